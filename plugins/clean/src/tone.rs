//! Tone-mark placement in Vietnamese syllables.
//!
//! Scraped text often carries a tone mark on the wrong vowel (`đaị`,
//! `lựơng`), and sites differ on `hòa`/`hoà`, `ủy`/`uỷ`. [`ToneFixer`]
//! re-places the single tone mark of a syllable by the orthographic rules,
//! with one configurable style for open `oa`/`oe`/`uy` syllables. Words that
//! do not parse as one Vietnamese syllable (names from other languages,
//! abbreviations, words with two tone marks) are left as they are.

use std::borrow::Cow;
use std::collections::HashMap;

/// Where the tone of an open `oa`/`oe`/`uy` syllable goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToneStyle {
    /// `hòa`, `khỏe`, `ủy` (the style most Vietnamese news sites use).
    Old,
    /// `hoà`, `khoẻ`, `uỷ`.
    New,
}

/// Tones as combining marks: none, grave, acute, tilde, hook, dot below.
const TONES: [Option<char>; 6] = [
    None,
    Some('\u{300}'),
    Some('\u{301}'),
    Some('\u{303}'),
    Some('\u{309}'),
    Some('\u{323}'),
];
const BASE_VOWELS: &str = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

pub struct ToneFixer {
    style: ToneStyle,
    /// Composed vowel -> (toneless vowel, tone index), for U+00C0..U+01B0.
    split_latin: Vec<Option<(char, u8)>>,
    /// The same for U+1EA0..U+1EF9.
    split_ext: Vec<Option<(char, u8)>>,
    /// (toneless vowel, tone index) -> composed vowel.
    join: HashMap<(char, u8), char>,
    /// What the tone pass needs of the characters the tables hold (see
    /// [`table_index`]): the class bits (see [`class_of`]) ...
    classes: [u8; TABLE],
    /// ... and the letter code (see [`ToneFixer::letter_code`]).
    codes: [u8; TABLE],
}

/// A character's class for the tone pass: bits 0..2 the tone, bit 3 a
/// vowel, bit 4 a vowel with a hat, bit 5 a letter, bit 6 a letter that
/// normalisation changes (`Ð`, `ð`).
const TONE_BITS: u8 = 0b111;
const VOWEL: u8 = 1 << 3;
const HAT: u8 = 1 << 4;
const LETTER: u8 = 1 << 5;
const SPECIAL: u8 = 1 << 6;

const LATIN: std::ops::RangeInclusive<u32> = 0xC0..=0x1B0;
const EXT: std::ops::RangeInclusive<u32> = 0x1EA0..=0x1EF9;
const MAX_WORD: usize = 8;

