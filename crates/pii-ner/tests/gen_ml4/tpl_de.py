"""Deutschsprachige Vorlagen für den vierten mehrsprachigen Generalisierungssatz (gen_ml4).

Die Vorlagen sind frei auf Deutsch geschrieben und ahmen echte Schriftstücke aus Deutschland,
Österreich und der Schweiz nach: Briefe, E-Mails und E-Mail-Verläufe, Formulare, Personal-,
Arzt-, Gerichts- und Notarunterlagen, Schulzeugnisse, Miet- und Versicherungsunterlagen,
Rechnungen, Protokolle, Datenexporte, Chatverläufe, Tickets, Beiträge in sozialen Netzwerken,
Lokalnachrichten, Traueranzeigen, Lebensläufe, Vereinsblätter, Kleinanzeigen, Dienstpläne und
Register. Jede Person, jeder Ort, jede Anschrift, Organisation, Telefonnummer, E-Mail-Adresse,
jedes Datum und jede Kennung steht als Platzhalter im Text; die Negativvorlagen (`neg_*`) enthalten
keine personenbezogenen Daten. Die Namen sind von Hand zusammengestellte Listen von Vor- und
Familiennamen, die in Deutschland, Österreich und der Schweiz, ihren Nachbarländern und ihren
größeren Einwanderergemeinschaften gebräuchlich sind, von der Art, wie sie als Vornamen- und
Familiennamen-Einträge in Wikidata verzeichnet sind (Wikidata: CC0 1.0); kein Name stammt aus Faker
oder einer anderen Bibliothek für Testdaten. Organisationen und Mail-Domains sind erfunden.

English summary: German-language templates for the fourth multilingual generalization set, written
natively in German after real documents from Germany, Austria and Switzerland (letters, mails and
threads, forms, HR, medical, legal and notarial papers, school reports, leases and insurance claims,
invoices, minutes, CSV/TSV/JSON/XML exports, chats, tickets, social posts, local news, obituaries,
CVs, club newsletters, classifieds, rosters, registers), split into a tune half and a held-out half,
each with two negative templates free of personal data. The name lists are hand-compiled lists of
given and family names common in the German-speaking countries, their neighbours and their larger
immigrant communities (Turkish, Kurdish, Polish, Ukrainian and Russian-German, Romanian, Bosnian and
Croatian, Kosovo-Albanian, Arab, Afghan, Eritrean, West African, Vietnamese), of the kind recorded as
Wikidata given-name / family-name items (Wikidata: CC0 1.0); none are from Faker or any fake-data
library. Organisations and mail domains are invented.
"""

GIVEN_F = [
    # Deutschland (Nord, Mitte, Ost), auch ältere Generation
    "Liselotte", "Friederike", "Ortrud", "Ingeborg", "Britta", "Jette", "Malin", "Fenja", "Tabea",
    "Heidrun", "Gundula", "Mechthild", "Ehrentraud", "Friedlinde", "Uta", "Wibke", "Insa", "Tomke",
    "Gesa", "Swantje", "Rieke", "Leni", "Karla", "Christin", "Edda", "Tilda", "Hedda", "Kirsten",
    "Bente", "Hilke", "Meike", "Wencke", "Telse", "Elsbeth", "Marei", "Ilka", "Doreen", "Mandy",
    "Peggy", "Ramona", "Annelie", "Amelie", "Christiane", "Lina", "Hanna", "Jule",
    "Lea-Amelie", "Emma-Liv",
    # Bayern, Österreich, Schweiz
    "Hermine", "Notburga", "Kunigunde", "Elfriede", "Sieglinde", "Traudl", "Burgl", "Zenzi",
    "Liesel", "Vreni", "Corina",
    # türkisch, kurdisch
    "Gülay", "Sevgi", "Nurcan", "Hülya", "Sibel", "Serap", "Aylin", "Nesrin", "Filiz", "Tuba",
    "Şükran", "Berfin", "Rojda", "Dilan",
    # polnisch, ukrainisch, russlanddeutsch
    "Ewelina", "Joanna", "Beata", "Urszula", "Krystyna", "Danuta", "Marzena", "Elżbieta",
    "Tetjana", "Walentina", "Kateryna", "Nataliia",
    # bosnisch, kroatisch, serbisch, kosovo-albanisch
    "Snježana", "Vesna", "Amra", "Emina", "Azra", "Mersiha", "Selma", "Nermina", "Edina",
    "Arta", "Besa", "Fjolla", "Shqipe", "Vjosa", "Arbnora", "Liridona",
    # arabisch, afghanisch, eritreisch, westafrikanisch, vietnamesisch
    "Hiba", "Rasha", "Dalia", "Yara", "Ghada", "Hanan", "Mariam", "Freshta", "Parwana", "Senait",
    "Abena", "Akosua", "Efua", "Ngozi", "Trang", "Thanh Huong",
]

GIVEN_M = [
    # Deutschland
    "Eckhard", "Gunther", "Ingo", "Bent", "Ottokar", "Wigbert", "Gerold", "Ansgar", "Hubertus",
    "Theodor", "Kuno", "Arnulf", "Bodo", "Enno", "Tjark", "Okko", "Folkert", "Ubbo", "Remmer",
    "Maik", "Ronny", "Joachim", "August", "Hinrich", "Ewald", "Erwin", "Benno", "Arno", "Meinhard",
    "Burkhard", "Ulf", "Thorsten", "Heiko", "Olaf", "Armin", "Ruven", "Thies", "Jörn", "Arne",
    "Silvio", "Wilhelm", "Nils", "Bjarne", "Piet", "Eike", "Frerk", "Kord", "Wulf", "Henning",
    "Jobst", "Hajo", "Tammo", "Edzard", "Bernhard", "Otto", "Jannis", "Mika", "Claas", "Rolf", "Udo",
    "Ralf", "Gunnar", "Detlev", "Lennart", "Mathis", "Jannes", "Jochen", "Achim", "Rolf-Peter",
    # Bayern, Österreich, Schweiz
    "Ignaz", "Balthasar", "Sepp", "Urban", "Gallus", "Ueli", "Pirmin", "Niklaus", "Andri",
    # türkisch, kurdisch
    "Ömer", "Ercan", "Tayfun", "Levent", "Onur", "Tuncay", "Ufuk", "Sinan", "Kaan", "Hasan",
    "Halil İbrahim", "Muhammed Emin", "Rojhat", "Dilovan", "Azad",
    # polnisch, ukrainisch, russlanddeutsch, rumänisch
    "Bartosz", "Kazimierz", "Ryszard", "Henryk", "Leszek", "Mariusz", "Jacek", "Andrii", "Serhii",
    "Volodymyr", "Witali", "Gennadi", "Artjom", "Viorel", "Costel",
    # bosnisch, kosovo-albanisch
    "Sead", "Damir", "Senad", "Emir", "Mirza", "Admir", "Nermin", "Bujar", "Kujtim", "Flamur",
    "Ardian",
    # arabisch, afghanisch, eritreisch, westafrikanisch, vietnamesisch
    "Ammar", "Wassim", "Yassin", "Abdullah", "Mirwais", "Rahim", "Abdul Wahid", "Yonas", "Kwame",
    "Kofi", "Kwabena", "Chinedu", "Emeka", "Van Thanh",
]

FAMILY = [
    # Norddeutschland, Ostfriesland, Westfalen
    "Ostendorf", "Dierks", "Lüdemann", "Bruns", "Wübbena", "Oltmanns", "Gerdes", "Eilers", "Tjaden",
    "Poppinga", "Ulferts", "Rademacher", "Brockmann", "Hüsken", "Niehaus", "Pöppelmann",
    "Hüttemann", "Harms", "Brodersen", "Clausen", "Diekmann", "Rohwer", "Hinrichs",
    # Mitte, Westen, Osten; einige zugleich Berufs- oder Alltagswörter
    "Kühn", "Scholl", "Breitenbach", "Esser", "Lützenkirchen", "Leutheusser", "Töpfer", "Kämmerer",
    "Dreher", "Seiler", "Wagenknecht", "Gebhardt", "Heilmann", "Kürten", "Olbrich", "Hildebrandt",
    # Bayern, Österreich
    "Pfaffinger", "Niedermeier", "Stangl", "Zehetner", "Jungwirth", "Pointner", "Kirchmair",
    "Gstrein", "Falkner", "Schöpf", "Tschofen", "Vonier", "Brandauer", "Ebersberger", "Hinterhuber",
    "Oberleitner", "Steinbichler", "Hämmerle", "Kofler", "Zangerl", "Thaler", "Haslinger", "Ebner",
    "Reisinger", "Bachmaier", "Pernkopf", "Holzinger",
    # Schweiz, auch Allianznamen
    "Zwicky", "Tobler", "Hunziker", "Bärtschi", "Schürch", "Gfeller", "Lüthi", "Bürki", "Tschanz",
    "Hostettler", "Stucki", "Wüthrich", "Inäbnit", "Gmür", "Odermatt", "Niederberger", "Zumstein",
    "Caflisch", "Cadonau", "Casutt", "Bärtschi-Lüthi", "Hüsken-Brockmann",
    # mit Namenszusatz
    "von Bredow", "von Oertzen", "zu Putlitz", "ter Hürne", "von der Ohe", "von Alvensleben",
    "von Rochow", "van Lessen",
    # türkisch
    "Kaplan", "Acar", "Ateş", "Uçar", "Başaran", "Demirtaş", "Keskin", "Taşdemir", "Yüksel", "Aktaş",
    # polnisch
    "Zieliński", "Kamiński", "Grabowski", "Wiśniewski", "Szymański", "Dąbrowski", "Piontek",
    "Majewski", "Olszewski", "Stępień", "Kubiak",
    # ukrainisch, russlanddeutsch (mennonitisch), rumänisch
    "Savchenko", "Rudenko", "Marchenko", "Hnatiuk", "Ediger", "Sawatzky", "Reimer", "Unruh", "Rempel",
    "Rusu",
    # bosnisch, kroatisch, serbisch, kosovo-albanisch
    "Delić", "Omerović", "Husić", "Perić", "Lukić", "Tomić", "Begić", "Hasani", "Salihu", "Zeqiri",
    # arabisch, afghanisch, eritreisch, westafrikanisch, vietnamesisch, griechisch
    "Al-Khatib", "Hamdan", "Darwish", "Othman", "Mansour", "Ahmadzai", "Popal", "Stanikzai",
    "Sultani", "Hakimi", "Tesfamariam", "Ghebremedhin", "Mensah", "Owusu", "Asante", "Okonkwo",
    "Adeyemi", "Duong", "Phan", "Papadopoulos",
]

