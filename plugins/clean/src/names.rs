//! A person's name at a byline's place, read by evidence that it is a name
//! (a family name first, or a pen name in capitals) rather than by the
//! site's labels and punctuation.

use crate::find::Has;
use crate::rules::{PLACES, lower_case};
use crate::tone::{is_letter, is_letter_or_digit};

/// The tagger's family names: one list for both plugins.
const FAMILY_NAMES: &str = include_str!("../../tag/data/family_names.txt");

pub(crate) fn is_family(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // The list's names are capitalised; most lines differ in the first
    // letter already (compared as bytes: no line's letters decoded).
    let first = &word.as_bytes()[..first.len_utf8()];
    // (The list's lines split once, not on every call.)
    static LINES: std::sync::LazyLock<Vec<&'static str>> =
        std::sync::LazyLock::new(|| FAMILY_NAMES.lines().collect());
    LINES.iter().any(|l| {
        l.as_bytes().starts_with(first)
            && l[first.len()..]
                .chars()
                .eq(chars.clone().flat_map(char::to_lowercase))
    })
}

/// Roles beside the writer's on a page, one list per kind; together the
/// roles that are not the writer's ([`other_role`]).
/// Editors, translators, designers, consultants: `Biên tập: X`, `Dịch: X`
/// (also read alone as a credit line, see `rules::page_notices`).
pub const EDITOR_ROLES: &[&str] = &[
    "biên tập viên",
    "biên tập",
    "btv",
    "hiệu đính",
    "phiên dịch",
    "biên dịch",
    "lược dịch",
    // `Chuyển ngữ tiếng Mông: X`: a bilingual page's translator.
    "chuyển ngữ",
    "người dịch",
    // `Bản tiếng Anh: X`, `Translated by X`: the English edition's
    // translator, beside the writer on a bilingual site's byline.
    "bản tiếng anh",
    "translated by",
    "dịch giả",
    "dịch",
    "trình bày",
    "đồ họa",
    "đồ hoạ",
    "thiết kế",
    "kỹ thuật",
    // `KTV X`: the camera's technician beside the reporter.
    "ktv",
    "âm thanh",
    "dẫn chương trình",
    "mc",
    // `Phát thanh viên: X`, `Giọng đọc: X`: who reads the piece on air.
    "phát thanh viên",
    "giọng đọc",
    "tham vấn",
    "cố vấn",
    // `Duyệt: X`, `Duyệt đăng: X`: who approved the page for posting;
    // `Kiểm duyệt chuyên môn: X`, who checked it.
    "duyệt",
    "kiểm duyệt",
    "người duyệt",
    "người kiểm duyệt",
];

/// Pictures and film: `Ảnh:`, `Quay phim:`, `Tranh:`, `Chụp ảnh:`.
pub const PICTURE_ROLES: &[&str] = &[
    "ảnh",
    "hình ảnh",
    "photo",
    "video",
    "dựng video",
    // `Dựng hình: X`, `Hậu kỳ: X`: the film's editing.
    "dựng",
    "hậu kỳ",
    "đạo diễn",
    "clip",
    "quay phim",
    "dựng phim",
    "minh họa",
    "minh hoạ",
    "tranh",
    "vẽ",
    "quay",
    "chụp",
];

/// Where the story comes from: `Nguồn:`, `Theo …`.
const SOURCE_ROLES: &[&str] = &["nguồn", "theo"];

/// Whom to ask: `Liên hệ báo chí: Bà X – Trưởng phòng …` names a contact,
/// not the writer.
const CONTACT_ROLES: &[&str] = &["liên hệ", "liên lạc", "đầu mối"];

/// Who told or recorded an oral account: `Người kể: ông X`, `Chép lời: Y`.
const TELLING_ROLES: &[&str] = &["người kể", "chép lời", "ghi lời", "ghi âm"];

pub fn other_role(key: &str) -> bool {
    let l = lower_case(
        key.trim()
            .trim_start_matches(|c: char| !is_letter_or_digit(c)),
    );
    // `Biên dịch tiếng Thái`, `Ảnh và video`: the role's word first.
    [
        PICTURE_ROLES,
        EDITOR_ROLES,
        SOURCE_ROLES,
        CONTACT_ROLES,
        TELLING_ROLES,
    ]
    .iter()
    .flat_map(|roles| roles.iter())
    .any(|r| {
        l.cut_prefix(r)
            .is_some_and(|x| x.is_empty() || x.starts_with(' '))
    })
}

/// Honorifics name the people a story is about (`Ông`, `Chị`), never its
/// writer; offices and places are no titles either.
const NOT_TITLES: &[&str] = &[
    "ông",
    "bà",
    "anh",
    "chị",
    "em",
    "cô",
    "chú",
    "bác",
    "cụ",
    "cháu",
    "bé",
    "tại",
    "ở",
    "từ",
    "huyện",
    "xã",
    "tỉnh",
    "phường",
    "quận",
    "thôn",
    "làng",
    "bản",
    "phòng",
    "sở",
    "ban",
    "hội",
    "trung",
    "ủy",
    "ubnd",
    "công",
    "văn",
    "trường",
    "viện",
    "bệnh",
    "đội",
    "chi",
    "cục",
    "tổng",
    "khoa",
    // A publication's word: `Báo Hà Giang` is a paper, not a titled name.
    "báo",
    "đài",
    "tạp",
    "cổng",
    "kênh",
];

/// A weekday or a date's words (`Thứ Tư`, `Chủ nhật`, `Ngày Rằm`): the
/// time a line was posted, never a writer, whatever key stands before it.
pub fn is_when_word(word: &str) -> bool {
    // (Compared letter by letter: called for every run of capitalised
    // words, so no lower-cased copy.)
    // (Lower-cased once, into a buffer that holds the longest, `chiều`;
    // a longer word is none of them.)
    word.starts_with(['T', 't', 'C', 'c', 'N', 'n', 'H', 'h', 'S', 's'])
        && matches!(
            crate::published::lower_into(word, &mut [0; 8]),
            Some("thứ" | "chủ" | "ngày" | "tháng" | "hôm" | "sáng" | "chiều" | "tối")
        )
}

/// Honorifics a credit may put before its writer (`Lời: cô A`, `Tranh: em
/// B`); the first ten of [`NOT_TITLES`].
const HONORIFICS: usize = 10;

fn is_syllable(w: &str, caps: bool) -> bool {
    // `H’Hen`, `Y'Bih`: a Tây Nguyên name's parts joined by an apostrophe.
    if let Some((a, b)) = w.split_once(['’', '\'']) {
        return is_syllable(a, caps) && is_syllable(b, caps);
    }
    // `Soo-min`, `Jean-Pierre`: a foreign given name's parts joined by a
    // hyphen, the second maybe in lower case.
    if let Some((a, b)) = w.split_once('-') {
        let lower_part =
            !caps && !b.is_empty() && b.chars().all(|c| is_letter(c) && c.is_lowercase());
        return is_syllable(a, caps) && (is_syllable(b, caps) || lower_part);
    }
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && w.chars().all(is_letter)
        && !crate::rules::is_web_paper_word(w)
        && (caps || w.chars().skip(1).all(char::is_lowercase))
}

/// `Lâm Đồng`, `Hà Nội`: a province, though its first word is a family
/// name.
fn is_place(name: &str) -> bool {
    PLACES.contains(&lower_case(name).as_str())
}

