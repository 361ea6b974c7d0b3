//! Command-line interface definition.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "docflow",
    version,
    about = "Process documents through pipelines of sandboxed WebAssembly plugins",
    after_help = "Examples:\n  \
        docflow run pipelines/default.toml                      # the pipeline's input folder\n  \
        docflow run pipelines/default.toml articles/ --out out  # a folder, results into out/\n  \
        docflow validate pipelines/*.toml                       # check pipelines, list every error\n\n\
        Exit codes: 0 success, 1 some documents failed, 2 usage or configuration error."
)]
pub struct Cli {
    /// More log output (-v: per-document lines, -vv: debug).
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a pipeline once over files or folders.
    #[command(after_help = "Examples:\n  \
        docflow run pipelines/default.toml\n  \
        docflow run pipelines/default.toml a.txt b.txt --out /tmp/out\n  \
        docflow run pipelines/default.toml ../articles --jobs 1\n\n\
        Failed documents are listed with their reason; a copy of each and a\n\
        <name>.error.json report go to the pipeline's failed folder (or to\n\
        <DIR>/failed with --out). Exit code 1 when any document failed.")]
    Run(RunArgs),

    /// Serve an inbox: process every file dropped into it exactly once.
    #[command(after_help = "Examples:\n  \
        docflow watch                                   # pipelines/default.toml: inbox/ -> outputs/\n  \
        docflow watch pipelines/default.toml --inbox /srv/drop --out /srv/out\n\n\
        Files already in the inbox are processed first, then new ones as they\n\
        arrive. Processed inputs move to the archive folder, failed ones to the\n\
        failed folder with <name>.error.json. SIGINT/SIGTERM: finish the\n\
        documents in flight and exit 0. A changed pipeline or plugin file is\n\
        validated and used from the next document on; an invalid one is\n\
        logged and the previous version keeps running.")]
    Watch(WatchArgs),

    /// Show a watched inbox's state: waiting, in flight, processed, failed.
    Status(FoldersArgs),

    /// Move failed documents back into the inbox to be processed again.
    #[command(
        after_help = "Example:\n  docflow retry            # failed/ -> inbox/, reports removed\n\n\
        A running `docflow watch` picks them up at once; otherwise the next\n\
        `docflow watch` or `docflow run` does."
    )]
    Retry(FoldersArgs),

    /// Write, inspect and try plugins.
    #[command(subcommand)]
    Plugin(PluginCommand),

    /// Search a docflow SQLite database: full text, entities, top entities.
    #[command(after_help = "Examples:\n  \
        docflow query outputs/docflow.sqlite \"lũ quét\"            # full text, ranked, with snippets\n  \
        docflow query outputs/docflow.sqlite \"Bac Ninh\" --fold    # ignore diacritics: finds Bắc Ninh\n  \
        docflow query outputs/docflow.sqlite --entity \"Nguyễn Văn An\" --label PERSON\n  \
        docflow query outputs/docflow.sqlite --label LEGAL_REF     # documents citing a document\n  \
        docflow query outputs/docflow.sqlite --top PERSON --limit 10\n\n\
        Every word must occur; quote the words inside the argument for a\n\
        phrase: docflow query DB '\"ủy ban nhân dân\"'. --json prints one JSON\n\
        object for scripts.")]
    Query(QueryArgs),

    /// Show what a pipeline runs: each stage's plugin, sha256, limits, policy and grants.
    #[command(after_help = "Example:\n  docflow explain pipelines/default.toml")]
    Explain(PipelineArgs),

    /// Pin a pipeline's plugins: write the sha256 of each to <pipeline>.lock.
    #[command(
        after_help = "Example:\n  docflow lock pipelines/default.toml   # writes pipelines/default.lock\n\n\
        While the lock file exists, a pipeline whose plugins differ from it does\n\
        not load (run, watch, validate): the error names the stage and both hashes.\n\
        Run `docflow lock` again after checking a new plugin."
    )]
    Lock(PipelineArgs),

    /// Check pipeline files and report every problem with its location.
    #[command(after_help = "Example:\n  docflow validate pipelines/default.toml\n\n\
        Exit code 2 when any pipeline has errors.")]
    Validate(ValidateArgs),
}

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The pipeline file (TOML).
    pub pipeline: PathBuf,

    /// Input files or folders (a folder's files, not its subfolders).
    /// Default: the pipeline's `input` folder.
    pub inputs: Vec<PathBuf>,

    /// Write outputs into DIR instead of the pipeline's output folders.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Worker threads, each with its own plugin instances. Default: one per core.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub folders: FoldersArgs,

    /// Worker threads, each with its own plugin instances. Default: one per core.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Subcommand)]