CITIES = [
    # Deutschland
    "Castrop-Rauxel", "Bietigheim-Bissingen", "Garmisch-Partenkirchen", "Halle (Saale)",
    "Frankfurt (Oder)", "Bad Tölz", "Neustadt an der Weinstraße", "Villingen-Schwenningen",
    "Mülheim an der Ruhr", "Rheda-Wiedenbrück", "Husum", "Aurich", "Zwiesel", "Wolfenbüttel",
    "Eisenhüttenstadt", "Greifswald", "Cottbus", "Gelsenkirchen", "Pforzheim", "Bamberg", "Passau",
    "Rosenheim", "Hameln", "Gießen", "Plauen", "Zittau", "Meiningen", "Wittenberge", "Leer",
    "Sankt Wendel", "Lübben (Spreewald)", "Bergisch Gladbach", "Schwäbisch Hall",
    "Pfaffenhofen an der Ilm", "Ostfildern", "Nordhorn", "Dinkelsbühl", "Wernigerode",
    # Österreich
    "Dornbirn", "Wels", "Leoben", "Villach", "Sankt Pölten", "Wiener Neustadt", "Bruck an der Mur",
    "Klagenfurt am Wörthersee",
    # Schweiz
    "Winterthur", "Aarau", "Chur", "Schaffhausen", "Frauenfeld", "Rapperswil-Jona", "Langenthal",
    "Burgdorf",
]

STREETS = [
    "Lindenallee", "Am Mühlbach", "Hauptstraße", "Kirchgasse", "Schillerstraße", "Bahnhofstraße",
    "Im Winkel", "Zum Kiesgrund", "An der Schleifmühle", "Rosenweg", "Kastanienweg",
    "Hinter den Höfen", "Alte Poststraße", "Ulmer Straße", "Friedrich-Ebert-Straße",
    "Dr.-Wilhelm-Külz-Straße", "Gartenstraße", "Obere Bachgasse", "Sonnenhalde", "Weinbergweg",
    "Rathausplatz", "Auf der Heide", "Mozartgasse", "Zürcherstrasse", "Dorfstrasse",
    "Bürgermeister-Smidt-Straße", "Lerchenfeldstraße", "Gänsemarkt", "Unterer Graben", "Ringstraße",
    "Am Sportplatz", "Heideweg", "Industriestraße", "Hohlweg", "Fischerstraße",
]

ORGS = [
    # Firmen mit Rechtsform
    "Elbtaler Haustechnik GmbH", "Nordlicht Logistik GmbH & Co. KG", "Quellwerk Software AG",
    "Kanzlei Falkenried Rechtsanwälte PartGmbB", "Steuerberatung Weitblick GmbH",
    "Autohaus Sternkamp GmbH", "Hausverwaltung Ahornhof GmbH", "Druckerei Tintenfass OHG",
    "Elektro Funkenflug GmbH", "Zimmerei Eichholz GbR", "Getränke Sprudelhof GmbH",
    "Gärtnerei Blütezeit KG", "Brauerei Hopfenstolz AG", "Holzbau Fichtenberg Ges.m.b.H.",
    "Helvetrust Versicherungen AG", "Alpgrat Bergbahnen AG", "Kfz-Meisterbetrieb Kolbenring",
    "Sanitätshaus Lindgrün e.K.",
    # Läden, Praxen, Kliniken
    "Bäckerei Kornblume", "Landmetzgerei Grünwiese", "Friseursalon Haarmonie", "Optik Klarblick",
    "Apotheke am Lindenbrunnen", "Gemeinschaftspraxis Kastanienhof", "Zahnärzte am Ostpark",
    "Praxis für Physiotherapie am Mühlentor", "Kinderarztpraxis Regenbogen",
    "Tierarztpraxis Pfotenglück", "Kreisklinik Hohenfelde", "Pflegedienst Herzenswärme gUG",
    # Schulen, Vereine, Stiftungen, Genossenschaften, Behörden
    "Grundschule am Weidengrund", "Städtisches Gymnasium Nordtor", "Musikschule Klangwerk e.V.",
    "TSV Eintracht Holmbach 1912 e.V.", "SV Blau-Weiß Kranichsee e.V.",
    "Förderverein Kita Sonnenkäfer e.V.", "Kleingartenverein Abendrot e.V.", "Tafel Nordufer e.V.",
    "Stiftung Lesezeit", "Wohnungsbaugenossenschaft Lichtblick eG",
    "Genossenschaft Wohnen im Grünhof", "Stadtwerke Ahlbrunn GmbH", "Sparkasse Talmark",
    "Evangelische Kirchengemeinde Friedenshöhe", "Amt für Bürgerdienste Kreis Rabenfeld",
]

MAIL_DOMAINS = [
    "briefkranich.de", "mailwiese.de", "postfuchs.at", "talmark-mail.de", "schneefink.ch",
    "kolibrinet.de", "netzhafen.de", "wolkenpost.eu",
]

TUNE = {}
HELD = {}

# ================================================================================================
# TUNE
# ================================================================================================

TUNE["brief_mieterhoehung"] = """
{ORG}
Hausverwaltung · {ADDR2}
Telefon {PHONE} · {EMAIL2}

{ORG} · {ADDR2}

Frau
{P1}
{ADDR}

                                                      {CITY}, den {DATE}

Mieterhöhungsverlangen nach § 558 BGB
Mietobjekt: {ADDR}, 2. OG links
Unser Zeichen: {NUM}

Sehr geehrte Frau {L1},

die Nettokaltmiete für die von Ihnen gemietete Wohnung ist seit mehr als fünfzehn Monaten
unverändert. Wir bitten Sie daher, einer Erhöhung der monatlichen Nettokaltmiete um {AMT} €
zuzustimmen. Die ortsübliche Vergleichsmiete ergibt sich aus dem qualifizierten Mietspiegel;
die Einordnung Ihrer Wohnung haben wir in der Anlage erläutert.

Die erhöhte Miete wäre erstmals ab dem {DATE2} zu zahlen. Bitte senden Sie uns die beigefügte
Zustimmungserklärung bis zum Ablauf des zweiten Kalendermonats nach Zugang dieses Schreibens
unterschrieben zurück. Für Rückfragen steht Ihnen Ihr Objektbetreuer, Herr {L2}, gern zur
Verfügung.

Mit freundlichen Grüßen

i. A. {P2}
Objektbetreuung

Anlagen: Zustimmungserklärung, Auszug Mietspiegel
"""

TUNE["email_besichtigung_absage"] = """
Betreff: Absage Besichtigung – Ihre Anzeige {NUM}
Von: {P3} <{EMAIL3}>
Datum: {DATE}, {TIME}
An: {P2} <{EMAIL2}>

Hallo Herr {L2},

leider muss ich unseren Termin zur Besichtigung der Scheune absagen, unsere Kleine hat seit
heute Nacht Fieber und ich möchte sie nicht allein lassen.

Würde Ihnen stattdessen der {DATE2} passen? Ich könnte ab {TIME} Uhr in {CITY} sein und würde
meinen Mann mitbringen, der sich die Dachbalken gern genauer ansehen möchte.

Falls Ihnen das nicht passt, erreichen Sie mich am besten mobil unter {PHONE}.

Viele Grüße
{P3}

--
Gesendet von meinem Mobilgerät
"""

TUNE["email_thread_werkstatt"] = """
Von: {P2} <{EMAIL2}>
Gesendet: {DATE} {TIME}
An: {EMAIL1}
Cc: {P4} <{EMAIL4}>
Betreff: AW: AW: Rechnung {NUM} – Inspektion

Hallo Frau {L1},

die Gutschrift ist heute rausgegangen. Mein Kollege Herr {L4} hat die doppelt berechnete
Position storniert, der Betrag von {AMT} € wird Ihnen in den nächsten Tagen gutgeschrieben.
Entschuldigen Sie bitte das Durcheinander.

Freundliche Grüße aus der Werkstatt
{IN2}
Serviceannahme
{ORG}
Tel. {PHONE}

-----Ursprüngliche Nachricht-----
Von: {P1} <{EMAIL1}>
Gesendet: {DATE2}
An: {P2} <{EMAIL2}>
Betreff: AW: Rechnung {NUM} – Inspektion

Guten Tag Herr {L2},

danke für die schnelle Zusendung. Auf der Rechnung steht die Position „Bremsflüssigkeit
erneuern“ allerdings zweimal. Könnten Sie das bitte prüfen?

Gruß
{F1} {L1}

> Sehr geehrte Frau {L1},
>
> anbei erhalten Sie die Rechnung zur Inspektion Ihres Fahrzeugs.
> Zahlbar innerhalb von 14 Tagen ohne Abzug auf das Konto {IBAN}.
>
> Mit freundlichen Grüßen
> {P2}
"""

TUNE["formular_anmeldung"] = """
ANMELDUNG BEI DER MELDEBEHÖRDE
Meldebehörde: Bürgeramt {CITY}

Tag des Einzugs ................................ {DATE}
Neue Wohnung (Straße, Hausnr., PLZ, Ort) ....... {ADDR}
Bisherige Wohnung .............................. {ADDR2}

Die neue Wohnung ist   [X] alleinige Wohnung   [ ] Hauptwohnung   [ ] Nebenwohnung

Person 1
  Familienname ................................. {L1}
  Vornamen (Rufname unterstreichen) ............ {F1}
  Geburtsdatum ................................. {DOB}
  Geburtsort ................................... {CITY2}
  Geschlecht ................................... weiblich
  Familienstand ................................ ledig
  Religionszugehörigkeit ....................... rk
  Telefon (freiwillige Angabe) ................. {PHONE}
  E-Mail (freiwillige Angabe) .................. {EMAIL1}

Person 2 (Kind)
  Familienname ................................. {L2}
  Vornamen ..................................... {F2}
  Geburtsdatum ................................. {DATE2}
  Geschlecht ................................... männlich
  Religionszugehörigkeit ....................... –

Wohnungsgeberbestätigung liegt vor: ja, ausgestellt von {ORG}

{CITY}, {DATE}                              ..................................
                                            Unterschrift der meldepflichtigen
                                            Person ({PC1})
"""

