//! The host's validation of plugin output: an `arbitrary` description is
//! turned into a `wit::Document` (text, metadata pairs, entities with
//! label, start, end and attributes) and `wit::Artifact`s, which go
//! through `docflow::runtime::check_document` and `check_artifact` with
//! either the default limits or small ones.
//!
//! Checks, whenever the host accepts:
//! - document: text and entity count within the limits; every entity's
//!   `start..end` is a char-boundary range of the text
//!   (`text.get(start..end)` is `Some`); every label is non-empty
//!   UPPER_SNAKE_CASE ASCII of at most 64 characters; every metadata key
//!   is non-empty and every value parses as JSON;
//! - artifact: the returned size is the byte count, within the limit, and
//!   the name is `.ext`, a plain file name or `+NAME[#head|#tail]` whose
//!   file part is one plain path component (no separator, no `..`).
//!
//! Conversely, with the default limits (far above anything generated
//! here) a document that satisfies all of the above must be accepted.
//! Rejections must say why (a non-empty message).
#![no_main]

use std::path::{Component, Path};

use arbitrary::Arbitrary;
use docflow::runtime::{Limits, check_artifact, check_document, wit};
use libfuzzer_sys::fuzz_target;

/// Labels that pass, and some that nearly do.
const LABELS: &[&str] = &[
    "PERSON",
    "LOCATION",
    "ORG",
    "DATE",
    "LEGAL_REF",
    "X_1",
    "A",
    "",
    "person",
    "_X",
    "1X",
    "Đ",
    "X-1",
    "X Y",
];

/// Metadata values: valid JSON and near misses.
const JSON: &[&str] = &[
    "\"Hà Nội\"",
    "42",
    "null",
    "[1,2]",
    "{\"a\":1}",
    "true",
    "-0.5e3",
    "",
    "Hà Nội",
    "\"open",
    "[1,",
    "1e400",
    "01",
    "NaN",
    " 1 ",
    "\"\\u0000\"",
    "\"\\ud800\"",
];

/// An offset: raw, or (usually) somewhere inside the text.
#[derive(Arbitrary, Debug)]
enum Offset {
    Raw(u32),
    InText(u16),
}

#[derive(Arbitrary, Debug)]
enum Text {
    Raw(String),
    Known(u8),
}

#[derive(Arbitrary, Debug)]
struct EntityIn {
    label: Text,
    start: Offset,
    end: Offset,
    attributes: Vec<(String, String)>,
}

#[derive(Arbitrary, Debug)]
struct ArtifactIn {
    name: String,
    media_type: String,
    bytes: Vec<u8>,
}

#[derive(Arbitrary, Debug)]
struct Input {
    text: String,
    metadata: Vec<(String, Text)>,
    entities: Vec<EntityIn>,
    artifacts: Vec<ArtifactIn>,
    /// `Some`: small limits (output bytes, entities) that inputs can hit.
    small_limits: Option<(u16, u8)>,
}

fn pick(list: &[&str], i: u8) -> String {
    list[i as usize % list.len()].to_string()
}

fn offset(offset: &Offset, text_len: usize) -> u32 {
    match *offset {
        Offset::Raw(raw) => raw,
        Offset::InText(at) => (at as usize % (text_len + 1)) as u32,
    }
}

fn label_ok(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= 64
        && label.starts_with(|c: char| c.is_ascii_uppercase())
        && label
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

fn entity_ok(text: &str, entity: &wit::Entity) -> bool {
    let (start, end) = (entity.start as usize, entity.end as usize);
    label_ok(&entity.label) && start <= end && text.get(start..end).is_some()
}

fn metadata_ok((key, value): &(String, String)) -> bool {
    !key.is_empty() && serde_json::from_str::<serde_json::Value>(value).is_ok()
}

fn build(input: &Input) -> (wit::Document, Vec<wit::Artifact>, Limits) {
    let text_len = input.text.len();
    let entities = input
        .entities
        .iter()
        .map(|e| wit::Entity {
            label: match &e.label {
                Text::Raw(raw) => raw.clone(),
                Text::Known(i) => pick(LABELS, *i),
            },
            start: offset(&e.start, text_len),
            end: offset(&e.end, text_len),
            attributes: e.attributes.clone(),
        })
        .collect();
    let metadata = input
        .metadata
        .iter()
        .map(|(key, value)| {
            let value = match value {
                Text::Raw(raw) => raw.clone(),
                Text::Known(i) => pick(JSON, *i),
            };
            (key.clone(), value)
        })
        .collect();
    let doc = wit::Document {
        id: String::new(),
        source_file: "fuzz.txt".to_string(),
        text: input.text.clone(),
        metadata,
        entities,
        provenance: Vec::new(),
    };
    let artifacts = input
        .artifacts
        .iter()
        .map(|a| wit::Artifact {
            name: a.name.clone(),
            media_type: a.media_type.clone(),
            bytes: a.bytes.clone(),
        })
        .collect();
    let limits = match input.small_limits {
        None => Limits::default(),
        Some((bytes, entities)) => Limits {
            max_output_bytes: bytes as usize,
            max_entities: entities as usize,
            ..Limits::default()
        },
    };
    (doc, artifacts, limits)
}

/// The file part of an accepted artifact name must be one plain component.
fn assert_plain_name(name: &str) {
    let file = match name.strip_prefix('+') {
        None => name,
        Some(rest) => rest
            .strip_suffix("#head")
            .or_else(|| rest.strip_suffix("#tail"))
            .unwrap_or(rest),
    };
    assert!(!file.is_empty(), "empty artifact file name {name:?}");
    assert!(
        !file.contains(['/', '\\']) && !file.chars().any(char::is_control),
        "artifact name {name:?} accepted"
    );
    // `.ext` is appended to the input's stem.
    let on_disk = if file.starts_with('.') {
        format!("stem{file}")
    } else {
        file.to_string()
    };
    let components: Vec<_> = Path::new(&on_disk).components().collect();
    assert!(
        matches!(components.as_slice(), [Component::Normal(_)]),
        "artifact name {name:?} is not one plain file name: {components:?}"
    );
}

fuzz_target!(|input: Input| {
    let (doc, artifacts, limits) = build(&input);
    match check_document(&doc, &limits) {
        Ok(()) => {
            assert!(doc.text.len() <= limits.max_output_bytes);
            assert!(doc.entities.len() <= limits.max_entities);
            for entity in &doc.entities {
                let (start, end) = (entity.start as usize, entity.end as usize);
                assert!(
                    doc.text.get(start..end).is_some(),
                    "bad span {start}..{end} accepted in {:?}",
                    doc.text
                );
                assert!(!entity.label.is_empty(), "empty label accepted");
                assert!(label_ok(&entity.label), "label {:?} accepted", entity.label);
            }
            for pair in &doc.metadata {
                assert!(metadata_ok(pair), "metadata {pair:?} accepted");
            }
        }
        Err(why) => {
            assert!(!why.is_empty());
            if input.small_limits.is_none() {
                let all_ok = doc.entities.iter().all(|e| entity_ok(&doc.text, e))
                    && doc.metadata.iter().all(metadata_ok);
                assert!(!all_ok, "valid document rejected: {why}");
            }
        }
    }
    for artifact in &artifacts {
        match check_artifact(artifact, &limits) {
            Ok(size) => {
                assert_eq!(size, artifact.bytes.len());
                assert!(size <= limits.max_output_bytes);
                assert!(artifact.name.len() <= 200);
                assert_plain_name(&artifact.name);
            }
            Err(why) => assert!(!why.is_empty()),
        }
    }
});
