//! Text of a page's content stream with each glyph's place (extraction), and the removal of the
//! glyphs of redacted stretches with an opaque box over them (redaction).

use std::collections::HashMap;

use lopdf::Object;
use lopdf::content::{Content, Operation};

use super::corrupt;
use super::fonts::{Font, num, win_ansi};
use crate::DocError;

pub(super) type Matrix = [f32; 6];

pub(super) const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

pub(super) fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

pub(super) fn apply_m(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
}

#[derive(Clone)]
pub(super) struct GState {
    pub(super) ctm: Matrix,
    pub(super) tc: f32,
    pub(super) tw: f32,
    pub(super) th: f32,
    pub(super) tl: f32,
    pub(super) ts: f32,
    pub(super) font: Vec<u8>,
    pub(super) size: f32,
}

/// One shown glyph: where its code sits in the content stream and in the extracted text.
pub(super) struct Glyph {
    pub(super) op: usize,
    /// Index in the TJ array (0 for the other operators).
    pub(super) elem: usize,
    pub(super) byte_start: usize,
    pub(super) byte_len: usize,
    /// Byte range in the page text.
    pub(super) text_start: usize,
    pub(super) text_end: usize,
    /// TJ number that advances the pen as this glyph did.
    pub(super) advance: f32,
    /// Bounding box in default user space: x0, y0, x1, y1.
    pub(super) bbox: [f32; 4],
}

pub(super) struct PageText {
    pub(super) text: String,
    pub(super) glyphs: Vec<Glyph>,
}

