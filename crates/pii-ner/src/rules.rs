//! Word tables the rules use: titles, greetings, labels, legal suffixes, street types. Hand-written
//! from general knowledge of how documents are laid out; no list is derived from a name generator.

use crate::lexicon::PlaceKind;

/// Honorifics and titles: kept outside PERSON spans, and a strong sign that a name follows.
pub(crate) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady", "lord", "rev", "reverend",
    "fr", "father", "sister", "brother", "capt", "captain", "lt", "sgt", "col", "gen", "maj", "cpt", "cmdr",
    "hon", "judge", "justice", "mme", "mlle", "m", "herr", "frau", "sr", "sra", "srta", "dott", "dott.ssa",
    "ing", "mag", "dipl", "doc", "nurse", "madam", "madame", "monsieur", "señor", "señora", "senhor",
    "senhora", "signor", "signora", "sheikh", "imam", "rabbi", "pastor", "elder", "chief", "officer",
    "detective", "agent", "coach", "uncle", "aunt", "auntie", "grandma", "grandpa",
];


/// Words that open a salutation (`Dear Anna,`, `Hi Tom`).
pub(crate) const GREETINGS: &[&str] = &[
    "dear", "hi", "hello", "hey", "hiya", "greetings", "morning", "evening", "afternoon", "attn", "attention",
    "thanks", "thank", "cheers", "bye", "welcome", "congratulations", "congrats", "ciao", "hallo", "hola",
    "bonjour", "salut", "yo", "ok", "okay", "sorry", "olá", "ola", "oi", "hej", "hei", "moin", "servus", "salve",
    "buongiorno", "buonasera", "buenos", "buenas", "dzień", "ahoj", "merhaba", "namaste", "privet", "szia",
    "tere", "sveiki", "labas", "zdravo", "bok", "shalom", "salam", "marhaba", "konnichiwa", "annyeong",
    "lieber", "liebe", "sehr", "geehrte", "geehrter", "cher", "chère", "chers", "querido", "querida",
    "estimado", "estimada", "caro", "cara", "gentile", "gentilissimo", "gentilissima", "beste", "kære", "kedves",
    "drogi", "droga", "szanowny", "szanowna", "vážený", "vážená", "dragi", "draga", "hallå", "goeiemorgen",
    "goedemorgen", "hoi", "moi", "sawubona", "jambo", "habari", "xin", "chào", "selamat", "halo",
];

/// Addressees of a salutation that are not names.
pub(crate) const GENERIC_ADDRESSEES: &[&str] = &[
    "customer", "customers", "client", "clients", "colleague", "colleagues", "team", "all", "everyone",
    "everybody", "sir", "madam", "sirs", "friend", "friends", "member", "members", "patient", "valued", "user",
    "users", "partner", "partners", "applicant", "parent", "parents", "guardian", "doctor", "manager",
    "hiring", "support", "there", "folks", "guys", "both", "you", "team,", "again", "so", "much", "for",
    "in", "to", "sender", "recipient", "reader", "investor", "shareholder", "tenant", "landlord", "owner",
    "resident", "neighbor", "neighbour", "student", "students", "staff", "board", "committee", "world",
];

/// Closings after which the next line holds the sender's name.
pub(crate) const CLOSINGS: &[&str] = &[
    "regards", "best regards", "kind regards", "warm regards", "warmest regards", "best", "best wishes",
    "thanks", "thank you", "many thanks", "thanks again", "thanks so much", "cheers", "sincerely",
    "yours sincerely", "sincerely yours", "yours truly", "yours faithfully", "faithfully", "respectfully",
    "cordially", "all the best", "take care", "talk soon", "warmly", "with thanks", "with appreciation",
    "thx", "ta", "love", "yours", "mit freundlichen grüßen", "cordialement", "saludos", "atentamente",
    "un saludo", "distinti saluti", "cordiali saluti", "met vriendelijke groet", "best wishes,",
    "signed", "respectfully yours", "kindest regards", "regards,",
    "viele grüße", "beste grüße", "freundliche grüße", "liebe grüße", "herzliche grüße", "mit besten grüßen",
    "bien cordialement", "bien à vous", "salutations", "sincères salutations", "meilleures salutations",
    "saludos cordiales", "un abrazo", "cordialmente", "atenciosamente", "cumprimentos", "abraços",
    "saluti", "un saluto", "cordialità", "met vriendelijke groeten", "vriendelijke groet", "groeten",
    "hartelijke groet", "z poważaniem", "pozdrawiam", "s pozdravem", "üdvözlettel", "saygılarımla",
    "med vänliga hälsningar", "vänliga hälsningar", "med venlig hilsen", "venlig hilsen",
    "med vennlig hilsen", "vennlig hilsen", "ystävällisin terveisin", "terveisin", "με εκτίμηση",
];

/// Months and week days: never part of a name.
pub(crate) const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "christmas", "easter",
];

