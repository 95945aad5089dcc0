//! Places: full addresses as one span (house number to postcode), `City, ST`, and cities, regions and
//! countries from GeoNames where the context allows.

use crate::address::{city_words, is_zip, place_at, word_ok};
use crate::cand::{Cands, Ent, key_of};
use crate::doc::{Doc, Kind, Shape};
use crate::lexicon::{Lexicon, PlaceInfo, PlaceKind};
use crate::rules;

/// Whether tokens `a..b` hold a US state or Canadian province code.
pub(crate) fn region_code_in(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|j| is_region_tok(doc, j))
}

/// A state or province code: in upper case; in lowercase chat also in lower case, but then only
/// before a ZIP code on the same line (`boston, ma 02046`), since `, or`, `, in`, `, me` are words.
pub(crate) fn is_region_tok(doc: &Doc<'_>, j: usize) -> bool {
    let t = &doc.toks[j];
    if t.kind != Kind::Word || !(2..=3).contains(&t.lower.len()) || !t.rf(rules::F_REGION_CODE) {
        return false;
    }
    match t.shape {
        Shape::Upper => true,
        Shape::Lower if doc.lowercase_chat => {
            let next = j + 1;
            next < doc.toks.len() && doc.toks[next].space_before && !doc.toks[next].line_start && is_zip(doc, next).is_some()
        }
        _ => false,
    }
}

/// `City, ST` and `City, ST 12345` without a street.
pub(crate) fn city_state(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let n = doc.toks.len();
    for c in 1..n.saturating_sub(1) {
        if !doc.toks[c].is_punct(',') || !is_region_tok(doc, c + 1) || doc.toks[c + 1].line_start {
            continue;
        }
        // Not `Scott Francis, MD`.
        let code = &doc.text[doc.toks[c + 1].start..doc.toks[c + 1].end];
        // The city: capitalised words right before the comma, on the same line.
        let mut a = c;
        let mut words = 0;
        while a > 0 && words < 3 {
            let p = a - 1;
            if word_ok(doc, p, doc.lowercase_chat) && !doc.toks[p].masked {
                words += 1;
                a = p;
                if doc.toks[p].line_start || !doc.toks[p].space_before {
                    break;
                }
            } else if doc.toks[p].is_punct('.') && p > 0 && doc.toks[p - 1].lower.len() <= 3 {
                a = p;
            } else {
                break;
            }
        }
        while a < c && !doc.toks[a].is_word() {
            a += 1;
        }
        if words == 0 || a >= c {
            continue;
        }
        // Keep only the words that form a known place, if any do; else all if they are not a name.
        let mut best = None;
        for s in a..c {
            if doc.toks[s].is_word() && place_at(doc, lex, s, c).is_some() {
                best = Some(s);
                break;
            }
        }
        let start = match best {
            Some(s) => s,
            None => {
                if rules::is_ambiguous_region_code(code) {
                    continue;
                }
                let ev = crate::cand::evidence(doc, a, c);
                if ev.names > 0 && ev.firsts > 0 {
                    continue;
                }
                // Drop leading common words (`Office in Springfield, IL` keeps `Springfield`).
                let mut s = a;
                while s + 1 < c && doc.toks[s].wordinfo().is_wordy() && doc.toks[s].wordinfo().place.is_none() {
                    s += 1;
                }
                s
            }
        };
        let mut e = c + 2;
        if e < n
            && doc.toks[e].space_before
            && !doc.toks[e].line_start
            && let Some(z) = is_zip(doc, e)
        {
            e = z;
        }
        out.push(start, e, Ent::Location, 0.85);
    }
}

