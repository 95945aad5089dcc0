"""Modèles français du troisième jeu de généralisation multilingue (voir gen_ml3.py).

Ce fichier a été rédigé à neuf pour ce jeu, directement en français : chaque modèle imite un document
tel qu'on l'écrit réellement en France, en Belgique francophone (Wallonie, Bruxelles), en Suisse
romande ou au Québec (courriers, pièces RH, documents médicaux, actes, échanges de courriels,
discussions instantanées, formulaires, exports, annonces, etc.). Toute donnée personnelle passe par
un espace réservé ({P1}, {ADDR}, {NIR}...) ; le texte fixe n'en contient aucune.

Noms : listes compilées à la main de prénoms et de noms de famille ordinaires, courants en France,
en Belgique (Wallonie), en Suisse (Romandie) et au Québec, chez leurs voisins et dans leurs
principales communautés issues de l'immigration (Maghreb, Afrique de l'Ouest et centrale, Viêt Nam,
Pologne, Turquie, ex-Yougoslavie, Italie, Portugal), du type de ceux que Wikidata recense comme
éléments « prénom » / « nom de famille » (Wikidata : CC0 1.0). Aucun ne provient de Faker ni
d'une autre bibliothèque de données factices. Les organisations et les domaines de messagerie sont
inventés.
"""

# --- prénoms féminins ------------------------------------------------------------------------------
GIVEN_F = [
    # France (dont Bretagne) : prénoms usuels, plusieurs générations
    "Delphine", "Séverine", "Christelle", "Laëtitia", "Coralie", "Émeline", "Ludivine", "Maëlys",
    "Héloïse", "Apolline", "Albane", "Ségolène", "Bénédicte", "Blandine", "Perrine", "Tiphaine",
    "Gwenaëlle", "Nolwenn", "Maïwenn", "Annick", "Maryvonne", "Huguette", "Paulette", "Mireille",
    "Armelle", "Estelle", "Élise",
    # Belgique (Wallonie) et Suisse romande
    "Murielle", "Fabienne", "Joëlle", "Évelyne", "Danièle",
    # Québec (dont prénoms composés)
    "Guylaine", "Johanne", "Marjolaine", "Maude", "Ginette", "Annie-Claude",
    # Antilles, Haïti
    "Rose-Aimée",
    # Maghreb
    "Nawel", "Meriem", "Houria", "Dalila", "Naïma", "Karima", "Kenza", "Siham",
    # Afrique de l'Ouest
    "Kadiatou", "Aïssatou", "Rokia",
    # Viêt Nam (prénom en deux mots, tel qu'inscrit à l'état civil)
    "Thi Hoa", "Ngoc",
    # Pologne, Turquie, ex-Yougoslavie
    "Halina", "Gülsüm", "Dragana",
]

# --- prénoms masculins -----------------------------------------------------------------------------
GIVEN_M = [
    # France (dont Bretagne)
    "Thibault", "Aurélien", "Corentin", "Grégoire", "Rodolphe", "Amaury", "Timothée", "Maxence",
    "Aymeric", "Ludovic", "Mickaël", "Jérémie", "Gaspard", "Octave", "Florent", "Lucien", "Fabrice",
    "Erwan", "Gwendal", "Ronan", "Brieuc", "Yvon", "Tanguy", "Hugues",
    # Belgique (Wallonie) et Suisse romande
    "Ghislain", "Baudouin", "Quentin", "Landry", "Gérald",
    # Québec (dont prénoms composés)
    "Gaétan", "Réal", "Ghyslain", "Léandre", "Marc-Alexandre", "Marc-Aurèle",
    # Maghreb
    "Mourad", "Nordine", "Djamel", "Farid", "Youcef", "Hocine", "Kamel", "Driss", "Réda",
    # Afrique de l'Ouest (prénom double en deux mots)
    "Abdoulaye", "Seydou", "Souleymane", "Cheikh Tidiane",
    # Viêt Nam
    "Tuan", "Duc",
    # Pologne, Turquie
    "Zbigniew", "Stanislas", "Yusuf",
]

# --- noms de famille -------------------------------------------------------------------------------
FAMILY = [
    # France
    "Lemaire", "Brunet", "Guillot", "Leroux", "Hamon", "Jacquemin", "Chevallier", "Brossard",
    "Gosselin", "Delattre", "Descamps", "Leleu", "Couderc", "Bouvier", "Chauvet", "Paillard",
    "Raynaud", "Labbé", "Rousset", "Lemercier", "Delahaye",
    # Bretagne (particule capitalisée, comme l'écrit l'état civil)
    "Le Bihan", "Le Floch", "Le Corre", "Quéré", "Kervella", "Guivarc'h",
    # La Réunion
    "Hoarau", "Payet", "Técher",
    # Belgique (Wallonie)
    "Pirard", "Collignon", "Delvaux", "Gilson", "Dethier", "Goffin", "Lhoest", "Remacle", "Wilmotte",
    "Lambotte", "de Halleux",
    # Suisse romande (Vaud, Valais, Fribourg, Neuchâtel)
    "Cuendet", "Chappuis", "Perrenoud", "Rossier", "Zufferey", "Gay-Crosier", "Crettenand",
    "Vouilloz", "Aebischer", "Oberson",
    # Québec et Acadie (dont noms doubles et particules minuscules)
    "Bélanger", "Lévesque", "Ouellet", "Deschênes", "Gingras", "Vaillancourt", "Tétreault",
    "Lachance", "Bérubé", "Thériault", "Robichaud", "Saint-Onge", "de Grandpré", "de Lamirande",
    "Bolduc-Vachon",
    # Maghreb
    "Bensaïd", "Khelifi", "Zerrouki", "Slimani", "Meziane", "Aït-Kaci", "Hadj-Ali", "Trabelsi",
    "Benjelloun",
    # Afrique de l'Ouest et centrale
    "Coulibaly", "Sylla", "Keïta", "Ouedraogo", "Kaboré", "Gueye", "N'Guessan", "Mbuyi",
    # Viêt Nam
    "Huynh", "Trinh", "Vuong",
    # Pologne, Italie
    "Wozniak", "Szymanski", "Colucci", "Bianchini",
]

