"""Modelli italiani del quinto insieme multilingue di generalizzazione (issue 19).

Testi scritti da zero per questo insieme, senza consultare i modelli degli insiemi precedenti né il
motore: lettere, e-mail, chat, verbali, moduli, tabelle, esportazioni di dati e avvisi come si
scrivono davvero in Italia e nella Svizzera italiana. Nomi e cognomi: elenchi compilati a mano di nomi
diffusi in Italia, nel Canton Ticino e nei Grigioni italiani, nei paesi vicini e nelle comunità
immigrate più numerose, del tipo registrato come elementi Wikidata "prenome" / "cognome" (Wikidata:
CC0 1.0); nessuno preso da Faker o da altre librerie di dati fittizi. Organizzazioni e domini di
posta sono inventati.

English summary: Italian templates written fresh for the fifth multilingual set. Given and family
names are hand-compiled lists of names common in Italy and Italian-speaking Switzerland, their
neighbours and their larger immigrant communities (Romanian, Albanian, Moroccan, Senegalese, Chinese,
Filipino, Indian, Bangladeshi, Sri Lankan, Nigerian, Ukrainian, Peruvian, Ecuadorian), of the kind
recorded as Wikidata given-name / family-name items (Wikidata: CC0 1.0), none taken from Faker or any
fake-data library. Organisations and mail domains are invented. TUNE and HELD hold different
document kinds; two templates in each half are negative (no personal data at all).
"""

GIVEN_F = [
    # Italia e Svizzera italiana
    "Pamela", "Sabrina", "Morena", "Katia", "Viviana", "Graziana", "Marilena", "Flavia", "Cristiana",
    "Natalina", "Fausta", "Amalia", "Antonietta", "Armida", "Bruna", "Edvige", "Elda", "Enrica",
    "Evelina", "Fiorenza", "Giuliana", "Ines", "Licia", "Luigina", "Piera", "Silvana", "Jole",
    "Carlotta", "Ylenia", "Lorella", "Mariella", "Incoronata", "Cettina", "Mariuccia", "Ivonne",
    "Mariarosa", "Annachiara", "Mariavittoria",
    # comunità immigrate
    "Viorica", "Petronela", "Lăcrămioara", "Adina", "Shpresa", "Eriselda", "Alketa", "Brunilda",
    "Saida", "Ghizlane", "Dieynaba", "Rokhaya", "Yuqing", "Jiayi", "Teresita", "Mylene", "Rhea Mae",
    "Jenny Lyn", "Rajwinder", "Simranjit", "Kiranjeet", "Shahnaz", "Nazma", "Farzana", "Chamari",
    "Thilini", "Chidinma", "Folake", "Ifeoma", "Lyudmyla", "Khrystyna", "Valentyna", "Taisiya",
    "Gladys", "Jhoana", "Lisseth",
]

GIVEN_M = [
    # Italia e Svizzera italiana
    "Alfio", "Elio", "Gino", "Graziano", "Mauro", "Ugo", "Baldassarre", "Gilberto", "Vitaliano",
    "Rolando", "Plinio", "Remo", "Adolfo", "Arcangelo", "Attilio", "Basilio", "Camillo", "Costantino",
    "Cristoforo", "Emidio", "Eugenio", "Fabiano", "Ferdinando", "Ferruccio", "Gavino", "Gianni",
    "Giosuè", "Giuliano", "Guglielmo", "Iacopo", "Lazzaro", "Livio", "Onofrio", "Raimondo", "Taddeo",
    "Tarcisio", "Ubaldo", "Mosè", "Gianpiero", "Gianluigi", "Tito Livio",
    # comunità immigrate
    "Nicușor", "Ciprian", "Iulian", "Genci", "Arlind", "Sokol", "Kledi", "Endrit", "Jamal", "Larbi",
    "Othmane", "Demba", "Birame", "Mor Talla", "Zhigang", "Jianhua", "Xiaodong", "Danilo", "Jayson",
    "Mark Anthony", "John Mark", "Harvinder", "Satnam", "Amandeep", "Habibur", "Mahbub", "Jahangir",
    "Lasantha", "Chathura", "Kasun", "Ikechukwu", "Kelechi", "Babatunde", "Ihor", "Yevhen",
    "Rostyslav", "Oleksiy", "Geovanny", "Klever", "Jefferson", "Fabricio",
]

FAMILY = [
    # Italia
    "Ferri", "Bellini", "Donati", "Bertolini", "Bonetti", "Visintin", "Pertile", "De Marchi",
    "Tomasi", "Rigoni", "Lazzari", "Canepa", "Parodi", "Cavallero", "Giraudo", "Bonino", "Caputo",
    "Cuomo", "Sepe", "Iannone", "Scalia", "Spanò", "Nicotera", "Scarano", "Lattanzi", "Cecchini",
    "Bandini", "Magherini", "Tognetti", "Puccinelli", "Lucchesi", "Paoletti", "Pagliarini",
    "Ercolani", "Ridolfi", "Abbruzzese", "Acquaviva", "Arcuri", "Avallone", "Bevilacqua", "Buonocore",
    "Caldarola", "Calì", "Carlucci", "Casadei", "Criscuolo", "Cucinotta", "D'Agostino", "D'Alessio",
    "De Falco", "Del Prete", "Di Capua", "Di Maio", "Gargiulo",
    "Impellizzeri", "Malagoli", "Muscarà", "Rapisarda", "Tufano", "Zito",
    # Ticino e Grigioni italiani
    "Maspoli", "Cereghetti", "Rusconi", "Camponovo", "Dotta", "Bonzanigo", "Crivelli", "Foletti",
    "Jelmini", "Lafranchi", "Moccetti", "Nessi", "Pronzini", "Sganzini", "Tamò", "Vassalli",
    "Ghisletta", "Canevascini", "Gamboni",
    # comunità immigrate
    "Mihăilescu", "Ardeleanu", "Cristea", "Neagu", "Bushati", "Topalli", "Troshani", "Zeneli",
    "Pllumi", "El Fassi", "Naciri", "Kabbaj", "Sebti", "Diagne", "Ndour", "Mboup", "Zhu", "Qiu",
    "Shen", "Tolentino", "Magbanua", "Dizon", "Panganiban", "Sidhu", "Randhawa", "Sekhon", "Chahal",
    "Chowdhury", "Sarker", "Talukder", "Bhuiyan", "Gunawardena", "Herath", "Ranasinghe", "Pathirana",
    "Nwosu", "Ogunleye", "Igbinedion", "Omoruyi", "Romanenko", "Pavlenko", "Ostapchuk", "Polishchuk",
    "Cajamarca", "Toapanta", "Quishpe", "Chuquimarca",
]

CITIES = [
    "Cremona", "Sondrio", "Lecco", "Rovigo", "Pordenone", "Belluno", "Savona", "Cuneo", "Biella",
    "Piacenza", "Faenza", "Arezzo", "Pistoia", "Viterbo", "Frosinone", "Caserta", "Avellino",
    "Matera", "Brindisi", "Cosenza", "Vibo Valentia", "Trapani", "Ragusa", "Nuoro", "Oristano",
    "L'Aquila", "Campobasso", "Gorizia", "Ascoli Piceno", "San Benedetto del Tronto",
    "Castelfranco Veneto", "Sesto San Giovanni", "Cava de' Tirreni", "Mazara del Vallo",
    "Città di Castello", "Desenzano del Garda", "Bellinzona", "Locarno", "Mendrisio", "Chiasso",
    "Biasca", "Giubiasco", "Minusio", "Poschiavo", "Roveredo",
]

STREETS = [
    "Via Cesare Battisti", "Corso Giacomo Matteotti", "Viale della Repubblica", "Via Aurelio Saffi",
    "Piazza del Popolo", "Via dei Tigli", "Vicolo del Pozzo", "Via Nazionale", "Via Fratelli Bandiera",
    "Largo Augusto", "Via XX Settembre", "Via IV Novembre", "Lungomare Cristoforo Colombo",
    "Viale dei Pini", "Via Borgo Nuovo", "Salita San Rocco", "Via Cantonale", "Via alla Stazione",
    "Via San Gottardo", "Piazza Indipendenza", "Strada Statale Adriatica", "Via delle Fornaci",
    "Contrada Fontanelle", "Via ai Ronchi",
]