/// `Phan Minh Tuấn – Cà Mau, tháng 10/2026`: a signature, then where (and
/// when) it was written → the name.
pub fn signed_from(text: &str) -> Option<&str> {
    // (Every dash holds `-` or the byte E2 that opens `–` and `—`.)
    memchr::memchr2(b'-', 0xE2, text.as_bytes())?;
    let (name, after) = [" – ", " — ", " - "]
        .iter()
        .find_map(|dash| text.rsplit_str(dash))?;
    let name = name.trim();
    (wrote_from(after.trim()) && crate::rules::is_name_line(name)).then_some(name)
}

/// `— Mẹ Gạo (Thanh Bình, Long Biên)`: a parent's forum nickname, then the
/// writer's own name and home in brackets → the name.
pub fn nick_with_name(text: &str) -> Option<&str> {
    let t = text.trim_start_matches(|c: char| !is_letter_or_digit(c));
    let (nick, note) = t.strip_suffix(')')?.split_once(" (")?;
    let (kin, pet) = nick.split_once(' ')?;
    let (name, _home) = note.split_once(", ")?;
    (matches!(kin, "Mẹ" | "Bố" | "Ba" | "Má")
        && (1..=2).contains(&pet.split_whitespace().count())
        && pet.starts_with(char::is_uppercase)
        && !is_place(name)
        && crate::rules::is_name_line(name))
    .then_some(name)
}

/// `Cà Mau`, `Cà Mau, tháng 10/2026`: where (and when) a writer wrote, after
/// the signature's dash.
fn wrote_from(text: &str) -> bool {
    let (place, when) = match text.split_once(", ") {
        Some((place, when)) => (place, Some(when)),
        None => (text, None),
    };
    is_place(place)
        && when.is_none_or(|w| {
            w.split_whitespace().next().is_some_and(is_when_word) || crate::published::has_date(w)
        })
}

/// The name inside one piece of a credit: titles before it dropped.
/// `keyed`: a credit key, a `ghi` or an office note stands by it, so a pen
/// name in ordinary capitals (`Nguyên Thảo`) is enough; `labelled`: a
/// credit key, after which an honorific is the writer's (`Lời: cô A`).
fn name_in(piece: &str, keyed: bool, labelled: bool) -> Option<&str> {
    // The words, nine at most (no vector made: most pieces are no name).
    let mut kept = [""; 9];
    let mut n = 0;
    for word in crate::published::pieces(piece, b"") {
        if n == kept.len() {
            return None;
        }
        kept[n] = word;
        n += 1;
    }
    let words = &kept[..n];
    if words.is_empty() {
        return None;
    }
    for start in 0..words.len().min(5) {
        let run = &words[start..];
        if !(2..=5).contains(&run.len()) {
            continue;
        }
        // `Ông`, `Bà` open the family list too; as the first word they are
        // the honorific of someone the story is about.
        if !labelled
            && run[0].starts_with(['Ô', 'ô', 'B', 'b', 'A', 'a', 'C', 'c', 'E', 'e'])
            && NOT_TITLES[..HONORIFICS].contains(&lower_case(run[0]).as_str())
        {
            continue;
        }
        let caps = run.iter().all(|w| w.chars().all(|c| !c.is_lowercase()));
        // `ThS. Ngọc Mai`, `KS. Hồng Phúc`: a degree abbreviated before the
        // name is evidence of a person.
        // (`TP.`, `TX.`, `Q.`: a place's abbreviation, not a degree.)
        let degree = words[..start].iter().any(|w| {
            // `TS A`, `ThS A`: the common degrees also go without a dot.
            DEGREES.contains(w)
                || w.contains('.')
                    && w.starts_with(char::is_uppercase)
                    && !matches!(
                        lower_case(w.trim_end_matches('.')).as_str(),
                        "tp" | "tx" | "tt" | "q" | "h" | "p" | "x" | "t"
                    )
        });
        let name = if caps {
            run.len() <= 4 && run.iter().all(|w| is_syllable(w, true))
        } else {
            run.iter().all(|w| is_syllable(w, false))
        } && (is_family(run[0])
            || (keyed || degree) && !NOT_TITLES.contains(&lower_case(run[0]).as_str()))
            && !is_when_word(run[0]);
        if !name {
            continue;
        }
        // `Lù Văn Phà`: a family name the list lacks, before a middle
        // name it has; the whole run is the name.
        let titles = &words[..start];
        if titles
            .iter()
            .all(|w| is_syllable(w, caps) && !NOT_TITLES.contains(&lower_case(w).as_str()))
        {
            return (words.len() <= 5)
                .then(|| piece.trim())
                .filter(|n| !is_place(n));
        }
        // The words before: a title in sentence case (`Điều dưỡng
        // trưởng`, `Phật tử`, `Thiếu tá`) or abbreviated (`PGS.TS`).
        let title_ok = titles.iter().enumerate().all(|(k, w)| {
            let l = lower_case(w);
            let l = l.trim_end_matches('.');
            // `Trung úy`, `Trung tá`: a rank, though `trung` opens offices.
            let rank = titles
                .get(k + 1)
                .is_some_and(|n| matches!(lower_case(n).as_str(), "úy" | "uý" | "tá" | "tướng"));
            (rank || !NOT_TITLES.contains(&l) || labelled && NOT_TITLES[..HONORIFICS].contains(&l))
                && !w.chars().any(|c| c.is_ascii_digit())
                // `BS. CKI`, `PGS. TS`: a degree's letters in capitals.
                && (k == 0
                    || w.chars().all(|c| !c.is_uppercase())
                    || w.has(".")
                    || w.chars().count() <= 4 && w.chars().all(char::is_uppercase))
        });
        if !title_ok {
            return None;
        }
        let at = piece.find(run[0])?;
        return Some(piece[at..].trim()).filter(|n| !is_place(n));
    }
    None
}

/// The first joiner or bracket in `tail`: one pass over its spaces,
/// commas, semicolons and brackets.
fn next_cut(tail: &str) -> Option<(usize, &'static str)> {
    // The joiners that open with a space, in the order they are tried;
    // `, `, `; ` and `(` are the only ones at their first bytes.
    const SPACED: &[&str] = &[
        " và ", " & ", " – ", " — ", " - ", " / ", " | ", " · ", " • ", " (",
    ];
    let bytes = tail.as_bytes();
    (0..bytes.len()).find_map(|at| {
        let rest = &bytes[at..];
        let cut = match bytes[at] {
            // (Most spaces stand between words: the byte after tells.)
            b' ' if !matches!(
                rest.get(1),
                Some(b'v' | b'&' | 0xE2 | b'-' | b'/' | b'|' | 0xC2 | b'(')
            ) =>
            {
                return None;
            }
            b' ' => {
                return SPACED
                    .iter()
                    .find(|c| rest.starts_with(c.as_bytes()))
                    .map(|c| (at, *c));
            }
            b',' => ", ",
            b';' => "; ",
            b'(' => "(",
            _ => return None,
        };
        rest.starts_with(cut.as_bytes()).then_some((at, cut))
    })
}

/// A writer's post, after the name and a comma.
const POSTS: &[&str] = &[
    "phóng viên",
    "Phóng viên",
    "cộng tác viên",
    "Cộng tác viên",
    "biên tập viên",
    "Biên tập viên",
    "nhà báo",
    "Nhà báo",
    "CTV",
    "PV",
];

