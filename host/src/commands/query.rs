//! `docflow query`: search the SQLite database a pipeline wrote.

use std::io::IsTerminal;

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, OpenFlags, params};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::Status;
use crate::cli::QueryArgs;
use crate::outputs::database::{SCHEMA_VERSION, fold_d};

/// Words shown around the first match.
const SNIPPET_BEFORE: usize = 8;
const SNIPPET_AFTER: usize = 16;

pub fn query(args: &QueryArgs) -> Result<Status> {
    let conn = open_read_only(&args.database)?;
    let highlight = if args.json || !std::io::stdout().is_terminal() {
        Highlight::Brackets
    } else {
        Highlight::Ansi
    };
    let limit = args.limit as i64;
    if let Some(text) = &args.text {
        let hits = search(&conn, text, args.fold, limit, highlight)?;
        print(args.json, &hits, || {
            println!(
                "{} document{} match {text:?}{}",
                hits.total,
                if hits.total == 1 { "" } else { "s" },
                if args.fold {
                    " (diacritics ignored)"
                } else {
                    ""
                }
            );
            for (i, hit) in hits.hits.iter().enumerate() {
                println!("{}. {}", i + 1, hit.heading());
                println!("   {}", hit.snippet);
            }
        })?;
    } else if let Some(label) = &args.top {
        let top = top_entities(&conn, label, limit)?;
        print(args.json, &top, || {
            if top.is_empty() {
                println!("no {label} entities");
            }
            for entity in &top {
                println!(
                    "{:>6} mentions in {:>4} documents  {}",
                    entity.mentions, entity.documents, entity.text
                );
            }
        })?;
    } else {
        let documents = mentioning(&conn, args.entity.as_deref(), args.label.as_deref(), limit)?;
        print(args.json, &documents, || {
            if documents.is_empty() {
                println!("no document mentions it");
            }
            for (i, doc) in documents.iter().enumerate() {
                println!(
                    "{}. {} — {} mention{}",
                    i + 1,
                    doc.heading(),
                    doc.mentions,
                    if doc.mentions == 1 { "" } else { "s" }
                );
            }
        })?;
    }
    Ok(Status::Success)
}

fn print<T: Serialize>(json: bool, value: &T, text: impl FnOnce()) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(value)?);
    } else {
        text();
    }
    Ok(())
}

