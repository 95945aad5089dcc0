//! Text encodings of the text formats: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, and
//! ISO-8859-1 (Latin-1) as the fallback for bytes that are not UTF-8; and, where a document declares
//! its charset (a MIME part's `charset=`, an HTML `<meta>`, an XML declaration), any encoding the
//! WHATWG Encoding Standard names, through `encoding_rs`. Decoding streams in chunks; the output is
//! written back in the input's encoding (with its BOM), so that a redacted file is the same kind of
//! file as the input. Chars that Latin-1 cannot hold (from a custom replacement) are written as `?`;
//! a declared encoding writes them as numeric character references (`&#8364;`), as `encoding_rs` does.

use std::io::{Read, Write};

use crate::{DocError, Input};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    Utf8 {
        bom: bool,
    },
    Utf16Le,
    Utf16Be,
    Latin1,
    /// A charset the document declares (never UTF-8 or UTF-16, which have their own variants).
    Declared(&'static encoding_rs::Encoding),
}

impl Encoding {
    /// Decides the encoding of an input: a BOM wins; else UTF-8 if every byte is valid UTF-8 (one
    /// streamed scan), else Latin-1.
    pub fn detect(input: &Input) -> Result<Encoding, DocError> {
        let mut r = input.open()?;
        let mut head = [0u8; 3];
        let n = read_full(&mut r, &mut head)?;
        let head = &head[..n];
        if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
            return Ok(Encoding::Utf8 { bom: true });
        }
        if head.starts_with(&[0xFF, 0xFE]) {
            return Ok(Encoding::Utf16Le);
        }
        if head.starts_with(&[0xFE, 0xFF]) {
            return Ok(Encoding::Utf16Be);
        }
        drop(r);
        if is_utf8(input)? { Ok(Encoding::Utf8 { bom: false }) } else { Ok(Encoding::Latin1) }
    }

    pub fn detect_bytes(bytes: &[u8]) -> Encoding {
        if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            Encoding::Utf8 { bom: true }
        } else if bytes.starts_with(&[0xFF, 0xFE]) {
            Encoding::Utf16Le
        } else if bytes.starts_with(&[0xFE, 0xFF]) {
            Encoding::Utf16Be
        } else if std::str::from_utf8(bytes).is_ok() {
            Encoding::Utf8 { bom: false }
        } else {
            Encoding::Latin1
        }
    }

    /// The encoding a charset label names (`iso-8859-2`, `latin2`, `windows-1250`, `utf-8`), by the
    /// WHATWG labels; `None` for a label it does not know. UTF-16 labels count as UTF-8, as in HTML
    /// (bytes in UTF-16 carry a BOM, which [`Encoding::detect_bytes`] sees first).
    pub fn from_label(label: &str) -> Option<Encoding> {
        let e = encoding_rs::Encoding::for_label(label.trim().as_bytes())?;
        if e == encoding_rs::UTF_8 || e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE || e == encoding_rs::REPLACEMENT {
            return Some(Encoding::Utf8 { bom: false });
        }
        Some(Encoding::Declared(e.output_encoding()))
    }

    /// Decodes `bytes` that declare `label`: the declared encoding when the bytes are valid in it,
    /// else what [`Encoding::detect_bytes`] finds (a label that lies about valid UTF-8, or bytes that
    /// are not valid in the encoding named, are read as they are rather than turned into U+FFFD).
    pub fn declared_or_detected(label: Option<&str>, bytes: &[u8]) -> Encoding {
        let detected = Encoding::detect_bytes(bytes);
        match label.and_then(Encoding::from_label) {
            Some(Encoding::Declared(e)) if matches!(detected, Encoding::Latin1) => {
                if e.decode_without_bom_handling_and_without_replacement(bytes).is_some() { Encoding::Declared(e) } else { detected }
            }
            _ => detected,
        }
    }

    fn bom_len(self) -> usize {
        match self {
            Encoding::Utf8 { bom: true } => 3,
            Encoding::Utf16Le | Encoding::Utf16Be => 2,
            _ => 0,
        }
    }

    /// The charset parameter of the output's media type.
    pub fn charset(self) -> &'static str {
        match self {
            Encoding::Utf8 { .. } => "utf-8",
            Encoding::Utf16Le | Encoding::Utf16Be => "utf-16",
            Encoding::Latin1 => "iso-8859-1",
            Encoding::Declared(e) => e.name(),
        }
    }

    /// Decodes a whole byte slice.
    pub fn decode_all(self, bytes: &[u8]) -> Result<String, DocError> {
        if let Encoding::Declared(e) = self {
            return e.decode_without_bom_handling_and_without_replacement(bytes).map(|s| s.into_owned()).ok_or_else(|| corrupt(e.name()));
        }
        let mut d = Decoder::new(Box::new(bytes), self);
        let mut out = String::with_capacity(bytes.len());
        while d.next_chunk(&mut out, usize::MAX)? {}
        Ok(out)
    }

    /// Decodes a whole byte slice, borrowing it when it is UTF-8 without a BOM.
    pub fn decode_cow(self, bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, DocError> {
        match self {
            Encoding::Utf8 { bom: false } => std::str::from_utf8(bytes).map(std::borrow::Cow::Borrowed).map_err(|_| corrupt("UTF-8")),
            Encoding::Declared(e) => e.decode_without_bom_handling_and_without_replacement(bytes).ok_or_else(|| corrupt(e.name())),
            _ => self.decode_all(bytes).map(std::borrow::Cow::Owned),
        }
    }

    /// Encodes a whole string, BOM included, reusing its buffer for UTF-8 without a BOM.
    pub fn encode_owned(self, s: String) -> Vec<u8> {
        match self {
            Encoding::Utf8 { bom: false } => s.into_bytes(),
            _ => self.encode_all(&s),
        }
    }

    /// Encodes a whole string, BOM included.
    pub fn encode_all(self, s: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(s.len() + 3);
        let mut e = Encoder::new(&mut out, self);
        // Writing to a Vec cannot fail.
        let _ = e.write_str(s);
        out
    }
}

