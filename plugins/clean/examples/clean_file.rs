//! Prints what the cleaner makes of text files, with every removed line and
//! its reason: `cargo run -p clean --example clean_file -- FILE...`.
//! With `--bench` first, measures throughput instead (run with `--release`;
//! `CLEAN_BENCH_BYTES` sets the amount cleaned, default 50 MB);
//! with `--json` first, prints the result as the gold corpus's JSON; with
//! `--reasons` first, counts the removed lines by reason over all files. The
//! config comes from `$CLEAN_CONFIG` (JSON, default `{}`).

use clean::Clean;
use docflow_sdk::Plugin;

fn main() {
    let config = std::env::var("CLEAN_CONFIG").unwrap_or_else(|_| "{}".to_string());
    let cleaner = Clean::new(serde_json::from_str(&config).expect("config")).expect("plugin");
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--bench") {
        args.remove(0);
        let texts: Vec<String> = args
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        // `CLEAN_BENCH_BYTES` sets how much text to clean in all (default
        // 50 MB); a small figure suits `valgrind --tool=callgrind`.
        let total: usize = std::env::var("CLEAN_BENCH_BYTES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(50_000_000);
        let rounds = (total / bytes.max(1)).max(1);
        let start = std::time::Instant::now();
        let mut kept = 0;
        for _ in 0..rounds {
            for text in &texts {
                kept += cleaner.clean_text(text).body.len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        let mb = (bytes * rounds) as f64 / 1e6;
        println!(
            "{mb:.1} MB in {secs:.2} s: {:.1} MB/s ({kept} paragraphs)",
            mb / secs
        );
        return;
    }
    if args.first().is_some_and(|a| a == "--reasons") {
        // How many lines were removed, by reason, over all the files.
        args.remove(0);
        let mut counts = std::collections::BTreeMap::new();
        let (mut lines, mut files) = (0, 0);
        for path in &args {
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            files += 1;
            lines += text.lines().filter(|l| !l.trim().is_empty()).count();
            for (_, reason) in cleaner.clean_text(&text).removed {
                *counts.entry(reason).or_insert(0) += 1;
            }
        }
        println!("{files} files, {lines} non-empty lines");
        for (reason, count) in counts {
            println!("{count:>7}  {reason}");
        }
        return;
    }
    let json = args.first().is_some_and(|a| a == "--json");
    if json {
        args.remove(0);
    }
    for path in args {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                eprintln!("{path}: {err}");
                continue;
            }
        };
        let out = cleaner.clean_text(&text);
        if json {
            let value = serde_json::json!({
                "title": out.title, "published": out.published, "author": out.author,
                "source": out.source, "body": out.body,
            });
            println!("{}", serde_json::to_string_pretty(&value).expect("json"));
            continue;
        }
        println!("=== {path}");
        println!("title:     {:?}", out.title);
        println!("published: {:?}", out.published);
        println!("author:    {:?}", out.author);
        println!("source:    {:?}", out.source);
        for p in &out.body {
            println!("  BODY  {}", p.chars().take(100).collect::<String>());
        }
        for (line, reason) in &out.removed {
            println!(
                "  -{reason:<18} {}",
                line.chars().take(80).collect::<String>()
            );
        }
    }
}
