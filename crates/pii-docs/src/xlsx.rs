//! XLSX (SpreadsheetML).
//!
//! Extracted text, in this order: the sheet names (context `sheet`); the shared strings, one
//! segment per `<si>` (rich-text runs joined; context: the header of the first column that uses
//! it); then per sheet in workbook order, cell by cell: inline strings, cached string results of
//! formulas, and integer cells of 5+ digits (identifiers stored as numbers), with the column's
//! header (the first row's value) as context; then comments, one segment per comment; then chart
//! and pivot caches (`<c:v>` text, `<s v>` items); then the
//! document properties (see the DOCX module).
//!
//! A redacted number becomes an inline string cell holding the operator's output (a formula cell
//! keeps its formula and gets a string cached value). A redacted sheet name is made a valid unique
//! sheet name and every reference to it (formulas, defined names, charts, the app properties) is
//! renamed too, so formulas keep working. Formula text itself is not analysed.

use std::collections::HashMap;

use crate::edits::{self, Edit, SourceMap, escape_xml_attr, escape_xml_text};
use crate::markup::{Flavor, Scanner, Tok, decode_into};
use crate::ooxml::{self, Package};
use crate::pass::{self, Pass};
use crate::{DocError, Format, Ran};

struct Sheet {
    name: String,
    /// Raw range of the name attribute's value in workbook.xml.
    name_range: (usize, usize),
    part: String,
}

#[derive(Default)]
struct Cell {
    start: usize,
    end: usize,
    col: String,
    r: Option<String>,
    t: Option<String>,
    s: Option<String>,
    v: Option<(usize, usize)>,
    f: Option<(usize, usize)>,
    inline: Option<(String, SourceMap)>,
}

