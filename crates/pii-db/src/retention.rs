//! Retention: how long a tenant's ended jobs are kept, and which jobs are due to be purged.
//!
//! The retention in effect for a tenant is its own `retention_seconds`, else the deployment's
//! default (`PII_REDACTOR_RETENTION_SECONDS`), else none: its jobs are kept until someone deletes
//! them. A job is due when it has ended (completed, error, or failed with no retry scheduled) and its
//! end lies at least the retention in the past. [`is_due`] is that rule; [`due_jobs`] finds
//! candidates with the same rule in SQL, and [`crate::purge::purge_jobs`] checks each candidate
//! again with [`is_due`] under the row lock, so a job retried or a retention raised in between is
//! left alone.

use std::collections::HashMap;

use diesel::prelude::*;
use pii_core::{JobStatus, Retention, TenantId};
use time::OffsetDateTime;

use crate::jobs::{JobRecord, JobRow};
use crate::schema::{jobs, tenants};
use crate::time_conv::to_db;
use crate::{DbConnection, DbError};

/// A stored number of seconds as a retention.
pub(crate) fn from_seconds(s: i64) -> Result<Retention, String> {
    let secs = u64::try_from(s).map_err(|_| format!("retention_seconds {s} is negative"))?;
    Retention::from_seconds(secs).map_err(|e| e.to_string())
}

/// A retention as stored (whole seconds; the largest fits comfortably).
fn to_seconds(r: Retention) -> i64 {
    i64::try_from(r.seconds()).unwrap_or(i64::MAX)
}

/// The retention in effect for every tenant: the tenants' own, and the default for the others.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Retentions {
    own: HashMap<TenantId, Retention>,
    default: Option<Retention>,
}

impl Retentions {
    pub fn new(own: HashMap<TenantId, Retention>, default: Option<Retention>) -> Self {
        Retentions { own, default }
    }

    /// The tenants with a retention of their own.
    pub fn own(&self) -> &HashMap<TenantId, Retention> {
        &self.own
    }

    /// The deployment's default, for the other tenants.
    pub fn default(&self) -> Option<Retention> {
        self.default
    }

    /// How long `tenant`'s ended jobs are kept; `None`: until deleted.
    pub fn of(&self, tenant: &TenantId) -> Option<Retention> {
        self.own.get(tenant).copied().or(self.default)
    }

    /// The shortest retention in effect for any tenant (the sweeper's pace); `None` when every
    /// job is kept until deleted.
    pub fn shortest(&self) -> Option<Retention> {
        self.own.values().copied().chain(self.default).min()
    }
}

/// Whether `job` is due to be purged at `now` under `retention` (the one in effect for its tenant).
pub fn is_due(job: &JobRecord, retention: Option<Retention>, now: OffsetDateTime) -> bool {
    let Some(retention) = retention else { return false };
    if !job.has_ended() {
        return false;
    }
    // Every way a job ends sets `completed_at`; `updated_at` stands in for rows that lack it.
    let ended = job.completed_at.unwrap_or(job.updated_at);
    cutoff(now, retention).is_some_and(|c| ended <= c)
}

/// The latest end time that is due at `now`; `None` when the retention reaches before year 1
/// (nothing is due then).
fn cutoff(now: OffsetDateTime, retention: Retention) -> Option<OffsetDateTime> {
    now.checked_sub(time::Duration::try_from(retention.as_duration()).ok()?)
}

/// The retentions in effect, with `default` for tenants without their own.
///
/// # Errors
/// `DbError` on failure, `DbError::Corrupt` for a stored retention that is not positive.
pub fn retentions(conn: &mut DbConnection, default: Option<Retention>) -> Result<Retentions, DbError> {
    let rows: Vec<(String, Option<i64>)> =
        tenants::table.filter(tenants::retention_seconds.is_not_null()).select((tenants::id, tenants::retention_seconds)).load(conn)?;
    let corrupt = |why: String| DbError::Corrupt { table: "tenants", why };
    let mut own = HashMap::with_capacity(rows.len());
    for (id, secs) in rows {
        let Some(secs) = secs else { continue };
        own.insert(TenantId::parse(&id).map_err(|e| corrupt(e.to_string()))?, from_seconds(secs).map_err(corrupt)?);
    }
    Ok(Retentions::new(own, default))
}

/// Sets a tenant's own retention (`None`: the deployment's default applies). Returns whether the
/// tenant exists.
///
/// # Errors
/// `DbError` on failure.
pub fn set_retention(conn: &mut DbConnection, tenant: &TenantId, retention: Option<Retention>) -> Result<bool, DbError> {
    let n = diesel::update(tenants::table.filter(tenants::id.eq(tenant.as_str())))
        .set(tenants::retention_seconds.eq(retention.map(to_seconds)))
        .execute(conn)?;
    Ok(n == 1)
}

/// Which tenants' jobs one candidate query looks at.
enum Tenants<'a> {
    One(&'a TenantId),
    AllBut(Vec<String>),
}

