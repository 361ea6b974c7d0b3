use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Normalises one line: NFC, `Ð` (U+00D0, Icelandic eth) to `Đ`, zero-width
/// characters removed, every kind of space folded to one ASCII space, ends
/// trimmed.
pub fn normalize_line(line: &str) -> String {
    if is_clean(line.as_bytes()) {
        return line.to_string();
    }
    if is_nfc_quick(line.chars()) == IsNormalized::Yes {
        fold(line.chars(), line.len())
    } else {
        fold(line.nfc(), line.len())
    }
}

/// A byte scan that proves a line needs no change: single inner spaces
/// only, no control characters, and none of the multi-byte sequences that
/// normalisation touches (combining marks U+0300..U+036F, NBSP and soft
/// hyphen, `Ð`/`ð`, Unicode spaces and zero-width characters, BOM, and the
/// few blocks with canonical singletons: U+2100..U+213F, U+1F40..U+1FFF,
/// U+F900..U+FAFF). Anything else takes the full path.
fn is_clean(b: &[u8]) -> bool {
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c < 0x20 || c == 0x7F || (c == b' ' && b.get(i + 1) == Some(&b' ')) {
                return false;
            }
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(0);
        let suspicious = match c {
            0xC2 => next == 0xA0 || next == 0xAD || next < 0xA0,
            0xC3 => next == 0x90 || next == 0xB0,
            0xCC | 0xCD => true,
            0xE1 => next == 0x9A || next == 0xBD || next == 0xBE || next == 0xBF || next == 0xA0,
            0xE2 => {
                let third = b.get(i + 2).copied().unwrap_or(0);
                (next == 0x80 && (third <= 0x8F || (0xA8..=0xAF).contains(&third)))
                    || (next == 0x81 && (third == 0x9F || third == 0xA0))
                    || next == 0x84
            }
            0xE3 => next == 0x80 && b.get(i + 2) == Some(&0x80),
            0xEF => next == 0xBB || (0xA4..=0xAB).contains(&next),
            _ => false,
        };
        if suspicious {
            return false;
        }
        i += 1;
    }
    true
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
        ] {
            let full = fold(line.nfc(), line.len());
            assert_eq!(normalize_line(line), full, "{line:?}");
        }
    }

    #[test]
    fn folds_spaces_tabs_and_nbsp() {
        assert_eq!(normalize_line("\t a\u{a0}\u{a0}b \u{2003} c  "), "a b c");
        assert_eq!(normalize_line("   "), "");
    }
}
