//! The document layer: recognise a file's format, extract its text for the engine, and write the
//! redacted file back in the same format.
//!
//! Contract used by the workers (keep these signatures stable):
//! - [`sniff`] decides the [`Format`] from the file name and the first bytes.
//! - [`analyze`] reads an [`Input`] and returns the findings, with char offsets into the document's
//!   *extracted text* (defined per format below).
//! - [`redact`] reads the same input again and writes the redacted document to `out`, applying the
//!   policy's operators to the findings that [`analyze`] returned. Extraction is deterministic, so the
//!   two calls agree on offsets. On error, whatever was written to `out` is incomplete and must be
//!   discarded by the caller (streamed formats write as they go; the others write only on success).
//!
//! - [`extract_text`] writes that extracted text itself (UTF-8), for a job that reports it or a
//!   client that maps offsets back to words.
//!
//! All run synchronously (call them from a blocking thread) and report progress as the number of
//! input bytes processed so far (monotonic, at most `input.len()`). Text, CSV/TSV and NDJSON are
//! streamed in bounded memory; the other formats are loaded whole, up to
//! [`Limits::max_document_bytes`]. Nothing here logs or prints document text.
//!
//! # The extracted text
//!
//! Every format walks its document in a fixed order and hands the engine *segments* (a cell, a string
//! value, a paragraph, a page's text, a header value), each with an optional field name as context
//! (CSV column header, JSON key, XML attribute name, XLSX column header). The extracted text is the
//! concatenation of the segments, each followed by one separator character (`\n`, or `\t` between
//! the cells of one CSV row). Segments are analysed one by one, so a finding never crosses a
//! separator. Per format (see each module for details):
//!
//! | format | segments, in order |
//! |---|---|
//! | text | the decoded text itself, no separators (the only format without them) |
//! | csv, tsv | every cell's unquoted value, row by row; the header row is context for its column |
//! | json, ndjson | every key and string value (unescaped), and integer literals of 5+ digits, in document order; the key is context for its value |
//! | html, xml | text nodes (entities decoded; HTML inline elements joined), comments, CDATA, and data-carrying attribute values (attribute name as context); not scripts or styles |
//! | docx | each paragraph (runs joined, tabs and breaks as `\t`/`\n`) of body, headers, footers, footnotes, endnotes and comments, then hyperlink targets, chart caches and document properties, then embedded raster images' OCR lines |
//! | xlsx | sheet names, shared strings, then per sheet inline strings, cached formula strings and integer cells of 5+ digits (column header as context), then comments, chart/pivot caches and document properties, then embedded raster images' OCR lines |
//! | pdf | per page, the text shown by the content stream (lines joined by `\n`, gaps by a space), one segment per page; then each form XObject's text, annotation/bookmark/form-field strings, and the Info dictionary values |
//! | eml | each header value (not `Content-*`), then each text part, HTML part (as html) and attachment of a known format (recursively), in MIME order |
//! | png, jpeg, tiff, bmp, webp, gif | per page (TIFF page, GIF frame), the OCR text: one segment per line, words joined by a space |
//!
//! # Images
//!
//! Image content never passes silently. Under the policy's `images` (see
//! [`pii_core::policy::ImagePolicy`]) every image (an image file's pages, a PDF's image objects) is
//! read with OCR and the words of its findings are burned out of the pixels (`ocr`), blanked
//! (`remove`), refused with [`DocError::ImageContent`] naming the page or image (`fail`), or kept
//! unread (`keep`). Ink OCR cannot read with confidence is blanked or refused
//! (`unreadable_images`). Redacted images are re-encoded from their pixels, which drops every
//! metadata block (EXIF and GPS, XMP, IPTC, comments, thumbnails). What happened to each image is
//! reported as an [`ImageNote`] in [`Analysis::images`] and [`Written::images`]. Analysis keeps
//! what OCR read in each image ([`Analysis::readings`]), and redaction given them burns the same
//! pixels without running OCR again.

mod charref;
mod csv;
mod docx;
mod edits;
mod eml;
mod encoding;
mod entities;
mod error;
// The cargo-fuzz targets' body, shared with the seed replay test; not for the workers.
#[doc(hidden)]
pub mod fuzzing;
mod input;
mod json;
mod markup;
mod ocr;
mod ooxml;
mod pass;
mod pdf;
mod pdf_images;
mod raster;
mod reading;
mod scan;
mod text;
mod vector;
mod xlsx;

pub use error::DocError;
pub use input::Input;
// The formats are a `pii-core` type because the redact command carries one from the detector to
// the redactor; this layer sniffs and dispatches on them.
pub use pii_core::format::Format;
pub use scan::{BlankReason, ImageNote, ImageOutcome};

use std::io::Write;

use pii_core::Finding;
use pii_core::engine::{Analyzer, TenantKeys};
use pii_core::image_reading::ImageReading;
use pii_core::policy::RedactionPolicy;

