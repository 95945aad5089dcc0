//! A string-keyed hash map that keeps its keys in one arena.
//!
//! The lexicon holds about 300,000 short words. As a `HashMap<Box<str>, _>` every key is its own
//! heap block (32 bytes for a 9-byte word) and every slot carries a 16-byte pointer, which made the
//! lists about 35 MB of every process that detects names. Here a key is an offset into one string,
//! the table holds 4-byte slots, and lookups still cost one hash and, almost always, one
//! comparison.
//!
//! Why a slot carries eight bits of the key's hash beside the entry number: the lists are larger
//! than the processor's cache, and without them every occupied slot a lookup passes costs two
//! reads far apart in memory (the entry, then its key in the arena) just to learn that the key
//! differs; most words the recognizer looks up are not in the lists (names, inflected forms), so
//! they pass several. With the bits, a slot whose bits differ is passed without reading its entry
//! (255 in 256 of them), and the table is no larger.

use std::hash::{BuildHasher, Hasher};

use rustc_hash::FxBuildHasher;

/// Keys longer than this are not stored (no word or place name comes near it).
pub(crate) const MAX_KEY: usize = u16::MAX as usize;

/// Bits of a slot that hold its entry number + 1; the bits above hold the key's [`tag`].
const ENTRY_BITS: u32 = 24;
/// Entries a map holds at most (about 16.7 million; the lexicon has some 300,000).
pub(crate) const MAX_ENTRIES: usize = (1 << ENTRY_BITS) - 1;

#[derive(Debug)]
struct Entry<V> {
    offset: u32,
    len: u16,
    value: V,
}

/// Insert-and-lookup map from `str` to `V`; no removal (the lexicon only grows while it loads).
#[derive(Debug)]
pub(crate) struct StrMap<V> {
    arena: String,
    entries: Vec<Entry<V>>,
    /// Open addressing with linear probing: the key's [`tag`] above [`ENTRY_BITS`] and the entry
    /// number + 1 below, 0 for a free slot. Length is a power of two, kept at most 7/8 full.
    slots: Vec<u32>,
}

impl<V> Default for StrMap<V> {
    fn default() -> Self {
        StrMap { arena: String::new(), entries: Vec::new(), slots: Vec::new() }
    }
}

fn hash(key: &str) -> u64 {
    let mut h = FxBuildHasher.build_hasher();
    h.write(key.as_bytes());
    // Fx mixes weakly into the low bits; the high bits pick the slot.
    h.finish()
}

/// Eight bits of a key's hash other than those that pick its slot, placed above [`ENTRY_BITS`].
fn tag(h: u64) -> u32 {
    ((h >> 24) as u32 & 0xff) << ENTRY_BITS
}

/// The slot of entry number `n` whose key hashes to `h`.
fn slot_of(n: usize, h: u64) -> u32 {
    tag(h) | (n as u32 + 1)
}

impl<V> StrMap<V> {
    /// Room for `n` entries whose keys take about `key_bytes` in all, without regrowing.
    pub(crate) fn reserve(&mut self, n: usize, key_bytes: usize) {
        self.entries.reserve(n);
        self.arena.reserve(key_bytes);
        let want = (self.entries.len() + n) * 8 / 7 + 1;
        if want > self.slots.len() {
            self.rehash(want.next_power_of_two());
        }
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    fn key(&self, e: &Entry<V>) -> &str {
        &self.arena[e.offset as usize..e.offset as usize + usize::from(e.len)]
    }

    /// The slot holding `key`, or the free slot where it would go.
    fn find(&self, key: &str, h: u64) -> (usize, Option<usize>) {
        let mask = self.slots.len() - 1;
        let (t, entry_mask) = (tag(h), (1u32 << ENTRY_BITS) - 1);
        let mut i = (h >> 32) as usize & mask;
        loop {
            match self.slots[i] {
                0 => return (i, None),
                n if n & !entry_mask == t => {
                    let idx = (n & entry_mask) as usize - 1;
                    if self.key(&self.entries[idx]) == key {
                        return (i, Some(idx));
                    }
                }
                _ => {}
            }
            i = (i + 1) & mask;
        }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&V> {
        if self.slots.is_empty() {
            return None;
        }
        let (_, idx) = self.find(key, hash(key));
        idx.map(|i| &self.entries[i].value)
    }

    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        if self.slots.is_empty() {
            return None;
        }
        let (_, idx) = self.find(key, hash(key));
        idx.map(|i| &mut self.entries[i].value)
    }

    /// The value of `key`, inserted with `make` when absent.
    ///
    /// # Panics
    /// For a key longer than [`MAX_KEY`], an arena past 4 GiB or more than [`MAX_ENTRIES`] entries;
    /// the loader refuses such files first.
    pub(crate) fn entry_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        if (self.entries.len() + 1) * 8 > self.slots.len() * 7 {
            self.rehash((self.slots.len() * 2).max(16));
        }
        let h = hash(key);
        let (slot, idx) = self.find(key, h);
        let idx = match idx {
            Some(i) => i,
            None => {
                assert!(key.len() <= MAX_KEY && self.arena.len() + key.len() <= u32::MAX as usize, "lexicon key too long");
                assert!(self.entries.len() < MAX_ENTRIES, "lexicon has too many entries");
                let offset = self.arena.len() as u32;
                self.arena.push_str(key);
                self.entries.push(Entry { offset, len: key.len() as u16, value: make() });
                self.slots[slot] = slot_of(self.entries.len() - 1, h);
                self.entries.len() - 1
            }
        };
        &mut self.entries[idx].value
    }

    /// Sets `key` to `value`.
    pub(crate) fn insert(&mut self, key: &str, value: V) {
        let mut value = Some(value);
        let slot = self.entry_or_insert_with(key, || value.take().expect("taken once"));
        if let Some(v) = value {
            *slot = v;
        }
    }

    /// Every key, in insertion order.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| self.key(e))
    }

    /// Drops spare capacity once loading is done.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.arena.shrink_to_fit();
        self.entries.shrink_to_fit();
    }

    /// Heap bytes held (for the memory figures).
    pub(crate) fn heap_bytes(&self) -> usize {
        self.arena.capacity() + self.entries.capacity() * std::mem::size_of::<Entry<V>>() + self.slots.capacity() * 4
    }

    fn rehash(&mut self, size: usize) {
        let mut slots = vec![0u32; size];
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let h = hash(self.key(e));
            let mut i = (h >> 32) as usize & mask;
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = slot_of(n, h);
        }
        self.slots = slots;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_grow_and_every_key_is_found_again() {
        let mut m = StrMap::default();
        for i in 0..10_000u32 {
            m.insert(&format!("w{i}"), i);
        }
        m.insert("w17", 99);
        *m.entry_or_insert_with("w18", || 0) += 1;
        assert_eq!(m.len(), 10_000);
        assert_eq!(m.get("w17"), Some(&99));
        assert_eq!(m.get("w18"), Some(&19));
        assert_eq!(m.get("w9999"), Some(&9999));
        assert_eq!(m.get("w10000"), None);
        assert_eq!(m.get(""), None);
        *m.get_mut("w0").unwrap() = 7;
        assert_eq!(m.get("w0"), Some(&7));
        assert_eq!(m.keys().count(), 10_000);
        let empty: StrMap<u8> = StrMap::default();
        assert_eq!(empty.get("x"), None);
        let mut unicode = StrMap::default();
        unicode.insert("köln", 1);
        unicode.insert("", 2);
        assert_eq!((unicode.get("köln"), unicode.get("")), (Some(&1), Some(&2)));
    }
}
