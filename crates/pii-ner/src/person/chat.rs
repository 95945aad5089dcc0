//! People in chats: speaker columns (`anna: hi`, `[10:42] Ayşe Demir:`) and lower-case names in
//! chat lines (`its brittany`).

use crate::cand::{Cands, Ent, evidence, parse_name};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// Speaker columns: `ashleigh: yo`, `[09:26] samuel: sorry`, `12/03/24, 10:42 - Ayşe Demir: ok`,
/// `anna > see you`. A name of one or two words (three when capitalised) before `:` or `>` at the
/// start of a line, after an optional timestamp or bracket.
pub(super) fn speakers(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut turns: Vec<(usize, usize, bool, bool)> = Vec::new();
    let mut self_turns = 0;
    for i in 0..n {
        if !doc.toks[i].line_start {
            continue;
        }
        let k = skip_stamp(doc, i);
        // A time or a date, not an enumerator such as `[2]`.
        let stamped = doc.toks[i..k].iter().any(|t| t.is_punct(':') || t.is_punct('/'));
        if k >= n || (k != i && doc.toks[k].line_start) {
            continue;
        }
        // A contact saved with a title or kin word (`Tante Swantje:`, `Dr. Feuerlein:`): the name
        // after it speaks.
        let k = if doc.toks[k].shape == Shape::Cap { crate::cand::skip_title(doc, k) } else { k };
        let capital = doc.toks[k].shape == Shape::Cap;
        // After a bullet only a capitalised name (`* Keanu: will review`): a README's definition
        // list is lower case or code (`- combinators: functions that …`, `* DoT: …`).
        let bulleted = bullet(doc, i);
        if bulleted && (!capital || doc.tok_text(k).chars().skip(1).any(char::is_uppercase)) {
            continue;
        }
        // A capitalised speaker may carry particles, which are no words of the name (`Barthélemy de
        // La Rochefoucauld:`); otherwise any word goes, lower case too (`anna:`).
        let with_particles = capital.then(|| parse_name(doc, k, 3, false)).flatten().filter(|&(e, _)| e < n && doc.toks[e].is_punct(':'));
        let Some((e, words)) = with_particles.or_else(|| parse_name(doc, k, if capital { 3 } else { 2 }, true)) else { continue };
        // … and the note after it goes on in lower case, as a sentence about that person does
        // (`* Keanu: will review`), where a definition starts anew (`* Serde: Serialization …`).
        if bulleted && doc.toks.get(e + 1).is_none_or(|t| t.shape != Shape::Lower || t.line_start) {
            continue;
        }
        let gt = e < n && doc.toks[e].is_punct('>') && doc.toks[e].space_before;
        if e >= n || !(doc.toks[e].is_punct(':') || gt) || words > 3 || (words == 3 && !capital) {
            continue;
        }
        if e + 1 < n && !doc.toks[e + 1].space_before && !doc.toks[e + 1].line_start {
            continue; // `http:`, times
        }
        // `Me: landed in Debrecen`: the exporting phone's own turns make the column, named by nobody.
        if e == k + 1 && matches!(&*doc.toks[k].lower, "me" | "you" | "ich" | "moi" | "yo" | "eu" | "ja") {
            let le = doc.line_end(e);
            self_turns += usize::from(doc.toks[e + 1..le].iter().filter(|t| t.is_word()).count() >= 2);
            continue;
        }
        if doc.toks[k..e].iter().any(|t| t.lower.split('-').any(|p| rules::ROLES.contains(&p)) || t.masked || t.rf(rules::F_FUNCTION_WORD))
        {
            continue;
        }
        if e == k + 1 && MAIL_HEADERS.contains(&&*doc.toks[k].lower) {
            continue;
        }
        if crate::structure::classify_key(&doc.text[doc.toks[k].start..doc.toks[e - 1].end]).is_some() {
            continue;
        }
        // A turn of a column: a message of two or more words that starts with a word (a form's
        // `DOB: 6 Dec 1975` or `Invoice: INV-2025` is a label), said by no all-caps acronym.
        let le = doc.line_end(e);
        // `Comms: Juma Mwakyusa`: a message that is nothing but a name is a form's field.
        if crate::structure::names_only(doc, e + 1, le).is_some() {
            continue;
        }
        let msg_words = doc.toks[e + 1..le].iter().filter(|t| t.is_word()).count();
        // Compounds ending in a particle (`Follow-up`, `Check-in`, `Add-on`) are headings, not names.
        let compound = doc.toks[k..e].iter().any(|t| {
            t.lower
                .rsplit('-')
                .next()
                .is_some_and(|p| t.lower.contains('-') && matches!(p, "up" | "in" | "out" | "on" | "off" | "by" | "to" | "over"))
        });
        // A capitalised key with a lower-case word inside and no name (`Local de prescrição:`,
        // `Data de nascimento:`) is a form's label, however long its value: no turn of a column.
        let label = lower_inside(doc, k, e) && evidence(doc, k, e).names == 0;
        let talk = msg_words >= 2
            && e + 1 < le
            && doc.toks[e + 1].is_word()
            && !compound
            && !label
            && doc.toks[k..e].iter().all(|t| t.shape != Shape::Upper);
        turns.push((k, e, stamped, talk));
    }
    // Two or more talking turns make a speaker column: then names the lists do not know count too.
    let talking = turns.iter().filter(|t| t.3).count();
    let column = talking + self_turns >= 2 && talking > 0 && conversation(doc, &turns, self_turns);
    // A transcript's speakers in capitals (`DAWIT: Good morning.`, `NICCOLÒ MARCHETTI: Thanks.`):
    // two or more such turns, each of one or two words in capitals none of which is a common word
    // (not `NOTE:`, `ACTION ITEMS:`), no role and no label.
    let caps: Vec<(usize, usize)> = turns
        .iter()
        .filter(|&&(k, e, _, _)| {
            let t = &doc.toks[k];
            let le = doc.line_end(e);
            let said = doc.toks[e + 1..le].iter().filter(|u| u.is_word()).count() >= 2;
            let upper = doc.toks[k..e].iter().all(|u| u.is_word() && u.shape == Shape::Upper);
            let named = if e == k + 1 {
                t.char_len() >= 3 && !t.wordinfo().is_wordy()
            } else {
                let ev = evidence(doc, k, e);
                ev.wordy == 0 && ev.initials == 0 && doc.toks[k..e].iter().all(|u| u.char_len() >= 2)
            };
            // A contract's party in capitals introduces the party, a name and a comma before its
            // details (`LOCADOR: Braima Nóbrega Mabunda, brasileiro, …`): a label, not a turn.
            let party = parse_name(doc, e + 1, 4, false).is_some_and(|(end, words)| words >= 2 && end < le && doc.toks[end].is_punct(','));
            upper && named && said && !party
        })
        .map(|&(k, e, _, _)| (k, e))
        .collect();
    if caps.len() >= 2 {
        for &(k, e) in &caps {
            out.push(k, e, Ent::Person, 0.8);
        }
    }
    let capitalised = std::cell::OnceCell::new();
    for &(k, e, stamped, talk) in &turns {
        let words = doc.toks[k..e].iter().filter(|t| t.is_word()).count();
        let ev = evidence(doc, k, e);
        let first = doc.toks[k].wordinfo();
        let unknown_ok = doc.lowercase_chat && ev.unknown == ev.words && doc.toks[k].char_len() >= 3;
        let first_ok = first.is_first() && words == 1 && (first.zipf < 5.0 || (doc.lowercase_chat && first.ambiguity() < 0.5));
        // In a speaker column (or after a timestamp), any word that is no common word.
        // A lower-case word inside (`Hinweis zur Wartung:`) is a name's particle only beside a name.
        let column_ok = ((column && talk) || stamped)
            && (!lower_inside(doc, k, e) || ev.names >= 1 || (stamped && particles_between_names(doc, k, e)))
            && ev.wordy == 0
            && ev.words > 0
            && doc.toks[k].char_len() >= 2
            && doc.toks[k].shape != Shape::Upper;
        // A lower-case speaker that is also a word (`ton`, `till`) is the name when the messages
        // write it capitalised inside a sentence (`de zoon van Ton`): people type their handle in
        // lower case and each other's names with a capital.
        let echoed = ((column && talk) || stamped)
            && e == k + 1
            && doc.toks[k].shape == Shape::Lower
            && capitalised.get_or_init(|| capitalised_inside(doc)).contains(&*doc.toks[k].lower);
        if echoed {
            // The echo is structure, not the word's look: the language's word filter must not
            // take it back (`ton` is a Dutch word).
            out.push(k, e, Ent::Person, crate::common::STRUCTURE_SCORE);
        } else if ev.names == ev.words || first_ok || unknown_ok || column_ok {
            out.push(k, e, Ent::Person, 0.85);
        }
    }
}

