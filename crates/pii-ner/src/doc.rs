//! One analysed text: its tokens with byte offsets, shapes and lexicon entries.

use crate::lexicon::{Lexicon, WordInfo};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner apostrophes or hyphens (`O'Brien`, `Smith-Lynch`).
    Word,
    /// Digits only.
    Num,
    /// Letters and digits mixed (`W19`, `5QA`, `12B`).
    Alnum,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `Smith`, `McDonald`.
    Cap,
    /// `SMITH`, `K`.
    Upper,
    /// `smith`.
    Lower,
    /// Digits, punctuation, `iPhone`.
    Other,
}

#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub shape: Shape,
    /// A line break lies between the previous token and this one (or this is the first token).
    pub line_start: bool,
    /// White space directly before the token.
    pub space_before: bool,
    /// Two or more spaces or a tab before the token (a column gap in forms).
    pub wide_gap_before: bool,
    /// Part of an e-mail address, URL, path or other machine token that names never live in.
    pub masked: bool,
    /// Lowercase form; borrowed from the text when it already is lower case (most words).
    pub lower: std::borrow::Cow<'a, str>,
    pub info: Option<WordInfo>,
    /// Flags of the rule word lists the word is on (`rules::F_*`).
    pub rflags: u32,
    /// Index of the line the token is on.
    pub line: u32,
    /// A hyphenated word with a common English word among its parts (`CUSTOMER-SERVICE`), which
    /// the lists do not hold whole: a name's parts are names (`KOVALCHUK-SHEVCHUK`).
    pub wordy_part: bool,
    /// A hyphenated word whose every part is a common English word (`Runner-up`, `Follow-up`,
    /// `Sign-off`): a compound of words, never a double-barrelled name.
    pub common_compound: bool,
}

impl Token<'_> {
    /// Written right after the previous token, with neither a space nor a line break between
    /// (`space_before` alone is false after a line break too).
    pub fn glued(&self) -> bool {
        !self.space_before && !self.line_start
    }

    /// The word is on the rule list of flag `f`.
    pub fn rf(&self, f: u32) -> bool {
        self.rflags & f != 0
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word && !self.masked
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.lower.starts_with(c) && self.lower.len() == c.len_utf8()
    }

    pub fn char_len(&self) -> usize {
        self.lower.chars().count()
    }

    pub fn wordinfo(&self) -> WordInfo {
        self.info.unwrap_or_default()
    }

    /// Capitalised or upper case word.
    pub fn is_titlecase(&self) -> bool {
        self.is_word() && matches!(self.shape, Shape::Cap | Shape::Upper)
    }
}

/// Drops the quotation marks that open the lines of a quoted e-mail or a Markdown block quote
/// (`> text`, `>> Fatou: hi`): the quoted line is a line like any other, so a speaker, a
/// sign-off or a label inside a quote is found as it is outside one.
fn drop_quote_marks(toks: &mut Vec<Token<'_>>) {
    let mut quoting = false;
    let mut line = u32::MAX;
    toks.retain_mut(|t| {
        if t.line_start {
            quoting = t.kind == Kind::Punct && t.lower == ">";
            line = t.line;
            return !quoting;
        }
        if quoting && t.line == line {
            if t.kind == Kind::Punct && t.lower == ">" {
                return false;
            }
            quoting = false;
            t.line_start = true;
            t.space_before = false;
            t.wide_gap_before = false;
        }
        true
    });
}

/// A superscript digit (`¹`, `²`, `⁴`): a footnote or affiliation mark glued to the word it
/// annotates (`Soto¹`, `Company²`), which is a token of its own, so that the word stays a word.
pub(crate) fn footnote_mark(c: char) -> bool {
    matches!(c, '¹' | '²' | '³' | '\u{2070}' | '\u{2074}'..='\u{2079}')
}

