//! `docflow run`: process files once with a pool of workers.

use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};

use super::Status;
use crate::cli::RunArgs;
use crate::outputs::{self, Outputs};
use crate::pipeline::{self, Pipeline};
use crate::process::{Chain, Failure, Processed, check_input_size};
use crate::runtime::{ComponentCache, Runtime};

pub fn run(args: &RunArgs) -> Result<Status> {
    let runtime = Runtime::with_fuel(
        ComponentCache::from_env(),
        pipeline::needs_fuel(&args.pipeline),
    )?;
    let mut pipeline = match pipeline::load(&args.pipeline, &runtime) {
        Ok(pipeline) => pipeline,
        Err(err) => {
            eprintln!("{err}");
            return Ok(Status::Usage);
        }
    };
    pipeline.layout.redirect(None, args.out.as_deref());
    let roots = if args.inputs.is_empty() {
        // The pipeline's own folder is created on first use, like `watch` does.
        fs::create_dir_all(&pipeline.layout.input).with_context(|| {
            format!(
                "cannot create input folder {}",
                pipeline.layout.input.display()
            )
        })?;
        vec![pipeline.layout.input.clone()]
    } else {
        args.inputs.clone()
    };
    let inputs = match Inputs::list(&roots) {
        Ok(inputs) => inputs,
        Err(err) => {
            eprintln!("error: {err:#}");
            return Ok(Status::Usage);
        }
    };
    let total = inputs.len();
    if total == 0 {
        eprintln!(
            "no input files in {}",
            roots
                .iter()
                .map(|r| r.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        return Ok(Status::Success);
    }
    let outputs = Outputs::open(&pipeline.layout.outputs, &pipeline.layout.name)?;
    let jobs = args
        .jobs
        .unwrap_or_else(|| thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, total);
    let summary = process_all(&pipeline, &outputs, &inputs, total, jobs);
    summary.report(&pipeline);
    Ok(if summary.failures.is_empty() {
        Status::Success
    } else {
        Status::SomeFailed
    })
}

/// What a run reads: files named directly, and the visible files directly
/// inside folders named, each folder in name order. A folder's names are
/// kept packed in one buffer (a few bytes more than the names per file), so
/// a listing of 100,000 files costs about 2 MB, not a path each.
struct Inputs {
    groups: Vec<InputGroup>,
}

enum InputGroup {
    File(PathBuf),
    Folder {
        dir: PathBuf,
        /// The names, sorted and concatenated; `ends[i]` is where name `i` ends.
        names: Vec<u8>,
        ends: Vec<u32>,
    },
}

impl Inputs {
    /// Lists the roots; refuses roots that are missing, unreadable or
    /// neither a regular file nor a folder.
    fn list(roots: &[PathBuf]) -> Result<Self> {
        let mut groups = Vec::new();
        for root in roots {
            let meta = fs::metadata(root)
                .with_context(|| format!("input {} cannot be read", root.display()))?;
            if meta.is_dir() {
                groups.push(list_folder(root)?);
            } else if meta.is_file() {
                groups.push(InputGroup::File(root.clone()));
            } else {
                // Reading a FIFO or a device could block forever or never end.
                anyhow::bail!("input {} is not a regular file or a folder", root.display());
            }
        }
        Ok(Inputs { groups })
    }

    fn len(&self) -> usize {
        self.groups
            .iter()
            .map(|group| match group {
                InputGroup::File(_) => 1,
                InputGroup::Folder { ends, .. } => ends.len(),
            })
            .sum()
    }

    /// Every input's path, in order.
    fn paths(&self) -> impl Iterator<Item = PathBuf> + '_ {
        self.groups
            .iter()
            .flat_map(|group| -> Box<dyn Iterator<Item = PathBuf> + '_> {
                match group {
                    InputGroup::File(path) => Box::new(std::iter::once(path.clone())),
                    InputGroup::Folder { dir, names, ends } => {
                        Box::new(ends.iter().enumerate().map(move |(i, &end)| {
                            let start = if i == 0 { 0 } else { ends[i - 1] as usize };
                            dir.join(OsStr::from_bytes(&names[start..end as usize]))
                        }))
                    }
                }
            })
    }
}

