//! Markdown for each fixture, compared with tests/fixtures/exports/golden/*.md
//! (`DOCFLOW_BLESS=1 cargo test -p export-markdown` rewrites them).

#[path = "../../../tests/fixtures/exports/harness.rs"]
mod harness;

use docflow_sdk::{Plugin, configure};
use export_markdown::ExportMarkdown;

#[test]
fn markdown_matches_the_golden_files() {
    let mut plugin = configure::<ExportMarkdown>("{}").unwrap();
    for (stem, doc) in harness::fixtures() {
        let output = plugin.process(doc).unwrap();
        assert_eq!(output.artifacts.len(), 1);
        assert_eq!(output.artifacts[0].name, ".md");
        harness::check_golden(&format!("{stem}.md"), &output.artifacts[0].bytes);
    }
}

/// What a CommonMark renderer (pulldown-cmark) reads: the heading, the
/// paragraphs (hard breaks as `\n`) and the table cells, as plain text.
fn rendered_text(markdown: &str) -> (String, Vec<String>, Vec<String>) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let (mut heading, mut paragraphs, mut cells) = (String::new(), Vec::new(), Vec::new());
    let mut current: Option<String> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::TableCell) => {
                current = Some(String::new())
            }
            Event::Text(text) => current
                .as_mut()
                .expect("text outside a block")
                .push_str(&text),
            Event::HardBreak => current.as_mut().unwrap().push('\n'),
            Event::End(TagEnd::Heading(level)) => {
                let text = current.take().unwrap();
                if level == pulldown_cmark::HeadingLevel::H1 {
                    heading = text;
                }
            }
            Event::End(TagEnd::Paragraph) => paragraphs.push(current.take().unwrap()),
            Event::End(TagEnd::TableCell) => cells.push(current.take().unwrap()),
            Event::Start(tag) if !matches!(tag, Tag::Table(_) | Tag::TableHead | Tag::TableRow) => {
                panic!("unexpected markup {tag:?} in\n{markdown}")
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                panic!("raw HTML {html:?} in\n{markdown}")
            }
            _ => {}
        }
    }
    (heading, paragraphs, cells)
}

#[test]
fn a_commonmark_renderer_reads_back_the_text_unchanged() {
    let mut plugin = configure::<ExportMarkdown>("{}").unwrap();
    let mut tricky = docflow_sdk::Document::new(
        "x.txt",
        "- không phải danh sách\n2026. Không phải số thứ tự\n\n*in nghiêng?* _gạch_ `mã` [liên kết](http://a) <b>đậm</b> &amp; a|b # #\n\n===\n\n> trích\n\\ cuối\\",
    );
    tricky.metadata.set("title", "# Tiêu đề | có *dấu* #");
    let mut docs: Vec<_> = harness::fixtures().into_iter().map(|(_, d)| d).collect();
    docs.push(tricky);
    for doc in docs {
        let md = String::from_utf8(
            plugin.process(doc.clone()).unwrap().artifacts[0]
                .bytes
                .clone(),
        )
        .unwrap();
        let (heading, paragraphs, cells) = rendered_text(&md);
        assert_eq!(heading, docflow_sdk::contract::title_or_file_name(&doc));
        let body: Vec<String> = docflow_sdk::contract::paragraphs(&doc.text)
            .into_iter()
            .map(|r| doc.text[r].to_string())
            .collect();
        assert_eq!(paragraphs[..body.len()], body[..], "{md}");
        assert!(cells.contains(&doc.source_file), "{cells:?}");
        for entity in docflow_sdk::contract::entities(&doc).unwrap() {
            assert!(cells.iter().any(|c| c == entity.text), "{}", entity.text);
        }
    }
}