/// Whether the capitalised speaker key `k..e` holds a lower-case word (`Local de prescrição`,
/// `Hinweis zur Wartung`, `Jan van Dijk`): a form's label, or a name's particle where a name
/// stands beside it.
fn lower_inside(doc: &Doc<'_>, k: usize, e: usize) -> bool {
    doc.toks[k].shape != Shape::Lower && doc.toks[k..e].iter().any(|t| t.is_word() && t.shape == Shape::Lower)
}

/// The lower-case words of the capitalised key `k..e` are all a name's particles, each before a
/// capitalised word (`Barthélemy de La Rochefoucauld`, not `Compte rendu de La Réunion`).
fn particles_between_names(doc: &Doc<'_>, k: usize, e: usize) -> bool {
    (k..e).filter(|&j| doc.toks[j].is_word() && doc.toks[j].shape == Shape::Lower).all(|j| {
        doc.toks[j].rf(rules::F_PARTICLES)
            && (j + 1..e).find(|&q| !doc.toks[q].rf(rules::F_PARTICLES)).is_some_and(|q| doc.toks[q].shape == Shape::Cap)
    })
}

/// The lower-case forms of the words the text writes capitalised inside a sentence, read once
/// per text (a long log's every speaker looks here).
fn capitalised_inside<'d>(doc: &'d Doc<'_>) -> rustc_hash::FxHashSet<&'d str> {
    doc.toks
        .iter()
        .enumerate()
        .filter(|&(j, t)| t.shape == Shape::Cap && t.is_word() && !t.line_start && !doc.sentence_start(j))
        .map(|(_, t)| &*t.lower)
        .collect()
}

