//! Context words: the label in front of a value ("SSN:", "Passport no.", a JSON key, a CSV column
//! header) often decides what a bare number is.
//!
//! The keywords of every built-in kind are indexed by their first two bytes and matched at word
//! starts (ASCII case-insensitive, longest first so that "driver license" wins over "license"). For a candidate the engine looks at
//! the field name of the segment, then at the CSV column header when the text is a delimited table,
//! then at a short window before the candidate. The **nearest** keyword that says something about a
//! kind decides for that kind: a label ("Phone:") boosts its own kind and suppresses the other
//! label-sensitive kinds; a negative word ("order", "tracking", "version") suppresses.

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
]) | NEW_KINDS;

/// The kinds added for Presidio parity ([`super::context_words`]), every one of them label-sensitive:
/// a label naming another identifier, or a negative word, rules them out. Their own labels rule out
/// only each other, so that they never change what the older kinds report.
const NEW_KINDS: KindSet = {
    let mut s: KindSet = 0;
    let mut i = Kind::DeBsnr as usize;
    while i < Kind::ALL.len() {
        s |= Kind::ALL[i].bit();
        i += 1;
    }
    s
};

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

/// Kinds whose candidates, when they score on their own, are not changed by any context word:
/// checksummed or unmistakable shapes. Their context is not looked up.
pub(crate) const CONTEXT_FREE: KindSet =
    bits(&[Kind::Email, Kind::Url, Kind::Iban, Kind::Crypto, Kind::CreditCard, Kind::Date, Kind::Secret]);

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
    label("ph", PHONE),
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
    label("soc sec", &[UsSsn]),
    label("ss no", &[UsSsn]),
    label("ss number", &[UsSsn]),
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
    label("travel document", &[UsPassport]),
    label("pp no", &[UsPassport]),
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
    label("driver lic", &[UsDriverLicense]),
    label("driver's lic", &[UsDriverLicense]),
    label("drivers lic", &[UsDriverLicense]),
    label("operator license", &[UsDriverLicense]),
    label("operator's license", &[UsDriverLicense]),
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
    label("health and care number", &[UkNhs]),
    label("health & care number", &[UkNhs]),
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
    label("nric", &[SgNric]),
    label("codice fiscale", &[ItFiscalCode]),
    label("dni", &[EsNif]),
    label("nif", &[EsNif, EsNie]),
    label("nie", &[EsNie]),
    label("hetu", &[FiHetu]),
    label("henkilötunnus", &[FiHetu]),
    label("nir", &[FrNir]),
    label("insee", &[FrNir]),
    label("sécurité sociale", &[FrNir]),
    label("securite sociale", &[FrNir]),
    label("cnpj", &[BrCnpj]),
    label("pan card", &[InPan]),
    label("permanent account", &[InPan]),
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
    hint("to", &[Ip]),
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
    pub(crate) fn decided(&self) -> KindSet {
        self.boost | self.suppress
    }

    /// Applies another verdict to the kinds this one has not decided.
    fn apply_verdict(&mut self, other: Verdict) {
        let open = !self.decided();
        self.boost |= other.boost & open;
        self.suppress |= other.suppress & open;
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
    /// The main table's keywords followed by those of [`super::context_words`] (merged into an
    /// entry of the main table when the word is the same); hits index into it.
    keywords: Vec<Keyword>,
    /// For each folded three-byte prefix ([`fold3`]), the range of `order` holding the keywords
    /// that start with it.
    buckets: Vec<(u16, u16)>,
    /// Keyword indexes grouped by bucket, longest first within a bucket (leftmost-longest).
    order: Vec<u16>,
    /// Per keyword (by index): its first eight bytes folded with [`fold8`] and the mask of the
    /// bytes it has, so that most bucket members are rejected with one compare.
    head: Vec<(u64, u64)>,
    /// A bit per folded three-byte prefix that some keyword may start with: rejects almost every
    /// word of running text with one load.
    prefix3: Vec<u64>,
}

/// Letters fold to 1-26 in either case, every other byte to 0.
const FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 26 {
        t[b'a' as usize + i] = i as u8 + 1;
        t[b'A' as usize + i] = i as u8 + 1;
        i += 1;
    }
    t
};

