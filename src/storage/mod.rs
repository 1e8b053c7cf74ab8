//! File storage: the bytes of uploaded documents, put, read and deleted by an opaque
//! [`FileKey`]. The database keeps the key with the document's name and type; the store
//! knows nothing else. Keys are random (never derived from what the user called the
//! file), so no name can reach outside the store or collide with another.
//!
//! One implementation ships, [`LocalStore`] (a folder under `PFP_DATA_DIR`); another
//! store (S3, a shared volume…) is one more implementation of [`FileStore`], chosen in
//! `startup`. The trait is blocking, as file systems and most object-store clients
//! are: callers run it on the blocking pool (`web::block`), never inside a database
//! transaction.

mod local;

pub use local::LocalStore;

use std::fmt;

/// The name of stored bytes: 64 lower-case hexadecimal digits (256 random bits).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileKey(String);

/// A key that is not 64 hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a file key")]
pub struct InvalidKey;

impl FileKey {
    /// A new random key.
    pub fn random() -> FileKey {
        FileKey(crate::secrets::token::random_token())
    }

    /// A key read back from the database; anything but 64 hexadecimal digits is refused.
    pub fn parse(s: &str) -> Result<FileKey, InvalidKey> {
        if s.len() == 64
            && s.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            Ok(FileKey(s.to_owned()))
        } else {
            Err(InvalidKey)
        }
    }

    /// The key as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FileKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A store failed.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// Reading or writing failed.
    #[error("storage I/O: {0}")]
    Io(#[from] std::io::Error),
}

/// Where document bytes live.
pub trait FileStore: Send + Sync + 'static {
    /// Stores `bytes` under `key`, all or nothing: a reader never sees part of a file.
    fn put(&self, key: &FileKey, bytes: &[u8]) -> Result<(), StorageError>;
    /// The bytes under `key`, or `None` if there are none.
    fn get(&self, key: &FileKey) -> Result<Option<Vec<u8>>, StorageError>;
    /// Removes the bytes under `key`; removing a missing key is not an error.
    fn delete(&self, key: &FileKey) -> Result<(), StorageError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_random_hex_and_parsed_strictly() {
        let k = FileKey::random();
        assert_eq!(FileKey::parse(k.as_str()), Ok(k.clone()));
        assert_ne!(FileKey::random(), k);
        assert_eq!(FileKey::parse("../etc/passwd"), Err(InvalidKey));
        assert_eq!(FileKey::parse(&"A".repeat(64)), Err(InvalidKey));
        assert_eq!(FileKey::parse("abc"), Err(InvalidKey));
    }
}
