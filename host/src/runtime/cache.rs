//! Compiled components on disk, keyed by the wasm's sha256 and the engine's
//! compatibility hash (wasmtime version and settings), so a stale or foreign
//! artifact is never loaded.

use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use wasmtime::Engine;
use wasmtime::component::Component;
use wasmtime::error::Context as _;

#[derive(Debug, Clone)]
pub struct ComponentCache {
    dir: PathBuf,
}

impl ComponentCache {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        ComponentCache { dir: dir.into() }
    }

    /// `$DOCFLOW_CACHE_DIR`, else `$XDG_CACHE_HOME/docflow`, else
    /// `~/.cache/docflow`; `None` when `DOCFLOW_CACHE_DIR` is `off`.
    pub fn from_env() -> Option<Self> {
        let dir = match std::env::var_os("DOCFLOW_CACHE_DIR") {
            Some(dir) if dir == "off" => return None,
            Some(dir) => PathBuf::from(dir),
            None => match std::env::var_os("XDG_CACHE_HOME") {
                Some(base) => PathBuf::from(base).join("docflow"),
                None => PathBuf::from(std::env::var_os("HOME")?)
                    .join(".cache")
                    .join("docflow"),
            },
        };
        Some(ComponentCache::new(dir.join("components")))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Loads the compiled form of `wasm`, compiling and storing it on a miss.
    /// A cache that cannot be read or written only costs the compile time.
    pub fn load(&self, engine: &Engine, wasm: &[u8], sha256: &str) -> Result<Component> {
        let path = self.dir.join(format!(
            "{sha256}-{:016x}.cwasm",
            engine_fingerprint(engine)
        ));
        if path.exists() {
            // SAFETY: the file was written by `store` below from a component
            // this engine compiled; the fingerprint in its name pins the
            // engine version and settings.
            match unsafe { Component::deserialize_file(engine, &path) } {
                Ok(component) => return Ok(component),
                Err(err) => tracing::warn!(
                    "ignoring unreadable cached component {}: {err:#}",
                    path.display()
                ),
            }
        }
        let compiled = engine
            .precompile_component(wasm)
            .context("cannot compile the plugin")?;
        if let Err(err) = store(&path, &compiled) {
            tracing::debug!("cannot write component cache {}: {err:#}", path.display());
        }
        // SAFETY: the bytes were just produced by this engine.
        Ok(unsafe { Component::deserialize(engine, &compiled) }
            .context("cannot load the compiled plugin")?)
    }
}

fn engine_fingerprint(engine: &Engine) -> u64 {
    let mut hasher = DefaultHasher::new();
    engine.precompile_compatibility_hash().hash(&mut hasher);
    hasher.finish()
}

fn store(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| anyhow::anyhow!("cache path has no parent"))?;
    fs::create_dir_all(dir)?;
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.persist(path)?;
    Ok(())
}
