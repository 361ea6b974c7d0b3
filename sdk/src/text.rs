//! Helpers for working with spans of text.

/// Converts a UTF-8 byte offset into a count of Unicode code points (what
/// Python's `str` indexes with, and what docflow's JSON export uses).
///
/// ```
/// assert_eq!(docflow_sdk::text::char_offset("Đà Nẵng", "Đà ".len()), 3);
/// ```
pub fn char_offset(text: &str, byte_offset: usize) -> usize {
    text[..byte_offset].chars().count()
}

/// Converts many ascending-or-not byte offsets to code-point offsets in one
/// pass over the text.
pub fn char_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_unstable_by_key(|&i| byte_offsets[i]);
    let mut result = vec![0; byte_offsets.len()];
    let (mut at, mut chars) = (0, 0);
    for i in order {
        let target = byte_offsets[i].min(bytes.len());
        // Every byte but a continuation byte starts a code point, so an
        // offset inside a character counts that character (rounds up).
        chars += bytes[at..target]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        at = target;
        result[i] = chars;
    }
    result
}

/// All byte spans where `needle` occurs in `text`, without overlaps.
///
/// ```
/// let spans: Vec<_> = docflow_sdk::text::find_all("Huế và Huế", "Huế").collect();
/// assert_eq!(spans, vec![0..5, 10..15]); // byte offsets: "ế" is 3 bytes
/// ```
pub fn find_all<'a>(
    text: &'a str,
    needle: &'a str,
) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
    text.match_indices(needle)
        .filter(move |_| !needle.is_empty())
        .map(|(start, m)| start..start + m.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_single_conversions_in_any_order() {
        let text = "Ông Nguyễn Văn An ở Đà Nẵng.";
        let bytes: Vec<usize> = vec![
            text.find("Đà").unwrap(),
            0,
            text.len(),
            text.find("Văn").unwrap(),
        ];
        let expected: Vec<usize> = bytes.iter().map(|&b| char_offset(text, b)).collect();
        assert_eq!(char_offsets(text, &bytes), expected);
        assert_eq!(expected[2], text.chars().count());
    }

    #[test]
    fn char_offsets_round_a_cut_character_up_and_stop_at_the_end() {
        let text = "Đà Nẵng";
        // byte 1 is inside "Đ" (2 bytes); 99 is past the end
        assert_eq!(char_offsets(text, &[99, 1, 2, 0]), vec![7, 1, 1, 0]);
    }
}