/// Whether the talking turns read as a conversation rather than a document's run-in headings
/// (`Anamnese: Die Patientin …` / `Therapie und Verlauf: Unter …`, each said once): some speaker
/// talks twice, or one of them is a name the lists know, or the exporting phone's owner talks, or
/// every turn is a lower-case handle's or a bullet's.
fn conversation(doc: &Doc<'_>, turns: &[(usize, usize, bool, bool)], self_turns: usize) -> bool {
    let talking = || turns.iter().filter(|t| t.3);
    let named = || {
        talking().any(|&(k, e, _, _)| {
            let ev = evidence(doc, k, e);
            ev.words > 0 && ev.names == ev.words
        })
    };
    // Headings are capitalised; a lower-case column (`anna: hi`) is a chat's, and so are bulleted
    // turns, which the speaker rule takes only when their note goes on in lower case
    // (`* Radu: blocked on the migration`).
    let lower = || talking().all(|&(k, _, _, _)| doc.toks[k].shape == Shape::Lower || bullet(doc, doc.line_first(k)));
    let repeated = || {
        let mut seen = rustc_hash::FxHashSet::default();
        turns.iter().any(|&(k, e, _, _)| !seen.insert(doc.text[doc.toks[k].start..doc.toks[e - 1].end].to_lowercase()))
    };
    self_turns > 0 || named() || lower() || repeated()
}

/// The header fields of a forwarded or quoted e-mail in the six other languages (`Von:`,
/// `Gesendet:`, `Betreff:`; `Objet :`; `Asunto:`), which stack like a speaker column. English's
/// are [`rules::ROLES`]. Not `An`, `De`, `Da`, `Para` or `A`: given and family names too.
const MAIL_HEADERS: &[&str] = &[
    "von",
    "gesendet",
    "betreff",
    "datum",
    "envoyé",
    "objet",
    "enviado",
    "enviada",
    "asunto",
    "fecha",
    "inviato",
    "oggetto",
    "aan",
    "verzonden",
    "onderwerp",
    "assunto",
    "cc",
    "bcc",
];

