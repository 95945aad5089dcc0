//! The storage layer against real peers: an S3-compatible server (moto, on loopback) and a small HTTP
//! server of the test's own on 127.0.0.1. Traffic goes to loopback only; refusals of other ranges
//! are tested on the address check itself (unit tests in `net_guard`).
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::time::Duration;

use futures::StreamExt;
use pii_core::uri::ObjectUri;
use pii_docs::Input;
use pii_storage::{Reach, Storage, StorageError, StorageSettings};
use pii_test_utils::S3Server;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn settings(dir: &std::path::Path) -> StorageSettings {
    StorageSettings {
        file_roots: vec![dir.join("root")],
        allow_private_networks: false,
        allowed_private_addrs: vec![],
        fetch_timeout: Duration::from_secs(10),
        max_input_bytes: 64 << 20,
        spool_dir: dir.join("spool"),
        extra_output_roots: vec![],
        store_options: Some(vec![]),
    }
}

fn sha(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

async fn read_all(s: &Storage, uri: &ObjectUri) -> Vec<u8> {
    let (mut stream, len) = s.read_stream(uri, Reach::Service).await.unwrap();
    let mut out = Vec::new();
    while let Some(chunk) = stream.next().await {
        out.extend_from_slice(&chunk.unwrap());
    }
    assert_eq!(out.len() as u64, len);
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn s3_objects_are_written_read_and_deleted_on_a_real_s3_server() {
    let s3 = S3Server::start();
    s3.create_bucket("pii-test");
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("root")).unwrap();
    let mut cfg = settings(dir.path());
    cfg.store_options = Some(s3.options());
    let storage = Storage::new(cfg).unwrap();

    let small = ObjectUri::parse("s3://pii-test/in/small.txt").unwrap();
    storage.write(&small, Reach::Service, &Input::Memory(b"hello s3".to_vec().into())).await.unwrap();
    let fetched = storage.fetch(&small, Reach::Service).await.unwrap();
    assert_eq!(fetched.version.size, 8);
    assert_eq!(fetched.version.sha256, sha(b"hello s3"));
    assert!(fetched.version.etag.is_some());
    assert_eq!(read_all(&storage, &small).await, b"hello s3");

    // Large enough for a multipart upload and a spooled fetch.
    let big: Vec<u8> = (0..20u32 << 20).map(|i| (i % 251) as u8).collect();
    let path = dir.path().join("big.bin");
    std::fs::write(&path, &big).unwrap();
    let large = ObjectUri::parse("s3://pii-test/in/large.bin").unwrap();
    storage.write(&large, Reach::Service, &Input::File { path, len: big.len() as u64 }).await.unwrap();
    let fetched = storage.fetch(&large, Reach::Service).await.unwrap();
    assert!(matches!(fetched.input, Input::File { .. }), "large inputs are spooled to disk");
    assert!(fetched.spool.is_some());
    assert_eq!(fetched.version.sha256, sha(&big));

    storage.delete(&small, Reach::Service).await.unwrap();
    assert!(matches!(storage.fetch(&small, Reach::Service).await, Err(StorageError::NotFound)));
    storage.delete(&small, Reach::Service).await.unwrap(); // deleting twice is fine
    let missing_bucket = ObjectUri::parse("s3://no-such-bucket/x.txt").unwrap();
    assert!(storage.fetch(&missing_bucket, Reach::Service).await.is_err());
}

#[tokio::test(flavor = "multi_thread")]
async fn inputs_over_the_size_limit_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("root")).unwrap();
    let mut cfg = settings(dir.path());
    cfg.max_input_bytes = 1000;
    let storage = Storage::new(cfg).unwrap();
    let p = dir.path().join("root/big.txt");
    std::fs::write(&p, vec![b'a'; 1001]).unwrap();
    let uri = ObjectUri::parse(&format!("file://{}", p.display())).unwrap();
    assert!(matches!(storage.fetch(&uri, Reach::Service).await, Err(StorageError::TooLarge(_))));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tenant_reaches_only_its_granted_prefix_on_a_real_s3_server() {
    let s3 = S3Server::start();
    s3.create_bucket("pii-grants");
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("root")).unwrap();
    let mut cfg = settings(dir.path());
    cfg.store_options = Some(s3.options());
    let storage = Storage::new(cfg).unwrap();
    let mine = ObjectUri::parse("s3://pii-grants/acme/in.txt").unwrap();
    let theirs = ObjectUri::parse("s3://pii-grants/acme-corp/in.txt").unwrap();
    for u in [&mine, &theirs] {
        storage.write(u, Reach::Service, &Input::Memory(b"data".to_vec().into())).await.unwrap();
    }
    let grants = pii_core::grants::Grants::new([pii_core::grants::parse_grant("s3://pii-grants/acme/").unwrap()]).unwrap();
    let acme = Reach::Tenant(&grants);
    assert!(storage.fetch(&mine, acme).await.is_ok());
    // The other tenant's object looks missing, exactly as a missing one does.
    assert!(matches!(storage.fetch(&theirs, acme).await, Err(StorageError::NotFound)));
    assert!(matches!(storage.check_input(&theirs, acme), Err(StorageError::NotFound)));
    assert!(matches!(storage.write(&theirs, acme, &Input::Memory(b"x".to_vec().into())).await, Err(StorageError::Forbidden(_))));
    assert!(matches!(storage.delete(&theirs, acme).await, Err(StorageError::Forbidden(_))));
    let prefix = ObjectUri::parse_prefix("s3://pii-grants/").unwrap();
    assert!(matches!(storage.list(&prefix, acme, 10).await, Err(StorageError::NotFound)));
    let listed = storage.list(&ObjectUri::parse_prefix("s3://pii-grants/acme/").unwrap(), acme, 10).await.unwrap();
    assert_eq!(listed.len(), 1);
    // What a write returns is what a later head sees, until the object is replaced.
    let out = ObjectUri::parse("s3://pii-grants/acme/out.txt").unwrap();
    let written = storage.write(&out, acme, &Input::Memory(b"redacted".to_vec().into())).await.unwrap();
    assert_eq!(written.size, 8);
    assert_eq!(storage.head(&out, acme).await.unwrap(), Some(written.clone()));
    storage.write(&out, Reach::Service, &Input::Memory(b"replaced by someone".to_vec().into())).await.unwrap();
    assert_ne!(storage.head(&out, acme).await.unwrap(), Some(written));
    assert_eq!(storage.head(&ObjectUri::parse("s3://pii-grants/acme/none.txt").unwrap(), acme).await.unwrap(), None);
    // The delete is real: the store no longer has the object.
    storage.delete(&out, acme).await.unwrap();
    assert_eq!(storage.head(&out, acme).await.unwrap(), None);
    assert!(matches!(storage.fetch(&out, acme).await, Err(StorageError::NotFound)));
}

