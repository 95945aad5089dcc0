//! Compares the Rust port of spaCy's NER with spaCy's own output (written by
//! `tools/spacy_parity.py`): entity agreement with spaCy's tokens (network and decoder alone) and
//! with the port's tokenizer (end to end), and token agreement.
//!
//! `cargo run --release -p pii-ner --example spacy_parity -- SPACY_OUT.jsonl`

use std::collections::HashSet;
use std::io::BufRead;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: spacy_parity SPACY_OUT.jsonl")?;
    let ner = pii_ner::spacy::SpacyNer::load(&pii_ner::models_dir_from_env())?;
    let (mut gold, mut same_net, mut same_e2e, mut pred_e2e) = (0usize, 0usize, 0usize, 0usize);
    let (mut toks_gold, mut toks_same) = (0usize, 0usize);
    let mut docs = 0;
    let verbose = std::env::var_os("PARITY_VERBOSE").is_some();
    for line in std::io::BufReader::new(std::fs::File::open(&path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let text = v["text"].as_str().unwrap_or_default();
        let tokens: Vec<(usize, usize, Option<String>)> = v["tokens"]
            .as_array()
            .map(|a| a.iter().map(|t| (t[0].as_u64().unwrap_or(0) as usize, t[1].as_u64().unwrap_or(0) as usize, t[2].as_str().map(str::to_owned))).collect())
            .unwrap_or_default();
        let ents: HashSet<(usize, usize, String)> = v["ents"]
            .as_array()
            .map(|a| a.iter().map(|e| (e[0].as_u64().unwrap_or(0) as usize, e[1].as_u64().unwrap_or(0) as usize, e[2].as_str().unwrap_or_default().to_owned())).collect())
            .unwrap_or_default();
        docs += 1;
        gold += ents.len();
        let spans: Vec<(usize, usize, Option<&str>)> = tokens.iter().map(|(s, e, n)| (*s, *e, n.as_deref())).collect();
        let net: HashSet<(usize, usize, String)> = ner.entities_of_tokens(text, &spans).into_iter().map(|e| (e.start, e.end, e.label)).collect();
        same_net += ents.intersection(&net).count();
        let e2e: HashSet<(usize, usize, String)> = ner.entities(text).into_iter().map(|e| (e.start, e.end, e.label)).collect();
        same_e2e += ents.intersection(&e2e).count();
        pred_e2e += e2e.len();
        let mine: HashSet<(usize, usize)> = ner.tokenize(text).into_iter().collect();
        toks_gold += tokens.len();
        toks_same += tokens.iter().filter(|(s, e, _)| mine.contains(&(*s, *e))).count();
        if verbose && (net != ents || e2e != ents) {
            println!("doc {}: spaCy {:?}\n  net {:?}\n  e2e {:?}", v["id"], sorted(&ents), sorted(&net), sorted(&e2e));
        }
    }
    let pct = |a: usize, b: usize| if b == 0 { 100.0 } else { 100.0 * a as f64 / b as f64 };
    println!("documents: {docs}, spaCy entities: {gold}");
    println!("network + decoder on spaCy's tokens: {same_net} of {gold} entities identical ({:.2}%)", pct(same_net, gold));
    println!("end to end with the ported tokenizer: {same_e2e} of {gold} identical ({:.2}%), {pred_e2e} predicted", pct(same_e2e, gold));
    println!("tokens identical: {toks_same} of {toks_gold} ({:.2}%)", pct(toks_same, toks_gold));
    Ok(())
}

fn sorted(s: &HashSet<(usize, usize, String)>) -> Vec<&(usize, usize, String)> {
    let mut v: Vec<_> = s.iter().collect();
    v.sort();
    v
}
