//! Document structure as context: form labels (`Patient: …`), JSON keys, `key=value` pairs, CSV
//! columns, and the field name the document layer passes in [`pii_core::engine::SegmentContext`].

use crate::cand::{Cands, Ent, Rule};
use crate::doc::{Doc, Kind, Shape};
use crate::lexicon::Lexicon;
use crate::rules;

mod arrays;
mod columns;
mod content_lines;
mod form_block;
mod heading_row;
mod name_field;
mod table;
mod value;

use arrays::arrays;
pub(crate) use columns::columns;
use content_lines::content_lines;
pub(crate) use form_block::beside_known_field;
pub(crate) use heading_row::column_heading;
use name_field::name_field;
pub(crate) use name_field::names_only;
use table::csv;
pub(crate) use table::in_header_row;
pub(crate) use value::{person_value, value};

/// What a field holds, by its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyClass {
    /// A person; `weak` labels (`From`, `Re`) need a value that looks like a name.
    Person {
        weak: bool,
    },
    Location,
    Org,
    /// The name a person shows in a chat or a forum (`display_name`, `nickname`): a single
    /// lower-case word there (`"display_name": "hakon"`) is that person too.
    Handle,
}

/// Labels of the name a person shows to others.
const HANDLE_KEYS: &[&str] = &["display name", "nickname", "nick name", "screen name", "chat name"];

const WEAK_PERSON_KEYS: &[&str] = &[
    // Words that also label machines, accounts and ranks (`Server: db-01`, `User: admin`).
    "agent",
    "operator",
    "host",
    "server",
    "engineer",
    "officer",
    "captain",
    "chef",
    "guard",
    "user",
    "username",
    "login",
    "approved",
    "reviewed",
    "authorised",
    "authorized",
    "from",
    "to",
    "cc",
    "bcc",
    "re",
    "attn",
    "attention",
    "contact",
    "owner",
    "member",
    "rep",
    "partner",
    "parent",
    "holder",
    "person",
    "signature",
    "signed",
    "customer",
    "client name",
    "driver",
    "caller",
    "sender",
    "recipient",
    "user full name",
    "display name",
    "kontakt",
    "contacto",
    "cliente",
    "kunde",
    "kundin",
    "klient",
    "klientka",
    "responsable",
    "referente",
    "asiakas",
    "müşteri",
    "ügyfél",
    "point of contact",
    "poc",
    "subject",
    "speaker",
    "presenter",
    "attendee",
    "authors",
    "contributors",
    "contributor",
    "maintainers",
];

/// Classifies a label, JSON key or column header (`home_address`, `Emergency contact`, `fullName`).
pub(crate) fn classify_key(raw: &str) -> Option<KeyClass> {
    // A label in both genders (`Trabajador/a`, `Schüler/in`, `Leserin/Leser`) is the label of
    // either: the forms around the slash are tried in turn.
    if let Some((head, tail)) = raw.split_once('/')
        && !head.trim().is_empty()
        && tail.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !tail.is_empty()
    {
        return classify_one(head).or_else(|| if tail.chars().count() > 4 { classify_one(tail) } else { None });
    }
    classify_one(raw)
}

/// [`classify_key`] of one form of a label.
fn classify_one(raw: &str) -> Option<KeyClass> {
    let raw = without_qualifier(raw);
    let mut norm = String::with_capacity(raw.len() + 4);
    let mut prev_lower = false;
    for c in raw.chars() {
        if c.is_uppercase() && prev_lower {
            norm.push(' ');
        }
        prev_lower = c.is_lowercase();
        if c.is_alphanumeric() {
            norm.extend(c.to_lowercase());
        } else {
            norm.push(' ');
        }
    }
    let words: Vec<&str> = norm.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 {
        return None;
    }
    // `Nome(s) próprio(s)`, `Prénom(s) usuel(s)`: a plural mark inside the label is dropped too.
    let last = words.len() - 1;
    let words: Vec<&str> = words.iter().enumerate().filter(|&(k, w)| *w != "s" || k == 0 || k == last).map(|(_, w)| *w).collect();
    classify_words(&words).or_else(|| {
        // The plural of a known label (`Guests`, `Passengers`) and `Forename(s)`.
        let (last, rest) = words.split_last()?;
        let singular = if *last == "s" && !rest.is_empty() {
            return classify_words(rest);
        } else {
            last.strip_suffix('s').filter(|s| s.len() >= 3 && !s.ends_with('s'))
        };
        // German writes the plural of a noun in `-e` with `-n` (`Vornamen`, `Nachnamen`).
        let german = last.strip_suffix('n').filter(|s| s.len() >= 4 && s.ends_with('e'));
        [singular, german].into_iter().flatten().find_map(|one| {
            let mut words = rest.to_vec();
            words.push(one);
            classify_words(&words)
        })
    })
}