#[tokio::test(flavor = "multi_thread")]
async fn local_outputs_are_written_atomically_inside_the_roots() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("root")).unwrap();
    let storage = Storage::new(settings(dir.path())).unwrap();
    let out = ObjectUri::parse(&format!("file://{}/root/redacted/deep/out.txt", dir.path().display())).unwrap();
    storage.write(&out, Reach::Service, &Input::Memory(b"redacted".to_vec().into())).await.unwrap();
    assert_eq!(read_all(&storage, &out).await, b"redacted");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("root/redacted/deep")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "no temporary file remains: {leftovers:?}");
    // A job redone after a crash writes its output again: the new bytes replace the old whole.
    storage.write(&out, Reach::Service, &Input::Memory(b"redacted again".to_vec().into())).await.unwrap();
    assert_eq!(read_all(&storage, &out).await, b"redacted again");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("root/redacted/deep")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "no temporary file remains after a rewrite: {leftovers:?}");
    let outside = ObjectUri::parse(&format!("file://{}/elsewhere/out.txt", dir.path().display())).unwrap();
    assert!(matches!(storage.write(&outside, Reach::Service, &Input::Memory(b"x".to_vec().into())).await, Err(StorageError::Forbidden(_))));
    assert!(storage.check_output(&outside, Reach::Service).is_err());
    storage.delete(&out, Reach::Service).await.unwrap();
    assert!(!dir.path().join("root/redacted/deep/out.txt").exists());
}

