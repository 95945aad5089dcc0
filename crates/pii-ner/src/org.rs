//! Organisations: names ending in a legal form or a typical head word, law-firm style lists of
//! surnames, hyphenated surname pairs, and defined terms in contracts (`X ("Company")`).

use crate::cand::{Cands, Ent, Rule};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

fn cap(doc: &Doc<'_>, j: usize) -> bool {
    let t = &doc.toks[j];
    t.is_word() && matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other) && !t.rf(rules::F_CALENDAR)
}

/// Walks left from `e` (exclusive end of the head) over the name; returns its start.
fn name_start(doc: &Doc<'_>, head: usize, allow_commas: bool) -> usize {
    let mut a = head;
    let mut k = head;
    let mut steps = 0;
    while k > 0 && steps < 8 {
        let p = k - 1;
        let t = &doc.toks[p];
        if doc.toks[k].line_start {
            break;
        }
        if cap(doc, p) && !t.rf(rules::F_GREETINGS) && !t.rf(rules::F_TITLES) {
            a = p;
            k = p;
            steps += 1;
            // Stop before a sentence start that is a common word (`The`, `Our`).
            continue;
        }
        // One or two joining words between capitalised words (`Levante y Asociados`, `Hermanos de
        // la Fuente`, `Construcciones del Ebro`, `Fratelli di Rota`).
        // German `der`, `den` are articles (`Team der Dalvenne AG`): joining words only in a
        // Dutch or German family name, after `van` or `von` (`van der Linden`).
        let article = matches!(&*t.lower, "der" | "den") && !(p > 0 && matches!(&*doc.toks[p - 1].lower, "van" | "von"));
        let joined = if (t.is_punct('&') || joiner(t)) && !article {
            if p > 0 && cap(doc, p - 1) {
                Some(p)
            } else if p > 1 && joiner(&doc.toks[p - 1]) && cap(doc, p - 2) {
                Some(p - 1)
            } else {
                None
            }
        } else {
            None
        };
        if let Some(p) = joined {
            let t = &doc.toks[p];
            // A legal form before the joiner ends another organisation (`Kestrel Ltd and Bluemarsh
            // GmbH`), unless a legal form follows it too (`Müller GmbH & Co. KG`).
            if doc.toks[p - 1].rf(rules::F_LEGAL_SUFFIX) && !doc.toks[k].rf(rules::F_LEGAL_SUFFIX) {
                break;
            }
            // `of` joins a name to what it heads (`Bank of Ireland plc`, `Society of Authors
            // Ltd`); after a rare word it follows a person (`Ovidiu Moldovan of Quintessa AB`).
            if &*t.lower == "of" && person_before_of(doc, p - 1) {
                break;
            }
            k = p;
            steps += 1;
            continue;
        }
        if allow_commas && t.is_punct(',') && p > 0 && cap(doc, p - 1) && doc.toks[p - 1].wordinfo().last > 0.0 {
            k = p;
            steps += 1;
            continue;
        }
        break;
    }
    // Drop leading common words such as `The`, `Our`, `Dear`, `Subject`.
    while a < head
        && doc.toks[a].is_word()
        && (matches!(&*doc.toks[a].lower, "the" | "our" | "your" | "a" | "an" | "at" | "with" | "from" | "for")
            || (doc.sentence_start(a) && doc.toks[a].wordinfo().zipf >= 5.0))
    {
        a += 1;
    }
    while a < head && !doc.toks[a].is_word() {
        a += 1;
    }
    a
}

/// A lower-case word that joins the words of a firm's name in the seven languages.
fn joiner(t: &crate::doc::Token<'_>) -> bool {
    t.is_word()
        && t.shape == Shape::Lower
        && matches!(
            &*t.lower,
            "and"
                | "of"
                | "the"
                | "für"
                | "und"
                | "et"
                | "de"
                | "del"
                | "la"
                | "las"
                | "los"
                | "y"
                | "e"
                | "i"
                | "da"
                | "do"
                | "dos"
                | "das"
                | "di"
                | "della"
                | "dei"
                | "degli"
                | "du"
                | "des"
                | "van"
                | "der"
                | "den"
                | "von"
        )
}

