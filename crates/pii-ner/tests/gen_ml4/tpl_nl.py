"""Nederlandstalige sjablonen voor de vierde meertalige generalisatieset (gen_ml4).

Dit bestand bevat sjablonen van documenten zoals ze in Nederland en Vlaanderen echt voorkomen:
brieven en e-mails, mailwisselingen met geciteerde antwoorden, formulieren, personeelsstukken,
medische brieven, notariële en juridische akten, schooldocumenten, huur- en verzekeringspapieren,
facturen, notulen, exportbestanden, chats, tickets, berichten op sociale media, lokaal nieuws,
familieberichten, cv's, clubbladen, advertenties, registers en roosters. Personen, plaatsen,
organisaties, adressen, telefoonnummers, e-mailadressen, datums en identificatienummers staan er
uitsluitend als plaatshouder in; de waarden komen uit de lijsten hieronder en uit de generatoren
van de eerdere sets. De namen zijn met de hand samengestelde lijsten van voor- en achternamen die
gangbaar zijn in Nederland en Vlaanderen, in de buurlanden en in de grotere migrantengemeenschappen
(Turks, Marokkaans, Pools, Roemeens, Oekraïens, Surinaams-Hindoestaans, Moluks, Indisch-Chinees,
Vietnamees, Chinees, Ghanees, Nigeriaans, Kaapverdisch, Eritrees, Indiaas, Filipijns, Antilliaans),
van het soort dat als voornaam- of achternaamitem in Wikidata is vastgelegd (Wikidata: CC0 1.0);
geen enkele komt uit Faker of een andere bibliotheek voor nepgegevens. Organisaties en maildomeinen
zijn verzonnen.

English summary: Dutch-language (Netherlands and Flanders) templates for the fourth multilingual
generalization set. Every person, place, organisation, address, phone number, e-mail address, date
and identifier in a template is a placeholder; `TUNE` and `HELD` are the two halves, each covering
the whole range of document kinds and each holding two negative templates without any PII. The
name lists are hand-compiled lists of given and family names common in the Netherlands, Belgium,
their neighbours and their larger immigrant communities, of the kind recorded as Wikidata
given-name / family-name items (Wikidata: CC0 1.0), none taken from Faker or any fake-data library
and none shared with the earlier sets' lists. Organisations and mail domains are invented.
"""

GIVEN_F = [
    # Nederland (ook Fries en Gronings)
    "Geertruida", "Hendrika", "Jantine", "Hinke", "Leentje", "Wendelien", "Jikke", "Dieuwertje",
    "Trijntje", "Rinske", "Lisanne", "Mientje", "Marijke", "Jolanda", "Riekje", "Grietje", "Mariska",
    "Eefje", "Jorien", "Anneloes", "Petronella", "Hillegonda", "Ymkje", "Sjoukje", "Minke", "Joukje",
    "Marjolijn", "Nienke", "Sterre", "Puck", "Mirte", "Jet", "Riet", "Klazina", "Jacoba", "Quirine",
    "Nora-Lou", "Marije-Lou",
    # Vlaanderen
    "Lutgarde", "Godelief", "Lieselot", "Berlinde", "Katelijne", "Bieke", "Ilke", "Lore", "Marthe",
    "Saartje", "Liesbet", "Marleen", "Fien",
    # migrantengemeenschappen
    "Gülsen", "Fadime", "Hülya", "Nurten", "Sevgi", "Yasemin", "Nesrin", "Ayşenur", "Zehra Sude",
    "Fadoua", "Touria", "Rachida", "Fouzia", "Ouafae", "Bouchra", "Kawtar", "Nisrine", "Chaimae",
    "Ewelina", "Justyna", "Urszula", "Elżbieta", "Luminița", "Corina", "Oleksandra", "Larysa",
    "Kateryna", "Thao", "Trang", "Xiaomei", "Lijuan", "Sarita", "Kalawatie", "Rukmini",
    "Soerinderkoemarie", "Retno", "Ratna", "Akosua", "Adjoa", "Efua", "Senait", "Neusa", "Ivone",
    "Marites", "Ligaya", "Xiomara", "Shanaya", "Anjali", "Lakshmi",
]

GIVEN_M = [
    # Nederland (ook Fries)
    "Joop", "Sytze", "Freerk", "Jitse", "Lolke", "Oebele", "Watse", "Wybren", "Ype", "Tjibbe",
    "Jurjen", "Gerlof", "Reinout", "Rogier", "Koos", "Arie", "Bertus", "Hein", "Herman", "Kobus",
    "Nout", "Rens", "Siem", "Sijmen", "Tijmen", "Dolf", "Sjaak", "Huib", "Tijs", "Mees", "Lambertus",
    "Bartholomeus", "Cornelis", "Egbert", "Frits", "Okke", "Auke", "Tjalling", "Meindert", "Rombout",
    # Vlaanderen
    "Lode", "Rik", "Bert", "Miel", "Gust", "Odilon", "Achiel", "Cyriel", "Jozef", "Roel", "Korneel",
    "Lennert", "Jarne", "Robbe", "Koenraad", "Ludo", "Herwig", "Gunther", "Fons", "Luc",
    # migrantengemeenschappen
    "Tayfun", "Ercan", "Levent", "Metin", "Nihat", "Sedat", "Tarkan", "Enes", "Furkan", "Ömer Faruk",
    "Mesut Can", "Nordin", "Mustapha", "Abdelhak", "Abdessamad", "Yassine", "Anouar", "Hicham",
    "Redouan", "Zakaria", "Othman", "Abdelhamid", "Jarosław", "Radosław", "Jacek", "Maciej",
    "Andrzej", "Costel", "Răzvan", "Viorel", "Serhii", "Dmytro", "Andrii", "Mykhailo", "Ostap",
    "Thanh", "Khanh", "Vinh", "Guoqiang", "Weiming", "Radjesh", "Ramdien", "Soeresh", "Roeplal",
    "Radjinder", "Kishan", "Kwame", "Kofi", "Kwabena", "Kojo", "Obinna", "Chukwuemeka", "Edilson",
    "Rommel", "Efren", "Tesfaye", "Dawit", "Habtom", "Sanjay", "Vikash",
]

FAMILY = [
    # Nederland
    "Wijnbergen", "Zwanenburg", "Wijnstra", "Hylkema", "Stoffels", "Rietveld", "Zuidema", "Holtkamp",
    "Veldkamp", "Haverkamp", "van Wijngaarden", "ter Steege", "ten Hove", "van 't Hof", "van Ommen",
    "Hooghiemstra", "Overbeek", "Roozendaal", "Goedhart", "de Kruijf", "van der Zwaan", "Kuijpers",
    "Timmerman", "Boomsma", "Dijkhuizen", "Elzinga", "Feenstra", "Gorter", "Jellema", "Kingma",
    "Looijenga", "Miedema", "Nauta", "Osinga", "Sikkema", "Visscher", "Schaafsma", "Boonstra",
    "Aarts", "Bogers", "Coolen", "Derks", "van Erp", "Hurkmans", "van Iersel", "Jeurissen",
    "Pijnenburg", "Rooijakkers", "van der Sanden", "Tielemans", "Uijterwaal", "Wijnen", "van Zon",
    "van Gestel", "Schellekens", "van Kessel", "Swinkels", "Habraken", "Groeneveld", "Koopmans",
    "Hoogland", "van der Wal", "Kramer", "Hofman", "Jonker", "Bouwman", "Meijerink", "Hulshof",
    "Oude Luttikhuis", "Nijenhuis", "Wensink", "Bruggink", "Te Riele", "Tijhuis",
    # Vlaanderen
    "Verschueren", "Vanderhaeghen", "Van Hoorebeke", "Demuynck", "Vandenbroucke", "Van Landeghem",
    "Van den Eynde", "D'Hondt", "Van Cauwenberghe", "Verbeke", "Desmedt", "Dewulf", "Degroote",
    "Debruyne", "Vervaet", "Casteleyn", "De Coninck", "Van Parys", "Vermeiren", "Luyten", "Geerts",
    "Michiels", "Peetermans", "Vangeel", "Van Gorp", "Lenaerts", "Reynders", "Vanheusden",
    "Van Loock", "Hendrickx", "Smolders",
    # Molukse en Indische families
    "Pattipeilohy", "Latuperisa", "Sahetapy", "Leiwakabessy", "Siahaya", "Manuhutu", "Lawalata",
    "Tahapary", "Liem", "Tjoa", "Oei",
    # migrantengemeenschappen
    "Yıldız", "Ekinci", "Taşdemir", "Ünal", "Kocabaş", "Akbulut", "Keskin", "Aslan", "Özkan",
    "Bouchtaoui", "El Ouafi", "El Hamdaoui", "Zarrouk", "Benyahia", "El Bakkouri", "Moussaoui",
    "Laghmouch", "El Makrini", "Azarkan", "Lamrabet", "Belkasmi", "Adamczyk", "Dudek", "Wieczorek",
    "Woźniak", "Rusu", "Mocanu", "Cojocaru", "Diaconu", "Voicu", "Kravchenko", "Oliinyk",
    "Marchenko", "Rudenko", "Savchenko", "Kovalchuk", "Duong", "Truong", "Dinh", "Zhao", "Guo",
    "Cheng", "Liang", "Jagernath", "Ramcharan", "Bissessar", "Sitaldin", "Ramautar", "Baldewsingh",
    "Mangroe", "Soekhai", "Raghoebarsing", "Doerga", "Chotkan", "Ramkisoen", "Kanhai", "Asante",
    "Appiah", "Ofori", "Agyemang", "Acheampong", "Amoah", "Frimpong", "Okafor", "Adeyemi", "Andrade",
    "Pina", "Cabral", "Tesfamariam", "Gebreyesus", "Kidane", "Iyer", "Nair", "Kulkarni", "Menon",
    "Aquino", "Manalo", "Soriano", "Isenia", "Winklaar", "Janga", "Leito", "Girigorie", "Sulvaran",
]

