"""How benchmarks/throughput.py (and scale.py, which calls its ``compare``) times bare spaCy against extract.

The ratio is only fair if both sides read the same texts in the same batches, and if a busy spell of the
shared machine falls on both alike: the sides take turns batch by batch, the first one alternating.
"""

from __future__ import annotations

from types import SimpleNamespace

from benchmarks import throughput
from sentinelle.extraction import ArticleInput


class _Bare:
    """Stands for the spaCy model: records the texts of each ``pipe`` call."""

    def __init__(self, log: list) -> None:
        self.log = log

    def pipe(self, texts, batch_size: int):
        texts = list(texts)
        assert len(texts) <= batch_size
        self.log.append(("bare", tuple(texts)))
        return iter(texts)


def _fake_extract(log: list, seen_options: list):
    def extract_many(batch, batch_size: int, **options):
        assert len(batch) <= batch_size
        seen_options.append(options)
        log.append(("extract", tuple(a.text for a in batch)))
        return [SimpleNamespace(events=[a.text]) for a in batch]
    return extract_many


def _articles(n: int) -> list[ArticleInput]:
    return [ArticleInput(text=f"Texte {i}.") for i in range(n)]


def test_both_sides_read_the_same_batches_taking_turns(monkeypatch):
    log: list = []
    options: list = []
    monkeypatch.setattr(throughput, "extract_many", _fake_extract(log, options))
    articles = _articles(5)

    r = throughput.one_round(_Bare(log), articles, 2)

    batches = [tuple(a.text for a in articles[i:i + 2]) for i in range(0, 5, 2)]
    assert log == [("bare", batches[0]), ("extract", batches[0]),
                   ("extract", batches[1]), ("bare", batches[1]),
                   ("bare", batches[2]), ("extract", batches[2])]
    assert r.events == 5  # one per article from the stand-in
    assert min(r.bare_wall, r.full_wall, r.bare_cpu, r.full_cpu) >= 0


def test_compare_gives_a_cold_pass_and_the_warm_rounds_with_the_options(monkeypatch):
    log: list = []
    options: list = []
    monkeypatch.setattr(throughput, "extract_many", _fake_extract(log, options))
    monkeypatch.setattr(throughput, "get_pipeline", lambda: None)

    cold, warm = throughput.compare(_Bare(log), _articles(3), 16, rounds=4, relevance_gate=False)

    assert len(warm) == 4
    assert cold.events == 3 and all(r.events == 3 for r in warm)
    # one batch per pass, each side once: 5 passes
    assert [side for side, _ in log].count("bare") == 5 == [side for side, _ in log].count("extract")
    assert options == [{"relevance_gate": False}] * 5
