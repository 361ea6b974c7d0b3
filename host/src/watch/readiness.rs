//! Deciding when a file in the inbox is complete. A close-after-write or a
//! rename into the folder means "ready now". A file seen being created or
//! written is waited on until its close event, so a writer that pauses is
//! never cut short; should the close never come, it counts as complete after
//! [`UNCLOSED_QUIET`] without change. A file found by a rescan with no
//! event (network file systems, copies made before the watcher started)
//! must keep the same size and mtime for the settle interval. Time is passed
//! in, so tests drive a mock clock.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use notify::EventKind;
use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};

/// What an event says about a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// Written and closed, or renamed in: complete.
    Complete,
    /// Changed; complete only once it stops changing.
    Changing,
    /// Gone (or renamed away).
    Gone,
    Ignore,
}

/// Classifies a notify event for its last path (the destination of a rename).
pub fn classify(kind: &EventKind) -> Signal {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => Signal::Complete,
        EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both)) => Signal::Complete,
        EventKind::Modify(ModifyKind::Name(RenameMode::From)) | EventKind::Remove(_) => {
            Signal::Gone
        }
        EventKind::Create(_) | EventKind::Modify(_) => Signal::Changing,
        _ => Signal::Ignore,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Snapshot {
    size: u64,
    modified: SystemTime,
}

/// How long a file with a create/write event but no close event must stay
/// unchanged before it is taken anyway.
pub const UNCLOSED_QUIET: Duration = Duration::from_secs(30);

#[derive(Debug)]
struct Pending {
    snapshot: Option<Snapshot>,
    stable_since: Instant,
    quiet: Duration,
}

/// Files seen changing, waiting to settle.
#[derive(Debug)]
pub struct Readiness {
    settle: Duration,
    pending: HashMap<PathBuf, Pending>,
}

impl Readiness {
    pub fn new(settle: Duration) -> Self {
        Readiness {
            settle,
            pending: HashMap::new(),
        }
    }

    /// Notes that an event showed `path` being written at `now`: it waits
    /// for its close event.
    pub fn writing(&mut self, path: &Path, now: Instant) {
        self.insert(path, now, UNCLOSED_QUIET.max(self.settle));
    }

    /// Notes that a rescan found `path` with no event: it waits for the
    /// settle interval without change. A file already waiting keeps its
    /// longer wait.
    pub fn found(&mut self, path: &Path, now: Instant) {
        if !self.pending.contains_key(path) {
            self.insert(path, now, self.settle);
        }
    }

    fn insert(&mut self, path: &Path, now: Instant, quiet: Duration) {
        self.pending.insert(
            path.to_path_buf(),
            Pending {
                snapshot: None,
                stable_since: now,
                quiet,
            },
        );
    }

    /// Whether `path` is already waiting.
    pub fn is_pending(&self, path: &Path) -> bool {
        self.pending.contains_key(path)
    }

    pub fn forget(&mut self, path: &Path) {
        self.pending.remove(path);
    }

