"""Italian templates for the second multilingual generalization set (see gen_ml2.py).

Names: hand-compiled, common in Italy and Italian-speaking Switzerland (about three quarters) and in
their larger immigrant communities (Romanian, Albanian, Moroccan, Chinese, Ukrainian, Filipino,
Senegalese), of the kind Wikidata records as given-name / family-name items (CC0). Firms, associations
and mail domains are invented. Templates are written natively in Italian, one kind of document each.
"""

it = "it"

GIVEN_F = [
    # Italy / Ticino
    "Sofia", "Aurora", "Ginevra", "Alice", "Greta", "Vittoria", "Noemi", "Camilla", "Arianna",
    "Benedetta", "Caterina", "Cecilia", "Costanza", "Daniela", "Debora", "Eleonora", "Gabriella",
    "Lucrezia", "Loredana", "Nicoletta", "Ornella", "Patrizia", "Rosaria", "Tiziana", "Veronica",
    "Annalisa", "Maria Grazia", "Maria Luisa", "Mirella", "Assunta", "Concetta", "Carmela", "Giovanna",
    "Agnese", "Simona", "Stefania", "Letizia", "Margherita", "Antonella", "Filomena", "Ludovica",
    "Manuela", "Mariangela", "Rosanna", "Marisa", "Noemi Sofia",
    # immigrant communities
    "Ioana", "Andreea", "Mihaela", "Florentina", "Arjola", "Blerta", "Klodiana", "Khadija", "Salma",
    "Fatima Zahra", "Xiaoyan", "Mei", "Oksana", "Iryna", "Maricel", "Jocelyn", "Fatou", "Aminata",
]

GIVEN_M = [
    # Italy / Ticino
    "Alessandro", "Francesco", "Leonardo", "Mattia", "Gabriele", "Tommaso", "Edoardo", "Federico",
    "Pietro", "Filippo", "Simone", "Michele", "Alberto", "Antonio", "Carmine", "Ciro", "Domenico",
    "Enrico", "Gennaro", "Giacomo", "Gianpaolo", "Maurizio", "Nicola", "Ottavio", "Renato", "Rocco",
    "Umberto", "Valerio", "Walter", "Claudio", "Dario", "Elia", "Fabio", "Giorgio", "Ettore",
    "Raffaele", "Pierluigi", "Gianfranco", "Mario", "Luigi", "Franco", "Cosimo", "Vincenzo", "Mirko",
    "Samuele", "Gian Piero", "Sandro",
    # immigrant communities
    "Ionuț", "Mihai", "Florin", "Gheorghe", "Bogdan", "Arben", "Ilir", "Besnik", "Ermal", "Youssef",
    "Mohamed", "Hamza", "Rachid", "Wei", "Jian", "Taras", "Oleksandr", "Arnel", "Mamadou", "Ousmane",
]

FAMILY = [
    # Italy / Ticino, north to south, with particles and a few that are ordinary words
    "Esposito", "Romano", "Colombo", "Marchetti", "Galli", "Caruso", "Ferrara", "Martinelli", "Leone",
    "Longo", "Gentile", "Martini", "Serra", "Vitale", "Coppola", "De Santis", "D'Angelo", "Lo Bianco",
    "Della Valle", "Di Gregorio", "De Rosa", "La Rosa", "D'Amico", "Di Giacomo", "Del Vecchio",
    "Lo Presti", "Pellegrini", "Sala", "Cattaneo", "Brambilla", "Fumagalli", "Sartori", "Zanetti",
    "Bortolotti", "Trevisan", "Furlan", "Cusumano", "Sanna", "Pinna", "Piras", "Lupo", "Volpe",
    "Guerra", "Fiore", "Testa", "Orlando", "Fabbri", "Sorrentino", "Palumbo", "Amato", "Parisi",
    "Benedetti", "Ruggiero", "Giuliani", "Bernasconi", "Pedrazzini", "Lepori", "Moser", "Cocco",
    "Mazza",
    # immigrant communities
    "Popescu", "Ionescu", "Dumitru", "Munteanu", "Hoxha", "Shehu", "Kola", "Gjoka", "El Amrani",
    "Benali", "El Idrissi", "Bouzid", "Hu", "Zhou", "Chen", "Lin", "Kovalenko", "Bondarenko", "Melnyk",
    "Dela Cruz", "Bautista", "Diop", "Ndiaye", "Diallo",
]

CITIES = [
    "Catania", "Cagliari", "Brescia", "Bergamo", "Lecce", "Perugia", "Ancona", "Pescara", "Salerno",
    "Reggio Emilia", "Modena", "Parma", "Ravenna", "Treviso", "Vicenza", "Udine", "Trento", "Bolzano",
    "Novara", "Cremona", "Sassari", "Cosenza", "Matera", "Aosta", "La Spezia", "Livorno", "Siena",
    "Foggia", "Siracusa", "Sulmona", "Fabriano", "Bassano del Grappa", "Chioggia", "Alghero",
    "Gallipoli", "Termoli", "Vigevano", "Cefalù", "Lugano", "Bellinzona", "Locarno", "Mendrisio",
]

