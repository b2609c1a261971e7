"""Linking: one matcher for every name, articles linked, sentence anchors, and the backlink index.

The article is parsed by Python-Markdown with raw HTML switched off, so any
markup in it is shown as text. A tree pass then wraps each sentence in an
anchor derived from its own words, links the first mention of each actor,
term and place in the article (or, with `LinkMentions.PARAGRAPH`, in every
paragraph; never inside a link, heading or code), and records every
mention: a later mention stays plain text in its anchored sentence, so the
backlinks still reach it. `index_site` turns those mentions into the
backlinks pages show: an actor page's "Mentioned in" list comes from here.

Hrefs come from a function the caller passes (it knows the URL layout), so
this module needs neither page paths nor MkDocs.
"""

from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
import xml.etree.ElementTree as etree
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

import markdown
from markdown.treeprocessors import Treeprocessor

from .i18n import ENGLISH, Words
from .markup import SafeMarkdown, too_complex
from .matcher import Hit, NameMatcher
from .model import Actor, Kind, Ref, Relation, Site, Story
from .text import fold, fold_quote_marks
from .tooltips import tooltip, tooltip_text

Href = Callable[[Ref], str]  # where a link to an actor, term or place points, from the linked page
INLINE_TAGS = {"a", "em", "strong", "code", "br", "img", "span", "abbr", "b", "i", "sub", "sup", "del", "ins",
               "mark", "small", "q"}
NO_LINK_TAGS = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style"}
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "jr", "sr", "no",
                  "vs", "etc", "e.g", "i.e", "mt", "ft", "maj", "brig", "gov", "sen", "rep"}
# A sentence ends at . ! ? (or the Arabic ؟) before a capital, a digit, or an Arabic letter (Arabic has no capitals).
_BOUNDARY = re.compile(r"(?<=[.!?؟])([\"”’'»)\]]*)(\s+)(?=[\"“‘'«(\[]?[A-Z0-9À-Þ\u0620-\u064a])")


