//! Collection files: one file that every document adds an entry to (a
//! JSONL corpus, an entities CSV, an HTML index). A plugin sends
//! `+NAME` (its document's entry) and may send `+NAME#head` and
//! `+NAME#tail` (the fixed start and end of the file).
//!
//! The entries live in a small SQLite store beside the outputs
//! (`.docflow/collections.sqlite`), which is the truth; the file on disk is
//! rendered from it. A new document's entry is appended in place; a
//! replaced entry (the same document processed again), a changed head or
//! tail, or a file that does not match the store (after a crash) makes the
//! file stale, and it is rendered again at the next sync.

use std::collections::HashMap;
use std::fs::{self, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};

use super::{Durability, sync_filesystem, write_replacing};

/// What an artifact name asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum ArtifactName<'a> {
    /// A file of this document's own (`.ext` or a plain name).
    Document(&'a str),
    /// A part of the collection file `file`.
    Collection { file: &'a str, part: Part },
}

/// Which part of a collection file an artifact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `+NAME`: this document's entry.
    Entry,
    /// `+NAME#head`: the fixed start.
    Head,
    /// `+NAME#tail`: the fixed end.
    Tail,
}

impl<'a> ArtifactName<'a> {
    pub fn parse(name: &'a str) -> Self {
        let Some(rest) = name.strip_prefix('+') else {
            return ArtifactName::Document(name);
        };
        let (file, part) = if let Some(file) = rest.strip_suffix("#head") {
            (file, Part::Head)
        } else if let Some(file) = rest.strip_suffix("#tail") {
            (file, Part::Tail)
        } else {
            (rest, Part::Entry)
        };
        ArtifactName::Collection { file, part }
    }

    /// The file it names, whatever the part.
    pub fn file(&self) -> &'a str {
        match *self {
            ArtifactName::Document(file) | ArtifactName::Collection { file, .. } => file,
        }
    }
}

/// One document's contribution to one collection file.
#[derive(Debug, Default)]
pub struct Contribution<'a> {
    pub entry: Option<&'a [u8]>,
    pub head: Option<&'a [u8]>,
    pub tail: Option<&'a [u8]>,
}

impl<'a> Contribution<'a> {
    pub fn set(&mut self, part: Part, bytes: &'a [u8]) {
        match part {
            Part::Entry => self.entry = Some(bytes),
            Part::Head => self.head = Some(bytes),
            Part::Tail => self.tail = Some(bytes),
        }
    }
}

struct FileState {
    head: Vec<u8>,
    tail: Vec<u8>,
    /// Total length of the entries, as the store has them.
    entries_len: u64,
    /// The file on disk must be rendered again from the store.
    stale: bool,
}

