//! Conflict resolution between candidate spans of all recognizers.
//!
//! Deterministic: candidates are ranked by score (higher first), then length (longer first), then
//! entity priority (specific, checksummed identifiers before generic shapes), then position and
//! type name; each is kept if it overlaps nothing kept before. Kept spans of one type that touch, or
//! (for types from outside the built-in set, such as names) are separated by one joiner character,
//! are merged into one span.

use std::collections::BTreeMap;

use super::Span;
use super::kind::entity_priority;

/// Sorted, non-overlapping spans from `spans` (byte offsets into `text`).
pub(crate) fn resolve(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    if spans.len() <= 1 {
        return spans;
    }
    // Recognizers report mostly in text order, so this sort is close to linear.
    spans.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    // Most texts have no overlapping candidates at all: every cluster would be a single span.
    if spans.windows(2).all(|w| w[0].end <= w[1].start) {
        return merge_adjacent(text, spans);
    }
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let mut cluster: Vec<Span> = Vec::new();
    let mut cluster_end = 0;
    for s in spans {
        if !cluster.is_empty() && s.start >= cluster_end {
            settle(&mut cluster, &mut out);
        }
        cluster_end = if cluster.is_empty() { s.end } else { cluster_end.max(s.end) };
        cluster.push(s);
    }
    settle(&mut cluster, &mut out);
    merge_adjacent(text, out)
}

/// Resolves one cluster of transitively overlapping spans into `out` (in text order), emptying it.
fn settle(cluster: &mut Vec<Span>, out: &mut Vec<Span>) {
    if cluster.len() == 1 {
        out.append(cluster);
        return;
    }
    // Sort keys are computed once: priority lookups compare strings.
    let mut keyed: Vec<(u8, Span)> = cluster.drain(..).map(|s| (entity_priority(&s.entity_type), s)).collect();
    keyed.sort_by(|(pa, a), (pb, b)| {
        b.score
            .total_cmp(&a.score)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(pa.cmp(pb))
            .then(a.start.cmp(&b.start))
            .then(a.entity_type.cmp(&b.entity_type))
    });
    // Kept intervals by start; overlap checks look at the neighbours only.
    let mut kept: BTreeMap<usize, Span> = BTreeMap::new();
    for (_, s) in keyed {
        let clash_before = kept.range(..s.end).next_back().is_some_and(|(_, k)| k.end > s.start);
        if !clash_before {
            kept.insert(s.start, s);
        }
    }
    out.extend(kept.into_values());
}

fn merge_adjacent(text: &str, mut spans: Vec<Span>) -> Vec<Span> {
    // In place: spans are sorted, so each one either extends the last kept one or is kept.
    let mut kept = 0;
    for i in 0..spans.len() {
        if kept > 0 {
            let (head, tail) = spans.split_at_mut(i);
            let (last, s) = (&mut head[kept - 1], &tail[0]);
            if last.entity_type == s.entity_type && joinable(text, last, s) {
                last.end = s.end;
                last.score = last.score.max(s.score);
                continue;
            }
        }
        spans.swap(kept, i);
        kept += 1;
    }
    spans.truncate(kept);
    spans
}

fn joinable(text: &str, a: &Span, b: &Span) -> bool {
    if a.end == b.start {
        return true;
    }
    if super::kind::is_structured(&a.entity_type) {
        return false;
    }
    let gap = text.get(a.end..b.start).unwrap_or("");
    matches!(gap, "-" | "'" | "\u{2019}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::EntityType;

    fn span(e: EntityType, start: usize, end: usize, score: f32) -> Span {
        Span { entity_type: e, start, end, score }
    }

    #[test]
    fn higher_score_then_longer_then_priority_wins() {
        let text = "x".repeat(40);
        let r = resolve(
            &text,
            vec![
                span(EntityType::PHONE_NUMBER, 0, 12, 0.6),
                span(EntityType::UK_NHS, 0, 12, 0.95),
                span(EntityType::US_BANK_NUMBER, 20, 30, 0.5),
                span(EntityType::PHONE_NUMBER, 20, 30, 0.5),
                span(EntityType::US_SSN, 22, 25, 0.5),
            ],
        );
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].entity_type, EntityType::UK_NHS);
        assert_eq!(r[1].entity_type, EntityType::PHONE_NUMBER);
    }

    #[test]
    fn name_pieces_joined_by_a_hyphen_merge() {
        let text = "Okonkwo-Hale";
        let r = resolve(text, vec![span(EntityType::PERSON, 0, 7, 0.8), span(EntityType::PERSON, 8, 12, 0.7)]);
        assert_eq!(r, vec![span(EntityType::PERSON, 0, 12, 0.8)]);
        let text = "555-0142-555-0143";
        let r = resolve(text, vec![span(EntityType::PHONE_NUMBER, 0, 8, 0.8), span(EntityType::PHONE_NUMBER, 9, 17, 0.7)]);
        assert_eq!(r.len(), 2);
    }
}
