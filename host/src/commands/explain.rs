//! `docflow explain`: what a pipeline will run, with which limits and
//! grants; `docflow lock`: pin its plugins by sha256.

use std::fmt::Write as _;

use anyhow::{Context, Result};

use super::Status;
use crate::cli::PipelineArgs;
use crate::outputs::write_atomic;
use crate::pipeline::lock::{self, LockFile};
use crate::pipeline::{self, OutputTarget, Pipeline};
use crate::runtime::{ComponentCache, GRANT_MOUNT, PluginKind, Runtime};

pub fn explain(args: &PipelineArgs) -> Result<Status> {
    // Shown even when the plugins differ from the lock: that is worth seeing.
    let Some(pipeline) = load_ignoring_lock(args)? else {
        return Ok(Status::Usage);
    };
    print!("{}", describe(&pipeline)?);
    Ok(Status::Success)
}

pub fn lock(args: &PipelineArgs) -> Result<Status> {
    let Some(pipeline) = load_ignoring_lock(args)? else {
        return Ok(Status::Usage);
    };
    let path = lock::lock_path(&args.pipeline);
    write_atomic(&path, lock::render(&pipeline.stages).as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    println!(
        "{}: pinned {} plugins",
        path.display(),
        pipeline.stages.len()
    );
    Ok(Status::Success)
}

/// The pipeline, or `None` after printing why it cannot be loaded.
fn load_ignoring_lock(args: &PipelineArgs) -> Result<Option<Pipeline>> {
    let runtime = Runtime::with_fuel(
        ComponentCache::from_env(),
        pipeline::needs_fuel(&args.pipeline),
    )?;
    Ok(pipeline::load_unlocked(&args.pipeline, &runtime)
        .map_err(|err| eprintln!("{err}"))
        .ok())
}

fn describe(pipeline: &Pipeline) -> Result<String> {
    let layout = &pipeline.layout;
    let mut out = String::new();
    writeln!(
        out,
        "pipeline  {} ({})",
        layout.name,
        pipeline.path.display()
    )?;
    writeln!(
        out,
        "input     {}   failed: {}   max input: {} MiB",
        layout.input.display(),
        layout.failed.display(),
        layout.max_input_bytes >> 20
    )?;
    let lock_path = lock::lock_path(&pipeline.path);
    let locked: Option<LockFile> = match lock::read(&lock_path) {
        Ok(Some(lock)) => {
            writeln!(out, "lock      {}", lock_path.display())?;
            Some(lock)
        }
        Ok(None) => {
            writeln!(
                out,
                "lock      none (`docflow lock {}` pins the plugins)",
                pipeline.path.display()
            )?;
            None
        }
        Err(why) => {
            writeln!(out, "lock      {why}: run `docflow lock`")?;
            None
        }
    };
    for (i, stage) in pipeline.stages.iter().enumerate() {
        let plugin = &stage.plugin;
        let kind = match plugin.info.kind {
            PluginKind::Transform => "transform",
            PluginKind::Export => "export",
        };
        writeln!(out, "\nstage {}  {}", i + 1, stage.name)?;
        writeln!(
            out,
            "  plugin        {} {} ({kind}), {}",
            plugin.info.name, plugin.info.version, plugin.source
        )?;
        let pin = match &locked {
            None => String::new(),
            Some(lock) => match lock.stages.iter().find(|l| *l.name == *stage.name) {
                Some(l) if l.sha256 == plugin.sha256 => "  (matches the lock)".to_string(),
                Some(l) => format!("  (DIFFERS from the lock: {})", l.sha256),
                None => "  (NOT in the lock)".to_string(),
            },
        };
        writeln!(out, "  sha256        {}{pin}", plugin.sha256)?;
        let limits = &stage.limits;
        writeln!(
            out,
            "  limits        timeout {} ms, memory {} MiB, output {} MiB, entities {}{}",
            limits.timeout.as_millis(),
            limits.memory_bytes >> 20,
            limits.max_output_bytes >> 20,
            limits.max_entities,
            limits
                .fuel
                .map_or_else(String::new, |fuel| format!(", fuel {fuel}"))
        )?;
        writeln!(out, "  on violation  {}", stage.policy.as_str())?;
        match &stage.grants.read {
            Some(dir) => writeln!(
                out,
                "  grants        read-only {} (as {GRANT_MOUNT})",
                dir.display()
            )?,
            None => writeln!(
                out,
                "  grants        none (no files, network, environment or clock)"
            )?,
        }
        writeln!(out, "  config        {}", stage.config_json)?;
    }
    writeln!(out, "\noutputs")?;
    for output in &layout.outputs {
        match output {
            OutputTarget::Folder { dir, template } => writeln!(
                out,
                "  folder  {} (per-document files named {template})",
                dir.display()
            )?,
            OutputTarget::Database(path) => writeln!(out, "  sqlite  {}", path.display())?,
        }
    }
    Ok(out)
}
