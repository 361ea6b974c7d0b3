use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::Document;

/// A docflow plugin.
///
/// The host creates one instance per stage and worker with [`Plugin::new`]
/// and reuses it for many documents, so keep expensive set-up (tables,
/// compiled patterns) in `Self`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a docflow plugin: it does not implement `docflow_sdk::Plugin`",
    label = "`register_plugin!` needs a type that implements `docflow_sdk::Plugin`",
    note = "add `impl docflow_sdk::Plugin for {Self}` with `type Config`, `fn info()`, `fn new(config)` and `fn process(&mut self, doc)`; `docflow plugin new` writes a complete example"
)]
pub trait Plugin: Sized + 'static {
    /// The stage's `config` table from the pipeline TOML, deserialised with
    /// serde. Use `#[serde(deny_unknown_fields)]` so typos are reported, and
    /// `#[serde(default)]` for optional keys; `serde_json::Value` accepts
    /// anything.
    type Config: DeserializeOwned;

    /// What the plugin does and which config keys it accepts. Name and
    /// version come from the crate's `Cargo.toml`.
    fn info() -> PluginInfo;

    /// Builds an instance from the stage's config. Return
    /// [`PluginError::invalid_config`] for values that parse but make no sense.
    fn new(config: Self::Config) -> Result<Self, PluginError>;

    /// Processes one document.
    fn process(&mut self, doc: Document) -> Result<Output, PluginError>;
}

/// Whether a plugin changes documents or turns them into files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluginKind {
    /// Returns changed documents.
    Transform,
    /// Returns files (artifacts) for the host's outputs.
    Export,
}

/// The static description a plugin gives of itself.
#[derive(Debug, Clone, PartialEq)]
pub struct PluginInfo {
    /// One line on what the plugin does.
    pub description: String,
    /// Transform or export.
    pub kind: PluginKind,
    /// The config keys it accepts.
    pub config: Vec<ConfigOption>,
}

impl PluginInfo {
    /// A plugin that returns changed documents.
    pub fn transform(description: impl Into<String>) -> Self {
        PluginInfo {
            description: description.into(),
            kind: PluginKind::Transform,
            config: Vec::new(),
        }
    }

    /// A plugin that returns files ([`Artifact`]s) for the host's outputs.
    pub fn export(description: impl Into<String>) -> Self {
        PluginInfo {
            kind: PluginKind::Export,
            ..PluginInfo::transform(description)
        }
    }

    /// Documents one accepted config key.
    pub fn option(mut self, option: ConfigOption) -> Self {
        self.config.push(option);
        self
    }
}

/// One key of a stage's `config` table, as shown by `docflow plugin inspect`.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigOption {
    /// The key as written in `[stages.config]`.
    pub name: String,
    /// A human-readable type, e.g. `bool`, `list of strings`.
    pub type_name: String,
    /// `None` means the key is required.
    pub default: Option<Value>,
    /// What the key does.
    pub description: String,
}

impl ConfigOption {
    /// A required key; add `.default_value(..)` to make it optional.
    pub fn new(
        name: impl Into<String>,
        type_name: impl Into<String>,
        description: impl Into<String>,
    ) -> Self {
        ConfigOption {
            name: name.into(),
            type_name: type_name.into(),
            default: None,
            description: description.into(),
        }
    }

    /// The value used when the key is absent (makes the key optional).
    pub fn default_value(mut self, value: impl Into<Value>) -> Self {
        self.default = Some(value.into());
        self
    }
}

/// A file produced by an export plugin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Artifact {
    /// `.ext` (written as `<input stem>.ext`) or a plain file name; never a path.
    pub name: String,
    /// IANA media type, e.g. `application/json`.
    pub media_type: String,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

impl Artifact {
    /// An artifact named `name` (`.ext` or a file name).
    pub fn new(
        name: impl Into<String>,
        media_type: impl Into<String>,
        bytes: impl Into<Vec<u8>>,
    ) -> Self {
        Artifact {
            name: name.into(),
            media_type: media_type.into(),
            bytes: bytes.into(),
        }
    }
}

/// What [`Plugin::process`] returns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Output {
    /// The changed document; `None` leaves it as it was (and saves a copy).
    pub document: Option<Document>,
    /// Files for the host's outputs (export plugins).
    pub artifacts: Vec<Artifact>,
}

