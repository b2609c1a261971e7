"""A realistic synthetic desk, written deterministically, for benchmarks.

    python benchmarks/corpus.py N OUTDIR [--seed SEED]

Writes OUTDIR/<slug>/{article.md,facts.yml} for N stories and
OUTDIR/_shared/{actors,glossary,places}.yml. The desk looks like a real one
where cost depends on it: articles of 600-1,500 words of distinct text,
15-40 actors a story drawn Zipf-like from a shared pool of 2,000 (so a few
actors appear in most stories and their pages list most of the desk),
5-15 figures whose excerpts are verbatim article text, 10-30 site-wide
glossary terms and a few places a story, quotes and timelines. Every story
is `sample: true`. Every name is an invented word used once, so names are
unique across actors, terms and places site-wide, never collide with the
filler text, and `python -m generator check` reports no error or warning.
The same N and seed always give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import heapq
import random
from pathlib import Path

import yaml

POOL_ACTORS = 2000
POOL_TERMS = 800
POOL_PLACES = 600
SCHEMA_LINE = "# yaml-language-server: $schema=../../generator/schema/facts.schema.json\n"

ONSETS = "b br c d dr f g gr h k kl l m n p pr r s sk st t tr v w z".split()
VOWELS = "a e i o u ai ea io ou ae".split()
CODAS = ["", "", "n", "r", "l", "s", "th", "m", "k", "nd", "rt"]
FIRST_NAMES = ("Anna Omar Lena Tomas Ines Yusuf Mara Pavel Nadia Jonas Sofia Ravi Elif Marco Hana Diego Ada Kofi "
               "Lucia Amir Noor Ivan Clara Tariq Eva Samir Irene Hugo Leila Felix Rosa Karim Maya Otto Zara").split()
ACTOR_SHAPES = {  # kind -> name patterns; {w} is an invented word
    "person": ["{f} {w}"],
    "organisation": ["{w} Water Board", "{w} Institute", "{w} Harbour Trust", "{w} Press Agency", "{w} Rail Company"],
    "armed-group": ["{w} Front", "{w} Brigades", "{w} Liberation Army"],
    "state": ["{w}", "Republic of {w}"],
    "government": ["{w} Cabinet", "{w} Ministry of Works"],
    "military": ["{w} Navy", "{w} Coast Guard", "{w} Air Corps"],
    "alliance": ["{w} Pact", "{w} League"],
}
KIND_WEIGHTS = {"person": 50, "organisation": 20, "armed-group": 6, "state": 8, "government": 6, "military": 5,
                "alliance": 5}
TERM_SHAPES = ["{w} levy", "{w} clause", "{w} index", "{w} tariff", "{w} quota", "{w} ruling", "{w} corridor"]
PLACE_SHAPES = ["{w}", "Port {w}", "{w} Bay", "{w} Valley", "{w} Heights"]
NOUNS = ("budget harbour ferry school bridge clinic market council road depot archive pier canal reservoir station "
         "hospital warehouse tribunal inquiry ceasefire convoy shipment pipeline levee quarry mill tunnel").split()
PLURALS = "households boats jobs patients tonnes visitors homes workers families vehicles permits claims".split()
ADJECTIVES = "new old disputed delayed costly northern southern temporary main rural coastal regional".split()
VERBS_PAST = "approved delayed reviewed blocked funded inspected expanded reopened closed questioned".split()
VERBS_BASE = "approve delay review block fund inspect expand reopen close question".split()
TIMES = "on Monday|on Tuesday|last week|in March|in the spring|earlier this year|overnight|on Friday".split("|")
NUMBER_WORDS = "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen".split()
CONNECTORS = "However|Meanwhile|Separately|Later|Still|Elsewhere|Officially".split("|")


class Names:
    """Invented words, each given out once, so no name can collide with another or with the filler."""

    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, {w.lower() for w in NOUNS + PLURALS + ADJECTIVES + VERBS_PAST + VERBS_BASE}

    def word(self) -> str:
        while True:
            parts = [self.rng.choice(ONSETS) + self.rng.choice(VOWELS) for _ in range(self.rng.choice((2, 2, 3)))]
            word = ("".join(parts) + self.rng.choice(CODAS)).capitalize()
            if word.lower() not in self.used:
                self.used.add(word.lower())
                return word

    def acronym(self, name: str) -> str | None:
        """The initials of a name of three words or more, when no other name has them."""
        letters = "".join(part[0] for part in name.split() if part[0].isupper())
        if len(letters) < 3 or letters.lower() in self.used:
            return None
        self.used.add(letters.lower())
        return letters


def make_actors(rng: random.Random, names: Names) -> list[dict]:
    kinds = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()), k=POOL_ACTORS)
    actors = []
    for n, kind in enumerate(kinds):
        word = names.word()
        name = rng.choice(ACTOR_SHAPES[kind]).format(f=rng.choice(FIRST_NAMES), w=word)
        alias = word if kind == "person" or name.startswith("Republic") else names.acronym(name)
        article = "An" if kind[0] in "aeiou" else "A"
        actor = {"id": f"{name.lower().replace(' ', '-')}-{n}", "name": name, "kind": kind,
                 "summary": f"{article} {kind.replace('-', ' ')} of the synthetic desk, number {n}."}
        if alias:
            actor["aliases"] = [alias]
        if rng.random() < 0.5:
            actor["background"] = (f"{name} is invented for the benchmark corpus. It stands for the kind of "
                                   f"{kind.replace('-', ' ')} a newsroom writes about for years.\n")
            actor["sources"] = [{"title": f"Notes on {name}", "url": f"https://example.org/actors/{n}"}]
        actors.append(actor)
    for actor in actors:
        if rng.random() < 0.25:
            others = rng.sample(actors, rng.choice((1, 2)))
            actor["relations"] = [{"to": o["id"], "type": rng.choice(("ally", "opponent", "member-of", "other"))}
                                  for o in others if o is not actor]
    return actors


def make_terms(rng: random.Random, names: Names) -> list[dict]:
    terms = []
    for n in range(POOL_TERMS):
        term = rng.choice(TERM_SHAPES).format(w=names.word().lower())
        terms.append({"term": term, "definition": f"A {rng.choice(ADJECTIVES)} rule on the {rng.choice(NOUNS)}, "
                                                  f"as the synthetic desk uses the word (entry {n})."})
    return terms


def make_place(rng: random.Random, names: Names, ident: str) -> dict:
    name = rng.choice(PLACE_SHAPES).format(w=names.word())
    coordinates = [round(rng.uniform(-60, 70), 3), round(rng.uniform(-170, 170), 3)]
    return {"id": ident, "name": name, "coordinates": coordinates,
            "summary": f"A {rng.choice(ADJECTIVES)} place of the synthetic desk."}


def zipf_sample(rng: random.Random, population: list, k: int, exponent: float = 1.0) -> list:
    """k distinct items, item i weighted 1/(i+1)^exponent (Efraimidis-Spirakis keys)."""
    keyed = heapq.nlargest(k, ((rng.random() ** ((i + 1) ** exponent), i) for i in range(len(population))))
    return [population[i] for _, i in keyed]


def figure_sentence(rng: random.Random, subject: str, place: str, index: int) -> tuple[str, dict]:
    """A sentence stating one figure, and the figure, whose excerpt is a verbatim part of the sentence."""
    kind = rng.choice(("count", "count", "money", "percent", "words"))
    if kind == "count":
        value = rng.randint(12, 99999)
        unit, verb = rng.choice(PLURALS), rng.choice(("counted", "reported", "registered", "listed"))
        display = f"{value:,}"
        excerpt = f"{verb} {display} {unit}"
        figure = {"value": value, "unit": unit, "display": display}
    elif kind == "money":
        value = round(rng.uniform(1.1, 99.9), 1)
        value = int(value) if value == int(value) else value
        scale = rng.choice(("million", "billion"))
        display = f"€{value} {scale}"
        excerpt = f"a budget of {display}"
        figure = {"value": value, "scale": scale, "unit": "EUR", "display": display}
    elif kind == "percent":
        value = rng.randint(2, 95) + rng.choice((0, 0.5))
        excerpt = f"rose by {value} percent"
        figure = {"value": value, "unit": "percent", "display": f"{value}%"}
    else:
        value = rng.randint(2, 16)
        excerpt = f"sent {NUMBER_WORDS[value - 2]} inspectors"
        figure = {"value": value, "unit": "inspectors"}
    figure = {"id": f"figure-{index}", **figure, "label": f"Figure {index} of the story ({kind})", "excerpt": excerpt}
    lead = {"money": f"{subject} announced", "percent": f"Spending by {subject}"}.get(kind, subject)
    sentence = f"{lead} {excerpt} in {place} {rng.choice(TIMES)}, the {rng.choice(NOUNS)} office said."
    return sentence, figure


class Article:
    """Sentences of one article; each required name is placed at least once, and no sentence repeats."""

    def __init__(self, rng: random.Random):
        self.rng, self.sentences, self.seen = rng, [], set()

    def say(self, sentence: str) -> None:
        sentence = sentence[0].upper() + sentence[1:]
        if sentence not in self.sentences:
            self.sentences.append(sentence)

    def name(self, actor: dict) -> str:
        """The full name at first mention, then now and then the alias, as a reporter writes."""
        if actor["id"] in self.seen and actor.get("aliases") and self.rng.random() < 0.5:
            return actor["aliases"][0]
        self.seen.add(actor["id"])
        return actor["name"]

    def mention(self, subjects: list[str], terms: list[str], places: list[str]) -> None:
        rng = self.rng
        s1 = subjects[0] if subjects else f"officials of the {rng.choice(NOUNS)}"
        s2 = subjects[1] if len(subjects) > 1 else f"the {rng.choice(NOUNS)} board"
        obj = f"the {terms[0]}" if terms else f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
        other = f"a {rng.choice(NOUNS)} for {rng.randint(3, 900)} {rng.choice(PLURALS)}"
        obj2 = f"the {terms[1]}" if len(terms) > 1 else other
        where = f"in {places[0]}" if places else f"in the {rng.choice(ADJECTIVES)} district"
        vp, vb, time = rng.choice(VERBS_PAST), rng.choice(VERBS_BASE), rng.choice(TIMES)
        self.say(rng.choice((
            f"{s1} {vp} {obj} {where} {time}, and {s2} {rng.choice(VERBS_PAST)} {obj2}.",
            f"{rng.choice(CONNECTORS)}, {s1} said that {obj} would be {vp} {where} before {rng.randint(2027, 2040)}, "
            f"while {s2} asked for {obj2}.",
            f"{where}, {obj} was {vp} by {s1} after {s2} asked for {obj2}.",
            f"{s1} did not {vb} {obj} {time}, and {s2} {vp} {obj2} {where} instead.",
            f"{s1} and {s2} {vp} {obj} {where} by {rng.randint(11, 99)} votes to {rng.randint(1, 10)} {time}, "
            f"along with {obj2}.",
        )))

    def quote(self, speaker: dict) -> str:
        rng = self.rng
        text = (f"We {rng.choice(VERBS_PAST)} the {rng.choice(NOUNS)} because the {rng.choice(NOUNS)} was "
                f"{rng.choice(ADJECTIVES)}, and we will {rng.choice(VERBS_BASE)} it again in {rng.randint(2027, 2040)}")
        self.say(f"“{text},” said {speaker['name']}.")
        self.seen.add(speaker["id"])
        return text

    def words(self) -> int:
        return sum(len(s.split()) for s in self.sentences)

    def markdown(self) -> str:
        paragraphs, rest = [], list(self.sentences)
        while rest:
            size = self.rng.randint(3, 6)
            paragraphs.append(" ".join(rest[:size]))
            rest = rest[size:]
        return "\n\n".join(paragraphs) + "\n"


def story_article(rng: random.Random, cast: list[dict], terms: list[str], places: list[str]) -> tuple[str, list, list]:
    """The article's Markdown, its figures and its quotes; every cast actor, term and place is named."""
    article = Article(rng)
    people = [a for a in cast if a["kind"] == "person"]
    tasks = [("figure", i) for i in range(1, rng.randint(5, 15) + 1)]
    tasks += [("quote", p) for p in rng.sample(people, min(len(people), rng.randint(1, 4)))]
    actors, named_terms, named_places = list(cast), list(terms), list(places)
    rng.shuffle(actors)
    while actors or named_terms or named_places:
        take = rng.randint(1, 2)
        tasks.append(("mention", (actors[:take], named_terms[:take], named_places[:1])))
        actors, named_terms, named_places = actors[take:], named_terms[take:], named_places[1:]
    rng.shuffle(tasks)
    figures, quotes, target = [], [], rng.randint(600, 1500)
    for kind, task in tasks:
        if kind == "figure":
            sentence, figure = figure_sentence(rng, article.name(rng.choice(cast)), rng.choice(places), task)
            article.say(sentence)
            figures.append(figure)
        elif kind == "quote":
            quotes.append({"speaker": task["id"], "text": article.quote(task), "attribution": "article"})
        else:
            article.mention([article.name(a) for a in task[0]], task[1], task[2])
    for _ in range(400):  # filler until the drawn length; bounded
        if article.words() >= target - 12:  # a filler sentence is 12-25 words
            break
        article.mention([article.name(rng.choice(cast))], [], [])
    return article.markdown(), figures, quotes


