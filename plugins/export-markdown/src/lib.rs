//! The Markdown export: `<input stem>.md` per document, for reading.
//!
//! ```markdown
//! # Title (the file name when there is none)
//!
//! | Field | Value |
//! | --- | --- |
//! | title | … |            (published, author, source, encoding, id, file)
//!
//! Body paragraphs…
//!
//! ## Entities
//!
//! ### PERSON (3)
//!
//! | Text | Mentions |
//! | --- | ---: |
//! | Nguyễn Văn An | 2 |
//! ```
//!
//! Text from the document is escaped so that it reads as the text itself in
//! any CommonMark/GFM renderer: characters with a meaning (`*`, `_`, `` ` ``,
//! `[`, `|`, `<`, `&`, `#`…) are backslash-escaped, as are list, heading and
//! rule markers at the start of a line; leading indentation is dropped (it
//! would make a code block) and a line break inside a paragraph becomes a hard
//! break.

use std::collections::HashMap;

use docflow_sdk::contract::{self, metadata_display};
use docflow_sdk::{Artifact, ConfigOption, Document, Output, Plugin, PluginError, PluginInfo};
use serde::Deserialize;

/// The metadata table's rows after the four well-known keys.
const EXTRA_ROWS: [&str; 3] = ["encoding", "id", "file"];

/// The stage's config.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Add the entity index after the body.
    #[serde(default = "yes")]
    pub entity_index: bool,
}

fn yes() -> bool {
    true
}

/// The plugin.
pub struct ExportMarkdown {
    entity_index: bool,
}

impl Plugin for ExportMarkdown {
    type Config = Config;

    fn info() -> PluginInfo {
        PluginInfo::export(
            "Writes <input stem>.md: title, metadata table, body paragraphs and an entity index",
        )
        .option(
            ConfigOption::new(
                "entity_index",
                "bool",
                "end with the entities per label and their mention counts",
            )
            .default_value(true),
        )
    }

    fn new(config: Config) -> Result<Self, PluginError> {
        Ok(ExportMarkdown {
            entity_index: config.entity_index,
        })
    }

    fn process(&mut self, doc: Document) -> Result<Output, PluginError> {
        let markdown = to_markdown(&doc, self.entity_index)?;
        Ok(Output::unchanged().with_artifact(Artifact::new(
            ".md",
            "text/markdown; charset=utf-8",
            markdown,
        )))
    }
}

docflow_sdk::register_plugin!(ExportMarkdown);

/// Renders the document as Markdown.
pub fn to_markdown(doc: &Document, entity_index: bool) -> Result<String, PluginError> {
    let entities = contract::entities(doc)?;
    let mut md = String::with_capacity(doc.text.len() * 11 / 10 + 1024);
    md.push_str("# ");
    md.push_str(&one_line(&contract::title_or_file_name(doc)));
    md.push_str("\n\n| Field | Value |\n| --- | --- |\n");
    for key in contract::WELL_KNOWN_KEYS.iter().chain(&EXTRA_ROWS) {
        let value = match *key {
            "id" => Some(doc.id.clone()).filter(|id| !id.is_empty()),
            "file" => Some(doc.source_file.clone()),
            key => metadata_display(&doc.metadata, key),
        };
        md.push_str(&format!(
            "| {key} | {} |\n",
            value.as_deref().map(one_line).unwrap_or_default()
        ));
    }
    for range in contract::paragraphs(&doc.text) {
        md.push('\n');
        md.push_str(&paragraph(&doc.text[range]));
        md.push('\n');
    }
    if entity_index {
        md.push_str("\n## Entities\n");
        if entities.is_empty() {
            md.push_str("\nNo entities were tagged.\n");
        }
        for (label, count) in contract::label_counts(doc) {
            // Distinct texts in order of first mention, then most mentioned first.
            let mut mentions: Vec<(&str, usize)> = Vec::new();
            let mut index: HashMap<&str, usize> = HashMap::new();
            for entity in entities.iter().filter(|e| e.label == label) {
                let slot = *index.entry(entity.text).or_insert_with(|| {
                    mentions.push((entity.text, 0));
                    mentions.len() - 1
                });
                mentions[slot].1 += 1;
            }
            mentions.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
            md.push_str(&format!(
                "\n### {} ({count})\n\n| Text | Mentions |\n| --- | ---: |\n",
                one_line(label)
            ));
            for (text, n) in mentions {
                md.push_str(&format!("| {} | {n} |\n", one_line(text)));
            }
        }
    }
    Ok(md)
}