/// Mention markup: Slack's `<@hakon>` and Jira's and Confluence's `[~uwe]` or `[~jan.novak]`, the
/// person mentioned, by the user name they show (an id such as `<@U024BE7LH>` has digits and is
/// no word).
pub(super) fn mentions(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 2..n.saturating_sub(1) {
        let (open, mark, name) = (&doc.toks[i - 2], &doc.toks[i - 1], &doc.toks[i]);
        let close = match (open.lower.as_ref(), mark.lower.as_ref()) {
            ("<", "@") => '>',
            ("[", "~") => ']',
            _ => continue,
        };
        if !(open.kind == Kind::Punct && mark.kind == Kind::Punct && mark.glued() && name.kind == Kind::Word && name.glued()) {
            continue;
        }
        // The user name: words joined by `.`, `_` or `-` (Jira's `jan.novak`), then the closer.
        let mut e = i + 1;
        while close == ']' && e + 1 < n && doc.toks[e].glued() && matches!(&*doc.toks[e].lower, "." | "_" | "-") {
            if !(doc.toks[e + 1].kind == Kind::Word && doc.toks[e + 1].glued()) {
                break;
            }
            e += 2;
        }
        if e < n && doc.toks[e].is_punct(close) && doc.toks[e].glued() {
            out.push(i, e, Ent::Person, 0.85);
        }
    }
}

/// A `/ . : , -` between two numbers of one line (`12/03`, `10:42`).
fn joins_numbers(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    t.kind == Kind::Punct
        && matches!(&*t.lower, "/" | "." | ":" | "," | "-")
        && doc.toks.get(k + 1).is_some_and(|next| next.kind == Kind::Num && !next.line_start)
}

/// Skips a timestamp or bracket that opens a chat line (`[09:26]`, `10:32`, `12/03/24, 10:42 -`,
/// `(2024-03-12 10:42)`): the index of the first token after it, or `i`.
/// A bullet opening line `i`, which may open a list of turns as well (`* Keanu: will review after
/// lunch` in standup notes).
fn bullet(doc: &Doc<'_>, i: usize) -> bool {
    ["*", "-", "•", "+"].contains(&doc.toks[i].lower.as_ref()) && doc.toks.get(i + 1).is_some_and(|t| t.space_before && !t.line_start)
}

/// The token after a line's time stamp, date or bullet (`[09:26]`, `12/03/24, 10:42 -`), or `i`.
pub(crate) fn skip_stamp(doc: &Doc<'_>, i: usize) -> usize {
    let n = doc.toks.len();
    let i = if bullet(doc, i) { i + 1 } else { i };
    let mut k = i;
    if doc.toks[k].is_punct('[') || doc.toks[k].is_punct('(') {
        while k < n && !doc.toks[k].is_punct(']') && !doc.toks[k].is_punct(')') && (k == i || !doc.toks[k].line_start) {
            k += 1;
        }
        return (k + 1).min(n);
    }
    // Numbers joined by `/ . : , -` and an optional am/pm, then an optional ` - `.
    let mut nums = 0;
    while k < n && (k == i || !doc.toks[k].line_start) {
        let t = &doc.toks[k];
        // A date with its month spelled out, in an export's own language (`24 novembre 2023, 18:02
        // -`, `27 de octubre de 2023, 9:52 -`): the month word between numbers.
        let month =
            |j: usize| doc.toks.get(j).is_some_and(|m| m.is_word() && (m.rf(rules::F_CALENDAR) || rules::other_language_month(&m.lower)));
        let spelled = nums > 0
            && t.is_word()
            && (month(k)
                || (matches!(&*t.lower, "de" | "del") && (month(k + 1) || doc.toks.get(k + 1).is_some_and(|u| u.kind == Kind::Num))))
            && doc.toks.get(k + 1).is_some_and(|u| !u.line_start);
        if t.kind == Kind::Num {
            nums += 1;
            k += 1;
        } else if spelled || (nums > 0 && (joins_numbers(doc, k) || t.is_word() && matches!(&*t.lower, "am" | "pm"))) {
            k += 1;
        } else {
            break;
        }
    }
    if nums == 0 {
        return i;
    }
    if k < n && !doc.toks[k].line_start && ["-", "|", "]", ".", ")", ":"].iter().any(|p| doc.toks[k].lower.as_ref() == *p) {
        k += 1;
    }
    k
}