impl ToneFixer {
    pub fn new(style: ToneStyle) -> Self {
        use unicode_normalization::UnicodeNormalization;
        let mut split_latin = vec![None; (LATIN.end() - LATIN.start() + 1) as usize];
        let mut split_ext = vec![None; (EXT.end() - EXT.start() + 1) as usize];
        let mut join = HashMap::new();
        for base in BASE_VOWELS.chars() {
            for (tone, mark) in TONES.iter().enumerate() {
                let mut s = String::from(base);
                if let Some(mark) = mark {
                    s.push(*mark);
                }
                let composed: String = s.nfc().collect();
                let mut chars = composed.chars();
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    let code = c as u32;
                    if LATIN.contains(&code) {
                        split_latin[(code - LATIN.start()) as usize] = Some((base, tone as u8));
                    } else if EXT.contains(&code) {
                        split_ext[(code - EXT.start()) as usize] = Some((base, tone as u8));
                    }
                    join.insert((base, tone as u8), c);
                }
            }
        }
        let mut fixer = ToneFixer {
            style,
            split_latin,
            split_ext,
            join,
            classes: [0; TABLE],
            codes: [FOREIGN; TABLE],
        };
        let table_chars = (0xC0..=0x1BF).chain(0x1E80..=0x1EFF);
        for (k, c) in table_chars.filter_map(char::from_u32).enumerate() {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            debug_assert_eq!(table_index(bytes, 0), Some((k, bytes.len())));
            fixer.classes[k] = fixer.class_of(c as u32);
            fixer.codes[k] = fixer.letter_code(c);
            if crate::normalize::special_at(bytes, 0) {
                fixer.classes[k] |= SPECIAL;
            }
        }
        fixer
    }

    /// The class bits of a code point (see [`LETTER`]).
    fn class_of(&self, code: u32) -> u8 {
        let Some(c) = char::from_u32(code) else {
            return 0;
        };
        if !is_letter(c) {
            return 0;
        }
        match self.split(c) {
            Some((base, tone)) => LETTER | VOWEL | if base.is_ascii() { 0 } else { HAT } | tone,
            None => LETTER,
        }
    }

    /// [`Self::class_at`]; with `CHECK`, `Err` for a character that
    /// normalisation would touch.
    #[inline(always)]
    fn class_checked<const CHECK: bool>(&self, bytes: &[u8], i: usize) -> Result<(u8, usize), ()> {
        let (class, width) = match table_index(bytes, i) {
            Some((k, width)) => (self.classes[k], width),
            None => {
                if CHECK && crate::normalize::special_at(bytes, i) {
                    return Err(());
                }
                self.class_decoded(bytes, i)
            }
        };
        if CHECK && class & SPECIAL != 0 {
            return Err(());
        }
        Ok((class, width))
    }

    /// The class bits and width of the non-ASCII character at `bytes[i]`.
    #[inline(always)]
    fn class_at(&self, bytes: &[u8], i: usize) -> (u8, usize) {
        match table_index(bytes, i) {
            Some((k, width)) => (self.classes[k], width),
            None => self.class_decoded(bytes, i),
        }
    }

    /// [`Self::class_at`] for a character outside the tables.
    #[cold]
    fn class_decoded(&self, bytes: &[u8], i: usize) -> (u8, usize) {
        let (c, width) = decode(bytes, i);
        (self.class_of(c as u32), width)
    }

    /// Toneless vowel and tone of a precomposed vowel; ASCII vowels and
    /// everything else give `None`/tone 0 through the caller.
    #[inline]
    fn split(&self, c: char) -> Option<(char, u8)> {
        let code = c as u32;
        if code < 0x80 {
            None
        } else if LATIN.contains(&code) {
            self.split_latin[(code - LATIN.start()) as usize]
        } else if EXT.contains(&code) {
            self.split_ext[(code - EXT.start()) as usize]
        } else {
            None
        }
    }

    /// Fixes every word of an NFC line; lines without a misplaced tone come
    /// back as they are, without a copy.
    pub fn fix_line(&self, line: String) -> String {
        if line.is_ascii() {
            return line;
        }
        match self.fix::<false>(&line) {
            Ok(Some(fixed)) => fixed,
            _ => line,
        }
    }

    /// A raw line that needs no normalisation, tone-fixed in the same pass
    /// that proves it; `None` when it needs [`crate::normalize_line`]
    /// first.
    pub fn fix_clean_line(&self, raw: &str) -> Option<String> {
        if raw.is_ascii() || raw.starts_with(' ') || raw.ends_with(' ') {
            return crate::normalize::is_clean(raw).then(|| raw.to_string());
        }
        match self.fix::<true>(raw) {
            Ok(Some(fixed)) => Some(fixed),
            Ok(None) => Some(raw.to_string()),
            Err(()) => None,
        }
    }

    /// `fix_line(normalize_line(raw))`, and whether the line needed
    /// normalising (`false`: it is what [`Self::fix_clean_line`] gives).
    ///
    /// One pass reads the line, checking and fixing tones, up to its first
    /// problem; normalisation and the tone pass then start from the last
    /// place before it where the text can be cut (see
    /// [`crate::normalize::cut_before`]), the part before is not read again.
    /// (A line that needs nothing is borrowed, not copied.)
    pub fn normalize_and_fix<'a>(&self, raw: &'a str) -> (Cow<'a, str>, bool) {
        use crate::normalize::{cut_before, normalize_from};
        let bytes = raw.as_bytes();
        if bytes.first() == Some(&b' ') {
            return (Cow::Owned(self.fix_line(normalize_from(raw, 0))), true);
        }
        let mut out = String::new();
        let mut copied = 0;
        let stop = match self.fix_from::<true>(raw, 0, &mut out, &mut copied) {
            Ok(()) => {
                // Nothing else to fold: the one space at the end goes.
                let trailing = bytes.last() == Some(&b' ');
                if copied == 0 {
                    let kept = &raw[..raw.len() - usize::from(trailing)];
                    return (Cow::Borrowed(kept), trailing);
                }
                let mut fixed = joined(raw, out, copied);
                if trailing {
                    fixed.pop();
                }
                return (Cow::Owned(fixed), trailing);
            }
            Err(stop) => stop,
        };
        let cut = cut_before(bytes, stop);
        let line = normalize_from(raw, cut);
        let mut from = cut.min(line.len());
        if copied > cut {
            // A word fixed after the cut (rare): the tone pass starts over.
            out.clear();
            copied = 0;
            from = 0;
        }
        let _never_stops = self.fix_from::<false>(&line, from, &mut out, &mut copied);
        if copied == 0 {
            return (Cow::Owned(line), true);
        }
        (Cow::Owned(joined(&line, out, copied)), true)
    }

    /// The tone pass: `Ok(None)` when nothing changes. With `CHECK`, a
    /// character that normalisation would touch stops it with `Err`.
    fn fix<const CHECK: bool>(&self, line: &str) -> Result<Option<String>, ()> {
        let mut out = String::new();
        let mut copied = 0;
        self.fix_from::<CHECK>(line, 0, &mut out, &mut copied)
            .map_err(|_| ())?;
        if copied == 0 {
            return Ok(None);
        }
        out.push_str(&line[copied..]);
        Ok(Some(out))
    }

    /// The tone pass over `line[from..]` (`from` at a character's start,
    /// after a non-letter), the fixed words added to `out`, which holds
    /// `line[..copied]` fixed. With `CHECK`, a character that
    /// normalisation would touch stops it with `Err(stop)`: `line[..stop]`
    /// needs nothing of [`crate::normalize_line`] (nor any pair of bytes
    /// ending at `stop`), and every word that ends before it was fixed.
    ///
    /// Only a tone mark next to another vowel can be misplaced (a tone
    /// alone in its vowel group is where the rules put it), so a word is
    /// looked at as a whole only from such a mark; every other byte costs
    /// one test.
    fn fix_from<const CHECK: bool>(
        &self,
        line: &str,
        from: usize,
        out: &mut String,
        copied: &mut usize,
    ) -> Result<(), usize> {
        let bytes = line.as_bytes();
        let mut i = from;
        // Eight bytes at a time: ASCII needs only the normalisation test,
        // each multi-byte character a look at its class.
        'chunks: while let Some(chunk) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap());
            if CHECK && ascii_needs_folding(x, bytes.get(i + 8)) {
                return Err(i);
            }
            let mut leads = x & (x << 1) & HIGH_BITS;
            while leads != 0 {
                let at = i + (leads.trailing_zeros() / 8) as usize;
                leads &= leads - 1;
                if let Some(end) = self.look_at_char::<CHECK>(line, at, out, copied)? {
                    i = end;
                    continue 'chunks;
                }
            }
            i += 8;
        }
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if CHECK && crate::normalize::special_ascii_at(bytes, i) {
                    return Err(i);
                }
                i += 1;
            } else if b >= 0xC0 {
                match self.look_at_char::<CHECK>(line, i, out, copied)? {
                    Some(end) => i = end,
                    None => i += 1,
                }
            } else {
                i += 1;
            }
        }
        Ok(())
    }

    /// The multi-byte character at `line[i]`: checked (with `CHECK`), and
    /// when it carries a tone next to another vowel, its word fixed into
    /// `out`. `Some(end)` when the whole word up to `end` was looked at;
    /// `Err(i)` for a character normalisation would touch, here or in the
    /// word.
    #[inline(always)]
    fn look_at_char<const CHECK: bool>(
        &self,
        line: &str,
        i: usize,
        out: &mut String,
        copied: &mut usize,
    ) -> Result<Option<usize>, usize> {
        let bytes = line.as_bytes();
        let (class, width) = self.class_checked::<CHECK>(bytes, i).map_err(|()| i)?;
        if class & TONE_BITS == 0 {
            return Ok(None);
        }
        // A tone on a vowel with a hat is in place unless another hat
        // follows (`ừơi`); one on a plain vowel, unless a vowel is beside it.
        let next = self.vowel_class_at(bytes, i + width);
        let may_move = if class & HAT != 0 {
            next & HAT != 0
        } else {
            (next != 0 || self.vowel_before(bytes, i)) && !self.plainly_in_place(bytes, i, width)
        };
        if !may_move {
            return Ok(None);
        }
        self.look_at_word::<CHECK>(line, i, out, copied)
            .map(Some)
            .map_err(|()| i)
    }

    /// The word holding `line[i]`, fixed into `out` when its tone is
    /// misplaced; the end of the word. (Not inlined: one character in ten
    /// gets here, and the loop over the others keeps its registers.)
    #[inline(never)]
    fn look_at_word<const CHECK: bool>(
        &self,
        line: &str,
        i: usize,
        out: &mut String,
        copied: &mut usize,
    ) -> Result<usize, ()> {
        let bytes = line.as_bytes();
        let start = self.word_start(bytes, i);
        let word = self.scan_word::<CHECK>(bytes, start)?;
        if let Some((tone, toned_at)) = word.needs_look()
            && let Some(fixed) =
                self.fix_coded(&line[start..word.end], word.codes(), tone, toned_at)
        {
            out.push_str(&line[*copied..start]);
            out.push_str(&fixed);
            *copied = word.end;
        }
        Ok(word.end)
    }

    /// Whether the tone on the plain vowel at `bytes[i]` (`width` bytes) is
    /// where [`Self::fix_word`] would leave it, seen from the ASCII letters
    /// around it in the commonest shapes of syllable (C a consonant, `đ` or
    /// the word's start; V an ASCII vowel; the toned vowel last):
    /// - C ◌̀ V: open, tone on the first of two vowels (`của`, `ngày`);
    /// - C V ◌̀ consonants: closed, on the second (`hoàng`, `giúp`);
    /// - C V ◌̀ V: open, on the middle one of three (`thoại`, `ngoài`), or
    ///   after `qu`/`gi` on the first of two (`giáo`, `quái`);
    /// - `qu`/`gi` ◌̀ at the word's start: on the only vowel (`quả`, `giá`).
    ///
    /// Whatever letters come before C, the word is then that syllable (its
    /// initial ends at C) or none, which is left as it is too. In the new
    /// style `oa`, `oe`, `uy` open are left to the full look.
    #[inline(always)]
    fn plainly_in_place(&self, bytes: &[u8], i: usize, width: usize) -> bool {
        // ASCII_CLASS of a byte (0 outside the line), 3 for a non-ASCII one.
        let at = |k: usize| match bytes.get(k) {
            None => 0,
            Some(&b) if b < 0x80 => ASCII_CLASS[b as usize],
            Some(_) => 3,
        };
        let before = |k: usize| if i >= k { at(i - k) } else { 0 };
        // C before the letter `k` bytes back: Some(lower-case consonant),
        // Some(0) at the word's start, None for anything else.
        let opening = |k: usize| match before(k + 1) {
            0 => Some(0),
            1 => Some(bytes[i - k - 1] | 0x20),
            _ if i >= k + 2 && bytes[i - k - 2] == 0xC4 && bytes[i - k - 1] & 0xFE == 0x90 => {
                Some(b'd') // đ, Đ
            }
            _ => None,
        };
        let qu_gi = |c: u8, v: u8| (c == b'g' && v == b'i') || (c == b'q' && v == b'u');
        let modern = |a: u8, b: u8| {
            self.style == ToneStyle::New
                && matches!((a, b), (b'o', b'a') | (b'o', b'e') | (b'u', b'y'))
        };
        let after = i + width;
        let (next, next2) = (at(after), at(after + 1));
        if before(1) == 2 {
            let Some(c) = opening(1) else {
                return false;
            };
            let v1 = bytes[i - 1] | 0x20;
            return match next {
                1 => {
                    let mut k = after;
                    while at(k) == 1 {
                        k += 1;
                    }
                    at(k) == 0
                }
                2 if next2 == 0 => {
                    !(qu_gi(c, v1) && modern(self.code_at(bytes, i), bytes[after] | 0x20))
                }
                0 => qu_gi(c, v1) && before(3) == 0,
                _ => false,
            };
        }
        let Some(c) = opening(0) else {
            return false;
        };
        let v1 = self.code_at(bytes, i);
        next == 2 && next2 == 0 && !qu_gi(c, v1) && !modern(v1, bytes[after] | 0x20)
    }

    /// The letter code (see [`Self::letter_code`]) of the non-ASCII
    /// character at `bytes[i]`.
    #[inline(always)]
    fn code_at(&self, bytes: &[u8], i: usize) -> u8 {
        match table_index(bytes, i) {
            Some((k, _)) => self.codes[k],
            None => self.letter_code(decode(bytes, i).0),
        }
    }

    /// Whether the character ending just before `bytes[i]` is a vowel.
    #[inline(always)]
    fn vowel_before(&self, bytes: &[u8], i: usize) -> bool {
        self.char_before(bytes, i)
            .is_some_and(|lead| self.vowel_class_at(bytes, lead) != 0)
    }

    /// The class bits of the character at `bytes[i]` if it is a vowel, else
    /// 0 (also past the end).
    #[inline(always)]
    fn vowel_class_at(&self, bytes: &[u8], i: usize) -> u8 {
        match bytes.get(i) {
            None => 0,
            Some(&b) if b < 0x80 && ASCII_CLASS[b as usize] == 2 => VOWEL | LETTER,
            Some(&b) if b < 0x80 => 0,
            Some(_) => {
                let class = self.class_at(bytes, i).0;
                if class & VOWEL != 0 { class } else { 0 }
            }
        }
    }

    /// Where the character ending just before `bytes[i]` starts.
    #[inline(always)]
    fn char_before(&self, bytes: &[u8], i: usize) -> Option<usize> {
        let k = i.checked_sub(1)?;
        if bytes[k] < 0x80 {
            return Some(k);
        }
        // (UTF-8: at most three continuation bytes.)
        (k.saturating_sub(3)..k)
            .rev()
            .find(|&j| bytes[j] >= 0xC0)
            .or(Some(k))
    }

    /// The first byte of the word (a run of letters) holding `bytes[i]`.
    fn word_start(&self, bytes: &[u8], mut i: usize) -> usize {
        while let Some(k) = self.char_before(bytes, i) {
            let b = bytes[k];
            let letter = if b < 0x80 {
                ASCII_CLASS[b as usize] != 0
            } else {
                self.class_at(bytes, k).0 & LETTER != 0
            };
            if !letter {
                break;
            }
            i = k;
        }
        i
    }

    /// The word (a run of letters) starting at `bytes[start]`, read for
    /// [`Self::fix_coded`].
    #[inline(always)]
    fn scan_word<const CHECK: bool>(&self, bytes: &[u8], start: usize) -> Result<Word, ()> {
        let mut word = Word {
            end: start,
            codes: [FOREIGN; MAX_WORD],
            letters: 0,
            vowels: 0,
            tones: 0,
            tone: 0,
            toned_at: usize::MAX,
            last_hat: usize::MAX,
            foreign: false,
        };
        let mut i = start;
        while i < bytes.len() {
            let b = bytes[i];
            let (class, code, width) = if b < 0x80 {
                match ASCII_CLASS[b as usize] {
                    0 => break,
                    1 => (LETTER, b | 0x20, 1),
                    _ => (LETTER | VOWEL, b | 0x20, 1),
                }
            } else {
                let (class, code, width) = self.letter_checked::<CHECK>(bytes, i)?;
                if class & LETTER == 0 {
                    break;
                }
                (class, code, width)
            };
            let n = word.letters;
            if class & VOWEL != 0 {
                word.vowels += 1;
                if class & TONE_BITS != 0 {
                    word.tones += 1;
                    word.tone = class & TONE_BITS;
                    word.toned_at = n;
                }
                if class & HAT != 0 {
                    word.last_hat = n;
                }
            }
            if n < MAX_WORD {
                word.codes[n] = code;
            }
            word.foreign |= code == FOREIGN;
            word.letters += 1;
            i += width;
        }
        word.end = i;
        Ok(word)
    }

    /// The lower-case toneless letter of `c` as one byte of
    /// [`Self::tone_position`]'s alphabet; [`FOREIGN`] for anything else.
    fn letter_code(&self, c: char) -> u8 {
        let base = self.split(c).map_or(c, |(base, _)| base);
        match lower_vowel_or_letter(base) {
            Some(c) if c.is_ascii_lowercase() => c as u8,
            Some('ă') => A_BREVE,
            Some('â') => A_HAT,
            Some('ê') => E_HAT,
            Some('ô') => O_HAT,
            Some('ơ') => O_HORN,
            Some('ư') => U_HORN,
            Some('đ') => D_BAR,
            _ => FOREIGN,
        }
    }

    /// The class bits, letter code (see [`Self::letter_code`]) and width of
    /// the non-ASCII character at `bytes[i]`; with `CHECK`, `Err` for a
    /// character that normalisation would touch.
    #[inline(always)]
    fn letter_checked<const CHECK: bool>(
        &self,
        bytes: &[u8],
        i: usize,
    ) -> Result<(u8, u8, usize), ()> {
        let (class, code, width) = match table_index(bytes, i) {
            Some((k, width)) => (self.classes[k], self.codes[k], width),
            None => {
                if CHECK && crate::normalize::special_at(bytes, i) {
                    return Err(());
                }
                let (c, width) = decode(bytes, i);
                (self.class_of(c as u32), self.letter_code(c), width)
            }
        };
        if CHECK && class & SPECIAL != 0 {
            return Err(());
        }
        Ok((class, code, width))
    }

    /// The word with its tone re-placed, or `None` to keep it as it is.
    ///
    /// Each letter is read as one byte (see [`Self::letter_code`]): a letter
    /// outside Vietnamese's alphabet, like every other way out here, leaves
    /// the word as it is, so the word is given up on at once.
    pub fn fix_word(&self, word: &str) -> Option<String> {
        if word.len() > 4 * MAX_WORD || word.is_ascii() {
            return None;
        }
        let bytes = word.as_bytes();
        let mut codes = [FOREIGN; MAX_WORD];
        let mut len = 0;
        let mut tone = 0u8;
        let mut toned_at = None;
        let mut vowels = 0;
        let mut last_hat = None; // last vowel with a circumflex, breve or horn
        let mut i = 0;
        while i < bytes.len() {
            if len == MAX_WORD {
                return None;
            }
            let b = bytes[i];
            let (class, code, width) = if b < 0x80 {
                (
                    0,
                    if b.is_ascii_alphabetic() {
                        b | 0x20
                    } else {
                        FOREIGN
                    },
                    1,
                )
            } else {
                self.letter_checked::<false>(bytes, i).ok()?
            };
            if class & TONE_BITS != 0 {
                if tone != 0 {
                    return None; // two tone marks: leave it
                }
                tone = class & TONE_BITS;
                toned_at = Some(len);
            }
            match code {
                FOREIGN => return None,
                b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => vowels += 1,
                A_BREVE | A_HAT | E_HAT | O_HAT | O_HORN | U_HORN => {
                    vowels += 1;
                    last_hat = Some(len);
                }
                _ => {}
            }
            codes[len] = code;
            len += 1;
            i += width;
        }
        let toned_at = toned_at?;
        // Fast exits for the common, already-right cases: one vowel, or the
        // tone on the last vowel with a circumflex, breve or horn.
        if vowels == 1 || last_hat == Some(toned_at) {
            return None;
        }
        self.fix_coded(word, &codes[..len], tone, toned_at)
    }

    /// [`Self::fix_word`] once the word is read: one letter code (see
    /// [`Self::letter_code`]) a character, and its one tone, at `toned_at`.
    fn fix_coded(&self, word: &str, codes: &[u8], tone: u8, toned_at: usize) -> Option<String> {
        let target = self.tone_position(codes)?;
        if target == toned_at {
            return None;
        }
        self.retone(word, tone, target)
    }

    /// `word` with its tone taken off and put on letter `target`.
    #[cold]
    #[inline(never)]
    fn retone(&self, word: &str, tone: u8, target: usize) -> Option<String> {
        let mut out = String::with_capacity(word.len() + 2);
        for (i, c) in word.chars().enumerate() {
            let base = self.split(c).map_or(c, |(base, _)| base);
            if i == target {
                out.push(*self.join.get(&(base, tone))?);
            } else {
                out.push(base);
            }
        }
        Some(out)
    }

    /// Index of the vowel that carries the tone in a toneless, lower-case
    /// syllable (letter codes: see [`Self::letter_code`]), or `None` when
    /// the word is not one Vietnamese syllable.
    fn tone_position(&self, s: &[u8]) -> Option<usize> {
        let is_vowel = |c: u8| CODE_CLASS[c as usize] != 0;
        let mut initial = match s {
            [b'n', b'g', b'h', ..] => 3,
            [b'n', b'g' | b'h', ..]
            | [b'c' | b'k' | b'p', b'h', ..]
            | [b'g', b'h' | b'i', ..]
            | [b'q', b'u', ..]
            | [b't', b'h' | b'r', ..] => 2,
            [
                b'b' | b'c' | b'd' | D_BAR | b'g' | b'h' | b'k' | b'l' | b'm' | b'n' | b'p' | b'r'
                | b's' | b't' | b'v' | b'x',
                ..,
            ] => 1,
            _ => 0,
        };
        // `gi` + vowel: the `i` belongs to the initial; `gì`, `gìn` keep it.
        if initial == 2 && s[0] == b'g' && s[1] == b'i' && !s.get(2).is_some_and(|&c| is_vowel(c)) {
            initial = 1;
        }
        let start = initial;
        let mut end = start;
        while end < s.len() && is_vowel(s[end]) {
            end += 1;
        }
        if end == start || end - start > 3 {
            return None;
        }
        let rest = &s[end..];
        let final_ok = matches!(
            rest,
            [] | [b'c']
                | [b'c', b'h']
                | [b'm']
                | [b'n']
                | [b'n', b'g']
                | [b'n', b'h']
                | [b'p']
                | [b't']
        );
        if !final_ok {
            return None;
        }
        let vowels = &s[start..end];
        // Names from other languages (Khmer `Néang`, Ede `Êban`…) are left
        // as written: only a Vietnamese vowel group has a tone position.
        if !is_vietnamese_vowel_group(vowels) {
            return None;
        }
        if let Some(pos) = vowels
            .iter()
            .rposition(|&c| CODE_CLASS[c as usize] == CODE_HAT)
        {
            return Some(start + pos);
        }
        let closed = !rest.is_empty();
        let pos = match vowels.len() {
            1 => 0,
            2 if closed => 1,
            2 => {
                let modern = matches!(
                    (vowels[0], vowels[1]),
                    (b'o', b'a') | (b'o', b'e') | (b'u', b'y')
                );
                if modern && self.style == ToneStyle::New {
                    1
                } else {
                    0
                }
            }
            _ if closed => 2,
            _ => 1,
        };
        Some(start + pos)
    }
}