# --- villes -----------------------------------------------------------------------------------------
CITIES = [
    # France
    "Saint-Étienne", "Clermont-Ferrand", "Aix-en-Provence", "Boulogne-sur-Mer", "La Roche-sur-Yon",
    "Charleville-Mézières", "Villeneuve-d'Ascq", "Quimper", "Besançon", "Poitiers", "Mulhouse",
    "Perpignan", "Annecy", "Niort", "Montauban", "Brest",
    # Belgique
    "Namur", "Liège", "Charleroi", "Arlon", "La Louvière", "Louvain-la-Neuve",
    # Suisse romande
    "Lausanne", "Neuchâtel", "Yverdon-les-Bains", "La Chaux-de-Fonds", "Sion", "Fribourg",
    # Québec
    "Trois-Rivières", "Sherbrooke", "Rimouski", "Saint-Jean-sur-Richelieu", "Gatineau",
]

# --- voies (sans numéro : le générateur ajoute numéro, code postal et ville) ----------------------
STREETS = [
    "rue des Tanneurs", "rue de la Gare", "avenue des Acacias", "boulevard de la Liberté",
    "chemin des Vignes", "allée des Tilleuls", "impasse du Moulin", "place du Marché",
    "quai des Bateliers", "rue Notre-Dame", "rue de l'Église", "route de la Forêt",
    "chaussée de Louvain", "rue du Coteau", "avenue des Érables", "rang Saint-Joseph",
    "chemin du Roy", "rue Haute", "ruelle des Forges", "avenue de la Paix", "rue des Lilas",
    "sentier des Écoliers", "boulevard des Alliés", "rue du Petit-Pont",
]

# --- organisations (inventées) --------------------------------------------------------------------
ORGS = [
    "Menuiserie Castagnet SARL", "Transports Berthelot et Fils", "Clinique du Val-Fleuri",
    "Cabinet dentaire des Tilleuls", "Étude Vasselin & Associés", "Groupe scolaire Les Marronniers",
    "Association Les Amis du Vieux Lavoir", "Club nautique de la Baie Verte",
    "Mutuelle Horizon Solidaire", "Boulangerie Au Pain Doré", "Quincaillerie Desbiens inc.",
    "Atelier Lumenor SRL", "Fiduciaire Alpaga Sàrl", "Centre de santé Les Peupliers",
    "Cabinet Maurel-Ducasse avocats", "SCI Les Terrasses du Lac", "Pharmacie du Beffroi",
    "Garage Pelissard EURL", "Laboratoire BioVallée", "Nexalis Informatique SAS",
    "Agence immobilière Clé de Voûte", "Auto-école La Priorité", "Les Jardins de Mélusine ASBL",
    "Coopérative des Trois Vallons", "Librairie Le Chat qui Lit", "Résidence Les Glycines",
    "Office intercommunal des eaux du Plateau", "Rigaudeau Paysage SA", "Fanfare L'Écho des Collines",
    "Imprimerie Delorme Frères", "Services-conseils Boréalis ltée",
]

MAIL_DOMAINS = [
    "messagerie-azurine.fr", "courriel-boreal.ca", "plumeo.be", "nexalis-info.fr",
    "lacarriole.ch", "voxelmail.fr", "boitepostale-vive.fr", "alpaga-fidu.ch",
]