/// The words that label a name, in the seven languages.
const NAME_HEADS: &[&str] = &["name", "nom", "nombre", "nome", "naam"];

/// Prepositions and articles between a name label and whose name it is.
const OF_WORDS: &[&str] = &[
    "of", "the", "des", "der", "du", "de", "del", "della", "dello", "dei", "degli", "delle", "do", "da", "dos", "das", "van", "het", "la",
    "le", "les", "l", "d", "el", "los", "il", "lo",
];

/// `Name des Täuflings`, `Nome del battezzato`, `Name of the deceased`: a name label, then whose
/// name it is. A person unless that noun is a firm's, a street's or an organisation's word
/// (`Name der Firma` is classified by its noun first); weak, so the value must look like a name.
fn name_of(words: &[&str]) -> Option<KeyClass> {
    let (head, rest) = words.split_first()?;
    if !NAME_HEADS.contains(head) || !rest.first().is_some_and(|w| OF_WORDS.contains(w)) {
        return None;
    }
    let nouns: Vec<&str> = rest.iter().copied().skip_while(|w| OF_WORDS.contains(w)).collect();
    let thing = rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX | rules::F_STREET_SUFFIX | rules::F_STREET_PREFIXES;
    if nouns.is_empty() || nouns.len() > 2 || nouns.iter().any(|n| rules::flags_of(n) & thing != 0) {
        return None;
    }
    Some(KeyClass::Person { weak: true })
}

/// A label without the qualifier in brackets that forms add to it (`Received by (print)`, `Name
/// (block capitals)`); a plural mark (`Forename(s)`) stays, and so does a label that is nothing
/// but brackets.
fn without_qualifier(raw: &str) -> std::borrow::Cow<'_, str> {
    if let Some(open) = raw.find('(')
        && let Some(len) = raw[open..].find(')')
        && raw[open + 1..open + len].chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !raw[..open].trim().is_empty()
    {
        let mut out = raw[..open].to_owned();
        out.push(' ');
        out.push_str(&raw[open + len + 1..]);
        return std::borrow::Cow::Owned(out);
    }
    std::borrow::Cow::Borrowed(raw)
}

/// [`classify_key`] of a label already split into lowercase words.
fn classify_words(words: &[&str]) -> Option<KeyClass> {
    // Longest match first: the whole label, then without its leading words (`Electronically signed`).
    for skip in 0..words.len() {
        let key = words[skip..].join(" ");
        if HANDLE_KEYS.contains(&key.as_str()) {
            return Some(KeyClass::Handle);
        }
        if rules::is_org_key(&key) {
            return Some(KeyClass::Org);
        }
        if rules::is_location_key(&key) {
            return Some(KeyClass::Location);
        }
        if rules::is_person_key(&key) {
            return Some(KeyClass::Person { weak: skip > 0 || WEAK_PERSON_KEYS.contains(&key.as_str()) });
        }
    }
    if let Some(class) = name_of(words) {
        return Some(class);
    }
    // `Interview conducted by`, `Witnessed by`, `Transcribed by`: a past participle and `by` names
    // who did it, whatever the verb; weak, so the value must still look like a name.
    if let [.., verb, "by"] = words
        && participle(verb)
    {
        return Some(KeyClass::Person { weak: true });
    }
    // `Head of Tax`, `Tax Analyst`, `CFO` (an org chart's dotted leaders): a job title labels the
    // person who holds it; weak, so the value must look like a name.
    // Not the words of a department in the same list (`Team`, `Sales`, `Support`).
    let department = |w: &str| matches!(w, "team" | "department" | "desk" | "office" | "services" | "support" | "operations" | "sales");
    let job = words.last().is_some_and(|w| rules::JOB_WORDS.contains(w) && !department(w));
    if job || (words.len() >= 3 && words[0] == "head" && words[1] == "of") {
        return Some(KeyClass::Person { weak: true });
    }
    // `Place of issue`, `Country of origin`, `Port of entry`: a place noun with what it is the
    // place of.
    if words.len() >= 3 && words[1] == "of" && matches!(words[0], "place" | "city" | "town" | "country" | "port" | "location") {
        return Some(KeyClass::Location);
    }
    None
}

