//! A table's heading row names its columns, never a person. A table laid out in text puts a rule of
//! dashes under its heading (`Cód.  Descrição  Qtd.  Abonos  Descontos` over `----  ---------`,
//! Markdown's `| Cartão | Saída |` over `|---|---|`), and a tab-separated export opens with a row of
//! field names above rows of as many cells. The words of such a row are nouns of the language
//! (`Abonos`, `Saída`, `Matricola`) that the prose rule and the network read as names, and a label
//! there (`Nome`) is followed by the next column's name, not by its value.

use crate::doc::Doc;

/// The cells of `line` split by tabs, bars or runs of two spaces or more, without the empty ones.
fn cells(line: &str) -> usize {
    line.split(['\t', '|']).flat_map(|part| part.split("  ")).filter(|c| !c.trim().is_empty()).count()
}

/// `line` is a rule under a table's heading: dashes (with `=`, `:` and `+` of the table styles)
/// cut into two columns or more (`----  -----`, `|---|:--:|`); one unbroken run of dashes
/// underlines a Markdown heading, which may well be a name.
fn column_rule(line: &str) -> bool {
    let t = line.trim();
    t.contains("---") && t.chars().all(|c| matches!(c, '-' | '=' | '|' | ':' | '+' | ' ' | '\t')) && cells(t) >= 2
}

/// The line of token `i` heads a table: two cells or more over a rule of dashes, or the first of
/// several rows of three tab-separated cells or more whose first row the header lists read as
/// field names.
pub(crate) fn column_heading(doc: &Doc<'_>, i: usize) -> bool {
    let (previous, line, next) = doc.lines_around(i);
    let next = next.unwrap_or("");
    if cells(line) >= 2 && column_rule(next) {
        return true;
    }
    let tabs = |l: &str| l.split('\t').count();
    tabs(line) >= 3 && tabs(next) == tabs(line) && previous.is_none_or(|p| tabs(p) != tabs(line)) && super::in_header_row(doc, i)
}

#[cfg(test)]
mod tests {
    use super::column_heading;
    use crate::doc::Doc;
    use crate::lexicon::Lexicon;

    fn heading(text: &str, word: &str) -> bool {
        let lex = Lexicon::from_rows(&[], &[]);
        let doc = Doc::new(text, &lex);
        let i = doc.toks.iter().position(|t| &text[t.start..t.end] == word).expect("word");
        column_heading(&doc, i)
    }

    #[test]
    fn a_row_over_a_rule_or_atop_a_tab_table_names_columns() {
        assert!(heading("Cód.  Descrição      Qtd.   Abonos\n----  -------------  -----  ------\n001  Base  30,00  1980,12", "Abonos"));
        assert!(heading("| Entrada | Nome | Saída |\n|---------|------|-------|\n| 18:35 | Arnaldo Queirós | 19:10 |", "Saída"));
        assert!(heading("Turni\n\nCognome Nome\tMatricola\tOre\nCEBAN Elvira\t40211\t36\nTRIPODI Carmelo\t40385\t36", "Matricola"));
        // Negative: a heading underlined in Markdown, a table's data row, a label and its value.
        assert!(!heading("Maria Rossi\n-----------\n\nCurriculum", "Rossi"));
        assert!(!heading("Cognome Nome\tMatricola\tOre\nCEBAN Elvira\t40211\t36\nTRIPODI Carmelo\t40385\t36", "TRIPODI"));
        assert!(!heading("Nome | Arnaldo Queirós\nData | 18/03/2024", "Arnaldo"));
    }
}
