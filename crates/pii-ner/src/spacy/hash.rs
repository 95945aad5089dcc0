//! The two hash functions spaCy's NER depends on, bit for bit.

/// MurmurHash64A with seed 1: spaCy's `hash_string`, the id of a string in its `StringStore`.
pub(crate) fn hash_string(s: &str) -> u64 {
    if s.is_empty() {
        return 0;
    }
    murmur64a(s.as_bytes(), 1)
}

/// spaCy's `get_string_id`: the id a string gets in the `StringStore`, which is its
/// [`hash_string`] unless it is one of spaCy's built-in symbols (`X`, `_`, `PERSON`, …).
pub(crate) fn string_id(s: &str) -> u64 {
    super::symbols::symbol_id(s).unwrap_or_else(|| hash_string(s))
}

fn murmur64a(key: &[u8], seed: u64) -> u64 {
    const M: u64 = 0xc6a4_a793_5bd1_e995;
    const R: u32 = 47;
    let len = key.len();
    let mut h: u64 = seed ^ (len as u64).wrapping_mul(M);
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut k = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h ^= k;
        h = h.wrapping_mul(M);
    }
    let tail = chunks.remainder();
    if !tail.is_empty() {
        for (i, &b) in tail.iter().enumerate() {
            h ^= u64::from(b) << (8 * i);
        }
        h = h.wrapping_mul(M);
    }
    h ^= h >> R;
    h = h.wrapping_mul(M);
    h ^= h >> R;
    h
}

/// thinc's `MurmurHash3_x86_128_uint64`: four 32-bit keys of one 64-bit id, for `HashEmbed`.
pub(crate) fn hash_id(val: u64, seed: u32) -> [u32; 4] {
    let mut h1: u64 = val;
    h1 = h1.wrapping_mul(0x87c3_7b91_1142_53d5);
    h1 = h1.rotate_left(31);
    h1 = h1.wrapping_mul(0x4cf5_ad43_2745_937f);
    h1 ^= u64::from(seed);
    h1 ^= 8;
    let mut h2: u64 = u64::from(seed);
    h2 ^= 8;
    h1 = h1.wrapping_add(h2);
    h2 = h2.wrapping_add(h1);
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 = h1.wrapping_add(h2);
    h2 = h2.wrapping_add(h1);
    [h1 as u32, (h1 >> 32) as u32, h2 as u32, (h2 >> 32) as u32]
}

fn fmix(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^= k >> 33;
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_hashes_match_spacy() {
        // `nlp.vocab.strings["hello"]` in spaCy 3.8.
        assert_eq!(hash_string("hello"), 5_983_625_672_228_268_878);
    }
}
