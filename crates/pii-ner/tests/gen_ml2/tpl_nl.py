"""Dutch templates for the second multilingual generalization set (see gen_ml2.py).

Written fresh for this set, natively in Dutch (Netherlands and Flanders). Names: hand-compiled lists
of ordinary given and family names common in the Netherlands and Flanders and in their larger
immigrant communities (Turkish, Moroccan, Surinamese, Indonesian, Polish), of the kind recorded as
Wikidata given-name / family-name items (CC0 1.0); none from Faker or any fake-data library, none
shared with ../gen_ml. Organisations and mail domains are invented.
"""

nl = "nl"

GIVEN_F = [
    # Netherlands
    "Maaike", "Hanneke", "Marloes", "Esther", "Mirjam", "Tineke", "Greetje", "Anke", "Ria", "Yvonne",
    "Janneke", "Carolien", "Mieke", "Loes", "Hester", "Iris", "Noor", "Floor", "Roos", "Margriet",
    "Gerda", "Wendy", "Anne-Marie", "Marie-Christine", "Marie-Louise",
    # Frisian
    "Dieuwke", "Sietske", "Nynke", "Aaltje",
    # Flanders
    "Els", "Hilde", "Veerle", "Nele", "Sofie", "Griet", "Lieve", "Jolien", "Elke", "Anne-Fleur",
    # Turkish, Moroccan
    "Fatima", "Samira", "Naima", "Khadija", "Zeynep", "Elif", "Büşra", "Esra",
    # Surinamese, Indonesian
    "Sita", "Shanti", "Dewi", "Wulan",
    # Polish
    "Agnieszka", "Katarzyna", "Magdalena",
]

GIVEN_M = [
    # Netherlands
    "Gerrit", "Arjen", "Rutger", "Erik", "Dirk", "Kees", "Henk", "Gijs", "Teun", "Stijn", "Wim",
    "Luuk", "Bart", "Rob", "Jaap", "Ton", "Harm", "Marnix", "Evert", "Job",
    # Frisian
    "Sjoerd", "Jelle", "Sietse", "Tjeerd",
    # Flanders
    "Geert", "Lieven", "Wannes", "Brecht", "Seppe", "Jef", "Dries", "Wout", "Filip", "Pieterjan",
    # Turkish, Moroccan
    "Mohamed", "Youssef", "Hamza", "Mustafa", "Mehmet", "Emre", "Burak", "Hakan", "Bilal", "Rachid",
    "Soufiane",
    # Surinamese, Indonesian
    "Ravi", "Rishi", "Errol", "Clarence", "Glenn", "Budi", "Hendra",
    # Polish
    "Piotr", "Krzysztof", "Tomasz", "Marek",
]

FAMILY = [
    # Netherlands
    "Kuipers", "Hoekstra", "Postma", "Veenstra", "Verhoeven", "van Beek", "Schouten", "Willems",
    "Timmermans", "Prins", "Koster", "Huisman", "Scholten", "Kuiper", "Vink", "Wolters", "Evers",
    "Zwart", "Blom", "Koning", "Molenaar", "Dijkstra", "Bosman", "Groen", "ten Brink", "de Haan",
    "de Wit", "de Bruijn", "de Graaf", "van der Heijden", "van der Linden", "van den Broek",
    "van der Hoeven", "ten Cate", "ter Horst", "'t Hart", "Schipper", "Vogel", "Post", "Hoek",
    "Smits", "Hermans", "Gerrits", "Rutten", "van Gils", "Verschuren", "den Hartog",
    "van den Heuvel", "Kroon", "Hoogendoorn", "van Wijk", "Lubbers", "Oosterhuis", "Nijhuis",
    # Frisian
    "Wiersma", "Bouma", "Zijlstra", "Jongsma",
    # Flanders
    "Claes", "Peeters", "Maes", "Janssens", "Wouters", "Goossens", "Jacobs", "Vermeulen", "Desmet",
    "Verbruggen", "Claeys", "Lambrechts", "Vandenbussche",
    # Turkish
    "Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın", "Doğan",
    # Moroccan
    "El Amrani", "Bouzid", "Benali", "El Idrissi", "Ouali", "Azzouzi", "Bakkali",
    # Surinamese, Indonesian
    "Sewdien", "Ramdin", "Kartosen", "Biharie", "Pinas", "Wijngaarde", "Tan", "Lim",
    # Polish
    "Nowak", "Mazur", "Kaczmarek", "Wójcik", "Zając",
]

