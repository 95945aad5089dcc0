//! Further mentions of what was found: once a person or an organisation is found with confidence,
//! its other mentions in the same text are the same one (the given name alone, the family name,
//! lower case, capitals, possessive, initials, parts of a hyphenated name, with the particles that
//! open the family name).

use rustc_hash::{FxHashMap, FxHashSet};

use crate::cand::{Cand, Ent, Rule};
use crate::doc::{Doc, Kind, Shape};
use crate::retype::retype_as_person;
use crate::rules;

/// Marks further mentions of found names and organisations in the same text. After the network
/// (`after_network`), weaker full names (two uncommon words or more, from the network or from
/// the prose rules) count as found too: by then nothing else claims their words.
pub(crate) fn propagate(doc: &Doc<'_>, kept: &mut Vec<Cand>, no_person: &[(usize, usize)], lower: &FxHashSet<&str>, after_network: bool) {
    let mut person_words: FxHashSet<&str> = FxHashSet::default();
    let mut person_lower: FxHashSet<&str> = FxHashSet::default();
    let mut mid_sentence: FxHashSet<&str> = FxHashSet::default();
    let mut orgs: Vec<String> = Vec::new();
    // The particles that open a found family name (`Bram de Boer`: `boer` after `de`), so that a
    // later mention keeps them (`De heer de Boer`, `La dott.ssa De Luca`).
    let mut particles_of: FxHashMap<String, String> = FxHashMap::default();
    // Two words or more, each a name in the lists or a rare word, none a common word (`Akosua
    // Boateng`, not `Pull Request` nor the heading `Specifying Dependencies`). The particles in
    // lower case are the name's, not words of it (`Shanaya van Iersel`: `van` is English too).
    let full_name = |c: &Cand| {
        let particle = |t: &crate::doc::Token<'_>| t.shape == Shape::Lower && t.rf(rules::F_PARTICLES);
        let words = || doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word && t.char_len() >= 2 && !particle(t));
        let namey = |w: crate::lexicon::WordInfo| !w.is_wordy() && (w.zipf < 3.0 || w.first > 0.0 || w.last > 0.0);
        words().count() >= 2 && words().all(|t| namey(t.wordinfo()))
    };
    // A full name that opens with a given name no English word shares (`Sven Lindqvist is leaving`,
    // guessed weakly at a sentence start) spreads too.
    let given_full_name = |c: &Cand| {
        let first = doc.toks[c.a].wordinfo();
        full_name(c) && first.is_first() && !first.is_wordy() && first.zipf < 4.0
    };
    // A full name whose every word English does not use at all (`Lidya Negash opened the
    // scoring`, guessed weakly at a sentence start): nothing but a name is made of such words.
    let rare_full_name = |c: &Cand| {
        let mut words = doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word && t.char_len() >= 2);
        full_name(c) && words.all(|t| t.wordinfo().zipf < 1.5 && t.wordinfo().place.is_none())
    };
    for c in kept.iter() {
        match c.ent {
            Ent::Person
                if c.score >= 0.6
                    || (after_network && c.score >= 0.5 && full_name(c))
                    || (after_network && c.score >= 0.45 && (given_full_name(c) || rare_full_name(c))) =>
            {
                note_particles(doc, c, &mut particles_of);
                for t in &doc.toks[c.a..c.b] {
                    if t.kind != Kind::Word || t.char_len() < 2 || t.rf(rules::F_PARTICLES | rules::F_FUNCTION_WORD) {
                        continue;
                    }
                    let w = t.wordinfo();
                    // A common word of a name found with less certainty (`Xiuying Sun`, beside a
                    // town) spreads only as a family name inside a sentence, capitalised (`Sun is
                    // well liked`), never at a sentence start where any word is capitalised.
                    if w.is_wordy() && c.score < 0.85 {
                        if c.score >= 0.75 && w.last >= 0.002 && t.shape == Shape::Cap && c.b - c.a >= 2 {
                            mid_sentence.insert(strip_possessive(&t.lower));
                        }
                        continue;
                    }
                    // The word, without a possessive, and each part of a hyphenated name
                    // (`Dubois-Lefèvre` is also `Dubois` and `Lefèvre` alone).
                    let stem = strip_possessive(&t.lower);
                    if t.shape != Shape::Lower && w.zipf < 3.0 && lower.contains(stem) && c.score < 0.85 {
                        continue; // the document's own vocabulary (`Backtrace` beside `backtrace`)
                    }
                    let set = if t.shape == Shape::Lower { &mut person_lower } else { &mut person_words };
                    set.insert(stem);
                    if stem.contains('-') {
                        set.extend(stem.split('-').filter(|p| p.chars().count() >= 3));
                    }
                }
            }
            Ent::Org if c.score >= 0.7 && c.b - c.a <= 8 => {
                let s = &doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end];
                if s.chars().count() >= 4 {
                    orgs.push(s.to_owned());
                }
            }
            _ => {}
        }
    }
    if person_words.is_empty() && person_lower.is_empty() && mid_sentence.is_empty() && orgs.is_empty() {
        return;
    }
    retype_as_person(doc, kept, &person_words);
    let n = doc.toks.len();
    let mut covered = crate::cand::covered(n, kept.iter().map(|c| (c.a, c.b)).chain(no_person.iter().copied()));
    let mut extra = Vec::new();
    // Organisations: exact repeats.
    for o in &orgs {
        for (a, b) in doc.occurrences(o) {
            if !covered[a..b].iter().any(|x| *x) {
                covered[a..b].iter_mut().for_each(|x| *x = true);
                extra.push(Cand { a, b, ent: Ent::Org, score: 0.7, rule: Rule::RepeatedOrg });
            }
        }
    }
    // People: single words, merged with neighbours into one span.
    let mut i = 0;
    while i < n {
        let hit = |k: usize| {
            let t = &doc.toks[k];
            if covered[k] || !t.is_word() {
                return false;
            }
            // `Smith's` is a mention of `Smith`.
            let w = strip_possessive(&t.lower);
            match t.shape {
                Shape::Cap | Shape::Upper | Shape::Other => {
                    person_words.contains(w)
                        || person_lower.contains(w)
                        || (t.shape == Shape::Cap && mid_sentence.contains(w) && !doc.sentence_start(k))
                        || (t.shape == Shape::Cap && genitive_of(doc, w).is_some_and(|stem| person_words.contains(stem)))
                }
                Shape::Lower => {
                    let found_lower = person_lower.contains(w);
                    // A found name written in lower case outside chat (`later, oluwaseyi called`):
                    // only a word that English does not use (`rasmus`, not `will` or `long`).
                    let info = t.wordinfo();
                    let foreign = t.char_len() >= 4 && info.zipf < 2.5 && !info.is_wordy();
                    (found_lower || ((doc.lowercase_chat || foreign) && person_words.contains(w)))
                        && (!info.is_wordy() || (found_lower && doc.lowercase_chat && info.ambiguity() < 0.5))
                }
            }
        };
        // After a number (`12 Smith`: a house number and a street), but not after a time of day
        // (`14:31 Benali declared all clear`).
        let after_time = i >= 3 && doc.toks[i - 2].is_punct(':') && doc.toks[i - 3].kind == Kind::Num;
        let after_number = i > 0 && doc.toks[i - 1].kind == Kind::Num && !doc.toks[i].line_start && !doc.toks[i].wide_gap_before;
        if !hit(i) || (after_number && !after_time) {
            i += 1;
            continue;
        }
        let mut b = i + 1;
        while b < n && hit(b) && doc.toks[b].space_before && !doc.toks[b].line_start {
            b += 1;
        }
        // Do not take the first word of an address or organisation-like run (`Hayes Path`).
        let next_stop = b < n
            && doc.toks[b].is_word()
            && doc.toks[b].space_before
            && (doc.toks[b].rf(rules::F_STREET_SUFFIX) || doc.toks[b].rf(rules::F_ORG_HEAD))
            && doc.toks[b].shape != Shape::Lower;
        if !next_stop {
            // A found given name with a family name beside it that is also a word (`Xiuying Sun`,
            // where only `Xiuying's` was found): the pair is the person, and sure enough that the
            // family name spreads on its own in the second pass (`Sun is well liked`).
            let mut score = 0.6;
            if b == i + 1
                && b < n
                && !covered[b]
                && doc.toks[i].wordinfo().is_first()
                && strip_possessive(&doc.toks[i].lower) == &*doc.toks[i].lower
            {
                let u = &doc.toks[b];
                // `Sun` may be a day (`Sun 12 May`), never before a number.
                let dated = doc.toks.get(b + 1).is_some_and(|v| matches!(v.kind, Kind::Num | Kind::Alnum) || v.is_punct(','));
                let plain = !u.rf(rules::F_STREET_SUFFIX | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX | rules::F_FUNCTION_WORD) && !dated;
                if u.is_word() && u.shape == Shape::Cap && u.space_before && !u.line_start && u.wordinfo().last >= 0.002 && plain {
                    b += 1;
                    score = 0.75;
                }
            }
            let a =
                particles_before(doc, i, &covered, &particles_of).unwrap_or_else(|| crate::given_edge::initials_before(doc, i, &covered));
            extra.push(Cand { a, b, ent: Ent::Person, score, rule: Rule::RepeatedPerson });
        }
        i = b;
    }
    kept.extend(extra);
    kept.sort_by_key(|c| c.a);
}

