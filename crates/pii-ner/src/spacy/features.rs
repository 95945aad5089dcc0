//! Lexical attributes of a token as spaCy computes them: NORM, PREFIX, SUFFIX, SHAPE.

/// spaCy's `word_shape`: `Xxxxx`, `dd:dd`, `X.X.X.`; runs longer than four collapse.
pub(crate) fn shape(text: &str) -> String {
    if text.chars().count() >= 100 {
        return "LONG".to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = '\0';
    let mut seq = 0;
    for c in text.chars() {
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

/// Python's `str.isalpha` for one char (letters of categories L*), approximated by Rust's
/// alphabetic property without the letter-like numbers and marks it adds.
fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

/// Python's `str.isdigit`.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (c.is_numeric() && c.to_digit(10).is_some()) || matches!(c, '\u{660}'..='\u{669}' | '\u{6F0}'..='\u{6F9}' | '\u{966}'..='\u{96F}' | '\u{FF10}'..='\u{FF19}' | '²' | '³' | '¹')
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