/// Particles inside names (`Ludwig van Beethoven`, `Maria da Silva`); never first or last alone.
pub(crate) const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "do", "du", "la", "le", "bin",
    "binti", "bint", "ibn", "al", "el", "ter", "ten", "zu", "y", "e", "af", "av", "mac", "st", "dela", "dei",
    "degli", "des", "vom", "zur", "abu", "ben", "bat", "ould", "ap", "ní", "nic", "ó",
];

/// Legal forms of companies (compared in lower case, dots removed).
pub(crate) const LEGAL_SUFFIXES: &[&str] = &[
    "inc", "incorporated", "llc", "l.l.c", "ltd", "limited", "corp", "corporation", "co", "company", "plc",
    "llp", "lp", "gmbh", "ag", "kg", "ohg", "ug", "sa", "sas", "sarl", "sàrl", "sasu", "spa", "srl", "sl",
    "slu", "bv", "nv", "ab", "as", "asa", "oy", "oyj", "aps", "a/s", "kk", "pty", "pte", "bhd", "sdn", "ltda",
    "eireli", "sae", "ooo", "zao", "pjsc", "ojsc", "jsc", "kft", "zrt", "nyrt", "sro", "s.r.o", "doo", "d.o.o",
    "ad", "ead", "se", "cv", "sab", "scs", "sca", "snc", "ptd", "lda", "pvt", "private", "holdings", "group",
    "bros", "associates",
];

/// Dotted spellings of legal forms, matched on the source text.
pub(crate) const DOTTED_SUFFIXES: &[&str] = &[
    "S.A.", "S.A", "S.p.A.", "S.p.A", "S.r.l.", "S.r.l", "B.V.", "N.V.", "S.L.", "S.A.S.", "S.à r.l.", "A.G.",
    "L.L.C.", "L.P.", "P.L.C.", "K.K.", "S.A.B.", "S.C.", "Pty.", "Co.", "Inc.", "Ltd.", "Corp.", "Bros.",
    "GmbH & Co. KG", "a.s.", "s.r.o.", "sp. z o.o.", "Sp. z o.o.", "S.A. de C.V.", "AB (publ)", "A/S", "A.Ş.",
    "S.A.B. de C.V.", "S. de R.L.", "S.A.R.L.", "S.R.L.", "S.P.A.", "S.p.a.", "A.E.", "Ltd.", "Sdn. Bhd.",
    "Sdn Bhd", "Pvt. Ltd.", "Pvt Ltd", "Co., Ltd.", "Co., Ltd", "Pty. Ltd.", "d.o.o.", "Kft.", "Zrt.", "Nyrt.",
    "Oy Ab", "S.C.A.", "S.C.S.", "S.N.C.", "GmbH & Co. KGaA", "KGaA", "e.V.", "e.K.", "GbR",
];

/// The last word of many organisation names.
pub(crate) const ORG_HEADS: &[&str] = &[
    "partners", "capital", "group", "holdings", "analytics", "labs", "laboratories", "systems", "software",
    "solutions", "technologies", "technology", "tech", "logistics", "foods", "insurance", "bank", "bancorp",
    "healthcare", "pharma", "pharmaceuticals", "consulting", "consultants", "associates", "industries",
    "enterprises", "ventures", "media", "energy", "motors", "airlines", "airways", "hospital", "university",
    "college", "institute", "foundation", "trust", "council", "agency", "ministry", "clinic", "realty",
    "properties", "construction", "services", "networks", "communications", "telecom", "studios",
    "publishing", "manufacturing", "electric", "biotech", "therapeutics", "dynamics", "robotics", "finance",
    "financial", "investments", "advisors", "advisers", "advisory", "marketing", "engineering", "architects",
    "transport", "shipping", "freight", "hotels", "resorts", "restaurants", "brewing", "brewery", "farms",
    "mining", "chemicals", "materials", "supplies", "retail", "stores", "markets", "outfitters", "apparel",
    "cosmetics", "automotive", "aerospace", "bureau", "commission", "authority", "association", "society",
    "federation", "church", "school", "academy", "entertainment", "pictures", "games", "sons", "brothers",
    "corporation", "incorporated", "limited", "company", "llc", "inc", "ltd", "gmbh", "plc", "llp",
    "ag", "bv", "nv", "sa", "spa", "srl", "oy", "ab", "co", "corp", "medical", "dental", "law", "legal",
    "accountants", "bakery", "pharmacy", "press", "records", "wholesale", "imports", "exports", "trading",
    "textiles", "electronics", "semiconductors", "devices", "instruments", "medicine", "health", "care",
    "credit", "lending", "mortgage", "payments", "wireless", "cloud", "data", "digital", "interactive",
    "designs", "creations", "works", "workshop", "collective", "cooperative", "union", "alliance", "network",
];



