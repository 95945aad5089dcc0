"""Modelli di documenti in italiano per il quarto insieme di generalizzazione multilingue.

Ogni modello è un documento tipico della vita amministrativa, lavorativa, sanitaria, scolastica e
privata in Italia e nella Svizzera italiana (lettere, e-mail, moduli, atti, referti, chat, registri,
esportazioni di dati, annunci), con segnaposto al posto di persone, luoghi, organizzazioni, recapiti,
date e identificativi. I nomi propri di persona sono elenchi compilati a mano di nomi e cognomi
diffusi nei paesi di lingua italiana, nei paesi vicini e nelle principali comunità di immigrati
(romena, albanese, marocchina, senegalese, cinese, filippina, indiana, bangladese, srilankese,
nigeriana, ucraina, latinoamericana), del tipo registrato come elementi «nome» / «cognome» di
Wikidata (Wikidata: CC0 1.0); nessuno proviene da Faker o da altre librerie di dati fittizi.
Organizzazioni e domini di posta sono inventati.

English summary: Italian-language templates (Italy and Italian-speaking Switzerland) for a PII
detection generalization set, split into a tune half (`TUNE`) and a held-out half (`HELD`) of
different document kinds, each with two negative templates without any personal data. The given
and family names are hand-compiled lists of names common in the countries of the language, their
neighbours and their larger immigrant communities, of the kind recorded as Wikidata given-name /
family-name items (Wikidata: CC0 1.0), none taken from Faker or any fake-data library; organisations
and mail domains are invented.
"""

GIVEN_F = [
    # nomi italiani, anche composti e di tradizione regionale
    "Annunziata", "Brunella", "Gilda", "Zaira", "Santina", "Pasqualina", "Serafina", "Adelaide",
    "Marzia", "Ambra", "Edda", "Ivana", "Elvira", "Olimpia", "Teodora", "Viola", "Bianca", "Celeste",
    "Rebecca", "Mariagrazia", "Annarita", "Mariateresa", "Marialuisa", "Vincenza", "Gelsomina",
    "Addolorata", "Cosima", "Ester", "Bice", "Pierina", "Ortensia", "Giorgia", "Elettra", "Ilenia",
    "Fabiola", "Loretta", "Zelinda", "Erminia", "Giada", "Lucia", "Monica", "Barbara", "Rosetta",
    "Franca",
    # comunità immigrate
    "Oana", "Ramona", "Florica", "Anca", "Anila", "Entela", "Lindita", "Bouchra", "Mariam",
    "Ndeye Coumba", "Khady", "Jiahui", "Meili", "Marites", "Lorna", "Lourdes", "Gurpreet", "Simran",
    "Nusrat", "Nadeesha", "Chioma", "Blessing", "Kateryna", "Liudmyla", "Maribel",
]

GIVEN_M = [
    "Rodolfo", "Arnaldo", "Guido", "Carmelo", "Vito", "Gaspare", "Tiberio", "Loris", "Ennio",
    "Gioele", "Jacopo", "Lapo", "Duccio", "Tancredi", "Ludovico", "Giancarlo", "Pierpaolo",
    "Gianmarco", "Mariano", "Donato", "Biagio", "Agostino", "Nunzio", "Bortolo", "Ottorino", "Valter",
    "Ulisse", "Alcide", "Settimio", "Quirino", "Ilario", "Eraldo", "Eligio", "Annibale", "Furio",
    "Gerardo", "Antimo", "Sabatino", "Tindaro", "Liborio", "Italo", "Zeno", "Enea", "Carlo Felice",
    "Giovanni", "Aldo", "Arturo", "Luciano", "Cesare", "Cristian", "Alessio",
    # comunità immigrate
    "Costel", "Adrian", "Andrei", "Fatjon", "Kujtim", "Gëzim", "Bujar", "Mustapha", "Abderrahim",
    "Hicham", "Noureddine", "Zakaria", "Serigne Fallou", "Babacar", "Ibrahima", "Lamine",
    "Sukhwinder", "Kuldeep", "Navjot", "Asif", "Waqas", "Mizanur", "Jerome", "Junjie", "Chaminda",
    "Nuwan", "Chukwuemeka", "Emeka", "Jhonatan", "Oleh", "Serhii", "Andrii", "Stepan",
]

FAMILY = [
    # cognomi italiani e ticinesi, anche con particella
    "Sciacca", "Bonanno", "Tramontana", "Iacono", "Di Pietrantonio", "Dell'Aquila", "Pizzolato",
    "Zorzi", "Pellizzari", "Mapelli", "Agostoni", "Meroni", "Parravicini", "Sciortino", "Scuderi",
    "Privitera", "Giuffrida", "Raciti", "Santangelo", "Abbate", "Iovine", "Capasso", "Sannino",
    "Cozzolino", "Ambrosino", "Di Lauro", "Improta", "Murgia", "Melis", "Atzeni", "Ledda", "Usai",
    "Mereu", "Puddu", "Schirru", "Cossettini", "Tomasin", "Zuliani", "Pedrotti", "Andreatta",
    "Gasser", "Gianella", "Cattori", "Respini", "Guscetti", "Balestra", "Cravero", "Giordanengo",
    "Allasia", "Gribaudo", "Queirolo", "Bacigalupo", "Podestà", "Ghiglione", "Malaguti", "Ghidoni",
    "Mugnai", "Nocentini", "Baldacci", "Di Berardino", "D'Alessandro", "Di Febo", "Losito",
    "Lorusso", "Lamacchia", "Palmisano", "Tripodi", "Morabito", "Zappia", "Cuzzocrea", "Laganà",
    "Nucera", "Bellomo", "Tornatore", "Spampinato", "Mangiameli", "Finocchiaro", "Buscemi",
    "Cammarata", "Pirrone", "Randazzo", "Iannaccone", "Mastrangelo", "Capuano", "Guarino", "Tiozzo",
    "Rigon", "Dainese", "Zago", "Bizzotto", "Rizzardi", "Guarnieri", "Visentin", "Del Grosso",
    "De Nardis", "De Michelis", "De Bortoli", "D'Urso", "Dell'Anna", "Da Rold", "De Angelis",
    "Chiesa", "Carbone",
    # comunità immigrate
    "Ungureanu", "Rusu", "Bălan", "Ceban", "Rotaru", "Cojocaru", "Țurcanu", "Çela", "Leka", "Marku",
    "Prendi", "Chraibi", "Tazi", "El Ouardi", "Sarr", "Sow", "Mbaye", "Faye", "Diouf", "Seck", "Jin",
    "Ye", "Guo", "Liang", "Manalo", "Aquino", "Pangilinan", "Singh", "Kaur", "Sharma", "Uddin",
    "Akter", "Miah", "Qureshi", "Chaudhry", "Okafor", "Okonkwo", "Adeyemi", "Jayasinghe",
    "Wickramasinghe", "Kravchenko",
]

CITIES = [
    "Bassano del Grappa", "San Donà di Piave", "Castelfranco Veneto", "Montebelluna",
    "Cologno Monzese", "Borgo San Lorenzo", "Civitanova Marche", "Porto Recanati",
    "Sant'Agata de' Goti", "Caltanissetta", "Trapani", "Lamezia Terme", "Nardò", "Alghero",
    "Iglesias", "Sondrio", "Belluno", "Pordenone", "Trieste", "Bolzano", "Merano", "Aosta", "Cuneo",
    "Novara", "Vercelli", "Lucca", "Pistoia", "Empoli", "Foligno", "Spoleto", "Ascoli Piceno",
    "Teramo", "Chieti", "Campobasso", "Matera", "Cosenza", "Ragusa", "Modica", "Acireale",
    "Torre del Greco", "Pomigliano d'Arco", "Corigliano-Rossano", "Cavallino-Treporti",
    "Barcellona Pozzo di Gotto", "San Giovanni in Persiceto", "Vigevano", "Crema", "Chioggia",
    "Feltre", "Gubbio", "Sulmona", "Melfi", "Bitonto", "Bellinzona", "Locarno", "Mendrisio",
    "Chiasso", "Biasca", "Collina d'Oro", "Capriasca", "Airolo",
]

STREETS = [
    "Via dei Mille", "Corso Vittorio Emanuele II", "Viale della Repubblica", "Via Cavour",
    "Piazza Garibaldi", "Via XX Settembre", "Via delle Rimembranze", "Vicolo del Forno",
    "Largo Augusto", "Contrada Bosco Grande", "Via Nazionale", "Via San Gottardo", "Via Cantonale",
    "Via ai Ronchi", "Via al Lido", "Lungomare Colombo", "Salita dei Frati", "Via della Stazione",
    "Via Aurelia", "Viale Trieste", "Via Monte Grappa", "Via IV Novembre", "Borgo Pinti",
    "Via Emilia Est", "Via Giuseppe Mazzini", "Corso Matteotti", "Via Pietro Nenni", "Via dei Tigli",
    "Piazzale della Libertà", "Via don Minzoni", "Via Fratelli Bandiera", "Via Ca' Rossa",
]

ORGS = [
    "Officine Meccaniche Brentelle S.r.l.", "Tessitura Valgrigna S.p.A.",
    "Studio Legale Corvara & Associati", "Farmacia dell'Olmo", "Istituto Comprensivo Rio Verdello",
    "Liceo Artistico Statale Porta Cerva", "ASD Polisportiva Aquilotti Montefreddo",
    "Associazione di Volontariato Mani Aperte ODV", "Cooperativa Sociale Il Girasole Blu Onlus",
    "Fondazione Lucendro per la Ricerca", "Presidio Ospedaliero Valmorena",
    "Casa di Cura Villa dei Glicini", "Poliambulatorio Colle Aperto",
    "Consorzio di Bonifica Pianura Orientale", "Immobiliare Tetto Sicuro S.a.s.",
    "Scudo Mutuo Assicurazioni S.p.A.", "Trattoria Da Gigetto", "Ferramenta F.lli Ostinelli s.n.c.",
    "Logistica Padana Express S.r.l.", "Brillo Pulizie Soc. Coop.", "Nuvolatech S.r.l.s.",
    "Edil Montebello S.r.l.", "Caseificio Sociale Prato Fiorito", "Cantina Sociale Colli del Sole",
    "Autoscuola Semaforo Verde", "Banca Popolare della Valcerina", "Ottica Sguardo Chiaro",
    "Centro Diagnostico Elios S.r.l.", "Corale Voci del Lago", "Fiduciaria Arbostora SA",
    "Carrozzeria Ticinella Sagl", "Scuola dell'Infanzia Il Melograno", "Pro Loco Borgoalto",
    "Croce Blu Soccorso Volontario", "Studio Dentistico Sorriso Più", "CAF Orizzonte Fiscale",
    "Zefiro Energia S.p.A.", "Pastificio Fili d'Oro", "Agenzia Viaggi Mappamondo Blu",
    "Studio Tributario Associato Quadrifoglio", "Circolo Tennis Le Querce",
    "Multiservizi Alto Brenta S.p.A.",
]