ORGS = [
    "Tessitura Alto Lario S.p.A.", "Idrotermica Brenvalle S.r.l.", "Studio Legale Morvalli & Associati",
    "Poliambulatorio Santa Brigida S.r.l.", "Casa di Cura Villa Ortensia", "Cooperativa Sociale Il Melograno Verde",
    "ASD Polisportiva Rivachiara", "Bocciofila La Gorla", "Caseificio Sociale Pratofondo Soc. Coop. Agricola",
    "Autofficina F.lli Vedrani S.n.c.", "Farmacia Comunale Borgoleone", "Agenzia Immobiliare Tre Portici",
    "Trasporti Lorvese S.r.l.s.", "Mutua Assicuratrice Vellora", "Consorzio Intercomunale Servizi Val Morsella",
    "Fiduciaria Camoghè SA", "Forno Antico Caravelli", "Associazione Culturale Il Torchio Nuovo",
    "Ottica Lumivera S.a.s.", "Scuola dell'Infanzia Paritaria Girotondo Blu", "Centro Diagnostico Ariete Medica S.r.l.",
    "Edilcasa Brianzola S.r.l.", "Hotel Belvedere Monteluce", "Aquilone Viaggi S.r.l.",
    "Tecnoservizi Verbano Sagl", "Gruppo Escursionisti Val Farnia", "Pasticceria Le Tre Rose",
    "Cantina Sociale Poggio Ventoso", "Studio Tecnico Associato Orsenigo Balzari", "Elettroforniture Dalmine Nord S.p.A.",
]

MAIL_DOMAINS = [
    "postacorta.it", "brenvalle.it", "villaortensia.it", "camoghe-fid.ch", "melogranoverde.org",
    "ticimail.ch", "vellomail.it", "lorvese.it",
]

TUNE = {}
HELD = {}

# ------------------------------------------------------------------------------------------------
# TUNE
# ------------------------------------------------------------------------------------------------

TUNE["lettera_offerta_commerciale"] = """
{ORG}
Ufficio Commerciale
{ADDR}
Tel. {PHONE}  –  P. IVA {PIVA}

                                             Spett.le
                                             {ORG2}
                                             alla c.a. del Sig. {P2}
                                             {ADDR2}

{CITY}, {DATE}

Oggetto: Vs. richiesta del mese scorso – ns. offerta n. {NUM} per fornitura arredi ufficio

Egregio Signor {L2},

facendo seguito al cordiale colloquio telefonico intercorso con la Sua collaboratrice,
sig.ra {P3}, Le trasmettiamo in allegato la nostra migliore offerta per la fornitura in oggetto
(n. 14 postazioni operative, n. 2 armadi direzionali, sedute ergonomiche certificate).

Il prezzo complessivo, IVA esclusa, ammonta a € {AMT}; la consegna e il montaggio sono previsti
entro 30 giorni lavorativi dalla conferma d'ordine, franco Vs. sede.
Pagamento: bonifico bancario a 60 gg d.f.f.m. sulle seguenti coordinate: IBAN {IBAN}.

La presente offerta ha validità fino al {DATE2}. Per qualsiasi chiarimento tecnico può rivolgersi
direttamente al ns. geom. {IN4} (interno 214), che ha già effettuato il sopralluogo, oppure
scrivere all'indirizzo {EMAIL4}.

Restando in attesa di un Vs. cortese riscontro, porgiamo distinti saluti.

                                             Il Responsabile Vendite
                                             {P1}
                                             {EMAIL1}

Allegati: offerta dettagliata (4 pagg.), schede tecniche, condizioni generali di vendita
"""

TUNE["reclamo_email_con_risposta"] = """
Da: {P1} <{EMAIL1}>
Inviato: {DATE} {TIME}
A: Servizio Clienti <{EMAIL2}>
Oggetto: R: Reclamo ordine n. {NUM} – lavastoviglie consegnata danneggiata

Buongiorno,

scusate ma la vostra risposta non mi soddisfa per niente. Ho pagato € {AMT} per una
lavastoviglie che è arrivata con lo sportello ammaccato, e il corriere (che ha fatto firmare
mia madre, la signora {PI3}, senza nemmeno aprire l'imballo) se n'è andato in due minuti.

Mia madre ha 81 anni e non poteva sapere della "riserva". Chiedo quindi la sostituzione
dell'apparecchio o il rimborso integrale entro 14 giorni, come previsto dal Codice del Consumo.
In mancanza mi rivolgerò a un'associazione di consumatori.

Resto reperibile al {PHONE} tutti i giorni dopo le 17.

{P1}
{ADDR}


-----Messaggio originale-----
Il giorno {DATE2}, {P2} <{EMAIL2}> ha scritto:

> Gentile Cliente,
> ci dispiace per il disagio. Come indicato nelle Condizioni Generali,
> i danni da trasporto devono essere segnalati al momento della consegna
> apponendo la dicitura "accetto con riserva" sul documento del corriere.
> Abbiamo comunque inoltrato la Sua segnalazione al reparto logistica
> di {ORG}, che La ricontatterà.
>
> Cordiali saluti
> {F2}
> Customer Care
"""

TUNE["contestazione_disciplinare"] = """
RACCOMANDATA A MANO

                                        Egr. Sig.
                                        {PX2}
                                        {ADDR}

{CITY}, lì {DATE}

OGGETTO: Contestazione disciplinare ai sensi dell'art. 7 della Legge 20 maggio 1970, n. 300

Con la presente Le contestiamo formalmente quanto segue.

In data {DATE2}, durante il turno con inizio alle ore {TIME}, Lei si è allontanato dalla
postazione di lavoro (linea di confezionamento n. 3) senza l'autorizzazione del capoturno,
sig. {P4}, per un periodo di circa quaranta minuti. L'assenza è stata rilevata anche dalla
collega {P3}, addetta alla medesima linea, che ha dovuto fermare il nastro.

Tale comportamento costituisce violazione degli obblighi di diligenza previsti dal CCNL
applicato e dall'art. 12 del Regolamento aziendale, già in passato oggetto di richiamo verbale.

Ai sensi della normativa vigente, Lei potrà far pervenire le Sue giustificazioni, anche
verbalmente e con l'eventuale assistenza di un rappresentante sindacale, entro 5 (cinque)
giorni dal ricevimento della presente. Decorso tale termine l'Azienda adotterà gli
eventuali provvedimenti del caso.

Distinti saluti.

{ORG}
Direzione Risorse Umane
dott.ssa {P1}


Per ricevuta:  firma ______________________   data ______________
"""

TUNE["piano_turni_reparto"] = """
{ORG} – U.O. MEDICINA INTERNA – 2° PIANO
PIANO TURNI PERSONALE INFERMIERISTICO       settimana dal {DATE} al {DATE2}

Legenda:  M = mattino 07-14   P = pomeriggio 14-21   N = notte 21-07   R = riposo   F = ferie

Cognome Nome                   LUN   MAR   MER   GIO   VEN   SAB   DOM
-----------------------------  ----  ----  ----  ----  ----  ----  ----
{PU1}                          M     M     P     P     N     R     R
{PU2}                          P     N     R     R     M     M     P
{PU3}                          N     R     M     M     P     P     N
{PU4}                          F     F     F     F     F     R     R
-----------------------------  ----  ----  ----  ----  ----  ----  ----

Coordinatrice infermieristica: {P3}
Reperibilità notturna: {IN2} – cell. {PHONE}

NOTE
- Il cambio turno MER pomeriggio tra {L1} e {L2} è stato autorizzato dalla coordinatrice.
- {F4} rientra dalle ferie lunedì prossimo: turno M confermato.
- Eventuali ulteriori cambi vanno richiesti per iscritto con 48 ore di anticipo
  e controfirmati da entrambi i colleghi.

Esposto in bacheca il {DATE}            La Coordinatrice  ________________
"""

TUNE["promemoria_ricetta_dematerializzata"] = """
SERVIZIO SANITARIO NAZIONALE
PROMEMORIA PER L'ASSISTITO – RICETTA ELETTRONICA

Cognome e Nome:    {PU1}
Codice Fiscale:    {CF}
Indirizzo:         {ADDR}
Data di nascita:   {DOB}

Esenzione: NON ESENTE        Disabilità: [ ]        Reddito: [ ]
Codice NRE: {NUM}

PRESCRIZIONE
  Q.tà   Descrizione                                   Codice
  1      VISITA CARDIOLOGICA                           89.7A.3
  1      ELETTROCARDIOGRAMMA                           89.52
  1      ECOCOLORDOPPLERGRAFIA CARDIACA A RIPOSO       88.72.3

Quesito diagnostico: cardiopalmo in paziente ipertesa, controllo dopo modifica terapia.
Classe di priorità:   U [ ]    B [ ]    D [X]    P [ ]

Data:  {DATE}
Cognome e nome del medico:  {PI2}
Studio medico:  {ADDR2}  –  tel. {PHONE}

Per prenotare: CUP regionale, sportelli ASL o farmacie abilitate.
Il presente promemoria non sostituisce la ricetta dematerializzata.
"""

