//! Where results go: artifacts into output folders, failed inputs with
//! their reason into the failed folder. Every file is written to a
//! temporary name in its final folder, synced, then renamed, so no reader
//! ever sees half a file.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use std::sync::Mutex;

use anyhow::Context;
use serde::Serialize;

use crate::pipeline::OutputTarget;
use crate::process::{Failure, Processed};

pub mod collection;
pub mod database;

use collection::{ArtifactName, Collections, Contribution};
use database::Database;

/// Name parts of the temporary files atomic writes use.
pub const TEMP_PREFIX: &str = ".docflow-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// A temporary file beside its final name. It gets what any new file
/// gets (0666 less the umask, 0644 usually), not the 0600 temporary files
/// default to, which would hide outputs from other users.
fn temp_file_in(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

/// `DOCFLOW_TEST_FULL_DISK=DIR` makes every write into DIR fail as on a
/// full disk: the tests check that nothing is lost when outputs cannot be
/// written (root, which CI runs as, ignores read-only permissions).
fn disk_full_for_tests(dir: &Path) -> bool {
    static FULL: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    FULL.get_or_init(|| std::env::var_os("DOCFLOW_TEST_FULL_DISK").map(PathBuf::from))
        .as_deref()
        .is_some_and(|full| full == dir)
}

/// Writes `bytes` to `path` atomically (temp file in the same folder,
/// fsync, rename): for files written now and then, like failure reports.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_replacing(path, bytes, Durability::Now)
}

/// When a written file reaches the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Durability {
    /// fsync before the rename.
    Now,
    /// At the next [`Outputs::sync`], with everything else written since
    /// (one `syncfs` instead of an fsync per file, which costs 1–2 ms here).
    /// Readers still never see half a file: the rename comes after the
    /// write; a power cut before the sync may leave an empty file, which
    /// the journal (not yet told) has the input processed again to replace.
    AtNextSync,
}

fn write_replacing(path: &Path, bytes: &[u8], durability: Durability) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = temp_file_in(dir)?;
    if disk_full_for_tests(dir) {
        // Half the bytes, then the error a full disk gives.
        temp.write_all(&bytes[..bytes.len() / 2])?;
        return Err(std::io::Error::from_raw_os_error(28));
    }
    temp.write_all(bytes)?;
    if durability == Durability::Now {
        temp.as_file().sync_all()?;
    }
    temp.persist(path).map_err(|err| err.error)?;
    Ok(())
}

/// Flushes the filesystem holding `dir`: every file written and renamed
/// there since, in one call.
fn sync_filesystem(dir: &Path) -> std::io::Result<()> {
    let folder = fs::File::open(dir)?;
    rustix::fs::syncfs(&folder)?;
    Ok(())
}

/// The file-name template folder outputs use unless the pipeline sets one.
pub const DEFAULT_TEMPLATE: &str = "{stem}{ext}";
/// The placeholders a file-name template may use.
pub const TEMPLATE_PLACEHOLDERS: &[&str] = &["{stem}", "{ext}", "{id}", "{id8}"];

/// The file name a per-document artifact gets for the input `source_file`:
/// `.ext` names go through `template` (`{stem}` is the input's name
/// without its extension, `{ext}` the artifact's, `{id}`/`{id8}` the
/// document id or its first 8 characters); others are used as they are.
pub fn artifact_file_name(
    template: &str,
    source_file: &str,
    document_id: &str,
    artifact_name: &str,
) -> String {
    if artifact_name.starts_with('.') {
        let stem = Path::new(source_file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| source_file.to_string());
        template
            .replace("{stem}", &stem)
            .replace("{ext}", artifact_name)
            .replace("{id8}", document_id.get(..8).unwrap_or(document_id))
            .replace("{id}", document_id)
    } else {
        artifact_name.to_string()
    }
}

/// Where one pipeline's results go, opened for a run or a service.
/// Shared by the workers; [`Outputs::sync`] makes what was stored durable.
pub struct Outputs {
    sinks: Vec<Sink>,
}

enum Sink {
    Folder {
        dir: PathBuf,
        template: String,
        /// Opened when the first collection entry arrives.
        collections: Mutex<Option<Collections>>,
    },
    Database(Mutex<Database>),
}

impl Outputs {
    /// Creates the folders and opens the databases of `targets`.
    pub fn open(targets: &[OutputTarget], pipeline: &str) -> anyhow::Result<Self> {
        let mut sinks = Vec::new();
        for target in targets {
            sinks.push(match target {
                OutputTarget::Folder { dir, template } => {
                    fs::create_dir_all(dir).with_context(|| {
                        format!("cannot create output folder {}", dir.display())
                    })?;
                    Sink::Folder {
                        dir: dir.clone(),
                        template: template.clone(),
                        collections: Mutex::new(None),
                    }
                }
                OutputTarget::Database(path) => Sink::Database(Mutex::new(
                    Database::open(path, pipeline)
                        .with_context(|| format!("cannot open database {}", path.display()))?,
                )),
            });
        }
        Ok(Outputs { sinks })
    }

