//! The comparison behind the parity check of the port with spaCy itself (shared by
//! `tests/spacy_parity.rs` and `examples/spacy_parity.rs`): reads what `tools/spacy_parity.py`
//! wrote (per text: tokens and entities in UTF-8 byte offsets) and counts how many of spaCy's
//! entities the port gives, with spaCy's tokens (network and decoder alone), with its own
//! tokenizer (end to end) and on the windowed path the detector takes (the network run only on a
//! few chunks around each capitalised word, `SpacyNer::entities_near`), and how many of spaCy's
//! tokens its tokenizer reproduces.

use std::collections::BTreeSet;
use std::fmt;
use std::io::BufRead;

use super::SpacyNer;

type Ent = (usize, usize, String);

/// Agreement counts over a set of texts.
#[derive(Debug, Default, Clone)]
pub struct ParityReport {
    pub docs: usize,
    /// spaCy's entities.
    pub gold: usize,
    /// Of those, identical (byte span and label) from the port's network on spaCy's tokens.
    pub same_net: usize,
    /// Of those, identical from the port end to end (its own tokenizer).
    pub same_e2e: usize,
    /// Entities the port predicts end to end.
    pub pred_e2e: usize,
    /// spaCy's tokens, and how many of them the port's tokenizer gives with the same byte span.
    pub toks_gold: usize,
    pub toks_same: usize,
    /// Tokens the port's tokenizer gives.
    pub toks_pred: usize,
    /// spaCy's entities that hold a capitalised token (the ones the detector's windows look at),
    /// and how many of them the windowed path gives identical.
    pub gold_windowed: usize,
    pub same_windowed: usize,
    /// Entities the windowed path gives that spaCy does not.
    pub extra_windowed: usize,
    /// Of spaCy's tokens, how many get the same four embedded ids (NORM, PREFIX, SUFFIX, SHAPE)
    /// from the port (counted when spaCy's output has `feats`).
    pub feats_same: usize,
    pub feats_gold: usize,
    /// One line per text where anything differs.
    pub diffs: Vec<String>,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 { 100.0 } else { 100.0 * a as f64 / b as f64 }
}

impl ParityReport {
    /// End-to-end entity agreement in percent of spaCy's entities.
    pub fn entity_pct(&self) -> f64 {
        pct(self.same_e2e, self.gold)
    }

    /// Network-only entity agreement (on spaCy's tokens) in percent.
    pub fn net_pct(&self) -> f64 {
        pct(self.same_net, self.gold)
    }

    /// Token agreement in percent of spaCy's tokens.
    pub fn token_pct(&self) -> f64 {
        pct(self.toks_same, self.toks_gold)
    }

    /// Windowed-path agreement in percent of spaCy's entities that hold a capitalised token.
    pub fn windowed_pct(&self) -> f64 {
        pct(self.same_windowed, self.gold_windowed)
    }
}

impl fmt::Display for ParityReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "documents: {}, spaCy entities: {}", self.docs, self.gold)?;
        writeln!(f, "network + decoder on spaCy's tokens: {} of {} entities identical ({:.2}%)", self.same_net, self.gold, self.net_pct())?;
        writeln!(
            f,
            "end to end with the ported tokenizer: {} of {} identical ({:.2}%), {} predicted",
            self.same_e2e,
            self.gold,
            self.entity_pct(),
            self.pred_e2e
        )?;
        writeln!(
            f,
            "windowed path (network around each capitalised word): {} of {} identical ({:.2}%), {} not spaCy's",
            self.same_windowed,
            self.gold_windowed,
            self.windowed_pct(),
            self.extra_windowed
        )?;
        writeln!(
            f,
            "token features identical: {} of {} ({:.2}%)",
            self.feats_same,
            self.feats_gold,
            pct(self.feats_same, self.feats_gold)
        )?;
        write!(
            f,
            "tokens identical: {} of {} ({:.2}%), {} made by the port",
            self.toks_same,
            self.toks_gold,
            self.token_pct(),
            self.toks_pred
        )
    }
}

fn num(v: &serde_json::Value) -> Result<usize, String> {
    v.as_u64().map(|n| n as usize).ok_or_else(|| format!("expected an offset, got {v}"))
}

