"""Gabarits en français pour le quatrième jeu de généralisation multilingue (`gen_ml4.py`).

Chaque gabarit reproduit un type de document que l'on rencontre réellement en France, en Belgique,
en Suisse romande, au Québec ou en Afrique francophone : lettres et courriels, fils de discussion,
formulaires, documents RH, médicaux, juridiques et notariaux, scolaires, immobiliers, factures,
procès-verbaux, exports CSV/JSON/TSV/XML, messageries, tickets, réseaux sociaux, presse locale,
avis de décès, CV, registres, etc. Les personnes, lieux, organisations, coordonnées, dates et
identifiants n'y figurent que sous forme de variables (`{P1}`, `{ADDR}`, `{NIR}`...), remplacées au
rendu par `gen_ml2.Values`. Les listes de prénoms et de noms de famille ont été compilées à la main :
ce sont des prénoms et des noms courants dans les pays francophones, chez leurs voisins et dans leurs
principales communautés issues de l'immigration (Afrique de l'Ouest et centrale, Maghreb, Turquie,
Pologne, Roumanie, Ukraine, Viêt Nam, Chine, Arménie, Liban, Haïti, Portugal et Cap-Vert), du type de
ceux que Wikidata recense comme éléments « prénom » / « nom de famille » (Wikidata : CC0 1.0) ;
aucun ne provient de Faker ni d'une autre bibliothèque de données factices. Les villes et les rues
sont réelles ; les organisations et les domaines de messagerie sont inventés.

English summary: French-language templates for the fourth multilingual generalization set. Each
template is a different kind of document as written in French-speaking countries, with every person,
place, organisation, contact detail, date and identifier written as a placeholder; two templates per
half are negatives with no PII at all. The given and family names are hand-compiled lists of names
common in France, Belgium, Switzerland, Québec and French-speaking Africa, their neighbours and their
larger immigrant communities, of the kind recorded as Wikidata given-name / family-name items
(Wikidata: CC0 1.0), none taken from Faker or any fake-data library; towns and streets are real,
organisations and mail domains are invented.
"""

GIVEN_F = [
    "Adélaïde", "Colombe", "Domitille", "Eugénie", "Félicie", "Honorine", "Isaure", "Mylène",
    "Oriane", "Philippine", "Rosalie", "Sidonie", "Victoire", "Violaine", "Yolande", "Lucienne",
    "Micheline", "Gisèle", "Soizic", "Bernadette", "Katell", "Enora", "Lénaïg", "Maëva", "Ophélie",
    "Karine", "Virginie", "Pascale", "Jocelyne", "Réjeanne", "Gaétane", "Paule-Andrée",
    "Ndèye Coumba", "Mame Diarra", "Khady", "Adjoa", "Akissi", "Binta", "Salimata", "Nafissatou",
    "Hayat", "Malika", "Wafae", "Farida", "Dounia", "Imane", "Sevgi", "Wioletta", "Ludmila", "Thao",
    "Xiaohong", "Séraphine", "Noémie", "Ghyslaine", "Gwladys", "Raïssa", "Clarisse", "Edwige",
    "Hortense", "Bertille", "Clotilde", "Bérangère", "Gersende", "Ysaline", "Laurène", "Aurore",
    "Éloïse", "Cécile", "Magali", "Sylviane", "Léonie", "Zélie", "Amandine", "Inès", "Yousra",
    "Mariétou", "Maïmouna", "Aziliz", "Célestine", "Philomène",
]

GIVEN_M = [
    "Clovis", "Côme", "Eudes", "Enguerrand", "Godefroy", "Hippolyte", "Honoré", "Philibert",
    "Tancrède", "Thibaut", "Wandrille", "Goulven", "Normand", "Rosaire", "Lionel", "Anatole",
    "Barthélemy", "Célestin", "Firmin", "Évariste", "Joachim", "Lazare", "Marceau", "Prosper",
    "Désiré", "Boubacar", "Modibo", "Kouadio", "Koffi", "Lamine", "Ibrahima", "Babacar", "Alassane",
    "Hakim", "Mustapha", "Hicham", "Abdelaziz", "Tarik", "Mohand", "Smaïl", "Sofiane", "Ilyes",
    "Ömer", "Tadeusz", "Cosmin", "Costel", "Volodymyr", "Zhenyu", "Urbain", "Edmond", "Aristide",
    "Norbert", "Armand", "Gustave", "Alphonse", "Fernand", "Anselme", "Ambroise", "Gatien", "Kévin",
    "Steeve", "Rodrigue", "Arsène", "Théophile", "Wilfried", "Dieudonné", "Blaise", "Nabil", "Walid",
    "Yacouba", "Issouf", "Sékou", "Daouda", "Amédée", "Hubert", "Médéric", "Félix", "Kossi",
    "Komlan", "Edem", "Achille", "Basile", "Cyprien", "Hilaire", "Valère", "Séverin", "Romaric",
    "Tugdual", "Gurvan", "Ange-Dominique", "Ange-Félix", "Serigne Saliou", "Modou", "Bassirou",
]

FAMILY = [
    # France (dont Bretagne, Sud-Ouest, Pays basque, Normandie, La Réunion)
    "Aubertin", "Bazin", "Bénard", "Besnard", "Chauvin", "Courtois", "Devaux", "Dufresne", "Duval",
    "Gaillard", "Giraud", "Jacquet", "Langlois", "Leconte", "Morvan", "Quéméner", "Riou", "Guillou",
    "Cadiou", "Maillard", "Perrot", "Poulain", "Prévost", "Rolland", "Renaud", "Texier", "Grondin",
    "Techer", "Delorme", "Vautrin", "Bourgeois", "Lemaître", "Besson", "Pichon", "Rouxel",
    "Letellier", "Quesnel", "Hamel", "Leprince", "Levasseur", "Baudry", "Guillemin", "Chauveau",
    "Rigaud", "Jourdain", "Lebreton", "Maréchal", "Le Brun", "Le Scouarnec", "Le Pennec", "Le Meur",
    "Le Guen", "Le Moal", "Le Tallec", "Kerjean", "Gourvennec", "de Villiers", "de Montalembert",
    "de La Rochefoucauld", "de Chabot", "Delatour", "Dujardin", "Desmoulins", "Delaunay", "Laborde",
    "Etchegaray", "Irigoyen", "Bidegain", "Lassalle", "Cazenave", "Dupouy", "Lafargue", "Puech",
    "Bousquet", "Azéma", "Roques", "Cabrol", "Vergnes", "Sabatier", "Rouquette",
    # Belgique
    "Dewitte", "Collard", "Piron", "Leclercq", "Hennebert", "Hennequin", "Houdart", "Wathelet",
    "Doutrelepont", "Crucifix", "Vanderhaegen",
    # Suisse romande
    "Cretton", "Monnier", "Jaquier", "Pittet", "Pasche", "Dubuis", "Reymond", "Grandjean",
    "Courvoisier", "Jeanneret", "Berthoud", "Humbert-Droz", "Maillefer",
    # Québec, Acadie
    "Gagné", "Bergeron", "Paquette", "Simard", "Cloutier", "Dubé", "Lapointe", "Nadeau", "Tardif",
    "Arsenault", "Bissonnette", "Charbonneau", "Théberge", "Turcotte", "Brisebois", "Guimond",
    "Desrosiers", "Desmarais",
    # Afrique de l'Ouest et centrale
    "Ouédraogo", "Sawadogo", "Sow", "Touré", "Camara", "Bamba", "Kouassi", "Kouamé", "Konaté",
    "Diakité", "Sangaré", "Mbaye", "Sarr", "Thiam", "Niang", "Seck", "Diatta", "Badji", "Sagna",
    "Ouattara", "Soro", "Yapi", "Adjovi", "Dossou", "Akakpo", "Doucouré", "Sissoko", "Kouyaté",
    "Mukendi", "Tshibangu", "Kalonji", "Ilunga", "Kasongo", "Kabongo", "Mbarga", "Essomba", "Fotso",
    "Tchakounté", "Ndongo",
    # Maghreb
    "Boudjema", "Saïdi", "Alaoui", "Tazi", "Berrada", "Chraïbi", "Hamdani", "Taleb", "Bouaziz",
    "Gharbi", "Jebali",
    # Turquie, Pologne, Roumanie, Ukraine
    "Yıldız", "Çetin", "Wiśniewski", "Kamiński", "Woźniak", "Dąbrowski", "Gheorghiu", "Vasilescu",
    "Kravchenko", "Oliynyk",
    # Viêt Nam, Chine
    "Phan", "Truong", "Duong", "Xie",
    # Arménie, Liban, Haïti
    "Hakobyan", "Manoukian", "Sarkissian", "Khatchadourian", "Khoury", "Nassar", "Abboud",
    "Dorvilus", "Exantus", "Fils-Aimé",
    # Portugal, Cap-Vert
    "Leitão", "Barros", "Cabral", "Andrade",
]

