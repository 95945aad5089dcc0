//! Candidate spans in token indices, and the helpers every rule shares.

use crate::doc::{Doc, Kind, Shape};
pub(crate) use crate::rule::Rule;
use crate::rules;

/// The entity types this crate reports, before mapping to the engine's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Ent {
    Person,
    Location,
    Org,
}

/// A candidate: tokens `a..b` of the document.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cand {
    pub a: usize,
    pub b: usize,
    pub ent: Ent,
    pub score: f32,
    /// The rule that found it (one byte; explanations name it).
    pub rule: Rule,
}

/// Collects candidates while the rules run.
#[derive(Debug, Default)]
pub(crate) struct Cands {
    pub list: Vec<Cand>,
    /// Token ranges where no person is reported (cells of a `color` or `sku` column).
    pub no_person: Vec<(usize, usize)>,
    /// The rule now running: every candidate pushed is tagged with it.
    pub rule: Rule,
}

impl Cands {
    pub fn push(&mut self, a: usize, b: usize, ent: Ent, score: f32) {
        if a < b {
            self.list.push(Cand { a, b, ent, score, rule: self.rule });
        }
    }
}

/// Token `i` may be a word of a person's name (capitalised, upper case, or lower case if allowed).
pub(crate) fn nameish(doc: &Doc<'_>, i: usize, allow_lower: bool) -> bool {
    let t = &doc.toks[i];
    if !t.is_word() || t.char_len() > 24 {
        return false;
    }
    if t.rf(rules::F_CALENDAR) && t.char_len() > 2 && !calendar_name(doc, i) {
        return false;
    }
    match t.shape {
        Shape::Cap | Shape::Upper => true,
        Shape::Lower => allow_lower,
        Shape::Other => {
            // McDonald, DiCaprio, O'Neil, MacKenzie; scripts without case (田中, 김민준) only where
            // lower case is allowed too, that is where the context says a name stands.
            let s = doc.tok_text(i);
            s.chars().next().is_some_and(|c| c.is_uppercase() || (allow_lower && !c.is_lowercase()))
        }
    }
}

/// A month or day that is also a given name (`June`, `April`, `Thu` after `Thi`) used as a name: not
/// next to a number, an ordinal or a temporal preposition.
pub(crate) fn calendar_name(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.toks[i];
    // `Nguyen Thi Thu Trang`: after a Vietnamese middle name, `Thu` is a given name, not Thursday.
    let after_middle =
        i > 0 && doc.toks[i - 1].rf(crate::rules::F_VIET_MIDDLE) && doc.toks[i - 1].shape == Shape::Cap && !doc.toks[i].line_start;
    if !(t.wordinfo().is_first() || after_middle) || t.shape == Shape::Upper {
        return false;
    }
    let n = doc.toks.len();
    let near_num = |k: usize| matches!(doc.toks[k].kind, Kind::Num | Kind::Alnum);
    // `Jan 2024`, `Jan. 12`, `Sun, 12 May`.
    let punct_then_num = |p: char| doc.toks[i + 1].is_punct(p) && i + 2 < n && near_num(i + 2);
    if i + 1 < n && (near_num(i + 1) || punct_then_num('.') || punct_then_num(',')) {
        return false;
    }
    if i > 0
        && (near_num(i - 1)
            || (doc.toks[i - 1].is_word()
                && matches!(
                    &*doc.toks[i - 1].lower,
                    "in" | "on"
                        | "since"
                        | "until"
                        | "of"
                        | "by"
                        | "from"
                        | "to"
                        | "during"
                        | "before"
                        | "after"
                        | "next"
                        | "last"
                        | "this"
                        | "early"
                        | "late"
                        | "mid"
                        | "through"
                        | "till"
                        | "every"
                        | "each"
                )))
    {
        return false;
    }
    true
}