pub(crate) fn run(bytes: &[u8], pass: &mut Pass<'_>) -> Result<Ran, DocError> {
    let mut pkg = Package::read(bytes, "XLSX", pass.limits, &mut pass.decompressed)?;
    let wb_src = pkg.text("xl/workbook.xml")?.ok_or_else(|| DocError::Corrupt("the XLSX has no xl/workbook.xml".into()))?;
    let rels_src = pkg.text("xl/_rels/workbook.xml.rels")?.unwrap_or_default();
    let sheets = parse_workbook(&wb_src, &rels_src)?;

    // Shared strings.
    let sst_src = pkg.text("xl/sharedStrings.xml")?;
    let sst = match &sst_src {
        Some(s) => parse_sst(s)?,
        None => Vec::new(),
    };

    // First look at every sheet: which column header first uses each shared string. Cells are
    // visited one at a time and not kept, so memory does not grow with the number of cells.
    let mut sst_field: Vec<Option<String>> = vec![None; sst.len()];
    for sh in &sheets {
        let src = pkg.text(&sh.part)?.ok_or_else(|| DocError::Corrupt(format!("the XLSX lacks the part of sheet {}", sh.part)))?;
        let mut headers: HashMap<String, String> = HashMap::new();
        for_each_cell(&src, pass.limits.max_nesting_depth, &mut |c, is_header| {
            if is_header {
                if let Some(v) = cell_text(&src, c, &sst) {
                    headers.insert(c.col.clone(), v.trim().to_owned());
                }
            } else if c.t.as_deref() == Some("s")
                && let Some(i) = c.v.and_then(|(a, b)| src[a..b].trim().parse::<usize>().ok())
                && i < sst_field.len()
                && sst_field[i].is_none()
            {
                sst_field[i] = headers.get(&c.col).cloned().filter(|h| !h.is_empty());
            }
            Ok(())
        })?;
    }

    // 1. Sheet names.
    let mut renames: Vec<(String, String)> = Vec::new();
    let mut wb_edits = Vec::new();
    let mut taken: Vec<String> = sheets.iter().map(|s| s.name.to_lowercase()).collect();
    for sh in &sheets {
        let reps = pass.segment(&sh.name, Some("sheet"))?;
        if !reps.is_empty() {
            let new = unique_sheet_name(&pass::apply(&sh.name, &reps), &mut taken);
            wb_edits.push(Edit { start: sh.name_range.0, end: sh.name_range.1, text: escape_xml_attr(&new) });
            renames.push((sh.name.clone(), new));
        }
    }

    // 2. Shared strings.
    if let Some(src) = &sst_src {
        let mut e = Vec::new();
        for (i, (text, map)) in sst.iter().enumerate() {
            let reps = pass.segment(text, sst_field[i].as_deref())?;
            map.edits(&reps, &escape_xml_text, &mut e);
        }
        if !e.is_empty() {
            pkg.replace("xl/sharedStrings.xml", edits::apply(src, &mut e).into_bytes());
        }
    }

    // 3. Cells.
    for sh in &sheets {
        let src = pkg.text(&sh.part)?.ok_or_else(|| DocError::Corrupt(format!("the XLSX lacks the part of sheet {}", sh.part)))?;
        let mut headers: HashMap<String, String> = HashMap::new();
        let mut e = Vec::new();
        for_each_cell(&src, pass.limits.max_nesting_depth, &mut |c, is_header| {
            if is_header && let Some(v) = cell_text(&src, c, &sst) {
                headers.insert(c.col.clone(), v.trim().to_owned());
            }
            let field = if is_header { None } else { headers.get(&c.col).map(String::as_str).filter(|h| !h.is_empty()) };
            let before = e.len();
            match c.t.as_deref() {
                Some("inlineStr") => {
                    if let Some((text, map)) = &c.inline {
                        let reps = pass.segment(text, field)?;
                        map.edits(&reps, &escape_xml_text, &mut e);
                    }
                }
                Some("str") => {
                    if let Some((a, b)) = c.v {
                        let mut text = String::new();
                        let mut map = SourceMap::new();
                        decode_into(&src, a, b, false, &mut text, &mut map);
                        let reps = pass.segment(&text, field)?;
                        map.edits(&reps, &escape_xml_text, &mut e);
                    }
                }
                None | Some("n") => {
                    if let Some((a, b)) = c.v {
                        let lit = src[a..b].trim();
                        let digits = lit.bytes().filter(u8::is_ascii_digit).count();
                        if digits >= crate::json::MIN_ID_DIGITS && lit.bytes().all(|x| x.is_ascii_digit() || x == b'-') {
                            let reps = pass.segment(lit, field)?;
                            if !reps.is_empty() {
                                let new = pass::apply(lit, &reps);
                                e.push(Edit { start: c.start, end: c.end, text: string_cell(&src, c, &new, &renames) });
                                return Ok(());
                            }
                        }
                    }
                }
                _ => {}
            }
            // Formulas that name a renamed sheet (unless the cell was rewritten whole above).
            if let (Some((a, b)), false) = (c.f, renames.is_empty()) {
                let redone = e[before..].iter().any(|x| x.start == c.start);
                let f = rename_refs(&src[a..b], &renames);
                if !redone && f != src[a..b] {
                    e.push(Edit { start: a, end: b, text: f });
                }
            }
            Ok(())
        })?;
        if !e.is_empty() {
            pkg.replace(&sh.part, edits::apply(&src, &mut e).into_bytes());
        }
    }

    // Defined names, charts and app properties that name renamed sheets.
    if !renames.is_empty() {
        rename_in_element_text(&wb_src, "definedName", &renames, &mut wb_edits)?;
        for name in pkg.names(|n| n.starts_with("xl/charts/") && n.ends_with(".xml")) {
            if let Some(src) = pkg.text(&name)? {
                let mut e = Vec::new();
                rename_in_element_text(&src, "f", &renames, &mut e)?;
                if !e.is_empty() {
                    pkg.replace(&name, edits::apply(&src, &mut e).into_bytes());
                }
            }
        }
        if let Some(src) = pkg.text("docProps/app.xml")? {
            let mut e = Vec::new();
            rename_lpstr(&src, &renames, &mut e)?;
            if !e.is_empty() {
                pkg.replace("docProps/app.xml", edits::apply(&src, &mut e).into_bytes());
            }
        }
    }
    if !wb_edits.is_empty() {
        pkg.replace("xl/workbook.xml", edits::apply(&wb_src, &mut wb_edits).into_bytes());
    }

    // 4. Comments.
    for name in pkg.names(|n| n.starts_with("xl/comments") && n.ends_with(".xml")) {
        if let Some(src) = pkg.text(&name)? {
            let mut e = comments(&src, pass)?;
            if !e.is_empty() {
                pkg.replace(&name, edits::apply(&src, &mut e).into_bytes());
            }
        }
    }
    ooxml::caches(&mut pkg, pass)?;
    // 5. Properties.
    ooxml::doc_props(&mut pkg, pass)?;
    ooxml::media(&mut pkg, pass)?;
    let out = if pass.is_redacting() { Some(pkg.write()?) } else { None };
    Ok(Ran { bytes: out, content_type: Format::Xlsx.content_type() })
}

