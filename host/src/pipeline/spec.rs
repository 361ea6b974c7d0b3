//! The pipeline file as written: every value with its source span, read
//! from TOML without stopping at the first problem.

use std::ops::Range;

use serde_json::Value as Json;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::Diagnostic;

pub const TOP_LEVEL_KEYS: &[&str] = &[
    "name",
    "description",
    "input",
    "failed",
    "max_input_mb",
    "watch",
    "stages",
    "outputs",
];
pub const WATCH_KEYS: &[&str] = &[
    "archive",
    "delete_processed",
    "skip_duplicates",
    "settle_ms",
];
pub const STAGE_KEYS: &[&str] = &[
    "name",
    "plugin",
    "config",
    "limits",
    "on_violation",
    "grants",
];
pub const GRANT_KEYS: &[&str] = &["read"];
/// What a stage's failure does to the document and the run.
pub const POLICIES: &[&str] = &["quarantine", "skip-stage", "stop"];
pub const LIMIT_KEYS: &[&str] = &[
    "timeout_ms",
    "memory_mb",
    "max_output_mb",
    "max_entities",
    "fuel",
];
pub const OUTPUT_KEYS: &[&str] = &["type", "path", "template"];

#[derive(Debug, Default)]
pub struct PipelineSpec {
    pub name: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
    pub input: Option<Spanned<String>>,
    pub failed: Option<Spanned<String>>,
    pub max_input_mb: Option<Spanned<u64>>,
    pub stages: Vec<StageSpec>,
    /// Span of the `stages` key, or of the whole file when it is missing.
    pub stages_span: Range<usize>,
    pub outputs: Vec<OutputSpec>,
    pub watch: WatchSpec,
}

/// The `[watch]` table: how `docflow watch` treats the inbox.
#[derive(Debug, Default)]
pub struct WatchSpec {
    pub archive: Option<Spanned<String>>,
    pub delete_processed: Option<Spanned<bool>>,
    pub skip_duplicates: Option<Spanned<bool>>,
    pub settle_ms: Option<Spanned<u64>>,
}

#[derive(Debug)]
pub struct StageSpec {
    pub span: Range<usize>,
    pub name: Option<Spanned<String>>,
    pub plugin: Option<Spanned<String>>,
    /// The `config` table as JSON (an object), and where it was written.
    pub config: Json,
    pub config_span: Option<Range<usize>>,
    pub limits: LimitsSpec,
    pub on_violation: Option<Spanned<String>>,
    /// `grants.read`: a folder the plugin may read, as `/data`.
    pub read_grant: Option<Spanned<String>>,
    /// Keys suggested for misspelt ones: a missing required key that was
    /// misspelt is reported once, as the misspelling.
    pub suggested: Vec<&'static str>,
}

impl StageSpec {
    /// How errors refer to this stage: by name, or by position.
    pub fn label(&self, index: usize) -> String {
        match &self.name {
            Some(name) => format!("stage `{}`", name.get_ref()),
            None => format!("stage #{}", index + 1),
        }
    }
}

#[derive(Debug, Default)]
pub struct LimitsSpec {
    pub timeout_ms: Option<Spanned<u64>>,
    pub memory_mb: Option<Spanned<u64>>,
    pub max_output_mb: Option<Spanned<u64>>,
    pub max_entities: Option<Spanned<u64>>,
    pub fuel: Option<Spanned<u64>>,
}

#[derive(Debug)]
pub struct OutputSpec {
    pub span: Range<usize>,
    pub kind: Option<Spanned<String>>,
    pub path: Option<Spanned<String>>,
    pub template: Option<Spanned<String>>,
}

/// Reads a pipeline file. Syntax errors and shape errors (unknown keys,
/// wrong types) all land in `diagnostics`; whatever could be read is
/// returned so later checks can report their problems too.
pub fn read(source: &str, diagnostics: &mut Vec<Diagnostic>) -> PipelineSpec {
    let (root, syntax_errors) = DeTable::parse_recoverable(source);
    for err in syntax_errors {
        let span = err.span().unwrap_or(0..0);
        diagnostics.push(Diagnostic::new(
            span,
            format!("TOML syntax: {}", err.message()),
        ));
    }
    let whole = 0..source.len();
    let root = root.get_ref();
    let mut reader = Reader { diagnostics };
    reader.unknown_keys(root, TOP_LEVEL_KEYS, "the pipeline");

    let mut spec = PipelineSpec {
        name: reader.string(root, "name", ""),
        description: reader.string(root, "description", ""),
        input: reader.string(root, "input", ""),
        failed: reader.string(root, "failed", ""),
        max_input_mb: reader.positive_integer(root, "max_input_mb", ""),
        stages_span: whole.clone(),
        ..PipelineSpec::default()
    };
    if let Some((key, tables)) = reader.array_of_tables(root, "stages", "") {
        spec.stages_span = key;
        spec.stages = tables
            .into_iter()
            .enumerate()
            .map(|(i, (span, fields))| reader.stage(i, span, fields))
            .collect();
    }
    if let Some((_, value)) = lookup(root, "watch") {
        match value.get_ref() {
            DeValue::Table(watch) => {
                reader.unknown_keys(watch, WATCH_KEYS, "the [watch] table");
                spec.watch = WatchSpec {
                    archive: reader.string(watch, "archive", "watch: "),
                    delete_processed: reader.boolean(watch, "delete_processed", "watch: "),
                    skip_duplicates: reader.boolean(watch, "skip_duplicates", "watch: "),
                    settle_ms: reader.positive_integer(watch, "settle_ms", "watch: "),
                };
            }
            other => reader.wrong_type(value.span(), "", "watch", "a table", other),
        }
    }
    if let Some((_, tables)) = reader.array_of_tables(root, "outputs", "") {
        spec.outputs = tables
            .into_iter()
            .map(|(span, fields)| reader.output(span, fields))
            .collect();
    }
    spec
}

