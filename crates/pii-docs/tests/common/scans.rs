//! Documents built from rendered scans (see `render.rs`): an image encoded in a format, and a PDF
//! whose pages are scans. Shared by the image tests and the OCR-once tests.

#![allow(dead_code, reason = "each test file uses a part of it")]
use std::io::Cursor;

use image::{DynamicImage, GrayImage, ImageFormat};
use lopdf::{Document, Object, Stream, dictionary};

/// Encodes an image in a format.
pub fn encode(img: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// A PDF whose pages are the given scans, each a DCT (JPEG) image object filling its page at 200 dpi.
pub fn scanned_pdf(pages: &[GrayImage]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let mut kids = Vec::new();
    for img in pages {
        let jpeg = encode(&DynamicImage::ImageLuma8(img.clone()), ImageFormat::Jpeg);
        let (w, h) = img.dimensions();
        let image = Stream::new(
            dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => w as i64, "Height" => h as i64,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8, "Filter" => "DCTDecode" },
            jpeg,
        );
        let image_id = doc.add_object(image);
        // 72 points per inch at 200 dpi.
        let (pw, ph) = (w as f32 * 72.0 / 200.0, h as f32 * 72.0 / 200.0);
        let content = format!("q {pw} 0 0 {ph} 0 0 cm /Im0 Do Q").into_bytes();
        let content_id = doc.add_object(Stream::new(dictionary! {}, content));
        let page = dictionary! { "Type" => "Page", "Parent" => pages_id, "MediaBox" => vec![0.into(), 0.into(), pw.into(), ph.into()],
        "Contents" => content_id, "Resources" => dictionary! { "XObject" => dictionary! { "Im0" => image_id } } };
        kids.push(Object::Reference(doc.add_object(page)));
    }
    let count = kids.len() as i64;
    doc.objects.insert(pages_id, Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }));
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}
