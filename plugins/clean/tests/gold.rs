//! Quality gate: the cleaner against the hand-labelled gold corpus in
//! tests/fixtures/cleaning (raw/*.txt and expected/*.json).
//!
//! Body: paragraph precision/recall/F1 (exact match after trimming and
//! folding runs of whitespace, which the cleaner normalises by design) and
//! the number of gold body paragraphs lost. Metadata: per-field accuracy.
//! `cargo test -p clean --test gold -- --nocapture` prints the table.
//!
//! `cargo test -p clean --test gold -- --ignored --nocapture` also scores
//! labels kept outside the repository: for every `<stem>.txt` in
//! `$CLEAN_SEEDS` (default `../shared/seeds` from the workspace) with a
//! `<stem>.json` in `$CLEAN_SEED_LABELS` (default `/tmp/seed-labels`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use clean::Clean;
use docflow_sdk::Plugin;
use serde_json::Value;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    lost: usize,
    docs: usize,
    fields: [usize; 4],
}

const FIELDS: [&str; 4] = ["title", "published", "author", "source"];

impl Score {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn accuracy(&self, field: usize) -> f64 {
        self.fields[field] as f64 / self.docs.max(1) as f64
    }
}

fn score_corpus(pairs: &[(PathBuf, PathBuf)]) -> Score {
    let cleaner = Clean::new(serde_json::from_str("{}").unwrap()).unwrap();
    let mut total = Score::default();
    println!(
        "{:<40} {:>4} {:>4} {:>4} {:>4}  title published author source",
        "file", "tp", "fp", "fn", "lost"
    );
    for (raw, expected) in pairs {
        let text = std::fs::read_to_string(raw).unwrap();
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(expected).unwrap()).unwrap();
        let got = cleaner.clean_text(&text);
        let gold_body: Vec<String> = gold["body"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| fold(p.as_str().unwrap()))
            .collect();
        let got_body: Vec<String> = got.body.iter().map(|p| fold(p)).collect();
        let gold_set: HashSet<&String> = gold_body.iter().collect();
        let got_set: HashSet<&String> = got_body.iter().collect();
        let tp = got_body.iter().filter(|p| gold_set.contains(p)).count();
        let fp = got_body.len() - tp;
        let fn_ = gold_body.iter().filter(|p| !got_set.contains(p)).count();
        let got_fields = [&got.title, &got.published, &got.author, &got.source];
        let mut marks = Vec::new();
        for (k, field) in FIELDS.iter().enumerate() {
            let want = gold[field].as_str().map(fold);
            let have = got_fields[k].as_deref().map(fold);
            let ok = want == have;
            if ok {
                total.fields[k] += 1;
            } else {
                println!("    {field}: want {want:?}, got {have:?}");
            }
            marks.push(if ok { "ok" } else { "--" });
        }
        for p in got_body.iter().filter(|p| !gold_set.contains(p)) {
            println!("    extra: {}", p.chars().take(90).collect::<String>());
        }
        for p in gold_body.iter().filter(|p| !got_set.contains(p)) {
            println!("    lost:  {}", p.chars().take(90).collect::<String>());
        }
        let name = raw.file_stem().unwrap().to_string_lossy();
        println!(
            "{:<40} {:>4} {:>4} {:>4} {:>4}  {:<5} {:<9} {:<6} {}",
            name.chars().take(40).collect::<String>(),
            tp,
            fp,
            fn_,
            fn_,
            marks[0],
            marks[1],
            marks[2],
            marks[3]
        );
        total.tp += tp;
        total.fp += fp;
        total.fn_ += fn_;
        total.lost += fn_;
        total.docs += 1;
    }
    println!(
        "\nbody: P {:.3}  R {:.3}  F1 {:.3}  paragraphs lost {}",
        total.precision(),
        total.recall(),
        total.f1(),
        total.lost
    );
    for (k, field) in FIELDS.iter().enumerate() {
        println!(
            "{field:<10} {}/{} = {:.3}",
            total.fields[k],
            total.docs,
            total.accuracy(k)
        );
    }
    total
}

/// Nothing lost, body F1 and each metadata field (title, published,
/// author, source) at least their floors.
fn assert_floors(score: &Score, f1: f64, fields: [f64; 4]) {
    assert_floors_losing(score, 0, f1, fields);
}

/// For a set scored once with body lines lost: the floor holds what it
/// scored until a round wins the lines back and moves it to `assert_floors`.
fn assert_floors_losing(score: &Score, lost: usize, f1: f64, fields: [f64; 4]) {
    assert!(score.lost <= lost, "{} body paragraphs lost", score.lost);
    assert!(score.f1() >= f1, "body F1 {:.3} fell", score.f1());
    for (k, floor) in fields.into_iter().enumerate() {
        assert!(
            score.accuracy(k) >= floor,
            "{} accuracy {:.3} fell",
            FIELDS[k],
            score.accuracy(k)
        );
    }
}

