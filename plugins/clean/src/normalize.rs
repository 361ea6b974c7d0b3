use crate::tone::{HIGH_BITS, ONES, ascii_needs_folding, is_letter};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Normalises one line: NFC, `Ð` (U+00D0, Icelandic eth) to `Đ`, zero-width
/// characters removed, every kind of space folded to one ASCII space, ends
/// trimmed.
pub fn normalize_line(line: &str) -> String {
    match scan(line.as_bytes()) {
        Scan::Clean => line.to_string(),
        Scan::Fold => fold_runs(line, 0),
        Scan::Nfc => {
            if let Some(nfc) = quick_nfc_from(line, 0) {
                return fold_runs(&nfc, 0);
            }
            if is_nfc_quick(line.chars()) == IsNormalized::Yes {
                fold(line.chars(), line.len())
            } else {
                fold(line.nfc(), line.len())
            }
        }
    }
}

/// [`normalize_line`] of a line whose first `from` bytes need nothing of
/// it and, unless `from` is 0, end where the text can be cut (see
/// [`cut_before`]): they are copied, not read again.
pub(crate) fn normalize_from(line: &str, from: usize) -> String {
    if let Some(folded) = fold_runs_from::<true>(line, from) {
        return folded;
    }
    // Combining marks or a canonical singleton in the rest.
    match quick_nfc_from(line, from) {
        Some(nfc) => fold_runs(&nfc[..], from),
        None => normalize_line(line),
    }
}

/// Where, at or before `stop`, the text can be cut for [`normalize_from`]
/// and the tone pass: just after the last printable ASCII byte before it
/// that is no letter (a word ends there) and no `<`, `=`, `>` (which
/// compose with U+0338 under NFC); 0 if there is none.
pub(crate) fn cut_before(bytes: &[u8], stop: usize) -> usize {
    bytes[..stop]
        .iter()
        .rposition(|&c| cuts_after(c))
        .map_or(0, |k| k + 1)
}

/// See [`cut_before`].
#[inline]
fn cuts_after(c: u8) -> bool {
    (b' '..=b'~').contains(&c) && !c.is_ascii_alphabetic() && !matches!(c, b'<' | b'=' | b'>')
}

/// Credit keys a scraper glues to the name before them when a page's byline
/// and credit elements lose the break between them (`Minh PhươngTheo Reuters`).
const GLUED_CREDIT_KEYS: [&str; 4] = ["Theo ", "Video:", "Ảnh:", "Nguồn:"];

/// Splits a writer's name glued to a credit (`T.ThủyTheo Cnet`,
/// `Trang PhạmVideo: BBC`) into the name and the credit; `None` for anything
/// else, so body text is never cut.
pub fn split_glued_credit(line: &str) -> Option<(&str, &str)> {
    if line.len() > 120 {
        return None;
    }
    // A key right after a letter or a dot; most lines have none.
    let b = line.as_bytes();
    let is_key = |i: usize| {
        i >= 1
            && (b[i - 1].is_ascii_lowercase() || b[i - 1] == b'.' || b[i - 1] >= 0x80)
            && GLUED_CREDIT_KEYS
                .iter()
                .any(|key| b[i..].starts_with(key.as_bytes()))
    };
    // Eight bytes at a time, looking only where a key could start: `T`,
    // `V`, `N`, or the E1 BA of `Ả` (E1 alone as the last of the eight);
    // and only before the name must have ended (see `is_name_shaped`): at
    // an ASCII byte no name has, or at a fourth space.
    let mut at = None;
    let mut spaces = 0;
    let mut i = 0;
    'chunks: while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap());
        let ea = bytes_equal(x, 0xE1) & ((bytes_equal(x, 0xBA) >> 8) | (0xFF << 56));
        let mut starts = bytes_equal(x, b'T') | bytes_equal(x, b'V') | bytes_equal(x, b'N') | ea;
        let space = bytes_equal(x, b' ');
        let mut ends = not_in_names(x) & !space;
        if spaces + space.count_ones() >= 4 {
            let mut fourth = space;
            for _ in spaces..3 {
                fourth &= fourth - 1;
            }
            ends |= fourth;
        }
        spaces += space.count_ones();
        if ends != 0 {
            starts &= (ends & ends.wrapping_neg()) - 1;
        }
        while starts != 0 {
            let k = i + (starts.trailing_zeros() / 8) as usize;
            starts &= starts - 1;
            if is_key(k) {
                at = Some(k);
                break 'chunks;
            }
        }
        if ends != 0 {
            return None;
        }
        i += 8;
    }
    let at = match at {
        Some(at) => at,
        None => (i..b.len())
            .take_while(|&k| {
                let c = b[k];
                spaces += u32::from(c == b' ');
                spaces < 4
                    && (c >= 0x80 || c.is_ascii_alphabetic() || matches!(c, b'.' | b'-' | b' '))
            })
            .find(|&k| matches!(b[k], b'T' | b'V' | b'N' | 0xE1) && is_key(k))?,
    };
    let name = &line[..at];
    let glued = name
        .chars()
        .next_back()
        .is_some_and(|c| c.is_lowercase() || c == '.');
    (glued && is_name_shaped(name)).then(|| (name, &line[at..]))
}

