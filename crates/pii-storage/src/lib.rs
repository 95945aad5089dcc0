//! Where inputs come from and outputs go, with the confinement a hostile user requires:
//! `file://` only below the configured roots (after resolving `..` and symlinks), web inputs only
//! from public addresses (every resolved address and every redirect is checked), and every read
//! bounded in size and time.
//!
//! Object stores (`s3://`, `gs://`, `az://`) go through `object_store`, configured from the usual
//! `AWS_*`, `GOOGLE_*` and `AZURE_*` variables so that S3-compatible servers (`AWS_ENDPOINT`) and
//! Azure-compatible ones such as Azurite (`AZURE_STORAGE_ENDPOINT`) work; `memory://` is a
//! process-local store for tests and demos. The tests run `s3://` and `az://` against servers that
//! check request signatures (`tests/storage/`).

#[cfg(target_os = "linux")]
mod beneath;
mod error;
pub mod net_guard;
mod pages;
mod reach;
mod roots;
pub mod web;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use futures::stream::BoxStream;
use futures::{StreamExt, TryStreamExt};
use object_store::memory::InMemory;
use object_store::path::Path as StorePath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};
use pii_core::messages::{InputVersion, OutputVersion};
use pii_core::uri::{ObjectUri, Scheme};
use pii_docs::Input;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

pub use error::StorageError;
pub use pages::ListPage;
pub use reach::Reach;
use roots::FileRoots;

/// Inputs up to this size stay in memory; larger ones are spooled to a temporary file.
const MEMORY_SPOOL_LIMIT: u64 = 8 << 20;
/// Object store clients kept at most (one per scheme and bucket).
const MAX_STORE_CLIENTS: usize = 256;
/// Part size of multipart uploads.
const UPLOAD_CHUNK: usize = 8 << 20;

/// What the storage layer may reach.
#[derive(Debug, Clone)]
pub struct StorageSettings {
    pub file_roots: Vec<PathBuf>,
    pub allow_private_networks: bool,
    /// Non-public addresses that web inputs may reach all the same.
    pub allowed_private_addrs: Vec<std::net::IpAddr>,
    pub fetch_timeout: Duration,
    pub max_input_bytes: u64,
    /// Where large inputs are spooled.
    pub spool_dir: PathBuf,
    /// Folders that outputs may be written to besides the file roots (the service's own output folder).
    pub extra_output_roots: Vec<PathBuf>,
    /// Object store options (`aws_endpoint`, `aws_allow_http`, …); when `None`, read from the
    /// process environment.
    pub store_options: Option<Vec<(String, String)>>,
}

impl StorageSettings {
    pub fn net_policy(&self) -> net_guard::NetPolicy {
        net_guard::NetPolicy { allow_private: self.allow_private_networks, allowed_addrs: self.allowed_private_addrs.clone() }
    }
}

/// A fetched input.
#[derive(Debug)]
pub struct Fetched {
    pub input: Input,
    pub version: InputVersion,
    /// Keeps a spooled file alive until the caller is done.
    pub spool: Option<tempfile::TempPath>,
}

impl Fetched {
    /// The first bytes of the input (up to 8 KiB), for format recognition.
    ///
    /// # Errors
    /// `StorageError::Unavailable` when the spooled file cannot be read.
    pub fn head(&self) -> Result<Vec<u8>, StorageError> {
        let mut buf = vec![0u8; 8192];
        let mut reader = self.input.open().map_err(|e| StorageError::from_io(e, "spooled input"))?;
        let mut n = 0;
        while n < buf.len() {
            match std::io::Read::read(&mut reader, &mut buf[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) => return Err(StorageError::from_io(e, "spooled input")),
            }
        }
        buf.truncate(n);
        Ok(buf)
    }
}

