//! Checks a pipeline spec and loads its plugins, collecting every problem
//! with its location instead of stopping at the first.

use std::collections::HashMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use super::diagnostic::{self, Diagnostic};
use super::lock;
use super::spec::{self, PipelineSpec, StageSpec};
use crate::builtin;
use crate::outputs;
use crate::runtime::{
    Grants, Limits, LoadedPlugin, PluginKind, PluginSource, Policy, Runtime, StageInstance,
};

/// A pipeline ready to run: every plugin loaded, every config accepted.
pub struct Pipeline {
    pub path: PathBuf,
    pub layout: Layout,
    pub stages: Vec<Stage>,
}

/// The parts of a pipeline that say where documents come from and go,
/// readable without loading any plugin (for `status` and `retry`).
#[derive(Debug, Clone)]
pub struct Layout {
    pub name: String,
    /// Where `run` and `watch` read from when no input is given.
    pub input: PathBuf,
    /// Where failed documents and their reports go.
    pub failed: PathBuf,
    pub outputs: Vec<OutputTarget>,
    pub watch: WatchSettings,
    /// Larger inputs fail unread: plugins get the whole text at once.
    pub max_input_bytes: u64,
}

impl Layout {
    /// Applies `--inbox DIR` (read from DIR) and `--out DIR` (outputs into
    /// DIR, failures into DIR/failed).
    pub fn redirect(&mut self, inbox: Option<&Path>, out: Option<&Path>) {
        if let Some(inbox) = inbox {
            self.input = inbox.to_path_buf();
        }
        if let Some(out) = out {
            for output in &mut self.outputs {
                match output {
                    OutputTarget::Folder { dir, .. } => *dir = out.to_path_buf(),
                    OutputTarget::Database(path) => {
                        *path = out.join(path.file_name().unwrap_or("docflow.sqlite".as_ref()))
                    }
                }
            }
            self.failed = out.join("failed");
        }
    }
}

/// How `docflow watch` treats the inbox (the `[watch]` table).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchSettings {
    /// Where processed inputs go; `None` deletes them.
    pub archive: Option<PathBuf>,
    /// Skip an input whose content was already processed successfully.
    pub skip_duplicates: bool,
    /// How long a file that was not closed or renamed in must stay
    /// unchanged before it counts as complete.
    pub settle: Duration,
}

pub struct Stage {
    pub name: Arc<str>,
    /// The plugin as the pipeline names it (a built-in name or a path).
    pub plugin_ref: String,
    pub plugin: Arc<LoadedPlugin>,
    /// The stage's `config` table as JSON, handed to `configure()`.
    pub config_json: Arc<str>,
    pub limits: Limits,
    pub grants: Grants,
    pub policy: Policy,
}

impl Stage {
    /// A fresh, not yet instantiated instance for one worker.
    pub fn instance(&self) -> StageInstance {
        StageInstance::new(
            self.plugin.clone(),
            self.name.clone(),
            self.config_json.clone(),
            self.limits,
        )
        .with(self.grants.clone(), self.policy)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputTarget {
    /// Artifacts are written into this folder, atomically; per-document
    /// files are named by `template` (see [`outputs::artifact_file_name`]).
    Folder { dir: PathBuf, template: String },
    /// Documents and entities go into this SQLite database.
    Database(PathBuf),
}

impl OutputTarget {
    /// The default output: a folder named by the pipeline.
    pub fn folder(dir: impl Into<PathBuf>) -> Self {
        OutputTarget::Folder {
            dir: dir.into(),
            template: outputs::DEFAULT_TEMPLATE.to_string(),
        }
    }
}

/// A pipeline file that cannot be used.
#[derive(Debug)]
pub enum PipelineError {
    Unreadable {
        path: PathBuf,
        error: std::io::Error,
    },
    Invalid {
        path: PathBuf,
        source: String,
        diagnostics: Vec<Diagnostic>,
    },
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PipelineError::Unreadable { path, error } => {
                write!(f, "cannot read pipeline {}: {error}", path.display())
            }
            PipelineError::Invalid {
                path,
                source,
                diagnostics,
            } => {
                f.write_str(&diagnostic::render(path, source, diagnostics))?;
                let n = diagnostics.len();
                write!(
                    f,
                    "{}: {n} error{} in pipeline",
                    path.display(),
                    if n == 1 { "" } else { "s" }
                )
            }
        }
    }
}