impl Output {
    /// The document is unchanged.
    pub fn unchanged() -> Self {
        Output::default()
    }

    /// Adds a file for the host's outputs.
    pub fn with_artifact(mut self, artifact: Artifact) -> Self {
        self.artifacts.push(artifact);
        self
    }
}

impl From<Document> for Output {
    fn from(document: Document) -> Self {
        Output {
            document: Some(document),
            artifacts: Vec::new(),
        }
    }
}

/// Why a plugin could not process a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The input's fault: this document cannot be processed.
    InvalidInput,
    /// The stage's config is wrong.
    InvalidConfig,
    /// The plugin itself failed.
    Internal,
}

/// A typed error returned to the host, which records it with the stage and
/// plugin name and moves the document to `failed/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginError {
    /// Whose fault it is.
    pub kind: ErrorKind,
    /// What went wrong, for the person reading the failure report.
    pub message: String,
}

impl PluginError {
    /// The document cannot be processed; the input is at fault.
    pub fn invalid_input(message: impl Into<String>) -> Self {
        PluginError {
            kind: ErrorKind::InvalidInput,
            message: message.into(),
        }
    }

    /// The stage's config is wrong; say which key and why.
    pub fn invalid_config(message: impl Into<String>) -> Self {
        PluginError {
            kind: ErrorKind::InvalidConfig,
            message: message.into(),
        }
    }

    /// The plugin itself failed.
    pub fn internal(message: impl Into<String>) -> Self {
        PluginError {
            kind: ErrorKind::Internal,
            message: message.into(),
        }
    }
}

impl fmt::Display for PluginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            ErrorKind::InvalidInput => "invalid input",
            ErrorKind::InvalidConfig => "invalid config",
            ErrorKind::Internal => "internal error",
        };
        write!(f, "{kind}: {}", self.message)
    }
}

impl std::error::Error for PluginError {}

/// Builds a plugin the way the host does: parses the stage's config (JSON,
/// as the host converts it from the pipeline TOML) into the typed config and
/// calls [`Plugin::new`]. Handy in unit tests.
///
/// ```
/// # use docflow_sdk::*;
/// # struct Noop;
/// # impl Plugin for Noop {
/// #     type Config = std::collections::BTreeMap<String, u32>;
/// #     fn info() -> PluginInfo { PluginInfo::transform("") }
/// #     fn new(_: Self::Config) -> Result<Self, PluginError> { Ok(Noop) }
/// #     fn process(&mut self, _: Document) -> Result<Output, PluginError> { Ok(Output::unchanged()) }
/// # }
/// let err = docflow_sdk::configure::<Noop>(r#"{"limit": "ten"}"#).err().unwrap();
/// assert_eq!(err.kind, ErrorKind::InvalidConfig);
/// ```
pub fn configure<P: Plugin>(config_json: &str) -> Result<P, PluginError> {
    P::new(parse_config(config_json)?)
}

/// Parses a stage's config JSON into the plugin's typed config, with an error
/// that tells the pipeline author what to fix.
fn parse_config<C: DeserializeOwned>(json: &str) -> Result<C, PluginError> {
    serde_json::from_str(json)
        .map_err(|err| PluginError::invalid_config(describe_config_error(&err)))
}

fn describe_config_error(err: &serde_json::Error) -> String {
    // serde_json's line/column refer to the JSON the host built, which the
    // pipeline author never sees: keep only the message.
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Config {
        labels: Vec<String>,
    }

    #[test]
    fn config_errors_name_the_key_without_json_positions() {
        let err = parse_config::<Config>(r#"{"label": ["PERSON"]}"#).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidConfig);
        assert!(
            err.message.contains("unknown field `label`"),
            "{}",
            err.message
        );
        assert!(err.message.contains("`labels`"), "{}", err.message);
        assert!(!err.message.contains("line"), "{}", err.message);
    }

    #[test]
    fn config_type_mismatch_is_reported() {
        let err = parse_config::<Config>(r#"{"labels": "PERSON"}"#).unwrap_err();
        assert!(err.message.contains("invalid type"), "{}", err.message);
    }
}