/// The word or label `raw` names a field that holds a person (`Petitioner`, `Tenant`, `Patient`):
/// after a name it is the name's role, not a second name.
pub(crate) fn names_person_field(raw: &str) -> bool {
    matches!(classify_key(raw), Some(KeyClass::Person { .. }))
}

/// A past participle of English: a regular `-ed` form of four letters or more, or a common
/// irregular one.
fn participle(word: &str) -> bool {
    const IRREGULAR: &[&str] =
        &["seen", "done", "written", "taken", "given", "drawn", "made", "run", "led", "held", "sent", "kept", "read", "paid"];
    (word.len() >= 4 && word.ends_with("ed") && word.is_ascii()) || IRREGULAR.contains(&word)
}

/// First token index whose start is at or after `byte`.
pub(super) fn tok_at(doc: &Doc<'_>, byte: usize) -> usize {
    doc.toks.partition_point(|t| t.start < byte)
}

/// Runs every structural rule.
pub(crate) fn find(doc: &Doc<'_>, lex: &Lexicon, field: Option<&str>, out: &mut Cands) {
    if let Some(class) = field.and_then(classify_key) {
        out.rule = Rule::FieldName;
        value(doc, lex, class, 0, doc.toks.len(), 0.9, out);
    }
    out.rule = Rule::Label;
    labels(doc, lex, out);
    out.rule = Rule::QuotedPair;
    quoted_pairs(doc, lex, out);
    out.rule = Rule::KeyEquals;
    key_equals(doc, lex, out);
    out.rule = Rule::CsvColumn;
    csv(doc, lex, out);
    out.rule = Rule::XmlElement;
    xml_elements(doc, lex, out);
    out.rule = Rule::ContentLine;
    content_lines(doc, lex, out);
    out.rule = Rule::KeyArray;
    arrays(doc, lex, out);
}

/// `<firstName>Emre</firstName>`, `<contact.name>…</contact.name>`: an element whose tag is a label
/// gives its text that label's class. Only elements whose text stays on one line.
fn xml_elements(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let text = doc.text;
    let mut from = 0;
    while let Some(rel) = text[from..].find('<') {
        let open = from + rel;
        from = open + 1;
        let tag_len = text[open + 1..].find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '.' | ':' | '-'))).unwrap_or(0);
        if tag_len == 0 || !text[open + 1 + tag_len..].starts_with('>') {
            continue;
        }
        let tag = &text[open + 1..open + 1 + tag_len];
        let vs = open + tag_len + 2;
        let Some(ve_rel) = text[vs..].find('<') else { break };
        let ve = vs + ve_rel;
        let closes = text[ve..].strip_prefix("</").is_some_and(|r| r.starts_with(tag) && r[tag.len()..].starts_with('>'));
        if !closes || text[vs..ve].contains('\n') || ve == vs {
            continue;
        }
        // `ns:firstName` is judged as `firstName`.
        let local = tag.rsplit(':').next().unwrap_or(tag);
        if let Some(class) = classify_key(local) {
            value(doc, lex, class, tok_at(doc, vs), tok_at(doc, ve), 0.9, out);
        }
        from = ve;
    }
}

