//! The knowledge compiled into the plugin: data files under `data/` (see
//! `data/README.md` for their sources) turned into one Aho-Corasick automaton
//! over every phrase, built once per plugin instance.
//!
//! Administrative units (`provinces.tsv`, `districts.tsv`) come from the PyPI
//! package `vietnam-provinces` by Nguyễn Hồng Quân
//! (<https://github.com/sunshine-tech/VietnamProvinces>, GPL-3.0-or-later),
//! versions 0.6.0 (63 provinces and their districts, before July 2025) and
//! 2025.10.1 (the 34 provinces after the merger). Only the unit names — facts
//! published by the General Statistics Office — were extracted.

use std::collections::{HashMap, HashSet};

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

pub const PROVINCES: &str = include_str!("../data/provinces.tsv");
pub const DISTRICTS: &str = include_str!("../data/districts.tsv");
pub const PLACES_EXTRA: &str = include_str!("../data/places_extra.txt");
pub const FAMILY_NAMES: &str = include_str!("../data/family_names.txt");
pub const GIVEN_NAMES: &str = include_str!("../data/given_names.txt");
pub const TITLES: &str = include_str!("../data/titles.txt");
pub const BODIES: &str = include_str!("../data/bodies.txt");
pub const DOMAINS: &str = include_str!("../data/domains.txt");
pub const CUES: &str = include_str!("../data/cues.tsv");

/// Roles a phrase can play (a phrase may have several).
pub mod role {
    pub const TITLE: u32 = 1;
    pub const TITLE_NEEDS_BODY: u32 = 1 << 1;
    pub const BODY: u32 = 1 << 2;
    pub const BODY_FIELD: u32 = 1 << 3;
    pub const BODY_NAME: u32 = 1 << 4;
    pub const BODY_PLACE: u32 = 1 << 5;
    pub const DOMAIN: u32 = 1 << 6;
    pub const PLACE: u32 = 1 << 7;
    pub const ADMIN: u32 = 1 << 8;
    pub const HONORIFIC: u32 = 1 << 9;
    pub const PLURAL: u32 = 1 << 10;
    pub const PHOTO: u32 = 1 << 11;
    pub const KIND: u32 = 1 << 12;
    pub const DATE: u32 = 1 << 13;
    pub const DAYPART: u32 = 1 << 14;
    pub const STANDING: u32 = 1 << 15;
    pub const GENERIC: u32 = 1 << 16;
    pub const DESCRIBED: u32 = 1 << 17;

    /// Any title.
    pub const ANY_TITLE: u32 = TITLE | TITLE_NEEDS_BODY;
    /// Any body head.
    pub const ANY_BODY: u32 = BODY | BODY_FIELD | BODY_NAME | BODY_PLACE;
}

/// What the automaton knows about one phrase.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub roles: u32,
    /// LOCATION level of an administrative word.
    pub level: &'static str,
    /// Canonical kind of a document word, or unit of a date word.
    pub value: &'static str,
    /// Number of syllables.
    pub words: u8,
}