CITIES = [
    # Nederland
    "'s-Hertogenbosch", "Alphen aan den Rijn", "Bergen op Zoom", "Capelle aan den IJssel",
    "Wijk bij Duurstede", "Den Helder", "Zaltbommel", "Harderwijk", "Dokkum", "Winschoten",
    "Coevorden", "Zierikzee", "Roermond", "Venray", "Meppel", "Steenwijk", "Heerenveen", "Almelo",
    "Zutphen", "Amersfoort", "Schiedam", "Vlaardingen", "Purmerend", "Haarlem", "Leeuwarden",
    "Tilburg", "Kerkrade", "Nieuwegein", "Hoogezand", "Oud-Beijerland", "Krimpen aan den IJssel",
    "Sint-Oedenrode", "Ter Apel", "Spijkenisse",
    # Vlaanderen en Brussel
    "Sint-Niklaas", "Sint-Truiden", "Oud-Turnhout", "Heist-op-den-Berg", "Knokke-Heist", "Mechelen",
    "Roeselare", "Ieper", "Herentals", "Dendermonde", "Zottegem", "Poperinge", "Maaseik", "Tongeren",
    "Lokeren", "Vilvoorde", "Kortrijk", "Hasselt", "Brugge", "Sint-Pieters-Leeuw", "Scherpenheuvel-Zichem",
]

STREETS = [
    "Kerkstraat", "Molenweg", "Stationsplein", "Lindelaan", "Nieuwe Gracht", "Oudegracht", "Beukenlaan",
    "Rijksstraatweg", "Havenkade", "Zuiderdiep", "Dorpsstraat", "Kastanjelaan", "Achter de Hoven",
    "Oranjesingel", "Sluisweg", "Meidoornstraat", "Lange Nieuwstraat", "Hoge Zand", "Watermolenlaan",
    "Industrieweg", "Boterdijk", "Stationsstraat", "Grote Markt", "Leuvensesteenweg", "Kapelsesteenweg",
    "Diestsevest", "Veldstraat", "Kortrijksestraat", "Boomsesteenweg", "Hoogstraat", "Kapelleveld",
    "Dreef", "Koestraat", "Brugsepoort",
]

ORGS = [
    "Installatietechniek Polderlicht B.V.", "Kinderopvang De Zonnewijzer", "Huisartsenpraktijk De Lindeboom",
    "Stichting Woonzorg Eemhof", "Woningstichting Thuisbaken", "Fysiotherapie Beweegkracht",
    "Tandartsenpraktijk Stralend", "v.v. Rood-Geel '47", "Korfbalvereniging Kwiek",
    "Openbare Basisschool De Wilgenhoek", "Vrije Basisschool De Klimop", "Ziekenhuisgroep Lindenhoven",
    "AZ Ter Linden", "Coöperatie Boerenbelang Noordvelden U.A.", "Bakkerij Het Gouden Korenschoof",
    "Vanwijlen Logistics NV", "Transportbedrijf Duinrand B.V.", "Notariskantoor Zuidwal",
    "Kaaiman Advocaten", "Waterschap Venen en Vaarten", "Stichting Voedselhulp De Brug",
    "Dierenkliniek Klavertje Vier", "Opticien Scherpzicht", "Fietsenmakerij De Spaak",
    "Slagerij 't Hoekje", "Tuincentrum Bloeiweelde", "Vastgoedbeheer Kadewaard B.V.",
    "Dijkwacht Verzekeringen N.V.", "Energiecoöperatie Windkracht Samen U.A.", "Kringloopwinkel Tweede Kans",
    "Accountantskantoor Cijferwerk", "Uitzendbureau Werkstroom", "Koninklijke Harmonie Eendracht",
    "Schrijnwerkerij Eikenhout BV", "Brouwerij Klokkenluider", "Buurtwerk De Kapel vzw",
    "Dataduin B.V.", "Zwermsoft", "Klaverwerk", "Trivolt Energie", "Nexoria Group NV",
    "Scholengemeenschap Het Baken", "Zorgcentrum De Hooiberg", "Kapsalon Knipwerk",
    "Omgevingsdienst Randmeren", "Sportcentrum De Wetering", "Muziekschool Toonkunst",
]

MAIL_DOMAINS = [
    "postduif.nl", "kanaalnet.nl", "dijkmail.nl", "scheldenet.be", "kempenpost.be", "polderweb.nl",
    "veldpost.be", "hetmailhuis.nl",
]

TUNE = {}
HELD = {}

# ----------------------------------------------------------------------------------------------------
# TUNE
# ----------------------------------------------------------------------------------------------------

TUNE["mail_huurachterstand"] = """
Van: {P2} <{EMAIL2}>
Verzonden: {DATE} {TIME}
Aan: {P1} <{EMAIL1}>
CC: {P4} <{EMAIL4}>
Onderwerp: Betalingsachterstand huur - dossier {NUM}

Geachte mevrouw {L1},

Uit onze administratie blijkt dat de huur voor uw woning aan de {ADDR} nog niet
volledig is betaald. Het openstaande bedrag bedraagt op dit moment € {AMT}.

Wij verzoeken u dit bedrag binnen veertien dagen over te maken op rekening {IBAN}
ten name van {ORG}, onder vermelding van het dossiernummer.

Lukt het u niet om in één keer te betalen? Neem dan contact op met mijn collega
{P4} van het team Huurincasso. Hij kan samen met u een betalingsregeling
afspreken en is op werkdagen bereikbaar via {PHONE}. Wacht daar niet te lang mee:
hoe eerder we contact hebben, hoe meer we voor u kunnen doen.

Heeft u de huur inmiddels betaald, dan kunt u deze e-mail als niet verzonden beschouwen.

Met vriendelijke groet,

{P2}
Medewerker Klantcontact
{ORG}
{ADDR2}
T {PHONE2}
"""

TUNE["mailwisseling_sportdag"] = """
Van: {P3} <{EMAIL3}>
Datum: {DATE}
Aan: {P4} <{EMAIL4}>
Onderwerp: Re: Re: Vrijwilligers sportdag

Hoi {F4},

Prima, dan zet ik {F1} en mezelf op de limonadekraam. Ze weet ervan, ik heb haar
net gebeld. Moeten we zelf bekers meenemen of regelt de school dat?

Groetjes,
{F3}

Op {DATE2} om {TIME} schreef {P4} <{EMAIL4}>:
> Hallo {F3},
>
> Dank voor je aanmelding! We hebben nog twee mensen nodig bij de limonadekraam
> en één bij het sjoelen. Ken jij misschien nog iemand? {P2} neemt de
> EHBO-post voor zijn rekening, dus dat is geregeld.
>
> Groet,
> {F4}
> Oudercommissie {ORG}
>
>> Op {DATE2} schreef {P3} <{EMAIL3}>:
>> Beste {F4},
>>
>> Ik kan helpen op de sportdag, liefst in de ochtend. Zet me maar neer
>> waar het nodig is.
>>
>> {F3} (moeder van een leerling uit groep 5)
"""

TUNE["formulier_inschrijving_patient"] = """
{ORG}
INSCHRIJFFORMULIER NIEUWE PATIËNT

Gegevens patiënt
Achternaam .............................. {L1}
Voornamen (voluit) ...................... {F1}
Geboortedatum ........................... {DOB}
Geslacht ................................ [ ] man   [x] vrouw   [ ] anders
BSN ..................................... {BSN}
Adres ................................... {ADDR}
Telefoonnummer .......................... {PHONE}
E-mailadres ............................. {EMAIL1}
Zorgverzekeraar ......................... {ORG2}
Polisnummer ............................. {NUM}

Vorige huisarts
Naam .................................... {P4}
Plaats .................................. {CITY}

Gezinsleden die zich ook inschrijven
1. {PC3}            geboortejaar {YEAR}
2. {PC2}            (partner)

Toestemming uitwisseling medische gegevens via het landelijk schakelpunt:
[x] ja, ik geef toestemming     [ ] nee

Handtekening: ______________________          Datum: {DATE}
"""