/// [`ToneFixer::tone_position`]'s alphabet: ASCII letters in lower case
/// stand for themselves, these bytes for the other Vietnamese letters.
const A_BREVE: u8 = b'1'; // ă
const A_HAT: u8 = b'2'; // â
const E_HAT: u8 = b'3'; // ê
const O_HAT: u8 = b'4'; // ô
const O_HORN: u8 = b'5'; // ơ
const U_HORN: u8 = b'6'; // ư
const D_BAR: u8 = b'7'; // đ
/// Any other character: no Vietnamese syllable has it.
const FOREIGN: u8 = 0;

/// Letter codes: [`CODE_VOWEL`] for a vowel, [`CODE_HAT`] for a vowel with
/// a circumflex, breve or horn, 0 for the rest.
const CODE_CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let vowels = [b'a', b'e', b'i', b'o', b'u', b'y'];
    let hats = [A_BREVE, A_HAT, E_HAT, O_HAT, O_HORN, U_HORN];
    let mut k = 0;
    while k < 6 {
        t[vowels[k] as usize] = CODE_VOWEL;
        t[hats[k] as usize] = CODE_HAT;
        k += 1;
    }
    t
};
const CODE_VOWEL: u8 = 1;
const CODE_HAT: u8 = 2;

/// Entries of [`ToneFixer`]'s tables: U+00C0..U+01BF (lead bytes C3..C6)
/// and U+1E80..U+1EFF (E1 BA xx, E1 BB xx), 64 to a lead.
const TABLE: usize = 6 * 64;

