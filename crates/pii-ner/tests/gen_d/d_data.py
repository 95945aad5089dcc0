"""Set D's own names, places, organisations, streets and domains, and the value generator using them.

Why a separate file: gen_d.py stays a short driver (build + self-checks) and the templates stay
readable; everything that decides *which* names and places appear lives here, next to its sources.

Data and licences:
- Given and family names: short lists compiled by hand for set D, none shared (token by token,
  particles aside) with ../gen/gen_set.py's or ../gen_c/gen_c.py's lists (asserted by gen_d.py at
  run time). Ordinary names of the kind recorded as Wikidata "given name" (Q202444) / "family
  name" (Q101352) items (Wikidata content: CC0 1.0). Not taken from Faker or any other fake-data
  library, nor derived from one.
- Cities, towns, regions and countries: real place names as recorded in Wikidata (CC0 1.0).
- Street names, organisation names, product names and e-mail domains: invented for set D.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))
import gen_set  # noqa: E402
from gen_set import ascii_fold  # noqa: E402

# --- names: 48 countries / cultures ---------------------------------------------------------------

FIRST_D = {
    "ng": ["Temitope", "Chidi", "Obinna", "Kelechi", "Abubakar", "Funke"],
    "gh": ["Kwabena", "Adwoa", "Kojo", "Ama"],
    "ke": ["Wanjiru", "Otieno", "Akinyi", "Kamau"],
    "et": ["Yonas", "Selamawit", "Bereket", "Hirut"],
    "so": ["Abdirahman", "Hodan", "Ayaan", "Liban"],
    "za": ["Zanele", "Bongani", "Refilwe", "Johan"],
    "zw": ["Tendai", "Rudo", "Farai", "Nyasha"],
    "cd": ["Christelle", "Dieudonné", "Mbuyi", "Gloire"],
    "dz": ["Sofiane", "Amel", "Nassim", "Lynda"],
    "sa": ["Faisal", "Noura", "Abdulaziz", "Lamya"],
    "lb": ["Rami", "Nadine", "Ziad", "Rana"],
    "ir": ["Dariush", "Golnaz", "Farhad", "Mahsa"],
    "af": ["Zarghona", "Habibullah", "Mursal", "Wahid"],
    "pk": ["Faraz", "Hira", "Zeeshan", "Mahnoor"],
    "in": ["Prakash", "Sunita", "Venkatesh", "Anjali", "Harpreet", "Gurdeep"],
    "lk": ["Chaminda", "Dilani", "Nuwan", "Sanduni"],
    "np": ["Bishnu", "Sabina", "Pasang", "Sarita"],
    "cn": ["Jingyi", "Zhenyu", "Shuang", "Yifan", "Ruoxi"],
    "tw": ["Chia-hao", "Yu-ting", "Shu-fen", "Chih-ming"],
    "hk": ["Wing-yan", "Ka-ming", "Hoi-lam", "Chun-kit"],
    "jp": ["Shota", "Yui", "Kaito", "Nanami", "Ryota"],
    "kr": ["Chae-rin", "Kyung-soo", "Na-rae", "Sang-hoon"],
    "vn": ["Dũng", "Trang", "Khoa", "Phương"],
    "th": ["Nattapong", "Pimchanok", "Kittisak", "Ratana"],
    "ph": ["Maricel", "Arnel", "Jhoanna", "Rommel"],
    "id": ["Agus", "Wulan", "Dedi", "Ratna"],
    "my": ["Faizal", "Aminah", "Rosli", "Zulaikha"],
    "tr": ["Mert", "Büşra", "Onur", "Ceren"],
    "gr": ["Nikos", "Katerina", "Stavros", "Vasiliki"],
    "it": ["Davide", "Federica", "Simone", "Elisa"],
    "es": ["Pablo", "Nerea", "Sergio", "Marta"],
    "pt": ["Gonçalo", "Mafalda", "Rui", "Leonor"],
    "br": ["Vinícius", "Letícia", "Caio", "Gabriela"],
    "mx": ["Ximena", "Joaquín", "Itzel", "Sebastián"],
    "co": ["Andrés", "Valeria", "Camilo", "Daniela"],
    "pe": ["Nilda", "Percy", "Yanet", "Wilber"],
    "fr": ["Amélie", "Grégoire", "Solène", "Timothée"],
    "be": ["Bram", "Lotte", "Wouter", "Sanne"],
    "de": ["Jörg", "Heike", "Florian", "Birgit"],
    "pl": ["Bartosz", "Małgorzata", "Wojciech", "Katarzyna"],
    "hu": ["Gergely", "Katalin", "Levente", "Orsolya"],
    "ro": ["Cristian", "Bianca", "Radu", "Simona"],
    "ua": ["Bohdan", "Olena", "Vitalii", "Halyna"],
    "ru": ["Anastasia", "Pavel", "Yulia", "Konstantin"],
    "ge": ["Giorgi", "Nino", "Levan", "Tamari"],
    "am": ["Aram", "Anahit", "Tigran", "Lusine"],
    "is": ["Sigríður", "Guðmundur", "Hrafnhildur", "Einar"],
    "se": ["Oskar", "Elin", "Linnea", "Gustaf"],
    "ie": ["Niamh", "Oisín", "Ciarán", "Saoirse"],
    "sc": ["Hamish", "Eilidh", "Gethin", "Morag"],
    "us": ["DeShawn", "Tiffany", "Brayden", "LaToya"],
    "nz": ["Aroha", "Wiremu", "Mere", "Tamati"],
    "il": ["Avital", "Ori", "Shira", "Amit"],
}
LAST_D = {
    "ng": ["Okeke", "Olawale", "Bello", "Danjuma", "Igwe"],
    "gh": ["Agyeman", "Ofori", "Darko", "Acheampong"],
    "ke": ["Odhiambo", "Mutua", "Chebet", "Kariuki"],
    "et": ["Alemu", "Tadesse", "Gebremedhin", "Wolde"],
    "so": ["Warsame", "Jama", "Egal", "Nur"],
    "za": ["Mokoena", "Nkosi", "Pretorius", "Mahlangu", "van Wyk"],
    "zw": ["Moyo", "Chikwanha", "Mutasa", "Sibanda"],
    "cd": ["Mukendi", "Kalonji", "Ilunga", "Tshimanga"],
    "dz": ["Mansouri", "Belkacem", "Khelifi", "Bouzid"],
    "sa": ["al-Qahtani", "Al-Harbi", "Alotaibi", "bin Saad"],
    "lb": ["Khoury", "Saab", "Aoun", "Nassar"],
    "ir": ["Rezaei", "Mohammadi", "Kazemi", "Bagheri"],
    "af": ["Popal", "Noorzai", "Wardak", "Stanekzai"],
    "pk": ["Butt", "Awan", "Abbasi", "Khokhar"],
    "in": ["Kulkarni", "Agarwal", "Subramanian", "Gill", "Mukherjee", "Sandhu"],
    "lk": ["Perera", "Jayawardena", "Wickramasinghe", "de Mel"],
    "np": ["Shrestha", "Gurung", "Thapa", "Tamang"],
    "cn": ["Gao", "Luo", "Tang", "Feng", "Cao"],
    "tw": ["Chen", "Lin", "Tsai", "Hsieh"],
    "hk": ["Chan", "Wong", "Leung", "Cheung"],
    "jp": ["Tanaka", "Suzuki", "Yamamoto", "Kimura", "Hayashi"],
    "kr": ["Kim", "Baek", "Kwon", "Jang"],
    "vn": ["Đỗ", "Ngô", "Dương", "Võ"],
    "th": ["Saetang", "Boonmee", "Thongchai", "Phromma"],
    "ph": ["Bautista", "Villanueva", "Aquino", "de Leon"],
    "id": ["Wibowo", "Hidayat", "Saputra", "Siregar"],
    "my": ["bin Razak", "binti Osman", "bin Jamil"],
    "tr": ["Aksoy", "Kaya", "Erdem", "Güneş"],
    "gr": ["Alexiou", "Antonopoulou", "Christodoulou", "Makris"],
    "it": ["Conti", "Gallo", "Lombardi", "Moretti", "Di Stefano"],
    "es": ["Sánchez", "López-Navarro", "Jiménez", "Ortega", "de Castro"],
    "pt": ["Pinto", "Lopes", "Teixeira", "Magalhães"],
    "br": ["Gomes", "Cardoso", "Araújo", "do Nascimento"],
    "mx": ["Flores", "Aguilar", "Salazar", "Villaseñor"],
    "co": ["Restrepo", "Ospina", "Cárdenas", "Quintero"],
    "pe": ["Quispe", "Mamani", "Huamán", "Condori"],
    "fr": ["Garnier", "Faure", "Rousset", "Perrin", "Boucher"],
    "be": ["Janssens", "Peeters", "van den Broek", "De Smet", "Mertens"],
    "de": ["Schulz", "Hartmann", "Neumann", "Schmitz", "Vogt-Lindemann"],
    "pl": ["Wróbel", "Kaczmarek", "Szymańska", "Pawlak"],
    "hu": ["Varga", "Farkas", "Horváth", "Balogh"],
    "ro": ["Munteanu", "Constantinescu", "Dobre", "Lazăr"],
    "ua": ["Melnyk", "Kravchenko", "Boyko", "Savchuk"],
    "ru": ["Sokolov", "Morozova", "Lebedev", "Orlova"],
    "ge": ["Beridze", "Kapanadze", "Gelashvili", "Lomidze"],
    "am": ["Petrosyan", "Hakobyan", "Sargsyan", "Avetisyan"],
    "is": ["Jónsdóttir", "Sigurðsson", "Magnúsdóttir", "Einarsson"],
    "se": ["Lundgren", "Sandberg", "Ekström", "Holmqvist"],
    "ie": ["O'Donnell", "Ní Mhurchú", "Quinlan", "Mac Cárthaigh"],
    "sc": ["MacKenzie", "Llewellyn", "Pryce", "Cunningham"],
    "us": ["Underwood", "Ellison", "McCready", "Boudreaux"],
    "nz": ["Ngata", "Parata", "Tipene", "Horomona"],
    "il": ["Peretz", "Shapiro", "Ben-David", "Avraham"],
}
# Names that are also English words or place names (about 15 % of persons draw one of these).
WORD_FIRST_D = ["River", "Ivy", "Heather", "Robin", "Pearl", "Eden", "Crystal", "Forrest", "Miles", "Paris",
                "Dallas", "Savannah", "Chelsea", "Devon", "Brooklyn", "Adelaide", "Sterling", "Clay"]
WORD_LAST_D = ["Baker", "Cook", "Walker", "Rivers", "Frost", "Winter", "Sharp", "Shepherd", "Carpenter", "Cross",
               "Ford", "Hall", "Lincoln", "Preston", "Kingston", "Hampton", "Sutton", "Waters", "Bridges", "Snow"]
PARTICLES = {"van", "den", "der", "de", "do", "da", "dos", "di", "bin", "binti", "al", "el", "ben", "ó", "ní", "mac",
             "nic", "o", "von", "la", "le", "del"}

# Real places (Wikidata, CC0): (town, country).
PLACES_D = [
    ("Kraków", "Poland"), ("Ostrava", "Czech Republic"), ("Graz", "Austria"), ("Innsbruck", "Austria"),
    ("Bologna", "Italy"), ("Seville", "Spain"), ("Braga", "Portugal"), ("Nantes", "France"), ("Rennes", "France"),
    ("Liège", "Belgium"), ("Maastricht", "Netherlands"), ("Aachen", "Germany"), ("Bremen", "Germany"),
    ("Uppsala", "Sweden"), ("Turku", "Finland"), ("Akureyri", "Iceland"), ("Bergen", "Norway"), ("Odense", "Denmark"),
    ("Kaunas", "Lithuania"), ("Riga", "Latvia"), ("Plovdiv", "Bulgaria"), ("Split", "Croatia"),
    ("Ljubljana", "Slovenia"), ("Timișoara", "Romania"), ("Kharkiv", "Ukraine"), ("Tbilisi", "Georgia"),
    ("Yerevan", "Armenia"), ("Almaty", "Kazakhstan"), ("Kathmandu", "Nepal"), ("Kandy", "Sri Lanka"),
    ("Chennai", "India"), ("Jaipur", "India"), ("Karachi", "Pakistan"), ("Peshawar", "Pakistan"),
    ("Isfahan", "Iran"), ("Beirut", "Lebanon"), ("Muscat", "Oman"), ("Doha", "Qatar"), ("Sfax", "Tunisia"),
    ("Oran", "Algeria"), ("Kumasi", "Ghana"), ("Kisumu", "Kenya"), ("Bulawayo", "Zimbabwe"),
    ("Lubumbashi", "DR Congo"), ("Gqeberha", "South Africa"), ("Hargeisa", "Somaliland"), ("Mekelle", "Ethiopia"),
    ("Bandung", "Indonesia"), ("Davao City", "Philippines"), ("Kaohsiung", "Taiwan"), ("Sapporo", "Japan"),
    ("Gwangju", "South Korea"), ("Harbin", "China"), ("Medellín", "Colombia"), ("Arequipa", "Peru"),
    ("Puebla", "Mexico"), ("Recife", "Brazil"), ("Rosario", "Argentina"), ("Montevideo", "Uruguay"),
    ("Halifax", "Canada"), ("Saskatoon", "Canada"), ("Hobart", "Australia"), ("Rotorua", "New Zealand"),
    ("Cardiff", "Wales"), ("Aberdeen", "Scotland"), ("Limerick", "Ireland"), ("Nuuk", "Greenland"),
]
US_PLACES_D = [("Tacoma", "WA", "984"), ("Santa Fe", "NM", "875"), ("Flagstaff", "AZ", "860"),
               ("Chattanooga", "TN", "374"), ("Lansing", "MI", "489"), ("Reno", "NV", "895"), ("Billings", "MT", "591"),
               ("Macon", "GA", "312")]
COUNTRIES_D = sorted({c for _, c in PLACES_D if c not in ("Wales", "Scotland", "Somaliland", "Greenland")}
                     | {"Mongolia", "Ecuador", "Malta", "Cyprus", "Namibia"})
STREET_D = ["Tallowfield", "Brindlecombe", "Mossgrove", "Larkhollow", "Ferrymead", "Pennyroyal", "Cressington",
            "Amberley", "Blackthorn", "Saltcote", "Rookery", "Quenby"]
ORG_D1 = ["Veltrix", "Orvanta", "Halcyon Reach", "Stellbrook", "Quarrybank", "Thornvale", "Brisa", "Nexaro",
          "Kittering", "Ivorybridge", "Sundale", "Marrowby", "Cobaltway", "Pelagia", "Tamsin & Roe", "Fjordlight"]
ORG_D2 = ["GmbH & Co. KG", "S.p.A.", "SARL", "Sp. z o.o.", "s.r.o.", "Kft.", "K.K.", "Pte Ltd", "Limited",
          "Corp.", "PLC", "NV", "SE", "Inc", "Logistics LLC", "Capital Partners", "Software Ltd", "Insurance Ltd"]
UNIS_D = ["University of Northmere", "Stellbrook Institute of Science", "Kittering College", "Thornvale University",
          "Halcyon School of Economics", "Marrowby Technical University"]
HOSPITALS_D = ["Northmere General Hospital", "Quarrybank Royal Infirmary", "Sundale Community Hospital",
               "Ivorybridge University Hospital"]
PUBLISHERS_D = ["Fjordlight Press", "Pelagia Books", "Harbour & Finch Publishing"]
NEWSPAPERS_D = ["Northmere Evening Chronicle", "The Saltcote Herald", "Kittering Gazette"]
DOMAINS_D = ["veltrix.eu", "orvanta.com", "stellbrook.ac.uk", "quarrybank.co.uk", "nexaro.io", "thornvale.edu",
             "pelagia.pt", "fjordlight.no", "sundale-health.org", "ivorybridge.nhs.uk"]
# Words set D uses as ordinary words, products or software in its texts (hard negatives); none is a name above.
PRODUCTS_D = ["Nimbus 3", "Tern Pro", "Quillpad Air", "Vireo X2", "Stratus Hub", "Kelpie 40L", "Cinder Mini",
              "Oriole Dock"]
SOFTWARE_D = ["Kafka", "Cassandra", "Jenkins", "Hugo", "Julia", "Ruby", "Redis", "Grafana", "Ansible", "Django",
              "Celery", "Sphinx", "Mercurial", "Jupyter"]


class Person:
    def __init__(self, first, last, cc, middle=""):
        self.first, self.last, self.cc, self.middle = first, last, cc, middle

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def with_initial(self):
        return f"{self.first} {self.middle}. {self.last}"

    @property
    def inverted(self):
        return f"{self.last}, {self.first}"

    @property
    def handle(self):
        """A chat handle that is the lower-case given name (a PERSON by the kit's convention)."""
        return re.sub(r"[^a-z]", "", ascii_fold(self.first).lower())


def fold(s):
    return ascii_fold(s.replace("ø", "o").replace("æ", "ae").replace("ð", "d").replace("Ð", "D").replace("þ", "th"))


def nhs_number(r):
    while True:
        body = [r.randint(0, 9) for _ in range(9)]
        if body[0] == 0:
            continue
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        s = "".join(map(str, body)) + str(check)
        return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])


