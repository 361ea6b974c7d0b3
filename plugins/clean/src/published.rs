//! The article's own publication date: the first `dd/mm/yyyy` (with an
//! optional `hh:mm` before or after it) near the top.
use crate::find::Has;
use crate::tone::{is_letter, is_letter_or_digit};

/// How many paragraphs after the headline may hold the byline.
const BYLINE_WINDOW: usize = 3;
/// A byline is short and is not a sentence; anything else with a date is
/// body text.
const BYLINE_MAX_CHARS: usize = 90;

/// Returns the ISO date (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`) and, when the
/// date stands in a byline-like paragraph, that paragraph's index.
pub fn find_published(paragraphs: &[String]) -> Option<(Option<usize>, String)> {
    for (index, paragraph) in paragraphs.iter().enumerate().take(BYLINE_WINDOW) {
        if let Some(iso) = find_date_time(paragraph) {
            let sentence = paragraph.ends_with(['.', '!', '?', '…', ';']);
            let byline = paragraph.chars().count() <= BYLINE_MAX_CHARS && !sentence;
            return Some((byline.then_some(index), iso));
        }
    }
    None
}

/// Whether the text holds a date [`find_date_time`] reads (no string made).
pub fn has_date(text: &str) -> bool {
    let b = text.as_bytes();
    // One pass for the digits and the first digit before a separator.
    let separator = |k: usize| matches!(b.get(k), Some(b'/' | b'-' | b'.'));
    let mut digits = 0;
    let mut first = b.len();
    for (k, c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            digits += 1;
            if first == b.len() && separator(k + 1) {
                first = k;
            }
        }
    }
    // A whole-token date needs three digits (`1/2/+5`), the full reading
    // four: most lines have fewer.
    if digits < 3 {
        return false;
    }
    // A token that is a whole date is found without the full reading.
    // [`parse_date`] reads a token whose first part is digits followed by a
    // separator, so only the tokens around a digit then `/`, `-` or `.` are
    // read (once each), not every token of the line.
    let delimiter = |c: char| c.is_whitespace() || c == '|' || c == ',';
    let mut read_to = first;
    for p in first..b.len() {
        if p < read_to || !b[p].is_ascii_digit() || !separator(p + 1) {
            continue;
        }
        let start = text[..p].rfind(delimiter).map_or(0, |k| {
            k + text[k..].chars().next().map_or(1, char::len_utf8)
        });
        let end = text[p..].find(delimiter).map_or(b.len(), |k| p + k);
        let token = &text[start..end];
        if may_be_date_token(token) && parse_date(token).is_some() {
            return true;
        }
        read_to = end;
    }
    date_time_counted(text, digits).is_some()
}

/// How many ASCII digits the bytes hold.
fn count_digits(b: &[u8]) -> usize {
    b.iter().filter(|c| c.is_ascii_digit()).count()
}

/// Whether [`parse_date`] may read the token: it needs two separators and
/// six bytes at the least (`1/2/24`). Most words fail here, unparsed.
fn may_be_date_token(token: &str) -> bool {
    token.len() >= 6 && memchr::memchr3(b'/', b'-', b'.', token.as_bytes()).is_some()
}

pub fn find_date_time(text: &str) -> Option<String> {
    // A question-and-answer page: `Ngày gửi: 28/05/2024 · Ngày trả lời:
    // 03/06/2024`. The answer is the article, so its date wins.
    let text = answer_part(text).unwrap_or(text);
    // `Cập nhật: 19/08 09:12 — Đăng: 18/08 16:30`: the first publication
    // wins over an update or a print time, in whichever order.
    let text = posted_part(text).unwrap_or(text);
    let ((year, month, day), time) = date_time(text)?;
    // (Written digit by digit: `format!` costs more than the reading.)
    let mut iso = String::with_capacity(16);
    push_number(&mut iso, year, 4);
    iso.push('-');
    push_number(&mut iso, month, 2);
    iso.push('-');
    push_number(&mut iso, day, 2);
    if let Some((h, m)) = time {
        iso.push('T');
        push_number(&mut iso, h, 2);
        iso.push(':');
        push_number(&mut iso, m, 2);
    }
    Some(iso)
}

/// `n` in decimal, zeros before it up to `width` digits (as `{n:0width$}`).
fn push_number(out: &mut String, mut n: u32, width: usize) {
    let mut digits = [0u8; 10];
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in digits.len() - k..width {
        out.push('0');
    }
    out.extend(digits[k..].iter().map(|&d| char::from(d)));
}

/// In a line that dates a question and its answer, the part from the
/// answer's label on (when a date follows it).
fn answer_part(text: &str) -> Option<&str> {
    if !text.has("rả lời") && !text.has("iải đáp") && !text.has("ư vấn") {
        return None;
    }
    let lower = text.to_lowercase();
    // Lower-casing these letters keeps byte lengths, so indices carry over.
    if lower.len() != text.len() {
        return None;
    }
    let asked = ["gửi", "hỏi", "đặt câu"]
        .iter()
        .filter_map(|c| lower.find_str(c))
        .min()?;
    let answered = [
        "ngày trả lời",
        "trả lời ngày",
        "trả lời lúc",
        "trả lời:",
        "đã trả lời",
        "ngày giải đáp",
        "giải đáp:",
        "giải đáp lúc",
        "ngày tư vấn",
        "tư vấn lúc",
    ]
    .iter()
    .filter_map(|c| lower.find_str(c))
    .filter(|&at| at > asked)
    .min()?;
    let rest = &text[answered..];
    date_time(rest).is_some().then_some(rest)
}

/// `2 giờ trước · 06/09/2025 14:20`, `45 phút trước | …`, `3 hours ago –
/// …`, `2 ngày trước (14/03/2025)`: a relative time beside the absolute
/// one is a byline, whatever else took it (a comment's header, a teaser);
/// the absolute date and time.
pub fn relative_stamp(text: &str) -> Option<String> {
    if text.len() > 80 || !(text.has("trước") || text.has("ago")) {
        return None;
    }
    let parts: Vec<&str> = text
        .split(['·', '|', '•', '–', '—', '(', ')'])
        .flat_map(|p| p.split_all(" - "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let relative = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        let unit = |u: &str| {
            let u = u.to_lowercase();
            matches!(
                u.as_str(),
                "giây"
                    | "phút"
                    | "giờ"
                    | "tiếng"
                    | "ngày"
                    | "tuần"
                    | "seconds"
                    | "minutes"
                    | "minute"
                    | "hours"
                    | "hour"
                    | "days"
                    | "day"
                    | "mins"
                    | "min"
            )
        };
        matches!(words.as_slice(), [n, u, "trước" | "ago"]
            if n.bytes().all(|b| b.is_ascii_digit()) && unit(u))
    };
    let [a, b] = parts.as_slice() else {
        return None;
    };
    let absolute = if relative(a) {
        b
    } else if relative(b) {
        a
    } else {
        return None;
    };
    // The other part is a date and time only (a weekday, `lúc`, `SA`).
    let words = absolute
        .split_whitespace()
        .filter(|w| w.chars().any(is_letter) && !w.chars().any(|c| c.is_ascii_digit()))
        .count();
    if words > 3 {
        return None;
    }
    find_date_time(absolute)
}

/// `Đô Lương, ngày 19 tháng 4 năm 2025`, `Cà Mau, 19/4/2025`: a place
/// (capitalised words), a comma and a date with its year, nothing else;
/// the dateline that closes a letter-style article.
pub fn is_dateline(text: &str) -> bool {
    let Some((place, date)) = text.split_str(", ") else {
        return false;
    };
    let words = place.split_whitespace().count();
    let place_ok = (1..=4).contains(&words)
        && place.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| is_letter(c) || c == '.')
        });
    let date_words = date.split_whitespace().all(|w| {
        w.bytes().any(|b| b.is_ascii_digit())
            || matches!(
                w.to_lowercase().as_str(),
                "ngày" | "tháng" | "năm" | "lúc" | "giờ" | "sa" | "ch"
            )
    });
    place_ok && date_words && date_time(date).is_some()
}

