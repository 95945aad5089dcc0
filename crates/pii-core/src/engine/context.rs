//! Context words: the label in front of a value ("SSN:", "Passport no.", a JSON key, a CSV column
//! header) often decides what a bare number is.
//!
//! One Aho-Corasick automaton holds every keyword of every built-in kind (ASCII case-insensitive,
//! leftmost-longest so that "driver license" wins over "license"). For a candidate the engine looks at
//! the field name of the segment, then at the CSV column header when the text is a delimited table,
//! then at a short window before the candidate. The **nearest** keyword that says something about a
//! kind decides for that kind: a label ("Phone:") boosts its own kind and suppresses the other
//! label-sensitive kinds; a negative word ("order", "tracking", "version") suppresses.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::kind::{Kind, KindSet};
use crate::CoreError;

/// Kinds whose shape alone is weak evidence, so that a label naming another thing rules them out.
pub(crate) const LABEL_SENSITIVE: KindSet = bits(&[
    Kind::Phone,
    Kind::UsSsn,
    Kind::UsItin,
    Kind::UsPassport,
    Kind::UsDriverLicense,
    Kind::UsBank,
    Kind::AbaRouting,
    Kind::MedicalLicense,
    Kind::UkNhs,
    Kind::NlBsn,
    Kind::AuTfn,
    Kind::AuAcn,
    Kind::AuAbn,
    Kind::AuMedicare,
    Kind::CaSin,
    Kind::InAadhaar,
    Kind::DeTaxId,
    Kind::BrCpf,
    Kind::PlPesel,
    Kind::KrRrn,
    Kind::SePersonnummer,
]);

pub(crate) const fn bits(kinds: &[Kind]) -> KindSet {
    let mut s = 0;
    let mut i = 0;
    while i < kinds.len() {
        s |= kinds[i].bit();
        i += 1;
    }
    s
}

#[derive(Clone, Copy)]
struct Keyword {
    word: &'static str,
    boost: KindSet,
    suppress: KindSet,
}

/// A label: boosts `kinds`, rules out the other label-sensitive kinds.
const fn label(word: &'static str, kinds: &[Kind]) -> Keyword {
    let boost = bits(kinds);
    Keyword { word, boost, suppress: LABEL_SENSITIVE & !boost }
}

/// A hint: boosts `kinds`, says nothing about the others.
const fn hint(word: &'static str, kinds: &[Kind]) -> Keyword {
    Keyword { word, boost: bits(kinds), suppress: 0 }
}

/// A negative word: suppresses `kinds`.
const fn neg(word: &'static str, suppress: KindSet) -> Keyword {
    Keyword { word, boost: 0, suppress }
}

use Kind::*;

const PHONE: &[Kind] = &[Phone];
const BANK: &[Kind] = &[UsBank];
const IDS: KindSet = LABEL_SENSITIVE;
/// Words in front of software versions and build numbers, which look like IPv4 addresses.
const VERSIONISH: KindSet = bits(&[Ip]) | LABEL_SENSITIVE;