/// The word at `k`, before an `of`, ends a person's name rather than heads an organisation: no
/// organisation head nor common English word (`Bank`, `Ministry`, `Friends`), and a rare word or
/// a family name the lists know.
fn person_before_of(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let w = t.wordinfo();
    t.shape == Shape::Cap && !t.rf(rules::F_ORG_HEAD | rules::F_LEGAL_SUFFIX) && !w.is_wordy() && w.zipf < 3.5
}

/// The dot at token `dot` belongs to the word before it: a single letter (`S.A.`) or a legal form
/// written as an abbreviation (`Inc.`, `Ltd.`); after `SE`, `AG` or `Oy` it ends the sentence.
pub(crate) fn abbrev_dot(doc: &Doc<'_>, dot: usize) -> bool {
    dot > 0 && {
        let p = &doc.toks[dot - 1];
        p.kind == Kind::Word && (p.char_len() == 1 || rules::legal_form_takes_dot(&p.lower))
    }
}

/// A dotted or slashed legal form (`S.p.A.`, `S.à r.l.`, `A/S`, `Sp. z o.o.`) starting at token `i`:
/// the token index after it, longest spelling first.
pub(crate) fn dotted_form_end(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let t = doc.toks.get(i)?;
    if t.kind != Kind::Word || t.char_len() > 3 || !t.space_before || t.line_start {
        return None;
    }
    let rest = &doc.text[t.start..];
    let form = rules::DOTTED_SUFFIXES
        .iter()
        .filter(|f| f.len() > 3 || f.contains('/'))
        .filter(|f| rest.starts_with(**f) && !rest[f.len()..].chars().next().is_some_and(char::is_alphanumeric))
        .max_by_key(|f| f.len())?;
    let end_byte = t.start + form.len();
    Some(doc.toks.partition_point(|u| u.start < end_byte))
}

pub(crate) fn find(doc: &Doc<'_>, out: &mut Cands) {
    out.rule = Rule::LegalForm;
    legal_forms(doc, out);
    out.rule = Rule::OrgHead;
    heads(doc, out);
    out.rule = Rule::OrgPrefix;
    prefixed(doc, out);
    out.rule = Rule::Firm;
    firms(doc, out);
    out.rule = Rule::DefinedTerm;
    defined_terms(doc, out);
}