TUNE["referto_analisi_laboratorio"] = """
{ORG}
Laboratorio Analisi Cliniche  –  Direttore Sanitario: Dott.ssa {P3}
{ADDR2}  ·  Tel. {PHONE}

REFERTO N. {NUM}                               Accettazione: {DATE}  ore {TIME}

Paziente:   {PU1}                              Sesso: F
Nata il:    {DOB}                              Cod. Fisc.: {CF}
Medico richiedente: Dr. {IN2}

ESAME                          RISULTATO     U.M.        VALORI DI RIFERIMENTO
-----------------------------  ------------  ----------  ----------------------
EMOCROMO
  Emoglobina                   11,4  *       g/dL        12,0 - 16,0
  Globuli bianchi              6,82          10^3/µL     4,00 - 10,00
  Piastrine                    241           10^3/µL     150 - 400
CHIMICA CLINICA
  Glucosio                     104  *        mg/dL       70 - 100
  Creatinina                   0,78          mg/dL       0,50 - 0,90
  Colesterolo totale           212  *        mg/dL       < 200
  Ferritina                    9  *          ng/mL       15 - 150
-----------------------------  ------------  ----------  ----------------------
(*) valore fuori dall'intervallo di riferimento

Note: campione lievemente emolizzato; si consiglia ripetizione della ferritina.

Referto validato e firmato digitalmente da
Dott. {P4} – Biologo Specialista in Patologia Clinica
"""

TUNE["procura_speciale_notarile"] = """
                              PROCURA SPECIALE
                        REPUBBLICA ITALIANA
Repertorio n. {NUM}

Il giorno {DATE}, in {CITY}, nel mio studio,
avanti a me dott. {P4}, Notaio in {CITY}, iscritto nel Ruolo del Collegio Notarile
del distretto, è presente la signora:

{PX1}, nata a {CITY2} il {DOB}, residente in {ADDR2},
codice fiscale {CF}, pensionata,

della cui identità personale io Notaio sono certo.

La comparente, con il presente atto, nomina e costituisce suo procuratore speciale il
signor {PX2}, nato a {CITY2}, residente in {ADDR}, suo nipote,

affinché in nome, vece e conto della mandante abbia a vendere, a chi riterrà opportuno e
al prezzo che riterrà congruo, comunque non inferiore a euro {AMT}, la piena proprietà della
porzione di fabbricato sita in {CITY}, censita al Catasto Fabbricati al foglio 12,
particella 455, subalterno 7, categoria A/2;

e a tal fine lo autorizza a stipulare il relativo atto, incassare il prezzo rilasciandone
quietanza, prestare garanzie, rinunciare all'ipoteca legale e compiere quant'altro necessario,
con promessa di rato e valido e senza obbligo di rendiconto.

La presente procura ha validità fino al {DATE2}.

Richiesto, io Notaio ho ricevuto il presente atto, del quale ho dato lettura alla comparente
che, a mia domanda, lo dichiara conforme alla sua volontà.

F.to {P1}
F.to {P4} Notaio (L.S.)
"""

TUNE["verbale_assemblea_condominio"] = """
CONDOMINIO DI {ADDR}

VERBALE DI ASSEMBLEA ORDINARIA

Il giorno {DATE}, alle ore {TIME}, presso la sala riunioni della parrocchia, si è riunita in
seconda convocazione l'assemblea ordinaria dei condòmini per discutere il seguente
ORDINE DEL GIORNO:
  1) approvazione rendiconto consuntivo e riparto;
  2) infiltrazioni nei box auto: preventivi;
  3) varie ed eventuali.

Sono presenti, in proprio o per delega:

   Cognome, Nome                    Millesimi    Note
   {PC1}                            84,20
   {PC2}                            71,05        delega a {IN3}
   {PC3}                            92,40
   {PC4}                            66,30
   Totale presenti: 4 su 11         314,95/1000

Assume la presidenza la sig.ra {P3}; funge da segretario il sig. {P4}.
Il Presidente, verificata la regolarità della convocazione, dichiara l'assemblea validamente
costituita.

Punto 1) Il rendiconto viene approvato all'unanimità dei presenti.
Punto 2) Il sig. {L2}, tramite la delegata, lamenta infiltrazioni nel proprio box da oltre un
anno. La sig.ra {L1} chiede che vengano raccolti almeno tre preventivi. L'assemblea delibera di
incaricare l'amministratore, con spesa massima di € {AMT}.
Punto 3) Nessun intervento.

Alle ore 22:40, null'altro essendovi da deliberare, la seduta è tolta.

      Il Presidente                          Il Segretario
      ({P3})                                 ({P4})
"""

TUNE["chat_genitori_whatsapp"] = """
Chat WhatsApp con 3ªB genitori

[{DATE}, 18:02:11] 3ªB genitori: I messaggi e le chiamate sono crittografati end-to-end.
[{DATE}, 18:02:45] Mamma {F1}: Buonasera a tutti! Qualcuno sa se domani c'è il rientro pomeridiano?
[{DATE}, 18:05:03] {P2}: sì fino alle 16, l'ha scritto il maestro {L4} sul registro
[{DATE}, 18:05:30] Mamma {F1}: grazie mille 🙏
[{DATE}, 18:11:52] {PHONE}: Scusate, sono la mamma di {F3}, mi hanno aggiunta oggi. Per la gita chi raccoglie i soldi?
[{DATE}, 18:13:07] {P2}: ciao benvenuta! li raccoglie la rappresentante, {P1} 😊
[{DATE}, 18:13:40] Mamma {F1}: esatto sono io! 12 euro a bambino entro venerdì, anche in busta nello zaino con scritto nome e cognome
[{DATE}, 18:20:18] Papà {F4}: @{F1} io te li lascio domattina al cancello ok?
[{DATE}, 18:21:02] Mamma {F1}: perfetto {F4}
[{DATE}, 18:40:33] {P2}: ragazzi ma la maestra di inglese ha detto niente del quaderno nuovo??
[{DATE}, 18:41:10] {PHONE}: a {F3} l'ha detto, quello a righe di quinta
[{DATE}, 18:41:59] {P2}: ok grazie. <Media omessi>
[{DATE}, 21:15:47] Mamma {F1}: Ricordo a tutti che sabato c'è la festa di {F3} al parco, ore 16! Conferme a me in privato 🎈
[{DATE}, 21:16:20] Papà {F4}: ci siamo 👍
"""

TUNE["ticket_assistenza_tecnica"] = """
TICKET #{NUM}              Stato: IN LAVORAZIONE          Priorità: ALTA
Aperto il: {DATE} {TIME}       Canale: modulo web          SLA: 8 ore lavorative
Cliente:   {P1} ({EMAIL1})
Azienda:   {ORG}
Richiamare al: {PHONE}
Assegnato a: {IN2} – Supporto di secondo livello
Prodotto:  Router FibraMax 3000 – firmware 7.2.1

--- Descrizione inserita dal cliente ---
Da tre giorni la connessione cade tutte le sere verso le 21 e torna solo spegnendo e
riaccendendo il router. Lavoro da casa e ho le videochiamate con i clienti, così non si può
andare avanti. Ho già provato a cambiare il cavo come mi ha detto l'operatore al telefono.

--- Note interne ---
[{DATE2} 09:14] {fl2}: log linea ok, sync a 1 Gb. Sospetto surriscaldamento, chiedo foto installazione.
[{DATE2} 09:31] {fl4}: cliente già contattato ieri da me, vedi registrazione. Stesso problema del ticket della sig.ra {L3}, stesso lotto di apparati.
[{DATE2} 10:02] {fl2}: ok, propongo sostituzione. @{fl4} autorizzi tu?
[{DATE2} 10:05] {fl4}: autorizzato.

--- Risposta inviata al cliente ---
Gentile sig.ra {L1},
in base alle verifiche effettuate procederemo alla sostituzione gratuita del router.
Il corriere La contatterà al numero indicato per concordare la consegna.

Un cordiale saluto,
{F2} – Assistenza Tecnica
"""

TUNE["fattura_elettronica_cortesia"] = """
COPIA DI CORTESIA – Il documento fiscale valido è il file XML trasmesso tramite SdI

FATTURA N. {NUM}  DEL {DATE}                              Tipo documento: TD01

CEDENTE / PRESTATORE                          CESSIONARIO / COMMITTENTE
{ORG}                                         {P1}
{ADDR}                                        {ADDR2}
P. IVA {PIVA}                                 Cod. Fisc. {CF}
Regime fiscale: RF01 – ordinario              Codice destinatario: 0000000

Descrizione                                Q.tà    Prezzo unit.    IVA     Importo
----------------------------------------  ------  -------------  ------  ----------
Sostituzione caldaia a condensazione 24kW     1       1.980,00      10%     1.980,00
Kit scarico fumi coassiale                    1         145,00      10%       145,00
Manodopera installatore (ore)                 6          38,00      10%       228,00
Smaltimento vecchio generatore                1          60,00      22%        60,00
----------------------------------------  ------  -------------  ------  ----------
                                                         TOTALE DOCUMENTO  € {AMT}

Modalità di pagamento: MP05 – bonifico bancario
IBAN: {IBAN}
Scadenza: {DATE2}

Intervento eseguito dal tecnico {IN4}. Per informazioni amministrative:
{P2} – {EMAIL2} – tel. {PHONE}
"""

