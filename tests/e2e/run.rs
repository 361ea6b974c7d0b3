//! `docflow run` on the default pipeline: the JSON contract, inputs in
//! every accepted encoding, and inputs that must fail.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::{Finished, articles, default_pipeline, docflow, file_names, finish, read_json};

/// Variants of fixture articles in the other accepted encodings.
fn encoded_variants() -> Vec<(String, Vec<u8>)> {
    let all = articles();
    let text = |i: usize| String::from_utf8(all[i].1.clone()).expect("fixtures are UTF-8");
    let crlf_bom = [
        b"\xEF\xBB\xBF".as_slice(),
        text(0).replace('\n', "\r\n").as_bytes(),
    ]
    .concat();
    let mut utf16le = vec![0xFF, 0xFE];
    for unit in text(1).encode_utf16() {
        utf16le.extend(unit.to_le_bytes());
    }
    let nfd: String = text(2).nfd().collect();
    assert_ne!(nfd, text(2), "the fixture has precomposed letters");
    vec![
        ("v_crlf_bom.txt".to_string(), crlf_bom),
        ("v_utf16le.txt".to_string(), utf16le),
        ("v_nfd.txt".to_string(), nfd.into_bytes()),
    ]
}

/// `docflow run` of the default pipeline on a folder, into `out`.
fn run_default(input: &Path, out: &Path) -> Finished {
    finish(
        docflow()
            .arg("run")
            .arg(default_pipeline())
            .arg(input)
            .arg("--out")
            .arg(out),
    )
}

#[test]
fn default_pipeline_writes_the_json_contract_for_every_article() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let out = dir.path().join("out");
    fs::create_dir(&input).unwrap();
    let mut inputs = articles();
    inputs.extend(encoded_variants());
    for (name, bytes) in &inputs {
        fs::write(input.join(name), bytes).unwrap();
    }

    let result = run_default(&input, &out);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains(&format!("{} documents, 0 failed", inputs.len())),
        "{}",
        result.stderr
    );

    for (name, bytes) in &inputs {
        let stem = name.trim_end_matches(".txt");
        let raw = fs::read_to_string(out.join(format!("{stem}.json"))).unwrap();
        let json: serde_json::Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(json["id"], hex::encode(Sha256::digest(bytes)), "{name}");
        assert_eq!(json["source_file"], name.as_str());
        let keys = [
            "id",
            "source_file",
            "metadata",
            "text",
            "entities",
            "provenance",
        ];
        assert_eq!(json.as_object().unwrap().len(), keys.len(), "{name}");
        let positions: Vec<usize> = keys
            .iter()
            .map(|k| raw.find(&format!("\n  \"{k}\":")).expect(k))
            .collect();
        assert!(
            positions.is_sorted(),
            "{name}: top-level keys out of contract order"
        );
        for key in ["title", "published", "author", "source"] {
            assert!(
                json["metadata"].get(key).is_some(),
                "{name}: metadata.{key} missing"
            );
        }
        assert!(
            !json["metadata"]["title"].as_str().unwrap_or("").is_empty(),
            "{name}: no title"
        );

        let text = json["text"].as_str().unwrap();
        assert!(
            !text.contains('\r') && !text.contains("\n\n\n") && !text.starts_with('\n'),
            "{name}"
        );
        assert!(
            !text.chars().any(|c| ('\u{300}'..='\u{323}').contains(&c)),
            "{name}: combining marks left"
        );

        let chars: Vec<char> = text.chars().collect();
        let entities = json["entities"].as_array().unwrap();
        assert!(!entities.is_empty(), "{name}: nothing tagged");
        for entity in entities {
            let (start, end) = (
                entity["start"].as_u64().unwrap() as usize,
                entity["end"].as_u64().unwrap() as usize,
            );
            let slice: String = chars[start..end].iter().collect();
            assert_eq!(
                slice,
                entity["text"].as_str().unwrap(),
                "{name}: offsets are code points"
            );
        }

        let stages: Vec<&str> = json["provenance"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["stage"].as_str().unwrap())
            .collect();
        assert_eq!(stages, ["clean", "tag"], "{name}");
        for step in json["provenance"].as_array().unwrap() {
            assert_eq!(step["sha256"].as_str().unwrap().len(), 64);
            assert_eq!(step["version"], "0.1.0");
        }
    }

    // Re-encoding changes the bytes (and so the id) but not the result.
    let original =
        read_json(&out.join(format!("{}.json", articles()[2].0.trim_end_matches(".txt"))));
    let from_nfd = read_json(&out.join("v_nfd.json"));
    assert_eq!(original["text"], from_nfd["text"]);
    assert_eq!(original["metadata"]["title"], from_nfd["metadata"]["title"]);
    let from_utf16 = read_json(&out.join("v_utf16le.json"));
    assert_eq!(from_utf16["metadata"]["encoding"], "utf-16le");
    assert_eq!(
        from_utf16["text"],
        read_json(&out.join(format!("{}.json", articles()[1].0.trim_end_matches(".txt"))))["text"]
    );
}

#[test]
fn without_inputs_run_reads_the_pipeline_input_folder_relative_to_the_working_directory() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("inbox")).unwrap();
    let (name, bytes) = &articles()[3];
    fs::write(dir.path().join("inbox").join(name), bytes).unwrap();
    fs::write(dir.path().join("inbox").join(".hidden.txt"), b"ignored").unwrap();
    fs::write(dir.path().join("inbox").join("draft.txt.part"), b"ignored").unwrap();

    let result = finish(
        docflow()
            .current_dir(dir.path())
            .arg("run")
            .arg(default_pipeline()),
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert_eq!(
        file_names(&dir.path().join("outputs")),
        [name.replace(".txt", ".json"), "docflow.sqlite".to_string()]
    );
}

