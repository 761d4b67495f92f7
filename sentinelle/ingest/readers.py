"""Finding article files and reading them into :class:`StoredArticleInput` records.

Bad input never raises: each unreadable file or line comes out as a
:class:`ReadFailure` naming where it is and why, and reading goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from sentinelle.errors import InputError
from sentinelle.ingest.html import article_from_html
from sentinelle.ingest.jsonl import MAX_TEXT_CHARS, normalise_published, parse_jsonl_line
from sentinelle.ingest.manifest import Manifest, manifest_entry, read_manifest
from sentinelle.store.records import StoredArticleInput
from sentinelle.textio import BINARY_SIGNATURES, MAX_FILE_BYTES
from sentinelle.textio import check_article_bytes as check_bytes
from sentinelle.textio import decode_article_text as decode_text

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MANIFEST_NAME = "published.tsv"
MAX_HTML_BYTES = 20_000_000  # pages carry far more markup than text
MAX_LINE_BYTES = MAX_TEXT_CHARS * 6  # JSON escapes (\u00e9) make a line longer than its text
STDIN = "-"


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read as an article."""

    origin: str  # path, path:line or "-"
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def unexpected(exc: BaseException, doing: str = "cannot read this input") -> str:
    """One line for an error nobody anticipated: it costs its input, never the run."""
    detail = " ".join(str(exc).split())[:300]
    return f"{doing} ({type(exc).__name__}: {detail}); please report it"


@dataclass(frozen=True)
class InputFile:
    """A file (or stdin) to read, with the metadata that applies to its articles."""

    path: Path | None  # None: standard input
    kind: str  # "txt" | "html" | "jsonl" | "sniff" (stdin)
    manifest: Manifest | None = None

    @property
    def origin(self) -> str:
        return STDIN if self.path is None else str(self.path)


def _kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def collect_inputs(
    paths: Iterable[str | Path], manifest: Manifest | None = None
) -> tuple[list[InputFile], list[ReadFailure]]:
    """The files to read, in a stable order (folders recursively, sorted), and the paths that cannot be.

    A folder's ``published.tsv`` (see :mod:`sentinelle.ingest.manifest`) gives the
    publication date and outlet of the ``.txt``/``.html`` files beside it; an
    explicit ``manifest`` overrides it. Inside folders, files of other types and
    hidden files are ignored; named explicitly, they are reported.
    """
    files: list[InputFile] = []
    failures: list[ReadFailure] = []
    seen: set[Path] = set()
    manifests: dict[Path, Manifest | None] = {}

    def folder_manifest(folder: Path) -> Manifest | None:
        if folder not in manifests:
            candidate = folder / MANIFEST_NAME
            try:
                manifests[folder] = read_manifest(candidate) if candidate.is_file() else None
            except InputError as exc:
                failures.append(ReadFailure(str(candidate), str(exc).removeprefix(f"{candidate}: ")))
                manifests[folder] = None
        found = manifests[folder]
        if manifest:
            return {**(found or {}), **manifest}
        return found

    def add(path: Path, kind: str) -> None:
        resolved = path.resolve()
        if resolved in seen:
            return
        seen.add(resolved)
        files.append(InputFile(path=path, kind=kind, manifest=folder_manifest(path.parent)))

    for raw in paths:
        if str(raw) == STDIN:
            files.append(InputFile(path=None, kind="sniff", manifest=manifest))
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if any(part.startswith(".") for part in rel) or not child.is_file():
                    continue
                kind = _kind(child)
                if kind:
                    add(child, kind)
        elif path.is_file():
            kind = _kind(path)
            if kind is None:
                failures.append(ReadFailure(
                    str(path), f"unsupported file type {path.suffix or '(none)'!r}; Sentinelle reads .txt, .html and .jsonl"
                ))
            else:
                add(path, kind)
        elif path.exists():
            failures.append(ReadFailure(str(path), "not a regular file"))
        else:
            failures.append(ReadFailure(str(path), "no such file or folder"))
    return files, failures


def estimate_count(files: list[InputFile]) -> int | None:
    """How many articles the files hold (jsonl: non-blank lines), or None when stdin is among them."""
    total = 0
    for item in files:
        if item.path is None:
            return None
        if item.kind != "jsonl":
            total += 1
            continue
        try:
            with item.path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            total += 1
    return total


