//! Every occurrence of a fixed set of short patterns in a line, overlapping
//! ones included: an Aho-Corasick automaton compiled to a dense table.
//!
//! Why not `aho_corasick`'s own DFA: inside wasm its overlapping search
//! spent about 20 instructions per byte in generic state checks, and its
//! table (4-byte states, 1.96 MB for the cleaner's cues) was nearly three
//! times this one. Here a step is one table load,
//! and states with matches are numbered last, so a step that finds nothing
//! costs one comparison.

use std::collections::VecDeque;

/// A dense Aho-Corasick DFA over byte classes with 16-bit states.
pub struct CueDfa {
    /// Byte → class; class 0 is every byte no pattern contains.
    classes: [u8; 256],
    stride: usize,
    /// `next[state * stride + class]`.
    next: Vec<u16>,
    /// States from here on end at least one pattern.
    first_match: usize,
    /// Per match state (from `first_match`), its range in `match_ids`.
    match_ranges: Vec<(u32, u32)>,
    /// Pattern indices, longest pattern first within a state.
    match_ids: Vec<u16>,
    lens: Vec<usize>,
}

const NONE: u16 = u16::MAX;

impl CueDfa {
    /// Builds the automaton; panics when the patterns need 65,535 states or
    /// more (the cue lists are a few hundred short phrases).
    pub fn new(patterns: &[&str]) -> Self {
        assert!(patterns.len() < usize::from(NONE), "too many patterns");
        let mut classes = [0u8; 256];
        for p in patterns {
            for &b in p.as_bytes() {
                classes[usize::from(b)] = 1;
            }
        }
        let mut stride = 1;
        for class in classes.iter_mut() {
            if *class == 1 {
                *class = u8::try_from(stride).expect("at most 255 distinct bytes");
                stride += 1;
            }
        }

        // The trie: `next` rows filled with NONE where no child is.
        let mut next = vec![NONE; stride];
        let mut own: Vec<Option<u16>> = vec![None];
        for (id, p) in patterns.iter().enumerate() {
            assert!(!p.is_empty(), "an empty pattern would match everywhere");
            let mut s = 0;
            for &b in p.as_bytes() {
                let slot = s * stride + usize::from(classes[usize::from(b)]);
                if next[slot] == NONE {
                    let new = own.len();
                    next[slot] = u16::try_from(new).expect("fewer than 65,535 states");
                    next.resize(next.len() + stride, NONE);
                    own.push(None);
                }
                s = usize::from(next[slot]);
            }
            own[s] = Some(id as u16);
        }
        let states = own.len();

        // Failure links in breadth-first order turn the trie into a DFA; a
        // state's matches are its own pattern, then those of its failure
        // state (every pattern ending here, longest first).
        let mut outputs: Vec<Vec<u16>> = vec![Vec::new(); states];
        let mut fail = vec![0usize; states];
        let mut queue = VecDeque::new();
        for slot in next.iter_mut().take(stride) {
            if *slot == NONE {
                *slot = 0;
            } else {
                let child = usize::from(*slot);
                outputs[child].extend(own[child]);
                queue.push_back(child);
            }
        }
        while let Some(s) = queue.pop_front() {
            for c in 0..stride {
                let via_fail = next[fail[s] * stride + c];
                let slot = s * stride + c;
                if next[slot] == NONE {
                    next[slot] = via_fail;
                } else {
                    let child = usize::from(next[slot]);
                    fail[child] = usize::from(via_fail);
                    let mut out: Vec<u16> = own[child].into_iter().collect();
                    out.extend_from_slice(&outputs[fail[child]]);
                    outputs[child] = out;
                    queue.push_back(child);
                }
            }
        }

        // Renumber: states without matches first (the root stays 0), then
        // the match states.
        let mut order: Vec<usize> = (0..states).filter(|&s| outputs[s].is_empty()).collect();
        let first_match = order.len();
        order.extend((0..states).filter(|&s| !outputs[s].is_empty()));
        let mut new_id = vec![0u16; states];
        for (new, &old) in order.iter().enumerate() {
            new_id[old] = new as u16;
        }
        let mut dense = vec![0u16; states * stride];
        for (new, &old) in order.iter().enumerate() {
            for c in 0..stride {
                dense[new * stride + c] = new_id[usize::from(next[old * stride + c])];
            }
        }
        let mut match_ranges = Vec::with_capacity(states - first_match);
        let mut match_ids = Vec::new();
        for &old in &order[first_match..] {
            let start = match_ids.len() as u32;
            match_ids.extend_from_slice(&outputs[old]);
            match_ranges.push((start, match_ids.len() as u32));
        }
        CueDfa {
            classes,
            stride,
            next: dense,
            first_match,
            match_ranges,
            match_ids,
            lens: patterns.iter().map(|p| p.len()).collect(),
        }
    }

    /// Calls `found(start, pattern index)` for every occurrence of every
    /// pattern in `hay`, in order of where they end (longest first among
    /// those ending at the same byte).
    ///
    /// Gives back the set of bytes in `hay`, a bit per byte value (the
    /// same pass, not one of its own).
    #[inline]
    pub fn for_each_match(&self, hay: &[u8], mut found: impl FnMut(usize, usize)) -> [u64; 4] {
        let mut s = 0usize;
        let mut bytes = [0u64; 4];
        for (i, &b) in hay.iter().enumerate() {
            bytes[usize::from(b >> 6)] |= 1 << (b & 63);
            s = usize::from(self.next[s * self.stride + usize::from(self.classes[usize::from(b)])]);
            if s >= self.first_match {
                let (from, to) = self.match_ranges[s - self.first_match];
                for &id in &self.match_ids[from as usize..to as usize] {
                    let id = usize::from(id);
                    found(i + 1 - self.lens[id], id);
                }
            }
        }
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(dfa: &CueDfa, hay: &str) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        dfa.for_each_match(hay.as_bytes(), |start, id| v.push((start, id)));
        v.sort_unstable();
        v
    }

    fn reference(ac: &aho_corasick::AhoCorasick, hay: &str) -> Vec<(usize, usize)> {
        let mut v: Vec<_> = ac
            .find_overlapping_iter(hay)
            .map(|m| (m.start(), m.pattern().as_usize()))
            .collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn finds_overlapping_and_nested_patterns() {
        let patterns = ["he", "she", "his", "hers", "xem thêm", "thêm"];
        let dfa = CueDfa::new(&patterns);
        let ac = aho_corasick::AhoCorasick::new(patterns).unwrap();
        for hay in ["ushers", "xem thêm tin", "", "h", "hishershe", "thêm thêm"] {
            assert_eq!(ours(&dfa, hay), reference(&ac, hay), "{hay:?}");
        }
        assert_eq!(ours(&dfa, "ushers"), vec![(1, 1), (2, 0), (2, 3)]);
    }
}
