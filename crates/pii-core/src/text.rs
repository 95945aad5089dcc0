//! Offsets: the engine works on UTF-8 byte offsets, the API speaks Unicode scalar values (Python `str`
//! indexes). These helpers convert between the two in one forward pass, without allocating per char.

/// Converts ascending byte offsets into char offsets. Offsets must lie on char boundaries.
///
/// Walks the text once from the smallest to the largest offset, so converting all findings of a
/// document costs one scan of the text, not one scan per finding.
#[derive(Debug)]
pub struct CharCounter<'a> {
    text: &'a str,
    byte_pos: usize,
    char_pos: u64,
}

impl<'a> CharCounter<'a> {
    pub fn new(text: &'a str) -> Self {
        CharCounter { text, byte_pos: 0, char_pos: 0 }
    }

    /// The char offset of `byte`; `byte` may go backwards, at the cost of a rescan from the start.
    pub fn char_offset(&mut self, byte: usize) -> u64 {
        let byte = byte.min(self.text.len());
        if byte < self.byte_pos {
            self.byte_pos = 0;
            self.char_pos = 0;
        }
        let slice = &self.text.as_bytes()[self.byte_pos..byte];
        // Count bytes that start a char: everything that is not a continuation byte (0b10xx_xxxx).
        self.char_pos += slice.iter().filter(|&&b| (b as i8) >= -0x40).count() as u64;
        self.byte_pos = byte;
        self.char_pos
    }
}

/// Converts ascending char offsets into byte offsets, the inverse of [`CharCounter`].
#[derive(Debug)]
pub struct ByteCounter<'a> {
    text: &'a str,
    byte_pos: usize,
    char_pos: u64,
}

impl<'a> ByteCounter<'a> {
    pub fn new(text: &'a str) -> Self {
        ByteCounter { text, byte_pos: 0, char_pos: 0 }
    }

    /// The byte offset of char offset `chars`, clamped to the end of the text.
    pub fn byte_offset(&mut self, chars: u64) -> usize {
        if chars < self.char_pos {
            self.byte_pos = 0;
            self.char_pos = 0;
        }
        let mut it = self.text[self.byte_pos..].char_indices();
        while self.char_pos < chars {
            match it.next() {
                Some((_, c)) => {
                    self.byte_pos += c.len_utf8();
                    self.char_pos += 1;
                }
                None => break,
            }
        }
        self.byte_pos
    }
}

/// Number of chars in `text`, as the API counts them.
pub fn char_len(text: &str) -> u64 {
    CharCounter::new(text).char_offset(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_both_ways_across_multibyte_text() {
        let text = "añb😀c€d";
        let mut cc = CharCounter::new(text);
        let mut bc = ByteCounter::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(cc.char_offset(bi), ci as u64);
            assert_eq!(bc.byte_offset(ci as u64), bi);
        }
        assert_eq!(char_len(text), 7);
        assert_eq!(cc.char_offset(0), 0);
        assert_eq!(bc.byte_offset(100), text.len());
    }
}