const KEYWORDS: &[Keyword] = &[
    // Phone numbers.
    label("phone", PHONE),
    label("telephone", PHONE),
    label("tel", PHONE),
    label("tel.", PHONE),
    label("mobile", PHONE),
    label("mob", PHONE),
    label("cell", PHONE),
    label("cellphone", PHONE),
    label("fax", PHONE),
    label("call", PHONE),
    label("calling", PHONE),
    label("contact", PHONE),
    label("reach", PHONE),
    label("reachable", PHONE),
    label("whatsapp", PHONE),
    label("sms", PHONE),
    label("text me", PHONE),
    label("dial", PHONE),
    label("landline", PHONE),
    label("hotline", PHONE),
    label("direct", PHONE),
    label("telefon", PHONE),
    label("telefono", PHONE),
    label("teléfono", PHONE),
    label("téléphone", PHONE),
    label("portable", PHONE),
    label("handy", PHONE),
    label("cellulare", PHONE),
    label("móvil", PHONE),
    // US social security and taxpayer numbers.
    label("ssn", &[UsSsn, UsItin]),
    label("ss#", &[UsSsn]),
    label("social security", &[UsSsn]),
    label("social sec", &[UsSsn]),
    label("itin", &[UsItin, UsSsn]),
    label("taxpayer", &[UsItin, UsSsn]),
    label("tin", &[UsItin, UsSsn]),
    // Cards.
    label("card", &[CreditCard]),
    label("credit", &[CreditCard]),
    label("debit", &[CreditCard]),
    label("visa", &[CreditCard]),
    label("mastercard", &[CreditCard]),
    label("amex", &[CreditCard]),
    label("american express", &[CreditCard]),
    label("discover", &[CreditCard]),
    label("diners", &[CreditCard]),
    label("jcb", &[CreditCard]),
    label("pan", &[CreditCard]),
    label("cc#", &[CreditCard]),
    label("cardholder", &[CreditCard]),
    // Bank accounts and routing numbers.
    label("account", BANK),
    label("acct", BANK),
    label("acc no", BANK),
    label("a/c", BANK),
    label("checking", BANK),
    label("chequing", BANK),
    label("savings", BANK),
    label("deposit", BANK),
    label("ach", BANK),
    label("bank", &[UsBank, Iban]),
    label("account number", BANK),
    label("routing", &[AbaRouting]),
    label("aba", &[AbaRouting]),
    label("rtn", &[AbaRouting]),
    label("iban", &[Iban]),
    label("bic", &[Iban]),
    label("swift", &[Iban]),
    // Passports and driver licenses.
    label("passport", &[UsPassport]),
    label("pasaporte", &[UsPassport]),
    label("passeport", &[UsPassport]),
    label("reisepass", &[UsPassport]),
    label("driver", &[UsDriverLicense]),
    label("drivers", &[UsDriverLicense]),
    label("driver's", &[UsDriverLicense]),
    label("driving", &[UsDriverLicense]),
    label("driver license", &[UsDriverLicense]),
    label("driver licence", &[UsDriverLicense]),
    label("driver's license", &[UsDriverLicense]),
    label("driver's licence", &[UsDriverLicense]),
    label("drivers license", &[UsDriverLicense]),
    label("driving licence", &[UsDriverLicense]),
    label("driving license", &[UsDriverLicense]),
    label("dl", &[UsDriverLicense]),
    label("dl#", &[UsDriverLicense]),
    label("license", &[UsDriverLicense, MedicalLicense]),
    label("licence", &[UsDriverLicense, MedicalLicense]),
    label("lic", &[UsDriverLicense, MedicalLicense]),
    // Medical licenses and DEA numbers.
    label("dea", &[MedicalLicense]),
    label("prescriber", &[MedicalLicense]),
    label("physician", &[MedicalLicense]),
    label("medical", &[MedicalLicense]),
    label("medical license", &[MedicalLicense]),
    label("medical licence", &[MedicalLicense]),
    label("physician license", &[MedicalLicense]),
    label("physician licence", &[MedicalLicense]),
    label("state license", &[MedicalLicense]),
    label("npi", &[MedicalLicense]),
    label("practitioner", &[MedicalLicense]),
    label("nurse", &[MedicalLicense]),
    label("pharmacist", &[MedicalLicense]),
    // UK and other national identifiers.
    label("nhs", &[UkNhs]),
    label("health service", &[UkNhs]),
    label("national insurance", &[UkNino]),
    label("nino", &[UkNino]),
    label("bsn", &[NlBsn]),
    label("burgerservicenummer", &[NlBsn]),
    label("tfn", &[AuTfn]),
    label("tax file", &[AuTfn]),
    label("abn", &[AuAbn]),
    label("acn", &[AuAcn]),
    label("medicare", &[AuMedicare]),
    label("sin", &[CaSin]),
    label("social insurance", &[CaSin]),
    label("aadhaar", &[InAadhaar]),
    label("aadhar", &[InAadhaar]),
    label("uidai", &[InAadhaar]),
    label("steuer", &[DeTaxId]),
    label("steueridentifikationsnummer", &[DeTaxId]),
    label("steuer-id", &[DeTaxId]),
    label("idnr", &[DeTaxId]),
    label("cpf", &[BrCpf]),
    label("pesel", &[PlPesel]),
    label("rrn", &[KrRrn]),
    label("resident registration", &[KrRrn]),
    label("personnummer", &[SePersonnummer]),
    label("tax id", &[DeTaxId, UsItin]),
    // Dates: labels that also rule out the numeric identifiers.
    label("dob", &[Date]),
    label("d.o.b", &[Date]),
    label("date of birth", &[Date]),
    label("birth", &[Date]),
    label("born", &[Date]),
    label("date", &[Date]),
    label("expires", &[Date]),
    label("expiry", &[Date]),
    label("admitted", &[Date]),
    label("discharged", &[Date]),
    // IP addresses.
    hint("ip", &[Ip]),
    hint("ipv4", &[Ip]),
    hint("ipv6", &[Ip]),
    hint("ip address", &[Ip]),
    hint("host", &[Ip]),
    hint("src", &[Ip]),
    hint("dst", &[Ip]),
    hint("source", &[Ip]),
    hint("client", &[Ip]),
    hint("server", &[Ip]),
    hint("remote", &[Ip]),
    hint("peer", &[Ip]),
    hint("from", &[Ip]),
    hint("login", &[Ip]),
    hint("addr", &[Ip]),
    hint("gateway", &[Ip]),
    hint("proxy", &[Ip]),
    // Crypto wallets and MAC addresses.
    hint("btc", &[Crypto]),
    hint("bitcoin", &[Crypto]),
    hint("wallet", &[Crypto]),
    hint("eth", &[Crypto]),
    hint("ethereum", &[Crypto]),
    hint("crypto", &[Crypto]),
    hint("mac", &[Mac]),
    hint("bssid", &[Mac]),
    hint("hwaddr", &[Mac]),
    // Negative words: what follows is a reference, a version or a quantity, not a personal identifier.
    neg("order", IDS),
    neg("invoice", IDS),
    neg("inv", IDS),
    neg("ticket", IDS),
    neg("tracking", IDS),
    neg("track", IDS),
    neg("parcel", IDS),
    neg("shipment", IDS),
    neg("ref", IDS),
    neg("reference", IDS),
    neg("case", IDS),
    neg("sku", IDS),
    neg("serial", IDS),
    neg("s/n", IDS),
    neg("po", IDS),
    neg("confirmation", IDS),
    neg("booking", IDS),
    neg("reservation", IDS),
    neg("request", IDS),
    neg("req", IDS),
    neg("transaction", IDS),
    neg("txn", IDS),
    neg("trace", IDS),
    neg("session", IDS),
    label("token", &[Secret]),
    label("secret", &[Secret]),
    label("api key", &[Secret]),
    label("apikey", &[Secret]),
    label("api_key", &[Secret]),
    label("access key", &[Secret]),
    label("secret key", &[Secret]),
    label("secret_access_key", &[Secret]),
    label("client secret", &[Secret]),
    label("client_secret", &[Secret]),
    label("private key", &[Secret]),
    label("password", &[Secret]),
    label("credential", &[Secret]),
    neg("hash", IDS),
    neg("commit", VERSIONISH),
    neg("batch", IDS),
    neg("job", IDS),
    neg("item", IDS),
    neg("product", IDS),
    neg("part", IDS),
    neg("model", IDS),
    neg("rma", IDS),
    neg("claim", IDS),
    neg("employee id", IDS),
    neg("emp id", IDS),
    neg("asset", IDS),
    neg("unit", IDS),
    neg("room", IDS),
    neg("qty", IDS),
    neg("quantity", IDS),
    neg("amount", IDS),
    neg("total", IDS),
    neg("price", IDS),
    neg("zip", IDS),
    neg("postcode", IDS),
    neg("postal", IDS),
    neg("pid", IDS),
    neg("uid", IDS),
    neg("version", VERSIONISH),
    neg("ver", VERSIONISH),
    neg("build", VERSIONISH),
    neg("release", VERSIONISH),
    neg("rev", VERSIONISH),
    neg("revision", VERSIONISH),
    neg("firmware", VERSIONISH),
    neg("patch", VERSIONISH),
    neg("update", VERSIONISH),
    neg("upgrade", VERSIONISH),
    neg("upgraded", VERSIONISH),
    neg("deploy", VERSIONISH),
    neg("deploying", VERSIONISH),
    neg("deployed", VERSIONISH),
    neg("rollout", VERSIONISH),
    neg("agent", VERSIONISH),
    neg("sdk", VERSIONISH),
    neg("kernel", VERSIONISH),
    neg("package", VERSIONISH),
    neg("branch", VERSIONISH),
    neg("tag", VERSIONISH),
    neg("snapshot", VERSIONISH),
    neg("dependency", VERSIONISH),
    neg("dependencies", VERSIONISH),
    neg("library", VERSIONISH),
    neg("module", VERSIONISH),
    neg("plugin", VERSIONISH),
];

