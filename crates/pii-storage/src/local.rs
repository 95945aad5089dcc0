//! `file://` locations: local files below the configured roots.
//!
//! Why a module of its own: local files need what no other backend does — resolving paths against
//! the roots (see [`crate::roots`]), judging an open file by the path it really has (see
//! `beneath`), writing through an unnamed or temporary file so a reader never sees half an output,
//! and taking a version from file metadata. [`crate::Storage`] makes the checks common to every
//! scheme and hands `file://` calls here.
//!
//! File system calls block, so each one runs on a blocking thread (`spawn_blocking`), never on the
//! async runtime: resolving paths, opening, walking folders, writing. Inputs are read as a stream.

use std::path::{Path, PathBuf};

use bytes::Bytes;
use futures::StreamExt;
use futures::stream::BoxStream;
use pii_core::messages::OutputVersion;
use pii_core::uri::ObjectUri;
use pii_docs::Input;
use tokio::io::AsyncWriteExt;

#[cfg(target_os = "linux")]
use crate::beneath;
use crate::reach::OwnedReach;
use crate::roots::FileRoots;
use crate::{Reach, StorageError};

/// The roots local files are confined to.
#[derive(Debug)]
pub(crate) struct LocalFiles {
    /// Where inputs may be read and folders listed.
    roots: FileRoots,
    /// Where outputs may be written, read back and deleted: the roots and the extra output roots.
    output_roots: FileRoots,
}

/// Which of the two sets of roots a call is confined to.
#[derive(Debug, Clone, Copy)]
enum Side {
    Input,
    Output,
}

impl LocalFiles {
    pub(crate) fn new(roots: FileRoots, output_roots: FileRoots) -> Self {
        LocalFiles { roots, output_roots }
    }

    fn roots(&self, side: Side) -> &FileRoots {
        match side {
            Side::Input => &self.roots,
            Side::Output => &self.output_roots,
        }
    }

    /// Checks that an input exists below the roots and within `reach` (resolving the path only).
    pub(crate) fn check_input(&self, uri: &ObjectUri, reach: Reach<'_>) -> Result<(), StorageError> {
        let real = self.roots.resolve_existing(&uri.file_path()?)?;
        reach.admit_path(uri, &real, false)
    }

    /// Checks that an output may be written below the output roots and within `reach`.
    pub(crate) fn check_output(&self, uri: &ObjectUri, reach: Reach<'_>) -> Result<(), StorageError> {
        let real = self.output_roots.resolve_for_write(&uri.file_path()?)?;
        reach.admit_path(uri, &real, true)
    }

    /// The version of the file at an output location, `None` when there is none.
    pub(crate) async fn head(&self, uri: &ObjectUri, reach: Reach<'_>) -> Result<Option<OutputVersion>, StorageError> {
        let (roots, uri, reach) = (self.output_roots.clone(), uri.clone(), OwnedReach::of(reach));
        blocking("reading the output's metadata", move || {
            let path = roots.resolve_for_write(&uri.file_path()?)?;
            reach.as_reach().admit_path(&uri, &path, true)?;
            match std::fs::symlink_metadata(&path) {
                Ok(meta) => Ok(Some(file_version(&meta))),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(StorageError::from_io(e, "output")),
            }
        })
        .await
    }

    /// Opens an input for reading: its bytes and its length.
    pub(crate) async fn open_input(
        &self,
        uri: &ObjectUri,
        reach: Reach<'_>,
    ) -> Result<(BoxStream<'static, Result<Bytes, StorageError>>, u64), StorageError> {
        let file = self.open(Side::Input, uri, reach).await?;
        let meta = file.metadata().await.map_err(|e| StorageError::from_io(e, "input"))?;
        if !meta.is_file() {
            return Err(StorageError::Invalid("the input is not a regular file".into()));
        }
        Ok((file_stream(file), meta.len()))
    }

    /// Opens a stored output for reading back: its bytes and its length.
    pub(crate) async fn read_stream(
        &self,
        uri: &ObjectUri,
        reach: Reach<'_>,
    ) -> Result<(BoxStream<'static, Result<Bytes, StorageError>>, u64), StorageError> {
        let file = self.open(Side::Output, uri, reach).await?;
        let len = file.metadata().await.map_err(|e| StorageError::from_io(e, "output"))?.len();
        Ok((file_stream(file), len))
    }

    /// Opens an existing file for reading below the roots of `side` and within `reach`, judged
    /// again by the path the open file really has.
    async fn open(&self, side: Side, uri: &ObjectUri, reach: Reach<'_>) -> Result<tokio::fs::File, StorageError> {
        let (roots, uri, reach) = (self.roots(side).clone(), uri.clone(), OwnedReach::of(reach));
        let file = blocking("opening the file", move || {
            let reach = reach.as_reach();
            let path = roots.resolve_existing(&uri.file_path()?)?;
            reach.admit_path(&uri, &path, false)?;
            #[cfg(target_os = "linux")]
            let file = beneath::open_input(&path, |real| {
                if !roots.canonically_inside(real) {
                    return Err(StorageError::Forbidden("the path is outside the allowed file roots".into()));
                }
                reach.admit_path(&uri, real, false)
            })?;
            #[cfg(not(target_os = "linux"))]
            let file = std::fs::File::open(&path).map_err(|e| StorageError::from_io(e, "input"))?;
            Ok(file)
        })
        .await?;
        Ok(tokio::fs::File::from_std(file))
    }

