//! Entity tagger for Vietnamese news: PERSON, POSITION, LOCATION,
//! ORGANIZATION, DATE and LEGAL_REF, from knowledge compiled into the plugin
//! (administrative units, names, titles, bodies; see `data/README.md`) and
//! hand-written rules. Flat spans, one entity per mention; offsets are UTF-8
//! byte offsets.

pub mod lexicon;
mod rules;

use docflow_sdk::{ConfigOption, Document, Output, Plugin, PluginError, PluginInfo};
use serde::Deserialize;

pub use rules::{Match, Rules};

/// Every label this tagger can produce.
pub const LABELS: &[&str] = &[
    "PERSON",
    "POSITION",
    "LOCATION",
    "ORGANIZATION",
    "DATE",
    "LEGAL_REF",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Labels to emit; all by default.
    #[serde(default)]
    pub labels: Option<Vec<String>>,
}

pub struct Tag {
    rules: Rules,
    labels: Vec<&'static str>,
}

impl Plugin for Tag {
    type Config = Config;

    fn info() -> PluginInfo {
        PluginInfo::transform(
            "Tags PERSON (attribute position), POSITION, LOCATION (level), ORGANIZATION, \
             DATE (iso) and LEGAL_REF (kind, number, year, issuer, symbol) in Vietnamese news",
        )
        .option(
            ConfigOption::new(
                "labels",
                "list of strings",
                "labels to emit, a subset of PERSON, POSITION, LOCATION, ORGANIZATION, DATE, \
                 LEGAL_REF (default: all)",
            )
            .default_value(serde_json::Value::from(LABELS.to_vec())),
        )
    }

    fn new(config: Config) -> Result<Self, PluginError> {
        let labels = match config.labels {
            None => LABELS.to_vec(),
            Some(wanted) => wanted
                .iter()
                .map(|label| {
                    LABELS
                        .iter()
                        .copied()
                        .find(|known| known == label)
                        .ok_or_else(|| {
                            PluginError::invalid_config(format!(
                                "unknown label `{label}` in `labels`; known labels: {}",
                                LABELS.join(", ")
                            ))
                        })
                })
                .collect::<Result<_, _>>()?,
        };
        Ok(Tag {
            rules: Rules::new(),
            labels,
        })
    }

    fn process(&mut self, mut doc: Document) -> Result<Output, PluginError> {
        for found in self.rules.find(&doc.text) {
            if !self.labels.contains(&found.label) {
                continue;
            }
            let entity = doc.add_entity(found.label, found.span);
            for (key, value) in found.attributes {
                entity.set_attribute(key, value);
            }
        }
        Ok(doc.into())
    }
}

docflow_sdk::register_plugin!(Tag);

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(config: &str, text: &str) -> Result<Vec<(String, String)>, PluginError> {
        let mut plugin = Tag::new(serde_json::from_str(config).unwrap())?;
        let doc = plugin
            .process(Document::new("a.txt", text))?
            .document
            .unwrap();
        Ok(doc
            .entities
            .iter()
            .map(|e| (e.label.clone(), doc.entity_text(e).to_string()))
            .collect())
    }

    #[test]
    fn labels_select_a_subset_and_unknown_ones_are_refused() {
        let text = "Ngày 3/4/2024, ông Lê Văn Tám đến tỉnh Bắc Ninh.";
        assert_eq!(
            tag(r#"{"labels": ["PERSON", "LOCATION"]}"#, text).unwrap(),
            vec![
                ("PERSON".to_string(), "Lê Văn Tám".to_string()),
                ("LOCATION".to_string(), "Bắc Ninh".to_string()),
            ]
        );
        assert_eq!(tag("{}", text).unwrap().len(), 3);
        let err = tag(r#"{"labels": ["PEOPLE"]}"#, text).err().unwrap();
        assert!(format!("{err:?}").contains("PEOPLE"), "{err:?}");
    }

    #[test]
    fn attributes_reach_the_document() {
        let mut plugin = Tag::new(serde_json::from_str("{}").unwrap()).unwrap();
        let doc = plugin
            .process(Document::new(
                "a.txt",
                "Theo Quyết định số 1234/QĐ-UBND ngày 5/6/2023.",
            ))
            .unwrap()
            .document
            .unwrap();
        assert_eq!(doc.entities[0].attribute("issuer"), Some("UBND"));
        assert_eq!(doc.entities[1].attribute("iso"), Some("2023-06-05"));
    }
}
