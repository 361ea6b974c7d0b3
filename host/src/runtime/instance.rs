//! One plugin instance for one stage of one worker, reused across
//! documents. Any trap poisons a wasmtime store, so the store is dropped and
//! rebuilt on the next document.

use std::fmt;
use std::sync::Arc;

use wasmtime::{Store, Trap};

use super::bindings::DocflowPlugin;
use super::{Grants, HostState, Limits, LoadedPlugin, Policy, deadline_ticks, wit};

/// Why a stage failed on a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// The plugin could not be instantiated.
    Instantiate,
    /// The plugin rejected the stage's config.
    InvalidConfig,
    /// The plugin returned an error saying the input is at fault.
    InvalidInput,
    /// The plugin returned an error about itself.
    Internal,
    /// The plugin trapped (panic, `unreachable`, out-of-bounds access…).
    Trap,
    /// The plugin ran past its deadline.
    Timeout,
    /// The plugin tried to grow its memory past the limit.
    OutOfMemory,
    /// The plugin burned the stage's `fuel` in one call.
    OutOfFuel,
    /// The plugin returned something the host refuses (bad span, oversized output…).
    InvalidOutput,
}

impl FailureKind {
    /// The stable name written into error reports.
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::Instantiate => "instantiate",
            FailureKind::InvalidConfig => "invalid-config",
            FailureKind::InvalidInput => "invalid-input",
            FailureKind::Internal => "internal",
            FailureKind::Trap => "trap",
            FailureKind::Timeout => "timeout",
            FailureKind::OutOfMemory => "out-of-memory",
            FailureKind::OutOfFuel => "out-of-fuel",
            FailureKind::InvalidOutput => "invalid-output",
        }
    }
}

impl fmt::Display for FailureKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageFailure {
    pub kind: FailureKind,
    pub message: String,
}

