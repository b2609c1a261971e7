"""English: every word the pages print, the table every other language is checked against.

Keys name what a text is for; values are plain text (escaped where they are
printed). `{name}` marks where a value goes (`Words.fill`, `Words.format`).
A sentence that counts is worded so that it needs no plural forms ("All 14
stories", "Problèmes dans le contenu : 3"), so every language can say it.
Date patterns are Babel's (CLDR) patterns.
"""

WORDS = {
    # Punctuation that differs between languages.
    "colon": ": ",
    "list_separator": ", ",

    # Dates (Babel patterns): a whole date, the first of a month, a month, a year.
    "date.day": "d MMMM y",
    "date.first_day": "d MMMM y",
    "date.month": "MMMM y",
    "date.year": "y",

    # Labels on entries, in lists and on pages.
    "label.sample": "Sample",
    "label.draft": "Draft",
    "label.unnamed": "Not named in the article",

    # Kinds of actors and relations between them.
    "kind.person": "Person",
    "kind.organisation": "Organisation",
    "kind.armed-group": "Armed group",
    "kind.state": "State",
    "kind.government": "Government",
    "kind.military": "Military",
    "kind.alliance": "Alliance",
    "relation.ally": "Ally",
    "relation.opponent": "Opponent",
    "relation.member-of": "Member of",
    "relation.leads": "Leads",
    "relation.part-of": "Part of",
    "relation.other": "Related",
    "inverse.member-of": "Has member",  # a relation seen from its other end
    "inverse.leads": "Led by",
    "inverse.part-of": "Includes",

    # Banners.
    "banner.sample_story.lead": "Sample story.",
    "banner.sample_story.text": "This story was written to demonstrate the explainer tool. "
                                "It is not news, and the people and events in it are not real reporting.",
    "banner.draft_story.lead": "Draft.",
    "banner.draft_story.text": "This story is not checked for publication; a strict build refuses to publish it.",
    "banner.sample_entry.lead": "Sample.",
    "banner.sample_entry.text": "This entry appears only in sample stories, written to demonstrate the explainer tool. "
                                "It is not news.",
    "banner.draft_entry.lead": "Draft.",
    "banner.draft_entry.text": "This entry was drafted by the importer and is not checked yet.",

    # Section headings.
    "heading.key_figures": "Key figures",
    "heading.article": "The article",
    "heading.editors_notes": "Editors' notes",
    "heading.whos_who": "Who's who",
    "heading.quotes": "Quotes",
    "heading.timeline": "Timeline",
    "heading.map": "Map",
    "heading.relations": "Who is with whom",
    "heading.places": "Places",
    "heading.terms": "Terms",
    "heading.sources": "Sources",
    "heading.corrections": "Corrections",
    "heading.background": "Background",
    "heading.in_the_stories": "In the stories",
    "heading.what_they_said": "What they said",
    "heading.mentioned_in": "Mentioned in",
    "heading.related_actors": "Related actors",

    # The story's dateline.
    "story.published": "Published ",
    "story.topics": "Topics: ",

    # Sources.
    "source.one": "Source: ",
    "source.many": "Sources: ",
    "source.article": "The article: ",

    # Key figures and the figures that disagree.
    "figure.derived": "How it follows: ",
    "figure.where": "Where the article says it",
    "conflict.both": "The article gives both; we show both.",

    # Quotes.
    "quote.unnamed_speaker": "— Speaker not named in the article.",
    "quote.attribution_source": "Attribution: ",
    "quote.marks": "“{text}”",  # a quotation, or an excerpt, in the language's quotation marks
    "quote.in_context": "In context",
    "attribution.editor": "The article does not name the speaker; the editors attribute the quote.",
    "attribution.unknown": "The article does not name the speaker.",

    # Editors' notes: the marker at the end of a sentence, and the way back to it.
    "note.marker": "note {n}",
    "note.marker_label": "Editors' note {n}",
    "note.back": "Back to the sentence",

    # Actors.
    "actor.also_written": "Also written: ",
    "actor.as_of": "As of ",

    # Places and coordinates.
    "place.also_written": "(also written {names})",
    "place.named_in": "Named in: ",
    "coordinates.north": "N",
    "coordinates.south": "S",
    "coordinates.east": "E",
    "coordinates.west": "W",

    # The site's lists.
    "stories.title": "All stories",
    "stories.description": "Every story on this site, newest first.",
    "stories.none": "No stories yet.",
    "stories.all": "All {n} stories",
    "actors.title": "Actors",
    "actors.description": "Every person, organisation, state and group in the stories.",
    "glossary.title": "Glossary",
    "glossary.description": "Terms used in the stories, with their definitions.",
    "glossary.also": "Also: ",
    "glossary.see": "See ",
    "glossary.used_in": "Used in: ",
    "glossary.other": "Other",  # the heading of terms with no letter or digit
    "places.title": "Places",
    "places.description": "Places named in the stories.",

    # What the preview shows while content has errors.
    "errors.title": "Content errors",
    "errors.count": "{n} problem(s) in the content.",
    "errors.fix": "Fix them and save: this page reloads by itself.",

    # The field reference (its headings; the fields' own descriptions stay in English).
    "reference.title": "Fact sheet fields",
    "reference.description": "Every field of a fact sheet, what it holds and whether it is required.",
    "reference.intro": "Every field a facts.yml may hold. This page is generated from the generator's own rules, "
                       "so it is always the one the checks apply. Unknown keys are errors.",
    "reference.field": "Field",
    "reference.holds": "Holds",
    "reference.required": "Required",
    "reference.meaning": "Meaning",
    "reference.yes": "yes",
    "reference.for_definition": "for a definition",

    # The 404 page (theme/404.html); {content} is the content folder's name, shown as code.
    "not_found.title": "Page not found",
    "not_found.text": "This page does not exist, or it has moved.",
    "not_found.hint": "Story pages are named after their folder in {content}, and actor pages after the actor's id.",
    "not_found.stories": "The stories, newest first",
    "not_found.actors": "Every actor",
    "not_found.glossary": "The glossary",
    "not_found.search": "Or search for a name, in any of its spellings, with the search box above.",

    # Words the page's script sets (assets/explainer.js reads them from the page's meta).
    "script.table_scrolls": "Table, scrolls sideways",

    # Who's who: one group per kind of actor, in this order.
    "group.person": "People",
    "group.organisation": "Organisations",
    "group.government": "Governments",
    "group.state": "States",
    "group.military": "Armed forces",
    "group.armed-group": "Armed groups",
    "group.alliance": "Alliances",

    # The dateline's two dates: the story's facts, and the backgrounds' own.
    "story.facts_as_of": "Story facts as of ",
    "story.backgrounds": "Backgrounds",
    "story.backgrounds_as_of": "{backgrounds} as of their own dates, up to {date}",
    "actor.as_of_paren": "(as of {date})",

    # The key-figures cards.
    "figure.alternatives": "{values} or {last}",  # a disputed value, once: "300 or 308"
    "figure.about": "About: ",
    "figure.derived_value": "How {value} follows: ",
    "figure.notes": "Notes",
    "figure.in_the_article": "in the article",
    "figure.why_two": "Why two figures",
    "figure.why_several": "Why several figures",

    # Topics.
    "topics.title": "Topics",
    "topics.description": "The topics of the stories, each with its stories.",
    "topics.none": "No topics yet.",
    "topics.count": "({n})",
    "topics.about": "Stories about {name}.",
    "topics.more_about": "More about {name}.",
    "topics.stories": "Stories",
    "topics.all": "All topics",

    # Paged lists and pages split by initial (pages/paging.py, indexes.py).
    "heading.all_stories": "All stories",
    "paging.label": "Stories, newest first",
    "paging.count": "{n} stories, newest first:",
    "paging.more": "(+{n} older)",
    "archive.title": "{name}: stories from {start} to {end}",
    "archive.lead": "Older stories naming {name}.",
    "initials.all": "All under {letter}",
    "initials.back": "All initials",
    "letter.title": "{page}: {letter}",
    "letter.description": "Entries filed under {letter}.",

    # The pictures (generator/pictures/): titles, descriptions, captions, legends, text versions.
    # Counts come in two keys, "_one" and "_many", so that every language words its own plurals.
    "picture.semicolon": "; ",
    "picture.as_text.map": "The map as text",
    "picture.as_text.timeline": "The timeline as text",
    "picture.as_text.graph": "The graph as text",
    "picture.as_text.chart": "The chart as text",
    "picture.map.title": "Map of the places in this story",
    "picture.map.caption": "Places in this story. Country outlines: Natural Earth.",
    "picture.map.story_caption": "Places in this story; each links to its entry. Country outlines: Natural Earth.",
    "picture.map.places_title": "Map of the places in the stories",
    "picture.map.places_caption": "Places in the stories: {held}. Each links to its entry below. "
                                  "Country outlines: Natural Earth.",
    "picture.map.places_some": "the {shown} named in the most stories, of {located} with coordinates",
    "picture.map.places_all_one": "all {n} with coordinates",
    "picture.map.places_all_many": "all {n} with coordinates",
    "picture.map.places_one": "{n} place",
    "picture.map.places_many": "{n} places",
    "picture.map.description": "Locator map of {places}: {names}.",
    "picture.map.none": "none",
    "picture.map.in_countries": "In {countries}.",
    "picture.map.not_shown": "Not on the map, for want of coordinates: {names}.",
    "picture.map.inset": "An inset shows the area on a world map.",
    "picture.map.no_coordinates": "{place}: no coordinates given, not on the map.",
    "picture.map.located": "{place}: {latitude}, {longitude}.",
    "picture.map.located_in": "{place}, {country}: {latitude}, {longitude}.",
    "picture.map.scale": "{km} km",
    "picture.timeline.title": "Timeline of the events in this story",
    "picture.timeline.caption": "Events in date order. Gaps of more than a year are cut short.",
    "picture.timeline.story_caption": "Events in date order, the story's date marked; gaps of more than a year are "
                                      "cut short, and so are long events: each is in full in the text version. "
                                      "Names link to their pages.",
    "picture.timeline.story_label": "This story is published",
    "picture.timeline.day": "{day} {month} {year}",
    "picture.timeline.first_day": "{day} {month} {year}",  # the first of a month ("1er" in French)
    "picture.timeline.month": "{month} {year}",
    "picture.timeline.draft": "(draft)",
    "picture.timeline.draft_fact": "[draft]",
    "picture.timeline.empty": "A timeline with no events.",
    "picture.timeline.events_one": "{n} event",
    "picture.timeline.events_many": "{n} events",
    "picture.timeline.description": "Timeline of {events} from {first} to {last}.",
    "picture.timeline.description_dated": "Timeline of {events} from {first} to {last}; the story is dated {date}.",
    "picture.timeline.listed": "Each event is listed in the text below.",
    "picture.timeline.gap_one": "{n} year",
    "picture.timeline.gap_many": "{n} years",
    "picture.timeline.legend": "Dates:",
    "picture.timeline.legend_day": "to the day",
    "picture.timeline.legend_month": "month only",
    "picture.timeline.legend_year": "year only",
    "picture.timeline.legend_story": "this story",
    "picture.graph.title": "Who is who: the actors",
    "picture.graph.caption": "Actors and their relations. Each actor links to its page.",
    "picture.graph.story_title": "Who is with whom: the actors of this story and their relations",
    "picture.graph.story_caption": "How the actors in this story relate, as their entries say. "
                                   "Each actor links to its page.",
    "picture.graph.story_alone_one": "{n} more, with no relation given, are in who's who below.",
    "picture.graph.story_alone_many": "{n} more, with no relation given, are in who's who below.",
    "picture.graph.actor_title": "{name} and the actors it relates to",
    "picture.graph.actor_caption": "{name} (drawn larger) and its direct relations, each actor a link to its page. "
                                   "The same relations are listed below.",
    "picture.graph.actors_one": "{n} actor",
    "picture.graph.actors_many": "{n} actors",
    "picture.graph.relations_one": "{n} relation",
    "picture.graph.relations_many": "{n} relations",
    "picture.graph.description": "Graph of {actors} ({kinds}) and {relations} between them.",
    "picture.graph.listed": "Each actor and its relations are listed in the text below.",
    "picture.graph.no_relation": "no relation given",
    "picture.graph.other": "other",  # the line style of relation.other in the legend and on lines
    "picture.graph.ally_of": "ally of {name}",
    "picture.graph.opponent_of": "opponent of {name}",
    "picture.graph.related_to": "related to {name}",
    "picture.graph.leads": "leads {name}",
    "picture.graph.led_by": "led by {name}",
    "picture.graph.member_of": "member of {name}",
    "picture.graph.has_member": "has as member {name}",
    "picture.graph.part_of": "part of {name}",
    "picture.graph.includes": "includes {name}",
    "picture.bars.title": "Figures in {unit}, compared",
    "picture.bars.story_title": "The figures in {unit}, side by side",
    "picture.bars.figures_one": "{n} figure",
    "picture.bars.figures_many": "{n} figures",
    "picture.bars.description": "Bar chart of {figures} in {unit}: {values}.",
    "picture.bars.caption": "Figures counted in {unit}, from zero.",
    "picture.bars.disputed_note": "A hatched end marks a disputed value: the sources give the whole range.",
    "picture.bars.disputed": "{low}–{high} (disputed)",
}
