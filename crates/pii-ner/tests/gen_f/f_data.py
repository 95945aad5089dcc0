"""Set F's own names, places, organisations, streets and domains, and the value generator using them.

Data and licences:
- Given and family names: short lists compiled by hand for set F, none shared (token by token,
  particles aside) with the name lists of sets A/B (../gen/gen_set.py), C (../gen_c/gen_c.py),
  D (../gen_d/d_data.py) or E (../gen_e/e_data.py) (asserted by gen_f.py at run time). Ordinary names
  of the kind recorded as Wikidata "given name" (Q202444) / "family name" (Q101352) items (Wikidata
  content: CC0 1.0). Not taken from Faker or any other fake-data library, nor derived from one.
- Cities, towns, regions and countries: real place names as recorded in Wikidata (CC0 1.0).
- Street names, organisation names, product names and e-mail domains: invented for set F.
"""
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen_e"))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
import e_data  # noqa: E402  (value layouts only: phones, dates, ids; its names are not used)
from gen_set import ascii_fold  # noqa: E402

# --- names: 47 countries / cultures ---------------------------------------------------------------
# Family-name-first cultures (cn, kr, vn, hu, jp in some templates) are written family first in `full`.

FIRST_F = {
    "ng": ["Chidinma", "Ifeoluwa", "Chukwuemeka", "Somtochukwu"],
    "gh": ["Afia", "Kobina", "Ekow", "Yaaba"],
    "sn": ["Moustapha", "Khady", "Cheikh", "Aissatou"],
    "et": ["Hiwot", "Meron", "Lidya", "Kidist"],
    "ke": ["Atieno", "Wekesa", "Nyambura", "Jeptoo"],
    "tz": ["Zawadi", "Upendo", "Rashidi", "Mwanaisha"],
    "za": ["Thandiwe", "Mandla", "Palesa", "Lwazi"],
    "eg": ["Marwan", "Shady", "Amr", "Hossam"],
    "dz": ["Yacine", "Lamia", "Riad", "Kahina"],
    "sa": ["Nouf", "Rakan", "Lulwa", "Mishal"],
    "ir": ["Omid", "Ramin", "Yasaman", "Parvaneh"],
    "tr": ["Sevgi", "Dilek", "Oğuz", "Pınar"],
    "gr": ["Vangelis", "Chrysa", "Sotiris", "Spyros"],
    "hu": ["Dorottya", "Bálint", "Gergő", "Anikó"],
    "pl": ["Bartłomiej", "Mirosław", "Halina", "Urszula"],
    "cz": ["Markéta", "Vojtěch", "Šárka", "Alžběta"],
    "sk": ["Miroslav", "Zuzana", "Ľubomír", "Juraj"],
    "ro": ["Florin", "Roxana", "Ovidiu", "Mirela"],
    "bg": ["Stoyan", "Desislava", "Hristo", "Tsvetelina"],
    "ua": ["Solomiia", "Ostap", "Dmytro", "Khrystyna"],
    "ge": ["Davit", "Ketevan", "Zurab", "Irakli"],
    "am": ["Hovhannes", "Siranush", "Gevorg", "Armine"],
    "in": ["Harish", "Sudhir", "Padma", "Naveen"],
    "lk": ["Dilrukshi", "Kasun", "Nadeesha", "Tharindu"],
    "np": ["Binod", "Dipendra", "Kiran", "Pramila"],
    "pk": ["Mehwish", "Faizan", "Saima", "Kamran"],
    "cn": ["Zhiyuan", "Yutong", "Chenxi", "Weijie"],
    "jp": ["Haruki", "Daisuke", "Ayane", "Kazuki"],
    "kr": ["Subin", "Jiwoo", "Hyewon", "Dongkyu"],
    "vn": ["Phong", "Nhung", "Hằng", "Tùng"],
    "th": ["Pranee", "Apinya", "Chaiwat", "Nattaya"],
    "my": ["Syafiq", "Aisyah", "Faridah", "Khairul"],
    "ph": ["Mylene", "Jayson", "Glaiza", "Elmer"],
    "mx": ["Jacinto", "Abelardo", "Anselmo", "Citlali"],
    "co": ["Yeferson", "Leidy", "Jhon", "Marleny"],
    "cl": ["Catalina", "Ignacio", "Vicente", "Cristóbal"],
    "br": ["Renata", "Rafaela", "Guilherme", "Thalita"],
    "pt": ["Afonso", "Carolina", "Vasco", "Madalena"],
    "it": ["Federico", "Benedetta", "Tommaso", "Jacopo"],
    "fr": ["Clémence", "Maxime", "Gaëtan", "Ophélie"],
    "de": ["Volker", "Uwe", "Silke", "Dörte"],
    "nl": ["Stijn", "Jeroen", "Esmee", "Sjors"],
    "se": ["Magnus", "Sigrid", "Torbjörn", "Ebba"],
    "no": ["Ragnhild", "Sindre", "Ingvild", "Vegard"],
    "is": ["Guðrún", "Sigurður", "Halldóra", "Þórunn"],
    "cy": ["Angharad", "Rhodri", "Ffion", "Iestyn"],
    "us": ["Brantley", "Kaylee", "Colton", "Makenna"],
}
LAST_F = {
    "ng": ["Anyanwu", "Oyelaran", "Ezeani", "Onwuachi"],
    "gh": ["Asamoah", "Bonsu", "Agyemang", "Tetteh"],
    "sn": ["Sarr", "Diagne", "Gueye", "Mbaye"],
    "et": ["Asfaw", "Negash", "Mekonnen", "Demissie"],
    "ke": ["Chepkoech", "Kimani", "Wanyama", "Cheruiyot"],
    "tz": ["Mushi", "Lyimo", "Mrema", "Mollel"],
    "za": ["Mthembu", "Sithole", "Radebe", "Maseko"],
    "eg": ["Fathy", "Ragab", "Badawi", "Shawky"],
    "dz": ["Boudiaf", "Hamidi", "Zerrouki", "Mebarki"],
    "sa": ["Al-Zahrani", "Al-Qarni", "Al-Anazi", "Al-Shammari"],
    "ir": ["Hosseinzadeh", "Rahimi", "Navabi", "Ebrahimi"],
    "tr": ["Kaplan", "Erdoğan", "Tekin", "Polat"],
    "gr": ["Papadakis", "Dimitriou", "Stavrou", "Angelopoulos"],
    "hu": ["Fekete", "Fodor", "Bíró", "Halász"],
    "pl": ["Wróblewski", "Michalska", "Jabłoński", "Sikora"],
    "cz": ["Novotná", "Horák", "Pokorný", "Kolář"],
    "sk": ["Hudák", "Baláž", "Kováčik", "Lukáč"],
    "ro": ["Popa", "Dumitru", "Moldovan", "Ciobanu"],
    "bg": ["Dimitrov", "Todorova", "Stoyanov", "Angelova"],
    "ua": ["Hrytsenko", "Kravchuk", "Shevchuk", "Kovalchuk"],
    "ge": ["Tsiklauri", "Javakhishvili", "Chkheidze", "Maisuradze"],
    "am": ["Grigoryan", "Vardanyan", "Harutyunyan", "Ghazaryan"],
    "in": ["Bhatnagar", "Trivedi", "Gokhale", "Rangarajan"],
    "lk": ["Jayasuriya", "Gunawardena", "Dissanayake", "Bandara"],
    "np": ["Adhikari", "Poudel", "Koirala", "Bhandari"],
    "pk": ["Mirza", "Cheema", "Ghauri", "Durrani"],
    "cn": ["Qiu", "Jiang", "Zheng", "Xie"],
    "jp": ["Nakagawa", "Saito", "Sakamoto", "Ogawa"],
    "kr": ["Nam", "Pyo", "Hong", "Bang"],
    "vn": ["Hồ", "Lý", "Tạ", "Quách"],
    "th": ["Wongsakul", "Kaewkla", "Somboon", "Chanthara"],
    "my": ["Hashim", "Othman", "Zainal", "Ramli"],
    "ph": ["Tolentino", "Soriano", "Pascual", "Agustin"],
    "mx": ["Velázquez", "Huerta", "Ochoa", "Villarreal"],
    "co": ["Arango", "Londoño", "Gaviria", "Zuluaga"],
    "cl": ["Fuentes", "Valenzuela", "Sepúlveda", "Pizarro"],
    "br": ["Rocha", "Barros", "Monteiro", "Mendes"],
    "pt": ["Gaspar", "Tavares", "Loureiro", "Correia"],
    "it": ["Fontana", "Caruso", "Galli", "Pellegrino"],
    "fr": ["Fournier", "Bonnet", "Lefèvre", "Guérin"],
    "de": ["Wolff", "Richter", "Schwarz", "Kessler"],
    "nl": ["Smit", "Hendriks", "Meijer", "Dijkstra"],
    "se": ["Lindberg", "Sjöberg", "Engström", "Lundqvist"],
    "no": ["Bakken", "Berntsen", "Eide", "Fossum"],
    "is": ["Magnússon", "Guðmundsdóttir", "Ólafsson", "Stefánsdóttir"],
    "cy": ["Pritchard", "Bowen", "Vaughan", "Prosser"],
    "us": ["Delacroix", "Pendergast", "Culpepper", "Haskins"],
}
PARTICLES = set(e_data.PARTICLES)
NICKNAMES = {"Bartłomiej": "Bartek", "Federico": "Fede", "Chukwuemeka": "Chuks", "Sigurður": "Siggi",
             "Tommaso": "Tommi", "Ignacio": "Nacho", "Dmytro": "Dima", "Guilherme": "Gui"}