def _with_metadata(article: StoredArticleInput, item: InputFile, default_published: str | None) -> StoredArticleInput:
    """Fill what the file itself did not say from the manifest, then from ``--published``."""
    info = manifest_entry(item.manifest, item.path) if item.path else {}
    published = article.published or normalise_published(info.get("published") or None, "published (manifest)")
    return replace(
        article,
        published=published or default_published,
        outlet=article.outlet or (info.get("outlet") or None),
        url=article.url or (info.get("url") or None),
        title=article.title or (info.get("title") or None),
    )


def _jsonl_lines(fh: BinaryIO, origin: str) -> Iterator[StoredArticleInput | ReadFailure]:
    number = 0
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        where = f"{origin}:{number}"
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = fh.readline(MAX_LINE_BYTES)
            yield ReadFailure(where, f"line too long (over {MAX_LINE_BYTES:,} bytes)")
            continue
        if not line.strip():
            continue
        try:
            yield parse_jsonl_line(line, where)
        except InputError as exc:
            yield ReadFailure(where, str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad line never stops the run
            yield ReadFailure(where, unexpected(exc))


def _read_one(item: InputFile, data: bytes, default_published: str | None) -> StoredArticleInput:
    origin = item.origin
    if item.kind == "html":
        check_bytes(data, MAX_HTML_BYTES)
        article = article_from_html(data, origin)
    else:
        article = StoredArticleInput(text=decode_text(data), origin=origin)
    if item.path is not None:
        article = replace(article, doc_id=article.doc_id or item.path.name)
    return _with_metadata(article, item, default_published)


def read_inputs(
    files: Iterable[InputFile], default_published: str | None = None
) -> Iterator[StoredArticleInput | ReadFailure]:
    """Articles from the files, in order; a failure record for anything unreadable."""
    default_published = normalise_published(default_published, "--published")
    for item in files:
        try:
            if item.path is None:
                yield from _read_stdin(item, default_published)
                continue
            if item.kind == "jsonl":
                with item.path.open("rb") as fh:
                    head = fh.read(8192)
                    if b"\x00" in head or head.startswith(BINARY_SIGNATURES):
                        yield ReadFailure(item.origin, "binary file, not JSON Lines")
                        continue
                    if not head.strip():
                        yield ReadFailure(item.origin, "file is empty")
                        continue
                    fh.seek(0)
                    for record in _jsonl_lines(fh, item.origin):
                        yield _fill(record, item, default_published)
                continue
            size = item.path.stat().st_size
            limit = MAX_HTML_BYTES if item.kind == "html" else MAX_FILE_BYTES
            if size > limit:
                raise InputError(f"file too large ({size:,} bytes; the limit is {limit:,})")
            yield _read_one(item, item.path.read_bytes(), default_published)
        except InputError as exc:
            yield ReadFailure(item.origin, str(exc))
        except OSError as exc:
            yield ReadFailure(item.origin, f"cannot read: {exc.strerror or exc}")
        except Exception as exc:  # noqa: BLE001 - e.g. a missing HTML library: this file fails, not the run
            yield ReadFailure(item.origin, unexpected(exc))


def _fill(record: StoredArticleInput | ReadFailure, item: InputFile, default_published: str | None):
    if isinstance(record, ReadFailure):
        return record
    try:
        return _with_metadata(record, item, default_published)
    except InputError as exc:
        return ReadFailure(record.origin or item.origin, str(exc))
    except Exception as exc:  # noqa: BLE001
        return ReadFailure(record.origin or item.origin, unexpected(exc))


def _read_stdin(item: InputFile, default_published: str | None) -> Iterator[StoredArticleInput | ReadFailure]:
    """Standard input holds one .txt article, one HTML page, or JSON Lines (sniffed from its first character)."""
    data = sys.stdin.buffer.read()
    first = data.lstrip()[:1]
    if first == b"{":
        import io

        for record in _jsonl_lines(io.BytesIO(data), STDIN):
            yield _fill(record, item, default_published)
        return
    kind = "html" if first == b"<" else "txt"
    try:
        yield _read_one(InputFile(path=None, kind=kind), data, default_published)
    except InputError as exc:
        yield ReadFailure(STDIN, str(exc))
    except Exception as exc:  # noqa: BLE001
        yield ReadFailure(STDIN, unexpected(exc))