/// `Robinson Inc`, `Maplestone Capital Ltd`, `Northbridge Software Corp.`, `Müller GmbH & Co. KG`.
fn legal_forms(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 1..n {
        let t = &doc.toks[i];
        if !t.is_word() || !t.rf(rules::F_LEGAL_SUFFIX) {
            continue;
        }
        if matches!(&*t.lower, "group" | "holdings" | "associates" | "company" | "limited" | "private") {
            continue; // heads, handled below
        }
        if t.shape == Shape::Lower && &*t.lower != "plc" {
            continue; // heads, handled below
        }
        if i + 1 < n && doc.toks[i + 1].glued() && (doc.toks[i + 1].is_punct('-') || doc.toks[i + 1].kind == Kind::Num) {
            continue; // `AS-0989-C`: a code (a house number on the next line is no part of it)
        }
        if doc.toks[i - 1].shape == Shape::Upper && doc.toks[i - 1].char_len() <= 3 && t.shape == Shape::Upper {
            continue; // `SKU AS`
        }
        // Short forms that are also words or codes need a name glued before them.
        if matches!(&*t.lower, "as" | "ab" | "ad" | "se" | "sa" | "co" | "cv" | "lp" | "ag")
            && !(t.shape == Shape::Upper || t.shape == Shape::Cap)
        {
            continue;
        }
        // In an all-caps heading, a short form followed by more capitals is a word of the heading
        // (`CONTRATTO DI LOCAZIONE AD USO ABITATIVO`), not the end of a firm's name; a place or the
        // next column of a table after it is not (`KESTREL AB SWEDEN`), nor Mexico's `SA DE CV`. Only in
        // the other languages: English capitals keep the firms' short forms as they were.
        if matches!(&*t.lower, "as" | "ab" | "ad" | "se" | "sa" | "ag")
            && doc.language != pii_core::lang::Language::English
            && t.shape == Shape::Upper
            && i + 1 < n
            && !doc.toks[i + 1].line_start
            && !doc.toks[i + 1].wide_gap_before
            && doc.toks[i + 1].is_word()
            && doc.toks[i + 1].shape == Shape::Upper
            && !doc.toks[i + 1].rf(rules::F_LEGAL_SUFFIX)
            && doc.toks[i + 1].wordinfo().place.is_none()
            && &*doc.toks[i + 1].lower != "de"
        {
            continue;
        }
        if &*t.lower == "co" && !((i + 1 < n && doc.toks[i + 1].is_punct('.') && t.shape == Shape::Cap) || doc.toks[i - 1].is_punct('&')) {
            continue;
        }
        let mut head = i;
        let mut p = i;
        // `& Co.`, `and Co.`
        if i >= 2 && (doc.toks[i - 1].is_punct('&') || doc.toks[i - 1].lower.as_ref() == "and") {
            p = i - 1;
        }
        // `Foo, Inc.`
        if p >= 2 && doc.toks[p - 1].is_punct(',') && cap(doc, p - 2) {
            p -= 1;
        }
        if p == 0 || !cap(doc, p - 1) || doc.toks[p].line_start {
            continue;
        }
        let a = name_start(doc, p, true);
        if a >= p {
            continue;
        }
        // Extend over more legal-form tokens and the abbreviation dot: `Pty Ltd`, `Corp.`, `S.A.`.
        let mut e = head + 1;
        loop {
            if e < n && doc.toks[e].is_punct('.') && !doc.toks[e].space_before && abbrev_dot(doc, e) {
                e += 1;
                // S.A. / B.V.
                if e + 1 < n
                    && doc.toks[e].kind == Kind::Word
                    && doc.toks[e].char_len() == 1
                    && !doc.toks[e].space_before
                    && doc.toks[e + 1].is_punct('.')
                {
                    e += 2;
                }
                continue;
            }
            if e < n
                && doc.toks[e].is_word()
                && doc.toks[e].rf(rules::F_LEGAL_SUFFIX)
                && doc.toks[e].shape != Shape::Lower
                && !doc.toks[e].line_start
            {
                head = e;
                e += 1;
                continue;
            }
            // `Co., Ltd.`
            if e + 1 < n
                && doc.toks[e].is_punct(',')
                && doc.toks[e + 1].is_word()
                && doc.toks[e + 1].rf(rules::F_LEGAL_SUFFIX)
                && matches!(doc.toks[e + 1].shape, Shape::Cap | Shape::Upper)
                && !doc.toks[e + 1].line_start
                && !matches!(
                    &*doc.toks[e + 1].lower,
                    "as" | "ad" | "se" | "sa" | "co" | "group" | "holdings" | "associates" | "company" | "private"
                )
            {
                e += 1;
                continue;
            }
            if let Some(d) = dotted_form_end(doc, e) {
                e = d;
                continue;
            }
            break;
        }
        let _ = head;
        out.push(a, e, Ent::Org, 0.85);
    }
    // Dotted forms: `S.A.`, `B.V.`, `S.p.A.`
    for (i, t) in doc.toks.iter().enumerate() {
        if t.kind != Kind::Word || t.char_len() > 3 || i == 0 || !t.space_before {
            continue;
        }
        if let Some(e) = dotted_form_end(doc, i) {
            // `Zentrova Servicios, S.L.`, `Ambrelo, S.A.`: a comma may stand before the form.
            let head = if i >= 2 && doc.toks[i - 1].is_punct(',') && doc.toks[i - 1].glued() { i - 1 } else { i };
            if !cap(doc, head - 1) {
                continue;
            }
            let a = name_start(doc, head, true);
            if a < head {
                out.push(a, e, Ent::Org, 0.85);
            }
        }
    }
}

