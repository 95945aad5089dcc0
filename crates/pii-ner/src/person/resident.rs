//! A person named with their address, as deeds, wills, contracts and court papers name the parties:
//! `Thandiwe Nkosi of 14 Harbour Road, Leeds` (the Seller), `I, BONGANI MTHEMBU, of 22 Long Street`,
//! `the last will of me JEPTOO CHEPKOECH of 857 Oxleas Avenue`. The words before `of` and a full
//! street address are the one who lives there, whatever the name and in any case; a firm stands
//! there too (`Kestrel Ltd of 4 Mill Lane`), and its legal form or firm word tells it apart.

use crate::cand::{Cands, Ent, Rule, evidence, parse_name};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Score: a structural slot, as strong as a labelled field's weak form.
const SCORE: f32 = 0.85;

pub(crate) fn residents(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for k in 1..n.saturating_sub(1) {
        let t = &doc.toks[k];
        if !t.is_word() || &*t.lower != "of" || t.line_start {
            continue;
        }
        // A full street address starts right after `of` (the address rule ran before).
        let addressed = out.list.iter().any(|c| c.ent == Ent::Location && c.rule == Rule::Address && c.a == k + 1);
        if !addressed {
            continue;
        }
        // The name ends before `of`, or before the comma of `I, NAME, of`.
        let end = if doc.toks[k - 1].is_punct(',') { k - 1 } else { k };
        let Some(start) = name_start(doc, end) else { continue };
        let Some((e, words)) = parse_name(doc, start, 4, false) else { continue };
        if e != end || words < 2 {
            continue;
        }
        let ev = evidence(doc, start, e);
        let firm = doc.toks[start..e].iter().any(|u| u.rf(rules::F_LEGAL_SUFFIX | rules::F_ORG_HEAD | rules::F_GROUP));
        if !firm && ev.wordy == 0 && ev.initials == 0 {
            out.push(start, e, Ent::Person, SCORE);
        }
    }
}

/// The first token of the run of capitalised words (up to four) that ends at `end`, on one line.
fn name_start(doc: &Doc<'_>, end: usize) -> Option<usize> {
    let mut a = end;
    while a > 0 && end - a < 4 {
        let u = &doc.toks[a - 1];
        if !u.is_word() || u.shape == Shape::Lower || u.rf(rules::F_TITLES | rules::F_FUNCTION_WORD) {
            break;
        }
        a -= 1;
        if doc.toks[a].line_start {
            break;
        }
    }
    (a < end).then_some(a)
}
