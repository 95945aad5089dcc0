"""Half B (held out) of the multilingual set: measured, never read while writing rules.

Layouts differ from half A on purpose (chats, CSV exports, contracts, claim reports, forwarded
messages), so that a rule that only learned half A's wording does not help here.
"""

TEMPLATES_B = {
    "fr": {
        "b_chat_support": """
[{TIME}] Agent : Bonjour, je suis {F1}, que puis-je faire pour vous ?
[{TIME}] Client : bonjour, c'est {P2}, ma commande {NUM} n'est jamais arrivée
[{TIME}] Agent : Je vérifie. Pouvez-vous me confirmer votre adresse ?
[{TIME}] Client : {ADDR}
[{TIME}] Agent : Merci M. {L2}. Un nouvel envoi part aujourd'hui, vous serez livré le {DATE}.
""",
        "b_export_csv": """
nom;prenom;date_naissance;telephone;ville
{L1};{F1};{DOB};{PHONE};{CITY}
{L2};{M2};{DATE};{PHONE2};{CITY2}
""",
        "b_contrat_bail": """
CONTRAT DE LOCATION

Entre les soussignés :
{ORG}, représentée par Mme {P1}, ci-après « le bailleur »,
et M. {P2}, né le {DOB}, demeurant {ADDR}, ci-après « le locataire ».

Le bail prend effet le {DATE} pour une durée de trois ans. Le loyer est payable par virement sur le
compte {IBAN}. SIRET du bailleur : {SIRET}.

Fait à {CITY}, le {DATE2}.
""",
        "b_declaration_sinistre": """
Déclaration de sinistre — dossier {NUM}

Assurée : {P1} (numéro de sécurité sociale {NIR})
Date des faits : {DATE}
Lieu : {ADDR}
Témoin : {P2}, joignable au {PHONE}

Description : dégât des eaux dans la cuisine, provenant de l'appartement du dessus.
""",
        "neg_communique": """
COMMUNIQUÉ

La Médiathèque municipale sera fermée pendant les vacances de printemps pour travaux. Les Livres
empruntés peuvent être rendus dans la Boîte de retour située à l'entrée. La Réouverture est prévue
au début du mois prochain avec de nouveaux Horaires.
""",
    },
    "de": {
        "b_chat": """
{TIME} {F1}: Hi {M2}, hast du die Unterlagen für {ORG} schon geschickt?
{TIME} {M2}: noch nicht, ich warte auf die Unterschrift von Frau {L1}
{TIME} {F1}: ok. Sie ist ab {DATE} im Urlaub, ruf sie am besten heute noch an: {PHONE}
{TIME} {M2}: mach ich, danke!
""",
        "b_csv_export": """
Nachname;Vorname;Geburtsdatum;Ort;Telefon
{L1};{F1};{DOB};{CITY};{PHONE}
{L2};{M2};{DATE};{CITY2};{PHONE2}
""",
        "b_mietvertrag": """
MIETVERTRAG

Zwischen {P1}, wohnhaft {ADDR} (Vermieterin),
und Herrn {P2}, geboren am {DOB} (Mieter),
wird folgender Vertrag geschlossen:

§ 1 Das Mietverhältnis beginnt am {DATE}.
§ 2 Die Miete ist monatlich im Voraus auf das Konto {IBAN} zu zahlen.

{CITY}, den {DATE2}
""",
        "b_schadensmeldung": """
Schadensmeldung Nr. {NUM}

Versicherungsnehmer: {P2}
Steueridentifikationsnummer: {STEUERID}
Schadenstag: {DATE}
Schadensort: {ADDR}
Zeugin: {P1}, Tel. {PHONE}

Hergang: Beim Ausparken wurde das Fahrzeug der Zeugin an der hinteren Stoßstange beschädigt.
""",
        "neg_anleitung": """
Bedienungsanleitung

Vor der ersten Inbetriebnahme lesen Sie bitte die Sicherheitshinweise. Stellen Sie das Gerät auf
eine ebene Fläche. Drücken Sie die Taste Start, bis die Anzeige leuchtet. Die Reinigung erfolgt mit
einem feuchten Tuch. Ersatzteile erhalten Sie im Fachhandel. Die Garantie beträgt zwei Jahre.
""",
    },
    "es": {
        "b_chat": """
{TIME} - {F1}: Buenas, soy {F1} de {ORG}, ¿hablo con {P2}?
{TIME} - {M2}: sí, dígame
{TIME} - {F1}: Le llamo por la cita del {DATE}, ¿le viene bien a las {TIME}?
{TIME} - {M2}: perfecto, mi móvil es {PHONE} por si hay cambios
""",
        "b_csv": """
apellidos,nombre,fecha_nacimiento,nie,ciudad
{L1},{F1},{DOB},{NIE},{CITY}
{L2},{M2},{DATE},{NIF},{CITY2}
""",
        "b_contrato": """
CONTRATO DE ARRENDAMIENTO

REUNIDOS
De una parte, D.ª {P1}, con NIF {NIF}, en nombre de {ORG}, en adelante la arrendadora.
De otra parte, D. {P2}, con domicilio en {ADDR}, en adelante el arrendatario.

El contrato entra en vigor el {DATE}. La renta se abonará en la cuenta {IBAN}.

En {CITY}, a {DATE2}.
""",
        "b_parte_accidente": """
PARTE DE ACCIDENTE {NUM}

Conductor: {P2}
Fecha de nacimiento: {DOB}
Lugar del accidente: {ADDR}
Testigo: {P1}, teléfono {PHONE}
Fecha: {DATE}

El vehículo contrario no respetó la señal de ceda el paso.
""",
        "neg_instrucciones": """
INSTRUCCIONES DE USO

Antes de utilizar el aparato, lea atentamente este Manual. Coloque la Batería en su compartimento y
pulse el Botón de encendido durante tres segundos. La Garantía cubre los defectos de fabricación
durante dos años desde la Fecha de compra.
""",
    },
    "it": {
        "b_chat": """
[{TIME}] {F1}: ciao {M2}, hai parlato con l'avvocato {L2}?
[{TIME}] {M2}: sì, ci vediamo il {DATE} nel suo studio a {CITY}
[{TIME}] {F1}: perfetto, mi mandi il numero? Devo spostare l'appuntamento con {ORG}
[{TIME}] {M2}: {PHONE}
""",
        "b_csv": """
cognome;nome;data_nascita;codice_fiscale;comune
{L1};{F1};{DOB};{CF};{CITY}
""",
        "b_contratto": """
CONTRATTO DI LOCAZIONE

Tra la società {ORG}, P.IVA {PIVA}, con sede in {ADDR}, rappresentata dalla sig.ra {P1}
(locatrice), e il sig. {P2}, nato il {DOB} (conduttore), si conviene quanto segue.

La locazione decorre dal {DATE}. Il canone è versato sul conto {IBAN}.

{CITY}, lì {DATE2}
""",
        "b_denuncia_sinistro": """
DENUNCIA DI SINISTRO N. {NUM}

Assicurata: {P1}
Codice fiscale: {CF}
Data del sinistro: {DATE}
Luogo: {ADDR}
Testimone: {P2}, tel. {PHONE}

Descrizione: infiltrazione d'acqua dal piano superiore.
""",
        "neg_istruzioni": """
ISTRUZIONI PER L'USO

Prima di accendere l'apparecchio leggere attentamente le Avvertenze. Inserire la Spina nella presa e
premere il Tasto di accensione. Per la Pulizia usare un panno umido. La Garanzia è valida per due
anni dalla data di acquisto.
""",
    },
    "nl": {
        "b_chat": """
[{TIME}] {F1}: Hoi {M2}, heb jij de offerte van {ORG} al gezien?
[{TIME}] {M2}: ja, {L1} stuurt morgen de definitieve versie
[{TIME}] {F1}: top, bel haar even op {PHONE} voor {DATE}
""",
        "b_csv": """
achternaam;voornaam;geboortedatum;woonplaats;telefoon
{L1};{F1};{DOB};{CITY};{PHONE}
{L2};{M2};{DATE};{CITY2};{PHONE2}
""",
        "b_huurovereenkomst": """
HUUROVEREENKOMST

Ondergetekenden:
{ORG}, vertegenwoordigd door mevrouw {P1}, hierna verhuurder,
en de heer {P2}, geboren op {DOB}, wonende te {ADDR}, hierna huurder.

De huur gaat in op {DATE}. De huurprijs wordt maandelijks overgemaakt op {IBAN}.

Getekend te {CITY} op {DATE2}.
""",
        "b_schademelding": """
Schademelding {NUM}

Verzekerde: {P2}
Rijksregisternummer: {RRN}
Datum schade: {DATE}
Adres: {ADDR}
Getuige: {P1}, telefoon {PHONE}

Omschrijving: waterschade in de badkamer door een lekkende leiding.
""",
        "neg_handleiding": """
Handleiding

Lees voor gebruik de Veiligheidsvoorschriften. Plaats het Apparaat op een vlakke ondergrond en druk
op de Aan-knop. Reinig de Behuizing met een vochtige doek. De Garantie is twee jaar geldig vanaf de
aankoopdatum.
""",
    },
    "pt": {
        "b_chat": """
[{TIME}] {F1}: Oi {M2}, tudo bem? Falou com a {L1}?
[{TIME}] {M2}: falei sim, a reunião com a {ORG} ficou para {DATE}
[{TIME}] {F1}: ótimo. Me passa o telefone dela?
[{TIME}] {M2}: {PHONE}
""",
        "b_csv": """
nome;data_nascimento;cpf;cidade
{P1};{DOB};{CPF};{CITY}
{P2};{DATE};;{CITY2}
""",
        "b_contrato": """
CONTRATO DE ARRENDAMENTO

Primeira outorgante: {ORG}, representada por {P1}.
Segundo outorgante: {P2}, nascido em {DOB}, residente em {ADDR}, NIF {PTNIF}.

O contrato tem início em {DATE}. A renda é paga por transferência para o IBAN {IBAN}.

{CITY}, {DATE2}
""",
        "b_participacao_sinistro": """
PARTICIPAÇÃO DE SINISTRO N.º {NUM}

Segurado: {P2}
Data do sinistro: {DATE}
Local: {ADDR}
Testemunha: {P1}, contacto {PHONE}

Descrição: infiltração de água proveniente do andar de cima.
""",
        "neg_manual": """
MANUAL DE INSTRUÇÕES

Antes de utilizar o Aparelho, leia com atenção as Instruções de Segurança. Ligue o Cabo à tomada e
prima o Botão de arranque. A Limpeza deve ser feita com um pano húmido. A Garantia é válida por dois
anos a partir da data de compra.
""",
    },
}
