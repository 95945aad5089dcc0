//! Names opened by a head word, as the languages other than English write them (`Banco
//! Santander`, `Banque de France`, `Huisartsenpraktijk Oosterbrink`, `Grundschule am Eichenhain`);
//! English puts the head last (`heads.rs`).

use super::cap;
use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};
use crate::rules;
use pii_core::lang::Language;

/// Head words that open an organisation's name in other languages (`Banco Santander`, `Groupe
/// Renault`, `Universidad de Chile`, `Deutsche Bahn`), where English puts the head last.
pub(crate) const PREFIX_HEADS: &[&str] = &[
    "banco",
    "banca",
    "banque",
    "bankhaus",
    "caja",
    "caixa",
    "grupo",
    "groupe",
    "gruppo",
    "universidad",
    "universidade",
    "università",
    "université",
    "universität",
    "instituto",
    "institut",
    "istituto",
    "fundación",
    "fundação",
    "fondazione",
    "fondation",
    "stiftung",
    "stichting",
    "compañía",
    "companhia",
    "compagnie",
    "sociedad",
    "sociedade",
    "società",
    "société",
    "deutsche",
    "clínica",
    "clinique",
    "klinikum",
    "colegio",
    "escuela",
    "école",
    "ecole",
    "ministerio",
    "ministère",
    "ayuntamiento",
    // Public bodies of the six languages (`Ministério da Saúde`, `Agenzia delle Entrate`, `Comune
    // di Milano`, `Câmara Municipal de Lisboa`, `Caisse d'Allocations Familiales`, `Gemeente
    // Utrecht`, `Finanzamt München`).
    "ministério",
    "ministero",
    "ministerie",
    "ministerium",
    "agenzia",
    "agencia",
    "agência",
    "comune",
    "câmara",
    "caisse",
    "préfecture",
    "gemeente",
    "finanzamt",
    "tribunal",
    "tribunale",
    "junta",
    "consejería",
    "generalitat",
    "diputación",
    "regione",
    "provincia",
    "prefeitura",
    // Trades that open a firm's name (`Construcciones Arnedo`, `Transportes Ibarra`, `Farmacia
    // Central`, `Costruzioni Bianchi`, `Pharmacie du Centre`, `Bakkerij Jansen`).
    "construcciones",
    "construções",
    "costruzioni",
    "distribuciones",
    "transportes",
    "trasporti",
    "transports",
    "talleres",
    "supermercados",
    "asesoría",
    "gestoría",
    "consultoría",
    "inmobiliaria",
    "imobiliária",
    "immobiliare",
    "farmacia",
    "farmácia",
    "pharmacie",
    "apotheek",
    "bakkerij",
    "boulangerie",
    "panadería",
    "padaria",
    "laboratorios",
    "laboratórios",
    "laboratoire",
    "industrias",
    "indústrias",
    "industrie",
    "autoescuela",
    "ristorante",
    "restaurante",
    // Practices, printers, mutual insurers, associations and shops of the six languages
    // (`Cabinet Delorme-Vasseur`, `Imprimerie Garaud & Cie`, `Mutuelle Ardenval`, `Association
    // Les Amis du Clos Fleuri`, `Polisportiva Valtorbida`, `Ottica Zerbinati`).
    "cabinet",
    "imprimerie",
    "mutuelle",
    "association",
    "associazione",
    "asociación",
    "associação",
    "polisportiva",
    "ottica",
    "optique",
    "ótica",
    "óptica",
    "pasticceria",
    "gaec",
    "scop",
    "scp",
    "sci",
    "gemeinschaftspraxis",
    "kanzlei",
    "autohaus",
];

/// Endings of Dutch and German compound nouns that name a practice, firm or group
/// (`Huisartsenpraktijk Oosterbrink`, `Hoveniersbedrijf De Groene Zoom`, `Zorggroep Meerstroom`).
const HEAD_ENDINGS: &[&str] = &[
    "praktijk",
    "bedrijf",
    "groep",
    "praxis",
    // `Woningstichting Eigen Erf`, `Dierenkliniek De Zwaluw`, `Notariskantoor Verwaijen`,
    // `Korfbalvereniging Snel & Zeker`, `Fietsenwinkel De Trapper`, `Scholengemeenschap Het Baken`,
    // `Jeugdhuis De Kering`, `Gezondheidscentrum De Linde`
    "stichting",
    "kliniek",
    "kantoor",
    "vereniging",
    "winkel",
    "gemeenschap",
    "huis",
    "centrum",
    // `Omgevingsdienst Randmeren`, `Basisschool De Klimop`, `Uitzendbureau Werkstroom`.
    "dienst",
    "school",
    "bureau",
];

