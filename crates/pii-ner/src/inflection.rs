//! Words of French, Spanish, Portuguese and Italian that the form of the sentence shows to be no
//! name, though capitalised and rare enough that the language's common-word list may not hold
//! them: verbs that open a sentence (`Branchez l'appareil`, `Trabajaré con Raúl`), written in forms
//! no name takes (the `vous` form, the future's first person, the gerund), and capitalised nouns
//! after a plural article (`Os Pagamentos Automáticos`, `Les Conditions Générales`): a person's
//! name takes no plural article; abstract nouns by their ending (`Rectificación`, `Atualização`).

use pii_core::lang::Language;

use crate::cand::Cand;
use crate::doc::{Doc, Kind, Shape};

/// Endings of verb forms that no given or family name of the language has.
fn verb_endings(language: Language) -> &'static [&'static str] {
    match language {
        // `Branchez`, `Vérifiez`, `Appuyons`.
        Language::French => &["ez", "ons"],
        // `Trabajaré`, `Enviaremos`, `Adjuntando`, `Siguiendo`; the `nosotros` form (`Confirmamos`).
        Language::Spanish => {
            &["aré", "eré", "iré", "aremos", "eremos", "iremos", "arán", "erán", "irán", "ando", "iendo", "amos", "emos", "imos"]
        }
        // `Trabalharei`, `Enviaremos`, `Anexando`; the `nós` form (`Confirmamos`, `Substituímos`).
        Language::Portuguese => {
            &["arei", "erei", "irei", "aremos", "eremos", "iremos", "ando", "endo", "indo", "amos", "emos", "imos", "ímos"]
        }
        // `Lavorerò`, `Invieremo`, `Allegando`; the `noi` form (`Confermiamo`).
        Language::Italian => &["erò", "irò", "eremo", "iremo", "ando", "endo", "iamo"],
        _ => &[],
    }
}

/// Whether a one-word guess is such a verb: the first word of its sentence, written in a verb form
/// of `language`, known to no name list, and followed on its line by a lower-case word (the verb's
/// object or complement), not by another capitalised word of a name.
pub(crate) fn sentence_verb(doc: &Doc<'_>, c: &Cand, language: Language) -> bool {
    if c.b != c.a + 1 || !doc.sentence_start(c.a) {
        return false;
    }
    let t = &doc.toks[c.a];
    if !unnamed_capital(t) {
        return false;
    }
    let next = doc.toks.get(c.b);
    let complement = next.is_some_and(|u| {
        u.line == t.line
            && (u.shape == Shape::Lower || (u.kind == Kind::Word && doc.tok_text(c.b).starts_with(|ch: char| ch.is_lowercase())))
    });
    inflected(t, language) && complement
}

/// A capitalised word that no list knows as a given or family name.
fn unnamed_capital(t: &crate::doc::Token<'_>) -> bool {
    let w = t.wordinfo();
    t.shape == Shape::Cap && !w.is_first() && !w.is_last()
}

/// The word ends in one of the language's verb endings, with three letters or more before it.
fn inflected(t: &crate::doc::Token<'_>, language: Language) -> bool {
    verb_endings(language).iter().any(|e| t.lower.ends_with(e) && t.lower.chars().count() >= e.chars().count() + 3)
}

/// Whether a person run of two words or more opens its sentence with such a verb form
/// (`Llevaré el Informe Trimestral`, `Vendrán Ignacio del Departamento Legal`): the words after the
/// verb are its object or subject, judged without it. Returns the token after the verb.
pub(crate) fn verb_opening(doc: &Doc<'_>, c: &Cand, language: Language) -> Option<usize> {
    if c.b < c.a + 2 || !doc.sentence_start(c.a) {
        return None;
    }
    let t = &doc.toks[c.a];
    (unnamed_capital(t) && inflected(t, language)).then_some(c.a + 1)
}