/// Words before a place that make it one (`in`, `from`, `based in`).
fn place_context_before(doc: &Doc<'_>, a: usize, strict: bool) -> bool {
    if a == 0 {
        return false;
    }
    let p = &doc.toks[a - 1];
    if p.line_start && a >= 1 {
        // Value of a label handled elsewhere.
    }
    if !p.is_word() {
        return false;
    }
    let w = &*p.lower;
    if !strict {
        return p.rf(rules::F_PLACE_PREPOSITIONS);
    }
    if strict {
        // English, then the prepositions of French, German, Spanish, Italian, Dutch and Portuguese
        // (`à Lyon`, `nach Berlin`, `en Valencia`, `a Roma` is left out: `a` is the English article).
        // `moving to Lyon`, `flew back to Lyon`: `to` after a verb of travel.
        let travel_to = w == "to"
            && a >= 2
            && doc.toks[a - 2].is_word()
            && matches!(
                &*doc.toks[a - 2].lower,
                "moving"
                    | "move"
                    | "moved"
                    | "relocating"
                    | "relocate"
                    | "relocated"
                    | "travelling"
                    | "traveling"
                    | "travel"
                    | "travelled"
                    | "traveled"
                    | "flying"
                    | "fly"
                    | "flew"
                    | "returning"
                    | "returned"
                    | "commute"
                    | "commuting"
            );
        // `from Kharkiv to Szeged`, `FROM DURBAN  TO GYUMRI`: the `to` of a `from` on its line.
        let from_to = w == "to"
            && (a.saturating_sub(7)..a - 1).rev().take_while(|&k| !doc.toks[k + 1].line_start).any(|k| &*doc.toks[k].lower == "from");
        travel_to
            || from_to
            || matches!(w, "in" | "near" | "from" | "outside" | "across" | "around" | "throughout" | "visiting" | "born")
            || matches!(w, "à" | "en" | "em" | "nach" | "aus" | "bei" | "naar" | "uit" | "vicino" | "perto" | "desde" | "près")
            || segment_preposition(doc.language, w)
    } else {
        rules::PLACE_PREPOSITIONS.contains(&w)
    }
}

/// The prepositions of direction that put a place after them in the segment's own language, where
/// they are no English word (`a Roma`, `a Madrid`, `para Lisboa`, `te Utrecht`): the segment's
/// language says which reading holds (in English `a` is the article).
pub(crate) fn segment_preposition(language: pii_core::lang::Language, w: &str) -> bool {
    use pii_core::lang::Language;
    match language {
        Language::Italian => matches!(w, "a" | "per"),
        Language::Spanish => matches!(w, "a" | "para" | "hacia"),
        Language::Portuguese => matches!(w, "a" | "para" | "no"),
        Language::French => matches!(w, "vers" | "pour"),
        Language::Dutch => matches!(w, "te" | "bij"),
        Language::German => matches!(w, "zu"),
        _ => false,
    }
}

/// The segment's word for `of` before token `i` (`sede di Verona`, `oficina de Valencia`): a city's
/// context only for a large city, since it puts people after it as often (`il libro di Marco`).
pub(crate) fn of_before(doc: &Doc<'_>, i: usize) -> bool {
    use pii_core::lang::Language;
    let Some(p) = i.checked_sub(1).map(|k| &doc.toks[k]) else { return false };
    let w = &*p.lower;
    p.is_word()
        && match doc.language {
            Language::Italian => matches!(w, "di" | "da"),
            Language::Spanish | Language::Portuguese | Language::French => matches!(w, "de" | "do" | "da"),
            Language::Dutch => w == "van",
            Language::German => w == "von",
            _ => false,
        }
}

/// A town after the segment's `of` whose name the language writes this often (three per million)
/// is the word it spells.
const OF_TOWN_WORD_ZIPF: f32 = 3.5;

/// A city this large after the segment's `of` is the city (`sede di Verona`).
const LARGE_CITY: u32 = 200_000;

fn place_context_after(doc: &Doc<'_>, lex: &Lexicon, e: usize) -> bool {
    let n = doc.toks.len();
    if e >= n {
        return false;
    }
    let t = &doc.toks[e];
    if t.is_word()
        && t.space_before
        && matches!(
            &*t.lower,
            "office"
                | "offices"
                | "area"
                | "region"
                | "branch"
                | "campus"
                | "airport"
                | "headquarters"
                | "hq"
                | "suburbs"
                | "metro"
                | "city"
                | "county"
                | "province"
                | "station"
                | "site"
                | "warehouse"
                | "store"
        )
    {
        return true;
    }
    if t.is_punct(',')
        && e + 1 < n
        && !doc.toks[e + 1].line_start
        && let Some(c) = city_words(doc, e + 1, false)
    {
        return place_at(doc, lex, e + 1, c).is_some_and(|p| p.kind >= PlaceKind::Region);
    }
    false
}