/// Endings of German compounds that name a school, an office, a shop or a service before its own
/// name (`Grundschule am Eichenhain`, `Ordnungsamt Ebersthal`, `Buchhandlung Lesezeichen`,
/// `Schreinerei Gmeinwieser`, `Pflegedienst Lebensfreude`, `Physiotherapie Bewegungsraum`,
/// `Kirchengemeinde Friedenshöhe`, `Kfz-Meisterbetrieb Kolbenring`, `Friseursalon Haarmonie`).
/// Also a centre, an office, a utility and a cooperative (`Rehazentrum Seeblick`, `Ingenieurbüro
/// Falkenried`, `Stadtwerke Erlenbrunn`, `Wohnbaugenossenschaft Sonnhalde`).
const GERMAN_HEAD_ENDINGS: &[&str] = &[
    "schule",
    "amt",
    "handlung",
    "erei",
    "dienst",
    "therapie",
    "klinik",
    "gymnasium",
    "gemeinde",
    "betrieb",
    "salon",
    "verein",
    "zentrum",
    "büro",
    "werke",
    "genossenschaft",
];

/// Heads that open a name in one language and are ordinary words of another's prose (`Centre`,
/// `Club`, `Office` in English): `Centre de santé Les Peupliers`, `Club nautique de la Baie Verte`,
/// `Peña Ciclista Los Pedales`, `Circolo Canottieri Aniene`, `Livraria Bertrand`.
const LANGUAGE_HEADS: &[(Language, &[&str])] = &[
    (
        Language::French,
        &[
            "centre",
            "club",
            "coopérative",
            "librairie",
            "quincaillerie",
            "fanfare",
            "agence",
            "office",
            "lycée",
            "collège",
            "crèche",
            // Shops, trades, care homes, bodies and clubs (`Garage Bellerive`, `Boucherie Morel`,
            // `Résidence Les Tilleuls`, `Communauté de communes du Pays de Sérac`, `Chorale Arc-en-Ciel`,
            // Québec's `Dépanneur du Rang Neuf`).
            "garage",
            "dépanneur",
            "boucherie",
            "épicerie",
            "pâtisserie",
            "brasserie",
            "menuiserie",
            "plomberie",
            "résidence",
            "hôpital",
            "communauté",
            "chorale",
            "harmonie",
            "amicale",
            "syndicat",
            "domaine",
            // A club of a sport or a pastime (`Cercle d'escrime La Flamberge`).
            "cercle",
        ],
    ),
    (
        Language::Spanish,
        &[
            "centro",
            "club",
            "peña",
            "cooperativa",
            "librería",
            "ferretería",
            "ies",
            "ceip",
            // Care homes, academies, hospitals, shops and brotherhoods (`Residencia de Mayores Los
            // Olivos`, `Academia de Idiomas Lingua Viva`, `Hospital Comarcal Alto Cierzo`,
            // `Electrodomésticos Zuhaitz`, `Coral Voces del Norte`).
            "residencia",
            "academia",
            "hospital",
            "carnicería",
            "pescadería",
            "frutería",
            "peluquería",
            "papelería",
            "electrodomésticos",
            "muebles",
            "bodegas",
            "coral",
            "hermandad",
            "cofradía",
            "parroquia",
            "guardería",
            "constructora",
            "distribuidora",
            "laboratorio",
            "mutua",
            // A notary's office (`Notaría Los Arrayanes`).
            "notaría",
        ],
    ),
    (
        Language::Italian,
        &[
            "centro",
            "circolo",
            "cooperativa",
            "libreria",
            "ferramenta",
            "liceo",
            "panificio",
            "autofficina",
            "officina",
            "caseificio",
            "poliambulatorio",
            // Consortia, choirs, wineries, volunteer ambulances, shops and trades (`Consorzio di
            // Bonifica Pianura Orientale`, `Corale Voci del Lago`, `Cantina Sociale Colli del Sole`,
            // `Croce Blu Soccorso Volontario`, `Macelleria Ferri`, `Onoranze Funebri Bassi`).
            "consorzio",
            "corale",
            "cantina",
            "croce",
            "parrocchia",
            "ospedale",
            "biblioteca",
            "macelleria",
            "salumeria",
            "tabaccheria",
            "gelateria",
            "lavanderia",
            "tipografia",
            "falegnameria",
            "carrozzeria",
            "parafarmacia",
            "erboristeria",
            "onoranze",
            "impresa",
            "ditta",
            "residenza",
            "scuola",
        ],
    ),
    (
        Language::Portuguese,
        &[
            "centro",
            "clube",
            "cooperativa",
            "livraria",
            "escola",
            "agrupamento",
            "mercearia",
            "pastelaria",
            "consultório",
            "gabinete",
            "repartição",
            "laboratório",
            // Schools, hospitals, shops, brotherhoods and firms by their trade (`Colégio Pequeno
            // Príncipe`, `Hospital Particular Atlântida`, `Talho Central`, `Construtora Vale Verde`).
            "colégio",
            "hospital",
            "clínica",
            "talho",
            "papelaria",
            "oficina",
            "irmandade",
            "paróquia",
            "construtora",
            "transportadora",
            "seguradora",
            "residencial",
        ],
    ),
    // A pharmacy, a savings or people's bank, an optician's and a hairdresser's open their own names
    // (`Apotheke am Lindenbrunnen`, `Sparkasse Talmark`, `Optik Klarblick`).
    (Language::German, &["gymnasium", "apotheke", "sparkasse", "volksbank", "optik"]),
    (
        Language::Dutch,
        &[
            "medisch",
            "harmonie",
            "fanfare",
            "kapsalon",
            "fysiotherapie",
            "brouwerij",
            "slagerij",
            "drukkerij",
            "koninklijke",
            // An estate agent's and a jeweller's (`Makelaardij Torenhof`, `Juwelier Zilverspar`).
            "makelaardij",
            "juwelier",
        ],
    ),
];

