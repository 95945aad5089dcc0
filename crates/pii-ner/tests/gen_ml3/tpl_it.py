"""Modelli italiani per il terzo insieme multilingue di generalizzazione (vedi gen_ml3.py).

Italian templates for the third multilingual generalization set (see gen_ml3.py).

Ogni modello è un documento diverso, scritto direttamente in italiano per questo insieme, come lo si
scriverebbe davvero in Italia o nella Svizzera italiana: lettere commerciali, pratiche del personale,
documenti sanitari, atti legali e amministrativi, ticket di assistenza, catene di e-mail, chat, verbali,
registri scolastici, moduli, esportazioni CSV/TSV e JSON, fatture e ricevute, denunce, cronaca locale,
notiziari, annunci, curricula. Due modelli per metà non contengono alcun dato personale.

Provenienza dei nomi: elenchi compilati a mano di nomi propri e cognomi comuni e reali in Italia e nella
Svizzera italiana, nei paesi vicini (Slovenia, Romania, Albania) e nelle comunità di immigrati più
numerose (Marocco, Egitto, Filippine, India, Bangladesh, Sri Lanka, Cina, Ucraina, Senegal, Nigeria,
Perù), del tipo registrato come elementi Wikidata «nome proprio» / «cognome» (Wikidata: CC0 1.0);
nessuno è preso da Faker o da altre librerie di dati fittizi, nessuno compare negli elenchi dei primi due
insiemi (lo controlla gen_ml3.py). I comuni sono reali; le organizzazioni e i domini di posta sono
inventati.
"""

GIVEN_F = [
    # Italia: nomi tradizionali, alcuni meno frequenti ma del tutto comuni
    "Gemma", "Adele", "Emanuela", "Ersilia", "Fiorella", "Iolanda", "Liliana", "Livia", "Lorenza",
    "Marcella", "Ombretta", "Orietta", "Raffaella", "Rossella", "Sveva", "Tecla", "Nunzia",
    "Immacolata", "Rosalba", "Ottavia", "Lucilla", "Gisella", "Cinzia", "Clelia", "Nives",
    "Michela", "Giuseppina", "Maddalena", "Elisabetta", "Flaminia", "Lavinia",
    # Italia: nomi composti scritti come una parola sola
    "Annamaria", "Mariapia", "Gianfranca", "Rosangela", "Maristella", "Pierangela",
    # Slovenia e minoranza slovena (Trieste, Gorizia)
    "Mojca", "Špela", "Urška", "Nataša",
    # Romania (anche con nome doppio unito da trattino)
    "Nicoleta", "Georgiana", "Mădălina", "Nicoleta-Ionela",
    # Albania
    "Elira", "Blerina", "Valbona", "Jonida", "Rezarta", "Enkelejda",
    # Marocco
    "Latifa", "Hanane", "Zineb", "Meryem",
    # Filippine (nomi doppi in due parole)
    "Mary Grace", "Mary Joy", "Rowena",
    # India (Punjab), Bangladesh, Sri Lanka
    "Harpreet", "Manpreet", "Nasrin", "Sharmin", "Nirosha", "Dilani",
    # Cina, Ucraina, Nigeria
    "Meiling", "Xiuying", "Nataliya", "Chiamaka",
]

GIVEN_M = [
    # Italia: nomi tradizionali
    "Ermanno", "Fulvio", "Ivano", "Lamberto", "Manlio", "Nazzareno", "Oreste", "Osvaldo",
    "Pasquale", "Romolo", "Sebastiano", "Silvano", "Vinicio", "Corrado", "Damiano", "Egidio",
    "Ezio", "Flavio", "Girolamo", "Lucio", "Massimiliano", "Nevio", "Orazio", "Renzo", "Tullio",
    "Saverio", "Calogero", "Antonino", "Gesualdo", "Fiorenzo", "Adelmo", "Ruggero", "Alvise",
    "Aurelio", "Ignazio", "Amedeo", "Gualtiero", "Duilio", "Remigio", "Nicolò",
    # Italia: nomi composti (in due parole o in una)
    "Pier Paolo", "Giovan Battista", "Gianmaria", "Piergiorgio", "Pierangelo",
    # Romania
    "Cătălin", "Sorin", "Ovidiu", "Sergiu", "Liviu-Marius",
    # Albania
    "Ardit", "Gentian", "Erion", "Dritan", "Fatmir", "Klodian", "Agron", "Bashkim",
    # Egitto, Senegal
    "Mahmoud", "Tarek", "Moustapha", "Cheikh", "Abdoulaye",
    # India (Punjab), Bangladesh
    "Gurdeep", "Harjit", "Jaswinder", "Rakib", "Shahidul",
    # Cina, Filippine, Slovenia, Perù
    "Jianguo", "Zhiwei", "Jericho", "Rodel", "Matej", "Blaž", "Primož", "Wilmer",
]

FAMILY = [
    # Lombardia, Piemonte
    "Vismara", "Tagliabue", "Cazzaniga", "Galbiati", "Confalonieri", "Frigerio", "Radaelli",
    "Sironi", "Crippa", "Longoni", "Dell'Orto",
    # Veneto, Friuli, Trentino (con le preposizioni come si scrivono: Dal, Dalla, Da)
    "Zanardo", "Boscolo", "Vianello", "Nordio", "Bettin", "Toffolo", "Pavan", "Zanon", "Bellotto",
    "Dal Molin", "Dal Maso", "Da Ros", "Dalla Pozza", "Dal Zotto", "Corrò", "Bellò",
    # Emilia, Toscana, Marche, Lazio
    "Piccinini", "Ferraresi", "Bonaccorsi", "Vannucci", "Mariotti", "Ceccarelli", "Capecchi",
    "Biagini", "Fiorucci", "De Sanctis", "Degli Esposti",
    # Campania, Puglia, Calabria, Sicilia
    "Scognamiglio", "Capuozzo", "Iannuzzi", "Pagliarulo", "D'Ambrosio", "D'Onofrio", "De Filippis",
    "Di Benedetto", "Delle Donne", "La Spina", "Li Causi", "Musumeci", "Pappalardo", "Condorelli",
    "Cannizzaro", "Pulvirenti", "Zappalà", "Calabrò", "Gullà", "Loiacono",
    # Sardegna
    "Orrù", "Dessì", "Porcu", "Deiana", "Cossu", "Fadda", "Spanu",
    # Svizzera italiana (Ticino, Grigioni italiano), anche doppi con trattino
    "Lurati", "Galfetti", "Induni", "Gianinazzi", "Cavadini", "Soldati-Pellandini", "Induni-Beffa",
    # Slovenia e minoranza slovena
    "Kovačič", "Žagar", "Košuta", "Vodopivec", "Pahor",
    # Romania
    "Dumitrescu", "Stănescu", "Ciobanu", "Moldovan", "Lungu", "Tănase",
    # Albania
    "Dervishi", "Prifti", "Gashi", "Berisha", "Krasniqi", "Xhafa", "Lleshi",
    # Marocco, Egitto
    "Ouazzani", "Bouzidi", "Abdelrahman",
    # Cina, Filippine, India, Bangladesh, Sri Lanka
    "Zheng", "Xu", "Macaraeg", "Villanueva", "Sandhu", "Grewal", "Dhillon", "Hossain", "Rahman",
    "Perera", "Jayasuriya",
    # Ucraina, Senegal, Perù
    "Shevchenko", "Tkachuk", "Gueye", "Huamán",
]