fn cell_text(src: &str, c: &Cell, sst: &[(String, SourceMap)]) -> Option<String> {
    let v = c.v.map(|(a, b)| &src[a..b]);
    match c.t.as_deref() {
        Some("s") => v.and_then(|v| v.trim().parse::<usize>().ok()).and_then(|i| sst.get(i)).map(|(t, _)| t.clone()),
        Some("inlineStr") => c.inline.as_ref().map(|(t, _)| t.clone()),
        _ => v.map(|v| {
            let mut out = String::new();
            decode_into(v, 0, v.len(), false, &mut out, &mut SourceMap::new());
            out
        }),
    }
}

fn string_cell(src: &str, c: &Cell, value: &str, renames: &[(String, String)]) -> String {
    let mut out = String::from("<c");
    if let Some(r) = &c.r {
        out.push_str(&format!(" r=\"{r}\""));
    }
    if let Some(s) = &c.s {
        out.push_str(&format!(" s=\"{s}\""));
    }
    match c.f {
        Some((a, b)) => {
            let f = rename_refs(&src[a..b], renames);
            out.push_str(&format!(" t=\"str\"><f>{f}</f><v>{}</v></c>", escape_xml_text(value)));
        }
        None => out.push_str(&format!(" t=\"inlineStr\"><is><t>{}</t></is></c>", escape_xml_text(value))),
    }
    out
}

fn parse_workbook(src: &str, rels: &str) -> Result<Vec<Sheet>, DocError> {
    let mut targets = HashMap::new();
    let mut sc = Scanner::new(rels, Flavor::Xml);
    while let Some(tok) = sc.next_tok()? {
        if let Tok::Start { name: "Relationship", attrs, .. } = tok {
            let id = attrs.iter().find(|a| a.name == "Id").map(|a| &rels[a.start..a.end]);
            let target = attrs.iter().find(|a| a.name == "Target").map(|a| &rels[a.start..a.end]);
            if let (Some(id), Some(t)) = (id, target) {
                let path = if let Some(abs) = t.strip_prefix('/') { abs.to_owned() } else { format!("xl/{t}") };
                targets.insert(id.to_owned(), path);
            }
        }
    }
    let mut sheets = Vec::new();
    let mut sc = Scanner::new(src, Flavor::Xml);
    while let Some(tok) = sc.next_tok()? {
        if let Tok::Start { name: "sheet", attrs, .. } = tok {
            let name = attrs.iter().find(|a| a.name == "name").ok_or_else(|| DocError::Corrupt("a sheet without a name".into()))?;
            let rid = attrs.iter().find(|a| a.name == "r:id" || a.name.ends_with(":id")).map(|a| &src[a.start..a.end]);
            let Some(part) = rid.and_then(|r| targets.get(r)) else {
                return Err(DocError::Corrupt("a sheet without its part".into()));
            };
            let mut text = String::new();
            decode_into(src, name.start, name.end, false, &mut text, &mut SourceMap::new());
            sheets.push(Sheet { name: text, name_range: (name.start, name.end), part: part.clone() });
        }
    }
    Ok(sheets)
}

