//! Word tables the rules use: titles, greetings, labels, legal suffixes, street types. Hand-written
//! from general knowledge of how documents are laid out; no list is derived from a name generator.
//! One file per kind of word (people, organisations, places, labels); this module keeps the
//! calendar and function words and builds the one flag table every token is looked up in.

mod keys;
mod months;
mod orgs;
mod people;
mod person_keys;
mod places;

pub(crate) use keys::*;
pub(crate) use months::*;
pub(crate) use orgs::*;
pub(crate) use people::*;
pub(crate) use person_keys::*;
pub(crate) use places::*;

/// The articles of French, Spanish, Italian, Portuguese and Dutch, except those that are prepositions too (Portuguese `a`
/// and Dutch `de` stay readable as `to` and the particle).
pub(crate) const ARTICLES: &[&str] = &[
    "un", "una", "uno", "une", "um", "uma", "een", "unos", "unas", "uns", "umas", "la", "il", "lo", "le", "i", "gli", "el", "los", "las",
    "les", "het", "o", "os", "as",
];

/// Months and week days: never part of a name.
pub(crate) const CALENDAR: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "christmas",
    "easter",
];

/// English function words (articles, prepositions, pronouns, conjunctions, auxiliaries, the
/// commonest interjections): alone, never a person (`The`, `In`, `A`, `My` at a sentence start or
/// in a title). Words that are also given names (`will`, `may`, `can`, `don`) are not in the list.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "in", "on", "at", "of", "to", "for", "by", "with", "from", "into", "onto", "over", "under", "about", "after",
    "before", "up", "out", "off", "and", "or", "but", "nor", "if", "as", "so", "than", "then", "my", "your", "his", "her", "its", "our",
    "their", "this", "that", "these", "those", "i", "me", "we", "us", "you", "he", "she", "it", "they", "them", "is", "are", "was", "were",
    "be", "been", "am", "do", "does", "did", "has", "have", "had", "not", "no", "yes", "oh", "ok", "hi", "all", "any", "some", "each",
    "every", "there", "here", "when", "where", "what", "who", "whom", "how", "why", "which", "also", "just", "only", "via", "per",
];

/// Bit flags of the word lists above, computed once per token (one hash lookup instead of list scans).
pub(crate) const F_TITLES: u32 = 1;
pub(crate) const F_GREETINGS: u32 = 1 << 1;
pub(crate) const F_CALENDAR: u32 = 1 << 2;
pub(crate) const F_PARTICLES: u32 = 1 << 3;
pub(crate) const F_LEGAL_SUFFIX: u32 = 1 << 4;
pub(crate) const F_ORG_HEAD: u32 = 1 << 5;
pub(crate) const F_STREET_SUFFIX: u32 = 1 << 6;
pub(crate) const F_STREET_PREFIXES: u32 = 1 << 7;
pub(crate) const F_UNIT_WORDS: u32 = 1 << 8;
pub(crate) const F_REGION_CODE: u32 = 1 << 9;
pub(crate) const F_GENERIC_ADDRESSEES: u32 = 1 << 10;
pub(crate) const F_CHAT_INTRO: u32 = 1 << 11;
pub(crate) const F_PLACE_PREPOSITIONS: u32 = 1 << 12;
pub(crate) const F_ROLES: u32 = 1 << 13;
pub(crate) const F_CLOSING_WORD: u32 = 1 << 14;
pub(crate) const F_ROLE_NOUN: u32 = 1 << 15;
pub(crate) const F_SURNAME_FIRST: u32 = 1 << 16;
pub(crate) const F_VIET_MIDDLE: u32 = 1 << 17;
pub(crate) const F_FUNCTION_WORD: u32 = 1 << 18;
pub(crate) const F_GROUP: u32 = 1 << 19;
pub(crate) const F_OFFICE_NOUN: u32 = 1 << 20;

static FLAGS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u32>> = std::sync::LazyLock::new(|| {
    let mut m: rustc_hash::FxHashMap<&'static str, u32> = rustc_hash::FxHashMap::default();
    let mut add = |list: &[&'static str], f: u32| {
        for w in list {
            *m.entry(*w).or_default() |= f;
        }
    };
    add(TITLES, F_TITLES);
    add(GREETINGS, F_GREETINGS);
    add(CALENDAR, F_CALENDAR);
    add(PARTICLES, F_PARTICLES);
    add(LEGAL_SUFFIXES, F_LEGAL_SUFFIX);
    add(ORG_HEADS, F_ORG_HEAD);
    add(STREET_SUFFIXES, F_STREET_SUFFIX);
    add(STREET_PREFIXES, F_STREET_PREFIXES);
    add(UNIT_WORDS, F_UNIT_WORDS);
    add(GENERIC_ADDRESSEES, F_GENERIC_ADDRESSEES);
    add(CHAT_INTRO, F_CHAT_INTRO);
    add(PLACE_PREPOSITIONS, F_PLACE_PREPOSITIONS);
    add(ROLES, F_ROLES);
    add(ROLE_NOUNS, F_ROLE_NOUN);
    add(SURNAMES_FIRST, F_SURNAME_FIRST);
    add(VIET_MIDDLES, F_VIET_MIDDLE);
    add(FUNCTION_WORDS, F_FUNCTION_WORD);
    add(GROUP_NOUNS, F_GROUP);
    add(OFFICE_NOUNS, F_OFFICE_NOUN);
    let closing_words: Vec<&'static str> = CLOSINGS.iter().flat_map(|c| c.split([' ', ','])).filter(|w| !w.is_empty()).collect();
    add(&closing_words, F_CLOSING_WORD);
    let codes: Vec<String> = REGION_CODES.iter().map(|c| c.to_ascii_lowercase()).collect();
    for c in codes {
        *m.entry(Box::leak(c.into_boxed_str())).or_default() |= F_REGION_CODE;
    }
    m
});

/// The list flags of a lowercase word.
pub(crate) fn flags_of(lower: &str) -> u32 {
    FLAGS.get(lower).copied().unwrap_or(0)
}
