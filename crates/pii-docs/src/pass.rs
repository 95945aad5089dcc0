//! One walk over a document, shared by analysis and redaction so that both see the same segments.
//!
//! A format walks its document and hands every piece of text to [`Pass::segment`]. In analysis mode
//! the pass runs the engine on it and records findings at the segment's offset in the extracted
//! text; in redaction mode it returns the replacements (byte ranges within the segment plus the
//! operator's output) of the findings that fall in it, and the format writes them back.

use std::collections::HashSet;

use pii_core::Finding;
use pii_core::engine::vault::{MAX_RECORDS_PER_JOB, Minted};
use pii_core::engine::{Analyzer, SegmentContext, Span, TenantKeys, anonymize_traced};
use pii_core::image_reading::ImageReading;
use pii_core::policy::{ImagePolicy, RedactionPolicy, UnreadableImages};
use pii_core::text::{ByteCounter, CharCounter};

use crate::reading::Readings;
use crate::{DocError, ImageNote, Limits};

/// One redaction inside a segment: `start..end` are UTF-8 byte offsets into the segment's text.
#[derive(Debug, Clone)]
pub(crate) struct Replacement {
    pub start: usize,
    pub end: usize,
    /// The operator's output for the value.
    pub text: String,
}

enum Mode<'a> {
    /// Writes the extracted text itself (for users mapping offsets, and for tests).
    Extract {
        out: &'a mut dyn std::io::Write,
    },
    Analyze {
        analyzer: &'a Analyzer,
        findings: Vec<Finding>,
    },
    Redact {
        /// Sorted by start; `next` is the first not yet applied.
        findings: Vec<Finding>,
        next: usize,
        policy: &'a RedactionPolicy,
        keys: &'a TenantKeys,
        /// The distinct surrogates `pseudonymize` wrote, in document order.
        minted: Surrogates,
    },
}

/// The distinct values `pseudonymize` replaced and their surrogates, in the order first written: the
/// caller keeps them in the tenant's vault so that they can be reversed. Bounded by what one job may
/// record ([`MAX_RECORDS_PER_JOB`]); past it, surrogates are only counted.
#[derive(Default)]
pub(crate) struct Surrogates {
    seen: HashSet<Minted>,
    in_order: Vec<Minted>,
    /// Surrogates written past the bound and not among those kept (a repeated one counts again).
    over: u64,
}

impl Surrogates {
    fn add(&mut self, m: Minted) {
        if self.seen.contains(&m) {
            return;
        }
        if self.in_order.len() >= MAX_RECORDS_PER_JOB {
            self.over += 1;
            return;
        }
        self.seen.insert(m.clone());
        self.in_order.push(m);
    }
}

pub(crate) struct Pass<'a> {
    mode: Mode<'a>,
    /// Chars of extracted text walked so far.
    pos: u64,
    pub limits: &'a Limits,
    progress: &'a mut dyn FnMut(u64),
    reported: u64,
    /// Current nesting of attached documents (e-mail).
    pub depth: usize,
    /// Bytes decompressed so far in this document, nested archives included: one
    /// [`Limits::max_decompressed_bytes`] budget for the whole job, so an e-mail carrying many office
    /// files (each under the limit) cannot decompress to many times it.
    pub decompressed: u64,
    /// The policy's treatment of image content (the default in extraction mode).
    pub images: (ImagePolicy, UnreadableImages),
    /// What happened to each image met so far, in document order.
    pub image_notes: Vec<ImageNote>,
    /// What OCR read in each image: recorded in analysis, replayed in redaction.
    pub readings: Readings<'a>,
    /// Images read by OCR in this pass (in redaction: those the readings did not cover).
    pub ocr_runs: u32,
    /// The document's language, identified from its first segments (see [`DocLanguage`]).
    language: DocLanguage,
}

/// The language of the document a pass walks, identified from the text of its first segments
/// (up to [`DocLanguage::SAMPLE`] bytes) so that later short segments (a cell, a subject, a
/// signature) inherit it instead of being guessed on their own; the segments before it is known
/// are analysed in their own language.
#[derive(Default)]
struct DocLanguage {
    sample: String,
    /// Sample length when identification was last tried.
    tried_at: usize,
    known: Option<pii_core::lang::Language>,
}