MAIL_DOMAINS = [
    "postaveloce.it", "casellanet.it", "tuttomail.it", "ticimail.ch", "nuvolatech.it",
    "scudomutuo.it", "vocidellago.org", "brillocoop.it",
]

TUNE = {}
HELD = {}

# ---------------------------------------------------------------------------------------------------
# TUNE
# ---------------------------------------------------------------------------------------------------

TUNE["lettera_disdetta_raccomandata"] = """
{P1}
{ADDR}
C.F. {CF}
Tel. {PHONE}

                                        Spett.le
                                        {ORG}
                                        Ufficio Gestione Clienti
                                        {ADDR2}

RACCOMANDATA A/R

{CITY}, {DATE}

Oggetto: disdetta del contratto n. {NUM} e richiesta di restituzione del deposito cauzionale

Con la presente la sottoscritta {P1}, nata il {DOB}, intestataria del contratto in oggetto,
comunica la propria volontà di recedere dallo stesso con decorrenza dalla prima data utile,
nel rispetto del termine di preavviso previsto dalle condizioni generali.

Chiede inoltre che il deposito cauzionale di € {AMT} versato alla stipula venga restituito
mediante bonifico sul conto corrente intestato alla scrivente:

    IBAN {IBAN}

Per qualsiasi comunicazione potete scrivermi all'indirizzo {EMAIL1}. Vi prego di non
contattare mio marito, {P2}, che non è cointestatario del contratto.

In attesa di un vostro riscontro, porgo distinti saluti.

                                        {P1}
                                        ____________________

Allegati: copia del documento d'identità; ultima fattura ricevuta.
"""

TUNE["email_ufficio_tecnico"] = """
Da: {P2} <{EMAIL2}>
Inviato: {DATE} {TIME}
A: {P3} <{EMAIL3}>
Cc: {P4} <{EMAIL4}>
Oggetto: Sopralluogo cantiere – conferma appuntamento

Buongiorno {F3},

ti confermo che il sopralluogo presso l'immobile di {ADDR} è fissato per il {DATE2}
alle ore 9.30. Saranno presenti l'ing. {L4}, che porterà le tavole aggiornate del
progetto strutturale, e il capocantiere della {ORG}.

Ti chiedo la cortesia di avvisare la proprietaria, la sig.ra {P1}: ci serve l'accesso al
locale caldaia e alla soffitta. Il suo cellulare è {PHONE}, ma risponde solo nel pomeriggio.

Se ci sono intoppi chiamami pure sul fisso dello studio ({PHONE2}).

Grazie e buona giornata,

{P2}
Direttore Tecnico
{ORG2}
{ADDR2}

Questo messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario.
Se lo avete ricevuto per errore, vi preghiamo di cancellarlo e di avvisare il mittente.
"""

TUNE["modulo_iscrizione_nido"] = """
COMUNE DI {CITY}
Settore Servizi Educativi e Scolastici

DOMANDA DI ISCRIZIONE AL NIDO D'INFANZIA – ANNO EDUCATIVO {YEAR}
(dichiarazione sostitutiva ai sensi degli artt. 46 e 47 del D.P.R. 445/2000)

Il/La sottoscritto/a ....... {P1} ......................................................
nato/a a ................... {CITY2} ............... il ........ {DOB} ..................
codice fiscale ............. {CF} ......................................................
residente a ................ {ADDR} ....................................................
telefono ................... {PHONE} ............. e-mail ........ {EMAIL1} .............
in qualità di      [X] genitore     [ ] tutore     [ ] affidatario

                                      CHIEDE

l'iscrizione del/della bambino/a:
Cognome e nome ............. {PI3} ..................................................
sesso    [X] F    [ ] M
già frequentante altro nido    [ ] sì    [X] no

Dati dell'altro genitore:
Cognome e nome ............. {PI2} ..................................................
recapito telefonico ........ {PHONE2} ................................................
datore di lavoro ........... {ORG} ...................................................

Preferenza struttura:   1) {ORG2}     2) indifferente
Orario richiesto:       [X] tempo pieno    [ ] part-time mattutino

{CITY}, lì {DATE}
                                                   Firma del/della dichiarante
                                                   ____________________________
"""

TUNE["contratto_lavoro_determinato"] = """
CONTRATTO INDIVIDUALE DI LAVORO SUBORDINATO A TEMPO DETERMINATO

Tra

{ORG}, con sede legale in {ADDR}, P.IVA {PIVA}, in persona del legale rappresentante
sig. {P2} (di seguito «Datore di lavoro»)

e

la sig.ra {P1}, nata a {CITY} il {DOB}, residente in {ADDR2},
codice fiscale {CF} (di seguito «Lavoratrice»)

si conviene e si stipula quanto segue.

Art. 1 – Assunzione
La Lavoratrice è assunta a decorrere dal {DATE} e fino al {DATE2}, con la qualifica di
impiegata amministrativa, livello 4° del CCNL Commercio Terziario, Distribuzione e Servizi.

Art. 2 – Sede e orario di lavoro
La prestazione si svolgerà presso l'unità locale di {CITY2}, per 40 ore settimanali
articolate su cinque giornate, secondo l'orario esposto in bacheca.

Art. 3 – Periodo di prova
È previsto un periodo di prova di 30 giorni di calendario, durante il quale ciascuna delle
parti potrà recedere senza obbligo di preavviso.

Art. 4 – Retribuzione
La retribuzione lorda mensile è pari a € {AMT} per quattordici mensilità, corrisposta
mediante bonifico sul conto IBAN {IBAN} indicato dalla Lavoratrice.

Art. 5 – Referente
Per l'inserimento la Lavoratrice farà riferimento alla responsabile amministrativa,
dott.ssa {P3}, e, in sua assenza, al sig. {IN4}.

Letto, confermato e sottoscritto.

{CITY2}, {DATE}

Il Datore di lavoro                         La Lavoratrice
{P2}                                        {P1}
"""

TUNE["richiesta_ferie_permessi"] = """
RICHIESTA DI FERIE / PERMESSI                                   Mod. HR-07 rev. 3

Dipendente:        {PU3}
Matricola:         {NUM}
Reparto:           Magazzino ricambi
Responsabile:      {P4}

Tipo di assenza:   [X] Ferie    [ ] ROL    [ ] Permesso L. 104/92    [ ] Congedo parentale
Dal:               {DATE}
Al:                {DATE2}
Rientro previsto:  ore {TIME}

Note del/della dipendente:
   In caso di urgenza sono raggiungibile al {PHONE}. Le consegne aperte sono state
   passate al collega {IN2}, che ha accesso alla cartella condivisa.

Firma del/della dipendente: {IN3}

-------------------------------------------------------------------------------
Parere del responsabile:    [X] favorevole     [ ] non favorevole
Motivazione: ___________________________________________
Visto: {L4}

Ufficio Personale – registrato a sistema da {IN1}
"""

TUNE["ricetta_dematerializzata"] = """
SERVIZIO SANITARIO NAZIONALE
PROMEMORIA PER L'ASSISTITO – RICETTA ELETTRONICA

NRE:               {NUM}
Cognome e Nome:    {PU1}
Codice Fiscale:    {CF}
Indirizzo:         {ADDR}
Esenzione:         NON ESENTE                Priorità:  B (entro 10 gg)
Tipo ricetta:      SSN

PRESCRIZIONE
QT.   CODICE     DESCRIZIONE
1     88.76.1    ECOGRAFIA ADDOME COMPLETO
1     89.7       VISITA GASTROENTEROLOGICA

Quesito diagnostico:  dolore epigastrico ricorrente, sospetta colelitiasi

Medico:   dott. {P2}
          Medicina Generale – {ADDR2}
          tel. studio {PHONE}
Data:     {DATE}

Per prenotare rivolgersi al CUP aziendale, alle farmacie abilitate o al numero {PHONE2}.
Presentarsi all'appuntamento con tessera sanitaria e documento d'identità.
"""

TUNE["referto_laboratorio"] = """
{ORG}
Laboratorio Analisi Cliniche – Direttore Sanitario: dott.ssa {P3}
{ADDR}  ·  Tel. {PHONE}

REFERTO N. {NUM}

Paziente:            {PC1}
Data di nascita:     {DOB}
Medico richiedente:  dott. {IN2}
Prelievo:            {DATE} ore {TIME}
Refertato il:        {DATE2}

ESAME                        RISULTATO     U.M.        VALORI DI RIFERIMENTO
Emoglobina                   12,9          g/dL        12,0 - 16,0
Glucosio                     104 *         mg/dL       70 - 100
Colesterolo totale           231 *         mg/dL       < 200
Colesterolo HDL              58            mg/dL       > 45
Trigliceridi                 142           mg/dL       < 150
TSH reflex                   2,31          µUI/mL      0,27 - 4,20
Ferritina                    35            ng/mL       15 - 150
Vitamina D (25-OH)           18,4 *        ng/mL       30 - 100

* valore al di fuori dell'intervallo di riferimento

Note: si consiglia di ripetere la glicemia a digiuno e di discutere i risultati
con il proprio medico curante.

Validato da: dott. {P4}, biologo
Documento firmato digitalmente ai sensi del D.Lgs. 82/2005
"""