/// What the context says about each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub boost: KindSet,
    pub suppress: KindSet,
}

impl Verdict {
    fn decided(&self) -> KindSet {
        self.boost | self.suppress
    }

    /// Applies a keyword, unless an earlier (nearer) one already decided its kinds.
    fn apply(&mut self, kw: &Keyword) {
        let open = !self.decided();
        self.boost |= kw.boost & open;
        self.suppress |= kw.suppress & open & !kw.boost;
    }
}

/// The compiled keyword automaton.
pub(crate) struct ContextIndex {
    ac: AhoCorasick,
}

/// How far back from a candidate the window reaches on its own line, and into the line before.
const WINDOW: usize = 64;
/// How far from the end of a previous line a keyword may be to count.
const PREVIOUS_LINE_TAIL: usize = 24;
/// How many previous lines are searched when the candidate's own line has no keyword.
const PREVIOUS_LINES: usize = 3;

impl ContextIndex {
    pub(crate) fn new() -> Result<Self, CoreError> {
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(KEYWORDS.iter().map(|k| k.word))
            .map_err(|e| CoreError::invalid("context keywords", e.to_string()))?;
        Ok(ContextIndex { ac })
    }

    /// Keywords in `hay[from..to]` (whole words), nearest last, appended to `out`.
    fn hits(&self, hay: &str, from: usize, to: usize, out: &mut Vec<u16>) -> usize {
        let bytes = hay.as_bytes();
        let before = out.len();
        let input = aho_corasick::Input::new(hay).range(from..to);
        for m in self.ac.find_iter(input) {
            let (s, e) = (m.start(), m.end());
            let word_start = s == 0 || !is_word_byte(bytes[s - 1]);
            // A keyword must end its word, or carry an inflection ("deploying", "passports"), but not
            // be the stem of another word ("accountant" is not "account").
            let tail = bytes[e..].iter().take(6).take_while(|b| b.is_ascii_alphabetic()).count();
            let word_end = tail == 0
                || (e - s > 3
                    && matches!(
                        bytes[e..e + tail].to_ascii_lowercase().as_slice(),
                        b"s" | b"es" | b"ed" | b"d" | b"ing" | b"er" | b"ers"
                    ));
            if word_start && word_end {
                out.push(m.pattern().as_usize() as u16);
            }
        }
        out.len() - before
    }