STREETS = [
    "Via Cavour", "Via XX Settembre", "Corso Italia", "Via Nazionale", "Viale della Repubblica",
    "Piazza della Libertà", "Via San Francesco d'Assisi", "Via dei Tigli", "Largo Cairoli",
    "Vicolo del Forno", "Contrada San Vito", "Corso Matteotti", "Via Giuseppe Verdi", "Viale dei Pini",
    "Via IV Novembre", "Via Santa Caterina", "Via Alessandro Volta", "Via Monte Grappa", "Via Pretorio",
    "Via Canonica", "Strada della Campagnola", "Via Papa Giovanni XXIII", "Viale Trieste",
    "Via Antonio Gramsci", "Borgo Santo Spirito",
]

ORGS = [
    "Tessiture Valmorena S.r.l.", "Brivaldi & Figli S.n.c.", "Meccanica Sarvetti S.p.A.",
    "Idrotermica Lonardi S.a.s.", "Logistica Brenvaldo S.r.l.", "Farmacia Morlacchi",
    "Ottica Zerbinati S.r.l.s.", "Immobiliare Castelbruno S.r.l.",
    "Caseificio Sociale Valdaprile Soc. Coop. Agricola", "Trasporti F.lli Gallarini S.n.c.",
    "Fiduciaria Ronchetti Sagl", "Voltrena Impianti Elettrici SA",
    "Studio Legale Associato Fornasari Levanti", "Banca Popolare Sarenziana S.p.A.",
    "Edilcasa Morandelli S.r.l.", "Cooperativa Sociale Il Girasole Blu",
    "Fondazione Ardenzi per l'Infanzia", "Polisportiva Valtorbida ASD",
    "Associazione Culturale La Lanterna Nuova APS", "Centro Medico Santa Gilda S.r.l.",
    "Agenzia Viaggi Marevento S.r.l.", "Autonoleggio Ruotalibera S.r.l.", "Albergo Tre Lanterne S.a.s.",
    "CIMAVEX S.p.A.", "GRL Impianti S.r.l.", "Assicurazioni Aquilonia Mutua S.p.A.",
    "Studio Associato Berardelli & Pozzetti", "Pasticceria Dolcegrano S.n.c.",
    "Bionova Lab Analisi Cliniche S.r.l.", "Onlus Mani Aperte",
]

MAIL_DOMAINS = [
    "postaverde.it", "lampomail.it", "casellaweb.it", "retenova.it", "ventomail.it", "mailsole.it",
    "ticinonet-mail.ch", "fornasarilevanti.it",
]

