//! The tagger: one Aho-Corasick pass over the text finds every known phrase
//! (titles, bodies, places, cue words), a hand-written tokenizer splits the
//! text into syllables, and one left-to-right pass over the syllables applies
//! the rules. Each rule consumes the syllables it covers, so spans are flat
//! and never overlap; the first rule to claim a syllable wins, in this order:
//! documents, dates, positions, organisations, places, people.

use std::ops::Range;

use crate::lexicon::{Entry, Lexicon, role};

/// One entity found in the text (byte span).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub label: &'static str,
    pub span: Range<usize>,
    pub attributes: Vec<(&'static str, String)>,
}

/// The compiled knowledge; build once per plugin instance.
pub struct Rules {
    lex: Lexicon,
}

impl Default for Rules {
    fn default() -> Self {
        Rules::new()
    }
}

impl Rules {
    pub fn new() -> Self {
        Rules {
            lex: Lexicon::new(),
        }
    }

    /// All entities in `text`, sorted by position, without overlaps.
    pub fn find(&self, text: &str) -> Vec<Match> {
        let toks = tokenize(text);
        let mut hits = vec![NO_HIT; toks.len()];
        let mut t = 0;
        while t < toks.len() {
            let Some((entry, end)) = self.lex.longest_at(text, toks[t].s) else {
                t += 1;
                continue;
            };
            let mut u = t;
            while u < toks.len() && toks[u].e < end {
                u += 1;
            }
            if u < toks.len() && toks[u].e == end {
                hits[t] = Hit {
                    entry: entry as u32,
                    end: (u + 1) as u32,
                };
                t = u + 1;
            } else {
                // Ends inside a word: no hit, and none starts before its end.
                while t < toks.len() && toks[t].s < end {
                    t += 1;
                }
            }
        }
        let mut pass = Pass {
            lex: &self.lex,
            text,
            toks,
            hits,
            out: Vec::new(),
            acronyms: Vec::new(),
        };
        pass.run();
        pass.out
    }
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    /// First character upper case.
    cap: bool,
    /// Upper-case first character, the rest lower case.
    name: bool,
    /// Every character upper case (acronyms), two or more.
    acronym: bool,
    /// ASCII digits only.
    digits: bool,
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    entry: u32,
    end: u32,
}

const NO_HIT: Hit = Hit {
    entry: u32::MAX,
    end: 0,
};

/// Letters and digits, with a fast path for the Latin blocks Vietnamese is
/// written in (the general Unicode lookup dominated the profile).
fn is_word_char(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1EA0..=0x1EFF => true,
        _ => c.is_alphanumeric(),
    }
}

/// Upper case, with a fast path for the Vietnamese letters.
fn is_upper(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_uppercase(),
        0xD7 => false,
        0xC0..=0xDE => true,
        0xDF..=0xFF => false,
        // Ạ ạ … Ỹ ỹ alternate upper and lower case.
        n @ 0x1EA0..=0x1EFF => n % 2 == 0,
        _ => c.is_uppercase(),
    }
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 && !b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut first = true;
        let (mut cap, mut rest_lower, mut all_upper, mut digits) = (false, true, true, true);
        while i < bytes.len() {
            let b = bytes[i];
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                let c = text[i..].chars().next().expect("char boundary");
                (c, c.len_utf8())
            };
            if !is_word_char(c) {
                // An apostrophe between letters belongs to the word: "K'Thị",
                // "Cư M’gar"; the letter after it starts afresh.
                if (c == '\'' || c == '’')
                    && !first
                    && text[i + len..].starts_with(char::is_alphabetic)
                {
                    i += len;
                    first = true;
                    continue;
                }
                break;
            }
            let upper = is_upper(c);
            if first {
                if i == start {
                    cap = upper;
                }
                first = false;
            } else if upper {
                rest_lower = false;
            }
            if !upper {
                all_upper = false;
            }
            if !c.is_ascii_digit() {
                digits = false;
            }
            i += len;
        }
        if i == start {
            // A non-alphanumeric non-ASCII character.
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        toks.push(Tok {
            s: start,
            e: i,
            cap,
            name: cap && rest_lower,
            acronym: all_upper && i - start >= 2,
            digits,
        });
    }
    toks
}

/// Words that never sit inside the name of a body.
const STOP_WORDS: &[&str] = &[
    "đã", "đang", "sẽ", "được", "bị", "là", "có", "vừa", "để", "khi", "này", "trong", "theo",
    "gồm", "do", "tại", "ở", "của", "cho", "với", "từ", "đến", "cùng", "thì", "mà", "nhưng", "nên",
    "vì", "các", "những", "nhiều",
];

/// Levels of administrative units (a body's locator is one of these).
const ADMIN_LEVELS: &[&str] = &[
    "province",
    "city",
    "district",
    "town",
    "commune",
    "ward",
    "township",
    "village",
    "special zone",
];

/// Levels a body's locator can have: administrative units and border gates
/// ("Chi cục Hải quan cửa khẩu Tân Thanh").
const LOCATOR_LEVELS: &[&str] = &[
    "province",
    "city",
    "district",
    "town",
    "commune",
    "ward",
    "township",
    "village",
    "special zone",
    "border gate",
];

/// Roles that end a run of capitalised name syllables.
const NAME_STOP: u32 = role::ANY_TITLE | role::ANY_BODY | role::KIND | role::ADMIN;

struct Pass<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    toks: Vec<Tok>,
    hits: Vec<Hit>,
    out: Vec<Match>,
    /// Abbreviations the text introduced in brackets after a body's name.
    acronyms: Vec<&'a str>,
}

