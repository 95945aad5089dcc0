//! One scan's context state: the keywords seen so far, found at the word starts the scanner passes,
//! and the verdict for a candidate from its window, its line and the table it sits in.

use super::super::kind::KindSet;
use super::tables::{TableHeaders, column_of, field_at};
use super::trace::{NoTrace, Trace};
use super::{ContextIndex, PREVIOUS_LINE_TAIL, PREVIOUS_LINES, Verdict, WINDOW, memchr, memrchr};
use crate::engine::ContextSource;

/// One keyword occurrence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub(super) start: u32,
    pub(super) end: u32,
    pub(super) keyword: u16,
}

/// Lines longer than this are never table rows, so that no candidate costs more than a bounded scan.
const MAX_LINE: usize = 4096;

/// Per-scan context state. The scanner reports every keyword at the word starts it passes
/// ([`ScanContext::word_at`]), so the text is read once; a candidate's verdict then looks back over
/// the keywords already seen. The table a line belongs to and its column verdicts are cached, since
/// candidates arrive in text order.
#[derive(Default)]
pub(crate) struct ScanContext {
    /// Every keyword seen so far, in text order.
    hits: Vec<Hit>,
    /// The line of the last table lookup and its result.
    line: (usize, usize),
    table: Option<(usize, usize, u8)>,
    tables: TableHeaders,
    /// Verdicts of the columns of the current table's header, by column.
    columns: Vec<(usize, Verdict)>,
    columns_of: (usize, usize),
}

impl ScanContext {
    /// Forgets the previous text but keeps the buffers, so that a thread analysing many small
    /// documents allocates nothing per call.
    pub(crate) fn reset(&mut self) {
        let mut hits = std::mem::take(&mut self.hits);
        let mut columns = std::mem::take(&mut self.columns);
        hits.clear();
        columns.clear();
        *self = ScanContext { hits, columns, ..ScanContext::default() };
    }

    /// Records the keyword starting at the word start `p`, if there is one; returns its end.
    #[inline]
    pub(crate) fn word_at(&mut self, index: &ContextIndex, bytes: &[u8], p: usize) -> Option<usize> {
        // A word inside a phrase already matched ("license" in "driver license") is not a keyword
        // of its own.
        if self.hits.last().is_some_and(|h| p < h.end as usize) {
            return None;
        }
        let (e, k) = index.keyword_at(bytes, p, bytes.len())?;
        self.hits.push(Hit { start: p as u32, end: e as u32, keyword: k });
        Some(e)
    }

    /// The context verdict for a candidate starting at `start`: `base` (the segment's field name)
    /// first; then, in a table row, the CSV column header; otherwise the nearest keyword before it
    /// on its line, else a label at the end of one of the previous lines.
    ///
    /// `wanted` names the kinds the caller asks about: once they are all decided, the lookups stop
    /// (a table row whose own line already labels the value needs no header lookup).
    #[inline]
    pub(crate) fn verdict(&mut self, index: &ContextIndex, text: &str, start: usize, base: Verdict, wanted: KindSet) -> Verdict {
        self.verdict_traced(index, text, start, base, wanted, &mut NoTrace)
    }

    /// [`ScanContext::verdict`], telling `trace` which keyword raised which kinds, nearest first
    /// (the keywords of `base` are the caller's to report, before these).
    pub(crate) fn verdict_traced<T: Trace>(
        &mut self,
        index: &ContextIndex,
        text: &str,
        start: usize,
        base: Verdict,
        wanted: KindSet,
        trace: &mut T,
    ) -> Verdict {
        let bytes = text.as_bytes();
        let mut v = base;
        if wanted & !v.decided() == 0 {
            return v;
        }
        // In a table row, the column header decides; the cells before the value are not labels
        // (a patient called "Price" is no price).
        if self.apply_table(index, text, start, &mut v, trace) {
            return v;
        }
        let lo = start.saturating_sub(WINDOW);
        let line_start = memrchr(b'\n', &bytes[lo..start]).map(|p| lo + p + 1);
        let from = line_start.unwrap_or(lo);
        // Hits are in text order: walk back from the newest.
        let mut k = self.hits.len();
        while k > 0 && self.hits[k - 1].end as usize > start {
            k -= 1;
        }
        let mut any = false;
        while k > 0 && self.hits[k - 1].start as usize >= from {
            k -= 1;
            let kw = &index.keywords[usize::from(self.hits[k].keyword)];
            // A context word in a sentence before the value's says nothing of it (`Pensez à votre
            // carte Vitale. Merci de nous prévenir au 01.72.94.02.15`).
            if sentence_ends_between(bytes, self.hits[k].end as usize, start) {
                continue;
            }
            any = true;
            v.apply_traced(kw, ContextSource::SameLine, trace);
        }
        if any {
            return v;
        }
        // Only a label at the end of a line above counts ("Account number:", "whats the account
        // again"), not a word at its start ("Account Manager, Acme"), nor a label whose own value
        // follows it on that line ("DOB: 21/12/1952" labels its date, not the phone number below);
        // short lines without any keyword (a chat interjection) may sit in between.
        // The sender's slot of a chat's record, right after its stamp (`18-02-2025 09:21 -
        // 06-68802834: …`, a number saved under no name), takes no label from the record above
        // (`… ligt hier op de bank`, a sofa in Dutch); an answer inside a message still does.
        if line_start.is_some_and(|ls| stamp_only(&bytes[ls..start])) {
            return v;
        }
        let mut line_start = line_start;
        for _ in 0..PREVIOUS_LINES {
            let Some(ls) = line_start.filter(|&ls| ls > 0) else { break };
            let prev_end = ls - 1;
            let lo = prev_end.saturating_sub(WINDOW);
            let prev_start = memrchr(b'\n', &bytes[lo..prev_end]).map(|p| lo + p + 1);
            // A line that ends a sentence (`… quoting the invoice number.`) labels nothing below it.
            if ends_sentence(&bytes[prev_start.unwrap_or(lo)..prev_end]) {
                break;
            }
            let tail = prev_end.saturating_sub(PREVIOUS_LINE_TAIL).max(prev_start.unwrap_or(lo));
            while k > 0 && self.hits[k - 1].end as usize > prev_end {
                k -= 1;
            }
            let mut found = false;
            while k > 0 && self.hits[k - 1].start as usize >= tail {
                k -= 1;
                found = true;
                let answered = bytes[self.hits[k].end as usize..prev_end].iter().any(u8::is_ascii_digit);
                if !answered {
                    v.apply_traced(&index.keywords[usize::from(self.hits[k].keyword)], ContextSource::PreviousLine, trace);
                }
            }
            if found {
                break;
            }
            line_start = prev_start;
        }
        v
    }

