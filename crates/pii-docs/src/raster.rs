//! Image files: PNG, JPEG, TIFF (every page), BMP, WebP and GIF (every frame).
//!
//! Extracted text: per page (a TIFF page, a GIF frame; one page for the others), the OCR lines as
//! segments (see [`crate::scan`]). A page's size is read from its header and checked against
//! [`Limits::max_image_pixels`] before it is decoded; pages are decoded, read and re-encoded one at
//! a time, so a many-page TIFF or a long GIF holds one page in memory (plus the output).
//!
//! Redaction writes the same format from the (burned, blanked or kept) pixels: nothing of the
//! input's metadata survives (EXIF with GPS, XMP, IPTC, ICC profile, comments, thumbnails), and a
//! JPEG's EXIF orientation is applied to the pixels first so the picture still stands upright.
//! JPEG is written at quality 90, WebP losslessly, GIF with its frames' delays and a palette
//! re-quantised per frame, TIFF LZW-compressed in 8-bit gray, RGB or RGBA.

use std::io::Cursor;

use image::codecs::bmp::BmpEncoder;
use image::codecs::gif::{GifDecoder, GifEncoder, Repeat};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::{AnimationDecoder, DynamicImage, ImageDecoder, ImageFormat, ImageReader};

use crate::pass::Pass;
use crate::scan;
use crate::{DocError, Format, Limits, Ran};

/// The image format of a file from its magic bytes.
pub(crate) fn sniff(head: &[u8]) -> Option<Format> {
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if head.starts_with(b"II*\0") || head.starts_with(b"MM\0*") || head.starts_with(b"II+\0") || head.starts_with(b"MM\0+") {
        Some(Format::Tiff)
    } else if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        Some(Format::Gif)
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Some(Format::Webp)
    } else if head.len() >= 18 && head.starts_with(b"BM") {
        // "BM" alone starts plenty of text files: also ask for a known DIB header size.
        let dib = u32::from_le_bytes([head[14], head[15], head[16], head[17]]);
        matches!(dib, 12 | 40 | 52 | 56 | 64 | 108 | 124).then_some(Format::Bmp)
    } else {
        None
    }
}

fn image_format(format: Format) -> ImageFormat {
    match format {
        Format::Png => ImageFormat::Png,
        Format::Jpeg => ImageFormat::Jpeg,
        Format::Tiff => ImageFormat::Tiff,
        Format::Bmp => ImageFormat::Bmp,
        Format::Webp => ImageFormat::WebP,
        _ => ImageFormat::Gif,
    }
}

fn corrupt(format: Format, e: impl std::fmt::Display) -> DocError {
    DocError::Corrupt(format!("not a valid {} image: {e}", format.as_str()))
}

/// Refuses a page larger than the pixel limit (called with the header's dimensions).
pub(crate) fn check_pixels(w: u32, h: u32, limits: &Limits, location: &str) -> Result<(), DocError> {
    let px = u64::from(w) * u64::from(h);
    if px > limits.max_image_pixels {
        return Err(DocError::TooLarge(format!("{location} is {w}×{h} pixels, the limit is {}", limits.max_image_pixels)));
    }
    Ok(())
}

/// The image crate's own decoding limits, as a second line behind [`check_pixels`].
pub(crate) fn decoder_limits(limits: &Limits) -> image::Limits {
    let mut l = image::Limits::default();
    l.max_alloc = Some(limits.max_image_pixels.saturating_mul(8).max(1 << 20));
    l
}

pub(crate) fn run(bytes: &[u8], format: Format, pass: &mut Pass<'_>) -> Result<Ran, DocError> {
    let out = match format {
        Format::Tiff => tiff_pages(bytes, pass)?,
        Format::Gif => gif_frames(bytes, pass)?,
        _ => single(bytes, format, pass)?,
    };
    Ok(Ran { bytes: out, content_type: format.content_type() })
}