/// Street types that end a street name (`Hooper Trafficway`, `Elm St`, `Green Port`).
pub(crate) const STREET_SUFFIXES: &[&str] = &[
    "alley", "aly", "annex", "arcade", "avenue", "ave", "av", "bayou", "beach", "bend", "bluff", "bluffs",
    "bottom", "boulevard", "blvd", "branch", "bridge", "brook", "brooks", "burg", "burgs", "bypass", "camp",
    "canyon", "cape", "causeway", "center", "centre", "centers", "ctr", "circle", "circles", "cir", "cliff",
    "cliffs", "club", "common", "commons", "corner", "corners", "course", "court", "courts", "ct", "cove",
    "coves", "creek", "crescent", "cres", "crest", "crossing", "crossroad", "crossroads", "curve", "dale",
    "dam", "divide", "drive", "drives", "dr", "estate", "estates", "expressway", "expy", "extension",
    "extensions", "ext", "fall", "falls", "ferry", "field", "fields", "flat", "flats", "ford", "fords",
    "forest", "forge", "forges", "fork", "forks", "fort", "freeway", "fwy", "garden", "gardens", "gdns",
    "gateway", "glen", "glens", "green", "greens", "grove", "groves", "gr", "harbor", "harbors", "harbour",
    "haven", "heights", "hts", "highway", "hwy", "hill", "hills", "hollow", "inlet", "island", "islands",
    "isle", "junction", "junctions", "jct", "key", "keys", "knoll", "knolls", "lake", "lakes", "land",
    "landing", "lane", "ln", "light", "lights", "loaf", "lock", "locks", "lodge", "loop", "mall", "manor",
    "manors", "meadow", "meadows", "mews", "mill", "mills", "mission", "motorway", "mount", "mountain",
    "mountains", "neck", "orchard", "oval", "overpass", "park", "parks", "parkway", "parkways", "pkwy", "pass",
    "passage", "path", "pike", "pine", "pines", "place", "pl", "plain", "plains", "plaza", "plz", "point",
    "points", "pt", "port", "ports", "prairie", "radial", "ramp", "ranch", "rapid", "rapids", "rest", "ridge",
    "ridges", "river", "road", "roads", "rd", "route", "row", "rue", "run", "shoal", "shoals", "shore",
    "shores", "skyway", "spring", "springs", "spur", "spurs", "square", "squares", "sq", "station",
    "stravenue", "stream", "street", "streets", "st", "str", "summit", "terrace", "ter", "terr", "throughway",
    "trace", "track", "trafficway", "trail", "trl", "trailer", "tunnel", "turnpike", "underpass", "union",
    "unions", "valley", "valleys", "viaduct", "view", "views", "village", "villages", "ville", "vista",
    "walk", "walks", "wall", "way", "ways", "well", "wells", "wharf", "close", "gate", "rise", "parade",
    "chase", "croft", "fold", "yard", "quay", "esplanade", "promenade", "wynd", "drove", "end", "embankment",
    "approach", "broadway", "by-pass", "circus", "crossway", "grange", "hey", "hollow", "lawn", "lawns",
    "market", "mead", "nook", "paddock", "pathway", "ride", "side", "spinney", "steps", "strand", "top",
    "vale", "wood", "woods", "gait", "brae", "loan",
];


/// Street types written before the name (`Rue de Rivoli`, `Via Roma`, `Calle Mayor`).
pub(crate) const STREET_PREFIXES: &[&str] = &[
    "rue", "avenue", "av", "avda", "avenida", "boulevard", "bd", "bld", "blvd", "chemin", "allée", "allee",
    "place", "impasse", "quai", "via", "viale", "vicolo", "piazza", "piazzale", "corso", "largo", "calle",
    "carrer", "paseo", "plaza", "camino", "carretera", "rua", "travessa", "praça", "estrada", "ulica", "ul",
    "aleja", "al", "jalan", "jl", "soi", "thanon", "strada", "bulevardul", "calea", "odos", "ulitsa", "prospekt",
    "mount", "rambla", "ronda", "cesta", "utca", "út", "vej", "gade", "gata", "gatan", "vägen",
];

/// Endings of one-word street names in German, Dutch, Nordic and other languages (`Hauptstraße`).
pub(crate) const STREET_ENDINGS: &[&str] = &[
    "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "gracht", "laan",
    "plein", "straat", "kade", "singel", "dijk", "vej", "gade", "gatan", "vägen", "veien", "gata", "katu",
    "tie", "polku", "utca", "ulica", "steig", "chaussee", "pfad", "markt", "berg", "hof", "stieg",
];

/// Words before a number that start an address line (`Apt 4`, `Flat 2`, `Studio 38`).
pub(crate) const UNIT_WORDS: &[&str] = &[
    "apt", "apartment", "suite", "ste", "unit", "flat", "studio", "floor", "fl", "bldg", "building", "room",
    "rm", "no", "nr", "po", "p.o", "box", "lot", "house", "block", "blk", "level", "lvl", "office", "dept",
    "department", "piso", "étage", "etage", "apto", "depto", "wohnung",
];

/// US states and territories, and Canadian provinces, by postal code.
pub(crate) const REGION_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
    "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
    "AS", "MP", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT", "NSW", "VIC",
    "QLD", "WA", "SA", "TAS", "ACT", "NT",
];