impl std::error::Error for PipelineError {}

const DEFAULT_INPUT: &str = "inbox";
const DEFAULT_FAILED: &str = "failed";
const DEFAULT_OUTPUT: &str = "outputs";
const DEFAULT_MAX_INPUT_MB: u64 = 64;
const DEFAULT_ARCHIVE: &str = "archive";
const DEFAULT_SETTLE: Duration = Duration::from_secs(2);

/// Reads, checks and loads the pipeline at `path`; with a lock file
/// beside it, its plugins must be the locked ones.
pub fn load(path: &Path, runtime: &Runtime) -> Result<Pipeline, PipelineError> {
    load_checking_lock(path, runtime, true)
}

/// [`load`] without the lock check, for `docflow lock` itself.
pub fn load_unlocked(path: &Path, runtime: &Runtime) -> Result<Pipeline, PipelineError> {
    load_checking_lock(path, runtime, false)
}

fn load_checking_lock(
    path: &Path,
    runtime: &Runtime,
    check_lock: bool,
) -> Result<Pipeline, PipelineError> {
    checked(path, |spec, diagnostics| {
        let base = path.parent().unwrap_or(Path::new("."));
        let pipeline = compile(path, base, &spec, runtime, diagnostics);
        if check_lock {
            lock::check(path, &spec, &pipeline.stages, diagnostics);
        }
        pipeline
    })
}

/// Reads only the layout of the pipeline at `path`; its stages are not
/// checked and no plugin is loaded.
pub fn load_layout(path: &Path) -> Result<Layout, PipelineError> {
    checked(path, |spec, diagnostics| layout(path, &spec, diagnostics))
}

/// Whether any stage of the pipeline at `path` sets a `fuel` limit, so the
/// runtime must meter fuel (read before loading; errors are ignored here
/// and reported by the load).
pub fn needs_fuel(path: &Path) -> bool {
    let Ok(source) = fs::read_to_string(path) else {
        return false;
    };
    let mut ignored = Vec::new();
    spec::read(&source, &mut ignored)
        .stages
        .iter()
        .any(|stage| stage.limits.fuel.is_some())
}

/// Checks pipeline text as if read from `path`, loading no plugin: its
/// syntax, keys, types, folders and outputs (what the fuzz target feeds).
pub fn check_source(path: &Path, source: String) -> Result<Layout, PipelineError> {
    checked_source(path, source, |spec, diagnostics| {
        layout(path, &spec, diagnostics)
    })
}

/// Reads the spec at `path` and builds `T` from it; any diagnostic from
/// either step makes the whole an error.
fn checked<T>(
    path: &Path,
    build: impl FnOnce(PipelineSpec, &mut Vec<Diagnostic>) -> T,
) -> Result<T, PipelineError> {
    let source = fs::read_to_string(path).map_err(|error| PipelineError::Unreadable {
        path: path.to_path_buf(),
        error,
    })?;
    checked_source(path, source, build)
}

fn checked_source<T>(
    path: &Path,
    source: String,
    build: impl FnOnce(PipelineSpec, &mut Vec<Diagnostic>) -> T,
) -> Result<T, PipelineError> {
    let mut diagnostics = Vec::new();
    let spec = spec::read(&source, &mut diagnostics);
    let built = build(spec, &mut diagnostics);
    if diagnostics.is_empty() {
        Ok(built)
    } else {
        Err(PipelineError::Invalid {
            path: path.to_path_buf(),
            source,
            diagnostics,
        })
    }
}

