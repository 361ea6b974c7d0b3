//! End-to-end tests: each drives the real `docflow` binary on fixtures in
//! `tests/fixtures` and checks what a user would see.

mod database;
mod exports;
mod hardening;
mod other_languages;
mod pipelines;
mod plugins_misbehaving;
mod run;
mod tutorial;
mod watch;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

mod test_plugins {
    include!(concat!(env!("OUT_DIR"), "/test_plugins.rs"));
}

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("host/ has a parent")
        .to_path_buf()
}

pub fn fixtures() -> PathBuf {
    root().join("tests").join("fixtures")
}

pub fn default_pipeline() -> PathBuf {
    root().join("pipelines").join("default.toml")
}

/// The `docflow` binary with a component cache shared by all tests.
pub fn docflow() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_docflow"));
    cmd.env(
        "DOCFLOW_CACHE_DIR",
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("component-cache"),
    )
    .env_remove("DOCFLOW_LOG");
    cmd
}

/// What a finished command printed and returned.
pub struct Finished {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn finish(cmd: &mut Command) -> Finished {
    let output = cmd.output().expect("run docflow");
    Finished {
        code: output.status.code().expect("docflow exited normally"),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The fixture articles, as (file name, bytes).
pub fn articles() -> Vec<(String, Vec<u8>)> {
    let mut found: Vec<(String, Vec<u8>)> = fs::read_dir(fixtures().join("articles"))
        .expect("fixture articles")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .map(|path| {
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            (name, fs::read(&path).expect("read fixture"))
        })
        .collect();
    found.sort();
    assert!(found.len() >= 8, "expected the fixture articles");
    found
}

/// Runs `pipeline` `times` times over a copy of the fixture articles, with
/// `--out`; returns the temporary folder and the output folder in it.
pub fn run_over_articles(pipeline: &Path, times: usize) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let out = dir.path().join("out");
    fs::create_dir(&input).unwrap();
    for (name, bytes) in articles() {
        fs::write(input.join(name), bytes).unwrap();
    }
    for _ in 0..times {
        let result = finish(
            docflow()
                .arg("run")
                .arg(pipeline)
                .arg(&input)
                .arg("--out")
                .arg(&out),
        );
        assert_eq!(result.code, 0, "{}", result.stderr);
    }
    (dir, out)
}

pub fn read_json(path: &Path) -> serde_json::Value {
    let bytes = fs::read(path).unwrap_or_else(|err| panic!("read {}: {err}", path.display()));
    serde_json::from_slice(&bytes)
        .unwrap_or_else(|err| panic!("{} is not JSON: {err}", path.display()))
}

/// Names of the files in `dir`, sorted.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn help_shows_examples_and_exit_codes() {
    let help = finish(docflow().arg("--help"));
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("Examples:"), "{}", help.stdout);
    assert!(help.stdout.contains("Exit codes"), "{}", help.stdout);
    let run_help = finish(docflow().args(["run", "--help"]));
    assert!(
        run_help
            .stdout
            .contains("docflow run pipelines/default.toml"),
        "{}",
        run_help.stdout
    );
}

#[test]
fn usage_errors_exit_2() {
    let missing = finish(docflow().args(["run", "does-not-exist.toml"]));
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .contains("cannot read pipeline does-not-exist.toml"),
        "{}",
        missing.stderr
    );
    let no_input = finish(
        docflow()
            .arg("run")
            .arg(default_pipeline())
            .arg("/nonexistent/input"),
    );
    assert_eq!(no_input.code, 2);
    assert!(
        no_input
            .stderr
            .contains("/nonexistent/input cannot be read"),
        "{}",
        no_input.stderr
    );
    assert_eq!(finish(docflow().arg("frobnicate")).code, 2);
}
