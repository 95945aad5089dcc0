#!/usr/bin/env python3
"""Writes the fixed text set of the spaCy parity test, tests/data/parity.jsonl, deterministically.

The texts are hand-written sentences plus templates filled from small hand-written lists (people
from many countries, places, organisations, dates, amounts) with a fixed seed, then some of them
lowercased or upper-cased. No generator library and no evaluation corpus is used.

Usage: make_parity_texts.py [OUT]   (default: ../tests/data/parity.jsonl beside this script)
"""
import json
import pathlib
import random
import sys

FIXED = [
    "Apple is looking at buying U.K. startup for $1 billion.",
    "San Francisco considers banning sidewalk delivery robots.",
    "London is a big city in the United Kingdom.",
    "Angela Merkel met Emmanuel Macron in Berlin on Tuesday to discuss the euro.",
    "The Federal Reserve raised interest rates by a quarter of a percentage point on Wednesday.",
    "Dr. Chidi Okonkwo, a surgeon at Lagos University Teaching Hospital, said the ward reopened in March.",
    "Mr. and Mrs. Tanaka flew from Osaka to Honolulu last weekend.",
    "Microsoft Corp. reported revenue of $56.2 billion for the quarter ending June 30, 2024.",
    "The Eiffel Tower was closed for two days after a strike by staff.",
    "Shares of Toyota Motor fell 3% in Tokyo after the yen strengthened.",
    "The U.N. Security Council will meet again next Monday at 10 a.m.",
    "Prime Minister Narendra Modi addressed a rally in Varanasi on Sunday.",
    "Lionel Messi scored twice as Inter Miami beat Orlando City 3-1.",
    "The Amazon river basin covers about 7 million square kilometres.",
    "Researchers at the University of Cape Town published the study in Nature.",
    "Volkswagen AG and Siemens signed a deal worth €2.3bn in Wolfsburg.",
    "The Mississippi River flooded parts of Iowa and Missouri in 1993.",
    "Ms. Ingrid Johansson (Volvo Cars) will chair the panel in Gothenburg.",
    "According to Reuters, Saudi Aramco plans to list more shares this year.",
    "The Pope visited Kinshasa, the capital of the Democratic Republic of the Congo.",
    "Hi John,\n\nThanks for the call yesterday. Could you send the contract to Maria Gonzalez by Friday?\n\nBest,\nPriya",
    "From: Olusegun Adeyemi <o.adeyemi@example.com>\nTo: Hannah Schmidt\nSubject: Invoice 4471\n\nPlease find attached the invoice for October.",
    "Name: Wei Zhang\nDate of birth: 14/02/1987\nAddress: 221B Baker Street, London NW1 6XE\nPhone: +44 20 7946 0958",
    "Patient: Fatima Al-Sayed, 54, admitted 3 Jan 2023 to St. Mary's Hospital, Manchester.",
    "lol did u see what kevin posted last night?? sarah is gonna be so mad",
    "ok meet me at starbucks on 5th ave around 3pm, bring ahmed too",
    "BREAKING: EARTHQUAKE OF MAGNITUDE 6.1 HITS NEAR ISTANBUL, TURKEY",
    "URGENT - PAYMENT OF $4,500 DUE TO ACME HOLDINGS LLC BY MARCH 31",
    "Mr. O'Brien-Smith (née Kowalski) lives at 12 rue de la Paix, 75002 Paris, France.",
    "José Álvarez and Zoë Þórsdóttir met at Café Müller in Zürich.",
    "Søren Kierkegaard was born in Copenhagen on 5 May 1813.",
    "The Großglockner is Austria's highest mountain at 3,798 m.",
    "Nguyễn Văn An moved from Hà Nội to Ho Chi Minh City in 2019.",
    "Call Dmitri Ivanov at (212) 555-0187 or e-mail dmitri@example.org — he's in New York until Thursday.",
    "The meeting (see agenda!!!) is on 2024-05-17... or was it the 18th???",
    "“We’re not leaving,” said Aisha Bello, a spokeswoman for the Nigerian Labour Congress.",
    "Prices rose 4.5 per cent in the year to September, the Office for National Statistics said.",
    "He paid ¥12,000 for a ramen lunch in Shinjuku — worth every yen.",
    "The Boston Red Sox beat the New York Yankees 7–2 at Fenway Park.",
    "NASA's Perseverance rover landed on Mars on February 18, 2021.",
    "In 1969, Neil Armstrong became the first person to walk on the Moon.",
    "The World Health Organization declared the outbreak over in Geneva.",
    "Tesla, Inc. shares jumped after Elon Musk's tweet on Friday night.",
    "Ana Beatriz Silva, CEO of Banco Itaú, spoke in São Paulo.",
    "Kwame Mensah and Abena Owusu run a small bakery in Kumasi, Ghana.",
    "The Hindu festival of Diwali falls in late October or early November.",
    "Republicans and Democrats clashed over the budget in Washington.",
    "Many Brazilians and Argentinians travelled to Qatar for the World Cup.",
    "Tickets cost £35 for adults and £15 for children under 12.",
    "The train from Frankfurt to Amsterdam takes about four hours.",
    "Ravi Shankar, 45, of Bengaluru, was appointed head of Infosys's AI unit.",
    "Please wire 10,000 EUR to Deutsche Bank, IBAN DE89 3704 0044 0532 0130 00.",
    "Meeting notes - 12 Nov: attendees Li Na, Omar Farouk, Eva Nováková; next steps TBD.",
    "john smith, 42 main st, springfield, il 62704",
    "MARY JOHNSON\n1600 PENNSYLVANIA AVENUE NW\nWASHINGTON, DC 20500",
    "Dear Sir or Madam, I am writing to complain about order #88213 from Zalando.",
    "Kind regards,\nMohammed Rahman\nSenior Engineer, Siemens Healthineers\nErlangen, Germany",
    "@maria_k thanks!! see u in barcelona next week 🎉🎉",
    "The Great Barrier Reef lies off the coast of Queensland, Australia.",
    "Google's parent company Alphabet said it would invest $2 billion in Poland.",
    "The Louvre, the British Museum and the Met are among the most visited museums.",
    "Tropical Storm Helene made landfall near Tallahassee, Florida, late Thursday.",
    "The European Central Bank kept rates unchanged at 4%.",
    "Pablo Picasso painted Guernica in 1937.",
    "Harvard University and MIT are both in Cambridge, Massachusetts.",
    "Yuki Sato won the gold medal in the women's 200 metres in Paris.",
    "The Nile flows north through Sudan and Egypt into the Mediterranean Sea.",
    "Kenya Airways flight KQ101 from Nairobi arrived two hours late.",
    "The Christian Democratic Union lost votes to the Greens in Bavaria.",
    "Chancellor Olaf Scholz and President Joe Biden spoke by phone for 45 minutes.",
    "Sales at Carrefour SA fell 2.1% in the third quarter.",
    "Alibaba Group Holding Ltd. is headquartered in Hangzhou.",
    "Samsung Electronics will build a $17 billion plant in Taylor, Texas.",
    "Rio de Janeiro's Carnival draws millions of visitors every February.",
    "The Himalayas stretch across Nepal, Bhutan, India and China.",
    "An estimated 2.5 million people attended the Kumbh Mela in Prayagraj.",
    "The Golden Gate Bridge opened on May 27, 1937.",
    "Heathrow Airport handled 79 million passengers last year.",
    "Beyoncé performed at Wembley Stadium for three nights in June.",
    "The Supreme Court ruled 6-3 in favour of the state of Mississippi.",
]