/// Tables of an array, each with its span.
type TablesAt<'a, 'i> = Vec<(Range<usize>, &'a DeTable<'i>)>;

struct Reader<'d> {
    diagnostics: &'d mut Vec<Diagnostic>,
}

impl Reader<'_> {
    fn stage(&mut self, index: usize, span: Range<usize>, fields: &DeTable<'_>) -> StageSpec {
        let name = self.string(fields, "name", &format!("stage #{}: ", index + 1));
        let mut stage = StageSpec {
            span,
            name,
            plugin: None,
            config: Json::Object(Default::default()),
            config_span: None,
            limits: LimitsSpec::default(),
            on_violation: None,
            read_grant: None,
            suggested: Vec::new(),
        };
        let label = stage.label(index);
        let prefix = format!("{label}: ");
        stage.suggested = self.unknown_keys(fields, STAGE_KEYS, &label);
        stage.plugin = self.string(fields, "plugin", &prefix);
        if let Some((key, value)) = lookup(fields, "config") {
            match value.get_ref() {
                DeValue::Table(_) => {
                    stage.config_span = Some(key.span().start..value.span().end);
                    stage.config = self.json(value, &prefix);
                }
                other => self.wrong_type(value.span(), &prefix, "config", "a table", other),
            }
        }
        if let Some((_, value)) = lookup(fields, "limits") {
            match value.get_ref() {
                DeValue::Table(limits) => {
                    self.unknown_keys(limits, LIMIT_KEYS, &format!("{label} limits"));
                    stage.limits = LimitsSpec {
                        timeout_ms: self.positive_integer(limits, "timeout_ms", &prefix),
                        memory_mb: self.positive_integer(limits, "memory_mb", &prefix),
                        max_output_mb: self.positive_integer(limits, "max_output_mb", &prefix),
                        max_entities: self.positive_integer(limits, "max_entities", &prefix),
                        fuel: self.positive_integer(limits, "fuel", &prefix),
                    };
                }
                other => self.wrong_type(value.span(), &prefix, "limits", "a table", other),
            }
        }
        stage.on_violation = self.string(fields, "on_violation", &prefix);
        if let Some(policy) = &stage.on_violation
            && !POLICIES.contains(&policy.get_ref().as_str())
        {
            self.diagnostics.push(
                Diagnostic::new(
                    policy.span(),
                    format!("{prefix}unknown policy `{}`", policy.get_ref()),
                )
                .help(format!("`on_violation` is one of {}", POLICIES.join(", "))),
            );
        }
        if let Some((_, value)) = lookup(fields, "grants") {
            match value.get_ref() {
                DeValue::Table(grants) => {
                    self.unknown_keys(grants, GRANT_KEYS, &format!("{label} grants"));
                    stage.read_grant = self.string(grants, "read", &prefix);
                }
                other => self.wrong_type(value.span(), &prefix, "grants", "a table", other),
            }
        }
        stage
    }

    fn output(&mut self, span: Range<usize>, fields: &DeTable<'_>) -> OutputSpec {
        self.unknown_keys(fields, OUTPUT_KEYS, "an output");
        OutputSpec {
            span,
            kind: self.string(fields, "type", "output: "),
            path: self.string(fields, "path", "output: "),
            template: self.string(fields, "template", "output: "),
        }
    }

    /// Reports keys not in `allowed`; returns the keys it suggested instead.
    fn unknown_keys(
        &mut self,
        table: &DeTable<'_>,
        allowed: &[&'static str],
        place: &str,
    ) -> Vec<&'static str> {
        let mut suggested = Vec::new();
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if allowed.contains(&name) {
                continue;
            }
            let mut diagnostic =
                Diagnostic::new(key.span(), format!("unknown key `{name}` in {place}"));
            diagnostic = match closest(name, allowed) {
                Some(guess) => {
                    suggested.push(guess);
                    diagnostic.help(format!("did you mean `{guess}`?"))
                }
                None => diagnostic.help(format!("expected one of: {}", allowed.join(", "))),
            };
            self.diagnostics.push(diagnostic);
        }
        suggested
    }

    fn string(&mut self, table: &DeTable<'_>, key: &str, prefix: &str) -> Option<Spanned<String>> {
        let (_, value) = lookup(table, key)?;
        match value.get_ref() {
            DeValue::String(text) => Some(Spanned::new(value.span(), text.to_string())),
            other => {
                self.wrong_type(value.span(), prefix, key, "a string", other);
                None
            }
        }
    }

    fn boolean(&mut self, table: &DeTable<'_>, key: &str, prefix: &str) -> Option<Spanned<bool>> {
        let (_, value) = lookup(table, key)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(Spanned::new(value.span(), *b)),
            other => {
                self.wrong_type(value.span(), prefix, key, "true or false", other);
                None
            }
        }
    }

    fn positive_integer(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        prefix: &str,
    ) -> Option<Spanned<u64>> {
        let (_, value) = lookup(table, key)?;
        let parsed = match value.get_ref() {
            DeValue::Integer(int) => u64::from_str_radix(int.as_str(), int.radix())
                .ok()
                .filter(|n| *n > 0),
            other => {
                self.wrong_type(value.span(), prefix, key, "a positive integer", other);
                return None;
            }
        };
        if parsed.is_none() {
            self.diagnostics.push(Diagnostic::new(
                value.span(),
                format!("{prefix}`{key}` must be a positive integer"),
            ));
        }
        parsed.map(|n| Spanned::new(value.span(), n))
    }

    /// The array under `key` (written as `[[key]]`), with the key's span.
    fn array_of_tables<'a, 'i>(
        &mut self,
        table: &'a DeTable<'i>,
        key: &str,
        prefix: &str,
    ) -> Option<(Range<usize>, TablesAt<'a, 'i>)> {
        let (key_span, value) = lookup(table, key)?;
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(
                value.span(),
                prefix,
                key,
                &format!("an array of tables ([[{key}]])"),
                value.get_ref(),
            );
            return None;
        };
        let mut tables = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(fields) => tables.push((item.span(), fields)),
                other => self.wrong_type(item.span(), prefix, key, "a table", other),
            }
        }
        Some((key_span.span(), tables))
    }

    fn json(&mut self, value: &Spanned<DeValue<'_>>, prefix: &str) -> Json {
        match value.get_ref() {
            DeValue::String(s) => Json::String(s.to_string()),
            DeValue::Integer(int) => match i64::from_str_radix(int.as_str(), int.radix()) {
                Ok(n) => Json::from(n),
                Err(_) => {
                    self.diagnostics.push(Diagnostic::new(
                        value.span(),
                        format!("{prefix}integer out of range"),
                    ));
                    Json::Null
                }
            },
            DeValue::Float(float) => {
                let parsed = float.as_str().replace('_', "").parse::<f64>().ok();
                match parsed.and_then(serde_json::Number::from_f64) {
                    Some(n) => Json::Number(n),
                    None => {
                        self.diagnostics.push(Diagnostic::new(
                            value.span(),
                            format!("{prefix}float `{float}` cannot be passed to a plugin (nan and inf are not allowed)"),
                        ));
                        Json::Null
                    }
                }
            }
            DeValue::Boolean(b) => Json::Bool(*b),
            DeValue::Datetime(datetime) => Json::String(datetime.to_string()),
            DeValue::Array(items) => {
                Json::Array(items.iter().map(|item| self.json(item, prefix)).collect())
            }
            DeValue::Table(table) => Json::Object(
                table
                    .iter()
                    .map(|(k, v)| (k.get_ref().to_string(), self.json(v, prefix)))
                    .collect(),
            ),
        }
    }

    fn wrong_type(
        &mut self,
        span: Range<usize>,
        prefix: &str,
        key: &str,
        expected: &str,
        found: &DeValue<'_>,
    ) {
        self.diagnostics.push(Diagnostic::new(
            span,
            format!(
                "{prefix}`{key}` must be {expected}, found {}",
                type_name(found)
            ),
        ));
    }
}

fn lookup<'a, 'i>(
    table: &'a DeTable<'i>,
    key: &str,
) -> Option<(
    &'a Spanned<toml::de::DeString<'i>>,
    &'a Spanned<DeValue<'i>>,
)> {
    table.iter().find(|(k, _)| k.get_ref().as_ref() == key)
}

fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// The allowed key closest to a misspelt one, if it is close enough.
fn closest<'a>(name: &str, allowed: &[&'a str]) -> Option<&'a str> {
    allowed
        .iter()
        .map(|candidate| (edit_distance(name, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= 2.max(candidate.len() / 3))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}