/// The folded three-byte prefix `a b c`.
#[inline(always)]
fn fold3(a: u8, b: u8, c: u8) -> usize {
    (usize::from(FOLD[a as usize]) * 27 + usize::from(FOLD[b as usize])) * 27 + usize::from(FOLD[c as usize])
}

/// Eight bytes with ASCII upper case folded to lower case (and a few punctuation bytes folded onto
/// others, which callers confirm exactly): one OR instead of eight table lookups.
#[inline(always)]
fn fold8(x: u64) -> u64 {
    x | 0x2020_2020_2020_2020
}

/// Whether `tail` (the letters right after a keyword) is an inflection of it: "passports",
/// "deploying", "called", not the rest of another word.
fn is_inflection(tail: &[u8]) -> bool {
    let mut b = [0u8; 3];
    if tail.len() > b.len() {
        return false;
    }
    for (d, s) in b.iter_mut().zip(tail) {
        *d = s.to_ascii_lowercase();
    }
    matches!(&b[..tail.len()], b"s" | b"es" | b"ed" | b"d" | b"ing" | b"er" | b"ers")
}

/// How far back from a candidate the window reaches on its own line, and into the line before.
const WINDOW: usize = 64;
/// How far from the end of a previous line a keyword may be to count.
const PREVIOUS_LINE_TAIL: usize = 24;
/// How many previous lines are searched when the candidate's own line has no keyword.
const PREVIOUS_LINES: usize = 3;

impl ContextIndex {
    /// Groups the keywords by their folded first three bytes. Keywords are matched only at word starts, so a
    /// text position costs one table lookup unless a keyword starts with its two bytes.
    pub(crate) fn new() -> Result<Self, CoreError> {
        let mut keywords = KEYWORDS.to_vec();
        for &(word, kinds, is_label) in super::context_words::EXTRA {
            let boost = bits(kinds);
            match keywords.iter_mut().find(|k| k.word.eq_ignore_ascii_case(word)) {
                Some(k) => {
                    k.boost |= boost;
                    k.suppress &= !boost;
                }
                None => {
                    let suppress = if is_label { NEW_KINDS & !boost } else { 0 };
                    keywords.push(Keyword { word, boost, suppress });
                }
            }
        }
        if keywords.len() > usize::from(u16::MAX) {
            return Err(CoreError::invalid("context keywords", "too many"));
        }
        let mut idx: Vec<(usize, usize, u16)> = Vec::with_capacity(keywords.len());
        for (i, k) in keywords.iter().enumerate() {
            let w = k.word.as_bytes();
            if w.len() < 2 || w.len() > 64 {
                return Err(CoreError::invalid("context keywords", format!("{:?} must be 2 to 64 bytes", k.word)));
            }
            idx.push((fold3(w[0], w[1], w.get(2).copied().unwrap_or(b' ')), usize::MAX - w.len(), i as u16));
        }
        idx.sort_unstable();
        let mut buckets = vec![(0u16, 0u16); 27 * 27 * 27];
        let order: Vec<u16> = idx.iter().map(|&(_, _, k)| k).collect();
        let mut i = 0;
        while i < idx.len() {
            let b = idx[i].0;
            let j = idx[i..].iter().take_while(|x| x.0 == b).count() + i;
            buckets[b] = (i as u16, (j - i) as u16);
            i = j;
        }
        let mut prefix3 = vec![0u64; (27 * 27 * 27) / 64 + 1];
        for k in &keywords {
            let w = k.word.as_bytes();
            // A two-letter keyword is followed by a non-letter (folded to 0).
            let h = fold3(w[0], w[1], w.get(2).copied().unwrap_or(b' '));
            prefix3[h / 64] |= 1 << (h % 64);
        }
        let head = keywords
            .iter()
            .map(|k| {
                let w = k.word.as_bytes();
                let n = w.len().min(8);
                let mut b = [0u8; 8];
                b[..n].copy_from_slice(&w[..n]);
                let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
                (fold8(u64::from_le_bytes(b)) & mask, mask)
            })
            .collect();
        Ok(ContextIndex { keywords, buckets, order, head, prefix3 })
    }