/// The storage layer; cheap to clone.
#[derive(Clone, Debug)]
pub struct Storage {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    settings: StorageSettings,
    roots: FileRoots,
    output_roots: FileRoots,
    web: web::WebFetcher,
    stores: Mutex<HashMap<(Scheme, String), Arc<dyn ObjectStore>>>,
}

impl Storage {
    /// # Errors
    /// `StorageError::Invalid` when a file root does not exist or the HTTP client cannot be built.
    pub fn new(settings: StorageSettings) -> Result<Self, StorageError> {
        let roots = FileRoots::new(&settings.file_roots)?;
        let mut out_roots = settings.file_roots.clone();
        for r in &settings.extra_output_roots {
            std::fs::create_dir_all(r).map_err(|e| StorageError::Invalid(format!("cannot create {}: {e}", r.display())))?;
            out_roots.push(r.clone());
        }
        std::fs::create_dir_all(&settings.spool_dir)
            .map_err(|e| StorageError::Invalid(format!("cannot create {}: {e}", settings.spool_dir.display())))?;
        let output_roots = FileRoots::new(&out_roots)?;
        let web = web::WebFetcher::new(settings.net_policy(), settings.fetch_timeout)?;
        Ok(Storage { inner: Arc::new(Inner { roots, output_roots, web, stores: Mutex::new(HashMap::new()), settings }) })
    }

    /// Checks, without any I/O beyond resolving local paths, that `uri` may be read. Used at submit
    /// time so most bad inputs are refused before a job exists; the worker checks again at fetch.
    ///
    /// A location outside the tenant's grants is `NotFound`, as a missing one is.
    ///
    /// # Errors
    /// `StorageError::NotFound`, `StorageError::Forbidden` or `StorageError::Invalid`.
    pub fn check_input(&self, uri: &ObjectUri, reach: Reach<'_>) -> Result<(), StorageError> {
        reach.admit(uri, false)?;
        match uri.scheme() {
            Scheme::File => {
                let real = self.inner.roots.resolve_existing(&uri.file_path()?)?;
                reach.admit_path(uri, &real, false)
            }
            Scheme::Https | Scheme::Http => {
                net_guard::check_url_host(uri.url(), &self.inner.settings.net_policy()).map_err(StorageError::Forbidden)
            }
            _ => Ok(()),
        }
    }

    /// Checks that a callback URL is an http(s) URL this deployment may call.
    ///
    /// # Errors
    /// `StorageError::Invalid` or `StorageError::Forbidden`.
    pub fn check_callback_url(&self, url: &url::Url) -> Result<(), StorageError> {
        if !matches!(url.scheme(), "https" | "http") {
            return Err(StorageError::Invalid("a callback URL must be http(s)".into()));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(StorageError::Invalid("credentials in the callback URL are not accepted".into()));
        }
        net_guard::check_url_host(url, &self.inner.settings.net_policy()).map_err(StorageError::Forbidden)
    }

    /// The client that delivers callbacks, under the same network policy as inputs.
    ///
    /// # Errors
    /// `StorageError::Invalid` when it cannot be built.
    pub fn notification_client(&self, timeout: Duration) -> Result<reqwest::Client, StorageError> {
        web::notification_client(&self.inner.settings.net_policy(), timeout)
    }

    /// Checks that `uri` may be written.
    ///
    /// # Errors
    /// `StorageError::Forbidden` or `StorageError::Invalid`.
    pub fn check_output(&self, uri: &ObjectUri, reach: Reach<'_>) -> Result<(), StorageError> {
        match uri.scheme() {
            Scheme::Https | Scheme::Http => Err(StorageError::Invalid("outputs cannot be written to a web server".into())),
            Scheme::File => {
                reach.admit(uri, true)?;
                let real = self.inner.output_roots.resolve_for_write(&uri.file_path()?)?;
                reach.admit_path(uri, &real, true)
            }
            _ => reach.admit(uri, true),
        }
    }

