//! PDF image objects: a scanned page or a photographed ID pasted into a page is text the text
//! layer does not have. A file of its own because `pdf/` holds the text layer (fonts, content
//! streams, glyph removal), and images are a second idea with their own decoding.
//!
//! Extracted text: after the pages' text and the form XObjects, each image object's OCR lines
//! (see [`crate::scan`]): first the images of each page in page order (through the page's
//! resources and the forms they use), then any other image object in object order. Soft masks are
//! not images of their own.
//!
//! Decoded: `DCTDecode` (JPEG), and through lopdf's filters (`FlateDecode` with predictors, LZW,
//! run length, ASCII) gray, RGB, CMYK or ICC-based 8-bit samples, 1-bit gray and stencil masks.
//! Anything else (`JPXDecode`, `JBIG2Decode`, `CCITTFaxDecode`, indexed colours, 16-bit samples)
//! is unreadable: blanked or refused as the policy says, never kept silently.
//!
//! Redaction replaces an image whose words were burned by its redacted raster (8-bit gray or RGB,
//! Flate-compressed, same size, so masks and placement still fit), and a blanked one by a 1×1
//! white image (the page shows a white area). An image kept as it was loses its XMP metadata and,
//! for a JPEG, its EXIF, XMP, IPTC and comment segments (without re-encoding).

use std::collections::{BTreeMap, HashSet};

use image::{DynamicImage, ImageFormat, ImageReader};
use lopdf::content::Operation;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};

use crate::DocError;
use crate::pass::Pass;
use crate::raster::{check_pixels, decoder_limits};
use crate::scan::{self, Treatment};

/// Deepest nesting of forms followed when looking for a page's images.
const MAX_FORM_DEPTH: usize = 8;

/// Reads (and in redaction, rewrites) every image object of the document.
///
/// # Errors
/// `DocError::ImageContent` as the policy says, `DocError::TooLarge` past the pixel or image
/// count limits, the pass's errors.
pub(crate) fn run(doc: &mut Document, pages: &BTreeMap<u32, ObjectId>, pass: &mut Pass<'_>, limit: usize) -> Result<(), DocError> {
    let masks: HashSet<ObjectId> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .flat_map(|st| [st.dict.get(b"SMask").ok(), st.dict.get(b"Mask").ok()])
        .flatten()
        .filter_map(|o| o.as_reference().ok())
        .collect();
    let mut seen: HashSet<ObjectId> = HashSet::new();
    let mut order: Vec<(ObjectId, Option<u32>, String)> = Vec::new();
    for (num, page_id) in pages {
        let mut found = Vec::new();
        if let Ok((direct, ids)) = doc.get_page_resources(*page_id) {
            let mut dicts: Vec<&Dictionary> = direct.into_iter().collect();
            dicts.extend(ids.iter().filter_map(|id| doc.get_dictionary(*id).ok()));
            for res in dicts {
                images_in(doc, res, 0, &mut seen, &mut found);
            }
        }
        for id in found {
            if !masks.contains(&id) {
                order.push((id, Some(*num), format!("page {num}, image object {}", id.0)));
            }
        }
    }
    for (id, obj) in &doc.objects {
        if !seen.contains(id) && !masks.contains(id) && is_image(obj) {
            order.push((*id, None, format!("image object {} (on no page)", id.0)));
        }
    }
    if order.len() > pass.limits.max_image_pages {
        return Err(DocError::TooLarge(format!("the PDF has {} images, the limit is {}", order.len(), pass.limits.max_image_pages)));
    }
    for (id, page_no, location) in order {
        let Ok(Object::Stream(st)) = doc.get_object(id) else { continue };
        let w = dim(&st.dict, b"Width");
        let h = dim(&st.dict, b"Height");
        check_pixels(w, h, pass.limits, &location)?;
        let (treatment, img) = match scan::before_decoding(pass, &location)? {
            Some(t) => (t, None),
            None => match decode(doc, st, limit, pass) {
                Ok(img) => (scan::read(pass, &img, &location, page_no)?, Some(img)),
                Err(why) => (scan::undecodable(pass, &location, &why)?, None),
            },
        };
        if !pass.is_redacting() {
            continue;
        }
        match (treatment, img) {
            (Treatment::Burn(rects), Some(mut img)) => {
                scan::apply(&mut img, &Treatment::Burn(rects));
                replace(doc, id, &img);
            }
            (Treatment::Keep, _) => strip_metadata(doc, id),
            // Blank, or burn without pixels (cannot happen: burning needs a decoded image).
            _ => replace(doc, id, &DynamicImage::ImageLuma8(image::GrayImage::from_pixel(1, 1, image::Luma([255])))),
        }
    }
    Ok(())
}

