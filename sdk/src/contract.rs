//! docflow's public JSON contract, and what every export plugin shares.
//!
//! The README documents one JSON shape for a processed document: entity
//! offsets count **Unicode code points** (not the plugin contract's UTF-8
//! bytes), the four well-known metadata keys always come first, and each
//! entity carries an `attributes` object. [`to_json`] renders it,
//! [`from_json`] reads it back into a [`Document`], and [`entities`] gives
//! the same view (code-point offsets, covered text) to exporters that write
//! other formats, so that CSV, Markdown and HTML say exactly what the JSON
//! says.
//!
//! # Collection files
//!
//! An [`Artifact`] name is one of:
//!
//! - `.ext`: a file `<input stem>.ext` per document; or a plain file name,
//!   written as it is for each document;
//! - `+NAME` ([`collection_entry`]): this document's **entry** in the
//!   collection file `NAME`. The host keeps one entry per document id —
//!   reprocessing a document replaces its entry, never duplicates it — in
//!   order of first arrival;
//! - `+NAME#head` and `+NAME#tail` ([`collection_head`], [`collection_tail`]):
//!   the collection file's fixed beginning and end, sent with every document
//!   (the latest wins; absent means empty). The file on disk is head, then
//!   the entries, then tail.
//!
//! ```
//! use docflow_sdk::{Document, contract};
//!
//! let mut doc = Document::new("tin.txt", "Ông Lò Văn Pá ở Điện Biên.");
//! let start = doc.text.find("Điện Biên").unwrap();
//! doc.add_entity("LOCATION", start..start + "Điện Biên".len());
//! let json = contract::to_json(&doc, false).unwrap();
//! let back = contract::from_json(&json).unwrap();
//! assert_eq!(back, doc);
//! let views = contract::entities(&doc).unwrap();
//! assert_eq!((views[0].start, views[0].end), (16, 25)); // code points
//! ```

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::{Artifact, Document, Entity, Metadata, PluginError, Step, text};

/// Metadata keys every export carries, `null` when unknown, in this order.
pub const WELL_KNOWN_KEYS: [&str; 4] = ["title", "published", "author", "source"];

/// An entity as exports show it: code-point offsets and the covered text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContractEntity<'a> {
    /// The label, e.g. `PERSON`.
    pub label: &'a str,
    /// The text the entity covers (`text[start..end]` in code points).
    pub text: &'a str,
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset one past the last character.
    pub end: usize,
    /// The UTF-8 byte span in [`Document::text`].
    pub bytes: Range<usize>,
    /// Extra facts, in the plugin's order.
    pub attributes: &'a [(String, String)],
}

/// The document's entities in their order, with code-point offsets.
///
/// Fails with [`PluginError::invalid_input`] naming the entity when a span
/// does not fit the text or cuts a character.
pub fn entities(doc: &Document) -> Result<Vec<ContractEntity<'_>>, PluginError> {
    let byte_offsets: Vec<usize> = doc.entities.iter().flat_map(|e| [e.start, e.end]).collect();
    let char_offsets = text::char_offsets(&doc.text, &byte_offsets);
    let mut views = Vec::with_capacity(doc.entities.len());
    for (i, entity) in doc.entities.iter().enumerate() {
        let covered = doc
            .text
            .get(entity.start..entity.end)
            .ok_or_else(|| bad_span(i, entity, doc.text.len()))?;
        views.push(ContractEntity {
            label: &entity.label,
            text: covered,
            start: char_offsets[2 * i],
            end: char_offsets[2 * i + 1],
            bytes: entity.span(),
            attributes: &entity.attributes,
        });
    }
    Ok(views)
}

fn bad_span(i: usize, entity: &Entity, len: usize) -> PluginError {
    PluginError::invalid_input(format!(
        "entity #{i} ({}) spans bytes {}..{} outside the {len}-byte text",
        entity.label, entity.start, entity.end,
    ))
}