CITIES = [
    "Zwolle", "Apeldoorn", "Enschede", "Deventer", "Leeuwarden", "Maastricht", "Venlo", "Amersfoort",
    "Dordrecht", "Alkmaar", "Middelburg", "Assen", "Heerlen", "Roermond", "'s-Hertogenbosch",
    "Helmond", "Gouda", "Delft", "Zutphen", "Drachten", "Sneek", "Terneuzen", "Bergen op Zoom",
    "Winterswijk", "Dokkum", "Den Haag", "Oss", "Staphorst", "Ootmarsum",
    "Antwerpen", "Gent", "Brugge", "Leuven", "Mechelen", "Hasselt", "Kortrijk", "Sint-Niklaas",
    "Turnhout", "Oostende", "Tienen", "Lier", "Geel",
]

STREETS = [
    "Hoofdstraat", "Nieuwstraat", "Oranjestraat", "Wilhelminalaan", "Marktplein", "Emmastraat",
    "Veldweg", "Parallelweg", "Populierenlaan", "Eikenlaan", "Havenstraat", "Achterweg",
    "Kastanjelaan", "Meidoornstraat", "Julianastraat", "Prins Hendrikkade", "Tulpstraat",
    "Burgemeester van Roijensingel", "Oude Gracht", "Statiestraat", "Kapelstraat", "Grote Markt",
    "Zandstraat", "Kerkplein", "Nieuwe Steenweg", "Sint-Jansstraat",
]

ORGS = [
    "Dravenstein Logistiek B.V.", "Kortevaer Installatietechniek B.V.", "Bouwbedrijf Heuvelkamp B.V.",
    "Gebr. Wessinkhof Transport B.V.", "Veldmeijer & Ploeg Advocaten", "Van Oostvelde Accountants",
    "Hoveniersbedrijf De Groene Zoom", "Stichting Welzijn De Lindehof", "Coöperatie Lindevelde U.A.",
    "Tandartsenpraktijk De Vlasakker", "Huisartsenpraktijk Oosterbrink", "Dierenkliniek De Hazelaar",
    "Apotheek Zonnehof", "Tennisvereniging De Wissel", "VV Steenbeek '31",
    "Woonstichting Ons Erf", "Brouwerij Ter Lindeke bv", "Verbeeck & Sterckx Notarissen",
    "vzw De Kapelhoek", "Elektro Vanbraekel bv", "KWT Groep N.V.", "HBV Installatie B.V.",
    "Zorggroep Meerstroom", "Breuninkhof Schoonmaakdiensten B.V.", "Lumavelt Software B.V.",
    "Syndicus Kempenaers & Co", "Reisbureau Zonneveld Vakanties", "Autoverhuur Rijnvliet B.V.",
    "Verzekeringen Delta-Noord N.V.", "NetVolt Telecom B.V.",
]

MAIL_DOMAINS = [
    "polderpost.nl", "mailhoek.nl", "inboxdirect.nl", "vlasmail.nl", "huismail.be", "telepostbus.be",
    "brievenbus-online.nl", "kempenmail.be",
]