/// The high bit of each of the eight bytes `x` that is ASCII but no letter,
/// `.`, `-` or space: no name has it.
#[inline(always)]
fn not_in_names(x: u64) -> u64 {
    let ascii = !x & HIGH_BITS;
    // Per byte below 0x80, with 0x20 set: `a`..`z` for the letters only.
    let folded = (x & !HIGH_BITS) | (0x20 * ONES);
    let from_a = (folded + (0x80 - b'a') as u64 * ONES) & HIGH_BITS;
    let past_z = (folded + (0x80 - b'z' - 1) as u64 * ONES) & HIGH_BITS;
    let letter = from_a & !past_z;
    let other = bytes_equal(x, b'.') | bytes_equal(x, b'-') | bytes_equal(x, b' ');
    ascii & !(letter | other)
}

/// The high bit of each of the eight bytes `x` that equals `c`.
#[inline(always)]
fn bytes_equal(x: u64, c: u8) -> u64 {
    let y = x ^ (ONES * c as u64);
    // Per byte: the low seven bits plus 0x7F carry into the high bit unless
    // they are all zero; no carry leaves the byte.
    !(((y & !HIGH_BITS) + !HIGH_BITS) | y) & HIGH_BITS
}

/// One to four capitalised words of letters (an initial may carry a dot:
/// `T.Thủy`), at most 30 characters; a single word needs that initial.
fn is_name_shaped(text: &str) -> bool {
    let words = text.split(' ').count();
    let capitalised = text.split(' ').all(|word| {
        word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| is_letter(c) || c == '.' || c == '-')
    });
    (1..=4).contains(&words)
        && (words > 1 || text.contains('.'))
        && text.chars().count() <= 30
        && capitalised
}

/// Whether the multi-byte character at `b[i]` makes a line need more than
/// a copy ([`Scan::Fold`] or [`Scan::Nfc`] in [`scan`]).
#[inline(always)]
pub(crate) fn special_at(b: &[u8], i: usize) -> bool {
    let next = b.get(i + 1).copied().unwrap_or(0);
    match b[i] {
        0xC2 => next == 0xA0 || next == 0xAD || next < 0xA0,
        0xC3 => next == 0x90 || next == 0xB0,
        0xCC | 0xCD => true,
        0xE1 => matches!(next, 0x9A | 0xA0 | 0xBD | 0xBE | 0xBF),
        0xE2 => {
            let third = b.get(i + 2).copied().unwrap_or(0);
            next == 0x84
                || (next == 0x80 && (third <= 0x8F || (0xA8..=0xAF).contains(&third)))
                || (next == 0x81 && (third == 0x9F || third == 0xA0))
        }
        0xE3 => next == 0x80 && b.get(i + 2) == Some(&0x80),
        0xEF => next == 0xBB || (0xA4..=0xAB).contains(&next),
        _ => false,
    }
}

