//! A plugin compiled and checked once, shared by every worker.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, anyhow};
use sha2::{Digest, Sha256};
use wasmtime::Store;
use wasmtime::component::Component;
use wasmtime::error::Context as _;

use super::bindings::{DocflowPlugin, DocflowPluginPre};
use super::{Grants, HostState, Limits, Runtime, deadline_ticks, wit};
use crate::WIT_VERSION;

/// The interface every plugin exports, without its version.
const PLUGIN_INTERFACE: &str = "docflow:plugin/plugin";

/// What a component imports and exports, by name.
#[derive(Debug, Clone)]
pub struct Interface {
    pub imports: Vec<String>,
    pub exports: Vec<String>,
}

impl Interface {
    fn of(component: &Component, runtime: &Runtime) -> Self {
        let ty = component.component_type();
        let engine = runtime.engine();
        Interface {
            imports: ty
                .imports(engine)
                .map(|(name, _)| name.to_string())
                .collect(),
            exports: ty
                .exports(engine)
                .map(|(name, _)| name.to_string())
                .collect(),
        }
    }

    /// The `docflow:plugin` version the component was built for, if it
    /// exports the plugin interface at all.
    pub fn plugin_version(&self) -> Option<&str> {
        self.exports.iter().find_map(|name| {
            name.strip_prefix(PLUGIN_INTERFACE)
                .and_then(|rest| rest.strip_prefix('@'))
        })
    }

    /// Refuses components that are not docflow plugins, or were built for
    /// an interface version this host cannot run, saying which.
    fn check(&self, source: &PluginSource) -> Result<()> {
        let Some(version) = self.plugin_version() else {
            let exports = if self.exports.is_empty() {
                "nothing".to_string()
            } else {
                self.exports.join(", ")
            };
            anyhow::bail!(
                "{source} is a WebAssembly component but not a docflow plugin: it exports {exports}, \
                 not {PLUGIN_INTERFACE}@{WIT_VERSION} (implement docflow_sdk::Plugin and call register_plugin!)"
            );
        };
        if !compatible(version, WIT_VERSION) {
            anyhow::bail!(
                "{source} was built for docflow:plugin@{version}, which this docflow cannot run: \
                 it supports docflow:plugin@{} (rebuild the plugin against a matching docflow-sdk, \
                 or use a docflow that supports {version})",
                supported_range()
            );
        }
        Ok(())
    }
}

/// Semver compatibility of interface versions: same major, and for 0.x the
/// same minor; a plugin may be older (lower patch) than the host.
fn compatible(plugin: &str, host: &str) -> bool {
    let parse = |v: &str| -> Option<(u64, u64, u64)> {
        let mut parts = v.split(['.', '-', '+']).map(|p| p.parse::<u64>().ok());
        Some((parts.next()??, parts.next()??, parts.next()??))
    };
    match (parse(plugin), parse(host)) {
        (Some((pm, pn, pp)), Some((hm, hn, hp))) => {
            pm == hm
                && (hm > 0 || pn == hn)
                && (hm == 0 && pp <= hp || hm > 0 && (pn, pp) <= (hn, hp))
        }
        _ => false,
    }
}

/// How the supported versions read in messages: `0.1.0`, or a range
/// such as `0.1.0 to 0.1.2` once patch releases exist.
fn supported_range() -> String {
    let (major, rest) = WIT_VERSION.split_once('.').unwrap_or((WIT_VERSION, ""));
    let minor = rest.split('.').next().unwrap_or("0");
    let oldest = if major == "0" {
        format!("0.{minor}.0")
    } else {
        format!("{major}.0.0")
    };
    if oldest == WIT_VERSION {
        oldest
    } else {
        format!("{oldest} to {WIT_VERSION}")
    }
}

/// Tells plain mistakes apart before compiling: not WebAssembly at all, or
/// a core module where a component is needed.
fn check_header(source: &PluginSource, wasm: &[u8]) -> Result<()> {
    match wasm.get(..8) {
        Some([0, b'a', b's', b'm', 0x0d, 0, 1, 0]) => Ok(()),
        Some([0, b'a', b's', b'm', 1, 0, 0, 0]) => anyhow::bail!(
            "{source} is a core WebAssembly module, not a component: build plugins with \
             `cargo build --release --target wasm32-wasip2` (the target that produces components)"
        ),
        _ => {
            anyhow::bail!("{source} is not WebAssembly (it does not start with the \\0asm header)")
        }
    }
}

/// Where a plugin's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PluginSource {
    /// Shipped inside the `docflow` binary.
    Builtin(&'static str),
    File(PathBuf),
}

