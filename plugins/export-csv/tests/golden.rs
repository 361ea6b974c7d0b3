//! The entities file for the fixtures, compared with
//! tests/fixtures/exports/golden/entities.csv (`DOCFLOW_BLESS=1 cargo test -p
//! export-csv` rewrites it), and read back with the `csv` crate.

#[path = "../../../tests/fixtures/exports/harness.rs"]
mod harness;

use docflow_sdk::{Plugin, configure, contract};
use export_csv::{COLUMNS, ExportCsv};

fn entities_file(config: &str) -> Vec<u8> {
    let mut plugin = configure::<ExportCsv>(config).unwrap();
    let mut collections = harness::Collections::default();
    for (_, doc) in harness::fixtures() {
        let id = doc.id.clone();
        collections.add(&id, &plugin.process(doc).unwrap().artifacts);
    }
    collections.file("entities.csv")
}

#[test]
fn entities_file_matches_the_golden_files() {
    harness::check_golden("entities.csv", &entities_file("{}"));
    harness::check_golden("entities-bom.csv", &entities_file(r#"{"bom": true}"#));
}

#[test]
fn a_csv_parser_reads_back_every_entity() {
    let fixtures = harness::fixtures();
    for config in ["{}", r#"{"bom": true}"#] {
        let bytes = entities_file(config);
        let mut reader = csv::ReaderBuilder::new().from_reader(&bytes[..]);
        // The csv crate strips a leading BOM.
        assert_eq!(
            reader.headers().unwrap(),
            &csv::StringRecord::from(COLUMNS.to_vec())
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let expected: Vec<Vec<String>> = fixtures
            .iter()
            .flat_map(|(_, doc)| {
                contract::entities(doc).unwrap().into_iter().map(|e| {
                    vec![
                        doc.id.clone(),
                        doc.source_file.clone(),
                        e.label.to_string(),
                        e.text.to_string(),
                        e.start.to_string(),
                        e.end.to_string(),
                        contract::attributes_json(e.attributes),
                    ]
                })
            })
            .collect();
        assert_eq!(rows.len(), expected.len());
        assert!(expected.len() >= 15, "the fixtures tag enough entities");
        for (row, want) in rows.iter().zip(&expected) {
            assert_eq!(row.iter().collect::<Vec<_>>(), *want);
            // start/end are code points into the text: slice back.
            let doc = &fixtures.iter().find(|(_, d)| d.id == row[0]).unwrap().1;
            let (start, end): (usize, usize) = (row[4].parse().unwrap(), row[5].parse().unwrap());
            let slice: String = doc.text.chars().skip(start).take(end - start).collect();
            assert_eq!(slice, &row[3]);
            let attributes: serde_json::Value = serde_json::from_str(&row[6]).unwrap();
            assert!(attributes.is_object());
        }
    }
}
