//! The table of every DFA pattern of the built-in recognizers. Patterns are ASCII, without
//! look-around (the DFA cannot do it; token boundaries are checked by the scanner) and at most
//! [`super::MAX_MATCH`] bytes long. Each module contributes its own patterns with their validators.

use super::Pattern;

pub(super) fn all() -> Vec<Pattern> {
    let mut v = Vec::new();
    super::phone::patterns(&mut v);
    super::numbers::patterns(&mut v);
    super::net::patterns(&mut v);
    super::ids::patterns(&mut v);
    super::ids_de::patterns(&mut v);
    super::ids_eu::patterns(&mut v);
    super::ids_locale::patterns(&mut v);
    super::ids_asia::patterns(&mut v);
    super::ids_anglo::patterns(&mut v);
    super::date::patterns(&mut v);
    super::finance::patterns(&mut v);
    super::secrets::patterns(&mut v);
    v
}
