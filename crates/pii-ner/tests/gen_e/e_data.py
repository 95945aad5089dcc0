"""Set E's own names, places, organisations, streets and domains, and the value generator using them.

Data and licences:
- Given and family names: short lists compiled by hand for set E, none shared (token by token,
  particles aside) with ../gen/gen_set.py's, ../gen_c/gen_c.py's or ../gen_d/d_data.py's lists
  (asserted by gen_e.py at run time). Ordinary names of the kind recorded as Wikidata "given name"
  (Q202444) / "family name" (Q101352) items (Wikidata content: CC0 1.0). Not taken from Faker or any
  other fake-data library, nor derived from one.
- Cities, towns, regions and countries: real place names as recorded in Wikidata (CC0 1.0).
- Street names, organisation names, product names and e-mail domains: invented for set E.
"""
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
import gen_set  # noqa: E402
from gen_set import ascii_fold  # noqa: E402

# --- names: 36 countries / cultures ---------------------------------------------------------------
# Family-name-first cultures (cn, kr, vn, hu) are written family first in `full`.

FIRST_E = {
    "ng": ["Nkechi", "Folasade", "Olamide", "Tochukwu", "Kehinde"],
    "gh": ["Kwesi", "Kwadwo", "Esi", "Fiifi", "Akua"],
    "et": ["Tewodros", "Mulugeta", "Eyerusalem", "Tsion", "Getachew"],
    "ke": ["Wairimu", "Wanjiku", "Kiplagat", "Muthoni", "Omondi"],
    "eg": ["Mostafa", "Yasmeen", "Tarek", "Heba", "Sherif"],
    "ma": ["Hamza", "Soukaina", "Ayoub", "Imane", "Othmane"],
    "sa": ["Turki", "Reem", "Saud", "Hessa", "Bandar"],
    "ir": ["Niloufar", "Siavash", "Kaveh", "Roya", "Behnam"],
    "tr": ["Ebru", "Tuğba", "Serkan", "Gökhan", "Merve"],
    "gr": ["Dimitris", "Georgios", "Panagiota", "Thanasis", "Despina"],
    "hu": ["Zsófia", "Csaba", "Ildikó", "Gyula", "Boglárka"],
    "pl": ["Krzysztof", "Przemysław", "Bożena", "Jadwiga", "Zbigniew"],
    "cz": ["Lucie", "Tomáš", "Kateřina", "Radek", "Zdeňka"],
    "ro": ["Raluca", "Bogdan", "Cătălin", "Oana", "Sorin"],
    "ua": ["Yuliia", "Mykola", "Vasyl", "Yaroslav", "Nataliia"],
    "in": ["Abhishek", "Gaurav", "Swati", "Anusha", "Rohit"],
    "bd": ["Rafiqul", "Shakib", "Tahmina", "Mahbub", "Rubina"],
    "pk": ["Hamid", "Shahid", "Nadia", "Waqas", "Sadia"],
    "cn": ["Mingyu", "Jiahui", "Xinyi", "Yuxuan", "Shiqi"],
    "jp": ["Takumi", "Sota", "Hinata", "Yuto", "Kenta"],
    "kr": ["Seul-gi", "Bo-ra", "Gyu-ri", "Da-som", "Seung-ho"],
    "vn": ["Thảo", "Huyền", "Hiếu", "Ngân", "Thắng"],
    "th": ["Malee", "Thanawat", "Kanokwan", "Prasert", "Wanida"],
    "id": ["Kadek", "Yudhi", "Wahyu", "Nengah"],
    "ph": ["Jericho", "Marites", "Rodel", "Jonalyn", "Analyn"],
    "mx": ["Rogelio", "Xóchitl", "Ulises", "Araceli", "Heriberto"],
    "ar": ["Nahuel", "Florencia", "Lautaro", "Micaela", "Gonzalo"],
    "pe": ["Yeison", "Wilmer", "Yesenia", "Maribel", "Fredy"],
    "br": ["Bruna", "Wellington", "Jéssica", "Leandro", "Tainá"],
    "pt": ["Nuno", "Matilde", "Rúben", "Filipa", "Henrique"],
    "es": ["Iker", "Ainhoa", "Itziar", "Unai", "Amaia"],
    "it": ["Gianluca", "Ilaria", "Riccardo", "Niccolò", "Arianna"],
    "fr": ["Manon", "Théo", "Océane", "Quentin", "Romain"],
    "de": ["Annika", "Torsten", "Ulrike", "Sönke", "Dirk"],
    "nl": ["Thijs", "Marieke", "Lieke", "Sjoerd", "Gijs"],
    "fi": ["Juha", "Eetu", "Kaisa", "Jukka", "Tuula"],
    "ie": ["Darragh", "Caoimhe", "Ruairí", "Clodagh", "Tadhg"],
    "us": ["Tanner", "Jaylen", "Garrett", "Kelsey", "Dustin"],
}
LAST_E = {
    "ng": ["Olaniyan", "Akinwande", "Obiora", "Nwachukwu", "Adebisi"],
    "gh": ["Amoako", "Frimpong", "Sarpong", "Gyamfi", "Opoku"],
    "et": ["Alemayehu", "Woldemariam", "Kebede", "Hailemariam", "Gebreyes"],
    "ke": ["Kiprono", "Ochieng", "Wambugu", "Onyango", "Kiprotich"],
    "eg": ["Abdelrahman", "Shalaby", "Hegazy", "Abdelaziz", "Soliman"],
    "ma": ["Berrada", "Bennani", "Chraibi", "Alaoui", "Idrissi"],
    "sa": ["Al-Otaibi", "Al-Dosari", "Al-Ghamdi", "Al-Shehri", "Al-Mutairi"],
    "ir": ["Mousavi", "Ghorbani", "Nikbakht", "Farahani", "Shirazi"],
    "tr": ["Aydoğan", "Çelikkaya", "Yıldırım", "Korkmaz", "Özdemir"],
    "gr": ["Karagiannis", "Oikonomou", "Vlachos", "Antoniadis", "Papanikolaou"],
    "hu": ["Molnár", "Takács", "Juhász", "Lakatos", "Mészáros"],
    "pl": ["Zieliński", "Szymański", "Woźniak", "Kozłowska", "Jankowski"],
    "cz": ["Procházka", "Černá", "Svoboda", "Kučera", "Veselý"],
    "ro": ["Stănescu", "Gheorghiu", "Vasilescu", "Niculescu", "Petrescu"],
    "ua": ["Oliinyk", "Marchenko", "Lysenko", "Rudenko", "Savchenko"],
    "in": ["Chauhan", "Raghavan", "Srinivasan", "Saxena", "Venkataraman"],
    "bd": ["Akter", "Talukder", "Sarker", "Mollah", "Bhuiyan"],
    "pk": ["Bhatti", "Janjua", "Khattak", "Niazi", "Gondal"],
    "cn": ["Peng", "Xiao", "Cheng", "Yuan", "Tian"],
    "jp": ["Shimizu", "Yamaguchi", "Fujiwara", "Okada", "Hasegawa"],
    "kr": ["Ryu", "Byun", "Hwang", "Ahn", "Jeon"],
    "vn": ["Lâm", "Trịnh", "Đoàn", "Phan", "Châu"],
    "th": ["Rattanakul", "Sukprasert", "Kittikun", "Intharasuk", "Chantarasri"],
    "id": ["Santoso", "Wijaya", "Gunawan", "Hartono", "Lestari"],
    "ph": ["Macaraeg", "Dimaculangan", "Manalo", "Pangilinan", "Dizon"],
    "mx": ["Zamora", "Cervantes", "Ibarra", "Zúñiga", "Trujillo"],
    "ar": ["Giménez", "Ferreyra", "Aguirre", "Villalba", "Ledesma"],
    "pe": ["Chávez", "Ccori", "Paucar", "Apaza", "Vilca"],
    "br": ["Nogueira", "Cavalcanti", "Albuquerque", "Moreira"],
    "pt": ["Figueiredo", "Antunes", "Sequeira", "Fonseca", "Pinheiro"],
    "es": ["Iglesias", "Gallego", "Sanz", "Aguirrezabal", "Garmendia"],
    "it": ["Mancini", "Barbieri", "Marchetti", "Ferrara", "Rinaldi"],
    "fr": ["Lemaire", "Gauthier", "Lacroix", "Leclerc", "Rolland"],
    "de": ["Schmitt", "Lehmann", "Schröder", "Kühn", "Böhm"],
    "nl": ["Mulder", "Jansen", "Vermeulen", "Dekker", "Brouwer"],
    "fi": ["Heikkinen", "Koskinen", "Laaksonen", "Hämäläinen", "Järvinen"],
    "ie": ["Ó Súilleabháin", "Ó Ceallaigh", "Mac Giolla", "Doherty", "Mulcahy"],
    "us": ["Hargrove", "Pruitt", "Thibodeaux", "Stackhouse", "Blanchard"],
}
# Double-barrelled family names written with a hyphen, used by `person(hyphen=True)`.
HYPHEN_PAIRS = {"es": ("Gallego", "Sanz"), "pl": ("Kozłowska", "Woźniak"), "fr": ("Gauthier", "Lacroix"),
                "de": ("Schmitt", "Lehmann"), "mx": ("Zamora", "Cervantes"), "br": ("Nogueira", "Cavalcanti")}
