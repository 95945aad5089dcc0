"""Modèles français du cinquième jeu multilingue (France, Belgique, Suisse romande, Québec).

Modèles rédigés à neuf pour ce cinquième jeu, sans consulter les jeux précédents ni le moteur. Les
prénoms et noms de famille sont des listes compilées à la main de noms courants en France, en
Belgique, en Suisse et au Québec, chez leurs voisins et dans leurs grandes communautés issues de
l'immigration (maghrébine, ouest-africaine, portugaise, italienne, turque, vietnamienne, chinoise,
haïtienne, libanaise), du type de ceux que Wikidata recense comme prénoms / noms de famille
(Wikidata : CC0 1.0) ; aucun n'est tiré de Faker ni d'une autre bibliothèque de fausses données.
Les organisations et les domaines de messagerie sont inventés.

English summary: French templates written fresh for the fifth multilingual set. Given and family
names are hand-compiled lists of names common in France, Belgium, Switzerland and Québec, their
neighbours and their larger immigrant communities, of the kind recorded as Wikidata given-name /
family-name items (Wikidata: CC0 1.0), none taken from Faker or any fake-data library; organisations
and mail domains are invented. `TUNE` and `HELD` hold different document kinds; two templates of each
half (`neg_*`) hold no personal data at all.
"""

GIVEN_F = [
    "Aliénor", "Angèle", "Ariane", "Axelle", "Constance", "Éléonore", "Flavie", "Jacinthe", "Maud",
    "Pénélope", "Priscille", "Servane", "Sixtine", "Solange", "Typhaine", "Quitterie", "Ombeline",
    "Maylis", "Faustine", "Henriette", "Eulalie", "Roselyne", "Muriel", "Corinne", "Floriane",
    "Lysanne", "Marilou", "Andréanne", "Isabeau", "Francine", "Pierrette", "Chantal", "Roxanne",
    "Sarah-Jade", "Emy-Jade", "Chahinez", "Ghizlane", "Nassima", "Soraya", "Wassila", "Zoulikha",
    "Nesrine", "Samia", "Zohra", "Djénéba", "Bintou", "Rokhaya", "Dieynaba", "Adjoua", "Ramatoulaye",
    "Isaura", "Goreti", "Meltem", "Pınar", "Nhung", "Tuyet", "Yanling", "Myrlande", "Judeline",
    "Rosemène", "Guerline", "Kettly", "Layal", "Nayla", "Joumana", "Zeina",
]
GIVEN_M = [
    "Alban", "Albéric", "Barnabé", "Bertrand", "Brice", "Calixte", "Donatien", "Éloi", "Fulbert",
    "Geoffroy", "Gervais", "Gonzague", "Ignace", "Josselin", "Léopold", "Melchior", "Pacôme",
    "Romuald", "Séraphin", "Victorien", "Zacharie", "Maël", "Lilian", "Gildas", "Killian", "Patrice",
    "Cyril", "Yvan", "Conrad", "Dany", "Victor-Emmanuel", "René-Joseph", "Abdellatif", "Chafik",
    "Fayçal", "Lakhdar", "Lotfi", "Moncef", "Othmane", "Ramdane", "Slimane", "Zoubir", "Azzedine",
    "Boualem", "Djibril", "Fodé", "Kalidou", "Moctar", "Thierno", "Lassana", "Ousseynou", "Kodjo",
    "Elísio", "Tonino", "Erkan", "Tolga", "Özcan", "Cuong", "Phuc", "Haitao", "Luckner", "Wesner",
    "Yvenel", "Dieumerci", "Frantz", "Evens", "Bassam", "Ghassan", "Marwan", "Maroun", "Rabih",
    "Charbel", "Wissam",
]
FAMILY = [
    "Abadie", "Allard", "Arnoux", "Bonneau", "Briand", "Buisson", "Chabert", "Dupuy", "Fouquet",
    "Godard", "Guichard", "Jourdan", "Lagarde", "Lecomte", "Lefort", "Lévêque", "Loiseau", "Marty",
    "Michaud", "Tissot", "Vigneron", "Jolivet", "Lelièvre", "Fauvel", "Jaouen", "de Lestrange",
    "du Pontavice", "de Kersauson", "d'Harcourt", "du Mesnil", "de Tournemire", "Henrard", "Noiret",
    "Servais", "Hanquet", "Stassart", "Quoilin", "Schoonbroodt", "Vanhove", "Berset", "Dafflon",
    "Dorsaz", "Fellay", "Jotterand", "Thévoz", "Bruchez", "Michellod", "Ansermet", "Boisvert",
    "Chiasson", "Demers", "Laflamme", "Lalonde", "Larouche", "Lemieux", "Ouimet", "Proulx", "Rioux",
    "Robitaille", "Therrien", "Veilleux", "Aissaoui", "Bendjebbar", "Benkirane", "Boukhris", "Chergui",
    "Hadjadj", "Lounici", "Mebarki", "Yahiaoui", "Cherkaoui", "Bathily", "Cissokho", "Diakhaté",
    "Gassama", "Kanté", "Sanogo", "Soumaré", "Yattara", "Badiane", "Tounkara", "Macedo", "Quintas",
    "Caputo", "Castelli", "Silvestri", "Coşkun", "Şimşek", "Tunç", "Luong", "Quach", "Jiang", "Feng",
    "Dorsainvil", "Métellus", "Louissaint", "Thélusma", "Pierrelus", "Similien", "Chidiac", "Naccache",
    "Boustany", "Jabbour", "Semaan", "Bou Saab", "Abi Nader",
]
CITIES = [
    "Quimper", "Saint-Brieuc", "Aix-en-Provence", "Villeurbanne", "Annecy", "Besançon", "Colmar",
    "Boulogne-sur-Mer", "Lons-le-Saunier", "Villeneuve-d'Ascq", "Sète", "Vierzon", "Montreuil",
    "Namur", "Liège", "Charleroi", "Tournai", "Arlon", "Louvain-la-Neuve", "Ottignies", "Lausanne",
    "Neuchâtel", "Fribourg", "Sion", "La Chaux-de-Fonds", "Yverdon-les-Bains", "Delémont", "Montréal",
    "Trois-Rivières", "Sherbrooke", "Rimouski", "Gatineau", "Lévis", "Saint-Jean-sur-Richelieu",
    "Rouyn-Noranda",
]
STREETS = [
    "rue des Carmes", "avenue de la Gare", "chemin du Moulin", "impasse des Glycines",
    "boulevard Gambetta", "rue Pasteur", "place du Marché", "quai des Bateliers",
    "allée des Marronniers", "rue du Faubourg Saint-Jacques", "chaussée de Louvain", "rue de l'Église",
    "avenue Louise", "rue des Guillemins", "chemin des Pâquerettes", "route de Berne", "rue du Simplon",
    "rue Sherbrooke Ouest", "boulevard René-Lévesque Est", "rang Saint-Joseph", "avenue du Mont-Royal",
    "chemin Sainte-Foy", "rue des Trois-Frères", "résidence Les Hauts de Provence, bâtiment C",
]
ORGS = [
    "Atelier Brisemiche SARL", "Transports Valmorel SAS", "Clinique des Hêtres Rouges",
    "Cabinet Armaury & Associés", "École Montessori Les Colibris", "Association Les Jardins de la Butte",
    "Club de pétanque La Boule Ferrée", "Coopérative laitière des Prés-Fleuris",
    "Groupe hospitalier Saint-Amandin", "Pharmacie des Quatre-Vents", "Fiduciaire Lémanex SA",
    "Garage Mécaviva", "Immobilière Clos-Bellerive SRL", "Brasserie La Mousse Hardie SC",
    "Ébénisterie Tournelune inc.", "Services informatiques Nordévia inc.", "Mutuelle Avenir Verdalys",
    "Office intercommunal des Eaux du Haut-Val", "Gérance Pontavert", "Librairie Le Chat Qui Lit",
    "Centre de santé Les Oliviers Bleus", "Lycée privé Sainte-Ombreuse", "Cercle d'escrime La Flamberge",
    "Office notarial du Grand-Pré", "Assurances Protécia SA", "Voyages Alizéa SAS",
    "Laboratoire Biolumia", "Traiteur Saveurs d'Atlas SARL", "Imprimerie Rotalis SNC",
    "Agence Pixelune SASU", "Société de hockey Les Harfangs", "Rénovations Cap-Boréal inc.",
]
MAIL_DOMAINS = [
    "nuagemail.fr", "ptitcourriel.fr", "kiosque-mail.be", "lemanex.ch", "courrielnord.ca",
    "verdalys.net", "boite-a-lettres.eu",
]