fn compile(
    path: &Path,
    base: &Path,
    spec: &PipelineSpec,
    runtime: &Runtime,
    diagnostics: &mut Vec<Diagnostic>,
) -> Pipeline {
    if spec.stages.is_empty() {
        diagnostics.push(
            Diagnostic::new(spec.stages_span.clone(), "the pipeline has no stages")
                .help("add at least one `[[stages]]` table with `name` and `plugin`"),
        );
    }
    let mut plugins: HashMap<PluginSource, Option<Arc<LoadedPlugin>>> = HashMap::new();
    let mut seen_names: HashMap<String, usize> = HashMap::new();
    let mut stages = Vec::new();
    for (index, stage_spec) in spec.stages.iter().enumerate() {
        if let Some(stage) = compile_stage(
            index,
            stage_spec,
            base,
            runtime,
            &mut plugins,
            &mut seen_names,
            diagnostics,
        ) {
            stages.push(stage);
        }
    }
    let all_stages_loaded = stages.len() == spec.stages.len() && !stages.is_empty();
    // A database stores the documents themselves; folders need files.
    let has_database = spec
        .outputs
        .iter()
        .any(|o| o.kind.as_ref().is_some_and(|k| k.get_ref() == "sqlite"));
    if all_stages_loaded
        && !has_database
        && !stages
            .iter()
            .any(|s| s.plugin.info.kind == PluginKind::Export)
    {
        diagnostics.push(
            Diagnostic::new(
                spec.stages_span.clone(),
                "no stage exports anything: documents would produce no files",
            )
            .help("end the pipeline with an export stage, e.g. `plugin = \"export-json\"`, or add a `type = \"sqlite\"` output"),
        );
    }

    Pipeline {
        path: path.to_path_buf(),
        layout: layout(path, spec, diagnostics),
        stages,
    }
}

/// Where a pipeline reads and writes, from its spec.
fn layout(path: &Path, spec: &PipelineSpec, diagnostics: &mut Vec<Diagnostic>) -> Layout {
    let name = spec
        .name
        .as_ref()
        .map(|n| n.get_ref().clone())
        .unwrap_or_else(|| {
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "pipeline".to_string())
        });
    let folder = |value: &Option<toml::Spanned<String>>, default: &str| {
        PathBuf::from(value.as_ref().map_or(default, |v| v.get_ref().as_str()))
    };

    let mut outputs = Vec::new();
    for output in &spec.outputs {
        let kind = output.kind.as_ref().map(|k| k.get_ref().as_str());
        if let (Some(kind @ ("folder" | "sqlite")), None) = (kind, &output.path) {
            diagnostics.push(Diagnostic::new(
                output.span.clone(),
                format!("a {kind} output needs `path`"),
            ));
        }
        match kind {
            Some("folder") => {
                let template = match &output.template {
                    Some(template) => {
                        check_template(template, diagnostics);
                        template.get_ref().clone()
                    }
                    None => outputs::DEFAULT_TEMPLATE.to_string(),
                };
                if let Some(dir) = &output.path {
                    outputs.push(OutputTarget::Folder {
                        dir: PathBuf::from(dir.get_ref()),
                        template,
                    });
                }
            }
            Some("sqlite") => {
                if let Some(template) = &output.template {
                    diagnostics.push(Diagnostic::new(
                        template.span(),
                        "only folder outputs take a file-name `template`",
                    ));
                }
                if let Some(path) = &output.path {
                    outputs.push(OutputTarget::Database(PathBuf::from(path.get_ref())));
                }
            }
            Some(other) => diagnostics.push(
                Diagnostic::new(
                    output.kind.as_ref().expect("matched Some").span(),
                    format!("unknown output type `{other}`"),
                )
                .help("supported output types: folder, sqlite"),
            ),
            None => diagnostics.push(
                Diagnostic::new(output.span.clone(), "an output needs `type`")
                    .help("e.g. `type = \"folder\"` or `type = \"sqlite\"`"),
            ),
        }
    }
    if spec.outputs.is_empty() {
        outputs.push(OutputTarget::folder(DEFAULT_OUTPUT));
    }

    let watch = WatchSettings {
        archive: match spec.watch.delete_processed.as_ref().map(|d| *d.get_ref()) {
            Some(true) => None,
            _ => Some(folder(&spec.watch.archive, DEFAULT_ARCHIVE)),
        },
        skip_duplicates: spec
            .watch
            .skip_duplicates
            .as_ref()
            .is_none_or(|s| *s.get_ref()),
        settle: spec
            .watch
            .settle_ms
            .as_ref()
            .map_or(DEFAULT_SETTLE, |ms| Duration::from_millis(*ms.get_ref())),
    };

    Layout {
        name,
        input: folder(&spec.input, DEFAULT_INPUT),
        failed: folder(&spec.failed, DEFAULT_FAILED),
        outputs,
        watch,
        max_input_bytes: spec
            .max_input_mb
            .as_ref()
            .map_or(DEFAULT_MAX_INPUT_MB, |mb| *mb.get_ref())
            .saturating_mul(1 << 20),
    }
}