TUNE["annunci_economici_settimanale"] = """
PICCOLI ANNUNCI – IMMOBILI · LAVORO · VARIE

AFFITTASI a {CITY}, zona stazione, bilocale arredato di 55 mq, terzo piano con ascensore,
cantina, riscaldamento autonomo. € {AMT} mensili + spese. Solo referenziati, no agenzie.
Tel. {PHONE} ore pasti, chiedere di {F1}.

SIGNORA 48enne seria e referenziata CERCA lavoro come badante convivente o a ore,
esperienza pluriennale con anziani non autosufficienti, automunita.
{F3} – cell. {PHONE2}

VENDO Vespa PX 150 del 1998, unico proprietario, sempre in garage, tagliandata,
gomme nuove. Astenersi perditempo. Scrivere a {EMAIL2}

LEZIONI PRIVATE di matematica e fisica per medie e superiori, docente in pensione,
anche a domicilio a {CITY2} e dintorni. Prof. {P4}, {EMAIL4}

REGALO cuccioli di gatto già svezzati, solo a famiglie amanti degli animali.
Rivolgersi a {L3} dopo le 18.
"""

TUNE["necrologio_e_partecipazioni"] = """
                                    †

                    Circondata dall'affetto dei suoi cari
                    è serenamente mancata

                              {PX1}
                          ved. {L2}
                           di anni 87

Ne danno il triste annuncio la figlia {F3} con il marito {P4}, gli adorati nipoti
e i parenti tutti.

I funerali avranno luogo il {DATE} alle ore {TIME} nella chiesa parrocchiale di {CITY},
partendo dalla casa funeraria.
Non fiori ma opere di bene.

Un ringraziamento particolare al dott. {P2} e a tutto il personale dell'Hospice per le
amorevoli cure prestate.

{CITY}, {DATE2}

- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -

I colleghi e le colleghe di {ORG} partecipano commossi al dolore di {F3} e famiglia
per la scomparsa della cara mamma.

- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -

Il condominio di {ADDR2} si stringe con affetto ai familiari della signora {L1}.
"""

TUNE["articolo_cronaca_locale"] = """
CRONACA | {CITY}

Scontro tra auto e scooter sulla provinciale, grave un diciannovenne
Il giovane trasportato in elisoccorso. La conducente dell'auto è rimasta illesa

di {P4}

{CITY} – Momenti di paura ieri sera poco dopo le {TIME} all'altezza della rotonda per la zona
artigianale. {P2}, 19 anni, residente a {CITY2}, stava rientrando a casa in sella al suo
scooter quando, per cause ancora al vaglio dei carabinieri, si è scontrato con una Fiat Punto
condotta da {P1}, 52 anni, impiegata in un ufficio del centro.

Il ragazzo è stato soccorso dai sanitari del 118 e trasferito in elisoccorso all'ospedale
del capoluogo, dove è ricoverato in prognosi riservata. Illesa ma sotto choc la donna.

«Ho sentito una frenata e poi un colpo fortissimo, sono corsa fuori con il telefono in mano»,
racconta {P3}, titolare del bar all'angolo. «Quella rotonda è buia, lo diciamo da anni».

Sul punto è intervenuto anche il sindaco, che in serata ha telefonato alla famiglia {L2}:
«Siamo vicini a {F2} e ai suoi genitori. L'illuminazione dell'incrocio è già nel piano
delle opere pubbliche del prossimo anno».

I rilievi sono stati effettuati dai militari della locale stazione. Sequestrati entrambi
i mezzi.

Nella foto: il luogo dell'incidente (foto {IN4})
"""

TUNE["notiziario_societa_escursionistica"] = """
IL CORNO – Notiziario dei soci
{ORG}
Numero 3 · autunno {YEAR}

-------------------------------------------------------------
EDITORIALE
Care socie, cari soci,
la stagione estiva si è chiusa con ben undici uscite e nessun infortunio: un grazie
sentito ai nostri capigita e in particolare a {P2}, che dopo vent'anni lascia il
coordinamento del gruppo seniori (ma non le gite, ci ha assicurato!).
                                                 La presidente, {P1}
-------------------------------------------------------------
PROSSIME USCITE
• {DATE}  – Traversata dei due laghi, disl. 900 m, difficoltà E
             capogita: {P4} ({PHONE})
• {DATE2} – Castagnata sociale al rifugio, aperta anche ai non soci
             iscrizioni entro la settimana prima: {F3}, {EMAIL3}
-------------------------------------------------------------
DAL COMITATO
Diamo il benvenuto ai nuovi soci: {PC3}; {PC4}.
La quota sociale resta invariata: CHF {AMT} adulti, gratuita per i minori di 16 anni.
Versamento sul conto dell'associazione, IBAN {IBAN}, indicando nome e cognome.

Complimenti alla cordata {L2}/{L4}, che in agosto ha salito la via normale al Pizzo
in sole quattro ore!

Per la redazione: {IN1} – {EMAIL1}
"""

TUNE["post_social_con_commenti"] = """
{P1}
{DATE} · {CITY} · 🌍

AIUTO!!! Ieri sera ho perso il portafoglio marrone tra la piazza e il parcheggio del
supermercato. Dentro ci sono i documenti di mio padre ({P2}) e la tessera sanitaria di mia
figlia. Se qualcuno l'ha trovato mi scriva in privato o lo porti ai vigili, grazie di cuore 🙏🙏

👍❤️😮 48          23 commenti  ·  31 condivisioni

    {P3}
    Condiviso nel gruppo "Sei di {CITY} se..." 👍
    2 h   Mi piace   Rispondi

    {P4}
    @{P1} l'ho visto io stamattina, era alla cassa 3! chiedi di {F3}, la cassiera bionda
    1 h   Mi piace   Rispondi   ❤️ 5

        ↳ {P1}
          {F4} grazie mille!!! corro subito 😭
          1 h   Mi piace   Rispondi

        ↳ {P3}
          Ce l'ho io in cassaforte, passa quando vuoi 😉 ho già avvisato anche tuo papà,
          il sig. {L2}, che stamattina era in negozio
          45 min   Mi piace   Rispondi

    {fl2}_{YEAR}
    brava {F1} sempre la solita distratta 😂😂
    30 min   Mi piace   Rispondi
"""

TUNE["conferma_prenotazione_albergo"] = """
{ORG}
{ADDR}
Tel. {PHONE}  ·  {EMAIL3}

CONFERMA DI PRENOTAZIONE N. {NUM}

Gentile Signora {L1},
siamo lieti di confermarLe la seguente prenotazione:

  Intestatario:        {PU1}
  Arrivo:              {DATE}   (check-in dalle ore 15:00)
  Partenza:            {DATE2}  (check-out entro le ore 10:30)
  Sistemazione:        1 camera tripla superior vista lago
  Trattamento:         mezza pensione (bevande escluse)
  Ospiti:              {PU1} – {PU2} – {PU3} (bambina, 9 anni)
  Richieste speciali:  culla non necessaria; cena senza glutine per {F3}

  Totale soggiorno:    € {AMT}
  Caparra versata:     30% tramite bonifico su IBAN {IBAN}

Politica di cancellazione: gratuita fino a 14 giorni prima dell'arrivo; successivamente
verrà trattenuta la caparra. L'imposta di soggiorno è da saldare in loco.

Per qualsiasi esigenza il nostro concierge, sig. {P4}, è a Sua disposizione.

Cordiali saluti
{P2}
Ufficio Prenotazioni
"""