CITIES = [
    "Reggio Emilia", "Castelfranco Veneto", "San Donà di Piave", "Sesto San Giovanni",
    "Cinisello Balsamo", "Montecatini Terme", "Ascoli Piceno", "Vibo Valentia", "Torre del Greco",
    "Pozzuoli", "Caltanissetta", "Civitavecchia", "Vigevano", "Lecco", "Treviso", "Cremona",
    "Foligno", "Pordenone", "Bassano del Grappa", "Rovereto", "Merano", "Carpi", "Faenza",
    "Lamezia Terme", "Altamura", "Olbia", "Nuoro", "Sant'Antioco", "Castello-Molina di Fiemme",
    "Pieve di Bono-Prezzo", "Bellinzona", "Locarno", "Mendrisio", "Chiasso", "Biasca", "Poschiavo",
]

STREETS = [
    "Via dei Mille", "Viale della Repubblica", "Corso Vittorio Emanuele II", "Piazza Garibaldi",
    "Via Nazionale", "Largo Augusto", "Vicolo del Pozzo", "Via Fratelli Bandiera", "Via XX Settembre",
    "Via IV Novembre", "Via San Francesco d'Assisi", "Viale Trento e Trieste", "Via Aurelio Saffi",
    "Piazzale Cadorna", "Via Cesare Battisti", "Lungomare Cristoforo Colombo", "Via Vincenzo Vela",
    "Via alla Chiesa", "Via delle Scuole", "Via Monte Grappa", "Borgo Santa Croce",
    "Salita Santa Caterina", "Via Privata Stresa", "Contrada San Giacomo", "Strada della Campagnola",
]

ORGS = [
    "Officine Meccaniche Brenzoni S.r.l.", "Tipografia Ferrasco & Figli S.n.c.",
    "Calzaturificio Valdemone S.p.A.", "Studio Legale Associato Orsenigo Tranquilli",
    "Studio Dentistico Carrèga", "Poliambulatorio San Rocchino", "Casa di Cura Villa Eremita",
    "Farmacia Belvedere Nuova", "Istituto Comprensivo Castelmare Nord", "Liceo Artistico Tre Fontane",
    "A.S.D. Pallavolo Lungolago", "Circolo Bocciofilo La Rotonda", "Cooperativa Sociale Il Melograno Blu",
    "Consorzio Agrario Valcerrina", "Caseificio Sociale Prato Alto", "Ferramenta Zolfanelli",
    "Panificio Fratelli Scarduzzi", "Autofficina Morsetti Gomme", "Immobiliare Corte Antica S.r.l.s.",
    "Brivalta Logistica S.p.A.", "Tessitura Gervasoni & C. S.a.s.",
    "Ufficio Tributi dell'Unione dei Comuni Valle Serpina", "Banca Popolare del Montefosco",
    "Agenzia Viaggi Sole e Vela", "Fiduciaria Pedrinis SA", "Carrozzeria Lanzi Sagl",
    "Laboratorio Analisi Cliniche Bioverde", "Centro Fisioterapico Equilibrio",
    "Studio Commercialista Benfenati & Associati", "Edilnova Costruzioni S.r.l.",
    "Trasporti Velox Adriatica S.r.l.", "Ottica Lenti Chiare",
]

MAIL_DOMAINS = [
    "brenzoni.it", "villaeremita.it", "pallavolo-lungolago.it", "netcampana.it", "pedrinis.ch",
    "tuttoposta.it", "postaserena.it", "unionevalserpina.it",
]

# ------------------------------------------------------------------------------------------------
# Metà TUNE
# ------------------------------------------------------------------------------------------------