TUNE["procura_speciale_notarile"] = """
Repertorio n. {NUM}

                               PROCURA SPECIALE

Il giorno {DATE}, in {CITY}, nel mio studio in {ADDR}.
Innanzi a me dott. {P4}, Notaio in {CITY}, iscritto nel Ruolo del Distretto Notarile
di {CITY2}, è presente la signora

{PX1}, nata a {CITY2} il {DOB}, residente in {ADDR2}, codice fiscale {CF},
pensionata,

della cui identità personale io Notaio sono certo.

La comparente, con il presente atto, nomina e costituisce suo procuratore speciale il
signor {P2}, nipote della mandante, residente in {CITY},

affinché in nome, per conto e nell'interesse della mandante abbia a vendere, a chi
riterrà opportuno e al prezzo che crederà, la quota di un mezzo della piena proprietà
dell'unità immobiliare sita in {CITY2}, censita al Catasto Fabbricati al foglio 12,
particella 418, subalterno 3; incassare il prezzo rilasciandone quietanza; prestare
garanzie di legge; compiere insomma tutto quanto necessario per il buon fine
dell'incarico, con promessa di rato e valido.

La signora {L1} dichiara di essere stata informata che il procuratore potrà farsi
assistere dalla dott.ssa {P3}, consulente di fiducia della famiglia.

Richiesto, io Notaio ho ricevuto il presente atto, che ho letto alla comparente, la quale
lo approva e con me lo sottoscrive alle ore {TIME}.

F.to {P1}
F.to {P4} Notaio
"""

TUNE["verbale_denuncia_furto"] = """
COMANDO STAZIONE CARABINIERI DI {CITY}

OGGETTO: Verbale di ricezione di denuncia orale (art. 333 c.p.p.)

In data {DATE2}, alle ore {TIME}, negli uffici del Comando in intestazione.
Avanti al sottoscritto Ufficiale di P.G. Mar. Ca. {P4}, è presente {PX3},
nata a {CITY2} il {DOB}, residente in {ADDR}, identificata a mezzo carta d'identità
in corso di validità, utenza cellulare {PHONE}, la quale dichiara quanto segue:

«Nella notte tra il {DATE} e il giorno successivo ignoti si sono introdotti nella mia
autovettura, parcheggiata in {ADDR2}, forzando la portiera lato guida, e hanno asportato
una borsa contenente il portafoglio, i documenti personali e un telefono cellulare.
Mi sono accorta del fatto la mattina, quando il mio vicino di casa, il sig. {P2}, mi ha
avvisata che il finestrino era rotto. Non ho sospetti su nessuno.»

A.D.R.: il valore complessivo della refurtiva è di circa € {AMT}.
A.D.R.: nella borsa c'era anche il bancomat intestato a mia madre, {P1}, che ho già
provveduto a bloccare.

Fatto, letto, confermato e sottoscritto in data e luogo di cui sopra.

        LA DENUNCIANTE                              L'UFFICIALE DI P.G.
        {IN3}                                       Mar. Ca. {L4}
"""

TUNE["pagella_scuola_media"] = """
SCUOLA SECONDARIA DI PRIMO GRADO
Istituto: {ORG} – plesso di {CITY}

DOCUMENTO DI VALUTAZIONE – ANNO SCOLASTICO {YEAR}
Primo quadrimestre

Alunna:  {PU1}                                   Classe: 2ª    Sezione: C

DISCIPLINA                                   VOTO
Italiano                                     8
Storia                                       7
Geografia                                    7
Inglese                                      9
Seconda lingua comunitaria                   8
Matematica                                   6
Scienze                                      7
Tecnologia                                   8
Musica                                       9
Arte e immagine                              8
Scienze motorie e sportive                   10
Educazione civica                            8
Religione cattolica / Attività alternativa   Distinto

COMPORTAMENTO: corretto e responsabile

GIUDIZIO GLOBALE
{F1} partecipa alle attività con interesse e porta a termine gli impegni con
regolarità. In matematica permangono alcune incertezze: si consiglia il corso di
recupero pomeridiano tenuto dal prof. {L2}.

Il Coordinatore di classe                    La Dirigente Scolastica
prof. {IN2}                                  dott.ssa {P3}

{CITY}, {DATE}

Firma del genitore per presa visione: ______________________  ({P4})
"""

TUNE["contratto_locazione_4_4"] = """
CONTRATTO DI LOCAZIONE AD USO ABITATIVO
(ai sensi dell'art. 2, comma 1, della legge n. 431/1998)

La sig.ra {P1}, nata a {CITY} il {DOB}, residente in {ADDR}, codice fiscale {CF},
di seguito denominata «locatrice»,

                               CONCEDE IN LOCAZIONE

al sig. {P2}, residente in {CITY2}, di seguito denominato «conduttore», che accetta,
l'unità immobiliare posta in {ADDR2}, piano secondo, interno 5, composta da tre vani
oltre cucina e servizi, non ammobiliata, con cantina di pertinenza.

1. DURATA. Il contratto è stipulato per la durata di anni quattro a decorrere dal {DATE}
e, alla prima scadenza, si rinnova automaticamente per altri quattro anni, salvo
disdetta nei casi previsti dalla legge.

2. CANONE. Il canone annuo è convenuto in € {AMT}, da corrispondersi in dodici rate
mensili anticipate entro il giorno 5 di ogni mese mediante bonifico sul conto
IBAN {IBAN} intestato alla locatrice.

3. DEPOSITO CAUZIONALE. Il conduttore versa a titolo di deposito cauzionale una somma
pari a tre mensilità del canone, non imputabile in conto pigioni.

4. ONERI ACCESSORI. Sono a carico del conduttore le spese condominiali ordinarie, come
da rendiconto dell'amministratore, rag. {P4} ({ORG}).

5. GARANZIA. La sig.ra {P3} interviene al presente atto quale fideiussore del
conduttore, obbligandosi in solido con lui.

6. REGISTRAZIONE. La locatrice provvederà alla registrazione del contratto; le relative
spese sono a carico delle parti in misura uguale.

{CITY2}, {DATE2}

La locatrice  ____________________        Il conduttore  ____________________
Il fideiussore ____________________
"""

TUNE["fattura_idraulico"] = """
{ORG}
Impianti termoidraulici – assistenza caldaie
{ADDR}
P.IVA {PIVA}  ·  Tel. {PHONE}  ·  {EMAIL4}

                                              Spett.le
                                              {PX1}
                                              {ADDR2}
                                              C.F. {CF}

FATTURA N. {NUM} del {DATE}

DESCRIZIONE                                          Q.TÀ   PREZZO UN.    IMPORTO
Caldaia a condensazione 24 kW, classe A                 1     1.390,00    1.390,00
Kit scarico fumi coassiale                              1        86,50       86,50
Manodopera installazione (ore)                          6        38,00      228,00
Smaltimento apparecchio esistente                       1        45,00       45,00
Prima accensione e dichiarazione di conformità          1        90,00       90,00

                                                     Imponibile             1.839,50
                                                     IVA 10%                  183,95
                                                     TOTALE DOCUMENTO     € 2.023,45

Pagamento: bonifico bancario a 30 gg data fattura
IBAN: {IBAN}

Tecnico intervenuto: {P4}
Intervento agevolabile: conservare la fattura e la ricevuta del bonifico parlante
ai fini della detrazione fiscale.
"""

TUNE["verbale_assemblea_condominio"] = """
CONDOMINIO DI {ADDR}

VERBALE DI ASSEMBLEA ORDINARIA

Il giorno {DATE}, alle ore {TIME}, presso lo studio dell'amministratore in {ADDR2},
si è riunita in seconda convocazione l'assemblea ordinaria dei condomini, regolarmente
convocata con avviso inviato a mezzo raccomandata e PEC.

Sono presenti, di persona o per delega, i signori:

  CONDOMINO                     MILLESIMI    PRESENZA
  {PI1}                          84,20       personale
  {PI2}                         112,50       personale
  {PI3}                          96,00       delega a {L2}
  {PI4}                          71,30       personale

per complessivi 364,00 millesimi su 1.000 e 4 condomini su 11.
L'assemblea è validamente costituita. Assume la presidenza il sig. {P2}; funge da
segretaria la sig.ra {L1}. È presente l'amministratore, {ORG}.

1) Approvazione del rendiconto consuntivo
L'amministratore illustra il rendiconto. Il sig. {L4} chiede chiarimenti sulla voce
«manutenzione ascensore», che risulta aumentata; l'amministratore precisa che
l'aumento dipende dalla sostituzione delle funi. Il rendiconto è approvato con
276,60 millesimi favorevoli e l'astensione del sig. {IN4}.

2) Lavori di rifacimento del lastrico solare
Si dà mandato all'amministratore di richiedere tre preventivi, tra cui quello della
{ORG2}. La sig.ra {IN3}, tramite il delegato, segnala infiltrazioni nel proprio box.

3) Varie ed eventuali
Nulla da deliberare.

Non essendovi altro da discutere, la seduta è tolta dopo circa due ore.

Il Presidente                            La Segretaria
{P2}                                     {P1}
"""

TUNE["export_csv_soci"] = """
id_socio;cognome;nome;data_nascita;comune_residenza;cellulare;email;quota_{YEAR};note
0412;{L1};{F1};{DOB};{CITY};{PHONE};{EMAIL1};pagata;consigliera
0413;{L2};{F2};;{CITY2};{PHONE2};{EMAIL2};da pagare;
0418;{L3};{F3};;{CITY};;{EMAIL3};pagata;socia sostenitrice
0421;{L4};{F4};;{CITY2};;{EMAIL4};esonerato;istruttore - vedi accordo con {ORG}
"""

