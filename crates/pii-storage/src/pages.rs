//! Listing a prefix one page at a time, resumable from the last key listed.
//!
//! Why: a prefix may hold millions of objects. [`Storage::list`] holds them all and refuses past a
//! cap; a page holds at most `limit` objects and says where the next one starts, so a caller lists
//! a whole bucket with bounded memory, and can stop and resume (even in another process) from the
//! key it stored.
//!
//! Order: object stores list keys in lexical byte order (S3, GCS and Azure list that way and take
//! the last key as the offset of the next request); local folders are walked depth-first with
//! each folder's entries in byte order of their names. Either way a page starts strictly after
//! the given key, and keys are compared in the order of their backend.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::path::Path;

use futures::StreamExt;
use object_store::path::Path as StorePath;
use pii_core::uri::{ObjectUri, Scheme};

use crate::{Reach, Storage, StorageError};

/// One page of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListPage {
    /// The objects, each with its key relative to the prefix, in listing order.
    pub objects: Vec<(ObjectUri, String)>,
    /// Whether the prefix is listed to its end (no page follows).
    pub done: bool,
}

impl ListPage {
    /// Where the next page starts: the last key of this one.
    pub fn last_key(&self) -> Option<&str> {
        self.objects.last().map(|(_, rel)| rel.as_str())
    }
}

impl Storage {
    /// Up to `limit` objects below `prefix` whose relative key comes after `after` (from the start
    /// when `None`). A page shorter than `limit` is the last one.
    ///
    /// # Errors
    /// `Forbidden` outside `reach`, `NotFound` for a missing folder or bucket, `Unavailable`
    /// (retryable) or `Invalid`, as for [`Storage::list`].
    pub async fn list_page(
        &self,
        prefix: &ObjectUri,
        reach: Reach<'_>,
        after: Option<&str>,
        limit: usize,
    ) -> Result<ListPage, StorageError> {
        let limit = limit.max(1);
        if !prefix.scheme().is_web() {
            reach.admit(prefix, false)?;
        }
        let objects: Vec<(ObjectUri, String)> = match prefix.scheme() {
            Scheme::Https | Scheme::Http => return Err(StorageError::Invalid("a web location cannot be listed".into())),
            Scheme::File => {
                let dir = self.inner.local.listed_dir(prefix, reach).await?;
                let after: Vec<String> = after.map(|a| a.split('/').map(str::to_owned).collect()).unwrap_or_default();
                let rels = tokio::task::spawn_blocking(move || {
                    let mut out = Vec::with_capacity(limit);
                    walk_page(&dir, "", &after, limit, &mut out).map(|()| out)
                })
                .await
                .map_err(|_| StorageError::Unavailable("listing stopped unexpectedly".into()))??;
                rels.into_iter().map(|rel| Ok((prefix.join_key(&rel)?, rel))).collect::<Result<_, StorageError>>()?
            }
            _ => {
                let (store, _) = self.inner.stores.client(prefix)?;
                let key = prefix.key();
                let trimmed = key.trim_end_matches('/').to_owned();
                let path = if trimmed.is_empty() {
                    None
                } else {
                    Some(StorePath::parse(&trimmed).map_err(|e| StorageError::Invalid(e.to_string()))?)
                };
                let root = ObjectUri::parse_prefix(&format!("{}://{}/", prefix.scheme().as_str(), prefix.bucket().unwrap_or_default()))?;
                let offset = match after {
                    None => None,
                    Some(a) => {
                        let full = if trimmed.is_empty() { a.to_owned() } else { format!("{trimmed}/{a}") };
                        Some(StorePath::parse(&full).map_err(|e| StorageError::Invalid(e.to_string()))?)
                    }
                };
                let mut stream = match &offset {
                    None => store.list(path.as_ref()),
                    Some(offset) => store.list_with_offset(path.as_ref(), offset),
                };
                let mut found = Vec::with_capacity(limit);
                // Dropping the stream after `limit` objects stops the listing requests.
                while found.len() < limit
                    && let Some(meta) = stream.next().await
                {
                    let meta = meta.map_err(StorageError::from_store)?;
                    // A server may ignore the offset (Azurite ignores Azure's `startFrom` and lists
                    // from the start): what does not come after it is skipped here, or every page
                    // would be the first one and a caller resuming from the last key would never end.
                    if offset.as_ref().is_some_and(|o| meta.location <= *o) {
                        continue;
                    }
                    let full = meta.location.to_string();
                    let rel = full.strip_prefix(trimmed.as_str()).unwrap_or(&full).trim_start_matches('/').to_owned();
                    if rel.is_empty() {
                        continue;
                    }
                    found.push((root.join_key(&full)?, rel));
                }
                found.sort_by(|a, b| a.1.cmp(&b.1));
                found
            }
        };
        Ok(ListPage { done: objects.len() < limit, objects })
    }
}

