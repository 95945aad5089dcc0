//! pii-ner: the PERSON, LOCATION and ORGANIZATION recognizer of the pii-redactor engine.
//!
//! Offline, pure Rust, no model hub and no Python at run time. It finds names, places and
//! organisations from three kinds of evidence, combined recall-first:
//!
//! - **structure**: form labels (`Patient: …`), JSON keys, `key=value` pairs, CSV columns, and the
//!   field name the document layer passes in [`SegmentContext`]; salutations, sign-offs and chat
//!   speakers ([`structure`], [`person`]);
//! - **lexicons** loaded from the models folder: US Census first and last names with their shares,
//!   English word frequencies (to tell `Will` the name from `will` the word), GeoNames places
//!   ([`lexicon`]), and the common words of the other six languages (`Ihre Rechnung` is no person);
//! - **shape rules**: capitalised runs with middle initials, titles kept outside the span,
//!   `Last, First` as one span, addresses as one span from the house number to the postcode
//!   ([`place`]), legal forms and head words of organisations ([`org`]).
//!
//! Names found with good evidence are then looked for again in the whole text, so that `Joel was
//! admitted` is caught after `Name: Goodwin, Joel`.
//!
//! Layout: [`doc`] tokenises, the rule modules push candidates ([`cand`]), and this file resolves
//! overlaps and converts them to engine [`Span`]s. Analysis allocates per call only and holds no
//! state, so one [`NerRecognizer`] serves all threads.

mod address;
mod adjacent;
mod birthplace;
mod cand;
mod city_country;
mod comma_role;
mod common;
mod conjoined;
mod credit;
mod dateline;
mod doc;
mod family_edge;
mod given_edge;
mod inflection;
mod label_key;
mod lead;
mod lexicon;
mod models;
mod nick;
mod org;
mod person;
mod place;
mod place_tail;
mod possessive;
mod price_line;
mod product;
mod propagate;
mod retype;
mod rule;
mod rules;
mod series;
mod signoff;
pub mod spacy;
mod statistical;
mod strmap;
mod structure;
mod vocabulary;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use pii_core::EntityType;
use pii_core::engine::{Provenance, Recognizer, SegmentContext, Span};
use pii_core::lang::Language;
use propagate::propagate;
use rustc_hash::FxHashSet;

use crate::cand::{Cand, Cands, Ent, Rule};
use crate::doc::{Doc, Kind};
use crate::lexicon::Lexicon;

/// Environment variable that overrides the models folder.
pub const MODELS_DIR_ENV: &str = "PII_REDACTOR_MODELS_DIR";
/// Default models folder, relative to the working directory.
pub const DEFAULT_MODELS_DIR: &str = "models";
/// Sub-folder of the models folder that holds this recognizer's files.
pub const MODEL_SUBDIR: &str = "pii-ner";

/// Why the recognizer could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NerError {
    /// A model file is missing or unreadable: run `scripts/fetch-models`.
    #[error(
        "NER model file {path} cannot be read ({source}); run scripts/fetch-models, set {MODELS_DIR_ENV}, or switch NER off explicitly"
    )]
    Missing { path: PathBuf, source: std::io::Error },
    /// A model file has an unexpected format (written by another version of the converter).
    #[error("NER model file {file} is not in the expected format: {why}; run scripts/fetch-models again")]
    Format { file: PathBuf, why: String },
}

impl NerError {
    /// Both variants mean the service cannot detect names and must not start.
    pub fn kind(&self) -> pii_core::ErrorKind {
        pii_core::ErrorKind::Unavailable
    }
}

/// The models folder: `$PII_REDACTOR_MODELS_DIR` if set and not empty, else `./models`.
pub fn models_dir_from_env() -> PathBuf {
    match std::env::var_os(MODELS_DIR_ENV) {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => PathBuf::from(DEFAULT_MODELS_DIR),
    }
}

/// Finds PERSON, LOCATION and ORGANIZATION (and NRP when switched on) in text.
///
/// `Send + Sync`; load once and share behind an `Arc`.
pub struct NerRecognizer {
    lex: Lexicon,
    /// The ported spaCy networks, by language.
    nets: models::Networks,
    /// Common words of the other languages (capitalised nouns are no persons).
    common: common::CommonWords,
    /// Languages served without their network or word list on this machine.
    degraded: Vec<Language>,
    entities: Vec<EntityType>,
}

impl std::fmt::Debug for NerRecognizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NerRecognizer").field("entities", &self.entities).finish_non_exhaustive()
    }
}