TUNE["chat_whatsapp_genitori"] = """
{DATE}, {TIME} - {P1}: Buonasera a tutti! Qualcuno sa se l'uscita al museo è confermata? 😊
{DATE}, 20:43 - {F3} mamma 3B: Sì confermata! Il maestro {L4} ha detto partenza alle 8 precise
{DATE}, 20:52 - {P2}: Ciao, io devo ancora firmare l'autorizzazione, chi la raccoglie?
{DATE}, 20:53 - {F3} mamma 3B: La raccolgo io, mettetela nel diario
{DATE}, 20:55 - {F3} mamma 3B: Per il pullman sono 12 euro a bambino, potete fare bonifico a {IBAN} intestato a {P3} con causale "uscita 3B"
{DATE}, 21:02 - {P1}: Perfetto, grazie {F3} ❤️
{DATE}, 21:30 - {PHONE}: Buonasera, sono {F4}, il papà della bimba appena arrivata in classe. Posso avere il numero della rappresentante?
{DATE}, 21:31 - {P1}: Benvenuto! La rappresentante è {IN3}, te la giro
{DATE}, 21:31 - {P1}: {F3} rappresentante 3B.vcf (file allegato)
{DATE}, 21:35 - {PHONE}: Grazie mille!
{DATE}, 22:10 - {P2}: <Media omessi>
{DATE}, 22:11 - {P2}: Ecco il foglio con l'elenco delle cose da portare, l'ha mandato {L4} stamattina
{DATE}, 22:15 - {F3} mamma 3B: 👍
"""

TUNE["ticket_assistenza_fatturazione"] = """
Ticket #{NUM}          Stato: In lavorazione          Priorità: Alta
Categoria:   Fatturazione > Addebito non riconosciuto
Aperto da:   {P1} <{EMAIL1}>
Cliente:     {ORG} – P.IVA {PIVA}
Assegnato a: {IN2} (Supporto di 2° livello)
Creato:      {DATE} {TIME}

--- Messaggio del cliente ---
Buongiorno,
nell'ultima fattura trovo un addebito di € {AMT} per il servizio «Backup Plus», che non
abbiamo mai attivato. Vi chiedo di stornarlo e di disattivare l'opzione.
Potete richiamarmi al {PHONE}? Se non rispondo chiedete della collega {P3}.
Grazie, {F1}

--- Nota interna ({F2}) ---
Verificato: l'opzione risulta attivata dall'utente {fl4} in fase di rinnovo, ma senza
conferma del cliente. Inoltro a {L4} dell'amministrazione per la nota di credito.

--- Risposta inviata il {DATE2} ---
Gentile sig.ra {L1},
abbiamo disattivato l'opzione e emesso la nota di credito, che troverà nell'area
riservata entro 48 ore. Ci scusiamo per il disagio.

Cordiali saluti,
{P2}
Servizio Clienti – {ORG2}
"""

TUNE["post_facebook_gatto_smarrito"] = """
{P1} ha condiviso un post nel gruppo «Sei di {CITY} se...»
{DATE} · 🌍

‼️ SMARRITO GATTO ‼️
Si chiama Briciola, è un maschio tigrato grigio con una macchia bianca sul petto e il
collarino rosso. È scappato ieri sera dalla zona di {ADDR}. È molto pauroso, non
inseguitelo! Se lo vedete chiamatemi al {PHONE} o scrivetemi in privato. Ricompensa 🙏

👍❤️😢 214      37 commenti      52 condivisioni

{P2}
L'ho visto stamattina vicino al parcheggio della {ORG}!!
Mi piace · Rispondi · 2 h

    {P1}
    {P2} grazie!!! vado subito a vedere
    Mi piace · Rispondi · 2 h

{P3}
Condiviso 🙏 Anche alla mia vicina era successo, l'ha ritrovato dopo una settimana in cantina
Mi piace · Rispondi · 1 h

{P4}
Provate a sentire il canile di {CITY2}, a volte li portano lì. Chiedete di {F3}, è bravissima
Mi piace · Rispondi · 45 min
"""

TUNE["articolo_cronaca_locale"] = """
CRONACA · {CITY}

Cade dall'impalcatura, operaio di 47 anni in gravi condizioni
I colleghi: «Abbiamo sentito un tonfo, poi le urla». Sciopero di due ore nel settore

di {P3}

{CITY} – Grave incidente sul lavoro ieri mattina in un cantiere di {ADDR}.
{P2}, 47 anni, originario di {CITY2} e dipendente della {ORG}, è precipitato da
un'altezza di circa sei metri mentre lavorava al rifacimento della facciata di una
palazzina. Sul posto sono intervenuti i sanitari del 118 e i vigili del fuoco.

{L2} è stato trasportato in elisoccorso all'ospedale, dove è ricoverato in prognosi
riservata. Secondo una prima ricostruzione, avrebbe ceduto una tavola del ponteggio.

«Ho visto arrivare l'ambulanza e ho capito subito che era successo qualcosa di grave»
racconta {P1}, titolare del bar di fronte al cantiere. «{F2} veniva ogni mattina a
prendere il caffè, è una persona tranquilla, scrupolosa.»

Il sindaco {P4} ha espresso vicinanza alla famiglia. I sindacati hanno proclamato per
{DATE} due ore di sciopero in tutti i cantieri della zona. Gli ispettori dell'Ispettorato
del lavoro hanno posto il ponteggio sotto sequestro.
"""

TUNE["necrologio"] = """
                                  †

                  È mancata all'affetto dei suoi cari

                              {PX1}
                             ved. {L4}
                             di anni 86

         Ne danno il triste annuncio il figlio {F4} con {F3}, i nipoti,
                     la sorella e i parenti tutti.

     I funerali avranno luogo {DATE} alle ore {TIME} nella chiesa parrocchiale
         di {CITY}, partendo dall'abitazione in {ADDR}.

     La salma riposerà nel cimitero di {CITY2}.

     Un sentito ringraziamento al dott. {P2} e al personale della {ORG}
                    per le amorevoli cure prestate.

     Si ringrazia sin d'ora quanti vorranno partecipare.
     Non fiori ma opere di bene.

{CITY}, {DATE2}                                        {ORG2}
"""

TUNE["curriculum_vitae"] = """
CURRICULUM VITAE

INFORMAZIONI PERSONALI
Nome e cognome       {P3}
Indirizzo            {ADDR}
Telefono             {PHONE}
E-mail               {EMAIL3}
Data di nascita      {DOB}
Luogo di nascita     {CITY}
Patente              B, automunita

ESPERIENZA PROFESSIONALE
{DATE2} – oggi       Addetta contabilità fornitori
                     {ORG}, {CITY2}
                     • registrazione fatture passive e riconciliazioni bancarie
                     • gestione scadenziario e solleciti
                     • supporto alla chiusura di bilancio

{DATE} – {DATE2}     Impiegata d'ordine
                     {ORG2}, {CITY}
                     • fatturazione attiva, prima nota, archiviazione documentale

ISTRUZIONE E FORMAZIONE
Diploma di Ragioneria – Amministrazione, Finanza e Marketing (voto 88/100)
Corso di contabilità e bilancio, 120 ore

COMPETENZE LINGUISTICHE
Madrelingua: italiano
Altre lingue: inglese B2, spagnolo A2

COMPETENZE DIGITALI
Fogli di calcolo (livello avanzato), gestionali di contabilità, posta certificata

REFERENZE
Rag. {P4}, responsabile amministrativo – {PHONE2}

Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae ai sensi
del D.Lgs. 196/2003 e del GDPR.
                                                                  {P3}
"""

TUNE["notiziario_societa_sportiva"] = """
📣 NOTIZIARIO DELLA {ORG} – N. 4/{YEAR}

Cari soci e care socie,
eccoci con le notizie del mese! Come sempre, grazie a chi ci ha mandato foto e risultati.

🏐 PALLAVOLO UNDER 14
Splendida vittoria delle nostre ragazze nel derby: 3 a 1. Migliore in campo {P1},
autrice di 18 punti. Coach {L4}: «Abbiamo sofferto nel secondo set, ma la squadra
ha reagito da grande. Brave tutte!»

🏃 PODISMO
Alla Stracittadina di {CITY} ottimo terzo posto di categoria per il nostro presidente
{P2}, al rientro dopo l'infortunio. Bentornato {F2}!

🎉 BENVENUTI
Diamo il benvenuto alla nuova istruttrice di ginnastica dolce, {P3}: le lezioni
si tengono nella palestra di {ADDR}.

📅 PROSSIMI APPUNTAMENTI
• {DATE} – Assemblea dei soci, ore {TIME}, sala civica di {CITY2}
• {DATE2} – Cena sociale presso {ORG2} (prenotazioni entro la settimana prima)

💶 QUOTE {YEAR}
Il rinnovo si effettua in segreteria o con bonifico su IBAN {IBAN},
causale «quota {YEAR} + cognome e nome dell'atleta».

Info: segreteria {PHONE} – {EMAIL4}
Il Presidente, {IN2}
"""

TUNE["annunci_economici"] = """
ANNUNCI ECONOMICI

CASE – AFFITTO
{CITY}, zona stazione, affittasi bilocale arredato, 55 mq, terzo piano con ascensore,
riscaldamento autonomo. € {AMT}/mese + spese. No agenzie. Tel. {PHONE} (ore pasti).

LAVORO – OFFERTE
{ORG} cerca autista patente C + CQC per consegne in zona. Contratto a tempo
indeterminato dopo periodo di prova. Inviare CV a {EMAIL2}, alla c.a. di {P2}.

LAVORO – DOMANDE
Signora 45enne, referenziata, con esperienza pluriennale, cerca lavoro come badante
convivente o a ore a {CITY2} e dintorni. Chiedere di {F3}: {PHONE2}.

Laureato in ingegneria impartisce ripetizioni di matematica e fisica a studenti delle
superiori, anche online. Prof. {L4}, {EMAIL4}.

VARIE
Vendo passeggino trio completo, usato pochissimo, CHF 250 trattabili. Ritiro a
{ADDR}. Scrivere a {P1}, {EMAIL1}.
"""

TUNE["turni_infermieri_tsv"] = """
REPARTO MEDICINA INTERNA – PIANO TURNI PERSONALE INFERMIERISTICO
Settimana dal {DATE}

Cognome Nome\tMatricola\tG1\tG2\tG3\tG4\tG5\tG6\tG7\tOre
{PU1}\t40211\tM\tM\tP\tN\tS\tR\tM\t36
{PU2}\t40385\tP\tP\tN\tS\tR\tM\tM\t36
{PU4}\t41002\tN\tS\tR\tM\tM\tP\tP\t36

Legenda: M = mattino 07-14 · P = pomeriggio 14-21 · N = notte 21-07 · S = smonto · R = riposo · F = ferie

Coordinatrice infermieristica: {P3}
I cambi turno vanno concordati con la coordinatrice e registrati sul modulo apposito.
Reperibilità pronta disponibilità: {IN2} – {PHONE}
"""

