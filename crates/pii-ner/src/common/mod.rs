//! The common words of the languages other than English, so that a capitalised noun is not taken
//! for a person.
//!
//! Why: German capitalises every noun and every language capitalises a sentence's first word, so
//! `Ihre Rechnung`, `Nächste Sitzung`, `Partita IVA` or `Geachte` look to the shape rules like
//! names; the English word list does not know them, which makes them look rarer still. A person
//! candidate of a segment in one of these languages whose every word is a common word of that
//! language (wordfreq, at least ten times per million words, [`PERSON_ZIPF`], or a closed compound
//! of two such words, `Teamsitzung`) and none a name the census knows
//! (`Wagner`, `Fischer`, `Rossi` are common words too) is dropped, unless a label or a key put
//! it there (`Name: Weber`): structure beats word lists.
//!
//! The same lists, down to once per million words ([`FOCUS_ZIPF`]), tell the statistical part
//! which capitalised words are ordinary words of the segment's language, not worth the network.
//!
//! File: `common/LANG.txt` under the models folder, one lowercase word a line with its zipf value
//! after a tab (a line without one counts as [`PERSON_ZIPF`]), written by `scripts/fetch-models`
//! (`tools/convert_models.py`). A missing file leaves the language without this check, and the
//! recognizer reports it as degraded.

use std::path::Path;

use pii_core::lang::Language;
use rustc_hash::FxHashMap;

use crate::NerError;
use crate::cand::{Cand, Ent};
use crate::doc::{Doc, Kind, Shape};

mod words;

use words::{article_first, named, parse_line};
pub(crate) use words::{ordinary, ordinary_compound, ordinary_noun, zipf_in};

/// Languages with a common-word list.
pub(crate) const WITH_LIST: [Language; 6] =
    [Language::French, Language::German, Language::Spanish, Language::Italian, Language::Dutch, Language::Portuguese];

/// A person made only of words at least this frequent (ten per million) is a noun phrase; at 3,
/// family names that are also ordinary words (`Visser`, `Fontana`) went with the nouns.
pub(crate) const PERSON_ZIPF: f32 = 4.0;

/// Words at least this frequent (once per thousand: prepositions, articles, `para`, `como`) are that
/// word in the language's text, not the place that shares their spelling.
pub(crate) const FUNCTION_ZIPF: f32 = 6.0;

/// The prose rule's score for a run of words no list knows (`Chukwuemeka Okafor approved`).
pub(crate) const UNKNOWN_RUN_SCORE: f32 = 0.5;

/// Words at least this frequent (once per million) are no focus of the network.
pub(crate) const FOCUS_ZIPF: f32 = 3.0;

/// One language's words and their frequency (zipf).
pub(crate) type WordList = FxHashMap<Box<str>, f32>;

/// A word that no name list holds and the language writes at least this often (three per
/// million) is the word in a run of two or more such words.
const UNLISTED_WORD_ZIPF: f32 = 3.5;

/// Candidates at or above this score came from a label, a key, a column, a salutation or a
/// sign-off (`Beste Lotte,`, `Groeten,` / `Joost`): kept whatever their words.
pub(crate) const STRUCTURE_SCORE: f32 = 0.88;

/// A word of the language at least this frequent before a particle heads a noun phrase
/// (`Tomador do Seguro`, `Operador de Armazém`, `Nutricionista do Município`): rarer than a name's
/// usual words, since the lists' names are no ordinary words whatever their frequency.
const NOUN_HEAD_ZIPF: f32 = 3.0;

/// The common-word lists that were found.
#[derive(Default)]
pub(crate) struct CommonWords {
    lists: Vec<(Language, WordList)>,
    /// Languages of [`WITH_LIST`] whose file is absent.
    pub missing: Vec<Language>,
}