TUNE["arbeidsovereenkomst"] = """
ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD

De ondergetekenden:

1. {ORG}, gevestigd te {CITY}, hierbij rechtsgeldig vertegenwoordigd door
   {P2}, directeur, hierna te noemen "de werkgever";

en

2. {P1}, geboren op {DOB}, wonende aan de {ADDR},
   BSN {BSN}, hierna te noemen "de werknemer",

komen het volgende overeen:

Artikel 1 - Functie en indiensttreding
De werknemer treedt met ingang van {DATE} in dienst in de functie van
administratief medewerker crediteuren.

Artikel 2 - Duur
De overeenkomst wordt aangegaan voor twaalf maanden en eindigt van rechtswege op {DATE2}.

Artikel 3 - Arbeidsduur
De arbeidsduur bedraagt 32 uur per week, verdeeld over vier dagen.

Artikel 4 - Salaris
Het bruto maandsalaris bedraagt € {AMT} (schaal 6, trede 3). Betaling vindt plaats
op rekeningnummer {IBAN}.

Artikel 5 - Proeftijd
Er geldt een proeftijd van één maand.

Artikel 6 - Leidinggevende
Mevrouw {L1} legt verantwoording af aan {P4}, teamleider Financiële Administratie.

Aldus opgemaakt in tweevoud en ondertekend te {CITY2} op {DATE}.

De werkgever,                           De werknemer,


{IN2}                                   {P1}
"""

TUNE["verwijsbrief_huisarts"] = """
{ORG}
{ADDR2}
Tel. {PHONE2}

Aan: dr. {IN4}, cardioloog
Polikliniek Cardiologie, {ORG2}

{CITY}, {DATE}

Betreft: mevrouw {P1}, geb. {DOB}
BSN: {BSN}
Adres: {ADDR}
Tel.: {PHONE}

Geachte collega {L4},

Graag verwijs ik mevrouw {L1} naar uw polikliniek voor analyse van hartkloppingen.
Patiënte heeft sinds enkele weken aanvallen van snelle, onregelmatige hartslag,
soms met duizeligheid. Een ECG in onze praktijk liet een sinusritme zien zonder
afwijkingen; de aanvallen zelf zijn niet vastgelegd.

Voorgeschiedenis: hypertensie, hypothyreoïdie.
Medicatie: levothyroxine 75 µg 1dd1, amlodipine 5 mg 1dd1.
Allergieën: geen bekend.

Vraagstelling: ritmestoornis? Graag uw advies over verdere diagnostiek.

Mevrouw {L1} komt bij voorkeur samen met haar dochter, {P3}, die ook als
contactpersoon optreedt.

Met collegiale groet,

{P2}, huisarts
"""

TUNE["voorschrift_geneesmiddelen"] = """
GENEESMIDDELENVOORSCHRIFT

Naam en voornaam van de voorschrijver: dr. {PU2}
RIZIV-nummer: {NUM}
{ORG}
{ADDR2}
Tel. {PHONE2}

Naam en voornaam van de patiënt: {PU1}
INSZ: {RRN}

R/ Amoxicilline 500 mg
   caps. nr. XX
   S/ 3 x per dag 1 capsule, 7 dagen

R/ Paracetamol 1 g
   tabl. nr. XXX
   S/ max. 3 x per dag 1 tablet bij pijn of koorts

Datum: {DATE}
Handtekening en stempel van de voorschrijver

Uiterste uitvoeringsdatum: {DATE2}
"""

TUNE["volmacht"] = """
VOLMACHT

Ondergetekende,

{PX2}, geboren te {CITY} op {DOB}, ingeschreven in het rijksregister
onder nummer {RRN}, wonende te {ADDR},

hierna "de volmachtgever",

verklaart hierbij volmacht te verlenen aan:

{PX3}, wonende te {ADDR2}, GSM {PHONE},

hierna "de volmachthebber",

om in zijn naam en voor zijn rekening:

  - alle handelingen te stellen met betrekking tot de verkoop van zijn aandelen
    in {ORG};
  - alle stukken te ondertekenen bij {ORG2}, rekening {IBAN}, en daartoe
    de nodige verrichtingen uit te voeren;
  - in het algemeen al het nodige te doen, ook al is het hier niet uitdrukkelijk vermeld.

De volmachthebber zal aan de volmachtgever rekenschap afleggen van zijn beheer.
Deze volmacht is geldig tot en met {DATE2}.

Opgemaakt te {CITY2} op {DATE}, in twee exemplaren.

Handtekening volmachtgever,              Handtekening volmachthebber,
(voorafgegaan door "Goed voor volmacht") (voorafgegaan door "Volmacht aanvaard")

{P2}                                     {P3}
"""

TUNE["rapport_voortgezet"] = """
{ORG}
RAPPORT - PERIODE 2                                  Schooljaar {YEAR}

Leerling:     {P1}
Klas:         3 havo B
Mentor:       {IN4}
Leerlingnr.:  {NUM}

Vak                      Cijfer    Klasgem.
Nederlands                 6,8       6,5
Engels                     7,4       6,9
Duits                      5,3       6,1
Wiskunde A                 5,9       6,0
Geschiedenis               8,1       7,0
Biologie                   7,2       6,8
Lichamelijke opvoeding     V         -

Verzuim: 2 uur ongeoorloofd, 6 uur ziek

Opmerking mentor:
{F1} heeft een goede periode achter de rug, vooral bij geschiedenis. Bij Duits blijft
het lastig; we raden {F1} aan de bijlesuren na het zevende uur te volgen. Mevrouw {L3},
docent Duits, heeft daar al met haar over gesproken.

Het rapportgesprek met {F1}, haar ouders en de mentor is gepland op {DATE} om {TIME}.

Handtekening ouder/verzorger: ..............................
"""

TUNE["huurovereenkomst"] = """
HUUROVEREENKOMST WOONRUIMTE

DE ONDERGETEKENDEN:

{ORG}, hierna "verhuurder", vertegenwoordigd door {P4},

en

{P1}, geboren op {DOB}, en {P2},
beiden wonende te {CITY}, hierna gezamenlijk "huurder",

ZIJN OVEREENGEKOMEN:

1. Het gehuurde
   Verhuurder verhuurt aan huurder de zelfstandige woonruimte aan de {ADDR},
   bestaande uit woonkamer, open keuken, twee slaapkamers, badkamer en berging.

2. Duur
   De overeenkomst gaat in op {DATE} en wordt aangegaan voor onbepaalde tijd.

3. Huurprijs
   De kale huurprijs bedraagt € {AMT} per maand, te voldoen vóór de eerste van
   iedere maand op rekening {IBAN}.

4. Waarborgsom
   Huurder betaalt bij ondertekening een waarborgsom ter hoogte van één maand kale huur.

5. Contactpersoon
   Voor reparatieverzoeken wendt huurder zich tot {P3}, opzichter,
   bereikbaar via {PHONE} of {EMAIL3}.

Aldus overeengekomen en in drievoud getekend te {CITY2} op {DATE2}.

Verhuurder:                    Huurder:                 Huurder:
{IN4}                          {IN1}                    {IN2}
"""

TUNE["factuur_installateur"] = """
{ORG}
{ADDR2}
Tel. {PHONE2}  |  {EMAIL4}
IBAN {IBAN}

                                                   FACTUUR

Factuurnummer:   {NUM}
Factuurdatum:    {DATE}
Vervaldatum:     {DATE2}

Factuuradres:
{P2}
{ADDR}

Omschrijving                                   Aantal      Prijs        Totaal
----------------------------------------------------------------------------------
Onderhoudsbeurt cv-ketel                          1       89,00         89,00
Vervangen expansievat 18 l                        1      112,50        112,50
Arbeidsloon monteur (uur)                         2       64,00        128,00
Voorrijkosten                                     1       27,50         27,50
----------------------------------------------------------------------------------
Totaal incl. 21% btw                                              € {AMT}

Uitgevoerd door: {IN3}

Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken onder vermelding
van het factuurnummer. Vragen over deze factuur? Mail {F4} via {EMAIL4}.
"""

TUNE["notulen_ledenvergadering"] = """
NOTULEN ALGEMENE LEDENVERGADERING
{ORG}

Datum:     {DATE}, aanvang {TIME}
Locatie:   kantine, {ADDR}
Aanwezig:  {P1} (voorzitter), {P2} (penningmeester), {P3} (secretaris, notulen),
           {P4} (gast) en 31 leden
Afwezig:   met kennisgeving 6 leden

1. OPENING
De voorzitter opent de vergadering en heet iedereen welkom, in het bijzonder de heer
{L4} van {ORG2}, die later een toelichting geeft op de nieuwe sponsorovereenkomst.

2. NOTULEN VORIGE VERGADERING ({DATE2})
Zonder wijzigingen vastgesteld.

3. FINANCIEEL JAARVERSLAG
{F2} licht de cijfers toe. Het boekjaar sluit met een tekort van € {AMT}, vooral door
de hogere energiekosten. De kascommissie heeft de boeken gecontroleerd en stelt voor
de penningmeester decharge te verlenen. De vergadering gaat akkoord.

4. BESTUURSVERKIEZING
{P2} is aftredend en herkiesbaar. Er zijn geen tegenkandidaten; {L2} wordt met
applaus herkozen.

5. RONDVRAAG
Een lid vraagt naar de staat van het kunstgrasveld. Mevrouw {L1} antwoordt dat de
gemeente de vervanging heeft toegezegd.

6. SLUITING
De voorzitter sluit de vergadering om 22:10.

ACTIEPUNTEN
| Wie  | Wat                                       | Uiterlijk |
|------|-------------------------------------------|-----------|
| {F1} | Gesprek gemeente over kunstgrasveld       | z.s.m.    |
| {F2} | Begroting aanpassen energiekosten         | volgende ALV |
| {F3} | Notulen op de website zetten              | binnen 2 weken |
"""

