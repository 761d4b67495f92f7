"""``ingest --dask``: extraction on a Dask cluster, storage in this process (still the only writer).

Articles go to the cluster in batches (one task each); every Dask worker loads
the pipeline once, when it joins (:class:`PipelinePlugin`); results stream back
with ``as_completed`` and are written here in reading order, so the store ends
exactly as after a single-process run (incident grouping sees the articles in
the same order). Losing a worker loses nothing: the scheduler runs its tasks
again on another worker, and a result already written is never written twice
(articles are keyed by their content hash).
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import dask
from distributed import Client, Future, LocalCluster, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from sentinelle.errors import InputError
from sentinelle.ingest.workers import Job, Outcome, extract_batch, init_worker
from sentinelle.store import StoredArticleInput

CONNECT_TIMEOUT = 10.0  # seconds to reach a scheduler before giving up with a one-line error
WORKERS_TIMEOUT = 120.0  # seconds to wait for a first worker on a scheduler that has none
RETRIES = 2  # a batch whose task raises is tried again this many times (a killed worker is retried by the scheduler)
IN_FLIGHT_PER_THREAD = 3  # batches sent but not yet written, per worker thread: every worker stays busy while we write
MAX_LOCAL_WORKERS = 64

_LOCAL = re.compile(r"local:(\d+)")
_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+]*://)?(?:\[[0-9a-fA-F:.]+\]|[^\s/:\[\]]+):\d+")  # host:port, [IPv6]:port

WriteBatch = Callable[[list[StoredArticleInput], list[Outcome]], None]


def parse_spec(spec: str) -> int | str:
    """``local:N`` -> N (worker processes of a LocalCluster); ``tcp://host:port`` (or ``host:port``) -> the address."""
    spec = spec.strip()
    if m := _LOCAL.fullmatch(spec):
        n = int(m.group(1))
        if not 1 <= n <= MAX_LOCAL_WORKERS:
            raise InputError(f"--dask local:N wants 1 to {MAX_LOCAL_WORKERS} workers, not {n}")
        return n
    if _ADDRESS.fullmatch(spec):
        return spec if "://" in spec else f"tcp://{spec}"
    raise InputError(f"--dask wants local:N or a scheduler address such as tcp://scheduler:8786, not {spec!r}")


class PipelinePlugin(WorkerPlugin):
    """Loads the Sentinelle pipeline once per Dask worker, when it joins (before its first batch).

    ``watch_pid``: on a LocalCluster, the worker exits when that process (the one
    that started the cluster) is gone, even killed with -9, instead of holding its
    model in memory.
    """

    name = "sentinelle-pipeline"

    def __init__(self, watch_pid: int | None = None) -> None:
        self.watch_pid = watch_pid

    async def setup(self, worker) -> None:
        if self.watch_pid is not None:
            _exit_without(self.watch_pid)
        _steady_malloc()
        # In a thread: loading takes seconds, and the worker's event loop must keep answering the scheduler.
        await asyncio.get_running_loop().run_in_executor(None, init_worker)


M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters


def _steady_malloc() -> None:
    """Let this worker keep the memory it frees, as a plain process does.

    Dask's nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536``, which also
    freezes glibc's mmap threshold at 128 kB: every large array the parser allocates
    is then mapped and unmapped again. Measured on 160 articles: 5,800 page faults
    and 0.024 s of system time per article in a Dask worker, against 330 and 0.006 s
    in a pool worker. These are the thresholds glibc's own heuristic settles on.
    """
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, 32 << 20)
        libc.mallopt(M_TRIM_THRESHOLD, 64 << 20)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to undo


def _exit_without(pid: int, poll: float = 0.5) -> None:
    def watch() -> None:
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(1)  # nothing to flush: the parent was the only writer
            except PermissionError:
                pass  # alive, owned by someone else
            time.sleep(poll)

    threading.Thread(target=watch, name="sentinelle-parent-watch", daemon=True).start()