FAMILY_FIRST = {"cn", "kr", "vn", "hu"}
VN_MIDDLE = ["Văn", "Thị", "Hữu", "Bảo"]
PARTICLES = {"van", "der", "de", "den", "el", "al", "ó", "bin", "binti", "da", "dos", "do", "di", "la", "le",
             "von", "del", "ní", "mac", "ben", "o", "nic"}

# --- places (Wikidata, CC0) -----------------------------------------------------------------------

PLACES_E = [  # (city, country)
    ("Ibadan", "Nigeria"), ("Kumasi", "Ghana"), ("Bahir Dar", "Ethiopia"), ("Kisumu", "Kenya"),
    ("Alexandria", "Egypt"), ("Fès", "Morocco"), ("Dammam", "Saudi Arabia"), ("Tabriz", "Iran"),
    ("Eskişehir", "Türkiye"), ("Thessaloniki", "Greece"), ("Debrecen", "Hungary"), ("Poznań", "Poland"),
    ("Brno", "Czechia"), ("Cluj-Napoca", "Romania"), ("Lviv", "Ukraine"), ("Coimbatore", "India"),
    ("Chittagong", "Bangladesh"), ("Faisalabad", "Pakistan"), ("Hangzhou", "China"), ("Sapporo", "Japan"),
    ("Daegu", "South Korea"), ("Hai Phong", "Vietnam"), ("Chiang Mai", "Thailand"), ("Bandung", "Indonesia"),
    ("Davao City", "Philippines"), ("Monterrey", "Mexico"), ("Rosario", "Argentina"), ("Arequipa", "Peru"),
    ("Belo Horizonte", "Brazil"), ("Braga", "Portugal"), ("Bilbao", "Spain"), ("Bologna", "Italy"),
    ("Nantes", "France"), ("Dortmund", "Germany"), ("Utrecht", "Netherlands"), ("Tampere", "Finland"),
    ("Galway", "Ireland"), ("Halifax", "Canada"),
]
US_PLACES_E = [("Chattanooga", "TN", "374"), ("Lubbock", "TX", "794"), ("Eugene", "OR", "974"),
               ("Duluth", "MN", "558"), ("Savannah", "GA", "314"), ("Bangor", "ME", "044"),
               ("Wichita", "KS", "672"), ("Missoula", "MT", "598")]