/// Records, for each family name of `c` that follows name particles inside it (`Bram de Boer`,
/// `Renske van der Meer`), the particles in lower case (`de`, `van der`).
fn note_particles(doc: &Doc<'_>, c: &Cand, out: &mut FxHashMap<String, String>) {
    let mut k = c.a + 1;
    while k < c.b {
        let t = &doc.toks[k];
        if t.is_word() && !t.rf(rules::F_PARTICLES) {
            let mut p = k;
            while p > c.a + 1 && doc.toks[p - 1].is_word() && doc.toks[p - 1].rf(rules::F_PARTICLES) {
                p -= 1;
            }
            if p < k {
                let seq: Vec<&str> = doc.toks[p..k].iter().map(|u| &*u.lower).collect();
                out.insert(strip_possessive(&t.lower).to_owned(), seq.join(" "));
            }
        }
        k += 1;
    }
}

/// Where a mention of a family name at `i` starts when the particles its found name wrote before
/// it stand before it here too, on its line and in any case (`de Boer`, `De Luca`).
fn particles_before(doc: &Doc<'_>, i: usize, covered: &[bool], particles_of: &FxHashMap<String, String>) -> Option<usize> {
    let want = particles_of.get(strip_possessive(&doc.toks[i].lower))?;
    let count = want.split(' ').count();
    let a = i.checked_sub(count)?;
    let seq: Vec<&str> = doc.toks[a..i].iter().map(|u| &*u.lower).collect();
    let placed = doc.toks[a + 1..=i].iter().all(|u| u.space_before && !u.line_start) && !covered[a..i].iter().any(|x| *x);
    (placed && seq.join(" ") == *want).then_some(a)
}