TUNE["csv_ledenlijst"] = """
lidnummer;achternaam;voornaam;geboortedatum;adres;telefoon;e-mail;iban;lid_sinds;team
{NUM};{L1};{F1};{DOB};"{ADDR}";{PHONE};{EMAIL1};{IBAN};{YEAR};Dames 2
10387;{L2};{F2};;"{ADDR2}";{PHONE2};{EMAIL2};;2009;Veteranen
10412;{L3};{F3};;;;{EMAIL3};;2016;Jeugd O15 (trainer)
10533;{L4};{F4};;;;{EMAIL4};;2021;Recreanten
"""

TUNE["whatsapp_buurtapp"] = """
{DATE} 08:58 - {P3}: Weet iemand van wie die grijze kat is? Zit al de hele ochtend bij ons in de schuur 🐈
{DATE} 09:14 - {P2}: Volgens mij die van {F1}, van het hoekhuis
{DATE} 09:16 - {P1}: Nee hoor, die van ons ligt hier op de bank 😂
{DATE} 09:21 - {PHONE}: Is het een kater met een wit vlekje op zijn neus? Dan is het onze Ollie! Ben {F4}, we zijn net verhuisd
{DATE} 09:22 - {P3}: Ja precies die! Kom je hem halen?
{DATE} 09:40 - {PHONE}: Ik kom eraan, dank je wel!!
{DATE} 09:41 - {P2}: Welkom in de buurt {F4} 👋 @{P3} voeg hem even toe aan de contacten haha
{DATE} 11:03 - {P1}: Andere vraag: wie heeft {F2} z'n ladder nog? Hij wil de dakgoot schoonmaken
{DATE} 11:30 - {P3}: Oeps, staat bij ons in de tuin. Breng ik vanavond terug
{DATE2} {TIME} - {P2}: Ladder is terug, top 👍
"""

TUNE["supportticket_facturatie"] = """
Ticket #{NUM}   Status: Open   Prioriteit: Normaal   Categorie: Facturatie
Aangemaakt: {DATE} {TIME}
Klant: {P1} <{EMAIL1}>
Telefoon: {PHONE}
Behandelaar: {P4}

--- Bericht van klant ---------------------------------------------------------
Goedemiddag,

Ik ben sinds {DATE2} klant bij jullie, maar deze maand is er twee keer € {AMT}
afgeschreven van mijn rekening {IBAN}. Willen jullie het dubbele bedrag terugstorten?

Groet,
{P1}

--- Interne notitie ({IN4}) ----------------------------------------------------
Klant gebeld, voicemail ingesproken. Dubbele incasso bevestigd in het systeem.
Doorgezet naar {F2} van de backoffice voor terugboeking.

--- Antwoord aan klant --------------------------------------------------------
Beste mevrouw {L1},

Dank voor uw melding. U heeft gelijk: de incasso is door een storing dubbel
uitgevoerd. Mijn collega {P2} heeft het bedrag inmiddels teruggeboekt; u ziet het
binnen drie werkdagen op uw rekening.

Excuses voor het ongemak.

Met vriendelijke groet,
{F4}
Klantenservice {ORG}
"""

TUNE["facebook_bericht"] = """
{P3}
{DATE} · 🌍

Wat een geweldige avond bij de opening van {ORG} in {CITY}! 🎉 Dank aan {P2} en zijn
hele team voor de hapjes en de livemuziek. Aanrader voor iedereen die van speciaalbier houdt 🍺

👍❤️ 47                                                  6 reacties · 2 keer gedeeld

    {P1}
    Was inderdaad top! Jammer dat {F4} er niet bij was 😉
    Vind ik leuk · Beantwoorden · 3 u

        {P4}
        @{P1} volgende keer ben ik er echt bij hoor, beloofd
        Vind ik leuk · Beantwoorden · 2 u

    {P2}
    Dank jullie wel allemaal! Het terras is voortaan elke dag open vanaf {TIME} 🙌
    Vind ik leuk · Beantwoorden · 1 u
"""

TUNE["nieuwsbericht_lokaal"] = """
FIETSBRUG OVER HET KANAAL MAANDEN LANGER DICHT

{CITY} - De fietsbrug over het kanaal blijft waarschijnlijk tot na de zomer gesloten.
Bij de renovatie bleek de stalen onderconstructie zwaarder aangetast dan gedacht,
laat wethouder {P2} (Mobiliteit) weten.

"We hadden liever goed nieuws gebracht," aldus {L2}. "Maar veiligheid gaat voor.
We kijken samen met {ORG} of er een tijdelijke pont kan komen."

Voor ondernemers aan de overkant is het een flinke tegenvaller. {P3}, eigenaar
van een lunchroom vlak bij de brug, ziet haar omzet al weken teruglopen. "Mijn vaste
klanten uit {CITY2} fietsen nu om, of ze komen gewoon niet meer." Volgens {L3} is de
omleiding via de sluis ruim vier kilometer langer.

Op {DATE} om {TIME} houdt de gemeente een informatieavond in het wijkcentrum.
Bewoners kunnen vooraf vragen mailen naar projectleider {P4}: {EMAIL4}.

Door {IN1}
"""

TUNE["overlijdensadvertentie"] = """
Verdrietig, maar dankbaar voor alles wat hij voor ons heeft betekend,
geven wij u kennis van het overlijden van mijn lieve man,
onze vader en trotse opa

{P2}

echtgenoot van {P1}

* {CITY}, {DOB}                     † {CITY2}, {DATE}

        {F1}

        {F3}
        {F4}

        en alle kleinkinderen

Correspondentieadres:
Familie {L2}
{ADDR}

Wij nemen afscheid op {DATE2} om {TIME} in de aula van {ORG}.
Aansluitend is er gelegenheid tot condoleren.
"""

TUNE["cv"] = """
CURRICULUM VITAE

PERSONALIA
Naam               {P3}
Adres              {ADDR}
Telefoon           {PHONE}
E-mail             {EMAIL3}
Geboortedatum      {DOB}
Geboorteplaats     {CITY}
Rijbewijs          B, C

WERKERVARING
{YEAR} - heden     Teamleider logistiek, {ORG}, {CITY2}
                   Leiding aan 14 orderpickers; invoering van scanning in het magazijn.
2014 - 2019        Planner binnendienst, {ORG2}
                   Ritplanning, contact met chauffeurs en klanten.

OPLEIDING
2013               Associate degree Logistiek en Economie
2010               mbo 4 Logistiek Teamleider

VAARDIGHEDEN
Nederlands (moedertaal), Engels (goed), Pools (redelijk)
Excel, SAP, heftruckcertificaat

REFERENTIES
{P4}, operationeel manager {ORG2}, {PHONE2}
"""

TUNE["clubblad"] = """
DE KORFBALKOERIER
Clubblad van {ORG} - jaargang 41, nummer 3

VAN DE VOORZITTER
Beste leden,

Wat een seizoen! Ons eerste team is kampioen geworden en speelt volgend jaar in de
overgangsklasse. Een woord van dank aan trainer {P4}, die er drie jaar lang alles aan
heeft gedaan. Hij stopt helaas; zijn opvolger stellen we in het volgende clubblad voor.

{P2}, voorzitter

NIEUWE LEDEN
Van harte welkom aan {P1} en {P3}! {F1} sluit aan bij de recreanten,
{F3} gaat de jeugd helpen als scheidsrechter.

WEDSTRIJDVERSLAG - door {IN3}
In een bomvolle sporthal begon ons vlaggenschip zenuwachtig. Bij rust stond het 7-9,
maar na de thee scoorde {F1} drie keer op rij. {L4} wisselde slim, en het werd 16-13.

AGENDA
{DATE}     Klaverjasavond in de kantine, aanvang {TIME}
{DATE2}    Jeugdkamp - opgeven bij {F3} via {EMAIL3}

Kopij voor het volgende nummer naar de redactie: {EMAIL2}
"""

TUNE["advertenties"] = """
TE KOOP
Meisjesfiets 24 inch, 3 versnellingen, nieuwe banden. € {AMT}. Ophalen in {CITY}.
Bel of app {F1}: {PHONE}

GEVRAAGD
Betrouwbare oppas voor twee kinderen (4 en 7), twee middagen per week.
Reacties naar {EMAIL3} (fam. {L3})

TE HUUR
Garagebox met stroom, geschikt voor opslag of oldtimer. {ADDR}.
Informatie: {P2}, {PHONE2}

AANGEBODEN
Gepensioneerd timmerman heeft tijd voor kleine klussen in en om het huis.
Vraag naar {P4}, {CITY2}.

GEVONDEN
Gouden ring met inscriptie, gevonden bij het zwembad. Af te halen bij {ORG}.
"""

