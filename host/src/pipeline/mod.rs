//! Pipelines: the TOML a user writes ([`spec`]) and the checked, loaded
//! form the runtime executes ([`compile`]).

pub mod compile;
pub mod diagnostic;
pub mod spec;

pub use compile::{OutputTarget, Pipeline, PipelineError, Stage, WatchSettings, load};
pub use diagnostic::Diagnostic;
