#!/usr/bin/env python3
"""Writes the French and Spanish text sets of the spaCy parity test, tests/data/parity_LANG.jsonl,
deterministically.

Sentences written natively in each language: people, places and organisations; in French with
elisions (l', d', qu', jusqu'), hyphenated first names and place names, words that spaCy's French
token_match keeps whole (porte-monnaie, arc-en-ciel) and the hyphenated pronouns it splits (dit-il,
va-t-en); in Spanish with accents, ñ, inverted marks, contractions (al, del) and compound surnames.
Also guillemets, abbreviations (M., Mme, Sr., Dra.), dates, amounts, e-mail addresses and links.
Then every fifth one lower-cased, every seventh upper-cased, and some run together into short
documents. No evaluation corpus and no generator library is used.

Usage: make_parity_texts_ml.py LANG [OUT]   (LANG fr or es; default OUT:
../tests/data/parity_LANG.jsonl beside this script)
"""
import json
import pathlib
import sys

FRENCH = [
    "Jean-Pierre Moreau est né à Saint-Étienne et vit aujourd'hui à Lyon.",
    "Mme Claire Dubois a rejoint la Société Générale en 2019.",
    "L'entreprise Renault a annoncé l'ouverture d'une usine près de Douai.",
    "Le maire de Marseille, Benoît Payan, s'est exprimé devant le conseil municipal.",
    "D'après l'INSEE, le chômage a baissé en Bretagne au dernier trimestre.",
    "Qu'il pleuve ou non, Marie-Louise Fontaine ira à Bordeaux samedi.",
    "Nous avons reçu la lettre de M. Antoine Lefèvre, notaire à Nantes.",
    "Le siège de L'Oréal se trouve à Clichy, dans les Hauts-de-Seine.",
    "Jusqu'à la fin du mois, l'agence de Pôle emploi de Lille restera fermée.",
    "Emmanuel Macron a reçu Olaf Scholz à l'Élysée mardi dernier.",
    "La Banque de France publiera ses prévisions le 15 mars 2024.",
    "Il travaille chez Airbus à Toulouse depuis plus de dix ans.",
    "Sophie Martin-Leroy, directrice de l'hôpital Necker, a démenti l'information.",
    "Les habitants de Clermont-Ferrand ont voté pour un nouveau tramway.",
    "Le Dr Karim Benali exerce à la clinique Pasteur de Strasbourg.",
    "« Nous n'avons rien caché », a déclaré Hélène Garnier au journal Le Monde.",
    "L'Université de Montpellier a signé un accord avec l'Institut Pasteur.",
    "Rendez-vous avec Thomas Girard à la gare de Rennes à 14 h 30.",
    "La SNCF prévoit des perturbations entre Paris et Genève ce week-end.",
    "Veuillez contacter Nathalie Roux au 06 12 34 56 78 ou par courriel.",
    "Le groupe Danone a racheté une laiterie en Normandie.",
    "Aïcha Traoré, originaire de Bamako, enseigne désormais à Grenoble.",
    "C'est à Versailles que Louis XIV fit construire son château.",
    "François Hollande et Nicolas Sarkozy se sont croisés à Bruxelles.",
    "Le tribunal de Créteil a condamné l'ancien directeur de la société Vinci.",
    "L'équipe de l'Olympique lyonnais s'entraîne à Décines-Charpieu.",
    "Lorsqu'il est arrivé au Québec, Julien Bernard ne parlait pas anglais.",
    "La Croix-Rouge française a ouvert un centre d'accueil à Calais.",
    "Chère Madame Petit, je vous remercie pour votre message du 3 avril.",
    "Le Conseil d'État a rejeté le recours de l'association Greenpeace France.",
    "Pierre-Yves Lambert a quitté Orange pour fonder sa jeune pousse à Sophia-Antipolis.",
    "Les vignerons d'Alsace craignent une mauvaise récolte cette année.",
    "Élodie Chevalier et son frère Hugo habitent rue de la République à Avignon.",
    "Selon Reuters, la BNP Paribas envisage de réduire ses effectifs en Belgique.",
    "Le festival d'Avignon accueillera la troupe de la Comédie-Française en juillet.",
    "J'ai rencontré Laurent Fabius au Conseil constitutionnel l'an dernier.",
    "Mon collègue Mathieu Faure travaille au ministère de l'Intérieur.",
    "Le TGV entre Paris-Montparnasse et Bordeaux-Saint-Jean a été retardé.",
    "Yasmine El Amrani a été élue présidente de l'association des étudiants de Toulouse.",
    "La mairie de Nice a confié le chantier à l'entreprise Bouygues Construction.",
    "Quelqu'un a vu Isabelle Moulin près du Mont-Saint-Michel hier soir.",
    "Le musée du Louvre a prêté plusieurs tableaux au musée de Lens.",
    "Philippe Durand, chef du service juridique d'Orange, a signé le contrat.",
    "Elle a passé son enfance en Côte d'Ivoire avant de s'installer à Paris.",
    "Le PDG de Michelin, Florent Menegaux, a visité l'usine de Cholet.",
    "L'aéroport de Roissy-Charles-de-Gaulle a accueilli 60 millions de voyageurs.",
    "Christophe et Amélie Rousseau ont acheté une maison à Annecy.",
    "Le Parlement européen siège à Strasbourg une semaine par mois.",
    "D'où vient Léa Blanchard ? Elle est de Perpignan, je crois.",
    "Le rapport de la Cour des comptes critique la gestion de la ville de Lens.",
    "Guillaume Lemoine écrit pour Libération depuis 2015.",
    "L'ONG Médecins sans frontières a dépêché une équipe au Liban.",
    "Au nom de la société Capgemini, Valérie Mercier a remercié les participants.",
    "Les joueurs du Paris Saint-Germain ont battu l'AS Monaco 3 à 1.",
    "Son adresse est claire.dupont@exemple.fr et elle habite à Metz.",
    "Vous trouverez le programme sur https://www.ville-exemple.fr/agenda dès lundi.",
    "Sébastien Noël, né le 12/05/1984 à Limoges, est domicilié à Poitiers.",
    "Le Sénat a auditionné le patron de TotalEnergies, Patrick Pouyanné.",
    "Inès Morel travaille à l'agence Havas de Boulogne-Billancourt.",
    "Il s'est rendu à Genève pour rencontrer des représentants de l'OMS.",
    "Le club de rugby du Stade toulousain a recruté Antoine Dupont en 2015.",
    "Après avoir quitté Carrefour, Olivier Renard a rejoint Decathlon à Villeneuve-d'Ascq.",
    "Les pompiers de Seine-Saint-Denis sont intervenus à Aubervilliers dans la nuit.",
    "Madame Fatima Benkirane, avocate au barreau de Paris, représente la famille.",
    "L'association Emmaüs, fondée par l'abbé Pierre, fête ses 75 ans.",
    "La route entre Chamonix et Courmayeur passe sous le tunnel du Mont-Blanc.",
    "Anne-Sophie Brun a été nommée à la tête de la Caisse des dépôts.",
    "Le Crédit agricole a ouvert une agence à Saint-Denis de La Réunion.",
    "Demandez à Vincent ou à Manon : ils connaissent bien la Corse.",
    "Bonjour Mme Gauthier, votre dossier a été transmis au service de M. Perrin.",
    "Le navigateur Loïc Peyron est arrivé à Pointe-à-Pitre après vingt jours de mer.",
    "L'usine Stellantis de Sochaux produira un nouveau modèle électrique.",
    "Les archives départementales du Finistère sont à Quimper.",
    "Hier, Camille Laurent a présenté son livre à la librairie Mollat de Bordeaux.",
    "Le gouvernement d'Élisabeth Borne a présenté la réforme des retraites.",
    "Il a étudié à Sciences Po puis à l'École normale supérieure.",
    "Notre correspondant à Ajaccio, Jean-Baptiste Santoni, nous raconte.",
    "Le vol Air France AF 1234 à destination de Marseille est annoncé à l'heure.",
    "Une exposition sur Victor Hugo ouvre à la Maison de Victor Hugo, place des Vosges.",
    "La préfecture du Rhône a interdit la manifestation prévue à Villeurbanne.",
    "Le porte-monnaie de Jean-Marc est sous l'arc-en-ciel, dit-il.",
    "Va-t-en ! Peut-être qu'il viendra entr'ouvrir la porte à Saint-Tropez.",
    "Un anti-inflammatoire, c'est-à-dire un médicament, pour l'après-midi.",
    "Aujourd'hui à l'hôpital d'Angers, l'infirmière Gisèle Caron était de garde.",
    "Les week-ends de Pascal ; qu'en pense-t-on ? (Sainte-Foy-lès-Lyon)",
    "L’avocate d’Éric Vasseur, Me Laure Michaud, l’a confirmé à l’AFP.",
    "Puisqu’elle habite Aix-en-Provence, Chloé Mallet prend le car jusqu’à Marseille.",
    "Le sous-préfet de l'arrondissement de Saint-Malo a rencontré M. Le Goff, maire de Dinard.",
    "Prends-le, mon grand-père Raymond Guérin te l'offre depuis Montréal.",
    "Réunion du comité d'entreprise de Thales le 2 juin : présence de Mme Nicole Barbier-Sanchez.",
]