/// `Mar 5, 2025 08:00`, `Wednesday, 5 March 2025 | 8:00 PM (GMT+7)`: an
/// English date and time with no other word, a bare stamp.
pub fn is_english_stamp(text: &str) -> bool {
    english_month(text)
        && text.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| !is_letter_or_digit(c));
            w.is_empty()
                || w.bytes().any(|b| b.is_ascii_digit())
                || month_number(w).is_some()
                || english_weekday(w)
                || matches!(
                    w,
                    "AM" | "PM" | "am" | "pm" | "a.m" | "p.m" | "GMT" | "ICT" | "UTC"
                )
        })
        && date_time(text).is_some()
}

/// Whether the text is labelled as an update or a print time
/// (`Cập nhật`, `Sửa lần cuối`, `In lúc`, `Last updated`, `Modified`).
pub fn update_label(text: &str) -> bool {
    // (Labels that share a part are asked only when the line has it:
    // most lines have none. `ản in lúc` holds `in lúc`.)
    text.has("ập nhật")
        || text.has("ẬP NHẬT")
        || text.has("ửa")
            && (text.has("ửa lần cuối") || text.has("ần sửa cuối") || text.has("ửa đổi"))
        || text.has("n lúc") && (text.has("In lúc") || text.has("in lúc"))
        || text.has(" in") && (text.has("Ngày in") || text.has("ản in:"))
        || text.has("ted") && (text.has("pdated") || text.has("rinted"))
        || text.has("odified")
}

/// In a line that dates an update or a print as well, the part from the
/// first-publication label on (`Đăng:`, `Đăng lúc`, `Ngày đăng`, `Xuất
/// bản`, `Published`, `Posted`), when a date follows it.
fn posted_part(text: &str) -> Option<&str> {
    // Two dates with their years: ten digits at least.
    if text.bytes().filter(u8::is_ascii_digit).count() < 10 || !update_label(text) {
        return None;
    }
    let at = posted_label(text)?;
    let rest = &text[at..];
    date_time(rest).is_some().then_some(rest)
}

/// Where the first-publication label stands (`Đăng nhập` is no label).
pub fn posted_label(text: &str) -> Option<usize> {
    if !text.has("ăng")
        && !text.has("ĂNG")
        && !text.has("uất bản")
        && !text.has("hát hành")
        && !text.has("osted")
        && !text.has("ublished")
        && !text.has("ửi lúc")
        && !text.has("gày viết")
        && !text.has("ưa lên")
        && !text.has("ạo lúc")
        && !text.has("gày tạo")
    {
        return None;
    }
    let lower = crate::rules::lower_case(text);
    // Lower-casing these letters keeps byte lengths, so indices carry over.
    if lower.len() != text.len() {
        return None;
    }
    // Each `đăng` in turn (no two overlap).
    let mut from = 0;
    let posted = std::iter::from_fn(|| {
        let at = from + lower[from..].find_str("đăng")?;
        from = at + "đăng".len();
        Some((at, "đăng"))
    })
    .find(|&(at, w)| {
        let rest = &lower[at + w.len()..];
        rest.starts_with(':')
            // (`Đăng bởi Ban Quản trị · 19:10, 03/03/2025`: the poster's stamp.)
            // (`Ngày đăng bài: 10-05-2026`.)
            || [" lúc", " ngày", " vào", " tải", " :", " lần đầu", " bởi", " tin:", " bài:"]
                .iter()
                .any(|l| rest.has_prefix(l))
            || rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    });
    // (`Phát hành: …`: a podcast's or a bulletin's release; `Gửi lúc
    // 16:10, 03/12/2025`: a newsletter item's.)
    let others = [
        "xuất bản",
        "phát hành",
        "published",
        "posted",
        "gửi lúc",
        "ngày viết",
        // `Đưa lên trang: 04/12/2025 16:45`: put on the site.
        "đưa lên",
        // `Tạo lúc: 2025-09-27 08:05`: an event page's or a post's creation.
        "tạo lúc",
        "ngày tạo",
    ];
    posted
        .map(|(at, _)| at)
        .into_iter()
        .chain(others.iter().filter_map(|l| lower.find_str(l)))
        .min()
}

/// The first date (year, month, day) and the time beside it.
#[allow(clippy::type_complexity)]
fn date_time(text: &str) -> Option<((u32, u32, u32), Option<(u32, u32)>)> {
    date_time_counted(text, count_digits(text.as_bytes()))
}