/// Whether an ASCII byte at `b[i]` makes a line need folding (a control,
/// DEL, or two spaces in a row).
#[inline]
pub(crate) fn special_ascii_at(b: &[u8], i: usize) -> bool {
    let c = b[i];
    c < 0x20 || c == 0x7F || (c == b' ' && b.get(i + 1) == Some(&b' '))
}

/// Whether the line needs nothing from [`normalize_line`].
pub(crate) fn is_clean(line: &str) -> bool {
    scan(line.as_bytes()) == Scan::Clean
}

/// What a line needs.
#[derive(PartialEq, Eq, Debug)]
enum Scan {
    /// Nothing: it is NFC, and has no space, control or zero-width
    /// character to fold.
    Clean,
    /// Spaces, controls, zero-width characters, `Ð`/`ð` to fold; no
    /// character NFC could change.
    Fold,
    /// Maybe not NFC: combining marks (U+0300..U+036F) or one of the few
    /// blocks with canonical singletons (U+2100..U+213F, U+1F40..U+1FFF,
    /// U+F900..U+FAFF).
    Nfc,
}

/// One pass: which of [`Scan`] the line needs. ASCII is read eight bytes
/// at a time, each multi-byte character by its lead byte.
fn scan(b: &[u8]) -> Scan {
    let mut kind = Scan::Clean;
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        kind = Scan::Fold;
    }
    let mut i = 0;
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap());
        if ascii_needs_folding(x, b.get(i + 8)) {
            kind = Scan::Fold;
        }
        let mut leads = x & (x << 1) & HIGH_BITS;
        while leads != 0 {
            let at = i + (leads.trailing_zeros() / 8) as usize;
            leads &= leads - 1;
            match lead_scan(b, at) {
                Scan::Nfc => return Scan::Nfc,
                Scan::Fold => kind = Scan::Fold,
                Scan::Clean => {}
            }
        }
        i += 8;
    }
    // The last bytes one by one (continuation bytes: nothing to do).
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if special_ascii_at(b, i) {
                kind = Scan::Fold;
            }
        } else if c >= 0xC0 {
            match lead_scan(b, i) {
                Scan::Nfc => return Scan::Nfc,
                Scan::Fold => kind = Scan::Fold,
                Scan::Clean => {}
            }
        }
        i += 1;
    }
    kind
}

/// What the multi-byte character at `b[i]` needs of [`normalize_line`].
#[inline(always)]
fn lead_scan(b: &[u8], i: usize) -> Scan {
    let next = b.get(i + 1).copied().unwrap_or(0);
    match b[i] {
        // NBSP, soft hyphen, C1 controls; `Ð`, `ð`.
        0xC2 if next == 0xA0 || next == 0xAD || next < 0xA0 => Scan::Fold,
        0xC3 if next == 0x90 || next == 0xB0 => Scan::Fold,
        // Combining marks U+0300..U+036F.
        0xCC | 0xCD => Scan::Nfc,
        // U+1F40..U+1FFF (Greek with singletons); U+1680, U+180E spaces.
        0xE1 if next == 0xBD || next == 0xBE || next == 0xBF => Scan::Nfc,
        0xE1 if next == 0x9A || next == 0xA0 => Scan::Fold,
        0xE2 => {
            let third = b.get(i + 2).copied().unwrap_or(0);
            if next == 0x84 {
                Scan::Nfc // U+2100..U+213F
            } else if (next == 0x80 && (third <= 0x8F || (0xA8..=0xAF).contains(&third)))
                || (next == 0x81 && (third == 0x9F || third == 0xA0))
            {
                Scan::Fold // Unicode spaces, zero-width, separators
            } else {
                Scan::Clean
            }
        }
        0xE3 if next == 0x80 && b.get(i + 2) == Some(&0x80) => Scan::Fold,
        0xEF if next == 0xBB => Scan::Fold, // BOM
        0xEF if (0xA4..=0xAB).contains(&next) => Scan::Nfc,
        _ => Scan::Clean,
    }
}

