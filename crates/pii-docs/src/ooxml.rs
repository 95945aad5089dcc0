//! The ZIP package of DOCX and XLSX: bounded reading (entry count, decompressed size, measured while
//! inflating, not taken from the headers), rewriting with the entries in their original order, and
//! the document properties parts both formats share.

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::edits::{self, Edit, SourceMap, escape_xml_text};
use crate::markup::{Flavor, Scanner, Tok, decode_into};
use crate::pass::Pass;
use crate::{DocError, Limits};

pub(crate) struct Entry {
    pub name: String,
    pub data: Vec<u8>,
    pub deflated: bool,
    /// Set when the entry was changed.
    pub replaced: Option<Vec<u8>>,
}

pub(crate) struct Package {
    pub entries: Vec<Entry>,
}

impl Package {
    /// Reads every entry into memory within the limits.
    ///
    /// # Errors
    /// `Corrupt` for a broken archive, `Encrypted` for encrypted entries, `TooLarge` past the limits.
    /// `spent` is what the job has decompressed already (other attachments of the same e-mail): the
    /// limit is one budget for the whole job, and this package's bytes are added to it.
    pub fn read(bytes: &[u8], what: &str, limits: &Limits, spent: &mut u64) -> Result<Package, DocError> {
        let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocError::Corrupt(format!("not a valid {what} (ZIP): {e}")))?;
        if zip.len() > limits.max_zip_entries {
            return Err(DocError::TooLarge(format!("the {what} has {} entries, the limit is {}", zip.len(), limits.max_zip_entries)));
        }
        let mut total: u64 = *spent;
        let mut entries = Vec::with_capacity(zip.len());
        for i in 0..zip.len() {
            let raw = zip.by_index_raw(i).map_err(|e| DocError::Corrupt(format!("{what} entry {i}: {e}")))?;
            if raw.encrypted() {
                return Err(DocError::Encrypted);
            }
            drop(raw);
            let mut f = zip.by_index(i).map_err(|e| DocError::Corrupt(format!("{what} entry {i}: {e}")))?;
            let name = f.name().map_err(|e| DocError::Corrupt(format!("{what} entry {i}: {e}")))?.into_owned();
            if f.is_dir() {
                continue;
            }
            let deflated = f.compression() != CompressionMethod::Stored;
            let budget = limits.max_decompressed_bytes.saturating_sub(total);
            let mut data = Vec::with_capacity(f.size().min(budget).min(1 << 24) as usize);
            (&mut f).take(budget + 1).read_to_end(&mut data).map_err(|e| DocError::Corrupt(format!("{what} entry {name:?}: {e}")))?;
            total += data.len() as u64;
            if total > limits.max_decompressed_bytes {
                return Err(DocError::TooLarge(if *spent > 0 {
                    format!(
                        "the documents of this job decompress to more than {} bytes together (the {what} is one of them)",
                        limits.max_decompressed_bytes
                    )
                } else {
                    format!("the {what} decompresses to more than {} bytes (a ZIP bomb?)", limits.max_decompressed_bytes)
                }));
            }
            entries.push(Entry { name, data, deflated, replaced: None });
        }
        *spent = total;
        Ok(Package { entries })
    }

    pub fn get(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// Names matching a predicate, in archive order.
    pub fn names(&self, pred: impl Fn(&str) -> bool) -> Vec<String> {
        self.entries.iter().filter(|e| pred(&e.name)).map(|e| e.name.clone()).collect()
    }

    /// The entry's current text (replaced or original) as UTF-8.
    pub fn text(&self, name: &str) -> Result<Option<String>, DocError> {
        let Some(e) = self.get(name) else { return Ok(None) };
        let data = e.replaced.as_ref().unwrap_or(&e.data);
        let data = data.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(data);
        String::from_utf8(data.to_vec()).map(Some).map_err(|_| DocError::Corrupt(format!("part {name} is not UTF-8")))
    }

    pub fn replace(&mut self, name: &str, data: Vec<u8>) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.name == name) {
            e.replaced = Some(data);
        }
    }

    /// Writes the package; unchanged entries keep their bytes, all keep their order.
    pub fn write(self) -> Result<Vec<u8>, DocError> {
        let mut w = ZipWriter::new(Cursor::new(Vec::new()));
        for e in self.entries {
            let method = if e.deflated { CompressionMethod::Deflated } else { CompressionMethod::Stored };
            let opts = SimpleFileOptions::default().compression_method(method).large_file(false);
            w.start_file(e.name.as_str(), opts).map_err(zip_err)?;
            w.write_all(e.replaced.as_ref().unwrap_or(&e.data))?;
        }
        Ok(w.finish().map_err(zip_err)?.into_inner())
    }
}

