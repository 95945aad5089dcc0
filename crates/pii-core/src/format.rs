//! The document formats: the one type the detector's sniffing decides, the redact command carries
//! and the redactor dispatches on.
//!
//! It lives here, not in `pii-docs`, because it travels in a queue message ([`crate::messages`]):
//! parsed once where the detector recognises the document, and kept typed all the way to the
//! redactor instead of becoming a string to parse again at the other end. On the wire it is the
//! lowercase short name (`text`, `csv`, `pdf`, …), as it was when the field was a string, so
//! messages already queued still parse.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::CoreError;

/// The document formats the document layer (`pii-docs`) knows, by their short names.
// Deliberately not `#[non_exhaustive]`: a new format needs its own arm in the document layer's
// dispatch, and an exhaustive match there is what makes the compiler ask for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Csv,
    Tsv,
    Json,
    Ndjson,
    Html,
    Xml,
    Docx,
    Xlsx,
    Pdf,
    Eml,
    Png,
    Jpeg,
    Tiff,
    Bmp,
    Webp,
    Gif,
}

impl Format {
    /// Every format, for listings and tests.
    pub const ALL: &'static [Format] = &[
        Format::Text,
        Format::Csv,
        Format::Tsv,
        Format::Json,
        Format::Ndjson,
        Format::Html,
        Format::Xml,
        Format::Docx,
        Format::Xlsx,
        Format::Pdf,
        Format::Eml,
        Format::Png,
        Format::Jpeg,
        Format::Tiff,
        Format::Bmp,
        Format::Webp,
        Format::Gif,
    ];

    /// The short name used in messages and metrics (the same as the serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Html => "html",
            Format::Xml => "xml",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Pdf => "pdf",
            Format::Eml => "eml",
            Format::Png => "png",
            Format::Jpeg => "jpeg",
            Format::Tiff => "tiff",
            Format::Bmp => "bmp",
            Format::Webp => "webp",
            Format::Gif => "gif",
        }
    }

    /// The format of a short name, as a user names it (`pii-redactor redact-file --format`).
    ///
    /// # Errors
    /// `CoreError::Unsupported` for a name no format has.
    pub fn parse(s: &str) -> Result<Self, CoreError> {
        Format::ALL.iter().copied().find(|f| f.as_str() == s).ok_or_else(|| CoreError::Unsupported(format!("unknown format {s:?}")))
    }

    /// The media type of a document in this format. Text formats are written in the input's own
    /// encoding, which is not necessarily UTF-8; the document layer reports the exact one it wrote.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Text => "text/plain; charset=utf-8",
            Format::Csv => "text/csv; charset=utf-8",
            Format::Tsv => "text/tab-separated-values; charset=utf-8",
            Format::Json => "application/json",
            Format::Ndjson => "application/x-ndjson",
            Format::Html => "text/html; charset=utf-8",
            Format::Xml => "application/xml",
            Format::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Pdf => "application/pdf",
            Format::Eml => "message/rfc822",
            Format::Png => "image/png",
            Format::Jpeg => "image/jpeg",
            Format::Tiff => "image/tiff",
            Format::Bmp => "image/bmp",
            Format::Webp => "image/webp",
            Format::Gif => "image/gif",
        }
    }

    /// Whether the document layer streams this format in bounded memory (the others are loaded
    /// whole, up to its `Limits::max_document_bytes`).
    pub fn streams(self) -> bool {
        matches!(self, Format::Text | Format::Csv | Format::Tsv | Format::Ndjson)
    }

    /// Whether this is a raster image format (read with OCR).
    pub fn is_image(self) -> bool {
        matches!(self, Format::Png | Format::Jpeg | Format::Tiff | Format::Bmp | Format::Webp | Format::Gif)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = CoreError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_is_spelled_on_the_wire_as_its_short_name() {
        for &f in Format::ALL {
            assert_eq!(serde_json::to_value(f).unwrap(), serde_json::json!(f.as_str()));
            assert_eq!(serde_json::from_value::<Format>(serde_json::json!(f.as_str())).unwrap(), f);
            assert_eq!(Format::parse(f.as_str()).unwrap(), f);
            assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
        }
    }

    #[test]
    fn an_unknown_name_is_refused_by_parse_and_by_serde() {
        assert!(matches!(Format::parse("docm"), Err(CoreError::Unsupported(m)) if m.contains("unknown format")));
        assert!(serde_json::from_value::<Format>(serde_json::json!("Text")).is_err());
        assert!(serde_json::from_value::<Format>(serde_json::json!("docm")).is_err());
    }
}
