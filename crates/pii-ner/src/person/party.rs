//! The parties of a court paper's heading, each on its own line above its role: `BETWEEN:` /
//! `ADEBAYO OKONKWO-HART` / `Claimant` / `-and-` / `NORTHGATE LETTINGS LIMITED` / `Defendant`. The
//! line above a party role is that party, whatever the name: a person, or an organisation when it
//! ends in a legal form.

use crate::cand::{Cands, Ent, Rule};
use crate::doc::{Doc, Kind};
use crate::rules;

/// Roles of the parties to a claim, an appeal or a petition.
const PARTY_ROLES: &[&str] = &[
    "claimant",
    "claimants",
    "defendant",
    "defendants",
    "applicant",
    "applicants",
    "respondent",
    "respondents",
    "appellant",
    "appellants",
    "petitioner",
    "petitioners",
    "plaintiff",
    "plaintiffs",
    "intervener",
];

/// Score: the role line says what the line above is, as a label does.
const SCORE: f32 = 0.85;

pub(super) fn parties(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        if doc.toks[i].line_start && le < n && role_line(doc, le) {
            party(doc, i, le, out);
        }
        i = le.max(i + 1);
    }
}

/// The line starting at token `k` is a party role alone (`Claimant`, `(Defendant)`, `Respondent/Appellant`).
fn role_line(doc: &Doc<'_>, k: usize) -> bool {
    let le = doc.line_end(k);
    let words: Vec<_> = doc.toks[k..le].iter().filter(|t| t.kind != Kind::Punct).collect();
    !words.is_empty() && words.len() <= 3 && words.iter().all(|t| t.is_word() && PARTY_ROLES.contains(&&*t.lower))
}

/// The party on the line `a..b`: one to six words and no number; an organisation when a legal form
/// ends it, else a person.
fn party(doc: &Doc<'_>, a: usize, b: usize, out: &mut Cands) {
    let mut e = b;
    while e > a && doc.toks[e - 1].kind == Kind::Punct && !doc.toks[e - 1].is_punct('.') {
        e -= 1;
    }
    let words: Vec<_> = doc.toks[a..e].iter().filter(|t| t.kind != Kind::Punct).collect();
    if words.is_empty() || words.len() > 6 || words.iter().any(|t| !t.is_word()) || !doc.toks[a].is_word() {
        return;
    }
    let firm = doc.toks[a..e].iter().any(|t| t.rf(rules::F_LEGAL_SUFFIX));
    let rule = std::mem::replace(&mut out.rule, if firm { Rule::LegalForm } else { Rule::Party });
    out.push(a, e, if firm { Ent::Org } else { Ent::Person }, SCORE);
    out.rule = rule;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn found(text: &str) -> Vec<(Ent, String)> {
        let lex = Lexicon::from_rows(&[], &[]);
        let doc = Doc::new(text, &lex);
        let mut out = Cands::default();
        parties(&doc, &mut out);
        out.list.iter().map(|c| (c.ent, doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_owned())).collect()
    }

    #[test]
    fn the_line_above_a_party_role_is_the_party() {
        let heading = "BETWEEN:\nADEBAYO OKONKWO-HART\nClaimant\n-and-\nNORTHGATE LETTINGS LIMITED\nDefendant\n";
        assert_eq!(found(heading), [(Ent::Person, "ADEBAYO OKONKWO-HART".to_owned()), (Ent::Org, "NORTHGATE LETTINGS LIMITED".to_owned())]);
    }

    #[test]
    fn a_role_inside_a_sentence_or_under_a_number_names_nobody() {
        assert!(found("The claimant\nClaimant's costs are reserved.\n").is_empty());
        assert!(found("Claim No: K00MA123\nClaimant\n").is_empty());
    }
}
