//! What each plugin `Store` carries: an empty WASI context (no files but a
//! stage's read-only grant, no network, environment, real clock or real
//! randomness), memory limits, a
//! captured stderr for panic messages, and the logging import.

use std::sync::Arc;
use std::time::Duration;

use wasmtime::component::ResourceTable;
use wasmtime::{StoreLimits, StoreLimitsBuilder};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{
    Deterministic, FsPerms, HostMonotonicClock, HostWallClock, WasiCtx, WasiCtxView, WasiView,
};

use super::bindings::docflow::plugin::host::{Host, Level};
use super::{GRANT_MOUNT, Grants};

/// Bytes of plugin stderr kept for error reports (panic messages).
const STDERR_CAPACITY: usize = 16 << 10;
/// Log lines one call may emit before the rest are dropped.
const MAX_LOG_LINES_PER_CALL: u32 = 1_000;

pub struct HostState {
    wasi: WasiCtx,
    table: ResourceTable,
    pub(crate) limits: StoreLimits,
    stderr: MemoryOutputPipe,
    stage: Arc<str>,
    pub(crate) document: String,
    log_lines: u32,
}

impl HostState {
    pub fn new(stage: Arc<str>, memory_bytes: usize, grants: &Grants) -> anyhow::Result<Self> {
        let stderr = MemoryOutputPipe::new(STDERR_CAPACITY);
        let mut wasi = WasiCtx::builder();
        if let Some(dir) = &grants.read
            && let Err(err) = wasi.preopened_dir(dir, GRANT_MOUNT, FsPerms::ReadOnly)
        {
            anyhow::bail!("cannot grant read access to {}: {err:#}", dir.display());
        }
        let wasi = wasi
            .stderr(stderr.clone())
            .wall_clock(FrozenClock)
            .monotonic_clock(FrozenClock)
            // Deterministic "randomness": std's HashMap seeds need some,
            // and identical input must give identical output.
            .secure_random(Deterministic::new(vec![0x5e, 0xed, 0x42, 0x17]))
            .insecure_random(Deterministic::new(vec![0x17, 0x42, 0xed, 0x5e]))
            .insecure_random_seed(0)
            .build();
        Ok(HostState {
            wasi,
            table: ResourceTable::new(),
            limits: StoreLimitsBuilder::new()
                .memory_size(memory_bytes)
                .trap_on_grow_failure(true)
                .instances(16)
                .tables(64)
                .memories(4)
                .build(),
            stderr,
            stage,
            document: String::new(),
            log_lines: 0,
        })
    }

    /// Starts a new call: resets the per-call log budget.
    pub fn begin_call(&mut self, document: &str) {
        self.document.clear();
        self.document.push_str(document);
        self.log_lines = 0;
    }

    /// What the plugin wrote to stderr (e.g. a panic message), trimmed.
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr.contents())
            .trim()
            .to_string()
    }
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl Host for HostState {
    fn log(&mut self, level: Level, message: String) {
        self.log_lines += 1;
        if self.log_lines > MAX_LOG_LINES_PER_CALL {
            if self.log_lines == MAX_LOG_LINES_PER_CALL + 1 {
                tracing::warn!(stage = %self.stage, document = %self.document, "plugin log limit reached; dropping further lines");
            }
            return;
        }
        let (stage, document) = (&*self.stage, self.document.as_str());
        match level {
            Level::Trace => tracing::trace!(stage, document, "{message}"),
            Level::Debug => tracing::debug!(stage, document, "{message}"),
            Level::Info => tracing::info!(stage, document, "{message}"),
            Level::Warn => tracing::warn!(stage, document, "{message}"),
            Level::Error => tracing::error!(stage, document, "{message}"),
        }
    }
}

/// A clock stopped at the Unix epoch: plugins get no real time.
struct FrozenClock;

impl HostWallClock for FrozenClock {
    fn resolution(&self) -> Duration {
        Duration::from_secs(1)
    }

    fn now(&self) -> Duration {
        Duration::ZERO
    }
}

impl HostMonotonicClock for FrozenClock {
    fn resolution(&self) -> u64 {
        1_000_000_000
    }

    fn now(&self) -> u64 {
        0
    }
}

/// The `types` interface declares no functions.
impl super::bindings::docflow::plugin::types::Host for HostState {}