TUNE = {
    "lettera_sollecito_pagamento": """
{ORG}
{ADDR}
P.IVA {PIVA} – Tel. {PHONE}

                                        Spett.le
                                        {ORG2}
                                        alla c.a. della Dott.ssa {P1}
                                        {ADDR2}

{CITY}, {DATE}

Oggetto: sollecito di pagamento – fattura n. {NUM}

Gentile Dott.ssa {L1},

da un controllo della nostra contabilità risulta ancora insoluta la fattura in oggetto, emessa in data {DATE2} per un importo complessivo di € {AMT}.

Le chiediamo cortesemente di provvedere al saldo entro quindici giorni dal ricevimento della presente, mediante bonifico sul conto intestato alla scrivente, IBAN {IBAN}.

Qualora il pagamento fosse già stato disposto, La preghiamo di considerare nulla la presente e di inviarci copia della contabile all'indirizzo {EMAIL2}.

Restando a disposizione per eventuali chiarimenti, porgiamo distinti saluti.

{P2}
Ufficio Amministrazione
""",

    "contratto_assunzione_estratto": """
CONTRATTO INDIVIDUALE DI LAVORO A TEMPO INDETERMINATO
(estratto)

Tra {ORG}, con sede legale in {ADDR}, P.IVA {PIVA}, in persona del legale rappresentante Sig. {P2}, di seguito «Datore di lavoro»,

e la Sig.ra {P1}, nata a {CITY} il {DOB}, residente in {ADDR2}, codice fiscale {CF}, di seguito «Lavoratrice»,

si conviene e si stipula quanto segue.

Art. 1 – Decorrenza. Il rapporto di lavoro ha inizio il {DATE}, con un periodo di prova di sessanta giorni di effettivo lavoro.
Art. 2 – Inquadramento. La Lavoratrice è assunta con la qualifica di impiegata amministrativa, 4° livello del CCNL applicato.
Art. 3 – Sede di lavoro. La prestazione sarà resa presso l'unità operativa di {CITY2}, fatte salve eventuali trasferte.
Art. 4 – Retribuzione. La retribuzione lorda mensile è fissata in € {AMT}, per quattordici mensilità.
Art. 5 – Orario. L'orario settimanale è di 40 ore, distribuite su cinque giorni.

Letto, confermato e sottoscritto.

{CITY2}, {DATE2}

Il Datore di lavoro                          La Lavoratrice
{P2}                                         {P1}
""",

    "mail_richiesta_ferie": """
Da: {P3} <{EMAIL3}>
A: {P4} <{EMAIL4}>
Oggetto: Richiesta ferie estive

Ciao {F4},

ti scrivo per chiederti l'approvazione di due settimane di ferie, dal {DATE} al {DATE2} compresi.
Ho già concordato con {F1} la copertura dello sportello: lei resterà in sede per tutto il periodo e per le urgenze potrà comunque contattarmi al {PHONE}.

Le pratiche aperte le lascio nella cartella condivisa, con una nota su ciascuna.
Fammi sapere se ci sono problemi con le date, eventualmente posso spostarle di qualche giorno.

Grazie e buona giornata,
{F3}

--
{P3}
Assistente commerciale – {ORG}
Tel. {PHONE2}
""",

    "lettera_referenze": """
{ORG}
{ADDR}

{CITY}, {DATE}

LETTERA DI REFERENZE

A chi di competenza,

con la presente si attesta che il Sig. {P4}, nato il {DOB}, ha lavorato presso la nostra azienda a partire dal {DATE2}, dapprima come magazziniere e successivamente come responsabile del reparto spedizioni.

Nel corso del rapporto il Sig. {L4} si è distinto per affidabilità, precisione e spirito di collaborazione. Ha coordinato una squadra di sei persone, curando i rapporti con i corrieri e con il nostro fornitore principale, {ORG2}, con piena soddisfazione di entrambe le parti.

Lascia l'azienda di sua iniziativa, per avvicinarsi alla famiglia, e lo raccomandiamo senza riserve a qualsiasi datore di lavoro.

Per ulteriori informazioni è possibile contattare la sottoscritta al numero {PHONE} o all'indirizzo {EMAIL1}.

Cordiali saluti

Dott.ssa {P1}
Responsabile Risorse Umane
""",

    "impegnativa_visita_specialistica": """
PRESCRIZIONE DI PRESTAZIONI SPECIALISTICHE

Cognome e nome: {PU1}
Codice fiscale: {CF}
Data di nascita: {DOB}
Indirizzo: {ADDR}
Esenzione: nessuna
Priorità: B (entro 10 giorni)

Prescrizione:
1 x visita cardiologica
1 x elettrocardiogramma di base

Quesito diagnostico: palpitazioni ricorrenti da circa un mese, in paziente con familiarità per aritmie. Si chiede di valutare l'opportunità di Holter ECG delle 24 ore.

Data: {DATE}
Il medico prescrittore: Dott. {P2}
Medico di medicina generale – ambulatorio di {CITY}
Tel. ambulatorio {PHONE}
""",

    "promemoria_appuntamento": """
Promemoria appuntamento

Gentile Sig.ra {L3},
Le ricordiamo l'appuntamento per la visita dermatologica fissato per il {DATE} alle ore {TIME} presso {ORG}, {ADDR}.

Si presenti con 15 minuti di anticipo, munita di tessera sanitaria, dell'impegnativa e della documentazione clinica precedente.
In caso di impossibilità La preghiamo di disdire almeno 48 ore prima, chiamando il {PHONE} o scrivendo a {EMAIL2}.

Medico: Dott. {IN2}
Codice prenotazione: {NUM}

Messaggio automatico, si prega di non rispondere.
""",

    "procura_speciale": """
PROCURA SPECIALE

La sottoscritta {P1}, nata a {CITY} il {DOB}, residente in {ADDR}, codice fiscale {CF},

NOMINA E COSTITUISCE

proprio procuratore speciale il Sig. {P2}, nato a {CITY2}, residente in {ADDR2}, affinché in nome e per conto della mandante possa:

– ritirare presso {ORG} la documentazione relativa alla pratica n. {NUM};
– sottoscrivere ogni atto, istanza o dichiarazione necessaria alla definizione della pratica stessa;
– riscuotere le somme eventualmente dovute, rilasciandone quietanza, anche mediante accredito sul conto IBAN {IBAN}.

Il tutto con promessa di avere per rato e valido l'operato del procuratore, senza obbligo di rendiconto.

La presente procura ha validità fino al {DATE}.

{CITY2}, {DATE2}

Firma della mandante
_______________________
({PX1})
""",

    "verbale_contravvenzione": """
Comune di {CITY} – Polizia Locale
Verbale di accertamento di violazione al Codice della Strada n. {NUM}

Il giorno {DATE} alle ore {TIME}, in {ADDR}, l'agente sottoscritto ha accertato la seguente violazione:
sosta in zona a traffico limitato senza autorizzazione (art. 7, commi 1 e 14, C.d.S.).

Veicolo: autovettura, targa come da fotogramma allegato
Proprietario / obbligato in solido: {PU4}, nato il {DOB}
Residenza: {ADDR2}

Importo da pagare: € {AMT} (ridotto del 30% se il pagamento avviene entro 5 giorni dalla notifica)
Modalità di pagamento: bonifico su IBAN {IBAN}, indicando nella causale il numero del verbale.
Ricorso: entro 60 giorni al Prefetto o entro 30 giorni al Giudice di Pace competente per territorio.

Contestazione non immediata per assenza del trasgressore al momento dell'accertamento.

L'agente accertatore: matr. 214 – {IN2}
Per informazioni: Ufficio Verbali, tel. {PHONE}
""",

    "ticket_assistenza_fatturazione": """
Ticket #{NUM} – Stato: In lavorazione
Priorità: Media
Categoria: Fatturazione
Aperto da: {P3} ({EMAIL3})
Cliente: {ORG}
Assegnato a: {P4}
Data apertura: {DATE}

Descrizione:
Buongiorno, nell'ultima fattura ci è stato addebitato due volte il canone mensile. Il totale corretto dovrebbe essere € {AMT}. Potete verificare ed emettere una nota di credito? Per urgenze sono raggiungibile al {PHONE}.

--- Nota interna ({fl4}, {TIME}) ---
verificato sul gestionale: doppio addebito confermato. preparo la nota di credito e avviso la cliente

--- Risposta al cliente ---
Gentile Sig.ra {L3},
abbiamo verificato la Sua segnalazione e confermiamo l'errore. La nota di credito verrà emessa entro il {DATE2} e compensata sulla prossima fattura.
Ci scusiamo per il disagio.
{F4} – Assistenza Clienti {ORG2}
""",

    "email_inoltrata_preventivo": """
Da: {P2} <{EMAIL2}>
Inviato: {DATE} {TIME}
A: {P1} <{EMAIL1}>
Cc: {P4} <{EMAIL4}>
Oggetto: I: Preventivo allestimento stand

Ciao {F1},
ti inoltro il preventivo che ci ha mandato {ORG}. Mi sembra alto rispetto all'anno scorso, puoi darci un'occhiata prima della riunione di budget?
Grazie,
{F2}

---------- Messaggio inoltrato ----------
Da: {P3} <{EMAIL3}>
Data: {DATE2}
Oggetto: Preventivo allestimento stand
A: {EMAIL2}

Gentile Sig. {L2},
come da accordi telefonici Le invio in allegato il preventivo n. {NUM} per l'allestimento dello stand, per un importo di € {AMT} IVA esclusa.
Il prezzo comprende montaggio, smontaggio e trasporto da {CITY}.
Resto a disposizione per qualsiasi modifica.

Cordiali saluti
{P3}
Ufficio Commerciale – {ORG}
{PHONE}
""",

    "chat_whatsapp_condominio": """
{DATE}, {TIME} - {P1}: Buonasera a tutti, qualcuno sa quando passa il tecnico dell'ascensore?
{DATE}, {TIME} - {P2}: Mi ha scritto l'amministratore, viene in mattinata
{DATE}, {TIME} - {P3}: Perfetto grazie {F2}! Allora lascio il portone aperto?
{DATE}, {TIME} - {P2}: No meglio di no, gli apro io che sono a casa
{DATE}, {TIME} - {P4}: Ricordo a tutti che la rata delle spese va versata entro la scadenza del rendiconto, IBAN del condominio {IBAN}
{DATE}, {TIME} - {P1}: <Media omessi>
{DATE}, {TIME} - {P1}: Questa è la ricevuta del bonifico, {F4} me la confermi?
{DATE2}, {TIME} - {P4}: Confermo {F1}, ricevuto 👍
{DATE2}, {TIME} - {P3}: Scusate, l'amministratore ha cambiato numero? Quello vecchio non risponde
{DATE2}, {TIME} - {P4}: Sì, adesso è {PHONE}
{DATE2}, {TIME} - {P3}: Grazie mille!
""",

    "verbale_riunione_progetto": """
VERBALE DI RIUNIONE – Comitato di progetto

Data: {DATE}, ore {TIME}
Luogo: sala riunioni, {ADDR}
Presenti: {P1} (presidente), {P2}, {P3}, {IN4} ({ORG2})
Assenti giustificati: nessuno
Verbalizzante: {P3}

Ordine del giorno
1. Stato di avanzamento dei lavori
2. Budget del secondo semestre
3. Varie ed eventuali

1. La Dott.ssa {L1} apre la seduta e riassume le attività svolte. L'Ing. {L4} illustra i ritardi nella consegna dei materiali da parte di {ORG2} e propone di applicare la penale prevista dal contratto.
2. Il Sig. {L2} presenta il prospetto di spesa aggiornato: lo scostamento rispetto al preventivo è di € {AMT}. Il comitato approva all'unanimità.
3. Nessun argomento.

La prossima riunione è fissata per il {DATE2} presso la sede di {ORG}.
Non essendovi altro da discutere, la seduta è tolta.

La verbalizzante
{IN3}
""",

    "elenco_classe_quadrimestre": """
{ORG}
Classe 3ª B – a.s. {YEAR}
Coordinatrice di classe: Prof.ssa {P1}

ESITI DEL PRIMO QUADRIMESTRE

N.  Cognome e nome                 Media   Assenze   Note
1   {PI2}                          6,9     12        carenza in matematica
2   {PI3}                          8,1     4         —
3   {PI4}                          7,3     9         —

Rappresentante degli studenti: {P3}
Colloqui con le famiglie: su prenotazione tramite registro elettronico.

La Coordinatrice
Prof.ssa {IN1}
""",

    "modulo_iscrizione_corso": """
DOMANDA DI ISCRIZIONE – CORSI SERALI {YEAR}
{ORG}

La sottoscritta
Cognome ........................ {L1}
Nome ........................... {F1}
Nata a ......................... {CITY}
Il ............................. {DOB}
Codice fiscale ................. {CF}
Residente in ................... {ADDR}
Telefono ....................... {PHONE}
E-mail ......................... {EMAIL1}

CHIEDE
l'iscrizione al corso di:  [X] Inglese B1   [ ] Informatica di base   [ ] Contabilità

Modalità di pagamento: [X] bonifico   [ ] contanti
Quota di iscrizione: € {AMT}

Dichiara di aver preso visione dell'informativa sul trattamento dei dati personali.

{CITY2}, lì {DATE}                    Firma ______________________
""",

    "export_csv_anagrafica_clienti": """
codice;ragione_sociale;referente;email;telefono;citta;saldo_eur
C0012;{ORG};{PC1};{EMAIL1};{PHONE};{CITY};{AMT}
C0013;{ORG2};{PC2};{EMAIL2};{PHONE2};{CITY2};0,00
C0014;privato;{PC3};{EMAIL3};;{CITY};0,00
C0015;privato;{PC4};{EMAIL4};;{CITY2};-45,10
""",

    "fattura_idraulico": """
{ORG}
{ADDR}
P.IVA {PIVA}
Tel. {PHONE} – {EMAIL2}

FATTURA N. {NUM} del {DATE}

Spett.le
Sig.ra {P1}
{ADDR2}
C.F. {CF}

Descrizione                                           Q.tà
Sostituzione caldaia a condensazione 24 kW              1
Kit scarico fumi coassiale                              1
Manodopera (ore)                                        6
Smaltimento apparecchio sostituito                      1

Totale documento (IVA 10% inclusa)                € {AMT}

Pagamento: bonifico bancario a 30 gg data fattura
IBAN {IBAN}
Tecnico intervenuto: {IN2}
""",

    "cronaca_nozze_oro": """
{CITY} – Nozze d'oro in municipio per {P3} e {P4}

Cinquant'anni fa si erano detti «sì» nella chiesa del paese; {F3} e {F4} hanno voluto rinnovare la promessa davanti al sindaco {P2}, ai tre figli e agli otto nipoti.

Lui, per decenni capocantiere di {ORG}, lei maestra elementare per quasi quarant'anni: una vita divisa tra {CITY} e {CITY2}, dove la coppia conserva ancora la casa di famiglia.

«Il segreto? Pazienza, tanta pazienza», scherza la signora {L3}, mentre il marito annuisce. Al termine della cerimonia il sindaco ha consegnato agli sposi una pergamena ricordo.

Gli auguri di tutta la redazione.

di {IN1}
""",

    "fiocco_rosa": """
FIOCCO ROSA

{CITY}, {DATE}

Alle ore {TIME}, presso il punto nascita di {CITY2}, è nata

{F1}

3,250 kg di pura gioia!

Lo annunciano con immensa emozione mamma {P3} e papà {P4},
insieme al nonno {P2}, che non sta più nella pelle.

Benvenuta, piccola {F1}!
""",

    "curriculum_vitae": """
CURRICULUM VITAE

{PX1}
Nata a {CITY} il {DOB}
Residenza: {ADDR}
Cellulare: {PHONE} – E-mail: {EMAIL1}

ESPERIENZE PROFESSIONALI
{YEAR} – oggi     Impiegata amministrativa presso {ORG}, {CITY2}
                  Contabilità fornitori, prima nota, riconciliazioni bancarie, supporto al commercialista.
In precedenza     Stagista presso {ORG2}
                  Archiviazione, fatturazione attiva, gestione della posta certificata.

ISTRUZIONE
Diploma di ragioneria (Amministrazione, Finanza e Marketing), voto 92/100

LINGUE
Inglese: B2 – Tedesco: A2

COMPETENZE INFORMATICHE
Pacchetto Office, principali gestionali contabili, fatturazione elettronica

REFERENZE
Dott. {P2}, titolare di {ORG2} – tel. {PHONE2}

Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR.
""",

    "scheda_pratica_json": """
{
  "id_pratica": "{NUM}",
  "stato": "aperta",
  "richiedente": {
    "cognome": "{L1}",
    "nome": "{F1}",
    "codice_fiscale": "{CF}",
    "data_nascita": "{DOB}",
    "luogo_nascita": "{CITY}",
    "indirizzo": "{ADDR}",
    "telefono": "{PHONE}",
    "email": "{EMAIL1}"
  },
  "delegato": {
    "nominativo": "{P2}",
    "email": "{EMAIL2}"
  },
  "ente": "{ORG}",
  "iban_rimborso": "{IBAN}",
  "importo": "{AMT}",
  "data_apertura": "{DATE}",
  "operatore": "{fl4}"
}
""",

    "partecipazione_nozze": """
{P2}
{P1}

annunciano il matrimonio della figlia

{F3}

con

{P4}

che sarà celebrato il {DATE} alle ore {TIME}
nella chiesa parrocchiale di {CITY}.

Dopo la cerimonia gli sposi saranno lieti di salutare parenti e amici
presso la villa in {ADDR}.

Si prega di confermare la presenza entro il {DATE2}
{F3} {PHONE} – {F4} {PHONE2}
""",

    "avviso_richiamo_prodotto": """
AVVISO IMPORTANTE DI SICUREZZA

Richiamo volontario del Bollitore Elettrico da 1,7 litri, lotti prodotti nel {YEAR}

Gentile Cliente,
a seguito dei controlli periodici del nostro Reparto Qualità è emerso che, in un numero limitato di esemplari, il Termostato di sicurezza potrebbe non interrompere l'alimentazione al raggiungimento dell'ebollizione.

Come riconoscere i prodotti interessati
Il codice lotto è stampato sull'Etichetta argentata sotto la Base di alimentazione. Sono interessati i lotti che iniziano con {NUM}.

Cosa fare
1. Smettere subito di usare il Bollitore e scollegarlo dalla presa.
2. Riportarlo al Punto Vendita presso il quale è stato acquistato, anche senza scontrino.
3. Scegliere tra la sostituzione gratuita con un modello equivalente e un Buono di rimborso di € {AMT}.

Nessun altro prodotto della Linea Cucina è coinvolto. Il Servizio Clienti risponde nei giorni feriali fino alle {TIME}.
Ci scusiamo per il disagio e La ringraziamo per la collaborazione.
""",

    "ricetta_torta_di_mele": """
Torta di Mele della Nonna
Dosi per 8 persone – Preparazione: 20 minuti – Cottura: 45 minuti

Ingredienti
- 3 mele Golden
- 200 g di Farina 00
- 150 g di Zucchero di canna
- 3 Uova a temperatura ambiente
- 100 g di Burro fuso
- 1 bustina di Lievito per dolci
- la scorza grattugiata di 1 limone non trattato
- un pizzico di Sale

Procedimento
1. Sbucciate le mele, tagliatene due a cubetti e una a fettine sottili; irroratele con un po' di succo di limone.
2. In una ciotola montate le uova con lo zucchero finché il composto non diventa chiaro e spumoso.
3. Unite il burro fuso ormai tiepido, la scorza di limone e, poco alla volta, la farina setacciata con il lievito e il sale.
4. Incorporate i cubetti di mela e versate l'impasto in una tortiera da 24 cm imburrata e infarinata.
5. Disponete le fettine a raggiera sulla superficie e spolverizzate con un cucchiaio di zucchero.
6. Cuocete in forno statico preriscaldato a 180 °C per circa 45 minuti; fate sempre la prova stecchino.

Il Consiglio dello Chef: servitela tiepida con una pallina di Gelato alla Crema o un velo di Zucchero a velo.
""",
}

