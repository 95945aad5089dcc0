"""Deutsche Vorlagen für den dritten mehrsprachigen Generalisierungssatz (siehe gen_ml3.py).

Die Vorlagen sind für diesen Satz neu und unmittelbar auf Deutsch geschrieben: Briefe, Formulare,
Chats, Protokolle, Befunde, Register und Anzeigen, wie sie in Deutschland, Österreich und der
deutschsprachigen Schweiz tatsächlich aussehen. Personen, Orte, Organisationen, Adressen, Telefon-
nummern, Daten und Kennungen stehen ausschließlich als Platzhalter im Text.

Herkunft der Namen: von Hand zusammengestellte Listen gewöhnlicher Vor- und Familiennamen, wie sie in
Deutschland, Österreich und der Schweiz, in den Nachbarländern und in den größeren Einwanderer-
gemeinschaften (türkisch, polnisch, russlanddeutsch, ex-jugoslawisch, albanisch, griechisch,
italienisch, arabisch, vietnamesisch) verbreitet sind, von der Art, wie sie als Vornamen- bzw.
Familiennamen-Objekte in Wikidata erfasst sind (CC0 1.0). Kein Name stammt aus Faker oder einer
anderen Bibliothek für Testdaten. Organisationen und Mail-Domains sind erfunden; Orte und
Straßennamen sind gewöhnliche, reale Orts- bzw. Straßenbezeichnungen ohne Bezug zu Personen.
"""

GIVEN_F = [
    # deutsch, ältere Jahrgänge
    "Irmgard", "Roswitha", "Hildegard", "Annegret", "Gudrun", "Sigrid", "Hiltrud", "Almut", "Bärbel",
    "Erika", "Lieselotte",
    # deutsch, jüngere Jahrgänge
    "Svenja", "Mareike", "Ricarda", "Janina", "Carolin", "Ronja", "Merle", "Smilla", "Frida",
    # norddeutsch / friesisch
    "Imke", "Birte", "Dörte", "Maren", "Gesine", "Antje",
    # süddeutsch / österreichisch
    "Theresia", "Walburga", "Ottilie", "Adelheid", "Hedwig",
    # Schweiz (auch rätoromanisch)
    "Seraina", "Ladina", "Flurina", "Ursina", "Annina", "Rahel",
    # Doppelvornamen
    "Dorothea Elisabeth", "Carla-Sophia", "Helene-Marlies",
    # türkisch
    "Şeyma", "Gülşen", "Hatice", "Dilek", "Ebru", "Derya", "Songül", "Tuğba",
    # polnisch
    "Dorota", "Jadwiga", "Halina", "Bożena", "Grażyna",
    # russlanddeutsch / russisch / ukrainisch
    "Ljudmila", "Natalja", "Galina", "Yuliia",
    # ex-jugoslawisch (kroatisch, serbisch, bosnisch)
    "Snežana", "Dragana", "Mirjana", "Ljiljana", "Biljana", "Jasmina", "Amela", "Lejla",
    # albanisch / kosovarisch
    "Drita", "Valbona", "Mimoza", "Teuta", "Vlora", "Donika",
    # griechisch
    "Despina", "Eleni", "Chrysoula", "Kalliopi", "Vasiliki",
    # arabisch
    "Rania", "Nour", "Bushra",
    # vietnamesisch (zweiteilige Vornamen üblich)
    "Ngoc Hanh", "Thuy", "Phuong",
]

GIVEN_M = [
    # deutsch, ältere Jahrgänge
    "Eberhard", "Gottfried", "Reinhold", "Siegfried", "Wolfram", "Hartmut", "Ekkehard", "Ulrich",
    "Dietmar", "Gernot", "Winfried", "Egon", "Lothar", "Gerd", "Ludwig", "Rudolf",
    # deutsch, jüngere Jahrgänge
    "Malte", "Kilian", "Bastian", "Valentin", "Jakob", "Lasse", "Jonte", "Hennes",
    # norddeutsch / friesisch
    "Sönke", "Hauke", "Momme", "Fiete", "Hinnerk", "Knut",
    # süddeutsch / österreichisch
    "Vinzenz", "Quirin", "Leopold", "Ferdinand", "Engelbert", "Wendelin", "Severin", "Rupert",
    "Gebhard", "Othmar",
    # Schweiz (auch rätoromanisch)
    "Urs", "Jürg", "Ruedi", "Fridolin", "Meinrad", "Curdin", "Fadri", "Duri",
    # Doppelvornamen
    "Franz Xaver", "Hermann-Josef", "Johann Nepomuk",
    # türkisch
    "Serkan", "Volkan", "Cem", "Recep", "Orhan", "Cengiz", "Erdal", "Yusuf",
    # polnisch
    "Przemysław", "Dariusz", "Wojciech", "Janusz", "Zbigniew", "Mirosław", "Witold",
    # russlanddeutsch / russisch
    "Wladimir", "Juri", "Eduard",
    # ex-jugoslawisch
    "Nenad", "Dejan", "Miloš", "Ivica", "Stjepan", "Tomislav", "Mladen", "Predrag", "Zlatko", "Edin",
    "Adnan", "Haris",
    # albanisch / kosovarisch
    "Bekim", "Fatmir", "Driton", "Valon", "Agron",
    # griechisch
    "Kostas", "Dimitrios", "Spyros", "Stavros", "Thanasis",
    # arabisch
    "Tarek", "Hassan",
    # italienisch (Sizilien) / vietnamesisch
    "Calogero", "Tuan",
]

