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
}
