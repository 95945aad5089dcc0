//! The pure heart of pii-redactor: the job model (typed ids, statuses and their legal transitions,
//! findings), the wire messages that travel between the services, the redaction policy a user asks
//! for, and the PII entity engine.
//!
//! Nothing here performs I/O or needs an async runtime, so everything can be unit-tested and
//! benchmarked in isolation, and every service links the same definitions.
//!
//! Layout:
//! - [`ids`]: `JobId`, `BatchId`, `TenantId`.
//! - [`status`]: `JobStatus` and the one function that decides whether a status event may be applied.
//! - [`cancel`]: what a cancel request does to a job, and the flag that stops its work between chunks.
//! - [`finding`]: `EntityType` and `Finding` (offsets, type and score; never the value).
//! - [`format`]: the document formats, as the detector recognises them and the redactor is told.
//! - [`image_reading`]: what detection read in an image, so that redaction does not OCR it again.
//! - [`uri`]: parsed input and output locations, and the default output location.
//! - [`grants`]: the storage prefixes a tenant may reach.
//! - [`retention`]: how long a tenant's ended jobs are kept.
//! - [`lang`]: the supported languages, identifying a text's, and the one a segment is analysed in.
//! - [`policy`]: what a request asks the engine and the operators to do.
//! - [`messages`]: the queue messages between gateway, detector and redactor.
//! - [`engine`]: recognizers, validators, context scoring, conflict resolution, operators.

pub mod audit;
pub mod cancel;
pub mod engine;
pub mod envelope;
pub mod error;
pub mod finding;
pub mod format;
pub mod grants;
pub mod ids;
pub mod image_reading;
pub mod key_epoch;
pub mod lang;
pub mod messages;
pub mod policy;
pub mod presidio;
pub mod retention;
pub mod scopes;
pub mod status;
pub mod text;
pub mod uri;

pub use error::{CoreError, ErrorKind};
pub use finding::{EntityType, Finding};
pub use format::Format;
pub use ids::{BatchId, JobId, TenantId};
pub use key_epoch::KeyEpoch;
pub use retention::Retention;
pub use scopes::{KeyScope, KeyScopes};
pub use status::JobStatus;
