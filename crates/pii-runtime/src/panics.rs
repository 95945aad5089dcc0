//! Panics without their payloads.
//!
//! A panic message can quote whatever the panicking code held (`index out of bounds` on a slice of a
//! document, an `expect` that formats a value), and the default hook prints it to stderr, where log
//! shippers pick it up. The hook installed here reports only where the panic happened. Callers that
//! turn a task's panic into a job's error message use [`STOPPED`], never the join error's text.

use std::panic::PanicHookInfo;

/// The error message of a job whose work panicked: fixed, so nothing of the document can reach a
/// job, a callback or a log through it.
pub const STOPPED: &str = "the work stopped unexpectedly (an internal error); it will be tried again";

/// The logged cause of a synchronous request whose work panicked: fixed for the same reason.
pub const STOPPED_REQUEST: &str = "the request's work panicked (message withheld: it may quote document content)";

/// What the hook reports of a panic: its location, never its payload.
fn report(info: &PanicHookInfo<'_>) -> String {
    let (file, line) = info.location().map_or(("unknown", 0), |l| (l.file(), l.line()));
    format!("panic at {file}:{line} (message withheld: it may quote document content)")
}

/// Replaces the process's panic hook with one that logs the location only.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let line = report(info);
        tracing::error!("{line}");
        eprintln!("{line}");
    }));
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

    #[test]
    fn a_panic_is_reported_by_its_location_without_its_message() {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(|info| SEEN.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(super::report(info))));
        let _ = std::panic::catch_unwind(|| panic!("SSN 536-90-4417 of Thaddeus Quimbleworth"));
        std::panic::set_hook(previous);
        let seen = SEEN.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone();
        assert!(seen.iter().any(|l| l.contains("panics.rs")), "{seen:?}");
        assert!(seen.iter().all(|l| !l.contains("536-90-4417") && !l.contains("Quimbleworth")), "{seen:?}");
    }
}
