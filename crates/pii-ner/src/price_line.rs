//! A line that ends in a price is an item of a menu, a price list or a catalogue: `Burger du Chef,
//! Cheddar Affiné, Frites Maison ...... 17,50`, `Carpaccio vom Rind, Rucola, Parmesan 13,90 €`,
//! `Picanha Fatiada com Farofa .... 2542,08 €`. The dishes and products on it are capitalised like
//! names, and the prose, credit and gazetteer rules read them as people. A person on such a line
//! is a statement's or an invoice's payee, written after a date or a code that opens the line
//! (`14 May  FPI HIWOT MEKONNEN  500.00`), which this rule leaves alone.

use crate::doc::Doc;

/// Currency marks a price may carry before or after its amount.
const CURRENCIES: &[&str] = &["€", "eur", "chf", "r$", "$", "£", "fr.", "kz"];

/// `line` ends in an amount with two decimals (`17,50`, `13.90 €`, `€ 6,00`), currency aside.
fn ends_in_price(line: &str) -> bool {
    let mut t = line.trim_end();
    loop {
        let lower = t.to_lowercase();
        match CURRENCIES.iter().find(|c| lower.ends_with(*c)) {
            Some(c) => t = t[..t.len() - c.len()].trim_end(),
            None => break,
        }
    }
    let b = t.as_bytes();
    b.len() >= 4
        && b[b.len() - 1].is_ascii_digit()
        && b[b.len() - 2].is_ascii_digit()
        && matches!(b[b.len() - 3], b',' | b'.')
        && b[b.len() - 4].is_ascii_digit()
}

/// `line` is an item of a price list: it ends in a price and opens with no number (a date, a time
/// or a code opens a statement's or an invoice's line).
fn item_line(line: &str) -> bool {
    let opening = line.trim_start().chars().next();
    ends_in_price(line) && opening.is_some_and(|c| !c.is_ascii_digit())
}

/// Whether token `i` stands on an item of a price list: a line that [`item_line`] accepts, with a
/// dotted leader before its price or another such line right above or below it. A line opened by a
/// month or a weekday is a statement's (`Jun 27, 2025  Transfer to Faizal bin Jamil  365.00`).
pub(crate) fn on_price_list(doc: &Doc<'_>, i: usize) -> bool {
    if doc.toks[doc.line_first(i)].rf(crate::rules::F_CALENDAR) {
        return false;
    }
    let (above, line, below) = doc.lines_around(i);
    if !item_line(line) {
        return false;
    }
    if line.contains("...") || line.contains('…') {
        return true;
    }
    above.is_some_and(item_line) || below.is_some_and(item_line)
}

#[cfg(test)]
mod tests {
    use super::on_price_list;
    use crate::doc::Doc;
    use crate::lexicon::Lexicon;

    fn listed(text: &str, word: &str) -> bool {
        let lex = Lexicon::from_rows(&[], &[]);
        let doc = Doc::new(text, &lex);
        let i = doc.toks.iter().position(|t| &text[t.start..t.end] == word).expect("word");
        on_price_list(&doc, i)
    }

    #[test]
    fn a_line_ending_in_a_price_lists_an_item() {
        assert!(listed("Burger du Chef, Frites Maison ............... 17,50\n", "Maison"));
        assert!(listed("VORSPEISEN\n Carpaccio vom Rind, Rucola, Parmesan 13,90 €\n Gebackene Champignons 8,50 €\n", "Rucola"));
        assert!(listed("DOLCI\n Torta della Nonna € 6,00\n Panna Cotta € 5,50\n", "Nonna"));
        // Negative: a statement's line opened by a date, a lone line with a price, a name in prose.
        assert!(!listed("14 May   FPI HIWOT MEKONNEN   500.00\n15 May   FPI ANNA KOWALSKI   20.00\n", "HIWOT"));
        assert!(!listed("Paid to Anna Kowalski 150,00\n\nThanks.\n", "Anna"));
        assert!(!listed("Jun 27, 2025  Transfer to Anna Kowalski   365.00\nJuly 1, 2025  Card   12.00\n", "Anna"));
        assert!(!listed("Anna Kowalski will pay the 150,00 next week.\n", "Anna"));
    }
}
