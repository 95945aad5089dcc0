//! What one word is in a language's list: an ordinary word of it, a name that is also a word,
//! a compound of its words; and the lines of the list files.

use pii_core::lang::Language;

use super::{FOCUS_ZIPF, FUNCTION_ZIPF, PERSON_ZIPF, WordList};
use crate::doc::Kind;

/// Whether token `t` is a word of the language's list at least `zipf` frequent that no list knows
/// as a given or family name: an ordinary word of the language, not a name that is also a word
/// (`Wagner`, `Rossi`). A very frequent word of the language that only the census knows, as the
/// rarest of names, is the word (`durante`, `verde`, `jornada` as borne by one American in 100,000).
pub(crate) fn ordinary(list: &WordList, t: &crate::doc::Token<'_>, zipf: f32) -> bool {
    zipf_in(list, &t.lower).is_some_and(|z| z >= zipf && !named(t.wordinfo(), z))
}

/// The lists know the word as a name, and it is no very frequent word of the language that only
/// the census knows, as one of its rarest names (`durante`, `banca`); `z` is its frequency there.
pub(super) fn named(w: crate::lexicon::WordInfo, z: f32) -> bool {
    let rare_name = w.first < RARE_FIRST && w.last < RARE_LAST && z >= RARE_NAME_WORD_ZIPF;
    (w.is_first() || w.is_last()) && !rare_name
}

/// Shares (percent) below which a name is one of the census's rarest: a given name under class 2 of
/// the world list, a family name borne by fewer than 2 Americans in 100,000 and in no country's list
/// of common names.
const RARE_FIRST: f32 = 0.002;
const RARE_LAST: f32 = 0.002;

/// A word this frequent in the language (about 30 in a million words) is a word there first.
const RARE_NAME_WORD_ZIPF: f32 = 4.5;

/// A lowercase word's frequency in a language's list. The lists write German `ß` as `ss` (wordfreq
/// folds it), so `grüße` and `straße` are looked up as `grüsse` and `strasse` too.
pub(crate) fn zipf_in(list: &WordList, word: &str) -> Option<f32> {
    list.get(word).copied().or_else(|| if word.contains('ß') { list.get(word.replace('ß', "ss").as_str()).copied() } else { None })
}

/// An ordinary word of the segment's language as a person's neighbour (`Presidente`, `Obmann`): a
/// word at least [`super::PERSON_ZIPF`] frequent, or in German, which capitalises its nouns and
/// closes its compounds, a compound of two such words that no census lists as a name
/// (`Trauzeugen`, `Polizeiinspektion`).
pub(crate) fn ordinary_noun(list: &WordList, doc: &crate::doc::Doc<'_>, t: &crate::doc::Token<'_>) -> bool {
    ordinary(list, t, super::PERSON_ZIPF)
        || (doc.language == pii_core::lang::Language::German && ordinary_compound(list, &t.lower) && !t.wordinfo().is_census())
}

/// A closed compound of two ordinary words of the list (`Bedienungsanleitung` is `bedienung`, a
/// linking `s` and `anleitung`; `Fietsenstalling`, `Preisliste`), which the frequency lists rarely hold whole:
/// German and Dutch write every noun compound as one word. The head may end in a linking `s`, `n`,
/// `en` or `e`; both parts have three letters or more, the last part four.
pub(crate) fn ordinary_compound(list: &WordList, word: &str) -> bool {
    let common = |w: &str| zipf_in(list, w).is_some_and(|z| z >= FOCUS_ZIPF);
    if word.chars().count() < 9 {
        return false;
    }
    word.char_indices().skip(3).any(|(k, _)| {
        let (head, tail) = word.split_at(k);
        tail.chars().count() >= 4
            && common(tail)
            && (common(head)
                || ["s", "n", "en", "e"].iter().any(|l| head.strip_suffix(l).is_some_and(|h| h.chars().count() >= 3 && common(h))))
    })
}

/// Whether a run of two words or more opens with one of the language's articles, pronouns or
/// prepositions (`Das Arbeitsverhältnis`, `Die Patientin`, `Desde la Oficina de Contabilidad`): a
/// word as frequent as the function words that is no name particle in that language and no
/// initial (Dutch `u` is `U. Kowalski`), which no name begins with. A given name of that
/// spelling (Dutch `dan` is `Dan Kowalski`, French `les` is `Les Dawson`) is the article only
/// before an ordinary word (`Les Dépenses`).
pub(super) fn article_first(list: &WordList, language: Language, toks: &[crate::doc::Token<'_>]) -> bool {
    let mut words = toks.iter().filter(|t| t.kind == Kind::Word);
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    let initial = first.char_len() == 1 && toks.get(1).is_some_and(|t| t.is_punct('.'));
    !initial
        && zipf_in(list, &first.lower).is_some_and(|z| z >= FUNCTION_ZIPF)
        && !name_particles(language).contains(&&*first.lower)
        && (!first.wordinfo().is_first() || ordinary(list, second, PERSON_ZIPF))
}

/// The words that open family names in each language (`von Weizsäcker`, `de la Fuente`, `Da Silva`,
/// `El Amrani`), though also its prepositions and articles.
pub(super) fn name_particles(language: Language) -> &'static [&'static str] {
    match language {
        Language::German => &["von", "vom", "zu", "zum", "zur", "van", "de", "el", "al"],
        Language::Dutch => &["van", "de", "den", "der", "ter", "ten", "te", "el", "al"],
        Language::French => &["de", "du", "des", "le", "la", "d", "el", "al"],
        Language::Spanish => &["de", "del", "y", "el", "al"],
        Language::Italian => {
            &["de", "di", "da", "dal", "del", "dell", "della", "delle", "dello", "dei", "degli", "dalla", "la", "lo", "li", "el", "al"]
        }
        Language::Portuguese => &["de", "da", "do", "das", "dos", "e", "el", "al"],
        _ => &[],
    }
}

/// `word<TAB>zipf`, or a word alone (files written before the zipf column: all at [`PERSON_ZIPF`]).
pub(super) fn parse_line(line: &str) -> Option<(Box<str>, f32)> {
    let (word, zipf) = match line.split_once('\t') {
        Some((w, z)) => (w, z.trim().parse().ok()?),
        None => (line.trim(), PERSON_ZIPF),
    };
    (!word.is_empty()).then(|| (Box::from(word), zipf))
}