    /// The keyword starting at `p` (a word start), if any: the longest that fits before `to` and
    /// ends a word or carries an inflection ("deploying", "passports") without being the stem of
    /// another word ("accountant" is not "account"). Returns its end and index.
    #[inline(always)]
    pub(crate) fn keyword_at(&self, bytes: &[u8], p: usize, to: usize) -> Option<(usize, u16)> {
        if p + 1 >= to {
            return None;
        }
        let h = fold3(bytes[p], bytes[p + 1], if p + 2 < to { bytes[p + 2] } else { 0 });
        if self.prefix3[h / 64] & (1 << (h % 64)) == 0 {
            return None;
        }
        self.keyword_slow(bytes, p, to, h)
    }

    fn keyword_slow(&self, bytes: &[u8], p: usize, to: usize, h: usize) -> Option<(usize, u16)> {
        let (off, len) = self.buckets[h];
        if len == 0 {
            return None;
        }
        // The text's next eight bytes, folded like the keywords' heads (zero-padded at the end).
        let text8 = match bytes.get(p..p + 8) {
            Some(b) => u64::from_le_bytes(b.try_into().unwrap_or_default()),
            None => {
                let mut b = [0u8; 8];
                b[..bytes.len() - p].copy_from_slice(&bytes[p..]);
                u64::from_le_bytes(b)
            }
        };
        let text8 = fold8(text8);
        for &k in &self.order[usize::from(off)..usize::from(off + len)] {
            let (head, mask) = self.head[usize::from(k)];
            if text8 & mask != head {
                continue;
            }
            let w = self.keywords[usize::from(k)].word.as_bytes();
            // The head compare folds a few punctuation bytes together: confirm exactly.
            if to - p < w.len() || !bytes[p..p + w.len()].eq_ignore_ascii_case(w) {
                continue;
            }
            let e = p + w.len();
            // In camelCase (`accountNumber`) an upper-case letter after a lower-case one starts
            // the next word; in upper case (`ACCOUNTANT`) it does not.
            let camel = bytes[e - 1].is_ascii_lowercase();
            let tail =
                bytes[e..].iter().take(6).take_while(|b| if camel { b.is_ascii_lowercase() } else { b.is_ascii_alphabetic() }).count();
            // A keyword that runs into a longer word (`drivers lic` in `drivers licence`) gives way
            // to a shorter one that ends a word (`drivers`).
            if tail == 0 || w.len() > 3 && is_inflection(&bytes[e..e + tail]) {
                return Some((e, k));
            }
        }
        None
    }

    /// Keywords in `hay[from..to]` at word starts, as hits in text order, appended to `out`.
    fn hits(&self, hay: &str, from: usize, to: usize, out: &mut Vec<Hit>) {
        let bytes = hay.as_bytes();
        let mut p = from;
        while p + 1 < to {
            // A word starts after a non-letter, or at a camelCase hump (`dateOfBirth`).
            if !bytes[p].is_ascii_alphabetic() || (p > 0 && is_word_byte(bytes[p - 1]) && !camel_hump(bytes, p)) {
                p += 1;
                continue;
            }
            match self.keyword_at(bytes, p, to) {
                Some((e, k)) => {
                    out.push(Hit { start: p as u32, end: e as u32, keyword: k });
                    p = e;
                }
                None => {
                    p += 1;
                    while p < to && is_word_byte(bytes[p]) && !camel_hump(bytes, p) {
                        p += 1;
                    }
                }
            }
        }
    }

    /// Decides from a field name (JSON key, CSV header, XML attribute): every keyword in it counts,
    /// the last one being the nearest.
    pub(crate) fn field(&self, name: &str, verdict: &mut Verdict) {
        let mut hits = Vec::new();
        let name = if name.len() > 256 { &name[..floor_char_boundary(name, 256)] } else { name };
        self.hits(name, 0, name.len(), &mut hits);
        for h in hits.iter().rev() {
            verdict.apply(&self.keywords[h.keyword as usize]);
        }
    }
}

/// One keyword occurrence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    start: u32,
    end: u32,
    keyword: u16,
}

/// Lines longer than this are never table rows, so that no candidate costs more than a bounded scan.
const MAX_LINE: usize = 4096;

/// Per-scan context state. The scanner reports every keyword at the word starts it passes
/// ([`ScanContext::word_at`]), so the text is read once; a candidate's verdict then looks back over
/// the keywords already seen. The table a line belongs to and its column verdicts are cached, since
/// candidates arrive in text order.
#[derive(Default)]
pub(crate) struct ScanContext {
    /// Every keyword seen so far, in text order.
    hits: Vec<Hit>,
    /// The line of the last table lookup and its result.
    line: (usize, usize),
    table: Option<(usize, usize, u8)>,
    tables: TableHeaders,
    /// Verdicts of the columns of the current table's header, by column.
    columns: Vec<(usize, Verdict)>,
    columns_of: (usize, usize),
}