impl CommonWords {
    /// Reads `dir/common/LANG.txt` for each language of [`WITH_LIST`].
    ///
    /// # Errors
    /// [`NerError::Missing`] when a file is there but cannot be read.
    pub fn load(dir: &Path) -> Result<Self, NerError> {
        let mut out = CommonWords::default();
        for l in WITH_LIST {
            let path = dir.join("common").join(format!("{}.txt", l.code()));
            if !path.is_file() {
                out.missing.push(l);
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(|source| NerError::Missing { path: path.clone(), source })?;
            out.lists.push((l, text.lines().filter_map(parse_line).collect()));
        }
        Ok(out)
    }

    #[cfg(test)]
    pub(crate) fn from_words(language: Language, words: &[&str]) -> Self {
        CommonWords { lists: vec![(language, words.iter().map(|w| (Box::from(*w), PERSON_ZIPF)).collect())], missing: Vec::new() }
    }

    /// A list of words with their frequency, for tests.
    #[cfg(test)]
    pub(crate) fn from_words_zipf(language: Language, words: &[(&str, f32)]) -> Self {
        CommonWords { lists: vec![(language, words.iter().map(|&(w, z)| (Box::from(w), z)).collect())], missing: Vec::new() }
    }

    /// The language's list, when it has one and it was found.
    pub fn list(&self, language: Language) -> Option<&WordList> {
        self.lists.iter().find(|(l, _)| *l == language).map(|(_, list)| list)
    }

    /// Whether a person candidate is only common words of `language` (see the module doc).
    pub fn only_common_words(&self, language: Language, doc: &Doc<'_>, c: &Cand) -> bool {
        let Some(list) = self.list(language) else {
            return false;
        };
        // An article opens no name, even where structure put the words (`La Dirección` signing a
        // letter, `Die Geschäftsleitung`).
        if article_first(list, language, &doc.toks[c.a..c.b]) {
            return true;
        }
        // `Centro de Salud Las Fuentes`, `Servicio Aragonés de Salud`: a noun of the language
        // before the particle heads a noun phrase, also where structure put it (`Departamento de
        // Atención al Cliente` signing a letter); a name puts a given or family name there
        // (`María de la O`, `Santos de la Fuente`).
        let romance = matches!(language, Language::French | Language::Spanish | Language::Italian | Language::Portuguese);
        // An initial is no noun (`R. de Morais Raposo`).
        // The author before `respondeu:` wrote a message: a person's name, whatever word of the
        // language its given name also is (`Dinis da Silva Magar respondeu:`).
        // German and Dutch write a family name after `van`, `von`, `de` where the Romance
        // languages write a noun (`Bericht van Jansen`): there a noun before the particle heads a
        // noun phrase only when every word after the noun is a word of the language and none a name
        // the lists know (`Roer de Melk`, `Bel de Klantenservice`, `Vorgelesen vom Notar`; not
        // `Diakon Volker zur Nieden`, `Anfrage von Kowalczyk`).
        let germanic = matches!(language, Language::German | Language::Dutch)
            && doc.toks[c.a + 1..c.b].iter().all(|t| {
                let w = t.wordinfo();
                let word = t.rf(crate::rules::F_PARTICLES) || ordinary(list, t, FOCUS_ZIPF) || ordinary_compound(list, &t.lower);
                t.kind != Kind::Word || (word && !(w.is_first() || w.is_last()))
            });
        // Where structure put the words (a label's or a key's value, score [`STRUCTURE_SCORE`]), the
        // head must be a frequent noun (`Departamento`, `Centro`): a given name the language's
        // texts write now and then (`Nicolau` at 3.5 in `"autor": "Nicolau dos Vidigal"`) is no head.
        let head_zipf = if c.score >= STRUCTURE_SCORE { PERSON_ZIPF } else { NOUN_HEAD_ZIPF };
        let noun_head = (romance || germanic)
            && c.rule != crate::rule::Rule::ReplyHeader
            && crate::cand::initial_len(doc, c.a) == 0
            && !crate::cand::after_title(doc, c.a)
            && doc.toks[c.a..c.b].first().is_some_and(|t| t.kind == Kind::Word && ordinary(list, t, head_zipf))
            && doc.toks[c.a..c.b].iter().skip(1).any(|t| t.rf(crate::rules::F_PARTICLES) && t.shape == Shape::Lower);
        if noun_head {
            return true;
        }
        // A department signs letters as often as a person does (`Cordialmente,` / `Ufficio
        // Assistenza`): under a sign-off, a line of nothing but ordinary words of the language,
        // none a name the lists know, is the department.
        let signed = matches!(c.rule, crate::rule::Rule::Signature | crate::rule::Rule::Signoff);
        if signed && doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word).all(|t| ordinary(list, t, PERSON_ZIPF)) {
            return true;
        }
        // A greeting addresses a group as often as a person (`Liebe Mitglieder`, `Chers voisins`,
        // `Queridos vecinos`): one word that no list holds as a name and that the language writes
        // at least [`GREETED_GROUP_ZIPF`] often is the group, whatever the greeting's structural
        // score; a rarer word is as often a given name the lists miss (`Merci Urbain !`).
        if c.rule == crate::rule::Rule::Salutation {
            let mut words = doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word);
            if let (Some(w), None) = (words.next(), words.next()) {
                let info = w.wordinfo();
                if info.first == 0.0 && info.last == 0.0 && zipf_in(list, &w.lower).is_some_and(|z| z >= GREETED_GROUP_ZIPF) {
                    return true;
                }
            }
        }
        // A speaker's word among a form's fields (`Leerling:` / `Klas:` / `Mentor:`) is the form's
        // label, whatever the speaker rule's score, when the language writes it often and no name
        // list holds it, or the language writes it more often still than a name (`klas`, class, is
        // Swedish `Klas` too); in a chat the lines around a speaker are other speakers.
        if c.rule == crate::rule::Rule::Speaker {
            let mut words = doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word);
            if let (Some(w), None) = (words.next(), words.next()) {
                let word = unlisted(list, w, UNLISTED_WORD_ZIPF) || zipf_in(list, &w.lower).is_some_and(|z| z >= READMIT_ZIPF);
                if word && crate::structure::beside_known_field(doc, c.a) {
                    return true;
                }
            }
        }
        if c.score >= STRUCTURE_SCORE {
            return false;
        }
        // A dotted initial beside a word is a name's (`Rossi M.`, `M. Rossi`), however ordinary
        // the word is in the language (`rossi`, reds).
        let words = doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word).count();
        if words >= 2 && (c.a..c.b).any(|k| crate::cand::initial_len(doc, k) == 2) {
            return false;
        }
        // A name particle before a capitalised word (`de Groot`, `van Leeuwen`, `De Luca`) marks a
        // family name; not in German, where `der`, `den`, `von` are articles and prepositions too
        // (`Protokoll der Sitzung`).
        let toks = &doc.toks[c.a..c.b];
        // A chat's speaker stands where a name stands: two list words glued there are a name
        // (`[10:55] Abdelkader:` is no French `abdel` + `kader`), but in German and Dutch, which
        // write their compounds closed, a compound is a word wherever it stands.
        let speaker = c.rule == crate::rule::Rule::Speaker && !matches!(language, Language::German | Language::Dutch);
        let plain = |t: &crate::doc::Token<'_>, zipf: f32| {
            ordinary(list, t, zipf)
                || (!speaker && ordinary_compound(list, &t.lower) && !t.wordinfo().is_first() && !t.wordinfo().is_last())
        };
        // In French, Spanish, Italian and Portuguese the particle is also the preposition joining
        // two nouns (`Ordem do Dia`, `Aprovação das Contas`): a family name after it only when that
        // word is no ordinary word of the language or is a name.
        // The network's guesses, made on the English model's reading of a capital, fall to a lower
        // bar, as its places and firms do (`de Levering` in Dutch is the delivery).
        let network = c.rule == crate::rule::Rule::Network;
        let person_zipf = if network { GUESS_ZIPF } else { PERSON_ZIPF };
        let particle = language != Language::German
            && toks.windows(2).any(|w| {
                w[0].rf(crate::rules::F_PARTICLES)
                    && w[1].kind == Kind::Word
                    && w[1].shape != Shape::Lower
                    && !((romance || network) && plain(&w[1], person_zipf))
            });
        if particle {
            return false;
        }
        let unlisted = |t: &crate::doc::Token<'_>, zipf: f32| unlisted(list, t, zipf);
        let mut one = toks.iter().filter(|t| t.kind == Kind::Word);
        if let (Some(w), None) = (one.next(), one.next()) {
            // One word as frequent as the language's pronouns and prepositions is that word, even
            // where it is someone's given name elsewhere (Dutch `Dan`, Portuguese `Ela`, French
            // `Elle`).
            if zipf_in(list, &w.lower).is_some_and(|z| z >= FUNCTION_ZIPF) {
                return true;
            }
            // One word that no name list holds and the language writes (`met Peper`, `com a
            // Arrendatária`, `Conventionnée`): the English lists took it for a name only because
            // they do not know it; the language's list does. A chat's speaker stands where only a
            // name stands (`18:06 - Godefroy:`), and after a particle a word is a family name (`fam.
            // van Wijngaarden`).
            let after_particle = c.a > 0 && doc.toks[c.a - 1].rf(crate::rules::F_PARTICLES) && !doc.toks[c.a].line_start;
            if c.rule != crate::rule::Rule::Speaker && !after_particle && unlisted(w, FOCUS_ZIPF) {
                return true;
            }
        }
        let mut words = toks.iter().filter(|t| t.kind == Kind::Word).peekable();
        if words.peek().is_none() {
            return false;
        }
        // A run the prose rule took only because no list knew its words (`Filiale Ehrenfeld`) is
        // no name once one of them is an ordinary word of the language.
        // So is a word taken for a name by its place alone (`…, Recrutements` at a sentence's end).
        let unknown_run = (c.rule == crate::rule::Rule::Prose && c.score <= UNKNOWN_RUN_SCORE) || c.rule == crate::rule::Rule::Vocative;
        // The word itself must be in the list: a compound of ordinary words is as often a Dutch or
        // German family name (`Oosterhuis`, `Zwartkruis`) as a noun.
        // The last of two words or more stands where a family name stands, and a family name that
        // the news write (`Finocchiaro`, zipf 3.0) is rarer there than the nouns a name is not
        // made of (`Filiale Ehrenfeld`): it counts as the word only from [`UNLISTED_WORD_ZIPF`].
        // Not in German, which capitalises its nouns (`Monteurstunde Geselle` on an invoice).
        let last_word = toks.iter().rposition(|t| t.kind == Kind::Word);
        let several = toks.iter().filter(|t| t.kind == Kind::Word).count() >= 2;
        let ordinary_here = |(k, t): (usize, &crate::doc::Token<'_>)| {
            let family_slot = several && Some(k) == last_word && language != Language::German;
            let zipf = if family_slot { UNLISTED_WORD_ZIPF } else { FOCUS_ZIPF };
            t.kind == Kind::Word && ordinary(list, t, zipf)
        };
        if unknown_run && toks.iter().enumerate().any(ordinary_here) {
            return true;
        }
        // Two words or more that no name list knows, each a word of the language (`Umido
        // Organico`, `Juicio Verbal`): a noun phrase, where an unlisted name is rare in text.
        if name_words(toks).count() >= 2 && unlisted_words_only(list, doc, c) {
            return true;
        }
        // The particles inside (`das`, `do`) are the language's prepositions, judged with it.
        name_words(toks).all(|t| plain(t, person_zipf))
    }

    /// Whether a weak place or organisation guess (the network's, the gazetteer's alone, a signature's
    /// department line) is only
    /// ordinary words of `language` that no list knows as a place or a name (`Buchhaltung`, `Para`,
    /// `Banca Online`): the capitalised nouns of German and the sentence-initial words of every
    /// language that the English-trained guesses take for names.
    pub fn only_common_guess(&self, language: Language, doc: &Doc<'_>, c: &Cand) -> bool {
        if c.score >= WEAK_GUESS || (c.ent == Ent::Org && crate::org::head_named(doc, c.a, c.b)) {
            return false;
        }
        let Some(list) = self.list(language) else {
            return false;
        };
        if c.ent == Ent::Location && (sentence_word(list, doc, c) || after_article(list, doc, c)) {
            return true;
        }
        let mut words = doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word).peekable();
        words.peek().is_some()
            && words.all(|t| {
                let w = t.wordinfo();
                let zipf = zipf_in(list, &t.lower).unwrap_or(0.0);
                // A firm a head word found, after its name (`Veldmeijer & Ploeg Advocaten`) or
                // before it (`Laboratoire BioVallée`), keeps a family name or brand that reads as a
                // compound of two words (`veld` + `meijer`, `bio` + `vallée`).
                let head = matches!(c.rule, crate::rule::Rule::OrgHead | crate::rule::Rule::OrgPrefix);
                let common = zipf >= GUESS_ZIPF || (!head && ordinary_compound(list, &t.lower));
                // A word as frequent as the language's prepositions (`Para`, `Como` in Spanish) is
                // that word, even where a place bears its name (Pará, Como).
                let function_word = zipf >= FUNCTION_ZIPF;
                // A family name is no evidence of a place (`carte Vitale`), only of a person.
                let name = (w.is_first() || c.ent != Ent::Location) && named(w, zipf);
                common && (function_word || (w.place.is_none() && !w.starts_place)) && !name
            })
    }
}

