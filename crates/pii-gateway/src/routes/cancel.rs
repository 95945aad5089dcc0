//! `POST /jobs/{job_id}/cancel` and `POST /batches/{batch_id}/cancel`: end jobs that have not ended.
//!
//! A cancelled job ends at once, in the database, as `failed` with the message
//! [`pii_core::cancel::CANCELLED_MESSAGE`] (the statuses stay those of the Jobs API). In the same
//! transaction a cancel notice goes to the outbox, which the relay broadcasts to every worker: a
//! worker skips the job's commands still queued and stops the one it runs at its next chunk,
//! writing nothing. Whatever a worker still reports for the job is ignored, and an output it still
//! wrote is removed (`background::events`).
//!
//! A grant revoked by the administrator stops the tenant's going jobs it covered the same way
//! ([`stop_outside_grants`]).
//!
//! Cancelling is idempotent: a job that has already ended (cancelled or not) is answered as it is,
//! 200, unchanged; so is a batch whose jobs have all ended.

use actix_web::{HttpResponse, web};
use pii_core::TenantId;
use pii_core::audit::AuditAction;
use pii_core::envelope::{Envelope, Headers, Route};
use pii_core::grants::Grants;
use pii_core::messages::CancelNotice;
use pii_core::uri::ObjectUri;
use pii_db::cancel::{self, Cancelled};
use pii_db::jobs::{Ended, JobRecord};
use pii_db::{DbConnection, DbError, batches};
use pii_storage::Reach;

use super::jobs::parse_job_id;
use crate::auth::Principal;
use crate::dto::{BatchResponse, JobResponse};
use crate::error::ApiError;
use crate::state::AppState;

/// Tries when an event lands on a job at the moment it is cancelled (the cancel is decided again).
const ATTEMPTS: u32 = 5;

/// Cancels a job that has not ended: it ends `failed` with a message saying it was cancelled;
/// a queued job never starts, a running one stops at its next chunk and writes no output.
#[utoipa::path(post, path = "/api/v1/jobs/{job_id}/cancel", tag = "jobs",
    params(("job_id" = String, Path, description = "The job id")),
    responses(
        (status = 200, body = JobResponse, description = "the job as it is now: `failed` with the message \
            \"the job was cancelled on request\", or, if it had already ended (cancelled before, completed, \
            error, failed), unchanged"),
        (status = 401, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody),
    ),
    security(("api_key" = [])))]
pub async fn cancel_job(state: web::Data<AppState>, principal: Principal, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let target = parse_job_id(&path).ok().map(|id| id.to_string());
    let result = cancel_job_inner(&state, &principal, &path).await;
    crate::audit::audited(&state, &principal, AuditAction::JobCancel, target, result).await
}

async fn cancel_job_inner(state: &AppState, principal: &Principal, path: &str) -> Result<HttpResponse, ApiError> {
    let id = parse_job_id(path)?;
    let (outcome, callbacks) =
        run_cancel(state, principal.scope(), move |c, scope, notice, on_end| cancel::cancel_job(c, id, scope, notice, on_end)).await?;
    let outcome = outcome.ok_or(ApiError::NotFound("Job not found"))?;
    notify(state, matches!(outcome, Cancelled::Now(_)), callbacks);
    match &outcome {
        Cancelled::Now(job) => tracing::info!(job_id = %job.id, tenant = %job.tenant_id, attempt = job.attempt, "job cancelled"),
        Cancelled::Already(_) | Cancelled::Ended(_) => tracing::info!(job_id = %id, "cancel of an ended job; unchanged"),
    }
    Ok(HttpResponse::Ok().json(JobResponse::from(outcome.into_job())))
}

/// Cancels every job of a batch that has not ended (as `POST /jobs/{job_id}/cancel` does one);
/// jobs that had ended stay as they are.
#[utoipa::path(post, path = "/api/v1/batches/{batch_id}/cancel", tag = "batches",
    params(("batch_id" = String, Path, description = "The batch id")),
    responses(
        (status = 200, body = BatchResponse, description = "the batch as it is now: its cancelled jobs count as failed"),
        (status = 401, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody),
    ),
    security(("api_key" = [])))]
pub async fn cancel_batch(state: web::Data<AppState>, principal: Principal, path: web::Path<String>) -> Result<HttpResponse, ApiError> {
    let target = super::batches::parse_batch_id(&path).ok().map(|id| id.to_string());
    let result = cancel_batch_inner(&state, &principal, &path).await;
    crate::audit::audited(&state, &principal, AuditAction::BatchCancel, target, result).await
}

