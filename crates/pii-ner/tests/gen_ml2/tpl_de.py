"""German templates for the second multilingual generalization set (see gen_ml2.py).

Written fresh for this set, natively in German (Germany, Austria, Switzerland). Names: hand-compiled
lists of ordinary given and family names common in the German-speaking countries and their larger
immigrant communities (Turkish, Polish, Russian-German, Arabic, Balkan, Italian), of the kind recorded
as Wikidata given-name / family-name items (CC0 1.0); none from Faker or any fake-data library.
Organisations and mail domains are invented.
"""

de = "de"

GIVEN_F = [
    "Sabine", "Ulrike", "Kerstin", "Nicole", "Stefanie", "Daniela", "Tanja", "Melanie", "Bettina",
    "Doris", "Renate", "Hannelore", "Waltraud", "Gerlinde", "Dagmar", "Angelika", "Cornelia",
    "Manuela", "Jasmin", "Johanna", "Charlotte", "Emilia", "Hannah", "Leonie", "Clara", "Frieda",
    "Greta", "Ida", "Mathilda", "Luisa", "Antonia", "Theresa", "Veronika", "Rosemarie", "Edeltraud",
    "Annemarie", "Wiebke", "Frauke", "Regula", "Margrit", "Verena", "Ursula",
    "Marie-Luise", "Lisa-Marie", "Ann-Kathrin", "Marie-Theres",
    "Ayşe", "Elif", "Zeynep", "Emine", "Merve", "Agnieszka", "Katarzyna", "Małgorzata", "Swetlana",
    "Tatjana", "Irina", "Jelena", "Fatima", "Amira", "Mirela", "Giovanna", "Concetta",
]

GIVEN_M = [
    "Wolfgang", "Manfred", "Jürgen", "Bernd", "Rainer", "Horst", "Gerhard", "Hans-Georg",
    "Karl-Heinz", "Volker", "Holger", "Torsten", "Matthias", "Christoph", "Andreas", "Michael",
    "Benedikt", "Maximilian", "Leon", "Finn", "Jonas", "Elias", "Noah", "Felix", "Lukas", "Moritz",
    "Niklas", "Jannik", "Till", "Ole", "Hannes", "Korbinian", "Alois", "Reto", "Beat", "Ernst",
    "Friedhelm", "Detlef", "Hans-Jürgen", "Lutz",
    "Mehmet", "Mustafa", "Emre", "Murat", "Hüseyin", "Kemal", "Piotr", "Krzysztof", "Grzegorz",
    "Sergej", "Waldemar", "Viktor", "Alexej", "Jewgeni", "Ahmad", "Khaled", "Omar", "Dragan",
    "Goran", "Zoran", "Vincenzo", "Gaetano",
]

FAMILY = [
    "Schäfer", "Bauer", "Schröder", "Hofmann", "Schmitz", "Friedrich", "Keller", "Günther",
    "Winkler", "Roth", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Kraus", "Vogt",
    "Jäger", "Sommer", "Groß", "Seidel", "Heinrich", "Haas", "Schreiber", "Dietrich", "Ziegler",
    "Kuhn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Arnold", "Pfeiffer",
    "Fuchs", "Hahn", "Fink", "Kaiser", "Huber", "Gruber", "Moser", "Steiner", "Pichler", "Leitner",
    "Wimmer", "Brunner", "Meier", "Gerber", "Frei", "Bühler", "Ammann", "Petersen", "Hansen",
    "Janssen", "Ahrens", "Thiessen", "Friesen", "Penner", "Klassen", "Dück",
    "von Bülow", "von der Heyde", "von Stetten", "zur Nieden", "vom Hofe",
    "Schulte-Bräucker", "Lindner-Blum",
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Kowalski", "Nowak",
    "Mazur", "Wójcik", "Kaczmarek", "Haddad", "Khalil", "Nasser", "Petrović", "Jovanović",
    "Hodžić", "Kovačević", "Babić", "Esposito", "Caruso", "Ferraro", "Colombo", "De Santis",
]

CITIES = [
    "Dortmund", "Essen", "Bielefeld", "Bonn", "Münster", "Karlsruhe", "Mannheim", "Augsburg",
    "Wiesbaden", "Freiburg im Breisgau", "Kiel", "Lübeck", "Rostock", "Erfurt", "Magdeburg",
    "Regensburg", "Würzburg", "Göttingen", "Osnabrück", "Ulm", "Heilbronn", "Passau", "Bamberg",
    "Lüneburg", "Husum", "Cottbus", "Görlitz", "Wismar", "Tübingen", "Konstanz", "Bad Tölz",
    "Halle (Saale)", "Neustadt an der Weinstraße", "Oberhausen", "Siegen", "Fulda",
    "Graz", "Linz", "Innsbruck", "Klagenfurt", "Winterthur", "Luzern", "St. Gallen",
]

STREETS = [
    "Lindenallee", "Am Mühlbach", "Kirchgasse", "Rosenweg", "Amselweg", "Feldstraße", "Ringstraße",
    "Bergstraße", "Schulstraße", "Kastanienweg", "Untere Dorfstraße", "Im Wiesengrund",
    "An der Alten Ziegelei", "Eichendorffstraße", "Wilhelmstraße", "Marktplatz", "Mozartgasse",
    "Obere Bachgasse", "Zum Steinbruch", "Am Sonnenhang", "Friedhofstraße", "Hinter den Höfen",
    "Talweg", "Kaiserstraße", "Mühlenkamp",
]