fn zip_err(e: zip::result::ZipError) -> DocError {
    DocError::Io(std::io::Error::other(e.to_string()))
}

/// Walks a properties part: the text of the `analyze` elements is analysed, the text of the
/// `blank` elements (people's names that the engine may not know) is also emptied on redaction.
pub(crate) fn props_part(src: &str, analyze: &[&str], blank: &[&str], pass: &mut Pass<'_>) -> Result<Vec<Edit>, DocError> {
    let mut sc = Scanner::new(src, Flavor::Xml);
    let mut edits = Vec::new();
    let mut current: Option<&str> = None;
    let mut text = String::new();
    let mut map = SourceMap::new();
    while let Some(tok) = sc.next_tok()? {
        match tok {
            Tok::Start { name, empty: false, .. } => current = Some(name),
            Tok::Start { .. } | Tok::End { .. } => current = None,
            Tok::Text(s, e) => {
                let Some(el) = current else { continue };
                if !analyze.contains(&el) && !blank.contains(&el) {
                    continue;
                }
                text.clear();
                map.clear();
                decode_into(src, s, e, false, &mut text, &mut map);
                let reps = pass.segment(&text, Some(local(el)))?;
                if blank.contains(&el) {
                    if pass.is_redacting() {
                        edits.push(Edit { start: s, end: e, text: String::new() });
                    }
                } else {
                    map.edits(&reps, &escape_xml_text, &mut edits);
                }
            }
            _ => {}
        }
    }
    Ok(edits)
}

/// The local part of a qualified name.
pub(crate) fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

/// Runs the properties parts shared by DOCX and XLSX.
/// Raster images embedded in the package (`word/media/…`, `xl/media/…`, any entry whose bytes are
/// PNG, JPEG, TIFF, BMP, WebP or GIF), in archive order: read and redacted like an image file
/// (see [`crate::raster`]), their notes and refusals naming the entry. Drawings (EMF, WMF, SVG)
/// are blanked or refused as [`crate::vector`] says.
///
/// # Errors
/// As [`crate::raster::run`], with the entry's name in the message.
pub(crate) fn media(pkg: &mut Package, pass: &mut Pass<'_>) -> Result<(), DocError> {
    let names = pkg.names(|_| true);
    for name in names {
        let Some(entry) = pkg.get(&name) else { continue };
        let Some(format) = crate::raster::sniff(&entry.data) else {
            if let Some(drawing) = crate::vector::sniff(&name, &entry.data)
                && let Some(empty) = crate::vector::run(drawing, &name, pass)?
            {
                pkg.replace(&name, empty);
            }
            continue;
        };
        let data = entry.data.clone();
        let first_note = pass.image_notes.len();
        let ran = crate::raster::run(&data, format, pass).map_err(|e| match e {
            DocError::ImageContent(m) => DocError::ImageContent(format!("{name}: {m}")),
            DocError::TooLarge(m) => DocError::TooLarge(format!("{name}: {m}")),
            other => other,
        })?;
        for note in &mut pass.image_notes[first_note..] {
            note.location = format!("{name}, {}", note.location);
        }
        if let Some(bytes) = ran.bytes {
            pkg.replace(&name, bytes);
        }
    }
    Ok(())
}

