#!/usr/bin/env python3
"""Multilingual generalization set for issue 19: documents written natively in French, German,
Spanish, Italian, Dutch and Portuguese.

Deterministic, standard library only (the seed and this file fully decide the output):

    python3 gen_ml.py OUT_DIR [--n 100] [--seed 1919]

writes, for N documents per language, `tune.jsonl` (templates of half A: the only half looked at
while writing rules) and `heldout.jsonl` (templates of half B: measured, never tuned on), in the
evaluation kit's gold format ({"id", "format", "text", "spans": [{"entity_type", "start", "end"}]},
code point offsets, end exclusive), plus `tune.meta.jsonl` / `heldout.meta.jsonl` with each
document's template, `language` and `style` (= the language, so `score.py --meta` prints a
per-language table). The split is by template: every language has its own templates in each half.

The templates were written fresh for this set, natively in each language (not translated from one
another, not copied from the dev set or any generator). About one document in six holds no PII at
all (notices, instructions, product texts full of capitalised nouns).

Data and licences (also in the README's "Data and licences" section):
- Given names and family names: short lists compiled by hand for this set, of names common in each
  country, each an ordinary name of the kind recorded as Wikidata "given name" (Q202444) / "family
  name" (Q101352) items (Wikidata content: CC0 1.0). Not taken from Faker or any fake-data library.
- Cities: common place names as recorded in Wikidata (CC0 1.0). Street names follow each country's
  usual patterns; company names and mail domains are invented for this set.
- Identifiers are random values made valid by each scheme's public check-digit rule.
"""
import json
import random
import re
import sys
import unicodedata

LANGS = ["fr", "de", "es", "it", "nl", "pt"]

# --- names and places (see the module docstring for sources and licences) --------------------------

