//! Substring search for the rules' many `contains`/`find` calls on short
//! lines. std's and memchr's searchers are set up anew on every call
//! (a two-way factorisation, a prefilter), which costs more than the search
//! itself on a line of a few hundred bytes, and more still inside wasm
//! (docs/PERFORMANCE.md, "Optimisations"). Here the needle's rarest byte is
//! found with `memchr` and the needle compared where it could start.

pub trait Has {
    /// Whether `needle` occurs in `self`.
    fn has(&self, needle: &str) -> bool;
    /// Byte offset of the first `needle` in `self` (as `str::find`).
    fn find_str(&self, needle: &str) -> Option<usize>;
    /// Byte offset of the last `needle` in `self` (as `str::rfind`).
    fn rfind_str(&self, needle: &str) -> Option<usize>;
    /// `str::split_once` with a string separator.
    fn split_str(&self, separator: &str) -> Option<(&str, &str)>;
    /// `str::rsplit_once` with a string separator.
    fn rsplit_str(&self, separator: &str) -> Option<(&str, &str)>;
    /// `str::starts_with` for a prefix held in a variable: the first bytes
    /// are compared before the rest, which inside wasm is a call to memcmp
    /// (loops over lists of keys mostly fail on the first byte).
    fn has_prefix(&self, prefix: &str) -> bool;
    /// `str::strip_prefix` the same way as [`Has::has_prefix`].
    fn cut_prefix(&self, prefix: &str) -> Option<&str>;
    /// `str::split` with a string separator (not empty).
    fn split_all<'a>(&'a self, separator: &'a str) -> SplitAll<'a>;
    /// `str::contains` with a set of chars: bytes that cannot start one of
    /// them are passed over without decoding (std decodes every char and
    /// compares it with each of the set).
    fn has_any(&self, set: &[char]) -> bool;
    /// `str::split` with a set of chars, found as [`Has::has_any`] finds
    /// them.
    fn split_any<'a>(&'a self, set: &'a [char]) -> SplitAny<'a>;
}

/// The pieces of [`Has::split_any`].
pub struct SplitAny<'a> {
    rest: Option<&'a str>,
    set: &'a [char],
    first_bytes: FirstBytes,
}

/// The bytes that can start a char of a set: up to three for memchr, or
/// a bit set of all 256.
enum FirstBytes {
    Few([u8; 3], usize),
    Bits([u64; 4]),
}

impl FirstBytes {
    fn of(set: &[char]) -> FirstBytes {
        let mut bits = [0u64; 4];
        let mut few = [0u8; 3];
        let mut distinct = 0;
        for c in set {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            let (word, bit) = (usize::from(first >> 6), 1u64 << (first & 63));
            if bits[word] & bit == 0 {
                bits[word] |= bit;
                if distinct < 3 {
                    few[distinct] = first;
                }
                distinct += 1;
            }
        }
        if distinct <= 3 {
            FirstBytes::Few(few, distinct)
        } else {
            FirstBytes::Bits(bits)
        }
    }

    /// The first char of `set` in `text`: its offset and its length.
    // (A byte that can start a char of the set is ASCII or a lead byte, so
    // it stands at a char boundary.)
    fn find(&self, text: &str, set: &[char]) -> Option<(usize, usize)> {
        let at_match = |at: usize| {
            text[at..]
                .chars()
                .next()
                .filter(|c| set.contains(c))
                .map(|c| (at, c.len_utf8()))
        };
        let bytes = text.as_bytes();
        match self {
            FirstBytes::Few(_, 0) => None,
            FirstBytes::Few(few, 1) => memchr::memchr_iter(few[0], bytes).find_map(at_match),
            FirstBytes::Few(few, 2) => {
                memchr::memchr2_iter(few[0], few[1], bytes).find_map(at_match)
            }
            FirstBytes::Few(few, _) => {
                memchr::memchr3_iter(few[0], few[1], few[2], bytes).find_map(at_match)
            }
            FirstBytes::Bits(bits) => (0..bytes.len())
                .filter(|&at| bits[usize::from(bytes[at] >> 6)] & (1 << (bytes[at] & 63)) != 0)
                .find_map(at_match),
        }
    }
}

