//! Delimited tables with a header row: each column's values get the class its name gives.

use super::{KeyClass, classify_key, tok_at, value};
use crate::cand::Cands;
use crate::doc::Doc;
use crate::lexicon::Lexicon;

/// Delimited tables with a header row: each column's values get the header's class.
pub(super) fn csv(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let text = doc.text;
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            lines.push((s, i));
            s = i + 1;
        }
    }
    lines.push((s, text.len()));
    let mut li = 0;
    while li + 1 < lines.len() {
        let (ls, le) = lines[li];
        let Some(HeaderRow { sep, fields, classes }) = header_row(&text[ls..le]) else {
            li += 1;
            continue;
        };
        // A table written without a space after its separators (`a,b,c`): in its rows a separator
        // followed by a space is part of an unquoted cell (`October 12th, 2021`, `Austin, TX`).
        let tight = sep != '\t' && !text[ls..le].contains(&format!("{sep} ") as &str);
        let mut row = li + 1;
        while row < lines.len() {
            let (mut rs, mut re) = lines[row];
            if sep == '|' {
                let inner = pipe_inner(&text[rs..re]);
                (rs, re) = (rs + inner.start, rs + inner.end);
                // The `|---|---|` line under a Markdown header holds no values.
                if rs < re && text[rs..re].chars().all(|c| matches!(c, '-' | ':' | '|' | ' ')) {
                    row += 1;
                    continue;
                }
            }
            let mut cells = split_row(text, rs, re, sep);
            if cells.len() > fields.len() && tight {
                cells = join_spaced(text, &cells);
            }
            if cells.len() != fields.len() {
                break;
            }
            for ((cell, class), field) in cells.iter().zip(&classes).zip(&fields) {
                // A cell written as code (`` `rand` `` in a Markdown table of modules) is an
                // identifier, whatever its column is called.
                if text[cell.0..cell.1].trim_start().starts_with('`') {
                    continue;
                }
                let a = tok_at(doc, cell.0);
                let b = tok_at(doc, cell.1);
                if let Some(class) = class {
                    value(doc, lex, *class, a, b, 0.9, out);
                } else if is_thing_column(field) {
                    out.no_person.push((a, b));
                }
            }
            row += 1;
        }
        li = row.max(li + 1);
    }
}

/// A delimited table's header row (`Vorname;Nachname;Ort`).
struct HeaderRow<'a> {
    sep: char,
    fields: Vec<&'a str>,
    /// What each column holds, by its name.
    classes: Vec<Option<KeyClass>>,
}

/// `line` as a header row, when its fields look like names of columns and one of them names a
/// person, place, organisation or thing.
fn header_row(line: &str) -> Option<HeaderRow<'_>> {
    let header = line.trim_end_matches('\r');
    let sep = [',', '\t', '|', ';'].into_iter().max_by_key(|&c| header.matches(c).count())?;
    // A Markdown table's row opens and closes with its bar (`| Surname, Forename | Dept |`), and
    // its cells may hold a comma.
    let header = if sep == '|' { &header[pipe_inner(header)] } else { header };
    let fields: Vec<&str> = header.split(sep).map(str::trim).collect();
    let plausible = fields.len() >= 2
        && fields.iter().all(|f| {
            !f.is_empty()
                && f.len() <= 40
                && f.chars().next().is_some_and(char::is_alphabetic)
                && f.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | ' ' | '-' | '.' | '/' | '#') || (sep == '|' && c == ','))
        });
    if !plausible {
        return None;
    }
    let classes: Vec<Option<KeyClass>> = fields.iter().map(|f| classify_key(f)).collect();
    if classes.iter().all(Option::is_none) && !fields.iter().any(|f| is_thing_column(f)) {
        return None;
    }
    Some(HeaderRow { sep, fields, classes })
}

/// Where `line` is, without the white space and the bars that open and close a Markdown table row.
fn pipe_inner(line: &str) -> std::ops::Range<usize> {
    let start = line.len() - line.trim_start().len();
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    let start = start + usize::from(line[start..].starts_with('|'));
    start..start + t.len()
}

/// Token `i` stands in the header row of a delimited table: a column name, never a value.
pub(crate) fn in_header_row(doc: &Doc<'_>, i: usize) -> bool {
    let (a, b) = (doc.line_first(i), doc.line_end(i));
    let line = &doc.text[doc.toks[a].start..doc.toks[b - 1].end];
    line.contains([',', '\t', '|', ';']) && header_row(line).is_some()
}

/// Columns that hold things, not people: a first name in them is a colour or a product.
pub(super) fn is_thing_column(header: &str) -> bool {
    const THINGS: &[&str] = &[
        "color",
        "colour",
        "sku",
        "product",
        "item",
        "status",
        "stage",
        "type",
        "category",
        "source",
        "plan",
        "warehouse",
        "description",
        "title",
        "department",
        "dept",
        "size",
        "brand",
        "model",
        "variant",
        "channel",
        "priority",
        "tag",
        "tags",
        "label",
        "segment",
        "tier",
        "finish",
        "material",
        "flavor",
        "flavour",
        "style",
        "pattern",
        "shade",
        "product name",
        "item name",
        "service",
        "room",
        "unit",
        // A person's role or department, in the seven languages: a job is no name (`Monteur`).
        "role",
        "position",
        "job title",
        "function",
        "functie",
        "afdeling",
        "rol",
        "funktion",
        "abteilung",
        "rolle",
        "fonction",
        "poste",
        "rôle",
        "reparto",
        "ruolo",
        "mansione",
        "funzione",
        "ufficio",
        "cargo",
        "puesto",
        "departamento",
        "función",
        "função",
        "setor",
    ];
    let h = header.trim().to_lowercase().replace(['_', '-'], " ");
    THINGS.contains(&h.as_str()) || h.ends_with(" color") || h.ends_with(" colour")
}

/// Byte ranges of the cells of one delimited row, quotes excluded.
/// `cells` with each cell that starts with a space joined to the cell before it: the separator
/// between them was a comma inside an unquoted value.
fn join_spaced(text: &str, cells: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(cells.len());
    for &(s, e) in cells {
        match out.last_mut() {
            Some(last) if s < e && text.as_bytes()[s] == b' ' => last.1 = e,
            _ => out.push((s, e)),
        }
    }
    out
}

fn split_row(text: &str, start: usize, end: usize, sep: char) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut cells = Vec::new();
    let mut i = start;
    let sep = sep as u8;
    loop {
        if i < end && bytes[i] == b'"' {
            let s = i + 1;
            let mut j = s;
            while j < end && bytes[j] != b'"' {
                j += 1;
            }
            cells.push((s, j));
            i = j + 1;
            while i < end && bytes[i] != sep {
                i += 1;
            }
        } else {
            let s = i;
            while i < end && bytes[i] != sep {
                i += 1;
            }
            cells.push((s, i));
        }
        if i >= end {
            break;
        }
        i += 1;
        if i == end {
            cells.push((end, end));
            break;
        }
    }
    cells
}
