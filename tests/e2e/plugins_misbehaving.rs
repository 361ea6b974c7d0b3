//! A plugin that traps, loops, hoards memory or returns bad spans costs
//! only the document it did it on; the rest of the run goes on.

use std::fs;

use crate::{docflow, file_names, finish, read_json, test_plugins};

#[test]
fn misbehaving_plugin_fails_only_those_documents_with_named_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let pipeline = dir.path().join("chaos.toml");
    fs::write(
        &pipeline,
        format!(
            "name = \"chaos\"\n\
             [[stages]]\nname = \"clean\"\nplugin = \"clean\"\n\
             [[stages]]\nname = \"chaos\"\nplugin = {:?}\n\
             [stages.limits]\ntimeout_ms = 300\nmemory_mb = 48\n\
             [[stages]]\nname = \"export\"\nplugin = \"export-json\"\n",
            test_plugins::MISBEHAVE_WASM
        ),
    )
    .unwrap();
    let input = dir.path().join("in");
    let out = dir.path().join("out");
    fs::create_dir(&input).unwrap();
    let documents = [
        ("a_trap.txt", "Tiêu đề\nNội dung TRAP-ME ở đây."),
        (
            "b_ok.txt",
            "Tin một\nÔng Lê Văn Bình đến tỉnh Nam Định ngày 3/2/2021.",
        ),
        ("c_span.txt", "Tiêu đề\nBAD-SPAN trong văn bản."),
        ("d_ok.txt", "Tin hai\nBà Trần Thị Mai nói chuyện."),
        ("e_loop.txt", "Tiêu đề\nLOOP-FOREVER mãi mãi."),
        ("f_ok.txt", "Tin ba\nNăm 2020 được mùa."),
        ("g_memory.txt", "Tiêu đề\nEAT-MEMORY thật nhiều."),
        ("g_one_huge.txt", "Tiêu đề\nALLOC-HUGE một lần."),
        ("h_no.txt", "Tiêu đề\nSAY-NO lịch sự."),
        ("i_ok.txt", "Tin bốn\nKết thúc tốt đẹp."),
    ];
    for (name, text) in documents {
        fs::write(input.join(name), text).unwrap();
    }

    // One worker: the same instance meets every failure in turn.
    let result = finish(
        docflow()
            .arg("run")
            .arg(&pipeline)
            .arg(&input)
            .arg("--out")
            .arg(&out)
            .args(["--jobs", "1"]),
    );
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert_eq!(
        file_names(&out),
        ["b_ok.json", "d_ok.json", "f_ok.json", "failed", "i_ok.json"]
    );

    let expectations = [
        (
            "a_trap.txt",
            "trap",
            "plugin panicked: asked to trap on a_trap.txt",
        ),
        ("c_span.txt", "invalid-output", "entity #0 (PERSON 0.."),
        (
            "e_loop.txt",
            "timeout",
            "did not finish within its 300 ms deadline",
        ),
        (
            "g_memory.txt",
            "out-of-memory",
            "more than its 48 MiB memory limit",
        ),
        (
            "g_one_huge.txt",
            "out-of-memory",
            "bytes failed: more than its 48 MiB memory limit allows",
        ),
        ("h_no.txt", "invalid-input", "this document says no"),
    ];
    for (name, kind, message) in expectations {
        let line = result
            .stderr
            .lines()
            .find(|line| line.starts_with("failed:") && line.contains(name))
            .unwrap_or_else(|| panic!("{name} not listed in\n{}", result.stderr));
        assert!(
            line.contains(&format!("stage `chaos` (plugin misbehave): {kind}: ")),
            "{line}"
        );
        assert!(line.contains(message), "{line}");
        let report = read_json(&out.join("failed").join(format!("{name}.error.json")));
        assert_eq!(report["stage"], "chaos");
        assert_eq!(report["plugin"], "misbehave");
        assert_eq!(report["kind"], kind);
        assert!(
            report["message"].as_str().unwrap().contains(message),
            "{report}"
        );
        assert_eq!(
            fs::read(out.join("failed").join(name)).unwrap(),
            fs::read(input.join(name)).unwrap(),
            "original bytes kept"
        );
    }
    assert!(
        result.stderr.contains("10 documents, 6 failed"),
        "{}",
        result.stderr
    );
    let ok = read_json(&out.join("b_ok.json"));
    assert_eq!(ok["provenance"].as_array().unwrap().len(), 2);
}

