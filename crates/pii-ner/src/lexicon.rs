//! The word and place lists the rules consult, loaded once from the models folder.
//!
//! Files (written by `scripts/fetch-models`, see `tools/convert_models.py`):
//! - `words.tsv`: `word<TAB>zipf<TAB>first_share<TAB>last_share`, lowercase. `zipf` is the word's
//!   frequency in English text (wordfreq, log10 per billion words), the shares are the percentage of
//!   the US population with that first or last name (US Census 1990).
//! - `places.tsv`: `name<TAB>kind<TAB>population` with kind `country`, `region` or `city` (GeoNames).

use std::path::Path;

use crate::NerError;
use crate::strmap::{MAX_ENTRIES, MAX_KEY, StrMap};

/// Format version of the files this build reads; `MANIFEST.json` must carry the same.
pub(crate) const FORMAT_VERSION: u32 = 1;

/// What the lists say about one lowercase word.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordInfo {
    /// Frequency in English text on the Zipf scale (0 when unknown, 7 for "the").
    pub zipf: f32,
    /// Percent of people with this first name (0 when none).
    pub first: f32,
    /// Percent of people with this last name (0 when none).
    pub last: f32,
    /// Best place kind among phrases made of this word alone.
    pub place: Option<PlaceInfo>,
    /// Some multi-word place name starts with this word.
    pub starts_place: bool,
    /// Flags of the rule word lists (`rules::F_*`), so one lookup serves both.
    pub flags: u32,
}

impl WordInfo {
    /// A name that is used as a name far more than as a word: `david`, `smith`, `jennifer`.
    ///
    /// Compares the word's frequency in text with the share of people bearing it: for words that
    /// are only names the ratio is small and roughly constant; common words (`will`, `long`, `bill`,
    /// `hunter`) are far more frequent in text than their share as names explains.
    ///
    /// Names from outside the US (`Ahmed`, `Griffiths`, `Chen`) are rarer in the 1990 US census than
    /// in English text, so a census name is only a word when it is also frequent in text.
    pub fn is_wordy(&self) -> bool {
        let share = self.first.max(self.last);
        if share > 0.0 && self.zipf < 4.3 {
            return false;
        }
        self.ambiguity() > 0.045
    }

    /// Frequency in text divided by the share of people bearing the word as a name: about 0.005 for
    /// pure names (`david`), 0.02 for names that are also rarer words (`rose`), above 0.5 for words
    /// that are rarely names (`will`, `long`). Words that are no name at all count as very ambiguous
    /// once they are common.
    pub fn ambiguity(&self) -> f32 {
        let share = self.first.max(self.last);
        if share <= 0.0 {
            return if self.zipf >= 3.6 { 100.0 } else { 0.0 };
        }
        let freq = 10f32.powf(self.zipf - 9.0);
        freq / (share / 100.0)
    }

    /// Borne as a first or last name by at least one person in 100,000 (even if also a word).
    pub fn is_census(&self) -> bool {
        self.first >= 0.001 || self.last >= 0.001
    }

    /// Neither a common word nor a name the census knows (`oluwaseun`).
    pub fn info_unknown(&self) -> bool {
        !self.is_census() && self.zipf < 3.0
    }

    pub fn is_first(&self) -> bool {
        self.first >= 0.002
    }

    pub fn is_last(&self) -> bool {
        self.last >= 0.001
    }

    /// A first or last name that is not mainly a common word.
    pub fn is_name(&self) -> bool {
        (self.is_first() || self.is_last()) && !self.is_wordy()
    }
}

/// The kind of a place name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PlaceKind {
    City,
    Region,
    Country,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlaceInfo {
    pub kind: PlaceKind,
    pub population: u32,
}

/// All lists, keyed by lowercase text; multi-word places by their words joined with one space.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    words: StrMap<WordInfo>,
    phrases: StrMap<PlaceInfo>,
}