/// Which of `n` tokens the ranges `spans` cover (each clamped to the text): what the candidates
/// kept so far have taken, read by the passes that may only add to or extend onto open tokens.
pub(crate) fn covered(n: usize, spans: impl IntoIterator<Item = (usize, usize)>) -> Vec<bool> {
    let mut covered = vec![false; n];
    for (a, b) in spans {
        covered[a.min(n)..b.min(n)].iter_mut().for_each(|x| *x = true);
    }
    covered
}

/// Tokens taken by an initial at `i` (`K` or `K.`), or 0.
pub(crate) fn initial_len(doc: &Doc<'_>, i: usize) -> usize {
    let t = &doc.toks[i];
    // A letter glued to a degree sign is a unit (`25 °C. Manter`), not an initial.
    let unit = i > 0 && !t.space_before && (doc.toks[i - 1].is_punct('°') || doc.toks[i - 1].is_punct('º'));
    // German `i. A.` and `i. V.` (on behalf of, standing in for) sign a letter; no initial.
    let on_behalf = i >= 2 && matches!(&*t.lower, "a" | "v") && doc.toks[i - 1].is_punct('.') && &*doc.toks[i - 2].lower == "i";
    if t.kind == Kind::Word && t.shape == Shape::Upper && t.char_len() == 1 && !t.masked && !unit && !on_behalf {
        if i + 1 < doc.toks.len() && doc.toks[i + 1].is_punct('.') && !doc.toks[i + 1].space_before {
            return 2;
        }
        // Undotted `A` or `I` opening a sentence is the article or the pronoun (`A Rust library`).
        if matches!(&*t.lower, "a" | "i") && doc.sentence_start(i) {
            return 0;
        }
        return 1;
    }
    0
}

/// The word ends in a possessive `'s`.
fn possessive(lower: &str) -> bool {
    lower.len() > 2 && (lower.ends_with("'s") || lower.ends_with("’s"))
}

/// A person name starting at `i`: returns the end token (exclusive) and the number of name words.
///
/// Words are capitalised (or lower case if `allow_lower`), initials and inner particles; the name does
/// not cross a line break or a column gap.
pub(crate) fn parse_name(doc: &Doc<'_>, i: usize, max_words: usize, allow_lower: bool) -> Option<(usize, usize)> {
    let n = doc.toks.len();
    let mut j = i;
    let mut words = 0;
    let mut end = i;
    let mut parts = 0;
    while j < n && parts < max_words + 2 {
        // Initials may be glued to each other (`M.J. Peeters`, `J.R.R. Tolkien`).
        let glued_initial = j >= i + 2 && initial_len(doc, j - 2) == 2 && initial_len(doc, j) > 0;
        if j > i && (doc.toks[j].line_start || doc.toks[j].wide_gap_before || (!doc.toks[j].space_before && !glued_initial)) {
            break;
        }
        // A possessive closes the name (`SQLite's C API`, `Anna's B-side`).
        if j > i && possessive(&doc.toks[j - 1].lower) {
            break;
        }
        let il = initial_len(doc, j);
        if il > 0 {
            // A lone capital followed by a non-name is not an initial of this name (`Vitamin D`).
            j += il;
            end = j;
            parts += 1;
            continue;
        }
        let t = &doc.toks[j];
        // Particles may also open the family name after an initial or a title (`R. ten Brink`,
        // `Dhr. van den Broek`, `M. du Plessis`).
        let opens_family = parts > 0 || (j == i && after_title(doc, i));
        // `d'Aguiar`: the elided particle and the name glued to it.
        if elided_particle(doc, j) && (words > 0 || opens_family) && !allow_lower {
            if words == max_words {
                break;
            }
            words += 1;
            j += 2;
            end = j;
            parts += 2;
            continue;
        }
        // A name in capitals writes its particles in capitals too (`ISIDORA BETANCUR VÉLEZ DE
        // MENDIZÁBAL`, `CRISTÓBAL DE LA HOZ`).
        let particle_shape = if words > 0 && doc.toks[j - 1].shape == Shape::Upper { Shape::Upper } else { Shape::Lower };
        if t.is_word() && t.shape == particle_shape && t.rf(rules::F_PARTICLES) && (words > 0 || opens_family) && !allow_lower {
            // One to three particles before the next name word: `de Vries`, `van der Meer`, `de la Fuente`.
            let mut k = j + 1;
            while k < n
                && k < j + 3
                && doc.toks[k].is_word()
                && doc.toks[k].shape == particle_shape
                && doc.toks[k].rf(rules::F_PARTICLES)
                && doc.toks[k].space_before
                && !doc.toks[k].line_start
            {
                k += 1;
            }
            let same_case = particle_shape == Shape::Lower || doc.toks[k.min(n - 1)].shape == Shape::Upper;
            // `van` before a firm's head word is the preposition (`Van Landeghem van Uitzendbureau
            // Werkstroom`, `Rossi della Banca Popolare`).
            let firm = k < n && (doc.toks[k].rf(rules::F_ORG_HEAD) || crate::org::prefix_head(&doc.toks[k], doc.language));
            if k < n && same_case && !firm && nameish(doc, k, false) && doc.toks[k].space_before && !doc.toks[k].line_start {
                parts += k - j;
                j = k;
                continue;
            }
            break;
        }
        // `BELLO AND JAFARI`: a conjunction in capitals joins two names, it is in neither.
        if words > 0 && t.shape == Shape::Upper && matches!(&*t.lower, "and" | "or" | "und" | "et" | "y") {
            break;
        }
        if nameish(doc, j, allow_lower) && (!t.rf(rules::F_TITLES) || (words > 0 && closing_family_title(doc, j))) {
            if words == max_words {
                break;
            }
            words += 1;
            j += 1;
            end = j;
            parts += 1;
            continue;
        }
        break;
    }
    (words > 0).then_some((end, words))
}

