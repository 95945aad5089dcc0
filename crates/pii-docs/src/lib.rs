//! The document layer: recognise a file's format, extract its text for the engine, and write the
//! redacted file back in the same format.
//!
//! Contract used by the workers (keep these signatures stable):
//! - [`sniff`] decides the [`Format`] from the file name and the first bytes.
//! - [`analyze`] reads an [`Input`] and returns the findings, with char offsets into the document's
//!   extracted text (for plain text, the decoded text itself).
//! - [`redact`] reads the same input again and writes the redacted document to `out`, applying the
//!   policy's operators to the findings that [`analyze`] returned. Extraction is deterministic, so the
//!   two calls agree on offsets.
//!
//! Both run synchronously (call them from a blocking thread) and report progress in bytes read.

mod error;
mod input;
mod text;

pub use error::DocError;
pub use input::Input;

use std::io::Write;

use pii_core::engine::{Analyzer, TenantKeys};
use pii_core::policy::RedactionPolicy;
use pii_core::Finding;

/// The document formats the layer knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    Text,
}

impl Format {
    /// The short name used in messages and metrics.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
        }
    }

    /// # Errors
    /// `DocError::Unsupported` for a name no format has.
    pub fn parse(s: &str) -> Result<Self, DocError> {
        match s {
            "text" => Ok(Format::Text),
            other => Err(DocError::Unsupported(format!("unknown format {other:?}"))),
        }
    }

    /// The media type of a document in this format.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Text => "text/plain; charset=utf-8",
        }
    }
}

/// Bounds on what one document may cost.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest input accepted, in bytes.
    pub max_input_bytes: u64,
    /// Most findings one document may produce.
    pub max_findings: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_input_bytes: 1 << 30, max_findings: 200_000 }
    }
}

/// What [`analyze`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub format: Format,
    pub findings: Vec<Finding>,
    /// Length of the extracted text in chars.
    pub text_chars: u64,
}

/// What [`redact`] wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    pub content_type: &'static str,
    pub bytes: u64,
}

/// Recognises the format of a document from its name and its first bytes.
///
/// # Errors
/// `DocError::Unsupported` when the format is not one the layer can redact.
pub fn sniff(file_name: &str, head: &[u8]) -> Result<Format, DocError> {
    text::sniff(file_name, head)
}

/// Finds the entities of a document.
///
/// # Errors
/// `DocError` when the input is unreadable, corrupt, too large or unsupported.
pub fn analyze(
    input: &Input,
    format: Format,
    analyzer: &Analyzer,
    limits: &Limits,
    progress: &mut dyn FnMut(u64),
) -> Result<Analysis, DocError> {
    match format {
        Format::Text => text::analyze(input, analyzer, limits, progress),
    }
}

/// Writes the redacted document to `out`.
///
/// # Errors
/// `DocError` when the input is unreadable or does not match the findings, or writing fails.
pub fn redact(
    input: &Input,
    format: Format,
    findings: &[Finding],
    policy: &RedactionPolicy,
    keys: &TenantKeys,
    limits: &Limits,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> Result<Written, DocError> {
    match format {
        Format::Text => text::redact(input, findings, policy, keys, limits, out, progress),
    }
}
