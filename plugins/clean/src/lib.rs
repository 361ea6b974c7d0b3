//! First version of the cleaning stage: Unicode and whitespace
//! normalisation, one paragraph per line, repeated paragraphs dropped, the
//! headline and the article's own date moved into metadata.

mod normalize;
mod published;

use docflow_sdk::{ConfigOption, Document, Output, Plugin, PluginError, PluginInfo};
use serde::Deserialize;

pub use normalize::normalize_line;
pub use published::find_published;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Take the first paragraph as the headline.
    #[serde(default = "yes")]
    pub title: bool,
    /// Drop a paragraph identical to one already kept.
    #[serde(default = "yes")]
    pub dedupe: bool,
}

fn yes() -> bool {
    true
}

pub struct Clean {
    config: Config,
}

impl Plugin for Clean {
    type Config = Config;

    fn info() -> PluginInfo {
        PluginInfo::transform("Normalises text (NFC, Đ, spaces, zero-width), one paragraph per line, drops repeats, extracts title and date")
            .option(ConfigOption::new("title", "bool", "take the first paragraph as the headline").default_value(true))
            .option(ConfigOption::new("dedupe", "bool", "drop paragraphs repeated verbatim").default_value(true))
    }

    fn new(config: Config) -> Result<Self, PluginError> {
        Ok(Clean { config })
    }

    fn process(&mut self, mut doc: Document) -> Result<Output, PluginError> {
        let mut paragraphs: Vec<String> = doc
            .text
            .lines()
            .map(normalize_line)
            .filter(|line| !line.is_empty() && !is_marker(line))
            .collect();
        if self.config.dedupe {
            let mut seen = std::collections::HashSet::new();
            paragraphs.retain(|p| seen.insert(p.clone()));
        }
        if self.config.title && !paragraphs.is_empty() {
            let headline = paragraphs.remove(0);
            doc.metadata.set("title", headline);
        }
        if let Some((index, published)) = find_published(&paragraphs) {
            doc.metadata.set("published", published);
            if let Some(index) = index {
                paragraphs.remove(index);
            }
        }
        if paragraphs.is_empty() {
            return Err(PluginError::invalid_input(
                "no body text left after cleaning",
            ));
        }
        doc.text = paragraphs.join("\n\n");
        // Entities of earlier stages point into the old text.
        doc.entities.clear();
        Ok(doc.into())
    }
}

docflow_sdk::register_plugin!(Clean);

/// A short line framed by punctuation, like `--Quảng cáo---` or `[Ảnh]`:
/// a page marker, not text. So is a line of punctuation alone.
fn is_marker(line: &str) -> bool {
    let framed = |c: char| {
        matches!(
            c,
            '-' | '–' | '—' | '=' | '*' | '[' | ']' | '<' | '>' | '|' | '_'
        )
    };
    let starts = line.starts_with(framed);
    let ends = line.ends_with(framed);
    let has_words_or_numbers = line.chars().any(char::is_alphanumeric);
    (starts && ends && line.chars().count() <= 40) || !has_words_or_numbers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> Document {
        let mut plugin = Clean::new(serde_json::from_str("{}").unwrap()).unwrap();
        plugin
            .process(Document::new("a.txt", text))
            .unwrap()
            .document
            .unwrap()
    }

    #[test]
    fn headline_date_and_paragraphs() {
        let doc = clean(
            "--Quảng cáo---\n\nNông dân Hậu Giang trúng mùa\n\nKinh tế - Minh Thư - 08:05 14/03/2022\n\
             Sáng 13/3,\u{a0}hàng trăm hộ  dân bắt đầu thu hoạch.  \n\n\
             Giá lúa năm nay cao hơn năm trước.\n\nGiá lúa năm nay cao hơn năm trước.\n",
        );
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Nông dân Hậu Giang trúng mùa")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2022-03-14T08:05"));
        assert_eq!(
            doc.text,
            "Sáng 13/3, hàng trăm hộ dân bắt đầu thu hoạch.\n\nGiá lúa năm nay cao hơn năm trước."
        );
    }

    #[test]
    fn decomposed_text_becomes_nfc_with_the_right_d() {
        let doc = clean("Tiêu đề\n\u{D0}a\u{300} Na\u{306}\u{303}ng\u{200b} mu\u{300}a he\u{300}");
        assert_eq!(doc.text, "Đà Nẵng mùa hè");
    }

    #[test]
    fn a_document_with_only_a_title_is_invalid_input() {
        let mut plugin = Clean::new(serde_json::from_str("{}").unwrap()).unwrap();
        let err = plugin
            .process(Document::new("a.txt", "Chỉ có tiêu đề"))
            .unwrap_err();
        assert!(err.message.contains("no body text"));
    }

    #[test]
    fn config_rejects_unknown_keys() {
        assert!(serde_json::from_str::<Config>(r#"{"titel": false}"#).is_err());
    }
}
