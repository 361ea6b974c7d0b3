//! The SQLite output: documents, entities and runs in tables, and two
//! full-text indexes over title and body — one exact (diacritics matter),
//! one folded (`Bac Ninh` finds `Bắc Ninh`). A document is upserted by its
//! id, so processing the same input again never adds rows. Entities are
//! stored as names (label and text, once each) and mentions (a document's
//! number, position, span and attributes); the `entities` view joins them.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use crate::runtime::wit;

/// Schema versions, in order; `PRAGMA user_version` says how many ran.
/// Append a new step for every change; never edit one that shipped.
const MIGRATIONS: &[&str] = &[
    // 1: documents, entities, runs and the full-text indexes.
    "
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        pipeline TEXT NOT NULL,
        docflow_version TEXT NOT NULL,
        started TEXT NOT NULL,
        finished TEXT,
        documents INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        source_file TEXT NOT NULL,
        title TEXT,
        published TEXT,
        author TEXT,
        source TEXT,
        text TEXT NOT NULL,
        metadata TEXT NOT NULL,
        provenance TEXT NOT NULL,
        run_id INTEGER REFERENCES runs (id),
        processed TEXT NOT NULL
    );
    CREATE TABLE entities (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        label TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        attributes TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
    );
    CREATE INDEX entities_by_label_text ON entities (label, text);
    CREATE INDEX entities_by_text ON entities (text);
    CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, content = 'documents', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 0'
    );
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE VIRTUAL TABLE documents_folded USING fts5 (
        title, text, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    ",
    // 2: documents get a stable number (an INTEGER PRIMARY KEY, which VACUUM
    // never renumbers, unlike the implicit rowid the indexes pointed at), and
    // entities become names stored once plus mentions keyed by that number:
    // a third of the bytes and of the work per mention. `entities` stays, as
    // a view with the same columns.
    "
    DROP TRIGGER documents_fts_insert;
    DROP TRIGGER documents_fts_delete;
    DROP TRIGGER documents_fts_update;
    CREATE TABLE documents_v2 (
        number INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source_file TEXT NOT NULL,
        title TEXT,
        published TEXT,
        author TEXT,
        source TEXT,
        text TEXT NOT NULL,
        metadata TEXT NOT NULL,
        provenance TEXT NOT NULL,
        run_id INTEGER REFERENCES runs (id),
        processed TEXT NOT NULL
    );
    INSERT INTO documents_v2
        SELECT rowid, id, source_file, title, published, author, source, text,
               metadata, provenance, run_id, processed
        FROM documents;
    CREATE TABLE entity_names (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (label, text)
    );
    CREATE INDEX entity_names_by_text ON entity_names (text);
    INSERT INTO entity_names (label, text) SELECT DISTINCT label, text FROM entities;
    CREATE TABLE mentions (
        document INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        entity INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        attributes TEXT NOT NULL,
        PRIMARY KEY (document, seq)
    ) WITHOUT ROWID;
    INSERT INTO mentions
        SELECT d.rowid, e.seq, n.id, e.start, e.end, e.attributes
        FROM entities e
        JOIN documents d ON d.id = e.document_id
        JOIN entity_names n ON n.label = e.label AND n.text = e.text;
    CREATE INDEX mentions_by_entity ON mentions (entity, document);
    DROP TABLE entities;
    DROP TABLE documents;
    ALTER TABLE documents_v2 RENAME TO documents;
    CREATE VIEW entities AS
        SELECT d.id AS document_id, m.seq, n.label, n.text, m.start, m.end, m.attributes
        FROM mentions m
        JOIN documents d ON d.number = m.document
        JOIN entity_names n ON n.id = m.entity;
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.number, new.title, new.text);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.number, old.title, old.text);
        DELETE FROM mentions WHERE document = old.number;
    END;
    CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.number, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.number, new.title, new.text);
    END;
    ",
];

/// The schema version this docflow writes.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Opens (creating or migrating) a docflow database.
pub fn open(path: &Path) -> anyhow::Result<Connection> {
    let mut conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // Up to 16 MiB of page cache, filled as pages are used: with SQLite's
    // 2 MiB, inserts spent a tenth of their time re-reading index pages.
    conn.pragma_update(None, "cache_size", -16384)?;
    migrate(&mut conn).map_err(|err| anyhow::anyhow!("{}: {err}", path.display()))?;
    Ok(conn)
}

