//! Quality of the tagger against hand-annotated articles.
//!
//! Every subfolder of `tests/fixtures/tagging` with `.ann` files is a corpus:
//! `NN_slug.txt` (the body as the cleaner outputs it) and `NN_slug.ann`, one
//! line per mention in order of appearance, `LABEL<TAB>exact surface text`,
//! aligned to the text by sequential search after the previous match (spans
//! are flat, so this equals searching from its start, except that a name
//! inside an earlier span — "Đảng bộ tỉnh" in "Ban Chấp hành Đảng bộ tỉnh
//! Bắc Ninh" — is not taken for the next mention).
//! The `seeds` folder holds annotations only: its texts are the real seed
//! articles (never committed), cleaned here by the `clean` plugin, from
//! `$TAG_SEEDS`, `/work/shared/seeds` or `../shared/seeds` next to the
//! repository; without them the folder is skipped.
//!
//! `cargo test -p tag --test eval -- --nocapture` prints precision, recall
//! and F1 per label (exact label and span) for each folder; with
//! `TAG_EVAL_ERRORS=1` it also lists every miss and every false alarm.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use docflow_sdk::{Document, Plugin};
use tag::{LABELS, Tag};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/tagging")
}

fn seeds_dir() -> Option<PathBuf> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::env::var_os("TAG_SEEDS")
        .map(PathBuf::from)
        .into_iter()
        .chain([
            PathBuf::from("/work/shared/seeds"),
            repo.join("../shared/seeds"),
        ])
        .find(|p| p.is_dir())
}

type Span = (String, usize, usize);

/// Gold spans of one article: each annotation found by searching the text
/// after the previous match.
fn align(text: &str, ann: &str, name: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut from = 0;
    let mut prev_start = 0;
    let mut first = true;
    for (n, line) in ann.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (label, surface) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("{name}:{}: no tab in {line:?}", n + 1));
        assert!(
            LABELS.contains(&label),
            "{name}:{}: unknown label {label}",
            n + 1
        );
        let search_from = if first { 0 } else { from };
        // After the previous match; failing that (an annotation inside the
        // previous one), from its start, as the format's text says.
        let at = text[search_from..]
            .find(surface)
            .map(|at| at + search_from)
            .or_else(|| {
                let start =
                    prev_start + text[prev_start..].chars().next().map_or(1, char::len_utf8);
                text.get(start..)?.find(surface).map(|at| at + start)
            })
            .unwrap_or_else(|| panic!("{name}:{}: {surface:?} not found in order", n + 1));
        spans.push((label.to_string(), at, at + surface.len()));
        prev_start = at;
        from = at + surface.len();
        first = false;
    }
    spans
}