/// [`date_time`] with the text's digits counted by the caller.
#[allow(clippy::type_complexity)]
fn date_time_counted(text: &str, digits: usize) -> Option<((u32, u32, u32), Option<(u32, u32)>)> {
    // `d/m/yyyy` at least: five digits (a year with a month in words:
    // four).
    if digits < 4 || digits == 4 && !text.has("háng") && !text.has("thg") && !text.has("Th") {
        return None;
    }
    // Every date has a digit, a `/`, `-` or `.`, and a digit in a row, or
    // a month in words.
    let b = text.as_bytes();
    let separated = b.windows(3).any(|w| {
        w[0].is_ascii_digit() && matches!(w[1], b'/' | b'-' | b'.') && w[2].is_ascii_digit()
    });
    // `thg`/`Thg` (`12 Thg 3, 2025`): the short month word in either
    // case; `9 Th1, 2025`: a month joined to its short word; `tháng`; all
    // in one pass over the `h`s.
    let month_cue = || {
        memchr::memchr_iter(b'h', b).any(|k| {
            let next = b.get(k + 1).copied();
            next == Some(b'g')
                || b[k + 1..].starts_with("áng".as_bytes())
                || k > 0
                    && matches!(b[k - 1], b'T' | b't')
                    && next.is_some_and(|c| c.is_ascii_digit())
        })
    };
    // `Feb 24, 2025`: an English month's name (asked last: it costs the
    // most).
    if !separated && !month_cue() && !english_month(text) {
        // `18 - 01 - 2025`: a date spaced around its separators.
        return spaced_date(text).and_then(|t| date_time(&t));
    }
    // (`(24 Tháng Sáu, 2025)`: a teaser's date in brackets.)
    let tokens: Vec<&str> = pieces(text, b"|,()")
        .flat_map(|t| {
            // ISO `2024-05-20T15:40:00+07:00`: date and time.
            let b = t.as_bytes();
            let iso = b.len() > 11 && b[10] == b'T' && b[..4].iter().all(u8::is_ascii_digit);
            let (date, time) = if iso { (&t[..10], &t[11..]) } else { (t, "") };
            [date, time].into_iter().filter(|t| !t.is_empty())
        })
        .collect();
    for (i, token) in tokens.iter().enumerate() {
        let whole = may_be_date_token(token)
            .then(|| parse_date(token))
            .flatten();
        let (day, month, year, end) = match whole {
            Some((d, m, y)) => (d, m, y, i),
            None => match words_date(&tokens[i..])
                .or_else(|| english_date(&tokens[i..]))
                .or_else(|| month_first_date(&tokens[i..]))
            {
                Some((d, m, y, len)) => (d, m, y, i + len - 1),
                None => continue,
            },
        };
        // `16:45 Thứ Năm 17-10-2024`: a time before the weekday.
        // `16:45 Thứ Năm 17-10-2024`, `14:05 - Chủ nhật, 13/10/2024`: a
        // time before the weekday.
        let weekday_at = |k: Option<usize>| {
            k.and_then(|k| tokens.get(k)).is_some_and(|t| {
                // (Compared without a lower-cased copy; each word's lower
                // case opens with `t` or `c`, from `T`, `t`, `C` or `c`.)
                t.starts_with(['T', 't', 'C', 'c'])
                    && matches!(
                        lower_into(t, &mut [0; 32]).unwrap_or_default(),
                        "thứ" | "chủ" | "t2" | "t3" | "t4" | "t5" | "t6" | "t7" | "cn"
                    )
                    || english_weekday(t)
            })
        };
        let weekday = weekday_at(i.checked_sub(2));
        let near = [
            i.checked_sub(1),
            Some(end + 1),
            i.checked_sub(2),
            Some(end + 2),
            i.checked_sub(3).filter(|_| weekday),
            i.checked_sub(4)
                .filter(|_| weekday_at(i.checked_sub(3)) || weekday),
        ];
        // `10:30 (giờ Hà Nội) — 19 Tháng 5`, `20:30 - T2, 14/10/2024`: a
        // time further before the date, only words and dashes between.
        let before = (i.saturating_sub(6)..i)
            .rev()
            .take_while(|&j| {
                j + 1 == i
                    || weekday_at(Some(j + 1))
                    || zone(tokens[j + 1])
                    || !tokens[j + 1].bytes().any(|b| b.is_ascii_digit())
            })
            .find(|&j| parse_time(tokens[j]).is_some());
        // `9 giờ 15 (phút)` after or before the date.
        let words_time = |from: usize, to: usize| {
            (from..to).find_map(|j| {
                let h: u32 = tokens.get(j)?.parse().ok()?;
                if !tokens.get(j + 1)?.eq_ignore_ascii_case("giờ") || h > 23 {
                    return None;
                }
                let m = tokens
                    .get(j + 2)
                    .and_then(|t| t.parse::<u32>().ok())
                    .filter(|m| *m < 60);
                // `8 giờ 45 sáng`, `3 giờ 20 phút chiều`, `9 giờ tối`: the
                // part of the day after the time.
                let mut k = j + 2 + usize::from(m.is_some());
                if tokens
                    .get(k)
                    .is_some_and(|t| t.eq_ignore_ascii_case("phút"))
                {
                    k += 1;
                }
                let m = m.unwrap_or(0);
                let part = |words: &[&str]| tokens.get(k).is_some_and(|t| lower_in(t, words));
                Some(
                    if h < 12 && part(&["chiều", "tối"]) || (6..12).contains(&h) && part(&["đêm"])
                    {
                        (h + 12, m)
                    } else if h == 12 && part(&["sáng"]) {
                        (0, m)
                    } else {
                        (h, m)
                    },
                )
            })
        };
        let time = near
            .into_iter()
            .chain([before])
            .flatten()
            .find_map(|j| Some((j, parse_time(tokens.get(j).filter(|t| !zone(t))?)?)))
            .map(|(j, (h, m))| {
                // `08:30 PM`, `8:30 CH`, `3:50 chiều`, `8:10 tối`: afternoon
                // and evening hours; `12:05 sáng` is just past midnight.
                let mark = |words: &[&str]| tokens.get(j + 1).is_some_and(|t| lower_in(t, words));
                if h < 12 && mark(&["pm", "p.m.", "ch", "chiều", "tối"]) {
                    (h + 12, m)
                } else if h == 12 && mark(&["am", "a.m.", "sa", "sáng"]) {
                    (0, m)
                } else {
                    (h, m)
                }
            })
            .or_else(|| words_time(end + 1, end + 4))
            // `8 giờ 45 sáng, thứ Bảy 10/5/2025`: a part of the day and
            // a weekday may stand between.
            .or_else(|| words_time(i.saturating_sub(7), i));
        return Some(((year, month, day), time));
    }
    None
}

/// `Đăng ngày 18 - 01 - 2025 lúc 21 giờ 05` → the same text with the
/// date's separators closed up (`18-01-2025`), when it has such a date.
fn spaced_date(text: &str) -> Option<String> {
    let spaced = text.as_bytes().windows(5).any(|w| {
        w[0].is_ascii_digit()
            && w[1] == b' '
            && matches!(w[2], b'-' | b'/' | b'.')
            && w[3] == b' '
            && w[4].is_ascii_digit()
    });
    if !spaced {
        return None;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let number = |t: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
    };
    let at = tokens.windows(5).position(|w| {
        matches!(w[1], "-" | "/" | ".")
            && w[3] == w[1]
            && number(w[0], 1..=2)
            && number(w[2], 1..=2)
            && number(w[4].trim_end_matches([',', ';']), 4..=4)
    })?;
    let date = tokens[at..at + 5].concat();
    let mut out: Vec<&str> = tokens[..at].to_vec();
    out.push(&date);
    out.extend(&tokens[at + 5..]);
    Some(out.join(" "))
}

fn parse_date(token: &str) -> Option<(u32, u32, u32)> {
    let token = trim_to_digits(token);
    // Three parts between two separators, no more (found by byte: the
    // separators are ASCII).
    let b = token.as_bytes();
    let separator = |c: &u8| matches!(c, b'/' | b'-' | b'.');
    let one = b.iter().position(separator)?;
    let two = one + 1 + b[one + 1..].iter().position(separator)?;
    if b[two + 1..].iter().any(separator) {
        return None;
    }
    let (first, third) = (&token[..one], &token[two + 1..]);
    let second: u32 = token[one + 1..two].parse().ok()?;
    let third_number: u32 = third.parse().ok()?;
    // `dd/mm/yyyy`, or ISO `yyyy-mm-dd`.
    let (day, month, year) = if first.len() == 4 {
        (third_number, second, first.parse().ok()?)
    } else {
        (first.parse().ok()?, second, third_number)
    };
    // `17/09/24`: a two-digit year is this century's, only in a token that
    // is a whole `d/m/yy` date with one kind of separator.
    let year =
        if third.len() == 2 && (1..=2).contains(&first.len()) && b[one] == b[two] && year < 100 {
            2000 + year
        } else {
            year
        };
    let valid =
        (1..=31).contains(&day) && (1..=12).contains(&month) && (1900..=2100).contains(&year);
    valid.then_some((day, month, year))
}

