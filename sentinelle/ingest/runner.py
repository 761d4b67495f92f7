"""``ingest``: read articles, extract them in worker processes or on a Dask cluster, store them (the parent is
the only writer).

Order is preserved end to end (articles are stored in the order they are
read), and every article is its own transaction, so a run killed at any moment
and started again stores exactly what one uninterrupted run would have.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from sentinelle.errors import InputError
from sentinelle.ingest.readers import (
    ReadFailure,
    collect_inputs,
    estimate_count,
    read_inputs,
    read_manifest,
    unexpected,
)
from sentinelle.ingest.workers import Job, Outcome, extract_batch, init_worker
from sentinelle.model import ArticleResult
from sentinelle.store import Store, StoredArticleInput, StoreError


@dataclass
class IngestSummary:
    """What an ingest run did."""

    ingested: int = 0
    duplicates: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    events: int = 0
    new_incidents: int = 0
    seconds: float = 0.0
    total: int | None = None  # estimated number of articles, None when reading stdin
    undated: list[str] = field(default_factory=list)  # stored without a publication date: relative dates unresolved

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def processed(self) -> int:
        return self.ingested + self.duplicates + self.failed

    @property
    def articles_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "failures": [{"origin": f.origin, "reason": f.reason} for f in self.failures],
            "events": self.events,
            "new_incidents": self.new_incidents,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 2),
            "undated": list(self.undated),
        }


Progress = Callable[[IngestSummary], None]


class _InProcess:
    """One worker: extract in this process (no pickling, no second model in memory)."""

    def __init__(self, batch_size: int) -> None:
        self.batch_size = batch_size

    def submit(self, jobs: list[Job]) -> Future:
        init_worker()  # cached after the first call; a run with nothing new never loads the model
        future: Future = Future()
        future.set_result(extract_batch(jobs, self.batch_size))
        return future

    def close(self, cancel: bool = False) -> None:
        pass


class _Processes:
    """Several workers, each a process with its own pipeline ("spawn": no inherited threads or locks)."""

    def __init__(self, workers: int, batch_size: int) -> None:
        self.workers, self.batch_size = workers, batch_size
        self.pool: ProcessPoolExecutor | None = None  # started on the first batch: reruns cost no model load

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=init_worker, initargs=(True, os.getpid()),
        )

    def submit(self, jobs: list[Job]) -> Future:
        if self.pool is None:
            self.pool = self._new_pool()
        try:
            return self.pool.submit(extract_batch, jobs, self.batch_size)
        except BrokenProcessPool:
            self.pool = self._new_pool()
            return self.pool.submit(extract_batch, jobs, self.batch_size)

    def close(self, cancel: bool = False) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=not cancel, cancel_futures=cancel)


def _batches(
    items: Iterable[StoredArticleInput | ReadFailure], store: Store, summary: IngestSummary, batch_size: int,
    progress: Progress | None,
) -> Iterator[list[StoredArticleInput]]:
    """Valid, not-yet-stored articles in batches; failures and duplicates are counted on the way."""
    seen: set[str] = set()
    batch: list[StoredArticleInput] = []
    for item in items:
        if isinstance(item, ReadFailure):
            summary.failures.append(item)
        else:
            digest = item.content_hash
            if digest in seen or store.has_article(digest) is not None:
                summary.duplicates += 1  # skipped before any NLP: re-runs are cheap
            else:
                seen.add(digest)
                batch.append(item)
                if len(batch) >= batch_size:
                    yield batch
                    batch = []
                continue
        if progress:
            progress(summary)
    if batch:
        yield batch


def _store_batch(
    store: Store, batch: list[StoredArticleInput], outcomes: list[Outcome], summary: IngestSummary,
    progress: Progress | None,
) -> None:
    for article, (payload, error) in zip(batch, outcomes, strict=True):
        origin = article.origin or "?"
        if payload is None:
            summary.failures.append(ReadFailure(origin, error or "extraction failed"))
        else:
            try:
                result = ArticleResult.model_validate_json(payload)
                outcome = store.ingest_result(article, result)
            except (StoreError, InputError) as exc:
                summary.failures.append(ReadFailure(origin, str(exc)))
            except Exception as exc:  # noqa: BLE001 - the transaction rolled back: this article fails, not the run
                summary.failures.append(ReadFailure(origin, unexpected(exc, "cannot store this article")))
            else:
                if outcome.status == "duplicate":
                    summary.duplicates += 1
                else:
                    summary.ingested += 1
                    summary.events += outcome.n_events
                    summary.new_incidents += outcome.new_incidents
                    if not (article.published or result.published):
                        summary.undated.append(origin)
        if progress:
            progress(summary)


def ingest_articles(
    items: Iterable[StoredArticleInput | ReadFailure],
    store: Store,
    *,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Extract and store articles (and count failures) in order; see :func:`ingest_paths`."""
    if workers < 1:
        raise InputError("--workers must be at least 1")
    summary = summary or IngestSummary()
    started = time.perf_counter()
    if dask is not None:
        if workers != 1:
            raise InputError("--workers and --dask do not go together: with --dask, the cluster's workers extract")
        _dask_backend().run(
            dask, _batches(items, store, summary, batch_size, progress),
            lambda batch, outcomes: _store_batch(store, batch, outcomes, summary, progress),
            batch_size=batch_size, jobs=_jobs,
        )
        summary.seconds = time.perf_counter() - started
        return summary
    backend = _InProcess(batch_size) if workers == 1 else _Processes(workers, batch_size)
    # Enough batches in flight to keep every worker busy while the parent writes.
    max_in_flight = 1 if workers == 1 else workers * 3
    pending: deque[tuple[list[StoredArticleInput], Future]] = deque()

    def write_oldest() -> None:
        batch, future = pending.popleft()
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            outcomes = [(None, "a worker process died while extracting this batch (out of memory?)")] * len(batch)
            for i, (other, _) in enumerate(pending):  # the pool is gone: resubmit the rest
                pending[i] = (other, backend.submit(_jobs(other)))
        _store_batch(store, batch, outcomes, summary, progress)

    try:
        for batch in _batches(items, store, summary, batch_size, progress):
            pending.append((batch, backend.submit(_jobs(batch))))
            while len(pending) >= max_in_flight:
                write_oldest()
        while pending:
            write_oldest()
    except BaseException:
        backend.close(cancel=True)
        raise
    backend.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _dask_backend():
    """The Dask backend, imported only for --dask (and a one-line error when Dask is not installed)."""
    try:
        return importlib.import_module("sentinelle.ingest.dask_backend")
    except ImportError as exc:
        if (exc.name or "").split(".")[0] in ("dask", "distributed"):
            raise InputError(
                "--dask needs Dask's distributed package, which is not installed: pip install 'dask[distributed]'"
            ) from None
        raise


