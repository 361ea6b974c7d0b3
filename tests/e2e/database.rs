//! The SQLite output and `docflow query`, on the fixture articles run
//! through the default pipeline.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::{articles, default_pipeline, docflow, finish, read_json, run_over_articles};

struct Corpus {
    _dir: tempfile::TempDir,
    database: std::path::PathBuf,
    /// The JSON export of every document, by id.
    exports: HashMap<String, Value>,
}

/// Runs the default pipeline over the fixture articles `times` times.
fn corpus(times: usize) -> Corpus {
    let (dir, out) = run_over_articles(&default_pipeline(), times);
    let mut exports = HashMap::new();
    for entry in std::fs::read_dir(&out).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let json = read_json(&path);
            exports.insert(json["id"].as_str().unwrap().to_string(), json);
        }
    }
    Corpus {
        database: out.join("docflow.sqlite"),
        _dir: dir,
        exports,
    }
}

fn query(database: &Path, args: &[&str]) -> Value {
    let result = finish(
        docflow()
            .arg("query")
            .arg(database)
            .args(args)
            .arg("--json"),
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    serde_json::from_str(&result.stdout).unwrap_or_else(|err| panic!("{err}: {}", result.stdout))
}

fn count(conn: &rusqlite::Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |row| row.get(0)).unwrap()
}

fn strip_diacritics(word: &str) -> String {
    word.replace('đ', "d")
        .replace('Đ', "D")
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

#[test]
fn processing_the_same_files_twice_keeps_one_row_per_document_and_entity() {
    let corpus = corpus(2);
    let conn = rusqlite::Connection::open(&corpus.database).unwrap();
    let entities: usize = corpus
        .exports
        .values()
        .map(|doc| doc["entities"].as_array().unwrap().len())
        .sum();
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM documents") as usize,
        corpus.exports.len()
    );
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM entities") as usize,
        entities
    );
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM runs"), 2);
    assert_eq!(
        count(
            &conn,
            "SELECT COUNT(*) FROM runs WHERE finished IS NOT NULL AND documents > 0"
        ),
        2
    );
    // The rows say what the JSON export says, offsets in code points too.
    for (id, doc) in &corpus.exports {
        let (title, first): (Option<String>, Option<(String, i64)>) = (
            conn.query_row("SELECT title FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap(),
            conn.query_row(
                "SELECT text, start FROM entities WHERE document_id = ?1 AND seq = 0",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .ok(),
        );
        assert_eq!(title.as_deref(), doc["metadata"]["title"].as_str());
        if let Some((text, start)) = first {
            assert_eq!(doc["entities"][0]["text"], text.as_str());
            assert_eq!(doc["entities"][0]["start"], start);
        }
    }
}

#[test]
fn full_text_search_matches_diacritics_exactly_or_folded_when_asked() {
    let corpus = corpus(1);
    let all_words: Vec<String> = corpus
        .exports
        .values()
        .flat_map(|doc| {
            words(doc["text"].as_str().unwrap())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    // A word with diacritics whose bare spelling is not itself a word here.
    let (id, word) = corpus
        .exports
        .iter()
        .flat_map(|(id, doc)| {
            words(doc["text"].as_str().unwrap())
                .filter(|w| w.chars().count() >= 4)
                .map(|w| (id.clone(), w.to_lowercase()))
                .collect::<Vec<_>>()
        })
        .find(|(_, w)| {
            let bare = strip_diacritics(w);
            bare != *w && !all_words.contains(&bare)
        })
        .expect("a word with diacritics in the fixtures");
    let bare = strip_diacritics(&word);
    let ids = |hits: &Value| -> Vec<String> {
        hits["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_str().unwrap().to_string())
            .collect()
    };

    let exact = query(&corpus.database, &[&word]);
    assert!(ids(&exact).contains(&id), "{word}: {exact}");
    let snippet = exact["hits"][0]["snippet"].as_str().unwrap().to_lowercase();
    assert!(snippet.contains(&format!("[{word}]")), "{snippet}");

    let without = query(&corpus.database, &[&bare]);
    assert_eq!(
        without["total"], 0,
        "{bare} must not match {word}: {without}"
    );

    let folded = query(&corpus.database, &[&bare, "--fold"]);
    assert!(ids(&folded).contains(&id), "{bare} --fold: {folded}");
    assert!(folded["total"].as_u64() >= exact["total"].as_u64());
}

#[test]
fn entity_queries_agree_with_the_exports() {
    let corpus = corpus(1);
    let mut mentions: HashMap<(String, String), Vec<String>> = HashMap::new();
    for (id, doc) in &corpus.exports {
        for entity in doc["entities"].as_array().unwrap() {
            let key = (
                entity["label"].as_str().unwrap().to_string(),
                entity["text"].as_str().unwrap().to_string(),
            );
            mentions.entry(key).or_default().push(id.clone());
        }
    }
    let ((label, text), docs) = mentions
        .iter()
        .max_by_key(|((label, text), docs)| (docs.len(), label.clone(), text.clone()))
        .expect("the fixtures have entities");

    let top = query(&corpus.database, &["--top", label, "--limit", "1000"]);
    let row = top
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["text"] == text.as_str())
        .unwrap_or_else(|| panic!("{text} missing from --top {label}: {top}"));
    assert_eq!(row["mentions"], docs.len());
    assert_eq!(
        top[0]["mentions"],
        docs.len(),
        "the most mentioned comes first"
    );

    let found = query(&corpus.database, &["--entity", text, "--label", label]);
    let mut distinct = docs.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(found.as_array().unwrap().len(), distinct.len(), "{found}");
    let total: u64 = found
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["mentions"].as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, docs.len());
}

#[test]
fn query_refuses_what_is_not_a_docflow_database() {
    let dir = tempfile::tempdir().unwrap();
    let missing = finish(
        docflow()
            .arg("query")
            .arg(dir.path().join("none.sqlite"))
            .arg("x"),
    );
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("is not a database"),
        "{}",
        missing.stderr
    );
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "just text, long enough to not be a header").unwrap();
    let not_sqlite = finish(docflow().arg("query").arg(&text).arg("x"));
    assert_eq!(not_sqlite.code, 2);
    assert!(
        not_sqlite.stderr.contains("not an SQLite database"),
        "{}",
        not_sqlite.stderr
    );
}

