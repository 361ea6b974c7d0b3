use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::Value;

/// A document travelling through a pipeline.
///
/// Entity offsets are UTF-8 **byte** offsets into [`Document::text`]
/// (end-exclusive, on character boundaries); the host checks every entity a
/// plugin returns and rejects the document if one is out of range.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// Hex sha256 of the input file. Set by the host.
    pub id: String,
    /// Input file name, without folders. Set by the host.
    pub source_file: String,
    /// The body: LF line endings, paragraphs separated by a blank line.
    pub text: String,
    /// Metadata: `title`, `published`, `author`, `source` and any other keys.
    pub metadata: Metadata,
    /// Tagged spans of `text`, in any order.
    pub entities: Vec<Entity>,
    /// Stages that already ran. Filled by the host; changes are ignored.
    pub provenance: Vec<Step>,
}

impl Document {
    /// A document with the given file name and text, as the host would hand
    /// it to the first stage. Handy in unit tests.
    pub fn new(source_file: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            source_file: source_file.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// Adds an entity over `span` (byte offsets) and returns it for
    /// attributes.
    ///
    /// # Panics
    /// When `span` is out of range or not on character boundaries: that is
    /// a bug in the plugin, and the panic names the span.
    ///
    /// ```
    /// # use docflow_sdk::Document;
    /// let mut doc = Document::new("a.txt", "Ông Lê Văn Tám đến Huế.");
    /// let start = doc.text.find("Huế").unwrap();
    /// doc.add_entity("LOCATION", start..start + "Huế".len())
    ///     .set_attribute("level", "city");
    /// assert_eq!(doc.entity_text(&doc.entities[0]), "Huế");
    /// ```
    pub fn add_entity(&mut self, label: impl Into<String>, span: Range<usize>) -> &mut Entity {
        assert!(
            span.start <= span.end
                && span.end <= self.text.len()
                && self.text.is_char_boundary(span.start)
                && self.text.is_char_boundary(span.end),
            "entity span {span:?} is not a valid byte range of a {}-byte text \
             (use byte offsets from str::find / char_indices, not char counts)",
            self.text.len()
        );
        self.entities.push(Entity::new(label, span));
        self.entities.last_mut().expect("just pushed")
    }

    /// The text an entity covers, or `""` if its span does not fit the text.
    pub fn entity_text(&self, entity: &Entity) -> &str {
        self.text.get(entity.start..entity.end).unwrap_or("")
    }
}

/// A labelled span of [`Document::text`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entity {
    /// Upper-case label such as `PERSON` or `DATE`.
    pub label: String,
    /// UTF-8 byte offset of the first byte.
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    /// Extra facts, in insertion order.
    pub attributes: Vec<(String, String)>,
}

impl Entity {
    /// An entity with no attributes over `span` (byte offsets).
    pub fn new(label: impl Into<String>, span: Range<usize>) -> Self {
        Entity {
            label: label.into(),
            start: span.start,
            end: span.end,
            attributes: Vec::new(),
        }
    }

    /// Sets (or replaces) an attribute.
    pub fn set_attribute(&mut self, key: impl Into<String>, value: impl Into<String>) -> &mut Self {
        let key = key.into();
        let value = value.into();
        match self.attributes.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.attributes.push((key, value)),
        }
        self
    }

    /// The value of attribute `key`, if set.
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The byte range the entity covers.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// One stage that already ran on the document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Step {
    /// The stage name from the pipeline.
    pub stage: String,
    /// The plugin that ran it.
    pub plugin: String,
    /// The plugin's version.
    pub version: String,
    /// Hex sha256 of the plugin's `.wasm`.
    pub sha256: String,
    /// Time the stage took, in microseconds.
    pub micros: u64,
}

/// Document metadata: string keys to JSON values.
///
/// Well-known keys: `title`, `published` (ISO 8601), `author`, `source`.
///
/// ```
/// # use docflow_sdk::Metadata;
/// let mut meta = Metadata::default();
/// meta.set("title", "Mùa lúa mới");
/// meta.set("removed_lines", vec!["Quảng cáo"]);
/// assert_eq!(meta.get_str("title"), Some("Mùa lúa mới"));
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata(BTreeMap<String, Value>);

impl Metadata {
    /// The value of `key`, if set.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.get(key)
    }

    /// The value as a string, if it is one.
    pub fn get_str(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(Value::as_str)
    }

    /// Sets a key to anything convertible into a JSON value.
    pub fn set(&mut self, key: impl Into<String>, value: impl Into<Value>) {
        self.0.insert(key.into(), value.into());
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.0.remove(key)
    }

    /// Whether `key` is set.
    pub fn contains_key(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// Every key and value, sorted by key.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter()
    }

    /// How many keys are set.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no key is set.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(String, Value)> for Metadata {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        Metadata(iter.into_iter().collect())
    }
}

impl IntoIterator for Metadata {
    type Item = (String, Value);
    type IntoIter = std::collections::btree_map::IntoIter<String, Value>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_entity_records_byte_span_and_attributes() {
        let mut doc = Document::new("a.txt", "Tỉnh Bắc Ninh");
        let start = doc.text.find("Bắc").unwrap();
        doc.add_entity("LOCATION", start..doc.text.len())
            .set_attribute("level", "tỉnh")
            .set_attribute("level", "province");
        let entity = &doc.entities[0];
        assert_eq!(doc.entity_text(entity), "Bắc Ninh");
        assert_eq!(entity.attribute("level"), Some("province"));
        assert_eq!(entity.attributes.len(), 1);
    }

    #[test]
    #[should_panic(expected = "not a valid byte range")]
    fn add_entity_rejects_a_span_inside_a_character() {
        let mut doc = Document::new("a.txt", "Đà");
        doc.add_entity("LOCATION", 1..2);
    }
}
