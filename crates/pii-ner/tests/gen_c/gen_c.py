#!/usr/bin/env python3
"""Held-out set C for name / place / organisation detection: new templates, new name lists.

Deterministic, standard library only (the seed and this file, plus ../gen/gen_set.py whose
format helpers and structured-value generators are imported, fully decide the output):

    python3 gen_c.py OUT_DIR [--n 300] [--seed 2424]

writes `heldout_c.jsonl` in the evaluation kit's gold format ({"id", "format", "text",
"spans": [{"entity_type", "start", "end"}]}, code point offsets, end exclusive) and
`heldout_c.meta.jsonl` ({"id", "template", "negative"} as in ../gen, plus "style" = the template
name so that `score.py --meta` prints one line per template).

Half C is NEVER tuned on: no rule may be written or adjusted while looking at these documents.

Templates are written fresh for this set: none of their layouts or wordings is taken from
gen_set.py (halves A and B), the dev set or the probe. Span conventions follow gen_set.py:
titles (Mr, Dr, Cllr, Judge...) are outside PERSON spans; `Last, First` is one span; a full street
address is one LOCATION span, as is `City, ST` / `City, Country`; organisation names include
their legal suffix; machine timestamps with a time of day are not labelled; calendar dates are
DATE_TIME; the structured types (phone, e-mail, IP, URL, IBAN...) are labelled as gen_set.py does,
with values from gen_set.py's own generators.

Data and licences:
- Given names and family names: lists compiled by hand for this set (none shared with
  gen_set.py's lists), ordinary names of the kind recorded as Wikidata "given name" (Q202444) /
  "family name" (Q101352) items (Wikidata content: CC0 1.0), from 30+ countries. Not taken from
  Faker or any other fake-data library, nor derived from one.
- Cities, towns, regions and countries: real place names as recorded in Wikidata (CC0 1.0).
- Street names, organisation names and e-mail domains: invented for this set.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
import gen_set  # noqa: E402
from gen_set import Doc, ascii_fold  # noqa: E402
import random  # noqa: E402

P, L, O = "PERSON", "LOCATION", "ORGANIZATION"
PH, EM, DT, IP, URL, IBAN, SSN = "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_TIME", "IP_ADDRESS", "URL", "IBAN_CODE", "US_SSN"

# --- names (see the module docstring for sources and licences) ----------------------------------

FIRST_C = {
    "ng": ["Oluwaseun", "Adaeze", "Tunde", "Chiamaka", "Babatunde", "Ngozi"],
    "za": ["Thabo", "Lerato", "Sipho", "Nomvula", "Pieter", "Annelie"],
    "eg": ["Karim", "Nourhan", "Ahmed", "Yasmin", "Omar"],
    "ma": ["Youssef", "Khadija", "Mohamed-Amine", "Zineb"],
    "tz": ["Baraka", "Neema", "Juma", "Rehema"],
    "sn": ["Mamadou", "Awa", "Ousmane", "Fatou"],
    "cn": ["Haoran", "Yuxin", "Wenjie", "Xiaoling", "Zihan"],
    "jp": ["Haruto", "Aoi", "Daichi", "Misaki", "Ren"],
    "kr": ["Min-jun", "Seo-yeon", "Hye-jin", "Jae-won"],
    "vn": ["Thanh", "Linh", "Quang", "Ngọc"],
    "th": ["Somchai", "Siriporn", "Anan", "Kanya"],
    "in": ["Aditya", "Lakshmi", "Sandeep", "Divya", "Karthik", "Ananya"],
    "bd": ["Rafiq", "Nusrat", "Tanvir", "Farzana"],
    "my": ["Hafiz", "Nurul", "Azlan", "Siti"],
    "ir": ["Arash", "Shirin", "Babak", "Parisa"],
    "tr": ["Emre", "Zeynep", "Burak", "Elif"],
    "il": ["Yonatan", "Noa", "Eitan", "Tamar"],
    "gr": ["Giorgos", "Eleni", "Kostas", "Dimitra"],
    "it": ["Lorenzo", "Giulia", "Matteo", "Valentina"],
    "es": ["Álvaro", "Lucía", "Javier", "Carmen", "Iñaki"],
    "pt": ["Tiago", "Inês", "Duarte", "Rita"],
    "br": ["Thiago", "Camila", "Leonardo", "Juliana"],
    "ar": ["Facundo", "Agustina", "Martín", "Milagros"],
    "cl": ["Matías", "Constanza", "Benjamín", "Javiera"],
    "nl": ["Joris", "Femke", "Sander", "Anouk", "Maarten"],
    "de": ["Lukas", "Katrin", "Tobias", "Anke", "Felix"],
    "pl": ["Tomasz", "Agnieszka", "Kacper", "Zofia"],
    "cz": ["Jiří", "Lenka", "Ondřej", "Tereza"],
    "hu": ["Bence", "Réka", "Zoltán", "Eszter"],
    "fi": ["Juhani", "Aino", "Mikko", "Sanna"],
    "no": ["Håkon", "Ingeborg", "Eirik", "Solveig"],
    "dk": ["Rasmus", "Mette", "Søren", "Freja"],
    "ua": ["Oleksandr", "Oksana", "Taras", "Iryna"],
    "ro": ["Andrei", "Ioana", "Mihai", "Alexandra"],
    "fr": ["Jean-Baptiste", "Anne-Sophie", "Guillaume", "Margaux"],
    "gb": ["Alistair", "Harriet", "Callum", "Imogen", "Rhys"],
    "us": ["Tanisha", "Cody", "Jasmine", "Travis", "Kayla"],
    "au": ["Lachlan", "Matilda", "Bronwyn", "Darcy"],
}
LAST_C = {
    "ng": ["Adebayo", "Eze", "Okonkwo", "Balogun", "Nwosu"],
    "za": ["Ndlovu", "Dlamini", "van der Merwe", "Botha", "Khumalo"],
    "eg": ["El-Sayed", "Mahmoud", "Abdel-Rahman", "Fawzy"],
    "ma": ["Benali", "El Amrani", "Ben Youssef", "Tazi"],
    "tz": ["Mwakyusa", "Kimaro", "Massawe"],
    "sn": ["Diop", "Ndiaye", "Fall", "Sow"],
    "cn": ["Huang", "Xu", "Guo", "Liang", "Deng"],
    "jp": ["Takahashi", "Nakamura", "Matsumoto", "Fujita", "Ishikawa"],
    "kr": ["Choi", "Jung", "Lim", "Shin"],
    "vn": ["Nguyễn", "Trần", "Phạm", "Hoàng"],
    "th": ["Srisuk", "Wongsawat", "Chaiyaporn", "Rattanakorn"],
    "in": ["Iyer", "Chatterjee", "Deshpande", "Krishnan", "Bhattacharya", "Gupta"],
    "bd": ["Rahman", "Hossain", "Chowdhury", "Islam"],
    "my": ["bin Ismail", "binti Yusof", "bin Hamzah"],
    "ir": ["Moradi", "Rostami", "Tehrani", "Sadeghi"],
    "tr": ["Yılmaz", "Öztürk", "Çelik", "Arslan"],
    "il": ["Cohen", "Levi", "Mizrahi", "Friedman"],
    "gr": ["Papadopoulos", "Nikolaidis", "Georgiou", "Karagianni"],
    "it": ["Ferrari", "Ricci", "Marino", "Greco", "De Luca"],
    "es": ["García-Ruiz", "Fernández", "de la Fuente", "Martínez", "Etxeberria"],
    "pt": ["da Costa", "Ferreira", "Rodrigues", "Sousa"],
    "br": ["da Silva", "Souza", "Almeida", "Barbosa"],
    "ar": ["González", "Fernández", "Acosta", "Benítez"],
    "cl": ["Muñoz", "Rojas", "Contreras", "Soto"],
    "nl": ["van der Berg", "de Vries", "Bakker", "Visser", "van Dijk"],
    "de": ["Becker", "Wagner", "Krüger", "Zimmermann", "Braun"],
    "pl": ["Wiśniewski", "Lewandowska", "Zielińska-Wójcik", "Kamiński"],
    "cz": ["Novák", "Svobodová", "Dvořák", "Černý"],
    "hu": ["Nagy", "Kovács", "Tóth", "Szabó"],
    "fi": ["Virtanen", "Korhonen", "Mäkinen", "Nieminen"],
    "no": ["Hansen", "Haugen", "Berg", "Solberg"],
    "dk": ["Jørgensen", "Nielsen", "Kristensen", "Madsen"],
    "ua": ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko"],
    "ro": ["Popescu", "Ionescu", "Dumitrescu", "Stoica"],
    "fr": ["Lambert", "Chevalier", "Mercier", "Dubois"],
    "gb": ["Pemberton", "Ashworth", "Jones-Whitaker", "MacLeod", "Thornton"],
    "us": ["Jefferson", "Kowalski", "McAllister", "Washington", "Brennan"],
    "au": ["Fitzgerald", "Nguyen-Tran", "Hargreaves", "O'Loughlin"],
}
# Names that are also English words or place names (about 15 % of persons draw one of these).
WORD_FIRST = ["Hope", "Grant", "Florence", "Chase", "Sydney", "Faith", "Hunter", "Autumn", "Dawn", "Joy", "Georgia",
              "Austin", "Summer", "Victoria", "Jordan", "Skye"]
WORD_LAST = ["Lane", "Street", "Brook", "Fox", "Hill", "Marsh", "Young", "King", "Bell", "Stone", "Wood", "Banks",
             "Field", "Price", "Moss", "Gray", "Park", "Bishop", "Mason", "Church"]

# Real places (Wikidata, CC0): (city or town, region / country label used after a comma, country).
PLACES = [
    ("Tromsø", "Norway"), ("Enschede", "Netherlands"), ("Salamanca", "Spain"), ("Ballarat", "Australia"),
    ("Kamloops", "Canada"), ("Coimbra", "Portugal"), ("Tartu", "Estonia"), ("Brno", "Czech Republic"),
    ("Debrecen", "Hungary"), ("Tampere", "Finland"), ("Aarhus", "Denmark"), ("Lviv", "Ukraine"),
    ("Cluj-Napoca", "Romania"), ("Thessaloniki", "Greece"), ("Parma", "Italy"), ("Freiburg", "Germany"),
    ("Gdańsk", "Poland"), ("Kyoto", "Japan"), ("Daegu", "South Korea"), ("Hue", "Vietnam"),
    ("Chiang Mai", "Thailand"), ("Ipoh", "Malaysia"), ("Mysuru", "India"), ("Sylhet", "Bangladesh"),
    ("Tabriz", "Iran"), ("Eskişehir", "Turkey"), ("Haifa", "Israel"), ("Alexandria", "Egypt"),
    ("Fez", "Morocco"), ("Arusha", "Tanzania"), ("Saint-Louis", "Senegal"), ("Ibadan", "Nigeria"),
    ("Stellenbosch", "South Africa"), ("Mendoza", "Argentina"), ("Valparaíso", "Chile"), ("Curitiba", "Brazil"),
    ("Oaxaca", "Mexico"), ("Galway", "Ireland"), ("Inverness", "Scotland"), ("Ludlow", "England"),
    ("Kinsale", "Ireland"), ("Hallstatt", "Austria"), ("Colmar", "France"), ("Annecy", "France"),
    ("Ghent", "Belgium"), ("Lucerne", "Switzerland"), ("Bozeman", "Montana"), ("Asheville", "North Carolina"),
    ("Duluth", "Minnesota"), ("Burlington", "Vermont"), ("Dunedin", "New Zealand"), ("Whitby", "England"),
]
COUNTRIES = sorted({c for _, c in PLACES if c not in ("Montana", "North Carolina", "Minnesota", "Vermont", "Scotland", "England")}
                   | {"Kenya", "Peru", "Iceland", "Sri Lanka", "Uruguay"})
STREET_C = ["Tamarack", "Heronfield", "Wattle", "Larchmere", "Pellbrook", "Quillfeather", "Sandpiper", "Corrowin",
            "Elderwick", "Fennimore", "Gorsedale", "Kittiwake"]
ORG_C1 = ["Brightwater", "Kestrel & Dunmore", "Norvane", "Tidewell", "Aldercroft", "Greyhaven", "Luminor", "Petrasoft",
          "Solvane", "Harwick", "Caldera Ridge", "Mirelle", "Ostrava Kovo", "Velmora", "Orrin & Vale", "Zephyrine"]
ORG_C2 = ["Freight Ltd", "Biotech AG", "Hotels Group", "Holdings plc", "B.V.", "Oy", "S.r.l.", "Sdn Bhd", "Pvt Ltd",
          "Ltda", "A/S", "AB", "Co., Ltd.", "Mutual Insurance", "Consulting LLC", "Clinic", "Foundation", "Partners LLP"]
UNIS = ["Harwick Institute of Technology", "Velmora University", "Norvane Polytechnic", "Aldercroft College",
        "Greyhaven Medical School", "Tidewell Research Centre"]
DOMAINS_C = ["brightwater.io", "kestreldunmore.co.uk", "norvane.de", "tidewell-hotels.com", "harwick.ac.uk",
             "velmora.edu", "greyhaven.org", "luminor.no", "petrasoft.nl"]

GEN_NAMES = {n for v in gen_set.FIRST.values() for n in v} | {n for v in gen_set.LAST.values() for n in v}


class Person:
    def __init__(self, first, last, cc):
        self.first, self.last, self.cc = first, last, cc

    @property
    def full(self):
        return f"{self.first} {self.last}"


class GenC(gen_set.Gen):
    """Structured values come from gen_set.Gen; names, places, organisations, domains are set C's own."""

    def person(self):
        cc = self.r.choice(sorted(FIRST_C))
        first, last = self.r.choice(FIRST_C[cc]), self.r.choice(LAST_C[cc])
        x = self.r.random()
        if x < 0.08:
            first = self.r.choice(WORD_FIRST)
        elif x < 0.16:
            last = self.r.choice(WORD_LAST)
        if cc == "my" and first in ("Nurul", "Siti") and last.startswith("bin "):
            last = "binti " + last[4:]
        elif cc == "my" and first not in ("Nurul", "Siti") and last.startswith("binti "):
            last = "bin " + last[6:]
        return Person(first, last, cc)

    def domain(self):
        return self.r.choice(DOMAINS_C)

    def email(self, p=None):
        p = p or self.person()
        fold = lambda x: ascii_fold(x.replace("ø", "o").replace("Ø", "O").replace("æ", "ae")).lower()
        f = re.sub(r"[^a-z]", "", fold(p.first))
        l_ = re.sub(r"[^a-z]", "", fold(p.last))
        user = self.r.choice([f"{f}.{l_}", f"{f[0]}.{l_}", f"{l_}{self.r.randint(1, 99)}", f"{f}{l_[:1]}"])
        host = self.r.choice([self.domain(), "gmail.com", "posteo.de", "icloud.com", "seznam.cz", "naver.com"])
        return f"{user}@{host}"

    def org(self):
        return f"{self.r.choice(ORG_C1)} {self.r.choice(ORG_C2)}"

    def place(self):
        return self.r.choice(PLACES)

    def town(self):
        return self.place()[0]

    def country(self):
        return self.r.choice(COUNTRIES)

    def address(self):
        w, n, d = self.r.choice(STREET_C), self.r.randint(1, 240), self.digits
        k = self.r.randint(0, 5)
        if k == 0:
            return f"{n} {w} Hollow Rd, Bozeman, MT 597{d(2)}"
        if k == 1:
            return f"{w}straat {n}, 75{d(2)} {self.r.choice('ABCDEGHJKL')}{self.r.choice('MNPRSTVWXZ')} Enschede"
        if k == 2:
            return f"Calle del {w} {n}, 370{d(2)} Salamanca"
        if k == 3:
            return f"{n} {w} Crescent, Ballarat VIC 3350"
        if k == 4:
            return f"Flat {self.r.randint(1, 9)}, {n} {w} Row, Inverness IV{self.r.randint(1, 3)} {self.r.randint(1, 9)}QT"
        return f"{w}vej {n}, 8000 Aarhus C"