/// A word no name list holds that the language writes at least `zipf` often.
fn unlisted(list: &WordList, t: &crate::doc::Token<'_>, zipf: f32) -> bool {
    let w = t.wordinfo();
    w.first == 0.0 && w.last == 0.0 && zipf_in(list, &t.lower).is_some_and(|z| z >= zipf)
}

/// Whether every word of `c` (its lower-case particles aside) is one no name list holds that the
/// language writes at least [`UNLISTED_WORD_ZIPF`] often (`Recursos Humanos`, `Armazém`; not a
/// given name the news write, `Geertruida` at 3.0).
pub(crate) fn unlisted_words_only(list: &WordList, doc: &Doc<'_>, c: &Cand) -> bool {
    let mut words = name_words(&doc.toks[c.a..c.b]).peekable();
    words.peek().is_some() && words.all(|t| unlisted(list, t, UNLISTED_WORD_ZIPF))
}

/// The words a name is judged by: its lower-case particles (`das`, `do`, `van`) aside, which are
/// the language's prepositions.
fn name_words<'t, 'a>(toks: &'t [crate::doc::Token<'a>]) -> impl Iterator<Item = &'t crate::doc::Token<'a>> {
    toks.iter().filter(|t| t.kind == Kind::Word && !(t.rf(crate::rules::F_PARTICLES) && t.shape == Shape::Lower))
}

/// How often (zipf) a language writes the plural nouns a greeting addresses a group with
/// (`Mitglieder` 5.0, `voisins` 4.5, `vecinos` 4.8, `colleghi` 4.6); a French adjective that is
/// also a given name (`urbain`) sits at 4.25.
const GREETED_GROUP_ZIPF: f32 = 4.4;