/// The inline images (`BI … ID … EI`) of one page's content: never decoded, so blanked in place (a
/// 1×1 white image, which keeps the operations' indices) or refused as the policy says, or kept
/// under `images: keep`. Returns whether any was replaced.
///
/// # Errors
/// `DocError::ImageContent` as the policy says.
pub(crate) fn inline_images(ops: &mut [Operation], page: usize, pass: &mut Pass<'_>) -> Result<bool, DocError> {
    let mut changed = false;
    for (k, op) in ops.iter_mut().filter(|op| op.operator == "BI").enumerate() {
        let location = format!("page {page}, inline image {}", k + 1);
        let treatment = match scan::before_decoding(pass, &location)? {
            Some(t) => t,
            None => scan::undecodable(pass, &location, "inline images are not decoded")?,
        };
        if pass.is_redacting() && !matches!(treatment, Treatment::Keep) {
            let blank = Stream::new(dictionary! { "W" => 1, "H" => 1, "CS" => "G", "BPC" => 8 }, vec![255]);
            op.operands = vec![Object::Stream(blank)];
            changed = true;
        }
    }
    Ok(changed)
}

fn is_image(o: &Object) -> bool {
    matches!(o, Object::Stream(st) if st.dict.get(b"Subtype").ok().and_then(|v| v.as_name().ok()) == Some(b"Image"))
}

fn dim(d: &Dictionary, key: &[u8]) -> u32 {
    d.get(key).ok().and_then(|o| o.as_i64().ok()).and_then(|v| u32::try_from(v).ok()).unwrap_or(0)
}

/// The image XObjects of a resource dictionary, following forms, in the dictionary's order.
fn images_in(doc: &Document, res: &Dictionary, depth: usize, seen: &mut HashSet<ObjectId>, out: &mut Vec<ObjectId>) {
    let Some(xobjects) = res.get(b"XObject").ok().and_then(|o| resolve(doc, o).as_dict().ok()) else { return };
    for (_, v) in xobjects.iter() {
        let Ok(id) = v.as_reference() else { continue };
        if !seen.insert(id) {
            continue;
        }
        let Ok(Object::Stream(st)) = doc.get_object(id) else { continue };
        match st.dict.get(b"Subtype").ok().and_then(|v| v.as_name().ok()) {
            Some(b"Image") => out.push(id),
            Some(b"Form") if depth < MAX_FORM_DEPTH => {
                if let Some(inner) = st.dict.get(b"Resources").ok().and_then(|o| resolve(doc, o).as_dict().ok()) {
                    images_in(doc, inner, depth + 1, seen, out);
                }
            }
            _ => {}
        }
    }
}

fn resolve<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(o),
        _ => o,
    }
}

