"""Nederlandstalige sjablonen voor de vijfde meertalige generalisatieset (Nederland en Vlaanderen).

Alle sjablonen zijn nieuw geschreven voor deze set. Voor- en achternamen zijn met de hand samengestelde
lijsten van namen die gangbaar zijn in Nederland en Vlaanderen, in de buurlanden en in de grotere
migrantengemeenschappen; organisaties en maildomeinen zijn verzonnen.

English summary: Dutch templates written fresh for the fifth multilingual set. The given and family
names are hand-compiled lists of names common in the countries of the language (the Netherlands and
Flanders), their neighbours and their larger immigrant communities (Turkish, Moroccan, Surinamese
Hindustani, Creole and Javanese, Antillean, Indonesian, Polish, Syrian, Eritrean, Ghanaian), of the
kind recorded as Wikidata given-name / family-name items (Wikidata: CC0 1.0); none is taken from Faker
or any fake-data library. Organisations and mail domains are invented. `TUNE` and `HELD` hold the two
halves of the templates (different document kinds in each, two negative documents per half).
"""

GIVEN_F = [
    # Nederland en Vlaanderen
    "Rianne", "Wendela", "Gonnie", "Maud", "Tess", "Evi", "Fenne", "Brechtje", "Truus", "Nelleke",
    "Ine", "Leen", "Aagje", "Fokje", "Hiske", "Jantien", "Klaske", "Neeltje", "Oetske", "Reintje",
    "Ytje", "Afke", "Carlijn", "Karlijn", "Lonneke", "Madelief", "Josien", "Yfke", "Fieke", "Pien",
    "Saar", "Wies", "Rozemarijn", "Siska", "Tinne", "Kristien", "Leontien", "Hermien", "Gitte",
    "Marit", "Annet", "Thirza", "Rozanne", "Wilhelmina Alida",
    # Turks
    "Zübeyde", "Melek", "Gönül", "Şükriye", "Havva", "Ayten", "Nazlı", "Hanife",
    # Marokkaans
    "Fatiha", "Btissam", "Ghizlane", "Habiba", "Jamila", "Keltoum", "Soumaya", "Rkia", "Zohra",
    # Surinaams (Hindoestaans, Creools, Javaans) en Antilliaans
    "Sharmila", "Rookmin", "Radha", "Savitri", "Padmini", "Bhagwanti", "Sushila",
    "Shirley", "Gracia", "Marietta", "Ivette", "Carmelita",
    "Sriyati", "Sutinah", "Wagiyem", "Sumini", "Tuminah",
    "Rosalinda", "Jeanine", "Giselle",
    # Indonesisch, Pools
    "Indah", "Rini", "Zofia", "Aneta", "Sylwia", "Żaneta",
    # Syrisch, Eritrees, Ghanees
    "Ghalia", "Razan", "Rawan", "Manal", "Mayssa", "Wafaa", "Suha",
    "Feven", "Selam", "Luwam", "Yordanos", "Semhar", "Winta", "Tirhas", "Abrehet", "Mehret",
    "Adwoa", "Afia", "Akua", "Esi", "Ekua", "Araba", "Gifty", "Yaaba",
]

GIVEN_M = [
    # Nederland en Vlaanderen
    "Klaas", "Sieger", "Jorrit", "Ties", "Guus", "Lander", "Aart", "Joep", "Twan", "Bauke",
    "Fokke", "Hielke", "Jelmer", "Reinder", "Sipke", "Arend", "Derk", "Eelco", "Gerard", "Kasper",
    "Laurens", "Pepijn", "Quinten", "Zeger", "Ferre", "Jelte", "Senne", "Jurgen", "Raf", "Dorus",
    "Matthijs", "Stef", "Tijn", "Jorn", "Melle", "Wijbe", "Gosse", "Tiemen", "Roelof", "Lubbert",
    "Hylke", "Karel", "Wilhelmus", "Johannes Albertus", "Gerardus Petrus", "Theodorus Adrianus",
    # Turks
    "Taner", "Ahmet", "Selim", "Zeki", "Fikret", "Necati", "Sabri", "İsmail",
    # Marokkaans
    "Hamid", "Mimoun", "Jamal", "Jaouad", "Larbi", "Mostafa", "Adil",
    # Surinaams (Hindoestaans, Creools, Javaans) en Antilliaans
    "Anand", "Dinesh", "Ramesh", "Ashwin", "Harish", "Kailash", "Ravindra", "Sewnarain",
    "Jerrel", "Marlon", "Delano", "Humphrey", "Ruthmilo",
    "Soekardi", "Paiman", "Slamet", "Wagimin", "Sukirman", "Sardjo",
    "Shurandy", "Jurickson", "Urvin", "Jandino", "Gilberto",
    # Indonesisch, Pools
    "Bambang", "Wahyu", "Djoko", "Łukasz", "Kamil", "Michał", "Rafał", "Szymon", "Zdzisław", "Stanisław",
    # Syrisch, Eritrees, Ghanees
    "Fadi", "Hussam", "Majd", "Wael", "Yamen", "Ziad", "Firas", "Mazen", "Bassel", "Ghaith", "Muhannad", "Louay",
    "Tesfay", "Filmon", "Mussie", "Berhane", "Robel", "Efrem", "Biniam", "Kibrom", "Merhawi", "Teklit",
    "Kwaku", "Kwesi", "Fiifi", "Ekow", "Kwadwo", "Kwasi", "Kobina", "Akwasi",
]

FAMILY = [
    # Nederland
    "van Ommeren", "ter Maat", "van Kooten", "van 't Hek", "van der Steeg", "van den Akker", "Brinkman",
    "Kok", "Eijkelenboom", "Ruiterkamp", "Nijhof", "Tuinstra", "van Beusekom", "Rijnders", "Klaassen",
    "Spaargaren", "van Leusden", "Kamphuis", "Bruinsma", "van de Pol", "van Oosten", "Snijders",
    "Ouwehand", "van Rossum", "Kranenburg", "Hazelhoff", "van Eck", "Zandbergen", "Bleeker", "Boerma",
    "Sluiter", "Pronk", "Stam", "Verkerk", "Mathijssen", "van Vliet",
    # Vlaanderen
    "Verhaegen", "Cools", "Aerts", "Dierckx", "Verhulst", "Bogaerts", "Vercauteren", "Sels", "Van Hoof",
    "Houben", "Knoops", "Vossen", "Baeten", "Verbist", "De Wachter", "Van Puyvelde", "Gysels", "Deckers",
    "Van Laere", "Meeusen", "Van Looy", "Bauwens", "Torfs", "Schepers", "Uytterhoeven", "Van Den Broeck",
    "Claessens",
    # Turks, Marokkaans
    "Kurt", "Karadağ", "Toprak", "Sarı", "Durmaz", "Altun",
    "Ouhaddou", "Zaoui", "Bouhaddou", "El Ouarti", "Abarkan", "Chaouch", "Mokhtari", "Outaleb", "Sghir",
    # Surinaams, Antilliaans, Moluks/Indonesisch
    "Jagessar", "Ramlal", "Bhagwandin", "Kalloe", "Rampersad", "Autar", "Chotoe", "Ganpat",
    "Sabajo", "Kruisland", "Brunings", "Sedney", "Dundas",
    "Karijo", "Sarmo", "Wongsodikromo", "Sapoen", "Soemodihardjo", "Atmodikromo",
    "Doran", "Rojer", "Latuheru", "Tahitu",
    # Pools
    "Kozłowski", "Jankowski", "Piotrowski", "Michalski", "Wróbel", "Jabłoński", "Nowakowski",
    # Syrisch, Eritrees, Ghanees
    "Alhamwi", "Kassab", "Sabbagh", "Halabi", "Shami", "Najjar", "Attar", "Hallak",
    "Haile", "Woldemichael", "Berhe", "Habte", "Gebremeskel", "Asfaha", "Tewolde",
    "Boateng", "Osei", "Agyeman", "Darko", "Gyamfi", "Sarpong", "Adjei", "Opoku",
]