/// The collection files of one output folder.
pub struct Collections {
    dir: PathBuf,
    store: Connection,
    in_transaction: bool,
    files: HashMap<String, FileState>,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS parts (
    collection TEXT PRIMARY KEY,
    head BLOB NOT NULL,
    tail BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS entries (
    collection TEXT NOT NULL,
    document_id TEXT NOT NULL,
    bytes BLOB NOT NULL,
    PRIMARY KEY (collection, document_id)
);
";

impl Collections {
    /// Opens the store of the output folder `dir` (created on first use).
    pub fn open(dir: &Path) -> rusqlite::Result<Self> {
        let state_dir = dir.join(".docflow");
        fs::create_dir_all(&state_dir)
            .map_err(|err| rusqlite::Error::ToSqlConversionFailure(Box::new(err)))?;
        let store = Connection::open(state_dir.join("collections.sqlite"))?;
        store.pragma_update(None, "journal_mode", "WAL")?;
        store.pragma_update(None, "synchronous", "FULL")?;
        store.execute_batch(SCHEMA)?;
        Ok(Collections {
            dir: dir.to_path_buf(),
            store,
            in_transaction: false,
            files: HashMap::new(),
        })
    }

    /// Records `document_id`'s contribution to the collection file `name`.
    /// Returns the file's path.
    pub fn contribute(
        &mut self,
        name: &str,
        document_id: &str,
        part: &Contribution<'_>,
    ) -> std::io::Result<PathBuf> {
        self.begin().map_err(std::io::Error::other)?;
        self.load(name).map_err(std::io::Error::other)?;
        let path = self.dir.join(name);
        let store = &self.store;
        let state = self.files.get_mut(name).expect("loaded above");
        let changed = |new: Option<&[u8]>, old: &[u8]| new.is_some_and(|new| new != old);
        if changed(part.head, &state.head) || changed(part.tail, &state.tail) {
            if let Some(head) = part.head {
                state.head = head.to_vec();
            }
            if let Some(tail) = part.tail {
                state.tail = tail.to_vec();
            }
            store
                .execute(
                    "INSERT INTO parts (collection, head, tail) VALUES (?1, ?2, ?3)
                     ON CONFLICT (collection) DO UPDATE SET head = ?2, tail = ?3",
                    params![name, state.head, state.tail],
                )
                .map_err(std::io::Error::other)?;
            state.stale = true;
        }
        let Some(entry) = part.entry else {
            return Ok(path);
        };
        let previous: Option<Vec<u8>> = store
            .prepare_cached("SELECT bytes FROM entries WHERE collection = ?1 AND document_id = ?2")
            .and_then(|mut select| select.query_row(params![name, document_id], |row| row.get(0)))
            .optional()
            .map_err(std::io::Error::other)?;
        match previous {
            Some(old) if old == entry => {}
            Some(old) => {
                store
                    .prepare_cached(
                        "UPDATE entries SET bytes = ?3 WHERE collection = ?1 AND document_id = ?2",
                    )
                    .and_then(|mut update| update.execute(params![name, document_id, entry]))
                    .map_err(std::io::Error::other)?;
                state.entries_len = state.entries_len - old.len() as u64 + entry.len() as u64;
                state.stale = true;
            }
            None => {
                store
                    .prepare_cached(
                        "INSERT INTO entries (collection, document_id, bytes) VALUES (?1, ?2, ?3)",
                    )
                    .and_then(|mut insert| insert.execute(params![name, document_id, entry]))
                    .map_err(std::io::Error::other)?;
                if !state.stale {
                    append_in_place(&path, state, entry)?;
                }
                state.entries_len += entry.len() as u64;
            }
        }
        Ok(path)
    }

    /// Renders the files that went stale since the last sync; the caller
    /// then flushes the filesystem and calls [`Collections::commit`].
    pub fn render_stale(&mut self) -> std::io::Result<()> {
        for (name, state) in &mut self.files {
            if state.stale {
                let bytes = render(&self.store, name, state).map_err(std::io::Error::other)?;
                write_replacing(&self.dir.join(name), &bytes, Durability::AtNextSync)?;
                state.stale = false;
            }
        }
        Ok(())
    }

    /// Commits the store, once the files it describes are on disk.
    pub fn commit(&mut self) -> std::io::Result<()> {
        if self.in_transaction {
            self.store
                .execute_batch("COMMIT")
                .map_err(std::io::Error::other)?;
            self.in_transaction = false;
        }
        Ok(())
    }

    /// Renders, flushes and commits: everything contributed so far is
    /// durable.
    pub fn sync(&mut self) -> std::io::Result<()> {
        self.render_stale()?;
        sync_filesystem(&self.dir)?;
        self.commit()
    }

    fn begin(&mut self) -> rusqlite::Result<()> {
        if !self.in_transaction {
            self.store.execute_batch("BEGIN")?;
            self.in_transaction = true;
        }
        Ok(())
    }

    /// Reads a collection's state from the store and checks the file
    /// against it.
    fn load(&mut self, name: &str) -> rusqlite::Result<()> {
        if self.files.contains_key(name) {
            return Ok(());
        }
        let (head, tail): (Vec<u8>, Vec<u8>) = self
            .store
            .query_row(
                "SELECT head, tail FROM parts WHERE collection = ?1",
                [name],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?
            .unwrap_or_default();
        let entries_len: i64 = self.store.query_row(
            "SELECT COALESCE(SUM(LENGTH(bytes)), 0) FROM entries WHERE collection = ?1",
            [name],
            |row| row.get(0),
        )?;
        let entries_len = entries_len as u64;
        let expected = head.len() as u64 + entries_len + tail.len() as u64;
        let on_disk = fs::metadata(self.dir.join(name)).map(|m| m.len()).ok();
        let stale = on_disk != Some(expected);
        self.files.insert(
            name.to_string(),
            FileState {
                head,
                tail,
                entries_len,
                stale,
            },
        );
        Ok(())
    }
}

impl Drop for Collections {
    fn drop(&mut self) {
        if let Err(err) = self.sync() {
            tracing::error!(
                "cannot finish the collection files in {}: {err}",
                self.dir.display()
            );
        }
    }
}

/// Writes `entry` where the tail starts and the tail after it.
fn append_in_place(path: &Path, state: &FileState, entry: &[u8]) -> std::io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)?;
    let entries_end = state.head.len() as u64 + state.entries_len;
    if entries_end == 0 {
        file.set_len(0)?;
    }
    file.seek(SeekFrom::Start(entries_end))?;
    file.write_all(entry)?;
    file.write_all(&state.tail)?;
    let end = entries_end + entry.len() as u64 + state.tail.len() as u64;
    file.set_len(end)?;
    Ok(())
}

fn render(store: &Connection, name: &str, state: &FileState) -> rusqlite::Result<Vec<u8>> {
    let mut bytes =
        Vec::with_capacity(state.head.len() + state.entries_len as usize + state.tail.len());
    bytes.extend_from_slice(&state.head);
    let mut entries =
        store.prepare("SELECT bytes FROM entries WHERE collection = ?1 ORDER BY rowid")?;
    let mut rows = entries.query([name])?;
    while let Some(row) = rows.next()? {
        bytes.extend_from_slice(row.get_ref(0)?.as_blob()?);
    }
    bytes.extend_from_slice(&state.tail);
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(bytes: &[u8]) -> Contribution<'_> {
        Contribution {
            entry: Some(bytes),
            head: Some(b"<h>"),
            tail: Some(b"</h>"),
        }
    }