impl NerRecognizer {
    /// Loads the lexicons from `models_dir/pii-ner/`.
    ///
    /// # Errors
    /// [`NerError::Missing`] when a file is absent (the message says to run `scripts/fetch-models`),
    /// [`NerError::Format`] when a file is from another converter version or corrupt.
    pub fn load(models_dir: &Path) -> Result<Self, NerError> {
        let lex = Lexicon::load(&models_dir.join(MODEL_SUBDIR))?;
        let nets = models::Networks::load(models_dir)?;
        let common = common::CommonWords::load(&models_dir.join(MODEL_SUBDIR))?;
        for l in &nets.missing {
            tracing::warn!(language = %l, "spaCy pipeline not fetched: names, places and organisations in this language come from the structural rules alone; run scripts/fetch-models");
        }
        for l in &common.missing {
            tracing::warn!(language = %l, "common-word list not fetched: capitalised nouns in this language may be reported as persons; run scripts/fetch-models");
        }
        let mut degraded: Vec<Language> = nets.missing.iter().chain(&common.missing).copied().collect();
        degraded.sort();
        degraded.dedup();
        let mut r = Self::from_lexicon(lex);
        r.nets = nets;
        r.common = common;
        r.degraded = degraded;
        Ok(r)
    }

    /// [`NerRecognizer::load`] behind an `Arc<dyn Recognizer>`, ready for `EngineBuilder::with_recognizer`.
    ///
    /// # Errors
    /// As [`NerRecognizer::load`].
    pub fn load_shared(models_dir: &Path) -> Result<Arc<dyn Recognizer>, NerError> {
        Ok(Arc::new(Self::load(models_dir)?))
    }

    /// Heap bytes of the word and place lists (for the memory figures of the benchmarks).
    pub fn lexicon_bytes(&self) -> usize {
        self.lex.heap_bytes()
    }

    fn from_lexicon(lex: Lexicon) -> Self {
        NerRecognizer {
            lex,
            nets: models::Networks::default(),
            common: common::CommonWords::default(),
            degraded: Vec::new(),
            entities: vec![EntityType::PERSON, EntityType::LOCATION, EntityType::ORGANIZATION],
        }
    }

    #[cfg(test)]
    pub(crate) fn for_tests(lex: Lexicon) -> Self {
        Self::from_lexicon(lex)
    }

    /// Every candidate before overlap resolution, in byte offsets: for debugging the rules in tests
    /// and examples. Returns offsets only, never text.
    #[doc(hidden)]
    pub fn debug_candidates(&self, text: &str, ctx: &SegmentContext<'_>) -> Vec<(usize, usize, &'static str, f32, bool, String)> {
        let doc = Doc::new(text, &self.lex).in_language(ctx.language.unwrap_or(Language::English));
        self.run_rules(&doc, ctx.field_name)
            .list
            .iter()
            .map(|c| {
                let ty = match c.ent {
                    Ent::Person => "PERSON",
                    Ent::Location => "LOCATION",
                    Ent::Org => "ORGANIZATION",
                };
                let masked = doc.toks[c.a..c.b].iter().any(|t| t.masked);
                (doc.toks[c.a].start, doc.toks[c.b - 1].end, ty, c.score, masked, format!("{:?}", c.rule))
            })
            .collect()
    }

    /// Byte ranges where the network would run for `text` in `language` (debugging the
    /// statistical part).
    #[doc(hidden)]
    pub fn debug_focus(&self, text: &str, language: Language) -> Vec<(usize, usize)> {
        let doc = Doc::new(text, &self.lex).in_language(language);
        let (kept, _) = self.rule_candidates(&doc, None, language, &vocabulary::lower_words(&doc));
        statistical::focus(&doc, &kept, self.common.list(language))
    }

    /// What the word lists say of one word (English lexicon entry, and its frequency in
    /// `language`'s common-word list): for tuning the rules by hand in examples.
    #[doc(hidden)]
    pub fn debug_word(&self, word: &str, language: Language) -> String {
        let lower = word.to_lowercase();
        let zipf = self.common.list(language).and_then(|l| common::zipf_in(l, &lower));
        format!("{:?} {language} zipf {zipf:?}", self.lex.word(&lower))
    }

