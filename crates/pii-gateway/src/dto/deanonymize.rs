//! The bodies of `POST /api/v1/deanonymize`, and the spans `/redact` hands out for it.

use pii_core::EntityType;
use pii_core::engine::vault::VaultScope;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Text holding values written by the `encrypt`, `fpe` and `pseudonymize` operators.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeanonymizeRequest {
    pub text: String,
    /// Where values written by the `fpe` operator stand in `text` (char offsets), to decrypt them;
    /// `encrypt` tokens are found without help.
    #[serde(default)]
    pub fpe: Vec<FpeSpan>,
    /// Where surrogates written by the `pseudonymize` operator stand in `text` (char offsets; the
    /// `pseudonyms` of a `/redact` response), to look them up in the tenant's pseudonym vault.
    #[serde(default)]
    pub pseudonyms: Vec<ValueSpan>,
    /// The scope to look the surrogates up in: `{"kind": "call", "id": …}` (a `/redact` call, as
    /// its response names it), `{"kind": "job", "id": …}`, `{"kind": "batch", "id": …}` or
    /// `{"kind": "tenant"}`. Absent: every scope of the caller's tenant, and a surrogate is restored
    /// only where all of them agree on its value.
    #[serde(default)]
    #[schema(value_type = Option<PseudonymScopeSchema>)]
    pub pseudonym_scope: Option<VaultScope>,
}

/// A value written by the `fpe` operator: its type (the FF1 tweak) and where it is.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FpeSpan {
    #[schema(value_type = String)]
    pub entity_type: EntityType,
    pub start: u64,
    pub end: u64,
}

/// A value of some type and where it stands in a text (char offsets).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ValueSpan {
    #[schema(value_type = String)]
    pub entity_type: EntityType,
    pub start: u64,
    pub end: u64,
}

/// Where `pseudonymize` surrogates are consistent and kept: one `/redact` call, a job, a batch, or
/// the tenant.
#[derive(ToSchema)]
#[schema(as = VaultScope)]
#[allow(dead_code, reason = "documents the wire shape of pii_core::engine::vault::VaultScope for the OpenAPI document")]
pub struct PseudonymScopeSchema {
    /// `call`, `job`, `batch` or `tenant`.
    kind: String,
    /// The call, job or batch id; absent for `tenant`.
    id: Option<String>,
}

/// The text with every value put back, where each now stands (char offsets), and which
/// surrogates stayed (unknown in the vault, another tenant's, or ambiguous).
#[derive(Serialize, ToSchema)]
pub struct DeanonymizeResponse {
    pub text: String,
    #[schema(value_type = Vec<RestoredSchema>)]
    pub restored: Vec<pii_core::engine::Restored>,
    /// The `pseudonyms` of the request that were not restored, as the request gave them. Absent
    /// when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_restored: Vec<ValueSpan>,
}

/// One restored value.
#[derive(Serialize, Deserialize, ToSchema)]
#[schema(as = Restored)]
pub struct RestoredSchema {
    pub entity_type: String,
    pub start: u64,
    pub end: u64,
}
