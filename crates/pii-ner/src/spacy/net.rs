//! The NER network of spaCy's `en_core_web_sm` 3.8 (a `TransitionBasedParser.v2` over a
//! `HashEmbedCNN` tok2vec), evaluated in plain Rust with the model's own weights.
//!
//! - tok2vec: four hash embeddings (NORM, PREFIX, SUFFIX, SHAPE; 96 wide each) concatenated, a
//!   maxout layer (3 pieces) with layer norm down to 96, then four residual blocks of
//!   window-1 convolution (maxout, 3 pieces, layer norm); the blocks see four zero rows before and
//!   after the document, as thinc's `with_array(pad=4)` lays them out.
//! - a linear projection to 64, the "lower" layer precomputed per token and feature slot
//!   (3 slots: the next token, the first token of the open entity, the token before the next),
//!   a maxout of 2 pieces, the "upper" linear layer to the 74 BILUO actions, and spaCy's greedy
//!   decoder with its validity rules (no sentence boundaries: the parser does not run here).

use super::hash::hash_id;

pub(crate) const WIDTH: usize = 96;
const PIECES: usize = 3;
const HIDDEN: usize = 64;
const LOWER_PIECES: usize = 2;
const FEATS: usize = 3;
const PAD: usize = 4;

/// Offsets of the named arrays inside the flat weight vector.
#[derive(Debug, Default, Clone)]
pub(crate) struct Layout {
    pub embed: [(usize, usize); 4],
    pub mix_w: usize,
    pub mix_b: usize,
    pub mix_g: usize,
    pub mix_bn: usize,
    pub cnn: [(usize, usize, usize, usize); 4],
    pub proj_w: usize,
    pub proj_b: usize,
    pub lower_w: usize,
    pub lower_b: usize,
    pub lower_pad: usize,
    pub upper_w: usize,
    pub upper_b: usize,
    pub n_classes: usize,
}

/// What an action does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Move {
    Begin,
    In,
    Last,
    Unit,
    Out,
}

#[derive(Debug)]
pub(crate) struct Net {
    pub w: Vec<f32>,
    pub l: Layout,
    pub seeds: [u32; 4],
    /// Per class: the move and the label index (0 = no label).
    pub classes: Vec<(Move, u16)>,
}

/// An entity in token indices `start..end` with label index `label`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TokEnt {
    pub start: usize,
    pub end: usize,
    pub label: u16,
}

#[inline]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    // Eight independent accumulators so that the compiler vectorises without reassociating.
    let mut acc = [0f32; 8];
    let chunks = a.len() / 8;
    for c in 0..chunks {
        let (x, y) = (&a[c * 8..c * 8 + 8], &b[c * 8..c * 8 + 8]);
        for k in 0..8 {
            acc[k] += x[k] * y[k];
        }
    }
    let mut s = (acc[0] + acc[4]) + (acc[1] + acc[5]) + (acc[2] + acc[6]) + (acc[3] + acc[7]);
    for k in chunks * 8..a.len() {
        s += a[k] * b[k];
    }
    s
}

fn layer_norm(x: &mut [f32], g: &[f32], b: &[f32]) {
    let n = x.len() as f32;
    let mu = x.iter().sum::<f32>() / n;
    let var = x.iter().map(|v| (v - mu) * (v - mu)).sum::<f32>() / n + 1e-8;
    let inv = 1.0 / var.sqrt();
    for ((v, g), b) in x.iter_mut().zip(g).zip(b) {
        *v = (*v - mu) * inv * g + b;
    }
}

impl Net {
    /// Maxout over many rows at once: `xs` holds `rows` inputs of `n_in`, `out` gets `rows` x 96.
    /// Each weight row is used for all inputs while it is in cache.
    fn maxout_rows(&self, w: usize, b: usize, n_in: usize, xs: &[f32], rows: usize, out: &mut [f32]) {
        let wts = &self.w[w..w + WIDTH * PIECES * n_in];
        let bias = &self.w[b..b + WIDTH * PIECES];
        out[..rows * WIDTH].iter_mut().for_each(|v| *v = f32::NEG_INFINITY);
        for o in 0..WIDTH {
            for p in 0..PIECES {
                let r = (o * PIECES + p) * n_in;
                let wrow = &wts[r..r + n_in];
                let bb = bias[o * PIECES + p];
                for t in 0..rows {
                    let v = dot(wrow, &xs[t * n_in..(t + 1) * n_in]) + bb;
                    let d = &mut out[t * WIDTH + o];
                    if v > *d {
                        *d = v;
                    }
                }
            }
        }
    }