/// A word at least this frequent in the language is read as the word where nothing else decides.
const READMIT_ZIPF: f32 = 4.5;

/// Whether one of `c`'s words is rarer in the language than [`READMIT_ZIPF`] (`Colmar`, `Salamanca`;
/// not `Centro`, `Justicia`). A hyphenated word counts as its most frequent part (`Feijão-Verde`).
pub(crate) fn has_uncommon_word(list: &WordList, doc: &Doc<'_>, c: &Cand) -> bool {
    let zipf = |w: &str| zipf_in(list, w).unwrap_or(0.0);
    doc.toks[c.a..c.b].iter().any(|t| {
        t.kind == Kind::Word && {
            let z = if t.lower.contains('-') { t.lower.split('-').map(zipf).fold(0.0, f32::max) } else { zipf(&t.lower) };
            z < READMIT_ZIPF
        }
    })
}

/// A town smaller than this, spelled like a word of the language, that opens a sentence before a
/// lower-case word is the word (`Toma la palabra`: Toma, Burkina Faso; `Haar dochter`: Haar,
/// Bavaria); a city as large as this is the city even where its name is frequent (`Roma è`).
const SMALL_TOWN: u32 = 100_000;

/// A place guess of one word at a sentence's start, before a lower-case word, that is a frequent
/// word of the language (zipf 4: `toma`, `haar`, `centro`) and the name of a small town only.
fn sentence_word(list: &WordList, doc: &Doc<'_>, c: &Cand) -> bool {
    let t = &doc.toks[c.a];
    let next_lower = doc.toks.get(c.b).is_some_and(|u| u.is_word() && u.shape == Shape::Lower && !u.line_start);
    c.b == c.a + 1
        && t.shape == Shape::Cap
        && doc.sentence_start(c.a)
        && next_lower
        && zipf_in(list, &t.lower).is_some_and(|z| z >= 4.0)
        && t.wordinfo().place.is_none_or(|p| p.population < SMALL_TOWN)
}

/// A place guess of one word after an article or another function word of the language that
/// no place follows (`das Gerät`, `der Halle`, `la Gare`): a frequent word of the language (zipf 4),
/// written as a noun, whatever town bears its name. After a preposition of place the town stays
/// (`in Halle`, `à Gare`).
fn after_article(list: &WordList, doc: &Doc<'_>, c: &Cand) -> bool {
    const PLACE_PREPOSITIONS: &[&str] = &[
        "in", "a", "à", "en", "em", "te", "de", "di", "da", "do", "du", "nach", "aus", "bei", "von", "vom", "zu", "naar", "uit", "van",
        "op", "au", "aux", "al", "dal", "para", "per", "pour", "from", "to", "at", "na", "no", "nel", "im", "am", "of", "near",
    ];
    let t = &doc.toks[c.a];
    let Some(p) = c.a.checked_sub(1).map(|p| &doc.toks[p]) else { return false };
    c.b == c.a + 1
        && t.shape == Shape::Cap
        && !t.line_start
        && p.is_word()
        && p.shape == Shape::Lower
        && !PLACE_PREPOSITIONS.contains(&&*p.lower)
        && zipf_in(list, &p.lower).is_some_and(|z| z >= FUNCTION_ZIPF)
        && zipf_in(list, &t.lower).is_some_and(|z| z >= 4.0)
}

/// Below this score a place or organisation is a guess from the word alone, or the line under a
/// signature (`Uwe Krause` / `Buchhaltung`), which holds a department as often as a firm.
const WEAK_GUESS: f32 = 0.85;