use pass::Pass;

/// Bounds on what one document may cost.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest input accepted, in bytes.
    pub max_input_bytes: u64,
    /// Most findings one document may produce.
    pub max_findings: usize,
    /// Largest input of a format that is loaded whole (everything but text, CSV/TSV and NDJSON).
    pub max_document_bytes: u64,
    /// Largest CSV record, NDJSON line or unbroken text run held at once, in bytes.
    pub max_record_bytes: usize,
    /// Most bytes a ZIP-based document (DOCX, XLSX) may decompress to, all entries together.
    pub max_decompressed_bytes: u64,
    /// Most entries in a ZIP-based document.
    pub max_zip_entries: usize,
    /// Deepest nesting of JSON containers or XML/HTML elements.
    pub max_nesting_depth: usize,
    /// Deepest nesting of MIME parts and attached documents in an e-mail.
    pub max_attachment_depth: usize,
    /// Most objects in a PDF.
    pub max_pdf_objects: usize,
    /// Most pages in a PDF.
    pub max_pdf_pages: usize,
    /// Most pixels of one image (page, frame, PDF image object), checked from its header before it
    /// is decoded (against decompression bombs); a decoded page is held as at most 4 bytes a pixel.
    pub max_image_pixels: u64,
    /// Most pages (TIFF pages, GIF frames) of one image file, and image objects of one PDF.
    pub max_image_pages: usize,
    /// Longest OCR of one page; a page that overruns fails the document.
    pub ocr_page_budget: std::time::Duration,
    /// The caller's request to end this run early (its job was cancelled): looked at with every
    /// progress report, that is between chunks, pages and images; the run then fails with
    /// [`DocError::Stopped`]. Never requested by default.
    pub stop: pii_core::cancel::StopFlag,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 1 << 30,
            max_findings: 200_000,
            max_document_bytes: 128 << 20,
            max_record_bytes: 16 << 20,
            max_decompressed_bytes: 512 << 20,
            max_zip_entries: 10_000,
            max_nesting_depth: 256,
            max_attachment_depth: 8,
            max_pdf_objects: 500_000,
            max_pdf_pages: 10_000,
            // An A3 page at 300 dpi is 17.4 million pixels.
            max_image_pixels: 40_000_000,
            max_image_pages: 2_000,
            ocr_page_budget: std::time::Duration::from_secs(120),
            stop: pii_core::cancel::StopFlag::default(),
        }
    }
}

/// What [`analyze`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub format: Format,
    pub findings: Vec<Finding>,
    /// Length of the extracted text in chars.
    pub text_chars: u64,
    /// What happened to each image, in document order (empty for a document without images).
    pub images: Vec<ImageNote>,
    /// What OCR read in each image, in document order: give them to [`redact`] so that it burns the
    /// same pixels without reading the images again.
    pub readings: Vec<ImageReading>,
}

/// What [`redact`] wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Written {
    /// The media type of the output, with the charset of the input for text formats.
    pub content_type: &'static str,
    pub bytes: u64,
    /// What happened to each image, in document order.
    pub images: Vec<ImageNote>,
    /// Images this redaction read by OCR itself: 0 when it was given the readings of every image.
    pub ocr_runs: u32,
    /// The distinct values `pseudonymize` replaced and their surrogates, in document order: for the
    /// caller to seal into the tenant's pseudonym vault (they hold document values: never log them).
    pub surrogates: Vec<pii_core::engine::vault::Minted>,
    /// Surrogates written past `pii_core::engine::vault::MAX_RECORDS_PER_JOB` distinct ones, which
    /// are not in `surrogates` (a repeated one may count more than once).
    pub surrogates_over: u64,
}

/// Recognises the format of a document from its name and its first bytes (magic bytes win over the
/// extension; give at least the first 8 KiB).
///
/// # Errors
/// `DocError::Unsupported` when the format is not one the layer can redact, `DocError::Encrypted`
/// for a password-protected Office file.
pub fn sniff(file_name: &str, head: &[u8]) -> Result<Format, DocError> {
    text::sniff(file_name, head)
}

/// Finds the entities of a document.
///
/// # Errors
/// `DocError` when the input is unreadable, corrupt, encrypted, too large or unsupported.
pub fn analyze(
    input: &Input,
    format: Format,
    analyzer: &Analyzer,
    limits: &Limits,
    progress: &mut dyn FnMut(u64),
) -> Result<Analysis, DocError> {
    check_size(input, format, limits)?;
    let mut pass = Pass::analyze(analyzer, limits, progress);
    dispatch(input, format, &mut pass, &mut std::io::sink())?;
    let images = std::mem::take(&mut pass.image_notes);
    let readings = std::mem::replace(&mut pass.readings, reading::Readings::Off).into_kept();
    let (findings, text_chars) = pass.finish_analysis();
    Ok(Analysis { format, findings, text_chars, images, readings })
}

