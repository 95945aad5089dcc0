//! The network's entities of a whole window, remembered per thread.
//!
//! Why: the recognizer runs the network on short windows around capitalised words
//! ([`super::SpacyNer::entities_near`]), and the same window comes back in many documents: the
//! boilerplate paragraph of a notice, a letter's greeting and signature, a form's labels around
//! the same name. What the network decodes from a window depends on nothing but its tokens' feature
//! ids, which of them are white space, whether the window starts or ends its text (the zero rows
//! around a document) and the token where decoding may end, so the key is exactly that input: an entry found here is what
//! [`super::net::Net::tokvecs`] and [`super::net::Net::decode`] would compute again, token for token,
//! and results do not change. Keyed by feature ids (hashes), not text, as
//! [`super::mix_cache`] is. Kept per thread, so that analyses on several threads neither wait for
//! each other nor share memory, and bounded: when it holds [`CAPACITY`] windows it is emptied and
//! starts over.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::net::TokEnt;

/// Windows kept per thread, all networks together: at some fifteen tokens of four ids each, about
/// 2 MB.
const CAPACITY: usize = 4096;

/// One network's entities by window key.
type NetWindows = FxHashMap<Box<[u64]>, Box<[TokEnt]>>;

/// Entities by network and window key.
#[derive(Default)]
struct Windows {
    by_net: FxHashMap<usize, NetWindows>,
    len: usize,
}

thread_local! {
    static WINDOWS: RefCell<Windows> = RefCell::new(Windows::default());
}

/// The network's whole input for a window: the number of tokens, whether the window starts and
/// whether it ends its text, the token where decoding may end ([`super::net::Net::decode`]),
/// which tokens are white space (a bit each), then the tokens' feature ids as
/// [`super::SpacyNer`] lays them out (`feats`).
pub(crate) fn key(feats: &[u64], is_space: &[bool], starts_text: bool, ends_text: bool, stop: usize) -> Box<[u64]> {
    let n = is_space.len();
    let mut key = Vec::with_capacity(3 + n.div_ceil(64) + feats.len());
    key.push(n as u64);
    key.push(u64::from(starts_text) | u64::from(ends_text) << 1);
    key.push(stop as u64);
    for bits in is_space.chunks(64) {
        key.push(bits.iter().enumerate().fold(0u64, |w, (k, &b)| w | u64::from(b) << k));
    }
    key.extend_from_slice(feats);
    key.into_boxed_slice()
}

/// The remembered entities of the window `key` for network `net`.
pub(crate) fn get(net: usize, key: &[u64]) -> Option<Vec<TokEnt>> {
    WINDOWS.with_borrow(|w| w.by_net.get(&net).and_then(|m| m.get(key)).map(|e| e.to_vec()))
}

/// Remembers the entities `ents` the network `net` decoded from the window `key`.
pub(crate) fn keep(net: usize, key: Box<[u64]>, ents: &[TokEnt]) {
    WINDOWS.with_borrow_mut(|w| {
        if w.len >= CAPACITY {
            *w = Windows::default();
        }
        if w.by_net.entry(net).or_default().insert(key, ents.into()).is_none() {
            w.len += 1;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spacy::mix_cache::new_net_id;

    #[test]
    fn a_windows_entities_come_back_for_its_own_network_and_input_only() {
        let (a, b) = (new_net_id(), new_net_id());
        let feats = [11u64, 12, 21, 22];
        let ents = [TokEnt { start: 1, end: 2, label: 3 }];
        keep(a, key(&feats, &[false, false], false, true, 2), &ents);
        assert_eq!(get(a, &key(&feats, &[false, false], false, true, 2)), Some(ents.to_vec()));
        // Negative: another network, another edge of the text, another end, another white-space
        // token or other ids are another input.
        assert_eq!(get(b, &key(&feats, &[false, false], false, true, 2)), None);
        assert_eq!(get(a, &key(&feats, &[false, false], true, true, 2)), None);
        assert_eq!(get(a, &key(&feats, &[false, false], false, true, 1)), None);
        assert_eq!(get(a, &key(&feats, &[false, true], false, true, 2)), None);
        assert_eq!(get(a, &key(&[11, 12, 21, 23], &[false, false], false, true, 2)), None);
    }

    #[test]
    fn windows_of_another_length_have_another_key() {
        // Four ids as two tokens of two, or as one token of four (plus its white-space bit).
        let feats = [1u64, 2, 3, 4];
        assert_ne!(key(&feats, &[false, false], false, false, 1), key(&feats, &[false], false, false, 1));
        let long: Vec<bool> = (0..70).map(|k| k == 65).collect();
        let k = key(&[], &long, false, false, 70);
        assert_eq!(&k[..5], [70, 0, 70, 0, 2]);
    }

    #[test]
    fn a_full_cache_starts_over() {
        let net = new_net_id();
        for t in 0..CAPACITY as u64 {
            keep(net, key(&[t], &[false], false, false, 1), &[]);
        }
        assert_eq!(get(net, &key(&[0], &[false], false, false, 1)), Some(Vec::new()));
        keep(net, key(&[u64::MAX], &[false], false, false, 1), &[]);
        assert_eq!(get(net, &key(&[0], &[false], false, false, 1)), None);
        assert_eq!(get(net, &key(&[u64::MAX], &[false], false, false, 1)), Some(Vec::new()));
    }
}
