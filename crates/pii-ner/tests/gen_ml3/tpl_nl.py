"""Nederlandstalige sjablonen voor de derde meertalige generalisatieset (zie gen_ml3.py).

Dutch templates for the third multilingual generalization set (see gen_ml3.py), written fresh for
this set, natively in Dutch (Netherlands and Flanders): brieven, HR-stukken, medische en juridische
documenten, e-mails, chats, notulen, formulieren, exports, bonnen, berichten en aankondigingen zoals
ze in Nederland en België werkelijk worden opgesteld.

Herkomst van de namen: met de hand samengestelde lijsten van gewone voor- en achternamen die in
Nederland en Vlaanderen veel voorkomen, in de buurlanden en in de grotere migrantengemeenschappen
(Turks, Marokkaans, Surinaams-Hindoestaans en -Javaans, Moluks, Pools, Duits, Franstalig België),
van het soort dat als Wikidata-item voor voornaam / familienaam is vastgelegd (Wikidata: CC0 1.0).
Geen enkele naam komt uit Faker of een andere bibliotheek voor nepgegevens. Organisaties en
maildomeinen zijn verzonnen; plaatsen en straatnamen zijn gewone Nederlandse en Belgische namen.
"""

GIVEN_F = [
    # Nederland (incl. Friese namen)
    "Wietske", "Geertje", "Jildou", "Baukje", "Ineke", "Machteld", "Roosmarijn", "Evelien",
    "Liesbeth", "Willemijn", "Annemiek", "Heleen", "Bregje", "Marjolein", "Jacomien", "Gerdien",
    "Froukje", "Tjitske", "Esmée", "Daniëlle", "Henriëtte", "Noortje", "Mirthe", "Floortje",
    "Kim-Lynn", "Mia-Rose",
    # Vlaanderen
    "Katrien", "Hanne", "Kaat", "Jozefien", "Goedele", "Lutgart", "Godelieve", "Febe", "Jente",
    # Turkse gemeenschap (dubbele voornamen als twee woorden)
    "Hatice Kübra", "Fatma Nur", "Songül", "Derya", "Özlem", "Sümeyye", "Tülay",
    # Marokkaanse gemeenschap
    "Soukaina", "Loubna", "Siham", "Chaïma", "Oumaima", "Asmae", "Hafsa", "Ikram",
    # Surinaamse gemeenschap (Hindoestaans, Creools)
    "Radjkoemarie", "Sunita", "Kavita", "Ashwina", "Reshma", "Priscilla",
    # Poolse gemeenschap, buurlanden (Duitsland, Franstalig België)
    "Dorota", "Iwona", "Imke", "Silke", "Mireille", "Joséphine",
]

GIVEN_M = [
    # Nederland (incl. Friese namen)
    "Jochem", "Freek", "Hidde", "Durk", "Wiebe", "Douwe", "Hessel", "Menno", "Reinier", "Diederik",
    "Coen", "Floris", "Sybren", "Harmen", "Gerben", "Bastiaan", "Ewout", "Wessel", "Maurits",
    "Mathijs", "Jasper", "Berend", "Chiel", "Huub", "Sjef", "Gijsbert", "Wijnand", "Jurriaan",
    "Johan-Frederik",
    # Vlaanderen
    "Staf", "Bavo", "Joris", "Warre", "Tuur", "Lowie", "Jorre", "Tijl", "Joeri", "Kobe",
    # Turkse gemeenschap
    "Yusuf", "Serkan", "Oğuz", "Gökhan", "Cem", "Ali Osman",
    # Marokkaanse gemeenschap
    "Brahim", "Mounir", "Driss", "Khalid", "Mohammed Amine",
    # Surinaamse gemeenschap
    "Sunil", "Roshan", "Rakesh", "Kiran",
    # Poolse gemeenschap
    "Paweł",
]

FAMILY = [
    # Nederland: patroniemen, beroeps- en plaatsnamen, met kleine tussenvoegsels
    "Wijnands", "Verbeek", "van Rijswijk", "Boersma", "Terpstra", "Hofstede", "Geurts",
    "Kloosterman", "Lammers", "Sijbrands", "van Tongeren", "Harmsen", "Hilhorst", "Breukelaar",
    "Dekkers", "Schoonhoven", "Hiemstra", "Wijffels", "Oudshoorn", "Blokland", "Hogendoorn",
    "Buitenhuis", "Wagenaar", "Roelofs", "Lindeboom", "Rozendaal", "Bulthuis", "Kusters",
    "Meulendijks", "Gerritsen", "Rademakers", "Bouwmeester", "Kooistra", "Bergsma", "Dijkgraaf",
    "van der Zanden", "van de Wetering", "van der Hulst", "ten Hoopen", "Terhorst", "Oudejans",
    # Nederland: dubbele namen (eigen naam + naam partner)
    "Hazenberg-van Mierlo", "Kalsbeek-Hiemstra",
    # Vlaanderen: tussenvoegsels met hoofdletter, zoals in België geschreven
    "Vandenberghe", "Van de Velde", "De Smedt", "Verhaeghe", "Vanhoutte", "Goethals", "Van Damme",
    "Lemmens", "Moens", "Declercq", "Verstraete", "Vercammen", "Van Acker", "D'hondt", "Vlaeminck",
    "Van Hecke", "De Backer", "Callewaert", "Wuyts", "Mertens", "Coppens", "Vanderstraeten",
    "Verlinden", "Vandewalle", "Heylen", "Seghers", "Daems", "Nuyts", "Vanneste",
    # Franstalig België, Duitsland
    "Deprez", "Köhler", "Brinkhoff",
    # Turkse gemeenschap
    "Kılıç", "Özdemir", "Yıldırım", "Aksoy", "Güler", "Erdoğan", "Bulut",
    # Marokkaanse gemeenschap
    "El Haddouchi", "Ouazzani", "Lamrani", "Achahbar", "Aouragh", "Boujdaini", "Rahmouni", "Tahiri",
    # Surinaamse gemeenschap (Hindoestaans, Javaans)
    "Jagesar", "Mahabier", "Ramsaran", "Bisessar", "Kalpoe", "Sital", "Badloe", "Kromodimedjo",
    # Molukse gemeenschap
    "Tuhumury", "Latumahina", "Pattiasina", "Wattimena",
    # Poolse gemeenschap
    "Kowalczyk",
]

