//! The performance suite of issue #7 (it measures, it asserts nothing).
//! Run with `cargo bench -p docflow --bench perf`.
//!
//! On a generated corpus (`support/corpus.rs`, deterministic by seed):
//!
//! - `throughput`: `docflow run` of the default pipeline, warm cache, 1 and
//!   2 workers, plus per-stage time from the outputs' provenance;
//! - `ratio`: the same plugin code (clean, tag, export-json) called natively
//!   through `docflow_sdk::Plugin` and as wasm components through the host's
//!   `StageInstance`, interleaved rounds, median → the wasm/native ratio;
//! - `start`: cold (empty cache) vs warm start of `docflow run` on one file;
//! - `rss`: peak RSS of `docflow run` at 10,000 and 100,000 documents;
//! - `underthesea`: underthesea's `ner` vs the wasm tagger on the same text,
//!   when `DOCFLOW_UNDERTHESEA_PYTHON` names a python that imports it.
//!
//! Every table is printed and written between markers into
//! `docs/PERFORMANCE.md` (text outside the markers is left alone).
//! Environment: `DOCFLOW_PERF_ONLY=ratio,start` runs some sections only;
//! `DOCFLOW_PERF_DOCS` (10000), `DOCFLOW_PERF_RATIO_DOCS` (1000),
//! `DOCFLOW_PERF_ROUNDS` (7), `DOCFLOW_PERF_START_REPS` (7),
//! `DOCFLOW_PERF_RSS_DOCS` (100000), `DOCFLOW_PERF_UTS_DOCS` (200),
//! `DOCFLOW_PERF_SEED` (7), `DOCFLOW_PERF_NO_DOC=1` to leave the docs alone,
//! `DOCFLOW_PERF_WRITE_CORPUS=DIR` to only write `DOCFLOW_PERF_DOCS`
//! articles into DIR.
//!
//! `DOCFLOW_PERF_AB=A.wasm,B.wasm` only compares two builds of the first
//! stage's plugin (e.g. the cleaner before and after a change) on the raw
//! generated articles: interleaved rounds of on-CPU time, median ratio B/A.

mod support;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use docflow::builtin;
use docflow::decode;
use docflow::process::Chain;
use docflow::runtime::{
    ComponentCache, Limits, LoadedPlugin, PluginSource, Runtime, StageInstance, wit,
};
use docflow_sdk::{Document, Metadata, Plugin, Step};
use sha2::{Digest, Sha256};
use support::corpus;

#[allow(dead_code)] // only `misbehave` is used, as a boundary probe
mod test_plugins {
    include!(concat!(env!("OUT_DIR"), "/test_plugins.rs"));
}

const COMMAND: &str = "nice -n 5 cargo bench -p docflow --bench perf";

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