#[test]
fn a_component_that_is_not_a_docflow_plugin_is_refused_at_load() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("fake.wasm");
    fs::write(&fake, b"\0asm\x01\0\0\0").unwrap();
    let pipeline = dir.path().join("p.toml");
    fs::write(
        &pipeline,
        "[[stages]]\nname = \"x\"\nplugin = \"fake.wasm\"\n",
    )
    .unwrap();
    let result = finish(docflow().arg("validate").arg(&pipeline));
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains("p.toml:3:10: error: stage `x`:"),
        "{}",
        result.stderr
    );
    assert!(
        result
            .stderr
            .contains("fake.wasm is a core WebAssembly module, not a component"),
        "{}",
        result.stderr
    );
}

#[test]
fn a_plugin_built_for_an_incompatible_interface_is_refused_naming_both_versions() {
    let result = finish(docflow().args(["plugin", "inspect", test_plugins::FUTURE_PLUGIN_WASM]));
    assert_eq!(result.code, 2, "{}", result.stdout);
    assert!(
        result.stderr.contains("was built for docflow:plugin@0.2.0, which this docflow cannot run: it supports docflow:plugin@0.1.0"),
        "{}",
        result.stderr
    );
    let dir = tempfile::tempdir().unwrap();
    let pipeline = dir.path().join("p.toml");
    fs::write(
        &pipeline,
        format!(
            "[[stages]]\nname = \"new\"\nplugin = {:?}\n",
            test_plugins::FUTURE_PLUGIN_WASM
        ),
    )
    .unwrap();
    let validated = finish(docflow().arg("validate").arg(&pipeline));
    assert_eq!(validated.code, 2);
    assert!(
        validated
            .stderr
            .contains("p.toml:3:10: error: stage `new`:"),
        "{}",
        validated.stderr
    );
    assert!(
        validated.stderr.contains("built for docflow:plugin@0.2.0"),
        "{}",
        validated.stderr
    );
}

#[test]
fn a_component_of_another_world_is_refused_with_what_it_exports() {
    let result = finish(docflow().args(["plugin", "inspect", test_plugins::HELLO_CLI_WASM]));
    assert_eq!(result.code, 2, "{}", result.stdout);
    assert!(
        result.stderr.contains(
            "is a WebAssembly component but not a docflow plugin: it exports wasi:cli/run@"
        ),
        "{}",
        result.stderr
    );
    assert!(
        result.stderr.contains("register_plugin!"),
        "{}",
        result.stderr
    );
}

#[test]
fn a_plugin_gets_no_files_and_oversized_answers_cost_only_their_document() {
    let dir = tempfile::tempdir().unwrap();
    let pipeline = dir.path().join("limits.toml");
    fs::write(
        &pipeline,
        format!(
            "[[stages]]\nname = \"chaos\"\nplugin = {:?}\n\
             [stages.limits]\nmax_output_mb = 8\nmax_entities = 50000\n\
             [[stages]]\nname = \"export\"\nplugin = \"export-json\"\n",
            test_plugins::MISBEHAVE_WASM
        ),
    )
    .unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    for (name, text) in [
        ("a_file.txt", "OPEN-FILE please"),
        ("b_entities.txt", "MANY-ENTITIES please"),
        ("c_huge.txt", "HUGE-OUTPUT please"),
        ("d_ok.txt", "Tin bình thường."),
    ] {
        fs::write(input.join(name), text).unwrap();
    }
    let out = dir.path().join("out");
    let result = finish(
        docflow()
            .arg("run")
            .arg(&pipeline)
            .arg(&input)
            .arg("--out")
            .arg(&out)
            .args(["--jobs", "1"]),
    );
    assert_eq!(result.code, 1, "{}", result.stderr);
    let line = |name: &str| {
        result
            .stderr
            .lines()
            .find(|l| l.starts_with("failed:") && l.contains(name))
            .unwrap_or_else(|| panic!("{name} not listed in\n{}", result.stderr))
            .to_string()
    };
    let file = line("a_file.txt");
    assert!(
        file.contains("internal: cannot open /etc/hostname"),
        "no file system for plugins: {file}"
    );
    let entities = line("b_entities.txt");
    assert!(
        entities
            .contains("invalid-output: returned 1000000 entities, over the stage's limit of 50000"),
        "{entities}"
    );
    let huge = line("c_huge.txt");
    assert!(huge.contains("invalid-output: returned a 104857600-byte text, over the stage's 8388608-byte output limit"), "{huge}");
    assert_eq!(file_names(&out), ["d_ok.json", "failed"]);
}