fn list_folder(dir: &Path) -> Result<InputGroup> {
    let too_long = || anyhow::anyhow!("the file names in {} exceed 4 GB", dir.display());
    // Names are packed as they are read, then put in order by their spans.
    let mut packed = Vec::new();
    let mut spans: Vec<(u32, u32)> = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))? {
        let entry = entry.with_context(|| format!("cannot list {}", dir.display()))?;
        let name = entry.file_name();
        // `is_file` follows a symlink, as naming the file would.
        if is_ignored_name(&name.to_string_lossy()) || !entry.path().is_file() {
            continue;
        }
        let start = u32::try_from(packed.len()).map_err(|_| too_long())?;
        packed.extend_from_slice(name.as_bytes());
        let end = u32::try_from(packed.len()).map_err(|_| too_long())?;
        spans.push((start, end));
    }
    let name = |&(start, end): &(u32, u32)| &packed[start as usize..end as usize];
    spans.sort_unstable_by(|a, b| name(a).cmp(name(b)));
    let mut names = Vec::with_capacity(packed.len());
    let mut ends = Vec::with_capacity(spans.len());
    for span in &spans {
        names.extend_from_slice(name(span));
        ends.push(names.len() as u32);
    }
    Ok(InputGroup::Folder {
        dir: dir.to_path_buf(),
        names,
        ends,
    })
}

/// Hidden files, the names editors and downloads use while writing, and
/// docflow's own failure reports.
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".error.json")
        || [".tmp", ".part", ".crdownload", ".swp"]
            .iter()
            .any(|suffix| name.ends_with(suffix))
}

/// One input's outcome, sent by a worker to the thread that stores and reports.
struct Done {
    path: PathBuf,
    size: u64,
    result: Result<Processed, Failure>,
    elapsed: Duration,
}

struct Summary {
    documents: usize,
    /// Documents finished (processed or failed); fewer than `documents`
    /// when a `stop` policy ended the run.
    finished: usize,
    /// The input and stage whose failure stopped the run.
    stopped_by: Option<(PathBuf, String)>,
    bytes: u64,
    elapsed: Duration,
    failures: Vec<(PathBuf, Failure)>,
}

/// How many stored documents `run` makes durable at once.
const SYNC_EVERY: usize = 1024;

fn process_all(
    pipeline: &Pipeline,
    outputs: &Outputs,
    inputs: &Inputs,
    total: usize,
    jobs: usize,
) -> Summary {
    let started = Instant::now();
    let bar = ProgressBar::new(total as u64);
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} {msg}")
            .expect("valid progress template"),
    );
    let mut summary = Summary {
        documents: total,
        finished: 0,
        stopped_by: None,
        bytes: 0,
        elapsed: Duration::ZERO,
        failures: Vec::new(),
    };
    // Bounded queues: a huge folder is fed as workers free up.
    let (work_tx, work_rx) = crossbeam_channel::bounded::<PathBuf>(jobs * 2);
    let (done_tx, done_rx) = crossbeam_channel::bounded::<Done>(jobs * 2);
    let began = match RunStart::mark(outputs) {
        Ok(began) => began,
        Err(err) => {
            tracing::error!("cannot mark the start of the run in the output folders: {err}");
            RunStart(None)
        }
    };
    // Set when a stage whose policy is `stop` fails: nothing more is started.
    let halt = AtomicBool::new(false);
    let halt = &halt;
    thread::scope(|scope| {
        for worker in 0..jobs {
            let work_rx = work_rx.clone();
            let done_tx = done_tx.clone();
            thread::Builder::new()
                .name(format!("docflow-worker-{worker}"))
                .spawn_scoped(scope, move || {
                    let mut chain = Chain::new(pipeline);
                    for path in work_rx {
                        if halt.load(Ordering::Relaxed) {
                            break;
                        }
                        let done = process_file(&mut chain, pipeline.layout.max_input_bytes, path);
                        if done.result.as_ref().is_err_and(|failure| failure.stop) {
                            halt.store(true, Ordering::Relaxed);
                        }
                        if done_tx.send(done).is_err() {
                            break;
                        }
                    }
                })
                .expect("spawn worker thread");
        }
        drop(done_tx);
        scope.spawn(move || {
            for path in inputs.paths() {
                if halt.load(Ordering::Relaxed) || work_tx.send(path).is_err() {
                    break;
                }
            }
        });
        let mut unsynced = 0;
        for done in done_rx {
            summary.finished += 1;
            summary.bytes += done.size;
            let outcome = done
                .result
                .and_then(|processed| store(outputs, &processed, &began))
                .and_then(|()| {
                    unsynced += 1;
                    if unsynced < SYNC_EVERY {
                        return Ok(());
                    }
                    unsynced = 0;
                    outputs.sync().map_err(|err| {
                        Failure::host("output", "io", format!("cannot sync the outputs: {err}"))
                    })
                });
            let ms = format!("{:.1}", done.elapsed.as_secs_f64() * 1000.0);
            match outcome {
                Ok(()) => {
                    tracing::info!(file = %done.path.display(), outcome = "ok", %ms, "processed")
                }
                Err(failure) => {
                    tracing::info!(file = %done.path.display(), outcome = "failed", %ms, "{failure}");
                    keep_failed(pipeline, &done.path, &failure);
                    if failure.stop {
                        summary
                            .stopped_by
                            .get_or_insert_with(|| (done.path.clone(), failure.stage.clone()));
                    }
                    summary.failures.push((done.path, failure));
                }
            }
            bar.inc(1);
        }
    });
    bar.finish_and_clear();
    if let Err(err) = outputs.sync() {
        tracing::error!("cannot sync the outputs: {err}");
    }
    summary.failures.sort_by(|(a, _), (b, _)| a.cmp(b));
    summary.elapsed = started.elapsed();
    summary
}