CITIES = [
    # France
    "Clermont-Ferrand", "Saint-Étienne", "Aix-en-Provence", "Boulogne-sur-Mer", "Villeneuve-d'Ascq",
    "Lons-le-Saunier", "Pont-l'Abbé", "Saint-Jean-de-Luz", "Bourg-en-Bresse", "Montbéliard",
    "Quimperlé", "Annecy", "Niort", "Périgueux", "Albi", "Vierzon", "Issoudun", "Roubaix",
    "Tourcoing", "Montauban", "Thionville", "Vannes", "Dax", "Gap", "Le Puy-en-Velay",
    "La Roche-sur-Yon", "Les Sables-d'Olonne", "Châlons-en-Champagne", "Saint-Pierre",
    "Fort-de-France", "Rambouillet", "Pertuis", "Landerneau", "Forbach",
    # Belgique
    "Namur", "Charleroi", "Tournai", "Arlon", "Louvain-la-Neuve", "La Louvière", "Verviers",
    # Suisse
    "Lausanne", "Fribourg", "Neuchâtel", "Yverdon-les-Bains", "La Chaux-de-Fonds", "Delémont",
    "Martigny",
    # Québec
    "Trois-Rivières", "Sherbrooke", "Rimouski", "Saint-Hyacinthe", "Baie-Comeau",
    # Afrique
    "Dakar", "Abidjan", "Ouagadougou",
]

STREETS = [
    "rue des Tanneurs", "avenue de la Gare", "boulevard des Pyrénées", "impasse des Glycines",
    "chemin du Moulin", "allée des Tilleuls", "place du Marché", "quai des Bateliers", "rue du Four",
    "rue de la Paix", "cours Mirabeau", "rue Haute", "chaussée de Louvain", "chemin des Vignes",
    "rue du Château", "sentier des Écoliers", "rue de l'Église", "rue Jean-Jaurès",
    "avenue du Général-Leclerc", "rue Pasteur", "rue des Trois-Rois", "ruelle du Puits",
    "place de l'Hôtel-de-Ville", "rang Saint-Joseph", "montée du Lac", "rue Principale",
    "avenue des Alpes", "chemin de Bel-Air", "rue des Lavandières", "résidence les Érables, bât. C",
    "lotissement le Clos Fleuri", "route de la Corniche",
]

ORGS = [
    "Transports Ravenel SARL", "Cabinet Orlhac & Associés", "Menuiserie Valbrune SAS",
    "Pharmacie des Quatre-Vents", "Clinique du Val-Fleuri",
    "Centre hospitalier intercommunal des Trois-Sources", "Collège des Hauts-Prés",
    "École élémentaire du Bois-Joli", "Association Les Amis du Vieux Lavoir",
    "Union sportive Montclaret Handball", "Mutuelle Solvéa", "Assurances Altéor",
    "Fondation Lumirel pour l'enfance", "Coopérative agricole Terres d'Arvaise", "Banque Morlanne",
    "Agence Habitéa Immobilier", "Garage Bellerive Automobiles", "Cabinet dentaire des Acacias",
    "Laboratoire Analys'Orme", "Syndicat intercommunal des eaux du Haut-Vallon",
    "Communauté de communes du Pays de Sérac", "Éditions du Chardon bleu", "Kalyptis SA",
    "Nuvéo Télécom", "Brasserie artisanale La Grivoise", "Traiteur Ô Délices d'Ambre",
    "Atelier Floréal Coiffure", "Quincaillerie Demeure & Jardin", "Ferrandière Audit & Conseil",
    "Institut Sylvaé Formation", "Judo Club des Trois-Chênes", "EHPAD Les Magnolias Bleus",
    "Crèche parentale Les Petits Loups", "Maison de santé du Haut-Ris", "Arcanéo Ingénierie SA",
    "Fiduciaire Mornex Sàrl", "Épicerie fine Le Panier Doré", "Maison médicale Le Perron ASBL",
    "Scop Ébène & Copeaux", "Dépanneur du Rang Neuf", "Groupe Hexalia", "Norvéa Logistique SAS",
    "Plomberie Chauffage Vasselin EURL", "Office notarial Brévanne & Tessandier",
]

MAIL_DOMAINS = [
    "postelune.fr", "messagerie-azur.fr", "boitanet.fr", "plumeverte.fr", "orvalia.be",
    "hautdebit-sud.fr", "courriel-lemanique.ch", "qcnet-courriel.ca", "kalyptis.fr",
]

