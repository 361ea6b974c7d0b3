//! `docflow status` and `docflow retry`: look at and act on a watched
//! inbox's state without loading any plugin.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::Status;
use super::run::is_ignored_name;
use crate::cli::FoldersArgs;
use crate::pipeline::{self, Layout};
use crate::watch::state::{self, Folders};

fn layout(args: &FoldersArgs) -> Result<Option<Layout>> {
    match pipeline::load_layout(&args.pipeline) {
        Ok(mut layout) => {
            layout.redirect(args.inbox.as_deref(), args.out.as_deref());
            Ok(Some(layout))
        }
        Err(err) => {
            eprintln!("{err}");
            Ok(None)
        }
    }
}

fn folders(layout: &Layout) -> Folders {
    Folders::new(
        &layout.input,
        layout.watch.archive.clone(),
        layout.failed.clone(),
    )
}

/// Visible, non-ignored files directly in `dir`.
fn count_files(dir: &Path, keep: impl Fn(&str) -> bool) -> usize {
    fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().is_file() && keep(&e.file_name().to_string_lossy()))
                .count()
        })
        .unwrap_or(0)
}

/// Failure reports in `dir`, newest first: (time, file, summary).
fn failure_reports(dir: &Path) -> Vec<(String, String, String)> {
    let mut reports: Vec<(String, String, String)> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .collect::<Vec<PathBuf>>()
        })
        .unwrap_or_default()
        .into_iter()
        .filter(|path| path.to_string_lossy().ends_with(".error.json"))
        .filter_map(|path| {
            let report: serde_json::Value = serde_json::from_slice(&fs::read(&path).ok()?).ok()?;
            let text = |key: &str| report[key].as_str().unwrap_or("").to_string();
            let plugin = match report["plugin"].as_str() {
                Some(plugin) => format!(" (plugin {plugin})"),
                None => String::new(),
            };
            let summary = format!(
                "{}{plugin}: {}: {}",
                text("stage"),
                text("kind"),
                text("message")
            );
            Some((text("time"), text("file"), summary))
        })
        .collect();
    reports.sort_by(|a, b| b.cmp(a));
    reports
}

pub fn status(args: &FoldersArgs) -> Result<Status> {
    let Some(layout) = layout(args)? else {
        return Ok(Status::Usage);
    };
    let folders = folders(&layout);
    let waiting = count_files(&folders.inbox, |name| !is_ignored_name(name));
    let in_flight = count_files(&folders.work, |_| true);
    let processed = state::read_entries(&folders.journal)
        .with_context(|| format!("cannot read {}", folders.journal.display()))?
        .len();
    let reports = failure_reports(&folders.failed);
    println!("pipeline  {} ({})", layout.name, args.pipeline.display());
    println!(
        "inbox     {}: {waiting} waiting, {in_flight} in flight",
        folders.inbox.display()
    );
    println!(
        "processed {processed} distinct inputs ({})",
        folders.journal.display()
    );
    match &folders.archive {
        Some(archive) => println!(
            "archive   {}: {} files",
            archive.display(),
            count_files(archive, |_| true)
        ),
        None => println!("archive   none: processed inputs are deleted"),
    }
    println!(
        "failed    {}: {} documents",
        folders.failed.display(),
        reports.len()
    );
    if !reports.is_empty() {
        println!("last failures:");
        for (time, file, summary) in reports.iter().take(5) {
            println!("  {time}  {file}  {summary}");
        }
    }
    Ok(Status::Success)
}

/// Moves every failed input back into the inbox (dropping its report), so
/// the service processes it again.
pub fn retry(args: &FoldersArgs) -> Result<Status> {
    let Some(layout) = layout(args)? else {
        return Ok(Status::Usage);
    };
    let folders = folders(&layout);
    fs::create_dir_all(&folders.inbox)?;
    let mut moved = 0;
    for (_, file, _) in failure_reports(&folders.failed) {
        let input = folders.failed.join(&file);
        let report = folders.failed.join(format!("{file}.error.json"));
        if !input.is_file() {
            eprintln!(
                "skipping {}: the input it reports on is gone",
                report.display()
            );
            continue;
        }
        let target = state::free_name(&folders.inbox, &input);
        fs::rename(&input, &target)
            .or_else(|_| fs::copy(&input, &target).and_then(|_| fs::remove_file(&input)))
            .with_context(|| format!("cannot move {} to {}", input.display(), target.display()))?;
        fs::remove_file(&report).with_context(|| format!("cannot remove {}", report.display()))?;
        moved += 1;
    }
    println!(
        "moved {moved} failed document{} back to {}",
        if moved == 1 { "" } else { "s" },
        folders.inbox.display()
    );
    Ok(Status::Success)
}
