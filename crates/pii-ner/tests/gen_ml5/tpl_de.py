"""Deutsche Vorlagen für den fünften mehrsprachigen Generalisierungssatz.

Die Vorlagen wurden für diesen Satz neu geschrieben, ohne Kenntnis früherer Vorlagen oder der
Erkennungs-Engine: Geschäftsbriefe, E-Mails, Chats, Protokolle, Formulare, Register, Exporte und
Aushänge, wie man sie in Deutschland, Österreich und der Deutschschweiz tatsächlich schreibt.

English summary: German templates written fresh for the fifth multilingual set. Given and family
names are hand-compiled lists of names common in Germany, Austria and German-speaking Switzerland,
their neighbours and their larger immigrant communities (Turkish, Polish, Russian-German, Syrian,
Italian, Greek, Croatian, Serbian, Bosnian, Kosovar, Romanian, Vietnamese), of the kind recorded as
Wikidata given-name / family-name items (Wikidata: CC0 1.0); none taken from Faker or any fake-data
library. Organisations and mail domains are invented. `TUNE` and `HELD` hold different document
kinds; two templates of each half are negative documents without any personal data.
"""

GIVEN_F = [
    # deutsch, österreichisch, schweizerisch
    "Anneliese", "Annedore", "Karin-Beate", "Rosmarie", "Gertraud", "Irmtraud", "Hiltraud",
    "Edelgard", "Reinhild", "Cordula", "Dorothee", "Henriette", "Konstanze", "Juliane", "Leonore",
    "Jutta", "Margit", "Christel", "Carola", "Cathrin", "Nadine", "Janine", "Madlen", "Okka",
    "Kreszenz", "Centa", "Gretl", "Vroni", "Fränzi", "Bethli", "Madlaina", "Chatrina", "Mengia",
    "Seline", "Gianna",
    # türkisch
    "Ayten", "Gülten", "Havva", "Rabia", "Serpil", "Yeliz", "Aynur", "Gönül",
    # polnisch, russlanddeutsch
    "Wiesława", "Bogumiła", "Zofia", "Stanisława", "Nadeschda", "Ljubow", "Raissa", "Xenia", "Nelli",
    # syrisch, griechisch, italienisch
    "Rahaf", "Raghad", "Sidra", "Manal", "Samar", "Paraskevi", "Evangelia", "Stavroula", "Fotini",
    "Agata",
    # kroatisch, serbisch, bosnisch, kosovarisch, rumänisch, vietnamesisch
    "Zdenka", "Ankica", "Ružica", "Gordana", "Milica", "Zorica", "Radmila", "Enisa", "Sanela", "Ajla",
    "Shpresa", "Albulena", "Edona", "Fitore", "Rodica", "Viorica", "Nhung", "Oanh", "Tuyet",
]

GIVEN_M = [
    # deutsch, österreichisch, schweizerisch
    "Adalbert", "Guntram", "Hartwig", "Notker", "Eckart", "Reinhard", "Wiegand", "Otmar", "Pankraz",
    "Leonhard", "Wastl", "Gustl", "Hias", "Ulli", "Gunter", "Kurt", "Willi", "Hanns", "Jost", "Veit",
    "Carl-Philipp", "Carl-Gustav", "Köbi", "Hansruedi", "Ramun", "Gion", "Flurin", "Peider",
    "Silvan", "Cyrill",
    # türkisch
    "Ayhan", "Şükrü", "Ramazan", "Kadir", "Ilhan", "Tolga", "Oğuzhan", "Süleyman",
    # polnisch, russlanddeutsch
    "Zdzisław", "Bogusław", "Sławomir", "Anatoli", "Walerij", "Arkadi", "Wadim", "Rostislaw",
    # syrisch, griechisch
    "Samer", "Firas", "Nizar", "Bassam", "Hussam", "Majd", "Obaida", "Panagiotis", "Evangelos",
    "Athanasios", "Charalampos", "Apostolos",
    # kroatisch, serbisch, bosnisch, kosovarisch, vietnamesisch
    "Davor", "Dubravko", "Dušan", "Radovan", "Vojislav", "Elvir", "Almir", "Dženan", "Enver", "Kenan",
    "Shkelzen", "Lulzim", "Blerim", "Xhevdet", "Liridon", "Phuc", "Cuong", "Trung",
]

FAMILY = [
    # Norddeutschland, Mitte, Osten
    "Dörfler", "Hintze", "Kahlert", "Lüdtke", "Mertins", "Nöldeke", "Pagel", "Quade", "Rieck",
    "Spiekermann", "Ueckermann", "Voß", "Warnecke", "Ziesemer", "Dahlke", "Engelke", "Fenske",
    "Gaede", "Iwersen", "Jürgensen", "Matthiesen", "Nissen", "Sievers", "Thode", "Wittkowski",
    "Vollmer",
    # Bayern, Österreich
    "Brandl", "Seidl", "Hackl", "Schöberl", "Trummer", "Ploner", "Hollaus", "Kitzbichler",
    "Obermoser", "Kaltenegger", "Pirker", "Lackner", "Krenn", "Pucher", "Stadlober", "Grabher",
    "Schwendinger",
    # Deutschschweiz
    "Ruchti", "Zaugg", "Stalder", "Rüfenacht", "Oppliger", "Schüpbach", "Fankhauser", "Zollinger",
    "Brägger", "Gubler", "Spörri", "Honegger", "Bosshard", "Känzig", "Derungs", "Camenisch",
    "Tscharner",
    # mit Namenszusatz
    "von Rotz", "von Wyl", "von Matt", "von der Lühe", "von Wedel", "von Platen", "van Aaken",
    "ter Haseborg",
    # türkisch, polnisch, russlanddeutsch
    "Çelebi", "Sezer", "Turan", "Altıntaş", "Coşkun", "Özcan", "Çakır", "Yücel", "Wróbel",
    "Jabłoński", "Michalak", "Kołodziej", "Chmielewski", "Urbaniak", "Schellenberg", "Loewen",
    "Martens", "Giesbrecht",
    # syrisch, italienisch, griechisch
    "Hamoud", "Kurdi", "Halabi", "Sayegh", "Kabbani", "Tawil", "Hijazi", "Failla", "Catalano",
    "Mancuso", "Aiello", "Oikonomou", "Vlachos", "Tsakiris", "Kalogeropoulos", "Christodoulou",
    "Mavridis",
    # kroatisch, serbisch, bosnisch, kosovarisch, rumänisch, vietnamesisch
    "Knežević", "Blažević", "Šimić", "Barišić", "Lovrić", "Živković", "Todorović", "Marinković",
    "Lazić", "Selimović", "Hasanović", "Bećirović", "Smajić", "Sylejmani", "Hajdari", "Limani",
    "Ymeri", "Florea", "Neagu", "Marinescu", "Quach", "Luu", "Kieu",
]

CITIES = [
    "Wolfenbüttel", "Bad Kissingen", "Neustadt an der Weinstraße", "Friedrichshafen",
    "Schwäbisch Gmünd", "Wittenberge", "Husum", "Eckernförde", "Zwiesel", "Bad Tölz",
    "Marktredwitz", "Mülheim an der Ruhr", "Frankfurt (Oder)", "Cottbus", "Weißenfels",
    "Bernkastel-Kues", "St. Ingbert", "Wiener Neustadt", "St. Pölten", "Leoben", "Bruck an der Mur",
    "Dornbirn", "Zell am See", "Spittal an der Drau", "Hallein", "Kufstein", "Amstetten",
    "Winterthur", "Langenthal", "Burgdorf", "Schaffhausen", "Rapperswil-Jona", "Herisau",
    "Frauenfeld", "Olten", "Einsiedeln",
]