TUNE = {
    "afspraakherinnering_tandarts": """
Herinnering: uw afspraak bij {ORG}

Beste {F1},

Wij herinneren u aan uw afspraak voor de halfjaarlijkse controle op {DATE} om {TIME} uur bij tandarts {IN2}.
Wilt u 10 minuten van tevoren aanwezig zijn en uw zorgpas meenemen?
Verhinderd? Meld u dan uiterlijk 24 uur van tevoren af via {PHONE}. Niet of te laat afgemelde afspraken kunnen wij in rekening brengen.

Met vriendelijke groet,
Team {ORG}
{ADDR}
""",
    "verwijsbrief_huisarts": """
{ORG} · {ADDR} · tel. {PHONE}

Aan: polikliniek Dermatologie, t.a.v. dr. {L4}
Datum: {DATE}
Betreft: mevr. {P3}, geb. {DOB}, BSN {BSN}

Geachte collega,

Graag verwijs ik bovengenoemde patiënte naar uw spreekuur in verband met een sinds enkele maanden groeiende, onregelmatig gepigmenteerde moedervlek op de rug. Mevr. {L3} heeft verder een blanco voorgeschiedenis en gebruikt geen medicatie. Graag uw beoordeling en zo nodig excisie.

Met collegiale groet,
{P2}, huisarts
""",
    "kassabon_apotheek": """
{ORG}
{ADDR} – tel. {PHONE}

Bon {NUM}                 {DATE}  {TIME}
Paracetamol 500 mg 20 st.            2,19
Zinkzalf 100 g                       4,85
Recept: Omeprazol 20 mg (pat. {IN1})  eigen bijdrage
Totaal EUR                         {AMT}
Betaald met PIN

U bent geholpen door {F3}, apothekersassistent. Fijne dag!
""",
    "groepsrapport": """
Groep 6b – rapportgegevens eerste periode {YEAR}
Leerkracht: juf {F3} ({P3})

Nr  Leerling                   Rekenen  Taal  Spelling  Begrijpend lezen
1   {PI1}                      8        7,5   7         8
2   {PI2}                      6,5      7     6         7
3   {PI4}                      7        8     8,5       7,5

De oudergesprekken zijn op {DATE} vanaf {TIME} uur. Inschrijven via het Ouderportaal.
""",
    "briefje_leerkracht": """
Beste juf {F3},

{F1} is vanochtend naar de orthodontist geweest en komt daarom pas om {TIME} uur op school. Wilt u haar het huiswerk voor Aardrijkskunde meegeven? De toets van vrijdag heeft ze nog niet kunnen inhalen.
Mag {F1} volgende week donderdag ook om half drie weg voor de zwemles?

Groetjes,
{P2} (vader van {F1})
{PHONE}
""",
    "notulen_vve": """
Notulen Algemene Ledenvergadering VvE – {DATE}, aanvang {TIME} uur
Locatie: gemeenschappelijke ruimte, {ADDR}

Presentielijst: {PI1} (voorzitter), {PI2} (penningmeester), {PI3}, {IN4} (namens beheerder {ORG})

1. Opening. De voorzitter heet iedereen welkom; er is een quorum.
2. Notulen vorige vergadering: ongewijzigd vastgesteld.
3. Financiën. Dhr. {L2} licht de jaarcijfers toe; het reservefonds bedraagt € {AMT}. De kascommissie verleent decharge.
4. Schilderwerk. De heer {L4} presenteert twee offertes. Besluit: unaniem akkoord met de laagste.
5. Rondvraag. Mevr. {L3} meldt opnieuw vocht in de bergingen; de beheerder laat dit onderzoeken.
6. Sluiting. De voorzitter dankt {P4} voor zijn toelichting en sluit de vergadering.
""",
    "bewonersbrief_syndicus": """
Aan alle bewoners van de residentie
{ADDR}

Beste bewoners,

Op {DATE} is de lift van 8 tot 16 uur buiten gebruik wegens de jaarlijkse keuring. Bewoners die slecht te been zijn, kunnen vooraf contact opnemen; wij zorgen dan voor hulp bij boodschappen.
Gelieve ook geen fietsen of kinderwagens meer in de inkomhal te plaatsen.

Met vriendelijke groeten,
{P2}, syndicus
{ORG}
gsm {PHONE} – {EMAIL2}
""",
    "sollicitatiebrief": """
{P1} · {ADDR} · {PHONE} · {EMAIL1}

{ORG}, t.a.v. de heer {IN2}

{CITY}, {DATE}
Betreft: sollicitatie logistiek planner (vacature {NUM})

Geachte heer {L2},

Met veel enthousiasme reageer ik op uw vacature. Bij {ORG2} plan ik al vier jaar de dagelijkse ritten voor ruim dertig chauffeurs, en ik zoek nu een functie met meer verantwoordelijkheid. Graag licht ik mijn motivatie toe in een persoonlijk gesprek.

Met vriendelijke groet,
{P1}
""",
    "medisch_attest": """
MEDISCH GETUIGSCHRIFT VAN ARBEIDSONGESCHIKTHEID

Ondergetekende, dr. {P3}, huisarts, verklaart {PU2},
rijksregisternummer {RRN}, wonende {ADDR},
onderzocht te hebben op {DATE}.
Betrokkene is arbeidsongeschikt van {DATE} tot en met {DATE2}.
Mag de woning verlaten: ja / neen (schrappen wat niet past)
Oorzaak: ziekte / ongeval / beroepsziekte

Opgemaakt te {CITY} op {DATE}.
Handtekening en stempel van de arts
""",
    "groepsapp_voetbal": """
[{TIME}] {F1}: Wie neemt zaterdag de was van de shirtjes mee? 🧺
[{TIME}] {fl2}: ik heb het vorige keer al gedaan, volgens het schema is {F3} aan de beurt
[{TIME}] {F3}: Klopt 🙈 ik doe het. Vertrekken we om half 9 bij de kantine?
[{TIME}] {fl4}: ik kan 3 kinderen meenemen. {F1}, neem jij de zoon van {F2} mee?
[{TIME}] {F1}: Is goed! En vergeet de scheenbeschermers niet 😅
[{TIME}] {fl2}: 👍
""",
    "doorgestuurde_mail": """
---------- Doorgestuurd bericht ---------
Van: {P1} <{EMAIL1}>
Datum: {DATE} {TIME}
Onderwerp: Offerte verbouwing keuken
Aan: {P4} <{EMAIL4}>

Hoi {F4},

Zoals besproken hierbij de offerte van {ORG}. Ze kunnen in week 14 beginnen. Kun jij even checken of het bedrag van € {AMT} klopt met wat meneer {L2} aan de telefoon noemde? Dan bel ik hem morgen terug.

Groetjes,
{F1}
""",
    "afwezigheidsmelding": """
Onderwerp: Automatisch antwoord: Afstemming kwartaalcijfers

Dank voor uw bericht. Ik ben van {DATE} tot en met {DATE2} afwezig en lees in die periode mijn e-mail niet.
Voor dringende zaken kunt u contact opnemen met mijn collega {P2} via {EMAIL2} of {PHONE}.
Uw bericht wordt niet doorgestuurd.

Met vriendelijke groet,
{P3}
Accountmanager Zakelijke Markt
{ORG}
""",
    "bezorgbericht": """
Goed nieuws, {F1}! Je pakket wordt vandaag bezorgd.

Verwachte bezorgtijd: rond {TIME} uur
Track & Trace: {NUM}
Afzender: {ORG}
Ontvanger: {PX1}
Bezorgadres: {ADDR}

Niet thuis? Dan bieden we je pakket aan bij de buren of leggen we het klaar bij een Afhaalpunt in de buurt.
Je bezorger vandaag is {F2}.
""",
    "klantbeoordeling": """
★★★★☆ Snelle service, één kanttekening
Review van {fl1} ({CITY}) – {DATE}

We hebben bij {ORG} een nieuwe cv-ketel laten plaatsen. Monteur {F2} was keurig op tijd, werkte netjes en legde alles duidelijk uit. Minpunt: de rekening was € {AMT} hoger dan de offerte omdat er een extra rookgasafvoer nodig bleek. Na een telefoontje met mevrouw {L3} van de planning is dat netjes opgelost.

Reactie van {ORG}:
Beste {F1}, bedankt voor uw review! Fijn dat {F2} en onze collega's van Planning het naar wens hebben afgerond.
""",
    "rouwadvertentie": """
Bedroefd, maar dankbaar voor alles wat hij voor ons heeft betekend, delen wij u mee dat is overleden mijn lieve man, onze zorgzame vader en trotse opa

{P2}
echtgenoot van {P1}

* {CITY}, {DOB}            † {CITY2}, {DATE}

{F1}
Kinderen en kleinkinderen

Correspondentieadres: {ADDR}
Wij nemen afscheid op {DATE2} om {TIME} uur in de aula van het crematorium te {CITY2}.
""",
    "clubkampioenschappen": """
Uitslagen clubkampioenschappen {YEAR}

Dames enkel: 1. {P1}  2. {P3}
Heren enkel: 1. {P4}  2. {P2} (opgave in de tweede set wegens een kuitblessure)
Gemengd dubbel: {IN1} / {IN2} wonnen de finale met 6-4 7-5 van {IN3} / {IN4}.

Proficiat aan alle winnaars! De wisselbeker werd uitgereikt door het Bestuur tijdens de afsluitende BBQ in het Clubhuis. Volgend jaar hopen we ook weer op veel deelnemers uit de Jeugdcompetitie.
""",
    "factuur": """
{ORG} · {ADDR2} · IBAN {IBAN}

FACTUUR
Factuurnummer: {NUM}        Factuurdatum: {DATE}        Vervaldatum: {DATE2}

Aan: dhr. {P2}
{ADDR}

Omschrijving: geleverde werkzaamheden conform offerte, zie specificatie in de bijlage
Totaal incl. 21% btw: € {AMT}
Wij verzoeken u het bedrag binnen 14 dagen over te maken o.v.v. het factuurnummer.
""",
    "overschrijving_bevestiging": """
Bevestiging overschrijving
Uitgevoerd op: {DATE} om {TIME}
Opdrachtgever: {PU3}
Van rekening: Zichtrekening Plus

Begunstigde: {PC4}
Rekening begunstigde: {IBAN}
Bedrag: EUR {AMT}
Vrije mededeling: huur + gemeenschappelijke kosten
Referentie: {NUM}
""",
    "hotel_inschrijfkaart": """
INSCHRIJVINGSKAART / REGISTRATION CARD
Kamer: 214        Aankomst: {DATE}        Vertrek: {DATE2}
Naam, voornaam: {PC1}
Geboortedatum: {DOB}        Nationaliteit: Belg
Adres: {ADDR}
Telefoon: {PHONE}        E-mail: {EMAIL1}
Medereiziger: {PC2}
Betaling: creditcard / contant / op rekening van {ORG}
Ontbijt inbegrepen: ja
Handtekening gast: ____________
""",
    "proces_verbaal_aangifte": """
PROCES-VERBAAL VAN AANGIFTE (uittreksel)
Nummer: {NUM}

Ik, verbalisant, {IN4}, brigadier van politie, verklaar dat op {DATE} om {TIME} uur ten bureau verscheen:
Achternaam: {L1}
Voornamen: {F1}
Geboren: {DOB} te {CITY}
Adres: {ADDR}
BSN: {BSN}
Zij deed aangifte van diefstal van haar fiets. Zij verklaarde: "Ik had mijn grijze damesfiets met blauwe fietstassen met een kettingslot vastgezet in de stalling bij het station. Toen ik een uur later terugkwam, was de fiets weg."
""",
    "reactie_huurwoning": """
Onderwerp: Reactie op uw advertentie – appartement in {CITY}

Beste {F4},

Met veel interesse las ik uw advertentie. Ik ben {P1}, 29 jaar, en werk als verpleegkundige bij {ORG}. Samen met mijn partner {F2} zoek ik per {DATE} een rustig appartement; we roken niet en hebben geen huisdieren.
Een werkgeversverklaring en loonstroken kan ik direct aanleveren. Bezichtigen kan wat ons betreft elke avond na 18 uur.

U kunt mij bereiken op {PHONE}.

Met vriendelijke groet,
{P1}
""",
    "huisregels_zwembad": """
HUISREGELS ZWEMBAD
Kinderen onder de 8 jaar zonder Zwemdiploma A mogen alleen onder begeleiding van een volwassene in het water.
Het Wedstrijdbad is tijdens Banenzwemmen uitsluitend bestemd voor baantjestrekkers.
Springen van de Duikplank alleen na toestemming van de Badmeester.
In het Peuterbad geldt: zwemluiers verplicht.
Glaswerk, eten en drinken zijn niet toegestaan op de Kade of in de Kleedruimtes.
Bij Onweer wordt het Buitenbad direct ontruimd.
Wij wensen u een prettig bezoek. – De Directie
""",
    "bijsluiter": """
Bijsluiter: informatie voor de gebruiker
Ibuprofen Huismerk 400 mg, filmomhulde tabletten

Lees goed de hele bijsluiter voordat u dit Geneesmiddel gaat gebruiken.
Gebruik dit middel niet als u zwanger bent (vanaf week 20) of een Maagzweer heeft gehad.
Neem contact op met uw Arts of Apotheker als de klachten na 3 dagen niet verminderen.
Bewaren beneden 25 °C, buiten het zicht en bereik van kinderen.
Registratienummer: RVG {NUM}
""",
    "afvalkalender": """
Afvalkalender {YEAR} – Gemeentelijke Reiniging

GFT (groene container): om de week op Maandag, in de zomermaanden wekelijks.
PMD (Plastic, Metalen en Drankkartons): elke tweede Woensdag van de maand.
Oud Papier: wordt opgehaald door de Harmonie en de Scouting, zie de Stadskrant.
Kerstbomen: inzameling in de week na Driekoningen; zet uw boom vóór {TIME} uur aan de straat.
Grofvuil en Klein Chemisch Afval kunt u gratis brengen naar de Milieustraat.
""",
}