CITIES = [
    "Zaltbommel", "Harderwijk", "Winschoten", "Sneek", "Steenwijk", "Zierikzee", "Culemborg", "Venray",
    "Kerkrade", "Delfzijl", "Meppel", "Enkhuizen", "Purmerend", "Bergen op Zoom", "Alphen aan den Rijn",
    "Capelle aan den IJssel", "Wijk bij Duurstede", "Den Helder", "Oud-Beijerland", "Nieuw-Vennep",
    "Roeselare", "Tielt", "Lokeren", "Herentals", "Tienen", "Diest", "Poperinge", "Waregem", "Zottegem",
    "Maaseik", "Bilzen", "Sint-Niklaas", "Sint-Truiden", "Heist-op-den-Berg", "Knokke-Heist",
    "Oud-Turnhout", "Wuustwezel",
]

STREETS = [
    "Kerkstraat", "Molenweg", "Van Heemskerckstraat", "Prinses Irenelaan", "Oudegracht",
    "Burgemeester Roelenweg", "Lange Nieuwstraat", "Achter de Kerk", "Hoogstraat", "Dorpsstraat",
    "Stationsplein", "Ooievaarslaan", "Zuiderdiep", "Rijksstraatweg", "Nieuwe Binnenweg",
    "Koningin Astridlaan", "Tiensesteenweg", "Brusselsesteenweg", "Kapelsestraat", "Sint-Jorisstraat",
    "Grote Markt", "Veldkant", "Kasteeldreef", "Leopold II-laan", "Vlasmarkt",
]

ORGS = [
    "Bouwbedrijf Kromhout & Zn. B.V.", "Installatietechniek Noorderlicht B.V.", "Bitwerf B.V.",
    "Transportbedrijf Snelvaart B.V.", "Loodgietersbedrijf Druppel V.O.F.", "Vastgoed Gildehof NV",
    "Brouwerij De Drie Kraaien BV", "Tandartspraktijk De Wilgenhoek", "Huisartsenpraktijk Klaverweide",
    "Fysiotherapie Het Anker", "Kinesitherapie Zonnebloem", "Ziekenhuis Maasoever",
    "Advocatenkantoor Ravelijn & Partners", "Notariskantoor Lindeborg", "Basisschool De Tuimelaar",
    "Vrije Basisschool Klimop", "Korfbalvereniging De Kievit '71", "Harmonie Sint-Cecilia Ommeland",
    "Woningcorporatie Thuisgaarde", "Zuivelcoöperatie Noordermelk U.A.", "vzw Buurtwerk De Sleutel",
    "Sociaal Huis Ter Venne", "Dienstencentrum De Bolder", "Verzekeringskantoor Hoeksteen",
    "Reisbureau Windroos", "Slagerij Het Gulden Zwijn", "Juwelier Zilverspar", "Uitvaartzorg Stille Wei",
    "Makelaardij Torenhof", "Tuincentrum De Vlasbloem", "Boekhoudkantoor Cijferwerk CommV",
    "Stichting Thuiszorg Lindelaan",
]

MAIL_DOMAINS = [
    "bitwerf.nl", "kromhoutbouw.nl", "postveldhoek.nl", "mailkabel.be", "thuisnet-vlaanderen.be",
    "klaverweide.nl", "zilverspar.be",
]

TUNE = {}
HELD = {}

# ---------------------------------------------------------------------------------------------------
# TUNE
# ---------------------------------------------------------------------------------------------------

TUNE["zakelijke_brief_offerte"] = """
{ORG}
{ADDR}
T {PHONE}  |  {EMAIL4}
KvK 6{NUM}  |  IBAN {IBAN}


Aan de heer {IN2}
{ORG2}
t.a.v. afdeling Facilitaire Zaken
{ADDR2}


{CITY}, {DATE}

Ons kenmerk : OFF-{NUM}
Uw kenmerk  : uw e-mail van {DATE2}
Betreft     : offerte vervanging cv-installatie en mechanische ventilatie


Geachte heer {L2},

Naar aanleiding van ons gesprek op locatie, waarbij ook uw collega mevrouw {P3} aanwezig was,
doen wij u hierbij onze offerte toekomen voor het vervangen van de bestaande installatie.

De werkzaamheden omvatten het demonteren van twee ketels, het plaatsen van een hybride
warmtepomp en het inregelen van de ventilatie. Onze werkvoorbereider {F4} heeft de situatie opgenomen
en schat de doorlooptijd op vijf werkdagen.

Totaal excl. btw: EUR {AMT}. Deze offerte is dertig dagen geldig. Op al onze aanbiedingen
zijn de Algemene Voorwaarden van Techniek Nederland van toepassing.

Mocht u vragen hebben, dan kunt u contact opnemen met ondergetekende of rechtstreeks
met de heer {L4} ({PHONE2}).

Met vriendelijke groet,


ing. {P1}
Accountmanager Zakelijk
{ORG}
"""

TUNE["klachtmail_draad"] = """
Van: {P1} <{EMAIL1}>
Aan: klantenservice
CC: {IN3}
Datum: {DATE} {TIME}
Onderwerp: RE: RE: Klacht bestelling {NUM} - nog steeds geen reactie

Goedemiddag,

Dit is inmiddels mijn derde mail over dezelfde bestelling. De wasmachine is op {DATE2}
beschadigd geleverd, de chauffeur heeft dat zelf op de pakbon genoteerd. Ik wil nu binnen
vijf werkdagen een oplossing, anders dien ik een klacht in bij De Geschillencommissie.

Mijn buurvrouw ({F3}) kan bevestigen in welke staat het apparaat werd afgeleverd.

Met vriendelijke groet,
{P1}
{ADDR}
tel. {PHONE}

Op {DATE2} schreef {P2} <{EMAIL2}>:
> Beste mevrouw {L1},
>
> Hartelijk dank voor uw bericht. Wij vinden het vervelend dat uw bestelling niet in
> goede staat is aangekomen. Uw melding is doorgezet naar onze afdeling Logistiek.
> U ontvangt binnen 48 uur bericht van mijn collega {P4}.
>
> Met vriendelijke groet,
> {F2}
> Team Klantcontact | {ORG}
>
>> Op {DATE2} schreef {P1} <{EMAIL1}>:
>> Geachte heer/mevrouw, in de bijlage foto's van de deuk in de trommel.
"""

TUNE["arbeidsovereenkomst_bepaalde_tijd"] = """
ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD

De ondergetekenden:

1. {ORG}, gevestigd te {CITY}, te dezen rechtsgeldig vertegenwoordigd door
   de heer {P2}, directeur, hierna te noemen: "de werkgever";

en

2. Mevrouw {P1}, geboren op {DOB}, wonende te {ADDR},
   BSN {BSN}, hierna te noemen: "de werknemer";

komen het volgende overeen:

Artikel 1 - Functie en standplaats
De werknemer treedt met ingang van {DATE} in dienst in de functie van Medewerker Planning.
De standplaats is {CITY2}. Leidinggevende is mevrouw {IN3}.

Artikel 2 - Duur
De overeenkomst wordt aangegaan voor de duur van twaalf maanden en eindigt van rechtswege,
zonder dat opzegging is vereist. De werkgever zegt uiterlijk een maand voor afloop aan
{L1} schriftelijk aan of de overeenkomst wordt voortgezet (aanzegplicht).

Artikel 3 - Salaris
Het bruto maandsalaris bedraagt EUR {AMT} op basis van 36 uur per week, te voldoen op
rekeningnummer {IBAN} ten name van de werknemer.

Artikel 4 - Toepasselijke cao
Op deze overeenkomst is de cao Beroepsgoederenvervoer van toepassing.

Aldus opgemaakt in tweevoud en ondertekend te {CITY} op {DATE2}.

de werkgever                                  de werknemer

.................................             .................................
{P2}                                          {P1}
"""

TUNE["loonstrook_maand"] = """
{ORG}                                              SALARISSPECIFICATIE
                                                   Periode {NUM}  /  {YEAR}
Werknemer      : {PU3}
Personeelsnr.  : {NUM}
Geboortedatum  : {DOB}
BSN            : {BSN}
Afdeling       : Magazijn & Expeditie
Uitbetaald op  : {IBAN}

Omschrijving                        Eenheden      Tarief         Bedrag
-----------------------------------------------------------------------
Salaris                              156,00                    {AMT}
Toeslag onregelmatigheid 30%          12,50                    {AMT}
Reiskostenvergoeding                  18 dgn        0,23       {AMT}
Pensioenpremie PFZW werknemer                                 -{AMT}
Loonheffing (tabel wit)                                       -{AMT}
-----------------------------------------------------------------------
Netto uit te betalen                                           {AMT}

Vakantiegeld gereserveerd 8%: {AMT}    Verlofuren saldo: 41,5

Vragen over uw strook? Mail {EMAIL2} (salarisadministratie, {P2}).
"""