/// Whether the network's one-word person guess in a language other than English is the first word
/// of its sentence, known to no name list, with the sentence going on after it on its line: a
/// lower-case word, a number or a dotted leader (`Kopij voor het volgende nummer`, `Ibuprofeno 400
/// mg`, `Patin .......`). The capital is the sentence's and the models of these languages take any
/// rare capitalised word for a name; a name standing alone on its line (`Rokia`, under a birth
/// announcement), before a colon (a speaker) or a comma (a dateline's town, a party's name) stays.
pub(crate) fn network_opener(doc: &Doc<'_>, c: &Cand, language: Language) -> bool {
    if c.ent != crate::cand::Ent::Person || c.b != c.a + 1 || language == Language::English || !doc.sentence_start(c.a) {
        return false;
    }
    let t = &doc.toks[c.a];
    // A possessive marks its owner (`Khairul's week`).
    let possessive = crate::propagate::strip_possessive(&t.lower) != &*t.lower;
    if !unnamed_capital(t) || possessive {
        return false;
    }
    doc.toks.get(c.b).is_some_and(|u| {
        u.line == t.line && u.space_before && (u.shape == Shape::Lower && u.kind == Kind::Word || u.kind == Kind::Num || u.is_punct('.'))
    })
}

/// Whether person run `c`, right after a verb that opened its sentence, opens with a lower-case
/// particle, the language's article (`Ajoutez la Farine`, `Suivez le Fléchage Jaune`), and holds
/// no given name the lists know: the verb's object, a noun phrase. A person after a verb takes an
/// article only before a given name (`Chiama la Giulia`), which [`crate::lead::trim`] reads.
pub(crate) fn article_object(doc: &Doc<'_>, c: &Cand) -> bool {
    let t = &doc.toks[c.a];
    t.is_word()
        && t.shape == Shape::Lower
        && t.rf(crate::rules::F_PARTICLES)
        && !doc.toks[c.a..c.b].iter().any(|u| u.is_word() && !u.rf(crate::rules::F_PARTICLES) && u.wordinfo().is_first())
}

/// Endings of the abstract nouns of French, Spanish, Italian and Portuguese, which no family
/// name has (`Rectificación`, `Supresión`, `Protección`, `Gestione`, `Atualização`).
fn noun_endings(language: Language) -> &'static [&'static str] {
    match language {
        Language::Spanish => &["ción", "sión", "dad", "miento"],
        Language::Portuguese => &["ção", "ções", "dade", "mento", "mentos"],
        Language::Italian => &["zione", "zioni", "mento", "menti", "ità"],
        Language::French => &["tion", "tions", "ment", "ments", "ité"],
        _ => &[],
    }
}

/// Whether a person guess without structure holds a capitalised word of seven letters or more
/// with such an ending that no list knows as a name (`Concepción`, `Clément` are names).
pub(crate) fn abstract_noun(doc: &Doc<'_>, c: &Cand, language: Language) -> bool {
    if c.score >= crate::common::STRUCTURE_SCORE {
        return false;
    }
    let endings = noun_endings(language);
    doc.toks[c.a..c.b].iter().any(|t| {
        let w = t.wordinfo();
        t.is_word()
            && t.shape == Shape::Cap
            && t.char_len() >= 7
            && w.first <= 0.0
            && w.last <= 0.0
            && endings.iter().any(|e| t.lower.ends_with(e))
    })
}

