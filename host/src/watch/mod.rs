//! `docflow watch`: a service that processes every file dropped into the
//! inbox exactly once. See [`state`] for how that survives crashes and
//! [`readiness`] for how complete files are told from files being written.

pub mod readiness;
pub mod state;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use anyhow::{Context, Result};
use notify::{RecursiveMode, Watcher};
use sha2::{Digest, Sha256};

use crate::commands::run::is_ignored_name;
use crate::outputs::{self, Outputs};
use crate::pipeline::{self, Pipeline};
use crate::process::{self, Chain, Failure};
use crate::runtime::{PluginSource, Runtime};
use readiness::{Readiness, Signal};
use state::{Folders, Journal};

/// How the service was asked to run.
#[derive(Debug, Clone)]
pub struct WatchOptions {
    pub pipeline: PathBuf,
    pub inbox: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub jobs: usize,
}

/// How often the inbox is listed again, for files no event announced:
/// after a quiet second, and at least every ten seconds (or at once when
/// the watcher reports lost events).
const RESCAN_WHEN_QUIET: Duration = Duration::from_secs(1);
const RESCAN_AT_LEAST: Duration = Duration::from_secs(10);
/// How long the committer gathers finished inputs into one journal sync.
const COMMIT_WINDOW: Duration = Duration::from_millis(50);
const COMMIT_MAX_BATCH: usize = 1024;
/// How often the pipeline and plugin files are checked for changes.
const RELOAD_CHECK_EVERY: Duration = Duration::from_secs(1);
const SUMMARY_EVERY: Duration = Duration::from_secs(30);

#[derive(Default)]
struct Counters {
    processed: AtomicU64,
    failed: AtomicU64,
    duplicates: AtomicU64,
}

/// The pipeline in use and the outputs it writes to; replaced as a whole
/// when the pipeline file changes.
struct Active {
    pipeline: Arc<Pipeline>,
    outputs: Arc<Outputs>,
}

struct Shared {
    active: RwLock<Active>,
    generation: AtomicU64,
    folders: Folders,
    journal: Journal,
    counters: Counters,
    /// Why the service must stop: a stage whose policy is `stop` failed.
    halt: std::sync::Mutex<Option<String>>,
}