/// Decodes an image object to pixels; the error says why it cannot be.
fn decode(doc: &Document, st: &Stream, limit: usize, pass: &Pass<'_>) -> Result<DynamicImage, String> {
    let (w, h) = (dim(&st.dict, b"Width"), dim(&st.dict, b"Height"));
    if w == 0 || h == 0 {
        return Err("no size".into());
    }
    let filters: Vec<Vec<u8>> = st.filters().map(|f| f.into_iter().map(<[u8]>::to_vec).collect()).unwrap_or_default();
    if filters.len() == 1 && filters[0] == b"DCTDecode" {
        let mut reader = ImageReader::with_format(std::io::Cursor::new(&st.content), ImageFormat::Jpeg);
        reader.limits(decoder_limits(pass.limits));
        return reader.decode().map(scan::narrow).map_err(|e| format!("the JPEG does not decode: {e}"));
    }
    if let Some(f) = filters
        .iter()
        .find(|f| !matches!(f.as_slice(), b"FlateDecode" | b"LZWDecode" | b"RunLengthDecode" | b"ASCII85Decode" | b"ASCIIHexDecode"))
    {
        return Err(format!("the {} filter is not decoded", String::from_utf8_lossy(f)));
    }
    let data = st.decompressed_content_with_limit(limit).map_err(|e| format!("the stream does not decompress: {e}"))?;
    let stencil = st.dict.get(b"ImageMask").ok().and_then(|o| o.as_bool().ok()).unwrap_or(false);
    let bpc = if stencil { 1 } else { st.dict.get(b"BitsPerComponent").ok().and_then(|o| o.as_i64().ok()).unwrap_or(8) };
    let comps = if stencil { 1 } else { components(doc, st.dict.get(b"ColorSpace").ok())? };
    let inverted = st
        .dict
        .get(b"Decode")
        .ok()
        .and_then(|o| o.as_array().ok())
        .and_then(|a| a.first())
        .and_then(|o| o.as_float().ok().or_else(|| o.as_i64().ok().map(|v| v as f32)))
        .is_some_and(|v| v > 0.5);
    let (wu, hu) = (w as usize, h as usize);
    match (bpc, comps) {
        (1, 1) => {
            let row = wu.div_ceil(8);
            if data.len() < row * hu {
                return Err("short image data".into());
            }
            // A stencil paints where the sample is 0 (Decode [0 1]); a gray image is black at 0.
            let black_bit = u8::from(inverted);
            Ok(DynamicImage::ImageLuma8(image::GrayImage::from_fn(w, h, |x, y| {
                let bit = (data[y as usize * row + x as usize / 8] >> (7 - x % 8)) & 1;
                image::Luma([if bit == black_bit { 0 } else { 255 }])
            })))
        }
        (8, n @ (1 | 3 | 4)) => {
            if data.len() < wu * hu * n {
                return Err("short image data".into());
            }
            let px = |i: usize| -> [u8; 3] {
                let s = &data[i * n..i * n + n];
                let v = match n {
                    1 => [s[0]; 3],
                    3 => [s[0], s[1], s[2]],
                    _ => {
                        let k = 255 - u16::from(s[3]);
                        let c = |v: u8| ((255 - u16::from(v)) * k / 255) as u8;
                        [c(s[0]), c(s[1]), c(s[2])]
                    }
                };
                if inverted { v.map(|c| 255 - c) } else { v }
            };
            if n == 1 {
                Ok(DynamicImage::ImageLuma8(image::GrayImage::from_fn(w, h, |x, y| image::Luma([px(y as usize * wu + x as usize)[0]]))))
            } else {
                Ok(DynamicImage::ImageRgb8(image::RgbImage::from_fn(w, h, |x, y| image::Rgb(px(y as usize * wu + x as usize)))))
            }
        }
        (b, n) => Err(format!("{b}-bit samples with {n} components are not decoded")),
    }
}

/// Colour components of a colour space (direct ones and ICC-based; the others are not decoded).
fn components(doc: &Document, cs: Option<&Object>) -> Result<usize, String> {
    let Some(cs) = cs.map(|o| resolve(doc, o)) else { return Err("no colour space".into()) };
    match cs {
        Object::Name(n) => match n.as_slice() {
            b"DeviceGray" | b"CalGray" | b"G" => Ok(1),
            b"DeviceRGB" | b"CalRGB" | b"RGB" => Ok(3),
            b"DeviceCMYK" | b"CMYK" => Ok(4),
            other => Err(format!("the {} colour space is not decoded", String::from_utf8_lossy(other))),
        },
        Object::Array(a) if a.first().and_then(|o| o.as_name().ok()) == Some(b"ICCBased") => {
            let n = a
                .get(1)
                .map(|o| resolve(doc, o))
                .and_then(|o| o.as_stream().ok())
                .and_then(|s| s.dict.get(b"N").ok())
                .and_then(|o| o.as_i64().ok());
            match n {
                Some(n @ (1 | 3 | 4)) => Ok(n as usize),
                _ => Err("an ICC colour space without 1, 3 or 4 components".into()),
            }
        }
        Object::Array(a) if a.len() == 1 => components(doc, a.first()),
        Object::Array(a) => Err(format!(
            "the {} colour space is not decoded",
            a.first().and_then(|o| o.as_name().ok()).map(String::from_utf8_lossy).unwrap_or_default()
        )),
        _ => Err("an unknown colour space".into()),
    }
}

