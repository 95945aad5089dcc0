"""French templates for the second multilingual set (gen_ml2.py).

Names: hand-compiled from given names and family names common in France, Belgium, Switzerland and
Quebec, and in their larger immigrant communities (Maghrebi, West African, Portuguese, Vietnamese,
Turkish), of the kind recorded as Wikidata given-name / family-name items (CC0). Organisation names
and mail domains are invented. Templates written fresh, natively in French.
"""

fr = "fr"

GIVEN_F = [
    # France, Belgium, Switzerland, Quebec
    "Hélène", "Martine", "Sylvie", "Valérie", "Véronique", "Christine", "Monique", "Françoise",
    "Jacqueline", "Élodie", "Pauline", "Mathilde", "Océane", "Louise", "Jeanne", "Capucine", "Solène",
    "Gaëlle", "Nadège", "Ghislaine", "Marie-Laure", "Anne-Lise", "Marie-Thérèse", "Lucie", "Agathe",
    "Bérénice", "Colette", "Geneviève", "Josiane", "Maryse", "Odile", "Anaïs", "Clémence", "Justine",
    "Laetitia", "Maëlle", "Zoé", "Mélanie", "Marie-Ève", "Josée", "Marie-Noëlle", "Nicole",
    # immigrant communities
    "Fatima", "Khadija", "Nadia", "Samira", "Yasmina", "Aïcha", "Fatoumata", "Aminata", "Mariama",
    "Awa", "Linh", "Thu", "Lurdes", "Manuela", "Sónia", "Elif", "Zeynep",
]

GIVEN_M = [
    # France, Belgium, Switzerland, Quebec
    "Philippe", "Michel", "Alain", "Patrick", "Christophe", "Stéphane", "Frédéric", "Didier", "Hervé",
    "Benoît", "Arnaud", "Mathieu", "Romain", "Clément", "Baptiste", "Théo", "Hugo", "Louis", "Gabriel",
    "Raphaël", "Bastien", "Loïc", "Gaëtan", "Paul-Henri", "Louis-Philippe", "Yves-Marie", "Charles-Édouard",
    "Jacques", "Régis", "Yves", "Gilles", "Serge", "Fabien", "Damien", "Cédric", "Xavier", "Vincent",
    "Étienne", "Jérôme", "Paul-Émile", "Marcel", "Réjean", "Sylvain",
    # immigrant communities
    "Mohamed", "Karim", "Rachid", "Youssef", "Mehdi", "Samir", "Abdelkader", "Mamadou", "Ousmane",
    "Moussa", "Amadou", "Manuel", "Joaquim", "Minh", "Quang", "Mehmet", "Emre", "Hakan",
]

FAMILY = [
    # France (incl. regional: Breton, Basque, Occitan, Alsatian, Corsican)
    "Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Girard", "Lefebvre", "Vidal", "Guérin",
    "Roux", "Colin", "Aubert", "Barbier", "Renard", "Meunier", "Boulanger", "Lebrun", "Carpentier",
    "Poirier", "Charpentier", "Leclerc", "Noël", "Berger", "Dumas", "Huet", "Picard", "Tessier",
    "Masson", "Mallet", "Baron", "Lacroix", "Delmas", "Fabre", "Cordier", "Le Gall", "Le Goff",
    "Kerbrat", "Etcheverry", "Peyrot", "Schaeffer", "Santoni", "Vasseur", "Marchal", "Rivière",
    # particles
    "de la Roche", "du Plessis", "des Rosiers", "de Montigny", "d'Hondt", "de Smet", "d'Aguiar",
    # Belgium, Switzerland, Quebec
    "Lejeune", "Dumont", "Dupuis", "Wauters", "Rochat", "Favre", "Jaquet", "Bonvin", "Tremblay",
    "Gagnon", "Bouchard", "Côté", "Pelletier", "Lavoie", "Desjardins",
    # immigrant communities
    "Benali", "Haddad", "Bouzid", "Mansouri", "Cherif", "Belkacem", "Amrani", "Ziani", "Diallo",
    "Traoré", "Koné", "Diop", "Ndiaye", "Cissé", "Fofana", "Nguyen", "Tran", "Pham", "Hoang",
    "Yilmaz", "Kaya", "Demir", "Öztürk", "Fonseca", "Mendes", "Cunha", "Azevedo",
]

CITIES = [
    # France
    "Bourges", "Besançon", "Limoges", "Poitiers", "Quimper", "Saint-Malo", "Colmar", "Laval",
    "Chambéry", "Perpignan", "Bayonne", "Tarbes", "Mâcon", "Vannes", "Brive-la-Gaillarde", "Roubaix",
    "Périgueux", "Clermont-Ferrand", "Saint-Étienne", "Nancy", "Montauban", "Châteauroux", "Lons-le-Saunier",
    "Sarreguemines", "Pontivy", "Cholet",
    # Belgium, Switzerland, Quebec
    "Namur", "Liège", "Tournai", "Lausanne", "Neuchâtel", "Sion", "Sherbrooke", "Trois-Rivières",
]