impl DocLanguage {
    const SAMPLE: usize = 4096;
    /// New bytes of sample before identification is tried again.
    const STEP: usize = 256;

    /// The document's language after seeing `text`, if known by now.
    fn after(&mut self, analyzer: &Analyzer, text: &str) -> Option<pii_core::lang::Language> {
        if self.known.is_some() || self.sample.len() >= Self::SAMPLE {
            return self.known;
        }
        let mut take = text.len().min(Self::SAMPLE - self.sample.len());
        while !text.is_char_boundary(take) {
            take -= 1;
        }
        self.sample.push_str(&text[..take]);
        self.sample.push('\n');
        if self.sample.len() >= self.tried_at + Self::STEP || self.sample.len() >= Self::SAMPLE {
            self.tried_at = self.sample.len();
            self.known = analyzer.document_language(&self.sample);
        }
        self.known
    }
}

impl<'a> Pass<'a> {
    pub fn analyze(analyzer: &'a Analyzer, limits: &'a Limits, progress: &'a mut dyn FnMut(u64)) -> Self {
        let mut pass = Pass::new(Mode::Analyze { analyzer, findings: Vec::new() }, analyzer.images(), limits, progress);
        pass.readings = Readings::record();
        pass
    }

    /// A pass at the start of a document, in any mode.
    fn new(mode: Mode<'a>, images: (ImagePolicy, UnreadableImages), limits: &'a Limits, progress: &'a mut dyn FnMut(u64)) -> Self {
        Pass {
            mode,
            pos: 0,
            limits,
            progress,
            reported: 0,
            depth: 0,
            decompressed: 0,
            images,
            image_notes: Vec::new(),
            readings: Readings::Off,
            ocr_runs: 0,
            language: DocLanguage::default(),
        }
    }

    pub fn extract(out: &'a mut dyn std::io::Write, limits: &'a Limits, progress: &'a mut dyn FnMut(u64)) -> Self {
        Pass::new(Mode::Extract { out }, Default::default(), limits, progress)
    }

    /// Extraction mode: writes a stretch of extracted text that the caller accounts for with
    /// [`Pass::advance`] (the streamed plain text).
    pub fn write_extracted(&mut self, text: &str) -> Result<(), DocError> {
        if let Mode::Extract { out } = &mut self.mode {
            out.write_all(text.as_bytes())?;
        }
        Ok(())
    }

    pub fn is_extracting(&self) -> bool {
        matches!(self.mode, Mode::Extract { .. })
    }

    pub fn redact(
        findings: &[Finding],
        readings: &'a [ImageReading],
        policy: &'a RedactionPolicy,
        keys: &'a TenantKeys,
        limits: &'a Limits,
        progress: &'a mut dyn FnMut(u64),
    ) -> Self {
        let mut findings: Vec<Finding> = findings.iter().filter(|f| f.end > f.start).cloned().collect();
        findings.sort_by_key(|f| (f.start, f.end));
        let images = (policy.images, policy.unreadable_images);
        let mut pass = Pass::new(Mode::Redact { findings, next: 0, policy, keys, minted: Surrogates::default() }, images, limits, progress);
        pass.readings = Readings::replay(readings);
        pass
    }

    pub fn is_redacting(&self) -> bool {
        matches!(self.mode, Mode::Redact { .. })
    }

    /// Reports `bytes` of input processed (monotonic; lower values are ignored), and is where a
    /// run stops when its caller asked it to ([`Limits::stop`]): every format reports after each
    /// chunk, page or image.
    ///
    /// # Errors
    /// `DocError::Stopped` once a stop was requested.
    pub fn progress(&mut self, bytes: u64) -> Result<(), DocError> {
        if self.limits.stop.is_requested() {
            return Err(DocError::Stopped);
        }
        if bytes > self.reported && self.depth == 0 {
            self.reported = bytes;
            (self.progress)(bytes);
        }
        Ok(())
    }

    /// Walks one segment followed by a `\n`.
    pub fn segment(&mut self, text: &str, field: Option<&str>) -> Result<Vec<Replacement>, DocError> {
        self.segment_sep(text, field, '\n')
    }