def story_sheet(rng: random.Random, index: int, cast: list[dict], figures: list, quotes: list, places: list) -> dict:
    date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 4000))
    lead = cast[0]
    story = {"title": f"{lead['name']} {rng.choice(VERBS_PAST)} the {rng.choice(NOUNS)} plan, number {index}",
             "date": date,
             "summary": f"{lead['name']} {rng.choice(VERBS_PAST)} the {rng.choice(NOUNS)} plan. "
                        f"A synthetic story of the benchmark desk, number {index}.",
             "status": "published", "sample": True, "tags": ["sample", rng.choice(NOUNS)]}
    if rng.random() < 0.3:
        story["as_of"] = date + dt.timedelta(days=rng.randint(1, 30))
    if len(figures) > 1 and rng.random() < 0.3:
        figures[1]["conflicts_with"] = [figures[0]["id"]]
        figures[1]["note"] = "The article gives both figures without saying which is right."
    timeline = []
    for _ in range(rng.randint(3, 8)):
        day = date - dt.timedelta(days=rng.randint(1, 3000))
        event = {"date": day if rng.random() < 0.7 else f"{day.year}-{day.month:02d}",
                 "text": f"The {rng.choice(NOUNS)} is {rng.choice(VERBS_PAST)}.",
                 "actors": [a["id"] for a in rng.sample(cast, 2)]}
        timeline.append(event)
    return {"story": story,
            "actors": [{"id": a["id"], "role": f"{rng.choice(VERBS_PAST).capitalize()} the {rng.choice(NOUNS)} here."}
                       for a in cast],
            "figures": figures, "quotes": quotes, "places": places, "timeline": timeline}


def dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10_000)


def write_corpus(stories: int, out: Path | str, seed: int = 13, full_pool: bool = False) -> Path:
    """Write the desk to `out`; returns `out`.

    _shared/ holds the pool's actors, terms and places that the stories use (as
    an editor adds them when writing stories), or the whole pool with full_pool.
    """
    out = Path(out)
    rng = random.Random(seed)
    names = Names(rng)
    actors, terms = make_actors(rng, names), make_terms(rng, names)
    places = [make_place(rng, names, f"place-{n}") for n in range(POOL_PLACES)]
    used: set[str] = set()
    for index in range(stories):
        used |= write_story(out / f"desk-{index:04d}", random.Random(f"{seed}-{index}"), index, names,
                            (actors, terms, places))
    keep = lambda items, key: [i for i in items if full_pool or i[key] in used]  # noqa: E731
    shared = {"actors": keep(actors, "id"), "glossary": keep(terms, "term"), "places": keep(places, "id")}
    (out / "_shared").mkdir(parents=True, exist_ok=True)
    for key, items in shared.items():
        if key == "actors":
            items = [_relations_within(a, used, full_pool) for a in items]
        (out / "_shared" / f"{key}.yml").write_text(dump({key: items}), encoding="utf-8")
    return out


def _relations_within(actor: dict, used: set[str], full_pool: bool) -> dict:
    """The actor with only the relations whose other end is on the desk."""
    relations = [r for r in actor.get("relations", ()) if full_pool or r["to"] in used]
    actor = {k: v for k, v in actor.items() if k != "relations"}
    return {**actor, "relations": relations} if relations else actor


