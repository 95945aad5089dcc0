//! Plain UTF-8 text.

use std::io::Write;

use pii_core::engine::{anonymize, Analyzer, SegmentContext, Span, TenantKeys};
use pii_core::policy::RedactionPolicy;
use pii_core::text::ByteCounter;
use pii_core::Finding;

use crate::{Analysis, DocError, Format, Input, Limits, Written};

pub(crate) fn sniff(file_name: &str, head: &[u8]) -> Result<Format, DocError> {
    let ext = file_name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let looks_binary = head.iter().take(8192).any(|&b| b == 0);
    match ext.as_str() {
        "txt" | "text" | "log" | "md" | "" if !looks_binary => Ok(Format::Text),
        _ if !looks_binary && std::str::from_utf8(&head[..head.len().min(4096)]).is_ok() => Ok(Format::Text),
        _ => Err(DocError::Unsupported(format!(
            "cannot redact this file type ({})",
            if ext.is_empty() { "no extension" } else { &ext }
        ))),
    }
}

fn load(input: &Input, limits: &Limits) -> Result<String, DocError> {
    if input.len() > limits.max_input_bytes {
        return Err(DocError::TooLarge(format!("{} bytes, the limit is {}", input.len(), limits.max_input_bytes)));
    }
    let bytes = input.to_bytes()?;
    String::from_utf8(bytes.to_vec()).map_err(|e| DocError::Unsupported(format!("not UTF-8 text (at byte {})", e.utf8_error().valid_up_to())))
}

pub(crate) fn analyze(
    input: &Input,
    analyzer: &Analyzer,
    limits: &Limits,
    progress: &mut dyn FnMut(u64),
) -> Result<Analysis, DocError> {
    let text = load(input, limits)?;
    let findings = analyzer.analyze_text(&text, &SegmentContext::default());
    if findings.len() > limits.max_findings {
        return Err(DocError::TooLarge(format!("more than {} findings", limits.max_findings)));
    }
    progress(input.len());
    Ok(Analysis { format: Format::Text, findings, text_chars: pii_core::text::char_len(&text) })
}

pub(crate) fn redact(
    input: &Input,
    findings: &[Finding],
    policy: &RedactionPolicy,
    keys: &TenantKeys,
    limits: &Limits,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> Result<Written, DocError> {
    let text = load(input, limits)?;
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| f.start);
    let mut bc = ByteCounter::new(&text);
    let mut spans = Vec::with_capacity(sorted.len());
    for f in sorted {
        let start = bc.byte_offset(f.start);
        let end = bc.byte_offset(f.end);
        if end > text.len() || start >= end {
            return Err(DocError::Mismatch(format!("finding {}..{} is outside the text", f.start, f.end)));
        }
        spans.push(Span { entity_type: f.entity_type.clone(), start, end, score: f.score });
    }
    let redacted = anonymize(&text, &spans, policy, keys)?;
    out.write_all(redacted.as_bytes())?;
    progress(input.len());
    Ok(Written { content_type: Format::Text.content_type(), bytes: redacted.len() as u64 })
}
