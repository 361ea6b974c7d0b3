//! Turning an input file's bytes into the text the first stage sees.
//!
//! Accepted: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and the
//! legacy Vietnamese encodings Windows-1258, TCVN3 (ABC) and VNI-Windows
//! when the bytes are not UTF-8 and one of them decodes to enough
//! recognisable Vietnamese (see [`legacy`]). Line endings become LF.
//! Anything else fails the document with the reason and the place, instead
//! of passing mojibake on.

use encoding_rs::{UTF_16BE, UTF_16LE};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1258`,
    /// `tcvn3` or `vni`.
    pub encoding: &'static str,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (utf8(rest, 3)?, "utf-8-bom")
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (utf16(rest, UTF_16LE)?, "utf-16le")
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (utf16(rest, UTF_16BE)?, "utf-16be")
    } else {
        match utf8(bytes, 0) {
            Ok(text) => (text, "utf-8"),
            Err(utf8_error) => match legacy::detect(bytes) {
                Some((text, encoding)) => (text, encoding),
                None => return Err(utf8_error),
            },
        }
    };
    if let Some(nul) = text.find('\0') {
        return Err(format!("binary data: NUL character at offset {nul}"));
    }
    if text.trim().is_empty() {
        return Err("the file is empty or holds only whitespace".to_string());
    }
    Ok(Decoded {
        text: normalize_line_endings(text),
        encoding,
    })
}

fn utf8(bytes: &[u8], bom_len: usize) -> Result<String, String> {
    // SIMD validation first: std's check cost 2.5% of a whole run's CPU on
    // Vietnamese text; std is still asked where the error is.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(err) => {
            let at = err.valid_up_to();
            let (line, column) = position(&bytes[..at]);
            Err(format!(
                "not valid UTF-8: byte 0x{:02X} at offset {} (line {line}, column {column}); \
                 save the file as UTF-8 (no legacy Vietnamese encoding, Windows-1258, TCVN3 \
                 or VNI, gave enough recognisable Vietnamese text)",
                bytes[at],
                at + bom_len
            ))
        }
    }
}

fn utf16(bytes: &[u8], encoding: &'static encoding_rs::Encoding) -> Result<String, String> {
    if bytes.len() % 2 == 1 {
        return Err(format!(
            "truncated {}: odd number of bytes after the BOM",
            encoding.name()
        ));
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        let at = text.find('\u{FFFD}').unwrap_or(0);
        return Err(format!(
            "not valid {}: unpaired surrogate near character {}",
            encoding.name(),
            text[..at].chars().count()
        ));
    }
    Ok(text.into_owned())
}

/// 1-based line and column (in characters) after `valid` bytes of UTF-8.
fn position(valid: &[u8]) -> (usize, usize) {
    let text = std::str::from_utf8(valid).unwrap_or_default();
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn normalize_line_endings(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Legacy Vietnamese 8-bit encodings. Each candidate decoding is scored by
/// how many of its non-ASCII words are well-formed Vietnamese syllables; the
/// best one is taken only with real evidence (enough such words, nearly all
/// of them well-formed), so a short or non-Vietnamese input still fails.
mod legacy {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::decompose_canonical;

    /// Non-ASCII words that must be well-formed syllables before a legacy
    /// decoding is believed.
    const MIN_WORDS: usize = 12;
    /// Share of non-ASCII words that must be well-formed.
    const MIN_SHARE: f64 = 0.85;

    /// TCVN 5712 (VN1, a superset of the TCVN3/ABC font encoding), bytes
    /// 0x80..=0xFF.
    const TCVN3_HIGH: [u16; 128] = [
        0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9,
        0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128, 0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3,
        0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168, 0x00a0,
        0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4,
        0x01a1, 0x01b0, 0x0111, 0x1eb0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3,
        0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4, 0x1eae, 0x1ea6,
        0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8,
        0x1ec2, 0x1ebb, 0x1ebd, 0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec,
        0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2, 0x1ed4, 0x1ecf, 0x00f5,
        0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb,
        0x1ee3, 0x00f9, 0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9,
        0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
    ];

    /// The best legacy decoding of `bytes` (NFC text and encoding name),
    /// or `None` when no candidate is convincingly Vietnamese.
    pub fn detect(bytes: &[u8]) -> Option<(String, &'static str)> {
        let candidates = [
            (windows_1258(bytes), "windows-1258"),
            (tcvn3(bytes), "tcvn3"),
            (vni(bytes), "vni"),
        ];
        let mut best: Option<(f64, String, &'static str)> = None;
        for (text, name) in candidates {
            let (good, total) = score(&text);
            if total == 0 || good < MIN_WORDS {
                continue;
            }
            let share = good as f64 / total as f64;
            if share >= MIN_SHARE && best.as_ref().is_none_or(|(s, _, _)| share > *s) {
                best = Some((share, text, name));
            }
        }
        best.map(|(_, text, name)| (text.nfc().collect(), name))
    }

    fn windows_1258(bytes: &[u8]) -> String {
        encoding_rs::WINDOWS_1258
            .decode_without_bom_handling(bytes)
            .0
            .into_owned()
    }

    pub fn tcvn3_char(b: u8) -> char {
        if b < 0x80 {
            b as char
        } else {
            char::from_u32(TCVN3_HIGH[(b - 0x80) as usize] as u32).unwrap_or('\u{FFFD}')
        }
    }

    fn tcvn3(bytes: &[u8]) -> String {
        bytes.iter().map(|&b| tcvn3_char(b)).collect()
    }

    /// VNI-Windows: a base letter followed by mark bytes, read through the
    /// Windows-1252 glyphs the VNI fonts draw them with.
    fn vni(bytes: &[u8]) -> String {
        let latin = encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0;
        let mut out = String::with_capacity(latin.len());
        let mut chars = latin.chars().peekable();
        while let Some(c) = chars.next() {
            // Letters that stand alone in VNI.
            let (base, tone) = match c {
                'ô' => ('ơ', None),
                'Ô' => ('Ơ', None),
                'ö' => ('ư', None),
                'Ö' => ('Ư', None),
                'ñ' => ('đ', None),
                'Ñ' => ('Đ', None),
                'í' | 'Í' => (if c == 'í' { 'i' } else { 'I' }, Some('\u{301}')),
                'ì' | 'Ì' => (if c == 'ì' { 'i' } else { 'I' }, Some('\u{300}')),
                'æ' | 'Æ' => (if c == 'æ' { 'i' } else { 'I' }, Some('\u{309}')),
                'ó' | 'Ó' => (if c == 'ó' { 'i' } else { 'I' }, Some('\u{303}')),
                'ò' | 'Ò' => (if c == 'ò' { 'i' } else { 'I' }, Some('\u{323}')),
                'î' | 'Î' => (if c == 'î' { 'y' } else { 'Y' }, Some('\u{323}')),
                c => (c, None),
            };
            out.push(base);
            if let Some(tone) = tone {
                out.push(tone);
                continue;
            }
            let lower = base.to_lowercase().next().unwrap_or(base);
            if !"aeouyơư".contains(lower) {
                continue;
            }
            // Up to one shape mark and one tone mark follow the vowel.
            if let Some(&next) = chars.peek()
                && let Some((shape, tone)) = vni_mark(lower, next)
            {
                chars.next();
                if let Some(shape) = shape {
                    out.push(shape);
                }
                if let Some(tone) = tone {
                    out.push(tone);
                    continue;
                }
                if let Some(&next) = chars.peek()
                    && let Some((None, Some(tone))) = vni_mark(lower, next)
                {
                    chars.next();
                    out.push(tone);
                }
            }
        }
        out
    }

    /// A VNI mark byte (as its Windows-1252 glyph) after vowel `base`:
    /// (shape mark, tone mark) as combining characters.
    fn vni_mark(base: char, mark: char) -> Option<(Option<char>, Option<char>)> {
        const CIRCUMFLEX: char = '\u{302}';
        const BREVE: char = '\u{306}';
        let m = mark.to_lowercase().next()?;
        let tone = match m {
            'ù' => Some('\u{301}'),
            'ø' => Some('\u{300}'),
            'û' => Some('\u{309}'),
            'õ' => Some('\u{303}'),
            'ï' => Some('\u{323}'),
            _ => None,
        };
        if tone.is_some() {
            return Some((None, tone));
        }
        let hat = matches!(base, 'a' | 'e' | 'o');
        let breve = base == 'a';
        Some(match m {
            'â' if hat => (Some(CIRCUMFLEX), None),
            'á' if hat => (Some(CIRCUMFLEX), Some('\u{301}')),
            'à' if hat => (Some(CIRCUMFLEX), Some('\u{300}')),
            'å' if hat => (Some(CIRCUMFLEX), Some('\u{309}')),
            'ã' if hat => (Some(CIRCUMFLEX), Some('\u{303}')),
            'ä' if hat => (Some(CIRCUMFLEX), Some('\u{323}')),
            'ê' if breve => (Some(BREVE), None),
            'é' if breve => (Some(BREVE), Some('\u{301}')),
            'è' if breve => (Some(BREVE), Some('\u{300}')),
            'ú' if breve => (Some(BREVE), Some('\u{309}')),
            'ü' if breve => (Some(BREVE), Some('\u{303}')),
            'ë' if breve => (Some(BREVE), Some('\u{323}')),
            _ => return None,
        })
    }

    /// (well-formed, all) counts of the words holding a non-ASCII character.
    pub fn score(text: &str) -> (usize, usize) {
        let (mut good, mut total) = (0, 0);
        for word in text.split(|c: char| c.is_whitespace() || ",.;:!?()\"'“”-–/".contains(c))
        {
            if word.is_ascii() {
                continue;
            }
            total += 1;
            if is_syllable(word) {
                good += 1;
            }
        }
        (good, total)
    }

    const INITIALS: [&str; 28] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
        "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "đ", "",
    ];
    const FINALS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
    /// Vowel nuclei with their marks (tone removed), lower case.
    const NUCLEI: [&str; 53] = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu",
        "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ",
        "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oay", "oeo",
        "uây", "uôi", "ươi", "ươu", "uyê", "uya", "uyu",
    ];

    /// One Vietnamese syllable: initial, nucleus, final, at most one tone.
    pub fn is_syllable(word: &str) -> bool {
        let mut base = String::with_capacity(word.len());
        let mut tones = 0;
        let mut ok = true;
        for c in word.chars().flat_map(|c| {
            let mut d = Vec::with_capacity(3);
            decompose_canonical(c, |x| d.push(x));
            d
        }) {
            match c {
                '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}' => tones += 1,
                '\u{302}' | '\u{306}' | '\u{31B}' => base.push(c),
                'a'..='z' | 'A'..='Z' | 'đ' | 'Đ' => base.extend(c.to_lowercase()),
                _ => ok = false,
            }
        }
        if !ok || tones > 1 || base.is_empty() {
            return false;
        }
        let base: String = base.nfc().collect();
        INITIALS.iter().any(|initial| {
            let Some(rest) = base.strip_prefix(initial) else {
                return false;
            };
            FINALS.iter().any(|fin| {
                rest.strip_suffix(fin)
                    .is_some_and(|nucleus| NUCLEI.contains(&nucleus))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom_and_crlf() {
        let plain = decode("Hà Nội\r\nmưa\rto".as_bytes()).unwrap();
        assert_eq!(plain.text, "Hà Nội\nmưa\nto");
        assert_eq!(plain.encoding, "utf-8");
        let bom = decode(b"\xEF\xBB\xBFHu\xE1\xBA\xBF").unwrap();
        assert_eq!(bom.text, "Huế");
        assert_eq!(bom.encoding, "utf-8-bom");
    }

    #[test]
    fn utf16_both_byte_orders() {
        let text = "Cần Thơ\r\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, "Cần Thơ\n");
        assert_eq!(decode(&be).unwrap().encoding, "utf-16be");
        assert!(
            decode(&le[..le.len() - 1])
                .unwrap_err()
                .contains("odd number of bytes")
        );
    }

    const VIETNAMESE: &str = "Sáng nay, người dân ở xã Đông Hưng đã ra đồng thu hoạch lúa. \
        Năm nay được mùa, giá bán cũng cao hơn năm trước, nhiều hộ vui mừng.\n\
        Ông Trần Văn Quý cho biết gia đình ông có hơn hai héc-ta ruộng.";

    /// Windows-1258 bytes: precomposed letters where the code page has
    /// them, otherwise the letter without tone plus a combining tone mark.
    fn to_windows_1258(text: &str) -> Vec<u8> {
        use unicode_normalization::UnicodeNormalization;
        let is_tone =
            |m: &char| matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
        let encode = |s: &str, out: &mut Vec<u8>| -> bool {
            let (bytes, _, errors) = encoding_rs::WINDOWS_1258.encode(s);
            if !errors {
                out.extend_from_slice(&bytes);
            }
            !errors
        };
        let mut out = Vec::new();
        for c in text.chars() {
            if encode(&c.to_string(), &mut out) {
                continue;
            }
            let d: Vec<char> = c.to_string().nfd().collect();
            let base: String = d
                .iter()
                .filter(|m| !is_tone(m))
                .collect::<String>()
                .nfc()
                .collect();
            assert!(encode(&base, &mut out), "{base}");
            if let Some(tone) = d.iter().find(|m| is_tone(m)) {
                assert!(encode(&tone.to_string(), &mut out));
            }
        }
        out
    }

    fn to_tcvn3(text: &str) -> Vec<u8> {
        text.chars()
            .map(|c| {
                if c.is_ascii() {
                    return c as u8;
                }
                let at = legacy_table()
                    .iter()
                    .position(|&u| u as u32 == c as u32)
                    .unwrap_or_else(|| panic!("{c} not in TCVN3"));
                0x80 + at as u8
            })
            .collect()
    }

    fn legacy_table() -> Vec<u16> {
        (0x80u8..=0xFF)
            .map(|b| decode_tcvn3_byte(b) as u16)
            .collect()
    }

    fn decode_tcvn3_byte(b: u8) -> char {
        legacy::tcvn3_char(b)
    }

    fn to_vni(text: &str) -> Vec<u8> {
        use unicode_normalization::UnicodeNormalization;
        let mut latin = String::new();
        for c in text.chars() {
            let d: Vec<char> = c.to_string().nfd().collect();
            let base = d[0];
            let shape = d
                .iter()
                .find(|m| matches!(m, '\u{302}' | '\u{306}' | '\u{31B}'));
            let tone = d
                .iter()
                .position(|m| {
                    matches!(m, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
                })
                .map(|i| d[i]);
            let upper = base.is_uppercase();
            let case = |s: &str| {
                if upper {
                    s.to_uppercase()
                } else {
                    s.to_string()
                }
            };
            let tone_idx = |t: char| match t {
                '\u{301}' => 0,
                '\u{300}' => 1,
                '\u{309}' => 2,
                '\u{303}' => 3,
                _ => 4,
            };
            if c == 'đ' || c == 'Đ' {
                latin.push(if c == 'đ' { 'ñ' } else { 'Ñ' });
                continue;
            }
            match (base.to_ascii_lowercase(), shape) {
                ('i', None) => match tone {
                    None => latin.push(base),
                    Some(t) => latin.push_str(&case(["í", "ì", "æ", "ó", "ò"][tone_idx(t)])),
                },
                ('y', None) if tone == Some('\u{323}') => latin.push_str(&case("î")),
                (_, Some('\u{31B}')) => {
                    latin.push_str(&case(if base.eq_ignore_ascii_case(&'o') {
                        "ô"
                    } else {
                        "ö"
                    }));
                    if let Some(t) = tone {
                        latin.push_str(&case(["ù", "ø", "û", "õ", "ï"][tone_idx(t)]));
                    }
                }
                (_, Some('\u{302}')) => {
                    latin.push(base);
                    latin.push_str(&case(match tone {
                        None => "â",
                        Some(t) => ["á", "à", "å", "ã", "ä"][tone_idx(t)],
                    }));
                }
                (_, Some(_)) => {
                    latin.push(base);
                    latin.push_str(&case(match tone {
                        None => "ê",
                        Some(t) => ["é", "è", "ú", "ü", "ë"][tone_idx(t)],
                    }));
                }
                (_, None) => {
                    latin.push(base);
                    if let Some(t) = tone {
                        latin.push_str(&case(["ù", "ø", "û", "õ", "ï"][tone_idx(t)]));
                    }
                }
            }
        }
        let (bytes, _, errors) = encoding_rs::WINDOWS_1252.encode(&latin);
        assert!(!errors);
        bytes.into_owned()
    }

    #[test]
    fn legacy_vietnamese_encodings_are_detected() {
        for (bytes, encoding) in [
            (to_windows_1258(VIETNAMESE), "windows-1258"),
            (to_tcvn3(VIETNAMESE), "tcvn3"),
            (to_vni(VIETNAMESE), "vni"),
        ] {
            assert!(std::str::from_utf8(&bytes).is_err(), "{encoding}");
            let decoded = decode(&bytes).unwrap_or_else(|e| panic!("{encoding}: {e}"));
            assert_eq!(decoded.encoding, encoding);
            assert_eq!(decoded.text, VIETNAMESE, "{encoding}");
        }
    }

    #[test]
    fn fixture_articles_round_trip_through_every_legacy_encoding() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/articles");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Keep the letters every legacy table can hold.
            let text: String = text
                .chars()
                .filter(|c| c.is_ascii() || legacy_table().contains(&(*c as u16)))
                .collect();
            for (bytes, encoding) in [
                (to_windows_1258(&text), "windows-1258"),
                (to_tcvn3(&text), "tcvn3"),
                (to_vni(&text), "vni"),
            ] {
                let decoded = decode(&bytes).unwrap_or_else(|e| panic!("{path:?} {encoding}: {e}"));
                assert_eq!(decoded.encoding, encoding, "{path:?}");
                assert_eq!(decoded.text, text, "{path:?} {encoding}");
                checked += 1;
            }
        }
        assert!(checked >= 24);
    }

    #[test]
    fn short_or_foreign_legacy_text_still_fails() {
        let err = decode(b"Tin m\xE1i\nH\xE0 N\xF4i").unwrap_err();
        assert!(
            err.contains("not valid UTF-8: byte 0xE1 at offset 5 (line 1, column 6)"),
            "{err}"
        );
        // Plenty of Latin-1 French: not Vietnamese.
        let french = "Le ch\u{e2}teau de la for\u{ea}t est \u{e0} c\u{f4}t\u{e9} du lac; \
            l'\u{e9}t\u{e9} dernier, les enfants ont jou\u{e9} pr\u{e8}s de l'\u{e9}glise, \
            apr\u{e8}s la f\u{ea}te o\u{f9} l'on a mang\u{e9} des cr\u{ea}pes tr\u{e8}s \
            sucr\u{e9}es et bu du th\u{e9} fran\u{e7}ais.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(french);
        assert!(decode(&bytes).unwrap_err().contains("not valid UTF-8"));
    }

    #[test]
    fn syllable_checker() {
        for w in [
            "người", "Đông", "giữa", "quý", "khuỷu", "Nguyễn", "hòa", "thuở",
        ] {
            assert!(legacy::is_syllable(w), "{w}");
        }
        for w in ["chaøo", "B¶o", "ch\u{e2}teau", "chaứo", "Viêịt"] {
            assert!(!legacy::is_syllable(w), "{w}");
        }
    }

    #[test]
    fn invalid_utf8_names_the_line_and_column() {
        // "Đồng Tháp" in Windows-1258-like bytes on line 2.
        let err = decode(b"Tin nhanh\nD\xD2ng Th\xE1p").unwrap_err();
        assert!(
            err.contains("byte 0xD2 at offset 11 (line 2, column 2)"),
            "{err}"
        );
    }

    #[test]
    fn empty_whitespace_and_binary_inputs_fail() {
        assert!(decode(b"").unwrap_err().contains("empty"));
        assert!(decode(b" \n\t\r\n").unwrap_err().contains("empty"));
        assert!(
            decode(b"abc\0def")
                .unwrap_err()
                .contains("NUL character at offset 3")
        );
    }
}