class LinkMentions(str, enum.Enum):
    """Which mentions of a name become links: the article's first (a reader's default), or each paragraph's."""

    FIRST = "first"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its anchor id, its folded text, and the number of the block it sits in."""

    id: str
    text: str
    block: int


@dataclass(frozen=True)
class LinkedArticle:
    """One article parsed and linked: its HTML, its sentences, and what it mentions where (for backlinks)."""

    html: str
    sentences: tuple[Sentence, ...]
    mentions: Mapping[Ref, tuple[str, ...]]  # what is mentioned -> ids of sentences mentioning it, in order
    mentioned: frozenset[Ref]  # everything named anywhere in the article
    text: str = ""  # the article as a reader sees it, folded: what excerpts and quotes are checked against
    unreadable: str = ""  # why the article could not be parsed, if it could not
    unreadable_line: int = 1  # where: the paragraph that could not be
    noted: Mapping[int, str] = field(default_factory=dict)  # editors' note number -> the sentence showing it

    def sentence_of(self, excerpt: str) -> Sentence | None:
        """The sentence that contains (or starts) an excerpt, compared after folding."""
        wanted = fold_quote_marks(excerpt)
        if not wanted:
            return None
        # Sentence texts are folded already.
        for sentence in self.sentences:
            if wanted in sentence.text:
                return sentence
        head = wanted[:40]
        for sentence in self.sentences:
            if head in sentence.text:
                return sentence
        return None


def sentence_id(text: str, seen: dict[str, int]) -> str:
    """A short hash of the sentence's own words: stable when other sentences change."""
    digest = "s-" + hashlib.sha1(fold(text).encode("utf-8")).hexdigest()[:8]
    seen[digest] = seen.get(digest, 0) + 1
    return digest if seen[digest] == 1 else f"{digest}-{seen[digest]}"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence boundary gap in text: where one sentence ends and the next begins."""
    gaps = []
    for match in _BOUNDARY.finditer(text):
        before = text[max(0, match.start() - 40): match.start()]  # a short window: linear, not quadratic
        word = re.search(r"(\S+)[.!?؟]$", before)
        token = word.group(1).lower() if word else ""
        if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
            continue
        gaps.append((match.start(2), match.end(2)))
    return gaps


class _ArticleProcessor(Treeprocessor):
    """The tree pass over one article: wraps sentences, links first mentions, and records every mention."""

    def __init__(self, md, matcher: NameMatcher, titles: Callable[[Hit], str], href: Href, notes: Sequence[str],
                 mode: LinkMentions = LinkMentions.FIRST, words: Words = ENGLISH):
        super().__init__(md)
        self.mode = mode
        self.notes = [fold_quote_marks(excerpt) for excerpt in notes]
        self.words = words  # the note markers' words
        self.noted: dict[int, str] = {}  # note number (1-based) -> id of the sentence it is shown at
        self.matcher = matcher
        self.titles = titles
        self.href = href
        self.sentences: list[Sentence] = []
        self.mentions: dict[Ref, list[str]] = defaultdict(list)
        self.mentioned: set[Ref] = set()
        self.seen_ids: dict[str, int] = {}
        self.text = ""

    def run(self, root: etree.Element) -> None:
        """Python-Markdown hook: record the article's text and headings, then wrap and link every block."""
        self.text = fold(" ".join(root.itertext()))
        for element in root.iter():
            if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.record("".join(element.itertext()), None)
        blocks = [el for el in root.iter() if el.tag in ("p", "li", "td", "th", "dd", "dt")]
        linked: set[Ref] = set()  # what is linked already: in the whole article, or in this paragraph
        for index, block in enumerate(blocks):
            if self.mode is LinkMentions.PARAGRAPH:
                linked = set()
            if all(child.tag in INLINE_TAGS for child in block):
                self.wrap_sentences(block, index, linked)
            else:
                self.link_children(block, linked, None)

    def record(self, text: str, sentence: str | None) -> None:
        """Note every name in text as mentioned without linking it (headings, links, code)."""
        for _, _, hit in self.matcher.finditer(text):
            self.note_mention(hit, sentence)

    def note_mention(self, hit: Hit, sentence: str | None) -> None:
        """Mark what a hit names as mentioned, and in which sentence (once per sentence, in order)."""
        for ref in hit.mentions:
            self.mentioned.add(ref)
            if sentence and (not self.mentions[ref] or self.mentions[ref][-1] != sentence):
                self.mentions[ref].append(sentence)

    def wrap_sentences(self, block: etree.Element, block_index: int, linked: set[Ref]) -> None:
        """Regroup a block's top-level content into one span per sentence, linking what `linked` lacks."""
        pieces: list[list[str | etree.Element]] = [[]]
        gaps: list[str] = []

        def add_text(text: str) -> None:
            """Add text to the current sentence, starting a new one at each sentence boundary."""
            position = 0
            for start, end in split_sentences(text):
                pieces[-1].append(text[position:start])
                gaps.append(text[start:end])
                pieces.append([])
                position = end
            pieces[-1].append(text[position:])

        add_text(block.text or "")
        for child in list(block):
            tail, child.tail = child.tail or "", None
            pieces[-1].append(child)
            add_text(tail)
            block.remove(child)
        lead = ""
        if pieces and pieces[0] and isinstance(pieces[0][0], str):
            stripped = pieces[0][0].lstrip()
            lead, pieces[0][0] = pieces[0][0][: len(pieces[0][0]) - len(stripped)], stripped
        block.text = lead
        for number, sentence_pieces in enumerate(pieces):
            text = "".join(p if isinstance(p, str) else "".join(p.itertext()) for p in sentence_pieces)
            if not text.strip():
                continue
            span = etree.SubElement(block, "span",
                                    {"class": "explainer-sentence", "id": sentence_id(text, self.seen_ids)})
            self.sentences.append(Sentence(span.get("id"), fold(text), block_index))
            for piece in sentence_pieces:
                if isinstance(piece, str):
                    self.append_linked(span, piece, linked, span.get("id"))
                else:
                    span.append(piece)
                    self.link_children(piece, linked, span.get("id"))
            self.mark_notes(span, fold(text))
            span.tail = gaps[number] if number < len(gaps) else None

    def mark_notes(self, span: etree.Element, sentence: str) -> None:
        """End a sentence with a link to each editors' note whose excerpt it holds (or starts)."""
        for number, wanted in enumerate(self.notes, start=1):
            if number in self.noted or not wanted or (wanted not in sentence and wanted[:40] not in sentence):
                continue
            self.noted[number] = span.get("id")
            mark = etree.SubElement(span, "sup", {"class": "explainer-note-ref"})
            link = etree.SubElement(mark, "a", {"href": f"#note-{number}", "id": f"note-ref-{number}",
                                                "aria-label": self.words.format("note.marker_label", n=number)})
            link.text = self.words.format("note.marker", n=number)

    def link_children(self, element: etree.Element, linked: set[Ref], sentence: str | None) -> None:
        """Link names in an element's own text and its children's, skipping links and code."""
        if element.tag in NO_LINK_TAGS:
            self.record("".join(element.itertext()) if element.tag != "code" else "", sentence)
            return
        text, element.text = element.text or "", None
        children = list(element)
        for child in children:
            element.remove(child)
        self.append_linked(element, text, linked, sentence)
        for child in children:
            tail, child.tail = child.tail or "", None
            element.append(child)
            if child.tag in INLINE_TAGS:  # a nested paragraph or list is linked as a block of its own
                self.link_children(child, linked, sentence)
            self.append_linked(element, tail, linked, sentence)

    def append_linked(self, parent: etree.Element, text: str, linked: set[Ref], sentence: str | None) -> None:
        """Append text to parent, turning the first mention of each target into a link."""
        position = 0
        for start, end, hit in self.matcher.finditer(text):
            self.note_mention(hit, sentence)
            if hit.link in linked:
                continue
            linked.add(hit.link)
            _append_text(parent, text[position:start])
            attributes = {"href": _attribute(self.href(hit.link)), "class": f"explainer-{hit.link.kind.value}",
                          "title": _attribute(tooltip(self.titles(hit)))}
            link = etree.SubElement(parent, "a", attributes)
            link.text = text[start:end]
            position = end
        _append_text(parent, text[position:])


