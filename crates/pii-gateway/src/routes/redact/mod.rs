//! Asynchronous redaction jobs.

pub mod uri;