@contextmanager
def connect(spec: str) -> Iterator[Client]:
    """A client of the scheduler named by ``spec``, or of a LocalCluster started (and stopped) here."""
    target = parse_spec(spec)
    if isinstance(target, int):
        # Loopback only, no dashboard, one thread per process: the pipeline is CPU-bound Python. No
        # statistical profiler: it takes the interpreter lock every 10 ms to sample the task's stack.
        with dask.config.set({"distributed.worker.profile.enabled": False}), LocalCluster(
            n_workers=target, threads_per_worker=1, processes=True, host="127.0.0.1", scheduler_port=0,
            dashboard_address=None, silence_logs=logging.ERROR,
        ) as cluster, Client(cluster) as client:
            client.register_plugin(PipelinePlugin(watch_pid=os.getpid()))
            yield client
        return
    try:
        client = Client(target, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise InputError(
            f"cannot reach the Dask scheduler at {target} within {CONNECT_TIMEOUT:.0f} s ({_first_line(exc)}); "
            "is `dask scheduler` running there?"
        ) from None
    with client:
        try:
            client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except TimeoutError:
            raise InputError(
                f"the Dask scheduler at {target} has no worker after {WORKERS_TIMEOUT:.0f} s; "
                f"start some with `dask worker {target}`"
            ) from None
        try:
            client.register_plugin(PipelinePlugin())
        except Exception as exc:  # noqa: BLE001 - any failure on a worker: one line that says what to install
            raise InputError(
                f"a Dask worker of {target} cannot load the Sentinelle pipeline ({_first_line(exc)}); install "
                "sentinelle and its spaCy model on every worker"
            ) from None
        yield client


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _threads(client: Client) -> int:
    return max(1, sum(client.nthreads().values()))


def run(
    spec: str, batches: Iterator[list[StoredArticleInput]], write: WriteBatch, *, batch_size: int,
    jobs: Callable[[list[StoredArticleInput]], list[Job]],
) -> None:
    """Extract every batch on the cluster and ``write`` each with its outcomes, in reading order.

    The cluster is reached (or started) only when a first batch exists: a rerun
    with nothing new costs no connection and no model load.
    """
    first = next(batches, None)
    if first is None:
        return
    with connect(spec) as client:
        _stream(client, _chain(first, batches), write, batch_size=batch_size, jobs=jobs)


def _chain(first: list[StoredArticleInput], rest: Iterator[list[StoredArticleInput]]) -> Iterator[list[StoredArticleInput]]:
    yield first
    yield from rest


def _stream(
    client: Client, batches: Iterator[list[StoredArticleInput]], write: WriteBatch, *, batch_size: int,
    jobs: Callable[[list[StoredArticleInput]], list[Job]],
) -> None:
    run_id = uuid.uuid4().hex[:8]
    completed = as_completed(loop=client.loop, with_results=True, raise_errors=False)
    sent: dict[int, list[StoredArticleInput]] = {}  # index -> batch, until written
    pending: dict[str, tuple[int, Future]] = {}  # task key -> (index, future), until its result is here
    done: dict[int, list[Outcome]] = {}  # finished out of order, waiting for older batches
    next_to_write = 0
    max_in_flight = IN_FLIGHT_PER_THREAD * _threads(client)

    def collect_one() -> None:
        nonlocal next_to_write
        future, result = next(completed)
        i, _ = pending.pop(future.key)
        if future.status == "cancelled" and client.status != "running":
            raise InputError("lost the Dask scheduler during the run; run the same command again to finish")
        done[i] = _outcomes(future, result, len(sent[i]))
        future.release()  # its result is here now: free the cluster's copy
        while next_to_write in done:
            write(sent.pop(next_to_write), done.pop(next_to_write))
            next_to_write += 1

    try:
        for i, batch in enumerate(batches):
            future = client.submit(
                extract_batch, jobs(batch), batch_size, key=f"sentinelle-extract-{run_id}-{i}", retries=RETRIES,
                pure=False,
            )
            sent[i], pending[future.key] = batch, (i, future)
            completed.add(future)
            if i % 32 == 31:  # workers may have joined or left a real cluster
                max_in_flight = IN_FLIGHT_PER_THREAD * _threads(client)
            while len(sent) >= max_in_flight:
                collect_one()
        while sent:
            collect_one()
    except BaseException:
        if client.status == "running":
            client.cancel([future for _, future in pending.values()], force=True)
        raise


def _outcomes(future, result, n: int) -> list[Outcome]:
    """The batch's outcomes, or one failure per article when its task failed for good."""
    if future.status == "finished":
        return result
    if future.status == "error":
        exc = result[1]
        if type(exc).__name__ == "KilledWorker":
            reason = "this batch's Dask worker died several times while extracting it (out of memory?)"
        else:
            reason = f"the Dask task failed ({type(exc).__name__}: {_first_line(exc)})"
    else:
        reason = "the Dask task was cancelled (scheduler lost?)"
    return [(None, reason)] * n