STREET_E = ["Tamarack", "Kestrel", "Ollerton", "Brackenridge", "Sorrelwood", "Pewter", "Thistledown",
            "Calloway", "Marram", "Wickstead"]
STREET_KIND_E = ["Road", "Street", "Avenue", "Crescent", "Parade", "Row", "Boulevard", "Court"]

# --- organisations, domains, products (invented) --------------------------------------------------

ORG_E1 = ["Brindlewood", "Okapi Ridge", "Carrowmore", "Tessellate", "Pemberly Stone", "Halcyra", "Nordvik",
          "Quarryhill", "Zephyrine", "Ambervale", "Corvantis", "Lindqvarn", "Solenne", "Tidewright"]
ORG_E2 = ["Holdings Ltd", "Logistik GmbH", "Assurance plc", "Therapeutics Inc.", "Freight S.A.", "Consulting LLC",
          "Capital LLP", "Textiles Pvt Ltd", "Medical Group", "Foods B.V.", "Robotics AG", "Mutual Insurance",
          "Builders Pty Ltd", "Labs Inc."]
HOSPITALS_E = ["St Brigid's Infirmary", "Harrowfield General Hospital", "Mercy Vale Clinic", "Lakeshore Children's Hospital",
               "Kestrel Park Medical Centre", "Ollerton Community Hospital"]
UNIS_E = ["University of Carrowmore", "Tidewright Institute of Technology", "Ambervale State University",
          "Nordvik College"]
DOMAINS_E = ["brindlewood.io", "okapiridge.co.ke", "carrowmore.ie", "tessellate.dev", "halcyra.com.br", "nordvik.fi",
             "quarryhill.co.uk", "zephyrine.fr", "ambervale.edu", "corvantis.de", "solenne.it", "tidewright.com"]
