//! The command-line client against a running embedded service.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

mod common;

use std::process::Command;

use common::*;

fn cli(s: &Stack, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_pii-redactor"))
        .args(args)
        .env("PII_REDACTOR_URL", format!("http://127.0.0.1:{}", s.port))
        .env("PII_REDACTOR_API_KEY", KEY_A)
        .output()
        .unwrap();
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn submit_waits_for_the_batch_and_jobs_commands_mirror_the_api() {
    let mut s = Stack::embedded();
    s.start("serve", "serve");
    s.wait_healthy().await;
    let a = s.put_input("c1.txt", PII_TEXT.as_bytes());
    let b = s.put_input("c2.txt", PII_TEXT.as_bytes());
    let list = s.dir.path().join("uris.txt");
    std::fs::write(&list, format!("# inputs\n{b}\n\n")).unwrap();
    let (ok, out, err) = tokio::task::spawn_blocking({
        let (a, list) = (a.clone(), list.clone());
        let s_port = s.port;
        move || {
            let out = Command::new(env!("CARGO_BIN_EXE_pii-redactor"))
                .args(["submit", "--wait", &a, "--from-file", list.to_str().unwrap()])
                .env("PII_REDACTOR_URL", format!("http://127.0.0.1:{s_port}"))
                .env("PII_REDACTOR_API_KEY", KEY_A)
                .output()
                .unwrap();
            (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
        }
    })
    .await
    .unwrap();
    assert!(ok, "{out}\n{err}");
    assert!(out.contains("bat_") && out.contains("2 jobs"), "{out}");
    assert!(out.contains("completed\t2"), "{out}");

    let (ok, out, err) = cli(&s, &["jobs", "list", "--status", "completed"]);
    assert!(ok, "{err}");
    let ids: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(ids.len(), 2, "{out}");
    let target = s.dir.path().join("downloaded.txt");
    let (ok, _, err) = cli(&s, &["jobs", "download", ids[0], "-o", target.to_str().unwrap()]);
    assert!(ok, "{err}");
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(PII_VALUES.iter().all(|v| !text.contains(v)));
    let (ok, out, _) = cli(&s, &["jobs", "delete", ids[0]]);
    assert!(ok && out.contains("Job deleted"), "{out}");
    let (ok, _, err) = cli(&s, &["jobs", "get", ids[0]]);
    assert!(!ok && err.contains("404"), "{err}");
    // A wrong key is reported, not hidden.
    let out = Command::new(env!("CARGO_BIN_EXE_pii-redactor"))
        .args(["jobs", "list"])
        .env("PII_REDACTOR_URL", format!("http://127.0.0.1:{}", s.port))
        .env("PII_REDACTOR_API_KEY", "pk_wrong_key_000")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("401"));
}

#[tokio::test(flavor = "multi_thread")]
async fn submit_wait_exits_three_and_lists_the_jobs_that_did_not_complete() {
    let mut s = Stack::embedded();
    s.start("serve", "serve");
    s.wait_healthy().await;
    let good = s.put_input("fine.txt", PII_TEXT.as_bytes());
    // Named a PDF, but not one: the job ends in error.
    let bad = s.put_input("broken.pdf", b"%PDF-1.7\nnot a real document\n");
    let port = s.port;
    let out = tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_pii-redactor"))
            .args(["submit", "--wait", &good, &bad])
            .env("PII_REDACTOR_URL", format!("http://127.0.0.1:{port}"))
            .env("PII_REDACTOR_API_KEY", KEY_A)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(3), "{stdout}\n{stderr}");
    assert!(stdout.contains("completed\t1"), "{stdout}");
    assert!(stdout.lines().any(|l| l.contains("broken.pdf") && (l.contains("\terror\t") || l.contains("\tfailed\t"))), "{stdout}");
    assert!(stderr.contains("1 job(s) did not complete"), "{stderr}");
}