TUNE["dienstrooster_week"] = """
ROOSTER AFDELING BEGANE GROND - WEEK {NUM}
Zorgcentrum: {ORG}          Teamleider: {PC4}
Ruilen ALLEEN via de teamleider, niet onderling in de app!

Naam	Ma	Di	Wo	Do	Vr	Za	Zo
{P1}	V	V	-	L	L	-	-
{P2}	L	L	L	-	-	N	N
{PI3}	-	D	D	D	-	V	V
{IN4}	N	N	-	-	V	V	-
VACATURE	ADV	-	V	V	D	-	-

V = vroeg 07:00-15:30   L = laat 15:00-23:00   N = nacht 23:00-07:30   D = dag 08:30-17:00

Let op: {F1} is vanaf {DATE} met zwangerschapsverlof, {F2} neemt haar vroege diensten over.
Invalkracht via het uitzendbureau (rij 3): {P3}, bereikbaar op {PHONE}.
Bij ziekmelding vóór 06:30 bellen naar de bereikbaarheidsdienst: {PHONE2}.
"""

TUNE["verwijsbrief_huisarts"] = """
{ORG}
{ADDR}
tel. {PHONE}   AGB-code 01-{NUM}

Aan: polikliniek Cardiologie, {ORG2}
t.a.v. dr. {IN4}, cardioloog

{CITY}, {DATE}

Betreft: mevrouw {P1}, geb. {DOB}
         {ADDR2}
         BSN {BSN}

Geachte collega,

Graag verwijs ik bovengenoemde patiënte naar uw spreekuur. Mevrouw {L1} (68 jaar) meldt
sinds ongeveer drie weken hartkloppingen in rust, vooral 's avonds, zonder pijn op de borst.
ECG in de praktijk: boezemfibrilleren, ventrikelfrequentie ca. 110/min.

Voorgeschiedenis: hypertensie, DM type 2 (dieet), appendectomie ({YEAR}).
Medicatie: metoprolol 50 mg 1dd, metformine 500 mg 2dd.
Allergieën: penicilline (exantheem).

Vraagstelling: analyse en beleid ten aanzien van antistolling. CHA2DS2-VASc 4.

Patiënte wordt vergezeld door haar zoon, {P2}; hij is bereikbaar op {PHONE2}.

Met collegiale groet,

{P3}, huisarts
"""

TUNE["labuitslag_bloed"] = """
LABORATORIUM KLINISCHE CHEMIE                    {ORG}
-------------------------------------------------------------------------
Patiënt      : {PU1}                  Geb.datum : {DOB}
Patiëntnr.   : {NUM}                  Geslacht  : V
Aanvrager    : {IN2}, huisarts ({ORG2})
Afname       : {DATE}  {TIME}         Ontvangst : {DATE}
-------------------------------------------------------------------------
Bepaling                 Uitslag     Eenheid     Referentie
Hemoglobine              6.9    L    mmol/l      7.5 - 10.0
MCV                      78     L    fl          80 - 100
Ferritine                9      L    ug/l        15 - 150
Leukocyten               6.4         10^9/l      4.0 - 10.0
Trombocyten              388         10^9/l      150 - 400
Kreatinine               71          umol/l      45 - 90
eGFR (CKD-EPI)           >90         ml/min
TSH                      2.1         mU/l        0.4 - 4.0
-------------------------------------------------------------------------
Opmerking: uitslag Hb telefonisch doorgegeven aan de assistente ({F3}) op {DATE} om {TIME}.
Geautoriseerd door: {P4}, klinisch chemicus
"""

TUNE["volmacht_algemene_vergadering"] = """
VOLMACHT

Ondergetekende,

Naam en voornaam : {PC1}
Rijksregisternummer : {RRN}
Wonende te : {ADDR}

verklaart hierbij volmacht te geven aan

de heer {P2}, geboren op {DOB}, wonende te {ADDR2},

om haar te vertegenwoordigen op de gewone algemene vergadering van {ORG}, die zal
plaatsvinden op {DATE} om {TIME} in de zaal van het ontmoetingscentrum te {CITY},
en er in haar naam deel te nemen aan alle beraadslagingen en stemmingen over de punten
van de agenda, alle akten, notulen en aanwezigheidslijsten te ondertekenen, en in het
algemeen al het nodige te doen.

De volmachtdrager kan zich niet laten vervangen. Mevrouw {L1} behoudt het recht om
zelf aanwezig te zijn, in welk geval deze volmacht vervalt.

Opgemaakt te {CITY2} op {DATE2}, in twee exemplaren.

Handtekening volmachtgever,                Handtekening volmachtdrager,
voorafgegaan door "Goed voor volmacht"     voorafgegaan door "Goed voor aanvaarding"

{P1}                                       {P2}
"""

TUNE["proces_verbaal_aangifte"] = """
POLITIE
Eenheid Oost-Nederland, district Noord- en Oost-Gelderland
Basisteam Apeldoorn

PROCES-VERBAAL VAN AANGIFTE
Registratienummer: PL0600-{NUM}

Verbalisant: {PX4}, hoofdagent van politie
Plaats/datum/tijd aangifte: {CITY}, {DATE}, {TIME} uur

Aangever:
Achternaam   : {L3}
Voornamen    : {F3}
Geboren      : {DOB}
Adres        : {ADDR}
Telefoon     : {PHONE}
E-mail       : {EMAIL3}

Feit: diefstal van een fiets (art. 310 Wetboek van Strafrecht)
Pleegdatum: tussen {DATE2} 22:00 uur en de daaropvolgende ochtend 07:15 uur
Pleegplaats: fietsenstalling bij het station te {CITY2}

Ik, aangever, verklaar het volgende:
"Ik had mijn elektrische fiets, merk Gazelle, kleur donkergrijs, met twee sloten vastgezet.
Toen ik terugkwam waren beide sloten doorgeknipt. Mijn buurman, {P2}, heeft 's nachts
twee jongens met een kniptang bij de stalling gezien. Hij wil hierover een verklaring afleggen."

Framenummer: GZ{NUM}. Aangever werd gewezen op de mogelijkheid tot schadevergoeding.

Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende op ambtsbelofte.
{IN4}
"""

TUNE["rapport_groep_zeven"] = """
{ORG}
RAPPORT - eerste rapportperiode schooljaar {YEAR}

Naam leerling:  {P1}
Groep:          7b
Leerkrachten:   juf {F3} (ma t/m wo) en meester {F2} (do, vr)

Vak                     Beoordeling
------------------------------------
Technisch lezen         goed
Begrijpend lezen        voldoende
Spelling                ruim voldoende
Rekenen                 goed
Wereldoriëntatie        zeer goed
Engels                  voldoende
Gedrag en werkhouding   goed

Opmerkingen van de leerkracht:
{F1} is dit jaar met veel zin begonnen. Ze werkt zelfstandig en helpt klasgenoten graag.
Bij begrijpend lezen leest ze de vragen soms te snel; daar gaan we samen met {F1} aan
werken. Haar spreekbeurt over Ghana was een van de beste van de groep!

Oudergesprekken vinden plaats in de week van {DATE}. U kunt zich inschrijven via Parro.

Handtekening ouder/verzorger: .................................

{P3}                    {P2}
groepsleerkracht        groepsleerkracht
"""