/// Cities, regions and countries from the gazetteer.
pub(crate) fn gazetteer(doc: &Doc<'_>, lex: &Lexicon, list: Option<&crate::common::WordList>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let t = &doc.toks[i];
        if !t.is_word() || !matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other) || t.info.is_none() {
            i += 1;
            continue;
        }
        let w = t.wordinfo();
        // Longest phrase first.
        let mut hit: Option<(usize, PlaceInfo)> = None;
        if w.starts_place {
            let mut e = i + 1;
            let mut words = 1;
            while e < n && words < 5 && !doc.toks[e].line_start {
                if doc.toks[e].is_punct('.') && !doc.toks[e].space_before {
                    e += 1;
                    continue;
                }
                if !doc.toks[e].is_word() {
                    break;
                }
                words += 1;
                e += 1;
                if let Some(p) = lex.phrase(&key_of(doc, i, e))
                    && doc.toks[e - 1].shape != Shape::Lower
                {
                    hit = Some((e, p));
                }
            }
        }
        if hit.is_none()
            && let Some(p) = w.place
        {
            hit = Some((i + 1, p));
        }
        let Some((e, p)) = hit else {
            i += 1;
            continue;
        };
        let multi = e > i + 1;
        let upper_line = t.shape == Shape::Upper && doc.line_is_upper(i);
        let sentence_start = doc.sentence_start(i);
        let personish = !multi && (w.is_first() || w.last >= 0.01);
        let wordy = !multi && w.is_wordy() && w.zipf >= 4.0 && p.population < 1_000_000;
        let strict_ctx =
            place_context_before(doc, i, true) || place_context_after(doc, lex, e) || (p.population >= LARGE_CITY && of_before(doc, i));
        // `sede di Mendrisio`, `Carabinieri di Cefalù`: the language's `of` before a town that is
        // no given or family name says as much as `in` does (a person's `of` is `figlio di Marco`),
        // unless the town is spelled as a word of the language (`Unidade de Saúde`, `Operador de
        // Armazém`, `Festa de Natal`), which the `of` joins to a noun.
        let of_town = !personish
            && p.kind == PlaceKind::City
            && of_before(doc, i)
            && !list.is_some_and(|l| crate::common::ordinary(l, t, OF_TOWN_WORD_ZIPF));
        let loose_ctx = place_context_before(doc, i, false) || of_town;
        let short_upper = t.shape == Shape::Upper && t.lower.len() <= 3 && !multi;
        // `Hola`, `Ciao`, `Servus` greet; `Mai`, `Marzo` are months: towns of those names need
        // a preposition.
        let not_a_name = !multi && !strict_ctx && t.rf(rules::F_GREETINGS | rules::F_CALENDAR | rules::F_CLOSING_WORD);
        // `in March`, `by May`: a month after a preposition is the month; the town needs what
        // follows to say so (`March, Cambridgeshire`, `May office`).
        let month = !multi && t.rf(rules::F_CALENDAR) && !crate::cand::calendar_name(doc, i) && !place_context_after(doc, lex, e);
        // A one-letter token is `U.S.` used as an adjective, not a place.
        let one_letter = doc.tok_text(i).len() == 1;
        // A title abbreviated before a name (`Sig.ra Benedetta`, `Sig. Rossi`) is no town of that name.
        let title = !multi && t.rf(rules::F_TITLES) && crate::cand::skip_title(doc, i) != i;
        // A line in capitals is a heading, unless a preposition says a place follows (`FROM
        // KHARKIV  TO SZEGED` on a boarding pass).
        let accept = if ((upper_line || short_upper) && !strict_ctx) || not_a_name || month || one_letter || title {
            false
        } else if personish && p.kind == PlaceKind::City {
            strict_ctx
        } else if personish {
            strict_ctx || loose_ctx
        } else if wordy {
            strict_ctx || (loose_ctx && !sentence_start)
        } else {
            match p.kind {
                PlaceKind::Country | PlaceKind::Region => true,
                PlaceKind::City => p.population >= 15_000 || strict_ctx || loose_ctx || multi,
            }
        };
        if accept && !strict_ctx && !multi && t.shape == Shape::Cap && p.kind == PlaceKind::City {
            // A town name written beside a given or family name is half of a person's name
            // (`Dmitri Sokolov`, `Ngozi Okonkwo`, `Camila Muñoz`): many surnames and given names
            // outside the census are also towns somewhere.
            match name_beside(doc, i, list) {
                Beside::Name(a, b) => {
                    out.push(a, b, Ent::Person, PERSON_BESIDE_TOWN);
                    i = b;
                    continue;
                }
                // A town spelled as a word of the language beside another word of it is that
                // word (`Ihren Arzt`, `Lengua Castellana`).
                Beside::Word if list.is_some_and(|l| town_as_word(l, t, p.population)) => {
                    i += 1;
                    continue;
                }
                _ => {}
            }
        }
        // A small town's name that says, asks or thinks is a person's (`Ngozi asked about parking`).
        if accept
            && !strict_ctx
            && !multi
            && p.kind == PlaceKind::City
            && p.population < 100_000
            && crate::person::subject_of_human_verb(doc, i)
        {
            let rule = std::mem::replace(&mut out.rule, crate::cand::Rule::Slot);
            out.push(i, e, Ent::Person, PERSON_BESIDE_TOWN);
            out.rule = rule;
            i = e;
            continue;
        }
        if accept {
            // A place of several words the gazetteer knows whole (`Alcalá de Henares`) is surer than
            // the particle shape of a name the prose rule sees in it (`Jan de Vries`, 0.7).
            let score = if strict_ctx {
                0.8
            } else if multi {
                MULTI_WORD_PLACE
            } else {
                0.7
            };
            // `'s-Hertogenbosch`: the apostrophe the tokenizer parted from the town is its own.
            let apostrophe = i > 0 && t.lower.starts_with("s-") && matches!(&*doc.toks[i - 1].lower, "'" | "’") && !t.space_before;
            out.push(if apostrophe { i - 1 } else { i }, e, Ent::Location, score);
            i = e;
            continue;
        }
        i += 1;
    }
}

