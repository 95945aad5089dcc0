//! A table column holds one kind of value: once two or more of its cells, at least half of them,
//! are found to be people (or places), the other cells of that column that have the shape of a
//! name (or a place name) are people (or places) too, whatever the lists say about the words.
//! `| 11 | Oleksandr Wood | Stellenbosch |` under an `Engineer` column whose other rows were found.
//! Beside such a column, a column of nothing but names with one person found in it is people too
//! (a rota, whose every shift column names staff).
//!
//! Tables are runs of two or more consecutive lines with the same number of cells, split by `|`
//! (Markdown, ASCII tables) or by tabs; a Markdown separator row (`|---|:--:|`) is skipped.

use crate::cand::Rule;
use crate::cand::{Cand, Ent, parse_name, skip_title};
use crate::doc::{Doc, Kind};

/// Score of a cell found by its column: enough to spread, below any rule's own finding.
const SCORE: f32 = 0.66;

/// Adds the cells of people and place columns that no rule found; `kept` stays sorted by start.
pub(crate) fn columns(doc: &Doc<'_>, kept: &mut Vec<Cand>) {
    let text = doc.text;
    if !text.contains('|') && !text.contains('\t') {
        return;
    }
    let mut rows: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut extra = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let cells = cells(line, start);
        start += line.len();
        if separator_row(line) {
            // The rows above it were the header.
            if rows.len() == 1 {
                rows.clear();
            }
            continue;
        }
        match cells {
            Some(c) if rows.last().is_none_or(|r| r.len() == c.len()) => rows.push(c),
            other => {
                table(doc, kept, &rows, &mut extra);
                rows.clear();
                rows.extend(other);
            }
        }
    }
    table(doc, kept, &rows, &mut extra);
    if !extra.is_empty() {
        kept.extend(extra);
        kept.sort_by_key(|c| c.a);
    }
}

/// The byte ranges of a line's cells, trimmed, or `None` when the line is no table row.
fn cells(line: &str, start: usize) -> Option<Vec<(usize, usize)>> {
    let body = line.trim_end_matches(['\n', '\r']);
    let sep = if body.matches('|').count() >= 2 {
        '|'
    } else if body.contains('\t') {
        '\t'
    } else {
        return None;
    };
    let mut out = Vec::new();
    let mut a = 0;
    for (k, c) in body.char_indices().chain(std::iter::once((body.len(), sep))) {
        if c == sep {
            let cell = &body[a..k];
            let lead = cell.len() - cell.trim_start().len();
            let trimmed = cell.trim();
            out.push((start + a + lead, start + a + lead + trimmed.len()));
            a = k + c.len_utf8();
        }
    }
    // `| a | b |`: the empty cells outside the outer bars are no cells.
    if sep == '|' {
        if out.first().is_some_and(|&(x, y)| x == y) {
            out.remove(0);
        }
        if out.last().is_some_and(|&(x, y)| x == y) {
            out.pop();
        }
    }
    (out.len() >= 2).then_some(out)
}

/// `|---|:--:|`: the row under a Markdown table's header.
fn separator_row(line: &str) -> bool {
    let body = line.trim();
    body.contains('-') && body.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+' | '='))
}

/// Fills the person and place columns of one table of `rows`.
fn table(doc: &Doc<'_>, kept: &[Cand], rows: &[Vec<(usize, usize)>], extra: &mut Vec<Cand>) {
    if rows.len() < 3 {
        return;
    }
    // A first row naming a column by a key the structure knows (`Naam | Functie | Telefoon`,
    // `Dipendente | Reparto`) is the header: its cells are no values, in any language.
    let header = rows[0].iter().any(|&(a, b)| super::classify_key(&doc.text[a..b]).is_some());
    let rows_all = rows;
    let rows = if header { &rows[1..] } else { rows };
    let columns: Vec<Vec<(usize, usize)>> = (0..rows[0].len())
        .map(|col| {
            rows.iter()
                .map(|r| r[col])
                .filter(|&(a, b)| a < b)
                .map(|(a, b)| (doc.toks.partition_point(|t| t.start < a), doc.toks.partition_point(|t| t.start < b)))
                // A title opens the cell, not the name (`Dr Ngozi Okonkwo`).
                .map(|(a, b)| (skip_title(doc, a).min(b), b))
                .filter(|&(a, b)| a < b)
                .collect()
        })
        .collect();
    for ent in [Ent::Person, Ent::Location] {
        let found = |&(a, b): &(usize, usize), min: f32| kept.iter().any(|c| c.ent == ent && c.score >= min && c.a <= a && c.b >= b);
        let hits = |spans: &[(usize, usize)], min: f32| spans.iter().filter(|s| found(s, min)).count();
        let strong = |spans: &[(usize, usize)]| {
            let h = hits(spans, 0.6);
            h >= 2 && h * 2 >= spans.len()
        };
        // A table with one column of people is a roster: another column of nothing but names
        // with one person found in it holds people too (a rota's shifts, a matrix of owners).
        let roster = ent == Ent::Person && columns.iter().any(|c| strong(c));
        for (col, spans) in columns.iter().enumerate() {
            // A column the header calls a role or a department holds no people (`Functie`).
            let things = header && rows_all[0].get(col).is_some_and(|&(a, b)| super::table::is_thing_column(&doc.text[a..b]));
            if ent == Ent::Person && things {
                continue;
            }
            let fill = strong(spans)
                || (roster
                    && hits(spans, 0.5) >= 1
                    // Every cell a name, but for an unknown header's (`Early 06-14`).
                    && spans.iter().skip(usize::from(!header)).all(|&(a, b)| found(&(a, b), 0.5) || name_cell(doc, a, b, ent)));
            if !fill {
                continue;
            }
            for &(a, b) in spans {
                let taken = kept.iter().chain(extra.iter()).any(|c| c.a < b && a < c.b);
                if !taken && name_cell(doc, a, b, ent) {
                    extra.push(Cand { a, b, ent, score: SCORE, rule: Rule::TableColumn });
                }
            }
        }
    }
}

/// A cell that is nothing but one to four capitalised words (a name of a person or a place),
/// none a common word unless people bear it as a name (`Wood`) or, in a place column, it is a
/// place (`Hue`); so a header cell (`Engineer`, `City`) is no value.
fn name_cell(doc: &Doc<'_>, a: usize, b: usize, ent: Ent) -> bool {
    let toks = &doc.toks[a..b];
    toks.iter().all(|t| t.kind == Kind::Word && !t.masked || t.is_punct('-') || t.is_punct('.'))
        && toks.iter().filter(|t| t.kind == Kind::Word).all(|t| {
            let w = t.wordinfo();
            !w.is_wordy() || w.is_census() || (ent == Ent::Location && w.place.is_some())
        })
        && parse_name(doc, a, 4, false).is_some_and(|(e, _)| e == b)
}