#[test]
fn undecodable_and_empty_inputs_fail_with_reasons_while_others_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let out = dir.path().join("out");
    fs::create_dir(&input).unwrap();
    let (good_name, good) = &articles()[0];
    fs::write(input.join(good_name), good).unwrap();
    fs::write(input.join("empty.txt"), b"").unwrap();
    fs::write(input.join("latin.txt"), b"Tin m\xE1i\nH\xE0 N\xF4i").unwrap();
    fs::write(input.join("binary.txt"), b"MZ\x00\x01\x02").unwrap();

    let result = run_default(&input, &out);
    assert_eq!(result.code, 1, "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("empty.txt: decode: invalid-input: the file is empty"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("latin.txt: decode: invalid-input: not valid UTF-8: byte 0xE1 at offset 5 (line 1, column 6)"), "{}", result.stderr);
    assert!(
        result
            .stderr
            .contains("binary.txt: decode: invalid-input: binary data"),
        "{}",
        result.stderr
    );
    assert_eq!(
        file_names(&out),
        [
            good_name.replace(".txt", ".json"),
            "docflow.sqlite".to_string(),
            "failed".to_string()
        ]
    );

    let failed = out.join("failed");
    assert_eq!(
        file_names(&failed),
        [
            "binary.txt",
            "binary.txt.error.json",
            "empty.txt",
            "empty.txt.error.json",
            "latin.txt",
            "latin.txt.error.json"
        ]
    );
    assert_eq!(
        fs::read(failed.join("latin.txt")).unwrap(),
        b"Tin m\xE1i\nH\xE0 N\xF4i",
        "original bytes kept"
    );
    let report = read_json(&failed.join("latin.txt.error.json"));
    assert_eq!(report["stage"], "decode");
    assert_eq!(report["kind"], "invalid-input");
    assert_eq!(report["pipeline"], "default");
    assert_eq!(report["file"], "latin.txt");
}

#[test]
fn inputs_that_would_share_an_output_file_fail_instead_of_overwriting_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let (input, out) = (dir.path().join("in"), dir.path().join("out"));
    fs::create_dir(&input).unwrap();
    // `bao-cao.txt` and `bao-cao.md` both become `bao-cao.json`.
    let article = |title: &str, crop: &str| {
        format!(
            "{title}\n\nSản lượng {crop} của hợp tác xã năm nay tăng hơn năm ngoái, \
             nhờ thời tiết thuận lợi và giống mới được đưa vào trồng thử trên nhiều cánh đồng."
        )
    };
    fs::write(input.join("bao-cao.txt"), article("Báo cáo quý", "lúa")).unwrap();
    fs::write(input.join("bao-cao.md"), article("Báo cáo năm", "cà phê")).unwrap();
    fs::write(
        input.join("khac.txt"),
        article("Chè vùng cao được mùa", "chè"),
    )
    .unwrap();
    // Twice: files a previous run wrote are replaced, not taken for collisions.
    for round in 0..2 {
        let result = run_default(&input, &out);
        assert_eq!(result.code, 1, "round {round}: {}", result.stderr);
        let failed: Vec<&str> = result
            .stderr
            .lines()
            .filter(|l| l.starts_with("failed:"))
            .collect();
        assert_eq!(failed.len(), 1, "round {round}: {}", result.stderr);
        assert!(
            failed[0].contains("name-collision") && failed[0].contains("bao-cao.json"),
            "{}",
            failed[0]
        );
        let kept = read_json(&out.join("bao-cao.json"));
        let winner = kept["source_file"].as_str().unwrap();
        let loser = if winner == "bao-cao.txt" {
            "bao-cao.md"
        } else {
            "bao-cao.txt"
        };
        assert!(
            failed[0].contains(loser),
            "the file written belongs to the input that did not fail: {}",
            failed[0]
        );
        let kept_failed = file_names(&out.join("failed"));
        assert!(
            kept_failed.contains(&loser.to_string())
                && kept_failed.contains(&format!("{loser}.error.json")),
            "the losing input and its report are kept: {kept_failed:?}"
        );
        assert!(out.join("khac.json").is_file(), "{}", result.stderr);
    }
}

#[test]
fn perf_map_names_the_plugins_functions_for_a_profiler() {
    let dir = tempfile::tempdir().unwrap();
    let (name, bytes) = articles().remove(0);
    let input = dir.path().join(name);
    fs::write(&input, bytes).unwrap();
    let child = docflow()
        .env("DOCFLOW_PERF_MAP", "1")
        .arg("run")
        .arg(default_pipeline())
        .arg(&input)
        .arg("--out")
        .arg(dir.path().join("out"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run docflow");
    let map = std::path::PathBuf::from(format!("/tmp/perf-{}.map", child.id()));
    let status = child.wait_with_output().expect("wait for docflow").status;
    assert!(status.success(), "docflow run failed: {status}");
    let text = fs::read_to_string(&map)
        .unwrap_or_else(|err| panic!("no perf map at {}: {err}", map.display()));
    fs::remove_file(&map).ok();
    // the cleaner's and the tagger's own functions, by their Rust names
    for plugin in ["5clean", "3tag"] {
        assert!(
            text.lines().any(|line| line.contains(plugin)),
            "no {plugin} function in {}",
            map.display()
        );
    }
}
