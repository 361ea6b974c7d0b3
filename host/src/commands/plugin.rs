//! `docflow plugin new | inspect | try`: the plugin author's kit.

use std::fmt::Write as _;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, bail};

use super::Status;
use crate::builtin;
use crate::cli::{PluginInspectArgs, PluginKindArg, PluginNewArgs, PluginTryArgs};
use crate::process::Chain;
use crate::runtime::{
    ComponentCache, Limits, LoadedPlugin, PluginKind, PluginSource, Runtime, StageInstance, wit,
};

const CARGO_TOML: &str = include_str!("../../templates/plugin/Cargo.toml.tmpl");
const TRANSFORM_RS: &str = include_str!("../../templates/plugin/transform.rs.tmpl");
const EXPORT_RS: &str = include_str!("../../templates/plugin/export.rs.tmpl");
const README_MD: &str = include_str!("../../templates/plugin/README.md.tmpl");
const PIPELINE_TOML: &str = include_str!("../../templates/plugin/pipeline.toml.tmpl");

/// Where this docflow's SDK sources were when it was built.
fn built_sdk_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).parent()?.join("sdk");
    dir.join("Cargo.toml").is_file().then_some(dir)
}

pub fn new(args: &PluginNewArgs) -> Result<Status> {
    let name = &args.name;
    let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !valid {
        eprintln!(
            "error: plugin name {name:?} must start with a lower-case letter and use only a-z, 0-9, - and _ \
             (it becomes the crate name), e.g. `keyword-tagger`"
        );
        return Ok(Status::Usage);
    }
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from(name));
    if dir.exists() && fs::read_dir(&dir)?.next().is_some() {
        eprintln!(
            "error: {} already exists and is not empty; choose another --dir",
            dir.display()
        );
        return Ok(Status::Usage);
    }
    fs::create_dir_all(dir.join("src"))
        .with_context(|| format!("cannot create {}", dir.display()))?;

    let crate_name = name.replace('-', "_");
    let type_name: String = name
        .split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect();
    let sdk = args.sdk.clone().or_else(built_sdk_dir);
    let sdk_dependency = match &sdk {
        Some(sdk) => {
            let sdk =
                fs::canonicalize(sdk).with_context(|| format!("no SDK at {}", sdk.display()))?;
            let from = fs::canonicalize(&dir)?;
            format!(
                "docflow-sdk = {{ path = {:?} }}",
                dependency_path(&from, &sdk).display()
            )
        }
        None => format!(
            "# The SDK this docflow was built with; point `path` at a docflow checkout's sdk/ to use sources.\n\
             docflow-sdk = \"{}\"",
            env!("CARGO_PKG_VERSION")
        ),
    };
    let wasm_path = format!("target/wasm32-wasip2/release/{crate_name}.wasm");
    let (kind, source, stages, try_config) = match args.kind {
        PluginKindArg::Transform => (
            "transform",
            TRANSFORM_RS,
            format!(
                "\n[[stages]]\nname = \"{name}\"\nplugin = \"{wasm_path}\"\n[stages.config]\n\
                 terms = [\"lúa\", \"mưa lũ\"]\n\n[[stages]]\nname = \"export\"\nplugin = \"export-json\"\n"
            ),
            " --config 'terms=[\"lúa\"]'",
        ),
        PluginKindArg::Export => (
            "export",
            EXPORT_RS,
            format!(
                "\n[[stages]]\nname = \"tag\"\nplugin = \"tag\"\n\n[[stages]]\nname = \"{name}\"\nplugin = \"{wasm_path}\"\n"
            ),
            "",
        ),
    };
    let fill = |template: &str| {
        template
            .replace("{{name}}", name)
            .replace("{{crate_name}}", &crate_name)
            .replace("{{type_name}}", &type_name)
            .replace("{{sdk_dependency}}", &sdk_dependency)
            .replace("{{kind}}", kind)
            .replace("{{stages}}", &stages)
            .replace("{{try_config}}", try_config)
    };
    let files = [
        ("Cargo.toml", fill(CARGO_TOML)),
        ("src/lib.rs", fill(source)),
        ("README.md", fill(README_MD)),
        ("pipeline.toml", fill(PIPELINE_TOML)),
        (".gitignore", "/target\n".to_string()),
    ];
    for (file, text) in files {
        fs::write(dir.join(file), text).with_context(|| format!("cannot write {file}"))?;
    }
    println!("created {kind} plugin `{name}` in {}", dir.display());
    println!("next:");
    println!("  cd {}", dir.display());
    println!("  cargo test                                     # its unit tests, natively");
    println!("  cargo build --release --target wasm32-wasip2   # the component");
    println!("  docflow plugin inspect {wasm_path}");
    println!("  docflow run pipeline.toml SOME-FOLDER --out out");
    Ok(Status::Success)
}

