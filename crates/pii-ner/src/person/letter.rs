//! People in letters and e-mails: the name after a salutation (`Dear Anna,`) and the sender's
//! name under a sign-off, with the title and company lines that follow it; and a line that signs
//! with a name and a job title after a comma (`Faizan Ghauri, Lead Trainer` under a certificate).

use crate::cand::{Cands, Ent, evidence, nameish, parse_name, skip_title};
use crate::doc::{Doc, Kind, Shape};
use crate::rules;

/// `Dear Anna,`, `Hi Tom`, `Hello Maria Lopez!`.
pub(super) fn salutations(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        if !t.is_word() || !t.rf(rules::F_GREETINGS) {
            continue;
        }
        // A thanks calls its addressee anywhere in a message (`Super merci Barthélemy 🙏`).
        let thanks = matches!(&*t.lower, "thanks" | "merci" | "gracias" | "grazie" | "danke" | "obrigado" | "obrigada" | "bedankt");
        if !(t.line_start || doc.sentence_start(i) || thanks) {
            continue;
        }
        let mut j = i + 1;
        // `Sehr geehrter Herr Hoffmann`, `Hello again`
        while j < n && doc.toks[j].is_word() && doc.toks[j].rf(rules::F_GREETINGS) && !doc.toks[j].line_start && j < i + 3 {
            j += 1;
        }
        // `Good morning Anna`
        if j < n
            && matches!(&*doc.toks[j].lower, "morning" | "afternoon" | "evening" | "you" | "again" | "there")
            && doc.toks[j].shape == Shape::Lower
        {
            j += 1;
        }
        if j < n && doc.toks[j].is_punct(',') {
            j += 1;
        }
        if j >= n || doc.toks[j].line_start {
            continue;
        }
        let allow_lower = doc.lowercase_chat;
        let j = skip_title(doc, j);
        // After a greeting a title in lower case is one (`Beste meneer Visser`, `Caro signor Rossi`).
        let j = if j + 1 < n && doc.toks[j].is_word() && doc.toks[j].shape == Shape::Lower && doc.toks[j].rf(rules::F_TITLES) {
            if nameish(doc, j + 1, false) && doc.toks[j + 1].space_before && !doc.toks[j + 1].line_start { j + 1 } else { j }
        } else {
            j
        };
        let Some((e, _)) = parse_name(doc, j, 3, allow_lower) else { continue };
        if doc.toks[j].rf(rules::F_GENERIC_ADDRESSEES) {
            continue;
        }
        // `Liebe Grüße, Petra`: the greeting and the word after it make a closing, not `Dear X`.
        let phrase = format!("{} {}", t.lower, doc.toks[j].lower);
        if e == j + 1 && rules::CLOSINGS.contains(&phrase.as_str()) {
            continue;
        }
        // The name ends the clause: a comma, `!`, `.`, `-`, or the end of the line; or a second
        // addressee follows (`Dear Hiroshi and Ingrid,`).
        // A chat ends it with an emoji too (`Super merci Barthélemy 🙏`).
        let emoji = e < n && doc.toks[e].kind == Kind::Punct && doc.tok_text(e).chars().next().is_some_and(|c| u32::from(c) >= 0x2600);
        let ends =
            e >= n || doc.toks[e].line_start || emoji || matches!(&*doc.toks[e].lower, "," | "!" | "." | "-" | ":" | "?" | ";" | ")");
        let and = e < n && !doc.toks[e].line_start && matches!(&*doc.toks[e].lower, "and" | "&");
        if !ends && !and {
            continue;
        }
        let ev = evidence(doc, j, e);
        if doc.toks[j].shape == Shape::Lower && ev.names < ev.words {
            continue;
        }
        if !ev.ok_in_context() {
            continue;
        }
        out.push(j, e, Ent::Person, 0.88);
        // The second addressee, judged like the first: a name that ends the clause.
        if and && e + 1 < n && !doc.toks[e + 1].line_start {
            let j2 = skip_title(doc, e + 1);
            if let Some((e2, _)) = parse_name(doc, j2, 3, allow_lower) {
                let ends2 = e2 >= n || doc.toks[e2].line_start || matches!(&*doc.toks[e2].lower, "," | "!" | "." | ":");
                if ends2 && evidence(doc, j2, e2).ok_in_context() && !doc.toks[j2].rf(rules::F_GENERIC_ADDRESSEES) {
                    out.push(j2, e2, Ent::Person, 0.88);
                }
            }
        }
    }
}

pub(super) fn line_words(doc: &Doc<'_>, a: usize, b: usize) -> String {
    let mut s = String::new();
    for t in &doc.toks[a..b] {
        if t.kind == Kind::Word {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(&t.lower);
        }
    }
    s
}

