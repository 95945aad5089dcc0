//! A chat pasted without its times: each message opens with its speaker's name alone on a line,
//! after a blank line (`Lutgart Daems` above `Bijna, ik mis nog de omzet …`), as a Teams or Slack
//! conversation copied as text reads. One such line could be any heading or signature; a
//! conversation has several and repeats its speakers, so a document with three or more such blocks,
//! one speaker among them twice, names its people there, whatever the lists know of the names.

use crate::cand::{Cands, Ent, evidence, parse_name};
use crate::doc::{Doc, Shape};
use crate::rules;

/// Score: a column of speakers, as the timed display-name lines.
const SCORE: f32 = 0.85;

/// The name lines of a conversation made of blocks.
pub(super) fn speaker_blocks(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        if opens_block(doc, i, le) {
            lines.push((i, le));
        }
        i = le.max(i + 1);
    }
    if lines.len() < 3 {
        return;
    }
    let text = |&(a, b): &(usize, usize)| &doc.text[doc.toks[a].start..doc.toks[b - 1].end];
    let repeated = lines.iter().enumerate().any(|(k, l)| lines[..k].iter().any(|m| text(m) == text(l)));
    let distinct = lines.iter().any(|l| text(l) != text(&lines[0]));
    if repeated && distinct {
        for &(a, b) in &lines {
            out.push(a, b, Ent::Person, SCORE);
        }
    }
}

/// Line `i..le` stands after a blank line (or opens the text), holds one to three capitalised
/// name words and nothing else, no common word among them, and a message follows on the next line.
fn opens_block(doc: &Doc<'_>, i: usize, le: usize) -> bool {
    let n = doc.toks.len();
    let t = &doc.toks[i];
    let after_blank = i == 0 || doc.toks[i - 1].line + 1 < t.line;
    let message_next = le < n && doc.toks[le].line == doc.toks[le - 1].line + 1;
    if !t.line_start || !after_blank || !message_next || t.shape != Shape::Cap {
        return false;
    }
    let Some((e, words)) = parse_name(doc, i, 3, false) else { return false };
    if e != le || words == 0 || crate::structure::classify_key(&doc.text[t.start..doc.toks[e - 1].end]).is_some() {
        return false;
    }
    let flagged =
        rules::F_FUNCTION_WORD | rules::F_CALENDAR | rules::F_ROLES | rules::F_TITLES | rules::F_GREETINGS | rules::F_CLOSING_WORD;
    evidence(doc, i, e).wordy == 0 && !doc.toks[i..e].iter().any(|u| u.rf(flagged))
}

#[cfg(test)]
mod tests {
    use super::speaker_blocks;
    use crate::lexicon::Lexicon;
    use crate::tests::rule_values;

    #[test]
    fn the_name_lines_of_a_conversation_in_blocks_are_its_speakers() {
        let lex = Lexicon::from_rows(&[], &[]);
        let chat = "Yusuf Kalpoe\nGoedemorgen! Zijn de cijfers al binnen?\n\nLutgart Daems\nBijna, ik mis nog de omzet.\n\n\
                    Yusuf Kalpoe\nHidde, heb jij die?\n\nHidde Nuyts\nJa, stuur ik je zo door.\n";
        let found = rule_values(&lex, chat, speaker_blocks);
        assert_eq!(found, ["Yusuf Kalpoe", "Lutgart Daems", "Yusuf Kalpoe", "Hidde Nuyts"]);
        // Negative: headings over paragraphs, none repeated, are no conversation.
        let sections = "Introductie\nDit document beschrijft de werkwijze.\n\nWerkwijze Bestaand\nWe werken in drie stappen.\n\n\
                        Afsluiting\nVragen kunnen per mail.\n";
        assert!(rule_values(&lex, sections, speaker_blocks).is_empty());
        // Negative: fewer than three blocks.
        assert!(rule_values(&lex, "Lutgart Daems\nBijna klaar.\n\nLutgart Daems\nKlaar.\n", speaker_blocks).is_empty());
    }
}