/// Whether a word is a degree or an honour written without a dot (`KTS`,
/// `ThS`), which opens a name, not an office.
pub fn is_degree(word: &str) -> bool {
    DEGREES.contains(&word)
}

/// Degrees and honours written without a dot before a name.
const DEGREES: &[&str] = &[
    "TS", "ThS", "PGS", "GS", "BS", "KS", "KTS", "DS", "LS", "NSND", "NSƯT", "NGƯT",
];

/// Military and police ranks, which a comma may set off from the degrees
/// after them.
const RANKS: &[&str] = &[
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Thượng úy",
    "Trung úy",
    "Thiếu úy",
];

/// The writer's note closing a signature: `NAME ghi`, `A (thực hiện)`.
const WRITER_TAILS: [&str; 7] = [
    " (ghi)",
    " tổng hợp",
    " ghi",
    " thực hiện",
    " (thực hiện)",
    // `Lê Hà lược dịch`: the writer's own note that the text is translated.
    " lược dịch",
    " biên dịch",
];

/// `NGỌC LAM ghi`, `Lê Hà (thực hiện)`: a signature whose own note says
/// the name is the writer's, wherever it stands.
pub fn noted_writer(text: &str) -> Option<String> {
    let t = text.trim();
    WRITER_TAILS
        .iter()
        .any(|w| t.ends_with(w))
        .then(|| person(t))
        .flatten()
}

/// `LÂM VY (CTV)`, `A và B (PV)`: writers whose post closes the line in
/// brackets.
pub fn signed_with_post(text: &str) -> Option<String> {
    let t = text.trim();
    let note = t.strip_suffix(')').and_then(|r| r.rsplit_once('('))?.1;
    POSTS.contains(&note).then(|| person(t)).flatten()
}

/// What a writer notes in brackets after the name.
const WRITER_NOTES: &[&str] = &["thực hiện", "ghi", "tổng hợp", "biên soạn", "ghi chép"];

/// Marks that send the reader to a footnote: `A*`, `A (*)`, `A¹`.
const FOOTNOTE_MARKS: &[char] = &['*', '¹', '²', '³'];

/// `ThS. Lê Hà*`, `PGS.TS Lê Hà (*)`: a line naming its writer with a
/// footnote's mark, the note about the writer (`* Khoa …`, `(*) Giảng
/// viên …`) printed after the text.
pub fn marked_writer(text: &str) -> Option<String> {
    let t = text.trim_end();
    // Only a line ending in `)` (of `(*)`) or a mark (`*`, or the last byte
    // of `¹`, `²`, `³`) is read: most lines end otherwise.
    if !matches!(t.as_bytes().last(), Some(b')' | b'*' | 0xB9 | 0xB2 | 0xB3)) {
        return None;
    }
    let bare = t
        .strip_suffix("(*)")
        .or_else(|| t.strip_suffix("(**)"))
        .unwrap_or(t)
        .trim_end();
    if bare.len() == t.len() && !t.ends_with(FOOTNOTE_MARKS) {
        return None;
    }
    person(bare.trim_end_matches(FOOTNOTE_MARKS))
}

/// `* Khoa Nông học …`, `(*) Giảng viên …`: the footnote a marked
/// writer's name points to (see [`marked_writer`]).
pub fn is_writer_footnote(text: &str) -> bool {
    let t = text.trim_start();
    let note = t
        .strip_prefix("(*)")
        .or_else(|| t.strip_prefix("(**)"))
        .or_else(|| t.strip_prefix(FOOTNOTE_MARKS))
        .map(|r| r.trim_start_matches(FOOTNOTE_MARKS).trim_start());
    note.is_some_and(|n| n.len() <= 300 && n.starts_with(char::is_uppercase))
}

/// The text after the last joiner of `key`: `Ảnh` in `A • Ảnh`.
fn last_piece(key: &str) -> &str {
    let mut tail = key;
    while let Some((at, sep)) = next_cut(tail) {
        tail = &tail[at + sep.len()..];
    }
    tail.trim()
}

/// Where `đăng lúc …`, `đăng ngày …`, `cập nhật lúc …` (a posting verb and
/// its time) follows a name: `Gió Bấc đăng lúc 21:30 ngày 02/10/2024`.
fn posted_at(t: &str) -> Option<usize> {
    // (The time's digits first: most lines have none.)
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // (Each verb holds `ăng ` or `ập nhật `: most lines have neither.)
    if !t.has("ăng ") && !t.has("ập nhật ") {
        return None;
    }
    for verb in [" đăng ", " cập nhật ", " Đăng ", " Cập nhật "] {
        if let Some(at) = t.find_str(verb) {
            let after = t[at + verb.len()..].trim_start();
            let after = ["lúc ", "ngày ", "vào "]
                .iter()
                .find_map(|w| after.cut_prefix(w))
                .unwrap_or(after);
            if after.starts_with(|c: char| c.is_ascii_digit()) {
                return Some(at);
            }
        }
    }
    None
}

/// `Gió Bấc đăng lúc 21:30 ngày …`: the poster named before a posting
/// verb and its time.
pub fn posted_by(text: &str) -> Option<String> {
    posted_at(text).and_then(|_| person(text))
}

