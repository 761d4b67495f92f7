"""The read-response cache: never serves data older than the database (beyond its check interval)."""

from __future__ import annotations

from e2e.samples import build_sample_db, samples
from fastapi.testclient import TestClient

from sentinelle.store import Store, StoredArticleInput
from sentinelle.web import WebSettings, create_app
from sentinelle.web.cache import ResponseCache

AUTH = {"Authorization": "Bearer t"}


def _client(db, **settings) -> TestClient:
    return TestClient(create_app(WebSettings(db=db, token="t", allowed_hosts=None, **settings)),
                      client=("127.0.0.1", 1))


def test_a_review_through_the_server_shows_at_once(tmp_path):
    db = tmp_path / "c.db"
    event_id = build_sample_db(db)["djibo"].event_ids[0]
    with _client(db) as client:
        article_id = client.get("/events?type=battles").json()["items"][0]["article_id"]
        assert client.get(f"/articles/{article_id}").json()["events"][0]["reviews"] == []
        assert client.get(f"/articles/{article_id}").json()["events"][0]["reviews"] == []  # now cached
        assert client.get("/meta").json()["cache"]["hits"] >= 1
        client.post(f"/events/{event_id}/reviews", json={"reviewer": "R", "action": "reject"}, headers=AUTH)
        assert client.get(f"/articles/{article_id}").json()["events"][0]["review_status"] == "reject"


def test_an_ingest_by_another_process_is_noticed(tmp_path):
    db = tmp_path / "c.db"
    build_sample_db(db)
    with _client(db) as client:
        client.app.state.cache.check_every = 0  # the server checks the row counts at most this often
        before = client.get("/incidents").json()["total"]
        assert client.get("/incidents").json()["total"] == before  # cached
        # `sentinelle ingest` writing the same file from another connection:
        sample = samples()[3]
        text = sample.article.text + " (autre dépêche)"
        shifted = [e.model_copy(update={"date": e.date.model_copy(update={"start": "2024-03-01", "end": "2024-03-01"})})
                   for e in sample.result.events]
        with Store(db) as other:
            other.ingest_result(StoredArticleInput(text=text, published="2024-03-02", outlet="Autre"),
                                sample.result.model_copy(update={"events": shifted}))
        assert client.get("/incidents").json()["total"] == before + 1


def test_no_cache_when_disabled(tmp_path):
    db = tmp_path / "c.db"
    build_sample_db(db)
    with _client(db, cache_bytes=0) as client:
        for _ in range(3):
            assert client.get("/incidents").status_code == 200
        assert client.get("/meta").json()["cache"] == {"hits": 0, "misses": 0, "entries": 0, "bytes": 0}


def test_cache_is_bounded_in_bytes_and_keeps_the_recent(tmp_path):
    db = tmp_path / "c.db"
    build_sample_db(db)
    cache = ResponseCache(max_bytes=250)
    with Store(db) as store:
        for key in "abcd":
            cache.get_or_build(store, key, lambda: b"x" * 100)
        assert cache.stats()["entries"] == 2 and cache.stats()["bytes"] == 200
        built = []
        cache.get_or_build(store, "d", lambda: built.append("d") or b"y")  # most recent: still there
        cache.get_or_build(store, "a", lambda: built.append("a") or b"z" * 100)  # evicted: built again
        assert built == ["a"]
        # A body bigger than the whole cache is served but not kept.
        assert cache.get_or_build(store, "big", lambda: b"b" * 1000) == b"b" * 1000
        assert "big" not in cache._entries