TUNE = {}
HELD = {}

# ---------------------------------------------------------------------------------------------
# TUNE
# ---------------------------------------------------------------------------------------------

TUNE["lettre_reclamation"] = """
{P1}
{ADDR}
Tél. : {PHONE}
Courriel : {EMAIL1}

                                        {ORG}
                                        Service Relations Clientèle
                                        {ADDR2}

                                        {CITY}, le {DATE}

Lettre recommandée avec accusé de réception
Objet : réclamation – commande n° {NUM}

Madame, Monsieur,

Le {DATE2}, j'ai commandé dans votre magasin un lave-linge d'un montant de {AMT} €, réglé
intégralement à la commande. Malgré trois relances téléphoniques auprès de votre conseiller,
M. {L2}, l'appareil ne m'a toujours pas été livré.

Lors de mon dernier appel, votre collègue ({IN4}, service logistique) m'a assuré qu'un livreur
passerait « dans la semaine ». Personne ne s'est présenté et aucun avis de passage ne m'a été laissé.

Conformément aux articles L. 216-1 et suivants du Code de la consommation, je vous mets en demeure
de procéder à la livraison dans un délai de huit jours à compter de la réception du présent courrier.
À défaut, je considérerai la vente comme résolue et solliciterai le remboursement intégral des
sommes versées, sans préjudice de tous dommages et intérêts.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

                                        {P1}

P.J. : copie du bon de commande, relevé bancaire
"""

TUNE["courriel_soumission_renovation"] = """
De : {P2} <{EMAIL2}>
Envoyé : {DATE} {TIME}
À : {P3} <{EMAIL3}>
Cc : {IN1}; {IN4}
Objet : RE: Soumission – rénovation du sous-sol

Bonjour {F3},

Merci pour les photos. Après vérification avec {F1} de notre équipe, on pourrait commencer les
travaux dès la semaine du {DATE2}, si ça vous convient.

La soumission révisée est en pièce jointe (total avant taxes : {AMT} $). La TPS et la TVQ sont
en sus. On a retiré le plancher chauffant comme demandé.

N'hésitez pas à m'appeler sur mon cellulaire au {PHONE} si vous avez des questions.

Bonne journée!

{P2}
Estimateur principal | {ORG}
Bureau : {PHONE2}

-----Message d'origine-----
Le {DATE2}, {P3} <{EMAIL3}> a écrit :
> Bonjour monsieur {L2},
>
> Tel que discuté au téléphone, je vous envoie les photos du sous-sol.
> Mon conjoint, {P4}, sera présent lors de la visite puisque je travaille de soir.
> Est-ce possible d'avoir une soumission révisée sans le plancher chauffant?
>
> Merci à l'avance,
> {F3}
"""

TUNE["contrat_cdi"] = """
CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE

ENTRE LES SOUSSIGNÉS :

La société {ORG}, immatriculée sous le numéro SIRET {SIRET}, dont le siège social est situé
{ADDR}, représentée par {P2}, agissant en qualité de Directeur des ressources humaines,
ci-après dénommée « l'Employeur »,

ET

Madame {P1}, née le {DOB}, demeurant {ADDR2},
numéro de sécurité sociale : {NIR},
ci-après dénommée « la Salariée »,

IL A ÉTÉ CONVENU CE QUI SUIT :

Article 1 – Engagement
Mme {L1} est engagée à compter du {DATE} en qualité d'Assistante comptable, statut Employé,
coefficient 210 de la convention collective applicable.

Article 2 – Période d'essai
Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux mois,
renouvelable une fois d'un commun accord.

Article 3 – Rémunération
La Salariée percevra une rémunération brute mensuelle de {AMT} euros sur douze mois, versée par
virement sur le compte {IBAN}.

Article 4 – Lieu de travail et hiérarchie
La Salariée exercera ses fonctions au sein de l'établissement de {CITY}. Elle sera placée sous
l'autorité de Mme {P3}, Responsable administrative et financière.

Fait en deux exemplaires originaux, à {CITY2}, le {DATE2}.

Pour l'Employeur                               La Salariée
{IN2}                                          « Lu et approuvé, bon pour accord »
                                               {PX1}
"""

TUNE["avertissement_disciplinaire"] = """
{ORG}
Département Ressources Humaines
{ADDR2}

                                  Monsieur {PU4}
                                  {ADDR}

Concerne : avertissement écrit
Notre réf. : RH/{NUM}

Monsieur,

Nous sommes au regret de devoir vous adresser le présent avertissement.

Le {DATE}, vous vous êtes présenté à votre poste avec plus d'une heure de retard, sans prévenir
votre cheffe d'équipe, Madame {P3}. Ce manquement fait suite à deux rappels oraux, le dernier
ayant eu lieu le {DATE2} en présence de M. {P2}, délégué syndical.

Nous vous rappelons que l'article 12 du règlement de travail impose de signaler toute absence ou
tout retard avant le début de la pause, par téléphone au responsable de garde.

En cas de récidive, nous nous verrons contraints d'envisager une mesure plus sévère, pouvant aller
jusqu'à la rupture du contrat de travail.

Nous vous prions d'agréer, Monsieur {L4}, l'assurance de notre considération distinguée.


{P1}
Responsable RH
GSM : {PHONE}

Copie : dossier personnel (NN {RRN}) – Mme {L3} – délégation syndicale
"""

TUNE["planning_equipes"] = """
PLANNING DES ÉQUIPES – SEMAINE {NUM}
{ORG} – site de {CITY}
Établi par : {IN3}, cheffe de service

Agent                       Lun    Mar    Mer    Jeu    Ven    Sam    Dim
--------------------------  -----  -----  -----  -----  -----  -----  -----
{PU1}                 M      M      R      S      S      —      —
{PU2}                 S      S      M      M      R      M      —
{PU3}                 N      N      R      R      M      M      R
{PU4}                 R      M      M      S      S      S      N

M = matin (06:00-14:00)   S = soir (14:00-22:00)   N = nuit (22:00-06:00)   R = repos

Échanges validés :
  - {F1} ↔ {F4} le mercredi (accord de {IN3} du {DATE})
  - {L2} en formation SST le {DATE2} : remplacement par l'intérimaire

Rappel : aucun échange n'est valable sans l'accord écrit de la cheffe de service.
Toute demande de modification est à adresser à {EMAIL3} au plus tard le jeudi midi.

Astreinte technique : {PHONE}
Imprimé le {DATE} à {TIME}
"""

TUNE["lettre_sortie_hospitaliere"] = """
{ORG}
Service de médecine interne
{ADDR}

                                   Docteur {P4}
                                   Médecin traitant
                                   {ADDR2}

{CITY}, le {DATE2}

Concerne : votre patiente Mme {PC1}, née le {DOB}
Hospitalisation du {DATE} au {DATE2}

Cher Confrère,

Nous vous remercions de nous avoir adressé Madame {L1}, hospitalisée dans notre service pour une
pneumonie communautaire du lobe inférieur droit.

Status d'entrée : patiente fébrile à 39,2 °C, saturation à 89 % à l'air ambiant, crépitants en base
droite. CRP à 184 mg/l. Radiographie du thorax : foyer lobaire inférieur droit.

Évolution : sous co-amoxicilline intraveineuse, puis per os dès J3, évolution rapidement favorable.
Sevrage de l'oxygène à J4. La patiente est autonome pour les activités de la vie quotidienne.

Traitement à la sortie :
  - Co-Amoxicilline 1 g, 1 cp 2x/jour, jusqu'au {DATE2} inclus
  - Paracétamol 1 g en réserve, max. 4x/jour

Suite : contrôle clinique et radiologique à votre consultation dans six semaines. Sa fille,
Mme {P3}, a été informée du retour à domicile et peut être jointe au {PHONE}.

Nous restons à votre disposition et vous prions de croire, cher Confrère, à nos sentiments
les meilleurs.

Dr {P2}                                  Dre {IN3}
Chef de clinique                         Médecin assistante
"""