PRODUCTS_E = ["Lumora 5", "Kestrel Pro", "Atlas Vue", "Orbis M3", "Quanta Mini", "Sable X1", "Helix Dock"]
SOFTWARE_E = ["Gradle", "Ansible", "Grafana", "Kibana", "Celery", "Pandas", "Flask", "Sphinx", "Django", "Ember"]


def fold(s):
    return ascii_fold(s).lower().replace(" ", "").replace("-", "").replace("'", "")


def name_tokens(names):
    """Tokens of names, split at spaces, hyphens and apostrophes, particles left out (case-folded)."""
    out = set()
    for n in names:
        for t in re.split(r"[\s\-']+", n):
            if t and t.casefold() not in PARTICLES:
                out.add(t.casefold())
    return out


def all_e_names():
    return [x for v in FIRST_E.values() for x in v] + [x for v in LAST_E.values() for x in v] + VN_MIDDLE


class PersonE:
    """A person with the written forms a document may use for later mentions."""

    def __init__(self, first, last, cc, middle=""):
        self.first, self.last, self.cc, self.middle = first, last, cc, middle

    @property
    def full(self):
        if self.cc == "vn":
            return f"{self.last} {self.middle} {self.first}"
        if self.cc in FAMILY_FIRST:
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    @property
    def western(self):
        return f"{self.first} {self.last}"

    @property
    def last_first(self):
        return f"{self.last}, {self.first}"

    @property
    def initial_last(self):
        return f"{self.first[0]}. {self.last}"

    @property
    def upper(self):
        return self.full.upper()

    @property
    def handle(self):
        return fold(self.first)

    def parts(self):
        """Tokens a later mention may use alone (hyphenated family names give each part)."""
        return [self.first] + [t for t in re.split(r"[\s\-]+", self.last) if t.casefold() not in PARTICLES]