def Pn(name):
    return (P, name)


# --- templates of half C ----------------------------------------------------------------------


def c_shipping_manifest(d, g):
    sh, cn, np_ = g.person(), g.person(), g.person()
    pol, pod = g.place(), g.place()
    d.w("CARGO MANIFEST  No. MNF-", g.digits(6), "\nVessel: MV Northern Tern   Voyage ", g.digits(3), "E\n\n",
        "SHIPPER        : ", (O, g.org()), " / attn ", (P, sh.full), "\nCONSIGNEE      : ", (P, f"{cn.last.upper()}, {cn.first}"),
        "\nNOTIFY PARTY   : ", (P, np_.full), " tel ", (PH, g.phone()), "\nPORT OF LOADING: ", (L, pol[0]),
        "\nPORT OF DISCH. : ", (L, pod[0]), "\n\nMARKS  PKGS  DESCRIPTION            GROSS KG\nC-", g.digits(4),
        "   12   machine parts (HS 8483) ", str(g.r.randint(400, 9000)), "\n")


def c_hearing_notice(d, g):
    a, b, j, c = g.person(), g.person(), g.person(), g.person()
    d.w("NOTICE OF HEARING\n\nClaim no. ", g.r.choice("ABCDEFGH"), g.digits(2), "CL", g.digits(4), "\n\nBetween\n",
        (P, f"{a.first} {a.last.upper()}"), "  (Claimant)\nand\n", (O, g.org()), "  (Defendant)\n\nTAKE NOTICE that the claim will be heard by District Judge ",
        (P, j.last), " at the County Court sitting at ", (L, g.town()), " on ", (DT, g.date(2025, 2026)),
        " at 10.30 am, time estimate 2 hours.\n\nThe claimant is represented by ", (P, c.full), " of counsel.\n")


