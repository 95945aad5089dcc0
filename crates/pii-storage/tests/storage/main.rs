//! The storage layer against real peers, all on loopback: an S3 server that checks SigV4 signatures
//! (moto with its IAM checks on; `s3`), Azurite for `az://` (`azure`), local folders and a small
//! HTTP server of the test's own on 127.0.0.1 (here). Refusals of other address ranges are tested
//! on the address check itself (unit tests in `net_guard`).
//!
//! A delete is checked by asking the server, through a client independent of the code under test
//! (boto3, the Azure SDK), whether the object is gone; a wrong key must be refused, which proves the
//! server checks signatures at all.
#![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose; its helpers unwrap like its tests")]

use std::time::Duration;

use futures::StreamExt;
use pii_core::uri::ObjectUri;
use pii_docs::Input;
use pii_storage::{Reach, Storage, StorageError, StorageSettings};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

mod azure;
mod s3;

pub(crate) fn settings(dir: &std::path::Path) -> StorageSettings {
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

/// A storage layer whose object stores are configured with `options` (its folder lives as long as
/// the returned guard).
pub(crate) fn storage_with(options: Vec<(String, String)>) -> (tempfile::TempDir, Storage) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("root")).unwrap();
    let mut cfg = settings(dir.path());
    cfg.store_options = Some(options);
    let storage = Storage::new(cfg).unwrap();
    (dir, storage)
}

/// Whether the store refused the request as unauthorised (not as missing, not as unavailable).
pub(crate) fn refused(r: &Result<(), StorageError>) -> bool {
    matches!(r, Err(StorageError::Forbidden(_)))
}

pub(crate) fn sha(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

pub(crate) async fn read_all(s: &Storage, uri: &ObjectUri) -> Vec<u8> {
    let (mut stream, len) = s.read_stream(uri, Reach::Service).await.unwrap();
    let mut out = Vec::new();
    while let Some(chunk) = stream.next().await {
        out.extend_from_slice(&chunk.unwrap());
    }
    assert_eq!(out.len() as u64, len);
    out
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