/// Where the tables hold the non-ASCII character at `bytes[i]`, and its
/// width; `None` for a character they do not hold.
#[inline(always)]
fn table_index(bytes: &[u8], i: usize) -> Option<(usize, usize)> {
    let (b, next) = (bytes[i], bytes[i + 1]);
    if b.wrapping_sub(0xC3) < 4 {
        Some(((((b - 0xC3) as usize) << 6) | (next & 0x3F) as usize, 2))
    } else if b == 0xE1 && next.wrapping_sub(0xBA) < 2 {
        let last = (bytes[i + 2] & 0x3F) as usize;
        Some((((4 + (next - 0xBA) as usize) << 6) | last, 3))
    } else {
        None
    }
}

/// What [`ToneFixer::scan_word`] reads of a word.
struct Word {
    /// The byte after the word.
    end: usize,
    /// The letter codes of its first [`MAX_WORD`] letters.
    codes: [u8; MAX_WORD],
    letters: usize,
    vowels: usize,
    tones: usize,
    /// The (last) tone and the letter it is on.
    tone: u8,
    toned_at: usize,
    /// The last vowel with a circumflex, breve or horn.
    last_hat: usize,
    /// Whether a letter is not in Vietnamese's alphabet.
    foreign: bool,
}

impl Word {
    /// The tone and where it is when [`ToneFixer::fix_coded`] may move
    /// it: one tone mark, two or more vowels, the tone not on the last vowel
    /// with a hat, and every letter one a Vietnamese syllable can have
    /// (otherwise [`ToneFixer::fix_word`] leaves the word).
    fn needs_look(&self) -> Option<(u8, usize)> {
        let look = self.tones == 1
            && self.vowels >= 2
            && self.last_hat != self.toned_at
            && self.letters <= MAX_WORD
            && !self.foreign;
        look.then_some((self.tone, self.toned_at))
    }

