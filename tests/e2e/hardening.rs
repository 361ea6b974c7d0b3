//! Per-stage policies on violation, read-only folder grants and the input
//! size limit, with the misbehaving test plugin.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::{Finished, docflow, file_names, finish, read_json, test_plugins};

/// clean → the misbehaving plugin (with `chaos_extra` lines in its stage)
/// → export-json, run over `documents` with one worker.
fn run_chaos(dir: &Path, chaos_extra: &str, top: &str, documents: &[(&str, &str)]) -> Finished {
    let pipeline = dir.join("chaos.toml");
    fs::write(
        &pipeline,
        format!(
            "name = \"chaos\"\n{top}\n\
             [[stages]]\nname = \"clean\"\nplugin = \"clean\"\n\
             [[stages]]\nname = \"chaos\"\nplugin = {:?}\n{chaos_extra}\n\
             [[stages]]\nname = \"export\"\nplugin = \"export-json\"\n",
            test_plugins::MISBEHAVE_WASM
        ),
    )
    .unwrap();
    let input = dir.join("in");
    fs::create_dir_all(&input).unwrap();
    for (name, text) in documents {
        fs::write(input.join(name), text).unwrap();
    }
    finish(
        docflow()
            .arg("run")
            .arg(&pipeline)
            .arg(&input)
            .arg("--out")
            .arg(dir.join("out"))
            .args(["--jobs", "1"]),
    )
}

#[test]
fn skip_stage_goes_on_without_the_stage_and_records_why() {
    let dir = tempfile::tempdir().unwrap();
    let result = run_chaos(
        dir.path(),
        "on_violation = \"skip-stage\"",
        "",
        &[
            ("a.txt", "Tiêu đề\nNội dung TRAP-ME ở đây."),
            ("b.txt", "Tiêu đề\nBAD-SPAN trong văn bản."),
            ("c.txt", "Tiêu đề\nBài bình thường."),
        ],
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let out = dir.path().join("out");
    assert_eq!(file_names(&out), ["a.json", "b.json", "c.json"]);
    let trapped = read_json(&out.join("a.json"));
    let skipped = &trapped["metadata"]["skipped"][0];
    assert_eq!(skipped["stage"], "chaos");
    assert_eq!(skipped["kind"], "trap");
    assert!(
        skipped["message"]
            .as_str()
            .unwrap()
            .contains("asked to trap"),
        "{skipped}"
    );
    // The clean stage's work is kept; the skipped stage is not in the provenance.
    assert_eq!(trapped["metadata"]["title"], "Tiêu đề");
    let stages: Vec<&str> = trapped["provenance"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["stage"].as_str().unwrap())
        .collect();
    assert_eq!(stages, ["clean"]);
    assert_eq!(
        read_json(&out.join("b.json"))["metadata"]["skipped"][0]["kind"],
        "invalid-output"
    );
    assert!(
        read_json(&out.join("c.json"))["metadata"]
            .get("skipped")
            .is_none()
    );
}

#[test]
fn stop_ends_the_run_at_the_first_violation() {
    let dir = tempfile::tempdir().unwrap();
    let result = run_chaos(
        dir.path(),
        "on_violation = \"stop\"",
        "",
        &[
            ("a_ok.txt", "Tiêu đề\nBài đầu."),
            ("b_trap.txt", "Tiêu đề\nNội dung TRAP-ME ở đây."),
            ("c_ok.txt", "Tiêu đề\nBài sau."),
            ("d_ok.txt", "Tiêu đề\nBài cuối."),
        ],
    );
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result.stderr.contains("stopped: stage `chaos` failed on")
            && result
                .stderr
                .contains("b_trap.txt and its on_violation is \"stop\""),
        "{}",
        result.stderr
    );
    let out = dir.path().join("out");
    let written = file_names(&out);
    assert!(written.contains(&"a_ok.json".to_string()), "{written:?}");
    assert!(!written.contains(&"d_ok.json".to_string()), "{written:?}");
    assert!(
        file_names(&out.join("failed")).contains(&"b_trap.txt.error.json".to_string()),
        "the document that stopped the run is quarantined"
    );
}