/// PNG, JPEG, BMP, WebP: one page.
fn single(bytes: &[u8], format: Format, pass: &mut Pass<'_>) -> Result<Option<Vec<u8>>, DocError> {
    let location = "page 1";
    let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format(format));
    reader.limits(decoder_limits(pass.limits));
    let (w, h) = ImageReader::with_format(Cursor::new(bytes), image_format(format)).into_dimensions().map_err(|e| corrupt(format, e))?;
    check_pixels(w, h, pass.limits, location)?;
    let decoded = reader.into_decoder().and_then(|mut d| {
        let orientation = d.orientation()?;
        let mut img = DynamicImage::from_decoder(d)?;
        img.apply_orientation(orientation);
        Ok(img)
    });
    let (mut img, treatment) = match decoded {
        Ok(img) => {
            let img = scan::narrow(img);
            let t = scan::treat(pass, &img, location, Some(1))?;
            (img, t)
        }
        Err(e) => {
            let t = scan::cannot_decode(pass, location, &e.to_string())?;
            (DynamicImage::new_luma8(w, h), t)
        }
    };
    pass.progress(bytes.len() as u64)?;
    if !pass.is_redacting() {
        return Ok(None);
    }
    scan::apply(&mut img, &treatment);
    let mut out = Vec::new();
    encode(&img, format, &mut out)?;
    Ok(Some(out))
}

/// Writes one page in `format` from its pixels alone (no metadata is carried over).
pub(crate) fn encode(img: &DynamicImage, format: Format, out: &mut Vec<u8>) -> Result<(), DocError> {
    let failed = |e: image::ImageError| DocError::Io(std::io::Error::other(format!("cannot write the {} image: {e}", format.as_str())));
    match format {
        Format::Png => img.write_with_encoder(PngEncoder::new(out)).map_err(failed),
        Format::Jpeg => {
            let flat =
                if img.color().has_color() { DynamicImage::ImageRgb8(img.to_rgb8()) } else { DynamicImage::ImageLuma8(img.to_luma8()) };
            flat.write_with_encoder(JpegEncoder::new_with_quality(out, 90)).map_err(failed)
        }
        Format::Bmp => img.write_with_encoder(BmpEncoder::new(out)).map_err(failed),
        Format::Webp => DynamicImage::ImageRgba8(img.to_rgba8()).write_with_encoder(WebPEncoder::new_lossless(out)).map_err(failed),
        _ => Err(DocError::Unsupported(format!("no single-page writer for {}", format.as_str()))),
    }
}

/// TIFF, page by page.
fn tiff_pages(bytes: &[u8], pass: &mut Pass<'_>) -> Result<Option<Vec<u8>>, DocError> {
    use tiff::decoder::{Decoder, DecodingResult};
    use tiff::encoder::{Compression, TiffEncoder, colortype};
    let bad = |e: tiff::TiffError| corrupt(Format::Tiff, e);
    let mut limits = tiff::decoder::Limits::default();
    limits.decoding_buffer_size = usize::try_from(pass.limits.max_image_pixels.saturating_mul(8)).unwrap_or(usize::MAX);
    let mut dec = Decoder::new(Cursor::new(bytes)).map_err(bad)?.with_limits(limits);
    let redacting = pass.is_redacting();
    let mut buf = Cursor::new(Vec::new());
    let mut enc = if redacting { Some(TiffEncoder::new(&mut buf).map_err(bad)?.with_compression(Compression::Lzw)) } else { None };
    let mut k = 0usize;
    loop {
        k += 1;
        if k > pass.limits.max_image_pages {
            return Err(DocError::TooLarge(format!("the TIFF has more than {} pages", pass.limits.max_image_pages)));
        }
        let location = format!("page {k}");
        let (w, h) = dec.dimensions().map_err(bad)?;
        check_pixels(w, h, pass.limits, &location)?;
        let color = dec.colortype().map_err(bad)?;
        let decoded: Result<DynamicImage, String> = match dec.read_image() {
            Ok(data) => match (color, data) {
                (tiff::ColorType::Gray(8), DecodingResult::U8(v)) => {
                    image::GrayImage::from_raw(w, h, v).map(DynamicImage::ImageLuma8).ok_or_else(|| "short data".into())
                }
                (tiff::ColorType::Gray(16), DecodingResult::U16(v)) => image::ImageBuffer::from_raw(w, h, v)
                    .map(|b| scan::narrow(DynamicImage::ImageLuma16(b)))
                    .ok_or_else(|| "short data".into()),
                (tiff::ColorType::Gray(1), DecodingResult::U8(v)) => unpack_bilevel(&v, w, h).ok_or_else(|| "short data".into()),
                (tiff::ColorType::RGB(8), DecodingResult::U8(v)) => {
                    image::RgbImage::from_raw(w, h, v).map(DynamicImage::ImageRgb8).ok_or_else(|| "short data".into())
                }
                (tiff::ColorType::RGBA(8), DecodingResult::U8(v)) => {
                    image::RgbaImage::from_raw(w, h, v).map(DynamicImage::ImageRgba8).ok_or_else(|| "short data".into())
                }
                (c, _) => Err(format!("unsupported pixel type {c:?}")),
            },
            Err(e) => Err(e.to_string()),
        };
        let (mut img, treatment) = match decoded {
            Ok(img) => {
                let t = scan::treat(pass, &img, &location, u32::try_from(k).ok())?;
                (img, t)
            }
            Err(why) => {
                let t = scan::cannot_decode(pass, &location, &why)?;
                (DynamicImage::new_luma8(w, h), t)
            }
        };
        if let Some(enc) = enc.as_mut() {
            scan::apply(&mut img, &treatment);
            let written = match &img {
                DynamicImage::ImageLuma8(b) => enc.write_image::<colortype::Gray8>(w, h, b.as_raw()),
                DynamicImage::ImageRgb8(b) => enc.write_image::<colortype::RGB8>(w, h, b.as_raw()),
                other => enc.write_image::<colortype::RGBA8>(w, h, other.to_rgba8().as_raw()),
            };
            written.map_err(|e| DocError::Io(std::io::Error::other(format!("cannot write the TIFF: {e}"))))?;
        }
        drop(img);
        pass.progress(dec.inner().position().min(bytes.len() as u64))?;
        if !dec.more_images() {
            break;
        }
        dec.next_image().map_err(bad)?;
    }
    pass.progress(bytes.len() as u64)?;
    Ok(redacting.then(|| buf.into_inner()))
}