    /// Applies the verdict of the CSV column header above `start`, when its line is a table row;
    /// returns whether it is one.
    fn apply_table<T: Trace>(&mut self, index: &ContextIndex, text: &str, start: usize, v: &mut Verdict, trace: &mut T) -> bool {
        let bytes = text.as_bytes();
        if !(self.line.0 <= start && start < self.line.1) {
            let back = start.saturating_sub(MAX_LINE);
            let ls = match memrchr(b'\n', &bytes[back..start]) {
                Some(p) => Some(back + p + 1),
                None => (back == 0).then_some(0),
            };
            let ahead = (start + MAX_LINE).min(bytes.len());
            let le = match memchr(b'\n', &bytes[start..ahead]) {
                Some(p) => Some(start + p),
                None => (ahead == bytes.len()).then_some(ahead),
            };
            self.table = match (ls, le) {
                (Some(ls), Some(le)) => {
                    self.line = (ls, le.max(start + 1));
                    self.tables.table_of(bytes, ls, le)
                }
                _ => {
                    self.line = (start, start + 1);
                    None
                }
            };
        }
        let Some((hs, he, delim)) = self.table else { return false };
        if self.columns_of != (hs, he) {
            self.columns.clear();
            self.columns_of = (hs, he);
        }
        let col = column_of(&bytes[self.line.0..self.line.1], delim, start - self.line.0);
        let cv = match self.columns.iter().find(|c| c.0 == col) {
            Some(&(_, cv)) => cv,
            None => {
                let mut cv = Verdict::default();
                if let Some(name) = field_at(&text[hs..he], delim, col) {
                    index.field(name, &mut cv);
                }
                self.columns.push((col, cv));
                cv
            }
        };
        // The column's verdict is cached without its words: an explanation reads them again.
        if T::RECORDS
            && let Some(name) = field_at(&text[hs..he], delim, col)
        {
            let mut replay = *v;
            index.field_traced(name, &mut replay, ContextSource::ColumnHeader, trace);
        }
        v.apply_verdict(cv);
        true
    }
}

/// The line ends a sentence: a full stop, `!` or `?` after a lower-case word of three letters or
/// more, blanks after it aside (`quoting the invoice number.`); an abbreviated label (`Tel.`,
/// `No.`) ends none.
fn ends_sentence(line: &[u8]) -> bool {
    let mut end = line.len();
    while end > 0 && line[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    end >= 4 && matches!(line[end - 1], b'.' | b'!' | b'?') && line[end - 4..end - 1].iter().all(u8::is_ascii_lowercase)
}

/// The line's text before the value is a record's stamp and nothing else: a date and a clock time,
/// or a clock time alone, in digits, and separators (`18-02-2025 09:21 - `, `12/03/24, 10:42 - `,
/// `[09:21] `); no word (`[09:21] anna: ` is a message's text).
fn stamp_only(head: &[u8]) -> bool {
    // On the verdict's path for most values: the length and the first byte decide most lines.
    if head.len() > 32 || !head.iter().find(|b| !b.is_ascii_whitespace() && **b != b'[').is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let clock = head.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    clock && !head.iter().any(|&b| b.is_ascii_alphabetic() || b >= 0x80)
}

/// A sentence ends between `from` and `to`: a lower-case word of three letters or more, a full
/// stop, `!` or `?`, a space and a capital (`dossier. Merci`); `No. 12`, `Nr. 4` and `ca. 300`
/// end none.
fn sentence_ends_between(bytes: &[u8], from: usize, to: usize) -> bool {
    (from.max(3)..to.saturating_sub(2)).any(|i| {
        matches!(bytes[i], b'.' | b'!' | b'?')
            && bytes[i + 1] == b' '
            && bytes[i + 2].is_ascii_uppercase()
            && bytes[i - 3..i].iter().all(u8::is_ascii_lowercase)
    })
}
