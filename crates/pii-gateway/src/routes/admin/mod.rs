//! `/admin`: tenants and API keys, for administrator keys only. To any other key these routes do
//! not exist (404), so the admin surface is not revealed.

pub mod keys;
pub mod tenants;

use crate::auth::Principal;
use crate::error::ApiError;

pub(crate) fn require_admin(p: &Principal) -> Result<(), ApiError> {
    if p.is_admin() { Ok(()) } else { Err(ApiError::NotFound("Not found")) }
}
