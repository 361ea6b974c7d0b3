//! The cleaning stage: Unicode and whitespace normalisation (NFC, `Đ`,
//! tone-mark placement), boilerplate removal (ads, widgets, counters, teaser
//! lists, navigation, footers, cookie notices…), repeated paragraphs
//! dropped, and the headline, byline date, author and source moved into
//! metadata. Every removed line can be kept, with its reason, in metadata
//! `removed`.

mod cue_dfa;
mod find;
mod names;
mod normalize;
mod published;
mod rules;
#[cfg(test)]
mod test_support;
mod tone;

use find::Has;
use std::borrow::Cow;
use std::collections::HashSet;
use tone::{is_letter, is_letter_or_digit};

use docflow_sdk::{ConfigOption, Document, Output, Plugin, PluginError, PluginInfo};
use serde::Deserialize;
use serde_json::json;

pub use normalize::normalize_line;
use normalize::split_glued_credit;
pub use published::find_published;
pub use tone::{ToneFixer, ToneStyle};

use rules::Features;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Take the headline as `title`.
    #[serde(default = "yes")]
    pub title: bool,
    /// Drop a paragraph identical to one already kept, and a short lead line
    /// that is a prefix of the next paragraph.
    #[serde(default = "yes")]
    pub dedupe: bool,
    /// Remove boilerplate lines (ads, widgets, teasers, footers, …).
    #[serde(default = "yes")]
    pub boilerplate: bool,
    /// Put every removed line with its reason into metadata `removed`.
    #[serde(default)]
    pub keep_removed: bool,
    /// Tone placement for open `oa`/`oe`/`uy` syllables: `"old"` (`hòa`,
    /// `ủy`), `"new"` (`hoà`, `uỷ`) or `"keep"` (no tone-mark repair at all).
    #[serde(default = "old")]
    pub tone_style: String,
}

fn yes() -> bool {
    true
}

fn old() -> String {
    "old".to_string()
}

pub struct Clean {
    config: Config,
    tones: Option<ToneFixer>,
    cues: rules::Cues,
}

/// One non-empty input line after normalisation.
struct Line<'a> {
    /// (Borrowed from the input when normalisation changed nothing.)
    text: Cow<'a, str>,
    /// Index of the blank-line separated block the line is in.
    block: usize,
    /// The raw line started with two or more spaces or a tab.
    indented: bool,
    /// The raw line is three or more short items (up to four words, no
    /// digits) set apart by runs of spaces or tabs: a menu laid out with
    /// gaps (`Du lịch   Ẩm thực   Khám phá`).
    gap_menu: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Body,
    /// A line of one of the article's lists (see [`article_lists`]): body
    /// that no rule reading a line by its look or its neighbours takes.
    Item,
    Title,
    Removed(&'static str),
}

impl Plugin for Clean {
    type Config = Config;

    fn info() -> PluginInfo {
        PluginInfo::transform(
            "Normalises text (NFC, Đ, tone marks, spaces, zero-width), removes site boilerplate, \
             drops repeats, extracts title, published, author and source",
        )
        .option(
            ConfigOption::new("title", "bool", "take the headline as metadata `title`")
                .default_value(true),
        )
        .option(
            ConfigOption::new(
                "dedupe",
                "bool",
                "drop paragraphs repeated verbatim and lead lines that prefix the next paragraph",
            )
            .default_value(true),
        )
        .option(
            ConfigOption::new(
                "boilerplate",
                "bool",
                "remove ads, widgets, counters, teaser lists, navigation, footers and cookie notices",
            )
            .default_value(true),
        )
        .option(
            ConfigOption::new(
                "keep_removed",
                "bool",
                "list every removed line with its reason in metadata `removed` ([{line, reason}])",
            )
            .default_value(false),
        )
        .option(
            ConfigOption::new(
                "tone_style",
                "string",
                "tone placement in open oa/oe/uy syllables: \"old\" (hòa, ủy), \"new\" (hoà, uỷ) or \"keep\" (no tone repair)",
            )
            .default_value("old"),
        )
    }

    fn new(config: Config) -> Result<Self, PluginError> {
        let tones = match config.tone_style.as_str() {
            "old" => Some(ToneFixer::new(ToneStyle::Old)),
            "new" => Some(ToneFixer::new(ToneStyle::New)),
            "keep" => None,
            other => {
                return Err(PluginError::invalid_config(format!(
                    "tone_style must be \"old\", \"new\" or \"keep\", not {other:?}"
                )));
            }
        };
        Ok(Clean {
            config,
            tones,
            cues: rules::Cues::new(),
        })
    }

    fn process(&mut self, mut doc: Document) -> Result<Output, PluginError> {
        let lines = self.lines(&doc.text);
        let cleaned = self.clean_lines(&lines);
        for (key, value) in [
            ("title", &cleaned.title),
            ("published", &cleaned.published),
            ("author", &cleaned.author),
            ("source", &cleaned.source),
        ] {
            if let Some(value) = value {
                doc.metadata.set(key, value.clone());
            }
        }
        if self.config.keep_removed {
            let removed: Vec<_> = cleaned
                .removed
                .iter()
                .map(|(line, reason)| json!({"line": line, "reason": reason}))
                .collect();
            doc.metadata
                .set("removed", serde_json::Value::Array(removed));
        }
        if cleaned.body.is_empty() {
            return Err(PluginError::invalid_input(
                "no body text left after cleaning",
            ));
        }
        doc.text = cleaned.body.join("\n\n");
        // Entities of earlier stages point into the old text.
        doc.entities.clear();
        Ok(doc.into())
    }
}

docflow_sdk::register_plugin!(Clean);

/// A paragraph as a set key: hashed by its length and ends only, so
/// long paragraphs cost no full hash; equality still compares all of it.
#[derive(PartialEq, Eq)]
struct Key<'a>(&'a str);

/// FNV-1a's multiply, eight bytes at a time, over what [`Key`] hashes: the
/// keys are few and not chosen by an attacker who could flood one bucket (a
/// paragraph set per document).
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        // Eight bytes a step: a multiply per byte was 2% of the cleaner.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap());
            h = (h.rotate_left(5) ^ word).wrapping_mul(0x0100_0000_01b3);
        }
        for &b in chunks.remainder() {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

impl std::hash::Hash for Key<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let b = self.0.as_bytes();
        state.write_usize(b.len());
        state.write(&b[..b.len().min(32)]);
        state.write(&b[b.len().saturating_sub(32)..]);
    }
}

/// What cleaning one text gives.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Cleaned<'a> {
    pub title: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    /// (Borrowed from the input where normalisation changed nothing.)
    pub body: Vec<Cow<'a, str>>,
    /// Removed lines with their reasons, in input order.
    pub removed: Vec<(Cow<'a, str>, &'static str)>,
}

impl Cleaned<'_> {
    /// A signature line read for its writer `name`: the writer, and the
    /// paper after its slash or dash when it names one (`Lê Hà/Thời báo X`,
    /// `Lê Hà – Báo X`), unless that paper is the site itself.
    fn signed(&mut self, name: String, line: &str, own_site: impl Fn(&str) -> bool) {
        // (`Đăng bởi Vườn Bưởi X` under a `Vườn Bưởi X` masthead: the
        // site's own account, no writer.)
        if !own_site(&name) {
            self.author.get_or_insert(name);
        }
        if let Some(paper) = rules::signature_paper(line)
            && !own_site(&paper)
        {
            self.source.get_or_insert(paper);
        }
    }
}

impl Clean {
    /// Cleans a text without the plugin interface (tests, tools).
    pub fn clean_text<'a>(&self, text: &'a str) -> Cleaned<'a> {
        self.clean_lines(&self.lines(text))
    }

    fn lines<'a>(&self, text: &'a str) -> Vec<Line<'a>> {
        let mut out = Vec::new();
        let mut block = 0;
        let mut blank = false;
        for raw in crate::find::lines(text) {
            // Most lines need no normalisation: the tone pass proves it
            // and fixes tones at once.
            let (text, folded) = match &self.tones {
                Some(tones) => tones.normalize_and_fix(raw),
                None => (Cow::Owned(normalize_line(raw)), true),
            };
            if text.is_empty() {
                blank = true;
                continue;
            }
            if blank {
                block += 1;
                blank = false;
            }
            // A line that needed no folding has no leading space, tab, run
            // of spaces or no-break space: no indent, no gap menu.
            let indented = folded && (raw.starts_with("  ") || raw.starts_with('\t'));
            let gap_menu = folded && is_gap_menu(raw.trim());
            // `Minh PhươngTheo Reuters`: two lines the scrape glued together.
            if let Some((name, credit)) = split_glued_credit(&text) {
                for part in [name, credit] {
                    out.push(Line {
                        text: Cow::Owned(part.to_string()),
                        block,
                        indented,
                        gap_menu: false,
                    });
                }
                continue;
            }
            out.push(Line {
                text,
                block,
                indented,
                gap_menu,
            });
        }
        out
    }

    fn clean_lines<'a>(&self, lines: &[Line<'a>]) -> Cleaned<'a> {
        let features: Vec<Features> = lines
            .iter()
            .map(|l| Features::new(&l.text, &self.cues))
            .collect();
        let n = lines.len();
        let mut roles = vec![Role::Body; n];
        let mut out = Cleaned::default();
        let use_rules = self.config.boilerplate;
        let mut box_author = None;

        // 1. Lines that are boilerplate wherever they stand.
        if use_rules {
            for (i, f) in features.iter().enumerate() {
                if let Some(reason) = rules::boilerplate(f) {
                    roles[i] = Role::Removed(reason);
                }
            }
            // `> Chào cả nhà,` under `Vào …, X đã viết:`: the quoted mail.
            for i in 1..n {
                if roles[i - 1] == Role::Removed("mail quote") && lines[i].text.starts_with('>') {
                    roles[i] = Role::Removed("mail quote");
                }
            }
        } else {
            for (i, f) in features.iter().enumerate() {
                if rules::is_marker(f.text) {
                    roles[i] = Role::Removed("marker");
                }
            }
        }

        if use_rules {
            // The article's first and last paragraphs so far.
            let first = (0..n).find(|&i| {
                roles[i] == Role::Body && features[i].full_stop() && features[i].chars >= 80
            });
            let last = (0..n).rev().find(|&i| {
                roles[i] == Role::Body && features[i].full_stop() && features[i].chars > 100
            });
            // A table's rows look like menus (`Huyện | Số hộ | Diện tích`):
            // a row followed by one with as many cells and figures, or, inside
            // the article, rows of three or more cells next to each other.
            let cell_counts: Vec<usize> = lines
                .iter()
                .map(|l| memchr::memchr_iter(b'|', l.text.as_bytes()).count())
                .collect();
            let cells = |k: usize| cell_counts[k];
            let inside = |k: usize| first.is_some_and(|f| k > f) && last.is_some_and(|l| k < l);
            let mut table = vec![false; n];
            for i in 0..n.saturating_sub(1) {
                let c = cells(i);
                if c >= 1 && cells(i + 1) == c && features[i + 1].digits > 0 {
                    table[i] = true;
                }
                if c >= 2 && inside(i) && inside(i + 1) && cells(i + 1) == c {
                    table[i] = true;
                    table[i + 1] = true;
                }
            }
            // `Ngày lễ | Theo thông báo riêng`: the last row of a table of
            // three rows or more in one block, without a figure of its own.
            for i in 2..n {
                let c = cells(i);
                if c >= 1
                    && (i - 2..i).all(|k| cells(k) == c && lines[k].block == lines[i].block)
                    && table[i - 2]
                {
                    table[i] = true;
                }
            }
            for i in 0..n {
                if table[i] && roles[i] == Role::Removed("navigation") {
                    roles[i] = Role::Body;
                }
            }
            // The article's own table: under its text, a header row of
            // three cells or more with no figures, and two rows or more of
            // as many cells in its block. Its rows are the article's
            // whatever they hold (dates, score-like ranges), like a list's.
            let mut i = 1;
            while i < n {
                let c = cells(i);
                let run = (i..n)
                    .take_while(|&k| lines[k].block == lines[i].block && cells(k) == c)
                    .count();
                let under_text = roles[i - 1] == Role::Body
                    && !features[i - 1].is_caps()
                    && first.is_some_and(|f| i > f);
                if c >= 2 && run >= 3 && features[i].digits == 0 && under_text {
                    for role in &mut roles[i..i + run] {
                        *role = Role::Item;
                    }
                }
                i += run.max(1);
            }
            // `Kho lạnh âm 25 độ C | 8.000 tấn`: a row with a temperature in
            // a table of three rows or more (the same block, as many cells),
            // no date on it, is the table's, not a weather widget.
            for i in 0..n {
                if roles[i] != Role::Removed("weather widget") || features[i].dated || cells(i) == 0
                {
                    continue;
                }
                let row = |k: usize| lines[k].block == lines[i].block && cells(k) == cells(i);
                let above = (0..i).rev().take_while(|&k| row(k)).count();
                let below = (i + 1..n).take_while(|&k| row(k)).count();
                if above + below >= 2 {
                    roles[i] = Role::Body;
                }
            }
            // `QUẢNG CÁO` over `Khai giảng lớp N5 … – giảm 1,5 triệu …`: the
            // offer under a bare advert label, the two a block of their own
            // (a slogan, not a sentence: a sentence there is the article's).
            let block_of_two = |i: usize| {
                lines[i].block == lines[i - 1].block
                    && (i < 2 || lines[i - 2].block != lines[i].block)
                    && (i + 1 == n || lines[i + 1].block != lines[i].block)
            };
            for i in 1..n {
                if roles[i - 1] == Role::Removed("ad")
                    && features[i - 1].words <= 2
                    && block_of_two(i)
                    && roles[i] == Role::Body
                    && features[i].chars <= 200
                    && !features[i].full_stop()
                {
                    roles[i] = Role::Removed("ad");
                }
            }
            // A donation appeal right under a framed heading
            // (`[CHUNG TAY …]`) or a heading in capitals.
            for i in 1..n {
                let heading = roles[i - 1] == Role::Removed("marker")
                    && lines[i - 1].text.chars().any(is_letter)
                    || features[i - 1].is_caps() && !features[i - 1].full_stop();
                if heading && roles[i] == Role::Body && rules::is_charity_appeal(&lines[i].text) {
                    roles[i - 1] = Role::Removed("charity appeal");
                    roles[i] = Role::Removed("charity appeal");
                }
            }
            // A broadcast schedule: its heading and the time-led
            // programme lines under it.
            for i in 0..n {
                if roles[i] == Role::Body && rules::is_schedule_head(&features[i]) {
                    let items = (i + 1..n)
                        .take_while(|&k| rules::is_schedule_item(&features[k]))
                        .count();
                    if items >= 2 {
                        for role in &mut roles[i..=i + items] {
                            *role = Role::Removed("broadcast schedule");
                        }
                    }
                }
            }
            // A picture credit on its own line, under a caption or alone
            // in its block; not inside a list of `key: value` facts.
            // A credit that names no person (`Ảnh: Tư liệu Bảo tàng`) only
            // right under its caption (a line of text not leading in).
            for i in 0..n {
                let same_block = |k: usize| k < n && lines[k].block == lines[i].block;
                let under_caption = || {
                    i > 0
                        && same_block(i - 1)
                        && roles[i - 1] == Role::Body
                        && features[i - 1].chars >= 20
                        && !lines[i - 1].text.ends_with(':')
                        && !(same_block(i + 1) && rules::is_key_value(&lines[i + 1].text))
                };
                // `HUỲNH PHÚC` closing a caption's block, text below: the
                // photographer, bare (a writer signs after the text).
                // (Under a bare date line (`Thứ Bảy, 18/10/2025 - 9:05 AM`)
                // it is the writers' byline.)
                let bare_credit = || {
                    features[i].is_caps()
                        && !same_block(i + 1)
                        && under_caption()
                        && !features[i - 1].dated
                        && rules::is_caps_name(&lines[i].text)
                        && (i + 1..n).any(|k| features[k].chars > 100 && features[k].full_stop())
                };
                if roles[i] == Role::Body
                    && (rules::is_lone_picture_credit(&features[i])
                        || rules::is_loose_picture_credit(&features[i]) && under_caption()
                        || rules::is_picture_origin(&features[i]) && under_caption()
                        || bare_credit())
                    && !(i > 0
                        && lines[i - 1].block == lines[i].block
                        && rules::is_key_value(&lines[i - 1].text)
                        // `Thực hiện: A – office` over it: a credit, no fact.
                        && rules::author_line(&features[i - 1]).is_none())
                {
                    roles[i] = Role::Removed("photo credit");
                }
            }
            // `Bản tin Thời sự 11h30 – thời lượng 3 phút 12 giây` right under
            // the player: the clip's title and length, no sentence.
            for i in 1..n {
                if roles[i] == Role::Body
                    && roles[i - 1] == Role::Removed("media player")
                    && lines[i].block == lines[i - 1].block
                    && rules::is_clip_length(&features[i])
                {
                    roles[i] = Role::Removed("media player");
                }
            }
            // An ad slot's bare label, then the offer under it, no sentence,
            // closing its block or giving a phone number, a discount or
            // shouting (a page without blank lines).
            // (A phone number made it a contact line, which the article's
            // text below would give back.)
            for i in 1..n {
                // `… Đặt ngay!`: an offer may shout.
                let shouts = lines[i].text.ends_with('!');
                // `… – nhận ngay 50.000 đồng. Ưu đãi đến …`: a call to act
                // now is the offer's, though written in sentences.
                let calls = features[i].chars <= 160 && rules::calls_to_act_now(&features[i]);
                // `Áo phao … Ưu đãi đến 30/03/2025.`: a short offer may be
                // written as sentences too, when it gives a phone number, a
                // percentage off or a deadline (a sentence reporting a
                // discount in words is the text's).
                let short = || {
                    let (text, lower) = (&*lines[i].text, features[i].lower.as_str());
                    features[i].chars <= 120
                        && (rules::has_long_number(text)
                            || text.has("%")
                            || lower.has("đến hết")
                            || lower.has("đến ") && published::has_date(text))
                };
                if matches!(roles[i], Role::Body | Role::Removed("contact"))
                    && lines[i].block == lines[i - 1].block
                    && rules::is_ad_label(&features[i - 1])
                    && (!features[i].full_stop() || shouts || calls || short())
                    && (lines.get(i + 1).is_none_or(|l| l.block != lines[i].block)
                        || shouts
                        || calls
                        || rules::has_discount(&features[i])
                        || rules::has_long_number(&lines[i].text))
                    && (calls || rules::is_offer(&features[i]))
                {
                    roles[i] = Role::Removed("ad");
                }
            }
            // A promotion in a block of its own, or closing an ad's block
            // (`QUẢNG CÁO · …` over `Gọi ngay 1900 …`).
            // (A phone number may have made it a contact line.)
            // (`… Gọi kỹ thuật viên của vườn theo số …` between the text
            // and its signature is the article's last word, not an ad.)
            let signs_off = |i: usize, roles: &[Role]| {
                features[i].full_stop()
                    && roles[i - 1] == Role::Body
                    && features[i - 1].full_stop()
                    && features[i - 1].chars > 80
                    && (i + 1 < n).then(|| &features[i + 1]).is_some_and(|g| {
                        rules::author_line(g).is_some() || rules::is_name_line(g.text)
                    })
            };
            for i in 1..n {
                let alone = |k: usize| k >= n || lines[k].block != lines[i].block;
                if matches!(roles[i], Role::Body | Role::Removed("contact"))
                    && rules::is_promotion(&features[i])
                    && alone(i + 1)
                    && (alone(i - 1) || roles[i - 1] == Role::Removed("ad"))
                    && !signs_off(i, &roles)
                {
                    roles[i] = Role::Removed("ad");
                }
            }
            // `SẢN PHẨM ĐANG ƯU ĐÃI` over its offers: a heading in capitals
            // opening a block of nothing but ads is the ads' heading.
            for i in 0..n.saturating_sub(1) {
                let f = &features[i];
                if roles[i] == Role::Body
                    && f.is_caps()
                    && f.words <= 6
                    && !f.full_stop()
                    && lines[i + 1].block == lines[i].block
                    && (i + 1..n)
                        .take_while(|&k| lines[k].block == lines[i].block)
                        .all(|k| roles[k] == Role::Removed("ad"))
                {
                    roles[i] = Role::Removed("ad");
                }
            }
            article_lists(lines, &features, &mut roles, first);
            boxes(lines, &features, &mut roles);
            threads(lines, &features, &mut roles);
            // `❀ Tư vấn: … làm sao?` under `❀ …` teasers: an item of the
            // same list (a question mark kept it from the list's rule).
            for i in 1..n {
                let mark = lines[i]
                    .text
                    .chars()
                    .next()
                    .filter(|&c| rules::is_pictograph(c));
                if let Some(mark) = mark
                    && roles[i] == Role::Body
                    && features[i].chars <= 160
                    && lines[i - 1].text.starts_with(mark)
                    && matches!(
                        roles[i - 1],
                        Role::Removed(
                            "icon toolbar" | "teaser link" | "teaser list" | "dated teaser"
                        )
                    )
                {
                    roles[i] = roles[i - 1];
                }
            }
            dated_boxes(lines, &features, &mut roles);
            table_of_contents(lines, &features, &mut roles);
            box_author = author_box(lines, &features, &mut roles);
            // Gap-laid menus above the first paragraph or after the last.
            for i in 0..n {
                let outside = first.is_none_or(|f| i < f) || last.is_some_and(|l| i > l);
                if outside && lines[i].gap_menu && roles[i] == Role::Body {
                    roles[i] = Role::Removed("navigation");
                }
            }
        }

        // Contact lines (address, phone, e-mail) followed by article text
        // belong to the article. (A press release's `Về Cánh Sen Airlines:
        // hãng hàng không …` as the page's last text is the boilerplate
        // about the company, not the story.)
        if use_rules {
            if let Some(k) = (1..n)
                .rev()
                .find(|&k| roles[k] == Role::Body && features[k].sentence && features[k].chars > 60)
                && rules::about_the_company(&lines[k].text)
                && (0..k).any(|m| roles[m] == Role::Body && features[m].full_stop())
            {
                roles[k] = Role::Removed("about the company");
            }
            // `Mọi đóng góp bài vở xin gửi về Ban biên tập …` closing the
            // page under its footer: the site's call for contributions.
            for k in (1..n).rev() {
                if roles[k] != Role::Body {
                    continue;
                }
                if !rules::calls_for_contributions(&features[k])
                    || !matches!(roles[k - 1], Role::Removed(_))
                {
                    break;
                }
                roles[k] = Role::Removed("site notice");
            }
            let mut later_text = false;
            for i in (0..n).rev() {
                let f = &features[i];
                if roles[i] == Role::Removed("contact") && later_text {
                    roles[i] = Role::Body;
                } else if matches!(roles[i], Role::Removed("navigation" | "breadcrumb")) {
                    // A menu between: the contact is the page header's.
                    later_text = false;
                } else if roles[i] == Role::Body
                    && f.sentence
                    && f.chars > 60
                    // `▹ Title of another story (26/4)`: a teaser, no text.
                    && !(f.text.ends_with(')') && rules::has_edge_date(f.text))
                {
                    later_text = true;
                }
            }
        }

        // A mail's header at the page's head (`Người gửi: X`, `Đã gửi: …`,
        // `Tới: nhóm`), two fields or more in a row, not all dates: who
        // sent the mail is its writer, unless the page names one.
        let mut mail_sender = None;
        let mut mail_date = None;
        if use_rules {
            let mut k = 0;
            while k < n.min(20) {
                let fields: Vec<_> = (k..n)
                    .map_while(|m| rules::mail_header_field(&lines[m].text))
                    .collect();
                if fields.len() < 2
                    || fields
                        .iter()
                        .all(|f| matches!(f, rules::MailField::Date(_)))
                {
                    k += fields.len().max(1);
                    continue;
                }
                for (m, field) in (k..).zip(fields) {
                    roles[m] = Role::Removed("mail header");
                    match field {
                        rules::MailField::Sender(who) => mail_sender = Some(who),
                        rules::MailField::Date(when) => mail_date = published::find_date_time(when),
                        rules::MailField::Other => {}
                    }
                }
                break;
            }
        }

        // 2. The headline: among the lines left before the first body
        //    paragraph, a headline-like one (not a menu, a date line, a
        //    caption or a sentence): the one a byline follows, else not a
        //    site's name, else the longest. Without one, the first line left
        //    that is not a date line; a run of two or more one- or two-word
        //    lines before it is a menu, not the headline.
        // A one-sentence question (`Bé sốt …, vì sao …?`) is a headline's
        // shape, not a paragraph's.
        let question = |f: &rules::Features| {
            f.text.ends_with('?') && f.chars <= 160 && !rules::has_inner_sentence_break(f.text)
        };
        let first_paragraph = (0..n).find(|&i| {
            let f = &features[i];
            roles[i] == Role::Body
                && (f.full_stop() && f.chars >= 80 && !question(f) || f.chars > 160)
        });
        // `Lãi suất vay hôm nay: … – Cập nhật 08:00 ngày 12/08/2025` above
        // the text: a widget with its own update time, neither headline nor
        // text.
        for i in 0..first_paragraph.unwrap_or(0) {
            if roles[i] == Role::Body && rules::closes_with_dated_update(&lines[i].text) {
                roles[i] = Role::Removed("dated widget");
            }
        }
        // A lead line repeated at the start of the next paragraph is no
        // headline.
        let prefix_of_next = |i: usize| {
            (i + 1..n)
                .find(|&k| roles[k] == Role::Body)
                .is_some_and(|k| lines[k].text.starts_with(&*lines[i].text))
        };
        let statement = |i: usize| lines[i].text.ends_with(['.', '!', '…']);
        // `ThS. Lương Thị Bích`, `Tác giả: X` over the text of a page with
        // no headline: its byline (a bare name may be a profile's headline).
        let byline_shaped = |i: usize| {
            let text = &*lines[i].text;
            rules::author_line(&features[i]).is_some()
                // (`Tác giả: Nhóm Hỗ trợ …`: a team credited as the writer.)
                || text
                    .split_str(":")
                    .is_some_and(|(key, _)| rules::is_writer_key(key))
                || rules::strip_titles(text).len() < text.len() && names::person(text).is_some()
        };
        // The headline stands above the text: its first paragraph and its
        // first statement (`Chào các bác, …` opening a forum post whose
        // lines are all too short to be paragraphs).
        let first_statement =
            (0..n).find(|&i| roles[i] == Role::Body && features[i].words >= 6 && statement(i));
        let text_start = match (first_paragraph, first_statement) {
            (None, None) => 0,
            (p, s) => p.unwrap_or(n).min(s.unwrap_or(n)),
        };
        let headline = (0..text_start)
            .filter(|&i| {
                roles[i] == Role::Body
                    && rules::is_headline_like(&features[i])
                    && !prefix_of_next(i)
                    && !byline_shaped(i)
            })
            // Prefer the line a byline follows, then one that is not a
            // site's name, then the longest.
            .max_by_key(|&i| {
                // `PV X · Quay phim: Y`, `Thượng tá X – Công an tỉnh`,
                // `Người dịch: Name` between the headline and the byline: a
                // credit.
                let credit_at = |k: usize| {
                    let f = &features[k];
                    rules::author_line(f).is_some()
                        || rules::signature_name(f.text).is_some()
                        || rules::name_with_note(f.text).is_some()
                        || labelled_name(f.text)
                        // (`A (lớp 10 Tin) và B (lớp 9A2)`: writers with
                        // their notes.)
                        || f.text.has("(")
                            && names::person(f.text).is_some_and(|p| {
                                p.contains(" và ") && f.text.starts_with(p.split_all(" ").next().unwrap_or(""))
                            })
                };
                // A writer's name or a desk may also stand between, the
                // writer's office in brackets under the name, and an
                // editor's or a checker's credit.
                let between = |k: usize| {
                    let text = features[k].text;
                    credit_at(k)
                        || roles[k] == Role::Removed("editor credit")
                        // (A forum poster's card under the poster's name.)
                        || roles[k] == Role::Removed("member card")
                        || rules::is_name_line(text)
                        || rules::is_caps_name(text)
                        || rules::is_desk_credit(text)
                        || names::person(text).is_some()
                        || text.starts_with('(') && rules::is_post_note(text)
                };
                // (A blog's description over its menu, the post's date under
                // the menu: the byline is the post title's below, not the
                // description's.)
                // (`Lê Hà · Trưởng phòng C&B` under the title reads like a
                // menu, yet names its writer.)
                let byline_below = byline_follows(i, n, &features, between)
                    && (!matches!(roles.get(i + 1), Some(Role::Removed("navigation")))
                        || between(i + 1));
                let credit = credit_at(i);
                // A site's name sits right above its menu (four items or
                // more, no blank line between).
                let over_menu = i + 1 < n
                    && roles[i + 1] == Role::Removed("navigation")
                    && lines[i + 1].block == lines[i].block
                    && lines[i + 1].text.split(['|', '/', '•', '·']).count() >= 4;
                // (A blog platform dates its post above the title: a tie
                // breaker among lines with no byline below.)
                let date_above = !byline_below && i > 0 && features[i - 1].dated;
                (
                    !rules::is_masthead(&features[i]) && !over_menu,
                    byline_below,
                    date_above,
                    !credit,
                    !rules::is_site_name(&features[i]),
                    !statement(i),
                    features[i].chars,
                )
            })
            // A sentence headline, or one below a sentence (the text has
            // begun above it): no headline by shape. A question is a
            // headline (`… chia cho những ai?`).
            .filter(|&h| {
                !statement(h)
                    && !(0..h).any(|i| roles[i] == Role::Body && rules::is_prose(&features[i]))
            });
        let candidates: Vec<usize> = (0..n)
            .filter(|&i| roles[i] == Role::Body && !rules::is_date_line(&features[i]))
            .collect();
        let tiny = |i: usize| lines[i].text.split_whitespace().count() <= 2;
        let run = candidates.iter().take_while(|&&i| tiny(i)).count();
        // Without a headline-like line, the first line left stands in for
        // one, unless it is already the text: a paragraph, a sentence, a
        // lead-in or a photo caption (pages that start with the lead or a
        // picture have no headline).
        let stands_in = |i: &usize| {
            let text = &*lines[*i].text;
            let full_stop = text.ends_with('.') && !text.ends_with("..");
            first_paragraph.is_none_or(|p| *i < p)
                && !features[*i].contains_any(rules::CAPTION_CREDIT_CUES)
                && !byline_shaped(*i)
                && !full_stop
                && !text.ends_with(':')
                && !rules::has_inner_sentence_break(text)
                && !rules::is_salutation(&features[*i])
        };
        let mut lines_title: Option<String> = None;
        let title_at = if headline.is_some() {
            headline
        } else if run >= 2 {
            candidates
                .get(run)
                .or(candidates.first())
                .copied()
                .filter(stands_in)
        } else {
            candidates.first().copied().filter(stands_in)
        };
        // A headline the scrape broke over lines (`Ông A:` / `"Cơ hội … do`
        // / `giấy phép mà ra"`): a quote it leaves open closes on the next
        // short line; a speaker's name and colon right above open it.
        let mut title_end = title_at;
        if let Some(t) = title_at {
            let text = &*lines[t].text;
            let open = text.matches('“').count() > text.matches('”').count()
                || text.matches('"').count() % 2 == 1;
            let next = t + 1;
            if open
                && next < n
                && roles[next] == Role::Body
                && features[next].chars <= 80
                && lines[next].text.trim_end().ends_with(['"', '”'])
                && !lines[next].text.starts_with(['"', '“'])
            {
                let mut title = format!("{text} {}", lines[next].text);
                roles[next] = Role::Removed("headline");
                title_end = Some(next);
                if t > 0
                    && text.starts_with(['"', '“'])
                    && lines[t - 1].text.ends_with(':')
                    && features[t - 1].chars <= 40
                    && matches!(roles[t - 1], Role::Body | Role::Removed("above headline"))
                {
                    title = format!("{} {title}", lines[t - 1].text);
                    roles[t - 1] = Role::Removed("headline");
                }
                lines_title = Some(title);
            }
        }
        if let (true, Some(t)) = (self.config.title, title_at) {
            roles[t] = Role::Title;
            out.title = Some(
                lines_title
                    .take()
                    .unwrap_or_else(|| lines[t].text.to_string()),
            );
        }
        let top = title_end.map_or(0, |t| t + 1);

        // 3. The byline: the first date line among the first lines after
        //    the headline gives `published` (and maybe the author).
        let closing_stamp = features
            .last()
            .is_some_and(|f| f.dated && (f.letters == 0 || rules::is_bare_date_line(f.text)));
        let mut seen = 0;
        for i in top..n {
            if seen >= 4 {
                break;
            }
            if matches!(roles[i], Role::Removed(_)) {
                // `Ngày đăng: 18/01/2025 | Lượt xem: 1.204 | [In bài]`: a
                // date labelled at the head of a widget bar; `[ 18/01/2025 ]`
                // a date in a frame.
                // (`#1 · 12/2/2025 lúc 9:47 tối`: a thread's first post.)
                let first_post = rules::post_number(&lines[i].text) == Some(1);
                if let Some(date) = rules::widget_date(&lines[i].text)
                    .or_else(|| rules::framed_date(&lines[i].text))
                    .or_else(|| published::relative_stamp(&lines[i].text))
                    .or_else(|| {
                        first_post
                            .then(|| published::find_date_time(&lines[i].text))
                            .flatten()
                    })
                {
                    out.published = Some(date);
                    break;
                }
                continue;
            }
            seen += 1;
            let f = &features[i];
            // After the first paragraph, on a page closed by a bare date
            // stamp, only a bare date line or one with a writer is a byline:
            // `*23h30, 1/11/2020, SVĐ Old Trafford, vòng 7` is a match's
            // details in the text, the stamp the page's date.
            if rules::is_date_line(f)
                && first_paragraph.is_some_and(|p| i > p)
                && closing_stamp
                && !rules::is_bare_date_line(f.text)
                && rules::byline_author(f.text).is_none()
            {
                continue;
            }
            // `Các mốc chính:` over `• Khởi công … (15/11/2024)`: after the
            // first paragraph, an item of the article's list is no byline.
            if roles[i] == Role::Item && first_paragraph.is_some_and(|p| i > p) {
                continue;
            }
            // `anhtuan.k3 · 13/09/2025 lúc 08:10 · #2`: a reply's stamp; the
            // first post, and any byline of it, is over.
            if rules::later_post_stamp(f.text) {
                break;
            }
            // `Số ký hiệu: 118/KH-UBND · Hiệu lực từ: 10/10/2025`: when a
            // document takes effect, not when it was issued.
            if rules::is_date_line(f) && rules::dates_only_effect(f) {
                continue;
            }
            if rules::is_date_line(f) {
                out.published = published::find_date_time(f.text);
                // `Cập nhật: 05/03 09:05` over `Đăng: 04/03 18:30`: the
                // first publication on the next line wins over the update.
                if published::update_label(f.text) && published::posted_label(f.text).is_none() {
                    let posted = (i + 1..n.min(i + 3)).find(|&k| {
                        features[k].dated
                            && published::posted_label(features[k].text).is_some()
                            && !published::update_label(features[k].text)
                    });
                    if let Some(k) = posted {
                        out.published = published::find_date_time(features[k].text);
                        roles[k] = Role::Removed("byline");
                    }
                }
                if out.author.is_none() {
                    // `bởi Gác Nhỏ` under a `GÁC NHỎ` masthead: the site's
                    // own account posted it; no writer.
                    out.author = rules::byline_author(f.text)
                        .or_else(|| names::person(f.text))
                        .filter(|name| !names_the_site(lines, &roles, top, name));
                }
                // `15/11/2025 08:45 · Theo Báo X`, `15.11.2025 | Lê Hà (Báo
                // X)`: the paper credited in a segment of the byline.
                if out.source.is_none() && f.text.has_any(&['|', '·', '•', '-', '–', '—']) {
                    out.source = f
                        .text
                        .split(['|', '·', '•', '–', '—'])
                        .flat_map(|p| p.split_all(" - "))
                        .find_map(|part| {
                            let part = part.trim();
                            rules::credit_line(part).or_else(|| {
                                rules::name_with_note(part).and_then(|(_, paper)| paper)
                            })
                        })
                        .filter(|paper| !names_the_site(lines, &roles, top, paper));
                }
                roles[i] = Role::Removed("byline");
                break;
            }
        }
        // `THÔNG CÁO BÁO CHÍ`, `Ghi chép` between the headline and the
        // text: the piece's genre, no writer's name.
        if let Some(first) = first_paragraph {
            for i in top..first {
                if roles[i] == Role::Body && rules::is_genre_label(&features[i]) {
                    roles[i] = Role::Removed("genre label");
                }
            }
        }
        // A name line between the headline and the first paragraph is the
        // author's (`Nguyễn Văn An` under the title).
        if let Some(first) = first_paragraph {
            for i in top..first {
                // `Nhóm phóng viên`, `Ban Tuyên giáo Huyện ủy X`: a desk or
                // an office, no name.
                if roles[i] == Role::Body
                    && (rules::is_desk_credit(&lines[i].text)
                        || rules::office_byline(&lines[i].text))
                {
                    roles[i] = Role::Removed("desk credit");
                    continue;
                }
                // `✎ camnhung_hoian · 7 phút đọc`: the writer's handle behind
                // a pen mark, whatever else the bar counts.
                if let Some(handle) = rules::pen_handle(&lines[i].text) {
                    out.author.get_or_insert_with(|| handle.to_string());
                    roles[i] = Role::Removed("author line");
                    break;
                }
                // `ThS. Nông Văn An*`: a byline marked for its footnote.
                if roles[i] == Role::Body
                    && let Some(name) = names::marked_writer(&lines[i].text)
                {
                    out.author.get_or_insert(name);
                    roles[i] = Role::Removed("author line");
                    break;
                }
                // `Tản văn của Huỳnh Thảo Vy`: the genre and its writer.
                if roles[i] == Role::Body
                    && let Some(name) = rules::genre_byline(&lines[i].text)
                {
                    out.author.get_or_insert_with(|| name.to_string());
                    roles[i] = Role::Removed("author line");
                    break;
                }
                // `KHÁNH LINH`: a signature in capitals, kept as written.
                if roles[i] == Role::Body
                    && (rules::is_name_line(&lines[i].text) || rules::is_caps_name(&lines[i].text))
                {
                    out.author.get_or_insert_with(|| lines[i].text.to_string());
                    roles[i] = Role::Removed("author line");
                    break;
                }
                // `Theo Lê Hà/VOV`, `Theo Lê Hà (Báo X)`: the writer and the
                // paper.
                if roles[i] == Role::Body
                    && let Some((writer, paper)) = rules::credit_with_writer(&lines[i].text)
                {
                    out.author.get_or_insert(writer);
                    out.source.get_or_insert(paper);
                    roles[i] = Role::Removed("credit line");
                    break;
                }
                // `Theo Đồng Nai Hôm Nay` under a desk's credit: the paper
                // the story is taken from, no writer (a person's name after
                // `Theo` is the writer's, below).
                if roles[i] == Role::Body
                    && let Some(paper) = rules::credit_line(&lines[i].text)
                    && names::person(&paper).is_none()
                    && !names_the_site(lines, &roles, top, &paper)
                {
                    out.source.get_or_insert(paper);
                    roles[i] = Role::Removed("credit line");
                    continue;
                }
                // `Ngọc Diệp/VMT`, `✍ Hoài Nam`, `Thiếu tá X – Công an …`,
                // `Minh Anh (tổng hợp)`, `Lê Hà/Thời báo X`.
                if roles[i] == Role::Body
                    && let Some(name) = rules::signature_name(&lines[i].text)
                {
                    out.signed(name, &lines[i].text, |p| {
                        names_the_site(lines, &roles, top, p)
                    });
                    roles[i] = Role::Removed("author line");
                    break;
                }
                // `Hoàng Long (Theo Reuters)`: the writer and the paper,
                // not the site's own code.
                if roles[i] == Role::Body
                    && let Some((name, credit)) = rules::name_with_note(&lines[i].text)
                {
                    out.author.get_or_insert(name);
                    if let Some(credit) = credit
                        && !names_the_site(lines, &roles, top, &credit)
                    {
                        out.source.get_or_insert(credit);
                    }
                    roles[i] = Role::Removed("author line");
                    break;
                }
                // `✍ Name | office`, `Chữ: A — Ảnh: B`, `Danh Sơn (Trạm
                // Khuyến nông …)`, `ThS.BS Lê Hà - Viện …`: a name by its
                // evidence, whatever the labels.
                // (`Lê Hà | Báo X` reads like a menu: the bar's look.)
                if matches!(
                    roles[i],
                    Role::Body | Role::Removed("icon toolbar" | "navigation")
                ) && let Some(name) =
                    names::person(&lines[i].text).or_else(|| names::beside_email(&lines[i].text))
                {
                    out.signed(name, &lines[i].text, |p| {
                        names_the_site(lines, &roles, top, p)
                    });
                    roles[i] = Role::Removed("author line");
                    break;
                }
                // `Ngọc Mai • 5 phút đọc`: the writer beside a counter (not
                // the site's own account, `Đăng bởi: VLXD Hưng Thịnh · …`).
                if roles[i] == Role::Removed("counter")
                    && let Some(name) = names::before_counter(&lines[i].text)
                    && !names_the_site(lines, &roles, top, &name)
                {
                    out.author.get_or_insert(name);
                    break;
                }
            }
            // `ThS. KTS X` over `Phòng Quy hoạch – Trung tâm …`: the writer's
            // office on the line under the name, before the text (not when
            // the name's line gave the office already: `A (VKSND huyện X)`).
            for i in top..first.saturating_sub(1) {
                if roles[i] == Role::Removed("author line")
                    && !lines[i].text.has_any(&['(', '–', '—', '|', ','])
                    && roles[i + 1] == Role::Body
                    && rules::is_post_note(&lines[i + 1].text)
                {
                    roles[i + 1] = Role::Removed("author line");
                }
            }
            // `Theo Đất Cảng Online` under the byline: the publication the
            // story is taken from, credited before the text.
            // (A share bar may stand between it and the text, and so may the
            // lead's first words scraped on a line of their own.)
            if let Some(i) = (top..first).find(|&i| roles[i] == Role::Body)
                && (i + 1..first).all(|k| {
                    matches!(roles[k], Role::Removed(_))
                        || lines[first].text.has_prefix(&lines[k].text)
                })
                && let Some(credit) = rules::credit_line(&lines[i].text)
                && !names_the_site(lines, &roles, top, &credit)
            {
                out.source.get_or_insert(credit);
                roles[i] = Role::Removed("credit line");
            }
        }
        // A lone byline-style line above the headline (rare) is also taken.
        if out.published.is_none() {
            for i in 0..top.saturating_sub(1) {
                if roles[i] == Role::Body
                    && rules::is_date_line(&features[i])
                    && !rules::dates_only_effect(&features[i])
                {
                    out.published = published::find_date_time(features[i].text);
                    roles[i] = Role::Removed("byline");
                    break;
                }
            }
        }
        // `Chi tiết` over `Viết bởi …`, `Được đăng: …`: a CMS's info block
        // under its heading (known once the byline and author are read).
        for i in 0..n.saturating_sub(1) {
            if roles[i] == Role::Body
                && features[i].lower == "chi tiết"
                && matches!(
                    roles[i + 1],
                    Role::Removed("poster account" | "byline" | "author line")
                )
            {
                roles[i] = Role::Removed("info block");
            }
        }

        // A forum thread: a poster's handle over a member card or a post's
        // number is furniture; from a later post (`#2 · …` under its
        // poster's handle) on, the rest is replies.
        if use_rules {
            let post = |k: usize| {
                (k < n)
                    .then(|| rules::post_number(&lines[k].text))
                    .flatten()
            };
            // `#1` alone over the handle: the post's number.
            let bare_number = |t: &str| {
                t.trim().strip_prefix('#').and_then(|d| {
                    ((1..=5).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
                        .then(|| d.parse::<u32>().ok())
                        .flatten()
                })
            };
            // `thu_an · 10/11/2025 07:05`: a poster's handle and the date.
            let posted = |k: usize| {
                lines[k]
                    .text
                    .split_str(" · ")
                    .filter(|(handle, when)| {
                        rules::is_handle(handle.trim()) && published::has_date(when)
                    })
                    .map(|(_, when)| when)
            };
            let mut first_post = false;
            for i in top..n {
                // `#2` over `thu_an · 10/11/2025 07:05`, or `thu_an ·
                // 10/11/2025 · #2`, or `#2  13-04-2025, 06:02 AM` after the
                // thread's `#1  …`: a later post; the rest is replies.
                // (Every later post shows its `#`: one byte search first.)
                let hash = memchr::memchr(b'#', lines[i].text.as_bytes()).is_some();
                let stamped_number = if hash { post(i) } else { None };
                // `bởi lan_ship » …` heading each post: the second one.
                let stamp = features[i].dated && rules::forum_post_stamp(&lines[i].text);
                let later_post = hash
                    && matches!(roles[i], Role::Body | Role::Removed("date stamp"))
                    && (bare_number(&lines[i].text).is_some_and(|p| p >= 2)
                        && i + 1 < n
                        && posted(i + 1).is_some()
                        || posted(i).is_some() && rules::later_post_stamp(&lines[i].text)
                        || first_post && stamped_number.is_some_and(|p| p >= 2))
                    || stamp && first_post;
                first_post |= stamped_number == Some(1)
                    || stamp
                    || hash && bare_number(&lines[i].text) == Some(1);
                if later_post {
                    // (`Re: title` over the reply's stamp.)
                    let i = if i > top && lines[i - 1].text.starts_with("Re: ") {
                        i - 1
                    } else {
                        i
                    };
                    // `Chữ ký: …` closing the first post over its buttons
                    // and edit stamp: the poster's forum signature.
                    if let Some(k) = (top..i).rev().find(|&k| roles[k] == Role::Body)
                        && features[k].lower.starts_with("chữ ký")
                        && features[k].chars <= 160
                    {
                        roles[k] = Role::Removed("forum signature");
                    }
                    for k in i..n {
                        if matches!(roles[k], Role::Body | Role::Removed("date stamp"))
                            || roles[k] == Role::Removed("dated teaser")
                                && lines[k].text.starts_with("Re: ")
                        {
                            roles[k] = Role::Removed("comment");
                        }
                    }
                    break;
                }
                if roles[i] != Role::Body || !rules::is_handle(lines[i].text.trim()) {
                    continue;
                }
                // `Thành viên tích cực` between the handle and the card: the
                // member's rank, part of the card.
                if i + 2 < n
                    && roles[i + 1] == Role::Body
                    && roles[i + 2] == Role::Removed("member card")
                    && features[i + 1].words <= 4
                    && features[i + 1].digits == 0
                    && !features[i + 1].sentence
                {
                    roles[i + 1] = Role::Removed("member card");
                }
                let carded = i + 1 < n && roles[i + 1] == Role::Removed("member card");
                let number = post(i + 1).or_else(|| if carded { post(i + 2) } else { None });
                if number.is_some_and(|p| p >= 2) {
                    for role in &mut roles[i..] {
                        if *role == Role::Body {
                            *role = Role::Removed("comment");
                        }
                    }
                    break;
                }
                // `#1 · 03/10/2025, 09:05 PM` right over the handle: the
                // thread's first post, stamped before its poster.
                let stamped_over = i > top && post(i - 1) == Some(1);
                if carded || number.is_some() || stamped_over {
                    roles[i] = Role::Removed("poster");
                    if i > top
                        && roles[i - 1] == Role::Body
                        && bare_number(&lines[i - 1].text).is_some()
                    {
                        roles[i - 1] = Role::Removed("post number");
                    }
                }
            }
        }

        if use_rules {
            self.tail_and_teasers(lines, &features, &mut roles, top);
        }

        if out.published.is_none() {
            out.published = mail_date;
        }
        if let Some(sender) = mail_sender.filter(|s| !names_the_site(lines, &roles, top, s)) {
            out.author.get_or_insert_with(|| sender.to_string());
        }

        // 4. Metadata lines anywhere after the headline.
        let mut footer_source = None;
        // `Người đăng: A` under the signature `B`: A uploaded the page, B
        // wrote it; the poster is the writer only when nobody signs.
        let mut poster = None;
        for i in top..n {
            let f = &features[i];
            if may_credit(roles[i])
                && let Some(source) = rules::source_line(f)
            {
                out.source.get_or_insert(source);
                roles[i] = Role::Removed("source line");
                continue;
            }
            // `Nguồn bài: Tạp chí X | 19/05/2026 14:10`: the byline keys the
            // source before its date.
            if roles[i] == Role::Removed("byline")
                && let Some(paper) = rules::dated_source(f.text)
                && !names_the_site(lines, &roles, top, &paper)
            {
                out.source.get_or_insert(paper);
            }
            // `Theo Gió Lào Online · 14/08/2025 06:30` closing an aggregator's
            // copy: the paper and when it published the story.
            if roles[i] == Role::Removed("date stamp")
                && f.text.starts_with("Theo ")
                && let Some((credit, _)) = f.text.split_once(['·', '|'])
                && let Some(paper) = rules::credit_line(credit.trim())
                && !names_the_site(lines, &roles, top, &paper)
            {
                out.source.get_or_insert(paper);
                if out.published.is_none() {
                    out.published = published::find_date_time(f.text);
                }
                roles[i] = Role::Removed("credit line");
            }
            // `Theo dõi Báo X trên TinPhố24h +`: an aggregator's button to
            // follow the paper it took the story from.
            if roles[i] == Role::Removed("follow button")
                && let Some(paper) = rules::followed_publication(f.text)
                && !names_the_site(lines, &roles, top, paper)
            {
                out.source.get_or_insert_with(|| paper.to_string());
            }
            // (`(Bài đăng trên X số 15/2025)`: a print note naming the
            // publication the story first appeared in.)
            // `Bạn đọc A (Yên Châu, Sơn La)` over `Trả lời:`: the signature
            // of a reader's question the article answers, part of the text
            // (over an editor's note it signs a letter: the writer).
            let asks = || {
                f.lower.starts_with("bạn đọc ")
                    && (i + 1..n)
                        .find(|&k| roles[k] == Role::Body)
                        .is_some_and(|k| {
                            let next = &features[k].lower;
                            ["trả lời", "đáp:", "đáp "]
                                .iter()
                                .any(|w| next.has_prefix(w))
                                || next.has("trả lời:")
                        })
            };
            if roles[i] == Role::Body
                || matches!(roles[i], Role::Removed("tail" | "footer" | "print edition"))
            {
                if let Some(author) = rules::author_line(f).filter(|_| !asks()) {
                    // (`Đăng bởi Vườn Bưởi X` under a `Vườn Bưởi X` masthead:
                    // the site's own account, no writer.)
                    if !names_the_site(lines, &roles, top, &author) {
                        let slot = if f.lower.starts_with("người đăng") {
                            &mut poster
                        } else {
                            &mut out.author
                        };
                        slot.get_or_insert(author);
                    }
                    // `Tác giả: A – Nguồn tin: X – …`: the row's source;
                    // `Bài và ảnh: A/Báo X`: the paper after the slash, not
                    // the site itself.
                    if let Some(source) = rules::row_source(f.text).or_else(|| {
                        rules::signature_paper(f.text)
                            .filter(|p| !names_the_site(lines, &roles, top, p))
                    }) {
                        out.source.get_or_insert(source);
                    }
                    roles[i] = Role::Removed("author line");
                    continue;
                }
                if let Some(source) = rules::footer_source(f) {
                    footer_source.get_or_insert(source);
                    roles[i] = Role::Removed("footer");
                    continue;
                }
            }
            // `Bài: X · Ảnh: Y`, `Phóng viên: X / Quay phim: Y`: credits
            // laid out like a menu or a path.
            // (`Tin: A | Ảnh: B | Nguồn: X`: the row's source too.)
            if matches!(roles[i], Role::Removed("navigation" | "breadcrumb"))
                && f.text.has(":")
                && let Some(author) = rules::author_line(f)
            {
                out.author.get_or_insert(author);
                if let Some(source) = rules::row_source(f.text) {
                    out.source.get_or_insert(source);
                }
                roles[i] = Role::Removed("author line");
                continue;
            }
            // `Phóng viên X · ✉ x@site.vn`, `Luật sư X – x@firm.vn`: a
            // byline with an e-mail.
            if roles[i] == Role::Removed("contact")
                && let Some(author) = rules::author_line(f).or_else(|| names::beside_email(f.text))
            {
                out.author.get_or_insert(author);
                roles[i] = Role::Removed("author line");
            }
        }
        // The author box's full name over the byline's short one (`bởi Mai
        // Anh` at the top, `DS. Hồ Thị Mai Anh` in the box).
        match (&out.author, box_author) {
            (None, found) => out.author = found,
            (Some(short), Some(full)) => {
                let full = rules::strip_titles(&full);
                if full.len() > short.len() && full.ends_with(&format!(" {short}")) {
                    out.author = Some(full);
                }
            }
            _ => {}
        }

        // An author credit above the headline (`Bởi X` over the title).
        if out.author.is_none() {
            for i in 0..top.saturating_sub(1) {
                if roles[i] == Role::Body
                    && let Some(author) = rules::author_line(&features[i])
                {
                    out.author = Some(author);
                    roles[i] = Role::Removed("author line");
                    break;
                }
            }
        }

        // A `Theo X` credit line after the article's last long paragraph.
        let last_long = (top..n).rev().find(|&i| {
            let f = &features[i];
            roles[i] == Role::Body && f.chars > 100 && f.full_stop()
        });
        if let Some(last_long) = last_long {
            for i in last_long + 1..n {
                if (roles[i] == Role::Body || matches!(roles[i], Role::Removed("tail")))
                    && let Some((writer, paper)) = rules::credit_with_writer(&lines[i].text)
                {
                    roles[i] = Role::Removed("credit line");
                    out.author.get_or_insert(writer);
                    out.source.get_or_insert(paper);
                } else if may_credit(roles[i])
                    && let Some(credit) = rules::credit_line(&lines[i].text)
                {
                    roles[i] = Role::Removed("credit line");
                    // `Theo Minh Khôi` over `Dân Việt` as the last lines:
                    // the writer, then the publication.
                    let next = (i + 1..n).find(|&k| roles[k] == Role::Body);
                    let last = next.is_some_and(|k| (k + 1..n).all(|m| roles[m] != Role::Body));
                    if let (Some(k), true) = (next, last)
                        && rules::is_publication_line(&features[k])
                        && credit.split_all(", ").all(rules::is_name_line)
                    {
                        out.author.get_or_insert(credit);
                        out.source.get_or_insert(lines[k].text.to_string());
                        roles[k] = Role::Removed("credit line");
                    } else {
                        out.source.get_or_insert(credit);
                    }
                }
            }
        }

        // A heading followed by teasers (two items opening with the same
        // mark, or both with a date at an edge) is no signature.
        let teasers_below = |i: usize| {
            let (Some(a), Some(b)) = (lines.get(i + 1), lines.get(i + 2)) else {
                return false;
            };
            let (a, b) = (&*a.text, &*b.text);
            let mark = |t: &str| t.chars().next().filter(|c| !is_letter_or_digit(*c));
            mark(a).is_some() && mark(a) == mark(b)
                || rules::has_edge_date(a) && rules::has_edge_date(b)
        };

        // `* Chi cục …`, `(*) Giảng viên …` after the text, a byline marked
        // for it (`ThS. A*`, `PGS.TS A (*)`, at the top or under the text):
        // the note on the writer is the byline's, not the story's (not an
        // item of a `* ` list).
        if (top..n).any(|k| names::marked_writer(&lines[k].text).is_some()) {
            let note = |k: usize| names::is_writer_footnote(&lines[k].text);
            for (i, role) in roles.iter_mut().enumerate().take(n).skip(top) {
                if *role == Role::Body
                    && note(i)
                    && !(i > 0 && note(i - 1))
                    && !(i + 1 < n && note(i + 1))
                {
                    *role = Role::Removed("writer footnote");
                }
            }
        }

        // `Làm mới: 1 ngày trước`, `👥 Số lượng: 300` between the byline and
        // the listing's fields under the headline: its fact card, a short key
        // and value framed by furniture.
        if let Some(first) = first_paragraph {
            let framing = |roles: &[Role], k: usize, i: usize| {
                lines[k].block == lines[i].block
                    && matches!(roles[k], Role::Removed(_) | Role::Title)
            };
            for i in top.max(1)..first.min(n - 1) {
                if roles[i] == Role::Body
                    && framing(&roles, i - 1, i)
                    && framing(&roles, i + 1, i)
                    && rules::is_fact_field(&features[i])
                {
                    roles[i] = Role::Removed("fact card");
                }
            }
        }

        // 5. Trailing author name line and `Theo X` credit line: the last
        //    body lines, in either order.
        // The body line above `last` ends the text: a paragraph, or a short
        // sentence that is no list's item (`Cảm ơn mọi người đã ủng hộ
        // quán.`; not `- …`, `Lớp Mầm: …`), a quotation's closing mark aside.
        let closes_text = |roles: &[Role], last: usize| {
            (top..last)
                .rev()
                .find(|&i| roles[i] == Role::Body)
                .is_some_and(|i| {
                    let f = &features[i];
                    f.text
                        .trim_end_matches(['”', '"'])
                        .ends_with(['.', '!', '?', '…'])
                        && (f.chars > 60
                            || f.words >= 6 && !f.text.has(":") && !rules::is_list_item(f.text))
                })
        };
        for _ in 0..4 {
            let Some(last) = (top..n).rev().find(|&i| roles[i] == Role::Body) else {
                break;
            };
            if !(top..last).any(|i| roles[i] == Role::Body) {
                break;
            }
            let text = &lines[last].text;
            // A short one (`NGHE LẠI`, `XEM LẠI`) too, when its teasers
            // are already gone.
            let short_caps = features[last].letters >= 4
                && features[last].upper == features[last].letters
                && (1..=4).contains(&features[last].words)
                && (last + 1..n.min(last + 3)).all(|k| roles[k] != Role::Body);
            if (features[last].is_caps() || short_caps)
                && !features[last].full_stop()
                && teasers_below(last)
            {
                // `CÙNG CHUYÊN MỤC` over its teasers: a section heading.
                roles[last] = Role::Removed("section heading");
            } else if text.len() <= 80 && rules::is_picture_credit(text) {
                // `Ảnh: Quốc Bảo` under the signature.
                roles[last] = Role::Removed("photo credit");
            } else if rules::is_desk_credit(text)
                || rules::noted_office(text)
                // `Phòng Kinh tế huyện X`, `Ban Tư vấn – Khiếu nại` under the
                // last paragraph: an office signs (not a list's last item).
                || rules::office_byline(text)
                    && (top..last)
                        .rev()
                        .find(|&i| roles[i] == Role::Body)
                        .is_some_and(|i| features[i].full_stop() && features[i].chars > 60)
            {
                // A bare `PV`, `Nhóm phóng viên`: the desk signs, no name.
                roles[last] = Role::Removed("desk credit");
            } else if rules::is_column_label(&features[last]) {
                // `Chuyên mục Khoa học thường thức – số cuối tuần` under the
                // text: the column it ran in.
                roles[last] = Role::Removed("column label");
            } else if let Some(paper) = rules::office_credit(text) {
                // `Thương vụ … (theo Bản tin X)`: an office signs, no writer.
                out.source.get_or_insert(paper);
                roles[last] = Role::Removed("desk credit");
            } else if let Some((writer, paper)) = rules::credit_with_writer(text) {
                // `Theo Hà Phương (Báo Quảng Nam Ngày nay)`.
                out.author.get_or_insert(writer);
                out.source.get_or_insert(paper);
                roles[last] = Role::Removed("credit line");
            } else if let Some(credit) = rules::credit_line(text) {
                out.source.get_or_insert(credit);
                roles[last] = Role::Removed("credit line");
            } else if let Some(name) =
                names::signed_from(text).or_else(|| names::nick_with_name(text))
            {
                out.author.get_or_insert_with(|| name.to_string());
                roles[last] = Role::Removed("author line");
            } else if rules::is_name_line(text)
                || rules::is_initials(text)
                || rules::is_caps_name(text) && !teasers_below(last)
            {
                out.author.get_or_insert_with(|| text.to_string());
                roles[last] = Role::Removed("author line");
            } else if let Some(name) =
                rules::signature_name(text).or_else(|| names::beside_email(text))
            {
                // `✍ Hoài Nam`, `Ngọc Diệp/VMT`, `Đại úy X – Công an …`,
                // `Lê Hà ✉ ha.le@site.vn`, `Lê Hà/Thời báo X`.
                out.signed(name, text, |p| names_the_site(lines, &roles, top, p));
                roles[last] = Role::Removed("author line");
            } else if rules::is_translator(text)
                && (top..last)
                    .rev()
                    .find(|&i| roles[i] == Role::Body)
                    .is_some_and(|i| {
                        let above = &lines[i].text;
                        rules::is_name_line(above) || rules::is_caps_name(above)
                    })
            {
                // `Lê Hà (dịch)` under the writer's name: the translator;
                // the writer signs above.
                roles[last] = Role::Removed("author line");
            } else if let Some((name, credit)) = rules::name_with_note(text) {
                // `Ngọc Anh (tổng hợp)`, `Minh Hòa (Theo TTXVN)`; not the
                // site's own code (`(STV)` in its masthead or copyright).
                out.author.get_or_insert(name);
                if let Some(credit) = credit
                    && !names_the_site(lines, &roles, top, &credit)
                {
                    out.source.get_or_insert(credit);
                }
                roles[last] = Role::Removed("author line");
            } else if rules::is_post_note(text)
                && let Some(above) = (top..last).rev().find(|&i| roles[i] == Role::Body)
                && {
                    // `MỘC LAN` over `(Hạt Kiểm lâm …)`: a pen name in
                    // capitals over its office, like a name in sentence case.
                    let name = rules::strip_titles(&lines[above].text);
                    rules::is_name_line(&name) || rules::is_caps_name(&name)
                }
            {
                // `PGS.TS Lê Hà` over `(Chủ nhiệm Khoa …, Trường …)`: the
                // writer's name, then the post on a line of its own.
                out.author
                    .get_or_insert_with(|| lines[above].text.to_string());
                roles[last] = Role::Removed("author line");
                roles[above] = Role::Removed("author line");
            } else if let Some(name) = rules::byline_person(text)
                && closes_text(&roles, last)
            {
                // `Kim Ngân (TTVH-TT)`, `Nhà báo Lê Hà - Đài …` under the
                // last paragraph (not a list's last item).
                out.signed(name, text, |p| names_the_site(lines, &roles, top, p));
                roles[last] = Role::Removed("author line");
            } else if let Some(name) = names::person(text)
                && (closes_text(&roles, last)
                    // `NAME ghi` under an interview's short last turn: the
                    // note is the evidence the paragraph above would give.
                    || names::noted_writer(text).is_some())
            {
                // `Điều dưỡng trưởng X – unit`, `Ghi nhận tại tòa: A và B`
                // (under a paragraph or a quoted sentence).
                out.signed(name, text, |p| names_the_site(lines, &roles, top, p));
                roles[last] = Role::Removed("author line");
            } else if let Some(name) = names::marked_writer(text)
                && (top..last)
                    .rev()
                    .find(|&i| roles[i] == Role::Body)
                    .is_some_and(|i| features[i].full_stop() && features[i].chars > 60)
            {
                // `ThS. Đặng Văn An*` under the last paragraph.
                out.author.get_or_insert(name);
                roles[last] = Role::Removed("author line");
            } else {
                break;
            }
        }

        // `Khuê`, `— Tường Vy —`, `Phạm Lê / Tổng hợp`: a signature set off
        // by its shape alone, on the last body line or right under it, under
        // a paragraph.
        if out.author.is_none()
            && let Some(last_body) = (top..n).rev().find(|&i| roles[i] == Role::Body)
        {
            // (`______` then `Lâm Văn Hiếu – tổ trưởng …`: a forum post's
            // signature under its rule.)
            let ruled = last_body + 2 < n
                && roles[last_body + 1] == Role::Removed("marker")
                && !lines[last_body + 1].text.chars().any(is_letter_or_digit)
                && roles[last_body + 2] == Role::Removed("after article end");
            let sign = if rules::set_off_name(&lines[last_body].text).is_some() {
                Some(last_body)
            } else if ruled {
                Some(last_body + 2)
            } else {
                (last_body + 1 < n
                    && matches!(
                        roles[last_body + 1],
                        Role::Removed("after article end" | "marker" | "navigation")
                    ))
                .then_some(last_body + 1)
            };
            let read = |s: usize| {
                rules::set_off_name(&lines[s].text).or_else(|| {
                    ruled
                        .then(|| {
                            let text = &lines[s].text;
                            let first = text.split([',', '–', '—', '(']).next().unwrap_or("");
                            rules::is_name_line(first.trim()).then(|| first.trim().to_string())
                        })
                        .flatten()
                })
            };
            if let Some(s) = sign
                && (top..s)
                    .rev()
                    .find(|&i| roles[i] == Role::Body)
                    .is_some_and(|i| features[i].full_stop() && features[i].chars > 60)
                && let Some(name) = read(s)
            {
                out.signed(name, &lines[s].text, |p| {
                    names_the_site(lines, &roles, top, p)
                });
                roles[s] = Role::Removed("author line");
            }
        }
        // `Điện thoại: 0213 … – anh Tuấn`, `Hotline hỗ trợ: …`, a sponsor's
        // `Chịu trách nhiệm về sản phẩm: …` block between the last paragraph
        // and the writer's signature under it: the article's own lines,
        // inside the signed text (not an ad, unless it gives a contact).
        let signed_text = |k: usize| {
            matches!(
                roles[k],
                Role::Removed("contact" | "footer" | "after article end")
            ) || roles[k] == Role::Removed("ad") && features[k].lower.starts_with("hotline")
        };
        if let Some(last_paragraph) = (top..n)
            .rev()
            .find(|&i| roles[i] == Role::Body && features[i].full_stop())
            && let Some(sign) =
                (last_paragraph + 1..n).find(|&i| roles[i] != Role::Body && !signed_text(i))
            && roles[sign] == Role::Removed("author line")
        {
            let inside: Vec<usize> = (last_paragraph + 1..sign)
                .filter(|&k| signed_text(k))
                .collect();
            for k in inside {
                roles[k] = Role::Body;
            }
        }
        // `NAME (office)` under paragraphs a box in the text sent to the
        // tail: the writer signs the text wherever the cut put it.
        if out.author.is_none()
            && let Some(last_body) = (top..n).rev().find(|&i| roles[i] == Role::Body)
            && let Some(sign) = (last_body + 2..n)
                .rev()
                .find(|&i| roles[i] == Role::Removed("tail"))
            && roles[sign - 1] == Role::Removed("tail")
            && features[sign - 1].chars > 60
            && features[sign - 1].full_stop()
            && features[sign].digits == 0
            && let Some(name) = names::person(&lines[sign].text)
        {
            out.author = Some(name);
            roles[sign] = Role::Removed("author line");
        }

        // A signature in capitals after the article's last long paragraph
        // that was not its last line (teasers left below it).
        if let Some(last_long) = (top..n)
            .rev()
            .find(|&i| roles[i] == Role::Body && features[i].chars > 100 && features[i].full_stop())
        {
            for i in last_long + 1..n {
                // `NAME (office) • Quay phim: X` right under it, readers'
                // comments or teasers below: a name by its evidence.
                if i == last_long + 1
                    && roles[i] == Role::Body
                    && features[i].digits == 0
                    && let Some(name) = names::person(&lines[i].text)
                {
                    out.author.get_or_insert(name);
                    roles[i] = Role::Removed("author line");
                    break;
                }
                if roles[i] == Role::Body && rules::is_caps_name(&lines[i].text) {
                    if teasers_below(i) {
                        roles[i] = Role::Removed("section heading");
                        continue;
                    }
                    out.author.get_or_insert_with(|| lines[i].text.to_string());
                    roles[i] = Role::Removed("author line");
                    break;
                }
            }
        }

        // `(Phóng viên thường trú tại X)`, `(Đoàn Luật sư …)` right under a
        // byline already taken (under the text or between the writer's
        // name and the date): the writer's post in brackets, a note of the
        // byline.
        // So are, under it, the post without brackets (`Phóng viên thường
        // trú tại X`), the writer's e-mail address alone and a follow
        // button (`+ Theo dõi`).
        for i in top + 1..n {
            let text = &*lines[i].text;
            let note = || {
                text.starts_with('(') && rules::is_post_note(text)
                    || features[i].chars <= 60 && !text.has(" ") && {
                        let (user, host) = text.split_str("@").unwrap_or(("", ""));
                        !user.is_empty() && host.has(".")
                    }
                    || rules::is_bare_post(text)
                    || matches!(
                        features[i].lower.trim_start_matches(['+', ' ']),
                        "theo dõi" | "follow"
                    )
            };
            if roles[i] == Role::Body
                && matches!(
                    roles[i - 1],
                    Role::Removed("author line" | "desk credit" | "photo credit" | "byline")
                )
                && note()
            {
                roles[i] = Role::Removed("author line");
            }
        }

        // `Ngọc Mai • 5 phút đọc` right under the text: the writer beside
        // a counter.
        if out.author.is_none()
            && let Some(last_body) = (top..n).rev().find(|&i| roles[i] == Role::Body)
            && let Some(name) = (last_body + 1..n.min(last_body + 3))
                .filter(|&i| roles[i] == Role::Removed("counter"))
                .find_map(|i| names::before_counter(&lines[i].text))
        {
            out.author = Some(name);
        }

        // `VỀ TÁC GIẢ` over `Pen Name – description`, `┌─ VỀ NGƯỜI VIẾT ─┐`
        // over `│ TS. NAME (office)` and a bio: a box about the writer after
        // the text; its first line names the writer, the box is furniture.
        // (`┌─ Tác giả ───` over `│ A – office`: the framed credits box
        // below.)
        if let Some(head) = (top + 1..n).find(|&i| {
            let text = &*lines[i].text;
            text.len() <= 80 && names::is_author_box_heading(text)
        }) && (top..head).any(|i| roles[i] == Role::Body)
        {
            let block = lines[head].block;
            if roles[head] == Role::Body {
                roles[head] = Role::Removed("author box");
            }
            for i in head + 1..n {
                if lines[i].block != block {
                    break;
                }
                if i == head + 1
                    && let Some(name) = names::box_name(&lines[i].text)
                {
                    out.author.get_or_insert(name);
                }
                if roles[i] == Role::Body {
                    roles[i] = Role::Removed("author box");
                }
            }
        }

        // `┌ Tác giả: A` / `│ Biên tập: B` / `└ Trình bày: C`, `┌─ Tác giả ─`
        // over `│ A – office`: credits framed as a box after the text. The
        // writer's line (or the line under a writer's key) names the
        // writer; the whole box is furniture.
        if let Some(start) = (top + 1..n).find(|&i| {
            lines[i].text.trim_start().starts_with(['┌', '╭', '╔'])
                && names::framed(&lines[i].text).is_some()
        }) && (top..start).any(|i| roles[i] == Role::Body)
        {
            let block = lines[start].block;
            let end = (start..n)
                .take_while(|&i| lines[i].block == block && names::framed(&lines[i].text).is_some())
                .last()
                .unwrap_or(start);
            let inner = |i: usize| names::framed(&lines[i].text).unwrap_or("");
            let writer = (start..=end)
                .find_map(|i| rules::byline_author(inner(i)))
                .or_else(|| {
                    (start..end)
                        .find(|&i| rules::is_writer_key(inner(i)))
                        .and_then(|i| names::box_name(inner(i + 1)))
                });
            if let Some(name) = writer {
                out.author.get_or_insert(name);
                for role in &mut roles[start..=end] {
                    if *role == Role::Body {
                        *role = Role::Removed("credits box");
                    }
                }
            }
        }

        // `… tháng 9. (Sương Khói)`: no signature below the text, the
        // writer signs at the end of its last paragraph, which stays body.
        if out.author.is_none()
            && let Some(last_body) = (top..n).rev().find(|&i| roles[i] == Role::Body)
            && (features[last_body].chars > 100
                || rules::signed_in_caps(&lines[last_body].text).is_some())
            && let Some(name) = names::closing_name(&lines[last_body].text)
        {
            out.author = Some(name);
        }

        // `Sương Mai đăng lúc 21:30 ngày …`, `Đăng bởi Lê Hà vào lúc …`
        // after the text, the date already read at the top: the poster is
        // the writer.
        if out.author.is_none()
            && let Some(last_body) = (top..n).rev().find(|&i| roles[i] == Role::Body)
            && let Some((i, name)) = (last_body + 1..n)
                .filter(|&i| roles[i] == Role::Removed("date stamp"))
                .find_map(|i| {
                    let text = &lines[i].text;
                    names::posted_by(text)
                        .or_else(|| rules::byline_author(text))
                        .filter(|name| !names_the_site(lines, &roles, top, name))
                        .map(|a| (i, a))
                })
        {
            out.author = Some(name);
            // (With no date at the top, the stamp's is the article's.)
            if out.published.is_none() {
                out.published = published::find_date_time(&lines[i].text);
            }
            roles[i] = Role::Removed("byline");
        }
        // A bare date line (only a date, or `Cập nhật: …`, `Ngày đăng: …`)
        // after the article's last paragraph is its date when there was no
        // byline at the top.
        if out.published.is_none() {
            let last_body = (top..n).rev().find(|&i| roles[i] == Role::Body);
            if let Some(last_body) = last_body {
                let stamp = (last_body + 1..n)
                    .take_while(|&i| roles[i] != Role::Removed("section heading"))
                    .find(|&i| {
                        roles[i] == Role::Removed("date stamp")
                            && (features[i].letters == 0
                                || rules::is_bare_date_line(&lines[i].text)
                                // `Phan Rang, ngày 5 tháng 7 năm 2025`.
                                || published::is_dateline(&lines[i].text)
                                || published::is_english_stamp(&lines[i].text)
                                // `3 ngày trước · 21/06/2025 19:45`.
                                || published::relative_stamp(&lines[i].text).is_some())
                    })
                    // `Đưa lên trang: 04/12/2025 16:45`: a posting stamp
                    // with words, when no bare one closes the page.
                    .or_else(|| {
                        (last_body + 1..n).find(|&i| {
                            roles[i] == Role::Removed("date stamp")
                                && published::posted_label(&lines[i].text).is_some()
                                && !published::update_label(&lines[i].text)
                        })
                    });
                out.published = stamp.and_then(|i| published::find_date_time(&lines[i].text));
                // `Minh Quân – 16/10/2024, 17:40`, `Hải Châu, ngày 07/8/2024 —
                // Thanh Tâm (Văn phòng …)`: a byline at the very bottom, a
                // name beside the date, gives the date and the writer.
                if out.published.is_none() {
                    let byline = (last_body + 1..n)
                        .take_while(|&i| roles[i] != Role::Removed("section heading"))
                        .filter(|&i| roles[i] == Role::Removed("date stamp"))
                        .find_map(|i| rules::bottom_byline(&lines[i].text).map(|a| (i, a)));
                    if let Some((i, author)) = byline {
                        out.published = published::find_date_time(&lines[i].text);
                        if out.author.is_none() {
                            out.author = Some(author);
                        }
                        roles[i] = Role::Removed("byline");
                    }
                }
            }
        }

        // `Chủ nhật, ngày 9 tháng 3 năm 2025` under paragraphs a box in the
        // text sent to the tail (and their signature): the stamp closing
        // the text wherever the cut put it.
        if out.published.is_none()
            && let Some(last_body) = (top..n).rev().find(|&i| roles[i] == Role::Body)
            && let Some(i) = (last_body + 2..n).find(|&i| {
                roles[i] == Role::Removed("tail")
                    && features[i].dated
                    && (features[i].letters == 0
                        || rules::is_bare_date_line(&lines[i].text)
                        || published::is_dateline(&lines[i].text))
                    && matches!(
                        roles[i - 1],
                        Role::Removed("tail" | "desk credit" | "author line")
                    )
            })
            && (last_body + 1..i).any(|k| {
                roles[k] == Role::Removed("tail")
                    && features[k].chars > 60
                    && features[k].full_stop()
            })
        {
            out.published = published::find_date_time(&lines[i].text);
            roles[i] = Role::Removed("date stamp");
        }

        // `Cập nhật: … — Đăng: 18/08/2025 16:30`, `Xuất bản: …` as the
        // page's last line, past a teaser box: a labelled stamp closing a
        // page with no byline at the top.
        // So is a bare date (`14-08-2025 10:12`, `Thứ Năm, ngày 11 tháng 9
        // năm 2025 - 06:01`), not an update's.
        // So is a date beside counters (`12 thg 4, 2026 · 7 phút đọc`).
        if out.published.is_none()
            && let Some(last) = n.checked_sub(1)
            && roles[last] != Role::Body
            && features[last].dated
        {
            let text = &lines[last].text;
            if published::posted_label(text).is_some()
                || rules::is_bare_date_line(text) && !published::update_label(text)
            {
                out.published = published::find_date_time(text);
            } else if let Some(date) = rules::widget_date(text) {
                out.published = Some(date);
            }
        }

        // `Bài viết được đăng lần đầu ngày 12/02/2026.` under the text: the
        // first publication, the article's date when the top gave none or
        // only its last update.
        if let Some(k) = (top..n).find(|&k| {
            matches!(roles[k], Role::Body | Role::Removed("date stamp"))
                && rules::first_posted_note(&features[k])
        }) {
            let only_updated = (0..n)
                .find(|&i| roles[i] == Role::Removed("byline"))
                .is_none_or(|i| {
                    let text = &lines[i].text;
                    published::update_label(text) && published::posted_label(text).is_none()
                });
            if out.published.is_none() || only_updated {
                out.published = published::find_date_time(&lines[k].text).or(out.published.take());
            }
            roles[k] = Role::Removed("byline");
        }

        // `CÙNG CHỦ ĐỀ`, `Bạn có thể thích` over teasers already set apart:
        // a box's heading, wherever the box stands.
        let teaser = |r: Role| {
            matches!(
                r,
                Role::Removed("dated teaser" | "teaser list" | "teaser link" | "icon toolbar")
            )
        };
        // Two items (the same mark first, or both dated at an edge), not a
        // teaser box's own heading (`ĐỌC THÊM`) under a subheading.
        let item_pair = |a: &str, b: &str| {
            let mark = |t: &str| t.chars().next().filter(|c| !is_letter_or_digit(*c));
            mark(a).is_some() && mark(a) == mark(b)
                || rules::has_edge_date(a) && rules::has_edge_date(b)
        };
        for i in top..n.saturating_sub(2) {
            let f = &features[i];
            if roles[i] == Role::Body
                && f.words <= 6
                && f.chars <= 40
                && f.digits == 0
                && !f.full_stop()
                && (!f.text.ends_with(':') || rules::names_other_items(f))
                // (Dated items another rule took, `○ … (05/05/2025)` as a
                // poll's options, are teasers too.)
                && (teaser(roles[i + 1])
                    || matches!(roles[i + 1], Role::Removed(_))
                        && rules::has_edge_date(&lines[i + 1].text))
                && matches!(roles[i + 2], Role::Removed(_))
                && item_pair(&lines[i + 1].text, &lines[i + 2].text)
                && lines[i + 1].block == lines[i].block
            {
                roles[i] = Role::Removed("section heading");
            }
        }

        // `(Nguồn: X)` closing the story, then `Hội viên cần hỗ trợ …, vui
        // lòng gọi …: 0203 …` over the footer: the re-posting site's own
        // contact note.
        if let Some(credit) = (top..n)
            .rev()
            .find(|&i| matches!(roles[i], Role::Removed("source line" | "credit line")))
        {
            let mut after = (credit + 1..n).filter(|&k| roles[k] == Role::Body);
            if let (Some(k), None) = (after.next(), after.next())
                && features[k].chars <= 160
                && (rules::has_long_number(&lines[k].text) || lines[k].text.has("@"))
                && (k + 1..n).all(|m| matches!(roles[m], Role::Removed(_)))
            {
                roles[k] = Role::Removed("contact");
            }
        }

        // 6. Body, repeats and prefix leads.
        let mut body: Vec<usize> = (top..n)
            .filter(|&i| matches!(roles[i], Role::Body | Role::Item))
            .collect();
        if self.config.dedupe {
            let mut seen: HashSet<Key, std::hash::BuildHasherDefault<KeyHasher>> =
                HashSet::default();
            // Short lines (table cells, list items) repeat legitimately;
            // they count as repeats only right after themselves.
            let mut previous: Option<&str> = None;
            body.retain(|&i| {
                let text = &*lines[i].text;
                let long = features[i].chars >= 25;
                let repeat = if long {
                    !seen.insert(Key(text))
                } else {
                    previous == Some(text)
                };
                previous = Some(text);
                if repeat {
                    roles[i] = Role::Removed("repeated paragraph");
                }
                !repeat
            });
            let mut keep = Vec::with_capacity(body.len());
            for (k, &i) in body.iter().enumerate() {
                let next = body.get(k + 1).map(|&j| &*lines[j].text);
                let text = &*lines[i].text;
                // A lead, not a subheading: long enough to be a sentence
                // start, or the article's first line.
                let lead =
                    features[i].chars >= 40 || k == 0 && text.split_whitespace().count() >= 3;
                if lead && next.is_some_and(|next| next.len() > text.len() && next.has_prefix(text))
                {
                    roles[i] = Role::Removed("lead repeated in next paragraph");
                } else {
                    keep.push(i);
                }
            }
            body = keep;
        }
        // Lines above the headline that survived are not body either.
        for role in roles.iter_mut().take(top) {
            if matches!(*role, Role::Body | Role::Item) {
                *role = Role::Removed("above headline");
            }
        }

        // `Cập nhật: 16/09 08:02` under the text taken for the date, and a
        // bare or posting stamp (`Người đăng: hr.admin · 05/11/2025 15:47`)
        // closing the page: the update is the later stamp, the closing one
        // the first publication.
        // (The page's last line asked first: most pages end otherwise.)
        if let Some(date) = &out.published
            && let Some(closing) = n.checked_sub(1)
            && roles[closing] != Role::Body
            && features[closing].dated
            && (rules::is_bare_date_line(&lines[closing].text)
                // (Not a licence's `Giấy phép xuất bản … ngày …` footer.)
                || roles[closing] == Role::Removed("date stamp")
                    && published::posted_label(&lines[closing].text).is_some())
            && !published::update_label(&lines[closing].text)
            && (top..closing).any(|i| {
                roles[i] != Role::Body
                    && features[i].dated
                    && published::update_label(&lines[i].text)
                    && published::find_date_time(&lines[i].text).as_ref() == Some(date)
            })
        {
            out.published = published::find_date_time(&lines[closing].text);
        }

        // `Thứ Bảy, 15 tháng 11, 2025` at the top and `Đăng bởi X lúc 9:40
        // CH ngày 15/11/2025` under the text: the same day, the posting
        // stamp's time.
        if let Some(day) = out.published.as_deref()
            && !day.contains('T')
            && let Some(timed) = (top..n)
                .filter(|&k| {
                    roles[k] != Role::Body
                        && features[k].dated
                        && published::posted_label(&lines[k].text).is_some()
                        && !published::update_label(&lines[k].text)
                })
                .filter_map(|k| published::find_date_time(&lines[k].text))
                .find(|stamp| stamp.starts_with(day) && stamp.contains('T'))
        {
            out.published = Some(timed);
        }

        // `Thảo luận trong 'X' bắt đầu bởi u, 18/08/2025 lúc 21:14`: when the
        // thread began, the first post's date, when nothing else dated it.
        if out.published.is_none()
            && let Some(k) = (0..n).find(|&k| roles[k] == Role::Removed("thread meta"))
        {
            out.published = published::find_date_time(&lines[k].text);
        }

        if out.author.is_none() {
            out.author = poster;
        }
        // The signature glued to the last paragraph (which stays as it is).
        if out.author.is_none()
            && let Some(&last) = body.last()
        {
            out.author = rules::glued_signature(&lines[last].text);
        }
        // A forum thread nobody signs: its opener's handle (alone, in the
        // post's stamp or opening its member card), unless the board's own
        // account posted it.
        if out.author.is_none()
            && let Some(handle) = (top..n).find_map(|k| match roles[k] {
                Role::Removed("poster") => {
                    Some(lines[k].text.trim()).filter(|h| rules::is_handle(h))
                }
                Role::Removed("byline" | "member card") => rules::forum_poster(&lines[k].text),
                _ => None,
            })
            && !rules::is_board_account(handle)
        {
            out.author = Some(handle.to_string());
        }

        // 7. Source: `Nguồn:` first, then a lead tag, then the footer.
        // The lead paragraph: the first body line long enough to be one.
        if out.source.is_none()
            && let Some(&first) = body.iter().take(3).find(|&&i| features[i].chars >= 60)
        {
            out.source = rules::lead_tag(&lines[first].text);
        }
        if out.source.is_none() {
            out.source = footer_source;
        }

        // The name only: no academic or professional title before it.
        out.author = out.author.map(|a| {
            rules::drop_final_stop(&rules::without_honorific(&rules::strip_titles_each(&a)))
                .to_string()
        });
        out.body = body.iter().map(|&i| lines[i].text.clone()).collect();
        out.removed = roles
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match r {
                Role::Removed(reason) => Some((lines[i].text.clone(), *reason)),
                _ => None,
            })
            .collect();
        out
    }

    /// Whether a sentence of `text` (split at `. `, the first `skip` of
    /// them left out; with `skip` 0 the whole line is asked too) is a
    /// footer's or a contact line of its own: `X. Địa chỉ: …`.
    fn footer_sentence(&self, text: &str, skip: usize) -> bool {
        std::iter::once(text)
            .filter(|_| skip == 0)
            .chain(text.split_all(". ").skip(skip))
            .any(|part| {
                matches!(
                    rules::boilerplate(&rules::Features::new(part, &self.cues)),
                    Some("footer" | "contact")
                )
            })
    }

    /// Related-article sections, teaser lists with date stamps, and the run
    /// of short non-sentence lines after the article's last sentence.
    fn tail_and_teasers(
        &self,
        lines: &[Line],
        features: &[Features],
        roles: &mut [Role],
        top: usize,
    ) {
        let n = lines.len();
        // A line that signs the article: a name, a byline, a credit.
        // (Asked of one line by several rules below: worked out once.)
        let signatures: Vec<std::cell::OnceCell<bool>> = vec![Default::default(); n];
        let signature = |k: usize| *signatures[k].get_or_init(|| signs_article(&features[k]));
        fn signs_article(f: &Features) -> bool {
            rules::is_name_line(f.text)
                || rules::is_caps_name(f.text)
                || rules::is_initials(f.text)
                || rules::name_with_note(f.text).is_some()
                || rules::author_line(f).is_some()
                || rules::credit_line(f.text).is_some()
                || rules::source_line(f).is_some()
                || rules::signature_name(f.text).is_some()
                || f.digits == 0 && !f.full_stop() && rules::byline_person(f.text).is_some()
                || f.digits == 0 && f.words <= 14 && names::person(f.text).is_some()
                // `ThS. A*`: a byline marked for its footnote.
                || names::marked_writer(f.text).is_some()
                || names::signed_from(f.text).is_some()
                // (`Theo Lê Hà/Tuần san Xe & Pin`.)
                || rules::credit_with_writer(f.text).is_some()
        }
        // (a) A section heading (`Tin cùng chuyên mục`, `Thống kê truy
        //     cập`, …) after some body text: the rest is site furniture.
        let mut body_seen = 0;
        let mut cut = None;
        for i in top..n {
            match roles[i] {
                Role::Body if features[i].chars > 60 => body_seen += 1,
                // (`Bình luận (2)`: a comment count heading the comments.)
                Role::Removed("section heading") if body_seen >= 1 => {
                    cut = Some(i);
                    break;
                }
                // (`126 trả lời`: a count of replies read as a menu's button.)
                Role::Removed("counter" | "navigation")
                    if body_seen >= 1 && rules::is_section_heading(&features[i]) =>
                {
                    cut = Some(i);
                    break;
                }
                _ => {}
            }
        }
        if let Some(cut) = cut {
            // Two long paragraphs in a row after it, or a speaker's lead-in
            // over a quoted sentence: the article goes on (the heading was
            // a box inside it); the cut ends there. Teasers quote no one.
            let long = |k: usize| {
                roles[k] == Role::Body && features[k].chars > 120 && features[k].full_stop()
            };
            let quoted = |k: usize| {
                let text = &*lines[k].text;
                roles[k] == Role::Body
                    && features[k].chars > 80
                    && text.starts_with(['"', '“', '«'])
                    && text.trim_end().ends_with(['"', '”', '»'])
            };
            let speaker_over_quote = |k: usize| {
                roles[k] == Role::Body
                    && features[k].words >= 4
                    && lines[k].text.trim_end().ends_with(':')
                    && quoted(k + 1)
            };
            // An interview going on: the reporter's question, then an
            // answer under the speaker's name (`PV: …?` / `TS A: …`), in
            // an article that put questions before the heading too.
            let asked = (top..cut)
                .any(|k| roles[k] == Role::Body && rules::is_interview_question(&lines[k].text));
            let interview = |k: usize| {
                asked
                    && roles[k] == Role::Body
                    && roles[k + 1] == Role::Body
                    && rules::is_interview_question(&lines[k].text)
                    && rules::is_interview_answer(&lines[k + 1].text)
            };
            // One of the article's own lists (a lead-in and its items, see
            // [`article_lists`]) after the box: the article goes on there.
            let end = (cut + 1..n.saturating_sub(1))
                .find(|&k| {
                    long(k) && long(k + 1)
                        || speaker_over_quote(k)
                        || interview(k)
                        || roles[k] == Role::Item
                })
                .unwrap_or(n);
            // The article signing off after the box: the paragraphs right
            // above its byline (a name, a desk), which no paragraph follows,
            // are its last ones; a teaser box holds no signed prose.
            let prose = |k: usize| {
                roles[k] == Role::Body
                    && features[k].full_stop()
                    && features[k].chars > 40
                    && !signature(k)
            };
            // (`Cập nhật lần cuối: 24/06/2025 09:02`: the page's update
            // stamp closes an article that was not signed, as a signature.)
            let stamp = |s: usize| {
                features[s].dated
                    && features[s].chars <= 60
                    && published::update_label(&lines[s].text)
            };
            let signs = |s: usize| {
                (roles[s] == Role::Body && (signature(s) || stamp(s))
                    || roles[s] == Role::Removed("desk credit"))
                    && !(s + 1 < n && roles[s + 1] == Role::Body && features[s + 1].full_stop())
            };
            // Not when the article signed before the box, nor when a line
            // left standing heads the paragraphs (a teaser's title over its
            // lead, a reader's name over a comment): they follow the box's
            // items, already furniture.
            let signed_before = (top..cut)
                .rev()
                .find(|&k| roles[k] == Role::Body)
                .is_some_and(&signature);
            // (The lines' shapes first: a signature is dear to ask for.)
            let shaped = |s: usize| {
                matches!(roles[s], Role::Body | Role::Removed("desk credit"))
                    && roles[s - 1] == Role::Body
                    && features[s - 1].full_stop()
                    && !(s + 1 < n && roles[s + 1] == Role::Body && features[s + 1].full_stop())
            };
            let mut spared = cut + 1..cut + 1;
            if !signed_before
                && let Some(s) = (cut + 2..end).find(|&s| shaped(s) && signs(s) && prose(s - 1))
            {
                let mut r = s - 1;
                while r > cut + 1 && prose(r - 1) {
                    r -= 1;
                }
                // Above the prose, the article's own list under its lead-in
                // (`… ba bước:`, `Bước 1: …;`) and a subheading over it, back
                // to the box: taken only with the lead-in's colon.
                let listed = |k: usize| {
                    let (t, f) = (&*lines[k].text, &features[k]);
                    roles[k] == Role::Body
                        && !rules::has_edge_date(t)
                        && (rules::is_list_item(t)
                            || t.ends_with([';', ':'])
                            || f.chars <= 80 && f.digits == 0 && !f.full_stop())
                };
                let mut above = r;
                while above > cut + 1 && listed(above - 1) {
                    above -= 1;
                }
                if (above..r).any(|k| lines[k].text.ends_with(':')) {
                    r = above;
                }
                // The byline's own date line under it stays for the stamps.
                let dated = s + 1 < n && roles[s + 1] == Role::Body && features[s + 1].dated;
                if roles[r - 1] != Role::Body && (r..s).any(|k| features[k].chars > 80) {
                    spared = r..s + 1 + usize::from(dated);
                }
            }
            // Between the box's teasers (each with a mark or a date) and the
            // paragraphs where the article goes on, lines with neither are
            // the article's: a subheading (`Phần quà trong dịp lễ`), a
            // question heading (`Còn bao nhiêu đồng đội chưa tìm thấy?`), a
            // paragraph of sentences. The article resumes at the first.
            let marked = |k: usize| {
                let t = &*lines[k].text;
                list_mark(t).is_some()
                    || rules::has_edge_date(t) && !rules::ends_on_sentence_date(t)
            };
            let articles = |k: usize| {
                let f = &features[k];
                roles[k] == Role::Body
                    && !marked(k)
                    && (f.full_stop() && f.chars > 60
                        || f.chars <= 80 && f.digits == 0 && !f.full_stop()
                        || f.chars <= 100 && f.text.ends_with('?')
                        // (`"Ăn một mình thì no bụng, chớ đâu có no lòng."`:
                        // a short quoted sentence under its speaker.)
                        || f.full_stop() && f.text.starts_with(['"', '“']))
            };
            // (Where it goes on: two long paragraphs, or the paragraphs
            // spared above its byline.)
            let mut goes_on = if spared.is_empty() { end } else { spared.start };
            // (An advert between stays one, and the walk goes past it.)
            let mut resume = goes_on;
            while goes_on < n
                && resume > cut + 2
                && (articles(resume - 1)
                    || roles[resume - 1] == Role::Removed("ad") && !marked(resume - 1))
            {
                resume -= 1;
            }
            if !(cut + 1..resume).all(marked) {
                resume = goes_on;
            }
            // Nowhere found: a box of two or more marked items in a row, no
            // lead under any of them, then paragraphs of sentences and only
            // furniture after: those paragraphs close the article (the last
            // item has no lead when the others have none).
            if goes_on == n && !signed_before {
                // (An item, not a sentence that ends with a date.)
                let item = |k: usize| {
                    marked(k)
                        && (list_mark(&lines[k].text).is_some()
                            || !(features[k].full_stop() && features[k].chars > 60))
                };
                let items = (cut + 1..n).take_while(|&k| item(k)).count();
                let after = cut + 1 + items;
                // (Not the site's footer written in sentences: `Công ty X.
                // GCN ĐKKD số …`, `Đơn vị quản lý: … Chịu trách nhiệm …`.)
                let footer = |k: usize| {
                    let l = &features[k].lower;
                    [
                        "đkkd",
                        "mst",
                        "gpkd",
                        "msdn",
                        "mã số thuế",
                        "mã số doanh nghiệp",
                    ]
                    .iter()
                    .any(|w| l.has(w))
                        || self.footer_sentence(&lines[k].text, 0)
                };
                // What is left of the page after the items: the article's
                // close when it holds a paragraph and reads as the article
                // (a sentence first, two paragraphs, a lead-in or a speaker
                // with a colon, a question, a table row), not as one more
                // teaser's title over its lead.
                let run: Vec<usize> = (after..n).filter(|&k| roles[k] == Role::Body).collect();
                let prose = |k: usize| features[k].full_stop() && features[k].chars > 60;
                let paragraphs = run.iter().filter(|&&k| prose(k)).count();
                let reads_on = run.first().is_some_and(|&k| features[k].full_stop())
                    || paragraphs >= 2
                    || run.iter().any(|&k| {
                        let t = lines[k].text.trim_end();
                        t.ends_with([':', '?']) || t.has(" | ")
                    });
                // (Or a lead-in over its own list or table, no paragraph.)
                let led = run.len() >= 3 && lines[run[0]].text.trim_end().ends_with(':');
                // (And no more of the box's marked items further down: the
                // paragraph would be an item's lead.)
                let more_items = (after..n).any(|k| {
                    list_mark(&lines[k].text).is_some() && rules::has_edge_date(&lines[k].text)
                });
                if items >= 2
                    && !more_items
                    && (paragraphs >= 1 || led)
                    && reads_on
                    && !run.iter().any(|&k| footer(k))
                    && let Some(&last) = run.last()
                {
                    (resume, goes_on) = (after, last + 1);
                    // The lead-in and its rows or items: the article's list,
                    // out of the tail rules' reach.
                    if led {
                        for (n_in_run, &k) in run.iter().enumerate() {
                            let t = &*lines[k].text;
                            if n_in_run > 0 && !rules::is_list_item(t) && !t.has(" | ") {
                                break;
                            }
                            roles[k] = Role::Item;
                        }
                    }
                }
            }
            for (k, role) in roles.iter_mut().enumerate().take(end).skip(cut + 1) {
                if *role == Role::Body && !spared.contains(&k) && !(resume..goes_on).contains(&k) {
                    *role = Role::Removed("tail");
                }
            }
        }
        // (b) Teaser items: a bulleted line whose next line is a date line
        //     (its byline), with the indented lines under it (its lead). A
        //     bulleted date line is the next item of a list, not a byline.
        let bullet = |k: usize| lines[k].text.starts_with(['•', '·', '▪', '●', '■']);
        for k in top..n.saturating_sub(1) {
            // (`Theo X · 14/08/2025 06:30` under the last item: the story's
            // credit and date, no teaser's byline.)
            if !(bullet(k)
                && !bullet(k + 1)
                && lines[k + 1].block == lines[k].block
                && features[k + 1].dated
                && !lines[k + 1].text.starts_with("Theo "))
            {
                continue;
            }
            let mut m = k;
            while m < n
                && lines[m].block == lines[k].block
                && (m <= k + 1 || lines[m].indented && !bullet(m))
            {
                if roles[m] == Role::Body {
                    roles[m] = Role::Removed("teaser list");
                }
                m += 1;
            }
        }
        // Date stamps; a short line right above a stamp is a teaser title
        // when there are several such pairs (a list). A single pair at the
        // end is the article's own signature and date.
        // (`Giá … tại chợ X sáng 19/1/2025 (đồng/kg)` over a `|`-table's
        // rows: the table's caption, dated like a stamp; `Số dư đến
        // 28/2/2026 | 11.860` among them: a row.)
        let cells = |k: usize| memchr::memchr_iter(b'|', lines[k].text.as_bytes()).count();
        let captions_table = |k: usize| {
            k + 2 < n
                && lines[k + 1].block == lines[k].block
                && features[k].words >= 6
                && (cells(k + 1) >= 2 && cells(k + 2) >= 2
                    // (`Kỳ hạn | Lãi suất` over `1 tháng | 3,9`: two
                    // columns, a header without figures over figures.)
                    || cells(k + 1) == 1
                        && cells(k + 2) == 1
                        && features[k + 1].digits == 0
                        && features[k + 2].digits > 0)
        };
        // A row of a run of rows with as many cells, one of them undated
        // (a header, `Công việc | Hạn chót`, over `Gửi bài | 30/06/2026`
        // rows). (Not stamps in two languages, each dated: `Đăng | Posted:
        // …` over `Cập nhật | Updated: …`.)
        // Or a run of two rows or more of three cells or more right under
        // the line that leads into them (`… chia làm hai đợt:` over `Đợt 1 |
        // Sạp B01 – B18 | Tối 15/01/2026`), every row dated.
        let table_row = |k: usize| {
            let c = cells(k);
            let same = |m: &usize| lines[*m].block == lines[k].block && cells(*m) == c;
            let above = (0..k).rev().take_while(same).count();
            let below = (k + 1..n).take_while(same).count();
            let (start, end) = (k - above, k + below + 1);
            let led_in = c >= 2
                && end - start >= 2
                && start > 0
                && features[start - 1].words >= 4
                && lines[start - 1].text.ends_with(':');
            c >= 1 && ((start..end).any(|m| m != k && !features[m].dated) || led_in)
        };
        let mut stamps = Vec::new();
        for k in top..n {
            if roles[k] == Role::Body
                && rules::is_date_line(&features[k])
                && !captions_table(k)
                && !table_row(k)
            {
                roles[k] = Role::Removed("date stamp");
                stamps.push(k);
            }
        }
        let teaser_above = |k: usize, roles: &[Role]| {
            k > top
                && lines[k - 1].block == lines[k].block
                && roles[k - 1] == Role::Body
                && !features[k - 1].sentence
                && features[k - 1].chars <= 160
        };
        let pairs = stamps.iter().filter(|&&k| teaser_above(k, roles)).count();
        if pairs >= 2 {
            for &k in &stamps {
                if teaser_above(k, roles) {
                    roles[k - 1] = Role::Removed("dated teaser");
                }
            }
        }
        let furniture = |role: Role| match role {
            Role::Removed(reason) => !matches!(
                reason,
                "date stamp" | "author line" | "credit line" | "source line" | "repeated paragraph"
            ),
            _ => false,
        };
        // (d) A teaser box after the article's last long paragraph: a short
        //     heading, then two or more lines of its block opening with the
        //     same mark (`» …`, `◦ …`, `— 05.03 …`, `[16/8] …`), not
        //     sentences. Plain list marks (`-`, `•`, `+`, `*`, numbers) also
        //     need a date on every item (an article may end with a list).
        let last_long = (top..n).rev().find(|&k| {
            roles[k] == Role::Body && features[k].chars > 100 && features[k].full_stop()
        });
        if let Some(last_long) = last_long {
            for h in last_long + 1..n {
                let f = &features[h];
                let heading = roles[h] == Role::Body
                    && f.chars <= 60
                    && f.words <= 8
                    && !f.text.ends_with([':', '.'])
                    && !signature(h);
                if !heading {
                    continue;
                }
                let mark = |k: usize| {
                    lines[k]
                        .text
                        .chars()
                        .next()
                        .filter(|c| !is_letter_or_digit(*c))
                };
                let Some(first_mark) = (h + 1 < n).then(|| mark(h + 1)).flatten() else {
                    continue;
                };
                let items = (h + 1..n)
                    .take_while(|&k| {
                        lines[k].block == lines[h].block
                            && mark(k) == Some(first_mark)
                            && features[k].chars <= 160
                            && !features[k].text.ends_with('.')
                    })
                    .count();
                let plain = matches!(first_mark, '-' | '+' | '*' | '•' | '–');
                let dated = (h + 1..=h + items).all(|k| rules::has_edge_date(&lines[k].text));
                if items >= 2 && (!plain || dated) {
                    for role in &mut roles[h..=h + items] {
                        if *role == Role::Body {
                            *role = Role::Removed("teaser list");
                        }
                    }
                }
            }
        }
        // (b2) `Trang đang chạy thử nghiệm từ 01/06/2025.`: notices about
        //     the site itself that close the page under its contact lines.
        while let Some(k) = (top + 1..n).rev().find(|&k| roles[k] == Role::Body)
            && matches!(
                rules::boilerplate(&features[k - 1]),
                Some("contact" | "footer")
            )
            && rules::is_site_notice(&features[k])
        {
            roles[k] = Role::Removed("footer");
        }
        // (c) After the last sentence of the article, once site furniture
        //    has begun (or right above it): short lines that are not
        //    sentences (site names, menus, stray labels) are furniture too.
        //    Name and credit lines are left for the author/source rules; the
        //    article's lists are already set apart ([`article_lists`]).
        // (`Hỗ trợ thân nhân: 0237 … (giờ hành chính)` under the tags or
        // the signature: a short phone line closed by a bracketed note after
        // furniture or the credits began is no sentence of the article.)
        let stray_note = |k: usize| {
            let text = lines[k].text.trim_end();
            text.ends_with(')')
                && !text.ends_with(".)")
                && features[k].chars <= 100
                && features[k].digits >= 8
                && k > top
                && (furniture(roles[k - 1]) || roles[k - 1] == Role::Body && signature(k - 1))
        };
        let last_sentence = (top..n).rev().find(|&k| {
            roles[k] == Role::Body
                && features[k].sentence
                && !signature(k)
                && !stray_note(k)
                && !rules::keyed_contact_after_name(&features[k])
        });
        if let Some(last) = last_sentence {
            let mut started = false;
            for k in last + 1..n {
                if furniture(roles[k]) {
                    started = true;
                    continue;
                }
                let f = &features[k];
                let next_is_furniture = k + 1 < n && furniture(roles[k + 1]);
                // `Lương y X` over `Hội Đông y huyện Y`: the writer's office
                // under the signature.
                let signers_office = lines[k - 1].block == lines[k].block
                    && roles[k - 1] == Role::Body
                    && rules::is_office(f.text)
                    && names::person(&lines[k - 1].text).is_some();
                if roles[k] == Role::Body && signature(k) {
                    // The article is signed off: a list of two or more
                    // items after it is a teaser list.
                    let items = (k + 1..n)
                        .take_while(|&m| {
                            roles[m] == Role::Body
                                && rules::is_list_item(&lines[m].text)
                                && !features[m].full_stop()
                                && features[m].chars <= 160
                        })
                        .count();
                    if items >= 2 {
                        for role in &mut roles[k + 1..=k + items] {
                            *role = Role::Removed("teaser list");
                        }
                    }
                } else if roles[k] == Role::Body
                    && (started || next_is_furniture || signers_office)
                    && (f.chars <= 100 || f.chars <= 160 && rules::lists_an_address(f))
                    && !f.contains_any(rules::CAPTION_CUES)
                    && rules::signed_in_caps(f.text).is_none()
                {
                    roles[k] = Role::Removed("after article end");
                }
            }
        }
        // (d) `Mặt trận X – Ủy ban …. Địa chỉ: số 9 …` after furniture, with
        //     only the footer's lines below it: the publisher's line of the
        //     footer, however long, when a later sentence of it is a footer
        //     line of its own (an address, a phone, a licence), or when it
        //     says who runs the site (`Website dự án X do Công ty Y quản lý.
        //     …`).
        //     (Only the last body line has nothing but furniture below.)
        if let Some(k) = (top + 1..n).rev().find(|&k| roles[k] == Role::Body)
            && (top..k)
                .rev()
                .take_while(|&m| roles[m] != Role::Body)
                .any(|m| matches!(roles[m], Role::Removed(_)))
            && ((k + 1..n).any(|m| matches!(roles[m], Role::Removed("footer" | "contact")))
                // (The page's last line, opened by the office it names:
                // `Trung tâm X – Khu hành chính số 3, …. Điện thoại: …`.)
                || k + 1 == n
                    && lines[k]
                        .text
                        .split([',', '.'])
                        .next()
                        .and_then(|head| head.split_all(" – ").next())
                        .is_some_and(rules::is_office))
            && (self.footer_sentence(&lines[k].text, 1) || rules::who_runs_the_site(&features[k]))
        {
            roles[k] = Role::Removed("footer");
        }
        // Upper-case lines (site names, platform lines) in the tail.
        for k in top..n {
            if roles[k] == Role::Body
                && features[k].is_caps()
                && !rules::is_caps_name(&lines[k].text)
                && !names::names_only(&lines[k].text)
                // `LÂM VY (CTV)`: a pen name with the writer's post;
                // `BÀI VÀ ẢNH: ĐỖ NGỌC HÀ`, a credit in capitals.
                && names::signed_with_post(&lines[k].text).is_none()
                && rules::author_line(&features[k]).is_none()
                && k + 1 < n
            {
                let rest_is_furniture = (k + 1..n).all(|m| roles[m] != Role::Body);
                if rest_is_furniture {
                    roles[k] = Role::Removed("site name");
                }
            }
        }
    }
}

/// A line in this role may still be the story's source credit: body, or
/// taken by a rule that reads its look (a dated `Theo X (số ra ngày …)`,
/// `— Theo X —` set off like a marker, a credit after the text's end).
fn may_credit(role: Role) -> bool {
    matches!(
        role,
        Role::Body
            | Role::Removed(
                "tail"
                    | "footer"
                    | "print edition"
                    | "link"
                    | "marker"
                    | "after article end"
                    | "dated teaser"
                    | "date stamp"
                    // `… đăng lại từ X với sự đồng ý …` names where from.
                    | "repost note"
            )
    )
}

/// See [`Line::gap_menu`].
fn is_gap_menu(raw: &str) -> bool {
    // (Gaps of no-break spaces are gaps too.)
    if raw.len() <= 300 && nbsp_gap(raw) {
        return is_gap_menu(&raw.replace('\u{a0}', " "));
    }
    if raw.len() > 300 || !raw.has("  ") && !raw.contains('\t') {
        return false;
    }
    let items: Vec<&str> = raw
        .split_all("  ")
        .flat_map(|p| p.split('\t'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    items.len() >= 3
        && items.iter().all(|p| {
            // `Tin tức – Sự kiện`: a dash between two words is no word.
            p.split_whitespace()
                .filter(|w| w.chars().any(is_letter_or_digit))
                .count()
                <= 4
                && !p.chars().any(|c| c.is_ascii_digit())
                && !p.ends_with(['.', '!', '?', ','])
        })
}

/// `Mục lục [Ẩn]` over `1. Vì sao …?`, `2. Các bước …`: a table of
/// contents, its items the article's own subheadings further down. The
/// heading and the items (two or more) that repeat a later line.
fn table_of_contents(lines: &[Line], features: &[Features], roles: &mut [Role]) {
    let n = lines.len();
    let paragraph = |k: usize| features[k].full_stop() && features[k].chars > 80;
    for i in 0..n {
        let f = &features[i];
        if roles[i] != Role::Body
            || f.words > 5
            || !(f.lower.starts_with("mục lục") || f.lower.starts_with("nội dung chính"))
        {
            continue;
        }
        let heading = |t: &str| {
            t.trim_start_matches(|c: char| c.is_ascii_digit() || ".)-–•·* ".contains(c))
                .to_string()
        };
        let items = (i + 1..n)
            .take_while(|&k| {
                let item = heading(&lines[k].text);
                !item.is_empty() && (k + 1..n).any(|m| lines[m].text == item)
            })
            .count();
        // (`Mục lục bài viết [Ẩn]`: its toggle, the items folded away.)
        let toggled = ["[ẩn]", "[hiện]", "[ẩn/hiện]"]
            .iter()
            .any(|t| f.lower.ends_with(t));
        // `Mục lục` over `1. …`, `2. …` in its block, before any paragraph:
        // numbered titles, however the subheadings below word them.
        let numbered = if f.lower.starts_with("mục lục")
            && (0..i).all(|k| roles[k] != Role::Body || !paragraph(k))
        {
            (i + 1..n)
                .take_while(|&k| {
                    let t = &*lines[k].text;
                    lines[k].block == lines[i].block
                        && features[k].chars <= 90
                        && !features[k].full_stop()
                        && t.strip_prefix(&format!("{}.", k - i))
                            .is_some_and(|rest| rest.starts_with(' '))
                })
                .count()
        } else {
            0
        };
        // `1. Vấn đề   2. Đo trước khi sửa   3. …`: the numbered titles
        // folded onto one line.
        let folded = f.lower.starts_with("mục lục")
            && i + 1 < n
            && lines[i + 1].block == lines[i].block
            && features[i + 1].chars <= 200
            && !features[i + 1].full_stop()
            && lines[i + 1].text.starts_with("1. ")
            && lines[i + 1].text.has(" 2. ");
        let items = items.max(numbered).max(usize::from(folded));
        if items >= 2 || toggled || folded {
            for role in &mut roles[i..=i + items] {
                *role = Role::Removed("table of contents");
            }
        }
    }
}

/// A gap of two spaces, one or both of them no-break (U+00A0, whose lead
/// byte is rare in Vietnamese text: found by `memchr` first).
fn nbsp_gap(raw: &str) -> bool {
    let b = raw.as_bytes();
    let space = |i: usize| b.get(i) == Some(&b' ') || b.get(i..i + 2) == Some(&[0xC2, 0xA0][..]);
    memchr::memchr_iter(0xC2, b)
        .any(|i| b.get(i + 1) == Some(&0xA0) && (space(i + 2) || i > 0 && b[i - 1] == b' '))
}

/// Multi-line widgets: the items of a read-more box (`ĐỌC THÊM` with
/// headlines under it), a poll (heading, question, options, buttons).
fn boxes(lines: &[Line], features: &[Features], roles: &mut [Role]) {
    let n = lines.len();
    for i in 0..n {
        let f = &features[i];
        // A bare read-more heading: the short non-sentence lines under it
        // in its block are its teasers.
        if rules::read_more_head(f).is_some_and(|rest| rest.trim_start_matches(':').is_empty()) {
            // Items in the heading's block, or list items (`- …`, `• …`)
            // in the blocks after it. When the block also holds article
            // paragraphs (a page without blank lines), an unmarked item
            // must be headline-long (seven words or more) and not lead
            // straight into a paragraph: that line may be the article's
            // next subheading (keeping a teaser costs less than losing it).
            let flat = (0..n).any(|k| {
                lines[k].block == lines[i].block
                    && features[k].full_stop()
                    && features[k].chars > 120
            });
            let mut k = i + 1;
            while k < n
                && k <= i + 8
                && (lines[k].block == lines[i].block || rules::is_list_item(&lines[k].text))
                && roles[k] == Role::Body
                && features[k].chars <= 160
                && !features[k].full_stop()
                && !features[k].contains_any(rules::CAPTION_CUES)
                && (!flat
                    || rules::is_list_item(&lines[k].text)
                    || features[k].words >= 7
                        && k + 1 < n
                        && !(features[k + 1].full_stop() && features[k + 1].chars > 120))
            {
                roles[k] = Role::Removed("teaser list");
                k += 1;
            }
        }
        // `Theo dõi … trên các kênh:` over `▸ Facebook: …`, `▸ Zalo: …`:
        // the site's social links, heading and items.
        if rules::is_follow_heading(f) && f.chars <= 80 && !f.full_stop() {
            let links = (i + 1..n)
                .take_while(|&k| {
                    lines[k].block == lines[i].block
                        && roles[k] == Role::Body
                        && rules::names_a_platform(&features[k])
                })
                .count();
            if links >= 1 {
                for role in &mut roles[i..=i + links] {
                    *role = Role::Removed("share/print widget");
                }
            }
        }
        // Form options (`○ …`): a poll or a form; the question right above
        // them and a heading above that are part of it.
        if rules::is_form_option(&lines[i].text)
            && roles[i] != Role::Item
            && (i + 1 < n && rules::is_form_option(&lines[i + 1].text)
                || i > 0 && rules::is_form_option(&lines[i - 1].text)
                || rules::is_option_row(&lines[i].text))
        {
            roles[i] = Role::Removed("poll");
            // A lone row of options takes the question of its own block.
            let lone = !(i + 1 < n && rules::is_form_option(&lines[i + 1].text));
            if i > 0
                && !rules::is_form_option(&lines[i - 1].text)
                && (!lone || lines[i - 1].block == lines[i].block)
            {
                let q = &features[i - 1];
                if q.text.ends_with(['?', ':']) && q.chars <= 160 {
                    roles[i - 1] = Role::Removed("poll");
                    if i > 1 && rules::is_poll_heading(&features[i - 2]) {
                        roles[i - 2] = Role::Removed("poll");
                    }
                }
            }
        }
        // A question to the reader with short answers under it in its
        // block: a poll without a heading or option marks.
        if rules::is_reader_question(f) {
            let answers = poll_lines(lines, features, roles, i, 40);
            if answers >= 2 {
                for role in &mut roles[i..=i + answers] {
                    if *role == Role::Body {
                        *role = Role::Removed("poll");
                    }
                }
            }
        }
        // A poll heading and its question and answers (the question maybe
        // a longer line ending in `?`).
        if rules::is_poll_heading(f)
            && roles[i] == Role::Body
            && i + 1 < n
            && lines[i + 1].block == lines[i].block
        {
            let answers = poll_lines(lines, features, roles, i, 60);
            for role in &mut roles[i..=i + answers] {
                if *role == Role::Body {
                    *role = Role::Removed("poll");
                }
            }
        }
    }
}

/// Reader comment threads (a commenter's header with a relative time, the
/// comment, its `Trả lời · Thích (N)` bar) and sponsored blocks framed by
/// an opening and a closing label.
/// Readers' comments decided as a block, after the article: headers `Name ·
/// time` each over one or two short lines of text; two or more such
/// comments, or one under a comments heading (`Bình luận (12)`, `Ý KIẾN
/// BẠN ĐỌC`).
fn comment_blocks(lines: &[Line], features: &[Features], roles: &mut [Role]) {
    let n = lines.len();
    let Some(text_from) = (0..n).find(|&k| features[k].chars > 60 && features[k].full_stop())
    else {
        return;
    };
    // Each header with its comment's lines (up to the next header).
    let mut comments: Vec<(usize, usize)> = Vec::new();
    for i in text_from + 1..n {
        if features[i].digits == 0 {
            continue;
        }
        if roles[i] == Role::Body && rules::one_line_comment(features[i].text) {
            comments.push((i, i + 1));
            continue;
        }
        if features[i].chars > 100 || !rules::dated_comment_header(features[i].text) {
            continue;
        }
        let end = (i + 1..n.min(i + 4))
            .take_while(|&k| {
                roles[k] == Role::Body
                    && features[k].chars <= 600
                    && !rules::dated_comment_header(features[k].text)
            })
            .last()
            .map_or(i + 1, |k| k + 1);
        if end > i + 1 {
            comments.push((i, end));
        }
    }
    // (`Khán giả nói gì?`: a heading asking what readers say.)
    let heading = |i: usize| {
        (i.saturating_sub(3)..i).rev().find(|&k| {
            let f = &features[k];
            f.chars <= 40
                && (!f.full_stop() || f.text.ends_with('?') && f.lower_has("nói gì"))
                && ([
                    "bình luận",
                    "ý kiến",
                    "góp ý",
                    "bạn đọc",
                    "thảo luận",
                    "comment",
                    "nói gì",
                    // A blog's `3 nhận xét:`, a shop's `Đánh giá (2)`.
                    "nhận xét",
                    "đánh giá",
                ]
                .iter()
                .any(|w| f.lower_has(w))
                // `👍 46 💬 3`: a count by the speech balloon.
                || f.text.has_any(&['💬', '🗨']))
        })
    };
    for (c, &(i, end)) in comments.iter().enumerate() {
        // Chained: this comment ends where another's header begins (past
        // its `Trả lời` button, say).
        let furniture_between = |a: usize, b: usize| (a..b).all(|k| roles[k] != Role::Body);
        let chained = comments
            .get(c + 1)
            .is_some_and(|&(j, _)| j >= end && furniture_between(end, j))
            || c > 0 && comments[c - 1].1 <= i && furniture_between(comments[c - 1].1, i);
        let heading = heading(i);
        // (`Bình luận nổi bật: Name · date – words`: its own label.)
        let labelled = features[i].lower.starts_with("bình luận");
        // A lone one-line comment among the page's furniture (under the
        // tags, over the footer).
        let among_furniture = end == i + 1
            && i > 0
            && matches!(roles[i - 1], Role::Removed(_))
            && (end..n).all(|k| {
                roles[k] != Role::Body || !(features[k].full_stop() && features[k].chars > 60)
            });
        if chained || heading.is_some() || labelled || among_furniture {
            for role in &mut roles[i..end] {
                *role = Role::Removed("comment");
            }
        }
        if let Some(k) = heading
            && roles[k] == Role::Body
        {
            roles[k] = Role::Removed("comment heading");
        }
    }
    // `Nguyễn Văn Sáu: Năm sau …`: a reader's name and words under the
    // heading, no text between them; the heading a count or naming
    // comments (`Ý kiến người dân` over speakers may be the text's).
    for i in text_from + 1..n {
        let remark = || {
            // (`💬 Mai Phương · 08/04/2025: …`: an icon before the reader.)
            let text = features[i]
                .text
                .trim_start_matches(|c: char| rules::is_pictograph(c) || c == ' ');
            // (`Nhà xe Phú Quý – 14/11/2025: …`: any poster, dated.)
            let dated_poster = |head: &str| {
                head.has_any(&['–', '—', '·'])
                    && published::has_date(head)
                    && head.split(['–', '—', '·']).next().is_some_and(|who| {
                        who.trim().starts_with(char::is_uppercase)
                            && (1..=6).contains(&who.split_whitespace().count())
                    })
            };
            // (`Ngọc Diệp · 03/12/2025 · Đã đặt vé …`, `Phụ huynh Lê Na |
            // 16/10/2025 lúc 08:12 | …`: name, date, words.)
            let dotted = || {
                let Some(sep) = [" · ", " | "].into_iter().find(|s| text.has(s)) else {
                    return false;
                };
                let mut parts = text.splitn(3, sep);
                let (who, when, said) = (parts.next(), parts.next(), parts.next());
                who.is_some_and(|w| rules::is_name_line(rules::after_role_words(w)))
                    && when.is_some_and(published::has_date)
                    && said.is_some_and(|s| !s.trim().is_empty())
            };
            // (`Trần Văn Hào (K2003): …`: a short note on the reader.)
            let named = |head: &str| rules::is_name_line(rules::without_note(head, 16));
            features[i].chars <= 300
                && (memchr::memchr(b':', text.as_bytes()).is_some_and(|at| {
                    text[at + 1..].starts_with(' ')
                        && (named(&text[..at]) || dated_poster(&text[..at]))
                }) || dotted())
        };
        if roles[i] == Role::Body
            && remark()
            && let Some(k) = heading(i)
            && (features[k].digits > 0
                || features[k].lower_has("bình luận")
                || features[k].lower_has("bạn đọc"))
            && (k + 1..i).all(|m| roles[m] != Role::Body)
        {
            roles[i] = Role::Removed("comment");
            roles[k] = Role::Removed("comment heading");
        }
    }
}

fn threads(lines: &[Line], features: &[Features], roles: &mut [Role]) {
    let n = lines.len();
    comment_blocks(lines, features, roles);
    let comment_bar = |k: usize, _roles: &[Role]| {
        features[k].chars <= 60
            && features[k].words <= 8
            && !features[k].full_stop()
            && [
                "trả lời",
                "reply",
                "thích",
                "like",
                "phản hồi",
                "báo vi phạm",
            ]
            .iter()
            .any(|w| features[k].lower_has(w))
    };
    // A thread is open at `i`: a comments heading or a comment in the
    // lines above, in its block (`Bình luận (3)` counted as a counter is a
    // comments heading too).
    let open_thread = |i: usize, roles: &[Role]| {
        (i.saturating_sub(6)..i).any(|k| {
            lines[k].block == lines[i].block
                && match roles[k] {
                    Role::Removed("comment" | "comment heading") => true,
                    Role::Removed("counter") => {
                        features[k].chars <= 30
                            && features[k].contains_any(&["bình luận", "ý kiến"])
                    }
                    _ => false,
                }
        })
    };
    for i in 0..n {
        // `Ban biên tập · 1 ngày trước`: a desk answering in the thread
        // (whatever a rule made of it).
        if roles[i] != Role::Removed("comment")
            && !features[i].dated
            && rules::is_thread_header(&features[i])
            && open_thread(i, roles)
        {
            roles[i] = Role::Removed("comment");
        }
        if roles[i] == Role::Removed("comment")
            || roles[i] != Role::Body && rules::is_comment_header(&features[i])
        {
            // `Hỏi dược sĩ` right over a reader's question: the heading of
            // an ask-the-expert box, a thread like comments.
            if i > 0
                && roles[i - 1] == Role::Body
                && lines[i - 1].block == lines[i].block
                && rules::is_ask_heading(&features[i - 1])
            {
                roles[i - 1] = Role::Removed("comment heading");
            }
            // The comment runs to its action bar or the next header, or
            // (one or two lines of text) to the furniture that closes the
            // thread (`[Gửi ý kiến]`, a form's button) when the header names
            // no date (not a byline's `d/m/yyyy · 2 giờ trước`) and a thread
            // is open above it (a comments heading or an earlier comment).
            let thread = !features[i].dated && open_thread(i, roles);
            let end = (i + 1..n.min(i + 6))
                .take_while(|&k| lines[k].block == lines[i].block)
                .find(|&k| {
                    comment_bar(k, roles)
                        || roles[k] == Role::Removed("comment")
                        // The answer's header (`Dược sĩ X · 1 ngày trước`).
                        || thread && rules::is_thread_header(&features[k])
                        || thread
                            && (i + 2..=i + 3).contains(&k)
                            // A heading in capitals opens the next box
                            // (`ĐƠN HÀNG NỔI BẬT`), as on a page without
                            // blank lines.
                            && (matches!(roles[k], Role::Removed(_))
                                || features[k].is_caps()
                                    && features[k].chars <= 60
                                    && !features[k].full_stop())
                            && roles[i + 1..k].iter().all(|r| *r == Role::Body)
                })
                // The thread's last comment: one or two lines of text that
                // close the block.
                .or_else(|| {
                    let k = (i + 1..n)
                        .find(|&k| lines[k].block != lines[i].block)
                        .unwrap_or(n);
                    (thread
                        && (i + 2..=i + 3).contains(&k)
                        && roles[i + 1..k].iter().all(|r| *r == Role::Body))
                    .then_some(k)
                });
            if let Some(end) = end {
                for k in i + 1..end {
                    // (`Được đăng bởi X vào lúc …`, `Cập nhật: …` under the
                    // last comment: the post's footer, left for the byline
                    // rules.)
                    let post_footer = || {
                        features[k].dated
                            && (rules::byline_author(&lines[k].text).is_some()
                                || published::update_label(&lines[k].text)
                                || published::posted_label(&lines[k].text).is_some())
                    };
                    if roles[k] == Role::Body && features[k].chars <= 600 && !post_footer() {
                        roles[k] = Role::Removed("comment");
                    }
                }
            }
        }
        // `— NỘI DUNG ĐƯỢC TÀI TRỢ —` … `— Hết nội dung tài trợ —`.
        let sponsor = |k: usize, roles: &[Role]| {
            matches!(roles[k], Role::Removed("ad" | "marker"))
                && features[k].chars <= 80
                && ([
                    "tài trợ",
                    "quảng cáo",
                    "sponsored",
                    "advertisement",
                    "quảng bá",
                ]
                .iter()
                .any(|w| features[k].lower_has(w))
                    || rules::is_sponsor_label(&features[k]))
        };
        let closing = |k: usize| {
            ["hết", "kết thúc", "end", "/"]
                .iter()
                .any(|w| features[k].lower_has(w))
        };
        if sponsor(i, roles) && !closing(i) {
            if let Some(end) = (i + 1..n.min(i + 8)).find(|&k| sponsor(k, roles) && closing(k)) {
                for role in &mut roles[i + 1..end] {
                    if matches!(*role, Role::Body | Role::Removed("contact")) {
                        *role = Role::Removed("sponsored");
                    }
                }
            } else if rules::is_sponsor_label(&features[i]) {
                // A sponsor's heading with no closing label: the rest of its
                // block, when the page sets blocks apart and the block is
                // short.
                let blocks = lines.last().map_or(0, |l| l.block);
                let rest: Vec<usize> = (i + 1..n)
                    .take_while(|&k| lines[k].block == lines[i].block)
                    .collect();
                if blocks >= 4 && (1..=3).contains(&rest.len()) {
                    for k in rest {
                        if matches!(roles[k], Role::Body | Role::Removed("contact"))
                            && features[k].chars <= 300
                        {
                            roles[k] = Role::Removed("sponsored");
                        }
                    }
                }
            }
        }
    }
}

/// The mark a list item opens with: its first character when that is
/// neither a letter, a digit, a quotation mark nor a bracket and a space
/// follows it (`✔ …`, `– …`, `◆ …`), or `#` for a numbered item (`1. …`,
/// `2) …`).
fn list_mark(text: &str) -> Option<char> {
    let mut chars = text.chars();
    let first = chars.next()?;
    if first.is_ascii_digit() {
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        return (digits <= 2
            && (text[digits..].starts_with(". ") || text[digits..].starts_with(") ")))
        .then_some('#');
    }
    (!is_letter_or_digit(first)
        && !matches!(
            first,
            '“' | '"' | '‘' | '\'' | '«' | '(' | '[' | '{' | '<' | '…' | '.' | ','
        )
        && chars.next().is_some_and(char::is_whitespace))
    .then_some(first)
}

/// How a line opens as an item of a list: its mark (a glyph or a dash
/// then a space, any pictograph, `1.`, `1)`, `(1)`, `a)`, `#1`, a
/// bracket), or `:` for an unmarked `Key: value` fact.
fn item_shape(text: &str) -> Option<char> {
    if let Some(mark) = list_mark(text) {
        // `🛟 …`, `📡 …`, `🧯 …`: one list whatever the icons.
        return Some(if rules::is_pictograph(mark) && (mark as u32) >= 0x1F000 {
            '☺'
        } else {
            mark
        });
    }
    let mut chars = text.chars();
    let first = chars.next()?;
    if rules::is_pictograph(first) && chars.next() == Some('\u{FE0F}') {
        return chars.next().is_some_and(char::is_whitespace).then_some('☺');
    }
    let b = text.as_bytes();
    let digits_after = |at: usize| {
        b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    match first {
        // `(1) …`, `#1 …`.
        '(' | '#' => {
            let d = digits_after(1);
            let close = if first == '(' { ") " } else { " " };
            ((1..=2).contains(&d) && text[1 + d..].starts_with(close)).then_some('#')
        }
        '[' => Some('['),
        // `a) …`.
        'a'..='h' if text[1..].starts_with(") ") => Some('#'),
        // `Chiều dài: 24,5 m`: a short fact, its key capitalised.
        _ if first.is_uppercase() && text.len() <= 160 && !text.ends_with('.') => {
            let (key, value) = text.split_str(": ")?;
            let words = key.split_whitespace().count();
            ((1..=4).contains(&words)
                && !key.contains(|c: char| c.is_ascii_digit())
                && !value.trim().is_empty())
            .then_some(':')
        }
        _ => None,
    }
}

/// An article's own lists, found by their shape and decided as a whole
/// before any rule that reads a line by its neighbours: two or more items
/// of one block sharing a mark or shape ([`item_shape`]), right under
///
/// - a lead-in of the article (three words or more ending in `:`) with
///   article text above it, or
/// - a subheading (a short line with no end punctuation, or a question not
///   put to the reader) under a paragraph, when the text, the signature or
///   the page's related-articles heading follows the list.
///
/// The intro and the items become [`Role::Item`]: body that no later rule
/// touches, whatever their marks, dates, counts or shortness look like
/// (icons, teasers, stamps, counters, poll options). A block is furniture
/// when its intro is: a line the rules removed, a related-articles,
/// read-more or follow-us heading, a signature's neighbour, a question to
/// the reader over options, or a subheading over items that all end in a
/// bracketed date (teasers).
fn article_lists(lines: &[Line], features: &[Features], roles: &mut [Role], first: Option<usize>) {
    let n = lines.len();
    let signature = |g: &Features| {
        rules::is_name_line(g.text)
            || rules::is_caps_name(g.text)
            || rules::signature_name(g.text).is_some()
            || rules::author_line(g).is_some()
            || rules::credit_line(g.text).is_some()
            || rules::source_line(g).is_some()
    };
    let mut i = 1;
    while i < n {
        let Some(shape) = item_shape(&lines[i].text) else {
            i += 1;
            continue;
        };
        let end = (i + 1..n)
            .find(|&k| {
                lines[k].block != lines[i].block || item_shape(&lines[k].text) != Some(shape)
            })
            .unwrap_or(n);
        let (intro, items) = (i - 1, i..end);
        i = end;
        // Unmarked facts are only those the rules left alone, none of them
        // a credit or a source (`Nguồn: …`, `Thẻ: …` under a signature).
        let facts_ok = shape != ':'
            || items
                .clone()
                .all(|k| roles[k] == Role::Body && !signature(&features[k]));
        if items.len() < 2
            || !facts_ok
            || roles[intro] != Role::Body
            || item_shape(&lines[intro].text) == Some(shape)
            || items.clone().any(|k| features[k].chars > 200)
        {
            continue;
        }
        // Above the intro, the text: a picture's credit, a player or an ad
        // between them does not end the article.
        let Some(above) = (0..intro)
            .rev()
            .find(|&k| roles[k] == Role::Body && !rules::is_picture_credit(&lines[k].text))
        else {
            continue;
        };
        // The text, once the article has begun (not the page's header).
        let g = &features[above];
        if signature(g)
            || g.is_caps()
            || !(g.sentence || g.chars > 60 || first.is_some_and(|p| above > p))
        {
            continue;
        }
        let (f, text) = (&features[intro], &*lines[intro].text);
        // A signature over its credits is no intro; a bare name in capitals
        // over a list is its subheading (`LỘ TRÌNH THỰC HIỆN`).
        if (signature(f) || rules::byline_person(text).is_some()) && !rules::is_caps_name(text) {
            continue;
        }
        // `Tin liên quan:`, `Xem thêm:`, `Theo dõi … trên các kênh:` head
        // teasers or links, not a list; so does a lead-in opening like such
        // a heading (`Các tin đã đăng:`, `Mời xem các bài viết:`).
        let teaser_head = rules::is_section_heading(f)
            || rules::read_more_head(f).is_some()
            || rules::is_follow_heading(f)
            || [
                "tin ",
                "bài viết",
                "các tin",
                "các bài",
                "những tin",
                "những bài",
                "xem ",
                "đọc ",
                "mời ",
                "video",
                "bản tin",
            ]
            .iter()
            .any(|p| f.lower.has_prefix(p));
        // Options under a question put to the reader are a poll's.
        let to_reader = [" bạn", "quý vị", "độc giả", "bình chọn"]
            .iter()
            .any(|w| f.lower_has(w));
        let options = items.clone().all(|k| rules::is_form_option(&lines[k].text));
        // (`Có thể bạn muốn nấu:` over titles with their dates: teasers.)
        let dated_titles = || {
            items
                .clone()
                .all(|k| lines[k].text.ends_with(')') && rules::has_edge_date(&lines[k].text))
        };
        // (`Thông cáo trước:` over dated titles, `Giá các ngày trước:` over
        // `– Giá … ngày 02/10/2025`: the site's other items.)
        let edge_dated = || {
            items
                .clone()
                .all(|k| !features[k].full_stop() && rules::has_edge_date(&lines[k].text))
        };
        if rules::names_other_items(f) && edge_dated() {
            for role in &mut roles[intro..end] {
                *role = Role::Removed("teaser list");
            }
            continue;
        }
        if teaser_head || to_reader && (options || text.ends_with('?') || dated_titles()) {
            continue;
        }
        let lead_in = text.ends_with(':') && f.words >= 3;
        let question = text.ends_with('?') && !options;
        let subheading = !lead_in
            && f.chars <= 80
            && f.words >= 2
            && (question || !text.ends_with(['.', ',', ';', ':', '!', '?', '…']))
            && g.sentence
            && g.chars > 60
            && end < n
            && {
                // The article's next paragraph, its signature or byline, or
                // the page's related-articles heading follows.
                let h = &features[end];
                roles[end] == Role::Body && h.sentence && h.chars > 60
                    || signature(h)
                    || h.dated
                    || rules::is_section_heading(h)
                    || rules::read_more_head(h).is_some()
            }
            && !dated_titles();
        if lead_in || subheading {
            for role in &mut roles[intro..end] {
                *role = Role::Item;
            }
        }
    }
}

/// A box of dated items under a heading in capitals, anywhere on the page
/// (`LỊCH SỰ KIỆN` over `15/11 · Hội thảo …`, `BẢN TIN TRƯỚC` over `• 10h00
/// 27/10 — Tin …`): the heading and its two or more items
/// ([`rules::is_dated_item`]) in the heading's block.
fn dated_boxes(lines: &[Line], features: &[Features], roles: &mut [Role]) {
    let n = lines.len();
    for i in 0..n.saturating_sub(2) {
        let f = &features[i];
        if roles[i] != Role::Body
            || !f.is_caps()
            || f.words > 6
            || f.text.ends_with([':', '.', '?', '!'])
        {
            continue;
        }
        let items = (i + 1..n)
            .take_while(|&k| {
                lines[k].block == lines[i].block
                    && matches!(roles[k], Role::Body | Role::Removed(_))
                    && rules::is_dated_item(&lines[k].text)
            })
            .count();
        if items >= 2 {
            // `SỰ KIỆN SẮP TỚI` has a signature's shape (`HOÀNG LAN` over
            // dated teasers): a heading only when the article goes on below.
            let heading = !rules::is_caps_name(f.text)
                || (i + items + 1..n).any(|k| {
                    roles[k] == Role::Body && features[k].full_stop() && features[k].chars > 60
                });
            let from = if heading { i } else { i + 1 };
            for role in &mut roles[from..=i + items] {
                if *role == Role::Body {
                    *role = Role::Removed("dated box");
                }
            }
        }
    }
}

/// Whether the site names itself `name` (a code like `STV`, or words like
/// `Gác Nhỏ`, in any case): in its masthead above the headline, or in its
/// footer, contact or site-name lines.
fn names_the_site(lines: &[Line], roles: &[Role], top: usize, name: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !is_letter_or_digit(c))
            .filter(|w| !w.is_empty())
            .map(rules::lower_case)
            .collect()
    };
    let wanted = words(name);
    // (`Người viết: Mai Xuân Đức` over `© 2025 Mai Xuân Đức`: a person's
    // own site; the writer stays the writer.)
    let person = name.split_whitespace().count() >= 2
        && name.split_whitespace().next().is_some_and(names::is_family)
        && rules::is_name_line(name);
    !wanted.is_empty()
        && !person
        && (0..lines.len()).any(|k| {
            (k + 1 < top || matches!(roles[k], Role::Removed("footer" | "contact" | "site name")))
                && words(&lines[k].text)
                    .windows(wanted.len())
                    .any(|w| w == wanted.as_slice())
        })
}

/// An author box (`VỀ TÁC GIẢ`, then the name, then a bio): removed; gives
/// the name.
fn author_box(lines: &[Line], features: &[Features], roles: &mut [Role]) -> Option<String> {
    let n = lines.len();
    for i in 0..n.saturating_sub(1) {
        let f = &features[i];
        let heading = f.chars <= 30
            && rules::AUTHOR_BOX_HEADINGS.contains(
                &f.lower
                    .trim_matches(|c: char| !is_letter_or_digit(c))
                    .trim(),
            );
        if !heading || !matches!(roles[i], Role::Body | Role::Removed(_)) {
            continue;
        }
        let name_at = i + 1;
        if roles[name_at] != Role::Body || !rules::is_name_line(&lines[name_at].text) {
            continue;
        }
        roles[i] = Role::Removed("author box");
        roles[name_at] = Role::Removed("author line");
        for k in name_at + 1..n.min(name_at + 3) {
            if lines[k].block != lines[name_at].block || roles[k] != Role::Body {
                break;
            }
            roles[k] = Role::Removed("author box");
        }
        return Some(lines[name_at].text.to_string());
    }
    None
}

/// How many lines after `i` belong to a poll: short lines of its block
/// (up to `max_chars`, or a question), never a date, name or credit, never
/// a line that leads straight into a paragraph (a subheading on a page
/// without blank lines); it ends with its buttons.
fn poll_lines(
    lines: &[Line],
    features: &[Features],
    roles: &[Role],
    i: usize,
    max_chars: usize,
) -> usize {
    let n = lines.len();
    let mut k = i + 1;
    while k < n
        && k <= i + 10
        && lines[k].block == lines[i].block
        && (features[k].chars <= max_chars && !features[k].text.ends_with('.')
            || features[k].chars <= 160 && features[k].text.ends_with('?'))
        && !features[k].dated
        && !rules::is_name_line(&lines[k].text)
        && rules::credit_line(&lines[k].text).is_none()
        && !(k + 1 < n
            && lines[k + 1].block == lines[k].block
            && features[k + 1].full_stop()
            && features[k + 1].chars > 120)
    {
        k += 1;
        if matches!(roles[k - 1], Role::Removed("buttons" | "marker")) {
            break;
        }
    }
    k - i - 1
}

/// Whether a byline (a dated line) follows headline candidate `i`: in
/// the next two lines, or further down past credit lines only. A line
/// that holds a date itself is a dated widget over the headline (`Lãi
/// suất hôm nay … – Cập nhật 08:00 ngày …`), not the byline's headline.
fn byline_follows(
    i: usize,
    n: usize,
    features: &[rules::Features],
    between: impl Fn(usize) -> bool,
) -> bool {
    // The cheap test first: most candidates have no dated line below.
    let Some(k) = (i + 1..n.min(i + 5)).find(|&k| features[k].dated) else {
        return false;
    };
    !features[i].has_date() && (i + 2..k).all(between)
}

/// `Người dịch: Đặng Thu Hà`, `Biên dịch: Name`: a short label and a name,
/// a credit line and no headline.
fn labelled_name(text: &str) -> bool {
    text.split_str(":").is_some_and(|(label, name)| {
        let words = label.split_whitespace().count();
        (1..=3).contains(&words)
            && !label.chars().any(|c| c.is_ascii_digit())
            && rules::is_name_line(name.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plugin(config: &str) -> Clean {
        Clean::new(serde_json::from_str(config).unwrap()).unwrap()
    }

    fn clean(text: &str) -> Document {
        plugin("{}")
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
        assert_eq!(doc.metadata.get_str("author"), Some("Minh Thư"));
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
    fn tone_marks_are_repaired_and_styled() {
        let doc = clean("Tiêu đề\nĐaị hội bàn về chất lựơng, hoà bình và Uỷ ban.");
        assert_eq!(doc.text, "Đại hội bàn về chất lượng, hòa bình và Ủy ban.");
        let mut new = plugin(r#"{"tone_style": "new"}"#);
        let doc = new
            .process(Document::new("a.txt", "Tiêu đề\nhòa bình, Ủy ban"))
            .unwrap()
            .document
            .unwrap();
        assert_eq!(doc.text, "hoà bình, Uỷ ban");
        assert!(Clean::new(serde_json::from_str(r#"{"tone_style": "x"}"#).unwrap()).is_err());
    }

    #[test]
    fn boilerplate_everywhere_with_audit_trail() {
        let text = "Trang chủ > Kinh tế > Nông nghiệp\n\nMùa nhãn chín ở Sơn La\n\n\
            Cập nhật: 07:30 | 02/08/2023\n\nChia sẻ: Facebook | Zalo | In bài\n\n\
            TTXV - Sáng 1/8, nông dân huyện Sông Mã bắt đầu thu hoạch nhãn sớm trên diện rộng.\n\n\
            Video không hợp lệ\n\nGiá nhãn năm nay cao hơn năm trước khoảng 3.000 đồng mỗi kilôgam.\n\n\
            Xem thêm: Nông dân Mộc Châu thu hoạch mận\n\n\
            Hợp tác xã cho biết đã ký hợp đồng tiêu thụ với ba doanh nghiệp xuất khẩu.\n\n\
            Lan Hương\n\nTin cùng chuyên mục\n- Một bài khác (01/08/2023)\n- Bài nữa (30/07/2023)\n\n\
            BÁO NÔNG SẢN MIỀN NÚI\nĐịa chỉ: 1 đường Tô Hiệu\n© 2023 Báo Nông sản";
        let mut p = plugin(r#"{"keep_removed": true}"#);
        let doc = p
            .process(Document::new("a.txt", text))
            .unwrap()
            .document
            .unwrap();
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Mùa nhãn chín ở Sơn La")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2023-08-02T07:30"));
        assert_eq!(doc.metadata.get_str("author"), Some("Lan Hương"));
        assert_eq!(doc.metadata.get_str("source"), Some("TTXV"));
        assert_eq!(doc.text.split("\n\n").count(), 3, "{}", doc.text);
        assert!(doc.text.starts_with("TTXV - Sáng 1/8"));
        let removed = doc.metadata.get("removed").unwrap().as_array().unwrap();
        assert!(removed.iter().any(|r| r["line"] == "Video không hợp lệ"));
        assert!(removed.iter().all(|r| r["reason"].is_string()));
        // Without keep_removed there is no audit key.
        assert!(clean(text).metadata.get("removed").is_none());
    }

    #[test]
    fn prefix_lead_and_repeated_caption() {
        let doc = clean(
            "Tiêu đề bài\n\nMưa lớn kéo dài từ đêm qua ở các huyện miền núi,\n\n\
             Mưa lớn kéo dài từ đêm qua ở các huyện miền núi, gây ngập nhiều nơi.\n\n\
             Ảnh minh họa cảnh ngập.\n\nẢnh minh họa cảnh ngập.\n\nNguồn: Báo Mưa",
        );
        assert_eq!(
            doc.text,
            "Mưa lớn kéo dài từ đêm qua ở các huyện miền núi, gây ngập nhiều nơi.\n\nẢnh minh họa cảnh ngập."
        );
        assert_eq!(doc.metadata.get_str("source"), Some("Báo Mưa"));
    }

    #[test]
    fn single_newline_article_with_signature_credit_and_trailing_date() {
        let doc = clean(
            "Giá cà phê tăng mạnh trong tuần qua\n             Giá cà phê nhân xô tại Tây Nguyên tăng thêm 2.000 đồng mỗi kilôgam so với tuần trước.\n             • Đắk Lắk: 48.500 đồng/kg.\n             • Lâm Đồng: 47.900 đồng/kg.\n             Các doanh nghiệp dự báo giá còn dao động trong tháng tới.\n             Bảng giá tham khảo:\n             Loại 1\n30\nLoại 2\n30\n             Minh Châu\n             Theo Reuters\n             14/05/2021 08:30",
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2021-05-14T08:30"));
        assert_eq!(doc.metadata.get_str("author"), Some("Minh Châu"));
        assert_eq!(doc.metadata.get_str("source"), Some("Reuters"));
        // The bullets, the closing list and its repeated short cells stay.
        let body: Vec<&str> = doc.text.split("\n\n").collect();
        assert_eq!(body.len(), 9, "{body:?}");
        assert_eq!(body.iter().filter(|p| **p == "30").count(), 2);
    }

    #[test]
    fn contact_lines_inside_the_article_stay() {
        let doc = clean(
            "Mở điểm tiêm chủng mới ở phường Tân Định\n\n             Điểm tiêm mới mở cửa từ 7 giờ đến 17 giờ hằng ngày, kể cả thứ bảy và chủ nhật.\n\n             Địa chỉ: 12 Trần Quang Khải, quận 1\n\n             Người dân mang theo căn cước công dân và sổ tiêm chủng khi đến điểm tiêm.\n\n             Địa chỉ: 99 Đường Mẫu, quận 3\n             © 2021 Báo Mẫu",
        );
        assert!(doc.text.has("Địa chỉ: 12 Trần Quang Khải, quận 1"));
        assert!(!doc.text.has("Đường Mẫu"));
    }

    #[test]
    fn a_document_with_only_a_title_is_invalid_input() {
        let mut plugin = plugin("{}");
        let err = plugin
            .process(Document::new("a.txt", "Chỉ có tiêu đề"))
            .unwrap_err();
        assert!(err.message.has("no body text"));
    }

    /// Cases of every kind in the peer suites (underthesea's
    /// `text_normalize` tests, viet_text_tools' `normalize_diacritics`
    /// tests), written anew with other words: the eth, tabs and spaces,
    /// tones on the wrong vowel of a diphthong or triphthong, the open
    /// `oa`/`oe`/`uy` style both ways, closed syllables, `gi`/`qu` onsets,
    /// `oă`, capitals and decomposed input.
    #[test]
    fn peer_suite_kinds() {
        let old = ToneFixer::new(ToneStyle::Old);
        let new = ToneFixer::new(ToneStyle::New);
        let run = |fixer: &ToneFixer, s: &str| fixer.fix_line(normalize_line(s));
        for (input, want) in [
            // eth for Đ, misplaced marks in one sentence
            ("Ðồng Nai xây trừơng mơí", "Đồng Nai xây trường mới"),
            ("Ðiêù chỉnh kế hoạch", "Điều chỉnh kế hoạch"),
            // diphthongs and triphthongs
            ("nứơc", "nước"),
            ("vịêc", "việc"),
            ("tìên", "tiền"),
            ("maý", "máy"),
            ("naỳ", "này"),
            ("muà", "mùa"),
            ("ngừơi", "người"),
            ("khuỷu", "khuỷu"),
            ("chuỗi", "chuỗi"),
            ("nghiêng", "nghiêng"),
            // open oa/oe/uy → old style
            ("xoá", "xóa"),
            ("khoẻ", "khỏe"),
            ("tuỳ", "tùy"),
            ("doạ", "dọa"),
            ("loà", "lòa"),
            ("Uỷ ban", "Ủy ban"),
            // closed syllables keep the mark on the second vowel
            ("hoàng", "hoàng"),
            ("hòang", "hoàng"),
            ("thuyền", "thuyền"),
            ("khỏan", "khoản"),
            ("ngòăn", "ngoằn"),
            // gi and qu are onsets
            ("gìa", "già"),
            ("giừơng", "giường"),
            ("quà", "quà"),
            ("quý", "quý"),
            ("quỳnh", "quỳnh"),
            // capitals
            ("HOÀ BÌNH", "HÒA BÌNH"),
            ("THUỶ LỢI", "THỦY LỢI"),
            // decomposed input
            ("ho\u{61}\u{300} gia\u{309}i", "hòa giải"),
            // tab, NBSP, zero-width space
            ("a\tb\u{a0}c\u{200b}d", "a b cd"),
            // foreign words and abbreviations stay
            ("Nguyễn Văn A và Mcdonald's", "Nguyễn Văn A và Mcdonald's"),
        ] {
            assert_eq!(run(&old, input), want, "{input:?}");
        }
        for (input, want) in [
            ("hòa", "hoà"),
            ("khỏe", "khoẻ"),
            ("thủy", "thuỷ"),
            ("tòa án", "toà án"),
            ("xóa", "xoá"),
            ("lòe", "loè"),
            ("hoàn", "hoàn"),
            ("luạ", "lụa"),
            ("chaỷ", "chảy"),
            ("ngọăc", "ngoặc"),
        ] {
            assert_eq!(run(&new, input), want, "{input:?}");
        }
    }

    #[test]
    fn a_list_under_a_lead_in_keeps_its_marked_items() {
        let page = |lead_in: &str, items: &[&str]| {
            let items = items.join("\n");
            clean(&format!(
                "Kiểm tra an toàn thực phẩm dịp Tết\n\n\
                 Đoàn liên ngành của huyện đã kiểm tra 46 cơ sở sản xuất và kinh doanh thực phẩm trong tháng Một.\n\n\
                 {lead_in}\n{items}\n\n\
                 Các cơ sở vi phạm đã bị xử phạt hành chính tổng cộng 38 triệu đồng."
            ))
        };
        let items = [
            "✦ 3 cơ sở không có giấy chứng nhận đủ điều kiện an toàn thực phẩm;",
            "✦ 2 cơ sở dùng phụ gia ngoài danh mục cho phép.",
        ];
        let doc = page("Đoàn đã phát hiện các vi phạm sau:", &items);
        for item in items {
            assert!(doc.text.contains(item), "{item} lost: {}", doc.text);
        }
        // An item ending in a semicolon is never a byline, dated or not.
        let lettered = [
            "a) nạo vét kênh N2 dài 1,8 km, xong trước ngày 15/8/2025;",
            "b) lắp thêm 12 cống điều tiết nước.",
        ];
        let doc = page("Huyện giao hai việc cho quý III:", &lettered);
        for item in lettered {
            assert!(doc.text.contains(item), "{item} lost: {}", doc.text);
        }
        // Facts, one of them a date, are items too, not teasers or stamps.
        let facts = [
            "▪ Số mẫu đã lấy: 112 mẫu",
            "▪ Số mẫu đạt: 104 mẫu",
            "▪ Ngày công bố kết quả: 28/01/2025",
        ];
        let doc = page("Kết quả lấy mẫu tính đến ngày 25/1:", &facts);
        for fact in facts {
            assert!(doc.text.contains(fact), "{fact} lost: {}", doc.text);
        }
        // Teasers under `Xem thêm:` stay furniture.
        let teasers = [
            "✦ Chợ hoa xuân mở cửa từ 23 tháng Chạp",
            "✦ Giá rau xanh tăng nhẹ",
        ];
        let doc = page("Xem thêm:", &teasers);
        for teaser in teasers {
            assert!(!doc.text.contains(teaser), "{teaser} kept: {}", doc.text);
        }
    }

    #[test]
    fn an_articles_own_lists_keep_their_items_whatever_the_mark() {
        // A health station's page: a list somewhere in the text, the
        // signature, then teasers.
        let page = |list: &str, end: bool| {
            let (mid, last) = if end { ("", list) } else { (list, "") };
            clean(&format!(
                "Trạm y tế phường Hòa Lợi mở đợt tiêm vắc xin sởi cho trẻ\n\
                 Thứ Tư, 16/04/2025 09:10\n\n\
                 Từ ngày 14/4, Trạm y tế phường Hòa Lợi tổ chức tiêm vắc xin sởi mũi bổ sung cho gần 900 trẻ từ 1 đến 5 tuổi trên địa bàn, chia thành nhiều buổi để tránh tập trung đông người.\n\n\
                 Theo bác sĩ Lâm Thị Hạnh, Trưởng trạm, số ca sốt phát ban ở các phường lân cận tăng trong tháng Ba nên việc tiêm bổ sung được triển khai sớm hơn kế hoạch.\n\n\
                 {mid}\n\n\
                 Sau mỗi buổi tiêm, trẻ được theo dõi tại trạm 30 phút, phụ huynh được phát phiếu hướng dẫn chăm sóc tại nhà và số điện thoại của cán bộ phụ trách từng khu phố.\n\n\
                 {last}\n\n\
                 Minh Thư\n\n\
                 Tin cùng chuyên mục\n\
                 ⬩ Phường Hòa Lợi ra quân diệt lăng quăng (02/04/2025)\n\
                 ⬩ Khám sức khỏe miễn phí cho người cao tuổi (25/03/2025)\n\n\
                 © Trạm y tế phường Hòa Lợi. Điện thoại: 0274 3861 555"
            ))
        };
        // A picture's credit between the text and the list's lead-in.
        let items = [
            "→ cân đo cho trẻ",
            "→ tư vấn dinh dưỡng",
            "→ hỏi đáp với bác sĩ",
        ];
        let doc = page(
            &format!(
                "Ảnh: Thanh Tâm\nBuổi tư vấn gồm ba phần:\n{}",
                items.join("\n")
            ),
            false,
        );
        for item in items {
            assert!(doc.text.contains(item), "{item} lost: {}", doc.text);
        }
        let lists = [
            // Dated items under a lead-in, with a pictograph.
            "Lịch tiêm tại các khu phố:\n\
             ➤ 15/4/2025: khu phố 1 và khu phố 2\n\
             ➤ 17/4/2025: khu phố 3 và khu phố 4",
            // A form's marks, no punctuation.
            "Những trẻ sau cần hoãn tiêm:\n☐ Trẻ đang sốt\n☐ Trẻ vừa khỏi bệnh cấp tính",
            // Under a subheading, not a lead-in.
            "Những điều phụ huynh cần nhớ\n\
             ✔ Mang theo sổ tiêm chủng\n\
             ✔ Cho trẻ ăn no trước khi tiêm",
            // Numbered, each with a date like a teaser's.
            "Các đợt tiêm trước đây của trạm:\n\
             1) Tiêm nhắc bạch hầu (10/2024)\n\
             2) Tiêm sởi – rubella (03/2024)",
            // Figures with a dash.
            "Số trẻ đã tiêm đến ngày 16/4:\n– Khu phố 1: 212 trẻ\n– Khu phố 2: 187 trẻ",
            // Bracketed dates opening each item.
            "Các buổi tư vấn cho phụ huynh:\n\
             [18/4] Chăm sóc trẻ sau tiêm\n\
             [25/4] Nhận biết sớm bệnh sởi",
            // Names of places, the shape of a signature.
            "Hai khu phố còn lại gồm:\n∙ Hòa Lợi Đông\n∙ Hòa Lợi Tây",
            // Counts in brackets, the shape of a view counter.
            "Các buổi được hỏi nhiều nhất gồm:\n\
             • tư vấn dinh dưỡng (41 lượt);\n\
             • khám răng miệng (37 lượt).",
            // Phone numbers, the shape of a hotline bar.
            "Phụ huynh cần hỏi thêm có thể gọi:\n\
             ☎ Trạm y tế phường: 0258 3 822 115\n\
             ☎ Bác sĩ trực: 0905 112 447",
            // Prices, the shape of a ticker.
            "Giá vắc xin dịch vụ tại trạm tháng này:\n\
             ▪ Vắc xin cúm: 356.000 đồng/mũi\n\
             ▪ Vắc xin thủy đậu: 890.000 đồng/mũi",
        ];
        for list in lists {
            for end in [false, true] {
                let doc = page(list, end);
                for line in list.lines() {
                    assert!(
                        doc.text.contains(line),
                        "{line} lost (end: {end}): {}",
                        doc.text
                    );
                }
                assert_eq!(doc.metadata.get_str("author"), Some("Minh Thư"), "{list}");
                assert!(!doc.text.has("lăng quăng"), "{}", doc.text);
            }
        }
        // Furniture lists stay furniture: teasers under a read-more lead-in,
        // a poll's options under a question to the reader.
        for furniture in [
            "Mời xem thêm các bài viết:\n\
             ⬩ Phường Hòa Lợi ra quân diệt lăng quăng (02/04/2025)\n\
             ⬩ Khám sức khỏe miễn phí cho người cao tuổi (25/03/2025)",
            "Mức độ hài lòng của bạn với buổi tiêm:\n○ Hài lòng\n○ Chưa hài lòng",
        ] {
            for end in [false, true] {
                let doc = page(furniture, end);
                for line in furniture.lines().skip(1) {
                    assert!(!doc.text.contains(line), "{line} kept: {}", doc.text);
                }
            }
        }
    }

    #[test]
    fn an_articles_lists_are_decided_as_blocks_before_line_rules() {
        // A district library's page: a list somewhere in the text, the
        // signature, then teasers.
        let page = |list: &str, end: bool| {
            let (mid, last) = if end { ("", list) } else { (list, "") };
            clean(&format!(
                "Thư viện huyện Tam Nông mở phòng đọc cho thiếu nhi\n\
                 Thứ Năm, 05/06/2025 10:20\n\n\
                 Ngày 3/6, Thư viện huyện Tam Nông đưa vào sử dụng phòng đọc thiếu nhi rộng 120 m² với hơn 4.000 đầu sách, mở cửa miễn phí cho học sinh trong huyện suốt dịp hè.\n\n\
                 Theo bà Đinh Thị Hoa, Giám đốc thư viện, phòng đọc được sửa lại từ kho sách cũ bằng nguồn xã hội hóa gần 600 triệu đồng.\n\n\
                 {mid}\n\n\
                 Thư viện cũng cử cán bộ mang sách về các điểm trường xa, mỗi tháng hai lần, để học sinh vùng bãi bồi được đọc sách mới.\n\n\
                 {last}\n\n\
                 Bảo Ngọc\n\n\
                 Tin cùng chuyên mục\n\
                 » Huyện Tam Nông khai mạc hội sách mùa hè (20/05/2025)\n\
                 » Trao tủ sách cho ba điểm trường vùng lũ (02/05/2025)\n\n\
                 © Thư viện huyện Tam Nông. Điện thoại: 0277 3827 114"
            ))
        };
        let lists = [
            // A different icon on each item.
            "Mỗi góc đọc được trang bị:\n🪑 20 bộ bàn ghế thấp\n💡 đèn đọc sách chống lóa\n🧸 thảm và gối cho trẻ nhỏ",
            // Unmarked facts, `key: value`.
            "Thông tin về phòng đọc:\nDiện tích: 120 m²\nSố đầu sách: 4.000\nGiờ mở cửa: 7h30 – 17h00",
            // Numbers in brackets, with deadlines and semicolons.
            "Thủ tục làm thẻ thư viện gồm:\n(1) đơn đăng ký, nộp trước 30/6;\n(2) một ảnh 3x4, nộp trước 30/6;\n(3) xác nhận của nhà trường.",
            // Times behind a clock, the shape of a widget.
            "Lịch sinh hoạt mỗi Chủ nhật:\n⏰ 8h00: kể chuyện theo tranh\n⏰ 9h30: thi vẽ bìa sách",
            // Counts at the end, the shape of a view counter.
            "Những đầu sách được mượn nhiều nhất:\n#1 Dế Mèn phiêu lưu ký: 86 lượt\n#2 Đất rừng phương Nam: 64 lượt",
            // Letters, each item dated like a teaser.
            "Các mốc của dự án:\na) khởi công (12/02/2025)\nb) khánh thành (03/06/2025)",
            // A question as the subheading, quotes as items.
            "Các em nói gì về phòng đọc mới?\n💬 \"Sách nhiều tranh, em đọc mãi không chán\" – em Lê Minh Khang\n💬 \"Ở đây mát và yên tĩnh\" – em Phạm Thu An",
        ];
        for list in lists {
            for end in [false, true] {
                let doc = page(list, end);
                for line in list.lines() {
                    assert!(
                        doc.text.contains(line),
                        "{line} lost (end: {end}): {}",
                        doc.text
                    );
                }
                assert_eq!(doc.metadata.get_str("author"), Some("Bảo Ngọc"), "{list}");
                assert!(!doc.text.has("hội sách"), "{}", doc.text);
            }
        }
        // Furniture lists stay furniture, as a whole: the site's social
        // links, a bulletin's other stories, a poll's options under a
        // question to the reader.
        for furniture in [
            "Kết nối với thư viện trên các kênh:\n▸ Facebook: Thư viện Tam Nông\n▸ Zalo: Thư viện Tam Nông",
            "Bản tin sáng nay:\n• 7h05 – Tam Nông ra quân dọn kênh nội đồng\n• 7h12 – Dự báo thời tiết miền Tây hôm nay",
            "Bạn thấy phòng đọc mới thế nào?\n○ Rất thích\n○ Bình thường",
        ] {
            for end in [false, true] {
                let doc = page(furniture, end);
                for line in furniture.lines().skip(1) {
                    assert!(!doc.text.contains(line), "{line} kept: {}", doc.text);
                }
            }
        }
        // Channels the article names for its readers' use are its list.
        let list = "Người dân theo dõi lịch cắt nước tại:\n▸ Facebook: Cấp nước Tam Nông\n▸ Zalo: Cấp nước Tam Nông";
        let doc = page(list, false);
        for line in list.lines() {
            assert!(doc.text.contains(line), "{line} lost: {}", doc.text);
        }
        // A signature over its credits in `key: value` shape is no list.
        let doc = clean(
            "Thư viện huyện Tam Nông mở phòng đọc cho thiếu nhi\n\
             Thứ Năm, 05/06/2025 10:20\n\n\
             Ngày 3/6, Thư viện huyện Tam Nông đưa vào sử dụng phòng đọc thiếu nhi rộng 120 m² với hơn 4.000 đầu sách, mở cửa miễn phí cho học sinh trong huyện suốt dịp hè.\n\n\
             Thư viện cũng cử cán bộ mang sách về các điểm trường xa, mỗi tháng hai lần, để học sinh vùng bãi bồi được đọc sách mới.\n\n\
             Bảo Ngọc (Phòng Văn hóa huyện)\n\
             Nguồn: Bản tin Văn hóa Tam Nông\n\
             Thẻ: thư viện · thiếu nhi · sách hè",
        );
        assert_eq!(doc.metadata.get_str("author"), Some("Bảo Ngọc"));
        assert_eq!(
            doc.metadata.get_str("source"),
            Some("Bản tin Văn hóa Tam Nông")
        );
        assert!(!doc.text.has("Thẻ:"), "{}", doc.text);
    }

    #[test]
    fn a_credit_naming_no_person_goes_only_under_its_caption() {
        let doc = clean(
            "Hợp tác xã Tân Phước thu hoạch vụ sầu riêng đầu tiên\n\
             Thứ Sáu, 06/06/2025 15:00\n\n\
             Hợp tác xã Tân Phước vừa thu hoạch vụ sầu riêng đầu tiên trên 18 ha trồng theo tiêu chuẩn VietGAP, sản lượng ước đạt 160 tấn.\n\n\
             Xã viên phân loại sầu riêng ngay tại vườn trước khi giao cho thương lái.\n\
             Ảnh: Hợp tác xã Tân Phước\n\n\
             Hồ sơ gửi đơn vị thu mua gồm:\n\
             Ảnh: Toàn cảnh vườn\n\
             Giấy chứng nhận: VietGAP\n\n\
             Giá bán tại vườn hiện dao động từ 65.000 đến 72.000 đồng/kg, cao hơn sầu riêng trồng theo cách cũ khoảng 10%.",
        );
        assert!(!doc.text.has("Ảnh: Hợp tác xã"), "{}", doc.text);
        // Under a lead-in, beside a fact: an item of the list.
        assert!(doc.text.has("Ảnh: Toàn cảnh vườn"), "{}", doc.text);
    }

    #[test]
    fn a_page_without_a_headline_keeps_its_first_line() {
        // Pages scraped from the article's container only start with the
        // lead, a picture's caption or a lead-in: none of them is a title.
        for first in [
            "Chiều 9/7, đoàn công tác của tỉnh đã kiểm tra tiến độ nạo vét kênh Xáng Xà No, đoạn qua huyện Vị Thủy, dài hơn 12 km.",
            "Xe múc nạo vét lòng kênh Xáng Xà No (Ảnh: Thanh Tâm)",
            "Xe múc nạo vét lòng kênh Xáng Xà No.",
            "Theo kế hoạch, việc nạo vét gồm ba giai đoạn:",
        ] {
            let doc = clean(&format!(
                "{first}\n\nĐơn vị thi công cho biết đã hoàn thành 60% khối lượng và sẽ xong trước mùa mưa.\n\n\
                 Người dân hai bên bờ kênh được hỗ trợ di dời cây trồng, công trình phụ.\n\n\
                 Thanh Tâm\n\n09/07/2024 15:10"
            ));
            assert_eq!(doc.metadata.get_str("title"), None, "{first}");
            assert!(doc.text.starts_with(first), "{first}: {}", doc.text);
            assert_eq!(doc.metadata.get_str("author"), Some("Thanh Tâm"));
            assert_eq!(doc.metadata.get_str("published"), Some("2024-07-09T15:10"));
        }
        // A headline above the same text is still the title.
        let doc = clean(
            "Nạo vét kênh Xáng Xà No trước mùa mưa\n\n\
             Đơn vị thi công cho biết đã hoàn thành 60% khối lượng và sẽ xong trước mùa mưa.",
        );
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Nạo vét kênh Xáng Xà No trước mùa mưa")
        );
    }

    #[test]
    fn headline_among_site_furniture() {
        let doc = clean(
            "Thứ Hai, 11/03/2024\nCỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI\n\
             Trang chủ | Tin tức | Sự kiện\nTiếng Việt  English\n\nMưa lũ ở Yên Bái\n\
             11/03/2024 08:30\n\nMưa lớn kéo dài từ đêm qua gây ngập nhiều tuyến đường \
             ở thành phố Yên Bái và các huyện lân cận.\n\nĐỌC THÊM\nLũ quét ở Mù Cang Chải\n\n\
             Lực lượng chức năng đã sơ tán 120 hộ dân khỏi vùng nguy hiểm.\n\n\
             Thăm dò ý kiến\nBạn có đồng ý di dời?\nCó\nKhông\n\n(Theo Báo Yên Bái)",
        );
        assert_eq!(doc.metadata.get_str("title"), Some("Mưa lũ ở Yên Bái"));
        assert_eq!(doc.metadata.get_str("published"), Some("2024-03-11T08:30"));
        assert_eq!(doc.metadata.get_str("source"), Some("Báo Yên Bái"));
        assert_eq!(doc.text.split("\n\n").count(), 2, "{}", doc.text);
        let doc = clean(
            "Chào mừng Đại hội đại biểu Đảng bộ huyện lần thứ XV, nhiệm kỳ 2025 - 2030\n\n\
             Khánh thành cầu treo bản Nà Cang\n\n\
             Cây cầu dài 120 m giúp hơn 300 hộ dân bản Nà Cang đi lại an toàn trong mùa mưa lũ năm nay.",
        );
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Khánh thành cầu treo bản Nà Cang")
        );
        // A portal's kind with its qualifier, the school's name and where
        // it is, over a headline with its byline.
        let doc = clean(
            "Cổng thông tin điện tử Trường Tiểu học Hoa Sen – Xã Tân Phú, huyện Đồng Phú

             Vui Tết Trung thu: 410 học sinh Hoa Sen rước đèn quanh sân trường
             Thời gian đăng: 07/10/2025 16:05 | Lượt xem: 233

             Tối 6/10, Trường Tiểu học Hoa Sen tổ chức đêm hội trăng rằm cho học sinh toàn trường cùng phụ huynh tham dự.

             Mỗi lớp tự làm một mâm cỗ và một chiếc đèn lồng lớn từ vật liệu tái chế.
",
        );
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Vui Tết Trung thu: 410 học sinh Hoa Sen rước đèn quanh sân trường")
        );
        assert_eq!(doc.text.split("\n\n").count(), 2, "{}", doc.text);
        // A residents' portal, its place after a dot.
        let doc = clean(
            "Cổng thông tin cư dân Chung cư Sen Vàng · Thủ Đức, TP Hồ Chí Minh\n\n\
             Lịch bảo trì thang máy tòa A và B ngày 12 và 13/7\n\
             Đăng lúc: 08/07/2025 09:30 | Lượt xem: 96\n\n\
             Ban quản lý thông báo tạm dừng hai thang máy tòa A để bảo trì định kỳ trong ngày 12/7, cư dân vui lòng dùng thang còn lại.\n\n\
             Tòa B được bảo trì vào ngày 13/7, từ 8 giờ đến 16 giờ.\n",
        );
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Lịch bảo trì thang máy tòa A và B ngày 12 và 13/7")
        );
    }

    #[test]
    fn signature_then_undated_teasers_and_a_note_in_brackets() {
        let doc = clean(
            "Lai Châu mở lớp dạy nghề cho thanh niên\n\nNgày 12 tháng 4 năm 2024 lúc 9 giờ 15 phút\n\n\
             Tỉnh Lai Châu mở 24 lớp dạy nghề may, cơ khí và sửa chữa máy nông nghiệp cho thanh niên các xã biên giới.\n\n\
             Mỗi học viên được hỗ trợ tiền ăn và đi lại trong thời gian học.\n\n\
             Ngọc Anh (Theo TTXVN)\n\n• Điện Biên tuyển sinh trung cấp nghề\n\n• Sơn La hỗ trợ vốn cho lao động trẻ",
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2024-04-12T09:15"));
        assert_eq!(doc.metadata.get_str("author"), Some("Ngọc Anh"));
        assert_eq!(doc.metadata.get_str("source"), Some("TTXVN"));
        assert_eq!(doc.text.split("\n\n").count(), 2, "{}", doc.text);
    }

    #[test]
    fn a_byline_with_a_counter_is_still_the_byline() {
        let doc = clean(
            "Mùa lúa chín ở Mù Cang Chải\n\nLượt xem: 1.204 | 12/09/2024 07:30\n\n\
             Những thửa ruộng bậc thang ở Mù Cang Chải đã chuyển vàng, thu hút hàng nghìn du khách.",
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2024-09-12T07:30"));
        assert_eq!(doc.text.split("\n\n").count(), 1, "{}", doc.text);
    }

    #[test]
    fn a_last_paragraph_signed_with_a_pen_name_in_capitals() {
        let page = |last: &str| {
            clean(&format!(
                "Làng gốm Phù Lãng đỏ lửa lò bầu dịp cuối năm\n\n\
                 Thứ Sáu, 12/12/2025 07:00\n\n\
                 Những ngày cuối năm, các lò bầu ở làng gốm Phù Lãng đỏ lửa suốt đêm để kịp đơn hàng chum, vại, chậu cảnh cho dịp Tết.\n\n\
                 Mỗi mẻ gốm nung ba ngày ba đêm bằng củi thông, thợ cả phải canh lửa từng giờ để men da lươn lên đều màu.\n\n\
                 >> Xem thêm: Bắc Ninh mở tuyến du lịch làng nghề ven sông Cầu (02.12.2025)\n\n\
                 {last}\n\n\
                 Tags: gốm Phù Lãng, làng nghề, Bắc Ninh"
            ))
        };
        let doc = page("Làng dự kiến mở thêm hai lò bầu vào mùa xuân năm sau nếu đủ củi. VŨ TRANG");
        assert!(doc.text.ends_with("nếu đủ củi. VŨ TRANG"), "{}", doc.text);
        assert_eq!(doc.metadata.get_str("author"), Some("VŨ TRANG"));
        // A heading in capitals after a short sentence, a caption's
        // credit: no signature.
        for no in ["Xem ảnh. TIN LIÊN QUAN", "Lò bầu ở Phù Lãng. Ảnh: VŨ TRANG"] {
            assert!(rules::signed_in_caps(no).is_none(), "{no}");
        }
        let doc = page("Làng dự kiến mở thêm hai lò bầu vào mùa xuân năm sau nếu đủ củi. ĐỌC THÊM");
        assert!(!doc.text.contains("ĐỌC THÊM"), "{}", doc.text);
    }

    const INTERVIEW_TOP: &str = "Chủ nhiệm hợp tác xã ong mật Tà Xùa: Mật phải có tem mới giữ được khách\n\n\
         Thứ Hai, 03/03/2025 08:15\n\n\
         Hợp tác xã ong mật Tà Xùa có 41 hộ nuôi hơn 1.600 đàn ong trên sườn núi đá. Phóng viên trò chuyện với ông Vi Thành Khải, chủ nhiệm hợp tác xã.\n\n\
         PV: Vì sao hợp tác xã phải in tem cho từng hũ mật?\n\n\
         Ông Vi Thành Khải: Trước đây mật trôi nổi nhiều, khách không biết đâu là mật thật. Có tem thì khách gọi lại đúng người nuôi, giữ được mối lâu dài.\n\n\
         TIN CÙNG CHUYÊN MỤC\n\
         » Bắc Yên mở lớp nuôi ong cho thanh niên (01/03/2025)\n\
         » Mật ong bạc hà vào siêu thị (25/02/2025)\n\n";

    #[test]
    fn an_interview_goes_on_after_a_box_inside_it() {
        for rest in [
            "PV: Mùa mật năm nay có được không?\n\n\
             Ông Vi Thành Khải: Mưa đá đầu tháng làm rụng nhiều hoa, sản lượng chắc chỉ bằng hai phần ba năm ngoái, nhưng giá vẫn giữ được.\n\n\
             PV: Xin cảm ơn ông!",
            "Hỏi: Mùa mật năm nay có được không?\n\n\
             Đáp: Mưa đá đầu tháng làm rụng nhiều hoa, sản lượng chắc chỉ bằng hai phần ba năm ngoái, nhưng giá vẫn giữ được.\n\n\
             Hỏi: Xin cảm ơn ông!",
        ] {
            let doc = clean(&format!("{INTERVIEW_TOP}{rest}"));
            assert_eq!(doc.text.split("\n\n").count(), 6, "{}", doc.text);
            assert!(doc.text.ends_with("Xin cảm ơn ông!"), "{}", doc.text);
        }
        // A Q&A widget whose answers point elsewhere, after the box: still
        // the page's tail.
        let doc = clean(&format!(
            "{INTERVIEW_TOP}Hỏi: Đàn ong bỏ tổ thì phải làm sao?\n\n\
             Đáp: Xem câu trả lời của chuyên gia tại mục Hỏi đáp.\n\n\
             Hỏi: Có được bán mật ở chợ phiên không?\n\n\
             Đáp: Xem câu trả lời của chuyên gia tại mục Hỏi đáp."
        ));
        assert_eq!(doc.text.split("\n\n").count(), 3, "{}", doc.text);
        // A byline under the reporter's key is the writer, not a turn.
        let doc = clean(&format!(
            "{INTERVIEW_TOP}PV: Mùa mật năm nay có được không?\n\n\
             Ông Vi Thành Khải: Mưa đá đầu tháng làm rụng nhiều hoa, sản lượng chắc chỉ bằng hai phần ba năm ngoái, nhưng giá vẫn giữ được.\n\n\
             PV: Lò Thu Trang"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lò Thu Trang"));
        assert!(!doc.text.contains("PV: Lò"), "{}", doc.text);
    }

    /// An invented page: a rattan co-op's story, a box of dated teasers
    /// inside it, then its closing paragraphs.
    const RATTAN_TOP: &str = "Mây tre Đồng Gianh mở xưởng thứ hai\n\n\
        Thứ Sáu, 14/03/2025 - 09:10\n\n\
        Hợp tác xã mây tre Đồng Gianh vừa khánh thành xưởng thứ hai ở thôn Bến Đò, nâng số thợ đan thường xuyên lên 64 người.\n\n\
        Sản phẩm chủ lực là giỏ đựng quà Tết và khay mây, phần lớn làm theo đơn đặt hàng của hai công ty ở TP Hồ Chí Minh.\n\n\
        TIN CÙNG CHUYÊN MỤC\n\n\
        » Làng nón Phú Lâm vào mùa cưới (11/03/2025)\n\n\
        » Đan cói xuất khẩu, thợ có việc quanh năm (07/03/2025)\n\n";
    const RATTAN_END: &str = "Năm nay hợp tác xã dự kiến mở thêm lớp dạy nghề cho 30 phụ nữ trong xã, học viên được hỗ trợ tiền ăn trong ba tháng học.\n\n\
        Chủ nhiệm hợp tác xã hy vọng sớm có khu trưng bày sản phẩm bên quốc lộ.\n\n";

    #[test]
    fn the_article_signing_off_after_a_box_keeps_its_last_paragraphs() {
        // A byline of two names, a desk over its date line, a name over its
        // office: the paragraphs between the box and the signature stay.
        for (sign, author) in [
            ("Thu Hằng - Quốc Việt", Some("Thu Hằng - Quốc Việt")),
            ("Nhóm PV Kinh tế\n\nThứ Sáu, ngày 14 tháng 3 năm 2025", None),
            (
                "TS. Phan Ngọc Lâm\n\n(Viện Thủ công mỹ nghệ)",
                Some("Phan Ngọc Lâm"),
            ),
            // A byline marked for its footnote, the footnote under it.
            (
                "ThS. Phan Ngọc Lâm*\n\n* Viện Thủ công mỹ nghệ",
                Some("Phan Ngọc Lâm"),
            ),
        ] {
            let doc = clean(&format!("{RATTAN_TOP}{RATTAN_END}{sign}"));
            assert!(doc.text.ends_with("bên quốc lộ."), "{}", doc.text);
            assert!(doc.text.contains("Năm nay hợp tác xã"), "{}", doc.text);
            assert!(!doc.text.contains("Làng nón"), "{}", doc.text);
            assert_eq!(doc.metadata.get_str("author"), author);
        }
        // The article signed before the box: sentences after its items are
        // the box's, whatever signs under them.
        let doc = clean(&format!(
            "{}Lê Thị Sen\n\n{}{RATTAN_END}Nhóm PV Kinh tế",
            &RATTAN_TOP[..RATTAN_TOP.find("TIN CÙNG").unwrap()],
            &RATTAN_TOP[RATTAN_TOP.find("TIN CÙNG").unwrap()..]
        ));
        assert!(!doc.text.contains("Năm nay hợp tác xã"), "{}", doc.text);
        // A teaser's title over its lead, a reader's name over a comment:
        // no article going on.
        for rest in [
            "Nón lá Tây Hồ giữ nghề\n\nBa thế hệ trong một gia đình vẫn ngồi chuốt vành nón mỗi tối, giữ cho làng nghề không mai một.\n\nLê Thị Sen",
            "Đoàn Văn Lực\n\nTôi đã mua khay mây của hợp tác xã, hàng đẹp và bền, đóng gói rất cẩn thận.\n\nMai Thị Gấm\n\nGiá bao nhiêu ạ",
        ] {
            let doc = clean(&format!("{RATTAN_TOP}{rest}"));
            assert!(!doc.text.contains("Ba thế hệ"), "{}", doc.text);
            assert!(!doc.text.contains("hàng đẹp"), "{}", doc.text);
        }
    }

    #[test]
    fn a_picture_credit_under_the_writers_credit_is_no_fact_of_a_list() {
        let page = |over: &str| {
            clean(&format!(
                "Rùa biển về đẻ trứng ở Hòn Cau\n\
                 Thứ Ba, 10/06/2025 08:00\n\
                 {over}\n\
                 Ảnh: Trạm Bảo tồn biển Hòn Cau\n\n\
                 Đêm 8/6, lực lượng tuần tra ghi nhận một cá thể rùa xanh nặng khoảng 90 kg lên bãi Bấc để đẻ 112 trứng.\n\n\
                 Số trứng được chuyển vào khu ấp có rào chắn, dự kiến nở sau khoảng 55 ngày nếu thời tiết thuận lợi."
            ))
        };
        let doc = page("Thực hiện: Lâm Thị Ngọc – Ban Quản lý khu bảo tồn");
        assert!(!doc.text.contains("Ảnh: Trạm"), "{}", doc.text);
        // Under a fact of a list, `Ảnh: …` is one more fact.
        let doc = page("Địa điểm: Bãi Bấc, Hòn Cau");
        assert!(doc.text.contains("Ảnh: Trạm"), "{}", doc.text);
    }

    #[test]
    fn an_office_signing_as_the_writer_names_no_author() {
        const TEXT: &str = "Hội Nông dân xã Cam Thịnh Đông vừa bàn giao 12 bể chứa nước mưa cho các hộ ở thôn Suối Cát.\n\n\
            Mỗi bể chứa được 4 m3, đủ dùng cho một gia đình trong hai tháng cao điểm nắng nóng.";
        // Under the date at the top, or under the last paragraph, bare or
        // behind a writer's key.
        for page in [
            format!(
                "Bể nước mưa cho Suối Cát\n\nThứ Tư, 09/04/2025\n\nBan Dân vận Thị ủy Cam Ranh\n\n{TEXT}"
            ),
            format!(
                "Bể nước mưa cho Suối Cát\n\nThứ Tư, 09/04/2025\n\n{TEXT}\n\nHội Nông dân xã Cam Thịnh Đông"
            ),
            format!(
                "Bể nước mưa cho Suối Cát\n\nThứ Tư, 09/04/2025\n\n{TEXT}\n\nTin, ảnh: TTVH thành phố Cam Ranh"
            ),
        ] {
            let doc = clean(&page);
            assert!(doc.text.starts_with("Hội Nông dân xã"), "{}", doc.text);
            assert!(doc.text.ends_with("nắng nóng."), "{}", doc.text);
            assert_eq!(doc.metadata.get_str("author"), None);
        }
        // A list's last item, a company, a person: not an office's byline.
        for (end, kept) in [
            ("Nơi nhận bể:\n\nTrường Tiểu học Cam Thịnh Đông", true),
            ("Công ty TNHH Gạch men Cam Ranh", true),
            ("Đoàn Thị Mai – Hội Nông dân xã", false),
        ] {
            let doc = clean(&format!(
                "Bể nước mưa cho Suối Cát\n\nThứ Tư, 09/04/2025\n\n{TEXT}\n\n{end}"
            ));
            assert_eq!(
                doc.text.ends_with(end.rsplit('\n').next().unwrap()),
                kept,
                "{}",
                doc.text
            );
        }
    }

    #[test]
    fn a_post_in_brackets_under_a_byline_already_taken() {
        const TEXT: &str = "Vụ chè xuân năm nay ở xã Mù Cả cho sản lượng khoảng 180 tấn búp tươi, tăng gần 20 phần trăm so với năm trước.\n\n\
            Hợp tác xã chè Mù Cả thu mua toàn bộ búp tươi của 92 hộ với giá ổn định suốt vụ.";
        for page in [
            format!(
                "Chè xuân Mù Cả được mùa\n\nThứ Hai, 14/04/2025\n\n{TEXT}\n\nBài, ảnh: LÒ THU HIỀN\n(Phóng viên thường trú tại Mường Tè)"
            ),
            format!(
                "Chè xuân Mù Cả được mùa\n\nThứ Hai, 14/04/2025\nLò Văn Dũng\n(Trạm Khuyến nông huyện Mường Tè)\n\n{TEXT}"
            ),
        ] {
            let doc = clean(&page);
            assert!(!doc.text.contains("Mường Tè)"), "{}", doc.text);
            assert!(doc.text.contains("suốt vụ."), "{}", doc.text);
        }
        // A note in brackets under a paragraph: the text's.
        let doc = clean(&format!(
            "Chè xuân Mù Cả được mùa\n\nThứ Hai, 14/04/2025\n\n{TEXT}\n(Hợp tác xã chè Mù Cả)\n\nLò Văn Dũng"
        ));
        assert!(doc.text.contains("(Hợp tác xã chè Mù Cả)"), "{}", doc.text);
    }

    #[test]
    fn a_byline_marked_for_a_footnote_and_its_footnote() {
        const TEXT: &str = "Vườn ươm của xã Tà Xùa năm nay cung cấp 40.000 cây giống sơn tra cho các hộ trồng mới.\n\n\
            Mỗi cây giống được bảo hành sống trong sáu tháng đầu, cây chết được thay miễn phí.";
        for page in [
            format!(
                "Giống sơn tra cho Tà Xùa\n\nThứ Ba, 15/04/2025\nThS. Mùa A Lử*\n\n{TEXT}\n\n* Trung tâm Khuyến nông huyện Bắc Yên"
            ),
            format!(
                "Giống sơn tra cho Tà Xùa\n\nThứ Ba, 15/04/2025\n\n{TEXT}\n\nThS. Mùa A Lử*\n\n* Trung tâm Khuyến nông huyện Bắc Yên"
            ),
        ] {
            let doc = clean(&page);
            assert_eq!(
                doc.metadata.get_str("author"),
                Some("Mùa A Lử"),
                "{}",
                doc.text
            );
            assert!(doc.text.ends_with("miễn phí."), "{}", doc.text);
            assert!(!doc.text.contains("Mùa A Lử"), "{}", doc.text);
        }
        // A footnote to a figure, no marked byline: the text's.
        let doc = clean(&format!(
            "Giống sơn tra cho Tà Xùa\n\nThứ Ba, 15/04/2025\n\n{TEXT}\n\n* Trung tâm Khuyến nông huyện Bắc Yên"
        ));
        assert!(doc.text.contains("* Trung tâm"), "{}", doc.text);
    }

    #[test]
    fn credits_in_a_drawn_frame_after_the_text() {
        const TOP: &str = "Làng gốm Thanh Hà đón khách trở lại\n\nChủ nhật, 20/04/2025\n\n\
            Sau ba tháng tu sửa, khu trưng bày của làng gốm Thanh Hà mở cửa đón khách từ sáng 19/4.\n\n\
            Mỗi ngày làng đón khoảng 600 lượt khách, phần lớn đến nặn gốm và mua quà lưu niệm.\n\n";
        let doc = clean(&format!(
            "{TOP}┌ Tác giả: Hồ Thị Ngân\n│ Biên tập: Phan Văn Cừ\n└ Ảnh: Lê Quý Tâm"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Hồ Thị Ngân"));
        assert!(doc.text.ends_with("lưu niệm."), "{}", doc.text);
        // The bare word under the frame's top stroke heads an author box.
        let doc = clean(&format!(
            "{TOP}┌─ Người viết ──────────\n│ KS. Trần Văn Lộc – Hội Gốm sứ Quảng Nam\n└──────────────"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Trần Văn Lộc"));
        assert!(doc.text.ends_with("lưu niệm."), "{}", doc.text);
        // A framed line of the text that credits no one stays.
        let doc = clean(&format!(
            "{TOP}│ Giá vé tham quan: 30.000 đồng, trẻ em dưới 6 tuổi miễn phí.\n\nLàng mở cửa từ 7 giờ đến 17 giờ các ngày trong tuần."
        ));
        assert!(doc.text.contains("│ Giá vé"), "{}", doc.text);
    }

    #[test]
    fn the_articles_own_list_after_a_box_inside_it_goes_on() {
        let doc = clean(
            "Bản Lướt giữ suối sạch\n\nThứ Năm, 17/04/2025\n\n\
             Từ đầu năm, 46 hộ ở bản Lướt cam kết không đổ rác xuống suối Nậm Lầu, mỗi tuần tổng vệ sinh một lần.\n\n\
             Tổ tự quản của bản thu gom rác hai ngày một lần, rác hữu cơ được ủ làm phân cho ruộng.\n\n\
             TIN CÙNG CHUYÊN MỤC\n\n\
             » Thuận Châu trồng 20 ha rừng đầu nguồn (11/04/2025)\n\n\
             » Nậm Lầu khơi thông 3 km mương (02/04/2025)\n\n\
             Quy ước của bản gồm:\n\
             – không thả trâu bò xuống suối;\n\
             – không dùng thuốc nổ, kích điện bắt cá;\n\
             – mỗi hộ nhận giữ sạch một đoạn bờ suối.\n\n\
             Bản sẽ xét thưởng cho những hộ làm tốt vào dịp tổng kết cuối năm.\n\n\
             Thẻ: #NậmLầu #môitrường\n\n\
             Bình luận (1)\n\n\
             Lò Văn Hặc · 18/04/2025 · Bản làm tốt quá.",
        );
        assert!(doc.text.contains("– không thả trâu"), "{}", doc.text);
        assert!(doc.text.ends_with("cuối năm."), "{}", doc.text);
        assert!(!doc.text.contains("Lò Văn Hặc"), "{}", doc.text);
        assert!(!doc.text.contains("Thuận Châu trồng"), "{}", doc.text);
    }

    #[test]
    fn a_short_offer_in_sentences_under_an_ad_label() {
        const A: &str = "Hợp tác xã rau an toàn Văn Đức đưa thêm 5 ha nhà lưới vào sản xuất từ đầu tháng 4, nâng tổng diện tích lên 32 ha.";
        const B: &str = "Rau của hợp tác xã được bán cho 14 bếp ăn tập thể và ba chuỗi cửa hàng ở nội thành Hà Nội.";
        for page in [
            format!(
                "Rau Văn Đức vào nhà lưới\n\nThứ Sáu, 18/04/2025\n\n{A}\n\n-- Quảng cáo --\nBạt phủ nhà lưới chống tia UV, giao tận ruộng. Ưu đãi đến 30/05/2025.\n\n{B}"
            ),
            format!(
                "Rau Văn Đức vào nhà lưới\nThứ Sáu, 18/04/2025\n{A}\n— Quảng cáo / Advertisement —\nHạt giống rau cải chịu nhiệt – giảm 20% cho hợp tác xã đến hết tháng 5.\n{B}"
            ),
        ] {
            let doc = clean(&page);
            assert!(
                !doc.text.contains("Ưu đãi") && !doc.text.contains("giảm 20%"),
                "{}",
                doc.text
            );
            assert!(doc.text.ends_with("nội thành Hà Nội."), "{}", doc.text);
        }
        // The text going on under an empty slot: no offer, or too long.
        for next in [
            "Giá rau tại ruộng ổn định từ đầu năm.",
            "Người dân cần mua giống có thể liên hệ tổ kỹ thuật của hợp tác xã qua số 0243 8851 212 trong giờ hành chính các ngày trong tuần.",
        ] {
            let doc = clean(&format!(
                "Rau Văn Đức vào nhà lưới\n\nThứ Sáu, 18/04/2025\n\n{A}\n\n-- Quảng cáo --\n{next}\n\n{B}"
            ));
            assert!(doc.text.contains(next), "{}", doc.text);
        }
    }

    #[test]
    fn a_table_row_with_a_temperature_is_no_weather_widget() {
        let page = |rows: &str| {
            clean(&format!(
                "Khởi công kho lạnh thủy sản ở cảng cá Sông Đốc\n\n\
                 Thứ Ba, 14/10/2025 09:00\n\n\
                 Sáng 13/10, một doanh nghiệp thủy sản khởi công kho lạnh bảo quản cá, mực cho tàu khai thác xa bờ ở cảng cá Sông Đốc.\n\n\
                 {rows}\n\n\
                 Dự án dự kiến hoàn thành sau 14 tháng, tạo việc làm cho khoảng 180 lao động địa phương và giảm hao hụt sau thu hoạch."
            ))
        };
        let doc = page(
            "Hạng mục | Thông số\nNhà đón cá | 2.400 m²\nBuồng cấp đông âm 40 độ C | 60 tấn/ngày\nBến cập tàu | 120 m",
        );
        assert!(
            doc.text.contains("Buồng cấp đông âm 40 độ C | 60 tấn/ngày"),
            "{}",
            doc.text
        );
        // A widget with the day's date beside rows: still a widget.
        // A widget with the day's date beside rows, or one with no cells in
        // a block of short lines: still a widget.
        let doc = page(
            "Sông Đốc 31°C | Thứ Ba, 14/10/2025\nGiá cá | 42.000 đồng\nGiá mực | 210.000 đồng",
        );
        assert!(!doc.text.contains("31°C"), "{}", doc.text);
        let doc = page("Sông Đốc 31°C ☀ nắng nhẹ\nGiá cá hôm nay\nGiá mực hôm nay");
        assert!(!doc.text.contains("31°C"), "{}", doc.text);
    }

    #[test]
    fn tables_are_not_menus() {
        let doc = clean(
            "Giới thiệu | Tin tức | Văn bản chỉ đạo, điều hành của UBND huyện | Liên hệ\n\n\
             Đặc sản vùng cao vào mùa thu hoạch\n\n\
             Các huyện vùng cao của tỉnh đang vào mùa thu hoạch nhiều loại đặc sản, thương lái về tận bản để thu mua.\n\n\
             Huyện | Đặc sản | Mùa vụ\nBắc Hà | Mận tam hoa | Tháng Sáu\nSi Ma Cai | Chè Shan tuyết | Tháng Ba\n\n\
             Giá bán năm nay cao hơn năm trước, người dân phấn khởi vì không còn cảnh được mùa mất giá như mọi năm.",
        );
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Đặc sản vùng cao vào mùa thu hoạch")
        );
        assert_eq!(doc.text.split("\n\n").count(), 5, "{}", doc.text);
        // A two-cell table's last row, no figure in it.
        let doc = clean(
            "Bến phà mở thêm chuyến dịp hè\n\n\
             Từ ngày 1/6, bến phà Cát Hải chạy thêm chuyến để phục vụ khách du lịch ra đảo trong mùa cao điểm.\n\n\
             Lịch chạy như sau:\nNgày | Giờ chạy\nThứ Hai – thứ Sáu | 6:00 – 20:00\nThứ Bảy, Chủ nhật | 5:30 – 21:30\nNgày lễ | Theo thông báo riêng\n\n\
             Hành khách nên mua vé trước qua ứng dụng của bến để không phải xếp hàng lâu vào buổi sáng.",
        );
        assert!(
            doc.text.contains("Ngày lễ | Theo thông báo riêng"),
            "{}",
            doc.text
        );
    }

    #[test]
    fn credits_glued_where_a_tab_was_and_an_online_posting_date() {
        let lead = "Huế thức dậy từ rất sớm, khi những quán bánh bèo bên chợ đã nhóm bếp và khách đi làm ghé ăn vội trước giờ làm.";
        let para = "Một bát bún buổi sáng ở đây có giá từ ba mươi đến bốn mươi lăm nghìn đồng, tùy quán và tùy phần thịt.";
        let doc = clean(&format!(
            "Một buổi sáng ăn ở Huế\n\n{lead}\n\n{para}\n\nBài: Hoàng Thị Ngân\tẢnh: Trần Khải\n\nĐăng trực tuyến: 03/10/2025\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Hoàng Thị Ngân"));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-10-03"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_review_sites_reviewer_and_its_read_more_heading() {
        let lead = "Quán cơm niêu nằm cuối con hẻm nhỏ, mở cửa từ mười giờ sáng và thường kín chỗ trước mười hai giờ trưa.";
        let para = "Món cá kho tộ đậm vị, thịt cá chắc, ăn cùng cơm niêu cháy giòn dưới đáy nồi là đủ cho hai người.";
        let doc = clean(&format!(
            "Cơm niêu trong hẻm nhỏ\n\nReviewer: Quách Thụy Vân · Hạng “Thực khách” · 87 bài đánh giá\n\
             Đánh giá ngày 02/10/2025 lúc 12:10\n\n{lead}\n\n\
             Xem thêm review khác:\n› Bún chả quạt than góc chợ (28/09/2025)\n› Chè khúc bạch mùa thu (21/09/2025)\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Quách Thụy Vân"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_press_releases_toolbar_press_contact_and_about_the_company() {
        let lead = "Công ty Phà Biển Xanh thông báo mở thêm tuyến phà nhanh từ Rạch Giá đi Nam Du, mỗi ngày hai chuyến khứ hồi từ đầu tháng Chín.";
        let para = "Giá vé người lớn là 230.000 đồng một chiều; trẻ em dưới mười một tuổi được giảm một nửa giá vé.";
        let doc = clean(&format!(
            "Phà Biển Xanh mở tuyến Rạch Giá – Nam Du\n\nThông cáo báo chí | 20/08/2025\n\n\
             In trang | Tải bản PDF (180 KB) | Chia sẻ\n\n{lead}\n\n{para}\n\n\
             Liên hệ truyền thông: Lâm Bảo Trân – Phòng Thương hiệu | Điện thoại: 0297 3 812 004 | Email: media@phabienxanh.vn\n\
             Về Phà Biển Xanh: doanh nghiệp vận tải thủy nội địa thành lập năm 2016, khai thác bốn tuyến phà ở Kiên Giang.\n\n\
             © 2025 Phà Biển Xanh\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // The article's own lead-in on a matter is no company box.
        let tail =
            "Về giá vé: hãng giữ nguyên mức giá cũ cho hành khách mua vé trước ngày 31/8/2025.";
        let doc = clean(&format!(
            "Phà Biển Xanh mở tuyến Rạch Giá – Nam Du\n\n20/08/2025\n\n{lead}\n\n{para}\n\n{tail}\n"
        ));
        assert!(doc.text.ends_with(tail), "{}", doc.text);
    }

    #[test]
    fn a_framed_offer_in_the_text_is_an_ad() {
        let lead = "Bến xe phía Nam tăng thêm bốn mươi chuyến xe khách mỗi ngày trong tuần cao điểm trước Tết Nguyên đán.";
        let para = "Hành khách nên mua vé sớm và có mặt trước giờ xuất bến ba mươi phút để làm thủ tục gửi hàng.";
        let doc = clean(&format!(
            "Bến xe tăng chuyến dịp Tết\n\n15/01/2026\n\n{lead}\n\n\
             [Mua vé xe Tết ngay – giảm 10% cho đơn thanh toán qua ví BusGo]\n\n{para}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_column_taken_from_a_magazine_and_dated_titles_offered_to_the_reader() {
        let lead = "Canh chua cá lóc là món quen của miền Tây, nấu nhanh trong nửa giờ với me chua, bạc hà và giá đỗ.";
        let para = "Cá lóc làm sạch, cắt khúc vừa ăn, ướp chút muối và tiêu trong mười phút rồi mới thả vào nồi nước me.";
        let doc = clean(&format!(
            "Canh chua cá lóc miền Tây\n\n03/11/2025\n\n{lead}\n\n{para}\n\n\
             Trích chuyên mục “Bếp nhà mình”, Tạp chí Gia Vị Nam Bộ số 9/2025\n\n\
             Có thể bạn muốn nấu:\n• Cá kho tộ đậm đà (20/10/2025)\n• Gỏi ngó sen tôm thịt (12/10/2025)\n"
        ));
        assert_eq!(
            doc.metadata.get_str("source"),
            Some("Tạp chí Gia Vị Nam Bộ")
        );
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_credit_under_the_byline_and_the_line_saying_who_runs_the_site() {
        let lead = "Sáng 21/10, chủ đầu tư khu nhà ở ven hồ bắt đầu bàn giao những căn hộ đầu tiên cho khách hàng đã thanh toán đủ.";
        let para = "Mỗi ngày có khoảng năm mươi căn được bàn giao theo lịch hẹn, khách được kiểm tra hiện trạng trước khi ký biên bản.";
        let doc = clean(&format!(
            "Dự án ven hồ bàn giao căn hộ đầu tiên\n07:00, 22/10/2025\nTHU HÀ - MINH ĐỨC\nTheo Phố Hồ Online\n\n{lead}\n\n{para}\n\n\
             Chia sẻ bài viết: Facebook · Zalo\n\n\
             Website dự án Ven Hồ Residence do Công ty CP Địa ốc Hồ Tây Xanh quản lý. Trang này đăng lại các bài báo để khách hàng tham khảo.\n\
             Văn phòng bán hàng: 12 Lạc Long Quân, Hà Nội · Email: sales@venho.vn\n"
        ));
        assert_eq!(doc.metadata.get_str("source"), Some("Phố Hồ Online"));
        assert_eq!(doc.metadata.get_str("author"), Some("THU HÀ - MINH ĐỨC"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_posting_stamp_labelled_ngay_dang_tin_closes_a_container_page() {
        let doc = clean(
            "\"Nhà tôi ở xa, nghe phường cử cán bộ về tận tổ dân phố nhận hồ sơ nên tôi đăng ký ngay trong buổi sáng.\"\n\n\
             Thời gian giải quyết thủ tục không quá bảy ngày làm việc kể từ khi bộ phận một cửa nhận đủ hồ sơ hợp lệ.\n\n\
             Mọi thắc mắc, người dân liên hệ bộ phận một cửa của phường, số điện thoại 0258 3 820 114, trong giờ hành chính.\n\n\
             Tin, bài: Lê Thị Hồng Nhung (Công chức Văn phòng)\nNgười đăng: phuong.admin\n\n\
             Tin cùng loại:\n- Ra quân dọn vệ sinh các tuyến hẻm (17/10/2025)\n- Tạm ngừng cấp nước khu vực tổ 20 (12/10/2025)\n\n\
             Ngày đăng tin: 21/10/2025 - 10:05 | Lượt xem: 245\n",
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2025-10-21T10:05"));
    }

    #[test]
    fn a_menu_in_no_break_gaps_and_a_checkers_credit_under_the_headline() {
        let lead = "Mái tôn cũ thường rỉ ở các mối vít sau vài mùa mưa, nước thấm theo thanh xà gồ xuống trần thạch cao bên dưới.";
        let para = "Trước khi sơn chống rỉ, cần cạo sạch lớp gỉ bong, rửa mái bằng nước sạch và chờ bề mặt khô hoàn toàn.";
        let doc = clean(&format!(
            "Sơn Hòa Bình – Bền màu theo năm tháng\n\
             Sản phẩm\u{a0}\u{a0}Bảng màu\u{a0}\u{a0}Cẩm nang\u{a0}\u{a0}Đại lý\n\n\
             Cập nhật lần cuối: 02/11/2025\n\
             Ba bước xử lý mái tôn rỉ trước mùa mưa\n\
             Tác giả: KS. Trịnh Văn Lợi\n\
             Kiểm duyệt chuyên môn: ThS. Đào Thị Hạnh\n\
             Ngày đăng: 21.10.2025 · 5 phút đọc\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Ba bước xử lý mái tôn rỉ trước mùa mưa")
        );
        assert_eq!(doc.metadata.get_str("author"), Some("Trịnh Văn Lợi"));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-10-21"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert!(is_gap_menu(
            "Sản phẩm\u{a0}\u{a0}Bảng màu\u{a0}\u{a0}Cẩm nang\u{a0}\u{a0}Đại lý"
        ));
        assert!(!is_gap_menu(
            "Giá\u{a0}vàng hôm nay tăng nhẹ ở cả hai chiều mua và bán."
        ));
    }

    #[test]
    fn a_table_of_contents_numbering_titles_worded_unlike_the_subheadings() {
        let lead = "Sân thượng chịu nắng gắt cả ngày nên gạch lát cần có độ hút nước thấp và bề mặt chống trơn khi mưa.";
        let para = "Gạch men thường dễ nứt vì giãn nở nhiệt, trong khi gạch nung và gạch granite chịu nhiệt tốt hơn nhiều.";
        let doc = clean(&format!(
            "Cách chọn gạch lát sân thượng\n12/09/2025\n\n\
             Mục lục\n1. Chọn gạch theo độ hút nước\n2. Kỹ thuật lát và chà ron\n\n\
             {lead}\n\nGạch nào chịu nắng tốt?\n\n{para}\n"
        ));
        assert_eq!(
            doc.text,
            format!("{lead}\n\nGạch nào chịu nắng tốt?\n\n{para}")
        );
        // Under the text, `Mục lục` over numbered lines is the article's.
        let doc = clean(&format!(
            "Cách chọn gạch lát sân thượng\n12/09/2025\n\n{lead}\n\n\
             Mục lục\n1. Chọn gạch theo độ hút nước\n2. Kỹ thuật lát và chà ron\n\n{para}\n"
        ));
        assert!(doc.text.contains("1. Chọn gạch"), "{}", doc.text);
    }

    #[test]
    fn a_table_of_contents_repeating_the_subheadings_is_furniture() {
        let doc = clean(
            "Cách chọn gạch lát sân thượng\n\n12/09/2025\n\n\
             Mục lục [Ẩn]\n1. Gạch nào chịu nắng tốt?\n2. Cách lát đúng kỹ thuật\n\n\
             Sân thượng chịu nắng gắt cả ngày nên gạch lát cần có độ hút nước thấp và bề mặt chống trơn khi mưa.\n\n\
             Gạch nào chịu nắng tốt?\n\n\
             Gạch men thường dễ nứt vì giãn nở nhiệt, trong khi gạch nung và gạch granite chịu nhiệt tốt hơn nhiều.\n\n\
             Cách lát đúng kỹ thuật\n\n\
             Nên chừa mạch rộng khoảng ba mi-li-mét và dùng keo chà ron gốc xi măng có phụ gia chống thấm.",
        );
        assert!(!doc.text.contains("Mục lục"), "{}", doc.text);
        assert!(!doc.text.contains("1. Gạch"), "{}", doc.text);
        assert!(
            doc.text.contains("\n\nGạch nào chịu nắng tốt?\n\n"),
            "{}",
            doc.text
        );
        assert!(
            doc.text.contains("\n\nCách lát đúng kỹ thuật\n\n"),
            "{}",
            doc.text
        );
    }

    #[test]
    fn an_offer_under_a_bare_ad_label_and_a_note_on_whose_picture() {
        let lead = "Năm đầu du học, phần lớn chi phí rơi vào học phí, tiền ký túc xá và các khoản phải đóng trước khi nhập học.";
        let para = "Ngoài học phí, du học sinh nên dành ra một khoản dự phòng cho bảo hiểm, đi lại và sách vở trong học kỳ đầu.";
        let doc = clean(&format!(
            "Du học năm đầu cần bao nhiêu tiền?\n\n15/07/2025\n\n{lead}\n\n\
             (ảnh con mình ở ký túc xá, xin đừng dùng lại)\n\n\
             QUẢNG CÁO\nKhai giảng lớp tiếng Hàn sơ cấp ngày 20/08/2025 – giảm 1 triệu cho học viên đăng ký trước 10/08/2025\n\n{para}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_signature_with_an_online_papers_name_after_a_slash() {
        let lead = "Từ sáng sớm, hàng trăm phụ huynh đã xếp hàng trước cổng nhà văn hóa để đăng ký lớp năng khiếu hè cho con.";
        let para = "Năm nay đơn vị mở thêm các lớp bơi, cờ vua và vẽ, tổng cộng hơn hai nghìn suất học cho thiếu nhi.";
        let doc = clean(&format!(
            "Phụ huynh xếp hàng đăng ký lớp hè\n26/05/2025 15:10\n\n{lead}\n\n{para}\n\nHoài Thương/Miền Biển Online\n\nTừ khóa: hè 2025\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Hoài Thương"));
        assert_eq!(doc.metadata.get_str("source"), Some("Miền Biển Online"));
        // An agency's code after the slash names no paper.
        let doc = clean(&format!(
            "Phụ huynh xếp hàng đăng ký lớp hè\n26/05/2025 15:10\n\n{lead}\n\n{para}\n\nHoài Thương/TTXVN\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Hoài Thương"));
    }

    #[test]
    fn a_shops_own_account_beside_a_counter_and_a_tables_viewer_label() {
        let lead = "Tuần này giá thép xây dựng giảm nhẹ khoảng hai trăm nghìn đồng mỗi tấn, trong khi giá xi măng vẫn đứng yên.";
        let para = "Các đại lý cho biết sức mua chưa tăng vì nhiều công trình dân dụng đang chờ hết mùa mưa mới khởi công.";
        let doc = clean(&format!(
            "GẠCH ĐÁ PHÚ LỢI – Tổng kho vật liệu xây dựng\n\n\
             Giá thép tuần đầu tháng 10 giảm nhẹ\nNgày đăng: 06/10/2025 - 07:30\n\
             Đăng bởi: VLXD Phú Lợi · 1.820 lượt xem\n\n{lead}\n\n\
             [Nhấn vào bảng để phóng to – giá có thể thay đổi theo giờ]\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_signature_with_the_degrees_field_before_the_name() {
        let lead = "Những thay đổi chị kể khá thường gặp ở tuổi mười bốn, khi trẻ bắt đầu cần không gian riêng nhiều hơn.";
        let para = "Chị có thể bắt đầu bằng việc kể chuyện của chính mình trong ngày, thay cho những câu hỏi kiểm tra con.";
        let doc = clean(&format!(
            "Con gái ít nói chuyện với bố mẹ, tôi nên làm gì?\n18/03/2025 10:15\n\n{lead}\n\n{para}\n\n\
             ThS. Giáo dục học Lương Thị Hoa\n(Trung tâm Tư vấn Gia đình Bình Minh)\n\nBình luận (0)\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lương Thị Hoa"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // A reporter's mark before an office is no degree's field.
        assert_eq!(
            rules::strip_titles("CTV Hội CTĐ Lâm Bình"),
            "Hội CTĐ Lâm Bình"
        );
    }

    #[test]
    fn a_path_ending_in_an_ad_word_is_no_ad_label() {
        let lead = "Quỹ học bổng của một doanh nghiệp địa phương phối hợp với nhà trường xét trao bốn mươi suất cho sinh viên.";
        let para = "Mỗi suất trị giá mười hai triệu đồng, chi làm hai đợt vào đầu học kỳ một và học kỳ hai của năm học.";
        let doc = clean(&format!(
            "TRƯỜNG CAO ĐẲNG KỸ THUẬT MIỀN TÂY – Cổng sinh viên\n\
             Sinh viên > Học bổng tài trợ\n\
             Thông báo nhận hồ sơ học bổng năm học 2025–2026\n\
             Người đăng: ctsv – Thời gian: 04/08/2025 09:00 – Lượt xem: 1.204\n\n{lead}\n\n\
             Sinh viên đăng ký cần đáp ứng đủ các điều kiện:\na) đang học năm thứ hai hoặc thứ ba;\n\
             b) điểm trung bình từ 2,8 trở lên;\nc) thuộc hộ nghèo hoặc cận nghèo.\n\n\
             Xem thêm: Kết quả xét học bổng học kỳ II (đăng 29/07/2025)\n\n{para}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Thông báo nhận hồ sơ học bổng năm học 2025–2026")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2025-08-04T09:00"));
    }

    #[test]
    fn a_paper_credited_in_a_segment_of_the_byline() {
        let lead = "Từ ngày 3 đến 12/5, đội chiếu phim lưu động của tỉnh đã tổ chức mười buổi chiếu tại các bản vùng cao biên giới.";
        let page = |byline: &str| {
            clean(&format!(
                "Chiếu phim lưu động ở vùng biên\n{byline}\n\n{lead}\n"
            ))
        };
        let doc = page("15/11/2025 08:45 GMT+7 · Theo Báo Sông Lam");
        assert_eq!(doc.metadata.get_str("source"), Some("Báo Sông Lam"));
        for byline in [
            "15.11.2025 | Hoàng Yến (Báo Sông Lam)",
            "Hoàng Yến (Báo Sông Lam) - 15/11/2025 08:45",
        ] {
            let doc = page(byline);
            assert_eq!(doc.metadata.get_str("source"), Some("Báo Sông Lam"));
            assert_eq!(doc.metadata.get_str("author"), Some("Hoàng Yến"));
        }
        // A workplace in brackets is no paper.
        let doc = page("15.11.2025 | Hoàng Yến (Trung tâm Y tế huyện)");
        assert_eq!(doc.metadata.get_str("source"), None);
    }

    #[test]
    fn a_row_of_credits_with_the_source_last() {
        let lead = "Từ ngày 3 đến 12/5, đội chiếu phim lưu động của tỉnh đã tổ chức mười buổi chiếu tại các bản vùng cao biên giới.";
        let credits = "Tin: Hoàng Yến | Ảnh: Lê Tâm | Nguồn: Sông Lam Online";
        for page in [
            format!("Chiếu phim lưu động ở vùng biên\n22/06/2025\n\n{lead}\n\n{credits}\n"),
            format!("Chiếu phim lưu động ở vùng biên\n22/06/2025\n{credits}\n\n{lead}\n"),
        ] {
            let doc = clean(&page);
            assert_eq!(doc.metadata.get_str("author"), Some("Hoàng Yến"));
            assert_eq!(doc.metadata.get_str("source"), Some("Sông Lam Online"));
        }
        assert!(!rules::is_publication_name("Nguồn: Sông Lam Online"));
    }

    #[test]
    fn a_gallerys_counted_viewer_label_and_a_dated_comment_by_a_business() {
        let lead = "Từ tháng tới, người dân đổi giấy phép lái xe bằng giấy bìa sang thẻ nhựa có thể nộp hồ sơ trực tuyến.";
        let para = "Hồ sơ hợp lệ được trả kết quả trong khoảng năm ngày làm việc, qua bưu điện hoặc tại bộ phận một cửa.";
        let doc = clean(&format!(
            "Đổi giấy phép lái xe giấy bìa\n14/11/2025\n\n{lead}\n\n🖼 1/3 – Xem ảnh lớn\n\n{para}\n\n\
             Ý kiến hội viên (1)\nGara Minh Phát – 15/11/2025: Thủ tục nhanh hơn trước nhiều.\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_blogs_name_over_its_menu_is_no_headline_beside_a_dated_header() {
        let lead = "Sáng 14/9, câu lạc bộ hưu trí của phường tổ chức buổi đi bộ đồng hành vì sức khỏe quanh hồ với gần trăm hội viên.";
        let para = "Sau buổi đi bộ, các cụ nghe bác sĩ của trạm y tế nói chuyện về cách phòng té ngã cho người cao tuổi.";
        let doc = clean(&format!(
            "Câu Lạc Bộ Hưu Trí Phường Bình An\nTrang chủ | Hoạt động | Sức khỏe | Thơ ca | Liên hệ\n\n\
             Chủ Nhật, 14 tháng 9, 2025\n\nĐi bộ vì sức khỏe quanh hồ Bình An\n\nBài: Hà Minh Đức\n\n\
             {lead}\n\n{para}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Đi bộ vì sức khỏe quanh hồ Bình An")
        );
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn an_organisations_long_address_line_in_the_footer() {
        let lead = "Hội Nông dân huyện vừa trao mười con bò giống cho các hộ nghèo ở ba thôn vùng cao của huyện.";
        let para = "Mỗi hộ nhận bò cam kết chăm sóc và trả lại một con bê sau ba năm để hội trao tiếp cho hộ khác.";
        let doc = clean(&format!(
            "Trao bò giống cho hộ nghèo\n12/06/2025\n\n{lead}\n\n{para}\n\nLượt xem: 312\n\
             Văn phòng Hội Nông dân huyện Lục Yên – Thôn Đồng Tâm, xã Minh Xuân, huyện Lục Yên, tỉnh Yên Bái, Việt Nam\n\
             ĐT: 0216 3 845 111 – Email: hndlucyen@gmail.com\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_blogs_comment_count_heads_a_comment_dated_in_words() {
        let lead = "Nhóm thiện nguyện của giáo xứ đã nấu hơn hai trăm suất cơm cho bệnh nhân nghèo ở bệnh viện huyện trong tháng này.";
        let para = "Gạo, rau và thịt do bà con trong giáo xứ góp, còn các bạn trẻ thay nhau nấu và phát cơm vào mỗi buổi trưa.";
        let doc = clean(&format!(
            "Bữa cơm trưa cho bệnh nhân nghèo\n05/08/2025\n\n{lead}\n\n{para}\n\n\
             Đăng bởi Ban Bác ái\n2 nhận xét:\nThu Hà – 6 tháng 8, 2025 lúc 20:05\n\
             Cảm ơn các bạn trẻ, việc làm thật ý nghĩa.\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_cms_info_block_under_the_headline() {
        let lead = "Ban quản lý chợ sẽ tạm chuyển các quầy rau sang khu nhà tạm phía sau trong hai tháng sửa mái chợ chính.";
        let para = "Tiểu thương được miễn phí thuê quầy trong thời gian chuyển đi và được ưu tiên chọn lại vị trí cũ khi chợ mở lại.";
        let doc = clean(&format!(
            "Chuyển quầy rau sang khu nhà tạm\n\nChi tiết\nViết bởi Super User\nChuyên mục: Tin tức\n\
             Được đăng: Thứ ba, 14 Tháng 10 2025 07:15\nLượt xem: 204\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Chuyển quầy rau sang khu nhà tạm")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2025-10-14T07:15"));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn an_office_signs_crediting_the_paper_it_took_the_story_from() {
        let lead = "Các doanh nghiệp gốm sứ trong nước đã giới thiệu hơn ba trăm mẫu sản phẩm tại hội chợ quà tặng ở Busan tuần qua.";
        let para = "Nhiều nhà nhập khẩu đề nghị được gửi mẫu để thử bán tại chuỗi cửa hàng của họ trước mùa mua sắm cuối năm.";
        let doc = clean(&format!(
            "Gốm sứ Việt tại hội chợ quà tặng Busan\n12/03/2025\n\n{lead}\n\n{para}\n\n\
             Thương vụ Việt Nam tại Hàn Quốc (theo Bản tin Thị trường Đông Bắc Á)\n"
        ));
        assert_eq!(
            doc.metadata.get_str("source"),
            Some("Bản tin Thị trường Đông Bắc Á")
        );
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_call_for_contributions_under_the_footer_is_the_sites() {
        let lead = "Đội văn nghệ của giáo xứ đã tập luyện suốt hai tháng để chuẩn bị cho đêm hòa nhạc cuối năm.";
        let call = "Bài vở cộng tác xin gửi về Ban biên tập trước thứ Sáu hằng tuần.";
        let page = |between: &str| {
            format!(
                "Đêm hòa nhạc cuối năm ở giáo xứ\n14/12/2025 08:00\n\n{lead}\n\n{between}{call}\n"
            )
        };
        let doc = clean(&page(
            "Địa chỉ: 12 đường Nhà Thờ, xã Kim Chính · bbt@hiepthong.vn\n",
        ));
        assert_eq!(doc.text, lead);
        // The article's own last paragraph, no footer above it, stays.
        let doc = clean(&page(""));
        assert_eq!(doc.text, format!("{lead}\n\n{call}"));
    }

    #[test]
    fn a_label_naming_the_sites_earlier_items_over_their_dated_titles() {
        let lead = "Ban tổ chức chợ phiên gốm năm nay dành riêng một dãy gian hàng cho các lò gốm gia đình dưới mười thợ.";
        let para = "Các lò này được giảm một nửa phí thuê gian và được xếp ở lối vào chính, nơi khách qua lại đông nhất.";
        let last = "Chợ mở cửa từ 8 giờ đến 17 giờ các ngày, khách vào cửa miễn phí nhưng phải đăng ký trước trên trang của chợ.";
        let box_ = "Thông cáo trước:\n• Mở đăng ký gian hàng chợ phiên gốm 2025 (15/11/2024)\n• Kết quả chợ phiên gốm lần thứ tám (28/03/2024)";
        let doc = clean(&format!(
            "Chợ phiên gốm mở thêm khu cho lò nhỏ\n\n{lead}\n\n{para}\n\n{box_}\n\n{last}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}\n\n{last}"));
        assert_eq!(doc.metadata.get_str("published"), None);
        // Items dated at their end, under a label naming the site's newer ones.
        let box_ = "Bảng giá các ngày gần đây:\n– Giá rau chợ phiên ngày 02/10/2025\n– Giá rau chợ phiên ngày 01/10/2025";
        let doc = clean(&format!(
            "Chợ phiên gốm mở thêm khu cho lò nhỏ\n\n{lead}\n\n{para}\n\n{box_}\n\n{last}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}\n\n{last}"));
        // A bare `Cùng chủ đề:` over dated titles, in the text's middle.
        let box_ = "Cùng chủ đề:\n◇ Hội chợ gốm mùa thu đón 12.000 lượt khách (09/10/2024)\n◇ Lò gốm Phù Lãng nhận bằng khen (30/06/2024)";
        let doc = clean(&format!(
            "Chợ phiên gốm mở thêm khu cho lò nhỏ\n\n{lead}\n\n{para}\n\n{box_}\n\n{last}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}\n\n{last}"));
        // The article's own list of dated steps stays.
        let steps = "Các mốc chính:\n\n• Khởi công nhà trưng bày mới của chợ phiên (15/11/2024)\n\n• Hoàn thành và mở cửa đón khách (28/03/2025)";
        let doc = clean(&format!(
            "Chợ phiên gốm mở thêm khu cho lò nhỏ\n\n{lead}\n\n{para}\n\n{}\n\n{last}\n",
            steps.replace("\n\n", "\n")
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}\n\n{steps}\n\n{last}"));
    }

    #[test]
    fn a_genre_label_under_the_headline_is_no_writer_and_no_text() {
        let lead = "Những chiếc thuyền nan cuối cùng của làng được đan trong xưởng nhỏ bên sông, mỗi chiếc mất gần một tuần.";
        let para = "Người thợ già nhất làng năm nay đã ngoài tám mươi nhưng vẫn ngày ngày ra xưởng chỉ cho lớp thợ trẻ.";
        for (label, writer) in [("PHÓNG SỰ", "Mai Thu Trang"), ("Ghi chép", "Lò Văn Khánh")]
        {
            let doc = clean(&format!(
                "Người giữ nghề đan thuyền nan\n{label}\n{writer}\n12/05/2025 08:30\n\n{lead}\n\n{para}\n"
            ));
            assert_eq!(doc.metadata.get_str("author"), Some(writer), "{label}");
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{label}");
        }
    }

    #[test]
    fn the_first_publication_noted_under_the_text_wins_over_the_last_update() {
        let lead = "Người làm công ăn lương có thể tự nộp hồ sơ hoàn thuế tại nhà qua cổng thuế điện tử mà không cần ra cơ quan thuế.";
        let para = "Hồ sơ đầy đủ thường được hoàn trong khoảng mười ngày làm việc, tiền chuyển thẳng vào tài khoản ngân hàng.";
        let note = "Bài viết được đăng lần đầu ngày 04/03/2025.";
        for (stamp, want) in [
            ("Cập nhật lần cuối: 21/04/2025", "2025-03-04"),
            ("Ngày đăng: 10/03/2025", "2025-03-10"),
        ] {
            let doc = clean(&format!(
                "Tự làm hồ sơ hoàn thuế tại nhà\n{stamp}\n\n{lead}\n\n{para}\n\n{note}\n"
            ));
            assert_eq!(doc.metadata.get_str("published"), Some(want), "{stamp}");
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{stamp}");
        }
    }

    #[test]
    fn a_help_pages_team_credit_and_its_created_stamp_beside_a_relative_update() {
        let lead = "Hộ kinh doanh dùng máy tính tiền có thể xuất hóa đơn điện tử cho khách ngay tại quầy sau mỗi lần thanh toán.";
        let para = "Hóa đơn được gửi lên cơ quan thuế ngay khi in, có mã riêng ở cuối phiếu để khách tự tra cứu khi cần.";
        let doc = clean(&format!(
            "Xuất hóa đơn từ máy tính tiền\nTác giả: Nhóm Chăm sóc khách hàng Hóa Đơn Xanh\n\
             Ngày tạo: 14/08/2025 09:05\t·\tCập nhật: 2 tuần trước\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Xuất hóa đơn từ máy tính tiền")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2025-08-14T09:05"));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_hotline_above_the_menu_is_the_page_headers_and_a_web_paper_is_no_writer() {
        let lead = "Đội robot của một trường THCS trong tỉnh vừa giành giải Nhất khu vực tại cuộc thi robot dành cho học sinh.";
        let para = "Giải năm nay có hơn bảy mươi đội đến từ nhiều tỉnh, thành phố, thi đấu liên tục trong hai ngày cuối tuần.";
        let doc = clean(&format!(
            "TRUNG TÂM KỸ NĂNG SAO MAI\nKhóa học | Lịch khai giảng | Tin tức | Liên hệ\n\
             Hotline tư vấn: 0206 3 812 447 – Đăng ký học thử miễn phí!\nTin tức > Thành tích học viên\n\n\
             Đội robot học sinh giành giải Nhất khu vực\nNgày 22/03/2025 | Lượt xem: 412\nTheo Lam Giang Online\n\n\
             {lead}\n\n{para}\n\nMINH TÂM\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Đội robot học sinh giành giải Nhất khu vực")
        );
        assert_eq!(doc.metadata.get_str("source"), Some("Lam Giang Online"));
        assert_eq!(doc.metadata.get_str("author"), Some("MINH TÂM"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn the_column_named_under_the_signature() {
        let lead = "Sương muối thường xuất hiện vào những đêm trời quang, lặng gió khi nhiệt độ mặt đất xuống rất thấp.";
        let para = "Người trồng rau ở vùng cao nên phủ rơm hoặc nilon lên luống trước khi trời tối để giữ nhiệt cho cây.";
        let doc = clean(&format!(
            "Vì sao có sương muối?\n\n{lead}\n\n{para}\n\nHà My (tổng hợp)\n\
             Chuyên mục Hỏi đáp khoa học – số cuối tuần\nNgày xuất bản: 21/2/2025 - 19 giờ 30 phút\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Hà My"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_blog_platforms_post_page() {
        let lead = "Sau mùa mưa năm nay, vườn nhãn của mấy nhà trong xóm ra hoa muộn hơn mọi năm gần hai tuần.";
        let para = "Tôi đi một vòng các vườn quen, hỏi chuyện từng người và ghi lại mấy cách họ giữ hoa qua đợt gió bấc.";
        let doc = clean(&format!(
            "Vườn Nhãn Xóm Đình\nNhật ký của một thầy giáo về hưu\nTrang chủ · Giới thiệu · Liên hệ\n\n\
             Thứ Bảy, 8 tháng 11, 2025\n\nNhãn ra hoa muộn sau mùa mưa\n\n{lead}\n\n{para}\n\n\
             Trần Văn Hiếu, nguyên kỹ sư nông nghiệp\n\nĐăng bởi Vườn Nhãn Xóm Đình\n\n2 nhận xét:\n\
             Lan Anh 9 tháng 11, 2025 lúc 06:40\nBài viết hay quá chú ạ.\nTrả lời\n\
             Ẩn danh 10 tháng 11, 2025 lúc 21:05\nCho cháu hỏi phân bón loại nào ạ?\nTrả lời\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Nhãn ra hoa muộn sau mùa mưa")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2025-11-08"));
        assert_eq!(doc.metadata.get_str("author"), Some("Trần Văn Hiếu"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_podcast_transcripts_release_stamp_closing_the_page() {
        let lead = "Chào các bạn, hôm nay chúng ta về chợ phiên Mèo Vạc, nơi người các bản mang ngựa và dê xuống chợ từ lúc trời chưa sáng.";
        let lead2 = "Chợ họp trên một bãi đất rộng ở đầu thị trấn, người bán đứng thành từng hàng dọc theo con dốc.";
        let lead3 = "Người mua đi một vòng xem răng, xem chân từng con rồi mới ngồi xuống uống bát rượu ngô bàn giá.";
        let para = "Cảm ơn các bạn đã lắng nghe, hẹn gặp lại các bạn trong tập sau với một phiên chợ khác trên vùng cao.";
        let doc = clean(&format!(
            "{lead}\n\n{lead2}\n\n{lead3}\n\n{para}\n\nTập tiếp theo: 16/11/2025\nPhát hành: 09/11/2025 · Thời lượng 21:05\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-11-09"));
    }

    #[test]
    fn a_readers_letter_signed_with_the_trade_in_brackets() {
        let lead = "Tôi sống ở khu phố này đã hơn hai mươi năm và chưa bao giờ thấy con đường sạch như mấy tháng gần đây.";
        let para = "Xin gửi lời cảm ơn tới những người công nhân vệ sinh vẫn lặng lẽ làm việc khi cả phố đã ngủ say.";
        let doc = clean(&format!(
            "Cảm ơn những người quét đường\n\n{lead}\n\n{para}\n\nTrịnh Văn Lộc\n(Kỹ sư về hưu, phường Hòa Bình, TP Biên Hòa)\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Trịnh Văn Lộc"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_cms_info_block_with_its_writer_and_last_update() {
        let lead = "Ban quản lý chợ sẽ tạm chuyển các quầy rau sang khu nhà tạm phía sau trong hai tháng sửa mái chợ chính.";
        let para = "Tiểu thương được miễn phí thuê quầy trong thời gian chuyển đi và được ưu tiên chọn lại vị trí cũ khi chợ mở lại.";
        let doc = clean(&format!(
            "Chuyển quầy rau sang khu nhà tạm\n\nChi tiết\nViết bởi Trịnh Thu Hà\nChuyên mục: Tin tức\n\
             Được đăng: Thứ ba, 14 Tháng 10 2025 07:15\nCập nhật mới nhất: Thứ năm, 16 Tháng 10 2025 10:40\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-10-14T07:15"));
        assert_eq!(doc.metadata.get_str("author"), Some("Trịnh Thu Hà"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_letters_salutation_opens_its_text_and_is_no_headline() {
        let first = "Đã ba năm rồi kể từ ngày chị chuyển về trường mới, vậy mà tổ Văn vẫn giữ chiếc bàn của chị bên cửa sổ.";
        let second = "Các em lớp chị chủ nhiệm năm ấy nay đã vào đại học, em nào về thăm trường cũng hỏi chị dạo này ra sao.";
        let doc = clean(&format!("Chị Ngân thân mến!\n\n{first}\n\n{second}\n"));
        assert_eq!(doc.metadata.get_str("title"), None);
        assert_eq!(
            doc.text,
            format!("Chị Ngân thân mến!\n\n{first}\n\n{second}")
        );
    }

    #[test]
    fn a_featured_comment_under_its_own_label() {
        let lead = "Đội tình nguyện của phường đã sửa miễn phí hơn ba trăm chiếc xe đạp cho học sinh trước năm học mới.";
        let para = "Phụ tùng thay thế do các cửa hàng xe quanh chợ ủng hộ, còn công sửa do đoàn viên tự làm vào cuối tuần.";
        let doc = clean(&format!(
            "Sửa xe đạp miễn phí cho học sinh\n02/09/2025\n\n{lead}\n\n{para}\n\n\
             Bình luận hay nhất: Vũ Thị Lan · 03/09/2025 – Con tôi rất vui khi nhận lại xe.\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_pinned_offer_a_download_and_a_comment_forms_heading_and_note() {
        let lead = "Khi làm việc ở độ cao từ hai mét trở lên, người lao động phải móc dây an toàn vào điểm neo chắc chắn.";
        let para = "Sàn thao tác cần được dọn sạch vật liệu thừa trước mỗi ca để tránh trượt ngã và vật rơi từ trên cao.";
        let doc = clean(&format!(
            "Năm việc trước khi leo giàn giáo\n11/11/2024\n\n{lead}\n\n\
             📌 Lịch khai giảng lớp an toàn tháng 12: 02/12/2024 – giảm học phí cho nhóm từ 20 người.\n\n{para}\n\n\
             Tải hồ sơ khóa học (PDF, 2 MB)\n\n\
             Để lại bình luận\nEmail của bạn sẽ không được hiển thị công khai.\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_thread_numbering_its_posts_over_the_posters_ends_at_the_second_post() {
        let lead = "Mình nuôi ong nội ở Mộc Châu được ba mùa, nay ghi lại mấy việc nên làm trước khi vào đông.";
        let para = "Tháng mười mình thu mật lần cuối, để lại cho mỗi đàn ít nhất hai cầu mật để ong qua rét.";
        let doc = clean(&format!(
            "Diễn đàn Nhà nông Tây Bắc\nDiễn đàn > Chăn nuôi > Nuôi ong\n\n\
             Kinh nghiệm giữ đàn ong nội qua mùa đông ở Mộc Châu\n\n\
             #1\t03-11-2025, 09:14 PM\nLò Văn Khoa\n\
             Thành viên · Tham gia: 05-2019 · Bài viết: 412\n\n{lead}\n\n{para}\n\n\
             Chữ ký: Ong khỏe thì mật ngọt – trại ong Bản Áng\n\
             Lần sửa cuối bởi Lò Văn Khoa; 04-11-2025 lúc 07:40 AM.\n\
             Trả lời\tTrích dẫn\tThích (9)\n\n\
             #2\t04-11-2025, 06:20 AM\nhoamuong_sonla\n\
             Bài hay quá, cảm ơn bác đã chia sẻ kinh nghiệm.\n\n\
             Múi giờ GMT +7. Bây giờ là 08:02 AM.\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-11-03T21:14"));
    }

    #[test]
    fn a_day_at_the_top_takes_its_time_from_the_posting_stamp_of_that_day() {
        let paragraphs = [
            "Chiếc đài bán dẫn của ông ngoại lại kêu ù sau gần hai mươi năm, lần này tôi quyết định tự mở ra xem.",
            "Bên trong, hai tụ lọc nguồn đã phồng, một mối hàn ở biến áp bị nứt chân và dây ăng-ten bị đứt.",
            "Tôi thay cả hai tụ bằng loại chịu nhiệt cao hơn, hàn lại chân biến áp và nối dây ăng-ten mới.",
            "Sau một giờ chạy thử, tiếng ù mất hẳn và đài bắt được cả sóng ngắn lẫn sóng trung.",
        ]
        .join("\n\n");
        for (stamp, when) in [
            (
                "Đăng bởi Tạ Văn Lộc lúc 9:40 CH ngày 22/11/2025",
                "2025-11-22T21:40",
            ),
            // An update's stamp lends no time.
            ("Cập nhật lúc 9:40 CH ngày 22/11/2025", "2025-11-22"),
        ] {
            let doc = clean(&format!(
                "Góc Đài Cũ\nNhật ký một người sửa đài bán dẫn ở phố cổ\n\
                 Trang chủ\tBộ sưu tập\tGiới thiệu\n\nThứ Bảy, 22 tháng 11, 2025\n\n\
                 Sửa chiếc đài của ông ngoại\n\n{paragraphs}\n\n{stamp}\n\
                 Nhãn: đài cũ, sửa chữa\n2 nhận xét:\nbac_si_dai 23/11/2025 07:12\n\
                 Bài hay quá, cảm ơn bác.\n\nLưu trữ blog\n"
            ));
            assert_eq!(doc.metadata.get_str("published"), Some(when), "{stamp}");
            assert_eq!(doc.text, paragraphs, "{stamp}");
        }
    }

    #[test]
    fn a_credit_under_the_byline_over_the_leads_first_words_on_a_line() {
        let lead = "Sau ba năm làm hồ sơ, nước mắm Hòn Ngư đã được cấp nhãn hiệu tập thể, mở đường cho các hộ bán hàng vào siêu thị.";
        let para =
            "Hợp tác xã sẽ in tem truy xuất nguồn gốc cho từng chai nước mắm bán ra từ tháng sau.";
        let doc = clean(&format!(
            "Cổng thông tin Sở hữu trí tuệ\nTrang chủ | Tin tức\n\n\
             Nước mắm Hòn Ngư có nhãn hiệu tập thể\nThứ Hai, 06/04/2026, 14:10 GMT+7\n\
             Quang Huy (Trung tâm Hỗ trợ Sở hữu trí tuệ)\nTheo Biển Xanh Cửa Hội\n\n\
             Sau ba năm làm hồ sơ,\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("source"), Some("Biển Xanh Cửa Hội"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_handle_under_the_first_posts_stamp_is_its_writer() {
        let lead = "Cuối tuần rồi mình ghé phòng trưng bày đồ gốm cổ ở bảo tàng huyện, ghi lại vài điều cho ai định đi.";
        let para = "Phòng mở cửa cả tuần trừ thứ Hai, vé người lớn mười lăm nghìn đồng, học sinh được vào miễn phí.";
        let doc = clean(&format!(
            "Diễn đàn Gốm Xưa\nDiễn đàn › Triển lãm › Bảo tàng\n\n\
             Xem phòng gốm cổ ở bảo tàng huyện: mấy điều nên biết\n\n\
             #1 · 12/09/2025, 08:40 PM\ngomxua_binhduong\n\
             Thành viên từ: 03/05/2020 · Bài viết: 512\n\n{lead}\n\n{para}\n\n\
             #2 · 13/09/2025, 07:15 AM\nlu_sanh_88\nCảm ơn bác, tháng sau em cũng đi.\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("gomxua_binhduong"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn writers_in_capitals_joined_by_an_ampersand_under_a_bare_date_line() {
        let lead = "Từ tháng tới, lớp làm bánh cuối tuần của tiệm mở thêm một ca sáng dành cho người mới bắt đầu.";
        let para = "Mỗi ca nhận tối đa mười học viên, học phí đã gồm nguyên liệu và một cuốn sổ công thức in màu.";
        for writers in ["THU HÀ & QUỐC VIỆT", "THU HÀ và QUỐC VIỆT"] {
            let doc = clean(&format!(
                "Tiệm Bánh Gió Chiều\nTrang chủ | Lớp học | Liên hệ\n\n\
                 Lớp làm bánh cuối tuần mở thêm ca sáng\nThứ Bảy, 18/10/2025 - 9:05 AM\n{writers}\n\n\
                 {lead}\n\n{para}\n"
            ));
            assert_eq!(doc.metadata.get_str("author"), Some(writers));
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{writers}");
        }
    }

    #[test]
    fn dates_of_issue_posting_and_announcement_beat_dates_of_effect_and_receipt() {
        let lead = "Ủy ban nhân dân xã ban hành kế hoạch trồng mới 40 ha cây ăn quả trên đất vườn tạp trong hai năm tới.";
        let para = "Các hộ tham gia được hỗ trợ một nửa tiền cây giống và được cán bộ khuyến nông hướng dẫn kỹ thuật tại vườn.";
        // An official document: its effective date above, the place and
        // date of issue right over the title.
        let doc = clean(&format!(
            "Cổng thông tin xã Tân Lập\nVăn bản › Kế hoạch\n\
             Số ký hiệu: 41/KH-UBND · Loại: Kế hoạch · Hiệu lực từ: 20/03/2025\n\n\
             Tân Lập, ngày 14 tháng 3 năm 2025\n\nKế hoạch trồng mới cây ăn quả giai đoạn 2025–2026\n\n\
             {lead}\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-03-14"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // Announced on a lookup portal, over when the petition came in.
        let doc = clean(&format!(
            "Cổng tra cứu kiến nghị\n\nKiến nghị làm lại cầu tạm qua kênh Ba Thôn trước mùa lũ\n\
             Công bố: 02/04/2025 lúc 03:40 PM\n\
             Ngày tiếp nhận: 11/01/2025 · Hạn trả lời: 15/03/2025\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-04-02T15:40"));
        // An event page: when it takes place, then when the page was made.
        let doc = clean(&format!(
            "Lịch Sự Kiện Phố Núi\n\nĐêm nhạc gây quỹ cho thư viện thôn bản\n\
             Thời gian diễn ra: 18/10/2025 – 19/10/2025 · Vé tự nguyện\n\
             Tạo lúc: 2025-09-30 14:20 · Chủ sự kiện: Nhóm Sách Bản\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-09-30T14:20"));
        // Containers closed by a posting stamp in words, or by an ISO one.
        for (stamp, when) in [
            ("Đưa lên trang: 21/05/2025 08:05", "2025-05-21T08:05"),
            ("2025-05-21T08:05:44+07:00", "2025-05-21T08:05"),
        ] {
            let doc = clean(&format!(
                "{lead}\n\n{para}\n\n{lead}\n\n{para}\n\n{lead}\n\n{para}\n\nLê Thị Thanh Hà\n\
                 Đề nghị ghi rõ nguồn Bản tin Nông thôn Mới khi đăng lại.\n👁 210 lượt xem\n\
                 Bài khác: Ủ phân từ vỏ dừa (27/04/2025) · Giống ớt cho đất cát (20/04/2025)\n{stamp}\n"
            ));
            assert_eq!(doc.metadata.get_str("published"), Some(when), "{stamp}");
        }
    }

    #[test]
    fn a_call_to_the_sites_own_advisers_closing_the_text_stays() {
        let lead = "Cây bưởi ghép năm đầu cần tưới đều, mỗi tuần hai lần vào mùa khô và che gốc bằng rơm để giữ ẩm cho rễ.";
        let para = "Khi lộc non ra rộ, nên kiểm tra mặt dưới lá mỗi sáng để phát hiện sớm sâu vẽ bùa và rệp sáp trên cây.";
        let call = "Khách mua cây tại vườn được tư vấn miễn phí. Gọi kỹ thuật viên theo số 0912 448 120 trong giờ hành chính.";
        let doc = clean(&format!(
            "Chăm bưởi ghép trong năm đầu\n05/09/2025 10:15\n\n{lead}\n\n{para}\n\n{call}\n\n\
             Biên soạn: KS. Lò Thị Hoa – Phòng Kỹ thuật\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}\n\n{call}"));
        assert_eq!(doc.metadata.get_str("author"), Some("Lò Thị Hoa"));
        // The same offer between two paragraphs is an ad.
        let doc = clean(&format!(
            "Chăm bưởi ghép trong năm đầu\n05/09/2025 10:15\n\n{lead}\n\n{call}\n\n{para}\n\n\
             Biên soạn: KS. Lò Thị Hoa – Phòng Kỹ thuật\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_blogs_writer_by_the_handle_behind_a_pen_mark() {
        let lead = "Phố cổ có ba tuyến đường lát phẳng, vỉa hè hạ cốt ở các ngã tư, xe lăn đi một vòng chừng hai tiếng đồng hồ.";
        let para = "Nên đi vào buổi sáng trước 9 giờ, khi khách còn thưa và nắng chưa gắt trên các con phố ven sông.";
        let doc = clean(&format!(
            "Dạo phố cổ bằng xe lăn: những con đường dễ đi nhất\nThứ Bảy, 10/10/2026 - 09:05 SA\n\
             ✎ thuha_hoian · 7 phút đọc\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("thuha_hoian"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_paper_credited_under_the_byline_past_a_desk_or_a_share_bar() {
        let lead = "Xưởng sửa xe lăn ở phường Tân Phong nhận sửa miễn phí cho người khuyết tật trong ba tháng cuối năm.";
        let para = "Mỗi ngày xưởng nhận khoảng mười chiếc, phần lớn hỏng vòng bi, lốp và phanh sau nhiều năm sử dụng.";
        let page = |head: &str| {
            clean(&format!(
                "Xưởng xe lăn sửa miễn phí cho người khuyết tật\nNgày đăng: 21/08/2026\n{head}\n\n{lead}\n\n{para}\n"
            ))
        };
        // (A short lead line repeating the text's start under the credit.)
        let doc = page(
            "Nhóm nội dung Xe Lăn Xanh\nTheo Đồng Tháp Hôm Nay\nXưởng sửa xe lăn ở phường Tân Phong",
        );
        assert_eq!(doc.metadata.get_str("source"), Some("Đồng Tháp Hôm Nay"));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        let doc = page(
            "Bài: Lưu Quang Hiển | Biên tập: Trương Mỹ Duyên\nTheo Hoa Kiểng Ngày Nay\nCỡ chữ: A- A+ | In bài",
        );
        assert_eq!(doc.metadata.get_str("source"), Some("Hoa Kiểng Ngày Nay"));
        assert_eq!(doc.metadata.get_str("author"), Some("Lưu Quang Hiển"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_mail_groups_archive_its_header_quote_and_replies() {
        let greeting = "Chào cả nhóm,";
        let lead = "Tuần này vườn chung ở sân sau nhà văn hóa đã gieo xong hai luống cải và một luống mồng tơi cho cả tổ.";
        let para = "Mỗi nhà nhận tưới một ngày trong tuần, lịch mình dán ở cửa kho dụng cụ, ai đổi ngày thì nhắn trong nhóm.";
        let doc = clean(&format!(
            "Nhóm thư Vườn Chung Tổ 7 · Lưu trữ\nĐăng nhập | Tham gia nhóm\n\n\
             Lịch tưới vườn chung của tổ trong những tuần cuối năm\n3 tin nhắn · 14 lượt xem\n\n\
             Lý Thanh Mai <mai.ly@thuhop.vn>\nĐã gửi: 07:15:40 03/12/2025 (GMT+7)\nTới: vuon-chung-to7@thuhop.vn\n\n\
             {greeting}\n\n{lead}\n\n{para}\n\nGửi từ iPhone của tôi\n\n\
             Trả lời của lan_ho · 03/12/2025 08:00\nMình nhận thứ Ba nha chị.\n\
             Trả lời của bac.tu · 03/12/2025 09:12\nTôi nhận Chủ nhật.\n\
             Vào 03/12/2025 lúc 07:15, Lý Thanh Mai đã viết:\n> Chào cả nhóm,\n\n\
             Trả lời tất cả · Chuyển tiếp\n"
        ));
        assert_eq!(doc.text, format!("{greeting}\n\n{lead}\n\n{para}"));
        assert_eq!(doc.metadata.get_str("author"), Some("Lý Thanh Mai"));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-12-03T07:15"));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Lịch tưới vườn chung của tổ trong những tuần cuối năm")
        );
        // A reply quoting the mail it answers, under its own text.
        let doc = clean(&format!(
            "Re: Lịch tưới vườn chung của tổ trong những tuần cuối năm\n\
             Người gửi: lan_ho\nNgày: 03/12/2025 08:00\n\n{lead}\n\n{para}\n\n\
             Vào 03/12/2025 lúc 07:15, Lý Thanh Mai đã viết:\n> {greeting}\n> {lead}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert_eq!(doc.metadata.get_str("author"), Some("lan_ho"));
    }

    #[test]
    fn a_thread_nobody_signs_is_its_openers_unless_the_board_posted_it() {
        let lead = "Chào các bác, nhà mình vừa lắp máy lọc nước đầu nguồn cho cả tòa nhà, xin kể lại chi phí và cách chọn.";
        let para = "Máy lọc tổng loại ba cột chạy được khoảng một năm thì phải thay vật liệu lọc, mỗi lần hết chừng hai triệu.";
        let page = |handle: &str| {
            clean(&format!(
                "Diễn đàn Chung cư Xanh\nDiễn đàn › Nhà cửa › Nước sạch\n\n\
                 Kinh nghiệm lắp máy lọc nước đầu nguồn cho chung cư cũ\n\
                 Thảo luận trong 'Nước sạch' bắt đầu bởi {handle}, 12/09/2025.\n\n\
                 {handle}\nThành viên · Bài viết: 87 · Tham gia: 03/2021\n\n{lead}\n\n{para}\n\n\
                 Thích · Trả lời\n\n\
                 anhtuan.k3 · 13/09/2025 lúc 08:10 · #2\nCảm ơn bác, để em hỏi ban quản lý bên em.\n"
            ))
        };
        let doc = page("bachkhoa_xd");
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert_eq!(doc.metadata.get_str("author"), Some("bachkhoa_xd"));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-09-12"));
        let doc = page("bqt.chungcuxanh");
        assert_eq!(doc.metadata.get_str("author"), None);
    }

    #[test]
    fn a_phpbb_thread_its_first_post_signed_and_the_replies() {
        let title = "Kinh nghiệm trồng rau thủy canh trên sân thượng mùa nắng";
        let lead = "Chào cả nhà, mình trồng rau thủy canh trên sân thượng ở Gò Vấp được bốn năm, nay chia sẻ vài điều.";
        let para = "Mùa nắng nên che lưới giảm nhiệt và thay dung dịch mỗi tuần, rau ăn lá sẽ không bị đắng và héo.";
        let doc = clean(&format!(
            "Diễn đàn Vườn Phố\nTrang chủ ‹ Diễn đàn ‹ Trồng rau\nHôm nay là T.Tư Th7 08, 2026 7:30 am\n\n\
             {title}\nTrả lời chủ đề | 9 bài viết • Trang 1 trên 1\n\n\
             bởi ut_rauxanh » T.Hai Th6 15, 2026 8:20 pm\nut_rauxanh\nThành viên năng nổ\n\
             Bài viết: 305 | Tham gia: 02/05/2020\n\n{lead}\n\n{para}\n\n\
             Trần Thị Út – trồng rau tại nhà, Gò Vấp\nTrích dẫn | Báo cáo | Thích (12)\n\n\
             Re: {title}\nbởi minhkhoa_gv » T.Ba Th6 16, 2026 6:40 am\nCảm ơn chị, để em thử che lưới xem sao.\n\n\
             Powered by phpBB® Forum Software\n"
        ));
        assert_eq!(doc.metadata.get_str("title"), Some(title));
        assert_eq!(doc.metadata.get_str("published"), Some("2026-06-15T20:20"));
        assert_eq!(doc.metadata.get_str("author"), Some("Trần Thị Út"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_deadline_table_in_the_text_and_a_licence_footer_dated_like_a_post() {
        let lead = "Hội thảo khoa học về nông nghiệp tuần hoàn năm nay nhận bài của các nhà nghiên cứu trẻ trong cả nước.";
        let rows = [
            "Các mốc thời gian",
            "Việc cần làm | Thời hạn",
            "Gửi tóm tắt | 10/05/2026",
            "Gửi bài hoàn chỉnh | 15/07/2026",
            "Báo kết quả | 30/08/2026",
        ];
        let para = "Bài gửi qua hệ thống trực tuyến của hội thảo, dài không quá tám nghìn từ, kèm tóm tắt bằng tiếng Anh.";
        let doc = clean(&format!(
            "Mời viết bài hội thảo nông nghiệp tuần hoàn\nĐăng lúc: 08:30, 03/03/2026 – Sửa lần cuối: 21/03/2026 10:00\n\n\
             {lead}\n\n{}\n\n{para}\n\nGiấy phép xuất bản số 12/GP-BTTTT ngày 05/4/2020\n",
            rows.join("\n")
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2026-03-03T08:30"));
        assert_eq!(
            doc.text,
            format!("{lead}\n\n{}\n\n{para}", rows.join("\n\n"))
        );
    }

    #[test]
    fn a_headline_whose_clause_after_the_dash_names_a_group_is_no_byline() {
        let title = "Tour Phú Quốc – Hòn Thơm 4 ngày 3 đêm: giảm 10% cho nhóm từ 8 khách";
        let lead = "Từ ngày 1/10 đến hết tháng 11, công ty giảm giá tour Phú Quốc cho các nhóm khách đặt sớm qua tổng đài.";
        let doc = clean(&format!(
            "BIỂN XANH TRAVEL – Lữ hành\nTour trong nước | Tour nước ngoài | Vé máy bay | Tin du lịch\n\n\
             {title}\n09:00 - 25/09/2026\n\n{lead}\n\nLê Thu Trang\n"
        ));
        assert_eq!(doc.metadata.get_str("title"), Some(title));
        assert_eq!(doc.metadata.get_str("author"), Some("Lê Thu Trang"));
    }

    #[test]
    fn a_thread_dated_by_its_meta_line_and_numbered_replies_after_a_bare_first_number() {
        let lead = "Ban quản trị thông báo cắt nước từ 8 giờ đến 17 giờ thứ Bảy để thau rửa bể ngầm của tòa nhà.";
        let para = "Cư dân vui lòng trữ nước từ tối thứ Sáu; thang máy vẫn hoạt động bình thường trong thời gian này.";
        let doc = clean(&format!(
            "Diễn đàn Cư dân Hồ Tây Xanh\nDiễn đàn › Thông báo › Tòa A2\n\n\
             Thau rửa bể nước ngầm tòa A2 thứ Bảy tuần này\n\
             Thảo luận trong 'Thông báo' bắt đầu bởi bqt.a2, 20/09/2025 lúc 20:05\n\n\
             #1\nbqt.a2\nThành viên BQT · Tham gia: 01/02/2022 · Bài viết: 88\n\n{lead}\n\n{para}\n\n\
             Thích × 9 | Trả lời | Trích\n\n\
             #2 · lan.a2 · 21/09/2025 lúc 07:10\nCảm ơn BQT đã báo sớm ạ.\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-09-20T20:05"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_dated_caption_over_a_two_column_table_and_a_bank_branch_signing() {
        let lead = "Quỹ tín dụng nhân dân xã thông báo điều chỉnh lãi suất tiền gửi cho các thành viên từ tháng sau.";
        let rows = [
            "Bảng lãi suất tiền gửi áp dụng từ 01/10/2025",
            "Kỳ hạn | Lãi suất (%/năm)",
            "3 tháng | 4,1",
            "12 tháng | 5,9",
        ];
        let para = "Thành viên có nhu cầu gửi tiền vui lòng đến trụ sở quỹ trong giờ hành chính để được hướng dẫn thủ tục.";
        let doc = clean(&format!(
            "Điều chỉnh lãi suất tiền gửi từ tháng 10\n25/09/2025\n\n{lead}\n\n{}\n\n{para}\n\n\
             Ngân hàng TMCP Hòa Bình Xanh – Chi nhánh Tiên Lữ\n",
            rows.join("\n")
        ));
        assert_eq!(
            doc.text,
            format!("{lead}\n\n{}\n\n{para}", rows.join("\n\n"))
        );
        assert_eq!(doc.metadata.get_str("author"), None);
    }

    #[test]
    fn a_printed_copy_signed_over_its_own_address() {
        let lead = "Công an phường cảnh báo thủ đoạn giả nhân viên điện lực gọi điện đòi tiền điện kèm đường link lạ.";
        let para = "Người dân nhận cuộc gọi như vậy nên gác máy, gọi lại tổng đài chăm sóc khách hàng của ngành điện.";
        let doc = clean(&format!(
            "Cảnh giác cuộc gọi giả danh điện lực\nNgày: 03/10/2025 07:30\n\n{lead}\n\n{para}\n\n\
             Minh Khôi - Thu Sương\nĐịa chỉ bài viết: https://baomau.example/canh-giac/a9912\n\
             In lúc: 04/10/2025 10:00\n"
        ));
        assert_eq!(
            doc.metadata.get_str("author"),
            Some("Minh Khôi - Thu Sương")
        );
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn the_text_resuming_past_an_advert_after_a_box_and_a_craftsmans_note() {
        let lead = "Mùa mưa, nhiều hộ tự đấu dây điện ra ruộng để chạy máy bơm mà không qua thợ có chứng chỉ.";
        let para = "Chỉ một mối nối để hở dưới mưa cũng đủ làm rò điện ra cả đoạn mương, rất nguy hiểm cho người lội ruộng.";
        let tip = "Hộ nào dùng máy bơm công suất lớn nên báo với điện lực để được hướng dẫn đấu nối đúng cách.";
        let speaker = "Ông Lò Văn Sơn, trưởng bản, cho biết:";
        let quote = "“Từ khi thợ xã kiểm tra lại, cả bản không còn ai tự kéo dây qua ruộng nữa.”";
        let close = "Bà con cần kiểm tra đường dây có thể gọi tổ điện của xã trong giờ hành chính, kể cả ngày nghỉ.";
        let doc = clean(&format!(
            "Tự đấu máy bơm vào lưới điện: những rủi ro khó lường\nXuất bản 07:00, 10/07/2025\n\n\
             {lead}\n\n{para}\n\nBài cùng chuyên mục\n→ Mưa dông, tránh trú dưới trạm biến áp (25/06/2025)\n\
             → Sạc xe điện qua đêm, cần lưu ý gì? (17/06/2025)\n\n{tip}\n\n\
             QUẢNG CÁO: Ổ cắm chống giật chính hãng – giao tận nhà trong ngày\n\n{speaker}\n{quote}\n\n\
             {close}\n\nLÒ VĂN TIẾN\n(Thợ điện xã Mường Phăng)\n"
        ));
        assert_eq!(
            doc.text,
            format!("{lead}\n\n{para}\n\n{tip}\n\n{speaker}\n\n{quote}\n\n{close}")
        );
        assert_eq!(doc.metadata.get_str("author"), Some("LÒ VĂN TIẾN"));
    }

    #[test]
    fn an_aggregators_copy_closed_by_the_papers_credit_and_date() {
        let lead = "Đêm 13/8, hàng nghìn người từ nhiều tỉnh đã về dự lễ hành hương, đoàn rước kéo dài gần một cây số.";
        let para = "Ban tổ chức bố trí thêm ba điểm sơ cứu và hai bãi giữ xe miễn phí cho khách hành hương về muộn.";
        let doc = clean(&format!(
            "{lead}\n\n{para}\n\nTRẦN NHẬT QUANG\n👍 1,2K · 💬 85 · ↗ Chia sẻ\nCùng nguồn:\n\
             • Ngư dân trúng đậm mẻ cá cơm đầu mùa (13/08/2025)\n\
             • Khởi công cầu vượt lũ sông Thạch Hãn (11/08/2025)\nTheo Sông Hiếu Online · 14/08/2025 06:30\n"
        ));
        assert_eq!(doc.metadata.get_str("source"), Some("Sông Hiếu Online"));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-08-14T06:30"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_shops_reviews_under_their_heading_are_comments() {
        let lead = "Từ ngày 1 đến 30/11, cửa hàng giảm 20% cho mọi đơn kính cận đặt qua điện thoại hoặc tại quầy.";
        let para = "Khách mang theo kính cũ được đo mắt miễn phí và đổi tròng trong ngày, trừ các loại tròng đặt riêng.";
        let doc = clean(&format!(
            "Ưu đãi kính cận tháng 11\n02/11/2025\n\n{lead}\n\n{para}\n\n\
             Đánh giá của khách hàng (2)\nThu Trang · 05/11/2025: Nhân viên đo mắt rất kỹ, kính đẹp.\n\n\
             © 2025 Kính mắt Ánh Dương\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn an_office_or_a_team_posting_is_no_writer_but_a_coach_is() {
        let lead = "Tuần này câu lạc bộ mở thêm hai lớp bơi cho trẻ từ sáu tuổi, mỗi lớp mười hai em, học vào sáng thứ Bảy.";
        let para = "Phụ huynh đăng ký tại quầy lễ tân hoặc gọi số của câu lạc bộ, học phí được giảm cho anh chị em ruột.";
        let page = |credit: &str| {
            clean(&format!(
                "Mở thêm lớp bơi cho trẻ\n10/11/2025\n{credit}\n\n{lead}\n\n{para}\n"
            ))
        };
        for office in ["Đăng bởi: Phòng Truyền thông", "Đăng bởi: Hồ Bơi Xanh Team"]
        {
            let doc = page(office);
            assert_eq!(doc.metadata.get_str("author"), None, "{office}");
            assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        }
        let doc = page("Viết bởi: HLV Đặng Quốc Huy");
        assert_eq!(doc.metadata.get_str("author"), Some("Đặng Quốc Huy"));
    }

    #[test]
    fn the_headline_over_a_writer_and_post_that_read_like_a_menu() {
        let lead = "Cuối năm, nhiều phòng kế toán phải chốt lại bảng lương và các khoản thưởng trước khi quyết toán thuế.";
        let doc = clean(&format!(
            "Cộng đồng Kế toán Việt\nDiễn đàn · Bài chuyên môn · Việc làm · Đăng nhập\n\
             Bài chuyên môn › Thuế – Quyết toán cuối năm\n\n\
             Bốn việc phải làm trước kỳ quyết toán thuế thu nhập cá nhân\n\
             Trần Thu Hằng · Kế toán trưởng\n3 tháng 12, 2025 · 5 phút đọc\n\n{lead}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Bốn việc phải làm trước kỳ quyết toán thuế thu nhập cá nhân")
        );
        assert_eq!(doc.metadata.get_str("author"), Some("Trần Thu Hằng"));
        assert_eq!(doc.text, lead);
    }

    #[test]
    fn an_update_stamp_worded_lan_cap_nhat_gan_nhat_under_the_byline() {
        let lead = "Tối 6/11, tuần phim tài liệu khép lại với lễ trao giải cho mười hai phim ngắn của các đạo diễn trẻ.";
        let doc = clean(&format!(
            "Khép lại tuần phim tài liệu\nThứ Sáu, 07/11/2025, 15:30\nLần cập nhật gần nhất: 08/11/2025 09:12\n\n{lead}\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-11-07T15:30"));
        assert_eq!(doc.text, lead);
    }

    #[test]
    fn a_two_part_headline_over_a_shops_masthead_and_a_shared_from_note() {
        let lead = "Khách đến xưởng hay hỏi vì sao một tấm tranh sơn mài khổ vừa lại có giá vài chục triệu đồng.";
        let para = "Câu trả lời nằm ở thời gian: mỗi lớp sơn phải chờ khô trong buồng ẩm vài ngày rồi mới mài được.";
        let doc = clean(&format!(
            "SƠN MÀI HẠ LONG – Xưởng sơn ta làng nghề\nTrang chủ | Sản phẩm | Blog | Liên hệ\n\n\
             Một chiếc khay sơn mài mất bao lâu? Theo chân người thợ qua bảy lớp sơn\n\n\
             Đăng ngày 24 Tháng 9, 2025 bởi xuong_shop\n\n{lead}\n\n{para}\n\n\
             Bài viết được chia sẻ lại từ Nghề Xưa Online, có biên tập bổ sung.\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Một chiếc khay sơn mài mất bao lâu? Theo chân người thợ qua bảy lớp sơn")
        );
        assert_eq!(doc.metadata.get_str("source"), Some("Nghề Xưa Online"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_button_a_what_readers_say_heading_and_a_dotted_comment() {
        let lead = "Sân khấu kịch của thành phố dựng vở mới về ba thế hệ sống chung trong một con hẻm nhỏ.";
        let para = "Khán giả có thể mua vé tại quầy của nhà hát hoặc gọi tổng đài từ tám giờ sáng đến mười giờ tối.";
        let doc = clean(&format!(
            "Vở kịch mới về con hẻm nhỏ\n14:20 02/12/2025\n\n{lead}\n\n{para}\n\nBài: Thanh Trúc\n\n\
             Đặt vé ngay\nKhán giả nói gì?\nMinh Khôi · 03/12/2025 · Đã mua vé suất đầu, mong quá!\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_blogs_labels_its_same_label_teasers_and_its_posted_by_footer() {
        let lead = "Bản gốc của vở tuồng diễn trong ba đêm, đạo diễn cắt lại còn chín mươi lăm phút cho khán giả trẻ.";
        let para = "Tôi sẽ đi xem lần nữa, lần này mang theo con gái mười hai tuổi của mình đến nhà hát tỉnh.";
        let doc = clean(&format!(
            "{lead}\n\nBài cùng nhãn:\n– Xem lại vở chèo cổ ở Hội An (14/09/2025)\n– Những người kéo màn (02/07/2025)\n\n\
             {para}\n\nNhãn: tuồng, phê bình sân khấu\nĐăng bởi Lê Thu Hà vào lúc 22:42 ngày 03/12/2025\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lê Thu Hà"));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-12-03T22:42"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_blogs_comments_in_digits_over_its_posted_by_footer_with_no_blank_lines() {
        let lead = "Chuyến thứ ba của nhóm lên điểm trường Long Hy mang theo 80 bộ áo ấm và hai thùng sách thiếu nhi.";
        let para = "Các em nhận quà xong còn hát tặng nhóm một bài bằng tiếng Xơ Đăng, thầy hiệu trưởng đệm đàn ghi-ta.";
        let doc = clean(&format!(
            "{lead}\n{para}\nNhãn: thiện nguyện, Kon Plông\n2 nhận xét:\n\
             Hồ Minh Khoa 02/12/2025 lúc 07:40 – Nhóm có nhận góp sách cũ không ạ?\n\
             Đào Thu Hiền 02/12/2025 lúc 09:05 – Có bạn nhé, gửi qua trang của nhóm.\n\
             Được đăng bởi Kiều Bảo Châu vào lúc 20:10 Thứ Hai, 1 tháng 12, 2025\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert_eq!(doc.metadata.get_str("author"), Some("Kiều Bảo Châu"));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-12-01T20:10"));
    }

    #[test]
    fn the_author_boxs_full_name_over_the_bylines_short_one() {
        let lead = "Người cao tuổi thường uống nhiều loại thuốc cùng lúc, nên cần một bảng giờ uống dán ở chỗ dễ thấy.";
        let doc = clean(&format!(
            "Uống nhiều thuốc cùng lúc\n12 Th8, 2025 · bởi Thu Trang · 4 bình luận\n\n{lead}\n\n\
             Về tác giả\nDS. Lê Thị Thu Trang\nDược sĩ đại học, mười năm đứng quầy thuốc.\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lê Thị Thu Trang"));
        assert_eq!(doc.text, lead);
    }

    #[test]
    fn a_cms_info_bar_an_abbreviated_office_and_a_credit_in_capitals() {
        let lead = "Ủy ban phường tổ chức làm căn cước lưu động vào hai ngày cuối tuần cho người cao tuổi trong các tổ dân phố.";
        let box_ = "Xem thêm:\n» Lịch tiếp công dân tháng 5/2025 (09/05/2025)\n» Kết quả kiểm tra hộ kinh doanh (28/04/2025)";
        let doc = clean(&format!(
            "Làm căn cước lưu động cuối tuần\n\
             Chi tiết | Viết bởi Quản trị viên | Chuyên mục: Thông báo | Được đăng ngày Thứ năm, 15 Tháng 5 2025 08:41\n\n\
             {lead}\n\n{box_}\n\nMinh Thư - VP HĐND&UBND phường\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-05-15T08:41"));
        assert_eq!(doc.metadata.get_str("author"), Some("Minh Thư"));
        assert_eq!(doc.text, lead);
        let doc = clean(&format!(
            "Làm căn cước lưu động cuối tuần\n15/05/2025\n\n{lead}\n\n{box_}\n\nBÀI VÀ ẢNH: ĐỖ MINH THƯ\n\nTừ khóa: căn cước\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("ĐỖ MINH THƯ"));
    }

    #[test]
    fn a_folded_table_of_contents_a_listen_more_box_and_an_organisers_byline() {
        let lead = "Khi răng vĩnh viễn văng ra, nếu được cắm lại trong vòng một giờ thì khả năng giữ được răng rất cao.";
        let para = "Hãy giữ răng trong sữa tươi hoặc nước muối sinh lý và đưa trẻ đến phòng khám nha khoa gần nhất.";
        let doc = clean(&format!(
            "Răng văng khỏi ổ: sơ cứu trong một giờ\nBTC Giải Chạy Bờ Hồ\n06/07/2025\n\n\
             Mục lục bài viết [Ẩn]\n\n{lead}\n\nNghe thêm:\n► Sơ cứu bỏng ở trẻ nhỏ\n► Khi trẻ hóc dị vật\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn an_articles_table_keeps_rows_that_look_like_stamps_or_scores() {
        let doc = clean(
            "Thêm chuyến xe buýt đêm dịp Tết\n\n\
             Thứ Hai, 12/01/2026 08:15\n\n\
             Xí nghiệp xe buýt của thành phố bổ sung ba chuyến đêm phục vụ người dân về quê đón Tết trong hai tuần cao điểm.\n\n\
             Lịch các chuyến bổ sung:\n\
             Tuyến | Điểm đầu | Giờ chạy | Ngày chạy\n\
             N1 | Bến xe Nước Ngầm | 22:30 | hằng ngày từ 5/2 đến 14/2/2026\n\
             N2 | Bến xe Gia Lâm | 23:00 | hằng ngày từ 6/2 đến 15/2/2026\n\
             N3 | Bến xe Mỹ Đình | 21:45 | 12–15 chuyến, 3–4 xe mỗi đêm\n\n\
             Hành khách có thể tra cứu lịch chạy trên ứng dụng của xí nghiệp hoặc hỏi nhân viên tại các bến xe.",
        );
        for row in [
            "N1 | Bến xe",
            "N2 | Bến xe",
            "N3 | Bến xe",
            "Tuyến | Điểm đầu",
        ] {
            assert!(doc.text.contains(row), "{row}: {}", doc.text);
        }
    }

    #[test]
    fn a_labelled_date_after_the_article() {
        let doc = clean(
            "Mở rộng vùng trồng cam ở Hàm Yên\n\n\
             Huyện Hàm Yên mở rộng thêm 300 ha cam sành theo tiêu chuẩn VietGAP trong năm nay.\n\n\
             Minh Châu\n\nCập nhật: 12/03/2024 08:30\n\nTin cùng chuyên mục\n\
             - Giá cam tăng mạnh (10/03/2024)",
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2024-03-12T08:30"));
        assert_eq!(doc.metadata.get_str("author"), Some("Minh Châu"));
    }

    #[test]
    fn schedules_tagged_teasers_and_signatures_of_other_sites() {
        let doc = clean(
            "Chợ nổi Cái Răng đón hơn 5.000 lượt khách dịp lễ\n\
             08:40 - 02/09/23\nThu Hằng - TTXVN\n\n\
             Trong ba ngày nghỉ lễ, chợ nổi Cái Răng đón hơn 5.000 lượt khách, tăng gần gấp đôi so với cùng kỳ năm trước.\n\n\
             Nhiều ghe hàng bán trái cây, hủ tiếu, cà phê từ 5 giờ sáng, các tàu du lịch phải xếp hàng chờ vào bến.\n\n\
             Bài viết thuộc sự kiện: Du lịch dịp lễ Quốc khánh\n\
             [VIDEO] Du khách chen chân ở chợ nổi lúc rạng sáng\n\
             Lịch phát sóng THSH hôm nay\n19:00  Thời sự Cần Thơ\n19:45  Phim: Mùa nước nổi (tập 4)\n\
             Gửi vàng tiết kiệm, lãi suất hấp dẫn – Tìm hiểu thêm »",
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2023-09-02T08:40"));
        assert_eq!(doc.metadata.get_str("author"), Some("Thu Hằng"));
        assert_eq!(doc.text.lines().filter(|l| !l.is_empty()).count(), 2);

        let doc = clean(
            "Bắt nhóm trộm cắp cáp đồng tại khu công nghiệp\n\
             Cập nhật: 20h12' ngày 05/03/2024\n\n\
             Ngày 4/3, Công an huyện bắt giữ 3 đối tượng trộm cắp hơn 400 mét cáp đồng tại khu công nghiệp.\n\n\
             Vụ việc đang được tiếp tục điều tra, mở rộng theo quy định của pháp luật hiện hành.\n\n\
             Thiếu tá Phạm Quốc Huy, Công an huyện Hàm Thuận Nam\n\
             Nếu bạn có thông tin về các đối tượng trên, vui lòng báo cho cơ quan công an qua ứng dụng VNeID.\n\
             Văn bản liên quan:\n› Luật Xử lý vi phạm hành chính 2012\n› Nghị định 144/2021/NĐ-CP",
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2024-03-05T20:12"));
        assert_eq!(doc.metadata.get_str("author"), Some("Phạm Quốc Huy"));
        assert_eq!(doc.text.lines().filter(|l| !l.is_empty()).count(), 2);
    }

    #[test]
    fn a_credit_between_headline_and_byline_is_no_headline() {
        for (credit, want) in [
            ("PV Hồng Nhung · Quay phim: Đức Anh", "Hồng Nhung"),
            ("Thượng tá Lê Văn Tám – Công an tỉnh", "Lê Văn Tám"),
            ("Minh Anh (tổng hợp)", "Minh Anh"),
        ] {
            let doc = clean(&format!(
                "Mở rộng vùng trồng cam ở Hàm Yên\n{credit}\n12/03/2024 08:30\n\n\
                 Huyện Hàm Yên mở rộng thêm 300 ha cam sành theo tiêu chuẩn VietGAP trong năm nay.\n\n\
                 Giá cam năm nay ổn định ở mức 12.000 đồng mỗi ki-lô-gam, người trồng có lãi khá."
            ));
            assert_eq!(
                doc.metadata.get_str("title"),
                Some("Mở rộng vùng trồng cam ở Hàm Yên"),
                "{credit}"
            );
            assert_eq!(doc.metadata.get_str("author"), Some(want), "{credit}");
        }
    }

    #[test]
    fn fifth_round_bylines_of_other_sites() {
        let body = "Huyện mở rộng thêm 300 ha cam sành theo tiêu chuẩn VietGAP trong năm nay, theo kế hoạch.\n\n\
                    Giá cam năm nay ổn định ở mức 12.000 đồng mỗi ki-lô-gam, người trồng có lãi khá.";
        for (top, tail, author, source) in [
            ("HOÀI THU\n05.03.2024, 08h10", "", Some("HOÀI THU"), None),
            ("05/03/2024 08:10\nNhóm PV Kinh tế", "", None, None),
            (
                "05/03/2024 08:10\nThu Hằng (từ Đà Lạt)",
                "",
                Some("Thu Hằng"),
                None,
            ),
            (
                "05/03/2024 08:10",
                "Theo Minh Khôi (Tạp chí Người Làm Vườn)",
                Some("Minh Khôi"),
                Some("Tạp chí Người Làm Vườn"),
            ),
            (
                "05/03/2024 08:10",
                "Theo Lan Anh (Tuổi Trẻ)",
                Some("Lan Anh"),
                Some("Tuổi Trẻ"),
            ),
            (
                "05/03/2024 08:10",
                "MINH TÂM\n\nTIN CÙNG CHUYÊN MỤC\n• Giá cam tăng\n• Hàm Yên mùa cam chín",
                Some("MINH TÂM"),
                None,
            ),
            (
                "05/03/2024 08:10",
                "PHƯƠNG ANH - HOÀNG NAM",
                Some("PHƯƠNG ANH - HOÀNG NAM"),
                None,
            ),
            (
                "05/03/2024 08:10",
                "Lan Anh – Quốc Tuấn\n\nĐỌC NHIỀU\n✿ Mùa cam chín ở Hàm Yên\n✿ Vì sao cam sành rớt giá?",
                Some("Lan Anh – Quốc Tuấn"),
                None,
            ),
        ] {
            let doc = clean(&format!(
                "Mở rộng vùng trồng cam ở Hàm Yên\n{top}\n\n{body}\n\n{tail}"
            ));
            assert_eq!(doc.metadata.get_str("author"), author, "{top} / {tail}");
            assert_eq!(doc.metadata.get_str("source"), source, "{top} / {tail}");
            assert_eq!(
                doc.text.lines().filter(|l| !l.is_empty()).count(),
                2,
                "{top} / {tail}: {}",
                doc.text
            );
        }
    }

    #[test]
    fn a_long_question_headline_under_a_dotted_masthead() {
        // Other sites' wording: a masthead in capitals with a dot separator,
        // a one-sentence question headline of 80+ characters.
        for (top, headline) in [
            (
                "BÁC SĨ GIA ĐÌNH · Giải đáp sức khỏe mỗi ngày",
                "Người cao tuổi bị chóng mặt khi đứng dậy, có phải do huyết áp thấp hay do thiếu máu não?",
            ),
            (
                "LUẬT SƯ CỦA BẠN • Tư vấn pháp luật miễn phí",
                "Mua đất bằng giấy viết tay từ năm 2010, nay muốn làm sổ đỏ thì cần những thủ tục gì?",
            ),
        ] {
            let doc = clean(&format!(
                "{top}\n\n{headline}\n\nĐăng lúc 09h15 ngày 12/03/2024\n\n\
                 Câu trả lời của chúng tôi dựa trên những quy định hiện hành và kinh nghiệm thực tế của các chuyên gia.\n\n\
                 Trước hết, bạn cần chuẩn bị đầy đủ giấy tờ và liên hệ cơ quan có thẩm quyền tại địa phương để được hướng dẫn."
            ));
            assert_eq!(doc.metadata.get_str("title"), Some(headline), "{top}");
            assert_eq!(
                doc.metadata.get_str("published"),
                Some("2024-03-12T09:15"),
                "{top}"
            );
            assert!(doc.text.starts_with("Câu trả lời"), "{top}");
        }
    }

    #[test]
    fn a_masthead_in_capitals_or_a_kicker_is_no_headline() {
        // Other sites' wording: a name in capitals with a slogan, a
        // section kicker in capitals, a question headline, a QR code in
        // the headline.
        for (top, headline) in [
            (
                "TIẾNG NÓI NÔNG DÂN – Diễn đàn của nhà nông\nThời sự · Kinh tế · Xã hội",
                "Giá lúa tăng, nông dân Sóc Trăng phấn khởi",
            ),
            (
                "CỔNG HỎI ĐÁP Y TẾ | Bác sĩ giải đáp miễn phí\nHỏi đáp › Nhi khoa",
                "Trẻ sốt về đêm có cần đưa đi viện ngay không?",
            ),
            (
                "TIN VÙNG BIÊN",
                "Người dân xã biên giới trả tiền điện bằng mã QR",
            ),
            (
                "TIN VÙNG BIÊN",
                "Chợ phiên biên giới: tiểu thương cho khách quét mã trả tiền",
            ),
            // A note in brackets after the site's name.
            (
                "HỘI NÔNG DÂN HUYỆN HÀM YÊN (bản thử nghiệm)\n\nThứ Hai, 11/3/2024 – Đường dây nóng: 0207 3 821 555",
                "Mở rộng vùng trồng cam ở Hàm Yên",
            ),
            (
                "NHẬT BÁO MIỀN TÂY - Bản điện tử\nSố 1.204 · Thứ Hai, 11/3/2024",
                "Mở rộng vùng trồng cam ở Hàm Yên",
            ),
            (
                "Báo Nông Thôn Xanh - Cơ quan của Hội Nông dân tỉnh Tuyên Quang",
                "Mở rộng vùng trồng cam ở Hàm Yên",
            ),
        ] {
            let doc = clean(&format!(
                "{top}\n\n{headline}\n12/03/2024 08:30\n\n\
                 Huyện mở rộng thêm 300 ha cam sành theo tiêu chuẩn VietGAP trong năm nay, theo kế hoạch.\n\n\
                 Giá cam năm nay ổn định ở mức 12.000 đồng mỗi ki-lô-gam, người trồng có lãi khá."
            ));
            assert_eq!(doc.metadata.get_str("title"), Some(headline), "{top}");
        }
    }

    #[test]
    fn config_rejects_unknown_keys() {
        assert!(serde_json::from_str::<Config>(r#"{"titel": false}"#).is_err());
    }

    #[test]
    fn bylines_by_shape_only_under_the_headline_or_after_the_last_paragraph() {
        let para = "Mùa khô năm nay, các hộ nuôi cá lồng trên sông đã chủ động giảm mật độ thả nuôi để hạn chế thiệt hại.";
        let para2 = "Theo cán bộ khuyến ngư, mô hình mới giúp giảm chi phí thức ăn khoảng một phần năm so với cách làm cũ.";
        // Under the headline and the date: the writer, the office dropped.
        let doc = clean(&format!(
            "Cá lồng trên sông Tiền vượt mùa khô\n\n12/04/2025 07:10\n\
             Bảo Ngọc (Trung tâm Khuyến nông tỉnh)\n\n{para}\n\n{para2}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Bảo Ngọc"));
        assert_eq!(doc.text, format!("{para}\n\n{para2}"));
        // After the last paragraph: a title and a post dropped.
        let doc = clean(&format!(
            "Cá lồng trên sông Tiền vượt mùa khô\n\n12/04/2025 07:10\n\n{para}\n\n{para2}\n\n\
             Kỹ sư Tạ Minh Hiếu - Trạm Thủy sản huyện\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Tạ Minh Hiếu"));
        assert_eq!(doc.text, format!("{para}\n\n{para2}"));
        // The same shape inside the text (a caption between paragraphs) and
        // as a list's last item stays body.
        let caption = "Kỹ sư Tạ Minh Hiếu (Trạm Thủy sản huyện)";
        let doc = clean(&format!(
            "Cá lồng trên sông Tiền vượt mùa khô\n\n12/04/2025 07:10\n\n{para}\n\n{caption}\n\n{para2}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(doc.text, format!("{para}\n\n{caption}\n\n{para2}"));
        let doc = clean(&format!(
            "Cá lồng trên sông Tiền vượt mùa khô\n\n12/04/2025 07:10\n\n{para}\n\n{para2}\n\n\
             Các hộ được khen thưởng:\nLê Văn Sang (Hợp tác xã Tân Phú)\nĐào Thị Nở (Hợp tác xã Bình Hòa)\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert!(
            doc.text.ends_with("Đào Thị Nở (Hợp tác xã Bình Hòa)"),
            "{}",
            doc.text
        );
    }

    #[test]
    fn foot_bylines_desk_credits_comment_threads_and_dated_boxes() {
        let head = "Làng nghề mây tre đón đơn hàng cuối năm\n\n03/12/2025 06:40\n\n";
        let para = "Những ngày cuối năm, các hộ làm mây tre ở xã ven sông tất bật hoàn thiện đơn hàng xuất đi châu Âu.";
        let para2 = "Theo tổ hợp tác, năm nay giá mỗi chiếc giỏ đan tăng khoảng một phần mười so với năm ngoái.";
        let short = "Hội chợ làng nghề mở cửa từ ngày 20/12.";
        // A bare name under a short last sentence, then the paper's
        // contact footer: the name is the writer, the paper is not.
        let doc = clean(&format!(
            "{head}{para}\n\n{para2}\n\n{short}\n\nHồng Nhung\n\n\
             Tiếng Quê Hương · Liên hệ tòa soạn: toasoan@tqh.example.vn\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Hồng Nhung"));
        assert_eq!(doc.text, format!("{para}\n\n{para2}\n\n{short}"));
        // The same with an office in brackets: a byline by shape, since the
        // line above is a sentence (not a list's item).
        let doc = clean(&format!(
            "{head}{para}\n\n{para2}\n\n{short}\n\nHồng Nhung (Hội Nông dân xã)\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Hồng Nhung"));
        assert_eq!(doc.text, format!("{para}\n\n{para2}\n\n{short}"));
        // Ranked writers, each with a rank, over a `Theo` credit.
        let doc = clean(&format!(
            "{head}{para}\n\n{para2}\n\nTrung úy Đào Văn Lực và Thiếu úy Mạc Thị Yến\nTheo Báo Sông Hồng\n"
        ));
        assert_eq!(
            doc.metadata.get_str("author"),
            Some("Đào Văn Lực và Mạc Thị Yến")
        );
        assert_eq!(doc.metadata.get_str("source"), Some("Báo Sông Hồng"));
        assert_eq!(doc.text, format!("{para}\n\n{para2}"));
        // A bare desk credit, then a comment thread closed by its button:
        // no author, every comment removed.
        let doc = clean(&format!(
            "{head}{para}\n\n{para2}\n\nBTV\n\nÝ kiến độc giả (2)\nTrần Bình · 2 giờ trước\n\
             Xã tôi năm nay cũng có tổ hợp tác mới.\nMai Hoa · 40 phút trước\n\
             Mong báo viết thêm về cách giữ nghề.\n[Gửi bình luận]\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(doc.text, format!("{para}\n\n{para2}"));
        // A box of dated events between paragraphs goes; a dated list with
        // its lead-in, and one under a capitals subheading with colons,
        // stay.
        let doc = clean(&format!(
            "{head}{para}\n\nSỰ KIỆN SẮP TỚI\n02/12 · Hội chợ OCOP cuối năm\n\
             09/12 · Giải chạy vì người nghèo\nXem tất cả sự kiện ›\n\n{para2}\n"
        ));
        assert_eq!(doc.text, format!("{para}\n\n{para2}"));
        let list = "Lịch giao hàng trong tháng:\n- 02/12: lô giỏ đan đi Hà Lan;\n- 09/12: lô thảm cói đi Đức.";
        let caps = "LỊCH GIAO HÀNG\n02/12: lô giỏ đan đi Hà Lan\n09/12: lô thảm cói đi Đức";
        for block in [list, caps] {
            let doc = clean(&format!("{head}{para}\n\n{block}\n\n{para2}\n"));
            let kept = block.replace('\n', "\n\n");
            assert_eq!(doc.text, format!("{para}\n\n{kept}\n\n{para2}"), "{block}");
        }
    }

    #[test]
    fn ninth_round_pages_of_other_sites() {
        let para = "Sáng nay, hợp tác xã thủy sản ở xã ven biển đã đưa 12 tàu cá mới vào khai thác sau nửa năm đóng mới.";
        let para2 = "Theo ban quản lý, mỗi chuyến biển kéo dài khoảng 15 ngày, sản lượng dự kiến tăng một phần ba so với tàu cũ.";
        let para3 = "Ngư dân cho biết các tàu mới có hầm bảo quản lạnh nên cá giữ được độ tươi lâu hơn khi cập cảng.";
        let caption = "Tàu cá mới neo tại cảng Sông Đốc trước chuyến ra khơi đầu tiên.";
        // A picture credit under a caption, an ad label over its offer, a
        // poll whose options share one line, a short heading in capitals
        // over replay teasers, a signature ending in a full stop.
        let doc = clean(&format!(
            "Cổng thông tin điện tử · TP. Cà Mau\n\n\
             Mười hai tàu cá vỏ thép ra khơi chuyến đầu năm\n14/01/2025 06:50\n\n\
             {para}\n\n{caption}\nẢnh: Ban Quản lý cảng cá Sông Đốc\n\n\
             Quảng cáo\nBảo hiểm thân tàu chỉ từ 1,2 triệu đồng/năm – Gọi 1900 8821\n\n\
             {para2}\n\n\
             📊 Khảo sát: Bạn có muốn đọc thêm về nghề biển?\n○ Có   ○ Không   [Gửi]\n\n\
             {para3}\n\nPhạm Quốc Bảo.\n\n\
             XEM LẠI\n▸ Cảng cá đón tàu về bến (02:14)\n▸ Chợ cá sáng sớm ở Sông Đốc (03:40)\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Mười hai tàu cá vỏ thép ra khơi chuyến đầu năm")
        );
        assert_eq!(doc.metadata.get_str("author"), Some("Phạm Quốc Bảo"));
        assert_eq!(
            doc.text,
            format!("{para}\n\n{caption}\n\n{para2}\n\n{para3}")
        );
        // The same words as body: a credit inside a list of facts, a
        // sentence under an ad label, a question subheading over a list.
        let facts = "Chủ đầu tư: Hợp tác xã Tân Tiến\nẢnh: Ban Quản lý cảng cá Sông Đốc";
        let sentence = "Khách đăng ký sớm được giảm giá một nửa, theo công ty.";
        let doc = clean(&format!(
            "Mười hai tàu cá vỏ thép ra khơi chuyến đầu năm\n14/01/2025 06:50\n\n\
             {para}\n\n{facts}\n\nQuảng cáo\n{sentence}\n\n\
             Tàu mới có gì khác?\n- hầm lạnh;\n- máy dò cá.\n\n{para2}\n"
        ));
        assert_eq!(
            doc.text,
            format!(
                "{para}\n\n{}\n\n{sentence}\n\n\
                 Tàu mới có gì khác?\n\n- hầm lạnh;\n\n- máy dò cá.\n\n{para2}",
                facts.replace('\n', "\n\n")
            )
        );
    }

    #[test]
    fn tenth_round_pages_of_other_sites() {
        let para = "Chiều qua, đội bóng đá nữ của huyện đã giành chức vô địch giải các câu lạc bộ tỉnh sau loạt sút luân lưu.";
        let para2 = "Huấn luyện viên cho biết cả đội tập luyện suốt bốn tháng, mỗi tuần ba buổi sau giờ làm việc.";
        let para3 =
            "Giải năm sau dự kiến mở rộng thêm nội dung futsal cho các đội trẻ dưới 17 tuổi.";
        // A date opening a counter bar, a standings widget, hashtags, a
        // thread whose desk answers last, names joined by `&`.
        let doc = clean(&format!(
            "Đội nữ Hòa Phú vô địch giải bóng đá các câu lạc bộ tỉnh\n             🕒 2025-03-14 08:05 · 👁 1.204\n\n\
             {para}\n\nChung cuộc: Hòa Phú 1–1 Tân Lập (luân lưu 4–3)\n\n{para2}\n\n{para3}\n\n\
             Y'Lan Niê & Đỗ Minh Khoa\n#bongdanu #HoaPhu\n\n\
             Bình luận (2)\nNgô Thị Vân · 3 giờ trước\nChúc mừng các cô gái Hòa Phú!\n\
             Ban biên tập · 1 giờ trước\nCảm ơn bạn đã theo dõi chuyên trang thể thao.\n\n\
             BXH: 1. Hòa Phú 12 điểm · 2. Tân Lập 10 điểm · 3. An Hòa 6 điểm\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-03-14T08:05"));
        assert_eq!(
            doc.metadata.get_str("author"),
            Some("Y'Lan Niê & Đỗ Minh Khoa")
        );
        assert_eq!(
            doc.text,
            format!(
                "{para}\n\nChung cuộc: Hòa Phú 1–1 Tân Lập (luân lưu 4–3)\n\n{para2}\n\n{para3}"
            )
        );
        // A container page signed `Theo báo X` under a name in capitals.
        let doc = clean(&format!(
            "{para}\n\n{para2}\n\n{para3}\n\nMINH KHOA\nTheo báo Hậu Giang Mới\n14/03/2025 08:05\n"
        ));
        assert_eq!(doc.metadata.get_str("source"), Some("báo Hậu Giang Mới"));
        assert_eq!(doc.metadata.get_str("author"), Some("MINH KHOA"));
        assert_eq!(doc.text, format!("{para}\n\n{para2}\n\n{para3}"));
        // The same shapes as body: an interview's name-only line and a
        // desk's name in the text, a short line closing a block with no
        // thread above.
        let doc = clean(&format!(
            "Đội nữ Hòa Phú vô địch giải bóng đá các câu lạc bộ tỉnh\n14/03/2025 08:05\n\n\
             {para}\n\nVì sao đội thắng được các đội mạnh?\n\nNgô Thị Vân\n\n{para2}\n\n\
             Ban huấn luyện\nCả đội cảm ơn người hâm mộ.\n\n{para3}\n"
        ));
        assert_eq!(
            doc.text,
            format!(
                "{para}\n\nVì sao đội thắng được các đội mạnh?\n\nNgô Thị Vân\n\n{para2}\n\n\
                 Ban huấn luyện\n\nCả đội cảm ơn người hâm mộ.\n\n{para3}"
            )
        );
    }

    #[test]
    fn eleventh_round_pages_of_other_sites() {
        let para = "Chiều qua, đội cứu hộ của phường đã đưa 14 hộ dân ở khu trũng ven sông lên nơi ở tạm trước khi nước lên.";
        let para2 = "Lực lượng trực chiến sẽ ở lại khu vực đến khi nước rút, mỗi ca gồm sáu người và hai xuồng máy.";
        let para3 = "Người dân cần hỗ trợ có thể gọi tổ trực của phường, số máy được dán ở nhà văn hóa khu phố.";
        let tail = "Tin khác\n» Sơ tán hộ dân khỏi vùng sạt lở (02/10/2024)\n» Tập huấn cứu hộ cho thanh niên (21/09/2024)\n";
        // A menu laid with an unusual glyph, a dated widget and a section
        // path above the headline, ranked writers with the time and date
        // under it; a player naming its clip in the middle.
        let doc = clean(&format!(
            "CÔNG AN PHƯỜNG AN LẠC\nTrang chủ ⁘ Tin hoạt động ⁘ Văn bản ⁘ Liên hệ\n\
             Tháng này: 12 vụ cứu nạn · 3 vụ cháy (số liệu đến 30/09/2024)\nTin hoạt động ⟩ Cứu nạn\n\
             Đưa 14 hộ dân khu trũng ven sông đến nơi ở tạm\n\
             Trung úy Hà Minh Tâm và Thiếu úy Lò Thị Én · 16:40 04/10/2024\n\n{para}\n\n\
             ▶ Video: Cứu hộ đêm ở khu trũng (01:55) — Video không phát được trên trình duyệt này.\n\n\
             {para2}\n\n{para3}\n\n{tail}"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Đưa 14 hộ dân khu trũng ven sông đến nơi ở tạm")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2024-10-04T16:40"));
        assert_eq!(
            doc.metadata.get_str("author"),
            Some("Hà Minh Tâm và Lò Thị Én")
        );
        assert_eq!(doc.text, format!("{para}\n\n{para2}\n\n{para3}"));
        // Titled writers with their office after the last dash; a degree
        // before `&` writers with a unit in brackets.
        for (credit, author) in [
            (
                "Thẩm phán Đoàn Thu Hà, Thư ký Lê Quốc Bảo – TAND thị xã Sông Cầu",
                "Đoàn Thu Hà, Lê Quốc Bảo",
            ),
            (
                "ThS. Vi Văn Khánh & Đàm Thị Nụ (Đội Quản lý thị trường số 2)",
                "Vi Văn Khánh & Đàm Thị Nụ",
            ),
        ] {
            let doc = clean(&format!(
                "Đưa 14 hộ dân khu trũng ven sông đến nơi ở tạm\n04/10/2024 16:40\n\n\
                 {para}\n\n{para2}\n\n{para3}\n\n{credit}\n\n{tail}"
            ));
            assert_eq!(doc.metadata.get_str("author"), Some(author));
            assert_eq!(doc.text, format!("{para}\n\n{para2}\n\n{para3}"));
        }
        // The same shapes as body: a list of names closing the article
        // before the teasers, a quoted letter's signature and a speaker's
        // name in the text.
        let doc = clean(&format!(
            "Đưa 14 hộ dân khu trũng ven sông đến nơi ở tạm\n04/10/2024 16:40\n\n\
             {para}\n\nThư của bà con khu phố gửi tổ cứu hộ viết: “Chúng tôi cảm ơn các anh đã thức trắng đêm cùng dân.”\n\n\
             Kính thư,\n\nVõ Thị Lài\n\n{para2}\n\nChị Đinh Thị Hồng\n\n\
             Nhà tôi được chuyển đồ lên xe trước khi nước vào, tôi chỉ kịp mang theo giấy tờ.\n\n{para3}\n\n\
             Tổ trực gồm:\n- Hà Minh Tâm – tổ trưởng\n- Lò Thị Én – tổ phó\n\n{tail}"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(
            doc.text,
            format!(
                "{para}\n\nThư của bà con khu phố gửi tổ cứu hộ viết: “Chúng tôi cảm ơn các anh đã thức trắng đêm cùng dân.”\n\n\
                 Kính thư,\n\nVõ Thị Lài\n\n{para2}\n\nChị Đinh Thị Hồng\n\n\
                 Nhà tôi được chuyển đồ lên xe trước khi nước vào, tôi chỉ kịp mang theo giấy tờ.\n\n{para3}\n\n\
                 Tổ trực gồm:\n\n- Hà Minh Tâm – tổ trưởng\n\n- Lò Thị Én – tổ phó"
            )
        );
    }

    #[test]
    fn a_heading_in_capitals_closes_a_thread_without_blank_lines() {
        let para = "Chiều qua, đội cứu hộ của phường đã đưa 14 hộ dân ở khu trũng ven sông lên nơi ở tạm trước khi nước lên.";
        let para2 = "Lực lượng trực chiến sẽ ở lại khu vực đến khi nước rút, mỗi ca gồm sáu người và hai xuồng máy.";
        let doc = clean(&format!(
            "Đưa 14 hộ dân khu trũng ven sông đến nơi ở tạm\n04/10/2024 16:40\n{para}\n{para2}\n\
             Bình luận (2)\nTrần Văn Lộc · 2 giờ trước\nKhu nhà tôi có được hỗ trợ xuồng không ạ?\n\
             Ban biên tập · 1 giờ trước\nChào bạn, tổ trực sẽ liên hệ với khu phố của bạn trong chiều nay nhé.\n\
             TIN NỔI BẬT\n⋄ Sơ tán hộ dân khỏi vùng sạt lở – 02/10/2024\n⋄ Tập huấn cứu hộ cho thanh niên – 21/09/2024\n"
        ));
        assert_eq!(doc.text, format!("{para}\n\n{para2}"));
        // Without a thread above, a line over a heading in capitals stays.
        let doc = clean(&format!(
            "Đưa 14 hộ dân khu trũng ven sông đến nơi ở tạm\n04/10/2024 16:40\n{para}\n\
             Chào bạn đọc, tổ trực sẽ đến từng khu phố trong chiều nay.\nKẾ HOẠCH TUẦN TỚI\n{para2}\n"
        ));
        assert!(
            doc.text
                .has("Chào bạn đọc, tổ trực sẽ đến từng khu phố trong chiều nay.")
        );
    }

    #[test]
    fn thirteenth_round_pages_of_other_sites() {
        let para = "Sáng 4/11, đoàn công tác của huyện đã kiểm tra tuyến kênh tưới mới nạo vét ở hai thôn ven đồi phía tây.";
        let para2 = "Tuyến kênh dài 3,2 km, đưa nước về cho khoảng 140 ha lúa vụ đông xuân của bà con trong xã.";
        let para3 =
            "Ban quản lý dự án cho biết sẽ lát thêm 600 m mặt kênh trước khi mùa mưa năm sau đến.";
        let tail = "Tin khác\n» Nghiệm thu đập dâng thôn Bắc (20/10/2024)\n» Tập huấn vận hành cống (02/10/2024)\n";
        // A hotline bar whose number closes it (a question before the
        // call), a listen control, a follow banner with its button, a
        // readers' feedback call without an address, and a credit with a
        // title before the second writer.
        let doc = clean(&format!(
            "📞 Kênh bị sạt, tràn bờ? Báo ngay đường dây nóng 0239 3 771 909 (24/7)\n\
             BAN QUẢN LÝ THỦY LỢI HUYỆN\nTrang chủ | Tin tức | Văn bản | Liên hệ\n\n\
             Nạo vét xong tuyến kênh tưới phía tây huyện\n05/11/2024 | 09:10 GMT+7\n\n\
             {para}\n\n🎧 Nghe bản tin (1:58)\n\n{para2}\n\n\
             📲 Theo dõi kênh Zalo của ban để nhận lịch xả nước [Theo dõi]\n\n{para3}\n\n\
             💬 Ý kiến của bạn đọc về bài viết xin gửi về hộp thư của ban.\n\n\
             Thượng úy Lê Văn Khải và KS. Trần Thu Trang\n\n{tail}"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Nạo vét xong tuyến kênh tưới phía tây huyện")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2024-11-05T09:10"));
        assert_eq!(
            doc.metadata.get_str("author"),
            Some("Lê Văn Khải và Trần Thu Trang")
        );
        assert_eq!(doc.text, format!("{para}\n\n{para2}\n\n{para3}"));
        // An occupation after a strict key, with the office after a dash;
        // the same line without the occupation.
        for credit in [
            "Tin, ảnh: Y sĩ Hà Thị Lụa – Trạm Y tế xã Phú Lâm",
            "Tin, ảnh: Hà Thị Lụa – Trạm Y tế xã Phú Lâm",
        ] {
            let doc = clean(&format!(
                "Nạo vét xong tuyến kênh tưới phía tây huyện\n05/11/2024 09:10\n\n\
                 {para}\n\n{para2}\n\n{credit}\n\n{tail}"
            ));
            assert_eq!(
                doc.metadata.get_str("author"),
                Some("Hà Thị Lụa"),
                "{credit}"
            );
            assert_eq!(doc.text, format!("{para}\n\n{para2}"), "{credit}");
        }
        // A body list item with a hotline in it, a titled speaker's line
        // and a note in brackets stay.
        let body = [
            "Khi cần hỗ trợ, bà con liên hệ:",
            "- Tổ thủy nông thôn Đông: 0912 480 331",
            "- Tổ thủy nông thôn Tây: 0912 480 332",
            "Kỹ sư Trần Thu Trang, cán bộ kỹ thuật của ban, cho biết:",
            "Mức nước sẽ được điều chỉnh theo lịch gieo cấy [lịch chi tiết ở cuối bài]",
        ]
        .join("\n");
        let doc = clean(&format!(
            "Nạo vét xong tuyến kênh tưới phía tây huyện\n05/11/2024 09:10\n\n\
             {para}\n\n{body}\n\n{para2}\n\n{para3}\n\n{tail}"
        ));
        assert_eq!(
            doc.text,
            format!(
                "{para}\n\n{}\n\n{para2}\n\n{para3}",
                body.replace('\n', "\n\n")
            )
        );
    }

    #[test]
    fn fourteenth_round_pages_of_other_sites() {
        let para =
            "Sáng 12/3, xưởng cơ khí của hợp tác xã đã chạy thử dây chuyền sấy nông sản mới lắp.";
        let para2 =
            "Dây chuyền sấy được 2,5 tấn sắn lát mỗi mẻ, nhanh gấp đôi lò sấy thủ công trước đây.";
        let para3 =
            "Hợp tác xã dự kiến nhận sấy thuê cho các hộ trong xã từ tháng tới với giá ưu đãi.";
        // A tabbed menu with a dashed item and a tabbed path above the
        // headline, an icon strip, a job advert in the middle, a writer
        // with two titles joined by a comma, and a site's operating notice
        // closing the page.
        let doc = clean(&format!(
            "HỢP TÁC XÃ CƠ KHÍ ĐỒNG TIẾN
             Trang chủ	Giới thiệu	Dịch vụ	Tin tức – Hoạt động	Liên hệ

             Chạy thử dây chuyền sấy nông sản của hợp tác xã
13/03/2025 08:40
             👁 412 · 💬 3 · 🔗 Sao chép liên kết

             {para}

{para2}

             TUYỂN DỤNG: 4 thợ điện công nghiệp, lương từ 10 triệu đồng/tháng, liên hệ văn phòng.

             {para3}

Đại úy, KS. Lò Văn Tình

             Trang tin nội bộ, hoạt động theo Quyết định số 19/QĐ-HTX ngày 2/1/2023 của hợp tác xã.
"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Chạy thử dây chuyền sấy nông sản của hợp tác xã")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2025-03-13T08:40"));
        assert_eq!(doc.metadata.get_str("author"), Some("Lò Văn Tình"));
        assert_eq!(
            doc.text,
            format!(
                "{para}

{para2}

{para3}"
            )
        );
        // A teacher's credit with the unit in brackets; the same key before
        // a sentence about a teacher is no credit.
        let doc = clean(&format!(
            "Chạy thử dây chuyền sấy nông sản của hợp tác xã
13/03/2025 08:40

             {para}

{para2}

Tin, ảnh: Cô giáo Hà Thị Lụa (Tổ Sinh học)
"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Hà Thị Lụa"));
        assert_eq!(
            doc.text,
            format!(
                "{para}

{para2}"
            )
        );
        let line = "Tin: Cô giáo Hà Thị Lụa cho biết lớp sẽ tham quan dây chuyền vào tuần sau.";
        let doc = clean(&format!(
            "Chạy thử dây chuyền sấy nông sản của hợp tác xã
13/03/2025 08:40

             {para}

{line}

{para2}
"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(
            doc.text,
            format!(
                "{para}

{line}

{para2}"
            )
        );
    }

    #[test]
    fn fifteenth_round_pages_of_other_sites() {
        let para =
            "Sáng 2/6, Hội Nông dân xã Yên Lạc ra mắt tổ hợp tác trồng nấm rơm với 18 hộ tham gia.";
        let para2 = "Mỗi hộ được hỗ trợ 5 triệu đồng mua giống và được tập huấn kỹ thuật ủ rơm trong hai ngày.";
        let para3 =
            "Tổ hợp tác dự kiến bán nấm cho các bếp ăn trường học trong huyện từ tháng Chín.";
        // A byline with pen names in capitals and an icon counter under the
        // headline; an ad slot's label over an offer that shouts; a bell
        // notice with a date; a retired officer signs with his post.
        let doc = clean(&format!(
            "Nông dân Yên Lạc lập tổ hợp tác trồng nấm rơm
02/06/2025 16:20 | Nhóm phóng viên: THANH MAI, ĐỨC HUY
👁 318

{para}

QUẢNG CÁO
Máy ép rơm mini chỉ từ 4.500.000 đ, giao tận nơi. Đặt ngay!

{para2}

🔔 Hội chợ nông sản: 7h30 ngày 14/6/2025 tại sân vận động xã – đăng ký gian hàng trước 10/6

{para3}

Thượng tá (hưu) Lê Văn Thao, Chủ tịch Hội Nông dân xã
"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("THANH MAI, ĐỨC HUY"));
        assert_eq!(
            doc.text,
            format!(
                "{para}

{para2}

{para3}"
            )
        );
        // Without blank lines, the shouting offer still closes its ad.
        let doc = clean(&format!(
            "Nông dân Yên Lạc lập tổ hợp tác trồng nấm rơm\n02/06/2025 16:20\n{para}\n\
             QUẢNG CÁO\nMáy ép rơm mini chỉ từ 4.500.000 đ, giao tận nơi. Đặt ngay!\n{para2}\n{para3}\n"
        ));
        assert_eq!(doc.text, format!("{para}\n\n{para2}\n\n{para3}"));
        // The retired officer's signature alone; a shouted sentence under
        // an ad label that offers nothing stays.
        let line = "Bà con nhớ mang theo sổ hộ khẩu khi đến nhận giống!";
        let doc = clean(&format!(
            "Nông dân Yên Lạc lập tổ hợp tác trồng nấm rơm
02/06/2025 16:20

{para}

{para2}
QUẢNG CÁO
{line}

{para3}

Thượng tá (hưu) Lê Văn Thao, Chủ tịch Hội Nông dân xã
"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lê Văn Thao"));
        assert_eq!(
            doc.text,
            format!(
                "{para}

{para2}

{line}

{para3}"
            )
        );
    }

    #[test]
    fn a_discount_under_an_ad_label_closes_the_ad_without_blank_lines() {
        let para =
            "Thư viện huyện mở thêm phòng đọc cho thiếu nhi, mở cửa cả sáng thứ Bảy và Chủ nhật.";
        let para2 =
            "Mỗi tháng thư viện nhận thêm khoảng 300 đầu sách mới do các nhà xuất bản tặng.";
        let page = |line: &str| {
            clean(&format!(
                "Thư viện huyện mở phòng đọc thiếu nhi\n03/07/2025 08:00\n{para}\nQUẢNG CÁO\n\
                 {line}\nSách mới về những gì?\n{para2}\n"
            ))
        };
        let doc = page("Cửa hàng văn phòng phẩm Hoa Mai giảm 25% vở học sinh đến hết tháng 8");
        assert_eq!(
            doc.text,
            format!("{para}\n\nSách mới về những gì?\n\n{para2}")
        );
        // A line that offers no discount stays.
        let line = "Phòng đọc có 40 chỗ ngồi và hai máy tính tra cứu";
        let doc = page(line);
        assert!(doc.text.contains(line), "{}", doc.text);
    }

    #[test]
    fn signatures_over_an_office_in_brackets_translated_or_after_ghi_chep_cua() {
        let para = "Trạm Khuyến ngư huyện mở lớp tập huấn nuôi cá lồng cho 40 hộ dân ven hồ trong ba ngày.";
        let para2 =
            "Mỗi hộ được cấp một bộ sổ tay kỹ thuật và được cán bộ trạm đến tận lồng hướng dẫn.";
        let page = |head: &str, tail: &str| {
            clean(&format!(
                "Nuôi cá lồng trên hồ thủy lợi
{head}

{para}

{para2}

{tail}
"
            ))
        };
        let cases = [
            // A name over its office, on the next line, no brackets.
            (
                "12/05/2025 07:45",
                "Hà Thị Ngọc Lan
Trạm Khuyến ngư huyện Thanh Sơn",
                "Hà Thị Ngọc Lan",
            ),
            (
                "12/05/2025 07:45",
                "Đỗ Minh Khoa
Chủ tịch Hội Nghề cá xã",
                "Đỗ Minh Khoa",
            ),
            // The desk's note that the piece is compiled, under the name.
            ("12/05/2025 07:45", "Vi Thị Duyên\nTổng hợp", "Vi Thị Duyên"),
            // The name alone in brackets.
            ("12/05/2025 07:45", "(Vi Văn Thắng)", "Vi Văn Thắng"),
            (
                "12/05/2025 07:45",
                "(Lò Thị Hoa - Cầm Bá Tùng)",
                "Lò Thị Hoa - Cầm Bá Tùng",
            ),
            // The writer's pen name, then the translator.
            (
                "12/05/2025 07:45",
                "MAI HIÊN
Lê Khả Tú (lược dịch)",
                "MAI HIÊN",
            ),
            (
                "12/05/2025 07:45",
                "Nông Thị Lụa
Phan Văn Cư (dịch)",
                "Nông Thị Lụa",
            ),
            // A translator alone signs.
            ("12/05/2025 07:45", "Phan Văn Cư (dịch)", "Phan Văn Cư"),
            // A credit `… của` writers, under the date.
            (
                "12/05/2025 07:45\nPhóng sự của Lý Văn Tài và Hoàng Mai",
                "",
                "Lý Văn Tài và Hoàng Mai",
            ),
            // Two writers with their occupations on the date line.
            (
                "Kỹ sư Lương Văn Đạt và hướng dẫn viên Mùa A Chứ · 12/05/2025 07:45",
                "",
                "Lương Văn Đạt và Mùa A Chứ",
            ),
        ];
        for (head, tail, author) in cases {
            let doc = page(head, tail);
            assert_eq!(doc.metadata.get_str("author"), Some(author), "{tail}{head}");
            assert_eq!(doc.text, format!("{para}\n\n{para2}"), "{tail}{head}");
        }
        // An office named in a sentence under a name, a place or a credit in
        // brackets, and a sentence `Ghi chép của …` are no signatures.
        for tail in [
            "Hà Thị Ngọc Lan\nTrạm Khuyến ngư huyện sẽ mở lớp tiếp theo vào tháng Chín.",
            "(Nguồn Internet)",
            "(Quảng Ninh)",
            "Ghi chép của Lý Văn Tài cho thấy cá lớn nhanh hơn năm trước.",
        ] {
            let doc = page("12/05/2025 07:45", tail);
            assert_eq!(doc.metadata.get_str("author"), None, "{tail}");
            assert!(
                doc.text.contains(tail.lines().last().unwrap()),
                "{tail}: {}",
                doc.text
            );
        }
    }

    #[test]
    fn signatures_glued_split_over_two_lines_or_joined_by_a_half_spaced_dash() {
        let para = "Đoàn kiểm tra đã làm việc với ban quản lý chợ đầu mối về việc sắp xếp lại các quầy hàng rau quả.";
        let para2 = "Ban quản lý cam kết hoàn thành việc sắp xếp trước ngày 30/6 và báo cáo kết quả cho thành phố.";
        let page = |tail: &str| {
            clean(&format!(
                "Chợ đầu mối sắp xếp lại quầy rau quả\n12/05/2025 07:45\n\n{para}\n\n{para2}\n\n{tail}\n"
            ))
        };
        let cases = [
            // A writer glued to the paper by the scrape.
            (
                "Theo Thu HằngNông Thôn Ngày Nay",
                Some("Thu Hằng"),
                Some("Nông Thôn Ngày Nay"),
            ),
            // The photographer in brackets beside the writer.
            ("Lê Na (Ảnh Quốc Tuấn)", Some("Lê Na"), None),
            // The post in brackets on the line under a titled name.
            (
                "TS. Hồ Văn Khánh\n(Phó Viện trưởng Viện Nghiên cứu Rau quả)",
                Some("Hồ Văn Khánh"),
                None,
            ),
            // Two writers, the dash spaced on one side only.
            ("Minh Thư- Lò Văn Sáng", Some("Minh Thư- Lò Văn Sáng"), None),
        ];
        for (tail, author, source) in cases {
            let doc = page(tail);
            assert_eq!(doc.metadata.get_str("author"), author, "{tail}");
            assert_eq!(doc.metadata.get_str("source"), source, "{tail}");
            assert_eq!(doc.text, format!("{para}\n\n{para2}"), "{tail}");
        }
        // A bracketed sentence under a quoted speaker is text, and so is a
        // paper named in a sentence.
        for tail in [
            "Ông Hồ Văn Khánh\n(Phó Viện trưởng cho biết sẽ kiểm tra lại vào tháng sau.)",
            "Theo Thu Hằng, chợ cần thêm hai bãi đỗ xe tải.",
        ] {
            let doc = page(tail);
            assert_eq!(doc.metadata.get_str("author"), None, "{tail}");
            assert!(
                doc.text.contains(tail.lines().last().unwrap()),
                "{tail}: {}",
                doc.text
            );
        }
    }

    #[test]
    fn a_closing_stamp_outranks_a_dated_line_in_the_text() {
        let lead = "Hai đội bước vào trận đấu quyết định ngôi đầu bảng với lực lượng mạnh nhất, theo ban huấn luyện.";
        let para =
            "Đội khách đã thắng bốn trận liên tiếp và chỉ để thủng lưới một bàn trong tháng qua.";
        // The match's time and ground after the lead is not the byline;
        // the page's closing stamp is its date, a glued credit split.
        let doc = clean(&format!(
            "Đại chiến ngôi đầu trên sân Hàng Đẫy\n{lead}\n\
             *19h15, 12/5/2024, sân Hàng Đẫy, vòng 9 V-League\n{para}\n\
             H.LinhTheo techRadar/5GZone\n12/05/2024 08:15\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2024-05-12T08:15"));
        assert_eq!(doc.metadata.get_str("author"), Some("H.Linh"));
        assert_eq!(doc.metadata.get_str("source"), Some("techRadar/5GZone"));
        // Without a closing stamp, a byline after the lead is still one.
        let doc = clean(&format!(
            "Đại chiến ngôi đầu trên sân Hàng Đẫy\n\n{lead}\n\n\
             Xuất bản 12/05/2024 · 6 phút đọc\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2024-05-12"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn closing_stamps_with_an_hour_mark() {
        let lead = "Tổ hợp tác nuôi ong ở xã Tân Lập thu hoạch vụ mật đầu năm với sản lượng cao hơn năm trước.";
        let para =
            "Mỗi thùng ong cho khoảng sáu lít mật, được hợp tác xã bao tiêu với giá ổn định.";
        // A page without a headline, closed by its stamp (`HHhMM`, `HHgMM`).
        for (stamp, date) in [
            ("03-02-2025 18h40", "2025-02-03T18:40"),
            ("7/3/2025 - 09g15", "2025-03-07T09:15"),
        ] {
            let doc = clean(&format!(
                "{lead}\n\n{para}\n\n{para}\n\n{para}\n\n{stamp}\n"
            ));
            assert_eq!(doc.metadata.get_str("published"), Some(date), "{stamp}");
        }
        // A deadline worded around the date is no stamp.
        let doc = clean(&format!(
            "{lead}\n\n{para}\n\n{para}\n\n{para}\n\nHạn đăng ký 03-02-2025 18h40\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), None);
    }

    #[test]
    fn readers_comments_under_the_article_go_as_a_block() {
        let lead = "Hợp tác xã rau sạch ở xã Đông Xuân vừa đưa vào dùng hệ thống tưới nhỏ giọt cho 12 héc-ta.";
        let para =
            "Nhờ tưới nhỏ giọt, lượng nước dùng giảm gần một nửa và rau ít sâu bệnh hơn trước.";
        let page =
            |tail: &str| format!("Rau sạch Đông Xuân tưới nhỏ giọt\n\n{lead}\n\n{para}\n\n{tail}");
        // Two comments chained, without a heading; one under a heading.
        for tail in [
            "Bùi Thanh Tâm – 20:15, 03/4/2025\nMô hình hay, xã tôi cũng nên làm.\nPhạm Lan · 06:40 4/4\nGiá bộ tưới bao nhiêu vậy?\n",
            "Góp ý của bạn đọc (1)\nĐinh Quốc Bảo (Sóc Sơn) - 21:02 03/04/2025\nRất thiết thực cho bà con.\n",
        ] {
            assert_eq!(
                clean(&page(tail)).text,
                format!("{lead}\n\n{para}"),
                "{tail}"
            );
        }
        // A dated line in the text with a sentence under it is no comment.
        let doc = clean(&page(
            "Hội nghị tổng kết – 08:00, 10/4/2025\nBà con được mời dự và góp ý cho vụ sau.\n",
        ));
        assert!(doc.text.has("Bà con được mời dự"));
    }

    #[test]
    fn ads_after_their_label_and_hashtags_of_several_words() {
        let lead = "Làng gốm Thanh Hà đón hơn hai nghìn khách trong ba ngày nghỉ lễ, phần lớn là học sinh.";
        let para = "Các lò gốm mở cửa cho khách tự nặn và nung sản phẩm của mình dưới sự hướng dẫn của nghệ nhân.";
        for noise in [
            "QUẢNG CÁO Xe đạp điện giảm 12% đến hết tháng 5 – Hotline 1900 5561",
            "Quảng cáo · Khách sạn ven sông đặt phòng trực tuyến, gọi 0235 3 912 640",
            "Quảng cáo  Tour thuyền đêm sông Hoài – đặt chỗ: 0235 3 900 112",
            "\tQuảng cáo\tMen gốm chính hãng cho lò nung nhỏ – giao tận nhà trong nội thành và các xã lân cận",
            "#làng gốm #Hội An #du lịch trải nghiệm",
        ] {
            let doc = clean(&format!(
                "Làng gốm đông khách\n\n{lead}\n\n{noise}\n\n{para}\n"
            ));
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{noise}");
        }
        // A sentence about advertising stays; so does one tag.
        for text in [
            "Quảng cáo sai sự thật về gốm cổ từng khiến khách phàn nàn, ông Nam nói.",
            "#HộiAn",
        ] {
            let doc = clean(&format!(
                "Làng gốm đông khách\n\n{lead}\n\n{text}\n\n{para}\n"
            ));
            assert!(doc.text.has(text), "{text}");
        }
    }

    #[test]
    fn disclaimers_saying_what_the_page_is_not_and_picture_notes() {
        let lead =
            "Giá thuê kho lạnh ở khu công nghiệp Tân Đức tăng khoảng 8% so với cùng kỳ năm trước.";
        let para =
            "Nhu cầu tăng chủ yếu từ các doanh nghiệp xuất khẩu thủy sản và trái cây trong vùng.";
        for noise in [
            "Nội dung trên mang tính tham khảo, không phải lời khuyên mua bán bất động sản.",
            "Lưu ý: Số liệu chỉ mang tính tham khảo, không phải khuyến nghị đầu tư.",
            "(Bấm vào ảnh để phóng to)",
            "(Ảnh chụp màn hình)",
        ] {
            let doc = clean(&format!(
                "Kho lạnh Tân Đức\n\n{lead}\n\n{noise}\n\n{para}\n"
            ));
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{noise}");
        }
        // A speaker's reservation stays.
        let said = "Theo ông Tâm, bảng giá này chỉ mang tính tham khảo, không phải lời cam kết, ông cho biết.";
        let doc = clean(&format!("Kho lạnh Tân Đức\n\n{lead}\n\n{said}\n\n{para}\n"));
        assert!(doc.text.has(said));
    }

    #[test]
    fn a_credit_after_a_dash_or_naming_a_long_office_under_its_caption() {
        let caption = "Đoàn viên thanh niên dọn rác ven kênh Xáng trong sáng Chủ nhật.";
        let lead =
            "Hơn 200 đoàn viên ở xã Long Điền vừa ra quân làm sạch gần năm cây số bờ kênh Xáng.";
        let para =
            "Rác được phân loại tại chỗ, phần nhựa được bán lấy tiền gây quỹ cho học sinh nghèo.";
        for credit in [
            "Ảnh – Đoàn Thanh niên xã Long Điền",
            "Ảnh: Cán bộ khuyến nông xã Long Điền",
        ] {
            let doc = clean(&format!("{lead}\n\n{caption}\n{credit}\n\n{para}\n"));
            assert_eq!(
                doc.text,
                format!("{lead}\n\n{caption}\n\n{para}"),
                "{credit}"
            );
        }
        // A dash after `Ảnh` in a sentence is text.
        let text = "Ảnh – ký ức của cả một thế hệ – được ông giữ cẩn thận trong tủ kính.";
        let doc = clean(&format!("{lead}\n\n{text}\n\n{para}\n"));
        assert!(doc.text.has(text));
    }

    #[test]
    fn picture_credits_in_brackets_for_illustrations_or_a_bare_name_in_capitals() {
        let lead = "Làng gốm Bát Tràng tất bật chuẩn bị hàng cho mùa lễ hội cuối năm.";
        let caption = "Thợ gốm nặn bình trên bàn xoay trong xưởng của gia đình.";
        let para = "Theo các hộ làm nghề, đơn hàng năm nay tăng khoảng một phần ba so với năm trước, chủ yếu là bình hoa và bộ ấm chén.";
        for credit in [
            "(Ảnh: Đặng Văn Khoa)",
            "Ảnh minh họa: Gốm & Đời Sống",
            "NGUYỄN THỊ LỤA",
        ] {
            let doc = clean(&format!("{lead}\n\n{caption}\n{credit}\n\n{para}\n"));
            assert_eq!(
                doc.text,
                format!("{lead}\n\n{caption}\n\n{para}"),
                "{credit}"
            );
            // The photographer is no writer.
            assert_eq!(doc.metadata.get_str("author"), None, "{credit}");
        }
        // A writer in capitals after the text signs it.
        let doc = clean(&format!(
            "Bát Tràng vào mùa\n\n{lead}\n\n{caption}\n\n{para}\nNGUYỄN THỊ LỤA\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("NGUYỄN THỊ LỤA"));
    }

    #[test]
    fn a_closing_stamp_past_the_teasers_outranks_an_update_under_the_text() {
        let a = "Đoàn bác sĩ người Việt tại Leipzig khám miễn phí cho hơn hai trăm bà con kiều bào trong ngày Chủ nhật vừa qua.";
        let b = "Ban tổ chức dự kiến mở thêm một đợt khám vào tháng 11 tại Dresden, bà con có thể đăng ký qua hội người Việt.";
        let doc = clean(&format!(
            "Khám bệnh miễn phí cho kiều bào\n\n{a}\n\n{b}\n\nLan Chi (CTV tại Đức)\n\nCập nhật: 16/09/2025 08:02\n\nTin cùng chuyên mục\n\
             Lớp tiếng Việt cho trẻ em khai giảng (12/09/2025)\nNgày hội việc làm cho sinh viên (10/09/2025)\n\n\
             Thứ Hai, 15/9/2025 21:10\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-09-15T21:10"));
        assert_eq!(doc.text, format!("{a}\n\n{b}"));
    }

    #[test]
    fn notes_under_a_byline_go_with_it() {
        let a = "Xã Phú Thuận vừa hoàn thành tuyến đê bao dài bốn cây số, bảo vệ hơn ba trăm héc-ta vườn cây ăn trái khỏi triều cường.";
        let b = "Người dân góp gần một nửa kinh phí, phần còn lại do ngân sách huyện hỗ trợ trong hai năm.";
        for note in [
            "Phóng viên thường trú tại Bến Tre",
            "lethuy.pv@baomientay.vn",
            "+ Theo dõi",
        ] {
            let doc = clean(&format!(
                "Đê bao mới ở Phú Thuận\n\nTác giả: Lê Thị Thủy\n{note}\n\n{a}\n\n{b}\n"
            ));
            assert_eq!(
                doc.metadata.get_str("author"),
                Some("Lê Thị Thủy"),
                "{note}"
            );
            assert_eq!(doc.text, format!("{a}\n\n{b}"), "{note}");
        }
        // Not a heading in capitals that opens the next part.
        assert!(!rules::is_bare_post("LỜI TÒA SOẠN"));
    }

    #[test]
    fn a_teaser_box_heading_inside_the_article_goes_with_its_items() {
        let a = "Bà bán mỗi bát hai mươi nghìn đồng, từ sáu giờ đến khoảng chín giờ sáng thì hết hàng, khách quen đến rất đông.";
        let b = "Người trong ngõ ăn bánh đúc nóng như ăn một món quà sáng, không vội, có người đứng ăn ngay bên gánh hàng.";
        let c = "Tôi thích nhất là lúc bà mở nắp nồi, hơi bột bốc lên, mờ cả cặp kính của ông khách đứng gần đó.";
        for (one, two) in [
            (
                "→ Phở cuốn, chuyện một món ăn tình cờ (02/11/2024)",
                "→ Mùa ổi găng cuối thu (26/10/2024)",
            ),
            (
                "○ Chợ quê ngày giáp Tết (05/01/2025)",
                "○ Gánh xôi sáng ở phố cũ (22/12/2024)",
            ),
        ] {
            let doc = clean(&format!(
                "Gánh bánh đúc đầu ngõ\n\n{a}\n\nCùng chuyên mục\n{one}\n{two}\n\n{b}\n\n{c}\n"
            ));
            assert_eq!(doc.text, [a, b, c].join("\n\n"), "{one}");
        }
    }

    #[test]
    fn the_publishers_long_line_opens_the_footer() {
        let lead = "Hội nông dân xã Tân Phước vừa mở lớp hướng dẫn bà con ủ phân hữu cơ từ rơm rạ và vỏ cà phê, thay phân hóa học.";
        let help = "Bà con cần tư vấn có thể đến trạm khuyến nông của xã. Địa chỉ: số 4 đường Lê Lợi, thôn Tân Phước, mở cửa giờ hành chính.";
        let publisher =
            "Trang tin Hội Nông dân Đồng Xanh. Địa chỉ: số 18 đường Hai Bà Trưng, TP Bảo Lộc.";
        let phone = "Điện thoại: 0263 3 864 112. Giấy phép số 15/GP-STTTT ngày 2/3/2024.";
        let doc = clean(&format!(
            "Nông dân Tân Phước học ủ phân hữu cơ\n\n{lead}\n\n{help}\n\nTừ khóa: phân hữu cơ, Tân Phước\n\n{publisher}\n\n{phone}\n"
        ));
        // The article's own address to readers stays; the publisher's goes.
        assert_eq!(doc.text, format!("{lead}\n\n{help}"));
    }

    #[test]
    fn a_titled_byline_over_the_text_is_no_headline() {
        let lead = "Mỗi sáng thứ bảy, nhóm tình nguyện của phường Phú Hội lại ra bờ sông nhặt rác và phát túi vải cho người đi chợ.";
        let para = "Sau ba tháng, lượng túi ni lông ở chợ sáng giảm rõ, tiểu thương cũng quen hỏi khách có mang túi riêng không.";
        let doc = clean(&format!("ThS. Trương Mỹ Duyên\n\n{lead}\n\n{para}\n"));
        assert_eq!(doc.metadata.get_str("title"), None);
        assert_eq!(doc.metadata.get_str("author"), Some("Trương Mỹ Duyên"));
        // A bare name over the text may be a profile's headline.
        let doc = clean(&format!("Trương Mỹ Duyên\n\n{lead}\n\n{para}\n"));
        assert_eq!(doc.metadata.get_str("title"), Some("Trương Mỹ Duyên"));
    }

    #[test]
    fn the_signature_wins_over_the_poster_who_uploaded_the_page() {
        let lead = "Hội phụ nữ xã vừa mở lớp dạy bơi miễn phí cho 60 em nhỏ, học vào sáng sớm ở hồ bơi của trường tiểu học.";
        let para = "Mỗi lớp có hai hội viên biết bơi đứng kèm, các em học đủ mười buổi sẽ được nhận giấy chứng nhận.";
        let page = |end: &str| {
            clean(&format!(
                "Dạy bơi miễn phí cho trẻ mùa hè\n02/06/2025\n\n{lead}\n\n{para}\n\n{end}\nTừ khóa: dạy bơi, trẻ em\n"
            ))
        };
        let doc = page("Thu Huyền\nNgười đăng: Đoàn Thị Kim Oanh");
        assert_eq!(doc.metadata.get_str("author"), Some("Thu Huyền"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // With nobody signing, the poster is the writer.
        let doc = page("Người đăng: Đoàn Thị Kim Oanh");
        assert_eq!(doc.metadata.get_str("author"), Some("Đoàn Thị Kim Oanh"));
    }

    #[test]
    fn a_compiled_story_signed_over_the_association_s_seat() {
        let lead = "Xã Bình Minh đang lấy ý kiến người dân về dự thảo quy hoạch chung đến năm 2045, kể cả bà con đang làm ăn xa quê.";
        let para = "Theo hồ sơ niêm yết, xã dành thêm khoảng 20 ha cho khu dân cư mới và mở rộng chợ trung tâm ra phía đường tỉnh.";
        let lead_in = "Xã đề nghị người dân góp ý vào các điểm sau:";
        let items = "+ vị trí bãi đỗ xe và nhà văn hóa mới;\n+ lộ trình nâng cấp đường ra bến cá.";
        let close = "Hội viên cần bản đồ khổ lớn có thể liên hệ thư ký ban liên lạc để được gửi bản in qua đường bưu điện.";
        let doc = clean(&format!(
            "Góp ý quy hoạch xã Bình Minh\nThứ Bảy, 07/06/2025 | 20:15\n\n{lead}\n\n{para}\n\n\
             Tin cùng chuyên mục:\n- Trao 30 suất học bổng cho học sinh vượt khó (18/05/2025)\n\
             - Đồng hương góp tiền làm đường xóm Đông (02/05/2025)\n\n\
             {lead_in}\n{items}\n\n{close}\n\n\
             Thảo Vy (tổng hợp từ Bản tin Bình Minh Quê Tôi)\n\n\
             Bình luận (1)\nLê Văn Tư – 08/06/2025 07:10: Xin bản điện tử của dự thảo ạ.\n\n\
             Ban liên lạc đồng hương xã Bình Minh tại Đà Nẵng – Trụ sở: quận Hải Châu (tạm thời)\n\
             Trang thông tin phi lợi nhuận. Điện thoại: 0905 112 334\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Thảo Vy"));
        assert_eq!(
            doc.metadata.get_str("source"),
            Some("Bản tin Bình Minh Quê Tôi")
        );
        assert_eq!(
            doc.text,
            [lead, para, lead_in, &items.replace('\n', "\n\n"), close].join("\n\n")
        );
    }

    #[test]
    fn a_forum_report_with_its_kind_number_and_place_signature() {
        let first = "Chào các bác, cuối tuần rồi mình đạp xe một mình từ Long Xuyên lên Châu Đốc, đi đường ven kênh cho mát.";
        let second = "Đường ven kênh phẳng, ít xe tải, chỉ có đoạn qua thị trấn Núi Sập là đông, các bác nhớ đi sớm cho đỡ nắng.";
        let doc = clean(&format!(
            "Diễn đàn Xe Đạp Miền Tây – Đạp và kể\n\
             Diễn đàn » Nhật ký đạp xe » An Giang\n\n\
             [Chia sẻ] Long Xuyên – Châu Đốc 60 km bằng xe đạp trong một ngày\n\
             Chủ đề trong 'Nhật ký đạp xe' bắt đầu bởi hoang_xedap · 812 lượt xem · 9 trả lời\n\n\
             #1\nhoang_xedap\nThành viên tích cực · Tham gia: 05/2021 · Bài viết: 230\n\
             Gửi lúc 20:10, Chủ nhật 09/11/2025\n\n{first}\n\n{second}\n\n\
             Trịnh Văn Hoàng – An Giang, tháng 11/2025\n___________\n\
             Chữ ký: \"Chậm mà chắc.\" – hoang_xedap\n\n\
             #2\nthu_an · 10/11/2025 07:05\nHay quá bác, đường đó có chỗ nghỉ trưa không?\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("[Chia sẻ] Long Xuyên – Châu Đốc 60 km bằng xe đạp trong một ngày")
        );
        assert_eq!(doc.metadata.get_str("author"), Some("Trịnh Văn Hoàng"));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-11-09T20:10"));
        assert_eq!(doc.text, format!("{first}\n\n{second}"));
        // The post's number after its date, a parent's nickname over the
        // writer's name, later posts numbered the same way.
        let doc = clean(&format!(
            "Diễn đàn Bố Mẹ Đất Cảng\n\n\
             Cho con đi học bơi ở bể nào gần Lạch Tray?\n\
             Thảo luận trong 'Con đi học' bắt đầu bởi botun_hp, 02/06/2025.\n\n\
             botun_hp\nThành viên mới · Tham gia: 01/04/2024 · Bài viết: 37\n\
             02/06/2025 lúc 21:05 · #1\n\n{first}\n\n{second}\n\n\
             — Bố Tũn (Đặng Quốc Việt, Hải An)\nThích · Trả lời · Báo cáo\n\n\
             me_na · 02/06/2025 lúc 21:40 · #2\nBể ở nhà văn hóa quận dạy kỹ lắm bố ạ.\n\n\
             Nội dung do thành viên đăng tải, diễn đàn không chịu trách nhiệm về tính chính xác.\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Đặng Quốc Việt"));
        assert_eq!(doc.text, format!("{first}\n\n{second}"));
    }

    #[test]
    fn a_feed_post_dated_by_its_last_stamp() {
        let lead = "Mỗi sáng Chủ nhật, nhóm cư dân hẻm 41 lại chèo xuồng vớt rác trên đoạn kênh chảy qua khu phố, từ 6 giờ đến gần 9 giờ.";
        let para = "Sau một năm, đoạn kênh đã sạch hơn hẳn, nhiều nhà bắt đầu trồng cây và đặt ghế đá dọc bờ.";
        let doc = clean(&format!(
            "{lead}\n{para}\nBài: Diệp Anh\nNguồn bài: Tạp chí Phố Xanh\n❤ 312  💬 18  ↗ Chia sẻ\n\
             Bình luận nổi bật: Thu Hà · 19/07/2025 — Nhóm có cần thêm người không ạ?\n\
             4 ngày trước · 18/07/2025 21:10\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-07-18T21:10"));
        assert_eq!(doc.metadata.get_str("author"), Some("Diệp Anh"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn student_writers_with_their_classes_under_the_headline() {
        let lead = "Nhóm năm bạn của câu lạc bộ tin học đã làm xong trò chơi ôn phép chia và mang tới cho học sinh lớp 4 chơi thử.";
        let para = "Các em được chơi hai buổi, rồi góp ý về màu sắc, âm thanh và độ khó của từng màn chơi.";
        for (byline, writers) in [
            (
                "Lục Minh Quân (lớp 10 Tin) và Đàm Thu Hiền (lớp 9A2)",
                "Lục Minh Quân và Đàm Thu Hiền",
            ),
            (
                "Viết bởi Lục Minh Quân (11A3) và Đàm Thu Hiền (9A2)",
                "Lục Minh Quân và Đàm Thu Hiền",
            ),
        ] {
            let doc = clean(&format!(
                "Trò chơi ôn phép chia của câu lạc bộ tin học\n{byline}\n\n{lead}\n\n{para}\n"
            ));
            assert_eq!(
                doc.metadata.get_str("title"),
                Some("Trò chơi ôn phép chia của câu lạc bộ tin học"),
                "{byline}"
            );
            assert_eq!(doc.metadata.get_str("author"), Some(writers), "{byline}");
            assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        }
    }

    #[test]
    fn the_article_resumes_after_a_teaser_box_at_its_first_unmarked_line() {
        let lead = "Sáng 3/6, hợp tác xã chè Tân Cương khai trương xưởng sao chè mới với bốn lò quay chạy bằng điện, thay cho lò củi cũ.";
        let para = "Ông Lê Văn Thái, giám đốc hợp tác xã, cho biết xưởng mới giúp giảm một nửa chi phí và giữ được màu nước chè đều hơn.";
        let heading = "Hỗ trợ xã viên bán hàng trực tuyến";
        let next = "Cùng với xưởng mới, hợp tác xã mở lớp hướng dẫn xã viên chụp ảnh sản phẩm, mở gian hàng và trả lời khách trên các sàn thương mại điện tử.";
        let last = "Hợp tác xã đặt mục tiêu năm nay bán qua mạng khoảng một phần ba sản lượng chè khô, gấp đôi so với năm ngoái, ông Thái cho biết thêm.";
        let doc = clean(&format!(
            "Chè Tân Cương có xưởng sao mới\n\n{lead}\n\n{para}\n\nTin cùng chuyên mục\n\n\
             ◆ Giá chè búp tươi tăng nhẹ đầu vụ (28/05/2025)\n\n\
             ◆ Làng nghề chè đón đoàn khách quốc tế (21/05/2025)\n\n\
             {heading}\n\n{next}\n\n{last}\n"
        ));
        assert_eq!(doc.text, [lead, para, heading, next, last].join("\n\n"));
        // A short paragraph and a question heading before them.
        let short = "Xưởng cũ sẽ được giữ lại làm nơi sao chè thủ công cho du khách xem.";
        let question = "Bán chè qua mạng có khó không?";
        let doc = clean(&format!(
            "Chè Tân Cương có xưởng sao mới\n\n{lead}\n\n{para}\n\nTin cùng chuyên mục\n\n\
             ◆ Giá chè búp tươi tăng nhẹ đầu vụ (28/05/2025)\n\n\
             ◆ Làng nghề chè đón đoàn khách quốc tế (21/05/2025)\n\n\
             {short}\n\n{question}\n\n{next}\n\n{last}\n"
        ));
        assert_eq!(
            doc.text,
            [lead, para, short, question, next, last].join("\n\n")
        );
        // A paragraph that ends on its deadline, a speaker and the quote,
        // then the signature.
        let deadline = "Hồ sơ xin hỗ trợ gồm đơn theo mẫu và bản sao giấy tờ đất, nộp tại trụ sở hợp tác xã đến hết ngày 15/07/2025.";
        let speaker = "Ông Thái cho biết:";
        let quote =
            "\"Chúng tôi mong bà con mạnh dạn thử, ai chưa quen sẽ có cán bộ kèm tận vườn.\"";
        let member = "Chị Hà Thị Mai, xã viên ở xóm Nam Đồng, nói năm ngoái chị phải nhờ con cháu bán hộ trên mạng, năm nay chị muốn tự làm được.";
        let doc = clean(&format!(
            "Chè Tân Cương có xưởng sao mới\n\n{lead}\n\n{para}\n\nTin cùng chuyên mục\n\n\
             ◆ Giá chè búp tươi tăng nhẹ đầu vụ (28/05/2025)\n\n\
             ◆ Làng nghề chè đón đoàn khách quốc tế (21/05/2025)\n\n\
             {deadline}\n\n{speaker}\n{quote}\n\n{member}\n\n{last}\n\nMinh Khôi\n"
        ));
        assert_eq!(
            doc.text,
            [lead, para, deadline, speaker, quote, member, last].join("\n\n")
        );
    }

    #[test]
    fn a_writer_and_a_paper_with_an_ampersand_over_the_thread() {
        let lead = "Thành phố vừa đưa vào hoạt động thêm 8 trạm sạc nhanh cho ô tô điện ở các bãi đỗ xe công cộng ven biển.";
        let para = "Đơn vị vận hành cho biết đến cuối năm sẽ lắp thêm 6 trạm ở các khu du lịch và bến xe liên tỉnh.";
        let doc = clean(&format!(
            "Thêm 8 trạm sạc nhanh ven biển\n12/08/2025\n\n{lead}\n\n{para}\n\n\
             Theo Đinh Gia Bảo/Tạp chí Sạc & Lái\n\nThẻ: #trạm sạc #xe điện\nBình luận (2)\n\
             taixe_vt · 13/08/2025 08:02: Trạm có cổng cho xe máy điện không?\n\n\
             Cộng đồng Xe Điện Biển – diễn đàn phi lợi nhuận.\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Đinh Gia Bảo"));
        assert_eq!(doc.metadata.get_str("source"), Some("Tạp chí Sạc & Lái"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_source_credit_framed_in_square_brackets() {
        let lead = "Hợp tác xã mía Đá Bạc thu hoạch xong 120 ha mía sớm, giá bán cao hơn năm trước khoảng 8%.";
        let para = "Theo ban quản trị, năm sau hợp tác xã sẽ mở rộng thêm 30 ha mía giống mới ở hai thôn ven suối.";
        let doc = clean(&format!(
            "Mía Đá Bạc vào vụ\n\n{lead}\n\n{para}\n\n[Nguồn: Bản tin Nông hội Đá Bạc]\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert_eq!(
            doc.metadata.get_str("source"),
            Some("Bản tin Nông hội Đá Bạc")
        );
    }

    #[test]
    fn credits_of_pictures_and_translators_on_lines_of_their_own() {
        let lead = "Phiên chợ vùng cao ở xã Pả Vi họp từ tờ mờ sáng, hơn 200 gian hàng bày thổ cẩm, rau rừng và gia súc.";
        let caption = "Người Mông dắt ngựa xuống chợ phiên.";
        let para = "Theo ban quản lý chợ, lượng khách du lịch năm nay tăng gần gấp đôi, nhiều nhất vào ngày Chủ nhật đầu tháng.";
        for credit in [
            "Ảnh: cộng tác viên Hầu Mí Lử",
            "Ảnh: Giàng Thị Dung (Mèo Vạc Studio)",
            "Ảnh do Đồn Biên phòng Pả Vi cung cấp",
            "(Ảnh: nhân vật cung cấp)",
            "Phiên dịch: Vừ Thị Mai",
            "Dịch: Sùng A Páo",
        ] {
            let doc = clean(&format!("{lead}\n\n{caption}\n{credit}\n\n{para}\n"));
            assert_eq!(
                doc.text,
                format!("{lead}\n\n{caption}\n\n{para}"),
                "{credit}"
            );
            assert_eq!(doc.metadata.get_str("author"), None, "{credit}");
        }
        // A sentence about a picture, a picture's subject as a fact.
        for line in [
            "Ảnh do Đồn Biên phòng cung cấp cho thấy đoạn đường bị sạt lở nặng sau mưa lớn.",
            "Ảnh: Người Mông dắt ngựa xuống chợ",
        ] {
            let doc = clean(&format!("{lead}\n\n{line}\n\n{para}\n"));
            assert!(doc.text.contains(line), "{line}");
        }
    }

    #[test]
    fn an_ask_the_expert_box_is_a_thread() {
        let lead = "Phòng khám thú y xã Hòa Phú tiêm phòng dại miễn phí cho hơn 600 con chó, mèo trong tuần đầu tháng Tư.";
        let para = "Theo trạm thú y, người nuôi nên tiêm nhắc lại mỗi năm một lần và giữ giấy chứng nhận để xuất trình khi cần.";
        let boxed = format!(
            "Tiêm phòng dại ở Hòa Phú\n\n{lead}\n\n{para}\n\nHỏi bác sĩ thú y\nTrà My · 3 giờ trước\nChó nhà em mới 2 tháng tuổi đã tiêm được chưa ạ?\nBác sĩ Hòa Phú · 1 giờ trước\nChào bạn, chó từ 3 tháng tuổi mới nên tiêm mũi đầu.\n"
        );
        let doc = clean(&boxed);
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // A subheading of the article that asks, with text under it.
        let sub = "Hỏi đáp về lịch tiêm";
        let line = "Lịch tiêm mũi nhắc lại được dán ở nhà văn hóa của từng thôn trong xã.";
        let doc = clean(&format!(
            "Tiêm phòng dại ở Hòa Phú\n\n{lead}\n\n{sub}\n\n{line}\n\n{para}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{sub}\n\n{line}\n\n{para}"));
    }

    #[test]
    fn an_offer_in_sentences_under_an_ad_label_calls_to_act_now() {
        let lead = "Quỹ tín dụng xã Tân Phú cho 120 hộ nuôi tôm vay vốn cải tạo ao với lãi suất thấp hơn năm trước.";
        let quote =
            "Ông Lê Văn Lực, Giám đốc quỹ, cho biết hộ vay được trả gốc sau mỗi vụ thu hoạch.";
        for offer in [
            "Mở thẻ tín dụng hôm nay – nhận ngay 100.000 đồng. Áp dụng đến 30/6/2025.",
            "Tải ứng dụng Ví Sen, liên hệ ngay để được hướng dẫn. Số lượng có hạn.",
        ] {
            let doc = clean(&format!(
                "Vay vốn nuôi tôm\n{lead}\n━━ QUẢNG CÁO ━━\n{offer}\n{quote}\n"
            ));
            assert_eq!(doc.text, format!("{lead}\n\n{quote}"), "{offer}");
        }
        // The article's sentence under the label, no call to the reader.
        let text = "Năm nay quỹ dành gói ưu đãi 20 tỷ đồng cho hộ nuôi tôm theo quy trình sạch.";
        let doc = clean(&format!(
            "Vay vốn nuôi tôm\n{lead}\n━━ QUẢNG CÁO ━━\n{text}\n{quote}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{text}\n\n{quote}"));
    }

    #[test]
    fn a_heading_in_capitals_over_nothing_but_ads() {
        let lead = "Nhà thuốc xã Ea Tu mở điểm tư vấn dinh dưỡng miễn phí cho người cao tuổi vào sáng thứ Bảy hằng tuần.";
        let para = "Theo dược sĩ phụ trách, mỗi buổi có khoảng 40 người đến đo huyết áp, cân nặng và được hướng dẫn chế độ ăn.";
        let ads = "GIÁ TỐT TUẦN NÀY\nSữa bột Lúa Non 900g — 420.000đ (giá cũ 480.000đ) [Mua ngay]\nMáy đo huyết áp Tâm An — 550.000đ, giảm 15% [Mua ngay]";
        let doc = clean(&format!(
            "Tư vấn dinh dưỡng ở Ea Tu\n\n{lead}\n\n{ads}\n\n{para}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // A subheading in capitals over the text stays.
        let sub = "NGƯỜI CAO TUỔI CẦN GÌ";
        let doc = clean(&format!(
            "Tư vấn dinh dưỡng ở Ea Tu\n\n{lead}\n\n{sub}\n{para}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{sub}\n\n{para}"));
    }

    #[test]
    fn a_poster_named_in_a_closing_stamp() {
        let lead = "Đội bóng chuyền nữ của xã Tân Lập giành chức vô địch giải phong trào toàn huyện sau năm trận thắng liên tiếp.";
        let para = "Huấn luyện viên cho biết cả đội chỉ tập vào buổi tối sau giờ làm đồng, mỗi tuần ba buổi trên sân của nhà văn hóa.";
        let doc = clean(&format!(
            "Bóng chuyền nữ Tân Lập vô địch\n\n12/05/2025 20:10\n\n{lead}\n\n{para}\n\nHoa Gạo đăng lúc 20:10 ngày 12/05/2025\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Hoa Gạo"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_writer_signing_at_the_end_of_the_last_paragraph() {
        let lead = "Làng gốm Bình Đức mở lại lò nung củi sau ba năm tạm nghỉ, đón các đoàn học sinh tới học nặn gốm.";
        let last = "Theo các nghệ nhân, mỗi mẻ gốm cần nung liên tục hai ngày hai đêm, nên lò chỉ đỏ lửa vào dịp cuối tuần.";
        for (sign, name) in [
            ("(Mây Chiều)", "Mây Chiều"),
            (
                "Thượng úy HOÀNG KHẢI MINH (Công an xã Bình Đức)",
                "HOÀNG KHẢI MINH",
            ),
            ("(Lục Thị Nga - Mạc Văn Sơn)", "Lục Thị Nga - Mạc Văn Sơn"),
        ] {
            let end = format!("{last} {sign}");
            let doc = clean(&format!(
                "Lò gốm Bình Đức đỏ lửa trở lại\n\n15/06/2025 07:30\n\n{lead}\n\n{end}\n"
            ));
            assert_eq!(doc.metadata.get_str("author"), Some(name), "{sign}");
            // The paragraph stays as written.
            assert_eq!(doc.text, format!("{lead}\n\n{end}"));
        }
        // A place, a picture's note, a note with figures: no writer.
        for sign in ["(Bình Thuận)", "(Ảnh minh họa)", "(Kỳ 2)"] {
            let doc = clean(&format!(
                "Lò gốm Bình Đức đỏ lửa trở lại\n\n15/06/2025 07:30\n\n{lead}\n\n{last} {sign}\n"
            ));
            assert_eq!(doc.metadata.get_str("author"), None, "{sign}");
        }
    }

    #[test]
    fn an_author_box_names_the_writer_and_is_furniture() {
        let lead = "Câu lạc bộ đờn ca tài tử ấp Mỹ Hòa mở lớp dạy đàn kìm miễn phí cho thiếu nhi vào các tối thứ Bảy.";
        let last = "Người thầy già bảo chỉ cần các em giữ được một bài vọng cổ là câu lạc bộ đã mừng lắm rồi.";
        for (boxed, name) in [
            (
                "VỀ TÁC GIẢ\nGió Chướng – người viết về miệt vườn, sống ở Cái Bè",
                "Gió Chướng",
            ),
            (
                "╭── VỀ NGƯỜI VIẾT ──╮\n┃ ThS. NGÔ BẢO KHUÊ (Học viện Âm nhạc Phương Nam)\n┃ Nghiên cứu đờn ca tài tử Nam Bộ.\n╰───────────╯",
                "NGÔ BẢO KHUÊ",
            ),
        ] {
            let doc = clean(&format!(
                "Lớp đàn kìm cho thiếu nhi ấp Mỹ Hòa\n\n02/08/2025 19:00\n\n{lead}\n\n{last}\n\n{boxed}\n"
            ));
            assert_eq!(doc.metadata.get_str("author"), Some(name), "{boxed}");
            assert_eq!(doc.text, format!("{lead}\n\n{last}"), "{boxed}");
        }
        // A subheading that only talks about a writer is no box.
        let doc = clean(&format!(
            "Lớp đàn kìm cho thiếu nhi ấp Mỹ Hòa\n\n02/08/2025 19:00\n\n{lead}\n\nVề tác giả bài vọng cổ\n\n{last}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
    }

    #[test]
    fn a_pen_name_in_capitals_over_its_office() {
        let lead = "Trạm Khuyến nông Đắk Mil phát miễn phí 3.000 cây cà phê ghép cho các hộ có vườn già cỗi trên 20 năm.";
        let last = "Các hộ nhận cây sẽ được cán bộ trạm hướng dẫn cách cưa đốn, ghép chồi và bón phân trong hai năm đầu.";
        let doc = clean(&format!(
            "Đắk Mil phát cây cà phê ghép\n\n21/09/2025 10:15\n\n{lead}\n\n{last}\n\nSƯƠNG MAI\n(Trạm Khuyến nông Đắk Mil)\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("SƯƠNG MAI"));
        assert_eq!(doc.text, format!("{lead}\n\n{last}"));
    }

    #[test]
    fn the_closing_stamp_under_paragraphs_a_box_sent_to_the_tail() {
        // Invented: a literacy class; a page that starts with the lead, a
        // box in the text, a desk's signature and a stamp in words below.
        let page = |stamp: &str| {
            format!(
                "Mỗi tối thứ Ba và thứ Năm, 22 phụ nữ bản Nậm Càng đến nhà văn hóa học đọc, học viết dưới ánh đèn năng lượng mặt trời.\n\n\
                 Cô giáo Lý Thị Mai, người dạy lớp từ tháng 3, nói:\n\
                 \"Nhiều chị đã tự đọc được tờ hướng dẫn tiêm phòng cho con, việc mà trước đây phải nhờ người khác.\"\n\n\
                 Đọc nhiều trong tuần\n\
                 • Sìn Hồ khai giảng 4 lớp xóa mù chữ mới (21/09/2025)\n\
                 • Phong Thổ tặng sách cho thư viện bản (12/09/2025)\n\n\
                 Cuối khóa, 19 học viên đạt chuẩn biết chữ mức độ 1, hai chị đã đăng ký học tiếp lớp mức độ 2 trong mùa khô tới.\n\n\
                 Nhóm phóng viên Ban Văn hóa\n{stamp}\n"
            )
        };
        let doc = clean(&page("Thứ Bảy, ngày 4 tháng 10 năm 2025"));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-10-04"));
        // A teaser's line with its date is no stamp.
        let doc = clean(&page("• Mường Tè mở lớp học chữ Hà Nhì (02/09/2025)"));
        assert_eq!(doc.metadata.get_str("published"), None);
    }

    #[test]
    fn the_writers_office_under_the_name_keeps_the_byline_below_the_headline() {
        // Invented: a legal Q&A page; the site's banner above, the
        // lawyer's bar association in brackets between name and date.
        let body = "Bạn đọc Mai Văn Cường (Kiến Xương) hỏi: Gia đình tôi khai hoang 1.200 m² ruộng ven đê từ năm 1991, sử dụng liên tục nhưng chưa có giấy tờ gì, nay có được cấp sổ không?\n\nTrả lời: Đất sử dụng ổn định từ trước ngày 15/10/1993, không tranh chấp và phù hợp quy hoạch thì được xem xét cấp giấy chứng nhận theo Luật Đất đai.";
        let title =
            "Ruộng khai hoang trước năm 1993, chưa có sổ: có được cấp giấy chứng nhận không?";
        let doc = clean(&format!(
            "VƯỜN LUẬT NÔNG THÔN – Giải đáp miễn phí cho bà con\nTrang chủ / Hỏi đáp / Đất nông nghiệp\n\n{title}\nLuật sư Tạ Quang Vinh\n(Đoàn Luật sư tỉnh Thái Bình)\nTrả lời lúc 8:05 SA, 12/02/2025\n\n{body}\n"
        ));
        assert_eq!(doc.metadata.get_str("title"), Some(title));
        assert_eq!(doc.metadata.get_str("author"), Some("Tạ Quang Vinh"));
        assert_eq!(doc.text, body);
        // The office without brackets, under the date and the name.
        let doc = clean(&format!(
            "{title}\nThứ Tư, 12/02/2025, 08:05\nThS. Tạ Quang Vinh\nPhòng Tư vấn pháp luật – Hội Luật gia tỉnh Thái Bình\n\n{body}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Tạ Quang Vinh"));
        assert_eq!(doc.text, body);
    }

    #[test]
    fn a_meta_row_names_the_source_beside_the_writer() {
        // Invented: a salinity sensor in Sóc Trăng; one row of keyed
        // fields under the text.
        let body = "Mười hai trạm cảm biến đo độ mặn đặt dọc sông Nhu Gia đã gửi số liệu về điện thoại của 900 hộ trồng lúa.\n\nKhi độ mặn vượt 2 phần nghìn, hệ thống nhắn tin để bà con đóng cống, ngừng lấy nước vào ruộng.";
        let doc = clean(&format!(
            "Cảm biến báo mặn cho ruộng lúa\n11/03/2025 08:20\n\n{body}\n\nTác giả: Kha Văn Lợi – Nguồn tin: Bản tin Nông nghiệp Sóc Trăng – Người đăng: bt_admin\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Kha Văn Lợi"));
        assert_eq!(
            doc.metadata.get_str("source"),
            Some("Bản tin Nông nghiệp Sóc Trăng")
        );
        assert_eq!(doc.text, body);
        // A row without a source field names none.
        assert_eq!(
            rules::row_source("Tác giả: Kha Văn Lợi – Người đăng: bt_admin"),
            None
        );
        // Fields set apart by a spaced hyphen.
        assert_eq!(
            rules::row_source("Tác giả: Kha Văn Lợi - Nguồn: Báo Đất Phèn").as_deref(),
            Some("Báo Đất Phèn")
        );
    }

    #[test]
    fn an_agency_code_after_the_signature_is_the_source_unless_it_is_the_site() {
        let body = "Mưa lớn kéo dài từ đêm qua khiến nước suối Nậm Thi dâng cao, ba hộ ở thôn Cốc Sâm phải di dời đồ đạc lên nhà văn hóa.\n\nLực lượng biên phòng và dân quân đã có mặt từ sáng để giúp bà con chằng chống nhà cửa.";
        let page = |masthead: &str| {
            clean(&format!(
                "{masthead}\n\nNước suối dâng cao ở Cốc Sâm\n\n{body}\n\nHồng Nhung (VNA)\n\n© 2025 Đài Bản Làng\n"
            ))
        };
        let doc = page("ĐÀI BẢN LÀNG");
        assert_eq!(doc.metadata.get_str("author"), Some("Hồng Nhung"));
        assert_eq!(doc.metadata.get_str("source"), Some("VNA"));
        assert_eq!(doc.text, body);
        // The site's own code names no source.
        let doc = page("VNA – TIN VÙNG CAO");
        assert_eq!(doc.metadata.get_str("author"), Some("Hồng Nhung"));
        assert_eq!(doc.metadata.get_str("source"), None);
    }

    #[test]
    fn a_quoted_warning_about_apps_is_the_storys() {
        let lead = "Công an huyện Đô Lương cảnh báo thủ đoạn gọi điện giả danh cán bộ để dụ người dân cài ứng dụng dịch vụ công giả mạo.";
        let quote = "\"Công an không bao giờ gọi điện yêu cầu người dân cài ứng dụng hay đọc mã OTP qua điện thoại.\"";
        let doc = clean(&format!("Cảnh báo ứng dụng giả mạo\n\n{lead}\n\n{quote}\n"));
        assert_eq!(doc.text, format!("{lead}\n\n{quote}"));
    }

    #[test]
    fn a_writer_signing_beside_an_e_mail_address() {
        // Invented: a legal answer about a shared rice field; the lawyer
        // signs with an address under the answer.
        let body = "Theo quy định, thửa ruộng hai vợ chồng cùng đứng tên là tài sản chung, việc chia phải có thỏa thuận bằng văn bản của cả hai người.\n\nNếu không thỏa thuận được, chị có thể đề nghị Tòa án nhân dân huyện giải quyết theo thủ tục chia tài sản chung.";
        for (sign, want) in [
            (
                "Luật sư Khổng Minh Đạt – dat.km@luatanbinh.vn",
                Some("Khổng Minh Đạt"),
            ),
            ("Liên hệ: Khổng Minh Đạt – dat.km@luatanbinh.vn", None),
        ] {
            let doc = clean(&format!(
                "Chia ruộng khi vợ chồng không thống nhất\n20/05/2025 09:00\n\n{body}\n\n{sign}\n\nNội dung trên chỉ mang tính tham khảo.\n"
            ));
            assert_eq!(doc.metadata.get_str("author"), want, "{sign}");
            assert_eq!(doc.text, body, "{sign}");
        }
    }

    #[test]
    fn a_writer_beside_an_e_mail_address_under_the_headline() {
        let body = "Theo quy định, thửa ruộng hai vợ chồng cùng đứng tên là tài sản chung, việc chia phải có thỏa thuận bằng văn bản của cả hai người.";
        let doc = clean(&format!(
            "Chia ruộng khi vợ chồng không thống nhất\n20/05/2025 09:00\nBS. Khổng Thị Yên | Email: yen.kt@bvanbinh.vn\n\n{body}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Khổng Thị Yên"));
        assert_eq!(doc.text, body);
    }

    #[test]
    fn an_office_signing_the_text_names_no_writer() {
        // Invented: a commune's party cell meeting, signed by an office
        // under the date or under the text.
        let body = "Chi bộ thôn Đồng Hòa tổ chức sinh hoạt chuyên đề về giữ gìn vệ sinh môi trường, với 34 đảng viên tham dự.\n\nCuối buổi, chi bộ giao mỗi đảng viên phụ trách vận động năm hộ dân phân loại rác tại nguồn.";
        for page in [
            format!(
                "Sinh hoạt chi bộ về môi trường\n02/12/2025 16:05\nBan Tuyên giáo Huyện ủy Kim Bảng\n\n{body}\n"
            ),
            format!(
                "Sinh hoạt chi bộ về môi trường\n02/12/2025 16:05\n\n{body}\n\nPhòng Văn hóa và Thông tin huyện Kim Bảng\n"
            ),
        ] {
            let doc = clean(&page);
            assert_eq!(doc.metadata.get_str("author"), None);
            assert_eq!(doc.text, body);
        }
        // A list's last item after its lead-in stays the text's.
        let list = "Các đơn vị phối hợp:\nHội Nông dân xã\nPhòng Tài nguyên và Môi trường huyện";
        let doc = clean(&format!(
            "Sinh hoạt chi bộ về môi trường\n02/12/2025 16:05\n\n{body}\n\n{list}\n"
        ));
        assert_eq!(
            doc.text,
            format!("{body}\n\n{}", list.replace('\n', "\n\n"))
        );
    }

    #[test]
    fn pen_names_in_capitals_with_their_post_above_the_page_furniture() {
        // Invented: an orchid show; the signature in capitals sits right
        // above the share line and the related links.
        let body = "Hội Sinh vật cảnh phường Đông Hòa trưng bày 300 chậu lan rừng do các hội viên tự nhân giống trong ba năm qua.\n\nBan tổ chức dự kiến đưa triển lãm thành hoạt động thường niên vào dịp đầu xuân.";
        let tail = "Chia sẻ: Facebook | Zalo | In bài\nTIN LIÊN QUAN\n» Lan đột biến hút khách (10/11/2025)\n» Mùa mai vàng sớm (08/11/2025)";
        for (sign, want) in [
            ("SÔNG THU (CTV)", Some("SÔNG THU")),
            (
                "LÝ KHẢ NHI và TRIỆU ĐÔNG (PV)",
                Some("LÝ KHẢ NHI và TRIỆU ĐÔNG"),
            ),
            ("TẠP CHÍ HOA CẢNH (BẢN ĐIỆN TỬ)", None),
        ] {
            let doc = clean(&format!(
                "Triển lãm lan rừng ở Đông Hòa\n14/11/2025 09:15\n\n{body}\n\n{sign}\n{tail}\n"
            ));
            assert_eq!(doc.metadata.get_str("author"), want, "{sign}");
            assert_eq!(doc.text, body, "{sign}");
        }
    }

    #[test]
    fn credits_joined_by_slashes_name_the_writer() {
        // Invented: a free swimming class; the credits row reads like a
        // path of `/`-joined items.
        let body = "Trung tâm Văn hóa huyện Tiên Lữ mở ba lớp dạy bơi miễn phí cho 120 học sinh tiểu học trong tháng 6.\n\nMỗi lớp học mười buổi ở bể bơi di động đặt trong sân nhà văn hóa xã, có hai huấn luyện viên và một nhân viên y tế trực.";
        let doc = clean(&format!(
            "Lớp bơi miễn phí ở Tiên Lữ\n05/06/2025 16:30\n\n{body}\n\nPhóng viên: Đàm Thu Trang / Quay phim: Lã Văn Hùng / Biên tập: Tống Mai\n\nChia sẻ | Sao chép liên kết\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Đàm Thu Trang"));
        assert_eq!(doc.text, body);
        // A path of sections names no one.
        let doc = clean(&format!(
            "Lớp bơi miễn phí ở Tiên Lữ\nTrang chủ / Giáo dục / Hưng Yên\n05/06/2025 16:30\n\n{body}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
    }

    #[test]
    fn a_writer_noting_ghi_under_an_interviews_short_last_turn() {
        // Invented: a rattan cooperative; the interview ends on a short
        // thanks, the writer signs with `ghi` below it.
        let paras = [
            "Hợp tác xã mây tre Phú Vinh năm nay xuất khẩu 40.000 sản phẩm sang Nhật Bản, gấp rưỡi năm trước.",
            "PV: Bà giữ chân thợ trẻ bằng cách nào?",
            "Bà Kiều Thị Nhàn: Chúng tôi trả lương theo sản phẩm nhưng có mức sàn, để các cháu yên tâm theo nghề lâu dài. Ai đan đẹp thì được dạy mẫu mới trước.",
            "PV: Xin cảm ơn bà!",
        ];
        let page = |sign: &str| {
            format!(
                "Giữ thợ trẻ cho làng mây tre\n14/10/2025 10:00\n\n{}\n\n{sign}\n\nChia sẻ | In bài\n",
                paras.join("\n\n")
            )
        };
        let doc = clean(&page("HẠ MY ghi"));
        assert_eq!(doc.metadata.get_str("author"), Some("HẠ MY"));
        assert_eq!(doc.text, paras.join("\n\n"));
        // Words that are no name before `ghi` stay the text's.
        let doc = clean(&page("Mọi người cùng ghi"));
        assert_eq!(doc.metadata.get_str("author"), None);
    }

    #[test]
    fn the_print_issue_a_story_appeared_in_names_its_source() {
        // Invented: a silk village's newsletter; the print note also reads
        // as a jump line to the print edition.
        let body = "Làng lụa Vạn Phúc dệt lại mẫu the hoa chanh sau ba mươi năm vắng bóng, nhờ một khung dệt cũ còn giữ được.\n\nCác nghệ nhân dự kiến bán những tấm the đầu tiên vào dịp lễ hội làng tháng Năm tới.";
        let doc = clean(&format!(
            "The hoa chanh trở lại\n12/03/2025 07:00\n\n{body}\n\n(Bài đăng trên Nội san Làng lụa Vạn Phúc số 3/2025)\n"
        ));
        assert_eq!(
            doc.metadata.get_str("source"),
            Some("Nội san Làng lụa Vạn Phúc")
        );
        assert_eq!(doc.text, body);
    }

    #[test]
    fn a_writer_signing_under_paragraphs_a_box_sent_to_the_tail() {
        // Invented: a literacy class in a Lai Châu village. A related box
        // sits inside the text; two paragraphs and the signature follow.
        let page = |sign: &str, above: &str| {
            format!(
                "Lớp học xóa mù chữ ở bản Nậm Càng\nNgày 03.10.2025 lúc 19g30\n\
                 Mỗi tối thứ Ba và thứ Năm, 22 phụ nữ bản Nậm Càng đến nhà văn hóa học đọc, học viết dưới ánh đèn năng lượng mặt trời.\n\n\
                 Cô giáo Lý Thị Mai, người dạy lớp từ tháng 3, nói:\n\
                 \"Nhiều chị đã tự đọc được tờ hướng dẫn tiêm phòng cho con, việc mà trước đây phải nhờ người khác.\"\n\n\
                 Tin cùng chuyên mục:\n\
                 · Sìn Hồ khai giảng 4 lớp xóa mù chữ mới (21/09/2025)\n\
                 · Phong Thổ tặng sách cho thư viện bản (12/09/2025)\n\n\
                 Cuối khóa, 19 học viên đạt chuẩn biết chữ mức độ 1, hai chị đã đăng ký học tiếp lớp mức độ 2.\n\n\
                 {above}\n\n{sign}\nChia sẻ\tIn\tGửi bạn bè\n"
            )
        };
        let paragraph = "Ủy ban nhân dân xã dự kiến mở thêm một lớp ở bản Pa Cheo trong mùa khô tới, khi đường vào bản đã thông.";
        for (sign, want) in [
            (
                "Vàng Thị Dua (Giáo viên Trường Tiểu học Nậm Càng)",
                "Vàng Thị Dua",
            ),
            ("TRIỆU LAN (Ban Tuyên giáo Huyện ủy)", "TRIỆU LAN"),
        ] {
            let doc = clean(&page(sign, paragraph));
            assert_eq!(doc.metadata.get_str("author"), Some(want), "{sign}");
        }
        // Under a teaser's title, not a paragraph: no signature.
        let doc = clean(&page(
            "Vàng Thị Dua (Giáo viên Trường Tiểu học Nậm Càng)",
            "· Mường Tè mở lớp học chữ Hà Nhì (02/09/2025)",
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
    }

    #[test]
    fn credits_framed_as_a_box_after_the_text() {
        // Invented: a lotus-tea workshop on West Lake.
        let paras = [
            "Xưởng ướp trà sen Quảng An nhận 600 đơn đặt hàng trà sen cho dịp Tết, gấp đôi năm trước.",
            "Mỗi ki-lô-gam trà cần khoảng 1.200 bông sen Bách Diệp, ướp bảy lần trong hai tuần.",
            "Chủ xưởng cho biết sẽ mở lớp hướng dẫn ướp trà cho 30 học viên trẻ vào mùa sen tới.",
        ];
        let boxes = [
            "┌ Tác giả: Khúc Thị Ngân\n│ Biên tập: Vương Đình Lộc\n└ Trình bày: Tạ Minh Khuê",
            "┌─ Tác giả ────────\n│ KS. Khúc Thị Ngân – Hội Nông dân phường Quảng An\n└──────────────",
            "╭─ THÔNG TIN BÀI VIẾT\n│ Người viết: Khúc Thị Ngân\n│ Ảnh: Tạ Minh Khuê\n│ Duyệt đăng: Vương Đình Lộc\n╰─",
        ];
        for bx in boxes {
            let page = format!(
                "Trà sen Quảng An vào mùa Tết\n14/11/2025 08:00\n\n{}\n\n{bx}\n",
                paras.join("\n\n")
            );
            let doc = clean(&page);
            assert_eq!(
                doc.metadata.get_str("author"),
                Some("Khúc Thị Ngân"),
                "{bx}"
            );
            assert_eq!(doc.text, paras.join("\n\n"), "{bx}");
        }
        // A framed note with no writer in it names no one.
        let page = format!(
            "Trà sen Quảng An vào mùa Tết\n14/11/2025 08:00\n\n{}\n\n┌ Lưu ý: đặt trà trước ngày 20/12\n│ Biên tập: Vương Đình Lộc\n└─\n",
            paras.join("\n\n")
        );
        assert_eq!(clean(&page).metadata.get_str("author"), None);
    }

    #[test]
    fn a_writer_marked_for_a_footnote() {
        // Invented: a reed-mat village's cooperative; the writer's name
        // carries a mark, the note on the writer closes the text.
        let paras = [
            "Hợp tác xã chiếu cói Nga Liên vừa ký hợp đồng bán 12.000 đôi chiếu cho hai siêu thị ở Hà Nội trong quý IV.",
            "Các việc xã viên làm trong tháng:",
            "* phơi cói và nhuộm sợi theo mẫu mới;",
            "* dệt thử 300 đôi chiếu cỡ nhỏ cho khách sạn.",
            "Ban quản trị dự kiến mở thêm một tổ dệt ở thôn Bắc, thu hút 25 lao động nữ lớn tuổi trong làng.",
        ];
        for (mark, note) in [
            ("*", "* Phòng Kinh tế huyện Nga Sơn"),
            (" (*)", "(*) Giảng viên Trường Cao đẳng nghề Nga Sơn"),
        ] {
            let page = format!(
                "Chiếu cói Nga Liên vào siêu thị\nThứ Hai, 13/10/2025 - 09:10\nThS. Mạc Thị Huyền{mark}\n\n{}\n\n{note}\n",
                paras.join("\n\n")
            );
            let doc = clean(&page);
            assert_eq!(
                doc.metadata.get_str("author"),
                Some("Mạc Thị Huyền"),
                "{mark}"
            );
            // The note leaves the body; the story's own `* ` list stays.
            assert_eq!(doc.text, paras.join("\n\n"), "{mark}");
        }
    }

    #[test]
    fn a_degree_the_list_lacks_inside_a_list_of_writers() {
        let lead = "Nhóm bác sĩ Bệnh viện Đa khoa Phú Vinh theo dõi 240 người bệnh đan lát tre trúc bị đau cổ tay trong sáu tháng.";
        let doc = clean(&format!(
            "Đan tre lâu ngày dễ đau cổ tay\n\nTS. Kiều Văn Lộc, ThS. Nông Thị Hà và BSNT. Phan Thị Mơ\n\n{lead}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("author"),
            Some("Kiều Văn Lộc, Nông Thị Hà và Phan Thị Mơ")
        );
        assert_eq!(doc.text, lead);
    }

    #[test]
    fn a_dated_widget_above_the_headline_is_no_headline() {
        let lead = "Giá cà phê nhân xô tại Đắk Lắk tăng thêm 1.200 đồng mỗi ki-lô-gam trong tuần qua, mức cao nhất từ đầu vụ.";
        let doc = clean(&format!(
            "Lãi suất tiết kiệm hôm nay: kỳ hạn 12 tháng cao nhất 5,1%/năm – Cập nhật 07:30 ngày 04/11/2025\n\nCà phê nhân lên đỉnh đầu vụ, nông dân chưa vội bán\n04/11/2025 09:10\n\n{lead}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Cà phê nhân lên đỉnh đầu vụ, nông dân chưa vội bán")
        );
        assert_eq!(doc.text, lead);
        // A byline with its own date before the update stays the byline.
        let doc = clean(&format!(
            "Cà phê nhân lên đỉnh đầu vụ\nĐăng 04/11/2025 09:10 – Cập nhật 10:00 ngày 04/11/2025\n\n{lead}\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-11-04T09:10"));
    }

    #[test]
    fn promotions_standing_alone_or_closing_an_ad() {
        let lead = "Hợp tác xã Chè Tân Cương mở thêm ba điểm bán chè búp khô tại trung tâm thành phố Thái Nguyên.";
        let para =
            "Theo ban quản trị, mỗi điểm bán có quầy pha chè để khách uống thử trước khi mua.";
        for promo in [
            "Ấm chén men lam cho quán trà – giao tận nơi trong tỉnh. Gọi 0912 448 371",
            "Vé tham quan đồi chè – giảm 15% đến hết tháng Mười. Đặt trước tại nhà điều hành.",
            "— Đặt mua Nguyệt san Trà Việt cả năm, tặng hộp chè mẫu —",
            "Quảng bá: Tour một ngày đồi chè Tân Cương, giá từ 450.000đ/khách",
        ] {
            let doc = clean(&format!("{lead}\n\n{promo}\n\n{para}\n"));
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{promo}");
        }
        // Under an ad's label, in the same block.
        let doc = clean(&format!(
            "{lead}\n\nQUẢNG CÁO · Máy sao chè mini – tiết kiệm điện\nGọi ngay 1900 5 1 2 8 6\n\n{para}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // Calls told in the text stay.
        for text in [
            "Người dân có thể gọi 0208 3 855 190 để đặt lịch tham quan xưởng chè.",
            "Đặt mục tiêu năm nay, hợp tác xã phấn đấu bán 20 tấn chè, giảm 10% chi phí.",
        ] {
            let doc = clean(&format!("{lead}\n\n{text}\n\n{para}\n"));
            assert!(doc.text.has(text), "{text}");
        }
    }

    /// Two short articles the date tests share: a headline's lead and
    /// paragraph, and a text whose closing lines carry the stamp.
    const FLOWER_MARKET: [&str; 2] = [
        "Chợ hoa xuân bến Bình Đông mở cửa sớm hơn mọi năm, hàng trăm ghe hoa từ miền Tây đã cập bến từ tuần trước.",
        "Ban quản lý chợ bố trí thêm lực lượng giữ trật tự và hướng dẫn khách gửi xe ở các bãi tạm quanh khu vực.",
    ];
    const WHEELCHAIRS: [&str; 4] = [
        "Sáng 30/5, Hội Người cao tuổi phường An Mỹ trao tặng mười chiếc xe lăn cho các cụ neo đơn trên địa bàn.",
        "Số tiền mua xe do hội viên và các nhà hảo tâm trong phường đóng góp trong suốt ba tháng qua.",
        "Cụ Trần Văn Tư, 86 tuổi, xúc động cho biết từ nay cụ có thể tự ra chợ mà không phải nhờ hàng xóm.",
        "Hội dự kiến cuối năm nay sẽ tặng thêm hai mươi chiếc xe cho các cụ ở phường lân cận.",
    ];

    #[test]
    fn a_relative_time_beside_the_byline_date_keeps_the_date() {
        let [lead, para] = FLOWER_MARKET;
        for (stamp, want) in [
            ("5 giờ trước · 11/02/2025 19:05", "2025-02-11T19:05"),
            ("11/02/2025 08:15 – 3 hours ago", "2025-02-11T08:15"),
            ("4 ngày trước (07/02/2025)", "2025-02-07"),
        ] {
            let doc = clean(&format!(
                "Chợ hoa trên bến dưới thuyền mở cửa sớm\n{stamp}\n{lead}\n{para}\n"
            ));
            assert_eq!(doc.metadata.get_str("published"), Some(want), "{stamp}");
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{stamp}");
        }
    }

    #[test]
    fn a_dateline_closing_the_text_dates_it() {
        let [lead, para, more, last] = WHEELCHAIRS;
        for (dateline, want) in [
            ("Tam Kỳ, ngày 2 tháng 6 năm 2025", "2025-06-02"),
            ("TP. Tam Kỳ, 02/06/2025", "2025-06-02"),
        ] {
            let doc = clean(&format!(
                "{lead}\n{para}\n{more}\n{last}\nNguyễn Thị Hoa\n{dateline}\n"
            ));
            assert_eq!(doc.metadata.get_str("published"), Some(want), "{dateline}");
            assert_eq!(
                doc.text,
                format!("{lead}\n\n{para}\n\n{more}\n\n{last}"),
                "{dateline}"
            );
        }
    }

    #[test]
    fn a_labelled_stamp_closing_the_page_past_teasers_dates_it() {
        let page = WHEELCHAIRS.join("\n\n")
            + r#"

Tin cùng chuyên mục
› Phường An Mỹ ra mắt câu lạc bộ dưỡng sinh – 28/05/2025
› Khám mắt miễn phí cho người cao tuổi – 25/05/2025

"#;
        for (stamp, want) in [
            (
                "Sửa lần cuối: 03/06/2025 10:20 · Ngày đăng: 02/06/2025 07:45",
                "2025-06-02T07:45",
            ),
            ("Xuất bản: 02/06/2025", "2025-06-02"),
            // A bare date too.
            ("02-06-2025 07:45", "2025-06-02T07:45"),
            (
                "Thứ Hai, ngày 2 tháng 6 năm 2025 - 07:45",
                "2025-06-02T07:45",
            ),
        ] {
            let doc = clean(&format!("{page}{stamp}\n"));
            assert_eq!(doc.metadata.get_str("published"), Some(want), "{stamp}");
            assert!(!doc.text.contains(stamp), "{stamp}");
        }
        // Not a site's update time.
        let doc = clean(&format!("{page}Cập nhật lúc 03/06/2025 10:20\n"));
        assert_eq!(doc.metadata.get_str("published"), None);
    }

    #[test]
    fn an_update_line_over_the_publication_line_gives_way() {
        let [lead, para] = FLOWER_MARKET;
        for (update, posted, want) in [
            (
                "Cập nhật: 12/02/2025 10:40",
                "Đăng: 11/02/2025 19:05",
                "2025-02-11T19:05",
            ),
            (
                "Updated: Feb 12, 2025 10:40 AM",
                "Published: Feb 11, 2025 7:05 PM",
                "2025-02-11T19:05",
            ),
        ] {
            let doc = clean(&format!(
                "Chợ hoa trên bến dưới thuyền mở cửa sớm\n{update}\n{posted}\n{lead}\n{para}\n"
            ));
            assert_eq!(doc.metadata.get_str("published"), Some(want), "{posted}");
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{posted}");
        }
    }

    #[test]
    fn an_english_stamp_closing_the_text_dates_it() {
        let [lead, para, more, last] = WHEELCHAIRS;
        let doc = clean(&format!(
            "{lead}\n{para}\n{more}\n{last}\nMonday, 2 June 2025 | 6:40 PM (ICT)\n"
        ));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-06-02T18:40"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}\n\n{more}\n\n{last}"));
    }

    #[test]
    fn the_byline_names_its_headline_past_a_dated_widget_and_credits() {
        // A rate widget that dates itself stands over the headline.
        let widget = r#"TIN NÔNG SẢN MIỀN TÂY

Trang chủ / Thị trường / Cần Thơ

Giá gạo xuất khẩu hôm nay: gạo 5% tấm quanh 398 USD/tấn, gạo thơm giữ giá – Cập nhật 07:30 ngày 04/03/2025

Nông dân Phong Điền chuyển vườn tạp sang trồng bưởi da xanh đạt chuẩn xuất khẩu
Thứ Ba, 04/03/2025 | 08:10

Sau hai năm cải tạo, hơn ba mươi hộ ở xã Nhơn Ái đã có vườn bưởi đạt chuẩn, bán cho doanh nghiệp xuất khẩu với giá cao hơn chợ.

Hợp tác xã địa phương hỗ trợ cây giống và kỹ thuật, đồng thời ký hợp đồng bao tiêu sản phẩm trong năm năm tới.
"#;
        let doc = clean(widget);
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Nông dân Phong Điền chuyển vườn tạp sang trồng bưởi da xanh đạt chuẩn xuất khẩu")
        );
        // A reporter's and a translator's line between headline and date.
        let credits = r#"RADIO MIỀN TRUNG ÂU

Văn hóa > Cộng đồng

Hội chợ Tết của người Việt ở Dresden thu hút hàng nghìn khách
Jana Novotná (Dresden)
Biên dịch: Lưu Thanh Mai
Thứ Hai, 10/02/2025, 15:20

Chiều chủ nhật, khu chợ của người Việt ở ngoại ô Dresden đông nghịt khách đến mua bánh chưng, câu đối và hoa đào.

Ban tổ chức cho biết năm nay có hơn sáu mươi gian hàng, nhiều gấp đôi năm trước, phần lớn do các gia đình trẻ dựng.
"#;
        let doc = clean(credits);
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Hội chợ Tết của người Việt ở Dresden thu hút hàng nghìn khách")
        );
    }

    #[test]
    fn the_paper_an_aggregator_offers_to_follow_is_the_source() {
        let doc = clean(
            "TinNhanh365 — Tin nhanh mỗi ngày\nMới nhất | Thời sự | Đời sống | Thể thao\n\n\
             Đội bóng đá nữ phường Hòa Khánh vào chung kết giải thành phố\n\n\
             Sông Hàn điện tử • 12/09/2026 18:05\nTheo dõi Sông Hàn điện tử trên TinNhanh365 +\n\n\
             Chiều 11/9, đội bóng đá nữ phường Hòa Khánh thắng đội Thanh Khê 2-1 để vào chung kết giải bóng đá phong trào thành phố.\n\n\
             Trận chung kết diễn ra sáng chủ nhật tới tại sân vận động Chi Lăng, vé vào cửa miễn phí cho người dân.\n",
        );
        assert_eq!(doc.metadata.get_str("source"), Some("Sông Hàn điện tử"));
        assert!(!doc.text.contains("Theo dõi"));
    }

    #[test]
    fn a_listings_fact_card_under_its_headline() {
        let doc = clean(
            "Tuyển 50 thợ may công nghiệp làm việc tại khu công nghiệp Đồng Văn\n\n\
             Đăng tin: 08:10 02/09/2026 · Hết hạn nộp: 30/09/2026\n\
             Làm mới: 2 ngày trước\n\
             💰 Mức lương: 9 – 11 triệu\n\
             Số lượng: 50\n\
             [Ứng tuyển ngay] [♡ Lưu tin]\n\n\
             Công ty cần tuyển 50 thợ may công nghiệp có kinh nghiệm từ một năm trở lên, làm ca hành chính từ thứ Hai đến thứ Bảy.\n\n\
             Người lao động được đóng bảo hiểm đầy đủ, có xe đưa đón từ trung tâm thị xã Duy Tiên đến nhà máy.\n",
        );
        assert!(!doc.text.contains("Làm mới"), "{}", doc.text);
        assert!(!doc.text.contains("Số lượng"), "{}", doc.text);
        assert!(doc.text.starts_with("Công ty cần tuyển"), "{}", doc.text);
    }

    #[test]
    fn a_byline_keying_the_source_before_its_date() {
        let doc = clean(
            "Ngư dân Sa Huỳnh được khám mắt miễn phí\n\
             Nguồn bài: Tạp chí Nghề Biển | 02/09/2026 08:15\n\n\
             Sáng 1/9, gần 300 ngư dân ở cảng cá Sa Huỳnh được các bác sĩ của bệnh viện mắt tỉnh khám và tặng kính.\n\n\
             Những trường hợp cần mổ đục thủy tinh thể được hẹn lên bệnh viện trong tháng 10 để được hỗ trợ chi phí.\n",
        );
        assert_eq!(doc.metadata.get_str("source"), Some("Tạp chí Nghề Biển"));
        assert_eq!(doc.metadata.get_str("published"), Some("2026-09-02T08:15"));
    }

    #[test]
    fn a_date_beside_counters_closing_a_page_without_a_headline() {
        let lead = "Sau hai tháng tập, 31 em của câu lạc bộ bơi phường Tân An đã bơi được 25/50 m liền mà không cần phao.";
        let para = "Huấn luyện viên cho biết lớp mới sẽ mở ngày 1/7, ưu tiên các em chưa biết bơi ở các tổ dân phố ven sông.";
        for (stamp, want) in [
            ("03/09/2026 07:40 | Lượt xem: 388", "2026-09-03T07:40"),
            ("3 thg 9, 2026 · 5 phút đọc", "2026-09-03"),
        ] {
            let doc = clean(&format!(
                "{lead}\n{para}\nHLV Đỗ Thanh Bình\n♥ 31 lượt thích · 4 bình luận\nBài viết khác\n– Lịch bơi tháng 8/2026 (đăng 02/08/2026)\n\
                 – Giải bơi thiếu nhi phường (đăng 21/07/2026)\n{stamp}\n"
            ));
            assert_eq!(doc.metadata.get_str("published"), Some(want), "{stamp}");
        }
    }

    #[test]
    fn a_signature_under_a_short_closing_sentence() {
        let lead = "Tiệm may đầu chợ Hàng Da xin báo khách quen: từ thứ Hai tuần sau tiệm nghỉ bốn ngày để sửa lại mái.";
        let para = "Khách có đồ đang sửa vẫn lấy được vào buổi sáng, cháu gái tôi sẽ trông tiệm từ bảy đến mười giờ.";
        let doc = clean(&format!(
            "{lead}\n\n{para}\n\nCảm ơn cả nhà đã thương tiệm suốt hai mươi năm.\n\n— Chủ tiệm Đỗ Thị Mận\n\n\
             Bình luận nổi bật\nHà Vy · 20/07/2025 06:41 · Cô nghỉ ngơi nhé!\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Đỗ Thị Mận"));
        assert!(!doc.text.contains("Chủ tiệm"), "{}", doc.text);
    }

    #[test]
    fn a_reposting_sites_contact_note_under_the_source() {
        let lead = "Trạm kiểm dịch cửa khẩu Chi Ma mở thêm một làn kiểm tra cho xe chở hoa quả tươi từ đầu tháng 6.";
        let para = "Doanh nghiệp được đề nghị đăng ký lịch xe trên hệ thống trước khi đến cửa khẩu ít nhất một ngày.";
        let doc = clean(&format!(
            "Chi Ma mở thêm làn kiểm dịch hoa quả\n\n{lead}\n\n{para}\n\n(Nguồn: Cổng tin Cửa khẩu Chi Ma)\n\n\
             Hội viên cần hỏi thêm xin gọi văn phòng Câu lạc bộ: 0205 3 880 412.\n\n\
             © 2025 Câu lạc bộ Doanh nghiệp Xuất nhập khẩu Lạng Sơn.\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert_eq!(
            doc.metadata.get_str("source"),
            Some("Cổng tin Cửa khẩu Chi Ma")
        );
    }

    #[test]
    fn the_genre_and_its_writer_under_the_headline() {
        let page = "Mùa gặt ở quê nội\n\
                    20:15 | Chủ nhật, 17/08/2025\n\
                    Tản văn của Đinh Thị Lụa\n\
                    🔊 Nghe đọc | A− A+\n\n\
                    Năm ấy lúa chín sớm, cả xóm kéo nhau ra đồng từ lúc gà gáy, mang theo nồi cơm nắm và ấm trà xanh.\n\n\
                    Bà nội tôi đứng ở đầu bờ, chỉ tay về phía thửa ruộng trũng, bảo phải gặt chỗ ấy trước kẻo mưa.\n";
        let doc = clean(page);
        assert_eq!(doc.metadata.get_str("author"), Some("Đinh Thị Lụa"));
        assert!(!doc.text.contains("Tản văn của"));
        // A sentence naming a story and its writer stays.
        assert_eq!(
            rules::genre_byline("Truyện ngắn của bà đã được dịch ra ba thứ tiếng"),
            None
        );
    }

    #[test]
    fn a_translators_line_under_the_writers_names_no_writer() {
        let page = "Người giữ rừng ở Mường Lống\n\
                    Đăng: 05/01/2026 - 16:10\n\
                    Bài, ảnh: Lầu Bá Chứ\n\
                    Chuyển ngữ tiếng Thái: Lò Văn Pấng\n\n\
                    Mười hai hộ ở bản Mường Lống nhận giao khoán bảo vệ hơn 300 ha rừng phòng hộ đầu nguồn từ đầu năm.\n\n\
                    Mỗi tháng, các hộ chia nhau đi tuần bốn lần, ghi lại dấu vết chặt phá và báo cho kiểm lâm địa bàn.\n";
        let doc = clean(page);
        assert_eq!(doc.metadata.get_str("author"), Some("Lầu Bá Chứ"));
        assert!(!doc.text.contains("Chuyển ngữ"));
    }

    #[test]
    fn a_date_inside_a_fact_of_the_article_is_no_stamp() {
        let lead = "Trường nghề Cần Giuộc mở lớp sửa máy nông nghiệp miễn phí cho 60 thanh niên trong huyện.";
        let para = "Học viên được ở nội trú và nhận tiền ăn mỗi ngày trong suốt khóa học ba tháng.";
        for fact in [
            "Hạn nhận đơn đăng ký: Trước ngày 20.9.2024",
            "Thời gian khai giảng: 7 giờ sáng ngày 1/10/2024",
            "*18h00, 24/3/2024, sân Thiên Trường, vòng 9 giải hạng Nhất",
            "20h, 5/6/2023, Nhà thi đấu Quân khu 7, chung kết nữ",
        ] {
            let doc = clean(&format!("{lead}\n{fact}\n{para}\n"));
            assert_eq!(doc.text, format!("{lead}\n\n{fact}\n\n{para}"), "{fact}");
        }
        // Stamps and bylines still go: byline labels, a dateline, a section.
        for stamp in [
            "Ngày đăng: 20/09/2024 08:15",
            "Thời gian: 09:40 20/9/2024",
            "Cần Giuộc, 20/9/2024, 09:40",
            "Thứ Sáu, 20/9/2024, 09:40 (GMT+7)",
            "20/9/2024, 09:40 | Giáo dục",
        ] {
            let doc = clean(&format!("{lead}\n{stamp}\n{para}\n"));
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{stamp}");
        }
    }

    #[test]
    fn readers_remarks_as_name_and_words_under_the_comments_heading() {
        let lead = "Phường Hòa Cường tổ chức lớp dạy nấu ăn miễn phí cho 40 người cao tuổi trong tháng Tám.";
        let para = "Mỗi buổi học có một đầu bếp của nhà hàng trong phường đứng lớp và hướng dẫn cách chọn thực phẩm.";
        let doc = clean(&format!(
            "{lead}\n\n{para}\n\nBình luận (2)\nLê Thị Hoa: Lớp hay quá, mong mở thêm.\nTrần Văn Bảy: Cho hỏi đăng ký ở đâu?\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // A role before the name; the parts between bars.
        let doc = clean(&format!(
            "{lead}\n\n{para}\n\nBAN TỔ CHỨC LỚP NẤU ĂN\nBình luận (2)\tSắp xếp: Mới nhất\n\
             Phụ huynh Trần Minh Khoa · 16/10/2025 08:12 · Lớp rất bổ ích, cảm ơn nhà trường.\n\
             Mai Hà · 17/10/2025 06:40 · Bao giờ mở lớp sau ạ?\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // A lone comment marked with an icon, under the tags.
        let doc = clean(&format!(
            "{lead}\n\n{para}\n\nThẻ: nấu ăn, người cao tuổi\n💬 Lê Thị Hoa · 08/04/2025: Lớp hay quá!\n© 2025 Phường Hòa Cường\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // A reader with a short note beside the name.
        let doc = clean(&format!(
            "{lead}\n\n{para}\n\nÝ kiến (2)\nĐỗ Văn Lâm (K2001): Mong lớp mở cả buổi tối.\nLê Thị Hoa: Lớp hay quá, mong mở thêm.\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // Speakers under a subheading of the text stay.
        let said = "Nguyễn Thị Lan: Tôi học được cách nấu cháo cho người tiểu đường.";
        let doc = clean(&format!("{lead}\n\nÝ kiến học viên\n{said}\n\n{para}\n"));
        assert!(doc.text.has(said));
    }

    #[test]
    fn a_quote_after_a_box_in_the_text_is_the_article_going_on() {
        let lead =
            "Xã Đồng Văn khai giảng lớp dạy thêu thổ cẩm cho 30 phụ nữ người Mông trong tháng Bảy.";
        let said = "Bà Giàng Thị Mua, người dạy lớp, cho biết:";
        let quote = "\"Mỗi tấm vải phải thêu gần một tháng, nên tôi muốn các cháu học cả cách chọn chỉ, nhuộm chàm.\"";
        let last = "Sản phẩm của lớp sẽ được bày bán tại chợ phiên Đồng Văn vào các sáng Chủ nhật.";
        let doc = clean(&format!(
            "Lớp thêu thổ cẩm ở Đồng Văn\n\n{lead}\n\nTài liệu liên quan:\nQuyết định số 12/QĐ-UBND ngày 2/5/2024 về hỗ trợ nghề truyền thống\n\n{said}\n{quote}\n\n{last}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{said}\n\n{quote}\n\n{last}"));
        // Teasers under the heading stay cut, quoted titles or not.
        let doc = clean(&format!(
            "Lớp thêu thổ cẩm ở Đồng Văn\n\n{lead}\n\n{last}\n\nTin cùng chuyên mục:\n\"Chợ phiên Đồng Văn đông khách dịp cuối tuần\"\nNgười Mông giữ nghề dệt lanh (12/6/2024)\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{last}"));
    }

    #[test]
    fn a_heading_over_teasers_in_the_text_and_a_single_quote_row() {
        let lead = "Công ty cổ phần Thép Bình Minh báo lãi quý III tăng 21% nhờ giá nguyên liệu đầu vào giảm mạnh.";
        let para = "Doanh thu thuần đạt 1.240 tỷ đồng, biên lợi nhuận gộp cải thiện lên 9,8% so với cùng kỳ.";
        let last = "Ban lãnh đạo dự kiến chia cổ tức bằng tiền mặt tỷ lệ 8% trong quý đầu năm sau.";
        let teasers = "» Giá thép xây dựng giảm phiên thứ ba (12/10/2024)\n\
                       » Xuất khẩu thép sang EU chững lại (10/10/2024)";
        for heading in ["CHUYỆN THÉP TUẦN NÀY", "Cùng loạt bài"] {
            let doc = clean(&format!(
                "Thép Bình Minh lãi lớn\n\n{lead}\n\n{para}\n\n{heading}\n{teasers}\n\n{last}\n"
            ));
            assert_eq!(doc.text, format!("{lead}\n\n{para}\n\n{last}"), "{heading}");
        }
        // A subheading over text stays, also when a teaser box with a
        // heading of its own stands between them.
        let doc = clean(&format!(
            "Thép Bình Minh lãi lớn\n\n{lead}\n\nCùng loạt bài\n{para}\n\n{last}\n"
        ));
        assert!(doc.text.has("Cùng loạt bài"));
        let doc = clean(&format!(
            "Thép Bình Minh lãi lớn\n{lead}\nGiá thép quý tới\nĐỌC THÊM\n{teasers}\n{para}\n{last}\n"
        ));
        assert!(doc.text.has("Giá thép quý tới"));
        // One quote with its arrow is a widget; a figure in a sentence is not.
        let doc = clean(&format!(
            "Thép Bình Minh lãi lớn\n\n{lead}\n\nCổ phiếu: TBM 27.600 ▼ 1,4%\n\n{para}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        let said = "Phiên chiều, mã TBM 27.600 đồng ▼ 1,4% sau tin chia cổ tức.";
        let doc = clean(&format!(
            "Thép Bình Minh lãi lớn\n\n{lead}\n\n{said}\n\n{para}\n"
        ));
        assert!(doc.text.has(said));
    }

    #[test]
    fn a_search_box_with_a_magnifier_is_no_headline() {
        let title = "Bánh xèo Phan Thiết: vỏ giòn mỏng, nhân mực tươi";
        let lead = "Ở Phan Thiết, bánh xèo mực được đổ trong khuôn đất nhỏ, vỏ mỏng và giòn đến tận chiều.";
        let para = "Nước chấm pha từ nước mắm nhĩ với tỏi, ớt và một ít đường thốt nốt cho dịu vị.";
        let doc = clean(&format!(
            "MÓN NGON MỖI NGÀY\n🔎 Nhập tên món, quán ăn...\n{title}\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("title"), Some(title));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn the_article_closing_after_a_teaser_box_over_the_update_stamp_stays() {
        let lead = "Từ ngày 3 đến 12/5, đội chiếu phim lưu động của tỉnh đã tổ chức mười buổi chiếu tại các bản vùng cao biên giới.";
        let para = "Mỗi buổi chiếu gồm một phần văn nghệ, một phim tài liệu ngắn về phòng chống cháy rừng và một phim truyện.";
        let last = "Các xã muốn đón đội chiếu phim trong quý III xin liên hệ phòng nghiệp vụ của trung tâm trước ngày 30/6/2025.";
        let page = |stamp: &str| {
            format!(
                "Chiếu phim lưu động ở vùng biên\n22/06/2025 07:45\n\n{lead}\n\n{para}\n\nTin khác:\n\
                 ◆ Liên hoan hát dân ca các dân tộc năm 2025 (16/05/2025)\n\
                 ◆ Tập huấn chiếu phim kỹ thuật số (29/04/2025)\n\
                 {last}\n{stamp}\nIn bài | Chia sẻ | Về đầu trang\n"
            )
        };
        let doc = clean(&page("Cập nhật lần cuối: 24/06/2025 09:02"));
        assert_eq!(doc.text, [lead, para, last].join("\n\n"));
        // Without the stamp too: the box's items have no lead under them,
        // so the sentence after the last one is none.
        let doc = clean(&page(""));
        assert_eq!(doc.text, [lead, para, last].join("\n\n"));
        // Items with their leads: the sentence after the last one is its lead.
        let doc = clean(&format!(
            "Chiếu phim lưu động ở vùng biên\n22/06/2025 07:45\n\n{lead}\n\nTin khác:\n\
             ◆ Liên hoan hát dân ca các dân tộc năm 2025 (16/05/2025)\n\
             Ba trăm nghệ nhân từ tám huyện về dự liên hoan, mang theo những làn điệu ít được biết đến.\n\
             ◆ Tập huấn chiếu phim kỹ thuật số (29/04/2025)\n{last}\nIn bài | Chia sẻ\n"
        ));
        assert_eq!(doc.text, lead);
    }

    #[test]
    fn a_comment_count_heads_the_comments_and_a_media_team_signs_no_name() {
        let lead = "Ban quản lý khu chung cư thông báo tạm ngừng cấp nước cho cả ba tòa nhà trong đêm thứ bảy để súc rửa bể chứa.";
        let para = "Cư dân vui lòng trữ nước đủ dùng trong đêm và khóa van tổng của căn hộ trước giờ ngừng cấp nước.";
        let doc = clean(&format!(
            "Tạm ngừng cấp nước để súc rửa bể chứa\n19/06/2026 14:32\nTruyền thông Khu đô thị Hồ Xanh\n\n{lead}\n\n{para}\n\n\
             Bình luận (2)\nCăn B1-0902 | 19/06/2026 15:10\nNhờ ban quản lý báo sớm cho nhà có người già, em cảm ơn.\n\
             Căn LK03 | 20/06/2026 08:41\nLần trước nước đục cả buổi, mong lần này xả kỹ hơn ạ.\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert_eq!(doc.metadata.get_str("author"), None);
    }

    #[test]
    fn a_pen_name_of_one_word_or_set_off_by_dashes_under_the_last_paragraph() {
        let lead = "Mấy năm nay, người dân xóm Bãi Giữa quen dần với việc phân loại rác ngay tại nhà trước khi xe thu gom đến.";
        let para = "Tổ tự quản của xóm phát miễn phí hai thùng rác cho mỗi hộ và nhắc nhau bằng loa phát thanh mỗi sáng.";
        for (sign, name) in [("Nguyệt", "Nguyệt"), ("— Lam Giang —", "Lam Giang")] {
            let doc = clean(&format!(
                "Xóm Bãi Giữa phân loại rác tại nhà\n21/06/2024 18:16\n\n{lead}\n\n{para}\n\n{sign}\nTừ khóa: rác thải, môi trường\n"
            ));
            assert_eq!(doc.metadata.get_str("author"), Some(name), "{sign}");
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{sign}");
        }
        // A label word there is no writer.
        let doc = clean(&format!(
            "Xóm Bãi Giữa phân loại rác tại nhà\n21/06/2024 18:16\n\n{lead}\n\n{para}\n\nVideo\nTừ khóa: rác thải, môi trường\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
    }

    #[test]
    fn a_byline_with_the_writers_paper_or_office_after_a_bar_dash_or_slash() {
        let lead = "Tòa án nhân dân huyện vừa mở phiên tòa lưu động xét xử một vụ trộm cắp tài sản tại hội trường của xã.";
        let para = "Hơn hai trăm người dân đến dự, nhiều người ở lại hỏi thẩm phán về thủ tục hòa giải tranh chấp đất đai.";
        for (byline, author, source) in [
            (
                "Lê Thu Hà – Báo Sông Lam",
                "Lê Thu Hà",
                Some("Báo Sông Lam"),
            ),
            (
                "Lê Thu Hà | Báo Sông Lam",
                "Lê Thu Hà",
                Some("Báo Sông Lam"),
            ),
            ("Lê Thu Hà · Hội Luật gia tỉnh", "Lê Thu Hà", None),
            ("Theo Lê Thu Hà/VOV", "Lê Thu Hà", Some("VOV")),
            (
                "Phóng viên: Lê Thu Hà · Dựng hình: Vương Khải",
                "Lê Thu Hà",
                None,
            ),
            ("Lê Thu Hà (Theo Reuters)", "Lê Thu Hà", Some("Reuters")),
            ("Tác giả: Lê Thu Hà. Biên tập: Minh Tú", "Lê Thu Hà", None),
            ("Lê Thu Hà lược dịch", "Lê Thu Hà", None),
            ("Minh Anh tổng hợp", "Minh Anh", None),
        ] {
            let doc = clean(&format!(
                "Xét xử lưu động vụ trộm cắp tài sản\n12/06/2025 15:20\n{byline}\n\n{lead}\n\n{para}\n"
            ));
            assert_eq!(doc.metadata.get_str("author"), Some(author), "{byline}");
            assert_eq!(doc.metadata.get_str("source"), source, "{byline}");
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{byline}");
        }
        // The site's own paper after the writer is no source.
        let doc = clean(&format!(
            "BÁO SÔNG LAM ĐIỆN TỬ\nXét xử lưu động vụ trộm cắp tài sản\n12/06/2025 15:20\nLê Thu Hà – Báo Sông Lam\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lê Thu Hà"));
        assert_eq!(doc.metadata.get_str("source"), None);
        // Under the text, a group of reporters with their names.
        let doc = clean(&format!(
            "Xét xử lưu động vụ trộm cắp tài sản\n12/06/2025 15:20\n\n{lead}\n\n{para}\n\nNhóm phóng viên Đàm Quế – Hữu Nghĩa\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Đàm Quế – Hữu Nghĩa"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // Under the text, a pen name and an online paper after a dash.
        let doc = clean(&format!(
            "Xét xử lưu động vụ trộm cắp tài sản\n12/06/2025 15:20\n\n{lead}\n\n{para}\n\nMinh Thư – Sông Lam Online\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Minh Thư"));
        assert_eq!(doc.metadata.get_str("source"), Some("Sông Lam Online"));
        // Under the text, with a bar: the writer and the paper, no menu.
        let doc = clean(&format!(
            "Xét xử lưu động vụ trộm cắp tài sản\n12/06/2025 15:20\n\n{lead}\n\n{para}\n\nLê Thu Hà | Báo Sông Lam\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lê Thu Hà"));
        assert_eq!(doc.metadata.get_str("source"), Some("Báo Sông Lam"));
        // Under the text, the credit with its slash reads the same.
        let doc = clean(&format!(
            "Xét xử lưu động vụ trộm cắp tài sản\n12/06/2025 15:20\n\n{lead}\n\n{para}\n\nTheo Lê Thu Hà/VOV\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lê Thu Hà"));
        assert_eq!(doc.metadata.get_str("source"), Some("VOV"));
        // A trade paper's name after the slash, no paper's word in it.
        let doc = clean(&format!(
            "Xét xử lưu động vụ trộm cắp tài sản\n12/06/2025 15:20\n\n{lead}\n\n{para}\n\nTheo Lê Thu Hà/Nông Thôn Ngày Nay\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lê Thu Hà"));
        assert_eq!(doc.metadata.get_str("source"), Some("Nông Thôn Ngày Nay"));
    }

    #[test]
    fn the_signers_office_under_the_name_above_the_issue_it_ran_in() {
        // Invented: a container-only page; the writer signs with a title,
        // the office on the next line, then the bulletin and a bare stamp.
        let lead = "Trạm khuyến nông huyện vừa mở lớp tập huấn ủ phân hữu cơ từ rơm rạ cho 60 hộ trồng lúa ở hai xã vùng cao.";
        let para = "Sau ba buổi học, mỗi hộ được phát một túi men vi sinh và hướng dẫn cách đảo đống ủ sau mười lăm ngày.";
        let doc = clean(&format!(
            "{lead}\n\n{para}\n\nLương y Trần Minh Đức\nHội Đông y huyện Sìn Hồ\nBài đã đăng trên Bản tin Khuyến nông Lai Châu số 2/2025\n05-03-2025 09:10\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert_eq!(doc.metadata.get_str("author"), Some("Trần Minh Đức"));
        assert_eq!(
            doc.metadata.get_str("source"),
            Some("Bản tin Khuyến nông Lai Châu")
        );
    }

    #[test]
    fn a_portals_kind_and_owner_over_its_dated_top_bar_is_no_headline() {
        // Invented: a longer owner's name than the headline, its top bar
        // dated two days later.
        let lead = "Sáng 3/6, Ban Quản lý các khu công nghiệp tỉnh trao quyết định chủ trương đầu tư cho hai dự án sản xuất linh kiện điện tử.";
        let para = "Hai dự án có tổng vốn 85 triệu USD, dự kiến tuyển khoảng 1.900 lao động khi đi vào hoạt động từ quý II năm sau.";
        let doc = clean(&format!(
            "Cổng thông tin điện tử | Ban Quản lý các Khu công nghiệp và Khu chế xuất tỉnh Bắc Giang\n\
             Thứ Năm, 05/06/2025  Đăng nhập | English\n\
             Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Văn bản\n\n\
             Trao chủ trương đầu tư hai dự án linh kiện điện tử 85 triệu USD\n\
             Ngày đăng: 03/06/2025 10:15\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Trao chủ trương đầu tư hai dự án linh kiện điện tử 85 triệu USD")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2025-06-03T10:15"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_dated_caption_over_a_tables_rows_is_the_tables() {
        let lead = "Giá rau xanh tại các chợ đầu mối trong tỉnh tăng mạnh sau đợt mưa lớn kéo dài gần một tuần qua.";
        let caption = "Giá rau tại chợ Long Biên sáng 14/10/2025 (đồng/kg)";
        let table =
            "Mặt hàng | Giá | Tăng\nRau muống | 18.000 | +6.000\nCải ngọt | 22.000 | +7.000";
        let para = "Các tiểu thương cho biết nguồn rau từ vùng ven đô giảm gần một nửa vì ruộng bị ngập úng.";
        let doc = clean(&format!(
            "Giá rau tăng sau mưa lớn\n14/10/2025 09:30\n\n{lead}\n\n{caption}\n{table}\n\n{para}\n"
        ));
        assert!(doc.text.contains(caption), "{}", doc.text);
        assert_eq!(doc.metadata.get_str("published"), Some("2025-10-14T09:30"));
        // A row naming a date among the table's rows is a row.
        let table = "Khoản mục | Số tiền\nSố dư đến 30/9/2025 | 1.240\nĐã chi | 310";
        let doc = clean(&format!(
            "Giá rau tăng sau mưa lớn\n14/10/2025 09:30\n\n{lead}\n\n{table}\n\n{para}\n"
        ));
        assert!(
            doc.text.contains("Số dư đến 30/9/2025 | 1.240"),
            "{}",
            doc.text
        );
    }

    #[test]
    fn a_headline_naming_a_date_under_a_masthead_in_capitals() {
        let lead = "Trung tâm Y tế huyện thông báo tới người dân: từ ngày 15/12/2025, quầy tiêm chủng dịch vụ chuyển lên tầng 2 nhà A.";
        let para = "Giờ tiêm không đổi, từ 7 giờ 30 đến 16 giờ 30 các ngày trong tuần, kể cả sáng thứ Bảy.";
        let doc = clean(&format!(
            "TRUNG TÂM Y TẾ HUYỆN LƯƠNG TÀI\nGiới thiệu | Dịch vụ | Thông báo | Liên hệ\n\n\
             Thông báo chuyển quầy tiêm chủng dịch vụ lên tầng 2 từ ngày 15/12/2025\n\
             Ngày 09/12/2025 | 14:00 | 812 lượt xem\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Thông báo chuyển quầy tiêm chủng dịch vụ lên tầng 2 từ ngày 15/12/2025")
        );
        assert_eq!(doc.metadata.get_str("published"), Some("2025-12-09T14:00"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn the_posting_stamp_under_the_update_stamp_dates_the_page() {
        let lead = "Thành phố sẽ bắn pháo hoa tầm thấp tại ba điểm trong đêm Giao thừa, mỗi điểm kéo dài mười lăm phút.";
        let para = "Các tuyến xe buýt chính sẽ tăng chuyến đến 1 giờ sáng để đưa người dân về nhà sau màn pháo hoa.";
        for posted in [
            "Ngày đăng tải: 22/01/2025 16:20",
            "Ngày đăng: 22/01/2025 16:20",
        ] {
            let doc = clean(&format!(
                "{lead}\n\n{para}\n\nHẠ VY\nLượt xem: 1.204 | In\nCập nhật lần cuối: 23/01/2025 08:00\n{posted}\n"
            ));
            assert_eq!(
                doc.metadata.get_str("published"),
                Some("2025-01-22T16:20"),
                "{posted}"
            );
            assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        }
    }

    #[test]
    fn a_writer_whose_own_site_bears_the_name() {
        let lead = "Tuần trước tôi tắt toàn bộ thông báo trên điện thoại, trừ cuộc gọi và tin nhắn của người trong nhà.";
        let para = "Ngày đầu tôi mở máy kiểm tra gần bốn mươi lần, đến ngày thứ năm chỉ còn chừng mười lần.";
        let doc = clean(&format!(
            "Một tuần không thông báo\n21.11.2025\n\n{lead}\n\n{para}\n\nNgười viết: Kha Minh Đạt\n\nHủy đăng ký · © 2025 Kha Minh Đạt\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Kha Minh Đạt"));
        // A shop's account named in its own footer is still no writer.
        let doc = clean(&format!(
            "Một tuần không thông báo\n21.11.2025\n\n{lead}\n\n{para}\n\nĐăng bởi Vườn Bưởi Năm Roi\n\n© 2025 Vườn Bưởi Năm Roi\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
    }

    #[test]
    fn a_table_of_contents_folded_onto_one_line() {
        let lead = "Cuối năm ngoái, mỗi lần đẩy mã lên nhánh chính, hệ thống kiểm thử của nhóm mất gần bốn mươi phút.";
        let para = "Chúng tôi đo lại từng bước trước khi sửa, và thấy hơn một nửa thời gian nằm ở khâu tải thư viện.";
        let doc = clean(&format!(
            "Rút ngắn thời gian kiểm thử\n03/03/2025\n\nMục lục\n1. Bối cảnh   2. Đo đạc   3. Kết quả\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_count_of_replies_heads_the_thread_under_the_review() {
        let lead = "Sau ba tuần dùng hằng ngày, chiếc tai nghe chống ồn khá tốt trên xe buýt nhưng hơi bí tai vào buổi trưa.";
        let para = "Pin đạt khoảng 28 giờ khi bật chống ồn, sạc nhanh mười phút cho thêm hơn hai giờ nghe nhạc.";
        let doc = clean(&format!(
            "Đánh giá tai nghe chống ồn Lumo 5\n10/11/2025\n\n{lead}\n\n{para}\n\nLÊ VĂN THỊNH\n\n\
             48 trả lời\nhaidang.audio · 10/11/2025 20:02\nMẫu này đeo lâu có đau tai không bác?\nTrả lời · 👍 3\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert_eq!(doc.metadata.get_str("author"), Some("LÊ VĂN THỊNH"));
    }

    #[test]
    fn the_offices_footer_line_closing_the_page_under_the_tags() {
        let lead = "Bản đồ án điều chỉnh tuyến đi bộ ven sông đang được niêm yết tại ủy ban các phường dọc bờ sông.";
        let last = "Người dân có thể góp ý bằng phiếu tại phường. Điện thoại: 0256 3 817 402 (giờ hành chính).";
        let page = |foot: &str| {
            clean(&format!(
                "Lấy ý kiến tuyến đi bộ ven sông\n25/09/2026\n\n{lead}\n\n{last}\n\nTừ khóa: quy hoạch\n{foot}\n"
            ))
        };
        let doc = page(
            "Trung tâm Quy hoạch Đô thị tỉnh – Khu hành chính số 2, phường Lê Lợi. Điện thoại: 0256 3 817 400.",
        );
        assert_eq!(doc.text, format!("{lead}\n\n{last}"));
    }

    #[test]
    fn an_essay_goes_on_after_a_teaser_box_with_a_short_quote() {
        let a = "Bếp của bà tôi nằm cuối nhà, vách tre, mái lá, mùa mưa thì dột đủ chỗ nhưng chưa bao giờ tắt lửa.";
        let b = "Điều thứ ba tôi chỉ hiểu khi lớn. Người về trễ nhất nhà là cậu Út, đi ghe chở dừa tới khuya, và chén cơm bà chừa lúc nào cũng còn ấm.";
        let c = "Có lần tôi hỏi sao bà không ăn trước. Bà cười, bảo:";
        let d = "\"Ăn một mình thì no bụng, chớ đâu có no lòng.\"";
        let e = "Bây giờ nhà tôi nấu bằng bếp ga, bếp điện, nhưng mỗi lần về quê tôi vẫn ra đứng trong gian bếp lá đã xiêu, nghe mùi khói cũ.";
        let f = "Tôi viết mấy dòng này vào ngày giỗ thứ sáu của bà, để nhớ một người đàn bà cả đời không đi xa khỏi làng mà vẫn lo cho cả nhà.";
        let doc = clean(&format!(
            "Gian bếp lá của bà\n17/08/2025 20:15\n\n{a}\n\nBài cùng chủ đề:\n◇ Mùa nước nổi nhớ cá linh (02/08/2025)\n◇ Chiếc xuồng của cha (26/07/2025)\n\n\
             {b}\n\n{c}\n{d}\n\n{e}\n\n{f}\n\nHạ Vy\n\nTừ khóa: tản văn\n"
        ));
        assert_eq!(doc.text, [a, b, c, d, e, f].join("\n\n"));
    }

    #[test]
    fn dated_rows_under_the_line_leading_into_them_are_the_texts() {
        // (A notice scraped from its container: no headline, no byline.)
        let doc = clean(
            "Trạm thú y xã Tân Lập thông báo lịch tiêm phòng cúm gia cầm cho các thôn trong tháng tới, bà con chủ động nhốt gà vịt.\n\
             Mỗi hộ mang theo sổ theo dõi đàn; cán bộ thú y ghi số con đã tiêm và hẹn ngày tiêm nhắc lại sau sáu tháng.\n\
             Lịch tiêm\n\
             Lịch tiêm chia theo thôn như sau:\n\
             Thôn 1 | Nhà văn hóa thôn | Sáng 05/03/2026\n\
             Thôn 2 | Sân kho hợp tác xã | Sáng 06/03/2026\n\
             Hộ nào vắng mặt báo trưởng thôn để được tiêm bù vào tuần sau, không mất phí.\n",
        );
        assert!(
            doc.text
                .contains("Thôn 1 | Nhà văn hóa thôn | Sáng 05/03/2026"),
            "{}",
            doc.text
        );
        assert!(
            doc.text
                .contains("Thôn 2 | Sân kho hợp tác xã | Sáng 06/03/2026")
        );
    }

    #[test]
    fn a_threads_title_over_a_post_of_short_lines() {
        // No line of the post is long enough for a paragraph; a numbered
        // point further down reads like a headline, yet the text began
        // with its first sentence above it.
        let doc = clean(
            "Diễn đàn Ấm Chén Xưa\nDiễn đàn | Bài mới | Chợ đồ cũ | Tìm kiếm\n\n\
             Hỏi nhanh: ấm đất Bát Tràng bị nứt chân có hàn được không?\n\
             Thảo luận trong 'Ấm chén' bắt đầu bởi amdat_hanoi, 03/11/2025.\n\n\
             Chào các bác, em có cái ấm cũ của ông để lại bị nứt chân.\n\
             Vết nứt dài chừng hai phân, nước chưa rỉ ra ngoài.\n\n\
             1. Hàn men\nEm nghe nói có chỗ hàn men nhưng không rõ có bền.\n\n\
             2. Buộc đai đồng\nCách này giữ được dáng ấm nhưng trông hơi thô.\n",
        );
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Hỏi nhanh: ấm đất Bát Tràng bị nứt chân có hàn được không?")
        );
    }

    #[test]
    fn a_forum_posters_name_and_card_under_the_threads_title() {
        let lead = "Chúng tôi xuất phát từ bản Cát Cát lúc 5 giờ sáng, khi trời còn tối và sương muối phủ kín mặt đường.";
        let para = "Đến lưng đèo, cả nhóm dừng lại uống trà gừng, mấy vũng nước ven đường đã đóng một lớp băng mỏng.";
        let doc = clean(&format!(
            "Diễn đàn › Nhật ký hành trình\n\nSương muối trên đèo Ô Quy Hồ sáng 20/12\n\nĐỗ Minh Khang\n\
             Thành viên · 96 bài viết · Tham gia 05/2020\n20 Thg 12, 2025 · 21:17\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Sương muối trên đèo Ô Quy Hồ sáng 20/12")
        );
        assert_eq!(doc.metadata.get_str("author"), Some("Đỗ Minh Khang"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_readers_question_signed_over_the_answer_stays_in_the_text() {
        let asked = "Hỏi: Bố tôi mất năm 2019, không để lại di chúc. Anh cả muốn giữ cả mảnh đất hương hỏa, chị em tôi có được chia không?";
        let reader = "Bạn đọc Lò Thị Mai (Mộc Châu, Sơn La)";
        let answer = "Trả lời:";
        let para = "Vì bố bạn không để lại di chúc, di sản được chia theo pháp luật cho những người ở hàng thừa kế thứ nhất, mỗi người một phần bằng nhau.";
        let lawyer = "Luật sư NGUYỄN VĂN TÂM (Đoàn Luật sư tỉnh Sơn La)";
        let doc = clean(&format!(
            "Đất hương hỏa chia thế nào?\n10/11/2025 07:00\n\n{asked}\n\n{reader}\n\n{answer}\n\n{para}\n\n{lawyer}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("NGUYỄN VĂN TÂM"));
        assert_eq!(doc.text, [asked, reader, answer, para].join("\n\n"));
        // A reader signing a letter the editors then answer is its writer.
        let note = "Ngày 3/6, tòa soạn đã chuyển thư của bạn đọc đến ủy ban phường và được trả lời sẽ dọn bãi rác trong tuần.";
        let doc = clean(&format!(
            "Xin đừng để con hẻm thành bãi rác\n02/06/2025 21:05\n\n{para}\n\n{reader}\n\nLỜI TÒA SOẠN\n\n{note}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lò Thị Mai"));
    }

    #[test]
    fn a_notice_signed_by_its_office_and_dated_by_the_posters_stamp_at_the_foot() {
        let lead = "Ban quản trị tòa nhà xin chuyển tới cư dân cảnh báo của công an phường về các thủ đoạn lừa đảo qua điện thoại.";
        let para = "Ban quản trị đề nghị các hộ gia đình nhắc nhở người cao tuổi trong nhà, vì đây là nhóm dễ bị kẻ gian nhắm tới.";
        let doc = clean(&format!(
            "{lead}\n\n{para}\n\nBQL chung cư B4 (tổng hợp)\n\n👁 412 lượt xem\n\n\
             Thông báo khác:\n– Họp cư dân thường niên (đăng 25/02/2025)\n– Thu phí dịch vụ quý II (đăng 01/03/2025)\n\n\
             Đăng bởi Ban Quản trị · 19:10, 03/03/2025\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        assert_eq!(doc.metadata.get_str("author"), None);
        assert_eq!(doc.metadata.get_str("published"), Some("2025-03-03T19:10"));
    }

    #[test]
    fn a_helpline_with_its_hours_under_the_tags_is_furniture() {
        let lead = "Sáng 29/8, trại giam tổ chức lễ công bố quyết định đặc xá cho 46 phạm nhân đủ điều kiện trở về địa phương.";
        let call =
            "Thân nhân cần hỏi thêm xin gọi bộ phận tiếp dân: 0237 3 618 044 (giờ hành chính)";
        let doc = clean(&format!(
            "Trao quyết định đặc xá\n29/08/2025 09:45\n\n{lead}\n\n{call}\n\nTừ khóa: đặc xá\n\nHỗ trợ thân nhân: 0237 3 618 044 (giờ hành chính)\n"
        ));
        // The article's own call stays; the site's helpline under the tags goes.
        assert_eq!(doc.text, format!("{lead}\n\n{call}"));
        // So does a booking line under the writer's credit and the issue
        // the story ran in, over the comments.
        let doc = clean(&format!(
            "Trao quyết định đặc xá\n29/08/2025 09:45\n\n{lead}\n\n{call}\n\nBài và ảnh: Lục Minh Khang\nTrích đăng từ Tạp chí Pháp Lý Miền Trung, số 9 (tháng 8/2025)\n\n\
             Đặt lịch thăm gặp qua tổng đài: 0237 3 618 200 (trực 24/7)\nBình luận\nThu Hà · 30/08/2025: Cảm ơn trại giam.\n"
        ));
        assert_eq!(doc.text, format!("{lead}\n\n{call}"));
        assert_eq!(doc.metadata.get_str("author"), Some("Lục Minh Khang"));
    }

    #[test]
    fn a_forum_thread_its_first_post_and_the_replies() {
        let title = "Kinh nghiệm giữ vườn sầu riêng qua đợt nắng nóng, mời các bác góp ý";
        let lead = "Chào các bác. Tháng này Krông Pắc nắng gắt liền hai tuần, nhiều vườn sầu riêng trong xóm bị rụng trái non.";
        let para = "Tôi tưới nhỏ giọt vào sáng sớm, phủ rơm quanh gốc và che lưới cho cây con, nhờ vậy vườn nhà qua được đợt nắng.";
        let doc = clean(&format!(
            "DIỄN ĐÀN NHÀ VƯỜN TÂY NGUYÊN\nDiễn đàn › Cây ăn trái\n{title}\n\
             Thảo luận trong 'Cây ăn trái' bắt đầu bởi baoan_krongpac\nbaoan_krongpac\n\
             Thành viên mới · Bài viết: 86 · Tham gia: 02/04/2021\n#1 · 3/4/2025 lúc 8:15 tối\n\
             {lead}\n{para}\nẢnh: baoan_krongpac\n______________\nY Bảo Ênuôl – nhà vườn ở Krông Pắc\n\
             minhtri_ea\n#2 · 4/4/2025 lúc 6:02 sáng\nBác làm kỹ quá, để em áp dụng cho vườn nhà.\n"
        ));
        assert_eq!(doc.metadata.get_str("title"), Some(title));
        assert_eq!(doc.metadata.get_str("published"), Some("2025-04-03T20:15"));
        assert_eq!(doc.metadata.get_str("author"), Some("Y Bảo Ênuôl"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn the_article_goes_on_after_a_box_with_a_subheading_and_a_list_over_its_signature() {
        let lead = "Ánh sáng đi nhanh gần như tức thì, còn âm thanh trong không khí chỉ đi được khoảng 340 mét mỗi giây.";
        let body = [
            "Thử làm nhà khoa học nhỏ",
            "Lần tới khi có dông, cháu hãy làm theo ba bước:",
            "Bước 1: nhìn thấy chớp thì bắt đầu đếm giây;",
            "Bước 2: dừng đếm khi nghe tiếng sấm;",
            "Bước 3: lấy số giây chia cho 3, sẽ ra khoảng cách tới tia chớp tính bằng ki-lô-mét.",
            "Nếu đếm chưa tới 30 giây, cơn dông đã ở khá gần, cháu nên vào trong nhà và tránh đứng dưới gốc cây.",
        ];
        let doc = clean(&format!(
            "Vì sao thấy chớp trước rồi mới nghe sấm?\n14/11/2024 07:00\n\n{lead}\n\nCó thể em thích:\n\
             ✦ Cầu vồng có bao nhiêu màu? (07/11/2024)\n✦ Tự làm mây trong chai nhựa (31/10/2024)\n\
             {}\nNgười trả lời: TS. Lê Văn Đức, Hội Khí tượng\n\
             Trung tâm Khoa học Trẻ TP Cần Thơ – 68 đường Trần Văn Khéo, quận Ninh Kiều.\n",
            body.join("\n")
        ));
        assert_eq!(doc.text, [&[lead][..], &body[..]].concat().join("\n\n"));
        assert_eq!(doc.metadata.get_str("author"), Some("Lê Văn Đức"));
    }

    #[test]
    fn what_reads_as_the_article_after_a_leadless_box_stays() {
        let lead = "Từ ngày 3 đến 12/5, đội văn nghệ của huyện đã biểu diễn mười đêm tại các bản vùng cao biên giới.";
        let para = "Ban tổ chức cho biết, năm nay lễ hội kéo dài ba ngày với nhiều hoạt động mới dành cho du khách và người dân.";
        let page = |after: &str| {
            format!(
                "Đêm văn nghệ ở vùng biên\n22/06/2025 07:45\n\n{lead}\n\nTin khác:\n\
                 ◆ Liên hoan hát dân ca năm 2025 (16/05/2025)\n◆ Tập huấn nghiệp vụ văn hóa (29/04/2025)\n\
                 {after}\nTừ khóa: văn nghệ, vùng cao\n© 2025 Trung tâm Văn hóa huyện.\n"
            )
        };
        for after in [
            format!("Giá vé là 20.000 đồng.\n{para}"),
            format!("Lễ hội có gì mới?\n{para}"),
            format!("Bà Lò Thị Sen nói:\n\"Vui lắm.\"\n{para}"),
            format!(
                "Nhiều hoạt động mới\n{para}\nNgười dân có thể đăng ký các trò chơi dân gian tại nhà văn hóa xã trước ngày khai mạc một tuần."
            ),
            "Bảng giá vé:\nLoại vé | Giá\nNgười lớn | 20.000 đồng\nTrẻ em | 10.000 đồng"
                .to_string(),
        ] {
            let doc = clean(&page(&after));
            let want: Vec<&str> = std::iter::once(lead).chain(after.lines()).collect();
            assert_eq!(doc.text, want.join("\n\n"), "{after}");
        }
        // One more teaser's title over its lead reads as the box's.
        let doc = clean(&page(&format!("Nón lá làng Chuông giữ nghề\n{para}")));
        assert_eq!(doc.text, lead);
    }

    #[test]
    fn contact_lines_between_the_last_paragraph_and_the_signature_are_the_articles() {
        let lead = "Từ ngày 3 đến 12/5, đội chiếu phim lưu động của tỉnh đã tổ chức mười buổi chiếu tại các bản vùng cao biên giới.";
        let para = "Các xã muốn đón đội chiếu phim trong quý III xin đăng ký với phòng nghiệp vụ của trung tâm trước cuối tháng.";
        for contact in [
            "Điện thoại: 0213 3 876 332 – anh Tuấn",
            "Hotline hỗ trợ: 1900 6868",
            "Email nhận đăng ký: chieuphim@vanhoa-laichau.vn",
            "Chịu trách nhiệm về chương trình:\n\nCông ty Điện ảnh Sao Mai\n\nWebsite: saomaifilm.vn",
        ] {
            let doc = clean(&format!(
                "Chiếu phim lưu động ở vùng biên\n22/06/2025 07:45\n\n{lead}\n\n{para}\n\n{contact}\n\nMinh Khang\n\nTừ khóa: chiếu phim\n"
            ));
            assert_eq!(doc.text, [lead, para, contact].join("\n\n"), "{contact}");
            assert_eq!(
                doc.metadata.get_str("author"),
                Some("Minh Khang"),
                "{contact}"
            );
            assert_eq!(doc.metadata.get_str("author"), Some("Minh Khang"));
        }
        // The last paragraph a quote, its full stop inside the quote marks,
        // under a teaser box in the text.
        let quote = "“Bà con ở bản mong đội chiếu phim lên thường xuyên hơn, nhất là vào mùa mưa.”";
        let contact = "Đường dây nóng của đội chiếu phim trong mùa lễ hội: 0213 3 876 332.";
        let doc = clean(&format!(
            "Chiếu phim lưu động ở vùng biên\n22/06/2025 07:45\n\n{lead}\n\n\
             Tin cùng chủ đề:\n◦ Liên hoan phim tài liệu tỉnh (12/05/2025)\n◦ Tập huấn chiếu phim số (06/05/2025)\n\n\
             {quote}\n\n{contact}\n\nMinh Khang\n\nTừ khóa: chiếu phim\n"
        ));
        assert_eq!(doc.text, [lead, quote, contact].join("\n\n"));
        // Under the signature, a contact line is the site's.
        let doc = clean(&format!(
            "Chiếu phim lưu động ở vùng biên\n22/06/2025 07:45\n\n{lead}\n\n{para}\n\nMinh Khang\n\nĐiện thoại: 0213 3 876 330\n"
        ));
        assert_eq!(doc.text, [lead, para].join("\n\n"));
    }

    #[test]
    fn a_headline_the_scrape_broke_over_lines_is_joined() {
        let lead = "Mọi cơ hội kinh doanh phải do doanh nghiệp tự tìm ra, thị trường tự đem đến, chứ không do một tờ giấy phép.";
        let para = "Trao đổi với phóng viên, ông Lê Minh Tâm cho biết năm nay các chuyên gia mong cải cách nhắm vào thể chế kinh tế.";
        let doc = clean(&format!(
            "Ông Lê Minh Tâm:\n\"Cơ hội kinh doanh không phải do\ngiấy phép mà ra\"\n26/04/2021 08:20\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("Ông Lê Minh Tâm: \"Cơ hội kinh doanh không phải do giấy phép mà ra\"")
        );
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // A whole quoted headline stays as it is.
        let doc = clean(&format!(
            "\"Cơ hội kinh doanh không phải do giấy phép mà ra\"\n26/04/2021 08:20\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(
            doc.metadata.get_str("title"),
            Some("\"Cơ hội kinh doanh không phải do giấy phép mà ra\"")
        );
    }

    #[test]
    fn a_credit_line_with_the_paper_after_a_slash_names_the_source() {
        let lead = "Đêm 26/7, hàng nghìn đoàn viên thanh niên đã thắp nến tri ân trên các phần mộ liệt sĩ tại nghĩa trang huyện.";
        let para = "Trước giờ thắp nến, các đoàn viên dọn cỏ, lau bia mộ và dâng hương tưởng niệm những người đã ngã xuống.";
        let doc = clean(&format!(
            "Thắp nến tri ân trong đêm 26/7\n\n{lead}\n\n{para}\n\nBài và ảnh: Lê Quốc Trung/Báo Miền Biên Giới\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lê Quốc Trung"));
        assert_eq!(doc.metadata.get_str("source"), Some("Báo Miền Biên Giới"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
    }

    #[test]
    fn a_byline_naming_the_site_gives_way_to_the_writers_credit() {
        let lead = "Tập truyện ngắn đầu tay của một kỹ sư cầu đường kể về những công trường ven biển miền Trung trong mùa mưa bão.";
        let para = "Mười hai truyện trong sách đều ngắn, giọng kể chậm, nhiều chi tiết về bữa cơm lán trại và những cuộc điện thoại về nhà.";
        let credit = "Người viết: Phan Ngọc Hân (nhóm Đọc cùng nhau)";
        let doc = clean(&format!(
            "HIÊN SÁCH · Nhà sách trực tuyến\nSách mới | Văn học\n\nTập truyện của người làm cầu\nTháng Tư 7, 2025 · bởi Hiên Sách\n\n{lead}\n\n{para}\n\n{credit}\n\n© 2025 Hiên Sách.\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Phan Ngọc Hân"));
        assert_eq!(doc.text, format!("{lead}\n\n{para}"));
        // Without the masthead the poster is the writer.
        let doc = clean(&format!(
            "Tập truyện của người làm cầu\nTháng Tư 7, 2025 · bởi Lâm Thảo\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), Some("Lâm Thảo"));
    }

    #[test]
    fn a_writer_under_the_byline_with_an_office_or_where_the_report_came_from() {
        let lead = "Đến giữa tháng năm, các đội công nhân đã nạo vét xong gần một trăm cây số cống ngầm trong nội thành trước mùa mưa.";
        let para = "Khối lượng nạo vét năm nay tăng khoảng một phần mười, tập trung ở những tuyến phố hay úng ngập sau mỗi trận mưa.";
        for (line, writer) in [
            ("Hải Yến – Văn phòng Công ty", "Hải Yến"),
            ("Tác giả: Lục Văn Tâm – Ga Đồng Hới", "Lục Văn Tâm"),
            (
                "Phóng viên Đỗ Khánh Ly tường thuật từ Cần Thơ",
                "Đỗ Khánh Ly",
            ),
            ("Đỗ Khánh Ly đưa tin từ Cần Thơ", "Đỗ Khánh Ly"),
        ] {
            let doc = clean(&format!(
                "Nạo vét cống ngầm trước mùa mưa\n12/05/2026 15:20\n{line}\n\n{lead}\n\n{para}\n"
            ));
            assert_eq!(doc.metadata.get_str("author"), Some(writer), "{line}");
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{line}");
        }
        // A place before an office is no writer.
        let doc = clean(&format!(
            "Nạo vét cống ngầm trước mùa mưa\n12/05/2026 15:20\nHà Nội – Văn phòng Chính phủ\n\n{lead}\n\n{para}\n"
        ));
        assert_eq!(doc.metadata.get_str("author"), None);
    }

    #[test]
    fn notices_about_the_site_under_its_contact_lines_are_footer() {
        let lead = "Hội người cao tuổi xã Yên Lạc vừa tổ chức lớp hát chèo cho hơn bốn mươi hội viên vào các tối thứ năm hằng tuần.";
        let para = "Lớp do một nghệ nhân trong làng dạy, mỗi buổi ôn một làn điệu cổ và tập thêm một trích đoạn ngắn.";
        let teasers = "■ Hội làng Yên Lạc mở lại đám rước (12/01/2025)\n■ Câu lạc bộ thơ Đường ra mắt (02/12/2024)";
        for notice in [
            "Trang đang chạy thử nghiệm từ ngày 01/06/2025.",
            "Trang thông tin nội bộ, cập nhật lần cuối 10/02/2025.",
            "Trang do hội viên tự xây dựng, không phải cơ quan báo chí.",
        ] {
            let doc = clean(&format!(
                "Lớp hát chèo của hội người cao tuổi\n\n{lead}\n\nTin, bài cùng chuyên mục:\n{teasers}\n\n{para}\n\nMinh Thư\n\nTừ khóa: chèo, Yên Lạc\nHội Người cao tuổi xã Yên Lạc – Số 3 đường Đình, xã Yên Lạc\nĐT: 0211 3 812 445 – E-mail: nctyenlac@gmail.com\n{notice}\n"
            ));
            assert_eq!(doc.text, format!("{lead}\n\n{para}"), "{notice}");
            assert_eq!(doc.metadata.get_str("author"), Some("Minh Thư"), "{notice}");
        }
        // The article's own last words after a phone it gives stay.
        let last = "Trang phục biểu diễn do hội viên tự may, ai muốn góp vải xin gọi số trên.";
        let doc = clean(&format!(
            "Lớp hát chèo của hội người cao tuổi\n\n{lead}\n\n{para}\n\nĐT: 0211 3 812 445\n{last}\n"
        ));
        assert!(doc.text.ends_with(last), "{}", doc.text);
    }
}