/// English function words (articles, prepositions, pronouns, conjunctions, auxiliaries, the
/// commonest interjections): alone, never a person (`The`, `In`, `A`, `My` at a sentence start or
/// in a title). Words that are also given names (`will`, `may`, `can`, `don`) are not in the list.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "in", "on", "at", "of", "to", "for", "by", "with", "from", "into", "onto", "over", "under",
    "about", "after", "before", "up", "out", "off", "and", "or", "but", "nor", "if", "as", "so", "than", "then",
    "my", "your", "his", "her", "its", "our", "their", "this", "that", "these", "those", "i", "me", "we", "us",
    "you", "he", "she", "it", "they", "them", "is", "are", "was", "were", "be", "been", "am", "do", "does", "did",
    "has", "have", "had", "not", "no", "yes", "oh", "ok", "hi", "all", "any", "some", "each", "every", "there",
    "here", "when", "where", "what", "who", "whom", "how", "why", "which", "also", "just", "only", "via", "per",
];

/// Region codes that are also common abbreviations after a name (`MD`, `DO`, `PA`, `ME`, `OR`, `IN`).
pub(crate) fn is_ambiguous_region_code(s: &str) -> bool {
    matches!(s, "MD" | "DO" | "PA" | "ME" | "OR" | "IN" | "OK" | "HI" | "AS" | "ON" | "DE" | "SA" | "ACT" | "NP" | "RN")
}

/// Place names GeoNames spells differently from everyday use, and the parts of the UK.
pub(crate) const EXTRA_PLACES: &[(&str, PlaceKind)] = &[
    ("USA", PlaceKind::Country),
    ("U.S.A.", PlaceKind::Country),
    ("U.S.", PlaceKind::Country),
    ("US", PlaceKind::Country),
    ("America", PlaceKind::Country),
    ("UK", PlaceKind::Country),
    ("U.K.", PlaceKind::Country),
    ("Great Britain", PlaceKind::Country),
    ("Britain", PlaceKind::Country),
    ("England", PlaceKind::Country),
    ("Scotland", PlaceKind::Country),
    ("Wales", PlaceKind::Country),
    ("Northern Ireland", PlaceKind::Country),
    ("Russia", PlaceKind::Country),
    ("South Korea", PlaceKind::Country),
    ("North Korea", PlaceKind::Country),
    ("Czech Republic", PlaceKind::Country),
    ("Czechia", PlaceKind::Country),
    ("Ivory Coast", PlaceKind::Country),
    ("The Netherlands", PlaceKind::Country),
    ("Holland", PlaceKind::Country),
    ("Vietnam", PlaceKind::Country),
    ("Viet Nam", PlaceKind::Country),
    ("UAE", PlaceKind::Country),
    ("United Arab Emirates", PlaceKind::Country),
    ("Macedonia", PlaceKind::Country),
    ("Burma", PlaceKind::Country),
    ("Swaziland", PlaceKind::Country),
    ("Cape Verde", PlaceKind::Country),
    ("East Timor", PlaceKind::Country),
    ("Congo", PlaceKind::Country),
    ("Bosnia", PlaceKind::Country),
    ("Hong Kong", PlaceKind::Region),
    ("Taiwan", PlaceKind::Country),
    ("Palestine", PlaceKind::Country),
    ("Kosovo", PlaceKind::Country),
    ("Vatican City", PlaceKind::Country),
    ("Europe", PlaceKind::Region),
    ("Africa", PlaceKind::Region),
    ("Asia", PlaceKind::Region),
    ("North America", PlaceKind::Region),
    ("South America", PlaceKind::Region),
    ("Latin America", PlaceKind::Region),
    ("Middle East", PlaceKind::Region),
    ("Scandinavia", PlaceKind::Region),
    ("Bavaria", PlaceKind::Region),
    ("Catalonia", PlaceKind::Region),
    ("Andalusia", PlaceKind::Region),
    ("Tuscany", PlaceKind::Region),
    ("Lombardy", PlaceKind::Region),
    ("Provence", PlaceKind::Region),
    ("Brittany", PlaceKind::Region),
    ("Normandy", PlaceKind::Region),
    ("Flanders", PlaceKind::Region),
    ("Wallonia", PlaceKind::Region),
    ("Ontario", PlaceKind::Region),
    ("Quebec", PlaceKind::Region),
    ("British Columbia", PlaceKind::Region),
    ("Alberta", PlaceKind::Region),
    ("Manitoba", PlaceKind::Region),
    ("Saskatchewan", PlaceKind::Region),
    ("Nova Scotia", PlaceKind::Region),
    ("New South Wales", PlaceKind::Region),
    ("Victoria", PlaceKind::Region),
    ("Queensland", PlaceKind::Region),
    ("Tasmania", PlaceKind::Region),
    ("Yorkshire", PlaceKind::Region),
    ("Lancashire", PlaceKind::Region),
    ("Kent", PlaceKind::Region),
    ("Surrey", PlaceKind::Region),
    ("Essex", PlaceKind::Region),
    ("Cornwall", PlaceKind::Region),
    ("Devon", PlaceKind::Region),
];

