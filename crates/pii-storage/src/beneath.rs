//! Opening local files so that a path swapped between the check and the use cannot escape.
//!
//! Checking a path and then opening it leaves a window in which a folder on the way can be replaced
//! by a symlink. So the check is made again *after* opening, on the path the open file really has
//! (`/proc/self/fd/N`), which no later swap can change: whatever was opened is judged where it is.
//! The last component is opened with `O_NOFOLLOW`, and a file with more than one hard link is
//! refused (a hard link made elsewhere would otherwise carry another folder's file into a root).

use std::fs::File;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use crate::StorageError;

/// The path an open file or folder really has.
pub(crate) fn real_path(f: &File) -> Result<PathBuf, StorageError> {
    std::fs::read_link(format!("/proc/self/fd/{}", f.as_raw_fd()))
        .map_err(|e| StorageError::Unavailable(format!("cannot resolve an open file: {e}")))
}

/// Opens an input for reading: no symlink as its last component, a regular file with one link, and
/// `admit` satisfied by its real path.
pub(crate) fn open_input(path: &Path, admit: impl Fn(&Path) -> Result<(), StorageError>) -> Result<File, StorageError> {
    let file =
        std::fs::OpenOptions::new().read(true).custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32).open(path).map_err(|e| match e
            .raw_os_error()
        {
            // ELOOP: the last component is a symlink.
            Some(40) => StorageError::Forbidden("the input is a symlink".into()),
            _ => StorageError::from_io(e, "input"),
        })?;
    let meta = file.metadata().map_err(|e| StorageError::from_io(e, "input"))?;
    if !meta.is_file() {
        return Err(StorageError::Invalid("the input is not a regular file".into()));
    }
    if meta.nlink() > 1 {
        return Err(StorageError::Forbidden("the input has more than one hard link".into()));
    }
    admit(&real_path(&file)?)?;
    Ok(file)
}

/// Opens an output's folder (no symlink as its last component), checked by its real path.
pub(crate) fn open_dir(path: &Path, admit: impl Fn(&Path) -> Result<(), StorageError>) -> Result<File, StorageError> {
    let dir = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags((rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::DIRECTORY).bits() as i32)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            Some(40 | 20) => StorageError::Forbidden("the output folder is not a folder".into()),
            _ => StorageError::from_io(e, "output folder"),
        })?;
    admit(&real_path(&dir)?)?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inside(root: &Path) -> impl Fn(&Path) -> Result<(), StorageError> + '_ {
        move |p: &Path| if p.starts_with(root) { Ok(()) } else { Err(StorageError::NotFound) }
    }

    #[test]
    fn a_folder_swapped_for_a_symlink_after_the_check_is_caught_after_open() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root").canonicalize().unwrap_or_else(|_| {
            std::fs::create_dir_all(dir.path().join("root")).unwrap();
            dir.path().join("root").canonicalize().unwrap()
        });
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(root.join("sub/a.txt"), "mine").unwrap();
        std::fs::write(outside.join("a.txt"), "theirs").unwrap();
        let path = root.join("sub/a.txt");
        assert!(open_input(&path, inside(&root)).is_ok());
        // The swap: what was checked as root/sub is now a symlink to another folder.
        std::fs::rename(root.join("sub"), root.join("old")).unwrap();
        std::os::unix::fs::symlink(&outside, root.join("sub")).unwrap();
        assert!(matches!(open_input(&path, inside(&root)), Err(StorageError::NotFound)));
        assert!(open_dir(&root.join("sub"), inside(&root)).is_err());
        assert!(open_dir(&root.join("old"), inside(&root)).is_ok());
    }

    #[test]
    fn symlinks_and_hard_links_are_refused_as_inputs() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(root.join("a.txt"), root.join("l.txt")).unwrap();
        assert!(matches!(open_input(&root.join("l.txt"), inside(&root)), Err(StorageError::Forbidden(_))));
        std::fs::hard_link(root.join("a.txt"), root.join("h.txt")).unwrap();
        assert!(matches!(open_input(&root.join("a.txt"), inside(&root)), Err(StorageError::Forbidden(_))));
        std::fs::write(root.join("b.txt"), "x").unwrap();
        assert!(open_input(&root.join("b.txt"), inside(&root)).is_ok());
    }
}
