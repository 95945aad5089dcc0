//! CSV and TSV, streamed record by record.
//!
//! Extracted text: every cell's value (quotes removed, `""` unescaped), row by row, each cell
//! followed by `\t`, the last cell of a row by `\n`. The header row is analysed like any row and
//! its cells are the context (`field_name`) of the cells below them. Unchanged cells, delimiters,
//! quoting and line ends are written back byte for byte; a redacted cell keeps its quotes, and gains
//! quotes only when its new value needs them.

use std::io::Write;

use crate::encoding::{Decoder, Encoder, Encoding};
use crate::pass::{self, Pass};
use crate::{DocError, Format, Input};

const CHUNK: usize = 1 << 16;

#[derive(Debug, Clone, Copy)]
struct Cell {
    /// Raw byte range of the cell in the buffer (quotes included).
    start: usize,
    end: usize,
    quoted: bool,
}

pub(crate) fn run(input: &Input, delim: Option<char>, pass: &mut Pass<'_>, out: &mut dyn Write) -> Result<&'static str, DocError> {
    let enc = Encoding::detect(input)?;
    let format = if delim == Some('\t') { Format::Tsv } else { Format::Csv };
    let mut dec = Decoder::new(input.open()?, enc);
    let mut encoder = Encoder::new(out, enc);
    let mut buf = String::new();
    let mut more = true;
    while more && buf.len() < CHUNK {
        more = dec.next_chunk(&mut buf, CHUNK)?;
    }
    let delim = delim.map_or_else(|| sniff_delimiter(&buf), |d| d as u8);
    let redacting = pass.is_redacting();
    let mut header: Vec<String> = Vec::new();
    let mut cells: Vec<Cell> = Vec::new();
    let mut values: Vec<String> = Vec::new();
    let mut outbuf = String::new();
    let mut row = 0u64;
    loop {
        let mut pos = 0;
        while let Some(end) = parse_record(&buf, pos, delim, !more, &mut cells)? {
            values.clear();
            values.extend(cells.iter().map(|c| cell_value(&buf, *c)));
            let mut written = pos;
            let last = cells.len().saturating_sub(1);
            for (i, (cell, value)) in cells.iter().zip(&values).enumerate() {
                let field = if row > 0 { header.get(i).map(String::as_str).filter(|h| !h.is_empty()) } else { None };
                let reps = pass.segment_sep(value, field, if i == last { '\n' } else { '\t' })?;
                if redacting && !reps.is_empty() {
                    outbuf.push_str(&buf[written..cell.start]);
                    let new = pass::apply(value, &reps);
                    write_cell(&mut outbuf, &new, cell.quoted, delim);
                    written = cell.end;
                }
            }
            if redacting {
                outbuf.push_str(&buf[written..end]);
                if outbuf.len() >= CHUNK {
                    encoder.write_str(&outbuf)?;
                    outbuf.clear();
                }
            }
            if row == 0 {
                header = values.iter().map(|v| v.trim().to_owned()).collect();
            }
            row += 1;
            pos = end;
            if pos == buf.len() {
                break;
            }
        }
        buf.drain(..pos);
        if buf.len() > pass.limits.max_record_bytes {
            return Err(DocError::TooLarge(format!(
                "a {} record longer than {} bytes (an unclosed quote?)",
                format.as_str(),
                pass.limits.max_record_bytes
            )));
        }
        pass.progress(dec.consumed)?;
        if !more {
            if !buf.is_empty() {
                return Err(DocError::Corrupt(format!("the {} ends inside a quoted field", format.as_str())));
            }
            break;
        }
        more = dec.next_chunk(&mut buf, CHUNK)?;
    }
    encoder.write_str(&outbuf)?;
    Ok(crate::text::content_type(format, enc))
}

/// The most frequent of `,`, `;`, `|` and tab outside quotes in the first line; `,` if none.
fn sniff_delimiter(buf: &str) -> u8 {
    let mut counts = [0usize; 4];
    let cands = [b',', b';', b'\t', b'|'];
    let mut in_quotes = false;
    for &b in buf.as_bytes() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' if !in_quotes => break,
            _ if !in_quotes => {
                if let Some(i) = cands.iter().position(|&c| c == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let (i, n) = counts.iter().enumerate().max_by_key(|(i, n)| (**n, usize::MAX - i)).unwrap_or((0, &0));
    if *n == 0 { b',' } else { cands[i] }
}

/// Parses one record starting at `pos`: its cells into `cells`, and the offset after its line end.
/// `None` when the buffer holds no complete record yet (or nothing at all at the end).
fn parse_record(buf: &str, pos: usize, delim: u8, eof: bool, cells: &mut Vec<Cell>) -> Result<Option<usize>, DocError> {
    cells.clear();
    let b = buf.as_bytes();
    if pos >= b.len() {
        return Ok(None);
    }
    let mut i = pos;
    loop {
        let start = i;
        let quoted = b.get(i) == Some(&b'"');
        if quoted {
            i += 1;
            loop {
                match memchr_quote(b, i) {
                    Some(q) if b.get(q + 1) == Some(&b'"') => i = q + 2,
                    Some(q) if q + 1 == b.len() && !eof => return Ok(None),
                    Some(q) => {
                        i = q + 1;
                        break;
                    }
                    None if eof => return Err(DocError::Corrupt("the CSV ends inside a quoted field".into())),
                    None => return Ok(None),
                }
            }
        }
        // Unquoted part (or what trails a closing quote) up to the delimiter or line end.
        while i < b.len() && b[i] != delim && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        cells.push(Cell { start, end: i, quoted });
        if i >= b.len() {
            return Ok(if eof { Some(i) } else { None });
        }
        match b[i] {
            c if c == delim => i += 1,
            b'\r' => {
                if i + 1 >= b.len() && !eof {
                    return Ok(None);
                }
                return Ok(Some(if b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 }));
            }
            _ => return Ok(Some(i + 1)),
        }
    }
}

fn memchr_quote(b: &[u8], from: usize) -> Option<usize> {
    b.get(from..)?.iter().position(|&c| c == b'"').map(|p| p + from)
}

fn cell_value(buf: &str, c: Cell) -> String {
    let raw = &buf[c.start..c.end];
    if !c.quoted {
        return raw.to_owned();
    }
    let inner = &raw[1..];
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        if ch == '"' {
            if chars.peek().map(|&(_, c)| c) == Some('"') {
                chars.next();
                out.push('"');
            } else {
                out.push_str(&inner[i + 1..]);
                break;
            }
        } else {
            out.push(ch);
        }
    }
    out
}

fn write_cell(out: &mut String, value: &str, quoted: bool, delim: u8) {
    let needs = quoted || value.bytes().any(|b| b == delim || b == b'"' || b == b'\n' || b == b'\r');
    if needs {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a test fails loudly")]
mod tests {
    use super::*;

    #[test]
    fn records_with_quotes_and_crlf_parse() {
        let buf = "a,\"b,\"\"c\"\"\",d\r\ne,f\n";
        let mut cells = Vec::new();
        let end = parse_record(buf, 0, b',', true, &mut cells).unwrap().unwrap();
        assert_eq!(&buf[end..], "e,f\n");
        let vals: Vec<String> = cells.iter().map(|c| cell_value(buf, *c)).collect();
        assert_eq!(vals, ["a", "b,\"c\"", "d"]);
        assert_eq!(parse_record("x,\"open", 0, b',', false, &mut cells).unwrap(), None);
        assert!(parse_record("x,\"open", 0, b',', true, &mut cells).is_err());
    }

    #[test]
    fn the_delimiter_is_sniffed_from_the_first_line() {
        assert_eq!(sniff_delimiter("a;b;c\n1,2;3"), b';');
        assert_eq!(sniff_delimiter("\"a;b\",c\n"), b',');
        assert_eq!(sniff_delimiter("abc\n"), b',');
    }
}