FAMILY = [
    # deutsch (Nord und West)
    "Brinkmann", "Ohlendorf", "Kötter", "Steinbrück", "Hollmann", "Wesseling", "Brüggemann",
    "Dieckmann", "Echterhoff", "Feldkamp", "Hagedorn", "Kuhlmann", "Overbeck", "Piepenbrink",
    "Rehbein", "Schlüter", "Tönnies", "Uhlenbrock", "Westphal", "Nolte", "Ostermann", "Mertens",
    # deutsch (Ost und Süd)
    "Dreßler", "Kühnel", "Leuschner", "Rößler", "Trautmann", "Voigtländer", "Ziegenhagen", "Quast",
    "Riedel", "Thiel", "Ulbrich", "Wendt", "Zander", "Meinhardt", "Dürr", "Jahn", "Kohler",
    # mit Namenszusatz (so geschrieben, wie er im Pass steht)
    "von Ahlefeldt", "von der Heydt", "von Gersdorff", "zu Dohna",
    # Doppelnamen
    "Brüggemann-Nolte", "Zander-Kühnel", "Rehbein-Quast",
    # Österreich
    "Brandstätter", "Oberhuber", "Hinterberger", "Moosbrugger", "Strobl", "Kastner", "Aigner",
    "Auinger", "Grabner", "Lechner", "Pölzl", "Stadler", "Unterberger", "Wallner", "Zauner",
    "Angerer", "Schwarzenbacher", "Gschwandtner", "Hofstätter", "Kogler", "Mayerhofer", "Zöchling",
    "Wurzer", "Höller",
    # Schweiz (mit "von" und Allianznamen)
    "Häberli", "Egli", "Bänziger", "Tschudi", "Gisler", "Bühlmann", "Stäubli", "Rüegg", "Hürlimann",
    "Flückiger", "Breitenmoser", "Kälin", "Inderbitzin", "Zgraggen", "Aebischer", "Ruckstuhl",
    "Schnyder", "Blaser", "Wyss", "Zbinden", "Frischknecht", "Aeschlimann", "Siegenthaler", "Burri",
    "von Allmen", "von Gunten", "von Känel", "Bühlmann-Egli", "Häberli-Tschudi",
    # türkisch
    "Yıldırım", "Karakaya", "Güneş", "Polat", "Koç", "Özdemir", "Aksoy", "Tekin", "Uysal", "Bozkurt",
    "Erdem", "Kılıç", "Yavuz", "Korkmaz", "Akgül", "Gündoğdu", "Bayraktar", "Sarıkaya", "Karaca",
    # polnisch (geschlechtsneutrale Formen)
    "Kowalczyk", "Pawlak", "Sikora", "Krawczyk", "Baran",
    # russlanddeutsch (mennonitisch)
    "Dyck", "Wiebe", "Janzen", "Neufeld", "Töws",
    # ex-jugoslawisch
    "Jurić", "Marković", "Nikolić", "Begović", "Pavlović", "Stojanović", "Ilić", "Đorđević",
    "Mehmedović", "Salihović", "Hadžić", "Mujić", "Softić", "Kurtović", "Topalović", "Čolić", "Ćosić",
    # albanisch / kosovarisch
    "Krasniqi", "Berisha", "Gashi", "Ahmeti", "Morina", "Shala", "Bytyqi", "Kelmendi", "Rexhepi",
    "Osmani", "Fetahu", "Haxhiu",
    # griechisch (Genitivformen, für beide Geschlechter)
    "Georgiou", "Dimitriou",
    # italienisch
    "Messina", "Ferrante", "Galati",
    # arabisch
    "Saleh",
    # vietnamesisch
    "Dang", "Bui", "Huynh", "Ngo", "Trinh",
]

CITIES = [
    # Deutschland
    "Bad Kreuznach", "Neustadt an der Weinstraße", "Frankfurt (Oder)", "Halle (Saale)",
    "Villingen-Schwenningen", "Garmisch-Partenkirchen", "Castrop-Rauxel", "Bergisch Gladbach",
    "Mülheim an der Ruhr", "Baden-Baden", "Lüneburg", "Cottbus", "Gütersloh", "Paderborn", "Bamberg",
    "Greifswald", "Wolfenbüttel", "Eisenach", "Rosenheim", "Kempten (Allgäu)", "Idar-Oberstein",
    "Königs Wusterhausen", "Bad Oeynhausen",
    # Österreich
    "Sankt Pölten", "Wiener Neustadt", "Bruck an der Mur", "Zell am See", "Dornbirn", "Villach",
    "Steyr", "Klosterneuburg",
    # Schweiz
    "Rapperswil-Jona", "Schaffhausen", "Winterthur", "Chur", "Aarau", "Frauenfeld", "Olten",
    "Kreuzlingen",
]

STREETS = [
    "Lindenstraße", "Am Kirchberg", "Bahnhofstrasse", "Unterer Graben", "Kastanienweg",
    "Schillerplatz", "Hinter der Mauer", "Mühlgasse", "Obere Bahnhofstraße", "Zum Sportplatz",
    "Ringstraße", "Friedhofweg", "Rosenhang", "Auf der Höhe", "Dorfstrasse", "Seestrasse",
    "Alte Landstraße", "Gartenstraße", "Konrad-Adenauer-Ring", "Von-Galen-Straße", "Im Wiesengrund",
    "An der Obermühle", "Feldkirchner Weg", "Untere Hauptstraße", "Brunnengasse",
]

ORGS = [
    "Wernsdorfer Metallbau GmbH & Co. KG", "Kesselbauer Bedachungen e.K.",
    "Tiefenbrunner & Partner Steuerberatungsgesellschaft mbB", "Nordlicht Logistik AG",
    "Alpenfirn Versicherungs-AG", "Lindgrün Gartenbau GmbH", "Rheintaler Druckhaus AG",
    "Klinikum am Sonnenhang", "Gemeinschaftspraxis am Marktbrunnen", "Zahnarztpraxis Dr. Feuerlein",
    "Physiotherapie Bewegungsraum", "Grundschule am Eichenhain", "Gymnasium am Wasserturm",
    "TSV Blau-Weiß 1921 e.V.", "Männergesangverein Eintracht e.V.", "Kleingartenverein Sonnenwinkel e.V.",
    "Ordnungsamt Ebersthal", "Stadtwerke Auental GmbH", "Bäckerei Kornblume", "Optik Scharfblick",
    "Möbelhaus Eichenstolz GmbH", "Buchhandlung Lesezeichen", "Sanitätshaus Wohlgefühl OHG",
    "Quellwerk Software GmbH", "Hausverwaltung Ammerbach GmbH", "Treuhand Seeblick AG",
    "Wohnbaugenossenschaft Heimstatt eG", "Pflegedienst Lebensfreude gGmbH", "Autohaus Gerstlauer GmbH",
    "Kanzlei Reuther & Wollny Rechtsanwälte", "Schreinerei Gmeinwieser", "Brauerei Zum Goldenen Kessel",
]

MAIL_DOMAINS = [
    "fernpost.de", "netzbrief.at", "postkasten-online.ch", "quellwerk-software.de",
    "klinikum-sonnenhang.de", "tsv-blauweiss.de", "alpenfirn.ch", "eichenstolz.de",
]