    /// The resolved folder of a prefix to list, below the input roots and within `reach`.
    pub(crate) async fn listed_dir(&self, prefix: &ObjectUri, reach: Reach<'_>) -> Result<PathBuf, StorageError> {
        let (roots, prefix, reach) = (self.roots.clone(), prefix.clone(), OwnedReach::of(reach));
        blocking("listing", move || {
            let dir = roots.resolve_existing(&prefix.file_path()?)?;
            reach.as_reach().admit_path(&prefix, &dir, false)?;
            Ok(dir)
        })
        .await
    }

    /// The files below a prefix, each with its key relative to the prefix; `None` when there are
    /// more than `cap`.
    pub(crate) async fn list(
        &self,
        prefix: &ObjectUri,
        reach: Reach<'_>,
        cap: usize,
    ) -> Result<Option<Vec<(ObjectUri, String)>>, StorageError> {
        let dir = self.listed_dir(prefix, reach).await?;
        let Some(rels) = blocking("listing", move || walk(&dir, cap)).await? else { return Ok(None) };
        rels.into_iter().map(|rel| Ok((prefix.join_key(&rel)?, rel))).collect::<Result<_, StorageError>>().map(Some)
    }

    /// Removes an output; a missing one is not an error.
    pub(crate) async fn delete(&self, uri: &ObjectUri, reach: Reach<'_>) -> Result<(), StorageError> {
        let (roots, uri, reach) = (self.output_roots.clone(), uri.clone(), OwnedReach::of(reach));
        blocking("deleting the output", move || {
            let path = match roots.resolve_existing(&uri.file_path()?) {
                Ok(p) => p,
                Err(StorageError::NotFound) => return Ok(()),
                Err(e) => return Err(e),
            };
            reach.as_reach().admit_path(&uri, &path, true)?;
            match std::fs::remove_file(&path).map_err(|e| StorageError::from_io(e, "output")) {
                Err(StorageError::NotFound) => Ok(()),
                other => other,
            }
        })
        .await
    }

    /// Writes an output atomically: through an unnamed file linked into place where the system
    /// can, else through a temporary file renamed over the output.
    pub(crate) async fn write(&self, uri: &ObjectUri, reach: Reach<'_>, source: &Input) -> Result<OutputVersion, StorageError> {
        let (roots, owned_uri, owned_reach) = (self.output_roots.clone(), uri.clone(), OwnedReach::of(reach));
        let (path, parent) = blocking("preparing the output folder", move || {
            let path = roots.resolve_for_write(&owned_uri.file_path()?)?;
            owned_reach.as_reach().admit_path(&owned_uri, &path, true)?;
            let parent = path.parent().ok_or_else(|| StorageError::Invalid("output has no folder".into()))?.to_owned();
            std::fs::create_dir_all(&parent).map_err(|e| StorageError::from_io(e, "output folder"))?;
            // Resolve again now that the folders exist, in case a symlink appeared on the way.
            let path = roots.resolve_for_write(&path)?;
            Ok((path, parent))
        })
        .await?;
        #[cfg(target_os = "linux")]
        {
            // The folder is opened once and judged by its real path; the file is created and named
            // relative to that handle, so no later swap of a folder on the way matters.
            let name = path.file_name().ok_or_else(|| StorageError::Invalid("output has no name".into()))?.to_owned();
            let (roots, owned_uri, owned_reach) = (self.output_roots.clone(), uri.clone(), OwnedReach::of(reach));
            let (src, dir_path) = (source.clone(), parent.clone());
            let written = blocking("writing the output", move || {
                let dir = beneath::open_dir(&dir_path, |real| {
                    if !roots.canonically_inside(real) {
                        return Err(StorageError::Forbidden("the path is outside the allowed file roots".into()));
                    }
                    owned_reach.as_reach().admit_path(&owned_uri, &real.join(&name), true)
                })?;
                unnamed::write(&dir, &name, &src).map_err(|e| StorageError::from_io(e, "output"))
            })
            .await?;
            if let Some(meta) = written {
                return Ok(file_version(&meta));
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
        let meta = tokio::fs::symlink_metadata(&path).await.map_err(|e| StorageError::from_io(e, "output"))?;
        Ok(file_version(&meta))
    }
}

/// Runs file system work on a blocking thread; `what` names it if the thread dies.
async fn blocking<T: Send + 'static>(
    what: &'static str,
    work: impl FnOnce() -> Result<T, StorageError> + Send + 'static,
) -> Result<T, StorageError> {
    tokio::task::spawn_blocking(work).await.map_err(|_| StorageError::Unavailable(format!("{what} stopped unexpectedly")))?
}

/// The version of a local file: its size, and its modification time and inode as the tag.
fn file_version(meta: &std::fs::Metadata) -> OutputVersion {
    use std::os::unix::fs::MetadataExt;
    OutputVersion { size: meta.len(), tag: Some(format!("{}.{}:{}", meta.mtime(), meta.mtime_nsec(), meta.ino())) }
}

/// Relative paths of the regular files below `dir` (symlinks are not followed, our temporary files
/// are skipped); `None` when there are more than `cap`.
fn walk(dir: &Path, cap: usize) -> Result<Option<Vec<String>>, StorageError> {
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

/// The name an output has between being complete and being renamed into place (listings skip it).
fn temp_name(parent: &Path, path: &Path) -> PathBuf {
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
