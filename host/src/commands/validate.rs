//! `docflow validate`: load every pipeline, print every problem.

use anyhow::Result;

use super::Status;
use crate::cli::ValidateArgs;
use crate::pipeline;
use crate::runtime::{ComponentCache, Runtime};

pub fn validate(args: &ValidateArgs) -> Result<Status> {
    let fuel = args.pipelines.iter().any(|p| pipeline::needs_fuel(p));
    let runtime = Runtime::with_fuel(ComponentCache::from_env(), fuel)?;
    let mut status = Status::Success;
    for path in &args.pipelines {
        match pipeline::load(path, &runtime) {
            Ok(pipeline) => {
                let stages: Vec<String> = pipeline
                    .stages
                    .iter()
                    .map(|s| {
                        format!(
                            "{} ({} {})",
                            s.name, s.plugin.info.name, s.plugin.info.version
                        )
                    })
                    .collect();
                println!(
                    "{}: ok: {} stages: {}",
                    path.display(),
                    stages.len(),
                    stages.join(" -> ")
                );
            }
            Err(err) => {
                eprintln!("{err}");
                status = Status::Usage;
            }
        }
    }
    Ok(status)
}