/// Whether a line in capitals taken for a name is a heading of the language's words (`AVIS DE
/// CONTRAVENTION`, `ESITI DEL PRIMO QUADRIMESTRE`): most of its words
/// are ordinary words of the language (zipf 3.3) that no list holds as a name, particles aside, or
/// words as frequent as its prepositions, whatever name they also are (`AVVISO ALLA CLIENTELA`:
/// `Alla` is a Russian given name). A name in capitals has names or words no list knows (`ANNA
/// MARIA DE LUCA`, `JONTE AKSOY`).
pub(crate) fn caps_heading(doc: &Doc<'_>, c: &Cand, list: Option<&crate::common::WordList>) -> bool {
    let Some(list) = list else { return false };
    if c.rule != crate::cand::Rule::CapsLine || doc.language == Language::English || c.score >= crate::common::STRUCTURE_SCORE {
        return false;
    }
    let words: Vec<_> = doc.toks[c.a..c.b].iter().filter(|t| t.is_word() && !t.rf(crate::rules::F_PARTICLES)).collect();
    let function_word =
        |t: &&crate::doc::Token<'_>| crate::common::zipf_in(list, &t.lower).is_some_and(|z| z >= crate::common::FUNCTION_ZIPF);
    let ordinary = words.iter().filter(|t| crate::common::ordinary(list, t, HEADING_ZIPF) || function_word(t)).count();
    words.len() >= 2 && ordinary * 2 > words.len()
}

/// Whether a person guess opens with an ordinal (`Primeira Outorgante`, `Segundo Otorgante`,
/// `Second Defendant`, `Erster Vorsitzender`): a numbered party's role, not a name. An ordinal that
/// is a given name the lists know keeps its person (`Primo Levi`).
pub(crate) fn ordinal_role(doc: &Doc<'_>, c: &Cand) -> bool {
    const ORDINALS: &[&str] = &[
        "first",
        "second",
        "third",
        "primeira",
        "primeiro",
        "segunda",
        "segundo",
        "terceira",
        "terceiro",
        "primera",
        "primer",
        "primero",
        "tercera",
        "tercer",
        "tercero",
        "premier",
        "première",
        "deuxième",
        "troisième",
        "seconde",
        "erster",
        "erste",
        "zweiter",
        "zweite",
        "dritter",
        "dritte",
        "eerste",
        "tweede",
        "derde",
        "prima",
        "secondo",
        "terza",
        "terzo",
    ];
    let t = &doc.toks[c.a];
    c.score < crate::common::STRUCTURE_SCORE
        && c.b > c.a + 1
        && t.is_word()
        && t.shape != Shape::Lower
        && ORDINALS.contains(&&*t.lower)
        && !t.wordinfo().is_first()
}

/// A word this frequent in the language is one of its words in a heading in capitals.
const HEADING_ZIPF: f32 = 3.3;

/// Endings of German nouns and adjectives that no name has (`Gleitzeitregelung`, `Zahlbar`):
/// German capitalises every noun, and its compounds are too many for any word list.
const GERMAN_NOUN_ENDINGS: &[&str] = &["ung", "heit", "keit", "schaft", "ität", "tion", "bar", "lich"];

/// Whether a one-word guess of the network in a German text is a noun or adjective by its ending:
/// a word of seven letters or more, known to no name list.
pub(crate) fn german_noun(doc: &Doc<'_>, c: &Cand, language: Language) -> bool {
    if language != Language::German || c.b != c.a + 1 {
        return false;
    }
    let t = &doc.toks[c.a];
    let w = t.wordinfo();
    t.is_word() && t.char_len() >= 7 && !w.is_first() && !w.is_last() && GERMAN_NOUN_ENDINGS.iter().any(|e| t.lower.ends_with(e))
}

/// Whether a run the prose rule took only because no list knew its words holds a German noun by
/// its ending (`Sachbearbeiterin Finanzbuchhaltung`): names the lists do not know rarely end so.
/// A run the particles between its words made stronger counts too when no word of it is a name
/// the lists know (`Wichtige Sicherheitsinformation zu Wasserkochern`, a heading); one that holds
/// a known name is judged by it (`Maria Schmidt Buchhaltung` keeps its person).
pub(crate) fn german_noun_in_unknown_run(doc: &Doc<'_>, c: &Cand, language: Language) -> bool {
    let unknown = c.score <= crate::common::UNKNOWN_RUN_SCORE
        || (c.score < crate::common::STRUCTURE_SCORE
            && doc.toks[c.a..c.b].iter().all(|t| !t.is_word() || (!t.wordinfo().is_name() && !t.wordinfo().is_census())));
    language == Language::German
        && c.rule == crate::cand::Rule::Prose
        && unknown
        && (c.a..c.b).any(|k| german_noun(doc, &Cand { a: k, b: k + 1, ..*c }, language))
}