#[test]
fn a_pipeline_may_store_into_a_database_only_and_name_files_by_template() {
    let dir = tempfile::tempdir().unwrap();
    let (name, bytes) = &articles()[0];
    std::fs::write(dir.path().join(name), bytes).unwrap();
    let db_only = dir.path().join("db-only.toml");
    std::fs::write(
        &db_only,
        "[[stages]]\nname = \"clean\"\nplugin = \"clean\"\n\
         [[outputs]]\ntype = \"sqlite\"\npath = \"store/docs.sqlite\"\n",
    )
    .unwrap();
    let result = finish(
        docflow()
            .current_dir(dir.path())
            .args(["run", "db-only.toml", name]),
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let conn = rusqlite::Connection::open(dir.path().join("store/docs.sqlite")).unwrap();
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM documents"), 1);

    let templated = dir.path().join("templated.toml");
    std::fs::write(
        &templated,
        "[[stages]]\nname = \"export\"\nplugin = \"export-json\"\n\
         [[outputs]]\ntype = \"folder\"\npath = \"named\"\ntemplate = \"{stem}-{id8}{ext}\"\n",
    )
    .unwrap();
    let result = finish(
        docflow()
            .current_dir(dir.path())
            .args(["run", "templated.toml", name]),
    );
    assert_eq!(result.code, 0, "{}", result.stderr);
    let id: String = conn
        .query_row("SELECT id FROM documents", [], |r| r.get(0))
        .unwrap();
    let stem = name.trim_end_matches(".txt");
    assert_eq!(
        crate::file_names(&dir.path().join("named")),
        [format!("{stem}-{}.json", &id[..8])]
    );
}