def _jobs(batch: list[StoredArticleInput]) -> list[Job]:
    return [(a.text, a.published, a.outlet, a.doc_id) for a in batch]


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    *,
    workers: int = 1,
    dask: str | None = None,
    published: str | None = None,
    manifest: str | Path | None = None,
    batch_size: int = 16,
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest files, folders (recursively) and ``-`` (stdin) of .txt, .html and .jsonl articles.

    Idempotent (an article whose text is stored already is skipped before any
    NLP), resumable (kill it, run it again: the database ends as after one
    clean run), and tolerant (unreadable files and lines are listed in
    ``summary.failures``, the rest goes on).

    Args:
        paths: files, folders or ``"-"``.
        store: the database to write to.
        workers: extraction processes; 1 extracts in this process.
        dask: extract on a Dask cluster instead: ``"local:N"`` starts a LocalCluster of N
            single-threaded worker processes on this machine (loopback only), an address such as
            ``"tcp://scheduler:8786"`` uses a running scheduler and its workers (each with
            sentinelle and its spaCy model installed). This process still writes every result.
        published: publication date (YYYY-MM-DD) for articles that carry none.
        manifest: TSV or CSV (columns ``file`` or ``id``, ``published`` or ``date``,
            ``outlet`` or ``source``, ``url``) for .txt/.html files; a
            ``published.tsv`` inside a folder is used automatically.
        batch_size: articles per ``nlp.pipe`` batch.
        progress: called with the running summary after each article.
    """
    files, failures = collect_inputs(paths, read_manifest(Path(manifest)) if manifest else None)
    summary = IngestSummary(failures=list(failures), total=estimate_count(files))
    return ingest_articles(
        read_inputs(files, published), store, workers=workers, dask=dask, batch_size=batch_size, progress=progress,
        summary=summary,
    )
