//! Arrays of strings under a key (TOML `authors = ["A <a@x>", "Burak Yılmaz"]`, JSON
//! `"maintainers": ["…", "…"]`, YAML flow `owners: [a, b]` in quotes): every string of the array
//! gets the key's class, on one line or over several up to the closing bracket.

use super::{KeyClass, classify_key, tok_at, value};
use crate::cand::Cands;
use crate::doc::Doc;
use crate::lexicon::Lexicon;

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
    let line_start = text[..open].rfind('\n').map_or(0, |p| p + 1);
    let before = text[line_start..open].trim_end();
    let before = before.strip_suffix('=').or_else(|| before.strip_suffix(':'))?.trim_end();
    let before = before.trim_end_matches(['"', '\'']);
    let start = before.rfind(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '{' | ',')).map_or(0, |p| p + 1);
    let key = &before[start..];
    (!key.is_empty()).then_some(key)
}
