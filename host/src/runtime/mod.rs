//! The wasmtime side of docflow: one [`Engine`], compiled components cached
//! on disk, and per-worker plugin instances that survive traps.

mod cache;
mod host_state;
mod instance;
mod output_check;
mod plugin;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::Duration;

use anyhow::Result;
use wasmtime::component::Linker;
use wasmtime::error::Context as _;
use wasmtime::{Config, Engine};

pub use cache::ComponentCache;
pub use host_state::HostState;
pub use instance::{FailureKind, StageFailure, StageInstance};
pub use output_check::{check_artifact, check_document};
pub use plugin::{LoadedPlugin, PluginInfo, PluginKind, PluginSource};

/// Generated host bindings for `docflow:plugin@0.1.0`.
pub mod bindings {
    wasmtime::component::bindgen!({
        path: "../sdk/wit/since_v0.1.0",
        world: "docflow-plugin",
    });
}

pub use bindings::docflow::plugin::types as wit;

/// How often the epoch advances; deadlines are rounded up to this.
pub const EPOCH_TICK: Duration = Duration::from_millis(10);

/// Resource limits for one stage's instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Wall-clock budget of one call into the plugin.
    pub timeout: Duration,
    /// Cap on the plugin's linear memory.
    pub memory_bytes: usize,
    /// Cap on the text plus artifacts one call may return.
    pub max_output_bytes: usize,
    /// Cap on the entities one document may carry after the stage.
    pub max_entities: usize,
    /// Fuel one call may burn (about one unit per WebAssembly
    /// instruction): a deterministic limit, unlike the wall clock. Needs a
    /// runtime made with fuel metering.
    pub fuel: Option<u64>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: Duration::from_secs(10),
            memory_bytes: 512 << 20,
            max_output_bytes: 64 << 20,
            max_entities: 100_000,
            fuel: None,
        }
    }
}

/// What a stage may reach beyond the document: nothing by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grants {
    /// A host folder the plugin may read (never write), seen as [`GRANT_MOUNT`].
    pub read: Option<PathBuf>,
}

/// Where a stage's `grants.read` folder appears inside the plugin.
pub const GRANT_MOUNT: &str = "/data";

/// What a stage's failure (trap, limit, invalid output, plugin error) does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Policy {
    /// The document fails and goes to the failed folder with the reason.
    #[default]
    Quarantine,
    /// The document goes on without this stage's changes; metadata
    /// `skipped` records the stage and the reason.
    SkipStage,
    /// The document fails and the run or service stops.
    Stop,
}

impl Policy {
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "quarantine" => Some(Policy::Quarantine),
            "skip-stage" => Some(Policy::SkipStage),
            "stop" => Some(Policy::Stop),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Policy::Quarantine => "quarantine",
            Policy::SkipStage => "skip-stage",
            Policy::Stop => "stop",
        }
    }
}

/// The shared engine and linker. Cheap to clone.
#[derive(Clone)]
pub struct Runtime {
    inner: Arc<RuntimeInner>,
}

struct RuntimeInner {
    engine: Engine,
    fuel: bool,
    linker: Linker<HostState>,
    cache: Option<ComponentCache>,
    ticker_stop: Arc<AtomicBool>,
}

impl Drop for RuntimeInner {
    fn drop(&mut self) {
        self.ticker_stop.store(true, Ordering::Relaxed);
    }
}

impl Runtime {
    /// Builds the engine; `cache` stores compiled components across runs.
    pub fn new(cache: Option<ComponentCache>) -> Result<Self> {
        Runtime::with_fuel(cache, false)
    }

    /// [`Runtime::new`], with fuel metering when `fuel` (it slows every
    /// plugin a little, so only pipelines with a `fuel` limit get it).
    pub fn with_fuel(cache: Option<ComponentCache>, fuel: bool) -> Result<Self> {
        let mut config = Config::new();
        config.wasm_component_model(true);
        config.consume_fuel(fuel);
        // Deadlines: an epoch ticker thread interrupts runaway plugins.
        config.epoch_interruption(true);
        config.cranelift_opt_level(wasmtime::OptLevel::Speed);
        // `perf` names plugin functions from /tmp/perf-<pid>.map.
        if std::env::var_os("DOCFLOW_PERF_MAP").is_some_and(|v| v == "1") {
            config.profiler(wasmtime::ProfilingStrategy::PerfMap);
        }
        let engine = Engine::new(&config).context("cannot create the WebAssembly engine")?;

        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker).context("cannot link WASI")?;
        bindings::DocflowPlugin::add_to_linker::<HostState, wasmtime::component::HasSelf<HostState>>(
            &mut linker,
            |state| state,
        )
        .context("cannot link the docflow host interface")?;

        let ticker_stop = Arc::new(AtomicBool::new(false));
        spawn_epoch_ticker(engine.clone(), ticker_stop.clone());
        Ok(Runtime {
            inner: Arc::new(RuntimeInner {
                engine,
                fuel,
                linker,
                cache,
                ticker_stop,
            }),
        })
    }

    pub fn engine(&self) -> &Engine {
        &self.inner.engine
    }

    /// Whether stores of this runtime meter fuel.
    pub fn has_fuel(&self) -> bool {
        self.inner.fuel
    }

    pub(crate) fn linker(&self) -> &Linker<HostState> {
        &self.inner.linker
    }

    pub(crate) fn cache(&self) -> Option<&ComponentCache> {
        self.inner.cache.as_ref()
    }
}

fn spawn_epoch_ticker(engine: Engine, stop: Arc<AtomicBool>) {
    thread::Builder::new()
        .name("docflow-epoch".into())
        .spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                thread::sleep(EPOCH_TICK);
                engine.increment_epoch();
            }
        })
        .expect("spawn epoch ticker thread");
}

/// Epoch ticks that cover `timeout`, plus one because the current tick is
/// already partly over.
pub(crate) fn deadline_ticks(timeout: Duration) -> u64 {
    let tick = EPOCH_TICK.as_micros();
    (timeout.as_micros().div_ceil(tick) as u64).max(1) + 1
}
