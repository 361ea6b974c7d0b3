//! Soak: many documents dropped into a running `docflow watch`, 1% of them
//! evil (they make the test plugin trap, loop, hoard memory, return bad
//! spans or a million entities, or refuse). Every input must come out
//! exactly once — as an output or in `failed/` — and the service's memory
//! must stay flat. Run with `cargo bench -p docflow --bench soak`
//! (`DOCFLOW_SOAK_DOCS=10000` for a shorter run).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[allow(dead_code)] // the soak uses one of the test plugins
mod test_plugins {
    include!(concat!(env!("OUT_DIR"), "/test_plugins.rs"));
}

/// What makes the misbehaving plugin misbehave, in turn.
const EVIL: &[&str] = &[
    "TRAP-ME",
    "BAD-SPAN",
    "LOOP-FOREVER",
    "EAT-MEMORY",
    "SAY-NO",
    "ALLOC-HUGE",
    "MANY-ENTITIES",
];
/// Inputs waiting in the inbox before the feeder pauses, like a producer
/// that is faster than the service but not unbounded.
const MAX_WAITING: usize = 2_000;

fn main() {
    let total: usize = std::env::var("DOCFLOW_SOAK_DOCS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let bodies: Vec<String> = fs::read_dir(root.join("tests/fixtures/articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| String::from_utf8(fs::read(p).ok()?).ok())
        .collect();
    let work = tempfile::tempdir().unwrap();
    let (inbox, out, failed) = (
        work.path().join("inbox"),
        work.path().join("out"),
        work.path().join("failed"),
    );
    let pipeline = work.path().join("soak.toml");
    fs::write(
        &pipeline,
        format!(
            "name = \"soak\"\ninput = {inbox:?}\nfailed = {failed:?}\n\
             [watch]\ndelete_processed = true\nsettle_ms = 200\n\
             [[stages]]\nname = \"clean\"\nplugin = \"clean\"\n\
             [[stages]]\nname = \"chaos\"\nplugin = {:?}\n\
             [stages.limits]\ntimeout_ms = 300\nmemory_mb = 64\n\
             [[stages]]\nname = \"export\"\nplugin = \"export-json\"\n\
             [[outputs]]\ntype = \"folder\"\npath = {out:?}\n",
            test_plugins::MISBEHAVE_WASM
        ),
    )
    .unwrap();
    fs::create_dir_all(&inbox).unwrap();
    let staging = work.path().join("staging");
    fs::create_dir_all(&staging).unwrap();

    let log = fs::File::create(work.path().join("watch.log")).unwrap();
    let mut service = Command::new(env!("CARGO_BIN_EXE_docflow"))
        .env("DOCFLOW_CACHE_DIR", work.path().join("cache"))
        .args(["watch", "--jobs", "2"])
        .arg(&pipeline)
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    let pid = service.id();
    let started = Instant::now();
    let mut evil = 0;
    let mut peak_rss = 0u64;
    let mut rss_at_tenth = None;
    let mut next = 0;
    let mut last_count = Instant::now();
    let mut done = 0;
    while done < total {
        let waiting = fs::read_dir(&inbox).map(|d| d.count()).unwrap_or(0);
        if waiting < MAX_WAITING {
            for _ in 0..500.min(total - next) {
                let body = &bodies[next % bodies.len()];
                let marker = if next % 100 == 99 {
                    evil += 1;
                    EVIL[(next / 100) % EVIL.len()]
                } else {
                    "tin"
                };
                let text = with_sentence(
                    body,
                    &format!("Đoàn công tác ghi nhận mã {marker} số {next}."),
                );
                // Written elsewhere, then renamed in: how producers drop files.
                let name = format!("doc-{next:06}.txt");
                fs::write(staging.join(&name), text).unwrap();
                fs::rename(staging.join(&name), inbox.join(&name)).unwrap();
                next += 1;
            }
        }
        peak_rss = peak_rss.max(rss_kib(pid));
        if last_count.elapsed() >= Duration::from_secs(2) {
            done = count(&out, ".json") + count(&failed, ".error.json");
            if rss_at_tenth.is_none() && done >= total / 10 {
                rss_at_tenth = Some(peak_rss);
            }
            last_count = Instant::now();
        } else {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(
            started.elapsed() < Duration::from_secs(3600),
            "the soak run took over an hour"
        );
    }
    let elapsed = started.elapsed();
    let high_water = hwm_kib(pid);
    terminate(pid);
    let status = service.wait().unwrap();

    let outputs = count(&out, ".json");
    let quarantined = count(&failed, ".error.json");
    let left_in_inbox = fs::read_dir(&inbox)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| !e.file_name().to_string_lossy().starts_with('.'))
        })
        .count();
    let lost = total as i64 - outputs as i64 - quarantined as i64;
    println!("\nSoak: {total} documents through `docflow watch --jobs 2`, 1% evil\n");
    println!(
        "| documents | evil | outputs | quarantined | lost | left in inbox | time | docs/s | peak RSS at 10% | peak RSS | exit |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    println!(
        "| {total} | {evil} | {outputs} | {quarantined} | {lost} | {left_in_inbox} | {:.0} s | {:.0} | {:.0} MB | {:.0} MB | {} |",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        rss_at_tenth.unwrap_or(0) as f64 / 1024.0,
        high_water.max(peak_rss) as f64 / 1024.0,
        status
            .code()
            .map_or("signal".to_string(), |c| c.to_string())
    );
    assert_eq!(lost, 0, "inputs lost");
    assert_eq!(quarantined, evil, "exactly the evil documents fail");
}

/// `body` with `sentence` added to its longest line: inside a paragraph,
/// where the cleaner keeps it (a line of its own could be taken for noise).
fn with_sentence(body: &str, sentence: &str) -> String {
    let longest = body
        .lines()
        .enumerate()
        .max_by_key(|(_, line)| line.len())
        .map_or(0, |(i, _)| i);
    body.lines()
        .enumerate()
        .map(|(i, line)| {
            if i == longest {
                format!("{line} {sentence}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect()
}

fn count(dir: &PathBuf, suffix: &str) -> usize {
    fs::read_dir(dir)
        .map(|d| {
            d.filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(suffix))
            })
            .count()
        })
        .unwrap_or(0)
}

fn status_field_kib(pid: u32, field: &str) -> u64 {
    fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn rss_kib(pid: u32) -> u64 {
    status_field_kib(pid, "VmRSS:")
}

fn hwm_kib(pid: u32) -> u64 {
    status_field_kib(pid, "VmHWM:")
}

/// SIGTERM: the service finishes what it claimed and exits.
fn terminate(pid: u32) {
    let _ = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
}