CITIES = [
    # Nederland
    "Zwolle", "Deventer", "Leeuwarden", "Assen", "Roermond", "Venlo", "Heerlen", "Gouda",
    "Harderwijk", "Enkhuizen", "Middelburg", "Terneuzen", "Dokkum", "Meppel", "Veenendaal",
    "Zeist", "Purmerend", "Den Haag", "'s-Hertogenbosch", "Bergen op Zoom", "Alphen aan den Rijn",
    "Capelle aan den IJssel", "Etten-Leur", "Wijk bij Duurstede",
    # Vlaanderen
    "Gent", "Leuven", "Mechelen", "Hasselt", "Kortrijk", "Roeselare", "Turnhout", "Dendermonde",
    "Sint-Niklaas", "Sint-Truiden",
]

STREETS = [
    # Nederland
    "Julianalaan", "Van Speijkstraat", "Hoogstraat", "Achter de Kerk", "Nieuwe Binnenweg",
    "Lange Nieuwstraat", "Heuvelring", "Brouwersgracht", "Meidoornlaan", "Populierenweg",
    "Tiendweg", "Zuiderhaven", "Burgemeester Roelenweg", "Oranjeboomstraat", "Prins Hendrikkade",
    "Wilhelminapark",
    # Vlaanderen
    "Vlasmarkt", "Sint-Jansstraat", "Mechelsesteenweg", "Diestsestraat", "Kortrijksesteenweg",
    "Dorpsplein", "Veldstraat", "Koning Albertlaan",
]

ORGS = [
    # firma's met rechtsvorm
    "Installatiebedrijf Ketelaar B.V.", "Dekkerman Logistiek B.V.", "Pelsma Drukwerk BV",
    "Vanderplas Elektrotechniek NV", "Brouwerij Ter Hoeve bv", "Van Oorschot Transport V.O.F.",
    "Coöperatie Zuivelunie Noordveld U.A.", "Flexwerk Plus Uitzendbureau B.V.",
    "Bouwonderneming Gebr. Stroeve B.V.", "Verhuizingen Moerman-Dewulf bvba",
    # vrije beroepen
    "Kloek & Wendt Advocaten", "Accountantskantoor Ruygrok & Partners", "Notariskantoor Verwaijen",
    # zorg
    "Huisartsenpraktijk Rijnoever", "Tandartsenpraktijk De Linde", "Fysiotherapie Het Anker",
    "Medisch Centrum Vechtstede", "AZ Sint-Remaclus", "Dierenkliniek De Zwaluw",
    "Stichting Wijkzorg Het Hofje",
    # onderwijs, verenigingen, clubs
    "Basisschool De Klimop", "Scholengemeenschap Het Baken", "vzw Jeugdhuis De Kering",
    "Korfbalvereniging Snel & Zeker", "Voetbalvereniging De Valken '48", "Harmonie Sint-Cecilia",
    # (semi)publiek
    "Woningstichting Eigen Erf", "Regionale Uitvoeringsdienst Middengebied",
    "Sociaal Huis Stedenband",
    # winkels
    "Fietsenwinkel De Trapper", "Bakkerij Van Houdt", "Kapsalon Knip & Zo",
]

MAIL_DOMAINS = [
    "kloekwendt.nl", "vechtstede-mc.nl", "hetbaken-school.nl", "eigenerf-wonen.nl",
    "dekkerman-logistiek.nl", "postvakje.nl", "jeugdhuisdekering.be", "sintremaclus-az.be",
]


