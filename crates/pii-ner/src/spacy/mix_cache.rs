//! The network's first rows (embeddings, mixing layer, layer norm) remembered per token.
//!
//! Why: that first layer reads a token's feature ids alone, not its neighbours, and costs about a
//! quarter of the network's work per token; the recognizer runs the network on many short windows
//! ([`super::SpacyNer::entities_near`]) in which the same words come back again and again (labels,
//! articles, punctuation, frequent names). A row taken from here is the very row the layer would
//! compute again (the same floats), so results do not change. Kept per thread, so that analyses
//! on several threads neither wait for each other nor share memory, and bounded: when it holds
//! [`CAPACITY`] rows it is emptied and starts over.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use rustc_hash::FxHashMap;

/// Rows kept per thread, all networks together: at 96 floats a row, about 4 MB.
const CAPACITY: usize = 8192;

/// One network's rows by the feature ids of their token.
type NetRows = FxHashMap<Box<[u64]>, Box<[f32]>>;

/// Rows by network and feature ids.
#[derive(Default)]
struct Rows {
    by_net: FxHashMap<usize, NetRows>,
    len: usize,
}

thread_local! {
    static ROWS: RefCell<Rows> = RefCell::new(Rows::default());
}

/// A fresh id for a loaded network, the key of its rows here (two networks never share rows).
pub(crate) fn new_net_id() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Copies the remembered row of each token into `out` (rows of `width`, token after token; tokens
/// have `n_attrs` feature ids each in `feats`) and returns the tokens that have none, in order.
pub(crate) fn fill(net: usize, feats: &[u64], n_attrs: usize, width: usize, out: &mut [f32]) -> Vec<usize> {
    ROWS.with_borrow(|rows| {
        let known = rows.by_net.get(&net);
        let mut missing = Vec::new();
        for (t, f) in feats.chunks_exact(n_attrs).enumerate() {
            match known.and_then(|m| m.get(f)) {
                Some(row) => out[t * width..(t + 1) * width].copy_from_slice(row),
                None => missing.push(t),
            }
        }
        missing
    })
}

/// Remembers the rows of tokens `ts` (their rows in `rows`, `width` each, in the order of `ts`).
pub(crate) fn keep(net: usize, feats: &[u64], n_attrs: usize, width: usize, ts: &[usize], rows: &[f32]) {
    ROWS.with_borrow_mut(|cache| {
        if cache.len + ts.len() > CAPACITY {
            *cache = Rows::default();
        }
        let map = cache.by_net.entry(net).or_default();
        for (k, &t) in ts.iter().enumerate() {
            let key = &feats[t * n_attrs..(t + 1) * n_attrs];
            if !map.contains_key(key) {
                map.insert(key.into(), rows[k * width..(k + 1) * width].into());
                cache.len += 1;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_come_back_for_their_own_network_and_features_only() {
        let (a, b) = (new_net_id(), new_net_id());
        let feats = [1u64, 2, 3, 4, 5, 6];
        keep(a, &feats, 2, 3, &[0, 2], &[0.5, 1.0, 1.5, 2.5, 3.0, 3.5]);
        let mut out = [0f32; 9];
        let missing = fill(a, &feats, 2, 3, &mut out);
        assert_eq!(missing, [1]);
        assert_eq!(out, [0.5, 1.0, 1.5, 0.0, 0.0, 0.0, 2.5, 3.0, 3.5]);
        // Negative: another network has none of them.
        assert_eq!(fill(b, &feats, 2, 3, &mut out), [0, 1, 2]);
    }

    #[test]
    fn a_full_cache_starts_over() {
        let net = new_net_id();
        let feats: Vec<u64> = (0..(CAPACITY as u64 + 1)).collect();
        let all: Vec<usize> = (0..CAPACITY).collect();
        keep(net, &feats, 1, 1, &all, &vec![1.0; CAPACITY]);
        let mut out = vec![0f32; 1];
        assert!(fill(net, &feats[..1], 1, 1, &mut out).is_empty());
        keep(net, &feats[CAPACITY..], 1, 1, &[0], &[2.0]);
        assert_eq!(fill(net, &feats[..1], 1, 1, &mut out), [0]);
        assert!(fill(net, &feats[CAPACITY..], 1, 1, &mut out).is_empty());
        assert_eq!(out, [2.0]);
    }
}