/// A capitalised word that opens a firm's name: a prefix head or a compound ending in one.
pub(crate) fn prefix_head(t: &crate::doc::Token<'_>, language: Language) -> bool {
    PREFIX_HEADS.contains(&&*t.lower)
        || compound_head(t)
        || LANGUAGE_HEADS.iter().any(|(l, heads)| *l == language && heads.contains(&&*t.lower))
        || (language == Language::German && GERMAN_HEAD_ENDINGS.iter().any(|e| t.lower.len() > e.len() + 2 && t.lower.ends_with(e)))
}

/// The one capitalised word of `a..e` after its last particle is a place the gazetteer knows: a
/// school, health centre or library named after its town (`Centro de Salud de Terrassa`,
/// `Stadtbücherei Heilbronn`), where the town is the finding and the institution's kind a common
/// noun.
fn named_after_place(doc: &Doc<'_>, a: usize, e: usize) -> bool {
    // People in a place large enough that an institution is named after it; smaller places share
    // their names with words (`Campo`, `Vale`).
    const TOWN: u32 = 10_000;
    // The words after the last particle (`de Terrassa`), or all of them.
    let a =
        (a..e).rev().find(|&k| doc.toks[k].shape == Shape::Lower && PREFIX_PARTICLES.contains(&&*doc.toks[k].lower)).map_or(a, |p| p + 1);
    // One word: many words of two are each some small place (`Campo Verde`, `Vale Formoso`).
    match doc.toks[a..e].iter().filter(|t| t.is_word() && t.shape != Shape::Lower).collect::<Vec<_>>()[..] {
        [t] => t.wordinfo().place.is_some_and(|p| p.population >= TOWN),
        _ => false,
    }
}

