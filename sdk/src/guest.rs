//! Glue between the generated WIT bindings and the public SDK types. Used
//! only by the code `register_plugin!` expands to.

use crate::wit::docflow::plugin::types as wit;
use crate::{Document, Entity, ErrorKind, Metadata, Output, Plugin, PluginError, PluginKind, Step};

/// The plugin's `info` export: `P::info()` with the crate's name and version.
pub fn describe<P: Plugin>(name: &str, version: &str) -> wit::PluginInfo {
    let info = P::info();
    wit::PluginInfo {
        name: name.to_string(),
        version: version.to_string(),
        description: info.description,
        kind: match info.kind {
            PluginKind::Transform => wit::PluginKind::Transform,
            PluginKind::Export => wit::PluginKind::Export,
        },
        config: info
            .config
            .into_iter()
            .map(|option| wit::ConfigOption {
                name: option.name,
                type_name: option.type_name,
                default_value: option.default.map(|value| value.to_string()),
                description: option.description,
            })
            .collect(),
    }
}

/// The plugin's `configure` export: builds `P` from its JSON config.
pub fn configure<P: Plugin>(config_json: &str) -> Result<P, wit::PluginError> {
    crate::configure::<P>(config_json).map_err(to_wit_error)
}

/// The plugin's `process` export: runs `P::process` on one document.
pub fn process<P: Plugin>(
    plugin: Option<&mut P>,
    doc: wit::Document,
) -> Result<wit::Output, wit::PluginError> {
    let plugin = plugin.ok_or_else(|| wit::PluginError {
        kind: wit::ErrorKind::Internal,
        message: "process called before configure".to_string(),
    })?;
    let output = plugin
        .process(from_wit_document(doc))
        .map_err(to_wit_error)?;
    Ok(to_wit_output(output))
}

fn to_wit_error(err: PluginError) -> wit::PluginError {
    wit::PluginError {
        kind: match err.kind {
            ErrorKind::InvalidInput => wit::ErrorKind::InvalidInput,
            ErrorKind::InvalidConfig => wit::ErrorKind::InvalidConfig,
            ErrorKind::Internal => wit::ErrorKind::Internal,
        },
        message: err.message,
    }
}

fn from_wit_document(doc: wit::Document) -> Document {
    Document {
        id: doc.id,
        source_file: doc.source_file,
        text: doc.text,
        metadata: doc
            .metadata
            .into_iter()
            .map(|(key, json)| {
                // The host only sends valid JSON; keep anything else as a string.
                let value = serde_json::from_str(&json).unwrap_or(serde_json::Value::String(json));
                (key, value)
            })
            .collect::<Metadata>(),
        entities: doc
            .entities
            .into_iter()
            .map(|e| Entity {
                label: e.label,
                start: e.start as usize,
                end: e.end as usize,
                attributes: e.attributes,
            })
            .collect(),
        provenance: doc
            .provenance
            .into_iter()
            .map(|s| Step {
                stage: s.stage,
                plugin: s.plugin,
                version: s.version,
                sha256: s.sha256,
                micros: s.micros,
            })
            .collect(),
    }
}

fn to_wit_output(output: Output) -> wit::Output {
    wit::Output {
        document: output.document.map(to_wit_document),
        artifacts: output
            .artifacts
            .into_iter()
            .map(|a| wit::Artifact {
                name: a.name,
                media_type: a.media_type,
                bytes: a.bytes,
            })
            .collect(),
    }
}

fn to_wit_document(doc: Document) -> wit::Document {
    wit::Document {
        id: doc.id,
        source_file: doc.source_file,
        text: doc.text,
        metadata: doc
            .metadata
            .into_iter()
            .map(|(k, v)| (k, v.to_string()))
            .collect(),
        // Offsets beyond u32 cannot be valid: the host caps documents far below 4 GiB.
        entities: doc
            .entities
            .into_iter()
            .map(|e| wit::Entity {
                label: e.label,
                start: u32::try_from(e.start).unwrap_or(u32::MAX),
                end: u32::try_from(e.end).unwrap_or(u32::MAX),
                attributes: e.attributes,
            })
            .collect(),
        // The host keeps provenance itself.
        provenance: Vec::new(),
    }
}
