//! ToUnicode CMaps: the `bfchar` and `bfrange` sections that map a font's codes to text.

use std::collections::HashMap;

use super::fonts::MAX_CODES;

/// Parses the `bfchar` and `bfrange` sections of a ToUnicode CMap.
pub(super) fn parse_cmap(data: &[u8]) -> HashMap<u32, String> {
    let mut map = HashMap::new();
    let toks = cmap_tokens(data);
    let mut i = 0;
    while i < toks.len() {
        match toks[i].as_slice() {
            b"beginbfchar" => {
                i += 1;
                while i + 1 < toks.len() && toks[i] != b"endbfchar" {
                    if let (Some(src), Some(dst)) = (hex_code(&toks[i]), hex_utf16(&toks[i + 1])) {
                        map.insert(src, dst);
                    }
                    i += 2;
                }
            }
            b"beginbfrange" => {
                i += 1;
                while i + 2 < toks.len() && toks[i] != b"endbfrange" {
                    let (lo, hi) = (hex_code(&toks[i]), hex_code(&toks[i + 1]));
                    if toks[i + 2] == b"[" {
                        let mut k = i + 3;
                        let mut code = lo.unwrap_or(0);
                        while k < toks.len() && toks[k] != b"]" {
                            if map.len() >= MAX_CODES {
                                break;
                            }
                            if let Some(d) = hex_utf16(&toks[k]) {
                                map.insert(code, d);
                            }
                            code = code.wrapping_add(1);
                            k += 1;
                        }
                        i = k + 1;
                    } else {
                        if let (Some(lo), Some(hi), Some(dst)) = (lo, hi, hex_utf16(&toks[i + 2]))
                            && hi >= lo
                            && hi - lo < 65536
                            && map.len() < MAX_CODES
                        {
                            let mut chars: Vec<char> = dst.chars().collect();
                            for c in lo..=hi {
                                map.insert(c, chars.iter().collect());
                                if let Some(last) = chars.last_mut() {
                                    *last = char::from_u32(*last as u32 + 1).unwrap_or(*last);
                                }
                            }
                        }
                        i += 3;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    map
}

pub(super) fn cmap_tokens(data: &[u8]) -> Vec<Vec<u8>> {
    let mut toks = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c == b'<' {
            let e = data[i..].iter().position(|&b| b == b'>').map_or(data.len(), |p| i + p);
            toks.push(data[i..e.min(data.len())].to_vec());
            i = e + 1;
        } else if c == b'[' || c == b']' {
            toks.push(vec![c]);
            i += 1;
        } else if c == b'%' {
            while i < data.len() && data[i] != b'\n' {
                i += 1;
            }
        } else {
            let s = i;
            while i < data.len() && !data[i].is_ascii_whitespace() && !matches!(data[i], b'<' | b'[' | b']') {
                i += 1;
            }
            toks.push(data[s..i].to_vec());
        }
    }
    toks
}

pub(super) fn hex_bytes(tok: &[u8]) -> Option<Vec<u8>> {
    let hex: Vec<u8> = tok.strip_prefix(b"<")?.iter().copied().filter(|b| b.is_ascii_hexdigit()).collect();
    hex.chunks(2)
        .map(|c| {
            let s = std::str::from_utf8(c).ok()?;
            let v = u8::from_str_radix(s, 16).ok()?;
            Some(if c.len() == 1 { v << 4 } else { v })
        })
        .collect()
}

pub(super) fn hex_code(tok: &[u8]) -> Option<u32> {
    let b = hex_bytes(tok)?;
    if b.len() > 4 {
        return None;
    }
    Some(b.iter().fold(0u32, |a, &x| (a << 8) | u32::from(x)))
}

pub(super) fn hex_utf16(tok: &[u8]) -> Option<String> {
    let b = hex_bytes(tok)?;
    let units: Vec<u16> = b.chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
    Some(String::from_utf16_lossy(&units))
}
