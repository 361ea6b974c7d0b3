//! `docflow watch`: the inbox service.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::thread;

use anyhow::{Context, Result};

use super::Status;
use crate::cli::WatchArgs;
use crate::pipeline;
use crate::runtime::{ComponentCache, Runtime};
use crate::watch::{self, WatchOptions};

pub fn watch(args: &WatchArgs) -> Result<Status> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(signal, stop.clone())
            .context("cannot install signal handlers")?;
    }
    let runtime = Runtime::with_fuel(
        ComponentCache::from_env(),
        pipeline::needs_fuel(&args.folders.pipeline),
    )?;
    let options = WatchOptions {
        pipeline: args.folders.pipeline.clone(),
        inbox: args.folders.inbox.clone(),
        out: args.folders.out.clone(),
        jobs: args
            .jobs
            .unwrap_or_else(|| thread::available_parallelism().map_or(1, |n| n.get()))
            .max(1),
    };
    watch::serve(&options, &runtime, stop)?;
    Ok(Status::Success)
}