# =====================================================================================================
# TUNE
# =====================================================================================================
TUNE = {
    "lettre_relance_impaye": """
{ORG}
{ADDR}
SIRET : {SIRET}
Tél. : {PHONE}

                                        Madame {P1}
                                        {ADDR2}

{CITY}, le {DATE}

Objet : relance – facture n° {NUM} restée impayée
Lettre recommandée avec accusé de réception

Madame,

Sauf erreur de notre part, la facture n° {NUM} d'un montant de {AMT} € TTC, émise le {DATE2},
n'a toujours pas été réglée à ce jour.

Nous vous remercions de bien vouloir procéder au règlement sous huitaine, par virement sur le
compte {IBAN}, en rappelant la référence de la facture.

Si votre paiement a croisé ce courrier, nous vous prions de ne pas tenir compte de la présente.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

{P2}
Gérant
""",

    "contrat_travail_extrait": """
CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE (extrait)

Entre les soussignés :
La société {ORG}, immatriculée sous le numéro SIRET {SIRET}, dont le siège est situé
{ADDR}, représentée par M. {P2}, en sa qualité de directeur des ressources humaines,
ci-après dénommée « l'Employeur »,

Et :
Mme {PU1}, née le {DOB} à {CITY}, demeurant {ADDR2},
n° de sécurité sociale : {NIR},
ci-après dénommée « la Salariée »,

Il a été convenu ce qui suit :

Article 1 – Engagement
Mme {L1} est engagée à compter du {DATE} en qualité d'assistante administrative, statut
employé, coefficient 180.

Article 4 – Rémunération
En contrepartie de son travail, la Salariée percevra une rémunération brute mensuelle de {AMT} €.

Fait en deux exemplaires, à {CITY2}, le {DATE2}.

Pour l'Employeur, {IN2}                         La Salariée (précédé de « lu et approuvé »)
""",

    "demande_conges_courriel": """
De : {P3} <{EMAIL3}>
À : {P4} <{EMAIL4}>
Cc : {P2} <{EMAIL2}>
Date : {DATE}
Objet : Demande de congés payés – été {YEAR}

Bonjour {F4},

Je souhaiterais poser mes congés du lundi {DATE} au vendredi {DATE2} inclus, soit dix jours
ouvrés. {F2} a accepté d'assurer le suivi des dossiers en cours pendant mon absence ; je lui
transmettrai une note de passation la veille de mon départ.

Pourrais-tu valider la demande dans l'outil avant la fin de la semaine ?

Merci d'avance et bonne journée,
{F3}

--
{P3}
Chargée de clientèle – {ORG2}
Ligne directe : {PHONE}
""",

    "ordonnance": """
Docteur {PX4}
Médecin généraliste – Conventionné secteur 1
{ADDR}
Tél. cabinet : {PHONE}

                                              {CITY}, le {DATE}

Mme {P3}
Née le {DOB}

ORDONNANCE

1) Amoxicilline 1 g : 1 comprimé matin et soir pendant 7 jours.
2) Paracétamol 1 g : 1 comprimé si douleur ou fièvre, sans dépasser 3 par jour.
3) Bain de bouche antiseptique : 3 fois par jour après les repas.

Renouvellement : non.

                                              Dr {IN4}
""",

    "compte_rendu_hospitalisation": """
{ORG} – Service de médecine interne
Chef de service : Pr {P4}

COMPTE RENDU D'HOSPITALISATION

Patiente : {PU1}
Date de naissance : {DOB}
N° de sécurité sociale : {NIR}
Entrée le {DATE} – sortie le {DATE2}
Médecin traitant : Dr {P2}, {CITY}

Motif d'hospitalisation : altération de l'état général avec fièvre persistante.

Évolution : Mme {L1} a bénéficié d'une antibiothérapie intraveineuse, relayée per os au
troisième jour. L'évolution clinique et biologique est favorable. La patiente sort à son
domicile, accompagnée de sa fille.

Traitement de sortie : voir ordonnance jointe.
Suivi : consultation de contrôle avec le Dr {L2} sous quinze jours ; bilan sanguin à prévoir.

Compte rendu dicté par le Dr {P3}, interne, validé par le Pr {L4}.
Copie : médecin traitant.
""",

    "procuration_generale": """
PROCURATION

Je soussignée, {P1},
née le {DOB} à {CITY},
demeurant {ADDR},

donne par la présente pouvoir à Monsieur {P2}, demeurant {ADDR2},

de me représenter auprès de {ORG} afin d'accomplir en mon nom toutes les démarches
relatives au dossier n° {NUM}, notamment signer tout document, retirer les pièces et
recevoir toute correspondance.

La présente procuration est valable jusqu'au {DATE}.

Fait à {CITY2}, le {DATE2}, pour servir et valoir ce que de droit.

Signature de la mandante                        Signature du mandataire
(précédée de « Bon pour pouvoir »)              (précédée de « Bon pour acceptation »)
""",


    "citation_comparaitre": """
CITATION À COMPARAÎTRE DEVANT LE TRIBUNAL DE POLICE

Le {DATE},
À la requête de M. le Procureur de la République près le tribunal judiciaire de {CITY},

Nous, Me {P3}, commissaire de justice associée au sein de {ORG}, {ADDR},

Avons donné citation à :
Monsieur {PU4}, né le {DOB} à {CITY2}, demeurant {ADDR2},

D'avoir à comparaître en personne à l'audience du tribunal de police de {CITY},
le {DATE2} à {TIME}, salle n° 3,

Pour y répondre des faits suivants : le prévenu {L4} est poursuivi pour avoir, à {CITY2},
circulé au volant d'un véhicule sans être titulaire d'une assurance, faits prévus et réprimés
par le code de la route (procédure n° {NUM}).

Lui déclarant que, faute de comparaître, il pourra être jugé en son absence.

Coût de l'acte : {AMT} €
                                                Me {IN3}
""",

    "ticket_support": """
Ticket #{NUM} – Impossible de me connecter à l'espace client
Statut : En attente du client | Priorité : Normale | File : Niveau 1

--- Message initial ---
De : {P1} <{EMAIL1}>
Reçu le : {DATE} à {TIME}

Bonjour,
depuis la mise à jour de mardi, l'application me renvoie « identifiants invalides » alors que
j'ai réinitialisé mon mot de passe deux fois. Mon numéro client est indiqué sur ma dernière facture.
Vous pouvez me rappeler au {PHONE} entre midi et deux.
Cordialement,
{P1}

--- Réponse de l'agent ---
Par : {P2} (support {ORG})
Le : {DATE2}

Bonjour Madame {L1},
Merci pour votre signalement. Votre compte était verrouillé après plusieurs tentatives ; je l'ai
débloqué. Pouvez-vous réessayer et nous confirmer que tout fonctionne ?
Bien à vous,
{F2} – Service clients
""",

    "courriel_transfere": """
De : {P2} <{EMAIL2}>
Envoyé : {DATE} {TIME}
À : {P3} <{EMAIL3}>
Cc : {P4} <{EMAIL4}>
Objet : TR: Devis rénovation salle de réunion

{F3},

Je te transfère le devis de {ORG}. Peux-tu regarder avec {F4} si le montant tient dans
l'enveloppe votée ? Je dois donner une réponse à {IN1} avant vendredi.

Merci,
{F2}

-------- Message transféré --------
De : {P1} <{EMAIL1}>
Date : {DATE2}
À : {P2} <{EMAIL2}>
Objet : Devis rénovation salle de réunion

Monsieur {L2},

Suite à notre visite sur site à {CITY}, veuillez trouver ci-joint notre devis n° {NUM} d'un
montant de {AMT} € HT. Les travaux pourraient débuter trois semaines après acceptation.

Je reste à votre disposition au {PHONE}.

Cordialement,
{P1}
Conductrice de travaux, {ORG}
""",

    "discussion_whatsapp": """
{DATE}, 18:02 - {P1}: Coucou ! Vous êtes dispo samedi pour le déménagement de {F3} ?
{DATE}, 18:05 - {P2}: Moi oui à partir de 9h, je peux prendre la camionnette de mon beau-frère
{DATE}, 18:06 - {P3}: Vous êtes des amours 😍 l'adresse c'est {ADDR}
{DATE}, 18:06 - {P3}: 3e étage sans ascenseur, désolée d'avance 😅
{DATE}, 18:09 - {P4}: Je serai là vers 10h, je ramène des sangles. {F1} tu t'occupes des croissants ?
{DATE}, 18:11 - {P1}: Évidemment. Et on termine chez {F3} à {CITY} pour la pizza
{DATE}, 18:12 - {P2}: Parfait. Si souci appelez-moi au {PHONE}
{DATE}, 18:15 - {P3}: Merci {F4}, merci {F2}, merci ma {F1} ❤️
""",

    "pv_assemblee_generale": """
{ORG}
Association régie par la loi du 1er juillet 1901

PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU {DATE}

L'assemblée s'est tenue à {TIME} à la salle polyvalente de {CITY}.

Membres du bureau présents :
- {P1}, présidente
- {P2}, trésorier
- {P3}, secrétaire
Excusé : {P4} (pouvoir donné à {IN1})

Quarante-deux adhérents présents ou représentés ; le quorum est atteint.

1. Rapport moral
La présidente, Mme {L1}, rappelle les temps forts de l'année {YEAR} et remercie la mairie
pour le prêt des locaux.

2. Rapport financier
M. {L2} présente les comptes : l'exercice se clôt sur un excédent de {AMT} €. Les comptes
sont approuvés à l'unanimité.

3. Élection du bureau
{P3} ne se représente pas. {P4} est élu secrétaire.

La séance est levée à 21h30.

La présidente, {P1}                      La secrétaire de séance, {P3}
""",

    "bulletin_scolaire": """
{ORG}
Année scolaire {YEAR} – Bulletin du 2e trimestre

Élève : {PU4}
Classe : 4e B          Professeure principale : Mme {P1}

Discipline          Moyenne   Appréciation
Français            13,5      Bon trimestre, participation active.
Mathématiques       11,0      Des efforts, mais des lacunes en calcul littéral.
Histoire-géo.       14,5      Travail sérieux et régulier.
Anglais             9,5       Doit apprendre ses leçons. (Mme {IN3})
SVT                 12,0      Ensemble correct.

Appréciation générale : trimestre satisfaisant. {F4} doit toutefois gagner en
concentration en classe. Félicitations du conseil refusées de peu.

Vie scolaire : 2 retards, 0 absence non justifiée.

Fait à {CITY}, le {DATE}
Le chef d'établissement, {P2}
""",

    "formulaire_inscription": """
FICHE D'INSCRIPTION – {ORG}
Saison {YEAR}

Nom .................................. {L3}
Prénom ............................... {F3}
Date de naissance .................... {DOB}
Adresse .............................. {ADDR}
Téléphone ............................ {PHONE}
Courriel ............................. {EMAIL3}

Personne à prévenir en cas d'urgence
Nom et prénom ........................ {PU2}
Lien de parenté ...................... conjoint
Téléphone ............................ {PHONE2}

Certificat médical fourni le ......... {DATE}
Cotisation réglée .................... {AMT} € (chèque n° {NUM})

Fait à {CITY}, le {DATE2}
Signature de l'adhérente
""",

    "export_csv_adherents": """
nom;prenom;date_naissance;email;telephone;ville;date_adhesion
{L1};{F1};{DOB};{EMAIL1};{PHONE};{CITY};{DATE}
{L2};{F2};{DATE2};{EMAIL2};{PHONE2};{CITY2};{DATE}
{L3};{F3};;{EMAIL3};;{CITY};{DATE2}
{L4};{F4};;{EMAIL4};;;{DATE2}
""",

    "facture": """
{ORG}
{ADDR}
SIRET {SIRET} – SARL au capital de 8 000 €
Tél. {PHONE}

FACTURE N° {NUM}
Date : {DATE}
Échéance : {DATE2}

Client :
M. {P2}
{ADDR2}

Désignation                                  Qté    P.U. HT     Total HT
Dépose et évacuation ancien parquet           1     320,00       320,00
Fourniture parquet chêne massif (m²)         24      58,50     1 404,00
Pose collée, finition vitrifiée (m²)          24      31,00       744,00

Total HT : 2 468,00 €
TVA 10 % : 246,80 €
Net à payer : 2 714,80 €

Règlement par virement : IBAN {IBAN}
Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais
de recouvrement : 40 €.
""",

    "depot_plainte": """
POLICE NATIONALE
Commissariat de {CITY}

PROCÈS-VERBAL DE DÉPÔT DE PLAINTE
Procédure n° {NUM}

L'an {YEAR}, le {DATE} à {TIME},
Devant nous, {P4}, brigadier-chef, officier de police judiciaire en résidence à {CITY},

Se présente : {PU1}
Née le {DOB} à {CITY2}
Demeurant : {ADDR}
Téléphone : {PHONE}

Qui déclare :
« Je souhaite déposer plainte pour le vol de mon vélo à assistance électrique. Je l'avais
attaché devant mon immeuble la veille vers 19h. Ce matin, l'antivol était sectionné. Mon
voisin, {P2}, dit avoir vu deux jeunes rôder près du local à vélos. Le vélo avait été acheté
chez {ORG} pour {AMT} euros, j'ai gardé la facture. »

Lecture faite par elle-même, Mme {L1} persiste et signe avec nous.

La plaignante                                   L'officier de police judiciaire
""",

    "fait_divers": """
{CITY} – Une septuagénaire sauvée des flammes par son voisin

Un incendie s'est déclaré mardi soir dans un pavillon du quartier de la Gare. Il était un peu
plus de 22 heures lorsque {P2}, 34 ans, a aperçu de la fumée s'échappant de la cuisine de sa
voisine. Sans attendre les secours, le jeune homme a enfoncé la porte et aidé {P3}, 78 ans, à
sortir de la maison.

« Je n'ai pas réfléchi, je savais qu'elle vivait seule », confie-t-il. Légèrement intoxiquée,
Mme {L3} a été transportée par les sapeurs-pompiers vers l'hôpital de {CITY2}, d'où elle est
ressortie le lendemain.

Le maire, {P4}, a salué « un geste exemplaire » et annoncé que {L2} serait reçu en mairie
dans les prochains jours. Une enquête a été ouverte pour déterminer l'origine du sinistre.

{IN1}, correspondante locale
""",

    "faire_part_naissance": """
Tout fier, {F4}
a la joie de vous annoncer la naissance de sa petite sœur

{F3}

le {DATE} à {CITY}

Les heureux parents,
{P1} et {P2}
{ADDR}
""",

    "cv": """
{PX1}
{ADDR}
{PHONE} · {EMAIL1}
Née le {DOB} – permis B

COMPTABLE CONFIRMÉE – 12 ans d'expérience

EXPÉRIENCE PROFESSIONNELLE
{YEAR} – aujourd'hui   Comptable unique, {ORG} ({CITY})
                        Tenue de la comptabilité générale, déclarations de TVA, préparation
                        du bilan avec l'expert-comptable.
{YEAR} – {YEAR}        Aide-comptable, {ORG2} ({CITY2})
                        Saisie fournisseurs, lettrage, relances clients.

FORMATION
{YEAR}   DCG – Diplôme de comptabilité et de gestion
{YEAR}   BTS Comptabilité et gestion

COMPÉTENCES
Logiciels de comptabilité et de paie, tableur (tableaux croisés dynamiques), anglais courant

RÉFÉRENCES
{P2}, directeur administratif et financier, {ORG} – {PHONE2}
""",

    "avis_contravention": """
AVIS DE CONTRAVENTION
Centre automatisé de constatation des infractions routières

Numéro de l'avis : {NUM}
Date de l'infraction : {DATE} à {TIME}
Lieu : {CITY}, {ADDR2}
Nature de l'infraction : excès de vitesse inférieur à 20 km/h (vitesse limite autorisée
50 km/h, vitesse retenue 58 km/h)

Titulaire du certificat d'immatriculation :
{PU4}
{ADDR}

Montant de l'amende forfaitaire : 135 €
Amende minorée si paiement dans les 15 jours : 90 €

Si vous n'étiez pas le conducteur au moment des faits, vous devez désigner la personne qui
conduisait (nom, prénom, adresse, numéro de permis) dans un délai de 45 jours.
""",

    "canal_slack": """
#projet-refonte-site
{fl2}  09:12
@{fl1} la maquette de la page d'accueil est en ligne, tu peux jeter un œil ?
{fl1}  09:20
vu ! j'aime bien le nouveau bandeau, par contre le bouton « Nous contacter » disparaît sur mobile
{fl4}  09:21
je regarde ça ce matin, c'est sûrement le CSS du menu
{fl3}  09:34
petit rappel : démo client jeudi à {TIME} avec {P1} et l'équipe de {ORG}, salle Bleue
{fl2}  09:35
👍 {F4} tu pourras présenter la partie technique ?
{fl4}  09:36
ok pour moi
""",

    "notice_produit": """
NOTICE D'UTILISATION – Bouilloire électrique sans fil

Consignes de sécurité
• Lire attentivement la présente Notice avant la première utilisation et la conserver.
• Ne jamais plonger le Socle ni la Bouilloire dans l'eau ou tout autre liquide.
• Ne pas remplir au-delà du repère MAX (1,7 litre) : l'eau bouillante pourrait déborder.
• Tenir l'appareil hors de portée des enfants de moins de 8 ans.

Première utilisation
Remplir la Bouilloire jusqu'au repère MAX, la faire chauffer puis jeter l'eau. Répéter
l'opération deux fois afin d'éliminer les éventuels résidus de fabrication.

Détartrage
Un détartrage régulier prolonge la durée de vie de la Résistance. Utiliser un mélange d'eau
et de vinaigre blanc à parts égales, laisser agir une heure, puis rincer abondamment.

Garantie
L'appareil est garanti deux ans à compter de la date d'achat, sur présentation du ticket de
caisse. La Garantie ne couvre pas les dommages dus au calcaire ni une utilisation non conforme.
""",

    "procedure_interne": """
PROCÉDURE INTERNE – Traitement des notes de frais
Version {NUM} – en vigueur à compter de l'exercice {YEAR}

1. Objet
La présente Procédure fixe les règles de remboursement des frais engagés par les
collaborateurs dans le cadre de leurs missions.

2. Dépenses éligibles
Sont remboursés, sur justificatif original : les billets de train en seconde classe, les nuitées
d'hôtel dans la limite de 110 € par nuit, les repas dans la limite de 25 € par repas, les
frais kilométriques selon le barème fiscal en vigueur.

3. Circuit de validation
a) Le Collaborateur saisit sa note dans l'Outil de gestion avant le 5 du mois suivant.
b) Le Responsable hiérarchique valide ou refuse sous huit jours ouvrés.
c) Le Service Comptabilité contrôle les justificatifs et procède au remboursement avec la paie.

4. Cas particuliers
Toute dépense supérieure à {AMT} € doit faire l'objet d'un accord préalable écrit de la
Direction financière. Les amendes et contraventions ne sont jamais remboursées.
""",
}