impl<'a> Iterator for SplitAny<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match self.first_bytes.find(rest, self.set) {
            Some((at, len)) => {
                self.rest = Some(&rest[at + len..]);
                Some(&rest[..at])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// The pieces of [`Has::split_all`].
pub struct SplitAll<'a> {
    rest: Option<&'a str>,
    separator: &'a str,
}

impl<'a> Iterator for SplitAll<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match find(rest.as_bytes(), self.separator.as_bytes()) {
            Some(at) => {
                self.rest = Some(&rest[at + self.separator.len()..]);
                Some(&rest[..at])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

impl Has for str {
    #[inline]
    fn has(&self, needle: &str) -> bool {
        find(self.as_bytes(), needle.as_bytes()).is_some()
    }

    #[inline]
    fn find_str(&self, needle: &str) -> Option<usize> {
        find(self.as_bytes(), needle.as_bytes())
    }

    #[inline]
    fn rfind_str(&self, needle: &str) -> Option<usize> {
        rfind(self.as_bytes(), needle.as_bytes())
    }

    #[inline]
    fn split_str(&self, separator: &str) -> Option<(&str, &str)> {
        let at = self.find_str(separator)?;
        Some((&self[..at], &self[at + separator.len()..]))
    }

    #[inline]
    fn rsplit_str(&self, separator: &str) -> Option<(&str, &str)> {
        let at = self.rfind_str(separator)?;
        Some((&self[..at], &self[at + separator.len()..]))
    }

    #[inline]
    fn has_prefix(&self, prefix: &str) -> bool {
        let (s, p) = (self.as_bytes(), prefix.as_bytes());
        s.len() >= p.len() && (p.is_empty() || s[0] == p[0] && s[..p.len()] == *p)
    }

    #[inline]
    fn cut_prefix(&self, prefix: &str) -> Option<&str> {
        self.has_prefix(prefix).then(|| &self[prefix.len()..])
    }

    fn split_any<'a>(&'a self, set: &'a [char]) -> SplitAny<'a> {
        SplitAny {
            rest: Some(self),
            set,
            first_bytes: FirstBytes::of(set),
        }
    }

    fn has_any(&self, set: &[char]) -> bool {
        let mut starts = [false; 256];
        // The distinct first bytes, while there are three or fewer: then
        // memchr (SIMD inside wasm too) finds the candidates.
        let mut few = [0u8; 3];
        let mut distinct = 0;
        for c in set {
            let mut buf = [0; 4];
            let first = c.encode_utf8(&mut buf).as_bytes()[0];
            if !starts[usize::from(first)] {
                starts[usize::from(first)] = true;
                if distinct < 3 {
                    few[distinct] = first;
                }
                distinct += 1;
            }
        }
        // (A byte that can start a char of the set is ASCII or a lead byte,
        // so it stands at a char boundary.)
        let is_match = |at: usize| self[at..].chars().next().is_some_and(|c| set.contains(&c));
        let bytes = self.as_bytes();
        match distinct {
            0 => false,
            1 => memchr::memchr_iter(few[0], bytes).any(is_match),
            2 => memchr::memchr2_iter(few[0], few[1], bytes).any(is_match),
            3 => memchr::memchr3_iter(few[0], few[1], few[2], bytes).any(is_match),
            _ => (0..bytes.len()).any(|at| starts[usize::from(bytes[at])] && is_match(at)),
        }
    }

    #[inline]
    fn split_all<'a>(&'a self, separator: &'a str) -> SplitAll<'a> {
        debug_assert!(!separator.is_empty());
        SplitAll {
            rest: Some(self),
            separator,
        }
    }
}

/// `str::lines` through memchr, which has a SIMD path inside wasm (std's
/// newline search has not).
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let Some(at) = memchr::memchr(b'\n', rest.as_bytes()) else {
            return Some(std::mem::take(&mut rest));
        };
        let line = &rest[..at];
        rest = &rest[at + 1..];
        Some(line.strip_suffix('\r').unwrap_or(line))
    })
}

