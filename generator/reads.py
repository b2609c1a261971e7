"""What a page read while it was written, and a fingerprint of exactly that.

A page function reads the site through its `Context`. Here the context's
collections are wrapped so that every read is noted (`actors["x"]`, every
story, the stories naming a term...). The page's fingerprint is then a hash
of the values it read, so a later build can tell, without writing the page
again, whether anything the page shows may have changed: same fingerprint,
same inputs, same page (page functions are pure).

What is not wrapped counts as read by every page (`everything`): a field
added to the site or the context later is then never overlooked, only
costly. Fingerprints err one way only: a value whose pickle differs (say a
set iterated in another order) only makes a page be written again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from collections.abc import Mapping
from typing import Any, Iterator

from .linking import SiteIndex
from .model import Site

ALL = "*"  # the key of a read of a whole collection (iterated, counted, or listed)
SITE_MAPPINGS = ("actors", "terms", "places")
INDEX_MAPPINGS = ("articles", "stories_of", "related_to")
Read = tuple[str, Any]  # (collection, key)
MISSING = "<missing>"  # what a read of a story that is gone returns


class Reads:
    """The reads of one page, in a set."""

    def __init__(self, explicit: tuple[Read, ...] = ()):
        self.seen: set[Read] = set(explicit)

    def note(self, collection: str, key: Any) -> None:
        """Remember one read."""
        self.seen.add((collection, key))

    def frozen(self) -> tuple[Read, ...]:
        """The reads, in a stable order, to be kept with the page."""
        return tuple(sorted(self.seen, key=repr))


class StoryView:
    """A story as a page reads it: the same attributes, each read noted as (story, field).

    A page that shows a story's title in a list then depends on that title
    alone, not on the whole story: editing a story's summary rewrites the
    pages that show the summary, not every index that lists the story.
    Comparing or hashing the view counts as reading the whole story.
    """

    __slots__ = ("_story", "_reads")

    def __init__(self, story, reads: Reads):
        object.__setattr__(self, "_story", story)
        object.__setattr__(self, "_reads", reads)

    def __getattr__(self, name):
        value = getattr(self._story, name)
        self._reads.note("story-field", (self._story.slug, name))
        return value

    def __setattr__(self, name, value):
        raise AttributeError("a story is read-only")

    def __eq__(self, other) -> bool:
        self._reads.note("story", self._story.slug)
        return self._story == (other._story if isinstance(other, StoryView) else other)

    def __hash__(self) -> int:
        self._reads.note("story", self._story.slug)
        return hash(self._story)


class RecordingMapping(Mapping):
    """A read-only mapping that notes which keys are read, and whole reads."""

    def __init__(self, name: str, data: Mapping, reads: Reads, wrap=None):
        self._name, self._data, self._reads = name, data, reads
        self._wrap = wrap or (lambda value: value)

    def __getitem__(self, key):
        self._reads.note(self._name, key)
        return self._wrap(self._data[key])

    def get(self, key, default=None):
        """The value at key (noted as read, whether or not it is there), or default."""
        self._reads.note(self._name, key)
        return self._wrap(self._data[key]) if key in self._data else default

    def __contains__(self, key) -> bool:
        self._reads.note(self._name, key)
        return key in self._data

    def __iter__(self) -> Iterator:
        self._reads.note(self._name, ALL)
        return iter(self._data)

    def __len__(self) -> int:
        self._reads.note(self._name, ALL)
        return len(self._data)


class RecordingStories(tuple):
    """The site's stories, as views: going through the tuple reads which stories there are, in which order."""

    reads: Reads

    def __iter__(self):
        self.reads.note("stories", ALL)
        return (StoryView(story, self.reads) for story in super().__iter__())

    def __getitem__(self, item):
        self.reads.note("stories", ALL)
        found = super().__getitem__(item)
        if isinstance(item, slice):
            return tuple(StoryView(story, self.reads) for story in found)
        return StoryView(found, self.reads)

    def __len__(self) -> int:
        self.reads.note("stories", ALL)
        return super().__len__()


def recording(site: Site, index: SiteIndex, reads: Reads) -> tuple[Site, SiteIndex]:
    """The site and index as a page sees them: the same data, every read noted in `reads`."""
    stories = RecordingStories(site.stories)
    stories.reads = reads
    site = dataclasses.replace(site, stories=stories,
                               **{name: RecordingMapping(name, getattr(site, name), reads) for name in SITE_MAPPINGS})
    wraps = {"stories_of": lambda stories: tuple(StoryView(story, reads) for story in stories)}
    index = dataclasses.replace(index, **{name: RecordingMapping(name, getattr(index, name), reads, wraps.get(name))
                                          for name in INDEX_MAPPINGS})
    return site, index