    /// The files of its own a document's artifacts would be written to
    /// (collection files, shared by design, are not listed).
    pub fn document_files(&self, processed: &Processed) -> Vec<PathBuf> {
        let mut files = Vec::new();
        for sink in &self.sinks {
            if let Sink::Folder { dir, template, .. } = sink {
                for artifact in &processed.artifacts {
                    if let ArtifactName::Document(name) = ArtifactName::parse(&artifact.name) {
                        files.push(dir.join(artifact_file_name(
                            template,
                            &processed.document.source_file,
                            &processed.document.id,
                            name,
                        )));
                    }
                }
            }
        }
        files
    }

    /// Writes a processed document to every output; returns the files
    /// written (a database counts as one).
    pub fn store(&self, processed: &Processed) -> std::io::Result<Vec<PathBuf>> {
        let document = &processed.document;
        let mut written = Vec::new();
        for sink in &self.sinks {
            match sink {
                Sink::Folder {
                    dir,
                    template,
                    collections,
                } => {
                    let mut contributions: Vec<(&str, Contribution<'_>)> = Vec::new();
                    for artifact in &processed.artifacts {
                        let bytes = artifact.bytes.as_slice();
                        let (file, part) = match ArtifactName::parse(&artifact.name) {
                            ArtifactName::Document(name) => {
                                let path = dir.join(artifact_file_name(
                                    template,
                                    &document.source_file,
                                    &document.id,
                                    name,
                                ));
                                write_replacing(&path, bytes, Durability::AtNextSync)?;
                                written.push(path);
                                continue;
                            }
                            ArtifactName::Collection { file, part } => (file, part),
                        };
                        match contributions.iter_mut().find(|(f, _)| *f == file) {
                            Some((_, contribution)) => contribution.set(part, bytes),
                            None => {
                                let mut contribution = Contribution::default();
                                contribution.set(part, bytes);
                                contributions.push((file, contribution));
                            }
                        }
                    }
                    if contributions.is_empty() {
                        continue;
                    }
                    let mut collections = collections.lock().expect("collections lock");
                    if collections.is_none() {
                        *collections = Some(Collections::open(dir).map_err(std::io::Error::other)?);
                    }
                    let collections = collections.as_mut().expect("opened above");
                    for (file, contribution) in &contributions {
                        written.push(collections.contribute(file, &document.id, contribution)?);
                    }
                }
                Sink::Database(database) => {
                    let mut database = database.lock().expect("database lock");
                    database.store(document).map_err(|err| {
                        std::io::Error::other(format!(
                            "database {}: {err}",
                            database.path().display()
                        ))
                    })?;
                    written.push(database.path().to_path_buf());
                }
            }
        }
        Ok(written)
    }

    /// Makes everything stored so far durable: stale collection files
    /// rendered, each output folder's filesystem flushed (files, appends
    /// and renames in one `syncfs`), then the collection store and the
    /// databases committed.
    pub fn sync(&self) -> std::io::Result<()> {
        for sink in &self.sinks {
            match sink {
                Sink::Folder {
                    dir, collections, ..
                } => {
                    // Held throughout, so no entry lands between the flush
                    // and the commit that records it.
                    let mut collections = collections.lock().expect("lock");
                    if let Some(collections) = collections.as_mut() {
                        collections.render_stale()?;
                    }
                    sync_filesystem(dir)?;
                    if let Some(collections) = collections.as_mut() {
                        collections.commit()?;
                    }
                }
                Sink::Database(database) => {
                    let mut database = database.lock().expect("database lock");
                    database.sync().map_err(|err| {
                        std::io::Error::other(format!(
                            "database {}: {err}",
                            database.path().display()
                        ))
                    })?;
                }
            }
        }
        Ok(())
    }

    /// The output folders (where stale temporary files may be left).
    pub fn folders(&self) -> impl Iterator<Item = &Path> {
        self.sinks.iter().filter_map(|sink| match sink {
            Sink::Folder { dir, .. } => Some(dir.as_path()),
            Sink::Database(_) => None,
        })
    }
}

/// Copies `from` to `to` atomically, keeping the bytes exactly.
fn copy_atomic(from: &Path, to: &Path) -> std::io::Result<()> {
    let dir = to
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temp = temp_file_in(dir)?;
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
        let name =
            |template, file, artifact| artifact_file_name(template, file, "0123456789ab", artifact);
        assert_eq!(
            name(DEFAULT_TEMPLATE, "bai viet.txt", ".json"),
            "bai viet.json"
        );
        assert_eq!(name(DEFAULT_TEMPLATE, "a.b.txt", ".json"), "a.b.json");
        assert_eq!(name(DEFAULT_TEMPLATE, "README", ".md"), "README.md");
        assert_eq!(name(DEFAULT_TEMPLATE, "x.txt", "index.html"), "index.html");
        assert_eq!(
            name("{stem}-{id8}{ext}", "x.txt", ".json"),
            "x-01234567.json"
        );
        assert_eq!(name("{id}{ext}", "x.txt", ".md"), "0123456789ab.md");
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
