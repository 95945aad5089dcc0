//! Dot products of the network's dense layers.
//!
//! Why a four-way form: [`dot`] keeps eight running sums, which the compiler packs into two
//! vector registers; each addition waits for the previous one into the same register, so one
//! dot product runs at the adder's latency, not its throughput. [`dot4`] computes one weight row
//! against four tokens at once, the tokens' values side by side ([`interleave4`]): eight
//! independent chains of additions keep the adder busy and each weight is loaded once for four
//! tokens. Each of the four sums is added up in exactly the order [`dot`] uses, so the results are
//! bit for bit the same and the port's parity with spaCy is untouched.
//!
//! Why [`dot4x2`] besides: in [`dot4`] each weight is loaded and copied across a register for four
//! tokens, and that copy takes a third of the processor's vector operations. [`dot4x2`] meets
//! eight tokens (two groups of four) with each copied weight; to keep its running sums within the
//! processor's sixteen vector registers it walks the weight row twice, summing lanes 0 to 3, then
//! lanes 4 to 7. Every lane still adds its products in the same order, so it, too, gives [`dot`]'s
//! bits.

/// Running sums per dot product (one lane each).
const LANES: usize = 8;

/// `a · b` with [`LANES`] independent running sums (so that the compiler vectorises without
/// reassociating), added up pairwise, then the tail.
#[inline]
pub(crate) fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; LANES];
    let chunks = a.len() / LANES;
    for c in 0..chunks {
        let (x, y) = (&a[c * LANES..c * LANES + LANES], &b[c * LANES..c * LANES + LANES]);
        for k in 0..LANES {
            acc[k] += x[k] * y[k];
        }
    }
    let mut s = reduce(&acc);
    for k in chunks * LANES..a.len() {
        s += a[k] * b[k];
    }
    s
}

/// `rows` inputs of `n` values each (`xs`, one after the other), laid out for [`dot4`] in groups
/// of four: value `k` of the four inputs of a group side by side. The last group repeats its last
/// input where `rows` is no multiple of four.
pub(crate) fn interleave4(xs: &[f32], n: usize, rows: usize) -> Vec<f32> {
    let groups = rows.div_ceil(4);
    let mut out = vec![0f32; groups * 4 * n];
    for (g, dst) in out.chunks_exact_mut(4 * n).enumerate() {
        for j in 0..4 {
            let t = (4 * g + j).min(rows - 1);
            for (k, &v) in xs[t * n..(t + 1) * n].iter().enumerate() {
                dst[k * 4 + j] = v;
            }
        }
    }
    out
}

/// `w · x` for the four inputs of one group of [`interleave4`] (`xt`: `4 * w.len()` values), each
/// bit for bit what [`dot`] gives: lane `k % 8` of input `j` sums `w[k] * x_j[k]` in the same
/// order, and the lanes are added up the same way. Written with the four inputs innermost, the
/// form the compiler turns into one vector operation per lane.
#[inline]
pub(crate) fn dot4(w: &[f32], xt: &[f32]) -> [f32; 4] {
    let n = w.len();
    let xt = &xt[..4 * n];
    let mut acc = [[0f32; 4]; LANES];
    let chunks = n / LANES;
    for (wc, xc) in w.chunks_exact(LANES).zip(xt.chunks_exact(4 * LANES)) {
        for k in 0..LANES {
            let x: &[f32; 4] = xc[4 * k..4 * k + 4].try_into().unwrap_or(&[0.0; 4]);
            for j in 0..4 {
                acc[k][j] += wc[k] * x[j];
            }
        }
    }
    let mut out = [0f32; 4];
    for (j, o) in out.iter_mut().enumerate() {
        *o = reduce(&std::array::from_fn(|k| acc[k][j]));
        for k in chunks * LANES..n {
            *o += w[k] * xt[4 * k + j];
        }
    }
    out
}

/// [`dot4`] for two groups of [`interleave4`] at once (`xa`, `xb`: `4 * w.len()` values each):
/// the same bits, each weight copied across a register once for eight inputs.
#[inline]
pub(crate) fn dot4x2(w: &[f32], xa: &[f32], xb: &[f32]) -> [[f32; 4]; 2] {
    const HALF: usize = LANES / 2;
    let n = w.len();
    let (xa, xb) = (&xa[..4 * n], &xb[..4 * n]);
    // acc[group][lane][input]
    let mut acc = [[[0f32; 4]; LANES]; 2];
    for half in 0..2 {
        let mut a = [[0f32; 4]; HALF];
        let mut b = [[0f32; 4]; HALF];
        for ((wc, ac), bc) in w.chunks_exact(LANES).zip(xa.chunks_exact(4 * LANES)).zip(xb.chunks_exact(4 * LANES)) {
            for k in 0..HALF {
                let lane = half * HALF + k;
                let wv = wc[lane];
                let xa: &[f32; 4] = ac[4 * lane..4 * lane + 4].try_into().unwrap_or(&[0.0; 4]);
                let xb: &[f32; 4] = bc[4 * lane..4 * lane + 4].try_into().unwrap_or(&[0.0; 4]);
                for j in 0..4 {
                    a[k][j] += wv * xa[j];
                    b[k][j] += wv * xb[j];
                }
            }
        }
        acc[0][half * HALF..(half + 1) * HALF].copy_from_slice(&a);
        acc[1][half * HALF..(half + 1) * HALF].copy_from_slice(&b);
    }
    let chunks = n / LANES;
    let mut out = [[0f32; 4]; 2];
    for (g, xt) in [xa, xb].into_iter().enumerate() {
        for (j, o) in out[g].iter_mut().enumerate() {
            *o = reduce(&std::array::from_fn(|k| acc[g][k][j]));
            for k in chunks * LANES..n {
                *o += w[k] * xt[4 * k + j];
            }
        }
    }
    out
}