def _attribute(value: str) -> str:
    """Python-Markdown's serializer leaves entities in attributes alone, so escape "&" ourselves."""
    return value.replace("&", "&amp;")


def _append_text(parent: etree.Element, text: str) -> None:
    """Append plain text after parent's last child (or into its text when it has none)."""
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


class _Extension(SafeMarkdown):
    """The safe Markdown setup plus our article pass, made by `processor_factory` for each parser."""

    def __init__(self, processor_factory):
        super().__init__()
        self.processor_factory = processor_factory

    def extendMarkdown(self, md):
        """Python-Markdown hook: the safe setup, then our article pass after it."""
        super().extendMarkdown(md)  # raw HTML shown as text, unsafe hrefs dropped (priority -10)
        # After sanitizing, so our relative hrefs survive; after 'unescape', so text is plain.
        md.treeprocessors.register(self.processor_factory(md), "explainer-article", -20)


class ArticleTooComplex(Exception):
    """An article nested so deeply that parsing it would take minutes or overflow the stack."""

    def __init__(self, reason: str, line: int = 1):
        super().__init__(reason)
        self.line = line


def link_article(source: str, matcher: NameMatcher, titles: Callable[[Hit], str], href: Href,
                 notes: Sequence[str] = (), mode: LinkMentions = LinkMentions.FIRST,
                 words: Words = ENGLISH) -> LinkedArticle:
    """Parse and link one article. `titles` gives the tooltip for a matched name, `href` its link.

    `mode` says which mentions link: the first in the article, or the first in each paragraph.

    Raises ArticleTooComplex for paragraphs with more brackets than
    Python-Markdown parses in reasonable time (its link parsing is quadratic)
    or formatting nested past the interpreter's recursion limit.
    """
    line, reason = too_complex(source)
    if reason:
        raise ArticleTooComplex(reason, line)
    # Names are matched on composed text: an "é" typed as "e" plus an accent is the same letter, and
    # looks the same on the page (NFC is canonically equivalent to what was written).
    source = unicodedata.normalize("NFC", source)
    holder: list[_ArticleProcessor] = []

    def factory(md):
        """Make the article pass for Python-Markdown, keeping hold of it to read its results."""
        holder.append(_ArticleProcessor(md, matcher, titles, href, notes, mode, words))
        return holder[0]

    md = markdown.Markdown(extensions=[_Extension(factory)], output_format="html")
    try:
        html = md.convert(source)
    except RecursionError:
        raise ArticleTooComplex("emphasis, links or lists are nested too deeply") from None
    processor = holder[0]
    return LinkedArticle(
        html=html,
        sentences=tuple(processor.sentences),
        mentions={ref: tuple(ids) for ref, ids in processor.mentions.items()},
        mentioned=frozenset(processor.mentioned),
        text=processor.text,
        noted=processor.noted,
    )