# Texts that stress the tokenizer and the lexical attributes: white space runs, URLs, e-mails,
# contractions, abbreviations, emoticons, hyphens, non-Latin scripts, digits of other scripts.
TRICKY = [
    "I can't believe it's not Paul's car -- it's Ana's!!",
    "We'll meet at 9:30am in N.Y.C., then fly to L.A. w/ Dr. Evans.",
    "Visit https://www.example.com/path?q=1&lang=en or http://foo.bar.org for details on Siemens.",
    "Write to anna.kowalski@firma.pl (cc: j.doe@mail.example.co.uk) before 5 p.m.",
    "Name:\tYusuf Demir\nCity:\tAnkara\n\nNotes:   two   spaces   here  and   there",
    "  Leading spaces before Barack Obama and trailing ones after Chicago.   ",
    "She said :) then :-( and finally ^_^ before leaving for Rome.",
    "Mid-2023, the Franco-German summit in Aix-en-Provence was well-attended.",
    "Москва и Санкт-Петербург are Russia's two largest cities, said Ivan Petrov.",
    "東京 (Tokyo) and 大阪 (Osaka) are linked by the Shinkansen run by JR Central.",
    "مرحبا! Ahmed Mansour from Dubai wrote this in Arabic and English.",
    "The Greek word Αθήνα means Athens; Κώστας Παπαδόπουλος lives there.",
    "Price: US$1,299.99 (approx. £1,020 / €1,190 / ¥190,000 / ₹1,08,000)",
    "Items: apples (3), pears (12), plums [5], cherries {40} — total 60.",
    "Hmm... well... I guess Mr. Kapoor won't come?!",
    "The U.S.-China trade talks resumed in Geneva on Jan. 7th.",
    "E.ON, AT&T and Procter & Gamble reported earnings; H&M did not.",
    "Call +1-800-555-0199 ext. 42 or 0800 123 4567 (UK).",
    "The 1990s–2000s boom in Shenzhen created companies like Huawei and Tencent.",
    "Version 2.0.1 of the app, released 03/04/2022, fixed 17 bugs reported by users in Oslo.",
    "#MeToo and #BlackLivesMatter trended worldwide after posts by @AOC and @BarackObama.",
    "He's 6'2\" tall and weighs 190lbs, according to the Dallas Cowboys.",
    "Don't forget: the deadline's Friday, Oct. 3, at noon ET.",
    "‘Hello,’ said Ólafur Arnalds in Reykjavík’s Harpa concert hall.",
    "The café’s owner, Zoë Saldaña-Pérez, opened a second shop in Montréal.",
    "Temperatures ranged from -5°C to 12°C in Ulaanbaatar yesterday.",
    "Order no. 55-A/2021 was shipped via DHL Express to Kraków, Poland.",
    "IBM's Watson, Google's DeepMind and OpenAI's GPT-4 were compared.",
    "The ratio was 3:1 in favour, with 2/3 of members from Texas voting yes.",
    "Ph.D. candidates at the Univ. of Toronto, incl. Mr. Lee, must register by Sept. 1.",
    "gonna grab coffee w/ priya and jose at the mall, u coming?",
    "THE ACME CORPORATION, 350 FIFTH AVENUE, NEW YORK, NY 10118, USA",
    "Re: Re: Fwd: Q3 numbers (Berlin office)",
    "St. Petersburg, Fla., and St. Louis, Mo., both saw record rain.",
    "The ‘Big Four’ — Deloitte, PwC, EY and KPMG — audit most FTSE 100 firms.",
    "Al-Azhar University in Cairo was founded in 970–972 AD.",
    "The first-ever all-female crew, led by Cmdr. Jessica Meir, did a space-walk.",
    "In '89 the Wall fell; by '90 Germany was reunited.",
    "¿Dónde está Juan? ¡Ayúdame! asked Lucía in Bogotá.",
    "Ice-cream sales in Melbourne rose 12.5%; year-on-year, that's +3pp.",
    "Total: 1,234.56 USD\nPaid by: VISA ****4242\nMerchant: Blue Bottle Coffee, Oakland CA",
    "The Ganges (Gaṅgā) is sacred to Hindus; Varanasi lies on its banks.",
    "Øresund Bridge links Copenhagen and Malmö across the strait.",
    "Fr. Dominic O'Malley, S.J., and Sr. Agnes blessed St. Brigid's Church.",
    "Arrived @ 10:45 — left @ 11:02. Driver: K. Nakamura (badge #0093).",
    "10 Downing St. said Rishi Sunak would visit Kyiv next week.",
    "Maj. Gen. Oleksandr Syrskyi and Lt. Col. Anna Kovalenko briefed NATO in Brussels.",
    "The band AC/DC played the O2 Arena; Guns N' Roses played Madison Square Garden.",
    "x = 3; y = x**2 + 1; print(y)  # Python prints 10",
    "Emoji test: 👍🏽 great job Fatou! 🇸🇳 🇫🇷",
    "Wow!!!Amazing!!!Thanks,Sam!!!See you in Lisbon!!!",
    "a.b.c. and A.B.C. and e.g. and i.e. and etc. and vs. and Inc. in Delaware",
    "The dollar rose to 151.20 yen, its highest since 1990, Bloomberg reported.",
    "Nairobi-based M-Pesa processed KSh 35 trillion in 2023.",
    "Bill will rose early; Rose will bill Will later, said June in May.",
    "Contact: Jean-Luc Picard, Starfleet HQ, San Francisco, CA 94129",
    "Sen. Elizabeth Warren (D-Mass.) questioned Jerome Powell on Tuesday.",
    "The ٢٠٢٤ budget and the ०५ plan were drafted in Riyadh and Delhi.",
    "Her handle is @lena.müller_92 and her site is lena-mueller.de.",
    "Born: 1 January 1970 • Died: 31 December 2020 • Resting place: Père Lachaise, Paris",
    # Scripts with combining marks, circled and full-width forms, odd white space.
    "नमस्ते, मेरा नाम राहुल शर्मा है। I live in दिल्ली with Priya.",
    "السَّلَامُ عَلَيْكُمْ — Ahmed from الرياض met Fatima.",
    "สวัสดีครับ Somchai from กรุงเทพ visited Chiang Mai.",
    "ǅemal Bijedić and ǈubica met in Sarajevo; Ⅻ and ⅷ are Roman numerals.",
    "x² + y³ = z¹, ①②③, ½ cup, ٣ apples, 五 books, ＡＢＣ Corp in Ｔｏｋｙｏ.",
    "Family: 👨\u200d👩\u200d👧\u200d👦 and flags 🏳️\u200d🌈 with Maria in São Paulo.",
    "Straße, İstanbul, ΣΊΣΥΦΟΣ, ß, ﬁnance, Ǆ, ᾼ in Athens with Dimitris.",
    "Separators\u001ehere\u001fand\u000bthere\u0085and\u00a0nbsp\u2009thin\u200bzero-width for John Smith in Paris.",
    "Tabs\tand\r\nwindows lines\n\n\nfor Jane Doe at Google.   Triple   spaces.",
    "COMBINING: e\u0301cole, Zoe\u0308, n\u0303 by Jose\u0301 in Me\u0301xico.",
    "Ⓐ ⓑ ㈱ Sony ™ ® © § ¶ † ‡ • ‣ ′ ″ ‰ ‱ ℃ ℉ № ℡ — Canon Inc. in Ōsaka.",
    "Her number is ０９０-１２３４-５６７８ and she's Yumi Tanaka from 東京都.",
    "Sen. Elizabeth Warren (D-Mass.) and Rep. Ro Khanna (D-Calif.) met Gov. Greg Abbott (R-Tex.).",
    "The ANC's Cyril Ramaphosa, the DA's John Steenhuisen and the EFF's Julius Malema debated in Cape Town.",
]