    /// What is stored at an output location now (`None` when nothing is), to tell an object a job
    /// wrote from one that replaced it, and to refuse overwriting objects no job wrote.
    ///
    /// # Errors
    /// `Forbidden` outside the reach, `Invalid`, `Unavailable`.
    pub async fn head(&self, uri: &ObjectUri, reach: Reach<'_>) -> Result<Option<OutputVersion>, StorageError> {
        reach.admit(uri, true)?;
        match uri.scheme() {
            Scheme::Https | Scheme::Http => Err(StorageError::Invalid("outputs are never on a web server".into())),
            Scheme::File => {
                let path = self.inner.output_roots.resolve_for_write(&uri.file_path()?)?;
                reach.admit_path(uri, &path, true)?;
                match tokio::fs::symlink_metadata(&path).await {
                    Ok(meta) => Ok(Some(file_version(&meta))),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                    Err(e) => Err(StorageError::from_io(e, "output")),
                }
            }
            _ => {
                let (store, key) = self.store(uri)?;
                match store.head(&key).await {
                    Ok(meta) => Ok(Some(OutputVersion { size: meta.size, tag: meta.e_tag })),
                    Err(object_store::Error::NotFound { .. }) => Ok(None),
                    Err(e) => Err(StorageError::from_store(e)),
                }
            }
        }
    }

    /// Whether two locations name the same object: canonical paths for local files (so that
    /// `a/../b`, symlinks and case-preserving spellings cannot make the input its own output),
    /// decoded keys for object stores.
    pub fn same_object(&self, a: &ObjectUri, b: &ObjectUri) -> bool {
        if a.scheme() != b.scheme() {
            return false;
        }
        match a.scheme() {
            Scheme::File => match (a.file_path(), b.file_path()) {
                (Ok(pa), Ok(pb)) => reach::resolve_dir(&pa) == reach::resolve_dir(&pb),
                _ => a == b,
            },
            Scheme::Https | Scheme::Http => a == b,
            _ => a.bucket() == b.bucket() && a.key() == b.key(),
        }
    }

    /// Opens an existing local file for reading below `roots` and within `reach`, judged again by
    /// the path the open file really has.
    fn open_local(&self, roots: &FileRoots, uri: &ObjectUri, reach: Reach<'_>) -> Result<tokio::fs::File, StorageError> {
        let path = roots.resolve_existing(&uri.file_path()?)?;
        reach.admit_path(uri, &path, false)?;
        #[cfg(target_os = "linux")]
        let file = beneath::open_input(&path, |real| {
            if !roots.canonically_inside(real) {
                return Err(StorageError::Forbidden("the path is outside the allowed file roots".into()));
            }
            reach.admit_path(uri, real, false)
        })?;
        #[cfg(not(target_os = "linux"))]
        let file = std::fs::File::open(&path).map_err(|e| StorageError::from_io(e, "input"))?;
        Ok(tokio::fs::File::from_std(file))
    }

