//! `docflow run`: process files once with a pool of workers.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, Instant};

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
    let files = match collect_inputs(&roots) {
        Ok(files) => files,
        Err(err) => {
            eprintln!("error: {err:#}");
            return Ok(Status::Usage);
        }
    };
    if files.is_empty() {
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
        .clamp(1, files.len().max(1));
    let summary = process_all(&pipeline, &outputs, &files, jobs);
    summary.report(&pipeline);
    Ok(if summary.failures.is_empty() {
        Status::Success
    } else {
        Status::SomeFailed
    })
}

/// Files named directly, plus the visible files directly inside folders,
/// in a stable order.
pub fn collect_inputs(roots: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for root in roots {
        let meta = fs::metadata(root)
            .with_context(|| format!("input {} cannot be read", root.display()))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            for entry in
                fs::read_dir(root).with_context(|| format!("cannot list {}", root.display()))?
            {
                let path = entry?.path();
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if is_ignored_name(&name) || !path.is_file() {
                    continue;
                }
                found.push(path);
            }
            found.sort();
            files.extend(found);
        } else if meta.is_file() {
            files.push(root.clone());
        } else {
            // Reading a FIFO or a device could block forever or never end.
            anyhow::bail!("input {} is not a regular file or a folder", root.display());
        }
    }
    Ok(files)
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

struct Done {
    index: usize,
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
    failures: Vec<(usize, PathBuf, Failure)>,
}

/// How many stored documents `run` makes durable at once.
const SYNC_EVERY: usize = 256;

fn process_all(pipeline: &Pipeline, outputs: &Outputs, files: &[PathBuf], jobs: usize) -> Summary {
    let started = Instant::now();
    let bar = ProgressBar::new(files.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} {msg}")
            .expect("valid progress template"),
    );
    let mut summary = Summary {
        documents: files.len(),
        finished: 0,
        stopped_by: None,
        bytes: 0,
        elapsed: Duration::ZERO,
        failures: Vec::new(),
    };
    // Bounded queues: a huge folder is fed as workers free up.
    let (work_tx, work_rx) = crossbeam_channel::bounded::<(usize, PathBuf)>(jobs * 2);
    let (done_tx, done_rx) = crossbeam_channel::bounded::<Done>(jobs * 2);
    let mut written_names: HashMap<PathBuf, PathBuf> = HashMap::new();
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
                    for (index, path) in work_rx {
                        if halt.load(Ordering::Relaxed) {
                            break;
                        }
                        let done =
                            process_file(&mut chain, pipeline.layout.max_input_bytes, index, path);
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
            for (index, path) in files.iter().enumerate() {
                if halt.load(Ordering::Relaxed) || work_tx.send((index, path.clone())).is_err() {
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
                .and_then(|processed| store(outputs, &done.path, &processed, &mut written_names))
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
                    summary.failures.push((done.index, done.path, failure));
                }
            }
            bar.inc(1);
        }
    });
    bar.finish_and_clear();
    if let Err(err) = outputs.sync() {
        tracing::error!("cannot sync the outputs: {err}");
    }
    summary.failures.sort_by_key(|(index, _, _)| *index);
    summary.elapsed = started.elapsed();
    summary
}

fn process_file(chain: &mut Chain, max_input_bytes: u64, index: usize, path: PathBuf) -> Done {
    let started = Instant::now();
    let name = file_name(&path);
    let len = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    if let Err(failure) = check_input_size(len, max_input_bytes) {
        return Done {
            index,
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
        index,
        path,
        size,
        result,
        elapsed: started.elapsed(),
    }
}

/// Writes a processed document to every output. Two inputs whose files
/// would share a name fail instead of overwriting each other.
fn store(
    outputs: &Outputs,
    path: &Path,
    processed: &Processed,
    written: &mut HashMap<PathBuf, PathBuf>,
) -> Result<(), Failure> {
    let files = outputs.document_files(processed);
    for destination in &files {
        if let Some(first) = written.get(destination).filter(|first| *first != path) {
            return Err(Failure::host(
                "output",
                "name-collision",
                format!(
                    "{} was already written for {} in this run; rename one of the inputs or put {{id8}} in the output's template",
                    destination.display(),
                    first.display()
                ),
            ));
        }
    }
    outputs
        .store(processed)
        .map_err(|err| Failure::host("output", "io", format!("cannot write output: {err}")))?;
    for destination in files {
        written.insert(destination, path.to_path_buf());
    }
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
        for (_, path, failure) in &self.failures {
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