fn load() -> String {
    fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

/// Seconds this thread has spent on a CPU (`CLOCK_THREAD_CPUTIME_ID`),
/// which the machine's other load does not inflate the way it does wall time.
fn thread_cpu() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid clock id and a valid out-pointer.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return f64::NAN;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9
}

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    if v.is_empty() {
        return f64::NAN;
    }
    if v.len() % 2 == 1 {
        v[v.len() / 2]
    } else {
        (v[v.len() / 2 - 1] + v[v.len() / 2]) / 2.0
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// One section of the report: an id for its markers and its markdown.
struct Section {
    id: &'static str,
    markdown: String,
}

fn main() {
    let only: Option<Vec<String>> = std::env::var("DOCFLOW_PERF_ONLY")
        .ok()
        .map(|v| v.split(',').map(|s| s.trim().to_string()).collect());
    let wants = |id: &str| only.as_ref().is_none_or(|o| o.iter().any(|x| x == id));
    let seed = env_usize("DOCFLOW_PERF_SEED", 7) as u64;
    if let Some(dir) = std::env::var_os("DOCFLOW_PERF_WRITE_CORPUS") {
        // Corpus only, for use elsewhere.
        let n = env_usize("DOCFLOW_PERF_DOCS", 10_000);
        let bytes = corpus::write(Path::new(&dir), seed, 0..n).unwrap();
        println!("wrote {n} articles, {:.1} MB", bytes as f64 / 1e6);
        return;
    }
    if let Ok(pair) = std::env::var("DOCFLOW_PERF_AB") {
        ab(&pair, seed);
        return;
    }
    let work = tempfile::Builder::new()
        .prefix("docflow-perf")
        .tempdir()
        .unwrap();
    let corpus_dir = work.path().join("corpus");
    let mut sections = Vec::new();
    let mut emit = |section: Section| {
        println!("\n{}", section.markdown);
        sections.push(section);
    };
    emit(corpus_section(seed));
    if wants("throughput") {
        emit(throughput(work.path(), &corpus_dir, seed));
    }
    if wants("ratio") {
        emit(native_vs_wasm(seed));
    }
    if wants("start") {
        emit(start(work.path(), seed));
    }
    if wants("underthesea") {
        emit(underthesea(work.path(), seed));
    }
    if wants("rss") {
        emit(rss(work.path(), &corpus_dir, seed));
    }
    if std::env::var_os("DOCFLOW_PERF_NO_DOC").is_none() {
        let path = root().join("docs/PERFORMANCE.md");
        write_doc(&path, &sections);
        println!("\nwrote {}", path.display());
    }
}

/// Replaces each section's text between `<!-- perf:ID -->` and
/// `<!-- /perf:ID -->`, appending sections the file lacks.
fn write_doc(path: &Path, sections: &[Section]) {
    let mut doc = fs::read_to_string(path).unwrap_or_else(|_| {
        "# Performance\n\nFigures from `cargo bench -p docflow --bench perf`.\n".to_string()
    });
    for section in sections {
        let open = format!("<!-- perf:{} -->", section.id);
        let close = format!("<!-- /perf:{} -->", section.id);
        let body = format!("{open}\n{}\n{close}", section.markdown.trim_end());
        match (doc.find(&open), doc.find(&close)) {
            (Some(a), Some(b)) if b > a => doc.replace_range(a..b + close.len(), &body),
            _ => {
                doc.push('\n');
                doc.push_str(&body);
                doc.push('\n');
            }
        }
    }
    fs::write(path, doc).unwrap();
}

/// The date and machine, for every section's header.
fn stamp() -> String {
    let date = Command::new("date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("`{COMMAND}`, {date}, {cpus} CPUs")
}

fn corpus_section(seed: u64) -> Section {
    let n = 2000;
    let sizes: Vec<usize> = (0..n)
        .map(|i| corpus::article(seed, i).text.len())
        .collect();
    let mean = sizes.iter().sum::<usize>() as f64 / n as f64;
    let mut sorted = sizes.clone();
    sorted.sort_unstable();
    let started = Instant::now();
    let mut bytes = 0;
    for i in 0..n {
        bytes += black_box(corpus::article(seed, i)).text.len();
    }
    let rate = bytes as f64 / 1e6 / started.elapsed().as_secs_f64();
    let mut md = String::new();
    writeln!(md, "### Corpus\n").unwrap();
    writeln!(
        md,
        "Generated by `host/benches/support/corpus.rs`, seed {seed} (articles are a function \
         of seed and index). First {n} articles:\n"
    )
    .unwrap();
    writeln!(
        md,
        "| mean | min | p10 | median | p90 | max | generator speed |"
    )
    .unwrap();
    writeln!(md, "| --- | --- | --- | --- | --- | --- | --- |").unwrap();
    let kb = |b: usize| format!("{:.1} KB", b as f64 / 1e3);
    writeln!(
        md,
        "| {} | {} | {} | {} | {} | {} | {rate:.0} MB/s |",
        kb(mean as usize),
        kb(sorted[0]),
        kb(sorted[n / 10]),
        kb(sorted[n / 2]),
        kb(sorted[n * 9 / 10]),
        kb(sorted[n - 1])
    )
    .unwrap();
    Section {
        id: "corpus",
        markdown: md,
    }
}

/// Writes articles `0..n` into `dir` once (reused by later sections).
fn ensure_corpus(dir: &Path, seed: u64, n: usize) {
    let have = fs::read_dir(dir).map(|d| d.count()).unwrap_or(0);
    if have < n {
        let started = Instant::now();
        corpus::write(dir, seed, have..n).unwrap();
        eprintln!(
            "generated articles {have}..{n} in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
}

/// A folder with the first `n` articles of `corpus_dir`, hard-linked;
/// returns the folder and its size in bytes.
fn subset(corpus_dir: &Path, into: &Path, n: usize) -> (PathBuf, u64) {
    let mut names: Vec<PathBuf> = fs::read_dir(corpus_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names.truncate(n);
    let _ = fs::remove_dir_all(into);
    fs::create_dir_all(into).unwrap();
    let mut bytes = 0;
    for path in names {
        bytes += fs::metadata(&path).unwrap().len();
        fs::hard_link(&path, into.join(path.file_name().unwrap())).unwrap();
    }
    (into.to_path_buf(), bytes)
}

struct RunResult {
    secs: f64,
    /// User + system CPU seconds of the child (from `/usr/bin/time`).
    cpu: f64,
    stderr: String,
    peak_kb: u64,
    /// (seconds since start, VmRSS kB)
    rss: Vec<(f64, u64)>,
}

/// `docflow run pipelines/default.toml INPUT --out OUT --jobs N`, watching
/// the child's memory every 20 ms.
fn docflow_run(input: &Path, out: &Path, cache: &Path, jobs: usize) -> RunResult {
    docflow_run_with(
        &root().join("pipelines/default.toml"),
        input,
        out,
        cache,
        jobs,
    )
}

fn docflow_run_with(
    pipeline: &Path,
    input: &Path,
    out: &Path,
    cache: &Path,
    jobs: usize,
) -> RunResult {
    let stderr_path = out.with_extension("stderr");
    let time_path = out.with_extension("time");
    let stderr = fs::File::create(&stderr_path).unwrap();
    let started = Instant::now();
    let mut child = Command::new("/usr/bin/time")
        .args(["-f", "%U %S %M", "-o"])
        .arg(&time_path)
        .arg(env!("CARGO_BIN_EXE_docflow"))
        .env("DOCFLOW_CACHE_DIR", cache)
        .arg("run")
        .arg(pipeline)
        .arg(input)
        .arg("--out")
        .arg(out)
        .args(["--jobs", &jobs.to_string()])
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .unwrap();
    // docflow is the child of `time`.
    let children = format!("/proc/{0}/task/{0}/children", child.id());
    let mut status_file = None;
    let (mut peak_kb, mut rss) = (0, Vec::new());
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if status_file.is_none() {
            status_file = fs::read_to_string(&children).ok().and_then(|c| {
                c.split_whitespace()
                    .next()
                    .map(|p| format!("/proc/{p}/status"))
            });
        }
        if let Some(text) = status_file
            .as_ref()
            .and_then(|f| fs::read_to_string(f).ok())
        {
            let field = |name: &str| {
                text.lines()
                    .find(|l| l.starts_with(name))
                    .and_then(|l| l.split_whitespace().nth(1))
                    .and_then(|v| v.parse::<u64>().ok())
            };
            if let Some(hwm) = field("VmHWM:") {
                peak_kb = peak_kb.max(hwm);
            }
            if let Some(now) = field("VmRSS:") {
                rss.push((started.elapsed().as_secs_f64(), now));
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let secs = started.elapsed().as_secs_f64();
    let stderr = fs::read_to_string(&stderr_path).unwrap_or_default();
    assert!(
        status.code() == Some(0) || status.code() == Some(1),
        "docflow run failed: {status}\n{stderr}"
    );
    let time = fs::read_to_string(&time_path).unwrap_or_default();
    let fields: Vec<f64> = time
        .lines()
        .last()
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    let cpu = fields.first().unwrap_or(&f64::NAN) + fields.get(1).unwrap_or(&f64::NAN);
    if let Some(max_kb) = fields.get(2) {
        peak_kb = peak_kb.max(*max_kb as u64);
    }
    RunResult {
        secs,
        cpu,
        stderr,
        peak_kb,
        rss,
    }
}

/// docflow's own summary line: "N documents, F failed, … (X MB/s, …)".
fn summary_line(stderr: &str) -> String {
    stderr
        .lines()
        .rev()
        .find(|l| l.contains(" documents, "))
        .unwrap_or("")
        .trim()
        .to_string()
}

fn failed_count(stderr: &str) -> usize {
    summary_line(stderr)
        .split(", ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The default pipeline without its SQLite output, to see what the
/// database costs.
fn no_sqlite_pipeline(base: &Path) -> PathBuf {
    let path = base.join("no-sqlite.toml");
    let default_toml = fs::read_to_string(root().join("pipelines/default.toml")).unwrap();
    let cut = default_toml
        .find("# Every document, its entities")
        .expect("the SQLite output's comment in pipelines/default.toml");
    assert!(!default_toml[..cut].contains("sqlite"));
    fs::write(&path, &default_toml[..cut]).unwrap();
    path
}

fn throughput(base: &Path, corpus_dir: &Path, seed: u64) -> Section {
    let n = env_usize("DOCFLOW_PERF_DOCS", 10_000);
    let rounds = env_usize("DOCFLOW_PERF_RUN_ROUNDS", 2);
    ensure_corpus(corpus_dir, seed, n);
    let (input, bytes) = subset(corpus_dir, &base.join("throughput-in"), n);
    let cache = base.join("cache");
    let one = base.join("one-in");
    subset(corpus_dir, &one, 1);
    docflow_run(&one, &base.join("warm-out"), &cache, 1);
    let load_before = load();

    let no_sqlite = no_sqlite_pipeline(base);
    let default_path = root().join("pipelines/default.toml");
    let variants: [(&str, &Path, usize); 3] = [
        ("default", &default_path, 1),
        ("default", &default_path, 2),
        ("default without the SQLite output", &no_sqlite, 2),
    ];

    let mut rows = Vec::new();
    let mut per_variant: BTreeMap<usize, Vec<(f64, f64)>> = BTreeMap::new();
    let mut stage_micros: BTreeMap<String, Vec<(u64, u64)>> = BTreeMap::new();
    let mut stage_sum_1w = 0u64;
    let mut wall_1w = 0.0;
    let mut cpu_1w = 0.0;
    let mut outputs = Vec::new();
    for round in 0..rounds {
        for (v, (label, pipeline, jobs)) in variants.iter().enumerate() {
            let jobs = *jobs;
            let out = base.join(format!("tp-out-{v}-{round}"));
            let load_at = load();
            let r = docflow_run_with(pipeline, &input, &out, &cache, jobs);
            per_variant.entry(v).or_default().push((r.secs, r.cpu));
            rows.push(format!(
                "| {label} | {jobs} | {} | {:.1} s | {:.1} s | {:.0} | {:.2} | {:.2} | {} | {} | {load_at} |",
                round + 1,
                r.secs,
                r.cpu,
                n as f64 / r.secs,
                bytes as f64 / 1e6 / r.secs,
                bytes as f64 / 1e6 / r.cpu,
                failed_count(&r.stderr),
                r.peak_kb / 1024,
            ));
            if v == 0 && round == 0 {
                wall_1w = r.secs;
                cpu_1w = r.cpu;
                for entry in fs::read_dir(&out).unwrap() {
                    let path = entry.unwrap().path();
                    if path.extension().is_none_or(|x| x != "json") {
                        continue;
                    }
                    let json: serde_json::Value =
                        serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
                    let source = input.join(json["source_file"].as_str().unwrap());
                    let raw = fs::metadata(source).unwrap().len();
                    let cleaned = json["text"].as_str().unwrap().len() as u64;
                    for (i, step) in json["provenance"].as_array().unwrap().iter().enumerate() {
                        let read = if i == 0 { raw } else { cleaned };
                        let micros = step["micros"].as_u64().unwrap();
                        stage_sum_1w += micros;
                        stage_micros
                            .entry(format!("{} {}", i + 1, step["stage"].as_str().unwrap()))
                            .or_default()
                            .push((micros, read));
                    }
                }
            }
            outputs.push(out);
        }
    }
    // Deleted only now: ext4 skips recently freed inodes when it creates a
    // file, so a run right after another run's outputs were deleted spent a
    // fifth of its CPU in `ext4_create` (`perf record`), which charged it to
    // whichever variant came second.
    for out in outputs {
        fs::remove_dir_all(out).unwrap();
    }
    let mut md = String::new();
    writeln!(md, "### 1. Throughput of the default pipeline\n").unwrap();
    writeln!(
        md,
        "`docflow run pipelines/default.toml DIR --out OUT --jobs N` (clean → tag → export-json, \
         folder + SQLite outputs), warm component cache, {n} generated articles, {:.1} MB \
         ({:.1} KB mean). Rounds alternate 1 and 2 workers. {}; load average (1/5/15 min) before: {load_before}, \
         after: {}.\n",
        bytes as f64 / 1e6,
        bytes as f64 / 1e3 / n as f64,
        stamp(),
        load()
    )
    .unwrap();
    writeln!(
        md,
        "| pipeline | workers | round | wall time | CPU time (user+sys) | docs/s | MB/s | MB per CPU-second | failed | peak RSS MiB | load at start |"
    )
    .unwrap();
    writeln!(
        md,
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    )
    .unwrap();
    for row in rows {
        writeln!(md, "{row}").unwrap();
    }
    let med = |v: usize| {
        let runs = &per_variant[&v];
        (
            median(&runs.iter().map(|r| r.0).collect::<Vec<_>>()),
            median(&runs.iter().map(|r| r.1).collect::<Vec<_>>()),
        )
    };
    let ((w1, c1), (w2, c2), (w3, c3)) = (med(0), med(1), med(2));
    let mb = bytes as f64 / 1e6;
    writeln!(
        md,
        "\nMedians: 1 worker **{:.2} MB/s** ({:.0} docs/s), 2 workers **{:.2} MB/s** ({:.0} docs/s), \
         the second worker gives {:.2}×; per CPU-second {:.2} MB (1 worker) and {:.2} MB (2 workers). \
         Without the SQLite output (2 workers): {:.2} MB/s, {:.2} MB per CPU-second, so SQLite \
         costs {:.0}% of the CPU time of the 2-worker run.\n",
        mb / w1,
        n as f64 / w1,
        mb / w2,
        n as f64 / w2,
        w1 / w2,
        mb / c1,
        mb / c2,
        mb / w3,
        mb / c3,
        (c2 - c3) / c2 * 100.0
    )
    .unwrap();
    writeln!(
        md,
        "Per stage (1 worker, round 1, from each output's provenance `micros`, which time the \
         call plus the host's output checks):\n"
    )
    .unwrap();
    writeln!(
        md,
        "| stage | median | mean | p99 | MB/s of what it reads | share of wall time |"
    )
    .unwrap();
    writeln!(md, "| --- | --- | --- | --- | --- | --- |").unwrap();
    for (stage, mut runs) in stage_micros {
        let bytes: u64 = runs.iter().map(|(_, read)| read).sum();
        let micros: u64 = runs.iter().map(|(micros, _)| micros).sum();
        runs.sort_unstable();
        writeln!(
            md,
            "| {stage} | {} µs | {:.0} µs | {} µs | {:.1} | {:.0}% |",
            runs[runs.len() / 2].0,
            micros as f64 / runs.len() as f64,
            runs[(runs.len() * 99 / 100).min(runs.len() - 1)].0,
            bytes as f64 / micros.max(1) as f64,
            micros as f64 / 1e4 / wall_1w
        )
        .unwrap();
    }
    writeln!(
        md,
        "\nStages together: {:.1} s of the {:.1} s wall time ({:.1} s CPU) with 1 worker \
         ({:.0}% of wall); the rest is the host (listing, reading, hashing, decoding, writing \
         JSON files and SQLite rows, fsync batches), process start, and waiting for a CPU on \
         a loaded machine.",
        stage_sum_1w as f64 / 1e6,
        wall_1w,
        cpu_1w,
        stage_sum_1w as f64 / 1e4 / wall_1w
    )
    .unwrap();
    fs::remove_dir_all(&input).unwrap();
    Section {
        id: "throughput",
        markdown: md,
    }
}

// ---- native vs wasm -------------------------------------------------------

fn sdk_to_wit(doc: &Document) -> wit::Document {
    wit::Document {
        id: doc.id.clone(),
        source_file: doc.source_file.clone(),
        text: doc.text.clone(),
        metadata: doc
            .metadata
            .iter()
            .map(|(k, v)| (k.clone(), v.to_string()))
            .collect(),
        entities: doc
            .entities
            .iter()
            .map(|e| wit::Entity {
                label: e.label.clone(),
                start: e.start as u32,
                end: e.end as u32,
                attributes: e.attributes.clone(),
            })
            .collect(),
        provenance: doc
            .provenance
            .iter()
            .map(|s| wit::Step {
                stage: s.stage.clone(),
                plugin: s.plugin.clone(),
                version: s.version.clone(),
                sha256: s.sha256.clone(),
                micros: s.micros,
            })
            .collect(),
    }
}

/// A raw input as the host hands it to the first stage.
fn first_input(name: &str, bytes: &[u8]) -> Document {
    let decoded = decode::decode(bytes).unwrap();
    let mut metadata = Metadata::default();
    metadata.set("encoding", decoded.encoding);
    Document {
        id: hex::encode(Sha256::digest(bytes)),
        source_file: name.to_string(),
        text: decoded.text,
        metadata,
        entities: Vec::new(),
        provenance: Vec::new(),
    }
}

fn step(stage: &str) -> Step {
    Step {
        stage: stage.into(),
        plugin: stage.into(),
        version: "0.1.0".into(),
        sha256: "0".repeat(64),
        micros: 1234,
    }
}

/// The native plugins, configured as the default pipeline does (`{}`).
struct Native {
    clean: clean::Clean,
    tag: tag::Tag,
    export: export_json::ExportJson,
}

impl Native {
    fn new() -> Self {
        Native {
            clean: docflow_sdk::configure("{}").unwrap(),
            tag: docflow_sdk::configure("{}").unwrap(),
            export: docflow_sdk::configure("{}").unwrap(),
        }
    }

    fn call(&mut self, stage: usize, doc: Document) -> docflow_sdk::Output {
        match stage {
            0 => self.clean.process(doc),
            1 => self.tag.process(doc),
            _ => self.export.process(doc),
        }
        .unwrap()
    }
}

fn wasm_stage(runtime: &Runtime, name: &'static str) -> StageInstance {
    let (_, bytes) = builtin::find(name).unwrap();
    let plugin = LoadedPlugin::load(runtime, PluginSource::Builtin(name), bytes).unwrap();
    let mut stage = StageInstance::new(plugin, Arc::from(name), Arc::from("{}"), Limits::default());
    stage.prepare().unwrap();
    stage
}

const STAGES: [&str; 3] = ["clean", "tag", "export-json"];

/// A plugin built outside the project, from its file, instantiated and
/// configured with defaults.
fn file_stage(runtime: &Runtime, path: &str) -> StageInstance {
    let bytes = fs::read(path).unwrap();
    let plugin = LoadedPlugin::load(runtime, PluginSource::File(path.into()), &bytes).unwrap();
    let mut stage = StageInstance::new(plugin, Arc::from("ab"), Arc::from("{}"), Limits::default());
    stage.prepare().unwrap();
    stage
}

/// Two builds of a first-stage plugin on the same raw articles, in
/// alternating order each round: µs per document and the median B/A ratio.
fn ab(pair: &str, seed: u64) {
    let paths: Vec<&str> = pair.split(',').collect();
    assert_eq!(paths.len(), 2, "DOCFLOW_PERF_AB=A.wasm,B.wasm");
    let n = env_usize("DOCFLOW_PERF_RATIO_DOCS", 1000);
    let rounds = env_usize("DOCFLOW_PERF_ROUNDS", 7);
    let docs: Vec<wit::Document> = (0..n)
        .map(|i| corpus::article(seed, i))
        .map(|a| sdk_to_wit(&first_input(&a.name, a.text.as_bytes())))
        .collect();
    let runtime = Runtime::new(None).unwrap();
    let mut stages: Vec<StageInstance> = paths
        .iter()
        .map(|path| file_stage(&runtime, path))
        .collect();
    let differ = docs
        .iter()
        .filter(|d| {
            let [a, b] = [0, 1].map(|k| stages[k].process(d).unwrap().document.map(|d| d.text));
            a != b
        })
        .count();
    // Machine noise here is ±20% between whole passes, so A and B take turns
    // on every chunk of 25 documents and each round sums its chunks.
    let mut cpu = [Vec::new(), Vec::new()];
    for round in 0..rounds {
        let mut sum = [0.0; 2];
        for (c, chunk) in docs.chunks(25).enumerate() {
            for turn in 0..2 {
                let k = (round + c + turn) % 2;
                let started = thread_cpu();
                for doc in chunk {
                    black_box(stages[k].process(doc).unwrap());
                }
                sum[k] += thread_cpu() - started;
            }
        }
        for k in 0..2 {
            cpu[k].push(sum[k] / n as f64 * 1e6);
        }
    }
    let ratios: Vec<f64> = (0..rounds).map(|r| cpu[1][r] / cpu[0][r]).collect();
    // Fuel (operators run) is the same on every run, however busy the
    // machine: one pass on a metering runtime.
    let metered = Runtime::with_fuel(None, true).unwrap();
    let fuel: Vec<f64> = paths
        .iter()
        .map(|path| {
            let mut stage = file_stage(&metered, path);
            let total: u64 = docs
                .iter()
                .map(|doc| {
                    stage.process(doc).unwrap();
                    stage.fuel_used().unwrap()
                })
                .sum();
            total as f64 / n as f64
        })
        .collect();
    println!(
        "fuel A {:.0}, B {:.0} per doc, B/A {:.4} (WebAssembly operators run; exact)",
        fuel[0],
        fuel[1],
        fuel[1] / fuel[0]
    );
    println!(
        "A {:.0} µs/doc, B {:.0} µs/doc (medians of {rounds} rounds, on-CPU), B/A {:.3} \
         (min {:.3}, max {:.3}); texts differing: {differ} of {n}",
        median(&cpu[0]),
        median(&cpu[1]),
        median(&ratios),
        ratios.iter().cloned().fold(f64::MAX, f64::min),
        ratios.iter().cloned().fold(f64::MIN, f64::max),
    );
}

fn native_vs_wasm(seed: u64) -> Section {
    let n = env_usize("DOCFLOW_PERF_RATIO_DOCS", 1000);
    let rounds = env_usize("DOCFLOW_PERF_ROUNDS", 7);
    let load_before = load();
    let raw: Vec<corpus::Article> = (0..n).map(|i| corpus::article(seed, i)).collect();
    // Each stage's input, as the host would hand it over: built natively
    // once, then checked against what the wasm stages give.
    let mut native = Native::new();
    let mut inputs: [Vec<Document>; 3] = Default::default();
    for a in &raw {
        let doc = first_input(&a.name, a.text.as_bytes());
        inputs[0].push(doc.clone());
        let mut cleaned = native.call(0, doc).document.unwrap();
        cleaned.provenance = vec![step("clean")];
        inputs[1].push(cleaned.clone());
        let mut tagged = native.call(1, cleaned).document.unwrap();
        tagged.provenance = vec![step("clean"), step("tag")];
        inputs[2].push(tagged);
    }
    let wit_inputs: Vec<Vec<wit::Document>> = inputs
        .iter()
        .map(|docs| docs.iter().map(sdk_to_wit).collect())
        .collect();
    let read_bytes: Vec<u64> = inputs
        .iter()
        .map(|docs| docs.iter().map(|d| d.text.len() as u64).sum())
        .collect();

    let runtime = Runtime::new(None).unwrap();
    let mut wasm: Vec<StageInstance> = STAGES.iter().map(|s| wasm_stage(&runtime, s)).collect();
    // Same code, same results?
    let mut mismatches = 0;
    for (i, doc) in wit_inputs[0].iter().enumerate() {
        let out = wasm[0].process(doc).unwrap().document.unwrap();
        let tagged = wasm[1]
            .process(&wit_inputs[1][i])
            .unwrap()
            .document
            .unwrap();
        if out.text != inputs[1][i].text || tagged.entities.len() != inputs[2][i].entities.len() {
            mismatches += 1;
        }
    }
    let mut chain = Chain::from_instances(STAGES.iter().map(|s| wasm_stage(&runtime, s)).collect());
    let probe_path = test_plugins::MISBEHAVE_WASM;
    let probe_bytes = fs::read(probe_path).unwrap();
    let probe_plugin = LoadedPlugin::load(
        &runtime,
        PluginSource::File(probe_path.into()),
        &probe_bytes,
    )
    .unwrap();
    let mut probe = StageInstance::new(
        probe_plugin.clone(),
        Arc::from("probe"),
        Arc::from("{}"),
        Limits::default(),
    );
    probe.prepare().unwrap();
    // The same probe handing each document back whole: the difference is
    // what returning the full document costs, against returning nothing.
    let mut echo = StageInstance::new(
        probe_plugin,
        Arc::from("echo"),
        Arc::from(r#"{"echo": true}"#),
        Limits::default(),
    );
    echo.prepare().unwrap();

    // Rows: clean, tag, export, chain (bare), chain via host Chain::process,
    // probe, then the probe returning `unchanged` and the echo on what the
    // tagger reads. Wall and on-CPU seconds per round.
    let mut native_t: Vec<Vec<f64>> = vec![Vec::new(); 4];
    let mut wasm_t: Vec<Vec<f64>> = vec![Vec::new(); 8];
    let mut native_c: Vec<Vec<f64>> = vec![Vec::new(); 4];
    let mut wasm_c: Vec<Vec<f64>> = vec![Vec::new(); 8];
    let time = |f: &mut dyn FnMut()| {
        let (started, cpu) = (Instant::now(), thread_cpu());
        f();
        (started.elapsed().as_secs_f64(), thread_cpu() - cpu)
    };
    for round in 0..rounds {
        let native_first = round % 2 == 0;
        for stage in 0..4 {
            for turn in 0..2 {
                let run_native = (turn == 0) == native_first;
                if run_native {
                    let t = if stage < 3 {
                        time(&mut || {
                            for doc in &inputs[stage] {
                                black_box(native.call(stage, doc.clone()));
                            }
                        })
                    } else {
                        time(&mut || {
                            for doc in &inputs[0] {
                                // Moved through clean and tag; export
                                // gets a copy, as the host keeps the
                                // document for its outputs.
                                let doc = doc.clone();
                                let doc = native.call(0, doc).document.unwrap();
                                let doc = native.call(1, doc).document.unwrap();
                                let out = native.call(2, doc.clone());
                                black_box((doc, out.artifacts));
                            }
                        })
                    };
                    native_t[stage].push(t.0);
                    native_c[stage].push(t.1);
                } else {
                    let t = if stage < 3 {
                        time(&mut || {
                            for doc in &wit_inputs[stage] {
                                black_box(wasm[stage].process(doc).unwrap());
                            }
                        })
                    } else {
                        time(&mut || {
                            for doc in &wit_inputs[0] {
                                let mut doc = doc.clone();
                                let mut artifacts = Vec::new();
                                for stage in wasm.iter_mut() {
                                    let out = stage.process(&doc).unwrap();
                                    artifacts.extend(out.artifacts);
                                    if let Some(mut changed) = out.document {
                                        changed.id = std::mem::take(&mut doc.id);
                                        changed.source_file = std::mem::take(&mut doc.source_file);
                                        doc = changed;
                                    }
                                }
                                black_box((doc, artifacts));
                            }
                        })
                    };
                    wasm_t[stage].push(t.0);
                    wasm_c[stage].push(t.1);
                }
            }
        }
        let t = time(&mut || {
            for (a, doc) in raw.iter().zip(&inputs[0]) {
                black_box(
                    chain
                        .process_with_id(&a.name, a.text.as_bytes(), doc.id.clone())
                        .unwrap(),
                );
            }
        });
        wasm_t[4].push(t.0);
        wasm_c[4].push(t.1);
        let t = time(&mut || {
            for doc in &wit_inputs[0] {
                black_box(probe.process(doc).unwrap());
            }
        });
        wasm_t[5].push(t.0);
        wasm_c[5].push(t.1);
        for (row, probe) in [(6, &mut probe), (7, &mut echo)] {
            let t = time(&mut || {
                for doc in &wit_inputs[1] {
                    black_box(probe.process(doc).unwrap());
                }
            });
            wasm_t[row].push(t.0);
            wasm_c[row].push(t.1);
        }
        eprintln!(
            "ratio round {} (CPU time): clean {:.2}, tag {:.2}, export {:.2}, chain {:.2}",
            round + 1,
            wasm_c[0][round] / native_c[0][round],
            wasm_c[1][round] / native_c[1][round],
            wasm_c[2][round] / native_c[2][round],
            wasm_c[3][round] / native_c[3][round],
        );
    }
    let ratios = |w: &[f64], nat: &[f64]| -> Vec<f64> {
        w.iter().zip(nat).map(|(w, n)| w / n).collect::<Vec<_>>()
    };
    let per_doc = |secs: f64| secs * 1e6 / n as f64;
    let mut md = String::new();
    writeln!(md, "### 2. Native vs wasm, same plugin code\n").unwrap();
    writeln!(
        md,
        "{n} generated articles. Native: `<P as docflow_sdk::Plugin>::process(doc.clone())` on the \
         rlib crates linked into the bench (bench profile: opt-level 3, no LTO). Wasm: the built-in \
         components (plugin profile: opt-level 3, LTO, codegen-units 1; simd128 for clean only) through \
         `StageInstance::process` (one instance reused, epoch deadline set per call, default \
         limits), in the same process. Each stage gets the same input document on both sides \
         (the native clean/tag outputs; {mismatches} of {n} wasm outputs differed from native). \
         {rounds} rounds; in each, native and wasm take turns (alternating who goes first); the \
         ratio is taken per round, then the median. {}; load average before: {load_before}, \
         after: {}.\n",
        stamp(),
        load()
    )
    .unwrap();
    writeln!(
        md,
        "Times are the bench thread's on-CPU time (`CLOCK_THREAD_CPUTIME_ID`), which other \
         processes' load does not inflate; the wall-time ratio is shown too.\n"
    )
    .unwrap();
    writeln!(
        md,
        "| plugin | native µs/doc | wasm µs/doc | native MB/s | wasm MB/s | wasm/native CPU time (median) | min–max over rounds | wasm/native wall time (median) |"
    )
    .unwrap();
    writeln!(md, "| --- | --- | --- | --- | --- | --- | --- | --- |").unwrap();
    let names = [
        "clean",
        "tag",
        "export-json",
        "chain (clean → tag → export-json)",
        "chain via the host's `Chain::process` (adds decode, output checks, provenance)",
    ];
    for (i, name) in names.iter().enumerate() {
        let nat = i.min(3);
        let r = ratios(&wasm_c[i], &native_c[nat]);
        let rw = ratios(&wasm_t[i], &native_t[nat]);
        let bytes = read_bytes[i.min(3) % 3];
        let (nt, wt) = (median(&native_c[nat]), median(&wasm_c[i]));
        let bold = if i < 4 { "**" } else { "" };
        writeln!(
            md,
            "| {name} | {:.0} | {:.0} | {:.1} | {:.1} | {bold}{:.2}×{bold} | {:.2}–{:.2} | {:.2}× |",
            per_doc(nt),
            per_doc(wt),
            bytes as f64 / 1e6 / nt,
            bytes as f64 / 1e6 / wt,
            median(&r),
            r.iter().cloned().fold(f64::INFINITY, f64::min),
            r.iter().cloned().fold(0.0, f64::max),
            median(&rw),
        )
        .unwrap();
    }
    writeln!(
        md,
        "\nBoundary probe: the `misbehave` test plugin with no trigger word takes the raw \
         document in (host lowers it, guest lifts it and parses its metadata), scans its text for \
         12 words and returns `unchanged`: {:.0} µs/doc median, {:.0}% of the wasm clean call on \
         the same documents.",
        per_doc(median(&wasm_c[5])),
        median(&wasm_c[5]) / median(&wasm_c[0]) * 100.0
    )
    .unwrap();
    let returned = ratios(&wasm_c[7], &wasm_c[6]);
    let return_cost: Vec<f64> = wasm_c[7]
        .iter()
        .zip(&wasm_c[6])
        .map(|(echo, unchanged)| per_doc(echo - unchanged))
        .collect();
    writeln!(
        md,
        "\nReturn copy (issue #7 asks to measure it before changing the contract): the same probe \
         on the tagger's input (cleaned documents, {:.1} KB of text, no entities yet) takes {:.0} \
         µs/doc when it returns `unchanged` and {:.0} µs/doc when it hands the document back \
         whole; the difference, {:.1} µs/doc (median of per-round differences; {:.2}× the probe), \
         is what a contract returning only the added entities would save: {:.0}% of the wasm tag \
         call.",
        read_bytes[1] as f64 / n as f64 / 1e3,
        per_doc(median(&wasm_c[6])),
        per_doc(median(&wasm_c[7])),
        median(&return_cost),
        median(&returned),
        median(&return_cost) / per_doc(median(&wasm_c[1])) * 100.0
    )
    .unwrap();
    Section {
        id: "ratio",
        markdown: md,
    }
}

// ---- cold / warm start ----------------------------------------------------

fn start(base: &Path, seed: u64) -> Section {
    let reps = env_usize("DOCFLOW_PERF_START_REPS", 7);
    let dir = base.join("start");
    fs::create_dir_all(&dir).unwrap();
    // An ~8 KB article.
    let article = (0..50)
        .map(|i| corpus::article(seed, 1_000_000 + i))
        .min_by_key(|a| a.text.len().abs_diff(8000))
        .unwrap();
    let file = dir.join(&article.name);
    fs::write(&file, &article.text).unwrap();
    let warm_cache = dir.join("warm-cache");
    let load_before = load();
    let no_sqlite = no_sqlite_pipeline(base);
    let default_path = root().join("pipelines/default.toml");
    let time_run_with = |pipeline: &Path, cache: &Path, out: &Path| {
        let started = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_docflow"))
            .env("DOCFLOW_CACHE_DIR", cache)
            .arg("run")
            .arg(pipeline)
            .arg(&file)
            .arg("--out")
            .arg(out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        let secs = started.elapsed().as_secs_f64();
        assert!(status.success());
        let _ = fs::remove_dir_all(out);
        secs * 1000.0
    };
    let time_run = |cache: &Path, out: &Path| time_run_with(&default_path, cache, out);
    time_run(&warm_cache, &dir.join("fill"));
    let (mut cold, mut warm, mut bare) = (Vec::new(), Vec::new(), Vec::new());
    let mut warm_no_sqlite = Vec::new();
    for rep in 0..reps {
        let cold_cache = dir.join(format!("cold-cache-{rep}"));
        let pair = if rep % 2 == 0 {
            let c = time_run(&cold_cache, &dir.join("out"));
            (c, time_run(&warm_cache, &dir.join("out")))
        } else {
            let w = time_run(&warm_cache, &dir.join("out"));
            (time_run(&cold_cache, &dir.join("out")), w)
        };
        cold.push(pair.0);
        warm.push(pair.1);
        let _ = fs::remove_dir_all(&cold_cache);
        let started = Instant::now();
        Command::new(env!("CARGO_BIN_EXE_docflow"))
            .arg("--version")
            .stdout(Stdio::null())
            .status()
            .unwrap();
        bare.push(started.elapsed().as_secs_f64() * 1000.0);
        warm_no_sqlite.push(time_run_with(&no_sqlite, &warm_cache, &dir.join("out")));
    }
    // In-process: loading the three plugins with and without a cache.
    let (mut compile, mut deserialize, mut engine) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..reps.min(5) {
        let started = Instant::now();
        let runtime =
            Runtime::new(Some(ComponentCache::new(warm_cache.join("components")))).unwrap();
        engine.push(started.elapsed().as_secs_f64() * 1000.0);
        let started = Instant::now();
        for name in STAGES {
            let (_, bytes) = builtin::find(name).unwrap();
            LoadedPlugin::load(&runtime, PluginSource::Builtin(name), bytes).unwrap();
        }
        deserialize.push(started.elapsed().as_secs_f64() * 1000.0);
        let runtime = Runtime::new(None).unwrap();
        let started = Instant::now();
        for name in STAGES {
            let (_, bytes) = builtin::find(name).unwrap();
            LoadedPlugin::load(&runtime, PluginSource::Builtin(name), bytes).unwrap();
        }
        compile.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    // What a stage pays after a trap: a fresh store, instance and `configure`.
    let runtime = Runtime::new(Some(ComponentCache::new(warm_cache.join("components")))).unwrap();
    let fresh_instance: Vec<(&str, f64)> = STAGES
        .iter()
        .map(|&name| {
            let (_, bytes) = builtin::find(name).unwrap();
            let plugin = LoadedPlugin::load(&runtime, PluginSource::Builtin(name), bytes).unwrap();
            let micros: Vec<f64> = (0..reps * 10)
                .map(|_| {
                    let started = Instant::now();
                    let mut stage = StageInstance::new(
                        plugin.clone(),
                        Arc::from(name),
                        Arc::from("{}"),
                        Limits::default(),
                    );
                    stage.prepare().unwrap();
                    let micros = started.elapsed().as_secs_f64() * 1e6;
                    drop(black_box(stage));
                    micros
                })
                .collect();
            (name, median(&micros))
        })
        .collect();
    let cached: u64 = fs::read_dir(warm_cache.join("components"))
        .map(|d| d.flatten().map(|e| e.metadata().unwrap().len()).sum())
        .unwrap_or(0);
    let stats = |v: &[f64]| {
        format!(
            "{:.0} ms | {:.0}–{:.0} ms",
            median(v),
            v.iter().cloned().fold(f64::INFINITY, f64::min),
            v.iter().cloned().fold(0.0, f64::max)
        )
    };
    let mut md = String::new();
    writeln!(md, "### 3. Cold vs warm start\n").unwrap();
    writeln!(
        md,
        "Wall time of `docflow run pipelines/default.toml ONE_FILE --out OUT` on one {:.1} KB \
         article, whole process (start, load and instantiate 3 plugins, process, write JSON + \
         SQLite, exit). Cold: a new empty `DOCFLOW_CACHE_DIR` each time; warm: the cache filled. \
         {reps} repetitions, cold and warm interleaved. {}; load average before: {load_before}, \
         after: {}.\n",
        article.text.len() as f64 / 1e3,
        stamp(),
        load()
    )
    .unwrap();
    writeln!(md, "| start | median | min–max |").unwrap();
    writeln!(md, "| --- | --- | --- |").unwrap();
    writeln!(md, "| cold (no compiled components) | {} |", stats(&cold)).unwrap();
    writeln!(md, "| warm (cache filled) | {} |", stats(&warm)).unwrap();
    writeln!(
        md,
        "| warm, the same pipeline without its SQLite output | {} |",
        stats(&warm_no_sqlite)
    )
    .unwrap();
    writeln!(
        md,
        "| `docflow --version` (process floor) | {} |",
        stats(&bare)
    )
    .unwrap();
    writeln!(
        md,
        "\nIn the bench process: `Runtime::new` {:.1} ms; loading clean + tag + export-json \
         (check, describe, pre-instantiate) from the cache {:.0} ms, compiling them with \
         Cranelift {:.0} ms (medians). Cache size for the three: {:.1} MB.",
        median(&engine),
        median(&deserialize),
        median(&compile),
        cached as f64 / 1e6
    )
    .unwrap();
    writeln!(
        md,
        "\nA fresh instance (new store, instantiate, `configure`), what a stage pays again \
         after a trap: {} (medians of {}).",
        fresh_instance
            .iter()
            .map(|(name, micros)| format!("{name} {micros:.0} µs"))
            .collect::<Vec<_>>()
            .join(", "),
        reps * 10
    )
    .unwrap();
    Section {
        id: "start",
        markdown: md,
    }
}

// ---- peak RSS -------------------------------------------------------------

fn rss(base: &Path, corpus_dir: &Path, seed: u64) -> Section {
    let small = env_usize("DOCFLOW_PERF_DOCS", 10_000);
    let large = env_usize("DOCFLOW_PERF_RSS_DOCS", 100_000);
    let cache = base.join("cache");
    ensure_corpus(corpus_dir, seed, 1);
    let one = base.join("one-in");
    subset(corpus_dir, &one, 1);
    docflow_run(&one, &base.join("warm-out"), &cache, 1);
    let load_before = load();
    let mut rows = Vec::new();
    for n in [small, large] {
        let started = Instant::now();
        ensure_corpus(corpus_dir, seed, n);
        let gen_secs = started.elapsed().as_secs_f64();
        let (input, bytes) = subset(corpus_dir, &base.join("rss-in"), n);
        let out = base.join(format!("rss-out-{n}"));
        let load_at = load();
        let r = docflow_run(&input, &out, &cache, 2);
        let at = |q: f64| {
            let t = r.secs * q;
            r.rss
                .iter()
                .find(|(s, _)| *s >= t)
                .or(r.rss.last())
                .map_or(0, |(_, kb)| kb / 1024)
        };
        rows.push(format!(
            "| {n} | {:.0} MB | {:.0} s | {:.2} | {} | {} | {} | {} | **{}** | {load_at} |",
            bytes as f64 / 1e6,
            r.secs,
            bytes as f64 / 1e6 / r.secs,
            failed_count(&r.stderr),
            at(0.25),
            at(0.5),
            at(0.9),
            r.peak_kb / 1024
        ));
        eprintln!(
            "rss {n}: generated in {gen_secs:.0} s; {}",
            summary_line(&r.stderr)
        );
        fs::remove_dir_all(&out).unwrap();
        fs::remove_dir_all(&input).unwrap();
    }
    let _ = fs::remove_dir_all(corpus_dir);
    let mut md = String::new();
    writeln!(md, "### 5. Peak RSS\n").unwrap();
    writeln!(
        md,
        "`docflow run pipelines/default.toml DIR --out OUT --jobs 2`, warm cache. VmRSS and VmHWM \
         of the child read from `/proc/<pid>/status` every 20 ms; the peak is the larger of the \
         last VmHWM and `/usr/bin/time`'s maximum resident set size. {}; load average before: \
         {load_before}, after: {}.\n",
        stamp(),
        load()
    )
    .unwrap();
    writeln!(
        md,
        "| documents | input | wall time | MB/s | failed | RSS at 25% MiB | at 50% | at 90% | peak (VmHWM) MiB | load at start |"
    )
    .unwrap();
    writeln!(
        md,
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    )
    .unwrap();
    for row in rows {
        writeln!(md, "{row}").unwrap();
    }
    Section {
        id: "rss",
        markdown: md,
    }
}

// ---- underthesea ----------------------------------------------------------

const UNDERTHESEA_SCRIPT: &str = r#"
import json, sys, time
import underthesea
from underthesea import ner
texts = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
ner("Ông Nguyễn Văn An đến Hà Nội ngày 2/9.")  # load the model
started, cpu = time.perf_counter(), time.process_time()
tokens = entities = 0
for text in texts:
    for para in text.split("\n\n"):
        if para.strip():
            out = ner(para)
            tokens += len(out)
            entities += sum(1 for t in out if t[-1].startswith("B-"))
secs, cpu = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({"secs": secs, "cpu": cpu, "tokens": tokens, "entities": entities,
                  "version": underthesea.__version__}))
"#;

fn underthesea(base: &Path, seed: u64) -> Section {
    let mut md = String::new();
    writeln!(md, "### 6. underthesea's NER vs the wasm tagger\n").unwrap();
    let Some(python) = std::env::var_os("DOCFLOW_UNDERTHESEA_PYTHON") else {
        let note = "Skipped: `DOCFLOW_UNDERTHESEA_PYTHON` is not set (point it at a python that \
                    can `import underthesea`).";
        eprintln!("{note}");
        writeln!(md, "{note}").unwrap();
        return Section {
            id: "underthesea",
            markdown: md,
        };
    };
    let n = env_usize("DOCFLOW_PERF_UTS_DOCS", 200);
    let load_before = load();
    // The text the tagger sees: the cleaner's output.
    let mut native = Native::new();
    let docs: Vec<Document> = (0..n)
        .map(|i| {
            let a = corpus::article(seed, i);
            native
                .call(0, first_input(&a.name, a.text.as_bytes()))
                .document
                .unwrap()
        })
        .collect();
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    let jsonl = base.join("uts.jsonl");
    let mut lines = String::new();
    for d in &docs {
        lines.push_str(&serde_json::to_string(&d.text).unwrap());
        lines.push('\n');
    }
    fs::write(&jsonl, lines).unwrap();
    let script = base.join("uts.py");
    fs::write(&script, UNDERTHESEA_SCRIPT).unwrap();
    let output = Command::new(&python)
        .arg(&script)
        .arg(&jsonl)
        .stderr(Stdio::inherit())
        .output()
        .unwrap();
    let parsed: Option<serde_json::Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .last()
        .and_then(|l| serde_json::from_str(l).ok());
    let Some(result) = parsed.filter(|_| output.status.success()) else {
        let note = format!(
            "Skipped: {} could not run underthesea ({}).",
            python.to_string_lossy(),
            output.status
        );
        eprintln!("{note}");
        writeln!(md, "{note}").unwrap();
        return Section {
            id: "underthesea",
            markdown: md,
        };
    };
    let uts_secs = result["secs"].as_f64().unwrap();
    let uts_cpu = result["cpu"].as_f64().unwrap();
    // The tagger on the same documents, wasm and native, median of 5.
    let runtime = Runtime::new(None).unwrap();
    let mut tag = wasm_stage(&runtime, "tag");
    let wit_docs: Vec<wit::Document> = docs.iter().map(sdk_to_wit).collect();
    let (mut wasm_secs, mut native_secs, mut ours) = (Vec::new(), Vec::new(), 0);
    let (mut wasm_cpu, mut native_cpu) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let (started, cpu) = (Instant::now(), thread_cpu());
        ours = 0;
        for d in &wit_docs {
            ours += tag.process(d).unwrap().document.unwrap().entities.len();
        }
        wasm_secs.push(started.elapsed().as_secs_f64());
        wasm_cpu.push(thread_cpu() - cpu);
        let (started, cpu) = (Instant::now(), thread_cpu());
        for d in &docs {
            black_box(native.call(1, d.clone()));
        }
        native_secs.push(started.elapsed().as_secs_f64());
        native_cpu.push(thread_cpu() - cpu);
    }
    let mbs = |secs: f64| bytes as f64 / 1e6 / secs;
    let wasm_mbs = mbs(median(&wasm_secs));
    let uts_mbs = mbs(uts_secs);
    writeln!(
        md,
        "{n} generated articles' body text after cleaning ({:.2} MB, the text the tagger reads). \
         underthesea {} `ner()` called once per paragraph after a warm-up call (model load not \
         timed), one process; the tagger called on whole documents in this process (median of 5). \
         {}; load average before: {load_before}, after: {}.\n",
        bytes as f64 / 1e6,
        result["version"].as_str().unwrap_or("?"),
        stamp(),
        load()
    )
    .unwrap();
    writeln!(
        md,
        "| tagger | wall time | CPU time | MB per CPU-second | entities found | speed vs underthesea (CPU time) | (wall time) |"
    )
    .unwrap();
    writeln!(md, "| --- | --- | --- | --- | --- | --- | --- |").unwrap();
    let uts_mbc = mbs(uts_cpu);
    writeln!(
        md,
        "| underthesea `ner` | {uts_secs:.1} s | {uts_cpu:.1} s | {uts_mbc:.4} | {} (B- tags) | 1× | 1× |",
        result["entities"]
    )
    .unwrap();
    for (label, wall, cpu) in [
        ("docflow `tag`, wasm", &wasm_secs, &wasm_cpu),
        ("docflow `tag`, native", &native_secs, &native_cpu),
    ] {
        let (w, c) = (median(wall), median(cpu));
        writeln!(
            md,
            "| {label} | {w:.3} s | {c:.3} s | {:.1} | {ours} | **{:.0}×** | {:.0}× |",
            mbs(c),
            mbs(c) / uts_mbc,
            mbs(w) / uts_mbs
        )
        .unwrap();
    }
    let _ = wasm_mbs;
    writeln!(
        md,
        "\nThe two do not find the same things (underthesea tags PER/LOC/ORG/MISC by CRF; \
         docflow's rules also tag dates and document numbers): this compares speed, not quality."
    )
    .unwrap();
    Section {
        id: "underthesea",
        markdown: md,
    }
}
