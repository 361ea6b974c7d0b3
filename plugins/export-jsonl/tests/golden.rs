//! The corpus file for the fixtures, compared with
//! tests/fixtures/exports/golden/corpus.jsonl (`DOCFLOW_BLESS=1 cargo test -p
//! export-jsonl` rewrites it), and read back line by line.

#[path = "../../../tests/fixtures/exports/harness.rs"]
mod harness;

use docflow_sdk::{Plugin, configure, contract};
use export_jsonl::ExportJsonl;
use serde_json::Value;

fn corpus_file() -> Vec<u8> {
    let mut plugin = configure::<ExportJsonl>("{}").unwrap();
    let mut collections = harness::Collections::default();
    for (_, doc) in harness::fixtures() {
        let id = doc.id.clone();
        collections.add(&id, &plugin.process(doc).unwrap().artifacts);
    }
    collections.file("corpus.jsonl")
}

#[test]
fn corpus_matches_the_golden_file() {
    harness::check_golden("corpus.jsonl", &corpus_file());
}

#[test]
fn each_line_reads_back_as_the_json_export_of_its_document() {
    let corpus = String::from_utf8(corpus_file()).unwrap();
    let fixtures = harness::fixtures();
    let lines: Vec<&str> = corpus.lines().collect();
    assert_eq!(lines.len(), fixtures.len());
    for (line, (stem, doc)) in lines.iter().zip(&fixtures) {
        let from_line: Value = serde_json::from_str(line).unwrap();
        let from_json_export: Value =
            serde_json::from_slice(&contract::to_json(doc, true).unwrap()).unwrap();
        assert_eq!(from_line, from_json_export, "{stem}");
        // ... and as the JSON export's golden file (written by export-json).
        let golden = harness::fixtures_dir().join(format!("golden/{stem}.json"));
        let from_golden: Value = serde_json::from_slice(&std::fs::read(golden).unwrap()).unwrap();
        assert_eq!(from_line, from_golden, "{stem}");
        // And the line is the document again.
        assert_eq!(
            &contract::from_json(line.as_bytes()).unwrap(),
            doc,
            "{stem}"
        );
    }
}

#[test]
fn processing_a_document_again_replaces_its_line() {
    let mut plugin = configure::<ExportJsonl>("{}").unwrap();
    let mut collections = harness::Collections::default();
    let fixtures = harness::fixtures();
    for (_, doc) in fixtures.iter().chain(&fixtures[..1]) {
        collections.add(&doc.id, &plugin.process(doc.clone()).unwrap().artifacts);
    }
    assert_eq!(collections.file("corpus.jsonl"), corpus_file());
}
