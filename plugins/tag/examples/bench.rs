//! Throughput of the tagger, natively:
//! `cargo run -p tag --release --example bench [FILE...]`.
//! Without files it uses the development set (tests/fixtures/tagging/dev),
//! joined as paragraphs and repeated to about 8 MB, and tags it as one
//! document several times. `--write PATH` writes that text to PATH instead
//! (for measuring the component with `docflow plugin try`).

use std::path::Path;
use std::time::Instant;

use aho_corasick::automaton::Automaton;
use docflow_sdk::{Document, Plugin};
use tag::Tag;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let write = match args.first().map(String::as_str) {
        Some("--write") => {
            args.remove(0);
            Some(args.remove(0))
        }
        _ => None,
    };
    let files: Vec<String> = if args.is_empty() {
        let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/tagging/dev");
        let mut found: Vec<String> = std::fs::read_dir(dev)
            .expect("dev set")
            .filter_map(|e| {
                let p = e.ok()?.path();
                (p.extension()? == "txt").then(|| p.to_string_lossy().to_string())
            })
            .collect();
        found.sort();
        found
    } else {
        args
    };
    let corpus: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("read"))
        .collect();
    let unit = corpus.join("\n\n");
    let mut text = String::new();
    while text.len() < 8_000_000 {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(unit.trim_end());
    }
    if let Some(path) = write {
        std::fs::write(&path, &text).expect("write");
        println!("wrote {} bytes to {path}", text.len());
        return;
    }
    let built = Instant::now();
    let mut tagger = Tag::new(serde_json::from_str("{}").unwrap()).unwrap();
    println!(
        "plugin built in {:.1} ms (automaton {:.1} MB)",
        built.elapsed().as_secs_f64() * 1e3,
        tag::lexicon::Lexicon::new().automaton.memory_usage() as f64 / 1e6
    );
    let rounds = 5;
    let mut entities = 0;
    let start = Instant::now();
    for _ in 0..rounds {
        let doc = tagger
            .process(Document::new("bench.txt", text.clone()))
            .unwrap()
            .document
            .unwrap();
        entities += doc.entities.len();
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = (text.len() * rounds) as f64 / 1e6;
    println!(
        "{mb:.1} MB in {secs:.2} s: {:.1} MB/s ({} entities per pass)",
        mb / secs,
        entities / rounds
    );
}