#[test]
fn a_granted_folder_is_readable_and_nothing_else_is() {
    let dir = tempfile::tempdir().unwrap();
    let gazetteer = dir.path().join("gazetteer");
    fs::create_dir(&gazetteer).unwrap();
    fs::write(gazetteer.join("words.txt"), "Bắc Ninh\n").unwrap();
    let documents = [
        ("read.txt", "Tiêu đề\nREAD-DATA từ thư mục."),
        ("write.txt", "Tiêu đề\nWRITE-DATA vào thư mục."),
        ("host.txt", "Tiêu đề\nOPEN-FILE của máy."),
    ];
    let result = run_chaos(
        dir.path(),
        "[stages.grants]\nread = \"gazetteer\"",
        "",
        &documents,
    );
    assert_eq!(result.code, 1, "{}", result.stderr);
    let out = dir.path().join("out");
    assert_eq!(
        read_json(&out.join("read.json"))["metadata"]["data"],
        "Bắc Ninh"
    );
    assert!(
        result.stderr.contains("cannot write /data/planted.txt"),
        "{}",
        result.stderr
    );
    assert!(!gazetteer.join("planted.txt").exists());
    assert!(
        result.stderr.contains("cannot open /etc/hostname"),
        "{}",
        result.stderr
    );

    // Without the grant the same document cannot read it.
    let bare = tempfile::tempdir().unwrap();
    let result = run_chaos(bare.path(), "", "", &documents[..1]);
    assert_eq!(result.code, 1);
    assert!(
        result.stderr.contains("cannot read /data/words.txt"),
        "{}",
        result.stderr
    );
}

#[test]
fn inputs_over_max_input_mb_fail_unread() {
    let dir = tempfile::tempdir().unwrap();
    let big = format!("Tiêu đề\n{}", "Một câu rất dài. ".repeat(80_000));
    assert!(big.len() > 1 << 20);
    let result = run_chaos(
        dir.path(),
        "",
        "max_input_mb = 1",
        &[("big.txt", &big), ("small.txt", "Tiêu đề\nNgắn.")],
    );
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result.stderr.contains(
            "big.txt: read: too-large: the file is 1.8 MiB, over the 1.0 MiB input limit"
        ),
        "{}",
        result.stderr
    );
    assert_eq!(
        file_names(&dir.path().join("out")),
        ["failed", "small.json"]
    );
}

fn sha256_hex(path: &Path) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(fs::read(path).unwrap()))
}

#[test]
fn a_lock_file_refuses_a_replaced_plugin_naming_the_stage_and_both_hashes() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = dir.path().join("plugin.wasm");
    fs::copy(test_plugins::MISBEHAVE_WASM, &plugin).unwrap();
    let pipeline = dir.path().join("pinned.toml");
    fs::write(
        &pipeline,
        "[[stages]]\nname = \"chaos\"\nplugin = \"plugin.wasm\"\n\
         [[stages]]\nname = \"export\"\nplugin = \"export-json\"\n",
    )
    .unwrap();
    let docflow_on = |command: &str| finish(docflow().arg(command).arg(&pipeline));

    let locked = docflow_on("lock");
    assert_eq!(locked.code, 0, "{}", locked.stderr);
    let lock_text = fs::read_to_string(dir.path().join("pinned.lock")).unwrap();
    let expected = sha256_hex(&plugin);
    assert!(lock_text.contains(&expected), "{lock_text}");
    assert_eq!(docflow_on("validate").code, 0);
    assert!(docflow_on("explain").stdout.contains("(matches the lock)"));

    // The same plugin, rebuilt: one custom section more, another sha256.
    let mut rebuilt = fs::read(&plugin).unwrap();
    rebuilt.extend_from_slice(&[0, 6, 4, b'n', b'o', b't', b'e', b'x']);
    fs::write(&plugin, rebuilt).unwrap();
    let found = sha256_hex(&plugin);
    let refused = docflow_on("validate");
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains(&format!(
            "stage `chaos`: plugin {} does not match the lock file",
            plugin.display()
        )) && refused
            .stderr
            .contains(&format!("expected sha256 {expected}, found {found}")),
        "{}",
        refused.stderr
    );
    assert!(
        refused.stderr.contains("pinned.toml:3:"),
        "points at the plugin line: {}",
        refused.stderr
    );
    let input = dir.path().join("a.txt");
    fs::write(&input, "Tiêu đề\nNội dung.").unwrap();
    let run = finish(
        docflow()
            .arg("run")
            .arg(&pipeline)
            .arg(&input)
            .arg("--out")
            .arg(dir.path().join("out")),
    );
    assert_eq!(run.code, 2, "a run refuses it too: {}", run.stderr);
    assert!(
        docflow_on("explain")
            .stdout
            .contains(&format!("(DIFFERS from the lock: {expected})"))
    );

    // Re-locking accepts the new plugin.
    assert_eq!(docflow_on("lock").code, 0);
    assert_eq!(docflow_on("validate").code, 0);
}