TUNE["registro_battesimi"] = """
PARROCCHIA DI {CITY}
LIBER BAPTIZATORUM – REGISTRO DEI BATTESIMI – Vol. XIV

Atto n. 37

Il giorno {DATE2}, in questa chiesa parrocchiale, io sottoscritto parroco ho battezzato
secondo il rito romano

        {PU3}

nata a {CITY2} il {DATE}, figlia di

        padre:   {P2}
        madre:   {P1}
        residenti in {ADDR}

Padrino:   {PI4}
Madrina:   —

Annotazioni marginali: matrimonio dei genitori celebrato in {CITY2}.
Il padrino ha presentato idoneità rilasciata dalla parrocchia di residenza.

                                                Il Parroco
                                                ______________
                                                (L.S.)
"""

TUNE["neg_ricetta_tiramisu"] = """
TIRAMISÙ CLASSICO AL CUCCHIAIO

Porzioni: 8     Difficoltà: Facile     Preparazione: 30 minuti + 6 ore di riposo

INGREDIENTI
- 500 g di Mascarpone freschissimo
- 4 Uova medie a temperatura ambiente
- 100 g di Zucchero semolato
- 300 g di Savoiardi
- 300 ml di Caffè Espresso già zuccherato e freddo
- Cacao Amaro in polvere q.b.

PROCEDIMENTO
1. Separate i tuorli dagli albumi. Montate i tuorli con metà dello zucchero fino a
   ottenere una crema chiara e spumosa.
2. Aggiungete il Mascarpone un cucchiaio alla volta, mescolando con delicatezza.
3. Montate a neve ferma gli albumi con lo zucchero rimasto e incorporateli alla crema
   con movimenti dal basso verso l'alto.
4. Inzuppate velocemente i Savoiardi nel caffè: non devono diventare molli!
5. Alternate strati di biscotti e crema in una pirofila, terminando con la crema.
6. Coprite con pellicola e lasciate riposare in frigorifero per almeno sei ore.
7. Prima di servire, Spolverate con abbondante Cacao Amaro.

IL CONSIGLIO DELLO CHEF
Per una versione senza uova crude, Preparate una Crema Pasticcera leggera e
unitela al Mascarpone. Variante golosa: aggiungete scaglie di Cioccolato Fondente
tra uno strato e l'altro. Conservate in frigo e consumate entro due giorni.
"""

TUNE["neg_avviso_trasporto_pubblico"] = """
AVVISO ALLA CLIENTELA

LAVORI DI MANUTENZIONE STRAORDINARIA – LINEA 3 E LINEA NOTTURNA N2

Per consentire i lavori di rifacimento della sede stradale, a partire dalla prossima
settimana e per circa venti giorni le corse della Linea 3 saranno deviate.

PERCORSO DEVIATO
Dal Capolinea Ospedale i bus proseguiranno per il Ponte Nuovo e il Viadotto Est,
per poi riprendere il percorso regolare dalla fermata Piazzale Mercato.

FERMATE SOSPESE
• Municipio
• Scuole Medie
• Biblioteca Civica
Le fermate provvisorie sono segnalate con Palina Gialla.

BIGLIETTI E ABBONAMENTI
Il Biglietto Ordinario resta valido 90 minuti. Gli Abbonamenti Mensili e Annuali non
subiscono variazioni. Acquistate i titoli di viaggio tramite l'App Ufficiale, presso le
Rivendite Autorizzate o alle Emettitrici Automatiche.

ATTENZIONE: Convalidate sempre il biglietto a bordo. Il personale di Verifica può
applicare la Sanzione Amministrativa prevista dal Regolamento di Vettura.

Ci scusiamo per il disagio. Per informazioni consultate la sezione News del sito o
rivolgetevi all'Ufficio Relazioni con il Pubblico.
"""

# ---------------------------------------------------------------------------------------------------
# HELD
# ---------------------------------------------------------------------------------------------------

HELD["thread_email_preventivo"] = """
Da: {P4} <{EMAIL4}>
Inviato: {DATE2} {TIME}
A: {P1} <{EMAIL1}>
Cc: {P3} <{EMAIL3}>
Oggetto: R: R: Preventivo allestimento stand fiera

Ciao {F1},
va bene la versione B. Procediamo con l'ordine: l'anticipo del 30% ve lo bonifichiamo
entro fine settimana. Per il montaggio la nostra referente in loco sarà {F3}.

{F4}

-----Messaggio originale-----
Da: {P1} <{EMAIL1}>
Inviato: {DATE} 16:48
A: {P4} <{EMAIL4}>
Oggetto: R: Preventivo allestimento stand fiera

Gentile dott. {L4},
in allegato trova le due versioni del preventivo. La differenza principale riguarda il
pavimento sopraelevato e l'illuminazione a binario, inclusi solo nella versione B.
Per il montaggio ci appoggiamo come sempre alla squadra di {P2}, che conosce bene i
padiglioni della fiera di {CITY}.

Cordiali saluti
{P1}
Ufficio Commerciale – {ORG}
Tel. {PHONE}

> Il giorno {DATE} alle ore {TIME} {P4} <{EMAIL4}> ha scritto:
>
> Buongiorno,
> avremmo bisogno di un preventivo per uno stand di 24 mq, due lati aperti, con
> desk d'accoglienza, magazzino chiuso e grafica a parete.
> La referente per gli aspetti operativi sarà la collega {IN3}.
>
> Grazie,
> {P4}
> {ORG2}
"""

HELD["lettera_referenze"] = """
{ORG}
{ADDR}
Tel. {PHONE}

                                                        {CITY}, {DATE}

LETTERA DI REFERENZE

A chi di competenza,

con la presente attesto che la sig.ra {P3}, nata il {DOB}, ha lavorato presso il nostro
ristorante dal {DATE2} con la qualifica di responsabile di sala, coordinando un gruppo di
sei camerieri.

Durante questo periodo {F3} ha dimostrato grande professionalità, capacità organizzative
e attenzione verso i clienti, anche nei momenti di maggiore affluenza. È stata inoltre
tutor dei nostri stagisti dell'istituto alberghiero, che l'hanno sempre apprezzata.

La sig.ra {L3} lascia l'azienda di sua iniziativa, per avvicinarsi alla famiglia.
La raccomando senza riserve e le auguro ogni successo.

Rimango a disposizione per ulteriori informazioni al numero {PHONE2} o all'indirizzo
{EMAIL2}.

Distinti saluti

Dott. {P2}
Amministratore Unico
"""

HELD["busta_paga"] = """
{ORG}                                                  CEDOLINO PAGA
{ADDR}                                        Data elaborazione: {DATE}
P.IVA {PIVA}                                  Pos. assicurativa {NUM}

DIPENDENTE .............. {PU1}
Codice fiscale .......... {CF}
Data di nascita ......... {DOB}
Data di assunzione ...... {DATE2}
Qualifica ............... Operaia – 3° livello CCNL Alimentari Industria
Matricola ............... 0417
Accredito su ............ {IBAN}

VOCE                                  ORE/GG    COMPETENZE    TRATTENUTE
Paga base                             168,00      1.612,40
Contingenza                                         524,19
Straordinario diurno 25%                6,00         71,82
Maggiorazione turno notturno           24,00         58,10
Contributi IVS a carico dip.                                     198,14
IRPEF lorda                                                      312,55
Detrazioni lavoro dipendente                                    -148,30
Addizionale regionale                                             22,10
Addizionale comunale                                               8,40
Trattenuta sindacale                                              14,20

TOTALE COMPETENZE       2.266,51          TOTALE TRATTENUTE        407,09
NETTO IN BUSTA                                               € 1.859,42

TFR maturato nel mese: 167,89
Ferie residue: 12,5 gg      ROL residui: 21 h      Permessi ex festività: 16 h

Elaborato da: {ORG2} – consulente del lavoro {IN4}
"""

HELD["checklist_onboarding"] = """
CHECKLIST INSERIMENTO NUOVO COLLABORATORE

Nome e cognome:     {P2}
Ruolo:              Tecnico manutentore elettromeccanico
Data di ingresso:   {DATE}
Sede:               {CITY}
Tutor aziendale:    {P3}
Referente HR:       {IN1}

PRIMA DEL PRIMO GIORNO
[x] Contratto firmato e copia consegnata
[x] Comunicazione obbligatoria di assunzione inviata
[ ] Casella di posta creata ({EMAIL2})
[ ] Badge richiesto alla portineria
[ ] Armadietto assegnato nello spogliatoio B

PRIMO GIORNO
[ ] Accoglienza e presentazione al reparto (a cura di {F3})
[ ] Consegna DPI: scarpe antinfortunistiche, guanti, occhiali, cuffie
[ ] Formazione sicurezza generale (4 h) – docente: ing. {P4}
[ ] Visita medica preventiva presso {ORG}

PRIMA SETTIMANA
[ ] Affiancamento sulle linee di confezionamento
[ ] Abilitazione al gestionale delle manutenzioni
[ ] Colloquio di fine settimana con {L3}

Contatto di emergenza indicato dal collaboratore: {P1} (moglie), {PHONE}
Compilata da {IN1} il {DATE2}
"""

HELD["lettera_dimissione_ospedaliera"] = """
{ORG}
U.O.C. Cardiologia – Direttore: prof. {P4}
{ADDR} – Centralino {PHONE}

                              LETTERA DI DIMISSIONE

Egregio collega,
dimettiamo in data odierna ({DATE2}) il sig. {PX2}, nato il {DOB}, ricoverato presso
la nostra Unità Operativa dal {DATE} per sindrome coronarica acuta senza
sopraslivellamento del tratto ST.

ANAMNESI: iperteso in terapia, ex fumatore, dislipidemia non trattata.
DECORSO: il paziente è stato sottoposto a coronarografia, che ha evidenziato una stenosi
critica dell'IVA prossimale, trattata con angioplastica e impianto di stent medicato.
Decorso post-procedurale regolare. Ecocardiogramma: FE 50%, ipocinesia apicale.

TERAPIA ALLA DIMISSIONE
- Acido acetilsalicilico 100 mg     1 cp ore 12
- Ticagrelor 90 mg                  1 cp ore 8 e ore 20
- Atorvastatina 80 mg               1 cp ore 20
- Bisoprololo 2,5 mg                1 cp al mattino
- Pantoprazolo 20 mg                1 cp a digiuno

CONTROLLI: visita cardiologica ambulatoriale tra 30 giorni, da prenotare al {PHONE2};
profilo lipidico tra 6 settimane. Astensione dalla guida per 2 settimane.

Al colloquio di dimissione era presente la moglie, sig.ra {P1}, che ha ricevuto le
istruzioni sulla terapia.

Cordiali saluti
Il medico dimettente
dott.ssa {P3}
"""