def dea_number(r, last):
    initial = fold(last.replace("'", "")).split()[-1][0].upper()
    ds = [r.randint(0, 9) for _ in range(6)]
    check = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return r.choice("ABFG") + initial + "".join(map(str, ds)) + str(check)


class GenD(gen_set.Gen):
    """Structured values from gen_set.Gen; names, places, organisations, domains are set D's own."""

    def person(self, cc=None):
        cc = cc or self.r.choice(sorted(FIRST_D))
        first, last = self.r.choice(FIRST_D[cc]), self.r.choice(LAST_D[cc])
        x = self.r.random()
        if x < 0.08:
            first = self.r.choice(WORD_FIRST_D)
        elif x < 0.16:
            last = self.r.choice(WORD_LAST_D)
        if cc == "my" and " " in last:
            female = first in ("Aminah", "Zulaikha")
            stem = last.split(" ", 1)[1]
            last = ("binti " if female else "bin ") + stem
        middle = self.r.choice("ABCDEFGHJKLMNPRSTW")
        return Person(first, last, cc, middle)

    def domain(self):
        return self.r.choice(DOMAINS_D)

    def email(self, p=None):
        p = p or self.person()
        f = re.sub(r"[^a-z]", "", fold(p.first).lower())
        l_ = re.sub(r"[^a-z]", "", fold(p.last).lower())
        user = self.r.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{self.r.randint(2, 98)}", f"{l_}.{f[0]}", f"{f}_{l_}"])
        host = self.r.choice([self.domain(), self.domain(), "gmx.net", "fastmail.com", "yandex.ru", "libero.it",
                              "orange.fr", "zoho.com"])
        return f"{user}@{host}"

    def org(self):
        return f"{self.r.choice(ORG_D1)} {self.r.choice(ORG_D2)}"

    def place(self):
        return self.r.choice(PLACES_D)

    def town(self):
        return self.place()[0]

    def country(self):
        return self.r.choice(COUNTRIES_D)

    def uni(self):
        return self.r.choice(UNIS_D)

    def hospital(self):
        return self.r.choice(HOSPITALS_D)

    def nhs(self):
        return nhs_number(self.r)

    def dea(self, last):
        return dea_number(self.r, last)

    def bank_account(self):
        return self.digits(self.r.randint(9, 12))

    def hexid(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def address(self):
        w, n, d = self.r.choice(STREET_D), self.r.randint(2, 388), self.digits
        k = self.r.randint(0, 7)
        if k == 0:
            c, st, z = self.r.choice(US_PLACES_D)
            apt = self.r.choice(["", f", Apt {self.r.randint(1, 40)}", f" Unit {self.r.randint(1, 9)}B"])
            return f"{n} {w} {self.r.choice(['Ave', 'St', 'Blvd', 'Ct'])}{apt}, {c}, {st} {z}{d(2)}"
        if k == 1:
            return f"Flat {self.r.randint(1, 12)}, {n} {w} Road, Cardiff CF{self.r.randint(10, 24)} {self.r.randint(1, 9)}LP"
        if k == 2:
            return f"{w}weg {n}, 28{d(3)} Bremen"
        if k == 3:
            return f"Via delle {self.r.choice(['Fornaci', 'Rondini', 'Cisterne'])} {n}, 401{d(2)} Bologna"
        if k == 4:
            return f"{n} boulevard des {self.r.choice(['Tanneurs', 'Cordiers', 'Vanniers'])}, 350{d(2)} Rennes"
        if k == 5:
            return f"Unit {self.r.randint(1, 9)}/{n} {w} Parade, Hobart TAS 7000"
        if k == 6:
            return f"{n} {w} Crescent, Saskatoon, SK S7K {self.r.randint(1, 9)}J{self.r.randint(1, 9)}"
        return f"Rua das {self.r.choice(['Amendoeiras', 'Gaivotas', 'Oliveiras'])}, {n}, 4700-{d(3)} Braga"


def name_tokens(names):
    """Tokens of names, split at spaces, hyphens and apostrophes, particles left out (case-folded)."""
    out = set()
    for n in names:
        for t in re.split(r"[\s\-']+", n):
            if t and t.casefold() not in PARTICLES:
                out.add(t.casefold())
    return out


def all_d_names():
    return ([x for v in FIRST_D.values() for x in v] + [x for v in LAST_D.values() for x in v] + WORD_FIRST_D
            + WORD_LAST_D)