TUNE["ouderapp_groepschat"] = """
[{DATE}, {TIME}] {P1}: Hoi allemaal! Morgen is de schoolreis naar de Efteling, vergeet de tassen niet 🎒
[{DATE}, {TIME}] {fl3}: Moeten ze ook een lunchpakket mee of wordt er gegeten daar?
[{DATE}, {TIME}] {P1}: Lunch zelf meenemen, drinken krijgen ze van school
[{DATE}, {TIME}] {PHONE2}: Weet iemand hoe laat de bus terug is?
[{DATE}, {TIME}] {P2}: Volgens de brief van de juf om 17.30 bij het schoolplein
[{DATE}, {TIME}] {fl3}: @{F2} dankje!
[{DATE}, {TIME}] {P1}: Wie kan er nog rijden als begeleider? {L4} en ik hebben al ingevuld
[{DATE}, {TIME}] {P4}: Ik rijd, heb 3 plekken over. Bel me even op {PHONE} als je mee wilt
[{DATE}, {TIME}] ‎{fl3} heeft een foto verstuurd
[{DATE}, {TIME}] {P2}: Top, ik laat het {F1} weten
[{DATE}, {TIME}] {fl3}: Haha die paklijst is wel heel lang 😂 zonnebrand, poncho, reservesokken
[{DATE}, {TIME}] {P1}: Beter te veel dan te weinig! Fijne avond allemaal
"""

TUNE["huurovereenkomst_woonruimte"] = """
HUUROVEREENKOMST WOONRUIMTE
(model ROZ, aangepast)

DE ONDERGETEKENDEN:

{P2}, wonende te {ADDR2}, hierna te noemen "verhuurder",

en

{P1} en {P4}, beiden wonende te {CITY}, hierna gezamenlijk te noemen "huurder",

ZIJN OVEREENGEKOMEN:

1.1 Verhuurder verhuurt aan huurder en huurder huurt van verhuurder de zelfstandige
    woonruimte, plaatselijk bekend als {ADDR}, hierna "het gehuurde".

2.1 Deze overeenkomst gaat in op {DATE} en is aangegaan voor onbepaalde tijd.

3.1 De kale huurprijs bedraagt bij aanvang EUR {AMT} per maand.
3.2 De voorschotbijdrage servicekosten bedraagt EUR {AMT} per maand.
3.3 Betaling geschiedt vóór de eerste van iedere maand op rekening {IBAN}
    ten name van {IN2}.

4.1 Huurder betaalt bij ondertekening een waarborgsom van twee maanden kale huur.

5.1 Het beheer wordt uitgevoerd door {ORG}, contactpersoon mevrouw {P3},
    telefoon {PHONE}, e-mail {EMAIL3}.

Aldus in drievoud opgemaakt en ondertekend te {CITY2} op {DATE2}.

Verhuurder: ______________________   Huurder(s): ______________________
            {P2}                                 {P1} / {P4}
"""

TUNE["supportticket_export_csv"] = """
ticket_id;aangemaakt;klant;e-mail;telefoon;status;behandelaar;onderwerp
{NUM};{DATE} {TIME};{PC1};{EMAIL1};{PHONE};Open;{IN4};Router knippert oranje na storing
{NUM};{DATE} {TIME};{PC2};{EMAIL2};{PHONE2};Wacht op klant;{IN4};Factuur dubbel afgeschreven
{NUM};{DATE2} {TIME};{PC3};{EMAIL3};;Gesloten;{IN4};Verhuizing doorgeven naar {CITY}
{NUM};{DATE2} {TIME};{ORG};;;Escalatie;{IN4};Zakelijke lijn {ORG} traag sinds update
{NUM};{DATE2} {TIME};{PI1};{EMAIL1};{PHONE};Open;{fl4};Terugbelverzoek - klant vraagt naar {F4}
{NUM};{DATE2} {TIME};{P3} (namens moeder);{EMAIL3};{PHONE2};In behandeling;{fl4};Overlijden melden, contract beëindigen
{NUM};{DATE2} {TIME};{ORG2};;{PHONE2};Open;{IN4};Monteur niet verschenen op {DATE}
{NUM};{DATE2} {TIME};"{L2}, {F2}";{EMAIL2};;Gesloten;{fl4};Wifi-versterker retour

# export {DATE2} door {P4} (teamlead tweedelijns support)
# filter: status != Spam; kanaal = telefoon, mail, chat
"""

TUNE["factuur_schilderwerk"] = """
                                                       {ORG}
                                                       {ADDR}
                                                       {PHONE}
                                                       {EMAIL4}

Factuur aan:
{P1}
{ADDR2}

FACTUUR                                  Factuurnummer : {NUM}
                                         Factuurdatum  : {DATE}
                                         Vervaldatum   : {DATE2}

Omschrijving                                    Aantal     Prijs      Totaal
-------------------------------------------------------------------------------
Buitenschilderwerk kozijnen voorgevel            1         {AMT}      {AMT}
Houtrotreparatie onderdorpel                     2         {AMT}      {AMT}
Steigerhuur (week)                               1         {AMT}      {AMT}
-------------------------------------------------------------------------------
                                                 Subtotaal            {AMT}
                                                 Btw 21%              {AMT}
                                                 TOTAAL               {AMT}

Graag binnen 14 dagen overmaken op {IBAN} t.n.v. {ORG} o.v.v. het factuurnummer.
Uitgevoerd door: {F4} en {F2}. Vragen? Bel {P4}.
KvK {NUM}  -  btw-id NL{NUM}B01
"""

TUNE["rouwadvertentie_vlaams"] = """
Bedroefd, maar dankbaar voor alles wat ze voor ons betekend heeft,
melden wij u het overlijden van

Mevrouw
{PX1}
echtgenote van de heer {P2}

geboren te {CITY} op {DOB}
en zacht ingeslapen in het woonzorgcentrum te {CITY2} op {DATE},
gesterkt door het sacrament der zieken.

Dit bericht wordt u toegezonden vanwege:
{P2}, haar echtgenoot
{P3} en {P4},
    haar dochter en schoonzoon
haar kleinkinderen en achterkleinkind

De afscheidsplechtigheid, waarop u vriendelijk wordt uitgenodigd, vindt plaats op
{DATE2} om {TIME} in de parochiekerk te {CITY2}.

Gelegenheid tot groeten in het funerarium {ORG}, elke weekdag van 17 tot 18 uur.

Rouwadres: familie {L1}, p.a. {ADDR}

Liever dan bloemen, een gift voor het palliatief supportteam op {IBAN}.
"""

TUNE["nieuwsbericht_regio"] = """
REGIO  |  {DATE}

Bakkerij na 62 jaar dicht: "Mijn vader stond hier al om vier uur 's ochtends"

{CITY} - Na drie generaties sluit {ORG} aan het eind van deze maand de deuren.
Eigenaar {P2} (59) vindt geen opvolger. "Mijn kinderen hebben elk hun eigen weg
gekozen, en dat is goed zo," zegt {L2} achter de toonbank, terwijl een vaste klant
een halfje wit bestelt.

Zijn vrouw {P1} deed dertig jaar de administratie. Volgens haar is vooral de
energierekening de druppel geweest. "We betalen nu vier keer zoveel als in {YEAR}."

Wethouder {P3} (Economische Zaken) noemt de sluiting "een verlies voor de kern".
Ze wil met de ondernemersvereniging kijken of het pand een nieuwe winkelfunctie kan
krijgen. Buurtbewoonster {P4}, al veertig jaar klant, heeft een afscheidskaart
rondgebracht die inmiddels door ruim driehonderd mensen is ondertekend.

De laatste verkoopdag is {DATE2}. Wie nog een herinnering wil delen, kan terecht bij
de familie {L2}: "De koffie staat klaar."

Tekst: {IN4}  |  Foto: {P4}
"""

TUNE["clubblad_korfbal"] = """
DE KIEVITSKREET
Clubblad van {ORG} - jaargang 53, nummer {NUM}

VAN DE VOORZITTER
Beste leden, wat een seizoen! Het eerste is kampioen geworden en dat hebben we te danken
aan een hechte groep en een geweldige trainer. {P2}, namens het hele bestuur: bedankt!

KAMPIOENSELFTAL (foto hierboven, v.l.n.r.)
Staand: {P1}, {P3}, {P4} (aanvoerder)
Zittend: trainer {IN2} met de jeugdleden van de maand

AGENDA
- {DATE}  Algemene ledenvergadering, kantine, {TIME} uur
- {DATE2} Oud-papieractie, verzamelen bij de loods

BARDIENSTEN
Het rooster voor de kantine staat online. Kun je niet? Ruil zelf en meld het bij
{P3} via {EMAIL3} of app {PHONE}.

LID VAN VERDIENSTE
Op voorstel van het bestuur wordt {P4} tijdens de ALV benoemd tot lid van verdienste.
{F4} is al 25 jaar scheidsrechter bij de club en stond jarenlang op zaterdagochtend
bij de welpen langs de lijn.

Kopij voor het volgende nummer uiterlijk {DATE2} naar de redactie: {EMAIL1}.
"""