STREETS = [
    "Lindenstraße", "Am Mühlbach", "Untere Hauptstraße", "Schillerstraße", "Im Wiesengrund",
    "Alte Landstraße", "Auf der Höhe", "Brunnenweg", "Kirchgasse", "Mariahilfer Straße",
    "Linzer Gasse", "Wiedner Hauptstraße", "Lerchenfelder Gürtel", "Bahnhofstrasse",
    "Zürcherstrasse", "Seefeldstrasse", "Dorfstrasse", "Rosenweg", "Fritz-Reuter-Weg",
    "Obere Bergstraße", "Hinter der Mauer", "Rathausplatz", "Am Sandberg", "Kastanienallee",
]

ORGS = [
    "Hollerbach Haustechnik GmbH",
    "Brunnwieser Landmaschinen GmbH & Co. KG",
    "Kieselbach & Partner Steuerberatung mbB",
    "Praxisklinik am Hirschgraben",
    "Rehazentrum Seeblick",
    "Gymnasium am Lindenhof",
    "Mittelschule Riedenau",
    "TV Blauweiß Erlenbrunn 1887 e.V.",
    "FC Rotsee Kickers",
    "Wohnbaugenossenschaft Sonnhalde",
    "Spar- und Darlehenskasse Auental eG",
    "Tischlerei Grauholz OG",
    "Alpenblick Immobilien AG",
    "Treuhand Gurtenblick AG",
    "Bäckerei Kornfeld KG",
    "Kanzlei Stiegelmeier Wendhausen Rechtsanwälte PartG mbB",
    "Hausverwaltung Ostwind GmbH",
    "Kreativwerkstatt Flusskiesel e.U.",
    "Pflegedienst Lebensbaum gGmbH",
    "Heimatverein Oberfeldern e.V.",
    "Kinderarztpraxis Sonnenhügel",
    "Tierklinik Auwald",
    "Ingenieurbüro Falkenried",
    "Kletterhalle Steinbock GmbH",
    "Elektro Wiesmayr GesmbH",
    "Reisebüro Fernwehstation GmbH",
    "Versicherungsmakler Nordlicht AG",
    "Stadtwerke Erlenbrunn",
    "Musikschule Tonleiter e.V.",
    "Autohaus Ringpark GmbH",
    "Malerbetrieb Farbenfroh GmbH",
    "Apotheke zum Silberbrunnen",
    "Gemeinschaftspraxis Dres. Tannried",
    "Bio-Hofladen Wiesengold",
]

MAIL_DOMAINS = ["posteingang-mail.de", "netzbrief.at", "bergpost.ch", "mailwerk.de",
                "funkpost.net", "kieselmail.de"]

TUNE = {}
HELD = {}

# ---------------------------------------------------------------------------------------------
# TUNE
# ---------------------------------------------------------------------------------------------

TUNE["geschaeftsbrief_angebot"] = """
{ORG} · {ADDR2}

Frau
{P1}
{ADDR}

                                              Ihr Zeichen: {IN1}
                                              Unser Zeichen: {NUM}
                                              Ansprechpartner: {P2}
                                              Telefon: {PHONE}
                                              Datum: {DATE}

Angebot Nr. AN-0817 – Austausch der Heizungsanlage

Sehr geehrte Frau {L1},

vielen Dank für Ihre Anfrage vom {DATE2} und das freundliche Gespräch vor Ort. Wie mit
Ihrem Mann, Herrn {P4}, besprochen, bieten wir Ihnen folgende Leistungen an:

  Pos. 1   Demontage und Entsorgung Altkessel                     1.180,00 EUR
  Pos. 2   Lieferung Gas-Brennwerttherme inkl. Zubehör            6.940,00 EUR
  Pos. 3   Montage, Inbetriebnahme, Einweisung                    {AMT} EUR

Die Arbeiten kann unser Monteur Herr {L2} voraussichtlich in der übernächsten Kalenderwoche ausführen.
Das Angebot ist vier Wochen gültig. Für Rückfragen erreichen Sie mich unter {EMAIL2}.

Mit freundlichen Grüßen

i. A. {P2}
Kundendienst / Technischer Vertrieb
{ORG}
"""

TUNE["email_reklamation_verlauf"] = """
Von: {P3} <{EMAIL3}>
Gesendet: {DATE}, {TIME}
An: Kundenservice {ORG}
Cc: {IN4}; {EMAIL1}
Betreff: AW: Reklamation Auftrag {NUM} – Waschmaschine defekt

Sehr geehrter Herr {L4},

leider hat sich seit meiner letzten Nachricht nichts getan. Die Maschine steht noch immer
bei meiner Mutter ({P1}) im Keller, und der Techniker ist zum zweiten Mal nicht erschienen.
Ich erwarte bis Freitag einen verbindlichen Termin, sonst trete ich vom Kaufvertrag zurück.

Freundliche Grüße
{F3} {L3}
Mobil {PHONE}

-----Ursprüngliche Nachricht-----
Am {DATE2} um 16:48 schrieb {P4} <{EMAIL4}>:
> Sehr geehrte Frau {L3},
>
> vielen Dank für Ihre Geduld. Ihr Fall wurde an unseren Außendienst
> (Kollege {P2}) weitergeleitet. Er meldet sich in den nächsten Tagen
> direkt bei Ihrer Mutter.
>
> Mit freundlichen Grüßen
> {P4}
> Teamleitung Reklamationen
"""

TUNE["arbeitsvertrag_auszug"] = """
ARBEITSVERTRAG

zwischen

{ORG}, vertreten durch die Geschäftsführerin {P3},
{ADDR2}
– nachfolgend „Arbeitgeberin“ –

und

Herrn {P2}, geboren am {DOB},
wohnhaft {ADDR}
– nachfolgend „Arbeitnehmer“ –

§ 1 Beginn und Tätigkeit
Das Arbeitsverhältnis beginnt am {DATE}. Herr {L2} wird als Sachbearbeiter Disposition
am Standort {CITY} eingestellt. Direkte Vorgesetzte ist Frau {P1}.

§ 2 Probezeit
Die ersten sechs Monate gelten als Probezeit. Während der Probezeit kann das
Arbeitsverhältnis mit einer Frist von zwei Wochen gekündigt werden.

§ 3 Vergütung
Der Arbeitnehmer erhält ein monatliches Bruttogehalt von {AMT} EUR, zahlbar jeweils zum
Monatsende auf das Konto IBAN {IBAN}.

§ 4 Steuerliche Angaben
Steuer-Identifikationsnummer: {STEUERID}

{CITY}, den {DATE2}


______________________________          ______________________________
{P3}                                    {P2}
Geschäftsführung                         Arbeitnehmer
"""

TUNE["dienstplan_station"] = """
DIENSTPLAN Station 4B – Innere Medizin			KW 14
Stand: {DATE}		Erstellt: {IN1}

Name	Qualifikation	Mo	Di	Mi	Do	Fr	Sa	So
{PC1}	Stationsleitung	F	F	F	F	F	–	–
{PC2}	Pflegefachmann	S	S	N	N	–	–	F
{PC3}	Pflegefachfrau	–	F	F	S	S	S	–
{PC4}	Pflegehelfer	N	N	–	–	F	F	F

F = Frühdienst 06:00–14:12   S = Spätdienst 13:45–21:57   N = Nachtdienst

Tauschwünsche bitte bis Donnerstag bei Schwester {F1} eintragen.
Krankmeldungen telefonisch an die Pflegedienstleitung, Frau {L3}, Tel. {PHONE}.
"""