FIRST = ["James", "Maria", "Wei", "Fatima", "Olga", "Carlos", "Aiko", "Mohammed", "Priya", "Kofi",
         "Ingrid", "Mateo", "Leila", "Hiroshi", "Ana", "Sipho", "Dmitri", "Chloé", "Björn", "Amara",
         "Rajesh", "Svetlana", "Tomás", "Nkechi", "Giulia", "Hamid", "Mei", "Lars", "Esther", "Juan",
         "Anh", "Oluwaseun", "Katarzyna", "Yusuf", "Emily", "Arjun", "Zainab", "Pierre", "Ji-woo", "Siobhan"]
LAST = ["Smith", "García", "Chen", "Khan", "Petrova", "Rodríguez", "Yamamoto", "Al-Hassan", "Patel",
        "Mensah", "Lindqvist", "Fernández", "Haddad", "Suzuki", "Oliveira", "Dlamini", "Volkov", "Dubois",
        "Eriksson", "Okafor", "Iyer", "Kuznetsova", "Novak", "Eze", "Rossi", "Karimi", "Wong", "Jensen",
        "Cohen", "Martínez", "Nguyen", "Adebayo", "Kowalska", "Demir", "O'Connor", "Sharma", "Bello",
        "Lefèvre", "Kim", "Murphy"]