impl ScanContext {
    /// Forgets the previous text but keeps the buffers, so that a thread analysing many small
    /// documents allocates nothing per call.
    pub(crate) fn reset(&mut self) {
        let mut hits = std::mem::take(&mut self.hits);
        let mut columns = std::mem::take(&mut self.columns);
        hits.clear();
        columns.clear();
        *self = ScanContext { hits, columns, ..ScanContext::default() };
    }

    /// Records the keyword starting at the word start `p`, if there is one; returns its end.
    #[inline]
    pub(crate) fn word_at(&mut self, index: &ContextIndex, bytes: &[u8], p: usize) -> Option<usize> {
        // A word inside a phrase already matched ("license" in "driver license") is not a keyword
        // of its own.
        if self.hits.last().is_some_and(|h| p < h.end as usize) {
            return None;
        }
        let (e, k) = index.keyword_at(bytes, p, bytes.len())?;
        self.hits.push(Hit { start: p as u32, end: e as u32, keyword: k });
        Some(e)
    }

    /// The context verdict for a candidate starting at `start`: `base` (the segment's field name)
    /// first; then, in a table row, the CSV column header; otherwise the nearest keyword before it
    /// on its line, else a label at the end of one of the previous lines.
    ///
    /// `wanted` names the kinds the caller asks about: once they are all decided, the lookups stop
    /// (a table row whose own line already labels the value needs no header lookup).
    pub(crate) fn verdict(&mut self, index: &ContextIndex, text: &str, start: usize, base: Verdict, wanted: KindSet) -> Verdict {
        let bytes = text.as_bytes();
        let mut v = base;
        if wanted & !v.decided() == 0 {
            return v;
        }
        // In a table row, the column header decides; the cells before the value are not labels
        // (a patient called "Price" is no price).
        if self.apply_table(index, text, start, &mut v) {
            return v;
        }
        let lo = start.saturating_sub(WINDOW);
        let line_start = memrchr(b'\n', &bytes[lo..start]).map(|p| lo + p + 1);
        let from = line_start.unwrap_or(lo);
        // Hits are in text order: walk back from the newest.
        let mut k = self.hits.len();
        while k > 0 && self.hits[k - 1].end as usize > start {
            k -= 1;
        }
        let mut any = false;
        while k > 0 && self.hits[k - 1].start as usize >= from {
            k -= 1;
            any = true;
            v.apply(&index.keywords[usize::from(self.hits[k].keyword)]);
        }
        if any {
            return v;
        }
        // Only a label at the end of a line above counts ("Account number:", "whats the account
        // again"), not a word at its start ("Account Manager, Acme"); short lines without any keyword
        // (a chat interjection) may sit in between.
        let mut line_start = line_start;
        for _ in 0..PREVIOUS_LINES {
            let Some(ls) = line_start.filter(|&ls| ls > 0) else { break };
            let prev_end = ls - 1;
            let lo = prev_end.saturating_sub(WINDOW);
            let prev_start = memrchr(b'\n', &bytes[lo..prev_end]).map(|p| lo + p + 1);
            let tail = prev_end.saturating_sub(PREVIOUS_LINE_TAIL).max(prev_start.unwrap_or(lo));
            while k > 0 && self.hits[k - 1].end as usize > prev_end {
                k -= 1;
            }
            let mut found = false;
            while k > 0 && self.hits[k - 1].start as usize >= tail {
                k -= 1;
                found = true;
                v.apply(&index.keywords[usize::from(self.hits[k].keyword)]);
            }
            if found {
                break;
            }
            line_start = prev_start;
        }
        v
    }

