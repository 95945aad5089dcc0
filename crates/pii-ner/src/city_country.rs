//! A town and its country or region after a comma are one place: `Kumasi, Ghana`, `Chiang Mai,
//! Thailand`, `Belo Horizonte, Brazil`. The gazetteer finds each half alone; written together
//! they name one place, and a redaction that leaves the comma between two boxes says no more than
//! one box over both.

use crate::address::place_at;
use crate::cand::{Cand, Ent};
use crate::doc::Doc;
use crate::lexicon::{Lexicon, PlaceKind};

/// Joins every town candidate followed by `, ` and a country or region candidate on the same line.
pub(crate) fn join(doc: &Doc<'_>, lex: &Lexicon, kept: &mut Vec<Cand>) {
    kept.sort_by_key(|c| c.a);
    let mut i = 0;
    while i + 1 < kept.len() {
        let (x, y) = (&kept[i], &kept[i + 1]);
        let comma = y.a == x.b + 1 && doc.toks[x.b].is_punct(',') && doc.toks[x.b].glued();
        let same_line = comma && !doc.toks[y.a].line_start && !doc.toks[y.a].wide_gap_before && doc.toks[y.a].space_before;
        // A press release's dateline writes the town in capitals before its country (`LEEDS,
        // Tanzania - 06/07/2026`): two places named, as the release means them.
        let dateline = doc.toks[x.a..x.b].iter().all(|t| !t.is_word() || t.shape == crate::doc::Shape::Upper);
        let town = x.ent == Ent::Location && !dateline && place_at(doc, lex, x.a, x.b).is_some_and(|p| p.kind == PlaceKind::City);
        let country = y.ent == Ent::Location && place_at(doc, lex, y.a, y.b).is_some_and(|p| p.kind != PlaceKind::City);
        if same_line && town && country {
            let merged = Cand { b: y.b, score: x.score.max(y.score), ..*x };
            kept[i] = merged;
            kept.remove(i + 1);
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cand::Rule;

    #[test]
    fn a_town_and_its_country_after_a_comma_are_one_place() {
        let lex = Lexicon::from_rows(
            &[],
            &[("Kumasi", PlaceKind::City, 2_000_000), ("Ghana", PlaceKind::Country, 30_000_000), ("Kenya", PlaceKind::Country, 50_000_000)],
        );
        let joined = |text: &str, spans: &[(usize, usize)]| {
            let doc = Doc::new(text, &lex);
            let mut kept: Vec<Cand> =
                spans.iter().map(|&(a, b)| Cand { a, b, ent: Ent::Location, score: 0.7, rule: Rule::Gazetteer }).collect();
            join(&doc, &lex, &mut kept);
            kept.iter().map(|c| doc.text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_owned()).collect::<Vec<_>>()
        };
        assert_eq!(joined("born in Kumasi, Ghana today", &[(2, 3), (4, 5)]), ["Kumasi, Ghana"]);
        // Negatives: two countries in a list, a line break between them, and a dateline's town in
        // capitals.
        assert_eq!(joined("KUMASI, Ghana - 06/07/2026", &[(0, 1), (2, 3)]), ["KUMASI", "Ghana"]);
        assert_eq!(joined("Kenya, Ghana", &[(0, 1), (2, 3)]), ["Kenya", "Ghana"]);
        assert_eq!(joined("Kumasi,\nGhana", &[(0, 1), (2, 3)]), ["Kumasi", "Ghana"]);
    }
}