TUNE["ordonnance"] = """
Docteur {P3}
Médecin généraliste
Diplômée de la Faculté de Médecine – Conventionnée secteur 1
{ADDR}
Tél. {PHONE}   –   Consultations sur rendez-vous
N° RPPS : {NUM}

                                                      {CITY}, le {DATE}

                    {PX4}
                    Né le {DOB}


1) AMOXICILLINE 1 g, comprimés dispersibles
   Un comprimé matin et soir pendant 7 jours

2) PARACÉTAMOL 500 mg, gélules
   Une à deux gélules toutes les 6 heures si douleur ou fièvre,
   sans dépasser 6 gélules par jour

3) Bain de bouche antiseptique
   Trois fois par jour après les repas, pendant 5 jours

                                                      QSP 7 jours
                                                      Non renouvelable

                                                      Dr {IN3}
"""

TUNE["procuration"] = """
                                PROCURATION

Je soussignée, {PX1},
née le {DOB} à {CITY},
demeurant {ADDR},

donne par la présente pouvoir à :

Monsieur {P2},
demeurant {ADDR2},

de me représenter auprès de {ORG} afin d'effectuer en mon nom l'état des lieux de sortie du
logement que j'occupe, de signer le procès-verbal correspondant et de remettre l'ensemble des clés.

Mon mandataire pourra également retirer en mon nom tout courrier recommandé qui me serait adressé
à cette occasion.

La présente procuration est valable jusqu'au {DATE2}.

Fait à {CITY2}, le {DATE}, pour servir et valoir ce que de droit.

Signature du mandant                      Signature du mandataire
précédée de la mention                    précédée de la mention
« Bon pour pouvoir »                      « Bon pour acceptation »

{P1}                                      {IN2}

Pièces jointes : copie de la carte d'identité de Mme {L1} et de celle de M. {L2}.
"""

TUNE["bulletin_scolaire"] = """
Établissement : {ORG}
BULLETIN DU 2e TRIMESTRE – ANNÉE SCOLAIRE {YEAR}

Élève : {PU3}                         Classe : 4e B
Professeur principal : M. {L2}        Absences : 2 demi-journées (justifiées)

| Discipline        | Moy. élève | Moy. classe | Appréciation                                  |
|-------------------|-----------:|------------:|-----------------------------------------------|
| Français          | 14,5       | 11,8        | Bon trimestre, participation active. {IN1}    |
| Mathématiques     | 12,0       | 10,9        | Des progrès, rester rigoureuse. {IN2}         |
| Anglais           | 16,5       | 12,4        | Excellent travail à l'oral. {IN4}             |
| Histoire-Géo.     | 11,0       | 11,2        | Leçons à apprendre plus régulièrement.        |
| SVT               | 13,5       | 12,0        | Sérieux et appliquée.                         |
| EPS               | 15,0       | 14,1        | Très bon état d'esprit.                       |

Appréciation générale du conseil de classe :
{F3} a fourni un travail sérieux et régulier ce trimestre. Le conseil l'encourage à poursuivre
ses efforts en histoire-géographie. Félicitations.

Le conseil de classe était présidé par Mme {P1}, principale adjointe.

Pour le chef d'établissement,                Signature des responsables légaux :
{P4}                                         ...........................................

Bulletin à conserver précieusement : aucun duplicata ne sera délivré.
"""

TUNE["groupe_parents_whatsapp"] = """
Discussion WhatsApp avec Parents CM2 B – {ORG}
Exportée le {DATE}

{DATE} 07:42 - {P1}: Bonjour à tous ! La sortie piscine est bien maintenue demain ?
{DATE} 07:44 - {PHONE}: Oui d'après le mot dans le cahier 👍
{DATE} 07:44 - {F3}: Oui maintenue, il faut le bonnet ET les lunettes cette fois 😅
{DATE} 07:51 - {P2}: Merci ! Quelqu'un pourrait récupérer mon fils à 16h30 ? Je suis coincé au boulot
{DATE} 07:53 - {F3}: Pas de souci {F2}, je le prends avec les miens
{DATE} 07:53 - {P2}: Top merci {F3} 🙏
{DATE} 08:02 - {P2} a ajouté {PHONE2}
{DATE} 08:03 - {PHONE2}: Bonjour, c'est le papa de la nouvelle élève, merci pour l'ajout
{DATE} 08:05 - {P1}: Bienvenue !! 😊
{DATE} 08:10 - {F3}: Petit rappel : réunion avec M. {L4} jeudi à 18h pour la classe verte
{DATE} 08:11 - {P1}: @{fl3} tu sais si on doit apporter le chèque directement ?
{DATE} 08:15 - {F3}: @{fl1} oui, à l'ordre de l'association, {AMT} € par enfant
{DATE} 08:16 - {P1}: <Médias omis>
{DATE} 08:16 - {P1}: voilà la liste des affaires que le maître a donnée
{DATE} 08:20 - {PHONE}: merci beaucoup !!
{DATE} 12:31 - {P2}: Mme {L1} vous pourriez relayer l'info à ceux qui ne sont pas sur le groupe ?
{DATE} 12:40 - {P1}: Je m'en occupe 👌
"""

TUNE["bail_habitation"] = """
CONTRAT DE LOCATION – LOGEMENT NU À USAGE D'HABITATION PRINCIPALE
(Titre Ier de la loi n° 89-462 du 6 juillet 1989)

I. DÉSIGNATION DES PARTIES

LE BAILLEUR
{ORG}, SIRET {SIRET}, représentée par son gérant, M. {P2}
Siège : {ADDR2}

LE(S) LOCATAIRE(S)
  - Mme {PC1}, née le {DOB}
  - M. {PC4}

II. OBJET DU CONTRAT
Adresse du logement : {ADDR}
Type : appartement T3, 2e étage avec ascenseur – surface habitable : 64 m²
Annexes : cave n° 12, place de stationnement n° 7

III. DATE DE PRISE D'EFFET ET DURÉE
Prise d'effet : {DATE}                 Durée : trois ans, reconduction tacite

IV. CONDITIONS FINANCIÈRES
Loyer mensuel hors charges ................ {AMT} €
Provision sur charges ..................... 85,00 €
Dépôt de garantie ......................... un mois de loyer hors charges
Paiement : par virement le 5 de chaque mois sur le compte {IBAN}

V. GARANTIES
Caution solidaire : Mme {P3}, demeurant à {CITY}, dans la limite de 36 mois de loyer.

Fait à {CITY2}, le {DATE2}, en trois exemplaires originaux.

Le bailleur                     Les locataires
{IN2}                           {IN1}          {IN4}
"""