fn read_full(r: &mut dyn Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

fn is_utf8(input: &Input) -> Result<bool, DocError> {
    if let Input::Memory(b) = input {
        return Ok(std::str::from_utf8(b).is_ok());
    }
    let mut r = input.open()?;
    let mut buf = vec![0u8; 1 << 16];
    let mut carry = 0usize;
    loop {
        let n = r.read(&mut buf[carry..])?;
        if n == 0 {
            return Ok(carry == 0);
        }
        let end = carry + n;
        match std::str::from_utf8(&buf[..end]) {
            Ok(_) => carry = 0,
            Err(e) if e.error_len().is_none() => {
                let valid = e.valid_up_to();
                buf.copy_within(valid..end, 0);
                carry = end - valid;
            }
            Err(_) => return Ok(false),
        }
    }
}

/// Decodes a byte stream into UTF-8 chunks.
pub(crate) struct Decoder<'r> {
    inner: Box<dyn Read + 'r>,
    enc: Encoding,
    pending: Vec<u8>,
    buf: Vec<u8>,
    started: bool,
    eof: bool,
    /// The streaming decoder of a declared encoding (it keeps a split multi-byte sequence).
    declared: Option<encoding_rs::Decoder>,
    /// Raw input bytes consumed so far.
    pub consumed: u64,
}

impl<'r> Decoder<'r> {
    pub fn new(inner: Box<dyn Read + 'r>, enc: Encoding) -> Self {
        Decoder { inner, enc, pending: Vec::new(), buf: vec![0u8; 1 << 16], started: false, eof: false, declared: None, consumed: 0 }
    }