TUNE = {
    "geschaeftsbrief_angebot": """
{ORG} · {ADDR}

Herrn
{P2}
{ORG2}
{ADDR2}

Ihr Zeichen: Anfrage vom Montag
Unser Zeichen: {NUM}
Ansprechpartnerin: {P1}
Telefon: {PHONE}
E-Mail: {EMAIL1}
Datum: {DATE}

Angebot über die Lieferung und Montage von Edelstahlgeländern

Sehr geehrter Herr {L2},

vielen Dank für Ihre Anfrage und das freundliche Telefonat. Gerne unterbreiten wir Ihnen
folgendes Angebot für das Bauvorhaben in {CITY}:

Pos. 1  Treppengeländer, Edelstahl V2A, geschliffen, ca. 14 lfm
Pos. 2  Montage vor Ort inkl. Anfahrt
Angebotssumme netto: {AMT} EUR zzgl. 19 % MwSt.

Das Angebot ist bis zum {DATE2} gültig. Für Rückfragen steht Ihnen Frau {L1} gerne zur Verfügung.

Mit freundlichen Grüßen

{P1}
Vertriebsleitung
{ORG}
""",
    "arbeitsvertrag_auszug": """
ARBEITSVERTRAG

zwischen der Firma {ORG}, {ADDR},
vertreten durch den Geschäftsführer Herrn {P4}
– nachfolgend „Arbeitgeber“ genannt –

und

Frau {P1}, geboren am {DOB}, wohnhaft {ADDR2}
– nachfolgend „Arbeitnehmerin“ genannt –

§ 1 Beginn und Dauer
Das Arbeitsverhältnis beginnt am {DATE}. Die ersten sechs Monate gelten als Probezeit.

§ 2 Tätigkeit
Frau {L1} wird als Sachbearbeiterin in der Finanzbuchhaltung am Standort {CITY} eingestellt.

§ 3 Vergütung
Die Arbeitnehmerin erhält ein monatliches Bruttogehalt von {AMT} EUR, zahlbar jeweils zum
Monatsende auf das Konto IBAN {IBAN}.

§ 4 Arbeitszeit
Die regelmäßige wöchentliche Arbeitszeit beträgt 39 Stunden.

{CITY}, den {DATE2}

_______________________            _______________________
{P4}                               {P1}
""",
    "gehaltsabrechnung": """
{ORG}
Abrechnung der Brutto/Netto-Bezüge  Monat 03/{YEAR}

Personal-Nr.      {NUM}
Name              {PC2}
Anschrift         {ADDR}
Geburtsdatum      {DOB}
Steuer-ID         {STEUERID}
Steuerklasse      III   Kinderfreibeträge 1,0   Konfession rk
Eintritt          {DATE}

Bezeichnung                      Betrag EUR
Gehalt                           {AMT}
Vermögenswirksame Leistungen     40,00
Lohnsteuer                       -512,83
Solidaritätszuschlag             0,00
Kirchensteuer                    -41,02
KV/PV/RV/AV-Beitrag AN           -702,19

Auszahlungsbetrag wird überwiesen auf:
IBAN {IBAN}
""",
    "urlaubsantrag": """
URLAUBSANTRAG

Name, Vorname ................ {PC3}
Personalnummer ............... {NUM}
Abteilung .................... Einkauf
Urlaub vom ................... {DATE}
bis einschließlich ........... {DATE2}
Anzahl Arbeitstage ........... 8
Resturlaub Vorjahr ........... 3
Vertretung ................... {P4}
Erreichbar unter ............. {PHONE}

Datum, Unterschrift Antragstellerin: ______________________

[x] genehmigt   [ ] abgelehnt
Vorgesetzter: {IN2}
""",
    "ueberweisungsschein": """
Überweisungsschein

Versicherte/r:     {PU1}
geb. am:           {DOB}
Anschrift:         {ADDR}

Überweisung an:    Facharzt/Fachärztin für Orthopädie
Auftrag:           Mitbehandlung
Diagnose:          M54.5 G  Lumbago, rezidivierend
Befund/Medikation: Seit drei Wochen Schmerzen LWS, Ausstrahlung li. Bein,
                   Ibuprofen 400 mg bei Bedarf, keine Parese.
Fragestellung:     Bandscheibenvorfall? Bitte um Abklärung, ggf. MRT.

Ausstellungsdatum: {DATE}

{ORG}
Dr. med. {P4}
Facharzt für Allgemeinmedizin
{ADDR2} · Tel. {PHONE}
""",
    "laborbefund": """
LABORBEFUND                                   Eingang: {DATE}, {TIME}

Patient:     {PI3}
Geb.-Datum:  {DOB}
Einsender:   {ORG}, z. Hd. Dr. med. {P2}
Auftrags-Nr.: {NUM}

Parameter            Ergebnis   Einheit    Referenzbereich
Hämoglobin           11,2  L    g/dl       12,0 - 16,0
Leukozyten           7,8        /nl        3,9 - 10,2
Ferritin             9     L    ng/ml      15 - 150
TSH basal            2,14       mU/l       0,27 - 4,20
CRP                  < 5        mg/l       < 5

Beurteilung: Eisenmangel bei leichter Anämie. Kontrolle in acht Wochen empfohlen.

Validiert: {IN1}, Fachärztin für Laboratoriumsmedizin
""",
    "terminerinnerung": """
Betreff: Erinnerung an Ihren Termin am {DATE}

Sehr geehrte Frau {L3},

wir möchten Sie an Ihren Termin in unserer Praxis erinnern:

Datum:   {DATE}
Uhrzeit: {TIME} Uhr
Bei:     Dr. {L2}
Ort:     {ORG}, {ADDR}

Bitte bringen Sie Ihre Versichertenkarte und, falls vorhanden, aktuelle Vorbefunde mit.
Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher
unter {PHONE} ab. Nicht abgesagte Termine können wir Ihnen leider in Rechnung stellen.

Ihr Praxisteam
""",
    "vollmacht": """
VOLLMACHT

Hiermit bevollmächtige ich,

{P1}, geboren am {DOB},
wohnhaft {ADDR},

Herrn {P2}, wohnhaft {ADDR2},

mich in allen Angelegenheiten gegenüber {ORG} zu vertreten, insbesondere Auskünfte
einzuholen, Anträge zu stellen und Unterlagen in Empfang zu nehmen.

Die Vollmacht gilt bis auf schriftlichen Widerruf. Untervollmacht darf nicht erteilt werden.

{CITY}, den {DATE}

______________________________
Unterschrift der Vollmachtgeberin ({P1})
""",
    "bussgeldbescheid": """
{ORG}
Zentrale Bußgeldstelle

Herrn
{P4}
{ADDR}

Aktenzeichen: {NUM}                                    {CITY2}, {DATE2}

Bußgeldbescheid

Sehr geehrter Herr {L4},

Ihnen wird vorgeworfen, am {DATE} um {TIME} Uhr in {CITY}, Ortsdurchfahrt, als Führer des
Pkw die zulässige Höchstgeschwindigkeit innerhalb geschlossener Ortschaften um 23 km/h
überschritten zu haben (§ 41 Abs. 1 i. V. m. Anlage 2, § 49 StVO; § 24 StVG).

Festgesetzte Geldbuße: {AMT} EUR, zzgl. Gebühren und Auslagen.

Bitte überweisen Sie den Gesamtbetrag innerhalb von zwei Wochen nach Rechtskraft auf das
Konto IBAN {IBAN} unter Angabe des Aktenzeichens.

Im Auftrag
{IN3}
""",
    "support_ticket": """
Ticket #{NUM}  ·  Status: In Bearbeitung  ·  Priorität: Hoch
Erstellt: {DATE}, {TIME}
Von: {P3} <{EMAIL3}>
Zugewiesen an: {P4}

Betreff: Rechnungsexport bricht mit Fehler ab

Hallo zusammen,
seit dem letzten Update bricht der DATEV-Export bei uns jedes Mal mit „Fehler 0x17“ ab.
Betroffen sind alle Mandanten. Ich brauche die Daten bis Freitag für die Umsatzsteuer-
voranmeldung. Erreichbar bin ich unter {PHONE}.

Danke und Gruß
{F3}

--- Antwort von {P4} ---
Hallo Frau {L3},
danke für die Meldung. Ich habe das an die Entwicklung weitergegeben; ein Hotfix ist für
morgen angekündigt. Bis dahin können Sie den Export über „Extras > Alt-Export“ starten.

Viele Grüße
{F4} {L4}
Kundenservice, {ORG}
""",
    "email_weiterleitung": """
Von: {P2} <{EMAIL2}>
Gesendet: {DATE} {TIME}
An: {P3} <{EMAIL3}>
Cc: {P1} <{EMAIL1}>
Betreff: WG: Schlüsselübergabe Lagerhalle

Hallo {F3},

zur Info, siehe unten. Kannst du das mit {F1} abstimmen? Ich bin ab morgen im Urlaub.

Gruß
{F2}

-----Ursprüngliche Nachricht-----
Von: {P4} <{EMAIL4}>
Gesendet: {DATE2}
An: {P2} <{EMAIL2}>
Betreff: Schlüsselübergabe Lagerhalle

Sehr geehrter Herr {L2},

die Übergabe der Schlüssel für die Halle in {CITY} kann am Donnerstag ab 9 Uhr erfolgen.
Bitte bringen Sie das unterschriebene Übergabeprotokoll mit.

Mit freundlichen Grüßen
{P4}
{ORG}
""",
    "whatsapp_chat": """
{DATE}, 18:02 - {P1}: Hallo ihr, Treffpunkt morgen wie immer am Parkplatz?
{DATE}, 18:04 - {F2}: Jep. Ich nehm die Stirnlampen mit
{DATE}, 18:05 - {P3}: Ich komm direkt aus {CITY}, kann 10 min später werden 🙈
{DATE}, 18:05 - {F2}: Kein Stress
{DATE}, 18:11 - {P1}: {F4} hat abgesagt, er ist krank
{DATE}, 18:12 - {P3}: Gute Besserung an ihn!
{DATE}, 18:20 - {F2}: <Medien ausgeschlossen>
{DATE}, 18:21 - {F2}: Wetter sieht gut aus 👍
{DATE}, 18:30 - {P1}: Super, dann bis morgen um 7
""",
    "teams_chat": """
{P2}  09:14
Guten Morgen zusammen, hat jemand die aktuelle Version der Präsentation für {ORG}?

{P3}  09:16
Laut {F1}s Mail von gestern liegt sie im Kanal unter Dateien > Vertrieb > Q3. Ich hab gestern Abend noch die Zahlen aktualisiert.

{P2}  09:17
Danke dir! @{F1}, kannst du bis Mittag noch mal über Folie 12 schauen?

{P1}  09:25
Mach ich. Sollen wir Herrn {L4} in den Termin mit aufnehmen?

{P3}  09:26
Ja, bitte, er kennt die Kundenseite am besten.
""",
    "protokoll_teamsitzung": """
Ergebnisprotokoll der Abteilungsbesprechung
Datum: {DATE}, Beginn {TIME} Uhr
Ort: Besprechungsraum 2, {ORG}

Teilnehmende: {P1} (Leitung), {P2}, {P3}
Gast: {P4} ({ORG2})
Protokoll: {IN3}

TOP 1  Stand Umzug
Frau {L1} berichtet, dass der Umzug des Archivs nach {CITY} im Zeitplan liegt.

TOP 2  Urlaubsplanung
Herr {L2} bittet darum, die Urlaubswünsche bis Monatsende im Portal einzutragen.

TOP 3  Verschiedenes
Die nächste Sitzung findet am {DATE2} statt.

gez. {P1}
""",
    "schulzeugnis": """
{ORG}

ZEUGNIS
1. Halbjahr {YEAR}

für {P3}
geboren am {DOB} in {CITY}
Klasse 6b

Verhalten: Sie zeigte stets ein freundliches und hilfsbereites Verhalten.
Mitarbeit: Sie beteiligte sich regelmäßig und mit guten Beiträgen am Unterricht.

Deutsch              gut              Mathematik        befriedigend
Englisch             sehr gut         Biologie          gut
Geschichte           gut              Sport             sehr gut

Versäumte Tage: 3, davon unentschuldigt: 0

{CITY2}, den {DATE}

{P4}                                    {P1}
Klassenlehrer                           Schulleiterin
""",
    "csv_mitgliederliste": """
Mitgliedsnr;Nachname;Vorname;Anschrift;Geburtsdatum;Telefon;E-Mail;Eintritt
1043;{L1};{F1};{ADDR};{DOB};{PHONE};{EMAIL1};{DATE}
1044;{L2};{F2};{ADDR2};;{PHONE2};{EMAIL2};{DATE2}
1051;{L3};{F3};;;;{EMAIL3};{DATE2}
1052;{L4};{F4};;;;{EMAIL4};{DATE}
""",
    "json_kundendatensatz": """
{
  "kundennummer": "{NUM}",
  "anrede": "Herr",
  "vorname": "{F2}",
  "nachname": "{L2}",
  "geburtsdatum": "{DOB}",
  "anschrift": "{ADDR}",
  "telefon": "{PHONE}",
  "email": "{EMAIL2}",
  "bankverbindung": {"iban": "{IBAN}", "lastschriftmandat": true},
  "steuer_id": "{STEUERID}",
  "betreuerin": "{P3}",
  "angelegt_am": "{DATE}"
}
""",
    "rechnung_handwerk": """
{ORG}
{ADDR} · Tel. {PHONE}

Frau
{P1}
{ADDR2}

RECHNUNG Nr. {NUM}                                      Datum: {DATE}

Leistungszeitraum: {DATE2}
Objekt: Badsanierung, Erdgeschoss

Pos  Menge  Bezeichnung                               Einzelpreis   Gesamt
1    6,5 h  Arbeitszeit Geselle                          58,00       377,00
2    1 St.  Unterputz-Spülkasten inkl. Betätigungsplatte  289,00      289,00
3    1 psch Kleinmaterial, Entsorgung                    45,00        45,00

Rechnungsbetrag inkl. 19 % USt.: {AMT} EUR

Zahlbar innerhalb von 14 Tagen ohne Abzug auf IBAN {IBAN}.
Vielen Dank für Ihren Auftrag!
""",
    "einsatzbericht_polizei": """
Einsatzbericht – Wohnungseinbruch

Vorgangs-Nr.: {NUM}
Tatzeit: zwischen {DATE}, 08:00 Uhr und {DATE}, {TIME} Uhr
Tatort: {ADDR}

Geschädigte: {PU1}, geb. {DOB}, wohnhaft ebenda, Tel. {PHONE}
Mitteiler: {P2}, Nachbar, {ADDR2}

Sachverhalt:
Die Geschädigte kehrte gegen {TIME} Uhr nach Hause zurück und stellte fest, dass die
Terrassentür aufgehebelt worden war. Entwendet wurden nach erster Angabe Schmuck und ein
Laptop. Herr {L2} hatte am Nachmittag ein fremdes Fahrzeug in der Einfahrt bemerkt.
Spurensicherung durch KTU erfolgt.

Sachbearbeiter: POK {IN4}, Polizeiinspektion {CITY}
""",
    "zeitungsmeldung_verein": """
{CITY}. Neuer Vorstand bei {ORG}: Bei der Jahreshauptversammlung im Gasthof wurde
{P1}, bisher Kassierin, zur neuen Obfrau gewählt. Ihr zur Seite steht als
Obmann-Stellvertreter {P2} aus {CITY2}. Der langjährige Obmann {P4} stellte sich nach
achtzehn Jahren nicht mehr zur Wahl und wurde unter großem Applaus zum Ehrenmitglied ernannt.
Obfrau {L1} dankte ihm für seinen unermüdlichen Einsatz und kündigte an, die Jugendarbeit
auszubauen. Rechnungsprüferin {P3} bescheinigte eine einwandfreie Kassenführung.
""",
    "traueranzeige": """
In Liebe und Dankbarkeit nehmen wir Abschied von

{P4}
* {DOB}    † {DATE}

Du warst so voller Leben und hast uns so viel gegeben.

In stiller Trauer
{P1}
{F3} und {F2}
sowie alle Angehörigen

Die Trauerfeier findet am {DATE2} um 14 Uhr in der Friedhofskapelle {CITY} statt.
Anstelle von Blumen bitten wir um eine Spende an {ORG}.
""",
    "lebenslauf": """
LEBENSLAUF

Persönliche Daten
Name:            {P3}
Geburtsdatum:    {DOB} in {CITY}
Anschrift:       {ADDR}
Telefon:         {PHONE}
E-Mail:          {EMAIL3}

Berufserfahrung
seit {YEAR}      Projektleiterin, {ORG}, {CITY2}
                 Leitung eines Teams von sechs Mitarbeitenden
{DATE} – {DATE2} Referentin Marketing, {ORG2}

Ausbildung
Studium der Betriebswirtschaftslehre (B.A.), Abschluss mit Note 1,7

Sprachen
Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (Grundkenntnisse)
""",
    "produktinformation_ohne_pii": """
Wichtige Sicherheitsinformation zu Wasserkochern der Serie Komfort

Im Rahmen unserer Qualitätskontrolle wurde festgestellt, dass bei einzelnen Geräten der
Deckelverschluss nach längerem Gebrauch nicht mehr zuverlässig einrastet. Dadurch kann beim
Ausgießen heißes Wasser austreten.

Betroffen sind ausschließlich Geräte mit der Chargennummer auf der Bodenplatte, die mit der
Kennung {NUM} beginnt. Andere Geräte der Serie sind nicht betroffen.

Was Sie tun sollten:
1. Verwenden Sie das Gerät bis auf Weiteres nicht.
2. Bringen Sie es zum Händler zurück; Sie erhalten den Kaufpreis von {AMT} EUR erstattet.
3. Ein Kassenbon ist nicht erforderlich.

Wir bedauern die Unannehmlichkeiten und danken für Ihr Verständnis.
Ihr Kundendienst
""",
    "rezept_zwetschgendatschi_ohne_pii": """
Zwetschgendatschi vom Blech

Für den Hefeteig:
500 g Mehl, 1 Würfel Hefe, 250 ml lauwarme Milch, 60 g Zucker, 60 g weiche Butter,
1 Ei, 1 Prise Salz

Für den Belag:
2 kg Zwetschgen, 2 EL Zucker, 1 TL Zimt

Streusel nach Belieben: 150 g Mehl, 100 g Zucker, 100 g kalte Butter

Zubereitung:
Die Hefe in der Milch auflösen, mit den übrigen Zutaten zu einem glatten Teig kneten und
zugedeckt etwa eine Stunde gehen lassen. Zwetschgen waschen, entsteinen und einschneiden.
Den Teig auf einem gefetteten Blech ausrollen und die Früchte dachziegelartig daraufsetzen.
Im vorgeheizten Ofen bei 180 Grad Ober-/Unterhitze rund 35 Minuten backen.
Noch warm mit Zimtzucker bestreuen und mit Schlagsahne servieren.
""",
}

