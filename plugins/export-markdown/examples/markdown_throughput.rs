//! `cargo run --release -p export-markdown --example markdown_throughput [MB]`: MB/s
//! of input text through the Markdown export, on a synthetic corpus made from
//! the export fixtures.

#[path = "../../../tests/fixtures/exports/harness.rs"]
mod harness;

use docflow_sdk::{Plugin, configure};
use export_markdown::ExportMarkdown;

fn main() {
    let megabytes = std::env::args().nth(1).map_or(50, |a| a.parse().unwrap());
    let docs = harness::corpus(megabytes);
    let mut plugin = configure::<ExportMarkdown>("{}").unwrap();
    harness::throughput("markdown", &docs, 3, |doc| {
        let out = plugin.process(doc).unwrap();
        out.artifacts.iter().map(|a| a.bytes.len()).sum()
    });
}