TUNE["buurtapp_signal"] = """
Buurtpreventie Bloemenwijk
---------------------------------------------
{DATE} {TIME} - {F2} 🚲: Weer een busje met open schuifdeur door de straat gereden, kenteken begint met VZ
{DATE} {TIME} - {PHONE2}: Ja die zag ik ook, stond stil bij nummer 14
{DATE} {TIME} - {P3}: Ik heb wijkagent {L4} gebeld. Hij komt vanavond een rondje lopen
{DATE} {TIME} - {PHONE2}: 👍
{DATE} {TIME} - {F2} 🚲: Bedankt {F3}! Zeggen we het ook tegen mevrouw {L1} van de hoek? Zij is alleen
{DATE} {TIME} - {P3}: Ik loop er zo even langs
{DATE} {TIME} - Wijkagent {P4}: Goedenavond buren, ik ben in de wijk. Meldingen graag ook via 0900-8844, bij spoed 112
{DATE} {TIME} - {PHONE2}: Fijn dat je er bent @{F4}
{DATE} {TIME} - {F2} 🚲: Voor wie het gemist heeft: ALV buurtvereniging is op {DATE2} in de gymzaal
{DATE} {TIME} - {P3} heeft {P1} toegevoegd
{DATE} {TIME} - {P1}: Dank jullie wel, fijn dat jullie even kwamen kijken
"""

TUNE["trouwkaart"] = """
Na negen jaar samen, twee verhuizingen en één hond
zeggen wij JA!

{F1} & {F2}

Op {DATE} trouwen wij om {TIME} uur in de trouwzaal van het oude raadhuis te {CITY}.

Wij zouden het fijn vinden als jullie erbij zijn.
Na de ceremonie is er een receptie en aansluitend een feest tot in de late uurtjes
bij {ORG}.

Dresscode: zomers chic (hakken? Het is op gras!)

Ceremoniemeesters:
{P3}  -  {PHONE}
{P4}  -  {PHONE2}
Zij weten alles over cadeautips, verrassingen en het programma.

Laat vóór {DATE2} even weten of je komt via {EMAIL1}.

Liefs,
{P1} en {P2}
{ADDR}
"""

TUNE["schadeformulier_inboedel"] = """
SCHADEFORMULIER WOONHUIS / INBOEDEL
{ORG}                                   Polisnummer: {NUM}

1. GEGEVENS VERZEKERINGNEMER
Naam ............................ {PC3}
Adres ........................... {ADDR}
Telefoon ........................ {PHONE}
E-mail .......................... {EMAIL3}
IBAN voor uitkering ............. {IBAN}

2. SCHADE
Datum schade .................... {DATE}
Tijdstip (ongeveer) ............. {TIME}
Oorzaak   [ ] brand   [X] water   [ ] storm   [ ] inbraak   [ ] anders
Omschrijving: lekkage vanuit de badkamer van de bovenburen ({P2}), plafond in de
woonkamer en een eikenhouten dressoir beschadigd.

3. IS ER EEN ANDERE PARTIJ BETROKKEN?   [X] ja   [ ] nee
Naam tegenpartij ................ {P2}
Adres ........................... {ADDR2}
Verzekerd bij ................... {ORG2}

4. GESCHAT SCHADEBEDRAG ......... EUR {AMT}

5. ONDERTEKENING
Ik verklaar dit formulier naar waarheid te hebben ingevuld.
Plaats: {CITY}          Datum: {DATE2}         Handtekening: ...........................

In te vullen door de schadebehandelaar: dossier toegewezen aan {IN4}, expert {P1}.
"""

TUNE["neg_menukaart_eetcafe"] = """
EETCAFÉ MENUKAART
================================

LUNCH (tot 16:00)
Uitsmijter Ham & Kaas .................. {AMT}
Twee Kroketten met Brood & Mosterd ..... {AMT}
Tosti Hawaï ............................ {AMT}
Clubsandwich Kip & Bacon ............... {AMT}
Soep van de Dag ........................ {AMT}

DINER (vanaf 17:00)
Saté van Kippendij, Atjar, Kroepoek .... {AMT}
Stoofvlees op Vlaamse Wijze, Frieten ... {AMT}
Gebakken Zalm, Beurre Blanc ............ {AMT}
Vegetarische Burger, Truffelmayo ....... {AMT}
Kindermenu (Frikandel, Appelmoes) ...... {AMT}

NAGERECHTEN
Dame Blanche ........................... {AMT}
Appeltaart met Slagroom ................ {AMT}
Koffie Compleet ........................ {AMT}

Vraag de Bediening naar onze Allergenenkaart.
Keuken Open tot {TIME}. Reserveren voor Groepen vanaf 8 personen.
Pinnen Graag - Geen Creditcards.
"""

TUNE["neg_gebruiksaanwijzing_koffiemachine"] = """
GEBRUIKSAANWIJZING - VOLAUTOMATISCHE ESPRESSOMACHINE
Model {NUM}

BELANGRIJKE VEILIGHEIDSVOORSCHRIFTEN
- Lees deze Handleiding Zorgvuldig voor Gebruik.
- Plaats het Apparaat op een Vlakke, Stabiele Ondergrond.
- Dompel het Apparaat NOOIT onder in Water.
- Kinderen jonger dan 8 jaar Uitsluitend onder Toezicht.

EERSTE INGEBRUIKNAME
1. Verwijder alle Verpakkingsmateriaal.
2. Vul het Waterreservoir tot de MAX-markering.
3. Druk op de AAN/UIT-toets. Het Display toont "SPOELEN".
4. Plaats een Kopje onder de Uitloop en Bevestig met OK.

ONTKALKEN
Het Display toont "ONTKALKEN NODIG": gebruik uitsluitend Ontkalkingsmiddel Type C.
Duur van het Programma: ca. 25 minuten. Onderbreek het Programma niet.

STORINGEN
Melding            Oorzaak                       Oplossing
E01                Waterreservoir leeg           Reservoir vullen
E04                Zetgroep niet geplaatst       Zetgroep Terugplaatsen
E09                Oververhitting                Apparaat 30 min. Laten Afkoelen

Garantie: 24 maanden vanaf Aankoopdatum. Bewaar de Kassabon.
"""

# ---------------------------------------------------------------------------------------------------
# HELD
# ---------------------------------------------------------------------------------------------------

HELD["ingebrekestelling_huurachterstand"] = """
{ORG}
advocaten
{ADDR}
T {PHONE}
E {EMAIL4}

AANGETEKEND EN PER GEWONE POST
De heer {P2}
{ADDR2}

{CITY}, {DATE}

Inzake : {ORG2} / {L2}
Dossier: {NUM}
Behandelaar: mr. {IN4}

Geachte heer {L2},

Wij treden op als advocaat van {ORG2}, uw verhuurder. Cliënte heeft ons verzocht u het
volgende te berichten.

Uit de administratie van cliënte blijkt dat u de huur over de maanden juli tot en met
oktober niet heeft voldaan. De achterstand bedraagt thans EUR {AMT}. Eerdere
herinneringen van de beheerder, mevrouw {P3}, zijn door u onbeantwoord gelaten.

Namens cliënte stellen wij u hierbij in gebreke en sommeren wij u het volledige bedrag,
vermeerderd met de wettelijke rente en de buitengerechtelijke incassokosten ad EUR {AMT},
binnen veertien dagen na dagtekening van deze brief over te maken op {IBAN}, onder
vermelding van ons dossiernummer.

Blijft betaling uit, dan zullen wij zonder nadere aankondiging een procedure bij de
kantonrechter aanhangig maken, waarbij ontbinding van de huurovereenkomst en ontruiming
zullen worden gevorderd. De kosten daarvan komen voor uw rekening.

Wij vertrouwen erop dat het zover niet hoeft te komen.

Hoogachtend,

mr. {P4}
advocaat

cc: {IN3} ({ORG2})
"""

