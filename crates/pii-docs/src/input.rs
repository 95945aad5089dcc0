use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::Arc;

/// A document's bytes: small ones in memory, large ones spooled to a local file by the worker.
#[derive(Debug, Clone)]
pub enum Input {
    Memory(Arc<[u8]>),
    File { path: PathBuf, len: u64 },
}

impl Input {
    pub fn len(&self) -> u64 {
        match self {
            Input::Memory(b) => b.len() as u64,
            Input::File { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A fresh reader from the first byte.
    ///
    /// # Errors
    /// The I/O error of opening the spooled file.
    pub fn open(&self) -> io::Result<Box<dyn Read + Send + '_>> {
        Ok(match self {
            Input::Memory(b) => Box::new(&b[..]),
            Input::File { path, .. } => Box::new(io::BufReader::with_capacity(1 << 16, std::fs::File::open(path)?)),
        })
    }

    /// All bytes in memory (for formats that need random access); bounded by the caller's limits.
    ///
    /// # Errors
    /// The I/O error of reading the spooled file.
    pub fn to_bytes(&self) -> io::Result<Arc<[u8]>> {
        match self {
            Input::Memory(b) => Ok(b.clone()),
            Input::File { path, .. } => Ok(std::fs::read(path)?.into()),
        }
    }
}
