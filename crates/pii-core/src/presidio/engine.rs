//! Presidio's anonymizer and deanonymizer engines: which of the caller's results survive (same-type
//! overlaps merge, a result inside another is dropped, equal spans keep the higher score), how
//! same-type results separated only by spaces join, and how replacements are laid into the text from
//! the end so that overlapping results compose the way Presidio composes them. Offsets count
//! characters (Python `str` indexes), in and out.

use serde::Serialize;
use serde_json::Value;

use super::operators::{Direction, OperatorSpec};
use super::params::{PyType, as_int, check_type, missing, truthy};
use crate::CoreError;

/// One result a caller sends to `anonymize` (Presidio's `RecognizerResult`).
#[derive(Debug, Clone, PartialEq)]
pub struct AnalyzerResult {
    pub entity_type: String,
    pub start: usize,
    pub end: usize,
    pub score: f64,
}

/// One entity a caller sends to `deanonymize` (Presidio's `OperatorResult` without its text).
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub entity_type: String,
    pub start: usize,
    pub end: usize,
}

/// What one operator did: where its output sits in the new text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OperatorItem {
    pub start: usize,
    pub end: usize,
    pub entity_type: String,
    pub text: String,
    pub operator: String,
}

/// The rewritten text and one item per rewritten entity (in the order they were applied).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EngineResult {
    pub text: String,
    pub items: Vec<OperatorItem>,
}

/// Operators by entity type, with `DEFAULT` for the rest.
pub type Operators = Vec<(String, OperatorSpec)>;

/// Reads `anonymizers`/`deanonymizers`; absent or null means none.
pub fn operators_from_json(v: Option<&Value>) -> Result<Operators, CoreError> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Object(map)) => map.iter().map(|(k, v)| Ok((k.clone(), OperatorSpec::from_json(v)?))).collect(),
        Some(_) => Err(CoreError::Refused("Invalid input, operators must be an object".into())),
    }
}

/// Whether any operator is Presidio's `custom` (code sent by the caller, which is never run).
pub fn has_custom(ops: &Operators) -> bool {
    ops.iter().any(|(_, o)| o.name == "custom")
}

fn span_from_json(v: &Value) -> Result<(String, usize, usize), CoreError> {
    let Value::Object(o) = v else {
        return Err(CoreError::Refused("Invalid input, result must be an object".into()));
    };
    let int = |name: &str| -> Result<i64, CoreError> {
        let v = match o.get(name) {
            None | Some(Value::Null) => return Err(missing("result", name)),
            Some(v) => v,
        };
        check_type(Some(v), name, PyType::Int)?;
        as_int(v).ok_or_else(|| CoreError::Refused(format!("Invalid parameter value for '{name}'.")))
    };
    let start = int("start")?;
    let end = int("end")?;
    let entity_type = match o.get("entity_type") {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(v) if truthy(v) => super::params::py_str(v),
        _ => return Err(missing("result", "entity_type")),
    };
    if start < 0 || end < 0 {
        return Err(CoreError::Refused("Invalid input, result start and end must be positive".into()));
    }
    if start > end {
        return Err(CoreError::Refused(format!("Invalid input, start index '{start}' must be smaller than end index '{end}'")));
    }
    Ok((entity_type, usize::try_from(start).unwrap_or(usize::MAX), usize::try_from(end).unwrap_or(usize::MAX)))
}

impl AnalyzerResult {
    /// Reads one `analyzer_results` entry with Presidio's checks and messages.
    pub fn from_json(v: &Value) -> Result<Self, CoreError> {
        let (entity_type, start, end) = span_from_json(v)?;
        let score = match v.get("score") {
            None | Some(Value::Null) => return Err(missing("analyzer result", "score")),
            Some(s) => s.as_f64().ok_or_else(|| CoreError::Refused("Invalid parameter value for 'score'.".into()))?,
        };
        Ok(AnalyzerResult { entity_type, start, end, score })
    }

    fn intersects(&self, o: &Self) -> bool {
        // Touching spans do not intersect.
        self.end.min(o.end) > self.start.max(o.start)
    }

    fn contains(&self, o: &Self) -> bool {
        self.start <= o.start && self.end >= o.end
    }

    /// Presidio's rule: an equal span loses when its score is not higher; otherwise a result
    /// conflicts when another contains it.
    fn has_conflict(&self, o: &Self) -> bool {
        if self.start == o.start && self.end == o.end {
            return self.score <= o.score;
        }
        o.contains(self)
    }
}

impl Entity {
    /// Reads one `anonymizer_results` entry.
    pub fn from_json(v: &Value) -> Result<Self, CoreError> {
        let (entity_type, start, end) = span_from_json(v)?;
        Ok(Entity { entity_type, start, end })
    }
}

/// Anonymizes `text`; `entropy` fills IVs and salts (the caller's random source).
pub fn anonymize(
    text: &str,
    results: &[AnalyzerResult],
    operators: &Operators,
    entropy: &mut dyn FnMut(&mut [u8]),
) -> Result<EngineResult, CoreError> {
    let mut sorted = results.to_vec();
    sorted.sort_by_key(|r| (r.start, r.end));
    let kept = remove_conflicts(sorted);
    let chars: Vec<char> = text.chars().collect();
    let merged = merge_space_separated(&chars, kept);
    let default = OperatorSpec::default_replace();
    let spans: Vec<(String, usize, usize)> = merged.into_iter().map(|r| (r.entity_type, r.start, r.end)).collect();
    // Results compare by start, then end; equal ones keep their order, reversed.
    let order = |a: &(String, usize, usize)| (a.1, a.2);
    operate(&chars, spans, order, operators, Some(&default), Direction::Anonymize, entropy)
}

