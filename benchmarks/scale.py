"""How the core scales with a desk's size: prints figures, asserts nothing.

    python benchmarks/scale.py [STORIES] [ACTORS]

Writes a synthetic content folder (every story `sample: true`) to a temporary
directory, then times `build_site` (load, validate, link, check, render) and
reports the largest page, so a change that makes pages grow with the number
of actors or stories shows up as a number.
"""

from __future__ import annotations

import sys
import tempfile
import time
import resource
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.build import build_site  # noqa: E402


def write_desk(root: Path, stories: int, actors: int) -> None:
    shared = root / "_shared"
    shared.mkdir(parents=True)
    lines = ["actors:"]
    for n in range(actors):
        lines += [f"  - id: actor-{n}", f"    name: Actor Number{n}", f"    aliases: [AN{n}]", "    kind: organisation",
                  f"    summary: Synthetic actor {n}.", f"    relations: [{{to: actor-{(n + 1) % actors}, type: ally}}]"]
    (shared / "actors.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for s in range(stories):
        cast = [(s * 7 + k) % actors for k in range(5)]
        folder = root / f"story-{s}"
        folder.mkdir()
        paragraphs = [f"Actor Number{a} met AN{cast[(i + 1) % 5]} on day {i} and counted {s + i} boats. Nothing else happened." for i, a in enumerate(cast)]
        (folder / "article.md").write_text("\n\n".join(paragraphs * 4) + "\n", encoding="utf-8")
        sheet = [f"story:\n  title: Synthetic story {s}\n  date: 2026-01-{1 + s % 28:02d}\n  summary: A generated story.\n  sample: true\nactors:"]
        sheet += [f"  - id: actor-{a}\n    role: Appears." for a in cast]
        sheet += [f"figures:\n  - id: boats\n    value: {s}\n    label: Boats\n    excerpt: counted {s} boats"]
        (folder / "facts.yml").write_text("\n".join(sheet) + "\n", encoding="utf-8")


def main() -> None:
    stories = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    actors = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        write_desk(content, stories, actors)
        start = time.perf_counter()
        result = build_site(content)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        assert not result.errors, result.errors[:3]
        sizes = sorted((len(md.encode()), path) for path, md in result.pages.items())
        story_sizes = [size for size, path in sizes if path.startswith("stories/story-")]
        actor_sizes = [size for size, path in sizes if path.startswith("actors/actor-")]
        print(f"stories={stories} actors={actors} pages={len(result.pages)}")
        print(f"build_site: {seconds:.2f} s, peak RSS of the process {peak / 1e6:.0f} MB")
        print(f"story page: max {max(story_sizes) / 1e3:.1f} KB; actor page: max {max(actor_sizes) / 1e3:.1f} KB")
        print(f"largest page: {sizes[-1][1]} {sizes[-1][0] / 1e3:.1f} KB")


if __name__ == "__main__":
    main()