/// `Label: value` at the start of a line or after a column gap.
fn labels(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let t = &doc.toks[i];
        let opens = t.line_start
            || t.wide_gap_before
            // After a sentence's full stop, capitalised or an abbreviation in capitals (`Obs
            // stable. NOK: Hamza Idrissi`).
            || (i > 0 && (doc.toks[i - 1].is_punct('|') || (doc.toks[i - 1].is_punct('.') && matches!(t.shape, Shape::Cap | Shape::Upper))))
            || after_enumerator(doc, i)
            || after_bullet(doc, i);
        if !opens || !(t.kind == Kind::Word) {
            i += 1;
            continue;
        }
        // The label: up to 6 words with light punctuation, then a colon.
        let mut j = i;
        let mut words = 0;
        while j < n && words <= 6 {
            let u = &doc.toks[j];
            if j > i && (u.line_start || u.wide_gap_before) {
                break;
            }
            if j > i && leader_end(doc, j).is_some() && !u.is_punct('|') {
                break; // a dotted leader ends the label
            }
            if u.kind == Kind::Word || (u.kind == Kind::Num && j > i) {
                words += 1;
                j += 1;
            } else if u.kind == Kind::Punct && matches!(&*u.lower, "-" | "/" | "." | "(" | ")" | "#" | "&" | "'" | "_") {
                j += 1;
            } else {
                break;
            }
        }
        // The separator: a colon, a dotted leader or a table bar (`Office ........ Valencia`,
        // `Employer | Kestrel Ltd`); the value must still look like its class, so a table of
        // contents (`Location ........ 45`) gives nothing.
        let leader = if j < n && !doc.toks[j].is_punct(':') { leader_end(doc, j) } else { None };
        // A form copied as two columns, `Surname<TAB>BADAWI-RAGAB`: a label that opens its line and
        // that the lists know, then a column gap; the gap is the separator. Not in fenced code,
        // where `name  TEXT NOT NULL` is a column of a table definition.
        let gap = leader.is_none()
            && j > i
            && j < n
            && t.line_start
            && !doc.in_fenced_code(i)
            && doc.toks[j].wide_gap_before
            && !doc.toks[j].line_start
            && !doc.toks[j].is_punct(':')
            && words > 0
            && classify_key(&doc.text[t.start..doc.toks[j - 1].end]).is_some();
        if j >= n || !(doc.toks[j].is_punct(':') || leader.is_some() || gap) || words == 0 || words > 6 {
            i += 1;
            continue;
        }
        let label = &doc.text[t.start..doc.toks[j - 1].end];
        let colon = if gap { j - 1 } else { leader.map_or(j, |e| e - 1) };
        let Some(class) = classify_key(label) else {
            // A label no list knows: the value may still be nothing but names; not after a full
            // stop in capitals, where an unknown word is an abbreviation (`BP: …`) or a note.
            if !t.line_start && t.shape == Shape::Upper && doc.toks[i - 1].is_punct('.') {
                i = colon + 1;
                continue;
            }
            let (a, b) = (colon + 1, field_end(doc, colon + 1));
            // After a colon only: a dotted leader's unknown label is a table of contents or a
            // price list more often than a form.
            if a < b && !doc.toks[a].line_start && leader.is_none() {
                out.rule = Rule::NameField;
                name_field(doc, a, b, out);
                out.rule = Rule::Label;
            }
            i = colon + 1;
            continue;
        };
        // The value: the rest of the line up to a column gap, `|` or `;`; or the next line if empty.
        let mut a = colon + 1;
        if a < n && doc.toks[a].line_start {
            // `Address:` alone on its line: the value is the next line.
            if class == (KeyClass::Person { weak: true }) {
                i = colon + 1;
                continue;
            }
            // `Bill to:` alone on its line opens an address block whose first line is the addressee.
            if class == KeyClass::Location
                && let Some(end) = addressee_line(doc, a)
            {
                person_value(doc, a, end, true, 0.85, out);
                i = end;
                continue;
            }
        } else if a < n && doc.toks[a].kind == Kind::Punct && doc.toks[a].lower.as_ref() == "/" {
            i = colon + 1;
            continue; // a URL, not a label
        }
        let next_line = a < n && doc.toks[a].line_start;
        let b = field_end(doc, a);
        while a < b && doc.toks[a].kind == Kind::Punct && matches!(&*doc.toks[a].lower, "\"" | "'" | "-" | "*") {
            a += 1;
        }
        // `attendees:` over a YAML list of `- name: Kiri Waititi`: the next line is a field of its
        // own, read on its own.
        if next_line && (a..b.min(a + 4)).any(|k| doc.toks[k].is_punct(':') && k > a && doc.toks[k - 1].is_word()) {
            i = colon + 1;
            continue;
        }
        // A plural label over nothing but names (`Guests: Somchai Rattanakorn, Mamadou Fall`).
        if matches!(class, KeyClass::Person { .. })
            && plural_label(label)
            && let Some(names) = names_only(doc, a, b)
        {
            for (x, y) in names {
                out.push(x, y, Ent::Person, 0.85);
            }
            i = b.max(colon + 1);
            continue;
        }
        // `BILL TO: Madalena Tavares`, `Deliver to: Anyanwu, Ifeoluwa`: an addressee label whose
        // value on the line is only a person's name (a given name the lists know, no number) names
        // the person; with a street or a town it stays an address.
        if class == KeyClass::Location && addressee_label(label) && only_a_person(doc, a, b) {
            person_value(doc, a, b, true, 0.9, out);
            i = b.max(colon + 1);
            continue;
        }
        let before = out.list.len();
        value(doc, lex, class, a, b, 0.9, out);
        // A plural label (`Attendees:`, `Participants:`) lists people: `A, B and C`.
        if matches!(class, KeyClass::Person { .. })
            && plural_label(label)
            && let Some(first) = out.list.get(before..).and_then(|new| new.iter().find(|c| c.ent == Ent::Person))
        {
            crate::credit::more_names(doc, first.b, 0.85, out);
        }
        i = b.max(colon + 1);
    }
}

