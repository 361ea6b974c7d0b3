//! Where results go: artifacts into output folders, failed inputs with
//! their reason into the failed folder. Every file is written to a
//! temporary name in its final folder, synced, then renamed, so no reader
//! ever sees half a file.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::Serialize;

use crate::pipeline::OutputTarget;
use crate::process::Failure;
use crate::runtime::wit;

/// Name parts of the temporary files atomic writes use.
pub const TEMP_PREFIX: &str = ".docflow-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` atomically (temp file in the same folder,
/// fsync, rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|err| err.error)?;
    Ok(())
}

/// The file name an artifact gets for the input `source_file`: `.ext`
/// names are appended to the input's stem, others are used as they are.
pub fn artifact_file_name(source_file: &str, artifact_name: &str) -> String {
    if artifact_name.starts_with('.') {
        let stem = Path::new(source_file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| source_file.to_string());
        format!("{stem}{artifact_name}")
    } else {
        artifact_name.to_string()
    }
}

/// Writes a document's artifacts to every output; returns the paths.
pub fn write_artifacts(
    targets: &[OutputTarget],
    source_file: &str,
    artifacts: &[wit::Artifact],
) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for target in targets {
        match target {
            OutputTarget::Folder(dir) => {
                for artifact in artifacts {
                    let path = dir.join(artifact_file_name(source_file, &artifact.name));
                    write_atomic(&path, &artifact.bytes)?;
                    written.push(path);
                }
            }
        }
    }
    Ok(written)
}

/// Copies `from` to `to` atomically, keeping the bytes exactly.
fn copy_atomic(from: &Path, to: &Path) -> std::io::Result<()> {
    let dir = to
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    fs::copy(from, temp.path())?;
    temp.as_file().sync_all()?;
    temp.persist(to).map_err(|err| err.error)?;
    Ok(())
}

#[derive(Serialize)]
struct ErrorReport<'a> {
    file: &'a str,
    #[serde(flatten)]
    failure: &'a Failure,
    time: String,
    pipeline: &'a str,
}

/// Puts a copy of the failed input (its original bytes, when it can still
/// be read) into `failed_dir`, with `<name>.error.json` beside it. Returns
/// the report's path.
pub fn write_failure(
    failed_dir: &Path,
    input: &Path,
    failure: &Failure,
    pipeline: &str,
) -> std::io::Result<PathBuf> {
    fs::create_dir_all(failed_dir)?;
    let file_name = input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| input.display().to_string());
    if let Err(err) = copy_atomic(input, &failed_dir.join(&file_name)) {
        tracing::warn!(
            "cannot copy {} to {}: {err}",
            input.display(),
            failed_dir.display()
        );
    }
    write_report(failed_dir, &file_name, failure, pipeline)
}

/// Writes `<failed_dir>/<file_name>.error.json`; returns its path.
pub fn write_report(
    failed_dir: &Path,
    file_name: &str,
    failure: &Failure,
    pipeline: &str,
) -> std::io::Result<PathBuf> {
    fs::create_dir_all(failed_dir)?;
    let report = ErrorReport {
        file: file_name,
        failure,
        time: humantime::format_rfc3339_seconds(SystemTime::now()).to_string(),
        pipeline,
    };
    let mut json = serde_json::to_vec_pretty(&report).map_err(std::io::Error::other)?;
    json.push(b'\n');
    let report_path = failed_dir.join(format!("{file_name}.error.json"));
    write_atomic(&report_path, &json)?;
    Ok(report_path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artifact_names_follow_the_input_stem() {
        assert_eq!(artifact_file_name("bai viet.txt", ".json"), "bai viet.json");
        assert_eq!(artifact_file_name("a.b.txt", ".json"), "a.b.json");
        assert_eq!(artifact_file_name("README", ".md"), "README.md");
        assert_eq!(artifact_file_name("x.txt", "index.html"), "index.html");
    }

    #[test]
    fn failure_keeps_original_bytes_and_writes_a_report() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in").join("x.txt");
        fs::create_dir(input.parent().unwrap()).unwrap();
        fs::write(&input, b"\xff\xfe\x00").unwrap();
        let failed = dir.path().join("failed");
        let failure = Failure::host("decode", "invalid-input", "not valid UTF-8");
        let report = write_failure(&failed, &input, &failure, "default").unwrap();
        assert_eq!(fs::read(failed.join("x.txt")).unwrap(), b"\xff\xfe\x00");
        assert_eq!(
            fs::read(&input).unwrap(),
            b"\xff\xfe\x00",
            "the input is left in place"
        );
        let json: serde_json::Value = serde_json::from_slice(&fs::read(report).unwrap()).unwrap();
        assert_eq!(json["stage"], "decode");
        assert_eq!(json["plugin"], serde_json::Value::Null);
        assert_eq!(json["kind"], "invalid-input");
        assert_eq!(json["pipeline"], "default");
        assert!(json["time"].as_str().unwrap().ends_with('Z'));
        let leftovers: Vec<_> = fs::read_dir(&failed)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".tmp")
            })
            .collect();
        assert!(leftovers.is_empty());
    }
}