/// Heads that end many organisation names only if the name has another, uncommon word.
const WEAK_HEADS: &[&str] = &[
    "research",
    "health",
    "care",
    "data",
    "digital",
    "cloud",
    "law",
    "legal",
    "credit",
    "works",
    "network",
    "press",
    "records",
    "medicine",
    "interactive",
    "designs",
    "union",
    "mortgage",
    "payments",
    "wireless",
    "lending",
    "alliance",
    "collective",
    "workshop",
    "creations",
    "games",
    "pictures",
    "entertainment",
    "medical",
    "dental",
    "school",
    "church",
    "trust",
    "council",
    "services",
    "solutions",
    "systems",
    "group",
    "media",
    "energy",
    "finance",
    "financial",
    "marketing",
    "engineering",
    "transport",
    "shipping",
    "retail",
    "stores",
    "markets",
];

/// `Oakstone Capital`, `Northpoint Systems`, `University of Leeds`.
fn heads(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !cap(doc, i)
            || !t.rf(rules::F_ORG_HEAD)
            || t.rf(rules::F_LEGAL_SUFFIX) && !matches!(&*t.lower, "group" | "holdings" | "associates" | "company" | "limited")
        {
            continue;
        }
        if t.shape == Shape::Upper && doc.line_is_upper(i) {
            continue;
        }
        // Skip if the next token continues the name with another head (`Health Group`).
        if i + 1 < n && cap(doc, i + 1) && !doc.toks[i + 1].line_start && doc.toks[i + 1].rf(rules::F_ORG_HEAD) {
            continue;
        }
        let a = name_start(doc, i, false);
        let mut e = i + 1;
        // `Saltmere Medical Centre`, `Harbour Dental Practice`: a facility noun after the head
        // (a street word elsewhere, so not a head itself).
        if e < n
            && cap(doc, e)
            && !doc.toks[e].line_start
            && doc.toks[e].space_before
            && matches!(&*doc.toks[e].lower, "centre" | "center" | "practice" | "surgery" | "unit" | "campus")
        {
            e += 1;
        }
        // `University of Leeds`, `Bank of America`
        if e + 1 < n && doc.toks[e].lower.as_ref() == "of" && cap(doc, e + 1) && !doc.toks[e + 1].line_start {
            e += 2;
            while e < n && cap(doc, e) && !doc.toks[e].line_start && doc.toks[e].space_before {
                e += 1;
            }
        } else if a == i {
            continue;
        }
        // The other words must include something other than common words.
        let others: Vec<usize> = (a..e).filter(|&k| k != i && doc.toks[k].is_word() && cap(doc, k)).collect();
        if others.is_empty() {
            continue;
        }
        let uncommon = others.iter().any(|&k| {
            let w = doc.toks[k].wordinfo();
            !w.is_wordy() || w.zipf < 4.0
        });
        let weak = WEAK_HEADS.contains(&&*t.lower);
        let institution = matches!(
            &*t.lower,
            "commission"
                | "university"
                | "institute"
                | "ministry"
                | "council"
                | "bank"
                | "agency"
                | "authority"
                | "bureau"
                | "foundation"
                | "association"
                | "federation"
                | "hospital"
                | "college"
                | "polytechnic"
                | "academy"
                | "society"
                | "laboratories"
                | "airlines"
                | "airways"
        );
        let job = others.iter().any(|&k| {
            matches!(&*doc.toks[k].lower, "customer" | "account" | "project" | "office" | "senior" | "junior" | "chief" | "head" | "lead")
        });
        if job || (!uncommon && (weak || (others.len() < 2 && !institution))) {
            continue;
        }
        if doc.toks[a..e].iter().any(|u| u.masked) {
            continue;
        }
        out.push(a, e, Ent::Org, if weak { 0.7 } else { 0.8 });
    }
}