    #[test]
    fn names_say_what_they_are() {
        let collection = |file, part| ArtifactName::Collection { file, part };
        assert_eq!(
            ArtifactName::parse(".json"),
            ArtifactName::Document(".json")
        );
        assert_eq!(
            ArtifactName::parse("+a.csv"),
            collection("a.csv", Part::Entry)
        );
        assert_eq!(
            ArtifactName::parse("+a.csv#head"),
            collection("a.csv", Part::Head)
        );
        assert_eq!(
            ArtifactName::parse("+a.csv#tail"),
            collection("a.csv", Part::Tail)
        );
        assert_eq!(ArtifactName::parse("+a.csv#tail").file(), "a.csv");
    }

    #[test]
    fn entries_append_replace_and_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("index.html");
        let mut collections = Collections::open(dir.path()).unwrap();
        collections
            .contribute("index.html", "a", &entry(b"A"))
            .unwrap();
        collections
            .contribute("index.html", "b", &entry(b"B"))
            .unwrap();
        // The first write renders; later ones append before the tail.
        collections.sync().unwrap();
        collections
            .contribute("index.html", "c", &entry(b"C"))
            .unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"<h>ABC</h>");
        // The same document again replaces its entry, at its first place.
        collections
            .contribute("index.html", "a", &entry(b"a2"))
            .unwrap();
        collections.sync().unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"<h>a2BC</h>");
        drop(collections);

        // A crash that left the file out of step with the store is repaired.
        fs::write(&file, b"<h>a2BC</h>garbage").unwrap();
        let mut collections = Collections::open(dir.path()).unwrap();
        collections
            .contribute("index.html", "d", &entry(b"D"))
            .unwrap();
        collections.sync().unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"<h>a2BCD</h>");
    }

    #[test]
    fn a_new_tail_rewrites_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut collections = Collections::open(dir.path()).unwrap();
        collections.contribute("x", "a", &entry(b"A")).unwrap();
        let new_tail = Contribution {
            entry: Some(b"B"),
            head: None,
            tail: Some(b"!"),
        };
        collections.contribute("x", "b", &new_tail).unwrap();
        collections.sync().unwrap();
        assert_eq!(fs::read(dir.path().join("x")).unwrap(), b"<h>AB!");
    }
}