/// `to` as seen from `from`: relative when they share a root, so a plugin
/// created inside a docflow checkout keeps working when the checkout moves.
fn dependency_path(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<Component> = from.components().collect();
    let to_parts: Vec<Component> = to.components().collect();
    let common = from
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    // Only the file-system root in common: an absolute path reads better.
    if common <= 1 {
        return to.to_path_buf();
    }
    let mut path = PathBuf::new();
    for _ in common..from.len() {
        path.push("..");
    }
    for part in &to_parts[common..] {
        path.push(part);
    }
    path
}

/// A built-in plugin name or a `.wasm` path.
fn load(runtime: &Runtime, plugin: &str) -> Result<Arc<LoadedPlugin>> {
    if let Some((name, wasm)) = builtin::find(plugin) {
        return LoadedPlugin::load(runtime, PluginSource::Builtin(name), wasm);
    }
    let path = PathBuf::from(plugin);
    let wasm = fs::read(&path).with_context(|| {
        format!(
            "cannot read plugin {plugin} (not a file, nor a built-in: {})",
            builtin::names().join(", ")
        )
    })?;
    LoadedPlugin::load(runtime, PluginSource::File(path), &wasm)
}

/// [`load`], printing why it failed.
fn load_or_report(runtime: &Runtime, plugin: &str) -> Option<Arc<LoadedPlugin>> {
    load(runtime, plugin)
        .map_err(|err| eprintln!("error: {err:#}"))
        .ok()
}

pub fn inspect(args: &PluginInspectArgs) -> Result<Status> {
    let runtime = Runtime::new(ComponentCache::from_env())?;
    let Some(plugin) = load_or_report(&runtime, &args.plugin) else {
        return Ok(Status::Usage);
    };
    let info = &plugin.info;
    let kind = match info.kind {
        PluginKind::Transform => "transform",
        PluginKind::Export => "export",
    };
    let mut out = String::new();
    writeln!(out, "plugin       {} {} ({kind})", info.name, info.version)?;
    writeln!(out, "description  {}", info.description)?;
    let interface = plugin.interface.plugin_version().unwrap_or("?");
    writeln!(
        out,
        "interface    docflow:plugin@{interface} (this docflow: {})",
        crate::WIT_VERSION
    )?;
    if info.config.is_empty() {
        writeln!(out, "config       (none)")?;
    }
    for (i, option) in info.config.iter().enumerate() {
        let default = match &option.default_value {
            Some(value) => format!("default {value}"),
            None => "required".to_string(),
        };
        let label = if i == 0 { "config" } else { "" };
        writeln!(
            out,
            "{label:<12} {} ({}, {default}): {}",
            option.name, option.type_name, option.description
        )?;
    }
    for (i, import) in plugin.interface.imports.iter().enumerate() {
        let label = if i == 0 { "imports" } else { "" };
        writeln!(out, "{label:<12} {import}")?;
    }
    writeln!(out, "size         {} bytes", plugin.size)?;
    writeln!(out, "sha256       {}", plugin.sha256)?;
    print!("{out}");
    Ok(Status::Success)
}

/// `k=v` pairs into a config object; values are TOML (`n=3`, `on=true`,
/// `terms=["a","b"]`), or plain strings when they do not parse as TOML.
fn config_from_pairs(pairs: &[String]) -> Result<serde_json::Value> {
    let mut config = serde_json::Map::new();
    for pair in pairs {
        let Some((key, value)) = pair.split_once('=') else {
            bail!("--config {pair:?} must be KEY=VALUE, e.g. --config 'terms=[\"lúa\"]'");
        };
        let parsed = toml::from_str::<toml::Table>(&format!("v = {value}"))
            .ok()
            .and_then(|mut table| table.remove("v"))
            .map(|v| serde_json::to_value(v).expect("TOML values are JSON-representable"))
            .unwrap_or_else(|| serde_json::Value::String(value.to_string()));
        config.insert(key.trim().to_string(), parsed);
    }
    Ok(serde_json::Value::Object(config))
}