    fn store(&self, uri: &ObjectUri) -> Result<(Arc<dyn ObjectStore>, StorePath), StorageError> {
        let key = StorePath::parse(uri.key()).map_err(|e| StorageError::Invalid(e.to_string()))?;
        let bucket = uri.bucket().unwrap_or_default().to_owned();
        let mut stores = self.inner.stores.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(s) = stores.get(&(uri.scheme(), bucket.clone())) {
            return Ok((s.clone(), key));
        }
        let opts: Vec<(String, String)> = match &self.inner.settings.store_options {
            Some(o) => o.clone(),
            None => std::env::vars().collect(),
        };
        let store: Arc<dyn ObjectStore> = match uri.scheme() {
            Scheme::S3 => {
                let mut b = object_store::aws::AmazonS3Builder::new();
                for (k, v) in &opts {
                    if let Ok(key) = k.to_ascii_lowercase().parse() {
                        b = b.with_config(key, v);
                    }
                }
                Arc::new(b.with_bucket_name(&bucket).build().map_err(StorageError::from_store)?)
            }
            Scheme::Gs => {
                let mut b = object_store::gcp::GoogleCloudStorageBuilder::new();
                for (k, v) in &opts {
                    if let Ok(key) = k.to_ascii_lowercase().parse() {
                        b = b.with_config(key, v);
                    }
                }
                Arc::new(b.with_bucket_name(&bucket).build().map_err(StorageError::from_store)?)
            }
            Scheme::Az => {
                let mut b = object_store::azure::MicrosoftAzureBuilder::new();
                for (k, v) in &opts {
                    if let Ok(key) = k.to_ascii_lowercase().parse() {
                        b = b.with_config(key, v);
                    }
                }
                Arc::new(b.with_container_name(&bucket).build().map_err(StorageError::from_store)?)
            }
            Scheme::Memory => Arc::new(InMemory::new()),
            Scheme::File | Scheme::Https | Scheme::Http => {
                return Err(StorageError::Invalid(format!("{} is not an object store", uri.scheme().as_str())));
            }
        };
        // Bounded: grants already limit which buckets tenants name, and a client is cheap to rebuild.
        if stores.len() >= MAX_STORE_CLIENTS {
            stores.clear();
        }
        stores.insert((uri.scheme(), bucket), store.clone());
        Ok((store, key))
    }

    /// Reads a whole input, bounded by the size limit, hashing it on the way; large inputs are
    /// spooled to a temporary file.
    ///
    /// # Errors
    /// `NotFound`, `Forbidden`, `TooLarge`, `Unavailable` (retryable) or `Invalid`.
    pub async fn fetch(&self, uri: &ObjectUri, reach: Reach<'_>) -> Result<Fetched, StorageError> {
        let max = self.inner.settings.max_input_bytes;
        reach.admit(uri, false)?;
        let (stream, size_hint, etag): (BoxStream<'static, Result<Bytes, StorageError>>, Option<u64>, Option<String>) = match uri.scheme() {
            Scheme::File => {
                let file = self.open_local(&self.inner.roots, uri, reach)?;
                let meta = file.metadata().await.map_err(|e| StorageError::from_io(e, "input"))?;
                if !meta.is_file() {
                    return Err(StorageError::Invalid("the input is not a regular file".into()));
                }
                let s = file_stream(file);
                (s, Some(meta.len()), None)
            }
            Scheme::Https | Scheme::Http => self.inner.web.get(uri.url(), max).await?,
            _ => {
                let (store, key) = self.store(uri)?;
                let got = store.get(&key).await.map_err(StorageError::from_store)?;
                let size = got.meta.size;
                let etag = got.meta.e_tag.clone();
                (got.into_stream().map_err(StorageError::from_store).boxed(), Some(size), etag)
            }
        };
        if let Some(n) = size_hint
            && n > max
        {
            return Err(StorageError::TooLarge(format!("the input has {n} bytes; the limit is {max}")));
        }
        let fetch = read_bounded(stream, max, size_hint, &self.inner.settings.spool_dir);
        let (input, size, sha, spool) = tokio::time::timeout(self.inner.settings.fetch_timeout, fetch)
            .await
            .map_err(|_| StorageError::Unavailable("timed out reading the input".into()))??;
        Ok(Fetched { input, version: InputVersion { size, etag, sha256: sha }, spool })
    }