/// The writers a byline names: `✍ Lù Văn Phà, cộng tác viên tại …`,
/// `Chữ: A — Ảnh: B` (A), `Ghi nhận tại tòa: A và B`, `Phật tử X ghi`,
/// `Name · post · date`, `NAME (từ Place)`, `A – B`. Names joined by `,`,
/// `và`, `-`, `–`, `&`, `|` are kept with their joiner; reading stops at
/// the first piece that is no name (an office, a post, a place, a date).
pub fn person(text: &str) -> Option<String> {
    let t = text
        .trim()
        .trim_start_matches(|c: char| !is_letter_or_digit(c) && c != '(')
        .trim();
    if t.len() > 200
        || t.ends_with(['.', '!', '?', ':', ';', '…'])
        || t.has("\"")
        || t.has("“")
        || !t.chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    let mut keyed = false;
    // Evidence of a byline that is no key before the writer.
    let mut evidence = false;
    let mut rest = t;
    // `Gió Bấc đăng lúc 21:30 …`, `A cập nhật 08:10`: the poster's name
    // before the verb and its time is a byline's writer.
    if let Some(at) = posted_at(t) {
        rest = t[..at].trim_end();
        evidence = true;
    }
    // `Ngọc Mai, cộng tác viên tại …`: the writer's post after the name.
    // (Not `Mùa Xuân, phóng viên đến bản`: after the post only where or for
    // whom the writer works.)
    if let Some((_, post)) = rest.split_str(", ") {
        evidence |= POSTS.iter().any(|p| {
            post.cut_prefix(p).is_some_and(|after| {
                after.is_empty()
                    || [" tại ", " thường trú", " của ", " báo ", " ban ", " đài "]
                        .iter()
                        .any(|w| after.has_prefix(w))
                    || after.starts_with(' ') && after.trim_start().starts_with(char::is_uppercase)
            })
        });
    }
    // `LÂM VY và HẠ ĐAN (CTV)`: the writers' post in brackets closing the
    // line speaks for every name before it, not only the last.
    if let Some(open) = rest.strip_suffix(')').and_then(|r| r.rfind('(')) {
        let note = &rest[open + 1..rest.len() - 1];
        evidence |= POSTS.contains(&note);
    }
    // `Thiếu tướng, PGS.TS A`: a rank set off by a comma before the
    // degrees; the comma joins titles, not names.
    if let Some((rank, after)) = rest.split_str(", ")
        && RANKS.contains(&rank)
    {
        rest = after;
    }
    // `Tâm An. Ảnh: Trọng Hiếu`: the writer's name, a full stop, then
    // another role's credit.
    if let Some((name, credit)) = rest.split_str(". ")
        && credit
            .split_once(':')
            .is_some_and(|(key, _)| other_role(key))
        && crate::rules::is_name_line(name)
    {
        rest = name;
        evidence = true;
    }
    // `Theo A (Báo X)` under the headline: the writer, then the paper.
    if let Some(after) = rest.strip_prefix("Theo ")
        && after.starts_with(char::is_uppercase)
    {
        rest = after;
    }
    // `Viết bởi A & B`, `Đăng bởi A`, `Tác giả A`: a key without a colon.
    for key in [
        "Viết bởi ",
        "viết bởi ",
        "Đăng bởi ",
        "đăng bởi ",
        "Bởi ",
        "bởi ",
        "Tác giả ",
        "Người viết ",
    ] {
        if let Some(r) = rest.cut_prefix(key) {
            rest = r.trim_start();
            keyed = true;
            break;
        }
    }
    // A credit key of any wording: `Chữ:`, `Ghi nhận tại tòa:`.
    if let Some(at) = memchr::memchr(b':', rest.as_bytes()) {
        let (key, after) = (&rest[..at], &rest[at + 1..]);
        // `A • Ảnh: B`, `A (thực hiện) | Chụp ảnh: B`: the key is another
        // role's, after the writer; that credit is evidence of a byline.
        let role_after = next_cut(key)
            .map(|_| last_piece(key))
            .filter(|k| other_role(k));
        // `Toàn cảnh hội nghị. Ảnh: X`: a caption with its credit.
        if role_after.is_none() && other_role(key) || key.has(". ") {
            return None;
        }
        // `📍 Khu vực: Việt Yên, Bắc Giang`: a place's key, not a writer's.
        if matches!(
            crate::rules::lower_case(key.trim()).as_str(),
            "khu vực" | "địa điểm" | "địa chỉ" | "nơi làm việc" | "vị trí" | "nơi ở" | "quê quán"
        ) {
            return None;
        }
        if role_after.is_some() {
            evidence = true;
        } else if key.split_whitespace().count() <= 5 && !key.chars().any(|c| c.is_ascii_digit()) {
            // Not a time (`08:10`) nor a sentence's colon.
            keyed = true;
            rest = after.trim();
        }
    }
    // `A ghi theo lời kể của chị B`: a story the writer took down from
    // someone else; B is the teller, A the writer.
    if let Some(at) = memchr::memmem::find(rest.as_bytes(), " ghi theo lời kể".as_bytes()) {
        rest = rest[..at].trim_end();
        keyed = true;
    }
    // `Phóng viên A tường thuật từ Đài Trung`: the writer, then where the
    // report was filed from.
    // (One search for `từ`, then the verb before it.)
    static FROM: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" từ "));
    if let Some(from) = FROM.find(rest.as_bytes())
        && let Some(verb) = [" tường thuật", " đưa tin", " viết", " gửi bài"]
            .iter()
            .find(|v| rest[..from].ends_with(**v))
    {
        rest = rest[..from - verb.len()].trim_end();
        keyed = true;
    }
    // `Thu Trang – Văn phòng Công ty`: the writer's office after a dash.
    // (One pass for the first dash; a space before it.)
    // (The office is no second writer: `Lê Hà – Ga Vinh`.)
    if let Some(at) = rest.find(['–', '—', '-'])
        && rest[..at].ends_with(' ')
        && crate::rules::is_office(rest[at..].trim_start_matches([' ', '–', '—', '-']))
    {
        evidence = true;
        rest = rest[..at].trim_end();
    }
    // `… ghi`, `… (ghi)`, `… thực hiện`: the writer's note after the name.
    for tail in WRITER_TAILS {
        if let Some(r) = rest.strip_suffix(tail) {
            rest = r.trim_end();
            keyed = true;
        }
    }
    let mut names: Vec<&str> = Vec::new();
    let mut joiners: Vec<&str> = Vec::new();
    let mut tail = rest;
    loop {
        let cut = next_cut(tail);
        let piece = match cut {
            Some((at, _)) => &tail[..at],
            None => tail,
        };
        // `ThS. A*`: a footnote's mark after the name (the note on the
        // writer's post comes after the text).
        let piece = piece
            .trim()
            .trim_end_matches(')')
            .trim_end_matches(FOOTNOTE_MARKS);
        // `HẠ ĐAN (từ Lý Sơn)`, `ThS.BS A (Khoa …)`: an office, a post or a
        // home place in brackets after a name is evidence, like a key.
        let note = cut
            .filter(|(_, sep)| sep.trim() == "(")
            .and_then(|(at, sep)| tail[at + sep.len()..].split_once(')'))
            .filter(|(note, _)| {
                // `(thực hiện)`, `(tổng hợp)`: the writer's own note.
                WRITER_NOTES.contains(note)
                    // `(nick Gió Bấc, thành viên diễn đàn)`: a forum
                    // writer's nickname or membership.
                    || ["nick ", "bút danh ", "thành viên "]
                        .iter()
                        .any(|w| note.has_prefix(w))
                    // `(10 Tin)`, `(lớp 9A2)`: a student writer's class.
                    || note.starts_with("lớp ")
                    || note.len() <= 8
                        && note.starts_with(|c: char| c.is_ascii_digit())
                        && note.chars().any(char::is_alphabetic)
                    || !other_role(note)
                        && (note.starts_with("từ ")
                            || note.chars().next().is_some_and(char::is_uppercase))
            });
        let Some(name) = name_in(piece, keyed || evidence || note.is_some(), keyed) else {
            // `A và những con đường`: a title's words, no credit.
            if joiners
                .last()
                .is_some_and(|j| matches!(j.trim(), "và" | "&"))
            {
                return None;
            }
            break;
        };
        // Each name without its titles (`PV A - CTV B`).
        names.push(name);
        let Some((mut at, mut sep)) = cut else {
            break;
        };
        // Past the note, the next name needs a joiner of its own.
        if let Some((_, after)) = note {
            match next_cut(after) {
                Some((0, s)) if s.trim() != "(" => (tail, at, sep) = (after, 0, s),
                _ => break,
            }
        }
        tail = tail[at + sep.len()..].trim_start();
        // A label of another role ends the writers: `— Ảnh: B`.
        if let Some(at) = memchr::memchr(b':', tail.as_bytes())
            && other_role(&tail[..at])
        {
            break;
        }
        // `· Translated by B`, `– dịch bởi B`: a translator keyed without
        // a colon.
        if ["Translated by ", "translated by ", "Dịch bởi ", "dịch bởi "]
            .iter()
            .any(|k| tail.has_prefix(k))
        {
            break;
        }
        joiners.push(sep);
    }
    let first = names.first()?;
    let mut out = first.to_string();
    for (name, sep) in names.iter().skip(1).zip(&joiners) {
        let sep = match sep.trim() {
            "," => ", ".to_string(),
            ";" => "; ".to_string(),
            "(" => break,
            s => format!(" {s} "),
        };
        out.push_str(&sep);
        out.push_str(name);
    }
    (!crate::rules::names_a_paper_of_today(&out)).then_some(out)
}