/// Every set's `check.py` still holds what its README promises about its
/// files (formats, labels, no seed text), so a fixture edited by hand cannot
/// drift from its description. Needs `python3`; without it the test says so
/// and passes.
#[test]
fn every_fixture_set_keeps_its_readme_promises() {
    let fixtures = workspace().join("tests/fixtures");
    if std::process::Command::new("python3")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("python3 not found: the fixture sets' check.py were not run");
        return;
    }
    let mut sets: Vec<_> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|dir| dir.join("check.py").is_file())
        .collect();
    sets.sort();
    assert!(sets.len() >= 25, "fixture sets with a check.py missing");
    let failures: Vec<String> = sets
        .iter()
        .filter_map(|dir| {
            let out = std::process::Command::new("python3")
                .arg("check.py")
                .current_dir(dir)
                .output()
                .unwrap();
            let said = String::from_utf8_lossy(&out.stdout);
            (!out.status.success() || !said.contains("ALL CHECKS PASSED")).then(|| {
                format!(
                    "{}:\n{}{}",
                    dir.display(),
                    said,
                    String::from_utf8_lossy(&out.stderr)
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn gold_pairs() -> Vec<(PathBuf, PathBuf)> {
    corpus_pairs("tests/fixtures/cleaning")
}

/// (raw, expected) files of a corpus folder under the workspace.
fn corpus_pairs(folder: &str) -> Vec<(PathBuf, PathBuf)> {
    let dir = workspace().join(folder);
    let mut pairs: Vec<_> = std::fs::read_dir(dir.join("raw"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|raw| {
            let stem = raw.file_stem().unwrap().to_string_lossy().to_string();
            (raw, dir.join("expected").join(format!("{stem}.json")))
        })
        .collect();
    pairs.sort();
    pairs
}

#[test]
fn gold_corpus_quality_gate() {
    let pairs = gold_pairs();
    assert!(pairs.len() >= 22, "gold corpus missing");
    let score = score_corpus(&pairs);
    // The rules were developed with it: every figure is 1.000 and must stay.
    assert_floors(&score, 1.0, [1.0; 4]);
}

#[test]
#[ignore = "needs seed articles and labels kept outside the repository"]
fn seed_figures() {
    let seeds = std::env::var_os("CLEAN_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("../shared/seeds"));
    let labels = std::env::var_os("CLEAN_SEED_LABELS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/seed-labels"));
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        println!("no seeds at {}", seeds.display());
        return;
    };
    let mut pairs: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|raw| {
            let stem = raw.file_stem()?.to_string_lossy().to_string();
            let label = labels.join(format!("{stem}.json"));
            label.exists().then_some((raw, label))
        })
        .collect();
    pairs.sort();
    if pairs.is_empty() {
        println!("no seed labels in {}", labels.display());
        return;
    }
    score_corpus(&pairs);
}

#[test]
fn plugin_interface_gives_the_same_result() {
    let (raw, _) = &gold_pairs()[0];
    let text = std::fs::read_to_string(raw).unwrap();
    let mut plugin = Clean::new(serde_json::from_str("{}").unwrap()).unwrap();
    let direct = plugin.clean_text(&text);
    let doc = plugin
        .process(docflow_sdk::Document::new("a.txt", text.clone()))
        .unwrap()
        .document
        .unwrap();
    assert_eq!(doc.text, direct.body.join("\n\n"));
    assert_eq!(doc.metadata.get_str("title"), direct.title.as_deref());
}

/// Articles from eight more templates, written without looking at the
/// cleaner's code (tests/fixtures/cleaning-heldout): the blind measure.
/// Once a set has taught the rules, its floors are its figures, 1.0: any
/// regression on a development set fails (0.99 once hid a lost line).
#[test]
fn held_out_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-heldout");
    assert!(pairs.len() >= 8, "held-out corpus missing");
    let score = score_corpus(&pairs);
    // Measured when added (2026-11-22): F1 0.777 (P 0.635, R 1.000), title
    // 0.625, published 0.750, author 0.375, source 0.750. After the rules
    // were generalised from these misses (categories, not strings), every
    // figure is 1.000: the set is no longer blind, so it is a regression
    // floor only; a fresh blind set measures generalisation.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A second blind set (tests/fixtures/cleaning-blind): ten articles from
/// ten more templates, written by someone who read neither the cleaner nor
/// the first held-out set's misses, added after the rules were generalised
/// and scored once as they are. Its misses then taught the rules new
/// categories (by family, not by string) on 2026-11-23: it is a
/// development set since, and a fresh blind set measures generalisation.
#[test]
fn second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind");
    assert!(pairs.len() >= 10, "second blind corpus missing");
    let score = score_corpus(&pairs);
    // Measured when added (2026-11-22, cleaner at the `cleaner` merge):
    // body P 0.654, R 1.000, F1 0.790, no paragraph lost; title 1.0,
    // published 0.9, author 0.3, source 0.9. After the `cleaner2` rules
    // (2026-11-23): every figure 1.000. Floors at 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A third blind set (tests/fixtures/cleaning-blind3): ten articles from
/// ten more imagined sites, written by a helper who read neither the
/// cleaner nor the other sets' misses, scored once as they came. Its misses
/// then taught the `cleaner3` rules categories (2026-11-23): a development
/// set since, no longer blind.
#[test]
fn third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind3");
    assert!(pairs.len() >= 10, "third blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner2` merge):
    // body P 0.800, R 1.000, F1 0.889, no paragraph lost; title 0.8,
    // published 0.9, author 0.4, source 1.0. After the `cleaner3` rules
    // (2026-11-23): every figure 1.000. Floors at 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A fourth blind set (tests/fixtures/cleaning-blind4): ten articles from
/// ten more imagined sites, written by a helper who read neither the
/// cleaner nor the other sets' misses, scored once as they came. Its misses
/// then taught the `cleaner4` rules categories (2026-11-23): a development
/// set since, no longer blind.
#[test]
fn fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind4");
    assert!(pairs.len() >= 10, "fourth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner3` merge):
    // body P 0.867, R 1.000, F1 0.929, no paragraph lost; title 1.0,
    // published 0.8, author 0.5, source 0.9. After `cleaner4` (its misses
    // fixed by category): 1.000 / 1.000 / 1.000, 0 lost, every field 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A fifth blind set (tests/fixtures/cleaning-blind5): ten articles from
/// ten more imagined sites, written by a helper who read neither the
/// cleaner nor the other sets' misses, scored once as they came. Its misses
/// then taught the `cleaner5` rules categories (2026-11-23): a development
/// set since, no longer blind.
#[test]
fn fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind5");
    assert!(pairs.len() >= 10, "fifth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner4` merge):
    // body P 0.782, R 0.989, F1 0.873, one paragraph lost; title 0.6,
    // published 0.8, author 0.5, source 0.8. The lost paragraph was a Khmer
    // name whose tone the tone fixer "corrected" (`Néang` → `Neáng`); vowel
    // groups Vietnamese does not have are now left as written, which gave
    // P 0.790, R 1.000, F1 0.883, nothing lost. After `cleaner5` (its misses
    // fixed by category): 1.000 / 1.000 / 1.000, 0 lost, every field 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A sixth blind set (tests/fixtures/cleaning-blind6): ten articles from
/// ten more imagined sites, written by a helper who read neither the
/// cleaner nor the other sets' misses, scored once as they came. Its misses
/// then taught the `cleaner6` rules categories (2026-11-23): a development
/// set since, no longer blind.
#[test]
fn sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind6");
    assert!(pairs.len() >= 10, "sixth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner5` merge):
    // body P 0.848, R 0.991, F1 0.914, one paragraph lost; title 0.9,
    // published 0.7, author 0.5, source 1.0. The lost paragraph was a list's
    // lead-in ending in a colon that named a date ("… 10 tháng năm 2024 ở
    // Hàm Yên:"), taken for a date stamp; a line ending in a colon is now
    // never a date stamp, which gave P 0.850, R 1.000, F1 0.919, nothing
    // lost and the same fields. After `cleaner6` (its misses fixed by
    // category): P 1.000, R 1.000, F1 1.000, every field 10/10. Floors just
    // below those figures.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A seventh blind set (tests/fixtures/cleaning-blind7): ten articles from
/// ten more imagined sites, written by a helper who read neither the
/// cleaner nor the other sets' misses, scored once as they came. Its misses
/// then taught the `cleaner7` rules categories (2026-11-23): a development
/// set since, no longer blind.
#[test]
fn seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind7");
    assert!(pairs.len() >= 10, "seventh blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner6` merge):
    // body P 0.873, R 1.000, F1 0.932, no paragraph lost; title 1.0,
    // published 0.9, author 0.4, source 1.0. After `cleaner7` (its misses
    // fixed by category, authors by a byline's shape): P 1.000, R 1.000,
    // F1 1.000, every field 10/10. Floors at 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// An eighth blind set (tests/fixtures/cleaning-blind8): ten articles from
/// ten more imagined sites, written by a helper who read neither the
/// cleaner nor the other sets' misses, scored once as they came. Its misses
/// then taught the `cleaner8` rules categories (2026-11-23): a development
/// set since, no longer blind.
#[test]
fn eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind8");
    assert!(pairs.len() >= 10, "eighth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored when added (2026-11-23), at two cleaners, nothing changed for
    // it: before `cleaner7` (6db4637) body P 0.890, R 1.000, F1 0.942, no
    // paragraph lost, title 1.0, published 1.0, author 0.5, source 1.0; at
    // the `cleaner7` merge (bylines read by shape) P 0.895, R 1.000, F1
    // 0.945, nothing lost, author 0.7, the rest 1.0. After `cleaner8` (its
    // misses fixed by category): P 1.000, R 1.000, F1 1.000, every field
    // 10/10. Floors at 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A ninth blind set (tests/fixtures/cleaning-blind9): ten articles from
/// ten more imagined sites, written by a helper who read neither the
/// cleaner nor the other sets' misses, scored once as they came. Its misses
/// then taught the `cleaner9` rules categories (2026-11-23): a development
/// set since, no longer blind.
#[test]
fn ninth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind9");
    assert!(pairs.len() >= 10, "ninth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner8` merge
    // plus the real-article fixes: no headline, glued credits): body P
    // 0.940, R 1.000, F1 0.969, no paragraph lost; title 0.9, published 1.0,
    // author 0.9, source 1.0. After `cleaner9` (its misses fixed by
    // category): P 1.000, R 1.000, F1 1.000, every field 10/10. Floors just
    // below those figures.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A tenth blind set (tests/fixtures/cleaning-blind10): ten articles from
/// ten more imagined sites, three of them scraped without a headline,
/// written by a helper who read neither the cleaner nor the other sets'
/// misses, scored once as they came. Its misses then taught the `cleaner10`
/// rules categories (2026-11-23): a development set since, no longer blind.
#[test]
fn tenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind10");
    assert!(pairs.len() >= 10, "tenth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner9` merge):
    // body P 0.917, R 0.978, F1 0.947, three paragraphs lost; title 1.0,
    // published 0.9, author 0.7, source 0.9. The lost paragraphs were one
    // list whose items open with a small triangle (`▹ 8 biên bản …;`), read
    // as icons; `▹` and `▸` now open list items like `▪` and `•`, which gave
    // P 0.919, R 1.000, F1 0.958, nothing lost, the same fields. After
    // `cleaner10` (its misses fixed by category): P 1.000, R 1.000, F1
    // 1.000, every field 10/10. Floors at 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// An eleventh blind set (tests/fixtures/cleaning-blind11): ten articles
/// from ten more imagined sites, two of them scraped without a headline,
/// written by a helper who read neither the cleaner nor the other sets'
/// misses, scored once as they came. A development set since 2026-11-23
/// (round 11 fixed its misses by category).
#[test]
fn eleventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind11");
    assert!(pairs.len() >= 10, "eleventh blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner10`
    // merge): body P 0.973, R 0.980, F1 0.976, three paragraphs lost;
    // title 0.9, published 0.9, author 0.7, source 1.0. The lost paragraphs
    // were again one list whose items open with a mark (`❖ 5 vụ …;`), read
    // as icons: set 10's fix had named two bullets, not the category. Now
    // items with list punctuation under a paragraph's lead-in (`… gồm:`) are
    // the article's list whatever their mark, which gave P 0.974, R 1.000,
    // F1 0.987, nothing lost, the same fields. Round 11 fixed the rest by
    // category (a menu laid with an unusual glyph, a player naming its clip,
    // titled writers with their office after the last dash, a unit `Đội …`
    // as an office): P 1.000, R 1.000, F1 1.000, every field 1.0. Floors at
    // those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A twelfth blind set (tests/fixtures/cleaning-blind12): ten articles
/// from ten more imagined sites, two of them scraped without a headline,
/// written by a helper who read neither the cleaner nor the other sets'
/// misses, scored once as they came. A development set since 2026-11-23
/// (round 12 fixed its misses by category).
#[test]
fn twelfth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind12");
    assert!(pairs.len() >= 10, "twelfth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner11`
    // merge): body P 0.960, R 0.986, F1 0.973, two paragraphs lost; title,
    // published, author and source 1.0. The lost paragraphs were the last
    // two items of a `▪` list of facts under a lead-in (`▪ Năng suất bình
    // quân: …`, `▪ Dự kiến hoàn thành: 20/10/2024`): the dated item was read
    // as the byline of a teaser above it, then as a date stamp. Fixed as a
    // category: a bulleted line is never a teaser's byline nor a stamp when
    // it continues a kept list, and facts (`label: value`) under a lead-in
    // are the list's items. That gave P 0.961, R 1.000, F1 0.980, nothing
    // lost, every field 1.0. Round 12 fixed the six lines of furniture left
    // by category (picture credits naming no person under their caption, a
    // picture viewer's label, a player's error after its key or with an
    // error code, a poll with its button on one line): P 1.000, R 1.000,
    // F1 1.000, every field 1.0. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A thirteenth blind set (tests/fixtures/cleaning-blind13): ten articles
/// from ten more imagined sites, two of them scraped without a headline,
/// written by a helper who read neither the cleaner nor the other sets'
/// misses, scored once as they came. A development set since 2026-11-23
/// (round 13 fixed its misses by category).
#[test]
fn thirteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind13");
    assert!(pairs.len() >= 10, "thirteenth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner12`
    // merge): body P 0.946, R 0.994, F1 0.969, one paragraph lost; title
    // 0.9, published 0.9, author 0.8, source 1.0. The lost paragraph was a
    // list's first item naming a deadline (`a) … xong trước ngày 30/9/2024;`),
    // taken for a date stamp; a line ending in a semicolon is now never a
    // byline or stamp, which gave P 0.946, R 1.000, F1 0.972, nothing lost,
    // the same fields. Round 13 fixed the rest by category (a hotline bar
    // closed by its number, which had hidden the headline; a listen control
    // with its duration behind a mark; a follow banner closed by its button;
    // a readers' feedback call without an address; a title before each of
    // several writers; an occupation after a strict credit key): P 1.000,
    // R 1.000, F1 1.000, every field 1.0. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A fourteenth blind set (tests/fixtures/cleaning-blind14): ten articles
/// from ten more imagined sites, two of them scraped without a headline,
/// written by a helper who read neither the cleaner nor the other sets'
/// misses, scored once as they came; a development set since 2026-11-23.
#[test]
fn fourteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind14");
    assert!(pairs.len() >= 10, "fourteenth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner13`
    // merge): body P 0.937, R 0.993, F1 0.964, one paragraph lost; title
    // 0.9, published 0.9, author 0.7, source 1.0. The lost paragraph was the
    // last item of an article's list ending in a count (`• bộ tranh … (62
    // lượt).`), taken for a view counter; a counter is now one of the looks
    // an article's list item is given back from, which gave P 0.937, R
    // 1.000, F1 0.968, nothing lost, the same fields. A development set
    // since 2026-11-23: round 14 fixed the rest by category (a tabbed menu
    // with a dashed item, which had been taken for the headline; an icon
    // strip of counters and a copy-link button; a job advert behind a
    // capitals label; a site's operating notice under a decision number,
    // which had given back the page's tail; two titles joined by a comma;
    // `Thầy giáo`/`Cô giáo` before a credited name): P 1.000, R 1.000,
    // F1 1.000, every field 1.0. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A fifteenth blind set (tests/fixtures/cleaning-blind15): ten articles
/// from ten more imagined sites, two of them scraped without a headline,
/// written by a helper who read neither the cleaner nor the other sets'
/// misses, scored once as they came.
#[test]
fn fifteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind15");
    assert!(pairs.len() >= 10, "fifteenth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner14`
    // merge): body P 0.971, R 0.971, F1 0.971, four paragraphs lost; title
    // 1.0, published 1.0, author 0.8, source 1.0. The lost paragraphs were
    // an article's `→` list under its lead-in, with a picture's credit
    // between the text and the lead-in: the credit, removed, hid the text
    // above, so the list was not given back. Now a credit or a player there
    // does not end the article, which gave P 0.972, R 1.000, F1 0.986,
    // nothing lost, the same fields. A development set since 2026-11-23
    // (round 15): an ad slot's offer that shouts, a bell's dated notice, an
    // icon counter, a retired officer's signature and pen names in
    // capitals in a dated byline, fixed as categories.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A sixteenth blind set (tests/fixtures/cleaning-blind16): ten articles
/// from ten more imagined sites, three of them scraped without a headline,
/// written by a helper who read neither the cleaner nor the other sets'
/// pages, scored once as they came.
#[test]
fn sixteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind16");
    assert!(pairs.len() >= 10, "sixteenth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner15`
    // merge): body P 0.961, R 0.993, F1 0.977, one paragraph lost; title
    // 1.0, published 0.8, author 0.7, source 1.0. The lost paragraph was the
    // article's last, telling readers which office to call (`Mọi thông tin
    // cần hỏi xin gọi …`), read as a newsroom's tip-off appeal. Now an
    // opening that names no reader is an appeal only with a verb of giving
    // or the newsroom: P 0.962, R 1.000, F1 0.980, nothing lost, the same
    // fields. A development set since 2026-11-23 (round 16): a player's
    // error with a retry hint or a numbered code, a date spaced around its
    // separators and one in a frame, a name over its office line, a name in
    // brackets, writers with their occupations on the date line, fixed as
    // categories.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A seventeenth blind set (tests/fixtures/cleaning-blind17), written at the
/// same time as the sixteenth by another helper who saw neither it nor the
/// cleaner, scored once as it came.
#[test]
fn seventeenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind17");
    assert!(pairs.len() >= 10, "seventeenth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner15`
    // merge): body P 0.948, R 0.993, F1 0.970, one paragraph lost; title
    // 0.9, published 1.0, author 0.6, source 1.0. The lost paragraph was the
    // article's last, giving an e-mail address and a phone number to sign up
    // (`… xin gửi thư về …`), read as a newsroom's letters box. Now mail to
    // an address is a letters box only when the line names the box, the
    // newsroom or its readers: P 0.949, R 1.000, F1 0.974, nothing lost,
    // the same fields. A development set since 2026-11-23 (round 16): a
    // menu laid with dashes after the home link, quote tickers, a discount
    // under an ad label, a firm's registration line, a player's error with a
    // code, a name over its office line, a name in brackets, the writer over
    // a translator, `Ghi chép của A, B và C`, fixed as categories.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// An eighteenth blind set (tests/fixtures/cleaning-blind18): ten articles
/// from ten more imagined sites, two of them scraped without a headline,
/// written by a helper who read neither the cleaner nor the other sets'
/// pages or misses, scored once as they came.
#[test]
fn eighteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind18");
    assert!(pairs.len() >= 10, "eighteenth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner16`
    // merge): body P 0.947, R 1.000, F1 0.973, nothing lost; title 1.0,
    // published 0.9, author 0.5, source 0.9. A development set since
    // round 17 (a general byline name reader; closing stamps with an hour
    // mark, a lead tag in square brackets, ads after their label, picture
    // credits and notes, disclaimers): 1.0 everywhere, nothing lost.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A nineteenth blind set (tests/fixtures/cleaning-blind19), written at the
/// same time as the eighteenth by another helper who saw neither it nor the
/// cleaner, scored once as it came.
#[test]
fn nineteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind19");
    assert!(pairs.len() >= 10, "nineteenth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner16`
    // merge): body P 0.865, R 1.000, F1 0.927, nothing lost (readers'
    // comments under four articles kept); title 0.9, published 0.9, author
    // 0.6, source 0.9. A development set since round 17 (a general byline
    // name reader; readers' comments as a block, a search box, a closing
    // stamp with an hour mark, a lead tag in square brackets, a quote row, a
    // box heading over teasers, hashtags, disclaimers): 1.0 everywhere,
    // nothing lost.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A twentieth blind set (tests/fixtures/cleaning-blind20): ten articles
/// from ten more imagined sites, two of them scraped without a headline,
/// written by a helper who read neither the cleaner nor the other sets'
/// pages or misses, scored once as they came.
#[test]
fn twentieth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind20");
    assert!(pairs.len() >= 10, "twentieth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner17`
    // merge): body P 0.891, R 1.000, F1 0.943, nothing lost; title 0.9,
    // published 0.7, author 0.5, source 0.9. A development set since
    // round 18 (the name reader's joiners and office notes, times beside
    // dates, a dash menu, lead tags without a dash, promotions, comments):
    // 1.0 everywhere.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A twenty-first blind set (tests/fixtures/cleaning-blind21), written at
/// the same time as the twentieth by another helper who saw neither it nor
/// the cleaner, scored once as it came.
#[test]
fn twenty_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind21");
    assert!(pairs.len() >= 10, "twenty-first blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner17`
    // merge): body P 0.925, R 0.967, F1 0.945, five paragraphs lost; title
    // 1.0, published 0.7, author 0.6, source 0.8. The lost paragraphs came
    // after a "related documents" box in the text: its heading cut the rest
    // as the page's tail, and the article went on with quotes, not two long
    // paragraphs in a row. Now a speaker's lead-in over a quoted sentence
    // also ends the cut: P 0.927, R 1.000, F1 0.962, nothing lost, the same
    // fields. A development set since round 18 (as the twentieth): 1.0
    // everywhere.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A twenty-second blind set (tests/fixtures/cleaning-blind22): ten
/// articles from ten more imagined sites, two of them scraped without a
/// headline, written by a helper who read neither the cleaner nor the other
/// sets' pages or misses, scored once as they came.
#[test]
fn twenty_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind22");
    assert!(pairs.len() >= 10, "twenty-second blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner18`
    // merge): body P 0.963, R 1.000, F1 0.981, nothing lost; title 1.0,
    // published 0.9, author 0.7, source 0.8. After round 20 (which had not
    // seen it): P 1.000, R 1.000, F1 1.000, nothing lost; 1.0 everywhere.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A twenty-third blind set (tests/fixtures/cleaning-blind23), written at
/// the same time as the twenty-second by another helper who saw neither it
/// nor the cleaner, scored once as it came.
#[test]
fn twenty_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind23");
    assert!(pairs.len() >= 10, "twenty-third blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner18`
    // merge): body P 0.922, R 1.000, F1 0.959, nothing lost; title 1.0,
    // published 1.0, author 0.9, source 0.9. After round 20 (which had not
    // seen it): P 1.000, R 1.000, F1 1.000, nothing lost; 1.0 everywhere.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A twenty-fourth blind set (tests/fixtures/cleaning-blind24): provincial
/// and sector papers, written with sets 25–29 by helpers who read neither
/// the cleaner nor each other's pages, scored once as it came.
#[test]
fn twenty_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind24");
    assert!(pairs.len() >= 10, "twenty-fourth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner19`
    // merge): body P 0.915, R 1.000, F1 0.956, nothing lost; title 1.0,
    // published 0.8, author 0.6, source 0.9. After round 20 (which had not
    // seen it): F1 0.967, title 1.0, author 0.7, source 0.9. After round
    // 21: P 0.992, R 1.000, F1 0.996, nothing lost; title 1.0, published
    // 0.8 (before the date round), author 1.0, source 1.0.
    // With the date round (`published20`) merged too: P 1.000, R 1.000, F1 1.000,
    // nothing lost, every field 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

/// A twenty-fifth blind set (tests/fixtures/cleaning-blind25): commercial
/// magazines (property, cars, gadgets, markets, shopping, travel).
#[test]
fn twenty_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind25");
    assert!(pairs.len() >= 10, "twenty-fifth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner19`
    // merge): body P 0.912, R 1.000, F1 0.954, nothing lost; title 0.9,
    // published 0.6, author 0.7, source 1.0. After round 20 (which had not
    // seen it): F1 0.968, title 0.9, author 0.8, source 1.0. After round
    // 21: P 0.971, R 1.000, F1 0.985, nothing lost; title 1.0, published
    // 0.6 (before the date round), author 1.0, source 1.0.
    // With the date round (`published20`) merged too: P 0.978, R 1.000, F1 0.989,
    // nothing lost, every field 1.0.
    assert_floors(&score, 0.98, [1.0, 1.0, 1.0, 1.0]);
}

/// A twenty-sixth blind set (tests/fixtures/cleaning-blind26): sports,
/// culture and society pages.
#[test]
fn twenty_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind26");
    assert!(pairs.len() >= 10, "twenty-sixth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at the `cleaner19`
    // merge): body P 0.934, R 1.000, F1 0.966, nothing lost; title 1.0,
    // published 0.7, author 0.8, source 0.9. After round 20 (which had not
    // seen it): F1 0.972, title 1.0, author 0.8, source 1.0. After round
    // 21: P 0.979, R 1.000, F1 0.989, nothing lost; title 1.0, published
    // 0.7 (before the date round), author 1.0, source 1.0.
    // With the date round (`published20`) merged too: P 0.993, R 1.000, F1 0.996,
    // nothing lost, every field 1.0.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

/// A twenty-seventh blind set (tests/fixtures/cleaning-blind27): health,
/// education, law, farming and science pages, one an e-mail newsletter.
/// Kept out of the project while rounds 20 and 21 ran; with sets 28 and 29
/// the measure on unseen sites.
#[test]
fn twenty_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind27");
    assert!(pairs.len() >= 10, "twenty-seventh blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at `6c6df7b`, the merge
    // of rounds 20, 20 (published) and 21): body P 0.898, R 1.000, F1
    // 0.946, nothing lost; title 0.9, published 0.9, author 0.5, source
    // 0.9. (At round 19, before them: F1 0.930, 0.9, 0.5, 0.5, 0.8.)
    // Floors at those. After round 24 (metadata): P 0.904, R 1.000, F1
    // 0.950, nothing lost; title 0.9, published 0.9 (a10, the e-mail
    // newsletter), author 1.0, source 1.0.
    // Floors at those. After round 25 (kept furniture as categories): body
    // unchanged, P 0.898, R 1.000, F1 0.946, nothing lost (its misses are
    // an e-mail newsletter's layout and metadata, left to other rounds).
    // After rounds 24 and 25 (merged, `merge26`): P 0.904, R 1.000, F1 0.950,
    // nothing lost; title 0.9, published 0.9 (a10), author 1.0, source 1.0.
    assert_floors(&score, 0.94, [0.9, 0.9, 1.0, 1.0]);
}

/// A twenty-eighth blind set (tests/fixtures/cleaning-blind28): regional
/// news, an interview, a live session, investment and health pages.
#[test]
fn twenty_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind28");
    assert!(pairs.len() >= 10, "twenty-eighth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at main `6c6df7b`, the
    // merge of rounds 20, published20 and 21): body P 0.901, R 0.944, F1
    // 0.922, 7 lines lost (an interview's turns after a box inside it, a
    // last paragraph signed with a pen name in capitals, a table row with a
    // temperature); title 1.0, published 1.0, author 0.6, source 0.8.
    // After round 22 (the lost categories only): P 0.899, R 1.000, F1
    // 0.947, nothing lost; title 1.0, published 1.0, author 0.7, source 0.8.
    // After round 24 (metadata): P 0.906, R 1.000, F1 0.951, nothing lost;
    // every field 1.0.
    // After round 25 (kept furniture as categories): P 0.977, R 1.000, F1
    // 0.988, nothing lost; fields unchanged.
    // After rounds 24 and 25 (merged, `merge26`): P 0.984, R 1.000, F1 0.992,
    // nothing lost; every field 1.0.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

/// A twenty-ninth blind set (tests/fixtures/cleaning-blind29): trade,
/// business, opinion, jobs, transport, fisheries, tourism, a forum post
/// and a district hospital.
#[test]
fn twenty_ninth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind29");
    assert!(pairs.len() >= 10, "twenty-ninth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once when added (2026-11-23, cleaner at `6c6df7b`): body P
    // 0.948, R 1.000, F1 0.973, nothing lost; title 1.0, published 1.0,
    // author 0.6, source 0.9. (At round 19: F1 0.970, 0.9, 0.7, 0.5, 0.8.)
    // Floors at those. After round 24 (metadata): P 0.977, R 1.000, F1
    // 0.988, nothing lost; every field 1.0.
    // Floors at those. After round 25 (kept furniture as categories): P
    // 0.970, R 1.000, F1 0.985, nothing lost; author 0.7 (a framed author
    // box now read), other fields unchanged.
    // After rounds 24 and 25 (merged, `merge26`): P 0.992, R 1.000, F1 0.996,
    // nothing lost; every field 1.0.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn thirtieth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind30");
    assert!(pairs.len() >= 10, "thirtieth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `16a0636`, never seen by a round):
    // body P 0.946, R 0.976, F1 0.961, 3 lines lost; title 1.0, published
    // 0.9, author 0.7, source 0.9. Floors at those. After round 24
    // (metadata; the lost lines are the other round's): P 0.992, R 0.976,
    // F1 0.984, 3 lines lost; every field 1.0.
    // 0.9, author 0.7, source 0.9. Floors at those. After round 25 (lost
    // lines, then kept furniture, as categories): P 0.992, R 1.000, F1
    // 0.996, nothing lost; title 1.0, published 1.0, author 1.0, source
    // 0.9 (field floors left to the name round).
    // After rounds 24 and 25 (merged, `merge26`): P 1.000, R 1.000, F1 1.000,
    // nothing lost; every field 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn thirty_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind31");
    assert!(pairs.len() >= 10, "thirty-first blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `16a0636`, never seen by a round):
    // body P 0.959, R 1.000, F1 0.979, nothing lost; title 0.9, published
    // 1.0, author 1.0, source 0.9. Floors at those. After round 24
    // (metadata): P 0.983, R 1.000, F1 0.991, nothing lost; every field 1.0.
    // 1.0, author 1.0, source 0.9. Floors at those. After round 25 (kept
    // furniture as categories): P 0.991, R 1.000, F1 0.996, nothing lost;
    // fields unchanged.
    // After rounds 24 and 25 (merged, `merge26`): P 1.000, R 1.000, F1 1.000,
    // nothing lost; every field 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn thirty_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind32");
    assert!(pairs.len() >= 10, "thirty-second blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `16a0636`, never seen by a round):
    // body P 0.983, R 0.983, F1 0.983, 2 lines lost; title 1.0, published
    // 1.0, author 0.8, source 1.0. Floors at those. After round 24
    // (metadata; the lost lines are the other round's): P 0.983, R 0.983,
    // F1 0.983, 2 lines lost; every field 1.0.
    // 1.0, author 0.8, source 1.0. Floors at those. After round 25 (lost
    // lines, then kept furniture, as categories): P 1.000, R 1.000, F1
    // 1.000, nothing lost; author 0.9 (field floors left to the name round).
    // After rounds 24 and 25 (merged, `merge26`): P 1.000, R 1.000, F1 1.000,
    // nothing lost; every field 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn thirty_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind33");
    assert!(pairs.len() >= 10, "thirty-third blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `e4d6e4d`, after rounds 24 and 25,
    // which never saw it): body P 0.963, R 1.000, F1 0.981, nothing lost; title 1.0, published
    // 0.9, author 0.9, source 0.9. Development data since; after round 26 (`f3f9ec0`): F1
    // 0.986, author 1.0, source 1.0. Floors at those.
    assert_floors(&score, 0.98, [1.0, 0.9, 1.0, 1.0]);
}

#[test]
fn thirty_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind34");
    assert!(pairs.len() >= 10, "thirty-fourth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `e4d6e4d`, after rounds 24 and 25,
    // which never saw it): body P 0.952, R 1.000, F1 0.975, nothing lost; title 1.0, published
    // 0.8, author 0.7, source 0.9. Development data since; after round 26 (`f3f9ec0`): F1
    // 0.992, published 0.9, author 1.0, source 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 0.9, 1.0, 1.0]);
}

#[test]
fn thirty_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind35");
    assert!(pairs.len() >= 10, "thirty-fifth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `e4d6e4d`, after rounds 24 and 25,
    // which never saw it): body P 0.889, R 0.992, F1 0.938, 1 line lost; title 1.0, published
    // 0.9, author 0.7, source 0.8. Development data since; after round 26 (`f3f9ec0`): F1
    // 0.970, nothing lost, author 1.0, source 1.0. Floors at those.
    assert_floors(&score, 0.965, [1.0, 0.9, 1.0, 1.0]);
}

#[test]
fn thirty_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind36");
    assert!(pairs.len() >= 10, "thirty-sixth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `0b6889f`, which never saw it): body P 0.928,
    // R 1.000, F1 0.963, nothing lost; title 1.0, published 1.0, author 0.9, source 0.8.
    // Development data since; after round 26 (`f3f9ec0`): F1 0.996, every field 1.0.
    // Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn thirty_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind37");
    assert!(pairs.len() >= 10, "thirty-seventh blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `0b6889f`, which never saw it): body P 0.987,
    // R 1.000, F1 0.993, nothing lost; title 1.0, published 1.0, author 1.0, source 0.8.
    // Development data since; after round 26 (`f3f9ec0`): F1 0.997, every field 1.0.
    // Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn thirty_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind38");
    assert!(pairs.len() >= 10, "thirty-eighth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `0b6889f`, which never saw it): body P 0.986,
    // R 0.993, F1 0.990, 1 line lost; title 0.9, published 0.9, author 0.9, source 0.9.
    // Development data since; after round 26 (`f3f9ec0`): F1 0.997, nothing lost; title
    // 1.0, published 0.9, author 1.0, source 1.0.
    // At the end of round 26 (`5c2551b`) every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn fortieth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind40");
    assert!(pairs.len() >= 10, "fortieth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `f3f9ec0`, after round 26, which never saw
    // it): body P 0.957, R 1.000, F1 0.978, nothing lost; title 1.0, published 1.0, author
    // 0.9, source 0.9.
    // Development data since; at the end of round 26 (`5c2551b`): F1 0.989, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.98, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn forty_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind41");
    assert!(pairs.len() >= 10, "forty-first blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `f3f9ec0`, after round 26, which never saw
    // it): body P 0.966, R 1.000, F1 0.983, nothing lost; title 1.0, published 1.0, author
    // 0.7, source 0.9.
    // Development data since; at the end of round 26 (`5c2551b`): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn forty_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind42");
    assert!(pairs.len() >= 10, "forty-second blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `f3f9ec0`, after round 26, which never saw
    // it): body P 0.985, R 1.000, F1 0.992, nothing lost; title 1.0, published 0.8, author
    // 0.9, source 0.9.
    // Development data since; at the end of round 26 (`5c2551b`): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn forty_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind43");
    assert!(pairs.len() >= 10, "forty-third blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `5c2551b`, the end of round 26, which never saw
    // it): body P 0.937, R 0.993, F1 0.964, 1 line lost; title 1.0, published 1.0, author 0.9,
    // source 0.9. Development data since; after round 27, which read its misses: F1 1.000,
    // nothing lost, every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn forty_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind44");
    assert!(pairs.len() >= 10, "forty-fourth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `5c2551b`, the end of round 26, which never saw
    // it): body P 0.967, R 1.000, F1 0.983, nothing lost; title 1.0, published 1.0, author 0.9,
    // source 0.8. Development data since; after round 27, which read its misses: F1 1.000,
    // nothing lost, source 0.9 (cn10's label drops the lower-case `tạp chí` the cleaner
    // keeps, as in `Theo báo X`), every other field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 0.9]);
}

#[test]
fn forty_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind45");
    assert!(pairs.len() >= 10, "forty-fifth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `5c2551b`, the end of round 26, which never saw
    // it): body P 0.948, R 0.986, F1 0.967, 2 lines lost; title 1.0, published 1.0, author 0.7,
    // source 1.0. Its two lost lines (a paragraph and a question heading where the
    // article resumes after a teaser box) were then read and won back: F1 0.974, nothing
    // lost. After round 27, which read its other misses: F1 1.000, every field 1.0. Floors
    // at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn forty_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind46");
    assert!(pairs.len() >= 10, "forty-sixth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `7c21429`, the end of round 27, which never saw
    // it): body P 0.963, R 0.992, F1 0.978, 1 line lost; title 1.0, published 0.9, author 0.9,
    // source 1.0. Development data since; after its misses were read (round 27): F1 1.000,
    // nothing lost, every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn forty_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind47");
    assert!(pairs.len() >= 10, "forty-seventh blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `7c21429`, the end of round 27, which never saw
    // it): body P 0.954, R 1.000, F1 0.977, nothing lost; title 0.9, published 0.9, author
    // 0.9, source 1.0. Development data since; after its misses were read (round 27): F1
    // 1.000, every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn forty_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind48");
    assert!(pairs.len() >= 10, "forty-eighth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `7c21429`, the end of round 27, which never saw
    // it): body P 0.965, R 1.000, F1 0.982, nothing lost; every field 1.0. Development data
    // since; after its misses were read (round 27): F1 1.000. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn forty_ninth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind49");
    assert!(pairs.len() >= 10, "forty-ninth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `03aea91`, the end of round 27, which never saw
    // it): body P 0.920, R 0.979, F1 0.948, 3 lines lost; title 1.0, published 0.9, author
    // 0.8, source 0.9. Development data since; after its misses were read (round 28): F1
    // 1.000, nothing lost, every field 1.0 but source 0.9 (cs07's label drops a lower-case
    // `tạp chí` the cleaner keeps, as it keeps `báo X`). Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 0.9]);
}

#[test]
fn fiftieth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind50");
    assert!(pairs.len() >= 10, "fiftieth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `03aea91`, which never saw it): body P 0.943,
    // R 0.980, F1 0.962, 3 lines lost; title 0.9, published 0.8, author 0.9, source 0.9.
    // Development data since; after its misses were read (round 28): F1 1.000, nothing
    // lost, every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn fifty_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind51");
    assert!(pairs.len() >= 10, "fifty-first blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `03aea91`, which never saw it): body P 0.965,
    // R 1.000, F1 0.982, nothing lost; title 0.9, published 0.9, author 0.7, source 0.9.
    // Development data since; after its misses were read (round 28): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn fifty_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind52");
    assert!(pairs.len() >= 10, "fifty-second blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `2a47115`, in round 28, which never saw it): body P
    // 0.986, R 1.000, F1 0.993, nothing lost; every field 1.0. Development data since;
    // after its misses were read (round 28): F1 1.000. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn fifty_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind53");
    assert!(pairs.len() >= 10, "fifty-third blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `2a47115`, which never saw it): body P 0.971,
    // R 1.000, F1 0.985, nothing lost; every field 1.0. Development data since; after its
    // misses were read (round 28): F1 1.000. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn fifty_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind54");
    assert!(pairs.len() >= 10, "fifty-fourth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `2a47115`, which never saw it): body P 0.927,
    // R 1.000, F1 0.962, nothing lost; title 0.9, published 1.0, author 0.9, source 0.9.
    // Development data since; after its misses were read (round 28): F1 0.996, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn fifty_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind55");
    assert!(pairs.len() >= 10, "fifty-fifth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `00694fe`, round 28, which never saw it): body P
    // 0.986, R 1.000, F1 0.993, nothing lost; title 1.0, published 1.0, author 0.9, source
    // 1.0. Development data since; after its misses were read (round 28): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn fifty_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind56");
    assert!(pairs.len() >= 10, "fifty-sixth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `00694fe`, which never saw it): body P 0.974,
    // R 1.000, F1 0.987, nothing lost; title 1.0, published 1.0, author 0.7, source 1.0.
    // Development data since; after its misses were read (round 28): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn fifty_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind57");
    assert!(pairs.len() >= 10, "fifty-seventh blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-23, cleaner at `00694fe`, which never saw it): body P 0.985,
    // R 1.000, F1 0.993, nothing lost; title 1.0, published 0.9, author 0.8, source 1.0.
    // Development data since; after its misses were read (round 28): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn fifty_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind58");
    assert!(pairs.len() >= 10, "fifty-eighth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `23f9d17`, which never saw it): body P 0.963,
    // R 1.000, F1 0.981, nothing lost; title 0.9, published 1.0, author 0.8, source 0.9.
    // Development data since; after its misses were read (round 29): F1 1.000,
    // every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn fifty_ninth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind59");
    assert!(pairs.len() >= 10, "fifty-ninth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `23f9d17`, which never saw it): body P 0.954,
    // R 1.000, F1 0.976, nothing lost; title 1.0, published 0.9, author 1.0, source 0.8.
    // Development data since; after its misses were read (round 29): F1 1.000,
    // every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn sixtieth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind60");
    assert!(pairs.len() >= 10, "sixtieth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `23f9d17`, which never saw it): body P 0.979,
    // R 1.000, F1 0.989, nothing lost; title 1.0, published 1.0, author 0.9, source 1.0.
    // Development data since; after its misses were read (round 29): F1 1.000,
    // every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn sixty_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind61");
    assert!(pairs.len() >= 10, "sixty-first blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `d7f3baa`, after round 29 had read sets
    // 58–60; it never saw this one): body P 0.902, R 1.000, F1 0.948, nothing lost; title
    // 0.8, published 1.0, author 0.8, source 0.8.
    // Development data since; after some of its misses were read (round 29): F1 0.964, nothing lost;
    // title 0.8, published 1.0, author 0.8, source 0.9 (two pages left unread). After round 30
    // read the rest: F1 1.000, every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn sixty_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind62");
    assert!(pairs.len() >= 10, "sixty-second blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `d7f3baa`, after round 29 had read sets
    // 58–60; it never saw this one): body P 0.960, R 1.000, F1 0.980, nothing lost; title
    // 0.9, published 0.9, author 0.9, source 0.9.
    // Development data since; after some of its misses were read (round 29): F1 0.983, nothing lost;
    // title, published and author 0.9, source 1.0 (df09 unread, df10's date left). After round 30
    // read the rest: F1 1.000, every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn sixty_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind63");
    assert!(pairs.len() >= 10, "sixty-third blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `d7f3baa`, after round 29 had read sets
    // 58–60; it never saw this one): body P 0.944, R 0.993, F1 0.968, 1 line lost; title
    // 0.9, published 1.0, author 0.8, source 0.9.
    // Development data since; after some of its misses were read (round 29): F1 0.987, nothing lost;
    // every field 1.0. Floors at those.
    assert_floors(&score, 0.98, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn sixty_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind64");
    assert!(pairs.len() >= 10, "sixty-fourth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `1b4f112`, round 29's end; written during the
    // round and kept out of it): body P 0.993, R 1.000, F1 0.997, nothing lost; title
    // 1.0, published 1.0, author 1.0, source 1.0.
    // Development data since; after its misses were read (round 30): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn sixty_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind65");
    assert!(pairs.len() >= 10, "sixty-fifth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `1b4f112`, round 29's end; written during the
    // round and kept out of it): body P 0.945, R 1.000, F1 0.972, nothing lost; title
    // 1.0, published 0.7, author 0.9, source 1.0.
    // Development data since; after its misses were read (round 30): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn sixty_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind66");
    assert!(pairs.len() >= 10, "sixty-sixth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `1b4f112`, round 29's end; written during the
    // round and kept out of it): body P 0.880, R 1.000, F1 0.936, nothing lost; title
    // 1.0, published 1.0, author 1.0, source 0.9.
    // Development data since; after its misses were read (round 30): F1 0.997, every
    // field 1.0 (one page's `as featured in` note left). Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn sixty_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind67");
    assert!(pairs.len() >= 10, "sixty-seventh blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `2862612`, round 30's end; written at the
    // round's start and kept out of it): body P 0.979, R 1.000, F1 0.989, nothing lost; title
    // 1.0, published 1.0, author 0.9, source 1.0.
    // Development data since; after its misses were read (round 30): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn sixty_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind68");
    assert!(pairs.len() >= 10, "sixty-eighth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `2862612`, round 30's end; written at the
    // round's start and kept out of it): body P 1.000, R 1.000, F1 1.000, nothing lost; title
    // 1.0, published 1.0, author 1.0, source 1.0.
    // It had no miss to read. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn sixty_ninth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind69");
    assert!(pairs.len() >= 10, "sixty-ninth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `2862612`, round 30's end; written at the
    // round's start and kept out of it): body P 0.945, R 1.000, F1 0.972, nothing lost; title
    // 1.0, published 1.0, author 1.0, source 0.9.
    // Development data since; after its misses were read (round 30): F1 0.996, every
    // field 1.0 (a price table's unit note left). Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn seventieth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind70");
    assert!(pairs.len() >= 10, "seventieth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `43094c1`; written at the end of round 30 and
    // kept out of it): body P 0.949, R 1.000, F1 0.974, nothing lost; title 1.0,
    // published 1.0, author 0.8, source 0.9.
    // Its misses were read the same session (round 31): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn seventy_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind71");
    assert!(pairs.len() >= 10, "seventy-first blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `43094c1`; written at the end of round 30 and
    // kept out of it): body P 0.979, R 1.000, F1 0.990, nothing lost; title 0.9,
    // published 0.9, author 0.7, source 0.9.
    // Its misses were read the same session (round 31): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn seventy_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind72");
    assert!(pairs.len() >= 10, "seventy-second blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `43094c1`; written at the end of round 30 and
    // kept out of it): body P 0.994, R 1.000, F1 0.997, nothing lost; every
    // field 1.0.
    // Its misses were read the same session (round 31): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn seventy_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind73");
    assert!(pairs.len() >= 10, "seventy-third blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `8e976b8`, round 31's end; written at the
    // round's start and kept out of it): body P 0.993, R 0.993, F1 0.993, 1 paragraph lost; title 0.9,
    // published 0.9, author 1.0, source 1.0.
    // Its misses were read the same session (round 32): P 1.000, R 0.993, F1
    // 0.996, every field 1.0; the line still lost is a TV programme's call for
    // letters over its signature, which set 21 labels as furniture. Floors at
    // those.
    assert_floors_losing(&score, 1, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn seventy_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind74");
    assert!(pairs.len() >= 10, "seventy-fourth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `8e976b8`, round 31's end; written at the
    // round's start and kept out of it): body P 0.953, R 1.000, F1 0.976, nothing lost; title 1.0,
    // published 1.0, author 0.9, source 0.7.
    // Its misses were read the same session (round 32): F1 0.997 (a review's
    // disclosure under the signature left), every field 1.0; the disclosure in
    // round 35: F1 1.000. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn seventy_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind75");
    assert!(pairs.len() >= 10, "seventy-fifth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `8e976b8`, round 31's end; written at the
    // round's start and kept out of it): body P 0.977, R 0.992, F1 0.984, 1 paragraph lost; title 1.0,
    // published 0.9, author 0.9, source 0.9.
    // Its misses were read the same session (round 32): F1 1.000, nothing
    // lost; title, published and author 1.0, source 0.9 (ds02's label leaves
    // out the site's own name in its `Ghi rõ nguồn` footer, which issue #4
    // counts as a source). Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 0.9]);
}

#[test]
fn seventy_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind76");
    assert!(pairs.len() >= 10, "seventy-sixth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `11edc97`, round 32's end; written at the
    // round's start and kept out of it): body P 0.959, R 0.993, F1 0.976, 1 paragraph lost; title 1.0,
    // published 1.0, author 0.9, source 0.9.
    // Its misses were read the same session (round 33): F1 0.993, nothing
    // lost, every field 1.0 (a scroll hint and an update note left); those in
    // round 35: F1 1.000. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn seventy_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind77");
    assert!(pairs.len() >= 10, "seventy-seventh blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `11edc97`, round 32's end; written at the
    // round's start and kept out of it): body P 0.986, R 1.000, F1 0.993, nothing lost; title 1.0,
    // published 1.0, author 0.9, source 1.0.
    // Its misses were read the same session (round 33): F1 1.000, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn seventy_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind78");
    assert!(pairs.len() >= 10, "seventy-eighth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `11edc97`, round 32's end; written at the
    // round's start and kept out of it): body P 0.979, R 1.000, F1 0.989, nothing lost; title 1.0,
    // published 1.0, author 0.9, source 1.0.
    // Its misses were read the same session (round 33): F1 0.996 (a reprint
    // note left), every field 1.0; the note in round 35: F1 1.000. Floors at
    // those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn seventy_ninth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind79");
    assert!(pairs.len() >= 10, "seventy-ninth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `98465fb`, round 33's end; written at the
    // round's start and kept out of it): body P 0.968, R 0.980, F1 0.974, 3 paragraphs lost; title 1.0,
    // published 1.0, author 1.0, source 0.9.
    // Its misses were read the same session (round 34): F1 0.987, nothing
    // lost, every field 1.0 (some widget lines left); round 35 took two of
    // them: F1 0.993. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn eightieth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind80");
    assert!(pairs.len() >= 10, "eightieth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `98465fb`, round 33's end; written at the
    // round's start and kept out of it): body P 0.980, R 1.000, F1 0.990, nothing lost; title 1.0,
    // published 1.0, author 1.0, source 0.8.
    // Its misses were read the same session (round 34): F1 0.997, every
    // field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn eighty_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind81");
    assert!(pairs.len() >= 10, "eighty-first blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `98465fb`, round 33's end; written at the
    // round's start and kept out of it): body P 0.985, R 1.000, F1 0.993, nothing lost; title 1.0,
    // published 1.0, author 1.0, source 0.9.
    // Its misses were read the same session (round 34): F1 0.993, every
    // field 1.0; the last two lines in round 35: F1 1.000. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn eighty_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind82");
    assert!(pairs.len() >= 10, "eighty-second blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `955471a`, round 34's end; written at the
    // round's start and kept out of it): body P 0.974, R 1.000, F1 0.987, nothing lost; title 0.9,
    // published 1.0, author 0.7, source 0.8.
    // Its misses read in round 35 (the next session): F1 1.000, every field
    // 1.0. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn eighty_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind83");
    assert!(pairs.len() >= 10, "eighty-third blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `955471a`, round 34's end; written at the
    // round's start and kept out of it): body P 0.987, R 1.000, F1 0.993, nothing lost; every field
    // 1.0 but source 0.9.
    // Its misses read in round 35 (the next session): F1 1.000, every field
    // 1.0. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn eighty_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind84");
    assert!(pairs.len() >= 10, "eighty-fourth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `955471a`, round 34's end; written at the
    // round's start and kept out of it): body P 0.979, R 1.000, F1 0.989, nothing lost; title 0.9,
    // published 1.0, author 0.8, source 1.0.
    // Its misses read in round 35 (the next session): F1 1.000, every field
    // 1.0. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn eighty_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind85");
    assert!(pairs.len() >= 10, "eighty-fifth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `f4d29d1`, round 35's end; written at the
    // round's start and kept out of it): body P 0.986, R 1.000, F1 0.993, nothing lost; title 0.8,
    // published 0.9, author 0.9, source 1.0.
    // Its misses read the same session (round 36): F1 1.000, every field 1.0.
    // Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn eighty_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind86");
    assert!(pairs.len() >= 10, "eighty-sixth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `f4d29d1`, round 35's end; written at the
    // round's start and kept out of it): body P 0.986, R 0.993, F1 0.989, 1 paragraph lost; every
    // field 1.0 but source 0.9.
    // Its misses read the same session (round 36): F1 0.996, nothing lost,
    // every field 1.0 (a readers' appeal by mail left: set 73 labels such an
    // appeal as text). Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn eighty_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind87");
    assert!(pairs.len() >= 10, "eighty-seventh blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `f4d29d1`, round 35's end; written at the
    // round's start and kept out of it): body P 0.986, R 0.993, F1 0.990, 1 paragraph lost; every
    // field 1.0 but author 0.9.
    // Its misses read the same session (round 36): F1 1.000, every field 1.0.
    // Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn eighty_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind88");
    assert!(pairs.len() >= 10, "eighty-eighth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `31fb681`, round 36's end; written during round 35
    // and kept out of it and of round 36): body P 0.963, R 1.000, F1 0.981, nothing lost; title
    // 0.9, published 0.8, author 1.0, source 0.9.
    // Its misses read the same session (round 37): F1 0.997 (an author's
    // short bio left), every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn eighty_ninth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind89");
    assert!(pairs.len() >= 10, "eighty-ninth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `31fb681`, round 36's end; written during round 35
    // and kept out of it and of round 36): body P 0.938, R 1.000, F1 0.968, nothing lost; title
    // 1.0, published 0.9, author 0.9, source 0.9.
    // Its misses read the same session (round 37): F1 0.989 (a listing's
    // employer line, a warning and an offer left), every field 1.0. Floors at
    // those.
    assert_floors(&score, 0.98, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn ninetieth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind90");
    assert!(pairs.len() >= 10, "ninetieth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `31fb681`, round 36's end; written during round 35
    // and kept out of it and of round 36): body P 0.994, R 1.000, F1 0.997, nothing lost; every
    // field 1.0.
    // Its misses read the same session (round 37): F1 1.000. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn ninety_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind91");
    assert!(pairs.len() >= 10, "ninety-first blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `e4b3621`, round 37's end; written as round 36
    // closed and kept out of round 37): body P 0.986, R 0.993, F1 0.990, 1 paragraph lost; title
    // 0.9, published 1.0, author 0.9, source 1.0.
    // Round 38 (2026-11-24, `9188fe9`) read its misses: every line and field right. Floors at
    // those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn ninety_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind92");
    assert!(pairs.len() >= 10, "ninety-second blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `e4b3621`, round 37's end; written as round 36
    // closed and kept out of round 37): body P 0.971, R 1.000, F1 0.986, nothing lost; title 1.0,
    // published 1.0, author 0.8, source 0.7.
    // Round 38 (2026-11-24, `9188fe9`) read its misses: every line and field right. Floors at
    // those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn ninety_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind93");
    assert!(pairs.len() >= 10, "ninety-third blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `e4b3621`, round 37's end; written as round 36
    // closed and kept out of round 37): body P 0.939, R 1.000, F1 0.968, nothing lost; title 0.9,
    // published 1.0, author 0.7, source 0.9.
    // Round 38 (2026-11-24, `9188fe9`) read its misses: every line and field right. Floors at
    // those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn ninety_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind94");
    assert!(pairs.len() >= 10, "ninety-fourth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `9188fe9`, round 38's end; written as round 38 began
    // and kept out of it): body P 0.987, R 1.000, F1 0.993, nothing lost; title 1.0, published
    // 0.8, author 1.0, source 1.0.
    // Round 39 (2026-11-24, `a46c288`) read its misses: F1 0.993, every field 1.0 (two
    // boilerplate lines left). Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn ninety_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind95");
    assert!(pairs.len() >= 10, "ninety-fifth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `9188fe9`, round 38's end; written as round 38 began
    // and kept out of it): body P 0.941, R 1.000, F1 0.969, nothing lost; title 1.0, published
    // 1.0, author 0.9, source 1.0.
    // Round 39 (2026-11-24, `a46c288`) read its misses: F1 0.981, every field 1.0. Floors at
    // those.
    assert_floors(&score, 0.98, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn ninety_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind96");
    assert!(pairs.len() >= 10, "ninety-sixth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `9188fe9`, round 38's end; written as round 38 began
    // and kept out of it): body P 0.979, R 1.000, F1 0.989, nothing lost; title 1.0, published
    // 1.0, author 1.0, source 0.9.
    // Round 39 (2026-11-24, `a46c288`) read its misses: F1 0.993; the source left is a label
    // convention (`bản tin X` as written, labelled `X`). Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 0.9]);
}

#[test]
fn ninety_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind97");
    assert!(pairs.len() >= 10, "ninety-seventh blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `a46c288`, round 39's end; written as round 39 began
    // and kept out of it): body P 0.981, R 1.000, F1 0.990, nothing lost; title 0.9, published
    // 1.0, author 0.9, source 0.9.
    // Round 40 (begun 2026-11-24, unfinished) read most of its misses: F1 0.997, every field
    // 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn ninety_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind98");
    assert!(pairs.len() >= 10, "ninety-eighth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `a46c288`, round 39's end; written as round 39 began
    // and kept out of it): body P 1.000, R 0.993, F1 0.996, 1 paragraph lost; every field 1.0.
    // Round 40 (begun 2026-11-24, unfinished) won the line back: F1 1.000, every field 1.0.
    // Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn ninety_ninth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind99");
    assert!(pairs.len() >= 10, "ninety-ninth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `a46c288`, round 39's end; written as round 39 began
    // and kept out of it): body P 0.993, R 1.000, F1 0.997, nothing lost; title 1.0, published
    // 1.0, author 0.8, source 1.0.
    // Round 40 (begun 2026-11-24, unfinished) read its misses (a team signing, a service's
    // call to phone): F1 1.000, every field 1.0. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundredth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind100");
    assert!(pairs.len() >= 10, "hundredth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `8048cae`, round 40 unfinished; written as round 40 began
    // and kept out of it): body P 0.973, R 1.000, F1 0.986, nothing lost; title 1.0, published 0.9,
    // author 0.8, source 1.0.
    // Round 40 (2026-11-24, unfinished) read its misses: F1 1.000, every field 1.0.
    // Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind101");
    assert!(pairs.len() >= 10, "hundred-and-first blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `8048cae`, round 40 unfinished; written as round 40 began
    // and kept out of it): body P 0.987, R 1.000, F1 0.993, nothing lost; title 0.9, published 1.0,
    // author 1.0, source 1.0.
    // Round 40 (2026-11-24, unfinished) read its misses: F1 0.997 (a references line left,
    // a label convention), every field 1.0.
    // Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind102");
    assert!(pairs.len() >= 10, "hundred-and-second blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `8048cae`, round 40 unfinished; written as round 40 began
    // and kept out of it): body P 0.932, R 1.000, F1 0.965, nothing lost; title 1.0, published 1.0,
    // author 0.9, source 1.0.
    // Round 40 (2026-11-24, unfinished) read its misses: F1 0.996, author 0.9 (a radio
    // amateur's `73, Name (call sign)` sign-off left).
    // Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 0.9, 1.0]);
}

#[test]
fn hundred_and_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind103");
    assert!(pairs.len() >= 10, "hundred-and-third blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `4964701`, round 40's end; written during round 40 and
    // kept out of it): body P 0.934, R 1.000, F1 0.966, nothing lost; title 0.9, published 0.9,
    // author 0.8, source 1.0.
    // Round 41 (2026-11-24) read its misses (a phpBB thread, an office after a dash, comment
    // headers ending with the part of the day): F1 0.996, every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind104");
    assert!(pairs.len() >= 10, "hundred-and-fourth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `4964701`, round 40's end; written during round 40 and
    // kept out of it): body P 0.965, R 0.986, F1 0.975, 2 paragraphs lost; title 1.0, published
    // 0.9, author 0.9, source 1.0.
    // Round 41 (2026-11-24) read its misses and won the lost lines back (a deadline table's rows):
    // F1 0.989 (a lead picture's credit and a poster's handle too), every field 1.0. Floors at those.
    assert_floors(&score, 0.98, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind105");
    assert!(pairs.len() >= 10, "hundred-and-fifth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `4964701`, round 40's end; written during round 40 and
    // kept out of it): body P 0.994, R 1.000, F1 0.997, nothing lost; title 0.9, published 1.0,
    // author 0.9, source 0.9.
    // Round 41 (2026-11-24) read its misses (a headline read as a byline): F1 1.000, source 0.9 (a
    // site's domain as the source). Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 0.9]);
}

#[test]
fn hundred_and_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind106");
    assert!(pairs.len() >= 10, "hundred-and-sixth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `84850be`, round 41's end; written during round 41 and
    // kept out of it): body P 0.987, R 1.000, F1 0.993, nothing lost; title 1.0, published 0.9,
    // author 0.8, source 1.0.
    // Round 42 (2026-11-24) read its misses (offices after a dash, two titled writers, a print
    // date's label): F1 0.997, every field 1.0. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind107");
    assert!(
        pairs.len() >= 10,
        "hundred-and-seventh blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `84850be`, round 41's end; written during round 41 and
    // kept out of it): body P 0.954, R 0.986, F1 0.970, 2 paragraphs lost; title 0.9, published
    // 0.9, author 0.8, source 1.0.
    // Round 42 (2026-11-24) read its misses and won the lost lines back (a numbered step and a
    // headline read as prompts, a table's dated caption): F1 0.983, every field 1.0. Floors at
    // those.
    assert_floors(&score, 0.98, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind108");
    assert!(pairs.len() >= 10, "hundred-and-eighth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `84850be`, round 41's end; written during round 41 and
    // kept out of it): body P 0.965, R 1.000, F1 0.982, nothing lost; title 1.0, published 0.9,
    // author 1.0, source 0.9.
    // Round 42 (2026-11-24) read its misses (a forum's numbered replies and thread date): F1 0.993,
    // source 0.9 (a bulletin's issue number). Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 0.9]);
}

#[test]
fn hundred_and_ninth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind109");
    assert!(pairs.len() >= 10, "hundred-and-ninth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `cec491f`, round 42's end; written during round 42 and
    // kept out of it): body P 0.955, R 1.000, F1 0.977, nothing lost; title 1.0, published 0.7,
    // author 0.8, source 0.9.
    // Round 43 (2026-11-24) read some of its misses (a desk posting, `Ngày viết`, a paper's dated
    // credit): F1 0.977, published 0.9, author 0.9, source 1.0. Its end read the rest (a bare
    // `Cùng chủ đề:` box, a lunar posting line, the title `Hàji`, a reader-may-like box, a call for
    // contributions under the footer): F1 1.000, every field 1.0. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_tenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind110");
    assert!(pairs.len() >= 10, "hundred-and-tenth blind corpus missing");
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `cec491f`, round 42's end; written during round 42 and
    // kept out of it): body P 0.993, R 0.993, F1 0.993, 1 paragraph lost; title 1.0, published 1.0,
    // author 1.0, source 1.0.
    // Round 43 (2026-11-24) won the lost line back (the text resuming past an advert after a box)
    // and read a craftsman's note under the signature: F1 1.000, every field 1.0. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_eleventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind111");
    assert!(
        pairs.len() >= 10,
        "hundred-and-eleventh blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `cec491f`, round 42's end; written during round 42 and
    // kept out of it): body P 1.000, R 1.000, F1 1.000, nothing lost; title 1.0, published 1.0,
    // author 0.8, source 1.0.
    // Round 43 (2026-11-24) read one of its misses (an office's two abbreviations after the
    // writer): author 0.9; its end the other (a thread nobody signs is its opener's handle):
    // author 1.0. Floors at those.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_twelfth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind112");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twelfth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `7e66d97`, round 43's end; written during round 43 and
    // kept out of it): body P 0.913, R 0.993, F1 0.951, 1 paragraph lost; title 1.0, published 0.8,
    // author 0.8, source 0.9. Round 44 (2026-11-24, unfinished) read
    // some of its misses: F1 0.979, nothing lost, every field 1.0. Floors at those.
    // Round 45 (2026-11-25) read its misses: F1 0.986, nothing lost; fields 1.0, 1.0, 1.0, 1.0.
    assert_floors(&score, 0.98, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_thirteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind113");
    assert!(
        pairs.len() >= 10,
        "hundred-and-thirteenth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `7e66d97`, round 43's end; written during round 43 and
    // kept out of it): body P 0.905, R 1.000, F1 0.950, nothing lost; title 1.0, published 0.7,
    // author 0.8, source 1.0. Round 44 (2026-11-24, unfinished) read
    // some of its misses: F1 0.975, published 1.0, author 0.9. Floors at those.
    assert_floors(&score, 0.97, [1.0, 1.0, 0.9, 1.0]);
}

#[test]
fn hundred_and_fourteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind114");
    assert!(
        pairs.len() >= 10,
        "hundred-and-fourteenth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `7e66d97`, round 43's end; written during round 43 and
    // kept out of it): body P 0.985, R 1.000, F1 0.993, nothing lost; title 0.9, published 1.0,
    // author 0.8, source 0.9. Round 44 (2026-11-24, unfinished) read
    // some of its misses: F1 0.993, author 1.0, source 1.0. Floors at those.
    // Round 45 (2026-11-25) read its misses: F1 0.996, nothing lost; fields 1.0, 1.0, 1.0, 1.0.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_fifteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind115");
    assert!(
        pairs.len() >= 10,
        "hundred-and-fifteenth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `e41f54f`, where round 44 stood; written during round 44
    // and kept out of it): body P 0.964, R 1.000, F1 0.982, nothing lost; title 1.0, published 1.0,
    // author 0.9, source 1.0. Floors at those until its misses are read.
    // Round 45 (2026-11-25) read its misses: F1 1.000, nothing lost; fields 1.0, 1.0, 1.0, 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_sixteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind116");
    assert!(
        pairs.len() >= 10,
        "hundred-and-sixteenth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `e41f54f`, where round 44 stood; written during round 44
    // and kept out of it): body P 0.986, R 1.000, F1 0.993, nothing lost; title 1.0, published 0.9,
    // author 1.0, source 1.0. Floors at those until its misses are read.
    assert_floors(&score, 0.99, [1.0, 0.9, 1.0, 1.0]);
}

#[test]
fn hundred_and_seventeenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind117");
    assert!(
        pairs.len() >= 10,
        "hundred-and-seventeenth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner at `e41f54f`, where round 44 stood; written during round 44
    // and kept out of it): body P 0.991, R 1.000, F1 0.996, nothing lost; title 1.0, published 0.8,
    // author 0.8, source 0.9. Floors at those until its misses are read.
    // Round 45 (2026-11-25) read its misses: F1 1.000, nothing lost; fields 1.0, 0.9, 1.0, 1.0.
    assert_floors(&score, 1.0, [1.0, 0.9, 1.0, 1.0]);
}

#[test]
fn hundred_and_eighteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind118");
    assert!(
        pairs.len() >= 10,
        "hundred-and-eighteenth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner as at `e41f54f`, main at `add65d4`; written after round
    // 44's last rule change): body P 0.993, R 1.000, F1 0.996, nothing lost; title 1.0, published 0.9,
    // author 1.0, source 1.0. Floors at those until its misses are read.
    // Round 45 (2026-11-25) read its misses: F1 0.996, nothing lost; fields 1.0, 1.0, 1.0, 1.0.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_nineteenth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind119");
    assert!(
        pairs.len() >= 10,
        "hundred-and-nineteenth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner as at `e41f54f`, main at `add65d4`; written after round
    // 44's last rule change): body P 0.949, R 1.000, F1 0.974, nothing lost; title 0.9, published 1.0,
    // author 0.9, source 0.9. Floors at those until its misses are read.
    // Round 45 (2026-11-25) read its misses: F1 0.989, nothing lost; fields 1.0 each. Round 47
    // (capital AM/PM in a comment's header): F1 1.000.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_twentieth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind120");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twentieth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-24, cleaner as at `e41f54f`, main at `add65d4`; written after round
    // 44's last rule change): body P 0.969, R 1.000, F1 0.984, nothing lost; title 1.0, published 1.0,
    // author 0.8, source 1.0. Floors at those until its misses are read.
    // Round 45 (2026-11-25) read its misses: F1 1.000, nothing lost; fields 1.0, 1.0, 0.9, 1.0.
    assert_floors(&score, 1.0, [1.0, 1.0, 0.9, 1.0]);
}

#[test]
fn hundred_and_twenty_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind121");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twenty-first blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `f81ee49`, where round 45 stood; written during round 45 and
    // kept out of it): body P 0.959, R 1.000, F1 0.979, nothing lost; title, published, author,
    // source 0.9, 1.0, 0.9, 1.0. Floors at those until its misses are read.
    assert_floors(&score, 0.97, [0.9, 1.0, 0.9, 1.0]);
}

#[test]
fn hundred_and_twenty_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind122");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twenty-second blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `f81ee49`, where round 45 stood; written during round 45 and
    // kept out of it): body P 0.963, R 1.000, F1 0.981, nothing lost; title, published, author,
    // source 1.0, 1.0, 1.0, 1.0. Floors at those until its misses are read.
    assert_floors(&score, 0.98, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_twenty_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind123");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twenty-third blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `f81ee49`, where round 45 stood; written during round 45 and
    // kept out of it): body P 0.980, R 1.000, F1 0.990, nothing lost; title, published, author,
    // source 1.0, 1.0, 0.8, 0.9. Floors at those until its misses are read.
    // Round 46 (2026-11-25) read two of its misses: F1 0.997, nothing lost; fields 1.0, 1.0, 0.9, 1.0.
    // Round 49 (a key with a word on the work: `Phóng viên dự án:`): author 1.0.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_twenty_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind124");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twenty-fourth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `aa256ae`, where round 46 stood; written during round 46
    // and kept out of it): body P 0.984, R 1.000, F1 0.992, nothing lost; title, published, author,
    // source 1.0, 1.0, 0.8, 1.0. Round 47 (2026-11-25) read its misses: F1 0.996, fields 1.0 each.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_twenty_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind125");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twenty-fifth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `aa256ae`, where round 46 stood; written during round 46
    // and kept out of it): body P 1.000, R 1.000, F1 1.000, nothing lost; title, published, author,
    // source 1.0, 1.0, 0.9, 1.0. Round 47 (2026-11-25) read its miss: fields 1.0 each.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_twenty_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind126");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twenty-sixth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `aa256ae`, where round 46 stood; written during round 46
    // and kept out of it): body P 0.952, R 1.000, F1 0.976, nothing lost; title, published, author,
    // source 1.0, 1.0, 0.7, 1.0. Round 47 (2026-11-25) read its misses: F1 0.996, fields 1.0 each.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_twenty_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind127");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twenty-seventh blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `9af0db1`, where round 47 stood; written during round 47
    // and kept out of it): body P 1.000, R 1.000, F1 1.000, nothing lost; title, published, author,
    // source 1.0, 1.0, 1.0, 0.9. Round 48 (2026-11-25) read its misses: F1 1.000, fields 1.0 each.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_twenty_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind128");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twenty-eighth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `9af0db1`, where round 47 stood; written during round 47
    // and kept out of it): body P 0.993, R 1.000, F1 0.996, nothing lost; title, published, author,
    // source 0.9, 1.0, 1.0, 1.0. Round 48 (2026-11-25) read its misses: F1 1.000, fields 1.0 each.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_twenty_ninth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind129");
    assert!(
        pairs.len() >= 10,
        "hundred-and-twenty-ninth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `9af0db1`, where round 47 stood; written during round 47
    // and kept out of it): body P 0.985, R 1.000, F1 0.992, nothing lost; title, published, author,
    // source 1.0, 0.9, 0.8, 1.0. Round 48 (2026-11-25) read its misses: F1 1.000, fields 1.0 each.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_thirtieth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind130");
    assert!(
        pairs.len() >= 10,
        "hundred-and-thirtieth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `e9a1c5e`, outputs as round 48 left them; written during
    // round 48 and kept out of it): body P 1.000, R 1.000, F1 1.000, nothing lost; title, published,
    // author, source 1.0, 1.0, 1.0, 1.0. Floors at those until its misses are read.
    assert_floors(&score, 1.0, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_thirty_first_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind131");
    assert!(
        pairs.len() >= 10,
        "hundred-and-thirty-first blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `e9a1c5e`, outputs as round 48 left them; written during
    // round 48 and kept out of it): body P 0.977, R 1.000, F1 0.988, nothing lost; title, published,
    // author, source 0.9, 0.9, 0.7, 1.0. Round 49 (2026-11-25) read its misses: fields 1.0 each.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_thirty_second_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind132");
    assert!(
        pairs.len() >= 10,
        "hundred-and-thirty-second blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `e9a1c5e`, outputs as round 48 left them; written during
    // round 48 and kept out of it): body P 0.985, R 1.000, F1 0.992, nothing lost; title, published,
    // author, source 1.0, 1.0, 0.9, 1.0. Round 49 (2026-11-25) read its misses: fields 1.0 each.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_thirty_third_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind133");
    assert!(
        pairs.len() >= 10,
        "hundred-and-thirty-third blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `3c228e7`, where round 49 stood; written during round 49
    // and kept out of it): body P 0.933, R 0.984, F1 0.958, two lost; title, published, author, source
    // 1.0, 1.0, 0.8, 1.0. Round 50 (2026-11-25) read its misses: fields 1.0 each, nothing lost.
    assert_floors(&score, 0.97, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_thirty_fourth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind134");
    assert!(
        pairs.len() >= 10,
        "hundred-and-thirty-fourth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `3c228e7`, where round 49 stood; written during round 49
    // and kept out of it): body P 0.929, R 1.000, F1 0.963, nothing lost; title, published, author, source
    // 1.0, 1.0, 0.7, 1.0. Round 50 (2026-11-25) read its misses: fields 1.0 each, nothing lost.
    assert_floors(&score, 0.97, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_thirty_fifth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind135");
    assert!(
        pairs.len() >= 10,
        "hundred-and-thirty-fifth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `3c228e7`, where round 49 stood; written during round 49
    // and kept out of it): body P 0.968, R 1.000, F1 0.984, nothing lost; title, published, author, source
    // 1.0, 1.0, 0.9, 1.0. Round 50 (2026-11-25) read its misses: fields 1.0 each, nothing lost.
    assert_floors(&score, 0.98, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_thirty_sixth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind136");
    assert!(
        pairs.len() >= 10,
        "hundred-and-thirty-sixth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `d8961ee`, where round 50 stood; written during round 50
    // and kept out of it): body P 0.978, R 1.000, F1 0.989, nothing lost; title, published, author,
    // source 0.9, 1.0, 0.9, 1.0. Round 51 (2026-11-25) read its title and author misses: fields 1.0 each.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn hundred_and_thirty_seventh_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind137");
    assert!(
        pairs.len() >= 10,
        "hundred-and-thirty-seventh blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `d8961ee`, where round 50 stood; written during round 50
    // and kept out of it): body P 0.970, R 1.000, F1 0.985, nothing lost; title, published, author,
    // source 1.0, 1.0, 0.8, 1.0. Floors at those until its misses are read.
    assert_floors(&score, 0.98, [1.0, 1.0, 0.8, 1.0]);
}

#[test]
fn hundred_and_thirty_eighth_blind_corpus() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-blind138");
    assert!(
        pairs.len() >= 10,
        "hundred-and-thirty-eighth blind corpus missing"
    );
    let score = score_corpus(&pairs);
    // Scored once (2026-11-25, main at `d8961ee`, where round 50 stood; written during round 50
    // and kept out of it): body P 0.992, R 1.000, F1 0.996, nothing lost; title, published, author,
    // source 0.9, 1.0, 1.0, 1.0. Round 51 (2026-11-25) read its title and author misses: fields 1.0 each.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}

#[test]
fn metadata_battery() {
    let pairs = corpus_pairs("tests/fixtures/cleaning-battery39");
    assert!(pairs.len() >= 120, "metadata battery missing");
    let score = score_corpus(&pairs);
    // 120 small pages, one byline/date/source form each, written blind as development
    // data for the metadata rules. Scored first at `0b6889f`: body F1 0.970, nothing
    // lost; title 119, published 116, author 95, source 98 of 120. After round 26
    // (`f3f9ec0`), which read its misses: F1 0.999, nothing lost; title 120, published 119,
    // author 115, source 120 of 120.
    // At the end of round 26 (`5c2551b`): published 120 of 120. Round 27 read the last
    // five author misses: every field 120 of 120, F1 1.000. Floors at those.
    assert_floors(&score, 0.99, [1.0, 1.0, 1.0, 1.0]);
}
