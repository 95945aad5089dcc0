//! Column headers of delimited tables written as plain text (CSV, TSV, semicolon- or pipe-separated):
//! the header of a value's column labels it as a field name would.

use super::{memchr, memrchr};

/// Finds the column header of a value inside a delimited table written as plain text (CSV, TSV,
/// semicolon- or pipe-separated), caching the block of rows it found (with or without a header) so
/// that a whole table costs one pass.
#[derive(Default)]
pub(crate) struct TableHeaders {
    block: Option<Block>,
}

/// A run of lines with the same delimiter and field count.
#[derive(Clone, Copy)]
struct Block {
    /// Start of the block's first line.
    top: usize,
    /// The header line, when the first line looks like one.
    header: Option<(usize, usize)>,
    delim: u8,
    fields: usize,
    /// End of the last line known to belong to the block.
    verified_to: usize,
}

/// A column header names its column in at most this many words (`Date of last visit`).
const MAX_HEADER_WORDS: usize = 5;

/// A block is searched no further up than this many lines, so a candidate costs bounded work.
const MAX_HEADER_LOOKBACK: usize = 2_000;

impl TableHeaders {
    /// The header line and delimiter of the table whose data row is the line `[ls, le)`, if any.
    pub(super) fn table_of(&mut self, bytes: &[u8], ls: usize, le: usize) -> Option<(usize, usize, u8)> {
        let line = &bytes[ls..le];
        let delim = guess_delimiter(line)?;
        let fields = count_fields(line, delim);
        if fields < 3 {
            return None;
        }
        let cached = self
            .block
            .filter(|b| b.delim == delim && b.fields == fields && ls > b.top)
            .and_then(|mut b| extend(bytes, &mut b, ls).then_some(b));
        let block = match cached {
            Some(b) => b,
            None => find_block(bytes, ls, le, delim, fields),
        };
        self.block = Some(block);
        let (hs, he) = block.header.filter(|h| h.0 < ls)?;
        Some((hs, he, delim))
    }
}

/// Extends the block's verified range down to the line starting at `ls`; false if a line in between
/// breaks the block.
fn extend(bytes: &[u8], block: &mut Block, ls: usize) -> bool {
    let mut p = block.verified_to;
    while p < ls {
        let start = if bytes.get(p) == Some(&b'\n') { p + 1 } else { p };
        if start >= ls {
            break;
        }
        let end = memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |q| start + q);
        if count_fields(&bytes[start..end], block.delim) != block.fields {
            return false;
        }
        p = end;
    }
    block.verified_to = block.verified_to.max(ls);
    true
}

/// Walks up from the row `[ls, le)` over rows with the same field count; the topmost one is the
/// header if it looks like one (letters, few digits).
fn find_block(bytes: &[u8], ls: usize, le: usize, delim: u8, fields: usize) -> Block {
    let mut top = (ls, le);
    let mut cur = ls;
    for _ in 0..MAX_HEADER_LOOKBACK {
        if cur == 0 {
            break;
        }
        let pe = cur - 1;
        let ps = memrchr(b'\n', &bytes[..pe]).map_or(0, |p| p + 1);
        if count_fields(&bytes[ps..pe], delim) != fields {
            break;
        }
        top = (ps, pe);
        cur = ps;
    }
    // A row with no row above it (most often a line of prose with a few commas) has no header.
    // Nor has a wrapped paragraph whose two lines hold as many commas: a header names its columns
    // in a few words each, where prose runs on (`residente em Rua Sete de Setembro, 75, …`).
    let looks_like_header = |h: &[u8]| {
        let digits = h.iter().filter(|b| b.is_ascii_digit()).count();
        let letters = h.iter().filter(|b| b.is_ascii_alphabetic()).count();
        let short_fields =
            h.split(|&b| b == delim).all(|f| f.split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()).count() <= MAX_HEADER_WORDS);
        letters > 0 && digits * 5 <= letters && short_fields
    };
    let header = (top.0 < ls && looks_like_header(&bytes[top.0..top.1])).then_some(top);
    Block { top: top.0, header, delim, fields, verified_to: le }
}

pub(super) fn guess_delimiter(line: &[u8]) -> Option<u8> {
    // Most lines hold no delimiter at all: one vectorised search rules them out.
    let first = memchr::memchr3(b',', b'\t', b';', line).or_else(|| memchr::memchr(b'|', line))?;
    let rest = &line[first..];
    let mut best = (1usize, 0u8);
    for d in [b',', b'\t', b';', b'|'] {
        let n = memchr::memchr_iter(d, rest).count();
        if n > best.0 {
            best = (n, d);
        }
    }
    (best.0 >= 2).then_some(best.1)
}

/// Fields of a delimited line, with double-quoted fields that may hold the delimiter.
pub(super) fn count_fields(line: &[u8], delim: u8) -> usize {
    column_of(line, delim, line.len()) + 1
}

/// The column holding byte `offset` of a delimited line. Jumps from delimiter to quote with a
/// vectorised search: this runs for every line of prose that holds two commas.
pub(super) fn column_of(line: &[u8], delim: u8, offset: usize) -> usize {
    let mut col = 0;
    let mut quoted = false;
    for i in memchr::memchr2_iter(delim, b'"', &line[..offset.min(line.len())]) {
        if line[i] == b'"' {
            quoted = !quoted;
        } else if !quoted {
            col += 1;
        }
    }
    col
}

pub(super) fn field_at(line: &str, delim: u8, col: usize) -> Option<&str> {
    let bytes = line.as_bytes();
    let mut c = 0;
    let mut start = 0;
    let mut quoted = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delim && !quoted {
            if c == col {
                return Some(&line[start..i]);
            }
            c += 1;
            start = i + 1;
        }
    }
    (c == col).then(|| &line[start..])
}
