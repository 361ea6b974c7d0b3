//! The JSON export: one `<input stem>.json` per document, in the shape the
//! README documents as docflow's public contract. Entity offsets are
//! converted from the plugin contract's UTF-8 bytes to Unicode code points.

use docflow_sdk::{
    Artifact, ConfigOption, Document, Output, Plugin, PluginError, PluginInfo, text,
};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Metadata keys every export carries, `null` when unknown, in this order.
pub const WELL_KNOWN_KEYS: [&str; 4] = ["title", "published", "author", "source"];

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

#[derive(Serialize)]
struct JsonDocument<'a> {
    id: &'a str,
    source_file: &'a str,
    metadata: JsonMetadata<'a>,
    text: &'a str,
    entities: Vec<JsonEntity<'a>>,
    provenance: Vec<JsonStep<'a>>,
}

struct JsonMetadata<'a>(&'a docflow_sdk::Metadata);

impl Serialize for JsonMetadata<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for key in WELL_KNOWN_KEYS {
            map.serialize_entry(key, self.0.get(key).unwrap_or(&Value::Null))?;
        }
        for (key, value) in self.0.iter() {
            if !WELL_KNOWN_KEYS.contains(&key.as_str()) {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    label: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    attributes: serde_json::Map<String, Value>,
}

#[derive(Serialize)]
struct JsonStep<'a> {
    stage: &'a str,
    plugin: &'a str,
    version: &'a str,
    sha256: &'a str,
    micros: u64,
}

/// Renders a document in the public JSON shape.
pub fn to_json(doc: &Document, pretty: bool) -> Result<Vec<u8>, PluginError> {
    let byte_offsets: Vec<usize> = doc.entities.iter().flat_map(|e| [e.start, e.end]).collect();
    let char_offsets = text::char_offsets(&doc.text, &byte_offsets);
    let mut entities = Vec::with_capacity(doc.entities.len());
    for (i, entity) in doc.entities.iter().enumerate() {
        let covered = doc.text.get(entity.start..entity.end).ok_or_else(|| {
            PluginError::invalid_input(format!(
                "entity #{i} ({}) spans bytes {}..{} outside the {}-byte text",
                entity.label,
                entity.start,
                entity.end,
                doc.text.len()
            ))
        })?;
        entities.push(JsonEntity {
            label: &entity.label,
            text: covered,
            start: char_offsets[2 * i],
            end: char_offsets[2 * i + 1],
            attributes: entity
                .attributes
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                .collect(),
        });
    }
    let json = JsonDocument {
        id: &doc.id,
        source_file: &doc.source_file,
        metadata: JsonMetadata(&doc.metadata),
        text: &doc.text,
        entities,
        provenance: doc
            .provenance
            .iter()
            .map(|s| JsonStep {
                stage: &s.stage,
                plugin: &s.plugin,
                version: &s.version,
                sha256: &s.sha256,
                micros: s.micros,
            })
            .collect(),
    };
    let mut bytes = if pretty {
        serde_json::to_vec_pretty(&json)
    } else {
        serde_json::to_vec(&json)
    }
    .map_err(|err| PluginError::internal(format!("cannot serialise document: {err}")))?;
    bytes.push(b'\n');
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use docflow_sdk::Step;

    fn sample() -> Document {
        let mut doc = Document::new("bai-viet.txt", "Sáng 3/4, ông Hà Văn Phúc đến Đà Lạt.");
        doc.id = "ab".repeat(32);
        doc.metadata.set("title", "Tin sáng");
        doc.metadata.set("encoding", "utf-8");
        let person = doc.text.find("Hà Văn Phúc").unwrap();
        doc.add_entity("PERSON", person..person + "Hà Văn Phúc".len());
        let place = doc.text.find("Đà Lạt").unwrap();
        doc.add_entity("LOCATION", place..place + "Đà Lạt".len())
            .set_attribute("level", "city");
        doc.provenance.push(Step {
            stage: "clean".into(),
            plugin: "clean".into(),
            version: "0.1.0".into(),
            sha256: "cd".repeat(32),
            micros: 42,
        });
        doc
    }

    #[test]
    fn offsets_are_code_points_and_slice_back_to_the_entity_text() {
        let doc = sample();
        let json: Value = serde_json::from_slice(&to_json(&doc, false).unwrap()).unwrap();
        let text: Vec<char> = json["text"].as_str().unwrap().chars().collect();
        let entities = json["entities"].as_array().unwrap();
        assert_eq!(entities.len(), 2);
        for entity in entities {
            let start = entity["start"].as_u64().unwrap() as usize;
            let end = entity["end"].as_u64().unwrap() as usize;
            let slice: String = text[start..end].iter().collect();
            assert_eq!(slice, entity["text"].as_str().unwrap());
        }
        assert_eq!(entities[0]["start"], 14);
        assert_eq!(entities[1]["attributes"]["level"], "city");
    }

    #[test]
    fn well_known_metadata_keys_are_always_present_and_first() {
        let json = String::from_utf8(to_json(&sample(), false).unwrap()).unwrap();
        let meta_start = json.find("\"metadata\":{").unwrap();
        assert!(json[meta_start..].starts_with(
            r#""metadata":{"title":"Tin sáng","published":null,"author":null,"source":null,"encoding":"utf-8"}"#
        ));
        let value: Value = serde_json::from_str(&json).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        for key in [
            "id",
            "source_file",
            "metadata",
            "text",
            "entities",
            "provenance",
        ] {
            assert!(keys.contains(&key), "missing {key}");
        }
        assert_eq!(value["provenance"][0]["micros"], 42);
    }

    #[test]
    fn process_returns_one_json_artifact_and_leaves_the_document() {
        let mut plugin = ExportJson::new(serde_json::from_str("{}").unwrap()).unwrap();
        let output = plugin.process(sample()).unwrap();
        assert!(output.document.is_none());
        assert_eq!(output.artifacts.len(), 1);
        assert_eq!(output.artifacts[0].name, ".json");
        assert!(output.artifacts[0].bytes.starts_with(b"{\n"));
    }

    #[test]
    fn an_entity_outside_the_text_is_an_error_not_a_panic() {
        let mut doc = sample();
        doc.entities[0].end = 10_000;
        let err = to_json(&doc, true).unwrap_err();
        assert!(
            err.message.contains("entity #0 (PERSON)"),
            "{}",
            err.message
        );
    }
}
