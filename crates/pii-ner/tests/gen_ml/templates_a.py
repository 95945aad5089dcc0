"""Half A (tune) of the multilingual set: the only templates looked at while writing rules.

Placeholders are described in `gen_ml.Values`; a template is a document written natively in its
language. Names starting with `neg_` hold no PII.
"""

TEMPLATES_A = {
    "fr": {
        "a_lettre_resiliation": """
{P1}
{ADDR}
Tél. : {PHONE}

{ORG}
Service clients

{CITY}, le {DATE}

Objet : résiliation de mon contrat n° {NUM}

Madame, Monsieur,

Par la présente, je vous informe de ma décision de résilier mon abonnement à compter du {DATE2}.
Je vous remercie de bien vouloir me confirmer la prise en compte de cette demande par courrier ou à
l'adresse {EMAIL1}.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

{P1}
""",
        "a_fiche_salarie": """
FICHE D'EMBAUCHE

Nom : {L1}
Prénom : {F1}
Date de naissance : {DOB}
N° de sécurité sociale : {NIR}
Adresse : {ADDR}
Téléphone portable : {PHONE}
Courriel : {EMAIL1}
IBAN : {IBAN}

Poste : assistante comptable, à temps plein
Date d'entrée : {DATE}
Responsable : {P2}
""",
        "a_rdv_medical": """
Bonjour {F1},

Votre rendez-vous avec le Dr {L2} est confirmé pour le {DATE} à {TIME}, au cabinet situé {ADDR}.
Merci de vous munir de votre carte Vitale et de votre ordonnance.

En cas d'empêchement, prévenez-nous au moins 24 heures à l'avance au {PHONE}.

Le secrétariat médical
""",
        "a_fil_courriel": """
De : {P2} <{EMAIL1}>
Envoyé : {DATE}
À : équipe projet
Objet : RE: réunion de lancement

Bonjour à tous,

Suite à notre échange avec {P1} de chez {ORG}, la réunion de lancement aura lieu à {CITY} le
{DATE2}. {F1} présentera le calendrier ; merci de lui envoyer vos remarques avant vendredi.

Cordialement,
{M2}
""",
        "neg_notice": """
NOTICE D'UTILISATION

Avant la première utilisation, lisez attentivement les consignes de sécurité.
Branchez l'appareil sur une prise reliée à la terre. Ne plongez jamais la base dans l'eau.
Pour un café plus corsé, choisissez le programme Intense puis appuyez sur Démarrer.
Détartrage : tous les trois mois, ou lorsque le voyant Entretien clignote.
Garantie : deux ans à compter de la date d'achat figurant sur la facture.
""",
    },
    "de": {
        "a_rechnung": """
{ORG}
{ADDR}

Frau
{P1}
{CITY}

Ihre Rechnung Nr. {NUM} vom {DATE}

Sehr geehrte Frau {L1},

vielen Dank für Ihren Auftrag. Bitte überweisen Sie den Betrag von {AMT} EUR bis zum {DATE2} auf
unser Konto. Bei Fragen erreichen Sie Ihren Ansprechpartner Herrn {L2} unter {PHONE}.

Mit freundlichen Grüßen
{P2}
Buchhaltung
""",
        "a_personalbogen": """
Personalfragebogen

Name: {L1}
Vorname: {F1}
Geburtsdatum: {DOB}
Anschrift: {ADDR}
Steuer-ID: {STEUERID}
Bankverbindung (IBAN): {IBAN}
Telefon: {PHONE}
E-Mail: {EMAIL1}

Eintrittsdatum: {DATE}
Vorgesetzter: {P2}
""",
        "a_termin": """
Hallo {F1},

hiermit bestätige ich unseren Termin am {DATE} um {TIME} Uhr in unserem Büro in {CITY}.
Bitte bringen Sie die unterschriebenen Unterlagen mit. Falls etwas dazwischenkommt, rufen Sie mich
einfach unter {PHONE} an.

Viele Grüße
{P2}
{ORG}
""",
        "a_protokoll": """
Protokoll der Teamsitzung vom {DATE}

Anwesend: {P1}, {P2}
Protokoll: {L2}

1. Die Lieferung an {ORG} verzögert sich um zwei Wochen. Frau {L1} klärt die Ursache mit dem Lager.
2. Die neue Preisliste gilt ab {DATE2}. Herr {L2} informiert die Kunden in {CITY}.
3. Nächste Sitzung: in vier Wochen.
""",
        "neg_hinweis": """
Wichtiger Hinweis zur Lieferung

Sehr geehrte Damen und Herren,

Ihre Bestellung wird in den nächsten Tagen versandt. Die Lieferung erfolgt in zwei Paketen.
Bitte prüfen Sie die Ware bei Erhalt auf Transportschäden. Die Rechnung liegt dem ersten Paket bei.
Vielen Dank für Ihr Vertrauen und Ihre Geduld.

Ihr Kundenservice
""",
    },
    "es": {
        "a_carta_reclamacion": """
{P1}
{ADDR}
Teléfono: {PHONE}

A la atención del servicio de atención al cliente de {ORG}

En {CITY}, a {DATE}

Muy señores míos:

Me dirijo a ustedes para presentar una reclamación por el cobro indebido de la factura {NUM}. Les
ruego que me devuelvan el importe de {AMT} euros en la cuenta {IBAN} antes del {DATE2}.

Atentamente,
{P1}
DNI: {NIF}
""",
        "a_ficha_paciente": """
FICHA DEL PACIENTE

Nombre: {F1}
Apellidos: {L1}
Fecha de nacimiento: {DOB}
NIF: {NIF}
Domicilio: {ADDR}
Móvil: {PHONE}
Correo electrónico: {EMAIL1}
Médico de cabecera: Dr. {P2}
""",
        "a_presentacion": """
Hola a todos:

Me llamo {P1} y desde el {DATE} me incorporo al equipo de {ORG} en {CITY}. Trabajaré con {M2}
en el proyecto de logística. Podéis escribirme a {EMAIL1} o llamarme al {PHONE}.

¡Un saludo!
{F1}
""",
        "a_acta": """
ACTA DE LA REUNIÓN DE LA COMUNIDAD DE PROPIETARIOS

Fecha: {DATE}
Lugar: {ADDR}
Preside: D. {P2}
Secretaria: Dña. {P1}

Se aprueba por unanimidad la reparación de la fachada. La Sra. {L1} presentará tres presupuestos
antes del {DATE2}. El Sr. {L2} recuerda que la cuota extraordinaria vence en marzo.
""",
        "neg_aviso": """
AVISO IMPORTANTE

Estimado cliente:

Le informamos de que el próximo lunes realizaremos tareas de mantenimiento en nuestra plataforma.
Durante la intervención, la Banca Online y la Aplicación Móvil no estarán disponibles.
Disculpe las molestias. Para cualquier consulta, visite la sección de Ayuda de nuestra web.
""",
    },
    "it": {
        "a_lettera_disdetta": """
{P1}
{ADDR}

Spett.le {ORG}
Ufficio Contratti

{CITY}, {DATE}

Oggetto: disdetta del contratto n. {NUM}

Con la presente comunico la disdetta del contratto in oggetto a partire dal {DATE2}.
Vi prego di inviare la conferma all'indirizzo {EMAIL1} oppure di contattarmi al {PHONE}.

Distinti saluti,
{P1}
Codice fiscale: {CF}
""",
        "a_scheda_dipendente": """
SCHEDA ANAGRAFICA DIPENDENTE

Cognome: {L1}
Nome: {F1}
Data di nascita: {DOB}
Codice fiscale: {CF}
Residenza: {ADDR}
Cellulare: {PHONE}
E-mail: {EMAIL1}
IBAN: {IBAN}
Data di assunzione: {DATE}
""",
        "a_fattura": """
FATTURA N. {NUM}
Data: {DATE}

Fornitore: {ORG}
Partita IVA: {PIVA}
Sede: {ADDR}

Cliente: {P1}
Codice fiscale: {CF}

Totale da pagare: {AMT} EUR entro il {DATE2}.
""",
        "a_verbale": """
Verbale della riunione del {DATE}

Presenti: dott.ssa {P1}, ing. {P2}

La dott.ssa {L1} illustra i risultati del trimestre. L'ing. {L2} propone di aprire una nuova sede a
{CITY} entro il {DATE2}. La proposta viene approvata.
""",
        "neg_avviso": """
AVVISO AI CLIENTI

Gentile Cliente,

La informiamo che a partire dal mese prossimo cambieranno gli orari di apertura dei nostri sportelli.
Il Servizio Clienti resterà raggiungibile dal lunedì al venerdì. Per le pratiche urgenti è possibile
utilizzare l'Area Riservata del sito. Grazie per la collaborazione.
""",
    },
    "nl": {
        "a_brief_opzegging": """
{P1}
{ADDR}

{ORG}
t.a.v. de klantenservice

{CITY}, {DATE}

Betreft: opzegging abonnement {NUM}

Geachte heer, mevrouw,

Hierbij zeg ik mijn abonnement op per {DATE2}. Wilt u de opzegging schriftelijk bevestigen via
{EMAIL1}? U kunt mij ook bereiken op {PHONE}.

Met vriendelijke groet,

{P1}
""",
        "a_personeelsformulier": """
PERSONEELSFORMULIER

Achternaam: {L1}
Voornaam: {F1}
Geboortedatum: {DOB}
BSN: {BSN}
Adres: {ADDR}
Telefoon: {PHONE}
E-mailadres: {EMAIL1}
IBAN: {IBAN}
Datum in dienst: {DATE}
Leidinggevende: {P2}
""",
        "a_afspraak": """
Beste {F1},

Hierbij bevestig ik onze afspraak op {DATE} om {TIME} uur bij ons kantoor in {CITY}. Neem gerust
contact op met mijn collega {P2} als je vragen hebt.

Groeten,
{M2}
{PHONE}
""",
        "a_notulen": """
Notulen teamoverleg {DATE}

Aanwezig: {P1}, {P2}

1. Mevrouw {L1} meldt dat de levering aan {ORG} is vertraagd.
2. De heer {L2} regelt een nieuwe planning voor de vestiging in {CITY}.
3. Volgend overleg: {DATE2}.
""",
        "neg_mededeling": """
Mededeling aan alle bewoners

Vanaf volgende week wordt het dak van het gebouw vernieuwd. De werkzaamheden duren ongeveer drie
weken. Houd ramen aan de achterzijde zoveel mogelijk gesloten. De Fietsenstalling blijft bereikbaar.
Met dank voor uw begrip.
""",
    },
    "pt": {
        "a_carta_reclamacao": """
{P1}
{ADDR}
Telemóvel: {PHONE}

Exmos. Senhores da {ORG}

{CITY}, {DATE}

Assunto: reclamação da fatura n.º {NUM}

Venho por este meio reclamar a cobrança indevida de {AMT} euros. Solicito a devolução do valor para
o IBAN {IBAN} até {DATE2}.

Com os melhores cumprimentos,
{P1}
NIF: {PTNIF}
""",
        "a_ficha_cadastro": """
FICHA DE CADASTRO

Nome completo: {P1}
Data de nascimento: {DOB}
CPF: {CPF}
Endereço: {ADDR}
Celular: {PHONE}
E-mail: {EMAIL1}
Data de admissão: {DATE}
""",
        "a_apresentacao": """
Olá, pessoal!

Meu nome é {P1} e a partir de {DATE} faço parte da equipe da {ORG} em {CITY}. Vou trabalhar com o
{M2} no projeto de atendimento. Podem me escrever em {EMAIL1}.

Abraços,
{F1}
""",
        "a_ata": """
ATA DA REUNIÃO DE CONDOMÍNIO

Data: {DATE}
Local: {ADDR}
Presidente: Sr. {P2}
Secretária: Sra. {P1}

A Sra. {L1} apresentou os orçamentos para a pintura do prédio. O Sr. {L2} ficou responsável por
contactar os fornecedores até {DATE2}.
""",
        "neg_aviso": """
AVISO AOS CLIENTES

Informamos que, devido a manutenção programada, o Portal do Cliente ficará indisponível no próximo
domingo. Os Pagamentos Automáticos não serão afetados. Pedimos desculpa pelo incómodo e agradecemos
a sua compreensão.
""",
    },
}
