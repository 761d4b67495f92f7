"""Ordinary French news for the benchmarks: the articles of ``benchmarks/data/ordinary_news.txt``, and the
mixed feed (one conflict article among ordinary ones) that ``relevance.py`` and ``scale.py`` both run.

The articles were written for this project: several paragraphs each (sport, economy, culture, weather,
science, health, justice, local politics, society), many of them with words that look like incident
language in another sense (football "frappe", cycling "attaque", a "manifestation" culturelle, a road
accident's "blessés"), as real news is; see the file's header for its format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sentinelle.extraction import ArticleInput

DATA = Path(__file__).resolve().parent / "data" / "ordinary_news.txt"
_HEADER = re.compile(r"^## (?P<id>[\w-]+) \| (?P<topic>[^|]+?) \| (?P<published>\d{4}-\d{2}-\d{2}) \| (?P<look>.*)$")


@dataclass(frozen=True)
class OrdinaryArticle:
    id: str
    topic: str
    published: str
    lookalikes: tuple[str, ...]  # words of the text that look like incident language in another sense
    text: str

    def as_input(self) -> ArticleInput:
        return ArticleInput(text=self.text, published=self.published, doc_id=f"news-{self.id}")


def load_ordinary(path: Path = DATA) -> list[OrdinaryArticle]:
    """The articles of ``path``, in file order (a clear error names a malformed header line)."""
    articles: list[OrdinaryArticle] = []
    head: re.Match[str] | None = None
    body: list[str] = []

    def close() -> None:
        if head is not None:
            look = head["look"].strip()
            articles.append(OrdinaryArticle(
                id=head["id"], topic=head["topic"].strip(), published=head["published"],
                lookalikes=() if look == "-" else tuple(w.strip() for w in look.split(",") if w.strip()),
                text="\n".join(body).strip()))

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            close()
            head, body = _HEADER.match(line), []
            if head is None:
                raise ValueError(f"{path}:{number}: header must read '## id | topic | YYYY-MM-DD | words or -'")
        elif line.startswith("# ") or line == "#":
            continue  # a comment
        elif head is not None:
            body.append(line)
    close()
    return articles


def mixed_feed(conflict: list[ArticleInput], n: int, per_conflict: int,
               ordinary: list[ArticleInput] | None = None) -> list[ArticleInput]:
    """One conflict article, then ``per_conflict`` ordinary ones, again and again up to ``n`` articles
    (ordinary news only when ``conflict`` is empty)."""
    ordinary = ordinary if ordinary is not None else [a.as_input() for a in load_ordinary()]
    feed: list[ArticleInput] = []
    c = o = 0
    while len(feed) < n:
        if conflict and len(feed) % (per_conflict + 1) == 0:
            feed.append(conflict[c % len(conflict)])
            c += 1
        else:
            feed.append(ordinary[o % len(ordinary)])
            o += 1
    return feed


def with_mode(mode: str, fn):
    """``fn()`` with the relevance gate's checks set to ``mode`` (``SENTINELLE_RELEVANCE``), restored after."""
    import os

    from sentinelle.relevance import MODE_ENV

    before = os.environ.get(MODE_ENV)
    os.environ[MODE_ENV] = mode
    try:
        return fn()
    finally:
        if before is None:
            del os.environ[MODE_ENV]
        else:
            os.environ[MODE_ENV] = before