fn process_file(chain: &mut Chain, max_input_bytes: u64, path: PathBuf) -> Done {
    let started = Instant::now();
    let name = file_name(&path);
    let len = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    if let Err(failure) = check_input_size(len, max_input_bytes) {
        return Done {
            path,
            size: 0,
            result: Err(failure),
            elapsed: started.elapsed(),
        };
    }
    let (size, result) = match fs::read(&path) {
        Ok(bytes) => (bytes.len() as u64, chain.process(&name, &bytes)),
        Err(err) => (
            0,
            Err(Failure::host(
                "read",
                "io",
                format!("cannot read the file: {err}"),
            )),
        ),
    };
    Done {
        path,
        size,
        result,
        elapsed: started.elapsed(),
    }
}

/// When this run began, by the output filesystem's own clock. A document
/// file modified since was written in this run (or by another run going on
/// at the same time): writing it again would overwrite another input's
/// result. A `stat` per file, and nothing kept per document.
struct RunStart(Option<SystemTime>);

impl RunStart {
    fn mark(outputs: &Outputs) -> std::io::Result<Self> {
        let mut began = None;
        for folder in outputs.folders() {
            let marker = tempfile::NamedTempFile::with_prefix_in(".docflow-run-", folder)?;
            let modified = marker.as_file().metadata()?.modified()?;
            began = Some(began.map_or(modified, |t: SystemTime| t.min(modified)));
        }
        Ok(RunStart(began))
    }

    fn wrote(&self, file: &Path) -> bool {
        let Some(began) = self.0 else { return false };
        fs::metadata(file)
            .and_then(|meta| meta.modified())
            .is_ok_and(|modified| modified >= began)
    }
}

/// Writes a processed document to every output. An input whose file
/// another input already wrote in this run fails instead of overwriting it.
fn store(outputs: &Outputs, processed: &Processed, began: &RunStart) -> Result<(), Failure> {
    let files = outputs.document_files(processed);
    if let Some(taken) = files.iter().find(|file| began.wrote(file)) {
        return Err(Failure::host(
            "output",
            "name-collision",
            format!(
                "{} was already written for another input in this run; rename one of the inputs or put {{id8}} in the output's template",
                taken.display()
            ),
        ));
    }
    outputs
        .store(processed)
        .map_err(|err| Failure::host("output", "io", format!("cannot write output: {err}")))?;
    Ok(())
}

fn keep_failed(pipeline: &Pipeline, path: &Path, failure: &Failure) {
    if let Err(err) = outputs::write_failure(
        &pipeline.layout.failed,
        path,
        failure,
        &pipeline.layout.name,
    ) {
        tracing::error!(
            "cannot record the failure of {} in {}: {err}",
            path.display(),
            pipeline.layout.failed.display()
        );
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

impl Summary {
    fn report(&self, pipeline: &Pipeline) {
        for (path, failure) in &self.failures {
            eprintln!("failed: {}: {failure}", path.display());
        }
        if !self.failures.is_empty() {
            eprintln!(
                "copies of failed inputs and their <name>.error.json reports are in {}",
                pipeline.layout.failed.display()
            );
        }
        if let Some((path, stage)) = &self.stopped_by {
            eprintln!(
                "stopped: stage `{stage}` failed on {} and its on_violation is \"stop\"; {} of {} inputs were not processed",
                path.display(),
                self.documents - self.finished,
                self.documents
            );
        }
        let seconds = self.elapsed.as_secs_f64().max(1e-9);
        eprintln!(
            "{} documents, {} failed, {:.1} KB in {:.2} s ({:.2} MB/s, {:.1} docs/s)",
            self.finished,
            self.failures.len(),
            self.bytes as f64 / 1e3,
            seconds,
            self.bytes as f64 / 1e6 / seconds,
            self.finished as f64 / seconds
        );
    }
}