# ------------------------------------------------------------------------------------------------
# Metà HELD (tenuta da parte)
# ------------------------------------------------------------------------------------------------

HELD = {
    "lettera_disdetta_abbonamento": """
{P1}
{ADDR}
Tel. {PHONE}

                                   Spett.le {ORG}
                                   Ufficio Clienti
                                   {ADDR2}

Raccomandata A/R

{CITY}, {DATE}

Oggetto: disdetta del contratto di abbonamento n. {NUM}

La sottoscritta {P1}, codice fiscale {CF}, titolare del contratto in oggetto,

COMUNICA

la propria volontà di recedere dal contratto a decorrere dal {DATE2}, nel rispetto del preavviso di trenta giorni previsto dalle condizioni generali.

Chiede inoltre che l'eventuale credito residuo sia rimborsato sul conto corrente a lei intestato, IBAN {IBAN}, e che la conferma dell'avvenuta cessazione sia inviata all'indirizzo {EMAIL1}.

Distinti saluti.

{P1}

Allegato: copia del documento d'identità
""",

    "cedolino_paga": """
{ORG} – P.IVA {PIVA}
{ADDR}

CEDOLINO PAGA – mensilità ordinaria            Data elaborazione: {DATE}

Dipendente: {PU1}                                Matricola: 0412
Codice fiscale: {CF}                             Data di nascita: {DOB}
Data assunzione: {DATE2}                         Qualifica: impiegata – 3° livello
Sede: {CITY}                                     Contratto: tempo indeterminato

Voce                                   Competenze      Trattenute
Retribuzione base                        1.845,00
Superminimo individuale                    120,00
Straordinario 25%                           86,40
Contributi previdenziali                                  188,40
Ritenuta IRPEF                                            301,72
Addizionale regionale                                      27,15

NETTO IN BUSTA                                        € {AMT}

Accredito su IBAN {IBAN}
Ferie residue: 14 gg – Permessi residui: 22 ore
""",

    "mail_benvenuto_neoassunto": """
Da: {P3} <{EMAIL3}>
A: {P4} <{EMAIL4}>
Cc: {P2} <{EMAIL2}>
Oggetto: Benvenuto in {ORG}! Informazioni per il primo giorno

Caro {F4},

a nome di tutto il team ti do il benvenuto in {ORG}! Ti aspettiamo il {DATE} alle ore {TIME} nella nostra sede di {ADDR}: chiedi di me alla reception.

Durante la prima settimana il tuo referente sarà {P2}, responsabile dell'area logistica, che ti affiancherà nella formazione sul gestionale e sulle procedure di magazzino.

Ti ricordo di portare:
- documento d'identità e tessera sanitaria;
- le coordinate bancarie per l'accredito dello stipendio;
- il modulo sulla privacy firmato (in allegato).

Per qualsiasi dubbio puoi scrivermi o chiamarmi al {PHONE}.

A presto!
{F3}

{P3}
HR Business Partner | {ORG}
""",

    "lettera_dimissioni_volontarie": """
{P4}
{ADDR}

                                   Spett.le {ORG}
                                   alla c.a. della Dott.ssa {P3}
                                   Responsabile del Personale
                                   {ADDR2}

{CITY}, {DATE}

Oggetto: dimissioni volontarie

Il sottoscritto {P4}, dipendente di codesta società con la qualifica di tecnico manutentore, comunica con la presente le proprie dimissioni volontarie dal rapporto di lavoro.

Come previsto dal contratto collettivo applicato, il periodo di preavviso decorrerà dal giorno successivo alla presente e terminerà il {DATE2}, ultimo giorno di servizio.

Dichiara inoltre di aver già effettuato la comunicazione telematica delle dimissioni secondo la procedura prevista.

Coglie l'occasione per ringraziare l'azienda, e in particolare il proprio responsabile {P2}, per l'esperienza professionale maturata in questi anni.

Distinti saluti

{P4}
""",

    "lettera_dimissione_ospedaliera": """
{ORG}
U.O. di Medicina Interna – Direttore: Prof. {P2}
Tel. reparto {PHONE}

LETTERA DI DIMISSIONE

Paziente: {PU3}          Nata il: {DOB}
Residenza: {ADDR}
Ricovero dal {DATE} al {DATE2}          Cartella clinica n. {NUM}

Diagnosi di dimissione: polmonite lobare destra in paziente con BPCO.

Decorso clinico: la paziente giunge in reparto dal Pronto Soccorso per febbre e dispnea. Impostata terapia antibiotica e.v., con progressivo miglioramento del quadro clinico e degli indici di flogosi. Rx torace di controllo in netto miglioramento.

Terapia alla dimissione:
- Amoxicillina/acido clavulanico 1 g, 1 cp ogni 12 ore per altri 5 giorni
- Tiotropio 2,5 mcg, 2 inalazioni al mattino
- Paracetamolo 1000 mg al bisogno

Controlli: visita pneumologica tra 30 giorni. Si affida la Sig.ra {L3} alle cure del medico curante, Dott.ssa {P1}.

Il medico di reparto
Dott. {IN4}
""",

    "ricetta_dermatologo": """
Dott.ssa {P1}
Specialista in Dermatologia e Venereologia
Studio: {ADDR} – Tel. {PHONE}
Iscr. Albo n. 4821

{CITY}, {DATE}

Sig. {P4}

Rp.
Mometasone furoato crema 0,1% – 1 tubo
Applicare una volta al giorno sulle zone interessate per 10 giorni, poi a giorni alterni per altri 10.

Cetirizina 10 mg cpr – 1 confezione
1 compressa la sera per due settimane.

Controllo dopo la fine della terapia.

Timbro e firma
""",

    "referto_analisi_laboratorio": """
{ORG}
Laboratorio Analisi – Direttore tecnico: Dott. {P2}

Paziente: {PC3}          Sesso: F          Data di nascita: {DOB}
Accettazione n. {NUM} del {DATE}
Medico richiedente: Dott.ssa {IN1}

ESAME                      RISULTATO    UNITÀ        VALORI DI RIFERIMENTO
Emoglobina                 12,1         g/dL         12,0 – 16,0
Globuli bianchi            7,8          x10^3/µL     4,0 – 10,0
Piastrine                  265          x10^3/µL     150 – 400
Glicemia                   104 *        mg/dL        70 – 100
Colesterolo totale         231 *        mg/dL        < 200
Ferritina                  18           ng/mL        15 – 150
TSH                        2,14         µUI/mL       0,27 – 4,20

* valore fuori dall'intervallo di riferimento

Referto validato elettronicamente il {DATE2} dal Dott. {P2}.
""",

    "contratto_locazione_estratto": """
CONTRATTO DI LOCAZIONE AD USO ABITATIVO
(art. 2, comma 3, L. 431/1998 – canone concordato)

Il Sig. {P2}, nato a {CITY} il {DOB}, di seguito «locatore»,

concede in locazione

alla Sig.ra {P1}, codice fiscale {CF}, residente in {ADDR2}, di seguito «conduttrice»,

l'unità immobiliare sita in {ADDR}, piano secondo, composta da tre vani oltre servizi, con cantina di pertinenza.

1. Durata. Il contratto ha durata di tre anni, dal {DATE} al {DATE2}, e si rinnova di diritto per altri due anni in mancanza di disdetta.
2. Canone. Il canone annuo è convenuto in € {AMT}, da corrispondere in rate mensili anticipate entro il giorno 5 di ogni mese mediante bonifico su IBAN {IBAN}, intestato al locatore.
3. Deposito cauzionale. La conduttrice versa a titolo di deposito cauzionale una somma pari a tre mensilità, produttiva di interessi legali.
4. Oneri accessori. Sono a carico della conduttrice le spese condominiali ordinarie, secondo le tabelle millesimali.
5. Divieto di sublocazione. È vietata la sublocazione, totale o parziale, senza il consenso scritto del locatore.

Letto, approvato e sottoscritto.

Il locatore {IN2}                    La conduttrice {IN1}
""",

    "atto_citazione_estratto": """
Tribunale ordinario di {CITY}
ATTO DI CITAZIONE

Per la Sig.ra {P3}, nata il {DOB}, residente in {ADDR}, rappresentata e difesa, giusta procura in calce al presente atto, dall'Avv. {P2} del Foro di {CITY}, presso il cui studio in {ADDR2} è elettivamente domiciliata (PEC: {EMAIL2}),
– attrice –

contro

{ORG}, P.IVA {PIVA}, in persona del legale rappresentante pro tempore,
– convenuta –

PREMESSO CHE
– in data {DATE} l'attrice acquistava dalla convenuta un impianto fotovoltaico al prezzo di € {AMT};
– l'impianto presentava sin dall'installazione gravi vizi di funzionamento, tempestivamente denunciati;
– ogni tentativo di composizione bonaria è rimasto senza esito;

tutto ciò premesso, la Sig.ra {L3}, come sopra rappresentata e difesa,

CITA

{ORG}, in persona del legale rappresentante pro tempore, a comparire davanti al Tribunale di {CITY}, all'udienza del {DATE2}, ore di rito, con invito a costituirsi nei termini di legge e con l'avvertimento che la costituzione tardiva implica le decadenze di cui agli artt. 38 e 167 c.p.c.

Avv. {P2}
""",

    "atto_notarile_compravendita": """
Repertorio n. {NUM}                                  Raccolta n. 7315

COMPRAVENDITA

Il {DATE}, in {CITY}, nel mio studio.
Avanti a me, Dott. {P4}, Notaio in {CITY}, iscritto nel Ruolo del Distretto Notarile di {CITY2}, sono presenti:
– la Sig.ra {P3}, nata a {CITY2} il {DOB}, residente in {ADDR2}, pensionata, parte venditrice;
– la Sig.ra {P1}, codice fiscale {CF}, impiegata, parte acquirente.
Detti comparenti, della cui identità personale io Notaio sono certo, mi richiedono di ricevere il presente atto, con il quale convengono quanto segue.

ARTICOLO 1 – La Sig.ra {L3} vende alla Sig.ra {L1}, che accetta e acquista, la piena proprietà dell'appartamento sito in {ADDR}, al piano primo, composto da quattro vani oltre accessori, con annesso box auto.
Il tutto censito al Catasto Fabbricati al foglio 12, particella 348, subalterno 7, categoria A/2.

ARTICOLO 2 – Il prezzo è convenuto in € {AMT}, che la parte venditrice dichiara di aver ricevuto dalla parte acquirente prima d'ora, rilasciandone ampia e liberatoria quietanza.

ARTICOLO 3 – La parte venditrice garantisce che quanto venduto è libero da ipoteche, privilegi e trascrizioni pregiudizievoli.

Richiesto, io Notaio ho ricevuto il presente atto, che ho letto ai comparenti i quali, a mia domanda, lo approvano.
""",

    "certificato_stato_famiglia": """
Comune di {CITY}
Servizi Demografici – Ufficio Anagrafe

CERTIFICATO DI STATO DI FAMIGLIA

L'Ufficiale d'Anagrafe, visti gli atti d'ufficio,

CERTIFICA

che la famiglia anagrafica residente in {ADDR} risulta così composta:

N.  Cognome e nome           Rapporto con l'intestatario     Data di nascita
1   {PU2}                    Intestatario scheda             {DOB}
2   {PU1}                    Moglie
3   {PU3}                    Suocera

Si rilascia in carta libera per gli usi consentiti dalla legge.

{CITY}, {DATE}

L'Ufficiale d'Anagrafe
{IN4}
""",

    "ticket_helpdesk_stampante": """
[HELPDESK IT] Richiesta #{NUM}
Stato: Risolta
Richiedente: {PC1} – Amministrazione
Recapito: {PHONE}
Postazione: PC-AMM-07, sede di {CITY}
Apertura: {DATE} {TIME}

Oggetto: stampante di piano non stampa

{DATE} – {P1}:
La stampante del secondo piano segnala "carta inceppata", ma non c'è nessun foglio inceppato. Abbiamo già provato a spegnerla e riaccenderla.

{DATE} – {P4} (Supporto tecnico, {ORG}):
Buongiorno Sig.ra {L1}, ho verificato da remoto: il sensore del cassetto 2 risulta sporco. Passo in giornata per la pulizia.

{DATE2} – {P4}:
Intervento eseguito, sensore pulito e test di stampa riuscito. Chiudo la richiesta; se il problema si ripresenta potete riaprirla rispondendo a questa mail o scrivendo a {EMAIL4}.
""",

    "risposta_email_citata": """
Da: {P2} <{EMAIL2}>
A: {P3} <{EMAIL3}>
Oggetto: R: Consegna incompleta – DDT n. {NUM}

Gentile Sig.ra {L3},

grazie per la segnalazione. Abbiamo verificato con il nostro magazzino di {CITY}: i colli mancanti sono stati caricati per errore su un altro mezzo e Le verranno consegnati entro il {DATE2}, senza costi aggiuntivi.

Cordiali saluti
{P2}
Responsabile spedizioni – {ORG}
Tel. {PHONE}

Il giorno {DATE} alle ore {TIME}, {P3} <{EMAIL3}> ha scritto:
> Buongiorno Sig. {L2},
> abbiamo ricevuto la merce relativa al documento di trasporto in oggetto, ma mancano due colli su cinque.
> Il vostro autista, il Sig. {L4}, ci ha detto di contattarvi direttamente.
> Vi chiedo di farci sapere al più presto quando potete completare la consegna.
> Grazie,
> {P3}
> {ORG2} – Ufficio acquisti
""",

    "chat_teams_nuovo_sito": """
Canale: progetto-nuovo-sito

{P1}  {TIME}
ciao a tutti, ho caricato le bozze della home nella cartella condivisa. @{fl2} riesci a darci un'occhiata prima della call?

{P2}  {TIME}
sì, le guardo subito dopo. @{fl4} i testi della pagina contatti sono definitivi?

{P4}  {TIME}
quasi, manca solo il numero del centralino. {F3}, ce l'hai tu?

{P3}  {TIME}
è {PHONE}, ma metterei anche la mail generica, tanto la gestisce {F1}

{P1}  {TIME}
ok, per ora scrivo {EMAIL1}. la presentazione a {ORG} resta fissata per il {DATE}?

{P2}  {TIME}
confermato, ci vediamo direttamente nella loro sede di {CITY} 👍
""",

    "verbale_assemblea_soci": """
{ORG}
VERBALE DELL'ASSEMBLEA ORDINARIA DEI SOCI

Il giorno {DATE}, alle ore {TIME}, presso la sede sociale in {ADDR}, si è riunita in seconda convocazione l'assemblea ordinaria dei soci.

Sono presenti il Presidente {P4}, i consiglieri {P1}, {P2} e {P3}, nonché 37 soci in proprio o per delega. Assume la presidenza il Sig. {L4}; funge da segretaria la Sig.ra {L3}.

Si passa alla trattazione dell'ordine del giorno.

1) Approvazione del rendiconto dell'esercizio {YEAR}. La tesoriera, {P1}, illustra il rendiconto, che chiude con un avanzo di € {AMT}. L'assemblea approva con un solo astenuto.
2) Quote associative. Su proposta del consigliere {IN2}, la quota annuale resta invariata.
3) Varie ed eventuali. Il Presidente ringrazia {ORG2} per il contributo alla manifestazione estiva e invita i soci a proporsi come volontari.

Non essendovi altro da deliberare, la seduta è tolta.

Il Presidente                    La Segretaria
{P4}                             {P3}
""",

    "esportazione_voti_tsv": """
cognome	nome	classe	materia	scritto	orale	docente
{L2}	{F2}	2A	Matematica	5,5	6	{IN1}
{L3}	{F3}	2A	Matematica	8	7,5	{IN1}
{L4}	{F4}	2A	Matematica	6,5	7	{IN1}
{L2}	{F2}	2A	Fisica	6	6	{IN1}
{L3}	{F3}	2A	Fisica	7,5	8	{IN1}
{L4}	{F4}	2A	Fisica	7	6,5	{IN1}
""",

    "ricevuta_quota_corso": """
RICEVUTA N. {NUM}

{ORG}
{ADDR} – P.IVA {PIVA}

Si dichiara di aver ricevuto dal Sig. {P4} la somma di € {AMT}
a saldo della quota di iscrizione al corso di nuoto della figlia {F3}, stagione sportiva {YEAR}.

Pagamento:  [X] contanti   [ ] POS   [ ] bonifico

{CITY}, {DATE}

Per {ORG}
{IN1}

Operazione fuori campo IVA ai sensi dell'art. 4 del D.P.R. 633/1972.
""",

    "denuncia_furto_bicicletta": """
VERBALE DI RICEZIONE DI DENUNCIA DI FURTO

Addì {DATE}, alle ore {TIME}, negli uffici di polizia di {CITY}.
Avanti al sottoscritto Ufficiale di P.G., {IN2}, è presente la Sig.ra {P1}, nata a {CITY2} il {DOB}, residente in {ADDR}, codice fiscale {CF}, reperibile al numero {PHONE}, la quale dichiara quanto segue:

«Il {DATE2}, verso le ore 21, ho lasciato la mia bicicletta a pedalata assistita legata con una catena alla rastrelliera davanti al portone di casa. La mattina seguente, uscendo per andare al lavoro, ho constatato che la catena era stata tranciata e che la bicicletta non c'era più.
La bicicletta è di colore grigio antracite, ha un valore di circa € {AMT} e il numero di telaio è {NUM}. Allego copia della fattura d'acquisto rilasciata da {ORG}.
Non ho sospetti su nessuno.»

Letto, confermato e sottoscritto.

La denunciante                        L'Ufficiale di P.G.
{P1}                                  {IN2}
""",

    "notiziario_circolo": """
IL NOTIZIARIO DEL CIRCOLO – n. 3/{YEAR}
{ORG}

Cari soci,
la stagione si è chiusa con un risultato che non vedevamo da anni: la squadra guidata da {P4} ha conquistato il titolo provinciale a coppie, battendo in finale i padroni di casa di {CITY}. Complimenti a {F4} e a tutti i giocatori!

Diamo il benvenuto ai nuovi soci {P1} e {P3}, che si sono già offerte come volontarie per la festa di fine estate.
Un grazie di cuore anche a {ORG2} per averci regalato le nuove divise.

Il tesseramento per il nuovo anno si apre il {DATE}: la quota resta di € {AMT}, da versare in segreteria oppure con bonifico (IBAN {IBAN}).
La cena sociale si terrà il {DATE2} nel salone del circolo. Prenotazioni da {F3}, al numero {PHONE}.

Un caro saluto a tutti,
il Presidente, {IN2}
""",

    "necrologio": """
È mancata all'affetto dei suoi cari

{PX3}
ved. {L4}

Ne danno il triste annuncio la figlia {F1} con il marito {F2}, i nipoti e i parenti tutti.

I funerali avranno luogo il {DATE} alle ore {TIME} nella chiesa parrocchiale di {CITY}, partendo dall'abitazione in {ADDR}.

Si ringraziano fin d'ora quanti vorranno unirsi al loro dolore.
Un ringraziamento particolare al personale di {ORG} per le amorevoli cure prestate.

{CITY}, {DATE2}
""",

    "modulo_rimborso_trasferta": """
RICHIESTA DI RIMBORSO SPESE DI TRASFERTA
{ORG}

Dipendente ..................... {PI4}
Reparto ........................ Assistenza tecnica
Luogo della trasferta .......... {CITY}
Periodo ........................ dal {DATE} al {DATE2}
Motivo ......................... installazione impianto presso {ORG2}
Totale spese anticipate ........ € {AMT}
IBAN per l'accredito ........... {IBAN}
Recapito telefonico ............ {PHONE}

Si allegano n. 6 giustificativi (ricevute, biglietti ferroviari, scontrini).

Firma del dipendente ........... ______________________
Visto del responsabile ......... Dott.ssa {P1}
""",

    "prenotazione_hotel_json": """
{
  "prenotazione": "{NUM}",
  "struttura": "{ORG}",
  "ospite": {
    "nome_completo": "{P3}",
    "email": "{EMAIL3}",
    "telefono": "{PHONE}",
    "citta": "{CITY}"
  },
  "accompagnatori": ["{P4}"],
  "check_in": "{DATE}",
  "check_out": "{DATE2}",
  "orario_arrivo_previsto": "{TIME}",
  "totale_eur": "{AMT}",
  "note": "Richiesta culla in camera, arrivo in treno"
}
""",

    "scheda_candidato_agenzia": """
SCHEDA CANDIDATO – Rif. {NUM}
{ORG}

Nominativo: {PC4}
Data di nascita: {DOB}
Domicilio: {ADDR}
Recapiti: {PHONE} / {EMAIL4}
Patente: B, automunito

Profilo: saldatore a filo e TIG con esperienza pluriennale in carpenteria metallica pesante; legge il disegno tecnico, abituato al lavoro su turni.

Esperienze:
- dal {YEAR}: saldatore presso {ORG2}, stabilimento di {CITY}
- in precedenza: operaio generico in un'azienda di serramenti di {CITY2}

Lingue: inglese scolastico
Disponibilità: immediata, anche su tre turni

Colloquio svolto il {DATE} dalla selezionatrice {P1}.
Valutazione: idoneo, da proporre al cliente. Il Sig. {L4} preferisce un impiego entro 30 km dal domicilio.
""",

    "chat_whatsapp_genitori": """
{DATE}, {TIME} - {P1}: Buongiorno genitori! Vi ricordo che per la gita serve l'autorizzazione firmata da consegnare alla maestra
{DATE}, {TIME} - {P2}: Grazie {F1}. La quota è sempre {AMT} euro?
{DATE}, {TIME} - {P1}: Sì, da versare sul conto del comitato genitori: {IBAN}
{DATE}, {TIME} - {P3}: Scusate, qualcuno ha il numero del pulmino? Mio figlio ha dimenticato lo zaino
{DATE}, {TIME} - {P4}: {PHONE}, è l'autista, chiedi di {F2}... no scusa, quello è mio cognato 😅 comunque il numero è giusto
{DATE2}, {TIME} - {P3}: Grazie {F4}, zaino recuperato!
{DATE2}, {TIME} - {P2}: Questo messaggio è stato eliminato
{DATE2}, {TIME} - {P1}: Partenza confermata davanti a {ORG}, puntuali mi raccomando
""",

    "procedura_gestione_resi": """
PROCEDURA OPERATIVA {NUM}
Gestione dei Resi da Cliente – Revisione {YEAR}

1. Scopo
La presente Procedura definisce le modalità di accettazione, controllo e registrazione dei Resi di merce da parte dei Clienti.

2. Campo di applicazione
Si applica a tutti i Punti Vendita, al Magazzino Centrale e al Servizio Clienti.

3. Responsabilità
Il Responsabile Qualità approva la Procedura e ne verifica l'applicazione. Il Capo Magazzino cura il controllo fisico della merce; l'Ufficio Amministrazione emette le Note di Credito.

4. Modalità operative
4.1 Il Reso è accettato entro 14 giorni dalla consegna, con la merce integra e nella confezione originale.
4.2 Il Reso di valore superiore a € {AMT} richiede l'autorizzazione scritta della Direzione Commerciale.
4.3 L'addetto compila il Modulo RS-01 e applica sul collo l'etichetta «RESO – DA VERIFICARE».
4.4 La merce difettosa è separata e collocata nell'Area Non Conformità.

5. Registrazioni
I Moduli RS-01 sono conservati per cinque anni presso l'Ufficio Qualità.
""",

    "informativa_videosorveglianza": """
AREA VIDEOSORVEGLIATA
Informativa semplificata sul trattamento dei dati personali

Il Titolare del Trattamento utilizza un Impianto di Videosorveglianza per finalità di sicurezza delle persone, tutela del Patrimonio aziendale e prevenzione di furti e atti vandalici.

Le immagini sono registrate e conservate per un massimo di 72 ore, salvo specifiche richieste dell'Autorità Giudiziaria, e sono visionate solo da personale autorizzato.

Le telecamere non riprendono aree di lavoro in modo continuativo né spazi riservati ai dipendenti, come spogliatoi e servizi igienici.

L'Interessato può esercitare i diritti di accesso, cancellazione e limitazione rivolgendosi alla Reception, oppure proporre reclamo all'Autorità di controllo competente.

L'Informativa completa è disponibile presso la Portineria e sul Portale interno.
""",
}