HELD = {
    "mahnung": """
{ORG}
{ADDR}

Frau
{P3}
{ADDR2}

{CITY}, {DATE}

Kundennummer: {NUM}

2. Mahnung

Sehr geehrte Frau {L3},

leider konnten wir bis heute keinen Zahlungseingang für unsere Rechnung vom {DATE2}
feststellen. Sicher handelt es sich um ein Versehen.

Offener Betrag:          {AMT} EUR
Mahngebühr:              5,00 EUR

Bitte überweisen Sie den Gesamtbetrag innerhalb von 7 Tagen auf unser Konto
IBAN {IBAN}. Sollten Sie die Zahlung zwischenzeitlich veranlasst haben, betrachten Sie
dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
i. A. {P2}
Forderungsmanagement
""",
    "arbeitszeugnis": """
ARBEITSZEUGNIS

Herr {P2}, geboren am {DOB} in {CITY}, war vom {DATE} bis zum {DATE2} in unserem
Unternehmen, {ORG}, als Fachkraft für Lagerlogistik beschäftigt.

Zu den Aufgaben von Herrn {L2} gehörten insbesondere die Warenannahme, die Kommissionierung
sowie die Pflege der Bestände im Warenwirtschaftssystem.

Herr {L2} erledigte die ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.
Sein Verhalten gegenüber Vorgesetzten, Kollegen und Kunden war jederzeit einwandfrei.

Herr {L2} verlässt unser Unternehmen auf eigenen Wunsch. Wir bedauern seine Entscheidung
sehr und wünschen ihm für seinen weiteren Berufs- und Lebensweg alles Gute.

{CITY2}, {DATE2}

{P1}
Geschäftsführerin
""",
    "onboarding_mail": """
Von: {P3} <{EMAIL3}>
An: {P4} <{EMAIL4}>
Cc: {P1} <{EMAIL1}>
Datum: {DATE}
Betreff: Willkommen an Bord – dein erster Tag

Hallo {F4},

schön, dass du ab Montag unser Team verstärkst! Damit der Start reibungslos klappt, hier
das Wichtigste:

- Beginn: 9:00 Uhr am Empfang, {ADDR}
- Dein Ansprechpartner in der ersten Woche ist {P2} (Telefon {PHONE})
- Laptop und Zugangskarte bekommst du von der IT im 2. OG
- Mittags gehen wir meistens gemeinsam in die Kantine

Bitte bring deine Steuer-ID, deine Sozialversicherungsnummer und deine Bankverbindung mit,
falls du sie uns noch nicht geschickt hast. {F1} aus der Personalabteilung nimmt sich
um 10 Uhr kurz Zeit für dich.

Wir freuen uns auf dich!
{F3}

--
{P3}
Teamleitung Softwareentwicklung
{ORG}
""",
    "entlassbrief": """
{ORG}
Klinik für Innere Medizin und Kardiologie

Frau Dr. med. {P3}
Fachärztin für Innere Medizin
{ADDR}

Entlassbrief

Sehr geehrte Frau Kollegin {L3},

wir berichten über Ihren Patienten Herrn {P2}, geb. {DOB}, wohnhaft {ADDR2}, der sich vom
{DATE} bis {DATE2} in unserer stationären Behandlung befand.

Diagnosen:
- Vorhofflimmern, tachykard übergeleitet, ED
- Arterielle Hypertonie

Verlauf: Nach Aufnahme über die Notaufnahme erfolgte eine medikamentöse Frequenzkontrolle.
Herr {L2} konnte in stabilem Allgemeinzustand nach Hause entlassen werden.

Medikation bei Entlassung: Apixaban 5 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0

Mit freundlichen kollegialen Grüßen

Dr. med. {P4}                {IN1}
Oberarzt                     Assistenzärztin
""",
    "rezept": """
Krankenkasse bzw. Kostenträger: {ORG2}

Name, Vorname des Versicherten
{PC1}                                   geb. am {DOB}
{ADDR}

Datum: {DATE}

Rp.
Amoxicillin 1000 mg Filmtabletten, N1, 1-1-1 für 7 Tage
Pantoprazol 20 mg magensaftresistente Tabletten, N2, 1-0-0

[ ] Gebühr frei   [x] Geb.-pfl.   [ ] noctu   [ ] aut idem

{ORG}
Dr. med. {P2}
Facharzt für HNO-Heilkunde
{ADDR2}
Tel. {PHONE}
""",
    "mietvertrag_auszug": """
MIETVERTRAG ÜBER WOHNRAUM

Zwischen
{P4}, {ADDR}
– Vermieter –

und
Frau {P1} und Herrn {P2}
– Mieter –

§ 1 Mieträume
Vermietet wird die Wohnung im 2. Obergeschoss links des Hauses {ADDR2}, bestehend aus
3 Zimmern, Küche, Bad, Flur und Balkon, Wohnfläche ca. 78 m².

§ 2 Mietzeit
Das Mietverhältnis beginnt am {DATE} und läuft auf unbestimmte Zeit.

§ 3 Miete
Die monatliche Grundmiete beträgt {AMT} EUR zuzüglich Vorauszahlungen auf die Betriebskosten.
Die Miete ist bis zum dritten Werktag eines Monats auf das Konto IBAN {IBAN} zu zahlen.

§ 4 Mietsicherheit
Die Mieter leisten eine Kaution in Höhe von drei Nettokaltmieten.

{CITY}, den {DATE2}
""",
    "ladung_zeuge": """
{ORG}
Geschäftsstelle Abt. 14

Herrn
{P4}
{ADDR}

Aktenzeichen: {NUM}                                 Datum: {DATE}

Ladung

In dem Rechtsstreit
{P1} ./. {P2}
werden Sie als Zeuge zu dem Termin zur Beweisaufnahme geladen.

Termin: {DATE2}, {TIME} Uhr
Ort: Sitzungssaal 2.14, {ADDR2}

Gegenstand Ihrer Vernehmung: der Unfall auf dem Parkplatz in {CITY}.

Bitte bringen Sie diese Ladung und einen amtlichen Lichtbildausweis mit. Zeugen erhalten auf
Antrag eine Entschädigung nach dem JVEG.

{IN3}, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle
""",
    "notarielle_urkunde": """
UR-Nr. {NUM}/{YEAR}

Verhandelt
zu {CITY}, am {DATE}

Vor mir, dem unterzeichnenden Notar
{P4}
mit dem Amtssitz in {CITY},

erschienen:

1. Frau {P1}, geboren am {DOB}, wohnhaft {ADDR},
   von Person bekannt,

2. Herr {P2}, wohnhaft {ADDR2},
   ausgewiesen durch gültigen Personalausweis.

Die Erschienenen erklärten mit der Bitte um Beurkundung den folgenden

SCHENKUNGSVERTRAG

§ 1 Frau {L1} schenkt Herrn {L2} den in der Anlage bezeichneten Miteigentumsanteil.
§ 2 Die Kosten dieser Urkunde trägt der Beschenkte.

Vorgelesen, genehmigt und eigenhändig unterschrieben:
{P1}   {P2}   {P4}, Notar
""",
    "handelsregisterauszug": """
Handelsregister B des Amtsgerichts {CITY}
Ausdruck – Abruf vom {DATE}

1. Anzahl der bisherigen Eintragungen: 4
2. a) Firma: {ORG}
   b) Sitz: {CITY2}
   c) Gegenstand des Unternehmens: Planung, Herstellung und Vertrieb von Holzbauelementen
3. Grund- oder Stammkapital: 25.000,00 EUR
4. a) Allgemeine Vertretungsregelung: Ist nur ein Geschäftsführer bestellt, vertritt er die
      Gesellschaft allein.
   b) Geschäftsführer: {PC2}, {CITY2}, *{DOB}, einzelvertretungsberechtigt
5. Prokura: Einzelprokura: {PC3}, {CITY}
6. a) Rechtsform: Gesellschaft mit beschränkter Haftung
   b) Tag der letzten Eintragung: {DATE2}
""",
    "stoerungsmeldung_it": """
[IT-Service] Störung #{NUM} – Drucker 3. OG druckt nur leere Seiten

Melderin: {P1}
Telefon: {PHONE}
Standort: {ADDR}
Kategorie: Hardware / Drucker
Eröffnet: {DATE} {TIME}

Beschreibung:
Der Etagendrucker neben der Teeküche zieht das Papier ein, gibt aber nur leere Seiten aus.
Toner wurde laut Anzeige erst letzte Woche getauscht.

Kommentar von {P4} – {DATE}:
Toner war falsch eingesetzt (Schutzstreifen nicht entfernt). Behoben, Testseite ok.
Frau {L1} bitte noch einmal kurz testen.

Kommentar von {P1}:
Funktioniert wieder, danke! Ticket kann geschlossen werden.
""",
    "email_antwort_zitat": """
Betreff: Re: Hallenbelegung Wintersaison

Hallo {F2},

passt für uns, dann nehmen wir den Dienstag. Die Schlüssel hole ich bei {P3} ab.

Liebe Grüße
{F1}

Am {DATE} um {TIME} schrieb {P2} <{EMAIL2}>:
> Liebe {F1},
>
> die Stadt hat uns für die Wintersaison nur zwei Hallenzeiten zugeteilt: Dienstag
> 18–20 Uhr oder Donnerstag 19–21 Uhr. Was ist euch lieber?
>
> Viele Grüße
> {P2}
> Abteilungsleiter Volleyball, {ORG}
> Mobil: {PHONE}
""",
    "slack_kanal": """
#projekt-relaunch

{fl1}  10:02
kurze info: das staging ist wieder online 🎉 @{fl2} kannst du die formulare testen?

{fl2}  10:05
klar, mach ich gleich nach dem daily

{fl4}  10:07
bei mir kommt noch ein 502 beim login, cache?

{fl1}  10:09
ja, einmal hart neu laden. sonst sag bescheid

{fl3}  10:15
@{fl4} hab dir die zugangsdaten für den testaccount per dm geschickt
""",
    "whatsapp_hausgemeinschaft": """
{DATE}, 07:41 - {P3}: Guten Morgen, weiß jemand, wann der Aufzug wieder geht?
{DATE}, 07:45 - {P2}: Laut Aushang kommt der Techniker heute zwischen 10 und 12
{DATE}, 07:46 - {P3}: Danke!
{DATE}, 08:10 - {F1} 2. OG: Könnte bitte jemand das Paket für mich annehmen? Bin erst abends da
{DATE}, 08:12 - {P4}: Mach ich, bin im Homeoffice
{DATE}, 08:12 - {F1} 2. OG: Du bist ein Schatz, {F4} 🙏
{DATE2}, 19:30 - {P2}: Erinnerung: Hausversammlung am Freitag im Keller, jemand von {ORG} ist auch da
""",
    "protokoll_elternabend": """
Protokoll des Elternabends der Klasse 4b
{ORG}, Raum 104
Datum: {DATE}, Beginn 19:30 Uhr

Anwesend: Klassenlehrerin {P3}, Elternvertreter {P2}, Stellvertreterin {P1}, 17 Eltern
Entschuldigt: Herr {L4} (Förderverein)

1. Begrüßung durch Frau {L3}
2. Wahl der Elternvertretung: {P2} wird einstimmig wiedergewählt, {P1} als Stellvertreterin.
3. Klassenfahrt: Die Fahrt nach {CITY} findet vom {DATE2} an drei Tage statt. Kosten pro
   Kind ca. {AMT} EUR.
4. Übergang an die weiterführenden Schulen: Beratungsgespräche nach Vereinbarung.

Ende: 21:05 Uhr
Protokoll: {IN1}
""",
    "klassenliste_tsv": """
Klassenliste 7c\tSchuljahr {YEAR}\tStand {DATE}
Nr\tName\tNotfallkontakt\tE-Mail Eltern\tBemerkung
1\t{PI1}\t{PHONE}\t{EMAIL1}\tSchwimmabzeichen fehlt
2\t{PI2}\t{PHONE2}\t{EMAIL2}\t
3\t{PI3}\t\t{EMAIL3}\tNachteilsausgleich LRS
4\t{PI4}\t\t{EMAIL4}\tab {DATE2} in der Klasse
""",

    "anmeldung_wohnsitz": """
ANMELDUNG BEI DER MELDEBEHÖRDE

Neue Wohnung ................. {ADDR}
Einzugsdatum ................. {DATE}
Bisherige Wohnung ............ {ADDR2}
Die neue Wohnung ist ......... [x] alleinige Wohnung  [ ] Hauptwohnung  [ ] Nebenwohnung

Familienname ................. {L2}
Vornamen ..................... {F2}
Geburtsdatum ................. {DOB}
Geburtsort ................... {CITY}
Familienstand ................ verheiratet seit {DATE2}
Staatsangehörigkeit .......... deutsch
Steuer-Identifikationsnummer . {STEUERID}

Wohnungsgeberbestätigung liegt vor von: {P4}

Ort, Datum ................... {CITY2}, {DATE}
Unterschrift ................. ______________________
""",
    "kassenbon": """
        {ORG}
   {ADDR}
      Tel. {PHONE}

Ruchbrot 500 g              4,20
Gipfeli 2 x 1,60            3,20
Nussgipfel                  2,90
Kafi Crème                  4,50
--------------------------------
TOTAL CHF                  {AMT}
Bezahlt mit                Karte

inkl. MwSt 2,6 %

{DATE}  {TIME}   Bon-Nr. {NUM}
Es bediente Sie: {F3}
Merci und en schöne Tag!
""",
    "vereinsnachrichten": """
Vereinsnachrichten – Ausgabe Herbst {YEAR}
{ORG}

Liebe Mitglieder, liebe Freundinnen und Freunde unseres Vereins,

der Sommer war ereignisreich: Beim Sommerfest in {CITY} haben wir über 300 Gäste begrüßt.
Ein herzliches Dankeschön an {P4} und sein Küchenteam, ohne die nichts gelaufen wäre!

Glückwünsche gehen an {P2}, der bei den Landesmeisterschaften in {CITY2} den zweiten Platz
belegt hat. {F2}s Trainerin {P3} war mächtig stolz – wir auch!

Termine:
{DATE} – Mitgliederversammlung im Vereinsheim, Beginn {TIME} Uhr
{DATE2} – Laternenumzug mit der Jugendabteilung

Kontakt: {P1}, 1. Vorsitzende, Tel. {PHONE}, {EMAIL1}
""",
    "geburtsanzeige": """
Hallo Welt!

Am {DATE} um {TIME} Uhr ist unsere Tochter

{F3}

in {CITY} auf die Welt gekommen.
3.420 g und 51 cm pures Glück.

Es freuen sich unendlich
{P1} und {P2}
mit Opa {F4}
""",
    "bewerbung_anschreiben": """
{P4}
{ADDR}
Tel. {PHONE}
{EMAIL4}

{ORG}
Personalabteilung
z. Hd. Frau {P1}
{ADDR2}

{CITY}, {DATE}

Bewerbung als Elektroniker für Betriebstechnik – Ihre Anzeige vom {DATE2}

Sehr geehrte Frau {L1},

mit großem Interesse habe ich Ihre Stellenanzeige gelesen. Nach meiner Ausbildung bei
{ORG2} arbeite ich seit {YEAR} in der Instandhaltung eines Automobilzulieferers und bin dort
für SPS-Programmierung und Störungsbeseitigung zuständig.

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
{P4}

Anlagen: Lebenslauf, Zeugnisse
""",
    "unfallbericht": """
UNFALLMITTEILUNG (gemeinsame Erklärung)

Unfalldatum: {DATE}   Uhrzeit: {TIME}
Unfallort: Parkplatz vor dem Anwesen {ADDR}
Verletzte: nein   Zeugen: {P3}, Tel. {PHONE2}

Fahrzeug A
Versicherungsnehmer: {PU2}
Anschrift: {ADDR2}
Telefon: {PHONE}
Versicherer: {ORG}

Fahrzeug B
Versicherungsnehmerin: {PU1}
Versicherer: {ORG2}

Hergang (Skizze siehe Rückseite): A fuhr beim Ausparken rückwärts an, B stand verkehrsbedingt.

Unterschrift A: {IN2}        Unterschrift B: {IN1}
""",
    "json_bewerberprofil": """
{
  "bewerbung_id": "{NUM}",
  "stelle": "Pflegefachkraft (m/w/d) Intensivstation",
  "eingang": "{DATE}",
  "bewerberin": {
    "name": "{PX1}",
    "geburtsdatum": "{DOB}",
    "wohnort": "{CITY}",
    "adresse": "{ADDR}",
    "mobil": "{PHONE}",
    "email": "{EMAIL1}"
  },
  "ansprechpartner": "{P2}",
  "status": "Einladung Vorstellungsgespräch",
  "notiz": "Frau {L1} ist ab {DATE2} verfügbar, Gespräch mit {IN4} vereinbart"
}
""",
    "hausordnung_ohne_pii": """
Hausordnung – Auszug

1. Ruhezeiten
Zwischen 22 Uhr und 6 Uhr sowie an Sonn- und Feiertagen ist jede vermeidbare Lärmbelästigung
zu unterlassen. Musikinstrumente dürfen werktags höchstens zwei Stunden am Tag gespielt werden.

2. Treppenhaus und Keller
Flure, Treppen und Kellergänge sind als Fluchtwege freizuhalten. Kinderwagen und Fahrräder
gehören in den dafür vorgesehenen Abstellraum.

3. Müllentsorgung
Abfälle sind getrennt in die bereitgestellten Tonnen zu geben. Sperrmüll darf nicht im Hof
abgestellt werden.

4. Winterdienst
Die Mieterinnen und Mieter des Erdgeschosses übernehmen den Räum- und Streudienst im
wöchentlichen Wechsel nach Aushang.
""",
    "verfahrensanweisung_ohne_pii": """
Verfahrensanweisung Nr. {NUM}: Datensicherung der Abteilungslaufwerke

Geltungsbereich: alle Fachabteilungen
Verantwortlich: Leitung der IT-Abteilung

1. Die Vollsicherung erfolgt jeden Freitag ab {TIME} Uhr automatisch.
2. Inkrementelle Sicherungen werden werktäglich um Mitternacht erstellt.
3. Sicherungsbänder werden nach dem Generationenprinzip (Großvater–Vater–Sohn) aufbewahrt.
4. Einmal im Quartal ist eine Rücksicherung stichprobenartig zu testen und zu dokumentieren.
5. Fehlermeldungen der Sicherungssoftware sind unverzüglich an den IT-Bereitschaftsdienst
   weiterzuleiten.

Gültig ab Freigabe; Überprüfung jährlich, zuletzt {YEAR}.
""",
}