/// The end of a field's value that starts at `a`: the end of the line, a column gap, `|` or `;`.
fn field_end(doc: &Doc<'_>, a: usize) -> usize {
    let n = doc.toks.len();
    let mut b = a;
    while b < n {
        let u = &doc.toks[b];
        if b > a && (u.line_start || u.wide_gap_before) {
            break;
        }
        if u.kind == Kind::Punct && matches!(&*u.lower, "|" | ";") {
            break;
        }
        b += 1;
    }
    b
}

/// A label naming several people (`Attendees`, `Participants`, `Authors`), not `Witness`.
/// `Bill to`, `Ship to`, `Deliver to`: a label whose value opens with the addressee.
fn addressee_label(label: &str) -> bool {
    let l = label.trim().to_lowercase();
    matches!(l.as_str(), "bill to" | "ship to" | "deliver to" | "sold to" | "invoice to" | "send to")
}

/// Tokens `a..b` are two to four words and nothing else of an address: no number, no street or
/// unit word, no place first, and a given name the lists know among them.
fn only_a_person(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let toks = &doc.toks[a..b];
    let words: Vec<_> = toks.iter().filter(|t| t.is_word()).collect();
    // A title opening the value (`Mrs Olufunmilayo Bankole`) says person, whatever the lists know
    // of the names after it.
    let titled = words.first().is_some_and(|t| t.rf(rules::F_TITLES) && t.shape != Shape::Lower);
    (2..=4).contains(&words.len())
        && !toks.iter().any(|t| matches!(t.kind, Kind::Num | Kind::Alnum))
        && !words.iter().any(|t| t.rf(rules::F_STREET_SUFFIX | rules::F_UNIT_WORDS | rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX))
        && (titled
            || (words.first().is_some_and(|t| t.wordinfo().place.is_none() || t.wordinfo().is_first())
                && words.iter().any(|t| t.wordinfo().is_first() && !t.wordinfo().is_wordy())))
}

fn plural_label(label: &str) -> bool {
    let l = label.trim().to_lowercase();
    (l.ends_with('s') && !l.ends_with("ss"))
        || matches!(
            l.as_str(),
            "present"
                | "in attendance"
                | "attendance"
                | "absent"
                | "aanwezig"
                | "afwezig"
                | "anwesend"
                | "abwesend"
                | "presenti"
                | "assenti"
        )
}

/// The first line of an address block under a label alone on its line (`Bill to:` / `Jane Doe` /
/// `12 High Street`): two to four capitalised words, no number, not starting with a known place,
/// with more lines of the block after it. The token index where that line ends.
fn addressee_line(doc: &Doc<'_>, a: usize) -> Option<usize> {
    let n = doc.toks.len();
    let end = (a + 1..n).find(|&k| doc.toks[k].line_start).unwrap_or(n);
    let toks = &doc.toks[a..end];
    let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
    let block_goes_on = end < n && doc.toks[end].line == doc.toks[end - 1].line + 1;
    // A place starts with its first word (`New Delhi`, `Leeds`); a name may end in a town's name
    // (`Junjie Sun`).
    let namelike = toks.iter().all(|t| t.kind == Kind::Word && matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other))
        && toks.first().is_some_and(|t| t.wordinfo().place.is_none() && !t.wordinfo().starts_place);
    ((2..=4).contains(&words) && namelike && block_goes_on).then_some(end)
}

/// `[1] Full legal name:`, `(b) Claimant:`, `3) Patient:`: a label after a short enumerator that
/// opens the line.
fn after_enumerator(doc: &Doc<'_>, i: usize) -> bool {
    if i == 0 || !(doc.toks[i - 1].is_punct(']') || doc.toks[i - 1].is_punct(')')) {
        return false;
    }
    let first = doc.line_first(i);
    i - first <= 4 && i - first >= 2 && doc.toks[first + 1..i - 1].iter().all(|t| t.kind != Kind::Punct && t.char_len() <= 3)
}