TUNE = {
    "zakelijke_brief_offerte": """
{ORG}
{ADDR}
Tel. {PHONE}

Aan mevrouw {IN1}
{ADDR2}

{CITY}, {DATE}

Betreft: offerte {NUM} vervanging cv-ketel

Geachte mevrouw {L1},

Hartelijk dank voor uw aanvraag en voor de tijd die u op {DATE2} nam om onze monteur rond te
leiden. Zoals besproken vervangen wij de bestaande ketel door een hr-combiketel met slimme
thermostaat. De werkzaamheden nemen één werkdag in beslag.

Totaalprijs inclusief btw en montage: € {AMT}.
Deze offerte is dertig dagen geldig. Gaat u akkoord, dan kunt u de offerte ondertekend
terugsturen of mailen naar {EMAIL2}.

Met vriendelijke groet,

{P2}
Adviseur installatietechniek
{ORG}
""",
    "arbeidsovereenkomst_uittreksel": """
ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD (uittreksel)

De ondergetekenden:

1. {ORG}, gevestigd te {CITY}, hierbij rechtsgeldig vertegenwoordigd door de heer {P2},
   directeur, hierna te noemen: "werkgever";
2. mevrouw {P1}, geboren op {DOB}, wonende te {ADDR}, BSN {BSN},
   hierna te noemen: "werknemer";

komen het volgende overeen:

Artikel 1 – Functie en aanvang
Werknemer treedt per {DATE} in dienst in de functie van planner binnendienst. De
arbeidsovereenkomst wordt aangegaan voor de duur van twaalf maanden.

Artikel 3 – Salaris
Het bruto maandsalaris bedraagt € {AMT} bij een volledige werkweek van 38 uur. Betaling vindt
plaats vóór de 25e van iedere maand op rekeningnummer {IBAN} ten name van werknemer.

Artikel 7 – Proeftijd
Er geldt een proeftijd van één maand.

Aldus opgemaakt en in tweevoud ondertekend te {CITY} op {DATE2}.

{P2}                                   {P1}
namens werkgever                       werknemer
""",
    "loonstrook": """
{ORG}                                         SALARISSTROOK
                                              Periode: maart {YEAR}
Werknemer ......... {PU3}
Personeelsnr. ..... {NUM}
BSN ............... {BSN}
Geboortedatum ..... {DOB}
Adres ............. {ADDR}
Datum in dienst ... {DATE}

Omschrijving                     Bedrag
Salaris                        3.214,00
Toeslag onregelmatigheid          187,40
Loonheffing                      -612,87
Pensioenpremie werknemer         -241,05
-------------------------------------------
Netto uit te betalen           2.547,48
Reservering vakantiegeld          {AMT}

Overgemaakt op {IBAN} t.n.v. {IN3}
Vragen? Neem contact op met de salarisadministratie, {P4}, tel. {PHONE}.
""",
    "verlofaanvraag": """
AANVRAAGFORMULIER VERLOF

Naam medewerker ............ {P3}
Personeelsnummer ........... {NUM}
Afdeling ................... Klantenservice
Leidinggevende ............. {P2}
Soort verlof ............... vakantie / bijzonder verlof (doorhalen wat niet van toepassing is)
Eerste verlofdag ........... {DATE}
Laatste verlofdag .......... {DATE2}
Aantal uren ................ 64
Toelichting ................ bruiloft van mijn zus in {CITY}

Handtekening medewerker:     {IN3}

Ruimte voor de leidinggevende
Akkoord: ja / nee
Paraaf: {IN2}              Datum: ____________

Lever dit formulier uiterlijk vier weken voor de eerste verlofdag in bij P&O.
""",
    "verwijsbrief_huisarts": """
{ORG}
{ADDR}
Telefoon {PHONE} – spoedlijn {PHONE2}

Verwijzing naar: polikliniek dermatologie, {ORG2}
Datum: {DATE}

Geachte collega,

Hierbij verwijs ik mevrouw {P1}, geboren {DOB}, wonende {ADDR2}, BSN {BSN}.

Reden van verwijzing: sinds enkele maanden een langzaam groeiende, gepigmenteerde laesie op
de linkerschouder, recent jeuk en onregelmatige rand. Graag uw beoordeling en zo nodig excisie.

Voorgeschiedenis: hypothyreoïdie, appendectomie.
Medicatie: levothyroxine 75 µg 1dd1.
Allergieën: geen bekend.

Mevrouw {L1} is op de hoogte van de verwijzing en neemt zelf contact op voor een afspraak.

Met collegiale groet,

{P4}, huisarts
AGB-code {NUM}
""",
    "herhaalrecept": """
{ORG}
{ADDR}                        tel. {PHONE}

RECEPT                                        {CITY}, {DATE}

Naam patiënt: {PC3}
Geb.datum:    {DOB}
Adres:        {ADDR2}

R/ Omeprazol caps msr 20 mg
   da tal no. 90 (negentig)
   S. 1 dd 1 capsule, een half uur voor het ontbijt

R/ Paracetamol tablet 500 mg
   da tal no. 50
   S. z.n. max. 6 dd 1 tablet

Herhaling: 2x

{IN2}, huisarts
""",
    "volmacht_vlaanderen": """
VOLMACHT

Ondergetekende, {P1}, geboren op {DOB}, rijksregisternummer {RRN},
wonende te {ADDR},

geeft hierbij volmacht aan

de heer {P2}, wonende te {ADDR2},

om in haar naam en voor haar rekening bij {ORG} alle documenten in ontvangst te nemen en te
ondertekenen met betrekking tot de verkoop van haar wagen, en om de verkoopprijs te ontvangen
op rekening {IBAN}.

Deze volmacht is geldig tot en met {DATE2}.

Opgemaakt te {CITY} op {DATE}, in twee exemplaren.

Handtekening volmachtgever,                 Handtekening volmachthebber,
"Goed voor volmacht"                        "Goed voor aanvaarding"
{P1}                                        {P2}
""",
    "huurovereenkomst_woonruimte": """
HUUROVEREENKOMST WOONRUIMTE
(model conform de Nederlandse huurwetgeving)

Ondergetekenden:
{ORG}, kantoorhoudende te {CITY}, ten deze vertegenwoordigd door {P4},
hierna "verhuurder",

en

{P3}, geboren {DOB}, thans wonende te {ADDR2},
hierna "huurder",

verklaren te zijn overeengekomen:

1.1 Verhuurder verhuurt aan huurder de zelfstandige woonruimte gelegen aan {ADDR}.
2.1 Deze overeenkomst gaat in op {DATE} en is aangegaan voor onbepaalde tijd.
3.1 De kale huurprijs bedraagt € {AMT} per maand; de voorschotbijdrage servicekosten € 45,00.
3.4 Huurder betaalt per maand vooruit, vóór of op de eerste dag van de maand, op rekening
    {IBAN} onder vermelding van contractnummer {NUM}.
4.2 Bij aanvang stort huurder een waarborgsom ter hoogte van twee maanden kale huur.

Getekend te {CITY2} op {DATE2}

verhuurder: {IN4}                       huurder: {IN3}
""",
    "supportticket_storing": """
Ticket #{NUM}   Status: Open   Prioriteit: Hoog
Onderwerp: Internet valt 's avonds steeds weg
Aangemaakt: {DATE} {TIME}
Klant: {P1} <{EMAIL1}>
Telefoon: {PHONE}
Installatieadres: {ADDR}

--- Bericht van klant ---
Goedenavond,
Sinds vorige week valt mijn verbinding elke avond rond half negen weg. Het modem knippert dan
oranje. Ik heb hem al twee keer gereset, zonder resultaat. Ik werk thuis, dus dit is nogal
vervelend.
Groet, {F1}

--- Interne notitie ({P2}) ---
Lijnmeting gedaan: ruis op de lijn vanaf de wijkkast. Monteur ingepland op {DATE2}, dagdeel
middag. Mevrouw {L1} telefonisch geïnformeerd. Doorgezet naar {P4}, team buitendienst.
""",
    "email_doorgestuurd": """
Van: {P2} <{EMAIL2}>
Verzonden: {DATE} {TIME}
Aan: {P3} <{EMAIL3}>
CC: {P4} <{EMAIL4}>
Onderwerp: FW: Planning oplevering blok B

Hoi {F3},

Zie hieronder de mail van {L1}. Kun jij de sleuteloverdracht oppakken? Ik zit die week in
{CITY2}.

Groet,
{F2}

-----Oorspronkelijk bericht-----
Van: {P1} <{EMAIL1}>
Verzonden: {DATE2}
Aan: {P2} <{EMAIL2}>
Onderwerp: Planning oplevering blok B

Beste {F2},

De vooroplevering van blok B in {CITY} schuift een week op, de schilder is later klaar dan
gepland. Ik stel voor dat we de eindoplevering samen met de kopers doen. Bel me gerust even op
{PHONE}.

Met vriendelijke groet,
{P1}
Projectleider, {ORG}
""",
    "whatsapp_buren": """
{DATE}, 19:02 - {P1}: Hallo allemaal! Zaterdag is de opruimdag in het park, wie doet er mee?
{DATE}, 19:05 - {F2}: Ik kom sowieso, neem de grijpers mee 👍
{DATE}, 19:07 - {P3}: Wij zijn er vanaf tien uur. {F4} kan pas na de lunch.
{DATE}, 19:11 - {P4}: Klopt, heb 's ochtends voetbal met de kinderen
{DATE}, 19:12 - {F1}: Prima! Koffie staat klaar bij ons, {ADDR}
{DATE}, 19:20 - {F2}: Moeten we iets regelen bij de gemeente voor de afvalzakken?
{DATE}, 19:22 - {F1}: Heb ik al gedaan, ze worden maandag opgehaald. Vragen? Bel me {PHONE}
{DATE}, 19:30 - {F3}: Top, tot zaterdag!
""",
    "notulen_ledenvergadering": """
Notulen algemene ledenvergadering {ORG}
Datum: {DATE}, aanvang {TIME}
Locatie: kantine, {ADDR}

Aanwezig: {P2} (voorzitter), {P1} (secretaris), {P4} (penningmeester), {P3}, en 31 leden
Afwezig met kennisgeving: vier leden

1. Opening
De voorzitter opent de vergadering en heet in het bijzonder ere-lid {P3} welkom.

2. Notulen vorige vergadering
Goedgekeurd zonder wijzigingen, met dank aan de secretaris.

3. Financieel jaarverslag
{L4} licht de cijfers toe. Het positieve resultaat van € {AMT} wordt toegevoegd aan de
reserve voor nieuwe netten. De kascommissie verleent het bestuur decharge.

4. Bestuursverkiezing
{P1} treedt af en is herkiesbaar; zij wordt bij acclamatie herkozen.

5. Rondvraag en sluiting
Een lid vraagt naar de zaalhuur in {CITY}. Dit wordt uitgezocht door {L2}. Sluiting om 22.15 uur.

Actiepunten: {IN2} – zaalhuur; {IN4} – begroting volgend seizoen.
""",
    "rapport_basisschool": """
{ORG}
RAPPORT – groep 6                                  Schooljaar {YEAR}

Leerling: {P3}
Groep: 6B
Leerkracht: meester {L2}

Lezen            ruim voldoende
Rekenen          goed
Taal/spelling    voldoende
Wereldoriëntatie goed
Gym              zeer goed

Opmerkingen van de leerkracht:
{F3} is dit halfjaar erg gegroeid. Ze werkt zelfstandig, helpt klasgenoten graag en durft
vaker haar hand op te steken. Bij spelling mag ze nog wat beter nakijken. Ga zo door, {F3}!

Oudergesprek gepland op {DATE} om {TIME}.

Handtekening leerkracht: {IN2}        Handtekening ouder/verzorger: ____________
""",
    "csv_ledenexport": """
volgnr;achternaam;voornaam;geboortedatum;lid_sinds;adres;telefoon;email;iban
1;{L1};{F1};{DOB};{DATE};"{ADDR}";{PHONE};{EMAIL1};{IBAN}
2;{L2};{F2};;{DATE2};"{ADDR2}";{PHONE2};{EMAIL2};
3;{L3};{F3};;{DATE2};;;{EMAIL3};
4;{L4};{F4};;;;;{EMAIL4};
""",
    "factuur_fietsreparatie": """
{ORG}
{ADDR}
Tel. {PHONE} · {EMAIL2}

FACTUUR

Factuurnummer: {NUM}
Factuurdatum:  {DATE}
Klant:         {P3}
               {ADDR2}

Omschrijving                                 Aantal    Bedrag
Onderhoudsbeurt stadsfiets                        1    59,95
Ketting + tandwiel vervangen                      1    42,50
Remblokken achter                                 2    17,90

Subtotaal                                            120,35
Btw 21%                                               25,27
Totaal                                               145,62

Openstaand saldo vorige factuur                      {AMT}

Graag binnen 14 dagen overmaken op {IBAN} t.n.v. {ORG}
o.v.v. het factuurnummer. Bedankt voor uw bezoek, {P2}
""",
    "proces_verbaal_aangifte": """
POLITIE                                            Proces-verbaal van aangifte
Eenheid {CITY}, basisteam centrum                  Registratienummer {NUM}

Ik, verbalisant {P4}, hoofdagent van politie, verklaar dat zich op {DATE} om {TIME}
aan het bureau vervoegde:

Achternaam:    {L3}
Voornamen:     {F3}
Geboren:       {DOB}
Adres:         {ADDR}
Telefoon:      {PHONE}
BSN:           {BSN}

die aangifte deed van fietsdiefstal en het volgende verklaarde:
"Op {DATE2} heb ik rond half zes 's middags mijn fiets op slot gezet in het rek bij het station van
{CITY2}. Toen ik terugkwam was de fiets weg. Het slot lag er niet meer. Een man die daar
stond, {P2}, zei dat hij iemand met een kniptang had gezien."

Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende op ambtseed.
{IN4}
""",
    "krantenbericht_lokaal": """
{CITY} – In een woonwijk aan de rand van {CITY} is dinsdagavond een schuur volledig afgebrand. Niemand raakte gewond.
Bewoner {P2} (54) zag rond {TIME} rook uit het dak komen en alarmeerde de brandweer.

"Ik had net de auto in de garage gezet," vertelt {L2}. "Binnen een paar minuten stond alles in
lichterlaaie." Zijn buurvrouw {P1} hielp hem de kippen uit het hok te halen.

De brandweer uit {CITY2} had het vuur na een uur onder controle. De oorzaak is nog niet bekend.
Volgens woordvoerder {P4} van de veiligheidsregio wijst niets op brandstichting.

Door onze verslaggever {P3}
""",
    "geboortekaartje": """
Wat zijn wij blij met ons zusje en dochter

{F3}

geboren op {DATE} om {TIME} uur
3420 gram, 51 cm

{F1} en {P2}
met grote broer {F4}

{ADDR}

Kraamvisite graag eerst even bellen of appen: {PHONE}
""",
    "cv_kandidaat": """
CURRICULUM VITAE

Personalia
Naam:            {P1}
Adres:           {ADDR}
Telefoon:        {PHONE}
E-mail:          {EMAIL1}
Geboortedatum:   {DOB}
Rijbewijs:       B

Werkervaring
{YEAR} – heden   Teamleider logistiek, {ORG}, {CITY}
                 Aansturen van twaalf orderpickers, planning en roosters.
2012 – 2017      Medewerker inkoop, {ORG2}, {CITY2}

Opleiding
2011             hbo Logistiek Management
2007             havo, profiel Economie & Maatschappij

Talen:           Nederlands (moedertaal), Engels (goed), Duits (redelijk)
Hobby's:         hardlopen, vrijwilliger bij de voedselbank

Referenties op aanvraag, o.a. {P4}, operationeel manager.
""",
    "json_patientdossier": """
{
  "patientnummer": "{NUM}",
  "naam": "{PC1}",
  "geboortedatum": "{DOB}",
  "bsn": "{BSN}",
  "adres": "{ADDR}",
  "telefoon": "{PHONE}",
  "email": "{EMAIL1}",
  "huisarts": "{IN2}",
  "contactpersoon": {"naam": "{P4}", "relatie": "echtgenoot", "telefoon": "{PHONE2}"},
  "opnamedatum": "{DATE}",
  "afdeling": "cardiologie",
  "ontslagdatum": null
}
""",
    "teams_werkoverleg": """
{P2}
Goedemorgen! Zijn de cijfers van vorige maand al binnen?

{P3}
Bijna, ik mis alleen nog de omzet van de vestiging in {CITY}

{P2}
{F4}, heb jij die?

{P4}
Ja, stuur ik je zo door. Zit vanmiddag bij {ORG} trouwens, dus ben na {TIME} pas bereikbaar

{P3}
Thanks {F4} 🙏 dan kan ik het rapport vóór {DATE} afronden

{P1}
Zet je het in de gedeelde map? Dan kijk ik er morgen naar
""",
    "productinformatie_zonder_pii": """
PRODUCTINFORMATIE – Waterkoker met temperatuurregeling
Artikelnummer {NUM}

Lees deze gebruiksaanwijzing zorgvuldig door voordat u het apparaat voor het eerst gebruikt
en bewaar haar voor later.

Veiligheid
- Gebruik de Waterkoker uitsluitend op de bijgeleverde Voet.
- Vul het apparaat nooit boven de MAX-markering.
- Dompel de Voet of het Snoer nooit onder in water.

Eerste gebruik
Vul de kan tot de MAX-markering, breng het water aan de kook en giet het weg. Herhaal dit
twee keer om eventuele productieresten te verwijderen.

Ontkalken
Ontkalk het apparaat iedere vier weken met een oplossing van azijn en water. Laat de
oplossing een nacht staan en spoel de kan daarna grondig om.

Garantie
De Fabrieksgarantie bedraagt twee jaar vanaf de aankoopdatum. Bewaar daarom de Kassabon.
""",
    "recept_appeltaart_zonder_pii": """
Oma's appeltaart (voor een springvorm van 24 cm)

Ingrediënten
- 300 g zelfrijzend bakmeel
- 200 g roomboter, op kamertemperatuur
- 150 g basterdsuiker
- 1 ei, losgeklopt
- 1 kg goudreinetten
- 2 el kaneelsuiker, handje rozijnen

Bereiding
1. Verwarm de oven voor op 175 °C.
2. Kneed bakmeel, boter, suiker en het grootste deel van het ei tot een soepel deeg.
3. Bekleed de ingevette vorm met twee derde van het deeg.
4. Schil de appels, snijd ze in partjes en meng ze met kaneelsuiker en rozijnen.
5. Vul de vorm, maak van de rest van het deeg een rooster en bestrijk met het overige ei.
6. Bak de taart in ongeveer 60 minuten goudbruin.

Lekker met een flinke schep slagroom. Bewaar de taart afgedekt, maar niet in de koelkast.
""",
}