TUNE["arbeitsvertrag"] = """
ARBEITSVERTRAG

zwischen

{ORG}, {ADDR},
vertreten durch die Geschäftsführerin Frau {P3}
                                                  – nachfolgend „Arbeitgeber“ –
und

Herrn {P2}, geboren am {DOB},
wohnhaft {ADDR2}
                                                  – nachfolgend „Arbeitnehmer“ –

§ 1 Beginn und Tätigkeit
(1) Das Arbeitsverhältnis beginnt am {DATE}. Herr {L2} wird als Fachkraft für Lagerlogistik
am Standort {CITY} eingestellt.
(2) Die ersten sechs Monate gelten als Probezeit. Während der Probezeit kann das
Arbeitsverhältnis mit einer Frist von zwei Wochen gekündigt werden.

§ 2 Arbeitszeit
Die regelmäßige wöchentliche Arbeitszeit beträgt 38,5 Stunden. Beginn und Ende der täglichen
Arbeitszeit richten sich nach dem jeweils gültigen Schichtplan.

§ 3 Vergütung
Der Arbeitnehmer erhält ein monatliches Bruttogehalt von {AMT} €, zahlbar jeweils zum
Monatsende auf folgendes Konto: IBAN {IBAN}.

§ 4 Urlaub
Der Arbeitnehmer hat Anspruch auf 28 Arbeitstage Erholungsurlaub im Kalenderjahr.

§ 5 Vorgesetzte
Fachlich und disziplinarisch ist der Arbeitnehmer der Schichtleiterin Frau {IN1} unterstellt.

{CITY}, den {DATE2}

_____________________________          _____________________________
{P3}                                   {P2}
Geschäftsführung                       Arbeitnehmer
"""

TUNE["arbeitszeugnis"] = """
{ORG}
Personalabteilung

                              ARBEITSZEUGNIS

Frau {P1}, geboren am {DOB}, war vom {DATE} bis zum {DATE2} in unserem Unternehmen als
Sachbearbeiterin in der Kreditorenbuchhaltung tätig.

Zu den Aufgaben von Frau {L1} gehörten insbesondere:

  – Prüfung, Kontierung und Freigabe eingehender Rechnungen
  – Abstimmung der Kreditorenkonten zum Monats- und Jahresabschluss
  – Vorbereitung des Zahlungsverkehrs
  – Einarbeitung neuer Kolleginnen und Kollegen

Frau {L1} verfügt über ein umfassendes und fundiertes Fachwissen, das sie stets sicher und
zielgerichtet einsetzte. Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten
Zufriedenheit. Besonders hervorheben möchten wir ihre Mitarbeit im Projekt zur Einführung der
elektronischen Rechnungsverarbeitung unter der Leitung von Herrn {P4}.

Ihr Verhalten gegenüber Vorgesetzten, Kollegen und externen Partnern war stets einwandfrei.

Frau {L1} verlässt uns auf eigenen Wunsch. Wir bedauern ihr Ausscheiden sehr, danken ihr für die
stets sehr gute Zusammenarbeit und wünschen ihr für ihren weiteren Berufs- und Lebensweg alles
Gute und weiterhin viel Erfolg.

{CITY}, {DATE2}


{P3}
Leiterin Personal
"""

TUNE["ueberweisungsschein"] = """
Krankenkasse bzw. Kostenträger                          Überweisungsschein
{ORG2}
Name, Vorname des Versicherten                          [ ] Kurativ  [ ] Präventiv
{PC1}                                                   [ ] bei belegärztl. Behandlung
{ADDR}
                                     geb. am {DOB}      Quartal: 2   Geschlecht: W

Überweisung an: Orthopädie / Unfallchirurgie

[ ] Ausführung von Auftragsleistungen   [ ] Konsiliaruntersuchung   [X] Mit-/Weiterbehandlung

Diagnose/Verdachtsdiagnose:
  M54.5 G  Kreuzschmerz, seit ca. 6 Wochen, ausstrahlend ins linke Bein

Befund/Medikation:
  Nervendehnungszeichen links bei 60° positiv, keine Paresen. Ibuprofen 600 bei Bedarf,
  Physiotherapie (6x) ohne wesentliche Besserung.

Auftrag:
  Bitte um Mitbeurteilung, ggf. MRT der LWS.

Datum: {DATE}
                                          Praxis Dr. med. {P4}
                                          Facharzt für Allgemeinmedizin
                                          {ADDR2}
                                          Tel. {PHONE}
"""

TUNE["laborbefund"] = """
Labor: {ORG}
Einsenderin: Dr. med. {P3}, {ADDR}

LABORBEFUND                                          Auftragsnummer: {NUM}

Patient/in:   {PU1}
geb.:         {DOB}
Eingang:      {DATE}  {TIME}
Befundet:     {DATE2}

Parameter            Ergebnis    Einheit     Referenzbereich
--------------------------------------------------------------
Hämoglobin           11,2  *     g/dl        12,0 – 16,0
Leukozyten            7,4        /nl          3,9 – 10,2
Thrombozyten          268        /nl          150 – 370
Ferritin                9  *     µg/l          15 – 150
TSH basal             2,1        mU/l        0,27 – 4,2
CRP                 < 0,5        mg/dl          < 0,5

*  außerhalb des Referenzbereichs

Kommentar: Befundkonstellation vereinbar mit Eisenmangel. Verlaufskontrolle in 8–12 Wochen
empfohlen.

Technisch und medizinisch validiert: {IN4}, Facharzt für Laboratoriumsmedizin
Rückfragen unter {PHONE}
"""

TUNE["vollmacht_post"] = """
                                  VOLLMACHT

Hiermit bevollmächtige ich,

    {P1}
    geboren am {DOB}
    wohnhaft {ADDR},

meinen Nachbarn

    Herrn {P2}
    wohnhaft {ADDR2},

mich gegenüber {ORG} in allen Angelegenheiten meines Vertrages Nr. {NUM} zu vertreten,
insbesondere Sendungen und Einschreiben für mich entgegenzunehmen, Auskünfte einzuholen und
Kündigungen auszusprechen.

Die Vollmacht gilt bis zum {DATE} und kann jederzeit widerrufen werden. Herr {L2} ist nicht
berechtigt, Untervollmacht zu erteilen.

{CITY}, den {DATE2}


.............................................
Unterschrift der Vollmachtgeberin

Ich nehme die Vollmacht an:

.............................................
{IN2}
"""

TUNE["zeugnis_grundschule"] = """
{ORG}

                                  Z E U G N I S
                         Schuljahr {YEAR} · 1. Halbjahr

für   {P1}                                     Klasse 3b

Arbeits- und Sozialverhalten
{F1} arbeitet im Unterricht aufmerksam mit und bringt sich gern mit eigenen Ideen ein.
Aufgaben erledigt sie sorgfältig, braucht bei längeren Texten aber manchmal eine Erinnerung,
bei der Sache zu bleiben. In der Klassengemeinschaft ist {F1} beliebt und hilfsbereit.

Leistungen in den Fächern
  Deutsch ............................ gut
  Mathematik ......................... sehr gut
  Sachunterricht ..................... gut
  Englisch ........................... befriedigend
  Musik .............................. gut
  Kunst .............................. sehr gut
  Sport .............................. gut
  Religionslehre ..................... gut

Versäumte Tage: 4        davon unentschuldigt: 0

Bemerkungen: {F1} nimmt regelmäßig an der Theater-AG teil.

{CITY}, den {DATE}

________________________               ________________________
{P3}                                   {P4}
Klassenlehrerin                        Schulleiter

Kenntnis genommen: ____________________ (Erziehungsberechtigte)
"""

TUNE["mietvertrag"] = """
WOHNRAUMMIETVERTRAG

§ 1 Vertragsparteien
Vermieterin:  {ORG}, vertreten durch {P4}, {ADDR2}
Mieter:       {P1} und {P2}

§ 2 Mietsache
(1) Vermietet wird die Wohnung im Haus {ADDR}, Erdgeschoss rechts, bestehend aus 3 Zimmern,
Küche, Bad/WC, Flur und Balkon, sowie das Kellerabteil Nr. 7.
(2) Die Wohnfläche beträgt ca. 74 m².

§ 3 Mietzeit
Das Mietverhältnis beginnt am {DATE} und läuft auf unbestimmte Zeit.

§ 4 Miete und Betriebskosten
  Grundmiete ................................ {AMT} €
  Vorauszahlung Betriebskosten .............. 210,00 €
  Vorauszahlung Heizung/Warmwasser ........... 95,00 €
Die Miete ist monatlich im Voraus, spätestens bis zum dritten Werktag, auf das Konto
IBAN {IBAN} zu zahlen.

§ 5 Mietsicherheit
Die Mieter leisten eine Kaution in Höhe von drei Nettokaltmieten.

§ 12 Schlüssel
Übergeben am {DATE2} an Frau {L1}: 3 Haus-/Wohnungsschlüssel, 2 Briefkastenschlüssel.

{CITY}, {DATE2}

______________________        ______________________   ______________________
Vermieterin                   Mieterin                 Mieter
"""

TUNE["rechnung_handwerker"] = """
{ORG} · Meisterbetrieb · {ADDR2}

Herrn
{P2}
{ADDR}
                                                   Telefon: {PHONE}
                                                   Datum:   {DATE}

RECHNUNG Nr. {NUM}
Leistungsort: {ADDR}
Ihr Auftrag vom {DATE2}, ausgeführt durch unseren Monteur {IN4}

Pos. | Menge | Einh. | Bezeichnung                           | Einzelpreis | Gesamt
-----+-------+-------+---------------------------------------+-------------+---------
  1  |  3,5  | Std.  | Monteurstunde Geselle                 |      58,00  |  203,00
  2  |  1    | Stk.  | Spültischarmatur, verchromt           |      89,90  |   89,90
  3  |  2    | Stk.  | Eckventil ½ Zoll                      |       7,40  |   14,80
  4  |  1    | psch. | Anfahrt                               |      35,00  |   35,00
                                           Nettobetrag                       342,70
                                           zzgl. 19 % USt.                    65,11
                                           Rechnungsbetrag                   407,81

Im Rechnungsbetrag sind Lohnkosten in Höhe von 203,00 € enthalten (§ 35a EStG).
Bitte überweisen Sie den Betrag innerhalb von 14 Tagen ohne Abzug auf IBAN {IBAN}.

Vielen Dank für Ihren Auftrag!
"""