TUNE["arbeitszeugnis_qualifiziert"] = """
{ORG}
Personalabteilung

                          ARBEITSZEUGNIS

Frau {P1}, geboren am {DOB}, war vom {DATE} bis zum {DATE2} in unserem Unternehmen
als Assistentin der Geschäftsleitung tätig.

Zu den Aufgaben von Frau {L1} gehörten insbesondere:
  – Terminkoordination und Korrespondenz für die Geschäftsführung
  – Vorbereitung der Gesellschafterversammlungen
  – Betreuung der Niederlassung in {CITY}

Frau {L1} verfügt über ein umfassendes Fachwissen, das sie stets sicher und zielgerichtet
einsetzte. Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.
Ihr Verhalten gegenüber Vorgesetzten, Kollegen und Geschäftspartnern war jederzeit vorbildlich.
Besonders hervorzuheben ist die gute Zusammenarbeit mit unserem kaufmännischen Leiter,
Herrn Dr. {P2}.

Frau {L1} verlässt uns auf eigenen Wunsch. Wir bedauern ihr Ausscheiden sehr, danken ihr für
die stets sehr gute Zusammenarbeit und wünschen ihr für die Zukunft beruflich wie privat
alles Gute und weiterhin viel Erfolg.

{CITY2}, {DATE2}

{P4}
Leiter Personal
"""

TUNE["arztbrief_entlassung"] = """
{ORG}
Klinik für Innere Medizin · Chefarzt Prof. Dr. med. {P2}
{ADDR2}

Herrn Dr. med. {P4}
Facharzt für Allgemeinmedizin
{ADDR}

                                                                    {CITY}, {DATE}

Entlassungsbericht

Sehr geehrter Herr Kollege {L4},

wir berichten über Ihre Patientin

    {PU1}, geb. {DOB}

die sich vom {DATE2} bis heute in unserer stationären Behandlung befand.

Diagnosen:
  1. Ambulant erworbene Pneumonie rechts basal
  2. Arterielle Hypertonie, medikamentös eingestellt
  3. Diabetes mellitus Typ 2

Verlauf: Frau {L1} wurde über die Notaufnahme mit Fieber und Dyspnoe aufgenommen. Unter
kalkulierter Antibiose kam es zu einer raschen Besserung. Die Angehörigen wurden über den
Verlauf informiert und übernehmen die Versorgung zu Hause.

Empfehlung: Kontrolle der Entzündungswerte in einer Woche, Blutzuckertagebuch.

Mit freundlichen kollegialen Grüßen

Prof. Dr. med. {L2}            {IN3} (Stationsärztin)
Chefarzt                       Assistenzärztin
"""

TUNE["laborbefund"] = """
LABORBEFUND                                           Auftrags-Nr. {NUM}
==========================================================================
Patient:     {PU1}                     geb.: {DOB}
Einsender:   Dr. med. {P2}, {ORG}
Eingang:     {DATE}  {TIME}            Befundet: {DATE2}
--------------------------------------------------------------------------
Parameter              Ergebnis    Einheit     Referenzbereich
--------------------------------------------------------------------------
Hämoglobin             11,2 L      g/dl        12,0 – 16,0
Leukozyten             9,8         /nl         4,0 – 10,0
Thrombozyten           245         /nl         150 – 400
CRP                    18,4 H      mg/l        < 5,0
Kreatinin              0,9         mg/dl       0,5 – 1,0
TSH                    2,1         mU/l        0,4 – 4,0
HbA1c                  6,9 H       %           < 6,5
--------------------------------------------------------------------------
L = erniedrigt, H = erhöht

Technische Validation: {IN3}, MTL
Medizinische Validation: Dr. {P4}, Facharzt für Laboratoriumsmedizin
Rückfragen: {PHONE}
"""

TUNE["vorsorgevollmacht"] = """
VORSORGEVOLLMACHT

Ich, {P1},
geboren am {DOB},
wohnhaft in {ADDR},

bevollmächtige hiermit

meinen Sohn {P2}, geboren am {DATE},
wohnhaft in {ADDR2},
Telefon {PHONE},

mich in allen Angelegenheiten zu vertreten, die ich im Folgenden angekreuzt habe:

  [x] Gesundheitssorge und Pflegebedürftigkeit
  [x] Aufenthalt und Wohnungsangelegenheiten
  [x] Behörden, Ämter und Versicherungen
  [ ] Vermögenssorge (siehe gesonderte Bankvollmacht)
  [x] Post- und Fernmeldeverkehr

Sollte mein Sohn verhindert sein, so soll ersatzweise meine Nichte
{P3} ({EMAIL3}) als Bevollmächtigte tätig werden.

Die Vollmacht ist nur wirksam, solange der Bevollmächtigte die Vollmachtsurkunde im Original
vorlegen kann.

{CITY}, den {DATE2}

...............................................
Unterschrift Vollmachtgeberin ({F1} {L1})

...............................................
Unterschrift Bevollmächtigter ({IN2})
"""

TUNE["jahreszeugnis_schule"] = """
REPUBLIK ÖSTERREICH
{ORG}
                           JAHRESZEUGNIS
                       Schuljahr {YEAR}

{PX3}
geboren am {DOB}, Schüler/in der 3b Klasse

Pflichtgegenstände                         Beurteilung
-----------------------------------------  ---------------
Religion                                   Sehr gut
Deutsch                                    Gut
Englisch                                   Befriedigend
Mathematik                                 Gut
Geschichte und Sozialkunde                 Sehr gut
Geographie und wirtschaftliche Bildung     Gut
Biologie und Umweltkunde                   Sehr gut
Bewegung und Sport                         Sehr gut

Verhalten in der Schule: Sehr zufriedenstellend

Die Schülerin ist zum Aufsteigen in die nächsthöhere Schulstufe berechtigt.

{CITY}, am {DATE}

Klassenvorstand: Mag.a {P1}          Schulleiter: Dipl.-Päd. {P4}
"""

TUNE["elternchat_whatsapp"] = """
[{DATE}, {TIME}] {F1} {L1}: Hallo zusammen! Weiß jemand, ob morgen der Wandertag stattfindet? 🌧️
[{DATE}, 19:12] {P2}: Laut Frau {L3} ja, Regenjacke und Jause mitgeben
[{DATE}, 19:14] ~ Mama 🌻: Danke! Treffpunkt wieder beim Haupteingang?
[{DATE}, 19:14] {P2}: Genau, 7:45
[{DATE}, 20:31] {F4} 🚲: Kann jemand unsere Kleine mitnehmen? Ich hab Frühschicht
[{DATE}, 20:33] {F1} {L1}: @{F4} klar, ich hol sie um halb acht ab 👍
[{DATE}, 20:35] {F4} 🚲: Du bist die Beste, {F1}!!
[{DATE}, 21:02] {P3}: Liebe Eltern, kurze Info von mir als Klassenlehrerin: Wir fahren mit dem Bus bis zur Endhaltestelle und gehen dann zu Fuß weiter. Rückkehr ca. 13 Uhr. Bitte keine Handys mitgeben. LG {IN3}
[{DATE}, 21:05] {P2}: Danke Frau {L3}!
[{DATE}, 21:06] {F1} {L1}: Danke 🙏
[{DATE}, 21:40] {F4} 🚲: <Medien ausgeschlossen>
"""

TUNE["mietvertrag_wohnraum"] = """
MIETVERTRAG ÜBER WOHNRAUM

§ 1 Vertragsparteien

Vermieter:   {ORG}, vertreten durch {P4}
             {ADDR2}

Mieter:      1. {PC1}, geb. {DOB}
             2. {PC2}, geb. {DATE}
             bisher wohnhaft: {ADDR}

Die Mieter haften als Gesamtschuldner.

§ 2 Mietsache
Vermietet wird die Wohnung im 2. Obergeschoss links, bestehend aus 3 Zimmern, Küche,
Bad/WC, Diele und Balkon, sowie ein Kellerabteil Nr. 7.

§ 3 Mietzeit
Das Mietverhältnis beginnt am {DATE2} und läuft auf unbestimmte Zeit.

§ 4 Miete und Nebenkosten
Grundmiete monatlich                      {AMT} EUR
Vorauszahlung Betriebskosten              210,00 EUR
Vorauszahlung Heizung/Warmwasser          95,00 EUR

§ 5 Kaution
Die Mieter leisten eine Kaution in Höhe von drei Nettokaltmieten.

Besondere Vereinbarungen: Die Schlüsselübergabe vereinbart Herr {L4} direkt mit
Frau {L1}; Haustiere nur nach schriftlicher Zustimmung des Vermieters.

{CITY}, {DATE2}

Vermieter: ____________________   Mieter: ____________________  ____________________
"""