TUNE["bezoekersregister"] = """
{ORG} - BEZOEKERSREGISTRATIE                     Datum: {DATE}
Locatie: {ADDR}

| Tijd in | Naam bezoeker          | Organisatie  | Bezoekt        | Pas   | Tijd uit |
|---------|------------------------|--------------|----------------|-------|----------|
| {TIME}  | {P1}                   | {ORG2}       | dhr. {L2}      | B-07  |          |
| 09:50   | {PC3}                  | eigen        | dhr. {L2}      | B-08  | 11:45    |
| 13:10   | {PX4}                  | {ORG2}       | receptie       | B-11  |          |

Door bezoekers te ondertekenen:
Ik heb de huisregels en de veiligheidsinstructies gelezen.

Receptie: {F2}   Noodnummer BHV: {PHONE}
"""

TUNE["proces_verbaal_aangifte"] = """
POLITIE
PROCES-VERBAAL VAN AANGIFTE
Proces-verbaalnummer: {NUM}

Ik, verbalisant, {P4}, hoofdagent van politie, verklaar het volgende.

Op {DATE} om {TIME} verscheen voor mij in het politiebureau te {CITY} een
persoon, die opgaf te zijn:

Achternaam:    {L1}
Voornamen:     {F1}
Geboren:       {DOB} te {CITY2}
Adres:         {ADDR}
BSN:           {BSN}
Telefoon:      {PHONE}

Zij deed aangifte van diefstal van een elektrische fiets en verklaarde het volgende:

"Ik had mijn fiets op slot gezet in de stalling bij het station. Toen ik terugkwam,
was het slot doorgeknipt en de fiets weg. Mijn buurman, {P2}, zag eerder die
middag twee jongens bij de stalling rondhangen. Hij kan hen beschrijven."

De aangeefster heeft een aankoopbon overlegd van {ORG}, waarde € {AMT}.

Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende
op ambtsbelofte te {CITY} op {DATE}.

{IN4}
"""

TUNE["gezinssamenstelling"] = """
Gemeente {CITY}
Dienst Burgerzaken

UITTREKSEL UIT HET BEVOLKINGSREGISTER
GEZINSSAMENSTELLING

Referentiepersoon:      {PU2}
Rijksregisternummer:    {RRN}
Adres:                  {ADDR}

Naam en voornamen        Geboortedatum / -jaar     Geslacht   Verwantschap
{PU2}                    {DOB}                     M          referentiepersoon
{PU1}                    -                         V          echtgenote
{PU3}                    {YEAR}                    V          dochter
{PU4}                    {YEAR}                    M          zoon

Afgeleverd op {DATE} op verzoek van de betrokkene, om te dienen voor: kinderbijslag.

Voor de burgemeester,
de ambtenaar van de burgerlijke stand (gedelegeerd)
"""

TUNE["json_afspraken"] = """
{
  "praktijk": "{ORG}",
  "datum": "{DATE}",
  "afspraken": [
    {
      "tijd": "{TIME}",
      "patient": {"naam": "{P1}", "geboortedatum": "{DOB}", "bsn": "{BSN}", "telefoon": "{PHONE}"},
      "behandelaar": "{IN4}",
      "soort": "controle",
      "opmerking": "neemt dochter mee als tolk"
    },
    {
      "tijd": "{TIME}",
      "patient": {"naam": "{P2}", "telefoon": "{PHONE2}", "email": "{EMAIL2}"},
      "behandelaar": "{IN4}",
      "soort": "eerste consult",
      "opmerking": "verwezen door {P3}"
    }
  ]
}
"""

TUNE["mail_afspraakbevestiging"] = """
Van: {ORG} <{EMAIL3}>
Aan: {P2} <{EMAIL2}>
Onderwerp: Bevestiging van uw afspraak op {DATE}

Beste heer {L2},

Hierbij bevestigen wij uw afspraak:

  Datum:        {DATE}
  Tijd:         {TIME}
  Behandelaar:  {P3}, mondhygiënist
  Locatie:      {ADDR}

Wilt u 10 minuten van tevoren aanwezig zijn en uw legitimatiebewijs meenemen?
Kunt u niet komen, meld dit dan uiterlijk 24 uur vooraf via {PHONE}. Bij
niet tijdig afmelden brengen wij € {AMT} in rekening.

Met vriendelijke groet,
namens het team van {ORG},
{F3}

Dit is een automatisch verzonden bericht.
"""

TUNE["kassabon"] = """
        {ORG}
        {ADDR}
        Tel. {PHONE}

Bon {NUM}            {DATE}  {TIME}
Kassa 2              U werd geholpen door {F2}
------------------------------------------
Volkorenbrood heel            3,45
Krentenbollen 6 st.           2,95
Appeltaart punt  2x1,95       3,90
Koffie groot                  2,80
------------------------------------------
TOTAAL                  EUR  {AMT}
Pin                     EUR  {AMT}

Klantenkaart: {PX1}
Gespaarde punten: 412

     Bedankt en tot ziens!
"""

TUNE["neg_recept_stamppot"] = """
Boerenkoolstamppot met Rookworst
Voor 4 personen | Bereidingstijd: 40 minuten | Moeilijkheid: Makkelijk

INGREDIËNTEN
- 1,5 kg kruimige aardappelen
- 500 g gesneden boerenkool
- 1 rookworst (ca. 275 g)
- 150 ml warme melk
- 50 g roomboter
- Peper, Zout, Nootmuskaat

BEREIDING
1. Schil de aardappelen en snijd ze in gelijke stukken.
2. Breng ze aan de kook in een grote pan met water en een snufje zout.
3. Leg de boerenkool er na 10 minuten bovenop. Doe de deksel op de pan.
4. Verwarm intussen de Rookworst volgens de aanwijzingen op de verpakking.
5. Giet de aardappelen en de kool af en stamp alles fijn.
6. Roer de Melk en de Boter erdoor. Breng op smaak met Peper en Nootmuskaat.

Tip van de Chef: Serveer met Piccalilly of een scheutje Jus.
Variatie: Vegetarisch? Vervang de Rookworst door gebakken Tempeh of Spekjes van de Groenteboer.
"""

TUNE["neg_ov_melding"] = """
LET OP: WERKZAAMHEDEN AAN HET SPOOR

Door Onderhoud rijden er tussen Busstation en Sportpark geen trams.
Reisadvies: Neem Bus 14 of de Pendelbus (vertrekt vanaf Halte Ziekenhuis).

Wat betekent dit voor u?
- Lijn 3 en Lijn 7 rijden een omleiding via Winkelcentrum en Stadhuis.
- De Halte Marktplein vervalt tijdelijk.
- Plan uw reis met de Reisplanner in de App en houd rekening met 15 minuten extra reistijd.

Reizen met een Abonnement
Check in en Check uit zoals gewoonlijk. Uw Dagkaart blijft geldig in de Pendelbus.

Rolstoel of Rollator?
Bel de Klantenservice voor Aangepast Vervoer. Vraag naar Reisassistentie.

Excuses voor het Ongemak. Bedankt voor uw Begrip.
"""

# ----------------------------------------------------------------------------------------------------
# HELD
# ----------------------------------------------------------------------------------------------------

HELD["brief_omgevingsvergunning"] = """
{ORG}
{ADDR2}

                                        Aan: {P1}
                                             {ADDR}

Datum:            {DATE}
Ons kenmerk:      {NUM}
Behandeld door:   {IN4}
Telefoon:         {PHONE}
Onderwerp:        besluit op uw aanvraag omgevingsvergunning

Geachte mevrouw {L1},

Op {DATE2} hebben wij uw aanvraag ontvangen voor het plaatsen van een dakkapel op
de achterzijde van de woning aan de {ADDR}. Wij hebben besloten de vergunning te
verlenen. Het besluit en de bijbehorende voorwaarden vindt u in de bijlage.

Let op: de vergunning wordt pas van kracht na afloop van de bezwaartermijn van
zes weken. Begint u eerder met de bouw, dan doet u dat voor eigen risico.

Niet eens met dit besluit? Belanghebbenden kunnen binnen zes weken na de
verzenddatum een bezwaarschrift indienen bij het college.

Voor vragen kunt u contact opnemen met de heer {L4}.

Hoogachtend,
namens burgemeester en wethouders,

{P4}
teamleider Vergunningen
"""

HELD["mail_doorgestuurde_klacht"] = """
Van: {P2} <{EMAIL2}>
Verzonden: {DATE} {TIME}
Aan: {P3} <{EMAIL3}>
Onderwerp: FW: Klacht levering keukenblad - order {NUM}

{F3},

Zie onderstaande klacht van mevrouw {L1}. Kun jij dit oppakken? Ik ben vanaf morgen
twee weken vrij; {F4} neemt mijn lopende zaken waar.

Gr. {F2}

-----Oorspronkelijk bericht-----
Van: {P1} <{EMAIL1}>
Verzonden: {DATE2}
Aan: {EMAIL2}
Onderwerp: Klacht levering keukenblad - order {NUM}

Geachte heer {L2},

Op {DATE2} is ons nieuwe keukenblad geleverd. Bij het uitpakken bleek de hoek
beschadigd en zat er een kras van ruim tien centimeter over het werkblad.
De chauffeur, die zich voorstelde als {F4}, heeft de schade gezien en gefotografeerd.

Ik verwacht binnen een week een voorstel voor vervanging. Ik ben overdag bereikbaar
op {PHONE}.

Met vriendelijke groet,
{P1}
{ADDR}
"""

