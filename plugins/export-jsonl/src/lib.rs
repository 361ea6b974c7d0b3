//! The JSON Lines export: every document becomes one line — the compact JSON
//! contract ([`docflow_sdk::contract::to_json`]) — of one corpus file
//! (`corpus.jsonl` by default), ready for `pandas.read_json(path, lines=True)`.
//!
//! The line is this document's entry in the collection file (artifact
//! `+corpus.jsonl`): the host keeps one line per document id, so processing
//! a file again replaces its line instead of adding a second one.

use docflow_sdk::contract::{self, check_collection_name, collection_entry};
use docflow_sdk::{ConfigOption, Document, Output, Plugin, PluginError, PluginInfo};
use serde::Deserialize;

/// The default corpus file name.
pub const DEFAULT_FILE: &str = "corpus.jsonl";

/// The stage's config.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The corpus file's name in the output folder.
    #[serde(default = "default_file")]
    pub file: String,
}

fn default_file() -> String {
    DEFAULT_FILE.to_string()
}

/// The plugin.
pub struct ExportJsonl {
    file: String,
}

impl Plugin for ExportJsonl {
    type Config = Config;

    fn info() -> PluginInfo {
        PluginInfo::export(
            "Writes one line per document (docflow's JSON contract, compact) to a JSON Lines corpus file",
        )
        .option(
            ConfigOption::new("file", "string", "the corpus file's name").default_value(DEFAULT_FILE),
        )
    }

    fn new(config: Config) -> Result<Self, PluginError> {
        check_collection_name(&config.file)?;
        Ok(ExportJsonl { file: config.file })
    }

    fn process(&mut self, doc: Document) -> Result<Output, PluginError> {
        // `to_json` ends the compact JSON with the line break.
        let line = contract::to_json(&doc, false)?;
        Ok(Output::unchanged().with_artifact(collection_entry(
            &self.file,
            "application/jsonl",
            line,
        )))
    }
}

docflow_sdk::register_plugin!(ExportJsonl);

#[cfg(test)]
mod tests {
    use super::*;
    use docflow_sdk::configure;

    fn sample() -> Document {
        let mut doc = Document::new("tin.txt", "Dòng một.\n\nDòng \"hai\" ở Cà Mau.");
        doc.id = "0f".repeat(32);
        let at = doc.text.find("Cà Mau").unwrap();
        doc.add_entity("LOCATION", at..at + "Cà Mau".len());
        doc
    }

    #[test]
    fn one_line_entry_in_the_configured_file() {
        let mut plugin = configure::<ExportJsonl>(r#"{"file": "tin-tuc.jsonl"}"#).unwrap();
        let out = plugin.process(sample()).unwrap();
        assert!(out.document.is_none());
        assert_eq!(out.artifacts.len(), 1);
        let artifact = &out.artifacts[0];
        assert_eq!(artifact.name, "+tin-tuc.jsonl");
        let line = std::str::from_utf8(&artifact.bytes).unwrap();
        assert!(line.ends_with("}\n"));
        assert_eq!(
            line.matches('\n').count(),
            1,
            "newlines in the text are escaped"
        );
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(value["entities"][0]["start"], 24);
    }

    #[test]
    fn default_file_and_config_errors() {
        let mut plugin = configure::<ExportJsonl>("{}").unwrap();
        assert_eq!(
            plugin.process(sample()).unwrap().artifacts[0].name,
            "+corpus.jsonl"
        );
        for bad in [
            r#"{"file": "a/b.jsonl"}"#,
            r#"{"file": ""}"#,
            r#"{"files": "x"}"#,
        ] {
            let err = configure::<ExportJsonl>(bad).err().unwrap();
            assert_eq!(err.kind, docflow_sdk::ErrorKind::InvalidConfig, "{bad}");
        }
        let info = ExportJsonl::info();
        assert_eq!(info.config[0].default, Some(DEFAULT_FILE.into()));
    }
}