/// An entry of a folder: ordered by name, so that a bounded max-heap keeps the smallest names.
#[derive(Debug, PartialEq, Eq)]
struct Entry {
    name: String,
    dir: bool,
}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.name.as_bytes().cmp(other.name.as_bytes())
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Appends to `out`, up to `limit`, the regular files below `dir` (at relative path `rel`) that come
/// after `after` (its path components relative to `dir`; empty for all) depth-first. At most
/// `limit` entries of a folder are held at once: a folder with more is read again from the last
/// entry handled when the page is not full yet (symlinks are not followed, our temporary files
/// are skipped, as in a whole listing).
fn walk_page(dir: &Path, rel: &str, after: &[String], limit: usize, out: &mut Vec<String>) -> Result<(), StorageError> {
    // The lower bound of the names still to visit here, and whether it is itself to be entered (it
    // holds the resume point) or skipped (it was listed).
    let mut lower: Option<(String, bool)> = after.first().map(|n| (n.clone(), after.len() > 1));
    let mut first_pass = true;
    loop {
        let room = limit - out.len();
        if room == 0 {
            return Ok(());
        }
        let mut kept: BinaryHeap<Entry> = BinaryHeap::with_capacity(room + 1);
        let mut dropped = false;
        for entry in std::fs::read_dir(dir).map_err(|e| StorageError::from_io(e, "input folder"))? {
            let entry = entry.map_err(|e| StorageError::from_io(e, "input folder"))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.contains(".pii-tmp-") {
                continue;
            }
            if let Some((low, enter)) = &lower {
                match name.as_bytes().cmp(low.as_bytes()) {
                    Ordering::Less => continue,
                    Ordering::Equal if !enter => continue,
                    _ => {}
                }
            }
            let kind = entry.file_type().map_err(|e| StorageError::from_io(e, "input folder"))?;
            if !kind.is_dir() && !kind.is_file() {
                continue;
            }
            kept.push(Entry { name, dir: kind.is_dir() });
            if kept.len() > room {
                kept.pop();
                dropped = true;
            }
        }
        let mut last = None;
        for e in kept.into_sorted_vec() {
            let child = if rel.is_empty() { e.name.clone() } else { format!("{rel}/{}", e.name) };
            let resumes_here = first_pass && after.first() == Some(&e.name) && after.len() > 1;
            if e.dir {
                let inner: &[String] = if resumes_here { &after[1..] } else { &[] };
                walk_page(&dir.join(&e.name), &child, inner, limit, out)?;
            } else if !resumes_here {
                // (A file named like the folder the resume point was in is before it.)
                out.push(child);
            }
            last = Some(e.name);
            if out.len() == limit {
                return Ok(());
            }
        }
        if !dropped {
            return Ok(());
        }
        first_pass = false;
        lower = last.map(|n| (n, false));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "test code fails loudly on purpose")]

    use super::*;

    fn tree(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for f in files {
            let p = dir.path().join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, b"x").unwrap();
        }
        dir
    }

    /// Every page of `limit` from the start, resumed from each page's last key.
    fn all_pages(dir: &Path, limit: usize) -> Vec<Vec<String>> {
        let mut pages = Vec::new();
        let mut after: Vec<String> = Vec::new();
        loop {
            let mut out = Vec::new();
            walk_page(dir, "", &after, limit, &mut out).unwrap();
            let full = out.len() == limit;
            if let Some(last) = out.last() {
                after = last.split('/').map(str::to_owned).collect();
            }
            pages.push(out);
            if !full {
                return pages;
            }
        }
    }

    #[test]
    fn pages_resume_after_the_last_key_and_hold_every_file_once() {
        let files = ["a-c", "a/b", "a/c/d", "a/c/e", "b", "c/x/y/z", "d", "e/f"];
        let dir = tree(&files);
        std::fs::create_dir_all(dir.path().join("empty1/empty2")).unwrap();
        std::fs::write(dir.path().join("f.pii-tmp-1"), b"x").unwrap();
        let expected = ["a/b", "a/c/d", "a/c/e", "a-c", "b", "c/x/y/z", "d", "e/f"];
        for limit in 1..=9 {
            let pages = all_pages(dir.path(), limit);
            let flat: Vec<String> = pages.iter().flatten().cloned().collect();
            assert_eq!(flat, expected, "limit {limit}");
            assert!(pages.iter().all(|p| p.len() <= limit));
        }
    }

    #[tokio::test]
    async fn an_object_store_is_listed_page_by_page_from_the_last_key() {
        use object_store::{ObjectStoreExt, PutPayload};
        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::new(crate::StorageSettings {
            file_roots: vec![dir.path().to_path_buf()],
            allow_private_networks: false,
            allowed_private_addrs: vec![],
            fetch_timeout: std::time::Duration::from_secs(5),
            max_input_bytes: 1 << 20,
            spool_dir: dir.path().to_path_buf(),
            extra_output_roots: vec![],
            store_options: Some(vec![]),
        })
        .unwrap();
        let keys = ["pre/a", "pre/b/c", "pre/b/d", "pre/e", "pre-other/x", "elsewhere/y"];
        for k in keys {
            let (store, key) = storage.inner.stores.client(&ObjectUri::parse(&format!("memory://pages/{k}")).unwrap()).unwrap();
            store.put(&key, PutPayload::from_static(b"x")).await.unwrap();
        }
        let prefix = ObjectUri::parse_prefix("memory://pages/pre/").unwrap();
        let mut after: Option<String> = None;
        let mut listed = Vec::new();
        loop {
            let page = storage.list_page(&prefix, Reach::Service, after.as_deref(), 2).await.unwrap();
            assert!(page.objects.len() <= 2);
            listed.extend(page.objects.iter().map(|(uri, rel)| (uri.to_string(), rel.clone())));
            if page.done {
                break;
            }
            after = page.last_key().map(str::to_owned);
        }
        let rels: Vec<&str> = listed.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(rels, ["a", "b/c", "b/d", "e"], "each object below the prefix once, in key order");
        assert_eq!(listed[1].0, "memory://pages/pre/b/c");
    }

    #[test]
    fn a_page_skips_empty_folders_beyond_what_it_holds() {
        let dir = tree(&["z"]);
        for i in 0..5 {
            std::fs::create_dir_all(dir.path().join(format!("e{i}"))).unwrap();
        }
        assert_eq!(all_pages(dir.path(), 2), [vec!["z".to_owned()]]);
    }
}