CITIES = ["London", "Paris", "Lagos", "Mumbai", "São Paulo", "Tokyo", "Nairobi", "Berlin", "Toronto",
          "Sydney", "Cairo", "Mexico City", "Seoul", "Istanbul", "Buenos Aires", "Jakarta", "Warsaw",
          "Dublin", "Manila", "Johannesburg", "Chicago", "Lima", "Hanoi", "Karachi", "Stockholm",
          "Montreal", "Accra", "Madrid", "Kyiv", "Auckland"]
COUNTRIES = ["Nigeria", "India", "Brazil", "Japan", "Kenya", "Germany", "Canada", "Australia", "Egypt",
             "Mexico", "South Korea", "Turkey", "Argentina", "Indonesia", "Poland", "Ireland",
             "the Philippines", "South Africa", "the United States", "Peru", "Vietnam", "Pakistan",
             "Sweden", "France", "Ghana", "Spain", "Ukraine", "New Zealand", "Italy", "Chile"]
ORGS = ["Barclays", "the World Bank", "Unilever", "Infosys", "Petrobras", "Sony Group Corp.",
        "Safaricom", "BMW AG", "Shopify Inc.", "Qantas", "the Red Cross", "Samsung", "Turkish Airlines",
        "Mercado Libre", "Orlen", "Ryanair Holdings plc", "Jollibee Foods", "MTN Group", "Ford Motor Co.",
        "Interbank", "VinGroup", "Habib Bank", "IKEA", "the United Nations", "Ecobank", "Telefónica",
        "Naftogaz", "Fonterra", "Ferrari N.V.", "Codelco", "Amnesty International", "Oxfam",
        "the European Commission", "Goldman Sachs", "Reliance Industries", "Nestlé S.A."]