TUNE["export_crm_contatti_csv"] = """
id_contatto;ragione_sociale;referente;ruolo;email;telefono;comune;ultimo_contatto;stato;note
C-000184;{ORG};{PC1};Responsabile acquisti;{EMAIL1};{PHONE};{CITY};{DATE};CLIENTE;"chiede listino aggiornato, richiamare dopo la fiera"
C-000185;{ORG};{PC3};Ufficio tecnico;{EMAIL3};;{CITY};{DATE};CLIENTE;"collega di {F1}, stessa sede; preferisce la mail"
C-000201;{ORG2};{PC2};Titolare;{EMAIL2};{PHONE2};{CITY2};{DATE2};TRATTATIVA;"interessato al contratto di manutenzione; sconto da approvare con {L3}"
C-000202;{ORG2};;Centralino;;{PHONE2};{CITY2};{DATE2};TRATTATIVA;"chiedere dell'amministrazione, interno 3"
C-000230;PRIVATO;{PC4};;{EMAIL4};;{CITY2};{DATE};LEAD;"segnalato da {IN1} durante la fiera"
C-000231;PRIVATO;;;;;{CITY};;LEAD;"scheda incompleta, manca referente"
C-000244;PRIVATO;{PC2};;{EMAIL2};{PHONE2};{CITY2};{DATE2};DUPLICATO;"stesso nominativo di C-000201, unire i record"
C-000250;{ORG};{PC1};Responsabile acquisti;{EMAIL1};{PHONE};{CITY};{DATE2};CLIENTE;"ordine n. {NUM} evaso, fattura inviata"
C-000251;{ORG2};{PC4};Magazziniere;;{PHONE2};{CITY2};;CONTATTO;"per consegne chiedere di {F4} o di {F2}"
"""

TUNE["partecipazione_di_nozze"] = """
           {P3}                                       {P4}
     {ADDR}                    {ADDR2}


                annunciano il matrimonio dei loro figli

                          {F1}  e  {F2}

             che sarà celebrato il {DATE} alle ore {TIME}
             nella chiesa parrocchiale di {CITY}


    Dopo la cerimonia gli sposi saranno lieti di salutare parenti e amici
    presso l'agriturismo sulle colline di {CITY2}

    Si prega di confermare la presenza entro il {DATE2}
    {F1}  {PHONE}   ·   {F2}  {PHONE2}

    Per chi desiderasse farci un regalo:
    IBAN {IBAN} intestato a {P1} e {P2}
"""

TUNE["neg_menu_trattoria"] = """
                    TRATTORIA · MENÙ DEL GIORNO
                  Cucina Casalinga dal Lunedì al Sabato

ANTIPASTI
  Tagliere del Contadino con Salame Nostrano e Giardiniera        € 12,00
  Vitello Tonnato della Casa                                       € 11,00
  Sformatino di Verdure su Fonduta di Formaggio d'Alpe             €  9,50

PRIMI PIATTI
  Risotto alla Milanese con Ossobuco (min. 2 persone)              € 24,00
  Pizzoccheri al Burro e Salvia                                    € 13,00
  Tagliatelle Fatte a Mano al Ragù Bianco                          € 12,50

SECONDI PIATTI
  Brasato al Barbera con Polenta Morbida                           € 18,00
  Trota Salmonata alla Piastra, Patate al Rosmarino                € 16,00

DOLCI
  Torta della Nonna · Panna Cotta ai Frutti di Bosco · Tiramisù    €  6,00

MENÙ PRANZO LAVORO (primo + secondo + acqua + caffè)             € 15,00

Coperto e Pane € 2,50 – Acqua Minerale Naturale o Frizzante € 3,00
Il Cuoco Consiglia: chiedere al Personale di Sala il Piatto della Settimana.
ATTENZIONE: Si prega di Segnalare al Personale eventuali Allergie o Intolleranze.
L'elenco degli Allergeni è disponibile su Richiesta (Reg. UE 1169/2011).
"""

TUNE["neg_regolamento_piscina"] = """
PISCINA COMUNALE COPERTA – REGOLAMENTO PER GLI UTENTI

Art. 1 – ACCESSO
L'accesso all'Impianto è consentito esclusivamente nelle fasce orarie esposte all'Ingresso,
previo acquisto del Biglietto o esibizione dell'Abbonamento valido.
I Minori di anni 12 devono essere accompagnati da un Adulto.

Art. 2 – NORME IGIENICHE
È OBBLIGATORIO l'uso della Cuffia e delle Ciabatte in tutto il Piano Vasca.
È OBBLIGATORIA la Doccia saponata prima dell'ingresso in Acqua.
È VIETATO accedere al Piano Vasca con Scarpe da strada.

Art. 3 – COMPORTAMENTO IN VASCA
È vietato correre, spingere, tuffarsi di testa nella Vasca Piccola e consumare cibi.
Le Corsie 1 e 2 sono riservate al Nuoto Libero; la Corsia 6 ai Corsi della Scuola Nuoto.

Art. 4 – PERSONALE
L'Assistente Bagnanti ha facoltà di allontanare chi non rispetta il presente Regolamento.
Per reclami rivolgersi al Responsabile dell'Impianto presso la Reception.

Art. 5 – ORARI
Lunedì – Venerdì      07:00 – 21:30
Sabato                09:00 – 19:00
Domenica e Festivi    09:00 – 13:00
Nel mese di Agosto l'Impianto resta chiuso per Manutenzione Ordinaria.

La Direzione declina ogni responsabilità per Oggetti lasciati incustoditi negli Spogliatoi.
"""

# ------------------------------------------------------------------------------------------------
# HELD
# ------------------------------------------------------------------------------------------------

HELD["contratto_assunzione_indeterminato"] = """
CONTRATTO INDIVIDUALE DI LAVORO SUBORDINATO A TEMPO INDETERMINATO
(CCNL Commercio, Terziario, Distribuzione e Servizi)

TRA
{ORG}, con sede legale in {ADDR}, P. IVA {PIVA}, in persona del legale rappresentante
pro tempore sig. {P2} (di seguito "il Datore di lavoro")

E
la sig.ra {P1}, nata a {CITY} il {DOB}, residente in {ADDR2},
C.F. {CF} (di seguito "la Lavoratrice")

SI CONVIENE E SI STIPULA QUANTO SEGUE

Art. 1 – Decorrenza. Il rapporto di lavoro ha inizio il giorno {DATE}.
Art. 2 – Mansioni. La Lavoratrice è assunta con la qualifica di impiegata amministrativa,
         inquadrata al 4° livello del CCNL sopra richiamato.
Art. 3 – Periodo di prova. È previsto un periodo di prova di 60 giorni di effettivo lavoro.
Art. 4 – Orario. 40 ore settimanali, dal lunedì al venerdì, secondo l'orario aziendale.
Art. 5 – Retribuzione. Lorda mensile di € {AMT} per 14 mensilità, accreditata sul conto
         corrente con IBAN {IBAN}.
Art. 6 – Sede di lavoro. {CITY2}. Responsabile diretta: sig.ra {P3}, Office Manager.
Art. 7 – Rinvio. Per quanto non previsto si fa riferimento al CCNL e alle norme di legge.

La Lavoratrice dichiara di aver ricevuto copia del Regolamento aziendale e dell'informativa
sul trattamento dei dati personali ai sensi del Reg. UE 2016/679.

Letto, confermato e sottoscritto.

{CITY}, {DATE2}

Il Datore di lavoro                                  La Lavoratrice
{P2}                                                 {P1}
_________________________                            _________________________
"""

HELD["cedolino_paga_mensile"] = """
{ORG}                                                   LIBRO UNICO DEL LAVORO
{ADDR}                                                  CEDOLINO PAGA
P. IVA {PIVA}     Matricola INPS {NUM}                  Periodo: OTTOBRE {YEAR}

COD. DIP.  000417     DIPENDENTE  {PU1}
Codice fiscale  {CF}                 Data di nascita  {DOB}
Data assunzione {DATE}               Qualifica  IMPIEGATA    Livello  3°
CCNL  Metalmeccanica Industria       Part-time  NO
Accredito su IBAN  {IBAN}

VOCE   DESCRIZIONE                      ORE/GG     COMPETENZE    TRATTENUTE
-----  -------------------------------  --------  ------------  ------------
0001   Retribuzione ordinaria             26,00       1.812,40
0210   Straordinario 25%                   6,00         78,60
0330   Indennità di trasferta              2,00         46,48
1001   Contributi IVS a carico dip.                                   178,70
1120   IRPEF lorda                                                    351,22
1125   Detrazioni lavoro dipendente                     -148,13
1400   Addizionale regionale                                           21,40
1410   Addizionale comunale                                             8,35
-----  -------------------------------  --------  ------------  ------------
                                         TOTALE       1.789,35        559,67

FERIE   maturate 2,17  godute 1,00  residue 12,50
ROL     maturati 8,67  goduti 4,00  residui 30,00

                                               NETTO DEL MESE   € {AMT}

Pagamento a mezzo bonifico con valuta {DATE2}. Elaborato da {ORG2}.
"""