/// Head words that open an organisation's name in other languages (`Banco Santander`, `Groupe
/// Renault`, `Universidad de Chile`, `Deutsche Bahn`), where English puts the head last.
pub(crate) const PREFIX_HEADS: &[&str] = &[
    "banco",
    "banca",
    "banque",
    "bankhaus",
    "caja",
    "caixa",
    "grupo",
    "groupe",
    "gruppo",
    "universidad",
    "universidade",
    "università",
    "université",
    "universität",
    "instituto",
    "institut",
    "istituto",
    "fundación",
    "fundação",
    "fondazione",
    "fondation",
    "stiftung",
    "stichting",
    "compañía",
    "companhia",
    "compagnie",
    "sociedad",
    "sociedade",
    "società",
    "société",
    "deutsche",
    "clínica",
    "clinique",
    "klinikum",
    "colegio",
    "escuela",
    "école",
    "ecole",
    "ministerio",
    "ministère",
    "ayuntamiento",
    // Public bodies of the six languages (`Ministério da Saúde`, `Agenzia delle Entrate`, `Comune
    // di Milano`, `Câmara Municipal de Lisboa`, `Caisse d'Allocations Familiales`, `Gemeente
    // Utrecht`, `Finanzamt München`).
    "ministério",
    "ministero",
    "ministerie",
    "ministerium",
    "agenzia",
    "agencia",
    "agência",
    "comune",
    "câmara",
    "caisse",
    "préfecture",
    "gemeente",
    "finanzamt",
    "tribunal",
    "tribunale",
    "junta",
    "consejería",
    "generalitat",
    "diputación",
    "regione",
    "provincia",
    "prefeitura",
];

/// Particles between a prefix head and the name (`Universidad de Chile`, `Banque de France`).
const PREFIX_PARTICLES: &[&str] = &["de", "del", "della", "delle", "dei", "di", "du", "des", "da", "do", "dos", "der", "la", "le"];

/// `Banco Santander`, `Banque de France`: a prefix head, capitalised, then one to three capitalised
/// words (with particles between them) on the same line.
fn prefixed(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if t.shape != Shape::Cap || !t.is_word() || !PREFIX_HEADS.contains(&&*t.lower) {
            continue;
        }
        let mut e = i + 1;
        let mut words = 0;
        while e < n && words < 3 && !doc.toks[e].line_start && doc.toks[e].space_before {
            let u = &doc.toks[e];
            if u.is_word() && u.shape == Shape::Lower && PREFIX_PARTICLES.contains(&&*u.lower) && e + 1 < n && cap(doc, e + 1) {
                e += 1;
                continue;
            }
            if !cap(doc, e) || u.masked {
                break;
            }
            words += 1;
            e += 1;
        }
        if words == 0 {
            continue;
        }
        out.push(i, e, Ent::Org, 0.8);
    }
}