TUNE["protokoll_vorstand"] = """
PROTOKOLL
der Vorstandssitzung · {ORG}
am {DATE}, Beginn {TIME} Uhr, Vereinsheim

Anwesend:
  • {P1} (1. Vorsitzende, Sitzungsleitung)
  • {P2} (Kassenwart)
  • {P3} (Schriftführerin)
  • {P4} (Jugendwart)
Entschuldigt: niemand

TOP 1  Begrüßung, Beschlussfähigkeit
Die Vorsitzende begrüßt die Anwesenden und stellt die Beschlussfähigkeit fest. Das Protokoll
der letzten Sitzung wird ohne Änderungen genehmigt.

TOP 2  Kassenbericht
Herr {L2} berichtet über den aktuellen Kassenstand von {AMT} €. Die Rechnung für die Reparatur
der Flutlichtanlage ist noch offen; {F2} klärt mit dem Elektriker die Ratenzahlung.

TOP 3  Sommerfest
{F4} schlägt vor, das Sommerfest gemeinsam mit {ORG2} auszurichten.
Beschluss: einstimmig angenommen. {F3} kümmert sich um die Genehmigung beim Ordnungsamt
{CITY}.

TOP 4  Verschiedenes
Frau {L1} weist darauf hin, dass alle Schlüssel für den Geräteraum bis zum {DATE2} bei ihr
abgegeben werden müssen, da die Schließanlage getauscht wird.

Ende der Sitzung: 21:40 Uhr

Für das Protokoll: {IN3}          Gesehen: {IN1}
"""

TUNE["csv_mitglieder"] = """
Mitgliedsnr;Nachname;Vorname;Geburtsdatum;Anschrift;Telefon;E-Mail;Eintritt;Abteilung;Beitrag
1043;{L1};{F1};{DOB};"{ADDR}";{PHONE};{EMAIL1};{DATE};Turnen;{AMT}
1044;{L2};{F2};;"{ADDR2}";{PHONE2};{EMAIL2};{DATE2};Fußball;
1051;{L3};{F3};;;;{EMAIL3};;Tischtennis;
1052;{L4};{F4};;;;{EMAIL4};{DATE};Fußball;
"""

TUNE["xml_fortbildung"] = """
<?xml version="1.0" encoding="UTF-8"?>
<Teilnehmerliste veranstaltung="Erste Hilfe am Kind" kursnummer="{NUM}">
  <Veranstalter>{ORG}</Veranstalter>
  <Ort>{ADDR2}</Ort>
  <Datum>{DATE}</Datum>
  <Kursleitung>
    <Name>{P4}</Name>
    <Telefon>{PHONE}</Telefon>
  </Kursleitung>
  <Teilnehmer nr="1">
    <Nachname>{L1}</Nachname>
    <Vorname>{F1}</Vorname>
    <Geburtsdatum>{DOB}</Geburtsdatum>
    <Anschrift>{ADDR}</Anschrift>
    <EMail>{EMAIL1}</EMail>
    <Bezahlt>ja</Bezahlt>
  </Teilnehmer>
  <Teilnehmer nr="2">
    <Nachname>{L2}</Nachname>
    <Vorname>{F2}</Vorname>
    <EMail>{EMAIL2}</EMail>
    <Bezahlt>nein</Bezahlt>
    <Bemerkung>Rechnung an {ORG2}</Bemerkung>
  </Teilnehmer>
  <Teilnehmer nr="3">
    <Nachname>{L3}</Nachname>
    <Vorname>{F3}</Vorname>
    <Telefon>{PHONE2}</Telefon>
    <Bezahlt>ja</Bezahlt>
  </Teilnehmer>
</Teilnehmerliste>
"""

TUNE["whatsapp_familie"] = """
{DATE}, 18:42 - {F1}: Hat jemand Mamas Ersatzschlüssel gesehen? 😅
{DATE}, 18:44 - {P2}: Nee. Liegt der nicht immer in der Schublade im Flur?
{DATE}, 18:44 - {F1}: Da ist er nicht, hab alles abgesucht
{DATE}, 18:47 - Tante {F3}: Ich hab ihn!! Hab ihn nach dem Blumengießen eingesteckt 🙈
{DATE}, 18:47 - Tante {F3}: Bring ihn morgen vorbei, bin eh bei {F4} in {CITY}
{DATE}, 18:49 - {F1}: Du bist die Beste ❤️
{DATE}, 18:52 - {P2}: Apropos, wer bringt was zum Geburtstag mit? Ich mach Nudelsalat
{DATE}, 18:53 - {F4}: Getränke übernehm ich. {fl3} machst du wieder den Käsekuchen?
{DATE}, 18:55 - Tante {F3}: Klar 😊
{DATE2}, 07:15 - {F4}: Stehe im Stau, wird eher {TIME}
{DATE2}, 07:16 - {F1}: <Medien ausgeschlossen>
{DATE2}, 07:16 - {F1}: Für alle nochmal die Adresse vom Lokal: {ADDR}
{DATE2}, 07:18 - {P2}: 👍
"""

TUNE["slack_it_kanal"] = """
#it-support

{P3}  {TIME}
Hat noch jemand Probleme mit dem VPN? Ich komme seit dem Update nicht mehr rein 😕

{P2}  {TIME}
jep, ich auch. @{F4} weißt du was?

{P4}  {TIME}
Ja, das Zertifikat ist abgelaufen. Ich rolle gerade ein neues aus, dauert ca. 20 Minuten.
Bis dahin bitte nicht zehnmal neu verbinden, sonst wird der Account gesperrt 🙃

{P3}  {TIME}
Zu spät 🙈 bin gesperrt

{P4}  {TIME}
@{fl3} ich schalte dich frei. Wenn's danach nicht geht, ruf kurz an: {PHONE}

{IN1}  {TIME}
Info von der Teamleitung: die Deadline für den Monatsbericht verschiebt sich auf den {DATE}.
Danke @{F4} fürs schnelle Fixen!
"""

TUNE["ticket_stadtwerke"] = """
Ticket #{NUM}                                     Status: In Bearbeitung
Kategorie: Abrechnung / Lastschrift                Priorität: normal
Erstellt: {DATE} {TIME} über das Kundenportal
Kunde: {PC2}
E-Mail: {EMAIL2}      Telefon: {PHONE}
Zugewiesen an: {IN3} (2nd Level Abrechnung)

--- Nachricht des Kunden ---------------------------------------------------------
Guten Tag,
mir wurde der Abschlag für Strom in diesem Monat doppelt abgebucht. Bitte erstatten Sie den
zu viel eingezogenen Betrag auf mein Konto {IBAN}. Außerdem bin ich umgezogen, meine neue
Anschrift lautet {ADDR}.
{P2}

--- Interne Notiz ({F3}, {DATE2}) -------------------------------------------------
Doppelbuchung bestätigt, Rückerstattung {AMT} € angewiesen. Adressänderung an Team
Stammdaten ({P4}) weitergeleitet. Kunde per Mail informiert.

--- Antwort an Kunden ------------------------------------------------------------
Sehr geehrter Herr {L2},
vielen Dank für Ihre Nachricht. Die doppelte Abbuchung wird Ihnen in den nächsten Tagen
erstattet; Ihre neue Anschrift haben wir hinterlegt.
Freundliche Grüße
Ihr Kundenservice
{ORG}
"""

TUNE["facebook_gruppe"] = """
Gruppe: Du bist aus {CITY}, wenn …

{P1} · {DATE}
Hat heute früh jemand am Kreisel beim Baumarkt eine graue Katze mit rotem Halsband gesehen?
Sie ist seit zwei Tagen weg und eigentlich total ängstlich 😢 Bitte teilen!
👍 37 · 12 Kommentare · 9 Mal geteilt

    {P2}
    Die sitzt seit gestern Abend bei uns im Carport. Wir wohnen {ADDR}, komm gern vorbei.
    Gefällt mir · Antworten · 2 Std.

        {P1}
        DANKE!!! Bin in 10 Minuten da 🙏🙏

    {P3}
    Endlich mal ein schöner Beitrag hier 😄 {P4} hattet ihr nicht letzte Woche auch so eine
    gesucht?
    Gefällt mir · Antworten · 1 Std.

        {P4}
        Nee, unsere ist längst wieder da. Aber danke {F3}!

    {PX2}
    Update: Katze ist abgeholt, alle glücklich 😺
"""

TUNE["pressemitteilung"] = """
PRESSEMITTEILUNG

{ORG} eröffnet zweiten Standort in {CITY}
Rund vierzig neue Arbeitsplätze, Ausbildungsstart bereits im Herbst

{CITY2}, {DATE} – {ORG} wächst weiter: Am {DATE2} öffnet das Unternehmen in {CITY} seinen
zweiten Standort. Auf einer Fläche von rund 3.000 Quadratmetern entstehen Lager, Werkstatt und
ein Schulungszentrum.

„Wir haben lange nach einem passenden Grundstück gesucht und freuen uns, dass wir hier so
offen empfangen wurden“, sagt Geschäftsführerin {P1}. Bürgermeister {P2} sprach bei der
Schlüsselübergabe von einem „wichtigen Signal für den Wirtschaftsstandort“.

Geleitet wird der neue Standort von {P4}, der bisher das Lager in {CITY2} verantwortet hat.
{L4} setzt vor allem auf Nachwuchs aus der Region: Bereits zum Start sollen sechs
Auszubildende beginnen.

Über {ORG}
Das Unternehmen beschäftigt derzeit rund 180 Mitarbeitende.

Pressekontakt
{P3}
Unternehmenskommunikation
Telefon {PHONE}
E-Mail {EMAIL3}
"""

TUNE["traueranzeige"] = """
              In Liebe und Dankbarkeit nehmen wir Abschied von

                              {PX1}
                             geb. {L3}

                      * {DOB}          † {DATE}

            Du hast uns gezeigt, was Zusammenhalt bedeutet.
            Wir werden dich unendlich vermissen.

                      In stiller Trauer
                      {P2}
                      {F3} und {P4} mit den Kindern
                      sowie alle Angehörigen

Die Trauerfeier findet am {DATE2} um {TIME} Uhr in der Friedhofskapelle {CITY} statt.
Anstelle von Blumen bitten wir um eine Spende an {ORG}, IBAN {IBAN},
Stichwort „Abschied {L1}“.

Traueranschrift: {P2}, {ADDR}
"""

TUNE["lebenslauf"] = """
LEBENSLAUF

PERSÖNLICHE DATEN
Name:              {P4}
Anschrift:         {ADDR}
Telefon:           {PHONE}
E-Mail:            {EMAIL4}
Geboren:           {DOB} in {CITY}

BERUFSERFAHRUNG
seit {DATE2}       Teamleiter Disposition
                   {ORG}, {CITY2}
                   – Führung eines Teams von 9 Disponentinnen und Disponenten
                   – Tourenplanung für Nah- und Fernverkehr
zuvor 6 Jahre      Disponent
                   {ORG2}, {CITY}

AUSBILDUNG
{YEAR}             Abschluss Kaufmann für Spedition und Logistikdienstleistung (IHK)
                   Berufsschule und Ausbildungsbetrieb in {CITY}

KENNTNISSE
Sprachen:          Deutsch (Muttersprache), Englisch (verhandlungssicher), Polnisch (Grundkenntnisse)
EDV:               Tourenplanungssoftware, Tabellenkalkulation, Führerschein Klasse C/CE

REFERENZEN
{P3}, ehemalige Vorgesetzte, Telefon {PHONE2}

{CITY2}, {DATE}
{P4}
"""