/// Offset of the first `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n <= 1 {
        return match needle.first() {
            None => Some(0),
            Some(&b) => memchr::memchr(b, hay),
        };
    }
    if hay.len() < n {
        return None;
    }
    let anchor = rarest(needle);
    let byte = needle[anchor];
    // Candidate anchors lie in hay[anchor .. hay.len() - (n - 1 - anchor)].
    let end = hay.len() - (n - 1 - anchor);
    let mut from = anchor;
    while from < end {
        let at = from + memchr::memchr(byte, &hay[from..end])?;
        let start = at - anchor;
        if &hay[start..start + n] == needle {
            return Some(start);
        }
        from = at + 1;
    }
    None
}

/// Offset of the last `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n <= 1 {
        return match needle.first() {
            None => Some(hay.len()),
            Some(&b) => memchr::memrchr(b, hay),
        };
    }
    if hay.len() < n {
        return None;
    }
    let anchor = rarest(needle);
    let byte = needle[anchor];
    let mut end = hay.len() - (n - 1 - anchor);
    while end > anchor {
        let at = anchor + memchr::memrchr(byte, &hay[anchor..end])?;
        let start = at - anchor;
        if &hay[start..start + n] == needle {
            return Some(start);
        }
        end = at;
    }
    None
}

/// Index of the needle byte least common in Vietnamese text (first of ties).
#[inline]
fn rarest(needle: &[u8]) -> usize {
    let mut best = 0;
    let mut best_rank = u8::MAX;
    for (k, &b) in needle.iter().enumerate() {
        let rank = RANK[b as usize];
        if rank < best_rank {
            if rank == RARE {
                return k; // nothing ranks lower
            }
            best = k;
            best_rank = rank;
        }
    }
    best
}

/// [`RANK`] of every byte not listed there, the lowest.
const RARE: u8 = 10;

/// How common a byte is in Vietnamese news text, roughly (higher: more).
/// Spaces, the lead and second bytes of the precomposed vowels and the
/// common initial consonants and vowels lead; punctuation, digits, capitals
/// and rare letters trail.
static RANK: [u8; 256] = {
    let mut rank = [RARE; 256];
    let common: &[(u8, u8)] = &[
        (b' ', 250),
        (0xE1, 240),
        (0xBB, 230),
        (0xBA, 220),
        (b'n', 215),
        (b'h', 210),
        (b'g', 205),
        (b't', 200),
        (b'c', 195),
        (b'i', 190),
        (b'a', 185),
        (0xC3, 180),
        (0xC6, 175),
        (b'o', 170),
        (b'u', 165),
        (b'm', 160),
        (0xC4, 155),
        (b'd', 150),
        (b'v', 145),
        (b'l', 140),
        (b'r', 135),
        (b'y', 130),
        (b'e', 125),
        (b'b', 120),
        (b'k', 115),
        (b's', 110),
        (b'p', 105),
        (b'x', 100),
        (b'q', 90),
        (0xA1, 95),
        (0xB0, 95),
        (0xA3, 90),
        (0x91, 90),
        (0x83, 85),
        (0xA9, 85),
        (0xAD, 85),
        (0xB4, 85),
        (b',', 80),
        (b'.', 80),
    ];
    let mut i = 0;
    while i < common.len() {
        rank[common[i].0 as usize] = common[i].1;
        i += 1;
    }
    // Other continuation bytes are common too (every non-ASCII letter).
    let mut b = 0x80;
    while b < 0xC0 {
        if rank[b] == RARE {
            rank[b] = 60;
        }
        b += 1;
    }
    rank
};

#[cfg(test)]
mod tests {