HELD["promemoria_appuntamento_sms"] = """
{ORG}
{DATE} 10:02

Gentile {PX1}, le ricordiamo l'appuntamento per VISITA ORTOPEDICA il {DATE2} alle ore
{TIME} presso l'ambulatorio 4, {ADDR}. Medico: dott. {IN2}. Porti impegnativa, tessera
sanitaria ed eventuali esami precedenti. Per disdire chiami il {PHONE} almeno 48 ore
prima: la mancata disdetta comporta il pagamento del ticket. Rif. pren. {NUM}

Rispondi SI per confermare o NO per annullare.

                                                                   SI
                                                                   10:07

{ORG}
Grazie, la sua prenotazione {NUM} è confermata. Se a ritirare il referto sarà un'altra
persona (es. {P4}), dovrà presentare delega firmata e copia del suo documento.
"""

HELD["atto_citazione"] = """
Tribunale Ordinario di {CITY}

ATTO DI CITAZIONE

Per la sig.ra {P1} (C.F. {CF}), residente in {ADDR}, rappresentata e difesa, giusta
procura in calce al presente atto, dall'avv. {P4} del Foro di {CITY}, presso il cui
studio in {ADDR2} elegge domicilio. Il difensore dichiara di voler ricevere le
comunicazioni all'indirizzo PEC {EMAIL4} o al fax {PHONE}.
                                                                       – attrice –
contro

{ORG}, con sede in {CITY2}, P.IVA {PIVA}, in persona del legale rappresentante pro
tempore
                                                                     – convenuta –
FATTO
1. In data {DATE} l'attrice acquistava dalla convenuta un'autovettura usata, al prezzo
   di € {AMT}, con garanzia convenzionale di dodici mesi.
2. Già nelle settimane successive il veicolo manifestava gravi anomalie al cambio.
   Il perito incaricato, ing. {P2}, accertava che il difetto era preesistente alla
   consegna.
3. Le richieste di riparazione, inoltrate anche tramite la figlia dell'attrice, sig.ra
   {P3}, restavano senza riscontro.

DIRITTO
Sussiste la responsabilità della convenuta per i vizi della cosa venduta ai sensi degli
artt. 1490 e seguenti c.c. e delle norme del Codice del consumo.

Tutto ciò premesso, la sig.ra {L1}, come sopra rappresentata e difesa,

                                      CITA

{ORG}, in persona del legale rappresentante pro tempore, a comparire innanzi al
Tribunale di {CITY}, Giudice designando, all'udienza del {DATE2}, ore di rito, con
invito a costituirsi nel termine di settanta giorni prima dell'udienza e con
l'avvertimento che la costituzione oltre tale termine implica le decadenze di legge.

Si producono: 1) contratto di compravendita; 2) perizia tecnica dell'ing. {L2};
3) corrispondenza intercorsa.

{CITY}, {DATE}
                                                         Avv. {P4}
"""

HELD["testamento_olografo"] = """
                                  TESTAMENTO

Io sottoscritto {P2}, nato a {CITY} il {DOB}, nel pieno possesso delle mie facoltà
mentali, dispongo dei miei beni per il tempo in cui avrò cessato di vivere.

Revoco ogni mia precedente disposizione testamentaria.

Lascio a mia moglie {P1} l'usufrutto generale su tutti i miei beni.

Lascio a mia figlia {P3} la nuda proprietà dell'appartamento di {ADDR}, con
l'arredamento che vi si trova, e la mia automobile.

Lascio ai miei nipoti, in parti uguali tra loro, il libretto di risparmio nominativo
che tengo presso l'ufficio postale.

Lascio alla {ORG} la somma di € {AMT}, perché sia impiegata per l'assistenza agli
anziani soli del paese.

Nomino esecutore testamentario il mio amico di sempre {P4}, al quale chiedo di
occuparsi anche delle mie carte e della mia collezione di francobolli, che {F3} sa
dove trovare.

Desidero essere sepolto nel cimitero di {CITY2}, accanto ai miei genitori.

{CITY2}, {DATE}
                                                        {P2}
"""

HELD["atto_compravendita"] = """
Repertorio n. {NUM}                                              Raccolta n. 8.214

                           COMPRAVENDITA IMMOBILIARE

Il giorno {DATE}, in {CITY}, nel mio studio in {ADDR}.
Innanzi a me dott. {P4}, Notaio in {CITY}, iscritto nel Ruolo del Distretto Notarile di
{CITY2}, sono presenti:

- {P1}, nata a {CITY2} il {DOB}, residente in {ADDR2}, codice fiscale {CF}, la quale
  dichiara di essere coniugata in regime di separazione dei beni;
- {P2}, residente in {CITY}, il quale dichiara di essere celibe.

Detti comparenti, della cui identità personale io Notaio sono certo, mi richiedono di
ricevere il presente atto, in forza del quale convengono quanto segue.

Articolo 1 – Consenso e oggetto
La signora {L1} vende al signor {L2}, che accetta e acquista, la piena proprietà
dell'appartamento sito in {CITY2}, al piano terzo, composto da cinque vani catastali,
con annessa cantina, censito al Catasto Fabbricati al foglio 7, particella 1033,
sub. 12, cat. A/2, cl. 3, vani 5,5, R.C. Euro 468,81.

Articolo 2 – Prezzo
Il prezzo è stato convenuto in Euro {AMT}, che la parte venditrice dichiara di aver
ricevuto mediante bonifico bancario disposto dal conto IBAN {IBAN}, rilasciandone
ampia e finale quietanza.

Articolo 3 – Mediazione
Le parti dichiarano che la vendita è stata conclusa con l'intervento dell'agenzia
{ORG}, in persona della sig.ra {P3}, alla quale è stata corrisposta una provvigione.

Articolo 4 – Garanzie
La parte venditrice garantisce che quanto venduto è libero da ipoteche, pignoramenti,
privilegi e trascrizioni pregiudizievoli.

Richiesto, io Notaio ho ricevuto il presente atto, scritto da persona di mia fiducia su
tre fogli, che ho letto ai comparenti, i quali lo approvano.

F.to {P1}
F.to {P2}
F.to {P4} Notaio (sigillo)
"""

HELD["circolare_genitori_uscita"] = """
{ORG}
Scuola Primaria – plesso di {CITY}

Circ. n. 87                                                       {CITY}, {DATE}

                                     Ai genitori degli alunni delle classi quarte
                                     Ai docenti delle classi quarte
                                     Al personale ATA

OGGETTO: Uscita didattica – richiesta di autorizzazione

Si comunica che il giorno {DATE2} le classi quarte parteciperanno all'uscita didattica
presso il parco archeologico. La partenza è prevista alle ore {TIME} dal piazzale della
scuola, il rientro per le ore 16.30 circa. Gli alunni dovranno portare pranzo al sacco,
scarpe comode e un impermeabile.

La quota di partecipazione, comprensiva di trasporto e visita guidata, è di € {AMT} e
andrà consegnata alla rappresentante di classe, sig.ra {P3}, entro una settimana.

Docenti accompagnatori: ins. {P4}, ins. {IN2}.

                                                     La Dirigente Scolastica
                                                     dott.ssa {P1}
                      (firma autografa sostituita a mezzo stampa ai sensi dell'art. 3,
                                                     comma 2, D.Lgs. 39/1993)

- - - - - - - - - - - - - - - - ✂ - - - - - - - - - - - - - - - - - - - - - - - - -

Il/La sottoscritto/a _____________________ genitore dell'alunno/a _____________________
classe ______    [ ] AUTORIZZA    [ ] NON AUTORIZZA
il/la proprio/a figlio/a a partecipare all'uscita didattica del {DATE2}.

Recapito telefonico per urgenze: _______________     Firma _______________________
"""

HELD["denuncia_sinistro_rca"] = """
DENUNCIA DI SINISTRO – RAMO RC AUTO
Compagnia: {ORG}                                         N. sinistro: {NUM}

CONTRAENTE / ASSICURATA
Cognome: {L1}                      Nome: {F1}
Codice fiscale: {CF}
Indirizzo: {ADDR}
Telefono: {PHONE}                  E-mail: {EMAIL1}
Polizza n.: 0045 7781 239

CONDUCENTE AL MOMENTO DEL SINISTRO (se diverso dal contraente)
{PC4}, patente cat. B

DATI DEL SINISTRO
Data: {DATE}          Ora: {TIME}          Luogo: {ADDR2}
Veicolo controparte assicurato con: {ORG2}
Conducente controparte: {P2}
Testimoni: {P3}, tel. {PHONE2}
Intervento autorità:   [ ] Polizia Locale    [ ] Carabinieri    [X] nessuno
Feriti:                [X] no    [ ] sì

DESCRIZIONE DELL'ACCADUTO
Il veicolo condotto da mio marito, {F4}, era fermo al semaforo rosso quando è stato
tamponato dall'auto del sig. {L2}, che non ha frenato in tempo. Danni al paraurti
posteriore e al portellone. Modulo CAI compilato e firmato da entrambi i conducenti.

Liquidazione del danno su IBAN: {IBAN}
Carrozzeria convenzionata: [X] sì    [ ] no

{CITY}, {DATE2}                                 Firma della contraente
                                                ______________________
"""