/// Writes the extracted text of a document (the text that findings' offsets point into) to `out`
/// as UTF-8; returns its length in chars.
///
/// # Errors
/// `DocError` when the input is unreadable, corrupt, encrypted, too large or unsupported.
pub fn extract_text(
    input: &Input,
    format: Format,
    limits: &Limits,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> Result<u64, DocError> {
    check_size(input, format, limits)?;
    let mut pass = Pass::extract(out, limits, progress);
    dispatch(input, format, &mut pass, &mut std::io::sink())?;
    Ok(pass.finish_analysis().1)
}

/// Writes the redacted document to `out`. `readings` are [`Analysis::readings`] of the same input
/// (or none: then every image is read by OCR again).
///
/// # Errors
/// `DocError` when the input is unreadable or does not match the findings, or writing fails.
#[expect(clippy::too_many_arguments, reason = "the workers' contract")]
pub fn redact(
    input: &Input,
    format: Format,
    findings: &[Finding],
    readings: &[ImageReading],
    policy: &RedactionPolicy,
    keys: &TenantKeys,
    limits: &Limits,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(u64),
) -> Result<Written, DocError> {
    check_size(input, format, limits)?;
    let mut pass = Pass::redact(findings, readings, policy, keys, limits, progress);
    let mut counting = CountingWriter { inner: out, bytes: 0 };
    let content_type = dispatch(input, format, &mut pass, &mut counting)?;
    pass.finish_redaction()?;
    counting.flush()?;
    let (surrogates, surrogates_over) = pass.take_surrogates();
    Ok(Written {
        content_type,
        bytes: counting.bytes,
        images: std::mem::take(&mut pass.image_notes),
        ocr_runs: pass.ocr_runs,
        surrogates,
        surrogates_over,
    })
}

fn check_size(input: &Input, format: Format, limits: &Limits) -> Result<(), DocError> {
    let max = if format.streams() { limits.max_input_bytes } else { limits.max_document_bytes.min(limits.max_input_bytes) };
    if input.len() > max {
        return Err(DocError::TooLarge(format!("a {} document of {} bytes, the limit is {max}", format.as_str(), input.len())));
    }
    Ok(())
}

/// Runs one format over the input in the pass's mode; returns the output's content type.
fn dispatch(input: &Input, format: Format, pass: &mut Pass<'_>, out: &mut dyn Write) -> Result<&'static str, DocError> {
    match format {
        Format::Text => text::run(input, pass, out),
        Format::Csv => csv::run(input, None, pass, out),
        Format::Tsv => csv::run(input, Some('\t'), pass, out),
        Format::Ndjson => json::run_ndjson(input, pass, out),
        Format::Json
        | Format::Html
        | Format::Xml
        | Format::Docx
        | Format::Xlsx
        | Format::Pdf
        | Format::Eml
        | Format::Png
        | Format::Jpeg
        | Format::Tiff
        | Format::Bmp
        | Format::Webp
        | Format::Gif => {
            let bytes = input.to_bytes()?;
            let written = run_bytes(&bytes, format, pass)?;
            pass.progress(input.len())?;
            if let Some(w) = written.bytes {
                out.write_all(&w)?;
            }
            Ok(written.content_type)
        }
    }
}

/// The result of running an in-memory format: the output bytes in redact mode.
pub(crate) struct Ran {
    pub bytes: Option<Vec<u8>>,
    pub content_type: &'static str,
}

/// Runs an in-memory format over `bytes` (also used for e-mail attachments).
pub(crate) fn run_bytes(bytes: &[u8], format: Format, pass: &mut Pass<'_>) -> Result<Ran, DocError> {
    match format {
        Format::Json => json::run_json(bytes, pass),
        Format::Html => markup::run(bytes, markup::Flavor::Html, pass),
        Format::Xml => markup::run(bytes, markup::Flavor::Xml, pass),
        Format::Docx => docx::run(bytes, pass),
        Format::Xlsx => xlsx::run(bytes, pass),
        Format::Pdf => pdf::run(bytes, pass),
        Format::Eml => eml::run(bytes, pass),
        Format::Png | Format::Jpeg | Format::Tiff | Format::Bmp | Format::Webp | Format::Gif => raster::run(bytes, format, pass),
        Format::Text | Format::Csv | Format::Tsv | Format::Ndjson => {
            let input = Input::Memory(bytes.into());
            let mut out = Vec::new();
            let content_type = match format {
                Format::Text => text::run(&input, pass, &mut out)?,
                Format::Csv => csv::run(&input, None, pass, &mut out)?,
                Format::Tsv => csv::run(&input, Some('\t'), pass, &mut out)?,
                _ => json::run_ndjson(&input, pass, &mut out)?,
            };
            Ok(Ran { bytes: pass.is_redacting().then_some(out), content_type })
        }
    }
}

struct CountingWriter<'a> {
    inner: &'a mut dyn Write,
    bytes: u64,
}

impl Write for CountingWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