    /// Walks one segment followed by the separator `sep`; returns its replacements (empty unless
    /// redacting).
    ///
    /// # Errors
    /// `DocError::TooLarge` past the findings limit, `DocError::Core` if an operator fails.
    pub fn segment_sep(&mut self, text: &str, field: Option<&str>, sep: char) -> Result<Vec<Replacement>, DocError> {
        let start = self.pos;
        match &mut self.mode {
            Mode::Extract { out } => {
                out.write_all(text.as_bytes())?;
                let mut b = [0u8; 4];
                out.write_all(sep.encode_utf8(&mut b).as_bytes())?;
                self.pos += pii_core::text::char_len(text) + 1;
                Ok(Vec::new())
            }
            Mode::Analyze { analyzer, findings } => {
                if !text.is_empty() {
                    let language = self.language.after(analyzer, text);
                    let spans = analyzer.analyze(text, &SegmentContext { field_name: field, language, ..Default::default() });
                    push_spans(findings, text, start, &spans, self.limits.max_findings)?;
                }
                self.pos += pii_core::text::char_len(text) + 1;
                Ok(Vec::new())
            }
            Mode::Redact { .. } => {
                let len = pii_core::text::char_len(text);
                let reps = self.replacements_in(text, start, len)?;
                self.pos += len + 1;
                Ok(reps)
            }
        }
    }

    /// The analyzer (analysis mode only), for formats that window their text themselves.
    pub fn analyzer(&self) -> Option<&'a Analyzer> {
        match &self.mode {
            Mode::Analyze { analyzer, .. } => Some(analyzer),
            _ => None,
        }
    }

    /// Records spans found in a window of text that starts at char `window_start` of the extracted
    /// text; used by the streamed plain text, which advances `pos` itself with [`Pass::advance`].
    pub fn push_window_spans(&mut self, window: &str, window_start: u64, spans: &[Span]) -> Result<(), DocError> {
        if let Mode::Analyze { findings, .. } = &mut self.mode {
            push_spans(findings, window, window_start, spans, self.limits.max_findings)?;
        }
        Ok(())
    }

    pub fn advance(&mut self, chars: u64) {
        // Saturating: a replayed image's count comes from a message.
        self.pos = self.pos.saturating_add(chars);
    }

    /// Chars of extracted text walked so far (where a nested document's text starts).
    pub fn pos(&self) -> u64 {
        self.pos
    }

    /// Redaction mode: drops the next finding (it overlaps one already applied).
    pub fn skip_next(&mut self) {
        if let Mode::Redact { next, .. } = &mut self.mode {
            *next += 1;
        }
    }

    /// Redaction mode: the next unapplied finding, if any.
    pub fn next_finding(&self) -> Option<&Finding> {
        match &self.mode {
            Mode::Redact { findings, next, .. } => findings.get(*next),
            _ => None,
        }
    }

    /// Redaction mode: marks the next finding applied and returns the operator's output for `value`.
    pub fn apply_next(&mut self, value: &str) -> Result<String, DocError> {
        match &mut self.mode {
            Mode::Redact { findings, next, policy, keys, minted } => {
                let f = &findings[*next];
                let out = operate(value, f, policy, keys, minted)?;
                *next += 1;
                Ok(out)
            }
            _ => Ok(value.to_owned()),
        }
    }

    fn replacements_in(&mut self, text: &str, start: u64, len: u64) -> Result<Vec<Replacement>, DocError> {
        let Mode::Redact { findings, next, policy, keys, minted } = &mut self.mode else {
            return Ok(Vec::new());
        };
        let end = start + len;
        let mut reps = Vec::new();
        let mut bc = ByteCounter::new(text);
        while let Some(f) = findings.get_mut(*next) {
            if f.start >= end {
                break;
            }
            if f.end <= start {
                // Lies wholly in a separator or before this segment: nothing to redact.
                *next += 1;
                continue;
            }
            let s = f.start.max(start) - start;
            let e = f.end.min(end) - start;
            let (bs, be) = (bc.byte_offset(s), bc.byte_offset(e));
            if be > bs {
                let text_out = operate(&text[bs..be], f, policy, keys, minted)?;
                match reps.last_mut() {
                    Some(Replacement { end: last_end, .. }) if *last_end > bs => {} // overlapping: first wins
                    _ => reps.push(Replacement { start: bs, end: be, text: text_out }),
                }
            }
            if f.end > end {
                // A finding across segments (not produced by analyze): redact the rest in the next ones.
                f.start = end;
                break;
            }
            *next += 1;
        }
        Ok(reps)
    }

    /// Analysis mode: the findings recorded from index `from` on (to give the ones a segment
    /// added their place on a picture); empty in the other modes.
    pub(crate) fn findings_from(&mut self, from: usize) -> &mut [Finding] {
        match &mut self.mode {
            Mode::Analyze { findings, .. } => findings.get_mut(from..).unwrap_or_default(),
            _ => &mut [],
        }
    }

    /// Analysis mode: how many findings are recorded so far (0 in the other modes).
    pub(crate) fn findings_len(&self) -> usize {
        match &self.mode {
            Mode::Analyze { findings, .. } => findings.len(),
            _ => 0,
        }
    }

    /// Ends an analysis: the findings and the length of the extracted text.
    pub fn finish_analysis(self) -> (Vec<Finding>, u64) {
        match self.mode {
            Mode::Analyze { findings, .. } => (findings, self.pos),
            _ => (Vec::new(), self.pos),
        }
    }

    /// Redaction mode: the distinct surrogates written so far, in document order, and how many more
    /// were written past the bound (empty in the other modes); taken once, at the end.
    pub fn take_surrogates(&mut self) -> (Vec<Minted>, u64) {
        match &mut self.mode {
            Mode::Redact { minted, .. } => {
                minted.seen.clear();
                (std::mem::take(&mut minted.in_order), minted.over)
            }
            _ => (Vec::new(), 0),
        }
    }

    /// Ends a redaction; every finding must have fallen inside the extracted text.
    ///
    /// # Errors
    /// `DocError::Mismatch` for findings past the end of the text.
    pub fn finish_redaction(&self) -> Result<(), DocError> {
        if let Mode::Redact { findings, next, .. } = &self.mode
            && let Some(f) = findings.get(*next)
        {
            if f.start < self.pos {
                return Ok(()); // in the last separator
            }
            return Err(DocError::Mismatch(format!(
                "a finding at {}..{} lies past the end of the extracted text ({} chars)",
                f.start, f.end, self.pos
            )));
        }
        Ok(())
    }
}

