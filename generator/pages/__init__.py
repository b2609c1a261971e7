"""One module per page kind, and the parts they share.

    story      a story's page
    actor      an actor's page
    indexes    the story archive, the actors index, the glossary, the places
    home       the home page's story list
    reference  the fact sheet's field reference
    errors     what the preview shows while content has errors
    parts      links from a page, labels, banners, sources, dates, sections

A new page kind goes in a module of its own here, and into the table in `render.py`.
"""