/// Labels of form fields, CSV columns and JSON keys whose value is a person.
pub(crate) const PERSON_KEYS: &[&str] = &[
    "name", "full name", "fullname", "legal name", "first name", "firstname", "given name", "given names",
    "forename", "forenames", "last name", "lastname", "surname", "family name", "middle name", "maiden name",
    "patient", "patient name", "applicant", "co-applicant", "employee", "employee name", "renter", "tenant",
    "landlord", "attending", "attending physician", "provider", "physician", "doctor", "prescriber",
    "prescribing physician", "referring physician", "referred by", "customer", "customer name", "client name",
    "contact", "contact name", "contact person", "emergency contact", "primary contact", "secondary contact",
    "next of kin", "requester", "requested by", "reporter", "reported by", "submitted by", "verified by",
    "approved by", "prepared by", "reviewed by", "signed by", "signed", "signature", "authorized by",
    "reports to", "manager", "line manager", "supervisor", "witness", "from", "to", "cc", "bcc", "attn",
    "attention", "re", "owner", "account holder", "holder", "cardholder", "card holder", "name on card",
    "beneficiary", "spouse", "partner", "guardian", "parent", "mother", "father", "son", "daughter",
    "author", "assignee", "assigned to", "sender", "recipient", "member", "insured", "policyholder",
    "policy holder", "subscriber", "guarantor", "borrower", "buyer", "seller", "claimant", "defendant",
    "plaintiff", "passenger", "traveler", "traveller", "guest", "student", "teacher", "nurse", "technician",
    "interviewer", "candidate", "agent name", "rep", "representative", "user full name", "display name",
    "billing name", "shipping name", "ship to name", "recipient name", "sender name", "employee full name",
    "person", "individual", "resident", "occupant", "donor", "caller", "visitor name", "driver", "pilot",
    "consignee", "shipper", "addressee", "attorney", "counsel", "lawyer", "notary", "executor", "trustee",
    "contact person", "prepared for", "bill to name", "patient full name", "pt", "pt name", "dr", "surgeon",
    "therapist", "pharmacist", "dentist", "caregiver", "emergency contact name", "name of applicant",
    "nominee", "heir", "lessee", "lessor", "employee signature", "first and last name", "account owner",
    // German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech, Hungarian, Greek, Turkish, Nordic.
    "vorname", "nachname", "familienname", "geburtsname", "vollständiger name", "kontakt", "kontaktperson",
    "ansprechpartner", "ansprechpartnerin", "empfänger", "empfaenger", "absender", "kunde", "kundin",
    "kundenname", "patientin", "arzt", "ärztin", "hausarzt", "mieter", "mieterin", "vermieter", "inhaber",
    "kontoinhaber", "antragsteller", "antragstellerin", "mitarbeiter", "mitarbeiterin", "sachbearbeiter",
    "sachbearbeiterin", "bearbeiter", "verfasser", "unterschrift", "zeuge", "begünstigter", "vertreter",
    "nom", "prénom", "prenom", "nom de famille", "nom complet", "nom et prénom", "destinataire", "expéditeur",
    "expediteur", "patiente", "médecin", "medecin", "médecin traitant", "locataire", "bailleur", "titulaire",
    "demandeur", "salarié", "salariée", "employé", "employée", "témoin", "signataire", "interlocuteur",
    "bénéficiaire", "nom du client", "représentant", "nombre", "nombre completo", "nombres", "apellido",
    "apellidos", "primer apellido", "segundo apellido", "nombre y apellidos", "nombre del cliente", "cliente",
    "paciente", "médico", "medico", "médico tratante", "remitente", "destinatario", "destinataria", "titular",
    "solicitante", "inquilino", "arrendatario", "arrendador", "empleado", "empleada", "testigo",
    "beneficiario", "beneficiaria", "representante", "responsable", "persona de contacto", "contacto",
    "firmado por", "atendido por", "nome", "cognome", "nome completo", "nome e cognome", "paziente",
    "mittente", "intestatario", "intestataria", "richiedente", "dipendente", "referente", "persona di contatto",
    "sobrenome", "nome do cliente", "remetente", "destinatário", "destinatária", "funcionário", "funcionária",
    "naam", "voornaam", "voornamen", "achternaam", "volledige naam", "contactpersoon", "patiënt", "huisarts",
    "arts", "afzender", "ontvanger", "huurder", "verhuurder", "werknemer", "begunstigde", "aanvrager",
    "imię", "imie", "nazwisko", "imię i nazwisko", "pacjent", "pacjentka", "odbiorca", "nadawca", "lekarz",
    "najemca", "wnioskodawca", "pracownik", "osoba kontaktowa", "jméno", "příjmení", "klient", "klientka",
    "pacient", "pacientka", "lékař", "név", "vezetéknév", "keresztnév", "ügyfél", "beteg", "kapcsolattartó",
    "όνομα", "επώνυμο", "ονοματεπώνυμο", "ad soyad", "adı soyadı", "adi soyadi", "isim", "soyadı", "soyad",
    "müşteri", "alıcı", "gönderen", "navn", "fornavn", "efternavn", "etternavn", "namn", "förnamn",
    "efternamn", "kontaktperson", "kontaktpersoon", "nimi", "etunimi", "sukunimi", "yhteyshenkilö", "asiakas",
    "potilas", "vastaanottaja", "lähettäjä", "anaesthetist", "anesthetist", "radiologist", "midwife",
    "physiotherapist", "consultant", "registrar", "case manager", "social worker", "translator", "interpreter",
    "courier", "handled by", "attended by", "seen by", "treated by", "entered by", "created by", "updated by",
    "modified by", "closed by", "opened by", "issued by", "checked by", "inspected by", "delivered to",
    "received by", "collected by", "contact name", "point of contact", "poc", "account manager",
    // Case files, forms, commit trailers and credits (issue 13).
    "subject", "full legal name", "legal full name", "interviewee", "respondent name", "insured name",
    "signed off by", "co authored by", "acked by", "tested by", "suggested by", "helped by", "reviewed by",
    "written by", "maintainer", "maintained by", "maintainers", "authors", "contributor", "contributors",
    "copyright holder", "presenter", "speaker", "attendee", "chairperson", "minute taker", "note taker",
    "prepared for", "nominated by", "referee", "emergency contact person", "parent guardian",
    "given name s", "display name", "username full", "vorname nachname", "nom prénom", "apellido paterno",
    "apellido materno", "imię nazwisko", "tam adı", "họ tên", "họ và tên", "nama", "nama lengkap",
];

