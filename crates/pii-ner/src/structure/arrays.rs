//! Arrays of strings under a key (TOML `authors = ["A <a@x>", "Burak Yılmaz"]`, JSON
//! `"maintainers": ["…", "…"]`, YAML flow `owners: [a, b]` in quotes): every string of the array
//! gets the key's class, on one line or over several up to the closing bracket.

use super::{KeyClass, classify_key, tok_at, value};
use crate::cand::Cands;
use crate::doc::Doc;
use crate::lexicon::Lexicon;

/// Bytes before an opening bracket searched for its key.
const KEY_WINDOW: usize = 128;

/// Longest array read, in bytes: a key's list of people is short, a data dump is not read here.
const MAX_ARRAY: usize = 16 * 1024;

pub(super) fn arrays(doc: &Doc<'_>, lex: &Lexicon, out: &mut Cands) {
    let text = doc.text;
    let mut from = 0;
    while let Some(rel) = text[from..].find('[') {
        let open = from + rel;
        from = open + 1;
        let Some(key) = key_before(text, open) else { continue };
        // Strings listed under a person key are people, even under a weak one (`authors`): a
        // list of strings is no prose that merely mentions the key.
        let class = match classify_key(key) {
            Some(KeyClass::Person { .. }) => KeyClass::Person { weak: false },
            Some(c @ (KeyClass::Org | KeyClass::Location)) => c,
            _ => continue,
        };
        let limit = (open + MAX_ARRAY).min(text.len());
        let Some(close) = text[open..limit].find(']').map(|c| open + c) else { continue };
        let body = &text[open + 1..close];
        let mut k = 0;
        while let Some(q) = body[k..].find('"') {
            let a = k + q + 1;
            let Some(len) = body[a..].find('"') else { break };
            let b = a + len;
            if !body[a..b].contains('\n') && a < b {
                value(doc, lex, class, tok_at(doc, open + 1 + a), tok_at(doc, open + 1 + b), 0.85, out);
            }
            k = b + 1;
        }
        from = close;
    }
}

/// The key of the array opening at `open`: `authors = [`, `"authors": [`, `owners: [`, on the
/// same line.
fn key_before(text: &str, open: usize) -> Option<&str> {
    // Only the few bytes before the bracket: a key stands right there, and a long line of brackets
    // must not be searched back to its start for each of them.
    let mut from = open.saturating_sub(KEY_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let line_start = text[from..open].rfind('\n').map_or(from, |p| from + p + 1);
    let before = text[line_start..open].trim_end();
    let before = before.strip_suffix('=').or_else(|| before.strip_suffix(':'))?.trim_end();
    let before = before.trim_end_matches(['"', '\'']);
    let delimiter = before.rfind(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '{' | ','));
    // A key cut by the window is no key.
    let start = match delimiter {
        // After the delimiter, which may be wider than a byte (U+205F, a medium mathematical space).
        Some(p) => p + before[p..].chars().next().map_or(1, char::len_utf8),
        None if line_start > from || from == 0 => 0,
        None => return None,
    };
    let key = &before[start..];
    (!key.is_empty()).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::key_before;

    #[test]
    fn the_key_is_read_from_the_bytes_just_before_the_bracket() {
        let text = format!("{}\nauthors = [\"A\"]", "x".repeat(500));
        assert_eq!(key_before(&text, text.find('[').unwrap()), Some("authors"));
        // A key longer than the window is cut, so it is none.
        let long = format!("{}=[1]", "k".repeat(300));
        assert_eq!(key_before(&long, long.find('[').unwrap()), None);
    }

    #[test]
    fn a_wide_space_before_the_key_is_skipped_whole() {
        // Found by the no-panic property test: a three-byte space as the delimiter.
        let text = "\u{205f}\u{1129f}:[";
        assert_eq!(key_before(text, text.find('[').unwrap()), Some("\u{1129f}"));
        let text = "\u{205f}authors: [";
        assert_eq!(key_before(text, text.find('[').unwrap()), Some("authors"));
    }
}