# Single-name people (no family name in use), written alone.
MONONYMS = ["Sukarni", "Suparmi", "Tejo", "Wiranto"]
FAMILY_FIRST = {"cn", "kr", "vn", "hu"}
VN_MIDDLE = ["Xuân", "Đức", "Hoài"]
PARTICLE_LAST = {"nl": "van Dijkhuizen", "de": "von Trotha", "pt": "da Cunha", "it": "Dal Bosco"}

# --- places (Wikidata, CC0) -----------------------------------------------------------------------

PLACES_F = [  # (city, country)
    ("Enugu", "Nigeria"), ("Tamale", "Ghana"), ("Dakar", "Senegal"), ("Hawassa", "Ethiopia"),
    ("Nakuru", "Kenya"), ("Arusha", "Tanzania"), ("Durban", "South Africa"), ("Tanta", "Egypt"),
    ("Oran", "Algeria"), ("Jeddah", "Saudi Arabia"), ("Shiraz", "Iran"), ("Bursa", "Türkiye"),
    ("Patras", "Greece"), ("Szeged", "Hungary"), ("Gdańsk", "Poland"), ("Olomouc", "Czechia"),
    ("Košice", "Slovakia"), ("Iași", "Romania"), ("Plovdiv", "Bulgaria"), ("Kharkiv", "Ukraine"),
    ("Kutaisi", "Georgia"), ("Gyumri", "Armenia"), ("Pune", "India"), ("Kandy", "Sri Lanka"),
    ("Pokhara", "Nepal"), ("Multan", "Pakistan"), ("Chengdu", "China"), ("Sendai", "Japan"),
    ("Gwangju", "South Korea"), ("Da Nang", "Vietnam"), ("Khon Kaen", "Thailand"), ("Ipoh", "Malaysia"),
    ("Cebu City", "Philippines"), ("Puebla", "Mexico"), ("Medellín", "Colombia"), ("Valparaíso", "Chile"),
    ("Recife", "Brazil"), ("Aveiro", "Portugal"), ("Verona", "Italy"), ("Rennes", "France"),
    ("Freiburg", "Germany"), ("Groningen", "Netherlands"), ("Uppsala", "Sweden"), ("Trondheim", "Norway"),
    ("Akureyri", "Iceland"), ("Aberystwyth", "Wales"), ("Boise", "United States"),
]
US_PLACES_F = [("Boise", "ID", "837"), ("Fargo", "ND", "581"), ("Tulsa", "OK", "741"), ("Macon", "GA", "312"),
               ("Provo", "UT", "846"), ("Dayton", "OH", "454"), ("Reno", "NV", "895"), ("Billings", "MT", "591")]