TUNE["ticket_support"] = """
Ticket #{NUM} — Statut : En attente du client
Priorité : Haute | Catégorie : Facturation | Canal : Courriel
Demandeur : {PC3} <{EMAIL3}>
Organisation : {ORG}
Assigné à : {fl2}
Créé le : {DATE} à {TIME}

--- Message de la cliente ({DATE}) ---
Bonjour,
On m'a prélevé deux fois l'abonnement ce mois-ci (2 x {AMT} €). Pouvez-vous rembourser le
doublon sur mon compte {IBAN} ? Vous pouvez me joindre sur mon cellulaire au {PHONE}.
Merci,
{P3}

--- Note interne ({fl2}) ---
Doublon confirmé côté passerelle de paiement. J'escalade à {IN4} (compta) pour le remboursement
manuel. @{fl1} peux-tu vérifier que la relance automatique est bien désactivée ?

--- Note interne ({fl1}) ---
Fait, relances coupées jusqu'au {DATE2}.

--- Réponse publique ({P2}, Support niveau 2) ---
Bonjour Madame {L3},

Nous vous confirmons le remboursement de {AMT} € sous 5 à 7 jours ouvrables. Toutes nos excuses
pour ce désagrément.

Cordialement,
{F2} – Équipe Support
"""

TUNE["facture_artisan"] = """
{ORG}
Plomberie – Chauffage – Sanitaire
{ADDR}
SIRET : {SIRET}
Tél. {PHONE} – {EMAIL2}

                                             FACTURE N° {NUM}
                                             Date : {DATE}

                                             M. {P4}
                                             {ADDR2}

Intervention du {DATE2} – technicien : {IN2}

Désignation                                       Qté    P.U. HT     Total HT
------------------------------------------------  ----   --------    --------
Remplacement chauffe-eau électrique 200 L            1     489,00      489,00
Groupe de sécurité + raccords                        1      42,50       42,50
Main-d'œuvre (heure)                                 3      55,00      165,00
Déplacement                                          1      35,00       35,00
------------------------------------------------  ----   --------    --------
                                                         TOTAL TTC   {AMT} €

TVA 10 % – travaux d'amélioration dans un logement de plus de deux ans.
Conditions de paiement : à réception de facture.
Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de
recouvrement : 40 €.

Règlement par virement : IBAN {IBAN}

Merci de votre confiance !
"""

TUNE["avis_de_deces"] = """
AVIS DE DÉCÈS

{PX3}
{DOB} – {DATE}

À {CITY}, le {DATE}, est décédée paisiblement, entourée de l'amour des siens, Mme {P3},
épouse de feu {P4}. Elle demeurait à {CITY2}.

Elle laisse dans le deuil sa fille {F1} ({P2}), ses petits-enfants, ses frères et sœurs, ses
beaux-frères et belles-sœurs, ainsi que de nombreux neveux, nièces, cousins, cousines et amis.

Mme {L3} a été pendant plus de trente ans bénévole au comptoir alimentaire de sa paroisse ;
plusieurs se souviendront de « madame {F3} » et de ses tartes au sucre.

La famille accueillera parents et amis chez
    {ORG}
    {ADDR}
le {DATE2} de 14 h à 17 h et de 19 h à 21 h.

Une liturgie de la Parole sera célébrée le lendemain à 11 h, suivie de l'inhumation au
cimetière paroissial.

Un merci particulier au personnel du CHSLD pour les bons soins prodigués.

En sa mémoire, un don à la fondation de l'hôpital régional serait apprécié.
Pour renseignements : {PHONE}
"""

TUNE["article_faits_divers"] = """
FAITS DIVERS

Un cycliste grièvement blessé à la sortie de {CITY}

Par {P1}
Publié le {DATE} à {TIME}

Un homme de 47 ans a été grièvement blessé mardi soir après avoir été percuté par une
camionnette sur la départementale, à hauteur de la zone artisanale.

Selon les premiers éléments de l'enquête, le conducteur, un artisan de {CITY2}, aurait été
ébloui par le soleil couchant. Il a été placé en garde à vue puis relâché dans la nuit.

« Il roulait bien à droite, avec ses lumières allumées », témoigne {P4}, qui circulait
juste derrière et a donné l'alerte. « Nous avons appelé les secours immédiatement. »

La victime, {P2}, salarié de {ORG}, a été héliportée vers le centre hospitalier. Son
employeur a fait savoir qu'une cellule d'écoute avait été mise en place pour ses collègues.

Interrogée mercredi, la maire, {P3}, a rappelé que la commune réclamait depuis des années
l'aménagement d'une piste cyclable sur ce tronçon. « Ce drame était prévisible », a estimé
Mme {L3}, qui doit rencontrer les services du Département la semaine prochaine.

M. {L2} était toujours hospitalisé jeudi ; ses jours ne seraient plus en danger.

Photo : les gendarmes sur les lieux de l'accident. (Photo {IN1})
"""

TUNE["export_crm_csv"] = """
# Export contacts – {ORG} – généré le {DATE} à {TIME}
# Séparateur : point-virgule ; encodage UTF-8
id;civilite;nom;prenom;societe;courriel;telephone;ville;derniere_interaction;commercial;commentaire
{NUM};Mme;{L1};{F1};{ORG2};{EMAIL1};{PHONE};{CITY};{DATE2};{fl2};"Devis envoyé, relancer en fin de mois"
{NUM};M.;{L4};{F4};{ORG2};{EMAIL4};{PHONE2};{CITY2};{DATE};{fl2};"A demandé un RDV avec {IN3}"
{NUM};Mme;{L3};{F3};;{EMAIL3};;{CITY};{DATE};{fl2};"Doublon probable avec la fiche de {PC1}"
{NUM};M.;{L4};{F4};;{EMAIL4};{PHONE2};;{DATE2};{fl3};"Ne souhaite plus être contacté par téléphone"
# 4 enregistrements exportés
# Responsable du traitement : {P2} – service commercial

Historique des modifications :
{DATE} {TIME}  {fl2}  fusion de fiches refusée ({L3} / {L1})
{DATE2} 09:14  {fl3}  consentement RGPD mis à jour pour {P4}
"""

TUNE["faire_part_mariage"] = """
                         Madame {P3}
                                   et
                         Monsieur {P2}

           ont la joie de vous faire part du mariage de leurs enfants

                       {PX1}  &  {PX4}

      La cérémonie civile sera célébrée le {DATE} à {TIME} en la mairie de {CITY}.

        À l'issue de la cérémonie, {F1} et {F4} seront heureux de vous retrouver
                   pour un vin d'honneur au {ORG}.


                   {ADDR}                {ADDR2}

     Réponse souhaitée avant le {DATE2}
     {F1} : {PHONE}  –  {F4} : {EMAIL4}

     Liste de mariage : Voyages et souvenirs, chez {ORG2}
"""

TUNE["declaration_sinistre"] = """
DÉCLARATION DE SINISTRE – DÉGÂT DES EAUX
{ORG} – Service Indemnisation
Contrat multirisque habitation n° {NUM}

1. L'ASSURÉ(E)
Nom, prénom : ............................ {PC1}
Adresse du risque : ....................... {ADDR}
Téléphone : ............................... {PHONE}
Courriel : ................................ {EMAIL1}
Qualité : [X] Locataire   [ ] Propriétaire occupant   [ ] Propriétaire non occupant

2. LE SINISTRE
Date de survenance : {DATE}              Heure approximative : {TIME}
Date de découverte : {DATE2}
Cause : [ ] Rupture de canalisation  [X] Fuite provenant d'un voisin  [ ] Infiltration par toiture
Description : tache d'humidité au plafond de la salle de bains, puis écoulement le long du mur.
Faux plafond effondré, peinture du couloir endommagée.

3. TIERS IMPLIQUÉ
Occupant du logement du dessus : M. {P2}
Assureur du tiers : {ORG2}
Constat amiable dégât des eaux : [X] établi   [ ] refusé

4. DOMMAGES
Embellissements .......................... à chiffrer par l'expert
Mobilier (meuble vasque, linge) ........... {AMT} €

Gestionnaire de l'immeuble : {IN4} – {PHONE2}

Je certifie l'exactitude des renseignements ci-dessus.
Fait à {CITY}, le {DATE2}                      Signature : {IN1}
"""

