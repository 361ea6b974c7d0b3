//! The tagger never panics and returns valid spans on any cut of real text:
//! every prefix and every suffix (at character boundaries) of every article
//! in `tests/fixtures/tagging`.

use std::path::Path;

use tag::Rules;

#[test]
fn every_prefix_and_suffix_of_every_fixture() {
    let rules = Rules::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/tagging");
    let mut texts = 0;
    for folder in std::fs::read_dir(root).unwrap() {
        let folder = folder.unwrap().path();
        if !folder.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(folder).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            texts += 1;
            for (cut, _) in text.char_indices() {
                for part in [&text[..cut], &text[cut..]] {
                    let mut last_end = 0;
                    for m in rules.find(part) {
                        assert!(
                            m.span.start >= last_end
                                && m.span.start < m.span.end
                                && part.is_char_boundary(m.span.start)
                                && part.is_char_boundary(m.span.end),
                            "{}: bad span {:?} in a cut at {cut}",
                            path.display(),
                            m.span
                        );
                        last_end = m.span.end;
                    }
                }
            }
        }
    }
    assert!(texts >= 20);
}