/// Labels whose value is a place or an address.
pub(crate) const LOCATION_KEYS: &[&str] = &[
    "address", "home address", "current address", "mailing address", "postal address", "street address",
    "shipping address", "billing address", "ship to", "bill to", "deliver to", "delivery address", "street",
    "address line", "address line 1", "address line 2", "line", "line1", "line2", "city", "town", "country",
    "country of residence", "country of birth", "place of birth", "birthplace", "birth place", "residence",
    "destination", "origin", "hometown", "region", "province", "county", "state of residence",
    "permanent address", "previous address", "address during stay", "registered address", "office address",
    "work address", "home", "residing at", "located at", "premises", "property address", "site address",
    "location", "city of birth", "country of citizenship", "domicile",
    "municipality", "district", "locality", "village", "suburb", "departure city", "arrival city",
    "pickup address", "dropoff address", "venue", "address of property",
    "adresse", "anschrift", "wohnanschrift", "lieferadresse", "rechnungsadresse", "straße", "strasse",
    "wohnort", "ort", "stadt", "land", "geburtsort", "plz ort", "heimatort", "dirección", "direccion",
    "domicilio", "ciudad", "localidad", "país", "pais", "provincia", "lugar de nacimiento", "dirección de envío",
    "indirizzo", "città", "citta", "paese", "luogo di nascita", "comune", "residenza", "località",
    "adresse postale", "adresse de livraison", "ville", "pays", "lieu de naissance", "code postal et ville",
    "endereço", "endereco", "cidade", "morada", "naturalidade", "localidade", "adres", "woonplaats", "plaats",
    "straat", "geboorteplaats", "afleveradres", "adres zamieszkania", "miasto", "miejscowość", "kraj", "ulica",
    "miejsce urodzenia", "adresa", "město", "mesto", "bydliště", "cím", "lakcím", "város", "ország",
    "születési hely", "διεύθυνση", "πόλη", "χώρα", "şehir", "sehir", "ülke", "doğum yeri", "adresi",
    "osoite", "kaupunki", "kotikunta", "adress", "postadress", "stad", "bopæl", "bosted", "postort",
    "hometown", "city of residence", "place of residence", "current city", "work location", "office location",
];

/// Labels whose value is an organisation.
pub(crate) const ORG_KEYS: &[&str] = &[
    "employer", "company", "company name", "organization", "organisation", "org", "business", "business name",
    "firm", "vendor", "supplier", "merchant", "bank", "bank name", "insurer", "insurance company", "carrier",
    "agency", "institution", "school", "university", "college", "hospital", "practice", "clinic", "account name",
    "payee", "creditor", "lender", "current employer", "previous employer", "employer name", "workplace",
    "client company", "customer company", "contractor", "subcontractor", "manufacturer", "distributor",
    "brokerage", "law firm", "counterparty", "issuer", "sponsor", "affiliation", "organization name",
    "organisation name", "legal entity", "entity", "tenant company", "registered company",
    "firma", "unternehmen", "arbeitgeber", "gesellschaft", "lieferant", "versicherung", "krankenkasse",
    "empresa", "empleador", "compañía", "compania", "razón social", "razon social", "proveedor", "aseguradora",
    "banco", "entidad", "azienda", "società", "societa", "datore di lavoro", "fornitore", "ragione sociale",
    "banca", "société", "societe", "entreprise", "employeur", "raison sociale", "fournisseur", "banque",
    "assureur", "empregador", "companhia", "fornecedor", "bedrijf", "werkgever", "organisatie", "leverancier",
    "verzekeraar", "pracodawca", "dostawca", "zaměstnavatel", "společnost", "cég", "munkáltató", "εταιρεία",
    "şirket", "sirket", "işveren", "yritys", "työnantaja", "arbetsgivare", "företag", "arbejdsgiver",
    "arbeidsgiver", "selskap", "virksomhed", "insurance provider", "health insurer", "bank institution",
];

