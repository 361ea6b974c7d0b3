//! Input decoding: arbitrary bytes go through `docflow::decode::decode`.
//!
//! Checks exactly what host/src/decode.rs (and the README's "Input"
//! section) promise for an accepted file:
//! - the encoding is one of the documented names, and matches the BOM
//!   (`utf-8-bom`, `utf-16le`, `utf-16be`) or its absence;
//! - line endings become LF: no `\r` is left;
//! - binary data (a NUL character) and empty or whitespace-only files are
//!   refused, so the text holds no NUL and is not blank;
//! - Unicode inputs (UTF-8, UTF-16) are otherwise passed on unchanged:
//!   the text equals an independent decoding with CRLF/CR turned into LF;
//! - a legacy encoding (Windows-1258, TCVN3, VNI) is chosen only for bytes
//!   that are not UTF-8, and its text is NFC (`legacy::detect` documents
//!   NFC output; UTF-8 input is *not* normalised by decode, the `clean`
//!   plugin does that, so NFC is asserted for legacy decodings only).
//!
//! Errors must be non-empty messages.
#![no_main]

use libfuzzer_sys::fuzz_target;

fn lf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn utf16(bytes: &[u8], big_endian: bool) -> Option<String> {
    if bytes.len() % 2 == 1 {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

fuzz_target!(|data: &[u8]| {
    let decoded = match docflow::decode::decode(data) {
        Ok(decoded) => decoded,
        Err(message) => {
            assert!(!message.is_empty());
            return;
        }
    };
    let text = &decoded.text;
    assert!(!text.contains('\r'), "CR left in {text:?}");
    assert!(!text.contains('\0'), "NUL in {text:?}");
    assert!(!text.trim().is_empty(), "blank text accepted");

    let expected = match decoded.encoding {
        "utf-8-bom" => Some(
            std::str::from_utf8(&data[3..])
                .expect("BOM then UTF-8")
                .to_string(),
        ),
        "utf-16le" => Some(utf16(&data[2..], false).expect("valid UTF-16LE")),
        "utf-16be" => Some(utf16(&data[2..], true).expect("valid UTF-16BE")),
        "utf-8" => Some(std::str::from_utf8(data).expect("valid UTF-8").to_string()),
        "windows-1258" | "tcvn3" | "vni" => None,
        other => panic!("undocumented encoding {other:?}"),
    };
    let bom = if data.starts_with(b"\xEF\xBB\xBF") {
        Some("utf-8-bom")
    } else if data.starts_with(b"\xFF\xFE") {
        Some("utf-16le")
    } else if data.starts_with(b"\xFE\xFF") {
        Some("utf-16be")
    } else {
        None
    };
    match expected {
        Some(unicode) => {
            assert_eq!(bom.unwrap_or("utf-8"), decoded.encoding);
            assert_eq!(
                *text,
                lf(&unicode),
                "Unicode text changed beyond line endings"
            );
        }
        None => {
            assert_eq!(bom, None, "legacy decoding of a file with a BOM");
            assert!(
                std::str::from_utf8(data).is_err(),
                "legacy decoding of valid UTF-8"
            );
            assert!(
                unicode_normalization::is_nfc(text),
                "{} text is not NFC: {text:?}",
                decoded.encoding
            );
        }
    }
});
