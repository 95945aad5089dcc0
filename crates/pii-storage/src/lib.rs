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
//!
//! Layout: this file holds the public [`Storage`] API, the checks every scheme goes through (the
//! lexical [`Reach`] check, size and time limits) and, in each method, one small match that hands
//! the call to its backend: `local` (`file://`), `web` (`http(s)://`, inputs only) or `remote`
//! (object stores). `pages` lists a prefix page by page.

#[cfg(target_os = "linux")]
mod beneath;
mod error;
mod local;
pub mod net_guard;
mod pages;
mod reach;
mod remote;
mod roots;
pub mod web;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use futures::stream::BoxStream;
use pii_core::messages::{InputVersion, OutputVersion};
use pii_core::uri::{ObjectUri, Scheme};
use pii_docs::Input;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

pub use error::StorageError;
use local::LocalFiles;
pub use pages::ListPage;
pub use reach::Reach;
use remote::ObjectStores;
use roots::FileRoots;

/// Inputs up to this size stay in memory; larger ones are spooled to a temporary file.
const MEMORY_SPOOL_LIMIT: u64 = 8 << 20;

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
    local: LocalFiles,
    web: web::WebFetcher,
    stores: ObjectStores,
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
        let local = LocalFiles::new(roots, output_roots);
        let stores = ObjectStores::new(settings.store_options.clone());
        Ok(Storage { inner: Arc::new(Inner { local, web, stores, settings }) })
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
            Scheme::File => self.inner.local.check_input(uri, reach),
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
                self.inner.local.check_output(uri, reach)
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
            Scheme::File => self.inner.local.head(uri, reach).await,
            _ => self.inner.stores.head(uri).await,
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

    /// Reads a whole input, bounded by the size limit, hashing it on the way; large inputs are
    /// spooled to a temporary file.
    ///
    /// # Errors
    /// `NotFound`, `Forbidden`, `TooLarge`, `Unavailable` (retryable) or `Invalid`.
    pub async fn fetch(&self, uri: &ObjectUri, reach: Reach<'_>) -> Result<Fetched, StorageError> {
        let max = self.inner.settings.max_input_bytes;
        reach.admit(uri, false)?;
        let (stream, size_hint, etag) = match uri.scheme() {
            Scheme::File => {
                let (stream, len) = self.inner.local.open_input(uri, reach).await?;
                (stream, Some(len), None)
            }
            Scheme::Https | Scheme::Http => self.inner.web.get(uri.url(), max).await?,
            _ => {
                let (stream, size, etag) = self.inner.stores.get(uri).await?;
                (stream, Some(size), etag)
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
            Scheme::File => self.inner.local.write(uri, reach, source).await,
            Scheme::Https | Scheme::Http => Err(StorageError::Invalid("outputs cannot be written to a web server".into())),
            _ => self.inner.stores.write(uri, source).await,
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
            Scheme::File => self.inner.local.read_stream(uri, reach).await,
            Scheme::Https | Scheme::Http => Err(StorageError::Invalid("outputs are never on a web server".into())),
            _ => {
                let (stream, size, _) = self.inner.stores.get(uri).await?;
                Ok((stream, size))
            }
        }
    }

    /// The objects below a prefix, up to `cap` of them (more is an error that says so), each with its
    /// key relative to the prefix, in lexical order.
    ///
    /// # Errors
    /// `TooLarge` past the cap; `Forbidden`, `NotFound`, `Unavailable`, `Invalid` as for reads.
    pub async fn list(&self, prefix: &ObjectUri, reach: Reach<'_>, cap: usize) -> Result<Vec<(ObjectUri, String)>, StorageError> {
        if !prefix.scheme().is_web() {
            reach.admit(prefix, false)?;
        }
        let listed = match prefix.scheme() {
            Scheme::Https | Scheme::Http => return Err(StorageError::Invalid("a web location cannot be listed".into())),
            Scheme::File => self.inner.local.list(prefix, reach, cap).await?,
            _ => self.inner.stores.list(prefix, cap).await?,
        };
        let Some(mut out) = listed else {
            return Err(StorageError::TooLarge(format!("the prefix holds more than {cap} objects; split it into smaller prefixes")));
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
        match uri.scheme() {
            Scheme::File => self.inner.local.delete(uri, reach).await,
            Scheme::Https | Scheme::Http => Ok(()),
            _ => self.inner.stores.delete(uri).await,
        }
    }
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