STREET_F = ["Quillfeather", "Marrowby", "Cindergate", "Ashcombe", "Wetherholt", "Fennimore", "Larchmount",
            "Gorsebrook", "Tamsworth", "Oxleas"]
STREET_KIND_F = ["Road", "Street", "Lane", "Avenue", "Mews", "Gardens", "Hill", "Place"]

# --- organisations, domains, products (invented) --------------------------------------------------

ORG_F1 = ["Veltrona", "Pinecrest Haulage", "Orlanda", "Mistral Bay", "Ketterby", "Quintessa", "Harborlight",
          "Zarnow", "Bellweather", "Crestmoor", "Oakhurst Vane", "Strathbyre", "Nimbara", "Ferrovia Lusa"]
ORG_F2 = ["Ltd", "GmbH", "plc", "Inc.", "S.p.A.", "LLC", "AB", "AS", "Sp. z o.o.", "S.A.S.", "Pty Ltd", "K.K.",
          "Co., Ltd.", "B.V."]
HOSPITALS_F = ["Marrowby Royal Hospital", "Cindergate Health Centre", "St Ursula's Hospital",
               "Gorsebrook Women's Clinic", "Fennimore Children's Hospital"]
SCHOOLS_F = ["Larchmount Primary School", "Ashcombe Academy", "Oxleas High School", "Tamsworth College",
             "University of Wetherholt", "Quillfeather Institute of Design"]