HELD["bezwaarschrift_gemeente"] = """
{P1}
{ADDR}
{PHONE}

Aan het college van burgemeester en wethouders van de gemeente {CITY}
t.a.v. de bezwarencommissie
Postbus 40
{CITY}

{CITY}, {DATE}

Onderwerp: bezwaar tegen de beschikking WOZ-waarde, aanslagnummer {NUM}

Geacht college,

Hierbij maak ik bezwaar tegen de beschikking van {DATE2}, waarin de WOZ-waarde van mijn
woning aan het adres {ADDR} is vastgesteld op EUR {AMT}.

Gronden van het bezwaar:
1. De waarde is te hoog vastgesteld. Vergelijkbare woningen in de straat zijn in het
   afgelopen jaar voor aanzienlijk lagere bedragen verkocht.
2. Er is geen rekening gehouden met de achterstallige staat van het dak; het rapport van
   de bouwkundige, de heer {P2} van {ORG}, voeg ik als bijlage toe.

Ik verzoek u de waarde te verlagen en mij in de gelegenheid te stellen mijn bezwaar
mondeling toe te lichten. Mijn partner, {P4}, is mede-eigenaar en sluit zich bij dit
bezwaar aan.

Hoogachtend,


{P1}                                  {P4}

Bijlagen: bouwkundig rapport, taxatie d.d. {DATE2}
BSN: {BSN}
"""

HELD["schriftelijke_waarschuwing"] = """
PERSOONLIJK EN VERTROUWELIJK

{ORG}
Afdeling HRM

Aan: {P2}
Personeelsnummer: {NUM}
Functie: chauffeur distributie

{CITY}, {DATE}

Betreft: schriftelijke waarschuwing

Beste {F2},

Op {DATE2} heb jij samen met je leidinggevende, {P1}, en HR-adviseur {P3} een gesprek
gehad over je herhaalde te laat komen. Sinds het begin van het kwartaal ben je op zeven
dagen meer dan een half uur te laat op het depot verschenen, zonder je vooraf af te melden.

In dat gesprek is met je afgesproken dat je je voortaan uiterlijk 05:30 uur telefonisch
afmeldt bij de planning ({PHONE}) als je verhinderd bent. Ondanks deze afspraak was je op
{DATE} opnieuw niet op tijd aanwezig.

Met deze brief ontvang je een schriftelijke waarschuwing. Wij wijzen je erop dat bij een
volgende overtreding verdergaande maatregelen kunnen volgen, tot en met ontslag.

Je kunt binnen tien werkdagen schriftelijk reageren. Je reactie wordt bij deze brief in je
personeelsdossier bewaard.

Met vriendelijke groet,

{IN1}                            {IN3}
Teamleider Distributie           HR-adviseur

Voor gezien getekend (niet voor akkoord): .......................  ({L2})
"""

HELD["getuigschrift_stage"] = """
                         GETUIGSCHRIFT


                        {ORG}
               verklaart hierbij dat

                        {PX1}

          geboren op {DOB} te {CITY},

van {DATE} tot en met {DATE2} met goed gevolg stage heeft gelopen
        op de afdeling Marketing & Communicatie.

Tijdens haar stage heeft mevrouw {L1} onder begeleiding van de heer {P2}
onder meer de nieuwsbrief verzorgd, een klanttevredenheidsonderzoek opgezet en
meegewerkt aan de lancering van onze nieuwe webwinkel.

Wij hebben {F1} leren kennen als een leergierige, zelfstandige en betrouwbare
collega. Wij wensen haar veel succes in haar verdere loopbaan.


{CITY2}, {DATE2}


...................................          ...................................
{PX4}                                        {PX2}
Algemeen directeur                           Stagebegeleider
"""

HELD["ontslagbrief_ziekenhuis"] = """
{ORG}
Afdeling Longziekten, verpleegafdeling 4 Oost
{ADDR}

Aan: {P3}, huisarts
{ORG2}

Kopie: patiënt

{CITY}, {DATE}

Betreft: de heer {P2}, geb. {DOB}, BSN {BSN}
Opname: {DATE2} tot {DATE}

Geachte collega {L3},

Uw patiënt werd via de SEH opgenomen in verband met een exacerbatie COPD GOLD III bij een
virale luchtweginfectie (RSV positief).

Beloop: behandeld met prednisolon 40 mg gedurende vijf dagen, verneveling en zuurstof
(max. 2 l/min). Geen antibiotica. De heer {L2} herstelde voorspoedig en was bij ontslag
in rust zonder zuurstof saturerend 93%.

Ontslagmedicatie:
- prednisolon 40 mg 1dd t/m {DATE}, daarna stop
- tiotropium/olodaterol 2,5/2,5 ug 2 inhalaties 1dd (ongewijzigd)
- salbutamol 100 ug zo nodig

Beleid: controle longpoli over zes weken bij ondergetekende (dr. {L4}). Longrevalidatie aangevraagd.
Thuiszorg via {ORG2}. Contactpersoon: dochter {P1}, {PHONE}.

Met vriendelijke groet,

dr. {P4}, longarts
(gedicteerd, niet ondertekend)
"""

HELD["medicijnetiket_apotheek"] = """
APOTHEEK                                   {PHONE}
-----------------------------------------------------
{PU1}                             geb. {DOB}
Voorschrijver: {IN2}
-----------------------------------------------------
AMOXICILLINE/CLAVULAANZUUR 500/125MG TABLET
30 stuks                                   Rx {NUM}

3 x per dag 1 tablet
Innemen bij het begin van de maaltijd.
Kuur afmaken.

Afgeleverd: {DATE}              Uitgifte: {F3}
-----------------------------------------------------

Herhaalrecept bij dezelfde apotheek, afgehaald door:
  [X] patiënt zelf   [ ] partner   [ ] anders: ......................
Ophaalcode voor de afhaalkluis: {NUM}  (geldig tot {DATE2})
Vragen over uw medicijnen? Mail {EMAIL3} of bel {P3}, apothekersassistent.
"""

HELD["afspraakherinneringen_sms"] = """
Berichten - {PHONE}

{DATE} {TIME}
Beste {F1}, u heeft een afspraak bij {ORG} op {DATE2} om {TIME} bij mondhygiënist {IN4}.
Verhinderd? Bel minimaal 24 uur van tevoren {PHONE2}. Niet afgemeld = in rekening gebracht.

{DATE} {TIME}
Herinnering: morgen om {TIME} uw afspraak. Neem uw verzekeringspas mee. Tot morgen!

{DATE2} {TIME}
Ik: Kan ik de afspraak verzetten? Mijn zoon {F2} is ziek, ik kan niet weg. Gr {P1}

{DATE2} {TIME}
Geen probleem mevr. {L1}, we hebben u verzet naar {DATE2} om {TIME}. Groet, {F3} (balie)

{DATE2} {TIME}
Ik: Top, dank je wel!
"""

HELD["dagvaarding_kantonrechter"] = """
DAGVAARDING
Kantonzaak

Heden, de {DATE},

ten verzoeke van de besloten vennootschap met beperkte aansprakelijkheid {ORG},
gevestigd te {CITY}, te dezen woonplaats kiezende te {ADDR2} ten kantore van
{ORG2}, van welk kantoor mr. {P4} als gemachtigde wordt aangewezen;

heb ik, {P2}, gerechtsdeurwaarder, kantoorhoudende te {CITY2},

GEDAAGD:

{PX1}, wonende te {ADDR},
mijn exploot doende aan haar woonplaats en aldaar sprekende met
[ ] haarzelf  [X] {P3}, die verklaarde huisgenote te zijn;

om op {DATE2} om {TIME} uur, niet in persoon verschijnende, ter terechtzitting van de
rechtbank, sector kanton, locatie {CITY2}, te verschijnen;

MET DE UITDRUKKELIJKE VERMELDING DAT:
a. indien gedaagde in het geding niet verschijnt en de voorgeschreven griffierechten niet
   tijdig betaalt, verstek tegen haar zal worden verleend en de vordering zal worden
   toegewezen, tenzij deze de rechter onrechtmatig of ongegrond voorkomt;

TENEINDE:
gedaagde te veroordelen tot betaling van EUR {AMT} wegens onbetaalde facturen, vermeerderd
met de wettelijke handelsrente, zoals nader omschreven in de bijgevoegde producties.

De kosten van dit exploot zijn EUR {AMT}.

{IN2}, gerechtsdeurwaarder
"""