async fn cancel_batch_inner(state: &AppState, principal: &Principal, path: &str) -> Result<HttpResponse, ApiError> {
    let id = super::batches::parse_batch_id(path)?;
    let (outcome, callbacks) =
        run_cancel(state, principal.scope(), move |c, scope, notice, on_end| cancel::cancel_batch(c, id, scope, notice, on_end)).await?;
    let report = outcome.ok_or(ApiError::NotFound("Batch not found"))?;
    notify(state, !report.cancelled.is_empty(), callbacks);
    tracing::info!(batch_id = %id, tenant = %principal.tenant, cancelled = report.cancelled.len(), unchanged = report.unchanged, "batch cancelled");
    let scope = principal.scope();
    let (batch, counts) = state
        .db
        .run(move |c| {
            let Some(b) = batches::get_batch(c, id, &scope)? else { return Ok(None) };
            Ok(Some((b, batches::batch_counts(c, id)?)))
        })
        .await?
        .ok_or(ApiError::NotFound("Batch not found"))?;
    Ok(HttpResponse::Ok().json(BatchResponse::new(batch, &counts)))
}

/// The cancel notice of `job` for the outbox, broadcast to every worker (also written when a going
/// job is deleted).
pub(crate) fn notice(job: &JobRecord, headers: &Headers) -> Result<Envelope, DbError> {
    let body = CancelNotice { job_id: job.id, tenant_id: job.tenant_id.clone(), attempt: job.attempt };
    let notice = Envelope::json(Route::Cancel, &body).map_err(|e| DbError::Encode { what: "a cancel notice", why: e.to_string() })?;
    Ok(notice.with_headers(headers.clone()))
}

/// Callbacks owed for what the cancel ended (a job not in a batch, a batch whose last job it was),
/// enqueued in the same transaction.
#[derive(Default)]
struct Owed(usize);

impl Owed {
    fn enqueue(&mut self, conn: &mut DbConnection, ended: &Ended<'_>) -> Result<(), DbError> {
        if let Some(cb) = crate::background::callbacks::for_ended(conn, ended)? {
            pii_db::callbacks::enqueue(conn, &cb)?;
            self.0 += 1;
        }
        Ok(())
    }
}

/// Stops the tenant's jobs that have not ended and that its storage as it is now (`reach`: its
/// grants and its own output area) no longer covers, input or output: a grant revoked while a job
/// was queued or running stops the job, as a cancel does, with
/// [`pii_core::cancel::GRANT_REVOKED_MESSAGE`]. Returns how many it stopped.
///
/// # Errors
/// `ApiError` from the store.
pub(crate) async fn stop_outside_grants(state: &AppState, tenant: &TenantId, reach: Grants) -> Result<usize, ApiError> {
    let t = tenant.clone();
    let (stopped, callbacks) = run_cancel(state, pii_db::jobs::Scope::of(tenant), move |c, _scope, notice, on_end| {
        let covers = |u: &ObjectUri| Reach::Tenant(&reach).covers(u);
        cancel::end_outside_grants(c, &t, &|job| covers(&job.input_uri) && covers(&job.output_uri), notice, on_end)
    })
    .await?;
    notify(state, !stopped.is_empty(), callbacks);
    if !stopped.is_empty() {
        tracing::info!(tenant = %tenant, stopped = stopped.len(), "jobs stopped: a storage grant they need was revoked");
    }
    Ok(stopped.len())
}

/// Wakes the relay (the notices) and the callback dispatcher when there is something for them.
fn notify(state: &AppState, cancelled: bool, callbacks: usize) {
    if cancelled {
        state.relay.notify_one();
    }
    if callbacks > 0 {
        state.callbacks.notify_one();
    }
}

/// Runs a cancel (`op`, given the caller's scope, the notice to write and the callbacks to owe) in
/// one transaction, and again when it lost a race with a status event (`DbError::Conflict`), a few
/// times. Returns its outcome and the number of callbacks it enqueued.
async fn run_cancel<T, F>(state: &AppState, scope: pii_db::jobs::Scope, op: F) -> Result<(T, usize), ApiError>
where
    T: Send + 'static,
    F: Fn(&mut DbConnection, &pii_db::jobs::Scope, cancel::NoticeFn<'_>, cancel::OnEnd<'_>) -> Result<T, DbError> + Clone + Send + 'static,
{
    // Captured here: the transaction runs on a blocking thread, outside the request's span.
    let headers = crate::observability::trace_headers();
    let mut tries = 0;
    loop {
        tries += 1;
        let (scope, headers, op) = (scope.clone(), headers.clone(), op.clone());
        let result = state
            .db
            .run(move |c| {
                let mut owed = Owed::default();
                let r = op(c, &scope, &|job| notice(job, &headers), &mut |conn, ended| owed.enqueue(conn, &ended))?;
                Ok((r, owed.0))
            })
            .await;
        match result {
            Err(e) if e.kind() == pii_core::ErrorKind::Conflict && tries < ATTEMPTS => continue,
            Err(e) if e.kind() == pii_core::ErrorKind::Conflict => {
                return Err(ApiError::Conflict("the job changed while it was being cancelled; try again".into()));
            }
            other => return other.map_err(ApiError::from),
        }
    }
}
