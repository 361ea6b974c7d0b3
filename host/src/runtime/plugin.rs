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
use super::{HostState, Limits, Runtime, deadline_ticks, wit};

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
    pub info: PluginInfo,
    pub(crate) pre: DocflowPluginPre<HostState>,
    pub(crate) runtime: Runtime,
}

impl LoadedPlugin {
    /// Compiles (or loads from the cache) and describes a plugin.
    pub fn load(runtime: &Runtime, source: PluginSource, wasm: &[u8]) -> Result<Arc<LoadedPlugin>> {
        let sha256 = hex::encode(Sha256::digest(wasm));
        let component = match runtime.cache() {
            Some(cache) => cache.load(runtime.engine(), wasm, &sha256),
            None => Component::new(runtime.engine(), wasm)
                .context("cannot compile the plugin")
                .map_err(anyhow::Error::from),
        }
        .with_context(|| format!("{source} is not a loadable WebAssembly component"))?;
        let instance_pre = runtime
            .linker()
            .instantiate_pre(&component)
            .with_context(|| format!("{source} needs imports docflow does not provide"))?;
        let pre = DocflowPluginPre::new(instance_pre).with_context(|| {
            format!(
                "{source} is not a docflow plugin for interface docflow:plugin@{} \
                 (it must export `docflow:plugin/plugin@{}`)",
                crate::WIT_VERSION,
                crate::WIT_VERSION
            )
        })?;
        let mut plugin = LoadedPlugin {
            source,
            sha256,
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
    ) -> Result<(Store<HostState>, DocflowPlugin)> {
        let mut store = Store::new(
            self.runtime.engine(),
            HostState::new(stage, limits.memory_bytes),
        );
        store.limiter(|state| &mut state.limits);
        // A new store's deadline is 0: arm it before instantiation runs any code.
        store.set_epoch_deadline(deadline_ticks(limits.timeout));
        let bindings = self.pre.instantiate(&mut store)?;
        Ok((store, bindings))
    }

    fn describe(&self) -> Result<PluginInfo> {
        let limits = Limits::default();
        let (mut store, bindings) = self
            .instantiate(Arc::from("describe"), &limits)
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