DOMAINS_F = ["veltrona.com", "pinecrest.co.uk", "orlanda.es", "mistralbay.fr", "ketterby.de", "quintessa.it",
             "harborlight.io", "zarnow.pl", "bellweather.org", "crestmoor.net", "nimbara.co.za", "strathbyre.ie"]
PRODUCTS_F = ["Corvid 7", "Tundra Max", "Opaline S2", "Vesper Duo", "Glint Air", "Marlin XL", "Pebble Hub 3"]
# Software and product names that are also given or family names (PII-free uses only).
SOFTWARE_F = ["Jenkins", "Hugo", "Ruby", "Julia", "Rufus", "Marvin", "Gemma", "Sidekiq", "Tomcat", "Jasmine",
              "Dexter", "Watson"]


def fold(s):
    return ascii_fold(s).lower().replace(" ", "").replace("-", "").replace("'", "")


def name_tokens(names):
    return e_data.name_tokens(names)


def all_f_names():
    return ([x for v in FIRST_F.values() for x in v] + [x for v in LAST_F.values() for x in v] + VN_MIDDLE
            + list(NICKNAMES.values()) + MONONYMS + list(PARTICLE_LAST.values()))


class PersonF:
    """A person with the written forms a document may use for later mentions."""

    def __init__(self, first, last, cc, middle=""):
        self.first, self.last, self.cc, self.middle = first, last, cc, middle

    @property
    def mono(self):
        return not self.last

    @property
    def full(self):
        if self.mono:
            return self.first
        if self.cc == "vn":
            return f"{self.last} {self.middle} {self.first}"
        if self.cc in FAMILY_FIRST:
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    @property
    def western(self):
        return self.first if self.mono else f"{self.first} {self.last}"

    @property
    def last_first(self):
        return self.first if self.mono else f"{self.last}, {self.first}"

    @property
    def initial_last(self):
        return self.first if self.mono else f"{self.first[0]}. {self.last}"

    @property
    def upper(self):
        return self.full.upper()

    @property
    def family(self):
        return self.last or self.first

    @property
    def nick(self):
        return NICKNAMES.get(self.first, self.first)

    @property
    def handle(self):
        return fold(self.first)

    def parts(self):
        return [self.first] + [t for t in re.split(r"[\s\-]+", self.last) if t and t.casefold() not in PARTICLES]


