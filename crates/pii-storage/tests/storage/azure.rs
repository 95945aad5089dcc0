//! `az://` against Azurite, which checks SharedKey signatures (`pii_test_utils::AzuriteServer`),
//! configured as any Azure-compatible endpoint is: account name, key, endpoint, plain HTTP allowed.

use pii_core::uri::ObjectUri;
use pii_docs::Input;
use pii_storage::{Reach, StorageError};
use pii_test_utils::AzuriteServer;

use crate::{read_all, refused, sha, storage_with};

#[tokio::test(flavor = "multi_thread")]
async fn az_objects_are_written_listed_read_and_deleted_on_azurite() {
    let az = AzuriteServer::start();
    az.create_container("pii-test");
    let (dir, storage) = storage_with(az.options());

    let small = ObjectUri::parse("az://pii-test/in/small.txt").unwrap();
    let written = storage.write(&small, Reach::Service, &Input::Memory(b"hello azure".to_vec().into())).await.unwrap();
    assert!(az.blob_exists("pii-test", "in/small.txt"), "Azurite holds what was written");
    assert_eq!(storage.head(&small, Reach::Service).await.unwrap(), Some(written));
    let fetched = storage.fetch(&small, Reach::Service).await.unwrap();
    assert_eq!(fetched.version.size, 11);
    assert_eq!(fetched.version.sha256, sha(b"hello azure"));
    assert!(fetched.version.etag.is_some());
    assert_eq!(read_all(&storage, &small).await, b"hello azure");

    // A file input goes up in blocks (each request signed) and comes back spooled.
    let big: Vec<u8> = (0..10u32 << 20).map(|i| (i % 251) as u8).collect();
    let path = dir.path().join("big.bin");
    std::fs::write(&path, &big).unwrap();
    let large = ObjectUri::parse("az://pii-test/in/large.bin").unwrap();
    storage.write(&large, Reach::Service, &Input::File { path, len: big.len() as u64 }).await.unwrap();
    let fetched = storage.fetch(&large, Reach::Service).await.unwrap();
    assert!(matches!(fetched.input, Input::File { .. }), "large inputs are spooled to disk");
    assert_eq!(fetched.version.sha256, sha(&big));

    // Listing, whole and page by page from the last key.
    for name in ["a", "b", "c"] {
        az.put_blob("pii-test", &format!("in/more/{name}.txt"), name.as_bytes());
    }
    let prefix = ObjectUri::parse_prefix("az://pii-test/in/").unwrap();
    let listed = storage.list(&prefix, Reach::Service, 10).await.unwrap();
    let rels: Vec<&str> = listed.iter().map(|(_, rel)| rel.as_str()).collect();
    let all = ["large.bin", "more/a.txt", "more/b.txt", "more/c.txt", "small.txt"];
    assert_eq!(rels, all);
    assert_eq!(listed[0].0.to_string(), "az://pii-test/in/large.bin");
    let mut paged = Vec::new();
    let mut after: Option<String> = None;
    for _ in 0..all.len() {
        let page = storage.list_page(&prefix, Reach::Service, after.as_deref(), 2).await.unwrap();
        paged.extend(page.objects.iter().map(|(_, rel)| rel.clone()));
        if page.done {
            break;
        }
        after = page.last_key().map(str::to_owned);
    }
    assert_eq!(paged, all, "each blob once, in key order, across pages");

    // The delete is real: Azurite, asked by a client of its own, no longer has the blob.
    storage.delete(&small, Reach::Service).await.unwrap();
    assert!(!az.blob_exists("pii-test", "in/small.txt"), "Azurite still holds a deleted blob");
    assert!(az.blob_exists("pii-test", "in/large.bin"), "a delete removes that blob only");
    assert_eq!(storage.head(&small, Reach::Service).await.unwrap(), None);
    assert!(matches!(storage.fetch(&small, Reach::Service).await, Err(StorageError::NotFound)));
    storage.delete(&small, Reach::Service).await.unwrap(); // deleting twice is fine
    let missing_container = ObjectUri::parse("az://no-such-container/x.txt").unwrap();
    assert!(storage.fetch(&missing_container, Reach::Service).await.is_err());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_azure_account_key_is_refused_for_every_operation() {
    let az = AzuriteServer::start();
    az.create_container("pii-keys");
    az.put_blob("pii-keys", "kept.txt", b"kept");
    // A well-formed key that is not the account's: only the signature can tell. It is the base64 of
    // "a well-formed key that is not the key of the development account" (64 bytes, as Azure's are).
    let not_the_key = "YSB3ZWxsLWZvcm1lZCBrZXkgdGhhdCBpcyBub3QgdGhlIGtleSBvZiB0aGUgZGV2ZWxvcG1lbnQgYWNjb3VudA==";
    let (_dir, wrong) = storage_with(az.options_with_key(not_the_key));

    let new = ObjectUri::parse("az://pii-keys/new.txt").unwrap();
    let written = wrong.write(&new, Reach::Service, &Input::Memory(b"data".to_vec().into())).await.map(|_| ());
    assert!(refused(&written), "a write signed with a wrong key must be refused: {written:?}");
    assert!(!az.blob_exists("pii-keys", "new.txt"), "a refused write left a blob behind");
    let kept = ObjectUri::parse("az://pii-keys/kept.txt").unwrap();
    let fetched = wrong.fetch(&kept, Reach::Service).await.map(|_| ());
    assert!(refused(&fetched), "a read signed with a wrong key must be refused: {fetched:?}");
    let prefix = ObjectUri::parse_prefix("az://pii-keys/").unwrap();
    let listed = wrong.list(&prefix, Reach::Service, 10).await.map(|_| ());
    assert!(refused(&listed), "a listing signed with a wrong key must be refused: {listed:?}");
    let deleted = wrong.delete(&kept, Reach::Service).await;
    assert!(refused(&deleted), "a delete signed with a wrong key must be refused: {deleted:?}");
    assert!(az.blob_exists("pii-keys", "kept.txt"), "a refused delete removed the blob");

    // The same requests with the account's key pass: the refusals above were the signature's.
    let (_dir, right) = storage_with(az.options());
    right.write(&new, Reach::Service, &Input::Memory(b"data".to_vec().into())).await.unwrap();
    assert_eq!(read_all(&right, &kept).await, b"kept");
}
