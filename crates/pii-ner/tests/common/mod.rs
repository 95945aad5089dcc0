//! What the scored tests share: the models folder they need, and the labelled JSONL sets they read
//! (`{"text", "spans": [{"entity_type", "start", "end"}]}`, offsets in characters).
#![allow(dead_code, reason = "each test crate that includes this module uses part of it")]

use std::path::PathBuf;

/// One labelled document.
pub struct Doc {
    pub text: String,
    /// (entity type, start, end), in characters.
    pub gold: Vec<(String, usize, usize)>,
}

/// Reads a labelled set below this crate's folder (`tests/...jsonl`).
pub fn load(relative: &str) -> Vec<Doc> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{relative}: {e}"));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            let text = v["text"].as_str().expect("text").to_owned();
            let gold = v["spans"]
                .as_array()
                .expect("spans")
                .iter()
                .map(|s| {
                    let ty = s["entity_type"].as_str().expect("type").to_owned();
                    (ty, s["start"].as_u64().expect("start") as usize, s["end"].as_u64().expect("end") as usize)
                })
                .collect();
            Doc { text, gold }
        })
        .collect()
}

/// The models folder (`PII_REDACTOR_MODELS_DIR`, else `models/` at the workspace root), when it holds
/// the recognizer's files; the tests that need it skip without it.
pub fn models_dir() -> Option<PathBuf> {
    let from_env = pii_ner::models_dir_from_env();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models");
    [from_env, root].into_iter().find(|d| d.join(pii_ner::MODEL_SUBDIR).join("MANIFEST.json").is_file())
}

/// The whole engine with the real recognizer and the default policy in `language`, or `None` (and a
/// note) when the models folder is missing.
pub fn analyzer(language: pii_core::lang::LanguageChoice) -> Option<pii_core::engine::Analyzer> {
    let Some(dir) = models_dir() else {
        eprintln!("no models folder (run scripts/fetch-models); skipped");
        return None;
    };
    let ner = pii_ner::NerRecognizer::load(&dir).expect("load the recognizer");
    let engine = pii_core::engine::Engine::builder().with_recognizer(std::sync::Arc::new(ner)).build().expect("engine");
    let policy = pii_core::policy::RedactionPolicy { language, ..Default::default() };
    Some(engine.prepare(&policy).expect("policy"))
}

/// The text of every finding of `entity_type` in `text`.
pub fn values(analyzer: &pii_core::engine::Analyzer, text: &str, entity_type: &pii_core::EntityType) -> Vec<String> {
    analyzer
        .analyze(text, &pii_core::engine::SegmentContext::default())
        .into_iter()
        .filter(|s| s.entity_type == *entity_type)
        .map(|s| text[s.start..s.end].to_owned())
        .collect()
}
