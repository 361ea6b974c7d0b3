//! Each evil plugin behaviour and each bad input, alone: what `docflow run`
//! reports and how long it takes to get there (process start included).
//! Run with `cargo bench -p docflow --bench evil`.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

#[allow(dead_code)] // the bench uses one of the test plugins
mod test_plugins {
    include!(concat!(env!("OUT_DIR"), "/test_plugins.rs"));
}

fn main() {
    let work = tempfile::tempdir().unwrap();
    let cache = work.path().join("cache");
    let pipeline = work.path().join("evil.toml");
    fs::write(
        &pipeline,
        format!(
            "name = \"evil\"\nmax_input_mb = 64\n\
             [[stages]]\nname = \"clean\"\nplugin = \"clean\"\n\
             [[stages]]\nname = \"chaos\"\nplugin = {:?}\n\
             [stages.limits]\ntimeout_ms = 1000\nmemory_mb = 64\nmax_output_mb = 64\n\
             [[stages]]\nname = \"export\"\nplugin = \"export-json\"\n",
            test_plugins::MISBEHAVE_WASM
        ),
    )
    .unwrap();
    let article = |marker: &str| -> Vec<u8> {
        format!("Tiêu đề bài thử\nĐoàn công tác ghi nhận {marker} trong buổi làm việc sáng nay.\n")
            .into_bytes()
    };
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Tiêu đề\nMột bài viết ngắn bằng UTF-16.".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("plugin: endless loop", article("LOOP-FOREVER")),
        ("plugin: hoards memory", article("EAT-MEMORY")),
        ("plugin: one 2 GiB allocation", article("ALLOC-HUGE")),
        ("plugin: traps (panic)", article("TRAP-ME")),
        ("plugin: 100 MB of text back", article("HUGE-OUTPUT")),
        ("plugin: invalid span", article("BAD-SPAN")),
        ("plugin: 1,000,000 entities", article("MANY-ENTITIES")),
        ("plugin: opens a host file", article("OPEN-FILE")),
        ("plugin: refuses (invalid-input)", article("SAY-NO")),
        ("input: empty file", Vec::new()),
        ("input: whitespace only", b"  \n\t \n".to_vec()),
        (
            "input: binary with NUL bytes",
            b"MZ\x00\x01\x02\x03".to_vec(),
        ),
        ("input: invalid UTF-8", b"Tin m\xE1i\nH\xE0 N\xF4i".to_vec()),
        ("input: UTF-16 LE with BOM", utf16),
        (
            "input: 65 MB (over max_input_mb = 64)",
            vec![b'a'; 65 << 20],
        ),
    ];
    // Compile the plugins once, as a warm service would have them.
    run(
        &pipeline,
        &cache,
        work.path(),
        "warm.txt",
        &article("nothing"),
    );

    println!("\n| case | exit | outcome | time to outcome |");
    println!("| --- | --- | --- | --- |");
    for (case, bytes) in &cases {
        let started = Instant::now();
        let (code, stderr) = run(&pipeline, &cache, work.path(), "case.txt", bytes);
        let elapsed = started.elapsed();
        let outcome = stderr
            .lines()
            .find(|l| l.starts_with("failed:"))
            .map(|l| l.split_once(": ").map_or(l, |(_, rest)| rest))
            .map(|l| l.split_once(": ").map_or(l, |(_, rest)| rest).to_string())
            .unwrap_or_else(|| "processed".to_string());
        let outcome: String = outcome.chars().take(110).collect();
        println!(
            "| {case} | {code} | {} | {:.0} ms |",
            outcome.replace('|', "\\|"),
            elapsed.as_secs_f64() * 1000.0
        );
    }
}

fn run(pipeline: &Path, cache: &Path, dir: &Path, name: &str, bytes: &[u8]) -> (i32, String) {
    let input = dir.join("in");
    let _ = fs::remove_dir_all(&input);
    fs::create_dir_all(&input).unwrap();
    fs::write(input.join(name), bytes).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_docflow"))
        .env("DOCFLOW_CACHE_DIR", cache)
        .arg("run")
        .arg(pipeline)
        .arg(&input)
        .arg("--out")
        .arg(dir.join("out"))
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
