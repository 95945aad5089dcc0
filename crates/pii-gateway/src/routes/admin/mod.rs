//! `/admin`: tenants and API keys, for administrator keys only. To any other key these routes do
//! not exist (404), so the admin surface is not revealed.

pub mod keys;
pub mod tenant_delete;
pub mod tenant_rotate;
pub mod tenants;

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};

use crate::auth::Principal;
use crate::error::ApiError;

/// An administrator's request. As the first argument of a handler it is extracted before the body,
/// so a tenant key gets the same 404 whatever it sends: the body of an admin route is never parsed
/// for anyone but an administrator.
#[derive(Debug, Clone)]
pub struct Admin(pub Principal);

impl FromRequest for Admin {
    type Error = ApiError;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let principal = match Principal::from_request(req, payload).into_inner() {
            Ok(p) => p,
            Err(e) => return ready(Err(e)),
        };
        ready(require_admin(&principal).map(|()| Admin(principal)))
    }
}

pub(crate) fn require_admin(p: &Principal) -> Result<(), ApiError> {
    if p.is_admin() { Ok(()) } else { Err(ApiError::NotFound("Not found")) }
}
