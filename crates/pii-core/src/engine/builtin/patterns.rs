//! The table of every DFA pattern of the built-in recognizers. Patterns are ASCII, without
//! look-around (the DFA cannot do it; token boundaries are checked by the scanner) and at most
//! [`super::MAX_MATCH`] bytes long. Each module contributes its own patterns with their validators.

use super::Pattern;

/// The function of a module that adds its patterns.
type AddPatterns = fn(&mut Vec<Pattern>);

/// Each module of the set with the function that adds its patterns.
const MODULES: &[(&str, AddPatterns)] = &[
    ("phone", super::phone::patterns),
    ("numbers", super::numbers::patterns),
    ("net", super::net::patterns),
    ("ids", super::ids::patterns),
    ("ids_de", super::ids_de::patterns),
    ("ids_eu", super::ids_eu::patterns),
    ("ids_locale", super::ids_locale::patterns),
    ("ids_asia", super::ids_asia::patterns),
    ("ids_anglo", super::ids_anglo::patterns),
    ("date", super::date::patterns),
    ("finance", super::finance::patterns),
    ("secrets", super::secrets::patterns),
    ("phone_national", super::phone_national::patterns),
];

#[cfg(test)]
pub(super) fn all() -> Vec<Pattern> {
    named().0
}

/// Every pattern with a stable name for explanations: its entity type, its rank among the patterns
/// of that type in its module, and the module (`PHONE_NUMBER pattern 1 (phone)`). The names follow
/// the table, so they change only when the table does.
pub(super) fn named() -> (Vec<Pattern>, Vec<Box<str>>) {
    let mut v = Vec::new();
    let mut names: Vec<Box<str>> = Vec::new();
    for &(module, add) in MODULES {
        let from = v.len();
        add(&mut v);
        for i in from..v.len() {
            let kind = v[i].kind;
            let rank = v[from..=i].iter().filter(|p| p.kind == kind).count();
            names.push(format!("{} pattern {rank} ({module})", kind.entity()).into());
        }
    }
    (v, names)
}
