"""The actor page: who they are, their part in each story, what they said, where they are mentioned, relations."""

from __future__ import annotations

from ..markup import Markup, front_matter, join, md_escape, plain_attribute, tag
from ..model import Actor, Story
from ..urls import actor_page
from .paging import archive_page, on_page, page_links
from .parts import KIND_LABELS, NOT_SEARCHED, UNNAMED_LABEL, Context, Links, banner, date_text, sample_only, section
from .parts import sources_list, story_labels, time_tag

RELATION_LABELS = {"ally": "Ally", "opponent": "Opponent", "member-of": "Member of", "leads": "Leads",
                   "part-of": "Part of", "other": "Related"}
INVERSE_LABELS = {"member-of": "Has member", "leads": "Led by", "part-of": "Includes"}  # as seen from the other end


def actor(context: Context, actor: Actor, number: int = 1) -> str:
    """The Markdown of one actor's page (or of its archive page `number`): header, banners, then each section.

    The page shows the newest stories naming the actor; older ones are on
    archive pages (`paging`), so no page grows with the desk.
    """
    page = actor_page(actor.id)
    links = context.on(page if number == 1 else archive_page(page, number))
    every = context.index.stories_naming(actor.ref)
    stories = tuple(on_page(every, number))
    pager = page_links(links, page, len(every), number)
    if number > 1:
        return archive(links, actor, stories, pager)
    out = [front_matter({"title": plain_attribute(actor.name), "description": plain_attribute(actor.summary)}),
           f"# {md_escape(actor.name)}\n\n", header(actor) + "\n\n"]
    if sample_only(every):
        out.append(banner("sample", "Sample.", " This entry appears only in sample stories, "
                          "written to demonstrate the explainer tool. It is not news.") + "\n\n")
    if actor.draft:
        out.append(banner("draft", "Draft.", " This entry was drafted by the importer and is not checked yet.")
                   + "\n\n")
    if actor.background:
        dated = tag("p", {"class": "explainer-meta explainer-as-of"}, "As of ", time_tag(actor.as_of)) \
            if actor.as_of else None
        out.append(section("Background", "background", join([dated, tag(
            "div", {"class": "explainer-background"}, context.markdown(actor.background))])))
    if pager:
        out.append(section("All stories", "all-stories", pager))
    out += [roles(links, actor, stories), said(links, actor, stories), mentioned_in(links, actor, stories)]
    related_list = related(links, actor)
    if related_list:
        out.append(section("Related actors", "related-actors", related_list))
    if actor.sources:
        out.append(section("Sources", "sources", sources_list(actor.sources)))
    return "".join(out)


def archive(links: Links, actor: Actor, stories: tuple[Story, ...], pager: Markup) -> str:
    """An archive page of an actor: older stories naming them, with the same sections as the actor's page."""
    first, last = stories[0], stories[-1]
    span = f"{date_text(last.date)} to {date_text(first.date)}"
    out = [front_matter({"title": plain_attribute(f"{actor.name}: stories from {span}"),
                         "description": plain_attribute(actor.summary)}),
           f"# {md_escape(actor.name)}: stories from {md_escape(span)}\n\n",
           tag("p", {"class": "explainer-meta"}, "Older stories naming ", links.actor(actor), ".") + "\n\n",
           section("All stories", "all-stories", pager),
           roles(links, actor, stories), said(links, actor, stories), mentioned_in(links, actor, stories)]
    return "".join(out)


def header(actor: Actor) -> Markup:
    """The lines under the actor's name: kind, other spellings, as-of date, then the summary."""
    facts = [KIND_LABELS.get(actor.kind, actor.kind)]
    if actor.aliases:
        facts.append("Also written: " + ", ".join(actor.aliases))
    if actor.as_of and not actor.background:  # with a background, its date heads it
        facts.append(f"As of {date_text(actor.as_of)}")
    return join([tag("p", {"class": "explainer-meta"}, " · ".join(facts)),
                 tag("p", {"class": "explainer-standfirst"}, actor.summary)], "\n")


def roles(links: Links, actor: Actor, stories: tuple[Story, ...]) -> str:
    """The actor's part in each story, and why a story lists them when its article never names them."""
    items = []
    for story in stories:
        cast = next((c for c in story.cast if c.actor_id == actor.id), None)
        unnamed = actor.ref not in links.context.index.articles[story.slug].mentioned
        body = [tag("h3", {}, links.story(story), " ", story_labels(story),
                    join([" ", UNNAMED_LABEL]) if unnamed else None)]
        if cast and cast.role:
            body.append(links.context.markdown(cast.role))
        reason = cast and (cast.unmentioned or actor.unmentioned)
        if reason and unnamed:
            body.append(tag("p", {"class": "explainer-unmentioned"}, reason))  # the label above says it is unnamed
        items.append(join(body, "\n"))
    if not items:
        return ""
    return section("In the stories", "in-the-stories", tag("div", {"class": "explainer-roles"}, join(items, "\n")))


def said(links: Links, actor: Actor, stories: tuple[Story, ...]) -> str:
    """The quotes the actor is the speaker of, story by story, each linked to its context."""
    articles = links.context.index.articles
    quotes = [links.quote(story, articles[story.slug], q)
              for story in stories for q in story.quotes if q.speaker == actor.id]
    return section("What they said", "what-they-said", join(quotes, "\n")) if quotes else ""


def mentioned_in(links: Links, actor: Actor, stories: tuple[Story, ...]) -> str:
    """Every sentence of every story that names the actor, each a link to it (kept out of search)."""
    blocks = []
    for story in stories:
        article = links.context.index.articles[story.slug]
        ids = article.mentions.get(actor.ref, ())
        if not ids:
            continue
        by_id = {s.id: s for s in article.sentences}
        items = [tag("li", {}, links.sentence(story, sid, by_id[sid].text)) for sid in ids if sid in by_id]
        blocks.append(join([tag("h3", {}, links.story(story)), tag("ol", {"class": "explainer-mentions"}, *items)],
                           "\n"))
    if not blocks:
        return ""
    body = tag("div", {"class": "explainer-mentions-block", NOT_SEARCHED: True}, join(blocks, "\n"))
    return section("Mentioned in", "mentioned-in", body, searched=False)


def related(links: Links, actor: Actor) -> Markup:
    """The actor's own relations, then those other actors declare towards it, seen from this end."""
    actors = links.context.site.actors
    items = []
    for relation in actor.relations:
        other = actors.get(relation.to)
        if other:
            items.append(tag("li", {}, f"{RELATION_LABELS[relation.type]}: ", links.actor(other),
                             f" — {relation.note}" if relation.note else ""))
    for other, relation in links.context.index.related_to.get(actor.id, ()):
        if not any(r.to == other.id for r in actor.relations):
            label = INVERSE_LABELS.get(relation.type, RELATION_LABELS[relation.type])
            items.append(tag("li", {}, f"{label}: ", links.actor(other),
                             f" — {relation.note}" if relation.note else ""))
    return tag("ul", {"class": "explainer-related"}, *items) if items else Markup("")