STREETS = [
    "rue des Acacias", "impasse du Moulin", "avenue de la Gare", "boulevard Gambetta", "rue Pasteur",
    "chemin de la Croix-Blanche", "place du Marché", "quai des Bateliers", "rue du Général-Leclerc",
    "allée des Érables", "rue Saint-Nicolas", "cours Lafayette", "rue des Écoles", "avenue du Maréchal-Foch",
    "rue Émile-Zola", "impasse des Coquelicots", "rue du Four", "route de la Forêt", "lotissement Les Genêts",
    "rue de l'Église",
]

ORGS = [
    "Menuiserie Valcrozet SARL", "Transports Brévanne et Fils", "Optique Solvenne SAS", "Groupe Altarys SA",
    "Norvalis Conseil SAS", "Cabinet Delorme-Vasseur", "Coopérative agricole du Val d'Ormeau",
    "Association Les Amis du Clos Fleuri", "Fondation Arbogast-Lemire", "Mutuelle Ardenval",
    "Centre médical Belvérain", "Auto-école Pilvert", "Imprimerie Garaud & Cie", "SCOP Terrelune",
    "Crédit Valmorin", "Assurances Trévalon", "Immobilière Corbanne SAS", "Électricité Lemarquis EURL",
    "Brasserie du Mont Gaudry SA", "Ferronnerie Quervel SRL", "Logistique Sarvane Sàrl",
    "GAEC des Vergers de Montfaucil", "Solutions numériques Irvalis ltée", "ALTEVA Ingénierie",
    "SEMAB", "Laboratoire Biocéane", "Cave coopérative des Coteaux de Vaucelle", "Boulangerie Pradenne",
]

MAIL_DOMAINS = [
    "postelune.fr", "messagerie-azur.fr", "courrielpro.fr", "netalis.fr", "boitavenir.fr",
    "valcrozet.fr", "altevia.fr", "ardenval.be", "sarvane.ch",
]

