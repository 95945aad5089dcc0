//! Whose rows a listing (`GET /jobs`, `/batches`, `/audit`) shows: the administrator sees every
//! tenant's or the one named in `tenant_id`; a tenant sees its own, and naming another tenant gives
//! an empty list, as if that tenant's rows did not exist (they do not, for this caller).

use pii_core::TenantId;

use crate::auth::Principal;
use crate::error::ApiError;

/// The rows a listing may show to its caller.
#[derive(Debug, PartialEq, Eq)]
pub enum Visible {
    /// Every tenant's (the administrator, no `tenant_id`).
    All,
    /// One tenant's.
    Tenant(TenantId),
    /// None: a tenant asked for another tenant's rows.
    Nothing,
}

impl Visible {
    /// What `principal` may see of the rows of `requested` (the `tenant_id` query parameter).
    ///
    /// # Errors
    /// 422 when `requested` is no valid tenant id.
    pub fn of(principal: &Principal, requested: Option<&str>) -> Result<Self, ApiError> {
        let requested =
            requested.map(TenantId::parse).transpose().map_err(|_| ApiError::Unprocessable("tenant_id is not a valid tenant id".into()))?;
        Ok(match (principal.is_admin(), requested) {
            (true, Some(t)) => Visible::Tenant(t),
            (true, None) => Visible::All,
            (false, Some(t)) if t != principal.tenant => Visible::Nothing,
            (false, _) => Visible::Tenant(principal.tenant.clone()),
        })
    }
}

#[cfg(test)]
mod tests {
    use pii_core::KeyScopes;
    use pii_db::keys::Quotas;

    use super::*;

    fn tenant(id: &str) -> TenantId {
        TenantId::parse(id).unwrap_or_else(|e| panic!("{id}: {e}"))
    }

    fn principal(id: &str) -> Principal {
        Principal {
            key_id: "k1".into(),
            tenant: tenant(id),
            quotas: Quotas { requests_per_second: None, max_jobs_in_flight: None },
            scopes: KeyScopes::empty(),
            key_epoch: pii_core::KeyEpoch::legacy(),
        }
    }

    #[test]
    fn a_tenant_sees_its_own_rows_and_nothing_of_another_tenants() {
        let me = principal("acme");
        assert_eq!(Visible::of(&me, None).ok(), Some(Visible::Tenant(tenant("acme"))));
        assert_eq!(Visible::of(&me, Some("acme")).ok(), Some(Visible::Tenant(tenant("acme"))));
        assert_eq!(Visible::of(&me, Some("other")).ok(), Some(Visible::Nothing));
        // Negative: an id that is no tenant id is a 422, not an empty list.
        assert!(matches!(Visible::of(&me, Some("no spaces")), Err(ApiError::Unprocessable(_))));
    }

    #[test]
    fn the_administrator_sees_every_tenant_or_the_one_named() {
        let admin = principal(TenantId::ADMIN);
        assert_eq!(Visible::of(&admin, None).ok(), Some(Visible::All));
        assert_eq!(Visible::of(&admin, Some("other")).ok(), Some(Visible::Tenant(tenant("other"))));
    }
}