/// Token `i` follows a title (`heer`, `Dhr.`, `Sig.ra`, French `M.`).
pub(crate) fn after_title(doc: &Doc<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return false };
    let p = if doc.toks[p].is_punct('.') && p > 0 { p - 1 } else { p };
    let p = if p > 0 && doc.toks[p].glued() && matches!(&*doc.toks[p].lower, "ssa" | "ra" | "na" | "ª" | "º") { p - 2 } else { p };
    doc.toks.get(p).is_some_and(|t| t.is_word() && (t.rf(rules::F_TITLES) || letter_title(doc, p)))
}

/// Lower-case particles at `j` and a name word after them (`ten Brink`, `van den Broek`).
fn particles_then_name(doc: &Doc<'_>, j: usize) -> bool {
    if elided_particle(doc, j) {
        return true;
    }
    let mut k = j;
    while k < doc.toks.len()
        && k < j + 3
        && doc.toks[k].is_word()
        && doc.toks[k].shape == Shape::Lower
        && doc.toks[k].rf(rules::F_PARTICLES)
    {
        k += 1;
    }
    k > j && k < doc.toks.len() && doc.toks[k].space_before && !doc.toks[k].line_start && nameish(doc, k, false)
}

/// The French particle elided before a family name that opens with a vowel, glued to it
/// (`d'Aguiar`, `d’Estaing`): the tokens split it off, the name keeps it.
pub(crate) fn elided_particle(doc: &Doc<'_>, j: usize) -> bool {
    j + 1 < doc.toks.len()
        && doc.toks[j].is_word()
        && matches!(&*doc.toks[j].lower, "d'" | "d\u{2019}")
        && doc.toks[j + 1].glued()
        && nameish(doc, j + 1, false)
}