/// Runs until `stop` is set (SIGINT/SIGTERM), then finishes the documents
/// already claimed and returns.
pub fn serve(options: &WatchOptions, runtime: &Runtime, stop: Arc<AtomicBool>) -> Result<()> {
    let pipeline = load(options, runtime).map_err(|err| anyhow::anyhow!("{err}"))?;
    let settle = pipeline.layout.watch.settle;
    fs::create_dir_all(&pipeline.layout.input)
        .with_context(|| format!("cannot create inbox {}", pipeline.layout.input.display()))?;
    // Events name absolute paths; compare them with an absolute inbox.
    let inbox = fs::canonicalize(&pipeline.layout.input)?;
    let folders = Folders::new(
        &inbox,
        pipeline.layout.watch.archive.clone(),
        pipeline.layout.failed.clone(),
    );
    folders.create()?;
    let outputs = Outputs::open(&pipeline.layout.outputs, &pipeline.layout.name)?;
    for dir in outputs.folders() {
        remove_stale_temp_files(dir);
    }
    remove_stale_temp_files(&pipeline.layout.failed);
    let journal = Journal::open(&folders.journal)?;
    let shared = Arc::new(Shared {
        active: RwLock::new(Active {
            pipeline: Arc::new(pipeline),
            outputs: Arc::new(outputs),
        }),
        generation: AtomicU64::new(0),
        folders,
        journal,
        counters: Counters::default(),
        halt: std::sync::Mutex::new(None),
    });

    let (event_tx, event_rx) = crossbeam_channel::unbounded();
    let mut watcher = notify::recommended_watcher(move |event| {
        let _ = event_tx.send(event);
    })
    .context("cannot start the file watcher")?;
    watcher
        .watch(&inbox, RecursiveMode::NonRecursive)
        .with_context(|| format!("cannot watch {}", inbox.display()))?;

    // Claimed files wait here; a full queue stops claiming (backpressure).
    let (work_tx, work_rx) = crossbeam_channel::bounded::<PathBuf>(options.jobs * 2);
    let (finished_tx, finished_rx) = crossbeam_channel::unbounded::<Finished>();
    let workers: Vec<_> = (0..options.jobs)
        .map(|i| {
            let shared = shared.clone();
            let work_rx = work_rx.clone();
            let finished_tx = finished_tx.clone();
            thread::Builder::new()
                .name(format!("docflow-worker-{i}"))
                .spawn(move || worker(&shared, work_rx, finished_tx))
                .expect("spawn worker")
        })
        .collect();
    drop(finished_tx);
    let committer = {
        let shared = shared.clone();
        thread::Builder::new()
            .name("docflow-commit".into())
            .spawn(move || committer(&shared, finished_rx))
            .expect("spawn committer")
    };

    let recovered = shared.folders.in_flight()?;
    if !recovered.is_empty() {
        tracing::info!(
            "resuming {} documents left in flight by the previous run",
            recovered.len()
        );
    }
    for path in recovered {
        work_tx.send(path).expect("workers alive");
    }
    tracing::info!(inbox = %inbox.display(), workers = options.jobs, "watching");

    let mut readiness = Readiness::new(settle);
    let mut ready: Vec<PathBuf> = Vec::new();
    rescan(&inbox, settle, &mut readiness, &mut ready);
    let mut last_rescan = Instant::now();
    let mut last_event = Instant::now();
    let mut rescan_requested = false;
    let mut reload = ReloadWatch::new(&shared.active.read().expect("lock").pipeline);
    let mut last_reload_check = Instant::now();
    let mut summary = Summary::new();

    while !stop.load(Ordering::Relaxed) && shared.halt.lock().expect("lock").is_none() {
        if let Ok(event) = event_rx.recv_timeout(Duration::from_millis(20)) {
            last_event = Instant::now();
            for event in std::iter::once(event).chain(event_rx.try_iter()) {
                let Ok(event) = event else {
                    rescan_requested = true;
                    continue;
                };
                if event.need_rescan() {
                    rescan_requested = true;
                }
                let Some(path) = event.paths.last() else {
                    continue;
                };
                if !in_inbox(&inbox, path) {
                    continue;
                }
                match readiness::classify(&event.kind) {
                    Signal::Complete => {
                        readiness.forget(path);
                        ready.push(path.clone());
                    }
                    // A link is made whole in one step; nothing will close it.
                    Signal::Changing
                        if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) =>
                    {
                        ready.push(path.clone());
                    }
                    Signal::Changing => readiness.writing(path, Instant::now()),
                    Signal::Gone => readiness.forget(path),
                    Signal::Ignore => {}
                }
            }
        }
        let now = Instant::now();
        ready.extend(readiness.settled(now, stat));
        let since_rescan = now.duration_since(last_rescan);
        let quiet = now.duration_since(last_event) >= RESCAN_WHEN_QUIET;
        if rescan_requested
            || since_rescan >= RESCAN_AT_LEAST
            || (quiet && since_rescan >= RESCAN_WHEN_QUIET)
        {
            rescan(&inbox, settle, &mut readiness, &mut ready);
            last_rescan = now;
            rescan_requested = false;
        }
        ready.sort();
        ready.dedup();
        for path in ready.drain(..) {
            if !state::is_candidate(&path) {
                continue;
            }
            if let Some(claimed) = shared.folders.claim(&path) {
                // Blocks while the workers are busy: that is the backpressure.
                if work_tx.send(claimed).is_err() {
                    break;
                }
            }
        }
        if now.duration_since(last_reload_check) >= RELOAD_CHECK_EVERY {
            reload.check(options, runtime, &shared);
            last_reload_check = now;
        }
        summary.maybe_log(&shared, work_tx.len());
    }

    tracing::info!("stopping: finishing the documents already claimed");
    drop(work_tx);
    for worker in workers {
        let _ = worker.join();
    }
    // The workers' senders are gone: the committer settles the last batch.
    let _ = committer.join();
    summary.log(&shared, 0);
    match shared.halt.lock().expect("lock").take() {
        Some(why) => Err(anyhow::anyhow!("stopped: {why}")),
        None => Ok(()),
    }
}

