//! Identity documents and national identifiers.

use super::Pattern;

pub(super) fn patterns(_v: &mut Vec<Pattern>) {}