ORGS = [
    "Lindenfels Gebäudetechnik GmbH", "Brenner & Söhne Fensterbau GmbH & Co. KG",
    "Auental Versicherung AG", "Hausverwaltung Kranzberger GmbH", "Elektro Zirngibl GmbH",
    "Gebr. Rettenbacher Holzbau GmbH", "Nordwind Spedition GmbH", "Alpinea Reisen GmbH",
    "Korvenhaus Software AG", "Velmar Medizintechnik GmbH", "Druckerei Obermaier KG",
    "Marquardt Gartenbau e.K.", "Bäckerei Stöckl OHG", "Sonnfeld Energie AG",
    "Hellberg & Partner Steuerberatungsgesellschaft mbB", "Kanzlei Ostermann Rechtsanwälte PartG mbB",
    "BTW Bautechnik West GmbH", "KMV Kunststoffwerk Mittelhessen GmbH",
    "Spar- und Darlehenskasse Hohenried eG", "Wohnungsbaugenossenschaft Sonnenwinkel eG",
    "Winzergenossenschaft Kellerberg eG", "Almtaler Molkerei eGen", "Brunnmatt Treuhand AG",
    "Turnverein Eintracht Moosbrunn 1897 e.V.", "Förderverein Grundschule am Kirschberg e.V.",
    "Stiftung Haus Abendrot", "Gemeinschaftspraxis am Lerchenberg",
    "MVZ Altenhof GmbH", "Seeblick Immobilien GmbH", "Quellbrunn Getränke GmbH",
]

MAIL_DOMAINS = [
    "posteingang.de", "mailhafen.de", "netzbrief.de", "kabelpost.de", "wolkenmail.de",
    "briefkasten-online.de", "funkpost.de", "alpenbrief.at", "seepost.ch",
]