HELD["certificato_di_servizio"] = """
{ORG}
Ufficio del Personale
{ADDR}


                        CERTIFICATO DI SERVIZIO


Si certifica che la signora

                              {PX1}

nata il {DOB}, codice fiscale {CF}, ha prestato servizio alle dipendenze di questa
Società dal {DATE} al {DATE2}, con contratto di lavoro a tempo indeterminato e orario
pieno, con la qualifica di operaia specializzata addetta al controllo qualità.

Nel corso del rapporto di lavoro la sig.ra {L1} ha svolto le mansioni affidatele con
competenza, puntualità e spirito di collaborazione, coordinando dal secondo anno una squadra
di quattro addetti del reparto finissaggio.

Il rapporto è cessato per dimissioni volontarie della lavoratrice.

Si rilascia il presente certificato su richiesta dell'interessata, per gli usi consentiti
dalla legge.

{CITY}, {DATE2}

                                             Il Responsabile del Personale
                                             ({P2})
"""

HELD["lettera_dimissione_ospedaliera"] = """
AZIENDA SOCIO SANITARIA TERRITORIALE
PRESIDIO OSPEDALIERO DI {CITY}
U.O.C. Chirurgia Generale – Direttore: Prof. {P4}
Segreteria di reparto: tel. {PHONE}

                                              Al Medico di Medicina Generale
                                              Dott.ssa {P3}
                                              {ADDR2}

LETTERA DI DIMISSIONE

Gentile Collega,
dimettiamo in data odierna la Sig.ra {P1} (nata il {DOB}), ricoverata presso la nostra U.O.
dal {DATE} per colecistite acuta litiasica.

ANAMNESI: ipertensione arteriosa in terapia, ipotiroidismo. Allergie: nessuna nota.
DECORSO: all'ingresso febbre e dolore in ipocondrio destro; indici di flogosi elevati.
Dopo terapia antibiotica, in data {DATE2} la paziente è stata sottoposta a
colecistectomia videolaparoscopica. Decorso post-operatorio regolare, canalizzata,
ferite in ordine.

TERAPIA DOMICILIARE
- Enoxaparina 4000 UI: 1 fl sottocute/die per 10 giorni
- Paracetamolo 1 g: al bisogno, max 3 cp/die
- Proseguire terapia antipertensiva e Levotiroxina in atto

CONTROLLI: visita ambulatoriale e rimozione punti a 10 giorni, già prenotata dal reparto.
La paziente, o il figlio sig. {P2}, verranno contattati al numero {PHONE2}.

Restando a disposizione, porgiamo cordiali saluti.

Il Medico di reparto                          Il Direttore U.O.C.
(firma illeggibile)                           Prof. {IN4}
"""

HELD["registro_sms_promemoria_visite"] = """
# Registro SMS inviati – Promemoria appuntamenti
Ambulatorio: {ORG} · esportato il {DATE} · operatore: {fl3}

| Invio            | Paziente        | Recapito   | Testo del messaggio                                                                 | Esito      |
|------------------|-----------------|------------|--------------------------------------------------------------------------------------|------------|
| {DATE} 08:30     | {PI1}           | {PHONE}    | Gentile {F1}, Le ricordiamo la visita del {DATE2} ore {TIME} con la Dott.ssa {L3}. Per disdire rispondere NO. | CONSEGNATO |
| {DATE} 08:30     | {PI2}           | {PHONE2}   | Gent. Sig. {L2}, domani ore 09:15 prelievo a digiuno. Portare impegnativa e tessera sanitaria. | CONSEGNATO |
| {DATE} 08:31     | {PI4}           | {EMAIL4}   | Promemoria: controllo ortopedico Dott.ssa {IN3} il {DATE2}. Info allo sportello       | NON RECAPITATO |

Risposte ricevute:
- {PHONE2} ({P2}): "ok ci sarò grazie"
- {PHONE} ({P1}): "NO" → appuntamento annullato da {fl3} e slot liberato in agenda
"""

HELD["atto_citazione_giudice_pace"] = """
                  UFFICIO DEL GIUDICE DI PACE DI {CITY}
                             ATTO DI CITAZIONE

Per la sig.ra {P1} (C.F. {CF}), residente in {ADDR}, rappresentata e difesa, giusta procura
in calce al presente atto, dall'Avv. {P3} del Foro di {CITY}, ed elettivamente domiciliata
presso il suo studio in {ADDR2} (PEC: {EMAIL3})
                                                                      – attrice –
                                   CONTRO

il sig. {P2}, residente in {CITY2}
                                                                      – convenuto –
                                 PREMESSO CHE

1) in data {DATE}, l'attrice, alla guida della propria autovettura regolarmente
   assicurata, veniva tamponata dal veicolo condotto dal convenuto mentre era ferma al
   semaforo;
2) i danni al veicolo, come da perizia allegata, ammontano a complessivi € {AMT};
3) nonostante la formale messa in mora inviata il {DATE2}, il sig. {L2} non ha
   provveduto al risarcimento né ha denunciato il sinistro alla propria compagnia;

tutto ciò premesso, la sig.ra {L1}, come sopra rappresentata e difesa,

                                     CITA

il sig. {P2} a comparire dinanzi al Giudice di Pace di {CITY}, all'udienza che sarà
tenuta alle ore 9:00 del novantesimo giorno libero dalla notifica, con invito a
costituirsi nei termini di legge e con l'avvertimento che la mancata costituzione
comporterà le decadenze di cui agli artt. 38 e 167 c.p.c.

Si producono: perizia, fotografie, lettera di messa in mora.

{CITY}, lì {DATE2}                                      Avv. {P3}

RELATA DI NOTIFICA: ho notificato il suesteso atto al sig. {PU2} mediante consegna
a mani di {P4}, qualificatosi come portiere dello stabile.
"""

HELD["verbale_denuncia_furto"] = """
COMANDO STAZIONE CARABINIERI DI {CITY}
VERBALE DI RICEZIONE DI DENUNCIA ORALE (art. 333 c.p.p.)

In data {DATE}, alle ore {TIME}, negli uffici del Comando in intestazione, avanti ai
sottoscritti Ufficiali e Agenti di P.G. Mar. Magg. {P4} e App. Sc. {P2}, è presente:

{PU1}, nata a {CITY2} il {DOB}, residente in {ADDR},
identificata a mezzo carta d'identità elettronica n. {NUM}, recapito tel. {PHONE},

la quale, avvertita delle conseguenze penali in caso di dichiarazioni mendaci, denuncia
quanto segue:
"Nella notte appena trascorsa ignoti si sono introdotti nella mia abitazione forzando
la porta-finestra della cucina. Me ne sono accorta alle sei e mezza, scendendo al piano
terra. La mia vicina, la signora {P3}, mi ha riferito di aver sentito dei rumori verso
le tre, ma ha pensato fosse il gatto. Sono stati asportati: una collana in oro giallo,
un computer portatile, un orologio da uomo appartenuto a mio marito e denaro contante
per circa € {AMT}."

A.D.R.: non ho sospetti su alcuno. La casa è dotata di allarme ma quella notte era spento.
A.D.R.: mi riservo di presentare fotografie dei gioielli e la fattura del computer.

Fatto, letto, confermato e sottoscritto in data e luogo di cui sopra.

LA DENUNCIANTE                               I VERBALIZZANTI
{P1}                                         Mar. Magg. {L4}       App. Sc. {L2}
"""

HELD["scheda_valutazione_quadrimestre"] = """
MINISTERO DELL'ISTRUZIONE E DEL MERITO
ISTITUTO COMPRENSIVO STATALE DI {CITY}
Scuola secondaria di primo grado

DOCUMENTO DI VALUTAZIONE – ANNO SCOLASTICO {YEAR}

Alunna:  {PU1}                          Classe 2ª  Sezione C
Codice fiscale:  {CF}

DISCIPLINA                     1° QUADRIMESTRE      2° QUADRIMESTRE
Italiano                             7                    8
Storia                               8                    8
Geografia                            7                    7
Inglese                              9                    9
Seconda lingua (Francese)            6                    7
Matematica e Scienze                 6                    6
Tecnologia                           8                    8
Arte e immagine                      9                    9
Musica                               8                    9
Educazione fisica                    10                   10
Religione / Att. alternativa         Ottimo               Ottimo
Comportamento                        Distinto             Distinto

GIUDIZIO GLOBALE: l'alunna partecipa con interesse alle attività proposte e ha raggiunto
una buona autonomia nel metodo di studio; deve consolidare le competenze logico-matematiche.

Il Coordinatore di classe: prof. {IN2}
Il Dirigente Scolastico: dott.ssa {P3}

{CITY}, {DATE}                                 Firma di un genitore
                                               {P4}
"""