    #[allow(dead_code)]
    fn maxout(&self, w: usize, b: usize, n_in: usize, x: &[f32], out: &mut [f32]) {
        let wts = &self.w[w..w + WIDTH * PIECES * n_in];
        let bias = &self.w[b..b + WIDTH * PIECES];
        for o in 0..WIDTH {
            let mut best = f32::NEG_INFINITY;
            for p in 0..PIECES {
                let row = (o * PIECES + p) * n_in;
                let v = dot(&wts[row..row + n_in], x) + bias[o * PIECES + p];
                if v > best {
                    best = v;
                }
            }
            out[o] = best;
        }
    }

    /// tok2vec rows for the tokens whose four feature ids are `feats`, projected to 64 wide.
    ///
    /// `pad_before` / `pad_after`: the document starts / ends here (zero rows as thinc lays them
    /// out); otherwise the first / last `PAD` tokens are context only and their rows are garbage.
    pub fn tokvecs(&self, feats: &[[u64; 4]], pad_before: bool, pad_after: bool) -> Vec<f32> {
        let n = feats.len();
        let (pb, pa) = (if pad_before { PAD } else { 0 }, if pad_after { PAD } else { 0 });
        let total = pb + n + pa;
        // Embeddings and the mixing layer.
        let mut h = vec![0f32; total * WIDTH];
        let mut xs = vec![0f32; n * 4 * WIDTH];
        for (t, f) in feats.iter().enumerate() {
            for (c, &id) in f.iter().enumerate() {
                let (off, rows) = self.l.embed[c];
                let dst = &mut xs[(t * 4 + c) * WIDTH..(t * 4 + c + 1) * WIDTH];
                for key in hash_id(id, self.seeds[c]) {
                    let r = (key as usize) % rows;
                    let row = &self.w[off + r * WIDTH..off + (r + 1) * WIDTH];
                    for (d, s) in dst.iter_mut().zip(row) {
                        *d += s;
                    }
                }
            }
        }
        self.maxout_rows(self.l.mix_w, self.l.mix_b, 4 * WIDTH, &xs, n, &mut h[pb * WIDTH..(pb + n) * WIDTH]);
        for t in 0..n {
            let row = &mut h[(pb + t) * WIDTH..(pb + t + 1) * WIDTH];
            layer_norm(row, &self.w[self.l.mix_g..self.l.mix_g + WIDTH], &self.w[self.l.mix_bn..self.l.mix_bn + WIDTH]);
        }
        // Residual window-1 convolutions.
        let mut wins = vec![0f32; total * 3 * WIDTH];
        let mut next = vec![0f32; total * WIDTH];
        for &(cw, cb, cg, cbn) in &self.l.cnn {
            // seq2col: [previous, this, next] with zeros beyond the ends.
            wins.iter_mut().for_each(|v| *v = 0.0);
            for t in 0..total {
                let win = &mut wins[t * 3 * WIDTH..(t + 1) * 3 * WIDTH];
                if t > 0 {
                    win[..WIDTH].copy_from_slice(&h[(t - 1) * WIDTH..t * WIDTH]);
                }
                win[WIDTH..2 * WIDTH].copy_from_slice(&h[t * WIDTH..(t + 1) * WIDTH]);
                if t + 1 < total {
                    win[2 * WIDTH..].copy_from_slice(&h[(t + 1) * WIDTH..(t + 2) * WIDTH]);
                }
            }
            self.maxout_rows(cw, cb, 3 * WIDTH, &wins, total, &mut next);
            for t in 0..total {
                let row = &mut next[t * WIDTH..(t + 1) * WIDTH];
                layer_norm(row, &self.w[cg..cg + WIDTH], &self.w[cbn..cbn + WIDTH]);
                for (r, v) in row.iter_mut().zip(&h[t * WIDTH..(t + 1) * WIDTH]) {
                    *r += v;
                }
            }
            std::mem::swap(&mut h, &mut next);
        }
        // Projection to the parser's width.
        let mut out = vec![0f32; n * HIDDEN];
        let pw = &self.w[self.l.proj_w..self.l.proj_w + HIDDEN * WIDTH];
        let pbias = &self.w[self.l.proj_b..self.l.proj_b + HIDDEN];
        for t in 0..n {
            let src = &h[(pb + t) * WIDTH..(pb + t + 1) * WIDTH];
            for o in 0..HIDDEN {
                out[t * HIDDEN + o] = dot(&pw[o * WIDTH..(o + 1) * WIDTH], src) + pbias[o];
            }
        }
        let _ = pa;
        out
    }