#[derive(Default, Clone, Copy)]
struct Count {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Count {
    fn p(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn r(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

struct Report {
    docs: usize,
    labels: BTreeMap<&'static str, Count>,
}

impl Report {
    fn micro(&self) -> Count {
        let mut all = Count::default();
        for c in self.labels.values() {
            all.tp += c.tp;
            all.fp += c.fp;
            all.fn_ += c.fn_;
        }
        all
    }

    fn f1(&self, label: &str) -> f64 {
        self.labels.get(label).map_or(0.0, Count::f1)
    }

    fn print(&self, folder: &str) {
        println!("\n== {folder}: {} articles", self.docs);
        println!(
            "{:<13} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}",
            "label", "tp", "fp", "fn", "P", "R", "F1"
        );
        let row = |name: &str, c: &Count| {
            println!(
                "{:<13} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
                name,
                c.tp,
                c.fp,
                c.fn_,
                c.p(),
                c.r(),
                c.f1()
            )
        };
        for label in LABELS {
            row(label, self.labels.get(label).unwrap_or(&Count::default()));
        }
        row("micro", &self.micro());
    }
}

fn body_of(folder: &Path, stem: &str, cleaner: &clean::Clean) -> Option<String> {
    let own = folder.join(format!("{stem}.txt"));
    if own.is_file() {
        return Some(std::fs::read_to_string(own).expect("read text"));
    }
    if folder.file_name()? == "seeds" {
        let raw = std::fs::read_to_string(seeds_dir()?.join(format!("{stem}.txt"))).ok()?;
        return Some(cleaner.clean_text(&raw).body.join("\n\n"));
    }
    None
}

fn evaluate(folder: &Path, errors: bool) -> Option<Report> {
    let mut stems: Vec<String> = std::fs::read_dir(folder)
        .ok()?
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "ann").then(|| path.file_stem()?.to_str().map(str::to_string))?
        })
        .collect();
    stems.sort();
    let cleaner = clean::Clean::new(serde_json::from_str("{}").unwrap()).unwrap();
    let mut tagger = Tag::new(serde_json::from_str("{}").unwrap()).unwrap();
    let mut report = Report {
        docs: 0,
        labels: LABELS.iter().map(|l| (*l, Count::default())).collect(),
    };
    for stem in &stems {
        let Some(text) = body_of(folder, stem, &cleaner) else {
            println!("skipped {stem}: no text");
            continue;
        };
        let ann = std::fs::read_to_string(folder.join(format!("{stem}.ann"))).unwrap();
        let gold = align(&text, &ann, stem);
        let doc = tagger
            .process(Document::new(format!("{stem}.txt"), text.clone()))
            .unwrap()
            .document
            .unwrap();
        let mut got: Vec<Span> = doc
            .entities
            .iter()
            .map(|e| (e.label.clone(), e.start, e.end))
            .collect();
        report.docs += 1;
        for g in &gold {
            let label = LABELS.iter().find(|l| **l == g.0).unwrap();
            let count = report.labels.get_mut(label).unwrap();
            if let Some(pos) = got.iter().position(|s| s == g) {
                got.remove(pos);
                count.tp += 1;
            } else {
                count.fn_ += 1;
                if errors {
                    println!("  {stem} MISS  {:<12} {:?}", g.0, &text[g.1..g.2]);
                }
            }
        }
        for s in &got {
            let label = LABELS.iter().find(|l| **l == s.0).unwrap();
            report.labels.get_mut(label).unwrap().fp += 1;
            if errors {
                println!("  {stem} FALSE {:<12} {:?}", s.0, &text[s.1..s.2]);
            }
        }
    }
    (report.docs > 0).then_some(report)
}

fn all_reports() -> Vec<(String, Report)> {
    let errors = std::env::var_os("TAG_EVAL_ERRORS").is_some();
    let mut folders: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("tests/fixtures/tagging")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let mut reports = Vec::new();
    for folder in folders {
        let name = folder.file_name().unwrap().to_string_lossy().to_string();
        match evaluate(&folder, errors) {
            Some(report) => {
                report.print(&name);
                reports.push((name, report));
            }
            None => println!("\n== {name}: skipped (no annotated texts available)"),
        }
    }
    reports
}

/// Floors on the development set, a little under what the tagger reaches, so
/// that a regression fails.
const DEV_FLOORS: &[(&str, f64)] = &[
    ("micro", 0.97),
    ("PERSON", 0.97),
    ("POSITION", 0.95),
    ("LOCATION", 0.96),
    ("ORGANIZATION", 0.94),
    ("DATE", 0.97),
    ("LEGAL_REF", 0.98),
];

#[test]
fn per_label_scores_and_dev_floors() {
    let reports = all_reports();
    let (_, dev) = reports
        .iter()
        .find(|(name, _)| name == "dev")
        .expect("the dev folder is scored");
    assert!(dev.docs >= 20, "dev holds at least 20 articles");
    for (label, floor) in DEV_FLOORS {
        let f1 = if *label == "micro" {
            dev.micro().f1()
        } else {
            dev.f1(label)
        };
        assert!(f1 >= *floor, "dev {label} F1 {f1:.3} fell under {floor}");
    }
    // The fresh sets were written after the rules and scored once before
    // any change (fresh: micro 0.873, fresh2: 0.978); rules were improved on
    // fresh afterwards, so they guard against regressions too.
    // The held-out set was written and annotated by someone who never saw
    // the tagger, and scored once, as it is (micro 0.948, PERSON 0.982,
    // DATE 1.000, LEGAL_REF 0.985): the targets are its floors.
    // Do not tune rules on it; add new articles elsewhere instead.
    if let Some((_, heldout)) = reports.iter().find(|(name, _)| name == "heldout") {
        for (label, floor) in [
            ("micro", 0.90),
            ("PERSON", 0.95),
            ("DATE", 0.95),
            ("LEGAL_REF", 0.98),
        ] {
            let f1 = if label == "micro" {
                heldout.micro().f1()
            } else {
                heldout.f1(label)
            };
            assert!(
                f1 >= floor,
                "held-out {label} F1 {f1:.3} fell under {floor}"
            );
        }
    }
    for (name, report) in &reports {
        if name.starts_with("fresh") {
            let f1 = report.micro().f1();
            assert!(f1 >= 0.94, "{name} micro F1 {f1:.3} fell under 0.94");
        }
    }
}