HELD["registro_elettronico_note"] = """
REGISTRO ELETTRONICO · Classe 4ªA liceo scientifico · Annotazioni e note disciplinari

Data        Docente          Alunno/a              Tipo           Testo
----------  ---------------  --------------------  -------------  -------------------------------------------
{DATE}      {IN4}            {PI1}                 Nota disc.     Durante la verifica di fisica l'alunna
                                                                  utilizzava il cellulare. Prova ritirata.
{DATE}      {IN4}            {PI3}                 Annotazione    Dimentica per la terza volta il materiale
                                                                  di laboratorio.
{DATE2}     Vicepresidenza   {PI1}                 Comunicaz.     Si convoca la famiglia per colloquio
                                                                  individuale giovedì ore 11:10.

Presa visione dei genitori:
  {PI1}   – visto da: {P2} (genitore)    il {DATE2}
  {PI3}   – NON ANCORA VISTO

Messaggio del coordinatore alla famiglia:
"Gentile sig. {L2}, come anticipato a {F1} a fine lezione, le chiedo di passare
in vicepresidenza per concordare un percorso di recupero. Cordialmente, prof. {P4}"
"""

HELD["contratto_locazione_ticino"] = """
CONTRATTO DI LOCAZIONE PER LOCALI D'ABITAZIONE
(art. 253 segg. del Codice delle obbligazioni)

LOCATORE:    {P1}, {ADDR}
             rappresentata da {ORG}, amministrazione stabili
CONDUTTORE:  {P2}, nato il {DOB}
             e {P3}, solidalmente responsabili
Recapito:    tel. {PHONE}, e-mail {EMAIL2}

OGGETTO DELLA LOCAZIONE
Appartamento di 3½ locali al 2° piano, {ADDR2}, con cantina n. 4 e posteggio esterno n. 9.

DURATA
Inizio della locazione: {DATE}. Il contratto è di durata indeterminata e può essere disdetto
da entrambe le parti con preavviso di tre mesi per la fine di ogni mese, eccetto dicembre.

PIGIONE E SPESE ACCESSORIE                                      mensili CHF
Pigione netta                                                      {AMT}
Acconto spese riscaldamento e acqua calda                            160.00
Acconto spese accessorie (portineria, luce scale)                     85.00
Posteggio esterno                                                     50.00

Deposito di garanzia: tre pigioni nette, da versare su conto di garanzia intestato al
conduttore entro il {DATE2}.

Animali domestici: [ ] non ammessi   [X] ammessi previa autorizzazione scritta.

Il conduttore dichiara di aver ricevuto il formulario ufficiale per la notifica della
pigione iniziale e il regolamento della casa.

{CITY}, {DATE2}

Il locatore                     I conduttori
p.o. {IN4}                      {P2}          {P3}
"""

HELD["chat_telegram_vicinato"] = """
Vicini di casa – quartiere stazione 🏘️
482 membri

——— {DATE} ———

{P1}
Buongiorno a tutti. Stanotte hanno rigato tre macchine nel parcheggio dietro la farmacia.
Qualcuno ha visto qualcosa? Io sono quella della Panda blu 😡
                                                                           07:42

{P4}
Anche la mia, fiancata destra. Ho già fatto denuncia. @{fl3} tu hai la telecamera sul balcone giusto?
                                                                           07:50

{P3}
In risposta a {P4}
Sì, stasera guardo le registrazioni e vi dico
                                                                           08:03

Inoltrato da {P2}
⚠️ Avviso ai residenti: lunedì pulizia strade, divieto di sosta dalle 6 alle 12.
                                                                           08:15

{fl1}
grazie {F3} sei un tesoro ❤️ se serve ti do il numero del carrozziere, è bravo e non costa tanto
                                                                           08:17

{P4}
{F1} anche a me serve, mandamelo in privato
                                                                           08:20

{P3}
Trovato! Alle 2:14 si vedono due ragazzi col cappuccio. Porto il video ai carabinieri, chi
vuole venire con me scriva qui. {L4} ci sei?
                                                                           21:48
"""

HELD["denuncia_sinistro_assicurazione"] = """
Spett.le
{ORG}
Ufficio Liquidazione Sinistri
{ADDR}

Trasmessa via PEC

Oggetto: DENUNCIA DI SINISTRO – polizza RC Auto n. {NUM}

La sottoscritta {P1}, C.F. {CF}, residente in {ADDR2}, tel. {PHONE},
contraente e conducente del veicolo assicurato con la polizza in oggetto,

                                  DENUNCIA

il sinistro avvenuto il giorno {DATE} alle ore {TIME} in {CITY}, all'incrocio
regolato da semaforo nei pressi del centro commerciale.

VEICOLO A (assicurato):   autovettura Fiat Panda, conducente la sottoscritta
VEICOLO B (controparte):  furgone Iveco Daily, conducente {P2}, assicurato con {ORG2}

DINAMICA: il veicolo B, provenendo dalla mia sinistra, non si fermava al semaforo rosso e
urtava la fiancata anteriore sinistra del mio veicolo.

[X] modulo CAI compilato e firmato da entrambi i conducenti (allegato)
[ ] intervento delle Autorità          [X] presenza di testimoni
[ ] lesioni alle persone

TESTIMONI:  {PC3}, tel. {PHONE2}
            {PC4}, passeggero del veicolo B

Chiedo che l'eventuale risarcimento venga accreditato sul conto IBAN {IBAN} intestato a
{PU1}.

Distinti saluti
{P1}
"""

HELD["ricevuta_prestazione_fisioterapia"] = """
Dott.ssa {P3}
Fisioterapista – iscritta all'Albo dei Fisioterapisti
{ADDR}
P. IVA {PIVA}  ·  cell. {PHONE}

                                                        RICEVUTA N. 57/{YEAR}
                                                        {CITY}, {DATE}

Ricevo da:    {P1}
C.F.:         {CF}
Paziente (se diverso dal pagante):   {PC2}

la somma di € {AMT} per le seguenti prestazioni sanitarie:

  Descrizione                                          N.    Importo
  Seduta di rieducazione motoria post-operatoria        5     ........
  Terapia manuale rachide cervicale                     2     ........
  Bendaggio funzionale                                  1     ........

Prestazione sanitaria esente IVA ai sensi dell'art. 10, n. 18, D.P.R. 633/1972.
Imposta di bollo da € 2,00 assolta sull'originale.

Pagamento:   [ ] contanti     [X] POS / tracciabile     [ ] bonifico

Spesa detraibile ai fini IRPEF se sostenuta con mezzi tracciabili.

                                                   Firma
                                                   ______________________
"""

HELD["export_json_volontari"] = """
{
  "esportazione": "anagrafica_volontari",
  "generata_il": "{DATE}",
  "ente": "{ORG}",
  "referente_privacy": "{P4}",
  "volontari": [
    {
      "cognome": "{L1}",
      "nome": "{F1}",
      "codice_fiscale": "{CF}",
      "data_nascita": "{DOB}",
      "indirizzo": "{ADDR}",
      "cellulare": "{PHONE}",
      "email": "{EMAIL1}",
      "turni": ["mensa sabato", "trasporto disabili"],
      "consenso_foto": true
    },
    {
      "nominativo": "{PU2}",
      "email": "{EMAIL2}",
      "cellulare": "{PHONE2}",
      "iscritto_dal": "{DATE2}",
      "note": "autista, patente C. Sostituisce {F3} il martedì"
    },
    {
      "nominativo": "{PU3}",
      "email": "{EMAIL3}",
      "note": "in prova, tutor: {IN1}"
    }
  ]
}
"""

HELD["curriculum_vitae_europeo"] = """
                        CURRICULUM VITAE – FORMATO EUROPEO

INFORMAZIONI PERSONALI
  Nome                 {PX1}
  Indirizzo            {ADDR}
  Telefono             {PHONE}
  E-mail               {EMAIL1}
  Data di nascita      {DOB}
  Nazionalità          italiana

ESPERIENZA LAVORATIVA
  • Date (da – a)      {DATE} – oggi
  • Datore di lavoro   {ORG}, {CITY}
  • Tipo di impiego    Responsabile amministrativa, contratto a tempo indeterminato
  • Mansioni           contabilità generale, bilanci d'esercizio, gestione del personale
                       (12 dipendenti), rapporti con banche e consulente del lavoro

  • Date (da – a)      {DATE2} – due anni
  • Datore di lavoro   {ORG2}
  • Tipo di impiego    Impiegata contabile

ISTRUZIONE E FORMAZIONE
  Diploma di Ragioneria – Istituto Tecnico Commerciale statale, voto 92/100
  Laurea in Economia Aziendale, 110/110

CAPACITÀ E COMPETENZE PERSONALI
  Madrelingua: italiano · Inglese B2 · Tedesco A2
  Pacchetto Office, gestionali per la contabilità, fatturazione elettronica
  Patente B, automunita

REFERENZE
  {P2}, direttore amministrativo presso {ORG2} – {EMAIL2}

Autorizzo il trattamento dei miei dati personali ai sensi del Reg. UE 2016/679.

{CITY2}, {DATE2}                                            {P1}
"""