TUNE = {
    "lettre_resiliation": """
{P1}
{ADDR}
Tél. : {PHONE}
Courriel : {EMAIL1}

                                        {ORG}
                                        Service Résiliations
                                        {ADDR2}

LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION
N° d'adhérente : {NUM}

                                        {CITY}, le {DATE}

Objet : résiliation de mon abonnement

Madame, Monsieur,

Par la présente, je vous informe de ma décision de résilier le contrat d'abonnement souscrit à mon
nom le {DATE2}, conformément à l'article 9 de vos conditions générales de vente.

Je vous remercie de bien vouloir cesser tout prélèvement sur mon compte (IBAN {IBAN}) à compter de
la prochaine échéance et de m'adresser une confirmation écrite de cette résiliation.

Mon conjoint, M. {P2}, titulaire d'une carte rattachée au même contrat, est informé de cette
démarche ; sa carte vous sera restituée avec la mienne.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

                                        {P1}
""",
    "courriel_visite_appartement": """
De : {P2} <{EMAIL2}>
Envoyé : {DATE} {TIME}
À : {P1} <{EMAIL1}>
Cc : {EMAIL3}
Objet : RE: Visite de l'appartement – changement d'horaire

Bonjour Madame {L1},

Suite à notre échange téléphonique, je vous confirme que la visite de l'appartement situé au
{ADDR} est décalée au {DATE2} à 17 h 30.

Ma collègue {P3} vous accueillera sur place : elle aura les clés et le dossier de diagnostics.
En cas d'empêchement, vous pouvez la joindre directement au {PHONE}.

Si vous souhaitez déposer un dossier, merci de prévoir :
  - une pièce d'identité ;
  - vos trois derniers bulletins de salaire ;
  - votre dernier avis d'imposition ;
  - le cas échéant, l'attestation de votre garant.

Bien cordialement,

{P2}
Négociateur immobilier – {ORG}
{ADDR2}
Standard : {PHONE2}
""",
    "fil_courriel_covoiturage": """
Objet : Re: Re: Covoiturage tournoi des poussins
De : {P4} <{EMAIL4}>
Date : {DATE} à {TIME}
Pour : {P3} <{EMAIL3}>
Cc : {EMAIL2}, {EMAIL1}

Salut {F3},

OK pour moi, je prends ma voiture et je passe aussi chercher le petit de {F2}.
On se retrouve devant le gymnase ?

{F4}

Le {DATE2}, {P3} <{EMAIL3}> a écrit :
> Bonjour à tous,
>
> Pour le tournoi à {CITY}, il nous manque encore une voiture. {P2} a
> proposé la sienne mais il ne peut prendre que trois enfants.
> {IN1} nous rejoindra directement là-bas avec sa fille.
>
> Qui peut conduire ? Répondez-moi vite svp, je dois envoyer la liste
> à l'entraîneur avant ce soir.
>
> Merci !
> {F3}
>
>> {P2} <{EMAIL2}> a écrit :
>> Je peux conduire, départ 7 h 45 du parking de la salle. Pensez aux
>> gourdes et aux autorisations parentales signées.
""",
    "fiche_inscription_periscolaire": """
MAIRIE – SERVICE ENFANCE, JEUNESSE ET ÉDUCATION
FICHE D'INSCRIPTION – RESTAURATION SCOLAIRE ET ACCUEIL PÉRISCOLAIRE
Année scolaire {YEAR}

L'ENFANT
Nom : ..................................... {L3}
Prénom : .................................. {F3}
Âge : 8 ans          Sexe :  [ ] M   [X] F
École fréquentée : {ORG}                Classe : CE2

RESPONSABLE LÉGAL 1
Nom, prénom : ............................. {PU1}
Adresse : ................................. {ADDR}
Tél. portable : {PHONE}              Courriel : {EMAIL1}
Employeur : {ORG2}

RESPONSABLE LÉGAL 2
Nom, prénom : ............................. {PU2}
Tél. portable : {PHONE2}             Courriel : {EMAIL2}

PERSONNES AUTORISÉES À RÉCUPÉRER L'ENFANT
1. {P4} (oncle)
2. ........................................

Restauration :  [X] L   [X] Ma   [ ] Me   [X] J   [X] V
Régime alimentaire : [ ] sans porc   [X] sans viande   [ ] PAI

Je soussignée {P1} certifie l'exactitude des renseignements ci-dessus.
Fait à {CITY}, le {DATE}                  Signature :
""",
    "contrat_cdd": """
CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE
(remplacement d'une salariée absente)

ENTRE LES SOUSSIGNÉS :

{ORG}, immatriculée sous le numéro SIRET {SIRET}, dont le siège est situé {ADDR},
représentée par M. {P2}, en sa qualité de directeur des ressources humaines,
ci-après dénommée « l'Employeur »,

ET

Madame {P1}, née le {DOB} à {CITY}, demeurant {ADDR2},
numéro de sécurité sociale : {NIR},
ci-après dénommée « la Salariée ».

ARTICLE 1 – OBJET
Mme {L1} est engagée en qualité d'assistante logistique, statut employé, niveau II, coefficient 170,
pour assurer le remplacement de Mme {P3}, absente pour congé de maternité.

ARTICLE 2 – DURÉE
Le présent contrat prend effet le {DATE}. Il prendra fin au retour de Mme {L3} et au plus tôt le
{DATE2}.

ARTICLE 3 – PÉRIODE D'ESSAI
Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai de quatorze jours de travail
effectif.

ARTICLE 4 – RÉMUNÉRATION
La Salariée percevra un salaire brut mensuel de {AMT} euros pour une durée hebdomadaire de 35 heures.

Fait en deux exemplaires originaux à {CITY2}.

Pour l'Employeur                              La Salariée
{IN2}                                         « Lu et approuvé, bon pour accord »
                                              {IN1}
""",
    "bulletin_paie": """
BULLETIN DE PAIE
Période du {DATE} au {DATE2}                     Paiement par virement le {DATE2}

EMPLOYEUR                                        SALARIÉ
{ORG}                                            {PX2}
{ADDR}                                           {ADDR2}
SIRET : {SIRET}
Code APE : 4941A                                 N° de sécurité sociale : {NIR}
Convention collective : transports routiers      Matricule : {NUM}
                                                 Emploi : conducteur poids lourd
                                                 Coefficient : 150 M

Rubrique                               Base      Taux      À payer     À déduire
--------------------------------------------------------------------------------
Salaire de base                      151,67    14,2300    2 158,26
Heures supplémentaires 25 %           12,00    17,7875      213,45
Indemnité de repas                    18,00     15,8400      285,12
Sécurité sociale plafonnée          2 371,71     6,90 %                  163,65
Complémentaire Tranche 1            2 371,71     4,01 %                   95,11
CSG déductible                      2 330,21     6,80 %                  158,45
--------------------------------------------------------------------------------
Net à payer avant impôt sur le revenu                          {AMT}
Impôt sur le revenu prélevé à la source  (taux personnalisé 3,1 %)

Dans votre intérêt, et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie
sans limitation de durée.
""",
    "compte_rendu_hospitalisation": """
{ORG}
Service de cardiologie – Unité de soins intensifs
Chef de service : Pr {P4}
Secrétariat médical : {PHONE}

                                      Docteur {P3}
                                      Médecin généraliste
                                      {ADDR}

{CITY}, le {DATE2}

COMPTE RENDU D'HOSPITALISATION

Patient : M. {PU2}, né le {DOB}
N° de sécurité sociale : {NIR}
Hospitalisé du {DATE} au {DATE2}

Chère Consœur,

Votre patient M. {L2} a été hospitalisé dans notre service pour une douleur thoracique
constrictive survenue au repos. Antécédents : HTA traitée, dyslipidémie, tabagisme sevré.

La coronarographie a mis en évidence une sténose serrée de l'IVA proximale, traitée par angioplastie
avec pose d'un stent actif. Les suites ont été simples. L'échographie de sortie retrouve une FEVG à
55 %.

Traitement de sortie :
  - acide acétylsalicylique 75 mg : 1 sachet le midi
  - ticagrélor 90 mg : 1 cp matin et soir pendant 12 mois
  - bisoprolol 2,5 mg : 1 cp le matin
  - atorvastatine 80 mg : 1 cp le soir

Une consultation de contrôle est prévue avec le Pr {L4} dans trois mois. Nous avons remis à
M. {L2} une prescription de réadaptation cardiaque. Son épouse, Mme {P1}, a assisté à
l'entretien de sortie.

Bien confraternellement,

Pr {IN4}, chef de service
""",
    "ordonnance": """
Docteur {P1}
Médecin généraliste – Conventionnée secteur 1
{ADDR}
Tél. : {PHONE}          Consultations sur rendez-vous

                                        {CITY}, le {DATE}

                                        Mme {P3}
                                        34 ans – 61 kg

1) AMOXICILLINE 1 g, comprimés
   1 comprimé matin et soir pendant 6 jours

2) PARACÉTAMOL 1 g, comprimés
   1 comprimé jusqu'à 3 fois par jour si douleur ou fièvre,
   en respectant 6 heures entre deux prises.
   QSP 6 jours

3) Bain de bouche antiseptique
   3 fois par jour après les repas, pendant 1 semaine

Ordonnance non renouvelable.

                                        Dr {IN1}
""",
    "procuration": """
PROCURATION

Je soussignée,
{P1}
née le {DOB} à {CITY}
demeurant {ADDR}

donne par la présente pouvoir à

Monsieur {P2}
demeurant {ADDR2}

de me représenter auprès de {ORG} afin de retirer en mon nom le pli recommandé n° {NUM}, de
signer tout document relatif à sa remise et, plus généralement, de faire le nécessaire.

La présente procuration est valable jusqu'au {DATE}.

Pièces jointes : copie de ma pièce d'identité et de celle du mandataire.

Fait à {CITY2}, le {DATE2}

Signature du mandant                          Signature du mandataire
« Bon pour pouvoir »                          « Bon pour acceptation de pouvoir »
{P1}                                          {P2}
""",
    "proces_verbal_plainte": """
POLICE NATIONALE
Commissariat de {CITY}
PROCÈS-VERBAL DE PLAINTE
Procédure n° {NUM}

Le {DATE}, à {TIME},
Devant nous, {PX4}, brigadier-chef de police, officier de police judiciaire en résidence à {CITY},
Se présente la personne ci-dessous dénommée, qui nous déclare :

IDENTITÉ DE LA PLAIGNANTE
Nom : {L1}
Prénoms : {F1}
Née le : {DOB} à {CITY2}
Profession : infirmière
Domicile : {ADDR}
Téléphone : {PHONE}

« Je viens déposer plainte contre X pour le vol de mon scooter, stationné devant mon domicile.
Je l'ai vu pour la dernière fois vers 22 heures. Ce matin, il n'y était plus et l'antivol avait
été coupé. Mon voisin, M. {P2}, m'a dit avoir entendu du bruit vers deux heures du matin et avoir
aperçu deux jeunes hommes en survêtement. Il accepte d'être entendu. Je n'ai pas d'autre élément. »

Question : Votre véhicule était-il assuré ?
Réponse : Oui, auprès de {ORG}, en tous risques.

Lecture faite par elle-même, Mme {L1} persiste et signe avec nous.

La plaignante                               L'officier de police judiciaire
""",
    "bulletin_scolaire": """
{ORG}
BULLETIN DU DEUXIÈME TRIMESTRE – Année scolaire {YEAR}

Élève : {PU3}                     Classe : 4e B          Effectif : 27
Professeur principal : M. {P2}
Responsables légaux : M. et Mme {L3}, {ADDR}

Discipline              Moy.    Classe   Appréciation
Français                13,5    11,8     Bon trimestre, participation active.
Mathématiques            9,2    10,4     Des difficultés en géométrie, il faut revoir les
                                         propriétés régulièrement.
Histoire-géographie     15,0    12,1     Excellent travail, bravo {F3} !
Anglais LV1             14,1    12,6     Très bon oral, l'écrit doit suivre.
Physique-chimie         11,0    10,9     Ensemble correct.
EPS                     16,0    14,2     Investie et volontaire.

Équipe pédagogique : Mme {L1} (français), M. {L4} (mathématiques), M. {L2} (histoire-géographie).

Absences : 2 demi-journées (justifiées)      Retards : 1

Appréciation du conseil de classe :
Trimestre satisfaisant dans l'ensemble. {F3} doit fournir un effort régulier en mathématiques.
Félicitations : non     Compliments : oui     Encouragements : —

Le chef d'établissement
""",
    "bail_habitation": """
CONTRAT DE LOCATION
LOCAUX VIDES À USAGE D'HABITATION PRINCIPALE

I. DÉSIGNATION DES PARTIES

Le bailleur : M. {P4}, demeurant {ADDR2},
représenté par son mandataire {ORG}, SIRET {SIRET}.

Le(s) locataire(s) : Mme {P1} et M. {P2}, solidaires.

II. OBJET DU CONTRAT
Adresse du logement : {ADDR}
Type : appartement T3, 2e étage avec ascenseur – Surface habitable : 64 m²
Annexes privatives : cave n° 12, place de stationnement n° 7
Chauffage : individuel gaz         Eau chaude : individuelle

III. DATE DE PRISE D'EFFET ET DURÉE
Prise d'effet : {DATE}           Durée : 3 ans, renouvelable par tacite reconduction

IV. CONDITIONS FINANCIÈRES
Loyer mensuel hors charges ............ {AMT} €
Provision sur charges ................. 85,00 €
Dépôt de garantie ..................... un mois de loyer hors charges
Paiement : le 5 de chaque mois, par virement sur le compte {IBAN}

V. GARANTIES
Caution solidaire : Mme {P3}, née le {DOB}, dans la limite de trois années de loyer.

Fait à {CITY}, le {DATE2}, en trois exemplaires originaux.

Le bailleur (ou son mandataire)      Les locataires           La caution
                                     {IN1}   {IN2}            {IN3}
""",
    "facture_plombier": """
{P2} – Artisan plombier chauffagiste
{ORG}
{ADDR}
Tél. {PHONE} – {EMAIL2}
SIRET {SIRET} – Assurance décennale n° {NUM}

FACTURE N° {YEAR}-0418
Date : {DATE}

Client :
Mme {P3}
{ADDR2}

Désignation                                         Qté      P.U. HT     Total HT
---------------------------------------------------------------------------------
Chauffe-eau électrique 200 L vertical                1        489,00       489,00
Groupe de sécurité + siphon                          1         38,50        38,50
Main-d'œuvre (dépose, pose, mise en service)         3 h       52,00       156,00
Déplacement                                          1         25,00        25,00
Évacuation de l'ancien appareil                      1         30,00        30,00
---------------------------------------------------------------------------------
                                                    Total HT               738,50
                                                    TVA 10 %                73,85
                                                    TOTAL TTC              {AMT} €

Intervention réalisée le {DATE2} par {IN4}, technicien.
Conditions de paiement : à réception de facture. Pas d'escompte pour paiement anticipé.
Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de
recouvrement : 40 €.
Règlement par virement : IBAN {IBAN}
""",
    "pv_assemblee_generale": """
{ORG}
Siège social : {ADDR}

PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU {DATE}

Le {DATE}, à {TIME}, les membres de l'association se sont réunis en assemblée générale ordinaire à la
salle des fêtes de {CITY}, sur convocation de la présidente.

Présents (membres du bureau) :
  - {P1}, présidente
  - {P2}, trésorier
  - {P3}, secrétaire
ainsi que 31 adhérents à jour de cotisation (feuille d'émargement annexée).
Représentés : 6 (pouvoirs annexés).
Excusé : {PI4}.

Le quorum étant atteint, l'assemblée peut valablement délibérer.

1. Rapport moral
Mme {L1} rappelle les temps forts de l'année : la fête du lavoir, le vide-grenier et les deux
chantiers de bénévoles. Elle remercie chaleureusement les services techniques de la mairie.
Le rapport moral est adopté à l'unanimité.

2. Rapport financier
M. {L2} présente les comptes : recettes 8 412,50 €, dépenses 7 980,10 €, solde de trésorerie
{AMT} €. Les comptes sont approuvés à l'unanimité, quitus est donné au trésorier.

3. Renouvellement du bureau
M. {L4} ne souhaitant pas se représenter au poste de vice-président, Mme {L3} se porte
candidate ; elle est élue à l'unanimité moins une abstention.

4. Questions diverses
Néant. L'ordre du jour étant épuisé, la séance est levée à 22 h 10.

La présidente                                 La secrétaire
{IN1}                                         {IN3}
""",
    "export_csv_adherents": """
nom;prénom;date_naissance;adresse;téléphone;courriel;date_adhésion;cotisation_réglée;mode
{L1};{F1};{DOB};"{ADDR}";{PHONE};{EMAIL1};{DATE};{AMT};chèque
{L2};{F2};;"{ADDR2}";{PHONE2};{EMAIL2};{DATE2};45,00;virement
{L3};{F3};;;;{EMAIL3};{DATE2};45,00;espèces
{L4};{F4};;;;{EMAIL4};;0,00;en attente
""",
    "whatsapp_famille": """
{DATE} 18:02 - Les messages et les appels sont chiffrés de bout en bout.
{DATE} 18:02 - {P1} a créé le groupe « Anniv 70 ans Mamie 🎂 »
{DATE} 18:03 - {P1} vous a ajouté
{DATE} 18:04 - {P1}: Bon, qui s'occupe du gâteau ? On avait dit fraisier non ?
{DATE} 18:06 - {F2}: moi je peux passer chez le pâtissier en sortant du boulot
{DATE} 18:06 - {P3}: {F2} t'es sûr ?? la dernière fois t'avais oublié les bougies 😂😂
{DATE} 18:07 - {F2}: c'était il y a 5 ans hein
{DATE} 18:09 - {P4}: Je m'occupe de la salle. Tonton a dit ok pour la grange, il faut juste ramener des tables
{DATE} 18:10 - {P1}: Super merci {F4} 🙏 et {F3} tu fais la playlist ?
{DATE} 18:12 - {P3}: oui ! envoyez-moi vos chansons, même les ringardes
{DATE} 18:15 - {P1}: Rappel : c'est une SURPRISE, on ne dit rien à Mamie. Rdv le {DATE2} à {TIME} chez {F3}, {ADDR}
{DATE} 18:16 - {F2}: <Média omis>
{DATE} 18:17 - {P4}: 😂😂 elle va adorer la photo
""",
    "ticket_support": """
Ticket #{NUM}                                   Statut : En attente du client
Priorité : Normale        Catégorie : Facturation / Documents PDF
Créé le : {DATE} à {TIME}         Canal : formulaire web
Demandeur : {P1} <{EMAIL1}>
Société cliente : {ORG}           SIRET : {SIRET}
Assigné à : {P4} (support niveau 2)

--- Message initial – {P1} ---
Bonjour,
Depuis la dernière mise à jour, nos factures sortent avec l'ancienne adresse du siège
({ADDR}) au lieu de la nouvelle ({ADDR2}). Mon collègue {P2}, à la comptabilité, a déjà modifié
la fiche société deux fois, sans effet. C'est urgent, nous avons une relance à envoyer.
Merci d'avance,
{F1}

--- Réponse de {P4} – {DATE2} ---
Bonjour Madame {L1},
Merci pour votre message. Pouvez-vous nous transmettre une facture concernée (PDF) et
une capture de la fiche société ? Vous pouvez aussi me joindre au {PHONE}.
Cordialement,
{IN4} – Support technique

--- Note interne (non visible par le client) ---
@{fl3} tu peux vérifier le cache des modèles PDF pour ce compte ? Il y a deux fiches société
actives avec le même SIRET, je pense que c'est ça.
""",
    "publication_voisinage": """
{P1}
{DATE} · Groupe public · Entraide du quartier

Grosse colère ce matin 😡 Ma voiture a été emboutie pendant la nuit devant chez moi et bien sûr
aucun mot sur le pare-brise… Si quelqu'un a vu quelque chose, envoyez-moi un MP ou appelez-moi au
{PHONE}. Merci de partager !!

👍😮😡 48        23 commentaires        31 partages

    {P2}
    Courage {F1} ! J'ai vu une camionnette blanche faire demi-tour vers 1 h du matin, je
    n'ai pas eu la plaque malheureusement
    J'aime · Répondre · 2 h

        {P3}
        {F2} tu devrais le dire à la police municipale, ils ont des caméras au rond-point
        J'aime · Répondre · 1 h

    {P4}
    Pareil il y a un mois à {CITY}, parking du supermarché. Plainte déposée, jamais de
    nouvelles…
    J'aime · Répondre · 45 min

    {P1}
    Merci {F2} ! et merci {L4} je vais tenter quand même
    J'aime · Répondre · 30 min
""",
    "article_presse_locale": """
{CITY} | Une boulangère primée pour sa baguette tradition

Par {P4} | Publié le {DATE} à {TIME}

{P1} n'en revient toujours pas. La gérante de {ORG}, installée depuis six ans au {ADDR}, a
décroché la première place du concours départemental de la meilleure baguette de tradition.

« Je me suis levée à trois heures comme tous les jours, je ne pensais même pas participer »,
sourit la quadragénaire, originaire de {CITY2}. C'est son apprenti, {P2}, 19 ans, qui l'a
convaincue de déposer un échantillon. « Il a insisté jusqu'au dernier moment », raconte-t-elle.

Le jury, présidé par {P3}, maître boulangère et formatrice, a salué « une mie alvéolée et une croûte
parfaitement caramélisée ». Mme {L3} a également souligné le travail de {L2} sur la fermentation.

Ce prix permettra à Mme {L1} de fournir pendant un an les réceptions de la préfecture. Elle compte
embaucher un second apprenti dès la rentrée.
""",
    "avis_deces": """
{CITY}, {CITY2}

Mme {P1}, son épouse ;
{P3} et son époux {P4},
ses enfants ;
ses petits-enfants et arrière-petits-enfants ;
ainsi que toute la famille,

ont la tristesse de vous faire part du décès de

Monsieur {PX2}

survenu le {DATE}, dans sa 85e année.

La cérémonie religieuse sera célébrée le {DATE2}, à {TIME}, en l'église de {CITY}, suivie de
l'inhumation au cimetière communal.

Ni fleurs ni couronnes ; vos dons pourront être versés à la recherche contre le cancer.

Cet avis tient lieu de faire-part et de remerciements.

Condoléances sur registre en ligne. Renseignements : {ORG}, {PHONE}.
""",
    "curriculum_vitae": """
{PX3}
{ADDR}
{PHONE} · {EMAIL3}
Née le {DOB} · Permis B · Véhiculée

COMPTABLE CONFIRMÉE – 12 ANS D'EXPÉRIENCE

EXPÉRIENCE PROFESSIONNELLE
{YEAR} – aujourd'hui    Comptable unique, {ORG} ({CITY})
                        Tenue complète de la comptabilité, déclarations de TVA,
                        préparation du bilan avec l'expert-comptable, paie de 14 salariés.

Auparavant (7 ans)      Assistante comptable, {ORG2} ({CITY2})
                        Saisie fournisseurs et clients, rapprochements bancaires, relances.

FORMATION
DCG – Diplôme de comptabilité et de gestion
BTS Comptabilité et gestion des organisations

COMPÉTENCES
Logiciels de comptabilité et de paie, tableur (tableaux croisés dynamiques), anglais B2,
wolof et peul courants.

CENTRES D'INTÉRÊT
Trésorière d'une association de quartier, course à pied (semi-marathon), couture.

RÉFÉRENCES
M. {P2}, directeur administratif et financier, {ORG} – {PHONE2}
Mme {P1}, expert-comptable, {EMAIL1}
""",
    "registre_visiteurs": """
REGISTRE DES VISITEURS – {ORG}
Site : {ADDR}
Date : {DATE}          Ouverture du registre : {TIME}
Merci de porter votre badge de manière visible pendant toute la durée de la visite.

| Arrivée | Nom Prénom        | Société / motif          | Personne visitée | Badge | Départ | Visa |
|---------|-------------------|--------------------------|------------------|-------|--------|------|
| 08:42   | {PU2}             | {ORG2}                   | {IN1}            | V-07  | 10:15  | ✔    |
| 09:55   | {PU3}             | Entretien d'embauche     | Service RH       | V-02  | 11:05  | ✔    |
| 13:30   | {PU4}             | Maintenance ascenseur    | Accueil          | V-11  |        |      |
| 14:10   | Livreur (sans nom)| Livraison palettes       | Magasin          | —     | 14:25  | ✔    |

Registre tenu par l'agent d'accueil. Contact sûreté du site : Mme {L1}, poste 2210.
""",
    "sms_artisan": """
{P2} plombier
{PHONE}

                                                                  {DATE} {TIME}
Bonjour, c'est {F2} le plombier. Je serai chez vous vers
14 h 30 au lieu de 14 h, il y a un bouchon sur la rocade.
Désolé pour le retard.

                    Pas de souci. Le code du portail c'est 4512B,
                    c'est au 2e étage à gauche.

Ok merci. Vous êtes bien Mme {L1} ? J'ai un autre nom sur
le bon d'intervention

                    Oui, le logement est au nom de ma fille, {P3}.
                    Si je ne réponds pas, appelez mon mari
                    {F4} au {PHONE2}

Parfait, à tout à l'heure

                    👍
""",
    "registre_bapteme": """
PAROISSE DE {CITY}
REGISTRE DES BAPTÊMES – ANNÉE {YEAR}

Acte n° 27

Le {DATE}, a été baptisé en l'église paroissiale

        {F4}

né le {DATE2} à {CITY2},
fils de {P2}, technicien de maintenance,
et de {P1}, aide-soignante, son épouse,
domiciliés {ADDR}.

Marraine : {PC3}, tante de l'enfant
Parrain : empêché, représenté par le grand-père paternel

Le baptême a été célébré par l'abbé {L4}, curé de la paroisse.

Signatures :
le père            la mère            la marraine          le célébrant
{IN2}              {IN1}              {IN3}                {IN4}
""",
    "convocation_entretien_prealable": """
{ORG}
{ADDR}

                                        Monsieur {P4}
                                        {ADDR2}

Lettre recommandée avec accusé de réception
ou remise en main propre contre décharge

                                        {CITY}, le {DATE}

Objet : convocation à un entretien préalable à une éventuelle sanction disciplinaire

Monsieur,

Nous sommes amenés à envisager à votre égard une sanction disciplinaire pouvant aller jusqu'au
licenciement.

En application des articles L. 1332-2 et suivants du Code du travail, nous vous convoquons à un
entretien préalable qui se tiendra le {DATE2} à {TIME}, dans le bureau de Mme {P1}, responsable
des ressources humaines, au siège de la société.

Au cours de cet entretien, nous vous exposerons les motifs de la mesure envisagée et recueillerons
vos explications. Vous pouvez vous faire assister par une personne de votre choix appartenant au
personnel de l'entreprise, par exemple M. {P2}, élu titulaire au CSE, joignable au {PHONE}.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

{P3}
Directrice d'exploitation

Reçu en main propre le ......................  Signature du salarié : ..........................
""",
    "export_xml_rendezvous": """
<?xml version="1.0" encoding="UTF-8"?>
<agenda cabinet="{ORG}" exporte_le="{DATE}">
  <praticien>
    <nom>{L4}</nom>
    <prenom>{F4}</prenom>
    <specialite>masseur-kinésithérapeute</specialite>
    <telephone>{PHONE}</telephone>
  </praticien>
  <rendezvous id="{NUM}" date="{DATE2}" heure="{TIME}" duree="30">
    <patient>
      <nom>{L1}</nom>
      <prenom>{F1}</prenom>
      <date_naissance>{DOB}</date_naissance>
      <nir>{NIR}</nir>
      <courriel>{EMAIL1}</courriel>
      <adresse>{ADDR}</adresse>
    </patient>
    <motif>Rééducation genou droit – séance 4/15</motif>
    <prescripteur>Dr {P3}</prescripteur>
  </rendezvous>
  <rendezvous date="{DATE2}" heure="09:30" duree="30">
    <patient>
      <nom>{L2}</nom>
      <prenom>{F2}</prenom>
      <telephone>{PHONE2}</telephone>
    </patient>
    <motif>Lombalgie – bilan initial</motif>
    <note>Tiers payant – mutuelle à vérifier</note>
  </rendezvous>
</agenda>
""",
    "negatif_recette": """
CLAFOUTIS AUX CERISES ET AUX AMANDES
Recette Facile – Pour 6 Personnes – Préparation : 15 min – Cuisson : 40 min

INGRÉDIENTS
  - 500 g de Cerises Griottes bien mûres
  - 3 Œufs Frais Catégorie A
  - 100 g de Sucre Roux
  - 80 g de Farine T55
  - 40 g de Poudre d'Amandes
  - 25 cl de Lait Entier
  - 1 sachet de Sucre Vanillé
  - 1 noix de Beurre Doux pour le moule

PRÉPARATION
1. Préchauffez le four à 180 °C (Thermostat 6).
2. Lavez et équeutez les Cerises. Ne les dénoyautez pas : les noyaux parfument la pâte.
3. Beurrez généreusement un Moule à Manqué de 24 cm, puis saupoudrez-le de sucre.
4. Fouettez les Œufs avec le Sucre jusqu'à ce que le mélange blanchisse.
5. Ajoutez la Farine, la Poudre d'Amandes, puis le Lait petit à petit.
6. Répartissez les fruits dans le moule et versez la pâte par-dessus.
7. Enfournez 40 minutes. Le dessus doit être Doré et la lame du couteau ressortir sèche.

L'ASTUCE DU CHEF
Servez Tiède, saupoudré de Sucre Glace. Accord conseillé : un Muscat Doux ou un Cidre Brut.
Variante Gourmande : remplacez la moitié du lait par de la Crème Fraîche Épaisse.
""",
    "negatif_avis_travaux": """
AVIS AUX VOYAGEURS

TRAVAUX DE MODERNISATION – LIGNE B ET LIGNE 12
Interruption Partielle du Trafic

Pendant toute la durée des travaux de renouvellement des voies, la Ligne B ne desservira plus
les arrêts « Mairie », « Gare Routière » et « Hôpital Nord ».

Des Bus de Substitution circulent toutes les 10 minutes en heure de pointe et toutes les
20 minutes en heure creuse. Suivez le Fléchage Jaune depuis la sortie « Parvis ».

La Ligne 12 est déviée par le Boulevard Périphérique Est : l'arrêt « Collège » est reporté
de 200 mètres, devant la Pharmacie.

NOS CONSEILS
  → Anticipez vos Déplacements et prévoyez 15 minutes supplémentaires.
  → Consultez l'Info Trafic en temps réel sur l'Application Mobile ou aux Bornes d'Information.
  → Validez systématiquement votre Titre de Transport, y compris dans les Bus de Substitution.

Abonnés Mensuels et Annuels : aucune démarche n'est nécessaire.
Personnes à Mobilité Réduite : le Service de Transport à la Demande reste assuré sur réservation.

Merci de votre Compréhension. La Direction des Transports Urbains.
""",
}

