//! Pages and the index for the fixtures, compared with
//! tests/fixtures/exports/golden/*.html (`DOCFLOW_BLESS=1 cargo test -p
//! export-html` rewrites them), and checked for what a reader must see.

#[path = "../../../tests/fixtures/exports/harness.rs"]
mod harness;

use docflow_sdk::{Plugin, configure, contract};
use export_html::ExportHtml;

#[test]
fn pages_and_index_match_the_golden_files() {
    let mut plugin = configure::<ExportHtml>("{}").unwrap();
    let mut collections = harness::Collections::default();
    for (stem, doc) in harness::fixtures() {
        let id = doc.id.clone();
        let output = plugin.process(doc).unwrap();
        assert_eq!(output.artifacts[0].name, ".html");
        harness::check_golden(&format!("{stem}.html"), &output.artifacts[0].bytes);
        collections.add(&id, &output.artifacts);
    }
    harness::check_golden("index.html", &collections.file("index.html"));
}

/// The text a browser shows for an HTML fragment: tags dropped, `<br>` kept
/// as the line break that follows it, the five escapes undone.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt + rest[lt..].find('>').unwrap() + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Each `<mark>`'s label and the text it shows (nested marks included).
fn marks(html: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (at, _) in html.match_indices("<mark ") {
        let tag_end = at + html[at..].find('>').unwrap() + 1;
        let label_at = html[at..tag_end].find("data-label=\"").unwrap() + at + 12;
        let label = &html[label_at..label_at + html[label_at..].find('"').unwrap()];
        let mut depth = 1;
        let mut pos = tag_end;
        while depth > 0 {
            let next_open = html[pos..].find("<mark ").map(|i| i + pos);
            let next_close = html[pos..].find("</mark>").unwrap() + pos;
            match next_open {
                Some(open) if open < next_close => {
                    depth += 1;
                    pos = open + 1;
                }
                _ => {
                    depth -= 1;
                    pos = next_close + "</mark>".len();
                }
            }
        }
        let inner = &html[tag_end..pos - "</mark>".len()];
        found.push((label.to_string(), visible_text(inner)));
    }
    found
}

#[test]
fn every_entity_is_marked_and_the_body_reads_as_the_text() {
    let mut plugin = configure::<ExportHtml>("{}").unwrap();
    for (stem, doc) in harness::fixtures() {
        let html = String::from_utf8(
            plugin.process(doc.clone()).unwrap().artifacts[0]
                .bytes
                .clone(),
        )
        .unwrap();
        // Nothing from the document became markup.
        assert_eq!(html.matches("<script").count(), 0, "{stem}");
        let article = &html[html.find("<article>").unwrap()..html.find("</article>").unwrap()];
        let paragraphs: Vec<String> = article
            .split("</p>")
            .filter(|p| p.contains("<p>"))
            .map(|p| visible_text(p).trim_start().to_string())
            .collect();
        let expected: Vec<&str> = contract::paragraphs(&doc.text)
            .into_iter()
            .map(|r| &doc.text[r])
            .collect();
        assert_eq!(paragraphs, expected, "{stem}");
        // One mark per entity (the fixtures nest but never cross), with the
        // entity's text inside, and one legend item per label.
        let entities = contract::entities(&doc).unwrap();
        assert_eq!(
            article.matches("<mark class=\"entity\"").count(),
            entities.len(),
            "{stem}"
        );
        let mut marked = marks(article);
        let mut wanted: Vec<(String, String)> = entities
            .iter()
            .map(|e| (e.label.to_string(), e.text.to_string()))
            .collect();
        marked.sort();
        wanted.sort();
        assert_eq!(marked, wanted, "{stem}");
        let legend = &html[html.find("<ul id=\"legend\">").unwrap()..];
        let legend = &legend[..legend.find("</ul>").unwrap()];
        for (label, count) in contract::label_counts(&doc) {
            assert!(
                legend.contains(&format!(
                    "<li data-label=\"{label}\">{label}<span class=\"n\">{count}</span></li>"
                )),
                "{stem}: {label}"
            );
        }
        assert_eq!(
            legend.matches("<li").count(),
            contract::label_counts(&doc).len()
        );
    }
}
