//! Durable state by claim-by-rename. A file moves through folders:
//!
//! ```text
//! inbox/x  --rename-->  inbox/.docflow/work/x  --rename-->  archive/x (or deleted)
//!                                              \--rename-->  failed/x + x.error.json
//! ```
//!
//! A rename within one file system is atomic, so after a crash at any point
//! a file is in exactly one place. Everything in `work/` was in flight and
//! is processed again at start; outputs have names fixed by the input and
//! are written atomically, so redoing a document rewrites the same files
//! instead of adding new ones. The sha256 of every input whose outputs are
//! durable is appended to `processed.log`, and the output folders and the
//! log are synced (once for every batch of inputs: a group commit) before
//! those inputs are archived: a restart between the two archives an input without redoing
//! it, and later copies of the same content are skipped as duplicates.

use std::collections::HashSet;
use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

use anyhow::{Context, Result};

/// The folders one watched inbox uses.
#[derive(Debug, Clone)]
pub struct Folders {
    pub inbox: PathBuf,
    pub work: PathBuf,
    pub archive: Option<PathBuf>,
    pub failed: PathBuf,
    pub journal: PathBuf,
}

impl Folders {
    /// State lives inside the inbox (as `.docflow/`, a hidden name the
    /// watcher ignores) so claiming is a rename on one file system.
    pub fn new(inbox: &Path, archive: Option<PathBuf>, failed: PathBuf) -> Self {
        let state = inbox.join(".docflow");
        Folders {
            inbox: inbox.to_path_buf(),
            work: state.join("work"),
            archive,
            failed,
            journal: state.join("processed.log"),
        }
    }

    pub fn create(&self) -> Result<()> {
        for dir in [&self.inbox, &self.work, &self.failed]
            .into_iter()
            .chain(self.archive.as_ref())
        {
            fs::create_dir_all(dir)
                .with_context(|| format!("cannot create folder {}", dir.display()))?;
        }
        Ok(())
    }

    /// Files left in `work/` by a previous run: they were in flight.
    pub fn in_flight(&self) -> Result<Vec<PathBuf>> {
        let mut files: Vec<PathBuf> = fs::read_dir(&self.work)?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| is_candidate(path))
            .collect();
        files.sort();
        Ok(files)
    }

    /// Claims an inbox file by moving it into `work/`. `None` when it is
    /// gone (claimed elsewhere, deleted).
    pub fn claim(&self, path: &Path) -> Option<PathBuf> {
        let name = path.file_name()?;
        let target = self.work.join(name);
        match fs::rename(path, &target) {
            Ok(()) => Some(target),
            Err(err) => {
                if path.exists() {
                    tracing::warn!("cannot claim {}: {err}", path.display());
                }
                None
            }
        }
    }

    /// Moves a finished input out of `work/`: to the archive, or deletes it.
    pub fn archive(&self, work_path: &Path) -> std::io::Result<()> {
        match &self.archive {
            Some(dir) => fs::rename(work_path, free_name(dir, work_path)),
            None => fs::remove_file(work_path),
        }
    }

    /// Moves a failed input out of `work/` into the failed folder; returns
    /// where it went.
    pub fn fail(&self, work_path: &Path) -> std::io::Result<PathBuf> {
        let target = free_name(&self.failed, work_path);
        fs::rename(work_path, &target)?;
        Ok(target)
    }
}

/// Whether `path` is something the service takes from the inbox: a
/// regular file, or a symbolic link (taken only to be refused, so the user
/// sees why it was not processed). Directories and other kinds stay put.
pub fn is_candidate(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|meta| meta.is_file() || meta.file_type().is_symlink())
}

/// `dir/<name>`, or `dir/<stem> (2).<ext>`… when taken, so an earlier
/// file of the same name is never overwritten.
pub fn free_name(dir: &Path, path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let candidate = dir.join(&name);
    if !candidate.exists() {
        return candidate;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_string(), format!(".{ext}")),
        _ => (name.clone(), String::new()),
    };
    (2..)
        .map(|n| dir.join(format!("{stem} ({n}){ext}")))
        .find(|candidate| !candidate.exists())
        .expect("some free name")
}

/// The sha256 of every input whose outputs are durable.
pub struct Journal {
    file: Mutex<File>,
    done: Mutex<HashSet<String>>,
    /// Contents some worker is processing right now.
    in_progress: Mutex<HashSet<String>>,
    finished: Condvar,
}