TUNE["neg_menu_brasserie"] = """
LA CARTE DU MIDI
Servie du Mardi au Samedi, de 12:00 à {TIME}

                    ~ ENTRÉES ~
Velouté de Potimarron, Crème Fouettée au Cumin .............. 7,50
Œuf Parfait, Champignons des Bois, Mouillettes ............... 9,00
Terrine de Campagne Maison, Pickles d'Oignons Rouges ........ 8,00

                    ~ PLATS ~
Filet de Bar Rôti, Beurre Blanc, Riz Noir ................... 21,00
Burger du Chef, Cheddar Affiné, Frites Maison ............... 17,50
Tartare de Bœuf Coupé au Couteau, Salade Croquante .......... 18,00
Risotto Crémeux aux Cèpes (Végétarien) ...................... 16,00

                    ~ DESSERTS ~
Café Gourmand ................................................ 8,50
Mousse au Chocolat Grand Cru ................................. 7,00
Tarte Tatin, Crème Crue ...................................... 7,50

FORMULE Entrée + Plat ou Plat + Dessert : {AMT} €
Menu Enfant (jusqu'à 10 ans) : Steak Haché ou Poisson Pané, Glace Deux Boules

Prix nets, service compris. Le Chef de Rang se tient à votre disposition pour
la liste des 14 allergènes majeurs. Merci de signaler toute intolérance à la commande.
Nos Frites sont Fraîches, Épluchées et Coupées Chaque Matin.
"""

TUNE["neg_notice_cafetiere"] = """
MODE D'EMPLOI – MACHINE EXPRESSO
Réf. {NUM}

AVANT LA PREMIÈRE UTILISATION
1. Retirez tous les Emballages et Autocollants.
2. Rincez le Réservoir d'Eau et le Porte-Filtre à l'eau claire.
3. Faites couler deux Réservoirs d'Eau sans Café pour rincer le circuit.

PRÉPARATION D'UN EXPRESSO
- Appuyez sur la Touche MARCHE/ARRÊT : le Voyant Vert clignote.
- Attendez que le Voyant Vert reste Fixe (environ 40 secondes).
- Placez la Dosette dans le Porte-Filtre, verrouillez, puis appuyez sur la Touche TASSE.

CONSIGNES DE SÉCURITÉ
- Ne Plongez jamais l'Appareil, le Cordon ou la Fiche dans l'eau.
- Ne Laissez pas l'Appareil à la portée des Enfants.
- Débranchez la Machine avant tout Nettoyage.

DÉTARTRAGE
Voyant Rouge clignotant : lancez le Programme Détartrage (Touche TASSE + Touche VAPEUR 5 s).
Utilisez uniquement un Détartrant liquide compatible.

GARANTIE
Conservez votre Ticket de Caisse : la Garantie Constructeur est de 2 ans à compter de
la date d'achat. Pour toute Réparation, adressez-vous à votre Revendeur.
Fabriqué en {YEAR}.
"""

TUNE["note_de_frais"] = """
## Note de frais – mission du {DATE}

**Salariée :** {P3}
**Service :** Développement commercial, agence de {CITY}
**Validation N+1 :** {PI2}
**Centre de coût :** {NUM}

| Date      | Nature                  | Lieu        | Montant TTC | Justificatif |
|-----------|-------------------------|-------------|------------:|:------------:|
| {DATE}    | Train aller             | {CITY2}     |       64,00 | ✔            |
| {DATE}    | Déjeuner client (2 pers.) – avec {P4} | {CITY2} | 48,60 | ✔        |
| {DATE2}   | Hôtel, 1 nuit           | {CITY2}     |       96,00 | ✔            |
| {DATE2}   | Train retour            | {CITY}      |       64,00 | ✘ (perdu)    |

**Total à rembourser :** {AMT} €

> Remarque de {IN2} : le billet retour n'étant pas joint, merci de fournir une attestation
> sur l'honneur. Le déjeuner avec M. {L4} ({ORG}) est accepté au titre des frais de représentation.

Remboursement sur le compte {IBAN} avec la paie du mois suivant.
Contact comptabilité : {P1} – {EMAIL1}
"""

# ---------------------------------------------------------------------------------------------
# HELD
# ---------------------------------------------------------------------------------------------

HELD["certificat_de_travail"] = """
                           CERTIFICAT DE TRAVAIL

{ORG}, {ADDR}, certifie par la présente que

                 Madame {P1}, née le {DOB}, originaire de {CITY}

a été employée dans notre entreprise du {DATE} au {DATE2} en qualité de gestionnaire de dossiers
au sein du service Sinistres, à un taux d'activité de 80 %.

Dans le cadre de ses fonctions, Mme {L1} était notamment chargée :
  – de l'ouverture et du suivi des dossiers de sinistres véhicules et ménage ;
  – de la correspondance avec les assurés, les garages et les experts ;
  – de la formation des apprenti-e-s employé-e-s de commerce.

Mme {L1} a toujours exécuté les tâches qui lui étaient confiées à notre entière satisfaction.
Sa supérieure directe, Mme {P3}, relève en particulier son sens de l'organisation, sa fiabilité
et la qualité de ses rapports avec la clientèle comme avec ses collègues.

Mme {L1} nous quitte libre de tout engagement, à sa demande, pour relever un nouveau défi
professionnel. Nous la remercions de sa précieuse collaboration et lui adressons nos meilleurs
vœux pour son avenir personnel et professionnel.

{CITY2}, le {DATE2}

{ORG}

{P2}                                   {P4}
Directeur général                      Responsable des ressources humaines
"""

HELD["fiche_de_paie"] = """
BULLETIN DE PAIE                                     Période du {DATE} au {DATE2}

Employeur                                          Salarié(e)
{ORG}                                              {PU1}
{ADDR}                                             {ADDR2}
SIRET : {SIRET}                                    N° de sécurité sociale : {NIR}
Code APE : 8810A                                   Emploi : Auxiliaire de vie sociale
Convention collective : Branche de l'aide à domicile      Matricule : {NUM}

Rubrique                                 Base      Taux       À déduire      À payer
---------------------------------------  --------  ---------  -------------  ---------
Salaire de base                          151,67    12,45                     1 888,29
Heures complémentaires                   8,00      12,45                       99,60
Indemnités kilométriques                 214 km    0,35                        74,90
Santé – complémentaire                                         32,10
Sécurité sociale plafonnée               1 987,89  6,90 %      137,16
Retraite complémentaire T1               1 987,89  4,01 %       79,72
CSG déductible                           1 953,10  6,80 %      132,81
CSG/CRDS non déductible                  1 953,10  2,90 %       56,64
---------------------------------------  --------  ---------  -------------  ---------
NET À PAYER AVANT IMPÔT SUR LE REVENU                                        {AMT}
Impôt sur le revenu prélevé à la source                 taux personnalisé 2,3 %

Versé par virement le {DATE2} sur le compte {IBAN}
Responsable paie : {IN3}

Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie
sans limitation de durée.
"""

HELD["lettre_orientation_cardiologie"] = """
Dr {P2}
Médecine générale
{ADDR}
Tél. {PHONE}
N° INAMI {NUM}

                                          À l'attention du Dr {L3}
                                          Service de cardiologie
                                          {ORG}

{CITY}, le {DATE}

Chère Consœur,

Je me permets de vous adresser Madame {P1} (NN {RRN}), que je suis depuis de nombreuses années
pour une hypertension artérielle et une dyslipidémie.

Depuis trois semaines, Mme {L1} décrit une dyspnée d'effort au deuxième étage ainsi que des
palpitations nocturnes. L'ECG réalisé ce jour au cabinet montre une fibrillation auriculaire à
réponse ventriculaire rapide (112/min).

Traitement actuel : bisoprolol 2,5 mg, atorvastatine 20 mg, périndopril 5 mg.
J'ai débuté une anticoagulation par apixaban 5 mg 2x/j après calcul du score CHA2DS2-VASc.

Je vous remercie de bien vouloir la recevoir en consultation, si possible avant le {DATE2}, pour
échographie cardiaque et avis sur la stratégie de contrôle du rythme.

Elle sera accompagnée de son fils, M. {P4}, joignable sur son GSM au {PHONE2}.

En vous remerciant pour votre aide, je vous prie de croire, Chère Consœur, à mes sentiments
confraternels.

Dr {IN2}
"""