fn load(options: &WatchOptions, runtime: &Runtime) -> Result<Pipeline, pipeline::PipelineError> {
    let mut pipeline = pipeline::load(&options.pipeline, runtime)?;
    pipeline
        .layout
        .redirect(options.inbox.as_deref(), options.out.as_deref());
    Ok(pipeline)
}

/// Temporary files of atomic writes that a crash interrupted. They were
/// never renamed into place, so no reader ever saw them as outputs.
fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(outputs::TEMP_PREFIX) && name.ends_with(outputs::TEMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn in_inbox(inbox: &Path, path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.parent() == Some(inbox) && !is_ignored_name(&name)
}

fn stat(path: &Path) -> Option<(u64, SystemTime)> {
    let meta = fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// Lists the inbox: files not written to for the settle interval are ready,
/// younger ones wait to settle.
fn rescan(inbox: &Path, settle: Duration, readiness: &mut Readiness, ready: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(inbox) else {
        return;
    };
    let now = Instant::now();
    for entry in entries.flatten() {
        let path = entry.path();
        if !in_inbox(inbox, &path) || readiness.is_pending(&path) || !state::is_candidate(&path) {
            continue;
        }
        let age = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| SystemTime::now().duration_since(modified).ok());
        match age {
            Some(age) if age >= settle => ready.push(path),
            _ => readiness.found(&path, now),
        }
    }
}

/// An input whose outputs are written and whose hash is in the journal,
/// waiting for the outputs it went to to be synced.
struct Finished {
    work_path: PathBuf,
    outputs: Arc<Outputs>,
}

fn worker(
    shared: &Shared,
    work: crossbeam_channel::Receiver<PathBuf>,
    finished: crossbeam_channel::Sender<Finished>,
) {
    let current = || {
        let active = shared.active.read().expect("lock");
        (active.pipeline.clone(), active.outputs.clone())
    };
    let mut generation = shared.generation.load(Ordering::Acquire);
    let (mut pipeline, mut outputs) = current();
    let mut chain = Chain::new(&pipeline);
    for work_path in work {
        let now = shared.generation.load(Ordering::Acquire);
        if now != generation {
            generation = now;
            (pipeline, outputs) = current();
            chain = Chain::new(&pipeline);
        }
        if handle(shared, &pipeline, &outputs, &mut chain, &work_path) {
            let _ = finished.send(Finished {
                work_path,
                outputs: outputs.clone(),
            });
        }
    }
}

/// Processes one claimed file and moves it on; never panics on bad input.
/// Returns true when the input awaits the committer (its outputs written,
/// its hash appended to the journal).
fn handle(
    shared: &Shared,
    pipeline: &Pipeline,
    outputs: &Outputs,
    chain: &mut Chain,
    work_path: &Path,
) -> bool {
    let started = Instant::now();
    let name = work_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let outcome = process_claimed(shared, pipeline, outputs, chain, work_path, &name);
    let ms = format!("{:.1}", started.elapsed().as_secs_f64() * 1000.0);
    match outcome {
        Ok(Outcome::Done) => {
            shared.counters.processed.fetch_add(1, Ordering::Relaxed);
            tracing::info!(file = %name, outcome = "ok", %ms, "processed");
            true
        }
        Ok(Outcome::Duplicate) => {
            shared.counters.duplicates.fetch_add(1, Ordering::Relaxed);
            tracing::info!(file = %name, outcome = "duplicate", %ms, "same content as an input already processed; archived");
            false
        }
        Err(failure) => {
            shared.counters.failed.fetch_add(1, Ordering::Relaxed);
            let folders = &shared.folders;
            let target = state::free_name(&folders.failed, work_path);
            let target_name = target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let report = outputs::write_report(
                &folders.failed,
                &target_name,
                &failure,
                &pipeline.layout.name,
            );
            let moved = fs::rename(work_path, &target);
            tracing::warn!(file = %name, outcome = "failed", %ms, "{failure}");
            if failure.stop {
                shared.halt.lock().expect("lock").get_or_insert_with(|| {
                    format!(
                        "stage `{}` failed on {name} and its on_violation is \"stop\"",
                        failure.stage
                    )
                });
            }
            if let Err(err) = report.and(moved) {
                tracing::error!(
                    "cannot move {} to {}: {err}",
                    work_path.display(),
                    folders.failed.display()
                );
            }
            false
        }
    }
}

enum Outcome {
    Done,
    Duplicate,
}

fn process_claimed(
    shared: &Shared,
    pipeline: &Pipeline,
    outputs: &Outputs,
    chain: &mut Chain,
    work_path: &Path,
    name: &str,
) -> Result<Outcome, Failure> {
    let io =
        |what: &str, err: std::io::Error| Failure::host("output", "io", format!("{what}: {err}"));
    // A link could point anywhere on the machine: never read through it.
    if let Ok(target) = fs::read_link(work_path) {
        return Err(Failure::host(
            "read",
            "symlink",
            format!(
                "symbolic links are not followed (this one points to {})",
                target.display()
            ),
        ));
    }
    let len = fs::metadata(work_path).map(|m| m.len()).unwrap_or(0);
    process::check_input_size(len, pipeline.layout.max_input_bytes)?;
    let bytes = fs::read(work_path)
        .map_err(|err| Failure::host("read", "io", format!("cannot read the file: {err}")))?;
    let sha256 = hex::encode(Sha256::digest(&bytes));
    let _only_worker_on_this_content = shared.journal.exclusive(&sha256);
    if shared.journal.contains(&sha256) && pipeline.layout.watch.skip_duplicates {
        shared
            .folders
            .archive(work_path)
            .map_err(|err| io("cannot archive", err))?;
        return Ok(Outcome::Duplicate);
    }
    let processed = chain.process_with_id(name, &bytes, sha256.clone())?;
    outputs
        .store(&processed)
        .map_err(|err| io("cannot write output", err))?;
    crash_point("after-outputs");
    // Outputs are durable; the committer archives the input once this
    // append is synced (see `state`).
    shared
        .journal
        .append(&sha256)
        .map_err(|err| io("cannot write the journal", err))?;
    Ok(Outcome::Done)
}

/// Group commit: syncs the journal once for every batch of finished
/// inputs (those finished within a few milliseconds of each other), then
/// archives them. Outputs are already in place, so this delays only the
/// move to the archive.
fn committer(shared: &Shared, finished: crossbeam_channel::Receiver<Finished>) {
    while let Ok(first) = finished.recv() {
        let mut batch = vec![first];
        let deadline = Instant::now() + COMMIT_WINDOW;
        while batch.len() < COMMIT_MAX_BATCH {
            match finished.recv_deadline(deadline) {
                Ok(done) => batch.push(done),
                Err(_) => break,
            }
        }
        // What the outputs hold must be on disk before the journal says so,
        // or a power cut could archive an input whose output vanished. One
        // sync per output covers the whole batch (a pipeline reload can
        // leave a batch spread over two sets of outputs).
        let mut to_sync: Vec<&Arc<Outputs>> = Vec::new();
        for done in &batch {
            if !to_sync.iter().any(|o| Arc::ptr_eq(o, &done.outputs)) {
                to_sync.push(&done.outputs);
            }
        }
        if let Err(err) = to_sync.iter().try_for_each(|outputs| outputs.sync()) {
            tracing::error!("cannot sync the outputs: {err}");
            continue;
        }
        if let Err(err) = shared.journal.sync() {
            // The inputs stay in work/ and are settled by the next start.
            tracing::error!(
                "cannot sync the journal {}: {err}",
                shared.folders.journal.display()
            );
            continue;
        }
        crash_point("after-journal");
        for done in batch {
            if let Err(err) = shared.folders.archive(&done.work_path) {
                tracing::error!("cannot archive {}: {err}", done.work_path.display());
            }
        }
    }
}

/// Kills the process at a named point when `DOCFLOW_TEST_CRASH_AT` names
/// it: the crash-recovery tests use it to stop exactly between two steps.
fn crash_point(point: &str) {
    static CRASH_AT: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    if CRASH_AT
        .get_or_init(|| std::env::var("DOCFLOW_TEST_CRASH_AT").ok())
        .as_deref()
        == Some(point)
    {
        eprintln!("DOCFLOW_TEST_CRASH_AT={point}: aborting");
        std::process::abort();
    }
}

/// Notices changed pipeline and plugin files and switches to the new
/// pipeline between documents, or keeps the old one if the new is invalid.
struct ReloadWatch {
    seen: Vec<(PathBuf, Option<SystemTime>)>,
}

impl ReloadWatch {
    fn new(pipeline: &Pipeline) -> Self {
        ReloadWatch {
            seen: watched_files(pipeline)
                .into_iter()
                .map(|p| (p.clone(), mtime(&p)))
                .collect(),
        }
    }

    fn check(&mut self, options: &WatchOptions, runtime: &Runtime, shared: &Shared) {
        if self.seen.iter().all(|(path, seen)| mtime(path) == *seen) {
            return;
        }
        for (path, seen) in &mut self.seen {
            *seen = mtime(path);
        }
        match load(options, runtime) {
            Ok(new) => {
                let mut active = shared.active.write().expect("lock");
                let outputs = if new.layout.outputs == active.pipeline.layout.outputs {
                    active.outputs.clone()
                } else {
                    match Outputs::open(&new.layout.outputs, &new.layout.name) {
                        Ok(outputs) => Arc::new(outputs),
                        Err(err) => {
                            tracing::error!(
                                "pipeline changed but its outputs cannot be opened; still running the previous one: {err:#}"
                            );
                            return;
                        }
                    }
                };
                tracing::info!(pipeline = %options.pipeline.display(), "pipeline changed: switched to the new version");
                self.seen = watched_files(&new)
                    .into_iter()
                    .map(|p| (p.clone(), mtime(&p)))
                    .collect();
                *active = Active {
                    pipeline: Arc::new(new),
                    outputs,
                };
                shared.generation.fetch_add(1, Ordering::AcqRel);
            }
            Err(err) => {
                tracing::error!(
                    "pipeline changed but the new version is invalid; still running the previous one:\n{err}"
                );
            }
        }
    }
}

fn watched_files(pipeline: &Pipeline) -> Vec<PathBuf> {
    let mut files = vec![pipeline.path.clone()];
    for stage in &pipeline.stages {
        if let PluginSource::File(path) = &stage.plugin.source {
            files.push(path.clone());
        }
    }
    files
}

fn mtime(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

struct Summary {
    last: Instant,
    last_total: u64,
}

impl Summary {
    fn new() -> Self {
        Summary {
            last: Instant::now(),
            last_total: 0,
        }
    }

    fn maybe_log(&mut self, shared: &Shared, queued: usize) {
        if self.last.elapsed() >= SUMMARY_EVERY {
            self.log(shared, queued);
        }
    }

    fn log(&mut self, shared: &Shared, queued: usize) {
        let c = &shared.counters;
        let (processed, failed, duplicates) = (
            c.processed.load(Ordering::Relaxed),
            c.failed.load(Ordering::Relaxed),
            c.duplicates.load(Ordering::Relaxed),
        );
        let total = processed + failed + duplicates;
        let rate = (total - self.last_total) as f64 / self.last.elapsed().as_secs_f64().max(1e-9);
        tracing::info!(
            processed,
            failed,
            duplicates,
            queued,
            docs_per_s = format!("{rate:.1}"),
            "summary"
        );
        self.last = Instant::now();
        self.last_total = total;
    }
}
