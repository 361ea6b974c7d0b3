//! The HTML view: `<input stem>.html` per document, a page to *look* at what
//! was tagged, and an `index.html` listing every document.
//!
//! Each page is self-contained: inline CSS, no fonts, images or scripts, and
//! a Content-Security-Policy that forbids loading anything, so it opens
//! offline and never touches the network. It shows the title, a metadata
//! table, a legend (`<ul id="legend">`, one `<li data-label="…">` per label
//! present with its count) and the body, every entity wrapped as
//! `<mark class="entity" data-label="PERSON" title="PERSON · key: value">`:
//! coloured per label by CSS attribute selectors, labelled with a small badge
//! (so colour is never the only cue), and showing label and attributes on
//! hover through the `title` attribute and a CSS tooltip. All document text is
//! HTML-escaped.
//!
//! Entities may nest (a LOCATION inside an ORGANIZATION); one that crosses
//! another cannot be an element and is left unmarked, but still counted in
//! the legend. An entity over a paragraph break is marked in both paragraphs.
//!
//! The index is a collection file (`+index.html`, see
//! [`docflow_sdk::contract`]): each document's entry is one table row linking
//! to its page, with title, published date and entity counts per label; the
//! page around the table is the head and tail.

use std::cmp::Reverse;
use std::fmt::Write as _;

use docflow_sdk::contract::{self, ContractEntity, check_collection_name, metadata_display};
use docflow_sdk::{Artifact, ConfigOption, Document, Output, Plugin, PluginError, PluginInfo};
use serde::Deserialize;

/// Labels docflow's tagger produces, each with its own colour.
pub const LABEL_COLOURS: [(&str, &str); 6] = [
    ("PERSON", "#ffd8a8"),
    ("POSITION", "#ffec99"),
    ("LOCATION", "#b2f2bb"),
    ("ORGANIZATION", "#a5d8ff"),
    ("DATE", "#d0bfff"),
    ("LEGAL_REF", "#fcc2d7"),
];

/// The colour of any other label.
pub const NEUTRAL_COLOUR: &str = "#dee2e6";

const MEDIA_TYPE: &str = "text/html; charset=utf-8";
const DEFAULT_INDEX_FILE: &str = "index.html";
const DEFAULT_INDEX_TITLE: &str = "Documents";
const DEFAULT_LANG: &str = "vi";

/// The stage's config.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Also write the index page.
    #[serde(default = "yes")]
    pub index: bool,
    /// The index page's file name.
    #[serde(default = "default_index_file")]
    pub index_file: String,
    /// The index page's heading.
    #[serde(default = "default_index_title")]
    pub index_title: String,
    /// The pages' `lang` attribute.
    #[serde(default = "default_lang")]
    pub lang: String,
}

fn yes() -> bool {
    true
}
fn default_index_file() -> String {
    DEFAULT_INDEX_FILE.into()
}
fn default_index_title() -> String {
    DEFAULT_INDEX_TITLE.into()
}
fn default_lang() -> String {
    DEFAULT_LANG.into()
}

/// The plugin.
pub struct ExportHtml {
    config: Config,
    index_head: Vec<u8>,
}

impl Plugin for ExportHtml {
    type Config = Config;

    fn info() -> PluginInfo {
        PluginInfo::export(
            "Writes <input stem>.html, a self-contained page with entities highlighted by label, and an index page",
        )
        .option(
            ConfigOption::new("index", "bool", "also write the index page listing every document")
                .default_value(true),
        )
        .option(
            ConfigOption::new("index_file", "string", "the index page's file name")
                .default_value(DEFAULT_INDEX_FILE),
        )
        .option(
            ConfigOption::new("index_title", "string", "the index page's heading")
                .default_value(DEFAULT_INDEX_TITLE),
        )
        .option(
            ConfigOption::new("lang", "string", "the pages' language tag").default_value(DEFAULT_LANG),
        )
    }

    fn new(config: Config) -> Result<Self, PluginError> {
        check_collection_name(&config.index_file)?;
        let lang_ok = !config.lang.is_empty()
            && config.lang.len() <= 35
            && config
                .lang
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !lang_ok {
            return Err(PluginError::invalid_config(format!(
                "`lang` = {:?} is not a language tag such as \"vi\" or \"en-US\"",
                config.lang
            )));
        }
        let index_head = index_head(&config.lang, &config.index_title).into_bytes();
        Ok(ExportHtml { config, index_head })
    }