TUNE = {
    "praxis_terminerinnerung": """
Terminerinnerung – Hausarztpraxis im Ärztehaus

Guten Tag {P1},

wir möchten Sie an Ihren Termin am {DATE} um {TIME} Uhr bei Frau Dr. {L3} erinnern.
Bitte denken Sie an Ihre Versichertenkarte und bringen Sie, falls vorhanden, Ihren Impfpass mit.
Sollten Sie verhindert sein, sagen Sie bitte spätestens 24 Stunden vorher unter {PHONE} ab.

Ihr Praxisteam
""",
    "ueberweisungsschein": """
Überweisungsschein – kurativ
Name, Vorname des Versicherten: {PC2}
geb. am: {DOB}
Anschrift: {ADDR}
Überweisung an: Orthopädie, Dr. med. {P4}, {CITY}
Diagnose: Lumbago, V. a. Bandscheibenvorfall L4/L5
Auftrag: Mitbehandlung, ggf. MRT der LWS
Befund/Medikation: Ibuprofen 600 seit einer Woche ohne ausreichende Besserung
Vertragsarzt: Dr. {L3}, Fachärztin für Allgemeinmedizin
Ausstellungsdatum: {DATE}
""",
    "apotheken_kassenbon": """
APOTHEKE
Inh. Apotheker {P2} e.K.
{ADDR} · Tel. {PHONE}

Ibuprofen 400 mg, 20 St.               4,97 EUR
Zuzahlung Rezept Pos. 1                5,00 EUR
Meerwasser-Nasenspray                  6,95 EUR
SUMME                                 16,92 EUR
Bon-Nr. {NUM}     {DATE}     {TIME}
Es bediente Sie: Fr. {L1}
Gute Besserung – Ihre Gesundheit liegt uns am Herzen!
""",
    "klassenbuch_fehlzeiten": """
Klassenbuch 3b – Fehlzeiten, Woche ab {DATE}
Klassenvorständin: Frau Mag. {L1}
Kat.-Nr. | Schüler/in | Mo | Di | Mi | Do | Fr | Anmerkung
4 | {PI3} | – | – | x | x | x | entschuldigt (ärztl. Bestätigung)
11 | {PI2} | x | x | x | x | – | Fr 1. Stunde fehlend, unentschuldigt
17 | {PI4} | x | x | x | x | x |
Mitteilung an die Eltern von {F2} ist erfolgt; Rückmeldung der Mutter steht noch aus.
""",
    "elternbrief_entschuldigung": """
{CITY}, {DATE}

Sehr geehrte Frau {L1},

unsere Tochter {F3} konnte am Montag und Dienstag wegen einer Magen-Darm-Grippe leider nicht am Unterricht teilnehmen. Bitte entschuldigen Sie ihr Fehlen.
Die Arbeitsblätter in Mathe und Englisch holt sie sich bei ihrem Sitznachbarn {P4} ab und arbeitet den Stoff nach.
Bei Rückfragen erreichen Sie mich tagsüber unter {PHONE}.

Mit freundlichen Grüßen
{P2}
""",
    "elternbeirat_protokoll": """
Protokoll der 3. Sitzung des Elternbeirats
Datum: {DATE}, Beginn: {TIME} Uhr, Ort: Aula
Anwesend: {P1} (Vorsitz), Dipl.-Ing. {P2}, {IN3}
Entschuldigt: {P4}
Protokoll: {IN3}

TOP 1: Begrüßung durch Frau {L1}, die Beschlussfähigkeit wird festgestellt.
TOP 2: Sommerfest – Herr {L2} berichtet zum Stand der Planung. Der Förderverein übernimmt Kaffee und Kuchen.
TOP 3: Verschiedenes – die schriftliche Anfrage von Herrn {L4} zur Busanbindung wird an die Schulleitung weitergegeben.
Nächste Sitzung: {DATE2}
""",
    "aushang_hausverwaltung": """
AUSHANG – An alle Bewohnerinnen und Bewohner des Hauses {ADDR}

Am {DATE} wird zwischen 8 und 12 Uhr die Heizungsanlage gewartet. In dieser Zeit steht kein Warmwasser zur Verfügung.
Bitte sorgen Sie dafür, dass der Zugang zum Heizungskeller frei ist. Unser Hausmeister, Herr {L4}, ist vor Ort.
Rückfragen beantworten wir gerne unter {PHONE}.

Vielen Dank für Ihr Verständnis!
Ihre Hausverwaltung
i. A. {P2}, Objektbetreuung
""",
    "antwort_wohnungsanzeige": """
Betreff: Ihre Anzeige – 3-Zimmer-Altbauwohnung, 78 m², Balkon

Sehr geehrter Herr {L2},

mit großem Interesse haben wir Ihre Anzeige gelesen. Mein Mann {F4} und ich (beide Mitte dreißig, Nichtraucher, keine Haustiere) suchen zum {DATE} eine Wohnung in {CITY}.
Ich arbeite in Vollzeit bei {ORG}, mein Mann ist Beamter im Schuldienst. Eine Mietschuldenfreiheitsbescheinigung und Gehaltsnachweise reichen wir gerne nach.
Über einen Besichtigungstermin würden wir uns sehr freuen. Sie erreichen mich unter {PHONE} oder per E-Mail an {EMAIL1}.

Viele Grüße
{P1}
""",
    "bewerbung_anschreiben": """
{P3} · {ADDR} · {PHONE} · {EMAIL3}

{ORG}
Personalabteilung, z. Hd. Frau Dr. {P1}

{CITY}, {DATE}
Bewerbung als Sachbearbeiterin Finanzbuchhaltung – Kennziffer {NUM}

Sehr geehrte Frau Dr. {L1},
nach meiner Ausbildung zur Industriekauffrau bei {ORG2} arbeite ich dort seit drei Jahren in der Finanzbuchhaltung und betreue eigenständig die Kreditoren und den Monatsabschluss.
Ihre Stellenanzeige hat mich besonders angesprochen, weil ich mehr Verantwortung übernehmen und mich fachlich weiterentwickeln möchte. Über die Einladung zu einem persönlichen Gespräch freue ich mich.

Mit freundlichen Grüßen
{P3}
""",
    "arbeitszeugnis": """
ARBEITSZEUGNIS

Frau {P1}, geboren am {DOB} in {CITY}, war vom {DATE} bis zum {DATE2} in unserem Unternehmen als Teamassistentin im Vertrieb tätig.
Zu ihren Aufgaben gehörten die Terminkoordination der Geschäftsleitung, die Organisation von Messeauftritten sowie die Pflege der Kundendatenbank.
Frau {L1} erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Ihr Verhalten gegenüber Vorgesetzten, Kollegen und Kunden war stets einwandfrei.
Sie verlässt uns auf eigenen Wunsch. Wir bedauern dies sehr und wünschen ihr für ihre berufliche und private Zukunft alles Gute und weiterhin viel Erfolg.

{CITY2}, {DATE2}
{ORG}
{P2}, Geschäftsführer
""",
    "whatsapp_vereinsgruppe": """
[{TIME}] {F1}: Hat jemand den Schlüssel für den Vereinsbus? 🙈
[{TIME}] {fl2}: liegt bei {F3} im Briefkasten glaub ich
[{TIME}] {F3}: jap, hab ihn. kannst ihn heut abend holen
[{TIME}] {F1}: Super, danke!! Wer fährt am Samstag mit nach {CITY}?
[{TIME}] {fl4}: ich und {F2} 👍
[{TIME}] {fl2}: Abfahrt 7 Uhr am Sportplatz. {F4}, diesmal nicht wieder verpennen 😂
[{TIME}] {F1}: {F3}s Mann fährt den zweiten Bus, Treffpunkt wie immer
""",
    "schadenanzeige_haftpflicht": """
Schadenanzeige Privathaftpflichtversicherung
Versicherungsschein-Nr.: {NUM}
Versicherungsnehmer: {PC2}
Anschrift: {ADDR}, Telefon: {PHONE}
Schadentag: {DATE}, gegen {TIME} Uhr
Schadenhergang: Durch einen geplatzten Zulaufschlauch unserer Waschmaschine ist Wasser in die darunterliegende Wohnung von Frau {P3} gelaufen. Decke und Tapete im Badezimmer sind durchfeuchtet.
Geschädigte: Frau {L3}, gleiche Anschrift, 1. OG links
Geschätzte Schadenhöhe: {AMT} EUR
Bankverbindung: {IBAN}
Ort, Datum: {CITY}, {DATE2}      Unterschrift: {P2}
""",
    "strafanzeige_auszug": """
Polizeiinspektion {CITY} – Vorgangs-Nr. {NUM}
Auszug aus der Strafanzeige wegen Sachbeschädigung (§ 303 StGB)
Anzeigeerstatterin: {PU1}, geb. {DOB}, wohnhaft {ADDR}
Tatzeit: {DATE}, zwischen {TIME} Uhr und Mitternacht
Tatort: Tiefgarage des Anwesens, Stellplatz 14
Sachverhalt: Die Geschädigte gibt an, dass ihr Pkw an der Fahrerseite mit einem spitzen Gegenstand zerkratzt wurde. Als Zeugen benennt sie ihren Nachbarn {P2}, der gegen 22 Uhr zwei Jugendliche in der Tiefgarage gesehen haben will.
Weitere Ermittlungen: Befragung von Herrn {L2} am Folgetag, Spurensicherung nicht erforderlich.
Sachbearbeiter: POK {IN4}, Tel. {PHONE}
""",
    "hochzeitsanzeige": """
Wir haben JA gesagt!

{F1} & {P2}

Standesamtliche Trauung am {DATE} im Alten Rathaus zu {CITY}.
Wir danken unseren Familien, Freunden und ganz besonders unseren Trauzeugen {F3} und {P4} für einen unvergesslichen Tag.
""",
    "vereinsergebnisse_tischtennis": """
Tischtennis – Ergebnisse vom Wochenende
Herren I, Bezirksliga: Auswärtssieg 9:6 in {CITY}
Punkte: {IN2} (2), {IN4} (2), Doppel {L2}/{L4} (1), Rest siehe Spielbericht.
Damen I, Kreisliga: Heimniederlage 4:8. Einziger Lichtblick war {P1} mit zwei Einzelsiegen, dazu das Doppel {L1}/{L3}.
Vereinsmeisterschaft Damen-Einzel: 1. {PI3}, 2. {PI1}, 3. Platz wird nachgespielt.
Training ab sofort dienstags und freitags, 18 Uhr, in der Sporthalle Süd.
Die Abteilungsleitung
""",
    "weitergeleitete_email": """
Zur Info – können wir am Donnerstag kurz besprechen. Gruß {F2}

---------- Weitergeleitete Nachricht ----------
Von: {P1} <{EMAIL1}>
Datum: {DATE} um {TIME}
Betreff: Angebot Fenstertausch Erdgeschoss
An: {P2} <{EMAIL2}>
Cc: {EMAIL3}

Hallo {F2},
anbei wie besprochen das Angebot von {ORG}. Herr {L4} kommt nächste Woche zum Aufmaß vorbei.
Liebe Grüße
{F1}
""",
    "paket_benachrichtigung": """
Benachrichtigungskarte – Sendungsnummer {NUM}
Empfänger: {PX2}
Leider haben wir Sie am {DATE} um {TIME} Uhr nicht angetroffen.
Ihre Sendung wurde in der Nachbarschaft abgegeben bei: {P3}, {ADDR}
Bitte holen Sie die Sendung dort ab und bringen Sie diese Karte mit.
Ihr Zusteller
""",
    "rechnung_kopf": """
{ORG}
{ADDR} · Telefon {PHONE}

Herrn
{P4}
{ADDR2}

RECHNUNG Nr. {NUM}                    Rechnungsdatum: {DATE}
Ihr Ansprechpartner: {P2}
Pos. 1  Wartung und Prüfung laut Auftrag vom Frühjahr, inkl. Anfahrt   {AMT} EUR
Zahlbar innerhalb von 14 Tagen ohne Abzug auf unser Konto {IBAN}.
""",
    "hotel_meldeschein": """
Gästeblatt / Meldeschein – Beherbergungsbetrieb
Familienname: {L2}          Vorname: {F2}
Geburtsdatum: {DOB}          Staatsangehörigkeit: deutsch
Anschrift: {ADDR}
Ankunft: {DATE}          Abreise: {DATE2}
Mitreisende: Ehefrau {P1}, zwei Kinder (7 und 10 Jahre)
Zimmer 212, Halbpension
Unterschrift des Gastes: {IN2}
""",
    "bibliothek_leihschein": """
Stadtbücherei {CITY} – Ausleihquittung
Leserin/Leser: {PU3}
Ausweis-Nr.: {NUM}
Ausleihe: {DATE}, {TIME} Uhr
1. Das große Gartenjahr – Gemüse, Kräuter, Obst
2. Abenteuer im Zauberwald (Kinderbuch)
3. Küstenwandern – die schönsten Touren am Meer
Rückgabe bis: {DATE2}
Verlängerung online im Leserkonto oder telefonisch unter {PHONE}.
""",
    "pflege_schichtuebergabe": """
Übergabe Frühdienst → Spätdienst, Station 3B, {DATE}
Übergabe: Sr. {F1} an {F3}
Zi. 12/1 – Hr. {L2}, 84 J., Z. n. Hüft-TEP re., mobil mit Rollator, Schmerzen gut eingestellt, Drainage gezogen.
Zi. 14/2 – Hr. {L4}, BZ-Kontrolle um {TIME} Uhr noch offen, Kost: Diabetes, trinkt zu wenig!
Die Tochter von Hr. {L2} bittet um Rückruf am Nachmittag unter {PHONE}.
Für Hr. {L4} ist die Diabetesberatung angemeldet, Termin steht noch aus.
""",
    "lohnabrechnung_kopf": """
{ORG}
Abrechnung der Brutto/Netto-Bezüge für März {YEAR}
Herrn {P2}
{ADDR}
Personal-Nr.: {NUM}     Geb.-Datum: {DOB}     Eintritt: {DATE}
Steuer-ID: {STEUERID}     StKl. 3, Kinderfreib. 1,0, Konf. rk
Krankenkasse: gesetzlich, Zusatzbeitrag lt. Satzung
Bankverbindung: {IBAN}
Auszahlungsbetrag: {AMT} EUR
""",
    "hausordnung_auszug": """
Hausordnung – Auszug
1. Die Mittagsruhe gilt von 13 bis 15 Uhr, die Nachtruhe von 22 bis 7 Uhr. An Sonn- und Feiertagen ist ganztägig Rücksicht zu nehmen.
2. Treppenhaus und Kellergang werden im wöchentlichen Wechsel gereinigt; der Putzplan hängt neben den Briefkästen.
3. Fahrräder, Kinderwagen und Rollatoren dürfen nicht im Hausflur abgestellt werden (Fluchtweg!).
4. Die Haustür ist ab 22 Uhr abzuschließen.
5. Grillen mit Holzkohle ist auf Balkonen und Terrassen nicht gestattet. Elektrogrills sind erlaubt.
6. Mülltrennung: Gelbe Tonne, Biotonne, Altpapier und Restmüll. Sperrmüll nur nach Absprache mit dem Hausmeister.
7. Ab Martini bis Ostern ist die Waschküche samstags ab 14 Uhr geschlossen.
Die Hausverwaltung
""",
    "beipackzettel": """
Gebrauchsinformation: Information für Anwender
Bitte lesen Sie die gesamte Packungsbeilage sorgfältig durch, bevor Sie mit der Einnahme dieses Arzneimittels beginnen.
Wenden Sie sich an Ihren Arzt oder Apotheker, wenn Sie sich nach drei Tagen nicht besser oder gar schlechter fühlen.
Was in dieser Packungsbeilage steht:
1. Was ist Paracetamol Saft und wofür wird er angewendet?
2. Was sollten Sie vor der Einnahme beachten?
3. Wie ist der Saft einzunehmen? Kinder von 6 bis 9 Jahren: 3-mal täglich 10 ml.
4. Welche Nebenwirkungen sind möglich? Sehr selten: Überempfindlichkeitsreaktionen wie Quincke-Ödem.
Ch.-B.: {NUM}   Apothekenpflichtig. Nicht über 25 °C lagern.
""",
    "kaffeevollautomat_anleitung": """
Entkalken – Schritt für Schritt
1. Wassertank leeren und bis zur Markierung „Entkalken“ mit frischem Wasser füllen.
2. Eine Entkalkungstablette hinzugeben und vollständig auflösen lassen.
3. Taste „Pflege“ drei Sekunden gedrückt halten, bis im Display „Entkalkung läuft“ erscheint.
4. Ein Gefäß (mind. 0,5 Liter) unter den Kaffeeauslauf und die Milchdüse stellen.
Das Programm dauert etwa 40 Minuten und darf nicht unterbrochen werden.
Hinweis: Bei Wasserhärte ab Stufe 3 empfehlen wir den Einsatz des Wasserfilters „Aqua Clar“.
Ersatzteil-Nr. {NUM} – erhältlich im Fachhandel oder über den Kundendienst.
""",
}

