//! Pipeline parsing and validation: arbitrary bytes, when they are UTF-8,
//! go through `docflow::pipeline::check_source` as if read from
//! `fuzz.toml` (TOML syntax, keys, types, folders, outputs; no plugin is
//! loaded). An error is rendered with `to_string()`, which runs the
//! codespan diagnostics renderer on whatever spans the checks produced.
//!
//! Checks: nothing panics, and a rendered error is never empty and ends
//! with the `N error(s) in pipeline` summary.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match docflow::pipeline::check_source(Path::new("fuzz.toml"), text.to_string()) {
        Ok(layout) => {
            // The layout is plain data; formatting it must not panic either.
            let _ = format!("{layout:?}");
        }
        Err(err) => {
            let rendered = err.to_string();
            assert!(
                rendered.trim_end().ends_with("in pipeline"),
                "no summary line: {rendered}"
            );
        }
    }
});
