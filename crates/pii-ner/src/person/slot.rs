//! A lone name in a place only a person takes in running text: `the Nam family`, `Shout-out to
//! Mandla for …`, `Tejo in my team sees it too`, `Rhys sits down with …`. One capitalised word that
//! no list knows as a common word is a name there, whatever the name: the lists cannot know every
//! given name of the world, the sentence around it says it is a person. The slots are the
//! sentence's, not the word's: a product or a town in the same words (`the Linux family`, `deploy
//! to Verona`) has no such slot.

use crate::cand::{Cands, Ent, nameish};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// Verbs whose subject is a person: speaking, feeling, moving through a life, not what software
/// or places do (`supports`, `runs`, `lies`).
const HUMAN_VERBS: &[&str] = &[
    "talks",
    "talked",
    "sits",
    "sat",
    "thinks",
    "thought",
    "feels",
    "felt",
    "laughs",
    "laughed",
    "smiled",
    "smiles",
    "cried",
    "asks",
    "asked",
    "tells",
    "told",
    "says",
    "said",
    "replied",
    "agreed",
    "suggested",
    "recommended",
    "promised",
    "apologised",
    "apologized",
    "joined",
    "joins",
    "retired",
    "resigned",
    "graduated",
    "married",
    "emailed",
    "texted",
    "phoned",
    "wrote",
    "remembers",
    "remembered",
    // Speaking in a meeting (`Priya presented the numbers`, `Aroha recommends a second interview`).
    "presented",
    "recommends",
    "suggests",
    "explained",
    "explains",
    "mentioned",
    "mentions",
    "argued",
    "insisted",
    "admitted",
    "complained",
    "volunteered",
    "wondered",
    "sees",
    "noticed",
];

/// What a person is thanked or praised with, before `to` (`Kudos to Mandla`).
const PRAISE: &[&str] = &["shout-out", "shoutout", "shout out", "thanks", "thank you", "kudos", "congratulations", "congrats", "props"];

/// Groups a person belongs to, after `in my`, `on our`, `from the` (`Tejo in my team`).
const GROUPS: &[&str] = &["team", "group", "squad", "class", "department", "office", "lab", "unit", "crew"];

pub(super) fn slots(doc: &Doc<'_>, out: &mut Cands) {
    for i in 0..doc.toks.len() {
        if lone_name(doc, i)
            && (family_of(doc, i) || praised(doc, i) || member_of(doc, i) || subject_of_human_verb(doc, i) || kin_of(doc, i))
        {
            out.push(i, i + 1, Ent::Person, 0.6);
        }
    }
}

/// One capitalised word standing alone (no capitalised word or number beside it on its line) that
/// is no common word, title, month, organisation or street word, and no large place.
fn lone_name(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.toks[i];
    // Title case only: `JetBrains` and `McDonald` in such a place are more often a firm than a person.
    if !nameish(doc, i, false) || t.shape != Shape::Cap || t.char_len() < 2 || doc.tok_text(i).chars().skip(1).any(char::is_uppercase) {
        return false;
    }
    if t.rf(rules::F_TITLES
        | rules::F_GREETINGS
        | rules::F_CALENDAR
        | rules::F_FUNCTION_WORD
        | rules::F_ORG_HEAD
        | rules::F_LEGAL_SUFFIX
        | rules::F_GROUP)
    {
        return false;
    }
    let w = t.wordinfo();
    if w.is_wordy() || (w.zipf >= 4.0 && !w.is_name()) || (!w.is_first() && w.place.is_some_and(|p| p.population >= 100_000)) {
        return false;
    }
    let capitalised_or_number = |k: usize| {
        let u = &doc.toks[k];
        u.line == t.line && (matches!(u.kind, Kind::Num | Kind::Alnum) || (u.is_word() && u.shape != Shape::Lower))
    };
    let crowded_before = i > 0 && capitalised_or_number(i - 1) && !doc.toks[i - 1].rf(rules::F_ROLE_NOUN);
    let crowded_after = i + 1 < doc.toks.len() && capitalised_or_number(i + 1);
    !crowded_before && !crowded_after
}