/// The line that starts at token `i` is a closing (`Regards,`, `With kind regards,`, `Obrigado.`).
fn closing_line(doc: &Doc<'_>, i: usize) -> bool {
    let le = doc.line_end(i);
    // `With best wishes,` and `With kind regards,`: a closing after `with` is still one.
    let with = doc.toks[i].is_word() && &*doc.toks[i].lower == "with" && i + 1 < le;
    let c = i + usize::from(with);
    let words = line_words(doc, c, le);
    le - c <= 6
        && doc.toks[c..le].iter().all(|t| t.kind == Kind::Punct || t.rf(rules::F_CLOSING_WORD))
        && !words.is_empty()
        && rules::CLOSINGS.contains(&words.as_str())
}

/// Sign-offs: `Regards,` then the sender's name, then `Title, Company` or the company.
pub(super) fn signatures(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if !doc.toks[i].line_start {
            i += 1;
            continue;
        }
        let le = doc.line_end(i);
        // A thanks above the closing is a closing line too (`Obrigado.` / `Atenciosamente,`): the
        // signer stands under the last one.
        if !closing_line(doc, i) || le >= n || closing_line(doc, le) {
            i = le;
            continue;
        }
        // The name line.
        let na = le;
        let ne = doc.line_end(na);
        let j = skip_title(doc, na);
        let mut next = ne;
        // A name line of at most three tokens may be in lower case outside chat too (`Thanks` /
        // `nadia`): `lower_ok` then wants every word to be a name.
        let alone = ne - na <= 3;
        if let Some((e, _)) = parse_name(doc, j, 4, doc.lowercase_chat || alone) {
            // The name may carry its role after a comma (`Miel Tjoa, huisarts`, `Ana Ruiz, Jefa de
            // Ventas`): one to four words closing the line.
            let role_after = e + 1 < ne
                && doc.toks[e].is_punct(',')
                && (1..=4).contains(&doc.toks[e + 1..ne].iter().filter(|t| t.is_word()).count())
                && doc.toks[e + 1..ne].iter().all(|t| t.is_word() || t.is_punct('.') || t.is_punct('-'));
            let rest_ok = doc.toks[e..ne].iter().all(|t| t.kind == Kind::Punct) || role_after;
            let ev = evidence(doc, j, e);
            let lower_ok = doc.toks[j].shape != Shape::Lower || (ev.all_namey() && ev.names >= 1);
            // A capitalised line that goes on in lower case is a role (`Il legale rappresentante`,
            // `Der Vorstand`), save a name's particles (`Bram de Boer`).
            let role = doc.toks[j].shape != Shape::Lower
                && doc.toks[j..e].iter().any(|t| t.is_word() && t.shape == Shape::Lower && !t.rf(rules::F_PARTICLES));
            // `The Lakeside Team`, `Customer Care Team` sign for a group, not a person.
            let group = doc.toks[j..e].iter().any(|t| t.rf(rules::F_GROUP)) || &*doc.toks[j].lower == "the";
            let has_suffix = doc.toks[j..e].iter().any(|t| t.rf(rules::F_LEGAL_SUFFIX) || t.rf(rules::F_ORG_HEAD)) || group;
            if rest_ok && !has_suffix && ev.ok_in_context() && lower_ok && !role {
                out.push(j, e, Ent::Person, 0.88);
                // The company line after it.
                if ne < n {
                    org_line(doc, ne, doc.line_end(ne), out);
                    next = doc.line_end(ne);
                }
            } else if rest_ok && has_suffix {
                next = ne;
            }
        }
        i = next.max(le);
    }
}

/// A line of a name, a comma and a job title of one to four words that ends with a job word
/// (`Faizan Ghauri, Lead Trainer`, `Dr Ana Silva, Head of Nursing`): the signer of a certificate,
/// a letter or a report.
pub(super) fn name_title_lines(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        let j = skip_title(doc, i);
        if doc.toks[i].line_start
            && let Some((e, _)) = parse_name(doc, j, 3, false)
            && e + 1 < le
            && doc.toks[e].is_punct(',')
            && job_title(doc, e + 1, le)
        {
            let ev = evidence(doc, j, e);
            let firm = doc.toks[j..e].iter().any(|t| t.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD));
            // A given name that is also a common word or place (`Carolina`) passes when the rest of
            // the name is names or words no list knows (`Carolina Loureiro, Lead Trainer`).
            let wordy_given = ev.wordy == 1 && e - j >= 2 && doc.toks[j].wordinfo().is_first() && ev.names + ev.unknown + 1 == ev.words;
            if !firm && ev.ok_in_context() && (ev.wordy == 0 || wordy_given) {
                out.push(j, e, Ent::Person, 0.8);
            }
        }
        i = le.max(i + 1);
    }
}

/// Tokens `a..b` are one to four words (and `of`, `&`) with a job word among them: a job title.
fn job_title(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let words = doc.toks[a..b].iter().filter(|t| t.is_word()).count();
    (1..=4).contains(&words)
        && doc.toks[a..b].iter().all(|t| t.is_word() || t.is_punct('&') || t.is_punct('.'))
        && doc.toks[a..b].iter().any(|t| t.is_word() && rules::JOB_WORDS.contains(&&*t.lower))
}

