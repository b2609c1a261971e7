"""The actor page: who they are, their part in each story, what they said, where they are mentioned, relations."""

from __future__ import annotations

from ..markup import Markup, front_matter, join, md_escape, plain_attribute, tag
from ..model import Actor, Story
from ..urls import actor_page
from . import pictures
from .parts import KIND_LABELS, NOT_SEARCHED, Context, Links, banner, date_text, sample_only, section, sources_list
from .parts import story_labels

RELATION_LABELS = {"ally": "Ally", "opponent": "Opponent", "member-of": "Member of", "leads": "Leads",
                   "part-of": "Part of", "other": "Related"}
INVERSE_LABELS = {"member-of": "Has member", "leads": "Led by", "part-of": "Includes"}  # as seen from the other end


def actor(context: Context, actor: Actor) -> str:
    """The Markdown of one actor's page: front matter, header, banners, then each section it has."""
    links = context.on(actor_page(actor.id))
    stories = context.index.stories_naming(actor.ref)
    out = [front_matter({"title": plain_attribute(actor.name), "description": plain_attribute(actor.summary)}),
           f"# {md_escape(actor.name)}\n\n", header(actor) + "\n\n"]
    if sample_only(stories):
        out.append(banner("sample", "Sample.", " This entry appears only in sample stories, "
                          "written to demonstrate the explainer tool. It is not news.") + "\n\n")
    if actor.draft:
        out.append(banner("draft", "Draft.", " This entry was drafted by the importer and is not checked yet.")
                   + "\n\n")
    if actor.background:
        out.append(section("Background", "background", tag("div", {"class": "explainer-background"},
                                                            context.markdown(actor.background))))
    out += [roles(links, actor, stories), said(links, actor, stories), mentioned_in(links, actor, stories)]
    related_list = related(links, actor)
    if related_list:
        out.append(section("Related actors", "related-actors",
                           join([pictures.actor_neighbourhood(links, actor), related_list], "\n")))
    if actor.sources:
        out.append(section("Sources", "sources", sources_list(actor.sources)))
    return "".join(out)


def header(actor: Actor) -> Markup:
    """The lines under the actor's name: kind, other spellings, as-of date, then the summary."""
    facts = [KIND_LABELS.get(actor.kind, actor.kind)]
    if actor.aliases:
        facts.append("Also written: " + ", ".join(actor.aliases))
    if actor.as_of:
        facts.append(f"As of {date_text(actor.as_of)}")
    return join([tag("p", {"class": "explainer-meta"}, " · ".join(facts)),
                 tag("p", {"class": "explainer-standfirst"}, actor.summary)], "\n")


def roles(links: Links, actor: Actor, stories: tuple[Story, ...]) -> str:
    """The actor's part in each story, and why a story lists them when its article never names them."""
    items = []
    for story in stories:
        cast = next((c for c in story.cast if c.actor_id == actor.id), None)
        body = [tag("h3", {}, links.story(story), " ", story_labels(story))]
        if cast and cast.role:
            body.append(links.context.markdown(cast.role))
        reason = cast and (cast.unmentioned or actor.unmentioned)
        if reason and actor.ref not in links.context.index.articles[story.slug].mentioned:
            body.append(tag("p", {"class": "explainer-unmentioned"}, "Not named in the article: ", reason))
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