/// Up to `limit` jobs due at `now` under `retentions`, oldest first: the candidates of one sweep
/// page. One query per tenant with its own retention, and one for the others under the default.
///
/// # Errors
/// `DbError` on failure.
pub fn due_jobs(conn: &mut DbConnection, retentions: &Retentions, now: OffsetDateTime, limit: u32) -> Result<Vec<JobRecord>, DbError> {
    let mut out = Vec::new();
    for (tenant, retention) in &retentions.own {
        let left = u32::try_from(out.len()).map_or(0, |n| limit.saturating_sub(n));
        if left == 0 {
            return Ok(out);
        }
        out.append(&mut load_due(conn, Tenants::One(tenant), *retention, now, left)?);
    }
    let left = u32::try_from(out.len()).map_or(0, |n| limit.saturating_sub(n));
    if let Some(default) = retentions.default
        && left > 0
    {
        let own = retentions.own.keys().map(|t| t.as_str().to_owned()).collect();
        out.append(&mut load_due(conn, Tenants::AllBut(own), default, now, left)?);
    }
    Ok(out)
}

/// [`is_due`] in SQL, for the jobs of `tenants`.
fn load_due(
    conn: &mut DbConnection,
    tenants: Tenants<'_>,
    retention: Retention,
    now: OffsetDateTime,
    limit: u32,
) -> Result<Vec<JobRecord>, DbError> {
    let Some(cutoff) = cutoff(now, retention).map(to_db) else { return Ok(Vec::new()) };
    let mut q = jobs::table.select(JobRow::as_select()).into_boxed();
    q = match tenants {
        Tenants::One(t) => q.filter(jobs::tenant_id.eq(t.as_str().to_owned())),
        Tenants::AllBut(list) => q.filter(jobs::tenant_id.ne_all(list)),
    };
    let ended = jobs::status
        .eq_any([JobStatus::Completed.as_str(), JobStatus::Error.as_str()])
        .or(jobs::status.eq(JobStatus::Failed.as_str()).and(jobs::next_attempt_at.is_null()));
    let past = jobs::completed_at.assume_not_null().le(cutoff).or(jobs::completed_at.is_null().and(jobs::updated_at.le(cutoff)));
    q.filter(ended)
        .filter(past)
        .order(jobs::id.asc())
        .limit(i64::from(limit))
        .load::<JobRow>(conn)?
        .into_iter()
        .map(JobRecord::try_from)
        .collect()
}

#[cfg(test)]
mod tests {
    use pii_core::JobId;
    use pii_core::policy::RedactionPolicy;
    use pii_core::uri::ObjectUri;

    use super::*;

    fn secs(s: u64) -> Retention {
        Retention::from_seconds(s).unwrap()
    }

    fn job(status: JobStatus, ended_secs_ago: Option<i64>, now: OffsetDateTime) -> JobRecord {
        let at = now - time::Duration::hours(1);
        JobRecord {
            id: JobId::generate(),
            tenant_id: TenantId::parse("t").unwrap(),
            batch_id: None,
            status,
            attempt: 1,
            progress_pct: 100,
            input_uri: ObjectUri::parse("s3://b/in.txt").unwrap(),
            output_uri: ObjectUri::parse("s3://b/out.txt").unwrap(),
            content_type: None,
            findings_json: None,
            error_message: None,
            policy: RedactionPolicy::default(),
            created_at: at,
            updated_at: ended_secs_ago.map_or(at, |s| now - time::Duration::seconds(s)),
            completed_at: ended_secs_ago.map(|s| now - time::Duration::seconds(s)),
            callback_url: None,
            metadata_json: None,
            next_attempt_at: None,
            output: None,
            warnings: Vec::new(),
            cancelled_at: None,
        }
    }

    #[test]
    fn an_ended_job_is_due_once_its_retention_has_passed_since_its_end() {
        let now = OffsetDateTime::now_utc();
        let ten = Some(secs(10));
        for status in [JobStatus::Completed, JobStatus::Error, JobStatus::Failed] {
            assert!(is_due(&job(status, Some(11), now), ten, now), "{status:?}");
            assert!(is_due(&job(status, Some(10), now), ten, now), "{status:?}: exactly at the retention");
            assert!(!is_due(&job(status, Some(9), now), ten, now), "{status:?}: not yet");
        }
    }

    #[test]
    fn running_retrying_and_unlimited_jobs_are_never_due() {
        let now = OffsetDateTime::now_utc();
        let ten = Some(secs(10));
        // Negative cases: queued or processing (however old), a failed job waiting for its
        // automatic retry, and any job without a retention.
        assert!(!is_due(&job(JobStatus::Queued, None, now), ten, now));
        assert!(!is_due(&job(JobStatus::Processing, None, now), ten, now));
        let mut retrying = job(JobStatus::Failed, Some(3600), now);
        retrying.next_attempt_at = Some(now);
        assert!(!is_due(&retrying, ten, now));
        assert!(!is_due(&job(JobStatus::Completed, Some(3600 * 24 * 365), now), None, now));
        // The longest retention is far from over for a job that ended an hour ago.
        assert!(!is_due(&job(JobStatus::Completed, Some(3600), now), Some(secs(Retention::MAX_SECONDS)), now));
    }

    #[test]
    fn a_tenants_own_retention_wins_over_the_default() {
        let (a, b) = (TenantId::parse("a").unwrap(), TenantId::parse("b").unwrap());
        let r = Retentions::new(HashMap::from([(a.clone(), secs(5))]), Some(secs(60)));
        assert_eq!((r.of(&a), r.of(&b)), (Some(secs(5)), Some(secs(60))));
        assert_eq!(r.shortest(), Some(secs(5)));
        let none = Retentions::new(HashMap::new(), None);
        assert_eq!((none.of(&b), none.shortest()), (None, None));
        assert!(from_seconds(0).is_err() && from_seconds(-3).is_err());
    }
}