# =====================================================================================================
# HELD
# =====================================================================================================
HELD = {
    "lettre_resiliation": """
{P3}
{ADDR}
{EMAIL3}

                                        {ORG}
                                        Service résiliations
                                        {ADDR2}

À {CITY}, le {DATE}

Lettre recommandée avec accusé de réception
Objet : résiliation de mon contrat n° {NUM}

Madame, Monsieur,

Par la présente, je vous informe de ma décision de résilier le contrat référencé ci-dessus,
souscrit le {DATE2}, conformément aux conditions générales et au droit de résiliation à tout
moment après la première année d'engagement.

Je vous remercie de bien vouloir prendre acte de cette résiliation, de cesser tout prélèvement
sur mon compte {IBAN} et de m'adresser une confirmation écrite.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

{P3}
""",

    "bulletin_paie": """
BULLETIN DE PAIE
Période du 1er au 30 du mois – paiement le {DATE}

Employeur : {ORG}
{ADDR}
SIRET : {SIRET}          Code NAF : 4332A
Convention collective : bâtiment – ouvriers

Salarié : M. {PU2}
{ADDR2}
N° de sécurité sociale : {NIR}
Emploi : menuisier poseur – niveau III, position 2
Date d'entrée : {DATE2}

Rubrique                         Base        Taux       Montant
Salaire de base                  151,67 h    13,20      2 002,04
Heures supplémentaires 25 %      8 h         16,50        132,00
Indemnités de petits trajets                               48,60
Total brut                                              2 182,64
Cotisations salariales                                   -482,36
Net à payer avant impôt                                 1 700,28
Impôt sur le revenu prélevé à la source    4,6 %          -78,21
NET PAYÉ                                                1 622,07

Virement sur le compte {IBAN}
Dans votre intérêt, conservez ce bulletin sans limitation de durée.
""",

    "certificat_travail": """
{ORG}
{ADDR}

CERTIFICAT DE TRAVAIL

Je soussigné, {P4}, directeur général de {ORG}, certifie que :

Madame {P1}, née le {DOB}, demeurant {ADDR2},

a été employée au sein de notre établissement du {DATE} au {DATE2}, en qualité de
responsable de rayon, puis d'adjointe au directeur de magasin.

Durant ces années, Mme {L1} a fait preuve d'un grand sens de l'organisation et d'une réelle
capacité à fédérer son équipe. Elle nous quitte libre de tout engagement, à sa demande, et
nous lui souhaitons pleine réussite dans ses projets.

Le présent certificat lui est remis pour servir et valoir ce que de droit.

Fait à {CITY}, le {DATE2}

{P4}
Directeur général
""",

    "courriel_accueil": """
De : {P4} <{EMAIL4}>
À : {P3} <{EMAIL3}>
Cc : {P1} <{EMAIL1}>; {P2} <{EMAIL2}>
Objet : Bienvenue chez {ORG} !

Bonjour {F3},

Toute l'équipe se réjouit de t'accueillir lundi ! Voici quelques infos pratiques pour ta
première journée :

- Rendez-vous à 9h à l'accueil, {ADDR} ; demande {F1}, qui te remettra ton badge et ton
  ordinateur.
- À 10h30, point d'intégration avec {P2} (service informatique) pour tes accès.
- Déjeuner d'équipe à midi, c'est offert !
- L'après-midi, tu suivras {F1} sur ses rendez-vous clients à {CITY}.

Ta période d'essai commence le {DATE} ; ton premier entretien de suivi est prévu le {DATE2}.

En cas de souci, mon portable : {PHONE}.

À lundi,
{F4}
{P4} – Responsable d'agence
""",

    "lettre_orientation": """
Dr {P2}
Médecine générale
{ADDR}
Tél. : {PHONE}

                                        {CITY}, le {DATE}

Chère Consœur,

Je vous adresse Mme {P3}, née le {DOB}, que je suis depuis plusieurs années
pour une hypertension artérielle bien équilibrée.

Elle présente depuis trois mois des palpitations à l'effort, sans douleur thoracique.
L'ECG réalisé au cabinet montre un rythme sinusal avec quelques extrasystoles ventriculaires.

Je vous serais reconnaissant de bien vouloir la recevoir en consultation de cardiologie et de
réaliser, si vous le jugez utile, une échographie cardiaque et un Holter.

Traitement actuel : amlodipine 5 mg/j.

Je vous remercie de votre avis et vous prie de croire, chère Consœur, à mes sentiments
confraternels les meilleurs.

Dr {IN2}

À l'attention du Dr {P1}, cardiologue, {ORG}
""",

    "resultats_analyses": """
{ORG}
Laboratoire de biologie médicale – {ADDR}
Biologiste responsable : Dr {P4}

Patiente : {PU1}           Née le : {DOB}
N° de sécurité sociale : {NIR}
Prescripteur : Dr {IN2}
Prélèvement du {DATE} à {TIME}       Édité le {DATE2}

HÉMATOLOGIE                        Résultat      Valeurs de référence
Hématies                           4,21 T/L      3,80 – 5,20
Hémoglobine                        11,2 g/dL  *  12,0 – 16,0
VGM                                78 fL      *  80 – 100
Leucocytes                         6,4 G/L       4,0 – 10,0
Plaquettes                         254 G/L       150 – 400

BIOCHIMIE
Ferritine                          9 µg/L     *  15 – 150
Glycémie à jeun                    0,92 g/L      0,70 – 1,10

* valeur hors normes
Commentaire : anémie microcytaire avec carence martiale. Résultats transmis au prescripteur.
""",

    "rappel_rendez_vous": """
SMS de {ORG} – {DATE} {TIME}
Bonjour Mme {L3}, nous vous rappelons votre RDV du {DATE2} à 16h30 avec le Dr {L4},
au {ADDR}. Pensez à apporter votre carte Vitale et votre ordonnance.
En cas d'empêchement, merci de prévenir au moins 48 h à l'avance au {PHONE}.
Répondez STOP pour ne plus recevoir de rappels.
""",

    "bail_habitation": """
CONTRAT DE LOCATION – LOCAL À USAGE D'HABITATION
(soumis au titre Ier de la loi du 6 juillet 1989)

I. DÉSIGNATION DES PARTIES

Le bailleur : {ORG}, SIRET {SIRET}, dont le siège est {ADDR2}, représentée par son gérant,
M. {P4},

Les locataires : M. {P2}, né le {DOB} à {CITY2},
et Mme {P1}, sa compagne, solidairement,

II. OBJET DU CONTRAT

Logement situé : {ADDR}
Type : appartement T3, 2e étage, 64 m² ; cave n° 12.

III. DATE DE PRISE D'EFFET ET DURÉE

Prise d'effet : {DATE} – durée : trois ans.

IV. CONDITIONS FINANCIÈRES

Loyer mensuel hors charges : {AMT} € ; provision sur charges : 85 €.
Dépôt de garantie : un mois de loyer hors charges, versé ce jour.
Paiement le 5 de chaque mois par virement sur le compte {IBAN}.

Fait à {CITY}, le {DATE2}, en trois exemplaires originaux.
""",

    "acte_notarie_vente": """
{ORG}
Notaires associés

LE {DATE},
À {CITY}, en l'Office notarial,

Maître {P3}, notaire soussignée,

A reçu le présent acte authentique de VENTE à la requête des parties ci-après identifiées.

VENDEUR
Monsieur {PX2}, retraité, né à {CITY2} le {DOB}, demeurant {ADDR2},
veuf non remarié.

ACQUÉREUR
Madame {PX1}, infirmière, demeurant {ADDR}, célibataire.

DÉSIGNATION
Une maison d'habitation élevée sur sous-sol, comprenant au rez-de-chaussée : entrée,
cuisine, séjour ; à l'étage : trois chambres et salle de bains. Jardin attenant.

PRIX
La vente est conclue moyennant le prix de {AMT} euros, payé comptant ce jour par la
comptabilité de l'Office notarial, ainsi que le vendeur le reconnaît et lui en donne quittance.

DONT ACTE sur quatre pages.
""",

    "extrait_registre_population": """
ROYAUME DE BELGIQUE
Commune de {CITY} – Service Population

EXTRAIT DU REGISTRE DE LA POPULATION
délivré le {DATE}

Nom : {L1}
Prénom(s) : {F1}
Numéro de registre national : {RRN}
Né(e) le : {DOB} à {CITY2}
Sexe : F
Nationalité : belge
Adresse de résidence principale : {ADDR}
Inscrite à cette adresse depuis le : {DATE2}

Composition de ménage :
{PU1}            personne de référence
{PU2}            conjoint

Délivré à la demande de l'intéressée pour servir auprès de {ORG}.

Pour le Bourgmestre, l'agent délégué,
{IN4}
""",

    "reponse_citee": """
Objet : Re: Réservation salle des fêtes – mariage {YEAR}
De : {P4} <{EMAIL4}>
À : {P3} <{EMAIL3}>
Date : {DATE2}

Bonjour Madame {L3},

C'est noté, la salle vous est réservée pour la journée entière. L'acompte de {AMT} € est à
verser sous quinze jours. Je vous envoie le contrat par courrier.

Bien cordialement,
{P4}
Régisseur – {ORG}

Le {DATE} à {TIME}, {P3} <{EMAIL3}> a écrit :
> Bonjour Monsieur,
>
> Suite à notre échange téléphonique, je vous confirme que mon fiancé, {P2}, et moi
> souhaitons réserver la salle pour notre mariage. Nous serons environ 120 invités.
> Le traiteur, {ORG2}, aura besoin d'accéder à la cuisine dès 8h.
>
> Pouvez-vous me confirmer la disponibilité ?
>
> Merci d'avance,
> {F3}
""",

    "conversation_teams": """
Conversation : Clôture mensuelle – {DATE}

{P1}
10:02
Bonjour à tous, les écritures de paie sont passées. Il manque encore les factures de {ORG}.

{P2}
10:04
Je les ai relancés hier, {F1}. Leur comptable, {P3}, m'a promis un envoi ce soir.

{P4}
10:07
Merci. @{P1} tu peux lancer le rapprochement bancaire sans attendre ?

{P1}
10:09
Oui, je m'en occupe. {F4}, on fait le point demain à 9h ?

{P4}
10:10
Parfait 👍
""",

    "compte_rendu_copropriete": """
Syndicat des copropriétaires de la Résidence du Parc
{ADDR}

PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE DU {DATE}

Syndic : {ORG}, représenté par M. {P4}

Copropriétaires présents ou représentés :
{PI1} (lots 3 et 14), {PI2} (lot 7), {PI3} (lot 9), {ORG2} (lots 21 à 24)
Absents : 4 copropriétaires, soit 212/1000e

Présidente de séance : Mme {P1}
Scrutateur : M. {P2}
Secrétaire : le syndic

Résolution n° 5 – Ravalement de la façade sur rue
L'assemblée approuve les travaux pour un montant de {AMT} € TTC.
Ont voté contre : {PI3}.
Résolution adoptée à la majorité de l'article 25.

Résolution n° 6 – Remplacement de l'interphone
Rejetée faute de majorité.

L'ordre du jour étant épuisé, la séance est levée à {TIME}.
""",

    "liste_classe": """
{ORG}
Liste de la classe de CM1 – année {YEAR}
Enseignante : Mme {P1}      Effectif : 24 élèves (extrait)

N°   NOM Prénom                      Remarque
1    {PU2}
2    {PU3}                           PAI (allergie arachide)
3    {PI4}                           cantine lundi/jeudi

Responsables légaux à contacter en priorité :
Famille {L3} – {PHONE}
Famille {L2} – {PHONE2}
""",

    "fiche_admission": """
{ORG}
FICHE D'ADMISSION – à remplir en lettres capitales

Nom de famille .................................. {L2}
Prénom(s) ....................................... {F2}
Date de naissance ............................... {DOB}
N° de registre national (NISS) .................. {RRN}
Adresse ......................................... {ADDR}
GSM ............................................. {PHONE}
Courriel ........................................ {EMAIL2}
N° d'affiliation mutuelle ....................... {NUM}
Médecin traitant ................................ Dr {P3}
Personne de contact ............................. {P1} (épouse) – {PHONE2}

Motif de l'admission ............................ hospitalisation de jour, endoscopie
Date prévue ..................................... {DATE} à {TIME}

Je soussigné certifie l'exactitude des renseignements ci-dessus.
""",

    "export_json_client": """
{
  "id_client": "{NUM}",
  "civilite": "M.",
  "nom": "{L2}",
  "prenom": "{F2}",
  "date_naissance": "{DOB}",
  "email": "{EMAIL2}",
  "telephone": "{PHONE}",
  "adresse": "{ADDR}",
  "iban": "{IBAN}",
  "conseillere": "{P1}",
  "agence": "{ORG}",
  "date_ouverture": "{DATE}",
  "consentement_prospection": false
}
""",

    "ticket_caisse": """
{ORG}
{ADDR}
Tél. {PHONE}
SIRET {SIRET}

Ticket n° {NUM}        {DATE}  {TIME}
Caissière : {F3}

2 x Baguette tradition                  2,60
1 x Tarte aux pommes 6 parts           15,90
4 x Croissant pur beurre                5,20
1 x Pain de campagne 800 g              4,80

TOTAL TTC                         28,50 EUR
CB sans contact                   28,50 EUR
dont TVA 5,5 %                    1,49

Merci de votre visite et à bientôt !
""",

    "rapport_incident": """
RAPPORT D'INCIDENT – Sécurité au travail
Site : {ORG}, {ADDR}
N° d'enregistrement : {NUM}

Date et heure de l'incident : {DATE}, {TIME}
Rédigé par : {P2}, chef d'équipe

Personne concernée : {P1}, opératrice de conditionnement
Témoins : {P4} ; {IN3}

Description des faits :
Lors du changement de format sur la ligne 2, Mme {L1} s'est coincé deux doigts de la main
gauche dans le carter de protection, resté entrouvert. M. {L4} a immédiatement actionné l'arrêt
d'urgence. Les premiers soins ont été prodigués par le sauveteur secouriste du travail ; la
salariée a ensuite été conduite aux urgences de {CITY} par son mari.

Mesures immédiates : consignation de la ligne, vérification du capteur de fermeture du carter.
Déclaration d'accident du travail transmise le {DATE2}.

Visa du responsable HSE : {IN4}
""",

    "lettre_info_club": """
LA GAZETTE DU CLUB – {ORG}
Lettre d'information n° {NUM}

Le mot du président
Chers membres, la saison s'achève en beauté ! Nos cadettes ont remporté le tournoi régional à
{CITY}, et nous devons beaucoup à leur entraîneuse, {P1}, qui quitte le club après dix ans
de bénévolat. Merci {F1} !

Agenda
• {DATE} : assemblée générale au club-house, à {TIME}.
• {DATE2} : tournoi des familles, inscriptions auprès de {P3} ({EMAIL3}).

Bienvenue à nos nouveaux membres
{P2}, qui rejoint l'équipe vétérans, et {IN3}, nouvelle trésorière adjointe.

Boutique
Les nouveaux maillots sont arrivés : {AMT} € l'unité, à réserver auprès de {IN3}.

Sportivement,
{P4}, président
""",

    "avis_deces": """
{CITY}.

Madame {P1}, son épouse ;
{P3} et {P2}, ses enfants, et leurs conjoints ;
ses petits-enfants et toute la famille

ont la tristesse de vous faire part du décès de

Monsieur {PX4}

survenu le {DATE}, dans sa 83e année.

La cérémonie religieuse sera célébrée le {DATE2} à {TIME} en l'église de {CITY2}, suivie de
l'inhumation au cimetière communal.

Ni fleurs ni couronnes. Dons au profit de l'association : {ORG}.

Cet avis tient lieu de faire-part.
Organisation des obsèques : {ORG2}, {PHONE}.
""",

    "faire_part_mariage": """
Monsieur et Madame {L1}
Madame {P3}

sont heureux de vous faire part du mariage de leurs enfants

{F1} et {F2}

qui sera célébré le {DATE} à {TIME}
en la mairie de {CITY}.

Vin d'honneur à l'issue de la cérémonie – salle : {ORG}.

Réponse souhaitée avant le {DATE2}
{P1} et {P2} – {ADDR} – {PHONE}
""",

    "export_tsv_virements": """
date_operation	beneficiaire	iban	montant	libelle	reference
{DATE}	{PX1}	{IBAN}	{AMT}	Remboursement frais mission	{NUM}
{DATE}	{PX2}		650,00	Acompte salaire	VIR-0042
{DATE2}	{ORG}		1 980,00	Facture fournisseur	VIR-0043
{DATE2}	{PX4}		300,00	Prime exceptionnelle	VIR-0044
""",

    "recette_cuisine": """
Quiche aux lardons (pour 6 personnes)

Préparation : 20 min – Cuisson : 40 min

Ingrédients
- 1 pâte brisée
- 200 g de lardons fumés
- 3 œufs entiers
- 20 cl de crème fraîche épaisse
- 20 cl de lait entier
- Sel, poivre, muscade

Étapes
1. Préchauffer le four à 180 °C (thermostat 6).
2. Foncer un moule à tarte avec la Pâte et la piquer à la fourchette.
3. Faire revenir les Lardons à sec dans une poêle, puis les égoutter sur du papier absorbant.
4. Battre les œufs avec la crème et le lait ; saler peu, poivrer, râper un peu de muscade.
5. Répartir les lardons sur le fond de tarte, verser l'Appareil par-dessus.
6. Enfourner pour 40 minutes, jusqu'à ce que la surface soit bien dorée.

Astuce du Chef : servir tiède avec une salade verte bien assaisonnée.
""",

    "reglement_interieur": """
RÈGLEMENT INTÉRIEUR DE LA MÉDIATHÈQUE

Article 1 – Accès
L'accès à la Médiathèque et la consultation sur place sont libres et gratuits. Le prêt de
documents est réservé aux Usagers titulaires d'une Carte d'abonné en cours de validité.

Article 2 – Prêt
Chaque abonné peut emprunter jusqu'à {NUM} documents pour une durée de trois semaines,
renouvelable une fois, sauf si le document est réservé par un autre Usager.

Article 3 – Retards
En cas de retard, le Prêt est suspendu jusqu'au retour des documents. Après deux rappels
restés sans effet, le remboursement des documents est exigé, soit {AMT} € par document.

Article 4 – Comportement
Les Usagers sont tenus de respecter le calme des lieux. Il est interdit de fumer, de vapoter,
de manger dans les Salles de lecture et d'utiliser un téléphone en dehors du Hall d'accueil.

Article 5 – Application
Le Personnel est chargé de l'application du présent Règlement. Tout manquement grave peut
entraîner l'exclusion temporaire ou définitive de la Médiathèque.
""",
}
