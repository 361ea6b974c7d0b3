//! Pinned plugins: `docflow lock PIPELINE` writes the sha256 of every
//! stage's plugin to `<pipeline stem>.lock` beside it; while that file
//! exists, a pipeline whose plugins differ from it does not load.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::compile::Stage;
use super::diagnostic::Diagnostic;
use super::spec::PipelineSpec;

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LockFile {
    pub stages: Vec<LockedStage>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LockedStage {
    pub name: String,
    /// The plugin as the pipeline names it (for people reading the file).
    pub plugin: String,
    pub sha256: String,
}

/// Where the lock of the pipeline at `pipeline` lives.
pub fn lock_path(pipeline: &Path) -> PathBuf {
    pipeline.with_extension("lock")
}

/// The lock file's text for these stages.
pub fn render(stages: &[Stage]) -> String {
    let lock = LockFile {
        stages: stages
            .iter()
            .map(|stage| LockedStage {
                name: stage.name.to_string(),
                plugin: stage.plugin_ref.clone(),
                sha256: stage.plugin.sha256.clone(),
            })
            .collect(),
    };
    format!(
        "# Written by `docflow lock`: the sha256 of every stage's plugin. While this file\n\
         # exists, a pipeline whose plugins differ from it does not load. After checking a\n\
         # new plugin, run `docflow lock` again.\n\n{}",
        toml::to_string(&lock).expect("a lock file serialises")
    )
}

/// The lock file at `lock_file`: `None` when there is none, an error
/// saying what is wrong when it cannot be used.
pub fn read(lock_file: &Path) -> Result<Option<LockFile>, String> {
    match fs::read_to_string(lock_file) {
        Ok(text) => toml::from_str(&text)
            .map(Some)
            .map_err(|err| format!("the lock file {} is invalid: {err}", lock_file.display())),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(format!(
            "cannot read the lock file {}: {err}",
            lock_file.display()
        )),
    }
}

/// Checks the loaded stages against the lock beside `path`, if there is
/// one; every difference becomes a diagnostic on the stage's `plugin`.
pub fn check(
    path: &Path,
    spec: &PipelineSpec,
    stages: &[Stage],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let lock_file = lock_path(path);
    let lock = match read(&lock_file) {
        Ok(Some(lock)) => lock,
        Ok(None) => return,
        Err(why) => {
            diagnostics.push(
                Diagnostic::new(spec.stages_span.clone(), why)
                    .help("write it again with `docflow lock`"),
            );
            return;
        }
    };
    let relock = format!(
        "if the change is intended, run `docflow lock {}`",
        path.display()
    );
    for stage in stages {
        let span = spec
            .stages
            .iter()
            .find(|s| {
                s.name
                    .as_ref()
                    .is_some_and(|n| **n.get_ref() == *stage.name)
            })
            .and_then(|s| s.plugin.as_ref())
            .map_or_else(|| spec.stages_span.clone(), |p| p.span());
        match lock.stages.iter().find(|l| *l.name == *stage.name) {
            None => diagnostics.push(
                Diagnostic::new(
                    span,
                    format!(
                        "stage `{}` is not in the lock file {}",
                        stage.name,
                        lock_file.display()
                    ),
                )
                .help(relock.clone()),
            ),
            Some(locked) if locked.sha256 != stage.plugin.sha256 => diagnostics.push(
                Diagnostic::new(
                    span,
                    format!(
                        "stage `{}`: plugin {} does not match the lock file {}: expected sha256 {}, found {}",
                        stage.name,
                        stage.plugin.source,
                        lock_file.display(),
                        locked.sha256,
                        stage.plugin.sha256
                    ),
                )
                .help(relock.clone()),
            ),
            Some(_) => {}
        }
    }
    for locked in &lock.stages {
        let still_there = spec
            .stages
            .iter()
            .any(|s| s.name.as_ref().is_some_and(|n| *n.get_ref() == locked.name));
        if !still_there {
            diagnostics.push(
                Diagnostic::new(
                    spec.stages_span.clone(),
                    format!(
                        "the lock file {} pins stage `{}`, which the pipeline no longer has",
                        lock_file.display(),
                        locked.name
                    ),
                )
                .help(relock.clone()),
            );
        }
    }
}
