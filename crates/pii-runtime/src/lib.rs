//! Start-up plumbing shared by every role: configuration from the environment, logging and tracing,
//! the shutdown signal, and the per-tenant keys derived from the deployment's master key.

pub mod keys;
pub mod settings;
pub mod shutdown;
pub mod telemetry;

pub use settings::{RuntimeError, Settings};