/// A title written as one letter and a full stop in the segment's language: French `M.`
/// (Monsieur), Spanish and Portuguese `D.` (Don, Dom, Dona: `Preside: D. Joaquín Fernández`); in
/// English the same letter is an initial and stays in the name. Not inside a name (`Anna M.
/// Kowalczyk`).
pub(crate) fn letter_title(doc: &Doc<'_>, i: usize) -> bool {
    use pii_core::lang::Language;
    let letter = match doc.language {
        Language::French => "m",
        Language::Spanish | Language::Portuguese => "d",
        _ => return false,
    };
    &*doc.toks[i].lower == letter
        && doc.toks[i].shape == Shape::Upper
        && !after_name(doc, i)
        && doc.toks.get(i + 1).is_some_and(|u| u.is_punct('.') && u.glued())
}

/// Token `i` follows a given name the lists know on its line (`Anna M.`), not a greeting or
/// another word (`Merci M. Dubois`, `Cher M. Dupont`).
pub(crate) fn after_name(doc: &Doc<'_>, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| &doc.toks[k]) else { return false };
    !doc.toks[i].line_start
        && prev.is_word()
        && prev.shape == Shape::Cap
        && !prev.rf(rules::F_GREETINGS | rules::F_TITLES)
        && prev.wordinfo().is_first()
        && !prev.wordinfo().is_wordy()
}

/// Token `k`, a title word after a name's first word, closes the name as its family name
/// (`Rocío Valverde Pastor`, `Anna Bishop`): capitalised, a family name the lists know, and no name
/// word after it, since a title comes before a name, not after it.
pub(crate) fn closing_family_title(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let next_name = doc.toks.get(k + 1).is_some_and(|u| u.space_before && !u.line_start) && nameish(doc, k + 1, false);
    t.shape == Shape::Cap && t.wordinfo().is_last() && !next_name
}

/// A word of tokens `a..b` names a firm or a group rather than a person: a legal form, an
/// organisation's head word or a group word (`Kestrel Holdings Ltd`, `the Board`).
pub(crate) fn names_a_firm(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    doc.toks[a..b].iter().any(|u| u.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD | rules::F_GROUP))
}

/// The end of a user name's chain from token `i`, before `limit`: the parts glued to it by `.`,
/// `_` or `-` (`li.wei`, `kwame_b`, `dmitri-k`); parts are words, and numbers too where `digits`
/// (`sofiya.k2`). `i + 1` when nothing is joined to it.
pub(crate) fn joined_end(doc: &Doc<'_>, i: usize, limit: usize, digits: bool) -> usize {
    let part = |k: Kind| k == Kind::Word || (digits && matches!(k, Kind::Num | Kind::Alnum));
    let mut e = i + 1;
    while e + 1 < limit
        && doc.toks[e].glued()
        && doc.toks[e].kind == Kind::Punct
        && matches!(&*doc.toks[e].lower, "." | "_" | "-")
        && doc.toks[e + 1].glued()
        && part(doc.toks[e + 1].kind)
    {
        e += 2;
    }
    e
}

/// Token `i` is one capital letter whose dot is glued to the next initial (`M.J. Peeters`): a
/// chain of initials, even where the letter is also a title (`M.` for Monsieur).
pub(crate) fn initial_chain(doc: &Doc<'_>, i: usize) -> bool {
    let n = doc.toks.len();
    initial_len(doc, i) == 2 && i + 2 < n && doc.toks[i + 2].glued() && initial_len(doc, i + 2) > 0
}

/// Skips a title (`Dr`, `Mrs.`) at `i`; returns the index after it, or `i`.
pub(crate) fn skip_title(doc: &Doc<'_>, i: usize) -> usize {
    // Titles in a row (`Sra. D. Keiko Ramos`, `Herrn Prof. Dr. Weber`) all stay outside; a
    // letter after a title is an initial (`Mme M. Pham`, `Dra. M. Salgado`) but for the Spanish
    // and Portuguese `D.` (Don, Doña, Dona).
    let mut j = skip_one_title(doc, i);
    for _ in 0..3 {
        let letter = doc.toks[j].char_len() == 1
            && !(matches!(doc.language, pii_core::lang::Language::Spanish | pii_core::lang::Language::Portuguese)
                && &*doc.toks[j].lower == "d");
        let next = if j > i && !letter { skip_one_title(doc, j) } else { j };
        if next == j {
            break;
        }
        j = next;
    }
    j
}