HELD["akte_van_verkoop_notaris"] = """
Repertorium nr. {NUM}
Dossier: {NUM}/JVD

VERKOOP

Op {DATE}.
Voor mij, Meester {P3}, notaris met standplaats te {CITY}, die haar ambt uitoefent in de
vennootschap {ORG},

ZIJN VERSCHENEN:

1) De heer {PU2}, geboren te {CITY2} op {DOB}, rijksregisternummer {RRN},
   wonende te {ADDR2},
   hierna genoemd "de verkoper";

2) Mevrouw {PU1}, geboren te {CITY} op {DOB}, en haar echtgenoot, de heer {PU4},
   samenwonende te {ADDR},
   hierna samen genoemd "de koper".

De verkoper verklaart te verkopen aan de koper, die aanvaardt, het hierna beschreven goed:

GEMEENTE {CITY}, eerste afdeling
Een woonhuis met aanhorigheden op en met grond, gelegen aan de {ADDR2}, ten kadaster
gekend sectie B, nummer {NUM}, met een oppervlakte volgens titel van vier aren tweeëntwintig
centiaren.

PRIJS
De verkoop is toegestaan en aanvaard voor de prijs van EUR {AMT}, die de koper heeft
betaald door overschrijving van rekening {IBAN}, waarvoor kwijting.

WAARVAN AKTE, opgemaakt te {CITY}, datum als voormeld.
Na gedeeltelijke voorlezing en toelichting hebben de comparanten met mij, notaris, getekend.
"""

HELD["notulen_vve"] = """
NOTULEN ALGEMENE LEDENVERGADERING
Vereniging van Eigenaars Appartementencomplex De Parkzijde

Datum: {DATE}, aanvang {TIME} uur
Locatie: buurthuis, zaal 2
Voorzitter: {P2}   |   Notulist: {P3}

## Aanwezig

| Appartement | Eigenaar            | Stemmen | Volmacht aan  |
|-------------|---------------------|---------|---------------|
| 2           | {ORG2}              | 1       | -             |
| 5           | {PC2}               | 1       | -             |
| 9           | {PC4}               | 1       | {IN2}         |
| 12          | {PC3}               | 1       | -             |

Afwezig met kennisgeving: {P4}. Beheerder {ORG} vertegenwoordigd door {P1}.

## 1. Opening en mededelingen
De voorzitter opent de vergadering. {L2} deelt mee dat de lift op {DATE2} wordt gekeurd.

## 2. Jaarrekening en begroting
De kascommissie ({IN3} en {IN4}) heeft de stukken gecontroleerd en adviseert decharge.
Besluit: de jaarrekening wordt unaniem vastgesteld. Reservefonds per 31-12: EUR {AMT}.

## 3. Schilderwerk galerijen
Mevrouw {L1} (beheerder) licht de offerte toe. {F3} vraagt of de balkonhekken worden
meegenomen. Antwoord: nee, dat volgt in {YEAR}.
Besluit: aangenomen met 3 stemmen voor, 1 tegen ({L4}).

## 4. Rondvraag en sluiting
Geen vragen. Sluiting om {TIME} uur.

Actiepunt: {F1} vraagt twee extra offertes op (mail naar {EMAIL1}).
"""

HELD["briefje_afwezigheid_school"] = """
{CITY}, {DATE}

Beste juf {F3},

Hierbij meld ik dat onze dochter {F1} morgen en overmorgen niet op school zal zijn.
Zij moet in het ziekenhuis een kleine ingreep ondergaan (amandelen). De dokter
verwacht dat ze maandag weer naar school kan.

Zou u het huiswerk willen meegeven aan haar vriendinnetje uit de klas? Ze woont bij ons
om de hoek. Voor vragen ben ik bereikbaar op {PHONE}, of mail naar {EMAIL2}.

Alvast bedankt!

Met vriendelijke groeten,
{P2} (papa van {F1})


--------------------------------------------------------- knip hier ---
Ingevuld door de school:
Leerling: {PI1}     Klas: 3B     Leerkracht: {IN3}
Afwezigheid gewettigd:  [X] ja  [ ] nee      Code: Z
Paraaf secretariaat: {F4}
"""

HELD["zoekertjes_tweedehands"] = """
ZOEKERTJES - week {NUM}

TE KOOP: kinderfiets 20 inch, blauw, met versnellingen. Weinig gebruikt, {AMT} euro.
Ophalen in {CITY}. Tel. {PHONE} (na 18 u.), vragen naar {F2}.

TE HUUR: garagebox in centrum {CITY2}, elektriciteit aanwezig. {AMT} euro/maand.
Inl.: {P4}, {PHONE2}.

GEZOCHT: betrouwbare poetshulp voor 4 uur per week, dienstencheques. Contact:
mevr. {L1}, {EMAIL1}.

TE KOOP: eiken eettafel met 6 stoelen, in prima staat. Prijs n.o.t.k.
{IN3}, {ADDR}.

GEVRAAGD: oppas voor twee kinderen (4 en 7 j.) op woensdagnamiddag, regio {CITY}.
Stuur een berichtje naar {F3} op {PHONE}.

GRATIS AF TE HALEN: stapel tuintegels 30x30 (ca. 40 st.). Bij {P2}, {ADDR2}.
Wie eerst komt, eerst maalt!
"""

HELD["geboortekaartje"] = """
Met een hart vol liefde
en een beetje ongeloof
stellen wij jullie voor aan ons dochtertje

{PX1}

geboren op {DATE} om {TIME} uur
3.420 gram  -  51 cm

Trotse ouders: {P3} en {P2}
Grote broer: {F4} (4)

Kraamvisite is welkom na een appje aan papa {F2} ({PHONE}).
Wij wonen inmiddels hier:
{ADDR}

Een kaartje sturen kan natuurlijk ook!

Met dank aan de verloskundigen van {ORG} en aan onze kraamverzorgster voor de
fijne eerste week.
"""

HELD["reisbevestiging_vlucht_hotel"] = """
BOEKINGSBEVESTIGING
{ORG}  |  Reisnummer {NUM}  |  Geboekt op {DATE}

Hoofdboeker:     {PX2}
Adres:           {ADDR}
Telefoon:        {PHONE}
E-mail:          {EMAIL2}

Reizigers (namen zoals in paspoort):
  1.  {PU2}          volw.     geb. {DOB}
  2.  {PU1}          volw.     geb. {DOB}
  3.  {PU3}          kind      geb. {DOB}

HEENVLUCHT  {DATE2}   AMS 06:40  ->  AYT 11:15   Transavia HV6213   20 kg ruimbagage p.p.
TERUGVLUCHT {DATE2}   AYT 12:10  ->  AMS 14:55   Transavia HV6214

ACCOMMODATIE  Hotel Lara Dunes *****, Antalya  -  7 nachten, all inclusive
Kamer: familiekamer zeezicht, 2 volw. + 1 kind

Totale reissom:     EUR {AMT}
Aanbetaling (30%):  EUR {AMT}, voldaan
Restbetaling:       uiterlijk zes weken voor vertrek

Uw reisadviseur: {P4}, {EMAIL4}, {PHONE2}
Noodnummer tijdens uw reis: zie uw reisdocumenten.
"""

HELD["ledenlijst_json_export"] = """
{
  "vereniging": "{ORG}",
  "exportdatum": "{DATE}",
  "aangemaakt_door": "{EMAIL4}",
  "leden": [
    {
      "lidnummer": "{NUM}",
      "naam": "{P1}",
      "geboortedatum": "{DOB}",
      "adres": "{ADDR}",
      "telefoon": "{PHONE}",
      "email": "{EMAIL1}",
      "iban": "{IBAN}",
      "rol": "penningmeester"
    },
    {
      "lidnummer": "{NUM}",
      "naam": "{PC2}",
      "geboortedatum": "{DOB}",
      "adres": "{ADDR2}",
      "telefoon": "{PHONE2}",
      "email": "{EMAIL2}",
      "rol": "lid",
      "ouder_verzorger": "{P3}"
    },
    {
      "lidnummer": "{NUM}",
      "naam": "{IN4}",
      "email": "{EMAIL4}",
      "rol": "secretaris",
      "opmerking": "neemt vanaf {DATE2} het ledenbeheer over van {F1}"
    }
  ]
}
"""