/// The German days English does not share (its months are [`crate::rules::GERMAN_MONTHS`]):
/// capitalised like every German noun, so the network takes them for names (`bis Freitag`), though
/// some are family names too.
const GERMAN_DAYS: &[&str] = &["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"];

/// Whether a one-word guess of the network in a German text is a day or a month (`bis Freitag
/// bei Ihnen`); a family name that is one (`Herr Freitag`) comes from its title, not the network.
pub(crate) fn german_calendar(doc: &Doc<'_>, c: &Cand, language: Language) -> bool {
    let lower = &*doc.toks[c.a].lower;
    language == Language::German && c.b == c.a + 1 && (GERMAN_DAYS.contains(&lower) || crate::rules::GERMAN_MONTHS.contains(&lower))
}

/// Whether a network guess in a German text is made only of capitalised words no list knows as a
/// given name, a family name or a place (`Kreditorenkonten`, `Arterielle Hypertonie`, `Sulbactam`,
/// `Nikotinabusus`, `Angabe des Beendigungszeitpunktes` as a firm). German capitalises every noun,
/// so the capital the English network leans on says nothing there; a German text's names the
/// lists do not know come from structure (labels, titles, salutations, signatures, legal forms),
/// which sets its own candidates.
pub(crate) fn german_unknown(doc: &Doc<'_>, c: &Cand, language: Language) -> bool {
    if language != Language::German {
        return false;
    }
    let mut words = doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word && t.shape != Shape::Lower).peekable();
    words.peek().is_some()
        && words.all(|t| {
            let w = t.wordinfo();
            w.first <= 0.0 && w.last <= 0.0 && w.place.is_none() && !w.starts_place
        })
}

/// Whether a one-word guess in an Italian or French text is an elided article or preposition
/// before a lower-case word (`L'importo`, `Dell'ufficio`, `Qu'il`), which those languages glue to
/// the next word. Not `D'` or `N'`, which open names written in lower case after them too
/// (`D'arcy`, `N'golo`); a name goes on in capitals after the others (`L'Hermitte`).
pub(crate) fn elided_article(doc: &Doc<'_>, c: &Cand, language: Language) -> bool {
    if !matches!(language, Language::Italian | Language::French) {
        return false;
    }
    let text = &doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end];
    let Some((head, rest)) = text.split_once(['\'', '\u{2019}']) else { return false };
    ELIDED.contains(&head.to_lowercase().as_str())
        && rest.chars().next().is_some_and(char::is_lowercase)
        && !rest.contains(char::is_whitespace)
}

/// Elided articles, prepositions and pronouns of Italian and French.
const ELIDED: &[&str] =
    &["l", "dell", "nell", "all", "dall", "sull", "coll", "un", "quest", "quell", "c", "qu", "j", "s", "m", "t", "lorsqu", "puisqu"];

/// Plural definite articles, which a person's name never follows.
fn plural_articles(language: Language) -> &'static [&'static str] {
    match language {
        Language::French => &["les"],
        Language::Spanish => &["los", "las"],
        Language::Portuguese => &["os", "as"],
        Language::Italian => &["gli"],
        _ => &[],
    }
}