/// NFC of the usual decomposed text (letters, each followed by combining
/// marks U+0300..U+036F that compose with it one after the other, in
/// canonical order: `a` + `\u{302}` + `\u{301}`, `ê` + `\u{323}`), made
/// in one pass; `None` for
/// anything else (the full algorithm then runs). `line[..from]` is copied
/// as it is: NFC, ending where the text can be cut (see [`cut_before`]).
fn quick_nfc_from(line: &str, from: usize) -> Option<String> {
    use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};
    let mut out = String::with_capacity(line.len());
    // (A mark right after the cut has no letter to go on: `None`, as the
    // character before it would give.)
    let mut last: Option<char> = None;
    // Plain characters are copied a run at a time: `line[run..]` is not in
    // `out` yet.
    let mut run = 0;
    for (at, c) in line[from..].char_indices() {
        let at = at + from;
        let code = c as u32;
        if (0x300..=0x36F).contains(&code) {
            // Marks that are not NFC themselves.
            if matches!(code, 0x340 | 0x341 | 0x343 | 0x344) {
                return None;
            }
            let base = last?;
            // `ê` + dot below: NFC orders the marks (e, dot, circumflex)
            // and composes again, giving `ệ`.
            let composed = compose(base, c).or_else(|| {
                let class = canonical_combining_class(c);
                let mut parts = ['\0'; 5];
                let mut n = 0;
                decompose_canonical(base, |x| {
                    if n < 4 {
                        parts[n] = x;
                    }
                    n += 1;
                });
                if !(2..=4).contains(&n) {
                    return None;
                }
                let mut k = n;
                while k > 1 && canonical_combining_class(parts[k - 1]) > class {
                    k -= 1;
                }
                parts.copy_within(k..n, k + 1);
                parts[k] = c;
                let mut acc = parts[0];
                for &m in &parts[1..=n] {
                    acc = compose(acc, m)?;
                }
                Some(acc)
            })?;
            out.push_str(&line[run..at]);
            run = at + c.len_utf8();
            out.truncate(out.len() - base.len_utf8());
            out.push(composed);
            last = Some(composed);
        } else {
            // Characters that can neither compose with what follows nor be
            // changed by NFC themselves in these blocks.
            let plain = code < 0x300
                || (0x1E00..=0x1EFF).contains(&code)
                || (0x2000..=0x20CF).contains(&code)
                || (0x2190..=0x2BFF).contains(&code)
                || (0x1F000..0x2F800).contains(&code);
            if !plain {
                return None;
            }
            last = Some(c);
        }
    }
    out.push_str(&line[run..]);
    Some(out)
}

/// How many of the eight bytes `x` at `bytes[i]` [`fold_runs`] keeps in
/// its run as they are: printable ASCII, multi-byte characters
/// normalisation leaves, and single spaces with a character of the run
/// before them (`in_run` for the first byte) and a plain one after.
#[inline(always)]
fn run_prefix(x: u64, bytes: &[u8], i: usize, in_run: bool) -> usize {
    // Per byte, the high bit: the same tests as `ascii_needs_folding`.
    let ascii = !x & HIGH_BITS;
    let low = x & !HIGH_BITS;
    let control = !(low + 0x60 * ONES) & ascii;
    let delete = (low + ONES) & ascii;
    let space = !((low ^ (0x20 * ONES)) + 0x7F * ONES) & ascii;
    let mut special = 0;
    let mut leads = x & (x << 1) & HIGH_BITS;
    while leads != 0 {
        let bit = leads & leads.wrapping_neg();
        if special_at(bytes, i + (bit.trailing_zeros() / 8) as usize) {
            special |= bit;
        }
        leads ^= bit;
    }
    let not_plain = control | delete | space | special;
    // The byte after the last one is not known here: a space there stops.
    let first = if in_run { 0 } else { 0x80 };
    let space_stops = space & ((not_plain >> 8) | (0x80 << 56) | first);
    let stops = control | delete | special | space_stops;
    if stops == 0 {
        8
    } else {
        (stops.trailing_zeros() / 8) as usize
    }
}