TUNE = {
    "rappel_rdv_sms": """
Cabinet dentaire du Dr {L3}
Bonjour Mme {L1}, nous vous rappelons votre rendez-vous du {DATE} à {TIME} (contrôle et détartrage).
Pensez à votre carte Vitale. En cas d'empêchement, merci de nous prévenir au {PHONE} au moins 48 h à l'avance.
Message automatique, merci de ne pas répondre.
""",
    "lettre_adressage": """
Dr {P3}
Médecine générale
{ADDR}
Tél. : {PHONE}

{CITY}, le {DATE}

Cher Confrère,
Je vous adresse M. {P2}, né le {DOB}, que je suis depuis plusieurs années pour une hypertension artérielle traitée. Il décrit depuis un mois une oppression thoracique à l'effort, cédant au repos. L'ECG de ce jour ne montre pas d'anomalie franche.
Je vous remercie de bien vouloir le recevoir pour avis et, si besoin, une épreuve d'effort. M. {L2} est joignable au {PHONE2}.

Bien confraternellement,
Dr {L3}
""",
    "ticket_pharmacie": """
PHARMACIE DU CENTRE
{ADDR} — Tél. {PHONE}
Ticket n° {NUM} du {DATE} à {TIME}
Assuré : {PU1}   N° SS : {NIR}
Bénéficiaire : {PU2}
Ordonnance du Dr {IN4}
Paracétamol 2,4 % susp. buv. fl. 100 ml ...... x1
Amoxicilline 250 mg/5 ml pdre susp. buv. ...... x1
Part Sécu / Part Mutuelle : tiers payant
Reste à payer : {AMT} €
Merci de votre visite — Ouvert le dimanche de garde
""",
    "bulletin_trimestriel": """
Collège des Tilleuls — {CITY}
BULLETIN DU 2e TRIMESTRE — Conseil de classe du {DATE}
Élève : {PU2}   Classe : 4e B   Professeur principal : Mme {L1}
Français (M. {L4}) : 13,5 — Élève sérieux, doit participer davantage à l'oral.
Mathématiques (Mme {IN3}) : 15,2 — Très bon trimestre, travail régulier.
Histoire-Géographie-EMC : 11 — Des efforts, mais les leçons doivent être apprises.
Anglais LV1 : 14 — Bon niveau, quelques oublis de matériel.
Vie scolaire : 2 demi-journées d'absence justifiées, 1 retard.
Appréciation du conseil de classe : Bon trimestre dans l'ensemble. {F2} a les moyens de progresser encore s'il prend confiance en lui. Encouragements.
Le Principal
""",
    "pv_assemblee_copropriete": """
PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE
Résidence Les Hortensias — {ADDR}
Le {DATE}, à {TIME}, les copropriétaires se sont réunis en salle polyvalente sur convocation du syndic.
Présents ou représentés : Mme {PI1} (lots 3 et 12), M. {PI2} (lot 7), Mme {PI3} (lot 9), M. {PI4} (pouvoir donné à Mme {L1}).
Président de séance : M. {L2}. Secrétaire : Mme {L3}.
Résolution n° 4 — Ravalement de la façade côté cour : adoptée à la majorité de l'article 25.
Résolution n° 5 — Remplacement de l'interphone : rejetée.
Résolution n° 6 — Questions diverses : M. {L4} signale à nouveau des infiltrations dans la cave.
L'ordre du jour étant épuisé, la séance est levée.
""",
    "lettre_motivation": """
{P1}
{ADDR}
{PHONE} — {EMAIL1}

À l'attention de M. {P2}
Responsable du recrutement — {ORG}

Objet : Candidature au poste d'assistante comptable

Monsieur,
Titulaire d'un BTS Comptabilité et Gestion et forte de quatre années d'expérience chez {ORG2}, où je gérais la saisie des factures fournisseurs et les rapprochements bancaires, je souhaite aujourd'hui rejoindre une structure en croissance comme la vôtre.
Je serais heureuse de vous exposer mes motivations lors d'un entretien. Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

{P1}
""",
    "attestation_emploi": """
{ORG}
{ADDR}
SIRET : {SIRET}

ATTESTATION EMPLOYEUR

Je soussignée {P3}, directrice des ressources humaines, atteste que M. {P2}, né le {DOB}, est employé au sein de notre société depuis le {DATE} en qualité de technicien de maintenance, en contrat à durée indéterminée et à temps complet.
La présente attestation est délivrée à l'intéressé, à sa demande, pour servir et valoir ce que de droit.

Fait à {CITY}, le {DATE2}
{IN3}
""",
    "avis_arret_travail": """
AVIS D'ARRÊT DE TRAVAIL — Volet 3 à adresser à l'employeur
Assuré(e) : {PU1}
N° d'immatriculation : {NIR}
Employeur : {ORG}, {ADDR}
Arrêt de travail initial jusqu'au {DATE} inclus
Sorties autorisées : oui, en dehors des heures de présence (9 h – 11 h et 14 h – 16 h)
Médecin : Dr {P4}, {CITY}
Le {DATE2}
""",
    "declaration_sinistre": """
Objet : Déclaration de sinistre — dégât des eaux — contrat n° {NUM}

Madame, Monsieur,
Je vous informe qu'un dégât des eaux s'est produit le {DATE} dans mon appartement situé {ADDR}. La fuite provient de la salle de bains de l'appartement du dessus, occupé par M. {P4}, qui a été prévenu le jour même.
Les peintures de la cuisine et le parquet du séjour sont endommagés. Un constat amiable a été rempli avec M. {L4} ; je vous le joins avec des photographies.
Je reste joignable au {PHONE} pour convenir du passage de votre expert.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
{P3}
""",
    "faire_part_naissance": """
{F1} et {F2}
ont la joie de vous annoncer la naissance de
{F3}
le {DATE} à {TIME}, à la maternité de {CITY}
3,250 kg de bonheur — 49 cm
{F4}, son grand frère, veille déjà sur elle.
{ADDR}
""",
    "groupe_whatsapp_voisins": """
Voisins bât. C 🏠
[{TIME}] {F1}: Coucou ! Quelqu'un a vu un chat roux dans la cour ? Celui de {F3} a disparu depuis hier soir 😿
[{TIME}] {F2}: Pas vu, mais je demande aux enfants
[{TIME}] {F4}: Je crois qu'il était sur le toit du local vélos ce matin
[{TIME}] {F3}: Merci !! Je descends voir
[{TIME}] {F1}: Tiens-nous au courant. Et rappel : réunion avec le syndic jeudi, {F2} tu t'occupes des chaises ?
[{TIME}] {F2}: Oui c'est noté 👍
""",
    "courriel_transfere": """
---------- Message transféré ---------
De : {P1} <{EMAIL1}>
Date : {DATE} à {TIME}
Objet : Devis rénovation salle de bains
À : {P2} <{EMAIL2}>
Cc : {EMAIL4}

Bonjour Monsieur {L2},
Suite à votre passage de mardi, pourriez-vous me renvoyer le devis avec la nouvelle référence de faïence ? Mon mari préférerait finalement le modèle gris anthracite.
Bien cordialement,
{F1}
""",
    "avis_de_passage": """
AVIS DE PASSAGE
Nous sommes passés le {DATE} à {TIME} pour vous remettre un colis suivi n° {NUM}.
Destinataire : {PU3} — {ADDR}
Vous étiez absent(e). Votre colis est disponible dès demain 15 h au bureau de poste de {CITY2}, où il sera conservé 15 jours.
Présentez cet avis et une pièce d'identité. Un tiers peut le retirer muni d'une procuration.
Votre facteur
""",
    "avis_client": """
★★★★☆ Très bon accueil, petit bémol sur les délais
Publié par {fl3} ({CITY}) le {DATE}
Nous avons fait remplacer toutes nos fenêtres par {ORG}. Le commercial, M. {L2}, a pris le temps de tout nous expliquer et le devis était clair, sans mauvaise surprise.
La pose a été faite proprement, le chantier laissé nickel. Seul reproche : trois semaines de retard sur la date annoncée, sans qu'on nous prévienne.
Je recommande quand même, et merci encore à {F4}, le poseur, pour sa patience avec notre chien !
""",
    "facture_entete": """
{ORG}
{ADDR} — SIRET {SIRET}
Tél. {PHONE} — {EMAIL2}
Interlocuteur : {P2}

FACTURE N° {NUM}        Date : {DATE}
Client : {PC1}
{ADDR2}
Désignation : intervention du {DATE2}, main-d'œuvre et déplacement
Total TTC : {AMT} € — payable à réception
Règlement par virement : IBAN {IBAN}
En cas de retard, pénalités au taux légal et indemnité forfaitaire de 40 € (art. L441-10 du Code de commerce).
""",
    "fiche_hotel": """
HÔTEL DU LAC ★★★ — FICHE DE RENSEIGNEMENTS CLIENT
Nom : {L2}          Prénom : {F2}
Date de naissance : {DOB}
Nationalité : belge     N° de registre national : {RRN}
Adresse : {ADDR}
Arrivée : {DATE}    Départ prévu : {DATE2}    Chambre : 214
Nombre de personnes : 2 adultes   Petit-déjeuner : oui
Réservation effectuée par : {P1} ({EMAIL1})
Signature du client :
""",
    "pret_bibliotheque": """
Médiathèque municipale de {CITY}
Lecteur : {PC4}   Carte n° {NUM}
Prêts du {DATE} à {TIME} :
- Les Misérables, t. 1 (Livre de Poche)
- Le Petit Prince (album jeunesse)
- La Cuisine des Quatre Saisons
À rendre avant le {DATE2}.
Prolongez vos prêts sur le portail des bibliothèques ou au {PHONE}. Bonne lecture !
""",
    "transmissions_nuit": """
TRANSMISSIONS — Médecine Interne, nuit du {DATE}
Ch. 12 — {PU1}, 84 ans : RAS, a bien dormi. Diurèse OK. Bilan sanguin à prélever à 6 h.
Ch. 14 — {PU2} : EVA à 6/10 à 2 h, paracétamol 1 g IV donné, réévalué à 3/10. Sa fille, Mme {L3}, souhaite être rappelée au {PHONE}.
Ch. 15 — Entrée à {TIME} par les Urgences, {PU4}, chute à domicile. Surveillance neuro /3 h, Dr {L4} prévenu.
IDE de nuit : {F3} — Relève : {F1}
""",
    "certificat_residence": """
RÉPUBLIQUE FRANÇAISE
Mairie de {CITY}
CERTIFICAT DE RÉSIDENCE
Le Maire de la commune de {CITY} certifie que Mme {PU3}, née le {DOB} à {CITY2}, réside à l'adresse suivante : {ADDR}.
Le présent certificat est délivré sur la foi des pièces produites par l'intéressée, pour servir et valoir ce que de droit.
Fait à {CITY}, le {DATE}
Pour le Maire et par délégation,
l'Officier d'état civil, {IN4}
""",
    "communique_presse": """
COMMUNIQUÉ DE PRESSE
{CITY}, le {DATE}

{ORG} ouvre un second site de production à {CITY2}
L'entreprise prévoit la création de 80 emplois d'ici fin {YEAR}. « Ce projet marque une nouvelle étape pour le Groupe comme pour tout le bassin d'emploi », a déclaré {P1}, présidente du directoire.
Le chantier sera piloté par {P2}, directeur industriel, qui a rejoint {ORG} après douze ans chez {ORG2}. Selon Mme {L1}, les premiers recrutements débuteront au printemps.

Contact presse : {P3} — {PHONE} — {EMAIL3}
""",
    "reglement_piscine": """
PISCINE MUNICIPALE — RÈGLEMENT INTÉRIEUR (extrait)
Art. 1 — Le port du bonnet de bain est obligatoire. Shorts, bermudas et caleçons sont interdits dans les Bassins.
Art. 2 — Les enfants de moins de 10 ans doivent être accompagnés d'un adulte en tenue de bain.
Art. 3 — Le passage par les Pédiluves et la Douche savonnée est obligatoire avant l'accès aux Bassins.
Art. 4 — Les Maîtres-Nageurs Sauveteurs sont seuls habilités à autoriser l'accès au Grand Bain et au Toboggan.
Art. 5 — Horaires d'été : du Lundi au Samedi de 10 h à 19 h ; Dimanche et jours fériés de 9 h à 13 h. Fermeture de la Caisse à {TIME}.
Art. 6 — La Direction décline toute responsabilité en cas de perte ou de vol dans les Vestiaires.
Tarifs affichés à la Caisse — Tarif réduit sur présentation de la carte Pass'Sport ou de la Carte Étudiant.
Le Directeur du Service des Sports
""",
    "notice_medicament": """
NOTICE : INFORMATION DE L'UTILISATEUR
PARACÉTAMOL 500 mg, gélule
Veuillez lire attentivement cette Notice avant de prendre ce Médicament.
Adressez-vous à votre Médecin ou à votre Pharmacien si vous avez besoin de plus d'informations.
Ne prenez jamais ce médicament si vous êtes allergique au Paracétamol ou en cas de maladie grave du foie.
Posologie chez l'Adulte et l'Enfant à partir de 50 kg : 1 à 2 gélules par prise, à renouveler au bout de 4 heures minimum, sans dépasser 6 gélules par jour.
Conservation : à conserver à une température ne dépassant pas 25 °C. Lot n° {NUM}.
Liste II — Médicament soumis à prescription ou en Accès Direct selon conditionnement.
""",
    "consignes_tri": """
CONSIGNES DE TRI — Local Poubelles, Résidence Le Parc
Bac Jaune : Emballages en Plastique, Cartonnettes, Briques alimentaires, Boîtes de conserve, Aérosols vides.
Bac Vert : Ordures Ménagères, en sacs fermés uniquement.
Borne à Verre (angle du Parking) : Bouteilles, Pots et Bocaux, sans bouchons ni couvercles.
Déchèterie : Encombrants, Gravats, Électroménager, Pots de peinture — ouverte du Mardi au Samedi.
Collecte des Encombrants : 1er Jeudi du mois, sortir les objets la veille après 19 h.
Merci de respecter le travail du Gardien et la propreté des Parties Communes.
""",
}

