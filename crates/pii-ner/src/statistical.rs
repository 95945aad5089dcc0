//! The statistical half: spaCy's NER network (ported, [`crate::spacy`]) run on the capitalised
//! words the rules left open, its entities added as candidates below the rules' own scores.

use crate::cand::{Cand, Cands, Ent};
use crate::doc::{Doc, Kind, Shape};
use crate::spacy::SpacyNer;

/// Score of a statistical candidate: below every rule with context, above nothing.
const SCORE: f32 = 0.55;

/// Common words of the segment's language (German `Rechnung`, Spanish `Fecha`): capitalised, but
/// no name the network need look at. English has none here: its word list is the lexicon's.
pub(crate) type Common<'a> = Option<&'a crate::common::WordList>;

/// Runs the network around capitalised words that no confident candidate covers.
pub(crate) fn find(doc: &Doc<'_>, net: &SpacyNer, taken: &[Cand], common: Common<'_>, out: &mut Cands) {
    let focus = focus(doc, taken, common);
    if focus.is_empty() {
        return;
    }
    accept(doc, net.entities_near(doc.text, &focus), out);
}

/// Byte ranges of open capitalised rare words, merged when close.
pub(crate) fn focus(doc: &Doc<'_>, taken: &[Cand], common: Common<'_>) -> Vec<(usize, usize)> {
    let n = doc.toks.len();
    let covered = crate::cand::covered(n, taken.iter().map(|c| (c.a, c.b)));
    // Focus ranges: runs of open capitalised words, merged when close.
    let mut focus: Vec<(usize, usize)> = Vec::new();
    for (i, t) in doc.toks.iter().enumerate() {
        if covered[i] || t.masked || t.kind != Kind::Word || !matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Other) {
            continue;
        }
        if doc.in_fenced_code(i) {
            continue;
        }
        if !doc.text[t.start..t.end].chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        // Only rare words (unknown names, foreign names, company coinages) and clear names the
        // rules left open: the network's findings are kept only when they hold one (see below).
        if !rare(t) || (t.shape == Shape::Upper && (t.char_len() <= 3 || doc.line_is_upper(i))) {
            continue;
        }
        // Rare in English but common in the segment's language (`Fecha`, `Rechnung`), and no name
        // the census knows: a sentence's first word or a noun, which the network need not read.
        let ordinary = common.is_some_and(|list| {
            crate::common::zipf_in(list, &t.lower).is_some_and(|z| z >= crate::common::FOCUS_ZIPF)
                || crate::common::ordinary_compound(list, &t.lower)
        });
        if ordinary && !t.wordinfo().is_census() {
            continue;
        }
        // Field names (`Vorname`; `Geburtsdatum` in a CSV header row): whatever the network makes
        // of them is dropped below or is no value, so it need not run.
        if crate::structure::classify_key(doc.tok_text(i)).is_some()
            || crate::structure::in_header_row(doc, i)
            || crate::structure::column_heading(doc, i)
        {
            continue;
        }
        // A label (`Geburtsdatum:`): an entity ending there is dropped below as a label.
        if doc.toks.get(i + 1).is_some_and(|u| u.is_punct(':') && u.glued()) {
            continue;
        }
        match focus.last_mut() {
            Some(last) if t.start <= last.1 + 24 => last.1 = t.end,
            _ => focus.push((t.start, t.end)),
        }
    }
    focus
}