pub(super) fn extract(ops: &[Operation], fonts: &HashMap<Vec<u8>, Font>) -> PageText {
    let fallback =
        Font { code_len: 1, to_unicode: HashMap::new(), encoding: Some(win_ansi()), widths: HashMap::new(), default_width: 500.0 };
    let mut gs = GState { ctm: IDENTITY, tc: 0.0, tw: 0.0, th: 1.0, tl: 0.0, ts: 0.0, font: Vec::new(), size: 0.0 };
    let mut stack: Vec<GState> = Vec::new();
    let mut tm = IDENTITY;
    let mut tlm = IDENTITY;
    let mut out = PageText { text: String::new(), glyphs: Vec::new() };
    // Where the previous glyph ended (user space) and its baseline, for separators.
    let mut last: Option<(f32, f32, f32)> = None;
    for (idx, op) in ops.iter().enumerate() {
        let n = |i: usize| op.operands.get(i).and_then(num).unwrap_or(0.0);
        match op.operator.as_str() {
            "q" if stack.len() < 256 => {
                stack.push(gs.clone());
            }
            "Q" => {
                if let Some(g) = stack.pop() {
                    gs = g;
                }
            }
            "cm" => gs.ctm = mul(&[n(0), n(1), n(2), n(3), n(4), n(5)], &gs.ctm),
            "BT" => {
                tm = IDENTITY;
                tlm = IDENTITY;
            }
            "Tf" => {
                gs.font = op.operands.first().and_then(|o| o.as_name().ok()).unwrap_or(b"").to_vec();
                gs.size = n(1);
            }
            "Tc" => gs.tc = n(0),
            "Tw" => gs.tw = n(0),
            "Tz" => gs.th = n(0) / 100.0,
            "TL" => gs.tl = n(0),
            "Ts" => gs.ts = n(0),
            "Td" | "TD" => {
                if op.operator == "TD" {
                    gs.tl = -n(1);
                }
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                tm = tlm;
            }
            "Tm" => {
                tlm = [n(0), n(1), n(2), n(3), n(4), n(5)];
                tm = tlm;
            }
            "T*" => {
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.tl], &tlm);
                tm = tlm;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                if op.operator == "'" || op.operator == "\"" {
                    if op.operator == "\"" {
                        gs.tw = n(0);
                        gs.tc = n(1);
                    }
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.tl], &tlm);
                    tm = tlm;
                }
                let font = fonts.get(&gs.font).unwrap_or(&fallback);
                let elems: Vec<(usize, &Object)> = match op.operator.as_str() {
                    "TJ" => match op.operands.first() {
                        Some(Object::Array(a)) => a.iter().enumerate().collect(),
                        _ => Vec::new(),
                    },
                    "\"" => op.operands.get(2).map(|o| vec![(0, o)]).unwrap_or_default(),
                    _ => op.operands.first().map(|o| vec![(0, o)]).unwrap_or_default(),
                };
                for (elem, o) in elems {
                    match o {
                        Object::String(bytes, _) => {
                            let mut i = 0;
                            while i < bytes.len() {
                                let len = font.code_len.min(bytes.len() - i);
                                let code = bytes[i..i + len].iter().fold(0u32, |a, &b| (a << 8) | u32::from(b));
                                let w0 = font.width(code) / 1000.0;
                                let spacing = gs.tc + if len == 1 && code == 32 { gs.tw } else { 0.0 };
                                let trm = mul(&[gs.size * gs.th, 0.0, 0.0, gs.size, 0.0, gs.ts], &mul(&tm, &gs.ctm));
                                let (x0, y0) = apply_m(&trm, 0.0, 0.0);
                                let corners = [
                                    apply_m(&trm, 0.0, -0.25),
                                    apply_m(&trm, w0, -0.25),
                                    apply_m(&trm, 0.0, 0.95),
                                    apply_m(&trm, w0, 0.95),
                                ];
                                let bbox = corners.iter().fold([f32::MAX, f32::MAX, f32::MIN, f32::MIN], |b, &(x, y)| {
                                    [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
                                });
                                // Separators from the geometry.
                                let em = (gs.size * (gs.ctm[3].abs() + gs.ctm[1].abs()).max(1e-3) * (tm[3].abs() + tm[1].abs()).max(1e-3))
                                    .abs()
                                    .max(1e-3);
                                if let Some((lx, ly, _)) = last {
                                    if (y0 - ly).abs() > em * 0.5 {
                                        if !out.text.ends_with('\n') && !out.text.is_empty() {
                                            out.text.push('\n');
                                        }
                                    } else if x0 - lx > em * 0.2 && !out.text.ends_with([' ', '\n']) {
                                        out.text.push(' ');
                                    }
                                }
                                let s = font.unicode(code);
                                let text_start = out.text.len();
                                out.text.push_str(&s);
                                let advance = if gs.size.abs() > 1e-6 { w0 * 1000.0 + spacing * 1000.0 / gs.size } else { w0 * 1000.0 };
                                out.glyphs.push(Glyph {
                                    op: idx,
                                    elem,
                                    byte_start: i,
                                    byte_len: len,
                                    text_start,
                                    text_end: out.text.len(),
                                    advance,
                                    bbox,
                                });
                                let tx = (w0 * gs.size + spacing) * gs.th;
                                tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                let (x1, y1) =
                                    apply_m(&mul(&[gs.size * gs.th, 0.0, 0.0, gs.size, 0.0, gs.ts], &mul(&tm, &gs.ctm)), 0.0, 0.0);
                                last = Some((x1, y1, em));
                                i += len;
                            }
                        }
                        o => {
                            if let Some(adj) = num(o) {
                                let tx = -adj / 1000.0 * gs.size * gs.th;
                                tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The content stream without the glyphs of `reps`, wrapped in `q … Q`, with black boxes over them.
pub(super) fn redacted_content(ops: Vec<Operation>, page: &PageText, reps: &[crate::pass::Replacement]) -> Result<Vec<u8>, DocError> {
    let (ops, boxes) = remove_glyphs(ops, page, reps);
    let mut data = b"q\n".to_vec();
    data.extend(Content { operations: ops }.encode().map_err(corrupt)?);
    data.extend_from_slice(b"\nQ\nq 0 0 0 rg 0 0 0 RG\n");
    for b in boxes {
        data.extend_from_slice(format!("{:.2} {:.2} {:.2} {:.2} re f\n", b[0], b[1], b[2] - b[0], b[3] - b[1]).as_bytes());
    }
    data.extend_from_slice(b"Q\n");
    Ok(data)
}

/// Removes the glyphs of the replaced text ranges; returns the new operators and the boxes.
pub(super) fn remove_glyphs(
    mut ops: Vec<Operation>,
    page: &PageText,
    reps: &[crate::pass::Replacement],
) -> (Vec<Operation>, Vec<[f32; 4]>) {
    let mut removed: HashMap<usize, HashMap<(usize, usize), &Glyph>> = HashMap::new();
    let mut boxes: Vec<[f32; 4]> = Vec::new();
    for r in reps {
        let mut current: Option<(usize, [f32; 4])> = None;
        for g in page.glyphs.iter().filter(|g| g.text_start < r.end && g.text_end > r.start && g.text_end > g.text_start) {
            removed.entry(g.op).or_default().insert((g.elem, g.byte_start), g);
            match current.as_mut() {
                Some((op, b)) if *op == g.op || (g.bbox[1] - b[1]).abs() < 1.0 => {
                    *op = g.op;
                    *b = [b[0].min(g.bbox[0]), b[1].min(g.bbox[1]), b[2].max(g.bbox[2]), b[3].max(g.bbox[3])];
                }
                _ => {
                    boxes.extend(current.take().map(|(_, b)| b));
                    current = Some((g.op, g.bbox));
                }
            }
        }
        boxes.extend(current.map(|(_, b)| b));
    }
    let mut indices: Vec<usize> = removed.keys().copied().collect();
    indices.sort_unstable_by(|a, b| b.cmp(a));
    for idx in indices {
        let gone = &removed[&idx];
        let op = &ops[idx];
        let (prefix, elems): (Vec<Operation>, Vec<Object>) = match op.operator.as_str() {
            "TJ" => (Vec::new(), op.operands.first().and_then(|o| o.as_array().ok()).cloned().unwrap_or_default()),
            "'" => (vec![Operation::new("T*", vec![])], op.operands.first().cloned().into_iter().collect()),
            "\"" => (
                vec![
                    Operation::new("Tw", op.operands.first().cloned().into_iter().collect()),
                    Operation::new("Tc", op.operands.get(1).cloned().into_iter().collect()),
                    Operation::new("T*", vec![]),
                ],
                op.operands.get(2).cloned().into_iter().collect(),
            ),
            _ => (Vec::new(), op.operands.first().cloned().into_iter().collect()),
        };
        let mut arr: Vec<Object> = Vec::new();
        let push_num = |arr: &mut Vec<Object>, v: f32| {
            if let Some(Object::Real(prev)) = arr.last_mut() {
                *prev += v;
            } else {
                arr.push(Object::Real(v));
            }
        };
        for (e, obj) in elems.into_iter().enumerate() {
            match obj {
                Object::String(bytes, fmt) => {
                    let mut kept = Vec::new();
                    let mut i = 0;
                    while i < bytes.len() {
                        match gone.get(&(e, i)) {
                            Some(g) => {
                                if !kept.is_empty() {
                                    arr.push(Object::String(std::mem::take(&mut kept), fmt));
                                }
                                push_num(&mut arr, -g.advance);
                                i += g.byte_len.max(1);
                            }
                            None => {
                                kept.push(bytes[i]);
                                i += 1;
                            }
                        }
                    }
                    if !kept.is_empty() {
                        arr.push(Object::String(kept, fmt));
                    }
                }
                other => {
                    if let Some(v) = num(&other) {
                        push_num(&mut arr, v);
                    }
                }
            }
        }
        let mut replacement = prefix;
        replacement.push(Operation::new("TJ", vec![Object::Array(arr)]));
        ops.splice(idx..=idx, replacement);
    }
    (ops, boxes)
}