    /// Appends the next decoded chunk (up to about `max` raw bytes) to `out`; false once the input
    /// is exhausted (the last chunk is already in `out` then).
    ///
    /// # Errors
    /// `DocError::Corrupt` for bytes that are not valid in the encoding, or an I/O error.
    pub fn next_chunk(&mut self, out: &mut String, max: usize) -> Result<bool, DocError> {
        if self.eof {
            return Ok(false);
        }
        let want = self.buf.len().min(max.max(4));
        let n = self.inner.read(&mut self.buf[..want])?;
        self.consumed += n as u64;
        let mut data: Vec<u8> = std::mem::take(&mut self.pending);
        data.extend_from_slice(&self.buf[..n]);
        if !self.started {
            if data.len() < 3 && n > 0 {
                self.pending = data;
                return Ok(true);
            }
            self.started = true;
            let skip = self.enc.bom_len().min(data.len());
            data.drain(..skip);
        }
        if n == 0 {
            self.eof = true;
        }
        match self.enc {
            Encoding::Utf8 { .. } => match std::str::from_utf8(&data) {
                Ok(s) => out.push_str(s),
                Err(e) if e.error_len().is_none() && !self.eof => {
                    let valid = e.valid_up_to();
                    // The prefix is valid UTF-8 by construction.
                    out.push_str(std::str::from_utf8(&data[..valid]).map_err(|_| corrupt("utf-8"))?);
                    self.pending = data[valid..].to_vec();
                }
                Err(_) => return Err(corrupt("UTF-8")),
            },
            Encoding::Latin1 => out.extend(data.iter().map(|&b| b as char)),
            Encoding::Declared(e) => {
                let d = self.declared.get_or_insert_with(|| e.new_decoder_without_bom_handling());
                let need = d.max_utf8_buffer_length_without_replacement(data.len()).ok_or_else(|| corrupt(e.name()))?;
                out.reserve(need);
                let (result, read) = d.decode_to_string_without_replacement(&data, out, self.eof);
                match result {
                    encoding_rs::DecoderResult::InputEmpty if read == data.len() => {}
                    _ => return Err(corrupt(e.name())),
                }
            }
            Encoding::Utf16Le | Encoding::Utf16Be => {
                let le = self.enc == Encoding::Utf16Le;
                let mut units: Vec<u16> = Vec::with_capacity(data.len() / 2);
                let mut i = 0;
                while i + 1 < data.len() {
                    let (a, b) = (data[i], data[i + 1]);
                    units.push(if le { u16::from_le_bytes([a, b]) } else { u16::from_be_bytes([a, b]) });
                    i += 2;
                }
                let mut keep = data[i..].to_vec();
                // Keep a trailing high surrogate for the next chunk.
                if !self.eof {
                    if let Some(&last) = units.last()
                        && (0xD800..0xDC00).contains(&last)
                    {
                        units.pop();
                        let mut k = if le { last.to_le_bytes().to_vec() } else { last.to_be_bytes().to_vec() };
                        k.extend_from_slice(&keep);
                        keep = k;
                    }
                } else if !keep.is_empty() {
                    return Err(corrupt("UTF-16 (odd number of bytes)"));
                }
                for c in char::decode_utf16(units) {
                    out.push(c.map_err(|_| corrupt("UTF-16"))?);
                }
                self.pending = keep;
            }
        }
        Ok(!self.eof)
    }
}

fn corrupt(what: &str) -> DocError {
    DocError::Corrupt(format!("the text is not valid {what}"))
}

/// Encodes UTF-8 text back into an encoding, BOM first.
pub(crate) struct Encoder<'w> {
    out: &'w mut dyn Write,
    enc: Encoding,
    started: bool,
    buf: Vec<u8>,
}

impl<'w> Encoder<'w> {
    pub fn new(out: &'w mut dyn Write, enc: Encoding) -> Self {
        Encoder { out, enc, started: false, buf: Vec::new() }
    }