/// The name's first token after the one title at `i`, or `i`.
fn skip_one_title(doc: &Doc<'_>, i: usize) -> usize {
    let n = doc.toks.len();
    if i + 2 < n && letter_title(doc, i) && (nameish(doc, i + 2, false) || particles_then_name(doc, i + 2)) {
        return i + 2;
    }
    // A title in lower case only as an abbreviation (`dott.ssa`, `ing.`, `avv.`, as Italian writes
    // them): `dr` or `ing` alone in lower case are words.
    let abbreviated = i + 1 < n && doc.toks[i + 1].is_punct('.') && doc.toks[i + 1].glued();
    let lower_ok = abbreviated || (i < n && rules::LOWER_TITLES.contains(&&*doc.toks[i].lower));
    // A single letter is a title only in the languages that write one (`letter_title`); German
    // `lt.` is `laut` (according to), not a lieutenant; and outside English a name's particle is
    // that particle, not a British rank (`SCUOLA SECONDARIA DI PRIMO GRADO`, not Detective
    // Inspector Primo Grado).
    let not_here = doc.toks.get(i).is_some_and(|t| {
        t.char_len() == 1
            || (doc.language == pii_core::lang::Language::German && &*t.lower == "lt")
            || (doc.language != pii_core::lang::Language::English && t.rf(rules::F_PARTICLES))
    });
    if i < n && doc.toks[i].is_word() && doc.toks[i].rf(rules::F_TITLES) && (doc.toks[i].shape != Shape::Lower || lower_ok) && !not_here {
        let mut j = i + 1;
        if j < n && doc.toks[j].is_punct('.') && !doc.toks[j].space_before {
            j += 1;
        }
        // The feminine ending of an Italian or Spanish title (`dott.ssa`, `sig.ra`, `Sra.`), and the
        // Portuguese ordinal signs that end one (`Prof.ª`, `Enf.º`).
        if j + 1 < n
            && doc.toks[j].glued()
            && matches!(&*doc.toks[j].lower, "ssa" | "ra" | "na" | "ª" | "º")
            && doc.toks[j + 1].space_before
        {
            j += 1;
        }
        // A title ending its line names nobody on the next (`WIRANTO MRS` / `FROM CEBU CITY`),
        // unless the line is running text wrapped after it: a lower-case word before a title not
        // in capitals (`in het bijzonder de heer` / `Van Landeghem van …`).
        let wrapped = i > 0
            && !doc.toks[i].line_start
            && doc.toks[i].shape != Shape::Upper
            && doc.toks[i - 1].is_word()
            && doc.toks[i - 1].shape == Shape::Lower;
        // Nor does a title across a column's gap (`CAJADO Balbina / SRA          Adulto`, a
        // passenger list's title column before its fare column).
        let same_line = j < n && (!doc.toks[j].line_start || wrapped) && !doc.toks[j].wide_gap_before;
        if same_line && !initial_chain(doc, i) && (nameish(doc, j, false) || particles_then_name(doc, j)) {
            return j;
        }
    }
    i
}

/// Evidence about the name words of `a..b`.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Evidence {
    /// Words that are first or last names and not mainly common words.
    pub names: usize,
    /// First names among them.
    pub firsts: usize,
    /// Words the lexicon does not know as common words nor as names.
    pub unknown: usize,
    /// Common words.
    pub wordy: usize,
    /// Initials.
    pub initials: usize,
    /// Words borne as names by people, even if also common words (`Long`, `Booth`).
    pub census: usize,
    pub words: usize,
}

