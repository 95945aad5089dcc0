//! Start-up plumbing shared by every role: configuration from the environment, logging, tracing and
//! metrics, the shutdown signal, and the per-tenant keys derived from the deployment's master key.

pub mod keys;
pub mod metrics;
pub mod panics;
mod prometheus;
pub mod settings;
pub mod shutdown;
pub mod telemetry;

pub use settings::{RuntimeError, Settings};
