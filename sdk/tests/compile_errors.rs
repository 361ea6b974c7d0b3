//! Mistakes authors make get errors that say how to fix them.

#[test]
fn macro_errors_tell_the_author_what_to_do() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
