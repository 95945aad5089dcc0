//! The ways a client command can end badly that a script calling it needs to tell apart, and the
//! exit code of each. A nightly batch script retries later on "unreachable", pages a human on
//! "refused" (a revoked key, a bad request), and reads the failed jobs on "jobs failed"; one exit
//! code for all three made it guess from the message.

use std::fmt;
use std::process::ExitCode;

/// A client command's failure that has its own exit code. Carried inside `anyhow::Error` and found
/// again by [`exit_code`]; every other error exits 1.
#[derive(Debug)]
pub enum Failure {
    /// No usable answer: the server could not be reached, timed out, or was still refusing for a
    /// while (429, 502, 503, 504) after every retry. Exit 4.
    Unreachable(String),
    /// The server answered that it will not do this (a 4xx other than 429: a bad key, a missing
    /// job, an invalid request), or failed it with a 5xx that retrying does not mend. Exit 5.
    /// `detail` is the status and the answer's `detail`, as shown.
    Refused { status: u16, detail: String },
    /// The batches ended, and this many of their jobs did not complete. Exit 3.
    JobsFailed(u64),
}

impl Failure {
    /// The process exit code; the table is in the README.
    pub fn code(&self) -> u8 {
        match self {
            Failure::JobsFailed(_) => 3,
            Failure::Unreachable(_) => 4,
            Failure::Refused { .. } => 5,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Unreachable(why) => write!(f, "{why}"),
            Failure::Refused { status, detail } if detail.is_empty() => write!(f, "the server answered {status}"),
            Failure::Refused { detail, .. } => write!(f, "{detail}"),
            Failure::JobsFailed(n) => write!(f, "{n} job(s) did not complete"),
        }
    }
}

impl std::error::Error for Failure {}

/// The exit code for an error of any command: a [`Failure`]'s own anywhere in the cause chain,
/// else 1. (Usage errors never get here: the argument parser exits 2 itself.)
pub fn exit_code(error: &anyhow::Error) -> ExitCode {
    ExitCode::from(code_of(error))
}

fn code_of(error: &anyhow::Error) -> u8 {
    error.chain().find_map(|e| e.downcast_ref::<Failure>()).map_or(1, Failure::code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn a_failure_keeps_its_code_under_added_context() {
        let e = Err::<(), _>(Failure::Refused { status: 404, detail: "Job not found".into() }).context("jobs get").unwrap_err();
        assert_eq!(code_of(&e), 5);
        assert_eq!(code_of(&anyhow::Error::new(Failure::Unreachable("x".into()))), 4);
        assert_eq!(code_of(&anyhow::Error::new(Failure::JobsFailed(2))), 3);
    }

    #[test]
    fn any_other_error_exits_one() {
        assert_eq!(code_of(&anyhow::anyhow!("cannot open uris.txt")), 1);
    }
}