#[test]
fn a_full_disk_on_output_fails_the_documents_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let out = dir.path().join("out");
    fs::create_dir(&input).unwrap();
    let articles = crate::articles();
    for (name, bytes) in &articles[..2] {
        fs::write(input.join(name), bytes).unwrap();
    }
    let result = finish(
        docflow()
            .env("DOCFLOW_TEST_FULL_DISK", &out)
            .arg("run")
            .arg(crate::default_pipeline())
            .arg(&input)
            .arg("--out")
            .arg(&out),
    );
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("output: io: cannot write output: No space left on device"),
        "{}",
        result.stderr
    );
    let mut kept = file_names(&out.join("failed"));
    kept.retain(|name| !name.ends_with(".error.json"));
    let mut inputs: Vec<String> = articles[..2].iter().map(|(n, _)| n.clone()).collect();
    inputs.sort();
    assert_eq!(kept, inputs, "every input is in failed/ with its report");
    assert_eq!(file_names(&input), inputs, "and still in place");
    assert!(
        !file_names(&out).iter().any(|n| n.ends_with(".tmp")),
        "no half-written file is left: {:?}",
        file_names(&out)
    );
}

#[test]
fn a_fifo_named_as_input_is_refused_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let result = finish(
        docflow()
            .arg("run")
            .arg(crate::default_pipeline())
            .arg(&fifo)
            .arg("--out")
            .arg(dir.path().join("out")),
    );
    assert_eq!(result.code, 2, "{}", result.stderr);
    assert!(
        result.stderr.contains("is not a regular file or a folder"),
        "{}",
        result.stderr
    );
}

#[test]
fn an_unreadable_input_fails_with_the_reason_and_the_others_go_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    // Root reads any file: run docflow as nobody when the tests run as root.
    let root_user = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::set_permissions(&input, fs::Permissions::from_mode(0o777)).unwrap();
    let articles = crate::articles();
    fs::write(input.join("readable.txt"), &articles[0].1).unwrap();
    fs::write(input.join("secret.txt"), &articles[1].1).unwrap();
    fs::set_permissions(input.join("secret.txt"), fs::Permissions::from_mode(0o000)).unwrap();
    // Copies nobody can reach wherever the checkout lives (/root is 0700).
    let binary = dir.path().join("docflow");
    fs::copy(env!("CARGO_BIN_EXE_docflow"), &binary).unwrap();
    let pipeline = dir.path().join("default.toml");
    fs::copy(crate::default_pipeline(), &pipeline).unwrap();
    let mut command = if root_user {
        let mut setpriv = Command::new("setpriv");
        setpriv
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&binary);
        setpriv
    } else {
        Command::new(&binary)
    };
    let result = finish(
        command
            .env("DOCFLOW_CACHE_DIR", dir.path().join("cache"))
            .env_remove("DOCFLOW_LOG")
            .current_dir(dir.path())
            .arg("run")
            .arg(&pipeline)
            .arg(&input)
            .arg("--out")
            .arg(dir.path().join("out")),
    );
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("secret.txt: read: io: cannot read the file: Permission denied"),
        "{}",
        result.stderr
    );
    let out = dir.path().join("out");
    assert!(out.join("readable.json").is_file());
    assert!(out.join("failed").join("secret.txt.error.json").is_file());
    assert!(
        input.join("secret.txt").exists(),
        "the input stays where it was"
    );
}

#[test]
fn fuel_stops_a_plugin_deterministically_and_spares_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let result = run_chaos(
        dir.path(),
        "[stages.limits]\nfuel = 5000000\ntimeout_ms = 60000",
        "",
        &[
            ("a_loop.txt", "Tiêu đề\nLOOP-FOREVER mãi mãi."),
            ("b_slow.txt", "Tiêu đề\nSLOW-DOWN một chút."),
            ("c_ok.txt", "Tiêu đề\nBài bình thường."),
        ],
    );
    assert_eq!(result.code, 1, "{}", result.stderr);
    for name in ["a_loop.txt", "b_slow.txt"] {
        let line = result
            .stderr
            .lines()
            .find(|l| l.starts_with("failed:") && l.contains(name))
            .unwrap_or_else(|| panic!("{name} did not fail: {}", result.stderr));
        assert!(
            line.contains("out-of-fuel: used up its fuel of 5000000 units in one call"),
            "{line}"
        );
    }
    assert_eq!(file_names(&dir.path().join("out"))[0], "c_ok.json");
    let explained = finish(docflow().arg("explain").arg(dir.path().join("chaos.toml")));
    assert!(
        explained.stdout.contains("fuel 5000000"),
        "{}",
        explained.stdout
    );
}