/// The lowercase words that describe a Romance firm's trade between its head and its own name, as
/// an exclusive end: `dentaire des` in `Cabinet dentaire des Tilleuls`, `de santé` in `Centre de
/// santé Les Peupliers`. At most two words of four letters or more, with particles between; `from`
/// when the run does not end before a capitalised word on the same line.
fn trade_words(doc: &Doc<'_>, from: usize) -> usize {
    use pii_core::lang::Language::{French, Italian, Portuguese, Spanish};
    if !matches!(doc.language, French | Spanish | Italian | Portuguese) {
        return from;
    }
    let (mut k, mut words) = (from, 0);
    while k < doc.toks.len() && k < from + 5 {
        let t = &doc.toks[k];
        if t.line_start || !t.space_before || !t.is_word() || t.shape != Shape::Lower {
            break;
        }
        if !PREFIX_PARTICLES.contains(&&*t.lower) {
            if t.char_len() < 4 || words == 2 {
                return from;
            }
            words += 1;
        }
        k += 1;
    }
    let named = k < doc.toks.len() && !doc.toks[k].line_start && doc.toks[k].space_before && cap(doc, k);
    if words > 0 && named { k } else { from }
}

/// A Dutch or German compound ending in a head (`Huisartsenpraktijk`, `Zorggroep`).
fn compound_head(t: &crate::doc::Token<'_>) -> bool {
    HEAD_ENDINGS.iter().any(|e| t.lower.len() > e.len() + 2 && t.lower.ends_with(e))
}

/// Particles between a prefix head and the name (`Universidad de Chile`, `Banque de France`).
const PREFIX_PARTICLES: &[&str] = &[
    "de", "del", "della", "delle", "dei", "di", "du", "des", "da", "do", "dos", "der", "la", "le", "les", "au", "aux", "am", "zum", "zur",
];

/// Tokens `a..b` are a firm whose capitalised words after the head are its name even when each is
/// a common word: after a Dutch compound that names a practice, firm or group (`Hoveniersbedrijf De
/// Groene Zoom`, `Zorggroep Meerstroom`), or, in a language whose prose capitalises only names,
/// after a head word when two more capitalised words follow it (`ci ha mandato Liceo Artistico Tre
/// Fontane.`, `La société Agence immobilière Clé de Voûte`, `Croce Blu Soccorso Volontario,
/// Bolzano`). Not in German, which capitalises every noun (`Hausarztpraxis im Ärztehaus` is a
/// description), nor after a plain head word and one more (`Banca Online` is a menu's words).
pub(crate) fn head_named(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let t = &doc.toks[a];
    let compound = doc.language == Language::Dutch && b >= a + 2 && t.shape == Shape::Cap && compound_head(t);
    compound || named_by_capitals(doc, a, b)
}

/// `a..b` opens with a capitalised prefix head and holds two more capitalised words, in a language
/// whose prose capitalises only names.
fn named_by_capitals(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    use Language::{Dutch, French, Italian, Portuguese, Spanish};
    let t = &doc.toks[a];
    let capitalised = doc.toks[a + 1..b].iter().filter(|u| u.is_word() && u.shape != Shape::Lower).count();
    matches!(doc.language, French | Spanish | Italian | Portuguese | Dutch)
        && t.shape == Shape::Cap
        && prefix_head(t, doc.language)
        && capitalised >= 2
}