TUNE["crm_export_tickets"] = """
# Supportsystem – Export Tickets (Filter: Status != archiviert)
# exportiert am {DATE2} um {TIME} durch {IN1}, Team Kundendienst
# Trennzeichen: Semikolon, Zeichensatz: UTF-8
ticket_id;erstellt;kanal;kunde;firma;email;telefon;betreff;bearbeiter;status
{NUM};{DATE};Telefon;{PC1};;{EMAIL1};{PHONE};Rechnung doppelt abgebucht;{IN2};offen
T-48218;{DATE};E-Mail;{PC3};{ORG};{EMAIL3};;Passwort zurücksetzen;{IN2};geschlossen
T-48230;{DATE2};Webformular;{PC4};;{EMAIL4};{PHONE2};Lieferung unvollständig;{IN1};in Bearbeitung
T-48231;{DATE2};Chat;{PC2};{ORG2};{EMAIL2};;Kündigung zum Monatsende;{IN3};eskaliert
T-48240;{DATE2};Telefon;"{PC4}";;;{PHONE2};"Rückruf erbeten, Kunde verärgert";{IN2};offen
T-48244;{DATE2};Brief;{PC1};;;;Widerspruch Mahngebühr (s. Ticket oben);{IN3};wartet auf Kunde
# Notiz {IN2}: Frau {L1} bitte nur schriftlich kontaktieren, Wunsch der Kundin.
# 6 Datensätze
"""

TUNE["handwerkerrechnung"] = """
{ORG}
Meisterbetrieb · {ADDR2} · Tel. {PHONE}

{P3}
{ADDR}

RECHNUNG                                   Rechnungs-Nr.:   {NUM}
                                           Rechnungsdatum:  {DATE}
                                           Kunden-Nr.:      KD-20417
                                           Leistungsdatum:  {DATE2}

Objekt: Einfamilienhaus {L3}, Bad Obergeschoss

Pos  Menge  Einheit  Bezeichnung                             Einzelpreis    Gesamt
---  -----  -------  --------------------------------------  -----------  --------
1    6,5    Std.     Fliesenlegerarbeiten Geselle                  58,50    380,25
2    1      Stk.     Waschtischarmatur verchromt                  189,00    189,00
3    12     m²       Bodenfliesen 60x60 anthrazit                  42,90    514,80
4    1      psch.    Anfahrt und Entsorgung                        65,00     65,00

                                               Nettobetrag          1.149,05 EUR
                                               zzgl. 19 % USt.        218,32 EUR
                                               Rechnungsbetrag      1.367,37 EUR

Zahlbar innerhalb von 14 Tagen ohne Abzug auf IBAN {IBAN}.
Ausgeführt durch: {IN2} und {IN4}. Es gilt unser Auftrag vom {DATE}.
Steuer-ID des Inhabers: {STEUERID}
"""

TUNE["kleinanzeigen_rubrik"] = """
KLEINANZEIGEN – Ausgabe vom {DATE}

ZU VERKAUFEN
Kinderwagen, 3in1, dunkelblau, kaum benutzt, VB {AMT} €. Abholung in {CITY}.
Tel. {PHONE} (ab 18 Uhr, {F1} verlangen)

Eckbank Eiche massiv mit Tisch und 2 Stühlen, nur an Selbstabholer.
{P4}, {ADDR}

STELLENMARKT
Zuverlässige Reinigungskraft für Privathaushalt in {CITY2} gesucht, 2 x wöchentlich
vormittags. Zuschriften an {EMAIL3}

IMMOBILIEN
Suche 2-Zi.-Whg. mit Balkon, bis 850 € warm, ruhiger Nichtraucher, unbefristet
angestellt. Angebote an {P2}, Tel. {PHONE2}

BEKANNTSCHAFTEN
Sie, 58, verwitwet, naturverbunden, sucht ehrlichen Ihn zum Wandern und Reden.
Zuschriften unter Chiffre {NUM} an den Verlag.

TIERMARKT
Wellensittich entflogen! Hört auf „Bubi“. Finderlohn. Familie {L3}, {PHONE2}
"""

TUNE["traueranzeige"] = """
Wenn die Kraft zu Ende geht, ist Erlösung Gnade.

In Liebe und Dankbarkeit nehmen wir Abschied von

                    {PX2}
               * {DOB}      † {DATE}

Du wirst uns fehlen.

In stiller Trauer
{F1} {L2} geb. {L1}
{P4} und {F3} mit Familie
im Namen aller Angehörigen

{CITY}, {DATE2}

Das Requiem findet am {DATE} um {TIME} Uhr in der Pfarrkirche St. Martin statt,
anschließend die Beisetzung auf dem Waldfriedhof.
Anstelle zugedachter Blumen bitten wir um eine Spende an den Hospizverein,
IBAN {IBAN}, Kennwort „{L2}“.
"""

TUNE["vereinsmitteilungen"] = """
+++ VEREINSMITTEILUNGEN {ORG} +++
Ausgabe {NUM} · {DATE}

Liebe Mitglieder, liebe Freundinnen und Freunde des Vereins,

das Frühjahr war für uns ein voller Erfolg! Bei der Jahreshauptversammlung wurde
{P1} einstimmig zur neuen Ersten Vorsitzenden gewählt. Sie folgt auf {P2}, der nach
achtzehn Jahren im Amt nicht mehr kandidierte und zum Ehrenvorsitzenden ernannt wurde.
„Ohne {F2} gäbe es unsere Jugendabteilung nicht“, sagte {F1} in ihrer Dankesrede.

EHRUNGEN
  25 Jahre Mitgliedschaft:  {PI3}, {PI4}
  40 Jahre Mitgliedschaft:  {PI2}

TERMINE
  {DATE2}   Arbeitseinsatz am Vereinsheim, Treffpunkt {TIME} Uhr
  {DATE}    Sommerfest mit Tombola

Die Kassenprüfer ({IN3} und {IN4}) bestätigten eine einwandfreie Kassenführung.
Beiträge bitte bis Ende des Monats auf unser Vereinskonto {IBAN} überweisen.

Sportliche Grüße
Euer Vorstand

Kontakt: Geschäftsstelle, {ADDR}, {EMAIL1}
"""

TUNE["nachbarschaftsforum"] = """
nebenan im Viertel · Gruppe „Rund um den Marktplatz {CITY}“

{P3} · vor 2 Std.
Hat jemand heute Vormittag einen grauen Kater mit weißen Pfoten gesehen? Er heißt Tiger
und ist seit gestern nicht nach Hause gekommen. Wir wohnen in der Nähe vom Spielplatz.
Bitte melden unter {PHONE}. Danke!!

    💬 {P2}: Ich glaube, ich hab ihn gestern Abend bei den Garagen hinterm Supermarkt-Parkplatz gesehen
    💬 {F3}: @{F2} danke, da schau ich gleich!
    💬 {P4}: Bei uns im Garten war auch so ein Kater, hab Fotos gemacht, schick dir PN
    💬 {F1} {L1}: Drück die Daumen 🍀

{P4} · gestern
Verschenke Umzugskartons (ca. 30 Stück), abzuholen: {ADDR}. Einfach klingeln
bei {L4}.

    💬 {P1}: Sind noch welche da? Könnte heute ab 17 Uhr
    💬 {P4}: @{F1} ja, komm vorbei
"""