/// A place or organisation guess made only of words at least this frequent in the language is a
/// noun or a verb of it.
const GUESS_ZIPF: f32 = 3.5;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    /// `wagner` is a German word (a cartwright) and a census surname; `rechnung` and `ihre` are words only.
    fn lex() -> Lexicon {
        Lexicon::from_rows(&[("wagner", 2.0, 0.0, 0.02), ("anna", 4.1, 0.2, 0.0)], &[])
    }

    fn german() -> CommonWords {
        CommonWords::from_words(Language::German, &["ihre", "rechnung", "wagner", "frau", "nächste", "sitzung"])
    }

    /// The candidate over the words `from..to` (token indexes) of `text`.
    fn check(common: &CommonWords, language: Language, text: &str, a: usize, b: usize, score: f32) -> bool {
        let lex = lex();
        let doc = Doc::new(text, &lex);
        common.only_common_words(language, &doc, &Cand { a, b, ent: Ent::Person, score, rule: crate::cand::Rule::Unnamed })
    }

    #[test]
    fn a_heading_with_a_compound_of_common_words_is_only_common_words() {
        let german = CommonWords::from_words(Language::German, &["protokoll", "der", "team", "sitzung"]);
        assert!(check(&german, Language::German, "Protokoll der Teamsitzung", 0, 3, 0.45));
        // A word that is no compound of list words keeps the person.
        assert!(!check(&german, Language::German, "Protokoll der Kowalczyk", 0, 3, 0.45));
    }

    #[test]
    fn a_noun_before_a_particle_heads_a_noun_phrase_but_not_in_an_author_line() {
        let portuguese = CommonWords::from_words_zipf(Language::Portuguese, &[("dinis", 3.04), ("da", 7.0)]);
        let lex = lex();
        let doc = Doc::new("Dinis da Silva respondeu:", &lex);
        let cand = |rule, score| Cand { a: 0, b: 3, ent: Ent::Person, score, rule };
        assert!(portuguese.only_common_words(Language::Portuguese, &doc, &cand(crate::cand::Rule::Signature, 0.8)));
        assert!(!portuguese.only_common_words(Language::Portuguese, &doc, &cand(crate::cand::Rule::ReplyHeader, STRUCTURE_SCORE)));
    }

    #[test]
    fn one_word_no_name_list_holds_is_the_language_s_word() {
        let dutch = CommonWords::from_words_zipf(Language::Dutch, &[("peper", 3.6), ("met", 6.5), ("van", 7.0), ("wijngaarden", 3.2)]);
        let lex = lex();
        let one = |text: &str, a: usize, rule| {
            let doc = Doc::new(text, &lex);
            dutch.only_common_words(Language::Dutch, &doc, &Cand { a, b: a + 1, ent: Ent::Person, score: 0.7, rule })
        };
        assert!(one("Breng op smaak met Peper.", 4, crate::cand::Rule::Credit));
        // Negative: a chat's speaker, a family name after a particle, a word the language does not
        // write, and a name the lists know.
        assert!(!one("Peper: ik kom zo", 0, crate::cand::Rule::Speaker));
        assert!(!one("fam. van Wijngaarden", 3, crate::cand::Rule::Credit));
        assert!(!one("Breng het met Kowalczyk.", 4, crate::cand::Rule::Credit));
        assert!(!one("Breng het met Anna.", 4, crate::cand::Rule::Credit));
    }

    #[test]
    fn a_germanic_noun_before_a_particle_heads_a_noun_phrase_unless_a_name_follows() {
        let lex = Lexicon::from_rows(&[("jansen", 3.0, 0.0, 0.01), ("anna", 4.1, 0.2, 0.0)], &[]);
        let dutch =
            CommonWords::from_words_zipf(Language::Dutch, &[("roer", 3.9), ("de", 7.7), ("melk", 4.4), ("bericht", 4.5), ("van", 7.0)]);
        let run = |text: &str| {
            let doc = Doc::new(text, &lex);
            let cand = Cand { a: 0, b: 3, ent: Ent::Person, score: 0.7, rule: crate::cand::Rule::Prose };
            dutch.only_common_words(Language::Dutch, &doc, &cand)
        };
        assert!(run("Roer de Melk erdoor."));
        // Negative: a family name the lists know after the particle, and one no list holds.
        assert!(!run("Bericht van Jansen ontvangen."));
        assert!(!run("Bericht van Kowalczyk ontvangen."));
    }

    #[test]
    fn a_family_name_the_news_write_ends_a_run_of_unknown_words() {
        let words = [("finocchiaro", 3.02), ("filiale", 3.9), ("geselle", 3.11), ("automatiche", 3.6)];
        let judged = |language: Language, text: &str| {
            let list = CommonWords::from_words_zipf(language, &words);
            let doc = Doc::new(text, &lex()).in_language(language);
            let cand = Cand { a: 0, b: 2, ent: Ent::Person, score: UNKNOWN_RUN_SCORE, rule: crate::cand::Rule::Prose };
            list.only_common_words(language, &doc, &cand)
        };
        assert!(!judged(Language::Italian, "Mariagrazia Finocchiaro ha condiviso"));
        // Negative: the noun opening the run, a more frequent word closing it, and German nouns.
        assert!(judged(Language::Italian, "Filiale Ehrenfeld chiusa"));
        assert!(judged(Language::Italian, "Emettitrici Automatiche in stazione"));
        assert!(judged(Language::German, "Monteurstunde Geselle 58,00"));
    }

    #[test]
    fn a_greeting_to_a_group_names_nobody() {
        let words = [("mitglieder", 5.0), ("anna", 4.2), ("zélie", 1.5), ("urbain", 4.25)];
        let list = CommonWords::from_words_zipf(Language::German, &words);
        let greeted = |text: &str| {
            let doc = Doc::new(text, &lex()).in_language(Language::German);
            let cand = Cand { a: 1, b: 2, ent: Ent::Person, score: 0.9, rule: crate::cand::Rule::Salutation };
            list.only_common_words(Language::German, &doc, &cand)
        };
        assert!(greeted("Liebe Mitglieder, liebe Freunde"));
        // Negative: a given name the lists hold, however frequent a word, and a rare word.
        assert!(!greeted("Liebe Anna, danke"));
        assert!(!greeted("Liebe Zélie, danke"));
        assert!(!greeted("Merci Urbain !"));
    }

    #[test]
    fn capitalised_german_nouns_are_only_common_words() {
        assert!(check(&german(), Language::German, "Ihre Rechnung", 0, 2, 0.6));
        assert!(check(&german(), Language::German, "Nächste Sitzung", 0, 2, 0.75));
    }

    #[test]
    fn a_census_name_or_an_unknown_word_keeps_the_person() {
        // `Wagner` is in the German list but is a surname; `Kowalczyk` is in no list.
        assert!(!check(&german(), Language::German, "Frau Wagner", 0, 2, 0.6));
        assert!(!check(&german(), Language::German, "Ihre Kowalczyk", 0, 2, 0.6));
    }

    #[test]
    fn a_dotted_initial_beside_a_common_word_keeps_the_person() {
        let german = CommonWords::from_words(Language::German, &["rechnung", "m"]);
        // `Rechnung M.`: tokens Rechnung, M, `.`.
        assert!(!check(&german, Language::German, "Rechnung M.", 0, 3, 0.8));
        // Negative: without the dot, a lone capital letter is no initial here.
        assert!(check(&german, Language::German, "Rechnung M", 0, 2, 0.8));
    }

    #[test]
    fn a_network_guess_of_a_particle_and_a_noun_is_no_name() {
        let dutch = CommonWords::from_words_zipf(Language::Dutch, &[("de", 7.7), ("levering", 3.9)]);
        let guess = |text: &str, rule: crate::cand::Rule| {
            let doc = Doc::new(text, &lex());
            dutch.only_common_words(Language::Dutch, &doc, &Cand { a: 0, b: 2, ent: Ent::Person, score: 0.55, rule })
        };
        assert!(guess("de Levering is vertraagd.", crate::cand::Rule::Network));
        // The same words from a rule of structure, and a family name no list holds.
        assert!(!guess("de Levering is vertraagd.", crate::cand::Rule::Prose));
        assert!(!guess("de Kowalczyk belt.", crate::cand::Rule::Network));
    }

    #[test]
    fn after_a_title_a_noun_before_a_particle_is_a_name() {
        let lex = Lexicon::from_rows(&[("dr", 4.5, 0.0, 0.0)], &[]);
        let portuguese = CommonWords::from_words_zipf(Language::Portuguese, &[("rua", 5.4), ("de", 7.5), ("morais", 4.4), ("raposo", 4.2)]);
        let judged = |text: &str, a: usize| {
            let doc = Doc::new(text, &lex);
            let cand = Cand { a, b: doc.toks.len(), ent: Ent::Person, score: 0.85, rule: crate::cand::Rule::Prose };
            portuguese.only_common_words(Language::Portuguese, &doc, &cand)
        };
        assert!(!judged("Dr. Rua de Kowalczyk", 2));
        // Negative: without the title, the noun heads a noun phrase.
        assert!(judged("Rua de Kowalczyk", 0));
    }

    #[test]
    fn a_speaker_among_a_form_s_fields_is_a_label() {
        let lex = Lexicon::from_rows(&[("klas", 2.0, 0.01, 0.0)], &[]);
        let dutch = CommonWords::from_words_zipf(Language::Dutch, &[("klas", 4.66)]);
        let speaker = |text: &str| {
            let doc = Doc::new(text, &lex);
            let a = doc.toks.iter().position(|t| &text[t.start..t.end] == "Klas").expect("Klas");
            dutch.only_common_words(
                Language::Dutch,
                &doc,
                &Cand { a, b: a + 1, ent: Ent::Person, score: 0.9, rule: crate::cand::Rule::Speaker },
            )
        };
        assert!(speaker("Leerling:     Wendelien Wijnen\nKlas:         3 havo B\nMentor:       K. Feenstra\n"));
        // Negative: the same word speaking in a chat.
        assert!(!speaker("Godefroy: zijn jullie er al?\nKlas: ja, we staan bij de ingang\n"));
    }

    #[test]
    fn a_structural_name_s_first_word_heads_no_noun_phrase_unless_frequent() {
        let lex = lex();
        let portuguese = CommonWords::from_words_zipf(
            Language::Portuguese,
            &[("nicolau", 3.54), ("dos", 6.2), ("departamento", 4.96), ("de", 7.0), ("vendas", 4.5)],
        );
        let judged = |text: &str, score: f32| {
            let doc = Doc::new(text, &lex);
            portuguese.only_common_words(
                Language::Portuguese,
                &doc,
                &Cand { a: 0, b: 3, ent: Ent::Person, score, rule: crate::cand::Rule::QuotedPair },
            )
        };
        assert!(!judged("Nicolau dos Vidigal", 0.9));
        assert!(judged("Departamento de Vendas", 0.9));
        // Negative: below the structural score the rarer word still heads the phrase.
        assert!(judged("Nicolau dos Vidigal", 0.7));
    }

    #[test]
    fn a_cell_of_frequent_unlisted_words_is_the_language_s() {
        let lex = Lexicon::from_rows(&[("geert", 2.6, 0.023, 0.0)], &[]);
        let dutch =
            CommonWords::from_words_zipf(Language::Dutch, &[("magazijn", 4.1), ("directie", 4.3), ("geertruida", 3.0), ("geert", 4.2)]);
        let list = dutch.list(Language::Dutch).expect("list");
        let cell = |text: &str| {
            let doc = Doc::new(text, &lex);
            unlisted_words_only(
                list,
                &doc,
                &Cand { a: 0, b: doc.toks.len(), ent: Ent::Person, score: 0.66, rule: crate::cand::Rule::TableColumn },
            )
        };
        assert!(cell("Magazijn"));
        assert!(cell("Directie Magazijn"));
        // Negative: a given name the news write, a listed given name, a word no list knows.
        assert!(!cell("Geertruida"));
        assert!(!cell("Geert"));
        assert!(!cell("Magazijn Zentrixa"));
    }

    #[test]
    fn a_run_opened_by_an_article_is_a_noun_phrase() {
        let lex =
            Lexicon::from_rows(&[("das", 3.7, 0.0, 0.001), ("luca", 3.0, 0.05, 0.0), ("dan", 4.5, 0.1, 0.0), ("les", 5.0, 0.01, 0.0)], &[]);
        let german = CommonWords::from_words_zipf(Language::German, &[("das", 7.2), ("von", 7.0), ("die", 7.5)]);
        let italian = CommonWords::from_words_zipf(Language::Italian, &[("il", 7.3), ("de", 5.8), ("dal", 6.3)]);
        let dutch = CommonWords::from_words_zipf(Language::Dutch, &[("dan", 6.5), ("u", 6.6)]);
        // The candidate over the first two words (and the full stop of an initial between them).
        let run = |common: &CommonWords, language: Language, text: &str| {
            let doc = Doc::new(text, &lex);
            let b = if doc.toks[1].is_punct('.') { 3 } else { 2 };
            common.only_common_words(language, &doc, &Cand { a: 0, b, ent: Ent::Person, score: 0.6, rule: crate::cand::Rule::Prose })
        };
        assert!(run(&german, Language::German, "Das Arbeitsverhältnis endet."));
        assert!(run(&italian, Language::Italian, "Il Fornitore conferma."));
        // A name particle of the language, a name alone, and a weak article of another language.
        assert!(!run(&german, Language::German, "von Kleist schrieb."));
        assert!(!run(&italian, Language::Italian, "De Luca conferma."));
        assert!(!run(&italian, Language::Italian, "Dal Molin conferma."));
        let spanish = CommonWords::from_words_zipf(Language::Spanish, &[("desde", 6.1), ("oficina", 4.6), ("la", 7.5), ("centro", 5.2)]);
        let phrase = |text: &str, b: usize| {
            let doc = Doc::new(text, &lex);
            spanish.only_common_words(
                Language::Spanish,
                &doc,
                &Cand { a: 0, b, ent: Ent::Person, score: 0.7, rule: crate::cand::Rule::Prose },
            )
        };
        assert!(phrase("Centro de Salud Las Fuentes", 5));
        assert!(!phrase("Luca de la Fuente", 4));
        // An initial heads no noun phrase, however ordinary the words after it (`r` is a word).
        let portuguese = CommonWords::from_words_zipf(Language::Portuguese, &[("r", 4.6), ("de", 7.5), ("morais", 4.4), ("raposo", 4.2)]);
        let doc = Doc::new("R. de Morais Raposo", &lex);
        let cand = Cand { a: 0, b: 5, ent: Ent::Person, score: 0.85, rule: crate::cand::Rule::Prose };
        assert!(!portuguese.only_common_words(Language::Portuguese, &doc, &cand));
        let doc = Doc::new("Rua de Morais Raposo", &lex);
        let cand = Cand { a: 0, b: 4, ent: Ent::Person, score: 0.85, rule: crate::cand::Rule::Prose };
        let portuguese = CommonWords::from_words_zipf(Language::Portuguese, &[("rua", 5.4), ("de", 7.5), ("morais", 4.4), ("raposo", 4.2)]);
        assert!(portuguese.only_common_words(Language::Portuguese, &doc, &cand));
        assert!(run(&spanish, Language::Spanish, "Desde Contabilidad nos indican."));
        // Also where structure put the words: a letter signed by a department.
        let signed = |common: &CommonWords, language: Language, text: &str| {
            let doc = Doc::new(text, &lex);
            common.only_common_words(
                language,
                &doc,
                &Cand { a: 0, b: 2, ent: Ent::Person, score: STRUCTURE_SCORE, rule: crate::cand::Rule::Signature },
            )
        };
        assert!(signed(&spanish, Language::Spanish, "La Dirección"));
        let italian_la = CommonWords::from_words_zipf(Language::Italian, &[("la", 7.3)]);
        assert!(!signed(&italian_la, Language::Italian, "La Rosa"));
        // A line of ordinary words under a sign-off is a department; one word no list holds keeps it.
        let italian_office = CommonWords::from_words_zipf(Language::Italian, &[("ufficio", 5.0), ("assistenza", 4.6)]);
        assert!(signed(&italian_office, Language::Italian, "Ufficio Assistenza"));
        assert!(!signed(&italian_office, Language::Italian, "Ufficio Kowalczyk"));
        assert!(!run(&italian, Language::Italian, "Das Arbeitsverhältnis endet."));
        assert!(!run(&dutch, Language::Dutch, "Dan Kowalski belt terug."));
        assert!(!run(&dutch, Language::Dutch, "U. Kowalski belt terug."));
        let french = CommonWords::from_words_zipf(Language::French, &[("les", 7.3), ("dépenses", 4.6)]);
        assert!(run(&french, Language::French, "Les Dépenses augmentent."));
        assert!(!run(&french, Language::French, "Les Kowalski arrive."));
    }

    #[test]
    fn a_function_word_alone_is_no_person_though_a_given_name_elsewhere() {
        let lex = Lexicon::from_rows(&[("dan", 4.5, 0.1, 0.0), ("daan", 2.0, 0.01, 0.0)], &[]);
        let dutch = CommonWords::from_words_zipf(Language::Dutch, &[("dan", 6.5), ("daan", 3.2)]);
        let one = |text: &str| {
            let doc = Doc::new(text, &lex);
            dutch.only_common_words(
                Language::Dutch,
                &doc,
                &Cand { a: 0, b: 1, ent: Ent::Person, score: 0.85, rule: crate::cand::Rule::Prose },
            )
        };
        assert!(one("Dan gaan we naar huis."));
        assert!(!one("Daan gaat naar huis."));
    }

    #[test]
    fn a_label_or_key_keeps_the_person_whatever_its_words() {
        assert!(!check(&german(), Language::German, "Rechnung", 0, 1, STRUCTURE_SCORE));
    }

    #[test]
    fn a_particle_before_a_capital_marks_a_family_name_except_in_german() {
        let dutch = CommonWords::from_words(Language::Dutch, &["de", "groot", "mevrouw"]);
        assert!(!check(&dutch, Language::Dutch, "de Groot", 0, 2, 0.6));
        assert!(check(&dutch, Language::Dutch, "Mevrouw Groot", 0, 2, 0.6));
        let german = CommonWords::from_words(Language::German, &["protokoll", "der", "sitzung"]);
        assert!(check(&german, Language::German, "Protokoll der Sitzung", 0, 3, 0.6));
    }

    #[test]
    fn a_weak_place_or_firm_guess_of_common_words_is_dropped() {
        let lex = Lexicon::from_rows(&[("wagner", 2.0, 0.0, 0.02)], &[("Sitzung", crate::lexicon::PlaceKind::City, 20_000)]);
        let guess = |text: &str, a: usize, b: usize, score: f32| {
            let doc = Doc::new(text, &lex);
            german().only_common_guess(Language::German, &doc, &Cand { a, b, ent: Ent::Org, score, rule: crate::cand::Rule::Network })
        };
        assert!(guess("Rechnung", 0, 1, 0.55));
        // Negative: a place the gazetteer knows, a surname, a word no list holds, a strong finding.
        assert!(!guess("Sitzung", 0, 1, 0.55));
        assert!(!guess("Wagner", 0, 1, 0.55));
        assert!(!guess("Kowalczyk", 0, 1, 0.55));
        assert!(!guess("Rechnung", 0, 1, 0.9));
        // A word read as a compound of two list words is a family name in a firm a head word
        // found, and a word in a guess of the network.
        let dutch = CommonWords::from_words_zipf(Language::Dutch, &[("veld", 4.5), ("meijer", 3.9), ("advocaten", 4.0)]);
        let doc = Doc::new("Veldmeijer Advocaten", &lex);
        let firm = |rule| dutch.only_common_guess(Language::Dutch, &doc, &Cand { a: 0, b: 2, ent: Ent::Org, score: 0.8, rule });
        assert!(!firm(crate::cand::Rule::OrgHead));
        assert!(firm(crate::cand::Rule::Network));
        let french = CommonWords::from_words_zipf(Language::French, &[("bio", 4.0), ("vallée", 4.2), ("laboratoire", 4.3)]);
        let doc = Doc::new("Laboratoire BioVallée", &lex);
        let firm = |rule| french.only_common_guess(Language::French, &doc, &Cand { a: 0, b: 2, ent: Ent::Org, score: 0.8, rule });
        assert!(!firm(crate::cand::Rule::OrgPrefix));
        assert!(firm(crate::cand::Rule::Network));
        // A family name that is a common word is no evidence of a place: as a place guess it is
        // the word (`carte Vitale`); as a firm guess it stays (above: `Wagner`).
        let doc = Doc::new("Wagner", &lex);
        assert!(german().only_common_guess(
            Language::German,
            &doc,
            &Cand { a: 0, b: 1, ent: Ent::Location, score: 0.55, rule: crate::cand::Rule::Network }
        ));
    }

    #[test]
    fn a_town_named_like_a_noun_after_an_article_is_the_noun() {
        let lex = Lexicon::from_rows(&[], &[("Halle", crate::lexicon::PlaceKind::City, 238_000)]);
        let words = CommonWords::from_words_zipf(Language::German, &[("der", 7.2), ("in", 7.4), ("halle", 4.4), ("vor", 6.1)]);
        let guess = |text: &str| {
            let doc = Doc::new(text, &lex).in_language(Language::German);
            let a = doc.toks.iter().position(|t| &*t.lower == "halle").unwrap_or(0);
            words.only_common_guess(
                Language::German,
                &doc,
                &Cand { a, b: a + 1, ent: Ent::Location, score: 0.7, rule: crate::cand::Rule::Gazetteer },
            )
        };
        assert!(guess("Wir treffen uns vor der Halle."));
        // Negative: after a preposition of place the town stays, and so it does alone.
        assert!(!guess("Wir treffen uns in Halle."));
        assert!(!guess("Wir treffen uns morgen Halle."));
    }

    #[test]
    fn a_frequent_word_that_only_the_census_knows_as_a_rare_name_is_ordinary() {
        let words = [("durante", 2.6, 0.0, 0.001), ("bianchi", 2.0, 0.0, 0.005), ("lentejas", 1.0, 0.0, 0.001)];
        let lex = Lexicon::from_rows(&words, &[]);
        let list = CommonWords::from_words_zipf(Language::Spanish, &[("durante", 5.8), ("bianchi", 4.6), ("lentejas", 3.3)]);
        let list = list.list(Language::Spanish).expect("the Spanish list");
        let doc = Doc::new("Durante Bianchi Lentejas", &lex);
        assert!(ordinary(list, &doc.toks[0], PERSON_ZIPF));
        // Negative: a family name a country's list holds, and a rare name that is a rarer word.
        assert!(!ordinary(list, &doc.toks[1], PERSON_ZIPF));
        assert!(!ordinary(list, &doc.toks[2], 3.0));
    }

    #[test]
    fn a_small_town_spelled_like_a_word_opening_a_sentence_is_the_word() {
        let places = [("Toma", crate::lexicon::PlaceKind::City, 15_851), ("Roma", crate::lexicon::PlaceKind::City, 2_318_895)];
        let lex = Lexicon::from_rows(&[], &places);
        let spanish = CommonWords::from_words(Language::Spanish, &["toma", "roma", "la", "palabra"]);
        let guess = |text: &str, a: usize| {
            let doc = Doc::new(text, &lex);
            let c = Cand { a, b: a + 1, ent: Ent::Location, score: 0.7, rule: crate::cand::Rule::Gazetteer };
            spanish.only_common_guess(Language::Spanish, &doc, &c)
        };
        assert!(guess("Toma la palabra el presidente.", 0));
        // Negative: a large city, the town inside a sentence, the town before a capital or a comma.
        assert!(!guess("Roma es la capital.", 0));
        assert!(!guess("Vive en Toma desde hace años.", 2));
        assert!(!guess("Toma, Burkina Faso", 0));
    }

    #[test]
    fn the_list_of_another_language_does_not_apply() {
        assert!(!check(&german(), Language::Dutch, "Ihre Rechnung", 0, 2, 0.6));
        assert!(!check(&german(), Language::English, "Ihre Rechnung", 0, 2, 0.6));
    }

    #[test]
    fn missing_files_are_reported_per_language() {
        let empty = std::env::temp_dir().join(format!("pii-ner-common-{}", std::process::id()));
        let c = CommonWords::load(&empty).expect("absent files are no error");
        assert_eq!(c.missing, WITH_LIST.to_vec());
    }

    #[test]
    fn a_list_line_is_a_word_and_its_frequency_or_a_word_alone() {
        assert_eq!(parse_line("rechnung\t4.52"), Some((Box::from("rechnung"), 4.52)));
        assert_eq!(parse_line("ihre"), Some((Box::from("ihre"), PERSON_ZIPF)));
        // Negative: an empty line or a frequency that is no number is no entry.
        assert_eq!(parse_line(""), None);
        assert_eq!(parse_line("wort\tviel"), None);
    }

    #[test]
    fn a_german_word_with_sharp_s_is_found_as_the_list_writes_it() {
        let list: WordList = [("grüsse", 4.32), ("strasse", 5.27)].into_iter().map(|(w, z)| (Box::from(w), z)).collect();
        assert_eq!(zipf_in(&list, "grüße"), Some(4.32));
        assert_eq!(zipf_in(&list, "strasse"), Some(5.27));
        // Negative: a word the list lacks in either spelling.
        assert_eq!(zipf_in(&list, "fuß"), None);
    }

    #[test]
    fn a_chat_speaker_read_as_two_list_words_is_a_name_outside_german_and_dutch() {
        let lex = Lexicon::from_rows(&[], &[]);
        let judged = |language: Language| {
            let common = CommonWords::from_words_zipf(language, &[("abdel", 3.5), ("kader", 3.2)]);
            let doc = Doc::new("Abdelkader", &lex);
            let c = Cand { a: 0, b: 1, ent: Ent::Person, score: 0.85, rule: crate::cand::Rule::Speaker };
            common.only_common_words(language, &doc, &c)
        };
        assert!(!judged(Language::French));
        // Negative: German writes compounds closed, and a compound there is a word.
        assert!(judged(Language::German));
    }

    #[test]
    fn a_compound_of_two_ordinary_words_is_ordinary() {
        let list: WordList = [("bedienung", 3.2), ("anleitung", 3.9), ("preis", 4.6), ("liste", 4.4), ("fach", 3.8), ("handel", 4.2)]
            .into_iter()
            .map(|(w, z)| (Box::from(w), z))
            .collect();
        for w in ["bedienungsanleitung", "preisliste", "fachhandel"] {
            assert!(ordinary_compound(&list, w), "{w}");
        }
        // Negative: a name with an ordinary ending but no ordinary head, and a short word.
        for w in ["okonkwoliste", "preis", "zyxwhandel"] {
            assert!(!ordinary_compound(&list, w), "{w}");
        }
    }

    #[test]
    fn two_words_no_name_list_holds_that_the_language_writes_are_a_noun_phrase() {
        use crate::cand::{Cand, Ent};
        use crate::rule::Rule;
        let lex = crate::lexicon::Lexicon::from_rows(&[("diallo", 1.5, 0.0, 0.002)], &[]);
        let c = CommonWords::from_words_zipf(Language::Italian, &[("umido", 3.79), ("organico", 4.01), ("amadou", 3.17)]);
        let common = |text: &str| {
            let doc = Doc::new(text, &lex).in_language(Language::Italian);
            let cand = Cand { a: 0, b: doc.toks.len(), ent: Ent::Person, score: 0.68, rule: Rule::NameField };
            c.only_common_words(Language::Italian, &doc, &cand)
        };
        assert!(common("Umido Organico"));
        // Negative: a family name the lists know, and a word the language writes rarely.
        assert!(!common("Amadou Diallo"));
        assert!(!common("Umido Zyxwq"));
    }
}