def write_story(folder: Path, rng: random.Random, index: int, names: Names, pools: tuple) -> set[str]:
    """One story from its own random stream, so its text does not depend on how many follow it.

    Returns the ids of the actors and places and the glossary terms it uses.
    """
    actors, terms, places = pools
    cast = zipf_sample(rng, actors, rng.randint(15, 40))
    own = [make_place(rng, names, f"story-{index}-place-{k}") for k in range(rng.randint(1, 2))]
    shared_places = rng.sample(places, rng.randint(2, 5))
    story_terms = [t["term"] for t in zipf_sample(rng, terms, rng.randint(10, 30), exponent=0.7)]
    article, figures, quotes = story_article(rng, cast, story_terms, [p["name"] for p in own + shared_places])
    folder.mkdir(parents=True)
    (folder / "article.md").write_text(article, encoding="utf-8")
    sheet = story_sheet(rng, index, cast, figures, quotes, own)
    (folder / "facts.yml").write_text(SCHEMA_LINE + dump(sheet), encoding="utf-8")
    return {a["id"] for a in cast} | {p["id"] for p in shared_places} | set(story_terms)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--full-pool", action="store_true", help="write all 2,000 actors, terms and places to _shared/")
    args = parser.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty")
    write_corpus(args.stories, args.out, args.seed, args.full_pool)
    print(f"wrote {args.stories} stories to {args.out}")


if __name__ == "__main__":
    main()