fn open_read_only(path: &std::path::Path) -> Result<Connection> {
    if !path.is_file() {
        bail!(
            "{} is not a database: name the file a pipeline's `sqlite` output wrote",
            path.display()
        );
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .with_context(|| format!("cannot open {}", path.display()))?;
    let version: usize = conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .with_context(|| format!("{} is not an SQLite database", path.display()))?;
    if version != SCHEMA_VERSION {
        bail!(
            "{} has schema version {version}, this docflow reads version {SCHEMA_VERSION}{}",
            path.display(),
            if version < SCHEMA_VERSION {
                ": run a pipeline into it once to migrate it"
            } else {
                ": use a newer docflow"
            }
        );
    }
    Ok(conn)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Highlight {
    /// `[word]`, for pipes, files and JSON.
    Brackets,
    /// Bold yellow, for terminals.
    Ansi,
}

#[derive(Debug, Serialize)]
pub struct Hits {
    pub query: String,
    pub fold: bool,
    pub total: usize,
    pub hits: Vec<Hit>,
}

#[derive(Debug, Serialize)]
pub struct Hit {
    pub id: String,
    pub file: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub snippet: String,
}

impl Hit {
    fn heading(&self) -> String {
        heading(&self.title, &self.published, &self.file)
    }
}

fn heading(title: &Option<String>, published: &Option<String>, file: &str) -> String {
    let title = title.as_deref().unwrap_or("(no title)");
    match published {
        Some(date) => format!("{title} ({date}) — {file}"),
        None => format!("{title} — {file}"),
    }
}

/// Full-text search, best matches first.
pub fn search(
    conn: &Connection,
    text: &str,
    fold: bool,
    limit: i64,
    highlight: Highlight,
) -> Result<Hits> {
    let terms = words(text);
    if terms.is_empty() {
        bail!("{text:?} has no words to search for");
    }
    let phrase =
        text.trim().len() > 1 && text.trim().starts_with('"') && text.trim().ends_with('"');
    let fts_terms: Vec<String> = terms
        .iter()
        .map(|t| if fold { fold_d(t) } else { t.to_string() })
        .collect();
    let fts_query = if phrase {
        format!("\"{}\"", fts_terms.join(" "))
    } else {
        fts_terms
            .iter()
            .map(|t| format!("\"{t}\""))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let table = if fold {
        "documents_folded"
    } else {
        "documents_fts"
    };
    let total: i64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM {table} WHERE {table} MATCH ?1"),
        [&fts_query],
        |row| row.get(0),
    )?;
    let mut statement = conn.prepare(&format!(
        "SELECT d.id, d.source_file, d.title, d.published, d.text
         FROM {table} f JOIN documents d ON d.rowid = f.rowid
         WHERE {table} MATCH ?1 ORDER BY f.rank LIMIT ?2"
    ))?;
    let keys: Vec<String> = terms.iter().map(|t| match_key(t, fold)).collect();
    let hits = statement
        .query_map(params![fts_query, limit], |row| {
            let body: String = row.get(4)?;
            Ok(Hit {
                id: row.get(0)?,
                file: row.get(1)?,
                title: row.get(2)?,
                published: row.get(3)?,
                snippet: snippet(&body, &keys, fold, highlight),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Hits {
        query: text.to_string(),
        fold,
        total: total as usize,
        hits,
    })
}

#[derive(Debug, Serialize)]
pub struct Mentioning {
    pub id: String,
    pub file: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub mentions: u64,
}

impl Mentioning {
    fn heading(&self) -> String {
        heading(&self.title, &self.published, &self.file)
    }
}

/// Documents that mention `entity` (with `label`, when given), or any
/// entity with `label`; most mentions first.
pub fn mentioning(
    conn: &Connection,
    entity: Option<&str>,
    label: Option<&str>,
    limit: i64,
) -> Result<Vec<Mentioning>> {
    let entity = entity.map(|e| e.trim().nfc().collect::<String>());
    // Only the conditions asked for, so SQLite can use the name indexes.
    let condition = match (&entity, label) {
        (Some(_), Some(_)) => "n.text = ?1 AND n.label = ?2",
        (Some(_), None) => "n.text = ?1 AND ?2 IS NULL",
        (None, Some(_)) => "?1 IS NULL AND n.label = ?2",
        (None, None) => "?1 IS NULL AND ?2 IS NULL",
    };
    let mut statement = conn.prepare(&format!(
        "SELECT d.id, d.source_file, d.title, d.published, COUNT(*) AS mentions
         FROM entity_names n
         JOIN mentions m ON m.entity = n.id
         JOIN documents d ON d.number = m.document
         WHERE {condition}
         GROUP BY d.number ORDER BY mentions DESC, d.published DESC, d.source_file LIMIT ?3"
    ))?;
    let rows = statement
        .query_map(params![entity, label, limit], |row| {
            Ok(Mentioning {
                id: row.get(0)?,
                file: row.get(1)?,
                title: row.get(2)?,
                published: row.get(3)?,
                mentions: row.get::<_, i64>(4)? as u64,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

#[derive(Debug, Serialize)]
pub struct TopEntity {
    pub text: String,
    pub mentions: u64,
    pub documents: u64,
}

/// The entities of `label` mentioned most often.
pub fn top_entities(conn: &Connection, label: &str, limit: i64) -> Result<Vec<TopEntity>> {
    let mut statement = conn.prepare(
        "SELECT n.text, COUNT(*) AS mentions, COUNT(DISTINCT m.document)
         FROM entity_names n JOIN mentions m ON m.entity = n.id
         WHERE n.label = ?1
         GROUP BY n.id ORDER BY mentions DESC, n.text LIMIT ?2",
    )?;
    let rows = statement
        .query_map(params![label, limit], |row| {
            Ok(TopEntity {
                text: row.get(0)?,
                mentions: row.get::<_, i64>(1)? as u64,
                documents: row.get::<_, i64>(2)? as u64,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The words of a text, as SQLite's unicode61 tokenizer sees them
/// (letters, digits and marks; everything else separates).
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter(|w| !w.is_empty())
        .collect()
}

/// What two words must share to match: the lower-case NFC form, and
/// without diacritics when folding.
fn match_key(word: &str, fold: bool) -> String {
    let lower = word.to_lowercase();
    if fold {
        fold_d(&lower)
            .nfd()
            .filter(|c| !is_combining_mark(*c))
            .collect()
    } else {
        lower.nfc().collect()
    }
}

/// A few words of `body` around the first match, matches highlighted.
pub fn snippet(body: &str, keys: &[String], fold: bool, highlight: Highlight) -> String {
    let spans: Vec<(usize, usize)> = {
        let mut spans = Vec::new();
        let mut start = None;
        for (i, c) in body.char_indices().chain([(body.len(), ' ')]) {
            let in_word = i < body.len() && (c.is_alphanumeric() || is_combining_mark(c));
            match (in_word, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    spans.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        spans
    };
    let matches = |&(s, e): &(usize, usize)| keys.contains(&match_key(&body[s..e], fold));
    let first = spans.iter().position(matches).unwrap_or(0);
    let from = first.saturating_sub(SNIPPET_BEFORE);
    let to = (first + SNIPPET_AFTER).min(spans.len());
    if from >= to {
        return String::new();
    }
    let (open, close) = match highlight {
        Highlight::Brackets => ("[", "]"),
        Highlight::Ansi => ("\x1b[1;33m", "\x1b[0m"),
    };
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    let mut cursor = spans[from].0;
    for span in &spans[from..to] {
        out.push_str(&body[cursor..span.0].replace('\n', " "));
        if matches(span) {
            out.push_str(open);
            out.push_str(&body[span.0..span.1]);
            out.push_str(close);
        } else {
            out.push_str(&body[span.0..span.1]);
        }
        cursor = span.1;
    }
    if to < spans.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_highlight_matches_with_and_without_diacritics() {
        let body = "Sáng nay, tỉnh Bắc Ninh khai mạc hội chợ.";
        let keys = |q: &str, fold| -> Vec<String> {
            words(q).iter().map(|w| match_key(w, fold)).collect()
        };
        assert_eq!(
            snippet(body, &keys("bắc ninh", false), false, Highlight::Brackets),
            "Sáng nay, tỉnh [Bắc] [Ninh] khai mạc hội chợ"
        );
        assert_eq!(
            snippet(body, &keys("Bac Ninh", true), true, Highlight::Brackets),
            "Sáng nay, tỉnh [Bắc] [Ninh] khai mạc hội chợ"
        );
        assert_eq!(
            snippet(body, &keys("bac ninh", false), false, Highlight::Brackets),
            "Sáng nay, tỉnh Bắc [Ninh] khai mạc hội chợ",
            "without folding, diacritics must match"
        );
        assert_eq!(match_key("Đà", true), "da");
    }
}