HELD["compte_rendu_laboratoire"] = """
{ORG}
Laboratoire de biologie médicale – {ADDR}
Biologiste responsable : Dr {P4}                       Tél. {PHONE}

PATIENT(E) : {PU3}                                Née le : {DOB}
Prescripteur : Dr {IN2}                           Dossier n° {NUM}
Prélevé le {DATE} à {TIME}                        Édité le {DATE2}

HÉMATOLOGIE
Analyse                     Résultat    Unité        Valeurs de référence    Antériorité
Hématies                    4,12        T/L          3,80 – 5,10             4,20
Hémoglobine                 12,1        g/dL         11,5 – 15,0             12,6
Leucocytes                  7,8         G/L          4,0 – 10,0              6,9
Plaquettes                  246         G/L          150 – 400               231

BIOCHIMIE
Glycémie à jeun             1,32  *     g/L          0,70 – 1,10             1,18
Hémoglobine glyquée         7,1   *     %            < 6,0                   6,6
Créatinine                  8,4         mg/L         5,0 – 10,4              8,1
DFG (CKD-EPI)               78          mL/min       > 60

* Valeur hors des limites de référence.

Commentaire du biologiste : hyperglycémie à jeun confirmée, à interpréter selon le contexte
clinique. Résultats transmis au Dr {L2} par messagerie sécurisée le {DATE2}.

Compte rendu validé par {IN4}. Ce document ne peut être reproduit que dans son intégralité.
"""

HELD["rappels_rdv_sms"] = """
JOURNAL D'ENVOI DES RAPPELS SMS – {ORG}
Généré le {DATE} à {TIME}

----------------------------------------------------------------------
Destinataire : {PHONE}
Message : Bonjour Mme {L1}, nous vous rappelons votre RDV du {DATE2} à 9h30 avec
le Dr {P2}, {ADDR}. Répondez OUI pour confirmer ou ANNULER pour libérer le créneau.
Statut : délivré – Réponse : « OUI merci »
----------------------------------------------------------------------
Destinataire : {PHONE2}
Message : Bonjour M. {L4}, rappel : RDV demain à 14h15 (kinésithérapie, {IN3}).
Merci de vous munir de votre ordonnance et de votre carte d'assuré.
Statut : délivré – Réponse : « ANNULER, mon fils est malade, je rappelle lundi. {F4} »
----------------------------------------------------------------------
Destinataire : {PHONE}
Message : Bonjour {F1}, votre créneau du {DATE2} a bien été confirmé. À bientôt !
Statut : délivré – Pas de réponse
----------------------------------------------------------------------

Créneau libéré : {DATE2} 14h15 – proposé à la liste d'attente (Mme {P3}, dossier {NUM}).
Secrétariat : {EMAIL3}
"""

HELD["assignation_tribunal"] = """
ASSIGNATION DEVANT LE TRIBUNAL JUDICIAIRE
(Procédure écrite – représentation obligatoire par avocat)

L'AN {YEAR}, ET LE {DATE}

À LA REQUÊTE DE :
Madame {PU3}, née le {DOB} à {CITY}, de nationalité française, demeurant {ADDR},

Ayant pour avocat Maître {P2}, avocat au Barreau de {CITY2}, {ORG}, {ADDR2},
chez lequel elle élit domicile,

J'AI, {PX4}, Commissaire de justice associé, soussigné,

DONNÉ ASSIGNATION À :
La société {ORG2}, SIRET {SIRET}, prise en la personne de son représentant légal domicilié
en cette qualité audit siège,

D'AVOIR À COMPARAÎTRE devant le Tribunal judiciaire, à l'audience d'orientation du {DATE2} à
{TIME}, et à constituer avocat dans un délai de quinze jours à compter du présent acte.

TRÈS IMPORTANT : faute pour vous de constituer avocat dans ce délai, vous vous exposez à ce
qu'un jugement soit rendu contre vous sur les seuls éléments fournis par votre adversaire.

OBJET DE LA DEMANDE
Mme {L3} a confié à la société défenderesse la réfection de la toiture de sa maison. Les
travaux, réglés à hauteur de {AMT} €, ont été abandonnés en cours de chantier.

PAR CES MOTIFS, il est demandé au Tribunal de condamner la défenderesse à payer à Mme {L3}
la somme de {AMT} € au titre de la restitution des acomptes, outre 3 000 € sur le fondement de
l'article 700 du Code de procédure civile.

SOUS TOUTES RÉSERVES
Coût de l'acte : 54,32 €                                    {IN4}
"""

HELD["pv_depot_plainte"] = """
POLICE NATIONALE
Commissariat de {CITY}
PROCÈS-VERBAL DE PLAINTE                                   N° PV : {NUM}

L'an {YEAR}, le {DATE}, à {TIME},
Nous, {PX2}, Brigadier-chef de police, Officier de police judiciaire en résidence à {CITY},
Agissant conformément aux articles 17 et suivants du Code de procédure pénale,

Se présente : {PU1}
Née le {DOB} à {CITY2}
Profession : infirmière
Demeurant : {ADDR}
Téléphone : {PHONE}

Qui nous déclare vouloir déposer plainte pour cambriolage.

QUESTION : Pouvez-vous nous exposer les faits ?
RÉPONSE : Hier soir, vers 22 heures, en rentrant de mon service, j'ai trouvé la porte de mon
appartement fracturée. Mon ordinateur portable, mes bijoux et environ 300 euros en espèces ont
disparu. Ma sœur {F3} était avec moi et a tout vu.

QUESTION : Avez-vous remarqué quelque chose d'inhabituel les jours précédents ?
RÉPONSE : Mon voisin de palier, M. {L4}, m'a dit avoir vu deux hommes dans la cage d'escalier
l'après-midi même. Il est d'accord pour témoigner, son numéro est le {PHONE2}.

QUESTION : Avez-vous autre chose à ajouter ?
RÉPONSE : Non, je remets la liste des objets et les factures.

Lecture faite par elle-même, Mme {L1} persiste et signe avec nous le présent.

La plaignante                                     L'Officier de police judiciaire
{IN1}                                             {IN2}
"""

HELD["acte_de_vente"] = """
                                   ACTE DE VENTE

L'AN {YEAR},
LE {DATE},
À {CITY}, en l'office notarial, ci-après nommé,
Maître {P4}, notaire associé de la société « {ORG} », titulaire d'un office notarial,

A REÇU le présent acte authentique contenant VENTE, à la requête des parties ci-après
identifiées.

IDENTIFICATION DES PARTIES

VENDEUR
Madame {PU3}, retraitée, demeurant {ADDR}.
Née à {CITY2} le {DOB}.
Veuve de Monsieur {P2}, et non remariée.
De nationalité française. Résidente au sens de la réglementation fiscale.

ACQUÉREUR
Madame {PU1}, infirmière, demeurant {ADDR2}.
Célibataire, non liée par un pacte civil de solidarité.

DÉSIGNATION
Une maison d'habitation élevée sur sous-sol, comprenant au rez-de-chaussée : entrée, séjour,
cuisine, deux chambres, salle d'eau, WC ; jardin attenant.
Cadastrée section AB numéro 412, pour une contenance de 06 a 35 ca.

PRIX
La vente est conclue moyennant le prix de {AMT} euros, payé comptant ce jour par la comptabilité
de l'office notarial, ainsi que le vendeur le reconnaît et en consent quittance.

DONT ACTE sur douze pages.
Paraphes : {IN3} / {IN1} / {IN4}
"""