    fn process(&mut self, doc: Document) -> Result<Output, PluginError> {
        let index = self.config.index.then_some(self.config.index_file.as_str());
        let back = index.map(|file| (file, self.config.index_title.as_str()));
        let page = to_html(&doc, &self.config.lang, back)?;
        let mut output =
            Output::unchanged().with_artifact(Artifact::new(".html", MEDIA_TYPE, page));
        if let Some(file) = index {
            output = output
                .with_artifact(contract::collection_head(
                    file,
                    MEDIA_TYPE,
                    self.index_head.clone(),
                ))
                .with_artifact(contract::collection_entry(
                    file,
                    MEDIA_TYPE,
                    index_row(&doc),
                ))
                .with_artifact(contract::collection_tail(file, MEDIA_TYPE, INDEX_TAIL));
        }
        Ok(output)
    }
}

docflow_sdk::register_plugin!(ExportHtml);

/// The colour a label is shown in.
pub fn label_colour(label: &str) -> &'static str {
    LABEL_COLOURS
        .iter()
        .find(|(known, _)| *known == label)
        .map_or(NEUTRAL_COLOUR, |(_, colour)| colour)
}

/// The style sheet every page carries inline.
pub fn css() -> String {
    let mut css = String::from(BASE_CSS);
    css.push_str(&format!("[data-label]{{--c:{NEUTRAL_COLOUR}}}\n"));
    for (label, colour) in LABEL_COLOURS {
        css.push_str(&format!("[data-label=\"{label}\"]{{--c:{colour}}}\n"));
    }
    css
}