class GenE(gen_set.Gen):
    def person(self, cc=None, hyphen=False):
        cc = cc or self.r.choice(sorted(FIRST_E))
        first = self.r.choice(FIRST_E[cc])
        last = self.r.choice(LAST_E[cc])
        if hyphen or self.r.random() < 0.08:
            cc = cc if cc in HYPHEN_PAIRS else self.r.choice(sorted(HYPHEN_PAIRS))
            first = self.r.choice(FIRST_E[cc])
            last = "-".join(HYPHEN_PAIRS[cc])
        return PersonE(first, last, cc, self.r.choice(VN_MIDDLE) if cc == "vn" else "")

    def people(self, n):
        out, seen = [], set()
        while len(out) < n:
            p = self.person()
            if p.first in seen or p.last in seen or any(x in seen for x in p.parts()):
                continue
            seen.update(p.parts())
            seen.update([p.first, p.last])
            out.append(p)
        return out

    def org(self):
        return f"{self.r.choice(ORG_E1)} {self.r.choice(ORG_E2)}"

    def domain(self):
        return self.r.choice(DOMAINS_E)

    def email(self, p=None):
        p = p or self.person()
        f, l_ = fold(p.first), fold(p.last)
        user = self.r.choice([f"{f}.{l_}", f"{f[0]}.{l_}", f"{l_}{self.r.randint(2, 98)}", f"{f}{l_[0]}"])
        host = self.r.choice([self.domain(), self.domain(), "gmail.com", "yandex.ru", "naver.com", "qq.com", "gmx.at"])
        return f"{user}@{host}"

    def city(self):
        return self.r.choice(PLACES_E)

    def us_city(self):
        c, st, _ = self.r.choice(US_PLACES_E)
        return f"{c}, {st}"

    def address(self):
        n = self.r.randint(3, 940)
        street = f"{self.r.choice(STREET_E)} {self.r.choice(STREET_KIND_E)}"
        k = self.r.randint(0, 3)
        if k == 0:
            c, st, z = self.r.choice(US_PLACES_E)
            return f"{n} {street}, {c}, {st} {z}{self.digits(2)}"
        if k == 1:
            return f"Flat {self.r.randint(1, 30)}, {n} {street}, Galway H91 {self.r.choice('ACDEFHK')}{self.digits(1)}{self.r.choice('KNPRTVWXY')}{self.digits(1)}"
        if k == 2:
            return f"{self.r.choice(STREET_E)}weg {n}, 44{self.digits(3)} Dortmund"
        return f"Rua {self.r.choice(['das Acácias', 'do Salgueiro', 'Nova do Carmo'])}, {n}, 4700-{self.digits(3)} Braga"

    def phone_nat(self):
        """National and international phone layouts with trunk prefixes, spaces, dots and dashes."""
        d = self.digits
        fmts = [
            lambda: f"+44 (0)1632 {d(6)}", lambda: f"(0161) 496 {d(4)}", lambda: f"0049 (0)231 {d(7)}",
            lambda: f"+49 231 {d(3)} {d(2)} {d(2)}", lambda: f"+36 (1) {d(3)} {d(4)}", lambda: f"06 30 {d(3)} {d(4)}",
            lambda: f"+62 812-{d(4)}-{d(4)}", lambda: f"0812 {d(4)} {d(4)}", lambda: f"+90 (532) {d(3)} {d(2)} {d(2)}",
            lambda: f"+20 10 {d(4)} {d(4)}", lambda: f"+84 91 {d(3)} {d(2)} {d(2)}", lambda: f"+82 (0)10-{d(4)}-{d(4)}",
            lambda: f"+48 (22) {d(3)}-{d(2)}-{d(2)}", lambda: f"+33 (0)2 {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"02.{d(2)}.{d(2)}.{d(2)}.{d(2)}", lambda: f"+234 (0)803 {d(3)} {d(4)}", lambda: f"0803-{d(3)}-{d(4)}",
            lambda: f"+251 91 {d(3)} {d(4)}", lambda: f"+98 21 {d(4)} {d(4)}", lambda: f"+30 231 0{d(6)}",
            lambda: f"+353 (0)91 {d(3)} {d(3)}", lambda: f"(091) {d(3)} {d(3)}", lambda: f"+1.423.{d(3)}.{d(4)}",
            lambda: f"1-806-{d(3)}-{d(4)}", lambda: f"+55 (31) 9{d(4)}-{d(4)}", lambda: f"+54 9 341 {d(3)}-{d(4)}",
            lambda: f"+51 1 {d(3)} {d(4)}", lambda: f"+63 (82) {d(3)} {d(4)}", lambda: f"+66 53 {d(3)} {d(3)}",
            lambda: f"+880 1{d(3)}-{d(6)}", lambda: f"+92 41 {d(7)}", lambda: f"+81 (0)11-{d(3)}-{d(4)}",
            lambda: f"+86 571 {d(4)} {d(4)}", lambda: f"+358 (0)3 {d(3)} {d(4)}", lambda: f"+420 5{d(2)} {d(3)} {d(3)}",
            lambda: f"+40 (0)264 {d(3)} {d(3)}", lambda: f"+380 32 {d(3)} {d(2)} {d(2)}", lambda: f"+212 5 35 {d(2)} {d(2)} {d(2)}",
        ]
        return self.r.choice(fmts)()

    def phone_any(self):
        return self.phone_nat() if self.r.random() < 0.7 else self.phone()

    def ssn_plain(self):
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"

    def date_e(self, lo=1950, hi=2026):
        """Calendar dates in layouts beyond gen_set's (plus some of its own)."""
        y = self.r.randint(lo, hi)
        dt = datetime.date(y, self.r.randint(1, 12), self.r.randint(1, 28))
        mon, mab = dt.strftime("%B"), dt.strftime("%b")
        return self.r.choice([
            f"{dt.day}. {mon} {y}", f"{dt.day} {mab}. {y}", f"{dt:%Y/%m/%d}", f"{dt:%d/%m/%Y}", f"{mab}-{dt.day:02d}-{y}",
            f"{dt:%Y.%m.%d}", f"{dt:%d %B %Y}", f"{dt.day}-{mon[:3].upper()}-{y}",
            f"{dt:%A} {dt.day} {mon} {y}", self.date(lo, hi), self.date(lo, hi),
        ])

    def order_id(self):
        return self.r.choice([f"ORD-{self.digits(7)}", f"SKU {self.r.choice('ABKMX')}{self.digits(2)}-{self.digits(4)}",
                              f"PO{self.digits(6)}", f"#{self.digits(8)}", f"INV/{self.r.randint(2019, 2026)}/{self.digits(5)}"])

    def version_ip_like(self):
        return self.r.choice([f"{self.r.randint(1, 12)}.{self.r.randint(0, 20)}.{self.r.randint(0, 99)}.{self.r.randint(1000, 9999)}",
                              f"1.3.6.1.4.1.{self.r.randint(1000, 60000)}.{self.r.randint(1, 9)}",
                              f"2.16.840.1.{self.r.randint(100000, 119999)}",
                              f"10.0.{self.r.randint(17000, 22631)}.{self.r.randint(100, 3999)}"])
