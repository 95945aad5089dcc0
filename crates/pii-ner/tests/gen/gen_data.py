"""Names, places and word lists of the issue-13 generalization set (`gen_set.py`): given and family
names by country, cities, street and organisation words. Sources and licences are in `gen_set.py`'s
module docstring: short lists compiled by hand (Wikidata CC0 items), invented streets and firms;
nothing from Faker or another fake-data library."""

# --- names (see the module docstring for sources and licences) ----------------------------------

FIRST = {
    "ng": ["Chinonso", "Folake", "Emeka", "Yetunde", "Ikechukwu", "Funmilayo", "Segun", "Nneka"],
    "gh": ["Kwame", "Akosua", "Kofi", "Abena", "Yaw", "Efua"],
    "cn": ["Jianguo", "Meiling", "Zhiwei", "Xiuying", "Junjie", "Lihua"],
    "in": ["Arjun", "Kavitha", "Nikhil", "Shreya", "Rajesh", "Meenakshi", "Vikram", "Pooja"],
    "pk": ["Imran", "Ayesha", "Bilal", "Sana", "Usman"],
    "tr": ["Cem", "Derya", "Kerem", "Selin", "Hakan", "Gülşen"],
    "pl": ["Piotr", "Joanna", "Grzegorz", "Magdalena", "Łukasz", "Dorota"],
    "ru": ["Dmitri", "Svetlana", "Aleksei", "Natalya", "Sergei", "Yekaterina"],
    "vn": ["Minh", "Lan", "Tuấn", "Hương", "Phúc"],
    "id": ["Rizky", "Putri", "Bambang", "Indah", "Hendra"],
    "ar": ["Tariq", "Amira", "Hassan", "Rania", "Mustafa", "Salma"],
    "mx": ["Alejandro", "Guadalupe", "Rodrigo", "Mariana", "Emiliano", "Fernanda"],
    "br": ["João", "Luíza", "Rafael", "Beatriz", "Gustavo", "Larissa"],
    "kr": ["Dong-hyun", "Ji-woo", "Sung-min", "Eun-ji"],
    "jp": ["Takeshi", "Yuki", "Kenji", "Sakura", "Hiroshi"],
    "ph": ["Rowena", "Jomar", "Lorna", "Reynaldo"],
    "ke": ["Njeri", "Mwangi", "Wambui", "Kipchoge"],
    "ir": ["Mehdi", "Nasrin", "Kourosh", "Leila"],
    "de": ["Jürgen", "Ursula", "Matthias", "Sabine", "Wolfgang"],
    "fr": ["Benoît", "Hélène", "Mathieu", "Élodie", "Thierry"],
    "it": ["Giuseppe", "Chiara", "Alessandro", "Francesca"],
    "se": ["Björn", "Ingrid", "Sven", "Astrid"],
    "et": ["Abebe", "Tigist", "Dawit", "Meseret"],
    "us": ["Dwayne", "Shannon", "Tyler", "Brittany", "Marcus"],
    "ie": ["Siobhán", "Cian", "Aoife", "Declan"],
}
LAST = {
    "ng": ["Okafor", "Adeyemi", "Nnamdi", "Ogunleye", "Chukwu", "Afolabi", "Uche"],
    "gh": ["Mensah", "Owusu", "Boateng", "Asante", "Appiah"],
    "cn": ["Zhang", "Li", "Yang", "Zhou", "Wu", "Sun"],
    "in": ["Sharma", "Nair", "Reddy", "Menon", "Banerjee", "Pillai", "Joshi"],
    "pk": ["Qureshi", "Malik", "Siddiqui", "Chaudhry"],
    "tr": ["Şahin", "Aydın", "Koç", "Doğan", "Kılıç"],
    "pl": ["Nowak", "Kowalczyk", "Dąbrowski", "Mazur", "Jankowska"],
    "ru": ["Ivanov", "Smirnova", "Kuznetsov", "Popova", "Volkov"],
    "vn": ["Lê", "Đặng", "Bùi", "Huỳnh", "Vũ"],
    "id": ["Kusuma", "Pratama", "Setiawan", "Nugroho"],
    "ar": ["Abdullah", "Farouk", "Haddad", "Al-Masri", "Saleh", "Darwish"],
    "mx": ["Hernández", "Gutiérrez", "Ramírez", "Castillo", "Morales", "Vázquez"],
    "br": ["Oliveira", "Pereira", "Carvalho", "Ribeiro", "Azevedo"],
    "kr": ["Lee", "Kang", "Yoon", "Han"],
    "jp": ["Sato", "Watanabe", "Kobayashi", "Yoshida", "Inoue"],
    "ph": ["Santos", "Reyes", "Dela Cruz", "Mercado"],
    "ke": ["Njoroge", "Wafula", "Kiptoo", "Achieng"],
    "ir": ["Hosseini", "Karimi", "Jafari", "Ahmadi"],
    "de": ["Schneider", "Fischer", "Weber", "Hoffmann", "Schäfer"],
    "fr": ["Lefebvre", "Moreau", "Girard", "Fontaine", "Rousseau"],
    "it": ["Esposito", "Bianchi", "Romano", "Colombo"],
    "se": ["Lindqvist", "Johansson", "Bergström", "Nyberg"],
    "et": ["Tesfaye", "Bekele", "Haile", "Girma"],
    "us": ["Whitfield", "Dalton", "Prescott", "Hollis", "Garrison"],
    "ie": ["Ó Briain", "Byrne", "Gallagher", "Kavanagh"],
}
CITIES = [
    ("Lagos", "Nigeria"), ("Accra", "Ghana"), ("Chengdu", "China"), ("Pune", "India"), ("Lahore", "Pakistan"),
    ("Izmir", "Turkey"), ("Wrocław", "Poland"), ("Kazan", "Russia"), ("Da Nang", "Vietnam"), ("Surabaya", "Indonesia"),
    ("Amman", "Jordan"), ("Guadalajara", "Mexico"), ("Porto Alegre", "Brazil"), ("Busan", "South Korea"),
    ("Osaka", "Japan"), ("Cebu City", "Philippines"), ("Mombasa", "Kenya"), ("Shiraz", "Iran"), ("Leipzig", "Germany"),
    ("Lyon", "France"), ("Turin", "Italy"), ("Gothenburg", "Sweden"), ("Addis Ababa", "Ethiopia"), ("Cork", "Ireland"),
    ("Rotterdam", "Netherlands"), ("Valencia", "Spain"), ("Brisbane", "Australia"), ("Winnipeg", "Canada"),
    ("Durban", "South Africa"), ("Leeds", "United Kingdom"),
]
US_CITIES = [("Tucson", "AZ", "857"), ("Omaha", "NE", "681"), ("Raleigh", "NC", "276"), ("Spokane", "WA", "992"),
             ("Tulsa", "OK", "741"), ("Boise", "ID", "837"), ("Dayton", "OH", "454"), ("Fresno", "CA", "937")]
STREET_WORDS = ["Juniper", "Lantern", "Copperleaf", "Wrenfield", "Orchard", "Harrowgate", "Millbrook", "Stonemoor",
                "Quarry", "Bellwether", "Ashgrove", "Foxglove"]
STREET_KINDS = ["Road", "Street", "Lane", "Avenue", "Drive", "Close", "Way", "Terrace"]
ORG_A = ["Tallgrass", "Quillon", "Ferncastle", "Bluemarsh", "Ravensholt", "Coppergate", "Larkspur", "Ironmere",
         "Saltmere", "Vantory", "Heronsgate", "Cobaltine", "Wyndham Vale", "Marlowe & Pike", "Silverhythe"]
ORG_B = ["Logistics Ltd", "GmbH", "Health Partners", "S.A.", "Inc.", "Analytics", "Insurance Group", "Bank",
         "Pty Ltd", "LLP", "Foods", "Engineering", "Legal Services", "Medical Centre", "Software"]