    /// Greedy BILUO decoding over tokens `from..to` of `vecs` (64 wide per token); `is_space`
    /// marks white-space tokens, on which no entity may start.
    pub fn decode(&self, vecs: &[f32], is_space: &[bool], from: usize, to: usize) -> Vec<TokEnt> {
        const O: usize = HIDDEN * LOWER_PIECES;
        let n = to;
        // Precompute the lower layer for every token and feature slot.
        let lw = &self.w[self.l.lower_w..self.l.lower_w + FEATS * O * HIDDEN];
        let mut pre = vec![0f32; n * FEATS * O];
        for t in from..n {
            let v = &vecs[t * HIDDEN..(t + 1) * HIDDEN];
            for f in 0..FEATS {
                for k in 0..O {
                    let row = (f * O + k) * HIDDEN;
                    pre[(t * FEATS + f) * O + k] = dot(&lw[row..row + HIDDEN], v);
                }
            }
        }
        let lb = &self.w[self.l.lower_b..self.l.lower_b + O];
        let pad = &self.w[self.l.lower_pad..self.l.lower_pad + FEATS * O];
        let uw = &self.w[self.l.upper_w..self.l.upper_w + self.l.n_classes * HIDDEN];
        let ub = &self.w[self.l.upper_b..self.l.upper_b + self.l.n_classes];
        let mut ents = Vec::new();
        let mut open: Option<(usize, u16)> = None;
        let mut unmaxed = [0f32; O];
        let mut hidden = [0f32; HIDDEN];
        let mut i = from;
        while i < n {
            let ids: [isize; 3] = match open {
                Some((s, _)) => [i as isize, s as isize, i as isize - 1],
                None => [i as isize, -1, -1],
            };
            unmaxed.copy_from_slice(lb);
            for (f, &id) in ids.iter().enumerate() {
                let src = if id < 0 || (id as usize) < from {
                    &pad[f * O..(f + 1) * O]
                } else {
                    &pre[(id as usize * FEATS + f) * O..(id as usize * FEATS + f + 1) * O]
                };
                for (u, s) in unmaxed.iter_mut().zip(src) {
                    *u += s;
                }
            }
            for (o, h) in hidden.iter_mut().enumerate() {
                let a = unmaxed[o * LOWER_PIECES];
                let b = unmaxed[o * LOWER_PIECES + 1];
                *h = if b > a { b } else { a };
            }
            let buffer_len = n - i;
            let mut best: Option<(f32, usize)> = None;
            for (c, &(mv, label)) in self.classes.iter().enumerate() {
                let valid = match mv {
                    Move::Begin => open.is_none() && buffer_len >= 2 && label != 0 && !is_space[i],
                    Move::In => open.is_some_and(|(_, l)| l == label) && buffer_len >= 2 && label != 0,
                    Move::Last => label != 0 && open.is_some_and(|(_, l)| l == label),
                    Move::Unit => label != 0 && open.is_none() && !is_space[i],
                    Move::Out => open.is_none(),
                };
                if !valid {
                    continue;
                }
                let score = dot(&uw[c * HIDDEN..(c + 1) * HIDDEN], &hidden) + ub[c];
                if best.is_none_or(|(b, _)| score > b) {
                    best = Some((score, c));
                }
            }
            let Some((_, c)) = best else { break };
            let (mv, label) = self.classes[c];
            match mv {
                Move::Begin => open = Some((i, label)),
                Move::In | Move::Out => {}
                Move::Last => {
                    if let Some((s, l)) = open.take() {
                        ents.push(TokEnt { start: s, end: i + 1, label: l });
                    }
                }
                Move::Unit => ents.push(TokEnt { start: i, end: i + 1, label }),
            }
            i += 1;
        }
        ents
    }
}
