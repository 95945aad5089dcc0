//! A party's role is no name. A contract, a deed or minutes name each party once, then call them by
//! the role the text gave them (`com a Arrendatária`, `io Notaio ho ricevuto`, `La Segretaria`
//! above the signature line, `O Fiador`), capitalised as a defined term. The English lists do not
//! know those words, so the prose and credit rules take them for names and propagation spreads them
//! through the text; the label lists know them as the words that stand before a person, never as
//! the person.

use crate::cand::{Cand, Ent};
use crate::doc::{Doc, Kind, Token};
use crate::rules;

/// Articles that open a defined role in the seven languages (`A Arrendatária`, `La Segretaria`,
/// `Der Vermieter`, `De Huurder`, `The Tenant`).
const ARTICLES: &[&str] =
    &["a", "o", "as", "os", "la", "le", "il", "lo", "l", "el", "los", "las", "les", "der", "die", "das", "de", "het", "the"];

/// The Portuguese and Spanish generational words that end a name (`Filho`, `Neto`, `Sobrinho`,
/// `Júnior`), though the label lists hold some as kinship (`filho`, son).
const GENERATIONAL: &[&str] = &["filho", "neto", "sobrinho", "júnior", "junior", "hijo"];

/// A word that names a party or an office (a person label's word, `Arrendatária`, `Segretaria`,
/// `Notaio`) and that the lists do not know as a given name or a name before all else.
fn role_word(t: &Token<'_>) -> bool {
    let w = t.wordinfo();
    t.kind == Kind::Word
        && (rules::is_person_key(&t.lower) || t.rf(rules::F_OFFICE_NOUN | rules::F_ROLE_NOUN))
        && !w.is_first()
        && !w.is_name()
}

/// Whether person candidate `c` is a role alone, with or without its article (`Arrendatária`, `A
/// Arrendatária`, `La Segretaria`).
pub(crate) fn role_only(doc: &Doc<'_>, c: &Cand) -> bool {
    let words: Vec<&Token<'_>> = doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word).collect();
    match words.as_slice() {
        [role] => role_word(role),
        [article, role] => ARTICLES.contains(&&*article.lower) && role_word(role),
        _ => false,
    }
}

/// Ends every person candidate of three words or more before an office or a party's label that
/// closes it on its line (`F.to Zeno Meroni Notaio`): the signer's office after the signer's name.
/// A generational word there is the name's own (`João Mota Filho`, the son), and stays. A particle left
/// at the end goes too (`Caderneta do Aluno` leaves `Caderneta`, judged alone as the language's
/// word).
pub(crate) fn trim_closing_role(doc: &Doc<'_>, kept: &mut [Cand]) {
    for c in kept.iter_mut().filter(|c| c.ent == Ent::Person) {
        let words = doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word).count();
        let last = &doc.toks[c.b - 1];
        if words >= 3 && role_word(last) && !GENERATIONAL.contains(&&*last.lower) && !last.line_start {
            c.b -= 1;
            while c.b > c.a + 1 && doc.toks[c.b - 1].rf(rules::F_PARTICLES) && doc.toks[c.b - 1].shape == crate::doc::Shape::Lower {
                c.b -= 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{role_only, trim_closing_role};
    use crate::cand::{Cand, Ent, Rule};
    use crate::doc::Doc;
    use crate::lexicon::Lexicon;

    fn lex() -> Lexicon {
        Lexicon::from_rows(&[("zeno", 2.0, 0.01, 0.0), ("porter", 3.98, 0.004, 0.069), ("meroni", 1.0, 0.0, 0.002)], &[])
    }

    /// The person candidate over the words of `text` from `from` to the end.
    fn cand(doc: &Doc<'_>, from: &str) -> Cand {
        let a = doc.toks.iter().position(|t| &doc.text[t.start..t.end] == from).expect("start");
        Cand { a, b: doc.toks.len(), ent: Ent::Person, score: 0.7, rule: Rule::Prose }
    }

    #[test]
    fn a_role_alone_is_no_name() {
        let lex = lex();
        for (text, from) in [("com a Arrendatária", "Arrendatária"), ("O Senhorio  A Arrendatária", "A"), ("io Notaio", "Notaio")] {
            let doc = Doc::new(text, &lex);
            assert!(role_only(&doc, &cand(&doc, from)), "{text}");
        }
        // Negative: a name after the role, a family name spelled like a role, a word and a role.
        for (text, from) in [("A Arrendatária Raíssa", "A"), ("com Porter", "Porter"), ("Zeno Notaio", "Zeno")] {
            let doc = Doc::new(text, &lex);
            assert!(!role_only(&doc, &cand(&doc, from)), "{text}");
        }
    }

    #[test]
    fn the_signers_office_closes_no_name() {
        let lex = lex();
        let doc = Doc::new("F.to Zeno Meroni Notaio", &lex);
        let mut kept = [cand(&doc, "Zeno")];
        trim_closing_role(&doc, &mut kept);
        assert_eq!(&doc.text[doc.toks[kept[0].a].start..doc.toks[kept[0].b - 1].end], "Zeno Meroni");
        let doc = Doc::new("Caderneta do Paziente", &lex);
        let mut kept = [cand(&doc, "Caderneta")];
        trim_closing_role(&doc, &mut kept);
        assert_eq!(kept[0].b, 1);
        // Negative: two words keep their last (`Zeno Notaio` may be a name the lists miss), and so
        // does a family name spelled like a role.
        for text in ["F.to Zeno Notaio", "F.to Zeno Meroni Porter", "F.to Zeno Meroni Filho"] {
            let doc = Doc::new(text, &lex);
            let mut kept = [cand(&doc, "Zeno")];
            trim_closing_role(&doc, &mut kept);
            assert_eq!(kept[0].b, doc.toks.len(), "{text}");
        }
    }
}