fn accept(doc: &Doc<'_>, ents: Vec<crate::spacy::SpacyEntity>, out: &mut Cands) {
    let n = doc.toks.len();
    for e in ents {
        let Some(ent) = e.kind() else { continue };
        let mut a = doc.toks.partition_point(|t| t.end <= e.start);
        let mut b = doc.toks.partition_point(|t| t.start < e.end);
        // A name ends with its line: the network reads across line breaks (`Thijs van Dam` /
        // `Ontvangen door:` became one name).
        if let Some(k) = (a + 1..b).find(|&k| doc.toks[k].line_start) {
            b = k;
        }
        // spaCy's spans often open with the article (`the Saltmere Community Centre`) or, in a
        // language it does not know, any lower-case word before the capital (`che la Tonini`); a
        // name opens with no lower-case word but its particle (`van der Berg`, `de la Cruz`).
        while a + 1 < b && doc.toks[a].shape == Shape::Lower && opens_no_name(&doc.toks[a]) {
            a += 1;
        }
        // Nor does a name end in a lower-case word: the network's span ran on into the sentence
        // (`Ieri ho` for `Ieri ho parlato`, `de Levering van de`).
        while b > a + 1 && doc.toks[b - 1].kind == Kind::Word && doc.toks[b - 1].shape == Shape::Lower {
            b -= 1;
        }
        // A title stays outside the person, as the rules leave it (`Mme M. d'Aguiar`); not a
        // letter that may be a title or an initial (French `M. Durand`), which the network read.
        if ent == Ent::Person && b > a + 1 && doc.toks[a].char_len() > 1 {
            a = crate::cand::skip_title(doc, a).min(b - 1);
        }
        if a >= b || doc.toks[a..b].iter().any(|t| t.masked) {
            continue;
        }
        // The network's usual mistakes in documents: codes and numbers, lone acronyms.
        if doc.toks[a..b].iter().any(|t| matches!(t.kind, Kind::Num | Kind::Alnum)) {
            continue;
        }
        let words: Vec<usize> = (a..b).filter(|&k| doc.toks[k].kind == Kind::Word).collect();
        if words.is_empty() || (words.len() == 1 && doc.toks[words[0]].shape == Shape::Upper && doc.toks[words[0]].char_len() <= 4) {
            continue;
        }
        if words.iter().all(|&k| doc.toks[k].shape == Shape::Lower || doc.toks[k].rf(crate::rules::F_CALENDAR)) {
            continue;
        }
        // The network knows English prose, not forms: keep what has a word that is no common
        // English word (a name, an unknown word), outside labels and headings.
        let uncommon = words.iter().any(|&k| rare(&doc.toks[k]));
        // A lone first name is a person, not an organisation (`approved by Grace`).
        if ent == Ent::Org && words.len() == 1 && doc.toks[words[0]].wordinfo().is_first() {
            continue;
        }
        let label = b < n && doc.toks[b].is_punct(':');
        // Field names in a language the network does not know (`Vorname,Nachname` in a CSV header).
        let field_names = words.iter().all(|&k| crate::structure::classify_key(doc.tok_text(k)).is_some());
        if !uncommon || label || field_names || doc.line_is_upper(a) {
            continue;
        }
        // Code, not names: identifiers with an inner capital (`SemVer`, `ResolveGraph`,
        // `Reset-ForegroundColor`) and words written as code (`` `Set-Alias` ``, `$OutputEncoding`).
        if words.iter().any(|&k| code_identifier(doc.tok_text(k))) || written_as_code(doc, a, b) {
            continue;
        }
        // A heading and the paragraph under it are not one name (`Jobserver` / blank line / `Cargo`).
        if (a + 1..b).any(|k| doc.toks[k].line > doc.toks[k - 1].line + 1) {
            continue;
        }
        out.push(a, b, ent, SCORE);
    }
}

/// A lower-case word that no name opens with: an article, or any word but a name particle.
fn opens_no_name(t: &crate::doc::Token<'_>) -> bool {
    matches!(&*t.lower, "the" | "a" | "an") || crate::rules::ARTICLES.contains(&&*t.lower) || !t.rf(crate::rules::F_PARTICLES)
}