/// Escapes characters with a Markdown meaning anywhere in a line.
fn escape_inline(text: &str, out: &mut String) {
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
}

/// One line of text, escaped, with what would start a block at the start of
/// a line (list, heading underline, rule, ordered list) escaped too.
fn line(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len() + 8);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if matches!(text.as_bytes().first(), Some(b'-' | b'+' | b'=')) {
        out.push('\\');
        escape_inline(text, &mut out);
    } else if (1..=9).contains(&digits) && matches!(text.as_bytes().get(digits), Some(b'.' | b')'))
    {
        out.push_str(&text[..digits]);
        out.push('\\');
        escape_inline(&text[digits..], &mut out);
    } else {
        escape_inline(text, &mut out);
    }
    out
}

/// Text for a heading or a table cell: line breaks become spaces.
fn one_line(text: &str) -> String {
    line(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A paragraph: its lines escaped and joined with hard breaks.
fn paragraph(text: &str) -> String {
    text.lines().map(line).collect::<Vec<_>>().join("\\\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use docflow_sdk::configure;

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(
            line("a *b* _c_ `d` [e](f) <g> h|i ~j~ & #k \\"),
            "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> h\\|i \\~j\\~ \\& \\#k \\\\"
        );
        assert_eq!(line("- không phải danh sách"), "\\- không phải danh sách");
        assert_eq!(line("+ cũng không"), "\\+ cũng không");
        assert_eq!(line("==="), "\\===");
        assert_eq!(line("2026. Năm mới"), "2026\\. Năm mới");
        assert_eq!(line("1) một"), "1\\) một");
        assert_eq!(line("20/11 là ngày"), "20/11 là ngày");
        assert_eq!(line("    thụt lề"), "thụt lề");
        assert_eq!(paragraph("dòng một\ndòng hai"), "dòng một\\\ndòng hai");
        assert_eq!(one_line("a\nb |  c"), "a b \\| c");
    }

    #[test]
    fn layout_without_title_or_entities() {
        let mut doc = Document::new("bản tin.txt", "Đoạn một.\n\n\n-- Đoạn hai.");
        doc.id = "ab".into();
        doc.metadata.set("published", "2026-11-22");
        let md = to_markdown(&doc, true).unwrap();
        assert_eq!(
            md,
            "# bản tin.txt\n\n| Field | Value |\n| --- | --- |\n| title |  |\n| published | 2026-11-22 |\n\
             | author |  |\n| source |  |\n| encoding |  |\n| id | ab |\n| file | bản tin.txt |\n\n\
             Đoạn một.\n\n\\-- Đoạn hai.\n\n## Entities\n\nNo entities were tagged.\n"
        );
        assert!(!to_markdown(&doc, false).unwrap().contains("## Entities"));
    }

    #[test]
    fn entity_index_counts_distinct_texts_per_label() {
        let mut doc = Document::new("a.txt", "Huế, Huế và Đà Nẵng; ông Lê A ở Huế.");
        for (label, needle) in [
            ("LOCATION", "Huế"),
            ("LOCATION", "Đà Nẵng"),
            ("PERSON", "Lê A"),
        ] {
            for span in docflow_sdk::text::find_all(&doc.text.clone(), needle) {
                doc.add_entity(label, span);
            }
        }
        let md = to_markdown(&doc, true).unwrap();
        let index = &md[md.find("## Entities").unwrap()..];
        assert_eq!(
            index,
            "## Entities\n\n### LOCATION (4)\n\n| Text | Mentions |\n| --- | ---: |\n| Huế | 3 |\n| Đà Nẵng | 1 |\n\
             \n### PERSON (1)\n\n| Text | Mentions |\n| --- | ---: |\n| Lê A | 1 |\n"
        );
    }

    #[test]
    fn process_writes_one_md_file() {
        let mut plugin = configure::<ExportMarkdown>("{}").unwrap();
        let out = plugin.process(Document::new("a.txt", "x")).unwrap();
        assert_eq!(out.artifacts.len(), 1);
        assert_eq!(out.artifacts[0].name, ".md");
        assert!(configure::<ExportMarkdown>(r#"{"index": false}"#).is_err());
    }
}