#[derive(Debug)]
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub toks: Vec<Token<'a>>,
    /// Most letters of the text are lower case and lines look like chat turns.
    pub lowercase_chat: bool,
    /// Byte ranges of Markdown fenced code blocks ([`crate::statistical::fenced_code`]), read once
    /// for every rule that must not take code for prose.
    pub fenced: Vec<(usize, usize)>,
    /// The segment's language, for the few rules whose reading depends on it (French `M.` is
    /// `Monsieur`, English `M.` an initial); English unless [`Doc::in_language`] says otherwise.
    pub language: pii_core::lang::Language,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, lex: &Lexicon) -> Self {
        let mut toks = Vec::with_capacity(text.len() / 4);
        let bytes = text.as_bytes();
        let mut line = 0u32;
        let mut line_start = true;
        let mut spaces = 0usize;
        let mut tab = false;
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c == '\n' || c == '\r' {
                if c == '\n' {
                    line += 1;
                }
                line_start = true;
                spaces = 0;
                continue;
            }
            if c.is_whitespace() {
                spaces += 1;
                tab |= c == '\t';
                continue;
            }
            let start = i;
            let mut end = i + c.len_utf8();
            let kind;
            if c.is_alphanumeric() && !footnote_mark(c) {
                let mut letters = c.is_alphabetic();
                let mut digits = !letters;
                while let Some(&(j, d)) = it.peek() {
                    if d.is_alphanumeric() && !footnote_mark(d) {
                        letters |= d.is_alphabetic();
                        digits |= !d.is_alphabetic();
                        end = j + d.len_utf8();
                        it.next();
                    } else if matches!(d, '\'' | '’' | '-') && letters && !digits {
                        // Inner apostrophe or hyphen between letters: O'Brien, Smith-Lynch.
                        let after = text[j + d.len_utf8()..].chars().next();
                        if d != '-' && after.is_some_and(char::is_uppercase) && elision(&text[start..j]) {
                            // An elided article or preposition before a capital is a token of its
                            // own (`d'Angers`, `dell'Aquila`, `d'Aguiar`): the name after it is
                            // looked up alone.
                            end = j + d.len_utf8();
                            it.next();
                            break;
                        }
                        if after.is_some_and(char::is_alphabetic) {
                            end = j + d.len_utf8();
                            it.next();
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                kind = match (letters, digits) {
                    (true, false) => Kind::Word,
                    (false, true) => Kind::Num,
                    _ => Kind::Alnum,
                };
            } else {
                kind = Kind::Punct;
            }
            let s = &text[start..end];
            let shape = shape_of(s, kind);
            let lower: std::borrow::Cow<'a, str> = if s.is_ascii() {
                if s.bytes().any(|b| b.is_ascii_uppercase()) {
                    std::borrow::Cow::Owned(s.to_ascii_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(s)
                }
            } else if s.chars().any(char::is_uppercase) {
                std::borrow::Cow::Owned(s.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(s)
            };
            let info = if kind != Kind::Word {
                None
            } else if lower.contains('’') {
                lex.word(&lower.replace('’', "'")).copied()
            } else {
                let folded = || fold_latin(&lower).and_then(|f| lex.word(&f).copied()).map(|w| folded_info(w, &lower));
                match lex.word(&lower).copied() {
                    // No name in the lists (`garcía`, `josé`, known as places or words): the name lists
                    // spell it in ASCII, so the person half comes from the folded spelling.
                    Some(w) if w.first == 0.0 && w.last == 0.0 => match folded() {
                        Some(f) if f.first > 0.0 || f.last > 0.0 => {
                            Some(WordInfo { place: w.place, starts_place: w.starts_place || f.starts_place, ..f })
                        }
                        _ => Some(w),
                    },
                    Some(w) => Some(w),
                    None => folded(),
                }
            };
            // `cargo's`, `smith’s`: a possessive the lists do not hold is its word's.
            let info = info.or_else(|| {
                let stem = lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).filter(|s| s.chars().count() >= 2)?;
                lex.word(stem).copied().or_else(|| fold_latin(stem).and_then(|f| lex.word(&f).copied()).map(|w| folded_info(w, stem)))
            });
            let wordy_part = kind == Kind::Word
                && info.is_none()
                && lower.contains('-')
                && lower.split('-').any(|p| lex.word(p).is_some_and(|w| w.is_wordy()));
            // No part may be borne as a name now and then (`Hong-Bang`: `hong` is a surname too).
            let plain = |w: &WordInfo| w.is_wordy() && w.first < 0.002 && w.last < 0.002 && w.flags & crate::rules::F_SURNAME_FIRST == 0;
            let common_compound = wordy_part && lower.split('-').all(|p| lex.word(p).is_some_and(plain));
            let mut rflags = info.map_or_else(|| if kind == Kind::Word { crate::rules::flags_of(&lower) } else { 0 }, |w| w.flags);
            // Police ranks capitalised are name particles (`DI Kaur`, but `Pier Paolo Di
            // Benedetto`): titles only as written in capitals (lower case keeps its own rules).
            if shape == Shape::Cap && matches!(&*lower, "di" | "ds" | "dc" | "pc" | "dci") {
                rflags &= !crate::rules::F_TITLES;
            }
            toks.push(Token {
                start,
                end,
                kind,
                shape,
                line_start,
                space_before: spaces > 0,
                wide_gap_before: spaces >= 2 || tab,
                masked: false,
                rflags,
                lower,
                info,
                line,
                wordy_part,
                common_compound,
            });
            line_start = false;
            spaces = 0;
            tab = false;
        }
        let _ = bytes;
        drop_quote_marks(&mut toks);
        mask_machine_chunks(text, &mut toks);
        let lowercase_chat = is_lowercase_chat(text, &toks);
        Doc { text, toks, lowercase_chat, fenced: crate::statistical::fenced_code(text), language: pii_core::lang::Language::English }
    }

    /// The same document read as a segment in `language`.
    #[must_use]
    pub fn in_language(mut self, language: pii_core::lang::Language) -> Self {
        self.language = language;
        if language == pii_core::lang::Language::German {
            german_articles_are_no_particles(&mut self.toks);
        }
        self
    }

    pub fn tok_text(&self, i: usize) -> &'a str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }

    /// Index of the first token of the line holding token `i`.
    /// Token `i` starts inside a Markdown fenced code block.
    pub fn in_fenced_code(&self, i: usize) -> bool {
        let at = self.toks[i].start;
        self.fenced.iter().any(|&(a, b)| a <= at && at < b)
    }

    pub fn line_first(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && !self.toks[j].line_start {
            j -= 1;
        }
        j
    }

    /// The column where token `i` starts: characters from its line's start, as a fixed-width
    /// layout aligns its cells.
    pub fn column(&self, i: usize) -> usize {
        let at = self.toks[i].start;
        let line_start = self.text[..at].rfind('\n').map_or(0, |p| p + 1);
        self.text[line_start..at].chars().count()
    }

    /// The text of the line holding token `i` and of the lines right above and below it, without
    /// their line breaks (`None` past the text's edge): a layout's rows read whole.
    pub fn lines_around(&self, i: usize) -> (Option<&'a str>, &'a str, Option<&'a str>) {
        let text = self.text;
        let start = text[..self.toks[i].start].rfind('\n').map_or(0, |p| p + 1);
        let end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        let above = start.checked_sub(1).map(|e| &text[text[..e].rfind('\n').map_or(0, |p| p + 1)..e]);
        let below = (end < text.len()).then(|| {
            let s = end + 1;
            &text[s..text[s..].find('\n').map_or(text.len(), |p| s + p)]
        });
        (above, &text[start..end], below)
    }

    /// One past the last token of the line holding token `i`.
    pub fn line_end(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.toks.len() && !self.toks[j].line_start {
            j += 1;
        }
        j
    }

    /// Every place where `s` stands in the text starting at a token's start: the token range
    /// from that token to the last one starting inside it (the repeats of a found name).
    pub fn occurrences<'s>(&'s self, s: &'s str) -> impl Iterator<Item = (usize, usize)> + 's {
        self.text.match_indices(s).filter_map(move |(pos, _)| {
            let a = self.toks.partition_point(|t| t.start < pos);
            let b = self.toks.partition_point(|t| t.start < pos + s.len());
            (a < b && self.toks[a].start == pos).then_some((a, b))
        })
    }

    /// Whether token `i` starts a sentence: first on its line, or after `.`, `!`, `?`, `:` or a bullet;
    /// but not first on a line that goes on a wrapped sentence (see [`Doc::wrapped`]).
    pub fn sentence_start(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        if self.toks[i].line_start {
            return !self.wrapped(i);
        }
        let p = &self.toks[i - 1];
        if p.kind == Kind::Punct && matches!(&*p.lower, "." | "!" | "?" | ":" | "•" | "*" | "-" | ">" | "\"" | "(" | "[") {
            // An initial's dot (`K. Villanueva`) does not end a sentence.
            if &*p.lower == "." && i >= 2 && self.toks[i - 2].kind == Kind::Word && self.toks[i - 2].char_len() == 1 {
                return false;
            }
            return true;
        }
        false
    }

    /// Token `i`, first on its line, goes on the sentence of the line right above it, hard-wrapped
    /// in the middle (`Vou trabalhar com o` / `Thiago no projeto`): that line is a paragraph's
    /// (40 characters or more) and ends in a lower-case word, and the sentence goes on in lower
    /// case after the token (a title-case phrase there, `Specification of` / `Basic Encoding
    /// Rules`, may be a heading's words: the line start keeps counting as a sentence start).
    pub fn wrapped(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).map(|k| &self.toks[k]) else { return false };
        let t = &self.toks[i];
        if !(t.line_start && prev.line + 1 == t.line && prev.kind == Kind::Word && prev.shape == Shape::Lower) {
            return false;
        }
        let lower_after = self.toks.get(i + 1).is_some_and(|u| !u.line_start && u.kind == Kind::Word && u.shape == Shape::Lower);
        if !lower_after {
            return false;
        }
        let line_start = self.text[..prev.end].rfind('\n').map_or(0, |k| k + 1);
        self.text[line_start..prev.end].chars().count() >= 40
    }

    /// The whole line holding token `i` is upper case (a heading).
    pub fn line_is_upper(&self, i: usize) -> bool {
        let (a, b) = (self.line_first(i), self.line_end(i));
        let mut words = 0;
        for t in &self.toks[a..b] {
            if t.kind == Kind::Word {
                if t.shape != Shape::Upper {
                    return false;
                }
                words += 1;
            }
        }
        words >= 2
    }
}

