//! DOCX and XLSX details that the Python generators cannot produce: footnotes, tracked changes,
//! inline strings, cached formula strings and numeric identifiers.
#![allow(clippy::unwrap_used, reason = "a test fails loudly")]

mod common;

use std::io::{Cursor, Read, Write};

use pii_docs::Format;

fn zip_with(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        w.start_file(*name, opts).expect("start");
        w.write_all(data.as_bytes()).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

fn part(zip_bytes: &[u8], name: &str) -> String {
    let mut z = zip::ZipArchive::new(Cursor::new(zip_bytes)).expect("zip");
    let mut s = String::new();
    z.by_name(name).expect("part").read_to_string(&mut s).expect("utf-8");
    s
}

#[test]
fn docx_footnotes_tracked_changes_and_split_runs_are_redacted() {
    let doc = r#"<w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:t xml:space="preserve">Mail jane.doe@</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>example.com</w:t></w:r><w:r><w:tab/><w:t>Order 7731</w:t></w:r></w:p><w:p><w:del w:author="Jane Roe"><w:r><w:delText>ssn 123-45-6789</w:delText></w:r></w:del></w:p></w:body></w:document>"#;
    let notes = r#"<w:footnotes xmlns:w="urn:w"><w:footnote w:id="1"><w:p><w:r><w:t>Server 192.168.14.27</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
    let docx = zip_with(&[("word/document.xml", doc), ("word/footnotes.xml", notes)]);
    let (analysis, out) = common::roundtrip(&docx, Format::Docx);
    assert_eq!(analysis.findings.len(), 3);
    let d = part(&out, "word/document.xml");
    assert!(d.contains(r#"<w:t xml:space="preserve">Mail &lt;EMAIL_ADDRESS&gt;</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t></w:t></w:r><w:r><w:tab/><w:t>Order 7731</w:t>"#), "{d}");
    assert!(d.contains("<w:delText>ssn &lt;US_SSN&gt;</w:delText>"), "{d}");
    assert!(d.contains(r#"w:author="""#) && !d.contains("Jane Roe"), "authors emptied");
    assert!(part(&out, "word/footnotes.xml").contains("Server &lt;IP_ADDRESS&gt;"));
}

#[test]
fn xlsx_inline_strings_cached_results_and_numeric_identifiers_are_redacted() {
    let workbook = r#"<workbook xmlns:r="urn:r"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    let rels = r#"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#;
    let sheet = r#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ssn</t></is></c><c r="B1" t="inlineStr"><is><t>mail</t></is></c><c r="C1" t="inlineStr"><is><t>copy</t></is></c></row><row r="2"><c r="A2" s="3"><v>123456789</v></c><c r="B2" t="inlineStr"><is><t>jane.doe@example.com</t></is></c><c r="C2" t="str"><f>B2</f><v>jane.doe@example.com</v></c><c r="D2"><v>7731</v></c></row></sheetData></worksheet>"#;
    let xlsx = zip_with(&[("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels), ("xl/worksheets/sheet1.xml", sheet)]);
    let (analysis, out) = common::roundtrip(&xlsx, Format::Xlsx);
    assert_eq!(analysis.findings.len(), 3);
    let s = part(&out, "xl/worksheets/sheet1.xml");
    assert!(s.contains(r#"<c r="A2" s="3" t="inlineStr"><is><t>&lt;US_SSN&gt;</t></is></c>"#), "{s}");
    assert!(s.contains(r#"<c r="B2" t="inlineStr"><is><t>&lt;EMAIL_ADDRESS&gt;</t></is></c>"#), "{s}");
    assert!(s.contains(r#"<c r="C2" t="str"><f>B2</f><v>&lt;EMAIL_ADDRESS&gt;</v></c>"#), "{s}");
    assert!(s.contains(r#"<c r="D2"><v>7731</v></c>"#), "{s}");
}
