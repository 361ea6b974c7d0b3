//! The README's "Write your first plugin" tutorial, step by step, exactly
//! as a newcomer runs it: scaffold, test, build, inspect, try, and run the
//! generated pipeline.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::{docflow, finish, read_json};

/// `cargo` as the test runner found it, without the outer build's flags.
fn cargo(dir: &Path) -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string()));
    cmd.current_dir(dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET");
    cmd
}

#[test]
fn write_your_first_plugin() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let crate_dir = dir.path().join("keyword-tagger");

    // 1. Scaffold.
    let created =
        finish(
            docflow()
                .current_dir(dir.path())
                .args(["plugin", "new", "keyword-tagger"]),
        );
    assert_eq!(created.code, 0, "{}", created.stderr);
    assert!(
        created
            .stdout
            .contains("created transform plugin `keyword-tagger`"),
        "{}",
        created.stdout
    );

    // 2. Its own unit tests pass natively.
    let tested = cargo(&crate_dir)
        .args(["test", "--quiet"])
        .output()
        .unwrap();
    assert!(
        tested.status.success(),
        "{}",
        String::from_utf8_lossy(&tested.stderr)
    );

    // 3. Build the component.
    let built = cargo(&crate_dir)
        .args(["build", "--release", "--target", "wasm32-wasip2", "--quiet"])
        .output()
        .unwrap();
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let wasm = crate_dir.join("target/wasm32-wasip2/release/keyword_tagger.wasm");
    let size = fs::metadata(&wasm).unwrap().len();

    // 4. Inspect it.
    let inspected = finish(docflow().arg("plugin").arg("inspect").arg(&wasm));
    assert_eq!(inspected.code, 0, "{}", inspected.stderr);
    for expected in [
        "plugin       keyword-tagger 0.1.0 (transform)",
        "interface    docflow:plugin@0.1.0",
        "terms (list of strings, required): terms to tag",
        "label (string, default \"KEYWORD\")",
        "docflow:plugin/host@0.1.0",
    ] {
        assert!(
            inspected.stdout.contains(expected),
            "{expected:?} not in\n{}",
            inspected.stdout
        );
    }

    // 5. Try it on one article.
    let article = crate_dir.join("article.txt");
    fs::write(
        &article,
        "Giá lúa tăng sau mưa lũ\n\nNông dân huyện Châu Thành bán lúa với giá cao nhất ba năm qua.\n\n\
         Đợt mưa lũ cuối tháng làm giảm sản lượng ở nhiều xã ven sông.\n",
    )
    .unwrap();
    let tried = finish(
        docflow()
            .arg("plugin")
            .arg("try")
            .arg(&wasm)
            .arg(&article)
            .args(["--config", "terms=[\"lúa\"]"]),
    );
    assert_eq!(tried.code, 0, "{}", tried.stderr);
    assert!(
        tried.stdout.contains("Giá [lúa]{KEYWORD} tăng"),
        "{}",
        tried.stdout
    );
    assert!(tried.stdout.contains("entities   2"), "{}", tried.stdout);

    // A config the plugin rejects is reported, not run.
    let rejected = finish(
        docflow()
            .arg("plugin")
            .arg("try")
            .arg(&wasm)
            .arg(&article)
            .args(["--config", "label=keyword"]),
    );
    assert_eq!(rejected.code, 2);
    assert!(
        rejected.stderr.contains("rejects its config"),
        "{}",
        rejected.stderr
    );

    // 6. Run the generated pipeline: clean -> keyword-tagger -> export-json.
    let inputs = crate_dir.join("articles");
    fs::create_dir(&inputs).unwrap();
    fs::copy(&article, inputs.join("lua.txt")).unwrap();
    let ran = finish(docflow().current_dir(&crate_dir).args([
        "run",
        "pipeline.toml",
        "articles",
        "--out",
        "out",
    ]));
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    let json = read_json(&crate_dir.join("out/lua.json"));
    let keywords: Vec<&str> = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["label"] == "KEYWORD")
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert_eq!(keywords, ["lúa", "mưa lũ"], "{json}");

    eprintln!(
        "tutorial: `plugin new` to a first pipeline run in {:.1} s; component {size} bytes",
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn a_plugin_created_inside_the_checkout_uses_the_sdk_by_relative_path() {
    // CARGO_TARGET_TMPDIR lies inside this checkout's target folder.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let crate_dir = dir.path().join("inner-plugin");
    let created = finish(
        docflow()
            .arg("plugin")
            .arg("new")
            .arg("inner-plugin")
            .arg("--dir")
            .arg(&crate_dir)
            .args(["--kind", "export"]),
    );
    assert_eq!(created.code, 0, "{}", created.stderr);
    let manifest = fs::read_to_string(crate_dir.join("Cargo.toml")).unwrap();
    let path = manifest
        .lines()
        .find_map(|line| line.strip_prefix("docflow-sdk = { path = \""))
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no path dependency in\n{manifest}"));
    assert!(
        path.starts_with(".."),
        "relative inside the checkout: {path}"
    );
    assert_eq!(
        fs::canonicalize(crate_dir.join(path)).unwrap(),
        fs::canonicalize(crate::root().join("sdk")).unwrap()
    );
    // Cargo resolves it: the crate stands on its own, inside another workspace's tree.
    let metadata = cargo(&crate_dir)
        .args(["metadata", "--format-version", "1"])
        .output()
        .unwrap();
    assert!(
        metadata.status.success(),
        "{}",
        String::from_utf8_lossy(&metadata.stderr)
    );
    assert!(String::from_utf8_lossy(&metadata.stdout).contains("\"name\":\"docflow-sdk\""));
    let source = fs::read_to_string(crate_dir.join("src/lib.rs")).unwrap();
    assert!(source.contains("PluginInfo::export"), "an export plugin");
    let tested = cargo(&crate_dir)
        .args(["test", "--quiet"])
        .output()
        .unwrap();
    assert!(
        tested.status.success(),
        "the export scaffold's own test: {}",
        String::from_utf8_lossy(&tested.stderr)
    );

    // A name that cannot be a crate is refused with what to use instead.
    let bad = finish(
        docflow()
            .current_dir(dir.path())
            .args(["plugin", "new", "Bad Name"]),
    );
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("must start with a lower-case letter"),
        "{}",
        bad.stderr
    );
}
