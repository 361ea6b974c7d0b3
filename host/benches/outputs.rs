//! What the output side costs, on 10,000 documents: each built-in export
//! plugin's throughput, the SQLite output's insert rate, and `docflow
//! query` latency on the resulting database. The documents are the seed
//! articles (or the fixture articles when `../shared/seeds` is absent)
//! cleaned and tagged by the built-in plugins, repeated under new ids.
//! Run with `cargo bench -p docflow --bench outputs`.

use std::fs;
use std::path::{Path, PathBuf};
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
/// Documents each export plugin renders (they are independent).
const EXPORTED: usize = 2_000;
const QUERIES: usize = 200;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let seeds = root.join("../shared/seeds");
    let source = if seeds.is_dir() {
        seeds
    } else {
        root.join("tests/fixtures/articles")
    };
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
    let originals: Vec<wit::Document> = inputs(&source)
        .iter()
        .filter_map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            chain.process(&name, &fs::read(path).unwrap()).ok()
        })
        .map(|processed| processed.document)
        .collect();
    let documents: Vec<wit::Document> = (0..DOCUMENTS)
        .map(|i| {
            let mut doc = originals[i % originals.len()].clone();
            doc.id = format!("{i:064x}");
            doc.source_file = format!("doc-{i:05}.txt");
            doc
        })
        .collect();
    let text_bytes =
        |docs: &[wit::Document]| docs.iter().map(|d| d.text.len()).sum::<usize>() as f64;
    println!(
        "\n{} documents from {} articles in {}, {:.1} KB of text and {:.0} entities each on average\n",
        DOCUMENTS,
        originals.len(),
        source.display(),
        text_bytes(&documents) / DOCUMENTS as f64 / 1e3,
        documents.iter().map(|d| d.entities.len()).sum::<usize>() as f64 / DOCUMENTS as f64
    );

    println!("| export plugin | documents | MB/s of text | µs per document |");
    println!("| --- | --- | --- | --- |");
    for name in builtin::names() {
        let loaded = plugin(name);
        if loaded.info.kind != PluginKind::Export {
            continue;
        }
        let mut export = instance(loaded);
        let sample = &documents[..EXPORTED];
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

    let work = tempfile::tempdir().unwrap();
    let path = work.path().join("bench.sqlite");
    let started = Instant::now();
    {
        let mut db = Database::open(&path, "bench").unwrap();
        for chunk in documents.chunks(256) {
            for doc in chunk {
                db.store(doc).unwrap();
            }
            db.sync().unwrap();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "\nSQLite output: {DOCUMENTS} documents in {secs:.2} s = {:.0} docs/s ({:.1} MB/s of text), database {:.0} MB\n",
        DOCUMENTS as f64 / secs,
        text_bytes(&documents) / 1e6 / secs,
        fs::metadata(&path).unwrap().len() as f64 / 1e6
    );

    let conn = database::open(&path).unwrap();
    let words = sample_words(&originals, QUERIES);
    let entities: Vec<(String, String)> = originals
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
    println!("| query on {DOCUMENTS} documents | runs | p50 | p99 |");
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

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
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
