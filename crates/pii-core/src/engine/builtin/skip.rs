//! Words the scan passes over without driving the DFA: the extent of a word found eight bytes at a
//! time, and letters-only words that no pattern can start with.

/// How many bytes from `i` on are ASCII letters or digits (the rest of a word), and whether one of
/// them is a digit. Eight bytes are classified at a time, so that a word costs a loop iteration or
/// two instead of a table lookup and a branch per byte; the last few bytes of the text go one by one.
#[inline(always)]
pub(super) fn word_run(b: &[u8], i: usize) -> (usize, bool) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut e = i;
    let mut digits = 0u64;
    while let Some(chunk) = b.get(e..e + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        // Per byte, without carries between bytes (bytes >= 0x80 are neither): the high bit of
        // `y + 0x1f` is set when the byte is at least b'a', that of `y + 0x05` when it is above
        // b'z'; folding upper case onto lower case first (`| 0x20`) tests for a letter, and the
        // same two additions shifted to b'0'..=b'9' test for a digit.
        let y = x & !HIGH;
        let folded = y | 0x2020_2020_2020_2020;
        let letter = (folded + 0x1f1f_1f1f_1f1f_1f1f) & !(folded + 0x0505_0505_0505_0505);
        let digit = (y + 0x5050_5050_5050_5050) & !(y + 0x4646_4646_4646_4646);
        let alnum = (letter | digit) & !x & HIGH;
        if alnum == HIGH {
            digits |= digit & !x & HIGH;
            e += 8;
            continue;
        }
        let len = (!alnum & HIGH).trailing_zeros() as usize / 8;
        // The bytes of the word: the low `len` bytes.
        let within = if len == 0 { 0 } else { u64::MAX >> (64 - 8 * len) };
        digits |= digit & !x & HIGH & within;
        return (e + len - i, digits != 0);
    }
    let mut any_digit = digits != 0;
    while let Some(&c) = b.get(e) {
        if !c.is_ascii_alphanumeric() {
            break;
        }
        any_digit |= c.is_ascii_digit();
        e += 1;
    }
    (e - i, any_digit)
}

/// Whether the letters-only word `b[s..e]` can be skipped by the DFA: it is followed by plain
/// punctuation or space (not by `:` `-` `_` `.` `=` `/` `+` `~` or a non-ASCII letter that could
/// continue an identifier, a secret prefix or an accented month name), it is not a short code before
/// a number (`AB 12 34 56 C`, `W 497 737`), and it does not start like a month or weekday name of the
/// seven languages.
#[inline]
pub(super) fn plain_word(b: &[u8], s: usize, e: usize) -> bool {
    match b.get(e) {
        None | Some(b' ' | b'\n' | b'\r' | b'\t' | b',' | b';' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' | b'}' | b'|' | b'>') => {}
        // "dead:beef" opens an IPv6 address, "SG." a SendGrid key; other words before ':' or '.' are
        // labels and sentence ends.
        Some(b':') if e - s <= 4 && b[s..e].iter().all(u8::is_ascii_hexdigit) => return false,
        Some(b'.') if &b[s..e] == b"SG" => return false,
        // A code dotted into digits: "DE.136.695.976".
        Some(b'.') if e - s <= 3 && b.get(e + 1).is_some_and(u8::is_ascii_digit) => return false,
        Some(b':' | b'.') => {}
        _ => return false,
    }
    if e - s <= 3 && b.get(e) == Some(&b' ') && b.get(e + 1).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    // A German number plate: district, one or two letters, digits (`B AB 1234`, `MIL E 12`).
    if e - s <= 3 && b.get(e) == Some(&b' ') {
        let k = b[e + 1..].iter().take(3).take_while(|c| c.is_ascii_alphabetic()).count();
        if (1..=2).contains(&k) && b.get(e + 1 + k) == Some(&b' ') && b.get(e + 2 + k).is_some_and(u8::is_ascii_digit) {
            return false;
        }
    }
    if e - s < 3 {
        return true;
    }
    date_prefix(b[s], b[s + 1], b[s + 2]).is_none_or(|i| DATE_PREFIX_BITS[i / 64] & (1 << (i % 64)) == 0)
}

/// The first three letters (lower case) of the month and weekday names of the seven languages that
/// the DFA's date patterns know.
const DATE_PREFIXES: &[&[u8; 3]] = &[
    // Months.
    b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec", b"mae", b"mrz", b"mai", b"okt", b"dez",
    b"fev", b"avr", b"jui", b"aou", b"ene", b"abr", b"ago", b"dic", b"gen", b"mag", b"giu", b"lug", b"set", b"ott", b"out", b"mei", b"maa",
    b"mrt",
    // Weekdays, then those of the six other languages that the month prefixes miss (`lundi`,
    // `Dienstag`, `jueves`).
    b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun", b"lun", b"mer", b"jeu", b"ven", b"sam", b"dim", b"die", b"mit", b"don", b"fre",
    b"son", b"jue", b"vie", b"sab", b"dom", b"gio", b"woe", b"vri", b"zat", b"zon", b"din",
];

/// [`DATE_PREFIXES`] as one bit per three-letter prefix ([`date_prefix`]): a word's test is one
/// load, where a chain of sixty compares mispredicted on ordinary words.
const DATE_PREFIX_BITS: [u64; 26 * 26 * 26 / 64 + 1] = {
    let mut t = [0u64; 26 * 26 * 26 / 64 + 1];
    let mut k = 0;
    while k < DATE_PREFIXES.len() {
        let p = DATE_PREFIXES[k];
        let i = (p[0] - b'a') as usize * 676 + (p[1] - b'a') as usize * 26 + (p[2] - b'a') as usize;
        t[i / 64] |= 1 << (i % 64);
        k += 1;
    }
    t
};

/// The index of the three letters `a b c` (either case) among all three-letter prefixes; `None`
/// when one of them is not an ASCII letter.
#[inline(always)]
fn date_prefix(a: u8, b: u8, c: u8) -> Option<usize> {
    let [a, b, c] = [a | 0x20, b | 0x20, c | 0x20];
    if !(a.is_ascii_lowercase() && b.is_ascii_lowercase() && c.is_ascii_lowercase()) {
        return None;
    }
    Some(usize::from(a - b'a') * 676 + usize::from(b - b'a') * 26 + usize::from(c - b'a'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> bool {
        let word = s.bytes().take_while(u8::is_ascii_alphabetic).count();
        plain_word(s.as_bytes(), 0, word)
    }

    #[test]
    fn words_that_start_like_a_month_or_weekday_go_to_the_dfa() {
        for s in ["March 5", "MAY.", "dec,", "Dienstag,", "domingo", "Out of", "jueves", "zondag!", "Mrz "] {
            assert!(!plain(s), "{s}");
        }
    }

    #[test]
    fn other_letters_only_words_are_skipped() {
        for s in ["house ", "Xylophone,", "the", "ma,", "Dam ", "Mand.", "Zebra!", "Outward"] {
            let expected = !s.to_ascii_lowercase().starts_with("out");
            assert_eq!(plain(s), expected, "{s}");
        }
    }

    #[test]
    fn the_prefix_bits_hold_each_listed_prefix_once() {
        let ones: u32 = DATE_PREFIX_BITS.iter().map(|w| w.count_ones()).sum();
        let mut listed = DATE_PREFIXES.to_vec();
        listed.sort();
        listed.dedup();
        assert_eq!(ones as usize, listed.len());
        assert_eq!(date_prefix(b'1', b'a', b'b'), None);
        assert_eq!(date_prefix(b'@', b'[', b'`'), None);
    }
}