/// Restores values with `decrypt` (or keeps them with `deanonymize_keep`).
pub fn deanonymize(text: &str, entities: &[Entity], operators: &Operators) -> Result<EngineResult, CoreError> {
    let chars: Vec<char> = text.chars().collect();
    let spans: Vec<(String, usize, usize)> = entities.iter().map(|e| (e.entity_type.clone(), e.start, e.end)).collect();
    // Operator results compare by start only.
    let order = |a: &(String, usize, usize)| (a.1, 0);
    operate(&chars, spans, order, operators, None, Direction::Deanonymize, &mut |_: &mut [u8]| {})
}

/// Merges overlapping results of one type into the later one, then drops results that another
/// contains (or that tie on span with a score no higher), in Presidio's order of visiting, which
/// decides the outcome when several rules apply.
fn remove_conflicts(results: Vec<AnalyzerResult>) -> Vec<AnalyzerResult> {
    // An arena, because a merge widens a result that the outer loop visits later.
    let mut arena = results;
    let mut others: Vec<usize> = (0..arena.len()).collect();
    let mut survivors: Vec<usize> = Vec::new();
    for i in 0..arena.len() {
        remove_first_equal(&mut others, &arena, i);
        let mut merged = false;
        for &j in &others {
            if arena[j].entity_type != arena[i].entity_type || !arena[i].intersects(&arena[j]) {
                continue;
            }
            let (s, e, sc) = (arena[i].start.min(arena[j].start), arena[i].end.max(arena[j].end), arena[i].score.max(arena[j].score));
            arena[j].start = s;
            arena[j].end = e;
            arena[j].score = sc;
            merged = true;
            break;
        }
        if !merged {
            others.push(i);
            survivors.push(i);
        }
    }
    let mut others = survivors.clone();
    let mut unique = Vec::new();
    for &i in &survivors {
        remove_first_equal(&mut others, &arena, i);
        if !others.iter().any(|&j| arena[i].has_conflict(&arena[j])) {
            others.push(i);
            unique.push(arena[i].clone());
        }
    }
    unique
}

/// Python's `list.remove`: the first element equal by value, which may be a twin of `i`.
fn remove_first_equal(list: &mut Vec<usize>, arena: &[AnalyzerResult], i: usize) {
    if let Some(pos) = list.iter().position(|&j| arena[j] == arena[i]) {
        list.remove(pos);
    }
}

fn merge_space_separated(chars: &[char], results: Vec<AnalyzerResult>) -> Vec<AnalyzerResult> {
    let mut merged: Vec<AnalyzerResult> = Vec::with_capacity(results.len());
    let mut prev: Option<AnalyzerResult> = None;
    for mut r in results {
        if let Some(p) = &prev {
            let gap = chars.get(p.end..r.start.max(p.end)).unwrap_or(&[]);
            if p.entity_type == r.entity_type && !gap.is_empty() && gap.iter().all(|&c| c == ' ') {
                if let Some(pos) = merged.iter().position(|m| m == p) {
                    merged.remove(pos);
                }
                r.start = p.start;
            }
        }
        merged.push(r.clone());
        prev = Some(r);
    }
    merged
}

fn operate(
    chars: &[char],
    mut spans: Vec<(String, usize, usize)>,
    order: impl Fn(&(String, usize, usize)) -> (usize, usize),
    operators: &Operators,
    default: Option<&OperatorSpec>,
    direction: Direction,
    entropy: &mut dyn FnMut(&mut [u8]),
) -> Result<EngineResult, CoreError> {
    // `sorted(reverse=True)` keeps equal elements in their original order, as a stable sort does.
    spans.sort_by_key(|s| std::cmp::Reverse(order(s)));
    let mut output: Vec<char> = chars.to_vec();
    let mut last_replacement = chars.len();
    let mut applied: Vec<(OperatorItem, usize)> = Vec::with_capacity(spans.len());
    for (entity_type, start, end) in spans {
        if start > chars.len() || end > chars.len() {
            return Err(CoreError::Refused(format!(
                "Invalid analyzer result, start: {start} and end: {end}, while text length is only {}.",
                chars.len()
            )));
        }
        let original: String = chars[start..end].iter().collect();
        let spec = operators
            .iter()
            .find(|(k, _)| *k == entity_type)
            .or_else(|| operators.iter().find(|(k, _)| k == "DEFAULT"))
            .map(|(_, s)| s)
            .or(default)
            .ok_or_else(|| CoreError::Refused(format!("Invalid input, no operator for entity type {entity_type} and no DEFAULT")))?;
        let changed = spec.apply(direction, &original, &entity_type, entropy)?;
        let cut = end.min(last_replacement);
        last_replacement = start;
        let before = output.len().min(start);
        let after: Vec<char> = output.get(cut..).map(<[char]>::to_vec).unwrap_or_default();
        let changed_chars: Vec<char> = changed.chars().collect();
        let from_end = after.len() + changed_chars.len();
        output.truncate(before);
        output.extend_from_slice(&changed_chars);
        output.extend_from_slice(&after);
        applied.push((OperatorItem { start: 0, end: 0, entity_type, text: changed, operator: spec.name.clone() }, from_end));
    }
    let len = output.len();
    let items = applied
        .into_iter()
        .map(|(mut item, from_end)| {
            item.start = len.saturating_sub(from_end);
            item.end = item.start + item.text.chars().count();
            item
        })
        .collect();
    Ok(EngineResult { text: output.into_iter().collect(), items })
}

#[cfg(test)]
mod tests;
