//! Asynchronous redaction jobs: one input, or a batch.

pub mod batch;
pub mod batch_items;
pub mod submit;
pub mod uri;