impl Evidence {
    /// Acceptable as a name where the context says a name stands here: some word is a name, an
    /// unknown word or an initial, and not every word is a common word nobody is named.
    pub fn ok_in_context(&self) -> bool {
        self.words + self.initials > 0 && (self.names + self.unknown + self.initials + self.census) > 0
    }

    /// Every word is a name, a census name or unknown, and one is more than unknown.
    pub fn all_namey(&self) -> bool {
        self.words > 0 && self.wordy <= self.census.saturating_sub(self.names) && (self.names + self.census + self.initials) > 0
    }
}

pub(crate) fn evidence(doc: &Doc<'_>, a: usize, b: usize) -> Evidence {
    let mut e = Evidence::default();
    let mut i = a;
    while i < b {
        let il = initial_len(doc, i);
        if il > 0 {
            e.initials += 1;
            i += il;
            continue;
        }
        let t = &doc.toks[i];
        // A particle inside a name is no word of its own, in lower case (`Jan de Vries`) or, in
        // Italian, Portuguese and English spellings, capitalised (`Donatella De Luca`, `Ana Dos
        // Santos`): it stands between two words and a capitalised word follows.
        let inner_particle = t.rf(rules::F_PARTICLES)
            && (t.shape == Shape::Lower || (i > a && i + 1 < b && doc.toks[i + 1].is_word() && doc.toks[i + 1].shape != Shape::Lower));
        if t.is_word() && !inner_particle {
            e.words += 1;
            let w = t.wordinfo();
            if w.is_census() {
                e.census += 1;
            }
            // A month or day that is a given name used as one (`Jan Oosterhuis`, `June Okafor`)
            // counts as the name: its frequency in text is the calendar's.
            let calendar_given = t.rf(rules::F_CALENDAR) && t.shape == Shape::Cap && calendar_name(doc, i);
            if w.is_name() || calendar_given {
                e.names += 1;
                if w.is_first() {
                    e.firsts += 1;
                }
            } else if w.is_wordy() || (t.rf(rules::F_CALENDAR) && !calendar_name(doc, i)) {
                e.wordy += 1;
            } else {
                e.unknown += 1;
            }
        }
        i += 1;
    }
    e
}

/// An English word built with a derivational or inflectional ending (`Specifying`,
/// `Dependencies`, `Compatibility`) that English text uses now and then (Zipf 3 or more): in a
/// heading or a link text it is no name, although the lists do not count it as a common word.
/// Names the lists do not know are rarer in text (`Xiaoming` is below 2).
pub(crate) fn english_derivative(t: &crate::doc::Token<'_>) -> bool {
    const ENDINGS: &[&str] = &["ing", "ies", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "able", "ible", "ised", "ized", "ally"];
    t.wordinfo().zipf >= 3.0 && t.char_len() >= 7 && ENDINGS.iter().any(|e| t.lower.ends_with(e))
}

/// A specialist's title built with a learned ending (`Rheumatologist`, `Podiatrist`,
/// `Radiographer`, `Paediatrician`): the job after a role noun (`Consultant Rheumatologist`), never
/// a family name.
pub(crate) fn agent_noun(t: &crate::doc::Token<'_>) -> bool {
    const ENDINGS: &[&str] = &["ologist", "iatrist", "ician", "ographer", "ometrist", "otherapist"];
    t.char_len() >= 8 && !t.wordinfo().is_census() && ENDINGS.iter().any(|e| t.lower.strip_suffix('s').unwrap_or(&t.lower).ends_with(e))
}

/// Lowercase words of tokens `a..b` joined by single spaces, dots skipped.
pub(crate) fn key_of(doc: &Doc<'_>, a: usize, b: usize) -> String {
    let mut s = String::new();
    for t in &doc.toks[a..b] {
        if t.kind == Kind::Punct {
            continue;
        }
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&t.lower);
    }
    s
}
