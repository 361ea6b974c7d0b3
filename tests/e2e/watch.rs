//! `docflow watch`: every dropped file comes out exactly once, through
//! bursts, slow writers, failures, SIGTERM, kill -9 and pipeline changes.
//! Every wait is bounded; a stuck service fails the test instead of hanging.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::{articles, docflow, file_names, read_json, test_plugins};

/// A running `docflow watch` in its own temporary folder; killed on drop.
struct Service {
    dir: tempfile::TempDir,
    child: Option<Child>,
    log: PathBuf,
    starts: u32,
}

fn pipeline_text(pretty: bool) -> String {
    format!(
        "name = \"watched\"\ninput = \"inbox\"\nfailed = \"failed\"\n\
         [watch]\nsettle_ms = 300\n\
         [[stages]]\nname = \"clean\"\nplugin = \"clean\"\n\
         [[stages]]\nname = \"chaos\"\nplugin = {:?}\n\
         [[stages]]\nname = \"export\"\nplugin = \"export-json\"\n[stages.config]\npretty = {pretty}\n\
         [[outputs]]\ntype = \"folder\"\npath = \"outputs\"\n",
        test_plugins::MISBEHAVE_WASM
    )
}

impl Service {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("pipeline.toml"), pipeline_text(true)).unwrap();
        fs::create_dir(dir.path().join("inbox")).unwrap();
        let log = dir.path().join("service.log");
        Service {
            dir,
            child: None,
            log,
            starts: 0,
        }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn start(&mut self) -> &mut Self {
        self.start_with(&[])
    }

    fn start_with(&mut self, env: &[(&str, &str)]) -> &mut Self {
        self.starts += 1;
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .unwrap();
        let mut cmd: Command = docflow();
        cmd.current_dir(self.dir.path())
            .args(["watch", "pipeline.toml", "--jobs", "2"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log);
        for (key, value) in env {
            cmd.env(key, value);
        }
        self.child = Some(cmd.spawn().expect("start docflow watch"));
        let started = self.starts;
        self.wait_for(&format!("start #{started}"), Duration::from_secs(30), |s| {
            s.log_text().matches("watching").count() >= started as usize
        });
        self
    }

    fn log_text(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Polls `done` every 20 ms until it holds; panics with the log after `limit`.
    fn wait_for(&mut self, what: &str, limit: Duration, done: impl Fn(&Service) -> bool) {
        let deadline = Instant::now() + limit;
        while !done(self) {
            if let Some(status) = self.child.as_mut().and_then(|c| c.try_wait().unwrap())
                && !done(self)
            {
                panic!(
                    "service exited ({status}) while waiting for {what}; log:\n{}",
                    self.log_text()
                );
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}: inbox {:?}, work {:?}, {} settled; log:\n{}",
                visible(&self.path("inbox")),
                file_names(&self.path("inbox/.docflow/work")),
                self.settled_count(),
                self.log_text()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn settled_count(&self) -> usize {
        file_names(&self.path("outputs")).len() + count_reports(&self.path("failed"))
    }

    /// Waits until `n` inputs have an output or a failure report and the
    /// inbox and work folder are empty.
    fn wait_done(&mut self, n: usize) {
        self.wait_for(&format!("{n} documents"), Duration::from_secs(60), |s| {
            s.settled_count() >= n
                && visible(&s.path("inbox")).is_empty()
                && file_names(&s.path("inbox/.docflow/work")).is_empty()
        });
    }

    fn signal(&mut self, signal: &str) -> i32 {
        let child = self.child.as_mut().expect("running");
        Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        let status = child.wait().unwrap();
        self.child = None;
        status.code().unwrap_or(-1)
    }

    fn wait_exit(&mut self) -> i32 {
        let mut child = self.child.take().expect("running");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            assert!(
                Instant::now() < deadline,
                "service did not exit; log:\n{}",
                self.log_text()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Writes a file next to the inbox and renames it in (how careful tools deliver).
    fn drop_file(&self, name: &str, text: &str) {
        let staging = self.path(&format!(".staging-{name}"));
        fs::write(&staging, text).unwrap();
        fs::rename(&staging, self.path("inbox").join(name)).unwrap();
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn visible(dir: &Path) -> Vec<String> {
    file_names(dir)
        .into_iter()
        .filter(|n| !n.starts_with('.'))
        .collect()
}

fn count_reports(dir: &Path) -> usize {
    file_names(dir)
        .iter()
        .filter(|n| n.ends_with(".error.json"))
        .count()
}

fn article(i: usize) -> String {
    let all = articles();
    let (_, bytes) = &all[i % all.len()];
    // A unique line keeps every document's content (and so its id) distinct.
    format!(
        "{}\nMã tin số {i} trong đợt thử nghiệm.\n",
        String::from_utf8(bytes.clone()).unwrap()
    )
}

/// Every input exactly once: one output per name, nothing left over, no
/// archived duplicates, a journal line per success.
fn assert_exactly_once(service: &Service, names: &BTreeSet<String>, failed: &BTreeSet<String>) {
    let outputs: BTreeSet<String> = file_names(&service.path("outputs")).into_iter().collect();
    let expected: BTreeSet<String> = names
        .difference(failed)
        .map(|n| n.replace(".txt", ".json"))
        .collect();
    assert_eq!(outputs, expected, "outputs");
    let archived: BTreeSet<String> = file_names(&service.path("archive")).into_iter().collect();
    let expected_archive: BTreeSet<String> = names.difference(failed).cloned().collect();
    assert_eq!(
        archived, expected_archive,
        "archive (a `name (2)` entry would mean processed twice)"
    );
    let failed_inputs: BTreeSet<String> = visible(&service.path("failed"))
        .into_iter()
        .filter(|n| !n.ends_with(".error.json"))
        .collect();
    assert_eq!(&failed_inputs, failed, "failed");
    assert!(visible(&service.path("inbox")).is_empty());
    assert!(file_names(&service.path("inbox/.docflow/work")).is_empty());
    let journal = fs::read_to_string(service.path("inbox/.docflow/processed.log")).unwrap();
    let lines: BTreeSet<&str> = journal.lines().filter(|l| l.len() == 64).collect();
    assert_eq!(
        lines.len(),
        expected.len(),
        "one journal entry per processed input"
    );
    // No half-written output survives anywhere.
    assert!(
        fs::read_dir(service.path("outputs")).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".tmp"))
    );
    for name in &outputs {
        read_json(&service.path("outputs").join(name));
    }
}

#[test]
fn backlog_then_new_files_then_duplicates_and_a_failure() {
    let mut service = Service::new();
    for i in 0..3 {
        fs::write(
            service.path("inbox").join(format!("backlog-{i}.txt")),
            article(i),
        )
        .unwrap();
    }
    fs::write(service.path("inbox").join(".hidden.txt"), "not for us").unwrap();
    service.start();
    service.wait_done(3);

    service.drop_file("new-1.txt", &article(10));
    service.drop_file("bad.txt", "Tiêu đề\nSAY-NO với tài liệu này.");
    service.drop_file("new-2.txt", &article(11));
    service.wait_done(6);
    // Content already processed is skipped: archived under its own name, no output.
    service.drop_file("copy-of-new-1.txt", &article(10));
    service.wait_for("the duplicate", Duration::from_secs(10), |s| {
        file_names(&s.path("archive")).len() == 6
    });
    let outputs: BTreeSet<String> = file_names(&service.path("outputs")).into_iter().collect();
    assert_eq!(outputs.len(), 5);
    assert!(!outputs.contains("copy-of-new-1.json"));
    assert!(
        service.log_text().contains("outcome=\"duplicate\""),
        "{}",
        service.log_text()
    );
    // Two copies arriving together are processed once between them.
    service.drop_file("twin-a.txt", &article(12));
    service.drop_file("twin-b.txt", &article(12));
    service.wait_for("the twins", Duration::from_secs(10), |s| {
        file_names(&s.path("archive")).len() == 8
    });
    let twins = file_names(&service.path("outputs"))
        .iter()
        .filter(|n| n.starts_with("twin-"))
        .count();
    assert_eq!(twins, 1, "one output for two identical inputs");

    let names: BTreeSet<String> = [
        "backlog-0.txt",
        "backlog-1.txt",
        "backlog-2.txt",
        "new-1.txt",
        "new-2.txt",
        "bad.txt",
        "copy-of-new-1.txt",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let failed: BTreeSet<String> = ["bad.txt".to_string()].into();

    let report = read_json(&service.path("failed/bad.txt.error.json"));
    assert_eq!(report["stage"], "chaos");
    assert_eq!(report["plugin"], "misbehave");
    assert_eq!(report["kind"], "invalid-input");
    assert_eq!(report["pipeline"], "watched");
    assert_eq!(
        fs::read_to_string(service.path("failed/bad.txt")).unwrap(),
        "Tiêu đề\nSAY-NO với tài liệu này."
    );
    assert_eq!(
        fs::read_to_string(service.path("inbox/.hidden.txt")).unwrap(),
        "not for us"
    );

    assert_eq!(service.signal("-TERM"), 0);
    let mut archived: BTreeSet<String> = names.difference(&failed).cloned().collect();
    archived.extend(["twin-a.txt".to_string(), "twin-b.txt".to_string()]);
    assert_eq!(
        file_names(&service.path("archive"))
            .into_iter()
            .collect::<BTreeSet<_>>(),
        archived
    );
}

#[test]
fn a_burst_of_a_thousand_files_is_processed_once_each() {
    let mut service = Service::new();
    service.start();
    let names: BTreeSet<String> = (0..1000).map(|i| format!("burst-{i:04}.txt")).collect();
    for (i, name) in names.iter().enumerate() {
        fs::write(service.path("inbox").join(name), article(i)).unwrap();
    }
    service.wait_done(1000);
    assert_exactly_once(&service, &names, &BTreeSet::new());
    assert_eq!(service.signal("-TERM"), 0);
}

#[test]
fn a_file_written_in_three_parts_with_pauses_is_processed_once_after_it_is_complete() {
    let mut service = Service::new();
    service.start();
    let path = service.path("inbox").join("slow.txt");
    let mut file = File::create(&path).unwrap();
    let parts = [
        "Tin viết chậm\n",
        "Đoạn đầu của bài được ghi trước.\n",
        "Đoạn cuối ghi sau cùng.\n",
    ];
    for part in parts {
        file.write_all(part.as_bytes()).unwrap();
        file.flush().unwrap();
        // Longer than the 300 ms settle interval: only the close may start processing.
        thread::sleep(Duration::from_millis(700));
    }
    assert!(
        file_names(&service.path("outputs")).is_empty(),
        "processed before the writer closed the file"
    );
    drop(file);
    service.wait_done(1);
    let json = read_json(&service.path("outputs/slow.json"));
    assert!(
        json["text"]
            .as_str()
            .unwrap()
            .contains("Đoạn cuối ghi sau cùng."),
        "{json}"
    );
    assert_eq!(service.log_text().matches("outcome=\"ok\"").count(), 1);
}

#[test]
fn copy_into_and_unicode_names_with_spaces_dashes_and_newlines() {
    let mut service = Service::new();
    service.start();
    let source = service.path("elsewhere.txt");
    fs::write(&source, article(4)).unwrap();
    fs::copy(
        &source,
        service.path("inbox").join("Bản tin sáng thứ hai.txt"),
    )
    .unwrap();
    service.drop_file("tin tức – Đà Nẵng.txt", &article(5));
    // Names a shell would trip over: a leading dash, a newline.
    service.drop_file("-rf.txt", &article(6));
    service.drop_file("dòng một\ndòng hai.txt", &article(7));
    service.wait_done(4);
    let outputs: Vec<String> = file_names(&service.path("outputs"))
        .into_iter()
        .filter(|name| name.ends_with(".json"))
        .collect();
    assert_eq!(
        outputs,
        [
            "-rf.json",
            "Bản tin sáng thứ hai.json",
            "dòng một\ndòng hai.json",
            "tin tức – Đà Nẵng.json"
        ]
    );
}

#[test]
fn sigterm_mid_burst_finishes_in_flight_work_and_a_restart_loses_nothing() {
    let mut service = Service::new();
    service.start();
    let names: BTreeSet<String> = (0..150).map(|i| format!("term-{i:03}.txt")).collect();
    for (i, name) in names.iter().enumerate() {
        fs::write(service.path("inbox").join(name), article(i)).unwrap();
    }
    thread::sleep(Duration::from_millis(300));
    assert_eq!(
        service.signal("-TERM"),
        0,
        "clean exit on SIGTERM; log:\n{}",
        service.log_text()
    );
    assert!(
        file_names(&service.path("inbox/.docflow/work")).is_empty(),
        "in-flight work was finished"
    );
    service.start();
    service.wait_done(names.len());
    assert_exactly_once(&service, &names, &BTreeSet::new());
}

#[test]
fn kill_9_at_several_points_then_restart_gives_every_input_exactly_once() {
    let mut service = Service::new();
    let mut names = BTreeSet::new();
    for (round, delay_ms) in [40u64, 150, 400].into_iter().enumerate() {
        service.start();
        for i in 0..60 {
            let name = format!("kill{round}-{i:02}.txt");
            // Some documents keep a worker busy, so kills land mid-processing.
            let unique = article(i + 100 * round);
            let text = if i % 7 == 0 {
                format!("{unique}\nSLOW-DOWN\n")
            } else {
                unique
            };
            fs::write(service.path("inbox").join(&name), text).unwrap();
            names.insert(name);
        }
        thread::sleep(Duration::from_millis(delay_ms));
        service.signal("-KILL");
    }
    service.start();
    service.wait_done(names.len());
    assert_exactly_once(&service, &names, &BTreeSet::new());
}

#[test]
fn a_crash_between_output_and_archive_is_finished_on_restart_without_a_second_output() {
    for point in ["after-outputs", "after-journal"] {
        let mut service = Service::new();
        service.start_with(&[("DOCFLOW_TEST_CRASH_AT", point)]);
        service.drop_file("crash.txt", &article(2));
        let code = service.wait_exit();
        assert_ne!(code, 0, "{point}: the crash hook aborts");
        assert_eq!(
            file_names(&service.path("inbox/.docflow/work")),
            ["crash.txt"],
            "{point}"
        );
        assert_eq!(
            file_names(&service.path("outputs")),
            ["crash.json"],
            "{point}: output written before the crash"
        );
        service.start();
        service.wait_done(1);
        let names: BTreeSet<String> = ["crash.txt".to_string()].into();
        assert_exactly_once(&service, &names, &BTreeSet::new());
        if point == "after-journal" {
            assert!(
                service.log_text().contains("outcome=\"duplicate\""),
                "recorded work is not redone"
            );
        }
    }
}

#[test]
fn a_pipeline_change_is_picked_up_and_an_invalid_one_is_rejected() {
    let mut service = Service::new();
    service.start();
    service.drop_file("before.txt", &article(1));
    service.wait_done(1);
    assert!(
        fs::read_to_string(service.path("outputs/before.json"))
            .unwrap()
            .contains("\n  \"id\""),
        "pretty at first"
    );

    // Compact JSON from now on.
    thread::sleep(Duration::from_millis(1100)); // a distinct mtime
    fs::write(service.path("pipeline.toml"), pipeline_text(false)).unwrap();
    service.wait_for("the reload", Duration::from_secs(15), |s| {
        s.log_text().contains("switched to the new version")
    });
    service.drop_file("after.txt", &article(2));
    service.wait_done(2);
    assert!(
        fs::read_to_string(service.path("outputs/after.json"))
            .unwrap()
            .starts_with("{\"id\""),
        "compact after the change"
    );

    // A broken pipeline is refused; the running one keeps working.
    thread::sleep(Duration::from_millis(1100));
    fs::write(
        service.path("pipeline.toml"),
        "[[stages]]\nname = \"x\"\nplugin = \"nope\"\n",
    )
    .unwrap();
    service.wait_for("the rejection", Duration::from_secs(15), |s| {
        s.log_text().contains("still running the previous one")
    });
    assert!(
        service.log_text().contains("unknown plugin `nope`"),
        "{}",
        service.log_text()
    );
    service.drop_file("still.txt", &article(3));
    service.wait_done(3);
    assert!(
        fs::read_to_string(service.path("outputs/still.json"))
            .unwrap()
            .starts_with("{\"id\"")
    );
    assert_eq!(service.signal("-TERM"), 0);
}

#[test]
fn status_reports_the_state_and_retry_sends_failures_back_through_the_inbox() {
    let mut service = Service::new();
    service.start();
    service.drop_file("good.txt", &article(6));
    service.drop_file("bad.txt", "Tiêu đề\nSAY-NO lần này.\nNội dung vẫn còn.");
    service.wait_done(2);
    assert_eq!(service.signal("-TERM"), 0);

    let status = crate::finish(
        docflow()
            .current_dir(service.path(""))
            .args(["status", "pipeline.toml"]),
    );
    assert_eq!(status.code, 0, "{}", status.stderr);
    for expected in [
        "pipeline  watched (pipeline.toml)",
        "0 waiting, 0 in flight",
        "processed 1 distinct inputs",
        "archive   archive: 1 files",
        "failed    failed: 1 documents",
        "bad.txt  chaos (plugin misbehave): invalid-input: this document says no",
    ] {
        assert!(
            status.stdout.contains(expected),
            "{expected:?} not in\n{}",
            status.stdout
        );
    }

    // The cause is fixed (the failing stage removed), then the failure retried.
    let fixed = pipeline_text(true).replace(
        &format!(
            "[[stages]]\nname = \"chaos\"\nplugin = {:?}\n",
            test_plugins::MISBEHAVE_WASM
        ),
        "",
    );
    assert!(!fixed.contains("chaos"));
    fs::write(service.path("pipeline.toml"), fixed).unwrap();
    let retry = crate::finish(
        docflow()
            .current_dir(service.path(""))
            .args(["retry", "pipeline.toml"]),
    );
    assert_eq!(retry.code, 0, "{}", retry.stderr);
    assert!(
        retry
            .stdout
            .contains("moved 1 failed document back to inbox"),
        "{}",
        retry.stdout
    );
    assert!(file_names(&service.path("failed")).is_empty());
    assert_eq!(visible(&service.path("inbox")), ["bad.txt"]);

    service.start();
    service.wait_for("the retried document", Duration::from_secs(20), |s| {
        s.path("outputs/bad.json").exists()
    });
    assert!(file_names(&service.path("failed")).is_empty());
}

#[test]
fn delete_processed_and_reprocessing_duplicates_when_asked() {
    let mut service = Service::new();
    let settings = "[watch]\nsettle_ms = 300\ndelete_processed = true\nskip_duplicates = false\n";
    fs::write(
        service.path("pipeline.toml"),
        pipeline_text(true).replace("[watch]\nsettle_ms = 300\n", settings),
    )
    .unwrap();
    service.start();
    service.drop_file("one.txt", &article(7));
    service.wait_done(1);
    service.drop_file("again.txt", &article(7));
    service.wait_done(2);
    assert_eq!(
        file_names(&service.path("outputs")),
        ["again.json", "one.json"],
        "duplicates processed"
    );
    service.wait_for("inputs deleted", Duration::from_secs(10), |s| {
        file_names(&s.path("inbox/.docflow/work")).is_empty()
    });
    assert!(!service.path("archive").exists() || file_names(&service.path("archive")).is_empty());
    assert_eq!(service.signal("-TERM"), 0);
}

#[test]
fn a_symlink_is_refused_unread_and_a_directory_is_left_alone() {
    let mut service = Service::new();
    service.start();
    let secret = service.path("outside-secret.txt");
    fs::write(&secret, format!("{}\nBí mật không được đọc.\n", article(3))).unwrap();
    std::os::unix::fs::symlink(&secret, service.path("inbox").join("link.txt")).unwrap();
    fs::create_dir(service.path("inbox").join("a folder")).unwrap();
    service.drop_file("plain.txt", &article(4));
    service.wait_for("the link's report", Duration::from_secs(15), |s| {
        s.path("failed/link.txt.error.json").exists()
    });
    service.wait_for("the plain file", Duration::from_secs(15), |s| {
        s.path("outputs/plain.json").exists()
    });

    let report = read_json(&service.path("failed/link.txt.error.json"));
    assert_eq!(report["kind"], "symlink");
    assert!(
        report["message"].as_str().unwrap().contains("not followed"),
        "{report}"
    );
    assert!(
        fs::symlink_metadata(service.path("failed/link.txt"))
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link itself is kept"
    );
    assert_eq!(
        file_names(&service.path("outputs")),
        ["plain.json"],
        "nothing was made from the link's target"
    );
    assert!(
        service.path("inbox/a folder").is_dir(),
        "directories are left where they are"
    );
    assert_eq!(service.signal("-TERM"), 0);
}
