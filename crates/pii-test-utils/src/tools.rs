//! Where the test tools that run as separate processes live, and how a test starts and talks to
//! them: the project's Python venv (`.venv`) and npm folder (`.npm-tools`), both installed by
//! `scripts/test-setup`. A missing tool is a panic that says to run it: tests fail, never skip.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn project_root() -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The project's test venv (created by `scripts/test-setup`).
///
/// # Panics
/// When the venv is missing.
pub fn venv_python() -> PathBuf {
    let python = project_root().join(".venv/bin/python");
    assert!(python.exists(), "the test tools are missing: run scripts/test-setup (it creates .venv with moto)");
    python
}

/// A command installed from the npm registry into `.npm-tools` by `scripts/test-setup`.
pub(crate) fn npm_bin(name: &str) -> PathBuf {
    let bin = project_root().join(".npm-tools/node_modules/.bin").join(name);
    assert!(bin.exists(), "the test tool {name} is missing: run scripts/test-setup (it installs .npm-tools from scripts/test-npm)");
    bin
}

/// A loopback port that was free a moment ago and that this process has not handed out before.
/// The probe's socket closes at once, so the kernel may give the same port to the next call: two
/// services of one test (a gateway's API and its admin port) were told the same port and one could
/// not listen.
pub fn free_port() -> u16 {
    static HANDED_OUT: std::sync::Mutex<std::collections::BTreeSet<u16>> = std::sync::Mutex::new(std::collections::BTreeSet::new());
    loop {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        if HANDED_OUT.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(port) {
            return port;
        }
    }
}

/// Waits until `child` accepts connections on `port`; panics if it exits or takes too long.
pub(crate) fn wait_until_listening(child: &mut std::process::Child, port: u16, what: &str) {
    if let Err(e) = try_wait_until_listening(child, port, what) {
        panic!("{e}");
    }
}

/// As [`wait_until_listening`], with the failure returned: a caller that lost `port` to another
/// test's server between [`free_port`] and its child's bind can start again on another.
pub(crate) fn try_wait_until_listening(child: &mut std::process::Child, port: u16, what: &str) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Some(status) = child.try_wait().unwrap() {
            return Err(format!("{what} exited before listening on port {port}: {status}"));
        }
        if Instant::now() >= deadline {
            return Err(format!("{what} did not start on port {port}"));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(())
}

/// Runs a helper script (its source, run with `python -c`) in the venv with `args`, `env` and
/// `stdin`; returns what it printed, trimmed.
///
/// # Panics
/// When it cannot run or fails; the panic carries its error output.
pub(crate) fn run_python(source: &str, args: &[&str], env: &[(String, String)], stdin: &[u8]) -> String {
    try_run_python(source, args, env, stdin).unwrap_or_else(|e| panic!("{e}"))
}

/// As [`run_python`], with the failure returned.
pub(crate) fn try_run_python(source: &str, args: &[&str], env: &[(String, String)], stdin: &[u8]) -> Result<String, String> {
    let mut child = Command::new(venv_python())
        .arg("-c")
        .arg(source)
        .args(args)
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the venv's python");
    // A script that failed before reading its input closes the pipe: its error output says why.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
    if !out.status.success() {
        return Err(format!(
            "the test helper `{}` failed ({}): {}",
            args.first().copied().unwrap_or_default(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::{free_port, try_wait_until_listening};

    #[test]
    fn a_child_that_exits_before_listening_is_an_error_the_caller_can_retry_on() {
        let port = free_port();
        let mut child = std::process::Command::new("true").spawn().expect("start true");
        let err = try_wait_until_listening(&mut child, port, "true").expect_err("nothing listens");
        assert!(err.contains("exited before listening"), "{err}");
    }

    #[test]
    fn no_port_is_handed_out_twice() {
        let ports: Vec<u16> = (0..300).map(|_| free_port()).collect();
        let distinct: std::collections::BTreeSet<u16> = ports.iter().copied().collect();
        assert_eq!(distinct.len(), ports.len());
    }

    #[test]
    fn a_listener_on_the_port_is_found() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let mut child = std::process::Command::new("sleep").arg("5").spawn().expect("start sleep");
        assert!(try_wait_until_listening(&mut child, port, "sleep").is_ok());
        let _ = child.kill();
        let _ = child.wait();
    }
}
