"""A cache of read responses, emptied whenever the database changes.

Analysts' reads repeat (every page load asks for the same incident list; an
article is opened many times), while the data changes only when an article is
ingested or a review is written. Serving the same JSON bytes again costs a dict
lookup instead of SQL, record building and serialisation.

Change detection: this server's own writes empty the cache at once; writes by
another process (`sentinelle ingest` on the same file) are noticed through the
store's row counts (rows are only ever added), checked at most every
``check_every`` seconds.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from sentinelle.store import Store


class ResponseCache:
    """LRU of response bodies by request key, bounded in bytes; ``max_bytes=0`` disables it."""

    def __init__(self, max_bytes: int, check_every: float = 0.5) -> None:
        self.max_bytes = max_bytes
        self.check_every = check_every
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, bytes] = OrderedDict()
        self._size = 0
        self._generation = 0
        self._version: tuple | None = None
        self._checked = float("-inf")
        self.hits = 0
        self.misses = 0

    def get_or_build(self, store: Store, key: str, build: Callable[[], bytes]) -> bytes:
        if self.max_bytes <= 0:
            return build()
        self._notice_changes(store)
        with self._lock:
            body = self._entries.get(key)
            if body is not None:
                self._entries.move_to_end(key)
                self.hits += 1
                return body
            self.misses += 1
            generation = self._generation
        body = build()  # outside the lock: other requests go on meanwhile
        with self._lock:
            # A write that happened while we built makes this body possibly stale: do not keep it.
            if generation == self._generation and len(body) <= self.max_bytes:
                old = self._entries.pop(key, None)
                self._size -= len(old) if old is not None else 0
                self._entries[key] = body
                self._size += len(body)
                while self._size > self.max_bytes:
                    _, evicted = self._entries.popitem(last=False)
                    self._size -= len(evicted)
        return body

    def invalidate(self) -> None:
        """Forget everything (called after every write through this server)."""
        with self._lock:
            self._entries.clear()
            self._size = 0
            self._generation += 1
            self._checked = float("-inf")

    def _notice_changes(self, store: Store) -> None:
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return
        version = tuple(sorted(store.stats().items()))
        with self._lock:
            self._checked = now
            if version != self._version:
                if self._version is not None:
                    self._entries.clear()
                    self._size = 0
                    self._generation += 1
                self._version = version

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"hits": self.hits, "misses": self.misses, "entries": len(self._entries), "bytes": self._size}
