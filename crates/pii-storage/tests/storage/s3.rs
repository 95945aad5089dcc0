//! `s3://` against moto with its signature checks on (`pii_test_utils::S3Server`).

use pii_core::uri::ObjectUri;
use pii_docs::Input;
use pii_storage::{Reach, StorageError};
use pii_test_utils::S3Server;

use crate::{read_all, refused, sha, storage_with};

#[tokio::test(flavor = "multi_thread")]
async fn s3_objects_are_written_read_and_deleted_on_a_server_that_checks_signatures() {
    let s3 = S3Server::start();
    s3.create_bucket("pii-test");
    let (dir, storage) = storage_with(s3.options());

    let small = ObjectUri::parse("s3://pii-test/in/small.txt").unwrap();
    storage.write(&small, Reach::Service, &Input::Memory(b"hello s3".to_vec().into())).await.unwrap();
    assert!(s3.object_exists("pii-test", "in/small.txt"), "the server holds what was written");
    let fetched = storage.fetch(&small, Reach::Service).await.unwrap();
    assert_eq!(fetched.version.size, 8);
    assert_eq!(fetched.version.sha256, sha(b"hello s3"));
    assert!(fetched.version.etag.is_some());
    assert_eq!(read_all(&storage, &small).await, b"hello s3");

    // Large enough for a multipart upload (every part signed) and a spooled fetch.
    let big: Vec<u8> = (0..20u32 << 20).map(|i| (i % 251) as u8).collect();
    let path = dir.path().join("big.bin");
    std::fs::write(&path, &big).unwrap();
    let large = ObjectUri::parse("s3://pii-test/in/large.bin").unwrap();
    storage.write(&large, Reach::Service, &Input::File { path, len: big.len() as u64 }).await.unwrap();
    let fetched = storage.fetch(&large, Reach::Service).await.unwrap();
    assert!(matches!(fetched.input, Input::File { .. }), "large inputs are spooled to disk");
    assert!(fetched.spool.is_some());
    assert_eq!(fetched.version.sha256, sha(&big));

    let listed = storage.list(&ObjectUri::parse_prefix("s3://pii-test/in/").unwrap(), Reach::Service, 10).await.unwrap();
    let rels: Vec<&str> = listed.iter().map(|(_, rel)| rel.as_str()).collect();
    assert_eq!(rels, ["large.bin", "small.txt"]);

    // The delete is real: the server, asked by a client of its own, no longer has the object.
    storage.delete(&small, Reach::Service).await.unwrap();
    assert!(!s3.object_exists("pii-test", "in/small.txt"), "the server still holds a deleted object");
    assert!(s3.object_exists("pii-test", "in/large.bin"), "a delete removes that object only");
    assert!(matches!(storage.fetch(&small, Reach::Service).await, Err(StorageError::NotFound)));
    storage.delete(&small, Reach::Service).await.unwrap(); // deleting twice is fine
    let missing_bucket = ObjectUri::parse("s3://no-such-bucket/x.txt").unwrap();
    assert!(storage.fetch(&missing_bucket, Reach::Service).await.is_err());
    // Listing a bucket that does not exist is `NotFound`, as the docs promise (S3 answers 404
    // NoSuchBucket), not an outage to retry.
    let no_bucket = ObjectUri::parse_prefix("s3://no-such-bucket/in/").unwrap();
    let listed = storage.list(&no_bucket, Reach::Service, 10).await;
    assert!(matches!(listed, Err(StorageError::NotFound)), "{listed:?}");
    let page = storage.list_page(&no_bucket, Reach::Service, None, 10).await;
    assert!(matches!(page, Err(StorageError::NotFound)), "{page:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_s3_secret_key_is_refused_for_every_operation() {
    let s3 = S3Server::start();
    s3.create_bucket("pii-keys");
    s3.put_object("pii-keys", "kept.txt", b"kept");
    // Same key id, wrong secret: only the signature can tell.
    let (_dir, wrong) = storage_with(s3.options_with_secret("not-the-secret-moto-issued-for-this-key"));

    let new = ObjectUri::parse("s3://pii-keys/new.txt").unwrap();
    let written = wrong.write(&new, Reach::Service, &Input::Memory(b"data".to_vec().into())).await.map(|_| ());
    assert!(refused(&written), "a write signed with a wrong secret must be refused: {written:?}");
    assert!(!s3.object_exists("pii-keys", "new.txt"), "a refused write left an object behind");
    let kept = ObjectUri::parse("s3://pii-keys/kept.txt").unwrap();
    let fetched = wrong.fetch(&kept, Reach::Service).await.map(|_| ());
    assert!(refused(&fetched), "a read signed with a wrong secret must be refused: {fetched:?}");
    let prefix = ObjectUri::parse_prefix("s3://pii-keys/").unwrap();
    let listed = wrong.list(&prefix, Reach::Service, 10).await.map(|_| ());
    assert!(refused(&listed), "a listing signed with a wrong secret must be refused: {listed:?}");
    let deleted = wrong.delete(&kept, Reach::Service).await;
    assert!(refused(&deleted), "a delete signed with a wrong secret must be refused: {deleted:?}");
    assert!(s3.object_exists("pii-keys", "kept.txt"), "a refused delete removed the object");

    // The same requests with the right secret pass: the refusals above were the signature's.
    let (_dir, right) = storage_with(s3.options());
    right.write(&new, Reach::Service, &Input::Memory(b"data".to_vec().into())).await.unwrap();
    assert_eq!(read_all(&right, &kept).await, b"kept");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tenant_reaches_only_its_granted_prefix_on_a_real_s3_server() {
    let s3 = S3Server::start();
    s3.create_bucket("pii-grants");
    let (_dir, storage) = storage_with(s3.options());
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
    assert!(s3.object_exists("pii-grants", "acme-corp/in.txt"), "a refused delete removed the object");
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
    // The delete is real: the server, asked by a client of its own, no longer has the object.
    storage.delete(&out, acme).await.unwrap();
    assert!(!s3.object_exists("pii-grants", "acme/out.txt"), "the server still holds a deleted object");
    assert_eq!(storage.head(&out, acme).await.unwrap(), None);
    assert!(matches!(storage.fetch(&out, acme).await, Err(StorageError::NotFound)));
}