/// `str::trim_matches` of what is no ASCII digit, by byte (a digit's byte
/// is a whole character).
fn trim_to_digits(token: &str) -> &str {
    let b = token.as_bytes();
    match b.iter().position(u8::is_ascii_digit) {
        Some(from) => {
            let to = b
                .iter()
                .rposition(u8::is_ascii_digit)
                .map_or(from, |k| k + 1);
            &token[from..to]
        }
        None => "",
    }
}

/// `20 tháng 5 năm 2024` (also `20 tháng 05, 2024`, and day and month in
/// words: `mười hai tháng Ba năm 2024`, `mùng 2 tháng Giêng năm 2024`): a
/// date from the first token on.
fn words_date(tokens: &[&str]) -> Option<(u32, u32, u32, usize)> {
    let number = |t: &str| -> Option<u32> {
        let t = t.trim_matches(|c: char| !c.is_ascii_digit());
        (!t.is_empty() && t.len() <= 4)
            .then(|| t.parse().ok())
            .flatten()
    };
    let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    let (day, mut k) = if digits(tokens.first()?) {
        (number(tokens[0])?, 1)
    } else {
        // A day in words takes at most three tokens before `tháng`.
        if !tokens.iter().take(4).skip(1).any(|t| is_month_word(t)) {
            return None;
        }
        number_words(tokens, 31)?
    };
    // `9 Th1, 2025`: the month's number joined to its short word.
    let joined = tokens
        .get(k)?
        .strip_prefix("Th")
        .or_else(|| tokens[k].strip_prefix("th"))
        .filter(|m| digits(m))
        .and_then(number);
    let (month, used) = match joined {
        Some(m) => (m, 0),
        None if is_month_word(tokens[k]) => {
            k += 1;
            match number(tokens.get(k)?) {
                Some(m) if digits(tokens[k]) => (m, 1),
                _ => number_words(&tokens[k..], 12)?,
            }
        }
        None => return None,
    };
    k += used;
    if joined.is_some() {
        k += 1;
    }
    let (year, len) = match tokens.get(k)? {
        &"năm" | &"Năm" => (number(tokens.get(k + 1)?)?, k + 2),
        t => (number(t)?, k + 1),
    };
    let valid =
        (1..=31).contains(&day) && (1..=12).contains(&month) && (1900..=2100).contains(&year);
    valid.then_some((day, month, year, len))
}

/// `(GMT+7)`, `UTC+07:00`, `+0700`: a time zone, never the hour.
fn zone(t: &str) -> bool {
    let b = t.as_bytes();
    // (One pass over the short token for the three names.)
    b.first() == Some(&b'+')
        || b.first() == Some(&b'(') && memchr::memchr(b'+', b).is_some()
        || b.windows(3).any(|w| matches!(w, b"GMT" | b"UTC" | b"ICT"))
}

/// Whether a word of the text is an English month's name (`Feb`,
/// `February`, `SEPT.`): bilingual sites print their dates in English.
fn english_month(text: &str) -> bool {
    // The runs of ASCII letters, found byte by byte (any byte of a
    // non-ASCII letter ends a run as the letter does), read only where
    // one opens with a month's capital.
    let b = text.as_bytes();
    (0..b.len()).any(|at| {
        matches!(b[at], b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
            && (at == 0 || !b[at - 1].is_ascii_alphabetic())
            && {
                let len = b[at..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                (3..=9).contains(&len) && month_number(&text[at..at + len]).is_some()
            }
    })
}

/// `Feb`, `February`, `Sept.` → 2, 2, 9. Capitalised only: `may` is a
/// Vietnamese word.
fn month_number(word: &str) -> Option<u32> {
    let word = word.strip_suffix('.').unwrap_or(word);
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) || !(3..=9).contains(&word.len()) {
        return None;
    }
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // Compared without a lower-case copy: this runs on many lines' words.
    let m = MONTHS.iter().position(|m| {
        m.eq_ignore_ascii_case(word)
            || word.len() == 3 && m[..3].eq_ignore_ascii_case(word)
            || m.starts_with("sept") && word.eq_ignore_ascii_case("sept")
    })?;
    Some(m as u32 + 1)
}

const ENGLISH_WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// `Mon`, `monday`, `TUE`, `tues.`: an English weekday, any case, without a
/// lower-case copy: only an ASCII word lower-cases to a weekday (a non-ASCII
/// letter stays non-ASCII, but for the Kelvin sign, whose `k` no weekday
/// has).
fn english_weekday(t: &str) -> bool {
    if !t.is_ascii() {
        return false;
    }
    let t = t.trim_end_matches('.');
    ENGLISH_WEEKDAYS.iter().any(|d| {
        d.eq_ignore_ascii_case(t)
            || t.len() >= 3 && d.len() >= t.len() && d[..t.len()].eq_ignore_ascii_case(t)
    })
}

/// `t` lower-cased into `buf`, or None when it does not fit (then it is
/// none of the short words it is compared with). Letter by letter, as
/// `str::to_lowercase` but for a final sigma, which no compared word has.
pub(crate) fn lower_into<'b>(t: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut n = 0;
    for c in t.chars().flat_map(char::to_lowercase) {
        let len = c.len_utf8();
        if n + len > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[n..n + len]);
        n += len;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// Whether `t` lower-cased is one of `words`.
fn lower_in(t: &str, words: &[&str]) -> bool {
    lower_into(t, &mut [0; 32]).is_some_and(|l| words.contains(&l))
}

/// The pieces of `text` between white space and the ASCII bytes `extra`,
/// none empty: `split` by those characters, then the empty pieces left
/// out, with no character decoded but a few lead bytes (white space
/// beyond ASCII opens with `C2`, `E1`, `E2` or `E3`).
pub(crate) fn pieces<'a>(text: &'a str, extra: &'static [u8]) -> impl Iterator<Item = &'a str> {
    let b = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let start = at;
            let mut end = at;
            // The end of the piece, then the delimiter's length.
            let cut = loop {
                if end >= b.len() {
                    break 0;
                }
                let c = b[end];
                if c < 0x80 {
                    if (c as char).is_whitespace() || extra.contains(&c) {
                        break 1;
                    }
                    end += 1;
                } else {
                    let n = space_len(&b[end..]);
                    if n > 0 {
                        break n;
                    }
                    end += 1;
                }
            };
            if start >= b.len() {
                return None;
            }
            at = end + cut.max(1);
            if end > start {
                return Some(&text[start..end]);
            }
        }
    })
}