    /// Decides from a field name (JSON key, CSV header, XML attribute): every keyword in it counts,
    /// the last one being the nearest.
    pub(crate) fn field(&self, name: &str, verdict: &mut Verdict, scratch: &mut Vec<u16>) {
        scratch.clear();
        let name = if name.len() > 256 { &name[..floor_char_boundary(name, 256)] } else { name };
        self.hits(name, 0, name.len(), scratch);
        for &h in scratch.iter().rev() {
            verdict.apply(&KEYWORDS[h as usize]);
        }
    }

    /// Decides from the text before `start`: the current line's last [`WINDOW`] bytes; when they hold
    /// no keyword at all, also the end of the previous line (a label on a line of its own, a chat
    /// question answered on the next line).
    pub(crate) fn window(&self, text: &str, start: usize, verdict: &mut Verdict, scratch: &mut Vec<u16>) {
        let bytes = text.as_bytes();
        let lo = start.saturating_sub(WINDOW);
        let line_start = memrchr(b'\n', &bytes[lo..start]).map(|p| lo + p + 1);
        let from = floor_char_boundary(text, line_start.unwrap_or(lo));
        scratch.clear();
        let mut n = self.hits(text, from, start, scratch);
        // Only a label at the end of a previous line counts ("Account number:", "whats the account
        // again"), not a word at its start ("Account Manager, Acme"); a few short lines without any
        // keyword (a chat interjection) may sit in between.
        let mut line_start = line_start;
        for _ in 0..PREVIOUS_LINES {
            let Some(ls) = line_start.filter(|&ls| ls > 0 && n == 0) else { break };
            let prev_end = ls - 1;
            let lo = prev_end.saturating_sub(WINDOW);
            let prev_start = memrchr(b'\n', &bytes[lo..prev_end]).map(|p| lo + p + 1);
            let from = floor_char_boundary(text, prev_end.saturating_sub(PREVIOUS_LINE_TAIL));
            let from = prev_start.map_or(from, |p| p.max(from));
            n = self.hits(text, from, prev_end, scratch);
            line_start = prev_start;
        }
        for &h in scratch[scratch.len() - n..].iter().rev() {
            verdict.apply(&KEYWORDS[h as usize]);
        }
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

pub(crate) fn memrchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().rposition(|&b| b == needle)
}

/// The largest char boundary at or below `i`.
pub(crate) fn floor_char_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Finds the column header of a value inside a delimited table written as plain text (CSV, TSV,
/// semicolon- or pipe-separated), caching the table it found so that a whole table costs one pass.
#[derive(Default)]
pub(crate) struct TableHeaders {
    /// The last table found: header line range, delimiter, field count, and how far down it was
    /// verified to continue (end of the last line known to have the same field count).
    table: Option<Table>,
}

#[derive(Clone, Copy)]
struct Table {
    header: (usize, usize),
    delim: u8,
    fields: usize,
    verified_to: usize,
}

/// A table is searched no further up than this many lines, so a candidate costs bounded work.
const MAX_HEADER_LOOKBACK: usize = 2_000;

impl TableHeaders {
    /// The header of the column that holds `pos`, if `pos` lies in a data row of a delimited table.
    pub(crate) fn header_for<'t>(&mut self, text: &'t str, pos: usize) -> Option<&'t str> {
        let bytes = text.as_bytes();
        // Lines longer than this are not table rows worth a lookup (and must not cost a long scan).
        const MAX_LINE: usize = 4096;
        let back = pos.saturating_sub(MAX_LINE);
        let ls = match memrchr(b'\n', &bytes[back..pos]) {
            Some(p) => back + p + 1,
            None if back == 0 => 0,
            None => return None,
        };
        let ahead = (pos + MAX_LINE).min(bytes.len());
        let le = match memchr(b'\n', &bytes[pos..ahead]) {
            Some(p) => pos + p,
            None if ahead == bytes.len() => ahead,
            None => return None,
        };
        let line = &bytes[ls..le];
        let delim = guess_delimiter(line)?;
        let fields = count_fields(line, delim);
        if fields < 3 {
            return None;
        }
        let reusable = self.table.is_some_and(|t| t.delim == delim && t.fields == fields && ls > t.header.1);
        let cached = if reusable && extend(bytes, &mut self.table, ls) { self.table } else { None };
        let table = match cached {
            Some(t) => t,
            None => {
                let t = find_table(bytes, ls, le, delim, fields)?;
                self.table = Some(t);
                t
            }
        };
        let col = column_of(line, delim, pos - ls);
        let header = &text[table.header.0..table.header.1];
        field_at(header, table.delim, col)
    }
}

