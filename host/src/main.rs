use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use docflow::cli::{Cli, Command, PluginCommand};
use docflow::commands::{self, Status};

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The service logs one line per document by default.
    let service = matches!(cli.command, Command::Watch(_));
    init_logging(cli.verbose + u8::from(service));
    let result = match &cli.command {
        Command::Run(args) => commands::run::run(args),
        Command::Watch(args) => commands::watch::watch(args),
        Command::Status(args) => commands::status::status(args),
        Command::Plugin(PluginCommand::New(args)) => commands::plugin::new(args),
        Command::Plugin(PluginCommand::Inspect(args)) => commands::plugin::inspect(args),
        Command::Plugin(PluginCommand::Try(args)) => commands::plugin::try_plugin(args),
        Command::Query(args) => commands::query::query(args),
        Command::Explain(args) => commands::explain::explain(args),
        Command::Lock(args) => commands::explain::lock(args),
        Command::Retry(args) => commands::status::retry(args),
        Command::Validate(args) => commands::validate::validate(args),
    };
    match result {
        Ok(status) => status.into(),
        Err(err) => {
            eprintln!("error: {err:#}");
            Status::Usage.into()
        }
    }
}

/// Logs go to stderr; `DOCFLOW_LOG` (e.g. `debug`) overrides `-v`.
fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("DOCFLOW_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .init();
}