HELD["carnet_de_liaison"] = """
CARNET DE LIAISON – Correspondance famille / établissement

___________________________________________________________________
Le {DATE}
Madame, Monsieur,
Votre enfant a oublié sa tenue de sport pour la troisième fois ce trimestre. Merci de veiller
à ce qu'il l'apporte chaque mardi.
                                Mme {L3}, professeure d'EPS
Vu et pris connaissance, signature du responsable légal : {IN2}
___________________________________________________________________
Le {DATE2}
Madame {L3},
Veuillez excuser l'absence de mon fils mardi matin : il avait rendez-vous chez l'orthodontiste.
Nous avons bien noté pour les affaires de sport, désolés.
Bien cordialement,
{P2}
___________________________________________________________________
VIE SCOLAIRE
Retenue le mercredi de 13 h à 15 h pour travail non fait.
Surveillance assurée par M. {P4}, conseiller principal d'éducation.
Signature du responsable légal : ........................
___________________________________________________________________
Mot des parents :
Bonjour Monsieur {L4}, mon mari travaille le mercredi, c'est moi qui viendrai chercher notre
fils à 15 h. Vous pouvez me joindre au {PHONE}.
{P1} (maman)
"""

HELD["pv_assemblee_copropriete"] = """
PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU {DATE}
Syndicat des copropriétaires de l'immeuble sis {ADDR}
Syndic : {ORG}, représenté par {P4}

Le {DATE} à {TIME}, les copropriétaires se sont réunis en assemblée générale ordinaire, sur
convocation régulière du syndic.

FEUILLE DE PRÉSENCE
  Présents ou représentés :
    {PC1} (lots 3 et 14) ................. 142 tantièmes
    {PC2} (lot 7) ........................  98 tantièmes – pouvoir donné à {IN1}
    {PC3} (lot 9) ........................ 110 tantièmes
  Total : 350 / 1000 tantièmes

RÉSOLUTION N° 1 – Élection du président de séance
Mme {L1} est élue présidente de séance à l'unanimité des présents et représentés.

RÉSOLUTION N° 2 – Désignation du secrétaire de séance
M. {L4}, pour le syndic, est désigné secrétaire.

RÉSOLUTION N° 3 – Ravalement de la façade sur rue
L'assemblée approuve le devis de l'entreprise {ORG2} pour un montant de {AMT} € TTC.
  Pour : 240 tantièmes   Contre : 110 tantièmes   Abstention : 0
  A voté contre : {IN3}. Résolution adoptée (article 24).

QUESTIONS DIVERSES
Mme {L3} signale des infiltrations récurrentes dans la cave n° 9. Le syndic mandatera un
plombier avant le {DATE2}.

L'ordre du jour étant épuisé, la séance est levée à 20 h 45.

La présidente : {P1}                   Le secrétaire : {P4}
"""

HELD["export_xml_adherents"] = """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Export annuaire des adhérents – {ORG} – {DATE} -->
<adherents saison="{YEAR}">
  <adherent id="{NUM}" statut="actif">
    <nom>{L1}</nom>
    <prenom>{F1}</prenom>
    <naissance>{DOB}</naissance>
    <courriel>{EMAIL1}</courriel>
    <telephone>{PHONE}</telephone>
    <adresse>{ADDR}</adresse>
  </adherent>
  <adherent id="{NUM}" statut="en_attente">
    <nom>{L2}</nom>
    <prenom>{F2}</prenom>
    <courriel>{EMAIL2}</courriel>
    <telephone>{PHONE2}</telephone>
    <adresse>{ADDR2}</adresse>
    <parrain>{P3}</parrain>
  </adherent>
  <adherent id="{NUM}" statut="radie">
    <nom_complet>{PU4}</nom_complet>
    <motif>Cotisation impayée – relance du {DATE2}</motif>
  </adherent>
  <tresorier>{IN3}</tresorier>
</adherents>
"""

HELD["quittance_de_loyer"] = """
                         QUITTANCE DE LOYER

Je soussigné {P2}, propriétaire du logement désigné ci-dessous, déclare avoir reçu de
Madame {P3} la somme de {AMT} euros au titre du paiement du loyer et des charges pour la
période de location du {DATE} au {DATE2}, et lui en donne quittance, sous réserve de tous
mes droits.

Adresse du logement : {ADDR}

Détail du règlement :
    Loyer ........................................ 610,00 €
    Provision pour charges ........................ 45,00 €
    Total ......................................... {AMT} €

Date du paiement : {DATE2}
Mode de paiement : virement (IBAN du bailleur {IBAN})

Fait à {CITY}, le {DATE2}

Signature du bailleur : {IN2}

Cette quittance annule tous les reçus qui auraient pu être établis précédemment en cas de
paiement partiel du montant du présent terme. Elle est à conserver pendant trois ans par le
locataire.
"""

HELD["petites_annonces"] = """
PETITES ANNONCES – Semaine du {DATE}

IMMOBILIER
• Loue 3½ semi-meublé, chauffé, éclairé, près de l'école primaire. Libre le {DATE2}.
  Non-fumeur, pas d'animaux. Tél. : {PHONE} (après 18 h, demander {F1}).

• Cherche colocataire pour grande maison avec cour, {AMT} $/mois tout inclus.
  Écrire à {EMAIL3}.

VÉHICULES
• Vends camionnette 2016, 184 000 km, pneus d'hiver neufs, inspectée. Prix ferme.
  {P4} — {PHONE2}

EMPLOI
• {ORG} recherche commis d'entrepôt, temps plein, jour. Faire parvenir votre CV à
  l'attention de Mme {L3} : {EMAIL3}.
• Dame fiable offre garde d'enfants à domicile, secteur {CITY}. Références sur demande.
  Contacter {F1} au {PHONE}.

À DONNER
• Chatons propres et sociables, 8 semaines, chez {P2}, {ADDR}.

DIVERS
• Retrouvé trousseau de clés au parc municipal. Réclamer au dépanneur, demander {F4}.
"""

HELD["carnet_du_jour"] = """
LE CARNET DU JOUR

NAISSANCES

{P1} et {P4} ont la très grande joie d'annoncer la naissance de

                              {F3}

le {DATE}, à la maternité de {CITY}.
{F3} pèse 3,270 kg et fait déjà la fierté de ses grands-parents.

ANNIVERSAIRES DE MARIAGE

Il y a cinquante ans, le {DATE2}, {F2} et {F1} se disaient oui à {CITY2}.
Leurs enfants et petits-enfants leur souhaitent de joyeuses noces d'or.
Félicitations à Mme et M. {L2} !

REMERCIEMENTS

Très touchée par les nombreuses marques de sympathie reçues lors du décès de
                            {PX2}
sa famille remercie toutes les personnes qui, par leur présence, leurs messages ou leurs envois
de fleurs, ont pris part à sa peine. Un merci particulier au personnel de {ORG}.

Pour paraître dans le carnet : {EMAIL4} ou au comptoir du journal.
"""

HELD["infolettre_club"] = """
═══════════════════════════════════════════════════
  LE PETIT BULLETIN – {ORG} – n° {NUM}
═══════════════════════════════════════════════════

LE MOT DU PRÉSIDENT
Chers membres, chers amis,
Quelle saison ! Pour la première fois de notre histoire, nos dames montent en division
supérieure. Un immense merci à toutes les bénévoles qui font vivre le club.
                                                   {P2}, président

RÉSULTATS
Samedi dernier, victoire 3-1 de l'équipe première dames grâce à un doublé de {P1}.
Notre capitaine ({F1} pour les intimes) a également été élue joueuse du mois.
Chez les vétérans, défaite honorable face à {ORG2}.

BIENVENUE À NOS NOUVEAUX MEMBRES
  – {PC3}
  – {PC4}

AGENDA
  {DATE}    Tournoi interclubs à {CITY}
  {DATE2}   Souper annuel du club – inscriptions jusqu'au mercredi précédent

COTISATIONS
La cotisation de la saison {YEAR} est à verser sur le compte {IBAN} avec la communication
« cotisation + nom du membre ».

Secrétariat : {IN3} – {EMAIL3} – GSM {PHONE}
"""