HELD["schadeformulier"] = """
SCHADEFORMULIER WOONHUIS- EN INBOEDELVERZEKERING
{ORG}                                              Schadenummer: {NUM}

1. VERZEKERINGNEMER
   Naam              [ {PC2}                                  ]
   Adres             [ {ADDR}                                 ]
   Telefoon          [ {PHONE}      ]  E-mail [ {EMAIL2}      ]
   IBAN              [ {IBAN}                                 ]

2. SCHADE
   Datum             [ {DATE} ]   Tijdstip [ {TIME} ]
   Soort schade      [x] water   [ ] storm   [ ] brand   [ ] inbraak   [ ] anders
   Oorzaak           [ lekkage afvoer wasmachine bovenburen              ]
   Geschat bedrag    [ € {AMT} ]

3. BETROKKENEN
   Veroorzaker       [ {P3}, {ADDR2}                          ]
   Verzekerd bij     [ {ORG2}                                 ]
   Getuige           [ {P4}, tel. {PHONE2}                    ]

4. HERSTEL
   Is de schade al hersteld?   [ ] ja   [x] nee
   Offerte bijgevoegd?         [x] ja   [ ] nee

5. ONDERTEKENING
   Ik verklaar dit formulier naar waarheid te hebben ingevuld.
   Plaats [ {CITY} ]   Datum [ {DATE2} ]   Handtekening [ {IN2} ]
"""

HELD["loonstrook"] = """
{ORG}                                                   LOONSTROOK
{ADDR2}                                                 Verloningsperiode: {DATE} t/m {DATE2}

Werknemer:        {PC1}
Personeelsnr.:    {NUM}
BSN:              {BSN}
Geboortedatum:    {DOB}
Functie:          verpleegkundige niveau 4
In dienst sinds:  {YEAR}
IBAN:             {IBAN}

Omschrijving                         Uren/Dagen        Bedrag
Salaris                                   128,00      3.112,48
Onregelmatigheidstoeslag                   22,50        198,40
Reiskostenvergoeding                       16            94,08
Pensioenpremie werknemer                              -  287,61
Loonheffing (tabel wit)                               -  604,20
---------------------------------------------------------------
Netto uit te betalen                                 € {AMT}

Saldo verlof: 86,5 uur

Vragen over uw loonstrook? Neem contact op met {P4}, salarisadministratie,
via {EMAIL4} of {PHONE}.
"""

HELD["getuigschrift"] = """
GETUIGSCHRIFT

Hierbij verklaren wij dat mevrouw {P3}, geboren op {DOB}, van {DATE} tot en
met {DATE2} bij {ORG} werkzaam is geweest als medewerker klantenservice, laatstelijk
als senior medewerker voor 36 uur per week.

In deze functie was zij verantwoordelijk voor het afhandelen van klachten, het
inwerken van nieuwe collega's en het bijhouden van de kennisbank. Mevrouw {L3}
werkte nauwkeurig en zelfstandig en was bij klanten en collega's zeer gewaardeerd.
Wij hebben {F3} leren kennen als iemand die rust brengt in een druk team.

Zij verlaat onze organisatie op eigen verzoek. Wij wensen haar veel succes in haar
verdere loopbaan.

Voor nadere inlichtingen kunt u contact opnemen met ondergetekende via {PHONE}.

{CITY}, {DATE2}

{P2}
Hoofd Personeelszaken
{ORG}
"""

HELD["ziekmelding"] = """
ZIEK- EN HERSTELMELDING

Naam medewerker:         {P4}
Personeelsnummer:        {NUM}
Afdeling:                magazijn / expeditie
Leidinggevende:          {P1}

Datum ziekmelding:       {DATE}       Tijdstip melding: {TIME}
Gemeld door:             [x] medewerker zelf   [ ] partner/familie   [ ] anders
Verwachte duur:          onbekend
Verpleegadres:           {ADDR}
Bereikbaar op:           {PHONE}

Bedrijfsarts:            {IN3}, {ORG2}
Eerste spreekuur:        {DATE2} om 09:30

Notitie leidinggevende:
{F4} belde zich vanochtend ziek. Reden niet gevraagd (AVG). Hij verwacht niet voor het
weekend terug te zijn. Zijn diensten worden overgenomen door {F2}. Ik bel hem over
twee dagen opnieuw.

Herstelmelding:          ____________________
Ingevoerd door:          {IN1}
"""

HELD["onboarding_checklist"] = """
ONBOARDING CHECKLIST - NIEUWE MEDEWERKER

Naam:          {P3}
Startdatum:    {DATE}
Functie:       junior accountmanager
Manager:       {IN4}
Buddy:         {P2}

VOOR DE EERSTE WERKDAG
[x] Arbeidsovereenkomst getekend retour (HR - {F1})
[x] Kopie identiteitsbewijs ontvangen
[ ] Opgaaf loonheffingen ingevuld, BSN: {BSN}
[ ] Laptop en telefoon klaargezet (ICT-servicedesk, {PHONE})
[ ] Account aangemaakt: {EMAIL3}

EERSTE WEEK
[ ] Rondleiding door het pand met {F2}
[ ] Kennismaking met het team op {DATE2} om {TIME}
[ ] Training CRM-systeem (inschrijven via {EMAIL1})
[ ] Introductielunch met {P4}

NA EEN MAAND
[ ] Evaluatiegesprek met de manager
[ ] Feedback van de buddy verzameld

Afgevinkt door: {IN1}, HR-adviseur
"""

HELD["ontslagbrief_ziekenhuis"] = """
{ORG}
Afdeling Interne Geneeskunde
{ADDR2}

Aan: {P4}, huisarts
{CITY}

Betreft: {P1}, geb. {DOB}, BSN {BSN}
Opname: {DATE}                Ontslag: {DATE2}

Geachte collega,

Uw patiënte, mevrouw {L1}, werd opgenomen in verband met een community-acquired
pneumonie rechtsonder, met hypoxemie en verwardheid.

Beloop
Zij werd behandeld met intraveneuze antibiotica en zuurstof, later omgezet naar
orale therapie. De verwardheid verdween binnen twee dagen. Bij ontslag is zij
koortsvrij, mobiel met rollator en zelfredzaam.

Ontslagmedicatie
- amoxicilline/clavulaanzuur 500/125 mg 3dd1, nog 4 dagen
- paracetamol 1 g zo nodig, max. 3dd

Beleid
Controle op de polikliniek over zes weken bij dr. {L2}, met X-thorax vooraf.
Haar dochter, {P3}, verzorgt haar de eerste dagen thuis.

Met vriendelijke groet,

{IN2}, internist
"""

HELD["labuitslag"] = """
KLINISCH CHEMISCH LABORATORIUM
{ORG}

Patiënt:    {PU2}                     Geb.: {DOB}      Geslacht: M
Patiëntnr:  {NUM}
Aanvrager:  {IN3}, huisarts, {CITY}
Afname:     {DATE} {TIME}             Ontvangen: {DATE} 15:52

Bepaling                 Uitslag    Eenheid    Referentie     Vlag
Hemoglobine                 8.1     mmol/L     8.5 - 11.0     L
Leukocyten                  6.4     10^9/L     4.0 - 10.0
Trombocyten                 241     10^9/L     150 - 400
Glucose (nuchter)           7.3     mmol/L     4.0 - 6.1      H
HbA1c                        54     mmol/mol   < 42           H
Kreatinine                   92     µmol/L     60 - 110
eGFR (CKD-EPI)              >60     ml/min

Commentaar: HbA1c verhoogd, passend bij diabetes mellitus. Herhaling over 3 maanden.

Geautoriseerd door: {P4}, klinisch chemicus, {DATE2}
"""

HELD["sms_afspraak"] = """
{ORG}
{DATE} 09:00
Herinnering: u heeft een afspraak op {DATE2} om {TIME} bij {IN4}. Verzetten? Bel {PHONE}.
Antwoord NEE om te annuleren.

                                                                    Ja ik kom ✔
                                                                    10:02

{F2}
17:46
Hoi schat, ben je vanavond thuis? Dan kom ik even langs met de stoel van je moeder

                                                   Ja vanaf 7 uur. Neem je {F4} mee?
                                                   17:51

{F2}
17:53
Nee die heeft training. Groetjes aan {F3}!

{PHONE2}
08:15
Uw pakket wordt vandaag bezorgd tussen 13:00 en 17:00. Volg uw zending via de app.
"""

HELD["testament"] = """
Heden, {DATE}, verscheen voor mij, mr. {P4}, notaris gevestigd te {CITY}:

mevrouw {P1}, geboren te {CITY2} op {DOB}, wonende aan de {ADDR},
weduwe van de heer {P2}, zich legitimerend met haar paspoort.

De comparante verklaarde bij deze haar uiterste wil als volgt vast te stellen.

ARTIKEL 1 - HERROEPING
Ik herroep alle uiterste wilsbeschikkingen die ik eerder heb gemaakt.

ARTIKEL 2 - ERFGENAMEN
Ik benoem tot mijn enige erfgenaam mijn dochter {P3}, en bij haar vooroverlijden
haar afstammelingen bij plaatsvervulling.

ARTIKEL 3 - LEGAAT
Ik leg aan {ORG} een bedrag van € {AMT} vrij van rechten en kosten.

ARTIKEL 4 - EXECUTEUR
Ik benoem tot executeur mijn dochter {F3} voornoemd. Indien zij die taak niet kan of
wil aanvaarden, benoem ik tot executeur degene die notaris {L4} voornoemd aanwijst.

WAARVAN AKTE in minuut, verleden te {CITY} op de datum in het hoofd van deze akte
vermeld. Na zakelijke opgave van de inhoud, een toelichting daarop en na de
mededeling van de gevolgen die voor de comparante uit de inhoud van de akte
voortvloeien, heeft de comparante verklaard tijdig voor het verlijden een ontwerp
van de akte te hebben ontvangen, daarvan kennis te hebben genomen en met de inhoud
in te stemmen. Onmiddellijk na beperkte voorlezing is deze akte door de comparante
en mij, notaris, ondertekend.
"""