HELD = {
    "cv_kop": """
CURRICULUM VITAE
{PX1}

Personalia
Adres: {ADDR}
Telefoon: {PHONE}
E-mail: {EMAIL1}
Geboortedatum: {DOB}
Rijbewijs: B

Werkervaring
{YEAR} – heden    Teamleider Klantenservice, {ORG}, {CITY}
Referenties: {P4} (afdelingshoofd, {ORG2}), tel. {PHONE2}
""",
    "referentiebrief": """
{ORG}
{ADDR}

{CITY}, {DATE}

Aan wie het aangaat,

Hierbij beveel ik {P3} van harte bij u aan. Mevrouw {L3} was van {YEAR} tot heden werkzaam als senior medewerker Financiële Administratie, onder mijn directe leiding. Zij werkt nauwkeurig, denkt mee en werd door collega's en klanten zeer gewaardeerd. Haar vertrek betreuren wij, maar wij begrijpen haar keuze voor een volgende stap.

Voor nadere informatie ben ik bereikbaar op {PHONE} of via {EMAIL2}.

Hoogachtend,
drs. {P2}, hoofd Financiën
""",
    "werkgeversverklaring": """
WERKGEVERSVERKLARING

Ondergetekende, {P4}, directeur van {ORG}, gevestigd aan {ADDR}, verklaart dat:
Naam werknemer: {PC1}
Geboortedatum: {DOB}
BSN: {BSN}
in dienst is sinds {DATE}, op basis van een arbeidsovereenkomst voor onbepaalde tijd (36 uur per week);
bruto jaarsalaris excl. vakantiegeld: € {AMT};
er geen sprake is van een proeftijd of van een voornemen het dienstverband te beëindigen.

{CITY}, {DATE2}
{IN4}
""",
    "salarisstrook": """
Salarisspecificatie {ORG}                  Periode: 03-{YEAR}
Werknemer: {PU2}                Personeelsnr.: {NUM}
Geboortedatum: {DOB}            BSN: {BSN}
Functie: Magazijnmedewerker     Afdeling: Logistiek & Expeditie
Uitbetaling op: {IBAN}

Omschrijving                    Bedrag
Salaris                         3.412,00
Loonheffing (Witte Tabel)       -   611,37
Pensioenpremie werknemer        -   201,40
Netto uit te betalen            {AMT}
""",
    "schadeaangifte": """
Schadeaangifteformulier Motorrijtuigen – polis {NUM}
Verzekeringnemer: {P1}, {ADDR}, tel. {PHONE}
Datum en tijdstip: {DATE}, {TIME} uur
Plaats: kruising bij het winkelcentrum in {CITY}
Tegenpartij: {P2}, {ADDR2}, verzekerd bij {ORG}

Toedracht: ik stond stil voor het rode verkeerslicht toen de bestelbus van dhr. {L2} achter op mijn auto reed. Hij gaf direct toe dat hij te laat had geremd.
Getuige: {P3}, tel. {PHONE2}
Schade: achterbumper en achterklep, geschat op € {AMT}.
""",
    "dagvaarding": """
DAGVAARDING

Heden, {DATE}, ten verzoeke van {ORG}, gevestigd te {CITY}, te dezer zake woonplaats kiezende ten kantore van mr. {P4}, advocaat te {CITY2}, die als zodanig zal optreden,

heb ik, {P2}, gerechtsdeurwaarder te {CITY2},

GEDAAGD:

{PX1}, wonende {ADDR},

om op {DATE2} om {TIME} uur te verschijnen ter terechtzitting van de rechtbank, sector kanton, teneinde op de hierna vermelde vordering te antwoorden.
""",
    "notariele_akte": """
LEVERING
Kenmerk: {NUM}

Heden, {DATE}, verschijnen voor mij, mr. {P2}, notaris gevestigd te {CITY}:
1. mevrouw {P1}, geboren te {CITY2} op {DOB}, wonende {ADDR}, zich legitimerende met haar paspoort, ongehuwd en geen geregistreerd partner,
hierna te noemen: "Verkoper";
2. de heer {P4}, wonende {ADDR2}, gehuwd met mevrouw {P3},
hierna te noemen: "Koper".
De comparanten verklaren dat Verkoper aan Koper verkoopt en levert het hierna te omschrijven Registergoed.
""",
    "geboortekaartje": """
Wat zijn wij blij met onze dochter en ons zusje

{F1}

geboren op {DATE} om {TIME} uur
3420 gram en 51 cm

{P3} en {P4}
{ADDR}

Kraambezoek graag even afstemmen via {PHONE}. 🍼
""",
    "trouwkaart": """
Na zeven jaar samen zeggen wij eindelijk JA!

{F1} & {F2}

Wij trouwen op {DATE} om {TIME} uur in het stadhuis van {CITY}.
Aansluitend is er een receptie in de Orangerie van het Kasteelpark, en 's avonds barst het Feest los.
Cadeautip: een bijdrage voor onze Huwelijksreis.
Ceremoniemeesters: {P3} ({PHONE}) en {P4} ({PHONE2})
""",
    "parochieblad": """
Uit de parochie

Op zondag {DATE} nemen wij na de Hoogmis afscheid van pastoor {L4}, die na twaalf jaar in onze parochie met emeritaat gaat. De Eucharistieviering wordt opgeluisterd door het Gemengd Koor onder leiding van {P1}. Aansluitend is er koffie in het Parochiecentrum.
Wie wil helpen met de taarten, kan zich melden bij {P3} of bij koster {IN2} ({PHONE}). Pastoor {L4} laat weten dat hij een bijdrage voor de Missie meer waardeert dan een cadeau.
""",
    "klantenservice_chat": """
Chat met Klantenservice – {DATE}
[{TIME}] Digitale assistent: Welkom bij {ORG}! Waarmee kan ik je helpen?
[{TIME}] {fl2}: mijn internet doet het al 2 dagen niet
[{TIME}] Digitale assistent: Ik verbind je door met een medewerker.
[{TIME}] {F3} (Klantenservice): Hoi, je spreekt met {F3}! Wat is je adres?
[{TIME}] {fl2}: {ADDR}
[{TIME}] {F3} (Klantenservice): Dank je. Staat het abonnement op naam van {P1}?
[{TIME}] {fl2}: ja dat is mijn vrouw
[{TIME}] {F3} (Klantenservice): Ik zie een storing in de wijk. Een monteur komt op {DATE2} tussen 8 en 13 uur.
""",
    "forumbericht": """
Re: Ervaringen met warmtepomp in jaren-30 woning?
Geplaatst door {fl2} » {DATE} {TIME}

@{fl1} wij hebben vorig jaar een hybride warmtepomp laten plaatsen door {ORG} uit {CITY}. Prima ervaring, de installateur ({F4}) nam echt de tijd voor uitleg. Laat wel eerst de spouwmuur isoleren, anders heb je er weinig aan.
Als je wilt stuur ik je het nummer van hun adviseur, stuur maar een PB.

Quote van {fl1}:
> Heeft iemand ervaring met een hybride warmtepomp in een jaren-30 huis in {CITY2}?
""",
    "advertentie_te_koop": """
Te koop: eiken eettafel met 6 stoelen
Vraagprijs: € {AMT}, bieden mag
Geplaatst op {DATE}

Nauwelijks gebruikt, wegens verhuizing. Afmetingen 200 x 95 cm, Stoelen met Cognac leren zitting.
Alleen ophalen in {CITY}, geen verzending.
Bel of app {F2} op {PHONE}, liefst na 18.00 uur.
""",
    "boekingsbevestiging_reis": """
Boekingsbevestiging {NUM}
{ORG}

Hoofdboeker: {PU1}
Reisgenoten: {PU2}, {PU3}
Reis: 8 dagen Zonvakantie, Appartementen Aan Zee, Logies & Ontbijt
Vertrek: {DATE}, {TIME} uur, Terminal 2
Terugreis: {DATE2}
Reissom: € {AMT} (aanbetaling voldaan)
Noodnummer tijdens uw reis: {PHONE}
""",
    "huurovereenkomst_auto": """
HUUROVEREENKOMST {NUM}
Verhuurder: {ORG}, {ADDR}
Huurder / 1e bestuurder: {PC2}
Geboortedatum: {DOB}        Rijksregisternr.: {RRN}
Adres: {ADDR2}
Tel.: {PHONE}
2e bestuurder: {PC3}
Ophalen: {DATE} {TIME}      Inleveren: {DATE2}
Categorie: C (Middenklasse Stationwagen of gelijkwaardig), Volle Tank – Volle Tank
Borg: € {AMT} (geblokkeerd op creditcard)
""",
    "uitleenbon_bibliotheek": """
Bibliotheek – uitleenbon
Lener: {IN3}
Pasnummer: {NUM}
Datum: {DATE}

1. Tuinieren voor Beginners          inleveren vóór {DATE2}
2. Het Grote Breiboek                inleveren vóór {DATE2}
3. Zwemmen met Dolfijnen (jeugd)     inleveren vóór {DATE2}

Verlengen kan via Mijn Bibliotheek. U bent geholpen door {F1}.
""",
    "vrijwilligersrooster": """
Rooster bardiensten kantine – {YEAR}

Datum        Ochtend (9–13)        Middag (13–17)        Avond (19–23)
{DATE}       {PI1}                 {PI2}                 {PI4}
{DATE2}      {PI3}                 {PI1}                 gesloten (Jaarvergadering)

Kun je niet? Regel zelf een vervanger en geef dit door aan {P2} (coördinator), {PHONE}.
Vergeet na afloop de kassa niet op te maken en de vaatwasser aan te zetten!
""",
    "dienstoverdracht": """
Overdracht avond- naar nachtdienst, afd. Interne Geneeskunde, {DATE}

K12 mevr. {L1} (78 jr): pijn goed onder controle, om {TIME} uur paracetamol gehad. Dochter belt morgenochtend.
K14 dhr. {L2}: nuchter vanaf 00.00 uur i.v.m. coloscopie. Infuus loopt, controles stabiel.
K15 dhr. {IN4}: onrustig, bedhekken omhoog, arts-assistent is op de hoogte.

Overgedragen door: {F3} (VPK)
""",
    "labuitslag": """
LABORATORIUM KLINISCHE CHEMIE – UITSLAG
Patiënt: {PU3}        Geb.: {DOB}        BSN: {BSN}
Aanvrager: {IN4}, huisarts, {ORG}
Afname: {DATE} {TIME}        Ordernr.: {NUM}

Hb          8,1 mmol/l    (7,5–10,0)
Glucose     6,4 mmol/l    (4,0–7,8)
eGFR        >90 ml/min

Geautoriseerd door: dr. {P2}, klinisch chemicus
""",
    "consultverslag_dierenarts": """
{ORG} – consultverslag
Eigenaar: {P2}, {ADDR}, tel. {PHONE}
Patiënt: kater, Europese Korthaar, 9 jaar, gecastreerd
Datum: {DATE}

Anamnese: sinds een week minder eetlust, drinkt veel. Volgens dhr. {L2} ook gewichtsverlies.
Onderzoek: licht gedehydreerd, T 38,6.
Beleid: bloedonderzoek ingestuurd; controle over 10 dagen.
Dierenarts: {IN1}
""",
    "uittreksel_brp": """
UITTREKSEL BASISREGISTRATIE PERSONEN
Gemeente {CITY}

Geslachtsnaam: {L1}
Voornamen: {F1}
Geboortedatum: {DOB}
Geboorteplaats: {CITY2}
BSN: {BSN}
Adres: {ADDR}
Burgerlijke staat: gehuwd met {P2}

Afgegeven op {DATE}. De burgemeester, namens deze: {IN3}
""",
    "aangifte_inkomstenbelasting": """
Aangifte inkomstenbelasting {YEAR} – overzicht
Naam: {P4}
BSN: {BSN}
Fiscale partner: {P3}

Box 1: Inkomen uit werk en woning
  Loon van {ORG}                              € {AMT}
  Eigen Woning: hypotheekrenteaftrek          ja
Box 3: Sparen en Beleggen                     verdeeld met fiscale partner
Teruggaaf op rekening: {IBAN}
""",
    "intern_memo": """
MEMO
Aan: alle medewerkers afdeling Inkoop en Logistiek
Van: {P2}, directie
Cc: {IN3} (HR)
Datum: {DATE}
Betreft: nieuwe leverancier verpakkingsmateriaal

Met ingang van {DATE2} nemen wij verpakkingsmateriaal af bij {ORG2}. Bestellingen lopen voortaan via mevr. {L1} van Inkoop; zij is bereikbaar via {EMAIL1}.
Lopende orders bij de huidige leverancier worden gewoon afgewikkeld.
""",
    "persbericht": """
PERSBERICHT

{CITY}, {DATE} – {ORG} opent in het voorjaar een nieuw distributiecentrum op het nieuwe bedrijventerrein aan de Rijksweg. Volgens woordvoerder {P3} gaat het om zo'n 120 nieuwe banen. "We groeien al jaren hard en hadden simpelweg meer ruimte nodig," aldus {L3}.
Directeur {P2} noemt de uitbreiding "een mijlpaal voor het bedrijf".

Noot voor de redactie, niet voor publicatie:
Voor meer informatie: {P1}, afdeling Communicatie, {PHONE}, {EMAIL1}
""",
    "huishoudelijk_reglement": """
HUISHOUDELIJK REGLEMENT – Vereniging van Eigenaars

Artikel 3. De Bergingen en de Fietsenkelder zijn uitsluitend bestemd voor de opslag van fietsen en huisraad.
Artikel 4. Het is niet toegestaan in de Trappenhuizen, Galerijen of de Centrale Hal te roken.
Artikel 5. Huisdieren worden in de Gemeenschappelijke Ruimten aangelijnd.
Artikel 6. Verbouwingen met geluidsoverlast zijn alleen toegestaan op werkdagen tussen 8.00 en 18.00 uur.
Artikel 7. Klachten worden schriftelijk gemeld bij het Bestuur of de Beheerder.
""",
    "openingstijden_feestdagen": """
Gewijzigde openingstijden rond de feestdagen

Kerstavond: geopend tot 16.00 uur
Eerste en Tweede Kerstdag: gesloten
Oudejaarsdag: geopend tot {TIME} uur
Nieuwjaarsdag: gesloten
Op Koningsdag, Hemelvaartsdag en Tweede Pinksterdag zijn de Klantenservice en de Showroom gesloten.
Wij wensen u fijne Feestdagen en een Gezond Nieuwjaar!
""",
    "gebruiksaanwijzing_koffiemachine": """
Gebruiksaanwijzing Espressomachine Barista Compact

Vóór het eerste gebruik: spoel het Waterreservoir en de Melkopschuimer grondig.
Druk op de Aan/Uit-toets; het Lampje knippert tot de machine op temperatuur is.
Kies Ristretto, Lungo of Cappuccino met de Draaiknop.
Ontkalken: zodra het Oranje Lampje brandt, gebruik dan uitsluitend Ontkalker van het Merk.
Garantie vervalt bij gebruik van Onderdelen van Derden. Service: zie Garantiebewijs.
""",
}