pub fn try_plugin(args: &PluginTryArgs) -> Result<Status> {
    let runtime = Runtime::new(ComponentCache::from_env())?;
    let Some(plugin) = load_or_report(&runtime, &args.plugin) else {
        return Ok(Status::Usage);
    };
    let config = match config_from_pairs(&args.config) {
        Ok(config) => config,
        Err(err) => {
            eprintln!("error: {err:#}");
            return Ok(Status::Usage);
        }
    };
    let mut instance = StageInstance::new(
        plugin.clone(),
        Arc::from("try"),
        Arc::from(config.to_string()),
        Limits::default(),
    );
    if let Err(failure) = instance.prepare() {
        eprintln!(
            "error: plugin `{}` rejects its config {config}: {}",
            plugin.info.name, failure.message
        );
        return Ok(Status::Usage);
    }
    let bytes =
        fs::read(&args.input).with_context(|| format!("cannot read {}", args.input.display()))?;
    let name = args
        .input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut chain = Chain::from_instances(vec![instance]);
    match chain.process(&name, &bytes) {
        Ok(processed) => {
            print!("{}", render(&processed.document, &processed.artifacts));
            Ok(Status::Success)
        }
        Err(failure) => {
            eprintln!("failed: {}: {failure}", args.input.display());
            Ok(Status::SomeFailed)
        }
    }
}

/// A document for people: metadata, the text with entities marked inline
/// as `[text]{LABEL}`, the entity list with code-point offsets, artifacts.
fn render(doc: &wit::Document, artifacts: &[wit::Artifact]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "document   {} ({})", doc.source_file, doc.id);
    for (key, value) in &doc.metadata {
        let _ = writeln!(out, "metadata   {key} = {value}");
    }
    let mut entities: Vec<&wit::Entity> = doc.entities.iter().collect();
    entities.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    out.push('\n');
    let mut cursor = 0usize;
    for entity in &entities {
        let (start, end) = (entity.start as usize, entity.end as usize);
        // Overlapping spans are listed below but marked inline only once.
        if start < cursor {
            continue;
        }
        out.push_str(&doc.text[cursor..start]);
        let _ = write!(out, "[{}]{{{}}}", &doc.text[start..end], entity.label);
        cursor = end;
    }
    out.push_str(doc.text[cursor..].trim_end());
    out.push_str("\n\n");
    let _ = writeln!(out, "entities   {}", entities.len());
    let bytes: Vec<usize> = entities
        .iter()
        .flat_map(|e| [e.start as usize, e.end as usize])
        .collect();
    let chars = docflow_sdk::text::char_offsets(&doc.text, &bytes);
    for (entity, span) in entities.iter().zip(chars.chunks(2)) {
        let (start, end) = (span[0], span[1]);
        let attributes: Vec<String> = entity
            .attributes
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let _ = writeln!(
            out,
            "  {:<12} {start}..{end}  {}  {}",
            entity.label,
            &doc.text[entity.start as usize..entity.end as usize],
            attributes.join(" ")
        );
    }
    for artifact in artifacts {
        let _ = writeln!(
            out,
            "artifact   {} ({}, {} bytes)",
            artifact.name,
            artifact.media_type,
            artifact.bytes.len()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependency_paths_are_relative_inside_a_shared_root() {
        assert_eq!(
            dependency_path(
                Path::new("/work/docflow/plugins/mine"),
                Path::new("/work/docflow/sdk")
            ),
            PathBuf::from("../../sdk")
        );
        assert_eq!(
            dependency_path(Path::new("/tmp/x"), Path::new("/work/docflow/sdk")),
            PathBuf::from("/work/docflow/sdk")
        );
    }

    #[test]
    fn config_pairs_take_toml_values_or_strings() {
        let config = config_from_pairs(&[
            "terms=[\"lúa\", \"lũ\"]".to_string(),
            "pretty=false".to_string(),
            "label=KEYWORD".to_string(),
            "n=3".to_string(),
        ])
        .unwrap();
        assert_eq!(config["terms"][1], "lũ");
        assert_eq!(config["pretty"], false);
        assert_eq!(config["label"], "KEYWORD");
        assert_eq!(config["n"], 3);
        assert!(config_from_pairs(&["novalue".to_string()]).is_err());
    }

    #[test]
    fn render_marks_entities_inline_and_lists_them_with_code_point_offsets() {
        let text = "Ông Lê Lợi ở Thanh Hóa.";
        let entity = |label: &str, needle: &str| wit::Entity {
            label: label.into(),
            start: text.find(needle).unwrap() as u32,
            end: (text.find(needle).unwrap() + needle.len()) as u32,
            attributes: vec![],
        };
        let doc = wit::Document {
            id: "id".into(),
            source_file: "a.txt".into(),
            text: text.into(),
            metadata: vec![],
            entities: vec![entity("LOCATION", "Thanh Hóa"), entity("PERSON", "Lê Lợi")],
            provenance: vec![],
        };
        let shown = render(&doc, &[]);
        assert!(
            shown.contains("Ông [Lê Lợi]{PERSON} ở [Thanh Hóa]{LOCATION}."),
            "{shown}"
        );
        assert!(shown.contains("PERSON       4..10  Lê Lợi"), "{shown}");
    }
}
