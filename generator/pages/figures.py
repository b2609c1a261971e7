"""The key-figures box: a card a reader takes in at a glance, its notes one click away.

A card shows the value, its unit (unless obvious), the label and the jump to
the sentence that states it; notes, what the figure concerns and how a
derived value follows sit behind a disclosure. Figures the sheet says
disagree (`conflicts_with`, either way round) share one card: the values once,
as a pair ("300 or 308"), each with its label, and the comparison (excerpts,
jumps, notes) behind the card's disclosure. No figure is printed twice.
"""

from __future__ import annotations

import re

from ..linking import LinkedArticle
from ..markup import Markup, join, tag
from ..model import Figure, Story
from ..spec import SCALE_EXPONENTS
from ..i18n import Words
from .parts import Links, draft_label, shown, source_link

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
# A count of people needs no unit: the label says who is counted ("Civilians in the convoy").
SELF_EVIDENT_UNITS = {"people", "persons"}


def figures_box(links: Links, story: Story, article: LinkedArticle) -> Markup:
    """One card per figure, or per group of figures that disagree, in the sheet's order."""
    # Focusable and labelled: on a phone the box scrolls sideways (see explainer.css).
    cards = [figure_card(links, story, article, group[0]) if len(group) == 1
             else dispute_card(links, story, article, group) for group in disputes(story.figures)]
    label = links.context.words["heading.key_figures"]
    return tag("ul", {"class": "explainer-figures", "tabindex": "0", "aria-label": label}, *cards)


def disputes(figures: tuple[Figure, ...]) -> list[tuple[Figure, ...]]:
    """The figures in groups: each alone, or with every figure it disagrees with, directly or through another."""
    by_id = {f.id: f for f in figures}
    group_of = {f.id: {f.id} for f in figures}
    for figure in figures:
        for other in figure.conflicts_with:
            if other in by_id and group_of[other] is not group_of[figure.id]:
                merged = group_of[figure.id] | group_of[other]
                for member in merged:
                    group_of[member] = merged
    groups, seen = [], set()
    for figure in figures:  # sheet order: a group stands where its first figure does
        if figure.id not in seen:
            seen |= group_of[figure.id]
            groups.append(tuple(f for f in figures if f.id in group_of[figure.id]))
    return groups


def unit_needed(figure: Figure) -> bool:
    """Print the unit unless the value or the label already says it ("$1.5 billion", "Books on board")."""
    unit = figure.unit.lower()
    if not unit or unit in SELF_EVIDENT_UNITS:
        return False
    shown, label = figure.shown.lower(), figure.label.lower()
    sign = CURRENCY_SIGNS.get(figure.unit.upper())
    singular = unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit
    named = re.search(rf"(?<!\w){re.escape(singular)}s?(?!\w)", label)  # "Books on board" says "books"
    return unit not in shown and not named and not (sign and sign in shown)


def _head(values: list[str], unit: str, words: Words) -> Markup:
    """The big line of a card: the value (or the values, "300 or 308"), and the unit when it is needed."""
    text = values[0] if len(values) == 1 else words.format(
        "figure.alternatives", values=words.list(values[:-1]), last=values[-1])
    return tag("p", {"class": "explainer-figure__head"}, tag("span", {"class": "explainer-figure__value"}, text),
               join([" ", tag("span", {"class": "explainer-figure__unit"}, unit)]) if unit else None)


def _where(links: Links, story: Story, article: LinkedArticle, figure: Figure, text: str) -> Markup | None:
    """The jump to the sentence that states the figure, or its source when the article does not."""
    sentence = article.sentence_of(figure.excerpt) if figure.excerpt else None
    if sentence:
        return links.sentence(story, sentence.id, text)
    if figure.source:
        return tag("span", {"class": "explainer-figure__source"}, links.context.words["source.one"],
                   source_link(figure.source))
    return None


def _more(summary: str, parts: list) -> Markup | None:
    """A disclosure holding a card's notes, or None when the card has none."""
    parts = [p for p in parts if p]
    if not parts:
        return None
    return tag("details", {"class": "explainer-figure__more"}, tag("summary", {}, summary), *parts)


def _notes(links: Links, figures: tuple[Figure, ...]) -> list[Markup]:
    """What the figures concern, their notes (each once) and how derived values follow."""
    actors, words = links.context.site.actors, links.context.words
    concerned = [actors[a] for a in dict.fromkeys(a for f in figures for a in f.actors) if a in actors]
    notes = [tag("p", {"class": "explainer-figure__note"}, words["figure.about"],
                 join([links.actor(a) for a in concerned], words["list_separator"]))] if concerned else []
    notes += [tag("p", {"class": "explainer-figure__note"}, note)
              for note in dict.fromkeys(f.note for f in figures if f.note)]
    notes += [tag("p", {"class": "explainer-figure__note"}, words.format("figure.derived_value", value=shown(f, words))
                  if len(figures) > 1 else words["figure.derived"], f.derived) for f in figures if f.derived]
    return notes


def figure_card(links: Links, story: Story, article: LinkedArticle, figure: Figure) -> Markup:
    """One key figure: value, unit, label and the jump to its sentence; its notes behind a disclosure."""
    words = links.context.words
    return tag("li", {"class": "explainer-figure", "id": f"figure-{figure.id}"},
               draft_label(words) if figure.draft else None,
               _head([shown(figure, words)], figure.unit if unit_needed(figure) else "", words),
               tag("p", {"class": "explainer-figure__label"}, figure.label),
               _where(links, story, article, figure, words["figure.where"]),
               _more(words["figure.notes"], _notes(links, (figure,))))


def dispute_card(links: Links, story: Story, article: LinkedArticle, group: tuple[Figure, ...]) -> Markup:
    """Figures that disagree, on one card: the values once, each with its label; the comparison behind a disclosure."""
    ordered, words = sorted(group, key=_number), links.context.words
    units = {f.unit for f in ordered}
    unit = ordered[0].unit if len(units) == 1 and all(unit_needed(f) for f in ordered) else ""
    sides = [tag("li", {"id": f"figure-{f.id}"}, draft_label(words) if f.draft else None,
                 tag("strong", {}, shown(f, words)), f" {f.unit}" if not unit and unit_needed(f) else "",
                 words["colon"], f.label, " ", _where(links, story, article, f, words["figure.in_the_article"]))
             for f in ordered]
    compared = [tag("blockquote", {"class": "explainer-figure__excerpt"}, tag("strong", {}, shown(f, words)),
                    words["colon"], words.format("quote.marks", text=f.excerpt)) for f in ordered if f.excerpt]
    why = words["figure.why_two"] if len(group) == 2 else words["figure.why_several"]
    return tag("li", {"class": "explainer-figure explainer-figure--disputed"},
               _head([shown(f, words) for f in ordered], unit, words),
               tag("ul", {"class": "explainer-figure__sides"}, *sides),
               _more(why, [*compared, tag("p", {"class": "explainer-figure__note"}, words["conflict.both"]),
                           *_notes(links, group)]))


def _number(figure: Figure) -> tuple[float, str]:
    """A figure's value as a number for ordering (scale included), then its id, so the order is stable."""
    try:
        return float(figure.value.replace(",", "")) * 10 ** SCALE_EXPONENTS.get(figure.scale, 0), figure.id
    except ValueError:
        return float("inf"), figure.id
