//! Confinement of `file://` locations to the configured roots.
//!
//! A path is accepted only if it lies below a root both as written and after resolving symlinks, so
//! neither `..` nor a symlink planted inside a root leads out. Paths outside every root are refused
//! before the file system is asked anything, so the answer never reveals whether they exist.

use std::path::{Component, Path, PathBuf};

use crate::StorageError;

#[derive(Debug, Clone)]
pub(crate) struct FileRoots {
    /// (as configured, made absolute; canonical)
    roots: Vec<(PathBuf, PathBuf)>,
}

impl FileRoots {
    pub(crate) fn new(paths: &[PathBuf]) -> Result<Self, StorageError> {
        let mut roots = Vec::with_capacity(paths.len());
        for p in paths {
            let abs = std::path::absolute(p).map_err(|e| StorageError::Invalid(format!("file root {}: {e}", p.display())))?;
            let canonical =
                abs.canonicalize().map_err(|e| StorageError::Invalid(format!("file root {} is not usable: {e}", p.display())))?;
            roots.push((normalize(&abs), canonical));
        }
        Ok(FileRoots { roots })
    }

    fn outside() -> StorageError {
        StorageError::Forbidden("the path is outside the allowed file roots".into())
    }

    fn lexically_inside(&self, path: &Path) -> bool {
        let path = normalize(path);
        self.roots.iter().any(|(abs, canon)| path.starts_with(abs) || path.starts_with(canon))
    }

    pub(crate) fn canonically_inside(&self, canonical: &Path) -> bool {
        self.roots.iter().any(|(_, canon)| canonical.starts_with(canon))
    }

    /// The canonical path of an existing file below a root.
    pub(crate) fn resolve_existing(&self, path: &Path) -> Result<PathBuf, StorageError> {
        if !path.is_absolute() || !self.lexically_inside(path) {
            return Err(Self::outside());
        }
        let canonical = path.canonicalize().map_err(|e| StorageError::from_io(e, "input"))?;
        if !self.canonically_inside(&canonical) {
            return Err(Self::outside());
        }
        Ok(canonical)
    }

    /// Where to write `path`: its nearest existing ancestor must resolve below a root, and an
    /// existing file at `path` must not be a symlink leading out.
    pub(crate) fn resolve_for_write(&self, path: &Path) -> Result<PathBuf, StorageError> {
        if !path.is_absolute() || !self.lexically_inside(path) {
            return Err(Self::outside());
        }
        let path = normalize(path);
        let mut existing = path.as_path();
        let mut rest = Vec::new();
        while !existing.exists() {
            let Some(name) = existing.file_name() else { return Err(Self::outside()) };
            rest.push(name.to_owned());
            existing = existing.parent().ok_or_else(Self::outside)?;
        }
        let mut resolved = existing.canonicalize().map_err(|e| StorageError::from_io(e, "output"))?;
        if !self.canonically_inside(&resolved) {
            return Err(Self::outside());
        }
        if rest.is_empty() && resolved.is_dir() {
            return Err(StorageError::Invalid("the output location is a folder".into()));
        }
        for name in rest.into_iter().rev() {
            resolved.push(name);
        }
        Ok(resolved)
    }
}

/// Removes `.` and resolves `..` lexically (the URL parser has done so already; this guards other callers).
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confines_reads_and_writes_to_the_roots() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(root.join("in.txt"), "x").unwrap();
        std::fs::write(outside.join("secret.txt"), "x").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(outside.join("secret.txt"), root.join("link.txt")).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(&outside, root.join("linkdir")).unwrap();
        let roots = FileRoots::new(std::slice::from_ref(&root)).unwrap();

        assert!(roots.resolve_existing(&root.join("in.txt")).is_ok());
        assert!(matches!(roots.resolve_existing(&root.join("missing.txt")), Err(StorageError::NotFound)));
        for bad in [
            outside.join("secret.txt"),
            root.join("../outside/secret.txt"),
            root.join("link.txt"),
            root.join("linkdir/secret.txt"),
            PathBuf::from("/etc/passwd"),
            PathBuf::from("relative.txt"),
        ] {
            assert!(matches!(roots.resolve_existing(&bad), Err(StorageError::Forbidden(_))), "{}", bad.display());
        }
        assert_eq!(
            roots.resolve_for_write(&root.join("redacted/new/out.txt")).unwrap(),
            root.canonicalize().unwrap().join("redacted/new/out.txt")
        );
        assert!(roots.resolve_for_write(&root.join("linkdir/new.txt")).is_err());
        assert!(roots.resolve_for_write(&outside.join("x.txt")).is_err());
        assert!(roots.resolve_for_write(&root).is_err());
        // A missing path outside the roots is refused, not reported missing.
        assert!(matches!(roots.resolve_existing(&outside.join("nope")), Err(StorageError::Forbidden(_))));
    }
}