TUNE["reisebuchung_bestaetigung"] = """
{ORG}
Ihre Buchungsbestätigung                               Vorgangsnummer: {NUM}

Reiseanmelder/in:  {PC1}
Anschrift:         {ADDR}
E-Mail:            {EMAIL1}
Telefon:           {PHONE}

REISENDE
  1. Frau {PX1}       geb. {DOB}
  2. Herr {PX2}       geb. {DATE}
  3. Kind {PX3}       geb. {DATE2}

LEISTUNGEN
  Flug       ab {CITY}  {DATE}  {TIME}   Economy, 23 kg Freigepäck
  Hotel      7 Nächte, Doppelzimmer mit Zustellbett, Halbpension
  Transfer   Flughafen – Hotel – Flughafen

Reisepreis gesamt:            {AMT} EUR
Anzahlung (20 %) fällig:      sofort
Restzahlung fällig:           30 Tage vor Reiseantritt

Ihr persönlicher Reiseberater: {P4}, Durchwahl {PHONE2}
Bitte prüfen Sie alle Namen auf Übereinstimmung mit dem Reisepass.
"""

TUNE["protokoll_eigentuemerversammlung"] = """
NIEDERSCHRIFT
über die ordentliche Eigentümerversammlung der WEG {ADDR}
am {DATE}, Beginn {TIME} Uhr, Gemeinschaftsraum

Versammlungsleitung: {P2} ({ORG})
Protokoll:           {P3}

Anwesend bzw. vertreten:
  Whg. 1   {PC1}                      152/1000 MEA
  Whg. 2   {PC4}                      118/1000 MEA  (Vollmacht an Herrn {L2})
  Whg. 4   Eheleute {L3}              131/1000 MEA
  Whg. 6   – nicht vertreten –             140/1000 MEA

Die Versammlung ist beschlussfähig.

TOP 1  Jahresabrechnung {YEAR}
       Frau {L1} fragt nach der Position Hausmeisterdienst. Herr {L2} erläutert die
       Erhöhung. Beschluss: einstimmig angenommen.

TOP 2  Sanierung der Tiefgarage
       Angebot der Firma {ORG2} über {AMT} EUR. {F4} {L4} schlägt vor, ein
       zweites Angebot einzuholen. Beschluss: Vertagt.

TOP 3  Verschiedenes
       Beschwerde über abgestellte Fahrräder im Treppenhaus.

Ende der Versammlung: 21:35 Uhr

________________________    ________________________    ________________________
Versammlungsleiter          Protokollführerin           Eigentümer ({IN1})
"""

TUNE["json_export_kundenkonto"] = """
{
  "export": "kundenkonten",
  "erstellt_am": "{DATE}",
  "datensaetze": [
    {
      "kundennummer": "{NUM}",
      "anrede": "Frau",
      "name": "{PC1}",
      "geburtsdatum": "{DOB}",
      "anschrift": "{ADDR}",
      "email": "{EMAIL1}",
      "telefon": "{PHONE}",
      "iban": "{IBAN}",
      "betreuer": "{IN4}"
    },
    {
      "kundennummer": "100-44871",
      "anrede": "Herr",
      "name": "{PC2}",
      "anschrift": "{ADDR2}",
      "email": "{EMAIL2}",
      "telefon": "{PHONE2}",
      "steuer_id": "{STEUERID}",
      "betreuer": "{IN4}",
      "notiz": "Rückruf durch {F3} vereinbart für {DATE2}"
    }
  ]
}
"""

TUNE["neg_speisekarte"] = """
GASTHOF-SPEISEKARTE

VORSPEISEN
  Leberknödelsuppe mit Schnittlauch                         5,90 €
  Gebackene Champignons mit Sauce Tartare                   8,50 €
  Carpaccio vom Rind, Rucola, Parmesan                      13,90 €

HAUPTGERICHTE
  Wiener Schnitzel vom Kalb, Petersilkartoffeln            23,50 €
  Schweinsbraten mit Semmelknödel und Krautsalat            16,90 €
  Zürcher Geschnetzeltes mit Rösti                          27,80 €
  Käsespätzle mit Röstzwiebeln, Salat der Saison            14,50 €
  Zanderfilet auf Rahmsauerkraut                            21,90 €

DESSERTS
  Kaiserschmarrn mit Zwetschkenröster                       11,50 €
  Apfelstrudel mit Vanillesauce oder Schlagobers            7,90 €
  Schwarzwälder Kirschtorte                                 5,20 €

Tagesempfehlung des Küchenchefs: Fragen Sie unser Service-Team!
Allergene: Bitte beachten Sie die Kennzeichnung A–R auf der Rückseite.
Küche geöffnet bis {TIME} Uhr. Montag Ruhetag.
"""

TUNE["neg_bedienungsanleitung"] = """
BEDIENUNGSANLEITUNG – KAFFEEVOLLAUTOMAT Modell {NUM}

WICHTIGE SICHERHEITSHINWEISE
  ACHTUNG: Gerät nur an geerdete Steckdosen anschließen!
  VORSICHT: Heißer Dampf an der Milchdüse. Verbrühungsgefahr.
  Kinder ab 8 Jahren dürfen das Gerät nur unter Aufsicht benutzen.

ERSTE INBETRIEBNAHME
  1. Wassertank entnehmen, ausspülen und mit frischem Wasser füllen.
  2. Bohnenbehälter öffnen und Kaffeebohnen einfüllen.
  3. Taste EIN/AUS drücken. Das Display zeigt „System füllen“.
  4. Drehknopf auf Position Heißwasser stellen und Spülvorgang abwarten.

ENTKALKEN
  Sobald die Anzeige ENTKALKEN leuchtet, Entkalkungstablette in den Tank geben,
  Auffangschale leeren und Programm starten. Dauer ca. 35 Minuten.

STÖRUNGSBEHEBUNG
  Meldung             Ursache                    Abhilfe
  Tresterbehälter     Behälter voll              Leeren und wieder einsetzen
  Kein Kaffee         Mahlgrad zu fein           Mahlgrad gröber einstellen
  Fehler E-04         Brüheinheit blockiert      Gerät ausschalten, Kundendienst

Garantie: 24 Monate ab Kaufdatum. Ausgabe {YEAR}.
"""

# ---------------------------------------------------------------------------------------------
# HELD
# ---------------------------------------------------------------------------------------------

HELD["mahnung_zweite"] = """
{ORG} | {ADDR2} | Tel. {PHONE2}

Herrn
{P2}
{ADDR}

{CITY}, {DATE}

2. MAHNUNG – Kundennummer {NUM}

Sehr geehrter Herr {L2},

trotz unserer Zahlungserinnerung vom {DATE2} konnten wir bis heute keinen Zahlungseingang
zu folgenden Rechnungen feststellen:

  Rechnung       vom             Betrag
  RE-30571          {DATE2}         245,80 EUR
  Mahngebühr                     5,00 EUR
  ----------------------------------------
  offen                          250,80 EUR

Wir bitten Sie, den Gesamtbetrag bis spätestens zum Monatsende auf das Konto
{IBAN} zu überweisen. Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie
dieses Schreiben bitte als gegenstandslos.

Bei Fragen zu Ihrem Konto steht Ihnen Frau {P3} aus unserer Buchhaltung gerne zur
Verfügung ({EMAIL3}).

Mit freundlichen Grüßen

{ORG}
ppa. {P1}
"""