def build_matcher(site: Site) -> NameMatcher:
    """One matcher for every name on the site: actors, terms, places.

    A term that names an actor (`actor:`) links to the actor's page but is
    still the term's name (its tooltip is the definition).
    """
    entries = []
    for actor in site.actors.values():
        entries += [(name, actor.ref, actor.ref) for name in actor.names]
    for term in site.terms.values():
        link = Ref(Kind.ACTOR, term.actor) if term.actor and term.actor in site.actors else term.ref
        entries += [(name, link, term.ref) for name in term.names]
    for place in site.places.values():
        entries += [(name, place.ref, place.ref) for name in place.names]
    return NameMatcher(entries)


def link_stories(site: Site, matcher: NameMatcher, href: Callable[[Story, Ref], str],
                 mode: LinkMentions = LinkMentions.FIRST, words: Words = ENGLISH) -> dict[str, LinkedArticle]:
    """Every story's article, linked as `mode` says; one too deeply nested to parse is kept with the reason.

    `words` gives the editors' note markers their words ("note 1", "ملاحظة 1").
    """
    articles = {}
    for story in site.stories:
        try:
            articles[story.slug] = link_article(
                story.article, matcher, lambda hit: tooltip_text(site, hit.name_of),
                lambda ref, story=story: href(story, ref), [note.excerpt for note in story.notes], mode, words)
        except ArticleTooComplex as exc:
            articles[story.slug] = LinkedArticle("", (), {}, frozenset(), unreadable=str(exc),
                                                  unreadable_line=exc.line)
    return articles


@dataclass(frozen=True)
class SiteIndex:
    """Who appears where, computed once for all pages: the backlinks."""

    articles: Mapping[str, LinkedArticle]  # slug -> linked article
    stories_of: Mapping[Ref, tuple[Story, ...]]  # actor, term or place -> stories that name or list it
    related_to: Mapping[str, tuple[tuple[Actor, Relation], ...]]  # actor id -> relations other actors declare to it

    def stories_naming(self, ref: Ref) -> tuple[Story, ...]:
        """The stories that name or list an actor, term or place, newest first; () for none."""
        return self.stories_of.get(ref, ())


def index_site(site: Site, articles: Mapping[str, LinkedArticle]) -> SiteIndex:
    """One pass over stories and relations, so no page has to scan the whole site.

    A story names an actor, term or place when its article mentions it or its
    sheet lists it (cast, glossary, places).
    """
    found: dict[Ref, list[Story]] = defaultdict(list)
    for story in site.stories:
        named = set(articles[story.slug].mentioned) | {Ref(Kind.ACTOR, c.actor_id) for c in story.cast}
        named |= {t.ref for t in story.glossary} | {p.ref for p in story.places}
        for ref in named:
            found[ref].append(story)
    related = defaultdict(list)
    for actor in site.actors.values():
        for relation in actor.relations:
            related[relation.to].append((actor, relation))
    return SiteIndex(articles, {k: tuple(v) for k, v in found.items()}, {k: tuple(v) for k, v in related.items()})
