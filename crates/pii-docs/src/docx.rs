//! DOCX (WordprocessingML).
//!
//! Extracted text: one segment per paragraph (`<w:p>`, nested ones such as text boxes on their
//! own), made of the paragraph's runs joined: `<w:t>`, deleted text `<w:delText>` and field codes
//! `<w:instrText>`, with `<w:tab/>` as `\t` and `<w:br/>`/`<w:cr/>` as `\n`. Parts in this order:
//! `word/document.xml`, headers, footers, footnotes, endnotes, comments (each kind in name order),
//! then external relationship targets (hyperlinks) of those parts, then chart caches (`<c:v>`),
//! then the document properties
//! (title, subject, keywords, description, category, custom properties; author and last-modified-by
//! are analysed and always emptied, as are the company and manager).
//!
//! A finding that spans runs is written into its first run and removed from the others, so run
//! formatting stays. The `w:author` and `w:initials` of comments and tracked changes are emptied.

use crate::edits::{self, Edit, SourceMap, escape_xml_text};
use crate::markup::{Flavor, Scanner, Tok, decode_into};
use crate::ooxml::{self, Package};
use crate::pass::Pass;
use crate::{DocError, Format, Ran};

pub(crate) fn run(bytes: &[u8], pass: &mut Pass<'_>) -> Result<Ran, DocError> {
    let mut pkg = Package::read(bytes, "DOCX", pass.limits, &mut pass.decompressed)?;
    if pkg.get("word/document.xml").is_none() {
        return Err(DocError::Corrupt("the DOCX has no word/document.xml".into()));
    }
    let mut parts = vec!["word/document.xml".to_owned()];
    for prefix in ["word/header", "word/footer"] {
        let mut names = pkg.names(|n| n.starts_with(prefix) && n.ends_with(".xml") && !n[5..].contains('/'));
        names.sort();
        parts.extend(names);
    }
    for name in ["word/footnotes.xml", "word/endnotes.xml", "word/comments.xml"] {
        if pkg.get(name).is_some() {
            parts.push(name.to_owned());
        }
    }
    for name in &parts {
        let Some(src) = pkg.text(name)? else { continue };
        let mut e = part(&src, pass)?;
        if !e.is_empty() {
            pkg.replace(name, edits::apply(&src, &mut e).into_bytes());
        }
    }
    for name in &parts {
        let rels = match name.rsplit_once('/') {
            Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
            None => continue,
        };
        if let Some(src) = pkg.text(&rels)? {
            let mut e = ooxml::rels_part(&src, pass)?;
            if !e.is_empty() {
                pkg.replace(&rels, edits::apply(&src, &mut e).into_bytes());
            }
        }
    }
    ooxml::caches(&mut pkg, pass)?;
    ooxml::doc_props(&mut pkg, pass)?;
    ooxml::media(&mut pkg, pass)?;
    // People parts list the authors of comments and changes.
    for name in ["word/people.xml"] {
        if let Some(src) = pkg.text(name)? {
            let mut e = blank_authors(&src)?;
            if !e.is_empty() {
                pkg.replace(name, edits::apply(&src, &mut e).into_bytes());
            }
        }
    }
    let out = if pass.is_redacting() { Some(pkg.write()?) } else { None };
    Ok(Ran { bytes: out, content_type: Format::Docx.content_type() })
}

struct Para {
    text: String,
    map: SourceMap,
}

const AUTHOR_ATTRS: &[&str] = &["w:author", "w:initials", "w15:author", "w15:userId", "w15:providerId"];

fn blank_authors(src: &str) -> Result<Vec<Edit>, DocError> {
    let mut sc = Scanner::new(src, Flavor::Xml);
    let mut edits = Vec::new();
    while let Some(tok) = sc.next_tok()? {
        if let Tok::Start { attrs, .. } = tok {
            for a in attrs {
                if AUTHOR_ATTRS.contains(&a.name) && a.end > a.start {
                    edits.push(Edit { start: a.start, end: a.end, text: String::new() });
                }
            }
        }
    }
    Ok(edits)
}

/// Walks one WordprocessingML part.
fn part(src: &str, pass: &mut Pass<'_>) -> Result<Vec<Edit>, DocError> {
    let mut sc = Scanner::new(src, Flavor::Xml);
    let mut edits = Vec::new();
    let mut paras: Vec<Para> = Vec::new();
    let mut in_text = false;
    let mut run_depth = 0usize;
    let mut depth = 0usize;
    let redacting = pass.is_redacting();
    while let Some(tok) = sc.next_tok()? {
        match tok {
            Tok::Start { name, attrs, empty, start, end } => {
                if redacting {
                    for a in &attrs {
                        if AUTHOR_ATTRS.contains(&a.name) && a.end > a.start {
                            edits.push(Edit { start: a.start, end: a.end, text: String::new() });
                        }
                    }
                }
                if !empty {
                    depth += 1;
                    if depth > pass.limits.max_nesting_depth {
                        return Err(DocError::TooLarge(format!("DOCX elements nested deeper than {}", pass.limits.max_nesting_depth)));
                    }
                }
                match name {
                    "w:p" if !empty => paras.push(Para { text: String::new(), map: SourceMap::new() }),
                    "w:r" if !empty => run_depth += 1,
                    "w:t" | "w:delText" | "w:instrText" if !empty => in_text = true,
                    "w:tab" | "w:br" | "w:cr" if run_depth > 0 => {
                        if let Some(p) = paras.last_mut() {
                            let c = if name == "w:tab" { '\t' } else { '\n' };
                            p.text.push(c);
                            p.map.atom(1, start, end - start, false);
                        }
                    }
                    _ => {}
                }
            }
            Tok::End { name, .. } => {
                depth = depth.saturating_sub(1);
                match name {
                    "w:p" => {
                        if let Some(p) = paras.pop()
                            && !p.text.trim().is_empty()
                        {
                            let reps = pass.segment(&p.text, None)?;
                            p.map.edits(&reps, &escape_xml_text, &mut edits);
                        }
                    }
                    "w:r" => run_depth = run_depth.saturating_sub(1),
                    "w:t" | "w:delText" | "w:instrText" => in_text = false,
                    _ => {}
                }
            }
            Tok::Text(s, e) if in_text => {
                if let Some(p) = paras.last_mut() {
                    decode_into(src, s, e, false, &mut p.text, &mut p.map);
                }
            }
            _ => {}
        }
    }
    if !paras.is_empty() || depth != 0 {
        return Err(DocError::Corrupt("a DOCX part ends before its elements are closed".into()));
    }
    Ok(edits)
}
