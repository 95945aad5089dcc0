//! Lexical attributes of a token as spaCy computes them: NORM, PREFIX, SUFFIX, SHAPE.

use super::pychar::{is_alpha, is_digit};

/// spaCy's `word_shape`: `Xxxxx`, `dd:dd`, `X.X.X.`; runs longer than four collapse.
pub(crate) fn shape(text: &str) -> String {
    if text.chars().count() >= 100 {
        return "LONG".to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = '\0';
    let mut seq = 0;
    for c in text.chars() {
        // Python's `isupper` on a letter: category Lu (Rust adds Other_Uppercase, no letters).
        let s = if is_alpha(c) {
            if c.is_uppercase() { 'X' } else { 'x' }
        } else if is_digit(c) {
            'd'
        } else {
            c
        };
        if s == last {
            seq += 1;
        } else {
            seq = 0;
            last = s;
        }
        if seq < 4 {
            out.push(s);
        }
    }
    out
}

/// The first character.
pub(crate) fn prefix(text: &str) -> &str {
    match text.char_indices().nth(1) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// The last three characters.
pub(crate) fn suffix(text: &str) -> &str {
    let n = text.chars().count();
    if n <= 3 {
        return text;
    }
    match text.char_indices().nth(n - 3) {
        Some((i, _)) => &text[i..],
        None => text,
    }
}

/// spaCy's `BASE_NORMS` (curly quotes, dashes, currency signs), looked up before the lexeme norms.
pub(crate) fn base_norm(text: &str) -> Option<&'static str> {
    Some(match text {
        "'s" => "'s",
        "'S" => "'s",
        "’s" => "'s",
        "’S" => "'s",
        "’" => "'",
        "‘" => "'",
        "´" => "'",
        "`" => "'",
        "”" => "\"",
        "“" => "\"",
        "''" => "\"",
        "``" => "\"",
        "´´" => "\"",
        "„" => "\"",
        "»" => "\"",
        "«" => "\"",
        "‘‘" => "\"",
        "’’" => "\"",
        "？" => "?",
        "！" => "!",
        "，" => ",",
        "；" => ";",
        "：" => ":",
        "。" => ".",
        "।" => ".",
        "…" => "...",
        "—" => "-",
        "–" => "-",
        "--" => "-",
        "---" => "-",
        "——" => "-",
        "€" => "$",
        "£" => "$",
        "¥" => "$",
        "฿" => "$",
        "US$" => "$",
        "C$" => "$",
        "A$" => "$",
        "₺" => "$",
        "₹" => "$",
        "৳" => "$",
        "₩" => "$",
        "Mex$" => "$",
        "₣" => "$",
        "E£" => "$",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_match_spacy() {
        assert_eq!(shape("Hello"), "Xxxxx");
        assert_eq!(shape("12:30"), "dd:dd");
        assert_eq!(shape("U.S.A."), "X.X.X.");
        assert_eq!(shape("foo@bar.com"), "xxx@xxx.xxx");
        assert_eq!(shape("O'Neil"), "X'Xxxx");
        assert_eq!(prefix("Hello"), "H");
        assert_eq!(suffix("Hello"), "llo");
        assert_eq!(suffix("'s"), "'s");
        assert_eq!(suffix("U.S.A."), ".A.");
    }
}