/// Entity attributes as a JSON object (keys sorted, as in [`to_json`]).
pub fn attributes_object(attributes: &[(String, String)]) -> Map<String, Value> {
    attributes
        .iter()
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect()
}

/// Entity attributes as a compact JSON object string, e.g. `{"iso":"2021-10-15"}`.
pub fn attributes_json(attributes: &[(String, String)]) -> String {
    Value::Object(attributes_object(attributes)).to_string()
}

/// How many entities carry each label, sorted by label.
pub fn label_counts(doc: &Document) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for entity in &doc.entities {
        *counts.entry(entity.label.as_str()).or_insert(0) += 1;
    }
    counts
}

/// A metadata value as a person reads it: strings as they are, other values
/// as compact JSON; `None` when the key is absent, `null` or blank.
pub fn metadata_display(metadata: &Metadata, key: &str) -> Option<String> {
    match metadata.get(key)? {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// The document's title, or its file name when it has none.
pub fn title_or_file_name(doc: &Document) -> String {
    metadata_display(&doc.metadata, "title").unwrap_or_else(|| doc.source_file.clone())
}

/// The stem the host names `.ext` artifacts after: `bai-viet.txt` → `bai-viet`
/// (as [`Path::file_stem`] does, which the host uses).
pub fn file_stem(source_file: &str) -> &str {
    Path::new(source_file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(source_file)
}

/// The byte ranges of the text's paragraphs: maximal runs of non-blank lines,
/// without the final line break. Blank (whitespace-only) lines separate them.
///
/// ```
/// let text = "Một.\nHai.\n\n  \nBa.";
/// let paras: Vec<&str> = docflow_sdk::contract::paragraphs(text)
///     .into_iter()
///     .map(|r| &text[r])
///     .collect();
/// assert_eq!(paras, ["Một.\nHai.", "Ba."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut result = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content_end = line_start + line.trim_end_matches(['\n', '\r']).len();
        if line.trim().is_empty() {
            result.extend(current.take());
        } else {
            match &mut current {
                Some(para) => para.end = content_end,
                None => current = Some(line_start..content_end),
            }
        }
        line_start += line.len();
    }
    result.extend(current);
    result
}

/// Checks a collection file name from a plugin's config: a plain file name,
/// not hidden, without `#` (which marks head and tail).
pub fn check_collection_name(name: &str) -> Result<(), PluginError> {
    let ok = !name.trim().is_empty()
        && name.len() <= 190
        && !name.starts_with('.')
        && !name
            .chars()
            .any(|c| matches!(c, '/' | '\\' | '#') || c.is_control());
    if ok {
        Ok(())
    } else {
        Err(PluginError::invalid_config(format!(
            "`file` = {name:?} is not a plain file name (no folders, `#`, control characters or leading `.`)"
        )))
    }
}

/// This document's entry in the collection file `name` (artifact `+name`).
pub fn collection_entry(name: &str, media_type: &str, bytes: impl Into<Vec<u8>>) -> Artifact {
    Artifact::new(format!("+{name}"), media_type, bytes)
}

/// The fixed beginning of the collection file `name` (artifact `+name#head`).
pub fn collection_head(name: &str, media_type: &str, bytes: impl Into<Vec<u8>>) -> Artifact {
    Artifact::new(format!("+{name}#head"), media_type, bytes)
}

/// The fixed end of the collection file `name` (artifact `+name#tail`).
pub fn collection_tail(name: &str, media_type: &str, bytes: impl Into<Vec<u8>>) -> Artifact {
    Artifact::new(format!("+{name}#tail"), media_type, bytes)
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    id: &'a str,
    source_file: &'a str,
    metadata: JsonMetadata<'a>,
    text: &'a str,
    entities: Vec<JsonEntity<'a>>,
    provenance: Vec<JsonStep<'a>>,
}

struct JsonMetadata<'a>(&'a Metadata);

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
    attributes: Map<String, Value>,
}

#[derive(Serialize)]
struct JsonStep<'a> {
    stage: &'a str,
    plugin: &'a str,
    version: &'a str,
    sha256: &'a str,
    micros: u64,
}

