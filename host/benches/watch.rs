//! Benchmark of `docflow watch` (not a test: it asserts nothing, it
//! measures). Run with `cargo bench -p docflow --bench watch`.
//!
//! 1. Drop-to-output latency of single ~8 KB articles on an idle service.
//! 2. Throughput of a burst of N files dropped into a running service,
//!    against `docflow run` on the same files, alternating in one run.
//!
//! Articles are built from the project's own fixtures (two per document and
//! a unique line, about 8 KB). `DOCFLOW_BENCH_BURST` sets N (default 10000).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const LATENCY_SAMPLES: usize = 200;
const BURST_ROUNDS: usize = 2;

fn main() {
    let burst: usize = std::env::var("DOCFLOW_BENCH_BURST")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let fixtures = load_fixtures(&root.join("tests/fixtures/articles"));
    let work = tempfile::tempdir().unwrap();
    let cache = work.path().join("cache");

    let (p50, p99, max, mean_kb) = latency(&root, work.path(), &cache, &fixtures);
    let (watch_secs, run_secs) = burst_vs_run(&root, work.path(), &cache, &fixtures, burst);

    println!();
    println!("| measure | value |");
    println!("| --- | --- |");
    println!(
        "| single-file drop-to-output latency, {LATENCY_SAMPLES} drops of ~{mean_kb:.1} KB, p50 | {p50:.1} ms |"
    );
    println!("| same, p99 | {p99:.1} ms |");
    println!("| same, max | {max:.1} ms |");
    let docs = (burst * BURST_ROUNDS) as f64;
    println!(
        "| burst of {burst} files ×{BURST_ROUNDS}, `docflow watch` | {watch_secs:.2} s ({:.0} docs/s) |",
        docs / watch_secs
    );
    println!(
        "| same files ×{BURST_ROUNDS}, `docflow run` (alternating) | {run_secs:.2} s ({:.0} docs/s) |",
        docs / run_secs
    );
    println!("| watch time / run time | {:.2} |", watch_secs / run_secs);
}

fn load_fixtures(dir: &Path) -> Vec<String> {
    let mut texts: Vec<(PathBuf, String)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| (p.clone(), fs::read_to_string(p).unwrap()))
        .collect();
    texts.sort();
    texts.into_iter().map(|(_, t)| t).collect()
}

/// About 8 KB: two fixture articles and a line that makes the content unique.
fn article(fixtures: &[String], i: usize) -> String {
    let first = &fixtures[i % fixtures.len()];
    let second = &fixtures[(i / fixtures.len() + 1 + i) % fixtures.len()];
    let body: String = second.lines().skip(1).collect::<Vec<_>>().join("\n");
    format!("{first}\n{body}\nMã bài đo hiệu năng số {i}.\n")
}

fn start_watch(root: &Path, dir: &Path, cache: &Path) -> Child {
    let log = fs::File::create(dir.join("watch.log")).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_docflow"))
        .current_dir(dir)
        .env("DOCFLOW_CACHE_DIR", cache)
        .arg("watch")
        .arg(root.join("pipelines/default.toml"))
        .args(["--inbox", "inbox", "--out", "out"])
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !fs::read_to_string(dir.join("watch.log"))
        .unwrap_or_default()
        .contains("watching")
    {
        assert!(Instant::now() < deadline, "watch did not start");
        thread::sleep(Duration::from_millis(10));
    }
    child
}

fn stop(mut child: Child) {
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
}

fn latency(root: &Path, base: &Path, cache: &Path, fixtures: &[String]) -> (f64, f64, f64, f64) {
    let dir = base.join("latency");
    fs::create_dir_all(dir.join("staging")).unwrap();
    let child = start_watch(root, &dir, cache);
    let mut samples = Vec::with_capacity(LATENCY_SAMPLES);
    let mut bytes = 0usize;
    for i in 0..LATENCY_SAMPLES {
        let text = article(fixtures, 100_000 + i);
        bytes += text.len();
        let staged = dir.join("staging").join(format!("a{i}.txt"));
        fs::write(&staged, &text).unwrap();
        let output = dir.join("out").join(format!("a{i}.json"));
        let started = Instant::now();
        fs::rename(&staged, dir.join("inbox").join(format!("a{i}.txt"))).unwrap();
        while !output.exists() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "no output for a{i}"
            );
            thread::sleep(Duration::from_micros(200));
        }
        samples.push(started.elapsed().as_secs_f64() * 1000.0);
        // An idle service between drops.
        thread::sleep(Duration::from_millis(20));
    }
    stop(child);
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pick =
        |q: f64| samples[((samples.len() as f64 * q).ceil() as usize).min(samples.len()) - 1];
    (
        pick(0.50),
        pick(0.99),
        *samples.last().unwrap(),
        bytes as f64 / LATENCY_SAMPLES as f64 / 1000.0,
    )
}

/// Alternates `docflow run` and `docflow watch` on the same files,
/// `BURST_ROUNDS` times each, so drift in the machine's state hits both;
/// returns the total seconds of each.
fn burst_vs_run(
    root: &Path,
    base: &Path,
    cache: &Path,
    fixtures: &[String],
    n: usize,
) -> (f64, f64) {
    let source = base.join("burst-source");
    fs::create_dir_all(&source).unwrap();
    for i in 0..n {
        fs::write(source.join(format!("b{i:05}.txt")), article(fixtures, i)).unwrap();
    }
    let (mut watch_total, mut run_total) = (0.0, 0.0);
    for round in 0..BURST_ROUNDS {
        let dir = base.join(format!("burst-{round}"));
        fs::create_dir_all(&dir).unwrap();

        let started = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_docflow"))
            .env("DOCFLOW_CACHE_DIR", cache)
            .arg("run")
            .arg(root.join("pipelines/default.toml"))
            .arg(&source)
            .arg("--out")
            .arg(dir.join("run-out"))
            .stderr(Stdio::null())
            .status()
            .unwrap();
        let run_secs = started.elapsed().as_secs_f64();
        assert!(status.success());

        // Hard links, so dropping is a rename like a careful tool's delivery.
        let staging = dir.join("staging");
        fs::create_dir_all(&staging).unwrap();
        for i in 0..n {
            let name = format!("b{i:05}.txt");
            fs::hard_link(source.join(&name), staging.join(&name)).unwrap();
        }
        let child = start_watch(root, &dir, cache);
        let started = Instant::now();
        for i in 0..n {
            let name = format!("b{i:05}.txt");
            fs::rename(staging.join(&name), dir.join("inbox").join(&name)).unwrap();
        }
        let out = dir.join("out");
        loop {
            let done = fs::read_dir(&out)
                .map(|d| {
                    d.flatten()
                        .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
                        .count()
                })
                .unwrap_or(0);
            if done >= n {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(600),
                "burst did not finish"
            );
            thread::sleep(Duration::from_millis(20));
        }
        let watch_secs = started.elapsed().as_secs_f64();
        stop(child);
        eprintln!("round {round}: run {run_secs:.2} s, watch {watch_secs:.2} s");
        run_total += run_secs;
        watch_total += watch_secs;
        fs::remove_dir_all(&dir).unwrap();
    }
    (watch_total, run_total)
}
