//! Presidio's anonymizer, to its wire behaviour: the gateway's `/presidio` endpoints answer
//! Presidio's clients with it, so a client that anonymized with Presidio gets the same text, items
//! and error messages here. Pure: randomness (IVs, salts) comes from the caller.
//!
//! The engine's own operators (`engine::anonymize`) stay the ones jobs use; this module exists for
//! compatibility only, and its `encrypt` is Presidio's unauthenticated AES-CBC.

pub mod cipher;
mod engine;
mod operators;
mod params;

pub use engine::{AnalyzerResult, EngineResult, Entity, OperatorItem, Operators, anonymize, deanonymize, has_custom, operators_from_json};
pub use operators::{Direction, OperatorSpec};
pub use params::truthy;