HELD["verbale_consiglio_amministrazione"] = """
{ORG}
Sede legale: {ADDR} – Capitale sociale € 100.000,00 i.v. – P. IVA {PIVA}

VERBALE DELLA RIUNIONE DEL CONSIGLIO DI AMMINISTRAZIONE DEL {DATE}

Il giorno {DATE}, alle ore {TIME}, presso la sede sociale, si è riunito il Consiglio di
Amministrazione della Società per discutere e deliberare sul seguente

ORDINE DEL GIORNO
1. Approvazione del progetto di bilancio al 31 dicembre;
2. Acquisto di un nuovo capannone nella zona industriale di {CITY2};
3. Varie ed eventuali.

Sono presenti:
  - {P1}, Presidente
  - {P2}, Amministratore Delegato
  - {P4}, Consigliere (collegato in videoconferenza)
Per il Collegio Sindacale è presente il Presidente, dott.ssa {P3}.

Assume la presidenza, a norma di statuto, la sig.ra {L1}, la quale chiama a fungere da
segretario il consigliere {L4}, che accetta.

Sul punto 1, l'Amministratore Delegato {L2} illustra l'andamento dell'esercizio; il Consiglio,
udito il parere favorevole del Collegio Sindacale, approva all'unanimità.
Sul punto 2, dopo ampia discussione, il Consiglio delibera di conferire mandato all'ing. {L2}
per la trattativa, fino a un prezzo massimo di € {AMT} oltre imposte.
Sul punto 3 nessuno chiede la parola.

Null'altro essendovi da deliberare, la seduta è tolta alle ore 19:10.

      Il Presidente                              Il Segretario
      {P1}                                       {P4}
"""

HELD["email_interna_inoltrata"] = """
Da: {P3} <{EMAIL3}>
Data: {DATE} {TIME}
A: {P4} <{EMAIL4}>
Cc: {IN1}; {IN2}
Oggetto: I: Sopralluogo cantiere {CITY} – chi ci va?

Ciao {F4},

ti giro la mail di {F1} qui sotto. Io giovedì sono in ferie, quindi tocca a te oppure a
{L2} (che però ha il collaudo a {CITY2}, sentilo tu). Fammi sapere entro stasera così
avviso il committente.

Grazie, {F3}

---------- Messaggio inoltrato ----------
Da: {P1} <{EMAIL1}>
Data: {DATE2}
Oggetto: Sopralluogo cantiere {CITY}
A: {P3} <{EMAIL3}>

Ciao {F3},
il committente ({ORG}) chiede un sopralluogo congiunto per verificare le quote dei
solai prima del getto. Servirebbe qualcuno di voi con la stazione totale.
Il referente in cantiere è il capocantiere, sig. {PU2}, raggiungibile al {PHONE2}.

Un saluto,

{P1}
Project Engineer
{ORG2}
Tel. {PHONE} | {EMAIL1}
"""

HELD["classifica_stracittadina"] = """
14ª STRACITTADINA DI {CITY} – 10 km competitiva e non competitiva
Organizzazione: {ORG}  ·  {DATE}  ·  partenza ore {TIME}

CLASSIFICA FEMMINILE ASSOLUTA
Pos  Pett.  Atleta                         Cat.    Società                            Tempo
---  -----  -----------------------------  ------  ---------------------------------  -------
  1   0412  {PU1}                          SF35    {ORG2}                             0:38:12
  2   0388  {PU3}                          SF      Libero                             0:39:47

CLASSIFICA MASCHILE ASSOLUTA
Pos  Pett.  Atleta                         Cat.    Società                            Tempo
---  -----  -----------------------------  ------  ---------------------------------  -------
  1   0077  {PU2}                          SM      {ORG2}                             0:32:05
  2   0154  {PU4}                          SM45    {ORG}                              0:33:58

Miglior tempo di giornata: {PI2}. Da segnalare il secondo posto della coppia
{L2}-{L4} nella staffetta 2x5 km, a soli otto secondi dai vincitori.

Premiazioni alle ore 12:00 presso il palco in piazza. Reclami entro 30 minuti
dall'esposizione delle classifiche, per iscritto al giudice d'arrivo.
Foto della gara a cura di {IN3}.
"""

HELD["modulo_richiesta_ferie"] = """
MODULO RICHIESTA FERIE / PERMESSI                          Mod. RU-07 rev. 3

Il/La sottoscritto/a ........ {PU3} ........  matricola .... {NUM} ....
Reparto ........ Magazzino spedizioni ........   Turno:  [X] giornaliero  [ ] a ciclo

                                   CHIEDE

[X] ferie                    [ ] permesso retribuito (ROL)
[ ] permesso non retribuito  [ ] congedo parentale   [ ] permesso L. 104/92

dal giorno .... {DATE} ....  al giorno .... {DATE2} ....  (totale gg. lavorativi: 6)

Motivazione (facoltativa): matrimonio della sorella

Sostituto durante l'assenza: ........ {IN4} ........

Data ....................                 Firma del dipendente ......................

---------------------------------------------------------------------------------
PARTE RISERVATA AL RESPONSABILE
[X] si autorizza        [ ] non si autorizza        [ ] si autorizza parzialmente
Note: rientro obbligatorio per l'inventario di fine mese.
Il Responsabile: {P2}

PARTE RISERVATA ALL'UFFICIO PERSONALE
Registrato in procedura presenze da: {fl1}        il ....................
"""

HELD["neg_orario_autobus"] = """
LINEA 4   OSPEDALE ↔ STAZIONE FS ↔ ZONA INDUSTRIALE
ORARIO FERIALE INVERNALE – valido dal lunedì al sabato, escluso agosto

FERMATE                     corsa   corsa   corsa   corsa   corsa   corsa
                              401     403     405     407     409     411
Ospedale – Pronto Soccorso   06:10   07:05   08:20   12:40   14:15   18:30
Piazza del Municipio         06:16   07:12   08:27   12:47   14:22   18:37
Scuole Medie                   |     07:18     |     12:53     |       |
Stazione FS (Capolinea)      06:24   07:25   08:35   13:00   14:30   18:45
Cimitero                     06:29   07:30   08:40   13:05   14:35   18:50
Centro Commerciale           06:34   07:36   08:46   13:11   14:41   18:56
Zona Industriale Nord        06:40   07:42   08:52   13:17   14:47   19:02

NOTE
|  = la corsa non transita dalla fermata
Corsa 403: effettuata solo nei giorni di scuola.
Corsa 411: prosegue come Linea 4 barrata fino al Deposito.

TARIFFE   Biglietto Corsa Semplice € 1,50 · Biglietto a Bordo € 2,50 · Carnet 10 Corse € 13,00
ATTENZIONE: Convalidare il Biglietto all'atto della Salita. Il Personale di Controllo
può applicare la Sanzione Amministrativa prevista dal Regolamento Aziendale.
Informazioni e Oggetti Smarriti: Biglietteria della Stazione, dal Lunedì al Venerdì.
"""

HELD["neg_istruzioni_lavatrice"] = """
LAVATRICE A CARICA FRONTALE – GUIDA RAPIDA

ATTENZIONE: Prima del Primo Utilizzo rimuovere i Bulloni di Trasporto sul Retro.
Conservare il presente Libretto per future consultazioni.

AVVIO DI UN LAVAGGIO
1. Aprire l'Oblò e caricare la Biancheria senza superare il Carico Massimo.
2. Versare il Detersivo nella Vaschetta II e l'Ammorbidente nello Scomparto con il Fiore.
3. Ruotare la Manopola sul Programma desiderato.
4. Premere AVVIO/PAUSA. Il Display mostra il Tempo Residuo.

TABELLA PROGRAMMI
Programma           Temp. max    Carico max    Centrifuga    Durata
Cotone Eco 40-60    60 °C        9 kg          1400 giri     3:38
Sintetici           40 °C        4 kg          1000 giri     1:55
Lana / Lavaggio a Mano  30 °C    2 kg           800 giri     0:55
Rapido 15'          20 °C        2 kg           800 giri     0:15
Risciacquo + Centrifuga  –       9 kg          1400 giri     0:20

CODICI DI ERRORE
E10   Mancato Carico Acqua: verificare il Rubinetto e il Tubo di Carico.
E21   Scarico Lento: pulire il Filtro Pompa (Sportellino in basso a destra).
E40   Oblò non Chiuso: richiudere fino allo scatto.
Se il Codice persiste, spegnere l'Apparecchio e contattare il Centro Assistenza Autorizzato.

MANUTENZIONE
Pulire la Guarnizione dell'Oblò ogni mese. Eseguire un Ciclo a Vuoto a 90 °C ogni 40 lavaggi.
"""