/// Lower-case names: `abigail davis`, `its brittany`.
pub(super) fn lowercase(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.is_word() || t.shape != Shape::Lower {
            continue;
        }
        let w = t.wordinfo();
        let chatty = doc.lowercase_chat || lowercase_line(doc, i);
        let intro = i > 0
            && doc.toks[i - 1].is_word()
            && doc.toks[i - 1].rf(rules::F_CHAT_INTRO)
            && (doc.lowercase_chat || doc.toks[i - 1].shape == Shape::Lower)
            && strong_intro(doc, i - 1, chatty);
        if intro && chatty && !w.is_wordy() && w.zipf < 3.5 && t.char_len() >= 3 && !t.rf(rules::F_CHAT_INTRO | rules::F_GREETINGS) {
            // `its oluwaseun adeyemi`: unknown words after an introduction, one or two of them.
            let two = i + 1 < n && {
                let next = &doc.toks[i + 1];
                next.is_word()
                    && next.shape == Shape::Lower
                    && next.space_before
                    && !next.line_start
                    && !next.wordinfo().is_wordy()
                    && (next.wordinfo().is_census() || next.wordinfo().zipf < 3.0)
            };
            if w.is_census() || w.info_unknown() {
                out.push(i, if two { i + 2 } else { i + 1 }, Ent::Person, 0.55);
                continue;
            }
        }
        if !w.is_first() || w.is_wordy() {
            continue;
        }
        // first + last
        if i + 1 < n
            && doc.toks[i + 1].is_word()
            && doc.toks[i + 1].shape == Shape::Lower
            && doc.toks[i + 1].space_before
            && !doc.toks[i + 1].line_start
        {
            let l = doc.toks[i + 1].wordinfo();
            if l.is_last() && !l.is_wordy() && l.last >= 0.002 && doc.toks[i + 1].char_len() >= 3 {
                out.push(i, i + 2, Ent::Person, 0.6);
                continue;
            }
        }
        // after an introduction word, or after `com o`, `con la`, `avec le` (the article that
        // Portuguese, Spanish and Italian chat puts before a given name)
        let article = i > 1 && doc.toks[i - 1].is_word() && matches!(&*doc.toks[i - 1].lower, "o" | "a" | "la" | "il" | "el" | "le");
        let k = if article { i - 1 } else { i };
        if k > 0
            && doc.toks[k - 1].is_word()
            && doc.toks[k - 1].rf(rules::F_CHAT_INTRO)
            && (doc.lowercase_chat || doc.toks[k - 1].shape == Shape::Lower)
            && (!article || (doc.lowercase_chat && matches!(&*doc.toks[k - 1].lower, "com" | "con" | "avec" | "with")))
        {
            out.push(i, i + 1, Ent::Person, 0.55);
        }
    }
}

/// The line of token `i` is written in lower case (chat typed without capitals): two or more words
/// and none capitalised.
///
/// Not a line that carries on a sentence of the line above (a word ends that line, and this one
/// starts with a word that is no `speaker:`): wrapped prose has lines without capitals too, and
/// `familiar with its internals` or `it is instantiated` there are no introductions.
fn lowercase_line(doc: &Doc<'_>, i: usize) -> bool {
    let (a, b) = (doc.line_first(i), doc.line_end(i));
    if a > 0 && a + 1 < b {
        let (prev, first) = (&doc.toks[a - 1], &doc.toks[a]);
        let wrapped = prev.line + 1 == first.line && prev.kind == Kind::Word && first.kind == Kind::Word && !doc.toks[a + 1].is_punct(':');
        if wrapped {
            return false;
        }
    }
    let mut words = 0;
    for t in &doc.toks[a..b] {
        if t.kind == Kind::Word && !t.masked {
            if t.shape != Shape::Lower {
                return false;
            }
            words += 1;
        }
    }
    words >= 2
}

/// An introduction word that names the next word outside whole chats too: `it's`, `i'm`, `ping`,
/// `thanks`; `is` only in `this is` / `name is`; `with` (and the six languages' `com`, `mit`, `con`,
/// `avec`, `met`), `from`, `love`, `miss` only in chats.
fn strong_intro(doc: &Doc<'_>, k: usize, chatty: bool) -> bool {
    match &*doc.toks[k].lower {
        "is" => k > 0 && matches!(&*doc.toks[k - 1].lower, "this" | "name" | "it" | "here"),
        "with" | "from" | "love" | "miss" | "email" | "call" | "told" | "asked" | "name" | "message" | "com" | "mit" | "con" | "avec"
        | "met" => doc.lowercase_chat,
        _ => chatty || doc.lowercase_chat,
    }
}