/// The lower-case word at `k`, if it is a word on the same line as token `i`.
fn word_at<'d>(doc: &'d Doc<'_>, k: usize, i: usize) -> Option<&'d str> {
    let u = doc.toks.get(k)?;
    (u.is_word() && u.line == doc.toks[i].line).then_some(&*u.lower)
}

/// `the Nam family`, `the Okafor household`.
fn family_of(doc: &Doc<'_>, i: usize) -> bool {
    i > 0 && word_at(doc, i - 1, i) == Some("the") && matches!(word_at(doc, i + 1, i), Some("family" | "household"))
}

/// Kin of the person an obituary or a will speaks of (`wife of the late Thandiwe`, `much-loved
/// parent of Meron and Rakan`, `the late Ilse`): after `the late`, or after a kin noun and `of`,
/// and the next name of a list that one opens (`and Rakan`).
fn kin_of(doc: &Doc<'_>, i: usize) -> bool {
    let w = |k: usize| i.checked_sub(k).and_then(|k| word_at(doc, k, i));
    let late = w(2) == Some("the") && w(1) == Some("late");
    let kin = |of: usize| w(of) == Some("of") && w(of + 1).is_some_and(|n| KIN.contains(&n));
    // `the late Thandiwe` (also after `wife of`), `parent of Meron`.
    let direct = late || kin(1);
    // `… of Meron and Rakan`: the name before `and` was the kin's.
    let listed = w(1) == Some("and") && i >= 2 && lone_name(doc, i - 2) && (kin(3) || (w(4) == Some("the") && w(3) == Some("late")));
    direct || listed
}

/// Kin nouns before `of` in obituaries and wills.
const KIN: &[&str] = &[
    "wife",
    "husband",
    "widow",
    "widower",
    "partner",
    "mother",
    "father",
    "parent",
    "son",
    "daughter",
    "sister",
    "brother",
    "grandmother",
    "grandfather",
    "grandparent",
    "grandson",
    "granddaughter",
    "grandchild",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "cousin",
    "friend",
];

/// `Shout-out to Mandla for …`, `Thanks to Ekow!`: praise, `to`, the name, then the end of the
/// phrase (`for`, punctuation or the end of the line), so `thanks to Kubernetes operators` stays.
fn praised(doc: &Doc<'_>, i: usize) -> bool {
    if i == 0 || word_at(doc, i - 1, i) != Some("to") {
        return false;
    }
    let before = doc.text[doc.toks[doc.line_first(i)].start..doc.toks[i - 1].start].trim_end().to_lowercase();
    let ends = match doc.toks.get(i + 1) {
        None => true,
        Some(u) => u.line != doc.toks[i].line || u.kind == Kind::Punct || &*u.lower == "for",
    };
    ends && PRAISE
        .iter()
        .any(|p| before.ends_with(p) && before[..before.len() - p.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// `Tejo in my team sees it too`, `Siti from our lab`.
fn member_of(doc: &Doc<'_>, i: usize) -> bool {
    matches!(word_at(doc, i + 1, i), Some("in" | "on" | "from"))
        && matches!(word_at(doc, i + 2, i), Some("my" | "our" | "your" | "the"))
        && word_at(doc, i + 3, i).is_some_and(|g| GROUPS.contains(&g))
}

/// `Rhys sits down with …`, `this week Siti talks to …`: the name right before a verb only a person
/// does.
/// A note in brackets may stand between them (`--- Sukarni (Hardware) replied:` heading a
/// ticket's reply).
pub(crate) fn subject_of_human_verb(doc: &Doc<'_>, i: usize) -> bool {
    let mut v = i + 1;
    if doc.toks.get(v).is_some_and(|t| t.is_punct('(') && t.space_before) {
        let close = (v + 1..(v + 6).min(doc.toks.len())).find(|&k| doc.toks[k].is_punct(')') || doc.toks[k].line_start);
        match close {
            Some(k) if doc.toks[k].is_punct(')') => v = k + 1,
            _ => return false,
        }
    }
    let Some(next) = doc.toks.get(v) else { return false };
    next.space_before && next.shape == Shape::Lower && word_at(doc, v, i).is_some_and(|w| HUMAN_VERBS.contains(&w))
}
