//! Per-document time of the default pipeline (`docflow run`), measured on
//! the five seed articles in `../shared/seeds` (or the project's fixture
//! articles when the seeds are absent), each copied `COPIES` times so the
//! figure is steady. Run with `cargo bench -p docflow --bench run`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const COPIES: usize = 100;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let seeds = root.join("../shared/seeds");
    let (label, source) = if seeds.is_dir() {
        ("the five seed articles", seeds)
    } else {
        (
            "the fixture articles (no ../shared/seeds)",
            root.join("tests/fixtures/articles"),
        )
    };
    let originals: Vec<PathBuf> = {
        let mut files: Vec<PathBuf> = fs::read_dir(&source)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        files
    };
    let work = tempfile::tempdir().unwrap();
    let input = work.path().join("in");
    fs::create_dir(&input).unwrap();
    let mut bytes = 0u64;
    for copy in 0..COPIES {
        for original in &originals {
            let stem = original.file_stem().unwrap().to_string_lossy();
            let target = input.join(format!("{stem}-{copy:03}.txt"));
            fs::copy(original, &target).unwrap();
            bytes += fs::metadata(&target).unwrap().len();
        }
    }
    let docs = originals.len() * COPIES;
    let cache = work.path().join("cache");
    // Warm the compiled-component cache, so the runs below measure documents.
    run(&root, &originals[0], &work.path().join("warm"), &cache, 1);

    println!(
        "\nDefault pipeline on {label}, {docs} documents ({:.1} KB each on average):\n",
        bytes as f64 / docs as f64 / 1e3
    );
    println!("| workers | wall time | per document | docs/s | MB/s |");
    println!("| --- | --- | --- | --- | --- |");
    let mut stage_micros: BTreeMap<String, Vec<(u64, u64)>> = BTreeMap::new();
    for jobs in [1, 2] {
        let out = work.path().join(format!("out{jobs}"));
        let started = Instant::now();
        run(&root, &input, &out, &cache, jobs);
        let secs = started.elapsed().as_secs_f64();
        println!(
            "| {jobs} | {secs:.2} s | {:.2} ms | {:.0} | {:.2} |",
            secs * 1000.0 / docs as f64,
            docs as f64 / secs,
            bytes as f64 / 1e6 / secs
        );
        if jobs == 1 {
            for entry in fs::read_dir(&out).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|x| x == "json") {
                    let json: serde_json::Value =
                        serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
                    // What each stage read: the input file for the first,
                    // the cleaned text for the ones after it.
                    let source = input.join(json["source_file"].as_str().unwrap());
                    let raw = fs::metadata(source).unwrap().len();
                    let cleaned = json["text"].as_str().unwrap().len() as u64;
                    for (i, step) in json["provenance"].as_array().unwrap().iter().enumerate() {
                        let read = if i == 0 { raw } else { cleaned };
                        stage_micros
                            .entry(step["stage"].as_str().unwrap().to_string())
                            .or_default()
                            .push((step["micros"].as_u64().unwrap(), read));
                    }
                }
            }
        }
    }
    println!("\n| stage (1 worker) | median | mean | MB/s of what it reads |");
    println!("| --- | --- | --- | --- |");
    for (stage, mut runs) in stage_micros {
        let bytes: u64 = runs.iter().map(|(_, read)| read).sum();
        let micros: u64 = runs.iter().map(|(micros, _)| micros).sum();
        runs.sort_unstable();
        println!(
            "| {stage} | {} µs | {:.0} µs | {:.1} |",
            runs[runs.len() / 2].0,
            micros as f64 / runs.len() as f64,
            bytes as f64 / micros.max(1) as f64
        );
    }
}

fn run(root: &Path, input: &Path, out: &Path, cache: &Path, jobs: usize) {
    let status = Command::new(env!("CARGO_BIN_EXE_docflow"))
        .env("DOCFLOW_CACHE_DIR", cache)
        .arg("run")
        .arg(root.join("pipelines/default.toml"))
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(["--jobs", &jobs.to_string()])
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(
        status.code() == Some(0) || status.code() == Some(1),
        "docflow run failed to start"
    );
}