    /// Paths whose size and mtime have not changed for the settle interval.
    /// `stat` returns `None` for a path that is gone (it is dropped).
    pub fn settled(
        &mut self,
        now: Instant,
        stat: impl Fn(&Path) -> Option<(u64, SystemTime)>,
    ) -> Vec<PathBuf> {
        let mut ready = Vec::new();
        self.pending.retain(|path, pending| {
            let Some((size, modified)) = stat(path) else {
                return false;
            };
            let snapshot = Snapshot { size, modified };
            if pending.snapshot != Some(snapshot) {
                pending.snapshot = Some(snapshot);
                pending.stable_since = now;
                return true;
            }
            if now.duration_since(pending.stable_since) >= pending.quiet {
                ready.push(path.clone());
                return false;
            }
            true
        });
        ready.sort();
        ready
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    struct FakeFiles(RefCell<HashMap<PathBuf, (u64, SystemTime)>>);

    impl FakeFiles {
        fn write(&self, path: &str, size: u64, at_secs: u64) {
            self.0.borrow_mut().insert(
                PathBuf::from(path),
                (size, SystemTime::UNIX_EPOCH + Duration::from_secs(at_secs)),
            );
        }

        fn stat(&self, path: &Path) -> Option<(u64, SystemTime)> {
            self.0.borrow().get(path).copied()
        }
    }

    #[test]
    fn close_and_rename_in_are_complete_creates_and_writes_are_not() {
        use notify::event::{CreateKind, DataChange, RemoveKind};
        assert_eq!(
            classify(&EventKind::Access(AccessKind::Close(AccessMode::Write))),
            Signal::Complete
        );
        assert_eq!(
            classify(&EventKind::Modify(ModifyKind::Name(RenameMode::To))),
            Signal::Complete
        );
        assert_eq!(
            classify(&EventKind::Create(CreateKind::File)),
            Signal::Changing
        );
        assert_eq!(
            classify(&EventKind::Modify(ModifyKind::Data(DataChange::Any))),
            Signal::Changing
        );
        assert_eq!(classify(&EventKind::Remove(RemoveKind::File)), Signal::Gone);
        assert_eq!(
            classify(&EventKind::Access(AccessKind::Open(AccessMode::Read))),
            Signal::Ignore
        );
    }

    #[test]
    fn a_file_growing_in_pauses_is_ready_only_after_it_stops_for_the_settle_interval() {
        let files = FakeFiles(RefCell::new(HashMap::new()));
        let mut readiness = Readiness::new(Duration::from_secs(2));
        let t0 = Instant::now();
        let at = |secs: f64| t0 + Duration::from_secs_f64(secs);

        files.write("in/a.txt", 100, 1);
        readiness.found(Path::new("in/a.txt"), at(0.0));
        assert!(readiness.settled(at(0.0), |p| files.stat(p)).is_empty());
        assert!(readiness.settled(at(1.5), |p| files.stat(p)).is_empty());
        files.write("in/a.txt", 200, 2); // second part, 1.9 s after the first
        assert!(readiness.settled(at(1.9), |p| files.stat(p)).is_empty());
        assert!(
            readiness.settled(at(3.8), |p| files.stat(p)).is_empty(),
            "only 1.9 s since the last change"
        );
        assert_eq!(
            readiness.settled(at(3.9), |p| files.stat(p)),
            vec![PathBuf::from("in/a.txt")]
        );
        assert!(
            !readiness.is_pending(Path::new("in/a.txt")),
            "handed out once"
        );
        assert!(readiness.settled(at(9.0), |p| files.stat(p)).is_empty());
    }

    #[test]
    fn a_file_seen_being_written_waits_for_its_close_not_for_the_settle_interval() {
        let files = FakeFiles(RefCell::new(HashMap::new()));
        let mut readiness = Readiness::new(Duration::from_millis(300));
        let t0 = Instant::now();
        files.write("in/slow.txt", 10, 1);
        readiness.writing(Path::new("in/slow.txt"), t0);
        readiness.found(Path::new("in/slow.txt"), t0); // a rescan must not shorten the wait
        assert!(readiness.settled(t0, |p| files.stat(p)).is_empty());
        assert!(
            readiness
                .settled(t0 + Duration::from_secs(5), |p| files.stat(p))
                .is_empty()
        );
        assert_eq!(
            readiness.settled(t0 + UNCLOSED_QUIET, |p| files.stat(p)),
            vec![PathBuf::from("in/slow.txt")],
            "taken anyway when the close never comes"
        );
    }

    #[test]
    fn a_file_that_disappears_is_dropped() {
        let files = FakeFiles(RefCell::new(HashMap::new()));
        let mut readiness = Readiness::new(Duration::from_millis(10));
        readiness.found(Path::new("in/gone.txt"), Instant::now());
        assert!(
            readiness
                .settled(Instant::now(), |p| files.stat(p))
                .is_empty()
        );
        assert!(!readiness.is_pending(Path::new("in/gone.txt")));
    }
}