/// `- name: Kiri Waititi` in a YAML list, `* Owner: Dawit` in a Markdown one: a label after the
/// bullet that opens the line.
fn after_bullet(doc: &Doc<'_>, i: usize) -> bool {
    i > 0 && doc.toks[i - 1].line_start && matches!(&*doc.toks[i - 1].lower, "-" | "*" | "•" | "+") && doc.toks[i].space_before
}

/// A dotted leader (`Applicant ......... X`, at least two dots or an ellipsis) or a table bar
/// (`Name | X`) at token `j` that separates a label from its value on the same line: the token
/// index after it.
pub(crate) fn leader_end(doc: &Doc<'_>, j: usize) -> Option<usize> {
    let n = doc.toks.len();
    let t = &doc.toks[j];
    if t.line_start {
        return None;
    }
    if t.is_punct('|') {
        // Only a row of two cells is a label and its value: in `Naam | Functie | Telefoon` the bars
        // part the columns of a header (a closing bar at the line's end is no third cell).
        let line_end = doc.line_end(j);
        let more = (j + 1..line_end).any(|k| doc.toks[k].is_punct('|') && k + 1 < line_end);
        return (j + 1 < n && !doc.toks[j + 1].line_start && !more).then_some(j + 1);
    }
    let mut k = j;
    while k < n && (doc.toks[k].is_punct('.') || doc.toks[k].is_punct('…') || doc.toks[k].is_punct('_')) && !doc.toks[k].line_start {
        k += 1;
    }
    let dots = k - j >= 2 || (k - j == 1 && doc.toks[j].is_punct('…'));
    (dots && k < n && !doc.toks[k].line_start).then_some(k)
}

/// `"key": "value"` (JSON, Python dicts).
fn quoted_pairs(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i + 4 < n {
        let q = &doc.toks[i];
        if !(q.is_punct('"') || q.is_punct('\'')) {
            i += 1;
            continue;
        }
        let quote = q.lower.clone();
        // Closing quote of the key.
        let mut k = i + 1;
        while k < n && k < i + 12 && !doc.toks[k].lower.eq(&quote) {
            k += 1;
        }
        if k + 2 >= n || k == i + 1 || !doc.toks[k].lower.eq(&quote) || !doc.toks[k + 1].is_punct(':') {
            i += 1;
            continue;
        }
        let key = &doc.text[doc.toks[i].end..doc.toks[k].start];
        let vq = k + 2;
        if !doc.toks[vq].lower.eq(&quote) {
            i = k + 1;
            continue;
        }
        let mut e = vq + 1;
        while e < n && !doc.toks[e].lower.eq(&quote) && !doc.toks[e].line_start {
            e += 1;
        }
        if let Some(class) = classify_key(key) {
            value(doc, lex, class, vq + 1, e, 0.9, out);
        }
        i = e + 1;
    }
}

/// `key=value` and `key="value"` in logs and query strings.
fn key_equals(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 1..n.saturating_sub(1) {
        if !doc.toks[i].is_punct('=') || doc.toks[i].space_before || doc.toks[i + 1].space_before {
            continue;
        }
        // The key: the glued chunk before `=`.
        let mut k = i;
        while k > 0 && !doc.toks[k].space_before && !doc.toks[k].line_start && !doc.toks[k - 1].is_punct('(') {
            k -= 1;
        }
        if doc.toks[k].space_before && k < i && doc.toks[k].kind == Kind::Punct {
            k += 1;
        }
        let key = &doc.text[doc.toks[k].start..doc.toks[i].start];
        let Some(class) = classify_key(key) else { continue };
        let (a, b) = if doc.toks[i + 1].is_punct('"') || doc.toks[i + 1].is_punct('\'') {
            let q = doc.toks[i + 1].lower.clone();
            let mut e = i + 2;
            while e < n && !doc.toks[e].lower.eq(&q) && !doc.toks[e].line_start {
                e += 1;
            }
            (i + 2, e)
        } else {
            let mut e = i + 2;
            while e < n && !doc.toks[e].space_before && !doc.toks[e].line_start {
                e += 1;
            }
            (i + 1, e)
        };
        // Values glued by `+` or `%20` in query strings are left to other rules.
        value(doc, lex, class, a, b, 0.85, out);
    }
}
