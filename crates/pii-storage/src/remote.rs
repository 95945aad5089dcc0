//! Object stores: `s3://`, `gs://`, `az://` through `object_store`, and `memory://`.
//!
//! Why a module of its own: object stores share one way of working that neither local files nor
//! the web have — a client per scheme and bucket, built once from the `object_store` options (the
//! usual `AWS_*`, `GOOGLE_*` and `AZURE_*` variables, or the configured list) and kept; keys
//! rather than paths; versions from the store's own size and ETag; writes as a single PUT or a
//! multipart upload that only appears when completed. [`crate::Storage`] makes the checks common
//! to every scheme and hands these schemes here.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures::stream::BoxStream;
use futures::{StreamExt, TryStreamExt};
use object_store::memory::InMemory;
use object_store::path::Path as StorePath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};
use pii_core::messages::OutputVersion;
use pii_core::uri::{ObjectUri, Scheme};
use pii_docs::Input;
use tokio::io::AsyncReadExt;

use crate::StorageError;

/// Object store clients kept at most (one per scheme and bucket).
const MAX_STORE_CLIENTS: usize = 256;
/// Part size of multipart uploads.
const UPLOAD_CHUNK: usize = 8 << 20;
/// How much of an output is read at a time on its way into a multipart upload.
const READ_CHUNK: usize = 1 << 20;

/// The object store clients, built on first use.
#[derive(Debug)]
pub(crate) struct ObjectStores {
    /// Options for the builders; `None` reads them from the process environment.
    options: Option<Vec<(String, String)>>,
    /// At most `MAX_STORE_CLIENTS`, keyed by scheme and bucket.
    clients: Mutex<HashMap<(Scheme, String), Arc<dyn ObjectStore>>>,
}

impl ObjectStores {
    pub(crate) fn new(options: Option<Vec<(String, String)>>) -> Self {
        ObjectStores { options, clients: Mutex::new(HashMap::new()) }
    }

    /// The client for `uri`'s scheme and bucket, and `uri`'s key in it.
    pub(crate) fn client(&self, uri: &ObjectUri) -> Result<(Arc<dyn ObjectStore>, StorePath), StorageError> {
        let key = StorePath::parse(uri.key()).map_err(|e| StorageError::Invalid(e.to_string()))?;
        let bucket = uri.bucket().unwrap_or_default().to_owned();
        let mut clients = self.clients.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(s) = clients.get(&(uri.scheme(), bucket.clone())) {
            return Ok((s.clone(), key));
        }
        let store = self.build(uri.scheme(), &bucket)?;
        // Bounded: grants already limit which buckets tenants name, and a client is cheap to rebuild.
        if clients.len() >= MAX_STORE_CLIENTS {
            clients.clear();
        }
        clients.insert((uri.scheme(), bucket), store.clone());
        Ok((store, key))
    }

    /// Builds a client for one bucket (container for Azure), each builder given every option whose
    /// name it knows.
    fn build(&self, scheme: Scheme, bucket: &str) -> Result<Arc<dyn ObjectStore>, StorageError> {
        let opts: Vec<(String, String)> = match &self.options {
            Some(o) => o.clone(),
            None => std::env::vars().collect(),
        };
        Ok(match scheme {
            Scheme::S3 => Arc::new(
                configured(object_store::aws::AmazonS3Builder::new(), &opts, |b, k, v| b.with_config(k, v))
                    .with_bucket_name(bucket)
                    .build()
                    .map_err(StorageError::from_store)?,
            ),
            Scheme::Gs => Arc::new(
                configured(object_store::gcp::GoogleCloudStorageBuilder::new(), &opts, |b, k, v| b.with_config(k, v))
                    .with_bucket_name(bucket)
                    .build()
                    .map_err(StorageError::from_store)?,
            ),
            Scheme::Az => Arc::new(
                configured(object_store::azure::MicrosoftAzureBuilder::new(), &opts, |b, k, v| b.with_config(k, v))
                    .with_container_name(bucket)
                    .build()
                    .map_err(StorageError::from_store)?,
            ),
            Scheme::Memory => Arc::new(InMemory::new()),
            Scheme::File | Scheme::Https | Scheme::Http => {
                return Err(StorageError::Invalid(format!("{} is not an object store", scheme.as_str())));
            }
        })
    }

