"""The extraction side of ingest: runs in worker processes (or in-process for one worker).

Workers only run the NLP pipeline and return JSON; the parent process is the
only one that writes to SQLite, so there is never write contention.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence

Job = tuple[str, str | None, str | None, str | None]
"""(text, published, outlet, doc_id) of one article."""

Outcome = tuple[str | None, str | None]
"""(ArticleResult as JSON, None) on success, (None, reason) on failure."""


PARENT_POLL_SECONDS = 0.5


def _exit_with_parent(parent_pid: int) -> None:
    """Exit this worker as soon as the process that started it is gone (even killed with -9).

    A pool worker blocks in the pipeline or on its task queue and would otherwise
    outlive a killed parent for minutes, holding its model in memory. When the
    parent dies the worker is re-parented, so ``os.getppid()`` changes.
    """
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)  # no cleanup to wait for: the parent is the only writer of the database

    threading.Thread(target=watch, name="sentinelle-parent-watch", daemon=True).start()


def init_worker(single_threaded: bool = False, parent_pid: int | None = None) -> None:
    """Load the pipeline once per process, before the first batch arrives.

    Pool workers pass ``single_threaded``: with N processes already sharing the
    cores, BLAS thread pools in each would only fight over them; and
    ``parent_pid``: they exit when that process dies.
    """
    if parent_pid is not None:
        _exit_with_parent(parent_pid)
    if single_threaded:
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
    from sentinelle.pipeline import get_pipeline

    get_pipeline()


def extract_batch(jobs: Sequence[Job], batch_size: int = 16) -> list[Outcome]:
    """Extract a batch with ``nlp.pipe``; if the batch fails, retry article by article
    so that one article that breaks a stage costs only itself."""
    from sentinelle.errors import SentinelleError
    from sentinelle.extraction import ArticleInput, extract, extract_many

    articles = [ArticleInput(text=t, published=p, outlet=o, doc_id=d) for t, p, o, d in jobs]
    try:
        return [(r.model_dump_json(), None) for r in extract_many(articles, batch_size=batch_size)]
    except Exception:  # noqa: BLE001 - isolate the culprit below
        pass
    outcomes: list[Outcome] = []
    for article in articles:
        try:
            result = extract(article.text, published=article.published, outlet=article.outlet, doc_id=article.doc_id)
            outcomes.append((result.model_dump_json(), None))
        except SentinelleError as exc:
            outcomes.append((None, str(exc)))
        except Exception as exc:  # noqa: BLE001 - a stage bug must not abort the batch
            outcomes.append((None, f"extraction failed ({type(exc).__name__}: {exc}); please report this article"))
    return outcomes