/// `Banco Santander`, `Banque de France`: a prefix head, capitalised, then one to five capitalised
/// words (with particles between them) on the same line.
pub(super) fn prefixed(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    for i in 0..n {
        let t = &doc.toks[i];
        // French firms' forms that open the name are written in capitals (`GAEC des Vergers de
        // Montfaucil`, `SCI Les Tilleuls`); elsewhere such capitals are other acronyms.
        // So are Spanish schools' (`IES Campo Verde`, `CEIP Virgen del Carmen`).
        let acronym = t.shape == Shape::Upper
            && ((doc.language == Language::French && matches!(&*t.lower, "gaec" | "scop" | "scp" | "sci"))
                || (doc.language == Language::Spanish && matches!(&*t.lower, "ies" | "ceip"))
                // Flanders' general and university hospitals (`AZ Sint-Remaclus`, `UZ Leuven`).
                || (doc.language == Language::Dutch && matches!(&*t.lower, "az" | "uz")));
        // Italian practices open with `Studio` (`Studio Legale Associato Fornasari Levanti`); in
        // English the word ends product names (`Visual Studio Code`).
        let studio = &*t.lower == "studio" && doc.language == pii_core::lang::Language::Italian;
        if !(t.shape == Shape::Cap || acronym) || !t.is_word() || !(prefix_head(t, doc.language) || studio || acronym) {
            continue;
        }
        let mut e = trade_words(doc, i + 1);
        let mut words = 0;
        // The name ends at a column gap (`Medisch Centrum Vechtstede      SALARISSTROOK`).
        while e < n && words < 5 && !doc.toks[e].line_start && doc.toks[e].space_before && !doc.toks[e].wide_gap_before {
            let u = &doc.toks[e];
            if u.is_word() && u.shape == Shape::Lower && PREFIX_PARTICLES.contains(&&*u.lower) && e + 1 < n && cap(doc, e + 1) {
                e += 1;
                continue;
            }
            // `per l'Infanzia`, `dell'Aquila`: a preposition and an elided article glued to a
            // capitalised word, which the tokens split.
            let elided = |k: usize| {
                k + 1 < n
                    && doc.toks[k].is_word()
                    && doc.toks[k].shape == Shape::Lower
                    && doc.toks[k].lower.ends_with(['\'', '\u{2019}'])
                    && doc.toks[k + 1].glued()
                    && cap(doc, k + 1)
            };
            if words > 0
                && u.is_word()
                && u.shape == Shape::Lower
                && matches!(&*u.lower, "per" | "pour" | "para" | "voor" | "für")
                && elided(e + 1)
            {
                e += 3;
                words += 1;
                continue;
            }
            if words > 0 && elided(e) {
                e += 2;
                words += 1;
                continue;
            }
            // `Studio Associato Berardelli & Pozzetti`, `Associação Cultural e Recreativa`
            let conjunction = u.is_word() && u.shape == Shape::Lower && matches!(&*u.lower, "e" | "y" | "et" | "und" | "en");
            if words > 0 && (u.is_punct('&') || conjunction) && e + 1 < n && cap(doc, e + 1) && doc.toks[e + 1].space_before {
                e += 1;
                continue;
            }
            // `Zahnarztpraxis Dr. Feuerlein`: a practice named after its doctor, title and all.
            if u.rf(rules::F_TITLES) && e + 2 < n && doc.toks[e + 1].is_punct('.') && cap(doc, e + 2) && !doc.toks[e + 2].line_start {
                e += 2;
                continue;
            }
            if !cap(doc, e) || u.masked {
                break;
            }
            words += 1;
            e += 1;
        }
        if words == 0 || (!PREFIX_HEADS.contains(&&*t.lower) && named_after_place(doc, i + 1, e)) {
            continue;
        }
        out.push(i, e, Ent::Org, 0.8);
    }
}

#[cfg(test)]
mod tests {
    use super::{head_named, prefixed};
    use crate::lexicon::Lexicon;
    use crate::tests::rule_values;
    use pii_core::lang::Language;

    #[test]
    fn a_dutch_compound_head_makes_the_words_after_it_a_name() {
        let lex = Lexicon::from_rows(&[], &[]);
        let named = |text: &str, language: Language, n: usize| {
            let doc = crate::doc::Doc::new(text, &lex).in_language(language);
            head_named(&doc, 0, n)
        };
        assert!(named("Hoveniersbedrijf De Groene Zoom", Language::Dutch, 4));
        assert!(named("Zorggroep Meerstroom", Language::Dutch, 2));
        // Negatives: German capitalises its nouns, a plain head word names nothing, and a head alone.
        assert!(!named("Hausarztpraxis im Ärztehaus", Language::German, 3));
        assert!(!named("Banca Online", Language::Italian, 2));
        assert!(!named("Zorggroep", Language::Dutch, 1));
        // Two more capitalised words after a prefix head make the run a name; not one word, not
        // after a word that heads no firm, not in German.
        let by_capitals = |text: &str, language: Language, a: usize, b: usize| {
            let doc = crate::doc::Doc::new(text, &lex).in_language(language);
            head_named(&doc, a, b)
        };
        assert!(by_capitals("ci ha mandato Liceo Artistico Tre Fontane.", Language::Italian, 3, 7));
        assert!(by_capitals("la société Agence immobilière Clé de Voûte", Language::French, 2, 7));
        assert!(by_capitals("Croce Blu Soccorso Volontario, Bolzano", Language::Italian, 0, 4));
        assert!(!by_capitals("visita al Centro Storico.", Language::Italian, 2, 4));
        assert!(!by_capitals("parla con la Responsabile Risorse Umane", Language::Italian, 3, 6));
        assert!(!by_capitals("wir haben Grundschule Am Eichenhain", Language::German, 2, 5));
    }