/// Compares the port with spaCy's output, one JSON object per line with `text`, `tokens`
/// (`[start, end, norm-or-null]`) and `ents` (`[start, end, label]`), offsets in UTF-8 bytes.
///
/// # Errors
/// Unreadable input or a line that is not such an object.
pub fn compare(ner: &SpacyNer, input: impl BufRead) -> Result<ParityReport, String> {
    let mut r = ParityReport::default();
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| e.to_string())?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = v["text"].as_str().ok_or_else(|| format!("line {}: no text", n + 1))?;
        let mut tokens: Vec<(usize, usize, Option<String>)> = Vec::new();
        for t in v["tokens"].as_array().ok_or_else(|| format!("line {}: no tokens", n + 1))? {
            tokens.push((num(&t[0])?, num(&t[1])?, t[2].as_str().map(str::to_owned)));
        }
        let mut bad_feats = Vec::new();
        if let Some(fs) = v["feats"].as_array() {
            for (t, f) in tokens.iter().zip(fs) {
                let want: Vec<u64> = f.as_array().map(|a| a.iter().filter_map(serde_json::Value::as_u64).collect()).unwrap_or_default();
                let got = ner.feats(&text[t.0..t.1], t.2.as_deref());
                r.feats_gold += 1;
                if want == got {
                    r.feats_same += 1;
                } else {
                    bad_feats.push(format!("{:?} spaCy {want:?} port {got:?}", &text[t.0..t.1]));
                }
            }
        }
        let mut ents: BTreeSet<Ent> = BTreeSet::new();
        for e in v["ents"].as_array().ok_or_else(|| format!("line {}: no ents", n + 1))? {
            ents.insert((num(&e[0])?, num(&e[1])?, e[2].as_str().unwrap_or_default().to_owned()));
        }
        r.docs += 1;
        r.gold += ents.len();
        let spans: Vec<(usize, usize, Option<&str>)> = tokens.iter().map(|(s, e, n)| (*s, *e, n.as_deref())).collect();
        let net: BTreeSet<Ent> = ner.entities_of_tokens(text, &spans).into_iter().map(|e| (e.start, e.end, e.label)).collect();
        r.same_net += ents.intersection(&net).count();
        let e2e: BTreeSet<Ent> = ner.entities(text).into_iter().map(|e| (e.start, e.end, e.label)).collect();
        r.same_e2e += ents.intersection(&e2e).count();
        r.pred_e2e += e2e.len();
        // The detector's path: each capitalised token a focus of its own.
        let focus: Vec<(usize, usize)> =
            tokens.iter().filter(|(s, e, _)| text[*s..*e].starts_with(char::is_uppercase)).map(|(s, e, _)| (*s, *e)).collect();
        let looked_at: BTreeSet<&Ent> = ents.iter().filter(|(a, b, _)| focus.iter().any(|&(s, e)| s < *b && *a < e)).collect();
        let windowed: BTreeSet<Ent> = ner.entities_near(text, &focus).into_iter().map(|e| (e.start, e.end, e.label)).collect();
        r.gold_windowed += looked_at.len();
        r.same_windowed += looked_at.iter().filter(|e| windowed.contains(**e)).count();
        r.extra_windowed += windowed.difference(&ents).count();
        let mine: BTreeSet<(usize, usize)> = ner.tokenize(text).into_iter().collect();
        let theirs: BTreeSet<(usize, usize)> = tokens.iter().map(|(s, e, _)| (*s, *e)).collect();
        r.toks_gold += tokens.len();
        r.toks_pred += mine.len();
        r.toks_same += theirs.intersection(&mine).count();
        if net != ents || e2e != ents || mine != theirs || !bad_feats.is_empty() {
            let show = |s: &BTreeSet<Ent>| s.iter().map(|(a, b, l)| format!("{l} {:?}", &text[*a..*b])).collect::<Vec<_>>().join(", ");
            let mut d = format!("text {} {:?}\n  spaCy: {}\n  net:   {}\n  e2e:   {}", v["id"], text, show(&ents), show(&net), show(&e2e));
            if mine != theirs {
                let only = |a: &BTreeSet<(usize, usize)>, b: &BTreeSet<(usize, usize)>| {
                    a.difference(b).map(|(s, e)| format!("{:?}", &text[*s..*e])).collect::<Vec<_>>().join(" ")
                };
                d += &format!("\n  tokens only spaCy: {}\n  tokens only port:  {}", only(&theirs, &mine), only(&mine, &theirs));
            }
            for b in &bad_feats {
                d += &format!("\n  features differ: {b}");
            }
            r.diffs.push(d);
        }
    }
    Ok(r)
}