HELD["dagvaarding"] = """
DAGVAARDING
(kantonzaak)

Heden, {DATE}, op verzoek van {ORG}, gevestigd te {CITY}, te dezer zake woonplaats
kiezende ten kantore van mr. {P3}, advocaat, die als zodanig wordt gesteld,

heb ik, {P4}, gerechtsdeurwaarder te {CITY2}, ten kantore van {ORG2},

                               GEDAGVAARD:

{PX2}, geboren op {DOB}, wonende te {ADDR},
aldaar mijn exploot doende en afschrift dezes latende aan: {P1}, zijn echtgenote,

OM: op {DATE2} om {TIME} niet in persoon, maar vertegenwoordigd door een gemachtigde,
te verschijnen ter terechtzitting van de rechtbank, team kanton,

MET HET VOLGENDE:
1. Gedaagde huurt van eiseres een bedrijfsruimte. Hij is sinds enige maanden in
   gebreke met de betaling van de huur.
2. De achterstand bedraagt op de dag van dit exploot € {AMT}.
3. Ondanks herhaalde aanmaning, laatstelijk bij brief van mr. {L3}, is betaling uitgebleven.

Kosten van dit exploot: € 112,37

{IN4}, gerechtsdeurwaarder
"""

HELD["klassenlijst_tsv"] = """
Klassenlijst groep 7B	schooljaar {YEAR}
Contact bij nood: administratie {PHONE}

nr	achternaam	voornaam	ophalen door	allergie / medisch	toestemming foto's
1	{L3}	{F3}	oma	geen	ja
2	{L4}	{F4}	zelfstandig	pinda's	nee
3	{L1}	{F1}	BSO {ORG}	astma (pufje in tas)	ja
4	{L2}	{F2}	vader, tel. {PHONE2}	geen	ja
"""

HELD["ouderbrief_bosklassen"] = """
{ORG}
{ADDR2}

{CITY}, {DATE}

Beste ouders,

Op {DATE2} vertrekken de leerlingen van het vijfde leerjaar op bosklassen. Juf {F3}
en meester {F4} begeleiden de groep, samen met twee ouders. Mevrouw {P1}, onze
zorgcoördinator, zorgt voor de medicatie en de medische fiches.

Wat neemt uw kind mee?
  • stevige wandelschoenen en laarzen
  • een slaapzak en een kussensloop
  • een zaklamp
  • geen gsm of spelconsole

De kostprijs bedraagt € {AMT}. Gelieve dit bedrag over te schrijven op {IBAN} met
vermelding van de naam en de klas van uw kind.

Heeft u vragen? Contacteer de directeur, {P2}, op {PHONE} of via {EMAIL2}.

Met vriendelijke groeten,
Het schoolteam

✂ ------------------------------------------------------------------
Strookje uiterlijk een week voor vertrek terug te bezorgen aan de klastitularis

Naam leerling: ...........................................
Ik, ouder van ............................, geef toestemming voor deelname.
Handtekening: ....................
"""

HELD["json_patientenexport"] = """
{
  "export": "patientenportaal",
  "gegenereerd": "{DATE} {TIME}",
  "records": [
    {
      "id": "{NUM}",
      "achternaam": "{L2}",
      "voornaam": "{F2}",
      "volledige_naam": "{P2}",
      "geboortedatum": "{DOB}",
      "bsn": "{BSN}",
      "adres": "{ADDR}",
      "telefoon": "{PHONE}",
      "email": "{EMAIL2}",
      "huisarts": "{IN3}",
      "contactpersoon": {"naam": "{P1}", "relatie": "partner", "telefoon": "{PHONE2}"}
    },
    {
      "id": "P-00418",
      "achternaam": "{L4}",
      "voornaam": "{F4}",
      "volledige_naam": "{P4}",
      "adres": "{ADDR2}",
      "email": "{EMAIL4}",
      "huisarts": "{IN3}",
      "contactpersoon": null
    }
  ]
}
"""

HELD["xml_inschrijvingen"] = """
<?xml version="1.0" encoding="UTF-8"?>
<inschrijvingen evenement="Stadsloop 10 km" datum="{DATE}" organisatie="{ORG}">
  <deelnemer startnummer="214">
    <achternaam>{L1}</achternaam>
    <voornaam>{F1}</voornaam>
    <geboortedatum>{DOB}</geboortedatum>
    <woonplaats>{CITY}</woonplaats>
    <email>{EMAIL1}</email>
    <vereniging>{ORG2}</vereniging>
    <noodcontact naam="{P2}" telefoon="{PHONE}"/>
  </deelnemer>
  <deelnemer startnummer="215">
    <achternaam>{L4}</achternaam>
    <voornaam>{F4}</voornaam>
    <woonplaats>{CITY2}</woonplaats>
    <email>{EMAIL4}</email>
    <vereniging/>
    <noodcontact naam="{P3}" telefoon="{PHONE2}"/>
  </deelnemer>
</inschrijvingen>
"""

HELD["teams_chat"] = """
{P2}  08:47
Goedemorgen allemaal! Wie pakt vandaag de intake van de nieuwe cliënt om {TIME}?

{P3}  08:52
Ik, maar ik moet om half vier weg. @{P1} kun jij de notulen van {DATE} nog even rondsturen?

{P1}  08:55
Staan in de gedeelde map onder Overleggen. {F4} had nog een aanvulling, die heb ik erin gezet
👍 2

{P4}  09:03
Klopt. Let op: de cliënt heeft een nieuw nummer, {PHONE2}. Het oude nummer werkt niet meer

{P2}  09:05
Dank {F4}. {F3}, laat je na de intake even weten hoe het ging?

{P3}  09:11
Doe ik 👌
"""

HELD["geboortekaartje"] = """
            Hoera, een zusje voor {F4}!

                     {F3}

          geboren op {DATE} om {TIME}
             3420 gram · 51 centimeter

     Dochter van {P1} en {P2}

     {ADDR}

   Kraambezoek is van harte welkom, maar spreek even af
   via {PHONE} ({F1}). Wij houden ook van een kaartje!
"""

HELD["persbericht"] = """
PERSBERICHT

{CITY}, {DATE}

{ORG} en {ORG2} slaan handen ineen voor warme maaltijden aan huis

Vanaf {DATE2} bezorgen vrijwilligers van {ORG2} drie keer per week een warme maaltijd
bij ouderen die niet meer zelf kunnen koken. De maaltijden worden bereid in de keuken
van {ORG}.

"We zien dat steeds meer mensen langer thuis wonen, maar daar wel hulp bij nodig hebben,"
zegt {P1}, directeur van {ORG}. Volgens {L1} kan het project in het eerste jaar
zo'n tweehonderd huishoudens bereiken.

Ook wethouder {P2} is enthousiast: "Dit is precies de samenwerking die we in onze
wijken willen zien." De gemeente draagt € {AMT} bij aan de opstartkosten.
Prof. dr. {P4}, hoogleraar ouderengeneeskunde, volgt het project en meet samen
met de wijkverpleging of de deelnemers minder vaak in het ziekenhuis belanden.

Aanmelden kan via de wijkteams of telefonisch.

-- einde persbericht --

Noot voor de redactie (niet voor publicatie):
Meer informatie: {P3}, woordvoerder, {PHONE}, {EMAIL3}
"""

HELD["pakbon"] = """
PAKBON

Afzender:       {ORG}
                {ADDR2}
Ordernummer:    {NUM}
Besteldatum:    {DATE}
Verzenddatum:   {DATE2}

AFLEVERADRES
{PX1}
{ADDR}
Tel. {PHONE}

Art.nr.     Omschrijving                              Aantal   Geleverd
40211       Douchekop regendouche chroom 25 cm            1          1
40388       Thermostaatkraan opbouw                       1          1
51002       Montageset muur                               2          1
                                                      (1 in nabestelling)

Gepickt door: {IN4}          Gecontroleerd door: {F2}

Ontvangen in goede staat:
Naam ontvanger:  {P3} (buurvrouw)
Handtekening:    ________________
"""

HELD["dienstrooster"] = """
DIENSTROOSTER AFDELING GERIATRIE - {ORG}
Rooster vanaf {DATE}

Dienst           Tijden          {DATE}                 {DATE2}
---------------------------------------------------------------------------
Vroege dienst    07:00-15:30     {IN1}, {IN2}           {IN3}, {IN1}
Late dienst      15:00-23:30     {IN3}                  {IN4}, {IN2}
Nachtdienst      23:15-07:15     {IN4}                  {IN2}
Bereikbaarheid   24 uur          {P2} (06-pieper)       {P1}
---------------------------------------------------------------------------

Ruilen alleen in overleg met de teamleider, {P3} ({PHONE}).
Ziekmelden vóór 06:00 op {PHONE2}.
"""