impl Pass<'_> {
    fn n(&self) -> usize {
        self.toks.len()
    }

    fn word(&self, i: usize) -> &str {
        &self.text[self.toks[i].s..self.toks[i].e]
    }

    /// Text between token `i - 1` and token `i` (empty past the last token).
    fn gap(&self, i: usize) -> &str {
        let Some(tok) = self.toks.get(i) else {
            return "";
        };
        let start = if i == 0 { 0 } else { self.toks[i - 1].e };
        &self.text[start..tok.s]
    }

    /// Token `i` exists and follows the previous one after a single space.
    fn joined(&self, i: usize) -> bool {
        i < self.n() && i > 0 && self.gap(i) == " "
    }

    fn entry(&self, i: usize) -> Option<&Entry> {
        let hit = self.hits.get(i)?;
        self.lex.entries.get(hit.entry as usize)
    }

    fn roles(&self, i: usize) -> u32 {
        self.entry(i).map_or(0, |e| e.roles)
    }

    /// One past the last token of the phrase starting at `i`.
    fn hit_end(&self, i: usize) -> usize {
        self.hits[i].end as usize
    }

    fn span(&self, from: usize, to: usize) -> Range<usize> {
        self.toks[from].s..self.toks[to - 1].e
    }

    fn emit(&mut self, label: &'static str, span: Range<usize>) -> &mut Match {
        self.out.push(Match {
            label,
            span,
            attributes: Vec::new(),
        });
        self.out.last_mut().expect("just pushed")
    }

    fn number(&self, i: usize) -> Option<u32> {
        let tok = self.toks.get(i)?;
        if !tok.digits || tok.e - tok.s > 4 {
            return None;
        }
        self.word(i).parse().ok()
    }

    fn year(&self, i: usize) -> Option<u32> {
        let tok = self.toks.get(i)?;
        (tok.e - tok.s == 4)
            .then(|| self.number(i))
            .flatten()
            .filter(|y| (1900..=2100).contains(y))
    }

    /// "… năm 2021" right after token `k` ("tháng 8 năm 2021", "quý II
    /// năm 2021"): the token after the year and the year.
    fn spelled_year_after(&self, k: usize) -> Option<(usize, u32)> {
        (self.joined(k + 1) && self.word(k + 1) == "năm")
            .then(|| self.year(k + 2))
            .flatten()
            .map(|y| (k + 3, y))
    }

    fn run(&mut self) {
        let mut i = 0;
        let mut plural = false;
        while i < self.n() {
            if self.gap(i).contains(['.', ';', ':', '\n', '(', ')']) {
                plural = false;
            }
            i = self.step(i, &mut plural).unwrap_or(i + 1);
        }
    }

    /// Applies the first rule that fits at token `i`; returns the next token.
    fn step(&mut self, i: usize, plural: &mut bool) -> Option<usize> {
        let roles = self.roles(i);
        if roles & role::KIND != 0
            && let Some(next) = self.legal_ref(i)
        {
            return Some(next);
        }
        if roles & role::DATE != 0
            && let Some(next) = self.unit_date(i)
        {
            return Some(next);
        }
        if roles & role::DAYPART != 0 {
            let end = self.hit_end(i);
            if self.joined(end)
                && let Some(next) = self.numeric_date(end, false)
            {
                return Some(next);
            }
        }
        if self.toks[i].digits
            && let Some(next) = self.numeric_date(i, true)
        {
            return Some(next);
        }
        if roles & role::PLURAL != 0 {
            let end = self.hit_end(i);
            if self.joined(end) && self.roles(end) & role::ANY_TITLE != 0 {
                *plural = true;
                return Some(end);
            }
        }
        if roles & role::ANY_TITLE != 0 {
            if *plural {
                // "các đồng chí Ủy viên Ban Thường vụ …": a generic role; its
                // body is still a body.
                return Some(self.hit_end(i));
            }
            if let Some(next) = self.position(i) {
                return Some(next);
            }
        }
        if roles & (role::ANY_BODY | role::STANDING) != 0 {
            match self.organization(i) {
                Some(end) => {
                    self.emit("ORGANIZATION", self.span(i, end));
                    // "Tổng công ty Cảng hàng không Việt Nam (ACV)": the
                    // abbreviation is the body too, here and later on.
                    if end + 1 < self.n()
                        && self.gap(end) == " ("
                        && self.toks[end].acronym
                        && self.roles(end) == 0
                        && self.gap(end + 1).starts_with(')')
                    {
                        self.emit("ORGANIZATION", self.span(end, end + 1));
                        let text = self.text;
                        self.acronyms
                            .push(&text[self.toks[end].s..self.toks[end].e]);
                        return Some(end + 1);
                    }
                    return Some(end);
                }
                None => return Some(self.hit_end(i)),
            }
        }
        if roles & role::ADMIN != 0 {
            let end = self.hit_end(i);
            if self.joined(end)
                && let Some(place_end) = self.place_name(end, false)
            {
                let level = self.entry(i).map_or("", |e| e.level);
                self.emit("LOCATION", self.span(end, place_end))
                    .attributes
                    .push(("level", level.to_string()));
                // "cửa khẩu Tây Trang - Sốp Hùn": a pair, both places.
                if place_end + 1 < self.n()
                    && matches!(self.gap(place_end), " - " | " – ")
                    && let Some(second) = self.place_name(place_end, false)
                    && (second - place_end >= 2 || self.roles(place_end) & role::PLACE != 0)
                {
                    self.emit("LOCATION", self.span(place_end, second))
                        .attributes
                        .push(("level", level.to_string()));
                    return Some(second);
                }
                return Some(place_end);
            }
        }
        if roles & role::HONORIFIC != 0 {
            let end = self.hit_end(i);
            if self.joined(end) && self.toks[end].name && self.roles(end) & NAME_STOP == 0 {
                let run = self.name_run(end, 4);
                if !(self.roles(end) & role::PLACE != 0 && self.hit_end(end) >= run) {
                    self.emit("PERSON", self.span(end, run));
                    return Some(run);
                }
                return Some(end);
            }
        }
        if roles & role::PHOTO != 0 {
            let end = self.hit_end(i);
            if end < self.n()
                && self.gap(end).trim() == ":"
                && self.toks[end].name
                && self.roles(end) & NAME_STOP == 0
            {
                let run = self.name_run(end, 4);
                self.emit("PERSON", self.span(end, run));
                return Some(run);
            }
        }
        if roles & role::PLACE != 0 {
            let end = self.hit_end(i);
            if end - i >= 3 && self.strong_name(i, end) {
                // "Hồ Chí Minh" without "Thành phố" before it is the man.
                self.emit("PERSON", self.span(i, end));
            } else {
                self.emit("LOCATION", self.span(i, end));
            }
            return Some(end);
        }
        if self.toks[i].acronym && roles == 0 && self.acronyms.contains(&self.word(i)) {
            self.emit("ORGANIZATION", self.span(i, i + 1));
            return Some(i + 1);
        }
        if self.toks[i].name
            && roles & (NAME_STOP | role::HONORIFIC) == 0
            && self.lex.is_family(self.word(i))
        {
            let run = self.name_run(i, 4);
            if self.strong_name(i, run) {
                self.emit("PERSON", self.span(i, run));
                return Some(run);
            }
        }
        None
    }

    /// Capitalised syllables from `i` (at most `max`), single-spaced, not
    /// starting a title, body, administrative word or document kind.
    fn name_run(&self, i: usize, max: usize) -> usize {
        let mut k = i;
        while k < self.n()
            && k - i < max
            && self.toks[k].name
            && (k == i || self.joined(k))
            && (k == i
                || self.roles(k) & NAME_STOP == 0
                || (self.hit_end(k) == k + 1
                    && self.roles(k) & role::ANY_TITLE == 0
                    && self.lex.is_given(self.word(k))))
        {
            k += 1;
        }
        k
    }

    /// A family name followed by given-name syllables: `Nguyễn Văn An`.
    fn strong_name(&self, from: usize, to: usize) -> bool {
        let rest = to.saturating_sub(from + 1);
        if rest == 0 || rest > 3 || !self.lex.is_family(self.word(from)) {
            return false;
        }
        let given = (from + 1..to)
            .filter(|&k| self.lex.is_given(self.word(k)))
            .count();
        if rest == 1 {
            given == 1
        } else {
            given + 1 >= rest
        }
    }

    /// A title, its body and a place after it; then the person it names.
    fn position(&mut self, i: usize) -> Option<usize> {
        let roles = self.roles(i);
        let mut end = self.hit_end(i);
        if self.joined(end) && self.roles(end) & role::STANDING != 0 {
            end = self.hit_end(end);
        }
        let mut has_body = false;
        if self.joined(end)
            && self.roles(end) & (role::ANY_BODY | role::STANDING) != 0
            && let Some(body_end) = self.organization(end)
        {
            end = body_end;
            has_body = true;
        }
        // "Phó Tỉnh trưởng tỉnh Luang Prabang": a title and the unit it runs.
        if !has_body
            && self.joined(end)
            && self.roles(end) & role::ADMIN != 0
            && self.joined(self.hit_end(end))
            && let Some(after) = self.locator(end, false)
            && after > self.hit_end(end)
        {
            end = after;
            has_body = true;
        }
        if !has_body && roles & role::TITLE == 0 {
            return None;
        }
        // "Trưởng phòng Tài nguyên và Môi trường thị xã": the field of the
        // title's own department, and its level.
        if !has_body
            && self.joined(end)
            && self.roles(end) & role::DOMAIN != 0
            && self.toks[end].cap
        {
            end = self.hit_end(end);
            if let Some(after) = self.locator(end, false).or_else(|| self.described(end)) {
                end = after;
            }
            has_body = true;
        }
        // "Tỉnh ủy viên" alone is a rank shared by many, not one post.
        if !has_body
            && self.word(self.hit_end(i) - 1) == "viên"
            && !(self.joined(end) && self.toks[end].name && self.roles(end) & NAME_STOP == 0)
        {
            return Some(end);
        }
        let span = self.span(i, end);
        let position = self.text[span.clone()].to_string();
        self.emit("POSITION", span);
        if self.joined(end) && self.toks[end].name && self.roles(end) & NAME_STOP == 0 {
            let run = self.name_run(end, 4);
            // One syllable then running text is a word, not a name:
            // "Trưởng ban Chỉ đạo …".
            if run - end == 1 && run < self.n() && self.gap(run) == " " {
                return Some(end);
            }
            self.emit("PERSON", self.span(end, run))
                .attributes
                .push(("position", position));
            return Some(run);
        }
        Some(end)
    }

    /// A body from token `i`: its head, the field or name that completes it,
    /// bodies it belongs to, and the level or place after it.
    fn organization(&self, i: usize) -> Option<usize> {
        let roles = self.roles(i);
        let mut end = self.hit_end(i);
        let mut named = roles & (role::BODY | role::STANDING) != 0;
        if roles & role::STANDING != 0 && roles & role::BODY == 0 {
            // "Thường trực" + a body.
            if !(self.joined(end) && self.roles(end) & role::ANY_BODY != 0) {
                return None;
            }
            named = true;
        }
        if !named && roles & (role::BODY_FIELD | role::BODY_PLACE) != 0 && self.joined(end) {
            if self.roles(end) & role::DOMAIN != 0 {
                end = self.hit_end(end);
                named = true;
            } else if self.toks[end].acronym && self.roles(end) == 0 {
                end += 1;
                named = true;
            } else if roles & role::BODY_FIELD != 0
                && self.roles(end) & role::ANY_BODY != 0
                && let Some(inner) = self.organization(end)
            {
                return Some(inner);
            }
        }
        if !named && roles & role::BODY_NAME != 0 {
            let run = self.body_name(end, false);
            if run > end {
                named = true;
                end = self.person_tail(end, run, 3).unwrap_or(run);
            }
        }
        if !named && roles & (role::BODY_FIELD | role::BODY_PLACE) != 0 && self.joined(end) {
            // "Cục Quản lý Khám, chữa bệnh", "Ban Quản lý dự án 2": a field
            // not in the vocabulary, written as a name.
            let run = self.body_name(end, roles & role::BODY_PLACE != 0);
            if run > end
                && (self.toks[end].cap
                    || self.toks[run - 1].digits
                    || self.locator(run, false).is_some())
            {
                named = true;
                end = run;
            }
        }
        // A generic body: "HĐND các cấp", "Ban Thường vụ huyện ủy, thành ủy".
        if self.joined(end) && (self.roles(end) & role::GENERIC != 0 || self.word(end) == "các") {
            return None;
        }
        if named && self.joined(end) {
            let r = self.roles(end);
            if r & role::DOMAIN != 0 && self.toks[end].cap && r & role::ANY_BODY == 0 {
                end = self.hit_end(end);
            }
        }
        // "(CCQ)" after a body.
        if end + 1 < self.n()
            && self.gap(end) == " ("
            && self.toks[end].acronym
            && self.gap(end + 1).starts_with(") ")
            && let Some(after) = self.locator(end + 1, true)
        {
            return Some(after);
        }
        // Bodies it belongs to: "Ban Thường vụ Tỉnh ủy", "UBKT Đảng ủy".
        if named
            && self.joined(end)
            && self.roles(end) & role::ANY_BODY != 0
            && self.roles(end) & role::ANY_TITLE == 0
            && let Some(outer) = self.organization(end)
        {
            return Some(outer);
        }
        if self.joined(end)
            && let Some(after) = self.locator(end, false)
        {
            return Some(after);
        }
        // "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh": a body with
        // a descriptive name reaching a level or place.
        if roles & (role::BODY_FIELD | role::BODY_PLACE | role::DESCRIBED) != 0
            && let Some(after) = self.described(end)
        {
            return Some(after);
        }
        named.then_some(end)
    }

    /// The end of a body's proper name from token `start` ("Công ty Cổ phần
    /// Phúc Sinh", "Trường THPT chuyên Lê Hồng Phong", "Bệnh viện Nhi Đồng
    /// 1", "Quỹ Hỗ trợ sinh viên nghèo" before "tỉnh …"): capitalised
    /// syllables, fields and places, up to four lower-case syllables between
    /// them (or before a level), a number at the end. `start` if none.
    fn body_name(&self, start: usize, lower_start: bool) -> usize {
        let mut end = start;
        let mut good = start;
        let mut lower = 0;
        while self.joined(end) {
            let r = self.roles(end);
            let tok = self.toks[end];
            if matches!(
                (
                    self.word(end),
                    self.toks.get(end + 1).map(|_| self.word(end + 1))
                ),
                ("Trung", Some("ương")) | ("Quốc" | "quốc", Some("gia"))
            ) && self.joined(end + 1)
            {
                end += 2;
                good = end;
                lower = 0;
            } else if r & (role::DOMAIN | role::PLACE) != 0
                && r & (role::ANY_TITLE | role::ANY_BODY) == 0
            {
                end = self.hit_end(end);
                good = end;
                lower = 0;
            } else if (tok.name || tok.acronym)
                && r & (NAME_STOP | role::DATE | role::HONORIFIC) == 0
            {
                end += 1;
                good = end;
                lower = 0;
            } else if tok.digits
                && tok.e - tok.s <= 3
                && end > start
                // "… dự án 2 (Bộ Xây dựng)", "… giao thông 4.", not "… hơn 300
                // bệnh nhân": after lower-case words, a short number must end
                // the phrase.
                && (lower == 0
                    || (tok.e - tok.s <= 2
                        && (!self.text[tok.e..].starts_with(' ')
                            || self.text[tok.e..].starts_with(" ("))))
            {
                good = end + 1;
                break;
            } else if lower > 0
                && r & role::ADMIN != 0
                && LOCATOR_LEVELS.contains(&self.entry(end).map_or("", |e| e.level))
            {
                // the level after a descriptive name: "… nghèo tỉnh Hà Tĩnh"
                good = end;
                break;
            } else if !tok.cap
                && !tok.digits
                && lower < 5
                && (end > start || lower_start)
                && r & (NAME_STOP | role::GENERIC | role::DATE) == 0
                && !STOP_WORDS.contains(&self.word(end))
            {
                end += 1;
                lower += 1;
            } else {
                break;
            }
        }
        // "Trường Đại học Công nghệ, …": one lower-case syllable that finishes
        // the last word of the name, right before punctuation (two would
        // mostly be a verb: "… Thiện Tâm tài trợ.").
        if lower == 1
            && end > good
            && self.text[self.toks[end - 1].e..].starts_with([',', '.', ';', ':', ')', '\n'])
        {
            good = end;
        }
        good
    }

    /// The end of a description from token `k` that ends in a level or place
    /// ("… tỉnh Quảng Nam", "… Quốc gia"), within a dozen syllables.
    fn described(&self, k: usize) -> Option<usize> {
        let mut j = k;
        while j < self.n() && j - k < 12 {
            let gap = self.gap(j);
            if j > 0 && !matches!(gap, " " | ", " | " - " | " – ") {
                return None;
            }
            let r = self.roles(j);
            let word = self.word(j);
            if STOP_WORDS.contains(&word)
                || r & (role::ANY_TITLE | role::KIND | role::DATE | role::HONORIFIC | role::GENERIC)
                    != 0
            {
                return None;
            }
            if j > k && word == "Quốc" && self.joined(j + 1) && self.word(j + 1) == "gia" {
                return Some(j + 2);
            }
            if j > k
                && r & role::ADMIN != 0
                && ADMIN_LEVELS.contains(&self.entry(j).map_or("", |e| e.level))
            {
                return self.locator(j, true);
            }
            if r & role::ANY_BODY != 0 {
                return None;
            }
            j = if self.hits[j].end as usize > j {
                self.hit_end(j)
            } else {
                j + 1
            };
        }
        None
    }

    /// A level or place after a body: "tỉnh", "xã Tân Lập", "Bắc Ninh",
    /// "Việt Nam", "Trung ương".
    fn locator(&self, j: usize, after_paren: bool) -> Option<usize> {
        if j >= self.n() || (!after_paren && !self.joined(j)) {
            return None;
        }
        let roles = self.roles(j);
        if roles & role::ADMIN != 0 {
            let level = self.entry(j).map_or("", |e| e.level);
            if !LOCATOR_LEVELS.contains(&level) {
                return None;
            }
            let end = self.hit_end(j);
            // Provinces and districts are all in the gazetteer: after a body,
            // an unknown name there is the person ("… UBND tỉnh Hoàng Nam").
            let listed = matches!(level, "province" | "city" | "district" | "town");
            if self.joined(end)
                && !(listed
                    && self.roles(end) & role::PLACE == 0
                    && self.strong_name(end, self.name_run(end, 4)))
                && let Some(place_end) = self.place_name(end, true)
            {
                return Some(place_end);
            }
            return Some(end);
        }
        if roles & role::PLACE != 0 {
            let end = self.place_name(j, true)?;
            // "Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn": a pair of places.
            if end + 1 < self.n()
                && matches!(self.gap(end), " - " | " – ")
                && self.roles(end) & role::PLACE != 0
            {
                return Some(self.hit_end(end));
            }
            return Some(end);
        }
        let word = self.word(j);
        // "Ngân hàng Chính sách xã hội chi nhánh Hà Tĩnh", "Đài Khí tượng
        // Thủy văn khu vực Tây Nguyên"
        if matches!(
            (word, self.toks.get(j + 1).map(|_| self.word(j + 1))),
            ("chi", Some("nhánh")) | ("khu", Some("vực"))
        ) && self.joined(j + 1)
            && self.joined(j + 2)
            && let Some(end) = self.place_name(j + 2, true)
        {
            return Some(end);
        }
        if matches!(word, "Trung") && self.joined(j + 1) && self.word(j + 1) == "ương" {
            return Some(j + 2);
        }
        if matches!(word, "Quốc" | "quốc") && self.joined(j + 1) && self.word(j + 1) == "gia" {
            return Some(j + 2);
        }
        if word == "T" && j + 1 < self.n() && self.gap(j + 1) == "." && self.word(j + 1) == "Ư" {
            return Some(j + 2);
        }
        if word == "TW" {
            return Some(j + 1);
        }
        None
    }

    /// A place name starting at `i` (after an administrative word or a
    /// body): a known place, or capitalised syllables that are not a person.
    /// After a body (`after_body`), a run that reads as a person's name is
    /// the person, not a place: "Chủ tịch UBND tỉnh Lê Văn An".
    fn place_name(&self, i: usize, after_body: bool) -> Option<usize> {
        if i >= self.n() || !self.toks[i].cap {
            return None;
        }
        let roles = self.roles(i);
        // "thôn Làng Nủ", "xã Bản Lầu": an administrative word can start a name.
        let admin_start = roles & role::ADMIN != 0 && roles & (NAME_STOP & !role::ADMIN) == 0;
        if roles & NAME_STOP != 0 && !admin_start {
            return None;
        }
        let known_end = (roles & role::PLACE != 0).then(|| self.hit_end(i));
        if known_end.is_none() && !self.toks[i].name {
            return None;
        }
        // The capitalised run, known places inside it counted whole.
        let mut run = match known_end {
            Some(end) => end,
            None if admin_start => self.hit_end(i),
            None => i + 1,
        };
        while run < self.n()
            && run - i < 5
            && self.toks[run].name
            && self.joined(run)
            && self.roles(run) & NAME_STOP == 0
        {
            run = if self.roles(run) & role::PLACE != 0 {
                self.hit_end(run)
            } else {
                run + 1
            };
        }
        if known_end.is_none() && after_body && run - i >= 3 && self.strong_name(i, run) {
            return None;
        }
        let end = self.person_tail(i, run, 1).unwrap_or(run);
        Some(end.max(known_end.unwrap_or(i + 1)))
    }

    /// Where a person's name starts inside a capitalised run `from..to`
    /// ("Trường THCS Lê Lợi Nguyễn Văn Bình": at "Nguyễn"): the last family
    /// name at index ≥ `min` from which 3 or 4 name syllables run to the end.
    fn person_tail(&self, from: usize, to: usize, min: usize) -> Option<usize> {
        (from + min.max(1)..to.saturating_sub(2))
            .rev()
            .find(|&k| to - k <= 4 && self.strong_name(k, to))
    }

    /// A date after a unit word: "ngày 15/10/2021", "tháng 8/2022", "năm
    /// 2019", "quý II/2021", "nhiệm kỳ 2020 - 2025".
    fn unit_date(&mut self, i: usize) -> Option<usize> {
        let unit = self.entry(i)?.value;
        let k = self.hit_end(i);
        if !self.joined(k) {
            return None;
        }
        let (end, iso) = match unit {
            "day" => {
                if let Some((end, d, m, y)) = self.dmy(k, false) {
                    (end, iso_day(d, m, y))
                } else if self.number(k).is_some_and(|d| (1..=31).contains(&d))
                    && self.joined(k + 1)
                    && matches!(self.word(k + 1), "và" | "đến")
                    && self.joined(k + 2)
                    && let Some((end, _, _, _)) = self.dmy(k + 2, false)
                {
                    // "ngày 26 và 27/6": two days of one month
                    (end, None)
                } else {
                    // "ngày 15 tháng 10 năm 2021"
                    let d = self.number(k).filter(|d| (1..=31).contains(d))?;
                    if !(self.joined(k + 1) && self.word(k + 1) == "tháng") {
                        return None;
                    }
                    let m = self.number(k + 2).filter(|m| (1..=12).contains(m))?;
                    if self.joined(k + 3)
                        && self.word(k + 3) == "năm"
                        && let Some(y) = self.year(k + 4)
                    {
                        (k + 5, iso_day(d, m, Some(y)))
                    } else {
                        (k + 3, None)
                    }
                }
            }
            "month" => {
                let m = self.number(k).filter(|m| (1..=12).contains(m))?;
                if k + 1 < self.n() && matches!(self.gap(k + 1), "/" | "-" | ".") {
                    let y = self.year(k + 1)?;
                    (k + 2, Some(format!("{y:04}-{m:02}")))
                } else {
                    match self.spelled_year_after(k) {
                        Some((end, y)) => (end, Some(format!("{y:04}-{m:02}"))),
                        None => (k + 1, None),
                    }
                }
            }
            "year" => {
                let y = self.year(k)?;
                if k + 1 < self.n() && matches!(self.gap(k + 1), "/" | ".") {
                    return None;
                }
                (k + 1, Some(format!("{y:04}")))
            }
            "quarter" => {
                let q = match self.word(k) {
                    "I" | "1" => 1,
                    "II" | "2" => 2,
                    "III" | "3" => 3,
                    "IV" | "4" => 4,
                    _ => return None,
                };
                if k + 1 < self.n()
                    && matches!(self.gap(k + 1), "/" | "-")
                    && let Some(y) = self.year(k + 1)
                {
                    (k + 2, Some(format!("{y:04}-Q{q}")))
                } else {
                    match self.spelled_year_after(k) {
                        Some((end, y)) => (end, Some(format!("{y:04}-Q{q}"))),
                        None => (k + 1, None),
                    }
                }
            }
            "term" => {
                let from = self.year(k)?;
                let to = self.year(k + 1)?;
                if !matches!(self.gap(k + 1).trim(), "-" | "–" | "—") || to <= from {
                    return None;
                }
                (k + 2, Some(format!("{from:04}/{to:04}")))
            }
            _ => return None,
        };
        let m = self.emit("DATE", self.span(i, end));
        if let Some(iso) = iso {
            m.attributes.push(("iso", iso));
        }
        Some(end)
    }

    /// `D/M/YYYY` (or `D-M-YYYY`, `D.M.YYYY`) at `k`; `D/M` too unless
    /// `need_year`.
    fn dmy(&self, k: usize, need_year: bool) -> Option<(usize, u32, u32, Option<u32>)> {
        let d = self.number(k).filter(|d| (1..=31).contains(d))?;
        if self.toks[k].e - self.toks[k].s > 2 {
            return None;
        }
        let sep = self.gap(k + 1);
        if k + 1 >= self.n() || !matches!(sep, "/" | "-" | ".") {
            return None;
        }
        let m = self.number(k + 1).filter(|m| (1..=12).contains(m))?;
        if self.toks[k + 1].e - self.toks[k + 1].s > 2 {
            return None;
        }
        if k + 2 < self.n()
            && self.gap(k + 2) == sep
            && let Some(y) = self.year(k + 2)
        {
            return Some((k + 3, d, m, Some(y)));
        }
        if need_year || (k + 2 < self.n() && self.gap(k + 2) == sep && self.toks[k + 2].digits) {
            return None;
        }
        Some((k + 2, d, m, None))
    }

    fn numeric_date(&mut self, k: usize, need_year: bool) -> Option<usize> {
        let (end, d, m, y) = self.dmy(k, need_year)?;
        let iso = iso_day(d, m, y);
        let found = self.emit("DATE", self.span(k, end));
        if let Some(iso) = iso {
            found.attributes.push(("iso", iso));
        }
        Some(end)
    }

    /// "Nghị quyết số 18-NQ/TW", "Quyết định 1234/QĐ-UBND", "Nghị định
    /// 15/2021/NĐ-CP", "Đề án số 02 – ĐA/ĐU".
    fn legal_ref(&mut self, i: usize) -> Option<usize> {
        let kind = self.entry(i)?.value;
        let mut k = self.hit_end(i);
        if !self.joined(k) {
            return None;
        }
        let mut with_so = false;
        let mut named = false;
        if matches!(self.word(k), "số" | "Số") && self.joined(k + 1) {
            with_so = true;
            k += 1;
        } else if !self.toks[k].digits {
            // "Luật Ngân sách nhà nước số 83/2015/QH13", "Chương trình hành
            // động số 45-CTr/TU": the document's name, then its number.
            let mut j = k;
            loop {
                if j + 1 >= self.n() || j - k > 16 {
                    return None;
                }
                if j > k && (!matches!(self.gap(j), " " | ", ") || self.roles(j) & role::KIND != 0)
                {
                    return None;
                }
                if matches!(self.word(j), "số" | "Số")
                    && self.joined(j + 1)
                    && self.toks[j + 1].digits
                {
                    k = j + 1;
                    with_so = true;
                    named = true;
                    break;
                }
                j += 1;
            }
        }
        let number_tok = *self.toks.get(k)?;
        if !number_tok.digits {
            return None;
        }
        let number = self.word(k).to_string();
        let bytes = self.text.as_bytes();
        let mut p = number_tok.e;
        let mut year = None;
        // "/2021/" or "/2021-"
        if bytes.get(p) == Some(&b'/')
            && let Some(y) = self.year(k + 1)
            && self.toks[k + 1].s == p + 1
            && matches!(bytes.get(self.toks[k + 1].e), Some(b'/' | b'-'))
        {
            year = Some(y);
            p = self.toks[k + 1].e;
        }
        // separator, spaces allowed around it
        let mut q = p;
        while bytes.get(q) == Some(&b' ') {
            q += 1;
        }
        let sep_len = if matches!(bytes.get(q), Some(b'-' | b'/')) {
            1
        } else if self.text[q..].starts_with('–') {
            '–'.len_utf8()
        } else {
            0
        };
        let mut end = number_tok.e;
        let mut code = String::new();
        // The symbol keeps a slash before the code ("1234/QĐ-UBND") and
        // writes any dash as "-" ("02 – ĐA/ĐU" → "02-ĐA/ĐU").
        let slash = sep_len > 0 && bytes[q] == b'/';
        if sep_len > 0 {
            q += sep_len;
            while bytes.get(q) == Some(&b' ') {
                q += 1;
            }
            let rest = &self.text[q..];
            if rest.starts_with(char::is_uppercase) {
                let len = rest
                    .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '/' | '&')))
                    .unwrap_or(rest.len());
                let raw = rest[..len].trim_end_matches(['-', '/']);
                if !raw.is_empty() {
                    code = raw.to_string();
                    end = q + raw.len();
                }
            }
        }
        if code.is_empty() && named {
            return None;
        }
        if code.is_empty() {
            let after = &self.text[number_tok.e..];
            let clean_end = after.is_empty()
                || after.starts_with([',', ';', '.', ')', ':'])
                || [" của", " về", " ngày", " do", " và", " (", " đã", " được"]
                    .iter()
                    .any(|w| after.starts_with(w));
            if !with_so && !clean_end {
                return None;
            }
            if !clean_end && self.number(k + 1).is_some() {
                return None;
            }
        }
        let span = self.toks[i].s..end;
        let issuer = code
            .rsplit(['-', '/'])
            .next()
            .unwrap_or_default()
            .to_string();
        let mut symbol = number.clone();
        if let Some(y) = year {
            symbol.push_str(&format!("/{y}"));
        }
        if !code.is_empty() {
            symbol.push(if slash { '/' } else { '-' });
            symbol.push_str(&code);
        }
        let m = self.emit("LEGAL_REF", span);
        m.attributes.push(("kind", kind.to_string()));
        m.attributes.push(("number", number));
        if let Some(y) = year {
            m.attributes.push(("year", y.to_string()));
        }
        if !issuer.is_empty() {
            m.attributes.push(("issuer", issuer));
        }
        m.attributes.push(("symbol", symbol));
        let mut next = k + 1;
        while next < self.n() && self.toks[next].s < end {
            next += 1;
        }
        Some(next)
    }
}

