//! `cargo run --release -p export-json --example json_throughput [MB]`: MB/s of
//! input text through the JSON export, on a synthetic corpus made from the
//! export fixtures.

#[path = "../../../tests/fixtures/exports/harness.rs"]
mod harness;

use docflow_sdk::{Plugin, configure};
use export_json::ExportJson;

fn main() {
    let megabytes = std::env::args().nth(1).map_or(50, |a| a.parse().unwrap());
    let docs = harness::corpus(megabytes);
    for (format, config) in [
        ("json (pretty)", "{}"),
        ("json (compact)", r#"{"pretty": false}"#),
    ] {
        let mut plugin = configure::<ExportJson>(config).unwrap();
        harness::throughput(format, &docs, 3, |doc| {
            let out = plugin.process(doc).unwrap();
            out.artifacts.iter().map(|a| a.bytes.len()).sum()
        });
    }
}