fn compile_stage(
    index: usize,
    spec: &StageSpec,
    base: &Path,
    runtime: &Runtime,
    plugins: &mut HashMap<PluginSource, Option<Arc<LoadedPlugin>>>,
    seen_names: &mut HashMap<String, usize>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Stage> {
    let label = spec.label(index);
    let name = match &spec.name {
        None if spec.suggested.contains(&"name") => None,
        None => {
            diagnostics.push(
                Diagnostic::new(spec.span.clone(), format!("{label} has no `name`"))
                    .help("give every stage a short unique name, e.g. `name = \"clean\"`"),
            );
            None
        }
        Some(name) => {
            let text = name.get_ref();
            let valid = !text.is_empty()
                && text.len() <= 64
                && text
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !valid {
                diagnostics.push(Diagnostic::new(
                    name.span(),
                    format!(
                        "{label}: names use only ASCII letters, digits, `-` and `_` (at most 64)"
                    ),
                ));
                None
            } else if let Some(first) = seen_names.insert(text.clone(), index) {
                diagnostics.push(Diagnostic::new(
                    name.span(),
                    format!("{label}: the name is already used by stage #{}", first + 1),
                ));
                None
            } else {
                Some(Arc::<str>::from(text.as_str()))
            }
        }
    };

    let Some(plugin_ref) = &spec.plugin else {
        if spec.suggested.contains(&"plugin") {
            return None;
        }
        diagnostics.push(
            Diagnostic::new(spec.span.clone(), format!("{label} has no `plugin`")).help(format!(
                "name a built-in plugin ({}) or a path to a .wasm component",
                builtin::names().join(", ")
            )),
        );
        return None;
    };
    let plugin = match resolve_plugin(plugin_ref.get_ref(), base) {
        Err(diagnostic_text) => {
            diagnostics.push(Diagnostic::new(
                plugin_ref.span(),
                format!("{label}: {diagnostic_text}"),
            ));
            None
        }
        Ok((source, wasm)) => plugins
            .entry(source.clone())
            .or_insert_with(|| match LoadedPlugin::load(runtime, source, &wasm) {
                Ok(plugin) => Some(plugin),
                Err(err) => {
                    diagnostics.push(Diagnostic::new(
                        plugin_ref.span(),
                        format!("{label}: {err:#}"),
                    ));
                    None
                }
            })
            .clone(),
    }?;

    let limits = limits(spec);
    if let (Some(fuel), false) = (&spec.limits.fuel, runtime.has_fuel()) {
        diagnostics.push(
            Diagnostic::new(
                fuel.span(),
                format!("{label}: `fuel` needs fuel metering, which this docflow process started without"),
            )
            .help("restart `docflow watch`: a pipeline with a `fuel` limit gets metering from the start"),
        );
        return None;
    }
    let config_json: Arc<str> = Arc::from(spec.config.to_string());
    let policy = spec
        .on_violation
        .as_ref()
        .and_then(|p| Policy::parse(p.get_ref()))
        .unwrap_or_default();
    let mut grants = Grants::default();
    if let Some(read) = &spec.read_grant {
        let dir = base.join(read.get_ref());
        if dir.is_dir() {
            grants.read = Some(dir);
        } else {
            diagnostics.push(
                Diagnostic::new(
                    read.span(),
                    format!("{label}: cannot grant {}: not a folder", dir.display()),
                )
                .help("`grants.read` names a folder, relative to the pipeline file"),
            );
            return None;
        }
    }
    let stage = Stage {
        name: name?,
        plugin_ref: plugin_ref.get_ref().clone(),
        plugin,
        config_json,
        limits,
        grants,
        policy,
    };
    // Instantiating once proves the config is accepted before any document.
    if let Err(failure) = stage.instance().prepare() {
        let span = spec
            .config_span
            .clone()
            .unwrap_or_else(|| plugin_ref.span());
        diagnostics.push(Diagnostic::new(
            span,
            format!(
                "{label}: plugin `{}` rejects its config: {}",
                stage.plugin.info.name, failure.message
            ),
        ));
        return None;
    }
    Some(stage)
}

fn limits(spec: &StageSpec) -> Limits {
    let defaults = Limits::default();
    let mib = |n: u64| usize::try_from(n.saturating_mul(1 << 20)).unwrap_or(usize::MAX);
    Limits {
        timeout: spec
            .limits
            .timeout_ms
            .as_ref()
            .map_or(defaults.timeout, |ms| Duration::from_millis(*ms.get_ref())),
        memory_bytes: spec
            .limits
            .memory_mb
            .as_ref()
            .map_or(defaults.memory_bytes, |mb| mib(*mb.get_ref())),
        max_output_bytes: spec
            .limits
            .max_output_mb
            .as_ref()
            .map_or(defaults.max_output_bytes, |mb| mib(*mb.get_ref())),
        max_entities: spec
            .limits
            .max_entities
            .as_ref()
            .map_or(defaults.max_entities, |n| {
                usize::try_from(*n.get_ref()).unwrap_or(usize::MAX)
            }),
        fuel: spec.limits.fuel.as_ref().map(|f| *f.get_ref()),
    }
}

/// A built-in name, or a `.wasm` path relative to the pipeline file.
fn resolve_plugin(
    reference: &str,
    base: &Path,
) -> Result<(PluginSource, std::borrow::Cow<'static, [u8]>), String> {
    if let Some((name, wasm)) = builtin::find(reference) {
        return Ok((
            PluginSource::Builtin(name),
            std::borrow::Cow::Borrowed(wasm),
        ));
    }
    let looks_like_path =
        reference.ends_with(".wasm") || reference.contains('/') || reference.contains('\\');
    if !looks_like_path {
        let mut message = format!("unknown plugin `{reference}`");
        if let Some(guess) = builtin::names()
            .into_iter()
            .min_by_key(|name| spec::edit_distance(reference, name))
            .filter(|name| spec::edit_distance(reference, name) <= 2)
        {
            message.push_str(&format!(" (did you mean `{guess}`?)"));
        }
        message.push_str(&format!(
            "; built-in plugins are {}, anything else must be a path to a .wasm file",
            builtin::names().join(", ")
        ));
        return Err(message);
    }
    let path = base.join(reference);
    match fs::read(&path) {
        Ok(bytes) => Ok((PluginSource::File(path), std::borrow::Cow::Owned(bytes))),
        Err(err) => Err(format!("cannot read plugin {}: {err}", path.display())),
    }
}

/// A file-name template must name each document differently and stay in
/// its folder.
fn check_template(template: &toml::Spanned<String>, diagnostics: &mut Vec<Diagnostic>) {
    let text = template.get_ref();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
        let placeholder = &rest[open..close];
        if !outputs::TEMPLATE_PLACEHOLDERS.contains(&placeholder) {
            diagnostics.push(
                Diagnostic::new(
                    template.span(),
                    format!("unknown placeholder `{placeholder}` in the file-name template"),
                )
                .help(format!(
                    "placeholders: {}",
                    outputs::TEMPLATE_PLACEHOLDERS.join(", ")
                )),
            );
        }
        rest = &rest[close..];
    }
    if text.contains(['/', '\\']) {
        diagnostics.push(Diagnostic::new(
            template.span(),
            "a file-name template is a name, not a path: it may not contain `/`",
        ));
    }
    if !text.contains("{ext}") || !(text.contains("{stem}") || text.contains("{id")) {
        diagnostics.push(
            Diagnostic::new(
                template.span(),
                "a file-name template needs `{ext}` and `{stem}` or `{id}`",
            )
            .help("e.g. `template = \"{stem}-{id8}{ext}\"`"),
        );
    }
}
