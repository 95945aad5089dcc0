//! `pii-redactor redact FILE`: a local file through the engine, with a policy file.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::process::{Command, Output};

fn redact(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pii-redactor"))
        .arg("redact")
        .args(args)
        .current_dir(dir)
        .env("PII_REDACTOR_DATA_DIR", dir.join("data"))
        // Structured recognizers only: what is checked here is the policy, not the NER model.
        .env("PII_REDACTOR_NER", "off")
        .output()
        .unwrap()
}

#[test]
fn a_policy_file_sets_the_operators_and_entities_narrow_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.txt"), "Mail jane.doe@example.com or call +1 415-555-0142 today.\n").unwrap();
    std::fs::write(
        dir.path().join("policy.json"),
        r#"{"operators": {"EMAIL_ADDRESS": {"type": "mask", "masking_char": "*", "chars_to_mask": 100}}}"#,
    )
    .unwrap();
    let out = redact(dir.path(), &["in.txt", "--policy", "policy.json", "-o", "out.txt"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(dir.path().join("out.txt")).unwrap();
    assert!(text.contains("Mail ******************** or call <PHONE_NUMBER>"), "{text}");
    // --entities narrows the policy file's types: the phone number stays.
    let out = redact(dir.path(), &["in.txt", "--policy", "policy.json", "--entities", "EMAIL_ADDRESS", "-o", "only.txt"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(dir.path().join("only.txt")).unwrap();
    assert!(text.contains("+1 415-555-0142") && !text.contains("jane.doe"), "{text}");
}

#[test]
fn a_bad_policy_file_is_refused_without_quoting_its_values() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("in.txt"), "Zebulon Quaxley called.\n").unwrap();
    // A misspelt field is named; the deny-list value beside it is not repeated.
    std::fs::write(dir.path().join("typo.json"), r#"{"deny_list": ["Zebulon Quaxley"], "opertors": {}}"#).unwrap();
    let out = redact(dir.path(), &["in.txt", "--policy", "typo.json"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("unknown field `opertors`"), "{err}");
    assert!(!err.contains("Zebulon"), "{err}");
    // A value of the wrong type: serde would quote it; the message gives only the position.
    std::fs::write(dir.path().join("type.json"), r#"{"allow_list": "Zebulon Quaxley"}"#).unwrap();
    let out = redact(dir.path(), &["in.txt", "--policy", "type.json"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("line 1"), "{err}");
    assert!(!err.contains("Zebulon"), "{err}");
    // What the service sets itself is not a policy field a file may carry.
    std::fs::write(dir.path().join("sealed.json"), r#"{"sealed": "v1:abc"}"#).unwrap();
    let out = redact(dir.path(), &["in.txt", "--policy", "sealed.json"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("sealed"));
    assert!(!dir.path().join("in.redacted.txt").exists());
}

/// `redact` with `input` on standard input.
fn redact_stdin(dir: &std::path::Path, args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_pii-redactor"))
        .arg("redact")
        .args(args)
        .current_dir(dir)
        .env("PII_REDACTOR_DATA_DIR", dir.join("data"))
        .env("PII_REDACTOR_NER", "off")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_dash_redacts_standard_input_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = redact_stdin(dir.path(), &["-"], b"Mail jane.doe@example.com today.\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Mail <EMAIL_ADDRESS> today.\n");
    // --format names what a pipe cannot: the same bytes read as CSV keep their quoting.
    let out = redact_stdin(dir.path(), &["-", "--format", "csv", "-o", "out.csv"], b"name,mail\nJ,\"jane.doe@example.com\"\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty());
    let text = std::fs::read_to_string(dir.path().join("out.csv")).unwrap();
    assert!(text.starts_with("name,mail\n") && !text.contains("jane.doe"), "{text}");
}

#[test]
fn findings_and_the_redacted_file_cannot_share_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = redact_stdin(dir.path(), &["-", "--findings"], b"Mail jane.doe@example.com today.\n");
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("give -o FILE"), "{}", String::from_utf8_lossy(&out.stderr));
    // An unknown --format is refused by name, not guessed.
    let out = redact_stdin(dir.path(), &["-", "--format", "rtf"], b"x");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown format"), "{}", String::from_utf8_lossy(&out.stderr));
}
