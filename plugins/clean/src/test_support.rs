//! What the randomised tests share: they compare each fast path with its
//! plain version on many generated lines, the same lines on every run.

/// Pieces normalisation touches: spaces of every kind, zero-width and
/// control characters, the Icelandic eth, combining marks (alone and after
/// a letter), the Ohm sign, a line separator.
pub const ODD_PIECES: &[&str] = &[
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{ad}",
    "\u{2003}",
    "\u{3000}",
    "\u{85}",
    "\u{1}",
    "\u{7f}",
    "\u{D0}",
    "\u{F0}",
    "\u{300}",
    "\u{301}",
    "\u{323}",
    "\u{338}",
    "\u{2126}",
    "\u{1680}",
    "\u{2028}",
    "a\u{301}",
    "o\u{31b}\u{300}",
    "\u{3b1}\u{301}",
];

/// A xorshift64 generator: no dependency, and a seed gives one sequence.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    /// Up to `pieces` of `words`, mostly space-separated, with one of
    /// [`ODD_PIECES`] in about one piece in `1..=odds` (drawn per line).
    pub fn noisy_line(&mut self, words: &[&str], pieces: usize, odds: usize) -> String {
        let odds = 1 + self.below(odds);
        let mut line = String::new();
        for _ in 0..self.below(pieces) {
            if self.below(odds) == 0 {
                line.push_str(ODD_PIECES[self.below(ODD_PIECES.len())]);
            } else {
                if self.below(3) != 0 && !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(words[self.below(words.len())]);
            }
        }
        line
    }
}