/// Extends the cached table's verified range down to the line starting at `ls`; false if a line in
/// between breaks the table.
fn extend(bytes: &[u8], table: &mut Option<Table>, ls: usize) -> bool {
    let Some(t) = table.as_mut() else { return false };
    let mut p = t.verified_to;
    while p < ls {
        let start = if bytes.get(p) == Some(&b'\n') { p + 1 } else { p };
        if start >= ls {
            break;
        }
        let end = memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |q| start + q);
        if count_fields(&bytes[start..end], t.delim) != t.fields {
            *table = None;
            return false;
        }
        p = end;
    }
    t.verified_to = t.verified_to.max(ls);
    true
}

/// Walks up from the row `[ls, le)` over rows with the same field count; the topmost one is the
/// header if it looks like one (letters, few digits).
fn find_table(bytes: &[u8], ls: usize, le: usize, delim: u8, fields: usize) -> Option<Table> {
    let mut top = (ls, le);
    let mut cur = ls;
    for _ in 0..MAX_HEADER_LOOKBACK {
        if cur == 0 {
            break;
        }
        let pe = cur - 1;
        let ps = memrchr(b'\n', &bytes[..pe]).map_or(0, |p| p + 1);
        if count_fields(&bytes[ps..pe], delim) != fields {
            break;
        }
        top = (ps, pe);
        cur = ps;
    }
    if top.0 == ls {
        return None;
    }
    let header = &bytes[top.0..top.1];
    let digits = header.iter().filter(|b| b.is_ascii_digit()).count();
    let letters = header.iter().filter(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 || digits * 5 > letters {
        return None;
    }
    Some(Table { header: top, delim, fields, verified_to: le })
}

fn guess_delimiter(line: &[u8]) -> Option<u8> {
    let mut best = (0usize, 0u8);
    for d in [b',', b'\t', b';', b'|'] {
        let c = line.iter().filter(|&&b| b == d).count();
        if c > best.0 {
            best = (c, d);
        }
    }
    (best.0 >= 2).then_some(best.1)
}

/// Fields of a delimited line, with double-quoted fields that may hold the delimiter.
fn count_fields(line: &[u8], delim: u8) -> usize {
    let mut n = 1;
    let mut quoted = false;
    for &b in line {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delim && !quoted {
            n += 1;
        }
    }
    n
}

fn column_of(line: &[u8], delim: u8, offset: usize) -> usize {
    let mut col = 0;
    let mut quoted = false;
    for &b in &line[..offset.min(line.len())] {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delim && !quoted {
            col += 1;
        }
    }
    col
}

fn field_at(line: &str, delim: u8, col: usize) -> Option<&str> {
    let bytes = line.as_bytes();
    let mut c = 0;
    let mut start = 0;
    let mut quoted = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delim && !quoted {
            if c == col {
                return Some(&line[start..i]);
            }
            c += 1;
            start = i + 1;
        }
    }
    (c == col).then(|| &line[start..])
}