FEMALE = {
    "fr": ["Camille", "Sophie", "Nathalie", "Isabelle", "Amélie", "Claire", "Céline", "Manon", "Aurélie",
           "Juliette", "Margaux", "Sandrine", "Émilie", "Brigitte", "Chloé", "Léa"],
    "de": ["Anna", "Katrin", "Susanne", "Monika", "Petra", "Lena", "Birgit", "Claudia", "Heike", "Jana",
           "Franziska", "Gisela", "Andrea", "Marlene", "Ute", "Henrike"],
    "es": ["María José", "Lucía", "Carmen", "Pilar", "Elena", "Rocío", "Ana Belén", "Montserrat",
           "Nerea", "Inmaculada", "Marta", "Alba", "Consuelo", "Begoña", "Paula", "Remedios"],
    "it": ["Giulia", "Francesca", "Chiara", "Alessandra", "Valentina", "Federica", "Paola", "Silvia",
           "Roberta", "Martina", "Elisa", "Ilaria", "Donatella", "Graziella", "Serena", "Beatrice"],
    "nl": ["Anouk", "Sanne", "Femke", "Marieke", "Lotte", "Ingrid", "Eva", "Annelies", "Fenna", "Merel",
           "Joke", "Ilse", "Saskia", "Renske", "Wilma", "Lieke"],
    "pt": ["Ana", "Beatriz", "Mariana", "Inês", "Joana", "Francisca", "Luana", "Gabriela", "Conceição",
           "Rita", "Fernanda", "Adriana", "Leonor", "Thaís", "Raquel", "Filipa"],
}
MALE = {
    "fr": ["Jean-Pierre", "Nicolas", "Julien", "Guillaume", "François", "Olivier", "Sébastien", "Pascal",
           "Antoine", "Yannick", "Bruno", "Thierry", "Laurent", "Maxime", "Rémi", "Gérard"],
    "de": ["Thomas", "Stefan", "Klaus", "Jens", "Uwe", "Frank", "Dieter", "Markus", "Tobias", "Florian",
           "Helmut", "Rüdiger", "Lars", "Günter", "Sebastian", "Jörg"],
    "es": ["José Luis", "Javier", "Alejandro", "Álvaro", "Íñigo", "Carlos", "Sergio", "Jorge", "Francisco",
           "Rubén", "Pablo", "Joaquín", "Ignacio", "Gonzalo", "Raúl", "Andrés"],
    "it": ["Giuseppe", "Marco", "Luca", "Andrea", "Matteo", "Stefano", "Davide", "Gianluca", "Massimo",
           "Fabrizio", "Salvatore", "Riccardo", "Lorenzo", "Emanuele", "Vittorio", "Niccolò"],
    "nl": ["Jeroen", "Bas", "Pieter", "Maarten", "Wouter", "Joost", "Sander", "Thijs", "Ruud", "Gert-Jan",
           "Koen", "Hendrik", "Bram", "Niels", "Willem", "Daan"],
    "pt": ["João", "Pedro", "Tiago", "Rui", "Miguel", "Gonçalo", "Rodrigo", "Luís", "Paulo", "Vinícius",
           "Thiago", "Caio", "André", "Nuno", "Ricardo", "Fábio"],
}
LAST = {
    "fr": ["Dubois", "Lefèvre", "Garnier", "Mercier", "Lambert", "Bonnet", "Faure", "Chevalier", "Rousseau",
           "Gauthier", "Perrin", "Morel", "Fournier", "Blanchard", "Lemoine", "Marchand", "Dupont",
           "Caron", "Boucher", "Roussel"],
    "de": ["Müller", "Schmidt", "Meyer", "Wagner", "Becker", "Schulz", "Koch", "Richter", "Klein", "Wolf",
           "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Krause",
           "Lehmann"],
    "es": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
           "Gómez", "Jiménez", "Ruiz", "Moreno", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez",
           "Gutiérrez", "Ortega", "Iglesias"],
    "it": ["Rossi", "Russo", "Ferrari", "Bianchi", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
           "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri",
           "Fontana", "Santoro"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
           "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
           "Dekker", "Brouwer", "van der Meer"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
           "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro",
           "Carvalho", "Teixeira", "Moreira", "Cardoso"],
}
CITIES = {
    "fr": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Strasbourg", "Bordeaux", "Lille", "Rennes",
           "Montpellier", "Grenoble", "Dijon"],
    "de": ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
           "Leipzig", "Dresden", "Hannover", "Nürnberg", "Bremen"],
    "es": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao", "Valladolid",
           "Alicante", "Córdoba", "Granada", "Murcia"],
    "it": ["Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna", "Firenze", "Bari",
           "Verona", "Padova", "Trieste"],
    "nl": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda",
           "Nijmegen", "Haarlem", "Arnhem", "Leiden"],
    "pt": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro", "São Paulo", "Rio de Janeiro",
           "Belo Horizonte", "Curitiba", "Salvador", "Recife"],
}
STREETS = {
    "fr": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas",
           "rue Victor Hugo", "place de la Mairie", "chemin des Vignes", "allée des Tilleuls"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Goethestraße", "Schillerplatz", "Am Markt",
           "Gartenstraße", "Birkenallee"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Paseo de Gracia",
           "Calle Real", "Plaza de España", "Calle San Vicente", "Avenida del Puerto"],
    "it": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Piazza Dante",
           "Viale Europa", "Via Mazzini", "Via delle Rose"],
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsplein", "Keizersgracht", "Lindenlaan",
           "Schoolstraat", "Beukenlaan"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua do Comércio", "Travessa das Flores",
           "Rua Direita", "Avenida Paulista", "Rua das Laranjeiras", "Largo do Carmo"],
}
ORG_STEMS = ["Valdoria", "Krestel", "Orvanne", "Lumeris", "Brantova", "Quelsen", "Tarvico", "Nordalis",
             "Sefrana", "Ambrelo", "Costeval", "Pirandel", "Zentrova", "Welmark", "Dalvenne", "Ostrani"]
ORG_SUFFIX = {
    "fr": ["SARL", "SAS", "S.A."], "de": ["GmbH", "AG", "GmbH & Co. KG"], "es": ["S.L.", "S.A."],
    "it": ["S.r.l.", "S.p.A."], "nl": ["B.V.", "N.V."], "pt": ["Lda.", "Ltda.", "S.A."],
}
DOMAIN_TLD = {"fr": "fr", "de": "de", "es": "es", "it": "it", "nl": "nl", "pt": "pt"}
MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


# --- values -------------------------------------------------------------------------------------------