/// `Office Manager, Carr, Wood and Goodwin` or `Crescentfield Partners` under a signature.
pub(super) fn org_line(doc: &Doc<'_>, a: usize, b: usize, out: &mut Cands) {
    if a >= b || doc.toks[a..b].iter().any(|t| t.masked || t.kind == Kind::Num) {
        return;
    }
    let comma = (a..b).find(|&k| doc.toks[k].is_punct(','));
    let start = match comma {
        Some(c) => {
            // The part before the comma must be a job title.
            let title = doc.toks[a..c].iter().any(|t| t.is_word() && rules::JOB_WORDS.contains(&&*t.lower));
            if !title {
                return;
            }
            c + 1
        }
        None => {
            let title = doc.toks[a..b].iter().any(|t| t.is_word() && rules::JOB_WORDS.contains(&&*t.lower));
            if title {
                return;
            }
            a
        }
    };
    let mut e = b;
    while e > start && doc.toks[e - 1].kind == Kind::Punct && !(doc.toks[e - 1].is_punct('.') && crate::org::abbrev_dot(doc, e - 1)) {
        e -= 1;
    }
    if e <= start || !doc.toks[start].is_titlecase() || e - start > 12 {
        return;
    }
    let all_cap = doc.toks[start..e]
        .iter()
        .all(|t| t.kind == Kind::Punct || t.shape != Shape::Lower || matches!(&*t.lower, "and" | "of" | "the" | "for" | "de" | "und"));
    // One word alone on the line is a role or a department as often as a firm (`Headteacher`,
    // `Vertriebsinnendienst`, `Buchhaltung`); a firm's name there needs its legal form or a
    // firm word, or more words.
    let lone = doc.toks[start..e].iter().filter(|t| t.is_word()).count() == 1
        && !doc.toks[start..e].iter().any(|t| t.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD));
    // The English job words tell a role line from a firm's above; in the other languages a line
    // under the signer is a firm only when it says so: a legal form (also hyphenated,
    // `Versicherungs-AG`), a firm's head word or an ampersand (`Gestora de Sinistros` is her role,
    // `Calheiros & Brandoa` the firm).
    let legal_tail =
        |t: &crate::doc::Token<'_>| t.lower.rsplit_once('-').is_some_and(|(_, tail)| rules::flags_of(tail) & rules::F_LEGAL_SUFFIX != 0);
    let says_firm = doc.toks[start..e].iter().any(|t| t.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD) || legal_tail(t) || &*t.lower == "&")
        || crate::org::head_named(doc, start, e);
    if all_cap && !lone && (doc.language == pii_core::lang::Language::English || says_firm) {
        out.push(start, e, Ent::Org, 0.8);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    #[test]
    fn the_signer_under_a_closing_may_carry_a_role_after_a_comma() {
        let lex = Lexicon::from_rows(&[], &[]);
        let signed = |text: &str| crate::tests::rule_values(&lex, text, signatures);
        assert_eq!(signed("Graag uw advies.\n\nMet collegiale groet,\n\nMiel Tjoa, huisarts\n"), ["Miel Tjoa"]);
        assert_eq!(signed("Hasta pronto.\n\nUn saludo cordial,\nAna Ruiz\n"), ["Ana Ruiz"]);
        // Negative: a sentence after the comma, and no closing above.
        assert!(signed("Met collegiale groet,\nMiel Tjoa, zoals afgesproken bel ik u morgen terug\n").is_empty());
        assert!(signed("Graag uw advies.\n\nMiel Tjoa, huisarts\n").is_empty());
    }

    #[test]
    fn under_a_thanks_and_a_closing_the_signer_stands_under_the_closing() {
        let lex = Lexicon::from_rows(&[], &[]);
        let signed = |text: &str| crate::tests::rule_values(&lex, text, signatures);
        assert_eq!(signed("Fico a aguardar.\n\nObrigado.\nAtenciosamente,\nVera Lobato\n"), ["Vera Lobato"]);
        // Negative: the closing word alone is no signer.
        assert!(signed("Fico a aguardar.\n\nObrigado.\nAtenciosamente,\n").is_empty());
    }

    #[test]
    fn a_line_under_the_signer_in_another_language_is_a_firm_only_when_it_says_so() {
        let lex = Lexicon::from_rows(&[], &[]);
        let orgs = |text: &str| {
            let doc = Doc::new(text, &lex).in_language(pii_core::lang::Language::Portuguese);
            let mut out = Cands::default();
            signatures(&doc, &mut out);
            out.list
                .iter()
                .filter(|c| c.ent == Ent::Org)
                .map(|c| doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_owned())
                .collect::<Vec<_>>()
        };
        assert!(orgs("Fico a aguardar.\n\nAtenciosamente,\nVera Lobato\nGestora de Sinistros\n").is_empty());
        assert_eq!(orgs("Fico a aguardar.\n\nAtenciosamente,\nVera Lobato\nCalheiros & Brandoa\n"), ["Calheiros & Brandoa"]);
    }
}