pub enum PluginCommand {
    /// Create a plugin crate that builds and tests as it is.
    #[command(after_help = "Examples:\n  \
        docflow plugin new keyword-tagger\n  \
        docflow plugin new tsv-export --kind export --dir ~/src/tsv-export\n\n\
        Then: cd into it, `cargo test`, `cargo build --release --target wasm32-wasip2`.")]
    New(PluginNewArgs),

    /// Show what a plugin is: name, version, config it accepts, interface, imports, size, sha256.
    #[command(
        after_help = "Example:\n  docflow plugin inspect target/wasm32-wasip2/release/keyword_tagger.wasm"
    )]
    Inspect(PluginInspectArgs),

    /// Run one plugin on one file and print the resulting document or its error.
    #[command(after_help = "Examples:\n  \
        docflow plugin try tag article.txt\n  \
        docflow plugin try my_plugin.wasm article.txt --config 'terms=[\"lúa\", \"lũ\"]' --config label=CROP")]
    Try(PluginTryArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PluginKindArg {
    /// Changes documents (e.g. tags entities).
    Transform,
    /// Turns documents into files.
    Export,
}

#[derive(Debug, clap::Args)]
pub struct PluginNewArgs {
    /// Crate name: lower case, digits, - and _.
    pub name: String,

    /// Where to create it. Default: ./NAME
    #[arg(long, value_name = "PATH")]
    pub dir: Option<PathBuf>,

    #[arg(long, value_enum, default_value = "transform")]
    pub kind: PluginKindArg,

    /// The docflow-sdk folder to depend on. Default: the SDK this docflow was built from.
    #[arg(long, value_name = "PATH")]
    pub sdk: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct PluginInspectArgs {
    /// A .wasm file or a built-in plugin name.
    pub plugin: String,
}

#[derive(Debug, clap::Args)]
pub struct PluginTryArgs {
    /// A .wasm file or a built-in plugin name.
    pub plugin: String,

    /// The input file (decoded like `docflow run` does).
    pub input: PathBuf,

    /// A config key, as KEY=VALUE with a TOML value (strings may go unquoted). Repeatable.
    #[arg(long, value_name = "KEY=VALUE")]
    pub config: Vec<String>,
}

/// The pipeline and folders of an inbox service (`watch`, `status`, `retry`).
#[derive(Debug, clap::Args)]
pub struct FoldersArgs {
    /// The pipeline file (TOML).
    #[arg(default_value = "pipelines/default.toml")]
    pub pipeline: PathBuf,

    /// The inbox: DIR instead of the pipeline's `input` folder.
    #[arg(long, value_name = "DIR")]
    pub inbox: Option<PathBuf>,

    /// Outputs into DIR (failures into DIR/failed) instead of the pipeline's folders.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
#[command(group(
    clap::ArgGroup::new("what")
        .required(true)
        .multiple(true)
        .args(["text", "entity", "label", "top"])
))]
pub struct QueryArgs {
    /// The database a pipeline's `sqlite` output wrote.
    pub database: PathBuf,

    /// Words to find in titles and bodies.
    #[arg(conflicts_with_all = ["entity", "label", "top"])]
    pub text: Option<String>,

    /// Match without diacritics: "Bac Ninh" finds "Bắc Ninh".
    #[arg(long)]
    pub fold: bool,

    /// Documents that mention this entity (its exact text).
    #[arg(long, value_name = "TEXT", conflicts_with = "top")]
    pub entity: Option<String>,

    /// Only entities with this label; alone, documents with any such entity.
    #[arg(long, value_name = "LABEL", conflicts_with = "top")]
    pub label: Option<String>,

    /// The most mentioned entities with this label.
    #[arg(long, value_name = "LABEL")]
    pub top: Option<String>,

    /// At most N results.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,

    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct PipelineArgs {
    /// The pipeline file (TOML).
    pub pipeline: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Pipeline files to check.
    #[arg(required = true)]
    pub pipelines: Vec<PathBuf>,
}
