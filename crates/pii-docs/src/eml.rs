//! TODO
use crate::pass::Pass;
use crate::{DocError, Ran};

pub(crate) fn run(_bytes: &[u8], _pass: &mut Pass<'_>) -> Result<Ran, DocError> {
    Err(DocError::Unsupported("not yet".into()))
}
