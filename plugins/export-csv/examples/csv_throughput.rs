//! `cargo run --release -p export-csv --example csv_throughput [MB]`: MB/s of
//! input text through the CSV export, on a synthetic corpus made from the
//! export fixtures.

#[path = "../../../tests/fixtures/exports/harness.rs"]
mod harness;

use docflow_sdk::{Plugin, configure};
use export_csv::ExportCsv;

fn main() {
    let megabytes = std::env::args().nth(1).map_or(50, |a| a.parse().unwrap());
    let docs = harness::corpus(megabytes);
    let mut plugin = configure::<ExportCsv>("{}").unwrap();
    harness::throughput("csv", &docs, 3, |doc| {
        let out = plugin.process(doc).unwrap();
        out.artifacts.iter().map(|a| a.bytes.len()).sum()
    });
}