    /// Writes an output atomically (a reader never sees half of it): local files through a
    /// temporary file and a rename, object stores through a single PUT or a multipart upload that
    /// only appears when completed.
    ///
    /// # Errors
    /// `Forbidden`, `Invalid` or `Unavailable` (retryable).
    pub async fn write(&self, uri: &ObjectUri, reach: Reach<'_>, source: &Input) -> Result<OutputVersion, StorageError> {
        reach.admit(uri, true)?;
        match uri.scheme() {
            Scheme::File => {
                let path = self.inner.output_roots.resolve_for_write(&uri.file_path()?)?;
                reach.admit_path(uri, &path, true)?;
                let parent = path.parent().ok_or_else(|| StorageError::Invalid("output has no folder".into()))?.to_owned();
                tokio::fs::create_dir_all(&parent).await.map_err(|e| StorageError::from_io(e, "output folder"))?;
                // Resolve again now that the folders exist, in case a symlink appeared on the way.
                let path = self.inner.output_roots.resolve_for_write(&path)?;
                #[cfg(target_os = "linux")]
                {
                    // The folder is opened once and judged by its real path; the file is created and
                    // named relative to that handle, so no later swap of a folder on the way matters.
                    let name = path.file_name().ok_or_else(|| StorageError::Invalid("output has no name".into()))?.to_owned();
                    let dir = beneath::open_dir(&parent, |real| {
                        if !self.inner.output_roots.canonically_inside(real) {
                            return Err(StorageError::Forbidden("the path is outside the allowed file roots".into()));
                        }
                        reach.admit_path(uri, &real.join(&name), true)
                    })?;
                    let src = source.clone();
                    match tokio::task::spawn_blocking(move || unnamed::write(&dir, &name, &src)).await {
                        Ok(Ok(Some(meta))) => return Ok(file_version(&meta)),
                        Ok(Ok(None)) => {}
                        Ok(Err(e)) => return Err(StorageError::from_io(e, "output")),
                        Err(_) => return Err(StorageError::Unavailable("writing the output stopped unexpectedly".into())),
                    }
                }
                let tmp = temp_name(&parent, &path);
                let res = async {
                    let mut f = tokio::fs::File::create(&tmp).await?;
                    match source {
                        Input::Memory(b) => f.write_all(b).await?,
                        Input::File { path: src, .. } => {
                            let mut r = tokio::fs::File::open(src).await?;
                            tokio::io::copy(&mut r, &mut f).await?;
                        }
                    }
                    f.sync_all().await?;
                    tokio::fs::rename(&tmp, &path).await
                }
                .await;
                if let Err(e) = res {
                    let _ = tokio::fs::remove_file(&tmp).await;
                    return Err(StorageError::from_io(e, "output"));
                }
                local_version(&path).await
            }
            Scheme::Https | Scheme::Http => Err(StorageError::Invalid("outputs cannot be written to a web server".into())),
            _ => {
                let (store, key) = self.store(uri)?;
                let size = source.len();
                let put = match source {
                    Input::Memory(b) if b.len() <= UPLOAD_CHUNK => {
                        store.put(&key, PutPayload::from(Bytes::copy_from_slice(b))).await.map_err(StorageError::from_store)?
                    }
                    _ => {
                        let upload = store.put_multipart(&key).await.map_err(StorageError::from_store)?;
                        let mut w = WriteMultipart::new_with_chunk_size(upload, UPLOAD_CHUNK);
                        let mut reader = source.open().map_err(|e| StorageError::from_io(e, "output"))?;
                        let mut buf = vec![0u8; 1 << 20];
                        loop {
                            let n = std::io::Read::read(&mut reader, &mut buf).map_err(|e| StorageError::from_io(e, "output"))?;
                            if n == 0 {
                                break;
                            }
                            w.wait_for_capacity(4).await.map_err(StorageError::from_store)?;
                            w.write(&buf[..n]);
                        }
                        w.finish().await.map_err(StorageError::from_store)?
                    }
                };
                Ok(OutputVersion { size, tag: put.e_tag })
            }
        }
    }

