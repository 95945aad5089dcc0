//! The body of `POST /admin/tenants/{tenant_id}/rotate-keys`.

use serde::Deserialize;
use utoipa::ToSchema;

/// What a rotation moves. No body, `{}` or `{"outputs": false}`: the callback signing secret and the
/// key at rest only, the tenant's outputs stay as they are.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RotateKeysRequest {
    /// Also rotate the keys of the tenant's outputs (`hash`, `encrypt`, `fpe`, `pseudonymize`,
    /// `date_shift`): from then on the same value hashes and pseudonymizes differently, and `encrypt`
    /// and `fpe` values made before no longer decrypt to their originals (a leaked output key stops
    /// working). Pseudonym vault records made before still restore; jobs queued before keep the keys
    /// of their submission.
    #[serde(default)]
    pub outputs: bool,
}