/// `… vào tháng 9. (Sương Khói)`, `… trường. Thiếu tá LÒ VĂN A (Đồn …)`:
/// the writer signing at the end of the last paragraph, after its last
/// sentence. The paragraph stays whole; only the name is read.
pub fn closing_name(text: &str) -> Option<String> {
    let t = text.trim_end();
    if !t.ends_with(')') {
        // `… thuận lợi. HẢI ĐĂNG`: the pen name in capitals, no brackets.
        return crate::rules::signed_in_caps(t).map(str::to_string);
    }
    // (`… tỉa cành. (KS. A, Trạm …)`: a degree's dot inside the brackets
    // is no sentence end; the bracket after the last sentence opens it.)
    let bracket = t
        .rfind('(')
        .filter(|&at| t[..at].trim_end().ends_with(['.', '!', '?', '…', '”', '"']));
    let cut = bracket.or_else(|| {
        [". ", "! ", "? ", "… ", ".” ", ".\" "]
            .iter()
            .filter_map(|p| t.rfind_str(p).map(|at| at + p.len()))
            .max()
    })?;
    let tail = t[cut..].trim();
    // A sentence before it; a signature of a few words, no figures.
    if cut < 60 || tail.len() > 160 || tail.chars().any(|c| c.is_ascii_digit()) || tail.has(":") {
        return None;
    }
    if let Some(inner) = tail.strip_prefix('(') {
        // `(Hải Đăng)`, `(A - B)`; not `(Hà Nội)`, `(Ảnh minh họa)`.
        let inner = inner.strip_suffix(')')?;
        if inner.has("(") || is_place(inner) {
            return None;
        }
        // `(ThS.BS A – Khoa Hô hấp)`: a degree before the name, the office
        // after a dash or a comma; the name closes the first piece.
        let first = [" – ", " — ", " - ", ", "]
            .iter()
            .filter_map(|c| inner.find_str(c))
            .min()
            .map_or(inner, |at| &inner[..at]);
        // (A title before the name stands by it: not `(Lục Ngạn – mùa …)`.)
        let read = person(inner);
        if let Some(name) = &read
            && first.len() < inner.len()
            && first.len() > name.len()
            && first.ends_with(name.as_str())
        {
            return read;
        }
        return crate::rules::is_name_line(inner)
            .then(|| inner.to_string())
            .or_else(|| read.filter(|n| n.len() == inner.len()));
    }
    // `Thiếu tá NAME (office)`: a name before an office in brackets.
    tail.has(" (").then(|| person(tail)).flatten()
}

/// `Luật sư A – a@firm.vn`, `ThS. A | Email: a@uni.vn`: a writer's name
/// beside an e-mail address and nothing else (no key: not `Liên hệ: A –
/// …`).
pub fn beside_email(text: &str) -> Option<String> {
    // (Most lines have no address: one byte search first.)
    memchr::memchr(b'@', text.as_bytes())?;
    // `Quốc Bảo (qb@site.vn)`: the address in brackets after the name.
    let bracketed = text
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rsplit_str(" ("));
    let (name, mail) = bracketed.or_else(|| {
        [" – ", " — ", " - ", " | ", " · ", " • ", ", ", " ✉ "]
            .iter()
            .filter_map(|sep| text.rsplit_str(sep))
            .max_by_key(|(name, _)| name.len())
    })?;
    let mail = mail.trim();
    let mail = ["Email:", "E-mail:", "email:", "✉"]
        .iter()
        .find_map(|k| mail.cut_prefix(k))
        .unwrap_or(mail)
        .trim();
    let is_mail = !mail.contains(' ')
        && mail
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    if !is_mail || name.contains([':', '@']) {
        return None;
    }
    // `Hải Đăng (CTV) – d@site.vn`: the writer's post in brackets after
    // the name.
    let name = name.trim_end();
    let bare = match name.strip_suffix(')').and_then(|n| n.rsplit_str(" (")) {
        Some((bare, post)) if POSTS.contains(&post) => bare,
        _ => name,
    };
    // `— Đỗ Thị Hằng, chủ xưởng · h@site.vn`: a signature's dash before the
    // name, the writer's trade in lower case after a comma.
    let bare = bare.trim_start_matches(['—', '–', ' ']);
    let bare = match bare.split_str(", ") {
        Some((name, trade))
            if (1..=4).contains(&trade.split_whitespace().count())
                && trade.chars().all(|c| c == ' ' || c.is_lowercase()) =>
        {
            name
        }
        _ => bare,
    };
    // (The address is evidence enough for a two-word name: `Quốc Bảo`.)
    person(name)
        .filter(|n| bare.ends_with(n.as_str()))
        .or_else(|| crate::rules::is_name_line(bare).then(|| bare.to_string()))
}

/// `Ngọc Mai • 5 phút đọc`, `Lê Hà · 1.204 lượt xem`: a writer's name
/// before a reading-time or view counter, the line a counter's.
pub fn before_counter(text: &str) -> Option<String> {
    let (name, rest) = [" · ", " • ", " | ", " – "]
        .iter()
        .find_map(|sep| text.split_str(sep))?;
    // After the name, counters (`5 phút đọc · 1.204 lượt xem`) and at most
    // one section between (`Bởi A | Tin pháp lý | 0 bình luận`); a counter
    // last.
    let counted = |part: &str| {
        ["phút đọc", "lượt xem", "min read", "lượt đọc", "bình luận"]
            .iter()
            .any(|c| part.has(c))
            && part.starts_with(|c: char| c.is_ascii_digit() || !is_letter_or_digit(c))
    };
    // (Lower-cased once: the parts are only compared with the cues.)
    let rest = lower_case(rest);
    let parts: Vec<&str> = rest.split(['·', '•', '|', '–']).map(str::trim).collect();
    let section = |part: &&str| {
        !part.chars().any(|c| c.is_ascii_digit()) && part.split_whitespace().count() <= 6
    };
    let (last, between) = parts.split_last()?;
    if !counted(last)
        || between.iter().filter(|p| !counted(p)).count() > 1
        || !between.iter().all(|p| counted(p) || section(p))
        || name.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let name = name.trim();
    person(name)
        .or_else(|| crate::rules::is_name_line(name).then(|| name.to_string()))
        // (`Bởi A`: the writer's key before the name.)
        .or_else(|| crate::rules::author_credit(name))
}

/// `VỀ TÁC GIẢ`, `┌── VỀ NGƯỜI VIẾT ──┐`: the heading of a box about the
/// writer.
pub fn is_author_box_heading(text: &str) -> bool {
    let t = text.trim_matches(|c: char| !is_letter_or_digit(c));
    // (Its words in either case before lower-casing the line; the headings
    // open with `v`, `g` or `t`, which only these letters lower-case to.)
    t.len() <= 40
        && t.starts_with(['V', 'v', 'G', 'g', 'T', 't'])
        && ["TÁC GIẢ", "tác giả", "NGƯỜI VIẾT", "người viết"]
            .iter()
            .any(|w| t.has(w))
        && matches!(
            lower_case(t).as_str(),
            "về tác giả" | "về người viết" | "giới thiệu tác giả" | "thông tin tác giả"
        )
}