TUNE["vereinsnachrichten"] = """
VEREINSNACHRICHTEN · Ausgabe 3/{YEAR}
{ORG}

Liebe Mitglieder, liebe Freundinnen und Freunde des Vereins,

was für eine Saison! Bevor es in die Sommerpause geht, hier das Wichtigste in Kürze.

AUS DEN ABTEILUNGEN

Fußball – Die C-Jugend unter Trainer {P2} hat die Meisterschaft in der Kreisliga geholt.
Torschützenkönig wurde {P4} mit 23 Treffern. Glückwunsch, Jungs, und danke an {F2} für die
vielen Fahrdienste!

Turnen – {P1} hat ihre Übungsleiterlizenz erfolgreich abgeschlossen und übernimmt ab sofort
das Eltern-Kind-Turnen. Herzlich willkommen im Trainerteam, {F1}!

Tischtennis – Die Herren steigen leider ab. Abteilungsleiterin {IN3}: „Wir greifen nächstes
Jahr wieder an.“

WIR GRATULIEREN
  zum 70. Geburtstag     {P3}
  zur Goldenen Hochzeit  Eheleute {L4}

TERMINE
  {DATE}     Jahreshauptversammlung, {TIME} Uhr, Vereinsheim
  {DATE2}    Arbeitseinsatz auf dem Sportgelände, bitte Handschuhe mitbringen

Geschäftsstelle: {IN1} · Telefon {PHONE} · {EMAIL1}
"""

TUNE["kleinanzeigen"] = """
KLEINANZEIGEN

ZU VERKAUFEN
Kinderfahrrad 20 Zoll, blau, 7-Gang, gut erhalten, VB 60 €. Abholung in {CITY}.
Tel. {PHONE}

NACHHILFE GESUCHT
Mathe Klasse 9 Realschule, zweimal pro Woche, gern auch online. Meldet euch bei {F3}:
{PHONE2}

ZU VERSCHENKEN
Ca. 40 Umzugskartons, einmal benutzt. Selbstabholung {ADDR}, bei {L2} klingeln.

DANKESCHÖN
Ein herzliches Dankeschön an den ehrlichen Finder meines Geldbeutels, der ihn im Fundbüro
abgegeben hat! {P1}

FERIENWOHNUNG
Gemütliche 2-Zimmer-Wohnung mit Seeblick, Nichtraucher, keine Haustiere, ab {AMT} € pro Nacht.
Anfragen an {EMAIL4}

BEKANNTSCHAFTEN
Sie, 58, naturverbunden, sucht ihn für Wanderungen, Konzerte und gute Gespräche.
Zuschriften unter Chiffre {NUM} an den Verlag.
"""

TUNE["dienstplan_station"] = """
DIENSTPLAN Pflege · Station 3 Innere Medizin · Woche ab {DATE}
Stand: {DATE2}, erstellt von {IN3} (Stationsleitung)

Name                       | Mo | Di | Mi | Do | Fr | Sa | So | Std.
---------------------------+----+----+----+----+----+----+----+-----
{PC1}  | F  | F  | S  | S  | –  | –  | N  | 38,5
{PC2}  | S  | S  | –  | –  | F  | F  | F  | 38,5
{PC3}  | N  | N  | N  | –  | –  | S  | S  | 40,0
{PC4}  | U  | U  | U  | U  | U  | –  | –  | 0,0
Azubi {IN2}  | F  | F  | F  | F  | F  | –  | –  | 39,0

Legende: F = Frühdienst 06:00–14:12 · S = Spätdienst 13:45–21:57 · N = Nachtdienst
         U = Urlaub · – = frei

Tauschwünsche bitte bis {DATE} schriftlich an {F3} oder telefonisch unter {PHONE}.
Krankmeldungen ausschließlich über das Stationstelefon, nicht per Messenger!
"""

TUNE["taufbuch"] = """
KIRCHENBUCH · TAUFEN                                    Pfarramt {CITY}
Jahrgang {YEAR}                                         Lfd. Nr. 17

Name des Täuflings ............ {PC2}
geboren ....................... {DATE} in {CITY2}
getauft ....................... {DATE2}, im Gemeindegottesdienst
Eltern ........................ {P4} und {P1}, geb. {L3}
wohnhaft ...................... {ADDR}
Patin ......................... {P3}
Taufspruch .................... Psalm 91,11
Bemerkungen ................... Taufe im Familienstammbuch eingetragen

Für die Richtigkeit:
{IN1}, Kirchenbuchführerin
"""

TUNE["entschuldigung_schule"] = """
{P1}
{ADDR}
Tel. {PHONE}

An die Klassenleitung der 6c
Herrn {L4}
{ORG}

                                                          {CITY}, {DATE}

Entschuldigung

Sehr geehrter Herr {L4},

mein Sohn {F2} konnte vom {DATE2} an drei Tage lang wegen eines Magen-Darm-Infekts nicht am
Unterricht teilnehmen. Ich bitte, sein Fehlen zu entschuldigen. Die versäumten Hausaufgaben
holt er bei seiner Sitznachbarin {F3} nach.

Den Sporttest kann {F2} leider erst in der nächsten Woche nachschreiben; ein ärztliches Attest
liegt bei.

Mit freundlichen Grüßen

{P1}
"""

TUNE["notar_kaufvertrag"] = """
Urkundenrolle Nr. {NUM}

                           G R U N D S T Ü C K S K A U F V E R T R A G

Verhandelt zu {CITY} am {DATE}.

Vor mir, dem unterzeichnenden Notar

                                  {P4}

mit dem Amtssitz in {CITY}, erschienen heute:

1. Frau {P1}, geboren am {DOB}, wohnhaft {ADDR},
   Steuer-Identifikationsnummer {STEUERID},
   – nachstehend „Verkäuferin“ genannt –

2. Herr {P2}, wohnhaft {ADDR2},
   – nachstehend „Käufer“ genannt –

Die Erschienenen wiesen sich aus durch Vorlage ihrer amtlichen Lichtbildausweise.

§ 1 Grundbuchstand
Im Grundbuch des Amtsgerichts {CITY2} ist die Verkäuferin als Alleineigentümerin des
nachstehend bezeichneten Grundbesitzes eingetragen: Gebäude- und Freifläche, 612 m².

§ 2 Kaufpreis
Der Kaufpreis beträgt {AMT} € und ist binnen zehn Tagen nach Zugang der Fälligkeitsmitteilung
des Notars auf das Konto der Verkäuferin, IBAN {IBAN}, zu zahlen.

§ 3 Besitzübergang
Besitz, Nutzungen und Lasten gehen mit vollständiger Kaufpreiszahlung auf den Käufer über.

Vorgelesen vom Notar, von den Beteiligten genehmigt und eigenhändig unterschrieben:

{P1}                 {P2}                 {P4}, Notar
"""

TUNE["neg_rezept"] = """
Apfelkuchen vom Blech mit Streuseln

Zutaten für ein Backblech
Für den Teig:   400 g Mehl, 1 Würfel frische Hefe, 200 ml lauwarme Milch,
                60 g Zucker, 60 g weiche Butter, 1 Ei, 1 Prise Salz
Für den Belag:  1,5 kg säuerliche Äpfel, Saft einer halben Zitrone, 1 TL Zimt
Für die Streusel: 250 g Mehl, 150 g Zucker, 1 Päckchen Vanillezucker, 175 g kalte Butter

Zubereitung
1. Hefe in der lauwarmen Milch auflösen. Mit Mehl, Zucker, Butter, Ei und Salz zu einem
   glatten Teig verkneten. Zugedeckt an einem warmen Ort 45 Minuten gehen lassen.
2. Äpfel schälen, vierteln, entkernen und in dünne Spalten schneiden. Mit Zitronensaft und
   Zimt vermischen.
3. Für die Streusel alle Zutaten mit den Fingern krümelig verreiben. Kalt stellen.
4. Backofen auf 180 °C Ober-/Unterhitze vorheizen. Teig auf dem gefetteten Blech ausrollen,
   Äpfel darauf verteilen, Streusel darüberstreuen.
5. Im unteren Drittel ca. 40 Minuten goldbraun backen.

Tipp: Dazu passt frisch geschlagene Sahne. Der Kuchen lässt sich gut einfrieren.
Schwierigkeitsgrad: Einfach · Arbeitszeit: 30 Minuten · Ruhezeit: 45 Minuten
"""

TUNE["neg_schienenersatzverkehr"] = """
BAUARBEITEN – SCHIENENERSATZVERKEHR

Linien RE 7 und S 3
Zwischen Hauptbahnhof und Messe/Ost

Wegen Gleis- und Weichenerneuerung fallen die Züge der Linien RE 7 und S 3 zwischen
Hauptbahnhof und Messe/Ost jeweils ab 21:00 Uhr bis Betriebsschluss aus.

Was Sie wissen müssen:
  • Ersatzbusse fahren ab Hauptbahnhof, Bussteig C, im 20-Minuten-Takt.
  • Die Fahrzeit verlängert sich um bis zu 25 Minuten.
  • Fahrradmitnahme in den Ersatzbussen ist leider nicht möglich.
  • Rollstuhlfahrende melden sich bitte vorab beim Mobilitätsservice.

Planen Sie mehr Zeit ein und prüfen Sie Ihre Verbindung kurz vor Fahrtantritt in der
Fahrplanauskunft oder der App „Mein Takt“.

Wir bitten um Ihr Verständnis.
Ihr Verkehrsverbund – Gemeinsam mobil
"""

# ================================================================================================
# HELD
# ================================================================================================

