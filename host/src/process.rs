//! Runs one document through a pipeline's stages: decode, call each plugin,
//! check what it returns, and record provenance.

use std::time::Instant;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::decode;
use crate::pipeline::Pipeline;
use crate::runtime::{FailureKind, Policy, StageInstance, check_artifact, check_document, wit};

/// A document that went through every stage.
pub struct Processed {
    pub document: wit::Document,
    pub artifacts: Vec<wit::Artifact>,
}

/// Why a document failed, for the user and for `<name>.error.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// The stage name, or `decode`/`read`/`output` for the host's own steps.
    pub stage: String,
    /// The plugin that failed, when a plugin did.
    pub plugin: Option<String>,
    pub kind: String,
    pub message: String,
    /// The stage's policy is `stop`: the run or service ends after this.
    #[serde(skip)]
    pub stop: bool,
}

impl Failure {
    pub fn host(stage: &str, kind: &str, message: impl Into<String>) -> Self {
        Failure {
            stage: stage.to_string(),
            plugin: None,
            kind: kind.to_string(),
            message: message.into(),
            stop: false,
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.plugin {
            Some(plugin) => write!(
                f,
                "stage `{}` (plugin {plugin}): {}: {}",
                self.stage, self.kind, self.message
            ),
            None => write!(f, "{}: {}: {}", self.stage, self.kind, self.message),
        }
    }
}

/// Fails an input of `len` bytes over the pipeline's `max_input_mb`,
/// before it is read.
pub fn check_input_size(len: u64, limit: u64) -> Result<(), Failure> {
    if len <= limit {
        return Ok(());
    }
    let mib = |n: u64| n as f64 / f64::from(1 << 20);
    Err(Failure::host(
        "read",
        "too-large",
        format!(
            "the file is {:.1} MiB, over the {:.1} MiB input limit (the pipeline's `max_input_mb`)",
            mib(len),
            mib(limit)
        ),
    ))
}

/// Metadata key listing the stages a document went on without.
pub const SKIPPED_KEY: &str = "skipped";

/// Adds `{stage, plugin, kind, message}` to the document's `skipped` list.
fn record_skipped(document: &mut wit::Document, failure: &Failure) {
    let mut skipped: Vec<serde_json::Value> = document
        .metadata
        .iter()
        .find(|(k, _)| k == SKIPPED_KEY)
        .and_then(|(_, v)| serde_json::from_str(v).ok())
        .unwrap_or_default();
    skipped.push(serde_json::json!({
        "stage": failure.stage,
        "plugin": failure.plugin,
        "kind": failure.kind,
        "message": failure.message,
    }));
    document.metadata.retain(|(k, _)| k != SKIPPED_KEY);
    document.metadata.push((
        SKIPPED_KEY.to_string(),
        serde_json::Value::Array(skipped).to_string(),
    ));
}

/// One worker's instances of every stage, reused across documents.
pub struct Chain {
    stages: Vec<StageInstance>,
}

impl Chain {
    pub fn new(pipeline: &Pipeline) -> Self {
        Chain::from_instances(
            pipeline
                .stages
                .iter()
                .map(|stage| stage.instance())
                .collect(),
        )
    }

    /// A chain of the given instances, in order (e.g. one plugin to try).
    pub fn from_instances(stages: Vec<StageInstance>) -> Self {
        Chain { stages }
    }

    /// Processes the bytes of the input file `file_name`.
    pub fn process(&mut self, file_name: &str, bytes: &[u8]) -> Result<Processed, Failure> {
        self.process_with_id(file_name, bytes, hex::encode(Sha256::digest(bytes)))
    }

    /// [`Chain::process`] for a caller that already hashed the bytes: `id`
    /// must be their hex sha256.
    pub fn process_with_id(
        &mut self,
        file_name: &str,
        bytes: &[u8],
        id: String,
    ) -> Result<Processed, Failure> {
        let decoded =
            decode::decode(bytes).map_err(|why| Failure::host("decode", "invalid-input", why))?;
        let mut document = wit::Document {
            id,
            source_file: file_name.to_string(),
            text: decoded.text,
            metadata: vec![("encoding".to_string(), format!("\"{}\"", decoded.encoding))],
            entities: Vec::new(),
            provenance: Vec::new(),
        };
        let mut artifacts = Vec::new();
        for stage in &mut self.stages {
            let started = Instant::now();
            let plugin = stage.plugin.clone();
            let stage_name = stage.stage.clone();
            let plugin_failure = |kind: &str, message: String| Failure {
                stage: stage_name.to_string(),
                plugin: Some(plugin.info.name.clone()),
                kind: kind.to_string(),
                message,
                stop: false,
            };
            let checked = stage
                .process(&document)
                .map_err(|failure| plugin_failure(failure.kind.as_str(), failure.message))
                .and_then(|output| {
                    let invalid =
                        |why: String| plugin_failure(FailureKind::InvalidOutput.as_str(), why);
                    for artifact in &output.artifacts {
                        check_artifact(artifact, &stage.limits).map_err(invalid)?;
                    }
                    if let Some(changed) = &output.document {
                        check_document(changed, &stage.limits).map_err(invalid)?;
                    }
                    Ok(output)
                });
            let output = match (checked, stage.policy) {
                (Ok(output), _) => output,
                (Err(failure), Policy::SkipStage) => {
                    tracing::warn!(
                        file = %document.source_file,
                        "{failure}; going on without stage `{stage_name}` (on_violation = \"skip-stage\")"
                    );
                    record_skipped(&mut document, &failure);
                    continue;
                }
                (Err(mut failure), policy) => {
                    failure.stop = policy == Policy::Stop;
                    return Err(failure);
                }
            };
            if let Some(mut changed) = output.document {
                // Identity and history belong to the host.
                changed.id = std::mem::take(&mut document.id);
                changed.source_file = std::mem::take(&mut document.source_file);
                changed.provenance = std::mem::take(&mut document.provenance);
                // What the host recorded about skipped stages stays.
                if let Some(skipped) = document.metadata.iter().find(|(k, _)| k == SKIPPED_KEY) {
                    changed.metadata.retain(|(k, _)| k != SKIPPED_KEY);
                    changed.metadata.push(skipped.clone());
                }
                document = changed;
            }
            artifacts.extend(output.artifacts);
            document.provenance.push(wit::Step {
                stage: stage_name.to_string(),
                plugin: plugin.info.name.clone(),
                version: plugin.info.version.clone(),
                sha256: plugin.sha256.clone(),
                micros: started.elapsed().as_micros() as u64,
            });
        }
        Ok(Processed {
            document,
            artifacts,
        })
    }
}