HELD["beschwerde_hausverwaltung"] = """
{P4}
{ADDR}
Tel.: {PHONE}

Einschreiben mit Rückschein
{ORG}
z. Hd. Frau {P1}
{ADDR2}

{CITY}, {DATE}

Mängelanzeige und Ankündigung einer Mietminderung – Wohnung 3. OG rechts

Sehr geehrte Frau {L1},
sehr geehrte Damen und Herren,

hiermit zeige ich erneut folgende Mängel an, die bereits am {DATE2} telefonisch Ihrem
Mitarbeiter Herrn {IN2} gemeldet wurden:

  a) Schimmelbildung im Schlafzimmer an der Außenwand
  b) Ausfall der Warmwasserversorgung seit mehreren Tagen
  c) defekte Gegensprechanlage

Ich fordere Sie auf, die Mängel bis spätestens in zwei Wochen fachgerecht zu beseitigen.
Bis dahin mindere ich die Miete um 15 % und zahle sie nur noch unter Vorbehalt.
Meine Nachbarin, Frau {P3}, ist vom gleichen Problem betroffen und kann dies bestätigen.

Hochachtungsvoll

{F4} {L4}
"""

HELD["abmahnung"] = """
PERSÖNLICH / VERTRAULICH

Herrn {PX4}
Personalnummer {NUM}
– im Hause –

{CITY}, den {DATE}

Abmahnung

Sehr geehrter Herr {L4},

am {DATE2} sind Sie ohne vorherige Abmeldung erst um {TIME} Uhr an Ihrem Arbeitsplatz in der
Warenannahme erschienen, obwohl Ihre Schicht um 06:00 Uhr begann. Ihr Schichtleiter,
Herr {P2}, hat Sie daraufhin angesprochen; eine Entschuldigung erfolgte nicht.
Bereits am {DATE} wurden Sie von Frau {L3} aus der Personalabteilung mündlich ermahnt.

Wir mahnen Sie hiermit wegen dieses Verhaltens ab und fordern Sie auf, künftig pünktlich
zu erscheinen. Im Wiederholungsfall müssen Sie mit arbeitsrechtlichen Konsequenzen bis
hin zur Kündigung des Arbeitsverhältnisses rechnen.

Eine Kopie dieses Schreibens wird zur Personalakte genommen. Sie haben das Recht, eine
Gegendarstellung abzugeben.

{ORG}

{P3}                                  {P1}
Personalleitung                       Betriebsrat (zur Kenntnis)

Erhalten am: ______________   Unterschrift: ______________ ({IN4})
"""

HELD["lohnabrechnung"] = """
{ORG}                                  Abrechnung der Brutto/Netto-Bezüge
                                       Zeitraum bis {DATE2}

Pers.-Nr.  Name                          Eintritt     Steuerklasse  Konf.
{NUM}      {PU1}                         {DATE}       I             rk
           {ADDR}
           geb. {DOB}     Steuer-ID {STEUERID}

Bezeichnung                        Menge     Faktor       Betrag
--------------------------------   -------   --------   ----------
Gehalt                                                    3.450,00
Zuschlag Sonntag                   8,00      25 %            96,40
VWL Arbeitgeberanteil                                        40,00
--------------------------------   -------   --------   ----------
Gesamtbrutto                                              3.586,40
Lohnsteuer                                                  412,58
Solidaritätszuschlag                                          0,00
Kranken-/Renten-/Arbeitslosen-/Pflegeversicherung           748,17
--------------------------------   -------   --------   ----------
Auszahlungsbetrag                                         2.425,65

Überweisung an: {IBAN}
Ansprechpartner Entgeltabrechnung: {IN2}, {PHONE}
"""

HELD["ueberweisungsschein_facharzt"] = """
Krankenkasse bzw. Kostenträger: AOK
----------------------------------------------------------------------
Name, Vorname des Versicherten
{PC3}                                             geb. am {DOB}
{ADDR}
----------------------------------------------------------------------
Kostenträgerkennung  Versicherten-Nr.   Status     Betriebsstätten-Nr.
109519005                {NUM}              1000 1     721234500
----------------------------------------------------------------------
ÜBERWEISUNGSSCHEIN                    Quartal 3/{YEAR}
  [x] Kurativ   [ ] Präventiv   [ ] bei belegärztl. Behandlung

Überweisung an:  Kardiologie, Dr. med. {P2}
Ausführung von Auftragsleistungen:  Langzeit-EKG, Echokardiographie

Diagnose/Verdachtsdiagnose: Palpitationen, V. a. Vorhofflimmern (I48.9 V)
Befund/Medikation: Bisoprolol 2,5 mg 1-0-0

Datum: {DATE}

Vertragsarztstempel:
{ORG}
Dr. med. {P4} · Fachärztin/Facharzt für Allgemeinmedizin
Tel. {PHONE}
"""

HELD["medikationsplan"] = """
Bundeseinheitlicher Medikationsplan                                  Seite 1 von 1
für: {P1}          geb. am: {DOB}
ausgedruckt von: {ORG}, Dr. {P2}, Tel. {PHONE}        ausgedruckt am: {DATE}

Wirkstoff        Handelsname       Stärke    Form   Mo  Mi  Ab  Zn  Einheit  Hinweise   Grund
---------------  ----------------  --------  -----  --  --  --  --  -------  ---------  ----------------
Metformin        Glucophage        1000 mg   Tabl   1   0   1   0   Stück    zum Essen  Diabetes
Ramipril         Delix             5 mg      Tabl   1   0   0   0   Stück               Blutdruck
Simvastatin      Zocor             20 mg     Tabl   0   0   1   0   Stück               Cholesterin
Pantoprazol      Pantozol          20 mg     Tabl   1   0   0   0   Stück    nüchtern   Magenschutz

Bedarfsmedikation
Metamizol        Novaminsulfon     500 mg    Tropf  max. 4 x 20 Tropfen täglich         Schmerzen

Wichtige Angaben: Allergie gegen Penicillin. Gewicht 74 kg.
Angehörige/Betreuung: Tochter {P3}, {PHONE2}
Pflegedienst: {ORG2}, Ansprechpartner {F4} {L4}
"""

HELD["terminerinnerung_sms"] = """
SMS von {ORG}                                                         {DATE}, 09:30
-------------------------------------------------------------------------------
Grüezi {F3} {L3}, wir erinnern Sie an Ihren Termin bei Dr. med. dent. {L2} am
{DATE2} um {TIME} Uhr. Bitte Versicherungskarte mitbringen. Absage bis 24 Std. vorher
unter {PHONE}. Freundliche Grüsse, Ihr Praxisteam
-------------------------------------------------------------------------------

E-Mail
Von: Praxis Dr. {P2} <{EMAIL2}>
An: {P3} <{EMAIL3}>
Betreff: Terminbestätigung Dentalhygiene

Sehr geehrte Frau {L3}

Gerne bestätigen wir Ihren Termin für die Dentalhygiene bei Frau {P1} am {DATE2}.
Bitte melden Sie sich 10 Minuten vorher an der Réception.
Ihr Sohn {F4} ist im Anschluss um 15:40 Uhr zur Kontrolle eingetragen.

Freundliche Grüsse

{IN1}
Praxisassistentin
{ORG}, {ADDR}
"""

HELD["kaufvertrag_notariell"] = """
Urkundenrolle Nr. {NUM}/{YEAR}

                         KAUFVERTRAG

Heute, am {DATE},
erschienen vor mir,

                         {P4},
                  Notar mit dem Amtssitz in {CITY},

in meinen Amtsräumen in {ADDR2}:

1. Frau {P1},
   geboren am {DOB},
   wohnhaft {ADDR},
   ausgewiesen durch Personalausweis,
   – nachstehend „Verkäuferin“ genannt –

2. Herr {P2},
   geboren am {DATE2},
   wohnhaft ebenda,
   dem Notar persönlich bekannt,
   – nachstehend „Käufer“ genannt –

Die Erschienenen erklärten mit der Bitte um Beurkundung:

§ 1 Grundbuchstand
Im Grundbuch des Amtsgerichts {CITY2} ist Frau {L1} als Alleineigentümerin des Grundstücks
Flur 7, Flurstück 112/3, Gebäude- und Freifläche, eingetragen.

§ 2 Kaufpreis
Der Kaufpreis beträgt {AMT} EUR und ist auf das Anderkonto des Notars zu zahlen.

Vorgelesen vom Notar, von den Beteiligten genehmigt und eigenhändig unterschrieben:

gez. {IN1}            gez. {IN2}            gez. {L4}, Notar
"""

