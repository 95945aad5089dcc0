//! A batch made from a prefix, one page at a time: list the next objects below the prefix and turn
//! them into jobs with the batch's options.
//!
//! Why one place: the request that creates the batch lists and plans its first page (so a bad
//! prefix, an empty one or a refused output is still answered at once), and the background lister
//! every next page, on any gateway and after restarts, with exactly the same rules: the tenant's
//! grants as they are now (`Reach::Tenant`), outputs below the output prefix under the object's
//! relative key (or beside it under `redacted/`), and no object inside a `redacted/` folder (those
//! are outputs of earlier batches).

use pii_core::envelope::Envelope;
use pii_core::grants::Grants;
use pii_core::policy::RedactionPolicy;
use pii_core::uri::ObjectUri;
use pii_core::{BatchId, JobId, TenantId};
use pii_db::batch_listing::Listing;
use pii_db::jobs::NewJob;
use pii_storage::{ListPage, Reach, StorageError};

use crate::error::ApiError;
use crate::routes::redact::submit;
use crate::routes::redact::uri::plan_parsed;
use crate::state::AppState;

/// Most item errors quoted in one answer.
pub const MAX_QUOTED_ERRORS: usize = 5;

/// Everything a page of a prefix batch needs, the same for every page.
#[derive(Debug, Clone)]
pub struct PrefixBatch {
    pub batch_id: BatchId,
    pub tenant: TenantId,
    pub grants: Grants,
    pub prefix: ObjectUri,
    pub output_prefix: Option<ObjectUri>,
    /// Sealed.
    pub policy: RedactionPolicy,
    pub policy_json: String,
    pub metadata_json: Option<String>,
    pub overwrite: bool,
}

/// The jobs of one page, with their first messages.
#[derive(Debug, Default)]
pub struct PagePlan {
    pub jobs: Vec<NewJob>,
    pub messages: Vec<Envelope>,
}

impl PrefixBatch {
    /// The batch of a claimed listing, with its tenant's grants as they are now.
    ///
    /// # Errors
    /// `ApiError::Unprocessable` when a stored field no longer parses (the listing cannot go on),
    /// `ApiError::Unavailable` when the grants cannot be read now.
    pub async fn resume(state: &AppState, l: &Listing) -> Result<Self, ApiError> {
        let stored = |what: &str, e: &dyn std::fmt::Display| ApiError::Unprocessable(format!("the stored {what} no longer parses: {e}"));
        let prefix = ObjectUri::parse_prefix(&l.input_prefix).map_err(|e| stored("prefix", &e))?;
        let output_prefix = l.output_prefix.as_deref().map(ObjectUri::parse_prefix).transpose().map_err(|e| stored("output prefix", &e))?;
        let policy: RedactionPolicy = serde_json::from_str(&l.policy_json).map_err(|e| stored("policy", &e))?;
        let grants = crate::grants::of_tenant(state, &l.tenant_id).await?;
        Ok(PrefixBatch {
            batch_id: l.batch_id,
            tenant: l.tenant_id.clone(),
            grants,
            prefix,
            output_prefix,
            policy,
            policy_json: l.policy_json.clone(),
            metadata_json: l.metadata_json.clone(),
            overwrite: l.overwrite,
        })
    }

    /// The next page of objects after `after`.
    ///
    /// # Errors
    /// `Unprocessable` for a prefix that is missing, outside the grants (the same answer: no such
    /// folder) or not listable; `Unavailable` when its store cannot be reached now.
    pub async fn list(&self, state: &AppState, after: Option<&str>, limit: usize) -> Result<ListPage, ApiError> {
        state.storage.list_page(&self.prefix, Reach::Tenant(&self.grants), after, limit).await.map_err(|e| match e {
            StorageError::NotFound => ApiError::Unprocessable("input_prefix: no such folder or bucket".into()),
            StorageError::Unavailable(why) => ApiError::Unavailable(format!("input_prefix: its store is unavailable: {why}")),
            other => ApiError::Unprocessable(format!("input_prefix: {other}")),
        })
    }

    /// The jobs of a listed page. Every object or none: an invalid one, or (without `overwrite`)
    /// an output that would replace an object no job of this tenant wrote, refuses the page.
    ///
    /// # Errors
    /// `Unprocessable` or `Conflict` naming the first refusals; `Unavailable` when an output's store
    /// cannot be checked now.
    pub async fn plan(&self, state: &AppState, objects: Vec<(ObjectUri, String)>) -> Result<PagePlan, ApiError> {
        let mut plan = PagePlan::default();
        let mut errors = Vec::new();
        for (input, rel) in objects {
            // Outputs written into the listed prefix itself would be listed by the next batch.
            if rel.split('/').any(|s| s == "redacted") {
                continue;
            }
            let output = match self.output_prefix.as_ref().map(|p| p.join_key(&rel)).transpose() {
                Ok(o) => o,
                Err(e) => {
                    errors.push(format!("{rel}: output_uri: {e}"));
                    continue;
                }
            };
            let mut spec = match plan_parsed(state, &self.tenant, &self.grants, JobId::generate(), input, output, self.policy.clone()) {
                Ok(s) => s,
                Err(e) => {
                    errors.push(format!("{rel}: {e}"));
                    continue;
                }
            };
            if !errors.is_empty() {
                continue;
            }
            spec.batch_id = Some(self.batch_id);
            plan.jobs.push(NewJob::from_spec(&spec, None, self.metadata_json.clone()));
            plan.messages.push(crate::outbox::detect_message(spec, crate::observability::trace_headers())?);
        }
        if !errors.is_empty() {
            let n = errors.len();
            errors.truncate(MAX_QUOTED_ERRORS);
            return Err(ApiError::Unprocessable(format!("{n} object(s) cannot be submitted: {}", errors.join("; "))));
        }
        if !self.overwrite && !plan.jobs.is_empty() {
            let outs: Vec<&ObjectUri> = plan.jobs.iter().map(|j| &j.output_uri).collect();
            let mut refused = submit::foreign_outputs(state, &self.tenant, &outs, &self.grants).await?;
            if !refused.is_empty() {
                let n = refused.len();
                refused.truncate(MAX_QUOTED_ERRORS);
                return Err(ApiError::Conflict(format!("{n} output(s) would replace objects: {}", refused.join("; "))));
            }
        }
        Ok(plan)
    }
}
