//! The jobs of a batch whose inputs are listed in the request: at most `PII_REDACTOR_MAX_BATCH_ITEMS`
//! of them, each refused or accepted on its own, and every job or none created.

use std::collections::HashSet;

use pii_core::BatchId;
use pii_core::JobId;
use pii_core::grants::Grants;
use pii_core::policy::RedactionPolicy;
use pii_core::uri::ObjectUri;
use pii_db::jobs::NewJob;

use super::submit::{self, Planned};
use super::uri::plan_parsed;
use crate::batch_pages::MAX_QUOTED_ERRORS;
use crate::dto::BatchItem;
use crate::error::ApiError;
use crate::state::AppState;

/// Most bytes of policy one batch of listed items may store across its jobs (policy size times
/// items): a 1.6 MB deny list fits 40 items, a 4 KB policy the whole 10,000. A prefix batch bounds
/// the same product per page instead.
pub const MAX_BATCH_POLICY_BYTES: usize = 64 << 20;

/// One item's input URI and its explicit output URI, each parsed or the reason it was refused
/// (refusals are reported per item, not for the whole batch).
type ItemUris = (Result<ObjectUri, String>, Option<Result<ObjectUri, String>>);

/// What every job of a batch shares.
#[derive(Debug)]
pub struct Shared<'a> {
    pub batch_id: BatchId,
    pub tenant: &'a pii_core::TenantId,
    pub grants: &'a Grants,
    /// Sealed.
    pub policy: &'a RedactionPolicy,
    pub policy_json: &'a str,
    pub output_prefix: Option<&'a ObjectUri>,
    pub metadata_json: Option<&'a str>,
    pub overwrite: bool,
}

/// Refuses a policy that, stored once per job, would exceed [`MAX_BATCH_POLICY_BYTES`].
///
/// # Errors
/// `ApiError::TooLarge` saying so.
pub fn check_policy_total(policy_json: &str, jobs: usize, per: &str) -> Result<(), ApiError> {
    let total = policy_json.len().saturating_mul(jobs);
    if total > MAX_BATCH_POLICY_BYTES {
        return Err(ApiError::TooLarge(format!(
            "the policy ({} bytes) times {jobs} {per} is {total} bytes, over the {MAX_BATCH_POLICY_BYTES}-byte limit for one batch; \
             send fewer items per batch or a smaller policy",
            policy_json.len(),
        )));
    }
    Ok(())
}

/// Plans the jobs of listed items.
///
/// # Errors
/// `TooLarge` past the item limit or the policy total; `Unprocessable` naming the first invalid
/// items; `Conflict` naming the first refused outputs.
pub async fn plan(state: &AppState, items: &[BatchItem], s: &Shared<'_>) -> Result<Planned, ApiError> {
    let max = state.config.max_batch_items;
    if items.len() > max {
        return Err(ApiError::TooLarge(format!("a batch holds at most {max} items; this one has {}", items.len())));
    }
    check_policy_total(s.policy_json, items.len(), "items")?;
    let pairs: Vec<ItemUris> = items
        .iter()
        .map(|it| {
            let input = ObjectUri::parse(&it.input_uri).map_err(|e| format!("input_uri: {e}"));
            let output = match (&it.output_uri, s.output_prefix, &input) {
                (Some(o), _, _) => Some(ObjectUri::parse(o).map_err(|e| format!("output_uri: {e}"))),
                (None, Some(p), Ok(i)) => Some(p.join_key(&i.file_name()).map_err(|e| format!("output_uri: {e}"))),
                _ => None,
            };
            (input, output)
        })
        .collect();
    let mut planned = Planned::default();
    let mut errors = Vec::new();
    let mut outputs = HashSet::with_capacity(pairs.len());
    for (i, (input, output)) in pairs.into_iter().enumerate() {
        let spec = match (input, output.transpose()) {
            (Ok(input), Ok(output)) => {
                plan_parsed(state, s.tenant, s.grants, JobId::generate(), input, output, s.policy.clone()).map_err(|e| e.to_string())
            }
            (Err(e), _) | (_, Err(e)) => Err(e),
        };
        let spec = match spec {
            Ok(mut spec) => {
                if !outputs.insert(spec.output_uri.clone()) {
                    errors.push(format!("items[{i}]: output {} is also the output of another item", spec.output_uri));
                    continue;
                }
                spec.batch_id = Some(s.batch_id);
                spec
            }
            Err(e) => {
                errors.push(format!("items[{i}]: {e}"));
                continue;
            }
        };
        if errors.is_empty() {
            planned.jobs.push(NewJob::from_spec(&spec, None, s.metadata_json.map(str::to_owned)));
            planned.messages.push(crate::outbox::detect_message(spec, crate::observability::trace_headers())?);
        }
    }
    if !errors.is_empty() {
        let n = errors.len();
        errors.truncate(MAX_QUOTED_ERRORS);
        return Err(ApiError::Unprocessable(format!("{n} item(s) are invalid; nothing was created: {}", errors.join("; "))));
    }
    if !s.overwrite {
        let outs: Vec<&ObjectUri> = outputs.iter().collect();
        let mut refused = submit::foreign_outputs(state, s.tenant, &outs, s.grants).await?;
        if !refused.is_empty() {
            let n = refused.len();
            refused.truncate(MAX_QUOTED_ERRORS);
            return Err(ApiError::Conflict(format!("{n} output(s) would replace objects; nothing was created: {}", refused.join("; "))));
        }
    }
    Ok(planned)
}