impl fmt::Display for PluginSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PluginSource::Builtin(name) => write!(f, "built-in `{name}`"),
            PluginSource::File(path) => write!(f, "{}", path.display()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluginKind {
    Transform,
    Export,
}

/// What a plugin says about itself through `describe()`.
#[derive(Debug, Clone)]
pub struct PluginInfo {
    pub name: String,
    pub version: String,
    pub description: String,
    pub kind: PluginKind,
    pub config: Vec<wit::ConfigOption>,
}

pub struct LoadedPlugin {
    pub source: PluginSource,
    pub sha256: String,
    /// Size of the `.wasm` in bytes.
    pub size: usize,
    pub interface: Interface,
    pub info: PluginInfo,
    pub(crate) pre: DocflowPluginPre<HostState>,
    pub(crate) runtime: Runtime,
}

impl LoadedPlugin {
    /// Compiles (or loads from the cache), checks and describes a plugin.
    pub fn load(runtime: &Runtime, source: PluginSource, wasm: &[u8]) -> Result<Arc<LoadedPlugin>> {
        check_header(&source, wasm)?;
        let sha256 = hex::encode(Sha256::digest(wasm));
        let component = match runtime.cache() {
            Some(cache) => cache.load(runtime.engine(), wasm, &sha256),
            None => Component::new(runtime.engine(), wasm)
                .context("cannot compile the plugin")
                .map_err(anyhow::Error::from),
        }
        .with_context(|| format!("{source} is not a loadable WebAssembly component"))?;
        let interface = Interface::of(&component, runtime);
        interface.check(&source)?;
        let instance_pre = runtime.linker().instantiate_pre(&component).with_context(|| {
            format!("{source} needs imports docflow does not provide (plugins get only WASI and docflow:plugin/host)")
        })?;
        let pre = DocflowPluginPre::new(instance_pre).with_context(|| {
            format!("{source} does not match the docflow:plugin@{WIT_VERSION} interface")
        })?;
        let mut plugin = LoadedPlugin {
            source,
            sha256,
            size: wasm.len(),
            interface,
            info: PluginInfo {
                name: String::new(),
                version: String::new(),
                description: String::new(),
                kind: PluginKind::Transform,
                config: Vec::new(),
            },
            pre,
            runtime: runtime.clone(),
        };
        plugin.info = plugin.describe()?;
        Ok(Arc::new(plugin))
    }

    /// A fresh store and instance with `limits` applied.
    pub(crate) fn instantiate(
        &self,
        stage: Arc<str>,
        limits: &Limits,
        grants: &Grants,
    ) -> Result<(Store<HostState>, DocflowPlugin)> {
        let mut store = Store::new(
            self.runtime.engine(),
            HostState::new(stage, limits.memory_bytes, grants)?,
        );
        store.limiter(|state| &mut state.limits);
        if self.runtime.has_fuel() {
            // A metered store starts empty: give it the call's budget.
            store.set_fuel(limits.fuel.unwrap_or(u64::MAX))?;
        }
        // A new store's deadline is 0: arm it before instantiation runs any code.
        store.set_epoch_deadline(deadline_ticks(limits.timeout));
        let bindings = self.pre.instantiate(&mut store)?;
        Ok((store, bindings))
    }

    fn describe(&self) -> Result<PluginInfo> {
        let limits = Limits::default();
        let (mut store, bindings) = self
            .instantiate(Arc::from("describe"), &limits, &Grants::default())
            .with_context(|| format!("cannot instantiate {}", self.source))?;
        store.set_epoch_deadline(deadline_ticks(limits.timeout));
        let info = bindings
            .docflow_plugin_plugin()
            .call_describe(&mut store)
            .map_err(|err| anyhow!("{}: describe() failed: {err:#}", self.source))?;
        Ok(PluginInfo {
            name: info.name,
            version: info.version,
            description: info.description,
            kind: match info.kind {
                wit::PluginKind::Transform => PluginKind::Transform,
                wit::PluginKind::Export => PluginKind::Export,
            },
            config: info.config,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interface_versions_follow_semver_for_0_x() {
        assert!(compatible("0.1.0", "0.1.0"));
        assert!(compatible("0.1.0", "0.1.3"), "an older patch keeps loading");
        assert!(
            !compatible("0.1.4", "0.1.3"),
            "a newer patch may use what the host lacks"
        );
        assert!(!compatible("0.2.0", "0.1.0"));
        assert!(!compatible("1.0.0", "0.1.0"));
        assert!(compatible("1.0.0", "1.2.0"));
        assert!(!compatible("1.3.0", "1.2.0"));
        assert!(!compatible("garbage", "0.1.0"));
    }

    #[test]
    fn headers_tell_core_modules_and_other_files_apart() {
        let source = PluginSource::File("x.wasm".into());
        let core = check_header(&source, b"\0asm\x01\0\0\0rest")
            .unwrap_err()
            .to_string();
        assert!(
            core.contains("core WebAssembly module, not a component"),
            "{core}"
        );
        let text = check_header(&source, b"hello world")
            .unwrap_err()
            .to_string();
        assert!(text.contains("is not WebAssembly"), "{text}");
        assert!(check_header(&source, b"\0asm\x0d\0\x01\0").is_ok());
    }
}