    /// Applies the verdict of the CSV column header above `start`, when its line is a table row;
    /// returns whether it is one.
    fn apply_table(&mut self, index: &ContextIndex, text: &str, start: usize, v: &mut Verdict) -> bool {
        let bytes = text.as_bytes();
        if !(self.line.0 <= start && start < self.line.1) {
            let back = start.saturating_sub(MAX_LINE);
            let ls = match memrchr(b'\n', &bytes[back..start]) {
                Some(p) => Some(back + p + 1),
                None => (back == 0).then_some(0),
            };
            let ahead = (start + MAX_LINE).min(bytes.len());
            let le = match memchr(b'\n', &bytes[start..ahead]) {
                Some(p) => Some(start + p),
                None => (ahead == bytes.len()).then_some(ahead),
            };
            self.table = match (ls, le) {
                (Some(ls), Some(le)) => {
                    self.line = (ls, le.max(start + 1));
                    self.tables.table_of(bytes, ls, le)
                }
                _ => {
                    self.line = (start, start + 1);
                    None
                }
            };
        }
        let Some((hs, he, delim)) = self.table else { return false };
        if self.columns_of != (hs, he) {
            self.columns.clear();
            self.columns_of = (hs, he);
        }
        let col = column_of(&bytes[self.line.0..self.line.1], delim, start - self.line.0);
        let cv = match self.columns.iter().find(|c| c.0 == col) {
            Some(&(_, cv)) => cv,
            None => {
                let mut cv = Verdict::default();
                if let Some(name) = field_at(&text[hs..he], delim, col) {
                    index.field(name, &mut cv);
                }
                self.columns.push((col, cv));
                cv
            }
        };
        v.apply_verdict(cv);
        true
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

/// Whether an upper-case letter at `p` follows a lower-case one: the start of a word inside a
/// camelCase name (`dateOfBirth`).
fn camel_hump(bytes: &[u8], p: usize) -> bool {
    p > 0 && bytes[p].is_ascii_uppercase() && bytes[p - 1].is_ascii_lowercase()
}

fn memrchr(needle: u8, hay: &[u8]) -> Option<usize> {
    memchr::memrchr(needle, hay)
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
/// semicolon- or pipe-separated), caching the block of rows it found (with or without a header) so
/// that a whole table costs one pass.
#[derive(Default)]
pub(crate) struct TableHeaders {
    block: Option<Block>,
}

/// A run of lines with the same delimiter and field count.
#[derive(Clone, Copy)]
struct Block {
    /// Start of the block's first line.
    top: usize,
    /// The header line, when the first line looks like one.
    header: Option<(usize, usize)>,
    delim: u8,
    fields: usize,
    /// End of the last line known to belong to the block.
    verified_to: usize,
}

/// A block is searched no further up than this many lines, so a candidate costs bounded work.
const MAX_HEADER_LOOKBACK: usize = 2_000;

impl TableHeaders {
    /// The header line and delimiter of the table whose data row is the line `[ls, le)`, if any.
    fn table_of(&mut self, bytes: &[u8], ls: usize, le: usize) -> Option<(usize, usize, u8)> {
        let line = &bytes[ls..le];
        let delim = guess_delimiter(line)?;
        let fields = count_fields(line, delim);
        if fields < 3 {
            return None;
        }
        let cached = self
            .block
            .filter(|b| b.delim == delim && b.fields == fields && ls > b.top)
            .and_then(|mut b| extend(bytes, &mut b, ls).then_some(b));
        let block = match cached {
            Some(b) => b,
            None => find_block(bytes, ls, le, delim, fields),
        };
        self.block = Some(block);
        let (hs, he) = block.header.filter(|h| h.0 < ls)?;
        Some((hs, he, delim))
    }
}

/// Extends the block's verified range down to the line starting at `ls`; false if a line in between
/// breaks the block.
fn extend(bytes: &[u8], block: &mut Block, ls: usize) -> bool {
    let mut p = block.verified_to;
    while p < ls {
        let start = if bytes.get(p) == Some(&b'\n') { p + 1 } else { p };
        if start >= ls {
            break;
        }
        let end = memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |q| start + q);
        if count_fields(&bytes[start..end], block.delim) != block.fields {
            return false;
        }
        p = end;
    }
    block.verified_to = block.verified_to.max(ls);
    true
}

/// Walks up from the row `[ls, le)` over rows with the same field count; the topmost one is the
/// header if it looks like one (letters, few digits).
fn find_block(bytes: &[u8], ls: usize, le: usize, delim: u8, fields: usize) -> Block {
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
    // A row with no row above it (most often a line of prose with a few commas) has no header.
    let looks_like_header = |h: &[u8]| {
        let digits = h.iter().filter(|b| b.is_ascii_digit()).count();
        let letters = h.iter().filter(|b| b.is_ascii_alphabetic()).count();
        letters > 0 && digits * 5 <= letters
    };
    let header = (top.0 < ls && looks_like_header(&bytes[top.0..top.1])).then_some(top);
    Block { top: top.0, header, delim, fields, verified_to: le }
}

fn guess_delimiter(line: &[u8]) -> Option<u8> {
    // Most lines hold no delimiter at all: one vectorised search rules them out.
    let first = memchr::memchr3(b',', b'\t', b';', line).or_else(|| memchr::memchr(b'|', line))?;
    let rest = &line[first..];
    let mut best = (1usize, 0u8);
    for d in [b',', b'\t', b';', b'|'] {
        let n = memchr::memchr_iter(d, rest).count();
        if n > best.0 {
            best = (n, d);
        }
    }
    (best.0 >= 2).then_some(best.1)
}

/// Fields of a delimited line, with double-quoted fields that may hold the delimiter.
fn count_fields(line: &[u8], delim: u8) -> usize {
    column_of(line, delim, line.len()) + 1
}

/// The column holding byte `offset` of a delimited line. Jumps from delimiter to quote with a
/// vectorised search: this runs for every line of prose that holds two commas.
fn column_of(line: &[u8], delim: u8, offset: usize) -> usize {
    let mut col = 0;
    let mut quoted = false;
    for i in memchr::memchr2_iter(delim, b'"', &line[..offset.min(line.len())]) {
        if line[i] == b'"' {
            quoted = !quoted;
        } else if !quoted {
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

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    memchr::memchr(needle, hay)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The verdict at `at`, with the keywords found as the scanner would (at every word start).
    fn verdict(text: &str, at: &str) -> Verdict {
        let idx = ContextIndex::new().expect("test input");
        let start = text.find(at).expect("test input");
        let mut sc = ScanContext::default();
        let b = text.as_bytes();
        for p in 0..start {
            if b[p].is_ascii_alphabetic() && (p == 0 || !b[p - 1].is_ascii_alphanumeric()) {
                sc.word_at(&idx, b, p);
            }
        }
        sc.verdict(&idx, text, start, Verdict::default(), !0)
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
    fn a_keyword_running_into_a_longer_word_gives_way_to_a_shorter_one() {
        // `drivers lic` does not end a word here; `drivers` does.
        let v = verdict("drivers lichfield 892340907", "892");
        assert!(v.boost & Kind::UsDriverLicense.bit() != 0);
        let v = verdict("drivers lic 892340907", "892");
        assert!(v.boost & Kind::UsDriverLicense.bit() != 0 && v.boost & Kind::MedicalLicense.bit() == 0);
    }

    #[test]
    fn a_label_on_the_previous_line_counts_when_the_line_has_none() {
        let v = verdict("david: whats the account again\nbrittany: 63345054455 its", "633");
        assert!(v.boost & Kind::UsBank.bit() != 0);
    }

    #[test]
    fn csv_headers_are_found_and_cached() {
        let text =
            "Clinic list\ntime,patient,nhs_number,type\n12:30,Barry Lee,626 064 3705,new\n09:00,\"Pearson, Ruth\",314 725 4216,review\n";
        let idx = ContextIndex::new().expect("test input");
        let mut sc = ScanContext::default();
        for at in ["626", "314"] {
            let v = sc.verdict(&idx, text, text.find(at).expect("test input"), Verdict::default(), !0);
            assert!(v.boost & Kind::UkNhs.bit() != 0, "{at}");
        }
        let mut t = TableHeaders::default();
        let ls = text.find("Clinic").expect("test input");
        assert_eq!(t.table_of(text.as_bytes(), ls, ls + 11), None);
    }

    #[test]
    fn delimited_lines_count_quoted_fields_once() {
        let line = br#"name,"Doe, Jane",ssn,"a ""quoted"" word",x"#;
        assert_eq!(guess_delimiter(line), Some(b','));
        assert_eq!(count_fields(line, b','), 5);
        let ssn = line.windows(3).position(|w| w == b"ssn").unwrap();
        assert_eq!(column_of(line, b',', ssn), 2);
        assert_eq!(field_at(std::str::from_utf8(line).unwrap(), b',', 1), Some("\"Doe, Jane\""));
        assert_eq!(guess_delimiter(b"a\tb\tc, d"), Some(b'\t'));
        assert_eq!(guess_delimiter(b"one, two"), None);
    }
}
