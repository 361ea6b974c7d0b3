//! The CSV export: one row per tagged entity in one `entities.csv` for all
//! documents, for spreadsheets and `pandas.read_csv`.
//!
//! Columns: `document_id, file, label, text, start, end, attributes`, where
//! `start`/`end` count Unicode code points into the document's text, as in the
//! JSON contract, and `attributes` is a compact JSON object. Quoting follows
//! RFC 4180 (fields with `,`, `"` or line breaks are quoted, quotes doubled;
//! CRLF between records). The header row is the collection file's head,
//! preceded by a UTF-8 byte order mark when `bom = true` (what spreadsheet
//! programs need to read UTF-8 as UTF-8); each document's rows are its entry,
//! so the host keeps one set of rows per document id.

use docflow_sdk::contract::{self, check_collection_name, collection_entry, collection_head};
use docflow_sdk::{ConfigOption, Document, Output, Plugin, PluginError, PluginInfo};
use serde::Deserialize;

/// The default entities file name.
pub const DEFAULT_FILE: &str = "entities.csv";

/// The header row's columns.
pub const COLUMNS: [&str; 7] = [
    "document_id",
    "file",
    "label",
    "text",
    "start",
    "end",
    "attributes",
];

const MEDIA_TYPE: &str = "text/csv; charset=utf-8";
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The stage's config.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The CSV file's name in the output folder.
    #[serde(default = "default_file")]
    pub file: String,
    /// Start the file with a UTF-8 byte order mark.
    #[serde(default)]
    pub bom: bool,
}

fn default_file() -> String {
    DEFAULT_FILE.to_string()
}

/// The plugin.
pub struct ExportCsv {
    file: String,
    head: Vec<u8>,
}

impl Plugin for ExportCsv {
    type Config = Config;

    fn info() -> PluginInfo {
        PluginInfo::export(
            "Writes one CSV row per entity (document_id, file, label, text, start, end, attributes) to one entities file",
        )
        .option(
            ConfigOption::new("file", "string", "the CSV file's name").default_value(DEFAULT_FILE),
        )
        .option(
            ConfigOption::new(
                "bom",
                "bool",
                "start the file with a UTF-8 byte order mark (for spreadsheet programs)",
            )
            .default_value(false),
        )
    }

    fn new(config: Config) -> Result<Self, PluginError> {
        check_collection_name(&config.file)?;
        let mut head = if config.bom { BOM.to_vec() } else { Vec::new() };
        head.extend(write_rows([COLUMNS.map(String::from)])?);
        Ok(ExportCsv {
            file: config.file,
            head,
        })
    }

    fn process(&mut self, doc: Document) -> Result<Output, PluginError> {
        let rows = to_rows(&doc)?;
        Ok(Output::unchanged()
            .with_artifact(collection_head(&self.file, MEDIA_TYPE, self.head.clone()))
            .with_artifact(collection_entry(&self.file, MEDIA_TYPE, rows)))
    }
}

docflow_sdk::register_plugin!(ExportCsv);

/// The document's rows, one per entity in the document's order, without
/// header; empty when it has no entities.
pub fn to_rows(doc: &Document) -> Result<Vec<u8>, PluginError> {
    let entities = contract::entities(doc)?;
    write_rows(entities.iter().map(|e| {
        [
            doc.id.clone(),
            doc.source_file.clone(),
            e.label.to_string(),
            e.text.to_string(),
            e.start.to_string(),
            e.end.to_string(),
            contract::attributes_json(e.attributes),
        ]
    }))
}

fn write_rows(rows: impl IntoIterator<Item = [String; 7]>) -> Result<Vec<u8>, PluginError> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    for row in rows {
        writer
            .write_record(&row)
            .map_err(|err| PluginError::internal(format!("cannot write CSV: {err}")))?;
    }
    writer
        .into_inner()
        .map_err(|err| PluginError::internal(format!("cannot write CSV: {err}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use docflow_sdk::configure;

    fn sample() -> Document {
        let mut doc = Document::new(
            "tin, \"nóng\".txt",
            "Ông Võ Văn \"Ba\" nói:\n\"Hội An, Quảng Nam\" đẹp.",
        );
        doc.id = "0e".repeat(32);
        let at = doc.text.find("\"Hội An, Quảng Nam\"").unwrap();
        doc.add_entity("LOCATION", at..at + "\"Hội An, Quảng Nam\"".len())
            .set_attribute("ghi chú", "có \"ngoặc\", dấu phẩy");
        let at = doc.text.find("Võ Văn \"Ba\" nói:\n").unwrap();
        doc.add_entity("PERSON", at..at + "Võ Văn \"Ba\" nói:\n".len());
        doc
    }

    #[test]
    fn rows_follow_rfc_4180() {
        let rows = String::from_utf8(to_rows(&sample()).unwrap()).unwrap();
        let id = "0e".repeat(32);
        assert_eq!(
            rows,
            format!(
                "{id},\"tin, \"\"nóng\"\".txt\",LOCATION,\"\"\"Hội An, Quảng Nam\"\"\",21,40,\"{{\"\"ghi chú\"\":\"\"có \\\"\"ngoặc\\\"\", dấu phẩy\"\"}}\"\r\n\
                 {id},\"tin, \"\"nóng\"\".txt\",PERSON,\"Võ Văn \"\"Ba\"\" nói:\n\",4,21,{{}}\r\n"
            )
        );
    }

    #[test]
    fn head_is_the_header_with_an_optional_bom_and_sent_every_time() {
        for (config, bom) in [("{}", false), (r#"{"bom": true}"#, true)] {
            let mut plugin = configure::<ExportCsv>(config).unwrap();
            for _ in 0..2 {
                let out = plugin.process(sample()).unwrap();
                assert!(out.document.is_none());
                let names: Vec<&str> = out.artifacts.iter().map(|a| a.name.as_str()).collect();
                assert_eq!(names, ["+entities.csv#head", "+entities.csv"]);
                let head = &out.artifacts[0].bytes;
                assert_eq!(head.starts_with(BOM), bom);
                assert!(head.ends_with(b"document_id,file,label,text,start,end,attributes\r\n"));
            }
        }
    }

    #[test]
    fn no_entities_is_an_empty_entry() {
        let mut plugin = configure::<ExportCsv>(r#"{"file": "thực thể.csv"}"#).unwrap();
        let out = plugin
            .process(Document::new("a.txt", "Không có gì."))
            .unwrap();
        assert_eq!(out.artifacts[1].name, "+thực thể.csv");
        assert!(out.artifacts[1].bytes.is_empty());
    }

    #[test]
    fn config_is_checked() {
        for bad in [
            r#"{"file": "../x.csv"}"#,
            r#"{"bom": "yes"}"#,
            r#"{"BOM": true}"#,
        ] {
            let err = configure::<ExportCsv>(bad).err().unwrap();
            assert_eq!(err.kind, docflow_sdk::ErrorKind::InvalidConfig, "{bad}");
        }
        let info = ExportCsv::info();
        let defaults: Vec<_> = info
            .config
            .iter()
            .map(|o| (o.name.as_str(), o.default.clone()))
            .collect();
        assert_eq!(
            defaults,
            [
                ("file", Some(DEFAULT_FILE.into())),
                ("bom", Some(false.into()))
            ]
        );
    }
}