TUNE = {
    "promemoria_sms": """
{ORG}: Gentile {P1}, Le ricordiamo l'appuntamento per la visita ortopedica il {DATE} alle ore {TIME} presso {ADDR}.
Si presenti 15 minuti prima con tessera sanitaria ed eventuali esami precedenti.
Per disdire chiami il {PHONE} (lun-ven 8.30-13). Non rispondere a questo SMS.
""",
    "impegnativa_medica": """
PROMEMORIA PER L'ASSISTITO - RICETTA ELETTRONICA
Cognome e nome: {PU1}
Codice fiscale: {CF}
Indirizzo: {ADDR}
Prescrizione: 1 VISITA CARDIOLOGICA + ECG
Quesito diagnostico: dolore toracico atipico, familiarità per cardiopatia ischemica
Classe di priorità: D        N. ricetta: {NUM}
Data: {DATE}
Il medico: Dott.ssa {P3}
""",
    "registro_classe": """
Istituto Comprensivo Statale - Scuola Secondaria di I grado
Registro di classe - Classe 2ª B - {DATE}
Assenti: {PI2}, {PI3}
Ritardi: {PI4} (entrato alla 2ª ora, giustifica domani)
Uscite anticipate: {PI1} alle ore {TIME}, prelevata dalla nonna con delega
1ª ora - Italiano: il testo argomentativo, esercizi pag. 112
2ª ora - Matematica: verifica sulle equazioni di primo grado
3ª ora - Scienze Motorie: in palestra, pallavolo
""",
    "verbale_assemblea": """
Verbale di assemblea ordinaria del Condominio di {ADDR}
Il giorno {DATE}, alle ore {TIME}, nei locali della sala parrocchiale, si è riunita in seconda convocazione l'assemblea dei condòmini.
Presenti, in proprio o per delega: {PC1} (int. 3); {PC2} (int. 5); {PC3} (int. 7, delega a {L2}).
Assume la presidenza la Sig.ra {L1}; funge da segretario l'amministratore, Rag. {P4}.
1) Rendiconto consuntivo: approvato all'unanimità dei presenti (612,40 millesimi).
2) Rifacimento della facciata: la Sig.ra {L3} chiede almeno tre preventivi; l'assemblea rinvia ogni decisione.
Null'altro essendovi da deliberare, la seduta è tolta alle ore 22.40.
Il Presidente {P1}        Il Segretario Rag. {IN4}
""",
    "risposta_annuncio_affitto": """
Oggetto: Bilocale arredato - annuncio rif. {NUM}
Buongiorno,
ho visto il Vostro annuncio per il bilocale in zona stazione a {CITY} e sarei molto interessata.
Sono un'infermiera di 29 anni, lavoro a tempo indeterminato presso {ORG}, non fumo e non ho animali.
Sarebbe possibile visitarlo sabato mattina? Potete chiamarmi al {PHONE} oppure scrivermi qui, a {EMAIL1}.
Cordiali saluti,
{P1}
""",
    "lettera_presentazione": """
{P3}
{ADDR} - Tel. {PHONE} - {EMAIL3}

Spett.le {ORG}
Alla c.a. del Responsabile Risorse Umane, Dott. {P2}
{CITY}, {DATE}
Oggetto: candidatura per la posizione di Addetta alla Contabilità (rif. {NUM})

Egregio Dott. {L2},
desidero sottoporLe la mia candidatura. Da quattro anni lavoro presso {ORG2}, dove mi occupo di prima nota, riconciliazioni bancarie e scadenzario fornitori.
Restando a disposizione per un colloquio, porgo distinti saluti.
{P3}
""",
    "chat_genitori": """
Genitori 3ª A 🍎
[{TIME}] {F1}: Ciao a tutti, domani c'è l'uscita al Museo di Storia Naturale?
[{TIME}] {F3}: sì! partenza alle 8.15 davanti al cancello, pranzo al sacco 🥪
[{TIME}] {F2}: il maestro {L4} ha detto di mettere anche il k-way, danno pioggia
[{TIME}] {F1}: grazie {F3}! e grazie {F2} 🙏
[{TIME}] {F3}: {F1} se vuoi passo io a prendere la tua bimba, tanto sono di strada
[{TIME}] {F1}: sei un tesoro ❤️
""",
    "certificato_malattia": """
ATTESTATO DI MALATTIA - copia per il datore di lavoro
Numero di protocollo: {NUM}
Lavoratore: {PX2}
Nato il {DOB} a {CITY}
Indirizzo di reperibilità durante la malattia: {ADDR}
Data di rilascio: {DATE}
Prognosi clinica a tutto il: {DATE2}
Tipo certificato: inizio        Visita: ambulatoriale
Il medico: Dott.ssa {P3}, Medicina Generale
""",
    "denuncia_smarrimento": """
Comando Stazione Carabinieri di {CITY}
VERBALE DI DENUNCIA DI SMARRIMENTO
Il giorno {DATE}, alle ore {TIME}, presso gli uffici di questo Comando, è presente {P1}, nata a {CITY2} il {DOB}, residente in {ADDR}, identificata a mezzo carta d'identità n. {NUM}, la quale dichiara quanto segue:
"Nel pomeriggio di ieri, presumibilmente tra il mercato coperto e la fermata dell'autobus, ho smarrito il portafoglio contenente patente di guida, tessera sanitaria e bancomat. Ho già bloccato la carta chiamando il {PHONE}."
Letto, confermato e sottoscritto.
La denunciante {P1}        Il verbalizzante App. Sc. {IN2}
""",
    "partecipazione_nozze": """
{PX3}                                {PX4}
annunciano il matrimonio dei figli
{F1} e {F2}
che sarà celebrato sabato {DATE}, alle ore {TIME},
nella Chiesa di Santa Maria Assunta in {CITY}.
Dopo la cerimonia gli sposi saranno lieti di salutare parenti e amici presso {ORG}, a partire dalle ore 20.
Futura residenza: {ADDR}
""",
    "necrologio": """
Dopo una vita dedicata al lavoro e alla famiglia è mancato all'affetto dei suoi cari
{PX2}
di anni 84
Ne danno il triste annuncio la moglie {F1}, la figlia {F3} con {F4}, i nipoti e i parenti tutti.
I funerali avranno luogo il {DATE} alle ore {TIME} nella Chiesa parrocchiale di {CITY}.
Un sentito ringraziamento al personale del Reparto di Medicina e all'Assistenza Domiciliare.
Non fiori ma opere di bene.
{CITY2}, {DATE2}
""",
    "email_inoltrata": """
Ciao {F4}, ti giro la mail della Sig.ra {L1}: vedi tu se riesci a risponderle entro venerdì.
{F2}

---------- Messaggio inoltrato ---------
Da: {P1} <{EMAIL1}>
Data: {DATE}, {TIME}
Oggetto: Preventivo impianto fotovoltaico
A: {P2} <{EMAIL2}>

Buongiorno Ing. {L2},
come d'accordo Le inoltro il preventivo di {ORG} arrivato ieri: mi sembra alto rispetto a quello di {ORG2}: potrebbe darci un'occhiata?
Grazie, {F1}
""",
    "scontrino_farmacia": """
{ORG}
{ADDR}
P.IVA {PIVA} - Tel. {PHONE}
DOCUMENTO COMMERCIALE di vendita o prestazione
DESCRIZIONE                        IVA        Prezzo(€)
FARMACO SOP                        10%        {AMT}
TOTALE COMPLESSIVO                            {AMT}
Pagamento elettronico                         {AMT}
C.F. per detrazione: {CF}
{DATE} {TIME}        DOC. N. {NUM}
""",
    "conferma_bonifico": """
Esito operazione: BONIFICO SEPA ESEGUITO
CRO/TRN: {NUM}
Data esecuzione: {DATE}
Ordinante: {PU1}
IBAN di addebito: {IBAN}
Beneficiario: {ORG}
Causale: retta mensa scolastica secondo quadrimestre - alunno {PU2}
Importo: {AMT} EUR        Commissioni: 0,00 EUR
Conservi questa ricevuta come prova dell'avvenuto pagamento.
""",
    "prenotazione_treno": """
Conferma di acquisto - Codice prenotazione (PNR): {NUM}
Gentile {P3},
grazie per aver scelto di viaggiare con noi. Ecco il riepilogo del Suo viaggio.
Andata: {DATE} - partenza da {CITY} ore {TIME}, arrivo a {CITY2}
Treno Alta Velocità 9543 - Carrozza 7, posti 12A (Finestrino) e 12B (Corridoio)
Passeggeri: {PX3} (Adulto), {PX4} (Adulto, Carta Senior)
Importo totale: {AMT} €
Il biglietto è nominativo: a bordo potrà esserLe richiesto un documento d'identità.
""",
    "recensione_ristorante": """
★★★☆☆ Pizza ottima, servizio da rivedere
Recensione di {IN4} - {CITY}, {DATE}
Siamo stati da {ORG} sabato sera in sei. Abbiamo aspettato quasi un'ora per le pizze e nessuno si è scusato.
La Margherita e la Diavola erano ottime, impasto leggero; il tiramisù così così.
Risposta del titolare:
Gentile {F4}, ci scusiamo per l'attesa: sabato eravamo sotto organico. La aspettiamo di nuovo, il dolce lo offriamo noi!
{P1}, titolare
""",
    "nota_diario": """
Comunicazioni scuola-famiglia - {DATE}
Si comunica ai genitori dell'alunno {P2} che nelle ultime settimane ha dimenticato più volte il materiale di Tecnologia e non ha svolto i compiti assegnati. Si richiede un colloquio.
La docente, Prof.ssa {IN3}
Firma del genitore per presa visione: ____________
Gentile Prof.ssa {L3}, ne abbiamo già parlato con {F2}. Possiamo venire giovedì alle {TIME}?
{P1} (mamma)
""",
    "comunicato_stampa": """
COMUNICATO STAMPA
{ORG} inaugura il nuovo polo logistico di {CITY}: 120 posti di lavoro entro l'anno
{CITY2}, {DATE} - È stato inaugurato questa mattina il nuovo polo logistico di {ORG}, alla presenza del Prefetto e del Presidente della Provincia.
"È un investimento sul territorio e sulle persone che ci lavorano", ha dichiarato {P3}, amministratrice delegata del gruppo. "Ringrazio l'Amministrazione comunale e in particolare l'assessore {P2}, che ha seguito l'iter autorizzativo."
Secondo {L3}, i primi assunti prenderanno servizio già a settembre.
Ufficio stampa: {P4} - {PHONE} - {EMAIL4}
""",
    "consegna_turno": """
CONSEGNE INFERMIERISTICHE - Medicina Interna 2 - turno notte del {DATE}
Letto 3 - Sig.ra {L1}: febbre alle {TIME} (38,2 °C), eseguite emocolture, avvisato il medico di guardia Dott. {L2}.
Letto 5 - {PU4}: notte tranquilla, ago cannula da sostituire domattina.
Letto 7 - Sig.ra {P3}: ha rifiutato la cena, la figlia chiede di essere richiamata al {PHONE}.
Nuovi ingressi: nessuno. Dimissioni previste in mattinata: letto 5.
Frigo farmaci controllato, carrello emergenze OK.
""",
    "cedolino_intestazione": """
{ORG} - {ADDR}
P.IVA {PIVA}
CEDOLINO PAGA - Periodo di retribuzione: ottobre        Data di pagamento: {DATE}
Dipendente: {PU1}        Matricola: {NUM}
Codice fiscale: {CF}
Qualifica: Impiegata - Livello 4° - CCNL Commercio e Terziario
Data di assunzione: {DATE2}        Tempo parziale 75%
IBAN accredito: {IBAN}
NETTO IN BUSTA: {AMT} €
""",
    "chat_calcetto": """
Calcetto del giovedì ⚽
{fl2}: ragazzi stasera confermati? campo 3 alle 21
{fl4}: io ci sono, porto le pettorine
{fl2}: {fl4} sei un grande. manca uno
{fl4}: chiedo a mio cognato. {F2} tu intanto senti quello della palestra?
{fl2}: fatto, viene lui. quota 7 euro a testa, pagate a me
""",
    "foglio_presenze_corso": """
CORSO DI FORMAZIONE SICUREZZA - RISCHIO MEDIO (art. 37)
Foglio presenze - modulo 2 - {DATE}, ore {TIME}
Docente: Ing. {P2}
COGNOME NOME                  FIRMA ENTRATA     FIRMA USCITA
{PI1}                         ____________      ____________
{PI3}                         ____________      ____________
{PI4}                         assente giustificato
Ente di formazione: {ORG} - sede di {CITY}
""",
    "commenti_documento": """
Documento condiviso: Preventivo ristrutturazione bagno v3
Commento di {fl3} · {DATE}, {TIME}
"Voce 4: le piastrelle le fornisce il cliente, toglierle dal totale."
Risposta di {fl2}
"ok, sistemato. {F3} puoi ricontrollare anche l'IVA al 10%?"
Commento di {P4} ({EMAIL4})
"Per me va bene, lo mandiamo alla Sig.ra {L1} entro domani. Intestatario: {PC1}."
""",
    # no PII
    "regolamento_piscina": """
REGOLAMENTO DELLA PISCINA COMUNALE
1. L'accesso alla vasca è consentito solo dopo la doccia e con cuffia.
2. I minori di 12 anni devono essere accompagnati da un adulto.
3. È vietato tuffarsi dal lato Nord e correre sul piano vasca.
4. Il Bagnino e il Responsabile dell'Impianto possono allontanare chi non rispetta il Regolamento.
5. Orario estivo: dal Lunedì al Sabato 9-19; Domenica e festivi 10-18. Chiuso a Ferragosto.
Ingresso intero € {AMT}. Abbonamenti presso la Segreteria.
La Direzione
""",
    "foglio_illustrativo": """
FOGLIO ILLUSTRATIVO: INFORMAZIONI PER IL PAZIENTE
Paracetamolo 500 mg compresse
Legga attentamente questo foglio prima di usare questo medicinale, perché contiene importanti informazioni per Lei.
Che cos'è e a cosa serve: analgesico e antipiretico, per il trattamento sintomatico di febbre, Mal di Testa e dolori mestruali.
Non usi questo medicinale se è allergico al principio attivo o se soffre di Grave Insufficienza Epatica.
Si rivolga al Medico o al Farmacista se i sintomi persistono oltre 3 giorni.
Tenere fuori dalla vista e dalla portata dei bambini.
Lotto {NUM}
""",
    "calendario_rifiuti": """
CALENDARIO RACCOLTA PORTA A PORTA - ZONA B
Lunedì: Umido Organico (bidoncino Marrone)
Martedì: Carta e Cartone
Mercoledì: Plastica e Lattine (sacco Giallo)
Giovedì: Umido Organico
Venerdì: Vetro (bidone Verde)
Sabato: Secco Residuo (sacco Grigio)
Esporre i contenitori entro le ore {TIME} del giorno di raccolta. Pile, Farmaci Scaduti e RAEE vanno conferiti al Centro di Raccolta.
Info: Ufficio Ambiente del Comune, Numero Verde gratuito.
""",
}

