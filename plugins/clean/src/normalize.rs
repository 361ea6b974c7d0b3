use unicode_normalization::UnicodeNormalization;

/// Normalises one line: NFC, `Ð` (U+00D0, Icelandic eth) to `Đ`, zero-width
/// characters removed, every kind of space folded to one ASCII space, ends
/// trimmed.
pub fn normalize_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    for c in line.nfc() {
        let c = match c {
            '\u{D0}' => 'Đ',
            '\u{F0}' => 'đ',
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => continue,
            c if c.is_whitespace() => {
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
    use super::*;

    #[test]
    fn folds_spaces_tabs_and_nbsp() {
        assert_eq!(normalize_line("\t a\u{a0}\u{a0}b \u{2003} c  "), "a b c");
        assert_eq!(normalize_line("   "), "");
    }
}