HELD = {
    "citation_tribunal": """
Tribunal judiciaire de {CITY}
CITATION À COMPARAÎTRE DEVANT LE TRIBUNAL CORRECTIONNEL
Le {DATE}, à la requête de Monsieur le Procureur de la République près le Tribunal judiciaire de {CITY},
Nous, Me {P4}, commissaire de justice à {CITY2}, soussigné, avons donné citation à :
M. {PU2}, né le {DOB} à {CITY2}, demeurant {ADDR},
d'avoir à comparaître le {DATE2} à {TIME}, devant la 3e chambre correctionnelle, pour y répondre des faits de conduite d'un véhicule sans permis et de refus d'obtempérer.
Partie civile : Mme {P1}, ayant pour avocat Me {L3}, du barreau de {CITY}.
TRÈS IMPORTANT : si vous ne vous présentez pas, vous pourrez être jugé en votre absence.
""",
    "acte_vente_entete": """
Office notarial de {CITY}
{ADDR}

LE {DATE}
À {CITY}, au siège de l'Office notarial, ci-dessus nommé,
Maître {P3}, notaire soussignée, a reçu le présent acte authentique de VENTE à la requête des parties ci-après identifiées :
VENDEUR
Monsieur {PX2}, retraité, né à {CITY2} le {DOB}, demeurant {ADDR2}.
ACQUÉREUR
Madame {PU1}, infirmière, demeurant à {CITY}, célibataire.
""",
    "avis_de_deces": """
{CITY2}
{P1}, son épouse ;
{F2} et {P3}, ses enfants, et leurs conjoints ;
ses petits-enfants, ses arrière-petits-enfants et toute la famille
ont la tristesse de vous faire part du décès de
Monsieur {P4}
survenu le {DATE}, dans sa 87e année.
La cérémonie religieuse sera célébrée le {DATE2} à {TIME} en l'église Saint-Martin de {CITY2}, suivie de l'inhumation au cimetière communal.
Ni fleurs ni couronnes. Des dons pourront être faits au profit de la recherche médicale.
Cet avis tient lieu de faire-part.
""",
    "echos_paroisse": """
ÉCHOS DE LA PAROISSE SAINT-JOSEPH — {CITY}
Baptêmes : Ont été accueillis dans la communauté chrétienne {F3}, fille de {P1}, et le petit {F4}.
Obsèques : Nous avons confié à la miséricorde de Dieu M. {P2}, fidèle de la chorale pendant plus de trente ans.
Kermesse : Elle aura lieu le {DATE} dans la cour de l'école Sainte-Thérèse. L'équipe de Mme {L1} cherche encore des bras pour le stand de crêpes et la tombola !
Pèlerinage diocésain : inscriptions auprès du Père {L4} après la messe du dimanche, ou au presbytère ({PHONE}).
Messe de la Toussaint à 10 h 30, vêpres à 17 h.
""",
    "resultats_tennis": """
Tennis Club de {CITY} — Résultats du week-end
Dames 2 (championnat départemental) : {CITY} bat {CITY2} 4-2
  SD1 : {PI1} (15/2) b. {PI3} (15/3) 6/4 7/5
  SD2 : défaite 3/6 2/6
Messieurs +35 : défaite 2-4 à l'extérieur
  SM1 : {PI2} (30) b. {PI4} (15/5) 3/6 6/4 10/8 — belle perf !
Bravo à {F1} qui signe sa première victoire à 15/3 en match officiel.
Prochaine rencontre à domicile le {DATE} à {TIME} : venez nombreux encourager nos équipes !
Le Bureau
""",
    "chat_support": """
Service client — Assistance en ligne
{fl2} : bonjour ma box ne marche plus depuis ce matin
{F3} (conseillère) : Bonjour et bienvenue ! Je suis désolée pour ce désagrément. Pouvez-vous me confirmer le numéro de votre ligne fixe ?
{fl2} : {PHONE}
{F3} (conseillère) : Merci M. {L2}. Je vois un incident en cours sur le secteur de {CITY}, nos techniciens sont sur place.
{fl2} : et ça sera réparé quand ?
{F3} (conseillère) : Le rétablissement est prévu le {DATE} avant {TIME}. Vous recevrez un SMS de confirmation. Puis-je faire autre chose pour vous ?
{fl2} : non merci
""",
    "reponse_absence": """
Objet : Réponse automatique : Réunion budget T3
Bonjour,
Je suis absente du bureau du {DATE} au {DATE2} inclus, avec un accès limité à ma messagerie.
Pour toute demande urgente, merci de contacter {P2} ({EMAIL2} — {PHONE}) ou, pour les questions de paie, Mme {L3}.
Je traiterai votre message à mon retour.
Cordialement,
{P1}
Chargée de mission RH — {ORG}
""",
    "petite_annonce": """
À VENDRE — Vélo à assistance électrique femme, cadre M, très bon état, batterie neuve (facture à l'appui). Cause déménagement.
Prix : {AMT} €, à débattre. Visible à {CITY}, en semaine après 18 h ou le week-end.
Contact : {F4} au {PHONE} (pas de SMS, merci).
""",
    "confirmation_virement": """
Confirmation de votre virement
Votre ordre de virement a bien été enregistré.
Donneur d'ordre : {PU1}
Compte débité : Compte chèques n° ••••4821
Bénéficiaire : M {PX2}
IBAN du bénéficiaire : {IBAN}
Montant : {AMT} EUR
Motif : LOYER ET CHARGES
Date d'exécution : {DATE}
Référence de l'opération : {NUM}
""",
    "reservation_train": """
Votre réservation est confirmée !
Référence dossier : {NUM}
Aller : {CITY} → {CITY2}, le {DATE}
Départ {TIME} — Voiture 14, places 62 et 63, 2de classe, salle haute
Passager 1 : {PX1} — Carte Avantage Adulte
Passager 2 : {PX2}
Total payé : {AMT} €
Vos billets électroniques ont été envoyés à {EMAIL1}. Présentez-les sur votre téléphone à bord.
""",
    "contrat_location_voiture": """
CONTRAT DE LOCATION N° {NUM}
Agence : {CITY} Gare
Conducteur principal : {PU4}
Né le : {DOB}
Adresse : {ADDR}
Tél. : {PHONE}   Courriel : {EMAIL4}
Conducteur additionnel : {PC3}
Catégorie C — citadine 5 portes, boîte manuelle
Départ : {DATE} à {TIME} — Retour prévu : {DATE2}, même agence
Franchise : {AMT} € — Carburant : plein/plein
""",
    "planning_benevoles": """
ÉPICERIE SOLIDAIRE — Planning des bénévoles, semaine du {DATE}
Lundi      matin : {F1} + {F2}        après-midi : {F3}
Mardi      matin : {IN4}              après-midi : à pourvoir
Mercredi   matin : {F1}               après-midi : {F2} et {F4}
Jeudi      fermé (inventaire)
Vendredi   matin : {F3}               après-midi : à pourvoir !!
Livraison de la Banque Alimentaire vendredi vers {TIME}, il faut deux personnes pour décharger.
En cas d'empêchement, prévenez {P1} au {PHONE} au plus tard la veille. Merci à tous !
""",
    "resultats_laboratoire": """
LABORATOIRE DE BIOLOGIE MÉDICALE
{ADDR} — Tél. {PHONE}
Patiente : {PC3}   Née le : {DOB}
N° SS : {NIR}
Prescripteur : Dr {P2}
Prélevé le {DATE} à {TIME}   Dossier n° {NUM}
HÉMATOLOGIE — Numération formule sanguine
Hémoglobine ........................ 13,2 g/dL   (12,0 – 16,0)
Leucocytes ......................... 7,8 G/L     (4,0 – 10,0)
Compte rendu validé par le Dr {L4}, biologiste responsable
""",
    "fiche_veterinaire": """
Clinique vétérinaire des Quatre-Vents
Fiche de consultation du {DATE}
Animal : « Caramel », chat Européen mâle castré, 6 ans, 5,2 kg
Propriétaire : {PI2} — {ADDR} — {PHONE}
Motif : vomissements depuis 48 h, abattement, ne mange plus.
Examen : T° 39,1 °C, abdomen sensible. Échographie : pas de corps étranger visible.
Traitement : Maropitant inj., diète 24 h puis alimentation gastro-intestinale.
Vétérinaire : Dr {L1}
Contrôle prévu le {DATE2}. Rappel vaccin Typhus-Coryza à faire.
""",
    "declaration_revenus": """
DÉCLARATION DES REVENUS {YEAR} — formulaire n° 2042 (extrait)
Déclarant 1 : {PU1}, née le {DOB}
Déclarant 2 : {PU2}
Adresse au 1er janvier : {ADDR}
Situation du foyer : mariés (case M)
Personnes à charge : {F3} (case F), {F4} (case F)
Traitements et salaires — déclarant 1 (case 1AJ) : {AMT}
Frais de garde des enfants de moins de 6 ans (case 7GA) : néant
Fait à {CITY}, le {DATE}
""",
    "note_de_service": """
NOTE DE SERVICE N° {NUM}
De : Direction des Ressources Humaines
À : l'ensemble du personnel du site de {CITY}
Objet : Départ en retraite — organisation du service Achats

Nous vous informons que M. {P4}, responsable du service Achats, fera valoir ses droits à la retraite le {DATE}. La Direction le remercie pour ses vingt-deux années passées au sein de {ORG} et lui souhaite une belle retraite.
À compter de cette date, Mme {P3} assurera l'intérim : les bons de commande devront lui être adressés directement ({EMAIL3}).
Un pot de départ sera organisé en l'honneur de {F4} le {DATE2} à {TIME} en salle Horizon.

La Directrice des Ressources Humaines, {IN1}
""",
    "mot_carnet_liaison": """
Le {DATE}
Madame {L1},
{F2} sera absent vendredi matin pour un rendez-vous chez l'orthodontiste. Il reviendra en classe après la récréation de 10 h.
Pourriez-vous aussi me dire si la sortie au musée de mardi est maintenue ? Je suis disponible pour accompagner la classe.
Merci d'avance,
{P3} (maman de {F2})

Vu. Sortie maintenue, merci pour votre aide ! Mme {L1}
""",
    "reponse_annonce_location": """
Objet : Votre annonce — T3 avec balcon, {ADDR}
Bonjour Madame {L1},
Je me permets de vous contacter au sujet de votre appartement à louer. Nous sommes un couple sans enfant, non-fumeur : je suis professeure des écoles et mon conjoint, {F4}, est technicien chez {ORG} depuis six ans.
Nos revenus nets cumulés représentent plus de trois fois le loyer et nous disposons de la garantie Visale.
Serait-il possible de visiter le logement samedi matin ? Vous pouvez me joindre au {PHONE} ou à cette adresse, {EMAIL3}.
Bien cordialement,
{P3}
""",
    "cv_entete": """
{PX3}
Développeuse Web Full Stack — 6 ans d'expérience
{ADDR} · {PHONE} · {EMAIL3}
Née le {DOB} · Permis B
EXPÉRIENCE PROFESSIONNELLE
Depuis {YEAR} — Développeuse Back-End, {ORG}, {CITY}
Conception d'API REST (Python, Django), mise en place de l'intégration continue, tutorat de deux alternants.
Stage de fin d'études (6 mois) — {ORG2}, {CITY2}
FORMATION : Master Informatique, parcours Génie Logiciel
LANGUES : Anglais (C1), Espagnol (B1)
""",
    "lettre_recommandation": """
{ORG}
{ADDR}

{CITY}, le {DATE}

Objet : Lettre de recommandation

Madame, Monsieur,
Je soussigné {P4}, chef d'atelier, recommande vivement Mme {P1}, qui a travaillé sous ma responsabilité pendant quatre ans en qualité de soudeuse qualifiée.
Mme {L1} a toujours fait preuve de rigueur et d'un grand sens de la sécurité. Elle a notamment formé {F2}, notre dernier apprenti, avec beaucoup de patience.
Je reste à votre disposition au {PHONE} pour tout renseignement complémentaire.
{IN4}
""",
    "bulletin_paie_entete": """
BULLETIN DE PAIE — Période du {DATE} au {DATE2}
Employeur : {ORG}   SIRET : {SIRET}   Code NAF : 4322A
{ADDR}
Salarié : {PU2}   Matricule : {NUM}
N° de sécurité sociale : {NIR}
Emploi : agent de maintenance   Niveau II, coefficient 185
Convention collective : Bâtiment — ouvriers (plus de 10 salariés)
Salaire de base : 151,67 h — Net à payer avant impôt : {AMT} €
Paiement par virement le dernier jour ouvré du mois
""",
    "pv_audition_temoin": """
PROCÈS-VERBAL D'AUDITION DE TÉMOIN
Le {DATE}, à {TIME},
Nous, {P3}, gardienne de la paix, en fonction au commissariat de {CITY},
entendons la personne ci-dessous désignée :
IDENTITÉ : {PU2}, né le {DOB} à {CITY2}, chauffeur-livreur, demeurant {ADDR}.
« Ce soir-là je rentrais du travail vers 22 h quand j'ai vu un homme forcer la portière de la voiture de ma voisine, Mme {L1}. Je lui ai crié dessus et il est parti à pied vers la gare. Je ne le connais pas, mais je pourrais le reconnaître. »
Lecture faite par lui-même, M. {L2} persiste et signe avec nous.
""",
    "post_forum": """
Re: Voisin qui fait des travaux le dimanche, que faire ?
Message de {fl2} » {DATE} {TIME}
> {fl4} a écrit :
> essaie d'abord la discussion, un petit mot dans la boîte aux lettres ça marche souvent
Déjà fait deux fois... Le syndic m'a répondu que ce n'était "pas de son ressort" et la mairie m'a renvoyé vers le conciliateur de justice, Mme {IN1}. Rendez-vous pris le mois prochain, je vous tiendrai au courant.
""",
    "menu_restaurant": """
MENU DU MARCHÉ — servi midi et soir
Entrée + Plat + Dessert
ENTRÉES : Salade Niçoise · Œuf Mimosa · Velouté de Potiron
PLATS : Sole Meunière, Pommes Vapeur · Bœuf Bourguignon · Coquilles Saint-Jacques à la Bretonne
DESSERTS : Tarte Tatin · Pêche Melba · Crêpes Suzette · Île Flottante
Plateau de Fromages affinés ou Assiette de Comté AOP
Prix nets, service compris. Le Chef vous propose aussi le Plat du Jour (sauf Dimanche).
""",
    "mode_emploi_cafetiere": """
MODE D'EMPLOI — Cafetière Filtre Programmable
1. Avant la Première Utilisation, faites fonctionner l'appareil deux fois avec de l'eau claire, sans Café.
2. Remplissez le Réservoir jusqu'au repère MAX, placez un Filtre n° 4 dans le Porte-Filtre.
3. Appuyez sur la touche « Marche/Arrêt » : le Voyant Rouge s'allume.
4. Fonction Programmation : maintenez la touche « Prog » enfoncée, réglez l'heure (ex. {TIME}) puis validez.
5. Détartrage : tous les 40 cycles, avec du Vinaigre Blanc ou un Détartrant adapté.
Garantie 2 ans. Pour toute réclamation, adressez-vous à votre Revendeur ou au Service Après-Vente.
""",
    "avis_coupure_eau": """
AVIS AUX RÉSIDENTS
Bâtiments A, B et C — Résidence Le Clos Saint-Louis
En raison de travaux sur la Colonne Montante, l'eau sera coupée le Mardi de 8 h 30 à {TIME} environ.
Pensez à faire des réserves et à fermer vos robinets pour éviter les dégâts à la remise en eau.
Le Local Vélos et la Laverie seront également inaccessibles pendant l'intervention de l'Entreprise.
Pour toute question, adressez-vous à la Loge du Gardien aux heures de permanence.
La Direction vous remercie de votre compréhension.
""",
}