fn push_spans(findings: &mut Vec<Finding>, text: &str, start: u64, spans: &[Span], max: usize) -> Result<(), DocError> {
    if spans.is_empty() {
        return Ok(());
    }
    if findings.len() + spans.len() > max {
        return Err(DocError::TooLarge(format!("more than {max} findings in one document")));
    }
    let mut cc = CharCounter::new(text);
    for s in spans {
        let a = cc.char_offset(s.start);
        let b = cc.char_offset(s.end);
        findings.push(Finding::new(s.entity_type.clone(), start + a, start + b, s.score));
    }
    Ok(())
}

fn operate(value: &str, f: &Finding, policy: &RedactionPolicy, keys: &TenantKeys, minted: &mut Surrogates) -> Result<String, DocError> {
    let span = Span { entity_type: f.entity_type.clone(), start: 0, end: value.len(), score: f.score };
    let out = anonymize_traced(value, std::slice::from_ref(&span), policy, keys)?;
    for p in out.pseudonyms {
        minted.add(p.minted);
    }
    Ok(out.text)
}

/// Applies replacements (sorted, non-overlapping) to a segment's text.
pub(crate) fn apply(text: &str, reps: &[Replacement]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for r in reps {
        out.push_str(&text[pos..r.start]);
        out.push_str(&r.text);
        pos = r.end;
    }
    out.push_str(&text[pos..]);
    out
}

#[cfg(test)]
mod surrogate_tests {
    use super::*;

    fn m(i: usize) -> Minted {
        Minted { entity_type: pii_core::EntityType::PERSON, value: format!("v{i}"), surrogate: format!("s{i}") }
    }

    #[test]
    fn surrogates_are_kept_once_each_up_to_the_bound_and_counted_past_it() {
        let mut s = Surrogates::default();
        for i in 0..MAX_RECORDS_PER_JOB + 2 {
            s.add(m(i));
            s.add(m(i));
        }
        assert_eq!(s.in_order.len(), MAX_RECORDS_PER_JOB);
        assert_eq!(s.in_order[0], m(0));
        // Past the bound a repeat cannot be told from a new one: both count.
        assert_eq!(s.over, 4);
        s.add(m(0));
        assert_eq!(s.over, 4, "a kept one is not counted again");
    }
}
