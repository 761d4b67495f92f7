"""The ordinary news of the benchmarks' mixed feed (benchmarks/data/ordinary_news.txt, benchmarks/ordinary.py).

The mixed-feed figures are only as honest as this data: whole articles of several paragraphs on many
topics, with the look-alike words they claim to hold, and the gate must not change their events.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.ordinary import load_ordinary, mixed_feed
from sentinelle.extraction import ArticleInput, extract_many
from sentinelle.relevance import MODE_ENV, NO_INCIDENT_LANGUAGE

ARTICLES = load_ordinary()


def test_the_file_holds_whole_articles_on_many_topics():
    assert len(ARTICLES) >= 30
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)
    assert len({a.topic for a in ARTICLES}) >= 8
    for a in ARTICLES:
        paragraphs = [p for p in a.text.split("\n\n") if p.strip()]
        assert len(paragraphs) >= 4, a.id
        assert len(a.text.split()) >= 300, a.id


@pytest.mark.parametrize("article", [a for a in ARTICLES if a.lookalikes], ids=lambda a: a.id)
def test_the_lookalike_words_listed_are_in_the_text(article):
    folded = article.text.lower()
    missing = [w for w in article.lookalikes if not re.search(rf"(?<!\w){re.escape(w.lower())}", folded)]
    assert missing == []


def test_a_malformed_header_is_named(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("## sans-date | sport | hier | -\nUn texte.\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"news\.txt:1"):
        load_ordinary(path)


def test_the_mixed_feed_puts_one_conflict_article_in_ten():
    conflict = [ArticleInput(text="Des hommes armés ont attaqué un village.", doc_id="c")]
    feed = mixed_feed(conflict, 30, 9)
    assert [a.doc_id == "c" for a in feed] == [i % 10 == 0 for i in range(30)]
    assert {a.doc_id for a in mixed_feed([], 5, 9)} <= {f"news-{a.id}" for a in ARTICLES}


def test_the_trigger_check_changes_no_event_of_the_ordinary_news(monkeypatch):
    monkeypatch.setenv(MODE_ENV, "triggers")
    inputs = [a.as_input() for a in ARTICLES]
    gated = list(extract_many(inputs))
    full = list(extract_many(inputs, relevance_gate=False))
    assert [(r.events, r.non_events) for r in gated] == [(r.events, r.non_events) for r in full]
    assert any(NO_INCIDENT_LANGUAGE in r.warnings for r in gated)


def test_the_context_check_keeps_nearly_all_ordinary_news_out_and_changes_no_parsed_article():
    """What the mixed-feed figure rests on: few ordinary articles reach the parser (each parsed one costs
    as much as a conflict report), and those that do come out as the full pipeline reads them."""
    inputs = [a.as_input() for a in ARTICLES]
    gated = list(extract_many(inputs))
    full = list(extract_many(inputs, relevance_gate=False))
    parsed = [i for i, r in enumerate(gated) if NO_INCIDENT_LANGUAGE not in r.warnings]
    assert len(parsed) <= 0.05 * len(ARTICLES), [ARTICLES[i].id for i in parsed]
    assert all((gated[i].events, gated[i].non_events) == (full[i].events, full[i].non_events) for i in parsed)
    assert all(r.events == [] and r.non_events == [] for i, r in enumerate(gated) if i not in parsed)