/// The hashes recorded in the journal at `path` (none if it does not exist).
pub fn read_entries(path: &Path) -> std::io::Result<HashSet<String>> {
    let mut done = HashSet::new();
    if let Ok(file) = File::open(path) {
        for line in BufReader::new(file).lines() {
            let line = line?;
            // A torn last line from a crash is not a full hash: skip it.
            if line.len() == 64 {
                done.insert(line);
            }
        }
    }
    Ok(done)
}

/// Held while a worker processes one content; see [`Journal::exclusive`].
pub struct ContentGuard<'a> {
    journal: &'a Journal,
    sha256: String,
}

impl Drop for ContentGuard<'_> {
    fn drop(&mut self) {
        self.journal
            .in_progress
            .lock()
            .expect("journal lock")
            .remove(&self.sha256);
        self.journal.finished.notify_all();
    }
}

impl Journal {
    pub fn open(path: &Path) -> Result<Self> {
        let done = read_entries(path)?;
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .with_context(|| format!("cannot open journal {}", path.display()))?;
        Ok(Journal {
            file: Mutex::new(file),
            done: Mutex::new(done),
            in_progress: Mutex::new(HashSet::new()),
            finished: Condvar::new(),
        })
    }

    /// Waits until no other worker is processing the same content, then
    /// marks it as being processed until the guard drops. Two copies of one
    /// file dropped together are thus done once, the second then seen as a
    /// duplicate.
    pub fn exclusive(&self, sha256: &str) -> ContentGuard<'_> {
        let mut in_progress = self.in_progress.lock().expect("journal lock");
        while in_progress.contains(sha256) {
            in_progress = self.finished.wait(in_progress).expect("journal lock");
        }
        in_progress.insert(sha256.to_string());
        ContentGuard {
            journal: self,
            sha256: sha256.to_string(),
        }
    }

    pub fn contains(&self, sha256: &str) -> bool {
        self.done.lock().expect("journal lock").contains(sha256)
    }

    pub fn len(&self) -> usize {
        self.done.lock().expect("journal lock").len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends a processed input's hash. Not yet durable: [`Journal::sync`]
    /// makes every append so far durable at once (group commit), and
    /// nothing may be archived before that.
    pub fn append(&self, sha256: &str) -> std::io::Result<()> {
        let mut file = self.file.lock().expect("journal lock");
        // Start on a fresh line if a crash left a torn one.
        writeln!(file, "\n{sha256}")?;
        self.done
            .lock()
            .expect("journal lock")
            .insert(sha256.to_string());
        Ok(())
    }

    /// Makes every append so far durable.
    pub fn sync(&self) -> std::io::Result<()> {
        // Sync a duplicate handle so appends need not wait for the disk.
        let file = self.file.lock().expect("journal lock").try_clone()?;
        file.sync_data()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_archive_and_fail_move_files_without_overwriting() {
        let dir = tempfile::tempdir().unwrap();
        let inbox = dir.path().join("inbox");
        let folders = Folders::new(
            &inbox,
            Some(dir.path().join("archive")),
            dir.path().join("failed"),
        );
        folders.create().unwrap();
        for round in 0..2 {
            fs::write(inbox.join("a.txt"), format!("round {round}")).unwrap();
            let claimed = folders.claim(&inbox.join("a.txt")).unwrap();
            assert_eq!(folders.in_flight().unwrap(), vec![claimed.clone()]);
            folders.archive(&claimed).unwrap();
        }
        assert_eq!(
            fs::read_to_string(dir.path().join("archive/a.txt")).unwrap(),
            "round 0"
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("archive/a (2).txt")).unwrap(),
            "round 1"
        );
        assert!(
            folders.claim(&inbox.join("a.txt")).is_none(),
            "already gone"
        );

        fs::write(inbox.join("b.txt"), "bad").unwrap();
        let claimed = folders.claim(&inbox.join("b.txt")).unwrap();
        assert_eq!(
            folders.fail(&claimed).unwrap(),
            dir.path().join("failed/b.txt")
        );
        assert!(folders.in_flight().unwrap().is_empty());
    }

    #[test]
    fn journal_survives_reopen_and_ignores_a_torn_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("processed.log");
        let hash = "ab".repeat(32);
        let journal = Journal::open(&path).unwrap();
        journal.append(&hash).unwrap();
        journal.sync().unwrap();
        drop(journal);
        let mut file = OpenOptions::new().append(true).open(&path).unwrap();
        write!(file, "\ncdcdcd").unwrap();
        let journal = Journal::open(&path).unwrap();
        assert!(journal.contains(&hash));
        assert_eq!(journal.len(), 1);
        journal.append(&"ef".repeat(32)).unwrap();
        journal.sync().unwrap();
        assert_eq!(Journal::open(&path).unwrap().len(), 2);
    }
}