/// Calls `put(input, value)` with `w · x` for every input of `xt` (`rows` inputs laid out by
/// [`interleave4`], `n` values each): two groups at a time with [`dot4x2`], a last odd group with
/// [`dot4`].
#[inline]
pub(crate) fn each_dot(w: &[f32], xt: &[f32], rows: usize, mut put: impl FnMut(usize, f32)) {
    let g_len = 4 * w.len();
    let mut pairs = xt.chunks_exact(2 * g_len);
    for (p, pair) in pairs.by_ref().enumerate() {
        let [va, vb] = dot4x2(w, &pair[..g_len], &pair[g_len..]);
        for (j, v) in va.into_iter().chain(vb).enumerate().take(rows - 8 * p) {
            put(8 * p + j, v);
        }
    }
    let last = pairs.remainder();
    if !last.is_empty() {
        let first = rows - rows % 8;
        for (j, v) in dot4(w, last).into_iter().enumerate().take(rows - first) {
            put(first + j, v);
        }
    }
}

/// `out[t * n_out + r] = dot(w_r, x_t)` for the `rows` inputs `xs` (`n_in` values each) and the
/// `n_out` weight rows of `w` (a dense layer without its bias), eight inputs at a time.
pub(crate) fn rows_times(xs: &[f32], n_in: usize, rows: usize, w: &[f32], n_out: usize, out: &mut [f32]) {
    let xt = interleave4(&xs[..rows * n_in], n_in, rows);
    for r in 0..n_out {
        let wrow = &w[r * n_in..(r + 1) * n_in];
        each_dot(wrow, &xt, rows, |t, v| out[t * n_out + r] = v);
    }
}

#[inline]
fn reduce(acc: &[f32; LANES]) -> f32 {
    (acc[0] + acc[4]) + (acc[1] + acc[5]) + (acc[2] + acc[6]) + (acc[3] + acc[7])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Numbers whose sums round differently in another order (large and small mixed).
    fn awkward(len: usize, seed: u32) -> Vec<f32> {
        let mut s = seed;
        (0..len)
            .map(|_| {
                s = s.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                let m = (s >> 8) as f32 / (1u32 << 24) as f32 - 0.5;
                m * [1e-3f32, 1.0, 1e3][(s % 3) as usize]
            })
            .collect()
    }

    #[test]
    fn four_at_once_are_bit_for_bit_four_single_dot_products() {
        for len in [1, 5, 8, 64, 96, 287, 288, 384] {
            let w = awkward(len, 1);
            for rows in 1..=9 {
                let xs = awkward(len * rows, rows as u32 + 1);
                let xt = interleave4(&xs, len, rows);
                for t in 0..rows {
                    let got = dot4(&w, &xt[(t / 4) * 4 * len..])[t % 4];
                    let x = &xs[t * len..(t + 1) * len];
                    assert_eq!(got.to_bits(), dot(&w, x).to_bits(), "len {len}, row {t} of {rows}");
                }
            }
        }
    }

    #[test]
    fn eight_at_once_are_bit_for_bit_eight_single_dot_products() {
        for len in [1, 5, 8, 64, 96, 287, 288, 384] {
            let w = awkward(len, 5);
            for rows in 1..=17 {
                let xs = awkward(len * rows, rows as u32 + 20);
                let xt = interleave4(&xs, len, rows);
                let mut got = vec![None; rows];
                each_dot(&w, &xt, rows, |t, v| got[t] = Some(v.to_bits()));
                for (t, g) in got.iter().enumerate() {
                    let want = dot(&w, &xs[t * len..(t + 1) * len]).to_bits();
                    assert_eq!(*g, Some(want), "len {len}, row {t} of {rows}");
                }
            }
        }
    }

    #[test]
    fn a_dense_layer_is_the_single_dot_products() {
        let (n_in, rows, n_out) = (64, 11, 5);
        let xs = awkward(n_in * rows, 3);
        let w = awkward(n_in * n_out, 4);
        let mut out = vec![f32::NAN; rows * n_out];
        rows_times(&xs, n_in, rows, &w, n_out, &mut out);
        for t in 0..rows {
            for r in 0..n_out {
                let want = dot(&w[r * n_in..(r + 1) * n_in], &xs[t * n_in..(t + 1) * n_in]);
                assert_eq!(out[t * n_out + r].to_bits(), want.to_bits(), "input {t}, row {r}");
            }
        }
    }

    #[test]
    fn the_summation_order_is_the_eight_lane_one_not_a_plain_left_to_right_sum() {
        // Negative: a naive sum of these products rounds to another float, so the test above
        // would notice a kernel that merely approximates `dot`.
        let w = awkward(96, 7);
        let x = awkward(96, 8);
        let naive = w.iter().zip(&x).fold(0f32, |s, (a, b)| s + a * b);
        assert_ne!(naive.to_bits(), dot(&w, &x).to_bits());
        assert_eq!(dot4(&w, &interleave4(&x, 96, 1))[3].to_bits(), dot(&w, &x).to_bits());
    }
}