/// Score of a known place of several words without context: above a prose name's particle shape.
const MULTI_WORD_PLACE: f32 = 0.72;

/// Whether a town's name is read as the word of the segment's language it spells, where the words
/// around it are the language's too (`Lengua Castellana`, `Festa de Natal`): a frequent word, or
/// a less frequent one for a small town. The frequency lists hold the names of towns too, as
/// often as their size makes them written (`Cottbus`, `Heilbronn`, `Rosenheim` at 3.7), which stay
/// towns.
pub(crate) fn town_as_word(list: &crate::common::WordList, t: &crate::doc::Token<'_>, population: u32) -> bool {
    // A city this large is written as often as a frequent word (`Dortmund` at 4.7, `Bari` at 4.6,
    // `Köln` at 5.1): only a word more frequent than that is the word (`Essen` at 5.3, eating;
    // `Natal` at 5.05, Christmas, beside the Brazilian city of 800,000).
    let word_zipf = if population >= 1_000_000 {
        5.4
    } else if population >= LARGE_CITY_WORD {
        5.0
    } else {
        4.5
    };
    crate::common::ordinary(list, t, word_zipf) || (population < SMALL_TOWN && crate::common::ordinary(list, t, 3.5))
}

/// People in a city large enough that its language writes its name about as often as a frequent
/// word (see [`town_as_word`]).
const LARGE_CITY_WORD: u32 = 250_000;

/// People in a town small enough that a word of the language as frequent as its name is the word.
const SMALL_TOWN: u32 = 30_000;

/// Score of a town name taken as part of a person's name; above a lone town's 0.7.
const PERSON_BESIDE_TOWN: f32 = 0.75;

/// The two-word name made of the town name at `i` and the word right beside it on the same line,
/// when that word looks like a name: capitalised, a census name that is no common word or a word
/// neither common nor in the census, and no place (but a town may be a given name), title,
/// greeting, role or calendar word itself.
/// What stands beside a town's name on its line.
enum Beside {
    /// A name: the two words are a person, tokens `.0..1`.
    Name(usize, usize),
    /// A capitalised word of the segment's language, which would be a name otherwise.
    Word,
    Nothing,
}

