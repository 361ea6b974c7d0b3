//! The host's checks on everything a plugin hands back. A plugin is never
//! trusted: a bad span or an oversized answer fails the document, naming
//! the offending entity or artifact.

use super::{Limits, wit};
use crate::outputs::collection::ArtifactName;

/// Checks a returned document; the error names what is wrong.
pub fn check_document(doc: &wit::Document, limits: &Limits) -> Result<(), String> {
    let text_len = doc.text.len();
    if text_len > limits.max_output_bytes {
        return Err(format!(
            "returned a {text_len}-byte text, over the stage's {}-byte output limit",
            limits.max_output_bytes
        ));
    }
    if doc.entities.len() > limits.max_entities {
        return Err(format!(
            "returned {} entities, over the stage's limit of {}",
            doc.entities.len(),
            limits.max_entities
        ));
    }
    let mut size = text_len;
    for (i, entity) in doc.entities.iter().enumerate() {
        check_entity(&doc.text, entity).map_err(|why| {
            format!(
                "entity #{i} ({} {}..{}) {why}",
                truncate(&entity.label, 40),
                entity.start,
                entity.end
            )
        })?;
        size += 16
            + entity.label.len()
            + entity
                .attributes
                .iter()
                .map(|(k, v)| k.len() + v.len())
                .sum::<usize>();
        if size > limits.max_output_bytes {
            return Err(format!(
                "returned {} entities, over the stage's {}-byte output limit",
                doc.entities.len(),
                limits.max_output_bytes
            ));
        }
    }
    for (key, value) in &doc.metadata {
        if key.is_empty() {
            return Err("metadata has an empty key".to_string());
        }
        // Parsed into a `Value`, as the SDK and the database read it:
        // `IgnoredAny` only checks the syntax and let through lone
        // surrogates (`"\ud800"`) and out-of-range numbers (`1e400`).
        if serde_json::from_str::<serde_json::Value>(value).is_err() {
            return Err(format!(
                "metadata `{}` is not valid JSON: {}",
                truncate(key, 60),
                truncate(value, 60)
            ));
        }
    }
    Ok(())
}

fn check_entity(text: &str, entity: &wit::Entity) -> Result<(), String> {
    let label_ok = entity.label.len() <= 64
        && entity.label.starts_with(|c: char| c.is_ascii_uppercase())
        && entity
            .label
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    if !label_ok {
        return Err(
            "has a label that is not UPPER_SNAKE_CASE ASCII of at most 64 characters".to_string(),
        );
    }
    let (start, end) = (entity.start as usize, entity.end as usize);
    if start > end {
        return Err("starts after it ends".to_string());
    }
    if end > text.len() {
        return Err(format!("ends past the end of the {}-byte text", text.len()));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(
            "does not start and end on character boundaries (offsets are UTF-8 bytes)".to_string(),
        );
    }
    Ok(())
}

/// Checks an artifact's name and size; returns its size in bytes.
pub fn check_artifact(artifact: &wit::Artifact, limits: &Limits) -> Result<usize, String> {
    let name = &artifact.name;
    let file = ArtifactName::parse(name).file();
    let stem_or_ext = file.strip_prefix('.').unwrap_or(file);
    let name_ok = !stem_or_ext.is_empty()
        && name.len() <= 200
        && file != ".."
        && !file
            .chars()
            .any(|c| c == '/' || c == '\\' || c.is_control());
    if !name_ok {
        return Err(format!(
            "returned an artifact named {:?}: names must be `.ext`, a plain file name or `+NAME` (a collection file), never a path",
            truncate(name, 80)
        ));
    }
    if artifact.bytes.len() > limits.max_output_bytes {
        return Err(format!(
            "returned a {}-byte artifact {name}, over the stage's {}-byte output limit",
            artifact.bytes.len(),
            limits.max_output_bytes
        ));
    }
    Ok(artifact.bytes.len())
}

fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, entities: Vec<wit::Entity>) -> wit::Document {
        wit::Document {
            id: String::new(),
            source_file: "a.txt".into(),
            text: text.into(),
            metadata: vec![("title".into(), "\"Tin\"".into())],
            entities,
            provenance: Vec::new(),
        }
    }

    fn entity(label: &str, start: u32, end: u32) -> wit::Entity {
        wit::Entity {
            label: label.into(),
            start,
            end,
            attributes: Vec::new(),
        }
    }

    #[test]
    fn accepts_valid_spans_including_empty_ones_at_the_end() {
        let text = "Đà Nẵng";
        let ok = doc(
            text,
            vec![
                entity("LOCATION", 0, text.len() as u32),
                entity("X_1", 9, 9),
            ],
        );
        assert_eq!(check_document(&ok, &Limits::default()), Ok(()));
    }

    #[test]
    fn names_the_entity_and_the_problem() {
        let limits = Limits::default();
        let cases = [
            (
                entity("PERSON", 5, 2),
                "entity #0 (PERSON 5..2) starts after it ends",
            ),
            (entity("PERSON", 0, 99), "ends past the end"),
            (entity("PERSON", 1, 3), "character boundaries"),
            (entity("person", 0, 2), "UPPER_SNAKE_CASE"),
            (entity("", 0, 2), "UPPER_SNAKE_CASE"),
        ];
        for (bad, expected) in cases {
            let err = check_document(&doc("Đà Nẵng", vec![bad]), &limits).unwrap_err();
            assert!(err.contains(expected), "{err}");
        }
    }

    #[test]
    fn rejects_metadata_that_is_not_json_and_oversized_text() {
        let mut bad = doc("abc", Vec::new());
        bad.metadata.push(("author".into(), "Lê Lợi".into()));
        assert!(
            check_document(&bad, &Limits::default())
                .unwrap_err()
                .contains("`author` is not valid JSON")
        );
        let small = Limits {
            max_output_bytes: 2,
            ..Limits::default()
        };
        assert!(
            check_document(&doc("abc", Vec::new()), &small)
                .unwrap_err()
                .contains("output limit")
        );
    }

    /// Found by the `plugin_output` fuzz target: values that only pass a
    /// syntax check, which the SDK and the database cannot read as JSON.
    #[test]
    fn rejects_metadata_json_that_does_not_parse_into_a_value() {
        for value in ["\"\\ud800\"", "1e400", "[\"a\\udfff\"]"] {
            let mut bad = doc("abc", Vec::new());
            bad.metadata.push(("x".into(), value.into()));
            let err = check_document(&bad, &Limits::default()).unwrap_err();
            assert!(err.contains("`x` is not valid JSON"), "{value}: {err}");
        }
    }

    #[test]
    fn artifact_names_cannot_be_paths() {
        let limits = Limits::default();
        let artifact = |name: &str| wit::Artifact {
            name: name.into(),
            media_type: "text/plain".into(),
            bytes: b"x".to_vec(),
        };
        assert_eq!(check_artifact(&artifact(".json"), &limits), Ok(1));
        assert_eq!(check_artifact(&artifact("index.html"), &limits), Ok(1));
        assert_eq!(check_artifact(&artifact("+corpus.jsonl"), &limits), Ok(1));
        assert_eq!(
            check_artifact(&artifact("+index.html#head"), &limits),
            Ok(1)
        );
        for bad in [
            "../x",
            "a/b",
            ".",
            "..",
            "",
            "x\ny",
            "+",
            "+..",
            "+a/b#tail",
            "+#head",
        ] {
            assert!(
                check_artifact(&artifact(bad), &limits).is_err(),
                "{bad:?} accepted"
            );
        }
    }
}
