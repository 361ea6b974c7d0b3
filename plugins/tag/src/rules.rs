use std::ops::Range;

use regex::Regex;

/// One entity found in the text (byte span).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub label: &'static str,
    pub span: Range<usize>,
    pub attributes: Vec<(&'static str, String)>,
}

/// Compiled patterns; build once per plugin instance.
pub struct Rules {
    legal_ref: Regex,
    date: Regex,
    person: Regex,
    location: Regex,
}

/// Kinds of numbered documents, as written in running text.
const DOCUMENT_KINDS: &str = "Nghị quyết|Quyết định|Chỉ thị|Kết luận|Công văn|Thông tư|Nghị định|Kế hoạch|Đề án|Chương trình|Thông báo|Quy định|Hướng dẫn|Luật";
/// A capitalised Vietnamese syllable.
const SYLLABLE: &str = r"\p{Lu}\p{Ll}*";

impl Rules {
    pub fn new() -> Self {
        let name = format!(r"{SYLLABLE}(?: {SYLLABLE}){{1,3}}");
        Rules {
            legal_ref: Regex::new(&format!(
                r"(?:{DOCUMENT_KINDS})(?: số)? (\d+)(?:/(\d{{4}}))?(?: ?[-–] ?|/)([\p{{Lu}}Đ][\p{{Lu}}Đ&]*(?:[-/][\p{{Lu}}Đ][\p{{Lu}}Đ0-9&]*)*)"
            ))
            .expect("valid legal reference pattern"),
            date: Regex::new(
                r"(?i:ngày )?\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b|(?:[Nn]gày )(\d{1,2})[/-](\d{1,2})\b|(?:[Tt]háng )(\d{1,2})/(\d{4})\b|(?:[Nn]ăm )(\d{4})\b|(?:[Nn]hiệm kỳ |[Gg]iai đoạn )(\d{4}) ?[-–] ?(\d{4})\b",
            )
            .expect("valid date pattern"),
            person: Regex::new(&format!(r"(?:\b[Ôô]ng |\b[Bb]à |[Đđ]ồng chí |Ảnh: )({name})")).expect("valid person pattern"),
            location: Regex::new(&format!(
                r"\b(tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn) ({SYLLABLE}(?: {SYLLABLE}){{0,2}})"
            ))
            .expect("valid location pattern"),
        }
    }

    /// All entities in `text`, sorted, without overlaps (longer wins).
    pub fn find(&self, text: &str) -> Vec<Match> {
        let mut found = Vec::new();
        for caps in self.legal_ref.captures_iter(text) {
            let whole = caps.get(0).expect("match");
            let mut attributes = vec![
                ("kind", kind_of(whole.as_str()).to_string()),
                ("number", caps[1].to_string()),
            ];
            if let Some(year) = caps.get(2) {
                attributes.push(("year", year.as_str().to_string()));
            }
            attributes.push(("issuer", caps[3].to_string()));
            found.push(Match {
                label: "LEGAL_REF",
                span: whole.range(),
                attributes,
            });
        }
        for caps in self.date.captures_iter(text) {
            let whole = caps.get(0).expect("match");
            let mut attributes = Vec::new();
            let num = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            if let (Some(d), Some(m), Some(y)) = (num(1), num(2), num(3)) {
                if (1..=31).contains(&d) && (1..=12).contains(&m) {
                    attributes.push(("iso", format!("{y:04}-{m:02}-{d:02}")));
                } else {
                    continue;
                }
            } else if let (Some(m), Some(y)) = (num(6), num(7)) {
                if !(1..=12).contains(&m) {
                    continue;
                }
                attributes.push(("iso", format!("{y:04}-{m:02}")));
            } else if let Some(y) = num(8) {
                attributes.push(("iso", format!("{y:04}")));
            } else if let (Some(d), Some(m)) = (num(4), num(5))
                && (!(1..=31).contains(&d) || !(1..=12).contains(&m))
            {
                continue;
            }
            found.push(Match {
                label: "DATE",
                span: whole.range(),
                attributes,
            });
        }
        for caps in self.person.captures_iter(text) {
            let name = caps.get(1).expect("group");
            found.push(Match {
                label: "PERSON",
                span: name.range(),
                attributes: Vec::new(),
            });
        }
        for caps in self.location.captures_iter(text) {
            let place = caps.get(2).expect("group");
            found.push(Match {
                label: "LOCATION",
                span: place.range(),
                attributes: vec![("level", caps[1].to_string())],
            });
        }
        resolve_overlaps(found)
    }
}

impl Default for Rules {
    fn default() -> Self {
        Rules::new()
    }
}

fn kind_of(reference: &str) -> &str {
    DOCUMENT_KINDS
        .split('|')
        .find(|kind| reference.starts_with(kind))
        .unwrap_or("")
}

/// Keeps the longest of overlapping matches (earliest on ties).
fn resolve_overlaps(mut found: Vec<Match>) -> Vec<Match> {
    found.sort_by(|a, b| (b.span.len(), a.span.start).cmp(&(a.span.len(), b.span.start)));
    let mut kept: Vec<Match> = Vec::new();
    for candidate in found {
        if kept
            .iter()
            .all(|k| candidate.span.end <= k.span.start || candidate.span.start >= k.span.end)
        {
            kept.push(candidate);
        }
    }
    kept.sort_by_key(|m| m.span.start);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(text: &str) -> Vec<(&'static str, String)> {
        Rules::new()
            .find(text)
            .into_iter()
            .map(|m| (m.label, text[m.span].to_string()))
            .collect()
    }

    #[test]
    fn legal_references_keep_kind_and_number() {
        let text =
            "Thực hiện Nghị quyết số 27-NQ/TW và Quyết định 2417/QĐ-UBND, Nghị định 43/2019/NĐ-CP.";
        assert_eq!(
            tagged(text),
            vec![
                ("LEGAL_REF", "Nghị quyết số 27-NQ/TW".to_string()),
                ("LEGAL_REF", "Quyết định 2417/QĐ-UBND".to_string()),
                ("LEGAL_REF", "Nghị định 43/2019/NĐ-CP".to_string()),
            ]
        );
        let found = Rules::new().find(text);
        assert!(found[2].attributes.contains(&("year", "2019".to_string())));
        assert!(
            found[0]
                .attributes
                .contains(&("kind", "Nghị quyết".to_string()))
        );
    }

    #[test]
    fn dates_with_iso_values_and_no_fractions() {
        let found =
            Rules::new().find("Ngày 7/11/2021 và tháng 3/2022, năm 2020; 12/30 xã đạt chuẩn.");
        let dates: Vec<_> = found.iter().map(|m| m.attributes[0].1.as_str()).collect();
        assert_eq!(dates, vec!["2021-11-07", "2022-03", "2020"]);
    }

    #[test]
    fn people_after_honorifics_and_places_without_admin_word() {
        assert_eq!(
            tagged("Ông Trương Minh Khoa đến huyện Krông Pắc, tỉnh Đắk Lắk."),
            vec![
                ("PERSON", "Trương Minh Khoa".to_string()),
                ("LOCATION", "Krông Pắc".to_string()),
                ("LOCATION", "Đắk Lắk".to_string()),
            ]
        );
    }
}