pub(crate) fn doc_props(pkg: &mut Package, pass: &mut Pass<'_>) -> Result<(), DocError> {
    let parts: [(&str, &[&str], &[&str]); 3] = [
        (
            "docProps/core.xml",
            &["dc:title", "dc:subject", "cp:keywords", "dc:description", "cp:category", "cp:contentStatus"],
            &["dc:creator", "cp:lastModifiedBy"],
        ),
        ("docProps/app.xml", &[], &["Company", "Manager"]),
        ("docProps/custom.xml", &["vt:lpwstr", "vt:lpstr"], &[]),
    ];
    for (name, analyze, blank) in parts {
        if let Some(src) = pkg.text(name)? {
            let mut e = props_part(&src, analyze, blank, pass)?;
            if !e.is_empty() {
                pkg.replace(name, edits::apply(&src, &mut e).into_bytes());
            }
        }
    }
    Ok(())
}

/// Walks relationship parts: external targets (hyperlinks such as `mailto:`) are analysed.
pub(crate) fn rels_part(src: &str, pass: &mut Pass<'_>) -> Result<Vec<Edit>, DocError> {
    let mut sc = Scanner::new(src, Flavor::Xml);
    let mut edits = Vec::new();
    let mut text = String::new();
    let mut map = SourceMap::new();
    while let Some(tok) = sc.next_tok()? {
        if let Tok::Start { name: "Relationship", attrs, .. } = tok {
            let external = attrs.iter().any(|a| a.name == "TargetMode" && &src[a.start..a.end] == "External");
            if !external {
                continue;
            }
            if let Some(a) = attrs.iter().find(|a| a.name == "Target") {
                text.clear();
                map.clear();
                decode_into(src, a.start, a.end, false, &mut text, &mut map);
                let reps = pass.segment(&text, Some("href"))?;
                map.edits(&reps, &edits::escape_xml_attr, &mut edits);
            }
        }
    }
    Ok(edits)
}

/// Walks caches that copy cell values: chart caches (`<c:v>` text) and pivot caches (`v`
/// attributes of `<s>` string items); their values are analysed like any text.
pub(crate) fn cache_part(src: &str, pass: &mut Pass<'_>) -> Result<Vec<Edit>, DocError> {
    let mut sc = Scanner::new(src, Flavor::Xml);
    let mut edits = Vec::new();
    let mut in_v = false;
    let mut text = String::new();
    let mut map = SourceMap::new();
    while let Some(tok) = sc.next_tok()? {
        match tok {
            Tok::Start { name, empty: false, .. } if local(name) == "v" => in_v = true,
            Tok::End { name, .. } if local(name) == "v" => in_v = false,
            Tok::Text(a, b) if in_v => {
                text.clear();
                map.clear();
                decode_into(src, a, b, false, &mut text, &mut map);
                let reps = pass.segment(&text, None)?;
                map.edits(&reps, &escape_xml_text, &mut edits);
            }
            Tok::Start { name, attrs, .. } if local(name) == "s" => {
                if let Some(a) = attrs.iter().find(|a| a.name == "v") {
                    text.clear();
                    map.clear();
                    decode_into(src, a.start, a.end, false, &mut text, &mut map);
                    let reps = pass.segment(&text, None)?;
                    map.edits(&reps, &edits::escape_xml_attr, &mut edits);
                }
            }
            _ => {}
        }
    }
    Ok(edits)
}

/// Runs [`cache_part`] over every chart and pivot cache part of the package.
pub(crate) fn caches(pkg: &mut Package, pass: &mut Pass<'_>) -> Result<(), DocError> {
    let names = pkg.names(|n| {
        (n.starts_with("xl/charts/chart") || n.starts_with("word/charts/chart") || n.starts_with("xl/pivotCache/")) && n.ends_with(".xml")
    });
    for name in names {
        if let Some(src) = pkg.text(&name)? {
            let mut e = cache_part(&src, pass)?;
            if !e.is_empty() {
                pkg.replace(&name, edits::apply(&src, &mut e).into_bytes());
            }
        }
    }
    Ok(())
}