NORPS = ["Nigerian", "Indian", "Brazilian", "Japanese", "Kenyan", "German", "Canadian", "Australian",
         "Egyptian", "Mexican", "Korean", "Turkish", "Argentine", "Polish", "Irish", "Filipino",
         "Peruvian", "Vietnamese", "Swedish", "French", "Ghanaian", "Spanish", "Ukrainian", "Italian",
         "Muslim", "Catholic", "Buddhist", "Republican", "Democratic"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
STREETS = ["Main Street", "Oak Avenue", "High Street", "Rua Augusta", "Calle Mayor", "Queen's Road",
           "Marine Drive", "Unter den Linden", "Nguyen Hue Boulevard", "Kenyatta Avenue"]
ROLES = ["chief executive", "spokeswoman", "finance minister", "head coach", "senior analyst",
         "lead author", "mayor", "founder", "ambassador", "professor of economics"]
PRODUCTS = ["laptop", "phone", "bike", "sofa", "camera", "ticket", "subscription"]

TEMPLATES = [
    "{P} , the {role} of {O}, said on {day} that the company would open an office in {C}.",
    "{P} was born in {C}, {K}, on {d} {m} {y}.",
    "{O} agreed to buy a stake in {O2} for ${n} million, people familiar with the matter said.",
    "Police in {C} arrested a {age}-year-old man on {day} night.",
    "The {N} government said {P} would lead the delegation to {C} in {m}.",
    "{P} and {P2} were married in {C} in {y}.",
    "Dear {F},\n\nYour order of a {prod} will arrive on {day}, {d} {m}.\n\nThanks,\n{O} customer service",
    "Hi {F}! are we still on for dinner in {C} on {day}? - {F2}",
    "Name: {P}\nEmployer: {O}\nCity: {C}\nStart date: {d}/{mm}/{y}",
    "{n2} {street}, {C}, {K}",
    "Flight from {C} to {C2} cancelled; {O} blamed a strike by {N} air traffic controllers.",
    "Invoice #{n3} for {F} {L}: total due €{n},{n3} by {m} {d}, {y}.",
    "{P} ({age}) scored in the {ord} minute as {C} beat {C2} 2-0.",
    "\"I never expected this,\" {P} told reporters in {C} after the verdict.",
    "The {N} community in {C} celebrated the festival for {w} days.",
    "{O} shares fell {pct}% in early trading in {C} on {day}.",
    "Signed: {P}, {role}, {O}, {C}, {d} {m} {y}",
    "{F} {L} <{f}.{l}@example.com> wrote: can you call me back at 555-01{n2}?",
    "Temperatures in {C} reached {t} degrees on {day}, the highest since {y}.",
    "{P} of {C} has been appointed {role} at {O}, effective {m} 1.",
    "Census data show {K} added {n} thousand residents between {y} and {y2}.",
    "Mr {L} and Ms {L2} both work for {O} in {C}.",
    "The report by {O} says {K} spent {pct} per cent of its GDP on health in {y}.",
    "RE: meeting w/ {F} ({O}) - moved to {day} {h}:30, room {n2}",
    "{P} asked {P2} whether {O} would sponsor the {C} marathon in {m}.",
    "Customer {P}, account {n3}-{n3}, reported a fraud attempt from {K}.",
    "After {w} years in {C}, {P} returned to {K} to work for {O}.",
    "At {h} p.m. on {day}, {P} arrived at {C} airport with {n2} colleagues.",
]

ORD = ["5th", "12th", "23rd", "37th", "41st", "68th", "90th"]


def fill(tpl, r):
    f, l = r.choice(FIRST), r.choice(LAST)
    f2, l2 = r.choice(FIRST), r.choice(LAST)
    c, c2 = r.sample(CITIES, 2)
    o, o2 = r.sample(ORGS, 2)
    y = r.randint(1950, 2024)
    vals = dict(
        P=f"{f} {l}", P2=f"{f2} {l2}", F=f, L=l, F2=f2, L2=l2, f=f.lower(), l=l.lower().replace("'", ""),
        C=c, C2=c2, K=r.choice(COUNTRIES), O=o, O2=o2, N=r.choice(NORPS), role=r.choice(ROLES),
        day=r.choice(DAYS), d=r.randint(1, 28), m=r.choice(MONTHS), mm=f"{r.randint(1, 12):02d}", y=y,
        y2=y + r.randint(1, 10), n=r.randint(2, 950), n2=r.randint(10, 99), n3=r.randint(100, 999),
        age=r.randint(18, 90), prod=r.choice(PRODUCTS), street=r.choice(STREETS), ord=r.choice(ORD),
        w=r.randint(2, 30), pct=f"{r.randint(1, 15)}.{r.randint(0, 9)}", t=r.randint(30, 48),
        h=r.randint(1, 11),
    )
    text = tpl.format(**vals)
    return text.replace(" ,", ",")


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "parity.jsonl"
    r = random.Random(20240517)
    texts = list(FIXED) + list(TRICKY)
    # Templates, each several times with different fillers.
    for rep in range(9):
        for tpl in TEMPLATES:
            texts.append(fill(tpl, r))
    # Case variants: lowercase chat, ALL-CAPS headlines, of some template texts.
    base = texts[len(FIXED):]
    for t in r.sample(base, 25):
        texts.append(t.lower())
    for t in r.sample(base, 20):
        texts.append(t.upper())
    # A few longer documents made of several sentences.
    for _ in range(10):
        texts.append(" ".join(fill(r.choice(TEMPLATES), r) for _ in range(r.randint(3, 6))))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    print(f"{len(texts)} texts -> {out}")


if __name__ == "__main__":
    main()