/// `Carr, Wood and Goodwin`, `Smith & Jones`, standalone `Smith-Lynch`.
fn firms(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let surname = |k: usize| {
        let t = &doc.toks[k];
        cap(doc, k) && t.shape == Shape::Cap && t.wordinfo().last >= 0.001 && !t.wordinfo().is_first()
    };
    // Hyphenated pairs inside Markdown code blocks are commands and options (`Set-Alias`).
    let mut i = 0;
    while i < n {
        // X, Y and Z / X, Y & Z
        if i + 4 < n
            && cap(doc, i)
            && doc.toks[i].wordinfo().last > 0.0
            && doc.toks[i + 1].is_punct(',')
            && cap(doc, i + 2)
            && doc.toks[i + 2].wordinfo().last > 0.0
            && (doc.toks[i + 3].lower.as_ref() == "and" || doc.toks[i + 3].is_punct('&'))
            && cap(doc, i + 4)
            && doc.toks[i + 4].wordinfo().last > 0.0
            && !doc.toks[i + 2].line_start
            && !doc.toks[i + 4].line_start
        {
            let before_name = i > 0
                && !doc.toks[i].line_start
                && doc.toks[i - 1].is_word()
                && doc.toks[i - 1].wordinfo().is_first()
                && doc.toks[i - 1].shape == Shape::Cap;
            if !before_name {
                out.push(i, i + 5, Ent::Org, 0.75);
                i += 5;
                continue;
            }
        }
        // X & Y
        if i + 2 < n && surname(i) && doc.toks[i + 1].is_punct('&') && surname(i + 2) && !doc.toks[i + 2].line_start {
            out.push(i, i + 3, Ent::Org, 0.7);
            i += 3;
            continue;
        }
        // Smith-Lynch standing alone.
        let t = &doc.toks[i];
        if t.is_word() && t.shape == Shape::Other || (t.is_word() && t.shape == Shape::Cap) {
            let s = doc.tok_text(i);
            if let Some((l, r)) = s.split_once('-') {
                let both_cap = l.chars().next().is_some_and(char::is_uppercase) && r.chars().next().is_some_and(char::is_uppercase);
                let prev_name = i > 0
                    && !t.line_start
                    && (crate::cand::nameish(doc, i - 1, false) || doc.toks[i - 1].rf(rules::F_TITLES) || doc.toks[i - 1].is_punct('.'));
                let next_name =
                    i + 1 < n && !doc.toks[i + 1].line_start && doc.toks[i + 1].space_before && crate::cand::nameish(doc, i + 1, false);
                let code =
                    crate::statistical::code_identifier(s) || crate::statistical::written_as_code(doc, i, i + 1) || doc.in_fenced_code(i);
                // `the Boyer-Moore algorithm`: a pair of names used as an adjective.
                let eponym = i > 0
                    && doc.toks[i - 1].is_word()
                    && matches!(&*doc.toks[i - 1].lower, "the" | "a" | "an")
                    && i + 1 < n
                    && doc.toks[i + 1].is_word()
                    && doc.toks[i + 1].shape == Shape::Lower
                    && !doc.toks[i + 1].line_start;
                // `E-Mail:`, `X-Ray`: no family name has one letter, and a label names no firm.
                let one_letter = l.chars().count() < 2 || r.chars().count() < 2;
                let label = i + 1 < n && doc.toks[i + 1].is_punct(':') && doc.toks[i + 1].glued();
                if both_cap && !prev_name && !next_name && !r.contains('-') && !code && !eponym && !one_letter && !label {
                    out.push(i, i + 1, Ent::Org, 0.55);
                }
            }
        }
        i += 1;
    }
}

/// Defined terms that mark the party before them as an organisation.
const ORG_TERMS: &[&str] = &[
    "company",
    "employer",
    "vendor",
    "supplier",
    "client",
    "contractor",
    "licensor",
    "licensee",
    "lender",
    "customer",
    "buyer",
    "seller",
    "provider",
    "service provider",
    "consultant",
    "purchaser",
    "distributor",
    "bank",
    "agent",
    "manufacturer",
    "reseller",
    "partner",
    "processor",
    "controller",
    "sub-processor",
    "subprocessor",
    "operator",
    "owner",
    "developer",
    "publisher",
    "sponsor",
    "issuer",
    "guarantor",
];

/// `Jones-Roberts ("Company")`.
fn defined_terms(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 1..n.saturating_sub(3) {
        if !doc.toks[i].is_punct('(') || !(doc.toks[i + 1].is_punct('"') || doc.toks[i + 1].is_punct('“')) {
            continue;
        }
        let mut k = i + 2;
        while k < n && k < i + 6 && doc.toks[k].kind == Kind::Word {
            k += 1;
        }
        let term = crate::cand::key_of(doc, i + 2, k);
        if !ORG_TERMS.contains(&term.as_str()) {
            continue;
        }
        let e = i;
        if e == 0 || !cap(doc, e - 1) {
            continue;
        }
        let a = name_start(doc, e - 1, true);
        // `between X and Y ("Company")` keeps only Y.
        out.push(a, e, Ent::Org, 0.8);
    }
}
