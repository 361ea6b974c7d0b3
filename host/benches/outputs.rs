//! What the output side costs, on 10,000 documents: each built-in export
//! plugin's throughput, the SQLite output's insert rate, and `docflow
//! query` latency on the resulting database. The documents are generated
//! articles (the perf suite's corpus, all different) cleaned and tagged by
//! the built-in plugins. Run with `cargo bench -p docflow --bench outputs`;
//! `DOCFLOW_OUTPUTS_ONLY=sqlite` measures the database alone,
//! `DOCFLOW_OUTPUTS_DOCS` changes the count.

// Shared with the perf bench, which uses all of it.
#[allow(dead_code)]
mod support;

use std::fs;
use std::sync::Arc;
use std::time::{Duration, Instant};

use docflow::builtin;
use docflow::commands::query::{self, Highlight};
use docflow::outputs::database::{self, Database};
use docflow::process::Chain;
use docflow::runtime::{
    Limits, LoadedPlugin, PluginKind, PluginSource, Runtime, StageInstance, wit,
};

const DOCUMENTS: usize = 10_000;
const SEED: u64 = 7;
/// Documents each export plugin renders (they are independent).
const EXPORTED: usize = 2_000;
const QUERIES: usize = 200;

fn main() {
    let documents_wanted = std::env::var("DOCFLOW_OUTPUTS_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DOCUMENTS);
    let only_sqlite = std::env::var("DOCFLOW_OUTPUTS_ONLY").is_ok_and(|v| v == "sqlite");
    let runtime = Runtime::new(None).unwrap();
    let plugin = |name: &'static str| -> Arc<LoadedPlugin> {
        let (_, wasm) = builtin::find(name).unwrap();
        LoadedPlugin::load(&runtime, PluginSource::Builtin(name), wasm).unwrap()
    };
    let instance = |plugin: Arc<LoadedPlugin>| {
        StageInstance::new(
            plugin,
            Arc::from("bench"),
            Arc::from("{}"),
            Limits::default(),
        )
    };
    let mut chain = Chain::from_instances(vec![instance(plugin("clean")), instance(plugin("tag"))]);
    let documents: Vec<wit::Document> = (0..documents_wanted)
        .map(|i| {
            let article = support::corpus::article(SEED, i);
            chain
                .process(&article.name, article.text.as_bytes())
                .unwrap()
                .document
        })
        .collect();
    let count = documents.len();
    let text_bytes =
        |docs: &[wit::Document]| docs.iter().map(|d| d.text.len()).sum::<usize>() as f64;
    println!(
        "\n{} generated documents (seed {SEED}), {:.1} KB of text and {:.0} entities each on average\n",
        count,
        text_bytes(&documents) / count as f64 / 1e3,
        documents.iter().map(|d| d.entities.len()).sum::<usize>() as f64 / count as f64
    );

    if !only_sqlite {
        exports(&documents, &plugin, &instance);
    }
    let work = tempfile::tempdir().unwrap();
    let path = work.path().join("bench.sqlite");
    let started = Instant::now();
    let cpu_before = process_cpu_seconds();
    {
        let mut db = Database::open(&path, "bench").unwrap();
        for chunk in documents.chunks(1024) {
            for doc in chunk {
                db.store(doc).unwrap();
            }
            db.sync().unwrap();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let cpu = process_cpu_seconds() - cpu_before;
    println!(
        "\nSQLite output: {count} documents in {secs:.2} s ({cpu:.2} s of CPU, {:.0} µs per document) = {:.0} docs/s ({:.1} MB/s of text), database {:.0} MB\n",
        cpu * 1e6 / count as f64,
        count as f64 / secs,
        text_bytes(&documents) / 1e6 / secs,
        fs::metadata(&path).unwrap().len() as f64 / 1e6
    );

    if only_sqlite {
        return;
    }
    let conn = database::open(&path).unwrap();
    let words = sample_words(&documents, QUERIES);
    let entities: Vec<(String, String)> = documents
        .iter()
        .flat_map(|d| {
            d.entities.iter().map(|e| {
                (
                    e.label.clone(),
                    d.text[e.start as usize..e.end as usize].to_string(),
                )
            })
        })
        .take(QUERIES)
        .collect();
    let labels: Vec<String> = {
        let mut labels: Vec<String> = entities.iter().map(|(l, _)| l.clone()).collect();
        labels.sort();
        labels.dedup();
        labels
    };
    println!("| query on {count} documents | runs | p50 | p99 |");
    println!("| --- | --- | --- | --- |");
    report(
        "full text, exact (`docflow query DB WORDS`)",
        time_each(&words, |w| {
            query::search(&conn, w, false, 20, Highlight::Brackets).unwrap();
        }),
    );
    report(
        "full text, folded (`--fold`)",
        time_each(&words, |w| {
            query::search(&conn, w, true, 20, Highlight::Brackets).unwrap();
        }),
    );
    report(
        "documents mentioning an entity (`--entity --label`)",
        time_each(&entities, |(label, text)| {
            query::mentioning(&conn, Some(text), Some(label), 20).unwrap();
        }),
    );
    report(
        "top entities of a label (`--top`)",
        time_each(&labels, |label| {
            query::top_entities(&conn, label, 20).unwrap();
        }),
    );
}

fn exports(
    documents: &[wit::Document],
    plugin: &dyn Fn(&'static str) -> Arc<LoadedPlugin>,
    instance: &dyn Fn(Arc<LoadedPlugin>) -> StageInstance,
) {
    let text_bytes =
        |docs: &[wit::Document]| docs.iter().map(|d| d.text.len()).sum::<usize>() as f64;
    println!("| export plugin | documents | MB/s of text | µs per document |");
    println!("| --- | --- | --- | --- |");
    for name in builtin::names() {
        let loaded = plugin(name);
        if loaded.info.kind != PluginKind::Export {
            continue;
        }
        let mut export = instance(loaded);
        let sample = &documents[..EXPORTED.min(documents.len())];
        let started = Instant::now();
        for doc in sample {
            export.process(doc).unwrap();
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "| {name} | {EXPORTED} | {:.1} | {:.0} |",
            text_bytes(sample) / 1e6 / secs,
            secs * 1e6 / EXPORTED as f64
        );
    }
}

/// User plus system CPU time of this process so far.
fn process_cpu_seconds() -> f64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage fills the struct it is given.
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Pairs of neighbouring words, spread over the texts (deterministic).
fn sample_words(docs: &[wit::Document], n: usize) -> Vec<String> {
    let words: Vec<&str> = docs
        .iter()
        .flat_map(|d| d.text.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() > 2)
        .collect();
    let step = (words.len() / n).max(1);
    (0..n)
        .map(|i| {
            let at = (i * step) % (words.len() - 1);
            format!("{} {}", words[at], words[at + 1])
        })
        .collect()
}

fn time_each<T>(items: &[T], mut f: impl FnMut(&T)) -> Vec<Duration> {
    let mut times: Vec<Duration> = items
        .iter()
        .map(|item| {
            let started = Instant::now();
            f(item);
            started.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn report(what: &str, times: Vec<Duration>) {
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "| {what} | {} | {:.2} ms | {:.2} ms |",
        times.len(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3
    );
}