def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def date_text(r, lang, year_lo=2023, year_hi=2026, birth=False):
    if birth:
        year_lo, year_hi = 1945, 2004
    y, m, d = r.randint(year_lo, year_hi), r.randint(1, 12), r.randint(1, 28)
    mon = MONTHS[lang][m - 1]
    forms = {
        "fr": [f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{'1er' if d == 1 else d} {mon} {y}"],
        "de": [f"{d}. {mon} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"],
        "es": [f"{d} de {mon} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"],
        "it": [f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"],
        "nl": [f"{d} {mon} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"],
        "pt": [f"{d} de {mon} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}"],
    }[lang]
    return r.choice(forms)


def phone(r, lang, brazil=False):
    if lang == "fr":
        n = [r.choice("167"), *(digits(r, 2) for _ in range(4))]
        return r.choice([f"0{n[0]} {n[1]} {n[2]} {n[3]} {n[4]}", f"+33 {n[0]} {n[1]} {n[2]} {n[3]} {n[4]}",
                         f"0{n[0]}.{n[1]}.{n[2]}.{n[3]}.{n[4]}"])
    if lang == "de":
        return r.choice([f"030 {digits(r, 8)}", f"+49 89 {digits(r, 7)}", f"0151 {digits(r, 8)}",
                         f"+49 (0)221 {digits(r, 3)} {digits(r, 4)}", f"0711/{digits(r, 6)}"])
    if lang == "es":
        return r.choice([f"6{digits(r, 2)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}",
                         f"+34 91{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
                         f"9{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}"])
    if lang == "it":
        return r.choice([f"+39 06 {digits(r, 4)} {digits(r, 4)}", f"33{digits(r, 1)} {digits(r, 3)} {digits(r, 4)}",
                         f"02 {digits(r, 7)}", f"+39 347 {digits(r, 7)}"])
    if lang == "nl":
        return r.choice([f"020-{digits(r, 3)} {digits(r, 4)}", f"06-{digits(r, 8)}", f"+31 6 {digits(r, 8)}",
                         f"+31 (0)10 {digits(r, 3)} {digits(r, 4)}"])
    if brazil:
        ddd = r.choice(["11", "21", "31", "41", "71", "81"])
        return r.choice([f"+55 {ddd} 9{digits(r, 4)}-{digits(r, 4)}", f"({ddd}) 9{digits(r, 4)}-{digits(r, 4)}",
                         f"({ddd}) 3{digits(r, 3)}-{digits(r, 4)}"])
    return r.choice([f"+351 9{r.choice('1236')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}",
                     f"21 {digits(r, 3)} {digits(r, 4)}", f"9{r.choice('1236')}{digits(r, 1)} {digits(r, 3)} {digits(r, 3)}"])


def address(r, lang, brazil=False):
    street, n, city = r.choice(STREETS[lang]), r.randint(1, 180), r.choice(CITIES[lang])
    if lang == "fr":
        return f"{n} {street}, {r.randint(10, 95)}{digits(r, 3)} {city}"
    if lang == "de":
        return f"{street} {n}, {r.randint(10, 99)}{digits(r, 3)} {city}"
    if lang == "es":
        return r.choice([f"{street} {n}, {r.randint(1, 52):02d}{digits(r, 3)} {city}",
                         f"{street}, {n}, {r.randint(1, 8)}º {r.choice('ABCD')}, {r.randint(1, 52):02d}{digits(r, 3)} {city}"])
    if lang == "it":
        return f"{street} {n}, {digits(r, 5)} {city}"
    if lang == "nl":
        return f"{street} {n}, {r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRST')}{r.choice('ABCDEGHJKLMNPRST')} {city}"
    if brazil:
        city = r.choice(["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba"])
        uf = {"São Paulo": "SP", "Rio de Janeiro": "RJ", "Belo Horizonte": "MG", "Curitiba": "PR"}[city]
        return f"{street}, {n} - {r.choice(['Centro', 'Bela Vista', 'Jardim América'])}, {city} - {uf}, {digits(r, 5)}-{digits(r, 3)}"
    return f"{street} {n}, {r.randint(1000, 9999)}-{digits(r, 3)} {city}"


def mod97_iban(cc, bban):
    s = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(s) % 97:02d}{bban}"


def iban(r, lang):
    bban = {
        "fr": lambda: digits(r, 23), "de": lambda: digits(r, 18), "es": lambda: digits(r, 20),
        "it": lambda: r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(r, 22),
        "nl": lambda: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(r, 10),
        "pt": lambda: digits(r, 21),
    }[lang]()
    code = mod97_iban(lang.upper(), bban)
    grouped = " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return r.choice([code, grouped])


def fr_nir(r):
    body = f"{r.choice('12')}{r.randint(45, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 95):02d}{digits(r, 3)}{digits(r, 3)}"
    key = 97 - int(body) % 97
    b = body
    return r.choice([f"{b}{key:02d}", f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {key:02d}"])


def de_tax_id(r):
    while True:
        first = r.sample(range(10), 9)
        if first[0] == 0:
            continue
        first.insert(r.randrange(1, 10), r.choice(first))
        product = 10
        for d in first:
            s = (d + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        v = "".join(map(str, first)) + str(check)
        return r.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])


def es_nif(r):
    n = r.randrange(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def es_nie(r):
    p = r.randrange(3)
    n = r.randrange(1_000_000, 9_999_999)
    return f"{'XYZ'[p]}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(f'{p}{n}') % 23]}"


def luhn_check(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        s += d
    return str((10 - s % 10) % 10)


def it_vat(r):
    body = digits(r, 7) + f"{r.randint(1, 100):03d}"
    return body + luhn_check(body)


ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                12, 14, 16, 10, 22, 25, 24, 23]))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def it_fiscal_code(r, first, last, female):
    def part(s, given):
        s = re.sub("[^A-Z]", "", fold(s).upper())
        cons = [c for c in s if c not in "AEIOU"]
        vow = [c for c in s if c in "AEIOU"]
        if given and len(cons) >= 4:
            return cons[0] + cons[2] + cons[3]
        return "".join(cons + vow + ["X"] * 3)[:3]
    y, m, d = r.randint(1945, 2004), r.randint(1, 12), r.randint(1, 28)
    body = (part(last, False) + part(first, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
            + f"{d + (40 if female else 0):02d}" + r.choice(["H501", "F205", "F839", "L219", "G273", "A944"]))
    s = sum(ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
    return body + chr(65 + s % 26)


def nl_bsn(r):
    while True:
        d = [r.randrange(10) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10 and d[0] != 0:
            v = "".join(map(str, d)) + str(last)
            return r.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"])


def br_cpf(r):
    d = [r.randrange(10) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        d.append(s * 10 % 11 % 10)
    v = "".join(map(str, d))
    return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"


def pt_nif(r):
    d = [r.choice([1, 2, 5])] + [r.randrange(10) for _ in range(7)]
    c = 11 - sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
    d.append(0 if c >= 10 else c)
    v = "".join(map(str, d))
    return r.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}"])


def fr_siret(r):
    siren = digits(r, 8)
    siren += luhn_check(siren)
    nic = digits(r, 4)
    nic += luhn_check(siren + nic)
    return f"{siren[:3]} {siren[3:6]} {siren[6:]} {nic}"


def be_national_number(r):
    y, m, d = r.randint(45, 99), r.randint(1, 12), r.randint(1, 28)
    body = f"{y:02d}{m:02d}{d:02d}{r.randint(1, 997):03d}"
    key = 97 - int(body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{key:02d}"


# --- one document ------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")


class Values:
    """The values of one document, drawn once so that a placeholder used twice is the same value."""

    def __init__(self, r, lang):
        self.r, self.lang = r, lang
        self.brazil = lang == "pt" and r.random() < 0.5
        last = LAST[lang]
        if lang in ("es",) or (lang == "pt" and r.random() < 0.6):
            l1, l2 = " ".join(r.sample(last, 2)), " ".join(r.sample(last, 2))
        else:
            l1, l2 = r.choice(last), r.choice(last)
        f1, m2 = r.choice(FEMALE[lang]), r.choice(MALE[lang])
        if lang == "pt" and self.brazil is False and r.random() < 0.3:
            l1 = f"{r.choice(['da', 'dos', 'de'])} {l1}"
        sector = {"fr": "Conseil", "de": "Logistik", "es": "Servicios", "it": "Servizi", "nl": "Bouw",
                  "pt": "Serviços"}[lang]
        stem = r.choice(ORG_STEMS)
        org = f"{stem} {sector} {r.choice(ORG_SUFFIX[lang])}" if r.random() < 0.4 else f"{stem} {r.choice(ORG_SUFFIX[lang])}"
        dom = f"{r.choice(ORG_STEMS).lower()}.{'com.br' if self.brazil else DOMAIN_TLD[lang]}"
        mail1 = re.sub("[^a-z.]", "", fold(f"{f1.split()[0]}.{l1.split()[-1]}").lower())
        self.v = {
            "F1": (f1, "PERSON"), "L1": (l1, "PERSON"), "P1": (f"{f1} {l1}", "PERSON"),
            "M2": (m2, "PERSON"), "L2": (l2, "PERSON"), "P2": (f"{m2} {l2}", "PERSON"),
            "ORG": (org, "ORGANIZATION"),
            "CITY": (r.choice(CITIES[lang]), "LOCATION"), "CITY2": (r.choice(CITIES[lang]), "LOCATION"),
            "ADDR": (address(r, lang, self.brazil), "LOCATION"),
            "PHONE": (phone(r, lang, self.brazil), "PHONE_NUMBER"), "PHONE2": (phone(r, lang, self.brazil), "PHONE_NUMBER"),
            "EMAIL1": (f"{mail1}@{dom}", "EMAIL_ADDRESS"),
            "DATE": (date_text(r, lang), "DATE_TIME"), "DATE2": (date_text(r, lang), "DATE_TIME"),
            "DOB": (date_text(r, lang, birth=True), "DATE_TIME"),
            "IBAN": (iban(r, lang), "IBAN_CODE"),
            "NIR": (fr_nir(r), "FR_NIR"), "SIRET": (fr_siret(r), "FR_SIRET"),
            "STEUERID": (de_tax_id(r), "DE_TAX_ID"),
            "NIF": (es_nif(r), "ES_NIF"), "NIE": (es_nie(r), "ES_NIE"),
            "CF": (it_fiscal_code(r, f1, l1, True), "IT_FISCAL_CODE"), "PIVA": (it_vat(r), "IT_VAT_CODE"),
            "BSN": (nl_bsn(r), "NL_BSN"), "RRN": (be_national_number(r), "BE_NATIONAL_NUMBER"),
            "CPF": (br_cpf(r), "BR_CPF"), "PTNIF": (pt_nif(r), "PT_NIF"),
            # not PII
            "NUM": (f"{r.choice(['A', 'F', 'R', 'N'])}-{r.randint(2023, 2026)}-{digits(r, 5)}", None),
            "AMT": (f"{r.randint(12, 4800)},{digits(r, 2)}", None),
            "TIME": (f"{r.randint(8, 18)}:{r.choice(['00', '15', '30', '45'])}", None),
            "YEAR": (str(r.randint(2019, 2026)), None),
        }

    def render(self, template):
        text, spans, pos = [], [], 0
        for i, piece in enumerate(PLACEHOLDER.split(template)):
            if i % 2 == 0:
                text.append(piece)
                pos += len(piece)
                continue
            value, kind = self.v[piece]
            if kind is not None:
                spans.append({"entity_type": kind, "start": pos, "end": pos + len(value)})
            text.append(value)
            pos += len(value)
        return "".join(text), spans


# --- templates: half A (tune) and half B (held out), per language -------------------------------------

from templates_a import TEMPLATES_A  # noqa: E402
from templates_b import TEMPLATES_B  # noqa: E402


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    out, n, seed = args[0], 100, 1919
    if "--n" in args:
        n = int(args[args.index("--n") + 1])
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    r = random.Random(seed)
    halves = {"tune": TEMPLATES_A, "heldout": TEMPLATES_B}
    for half, table in halves.items():
        rows, meta = [], []
        for lang in LANGS:
            names = sorted(table[lang])
            for k in range(n // 2):
                name = names[k % len(names)] if k < len(names) else r.choice(names)
                vals = Values(r, lang)
                text, spans = vals.render(table[lang][name].strip("\n") + "\n")
                doc_id = f"{half}-{lang}-{k:03d}"
                rows.append({"id": doc_id, "format": "text", "text": text, "spans": spans})
                meta.append({"id": doc_id, "template": name, "language": lang, "style": lang,
                             "negative": not spans})
        with open(f"{out}/{half}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        with open(f"{out}/{half}.meta.jsonl", "w", encoding="utf-8") as f:
            for m in meta:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