/// A 1-bit page (rows padded to a byte; 0 is black as the decoder reports it) as 8-bit gray.
fn unpack_bilevel(packed: &[u8], w: u32, h: u32) -> Option<DynamicImage> {
    let row = w.div_ceil(8) as usize;
    if packed.len() < row * h as usize {
        return None;
    }
    Some(DynamicImage::ImageLuma8(image::GrayImage::from_fn(w, h, |x, y| {
        let byte = packed[y as usize * row + (x / 8) as usize];
        image::Luma([if byte & (0x80 >> (x % 8)) != 0 { 255 } else { 0 }])
    })))
}

/// GIF, frame by frame (each frame is the whole canvas, composed as a viewer shows it).
fn gif_frames(bytes: &[u8], pass: &mut Pass<'_>) -> Result<Option<Vec<u8>>, DocError> {
    let mut dec = GifDecoder::new(Cursor::new(bytes)).map_err(|e| corrupt(Format::Gif, e))?;
    dec.set_limits(decoder_limits(pass.limits)).map_err(|e| corrupt(Format::Gif, e))?;
    let (w, h) = dec.dimensions();
    check_pixels(w, h, pass.limits, "the GIF canvas")?;
    let redacting = pass.is_redacting();
    let mut out = Vec::new();
    {
        let mut enc = redacting.then(|| GifEncoder::new(&mut out));
        if let Some(enc) = enc.as_mut() {
            enc.set_repeat(Repeat::Infinite).map_err(|e| DocError::Io(std::io::Error::other(e.to_string())))?;
        }
        for (i, frame) in dec.into_frames().enumerate() {
            let k = i + 1;
            if k > pass.limits.max_image_pages {
                return Err(DocError::TooLarge(format!("the GIF has more than {} frames", pass.limits.max_image_pages)));
            }
            let location = format!("frame {k}");
            let frame = match frame {
                Ok(f) => f,
                // A frame that does not decode ends the walk: it and what follows are not written.
                Err(e) => {
                    scan::cannot_decode(pass, &location, &e.to_string())?;
                    break;
                }
            };
            let delay = frame.delay();
            let mut img = DynamicImage::ImageRgba8(frame.into_buffer());
            let t = scan::treat(pass, &img, &location, u32::try_from(k).ok())?;
            if let Some(enc) = enc.as_mut() {
                scan::apply(&mut img, &t);
                let frame = image::Frame::from_parts(img.to_rgba8(), 0, 0, delay);
                enc.encode_frame(frame).map_err(|e| DocError::Io(std::io::Error::other(format!("cannot write the GIF: {e}"))))?;
            }
        }
    }
    pass.progress(bytes.len() as u64)?;
    Ok(redacting.then_some(out))
}