HELD = {
    "ingebrekestelling": """
{ORG}
{ADDR}

AANGETEKEND EN PER E-MAIL
De heer {IN2}
{ADDR2}

{CITY}, {DATE}
Ons kenmerk: {NUM}

Betreft: ingebrekestelling

Geachte heer {L2},

Wij treden op namens onze cliënte, mevrouw {P1}, met wie u op {DATE2} een overeenkomst
sloot voor de verbouwing van haar keuken. Ondanks herhaalde verzoeken heeft u de
werkzaamheden niet afgerond.

Wij stellen u hierbij in gebreke en sommeren u de werkzaamheden binnen veertien dagen na
dagtekening van deze brief alsnog deugdelijk te voltooien. Blijft nakoming uit, dan zal
cliënte de overeenkomst ontbinden en schadevergoeding vorderen, te vermeerderen met de
wettelijke rente en de buitengerechtelijke incassokosten.

Hoogachtend,

mr. {P3}
advocaat
""",
    "referentiebrief": """
Aan wie het aangaat

{CITY}, {DATE}

Hierbij verklaar ik dat de heer {P2}, geboren op {DOB}, van {DATE2} tot heden bij
{ORG} werkzaam is als medewerker technische dienst.

In die periode heb ik {F2} leren kennen als een betrouwbare, nauwkeurige collega die ook onder
tijdsdruk zijn rust bewaart. Hij heeft de overstap naar het nieuwe onderhoudssysteem
grotendeels zelf voorbereid en zijn collega's daarin begeleid. {L2} verlaat ons op eigen
verzoek; wij zien hem met spijt vertrekken.

Ik kan hem zonder voorbehoud aanbevelen. Voor nadere informatie ben ik bereikbaar op
{PHONE} of via {EMAIL1}.

Met vriendelijke groet,

{P1}
Hoofd facilitaire zaken, {ORG}
""",
    "onboarding_mail": """
Van: {P3} <{EMAIL3}>
Aan: {P4} <{EMAIL4}>
CC: {P2} <{EMAIL2}>
Datum: {DATE}
Onderwerp: Welkom bij {ORG}! Je eerste werkdag

Beste {F4},

Wat leuk dat je bij ons komt werken! Op {DATE2} verwachten we je om {TIME} aan de receptie
op {ADDR}. Vraag naar mij, dan haal ik je op.

Je eerste dag ziet er zo uit:
- kennismaking met het team en met je buddy, {P2};
- uitreiking laptop en toegangspas (neem een geldig identiteitsbewijs mee);
- lunch met de afdeling;
- 's middags een rondleiding door het magazijn.

Vergeet niet je loonbelastingverklaring en je IBAN door te geven, als dat nog niet gebeurd is.

Tot dan!

Hartelijke groet,
{P3}
HR-adviseur | {ORG}
T {PHONE}
""",
    "ontslagbrief_ziekenhuis": """
{ORG} – Dienst Inwendige Geneeskunde
{ADDR}

Aan dokter {P4}, huisarts te {CITY}

{CITY2}, {DATE}

Betreft: {PU1}, °{DOB}, INSZ {RRN}
Opname van {DATE2} tot {DATE}

Geachte collega,

Uw patiënte werd opgenomen via de spoedgevallendienst met koorts en hoesten sinds vijf dagen.
De RX-thorax toonde een infiltraat rechts onderaan. Onder amoxicilline-clavulaanzuur i.v.
verbeterde zij snel. CRP daalde van 180 naar 22 mg/l.

Diagnose: community-acquired pneumonie rechter onderkwab.

Ontslagmedicatie:
- amoxicilline-clavulaanzuur 875/125 mg 3x/dag, nog 5 dagen
- paracetamol 1 g max. 4x/dag indien nodig

Graag controle bij u binnen tien dagen. Mevrouw {L1} werd geïnformeerd over alarmsymptomen.

Met collegiale groeten,

Dr. {P2}
Adjunct-kliniekhoofd
""",
    "labuitslag": """
LABORATORIUMUITSLAG                                   {ORG}

Patiënt:        {PI3}
Geb.datum:      {DOB}
BSN:            {BSN}
Aanvrager:      {IN2}, huisarts
Afname:         {DATE} {TIME}
Labnummer:      {NUM}

Bepaling                 Uitslag    Eenheid     Referentie
Hemoglobine              7,4        mmol/l      7,5 - 10,0   L
Leukocyten               6,8        10^9/l      4,0 - 10,0
Ferritine                9          µg/l        15 - 150     L
TSH                      2,1        mU/l        0,5 - 4,0
Glucose nuchter          5,3        mmol/l      4,0 - 6,1

Commentaar: beeld past bij ijzergebrek. Geautoriseerd door {P4}, klinisch chemicus.
""",
    "afspraakherinnering_tandarts": """
Beste {F1},

Dit is een herinnering aan uw afspraak bij {ORG}:

Wanneer:  {DATE} om {TIME}
Bij:      tandarts {L2}
Waar:     {ADDR}
Voor:     periodieke controle + gebitsreiniging

Kunt u niet komen? Laat het ons dan minimaal 24 uur van tevoren weten via {PHONE}. Bij niet
tijdig afzeggen rekenen wij € 25,00.

Neem uw zorgpas mee. Tot ziens!
""",
    "dagvaarding_kantonrechter": """
DAGVAARDING

Heden, {DATE}, op verzoek van {ORG}, gevestigd te {CITY}, te dezer zake woonplaats
kiezende te {ADDR2} ten kantore van gerechtsdeurwaarder {P4}, van wie de
ondergetekende de opdracht heeft om deze zaak als gemachtigde te behandelen;

HEB IK, {P2}, gerechtsdeurwaarder met plaats van vestiging {CITY2},

AAN: mevrouw {P1},
wonende te {ADDR},
mijn exploot doende en afschrift dezes latende aan haar in persoon,

GEDAGVAARD om op {DATE2} om {TIME} uur, vertegenwoordigd of in persoon, te verschijnen ter
terechtzitting van de kantonrechter, sector kanton, locatie {CITY},

met de vordering tot betaling van een bedrag van € {AMT} aan achterstallige huur, vermeerderd
met de wettelijke rente en de kosten van dit geding.

Dossiernummer {NUM}
De kosten van dit exploot zijn € 112,49.
""",
    "notariele_akte_verkoop": """
Repertorium nummer {NUM}

VERKOOP

Op {DATE}.
Voor mij, Meester {P4}, notaris met standplaats te {CITY},

ZIJN VERSCHENEN:

Mevrouw {PU1}, geboren te {CITY2} op {DOB}, rijksregisternummer {RRN}, wonende te {ADDR},
hierna genoemd "de verkoper",

en

De heer {PU2}, wonende te {ADDR2},
hierna genoemd "de koper".

De verkoper verklaart te verkopen aan de koper, die aanvaardt, het hierna beschreven goed:
een woonhuis met tuin en aanhorigheden, gekend ten kadaster onder sectie B, nummer 412/F.

De verkoop geschiedt voor en mits de prijs van tweehonderdachtenzestigduizend euro
(€ 268.000,00), die de koper betaald heeft via rekening {IBAN}, waarvoor kwijting.
De koper betaalde daarenboven een provisie van € {AMT} op de kosten van deze akte.

WAARVAN AKTE, verleden te {CITY} op voormelde datum.
Na gedeeltelijke voorlezing en toelichting hebben de verschijnende partijen met mij, notaris,
getekend.
""",
    "uittreksel_brp": """
UITTREKSEL BASISREGISTRATIE PERSONEN
Gemeente {CITY}

Gegevens persoon
Geslachtsnaam ............ {L3}
Voornamen ................ {F3}
Geslacht ................. vrouw
Geboortedatum ............ {DOB}
Geboorteplaats ........... {CITY2}
Burgerservicenummer ...... {BSN}
Nationaliteit ............ Nederlandse

Verblijfplaats
Adres .................... {ADDR}
Datum aanvang adreshouding {DATE}

Burgerlijke staat
Gehuwd met ............... {P4}
Datum huwelijk ........... {DATE2}

Dit uittreksel is afgegeven op verzoek van betrokkene.
Kenmerk {NUM}
""",
    "naheffingsaanslag_parkeren": """
Gemeente {CITY}
Afdeling Belastingen

NAHEFFINGSAANSLAG PARKEERBELASTING

Aanslagnummer:        {NUM}
Dagtekening:          {DATE}
Aan:                  {PX2}
                      {ADDR}

Op {DATE2} om {TIME} is geconstateerd dat uw voertuig geparkeerd stond ter hoogte van
{ADDR2} zonder dat parkeerbelasting was voldaan.

Parkeerbelasting                  € 3,60
Kosten naheffingsaanslag          € 74,00
Te betalen                        € 77,60
Eerder openstaand                 € {AMT}

Betaal binnen een maand na dagtekening op {IBAN} onder vermelding van het aanslagnummer.
Bent u het niet eens met deze aanslag? Dan kunt u binnen zes weken bezwaar maken.
Handhaver: {IN4}
""",
    "email_antwoord_geciteerd": """
Van: {P4} <{EMAIL4}>
Aan: {P1} <{EMAIL1}>
Datum: {DATE} {TIME}
Onderwerp: Re: Huur zaal jubileumfeest

Dag {F1},

Prima, dan reserveer ik de grote zaal voor jullie. Het voorschot van € {AMT} mag op {IBAN}.
Mijn collega {P3} is die avond jullie aanspreekpunt.

Groeten,
{F4}
{ORG}

Op {DATE2} schreef {P1} <{EMAIL1}>:
> Beste meneer {L4},
>
> Ons koor bestaat dit jaar veertig jaar en we willen dat vieren in {CITY}. Is de zaal
> vrij voor ongeveer tachtig personen? Ik ben overdag bereikbaar op {PHONE}.
>
> Vriendelijke groet,
> {P1}
> namens het bestuur van {ORG2}
""",
    "slack_kanaal_deploy": """
#deploy-productie

{fl2}  13:02
release van vanmiddag staat klaar, wie doet de review?

{fl3}  13:04
ik pak 'm, geef me tien minuten

{fl4}  13:06
@{fl2} de migratie voor de facturen zit er ook in he?

{fl2}  13:07
ja. {F1} heeft 'm gisteren getest op acceptatie

{fl1}  13:09
klopt, alles groen. alleen de export naar {ORG} was traag

{fl3}  13:21
review gedaan, lgtm 🚀 deploy om {TIME}?
""",
    "whatsapp_voetbalouders": """
{DATE} 08:14 - {P2}: Goedemorgen ouders van JO11-2! Vandaag uitwedstrijd in {CITY}, verzamelen om 08:45 bij de club
{DATE} 08:16 - {P1}: Wie kan er rijden? Ik heb nog plek voor 2 kinderen
{DATE} 08:17 - {F4}: Ik rij ook, {F3} en ik nemen er 3 mee
{DATE} 08:20 - {P3}: Moet de tas van {F2} nog mee? Ligt hier nog van vorige week 😅
{DATE} 08:21 - {F2}: Haha ja graag, dank je {F3}!
{DATE} 08:35 - {F1}: Adres sportpark voor de navigatie: {ADDR}
{DATE} 12:02 - {P2}: 3-2 gewonnen!! Trots op de mannen 💪
""",
    "notulen_werkoverleg": """
Verslag werkoverleg team zorg – {ORG}
Datum: {DATE}
Tijd: {TIME}
Voorzitter: {P2}
Notulist: {P1}
Aanwezig: {P1}, {P2}, {P3}, {P4}
Vertrokken na punt 2: {IN4}

1. Mededelingen
- {P3} is per {DATE2} teamleider van de nachtdienst.
- De nieuwe medicijnkar is geleverd.

2. Cliëntbespreking
Het team bespreekt de valincidenten op de tweede etage. {L2} stelt voor om de
sensormatten vaker te controleren. Afgesproken: checklist per dienst.

3. Rooster
{F1} en {F3} ruilen de weekenddienst. Roosterwijzigingen voortaan via de planner.

Volgend overleg: over vier weken, zelfde tijd. Actiepunten: zie de lijst in de teammap.
""",
    "klassenlijst": """
Klassenlijst 2B – {ORG}
Mentor: {P4}                   Schooljaar {YEAR}

nr	naam	e-mail leerling	noodnummer
1	{PI1}	{EMAIL1}	{PHONE}
2	{PU3}	{EMAIL3}	{PHONE2}
3	{PC2}	{EMAIL2}	

Ouderavond op {DATE} om {TIME}. Afmelden bij meneer {L4}.
""",
    "aanmeldformulier_sportclub": """
AANMELDINGSFORMULIER NIEUW LID
{ORG}

Achternaam .................. {L4}
Voornaam(en) ................ {F4}
Geboortedatum ............... {DOB}
Adres ....................... {ADDR}
Woonplaats .................. {CITY}
Telefoonnummer .............. {PHONE}
E-mailadres ................. {EMAIL4}
IBAN ........................ {IBAN}
Ten name van ................ {IN4}

Bij minderjarigen: naam ouder/verzorger ...... {P3}

Ondergetekende machtigt de vereniging om de contributie van € {AMT} per seizoen
automatisch af te schrijven.

Datum ................ {DATE}
Handtekening ......... {P4}
""",
    "bankexport_csv": """
"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Af Bij";"Bedrag (EUR)";"Mededelingen"
"{DATE}";"{PX1}";"{IBAN}";"";"Af";"{AMT}";"Huur {NUM}"
"{DATE}";"{ORG}";"{IBAN}";"";"Af";"89,99";"Termijn 4 van 12"
"{DATE2}";"{P2}";"{IBAN}";"";"Bij";"23,50";"Terugbetaling etentje"
"{DATE2}";"{ORG2}";"{IBAN}";"";"Af";"7,85";"Betaalautomaat {TIME}"
""",
    "kassabon_bakkerij": """
        {ORG}
        {ADDR}
        tel. {PHONE}

Bon {NUM}              {DATE}  {TIME}
Kassa 2 – u werd geholpen door {F2}

1x  Volkorenbrood heel            3,45
6x  Krentenbollen                 4,20
1x  Vlaai kers, groot            16,95
-----------------------------------------
TOTAAL                           24,60
Pin                              24,60

Btw 9%                            2,03

Bedankt en tot ziens!
""",
    "incidentmelding_magazijn": """
MELDINGSFORMULIER INCIDENT / BIJNA-ONGEVAL
{ORG} – vestiging {CITY}

Meldnummer:         {NUM}
Datum incident:     {DATE}
Tijdstip:           {TIME}
Melder:             {P1}, teamleider
Betrokkene(n):      {P4}, orderpicker
Getuige:            {P2}

Omschrijving:
Tijdens het laden van de vrachtwagen schoof een pallet met dozen van de vork van de
heftruck. {L4} kon op tijd opzij stappen en raakte niet gewond. De pallet was niet goed
gewikkeld.

Genomen maatregelen:
Zone afgezet, pallet opnieuw gewikkeld. {F4} is gecontroleerd door de bedrijfs-ehbo'er.

Advies preventiemedewerker ({P3}): toolboxmeeting over het wikkelen van pallets.
""",
    "clubblad_harmonie": """
UIT DE MAAT – ledenblad van {ORG}

Van de voorzitter
Beste muzikanten en donateurs,
Wat een concert hebben we achter de rug! De zaal in {CITY} zat vol, en de solo van {P3} op de
bugel kreeg een staande ovatie. Veel dank aan dirigent {P2} voor zijn geduld tijdens de
extra repetities.

Jubilarissen
{P1} is dit jaar veertig jaar lid. Zij begon als klarinettiste in het jeugdorkest en zit
al jaren in het bestuur. Ook {P4} viert zijn zilveren jubileum.

Agenda
{DATE} – Serenade bij het bejaardenhuis, aanvang {TIME}
{DATE2} – Najaarsconcert samen met {ORG2}

Kopij voor het volgende nummer graag naar {EMAIL3}.
""",
    "overlijdensbericht": """
Verdrietig, maar dankbaar voor alles wat hij voor ons heeft betekend, nemen wij afscheid van
mijn lieve man, onze vader en opa

{PX2}

* {CITY}, {DOB}                † {CITY2}, {DATE}

echtgenoot van {P1}

{F3} en {F4}
Kleinkinderen

Correspondentieadres: {ADDR}

Er is gelegenheid tot afscheid nemen op {DATE2} vanaf {TIME} uur in het
uitvaartcentrum.
""",
    "sollicitatiebrief": """
{P3}
{ADDR}
{PHONE}
{EMAIL3}

{ORG}
t.a.v. de heer {IN2}
{ADDR2}

{CITY}, {DATE}

Betreft: sollicitatie naar de functie van doktersassistente (vacature {NUM})

Geachte heer {L2},

Met veel enthousiasme reageer ik op uw vacature. Sinds drie jaar werk ik als assistente in een
drukke groepspraktijk in {CITY2}. Daar doe ik de telefonische triage, zet ik injecties en
verzorg ik wonden. Ik zoek nu een praktijk waar ik mij verder kan ontwikkelen in de
ouderenzorg.

Graag licht ik mijn motivatie toe in een gesprek.

Met vriendelijke groet,

{P3}
""",
    "huisregels_zonder_pii": """
HUISREGELS BIBLIOTHEEK – LEESZAAL
Vastgesteld door het Bestuur in {YEAR}

1. Wees stil in de Leeszaal; bellen doet u in de Hal.
2. Eten is niet toegestaan. Water in een afsluitbare fles mag wel.
3. Laat uw Jas en Tas achter in de kluisjes bij de ingang.
4. Werkplekken met een Computer reserveert u vooraf voor maximaal twee uur.
5. Laat uw werkplek netjes achter. Boeken die u niet leent, legt u op de Terugbrengkar.
6. Kopiëren en printen kost € 0,15 per pagina.
7. De Leeszaal sluit om {TIME}; een kwartier eerder klinkt een signaal.

Wie zich niet aan de Huisregels houdt, kan de toegang worden ontzegd.
Het Bestuur van de Stichting dankt u voor uw medewerking.
""",
    "procedure_wachtwoord_zonder_pii": """
WERKINSTRUCTIE – Wachtwoord resetten voor medewerkers (versie {YEAR})
Documentnummer {NUM}

Doel
Deze instructie beschrijft hoe de Servicedesk een vergeten wachtwoord reset.

Stappen
1. Controleer de identiteit van de beller aan de hand van het Personeelsnummer en twee
   controlevragen. Vraag nooit naar het huidige wachtwoord.
2. Open het Beheerportaal en zoek het Account op.
3. Kies "Wachtwoord opnieuw instellen" en vink "Wijzigen bij volgende aanmelding" aan.
4. Geef het tijdelijke wachtwoord alleen mondeling door, nooit per mail of chat.
5. Registreer de melding in het Ticketsysteem met categorie Toegang.

Let op
Na vijf mislukte pogingen wordt een Account automatisch geblokkeerd. Deblokkeren kan pas
na een halfuur of via de Teamleider.
""",
}