SPANISH = [
    "María José Fernández Gutiérrez vive en Sevilla desde 2010.",
    "El Banco Santander abrirá una nueva oficina en Valencia.",
    "Según el Instituto Nacional de Estadística, el paro bajó en Andalucía.",
    "El alcalde de Madrid, José Luis Martínez-Almeida, inauguró el parque.",
    "La Dra. Carmen Ruiz trabaja en el Hospital Clínic de Barcelona.",
    "¿Has visto a Javier Morales en la reunión de Telefónica?",
    "¡Qué sorpresa! Lucía Navarro ganó el premio en Bilbao.",
    "El Real Madrid venció al Atlético de Madrid por dos a uno.",
    "Pedro Sánchez se reunió con Emmanuel Macron en París el martes.",
    "La empresa Inditex tiene su sede en Arteixo, cerca de La Coruña.",
    "El Sr. Antonio López Peña llegó al aeropuerto de Barajas a las 9:30.",
    "Mi vecina Begoña Etxeberria es profesora en la Universidad del País Vasco.",
    "La Guardia Civil detuvo a dos personas en Algeciras.",
    "Escríbeme a juan.perez@ejemplo.es o llámame al 612 345 678.",
    "Los vecinos de Zaragoza protestaron frente al Ayuntamiento.",
    "Ana Belén Castillo fue nombrada directora del Museo del Prado.",
    "La ONU envió ayuda a Colombia tras las inundaciones.",
    "Diego y Alejandra Romero viajaron de Buenos Aires a Montevideo.",
    "El Gobierno de México firmó un acuerdo con Pemex.",
    "Consulte la información en https://www.ejemplo.es/ayuda antes del lunes.",
    "Francisco Javier Ortega, nacido el 3 de marzo de 1975 en Granada, reside en Málaga.",
    "La Agencia Tributaria envió una carta a la familia Domínguez.",
    "Isabel Allende presentó su nueva novela en la Feria del Libro de Guadalajara.",
    "El Tribunal Supremo rechazó el recurso de Iberdrola.",
    "Nos vemos en la Plaza Mayor de Salamanca con Raúl Jiménez.",
    "Rosa María Vázquez es la nueva presidenta de Cruz Roja Española.",
    "El presidente de Argentina visitó Santiago de Chile la semana pasada.",
    "Los trabajadores de Seat en Martorell irán a la huelga.",
    "Hola, me llamo Sofía Herrera y vivo en Toledo.",
    "Estimado Sr. García: le escribo en nombre de la Universidad de Salamanca.",
    "El FC Barcelona fichó a un joven delantero de Brasil.",
    "La policía de Lima investiga el robo en el Banco de Crédito del Perú.",
    "Ignacio Muñoz y su esposa Pilar vivieron muchos años en Tenerife.",
    "El grupo Mercadona abrirá tiendas en Portugal el próximo año.",
    "Don Quijote de la Mancha fue escrito por Miguel de Cervantes.",
    "La periodista Elena Gil entrevistó al ministro en Radio Nacional de España.",
    "Al llegar a Córdoba, Manuel Serrano llamó a su hermana Teresa.",
    "Repsol y Endesa presentaron sus resultados ante la CNMV.",
    "La exposición del Museo Reina Sofía dedicada a Picasso atrajo a miles de visitantes.",
    "Gabriel Ramírez, del Ministerio de Sanidad, confirmó los datos.",
    "El río Ebro atraviesa Logroño, Zaragoza y Tortosa.",
    "Marta Ibáñez Soler trabaja como abogada en un despacho de Palma de Mallorca.",
    "La Universidad Nacional Autónoma de México celebró su aniversario.",
    "Carlos Alberto Rojas fue elegido alcalde de Medellín.",
    "Los bomberos de Oviedo rescataron a un excursionista en los Picos de Europa.",
    "Según El País, la compañía Iberia cancelará vuelos a Caracas.",
    "Paula Cortés, de la Fundación ONCE, habló en el congreso de Valladolid.",
    "El Papa Francisco recibió al rey Felipe VI en el Vaticano.",
    "Tomás Aguilar conduce un taxi en Valparaíso desde hace veinte años.",
    "El Sindicato de Enfermería de Murcia denunció la falta de personal.",
]


def main():
    lang = sys.argv[1] if len(sys.argv) > 1 else "fr"
    fixed = {"fr": FRENCH, "es": SPANISH}[lang]
    default = pathlib.Path(__file__).resolve().parent.parent / ("tests/data/parity_%s.jsonl" % lang)
    out = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else default
    texts = list(fixed)
    texts += [t.lower() for i, t in enumerate(fixed) if i % 5 == 0]
    texts += [t.upper() for i, t in enumerate(fixed) if i % 7 == 3]
    # Short documents of several sentences, as the recognizer sees them.
    texts += [" ".join(fixed[i:i + 3]) for i in range(0, len(fixed) - 2, 6)]
    with open(out, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