HELD["ladung_amtsgericht"] = """
Amtsgericht {CITY}
Geschäfts-Nr.: {NUM}
(Bitte bei allen Schreiben angeben)

Amtsgericht · Postfach · {CITY}

Herrn
{P2}
{ADDR}

                                                              Datum: {DATE}

LADUNG ALS ZEUGE

In der Strafsache
gegen {PX4}, geb. {DOB},
wegen Sachbeschädigung u. a.

werden Sie als Zeuge geladen zur Hauptverhandlung am

            {DATE2}, {TIME} Uhr, Saal 112, Erdgeschoss.

Bitte bringen Sie diese Ladung und einen gültigen Lichtbildausweis mit.
Wenn Sie ohne genügende Entschuldigung nicht erscheinen, können Ihnen die durch Ihr
Ausbleiben verursachten Kosten sowie ein Ordnungsgeld auferlegt werden.

Auf Anordnung
{IN3}, Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle

Vorsitzende: Richterin am Amtsgericht {P1}
Geschäftsstelle: Tel. {PHONE}, Mo–Fr 9–12 Uhr
"""

HELD["polizeimeldung"] = """
POL-{NUM}: Verkehrsunfall mit zwei leicht verletzten Personen

{CITY} (ots) – Am {DATE} gegen {TIME} Uhr kam es an der Kreuzung vor der {ORG} zu
einem Zusammenstoß zwischen einem Pkw und einem Kleintransporter. Nach bisherigen
Erkenntnissen missachtete der 43-jährige Fahrer des Transporters die Vorfahrt.
Die 67-jährige Pkw-Fahrerin sowie ihre Beifahrerin wurden leicht verletzt und vom
Rettungsdienst in ein Krankenhaus gebracht. Der Sachschaden wird auf rund {AMT} Euro
geschätzt.

Die Polizei sucht Zeugen. Insbesondere eine Radfahrerin, die Erste Hilfe geleistet hat,
wird gebeten, sich unter {PHONE} zu melden.

Rückfragen bitte an:
Polizeipräsidium
Pressestelle
{P4}
Telefon: {PHONE2}
E-Mail: {EMAIL4}

-------------------------------------------------------------------------
interner Vermerk (nicht zur Veröffentlichung):
Unfallbeteiligte: {PU1} (Pkw), {PU2} (Transporter), Beifahrerin {PC3}
Sachbearbeitung: Verkehrsunfalldienst, Anzeige liegt vor
"""

HELD["mitteilungsheft_notiz"] = """
MITTEILUNGSHEFT                                    Klasse 2a · {ORG}

{DATE}
Liebe Eltern von {F3},
{F3} hat heute in der großen Pause ein anderes Kind mit dem Rucksack geschlagen.
Wir haben in der Klasse darüber gesprochen. Bitte besprechen Sie den Vorfall
auch zu Hause mit ihr.
Danke! {IN1} (Klassenlehrerin)

Gesehen: ____{L3}____

{DATE2}
Sehr geehrte Frau Lehrerin {L1}!
Wir haben mit {F3} geredet, sie hat sich entschuldigt. Sie sagt, der andere
Bub hat ihr vorher die Jause weggenommen. Vielleicht können Sie das auch
klären? Morgen holt sie ihr Opa, {P4}, schon um 11 Uhr ab (Zahnarzt).
Mit freundlichen Grüßen
{P2}

Zur Kenntnis genommen. Ich rede mit beiden Kindern. LG {F1} {L1}
"""

HELD["schuelerliste_xml"] = """
<?xml version="1.0" encoding="UTF-8"?>
<klassenliste schule="{ORG}" klasse="7c" schuljahr="{YEAR}">
  <klassenleitung>{IN1}</klassenleitung>
  <schueler id="{NUM}">
    <nachname>{L3}</nachname>
    <vorname>{F3}</vorname>
    <geburtsdatum>{DOB}</geburtsdatum>
    <erziehungsberechtigt>{P1}</erziehungsberechtigt>
    <telefon>{PHONE}</telefon>
  </schueler>
  <schueler id="S-1042">
    <nachname>{L4}</nachname>
    <vorname>{F4}</vorname>
    <geburtsdatum>{DATE}</geburtsdatum>
    <erziehungsberechtigt>{P2}</erziehungsberechtigt>
    <email>{EMAIL2}</email>
    <anschrift>{ADDR}</anschrift>
  </schueler>
  <bemerkung>Nachteilsausgleich für {PI4} laut Beschluss vom {DATE2}</bemerkung>
</klassenliste>
"""

HELD["teamchat_export"] = """
#projekt-umzug-lager  ·  Export {DATE}

{fl1}  09:14
@{fl2} hast du die Speditionsangebote schon an {F3} geschickt?

{fl2}  09:31
noch nicht, warte noch auf das dritte von {ORG}, kommt heute nachmittag laut {L4}

{fl3}  10:02
👀 bitte bis morgen, ich muss es am Donnerstag der GF vorlegen

{fl4}  11:47
Kurzes Update: Die Schlüsselübergabe in {CITY} ist am {DATE2}. Ich bin vor Ort, {F1} übernimmt
die Inventurliste. Hausmeister drüben ist ein Herr {L2} (nicht verwandt mit unserem {F2} 😄),
Nummer: {PHONE}

{fl1}  11:49
perfekt danke! @{fl3} ich trag dich für den Termin mit ein
  ↳ 2 Antworten
  {fl3}: passt
  {fl2}: ich komm auch mit, brauch eh den Transporter

{fl2}  15:23
Angebot ist da, liegt im Ordner /Umzug/Angebote. Summe {AMT} netto.
"""

HELD["hochzeitseinladung"] = """
                         ♥

              Wir trauen uns!

           {F3} & {F2}

Gemeinsam mit unseren Familien laden wir euch herzlich ein,
unseren schönsten Tag mit uns zu feiern.

        Standesamtliche Trauung
        am {DATE}, um {TIME} Uhr
        im Rathaus {CITY}

        Kirchliche Trauung und Feier
        am {DATE2}
        Festsaal der {ORG}, {ADDR}

Um Antwort bis Ende des Monats wird gebeten –
bei {F3} unter {PHONE} oder bei {F2} unter {PHONE2}.

Unsere Trauzeugen {P1} und {P4} freuen sich über eure
Beiträge zum Programm und sind unter {EMAIL1} erreichbar.

Statt Geschenken freuen wir uns über einen Beitrag zu unserer Hochzeitsreise.

{P3} & {P2}
"""

HELD["geburtsanzeige"] = """
Hallo Welt!

Am {DATE} um {TIME} Uhr hat unsere Tochter

               {F1}

mit 3.420 g und 51 cm das Licht der Welt erblickt.

Wir sind unendlich glücklich und dankbar.

{F3} & {F2} {L2}
mit Bruder {F4}

{CITY}, {DATE2}

Ein großes Dankeschön an die Hebamme {P1} und das ganze Team
der Geburtsstation der {ORG}.
"""

HELD["schadenmeldung_hausrat"] = """
SCHADENANZEIGE HAUSRAT / WOHNGEBÄUDE
{ORG}                                              Schaden-Nr.: {NUM}

1. Versicherungsnehmer
   Name, Vorname ............... {PC2}
   Anschrift ................... {ADDR}
   Telefon tagsüber ............ {PHONE}
   E-Mail ...................... {EMAIL2}
   Bankverbindung (IBAN) ....... {IBAN}

2. Schadenereignis
   [ ] Feuer  [x] Leitungswasser  [ ] Sturm/Hagel  [ ] Einbruchdiebstahl
   Schadentag .................. {DATE}
   Uhrzeit ..................... ca. {TIME}
   Schadenort .................. wie oben, Küche und Flur

3. Schilderung
   Während wir einkaufen waren, platzte der Schlauch der Spülmaschine. Das Wasser lief bis in die
   darunterliegende Wohnung von Frau {P3}. Unser Nachbar, Herr {P4}, hat
   sofort den Haupthahn abgedreht.

4. Wurde die Polizei verständigt?   [ ] ja  [x] nein
5. Zeugen: {PI4}, {ADDR2}

Ich versichere, die Angaben wahrheitsgemäß gemacht zu haben.

{CITY}, {DATE2}              Unterschrift: {IN2}

Sachbearbeitung: {P1}, Durchwahl {PHONE2}
"""