    /// Streams a stored output back (for downloads).
    ///
    /// # Errors
    /// `NotFound` when it is gone, `Forbidden`, `Unavailable`.
    pub async fn read_stream(
        &self,
        uri: &ObjectUri,
        reach: Reach<'_>,
    ) -> Result<(BoxStream<'static, Result<Bytes, StorageError>>, u64), StorageError> {
        reach.admit(uri, false)?;
        match uri.scheme() {
            Scheme::File => {
                let file = self.open_local(&self.inner.output_roots, uri, reach)?;
                let len = file.metadata().await.map_err(|e| StorageError::from_io(e, "output"))?.len();
                Ok((file_stream(file), len))
            }
            Scheme::Https | Scheme::Http => Err(StorageError::Invalid("outputs are never on a web server".into())),
            _ => {
                let (store, key) = self.store(uri)?;
                let got = store.get(&key).await.map_err(StorageError::from_store)?;
                let len = got.meta.size;
                Ok((got.into_stream().map_err(StorageError::from_store).boxed(), len))
            }
        }
    }

    /// The objects below a prefix, up to `cap` of them (more is an error that says so), each with its
    /// key relative to the prefix, in lexical order.
    ///
    /// # Errors
    /// `TooLarge` past the cap; `Forbidden`, `NotFound`, `Unavailable`, `Invalid` as for reads.
    pub async fn list(&self, prefix: &ObjectUri, reach: Reach<'_>, cap: usize) -> Result<Vec<(ObjectUri, String)>, StorageError> {
        let too_many = || StorageError::TooLarge(format!("the prefix holds more than {cap} objects; split it into smaller prefixes"));
        if !prefix.scheme().is_web() {
            reach.admit(prefix, false)?;
        }
        let mut out: Vec<(ObjectUri, String)> = match prefix.scheme() {
            Scheme::Https | Scheme::Http => return Err(StorageError::Invalid("a web location cannot be listed".into())),
            Scheme::File => {
                let dir = self.inner.roots.resolve_existing(&prefix.file_path()?)?;
                reach.admit_path(prefix, &dir, false)?;
                let walked = tokio::task::spawn_blocking(move || walk(&dir, cap))
                    .await
                    .map_err(|_| StorageError::Unavailable("listing stopped unexpectedly".into()))??;
                let Some(rels) = walked else { return Err(too_many()) };
                rels.into_iter().map(|rel| Ok((prefix.join_key(&rel)?, rel))).collect::<Result<_, StorageError>>()?
            }
            _ => {
                let (store, _) = self.store(prefix)?;
                let key = prefix.key();
                let trimmed = key.trim_end_matches('/');
                let path = if trimmed.is_empty() {
                    None
                } else {
                    Some(StorePath::parse(trimmed).map_err(|e| StorageError::Invalid(e.to_string()))?)
                };
                let root = ObjectUri::parse_prefix(&format!("{}://{}/", prefix.scheme().as_str(), prefix.bucket().unwrap_or_default()))?;
                let mut stream = store.list(path.as_ref());
                let mut found = Vec::new();
                while let Some(meta) = stream.next().await {
                    let meta = meta.map_err(StorageError::from_store)?;
                    let full = meta.location.to_string();
                    let rel = full.strip_prefix(trimmed).unwrap_or(&full).trim_start_matches('/').to_owned();
                    if rel.is_empty() {
                        continue;
                    }
                    if found.len() == cap {
                        return Err(too_many());
                    }
                    found.push((root.join_key(&full)?, rel));
                }
                found
            }
        };
        out.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(out)
    }

    /// Removes a stored output; a missing object is not an error.
    ///
    /// # Errors
    /// `Forbidden` or `Unavailable`.
    pub async fn delete(&self, uri: &ObjectUri, reach: Reach<'_>) -> Result<(), StorageError> {
        if !uri.scheme().is_web() {
            reach.admit(uri, true)?;
        }
        let res = match uri.scheme() {
            Scheme::File => {
                let path = match self.inner.output_roots.resolve_existing(&uri.file_path()?) {
                    Ok(p) => p,
                    Err(StorageError::NotFound) => return Ok(()),
                    Err(e) => return Err(e),
                };
                reach.admit_path(uri, &path, true)?;
                tokio::fs::remove_file(&path).await.map_err(|e| StorageError::from_io(e, "output"))
            }
            Scheme::Https | Scheme::Http => return Ok(()),
            _ => {
                let (store, key) = self.store(uri)?;
                store.delete(&key).await.map_err(StorageError::from_store)
            }
        };
        match res {
            Err(StorageError::NotFound) => Ok(()),
            other => other,
        }
    }
}

