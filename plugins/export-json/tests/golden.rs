//! Golden files for the JSON export: `DOCFLOW_BLESS=1 cargo test -p export-json`
//! rewrites tests/fixtures/exports/golden/*.json.

#[path = "../../../tests/fixtures/exports/harness.rs"]
mod harness;

use docflow_sdk::{Plugin, configure};
use export_json::ExportJson;

#[test]
fn json_exports_match_the_golden_files() {
    let mut plugin = configure::<ExportJson>("{}").unwrap();
    for (stem, doc) in harness::fixtures() {
        let output = plugin.process(doc).unwrap();
        assert_eq!(output.artifacts.len(), 1);
        harness::check_golden(&format!("{stem}.json"), &output.artifacts[0].bytes);
    }
}

#[test]
fn the_json_export_of_a_fixture_is_the_fixture() {
    // The fixtures are written in the contract's shape, pretty-printed.
    for (stem, doc) in harness::fixtures() {
        let written = std::fs::read(harness::fixtures_dir().join(format!("{stem}.json"))).unwrap();
        let exported = docflow_sdk::contract::to_json(&doc, true).unwrap();
        let a: serde_json::Value = serde_json::from_slice(&written).unwrap();
        let b: serde_json::Value = serde_json::from_slice(&exported).unwrap();
        assert_eq!(a, b, "{stem}");
    }
}