class Fingerprints:
    """Fingerprints of the values of one build, each computed once."""

    def __init__(self, site: Site, index: SiteIndex, everything: tuple = (), known: dict | None = None):
        self.site, self.index = site, index
        self.stories = {story.slug: story for story in site.stories}
        # id -> (object, fingerprint): holding the object keeps its id from being reused, so a dict kept
        # from one build to the next (`known`) stays right for the objects a cache hands out again.
        self._by_id: dict[int, tuple[Any, str]] = {} if known is None else known
        self.used: set[int] = set()
        self._reads: dict[Read, str] = {}
        self.everything = self.of_value((everything, _unwrapped(site, ("stories", *SITE_MAPPINGS)),
                                         _unwrapped(index, INDEX_MAPPINGS)))

    def of_reads(self, reads: tuple[Read, ...]) -> str:
        """The fingerprint of what a page read (and of what every page depends on).

        The reads are kept with the page in a fixed order, so their values' fingerprints alone tell them apart.
        """
        memo, of_read = self._reads, self.of_read
        return _sha(self.everything + "".join(memo[read] if read in memo else of_read(*read) for read in reads))

    def of_read(self, collection: str, key: Any) -> str:
        """The fingerprint of one read's value."""
        read = (collection, key)
        if read not in self._reads:
            self._reads[read] = self.of_value(self._value(collection, key))
        return self._reads[read]

    def _value(self, collection: str, key: Any) -> Any:
        """The value a read returned (the whole collection for `ALL`)."""
        if collection == "story":
            return self.stories.get(key)
        if collection == "story-field":
            slug, name = key
            return getattr(self.stories[slug], name) if slug in self.stories else MISSING
        if collection == "stories":  # which stories, in which order; what is read of each is noted apart
            return tuple(story.slug for story in self.site.stories)
        data = getattr(self.site if collection in SITE_MAPPINGS else self.index, collection)
        if collection == "stories_of":
            return tuple((ref, tuple(s.slug for s in value)) for ref, value in data.items()) if key == ALL \
                else tuple(s.slug for s in data.get(key, ()))
        return tuple(data.items()) if key == ALL else data.get(key)

    def of_value(self, value: Any) -> str:
        """A value's fingerprint: containers by their items, stories and other objects by their pickle."""
        if isinstance(value, (tuple, list)):
            return _sha("".join(self.of_value(item) for item in value))
        if isinstance(value, (str, int, float, bool, type(None))):
            return _sha(repr(value))
        if id(value) not in self._by_id:
            self._by_id[id(value)] = (value, _sha(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))
        self.used.add(id(value))
        return self._by_id[id(value)][1]

    def forget_unused(self) -> None:
        """Keep only the fingerprints of objects this build used (the others may never come back)."""
        for key in [key for key in self._by_id if key not in self.used]:
            del self._by_id[key]


def _unwrapped(obj, wrapped: tuple[str, ...]) -> tuple:
    """The fields of a site or index that `recording` does not wrap: every page counts as reading them."""
    return tuple((f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.name not in wrapped)


def _sha(text: str | bytes) -> str:
    """A short stable digest."""
    return hashlib.sha1(text.encode() if isinstance(text, str) else text).hexdigest()



class Dependencies:
    """Which page read what, kept from build to build: a changed value marks exactly its readers stale.

    Comparing each page's reads one by one would cost a thousand-story desk
    hundreds of thousands of look-ups per build; here each distinct value is
    compared once, and the pages that read a changed one are the stale ones.
    """

    def __init__(self):
        self.reads_of: dict[str, tuple[Read, ...]] = {}  # page -> what it read when last written
        self.readers: dict[Read, set[str]] = {}  # what was read -> the pages that read it
        self.values: dict[Read, str] = {}  # what was read -> its fingerprint then
        self.everything = ""

    def stale(self, fingerprints: Fingerprints, pages) -> set[str]:
        """The pages that must be written again: new ones, and those that read a value that changed."""
        if fingerprints.everything != self.everything:
            return set(pages)
        dirty = {page for page in pages if page not in self.reads_of}
        for read, readers in self.readers.items():
            if fingerprints.of_read(*read) != self.values.get(read):  # a read not yet settled counts as changed
                dirty |= readers
        return dirty

    def record(self, page: str, reads: tuple[Read, ...]) -> None:
        """What a page just written read, and the values it read."""
        self.forget(page)
        self.reads_of[page] = reads
        for read in reads:
            self.readers.setdefault(read, set()).add(page)

    def forget(self, page: str) -> None:
        """Drop a page (gone, or about to be recorded again)."""
        for read in self.reads_of.pop(page, ()):
            readers = self.readers.get(read)
            if readers is not None:
                readers.discard(page)
                if not readers:
                    del self.readers[read]
                    self.values.pop(read, None)

    def settle(self, fingerprints: Fingerprints, pages) -> None:
        """After a build: forget the pages it no longer has, and remember what every page depends on."""
        for page in set(self.reads_of) - set(pages):
            self.forget(page)
        # Only now, every stale page written: a build stopped half-way leaves the old values, so its stale
        # pages are still found stale by the next build.
        self.values = {read: fingerprints.of_read(*read) for read in self.readers}
        self.everything = fingerprints.everything