    /// The version of the object at an output location, `None` when there is none.
    pub(crate) async fn head(&self, uri: &ObjectUri) -> Result<Option<OutputVersion>, StorageError> {
        let (store, key) = self.client(uri)?;
        match store.head(&key).await {
            Ok(meta) => Ok(Some(OutputVersion { size: meta.size, tag: meta.e_tag })),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(StorageError::from_store(e)),
        }
    }

    /// Starts reading an object: its bytes, its size and its ETag.
    pub(crate) async fn get(
        &self,
        uri: &ObjectUri,
    ) -> Result<(BoxStream<'static, Result<Bytes, StorageError>>, u64, Option<String>), StorageError> {
        let (store, key) = self.client(uri)?;
        let got = store.get(&key).await.map_err(StorageError::from_store)?;
        let size = got.meta.size;
        let etag = got.meta.e_tag.clone();
        Ok((got.into_stream().map_err(StorageError::from_store).boxed(), size, etag))
    }

    /// Writes an object: one PUT when it fits in one part, else a multipart upload.
    pub(crate) async fn write(&self, uri: &ObjectUri, source: &Input) -> Result<OutputVersion, StorageError> {
        let (store, key) = self.client(uri)?;
        let size = source.len();
        let put = match source {
            Input::Memory(b) if b.len() <= UPLOAD_CHUNK => {
                store.put(&key, PutPayload::from(Bytes::copy_from_slice(b))).await.map_err(StorageError::from_store)?
            }
            Input::Memory(b) => {
                let upload = store.put_multipart(&key).await.map_err(StorageError::from_store)?;
                let mut w = WriteMultipart::new_with_chunk_size(upload, UPLOAD_CHUNK);
                for chunk in b.chunks(READ_CHUNK) {
                    w.wait_for_capacity(4).await.map_err(StorageError::from_store)?;
                    w.write(chunk);
                }
                w.finish().await.map_err(StorageError::from_store)?
            }
            Input::File { path, .. } => {
                let upload = store.put_multipart(&key).await.map_err(StorageError::from_store)?;
                let mut w = WriteMultipart::new_with_chunk_size(upload, UPLOAD_CHUNK);
                let mut reader = tokio::fs::File::open(path).await.map_err(|e| StorageError::from_io(e, "output"))?;
                let mut buf = vec![0u8; READ_CHUNK];
                loop {
                    let n = reader.read(&mut buf).await.map_err(|e| StorageError::from_io(e, "output"))?;
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

    /// The objects below a prefix, each with its key relative to the prefix, in the store's order;
    /// `None` when there are more than `cap`.
    pub(crate) async fn list(&self, prefix: &ObjectUri, cap: usize) -> Result<Option<Vec<(ObjectUri, String)>>, StorageError> {
        let (store, _) = self.client(prefix)?;
        let key = prefix.key();
        let trimmed = key.trim_end_matches('/');
        let path =
            if trimmed.is_empty() { None } else { Some(StorePath::parse(trimmed).map_err(|e| StorageError::Invalid(e.to_string()))?) };
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
                return Ok(None);
            }
            found.push((root.join_key(&full)?, rel));
        }
        Ok(Some(found))
    }

    /// Removes an object; a missing one is not an error.
    pub(crate) async fn delete(&self, uri: &ObjectUri) -> Result<(), StorageError> {
        let (store, key) = self.client(uri)?;
        match store.delete(&key).await.map_err(StorageError::from_store) {
            Err(StorageError::NotFound) => Ok(()),
            other => other,
        }
    }
}

/// Gives a builder every option whose name (lower-cased) is one of its configuration keys; the
/// others belong to other stores or to nothing.
fn configured<B, K: FromStr>(builder: B, opts: &[(String, String)], with_config: impl Fn(B, K, &str) -> B) -> B {
    opts.iter().fold(builder, |b, (k, v)| match k.to_ascii_lowercase().parse() {
        Ok(key) => with_config(b, key, v),
        Err(_) => b,
    })
}