    fn codes(&self) -> &[u8] {
        &self.codes[..self.letters]
    }
}

pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;

/// Whether the ASCII bytes of eight (`x`, little-endian) hold what
/// [`crate::normalize::special_ascii_at`] finds: a control, DEL, or two
/// spaces in a row (`next` is the byte after the eight).
#[inline(always)]
pub(crate) fn ascii_needs_folding(x: u64, next: Option<&u8>) -> bool {
    let ascii = !x & HIGH_BITS;
    let low = x & !HIGH_BITS; // per byte < 0x80: the sums below never carry
    let control = !(low + 0x60 * ONES) & ascii;
    let delete = (low + ONES) & ascii;
    let space = !((low ^ (0x20 * ONES)) + 0x7F * ONES) & ascii;
    let spaces = space & (space >> 8);
    let space_across = space >> 63 != 0 && next == Some(&b' ');
    (control | delete | spaces) != 0 || space_across
}

/// `line` with its first `copied` bytes replaced by `out` (the tone pass's
/// fixed words).
fn joined(line: &str, mut out: String, copied: usize) -> String {
    if copied == 0 {
        return line.to_string();
    }
    out.push_str(&line[copied..]);
    out
}

/// ASCII bytes: 0 not a letter, 1 consonant, 2 vowel (`aeiouy`, any case).
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphabetic() {
            t[b] = match c | 0x20 {
                b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => 2,
                _ => 1,
            };
        }
        b += 1;
    }
    t
};

