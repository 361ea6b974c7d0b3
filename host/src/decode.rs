//! Turning an input file's bytes into the text the first stage sees.
//!
//! Accepted: UTF-8 with or without BOM, UTF-16 LE/BE with BOM. Line endings
//! become LF. Anything else fails the document with the reason and the
//! place, instead of passing mojibake on.

use encoding_rs::{UTF_16BE, UTF_16LE};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `utf-8`, `utf-8-bom`, `utf-16le` or `utf-16be`.
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
        (utf8(bytes, 0)?, "utf-8")
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
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(err) => {
            let at = err.valid_up_to();
            let (line, column) = position(&bytes[..at]);
            Err(format!(
                "not valid UTF-8: byte 0x{:02X} at offset {} (line {line}, column {column}); \
                 save the file as UTF-8 (legacy Vietnamese encodings are not supported yet)",
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