fn iso_day(d: u32, m: u32, y: Option<u32>) -> Option<String> {
    let y = y?;
    let days = match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (d <= days).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(text: &str) -> Vec<(&'static str, String)> {
        Rules::new()
            .find(text)
            .into_iter()
            .map(|m| (m.label, text[m.span].to_string()))
            .collect()
    }

    fn pairs(list: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
        list.iter().map(|(l, s)| (*l, s.to_string())).collect()
    }

    #[test]
    fn legal_references_keep_kind_number_year_and_issuer() {
        let text = "Thực hiện Nghị quyết số 27-NQ/TW và Quyết định 2417/QĐ-UBND, Nghị định 43/2019/NĐ-CP; Chỉ thị 05- CT/TW, Đề án số 02 – ĐA/ĐU.";
        assert_eq!(
            tagged(text),
            pairs(&[
                ("LEGAL_REF", "Nghị quyết số 27-NQ/TW"),
                ("LEGAL_REF", "Quyết định 2417/QĐ-UBND"),
                ("LEGAL_REF", "Nghị định 43/2019/NĐ-CP"),
                ("LEGAL_REF", "Chỉ thị 05- CT/TW"),
                ("LEGAL_REF", "Đề án số 02 – ĐA/ĐU"),
            ])
        );
        let found = Rules::new().find(text);
        let attr = |i: usize, k: &str| {
            found[i]
                .attributes
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(attr(2, "year").as_deref(), Some("2019"));
        assert_eq!(attr(2, "issuer").as_deref(), Some("CP"));
        assert_eq!(attr(2, "symbol").as_deref(), Some("43/2019/NĐ-CP"));
        assert_eq!(attr(0, "kind").as_deref(), Some("Nghị quyết"));
        assert_eq!(attr(0, "number").as_deref(), Some("27"));
        assert_eq!(attr(1, "issuer").as_deref(), Some("UBND"));
        assert_eq!(attr(3, "symbol").as_deref(), Some("05-CT/TW"));
    }

    #[test]
    fn unnumbered_documents_are_not_references() {
        assert_eq!(
            tagged("Nghị quyết Đại hội XIII của Đảng và Kế hoạch 5 năm."),
            vec![]
        );
    }

    #[test]
    fn dates_keep_their_unit_and_get_iso_values() {
        let text = "Ngày 7/11/2021, tháng 8/2022, năm 2019, quý II/2021, nhiệm kỳ 2020 - 2025; Chiều 3/4 họp; 17/22 xã đạt chuẩn; Ngày 22-2.";
        let found = Rules::new().find(text);
        let got: Vec<(String, Option<String>)> = found
            .iter()
            .map(|m| {
                (
                    text[m.span.clone()].to_string(),
                    m.attributes.first().map(|a| a.1.clone()),
                )
            })
            .collect();
        let want = [
            ("Ngày 7/11/2021", Some("2021-11-07")),
            ("tháng 8/2022", Some("2022-08")),
            ("năm 2019", Some("2019")),
            ("quý II/2021", Some("2021-Q2")),
            ("nhiệm kỳ 2020 - 2025", Some("2020/2025")),
            ("3/4", None),
            ("Ngày 22-2", None),
        ];
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(s, i)| (s.to_string(), i.map(str::to_string)))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn positions_take_their_body_and_name_the_person_after_them() {
        let text = "Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn An dự; Chủ tịch UBND xã Tân Lập; nguyên Bí thư Huyện ủy Lê Thị Hoa.";
        assert_eq!(
            tagged(text),
            pairs(&[
                ("POSITION", "Phó Bí thư Thường trực Tỉnh ủy"),
                ("PERSON", "Nguyễn Văn An"),
                ("POSITION", "Chủ tịch UBND xã Tân Lập"),
                ("POSITION", "Bí thư Huyện ủy"),
                ("PERSON", "Lê Thị Hoa"),
            ])
        );
        let found = Rules::new().find(text);
        assert_eq!(
            found[1].attributes,
            vec![("position", "Phó Bí thư Thường trực Tỉnh ủy".to_string())]
        );
    }

    #[test]
    fn generic_plural_roles_are_not_positions() {
        assert_eq!(
            tagged(
                "Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh."
            ),
            pairs(&[
                ("ORGANIZATION", "Ban Thường vụ Tỉnh ủy"),
                ("ORGANIZATION", "Ban Chấp hành Đảng bộ tỉnh"),
            ])
        );
    }

    #[test]
    fn places_lose_their_admin_word_but_stay_inside_bodies() {
        assert_eq!(
            tagged(
                "Đoàn công tác đến huyện Sông Lô, tỉnh Bắc Ninh và làm việc với Đảng bộ tỉnh Bắc Ninh, Sở Tài chính tỉnh Quảng Nam."
            ),
            pairs(&[
                ("LOCATION", "Sông Lô"),
                ("LOCATION", "Bắc Ninh"),
                ("ORGANIZATION", "Đảng bộ tỉnh Bắc Ninh"),
                ("ORGANIZATION", "Sở Tài chính tỉnh Quảng Nam"),
            ])
        );
    }

    #[test]
    fn bo_alone_and_generic_bodies_are_not_organizations() {
        assert_eq!(
            tagged("Bộ sẽ trình; HĐND các cấp; Bộ Y tế họp."),
            pairs(&[("ORGANIZATION", "Bộ Y tế")])
        );
    }

    #[test]
    fn names_need_context_or_a_family_name() {
        assert_eq!(
            tagged("Trong năm, ông Hùng và bà Trần Thị Lan gặp Nguyễn Phú Trọng. Ảnh: Thanh Phúc"),
            pairs(&[
                ("PERSON", "Hùng"),
                ("PERSON", "Trần Thị Lan"),
                ("PERSON", "Nguyễn Phú Trọng"),
                ("PERSON", "Thanh Phúc"),
            ])
        );
        // A capitalised sentence start is not a name; a title is not swallowed.
        assert_eq!(
            tagged("Thực hiện chủ trương. Tổng Bí thư Nguyễn Phú Trọng nói."),
            pairs(&[("POSITION", "Tổng Bí thư"), ("PERSON", "Nguyễn Phú Trọng")])
        );
    }

    #[test]
    fn ho_chi_minh_is_a_man_unless_a_city_word_precedes() {
        assert_eq!(
            tagged("tư tưởng Hồ Chí Minh ở Thành phố Hồ Chí Minh"),
            pairs(&[("PERSON", "Hồ Chí Minh"), ("LOCATION", "Hồ Chí Minh")])
        );
    }
    #[test]
    fn a_place_after_a_body_stays_in_it_and_a_name_after_it_is_the_person() {
        assert_eq!(
            tagged("Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn An và Chủ tịch UBND tỉnh Lê Thị Hoa."),
            pairs(&[
                ("POSITION", "Chủ tịch UBND tỉnh Bắc Ninh"),
                ("PERSON", "Nguyễn Văn An"),
                ("POSITION", "Chủ tịch UBND tỉnh"),
                ("PERSON", "Lê Thị Hoa"),
            ])
        );
    }

    #[test]
    fn body_names_with_lower_case_words_branches_and_numbers() {
        assert_eq!(
            tagged(
                "Ngân hàng Chính sách xã hội chi nhánh Hà Tĩnh cho vay; Công ty cổ phần Đầu tư Thiên Phúc cam kết; Ban Quản lý dự án 2 (Bộ Xây dựng) họp."
            ),
            pairs(&[
                (
                    "ORGANIZATION",
                    "Ngân hàng Chính sách xã hội chi nhánh Hà Tĩnh"
                ),
                ("ORGANIZATION", "Công ty cổ phần Đầu tư Thiên Phúc"),
                ("ORGANIZATION", "Ban Quản lý dự án 2"),
                ("ORGANIZATION", "Bộ Xây dựng"),
            ])
        );
    }

    #[test]
    fn a_document_name_may_come_before_its_number() {
        assert_eq!(
            tagged(
                "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 và Chương trình hành động số 45-CTr/TU."
            ),
            pairs(&[
                ("LEGAL_REF", "Luật Ngân sách nhà nước số 83/2015/QH13"),
                ("LEGAL_REF", "Chương trình hành động số 45-CTr/TU"),
            ])
        );
    }

    #[test]
    fn ranks_shared_by_many_are_not_positions() {
        assert_eq!(
            tagged("Nhiệm vụ của Huyện ủy viên; các Phó Chủ tịch UBND tỉnh làm tổ trưởng."),
            pairs(&[("ORGANIZATION", "UBND tỉnh")])
        );
    }

    #[test]
    fn names_with_apostrophes_and_syllables_that_are_also_heads() {
        assert_eq!(
            tagged("Bà K'Thị Sương ở huyện Cư M’gar gặp ông Lê Trường Lưu."),
            pairs(&[
                ("PERSON", "K'Thị Sương"),
                ("LOCATION", "Cư M’gar"),
                ("PERSON", "Lê Trường Lưu"),
            ])
        );
    }

    #[test]
    fn both_tone_mark_styles_are_known() {
        assert_eq!(
            tagged("Khánh Hoà và Khánh Hòa; Tỉnh uỷ họp."),
            pairs(&[
                ("LOCATION", "Khánh Hoà"),
                ("LOCATION", "Khánh Hòa"),
                ("ORGANIZATION", "Tỉnh uỷ"),
            ])
        );
    }
    #[test]
    fn abbreviations_in_brackets_and_names_after_a_province_word() {
        assert_eq!(
            tagged(
                "Tổng công ty Cảng hàng không Việt Nam (ACV) cho biết; ACV sẽ làm. Phó Chủ tịch UBND tỉnh Hoàng Nam ký."
            ),
            pairs(&[
                ("ORGANIZATION", "Tổng công ty Cảng hàng không Việt Nam"),
                ("ORGANIZATION", "ACV"),
                ("ORGANIZATION", "ACV"),
                ("POSITION", "Phó Chủ tịch UBND tỉnh"),
                ("PERSON", "Hoàng Nam"),
            ])
        );
    }

    #[test]
    fn pairs_of_places_and_titles_with_their_unit() {
        assert_eq!(
            tagged(
                "Nâng cấp cửa khẩu Tây Trang - Sốp Hùn; ông Khammanh, Phó Tỉnh trưởng tỉnh Luang Prabang; liên xã Quang Long - Thống nhất."
            ),
            pairs(&[
                ("LOCATION", "Tây Trang"),
                ("LOCATION", "Sốp Hùn"),
                ("PERSON", "Khammanh"),
                ("POSITION", "Phó Tỉnh trưởng tỉnh Luang Prabang"),
                ("LOCATION", "Quang Long"),
            ])
        );
    }
    #[test]
    fn odd_and_truncated_input_never_panics() {
        let rules = Rules::new();
        let samples = [
            "",
            "Nghị quyết số",
            "Nghị quyết số 12/2020/",
            "Luật Đất đai số",
            "ngày",
            "ngày 31/2/2021 và tháng 13/2020, quý V/2020",
            "Ảnh:",
            "Công ty (ABC)",
            "UBND tỉnh",
            "Chủ tịch",
            "các đồng chí",
            "K'",
            "Ông Nguyễn\u{301}",
            "Bắc Ninh - ",
            "nhiệm kỳ 2025 - 2020",
        ];
        for text in samples {
            for m in rules.find(text) {
                assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            }
        }
        // every prefix of a real sentence
        let text = "Sáng 3/4, Phó Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn An ký Quyết định số 12/QĐ-UBND (Ảnh: Lê Minh).";
        for (cut, _) in text.char_indices() {
            let prefix = &text[..cut];
            for m in rules.find(prefix) {
                assert!(m.span.end <= prefix.len());
            }
        }
        assert!(tagged("ngày 31/2/2021").is_empty() || tagged("ngày 31/2/2021")[0].0 == "DATE");
    }
}