HELD["brief_kuendigung_fitness"] = """
{P2}
{ADDR}

{ORG}
Mitgliederverwaltung
{ADDR2}

                                                             {CITY}, {DATE}

Kündigung meiner Mitgliedschaft – Mitgliedsnummer {NUM}

Sehr geehrte Damen und Herren,

hiermit kündige ich meine Mitgliedschaft fristgerecht zum nächstmöglichen Zeitpunkt. Bitte
bestätigen Sie mir die Kündigung und das Vertragsende schriftlich.

Gleichzeitig widerrufe ich das erteilte SEPA-Lastschriftmandat für mein Konto
{IBAN} mit Wirkung zum Vertragsende.

Ihre Mitarbeiterin Frau {L3} hatte mir am Empfang bereits mitgeteilt, dass eine Kündigung
per Brief ausreicht. Sollten Rückfragen bestehen, erreichen Sie mich unter {PHONE} oder per
E-Mail an {EMAIL2}.

Mit freundlichen Grüßen


{P2}
"""

HELD["email_bewerbung"] = """
Von: {P1} <{EMAIL1}>
Gesendet: {DATE} {TIME}
An: {EMAIL4}
Betreff: Bewerbung als Medizinische Fachangestellte – Kennziffer {NUM}
Anlagen: Anschreiben.pdf; Lebenslauf.pdf; Zeugnisse.pdf

Sehr geehrter Herr Dr. {L4},

mit großem Interesse habe ich Ihre Stellenanzeige gelesen und bewerbe mich hiermit um die
Stelle als Medizinische Fachangestellte in Ihrer Praxis.

Derzeit arbeite ich bei {ORG2} in {CITY2}, wo ich neben der Anmeldung vor allem für die
Terminplanung und das Labor zuständig bin. Da ich mit meiner Familie nach {CITY} ziehe, suche
ich eine neue Herausforderung in Ihrer Nähe. Meine Ausbilderin, Frau {IN3}, steht Ihnen gern
als Referenz zur Verfügung.

Ein frühester Eintrittstermin wäre der {DATE2}. Über eine Einladung zu einem persönlichen
Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
{P1}
{ADDR}
Mobil: {PHONE}
"""

HELD["email_thread_elternbeirat"] = """
Betreff: Re: Re: Spendenlauf – Helferliste
Von: {P4} <{EMAIL4}>
Datum: {DATE} {TIME}
An: {P1} <{EMAIL1}>, {P3} <{EMAIL3}>

Hallo zusammen,

super, dann machen wir es so. Ich frage noch bei {ORG} nach, ob sie wieder Wasser spenden.
{F3}, kannst du die Liste bis Ende der Woche an die Klassenleitungen schicken?

LG {F4}

Am {DATE2} schrieb {P3} <{EMAIL3}>:
> Liebe {F1}, lieber {F4},
>
> ich habe die Helferliste aktualisiert:
>   Start/Ziel:       {P1}, {P2}
>   Verpflegung:      {IN3}, Familie {L4}
>   Rundenzählung:    Klasse 4a und 4b
>
> Herr {L2} bringt wieder den Pavillon mit. Fehlt noch jemand für den Erste-Hilfe-Tisch.
>
> Viele Grüße
> {F3}
>
>> Am {DATE2} schrieb {P1} <{EMAIL1}>:
>> Hallo ihr beiden, wer hat eigentlich die Helferliste vom letzten Jahr noch?
>> {F1}
"""

HELD["schadensmeldung"] = """
SCHADENANZEIGE HAUSRAT-/WOHNGEBÄUDEVERSICHERUNG
Versicherer: {ORG}                       Versicherungsschein-Nr.: {NUM}

1. Versicherungsnehmer/in
   Name, Vorname:        {PC1}
   Anschrift:            {ADDR}
   Telefon tagsüber:     {PHONE}
   E-Mail:               {EMAIL1}
   Bankverbindung IBAN:  {IBAN}

2. Schadenereignis
   Schadentag: {DATE}        Uhrzeit (ca.): {TIME}
   Schadenort: ☒ wie oben   ☐ abweichend: ______________________
   Art:  ☐ Feuer  ☒ Leitungswasser  ☐ Sturm/Hagel  ☐ Einbruchdiebstahl  ☐ Glas

3. Schilderung des Hergangs
   Im Bad der darüberliegenden Wohnung ({P2}) ist ein Schlauch der Waschmaschine geplatzt.
   Das Wasser ist durch die Decke in unser Wohnzimmer gelaufen. Beschädigt sind Laminat,
   Deckenanstrich, ein Sofa und ein Teppich.

4. Wurde die Polizei verständigt?   ☐ ja   ☒ nein
   Wurde der Schaden bereits besichtigt?   ☒ ja, durch Herrn {IN4} ({ORG2}) am {DATE2}

5. Geschätzte Schadenhöhe: {AMT} €

Ich versichere, die vorstehenden Angaben wahrheitsgemäß gemacht zu haben.

{CITY}, {DATE2}                 Unterschrift: ___________________________
"""

HELD["gehaltsabrechnung"] = """
{ORG}
{ADDR2}

Herrn                                       Abrechnung der Brutto/Netto-Bezüge
{P2}                                        Abrechnungsmonat: 06/{YEAR}
{ADDR}                                      Personalnummer: {NUM}

Steuer-ID: {STEUERID}     StKl: 3     Kinderfreibeträge: 1,0     Konfession: –
Eintritt: {DATE}          Geburtsdatum: {DOB}
Kostenstelle: 4100 Lager

Lohnart                         Menge        Betrag €
-----------------------------------------------------
1000 Gehalt                                  3.450,00
1210 Zuschlag Nacht 25 %        14,00 Std.     68,25
1620 VWL Arbeitgeberanteil                     26,59
-----------------------------------------------------
Gesamtbrutto                                 3.544,84

Lohnsteuer                                    312,16
Solidaritätszuschlag                            0,00
Krankenversicherung                           290,67
Rentenversicherung                            329,67
Arbeitslosenversicherung                       46,08
Pflegeversicherung                             60,26
-----------------------------------------------------
Nettobezüge                                  2.506,00
VWL-Überweisung                               -40,00
Auszahlungsbetrag                            {AMT}

Überweisung auf IBAN {IBAN}
Ansprechpartnerin Entgeltabrechnung: {P3}, Tel. {PHONE}
"""

HELD["urlaubsantrag"] = """
URLAUBSANTRAG / ABWESENHEITSMELDUNG

Mitarbeiter/in:   {PU4}                      Abteilung: Vertrieb Innendienst
Personal-Nr.:     {NUM}

Art der Abwesenheit
  [X] Erholungsurlaub      [ ] Sonderurlaub      [ ] Gleitzeit      [ ] Dienstreise

Zeitraum:         vom {DATE} bis {DATE2}
Arbeitstage:      8
Resturlaub vorher: 21    beantragt: 8    Rest nachher: 13

Vertretung:       {P3}   (einverstanden: ✓ {IN3})
Erreichbar:       nein

Datum / Unterschrift Antragsteller:    {DATE}   {L4}

Genehmigung durch Vorgesetzte/n
  [X] genehmigt     [ ] abgelehnt
  Begründung: –
  {P1}, Teamleitung                     Datum: {DATE}

Weiter an Personalabteilung: {IN2}
"""

HELD["onboarding_checkliste"] = """
ONBOARDING-CHECKLISTE
Neue Mitarbeiterin: {P1}
Position: Sachbearbeiterin Einkauf        Eintritt: {DATE}
Führungskraft: {P2}                       Pate/Patin: {P3}

VOR DEM ERSTEN ARBEITSTAG                                   erledigt   durch
[x] Arbeitsvertrag unterschrieben zurück                    ✓          HR ({IN4})
[x] Steuer-ID und Bankverbindung erfasst                    ✓          HR ({IN4})
[x] Laptop, Headset und Zugangskarte bestellt               ✓          IT
[ ] E-Mail-Konto {EMAIL1} anlegen                                      IT
[ ] Schreibtisch im 2. OG vorbereiten                                   {F3}

ERSTER TAG
[ ] Begrüßung durch {L2}, Vorstellung im Team
[ ] Rundgang mit Patin {F3}, Kantine, Erste-Hilfe-Raum
[ ] Sicherheitsunterweisung und Datenschutzschulung
[ ] Mittagessen mit dem Team

ERSTE WOCHEN
[ ] Einarbeitungsplan Lieferantenstamm
[ ] Feedbackgespräch mit {L2} nach vier Wochen ({DATE2})
[ ] Ende der Probezeit im Kalender vermerken

Rückfragen an die Personalabteilung: {PHONE}
"""

HELD["entlassbrief"] = """
{ORG}
Klinik für Innere Medizin · Chefarzt Prof. Dr. med. {P4}

Frau Dr. med. {P3}
{ADDR2}
                                                          {CITY}, {DATE2}

Entlassungsbrief

Sehr geehrte Frau Kollegin {L3},

wir berichten über Ihre Patientin

    {P1}, geb. {DOB}, wohnhaft {ADDR},

die sich vom {DATE} bis zum {DATE2} in unserer stationären Behandlung befand.

Diagnosen:
  – Ambulant erworbene Pneumonie rechts basal
  – Arterielle Hypertonie, medikamentös eingestellt
  – Diabetes mellitus Typ 2

Verlauf:
Frau {L1} wurde über die Notaufnahme mit Fieber und Luftnot aufgenommen. Unter intravenöser
antibiotischer Therapie kam es zu einer raschen Besserung. Die Entzündungswerte waren bei
Entlassung rückläufig.

Medikation bei Entlassung:
  Amoxicillin 1000 mg    1-1-1    noch für 3 Tage
  Ramipril 5 mg          1-0-0
  Metformin 1000 mg      1-0-1

Wir bitten um Kontrolle der Entzündungswerte in einer Woche.

Mit freundlichen kollegialen Grüßen

Prof. Dr. med. {IN4}            {P2}
Chefarzt                         Assistenzarzt
"""

HELD["kassenrezept"] = """
Krankenkasse bzw. Kostenträger
{ORG2}
Name, Vorname des Versicherten                       geb. am
{PC1}                                                {DOB}
{ADDR}

Gebühr frei [ ]   Gebühr pfl. [X]   noctu [ ]   Unfall [ ]   Arbeitsunfall [ ]

Rp. (Bitte Leerräume durchstreichen)
  Pantoprazol 20 mg, 30 magensaftresistente Tabletten N1
  Dosierung: 1-0-0 vor dem Frühstück
  ----------------------------------------------------
  Ibuprofen 400 mg, 20 Filmtabletten N1
  Dosierung: bei Bedarf max. 3x tgl.
  ----------------------------------------------------

Datum: {DATE}
                                        Vertragsarztstempel
                                        Praxis {P2}
                                        Facharzt für Allgemeinmedizin
                                        {ADDR2}
                                        Tel. {PHONE}
"""