/// Words before a capitalised word that make it a place (`in Leeds`, `from Madrid`).
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "from", "to", "near", "at", "via", "outside", "around", "towards", "toward", "across", "through",
    "visiting", "visit", "leaving", "reach", "of", "into", "inside", "within", "between",
];

/// Words before a capitalised word that make it a person (`said Anna`, `with Tom`).
pub(crate) const CHAT_INTRO: &[&str] = &[
    "its", "it's", "im", "i'm", "name's", "called", "named", "ask", "tell", "thanks", "thx", "ty", "hi", "hey",
    "hello", "bye", "cc", "dear", "love", "miss", "with", "call", "text", "ping", "message", "email",
    "remind", "told", "asked", "from", "name", "is", "yo", "ok", "dm", "thank",
];

/// Speaker labels in chats and logs that are roles, not people.
pub(crate) const ROLES: &[&str] = &[
    "bot", "visitor", "agent", "user", "customer", "support", "admin", "system", "me", "you", "client", "host",
    "guest", "moderator", "mod", "operator", "assistant", "staff", "team", "server", "note", "info", "warn",
    "warning", "error", "debug", "trace", "subject", "from", "to", "re", "cc", "date", "time", "sent", "status",
    "priority", "channel", "ticket", "notes", "comments", "reply", "answer", "question", "q", "a", "tip",
    "update", "fyi", "edit", "ps", "todo", "fix", "test", "caller", "callee", "rep", "tech", "nurse", "doctor",
    "dr", "patient", "driver", "seller", "buyer", "host", "owner", "ops", "dev", "qa", "hr", "it", "sales",
];

/// Role nouns that put a name right after them without a colon (`Patient Nguyễn Văn An`, `Nurse
/// Ngozi Okonkwo`, `Paciente María José`); the role word stays outside the span.
pub(crate) const ROLE_NOUNS: &[&str] = &[
    "patient", "patientin", "patiente", "paciente", "paziente", "pacjent", "pacjentka", "patiënt", "pt",
    "nurse", "physician", "surgeon", "physiotherapist", "therapist", "pharmacist", "technician", "driver",
    "courier", "customer", "client", "applicant", "tenant", "employee", "witness", "candidate", "caller",
    "visitor", "passenger", "claimant", "defendant", "plaintiff", "interpreter", "translator", "colleague",
    "contractor", "landlord", "lessor", "lessee", "consultant", "midwife", "paramedic", "resident", "student",
    "inspector", "caregiver", "carer", "attending", "anaesthetist", "anesthetist", "radiologist", "dentist",
    "cliente", "kunde", "kundin", "mitarbeiter", "mitarbeiterin", "mieter", "mieterin", "client", "klient",
    "klientka", "pacient", "pacientka", "beteg", "potilas", "employé", "employée", "empleado",
    "empleada", "dipendente", "werknemer", "pracownik",
];

/// Family names written first in East Asian name order (`Park Ji-yeon`, `Le Thi Hoa`, `Zhang Wei`):
/// the most common Korean, Chinese (pinyin) and Vietnamese surnames, by general knowledge.
pub(crate) const SURNAMES_FIRST: &[&str] = &[
    "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "yun", "jang", "lim", "han", "shin",
    "seo", "kwon", "hwang", "ahn", "song", "jeon", "hong", "oh", "moon", "yang", "baek", "nam", "noh", "ryu",
    "wang", "li", "zhang", "liu", "chen", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
    "he", "gao", "lin", "luo", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao",
    "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren",
    "shen", "yao", "qian", "qiu", "nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm", "hoang",
    "hoàng", "huynh", "huỳnh", "phan", "vu", "vũ", "vo", "võ", "dang", "đặng", "bui", "bùi", "do", "đỗ", "ho",
    "hồ", "ngo", "ngô", "duong", "dương", "ly", "lý", "trinh", "trịnh", "dinh", "đinh", "mai", "truong", "trương",
];

/// Vietnamese middle names, which follow the family name (`Le Thi Hoa`, `Tran Van Nam`).
pub(crate) const VIET_MIDDLES: &[&str] = &[
    "van", "văn", "thi", "thị", "duc", "đức", "minh", "ngoc", "ngọc", "thanh", "quoc", "quốc", "huu", "hữu",
    "xuan", "xuân", "thu", "hong", "hồng", "kim", "anh", "gia", "bao", "bảo", "dinh", "đình", "cong", "công",
    "quang", "tuan", "tuấn", "hoai", "hoài", "phuong", "phương", "my", "mỹ",
];

