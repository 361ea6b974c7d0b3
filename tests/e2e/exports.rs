//! Every export format at once (`pipelines/all-exports.toml`) on the
//! fixture articles: the collection files read back, reprocessing without
//! duplicates, and the HTML view rendered in a real browser.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::{articles, file_names, read_json, root, run_over_articles};

struct Exported {
    _dir: tempfile::TempDir,
    out: PathBuf,
    /// The JSON export of every document, by file stem.
    json: HashMap<String, Value>,
}

fn export_all(times: usize) -> Exported {
    let (dir, out) = run_over_articles(&root().join("pipelines/all-exports.toml"), times);
    let json = file_names(&out)
        .into_iter()
        .filter_map(|name| Some((name.strip_suffix(".json")?.to_string(), name)))
        .map(|(stem, name)| (stem, read_json(&out.join(name))))
        .collect();
    Exported {
        _dir: dir,
        out,
        json,
    }
}

/// A JSON export without its provenance (which lists the stages before
/// each export, so it differs between two exports of one run).
fn without_provenance(mut doc: Value) -> Value {
    doc.as_object_mut().unwrap().remove("provenance");
    doc
}

#[test]
fn collection_files_hold_each_document_once_after_two_runs() {
    let exported = export_all(2);
    let documents = exported.json.len();
    assert_eq!(documents, articles().len());

    // JSONL: one line per document, each the JSON export without indentation.
    let jsonl = std::fs::read_to_string(exported.out.join("corpus.jsonl")).unwrap();
    let lines: Vec<&str> = jsonl.lines().collect();
    assert_eq!(lines.len(), documents, "{jsonl}");
    for line in lines {
        let doc: Value = serde_json::from_str(line).unwrap();
        let stem = doc["source_file"]
            .as_str()
            .unwrap()
            .trim_end_matches(".txt");
        assert_eq!(
            without_provenance(doc.clone()),
            without_provenance(exported.json[stem].clone())
        );
    }

    // CSV: a BOM (the pipeline asks for it), a header, one row per entity.
    let bytes = std::fs::read(exported.out.join("entities.csv")).unwrap();
    let csv_text = bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a UTF-8 BOM");
    let mut reader = csv::Reader::from_reader(csv_text);
    assert_eq!(
        reader.headers().unwrap(),
        vec![
            "document_id",
            "file",
            "label",
            "text",
            "start",
            "end",
            "attributes"
        ]
    );
    let mut rows = 0;
    for record in reader.records() {
        let record = record.unwrap();
        let stem = record[1].trim_end_matches(".txt");
        let doc = &exported.json[stem];
        let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
        let (start, end): (usize, usize) = (record[4].parse().unwrap(), record[5].parse().unwrap());
        assert_eq!(text[start..end].iter().collect::<String>(), &record[3]);
        let attributes: Value = serde_json::from_str(&record[6]).unwrap();
        assert!(attributes.is_object());
        rows += 1;
    }
    let entities: usize = exported
        .json
        .values()
        .map(|doc| doc["entities"].as_array().unwrap().len())
        .sum();
    assert_eq!(rows, entities);

    // HTML index: one row per document; Markdown: one file per document.
    let index = std::fs::read_to_string(exported.out.join("index.html")).unwrap();
    assert_eq!(
        index.matches("<tr").count(),
        documents + 1,
        "rows plus the header row"
    );
    for stem in exported.json.keys() {
        assert!(
            index.contains(&format!("href=\"{stem}.html\"")),
            "{stem} not linked"
        );
        let markdown = std::fs::read_to_string(exported.out.join(format!("{stem}.md"))).unwrap();
        assert!(markdown.starts_with("# "), "{markdown}");
    }
}

/// Debian's Chromium, which `.ci/run` installs.
fn chromium() -> Option<PathBuf> {
    let path = PathBuf::from("/usr/bin/chromium");
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var_os("DOCFLOW_REQUIRE_BROWSER").is_none(),
        "DOCFLOW_REQUIRE_BROWSER is set but /usr/bin/chromium is missing (apt-get install chromium)"
    );
    eprintln!("skipped: no /usr/bin/chromium (apt-get install chromium to run this test)");
    None
}

/// The DOM after Chromium loaded and rendered `page`.
fn rendered_dom(browser: &Path, page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("start chromium");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_html_view_renders_highlighted_entities_and_a_legend_in_a_browser() {
    let Some(browser) = chromium() else {
        return;
    };
    let exported = export_all(1);
    let (stem, doc) = exported
        .json
        .iter()
        .max_by_key(|(_, doc)| doc["entities"].as_array().unwrap().len())
        .unwrap();
    let entities = doc["entities"].as_array().unwrap();
    assert!(!entities.is_empty());

    let dom = rendered_dom(&browser, &exported.out.join(format!("{stem}.html")));
    assert_eq!(
        dom.matches("<mark class=\"entity\"").count(),
        entities.len(),
        "one highlighted element per entity"
    );
    for entity in entities {
        let label = entity["label"].as_str().unwrap();
        assert!(
            dom.contains(&format!("data-label=\"{label}\"")),
            "{label} missing"
        );
    }
    let legend = &dom[dom.find("<ul id=\"legend\"").expect("a legend")..];
    let legend = &legend[..legend.find("</ul>").unwrap()];
    let mut labels: Vec<&str> = entities
        .iter()
        .map(|e| e["label"].as_str().unwrap())
        .collect();
    labels.sort();
    labels.dedup();
    assert_eq!(legend.matches("<li").count(), labels.len(), "{legend}");
    assert!(!dom.contains("<script"), "the page runs no script");

    let index = rendered_dom(&browser, &exported.out.join("index.html"));
    assert!(index.contains("<table id=\"documents\""));
    assert!(
        index.matches("<a href=").count() >= exported.json.len(),
        "{index}"
    );
}