HELD["publication_facebook"] = """
{P1}
{DATE} · Public

🚨 AVIS DE RECHERCHE 🚨
Notre chat Caramel a disparu depuis hier soir dans le quartier du haut, vers le parc.
Il est roux et blanc, très craintif, avec un collier bleu. Si vous le voyez, merci de
m'appeler au {PHONE} ou de m'écrire en privé. Partagez svp 🙏🙏

👍❤️😢 37                                      14 commentaires · 9 partages

    {P2}
    Je crois l'avoir vu ce matin derrière la boulangerie, vers 7h !
    J'aime · Répondre · 2 h

        {P1}
        Merci {F2} !! J'y vais tout de suite
        J'aime · Répondre · 1 h

    {P3}
    Partagé dans le groupe « Entraide entre voisins de {CITY} » 💪
    J'aime · Répondre · 1 h

    {P4}
    Courage {F1}. Notre chatte était revenue au bout de 5 jours, ne perds pas espoir.
    J'aime · Répondre · 45 min

        {P3}
        @{P4} exactement, ils reviennent souvent la nuit
        J'aime · Répondre · 30 min
"""

HELD["discussion_voisins_telegram"] = """
Voisins résidence – bâtiment B
Chat exporté depuis Telegram le {DATE}

{fl1}, [{DATE} 18:02]
Bonsoir tout le monde ! Quelqu'un a un double des clés du local vélos ? La serrure est bloquée

{fl4}, [{DATE} 18:05]
Le gardien en a un mais il finit à 18h 😬

{fl1}, [{DATE} 18:06]
Zut. Tant pis demain

{fl2}, [{DATE} 18:20]
@{fl1} j'en ai un, je suis au 3e porte gauche, passe quand tu veux avant 21h

{fl1}, [{DATE} 18:21]
Trop sympa {F2}, merci !!

{fl3}, [{DATE} 19:47]
Info : le syndic ({ORG}) passe jeudi pour les compteurs d'eau. Il faut laisser l'accès,
sinon appeler {P4} au {PHONE} pour un autre créneau.

{fl4}, [{DATE} 19:49]
C'est moi 😄 Je suis le nouveau gestionnaire depuis le {DATE2}. N'hésitez pas à m'écrire
sur {EMAIL4} aussi.

{fl3}, [{DATE} 19:50]
Bienvenue M. {L4} !

{fl2}, [{DATE} 20:12]
Au fait, Mme {L3} du 1er demande qui a laissé une poussette dans le hall 👀
"""

HELD["confirmation_reservation_voyage"] = """
CONFIRMATION DE RÉSERVATION
{ORG}
Numéro de dossier : {NUM}                         Date de réservation : {DATE}

VOYAGEURS
  1.  Mme  {PX1}        Adulte      Née le {DOB}
  2.  M.   {PX2}        Adulte
Contact principal : {EMAIL1} / {PHONE}

TRAIN ALLER
  {DATE2}    Départ {CITY} {TIME}  →  Arrivée {CITY2}
  Voiture 14, places 61-62, 2de classe, tarif semi-flexible

HÉBERGEMENT
  Hôtel 3*, chambre double vue jardin, petit-déjeuner inclus – 4 nuits
  Arrivée à partir de 15 h, départ avant 11 h

FORMALITÉS
  Carte d'identité ou passeport en cours de validité pour chaque voyageur.

PAIEMENT
  Montant total TTC : {AMT} €
  Réglé par carte bancaire – titulaire : {PU2}

CONDITIONS D'ANNULATION
  Sans frais jusqu'à 30 jours avant le départ ; 50 % au-delà ; 100 % à moins de 72 h.

Votre conseillère voyage : {P3} – agence de {CITY}
Ligne directe : {PHONE2} – {EMAIL3}
Bon voyage !
"""

HELD["registre_visiteurs_tsv"] = """
REGISTRE DES VISITEURS – {ORG} – Accueil bâtiment B
Extraction du {DATE}
Date\tArrivée\tVisiteur\tSociété\tPersonne visitée\tBadge\tDépart
{DATE}\t08:47\t{PI1}\t{ORG2}\t{IN2}\tV-012\t10:15
{DATE}\t09:02\t{PI4}\tIndépendant\t{IN2}\tV-013\t09:40
{DATE}\t11:30\t{PI3}\t{ORG2}\t{IN1}\tV-014\t
{DATE}\t14:05\t{PI1}\t{ORG2}\t{IN2}\tV-012\t16:50

Remarques de l'accueil :
- Badge V-014 non restitué ; {L3} contactée au {PHONE} le lendemain.
- Mme {L1} est revenue l'après-midi pour la réunion de chantier avec M. {L2}.
- Visite de {P4} : accompagné en permanence (zone laboratoire).

Saisie validée par : {fl2}
Responsable sûreté : {P2} – poste 4412
"""

HELD["neg_horaires_bus"] = """
LIGNE 12 – GARE CENTRALE ↔ ZONE ARTISANALE
Horaires valables du Lundi au Vendredi (hors Jours Fériés) – Édition {YEAR}

Arrêt                      Matin                         Après-midi
-------------------------  ----  ----  ----  ----        ----  ----  ----  ----
Gare Centrale              6:05  6:35  7:05  7:35        16:05 16:35 17:05 17:35
Hôtel de Ville             6:09  6:39  7:09  7:39        16:09 16:39 17:09 17:39
Collège                    6:14  6:44  7:14  7:44        16:14 16:44 17:14 17:44
Piscine Olympique          6:18  6:48  7:18  7:48        16:18 16:48 17:18 17:48
Maison de Santé            6:22  6:52  7:22  7:52        16:22 16:52 17:22 17:52
Centre Commercial          6:27  6:57  7:27  7:57        16:27 16:57 17:27 17:57
Zone Artisanale            6:33  7:03  7:33  8:03        16:33 17:03 17:33 18:03

Samedi : un Bus toutes les 40 minutes de 8:00 à 19:00.
Dimanche et Jours Fériés : Service de Transport à la Demande, réservation la veille avant {TIME}.

TARIFS
Ticket Unitaire ............ 1,70
Carnet de 10 Tickets ....... 14,50
Abonnement Mensuel ......... {AMT}

Validez votre Titre à chaque Montée, même en Correspondance.
Le Conducteur ne rend pas la Monnaie au-delà de 10 €.
"""

HELD["neg_reglement_piscine"] = """
RÈGLEMENT INTÉRIEUR – PISCINE MUNICIPALE

ARTICLE 1 – ACCÈS
L'Accès aux Bassins est réservé aux Usagers munis d'un Titre d'Entrée valide.
Les Enfants de moins de 10 ans doivent être accompagnés d'un Adulte en Tenue de Bain.
Fermeture des Caisses 45 minutes avant la Fermeture de l'Établissement.

ARTICLE 2 – HYGIÈNE
Douche savonnée OBLIGATOIRE avant l'Entrée dans les Bassins.
Passage par le Pédiluve obligatoire. Bonnet de Bain obligatoire.
Shorts, Bermudas et Caleçons sont INTERDITS.

ARTICLE 3 – SÉCURITÉ
Il est interdit de courir sur les Plages, de pousser ou de plonger dans le Petit Bain.
Les Consignes du Maître-Nageur Sauveteur doivent être respectées sans discussion.
Le Chef de Bassin peut exclure tout Usager dont le comportement présente un Danger.

ARTICLE 4 – OBJETS
La Direction décline toute Responsabilité en cas de Vol dans les Vestiaires.
Utilisez les Casiers (pièce de 1 € restituée).

ARTICLE 5 – SANCTIONS
Tout manquement au présent Règlement peut entraîner l'Exclusion temporaire ou définitive.

TARIFS {YEAR}
Entrée Adulte .................. 4,20
Entrée Enfant / Étudiant ....... 2,80
Carte 10 Entrées ............... {AMT}

Horaires d'Été : ouverture à {TIME}. Évacuation des Bassins 15 minutes avant la Fermeture.
Le Maire et le Directeur des Sports
"""