/// A tiny HTTP/1.1 server on 127.0.0.1 with a few fixed routes.
async fn web_server() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((mut sock, _)) = listener.accept().await else { return };
            tokio::spawn(async move {
                let mut buf = vec![0u8; 4096];
                let n = sock.read(&mut buf).await.unwrap_or(0);
                let req = String::from_utf8_lossy(&buf[..n]).to_string();
                let path = req.split_whitespace().nth(1).unwrap_or("/").to_owned();
                let resp = match path.as_str() {
                    "/doc.txt" => {
                        "HTTP/1.1 200 OK\r\nContent-Length: 11\r\nETag: \"v1\"\r\nConnection: close\r\n\r\nhello web\r\n".to_owned()
                    }
                    "/to-other-host" => format!(
                        "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:{port}/doc.txt\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    ),
                    "/to-doc" => format!(
                        "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{port}/doc.txt\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    ),
                    "/loop" => format!(
                        "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:{port}/loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    ),
                    "/huge" => "HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\nConnection: close\r\n\r\nxx".to_owned(),
                    "/broken" => "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_owned(),
                    _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_owned(),
                };
                let _ = sock.write_all(resp.as_bytes()).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    port
}

#[tokio::test(flavor = "multi_thread")]
async fn web_inputs_are_fetched_only_from_allowed_addresses_and_every_redirect_is_checked() {
    let port = web_server().await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("root")).unwrap();
    let url = |p: &str| ObjectUri::parse(&format!("http://127.0.0.1:{port}{p}")).unwrap();

    // By default loopback is refused before any connection is made.
    let closed = Storage::new(settings(dir.path())).unwrap();
    assert!(matches!(closed.check_input(&url("/doc.txt"), Reach::Service), Err(StorageError::Forbidden(_))));
    assert!(matches!(closed.fetch(&url("/doc.txt"), Reach::Service).await, Err(StorageError::Forbidden(_))));
    let by_name = ObjectUri::parse(&format!("http://localhost:{port}/doc.txt")).unwrap();
    assert!(matches!(closed.fetch(&by_name, Reach::Service).await, Err(StorageError::Forbidden(_))));

    // Allowing exactly 127.0.0.1 opens that address and nothing else.
    let mut cfg = settings(dir.path());
    cfg.allowed_private_addrs = vec!["127.0.0.1".parse().unwrap()];
    cfg.max_input_bytes = 1000;
    let open = Storage::new(cfg).unwrap();
    let got = open.fetch(&url("/doc.txt"), Reach::Service).await.unwrap();
    assert_eq!(got.version.sha256, sha(b"hello web\r\n"));
    assert_eq!(got.version.etag.as_deref(), Some("\"v1\""));
    assert_eq!(open.fetch(&url("/to-doc"), Reach::Service).await.unwrap().version.size, 11);
    // A name is resolved, and only its allowed addresses are used.
    assert_eq!(open.fetch(&by_name, Reach::Service).await.unwrap().version.size, 11);
    assert!(matches!(open.fetch(&url("/to-other-host"), Reach::Service).await, Err(StorageError::Forbidden(_))));
    assert!(open.fetch(&url("/loop"), Reach::Service).await.is_err());
    assert!(matches!(open.fetch(&url("/huge"), Reach::Service).await, Err(StorageError::TooLarge(_))));
    assert!(matches!(open.fetch(&url("/missing"), Reach::Service).await, Err(StorageError::NotFound)));
    assert!(matches!(open.fetch(&url("/broken"), Reach::Service).await, Err(StorageError::Unavailable(_))));
    assert!(open.check_output(&url("/out.txt"), Reach::Service).is_err(), "outputs are never written to web servers");
}