/// The length of the white space beyond ASCII (`char::is_whitespace`) the
/// bytes open with, or 0.
fn space_len(b: &[u8]) -> usize {
    match b {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..] => 3,
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] => 3,
        [0xE2, 0x81, 0x9F, ..] => 3,
        [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// `Feb 24, 2025`, `24 February 2025`, `October 2nd, 2024`: an English
/// date from the first token on (the year written in full).
fn english_date(tokens: &[&str]) -> Option<(u32, u32, u32, usize)> {
    let day = |t: &str| -> Option<u32> {
        let t = t.trim_end_matches('.');
        let t = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| t.strip_suffix(s))
            .unwrap_or(t);
        (!t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let year = |t: &str| -> Option<u32> {
        let t = t.trim_end_matches(['.', ';', ':']);
        (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let first = *tokens.first()?;
    let (d, m, y) = if let Some(m) = month_number(first) {
        (day(tokens.get(1)?)?, m, year(tokens.get(2)?)?)
    } else {
        let d = day(first)?;
        let m = month_number(tokens.get(1)?)?;
        (d, m, year(tokens.get(2)?)?)
    };
    ((1..=31).contains(&d) && (1900..=2100).contains(&y)).then_some((d, m, y, 3))
}

/// `Tháng Chín 5, 2025`, `Tháng 9 5, 2025`, `Th12 29, 2025`: the month
/// first, then the day and the year (a blog platform's or a forum's
/// Vietnamese dates).
fn month_first_date(tokens: &[&str]) -> Option<(u32, u32, u32, usize)> {
    let first = tokens.first()?;
    // `Th12`: the month's number joined to its short word.
    let joined = first
        .strip_prefix("Th")
        .or_else(|| first.strip_prefix("th"))
        .filter(|m| (1..=2).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|m| m.parse::<u32>().ok());
    if joined.is_none() && !is_month_word(first) {
        return None;
    }
    let (month, used) = match (joined, tokens.get(1)?.parse::<u32>()) {
        (Some(m), _) => (m, 0),
        (None, Ok(m)) => (m, 1),
        (None, Err(_)) => number_words(&tokens[1..], 12)?,
    };
    let day: u32 = tokens.get(1 + used)?.parse().ok()?;
    let year = tokens.get(2 + used)?;
    let year: u32 = (year.len() == 4).then(|| year.parse().ok())??;
    ((1..=12).contains(&month) && (1..=31).contains(&day) && (1900..=2100).contains(&year))
        .then_some((day, month, year, 3 + used))
}

/// `tháng`, `Tháng`, and the short `thg` (`11 thg 10, 2024`).
fn is_month_word(t: &str) -> bool {
    matches!(
        t,
        "tháng" | "Tháng" | "THÁNG" | "thg" | "Thg" | "thg." | "Thg."
    )
}

/// A number from 1 to `max` in words (`mười hai`, `hai mươi mốt`, `Ba`,
/// `Giêng`, `mùng 5`), and how many tokens it took.
fn number_words(tokens: &[&str], max: u32) -> Option<(u32, usize)> {
    // Every word read here opens, lower-cased, with one of these letters,
    // which no other letter lower-cases to: most words are not lower-cased.
    let opens = |t: &str| {
        t.starts_with([
            'm', 'M', 'g', 'G', 'c', 'C', 'h', 'H', 'b', 'B', 't', 'T', 'n', 'N', 'l', 'L', 's',
            'S',
        ])
    };
    // A unit's word already lower-cased.
    let unit_of = |t: &str| -> Option<u32> {
        Some(match t {
            "một" | "mốt" => 1,
            "hai" => 2,
            "ba" => 3,
            "bốn" | "tư" => 4,
            "năm" | "lăm" => 5,
            "sáu" => 6,
            "bảy" => 7,
            "tám" => 8,
            "chín" => 9,
            _ => return None,
        })
    };
    let unit = |t: &str| -> Option<u32> {
        if !opens(t) {
            return None;
        }
        // (`24 Tháng Sáu, 2025`: the comma after the month's word.)
        unit_of(lower_into(t.trim_end_matches(','), &mut [0; 32])?)
    };
    let first = *tokens.first()?;
    if !opens(first) {
        return None;
    }
    let mut k = 0;
    let mut buf = [0; 32];
    let first = lower_into(first, &mut buf);
    if matches!(first, Some("mùng" | "mồng")) {
        k = 1;
        if let Some(n) = tokens.get(1).and_then(|t| t.parse::<u32>().ok()) {
            return (1..=max).contains(&n).then_some((n, 2));
        }
    }
    // The first word is lower-cased once (its commas trimmed after: no
    // letter lower-cases to a comma).
    let mut buf_k = [0; 32];
    let word = match first {
        Some(first) if k == 0 => first.trim_end_matches(','),
        _ => lower_into(tokens.get(k)?.trim_end_matches(','), &mut buf_k).unwrap_or_default(),
    };
    let (value, used) = match word {
        "giêng" if max == 12 => (1, 1),
        "chạp" if max == 12 => (12, 1),
        "mười" => match tokens.get(k + 1).and_then(|t| unit(t)) {
            // `tháng mười năm 2024`: `năm` there is the year.
            Some(5) if max == 12 => (10, 1),
            Some(u) => (10 + u, 2),
            None => (10, 1),
        },
        _ => {
            // (Lower-casing a lower-cased word changes nothing.)
            let tens = unit_of(word)?;
            if tokens
                .get(k + 1)
                .is_some_and(|t| t.eq_ignore_ascii_case("mươi"))
            {
                match tokens.get(k + 2).and_then(|t| unit(t)) {
                    Some(u) if max != 12 => (tens * 10 + u, 3),
                    _ => (tens * 10, 2),
                }
            } else {
                (tens, 1)
            }
        }
    };
    (1..=max).contains(&value).then_some((value, k + used))
}

pub(crate) fn parse_time(token: &str) -> Option<(u32, u32)> {
    // (Most tokens have no `:`, `h` or `g`, or no digit.)
    let b = token.as_bytes();
    if memchr::memchr3(b':', b'h', b'g', b).is_none() || !b.iter().any(u8::is_ascii_digit) {
        return None;
    }
    let token = trim_to_digits(token);
    // `08:20`, `08h20`, `8g20`
    let (h, m) = token
        .split_once(':')
        .or_else(|| token.split_once('h'))
        .or_else(|| token.split_once('g'))?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn pieces_split_as_std_does() {
        for text in [
            "",
            " ",
            "a",
            "Thứ tư, 23 tháng 3, 2019 - 14:21",
            "(08/10/2025)",
            "  a||b ,(c) d\u{a0}e\u{2009}f\u{3000}g\u{1680}h\u{85}i\u{205f}j\u{202f}k ",
            "ạ\u{2028}ế\u{200b}x\u{180e}y\u{1f}z",
        ] {
            let words: Vec<&str> = pieces(text, b"").collect();
            assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
            let ours: Vec<&str> = pieces(text, b"|,()").collect();
            let std: Vec<&str> = text
                .split(|c: char| c.is_whitespace() || matches!(c, '|' | ',' | '(' | ')'))
                .filter(|t| !t.is_empty())
                .collect();
            assert_eq!(ours, std, "{text:?}");
        }
        // Every character's first bytes: white space beyond ASCII is told
        // as `char::is_whitespace` tells it.
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let want = if c.is_whitespace() { bytes.len() } else { 0 };
            assert_eq!(space_len(bytes), want, "{c:?}");
        }
    }

    #[test]
    fn has_date_reads_the_tokens_every_token_read_would() {
        // The whole-token reading as it was: every token tried.
        let every_token = |text: &str| {
            text.split(|c: char| c.is_whitespace() || c == '|' || c == ',')
                .any(|t| may_be_date_token(t) && parse_date(t).is_some())
        };
        for text in [
            "",
            "1/2/+5",
            "x1/2/+5",
            "a 1/2/+5, b",
            "(08/10/2025)",
            "Đỗ Ngọc Cường • 5/12/2025, 21:59",
            "giá 1.000.000 đồng, 12/5 và 2024-05-20T15:40:00+07:00",
            "ngày\u{a0}12/05/2020\u{3000}x",
            "ạ12/05/2020ạ",
            "1.2 3/4/2025",
            "Tổng: 456789 | 1-2-3",
            "99/99/9999 01/01/1999",
        ] {
            let want = every_token(text) || date_time(text).is_some();
            assert_eq!(has_date(text), want, "{text}");
        }
    }

    /// Tokens of digits, separators, signs and letters in many orders.
    fn odd_tokens() -> Vec<String> {
        let atoms = [
            "1", "12", "2024", "0", "+5", "5", "/", "-", ".", ":", "h", "g", "x", "ạ", "T", "99",
            "024", "+", "(", ")", "08", "",
        ];
        let mut out = vec![String::new()];
        for a in atoms {
            for b in atoms {
                for c in atoms {
                    out.push(format!("{a}{b}{c}"));
                    for d in ["/", "-", ".", ":", "h"] {
                        for e in ["24", "2025", "5", "+7", "ạ", "30x", "12/2025"] {
                            out.push(format!("{a}{b}{c}{d}{e}"));
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn dates_and_times_read_as_before() {
        // The readings as they were, on str's own splitting and trimming.
        let old_date = |token: &str| -> Option<(u32, u32, u32)> {
            let token = token.trim_matches(|c: char| !c.is_ascii_digit());
            let mut parts = token.split(['/', '-', '.']);
            let first = parts.next()?;
            let second: u32 = parts.next()?.parse().ok()?;
            let third: u32 = parts.next()?.parse().ok()?;
            let (day, month, year) = if first.len() == 4 {
                (third, second, first.parse().ok()?)
            } else {
                (first.parse().ok()?, second, third)
            };
            let year = if token.len() == token.rfind(['/', '-', '.']).map_or(0, |k| k + 3)
                && (1..=2).contains(&first.len())
                && token.matches(['/', '-', '.']).count() == 2
                && (token.matches('/').count() == 2
                    || token.matches('.').count() == 2
                    || token.matches('-').count() == 2)
                && year < 100
            {
                2000 + year
            } else {
                year
            };
            let valid = parts.next().is_none()
                && (1..=31).contains(&day)
                && (1..=12).contains(&month)
                && (1900..=2100).contains(&year);
            valid.then_some((day, month, year))
        };
        let old_time = |token: &str| -> Option<(u32, u32)> {
            let token = token.trim_matches(|c: char| !c.is_ascii_digit());
            let (h, m) = token
                .split_once(':')
                .or_else(|| token.split_once('h'))
                .or_else(|| token.split_once('g'))?;
            let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
            (h < 24 && m < 60).then_some((h, m))
        };
        let old_month = |text: &str| {
            text.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| (3..=9).contains(&w.len()) && month_number(w).is_some())
        };
        let tokens = odd_tokens();
        for t in &tokens {
            assert_eq!(parse_date(t), old_date(t), "{t:?}");
            assert_eq!(parse_time(t), old_time(t), "{t:?}");
        }
        for text in [
            "",
            "Mar",
            "xMar",
            "Mar.",
            "ạMarch 5",
            "9 SEPT",
            "MaY",
            "Decembers",
            "Jun2",
            "Sept.",
            "Tháng Mười Hai",
            "JuneJuly",
            "(Feb)",
            "Oct",
            "oct",
        ] {
            assert_eq!(english_month(text), old_month(text), "{text}");
        }
        // The crate's lower case is std's, for every character.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(crate::rules::lower_case(&one), one.to_lowercase(), "{c:?}");
        }
        // Every character lower-cases to a string that lower-cases to
        // itself: a word lower-cased twice is the word lower-cased once.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let once = c.to_lowercase().collect::<String>();
            assert_eq!(once.to_lowercase(), once, "{c:?}");
        }
    }

    #[test]
    fn numbers_in_words_read_as_before() {
        for (line, want) in [
            ("Thứ Ba, ngày mười hai tháng Ba năm 2024", "2024-03-12"),
            ("Ngày HAI mươi MỐT tháng MƯỜI MỘT năm 2023", "2023-11-21"),
            ("Mồng 5 tháng Chạp năm 2023", "2023-12-05"),
            ("MÙNG 2 tháng GIÊNG năm 2024", "2024-01-02"),
            ("ngày Ba Mươi tháng Tư, năm 2025", "2025-04-30"),
            ("ba mươi mốt tháng mười năm 2024", "2024-10-31"),
        ] {
            assert_eq!(find_date_time(line).as_deref(), Some(want), "{line}");
        }
        // (`mươi` in capitals is no tens word: compared in ASCII case only.)
        assert_eq!(
            find_date_time("NGÀY HAI MƯƠI MỐT THÁNG MƯỜI MỘT NĂM 2023"),
            None
        );
    }

    #[test]
    fn numbers_pad_as_format_does() {
        for n in [0, 1, 9, 10, 99, 100, 1999, 2024, 12345, u32::MAX] {
            for width in [0, 1, 2, 4] {
                let mut ours = String::new();
                push_number(&mut ours, n, width);
                assert_eq!(ours, format!("{n:0width$}"));
            }
        }
    }

    #[test]
    fn words_compared_in_lower_case_as_copies_are() {
        for t in [
            "Thứ",
            "THỨ",
            "chủ",
            "CN",
            "T7",
            "Mon",
            "MON.",
            "tues",
            "Wed.",
            "we",
            "sundays",
            "K",
            "\u{212a}",
            "İ",
            "Fri",
            "fr\u{130}",
            "sáng",
            "SÁNG",
            "P.M.",
            "",
        ] {
            let lower = t.to_lowercase();
            // The plain definition: the lower-cased word, or three or more
            // of its letters, opens a weekday.
            let lower_word = lower.trim_end_matches('.');
            let plain = ENGLISH_WEEKDAYS
                .iter()
                .any(|d| *d == lower_word || lower_word.len() >= 3 && d.has_prefix(lower_word));
            assert_eq!(english_weekday(t), plain, "{t}");
            for w in ["thứ", "chủ", "t7", "cn", "sáng", "p.m.", "mon", "i̇"] {
                assert_eq!(lower_in(t, &[w]), lower == w, "{t} {w}");
            }
        }
    }

    #[test]
    fn a_time_before_the_weekday() {
        for (line, want) in [
            ("16:45 Thứ Năm 17-10-2024", "2024-10-17T16:45"),
            ("09:30 Chủ nhật, 13/10/2024", "2024-10-13T09:30"),
            ("14:05 - Thứ Hai, 14/10/2024", "2024-10-14T14:05"),
            ("Thứ Hai, 14/10/2024", "2024-10-14"),
        ] {
            assert_eq!(find_date_time(line).as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn byline_formats() {
        for (line, iso) in [
            ("Xã hội - Lan Anh - 16:20 05/01/2021", "2021-01-05T16:20"),
            ("09:15 | 30/6/2023", "2023-06-30T09:15"),
            ("Thứ ba - 02/08/2022 21:07", "2022-08-02T21:07"),
            ("Cập nhật ngày 7/9/2019", "2019-09-07"),
            ("Đăng lúc 2024-03-11 09:15", "2024-03-11T09:15"),
            ("Đăng ngày 20 tháng 5 năm 2024, 15:40", "2024-05-20T15:40"),
            ("17.04.2024 | 16:25", "2024-04-17T16:25"),
            ("Thứ Bảy 11-05-2024 lúc 08h20", "2024-05-11T08:20"),
            ("Cập nhật 9 tháng 12, 2023", "2023-12-09"),
            ("Đăng lúc 2024-05-20T15:40:00+07:00", "2024-05-20T15:40"),
            ("12/03/2024 08:30 PM", "2024-03-12T20:30"),
            ("12/03/2024 12:05 AM", "2024-03-12T00:05"),
            (
                "Ngày 28 tháng 11 năm 2024 lúc 9 giờ 15 phút",
                "2024-11-28T09:15",
            ),
            ("9 giờ 30 ngày 28/11/2024", "2024-11-28T09:30"),
            (
                "Thứ Ba, ngày mười hai tháng Ba năm 2024, 15 giờ 10 phút",
                "2024-03-12T15:10",
            ),
            ("Ngày hai mươi mốt tháng mười một năm 2023", "2023-11-21"),
            ("Mùng 2 tháng Giêng năm 2024", "2024-01-02"),
            ("Ngày ba mươi tháng Tư năm 2025", "2025-04-30"),
            ("24 Tháng Sáu, 2025", "2025-06-24"),
            // A time a note or a short weekday away, a month joined to
            // its word, the hour's part of the day.
            (
                "Đăng 07:45 (giờ địa phương) — 3 Tháng 9, 2024",
                "2024-09-03T07:45",
            ),
            ("21:05 - T6, 20/12/2024", "2024-12-20T21:05"),
            ("Xuất bản 14 Th8, 2024 lúc 06:20", "2024-08-14T06:20"),
            ("Đăng lúc 4:15 chiều, 02/05/2024", "2024-05-02T16:15"),
            ("03/11/2024 lúc 8:05 tối", "2024-11-03T20:05"),
            ("03/11/2024 lúc 8:05 sáng", "2024-11-03T08:05"),
        ] {
            assert_eq!(
                find_published(&p(&[line, "Thân bài."])),
                Some((Some(0), iso.to_string())),
                "{line}"
            );
        }
    }

    #[test]
    fn a_date_inside_a_long_body_paragraph_is_kept_in_the_body() {
        let body = "Ngày 12/05/2020, đoàn công tác của tỉnh đã đến thăm và làm việc với nhiều hộ dân ở các xã vùng sâu, vùng xa của huyện.";
        assert_eq!(
            find_published(&p(&[body])),
            Some((None, "2020-05-12".to_string()))
        );
    }

    #[test]
    fn a_short_sentence_with_a_date_is_body_text() {
        let body = "Ông Lê Văn Bình đến Nam Định ngày 3/2/2021.";
        assert_eq!(
            find_published(&p(&[body])),
            Some((None, "2021-02-03".to_string()))
        );
    }

    #[test]
    fn dates_spaced_around_their_separators() {
        for (line, want) in [
            ("Ngày đăng 03 - 11 - 2024 lúc 7 giờ 15", "2024-11-03T07:15"),
            ("Cập nhật 9 / 4 / 2025, 16:20", "2025-04-09T16:20"),
            ("Thứ Sáu, 07 . 02 . 2025", "2025-02-07"),
        ] {
            assert_eq!(find_date_time(line).as_deref(), Some(want), "{line}");
        }
        for line in [
            // A score, a range and mixed separators are no dates.
            "Hiệp hai 2 - 1 - 3 phút bù giờ",
            "Từ 10 - 12 - 15 giờ mỗi ngày",
            "Mã 12 - 05 / 2024",
        ] {
            assert_eq!(find_date_time(line), None, "{line}");
        }
    }

    #[test]
    fn counters_and_phones_are_no_dates() {
        for line in [
            "Đang truy cập: 123 | Tổng: 456789",
            "Hotline 0912 345 678",
            "Lượt xem 12345",
        ] {
            assert_eq!(find_date_time(line), None, "{line}");
        }
    }

    #[test]
    fn short_years_and_short_months() {
        for (line, want) in [
            ("10:05 - 17/09/24", "2024-09-17T10:05"),
            ("17.09.24 | 20h12'", "2024-09-17T20:12"),
            ("Cập nhật 19g20, 05-03-23", "2023-03-05T19:20"),
            ("11 thg 10, 2024 · 06:00", "2024-10-11T06:00"),
            ("Thg 3 nope", ""),
            ("2 thg 9 2023", "2023-09-02"),
            // The short month word capitalised, as some sites print it.
            ("5 Thg 8, 2025 • 19:05", "2025-08-05T19:05"),
            ("30 Thg. 4 2025", "2025-04-30"),
            // A forum's month first, joined to its short word.
            (
                "bởi lan_ship » T.Sáu Th10 03, 2025 8:05 pm",
                "2025-10-03T20:05",
            ),
            ("Th13 03, 2025", ""),
            ("08:15:42 28/4/2024", "2024-04-28T08:15"),
        ] {
            let got = find_date_time(line).unwrap_or_default();
            assert_eq!(got, want, "{line}");
        }
        // A newsletter item's sending stamp labels its first publication.
        assert!(posted_label("Gửi lúc 16:10, 03/12/2025").is_some());
        assert!(posted_label("Tạo lúc: 2025-09-27 08:05 · Chủ sự kiện: Nhà Sách Gió").is_some());
        assert!(posted_label("Ngày viết: 09/02/2026 · Sửa lần cuối: 18/02/2026").is_some());
        // Not dates: a score, a ratio, a version.
        for line in ["Tỷ số 3-1-2", "phiên bản 1.2.3", "1.000.000 đồng"] {
            assert_eq!(find_date_time(line), None, "{line}");
        }
    }

    #[test]
    fn no_year_no_date() {
        assert_eq!(find_published(&p(&["Chiều 3/4, hội nghị khai mạc."])), None);
        assert_eq!(find_published(&p(&["Ngày 20 tháng 5, trời mưa."])), None);
        assert_eq!(find_published(&p(&["Từ 20 tháng 5 đến 2024 người."])), None);
        assert_eq!(find_published(&p(&["a", "b", "c", "01/02/2020"])), None);
    }

    #[test]
    fn the_answer_date_wins_over_the_question_date() {
        for (text, want) in [
            (
                "Mã câu hỏi: HĐ-24-08317 · Ngày gửi: 28/05/2024 · Ngày trả lời: 03/06/2024",
                "2024-06-03",
            ),
            (
                "Hỏi lúc 08:15 12/3/2024 | Trả lời lúc 16:40 14/3/2024",
                "2024-03-14T16:40",
            ),
            (
                "Người gửi: Lan – 02/01/2024. Bác sĩ giải đáp: 05/01/2024",
                "2024-01-05",
            ),
            ("Gửi ngày 1/2/2024, ngày tư vấn 3/2/2024", "2024-02-03"),
            // No answer label, or a label with no date after it: the first.
            ("Ngày gửi: 28/05/2024 · 1.204 lượt xem", "2024-05-28"),
            ("Ngày gửi: 28/05/2024 · Chưa trả lời", "2024-05-28"),
            ("Trả lời: 03/06/2024 · Gửi: 28/05/2024", "2024-06-03"),
        ] {
            assert_eq!(find_date_time(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn an_hour_is_never_a_year() {
        for text in [
            "9:30 20/10",
            "20/10 9:30",
            "09:30 20.10",
            "20-10 lúc 9:30",
            "9.30 20/10",
        ] {
            assert_eq!(find_date_time(text), None, "{text}");
        }
        for (text, want) in [
            ("20 tháng 10, 2024 lúc 9:30", "2024-10-20T09:30"),
            ("9:30 20/10/2024", "2024-10-20T09:30"),
            ("Thứ Hai, 20/10/2024 9:30", "2024-10-20T09:30"),
        ] {
            assert_eq!(find_date_time(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn english_month_names() {
        for (line, want) in [
            ("Mar 7, 2025 - 16:45 (GMT+7)", "2025-03-07T16:45"),
            ("Wednesday, 9 April 2025, 07:10 GMT+7", "2025-04-09T07:10"),
            ("Friday, Oct 17, 2025 · 9:25 PM (ICT)", "2025-10-17T21:25"),
            ("Sent: Fri, 12 Dec 2025 18:02:40 +0700", "2025-12-12T18:02"),
            ("Posted November 3rd, 2024 at 11:00", "2024-11-03T11:00"),
            ("22 JUNE 2025 | 05:30", "2025-06-22T05:30"),
            ("Sept 30, 2024", "2024-09-30"),
            ("07:50 (GMT+7) Sat, 1 Feb 2025", "2025-02-01T07:50"),
            ("Jul 4, 2025 08:00 UTC+07:00", "2025-07-04T08:00"),
            ("2025-07-04T08:00:00+07:00", "2025-07-04T08:00"),
        ] {
            assert_eq!(find_date_time(line).as_deref(), Some(want), "{line}");
        }
        // No year, a Vietnamese `may`, a month with no day: no date.
        for line in [
            "Mar 7 - 16:45",
            "xưởng may 12 2025 chiếc",
            "March 2025 | 1.204 lượt xem",
        ] {
            assert_eq!(find_date_time(line), None, "{line}");
        }
    }

    #[test]
    fn an_hour_in_words_with_its_part_of_the_day() {
        for (line, want) in [
            ("7 giờ 20 sáng, thứ Hai 16/6/2025", "2025-06-16T07:20"),
            ("10 giờ 05 tối, Chủ nhật 22/6/2025", "2025-06-22T22:05"),
            ("Ngày 18/6/2025, 4 giờ 30 phút chiều", "2025-06-18T16:30"),
            ("11 giờ đêm thứ Năm, 19/6/2025", "2025-06-19T23:00"),
            ("Lúc 12 giờ 10 sáng ngày 20/6/2025", "2025-06-20T00:10"),
        ] {
            assert_eq!(find_date_time(line).as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn the_first_publication_wins_over_an_update_or_a_print_time() {
        for (line, want) in [
            (
                "Cập nhật 02/07/2025 10:15 · Đăng 01/07/2025 06:40",
                "2025-07-01T06:40",
            ),
            (
                "Sửa lần cuối: 09/04/2025 | Ngày đăng: 07/04/2025 18:00",
                "2025-04-07T18:00",
            ),
            (
                "In lúc 30/10/2025 07:12 — Xuất bản 28.10.2025",
                "2025-10-28",
            ),
            (
                "Last updated 5 May 2025 11:00 (Published 4 May 2025 20:45)",
                "2025-05-04T20:45",
            ),
            (
                "Đăng lúc 06:40 01/07/2025 | Cập nhật 10:15 02/07/2025",
                "2025-07-01T06:40",
            ),
            ("Bản in: 09/07/2025 | Ngày đăng: 01/07/2025", "2025-07-01"),
            ("Đăng vào Tháng Mười Hai 3, 2024 bởi quantri", "2024-12-03"),
            ("Tháng 7 21, 2025 lúc 8:15 sáng", "2025-07-21T08:15"),
            (
                "Cập nhật 14/08/2025 09:05 (đăng lần đầu 12/08/2025 21:30)",
                "2025-08-12T21:30",
            ),
            // No publication label: the first date, as before.
            ("Cập nhật 02/07/2025 10:15", "2025-07-02T10:15"),
            ("Cập nhật 02/07/2025 · Đăng nhập để bình luận", "2025-07-02"),
        ] {
            assert_eq!(find_date_time(line).as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn a_relative_time_beside_the_absolute_one() {
        for (line, want) in [
            ("5 giờ trước · 11/02/2025 19:05", Some("2025-02-11T19:05")),
            (
                "20 phút trước | T3, 11/02/2025 09:40",
                Some("2025-02-11T09:40"),
            ),
            ("11/02/2025 08:15 – 3 hours ago", Some("2025-02-11T08:15")),
            ("4 ngày trước (07/02/2025)", Some("2025-02-07")),
            // A reader's name, a teaser's words, no absolute date: none.
            ("Thu Hằng · 2 giờ trước", None),
            ("Giá lúa tăng ở Hậu Giang · 2 giờ trước · 11/02/2025", None),
            ("Chợ nổi Cái Răng đón khách đầu năm (11/02/2025)", None),
        ] {
            assert_eq!(relative_stamp(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn a_dateline_is_a_place_and_a_date() {
        for line in [
            "Tam Kỳ, ngày 2 tháng 6 năm 2025",
            "TP. Hồ Chí Minh, 02/06/2025",
            "Buôn Ma Thuột, ngày 02-06-2025",
        ] {
            assert!(is_dateline(line), "{line}");
        }
        for line in [
            "Tam Kỳ, ngày 2 tháng 6",
            "Sáng nay, ngày 2/6/2025 trời mưa",
            "Giá lúa hôm nay, 02/06/2025",
            "Lượt xem: 1.204, 02/06/2025",
        ] {
            assert!(!is_dateline(line), "{line}");
        }
    }

    #[test]
    fn a_capitalised_short_month_word() {
        for (line, want) in [
            ("08 Thg 4, 2025 · 16:50", "2025-04-08T16:50"),
            ("Thứ Ba, 8 Thg 4 2025", "2025-04-08"),
        ] {
            assert_eq!(find_date_time(line).as_deref(), Some(want), "{line}");
        }
        assert_eq!(find_date_time("08 Thg 4 · 16:50"), None);
    }

    #[test]
    fn an_english_stamp_has_no_other_word() {
        for line in ["Jun 2, 2025 18:40", "Monday, 2 June 2025 | 6:40 PM (ICT)"] {
            assert!(is_english_stamp(line), "{line}");
        }
        for line in [
            "Offer ends Jun 30, 2025",
            "Jun 2 18:40",
            "Chợ phiên Jun 2, 2025",
        ] {
            assert!(!is_english_stamp(line), "{line}");
        }
    }
}