/// The text inside a box's frame: `┌─ Tác giả ─`, `│ Biên tập: X`, `└─`
/// give `Tác giả`, `Biên tập: X`, ``; None for a line with no frame.
pub fn framed(text: &str) -> Option<&str> {
    // Any box-drawing stroke (U+2500–257F): `┌ ╭ ╔ │ ┃ ║ ─ ━ ═ └ ╰ ╚ …`.
    let stroke = |c: char| ('\u{2500}'..='\u{257F}').contains(&c);
    let t = text.trim();
    t.starts_with(stroke)
        .then(|| t.trim_matches(|c: char| stroke(c) || c.is_whitespace()))
}

/// The writer an author box's first line names: `TS. NAME (office)`, or a
/// pen name before its description (`Sương Khói – nhà báo tự do`); the
/// box's heading is the key.
pub fn box_name(text: &str) -> Option<String> {
    let t = text
        .trim_start_matches(|c: char| !is_letter_or_digit(c))
        .trim();
    person(t).or_else(|| {
        let piece = next_cut(t).map_or(t, |(at, _)| &t[..at]);
        name_in(piece.trim(), true, false).map(str::to_string)
    })
}

/// `PHAN CHƯƠNG / TRẦN VĨ`: a line that is nothing but two writers' names
/// or more, whatever its shape says (a menu, a site's name in capitals).
pub fn names_only(text: &str) -> bool {
    let text = text.trim();
    person(text).is_some_and(|names| {
        names.len() == text.len()
            && (names.contains([',', ';'])
                || names
                    .split_whitespace()
                    .any(|w| matches!(w, "/" | "–" | "—" | "-" | "&" | "|" | "·" | "•" | "và")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_writer_beside_an_envelope_and_an_address() {
        assert_eq!(
            beside_email("Lương Thị Mỹ ✉ my.lt@nongsanviet.vn").as_deref(),
            Some("Lương Thị Mỹ")
        );
        // An envelope before a desk's address names no writer.
        assert_eq!(beside_email("Liên hệ tòa soạn ✉ toasoan@baoxa.vn"), None);
        // The address in brackets; the writer's post in brackets before it.
        assert_eq!(
            beside_email("Minh Triết (trietkm.pv@songlam.vn)").as_deref(),
            Some("Minh Triết")
        );
        assert_eq!(
            beside_email("Đàm Thu Hương (CTV) – huongdt@tinque.vn").as_deref(),
            Some("Đàm Thu Hương")
        );
        assert_eq!(beside_email("Hộp thư góp ý (gopy@tinque.vn)"), None);
    }

    #[test]
    fn names_read_by_evidence_wherever_the_labels_put_them() {
        let yes = [
            ("✍ Lò Văn Pấu, cộng tác viên tại Sìn Hồ", "Lò Văn Pấu"),
            ("Chữ: Đinh Thị Hoa — Ảnh: Vi Văn Sáng", "Đinh Thị Hoa"),
            (
                "Ghi nhận tại phiên xử: LÊ HÙNG và ĐÀO MAI",
                "LÊ HÙNG và ĐÀO MAI",
            ),
            ("Phật tử Thiện Tâm ghi", "Thiện Tâm"),
            ("Tác giả Bảo Ngân – Thứ Hai, 03/02/2025", "Bảo Ngân"),
            ("Thu Trang. Ảnh: Lê Hậu", "Thu Trang"),
            (
                "Trịnh Bảo Ngọc · Trưởng nhóm dữ liệu · 02/04/2025 - 08:10",
                "Trịnh Bảo Ngọc",
            ),
            ("ĐOÀN VĂN HẬU (từ Quy Nhơn)", "ĐOÀN VĂN HẬU"),
            (
                "Kỹ thuật viên trưởng Hứa Thị Mỹ – Khoa Xét nghiệm",
                "Hứa Thị Mỹ",
            ),
            ("✎ Tô Ngọc Hân – biên tập viên du lịch", "Tô Ngọc Hân"),
            ("Văn Thị Mai | Văn phòng đại diện Tây Bắc", "Văn Thị Mai"),
            ("Lò Văn Pấu", "Lò Văn Pấu"),
            // Joiners `;` and `/`, an office or home place in brackets as
            // evidence, honorifics after a key, posts before a name.
            ("Ghi chép: Phùng Thị Lan; ảnh: Đàm Văn Tú", "Phùng Thị Lan"),
            (
                "Thực hiện bởi Kha Minh Tâm; Lục Thị Vân (Phòng Kế hoạch)",
                "Kha Minh Tâm; Lục Thị Vân",
            ),
            (
                "TS.BS H Nhung Byă (Khoa Nhi) và KTV. Đỗ Quang Vinh (Phòng Vật tư)",
                "H Nhung Byă và Đỗ Quang Vinh",
            ),
            ("MỘC LAN (từ Côn Đảo)", "MỘC LAN"),
            ("Kể: cô Hà Thị Nguyệt · Vẽ: em Bế Văn Sơn", "Hà Thị Nguyệt"),
            ("LƯU HẢI / TÔ MINH", "LƯU HẢI / TÔ MINH"),
            // Capitals on both sides of a dash: two writers, not a writer
            // and an office's abbreviation.
            ("HOÀNG GIANG - KIM NGÂN", "HOÀNG GIANG - KIM NGÂN"),
            // An office after the dash, named in full.
            ("Vi Văn Toản - Hải quan cửa khẩu Hoàng Diệu", "Vi Văn Toản"),
            // A two-letter abbreviation, then another (`TT VHTT&TT`).
            ("Thanh Mai – TT VHTT&TT huyện Củ Chi", "Thanh Mai"),
            (
                "Đại úy HOÀNG VĂN LÂM – Trung tá VŨ THỊ NGÂN",
                "HOÀNG VĂN LÂM – VŨ THỊ NGÂN",
            ),
            (
                "Đinh Thu Trang (Ban Tuyên giáo) và cộng tác viên Nông Văn Hải",
                "Đinh Thu Trang và Nông Văn Hải",
            ),
            ("Khổng Văn Lực – Bạc Liêu", "Khổng Văn Lực"),
            (
                "Viết bởi Hồ Minh Tâm (10 Tin) và Lại Thu Hà (9A2)",
                "Hồ Minh Tâm và Lại Thu Hà",
            ),
            (
                "Hồ Minh Tâm (lớp 10 Tin) và Lại Thu Hà (lớp 9A2)",
                "Hồ Minh Tâm và Lại Thu Hà",
            ),
            (
                "Châu Ngọc Lan – Mạc Đình Phúc",
                "Châu Ngọc Lan – Mạc Đình Phúc",
            ),
        ];
        for (line, name) in yes {
            assert_eq!(person(line).as_deref(), Some(name), "{line}");
        }
        let no = [
            // Another role, a speaker, a sentence, a place, an office.
            "Ảnh: Vi Văn Sáng",
            "Biên tập: Hồ Mỹ Linh",
            "Phiên dịch tiếng Mông: Giàng A Páo",
            "Đoàn khảo sát tại bản. Ảnh: Giàng A Páo",
            "Chị Hoàng Thị Nga. Ảnh: Lê Hậu",
            "CÙNG DIỄN BIẾN VỤ VIỆC",
            "Ông Phan Văn Tư, Chủ tịch UBND xã, cho biết:",
            "Nguyễn Thị Hòa trả lời phỏng vấn sau buổi lễ.",
            "Lâm Đồng",
            "Trung tâm Y tế huyện Lục Nam",
            "Lịch trình hai ngày: Hà Giang – Lũng Cú",
            "Hội Nông dân xã Bình An",
            "Đọc thêm: Lê Văn Tám và những con đường",
            "Bệnh Viện Hữu Nghị (Hà Nội)",
            "Sở Tư Pháp (Lạng Sơn)",
            "Cục Thuế Tỉnh (Cao Bằng)",
        ];
        for line in no {
            assert_eq!(person(line), None, "{line}");
        }
    }

    #[test]
    fn a_writer_before_another_roles_credit_or_a_posting_time() {
        let yes = [
            ("Hầu Minh Trí • Ảnh: Sùng A Lử", "Hầu Minh Trí"),
            ("Hạ Vy (thực hiện) | Chụp ảnh: Lò Thị Én", "Hạ Vy"),
            ("Mai Sương / Đồ họa: Lò Thị Én", "Mai Sương"),
            (
                "Nội dung: Mai Sương · Hình ảnh: Lò Thị Én · Video: Đăng Khoa",
                "Mai Sương",
            ),
            ("Sóng Biếc đăng lúc 06:40 ngày 11/04/2025", "Sóng Biếc"),
            ("Lúa Vàng cập nhật lúc 7:05, 02/02/2025", "Lúa Vàng"),
            (
                "Viết bởi Hạ Vy & Mai Sương | Chụp ảnh: Lò Thị Én",
                "Hạ Vy & Mai Sương",
            ),
        ];
        for (line, name) in yes {
            assert_eq!(person(line).as_deref(), Some(name), "{line}");
        }
        // A caption with its credit, a speaker, no name before the verb.
        for line in [
            "Toàn cảnh buổi lễ • Ảnh: Lò Thị Én",
            "Ông Hầu Minh Trí • Ảnh: Sùng A Lử",
            "Cập nhật lúc 09:00 ngày 11/04/2025",
            "Người dân cập nhật 3 lần mỗi ngày",
        ] {
            assert_eq!(person(line), None, "{line}");
        }
    }

    #[test]
    fn a_degree_a_post_or_a_semicolon_marks_pen_names() {
        let yes = [
            ("ThS. Hạ Vy; KS. Mai Sương", "Hạ Vy; Mai Sương"),
            ("BS. CKII Diệp Anh (Khoa Nội)", "Diệp Anh"),
            ("Sương Mai, cộng tác viên tại Lý Sơn", "Sương Mai"),
            ("Hạ Vy, phóng viên thường trú", "Hạ Vy"),
        ];
        for (line, name) in yes {
            assert_eq!(person(line).as_deref(), Some(name), "{line}");
        }
        // A place's abbreviation, a post with no name, a sentence.
        for line in [
            "TP. Hồng Lĩnh",
            "TX. Sa Pa",
            "Ban Biên tập, phóng viên và cộng tác viên",
            "Mùa Xuân, phóng viên đến bản",
        ] {
            assert_eq!(person(line), None, "{line}");
        }
    }

    #[test]
    fn a_post_in_brackets_closing_the_line_speaks_for_every_writer() {
        for (line, name) in [
            ("SƯƠNG SA và MÂY VÂN (CTV)", "SƯƠNG SA và MÂY VÂN"),
            ("MÂY NGÀN, SỎI ĐÁ (PV)", "MÂY NGÀN, SỎI ĐÁ"),
        ] {
            assert_eq!(person(line).as_deref(), Some(name), "{line}");
        }
        // A note that is no post, a sentence's words.
        assert_eq!(person("SƯƠNG SA và MÂY VÂN (Lào Cai)"), None);
        assert_eq!(person("Mưa Rừng và Lá Thu (PV)."), None);
    }

    #[test]
    fn a_parent_s_nickname_over_the_writer_s_name() {
        assert_eq!(
            nick_with_name("— Bố Tũn (Đặng Quốc Việt, Hải An)"),
            Some("Đặng Quốc Việt")
        );
        // A real name with its home, a place first in the brackets.
        assert_eq!(nick_with_name("Lê Thu Hà (Ngọc Lâm, Long Biên)"), None);
        assert_eq!(nick_with_name("Mẹ Tũn (Hải Phòng, tháng 5/2025)"), None);
    }

    #[test]
    fn a_writer_before_a_counter() {
        for (line, name) in [
            ("Hạt Dẻ • 6 phút đọc", "Hạt Dẻ"),
            ("Triệu Khánh Vân · 2.310 lượt xem", "Triệu Khánh Vân"),
            (
                "Bởi Lã Đức Hiếu | Hỏi đáp nhà đất | 3 bình luận",
                "Lã Đức Hiếu",
            ),
            (
                "Khổng Thu Trang · 4 phút đọc · 812 lượt xem",
                "Khổng Thu Trang",
            ),
        ] {
            assert_eq!(before_counter(line).as_deref(), Some(name), "{line}");
        }
        // A date, a heading, no counter.
        for line in [
            "12/03/2025 · 6 phút đọc",
            "Tin nổi bật · 6 phút đọc",
            "Hạt Dẻ • Đà Lạt",
            "Bởi Lã Đức Hiếu | Hỏi đáp | Nhà đất | 3 bình luận",
            "Bởi Lã Đức Hiếu | Bình luận (3)",
        ] {
            assert_eq!(before_counter(line), None, "{line}");
        }
    }

    #[test]
    fn a_rank_set_off_by_a_comma_before_the_degrees() {
        for (line, name) in [
            ("Thượng tá, TS. Vàng Seo Lử", "Vàng Seo Lử"),
            ("Trung tướng, GS.TS Mạc Hữu Đình", "Mạc Hữu Đình"),
        ] {
            assert_eq!(person(line).as_deref(), Some(name), "{line}");
        }
        // A rank in a sentence's list.
        assert_eq!(person("Thượng tá, trung tá và thiếu tá của đơn vị"), None);
    }

    #[test]
    fn a_degree_without_its_dot_before_a_pen_name() {
        for (line, name) in [
            ("KTS Mộc Thạch", "Mộc Thạch"),
            ("Đại tá, TS Hàn Sơn", "Hàn Sơn"),
        ] {
            assert_eq!(person(line).as_deref(), Some(name), "{line}");
        }
        // Capitals that are no degree.
        assert_eq!(person("HTX Mộc Thạch"), None);
        // A place's key.
        assert_eq!(person("📍 Khu vực: Yên Dũng, Bắc Giang"), None);
        assert_eq!(person("Địa điểm: Hòa Vang, Đà Nẵng"), None);
    }

    #[test]
    fn theo_a_writer_and_the_paper_in_brackets() {
        assert_eq!(
            person("Theo Lục Gia Bảo (Tạp chí Nghề Mộc)").as_deref(),
            Some("Lục Gia Bảo")
        );
        // A source's or a speaker's `Theo`.
        assert_eq!(person("Theo Tạp chí Nghề Mộc"), None);
        assert_eq!(
            person("Theo ông Lục Gia Bảo, nghề mộc đang hồi phục."),
            None
        );
    }

    #[test]
    fn the_poster_before_a_posting_verb() {
        assert_eq!(
            posted_by("Sóng Biếc đăng lúc 06:40 ngày 11/04/2025").as_deref(),
            Some("Sóng Biếc")
        );
        // No verb, or no name before it.
        assert_eq!(posted_by("Sóng Biếc · 06:40 11/04/2025"), None);
        assert_eq!(posted_by("Tin đăng lúc 06:40 ngày 11/04/2025"), None);
    }

    #[test]
    fn a_line_of_writers_names_only() {
        for line in ["KIỀU NGA / LẠI TÚ", "Đỗ Hạnh – Vũ Lâm Tùng"] {
            assert!(names_only(line), "{line}");
        }
        // One name, a paper in capitals, a menu, a name with its office.
        for line in [
            "Lò Văn Pấu",
            "BÁO LÂM ĐỒNG",
            "TIN TỨC / VIDEO",
            "Đỗ Hạnh – Phòng Văn hóa",
        ] {
            assert!(!names_only(line), "{line}");
        }
    }

    #[test]
    fn a_translator_beside_the_writer_is_no_writer() {
        // A bilingual site names the English edition's translator on the
        // writer's line, keyed with or without a colon.
        let yes = [
            // A pen name with no family name: the office alone does not
            // stand by it while the translator reads as a second writer.
            (
                "Thu Nguyệt – Ban Du lịch huyện | Bản tiếng Anh: Hứa Minh Duy",
                "Thu Nguyệt",
            ),
            (
                "Bài: Triệu Văn Khởi · Translated by Anna Berg",
                "Triệu Văn Khởi",
            ),
            ("Ma Thị Sen – dịch bởi Lục Văn Tài", "Ma Thị Sen"),
        ];
        for (line, want) in yes {
            assert_eq!(person(line).as_deref(), Some(want), "{line}");
        }
        // Not a writer: the translator's credit alone, a sentence.
        assert_eq!(person("Bản tiếng Anh: Hứa Minh Duy"), None);
        assert_eq!(person("Translated by Anna Berg"), None);
    }

    #[test]
    fn a_writer_taking_down_someone_elses_story() {
        // `A ghi theo lời kể của B`: A wrote, B told.
        assert_eq!(
            person("LAM ĐIỀN ghi theo lời kể của anh Sầm Văn Páo").as_deref(),
            Some("LAM ĐIỀN")
        );
        assert_eq!(
            person("Vi Thu Hoài ghi theo lời kể").as_deref(),
            Some("Vi Thu Hoài")
        );
        // A sentence saying so is no byline.
        assert_eq!(
            person("Bà con ghi theo lời kể của già làng về mùa lũ năm ấy."),
            None
        );
    }

    #[test]
    fn a_forum_writers_nickname_in_brackets() {
        // A nickname or membership in brackets stands by a pen name the
        // family-name list does not know.
        for (line, want) in [
            ("Bảo Khuê (nick Sóc Nâu, thành viên diễn đàn)", "Bảo Khuê"),
            ("Thiên Di (bút danh Mây Chiều)", "Thiên Di"),
            ("Quế Lâm (thành viên nhóm Xe Đạp Xanh)", "Quế Lâm"),
        ] {
            assert_eq!(person(line).as_deref(), Some(want), "{line}");
        }
        // Words that are no name before such a note stay nothing.
        assert_eq!(person("Mùa nước nổi (nick cũ của nhóm)"), None);
    }

    #[test]
    fn a_weekday_or_a_date_word_is_no_writer() {
        // Whatever key stands before it, a weekday is when the page was
        // posted, not who wrote it.
        for line in [
            "Đăng:\tThứ Sáu, ngày 3 tháng 10 năm 2025",
            "Cập nhật: Chủ Nhật, 5/10/2025",
            "Đăng: THỨ HAI, 06/10/2025",
            "Người đăng: Ngày Mới",
        ] {
            assert_eq!(person(line), None, "{line}");
        }
        for line in ["Thứ Năm", "Chủ Nhật Tuần Này", "Ngày Xuân"] {
            assert!(!crate::rules::is_name_line(line), "{line}");
        }
        // A name keyed the same way is still read.
        assert_eq!(person("Đăng: Trần Thu Hà").as_deref(), Some("Trần Thu Hà"));
        assert!(crate::rules::is_name_line("Ngô Thứ Hai"));
    }

    #[test]
    fn a_writer_marked_for_a_footnote() {
        for line in [
            "ThS. Mạc Thị Huyền*",
            "PGS.TS Mạc Thị Huyền (*)",
            "Tăng Văn Khoa¹",
        ] {
            assert!(marked_writer(line).is_some(), "{line}");
        }
        // A form's required field, a name without a mark.
        assert_eq!(marked_writer("Họ tên (*)"), None);
        assert_eq!(marked_writer("Mạc Thị Huyền"), None);
        assert!(is_writer_footnote("(*) Giảng viên Trường Cao đẳng nghề"));
        assert!(!is_writer_footnote("Giảng viên Trường Cao đẳng nghề"));
        // (From round 25's rules test.)
        assert!(marked_writer("ThS. Mùa A Lử*").is_some());
        assert!(marked_writer("Lò Thị Xuyến *").is_some());
        assert_eq!(marked_writer("Mật khẩu**"), None);
        assert_eq!(marked_writer("Giá chè búp tươi 12.000 đồng*"), None);
        assert!(is_writer_footnote("* Trung tâm Khuyến nông huyện Bắc Yên"));
        assert!(is_writer_footnote("*Giảng viên Trường Cao đẳng Sơn La"));
    }

    #[test]
    fn a_closing_signature_with_the_writers_office_after_a_dash() {
        let text = "Vườn vải thiều của gia đình anh năm nay cho thu hoạch sớm hơn mười ngày nhờ tỉa cành đúng vụ.";
        for (sign, want) in [
            ("(ThS.BS Giáp Văn Tuấn – Khoa Nhi)", "Giáp Văn Tuấn"),
            (
                "(KS. Mông Thị Thoa, Trạm Khuyến nông Lục Ngạn)",
                "Mông Thị Thoa",
            ),
        ] {
            assert_eq!(
                closing_name(&format!("{text} {sign}")).as_deref(),
                Some(want),
                "{sign}"
            );
        }
        // Someone the story is about, a place and a season: no writer.
        for sign in [
            "(Ông Giáp Văn Tuấn – chủ vườn)",
            "(Lục Ngạn – mùa vải chín)",
        ] {
            assert_eq!(closing_name(&format!("{text} {sign}")), None, "{sign}");
        }
    }

    #[test]
    fn an_approvers_credit_is_no_writer() {
        for (line, want) in [
            ("Người viết: Sa Văn Hùng | Duyệt: Lò Văn Tám", "Sa Văn Hùng"),
            ("Bài: Sa Văn Hùng – Duyệt đăng: Lò Văn Tám", "Sa Văn Hùng"),
        ] {
            assert_eq!(person(line).as_deref(), Some(want), "{line}");
        }
        assert_eq!(person("Duyệt bài: Lò Văn Tám"), None);
        // A name that starts like the role's word is still a name.
        assert_eq!(
            person("Bài: Duyệt Văn Sơn").as_deref(),
            Some("Duyệt Văn Sơn")
        );
    }

    #[test]
    fn a_name_joined_by_an_apostrophe() {
        for (line, want) in [
            ("H’Mai Ayun (Trung tâm Văn hóa tỉnh)", "H’Mai Ayun"),
            ("Bài: Y'Sơn Niê", "Y'Sơn Niê"),
        ] {
            assert_eq!(person(line).as_deref(), Some(want), "{line}");
        }
        // An apostrophe at a word's end or a quote is no name.
        assert_eq!(person("H’ (Trung tâm Văn hóa tỉnh)"), None);
    }
}