pub(crate) fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(text: &str, at: &str) -> Verdict {
        let idx = ContextIndex::new().expect("test input");
        let start = text.find(at).expect("test input");
        let mut v = Verdict::default();
        idx.window(text, start, &mut v, &mut Vec::new());
        v
    }

    #[test]
    fn the_nearest_label_decides() {
        let v = verdict("Phone: 087 701 7849, Card for deposit: 4042-8110", "4042");
        assert!(v.boost & Kind::CreditCard.bit() != 0);
        assert!(v.suppress & Kind::Phone.bit() != 0);
        let v = verdict("Order 5V30460369. Call me on 575.468.5512", "575");
        assert!(v.boost & Kind::Phone.bit() != 0);
        let v = verdict("my package with tracking 1324991126 was", "1324");
        assert!(v.suppress & Kind::UsBank.bit() != 0 && v.suppress & Kind::Phone.bit() != 0);
    }

    #[test]
    fn longer_phrases_win_and_short_words_must_be_whole() {
        let v = verdict("Driver license: 892340907", "892");
        assert!(v.boost & Kind::UsDriverLicense.bit() != 0);
        assert!(v.suppress & Kind::MedicalLicense.bit() != 0);
        let v = verdict("the zipper 892340907", "892");
        assert_eq!(v.boost, 0);
    }

    #[test]
    fn a_label_on_the_previous_line_counts_when_the_line_has_none() {
        let v = verdict("david: whats the account again\nbrittany: 63345054455 its", "633");
        assert!(v.boost & Kind::UsBank.bit() != 0);
    }

    #[test]
    fn csv_headers_are_found_and_cached() {
        let text = "Clinic list\ntime,patient,nhs_number,type\n12:30,Barry Lee,626 064 3705,new\n09:00,\"Pearson, Ruth\",314 725 4216,review\n";
        let mut t = TableHeaders::default();
        let p = text.find("626").expect("test input");
        assert_eq!(t.header_for(text, p), Some("nhs_number"));
        let p = text.find("314").expect("test input");
        assert_eq!(t.header_for(text, p), Some("nhs_number"));
        assert_eq!(t.header_for(text, text.find("Clinic").expect("test input")), None);
    }
}