    /// Every rule's candidates in `doc`, each named by its rule, before overlap resolution.
    fn run_rules(&self, doc: &Doc<'_>, field_name: Option<&str>) -> Cands {
        let mut cands = Cands::default();
        structure::find(doc, &self.lex, field_name, &mut cands);
        cands.rule = Rule::Address;
        address::addresses(doc, &self.lex, &mut cands);
        cands.rule = Rule::CityState;
        place::city_state(doc, &self.lex, &mut cands);
        cands.rule = Rule::Dateline;
        dateline::datelines(doc, &mut cands);
        cands.rule = Rule::BirthPlace;
        birthplace::birthplaces(doc, &mut cands);
        cands.rule = Rule::BornLine;
        birthplace::born_lines(doc, &mut cands);
        org::find(doc, &mut cands);
        person::find(doc, &mut cands);
        cands.rule = Rule::Gazetteer;
        place::gazetteer(doc, &self.lex, self.common.list(doc.language), &mut cands);
        place_tail::split(doc, &self.lex, self.common.list(doc.language), &mut cands.list);
        cands
    }

    /// What the rules find in `doc`, resolved and propagated, and the ranges where no person may be.
    fn rule_candidates(
        &self,
        doc: &Doc<'_>,
        field_name: Option<&str>,
        language: Language,
        lower: &FxHashSet<&str>,
    ) -> (Vec<Cand>, Vec<(usize, usize)>) {
        let mut cands = self.run_rules(doc, field_name);
        let no_person = std::mem::take(&mut cands.no_person);
        cands.list.retain(|c| c.ent != Ent::Person || !no_person.iter().any(|&(a, b)| c.a < b && a < c.b));
        // Prose and chat rules read code as prose (`len: usize` is no speaker): their guesses in
        // fenced code go before anything spreads from them.
        cands.list.retain(|c| c.ent != Ent::Person || !vocabulary::prose_rule(c.rule) || !doc.in_fenced_code(c.a));
        let (mut kept, lost) = resolve_keeping_losers(cands.list);
        self.drop_common_nouns(doc, &mut kept, language);
        self.readmit(doc, &mut kept, lost, language);
        person::lone_family::lone_family_names(doc, &mut kept, self.common.list(language), &no_person);
        self.fill_columns(doc, &mut kept, language);
        propagate(doc, &mut kept, &no_person, lower, false);
        (kept, no_person)
    }

    /// Fills the people and place columns of the document's tables ([`structure::columns`]), each
    /// cell judged as the rules' names were: a department beside the visitor's name (`Recursos
    /// Humanos`, `Armazém`) is the language's words, not a person.
    fn fill_columns(&self, doc: &Doc<'_>, kept: &mut Vec<Cand>, language: Language) {
        structure::columns(doc, kept);
        let Some(list) = self.common.list(language) else { return };
        kept.retain(|c| c.rule != Rule::TableColumn || c.ent != Ent::Person || !common::unlisted_words_only(list, doc, c));
    }

    /// Drops the person candidates made only of the language's common words (`Ihre Rechnung`), before
    /// they can spread: the mentions that propagation adds afterwards come from names found on
    /// other evidence, so a first name that is also a word (`Paulo`) still spreads from `Nome: Paulo Silva`.
    /// Two people joined by a conjunction are split first, and common words before a given name
    /// left out (`O Thiago`), so each name is judged on its own words.
    fn drop_common_nouns(&self, doc: &Doc<'_>, kept: &mut Vec<Cand>, language: Language) {
        conjoined::split(doc, kept);
        lead::trim_at_gap(doc, kept);
        lead::trim(doc, kept, self.common.list(language));
        lead::trim_roles(doc, kept, self.common.list(language));
        lead::trim_tail(doc, kept, self.common.list(language));
        comma_role::trim(doc, kept, self.common.list(language));
        person::trim_closing_role(doc, kept);
        lead::trim_orgs(doc, kept, self.common.list(language));
        // A run opened by a verb is judged without it (`Llevaré el Informe Trimestral`).
        for c in kept.iter_mut().filter(|c| c.ent == Ent::Person && c.score < common::STRUCTURE_SCORE) {
            if let Some(a) = inflection::verb_opening(doc, c, language) {
                c.a = a;
                if inflection::article_object(doc, c) {
                    c.b = c.a; // dropped below
                }
            }
        }
        kept.retain(|c| c.ent != Ent::Person || (c.a < c.b && doc.toks[c.a].is_word()));
        let common = |c: &Cand| match c.ent {
            Ent::Person => {
                self.common.only_common_words(language, doc, c)
                    || inflection::after_plural_article(doc, c, language)
                    || inflection::abstract_noun(doc, c, language)
                    || inflection::german_noun_in_unknown_run(doc, c, language)
                    || inflection::caps_heading(doc, c, self.common.list(language))
                    || inflection::ordinal_role(doc, c)
                    || person::holds_id_label(doc, c)
                    || person::role_only(doc, c)
                    || (c.score < common::STRUCTURE_SCORE && price_line::on_price_list(doc, c.a))
                    || (c.score < common::STRUCTURE_SCORE && self.common.list(language).is_some_and(|l| series::among_words(l, doc, c)))
                    || structure::column_heading(doc, c.a)
            }
            Ent::Location | Ent::Org => self.common.only_common_guess(language, doc, c),
        } || label_key::is_key(doc, c);
        // A field is names only if every item is one (`Primeros: Ensalada Mixta, Sopa de Ajo`): once
        // one person guess on the line of a name field is the language's words, the field's items
        // are its words too.
        // Each candidate is judged once; the lines of the dropped persons are read from the verdicts.
        let words: Vec<bool> = kept.iter().map(common).collect();
        let word_fields: Vec<u32> =
            kept.iter().zip(&words).filter(|&(c, &w)| w && c.ent == Ent::Person).map(|(c, _)| doc.toks[c.a].line).collect();
        let mut verdicts = words.into_iter();
        kept.retain(|c| {
            let word = verdicts.next().unwrap_or(false);
            !(word || c.rule == Rule::NameField && word_fields.contains(&doc.toks[c.a].line))
        });
    }

