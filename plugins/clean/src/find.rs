//! Substring search for the rules' many `contains` calls. Inside wasm,
//! std's searcher has no SIMD path and is set up anew on every call;
//! memchr's is cheaper there (docs/PERFORMANCE.md, "Optimisations").

pub trait Has {
    /// Whether `needle` occurs in `self`.
    fn has(&self, needle: &str) -> bool;
}

impl Has for str {
    #[inline]
    fn has(&self, needle: &str) -> bool {
        memchr::memmem::find(self.as_bytes(), needle.as_bytes()).is_some()
    }
}
