//! The keyword table: every label, hint and negative word of the built-in kinds, and the sets of
//! kinds that labels rule out or that no context changes.

use super::super::kind::{Kind, KindSet};

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
pub(super) const NEW_KINDS: KindSet = {
    let mut s: KindSet = 0;
    let mut i = Kind::DeBsnr as usize;
    while i < Kind::ALL.len() {
        s |= Kind::ALL[i].bit();
        i += 1;
    }
    s
};

/// The country phone kinds (`PH_MOBILE_NUMBER`, `TR_PHONE_NUMBER`): every keyword that boosts the
/// generic phone boosts them too, so that a phone label in any of the table's languages counts for
/// them and never rules them out.
pub(super) const NATIONAL_PHONES: KindSet = bits(&[Kind::PhMobileNumber, Kind::TrPhoneNumber]);

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
pub(super) struct Keyword {
    pub(super) word: &'static str,
    pub(super) boost: KindSet,
    pub(super) suppress: KindSet,
}

/// Kinds whose candidates, when they score on their own, are not changed by any context word:
/// checksummed or unmistakable shapes. Their context is not looked up.
pub(crate) const CONTEXT_FREE: KindSet =
    bits(&[Kind::Email, Kind::Url, Kind::Iban, Kind::Crypto, Kind::CreditCard, Kind::Date, Kind::Secret]);

/// A label: boosts `kinds`, rules out the other label-sensitive kinds.
pub(super) const fn label(word: &'static str, kinds: &[Kind]) -> Keyword {
    let boost = bits(kinds);
    Keyword { word, boost, suppress: LABEL_SENSITIVE & !boost }
}

/// A hint: boosts `kinds`, says nothing about the others.
pub(super) const fn hint(word: &'static str, kinds: &[Kind]) -> Keyword {
    Keyword { word, boost: bits(kinds), suppress: 0 }
}

/// A negative word: suppresses `kinds`.
pub(super) const fn neg(word: &'static str, suppress: KindSet) -> Keyword {
    Keyword { word, boost: 0, suppress }
}

use Kind::*;

const PHONE: &[Kind] = &[Phone];
const BANK: &[Kind] = &[UsBank];
pub(super) const IDS: KindSet = LABEL_SENSITIVE;
/// Words in front of software versions and build numbers, which look like IPv4 addresses.
const VERSIONISH: KindSet = bits(&[Ip]) | LABEL_SENSITIVE;

pub(super) const KEYWORDS: &[Keyword] = &[
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
    // Short labels of Scandinavian, Iberian, Latin American, Belgian and Dutch cards (`Tlf:`,
    // `Tfno.`, `Cel.:`, `GSM`, `Mobiel`, `Telemóvel`).
    label("tlf", PHONE),
    label("tfno", PHONE),
    label("telf", PHONE),
    label("cel", PHONE),
    label("celular", PHONE),
    label("telemóvel", PHONE),
    label("telemovel", PHONE),
    label("telefone", PHONE),
    label("gsm", PHONE),
    label("mobiel", PHONE),
    label("mobil", PHONE),
    label("tél", PHONE),
    // The lines of a contact card (`Home: +30 231 0464389`, `Work: …`, `Office …`): hints, since
    // the same words head addresses; they make the phone nearer than a label further up the card.
    hint("home", PHONE),
    hint("work", PHONE),
    hint("office", PHONE),
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
    // A manifest's or booking's travel document column (`SEAT 23B  DOC N62206683`): a hint, since
    // `doc` alone may head other numbers too.
    hint("doc", &[UsPassport]),
    hint("travel doc", &[UsPassport]),
    hint("ppt", &[UsPassport]),
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
    // Some states call the licence a permit (`Operator permit #`, `driving permit`).
    label("operator permit", &[UsDriverLicense]),
    label("operator's permit", &[UsDriverLicense]),
    label("driving permit", &[UsDriverLicense]),
    label("driver permit", &[UsDriverLicense]),
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
    // A firm's codice fiscale is its eleven-digit partita IVA (the 16-character code is a person's).
    label("codice fiscale", &[ItFiscalCode, ItVatCode]),
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
    // Object identifiers (`OID 2.5.4.3`, SNMP MIB arcs) are dotted numbers, not addresses.
    neg("oid", VERSIONISH),
    neg("mib", VERSIONISH),
    neg("dependencies", VERSIONISH),
    neg("library", VERSIONISH),
    neg("module", VERSIONISH),
    neg("plugin", VERSIONISH),
];