HELD["doopregister"] = """
PAROCHIE - DOOPREGISTER
Doopattest, afgegeven door het parochiesecretariaat van {ORG}

Volgnummer:        {NUM}
Naam dopeling:     {PU3}
Geboren:           {DOB} te {CITY}
Gedoopt:           in hetzelfde jaar, register nr. 23

Vader:             {PU2}
Moeder:            {PU1}
Adres ouders:      {ADDR}

Peter:             {PU4}
Meter:             (niet vermeld)

Bediend door:      de pastoor van de parochie
Randvermeldingen:  vormsel ontvangen; geen kerkelijk huwelijk vermeld
Doel van het attest: voorbereiding kerkelijk huwelijk

Voor eensluidend uittreksel,
{CITY2}, {DATE}
De secretaris
"""

HELD["reacties_nieuwssite"] = """
Reacties (4)                                            Sorteer op: Nieuwste eerst

{P2}  ·  {TIME}
Eindelijk gebeurt er iets met dat kruispunt. Mijn dochter fietst daar elke dag langs.
  ↳ 12 vind-ik-leuks

{P1}  ·  1 uur geleden
@{P2} helemaal eens. Maar waarom duurt het tot na de zomer? Bij {ORG} hebben ze
het vorig jaar in zes weken geregeld.

{PX4}  ·  3 uur geleden
Ik woon er al dertig jaar. Drie keer is er een ongeluk gebeurd en nu pas gaat de
gemeente wat doen. Schandalig.

{P3}  ·  gisteren
Namens de bewonerscommissie: we zijn blij met het besluit. Wie wil meepraten over
het ontwerp kan mailen naar {EMAIL3}.
"""

HELD["nieuwsbrief_wijkvereniging"] = """
NIEUWSBRIEF WIJKVERENIGING
Uitgave van {ORG}

IN DIT NUMMER
> Terugblik op de snoeidag
> Nieuwe penningmeester
> Kalender

TERUGBLIK
Met zeventien vrijwilligers hebben we het plantsoen weer netjes gemaakt. Speciale dank
aan {P4}, die zijn aanhangwagen beschikbaar stelde, en aan {P3} voor de soep!

NIEUWE PENNINGMEESTER
Na acht jaar draagt {P1} het stokje over aan {P2}. {F1}, hartelijk bedankt voor je
inzet! {F2} is bereikbaar via {EMAIL2}.

CONTRIBUTIE
De bijdrage blijft € {AMT} per huishouden. Overmaken op {IBAN} o.v.v. uw adres.

KALENDER
{DATE}    Buurtbarbecue op het grasveld, vanaf {TIME}
{DATE2}   Ledenvergadering, {ADDR}

Vragen of ideeën? Bel {F3} ({PHONE}) of kom langs op de koffieochtend.
"""

HELD["zoekertjes"] = """
ZOEKERTJES

TE KOOP: zetel in bruin leder, driezit, goede staat. Prijs € {AMT}. Af te halen
te {CITY}. Tel. {PHONE} (na 18 u).

GEZOCHT: poetshulp voor 4 u per week, dienstencheques. Contacteer {P1}, {EMAIL1}.

TE HUUR: gemeubelde studio met koertje, vrij vanaf {DATE}. {ADDR}. Kandidaat-huurders
kunnen bellen naar {P2} op {PHONE2}.

VERLOREN: bruine labrador, luistert naar de naam Snuffel, weggelopen in {CITY2}.
Beloning! Eigenaar: fam. {L3}.

DIVERSEN: fanfare {ORG} zoekt nog een tubaspeler. Info bij {IN4}.
"""

HELD["notulen_vve"] = """
VERENIGING VAN EIGENAARS - NOTULEN
Complex {ADDR}

Datum vergadering:   {DATE}
Aanvang:             {TIME}
Beheerder:           {ORG}, vertegenwoordigd door {P4}

Presentielijst
  Appartement  Eigenaar                 Aanwezig   Volmacht aan
  A-01         {PC1}                    ja
  A-02         {PC2}                    nee        {IN1}
  B-04         {PC3}                    ja
  B-05         leegstand                -

1. Opening en vaststellen quorum: 3 van de 4 stemmen vertegenwoordigd. Quorum behaald.
2. Dakrenovatie: offerte van {ORG2} besproken, € {AMT} incl. btw. De heer {L4} licht
   toe dat het reservefonds toereikend is. Voorstel aangenomen met 3 stemmen voor.
3. Huishoudelijk reglement: mevrouw {L3} vraagt om een verbod op fietsen in het trappenhuis.
   Wordt meegenomen naar de volgende vergadering.
4. Rondvraag: geen.

Volgende vergadering: {DATE2}.
"""

HELD["sollicitatiebrief"] = """
{P4}
{ADDR}
{PHONE}
{EMAIL4}

{ORG}
t.a.v. mevrouw {P1}, afdeling HR
{ADDR2}

{CITY}, {DATE}

Betreft: sollicitatie naar de functie van monteur elektrotechniek (vacature {NUM})

Geachte mevrouw {L1},

Met veel interesse las ik uw vacature voor een monteur elektrotechniek. Op aanraden van
uw collega {P2}, met wie ik samenwerkte bij {ORG2}, stuur ik u graag mijn sollicitatie.

Ik heb zes jaar ervaring in de utiliteitsbouw en ben in het bezit van de certificaten
VCA-VOL en NEN 3140. Ik werk graag zelfstandig, maar vind het ook prettig om
leerlingen op te leiden.

Graag licht ik mijn motivatie toe in een persoonlijk gesprek. Ik ben beschikbaar
vanaf {DATE2}.

Met vriendelijke groet,

{P4}

Bijlage: cv
"""

HELD["storingsticket"] = """
[STORING] #{NUM} - Geen internet na verhuizing
---------------------------------------------------------
Status:          In behandeling (2e lijn)
Gemeld door:     {PU1}
Installatieadres:{ADDR}
Contact:         {PHONE} / {EMAIL1}
Aangemaakt:      {DATE} {TIME}
Eigenaar:        {fl4}  (teamlead: {fl2})
---------------------------------------------------------

[{DATE} {TIME}] {F1} (klant):
Sinds de verhuizing brandt het lampje DSL rood. Modem al drie keer opnieuw opgestart.

[{DATE} 16:02] {F4} (1e lijn):
Lijnmeting uitgevoerd: geen synchronisatie. Mogelijk verkeerd aangesloten in de
meterkast. Doorgezet naar buitendienst.

[{DATE} 16:40] {IN2} (planning):
Monteur ingepland op {DATE2} tussen 08:00 en 12:00. Klant per sms geïnformeerd.

[{DATE} 17:05] {F1} (klant):
Prima, mijn buurvrouw {P3} laat de monteur binnen als ik er niet ben.
"""

HELD["neg_handleiding"] = """
Snelstartgids - Stoomreiniger AquaSteam Pro 3000

VEILIGHEID
Lees deze Handleiding volledig voordat u het Apparaat gebruikt.
Gebruik de Stoomreiniger nooit op Hoogglans Lak, Leer of Onbehandeld Hout.

ONDERDELEN
A  Waterreservoir (Max. 350 ml)
B  Stoomknop met Kinderslot
C  Vloerzuigmond Flex
D  Microvezeldoek Soft Touch

IN GEBRUIK NEMEN
1. Vul het Reservoir met Kraanwater. Gebruik geen Azijn of Ontkalker.
2. Steek de Stekker in het Stopcontact. Het Lampje brandt Oranje.
3. Wacht tot het Lampje Groen wordt (ca. 30 seconden).
4. Druk op de Stoomknop en beweeg de Zuigmond rustig over de Vloer.

STORINGEN
Geen Stoom?      Controleer het Waterpeil. Ontkalk het Apparaat.
Lekt water?      Draai de Dop stevig vast. Vervang de Afdichtring.

Garantie: 2 jaar. Bewaar de Aankoopbon.
"""

HELD["neg_releasenotes"] = """
Release Notes - Versie 4.2.0

Nieuw
- Donkere Modus voor Dashboard en Instellingen.
- Exporteer Rapporten naar PDF, CSV of Excel.
- Nieuwe Widget "Agenda Overzicht" op het Startscherm.

Verbeterd
- Zoeken in Archief is tot twee keer sneller.
- Meldingen: Stel per Project in welke Updates u ontvangt.
- De knop Opslaan Als blijft nu zichtbaar tijdens het Scrollen.

Opgelost
- Inloggen met Single Sign-On mislukte soms na Wachtwoord Wijzigen.
- Bijlagen groter dan 25 MB werden niet geüpload via de Mobiele App.
- Sneltoets Ctrl+Shift+F opende het verkeerde Venster.

Bekende problemen
- Synchronisatie met Externe Kalenders kan enkele minuten vertraging hebben.

Update via Help > Controleren op Updates. Herstart daarna de Applicatie.
"""