/// The version of a local file: its size, and its modification time and inode as the tag.
fn file_version(meta: &std::fs::Metadata) -> OutputVersion {
    use std::os::unix::fs::MetadataExt;
    OutputVersion { size: meta.len(), tag: Some(format!("{}.{}:{}", meta.mtime(), meta.mtime_nsec(), meta.ino())) }
}

async fn local_version(path: &std::path::Path) -> Result<OutputVersion, StorageError> {
    let meta = tokio::fs::symlink_metadata(path).await.map_err(|e| StorageError::from_io(e, "output"))?;
    Ok(file_version(&meta))
}

/// Relative paths of the regular files below `dir` (symlinks are not followed, our temporary files
/// are skipped); `None` when there are more than `cap`.
fn walk(dir: &std::path::Path, cap: usize) -> Result<Option<Vec<String>>, StorageError> {
    let mut out = Vec::new();
    let mut stack = vec![(dir.to_path_buf(), String::new())];
    while let Some((path, rel)) = stack.pop() {
        let entries = std::fs::read_dir(&path).map_err(|e| StorageError::from_io(e, "input folder"))?;
        for entry in entries {
            let entry = entry.map_err(|e| StorageError::from_io(e, "input folder"))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.contains(".pii-tmp-") {
                continue;
            }
            let kind = entry.file_type().map_err(|e| StorageError::from_io(e, "input folder"))?;
            let child_rel = if rel.is_empty() { name } else { format!("{rel}/{name}") };
            if kind.is_dir() {
                stack.push((entry.path(), child_rel));
            } else if kind.is_file() {
                if out.len() == cap {
                    return Ok(None);
                }
                out.push(child_rel);
            }
        }
    }
    Ok(Some(out))
}

fn file_stream(file: tokio::fs::File) -> BoxStream<'static, Result<Bytes, StorageError>> {
    futures::stream::unfold(file, |mut f| async move {
        let mut buf = vec![0u8; 1 << 16];
        match tokio::io::AsyncReadExt::read(&mut f, &mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(Bytes::from(buf)), f))
            }
            Err(e) => Some((Err(StorageError::from_io(e, "input")), f)),
        }
    })
    .boxed()
}

async fn read_bounded(
    mut stream: BoxStream<'static, Result<Bytes, StorageError>>,
    max: u64,
    size_hint: Option<u64>,
    spool_dir: &std::path::Path,
) -> Result<(Input, u64, String, Option<tempfile::TempPath>), StorageError> {
    let mut hasher = Sha256::new();
    let mut total: u64 = 0;
    let mut mem: Vec<u8> = Vec::with_capacity(size_hint.unwrap_or(0).min(MEMORY_SPOOL_LIMIT) as usize);
    let mut file: Option<(tokio::fs::File, tempfile::TempPath)> = None;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk?;
        total += chunk.len() as u64;
        if total > max {
            return Err(StorageError::TooLarge(format!("the input exceeds the limit of {max} bytes")));
        }
        hasher.update(&chunk);
        match &mut file {
            Some((f, _)) => f.write_all(&chunk).await.map_err(|e| StorageError::from_io(e, "spool"))?,
            None if total > MEMORY_SPOOL_LIMIT => {
                let tmp = tempfile::NamedTempFile::new_in(spool_dir).map_err(|e| StorageError::from_io(e, "spool"))?;
                let (std_file, path) = tmp.into_parts();
                let mut f = tokio::fs::File::from_std(std_file);
                f.write_all(&mem).await.map_err(|e| StorageError::from_io(e, "spool"))?;
                f.write_all(&chunk).await.map_err(|e| StorageError::from_io(e, "spool"))?;
                mem = Vec::new();
                file = Some((f, path));
            }
            None => mem.extend_from_slice(&chunk),
        }
    }
    let sha = hex::encode(hasher.finalize());
    match file {
        Some((mut f, path)) => {
            f.flush().await.map_err(|e| StorageError::from_io(e, "spool"))?;
            Ok((Input::File { path: path.to_path_buf(), len: total }, total, sha, Some(path)))
        }
        None => Ok((Input::Memory(mem.into()), total, sha, None)),
    }
}