/// Renders a document in the public JSON shape, followed by a line break;
/// compact (one line) unless `pretty`.
pub fn to_json(doc: &Document, pretty: bool) -> Result<Vec<u8>, PluginError> {
    let entities = entities(doc)?
        .into_iter()
        .map(|e| JsonEntity {
            label: e.label,
            text: e.text,
            start: e.start,
            end: e.end,
            attributes: attributes_object(e.attributes),
        })
        .collect();
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

/// Reads a document in the public JSON shape back (code-point offsets become
/// byte offsets again). Well-known metadata keys that are `null` are left
/// out, as they were before [`to_json`] added them. Fails with
/// [`PluginError::invalid_input`] on anything that is not the contract,
/// including an entity whose `text` differs from the span it claims.
pub fn from_json(bytes: &[u8]) -> Result<Document, PluginError> {
    let bad =
        |what: String| PluginError::invalid_input(format!("not docflow's JSON contract: {what}"));
    let value: Value = serde_json::from_slice(bytes).map_err(|e| bad(e.to_string()))?;
    let root = value
        .as_object()
        .ok_or_else(|| bad("not an object".into()))?;
    let string = |obj: &Map<String, Value>, key: &str, at: &str| -> Result<String, PluginError> {
        obj.get(key)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| bad(format!("{at}`{key}` is missing or not a string")))
    };
    let number = |obj: &Map<String, Value>, key: &str, at: &str| -> Result<u64, PluginError> {
        obj.get(key)
            .and_then(Value::as_u64)
            .ok_or_else(|| bad(format!("{at}`{key}` is missing or not a number")))
    };
    let array = |key: &str| -> Result<&Vec<Value>, PluginError> {
        match root.get(key) {
            Some(Value::Array(items)) => Ok(items),
            _ => Err(bad(format!("`{key}` is missing or not an array"))),
        }
    };

    let mut doc = Document::new(string(root, "source_file", "")?, string(root, "text", "")?);
    doc.id = string(root, "id", "")?;
    let metadata = root
        .get("metadata")
        .and_then(Value::as_object)
        .ok_or_else(|| bad("`metadata` is missing or not an object".into()))?;
    doc.metadata = metadata
        .iter()
        .filter(|(k, v)| !(v.is_null() && WELL_KNOWN_KEYS.contains(&k.as_str())))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();

    // Code point -> byte offset, for every code point and the end.
    let byte_at: Vec<usize> = doc
        .text
        .char_indices()
        .map(|(b, _)| b)
        .chain([doc.text.len()])
        .collect();
    for (i, item) in array("entities")?.iter().enumerate() {
        let at = format!("entities[{i}].");
        let obj = item
            .as_object()
            .ok_or_else(|| bad(format!("entities[{i}] is not an object")))?;
        let (start, end) = (number(obj, "start", &at)?, number(obj, "end", &at)?);
        let span = match (byte_at.get(start as usize), byte_at.get(end as usize)) {
            (Some(&s), Some(&e)) if s <= e => s..e,
            _ => {
                return Err(bad(format!(
                    "entities[{i}] spans {start}..{end}, outside the text"
                )));
            }
        };
        let claimed = string(obj, "text", &at)?;
        if doc.text[span.clone()] != claimed {
            return Err(bad(format!(
                "entities[{i}].text {claimed:?} is not the text at {start}..{end} ({:?})",
                &doc.text[span]
            )));
        }
        let mut entity = Entity::new(string(obj, "label", &at)?, span);
        if let Some(attributes) = obj.get("attributes") {
            let attributes = attributes
                .as_object()
                .ok_or_else(|| bad(format!("{at}attributes is not an object")))?;
            for (key, value) in attributes {
                let value = value
                    .as_str()
                    .ok_or_else(|| bad(format!("{at}attributes.{key} is not a string")))?;
                entity.set_attribute(key.clone(), value);
            }
        }
        doc.entities.push(entity);
    }
    for (i, item) in array("provenance")?.iter().enumerate() {
        let at = format!("provenance[{i}].");
        let obj = item
            .as_object()
            .ok_or_else(|| bad(format!("provenance[{i}] is not an object")))?;
        doc.provenance.push(Step {
            stage: string(obj, "stage", &at)?,
            plugin: string(obj, "plugin", &at)?,
            version: string(obj, "version", &at)?,
            sha256: string(obj, "sha256", &at)?,
            micros: number(obj, "micros", &at)?,
        });
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        for key in [
            "id",
            "source_file",
            "metadata",
            "text",
            "entities",
            "provenance",
        ] {
            assert!(value.get(key).is_some(), "missing {key}");
        }
        assert_eq!(value["provenance"][0]["micros"], 42);
        assert!(json.ends_with("}\n") && !json[..json.len() - 1].contains('\n'));
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
        // Inside a character ("à" of "Hà" is two bytes).
        let mut doc = sample();
        doc.entities[0].end = doc.entities[0].start + 2;
        assert!(entities(&doc).is_err());
    }

    #[test]
    fn from_json_reads_back_what_to_json_wrote() {
        let doc = sample();
        for pretty in [false, true] {
            assert_eq!(from_json(&to_json(&doc, pretty).unwrap()).unwrap(), doc);
        }
    }

    #[test]
    fn from_json_rejects_an_entity_whose_text_is_not_its_span() {
        let json = to_json(&sample(), false).unwrap();
        let mut value: Value = serde_json::from_slice(&json).unwrap();
        value["entities"][0]["start"] = 13.into();
        let err = from_json(value.to_string().as_bytes()).unwrap_err();
        assert!(err.message.contains("entities[0].text"), "{}", err.message);
        value["entities"][0]["end"] = 1000.into();
        let err = from_json(value.to_string().as_bytes()).unwrap_err();
        assert!(err.message.contains("outside the text"), "{}", err.message);
        assert!(from_json(b"[1]").is_err());
    }

    #[test]
    fn helpers_for_exporters() {
        let doc = sample();
        assert_eq!(
            label_counts(&doc).into_iter().collect::<Vec<_>>(),
            [("LOCATION", 1), ("PERSON", 1)]
        );
        assert_eq!(
            attributes_json(&doc.entities[1].attributes),
            r#"{"level":"city"}"#
        );
        assert_eq!(attributes_json(&[]), "{}");
        assert_eq!(title_or_file_name(&doc), "Tin sáng");
        assert_eq!(title_or_file_name(&Document::new("x.txt", "")), "x.txt");
        let mut meta = Metadata::default();
        meta.set("n", 3);
        meta.set("blank", " ");
        meta.set("none", Value::Null);
        assert_eq!(metadata_display(&meta, "n").as_deref(), Some("3"));
        assert_eq!(metadata_display(&meta, "blank"), None);
        assert_eq!(metadata_display(&meta, "none"), None);
        assert_eq!(file_stem("bài viết.v2.txt"), "bài viết.v2");
        assert_eq!(file_stem("README"), "README");
        assert_eq!(file_stem(".hidden"), ".hidden");
    }

    #[test]
    fn paragraphs_skip_blank_lines_and_keep_single_breaks() {
        let text = "\n\nA\r\nB\n \t\nC\n\n\n";
        let paras: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(paras, ["A\r\nB", "C"]);
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n ").is_empty());
    }

    #[test]
    fn collection_names() {
        assert_eq!(collection_entry("a.csv", "text/csv", "").name, "+a.csv");
        assert_eq!(collection_head("a.csv", "text/csv", "").name, "+a.csv#head");
        assert_eq!(collection_tail("a.csv", "text/csv", "").name, "+a.csv#tail");
        assert!(check_collection_name("tổng hợp.csv").is_ok());
        for bad in ["", " ", "a/b.csv", "..", ".csv", "a#b", "a\\b", "a\nb"] {
            assert!(check_collection_name(bad).is_err(), "{bad:?}");
        }
    }
}