HELD = {
    "ladung_amtsgericht": """
Amtsgericht {CITY}
Geschäftsnummer: {NUM}
In dem Rechtsstreit
{PC1}, {ADDR} – Klägerin –
Prozessbevollmächtigter: Rechtsanwalt Dr. {P4}
gegen
{ORG}, vertreten durch den Geschäftsführer {P2} – Beklagte –
wird Termin zur Güteverhandlung und sich anschließenden mündlichen Verhandlung bestimmt auf
{DATE}, {TIME} Uhr, Saal 2.14, Erdgeschoss.
Das persönliche Erscheinen der Klägerin sowie von Herrn {L2} wird angeordnet.
{IN3}, Justizangestellte
als Urkundsbeamtin der Geschäftsstelle
""",
    "notarurkunde_kopf": """
Urkundenrolle Nr. {NUM}
Verhandelt zu {CITY} am {DATE}.
Vor mir, dem unterzeichnenden Notar Dr. {P2} mit dem Amtssitz in {CITY}, erschienen heute:
1. Frau {P1} geb. {L3}, geboren am {DOB}, wohnhaft {ADDR},
   ausgewiesen durch amtlichen Lichtbildausweis,
2. Herr {P4}, wohnhaft {ADDR2},
   dem Notar persönlich bekannt.
Die Erschienenen ließen folgenden Grundstückskaufvertrag beurkunden.
Der Notar fragte nach einer Vorbefassung im Sinne des § 3 Abs. 1 Nr. 7 BeurkG; sie wurde verneint.
""",
    "traueranzeige": """
In Liebe und Dankbarkeit nehmen wir Abschied von

{P2}
* {DOB}     † {DATE}

Du hast gesorgt, du hast geschafft, bis dir die Krankheit nahm die Kraft.

In stiller Trauer
{F1}
{F3} und {P4}
Die Trauerfeier findet am {DATE2} um {TIME} Uhr in der Friedhofskapelle in {CITY} statt.
Anstelle von Blumen bitten wir um eine Spende für den ambulanten Hospizdienst.
""",
    "geburtsanzeige": """
Hallo Welt!
{F3}
ist am {DATE} um {TIME} Uhr in {CITY} auf die Welt gekommen.
52 cm · 3460 g · ganz viel Liebe
Es freuen sich die glücklichen Eltern {F1} und {P2}
und der große Bruder {F4}
""",
    "pfarrbrief_notizen": """
Aus dem Gemeindeleben
Seniorennachmittag: Am {DATE} lädt der Besuchsdienst um 14.30 Uhr ins Pfarrheim ein. Frau {P1} liest Geschichten zur Adventszeit, für Kaffee und Stollen ist gesorgt.
Erstkommunion: Die Elternabende übernimmt in diesem Jahr Gemeindereferentin {P3}. Anmeldungen bitte bis Ende des Monats im Pfarrbüro.
Sternsinger: Wer an Dreikönig mitgehen möchte, meldet sich bei Diakon {P2} ({PHONE}).
Pfarrer {L4} dankt allen Helferinnen und Helfern des Pfarrfestes und besonders Frau {L1} für die Blumen am Marienaltar.
""",
    "support_chat": """
Chatverlauf – Kundenservice {ORG}
{TIME} {F3} (Kundenservice): Hallo und herzlich willkommen! Wie kann ich Ihnen helfen?
{TIME} {fl2}: hallo, meine bestellung {NUM} ist seit ner woche nicht da
{TIME} {F3} (Kundenservice): Das tut mir leid, Herr {L2}. Ich schaue sofort nach.
{TIME} {F3} (Kundenservice): Die Sendung ist leider beim Versand verloren gegangen. Ich veranlasse eine Ersatzlieferung an {ADDR}.
{TIME} {fl2}: ok danke. bekomm ich eine bestätigung?
{TIME} {F3} (Kundenservice): Ja, die Bestätigung geht in wenigen Minuten an {EMAIL2}.
{TIME} {fl2}: super, schönen tag noch
""",
    "abwesenheitsnotiz": """
Betreff: Automatische Antwort: Jahresabschluss – fehlende Belege

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {DATE} nicht im Büro und kann Ihre E-Mail erst danach bearbeiten.
In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau {P3} ({EMAIL3}, Tel. {PHONE}).
Ihre Nachricht wird nicht automatisch weitergeleitet.

Freundliche Grüße
Mag. {P1}
Leitung Rechnungswesen
{ORG} | {ADDR}
""",
    "kundenbewertung": """
Bewertung für {ORG}
★★★★☆ Freundlich und kompetent, aber schwer erreichbar
Herr {L2} hat sich viel Zeit genommen, alles verständlich erklärt und war auch bei Nachfragen nie ungeduldig.
Nur telefonisch kommt man kaum durch – erst nach dem dritten Anruf hat Frau {L1} am Empfang zurückgerufen.
Trotzdem eine klare Empfehlung für alle in {CITY} und Umgebung!
{F3} aus {CITY2}, {DATE}
""",
    "forenbeitrag": """
Re: Nachbar parkt ständig vor meiner Garageneinfahrt – was tun?
von {fl4} » {DATE}, {TIME}
@{fl2}: Abschleppen lassen ist erlaubt, aber das Kostenrisiko trägst erst mal du.
Hatte genau das gleiche Problem. Erst freundlich ansprechen, dann ein Zettel unter den Scheibenwischer, dann Ordnungsamt.
Bei uns hat am Ende die Hausverwaltung (Frau {L3}) ein Schreiben aufgesetzt, seitdem ist Ruhe.
Gruß aus {CITY}
""",
    "kleinanzeige": """
Kinderwagen Kombi (Wanne + Sportsitz) zu verkaufen
Farbe Anthrazit, gut erhalten, inkl. Regenverdeck und Fußsack. Nichtraucherhaushalt, keine Haustiere.
Preis: 120 € VB
Nur Abholung in {CITY}, kein Versand.
Bei Interesse bitte bei {F1} melden: {PHONE} (ab 17 Uhr, gerne auch per WhatsApp)
""",
    "ueberweisung_bestaetigung": """
Auftragsbestätigung SEPA-Überweisung
Auftraggeber: {PX1}
Empfänger: {PX2}
IBAN Empfänger: {IBAN}
Betrag: {AMT} EUR
Verwendungszweck: Mietkaution Whg. 2. OG links, Rg.-Nr. {NUM}
Ausführungsdatum: {DATE}
Auftrag erteilt am {DATE2} um {TIME} Uhr über Online-Banking (TAN-Verfahren: pushTAN).
""",
    "reisebuchung": """
Reisebestätigung / Rechnung Nr. {NUM}
Pauschalreise, 7 Nächte, Hotel der 4-Sterne-Kategorie, Doppelzimmer Seeseite, Halbpension
Reisende:
1. Frau {PU1}, geb. {DOB}
2. Herr {PU2}
Reisezeitraum: {DATE} – {DATE2}
Abflug ab {CITY}, Rückflug nach {CITY2}
Reisepreis gesamt: {AMT} EUR, Anzahlung 20 % sofort fällig, Restzahlung 30 Tage vor Reisebeginn.
Ihre Reiseberaterin: {P3}, Tel. {PHONE}
""",
    "mietwagen_vertrag": """
Mietvertrag Nr. {NUM}
Mieter: {PC4}
Geburtsdatum: {DOB}
Anschrift: {ADDR}
Telefon: {PHONE}
Zusätzliche Fahrerin: {P3}
Fahrzeuggruppe: Kompaktklasse, Automatik – Tankregelung voll/voll
Übernahme: {DATE}, {TIME} Uhr, Station {CITY} Hauptbahnhof
Rückgabe: {DATE2}, Station {CITY2}
Selbstbeteiligung Vollkasko: {AMT} EUR
""",
    "tafel_dienstplan": """
Tafel – Dienstplan Ausgabestelle Gemeindehaus
Ausgabe jeweils 14:00–17:00 Uhr, bitte 30 Minuten vorher da sein!
Dienstag   | {PI1}, {PI2}
Donnerstag | {PI3}, {PI4} (Fahrdienst Großmarkt)
Samstag    | {PI1} (Kasse), {PI4}
Tausch bitte untereinander absprechen und in der Gruppe bekanntgeben.
Koordination: {P3}, {PHONE}
""",
    "laborbefund_kopf": """
Laborbefund – Endbefund
Patientin: {PU3}     geb.: {DOB}     w
Auftrags-Nr.: {NUM}     Eingang: {DATE}, {TIME}
Einsender: Gemeinschaftspraxis Dr. med. {P2} und Dr. med. {L4}, {ADDR}
Befunddatum: {DATE2}
Untersuchung | Ergebnis | Einheit | Referenzbereich
Hämoglobin | 11,2 | g/dl | 12,0–16,0
Ferritin | 9 | µg/l | 15–150
Validiert: Dr. rer. nat. {IN1}, Fachärztin für Laboratoriumsmedizin
""",
    "tierarzt_behandlung": """
Tierarztpraxis Dr. {L3} – Behandlungsbericht
Tierhalterin: {P1}, {ADDR}, Tel. {PHONE}
Tier: Hund, Labrador-Mischling, männl. kastr., 9 J., 31,4 kg
Datum: {DATE}
Anamnese: seit zwei Tagen Lahmheit hinten links, frisst und trinkt normal.
Befund: Schmerzreaktion bei Beugung des Kniegelenks, Schubladenphänomen fraglich.
Therapie: Meloxicam p. o. 1x tgl., Leinenpflicht, Kontrolle in 10 Tagen, ggf. Röntgen in Sedation.
Behandelnde Tierärztin: Dr. med. vet. {IN3}
""",
    "meldebescheinigung": """
Stadt {CITY} – Bürgerbüro
Einfache Meldebescheinigung nach § 18 Abs. 1 Bundesmeldegesetz
Familienname: {L1}
Vornamen: {F1}
Geburtsdatum: {DOB}
Geburtsort: {CITY2}
Anschrift (Hauptwohnung): {ADDR}
Einzugsdatum: {DATE}
{CITY}, den {DATE2}
Im Auftrag
{IN4}
""",
    "steuererklaerung_auszug": """
Einkommensteuererklärung {YEAR} – Hauptvordruck ESt 1 A (Auszug)
Zeile 4  Identifikationsnummer (Person A / Ehemann): {STEUERID}
Zeile 5  Name: {L2}     Vorname: {F2}
Zeile 6  Geburtsdatum: {DOB}     Religion: EV
Zeile 8  Straße, Hausnummer, PLZ, Wohnort: {ADDR}
Zeile 16 Person B / Ehefrau: Name: {L1}     Vorname: {F1}
Zeile 31 IBAN: {IBAN}
Zeile 33 Kontoinhaber: Ehegatten lt. Zeilen 4 und 16
""",
    "hausmitteilung": """
Hausmitteilung
An: alle Mitarbeiterinnen und Mitarbeiter der Abteilung Einkauf
Von: {IN2}, Bereichsleitung
Datum: {DATE}
Betreff: Personelle Veränderung

Frau {P1} übernimmt zum {DATE2} die Teamleitung Strategischer Einkauf als Nachfolgerin von Herrn {P4}, der in den Ruhestand geht.
Bestellanforderungen richten Sie bitte ab sofort an Frau {L1} bzw. in ihrer Abwesenheit an {P3} (Durchwahl -214).
Die Verabschiedung von Herrn {L4} findet an seinem letzten Arbeitstag um 15 Uhr in der Kantine statt.
""",
    "pressemitteilung": """
PRESSEMITTEILUNG
{CITY}, {DATE} – {ORG} errichtet im Gewerbegebiet Nord einen neuen Standort und schafft dort bis zu 120 Arbeitsplätze.
„Wir bekennen uns ausdrücklich zur Region“, sagt Vorstandsvorsitzender {P2}. Der erste Spatenstich ist für das Frühjahr geplant.
Auch Oberbürgermeisterin {P1} begrüßt die Entscheidung: „Das ist ein starkes Signal für den Mittelstand in unserer Stadt.“
Nach Angaben von {L2} soll der Betrieb bereits im Herbst anlaufen; ausgebildet werden unter anderem Mechatroniker und Industriekaufleute.
Pressekontakt: {P3}, Unternehmenskommunikation, Tel. {PHONE}, {EMAIL3}
""",
    "lebenslauf_kopf": """
LEBENSLAUF
{PX3}
{ADDR}
Mobil: {PHONE} | E-Mail: {EMAIL3}
Geboren am {DOB} in {CITY}, verheiratet

Beruflicher Werdegang
seit {YEAR}      Projektkoordinatorin Haustechnik, {ORG}, {CITY2}
davor            Werkstudentin und Trainee, {ORG2}
Ausbildung
Master of Science Elektrotechnik, Technische Hochschule (Note 1,7)
""",
    "empfehlungsschreiben": """
Prof. Dr.-Ing. {P4}
Lehrstuhl für Werkstofftechnik
Empfehlungsschreiben für Frau {P1}

Sehr geehrte Damen und Herren,
ich kenne Frau {L1} seit vier Jahren, zunächst als Studentin in meinen Vorlesungen, später als wissenschaftliche Hilfskraft an meinem Lehrstuhl.
Ihre Masterarbeit über Ermüdungsrisse in Aluminiumlegierungen, die sie gemeinsam mit Dr.-Ing. {P2} von {ORG} betreut hat, wurde mit 1,0 bewertet.
Frau {L1} arbeitet selbstständig, gründlich und ist im Team sehr geschätzt. Ich empfehle sie ohne jede Einschränkung.
Für Rückfragen erreichen Sie mich unter {EMAIL4}.

Mit freundlichen Grüßen
Prof. Dr.-Ing. {IN4}
""",
    "au_bescheinigung": """
Arbeitsunfähigkeitsbescheinigung – Ausfertigung zur Vorlage beim Arbeitgeber
Name, Vorname des Versicherten: {PC1}
geb. am: {DOB}
Erstbescheinigung
arbeitsunfähig seit: {DATE}
voraussichtlich arbeitsunfähig bis einschließlich: {DATE2}
festgestellt am: {DATE}
Arbeitsunfall, Arbeitsunfallfolgen, Berufskrankheit: nein
Praxis Dr. med. {P2}, Facharzt für Allgemeinmedizin, {ADDR}
""",
    "brandschutzordnung": """
Brandschutzordnung nach DIN 14096 – Teil A
Brände verhüten: Kein offenes Feuer! Rauchen nur in den gekennzeichneten Bereichen.
Verhalten im Brandfall: Ruhe bewahren.
Brand melden: Feuermelder betätigen, Notruf 112.
In Sicherheit bringen: Gefährdete Personen warnen, Hilflose mitnehmen, Türen schließen, gekennzeichneten Fluchtwegen folgen. Aufzug nicht benutzen!
Sammelstelle: Parkplatz Ost, vor dem Pförtnerhaus.
Löschversuch unternehmen: Feuerlöscher benutzen, Wandhydrant im Treppenhaus.
Brandschutzhelfer sind an der gelben Weste erkennbar. Den Anweisungen des Hausdienstes und der Feuerwehr ist Folge zu leisten.
""",
    "garantiebedingungen": """
Herstellergarantie – Bedingungen
Wir gewähren auf dieses Gerät eine Garantie von 24 Monaten ab Kaufdatum. Ihre gesetzlichen Gewährleistungsrechte gegenüber dem Händler bleiben davon unberührt.
Die Garantie umfasst Material- und Fertigungsfehler. Ausgenommen sind Verschleißteile wie Akku, Dichtungen und Filter sowie Schäden durch Kalk, Sturz oder unsachgemäße Reparatur.
Im Garantiefall senden Sie das Gerät bitte mit Kaufbeleg und kurzer Fehlerbeschreibung an unseren Kundendienst.
Modell: Hausmeister Pro 3000, Serien-Nr. {NUM}
Geräte der Serien Herkules XL und Titan Compact sind von der Verlängerungsaktion ausgeschlossen.
""",
    "badeordnung_freibad": """
Haus- und Badeordnung Freibad
§ 1 Das Bad ist von Mai bis September täglich von 9 bis 20 Uhr geöffnet. Einlass bis 19 Uhr.
§ 2 Kinder unter 7 Jahren dürfen das Bad nur in Begleitung einer aufsichtspflichtigen Person besuchen.
§ 3 Vor Benutzung der Becken ist zu duschen. Das Springen vom Beckenrand ist untersagt.
§ 4 Der Sprungturm ist nur bei Aufsicht durch den Schwimmmeister geöffnet.
§ 5 Fundsachen sind an der Kasse abzugeben. Für Wertsachen wird keine Haftung übernommen.
§ 6 Bei Gewitter ist das Becken sofort zu verlassen.
Die Betriebsleitung der Stadtwerke
""",
}