impl Lexicon {
    /// Reads the lexicon files from `dir`.
    pub fn load(dir: &Path) -> Result<Self, NerError> {
        let manifest = read(dir, "MANIFEST.json")?;
        let version = manifest
            .split("\"format_version\"")
            .nth(1)
            .and_then(|rest| rest.trim_start().strip_prefix(':'))
            .and_then(|rest| rest.trim_start().split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|n| n.parse::<u32>().ok());
        if version != Some(FORMAT_VERSION) {
            return Err(NerError::Format {
                file: dir.join("MANIFEST.json"),
                why: format!("format_version {version:?}, this build reads {FORMAT_VERSION}; run scripts/fetch-models"),
            });
        }
        let mut lex = Lexicon::default();
        let words = read(dir, "words.tsv")?;
        let places = read(dir, "places.tsv")?;
        let word_lines = words.bytes().filter(|&b| b == b'\n').count() + 1;
        let place_lines = places.bytes().filter(|&b| b == b'\n').count() + 1;
        // Each line adds at most one entry to each map.
        if word_lines + place_lines + crate::rules::EXTRA_PLACES.len() > MAX_ENTRIES {
            return Err(NerError::Format { file: dir.join("words.tsv"), why: format!("more than {MAX_ENTRIES} words and places") });
        }
        let rows = word_lines - 1 + (place_lines - 1) / 2;
        lex.words.reserve(rows, words.len() / 3);
        for (n, line) in words.lines().enumerate() {
            let mut f = line.split('\t');
            let (Some(w), Some(z), Some(fi), Some(la)) = (f.next(), f.next(), f.next(), f.next()) else {
                return Err(bad_line(dir, "words.tsv", n));
            };
            if w.len() > MAX_KEY {
                return Err(bad_line(dir, "words.tsv", n));
            }
            let num = |s: &str| s.parse::<f32>().map_err(|_| bad_line(dir, "words.tsv", n));
            lex.words.insert(
                w,
                WordInfo {
                    zipf: num(z)?,
                    first: num(fi)?,
                    last: num(la)?,
                    place: None,
                    starts_place: false,
                    flags: crate::rules::flags_of(w),
                },
            );
        }
        // `o'connor` in text, `oconnor` in the census.
        let apostrophes: Vec<(String, String)> =
            lex.words.keys().filter(|w| w.contains('\'')).map(|w| (w.to_owned(), w.replace('\'', ""))).collect();
        for (with, without) in apostrophes {
            if let Some(census) = lex.words.get(&without).copied()
                && let Some(e) = lex.words.get_mut(&with)
            {
                e.first = e.first.max(census.first);
                e.last = e.last.max(census.last);
            }
        }
        for (n, line) in places.lines().enumerate() {
            let mut f = line.split('\t');
            let (Some(name), Some(kind), Some(pop)) = (f.next(), f.next(), f.next()) else {
                return Err(bad_line(dir, "places.tsv", n));
            };
            let kind = match kind {
                "city" => PlaceKind::City,
                "region" => PlaceKind::Region,
                "country" => PlaceKind::Country,
                _ => return Err(bad_line(dir, "places.tsv", n)),
            };
            let population = pop.parse::<u64>().map_err(|_| bad_line(dir, "places.tsv", n))?;
            if name.len() > MAX_KEY {
                return Err(bad_line(dir, "places.tsv", n));
            }
            let info = PlaceInfo { kind, population: population.min(u64::from(u32::MAX)) as u32 };
            lex.add_place(name, info);
        }
        for (name, info) in crate::rules::EXTRA_PLACES {
            lex.add_place(name, PlaceInfo { kind: *info, population: 1_000_000 });
        }
        lex.words.shrink_to_fit();
        lex.phrases.shrink_to_fit();
        Ok(lex)
    }

    fn add_place(&mut self, name: &str, info: PlaceInfo) {
        // Dutch towns named with the old genitive article (`'s-Hertogenbosch`, `'s-Gravenhage`):
        // the tokenizer parts the apostrophe from the word, so the word is known without it too.
        if let Some(rest) = name.strip_prefix("'s-").or_else(|| name.strip_prefix("’s-")) {
            self.add_place(&format!("s-{rest}"), info);
        }
        let key = place_key(name);
        if key.is_empty() || key.len() > MAX_KEY {
            return;
        }
        let better = |old: Option<PlaceInfo>| match old {
            Some(o) => (info.kind, info.population) > (o.kind, o.population),
            None => true,
        };
        if key.contains(' ') {
            let first = key.split(' ').next().unwrap_or_default().to_owned();
            let e = self.phrases.get(key.as_str()).copied();
            if better(e) {
                self.phrases.insert(&key, info);
            }
            let flags = crate::rules::flags_of(&first);
            self.words.entry_or_insert_with(&first, || WordInfo { flags, ..WordInfo::default() }).starts_place = true;
        } else {
            let flags = crate::rules::flags_of(&key);
            let e = self.words.entry_or_insert_with(&key, || WordInfo { flags, ..WordInfo::default() });
            if better(e.place) {
                e.place = Some(info);
            }
        }
    }

    /// The entry of a lowercase word.
    pub fn word(&self, lower: &str) -> Option<&WordInfo> {
        self.words.get(lower)
    }

    /// A multi-word place by its lowercase words joined with single spaces.
    pub fn phrase(&self, key: &str) -> Option<PlaceInfo> {
        self.phrases.get(key).copied()
    }

    /// Heap bytes of the lists (for the memory figures of `examples/ner_bench.rs`).
    pub fn heap_bytes(&self) -> usize {
        self.words.heap_bytes() + self.phrases.heap_bytes()
    }

    /// Builds a lexicon from in-memory rows, for tests.
    #[cfg(test)]
    pub fn from_rows(words: &[(&str, f32, f32, f32)], places: &[(&str, PlaceKind, u32)]) -> Self {
        let mut lex = Lexicon::default();
        for (w, z, f, l) in words {
            lex.words
                .insert(w, WordInfo { zipf: *z, first: *f, last: *l, place: None, starts_place: false, flags: crate::rules::flags_of(w) });
        }
        for (name, kind, pop) in places {
            lex.add_place(name, PlaceInfo { kind: *kind, population: *pop });
        }
        for (name, info) in crate::rules::EXTRA_PLACES {
            lex.add_place(name, PlaceInfo { kind: *info, population: 1_000_000 });
        }
        lex
    }
}

/// Lowercase words of a place name joined by single spaces, dots dropped (`St. Louis` -> `st louis`).
pub(crate) fn place_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split(|c: char| c.is_whitespace() || c == '.' || c == ',' || c == '(' || c == ')') {
        if word.is_empty() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        for c in word.chars() {
            key.extend(c.to_lowercase());
        }
    }
    key
}

fn read(dir: &Path, file: &str) -> Result<String, NerError> {
    let path = dir.join(file);
    std::fs::read_to_string(&path).map_err(|source| NerError::Missing { path, source })
}

fn bad_line(dir: &Path, file: &str, n: usize) -> NerError {
    NerError::Format { file: dir.join(file), why: format!("malformed line {}", n + 1) }
}
