"""French: the same keys as `en.py`, in French typography.

A no-break space (U+00A0) comes before ":" and ";", as French print sets
them, so a colon never starts a line. "Story" is "article" (the word French
newsrooms use); "the article" of a story page is "L’article".
"""

_C = "\u00a0:"  # French colon: a no-break space, then ":"
_SC = "\u00a0;"

WORDS = {
    "colon": f"{_C} ",
    "list_separator": ", ",

    "date.day": "d MMMM y",
    "date.first_day": "d'er' MMMM y",  # « 1er août 2017 »
    "date.month": "MMMM y",
    "date.year": "y",

    "label.sample": "Exemple",
    "label.draft": "Brouillon",
    "label.unnamed": "Nom absent de l’article",  # the same words for a person, a body or a state

    "kind.person": "Personne",
    "kind.organisation": "Organisation",
    "kind.armed-group": "Groupe armé",
    "kind.state": "État",
    "kind.government": "Gouvernement",
    "kind.military": "Forces armées",
    "kind.alliance": "Alliance",
    "relation.ally": "Allié",
    "relation.opponent": "Adversaire",
    "relation.member-of": "Membre de",
    "relation.leads": "Dirige",
    "relation.part-of": "Fait partie de",
    "relation.other": "Lien",
    "inverse.member-of": "A pour membre",
    "inverse.leads": "Sous la direction de",
    "inverse.part-of": "Comprend",

    "banner.sample_story.lead": "Article d’exemple.",
    "banner.sample_story.text": "Cet article a été écrit pour montrer l’outil d’explication. Ce n’est pas "
                                "de l’information, et les personnes et les faits qu’il décrit ne sont pas "
                                "un vrai reportage.",
    "banner.draft_story.lead": "Brouillon.",
    "banner.draft_story.text": f"Cet article n’est pas vérifié pour publication{_SC} la compilation stricte du "
                               "site refuse de le publier.",
    "banner.sample_entry.lead": "Exemple.",
    "banner.sample_entry.text": "Cette fiche n’apparaît que dans des articles d’exemple, écrits pour montrer "
                                "l’outil d’explication. Ce n’est pas de l’information.",
    "banner.draft_entry.lead": "Brouillon.",
    "banner.draft_entry.text": "Cette fiche a été préparée à l’import et n’est pas encore vérifiée.",

    "heading.key_figures": "Chiffres clés",
    "heading.article": "L’article",
    "heading.editors_notes": "Notes de la rédaction",
    "heading.whos_who": "Qui est qui",
    "heading.quotes": "Citations",
    "heading.timeline": "Chronologie",
    "heading.map": "Carte",
    "heading.relations": "Qui est avec qui",
    "heading.places": "Lieux",
    "heading.terms": "Termes",
    "heading.sources": "Sources",
    "heading.corrections": "Rectificatifs",
    "heading.background": "Contexte",
    "heading.in_the_stories": "Dans les articles",
    "heading.what_they_said": "Déclarations",
    "heading.mentioned_in": "Mentions",
    "heading.related_actors": "Acteurs liés",

    "story.published": "Publié le ",
    "story.topics": f"Thèmes{_C} ",

    "source.one": f"Source{_C} ",
    "source.many": f"Sources{_C} ",
    "source.article": f"L’article{_C} ",

    "figure.derived": f"Comment on l’obtient{_C} ",
    "figure.where": "Où l’article le dit",
    "conflict.both": f"L’article donne les deux chiffres{_SC} nous montrons les deux.",

    "quote.unnamed_speaker": "— Personne citée non nommée dans l’article.",
    "quote.attribution_source": f"Attribution{_C} ",
    "quote.marks": "«\u00a0{text}\u00a0»",  # a quotation, or an excerpt, in the language's quotation marks
    "quote.in_context": "Dans son contexte",
    "attribution.editor": f"L’article ne nomme pas la personne citée{_SC} la rédaction lui attribue la citation.",
    "attribution.unknown": "L’article ne nomme pas la personne citée.",

    "note.marker": "note {n}",
    "note.marker_label": "Note de la rédaction {n}",
    "note.back": "Retour à la phrase",

    "actor.also_written": f"Autres graphies{_C} ",
    "actor.as_of": "À jour au ",

    "place.also_written": "(aussi écrit {names})",
    "place.named_in": f"Cité dans{_C} ",
    "coordinates.north": "N",
    "coordinates.south": "S",
    "coordinates.east": "E",
    "coordinates.west": "O",

    "stories.title": "Tous les articles",
    "stories.description": "Tous les articles du site, du plus récent au plus ancien.",
    "stories.none": "Aucun article pour l’instant.",
    "stories.all": "Tous les articles ({n})",
    "actors.title": "Acteurs",
    "actors.description": "Toutes les personnes, organisations, États et groupes cités dans les articles.",
    "glossary.title": "Glossaire",
    "glossary.description": "Les termes employés dans les articles, avec leur définition.",
    "glossary.also": f"Aussi{_C} ",
    "glossary.see": "Voir ",
    "glossary.used_in": f"Employé dans{_C} ",
    "glossary.other": "Autres",  # the heading of terms with no letter or digit
    "places.title": "Lieux",
    "places.description": "Les lieux cités dans les articles.",

    "errors.title": "Erreurs dans le contenu",
    "errors.count": f"Problèmes dans le contenu{_C} {{n}}.",
    "errors.fix": f"Corrigez-les et enregistrez{_C} cette page se recharge d’elle-même.",

    "reference.title": "Champs de la fiche d’information",
    "reference.description": "Chaque champ d’une fiche d’information, ce qu’il contient et s’il est obligatoire.",
    "reference.intro": "Tous les champs qu’un fichier facts.yml peut contenir. Cette page est produite à partir "
                       "des règles mêmes du générateur : ce sont toujours celles que les vérifications appliquent. "
                       "Une clé inconnue est une erreur.".replace(" :", _C),
    "reference.field": "Champ",
    "reference.holds": "Contenu",
    "reference.required": "Obligatoire",
    "reference.meaning": "Sens",
    "reference.yes": "oui",
    "reference.for_definition": "pour une définition",

    "not_found.title": "Page introuvable",
    "not_found.text": "Cette page n’existe pas, ou elle a été déplacée.",
    "not_found.hint": "Les pages d’articles portent le nom de leur dossier dans {content}, et celles des acteurs "
                      "l’identifiant de l’acteur.",
    "not_found.stories": "Les articles, du plus récent au plus ancien",
    "not_found.actors": "Tous les acteurs",
    "not_found.glossary": "Le glossaire",
    "not_found.search": "Ou cherchez un nom, dans l’une de ses graphies, avec le champ de recherche ci-dessus.",

    "script.table_scrolls": "Tableau, défile horizontalement",

    # Qui est qui : un groupe par type d’acteur.
    "group.person": "Personnes",
    "group.organisation": "Organisations",
    "group.government": "Gouvernements",
    "group.state": "États",
    "group.military": "Forces armées",
    "group.armed-group": "Groupes armés",
    "group.alliance": "Alliances",

    "story.facts_as_of": "Faits de l’article à jour au ",
    "story.backgrounds": "Présentations des acteurs",
    "story.backgrounds_as_of": "{backgrounds} à jour chacune à sa date, jusqu’au {date}",
    "actor.as_of_paren": "(à jour au {date})",

    "figure.alternatives": "{values} ou {last}",
    "figure.about": f"À propos{_C} ",
    "figure.derived_value": f"Comment on obtient {{value}}{_C} ",
    "figure.notes": "Notes",
    "figure.in_the_article": "dans l’article",
    "figure.why_two": "Pourquoi deux chiffres",
    "figure.why_several": "Pourquoi plusieurs chiffres",

    "topics.title": "Thèmes",
    "topics.description": "Les thèmes des articles, chacun avec ses articles.",
    "topics.none": "Aucun thème pour l’instant.",
    "topics.count": "({n})",
    "topics.about": "Articles sur le thème {name}.",
    "topics.more_about": "En savoir plus sur {name}.",
    "topics.stories": "Articles",
    "topics.all": "Tous les thèmes",

    # Paged lists and pages split by initial (pages/paging.py, indexes.py).
    "heading.all_stories": "Tous les articles",
    "paging.label": "Articles, du plus récent au plus ancien",
    "paging.count": "{n} articles, du plus récent au plus ancien\xa0:",
    "paging.more": "(+{n} plus anciens)",
    "archive.title": "{name}\xa0: articles du {start} au {end}",
    "archive.lead": "Articles plus anciens citant {name}.",
    "initials.all": "Tout sous {letter}",
    "initials.back": "Toutes les initiales",
    "letter.title": "{page}\xa0: {letter}",
    "letter.description": "Entrées classées sous {letter}.",

    # Les images (generator/pictures/).
    "picture.semicolon": f"{_SC} ",
    "picture.as_text.map": "La carte en texte",
    "picture.as_text.timeline": "La chronologie en texte",
    "picture.as_text.graph": "Le graphe en texte",
    "picture.as_text.chart": "Le graphique en texte",
    "picture.map.title": "Carte des lieux de cet article",
    "picture.map.caption": f"Lieux de cet article. Frontières{_C} Natural Earth.",
    "picture.map.story_caption": f"Lieux de cet article{_SC} chacun renvoie à sa fiche. Frontières{_C} Natural Earth.",
    "picture.map.places_title": "Carte des lieux des articles",
    "picture.map.places_caption": f"Lieux des articles{_C} {{held}}. Chacun renvoie à sa fiche ci-dessous. "
                                  f"Frontières{_C} Natural Earth.",
    "picture.map.places_some": "les {shown} cités dans le plus d’articles, sur {located} ayant des coordonnées",
    "picture.map.places_all_one": "{n} lieu ayant des coordonnées",
    "picture.map.places_all_many": "les {n} ayant des coordonnées",
    "picture.map.places_one": "{n} lieu",
    "picture.map.places_many": "{n} lieux",
    "picture.map.description": f"Carte de situation de {{places}}{_C} {{names}}.",
    "picture.map.none": "aucun",
    "picture.map.in_countries": f"Pays{_C} {{countries}}.",
    "picture.map.not_shown": f"Absents de la carte, faute de coordonnées{_C} {{names}}.",
    "picture.map.inset": "Un encart situe la zone sur une carte du monde.",
    "picture.map.no_coordinates": f"{{place}}{_C} pas de coordonnées, absent de la carte.",
    "picture.map.located": f"{{place}}{_C} {{latitude}}, {{longitude}}.",
    "picture.map.located_in": f"{{place}}, {{country}}{_C} {{latitude}}, {{longitude}}.",
    "picture.map.scale": "{km}\u00a0km",
    "picture.timeline.title": "Chronologie des événements de cet article",
    "picture.timeline.caption": "Les événements par ordre de date. Les intervalles de plus d’un an sont raccourcis.",
    "picture.timeline.story_caption": "Les événements par ordre de date, avec la date de l’article"
                                      f"{_SC} les intervalles de plus d’un an sont raccourcis, de même que les "
                                      f"événements longs{_C} chacun figure en entier dans la version texte. "
                                      "Les noms renvoient à leur page.",
    "picture.timeline.story_label": "Publication de cet article",
    "picture.timeline.day": "{day} {month} {year}",
    "picture.timeline.first_day": "{day}er {month} {year}",
    "picture.timeline.month": "{month} {year}",
    "picture.timeline.draft": "(brouillon)",
    "picture.timeline.draft_fact": "[brouillon]",
    "picture.timeline.empty": "Une chronologie sans événement.",
    "picture.timeline.events_one": "{n} événement",
    "picture.timeline.events_many": "{n} événements",
    "picture.timeline.description": "Chronologie de {events}, de {first} à {last}.",
    "picture.timeline.description_dated": f"Chronologie de {{events}}, de {{first}} à {{last}}{_SC} "
                                          "l’article est daté du {date}.",
    "picture.timeline.listed": "Chaque événement figure dans le texte ci-dessous.",
    "picture.timeline.gap_one": "{n} an",
    "picture.timeline.gap_many": "{n} ans",
    "picture.timeline.legend": f"Dates{_C}",
    "picture.timeline.legend_day": "au jour près",
    "picture.timeline.legend_month": "mois seul",
    "picture.timeline.legend_year": "année seule",
    "picture.timeline.legend_story": "cet article",
    "picture.graph.title": f"Qui est qui{_C} les acteurs",
    "picture.graph.caption": "Les acteurs et leurs liens. Chaque acteur renvoie à sa page.",
    "picture.graph.story_title": f"Qui est avec qui{_C} les acteurs de cet article et leurs liens",
    "picture.graph.story_caption": "Les liens entre les acteurs de cet article, tels que leurs fiches les donnent. "
                                   "Chaque acteur renvoie à sa page.",
    "picture.graph.story_alone_one": "{n} autre, sans lien indiqué, figure dans «\u00a0Qui est qui\u00a0» ci-dessous.",
    "picture.graph.story_alone_many": "{n} autres, sans lien indiqué, figurent dans «\u00a0Qui est qui\u00a0» "
                                      "ci-dessous.",
    "picture.graph.actor_title": "{name} et les acteurs qui lui sont liés",
    "picture.graph.actor_caption": "{name} (en plus grand) et ses liens directs, chaque acteur renvoyant à sa page. "
                                   "Les mêmes liens sont listés ci-dessous.",
    "picture.graph.actors_one": "{n} acteur",
    "picture.graph.actors_many": "{n} acteurs",
    "picture.graph.relations_one": "{n} lien",
    "picture.graph.relations_many": "{n} liens",
    "picture.graph.description": "Graphe de {actors} ({kinds}) reliés par {relations}.",
    "picture.graph.listed": "Chaque acteur et ses liens figurent dans le texte ci-dessous.",
    "picture.graph.no_relation": "aucun lien indiqué",
    "picture.graph.other": "autre",
    "picture.graph.ally_of": "allié de {name}",
    "picture.graph.opponent_of": "adversaire de {name}",
    "picture.graph.related_to": "lié à {name}",
    "picture.graph.leads": "dirige {name}",
    "picture.graph.led_by": "sous la direction de {name}",
    "picture.graph.member_of": "membre de {name}",
    "picture.graph.has_member": "a pour membre {name}",
    "picture.graph.part_of": "fait partie de {name}",
    "picture.graph.includes": "comprend {name}",
    "picture.bars.title": "Chiffres en {unit}, comparés",
    "picture.bars.story_title": "Les chiffres en {unit}, côte à côte",
    "picture.bars.figures_one": "{n} chiffre",
    "picture.bars.figures_many": "{n} chiffres",
    "picture.bars.description": f"Diagramme en barres de {{figures}} en {{unit}}{_C} {{values}}.",
    "picture.bars.caption": "Chiffres comptés en {unit}, à partir de zéro.",
    "picture.bars.disputed_note": f"Une extrémité hachurée signale une valeur contestée{_C} les sources donnent "
                                  "toute la fourchette.",
    "picture.bars.disputed": "{low}–{high} (contesté)",
}