/// The character starting at `bytes[i]` (a non-ASCII lead byte of valid
/// UTF-8) and its width.
#[inline]
fn decode(bytes: &[u8], i: usize) -> (char, usize) {
    let b = bytes[i] as u32;
    let cont = |k: usize| (bytes[i + k] & 0x3F) as u32;
    let (code, width) = if b < 0xE0 {
        (((b & 0x1F) << 6) | cont(1), 2)
    } else if b < 0xF0 {
        (((b & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            ((b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    };
    (char::from_u32(code).unwrap_or(' '), width)
}

/// Lower case of a toneless letter, `None` for anything with no one-char
/// lower case.
#[inline]
fn lower_vowel_or_letter(c: char) -> Option<char> {
    Some(match c {
        c if c.is_ascii() => c.to_ascii_lowercase(),
        'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư' | 'đ' => c,
        'Ă' => 'ă',
        'Â' => 'â',
        'Ê' => 'ê',
        'Ô' => 'ô',
        'Ơ' => 'ơ',
        'Ư' => 'ư',
        'Đ' => 'đ',
        c => {
            let mut l = c.to_lowercase();
            let first = l.next()?;
            if l.next().is_some() {
                return None;
            }
            first
        }
    })
}

/// Letters of Vietnamese words, with a fast path for Latin ranges.
#[inline]
pub fn is_letter(c: char) -> bool {
    let code = c as u32;
    if code < 0x80 {
        c.is_ascii_alphabetic()
    } else if (0xC0..=0x24F).contains(&code) {
        code != 0xD7 && code != 0xF7
    } else if (0x1E00..=0x1EFF).contains(&code) {
        true
    } else {
        c.is_alphabetic()
    }
}

/// `char::is_alphanumeric` with [`is_letter`]'s fast paths.
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    let code = c as u32;
    if code < 0x80 {
        c.is_ascii_alphanumeric()
    } else if (0xC0..=0x24F).contains(&code) {
        code != 0xD7 && code != 0xF7
    } else if (0x1E00..=0x1EFF).contains(&code) {
        true
    } else {
        c.is_alphanumeric()
    }
}

/// Whether lower-case vowels (hats kept, tones off) form a Vietnamese vowel
/// group: a nucleus with its glides, as in `oai`, `ươu`, `uyê`.
fn is_vietnamese_vowel_group(vowels: &[u8]) -> bool {
    matches!(
        vowels,
        [_] | [b'a', b'i' | b'o' | b'u' | b'y']
            | [A_HAT, b'u' | b'y']
            | [b'e', b'o']
            | [E_HAT, b'u']
            | [b'i', b'a' | E_HAT | b'u']
            | [b'o', b'a' | A_BREVE | b'e' | b'i' | b'o']
            | [O_HAT, b'i']
            | [O_HORN, b'i']
            | [b'u', b'a' | A_HAT | E_HAT | b'i' | O_HAT | O_HORN | b'y']
            | [U_HORN, b'a' | b'i' | b'u' | O_HORN]
            | [b'y', E_HAT]
            | [b'i' | b'y', E_HAT, b'u']
            | [b'o', b'a', b'i' | b'y' | b'o']
            | [b'o', b'e', b'o']
            | [b'u', A_HAT, b'y']
            | [b'u', O_HAT, b'i']
            | [U_HORN, O_HORN, b'i' | b'u']
            | [b'u', b'y', E_HAT | b'a' | b'u']
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_letter_tests_agree_with_std_on_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn one_pass_agrees_with_normalise_then_fix() {
        let fixer = ToneFixer::new(ToneStyle::Old);
        let alphabet: Vec<char> = "aoeuiyđơưăâêôqgh \u{a0}\u{200b}\u{301}\u{300}\u{323}ạảàóòỏõọủùúụỷýỳoàuỷĐÐ\t.,x\u{2003}“”"
            .chars()
            .collect();
        let mut rng = crate::test_support::Rng::new(0x2545_f491_4f6c_dd1d);
        for _ in 0..100_000 {
            let line: String = (0..rng.below(12))
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            let slow = fixer.fix_line(crate::normalize_line(&line));
            assert_eq!(
                slow,
                word_by_word(&fixer, &crate::normalize_line(&line)),
                "{line:?}"
            );
            if let Some(fast) = fixer.fix_clean_line(&line) {
                assert_eq!(fast, slow, "{line:?}");
            } else {
                assert!(!crate::normalize::is_clean(&line), "{line:?}");
            }
        }
    }

    #[test]
    fn normalize_and_fix_agrees_with_normalise_then_fix() {
        // Long lines of syllables (some with misplaced tones), with now and
        // then something to fold or compose anywhere in them, cut
        // characters or not before it.
        let words = [
            "hoà", "đaị", "lựơng", "của", "Thuỷ", "muà", "ngoaì", "quả", "Hà", "Nội", "x", "2020",
            "gì", "ủy", "<", "=", ">", ",", ".", "(", "1", "-", "“", "ñ", "Ω", "中",
        ];
        let mut rng = crate::test_support::Rng::new(0x0123_4567_89ab_cdef);
        for style in [ToneStyle::Old, ToneStyle::New] {
            let fixer = ToneFixer::new(style);
            let mut folded = 0;
            for _ in 0..150_000 {
                let line = rng.noisy_line(&words, 30, 20);
                let want = fixer.fix_line(crate::normalize_line(&line));
                let (got, was_folded) = fixer.normalize_and_fix(&line);
                assert_eq!(got, want, "{line:?}");
                assert_eq!(
                    was_folded,
                    fixer.fix_clean_line(&line).is_none(),
                    "{line:?}"
                );
                folded += usize::from(was_folded);
            }
            assert!(folded > 50_000, "{folded}");
        }
    }

    #[test]
    fn nothing_composes_with_a_cut_character() {
        use unicode_normalization::char::compose;
        for c in (0..0x80u8).filter(|&c| crate::normalize::cut_before(&[c], 1) == 1) {
            for x in (0..=0x10FFFF).filter_map(char::from_u32) {
                assert_eq!(compose(c as char, x), None, "{c:?} {x:?}");
            }
        }
    }

    // The tone pass as it was first written, on chars: the definition the
    // byte-coded `fix_word` must agree with.

    /// The word with its tone re-placed, or `None` to keep it as it is.
    fn fix_word_by_chars(fixer: &ToneFixer, word: &str) -> Option<String> {
        if word.len() > 4 * MAX_WORD || word.is_ascii() {
            return None;
        }
        let mut bases = ['\0'; MAX_WORD];
        let mut lower = ['\0'; MAX_WORD];
        let mut len = 0;
        let mut tone = 0u8;
        let mut toned_at = None;
        let mut vowels = 0;
        let mut last_hat = None; // last vowel with a circumflex, breve or horn
        for c in word.chars() {
            if len == MAX_WORD {
                return None;
            }
            let base = match fixer.split(c) {
                Some((base, t)) => {
                    if t != 0 {
                        if tone != 0 {
                            return None; // two tone marks: leave it
                        }
                        tone = t;
                        toned_at = Some(len);
                    }
                    base
                }
                None => c,
            };
            match base {
                'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'A' | 'E' | 'I' | 'O' | 'U' | 'Y' => {
                    vowels += 1
                }
                'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư' | 'Ă' | 'Â' | 'Ê' | 'Ô' | 'Ơ' | 'Ư' =>
                {
                    vowels += 1;
                    last_hat = Some(len);
                }
                _ => {}
            }
            bases[len] = base;
            len += 1;
        }
        let toned_at = toned_at?;
        // Fast exits for the common, already-right cases: one vowel, or the
        // tone on the last vowel with a circumflex, breve or horn.
        if vowels == 1 || last_hat == Some(toned_at) {
            return None;
        }
        for i in 0..len {
            lower[i] = lower_vowel_or_letter(bases[i])?;
        }
        let target = tone_position_of_chars(fixer, &lower[..len])?;
        if target == toned_at {
            return None;
        }
        let mut out = String::with_capacity(word.len() + 2);
        for (i, &base) in bases[..len].iter().enumerate() {
            if i == target {
                out.push(*fixer.join.get(&(base, tone))?);
            } else {
                out.push(base);
            }
        }
        Some(out)
    }

    /// Index of the vowel that carries the tone in a toneless, lower-case
    /// syllable, or `None` when the word is not one Vietnamese syllable.
    fn tone_position_of_chars(fixer: &ToneFixer, s: &[char]) -> Option<usize> {
        let is_vowel = |c: char| {
            matches!(
                c,
                'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
            )
        };
        let mut initial = match s {
            ['n', 'g', 'h', ..] => 3,
            ['n', 'g' | 'h', ..]
            | ['c' | 'k' | 'p', 'h', ..]
            | ['g', 'h' | 'i', ..]
            | ['q', 'u', ..]
            | ['t', 'h' | 'r', ..] => 2,
            [
                'b' | 'c' | 'd' | 'đ' | 'g' | 'h' | 'k' | 'l' | 'm' | 'n' | 'p' | 'r' | 's' | 't'
                | 'v' | 'x',
                ..,
            ] => 1,
            _ => 0,
        };
        // `gi` + vowel: the `i` belongs to the initial; `gì`, `gìn` keep it.
        if initial == 2 && s[0] == 'g' && s[1] == 'i' && !s.get(2).is_some_and(|&c| is_vowel(c)) {
            initial = 1;
        }
        let start = initial;
        let mut end = start;
        while end < s.len() && is_vowel(s[end]) {
            end += 1;
        }
        if end == start || end - start > 3 {
            return None;
        }
        let rest = &s[end..];
        let final_ok = matches!(
            rest,
            [] | ['c'] | ['c', 'h'] | ['m'] | ['n'] | ['n', 'g'] | ['n', 'h'] | ['p'] | ['t']
        );
        if !final_ok {
            return None;
        }
        let vowels = &s[start..end];
        // Names from other languages (Khmer `Néang`, Ede `Êban`…) are left
        // as written: only a Vietnamese vowel group has a tone position.
        if !vowel_group_of_chars(vowels) {
            return None;
        }
        if let Some(pos) = vowels
            .iter()
            .rposition(|c| matches!(c, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư'))
        {
            return Some(start + pos);
        }
        let closed = !rest.is_empty();
        let pos = match vowels.len() {
            1 => 0,
            2 if closed => 1,
            2 => {
                let modern = matches!((vowels[0], vowels[1]), ('o', 'a') | ('o', 'e') | ('u', 'y'));
                if modern && fixer.style == ToneStyle::New {
                    1
                } else {
                    0
                }
            }
            _ if closed => 2,
            _ => 1,
        };
        Some(start + pos)
    }

    /// Whether lower-case vowels (hats kept, tones off) form a Vietnamese vowel
    /// group: a nucleus with its glides, as in `oai`, `ươu`, `uyê`.
    fn vowel_group_of_chars(vowels: &[char]) -> bool {
        matches!(
            vowels,
            [_] | ['a', 'i' | 'o' | 'u' | 'y']
                | ['â', 'u' | 'y']
                | ['e', 'o']
                | ['ê', 'u']
                | ['i', 'a' | 'ê' | 'u']
                | ['o', 'a' | 'ă' | 'e' | 'i' | 'o']
                | ['ô', 'i']
                | ['ơ', 'i']
                | ['u', 'a' | 'â' | 'ê' | 'i' | 'ô' | 'ơ' | 'y']
                | ['ư', 'a' | 'i' | 'u' | 'ơ']
                | ['y', 'ê']
                | ['i' | 'y', 'ê', 'u']
                | ['o', 'a', 'i' | 'y' | 'o']
                | ['o', 'e', 'o']
                | ['u', 'â', 'y']
                | ['u', 'ô', 'i']
                | ['ư', 'ơ', 'i' | 'u']
                | ['u', 'y', 'ê' | 'a' | 'u']
        )
    }

    #[test]
    fn fix_word_agrees_with_the_char_definition() {
        let letters: Vec<char> = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYbcdđĐghklmnpqrstvxfjwzàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠÈÉÌÍÒÓÙÚỲÝỦỎỤƯỨỪñçöKÐðǎḁ1-"
            .chars()
            .collect();
        let mut rng = crate::test_support::Rng::new(0x1234_5678_9abc_def1);
        let mut changed = 0;
        for style in [ToneStyle::Old, ToneStyle::New] {
            let fixer = ToneFixer::new(style);
            for _ in 0..300_000 {
                let word: String = (0..1 + rng.below(9))
                    .map(|_| letters[rng.below(letters.len())])
                    .collect();
                let fast = fixer.fix_word(&word);
                assert_eq!(fast, fix_word_by_chars(&fixer, &word), "{word:?}");
                changed += usize::from(fast.is_some());
            }
        }
        assert!(changed > 1_000, "{changed}");
    }

    /// The tone pass by its definition: every run of letters through
    /// `fix_word`, with no shortcut.
    fn word_by_word(fixer: &ToneFixer, line: &str) -> String {
        let (mut out, mut word) = (String::new(), String::new());
        for c in line.chars().map(Some).chain([None]) {
            if let Some(c) = c.filter(|&c| is_letter(c)) {
                word.push(c);
                continue;
            }
            out.push_str(&fix_word_by_chars(fixer, &word).unwrap_or_else(|| word.clone()));
            word.clear();
            out.extend(c);
        }
        out
    }

    #[test]
    fn eight_bytes_at_once_find_what_the_byte_test_finds() {
        let by_bytes =
            |b: &[u8]| (0..8).any(|i| b[i] < 0x80 && crate::normalize::special_ascii_at(b, i));
        for first in 0..=255u8 {
            for second in [b' ', b'a', 0x7F, 0x1F, 0x80, 0xA0, 0xE1] {
                for at in 0..8 {
                    let mut b = [b'a'; 9];
                    b[at] = first;
                    b[at + 1] = second;
                    let x = u64::from_le_bytes(b[..8].try_into().unwrap());
                    assert_eq!(ascii_needs_folding(x, b.get(8)), by_bytes(&b), "{b:?}");
                }
            }
        }
    }

    #[test]
    fn syllables_with_every_tone_placement_agree_with_the_definition() {
        use unicode_normalization::UnicodeNormalization;
        let initials = [
            "", "ng", "gi", "qu", "th", "b", "đ", "Ng", "Kh", "ngh", "Tr",
        ];
        let vowels = [
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "O", "U",
        ];
        let finals = ["", "n", "ng", "c", "ch", "t", "nh", "m", "p", "x"];
        let marks = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
        let mut rng = crate::test_support::Rng::new(0x9e37_79b9_7f4a_7c15);
        for style in [ToneStyle::Old, ToneStyle::New] {
            let fixer = ToneFixer::new(style);
            let mut changed = 0;
            for _ in 0..100_000 {
                let mut line = String::new();
                for w in 0..1 + rng.below(4) {
                    if w > 0 {
                        line.push_str([" ", ", ", "-", "1"][rng.below(4)]);
                    }
                    let group: Vec<&str> = (0..1 + rng.below(3))
                        .map(|_| vowels[rng.below(vowels.len())])
                        .collect();
                    let toned = rng.below(group.len() + 1); // == len: no tone
                    // Now and then letters that make it no syllable, or
                    // a character that may or may not end the word.
                    let junk = ["s", "a", "đ", "ñ", "ó", "q", "g", "Q", "G", "u", "i"];
                    if rng.below(4) == 0 {
                        line.push_str(junk[rng.below(junk.len())]);
                    }
                    line.push_str(initials[rng.below(initials.len())]);
                    for (k, v) in group.iter().enumerate() {
                        line.push_str(v);
                        if k == toned {
                            line.push(marks[rng.below(marks.len())]);
                        }
                    }
                    line.push_str(finals[rng.below(finals.len())]);
                    if rng.below(4) == 0 {
                        line.push_str(["a", "é", "x", "“", "y", "ñ"][rng.below(6)]);
                    }
                }
                let line: String = line.nfc().collect();
                let fixed = fixer.fix_line(line.clone());
                assert_eq!(fixed, word_by_word(&fixer, &line), "{line:?}");
                assert_eq!(fixer.fix_clean_line(&line), Some(fixed.clone()), "{line:?}");
                changed += usize::from(fixed != line);
            }
            // The lines exercise the fix, not only the shortcuts.
            assert!(changed > 1_000, "{changed}");
        }
    }

    fn s(text: &str) -> String {
        text.to_string()
    }

    #[test]
    fn misplaced_marks_are_moved() {
        let fixer = ToneFixer::new(ToneStyle::Old);
        assert_eq!(fixer.fix_line(s("đaị hội")), "đại hội");
        assert_eq!(fixer.fix_line(s("chất lựơng")), "chất lượng");
        assert_eq!(
            fixer.fix_line(s("Thuỷ lợi, hoà bình, khoẻ")),
            "Thủy lợi, hòa bình, khỏe"
        );
        assert_eq!(fixer.fix_line(s("Uỷ ban")), "Ủy ban");
        assert_eq!(
            fixer.fix_line(s("hoàng, quý, giữa, gìn, thuyền")),
            "hoàng, quý, giữa, gìn, thuyền"
        );
        assert_eq!(fixer.fix_line(s("muà mưà")), "mùa mừa");
        assert_eq!(fixer.fix_line(s("ngoaì")), "ngoài");
    }

    #[test]
    fn new_style_on_request() {
        let fixer = ToneFixer::new(ToneStyle::New);
        assert_eq!(
            fixer.fix_line(s("hòa, ủy, khỏe, múa")),
            "hoà, uỷ, khoẻ, múa"
        );
        assert_eq!(fixer.fix_line(s("hoàng toán")), "hoàng toán");
    }

    #[test]
    fn foreign_words_and_names_are_left_alone() {
        let fixer = ToneFixer::new(ToneStyle::Old);
        for w in [
            "Nưgar", "Klong", "café", "Krông", "Pắc", "Ea", "Kly", "Thông",
            // Vowel groups Vietnamese does not have: a tone there is the
            // name's own spelling (Khmer, Cham, Ede names).
            "Néang", "Séang", "Chéam", "Kiéom", "Kpuố",
        ] {
            assert_eq!(fixer.fix_line(w.to_string()), w);
        }
    }
}
