//! Pipelines: the TOML a user writes ([`spec`]) and the checked, loaded
//! form the runtime executes ([`compile`]).

pub mod compile;
pub mod diagnostic;
pub mod lock;
pub mod spec;

pub use compile::{
    Layout, OutputTarget, Pipeline, PipelineError, Stage, WatchSettings, check_source, load,
    load_layout, load_unlocked, needs_fuel,
};
pub use diagnostic::Diagnostic;
