//! `docflow validate`: every problem at once, each with its location.

use std::fs;

use crate::{default_pipeline, docflow, finish, fixtures, root};

#[test]
fn three_mistakes_give_three_located_errors_and_exit_2() {
    let path = fixtures().join("pipelines").join("three-mistakes.toml");
    let result = finish(docflow().arg("validate").arg(&path));
    assert_eq!(result.code, 2, "{}", result.stderr);
    let located: Vec<&str> = result
        .stderr
        .lines()
        .filter(|line| line.contains(": error: "))
        .collect();
    assert_eq!(located.len(), 3, "{}", result.stderr);
    let shown = path.display().to_string();
    assert!(
        located[0].starts_with(&format!(
            "{shown}:6:1: error: unknown key `plugn` in stage `clean`"
        )),
        "{located:?}"
    );
    assert!(
        located[1].starts_with(&format!(
            "{shown}:10:10: error: stage `tag`: unknown plugin `tagger`"
        )),
        "{located:?}"
    );
    assert!(
        located[2].starts_with(&format!(
            "{shown}:15:9: error: stage `export`: plugin `export-json` rejects its config"
        )),
        "{located:?}"
    );
    assert!(
        located[2].contains("invalid type: string \"yes\", expected a boolean"),
        "{located:?}"
    );
    assert!(
        result.stderr.contains("help: did you mean `plugin`?"),
        "{}",
        result.stderr
    );
    assert!(
        result.stderr.contains("3 errors in pipeline"),
        "{}",
        result.stderr
    );
}

#[test]
fn shipped_pipelines_are_valid() {
    for entry in fs::read_dir(root().join("pipelines")).unwrap() {
        let path = entry.unwrap().path();
        let result = finish(docflow().arg("validate").arg(&path));
        assert_eq!(result.code, 0, "{}: {}", path.display(), result.stderr);
        assert!(result.stdout.contains(": ok: "), "{}", result.stdout);
    }
    let result = finish(docflow().arg("validate").arg(default_pipeline()));
    assert!(
        result
            .stdout
            .contains("clean (clean 0.1.0) -> tag (tag 0.1.0) -> export (export-json 0.1.0)"),
        "{}",
        result.stdout
    );
}

/// Each entry: a pipeline body and a fragment of the one error it must give.
const BAD_PIPELINES: &[(&str, &str)] = &[
    ("name = ", "TOML syntax"),
    (
        "stages = 3",
        "`stages` must be an array of tables ([[stages]]), found an integer",
    ),
    ("", "the pipeline has no stages"),
    (
        "colour = \"red\"\n[[stages]]\nname = \"e\"\nplugin = \"export-json\"",
        "unknown key `colour` in the pipeline",
    ),
    (
        "[[stages]]\nplugin = \"export-json\"",
        "stage #1 has no `name`",
    ),
    ("[[stages]]\nname = \"e\"", "stage `e` has no `plugin`"),
    (
        "[[stages]]\nname = \"a b\"\nplugin = \"export-json\"",
        "names use only ASCII letters",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[[stages]]\nname = \"e\"\nplugin = \"export-json\"",
        "the name is already used by stage #1",
    ),
    (
        "[[stages]]\nname = \"c\"\nplugin = \"clean\"",
        "no stage exports anything",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"missing.wasm\"",
        "cannot read plugin",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-jsn\"",
        "did you mean `export-json`?",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\nconfig = 1",
        "`config` must be a table, found an integer",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[stages.limits]\ntimeout_ms = 0",
        "`timeout_ms` must be a positive integer",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[stages.limits]\nmemory = 5",
        "unknown key `memory` in stage `e` limits",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[[outputs]]\ntype = \"s3\"",
        "unknown output type `s3`",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[[outputs]]\ntype = \"folder\"",
        "a folder output needs `path`",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\non_violation = \"ignore\"",
        "unknown policy `ignore`",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[stages.grants]\nread = \"no-such-folder\"",
        "not a folder",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[stages.grants]\nwrite = \"x\"",
        "unknown key `write` in stage `e` grants",
    ),
    (
        "max_input_mb = 0\n[[stages]]\nname = \"e\"\nplugin = \"export-json\"",
        "`max_input_mb` must be a positive integer",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[[outputs]]\ntype = \"sqlite\"",
        "a sqlite output needs `path`",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[[outputs]]\ntype = \"folder\"\npath = \"o\"\ntemplate = \"{stem}-{date}{ext}\"",
        "unknown placeholder `{date}` in the file-name template",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[[outputs]]\ntype = \"folder\"\npath = \"o\"\ntemplate = \"out/{stem}{ext}\"",
        "a file-name template is a name, not a path",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[[outputs]]\ntype = \"folder\"\npath = \"o\"\ntemplate = \"all{ext}\"",
        "needs `{ext}` and `{stem}` or `{id}`",
    ),
    (
        "[[stages]]\nname = \"e\"\nplugin = \"export-json\"\n[[outputs]]\ntype = \"sqlite\"\npath = \"d.sqlite\"\ntemplate = \"{stem}{ext}\"",
        "only folder outputs take a file-name `template`",
    ),
    (
        "[[stages]]\nname = \"t\"\nplugin = \"tag\"\nconfig = { labels = [\"PERSON\", \"ANIMAL\"] }\n[[stages]]\nname = \"e\"\nplugin = \"export-json\"",
        "unknown label `ANIMAL`",
    ),
    (
        "[watch]\nsettle = 5\n[[stages]]\nname = \"e\"\nplugin = \"export-json\"",
        "unknown key `settle` in the [watch] table",
    ),
    (
        "[watch]\nskip_duplicates = \"yes\"\n[[stages]]\nname = \"e\"\nplugin = \"export-json\"",
        "`skip_duplicates` must be true or false, found a string",
    ),
    (
        "watch = 1\n[[stages]]\nname = \"e\"\nplugin = \"export-json\"",
        "`watch` must be a table, found an integer",
    ),
];

#[test]
fn bad_pipelines_each_give_their_error() {
    let dir = tempfile::tempdir().unwrap();
    for (i, (body, expected)) in BAD_PIPELINES.iter().enumerate() {
        let path = dir.path().join(format!("bad{i}.toml"));
        fs::write(&path, body).unwrap();
        let result = finish(docflow().arg("validate").arg(&path));
        assert_eq!(result.code, 2, "{body:?} was accepted");
        assert!(
            result.stderr.contains(expected),
            "{body:?}: expected {expected:?} in\n{}",
            result.stderr
        );
        assert!(
            result.stderr.contains(&format!("bad{i}.toml:")),
            "{body:?}: no location in\n{}",
            result.stderr
        );
    }
}