/// Every `<si>` of the shared strings part: its text (runs joined, phonetic runs left out).
fn parse_sst(src: &str) -> Result<Vec<(String, SourceMap)>, DocError> {
    let mut sc = Scanner::new(src, Flavor::Xml);
    let mut out = Vec::new();
    let mut cur: Option<(String, SourceMap)> = None;
    let mut in_t = false;
    let mut in_rph = false;
    while let Some(tok) = sc.next_tok()? {
        match tok {
            Tok::Start { name: "si", empty, .. } => {
                if empty {
                    out.push((String::new(), SourceMap::new()));
                } else {
                    cur = Some((String::new(), SourceMap::new()));
                }
            }
            Tok::End { name: "si", .. } => out.extend(cur.take()),
            Tok::Start { name: "rPh", empty: false, .. } => in_rph = true,
            Tok::End { name: "rPh", .. } => in_rph = false,
            Tok::Start { name: "t", empty: false, .. } => in_t = !in_rph,
            Tok::End { name: "t", .. } => in_t = false,
            Tok::Text(a, b) if in_t => {
                if let Some((t, m)) = cur.as_mut() {
                    decode_into(src, a, b, false, t, m);
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// Calls `f` for every cell of a worksheet part, in order, with whether it is in the header (first) row.
fn for_each_cell(src: &str, max_depth: usize, f: &mut dyn FnMut(&Cell, bool) -> Result<(), DocError>) -> Result<(), DocError> {
    let mut sc = Scanner::new(src, Flavor::Xml);
    let mut cur: Option<Cell> = None;
    let (mut in_v, mut in_t, mut in_is, mut in_f) = (false, false, false, false);
    let mut f_start = 0;
    let mut header_row = None;
    let mut row_no = 0u64;
    let mut col_idx = 0u32;
    let mut depth = 0usize;
    while let Some(tok) = sc.next_tok()? {
        match tok {
            Tok::Start { name, attrs, empty, start, end } => {
                if !empty {
                    depth += 1;
                    if depth > max_depth {
                        return Err(DocError::TooLarge("XLSX elements nested too deep".into()));
                    }
                }
                let attr = |n: &str| attrs.iter().find(|a| a.name == n).map(|a| src[a.start..a.end].to_owned());
                match name {
                    "row" => {
                        col_idx = 0;
                        row_no = attr("r").and_then(|r| r.parse().ok()).unwrap_or(row_no + 1);
                        if header_row.is_none() {
                            header_row = Some(row_no);
                        }
                    }
                    "c" => {
                        col_idx += 1;
                        let r = attr("r");
                        let col =
                            r.as_deref().map_or_else(|| col_name(col_idx), |r| r.trim_end_matches(|x: char| x.is_ascii_digit()).to_owned());
                        let c = Cell { start, end, col, r, t: attr("t"), s: attr("s"), ..Cell::default() };
                        if empty {
                            let hdr = Some(row_no) == header_row;
                            f(&c, hdr)?;
                        } else {
                            cur = Some(c);
                        }
                    }
                    "v" if !empty => in_v = true,
                    "f" => {
                        if empty {
                            if let Some(c) = cur.as_mut() {
                                c.f = Some((start, start)); // shared formula reference: nothing to rename
                                let _ = end;
                            }
                        } else {
                            in_f = true;
                            f_start = end;
                        }
                    }
                    "is" if !empty => {
                        in_is = true;
                        if let Some(c) = cur.as_mut() {
                            c.inline = Some((String::new(), SourceMap::new()));
                        }
                    }
                    "t" if !empty && in_is => in_t = true,
                    _ => {}
                }
            }
            Tok::End { name, start, end } => {
                depth = depth.saturating_sub(1);
                match name {
                    "c" => {
                        if let Some(mut c) = cur.take() {
                            c.end = end;
                            let hdr = Some(row_no) == header_row;
                            f(&c, hdr)?;
                        }
                    }
                    "v" => in_v = false,
                    "f" => {
                        in_f = false;
                        if let Some(c) = cur.as_mut() {
                            c.f = Some((f_start, start));
                        }
                    }
                    "is" => in_is = false,
                    "t" => in_t = false,
                    _ => {}
                }
            }
            Tok::Text(a, b) => {
                if let Some(c) = cur.as_mut() {
                    if in_v {
                        c.v = Some((a, b));
                    } else if in_t && let Some((t, m)) = c.inline.as_mut() {
                        decode_into(src, a, b, false, t, m);
                    }
                }
                let _ = in_f;
            }
            _ => {}
        }
    }
    Ok(())
}

fn col_name(mut n: u32) -> String {
    let mut s = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// A valid sheet name (no `[]:*?/\`, at most 31 chars, not blank) that no other sheet has.
fn unique_sheet_name(wanted: &str, taken: &mut Vec<String>) -> String {
    let clean: String = wanted.chars().filter(|c| !"[]:*?/\\".contains(*c)).collect();
    let clean = clean.trim_matches('\'').trim();
    let base: String = if clean.is_empty() { "Sheet".into() } else { clean.chars().take(31).collect() };
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains(&name.to_lowercase()) {
        let suffix = format!(" ({n})");
        name = format!("{}{suffix}", base.chars().take(31 - suffix.len()).collect::<String>());
        n += 1;
    }
    taken.push(name.to_lowercase());
    name
}

/// Renames sheet references in a formula's raw (XML-escaped) text: `'Old Name'!` and `Old!`.
fn rename_refs(formula: &str, renames: &[(String, String)]) -> String {
    let mut f = formula.to_owned();
    for (old, new) in renames {
        let new_ref = format!("'{}'!", escape_xml_text(&new.replace('\'', "''")));
        let quoted = format!("'{}'!", escape_xml_text(&old.replace('\'', "''")));
        f = f.replace(&quoted, &new_ref);
        let bare = format!("{}!", escape_xml_text(old));
        let mut out = String::with_capacity(f.len());
        let mut rest = f.as_str();
        while let Some(i) = rest.find(&bare) {
            let before = out.chars().last().or_else(|| rest[..i].chars().last());
            let prev = if i > 0 { rest[..i].chars().last() } else { before };
            let boundary = prev.is_none_or(|p| !(p.is_alphanumeric() || p == '_' || p == '.' || p == '\''));
            out.push_str(&rest[..i]);
            out.push_str(if boundary { &new_ref } else { &bare });
            rest = &rest[i + bare.len()..];
        }
        out.push_str(rest);
        f = out;
    }
    f
}

fn rename_in_element_text(src: &str, element: &str, renames: &[(String, String)], out: &mut Vec<Edit>) -> Result<(), DocError> {
    let mut sc = Scanner::new(src, Flavor::Xml);
    let mut inside = false;
    while let Some(tok) = sc.next_tok()? {
        match tok {
            Tok::Start { name, empty: false, .. } if ooxml::local(name) == element => inside = true,
            Tok::End { name, .. } if ooxml::local(name) == element => inside = false,
            Tok::Text(a, b) if inside => {
                let f = rename_refs(&src[a..b], renames);
                if f != src[a..b] {
                    out.push(Edit { start: a, end: b, text: f });
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn rename_lpstr(src: &str, renames: &[(String, String)], out: &mut Vec<Edit>) -> Result<(), DocError> {
    let mut sc = Scanner::new(src, Flavor::Xml);
    let mut inside = false;
    while let Some(tok) = sc.next_tok()? {
        match tok {
            Tok::Start { name: "vt:lpstr", empty: false, .. } => inside = true,
            Tok::End { name: "vt:lpstr", .. } => inside = false,
            Tok::Text(a, b) if inside => {
                let mut t = String::new();
                decode_into(src, a, b, false, &mut t, &mut SourceMap::new());
                if let Some((_, new)) = renames.iter().find(|(old, _)| *old == t) {
                    out.push(Edit { start: a, end: b, text: escape_xml_text(new) });
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Comments: one segment per comment text; authors are emptied.
fn comments(src: &str, pass: &mut Pass<'_>) -> Result<Vec<Edit>, DocError> {
    let mut sc = Scanner::new(src, Flavor::Xml);
    let mut edits = Vec::new();
    let mut cur: Option<(String, SourceMap)> = None;
    let (mut in_t, mut in_author) = (false, false);
    while let Some(tok) = sc.next_tok()? {
        match tok {
            Tok::Start { name: "text", empty: false, .. } => cur = Some((String::new(), SourceMap::new())),
            Tok::End { name: "text", .. } => {
                if let Some((t, m)) = cur.take() {
                    let reps = pass.segment(&t, None)?;
                    m.edits(&reps, &escape_xml_text, &mut edits);
                }
            }
            Tok::Start { name: "t", empty: false, .. } => in_t = true,
            Tok::End { name: "t", .. } => in_t = false,
            Tok::Start { name: "author", empty: false, .. } => in_author = true,
            Tok::End { name: "author", .. } => in_author = false,
            Tok::Text(a, b) if in_t => {
                if let Some((t, m)) = cur.as_mut() {
                    decode_into(src, a, b, false, t, m);
                }
            }
            Tok::Text(a, b) if in_author && pass.is_redacting() => edits.push(Edit { start: a, end: b, text: String::new() }),
            _ => {}
        }
    }
    Ok(edits)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a test fails loudly")]
mod tests {
    use super::*;

    #[test]
    fn sheet_references_are_renamed_only_where_they_are_references() {
        let r = vec![("Data".to_owned(), "<X>".to_owned())];
        assert_eq!(rename_refs("SUM(Data!A1:A3)+MyData!B1+'Data'!C1", &r), "SUM('&lt;X&gt;'!A1:A3)+MyData!B1+'&lt;X&gt;'!C1");
    }

    #[test]
    fn sheet_names_stay_valid_and_unique() {
        let mut taken = vec!["<person>".to_owned()];
        assert_eq!(unique_sheet_name("<PERSON>", &mut taken), "<PERSON> (2)");
        assert_eq!(unique_sheet_name("a/b", &mut taken), "ab");
        assert_eq!(unique_sheet_name(&"x".repeat(64), &mut taken).len(), 31);
    }
}