    #[test]
    fn a_head_word_or_a_compound_ending_in_one_opens_a_firm_s_name() {
        let lex = Lexicon::from_rows(&[], &[]);
        let found = rule_values(
            &lex,
            "Employeur : Imprimerie Garaud\nLe Cabinet Delorme-Vasseur recrute.\nBij Huisartsenpraktijk Oosterbrink.\n\
             Adhérent : Association Les Amis du Clos Fleuri\n",
            prefixed,
        );
        for org in ["Imprimerie Garaud", "Cabinet Delorme-Vasseur", "Huisartsenpraktijk Oosterbrink", "Association Les Amis du Clos Fleuri"]
        {
            assert!(found.iter().any(|v| v == org), "{org}: {found:?}");
        }
        // A preposition and an elided article before the name's last word.
        let italian = rule_values(&lex, "Lavoro presso Fondazione Ardenzi per l'Infanzia, dove\n", prefixed);
        assert_eq!(italian, ["Fondazione Ardenzi per l'Infanzia"]);
        // `Studio` opens an Italian practice's name, and only in Italian.
        let studio = crate::tests::rule_values_in(&lex, "Spett.le Studio Legale Fornasari & Levanti\n", Language::Italian, prefixed);
        assert_eq!(studio, ["Studio Legale Fornasari & Levanti"]);
        assert!(rule_values(&lex, "Open Visual Studio Code now.\n", prefixed).is_empty());
        // French forms in capitals open the name in French only.
        let french = crate::tests::rule_values_in(&lex, "Vendu par GAEC des Vergers de Montfaucil.\n", Language::French, prefixed);
        assert_eq!(french, ["GAEC des Vergers de Montfaucil"]);
        assert!(rule_values(&lex, "Indexed in SCI Expanded.\n", prefixed).is_empty());
        // Heads of each language's own: consortia, pharmacies, public services.
        for (text, language, firm) in [
            ("Consorzio di Bonifica Pianura Orientale cerca autista\n", Language::Italian, "Consorzio di Bonifica Pianura Orientale"),
            ("Absender: Apotheke am Lindenbrunnen\n", Language::German, "Apotheke am Lindenbrunnen"),
            ("Brief van Omgevingsdienst Randmeren\n", Language::Dutch, "Omgevingsdienst Randmeren"),
            ("Dépannage par Garage Bellerive Automobiles\n", Language::French, "Garage Bellerive Automobiles"),
            ("Assureur du tiers : Cercle d'escrime La Flamberge\n", Language::French, "Cercle d'escrime La Flamberge"),
            ("Ejecutiva de Ventas | Notaría Los Arrayanes\n", Language::Spanish, "Notaría Los Arrayanes"),
            ("Zakelijke lijn Makelaardij Torenhof traag\n", Language::Dutch, "Makelaardij Torenhof"),
            ("Angebot der Stadtwerke Erlenbrunn über 1377,88 EUR\n", Language::German, "Stadtwerke Erlenbrunn"),
            ("Absender: Rehazentrum Seeblick\n", Language::German, "Rehazentrum Seeblick"),
        ] {
            assert_eq!(crate::tests::rule_values_in(&lex, text, language, prefixed), [firm], "{text}");
        }
        // Negative: the same words in English, or before no capitalised name.
        assert!(rule_values(&lex, "Open the Garage Door and the Hospital Wing.\n", prefixed).is_empty());
        assert!(crate::tests::rule_values_in(&lex, "la Croce è rossa\n", Language::Italian, prefixed).is_empty());
        assert!(crate::tests::rule_values_in(&lex, "Wir treffen uns im Zentrum Berlins.\n", Language::German, prefixed).is_empty());
        // Flanders' hospitals, in Dutch only.
        let dutch = crate::tests::rule_values_in(&lex, "Medewerker inkoop, AZ Sint-Remaclus, Den Haag\n", Language::Dutch, prefixed);
        assert_eq!(dutch, ["AZ Sint-Remaclus"]);
        assert!(rule_values(&lex, "Shipped to AZ Phoenix warehouse.\n", prefixed).is_empty());
        // Lowercase words of the trade between a Romance head and the name, in those languages only.
        let trade = |text: &str, language: Language| crate::tests::rule_values_in(&lex, text, language, prefixed);
        assert_eq!(trade("Rendez-vous au Cabinet dentaire des Tilleuls demain.\n", Language::French), ["Cabinet dentaire des Tilleuls"]);
        assert_eq!(trade("Adressez-vous au Centre de santé Les Peupliers.\n", Language::French), ["Centre de santé Les Peupliers"]);
        assert_eq!(trade("Alumno del IES Campo Verde.\n", Language::Spanish), ["IES Campo Verde"]);
        assert!(trade("The Centre de santé Les Peupliers.\n", Language::English).is_empty());
        assert!(trade("Le Centre est fermé le Lundi.\n", Language::French).is_empty());
        // German heads at the end of a compound, and `am` before the name.
        let german = |text: &str| crate::tests::rule_values_in(&lex, text, Language::German, prefixed);
        assert_eq!(german("Eingang Grundschule am Eichenhain\n"), ["Grundschule am Eichenhain"]);
        assert_eq!(german("Gekauft bei Buchhandlung Lesezeichen.\n"), ["Buchhandlung Lesezeichen"]);
        assert_eq!(german("Absender: Zahnarztpraxis Dr. Feuerlein\n"), ["Zahnarztpraxis Dr. Feuerlein"]);
        // Dutch compounds that name a foundation, clinic, office or club, and a conjunction inside a name.
        let dutch = crate::tests::rule_values_in(&lex, "Betaald aan Korfbalvereniging Snel & Zeker\n", Language::Dutch, prefixed);
        assert_eq!(dutch, ["Korfbalvereniging Snel & Zeker"]);
        let portuguese =
            crate::tests::rule_values_in(&lex, "Sócia da Associação Cultural e Recreativa Os Amigos\n", Language::Portuguese, prefixed);
        assert_eq!(portuguese, ["Associação Cultural e Recreativa Os Amigos"]);
        // Negative: a conjunction that ends the line, or joins lower-case words.
        assert!(crate::tests::rule_values_in(&lex, "A Associação e outros\n", Language::Portuguese, prefixed).is_empty());
        assert!(german("Die Grundschule ist geschlossen.\n").is_empty());
        // Negative: an institution named after its town is the town (the gazetteer knows it).
        let towns = Lexicon::from_rows(&[], &[("Terrassa", crate::lexicon::PlaceKind::City, 220_000)]);
        let spanish = crate::tests::rule_values_in(&towns, "Centro de Salud de Terrassa\n", Language::Spanish, prefixed);
        assert!(spanish.iter().all(|v| v != "Centro de Salud de Terrassa"), "{spanish:?}");
        // A small place shares its name with words: the firm keeps it (`Campo`, 9,000 people).
        let villages = Lexicon::from_rows(&[], &[("Campo", crate::lexicon::PlaceKind::City, 9_000)]);
        let shop = crate::tests::rule_values_in(&villages, "Fornecedor: Mercearia Flor do Campo\n", Language::Portuguese, prefixed);
        assert_eq!(shop, ["Mercearia Flor do Campo"]);
        // The name ends at a column gap.
        let dutch = crate::tests::rule_values_in(&lex, "Medisch Centrum Vechtstede      SALARISSTROOK\n", Language::Dutch, prefixed);
        assert_eq!(dutch, ["Medisch Centrum Vechtstede"]);
        // Negative: a head word with no capitalised name after it, and a word that only ends like one.
        assert!(rule_values(&lex, "The cabinet was closed.\nOur Cabinet meets today.\nGroep 7 speelt.\n", prefixed).is_empty());
    }
}