HELD["ricevuta_fisioterapista"] = """
{P3}
Fisioterapista – iscritta all'Albo n. 1432
{ADDR}
P.IVA {PIVA}          Tel. {PHONE}

RICEVUTA N. {NUM}                                              {CITY}, {DATE}

Ricevo dalla sig.ra {P1}, C.F. {CF}, residente in {ADDR2},
la somma di € {AMT} per le seguenti prestazioni:

   n. 5 sedute di rieducazione motoria post-operatoria (ginocchio sinistro)
   n. 2 sedute di terapia manuale

Prestazione sanitaria esente IVA ai sensi dell'art. 10, n. 18, D.P.R. 633/1972.
Imposta di bollo assolta sull'originale: € 2,00

Modalità di pagamento:   [ ] contanti    [X] POS    [ ] bonifico

La paziente è stata inviata dal dott. {P2}.
I dati della presente ricevuta saranno trasmessi al Sistema Tessera Sanitaria ai fini
della dichiarazione precompilata, salvo opposizione espressa dell'interessata.

                                                              {IN3}
"""

HELD["verbale_consiglio_direttivo"] = """
{ORG}

VERBALE DELLA RIUNIONE DEL CONSIGLIO DIRETTIVO N. 3/{YEAR}

Il giorno {DATE}, alle ore {TIME}, in videoconferenza, si è riunito il Consiglio
Direttivo dell'associazione per discutere il seguente

ORDINE DEL GIORNO
  1. Approvazione del verbale della seduta precedente
  2. Bilancio preventivo
  3. Organizzazione della festa d'estate
  4. Varie ed eventuali

PRESENTI                                ASSENTI GIUSTIFICATI
  {PU1} – Presidente                      {PU3} – Consigliera
  {PU2} – Vicepresidente
  {PU4} – Tesoriere

Presiede {P1}; funge da segretario verbalizzante {IN2}.

1. Il verbale della seduta precedente è approvato all'unanimità.

2. Il tesoriere {L4} illustra il bilancio preventivo, che prevede entrate per
   € {AMT} tra quote associative, contributi e cinque per mille. Dopo breve
   discussione il bilancio è approvato all'unanimità.

3. {F1} propone di organizzare la festa presso {ORG2}, che ha offerto la sala a prezzo
   agevolato. La consigliera {L3}, assente, ha fatto sapere via e-mail di essere
   disponibile a coordinare i volontari. La proposta è approvata.

4. {F2} ricorda che le iscrizioni al corso di primo soccorso si chiudono il {DATE2};
   per informazioni si può scrivere a {EMAIL2}.

Non essendovi altro da deliberare, la seduta è tolta alle ore 22.40.

Il Presidente                                   Il Segretario
{P1}                                            {P2}
"""

HELD["export_json_pratica"] = """
{
  "pratica": "{NUM}",
  "tipo": "contributo_affitto",
  "stato": "in_istruttoria",
  "data_presentazione": "{DATE}",
  "richiedente": {
    "cognome": "{L1}",
    "nome": "{F1}",
    "codice_fiscale": "{CF}",
    "data_nascita": "{DOB}",
    "comune_nascita": "{CITY}",
    "residenza": "{ADDR}",
    "contatti": {"cellulare": "{PHONE}", "email": "{EMAIL1}"},
    "iban_accredito": "{IBAN}"
  },
  "nucleo_familiare": [
    {"nominativo": "{PU2}", "relazione": "coniuge"},
    {"nominativo": "{PU4}", "relazione": "figlio"}
  ],
  "proprietario_alloggio": {"nominativo": "{P3}", "recapito": "{PHONE2}"},
  "istruttore": "{IN3}",
  "note": [
    {"data": "{DATE2}", "autore": "{fl3}", "testo": "Richiesta integrazione contratto registrato"},
    {"data": "{DATE2}", "autore": "{fl1}", "testo": "Caricato contratto e ricevute canone"}
  ]
}
"""

HELD["export_xml_fattura_elettronica"] = """
<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader>
    <DatiTrasmissione>
      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>{PIVA}</IdCodice></IdTrasmittente>
      <ProgressivoInvio>00417</ProgressivoInvio>
      <FormatoTrasmissione>FPR12</FormatoTrasmissione>
      <CodiceDestinatario>0000000</CodiceDestinatario>
      <PECDestinatario>{EMAIL1}</PECDestinatario>
    </DatiTrasmissione>
    <CedentePrestatore>
      <DatiAnagrafici>
        <IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{PIVA}</IdCodice></IdFiscaleIVA>
        <Anagrafica><Denominazione>{ORG}</Denominazione></Anagrafica>
        <RegimeFiscale>RF01</RegimeFiscale>
      </DatiAnagrafici>
      <Sede><Indirizzo>{ADDR}</Indirizzo><Comune>{CITY}</Comune><Nazione>IT</Nazione></Sede>
      <Contatti><Telefono>{PHONE}</Telefono><Email>{EMAIL4}</Email></Contatti>
    </CedentePrestatore>
    <CessionarioCommittente>
      <DatiAnagrafici>
        <CodiceFiscale>{CF}</CodiceFiscale>
        <Anagrafica><Nome>{F1}</Nome><Cognome>{L1}</Cognome></Anagrafica>
      </DatiAnagrafici>
      <Sede><Indirizzo>{ADDR2}</Indirizzo><Comune>{CITY2}</Comune><Nazione>IT</Nazione></Sede>
    </CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali>
      <DatiGeneraliDocumento>
        <TipoDocumento>TD01</TipoDocumento>
        <Divisa>EUR</Divisa>
        <Data>{DATE}</Data>
        <Numero>{NUM}</Numero>
        <ImportoTotaleDocumento>{AMT}</ImportoTotaleDocumento>
        <Causale>Intervento del tecnico {P2}</Causale>
      </DatiGeneraliDocumento>
    </DatiGenerali>
    <DatiBeniServizi>
      <DettaglioLinee>
        <NumeroLinea>1</NumeroLinea>
        <Descrizione>Manutenzione ordinaria impianto di climatizzazione</Descrizione>
        <Quantita>1.00</Quantita>
        <PrezzoUnitario>180.00</PrezzoUnitario>
        <AliquotaIVA>22.00</AliquotaIVA>
      </DettaglioLinee>
    </DatiBeniServizi>
    <DatiPagamento>
      <CondizioniPagamento>TP02</CondizioniPagamento>
      <DettaglioPagamento>
        <Beneficiario>{ORG}</Beneficiario>
        <ModalitaPagamento>MP05</ModalitaPagamento>
        <DataScadenzaPagamento>{DATE2}</DataScadenzaPagamento>
        <IBAN>{IBAN}</IBAN>
      </DettaglioPagamento>
    </DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
"""

HELD["chat_teams_logistica"] = """
#logistica-magazzino · {ORG}

{P4}   08:12
@{fl1} il corriere per la consegna a {CITY} ha chiamato, arriva con un'ora di ritardo

{P1}   08:15
ok grazie. @{fl3} riesci ad avvisare il cliente? il referente è {P2}, tel {PHONE}

{P3}   08:31
fatto ✅ dice che va bene, basta che arrivino entro le {TIME} perché poi chiudono il cancello

{P4}   08:40
👍 ho aggiornato il DDT {NUM} con il nuovo orario

{P1}   09:05
@{fl4} ricordati che il {DATE2} sei di reperibilità con {L3}
    2 risposte
    {P4}  sì, già segnato in calendario
    {P3}  👌 io ci sono, al massimo mi chiami sul {PHONE2}

{P2} (Ospite)   11:47
Buongiorno a tutti, vi scrivo qui come suggerito da {F1}: il bancale 3 è arrivato con
l'angolo schiacciato, vi mando le foto
"""

HELD["sms_famiglia"] = """
{F1} ❤️
{PHONE}

                                  {DATE}

Sei già uscito dal lavoro?                                             18:02

                         Sto uscendo ora, passo io a prendere il pane   18:05

Passa anche in farmacia per le medicine di tua madre. La ricetta l'ha
mandata il dott. {L4}, il codice è {NUM}                               18:06

                          Ok. Ha chiamato qualcuno per il trasloco?     18:11

Sì, {P3}. Dice di richiamarla al {PHONE2}, ha trovato il furgone       18:20

                                         Perfetto, la chiamo io 👍       18:21

-----------------------------------------------------------------------
{ORG}
                                  {DATE2}

{ORG}: il pacco 0032 5587 1190 indirizzato a {PX2} sarà consegnato oggi a partire
dalle {TIME}. Se sei assente, il corriere lascerà un avviso.
"""

HELD["comunicato_stampa"] = """
COMUNICATO STAMPA

{ORG} inaugura il nuovo stabilimento di {CITY}: 120 nuove assunzioni entro il {YEAR}

{CITY}, {DATE} – {ORG}, azienda attiva da oltre quarant'anni nella produzione di
componenti in alluminio per l'automotive, ha inaugurato oggi il nuovo stabilimento
di {ADDR}, un investimento complessivo di 38 milioni di euro.

Alla cerimonia erano presenti il sindaco di {CITY}, {P2}, l'assessora regionale
alle attività produttive {P3} e i rappresentanti di {ORG2}, partner del progetto di
formazione dei nuovi addetti.

«Questo investimento è una scommessa sul territorio e sulle persone che ci lavorano»
ha dichiarato {P1}, amministratrice delegata del gruppo. «Abbiamo scelto di crescere
qui, dove siamo nati, e di farlo con un impianto a basso impatto ambientale.»

Soddisfazione anche da parte del sindaco {L2}: «Sono posti di lavoro qualificati che
daranno un futuro a tanti giovani.» L'assessora {L3} ha ricordato il sostegno
all'intervento attraverso il bando per l'innovazione.

Il nuovo sito si estende su 24.000 mq ed è dotato di un impianto fotovoltaico da
1,2 MW che coprirà circa il 40% del fabbisogno energetico.

Per informazioni:
Ufficio stampa – {P4}
{PHONE} – {EMAIL4}
"""

HELD["partecipazione_nozze"] = """
                                  {P1}
                                    e
                                  {P2}

                     annunciano il loro matrimonio
                che sarà celebrato il {DATE} alle ore {TIME}
                    nella chiesa parrocchiale di {CITY}

          Dopo la cerimonia gli sposi saranno lieti di salutare parenti e amici
                 presso {ORG}, {ADDR}

                                 {ADDR2}

     Si prega di confermare la presenza entro un mese
     a {F3} ({PHONE}) o a {F4} ({PHONE2}).

     Per chi desiderasse farci un regalo:
     IBAN {IBAN} intestato a {PX1} e {PX2}
"""