/// `smith's`, `smith’s`, `jones'` -> the name itself.
/// German and Dutch write a name's genitive with a bare `s` (`Laut Flurinas Mail`, `Jans fiets`):
/// the name without it, in a text of those languages, when three letters or more remain.
fn genitive_of<'w>(doc: &Doc<'_>, lower: &'w str) -> Option<&'w str> {
    let languages = matches!(doc.language, pii_core::lang::Language::German | pii_core::lang::Language::Dutch);
    let stem = lower.strip_suffix('s').filter(|s| s.chars().count() >= 3 && !s.ends_with('s'))?;
    languages.then_some(stem)
}

pub(crate) fn strip_possessive(lower: &str) -> &str {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = lower.strip_suffix(suffix)
            && stem.chars().count() >= 2
        {
            return stem;
        }
    }
    lower
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    /// The persons after propagating a weak (0.5) person over tokens `a..b` of `text`.
    fn spread(text: &str, a: usize, b: usize) -> Vec<String> {
        // `van` as the real lists hold it: an English word (a vehicle) first, rarely a name.
        let lex = Lexicon::from_rows(&[("van", 4.78, 0.019, 0.003), ("table", 5.2, 0.0, 0.0)], &[]);
        let doc = Doc::new(text, &lex);
        let mut kept = vec![Cand { a, b, ent: Ent::Person, score: 0.5, rule: Rule::Prose }];
        propagate(&doc, &mut kept, &[], &FxHashSet::default(), true);
        kept.iter().map(|c| doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_owned()).collect()
    }

    #[test]
    fn a_weak_full_name_with_a_particle_spreads() {
        let p = spread("Welcome Shanaya van Iersel to the club. Shanaya joins the juniors.", 1, 4);
        assert!(p.iter().any(|v| v == "Shanaya"), "{p:?}");
        // Negative: a common word in the run keeps it from spreading.
        let p = spread("Welcome Table van Iersel to the club. Table joins the juniors.", 1, 4);
        assert!(!p.iter().any(|v| v == "Table"), "{p:?}");
    }
}