HELD["terminerinnerung_sms"] = """
SMS von ORDINATION
{DATE} 16:02

Grüß Gott {P3}! Wir erinnern an Ihren Termin bei Dr. {L4} am {DATE2} um {TIME} Uhr.
Bitte bringen Sie Ihre e-card und die aktuellen Befunde mit.
Absage bitte bis 24 h vorher unter {PHONE}. Ihr Ordinationsteam {ORG}

---

SMS von ORDINATION
{DATE2} 07:30

Guten Morgen {F3}, heute ist Ihre Kontrolle der Blutwerte. Bitte nüchtern kommen!
Nicht antworten, diese Nummer empfängt keine Nachrichten.

---

Antwort an {PHONE}:
Hallo, hier {P1}, ich bringe heute meine Mutter Frau {L3} zum Termin, sie kann nicht
selbst fahren. Ist das ok?
"""

HELD["ladung_gericht"] = """
Amtsgericht {CITY}
Geschäftsnummer: {NUM}
(Bitte bei allen Schreiben angeben)

Herrn
{P2}
{ADDR}
                                                         {CITY}, {DATE}

L A D U N G

In dem Rechtsstreit

{P1}, {ADDR2}                                                    – Klägerin –
Prozessbevollmächtigte: {ORG}

gegen

{P2}, {ADDR}                                                     – Beklagter –

werden Sie zum Termin zur mündlichen Verhandlung geladen auf

    {DATE2}, {TIME} Uhr, Saal 114, Erdgeschoss.

Das persönliche Erscheinen des Beklagten wird angeordnet. Bleiben Sie im Termin aus, kann gegen
Sie ein Ordnungsgeld festgesetzt werden. Als Zeugin ist zu diesem Termin Frau {P3} geladen.

Auf Anordnung
{IN4}, Justizbeschäftigter
als Urkundsbeamter der Geschäftsstelle

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
"""

HELD["polizei_anzeige"] = """
POLIZEIINSPEKTION {CITY}
Vorgangsnummer: {NUM}

STRAFANZEIGE – Sachbeschädigung an Kfz

Anzeigeerstatterin:
  Name, Vorname:    {PC1}
  Geburtsdatum:     {DOB}
  Anschrift:        {ADDR}
  Erreichbarkeit:   {PHONE}

Tatzeit:  in der Nacht zum {DATE}, zwischen 22:00 und {TIME} Uhr
Tatort:   {ADDR2}, Parkplatz hinter dem Haus

Sachverhalt:
Die Anzeigeerstatterin stellte am Morgen fest, dass an ihrem geparkten Pkw beide Außenspiegel
abgetreten und der Lack auf der Fahrerseite zerkratzt worden war. Ein Nachbar, Herr {P2},
will gegen Mitternacht laute Stimmen mehrerer Jugendlicher gehört haben. Der Zeuge {IN4}
(Hausmeister) gab an, die Überwachungskamera des Hauses sei seit Tagen defekt.

Geschätzter Schaden: {AMT} €
Strafantrag gestellt: ja

Aufgenommen: POK {P4}, {DATE}, {TIME} Uhr
Unterschrift Anzeigeerstatterin: {L1}
"""

HELD["testament"] = """
                              Mein Testament

Ich, {P1}, geboren am {DOB}, wohnhaft {ADDR}, bestimme hiermit
im Vollbesitz meiner geistigen Kräfte Folgendes als meinen letzten Willen:

1. Zu meiner Alleinerbin setze ich meine Nichte {P3} ein.

2. Mein Neffe {P2} erhält als Vermächtnis meine Briefmarkensammlung und die Taschenuhr
   meines verstorbenen Mannes.

3. Als Vermächtnis erhält {ORG} einen Betrag von {AMT} €.

4. Sollte meine Nichte vor mir versterben, treten ihre Abkömmlinge an ihre Stelle.

5. Zum Testamentsvollstrecker bestimme ich Herrn Rechtsanwalt {P4}.

Alle früheren Verfügungen von Todes wegen widerrufe ich hiermit.

{CITY}, den {DATE}

{P1}
"""

HELD["elternbrief_klassenfahrt"] = """
{ORG}
Klassenleitung 7b · {P3}

                                                           {CITY}, {DATE}

Liebe Eltern der Klasse 7b,

vom {DATE2} an fahren wir für fünf Tage ins Schullandheim. Die Kosten betragen {AMT} € pro
Kind (Unterkunft mit Vollpension, Busfahrt, Programm). Bitte überweisen Sie den Betrag bis
spätestens zwei Wochen vor Abfahrt auf das Konto des Fördervereins: {IBAN},
Verwendungszweck „Klassenfahrt 7b + Name des Kindes“.

Begleitet werden wir von Herrn {P4} (Sportlehrer) und einer Mutter, Frau {L1}.
Bei finanziellen Schwierigkeiten sprechen Sie mich bitte vertraulich an – niemand soll aus
Kostengründen zu Hause bleiben.

Herzliche Grüße
{IN3}

✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
Rückmeldung bitte bis {DATE} an die Klassenleitung

Name des Kindes: {P2}
[X] Mein Kind nimmt an der Klassenfahrt teil.
[ ] Mein Kind nimmt nicht teil.
Besonderheiten (Allergien, Medikamente): Heuschnupfen
Im Notfall erreichbar unter: {PHONE}

Unterschrift Erziehungsberechtigte/r: {P1}
"""

HELD["klassenliste_tsv"] = """
Klasse	Nr	Name	Vorname	Erziehungsberechtigte	Telefon	E-Mail	Bus
5a	1	{L1}	{F1}	{P3}	{PHONE}	{EMAIL3}	ja
5a	2	{L2}	{F2}	{P4}	{PHONE2}	{EMAIL4}	nein
5a	3	{L3}	{F3}	–		{EMAIL1}	ja
5a	4	{L4}	{F4}	{IN1}			nein
"""

HELD["kassenbon"] = """
         {ORG}
         {ADDR}
         Tel. {PHONE}

Bon-Nr. {NUM}          Kasse 2
{DATE}   {TIME}
Es bediente Sie: {F3}

Vollkornbrot 750 g               3,60 A
Butterbrezel                      1,40 A
Brötchen Sonne x 6                3,90 A
Kaffee to go                      2,80 B
Pfand Mehrwegbecher               1,00 B
---------------------------------------
SUMME EUR                        12,70
Gegeben EC-Karte                 12,70

MwSt     Netto     Steuer     Brutto
A  7 %    8,32      0,58       8,90
B 19 %    3,19      0,61       3,80

Kundenkarte: {PU2}   Bonuspunkte: 12
Vielen Dank für Ihren Einkauf!
"""

HELD["json_personalstamm"] = """
{
  "export": "personalstamm",
  "erstellt_am": "{DATE}",
  "erstellt_von": "{EMAIL3}",
  "mitarbeitende": [
    {
      "personalnummer": "{NUM}",
      "nachname": "{L1}",
      "vorname": "{F1}",
      "geburtsdatum": "{DOB}",
      "anschrift": "{ADDR}",
      "steuer_id": "{STEUERID}",
      "iban": "{IBAN}",
      "eintritt": "{DATE2}",
      "vorgesetzter": "{P2}",
      "standort": "{CITY}"
    },
    {
      "personalnummer": null,
      "nachname": "{L4}",
      "vorname": "{F4}",
      "anschrift": "{ADDR2}",
      "telefon": "{PHONE}",
      "email": "{EMAIL4}",
      "vorgesetzter": "{P3}",
      "standort": "{CITY2}",
      "status": "in Einarbeitung"
    }
  ]
}
"""

HELD["eigentuemerversammlung"] = """
NIEDERSCHRIFT
über die ordentliche Eigentümerversammlung der WEG {ADDR}
am {DATE}, {TIME} Uhr, Gemeinschaftsraum

Versammlungsleitung: {P4} ({ORG})
Protokoll:           {P3}

Anwesenheitsliste
| Einheit | Eigentümer/in            | MEA/1000 | anwesend | vertreten durch |
|---------|--------------------------|----------|----------|-----------------|
| WE 1    | {PC1}  | 212      | ja       |                 |
| WE 2    | {PC2}  | 188      | nein     | {IN1}  |
| WE 3    | {PC3}  | 305      | ja       |                 |
| WE 4    | Erbengemeinschaft {L4}  | 295      | nein     | –               |

Die Versammlung ist mit 705/1000 Miteigentumsanteilen beschlussfähig.

TOP 1  Jahresabrechnung
Die Abrechnung wird mit 705 Ja-Stimmen genehmigt.

TOP 2  Sanierung der Dachrinnen
Frau {L3} berichtet über drei Angebote. Beschlossen wird die Beauftragung des günstigsten
Anbieters, {ORG2}, zum Preis von {AMT} € brutto. Herr {L2} (vertreten) hatte schriftlich
Bedenken zur Gerüststellung geäußert; diese werden zur Kenntnis genommen.

TOP 3  Verschiedenes
Frau {L1} bittet, Fahrräder nicht mehr im Treppenhaus abzustellen.

Ende: 20:55 Uhr

{P4}                     {P3}                     {P1}
Versammlungsleiter       Protokollführerin        Eigentümerin (Beiratsmitglied)
"""

HELD["teams_schichtuebergabe"] = """
Schichtübergabe Leitstand  ·  Kanal: Produktion Halle 2

{PC2}   {DATE} {TIME}
Übergabe Spätschicht: Linie 3 steht seit 19:10, Lager Förderband B heiß gelaufen. Instandhaltung
ist informiert, {F4} ist dran.

{PC4}   {DATE} {TIME}
Lager getauscht, Probelauf ok. Linie läuft wieder mit 80 %. Ersatzteil bitte nachbestellen,
das war das letzte 🙄

{PC1}   {DATE} {TIME}
Bestellung ist raus. @{P2} kannst du in der Übergabeliste vermerken, dass die Qualität die
ersten 200 Teile nochmal prüfen soll?

{PC2}   {DATE} {TIME}
Erledigt 👍 Nachtschicht übernimmt {P3}. {F3}, Schlüssel für den Ersatzteilschrank liegt im
Leitstand, 2. Schublade.

{PC3}   {DATE} {TIME}
Alles klar, danke euch. Bin unter {PHONE} erreichbar, falls was ist.
"""

