//! The file-system store: `<root>/<first 2 digits>/<next 2>/<key>`, written through a
//! temporary file in the same folder, flushed, then renamed into place (atomic on POSIX
//! file systems), so a crash leaves either the whole file or none.

use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use super::{FileKey, FileStore, StorageError};

/// Files in a folder of the local file system.
#[derive(Debug, Clone)]
pub struct LocalStore {
    root: PathBuf,
}

impl LocalStore {
    /// A store under `root` (created when the first file is written).
    pub fn new(root: impl Into<PathBuf>) -> LocalStore {
        LocalStore { root: root.into() }
    }

    /// The store of an instance: `<data_dir>/files`.
    pub fn under_data_dir(data_dir: &Path) -> LocalStore {
        LocalStore::new(data_dir.join("files"))
    }

    fn path_of(&self, key: &FileKey) -> PathBuf {
        let k = key.as_str();
        self.root.join(&k[..2]).join(&k[2..4]).join(k)
    }
}

impl FileStore for LocalStore {
    fn put(&self, key: &FileKey, bytes: &[u8]) -> Result<(), StorageError> {
        let path = self.path_of(key);
        let dir = path.parent().unwrap_or(&self.root);
        fs::create_dir_all(dir)?;
        let tmp = dir.join(format!(
            ".{}.{}.part",
            key.as_str(),
            crate::secrets::token::random_token()
        ));
        let written = (|| {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
            fs::rename(&tmp, &path)
        })();
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        Ok(written?)
    }

    fn get(&self, key: &FileKey) -> Result<Option<Vec<u8>>, StorageError> {
        match fs::read(self.path_of(key)) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    fn delete(&self, key: &FileKey) -> Result<(), StorageError> {
        match fs::remove_file(self.path_of(key)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_get_delete_round_trip() {
        let dir = std::env::temp_dir().join(format!("pfp-store-{}", FileKey::random()));
        let store = LocalStore::new(&dir);
        let key = FileKey::random();
        assert_eq!(store.get(&key).unwrap(), None);
        store.put(&key, b"first").unwrap();
        store.put(&key, b"second").unwrap();
        assert_eq!(store.get(&key).unwrap().as_deref(), Some(&b"second"[..]));
        // No temporary file is left beside it.
        let folder = store.path_of(&key).parent().unwrap().to_owned();
        assert_eq!(fs::read_dir(&folder).unwrap().count(), 1);
        store.delete(&key).unwrap();
        store.delete(&key).unwrap();
        assert_eq!(store.get(&key).unwrap(), None);
        let _ = fs::remove_dir_all(dir);
    }
}