/// A character `fold` copies as it is.
#[inline]
fn ordinary(c: char) -> bool {
    if c.is_ascii() {
        c != ' ' && c != '\t' && !c.is_ascii_control()
    } else {
        !c.is_whitespace()
            && !matches!(
                c,
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' | '\u{D0}' | '\u{F0}'
            )
            && !('\u{80}'..='\u{9F}').contains(&c)
    }
}

/// [`fold`] for a line that is NFC already: runs of ordinary characters are
/// copied whole. `line[..from]` needs no folding and, unless `from` is 0,
/// ends where the text can be cut (see [`cut_before`]); it is not read.
fn fold_runs(line: &str, from: usize) -> String {
    fold_runs_from::<false>(line, from).unwrap_or_default()
}

/// [`fold_runs`]; with `CHECK_NFC`, `None` at a character that makes
/// [`scan`] say [`Scan::Nfc`].
fn fold_runs_from<const CHECK_NFC: bool>(line: &str, from: usize) -> Option<String> {
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    let mut run = 0; // start of the run not yet copied
    // Where `fold` would be after the first `from` bytes: the run holds
    // them, but a space at their end waits for what follows.
    if from > 0 && bytes[from - 1] == b' ' {
        out.push_str(&line[..from - 1]);
        pending_space = true;
        run = from;
    }
    let mut i = from;
    while i < bytes.len() {
        // Eight bytes at a time while they all stay in the run.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let n = run_prefix(
                u64::from_le_bytes(chunk.try_into().unwrap()),
                bytes,
                i,
                i > run,
            );
            i += n;
            if n == 8 {
                continue;
            }
        }
        let b = bytes[i];
        // Printable ASCII and plain multi-byte characters stay in the run
        // without decoding (a continuation byte: its lead was in a chunk).
        if b.wrapping_sub(0x21) < 0x5E {
            i += 1;
            continue;
        }
        if b >= 0x80 && !special_at(bytes, i) {
            i += if b >= 0xF0 {
                4
            } else if b >= 0xE0 {
                3
            } else if b >= 0xC0 {
                2
            } else {
                1
            };
            continue;
        }
        // A single space after a character of the run, before a plain one,
        // stays in it (also after a folded space: flushing the run there
        // would give the same text).
        if b == b' ' && i > run {
            let plain_next = bytes.get(i + 1).is_some_and(|&n| {
                n.wrapping_sub(0x21) < 0x5E || n >= 0x80 && !special_at(bytes, i + 1)
            });
            if plain_next {
                i += 1;
                continue;
            }
        }
        if CHECK_NFC && b >= 0xC0 && lead_scan(bytes, i) == Scan::Nfc {
            return None;
        }
        let c = line[i..].chars().next().unwrap_or(' ');
        let width = c.len_utf8();
        let replace = match c {
            '\u{D0}' => Some('Đ'),
            '\u{F0}' => Some('đ'),
            // A single space between ordinary characters stays in the run.
            ' ' if !pending_space
                && i > run
                && line[i + 1..].chars().next().is_some_and(ordinary) =>
            {
                i += width;
                continue;
            }
            c if ordinary(c) => {
                i += width;
                continue;
            }
            _ => None,
        };
        // Flush the run before `c`.
        if i > run {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push_str(&line[run..i]);
        }
        run = i + width;
        match replace {
            Some(r) => {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(r);
            }
            None => match c {
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => {}
                ' ' | '\t' => pending_space = true,
                c if !c.is_ascii() && c.is_whitespace() => pending_space = true,
                c => {
                    // Other controls are kept, as `fold` keeps them.
                    if pending_space && !out.is_empty() {
                        out.push(' ');
                    }
                    pending_space = false;
                    out.push(c);
                }
            },
        }
        i += width;
    }
    if run < line.len() {
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&line[run..]);
    }
    Some(out)
}