/// Whether a person guess made without structure (below [`crate::common::STRUCTURE_SCORE`]) follows
/// a plural definite article of `language` on its line (`Os Pagamentos Automáticos não serão afetados`).
pub(crate) fn after_plural_article(doc: &Doc<'_>, c: &Cand, language: Language) -> bool {
    if c.score >= crate::common::STRUCTURE_SCORE || c.a == 0 {
        return false;
    }
    let prev = &doc.toks[c.a - 1];
    prev.is_word() && prev.line == doc.toks[c.a].line && plural_articles(language).contains(&&*prev.lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cand::Ent;
    use crate::lexicon::Lexicon;
    use crate::rule::Rule;

    /// Whether the first word of `text` would be dropped as a verb in `language`.
    fn first_word_is_verb(text: &str, language: Language) -> bool {
        let lex = Lexicon::from_rows(&[("martinez", 2.9, 0.0, 0.234), ("ramos", 3.1, 0.0, 0.09)], &[]);
        let doc = Doc::new(text, &lex);
        sentence_verb(&doc, &Cand { a: 0, b: 1, ent: Ent::Person, score: 0.55, rule: Rule::Network }, language)
    }

    #[test]
    fn an_ordinal_opens_a_party_s_role() {
        let lex = Lexicon::from_rows(&[("primo", 3.0, 0.01, 0.0)], &[]);
        let role = |text: &str| {
            let doc = Doc::new(text, &lex);
            ordinal_role(&doc, &Cand { a: 0, b: doc.toks.len(), ent: Ent::Person, score: 0.6, rule: Rule::Prose })
        };
        assert!(role("Primeira Outorgante"));
        assert!(role("Second Defendant"));
        // Negative: an ordinal that is a given name, and one word alone.
        assert!(!role("Primo Levi"));
        assert!(!role("Segunda"));
    }

    #[test]
    fn a_heading_in_capitals_of_the_language_s_words_is_no_name() {
        let lex = Lexicon::from_rows(&[("anna", 4.1, 0.2, 0.0), ("luca", 3.0, 0.05, 0.01), ("alla", 2.9, 0.002, 0.0)], &[]);
        let words = crate::common::CommonWords::from_words_zipf(
            Language::Italian,
            &[("esiti", 3.8), ("primo", 5.8), ("del", 6.9), ("anna", 4.6), ("luca", 4.4), ("de", 6.0), ("alla", 6.5), ("clientela", 3.7)],
        );
        let heading = |text: &str| {
            let doc = Doc::new(text, &lex).in_language(Language::Italian);
            let c = Cand { a: 0, b: doc.toks.len(), ent: Ent::Person, score: 0.75, rule: Rule::CapsLine };
            caps_heading(&doc, &c, words.list(Language::Italian))
        };
        assert!(heading("ESITI DEL PRIMO QUADRIMESTRE"));
        assert!(heading("ALLA CLIENTELA"));
        // Negative: names in capitals, known or not, and the same heading in English; a name
        // beside a preposition's spelling.
        assert!(!heading("ANNA DE LUCA"));
        assert!(!heading("ALLA WRUBAT"));
        assert!(!heading("ZENTRIXA WRUBAT"));
    }

    #[test]
    fn verbs_opening_a_sentence_are_told_by_their_form() {
        assert!(first_word_is_verb("Branchez l'appareil sur une prise.", Language::French));
        assert!(first_word_is_verb("Trabajaré con Raúl en el proyecto.", Language::Spanish));
        assert!(first_word_is_verb("Trabalharei com o Paulo.", Language::Portuguese));
        assert!(first_word_is_verb("Lavorerò con Giulia.", Language::Italian));
        assert!(first_word_is_verb("Confirmamos o recebimento do pedido.", Language::Portuguese));
        assert!(first_word_is_verb("Substituímos a peça.", Language::Portuguese));
        assert!(first_word_is_verb("Confermiamo la prenotazione.", Language::Italian));
    }

    fn after_article(text: &str, a: usize, b: usize, language: Language) -> bool {
        let lex = Lexicon::from_rows(&[], &[]);
        let doc = Doc::new(text, &lex);
        after_plural_article(&doc, &Cand { a, b, ent: Ent::Person, score: 0.5, rule: Rule::Prose }, language)
    }

    #[test]
    fn capitalised_nouns_after_a_plural_article_are_no_name() {
        // Tokens: `Os` `Pagamentos` `Automáticos` `não` …
        assert!(after_article("Os Pagamentos Automáticos não serão afetados.", 1, 3, Language::Portuguese));
        assert!(after_article("Todos los Servicios Digitales estarán activos.", 2, 4, Language::Spanish));
        // A name after a singular article or a preposition, and the same words in German.
        assert!(!after_article("Com o Paulo Silva falamos ontem.", 2, 4, Language::Portuguese));
        assert!(!after_article("Os Pagamentos Automáticos", 1, 3, Language::German));
    }

    #[test]
    fn german_nouns_are_told_by_their_ending() {
        let lex = Lexicon::from_rows(&[("hartung", 2.0, 0.0, 0.004)], &[]);
        let noun = |text: &str, language: Language| {
            let doc = Doc::new(text, &lex);
            german_noun(&doc, &Cand { a: 0, b: 1, ent: Ent::Person, score: 0.55, rule: Rule::Network }, language)
        };
        assert!(noun("Gleitzeitregelung gilt ab Montag.", Language::German));
        assert!(noun("Zahlbar innerhalb von 14 Tagen.", Language::German));
        // A family name with such an ending, a short word, and the same word in English text.
        assert!(!noun("Hartung hat angerufen.", Language::German));
        assert!(!noun("Jung hat angerufen.", Language::German));
        assert!(!noun("Gleitzeitregelung", Language::English));
    }

    #[test]
    fn german_days_and_months_guessed_alone_are_no_names() {
        let lex = Lexicon::from_rows(&[("freitag", 2.0, 0.0, 0.002)], &[]);
        let doc = Doc::new("Er meldet sich bis Freitag bei Ihnen.", &lex);
        let k = doc.toks.iter().position(|t| &*t.lower == "freitag").unwrap_or(0);
        let guess = Cand { a: k, b: k + 1, ent: Ent::Org, score: 0.55, rule: Rule::Network };
        assert!(german_calendar(&doc, &guess, Language::German));
        // Negative: in English text, and a longer guess that holds the word.
        assert!(!german_calendar(&doc, &guess, Language::English));
        assert!(!german_calendar(&doc, &Cand { b: k + 2, ..guess }, Language::German));
    }

    #[test]
    fn german_guesses_of_words_no_list_knows_are_nouns() {
        let lex = Lexicon::from_rows(&[("okafor", 0.0, 0.0, 0.0001), ("jana", 2.0, 0.01, 0.0)], &[]);
        let unknown = |text: &str, b: usize, ent: Ent, language: Language| {
            let doc = Doc::new(text, &lex);
            german_unknown(&doc, &Cand { a: 0, b, ent, score: 0.55, rule: Rule::Network }, language)
        };
        assert!(unknown("Kreditorenkonten abstimmen.", 1, Ent::Person, Language::German));
        assert!(unknown("Arterielle Hypertonie bekannt.", 2, Ent::Person, Language::German));
        assert!(unknown("Sulbactam gegeben.", 1, Ent::Location, Language::German));
        // A family name any list knows, a given name before an unknown word, an organisation, and
        // the same word in an English text.
        assert!(!unknown("Okafor hat angerufen.", 1, Ent::Person, Language::German));
        assert!(!unknown("Jana Kwiatkowski hat angerufen.", 2, Ent::Person, Language::German));
        assert!(unknown("Nikotinabusus verneint.", 1, Ent::Org, Language::German));
        assert!(unknown("Angabe des Beendigungszeitpunktes fehlt.", 3, Ent::Org, Language::German));
        assert!(!unknown("Okafor Analytik liefert.", 2, Ent::Org, Language::German));
        assert!(!unknown("Kreditorenkonten", 1, Ent::Person, Language::English));
    }

    #[test]
    fn an_elided_article_before_a_noun_is_no_name() {
        let lex = Lexicon::from_rows(&[], &[]);
        let elided = |text: &str| {
            let doc = Doc::new(text, &lex);
            let b = doc.toks.iter().position(|t| t.space_before).unwrap_or(doc.toks.len());
            elided_article(&doc, &Cand { a: 0, b, ent: Ent::Person, score: 0.55, rule: Rule::Network }, Language::Italian)
        };
        assert!(elided("L'importo verrà accreditato."));
        assert!(elided("Dell\u{2019}ufficio tecnico."));
        assert!(!elided("O'Brien called."));
        assert!(!elided("D'Angelo ha chiamato."));
        assert!(!elided("D'arcy ha chiamato."));
    }

    #[test]
    fn abstract_nouns_and_runs_opened_by_a_verb_are_no_names() {
        let lex = Lexicon::from_rows(&[("concepción", 1.0, 0.01, 0.0)], &[]);
        let person = |text: &str, b: usize, language: Language| {
            let doc = Doc::new(text, &lex);
            let c = Cand { a: 0, b, ent: Ent::Person, score: 0.7, rule: Rule::Prose };
            (abstract_noun(&doc, &c, language), verb_opening(&doc, &c, language).is_some())
        };
        assert_eq!(person("Rectificación y Supresión de datos.", 3, Language::Spanish), (true, false));
        assert_eq!(person("Llevaré el Informe Trimestral.", 4, Language::Spanish), (false, true));
        // A given name with such an ending, and the same words in English.
        assert_eq!(person("Concepción Ruiz llamó.", 2, Language::Spanish), (false, false));
        assert_eq!(person("Rectificación y Supresión de datos.", 3, Language::English), (false, false));
    }

    #[test]
    fn a_network_guess_opening_a_sentence_that_goes_on_is_its_first_word() {
        let lex = Lexicon::from_rows(&[("rokia", 1.0, 0.01, 0.0)], &[]);
        let opener = |text: &str, language: Language| {
            let doc = Doc::new(text, &lex);
            network_opener(&doc, &Cand { a: 0, b: 1, ent: Ent::Person, score: 0.55, rule: Rule::Network }, language)
        };
        assert!(opener("Kopij voor het volgende nummer.", Language::Dutch));
        assert!(opener("Ibuprofeno 400 mg, comprimido.", Language::Portuguese));
        // Negative: alone on its line, a speaker, a possessive, a name the lists know, and English.
        assert!(!opener("Radjkoemarie\ngeboren op 2 mei", Language::Dutch));
        assert!(!opener("Kopij: komt eraan", Language::Dutch));
        assert!(!opener("Khairul's week", Language::Dutch));
        assert!(!opener("Rokia voor het volgende nummer.", Language::Dutch));
        assert!(!opener("Kopij voor het volgende nummer.", Language::English));
    }

    #[test]
    fn an_article_after_the_opening_verb_opens_its_object() {
        // `le` is a given name too (Vietnamese), but here the article.
        let lex = Lexicon::from_rows(&[("giulia", 2.0, 0.05, 0.0), ("le", 4.5, 0.002, 0.012)], &[]);
        // The run after the verb: tokens 1.. of the sentence.
        let object = |text: &str| {
            let doc = Doc::new(text, &lex);
            article_object(&doc, &Cand { a: 1, b: 3, ent: Ent::Person, score: 0.7, rule: Rule::Prose })
        };
        assert!(object("Ajoutez la Farine, puis le beurre."));
        assert!(object("Suivez le Fléchage, puis la sortie."));
        // Negative: a given name after the article, and a name with no article.
        assert!(!object("Chiamerò la Giulia domani."));
        assert!(!object("Llevaré Informe Trimestral."));
    }

    #[test]
    fn names_in_the_same_places_are_not() {
        // A family name the lists know, a name before another capitalised word, a form of another
        // language, and a short word.
        assert!(!first_word_is_verb("Martinez a appelé ce matin.", Language::French));
        assert!(!first_word_is_verb("Fernandez Ruiz llamó ayer.", Language::Spanish));
        assert!(!first_word_is_verb("Branchez l'appareil.", Language::German));
        assert!(!first_word_is_verb("Inez dijo que sí.", Language::French));
        assert!(!first_word_is_verb("Ramos llamó ayer.", Language::Spanish));
    }
}
