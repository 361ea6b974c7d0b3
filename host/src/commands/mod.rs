//! One module per subcommand; each returns the process exit status.

pub mod explain;
pub mod plugin;
pub mod query;
pub mod run;
pub mod status;
pub mod validate;
pub mod watch;

use std::process::ExitCode;

/// docflow's exit statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Success,
    /// Some documents failed.
    SomeFailed,
    /// Usage or configuration error.
    Usage,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        match status {
            Status::Success => ExitCode::SUCCESS,
            Status::SomeFailed => ExitCode::from(1),
            Status::Usage => ExitCode::from(2),
        }
    }
}