HELD["linkedin_post_reacties"] = """
{P3} • 1e
Teamleider Verpleging bij {ORG}
2 d • 🌐

Vandaag afscheid genomen van een collega die een enorme stempel op onze afdeling heeft
gedrukt. {P1}, 41 jaar in de zorg, waarvan 28 bij ons. 💙

Ik weet nog hoe {F1} mij als jonge verpleegkundige inwerkte: rustig, streng en altijd
met een grap op het juiste moment. Dank je wel voor alles, en geniet van je pensioen!

#zorg #afscheid #trots #verpleegkunde

👏❤️ {NUM} · 38 reacties

{P2} • 2e
Manager Zorg | {ORG2}
Wat een mooie woorden, {F3}. Van harte gefeliciteerd {F1}!

{P4}
Wat een prachtige loopbaan. Mijn moeder lag in {YEAR} bij jullie, en mevrouw {L1} was
degene die ons er doorheen heeft gesleept. Nooit vergeten.
    Reactie van {P3}:
    Dank je wel {F4}, dat zal ik zeker aan haar doorgeven 🙏

{P1}
Wat lief allemaal, ik ben er stil van. Ik ga jullie missen! 🥲
"""

HELD["teams_chat_export"] = """
Chat: Projectteam Migratie Boekhouding
Geëxporteerd: {DATE} {TIME}

{PC4}  {DATE2} {TIME}
Goedemorgen! Kan iemand bevestigen dat de testomgeving weer draait?

{PC1}  {DATE2} {TIME}
Ja, {F2} heeft hem gisteravond opnieuw opgestart. Inloggen lukt weer.

{PC2}  {DATE2} {TIME}
Klopt. Let op: de koppeling met de bank ({IBAN} testrekening) staat nog uit.
@{P3} kun jij de rechten voor {IN1} aanpassen? Ze kan de grootboekrekeningen niet zien.

{PC3}  {DATE2} {TIME}
Doe ik na de stand-up. {F1}, laat je even weten of het werkt?

{PC1}  {DATE2} {TIME}
👍

{PC4}  {DATE2} {TIME}
Mooi. Ik zet het overleg met {ORG} over de conversie op {DATE} om {TIME}.
Contactpersoon aan hun kant is {P2} ({EMAIL2}), niet de algemene helpdesk.
"""

HELD["crm_export_xml"] = """
<?xml version="1.0" encoding="UTF-8"?>
<relaties export="{DATE}" bron="CRM">
  <relatie id="{NUM}" type="particulier">
    <naam>{P1}</naam>
    <aanhef>Geachte mevrouw {L1}</aanhef>
    <geboortedatum>{DOB}</geboortedatum>
    <adres>{ADDR}</adres>
    <telefoon>{PHONE}</telefoon>
    <email>{EMAIL1}</email>
    <bsn>{BSN}</bsn>
    <accountmanager>{IN4}</accountmanager>
  </relatie>
  <relatie id="{NUM}" type="zakelijk">
    <bedrijfsnaam>{ORG}</bedrijfsnaam>
    <contactpersoon>{PC2}</contactpersoon>
    <adres>{ADDR2}</adres>
    <telefoon>{PHONE2}</telefoon>
    <email>{EMAIL2}</email>
    <iban>{IBAN}</iban>
    <notitie>Bellen na {TIME}; secretaresse {F3} plant afspraken in.</notitie>
  </relatie>
</relaties>
"""

HELD["spreekuurlijst_fysiotherapie"] = """
{ORG}                                  Agenda {DATE}
Therapeut: {P4}                         Ruimte 3
==========================================================================
Tijd   Patiënt                      Geb.datum     Klacht            Verzekeraar
-----  ---------------------------  ------------  ----------------  -----------
08:30  {PI1}                        {DOB}         knie post-ok      VGZ
09:00  {PI2}                        {DOB}         lage rug          CZ
09:30  -- vrij --
10:00  {PI3}                        {DOB}         schouder          Menzis
10:30  intake (verwijzing {ORG2})   -             enkel             Zilveren K.
==========================================================================
Notities:
- {F1}: verwijzing van {IN3} nog niet binnen, navragen bij de praktijk ({PHONE}).
- Dhr. {L2}: belt af als het regent i.v.m. rolstoelvervoer, terugbelnummer {PHONE2}.
- Overleg met {F4} over de intake van {DATE2} om {TIME}.
"""

HELD["sollicitatiebrief"] = """
{P1}
{ADDR}
{PHONE}
{EMAIL1}

{ORG}
t.a.v. mevrouw {P3}, HR-adviseur
{ADDR2}

{CITY}, {DATE}

Betreft: sollicitatie naar de functie van Doktersassistent (32 uur), vacaturenummer {NUM}

Geachte mevrouw {L3},

Met veel enthousiasme las ik uw vacature op de website van {ORG}. Graag solliciteer ik
naar deze functie.

Na mijn opleiding tot doktersassistent werk ik sinds {YEAR} bij {ORG2}, waar ik de
triage aan de telefoon doe, het laboratorium verzorg en de praktijkmanager, de heer
{P2}, ondersteun bij de planning. Ik spreek naast Nederlands ook Turks en Arabisch,
wat in de praktijk vaak van pas komt.

Mijn huidige werkgever heeft aangegeven als referent te willen optreden; u kunt hiervoor
contact opnemen met de heer {L2} via {PHONE2}.

Graag licht ik mijn motivatie toe in een persoonlijk gesprek.

Met vriendelijke groet,

{P1}

Bijlage: curriculum vitae
"""

HELD["neg_dienstregeling_buslijn"] = """
DIENSTREGELING LIJN {NUM}
Station - Ziekenhuis - Bedrijventerrein Noord
Geldig vanaf {YEAR} t/m nader order

MAANDAG T/M VRIJDAG
Halte                        |  ---   ---   ---   ---   ---
Station, Perron B            |  06:12 06:42 07:12 07:42 {TIME}
Markt                        |  06:17 06:47 07:17 07:47  --
Ziekenhuis Hoofdingang       |  06:24 06:54 07:24 07:54  --
Sportpark                    |  06:29 06:59 07:29 07:59  --
Bedrijventerrein Noord       |  06:35 07:05 07:35 08:05  --

ZATERDAG
Rijdt elk Uur, eerste Rit 08:12, laatste Rit {TIME}.

ZON- EN FEESTDAGEN
Geen Dienst. Maak gebruik van de Buurtbus of Regiotaxi.

LET OP
- Inchecken VERPLICHT met OV-chipkaart, Bankpas of Creditcard.
- Geen Contante Betaling in de Bus.
- Rolstoel of Kinderwagen? Gebruik de Middendeur.
- Wijzigingen door Werkzaamheden: zie de Reisplanner.

Bij Vertraging: Geld-terug-bij-vertraging vanaf 30 minuten.
"""

HELD["neg_zwembad_reglement_tarieven"] = """
SPORTFONDSENBAD - HUISREGLEMENT EN TARIEVEN {YEAR}

HUISREGLEMENT
1. Douchen VOOR het Zwemmen is Verplicht.
2. Kinderen onder 6 jaar Uitsluitend onder Begeleiding van een Volwassene in het Water.
3. Zwemdiploma A Vereist voor het Diepe Bad.
4. Rennen, Duwen en Kopje-onder-duwen is NIET Toegestaan.
5. Aanwijzingen van de Badmeester en de Toezichthouder Direct Opvolgen.
6. Glaswerk, Etenswaren en Luidsprekers zijn Verboden in de Zwemzaal.
7. Gebruik van de Glijbaan: één Persoon tegelijk, Voeten Vooruit.

TARIEVEN
Soort                          Prijs
Losse Kaart Volwassene         {AMT}
Losse Kaart Kind (t/m 17)      {AMT}
10-Badenkaart                  {AMT}
Maandabonnement Banenzwemmen   {AMT}
Aquajoggen (per les)           {AMT}
Zwem-ABC, Lespakket 10 lessen  {AMT}

OPENINGSTIJDEN
Banenzwemmen: Ma t/m Vr vanaf 07:00
Recreatief Zwemmen: Wo en Za tot {TIME}
Tijdens Schoolvakanties Afwijkende Tijden.

De Directie is niet Aansprakelijk voor Verlies of Diefstal. Gebruik de Kluisjes.
"""