    #[test]
    fn no_byte_ranks_below_rare() {
        // `rarest` stops at the first RARE byte: nothing may rank lower.
        assert_eq!(RANK.iter().min(), Some(&RARE));
        assert_eq!(rarest(b"xem Them"), 4);
        assert_eq!(rarest(b"nhanh"), 2); // `a` ranks below `n` and `h`
    }

    #[test]
    fn lines_split_as_std_does() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "a\r",
            "a\r\n\r\n",
            "\n\nx\r\ry\n",
            "ạ\nb",
        ] {
            let ours: Vec<&str> = lines(text).collect();
            assert_eq!(ours, text.lines().collect::<Vec<_>>(), "{text:?}");
        }
    }
    #[test]
    fn split_all_splits_as_std_does() {
        for (text, separator) in [
            ("", " - "),
            (" - ", " - "),
            ("Lê Hà - Đỗ Quân", " - "),
            ("a - - b - ", " - "),
            ("a - - - b", " - - "),
            ("Lê Hà và Ngọc Mai và", " và "),
            ("no separator here", " & "),
            ("aaaa", "aa"),
        ] {
            let ours: Vec<&str> = text.split_all(separator).collect();
            let std: Vec<&str> = text.split(separator).collect();
            assert_eq!(ours, std, "{text:?} by {separator:?}");
        }
    }

    #[test]
    fn split_any_splits_as_std_does() {
        let sets: [&[char]; 4] = [
            &['|', '·', '•'],
            &['–', '—'],
            &['|', '·', '•', '›', '»', '‹', '«', '>', '→'],
            &[],
        ];
        for text in [
            "",
            "·",
            "Trang chủ · Tin tức | Liên hệ •",
            "|| a ·· b",
            "Lê Hà – Báo X — số 3",
            "Trang chủ › Tin › Bài » Ảnh → Hết > x",
            "không có dấu nào",
            "€·¢",
        ] {
            for set in sets {
                let ours: Vec<&str> = text.split_any(set).collect();
                let std: Vec<&str> = text.split(set).collect();
                assert_eq!(ours, std, "{text:?} by {set:?}");
            }
        }
    }

    #[test]
    fn has_any_finds_as_std_does() {
        let sets: [&[char]; 4] = [&['|', '·', '•'], &['–', '—'], &['.', ','], &['ạ', 'Ạ', '→']];
        for text in [
            "",
            "Trang chủ · Tin tức",
            "a | b",
            "Lê Hà – Báo X",
            "ạ",
            "A→B",
            "abc",
            "€·",
        ] {
            for set in sets {
                assert_eq!(text.has_any(set), text.contains(set), "{text:?} {set:?}");
            }
        }
    }

    use super::*;

    #[test]
    fn finds_like_std() {
        let hays = [
            "",
            "a",
            "xem thêm",
            "Xem thêm: tin cùng chuyên mục",
            "Bài viết liên quan -- bài viết liên quan",
            "ngày 12/3/2025 lúc 10:00 ngày",
            "aaaaaaaaab",
            "thêm thê thêm",
        ];
        let needles = [
            "",
            "a",
            "b",
            "thêm",
            "ê",
            " ",
            "bài viết",
            "liên quan",
            "ngày",
            "aab",
            "10:00",
            "thê",
            "mục",
            "zz",
            "Xem thêm: tin cùng chuyên mục!",
        ];
        for hay in hays {
            for needle in needles {
                assert_eq!(
                    hay.find_str(needle),
                    hay.find(needle),
                    "{hay:?} / {needle:?}"
                );
                assert_eq!(hay.rfind_str(needle), hay.rfind(needle));
                assert_eq!(hay.split_str(needle), hay.split_once(needle));
                assert_eq!(hay.rsplit_str(needle), hay.rsplit_once(needle));
                assert_eq!(hay.has(needle), hay.contains(needle));
                assert_eq!(hay.has_prefix(needle), hay.starts_with(needle));
                assert_eq!(hay.cut_prefix(needle), hay.strip_prefix(needle));
            }
        }
    }
}
