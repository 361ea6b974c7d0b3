//! Located configuration errors, collected and reported all at once.

use std::ops::Range;
use std::path::Path;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;

/// One problem in a pipeline file, at a byte span of its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Range<usize>,
    pub message: String,
    /// What to do about it, when we can tell.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            span,
            message: message.into(),
            help: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..floor_char_boundary(source, offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Renders diagnostics as `file:line:col: error: message` lines, each
/// followed by the source excerpt, sorted by position.
pub fn render(path: &Path, source: &str, diagnostics: &[Diagnostic]) -> String {
    let name = path.display().to_string();
    let file = SimpleFile::new(name.as_str(), source);
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by_key(|d| (d.span.start, d.span.end));
    let config = term::Config::default();
    let mut out = String::new();
    for diagnostic in sorted {
        let (line, column) = line_col(source, diagnostic.span.start);
        out.push_str(&format!(
            "{name}:{line}:{column}: error: {}\n",
            diagnostic.message
        ));
        let mut report = Report::error()
            .with_message(&diagnostic.message)
            .with_labels(vec![Label::primary((), diagnostic.span.clone())]);
        if let Some(help) = &diagnostic.help {
            report = report.with_notes(vec![format!("help: {help}")]);
        }
        if let Ok(excerpt) = term::emit_into_string(&config, &file, &report) {
            out.push_str(&excerpt);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let source = "a = 1\nname = \"Đà Lạt\" x\n";
        let x = source.find(" x").unwrap() + 1;
        assert_eq!(line_col(source, x), (2, 17));
        assert_eq!(line_col(source, 0), (1, 1));
    }

    #[test]
    fn render_prints_each_error_with_its_location_in_source_order() {
        let source = "one = 1\ntwo = 2\n";
        let text = render(
            Path::new("p.toml"),
            source,
            &[
                Diagnostic::new(8..11, "second"),
                Diagnostic::new(0..3, "first").help("fix it"),
            ],
        );
        let first = text.find("p.toml:1:1: error: first").unwrap();
        let second = text.find("p.toml:2:1: error: second").unwrap();
        assert!(first < second, "{text}");
        assert!(text.contains("help: fix it"), "{text}");
    }
}