fn name_beside(doc: &Doc<'_>, i: usize, list: Option<&crate::common::WordList>) -> Beside {
    let n = doc.toks.len();
    // An ordinary word of the segment's language, or a compound of two (`Polizeiinspektion
    // Dortmund`, `Stadtbücherei Cottbus`), names the town's office, not a person.
    let word_of_language = |t: &crate::doc::Token<'_>| {
        list.is_some_and(|l| crate::common::ordinary(l, t, crate::common::PERSON_ZIPF) || crate::common::ordinary_compound(l, &t.lower))
    };
    // A given name before the town may be a town itself (`Elena`); any other place may not.
    let name_like = |k: usize| {
        let t = &doc.toks[k];
        let w = t.wordinfo();
        let given_before = k < i && w.is_first();
        // A family name after the town that is also a word, a day or the start of a place name
        // (`Xiuying Sun`, `Yusra Long`), capitalised inside a sentence and not before a number
        // (`Sun 12 May`, `Sun, 12 May`).
        let near_num = |j: usize| doc.toks.get(j).is_some_and(|u| matches!(u.kind, Kind::Num | Kind::Alnum));
        let late_surname = k > i
            && w.last >= 0.002
            && !doc.sentence_start(k)
            && !near_num(k + 1)
            && !(doc.toks.get(k + 1).is_some_and(|u| u.is_punct(',')) && near_num(k + 2));
        // A given name that opens a longer place name elsewhere (`João` of `João Pessoa`) is
        // still a given name before this town: the longer place would have matched first.
        let place_ok = match w.place {
            None => k < i || !w.starts_place || late_surname,
            Some(p) => given_before && p.kind == PlaceKind::City,
        };
        let calendar = if late_surname { 0 } else { rules::F_CALENDAR };
        t.is_word()
            && t.shape == Shape::Cap
            && t.char_len() >= 2
            && place_ok
            && !t.rf(
                rules::F_TITLES
                    | rules::F_GREETINGS
                    | calendar
                    | rules::F_ROLE_NOUN
                    | rules::F_ROLES
                    | rules::F_CLOSING_WORD
                    | rules::F_ORG_HEAD
                    | rules::F_LEGAL_SUFFIX
                    | rules::F_STREET_SUFFIX
                    | rules::F_STREET_PREFIXES
                    | rules::F_UNIT_WORDS
                    | rules::F_GENERIC_ADDRESSEES
                    | rules::F_CHAT_INTRO,
            )
            // A census name that is no common word, or a word that is neither common nor in the
            // census: given names before the town may be met now and then in English text
            // (`Sergei`, 3.5 on the Zipf scale), a surname after it must be rare (`Okonkwo`; not
            // `Corolla` after `Toyota`).
            // A census name too rare to count as a first or last name (`Natalya`, borne by 1 in
            // 100,000) is still a name when it is no common word.
            && (w.is_name()
                || (w.is_census() && !w.is_wordy())
                || (!w.is_census() && w.zipf < if k < i { 3.6 } else { 3.0 })
                || late_surname)
    };
    // Joined by exactly one space, on one line.
    let joined = |k: usize| {
        let t = &doc.toks[k];
        t.space_before && !t.wide_gap_before && !t.line_start
    };
    let mut word = false;
    if i > 0 && joined(i) && name_like(i - 1) {
        if !word_of_language(&doc.toks[i - 1]) {
            // A second family name after the town is the person's too (`Iratxe Barreiro Prats`).
            let more = i + 1 < n && joined(i + 1) && name_like(i + 1) && !word_of_language(&doc.toks[i + 1]);
            return Beside::Name(i - 1, i + 1 + usize::from(more));
        }
        word = true;
    }
    if i + 1 < n && joined(i + 1) && name_like(i + 1) {
        if !word_of_language(&doc.toks[i + 1]) {
            return Beside::Name(i, i + 2);
        }
        word = true;
    }
    if word { Beside::Word } else { Beside::Nothing }
}