HELD["kassenbon"] = """
        {ORG}
        {ADDR}
        Tel. {PHONE}

Beleg-Nr. {NUM}          {DATE}  {TIME}
Kassa 2       Es bediente Sie: {F1}
----------------------------------------
Vollkornbrot 750 g                 4,20 A
Buttercroissant 4 Stk.             5,60 A
Topfengolatsche                    2,40 A
Verlängerter groß                  3,90 B
----------------------------------------
SUMME EUR                         16,10
BAR                               20,00
RÜCKGELD                           3,90

 A = 10 % USt      B = 20 % USt
Kundenkarte: {PU3}  Punkte: 1.240

   Danke für Ihren Einkauf!
   Besuchen Sie uns wieder.
"""

HELD["lokalnachricht"] = """
LOKALES

Ein Leben für den Chor

{CITY}. Seit fast fünfzig Jahren steht {P1} jeden Donnerstag im Probenraum der {ORG}.
Am Wochenende wurde die 82-Jährige für ihr Engagement mit der Ehrennadel in Gold
ausgezeichnet. „Ohne {F1} hätten wir schon längst zusperren können“, sagte Obmann
{P2} bei der Feier im Pfarrsaal.

Angefangen hat alles im Jahr 1975, als sie mit ihrem Mann aus {CITY2} in den Ort
zog. Heute singt auch ihre Enkelin im Sopran. Bürgermeister {P4} würdigte
Frau {L1} als „Herz des Vereins“.

Bei Kaffee und Kuchen erinnerte sich die Jubilarin an Konzertreisen und an den
verstorbenen Chorleiter. Ans Aufhören denkt sie nicht: „Solange die Stimme hält,
bleibe ich.“

Bild: Obmann {L2} (li.) überreicht {IN1} die Urkunde. Foto: {IN3}

Von unserer Redakteurin {P3}
"""

HELD["social_post_kommentare"] = """
{P3}
{DATE} · {CITY} · 🌍

Heute vor genau zehn Jahren haben wir mit einem kleinen Stand auf dem Wochenmarkt
angefangen – heute eröffnen wir unseren eigenen Laden! 🎉 Danke an alle, die an uns
geglaubt haben, vor allem an meine Schwester {F1} und an {P2}, ohne den der Umbau
nie rechtzeitig fertig geworden wäre. Kommt vorbei, es gibt Kaffee und Kuchen! ☕🍰
#Eröffnung #Handgemacht #Wochenmarkt

👍❤️ {P4}, {P1} und 248 weitere          37 Kommentare · 12 Mal geteilt

{P1}
So stolz auf dich, Schwesterherz!!! ❤️❤️
   Gefällt mir · Antworten · 2 Std.

{P2}
War mir eine Ehre 💪 Aber nächstes Mal bitte keine Altbaudecken mehr 😅
   Gefällt mir · Antworten · 1 Std.
   ↳ {P3}: @{F2} versprochen 😂

{PX4}
Alles Gute, wir kommen am Samstag mit den Kindern!
   Gefällt mir · Antworten · 45 Min.
"""

HELD["projektteam_markdown"] = """
# Projektsteckbrief: Einführung Zeiterfassung

**Auftraggeber:** {ORG}
**Projektleitung:** {P1} ({EMAIL1})
**Stand:** {DATE}

## Team

| Rolle                  | Name           | Standort  | Erreichbarkeit |
|------------------------|----------------|-----------|----------------|
| Projektleitung         | {P1}           | {CITY}    | {PHONE}        |
| Fachbereich Personal   | {PC3}          | {CITY}    | Mo–Do          |
| IT / Schnittstellen    | {PC2}          | {CITY2}   | {PHONE2}       |
| Betriebsrat            | {IN4}          | {CITY}    | nach Absprache |

## Meilensteine

| Nr. | Meilenstein               | Termin    | Verantwortlich |
|-----|---------------------------|-----------|----------------|
| M1  | Pflichtenheft abgenommen  | {DATE}    | {L1}           |
| M2  | Pilotbetrieb Werk Süd     | {DATE2}   | {L2}           |
| M3  | Rollout alle Standorte    | Q{NUM}    | {F1}/{F2}      |

> Hinweis von {F3}: Die Betriebsvereinbarung muss vor M2 unterschrieben sein.
"""

HELD["neg_fahrplan"] = """
FAHRPLAN – BUSLINIE 512
Bahnhof – Krankenhaus – Industriegebiet Nord
Gültig ab {YEAR}

MONTAG BIS FREITAG
Haltestelle                    |  Fahrt 1 | Fahrt 2 | Fahrt 3 | Fahrt 4
-------------------------------+----------+---------+---------+--------
Bahnhof (Bussteig C)           |  05:42   |  06:12  |  06:42  |  07:12
Marktplatz                     |  05:47   |  06:17  |   ...   |   ...
Krankenhaus Haupteingang       |  05:55   |  06:25  |   ...   |   ...
Schulzentrum                   |    |     |  06:31  |   ...   |   ...
Gewerbepark Ost                |  06:04   |  06:36  |   ...   |   ...
Industriegebiet Nord           |  06:10   |  06:42  |   ...   |   ...

SAMSTAG, SONN- UND FEIERTAGE
Stündlicher Takt ab {TIME} Uhr. Rufbus nach Vorbestellung (mind. 60 Min. vorher).

ZEICHENERKLÄRUNG
  |   Bus hält nicht
  S   nur an Schultagen
  F   verkehrt nicht am 24.12. und 31.12.

Fahrscheine erhalten Sie im Bus, am Automaten oder per App. Einzelfahrt 2,90 €, Tageskarte 6,50 €.
Änderungen vorbehalten. Bitte beachten Sie die Aushänge an den Haltestellen.
"""

HELD["neg_hausordnung"] = """
HAUSORDNUNG

§ 1  RUHEZEITEN
     Mittagsruhe von 12:00 bis 15:00 Uhr, Nachtruhe von 22:00 bis 07:00 Uhr.
     An Sonn- und Feiertagen ist ganztägig Rücksicht zu nehmen.

§ 2  TREPPENHAUS UND KELLER
     Fluchtwege freihalten! Kinderwagen, Schuhe und Fahrräder dürfen nicht im
     Treppenhaus abgestellt werden. Keller- und Dachbodentüren stets verschließen.

§ 3  REINIGUNG
     Die Reinigung der Treppe erfolgt wöchentlich im Wechsel laut Aushang.
     Winterdienst: Gehweg bis 07:00 Uhr räumen und streuen.

§ 4  MÜLLTRENNUNG
     Restmüll – graue Tonne          Papier – blaue Tonne
     Verpackungen – Gelber Sack      Bioabfall – braune Tonne
     Sperrmüll nur nach Anmeldung beim Entsorgungsbetrieb.

§ 5  GRILLEN UND BALKON
     Grillen mit Holzkohle ist auf Balkonen und Terrassen untersagt.
     Blumenkästen sind innen anzubringen.

§ 6  HAUSTIERE
     Hunde sind im Treppenhaus an der Leine zu führen.

Bei Verstößen behält sich die Verwaltung Maßnahmen nach dem Mietvertrag vor.
DIE HAUSVERWALTUNG
"""
