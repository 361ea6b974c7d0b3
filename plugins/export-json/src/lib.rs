//! The JSON export: one `<input stem>.json` per document, in the shape the
//! README documents as docflow's public contract (rendered by
//! [`docflow_sdk::contract::to_json`]; entity offsets in code points).

use docflow_sdk::{Artifact, ConfigOption, Document, Output, Plugin, PluginError, PluginInfo};
use serde::Deserialize;

pub use docflow_sdk::contract::{WELL_KNOWN_KEYS, to_json};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Indent the JSON for people; compact when false.
    #[serde(default = "default_pretty")]
    pub pretty: bool,
}

fn default_pretty() -> bool {
    true
}

pub struct ExportJson {
    pretty: bool,
}

impl Plugin for ExportJson {
    type Config = Config;

    fn info() -> PluginInfo {
        PluginInfo::export(
            "Writes <input stem>.json following docflow's JSON contract (code-point offsets)",
        )
        .option(ConfigOption::new("pretty", "bool", "indent the JSON").default_value(true))
    }

    fn new(config: Config) -> Result<Self, PluginError> {
        Ok(ExportJson {
            pretty: config.pretty,
        })
    }

    fn process(&mut self, doc: Document) -> Result<Output, PluginError> {
        let bytes = to_json(&doc, self.pretty)?;
        Ok(Output::unchanged().with_artifact(Artifact::new(".json", "application/json", bytes)))
    }
}

docflow_sdk::register_plugin!(ExportJson);

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        let mut doc = Document::new("bai-viet.txt", "Ông Hà Văn Phúc đến Đà Lạt.");
        let place = doc.text.find("Đà Lạt").unwrap();
        doc.add_entity("LOCATION", place..place + "Đà Lạt".len());
        doc
    }

    #[test]
    fn process_returns_one_json_artifact_and_leaves_the_document() {
        let mut plugin = docflow_sdk::configure::<ExportJson>("{}").unwrap();
        let output = plugin.process(sample()).unwrap();
        assert!(output.document.is_none());
        assert_eq!(output.artifacts.len(), 1);
        assert_eq!(output.artifacts[0].name, ".json");
        assert!(output.artifacts[0].bytes.starts_with(b"{\n"));
    }

    #[test]
    fn compact_when_asked_and_unknown_keys_are_rejected() {
        let mut plugin = docflow_sdk::configure::<ExportJson>(r#"{"pretty": false}"#).unwrap();
        let output = plugin.process(sample()).unwrap();
        assert_eq!(
            output.artifacts[0].bytes,
            to_json(&sample(), false).unwrap()
        );
        assert!(docflow_sdk::configure::<ExportJson>(r#"{"pertty": false}"#).is_err());
    }

    #[test]
    fn an_entity_outside_the_text_fails_the_document() {
        let mut doc = sample();
        doc.entities[0].end = 10_000;
        let err = ExportJson::new(Config { pretty: true })
            .unwrap()
            .process(doc)
            .unwrap_err();
        assert_eq!(err.kind, docflow_sdk::ErrorKind::InvalidInput);
    }
}