HELD["ddt_documento_trasporto"] = """
DOCUMENTO DI TRASPORTO (D.P.R. 472/1996)                N. {NUM}     Data {DATE}

MITTENTE:      {ORG}
               {ADDR} – P.IVA {PIVA}
DESTINATARIO:  {ORG2}
               alla c.a. di {P3}
LUOGO DI DESTINAZIONE (se diverso): cantiere di {ADDR2}

Causale del trasporto:   VENDITA
Trasporto a cura del:    [ ] mittente     [X] vettore     [ ] destinatario
Conducente:              {PU4}, cell. {PHONE}
Aspetto esteriore dei beni: bancali in legno con film       N. colli: 6
Peso lordo kg: 1.840         Inizio trasporto: {DATE} ore {TIME}

COD. ART.    DESCRIZIONE                                       U.M.     Q.TÀ
CLS-2541     Blocchi in calcestruzzo cellulare 60x25x20         PZ      320
MLT-0090     Malta collante per blocchi, sacco 25 kg            SC       40
RET-1150     Rete porta intonaco in fibra di vetro              RT        8
ACC-0007     Bancale a rendere                                  PZ        6

Annotazioni: scarico con gru a carico del destinatario. Avvisare il capocantiere,
sig. {L2}, al {PHONE2} almeno mezz'ora prima dell'arrivo.

Firma del conducente                        Firma del destinatario
____________________                        ____________________ ({IN2})
"""

HELD["registro_visitatori"] = """
REGISTRO ACCESSI VISITATORI – {ORG}
Sede di {CITY} – Reception piano terra

DATA       | ORA IN | ORA OUT | COGNOME E NOME     | AZIENDA / ENTE   | DOCUMENTO     | REFERENTE INTERNO | BADGE
{DATE}     | 08:50  | 10:15   | {PU1}              | {ORG2}           | C.I.          | {IN2}             | V-07
{DATE}     | 14:05  | 15:30   | {PU3}              | privata          | patente       | {L2}              | V-08
{DATE2}    | 09:10  |         | {PU4}              | {ORG2}           | passaporto    | {IN2}             | V-03

AVVERTENZE
- I visitatori devono indossare il badge in modo visibile e restituirlo all'uscita.
- È vietato accedere ai reparti produttivi senza l'accompagnamento del referente.
- In caso di evacuazione seguire le indicazioni del personale addetto.

Informativa privacy: i dati sono trattati esclusivamente per finalità di sicurezza e
conservati per 90 giorni. Titolare del trattamento: {ORG}; referente privacy di sede:
{P2}, {EMAIL2}.
"""

HELD["pubblicazione_matrimonio"] = """
COMUNE DI {CITY}
Ufficio dello Stato Civile

ATTO DI PUBBLICAZIONE DI MATRIMONIO
N. 41 – Parte I – Serie A

L'Ufficiale dello Stato Civile rende noto che

{PU2}, nato a {CITY2} il {DOB}, di professione elettricista,
residente in {CITY}, celibe,

e

{PU1}, nata a {CITY}, di professione infermiera,
residente in {ADDR}, nubile,

intendono unirsi in matrimonio.

La presente pubblicazione resterà affissa all'albo pretorio online di questo Comune
per otto giorni consecutivi a decorrere dal {DATE}.

Chiunque sia a conoscenza di impedimenti al matrimonio è tenuto a farne denuncia.

{CITY}, {DATE}
                                      L'Ufficiale dello Stato Civile
                                      (delegata dal Sindaco)
                                      {P3}
"""

HELD["recensioni_ristorante"] = """
{ORG}
{ADDR}
★ 4,3 · 612 recensioni · Ristorante di pesce · €€

★★★★★   {P1} · Local Guide · 48 recensioni · 2 settimane fa
Siamo venuti per il compleanno di mio marito e ci siamo trovati benissimo. Il titolare,
{F2}, ci ha consigliato il crudo del giorno e un bianco perfetto. Torneremo!
    Risposta del proprietario
    Grazie mille {F1}! È stato un piacere avervi ospiti, a presto. – {P2}

★★☆☆☆   {fl3}_{YEAR} · 3 recensioni · 1 mese fa
Attesa infinita per il secondo e il cameriere non sapeva dirci se i frutti di mare
fossero freschi o surgelati. Peccato, la location è bellissima.
    Risposta del proprietario
    Gentile {F3}, ci dispiace per l'attesa: quella sera eravamo sotto organico. Ci
    scriva a {EMAIL2}, vorremmo rimediare.

★★★★☆   {IN4} · 1 mese fa
Buon rapporto qualità/prezzo. Parcheggio comodo vicino, prenotazione consigliata al
{PHONE}.
"""

HELD["ticket_helpdesk_it"] = """
[HELPDESK] Richiesta #{NUM} – Impossibile accedere alla VPN

Richiedente:     {PC3}
Reparto:         Amministrazione – sede di {CITY}
Telefono:        {PHONE}
E-mail:          {EMAIL3}
Aperta il:       {DATE} alle 08:57
Priorità:        Media → Alta (modificata da {IN4})
Tecnico:         {P4}

DESCRIZIONE
Da stamattina il client VPN restituisce «Errore 809 – Connessione non riuscita».
Ho già riavviato il portatile due volte. Lavoro da casa fino a fine settimana e non
riesco ad aprire il gestionale. Mi serve entro oggi per le scadenze dei pagamenti.

CRONOLOGIA
{DATE} 09:14  {fl4}: presa in carico. Chiesto screenshot dell'errore.
{DATE} 09:20  {F3}: allegato screenshot. Uso la connessione del telefono.
{DATE} 10:02  {fl4}: il router di casa blocca la porta necessaria. Consigliato
                  di collegarsi alla rete ospite; in alternativa passa {P2} domani.
{DATE2} 08:35 {F3}: con l'hotspot funziona, grazie!
{DATE2} 08:41 {fl4}: richiesta chiusa. Tempo di lavorazione: 45 min.

Valuta il servizio: ☆☆☆☆☆
"""

HELD["profilo_professionale_linkedin"] = """
{P2}
Responsabile Qualità presso {ORG} · Ingegnere gestionale
{CITY} · 500+ collegamenti · Contatta: {EMAIL2}

INFORMAZIONI
Da oltre quindici anni mi occupo di sistemi di gestione qualità e sicurezza nel settore
metalmeccanico. Auditor interno ISO 9001 e ISO 45001. Mi piace formare le persone e
semplificare le procedure.

ESPERIENZA
Responsabile Qualità
{ORG} · Tempo pieno
{DATE} – presente · {CITY}
Coordino un team di 6 persone; ho guidato la certificazione del nuovo stabilimento.

Quality Engineer
{ORG2} · Tempo pieno
{DATE2} – {DATE} · {CITY2}

FORMAZIONE
Laurea magistrale in Ingegneria Gestionale – 110/110

CONSIGLI RICEVUTI
{P3} · Direttrice di stabilimento
«Ho lavorato con {F2} per quattro anni: preciso, disponibile, capace di far dialogare
produzione e ufficio tecnico. Lo consiglio senza esitazioni.»

{P1} · Consulente HSE
«Un professionista serio. Con {L2} gli audit diventano occasioni di miglioramento.»
"""

HELD["neg_manuale_lavatrice"] = """
MANUALE D'USO – LAVATRICE A CARICA FRONTALE MODELLO LX-8400

CAPITOLO 4 – PROGRAMMI DI LAVAGGIO

Prima del primo utilizzo, Eseguite un ciclo a vuoto con il programma Cotone 90 °C per
eliminare eventuali residui di produzione.

PROGRAMMA            TEMPERATURA MAX     CARICO MAX     CENTRIFUGA
Cotone               90 °C               8 kg           1400 giri
Eco 40-60            60 °C               8 kg           1400 giri
Sintetici            60 °C               4 kg           1000 giri
Delicati / Lana      30 °C               2 kg            800 giri
Rapido 15'           30 °C               2 kg            800 giri
Piumoni              40 °C               1 piumone       600 giri

AVVERTENZE
• Non sovraccaricate il cestello.
• Chiudete le cerniere lampo e svuotate le tasche.
• Utilizzate solo detersivi adatti al lavaggio in lavatrice a bassa schiuma.

MESSAGGI DI ERRORE
E01 – Oblò aperto: Verificate la chiusura e premete Start/Pausa.
E03 – Scarico bloccato: Pulite il Filtro Pompa (vedi Capitolo 6).
E05 – Mancanza d'acqua: Aprite il rubinetto e controllate il Tubo di Carico.

La Modalità Vapore riduce le pieghe. Tenete premuto il tasto Blocco Bambini per tre
secondi per attivare la Sicurezza Bambini. Per l'assistenza tecnica rivolgetevi
esclusivamente ai Centri Autorizzati.
"""

HELD["neg_note_di_rilascio"] = """
NOTE DI RILASCIO – Versione 5.2.0

NOVITÀ
• Nuovo Pannello di Controllo: la Dashboard ora mostra i Widget personalizzabili.
• Modalità Scura disponibile su tutte le schermate, anche in Anteprima di Stampa.
• Esportazione in formato PDF/A e CSV dal menu File › Esporta.
• Ricerca Avanzata con filtri per Stato, Categoria e Priorità.

MIGLIORAMENTI
• Avvio dell'applicazione più rapido del 30%.
• Il Modulo Fatturazione gestisce ora fino a 500 righe per documento.
• Aggiornate le traduzioni dell'interfaccia.

CORREZIONI
• Risolto un problema per cui il pulsante Salva rimaneva disattivato dopo l'Annulla.
• Corretto il calcolo degli arrotondamenti nel Riepilogo IVA.
• Eliminato un crash all'apertura di Impostazioni › Account su alcuni dispositivi.

NOTE PER GLI AMMINISTRATORI
Prima di aggiornare, Eseguite un backup completo del database. Disattivate i Plugin di
terze parti e Riavviate il Servizio Sincronizzazione al termine dell'installazione.
Consultate la Guida in Linea per i requisiti di sistema aggiornati.
"""
