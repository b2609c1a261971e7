"""The actor page: who they are, their part in each story, what they said, where they are mentioned, relations."""

from __future__ import annotations

from ..markup import Markup, front_matter, join, md_escape, plain_attribute, tag
from ..model import Actor, Story
from ..i18n import Words
from .paging import archive_page, on_page, page_links
from .parts import NOT_SEARCHED, Context, Links, banner, kind_label, sample_only, section, sources_list
from .parts import story_labels, time_tag, unnamed_label
from . import pictures


def relation_label(words: Words, relation_type: str, *, inverse: bool = False) -> str:
    """A relation's name ("Ally"), or as seen from its other end ("Led by"), where that differs."""
    key = f"inverse.{relation_type}"
    return words[key] if inverse and key in words else words[f"relation.{relation_type}"]


def actor(context: Context, actor: Actor, number: int = 1) -> str:
    """The Markdown of one actor's page (or of its archive page `number`): header, banners, then each section.

    The page shows the newest stories naming the actor; older ones are on
    archive pages (`paging`), so no page grows with the desk.
    """
    page = context.layout.actor_page(actor.id)
    links = context.on(page if number == 1 else archive_page(page, number))
    every = context.index.stories_naming(actor.ref)
    stories = tuple(on_page(every, number))
    pager = page_links(links, page, len(every), number)
    if number > 1:
        return archive(links, actor, stories, pager)
    words = context.words
    out = [front_matter({"title": plain_attribute(actor.name), "description": plain_attribute(actor.summary)}),
           f"# {md_escape(actor.name)}\n\n", header(actor, words) + "\n\n"]
    if sample_only(every):
        out.append(banner("sample", words["banner.sample_entry.lead"], words["banner.sample_entry.text"]) + "\n\n")
    if actor.draft:
        out.append(banner("draft", words["banner.draft_entry.lead"], words["banner.draft_entry.text"]) + "\n\n")
    if actor.background:
        dated = tag("p", {"class": "explainer-meta explainer-as-of"}, words["actor.as_of"],
                    time_tag(actor.as_of, words)) if actor.as_of else None
        out.append(section(words["heading.background"], "background", join([dated, tag(
            "div", {"class": "explainer-background"}, context.markdown(actor.background))])))
    if pager:
        out.append(section(words["heading.all_stories"], "all-stories", pager))
    out += [roles(links, actor, stories), said(links, actor, stories), mentioned_in(links, actor, stories)]
    related_list = related(links, actor)
    if related_list:
        out.append(section(words["heading.related_actors"], "related-actors",
                           join([pictures.actor_neighbourhood(links, actor), related_list], "\n")))
    if actor.sources:
        out.append(section(words["heading.sources"], "sources", sources_list(actor.sources)))
    return "".join(out)


def archive(links: Links, actor: Actor, stories: tuple[Story, ...], pager: Markup) -> str:
    """An archive page of an actor: older stories naming them, with the same sections as the actor's page."""
    words = links.context.words
    title = words.format("archive.title", name=actor.name, start=words.date(stories[-1].date),
                         end=words.date(stories[0].date))
    out = [front_matter({"title": plain_attribute(title), "description": plain_attribute(actor.summary)}),
           f"# {md_escape(title)}\n\n",
           tag("p", {"class": "explainer-meta"}, words.fill("archive.lead", name=links.actor(actor))) + "\n\n",
           section(words["heading.all_stories"], "all-stories", pager),
           roles(links, actor, stories), said(links, actor, stories), mentioned_in(links, actor, stories)]
    return "".join(out)


def header(actor: Actor, words: Words) -> Markup:
    """The lines under the actor's name: kind, other spellings, as-of date, then the summary."""
    facts = [kind_label(words, actor.kind)]
    if actor.aliases:
        facts.append(words["actor.also_written"] + words.list(actor.aliases))
    if actor.as_of and not actor.background:  # with a background, its date heads it
        facts.append(words["actor.as_of"] + words.date(actor.as_of))
    return join([tag("p", {"class": "explainer-meta"}, " · ".join(facts)),
                 tag("p", {"class": "explainer-standfirst"}, actor.summary)], "\n")


def roles(links: Links, actor: Actor, stories: tuple[Story, ...]) -> str:
    """The actor's part in each story, and why a story lists them when its article never names them."""
    items, words = [], links.context.words
    for story in stories:
        cast = next((c for c in story.cast if c.actor_id == actor.id), None)
        unnamed = actor.ref not in links.context.index.articles[story.slug].mentioned
        body = [tag("h3", {}, links.story(story), " ", story_labels(story, words),
                    join([" ", unnamed_label(words)]) if unnamed else None)]
        if cast and cast.role:
            body.append(links.context.markdown(cast.role))
        reason = cast and (cast.unmentioned or actor.unmentioned)
        if reason and unnamed:
            body.append(tag("p", {"class": "explainer-unmentioned"}, reason))  # the label above says it is unnamed
        items.append(join(body, "\n"))
    if not items:
        return ""
    return section(words["heading.in_the_stories"], "in-the-stories",
                   tag("div", {"class": "explainer-roles"}, join(items, "\n")))


def said(links: Links, actor: Actor, stories: tuple[Story, ...]) -> str:
    """The quotes the actor is the speaker of, story by story, each linked to its context."""
    articles = links.context.index.articles
    quotes = [links.quote(story, articles[story.slug], q)
              for story in stories for q in story.quotes if q.speaker == actor.id]
    if not quotes:
        return ""
    return section(links.context.words["heading.what_they_said"], "what-they-said", join(quotes, "\n"))


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
    return section(links.context.words["heading.mentioned_in"], "mentioned-in", body, searched=False)


def related(links: Links, actor: Actor) -> Markup:
    """The actor's own relations, then those other actors declare towards it, seen from this end."""
    actors, words = links.context.site.actors, links.context.words
    items = []
    for relation in actor.relations:
        other = actors.get(relation.to)
        if other:
            items.append(tag("li", {}, relation_label(words, relation.type) + words["colon"], links.actor(other),
                             f" — {relation.note}" if relation.note else ""))
    for other, relation in links.context.index.related_to.get(actor.id, ()):
        if not any(r.to == other.id for r in actor.relations):
            label = relation_label(words, relation.type, inverse=True)
            items.append(tag("li", {}, label + words["colon"], links.actor(other),
                             f" — {relation.note}" if relation.note else ""))
    return tag("ul", {"class": "explainer-related"}, *items) if items else Markup("")