/// Legal forms whose final dot belongs to them (abbreviations): `Inc.`, `Ltd.`, `Kft.`; not `SE`,
/// `AG`, `GmbH`, `Oy`, `plc`, whose following dot ends the sentence.
pub(crate) fn legal_form_takes_dot(lower: &str) -> bool {
    matches!(
        lower,
        "inc" | "ltd" | "corp" | "co" | "bros" | "pty" | "pte" | "ltda" | "cia" | "kft" | "zrt" | "nyrt" | "bhd" | "sdn" | "mfg" | "intl" | "assn" | "sp" | "pvt" | "lda"
    )
}

/// Bit flags of the word lists above, computed once per token (one hash lookup instead of list scans).
pub(crate) const F_TITLES: u32 = 1;
pub(crate) const F_GREETINGS: u32 = 1 << 1;
pub(crate) const F_CALENDAR: u32 = 1 << 2;
pub(crate) const F_PARTICLES: u32 = 1 << 3;
pub(crate) const F_LEGAL_SUFFIX: u32 = 1 << 4;
pub(crate) const F_ORG_HEAD: u32 = 1 << 5;
pub(crate) const F_STREET_SUFFIX: u32 = 1 << 6;
pub(crate) const F_STREET_PREFIXES: u32 = 1 << 7;
pub(crate) const F_UNIT_WORDS: u32 = 1 << 8;
pub(crate) const F_REGION_CODE: u32 = 1 << 9;
pub(crate) const F_GENERIC_ADDRESSEES: u32 = 1 << 10;
pub(crate) const F_CHAT_INTRO: u32 = 1 << 11;
pub(crate) const F_PLACE_PREPOSITIONS: u32 = 1 << 12;
pub(crate) const F_ROLES: u32 = 1 << 13;
pub(crate) const F_CLOSING_WORD: u32 = 1 << 14;
pub(crate) const F_ROLE_NOUN: u32 = 1 << 15;
pub(crate) const F_SURNAME_FIRST: u32 = 1 << 16;
pub(crate) const F_VIET_MIDDLE: u32 = 1 << 17;
pub(crate) const F_FUNCTION_WORD: u32 = 1 << 18;

static FLAGS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u32>> = std::sync::LazyLock::new(|| {
    let mut m: rustc_hash::FxHashMap<&'static str, u32> = rustc_hash::FxHashMap::default();
    let mut add = |list: &[&'static str], f: u32| {
        for w in list {
            *m.entry(*w).or_default() |= f;
        }
    };
    add(TITLES, F_TITLES);
    add(GREETINGS, F_GREETINGS);
    add(CALENDAR, F_CALENDAR);
    add(PARTICLES, F_PARTICLES);
    add(LEGAL_SUFFIXES, F_LEGAL_SUFFIX);
    add(ORG_HEADS, F_ORG_HEAD);
    add(STREET_SUFFIXES, F_STREET_SUFFIX);
    add(STREET_PREFIXES, F_STREET_PREFIXES);
    add(UNIT_WORDS, F_UNIT_WORDS);
    add(GENERIC_ADDRESSEES, F_GENERIC_ADDRESSEES);
    add(CHAT_INTRO, F_CHAT_INTRO);
    add(PLACE_PREPOSITIONS, F_PLACE_PREPOSITIONS);
    add(ROLES, F_ROLES);
    add(ROLE_NOUNS, F_ROLE_NOUN);
    add(SURNAMES_FIRST, F_SURNAME_FIRST);
    add(VIET_MIDDLES, F_VIET_MIDDLE);
    add(FUNCTION_WORDS, F_FUNCTION_WORD);
    let closing_words: Vec<&'static str> = CLOSINGS.iter().flat_map(|c| c.split([' ', ','])).filter(|w| !w.is_empty()).collect();
    add(&closing_words, F_CLOSING_WORD);
    let codes: Vec<String> = REGION_CODES.iter().map(|c| c.to_ascii_lowercase()).collect();
    for c in codes {
        *m.entry(Box::leak(c.into_boxed_str())).or_default() |= F_REGION_CODE;
    }
    m
});

/// The list flags of a lowercase word.
pub(crate) fn flags_of(lower: &str) -> u32 {
    FLAGS.get(lower).copied().unwrap_or(0)
}

/// Label lists as hash sets: labels are looked up once per line.
static KEYS: std::sync::LazyLock<[rustc_hash::FxHashSet<&'static str>; 3]> = std::sync::LazyLock::new(|| {
    [ORG_KEYS.iter().copied().collect(), LOCATION_KEYS.iter().copied().collect(), PERSON_KEYS.iter().copied().collect()]
});

pub(crate) fn is_org_key(k: &str) -> bool {
    KEYS[0].contains(k)
}

pub(crate) fn is_location_key(k: &str) -> bool {
    KEYS[1].contains(k)
}

pub(crate) fn is_person_key(k: &str) -> bool {
    KEYS[2].contains(k)
}