class GenF(e_data.GenE):
    """Values for set F: its own people, places, organisations and domains; e_data's value layouts."""

    def person(self, cc=None):
        x = self.r.random()
        if x < 0.03:
            return PersonF(self.r.choice(MONONYMS), "", "id")
        cc = cc or self.r.choice(sorted(FIRST_F))
        first = self.r.choice(FIRST_F[cc])
        last = self.r.choice(LAST_F[cc])
        if x < 0.08 and cc in PARTICLE_LAST:
            last = PARTICLE_LAST[cc]
        elif x < 0.14:
            other = [x for x in LAST_F[cc] if x != last and "-" not in x]
            last = f"{last}-{self.r.choice(other)}" if "-" not in last and other else last
        return PersonF(first, last, cc, self.r.choice(VN_MIDDLE) if cc == "vn" else "")

    def people(self, n):
        out, seen = [], set()
        while len(out) < n:
            p = self.person()
            toks = set(p.parts()) | {p.nick}
            if toks & seen:
                continue
            seen |= toks
            out.append(p)
        return out

    def org(self):
        return f"{self.r.choice(ORG_F1)} {self.r.choice(ORG_F2)}"

    def domain(self):
        return self.r.choice(DOMAINS_F)

    def email(self, p=None):
        p = p or self.person()
        f, l_ = fold(p.first), fold(p.family)
        user = self.r.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{l_}.{f[0]}", f"{f}{self.r.randint(1, 99)}"])
        host = self.r.choice([self.domain(), self.domain(), "gmail.com", "outlook.com", "mail.ru", "yahoo.co.jp",
                              "posteo.de", "icloud.com"])
        return f"{user}@{host}"

    def city(self):
        return self.r.choice(PLACES_F)

    def us_city(self):
        c, st, _ = self.r.choice(US_PLACES_F)
        return f"{c}, {st}"

    def address(self):
        n = self.r.randint(2, 880)
        street = f"{self.r.choice(STREET_F)} {self.r.choice(STREET_KIND_F)}"
        k = self.r.randint(0, 5)
        d = self.digits
        if k == 0:
            c, st, z = self.r.choice(US_PLACES_F)
            return f"{n} {street}, {c}, {st} {z}{d(2)}"
        if k == 1:
            return f"{n} {street}, Aberystwyth SY23 {self.r.randint(1, 9)}{self.r.choice('ABDEHJLNPQRSTUWXYZ')}{self.r.choice('ABDEHJLNPQRSTUWXYZ')}"
        if k == 2:
            return f"{self.r.choice(STREET_F)}gasse {n}, 79{d(3)} Freiburg"
        if k == 3:
            return f"{n} avenue des {self.r.choice(['Peupliers', 'Ormeaux', 'Saules'])}, 35{d(3)} Rennes"
        if k == 4:
            return f"Via {self.r.choice(['dei Mille', 'San Zeno', 'Mazzini'])} {n}, 371{d(2)} Verona"
        return f"ul. {self.r.choice(['Lipowa', 'Długa', 'Szeroka'])} {n}/{self.r.randint(1, 40)}, 80-{d(3)} Gdańsk"

    def date_f(self, lo=1950, hi=2026):
        """Dates in set E's layouts plus a few more (ISO week-free, Japanese-style, ordinal)."""
        y = self.r.randint(lo, hi)
        dt = datetime.date(y, self.r.randint(1, 12), self.r.randint(1, 28))
        return self.r.choice([self.date_e(lo, hi), self.date_e(lo, hi), f"{y}年{dt.month}月{dt.day}日",
                              f"{dt:%b} {dt.day} {y}", f"{dt.day}.{dt.month}.{y}", f"{dt:%d-%m-%Y}", f"{dt:%B %Y}"])

    def phone_f(self):
        d = self.digits
        extra = [lambda: f"+221 77 {d(3)} {d(2)} {d(2)}", lambda: f"+255 754 {d(3)} {d(3)}",
                 lambda: f"+27 (0)31 {d(3)} {d(4)}", lambda: f"+995 599 {d(2)} {d(2)} {d(2)}",
                 lambda: f"+374 10 {d(6)}", lambda: f"+94 81 {d(3)} {d(4)}", lambda: f"+977-61-{d(6)}",
                 lambda: f"+60 5-{d(3)} {d(4)}", lambda: f"+57 604 {d(7)}", lambda: f"+56 9 {d(4)} {d(4)}",
                 lambda: f"+46 18-{d(3)} {d(2)} {d(2)}", lambda: f"+47 {d(3)} {d(2)} {d(3)}",
                 lambda: f"+354 {d(3)} {d(4)}", lambda: f"+359 32 {d(3)} {d(3)}", lambda: f"+421 55 {d(3)} {d(4)}"]
        return self.r.choice(extra)() if self.r.random() < 0.4 else self.phone_any()

    def invoice_no(self):
        return self.r.choice([f"INV-{self.r.randint(2021, 2026)}-{self.digits(5)}", f"{self.r.choice('QRTW')}{self.digits(7)}",
                              f"SO{self.digits(6)}", f"DN/{self.digits(4)}/{self.r.randint(21, 26)}", self.order_id()])

    def version(self):
        return self.r.choice([f"{self.r.randint(0, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 20)}",
                              f"v{self.r.randint(1, 5)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}-rc.{self.r.randint(1, 4)}",
                              self.version_ip_like()])