HELD = {
    "courriel_transfert_devis": """
De : {P3} <{EMAIL3}>
Date : {DATE} {TIME}
À : {P4} <{EMAIL4}>
Objet : TR: Votre devis réception – n° {NUM}

{F4},

Je te transfère le devis de la salle, regarde surtout la partie traiteur (page 2), je trouve le
vin d'honneur un peu cher. On en parle ce soir ?

Bisous
{F3}

---------- Message transféré ---------
De : {P1} <{EMAIL1}>
Date : {DATE2}
Objet : Votre devis réception – n° {NUM}
À : {EMAIL3}

Madame {L3},

Comme convenu lors de votre visite avec M. {L4}, veuillez trouver ci-joint notre proposition
pour votre réception de mariage (120 invités, dîner assis, salle de la Grange et parc).

Le domaine se situe {ADDR} ; un parking de 80 places est à disposition des invités.
Total TTC estimé : {AMT} € – un acompte de 30 % confirme la réservation.

Je reste à votre disposition pour organiser une dégustation avec notre chef, M. {P2}.

Bien à vous,

{P1}
Chargée d'événements
{ORG}
{PHONE}
""",
    "declaration_sinistre": """
DÉCLARATION DE SINISTRE – DÉGÂT DES EAUX

Assureur : {ORG}                        N° de contrat : {NUM}
Assurée : {PU1}
Adresse du risque : {ADDR}
Tél. : {PHONE}                          Courriel : {EMAIL1}

Date du sinistre : {DATE}               Heure approximative : {TIME}
Date de découverte : {DATE}             Déclaration effectuée le : {DATE2}

CIRCONSTANCES
En rentrant du travail, j'ai constaté une large tache d'humidité au plafond de la salle de bains
et de l'eau qui coulait le long du mur du couloir. La fuite provient de l'appartement situé
au-dessus du mien, occupé par M. {P2} (locataire). La propriétaire est Mme {P3}, domiciliée
{ADDR2}. Le plombier de l'immeuble ({ORG2}) est intervenu et a remplacé un flexible défectueux.

DOMMAGES CONSTATÉS
  [x] plafond salle de bains (peinture cloquée, environ 4 m²)
  [x] parquet du couloir gondolé
  [ ] mobilier
  [ ] appareils électriques

TIERS IMPLIQUÉ
M. {L2} – assureur : inconnu à ce jour. Un constat amiable dégât des eaux a été rempli avec lui.

PIÈCES JOINTES : [x] photos   [x] constat amiable   [x] facture du plombier   [ ] devis

Je certifie l'exactitude des renseignements ci-dessus.
Fait à {CITY}, le {DATE2}                     Signature : {IN1}
""",
    "formulaire_mutualite": """
MUTUALITÉ – {ORG}
DEMANDE DE MODIFICATION DE LA COMPOSITION DE MÉNAGE
À compléter en MAJUSCULES et à renvoyer à votre agence ou à votre conseiller mutualiste.

1. TITULAIRE
   Nom : | {L1} |                           Prénom : | {F1} |
   Numéro de registre national : {RRN}
   Date de naissance : {DOB}                Sexe :  [ ] M   [X] F
   Adresse : {ADDR}
   GSM : {PHONE}                            E-mail : {EMAIL1}

2. PERSONNE À AJOUTER COMME PERSONNE À CHARGE
   Nom et prénom : {PU2}
   Lien : [X] conjoint / cohabitant légal    [ ] enfant    [ ] ascendant
   Date d'inscription dans le ménage : {DATE}
   Activité : [ ] salarié   [ ] indépendant   [X] demandeur d'emploi   [ ] étudiant

3. DÉCLARATION
   Je certifie sur l'honneur l'exactitude des renseignements ci-dessus et m'engage à signaler
   toute modification dans les 30 jours.

   Fait à {CITY}, le {DATE2}              Signature : ...................................

Cadre réservé à la mutualité
   Dossier traité par : {IN3}      Réf. : {NUM}      Encodé le : ....../....../..........
""",
    "certificat_travail": """
{ORG}
{ADDR}
SIRET : {SIRET}

CERTIFICAT DE TRAVAIL

Je soussigné, {P4}, agissant en qualité de gérant,

certifie que Madame {P3},
née le {DOB},
demeurant {ADDR2},
numéro de sécurité sociale : {NIR},

a été employée dans notre établissement du {DATE} au {DATE2}, en qualité de :
  - commis de cuisine (niveau I, échelon 2) pendant la première année ;
  - cheffe de partie (niveau III, échelon 1) jusqu'à la fin du contrat.

Mme {L3} nous quitte libre de tout engagement. Elle a bénéficié du maintien à titre gratuit des
garanties de prévoyance et de frais de santé dans les conditions prévues par la loi.

Nous tenons à souligner son sérieux et sa bonne humeur, appréciés de toute la brigade et en
particulier de notre chef, M. {P2}.

Fait pour servir et valoir ce que de droit.

À {CITY}, le {DATE2}

{P4}
Gérant
""",
    "checklist_integration": """
CHECK-LIST D'INTÉGRATION – NOUVEL ARRIVANT

Collaborateur : {P2}                Poste : technicien support N1
Date d'arrivée : {DATE}             Manager : {P1}
Marraine : {P3}                     Référent RH : {P4}
Poste de travail : bâtiment B, 2e étage, bureau 214

AVANT L'ARRIVÉE
  [x] Contrat signé et retourné (RH – {IN4})
  [x] Compte informatique créé : {EMAIL2}
  [x] Ordinateur portable et casque préparés
  [ ] Badge d'accès commandé – relancer les services généraux
  [x] Mail de bienvenue envoyé à l'équipe

JOUR J
  [ ] Accueil par {F1} à {TIME}, café avec l'équipe
  [ ] Remise du badge, du matériel et du livret d'accueil
  [ ] Visite des locaux et consignes de sécurité (avec le sauveteur secouriste du travail)
  [ ] Déjeuner avec sa marraine

PREMIÈRE SEMAINE
  [ ] Formation à l'outil de tickets avec {F3}
  [ ] Écoute en double sur la hotline (2 demi-journées)
  [ ] Point d'étape avec {IN1}

PREMIER MOIS
  [ ] Entretien de fin de période d'essai prévu le {DATE2}
""",
    "lettre_adressage_specialiste": """
Docteur {P2}
Médecine générale
{ADDR}
Tél. {PHONE}

                                        Docteur {P3}
                                        Dermatologie et vénéréologie
                                        {ORG}
                                        {ADDR2}

                                        {CITY}, le {DATE}

Chère Consœur,

Je vous adresse Mme {P1}, 52 ans, pour avis concernant une lésion pigmentée du dos, apparue il y a
environ un an et qui s'est modifiée ces derniers mois (asymétrie, bords irréguliers, diamètre
d'environ 8 mm).

Antécédents : hypothyroïdie traitée, appendicectomie. Pas d'antécédent familial de mélanome connu.
Phototype II, nombreux coups de soleil dans l'enfance.
Traitement en cours : lévothyroxine 75 µg.

Mme {L1} est joignable au {PHONE2}. Un délai de rendez-vous rapide serait souhaitable.

Je vous remercie de l'accueil que vous lui réserverez et vous prie de croire, chère Consœur, à mes
sentiments confraternels.

Dr {IN2}
""",
    "compte_rendu_laboratoire": """
{ORG}
Laboratoire de biologie médicale
{ADDR} – Tél. {PHONE}
Biologiste responsable : Dr {P4}

Patiente : {PU1}                      Née le : {DOB}
N° de dossier : {NUM}                 Prélèvement : {DATE} à {TIME}
Prescripteur : Dr {IN2}               Édité le : {DATE2}
N° de sécurité sociale : {NIR}

HÉMATOLOGIE                      Résultat       Unité        Valeurs de référence
Hématies ....................... 4,21           T/L          3,80 – 5,20
Hémoglobine .................... 12,4           g/dL         11,5 – 15,5
Hématocrite .................... 37,8           %            35,0 – 47,0
Leucocytes ..................... 6,3            G/L          4,0 – 10,0
Plaquettes ..................... 248            G/L          150 – 400

BIOCHIMIE
Glycémie à jeun ................ 1,08           g/L          0,70 – 1,10
Créatinine ..................... 7,2            mg/L         5,0 – 9,0
DFG estimé (CKD-EPI) ........... > 90          mL/min/1,73 m²
Cholestérol LDL ................ 1,62 *         g/L          < 1,60
TSH ............................ 2,15           mUI/L        0,40 – 4,00

* Valeur hors des limites de référence.

Résultats validés par Dr {IN4}. Copie adressée à la patiente et au Dr {L2}.
""",
    "rappels_sms_cabinet": """
Messages – {ORG}

{DATE} {TIME}
Rappel : Mme {L1}, vous avez rendez-vous le {DATE2} à 10:40 avec le Dr {L2},
{ADDR}. En cas d'empêchement, merci de prévenir au {PHONE}. Ne pas répondre à ce SMS.

{DATE} 18:05
Bonjour {F3}, votre commande de lunettes est arrivée. Vous pouvez passer la récupérer
aux heures d'ouverture. L'équipe de {ORG2}

{DATE} 18:31
{F4} : Je suis devant l'école, tu peux descendre ? je suis garé en double file

{DATE} 19:02
Votre colis n° {NUM} sera livré le {DATE2} entre 13:00 et 15:00. Code de retrait : 4417.
""",
    "testament_olographe": """
Ceci est mon testament.

Je soussignée {P1}, née le {DOB} à {CITY}, demeurant {ADDR}, saine de corps et d'esprit,
révoque toutes dispositions testamentaires antérieures.

Je lègue à ma nièce, {P3}, la maison que je possède {ADDR2}, ainsi que tous les meubles
qui la garnissent.

Je lègue à mon filleul, {P2}, la somme de {AMT} euros, qui devra lui être versée sans frais.

Je lègue mes bijoux à {ORG}, à charge pour elle de les vendre au profit de ses actions en
faveur des enfants malades.

Je désigne pour exécuteur testamentaire Maître {P4}, notaire à {CITY2}, et le prie de veiller
au respect de mes dernières volontés. Je souhaite être inhumée auprès de mon époux, sans fleurs
ni couronnes.

Fait et écrit en entier de ma main, à {CITY}, le {DATE}.

{P1}
""",
    "convocation_audience": """
TRIBUNAL JUDICIAIRE DE {CITY}
Juge des contentieux de la protection
Greffe : {ADDR} – Tél. {PHONE}

CONVOCATION À L'AUDIENCE

N° RG : {NUM}

DEMANDEUR :
{ORG}, SIRET {SIRET},
ayant pour avocat Me {P4}, avocat au barreau de {CITY2}

DÉFENDEUR :
M. {PU2}
demeurant {ADDR2}

Monsieur,

Vous êtes convoqué à l'audience du {DATE} à {TIME}, salle 3, au rez-de-chaussée du tribunal, pour
y être entendu sur la demande formée à votre encontre, tendant au paiement d'un arriéré de loyers
et à la résiliation du bail.

Vous pouvez vous présenter seul, vous faire assister ou représenter par un avocat, ou par votre
conjoint, Mme {P1}, munie d'un pouvoir écrit. Faute de comparaître, vous vous exposez à ce qu'un
jugement soit rendu sur les seuls éléments fournis par votre adversaire.

Fait au greffe, le {DATE2}.

La greffière,
{IN3}
""",
    "acte_vente_notarie": """
                                                            Dossier n° {NUM}

LE {DATE},
À {CITY}, au siège de l'office notarial,
Maître {P3}, notaire associée au sein de {ORG},

A REÇU le présent acte authentique contenant VENTE à la requête des parties ci-après identifiées.

IDENTIFICATION DES PARTIES

VENDEUR
Monsieur {PX2}, retraité, demeurant {ADDR2}.
Né à {CITY2} le {DOB}.
Veuf non remarié de Madame {P1}.
De nationalité française. Résident au sens de la réglementation fiscale.

ACQUÉREUR
Monsieur {PX4}, ingénieur, demeurant {ADDR}.
Célibataire. Non lié par un pacte civil de solidarité.

DÉSIGNATION
Une maison d'habitation élevée sur sous-sol, comprenant au rez-de-chaussée une entrée, un séjour,
une cuisine, et à l'étage trois chambres et une salle de bains. Jardin attenant.
Cadastrée section AB, numéro 214, pour une contenance de 06 a 42 ca.

PRIX
La vente est consentie et acceptée moyennant le prix de {AMT} euros, payé comptant ce jour par la
comptabilité de l'office notarial, ainsi que le vendeur le reconnaît et en consent quittance.
""",
    "liste_classe": """
{ORG}
LISTE DE CLASSE – CM1-CM2 – Année scolaire {YEAR}
Enseignante : Mme {L1}           AESH : présente mardi et jeudi matin
Salle 6 – rez-de-chaussée

N°  NOM Prénom                      Niveau   Cantine   Garderie   Observations
1   {PU3}                           CM1      oui       matin      PAI allergie arachide
2   {PU2}                           CM2      oui       soir
3   {PI4}                           CM1      non       —          sort seul (autorisation)

Extrait – 3 élèves sur 24 (liste complète au verso)
Contacts en cas d'urgence : voir fiches sanitaires, armoire du bureau de la directrice.
""",
    "mot_absence": """
CARNET DE CORRESPONDANCE
BILLET D'ABSENCE N° 3

Nom de l'élève : {L2}           Prénom : {F2}           Classe : 5e C
Absent du {DATE} au {DATE2} inclus

Motif :  [X] médical   [ ] familial   [ ] rendez-vous   [ ] autre : .......................

Madame, Monsieur,

Je vous prie de bien vouloir excuser l'absence de mon fils {F2}, qui a été malade toute la semaine
(gastro-entérite). Il a été examiné par le Dr {L4} ; le certificat médical est joint à ce billet.
Un camarade lui a déjà transmis les cours de français et de mathématiques.

Cordialement,

Signature du responsable légal : {P1}
Tél. : {PHONE}

Visa de la vie scolaire : {IN3}
""",
    "quittance_loyer": """
QUITTANCE DE LOYER
Quittance n° {NUM}

Je soussigné {P4}, propriétaire du logement désigné ci-dessous, déclare avoir reçu de
Madame {P3} la somme de {AMT} euros au titre du paiement du loyer et des charges pour la
période du {DATE} au {DATE2}, et lui en donne quittance, sous réserve de tous mes droits.

Adresse du logement : {ADDR}

Détail du règlement :
   Loyer .......................................... 640,00 €
   Provision pour charges ......................... 75,00 €
   Total .......................................... {AMT} €

Date du paiement : {DATE2}
Mode de paiement : virement

Fait à {CITY}, le {DATE2}
Signature du bailleur : {IN4}

Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte versé sur la
présente période.
""",
    "bon_livraison": """
{ORG}
BON DE LIVRAISON N° {NUM}
Date d'expédition : {DATE}             Transporteur : {ORG2}

Livré à : {PX1}
          {ADDR}
          Tél. {PHONE}

| Réf.     | Désignation                          | Qté cmd | Qté livrée |
|----------|--------------------------------------|---------|------------|
| CAN-3P   | Canapé 3 places tissu gris anthracite |    1    |     1      |
| TB-110   | Table basse chêne massif              |    1    |     1      |
| CO-45    | Coussins déhoussables (lot de 2)      |    2    |     1      |

Reliquat : 1 lot de coussins, livraison ultérieure.

Réceptionné par : {P2} (voisin, avec l'accord de la destinataire)
Le {DATE2} à {TIME}
Réserves : carton n° 2 légèrement enfoncé, contenu non vérifié.
Signature du destinataire : ...............        Livreur : {IN4}
""",
    "deliberation_conseil_municipal": """
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Commune de {CITY}

Séance du {DATE}
Conseillers en exercice : 19 – Présents : 15 – Votants : 17
Date de convocation : {DATE2}

Le {DATE}, à {TIME}, le conseil municipal, légalement convoqué, s'est réuni à la mairie, en séance
publique, sous la présidence de Mme {P1}, maire.

Présents : Mme {PU1}, M. {PU2}, Mme {PU3}, et douze autres conseillers.
Absent excusé : M. {PU4} (pouvoir à M. {L2}).
Secrétaire de séance : Mme {L3}.

DÉLIBÉRATION N° {YEAR}-041
Objet : attribution d'une subvention exceptionnelle à {ORG}

Sur le rapport de M. {L2}, adjoint délégué à la vie associative,
Considérant la demande présentée par le bénéficiaire pour l'organisation de sa manifestation annuelle,
Après en avoir délibéré, le conseil municipal, à l'unanimité,
DÉCIDE d'attribuer une subvention exceptionnelle de {AMT} euros ;
DIT que les crédits sont inscrits au budget primitif.

Pour extrait certifié conforme,
La maire, {IN1}
""",
    "export_json_annuaire": """
{
  "export": "annuaire_collaborateurs",
  "genere_le": "{DATE}",
  "societe": "{ORG}",
  "collaborateurs": [
    {
      "matricule": "{NUM}",
      "nom": "{L1}",
      "prenom": "{F1}",
      "courriel": "{EMAIL1}",
      "telephone": "{PHONE}",
      "service": "Comptabilité fournisseurs",
      "responsable": "{P4}",
      "date_entree": "{DATE2}"
    },
    {
      "nom": "{L2}",
      "prenom": "{F2}",
      "courriel": "{EMAIL2}",
      "telephone": "{PHONE2}",
      "service": "Logistique",
      "responsable": "{P4}",
      "teletravail": true
    },
    {
      "nom": "{L3}",
      "prenom": "{F3}",
      "courriel": "{EMAIL3}",
      "service": "Ressources humaines",
      "responsable": null,
      "adresse_site": "{ADDR}"
    }
  ]
}
""",
    "canal_equipe": """
# projet-migration-crm

{P3}   09:12
@{P2} tu as pu regarder les doublons clients ? On en a combien au final ?

{P2}   09:17
oui : 312 doublons, dont une cinquantaine avec des SIRET différents. Je passe la liste à {F4}
pour validation

{P4}   09:20
👍 je regarde après le point avec {L1}

{P1}   09:31
Rappel : démo pour la direction le {DATE}, salle 3.12. Merci @{fl3} de préparer les slides et
@{fl4} la partie reprise de données 🙏
    💬 2 réponses

{P3}   09:33
ça marche. {F2} tu m'envoies tes chiffres avant midi ?

{P2}   09:34
c'est parti
""",
    "faire_part_naissance": """
Avec une immense joie,

{P1} et {P2}

ont le bonheur de vous annoncer la naissance de

{F3}

le {DATE} à {CITY}

3,210 kg de douceur et 49 cm de malice.

Son grand frère {F4} veille déjà sur elle
(et réclame qu'on la rende à la maternité).

Pour les petits mots et les visites :
{ADDR}
{PHONE}
""",
    "communique_presse": """
COMMUNIQUÉ DE PRESSE

{CITY}, le {DATE}

{ORG} inaugure son nouveau centre de formation et crée 40 emplois

{ORG} a inauguré ce jour son nouveau centre de formation aux métiers de la rénovation énergétique,
situé {ADDR}, en présence de Mme {P1}, sous-préfète, et de M. {P2}, président de la communauté
de communes.

D'une surface de 2 400 m², le bâtiment accueillera chaque année près de 600 stagiaires, salariés
et demandeurs d'emploi. « Nous voulons former au plus près des chantiers, avec les entreprises du
territoire », a déclaré {P4}, directeur général, lors de l'inauguration.

Les premières sessions débuteront le {DATE2}. Les inscriptions sont ouvertes auprès de l'accueil
du centre.

Contact presse :
{P3} – chargée de communication
{PHONE} – {EMAIL3}
""",
    "lettre_club_sportif": """
LA LETTRE DU CLUB – N° 42
{ORG}

LE MOT DU PRÉSIDENT
Chers adhérents, chers parents,
La saison bat son plein et nos équipes nous font vibrer ! Un grand merci aux bénévoles qui ont
tenu la buvette et la table de marque tout au long du mois.
Sportivement,
{P2}

RÉSULTATS
  • Seniors filles : belle victoire 27-22 contre {ORG2} ! Meilleure marqueuse : {P3} (9 buts).
  • U15 garçons : défaite d'un but à {CITY2}, bravo quand même à nos deux gardiens.
  • Loisirs : match nul, troisième mi-temps réussie.

AGENDA
  • {DATE} : tournoi jeunes au gymnase de {CITY}, rendez-vous à {TIME}
  • {DATE2} : assemblée générale du club

BIENVENUE
à {P4}, qui reprend l'entraînement des U13. Il a joué dix ans en Nationale 2.

CONTACT
Secrétariat : {P1} – {PHONE} – {EMAIL1}
""",
    "petites_annonces": """
PETITES ANNONCES

IMMOBILIER
Loue T2 meublé 38 m², centre-ville de {CITY}, proche gare et commerces, libre de suite.
520 € charges comprises. Tél. {PHONE} (après 18 h).

EMPLOI – SERVICES
Dame sérieuse, expérience auprès des personnes âgées, cherche heures de ménage et de repassage,
CESU acceptés. Demandez {F1} au {PHONE2}.

VÉHICULES
Vends vélo à assistance électrique, batterie neuve, très peu servi, 850 € à débattre.
Contact : {EMAIL2}

ANIMAUX
Donne contre bons soins chatons sevrés, propres et habitués aux enfants, secteur {CITY2}.
S'adresser à Mme {L3}, {ADDR}.

DIVERS
Recherche témoins d'un accrochage survenu le {DATE} sur le parking de la salle polyvalente.
Merci de contacter {P4}, {EMAIL4}.
""",
    "planning_gardes_tsv": """
Planning des gardes – Service de médecine polyvalente – semaine du {DATE}
nom	prénom	fonction	poste	remplaçant	téléphone
{L1}	{F1}	IDE	matin 6h45-14h15	{PI3}	{PHONE}
{L2}	{F2}	AS	nuit 21h00-7h00		
{L3}	{F3}	IDE	après-midi 13h45-21h15	{PI1}	{PHONE2}
Cadre d'astreinte : {P4}
Validé par la cadre de santé le {DATE2}
""",
    "acte_mariage": """
MAIRIE DE {CITY}
ÉTAT CIVIL

EXTRAIT D'ACTE DE MARIAGE
Acte n° 14

Le {DATE}, à {TIME}, devant nous, {P4}, adjoint au maire, officier de l'état civil par
délégation, ont comparu publiquement en la maison commune :

{PX2}, technicien, né le {DOB} à {CITY2}, domicilié {ADDR},

et

{PX1}, professeure des écoles, née à {CITY}, domiciliée {ADDR2}.

Les futurs époux ont déclaré l'un après l'autre vouloir se prendre pour époux, et nous avons
prononcé au nom de la loi qu'ils sont unis par le mariage.

Contrat de mariage : néant.
Témoin : {P3}, infirmière.

Mentions marginales : néant.

Délivré le {DATE2} pour servir et valoir ce que de droit.
L'officier de l'état civil,
{IN4}
""",
    "negatif_note_version": """
NOTES DE VERSION – Version 4.2.0

NOUVEAUTÉS
  • Mode Sombre : activez-le depuis Paramètres > Affichage > Thème.
  • Synchronisation Cloud : vos Favoris et vos Brouillons suivent désormais votre compte.
  • Nouvel Assistant d'Import : glissez-déposez vos fichiers CSV ou XLSX, l'Assistant détecte
    automatiquement les colonnes.
  • Raccourci Clavier Ctrl+Maj+F pour ouvrir la Recherche Avancée.

AMÉLIORATIONS
  • Le Tableau de Bord se charge deux fois plus vite sur les grands projets.
  • Meilleure prise en charge des écrans Haute Résolution.
  • Le module Export PDF respecte maintenant les marges personnalisées.

CORRECTIFS
  • Correction d'un plantage à la fermeture de la fenêtre Préférences.
  • Les Notifications Push ne s'affichent plus en double.
  • Le bouton Annuler fonctionne à nouveau dans l'Éditeur de Règles.

PROBLÈMES CONNUS
  • Sur certaines configurations, le Mode Hors Ligne nécessite un redémarrage.

Mettez à jour dès maintenant depuis le menu Aide > Rechercher des Mises à Jour.
""",
    "negatif_mode_emploi": """
MODE D'EMPLOI – BOUILLOIRE ÉLECTRIQUE SANS FIL KV-17
Lire attentivement avant la Première Utilisation. Conserver cette Notice.

CONSIGNES DE SÉCURITÉ
  ⚠ Ne Plongez Jamais la Base ou le Corps de l'Appareil dans l'eau.
  ⚠ Utilisez exclusivement le Socle d'Alimentation fourni.
  ⚠ Ne Remplissez pas au-delà du Repère MAX (1,7 L) ni en dessous du Repère MIN.
  ⚠ Tenir hors de portée des Enfants de moins de 8 ans.

MISE EN SERVICE
1. Retirez tous les Emballages et les Étiquettes Autocollantes.
2. Remplissez d'eau jusqu'au Repère MAX, portez à ébullition, puis jetez l'eau. Répétez deux fois.
3. Posez la Bouilloire sur le Socle et branchez le Cordon.

UTILISATION
Appuyez sur l'Interrupteur Marche/Arrêt : le Voyant Bleu s'allume. L'appareil s'arrête
automatiquement à ébullition. Fonction Maintien au Chaud : appuyez 3 secondes sur la touche KEEP.

ENTRETIEN ET DÉTARTRAGE
Débranchez l'appareil et laissez-le refroidir. Détartrez une fois par mois avec du Vinaigre Blanc
ou un Détartrant Spécial Bouilloire. Rincez abondamment. Le Filtre Anticalcaire se retire à la main.

GARANTIE
Cet appareil est garanti 2 ans pièces et main-d'œuvre. Conservez votre Ticket de Caisse.
""",
}