/// The name an output has between being complete and being renamed into place (listings skip it).
fn temp_name(parent: &std::path::Path, path: &std::path::Path) -> PathBuf {
    parent.join(format!(".{}.pii-tmp-{}", path.file_name().and_then(|n| n.to_str()).unwrap_or("out"), ulid::Ulid::generate()))
}

/// Local outputs written through an unnamed file (`O_TMPFILE`): a process killed mid-write leaves
/// nothing behind, since the file only gets a name once it is complete and synced. A new output is
/// linked straight to its final name; only when one is already there (a job redone after a crash)
/// does it go through a named temporary file renamed over it, since no link replaces a file.
#[cfg(target_os = "linux")]
mod unnamed {
    use std::ffi::OsStr;
    use std::fs::File;
    use std::io::Write;
    use std::os::fd::AsRawFd;

    use pii_docs::Input;
    use rustix::fs::{AtFlags, CWD, Mode, OFlags};
    use rustix::io::Errno;

    /// Writes `source` as `name` inside the open folder `dir` and returns what was written.
    /// `Ok(None)` when this file system (or a system without `/proc`) cannot do it: the caller
    /// writes through a named temporary file.
    pub(crate) fn write(dir: &File, name: &OsStr, source: &Input) -> std::io::Result<Option<std::fs::Metadata>> {
        if !std::path::Path::new("/proc/self/fd").is_dir() {
            return Ok(None);
        }
        let flags = OFlags::WRONLY | OFlags::TMPFILE | OFlags::CLOEXEC;
        let fd = match rustix::fs::openat(dir, ".", flags, Mode::from_bits_truncate(0o666)) {
            Ok(fd) => fd,
            Err(e) if e == Errno::OPNOTSUPP || e == Errno::ISDIR || e == Errno::INVAL => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let mut file = File::from(fd);
        match source {
            Input::Memory(b) => file.write_all(b)?,
            Input::File { path: src, .. } => {
                let mut r = File::open(src)?;
                std::io::copy(&mut r, &mut file)?;
            }
        }
        file.sync_all()?;
        let proc_path = format!("/proc/self/fd/{}", file.as_raw_fd());
        match rustix::fs::linkat(CWD, proc_path.as_str(), dir, name, AtFlags::SYMLINK_FOLLOW) {
            Ok(()) => return file.metadata().map(Some),
            Err(e) if e == Errno::EXIST => {}
            Err(e) => return Err(e.into()),
        }
        // An output is already there (a job redone after a crash, or an overwrite the caller allowed):
        // link under a temporary name in the same folder, then rename over it.
        let tmp = format!(".{}.pii-tmp-{}", name.to_string_lossy(), ulid::Ulid::generate());
        rustix::fs::linkat(CWD, proc_path.as_str(), dir, tmp.as_str(), AtFlags::SYMLINK_FOLLOW)?;
        if let Err(e) = rustix::fs::renameat(dir, tmp.as_str(), dir, name) {
            let _ = rustix::fs::unlinkat(dir, tmp.as_str(), AtFlags::empty());
            return Err(e.into());
        }
        file.metadata().map(Some)
    }
}