impl StageFailure {
    pub fn new(kind: FailureKind, message: impl Into<String>) -> Self {
        StageFailure {
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for StageFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

struct Live {
    store: Store<HostState>,
    bindings: DocflowPlugin,
}

pub struct StageInstance {
    pub plugin: Arc<LoadedPlugin>,
    pub stage: Arc<str>,
    config_json: Arc<str>,
    pub limits: Limits,
    pub grants: Grants,
    pub policy: Policy,
    live: Option<Live>,
}

impl StageInstance {
    pub fn new(
        plugin: Arc<LoadedPlugin>,
        stage: Arc<str>,
        config_json: Arc<str>,
        limits: Limits,
    ) -> Self {
        StageInstance {
            plugin,
            stage,
            config_json,
            limits,
            grants: Grants::default(),
            policy: Policy::default(),
            live: None,
        }
    }

    /// The same instance with access to `grants` and `policy` on failure.
    pub fn with(mut self, grants: Grants, policy: Policy) -> Self {
        self.grants = grants;
        self.policy = policy;
        self
    }

    /// Instantiates and configures the plugin now, so config mistakes show
    /// before any document is read.
    pub fn prepare(&mut self) -> Result<(), StageFailure> {
        self.live().map(|_| ())
    }

    /// Runs the plugin on one document.
    pub fn process(&mut self, doc: &wit::Document) -> Result<wit::Output, StageFailure> {
        let deadline = deadline_ticks(self.limits.timeout);
        let fuel = self
            .plugin
            .runtime
            .has_fuel()
            .then(|| self.limits.fuel.unwrap_or(u64::MAX));
        let live = self.live()?;
        live.store.data_mut().begin_call(&doc.source_file);
        live.store.set_epoch_deadline(deadline);
        if let Some(fuel) = fuel {
            live.store
                .set_fuel(fuel)
                .map_err(|err| StageFailure::new(FailureKind::Internal, format!("{err:#}")))?;
        }
        let result = live
            .bindings
            .docflow_plugin_plugin()
            .call_process(&mut live.store, doc);
        match result {
            Ok(Ok(output)) => Ok(output),
            Ok(Err(err)) => Err(plugin_error(err)),
            Err(trap) => Err(self.trapped(trap)),
        }
    }

    /// Fuel the last call burned, on a runtime that meters fuel: the count
    /// of WebAssembly operators it ran, the same on every run (benchmarks
    /// compare builds by it where timings are noisy).
    pub fn fuel_used(&mut self) -> Option<u64> {
        let start = self.limits.fuel.unwrap_or(u64::MAX);
        let left = self.live.as_mut()?.store.get_fuel().ok()?;
        Some(start - left)
    }

    fn live(&mut self) -> Result<&mut Live, StageFailure> {
        if self.live.is_none() {
            let (mut store, bindings) = self
                .plugin
                .instantiate(self.stage.clone(), &self.limits, &self.grants)
                .map_err(|err| StageFailure::new(FailureKind::Instantiate, format!("{err:#}")))?;
            store.set_epoch_deadline(deadline_ticks(self.limits.timeout));
            match bindings
                .docflow_plugin_plugin()
                .call_configure(&mut store, &self.config_json)
            {
                Ok(Ok(())) => {}
                Ok(Err(err)) => {
                    let mut failure = plugin_error(err);
                    failure.kind = FailureKind::InvalidConfig;
                    return Err(failure);
                }
                Err(trap) => {
                    let stderr = store.data().stderr_text();
                    return Err(classify_trap(trap, &stderr, &self.limits));
                }
            }
            self.live = Some(Live { store, bindings });
        }
        Ok(self.live.as_mut().expect("just created"))
    }

    fn trapped(&mut self, trap: wasmtime::Error) -> StageFailure {
        let stderr = self
            .live
            .take()
            .map(|live| live.store.data().stderr_text())
            .unwrap_or_default();
        classify_trap(trap, &stderr, &self.limits)
    }
}

fn plugin_error(err: wit::PluginError) -> StageFailure {
    let kind = match err.kind {
        wit::ErrorKind::InvalidInput => FailureKind::InvalidInput,
        wit::ErrorKind::InvalidConfig => FailureKind::InvalidConfig,
        wit::ErrorKind::Internal => FailureKind::Internal,
    };
    StageFailure::new(kind, err.message)
}

fn classify_trap(err: wasmtime::Error, stderr: &str, limits: &Limits) -> StageFailure {
    if err.downcast_ref::<Trap>() == Some(&Trap::Interrupt) {
        return StageFailure::new(
            FailureKind::Timeout,
            format!(
                "did not finish within its {} ms deadline",
                limits.timeout.as_millis()
            ),
        );
    }
    if err.downcast_ref::<Trap>() == Some(&Trap::OutOfFuel) {
        return StageFailure::new(
            FailureKind::OutOfFuel,
            format!(
                "used up its fuel of {} units in one call",
                limits.fuel.unwrap_or(u64::MAX)
            ),
        );
    }
    let chain = format!("{err:#}");
    if chain.contains("forcing trap when growing memory") {
        return StageFailure::new(
            FailureKind::OutOfMemory,
            format!(
                "tried to use more than its {} MiB memory limit",
                limits.memory_bytes >> 20
            ),
        );
    }
    // Rust's allocator aborts with this line when the memory it asked for
    // was refused (or could never be addressed).
    if let Some(line) = stderr
        .lines()
        .find(|l| l.starts_with("memory allocation of") && l.ends_with("failed"))
    {
        return StageFailure::new(
            FailureKind::OutOfMemory,
            format!(
                "{line}: more than its {} MiB memory limit allows",
                limits.memory_bytes >> 20
            ),
        );
    }
    let trap = err
        .downcast_ref::<Trap>()
        .map(|trap| trap.to_string())
        .unwrap_or_else(|| chain.lines().next().unwrap_or("trap").to_string());
    let message = match panic_message(stderr) {
        Some(panic) => format!("plugin panicked: {panic} ({trap})"),
        None => format!("plugin trapped: {trap}"),
    };
    StageFailure::new(FailureKind::Trap, message)
}

/// The message of a Rust panic from what the guest wrote to stderr.
fn panic_message(stderr: &str) -> Option<String> {
    let start = stderr.find("panicked at")?;
    let rest = &stderr[start..];
    // "panicked at src/lib.rs:3:5:\nmessage\nnote: ..."
    let mut lines = rest.lines();
    let location = lines
        .next()?
        .trim_end_matches(':')
        .trim_start_matches("panicked at ")
        .to_string();
    let message: Vec<&str> = lines
        .take_while(|line| !line.starts_with("note:"))
        .collect();
    Some(format!("{} at {location}", message.join(" ").trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_message_keeps_message_and_location() {
        let stderr = "\nthread '<unnamed>' panicked at src/lib.rs:12:9:\nboom on purpose\nnote: run with `RUST_BACKTRACE=1`";
        assert_eq!(
            panic_message(stderr).unwrap(),
            "boom on purpose at src/lib.rs:12:9"
        );
        assert_eq!(panic_message("nothing here"), None);
    }

    #[test]
    fn fuel_used_is_the_last_calls_and_the_same_each_time() {
        let runtime = super::super::Runtime::with_fuel(None, true).unwrap();
        let (_, bytes) = crate::builtin::find("clean").unwrap();
        let plugin = LoadedPlugin::load(
            &runtime,
            super::super::PluginSource::Builtin("clean"),
            bytes,
        )
        .unwrap();
        let mut stage = StageInstance::new(
            plugin,
            Arc::from("clean"),
            Arc::from("{}"),
            Limits::default(),
        );
        let doc = |text: &str| wit::Document {
            id: "a".into(),
            source_file: "a.txt".into(),
            text: text.into(),
            metadata: Vec::new(),
            entities: Vec::new(),
            provenance: Vec::new(),
        };
        let short = doc("Tin vắn\n\nXã Tân Lập mở lớp dạy bơi miễn phí cho trẻ em trong hè này.\n");
        let long = doc(&format!(
            "Tin dài\n\n{}\n",
            ["Xã Tân Lập mở lớp dạy bơi miễn phí cho trẻ em trong hè này."; 40].join("\n\n")
        ));
        stage.process(&short).unwrap();
        let first = stage.fuel_used().unwrap();
        stage.process(&long).unwrap();
        let longer = stage.fuel_used().unwrap();
        stage.process(&short).unwrap();
        assert!(first > 0);
        assert!(longer > first, "{longer} <= {first}");
        assert_eq!(stage.fuel_used(), Some(first));
    }
}