    /// The candidates that lost the overlap resolution to a winner dropped or trimmed since as the
    /// language's words come back where nothing kept covers them any more, each judged as the
    /// winners were: `Mairie de Colmar` read as a name with a particle beat the town `Colmar`, then
    /// fell as a French noun, and took the town with it.
    fn readmit(&self, doc: &Doc<'_>, kept: &mut Vec<Cand>, lost: Vec<Cand>, language: Language) {
        let mut back: Vec<Cand> = Vec::new();
        let list = self.common.list(language);
        for c in lost {
            // Persons stay out: a name that lost to a field's item dropped as words is one of those
            // words too (`Caldo Verde` on a menu). So does a place or firm spelled only with the
            // language's words (`Centro`, `Sala`), which the longer winner explained.
            if c.ent == Ent::Person || list.is_none_or(|l| !common::has_uncommon_word(l, doc, &c)) {
                continue;
            }
            if kept.iter().chain(&back).all(|k| c.b <= k.a || c.a >= k.b) {
                back.push(c);
            }
        }
        if back.is_empty() {
            return;
        }
        back.sort_by_key(|c| c.a);
        self.drop_common_nouns(doc, &mut back, language);
        kept.extend(back);
        kept.sort_by_key(|c| c.a);
    }

    /// Candidates of one text, resolved, in byte offsets, with the rule that found each.
    fn spans(&self, text: &str, ctx: &SegmentContext<'_>) -> Vec<(usize, usize, Ent, f32, Rule)> {
        if text.trim().is_empty() {
            return Vec::new();
        }
        let language = ctx.language.unwrap_or(Language::English);
        let doc = Doc::new(text, &self.lex).in_language(language);
        // The document's lower-case vocabulary, read once for both propagations and the last filter.
        let lower = vocabulary::lower_words(&doc);
        let (mut kept, no_person) = self.rule_candidates(&doc, ctx.field_name, language, &lower);
        // The network of the segment's language looks only at capitalised words the rules left open.
        if let Some(net) = self.nets.for_language(language) {
            let mut more = Cands { rule: Rule::Network, ..Cands::default() };
            statistical::find(&doc, net, &kept, self.common.list(language), &mut more);
            more.list.retain(|c| c.ent != Ent::Person || !no_person.iter().any(|&(a, b)| c.a < b && a < c.b));
            more.list.retain(|c| {
                !inflection::sentence_verb(&doc, c, language)
                    && !inflection::network_opener(&doc, c, language)
                    && !inflection::german_noun(&doc, c, language)
                    && !inflection::german_unknown(&doc, c, language)
                    && !inflection::german_calendar(&doc, c, language)
                    && !inflection::elided_article(&doc, c, language)
            });
            if !more.list.is_empty() {
                kept.extend(more.list);
                kept = resolve(kept);
            }
        }
        self.drop_common_nouns(&doc, &mut kept, language);
        self.fill_columns(&doc, &mut kept, language);
        let lower = vocabulary::without_people(lower, &doc, &kept);
        retype::join_neighbours(&doc, &mut kept);
        city_country::join(&doc, &self.lex, &mut kept);
        retype::coordinated(&doc, &mut kept, self.common.list(language));
        // Weaker full names (the network's, the prose rules') spread like the rules' own
        // (`Hendra Setiawan` ... `Hendra's work`).
        propagate(&doc, &mut kept, &no_person, &lower, true);
        conjoined::shared_family(&doc, &mut kept);
        conjoined::couple(&doc, &mut kept);
        family_edge::extend(&doc, &mut kept, self.common.list(language));
        adjacent::join(&doc, &mut kept);
        given_edge::extend(&doc, &mut kept, &lower, self.common.list(language));
        // The mentions spread last may complete a table's column of people.
        self.fill_columns(&doc, &mut kept, language);
        let products = product::product_words(&doc, &kept);
        let code_words = vocabulary::lower_code_words(&doc);
        kept.into_iter()
            .filter(|c| !doc.toks[c.a..c.b].iter().any(|t| t.masked))
            .filter(|c| !product::is_product(&doc, &products, c))
            .filter(|c| c.score >= 0.85 || !vocabulary::written_lower(&doc, if c.ent == Ent::Person { &lower } else { &code_words }, c))
            .filter(|c| c.ent != Ent::Person || !vocabulary::prose_rule(c.rule) || !doc.in_fenced_code(c.a))
            .filter(|c| c.ent != Ent::Person || !only_function_words(&doc, c))
            .map(|c| (doc.toks[c.a].start, doc.toks[c.b - 1].end, c.ent, c.score, c.rule))
            .collect()
    }
}