    pub fn write_str(&mut self, s: &str) -> std::io::Result<()> {
        if !self.started {
            self.started = true;
            match self.enc {
                Encoding::Utf8 { bom: true } => self.out.write_all(&[0xEF, 0xBB, 0xBF])?,
                Encoding::Utf16Le => self.out.write_all(&[0xFF, 0xFE])?,
                Encoding::Utf16Be => self.out.write_all(&[0xFE, 0xFF])?,
                _ => {}
            }
        }
        match self.enc {
            Encoding::Utf8 { .. } => self.out.write_all(s.as_bytes()),
            Encoding::Latin1 => {
                self.buf.clear();
                self.buf.extend(s.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')));
                self.out.write_all(&self.buf)
            }
            Encoding::Declared(e) => {
                let (bytes, _, _) = e.encode(s);
                self.out.write_all(&bytes)
            }
            Encoding::Utf16Le | Encoding::Utf16Be => {
                self.buf.clear();
                for u in s.encode_utf16() {
                    let b = if self.enc == Encoding::Utf16Le { u.to_le_bytes() } else { u.to_be_bytes() };
                    self.buf.extend_from_slice(&b);
                }
                self.out.write_all(&self.buf)
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a test fails loudly")]
mod tests {
    use super::*;

    #[test]
    fn every_encoding_round_trips() {
        let text = "Grüße, 😀 and ñ";
        for enc in [Encoding::Utf8 { bom: true }, Encoding::Utf8 { bom: false }, Encoding::Utf16Le, Encoding::Utf16Be] {
            let bytes = enc.encode_all(text);
            assert_eq!(Encoding::detect_bytes(&bytes), enc);
            assert_eq!(enc.decode_all(&bytes).unwrap(), text);
        }
        let latin = Encoding::Latin1.encode_all("Grüße");
        assert_eq!(latin, b"Gr\xfc\xdfe");
        assert_eq!(Encoding::detect_bytes(&latin), Encoding::Latin1);
        assert_eq!(Encoding::Latin1.decode_all(&latin).unwrap(), "Grüße");
    }

    #[test]
    fn a_declared_charset_decodes_and_round_trips() {
        let latin2 = Encoding::from_label("ISO-8859-2").unwrap();
        assert_eq!(latin2.charset(), "ISO-8859-2");
        let bytes = b"Pawe\xb3 Kowalski, \xa3\xf3d\xbc";
        assert_eq!(Encoding::declared_or_detected(Some("iso-8859-2"), bytes), latin2);
        let text = latin2.decode_all(bytes).unwrap();
        assert_eq!(text, "Paweł Kowalski, Łódź");
        assert_eq!(latin2.encode_all(&text), bytes);
        let mut d = Decoder::new(Box::new(&bytes[..]), latin2);
        let mut out = String::new();
        while d.next_chunk(&mut out, 5).unwrap() {}
        assert_eq!(out, text);
    }

    #[test]
    fn a_label_does_not_override_valid_utf8_or_name_an_unknown_charset() {
        assert_eq!(Encoding::declared_or_detected(Some("iso-8859-2"), "Łódź".as_bytes()), Encoding::Utf8 { bom: false });
        assert_eq!(Encoding::declared_or_detected(Some("x-unknown"), b"\xb3"), Encoding::Latin1);
        assert_eq!(Encoding::declared_or_detected(None, b"\xb3"), Encoding::Latin1);
        assert_eq!(Encoding::from_label("utf-16"), Some(Encoding::Utf8 { bom: false }));
        assert_eq!(Encoding::from_label("latin1"), Some(Encoding::Declared(encoding_rs::WINDOWS_1252)));
    }

    #[test]
    fn utf16_split_at_any_byte_decodes_the_same() {
        let text = "a😀b".repeat(20_000);
        let bytes = Encoding::Utf16Le.encode_all(&text);
        let mut d = Decoder::new(Box::new(&bytes[..]), Encoding::Utf16Le);
        let mut out = String::new();
        while d.next_chunk(&mut out, 7).unwrap() {}
        assert_eq!(out, text);
    }
}