/// Replaces the image object by `img` (8-bit gray or RGB, Flate), keeping the keys that place it.
fn replace(doc: &mut Document, id: ObjectId, img: &DynamicImage) {
    let Ok(Object::Stream(old)) = doc.get_object(id) else { return };
    let mut dict = Dictionary::new();
    for (k, v) in old.dict.iter() {
        // Masks stay (same size) unless the image is blanked to 1×1; everything describing the old
        // samples, and metadata, goes.
        let keep = matches!(k.as_slice(), b"Interpolate" | b"Intent" | b"OC" | b"StructParent" | b"SMask" | b"Mask");
        if keep && (img.width() > 1 || !matches!(k.as_slice(), b"SMask" | b"Mask")) {
            dict.set(k.clone(), v.clone());
        }
    }
    dict.set("Type", Object::Name(b"XObject".to_vec()));
    dict.set("Subtype", Object::Name(b"Image".to_vec()));
    dict.set("Width", Object::Integer(i64::from(img.width())));
    dict.set("Height", Object::Integer(i64::from(img.height())));
    dict.set("BitsPerComponent", Object::Integer(8));
    let data = if img.color().has_color() {
        dict.set("ColorSpace", Object::Name(b"DeviceRGB".to_vec()));
        img.to_rgb8().into_raw()
    } else {
        dict.set("ColorSpace", Object::Name(b"DeviceGray".to_vec()));
        img.to_luma8().into_raw()
    };
    let mut stream = Stream::new(dict, data);
    let _ = stream.compress();
    doc.objects.insert(id, Object::Stream(stream));
}

/// A kept image: its XMP goes, and a JPEG's metadata segments.
fn strip_metadata(doc: &mut Document, id: ObjectId) {
    if let Ok(Object::Stream(st)) = doc.get_object_mut(id) {
        st.dict.remove(b"Metadata");
        let dct = st.filters().is_ok_and(|f| f.len() == 1 && f[0] == b"DCTDecode");
        if dct && let Some(clean) = strip_jpeg_metadata(&st.content) {
            st.set_content(clean);
        }
    }
}

/// A JPEG without its APP1–APP13 and APP15 segments (EXIF, XMP, IPTC, …) and comments; APP0 (JFIF)
/// and APP14 (Adobe colour transform) stay. `None` when there was nothing to remove or the
/// segments do not parse.
pub(crate) fn strip_jpeg_metadata(jpeg: &[u8]) -> Option<Vec<u8>> {
    if !jpeg.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut out = vec![0xFF, 0xD8];
    let mut i = 2;
    let mut removed = false;
    while i + 4 <= jpeg.len() {
        if jpeg[i] != 0xFF {
            return None;
        }
        let marker = jpeg[i + 1];
        if marker == 0xDA {
            // Start of scan: the rest is entropy-coded data.
            out.extend_from_slice(&jpeg[i..]);
            return removed.then_some(out);
        }
        let len = usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
        let end = i + 2 + len;
        if len < 2 || end > jpeg.len() {
            return None;
        }
        let metadata = matches!(marker, 0xE1..=0xED | 0xEF | 0xFE);
        if metadata {
            removed = true;
        } else {
            out.extend_from_slice(&jpeg[i..end]);
        }
        i = end;
    }
    None
}