def c_hotel_booking(d, g):
    p, q = g.person(), g.person()
    hotel = g.org()
    d.w("Your stay is confirmed!\n\n", (O, hotel), " · ", (L, g.town()), "\nConfirmation code: ", "".join(g.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
        "\nCheck-in: ", (DT, g.date(2025, 2026)), " (from 15:00)\nGuests: ", (P, p.full), ", ", (P, q.full),
        "\nRoom: Superior double, breakfast included\n\nHi ", (P, p.first), ", we look forward to welcoming you. ",
        "Need a transfer? Call reception on ", (PH, g.phone()), ".\n")


def c_report_card(d, g):
    s, t, h = g.person(), g.person(), g.person()
    d.w("END OF YEAR REPORT ", str(g.r.randint(2022, 2025)), "\nPupil: ", (P, s.full), "    Form: 8", g.r.choice("ABCDR"),
        "\nForm tutor: ", g.r.choice(["Mrs ", "Mr ", "Ms "]), (P, t.last), "\n\nMathematics  B+  ", (P, s.first),
        " has made steady progress and contributes well in class.\nGeography    A   Excellent fieldwork on the trip to ",
        (L, g.town()), ".\n\nHead of Year: ", (P, h.full), "\n")


def c_git_log(d, g):
    for _ in range(g.r.randint(2, 4)):
        p = g.person()
        d.w("commit ", "".join(g.r.choice("0123456789abcdef") for _ in range(40)), "\nAuthor: ", (P, p.full), " <", (EM, g.email(p)),
            ">\nDate:   ", g.datetime(), "\n\n    ", g.r.choice(["Bump dependency versions", "Fix off-by-one in pager",
                                                                  "Add retry to uploader", "Document the cache flags"]), "\n\n")


def c_git_blame(d, g):
    for line_no in range(1, g.r.randint(4, 6)):
        p = g.person()
        d.w("".join(g.r.choice("0123456789abcdef") for _ in range(8)), " (", (P, p.full), " ", g.datetime(), " ",
            str(line_no + 40), ") ", g.r.choice(["    let cfg = load()?;", "    if retries > 3 {", "        return Err(e);",
                                                  "    }", "    log::info!(\"ready\");"]), "\n")


def c_slack_export(d, g):
    p, q = g.person(), g.person()
    dp, dq = ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(q.first).lower().replace(" ", "")
    d.w("[\n  {\"type\": \"message\", \"user_profile\": {\"real_name\": \"", (P, p.full), "\", \"display_name\": \"", (P, dp),
        "\"}, \"text\": \"deploy to ", (L, g.town()), " edge done\", \"ts\": \"17", g.digits(8), ".", g.digits(6), "\"},\n",
        "  {\"type\": \"message\", \"user_profile\": {\"real_name\": \"", (P, q.full), "\", \"display_name\": \"", (P, dq),
        "\"}, \"text\": \"nice one <@", (P, dp), ">\", \"ts\": \"17", g.digits(8), ".", g.digits(6), "\"}\n]\n")


def c_yaml_owners(d, g):
    p, q = g.person(), g.person()
    d.w("service: billing-exporter\ntier: 2\nowners:\n  team: ", (O, g.org()), "\n  primary:\n    name: ", (P, p.full),
        "\n    email: ", (EM, g.email(p)), "\n  secondary:\n    name: ", (P, q.full), "\n    pager: \"", (PH, g.phone()),
        "\"\ndatacenter: ", (L, g.town()), "\nreplicas: 3\n")


def c_toml_package(d, g):
    p, q = g.person(), g.person()
    d.w("[package]\nname = \"tidy-", g.r.choice(["csv", "logs", "mail", "geo"]), "\"\nversion = \"0.", str(g.r.randint(1, 30)),
        ".0\"\nauthors = [\"", (P, p.full), " <", (EM, g.email(p)), ">\", \"", (P, q.full), "\"]\nlicense = \"MIT OR Apache-2.0\"\n\n",
        "[dependencies]\nserde = \"1\"\n")


def c_motor_claim(d, g):
    ph, tp, w = g.person(), g.person(), g.person()
    d.w("MOTOR CLAIM NOTIFICATION\nInsurer: ", (O, g.org()), "\nPolicy ref: MC/", g.digits(7),
        "\n\nPOLICYHOLDER\n  Name ....... ", (P, f"{ph.last.upper()} {ph.first}"), "\n  Address .... ", (L, g.address()),
        "\n\nOTHER PARTY\n  Driver ..... ", (P, tp.full), "\n\nAccident date: ", (DT, g.date(2024, 2025)),
        "\nWhere: junction near ", (L, g.town()), "\n\nWhat happened: the other vehicle reversed into mine. A passer-by, ",
        (P, w.full), ", saw it and gave me a phone number: ", (PH, g.phone()), ".\n")


def c_paper_authors(d, g):
    a, b, c = g.person(), g.person(), g.person()
    u1, u2 = g.r.sample(UNIS, 2)
    p1, p2 = g.place(), g.place()
    d.w("Sparse Attention for Long Sensor Sequences\n\n", (P, a.full), "¹, ", (P, b.full), "¹,², ", (P, c.full), "²*\n\n",
        "¹ Department of Computer Science, ", (O, u1), ", ", (L, f"{p1[0]}, {p1[1]}"), "\n² ", (O, u2), ", ", (L, f"{p2[0]}, {p2[1]}"),
        "\n* Corresponding author: ", (EM, g.email(c)), "\n\nAbstract. We study attention patterns ...\n")


def c_vcard(d, g):
    p = g.person()
    town, country = g.place()
    d.w("BEGIN:VCARD\nVERSION:3.0\nN:", (P, p.last), ";", (P, p.first), ";;;\nFN:", (P, p.full), "\nORG:", (O, g.org()),
        "\nTEL;TYPE=cell:", (PH, g.phone()), "\nEMAIL;TYPE=work:", (EM, g.email(p)), "\nADR;TYPE=work:;;;", (L, town), ";;;",
        (L, country), "\nEND:VCARD\n")


def c_ical(d, g):
    o, a1, a2 = g.person(), g.person(), g.person()
    d.w("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:", g.digits(10), "@cal\nDTSTART:2025", f"{g.r.randint(1, 12):02d}{g.r.randint(1, 28):02d}",
        "T090000Z\nSUMMARY:Quarterly planning\nORGANIZER;CN=", (P, o.full), ":mailto:", (EM, g.email(o)),
        "\nATTENDEE;CN=", (P, a1.full), ";ROLE=REQ-PARTICIPANT:mailto:", (EM, g.email(a1)),
        "\nATTENDEE;CN=", (P, a2.full), ";ROLE=OPT-PARTICIPANT:mailto:", (EM, g.email(a2)),
        "\nLOCATION:", (L, g.town()), " office\\, room 4\nEND:VEVENT\nEND:VCALENDAR\n")


def c_quoted_reply(d, g):
    p, q = g.person(), g.person()
    org = g.org()
    d.w("Sounds good, ", (P, q.first), " - I'll book the van for ", (DT, g.date(2025, 2026)), ".\n\n--\n", (P, p.full), " | Operations | ",
        (O, org), "\n\n", (P, q.full), " schrieb am ", (DT, g.date(2025, 2026)), ":\n> Could someone collect the samples from ",
        (L, g.town()), "?\n> ", (P, q.first), "\n>\n>> ", (P, p.first), ": is the lab open on Saturdays?\n")


def c_md_roster(d, g):
    d.t("### On-call rota\n\n| Week | Engineer | Based in | Mobile |\n|:----:|----------|----------|--------|\n")
    for w in range(g.r.randint(3, 4)):
        p = g.person()
        d.w("| ", str(w + 10), " | ", (P, p.full), " | ", (L, g.town()), " | ", (PH, g.phone()), " |\n")


def c_referral(d, g):
    pt, gp, cons = g.person(), g.person(), g.person()
    d.w((O, g.org()), "\n\n", (DT, g.date(2025)), "\n\nDr ", (P, cons.full), "\nDepartment of Rheumatology\n\n",
        "Re: ", (P, pt.full), ", born ", (DT, g.date(1940, 2000)), "\n    ", (L, g.address()), "\n\nThank you for seeing ",
        g.r.choice(["Mrs ", "Mr ", "Ms "]), (P, pt.last), ", who has had swollen knuckles for three months. ",
        "Bloods are attached.\n\nYours sincerely,\n\nDr ", (P, gp.first[0] + ". " + gp.last), "\n")


def c_tenancy_schedule(d, g):
    ll, t1, t2 = g.person(), g.person(), g.person()
    d.w("SCHEDULE 1 - PARTICULARS\n\n(a) Landlord:      ", (P, ll.full), "\n(b) Tenant(s):     ", (P, t1.full), " and ", (P, t2.full),
        "\n(c) Premises:      ", (L, g.address()), "\n(d) Managing agent: ", (O, g.org()), "\n(e) Term:          12 months from ",
        (DT, g.date(2025, 2026)), "\n(f) Deposit paid to: ", (IBAN, g.iban()), "\n")


def c_badges(d, g):
    d.t("BADGE PRINT LIST - day 1\n\n")
    for _ in range(g.r.randint(3, 4)):
        p = g.person()
        town, country = g.place()
        d.w((P, f"{p.first} {p.last.upper()}"), "\n", (O, g.r.choice([g.org(), g.r.choice(UNIS)])), "\n", (L, f"{town}, {country}"), "\n---\n")


def c_podcast(d, g):
    host, guest, other = g.person(), g.person(), g.person()
    org = g.org()
    d.w("Episode ", str(g.r.randint(10, 220)), " - Scaling a family bakery\n\nThis week ", (P, host.first), " sits down with ", (P, guest.full),
        ", co-founder of ", (O, org), ", recorded live in ", (L, g.town()), ".\n\nChapters\n00:00 Intro\n04:12 Why ", (P, guest.last),
        " left banking\n21:40 Hiring the first baker (shout-out to ", (P, other.full), ")\n\nLinks: ", (URL, g.url()), "\n")


def c_press_release(d, g):
    ceo, partner = g.person(), g.person()
    org, org2 = g.org(), g.org()
    town, country = g.place()
    d.w("FOR IMMEDIATE RELEASE\n\n", (L, town.upper()), ", ", (L, country), " - ", (DT, g.date(2025, 2026)), " - ", (O, org),
        " today announced a partnership with ", (O, org2), ".\n\n\"This is a big step for us,\" said ", (P, ceo.full),
        ", chief executive of ", (O, org), ", at the launch. \"We have admired their work for years.\"\n\n", (P, partner.full),
        " added that the first joint site will open next spring.\n\nMedia contact: ", (EM, g.email(ceo)), "\n")


def c_onboarding_sections(d, g):
    p, m, b = g.person(), g.person(), g.person()
    d.w("Section A - Personal details\n  Surname:       ", (P, p.last.upper()), "\n  Forename(s):   ", (P, p.first),
        "\n  Home town:     ", (L, g.town()), "\n  Mobile:        ", (PH, g.phone()), "\n\nSection B - Your first week\n  Reporting to:  ",
        (P, m.full), "\n  Buddy:         ", (P, b.first), " (", (P, b.full), ")\n  Site:          ", (O, g.org()), "\n\n[x] I confirm the above is correct\n")


def c_postmortem(d, g):
    ic, cl, eng = g.person(), g.person(), g.person()
    d.w("Post-incident review: elevated 5xx on checkout\n\nIncident commander: ", (P, ic.full), "\nComms: ", (P, cl.full),
        "\n\nTimeline (UTC)\n- 14:02 alert fired; ", (P, eng.first), " acknowledged\n- 14:09 traffic drained from the ", (L, g.town()),
        " region\n- 14:31 ", (P, ic.last), " declared all clear\n\nFollow-ups owned by ", (P, eng.full), ".\n")


def c_committee_minutes(d, g):
    ch, m1, m2, ap, vis = g.person(), g.person(), g.person(), g.person(), g.person()
    d.w("PARISH COUNCIL - draft minutes\n\nPresent: Cllr ", (P, ch.full), " (Chair), Cllr ", (P, m1.full), ", Cllr ", (P, m2.full),
        "\nApologies: ", (P, ap.full), "\nIn attendance: ", (P, vis.full), " (", (O, g.org()), ")\n\n23/14 Footpath repairs. Cllr ",
        (P, m1.last), " reported that the stile near ", (L, g.town()), " is broken. RESOLVED to obtain two quotes.\n")


def c_crm_pipe(d, g):
    d.t("contact_id|contact|company|town|country\n")
    for _ in range(g.r.randint(3, 5)):
        p = g.person()
        d.w(g.digits(5), "|", (P, p.full), "|", (O, g.org()), "|", (L, g.town()), "|", (L, g.country()), "\n")


def c_sms_export(d, g):
    p, q = g.person(), g.person()
    d.w("Messages with ", (P, q.first), "\n\nMe: landed in ", (L, g.town()), ", taxi queue is huge\n", (P, q.first),
        ": ok! tell ", (P, p.first), " I said hi\nMe: will do. also ", (P, f"{p.first} {p.last}"), " says the meeting moved to ",
        (DT, g.date(2025, 2026)), "\n")


def c_neg_product(d, g):
    d.t("Aurora travel kettle\n\nCompact 0.8 litre kettle with a fold-away handle and dual voltage. Rose gold or matte black. "
        "Boils in under three minutes; auto shut-off. Dishwasher-safe lid. Two-year warranty.\n")


def c_neg_tech(d, g):
    d.t("Notes on the permissions migration\n\nGrant read access to the service account before the cut-over, then revoke the "
        "old role. Chase any job that still fails after an hour. Lane assignment in the queue is by hash of the key. "
        "Hope to finish by the end of the sprint; the bell curve of latencies should stay flat.\n")


def c_neg_recipe(d, g):
    d.t("Summer berry tart\n\nBlind-bake the pastry for 15 minutes. Whisk the custard until smooth, pour it in and chill for "
        "two hours. Top with fresh berries and a glaze of warm apricot jam. Serves eight.\n")


def c_neg_spec(d, g):
    d.t("Technical data - pump unit PX-40\n\nRated flow: 40 l/min\nMax. head: 32 m\nSupply: 230 V AC, 50 Hz\n"
        "Protection class: IP55\nWeight: 7.4 kg\nNote: fit the strainer before first use and prime the housing with water.\n")


def c_neg_faq(d, g):
    d.t("FAQ\n\nQ: Can I change my plan later?\nA: Yes, upgrades take effect immediately and downgrades at the next billing "
        "cycle.\n\nQ: Is there a free trial?\nA: Every plan has a 14-day trial; no card needed.\n")


TEMPLATES = [c_shipping_manifest, c_hearing_notice, c_hotel_booking, c_report_card, c_git_log, c_git_blame, c_slack_export,
             c_yaml_owners, c_toml_package, c_motor_claim, c_paper_authors, c_vcard, c_ical, c_quoted_reply, c_md_roster,
             c_neg_product, c_referral, c_tenancy_schedule, c_badges, c_podcast, c_press_release, c_neg_tech,
             c_onboarding_sections, c_postmortem, c_committee_minutes, c_crm_pipe, c_sms_export, c_neg_recipe, c_neg_faq, c_neg_spec]


def build(n, seed):
    g = GenC(random.Random(seed))
    docs, meta = [], []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        d = Doc()
        tpl(d, g)
        text = d.text()
        for s in d.spans:
            v = text[s["start"]:s["end"]]
            assert v and v == v.strip(), (tpl.__name__, v)
        doc_id = f"heldout_c-{i:05d}"
        docs.append({"id": doc_id, "format": "text", "text": text, "spans": d.spans})
        meta.append({"id": doc_id, "template": tpl.__name__, "negative": not d.spans, "style": tpl.__name__})
    return docs, meta


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    shared = sorted((GEN_NAMES & ({x for v in FIRST_C.values() for x in v} | {x for v in LAST_C.values() for x in v}
                                  | set(WORD_FIRST) | set(WORD_LAST))))
    assert not shared, f"names shared with gen_set.py: {shared}"
    out = args[0]
    n = int(args[args.index("--n") + 1]) if "--n" in args else 300
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 2424
    docs, meta = build(n, seed)
    with open(os.path.join(out, "heldout_c.jsonl"), "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "heldout_c.meta.jsonl"), "w", encoding="utf-8") as f:
        for m in meta:
            f.write(json.dumps(m) + "\n")


if __name__ == "__main__":
    main()