impl Recognizer for NerRecognizer {
    fn name(&self) -> &str {
        "ner"
    }

    fn supported_entities(&self) -> &[EntityType] {
        &self.entities
    }

    fn analyze(&self, text: &str, ctx: &SegmentContext<'_>, out: &mut Vec<Span>) {
        for (start, end, ent, score, _) in self.spans(text, ctx) {
            out.push(to_span(text, start, end, ent, score));
        }
    }

    /// The rule of each span, by name; the recognizer neither validates nor raises scores by
    /// context afterwards, so the score before context is the score.
    fn analyze_explained(&self, text: &str, ctx: &SegmentContext<'_>, out: &mut Vec<Span>, why: &mut Vec<Provenance>) {
        for (start, end, ent, score, rule) in self.spans(text, ctx) {
            out.push(to_span(text, start, end, ent, score));
            why.push(Provenance::rule(rule.name(), score));
        }
    }

    fn degraded_languages(&self) -> &[Language] {
        &self.degraded
    }

    fn reads_language(&self) -> bool {
        true
    }
}

/// An engine span of this crate's candidate (without a possessive ending).
fn to_span(text: &str, start: usize, end: usize, ent: Ent, score: f32) -> Span {
    let entity_type = match ent {
        Ent::Person => EntityType::PERSON,
        Ent::Location => EntityType::LOCATION,
        Ent::Org => EntityType::ORGANIZATION,
    };
    Span { entity_type, start, end: without_possessive(text, start, end), score }
}

/// The end of a name without its possessive ending: `Kate's` is the name `Kate` (the tokenizer keeps
/// the ending on the word), as Presidio and annotated corpora mark it, and the redacted text reads
/// `<PERSON>'s`.
fn without_possessive(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    for ending in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = s.strip_suffix(ending)
            && stem.chars().next_back().is_some_and(char::is_alphabetic)
        {
            return start + stem.len();
        }
    }
    end
}

/// Keeps the best of overlapping candidates: higher score, then longer; the rest are dropped.
fn resolve(list: Vec<Cand>) -> Vec<Cand> {
    resolve_keeping_losers(list).0
}

/// As [`resolve`], with the candidates that lost, best first.
fn resolve_keeping_losers(mut list: Vec<Cand>) -> (Vec<Cand>, Vec<Cand>) {
    list.sort_by(|x, y| y.score.total_cmp(&x.score).then((y.b - y.a).cmp(&(x.b - x.a))).then(x.a.cmp(&y.a)));
    let mut kept: Vec<Cand> = Vec::with_capacity(list.len());
    let mut lost = Vec::new();
    for c in list {
        if kept.iter().all(|k| c.b <= k.a || c.a >= k.b) {
            kept.push(c);
        } else {
            lost.push(c);
        }
    }
    kept.sort_by_key(|c| c.a);
    (kept, lost)
}

/// A span whose words are all function words, titles or generic addressees (`The`, `My`, `Herren`,
/// `Mevrouw`), which is never a person alone.
fn only_function_words(doc: &Doc<'_>, c: &Cand) -> bool {
    let mut words = doc.toks[c.a..c.b].iter().filter(|t| t.kind == Kind::Word).peekable();
    words.peek().is_some() && words.all(|t| t.rf(rules::F_FUNCTION_WORD | rules::F_GENERIC_ADDRESSEES | rules::F_TITLES))
}

#[cfg(test)]
mod tests;