HELD["sms_verlauf"] = """
{P4}
Mobil {PHONE}

                                         Hi {F4}, ist der Transporter am Wochenende noch frei?
                                                                         Gelesen {TIME}

Hey! Ja, kannst ihn haben. Schlüssel liegt bei meiner Schwester {F3}, {ADDR}.
Tank bitte wieder voll machen 😉

                                    Super, danke!! Ich hol ihn gegen 8. Kriegst ein Bier
                                    Zugestellt

Kein Ding. Sag {fl1} schöne Grüße, wie läuft der Umzug?

                                   Chaos 😂 Die neue Adresse ist {ADDR2}, falls du Bock hast
                                   zu helfen. Pizza gibt's auch

Ich schau mal. Wenn was ist, ruf {F3} an, die hat den Ersatzschlüssel: {PHONE2}
"""

HELD["lokalnachricht"] = """
LOKALES · {CITY}

Gemeinderat gibt grünes Licht für neues Schulhaus

{CITY} – Nach über zwei Stunden Diskussion hat der Gemeinderat am {DATE} dem Projektkredit
für das neue Schulhaus zugestimmt. Der Entscheid fiel mit 21 zu 14 Stimmen.

«Wir platzen aus allen Nähten», sagte Schulpräsidentin {P1} in der Debatte. Derzeit werden
zwei Klassen in Containern unterrichtet. Gemeinderat {P2} kritisierte dagegen die Kosten von
rund 14 Millionen Franken: «Das ist ein Luxusbau, den wir uns nicht leisten können.»

Auch das Publikum war zahlreich erschienen. {P3}, Mutter von zwei Primarschülern, zeigte sich
erleichtert: «Endlich passiert etwas.» Das Referendum gegen den Entscheid ist möglich; die
Frist läuft bis zum {DATE2}.

Baubeginn ist frühestens im Herbst. Mit der Planung beauftragt ist {ORG}, die Projektleitung
liegt bei {IN4}.

{IN3}
"""

HELD["geburtsanzeige"] = """
                 Hallo Welt!

        Endlich bist du da, kleiner Mann.

                   {PX2}

           geboren am {DATE} um {TIME} Uhr
                 3.420 g · 52 cm

     Es freuen sich riesig die glücklichen Eltern
              {F1} und {P4}

                    {ADDR}

Ein herzliches Dankeschön an das Team der Geburtsstation von {ORG} und an unsere Hebamme
{P3}!
"""

HELD["lieferschein"] = """
{ORG}
{ADDR2} · Tel. {PHONE}

LIEFERSCHEIN Nr. {NUM}                             Lieferdatum: {DATE}

Lieferanschrift:                       Rechnungsanschrift:
{P1}                                   {ORG2}
{ADDR}                                 z. Hd. {P2}

Pos  Artikel-Nr.  Bezeichnung                               Menge   Einheit
---  -----------  ----------------------------------------  ------  -------
1    40-1177      Pflanzerde torffrei, 70 l                     12  Sack
2    40-2051      Rindenmulch, 50 l                              8  Sack
3    71-0010      Hochbeet Lärche 200 x 100 cm, Bausatz          1  Stk.
4    90-0001      Palette (Pfand)                                1  Stk.

Fahrer: {IN4}                           Anlieferung: Bordsteinkante

Ware vollständig und unbeschädigt erhalten:

{DATE}, {TIME} Uhr        Unterschrift: {L1}
"""

HELD["besucherbuch"] = """
BESUCHERBUCH – Empfang Verwaltungsgebäude
Bitte leserlich eintragen. Besucherausweis ist sichtbar zu tragen und beim Verlassen abzugeben.

Datum        | Name                      | Firma                     | Besuch bei   | Ankunft | Ausweis | Abgang
-------------+---------------------------+---------------------------+--------------+---------+---------+-------
{DATE}       | {PC1}  | {ORG}                     | {IN2}        | {TIME}  | B-07    | 10:45
{DATE}       | {PC3}  | privat                    | {IN2}        | 11:20   | B-03    | 12:05
{DATE}       | {PC4}  | {ORG2}                    | Buchhaltung  | 13:15   | B-11    |
{DATE2}      | {PX2}  | Lieferung                 | Poststelle   | 08:05   | –       | 08:12

Empfang: {F3} / Telefon intern 100 / extern {PHONE}
"""

HELD["google_bewertungen"] = """
{ORG}
★★★★☆ 4,3 · 128 Rezensionen

{P2}
★★★★★ vor einer Woche
Super freundlicher Service! Frau {L1} hat sich richtig Zeit genommen und mir alles erklärt.
Gerne wieder.

{F3} {IN3}
★★☆☆☆ vor 2 Wochen
Termin um {TIME} Uhr, dran war ich eine Stunde später. Telefonisch ({PHONE}) kommt man nie
durch. Schade, fachlich eigentlich gut.

    Antwort vom Inhaber · vor 2 Wochen
    Liebe {F3}, das tut uns leid! Wir hatten an dem Tag zwei Krankheitsfälle im Team. Melden
    Sie sich gern direkt bei mir unter {EMAIL4}, dann finden wir eine Lösung.
    {P4}

{PX1}
★★★★★ vor einem Monat
Kann man nur empfehlen. Ich bin extra aus {CITY2} gekommen.
"""

HELD["gemeindebrief"] = """
Gemeindebrief · {ORG}
Ausgabe Sommer {YEAR}

AUS DEM KIRCHGEMEINDERAT
Nach zwölf Jahren verabschiedet sich {P1} aus dem Kirchgemeinderat. Für ihr unermüdliches
Engagement, besonders beim Mittagstisch für Seniorinnen und Senioren, danken wir ihr von
Herzen. Als Nachfolger wurde {P2} gewählt.

KASUALIEN
Getauft wurden:    {P4}
Getraut wurden:    {P3} und {IN2}
Verstorben sind:   {PI1}

TERMINE
  {DATE}    {TIME} Uhr   Familiengottesdienst mit anschliessendem Apéro
  {DATE2}   19:30 Uhr    Abend der Stille im Gemeindehaus

KONTAKT
Sekretariat: {P3}
{ADDR} · Telefon {PHONE} · {EMAIL3}
Spendenkonto: {IBAN}
"""

HELD["schwarzes_brett"] = """
AN ALLE BEWOHNERINNEN UND BEWOHNER DES HAUSES

Liebe Nachbarinnen und Nachbarn,

am {DATE} wird ab {TIME} Uhr das Wasser für ca. drei Stunden abgestellt (Austausch der
Steigleitung). Bitte keine Waschmaschinen laufen lassen.

Außerdem:
  – Wer hat im Keller das blaue Fahrrad ohne Sattel abgestellt? Bitte bis zum {DATE2}
    entfernen, sonst wird es entsorgt.
  – Das Paket für {P2} (3. OG) liegt bei mir. Einfach klingeln!
  – Die Hausreinigung übernimmt ab sofort {ORG}.

Bei Fragen erreichen Sie mich oder den Hausmeister Herrn {L4} unter {PHONE}.

Viele Grüße
{P1}, Erdgeschoss links
Hausgemeinschaft {ADDR}
"""

HELD["fundbuero_register"] = """
FUNDBUCH – Bürgerbüro {CITY}                                   Blatt 42

Lfd.Nr | Eingang    | Fundsache                       | Fundort                | Finder/in      | Verlierer/in ermittelt | Ausgabe
-------+------------+---------------------------------+------------------------+----------------+------------------------+-----------
 311   | {DATE}     | Geldbörse braun, ca. 40 €        | Bushaltestelle Markt   | {PI3}  | {PI1}  | {DATE2}
 312   | {DATE}     | Schlüsselbund, 4 Schlüssel       | {ADDR}                 | anonym         | –                      |
 313   | {DATE2}    | Kinderbrille, rot                | Spielplatz Stadtpark   | {PI2}  | –                      |
 314   | {DATE2}    | Mobiltelefon, schwarz            | Zug, 2. Klasse         | Zugbegleiter   | {PI4}  | {DATE2}

Bearbeitet: {IN3}                          Rückfragen: {PHONE}
"""

HELD["neg_bedienungsanleitung"] = """
KAFFEEVOLLAUTOMAT AROMA PRO 5
Kurzanleitung

Sicherheitshinweise
  ▲ Gerät nur an eine ordnungsgemäß installierte Schutzkontakt-Steckdose anschließen.
  ▲ Niemals in den Brühauslauf greifen. Verbrühungsgefahr!
  ▲ Kinder ab 8 Jahren dürfen das Gerät nur unter Aufsicht bedienen.

Erste Inbetriebnahme
  1. Wassertank entnehmen, mit frischem, kaltem Wasser bis zur Markierung MAX füllen.
  2. Bohnenbehälter befüllen. Keine karamellisierten oder aromatisierten Bohnen verwenden.
  3. Taste EIN/AUS drücken. Im Display erscheint „Spülen“. Bestätigen Sie mit OK.
  4. Wählen Sie im Menü Sprache, Wasserhärte und Uhrzeit.

Pflege
  • Brühgruppe wöchentlich unter fließendem Wasser reinigen.
  • Entkalken, sobald das Symbol Kalk leuchtet. Nur Entkalker Pure Clean verwenden.
  • Milchsystem nach jeder Benutzung mit der Funktion Auto Clean spülen.

Störung              Ursache                        Abhilfe
Kein Kaffee          Wassertank leer                Wassertank füllen
Kaffee zu wässrig    Mahlgrad zu grob               Mahlgrad feiner einstellen
Fehler E07           Brühgruppe nicht eingesetzt    Brühgruppe einsetzen, Tür schließen

Kundendienst: siehe Garantiekarte.
"""

HELD["neg_release_notes"] = """
Versionshinweise – Kassensystem Merkur 4.2

Neu
  • Bondruck: Unterstützung für Drucker der Serie Falke T80 und Kolibri Mini.
  • Schnellverkauf: Artikel lassen sich jetzt per Drag & Drop auf die Favoritenleiste ziehen.
  • Neuer Bericht „Tagesabschluss nach Warengruppen“ im Menü Auswertungen.

Verbessert
  • Der Dialog Kunde anlegen prüft Pflichtfelder bereits während der Eingabe.
  • Die Suche findet Artikel auch bei Tippfehlern (Fuzzy-Suche, abschaltbar unter Einstellungen > Suche).
  • Kassenabschluss ist bis zu 40 % schneller.

Behoben
  • Absturz beim Stornieren eines Bons mit Gutscheinposition.
  • Falsche Rundung bei Rabatten über 50 %.
  • Beim Wechsel in den Modus Training blieb der Kassierername der vorherigen Sitzung stehen.

Bekannte Einschränkungen
  • Der Export nach Tabellenkalkulation unterstützt weiterhin nur das Format CSV.

Installieren Sie das Update außerhalb der Öffnungszeiten. Sichern Sie vorher die Datenbank
über Verwaltung > Datensicherung > Jetzt sichern.
"""
