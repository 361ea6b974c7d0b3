//! docflow's host: pipelines of sandboxed WebAssembly plugins.

pub mod builtin;
pub mod cli;
pub mod commands;
pub mod decode;
pub mod outputs;
pub mod pipeline;
pub mod process;
pub mod runtime;
pub mod watch;

/// The plugin interface version this host implements.
pub const WIT_VERSION: &str = "0.1.0";