/// Byte ranges of Markdown fenced code blocks (between lines that start with three backticks or
/// tildes): commands and code, where the network's English-prose judgement of capitalised words
/// does not hold. The rules still read them (a name in a config file is still found by its label).
pub(crate) fn fenced_code(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if !text.contains("```") && !text.contains("~~~") {
        return out;
    }
    let mut open: Option<usize> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            match open.take() {
                Some(a) => out.push((a, pos + line.len())),
                None => open = Some(pos),
            }
        }
        pos += line.len();
    }
    out
}

/// A word with a capital right after a lower-case letter (`SemVer`, `GNUmakefile` is not one but
/// `ForegroundColor` is), other than the name prefixes that have one (`McDonald`, `MacArthur`,
/// `DeShawn`, `LaToya`, `DiCaprio`, `VanDyke`, `FitzGerald`).
pub(crate) fn code_identifier(word: &str) -> bool {
    const NAME_PREFIXES: &[&str] = &["Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Lo", "Van", "Von", "Fitz", "St"];
    let b = word.as_bytes();
    (1..b.len()).any(|p| {
        b[p].is_ascii_uppercase() && b[p - 1].is_ascii_lowercase() && {
            // The letters since the last non-letter (a hyphen starts a new part).
            let part_start = word[..p].rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + 1);
            !NAME_PREFIXES.contains(&&word[part_start..p])
        }
    })
}

/// Tokens `a..b` written right after a backtick or `$`, or right before a backtick.
pub(crate) fn written_as_code(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let before = a > 0 && !doc.toks[a].space_before && (doc.toks[a - 1].is_punct('`') || doc.toks[a - 1].is_punct('$'));
    let after = b < doc.toks.len() && !doc.toks[b].space_before && doc.toks[b].is_punct('`');
    before || after
}