fn migrate(conn: &mut Connection) -> anyhow::Result<()> {
    let version: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if version > SCHEMA_VERSION {
        anyhow::bail!(
            "the database has schema version {version}, newer than this docflow's {SCHEMA_VERSION}; use a newer docflow"
        );
    }
    for (done, step) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", done + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Lower-cases nothing, but spells `đ`/`Đ` as `d`/`D`: SQLite's
/// `remove_diacritics` folds only letters that decompose, and `đ` does not.
pub fn fold_d(text: &str) -> String {
    text.replace('đ', "d").replace('Đ', "D")
}

/// One pipeline run writing into a database.
pub struct Database {
    path: PathBuf,
    conn: Connection,
    run_id: i64,
    documents: u64,
    in_transaction: bool,
}

impl Database {
    pub fn open(path: &Path, pipeline: &str) -> anyhow::Result<Self> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        let conn = open(path)?;
        conn.execute(
            "INSERT INTO runs (pipeline, docflow_version, started) VALUES (?1, ?2, ?3)",
            params![pipeline, env!("CARGO_PKG_VERSION"), now()],
        )?;
        let run_id = conn.last_insert_rowid();
        Ok(Database {
            path: path.to_path_buf(),
            conn,
            run_id,
            documents: 0,
            in_transaction: false,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Inserts or replaces a document and its entities.
    pub fn store(&mut self, doc: &wit::Document) -> rusqlite::Result<()> {
        if !self.in_transaction {
            self.conn.execute_batch("BEGIN")?;
            self.in_transaction = true;
        }
        // A document that fails halfway leaves nothing behind: its rows go
        // or stay together.
        self.conn.execute_batch("SAVEPOINT document")?;
        match self.store_rows(doc) {
            Ok(()) => {
                self.conn.execute_batch("RELEASE document")?;
                self.documents += 1;
                Ok(())
            }
            Err(err) => {
                self.conn
                    .execute_batch("ROLLBACK TO document; RELEASE document")?;
                Err(err)
            }
        }
    }

    fn store_rows(&mut self, doc: &wit::Document) -> rusqlite::Result<()> {
        let meta = |key: &str| -> Option<String> {
            let raw = &doc.metadata.iter().find(|(k, _)| k == key)?.1;
            match serde_json::from_str::<Value>(raw).ok()? {
                Value::String(s) => Some(s),
                Value::Null => None,
                other => Some(other.to_string()),
            }
        };
        let metadata: serde_json::Map<String, Value> = doc
            .metadata
            .iter()
            .map(|(k, v)| {
                let value = serde_json::from_str(v).unwrap_or(Value::String(v.clone()));
                (k.clone(), value)
            })
            .collect();
        let provenance: Vec<Value> = doc
            .provenance
            .iter()
            .map(|s| {
                serde_json::json!({
                    "stage": s.stage, "plugin": s.plugin, "version": s.version,
                    "sha256": s.sha256, "micros": s.micros,
                })
            })
            .collect();
        let title = meta("title");
        let number: i64 = self
            .conn
            .prepare_cached(
                "INSERT INTO documents (id, source_file, title, published, author, source, text,
                                    metadata, provenance, run_id, processed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (id) DO UPDATE SET
                source_file = excluded.source_file, title = excluded.title,
                published = excluded.published, author = excluded.author,
                source = excluded.source, text = excluded.text, metadata = excluded.metadata,
                provenance = excluded.provenance, run_id = excluded.run_id,
                processed = excluded.processed
             RETURNING number",
            )?
            .query_row(
                params![
                    doc.id,
                    doc.source_file,
                    title,
                    meta("published"),
                    meta("author"),
                    meta("source"),
                    doc.text,
                    Value::Object(metadata).to_string(),
                    Value::Array(provenance).to_string(),
                    self.run_id,
                    now(),
                ],
                |row| row.get(0),
            )?;
        self.conn
            .prepare_cached("DELETE FROM documents_folded WHERE rowid = ?1")?
            .execute([number])?;
        self.conn
            .prepare_cached(
                "INSERT INTO documents_folded (rowid, title, text) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![
                number,
                title.as_deref().map(fold_d),
                fold_d(&doc.text)
            ])?;
        self.conn
            .prepare_cached("DELETE FROM mentions WHERE document = ?1")?
            .execute([number])?;
        let bytes: Vec<usize> = doc
            .entities
            .iter()
            .flat_map(|e| [e.start as usize, e.end as usize])
            .collect();
        let chars = docflow_sdk::text::char_offsets(&doc.text, &bytes);
        let mut find_name = self
            .conn
            .prepare_cached("SELECT id FROM entity_names WHERE label = ?1 AND text = ?2")?;
        let mut add_name = self
            .conn
            .prepare_cached("INSERT INTO entity_names (label, text) VALUES (?1, ?2)")?;
        let mut add_mention = self.conn.prepare_cached(
            "INSERT INTO mentions (document, seq, entity, start, end, attributes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (seq, (entity, span)) in doc.entities.iter().zip(chars.chunks(2)).enumerate() {
            let text = doc
                .text
                .get(entity.start as usize..entity.end as usize)
                .unwrap_or_default();
            let name = match find_name
                .query_row(params![entity.label, text], |row| row.get::<_, i64>(0))
                .optional()?
            {
                Some(name) => name,
                None => add_name.insert(params![entity.label, text])?,
            };
            let attributes: serde_json::Map<String, Value> = entity
                .attributes
                .iter()
                .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                .collect();
            add_mention.execute(params![
                number,
                seq as i64,
                name,
                span[0] as i64,
                span[1] as i64,
                Value::Object(attributes).to_string(),
            ])?;
        }
        Ok(())
    }

    /// Commits what was stored since the last sync.
    pub fn sync(&mut self) -> rusqlite::Result<()> {
        if self.in_transaction {
            self.conn.execute_batch("COMMIT")?;
            self.in_transaction = false;
        }
        Ok(())
    }

    fn finish(&mut self) -> rusqlite::Result<()> {
        self.sync()?;
        self.conn.execute(
            "UPDATE runs SET finished = ?2, documents = ?3 WHERE id = ?1",
            params![self.run_id, now(), self.documents as i64],
        )?;
        Ok(())
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Err(err) = self.finish() {
            tracing::error!("cannot finish the database {}: {err}", self.path.display());
        }
    }
}

fn now() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(id: &str, text: &str, title: &str) -> wit::Document {
        let start = text.find("Bắc Ninh").unwrap() as u32;
        wit::Document {
            id: id.into(),
            source_file: format!("{id}.txt"),
            text: text.into(),
            metadata: vec![("title".into(), format!("\"{title}\""))],
            entities: vec![wit::Entity {
                label: "LOCATION".into(),
                start,
                end: start + "Bắc Ninh".len() as u32,
                attributes: vec![("level".into(), "province".into())],
            }],
            provenance: vec![],
        }
    }

    #[test]
    fn storing_twice_keeps_one_row_and_search_folds_diacritics() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("docs.db");
        for _ in 0..2 {
            let mut db = Database::open(&path, "test").unwrap();
            db.store(&document("a", "Lúa ở Bắc Ninh được mùa.", "Đồng lúa"))
                .unwrap();
            db.sync().unwrap();
        }
        let conn = open(&path).unwrap();
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(count("SELECT COUNT(*) FROM documents"), 1);
        assert_eq!(count("SELECT COUNT(*) FROM entities"), 1);
        assert_eq!(
            count("SELECT COUNT(*) FROM runs WHERE finished IS NOT NULL"),
            2
        );
        assert_eq!(
            count("SELECT start FROM entities"),
            6,
            "code points, not bytes"
        );
        let exact = "SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH";
        assert_eq!(count(&format!("{exact} '\"bắc\" \"ninh\"'")), 1);
        assert_eq!(count(&format!("{exact} '\"bac\" \"ninh\"'")), 0);
        let folded = "SELECT COUNT(*) FROM documents_folded WHERE documents_folded MATCH";
        assert_eq!(count(&format!("{folded} '\"bac\" \"ninh\"'")), 1);
        assert_eq!(count(&format!("{folded} '\"dong\" \"lua\"'")), 1);
        let title: String = conn
            .query_row("SELECT title FROM documents WHERE id = 'a'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(title, "Đồng lúa");
    }

    #[test]
    fn a_version_1_database_is_migrated_with_its_rows_and_indexes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("docs.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        // Two documents as version 1 stored them, the first one deleted
        // so the second one's rowid is not 1.
        for (id, text) in [("gone", "Bỏ đi."), ("a", "Lúa ở Bắc Ninh được mùa.")] {
            conn.execute(
                "INSERT INTO documents (id, source_file, title, text, metadata, provenance, processed)
                 VALUES (?1, ?1, 'Đồng lúa', ?2, '{}', '[]', 'now')",
                params![id, text],
            )
            .unwrap();
        }
        conn.execute("DELETE FROM documents WHERE id = 'gone'", [])
            .unwrap();
        conn.execute(
            "INSERT INTO entities VALUES ('a', 0, 'LOCATION', 'Bắc Ninh', 6, 14, '{\"level\":\"province\"}')",
            [],
        )
        .unwrap();
        drop(conn);

        let conn = open(&path).unwrap();
        let version: usize = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let entity: (String, String, String, i64, String) = conn
            .query_row(
                "SELECT document_id, label, text, start, attributes FROM entities",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap();
        assert_eq!(
            entity,
            (
                "a".into(),
                "LOCATION".into(),
                "Bắc Ninh".into(),
                6,
                "{\"level\":\"province\"}".into()
            )
        );
        // The full-text index still points at the right row.
        let found: String = conn
            .query_row(
                "SELECT d.id FROM documents_fts f JOIN documents d ON d.number = f.rowid
                 WHERE documents_fts MATCH '\"bắc\" \"ninh\"'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(found, "a");
        drop(conn);

        // And the migrated database takes new versions of its document.
        let mut db = Database::open(&path, "test").unwrap();
        db.store(&document("a", "Mưa ở Bắc Ninh.", "Mưa")).unwrap();
        db.sync().unwrap();
        drop(db);
        let conn = open(&path).unwrap();
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(count("SELECT COUNT(*) FROM documents"), 1);
        assert_eq!(count("SELECT COUNT(*) FROM entities"), 1);
        assert_eq!(
            count("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH 'mưa'"),
            1
        );
        assert_eq!(
            count("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH 'lúa'"),
            0
        );
    }

    #[test]
    fn a_document_that_fails_halfway_leaves_no_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("docs.db");
        let mut db = Database::open(&path, "test").unwrap();
        // Make the entity step fail for one name, after the document's row
        // and full-text entries were written.
        db.conn
            .execute_batch(
                "CREATE TEMP TRIGGER refuse BEFORE INSERT ON entity_names
                 WHEN NEW.text = 'Bắc Ninh' AND NEW.label = 'LOCATION'
                 BEGIN SELECT RAISE(ABORT, 'refused'); END;",
            )
            .unwrap();
        let mut good = document("good", "Mưa ở Bắc Ninh.", "Mưa");
        good.entities[0].label = "ORGANIZATION".into();
        db.store(&good).unwrap();
        let err = db
            .store(&document("bad", "Lúa ở Bắc Ninh được mùa.", "Lúa"))
            .unwrap_err();
        assert!(err.to_string().contains("refused"), "{err}");
        db.sync().unwrap();
        drop(db);
        let conn = open(&path).unwrap();
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(count("SELECT COUNT(*) FROM documents"), 1);
        assert_eq!(count("SELECT COUNT(*) FROM entities"), 1);
        assert_eq!(
            count("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH 'lúa'"),
            0
        );
        assert_eq!(
            count("SELECT COUNT(*) FROM documents_folded WHERE documents_folded MATCH 'lua'"),
            0
        );
        assert_eq!(
            count("SELECT documents FROM runs"),
            1,
            "only stored documents are counted"
        );
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("docs.db");
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        drop(conn);
        let err = open(&path).unwrap_err().to_string();
        assert!(err.contains("schema version 99"), "{err}");
    }
}
