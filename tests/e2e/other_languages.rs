//! The WIT package is the contract, not the Rust SDK: a plugin written in
//! JavaScript (tests/plugins/js-keywords) is built into a component with
//! componentize-js and runs like any other.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::{docflow, finish, read_json, root};

#[test]
fn a_javascript_plugin_builds_loads_and_runs_in_a_pipeline() {
    let plugin_dir = root().join("tests/plugins/js-keywords");
    let componentize = plugin_dir.join("node_modules/.bin/componentize-js");
    assert!(
        componentize.exists(),
        "componentize-js is not installed: run `npm install --prefix tests/plugins/js-keywords --no-save` (.ci/run does)"
    );
    let wasm = Path::new(env!("CARGO_TARGET_TMPDIR")).join("js-keywords.wasm");
    let built = Command::new(&componentize)
        .current_dir(&plugin_dir)
        .arg("plugin.js")
        .arg("--wit")
        .arg(root().join("sdk/wit/since_v0.1.0"))
        .args([
            "--world-name",
            "docflow-plugin",
            "--disable",
            "http",
            "--disable",
            "fetch-event",
            "--out",
        ])
        .arg(&wasm)
        .output()
        .expect("run componentize-js (needs node)");
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );

    let inspected = finish(docflow().arg("plugin").arg("inspect").arg(&wasm));
    assert_eq!(inspected.code, 0, "{}", inspected.stderr);
    assert!(
        inspected
            .stdout
            .contains("plugin       js-keywords 0.1.0 (transform)"),
        "{}",
        inspected.stdout
    );
    assert!(
        inspected
            .stdout
            .contains("interface    docflow:plugin@0.1.0"),
        "{}",
        inspected.stdout
    );

    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("in")).unwrap();
    fs::write(
        dir.path().join("in/lua.txt"),
        "Lúa mất giá sau lũ\n\nNgười trồng lúa ở xã Tân Phú lo lắng vì mưa lũ kéo dài.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("js.toml"),
        format!(
            "[[stages]]\nname = \"clean\"\nplugin = \"clean\"\n\
             [[stages]]\nname = \"keywords\"\nplugin = {:?}\n[stages.config]\nterms = [\"lúa\", \"mưa lũ\"]\n\
             [[stages]]\nname = \"export\"\nplugin = \"export-json\"\n",
            wasm
        ),
    )
    .unwrap();
    let ran = finish(
        docflow()
            .current_dir(dir.path())
            .args(["run", "js.toml", "in", "--out", "out"]),
    );
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    let json = read_json(&dir.path().join("out/lua.json"));
    let text: Vec<char> = json["text"].as_str().unwrap().chars().collect();
    let keywords: Vec<String> = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["label"] == "KEYWORD")
        .map(|e| {
            let (start, end) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            text[start..end].iter().collect()
        })
        .collect();
    assert_eq!(
        keywords,
        ["lúa", "mưa lũ"],
        "byte offsets from JavaScript land on the right text: {json}"
    );

    // Its typed error comes through as the plugin's own message.
    let rejected = finish(
        docflow()
            .arg("plugin")
            .arg("try")
            .arg(&wasm)
            .arg(dir.path().join("in/lua.txt"))
            .args(["--config", "terms=3"]),
    );
    assert_eq!(rejected.code, 2);
    assert!(
        rejected
            .stderr
            .contains("`terms` must be a list of strings"),
        "{}",
        rejected.stderr
    );
}