fn fold(chars: impl Iterator<Item = char>, len: usize) -> String {
    let mut out = String::with_capacity(len);
    let mut pending_space = false;
    for c in chars {
        let c = match c {
            '\u{D0}' => 'Đ',
            '\u{F0}' => 'đ',
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => continue,
            ' ' | '\t' => {
                pending_space = true;
                continue;
            }
            c if !c.is_ascii() && c.is_whitespace() => {
                pending_space = true;
                continue;
            }
            c => c,
        };
        if pending_space && !out.is_empty() {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {

    /// The search as first written, a byte at a time.
    fn split_glued_credit_byte_by_byte(line: &str) -> Option<(&str, &str)> {
        if line.len() > 120 {
            return None;
        }
        // One pass over the bytes for a key's first byte right after a letter
        // or a dot; most lines have none.
        let b = line.as_bytes();
        let at = (1..b.len()).find(|&i| {
            matches!(b[i], b'T' | b'V' | b'N' | 0xE1)
                && (b[i - 1].is_ascii_lowercase() || b[i - 1] == b'.' || b[i - 1] >= 0x80)
                && GLUED_CREDIT_KEYS
                    .iter()
                    .any(|key| b[i..].starts_with(key.as_bytes()))
        })?;
        let name = &line[..at];
        let glued = name
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c == '.');
        (glued && is_name_shaped(name)).then(|| (name, &line[at..]))
    }

    #[test]
    fn glued_credits_found_eight_bytes_at_a_time_as_byte_by_byte() {
        let parts = [
            "Theo ",
            "Video:",
            "Ảnh:",
            "Nguồn:",
            "Thu",
            "Vân",
            "Nam",
            "ĐăngTheo AP",
            "T.",
            "Lê ",
            "ạ",
            "ả",
            "Ả",
            "a",
            "h",
            ".",
            " ",
            "x",
            "Ản",
            "Ảnh",
            "VTV",
            "Ngọc",
            "Nguồn",
            "Theo",
            ",",
            "1",
            ":",
            "-",
            "  ",
            "“",
            "@",
            "[",
            "`",
            "{",
        ];
        let mut rng = crate::test_support::Rng::new(0x9e37_79b9_7f4a_7c15);
        let mut found = 0;
        for _ in 0..200_000 {
            let line: String = (0..rng.below(14))
                .map(|_| parts[rng.below(parts.len())])
                .collect();
            let split = split_glued_credit(&line);
            assert_eq!(split, split_glued_credit_byte_by_byte(&line), "{line:?}");
            found += usize::from(split.is_some());
        }
        assert!(found > 1_000, "{found}");
        for x in 0..=255u8 {
            for c in [0u8, 0x20, 0x7F, 0x80, 0xE1, 0xFF, x] {
                let word = u64::from_le_bytes([x, c, x, 0, 0xFF, c, 1, x]);
                let want = (0..8).fold(0, |m, k| {
                    if word.to_le_bytes()[k] == c {
                        m | 0x80 << (8 * k)
                    } else {
                        m
                    }
                });
                assert_eq!(bytes_equal(word, c), want, "{x:#x} {c:#x}");
                let bytes = word.to_le_bytes();
                let want = (0..8).fold(0, |m, k| {
                    let b = bytes[k];
                    let named = b >= 0x80 || b.is_ascii_alphabetic() || b".- ".contains(&b);
                    if named { m } else { m | 0x80 << (8 * k) }
                });
                assert_eq!(not_in_names(word), want, "{x:#x} {c:#x}");
            }
        }
    }

    #[test]
    fn a_credit_glued_to_a_name_is_split_off() {
        for (line, name, credit) in [
            ("Hải ĐăngTheo Kyodo", "Hải Đăng", "Theo Kyodo"),
            ("P.LinhTheo AP/Euronews", "P.Linh", "Theo AP/Euronews"),
            ("Thu TrangVideo: NatGeo", "Thu Trang", "Video: NatGeo"),
            ("Quang HuyẢnh: Lê Bình", "Quang Huy", "Ảnh: Lê Bình"),
        ] {
            assert_eq!(split_glued_credit(line), Some((name, credit)), "{line}");
        }
        for line in [
            "Hải Đăng",
            "Theo Kyodo",
            "Hải Đăng Theo Kyodo",
            // Not a name before the key: text.
            "Trận đấu diễn ra lúc 20h. Theo HLV, đội sẽ đá tấn công",
            "ĐăngTheo Kyodo",
            "Số liệu mới nhấtNguồn: Tổng cục Thống kê",
        ] {
            assert_eq!(split_glued_credit(line), None, "{line}");
        }
    }
    use super::*;

    #[test]
    fn fast_path_agrees_with_the_full_path() {
        for line in [
            "Hà Nội mùa thu",
            "Hà  Nội",
            " Hà Nội",
            "Ha\u{300} Nội",
            "Ðà Nẵng",
            "a\u{200b}b",
            "a\u{a0}b",
            "“Trích dẫn” – gạch nối…",
            "\u{2126} Ω",
            "tab\there",
            "  hai  khoảng  trắng  ",
            "a\u{a0}\u{a0}b\u{200b}\u{feff}c\u{ad}d ",
            "\u{feff}Đầu dòng\u{3000}cuối\u{2003}",
            "x\u{85}y\u{7f}z\u{1}w",
            "Ðð \t\t ðÐ",
            " ",
            "a \u{200b} b",
            "\u{200b} a",
            "a\u{a0} ",
        ] {
            let full = fold(line.nfc(), line.len());
            assert_eq!(normalize_line(line), full, "{line:?}");
        }
    }

    #[test]
    fn fast_paths_agree_on_random_lines() {
        // Lines drawn from an alphabet of the characters each path treats
        // differently: the fast paths must give what the full path gives.
        let alphabet: Vec<char> = "aoơưeêuAO\u{302}\u{306}\u{31b}\u{301}\u{309}\u{323}\u{340}\u{308}\u{344}\u{342}aĐđ ờ\t\u{a0}\u{200b}\u{feff}\u{ad}\u{300}\u{2003}\u{3000}\u{85}\u{1}\u{7f}\u{D0}\u{F0}\u{2126}x.\u{1ea1}\u{1680}\u{180e}\u{2028}"
            .chars()
            .collect();
        let mut rng = crate::test_support::Rng::new(0x9e37_79b9_7f4a_7c15);
        for _ in 0..200_000 {
            let line: String = (0..rng.below(9))
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            let full = fold(line.nfc(), line.len());
            assert_eq!(normalize_line(&line), full, "{line:?}");
        }
    }

    /// The scan as first written, a byte at a time.
    fn scan_byte_by_byte(b: &[u8]) -> Scan {
        let mut kind = Scan::Clean;
        if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
            kind = Scan::Fold;
        }
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            // Printable ASCII other than space: the common case, one compare.
            if c.wrapping_sub(0x21) < 0x5E {
                i += 1;
                continue;
            }
            if c < 0x80 {
                if c < 0x20 || c == 0x7F || (c == b' ' && b.get(i + 1) == Some(&b' ')) {
                    kind = Scan::Fold;
                }
                i += 1;
                continue;
            }
            let next = b.get(i + 1).copied().unwrap_or(0);
            match c {
                // NBSP, soft hyphen, C1 controls; `Ð`, `ð`.
                0xC2 if next == 0xA0 || next == 0xAD || next < 0xA0 => kind = Scan::Fold,
                0xC3 if next == 0x90 || next == 0xB0 => kind = Scan::Fold,
                // Combining marks U+0300..U+036F.
                0xCC | 0xCD => return Scan::Nfc,
                // U+1F40..U+1FFF (Greek with singletons); U+1680, U+180E spaces.
                0xE1 if next == 0xBD || next == 0xBE || next == 0xBF => return Scan::Nfc,
                0xE1 if next == 0x9A || next == 0xA0 => kind = Scan::Fold,
                0xE2 => {
                    let third = b.get(i + 2).copied().unwrap_or(0);
                    if next == 0x84 {
                        return Scan::Nfc; // U+2100..U+213F
                    }
                    if (next == 0x80 && (third <= 0x8F || (0xA8..=0xAF).contains(&third)))
                        || (next == 0x81 && (third == 0x9F || third == 0xA0))
                    {
                        kind = Scan::Fold; // Unicode spaces, zero-width, separators
                    }
                }
                0xE3 if next == 0x80 && b.get(i + 2) == Some(&0x80) => kind = Scan::Fold,
                0xEF if next == 0xBB => kind = Scan::Fold, // BOM
                0xEF if (0xA4..=0xAB).contains(&next) => return Scan::Nfc,
                _ => {}
            }
            i += if c >= 0xF0 {
                4
            } else if c >= 0xE0 {
                3
            } else {
                2
            };
        }
        kind
    }

    #[test]
    fn fast_paths_agree_on_long_random_lines() {
        // Long enough for the eight-byte paths: mostly letters and single
        // spaces, now and then something to fold.
        let plain: Vec<char> = "abc ơàệđ Ả ".chars().collect();
        let odd: Vec<char> = " \t\u{a0}\u{200b}\u{feff}\u{ad}\u{2003}\u{3000}\u{85}\u{1}\u{7f}\u{D0}\u{F0}\u{300}\u{301}\u{323}\u{2126}\u{1680}\u{2028}“"
            .chars()
            .collect();
        let mut rng = crate::test_support::Rng::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..100_000 {
            let len = rng.below(40);
            let odds = 1 + rng.below(30);
            let line: String = (0..len)
                .map(|_| {
                    if rng.below(odds) == 0 {
                        odd[rng.below(odd.len())]
                    } else {
                        plain[rng.below(plain.len())]
                    }
                })
                .collect();
            let full = fold(line.nfc(), line.len());
            assert_eq!(normalize_line(&line), full, "{line:?}");
            assert_eq!(scan(line.as_bytes()), scan_byte_by_byte(line.as_bytes()));
            if is_clean(&line) {
                assert_eq!(line, full, "{line:?}");
            }
        }
    }

    #[test]
    fn normalising_from_a_cut_agrees_with_the_whole_line() {
        // Every place a line can be cut after a part that needs nothing.
        let words = [
            "hoà", "Hà", "Nội", "x", "2020", ",", ".", "(", "<", "=", ">", "“", "ñ", "Ω", "中", "a",
        ];
        let mut rng = crate::test_support::Rng::new(0x5555_0123_4567_89ab);
        let mut cuts = 0;
        for _ in 0..30_000 {
            let line = rng.noisy_line(&words, 16, 12);
            let want = normalize_line(&line);
            assert_eq!(normalize_from(&line, 0), want, "{line:?}");
            let b = line.as_bytes();
            if b.first() == Some(&b' ') {
                continue;
            }
            for k in 1..b.len() {
                // What the tone pass's check proves before it stops at `k`.
                let clean = line.is_char_boundary(k - 1)
                    && is_clean(&line[..k - 1])
                    && !special_ascii_at(b, k - 1);
                if clean && cut_before(b, k) == k {
                    assert_eq!(normalize_from(&line, k), want, "{line:?} {k}");
                    cuts += 1;
                }
            }
        }
        assert!(cuts > 10_000, "{cuts}");
    }

    #[test]
    fn folds_spaces_tabs_and_nbsp() {
        assert_eq!(normalize_line("\t a\u{a0}\u{a0}b \u{2003} c  "), "a b c");
        assert_eq!(normalize_line("   "), "");
    }
}
