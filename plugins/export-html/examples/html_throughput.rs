//! `cargo run --release -p export-html --example html_throughput [MB]`: MB/s of
//! input text through the HTML export (page and index row), on a synthetic
//! corpus made from the export fixtures.

#[path = "../../../tests/fixtures/exports/harness.rs"]
mod harness;

use docflow_sdk::{Plugin, configure};
use export_html::ExportHtml;

fn main() {
    let megabytes = std::env::args().nth(1).map_or(50, |a| a.parse().unwrap());
    let docs = harness::corpus(megabytes);
    let mut plugin = configure::<ExportHtml>("{}").unwrap();
    harness::throughput("html", &docs, 3, |doc| {
        let out = plugin.process(doc).unwrap();
        out.artifacts.iter().map(|a| a.bytes.len()).sum()
    });
}