/// The lower-case word before an apostrophe that French and Italian elide before a vowel (`d'`,
/// `l'`, `dell'`, `sull'`, `qu'`): at most five letters, all lower case.
fn elision(s: &str) -> bool {
    s.chars().count() <= 5 && s.chars().all(char::is_lowercase)
}

fn shape_of(s: &str, kind: Kind) -> Shape {
    if kind == Kind::Punct || kind == Kind::Num {
        return Shape::Other;
    }
    let mut chars = s.chars().filter(|c| c.is_alphabetic());
    let Some(first) = chars.next() else { return Shape::Other };
    let (mut upper, mut lower) = (0, 0);
    for c in chars {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        }
    }
    if first.is_uppercase() {
        if lower == 0 { Shape::Upper } else { Shape::Cap }
    } else if first.is_lowercase() && upper == 0 {
        Shape::Lower
    } else {
        Shape::Other
    }
}

/// Masks tokens of white-space separated chunks that hold an e-mail address, a URL, a path, a
/// key=value pair's machine part or hex: names are not looked for inside them.
fn mask_machine_chunks(text: &str, toks: &mut [Token<'_>]) {
    let nicks = log_nicks(text, toks);
    let mut i = 0;
    while i < toks.len() {
        // A chunk: tokens without white space between them.
        if is_delim(&toks[i]) {
            i += 1;
            continue;
        }
        let j = chunk_end(toks, i);
        let chunk = &text[toks[i].start..toks[j - 1].end];
        // A log's nick, and the same nick addressed in a message (`kwame_b: check #ops`).
        let addressed = !nicks.is_empty() && nicks.contains(&chunk.trim_start_matches('@').trim_end_matches([':', ',', '.', '!', '?']));
        if is_handle(chunk) || log_nick(toks, i, j) || addressed || after_byline(toks, i) || author_handle(toks, i, j) {
            i = j;
            continue;
        }
        let machine = chunk.contains('@')
            || chunk.contains("://")
            || chunk.starts_with("www.")
            || chunk.contains(".com")
            || chunk.contains(".org")
            || chunk.contains(".net")
            || (chunk.contains('/') && !chunk.contains("/>") && chunk.matches('/').count() >= 2 && !chunk.starts_with("</"))
            || chunk.contains('_');
        if machine {
            for t in &mut toks[i..j] {
                t.masked = true;
            }
        }
        i = j;
    }
}

/// What the lists say about a word found under its spelling without diacritics (`văn` as `van`,
/// `müller` as `muller`): the name shares and places carry over, but a short folded word is usually
/// another word than the English one it collides with (`Văn`, `Thị`, `Lê`, `Đỗ` are names, not
/// `van`, `thi`, `le`, `do`), so its English frequency and rule-list flags are not taken over.
fn folded_info(mut w: WordInfo, lower: &str) -> WordInfo {
    if lower.chars().count() <= 4 {
        w.zipf = w.zipf.min(2.9);
    }
    w.flags = crate::rules::flags_of(lower);
    w
}

/// A chat handle (`@lucas.oliveira`, `@sven_lindgren`): `@` first and nowhere else, no URL. It is
/// left open so that the person rules can judge the name in it.
/// German writes its articles and contracted prepositions between capitalised nouns (`Sitzung des
/// Elternbeirats`, `Anfrage zur Busanbindung`): there they are no name particles, which German
/// names have only as `von`, `zu` and `von der` / `von dem` (`Ursula von der Leyen`), and as
/// `zur` / `zum` after a given name or an initial (`Rosemarie zur Nieden`, `Z. zur Nieden`).
fn german_articles_are_no_particles(toks: &mut [Token<'_>]) {
    for k in 0..toks.len() {
        let after_von = k > 0 && matches!(&*toks[k - 1].lower, "von" | "van");
        let after_name = k > 0 && matches!(&*toks[k].lower, "zur" | "zum") && {
            let p = &toks[k - 1];
            let initial =
                p.kind == Kind::Punct && &*p.lower == "." && k > 1 && toks[k - 2].shape == Shape::Upper && toks[k - 2].char_len() == 1;
            initial || (p.kind == Kind::Word && p.shape == Shape::Cap && p.info.is_some_and(|w| w.is_first()))
        };
        if toks[k].shape == Shape::Lower
            && !after_von
            && !after_name
            && matches!(&*toks[k].lower, "des" | "der" | "den" | "dem" | "zur" | "zum" | "la" | "le" | "e" | "y" | "do" | "du")
        {
            toks[k].rflags &= !crate::rules::F_PARTICLES;
        }
    }
}

pub(crate) fn is_handle(chunk: &str) -> bool {
    let Some(rest) = chunk.strip_prefix('@') else { return false };
    let rest = rest.trim_end_matches(['.', ',', ':', '!', '?']);
    !rest.is_empty()
        && rest.len() <= 40
        && rest.chars().next().is_some_and(char::is_alphabetic)
        && rest.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && !rest.contains("..")
        && !rest
            .split('.')
            .next_back()
            .is_some_and(|tld| matches!(tld, "com" | "org" | "net" | "io" | "de" | "uk" | "fr" | "es" | "it" | "nl" | "co" | "edu" | "gov"))
}

/// Token `i` follows a byline's opening at the start of its line (`Posted by`, `Reply from`):
/// a user name, left open for the byline rule, where a `_` elsewhere marks code.
pub(crate) fn after_byline(toks: &[Token<'_>], i: usize) -> bool {
    if i < 2 || toks[i].line_start {
        return false;
    }
    let (verb, link) = (&toks[i - 2], &toks[i - 1]);
    verb.line_start
        && verb.kind == Kind::Word
        && link.kind == Kind::Word
        && crate::rules::BYLINE_OPENERS.iter().any(|&(v, l)| *verb.lower == *v && *link.lower == *l)
}

/// Marks that open a reply under a post, before its author's user name (`↳ neus.2022 · respondió`).
const REPLY_MARKS: &[&str] = &["↳", "↪", "└", "╰", "•", "-", "*"];

/// The chunk `i..j` is a post's author as a forum or comment thread prints it: a user name in lower
/// case opening its line (after a reply mark at most), then ` · ` and the post's date or verb
/// (`maribel_runner · 18/11/2026`, `↳ neus.2022 · respondió`). Left open for the byline rule, where
/// a `_` elsewhere marks code.
pub(crate) fn author_handle(toks: &[Token<'_>], i: usize, j: usize) -> bool {
    let t = &toks[i];
    let opens = t.line_start
        || (i > 0
            && toks[i - 1].line_start
            && toks[i - 1].kind == Kind::Punct
            && REPLY_MARKS.contains(&&*toks[i - 1].lower)
            && t.space_before);
    opens
        && t.kind == Kind::Word
        && t.shape == Shape::Lower
        && toks[i..j].iter().all(|u| u.kind != Kind::Word || u.shape == Shape::Lower)
        && toks.get(j).is_some_and(|u| u.kind == Kind::Punct && &*u.lower == "·" && u.space_before && !u.line_start)
}

/// The end of the chunk that starts at token `i`: the tokens glued to it, up to a delimiter or
/// a URI scheme's colon.
fn chunk_end(toks: &[Token<'_>], i: usize) -> usize {
    let mut j = i + 1;
    while j < toks.len() && !toks[j].space_before && !toks[j].line_start && !is_delim(&toks[j]) && !scheme_colon(toks, j) {
        j += 1;
    }
    j
}

/// The nicks of the log's speakers (`kwame_b` of `<kwame_b> morning`), as written.
fn log_nicks<'t>(text: &'t str, toks: &[Token<'_>]) -> Vec<&'t str> {
    if !text.contains('<') {
        return Vec::new();
    }
    let mut nicks = Vec::new();
    for i in 1..toks.len() {
        if toks[i - 1].lower != "<" || toks[i].kind != Kind::Word {
            continue;
        }
        let j = chunk_end(toks, i);
        if log_nick(toks, i, j) {
            nicks.push(&text[toks[i].start..toks[j - 1].end]);
        }
    }
    nicks
}

/// The chunk `i..j` is a log's nick in angle brackets that opens a line or follows its time stamp
/// (`<kwame_a> morning`, `[09:14] <@sofiya.k> on it`): a user name, left open for the nick rule,
/// where a `_` elsewhere marks code (`snake_case`).
fn log_nick(toks: &[Token<'_>], i: usize, j: usize) -> bool {
    let mut o = i;
    if o > 0 && toks[o - 1].glued() && matches!(&*toks[o - 1].lower, "@" | "+") {
        o -= 1;
    }
    let opened = o > 0 && toks[o - 1].lower == "<" && (toks[o - 1].line_start || (o >= 2 && toks[o - 2].lower == "]"));
    let closed = toks.get(j).is_some_and(|t| t.lower == ">" && t.glued());
    opened
        && closed
        && toks[i].kind == Kind::Word
        && toks[i..j].iter().all(|t| t.kind != Kind::Punct || matches!(&*t.lower, "." | "_" | "-"))
}

/// A colon before a URI scheme (`CN=Giulia Marino:mailto:g.marino@…`): the address starts a
/// machine chunk of its own, and the word glued before the colon stays text.
fn scheme_colon(toks: &[Token<'_>], j: usize) -> bool {
    toks[j].kind == Kind::Punct
        && toks[j].lower == ":"
        && toks.get(j + 1).is_some_and(|t| t.glued() && matches!(&*t.lower, "mailto" | "http" | "https" | "tel" | "sip" | "urn"))
}

fn is_delim(t: &Token<'_>) -> bool {
    t.kind == Kind::Punct && matches!(&*t.lower, "," | ";" | "\"" | "(" | ")" | "<" | ">" | "[" | "]" | "|" | "{" | "}" | "'")
}

/// Chat-like text: several lines of `speaker: message`, mostly lower case. A turn has a message after
/// its colon on the same line, and turns make at least a third of the lines: prose wraps lines that
/// start `included:` or `example:` before a list or a code block, and a URL line starts `https:`,
/// and read as chat those made every lowercase word of a README a possible name.
fn is_lowercase_chat(text: &str, toks: &[Token<'_>]) -> bool {
    let mut lower = 0usize;
    let mut upper = 0usize;
    for c in text.chars().take(4000) {
        if c.is_lowercase() {
            lower += 1;
        } else if c.is_uppercase() {
            upper += 1;
        }
    }
    if lower < 20 || upper * 12 > lower {
        return false;
    }
    let mut turns = 0;
    let mut lines = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.line_start {
            lines += 1;
            // `name:` or `[..] name:` at the start of a line.
            let mut k = i;
            if t.is_punct('[') {
                while k < toks.len() && !toks[k].is_punct(']') && toks[k].line == t.line {
                    k += 1;
                }
                k += 1;
            }
            if k + 2 < toks.len()
                && toks[k].kind == Kind::Word
                && toks[k].shape == Shape::Lower
                && toks[k + 1].is_punct(':')
                && toks[k + 2].line == toks[k + 1].line
                && toks[k + 2].space_before
            {
                turns += 1;
            }
        }
    }
    turns >= 2 && turns * 3 >= lines
}

/// `nguyễn` -> `nguyen`, `müller` -> `muller`: Latin letters without their diacritics, for looking
/// up names the census spells in ASCII. `None` when nothing changes.
pub(crate) fn fold_latin(lower: &str) -> Option<String> {
    if lower.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(lower.len());
    let mut changed = false;
    for c in lower.chars() {
        let f = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => {
                'a'
            }
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' => {
                'e'
            }
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ỉ' | 'ị' => 'i',
            'ķ' => 'k',
            'ĺ' | 'ļ' | 'ľ' | 'ł' => 'l',
            'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ'
            | 'ợ' => 'o',
            'ŕ' | 'ř' => 'r',
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
            'ţ' | 'ť' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ụ' | 'ủ' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' => {
                'u'
            }
            'ý' | 'ÿ' | 'ŷ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            'ß' => {
                out.push_str("ss");
                changed = true;
                continue;
            }
            other => other,
        };
        changed |= f != c;
        out.push(f);
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_articles_are_no_particles_but_zur_after_a_given_name_is() {
        let lex = Lexicon::from_rows(&[("rosemarie", 2.3, 0.035, 0.0), ("zur", 3.2, 0.0, 0.0), ("der", 7.0, 0.0, 0.0)], &[]);
        let particle = |text: &str, word: &str| {
            let doc = Doc::new(text, &lex).in_language(pii_core::lang::Language::German);
            doc.toks.iter().find(|t| &*t.lower == word).is_some_and(|t| t.rf(crate::rules::F_PARTICLES))
        };
        assert!(particle("Sieg für Rosemarie zur Nieden.", "zur"));
        assert!(particle("Protokoll: Z. zur Nieden", "zur"));
        // Negatives: between nouns, and an article after `Rosemarie`.
        assert!(!particle("Anfrage zur Busanbindung", "zur"));
        assert!(!particle("Sitzung der Elternvertretung", "der"));
    }

    #[test]
    fn an_elided_word_before_a_capital_is_a_token_of_its_own() {
        let lex = Lexicon::from_rows(&[], &[]);
        let words = |text: &str| Doc::new(text, &lex).toks.iter().map(|t| (t.lower.to_string(), t.space_before)).collect::<Vec<_>>();
        assert_eq!(words("près d'Angers"), [("près".into(), false), ("d'".into(), true), ("angers".into(), false)]);
        assert_eq!(words("dell\u{2019}Aquila")[0].0, "dell\u{2019}");
        // Negatives: a name that opens with its capital, an elision before a lower-case word, and a
        // word longer than an elided one.
        for one in ["D'Angelo", "O'Brien", "aujourd'hui", "l'ufficio", "rock'n'Roll"] {
            assert_eq!(words(one).len(), 1, "{one}");
        }
    }

    #[test]
    fn a_line_that_goes_on_a_wrapped_sentence_starts_none() {
        let lex = Lexicon::from_rows(&[], &[]);
        let doc = Doc::new("Faço parte da equipe em Coimbra e vou trabalhar com o\nPaulo no projeto.", &lex);
        let paulo = doc.toks.iter().position(|t| &*t.lower == "paulo").expect("token");
        assert!(!doc.sentence_start(paulo));
        // Negatives: after a sentence's end, after a short line, and before title-case words.
        for text in [
            "Faço parte da equipe em Coimbra e vou trabalhar amanhã.\nPaulo no projeto.",
            "Com o\nPaulo no projeto.",
            "ASN.1 encoding rules: the specification of\nPaulo Encoding Rules (BER).",
        ] {
            let doc = Doc::new(text, &lex);
            let paulo = doc.toks.iter().position(|t| &*t.lower == "paulo").expect("token");
            assert!(doc.sentence_start(paulo), "{text}");
        }
    }
}