pub struct Lexicon {
    /// Every phrase, searched only from a word's start ([`Self::longest_at`]).
    pub automaton: NFA,
    start: StateID,
    pub entries: Vec<Entry>,
    family: HashSet<&'static str>,
    given: HashSet<&'static str>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The other tone-mark style of a phrase (`hòa` ↔ `hoà`, `thủy` ↔ `thuỷ`):
/// the cleaner can be configured either way, so both are matched.
pub fn other_tone_style(phrase: &str) -> Option<String> {
    const OLD: [&str; 15] = [
        "òa", "óa", "ỏa", "õa", "ọa", "òe", "óe", "ỏe", "õe", "ọe", "ùy", "úy", "ủy", "ũy", "ụy",
    ];
    const NEW: [&str; 15] = [
        "oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ", "uỳ", "uý", "uỷ", "uỹ", "uỵ",
    ];
    let mut changed = false;
    let words: Vec<String> = phrase
        .split(' ')
        .map(|word| {
            let lower = word.to_lowercase();
            for (old, new) in OLD.iter().zip(NEW.iter()) {
                for (from, to) in [(old, new), (new, old)] {
                    if !lower.ends_with(from) || lower.len() != word.len() {
                        continue;
                    }
                    let stem = &word[..word.len() - from.len()];
                    // "quý", "quỳnh": the u belongs to qu, not to uy.
                    if from.starts_with('u') && lower[..stem.len()].ends_with('q') {
                        continue;
                    }
                    let upper = word[stem.len()..].starts_with(char::is_uppercase);
                    changed = true;
                    let mut chars = to.chars();
                    let first = chars.next().unwrap_or(' ');
                    let head: String = if upper {
                        first.to_uppercase().collect()
                    } else {
                        first.to_string()
                    };
                    return format!("{stem}{head}{}", chars.as_str());
                }
            }
            word.to_string()
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// Every phrase of the data files (both tone styles) with its entry, sorted.
fn phrases() -> Vec<(String, Entry)> {
    let mut map: HashMap<String, Entry> = HashMap::new();
    let mut add = |phrase: &str, roles: u32, level: &'static str, value: &'static str| {
        let mut forms = vec![phrase.to_string()];
        forms.extend(other_tone_style(phrase));
        for form in forms {
            let words = form.split(' ').count() as u8;
            let entry = map.entry(form).or_default();
            entry.roles |= roles;
            entry.words = words;
            if !level.is_empty() {
                entry.level = level;
            }
            if !value.is_empty() {
                entry.value = value;
            }
        }
    };
    for line in lines(TITLES) {
        match line.strip_prefix('+') {
            Some(title) => add(title, role::TITLE_NEEDS_BODY, "", ""),
            None => add(line, role::TITLE, "", ""),
        }
    }
    for line in lines(BODIES) {
        let (mark, name) = line.split_at(1);
        let roles = match mark {
            "=" => role::BODY,
            "?" => role::BODY_FIELD,
            "*" => role::BODY_NAME,
            "&" => role::BODY_PLACE,
            "~" => role::BODY | role::DESCRIBED,
            _ => continue,
        };
        add(name, roles, "", "");
    }
    for line in lines(DOMAINS) {
        add(line, role::DOMAIN, "", "");
    }
    for line in lines(PROVINCES) {
        add(line.split('\t').next().unwrap_or(line), role::PLACE, "", "");
    }
    for line in lines(DISTRICTS) {
        let name = line.split('\t').next().unwrap_or(line);
        // One-syllable district names ("Vinh", "Huế") are too often
        // ordinary words or given names to be places on their own.
        if name.contains(' ') {
            add(name, role::PLACE, "", "");
        }
    }
    for line in lines(PLACES_EXTRA) {
        add(line.split('\t').next().unwrap_or(line), role::PLACE, "", "");
    }
    for line in lines(CUES) {
        let mut cols = line.split('\t');
        let (Some(cat), Some(phrase)) = (cols.next(), cols.next()) else {
            continue;
        };
        let value = cols.next().unwrap_or("");
        let (roles, level, value) = match cat {
            "admin" => (role::ADMIN, value, ""),
            "honorific" => (role::HONORIFIC, "", ""),
            "plural" => (role::PLURAL, "", ""),
            "photo" => (role::PHOTO, "", ""),
            "kind" => (role::KIND, "", value),
            "date" => (role::DATE, "", value),
            "daypart" => (role::DAYPART, "", ""),
            "standing" => (role::STANDING, "", ""),
            "generic" => (role::GENERIC, "", ""),
            "plain" => (0, "", ""),
            _ => continue,
        };
        add(phrase, roles, level, value);
    }
    let mut phrases: Vec<(String, Entry)> = map.into_iter().collect();
    phrases.sort_by(|a, b| a.0.cmp(&b.0));
    phrases
}

impl Lexicon {
    pub fn new() -> Self {
        let phrases = phrases();
        let automaton = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(phrases.iter().map(|(p, _)| p.as_str()))
            .expect("lexicon automaton");
        let start = automaton
            .start_state(Anchored::Yes)
            .expect("an anchored start state");
        let mut family: HashSet<&'static str> = lines(FAMILY_NAMES).collect();
        // "Ông" is far more often "Mr" than a family name.
        family.remove("Ông");
        Lexicon {
            automaton,
            start,
            entries: phrases.into_iter().map(|(_, e)| e).collect(),
            family,
            given: lines(GIVEN_NAMES).collect(),
        }
    }

    /// The longest phrase starting at `text[start]`: its index in
    /// [`Self::entries`] and its end. The trie is walked from there until no
    /// phrase goes on: an anchored leftmost-longest search, without the
    /// per-call set-up of `AhoCorasick::find`, which cost as much as the walk
    /// on the one or two bytes most words take.
    pub fn longest_at(&self, text: &str, start: usize) -> Option<(usize, usize)> {
        let nfa = &self.automaton;
        let mut state = self.start;
        let mut longest = None;
        for (at, &byte) in text.as_bytes()[start..].iter().enumerate() {
            state = nfa.next_state(Anchored::Yes, state, byte);
            if nfa.is_special(state) {
                if nfa.is_dead(state) {
                    break;
                }
                if nfa.is_match(state) {
                    let pattern = nfa.match_pattern(state, 0);
                    let end = start + at + 1;
                    // (A match state also carries phrases that start later,
                    // reached through failure links: not ours.)
                    if end - nfa.pattern_len(pattern) == start {
                        longest = Some((pattern.as_usize(), end));
                    }
                }
            }
        }
        longest
    }

    pub fn is_family(&self, word: &str) -> bool {
        self.family.contains(word)
    }

    pub fn is_given(&self, word: &str) -> bool {
        self.given.contains(word)
            || other_tone_style(word).is_some_and(|w| self.given.contains(w.as_str()))
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_hold_the_old_and_new_provinces() {
        let old = lines(PROVINCES)
            .filter(|l| l.split('\t').nth(1) == Some("old"))
            .count();
        let new = lines(PROVINCES)
            .filter(|l| l.split('\t').nth(2) == Some("new"))
            .count();
        assert_eq!((old, new), (63, 34));
        assert!(lines(DISTRICTS).count() > 600);
    }

    /// `longest_at` drives the automaton itself: it must agree with
    /// aho-corasick's own anchored leftmost-longest search at every word
    /// start of the tagging fixtures.
    #[test]
    fn longest_at_agrees_with_an_anchored_search() {
        use aho_corasick::{AhoCorasick, Input};
        let lexicon = Lexicon::new();
        let reference = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(phrases().iter().map(|(p, _)| p.as_str()))
            .unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/tagging/dev");
        let (mut starts, mut found) = (0, 0);
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for (at, _) in text.char_indices() {
                let expected = reference
                    .find(Input::new(&text).range(at..).anchored(Anchored::Yes))
                    .map(|m| (m.pattern().as_usize(), m.end()));
                assert_eq!(
                    lexicon.longest_at(&text, at),
                    expected,
                    "at {at} of {text:?}"
                );
                starts += 1;
                found += usize::from(expected.is_some());
            }
        }
        assert!(
            starts > 10_000 && found > 500,
            "{starts} starts, {found} found"
        );
    }

    #[test]
    fn tone_styles_are_both_known() {
        assert_eq!(other_tone_style("Khánh Hòa").as_deref(), Some("Khánh Hoà"));
        assert_eq!(other_tone_style("Tỉnh uỷ").as_deref(), Some("Tỉnh ủy"));
        assert_eq!(other_tone_style("Quý"), None);
        assert_eq!(other_tone_style("Bắc Ninh"), None);
    }
}