/// A capitalised word that is rare in English text or clearly a name; all-caps words only if
/// they are names (else they are codes and acronyms); hyphenated words only if no part is common.
fn rare(t: &crate::doc::Token<'_>) -> bool {
    let w = t.wordinfo();
    // Greetings, closings and role nouns (`Hola`, `Cordiali`, `Patientin`) are no entities.
    if t.shape == Shape::Lower
        || t.rf(crate::rules::F_CALENDAR | crate::rules::F_GREETINGS | crate::rules::F_CLOSING_WORD | crate::rules::F_ROLE_NOUN)
    {
        return false;
    }
    if t.shape == Shape::Upper {
        return w.is_name() && w.ambiguity() < 0.015;
    }
    if t.info.is_none() && t.lower.contains('-') {
        return false; // `Follow-up`, `Smith-Lynch`: the rules judge compounds
    }
    (w.zipf < 2.0 && !w.is_census()) || (w.is_name() && w.ambiguity() < 0.015)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fenced_code_blocks_are_found_and_an_unclosed_fence_covers_nothing() {
        let text = "Run it:\n\n```\n$ rg Foo\n```\n\nText by Anna.\n```sh\nno end";
        let f = fenced_code(text);
        assert_eq!(f.len(), 1);
        assert_eq!(&text[f[0].0..f[0].1], "```\n$ rg Foo\n```\n");
        assert!(fenced_code("no fences here, Anna").is_empty());
    }

    #[test]
    fn the_languages_common_words_are_no_focus_but_its_names_are() {
        let lex = crate::lexicon::Lexicon::from_rows(&[("wagner", 2.0, 0.0, 0.02)], &[]);
        let text = "Fecha de alta: 3 de marzo. Teléfono del cliente Wagner y Okonkwo.";
        let doc = Doc::new(text, &lex);
        let common: crate::common::WordList =
            [("fecha", 5.0), ("teléfono", 4.5), ("wagner", 3.0), ("okonkwo", 1.0)].into_iter().map(|(w, z)| (Box::from(w), z)).collect();
        let words = |f: Vec<(usize, usize)>| f.iter().map(|&(a, b)| text[a..b].to_owned()).collect::<Vec<_>>().join(" ");
        let with = words(focus(&doc, &[], Some(&common)));
        assert!(!with.contains("Fecha") && !with.contains("Teléfono"), "{with}");
        // Negative: a census name stays in focus though the language uses the word, and so does
        // a word the language does not know; without a list everything rare is looked at.
        assert!(with.contains("Wagner") && with.contains("Okonkwo"), "{with}");
        assert!(words(focus(&doc, &[], None)).contains("Fecha"));
        // A label is no focus either; the same word in running text is.
        let text = "Geburtsdatum: 3. März 1980. Das Geburtsdatum fehlt.";
        let doc = Doc::new(text, &lex);
        let f = focus(&doc, &[], None);
        let second = text.rfind("Geburtsdatum").unwrap_or(0);
        assert!(f.iter().all(|&(a, _)| a > 0), "{f:?}");
        assert!(f.iter().any(|&(a, b)| a <= second && second < b), "{f:?}");
    }

    /// What `accept` keeps of the network's entities (text and label) in `text`.
    fn accepted(text: &str, ents: &[(&str, &str)]) -> Vec<String> {
        let lex = crate::lexicon::Lexicon::from_rows(&[("the", 7.7, 0.0, 0.0), ("at", 6.7, 0.0, 0.0), ("dr", 4.5, 0.0, 0.0)], &[]);
        let doc = Doc::new(text, &lex);
        let ents = ents
            .iter()
            .map(|&(s, label)| {
                let start = text.find(s).unwrap_or(0);
                crate::spacy::SpacyEntity { start, end: start + s.len(), label: label.to_owned() }
            })
            .collect();
        let mut out = Cands::default();
        accept(&doc, ents, &mut out);
        out.list.iter().map(|c| text[doc.toks[c.a].start..doc.toks[c.b - 1].end].to_owned()).collect()
    }

    #[test]
    fn the_networks_persons_lose_their_title_but_keep_an_initial() {
        assert_eq!(accepted("Signé Dr Kowalczyk hier.", &[("Dr Kowalczyk", "PER")]), ["Kowalczyk"]);
        // Negative: an initial opening the name is no title.
        assert_eq!(accepted("Signé J. Kowalczyk hier.", &[("J. Kowalczyk", "PER")]), ["J. Kowalczyk"]);
    }

    #[test]
    fn the_networks_spans_lose_their_leading_article() {
        let text = "She works at the Saltmere Vantory Centre.";
        assert_eq!(accepted(text, &[("the Saltmere Vantory Centre", "ORG")]), ["Saltmere Vantory Centre"]);
        // Negative: an article alone is nothing to keep.
        assert!(accepted(text, &[("the", "ORG")]).is_empty());
    }

    #[test]
    fn the_networks_spans_lose_leading_lower_case_words_but_keep_a_name_particle() {
        let text = "Mi ha detto che la Tonvira paga, e anche van der Brakel.";
        assert_eq!(accepted(text, &[("che la Tonvira", "PERSON"), ("van der Brakel", "PERSON")]), ["Tonvira", "van der Brakel"]);
    }

    #[test]
    fn the_networks_spans_lose_the_lower_case_words_they_run_on_into() {
        let text = "Ieri ho parlato con Saltmere Vantory oggi.";
        assert_eq!(accepted(text, &[("Ieri ho", "PERSON"), ("Saltmere Vantory oggi", "PERSON")]), ["Ieri", "Saltmere Vantory"]);
    }

    #[test]
    fn identifiers_with_an_inner_capital_are_code_but_name_prefixes_are_not() {
        for w in ["SemVer", "ResolveGraph", "Reset-ForegroundColor", "OutputEncoding", "iPhone"] {
            assert!(code_identifier(w), "{w}");
        }
        for w in ["McDonald", "MacArthur", "DeShawn", "LaToya", "Smith-McKay", "O'Brien", "Dubois-Lefèvre", "GNU", "Anna"] {
            assert!(!code_identifier(w), "{w}");
        }
    }
}