HELD = {
    "referto_laboratorio": """
{ORG} - Laboratorio Analisi Cliniche
{ADDR} - Tel. {PHONE}
Paziente: {PU3}        Sesso: F        Data di nascita: {DOB}
Medico richiedente: Dott. {IN2}
N. accettazione: {NUM}        Data prelievo: {DATE}        Data referto: {DATE2}
ESAME                 RISULTATO    U.M.     VALORI DI RIFERIMENTO
Emoglobina            12,9         g/dL     12,0 - 16,0
Glicemia              104 *        mg/dL    70 - 100
Colesterolo HDL       58           mg/dL    > 45
Il Direttore Sanitario: Dott.ssa {P1}
""",
    "cartella_veterinaria": """
AMBULATORIO VETERINARIO {ORG}
Scheda clinica n. {NUM} - visita del {DATE}
Proprietario: {PC4} - {ADDR} - cell. {PHONE}
Paziente: "Briciola", cane meticcio, femmina sterilizzata, 7 anni, 14 kg
Anamnesi: zoppia posteriore sinistra da tre giorni, appetito conservato.
Esame obiettivo: dolore alla flessione del ginocchio sx, test del cassetto dubbio.
Terapia: antinfiammatorio per 5 giorni, riposo al guinzaglio; controllo tra 10 giorni.
Il Medico Veterinario: Dott.ssa {P3}
""",
    "certificato_residenza": """
Comune di {CITY}
Servizi Demografici - Ufficio Anagrafe
CERTIFICATO DI RESIDENZA
L'Ufficiale d'Anagrafe, visti gli atti d'ufficio, CERTIFICA che
{PU1}
nata a {CITY2} il {DOB}, codice fiscale {CF},
risulta residente in {ADDR}.
Si rilascia in carta libera per gli usi consentiti dalla legge.
{CITY}, {DATE}
L'Ufficiale d'Anagrafe delegato: {IN4}
""",
    "modello_730": """
MODELLO 730/{YEAR} - Frontespizio
DICHIARANTE
Codice fiscale: {CF}
Cognome: {L1}        Nome: {F1}        Sesso: F
Data di nascita: {DOB}        Comune (o Stato estero) di nascita: {CITY}
Residenza anagrafica: {ADDR}
PROSPETTO DEI FAMILIARI A CARICO
C - Coniuge: {PU2}
F1 - Primo figlio: {PU4} - percentuale di detrazione 50%
Firma del dichiarante: {P1}
""",
    "comunicazione_interna": """
COMUNICAZIONE INTERNA
Da: Direzione Amministrazione e Finanza
A: tutto il personale della sede di {CITY}
p.c.: {P2}, Responsabile Servizio Prevenzione e Protezione
Data: {DATE}
Oggetto: chiusura estiva dello stabilimento
Si informa che lo stabilimento resterà chiuso nelle due settimane centrali di agosto. Le richieste di ferie aggiuntive vanno inviate entro venerdì alla Sig.ra {L3} dell'Ufficio Personale ({EMAIL3}).
Durante la chiusura per le urgenze è reperibile l'Ing. {L4} al {PHONE}.
Il Direttore Amministrativo
{IN1}
""",
    "risposta_fuori_ufficio": """
Oggetto: Risposta automatica: Fuori ufficio
Grazie per il Suo messaggio. Sarò assente dall'ufficio fino al {DATE} compreso, con accesso limitato alla posta elettronica.
Per questioni urgenti può rivolgersi alla collega {P3} ({EMAIL3}, tel. {PHONE}) oppure, per le pratiche doganali, al Sig. {P4}.
Cordiali saluti
{P1}
Ufficio Acquisti - {ORG}
""",
    "avviso_consegna": """
Ciao {F3}, il tuo pacco arriva oggi! 📦
Spedizione n. {NUM} da {ORG}
Consegna prevista: {DATE}, a partire dalle {TIME}
Destinatario: {PX3}, {ADDR}
Note per il corriere: citofonare {L4}, scala B, lasciare in portineria se assente
Non sarai a casa? Scegli un Punto di Ritiro o cambia data dall'app.
Assistenza clienti: {PHONE}
""",
    "chat_assistenza": """
Chat di assistenza - sessione {NUM}
[{TIME}] Assistente Virtuale: Ciao! Come posso aiutarti?
[{TIME}] Cliente: vorrei parlare con un operatore, la bolletta di marzo è sbagliata
[{TIME}] {F2} (Operatore): Buongiorno, sono {F2}, grazie per l'attesa. Mi conferma nome e cognome dell'intestatario?
[{TIME}] Cliente: {P1}, codice fiscale {CF}
[{TIME}] {F2} (Operatore): Grazie Sig.ra {L1}. Vedo un conguaglio di {AMT} euro calcolato su consumi stimati.
[{TIME}] Cliente: ma io avevo mandato l'autolettura a gennaio!
[{TIME}] {F2} (Operatore): Ha ragione, apro una richiesta di rettifica: riceverà gli aggiornamenti a {EMAIL1}.
""",
    "post_forum": """
Forum > Casa e Fai da Te > Caldaie e Impianti
Caldaia in blocco, errore E10 - aiuto!
Messaggio di {fl4} » {DATE}, {TIME}
Ciao a tutti, da ieri la caldaia va in blocco ogni due ore. Il tecnico di {ORG} dice che va cambiata la scheda, 400 euro più IVA.
Qualcuno ha avuto lo stesso problema? Abito in provincia di {CITY}, se conoscete un tecnico serio scrivetemi in privato.
Re: Caldaia in blocco - risposta di {fl1}
@{fl4} prima controlla la pressione, deve stare tra 1 e 1,5 bar. Anche a me dava E10 ed era solo da ricaricare l'impianto.
Re: Caldaia in blocco - risposta di {fl4}
Grazie {F1}!!! Era proprio quello 👍
""",
    "annunci_economici": """
VENDO trio passeggino, navicella e ovetto, colore Grigio Antracite, usato pochissimo. Ritiro a mano a {CITY}, zona Ospedale. € {AMT} trattabili. Chiamare ore pasti al {PHONE}, chiedere di {F1}.
AFFITTASI box auto doppio con acqua e luce, vicino alle scuole medie, solo referenziati. Rivolgersi al Geom. {P2}, {PHONE2}.
CERCO signora referenziata per assistenza notturna a persona anziana, zona centro storico. Scrivere a {EMAIL3}.
""",
    "intestazione_fattura": """
{ORG}
Sede legale: {ADDR} - P.IVA {PIVA}
Tel. {PHONE}
FATTURA N. {NUM} del {DATE}
Spett.le
{P1}
{ADDR2}
C.F. {CF}
Oggetto: manutenzione ordinaria caldaia e analisi fumi
Pagamento: bonifico bancario a 30 gg d.f. - IBAN {IBAN}
Totale documento: € {AMT}
""",
    "contratto_noleggio": """
CONTRATTO DI NOLEGGIO N. {NUM}
Agenzia: {ORG} - {CITY}
Conducente principale: {PU2}
Nato a: {CITY2}        il: {DOB}
Residente in: {ADDR}        Cellulare: {PHONE}
Secondo conducente: {PU4}
Ritiro: {DATE} ore {TIME}        Riconsegna prevista: {DATE2}
Carburante al ritiro: 8/8        Km al ritiro: 45.210
Franchigia danni e furto: € {AMT}
Firma del cliente: {IN2}
""",
    "scheda_alloggiati": """
{ORG}
SCHEDA DI NOTIFICAZIONE - ALLOGGIATI
Cognome: {L3}        Nome: {F3}
Sesso: F        Data di nascita: {DOB}
Luogo di nascita: {CITY}        Cittadinanza: italiana
Documento: carta d'identità n. {NUM}
Arrivo: {DATE}        Permanenza: 3 notti        Camera n. 214 (Matrimoniale)
Componenti del gruppo familiare: {PX4} (coniuge)
Trattamento: mezza pensione        Firma dell'ospite: ________
""",
    "ricevuta_prestito": """
BIBLIOTECA CIVICA - Sezione Adulti
RICEVUTA DI PRESTITO
Utente: {PC3}        Tessera n. {NUM}
1. Manuale dell'orto sul balcone
2. Atlante delle stelle e dei pianeti
3. La cucina delle nonne (DVD)
Data del prestito: {DATE}        Restituire entro il: {DATE2}
Rinnovi online o al banco prestiti. Operatore: {fl2}
""",
    "turni_volontari": """
EMPORIO SOLIDALE - TURNI VOLONTARI dal {DATE}
Lunedì      9-12    {IN1}, {IN3}
Martedì     15-18   {PI2}
Mercoledì   9-12    {F4} + nuovo volontario in affiancamento
Giovedì     15-18   {IN3}
Venerdì     9-12    {IN1} (ha le chiavi)
Sabato      ritiro merce al supermercato: {P4} col furgone
Chi non può coprire il turno avvisi {F1} al {PHONE} entro il giorno prima. Grazie!
""",
    "dichiarazione_servizio": """
{ORG}
{ADDR}
DICHIARAZIONE DI SERVIZIO
Si attesta che il Sig. {P2}, nato a {CITY} il {DOB}, è dipendente di questa Società dal {DATE2} con contratto a tempo indeterminato e a tempo pieno, inquadrato come Operaio Specializzato, 5° livello del CCNL Metalmeccanici Industria.
A carico del Sig. {L2} non risultano provvedimenti disciplinari in corso.
Si rilascia su richiesta dell'interessato per gli usi consentiti dalla legge.
{CITY2}, {DATE}
Il Responsabile del Personale
Dott.ssa {P1}
""",
    "lettera_referenze": """
{CITY}, {DATE}
A chi di competenza,
sono lieta di raccomandare {P4}, che ha svolto il praticantato presso il nostro studio, {ORG}, per diciotto mesi.
In questo periodo il Geom. {L4} si è occupato di rilievi, pratiche catastali e assistenza alla direzione lavori, dimostrando precisione e grande disponibilità verso i clienti.
Posso dire con sicurezza che {F4} sarà una risorsa preziosa per qualsiasi impresa o studio tecnico.
Per ulteriori informazioni sono raggiungibile al {PHONE} o all'indirizzo {EMAIL3}.
Distinti saluti
Arch. {P3}
""",
    "citazione_testimoni": """
Tribunale Ordinario di {CITY}
Sezione Penale - Proc. n. {NUM} R.G.N.R.
CITAZIONE DEI TESTIMONI
L'Avv. {P2}, difensore di fiducia dell'imputato {PU4},
CITA
la Sig.ra {P3}, residente in {ADDR},
a comparire davanti al Giudice monocratico, aula 3, all'udienza del {DATE}, ore {TIME}, per essere sentita come testimone sui fatti di cui al capo d'imputazione.
Si avverte che, in caso di mancata comparizione senza legittimo impedimento, potrà esserne disposto l'accompagnamento coattivo.
{CITY}, {DATE2}
Avv. {IN2}
""",
    "atto_compravendita": """
Repertorio n. {NUM}                        Raccolta n. 7418
COMPRAVENDITA
REPUBBLICA ITALIANA
Il giorno {DATE}, in {CITY}, nel mio studio.
Innanzi a me, Dott. {P4}, Notaio in {CITY}, iscritto nel Ruolo dei Distretti Notarili Riuniti di {CITY2},
sono presenti:
- {P1}, nata a {CITY2} il {DOB}, codice fiscale {CF}, parte venditrice;
- {P2}, il quale interviene in qualità di legale rappresentante della società {ORG}, con sede in {ADDR2}, partita IVA {PIVA}, parte acquirente.
Detti comparenti, della cui identità personale io Notaio sono certo, convengono e stipulano quanto segue.
""",
    "curriculum_intestazione": """
CURRICULUM VITAE - FORMATO EUROPEO
INFORMAZIONI PERSONALI
Nome: {PU2}
Indirizzo: {ADDR}
Telefono: {PHONE}
E-mail: {EMAIL2}
Nazionalità: italiana
Data di nascita: {DOB}
ESPERIENZA LAVORATIVA
Dal {DATE} a oggi: Magazziniere e carrellista presso {ORG}, {CITY}
Competenze: patentino muletto, Pacchetto Office, inglese livello B1
""",
    "notiziario_parrocchiale": """
NOTIZIARIO DELLA COMUNITÀ PASTORALE - n. 14
Dall'Anagrafe parrocchiale
Sono rinati nel Battesimo: {P4}
Si sono uniti in Matrimonio: {P1} e {P2}
È tornata alla Casa del Padre: {P3}, di anni 91. La ricordiamo con affetto nella Messa di domenica.
Avvisi: domenica prossima, dopo la Messa delle 10, pranzo comunitario in Oratorio. Iscrizioni in Sacrestia entro giovedì.
Il Mercatino di Natale del Gruppo Missionario ha raccolto € {AMT}: grazie a tutti!
""",
    "risultati_sportivi": """
{ORG} - Settore Giovanile
RISULTATI DEL FINE SETTIMANA
Under 15: {ORG} - {ORG2} 3-1 (marcatori: {L2} 2, {IN4})
Under 17: turno di riposo.
Juniores: trasferta a {CITY}, sconfitta per 2-1; gol della bandiera su rigore.
Pallavolo Under 16 femminile: vittoria per 3-0, migliore in campo {P3}.
Complimenti alla capitana {F1} per la centesima presenza in maglia biancoverde!
Prossimo turno: sabato {DATE} ore {TIME}, campo comunale.
""",
    "denuncia_sinistro": """
Spett.le {ORG} - Ufficio Sinistri
Oggetto: Denuncia di sinistro - Polizza RCA n. {NUM}
La sottoscritta {P1}, nata il {DOB}, C.F. {CF}, contraente della polizza in oggetto, comunica che il giorno {DATE}, alle ore {TIME}, a {CITY}, in prossimità della rotatoria di ingresso al paese, il veicolo di sua proprietà condotto dal Sig. {P2} è stato tamponato dal veicolo condotto dal Sig. {P4}, assicurato con {ORG2} (targa e dati nel modulo CAI allegato).
Il modulo CAI è stato firmato da entrambi i conducenti sul posto. Testimone: {PI3}, tel. {PHONE}.
Allega: copia del modulo CAI, foto dei danni, preventivo della carrozzeria.
IBAN per l'eventuale risarcimento: {IBAN}
Distinti saluti
{P1}
""",
    # no PII
    "avviso_ascensore": """
AVVISO AI SIGG. CONDÒMINI
Si comunica che lunedì prossimo, dalle ore {TIME} e per l'intera giornata, l'ascensore della Scala A resterà fermo per la Verifica Periodica Biennale.
Si prega di non utilizzare il Montacarichi per il trasporto di persone.
Si ricorda inoltre che è vietato lasciare biciclette e passeggini nell'Androne e sui Pianerottoli.
Ci scusiamo per il disagio.
L'Amministratore
""",
    "etichetta_olio": """
OLIO EXTRAVERGINE DI OLIVA
Categoria Superiore - Olio di oliva di categoria superiore ottenuto direttamente dalle olive e unicamente mediante procedimenti meccanici.
Cultivar: Leccino, Frantoio, Moraiolo
Raccolta e spremitura a freddo entro 24 ore. Non filtrato.
Conservare in luogo fresco e asciutto, al riparo dalla luce e da fonti di calore.
Lotto {NUM}        Da consumarsi preferibilmente entro il: vedi tappo
0,75 L ℮
""",
    "avviso_sciopero": """
AVVISO ALLA CLIENTELA - SCIOPERO NAZIONALE
Le Organizzazioni Sindacali hanno proclamato uno sciopero nazionale di 24 ore del personale del Trasporto Pubblico Locale per venerdì prossimo.
Il servizio sarà garantito nelle Fasce di Garanzia: dalle 6.00 alle 9.00 e dalle 18.00 alle 21.00.
Le corse in partenza prima delle {TIME} saranno comunque portate a termine.
La Biglietteria Centrale e il Punto Informazioni resteranno aperti con orario ridotto.
Ci scusiamo con i Signori Viaggiatori per il disagio.
La Direzione Esercizio
""",
}
