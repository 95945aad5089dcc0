//! A form prints its fields one per line, `Label: value`, and a label no list knows (`Klas:`,
//! `Medicamento:`) has the shape of a chat's speaker (`Godefroy: on arrive`). The lines around it
//! tell them apart: in a form they are fields whose labels the key lists know (`Leerling:`,
//! `Mentor:`, `Posología:`); in a chat they are other speakers.

use crate::doc::Doc;

/// Tokens a label may span before its colon (`Fecha de nacimiento:`, `N.º de envases:`).
const MAX_LABEL_TOKENS: usize = 6;

/// Whether the line opening at token `first` is a field whose label the key lists know.
fn known_field(doc: &Doc<'_>, first: usize) -> bool {
    let end = doc.line_end(first).min(first + MAX_LABEL_TOKENS + 1);
    (first + 1..end).find(|&k| doc.toks[k].is_punct(':')).is_some_and(|colon| {
        let label = &doc.text[doc.toks[first].start..doc.toks[colon].start];
        super::classify_key(label).is_some()
    })
}

/// Whether the line of token `i` stands right below or above a field whose label the key lists
/// know (blank lines between count as a break).
pub(crate) fn beside_known_field(doc: &Doc<'_>, i: usize) -> bool {
    let first = doc.line_first(i);
    let line = doc.toks[first].line;
    let above = first.checked_sub(1).map(|k| doc.line_first(k)).filter(|&k| doc.toks[k].line + 1 == line);
    let below = Some(doc.line_end(i)).filter(|&k| k < doc.toks.len() && doc.toks[k].line == line + 1);
    above.into_iter().chain(below).any(|k| known_field(doc, k))
}

#[cfg(test)]
mod tests {
    use super::beside_known_field;
    use crate::doc::Doc;
    use crate::lexicon::Lexicon;

    fn beside(text: &str, word: &str) -> bool {
        let lex = Lexicon::from_rows(&[], &[]);
        let doc = Doc::new(text, &lex);
        let i = doc.toks.iter().position(|t| &text[t.start..t.end] == word).expect("word");
        beside_known_field(&doc, i)
    }

    #[test]
    fn a_label_among_known_fields_is_a_field() {
        assert!(beside("Leerling:     Wendelien Wijnen\nKlas:         3 havo B\nMentor:       K. Feenstra\n", "Klas"));
        assert!(beside("Klas: 3 havo B\nMentor: K. Feenstra\n", "Klas"));
        // Negative: a chat, and a known field past a blank line.
        assert!(!beside("Godefroy: on arrive\nAziliz: ok on vous attend\n", "Godefroy"));
        assert!(!beside("Mentor: K. Feenstra\n\nKlas: 3 havo B\n", "Klas"));
    }
}