const BASE_CSS: &str = "\
:root{color-scheme:light}
body{margin:0;background:#fff;color:#1b1b1b;font:17px/1.65 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 4rem}
h1{font-size:1.75rem;line-height:1.3;margin:.4rem 0 1rem}
a{color:#1a4f9c}
nav{font-size:.9rem}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}
th,td{border:1px solid #c8c8c8;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f1f3f5;font-weight:600}
table.metadata td{overflow-wrap:anywhere}
#legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:1rem 0}
#legend li,.count{background:var(--c);border:1px solid rgba(0,0,0,.25);border-radius:.3rem;padding:0 .45rem;font-size:.85rem;font-weight:600;white-space:nowrap}
#legend li .n{font-weight:400;margin-left:.3rem}
.count{display:inline-block;margin:0 .25rem .2rem 0}
.none{color:#555;font-style:italic}
td.date{white-space:nowrap}
mark.entity{background:var(--c);color:inherit;border-radius:.25rem;padding:0 .15rem;position:relative;cursor:help;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.entity::after{content:attr(data-label);font-size:.6rem;font-weight:700;margin-left:.25rem;vertical-align:middle;color:#333}
mark.entity:hover::before{content:attr(title);position:absolute;left:0;bottom:calc(100% + .25rem);z-index:1;width:max-content;max-width:30rem;white-space:normal;background:#1b1b1b;color:#fff;font-size:.8rem;font-weight:400;line-height:1.4;padding:.25rem .5rem;border-radius:.3rem;pointer-events:none}
";

/// Escapes text for HTML content and quoted attribute values.
pub fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape(text, &mut out);
    out
}

/// Percent-encodes a file name for an `href` (everything but `A-Z a-z 0-9 - . _ ~`).
pub fn href(file_name: &str) -> String {
    let mut out = String::with_capacity(file_name.len());
    for byte in file_name.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

fn page_start(lang: &str, title: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"docflow export-html {}\">\n\
         <title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n<main>\n",
        env!("CARGO_PKG_VERSION"),
        escaped(title),
        css()
    )
}

const PAGE_END: &str = "</main>\n</body>\n</html>\n";

/// The document's page. `index` is the index page to link back to: its file
/// name and the link's text.
pub fn to_html(
    doc: &Document,
    lang: &str,
    index: Option<(&str, &str)>,
) -> Result<String, PluginError> {
    let entities = contract::entities(doc)?;
    let title = contract::title_or_file_name(doc);
    let mut html = page_start(lang, &title);
    html.reserve(doc.text.len() * 2 + entities.len() * 120);
    if let Some((file, text)) = index {
        let _ = writeln!(
            html,
            "<nav><a href=\"{}\">← {}</a></nav>",
            href(file),
            escaped(text)
        );
    }
    let _ = writeln!(html, "<h1>{}</h1>", escaped(&title));

    html.push_str("<table class=\"metadata\">\n");
    for key in contract::WELL_KNOWN_KEYS
        .iter()
        .chain(&["encoding", "id", "file"])
    {
        let value = match *key {
            "id" => Some(doc.id.clone()),
            "file" => Some(doc.source_file.clone()),
            key => metadata_display(&doc.metadata, key),
        };
        let _ = writeln!(
            html,
            "<tr><th scope=\"row\">{key}</th><td>{}</td></tr>",
            escaped(value.as_deref().unwrap_or(""))
        );
    }
    html.push_str("</table>\n<ul id=\"legend\">\n");
    let counts = contract::label_counts(doc);
    for (label, count) in &counts {
        let label = escaped(label);
        let _ = writeln!(
            html,
            "<li data-label=\"{label}\">{label}<span class=\"n\">{count}</span></li>"
        );
    }
    html.push_str("</ul>\n");
    if counts.is_empty() {
        html.push_str("<p class=\"none\">No entities were tagged.</p>\n");
    }
    html.push_str("<article>\n");
    render_body(&doc.text, &entities, &mut html);
    html.push_str("</article>\n");
    html.push_str(PAGE_END);
    Ok(html)
}

/// The entities that can be elements, sorted by start (outer first): empty
/// ones and those crossing an earlier one are left out.
fn markable<'e, 'a>(entities: &'e [ContractEntity<'a>]) -> Vec<&'e ContractEntity<'a>> {
    let mut order: Vec<usize> = (0..entities.len())
        .filter(|&i| !entities[i].bytes.is_empty())
        .collect();
    order.sort_by_key(|&i| (entities[i].bytes.start, Reverse(entities[i].bytes.end), i));
    let mut open_ends: Vec<usize> = Vec::new();
    let mut kept = Vec::with_capacity(order.len());
    for i in order {
        let span = &entities[i].bytes;
        while open_ends.last().is_some_and(|&end| end <= span.start) {
            open_ends.pop();
        }
        if open_ends.last().is_some_and(|&end| span.end > end) {
            continue; // crosses the entity it starts in
        }
        open_ends.push(span.end);
        kept.push(&entities[i]);
    }
    kept
}

fn open_mark(entity: &ContractEntity<'_>, html: &mut String) {
    let mut title = entity.label.to_string();
    for (key, value) in entity.attributes {
        let _ = write!(title, " · {key}: {value}");
    }
    html.push_str("<mark class=\"entity\" data-label=\"");
    escape(entity.label, html);
    html.push_str("\" title=\"");
    escape(&title, html);
    html.push_str("\">");
}

fn push_text(text: &str, html: &mut String) {
    let mut lines = text.split('\n');
    if let Some(first) = lines.next() {
        escape(first, html);
    }
    for line in lines {
        html.push_str("<br>\n");
        escape(line, html);
    }
}

/// The body as `<p>` paragraphs with the entities marked.
fn render_body(text: &str, entities: &[ContractEntity<'_>], html: &mut String) {
    let marks = markable(entities);
    let mut next = 0;
    let mut open: Vec<usize> = Vec::new(); // indices into `marks`, outermost first
    for para in contract::paragraphs(text) {
        open.retain(|&m| marks[m].bytes.end > para.start);
        while next < marks.len() && marks[next].bytes.start < para.start {
            if marks[next].bytes.end > para.start {
                open.push(next);
            }
            next += 1;
        }
        html.push_str("<p>");
        for &m in &open {
            open_mark(marks[m], html);
        }
        let mut cursor = para.start;
        loop {
            let close_at = open
                .last()
                .map(|&m| marks[m].bytes.end)
                .filter(|&end| end <= para.end);
            let open_at = (next < marks.len() && marks[next].bytes.start < para.end)
                .then(|| marks[next].bytes.start);
            match (close_at, open_at) {
                (Some(close), open_at) if open_at.is_none_or(|o| close <= o) => {
                    push_text(&text[cursor..close], html);
                    html.push_str("</mark>");
                    open.pop();
                    cursor = close;
                }
                (_, Some(start)) => {
                    push_text(&text[cursor..start], html);
                    open_mark(marks[next], html);
                    open.push(next);
                    next += 1;
                    cursor = start;
                }
                _ => break,
            }
        }
        push_text(&text[cursor..para.end], html);
        for _ in &open {
            html.push_str("</mark>");
        }
        html.push_str("</p>\n");
    }
}

/// The index page up to and including `<tbody>`.
pub fn index_head(lang: &str, title: &str) -> String {
    let mut html = page_start(lang, title);
    let _ = write!(
        html,
        "<h1>{}</h1>\n<table id=\"documents\">\n<thead><tr><th scope=\"col\">Title</th>\
         <th scope=\"col\">Published</th><th scope=\"col\">Entities</th></tr></thead>\n<tbody>\n",
        escaped(title)
    );
    html
}

/// The index page after the rows.
pub const INDEX_TAIL: &str = "</tbody>\n</table>\n</main>\n</body>\n</html>\n";

/// The document's row in the index: link to its page, published date and
/// entity counts per label.
pub fn index_row(doc: &Document) -> String {
    let page = format!("{}.html", contract::file_stem(&doc.source_file));
    let mut row = format!(
        "<tr data-id=\"{}\"><td><a href=\"{}\">{}</a></td><td class=\"date\">{}</td><td>",
        escaped(&doc.id),
        href(&page),
        escaped(&contract::title_or_file_name(doc)),
        escaped(&metadata_display(&doc.metadata, "published").unwrap_or_default()),
    );
    for (label, count) in contract::label_counts(doc) {
        let label = escaped(label);
        let _ = write!(
            row,
            "<span class=\"count\" data-label=\"{label}\">{label} {count}</span>"
        );
    }
    row.push_str("</td></tr>\n");
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use docflow_sdk::configure;

    fn doc_with(text: &str, spans: &[(&str, &str, usize)]) -> Document {
        let mut doc = Document::new("tin.txt", text);
        for &(label, needle, nth) in spans {
            let span = docflow_sdk::text::find_all(text, needle).nth(nth).unwrap();
            doc.add_entity(label, span);
        }
        doc
    }

    fn body(doc: &Document) -> String {
        let html = to_html(doc, "vi", None).unwrap();
        let start = html.find("<article>\n").unwrap() + "<article>\n".len();
        let end = html.find("</article>").unwrap();
        html[start..end].to_string()
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut doc = doc_with(
            "Chèn <script>alert('x')</script> & \"Bộ Y tế\" xong.",
            &[("ORGANIZATION", "\"Bộ Y tế\"", 0)],
        );
        doc.entities[0].set_attribute("ghi <chú>", "a & \"b\" <script>");
        doc.metadata.set("title", "<script>alert(1)</script> & co");
        let html = to_html(&doc, "vi", Some(("index.html", "Documents"))).unwrap();
        assert!(!html.contains("<script"), "{html}");
        assert_eq!(
            body(&doc),
            "<p>Chèn &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark class=\"entity\" \
             data-label=\"ORGANIZATION\" title=\"ORGANIZATION · ghi &lt;chú&gt;: a &amp; &quot;b&quot; \
             &lt;script&gt;\">&quot;Bộ Y tế&quot;</mark> xong.</p>\n"
        );
        assert!(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>"));
        assert!(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>"));
    }

    #[test]
    fn nested_entities_nest_and_crossing_ones_are_left_unmarked() {
        let doc = doc_with(
            "Sở Y tế tỉnh Bắc Ninh họp.",
            &[
                ("LOCATION", "Bắc Ninh", 0),
                ("ORGANIZATION", "Sở Y tế tỉnh Bắc Ninh", 0),
                ("DATE", "Ninh họp", 0), // crosses both
            ],
        );
        assert_eq!(
            body(&doc),
            "<p><mark class=\"entity\" data-label=\"ORGANIZATION\" title=\"ORGANIZATION\">Sở Y tế tỉnh \
             <mark class=\"entity\" data-label=\"LOCATION\" title=\"LOCATION\">Bắc Ninh</mark></mark> họp.</p>\n"
        );
    }

    #[test]
    fn paragraphs_line_breaks_and_an_entity_across_a_paragraph_break() {
        let doc = doc_with(
            "Một\nhai Huế.\n\nĐà Nẵng cuối",
            &[("LOCATION", "Huế", 0), ("X", "Huế.\n\nĐà", 0)],
        );
        let html = body(&doc);
        assert_eq!(
            html,
            "<p>Một<br>\nhai <mark class=\"entity\" data-label=\"X\" title=\"X\"><mark class=\"entity\" \
             data-label=\"LOCATION\" title=\"LOCATION\">Huế</mark>.</mark></p>\n\
             <p><mark class=\"entity\" data-label=\"X\" title=\"X\">Đà</mark> Nẵng cuối</p>\n"
        );
    }

    #[test]
    fn adjacent_and_empty_entities() {
        let mut doc = doc_with("HàNội", &[("A", "Hà", 0), ("B", "Nội", 0)]);
        doc.entities.push(docflow_sdk::Entity::new("C", 3..3));
        assert_eq!(
            body(&doc),
            "<p><mark class=\"entity\" data-label=\"A\" title=\"A\">Hà</mark><mark class=\"entity\" \
             data-label=\"B\" title=\"B\">Nội</mark></p>\n"
        );
    }

    #[test]
    fn legend_lists_each_label_with_its_count() {
        let doc = doc_with(
            "Huế và Huế, ông An.",
            &[
                ("LOCATION", "Huế", 0),
                ("LOCATION", "Huế", 1),
                ("PERSON", "An", 0),
            ],
        );
        let html = to_html(&doc, "vi", None).unwrap();
        assert!(html.contains(
            "<ul id=\"legend\">\n<li data-label=\"LOCATION\">LOCATION<span class=\"n\">2</span></li>\n\
             <li data-label=\"PERSON\">PERSON<span class=\"n\">1</span></li>\n</ul>\n"
        ));
        assert!(!html.contains("No entities"));
    }

    #[test]
    fn self_contained() {
        let html = to_html(
            &doc_with("Huế", &[("LOCATION", "Huế", 0)]),
            "vi",
            Some(("index.html", "Documents")),
        )
        .unwrap();
        for forbidden in [
            "http:", "https:", "//", "<script", "<link", "<img", "@import", "url(",
        ] {
            let outside_csp = html.replace("default-src 'none'; style-src 'unsafe-inline'", "");
            assert!(!outside_csp.contains(forbidden), "{forbidden} in\n{html}");
        }
    }

    #[test]
    fn every_known_label_has_its_own_colour() {
        let mut colours: Vec<&str> = LABEL_COLOURS.iter().map(|(_, c)| *c).collect();
        colours.push(NEUTRAL_COLOUR);
        colours.sort();
        colours.dedup();
        assert_eq!(colours.len(), LABEL_COLOURS.len() + 1);
        assert_eq!(label_colour("EVENT"), NEUTRAL_COLOUR);
        assert_eq!(label_colour("DATE"), "#d0bfff");
        let css = css();
        assert!(css.contains("[data-label=\"LEGAL_REF\"]{--c:#fcc2d7}"));
    }

    #[test]
    fn index_row_links_to_the_page_and_counts_labels() {
        let mut doc = doc_with("Huế và An", &[("LOCATION", "Huế", 0), ("PERSON", "An", 0)]);
        doc.source_file = "bản tin #3 <a>.txt".into();
        doc.id = "ab".into();
        doc.metadata.set("published", "2026-11-22");
        assert_eq!(
            index_row(&doc),
            "<tr data-id=\"ab\"><td><a href=\"b%E1%BA%A3n%20tin%20%233%20%3Ca%3E.html\">bản tin #3 &lt;a&gt;.txt</a>\
             </td><td class=\"date\">2026-11-22</td><td><span class=\"count\" data-label=\"LOCATION\">LOCATION 1</span>\
             <span class=\"count\" data-label=\"PERSON\">PERSON 1</span></td></tr>\n"
        );
    }

    #[test]
    fn artifacts_and_config() {
        let mut plugin = configure::<ExportHtml>("{}").unwrap();
        let out = plugin.process(doc_with("Huế", &[])).unwrap();
        let names: Vec<&str> = out.artifacts.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(
            names,
            [
                ".html",
                "+index.html#head",
                "+index.html",
                "+index.html#tail"
            ]
        );
        assert!(String::from_utf8_lossy(&out.artifacts[1].bytes).ends_with("<tbody>\n"));
        let mut plugin = configure::<ExportHtml>(r#"{"index": false, "lang": "en-GB"}"#).unwrap();
        let out = plugin.process(doc_with("Huế", &[])).unwrap();
        assert_eq!(out.artifacts.len(), 1);
        let page = String::from_utf8_lossy(&out.artifacts[0].bytes);
        assert!(page.contains("<html lang=\"en-GB\">") && !page.contains("<nav>"));
        for bad in [
            r#"{"lang": "vi\" onload=\"x"}"#,
            r#"{"index_file": "../i.html"}"#,
            r#"{"colour": "red"}"#,
        ] {
            let err = configure::<ExportHtml>(bad).err().unwrap();
            assert_eq!(err.kind, docflow_sdk::ErrorKind::InvalidConfig, "{bad}");
        }
        assert_eq!(ExportHtml::info().config.len(), 4);
    }
}
