"""Reading article files: UTF-8 text only, with errors that say why (and name the file when given).

One implementation for ``sentinelle extract`` and ``sentinelle ingest``.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from sentinelle.errors import InputError
from sentinelle.extraction import MAX_CHARS

BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\x1f\x8b")
MAX_FILE_BYTES = MAX_CHARS * 4  # a UTF-8 character is at most 4 bytes


def check_article_bytes(data: bytes, limit: int = MAX_FILE_BYTES) -> None:
    """Reject empty, binary and oversized content before decoding it."""
    if not data.strip():
        raise InputError("file is empty")
    if data.startswith(BINARY_SIGNATURES) or b"\x00" in data[:8192]:
        raise InputError("binary file, not text (expected UTF-8 .txt, .html or .jsonl)")
    if len(data) > limit:
        raise InputError(f"file too large ({len(data):,} bytes; the limit is {limit:,})")


UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks that name their encoding unambiguously (Windows tools save UTF-16 with one)."""


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in UNICODE_BOMS:
        if data.startswith(bom):
            if len(data) > MAX_FILE_BYTES:
                raise InputError(f"file too large ({len(data):,} bytes; the limit is {MAX_FILE_BYTES:,})")
            try:
                return data.decode(encoding)  # the codec reads and drops the BOM
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {encoding.upper()} text at byte {exc.start} (despite its byte-order mark)") from None
    return None


def decode_article_text(data: bytes) -> str:
    """Text of an article file: UTF-8 (a BOM is dropped), or UTF-16/32 with its BOM; else InputError with a hint."""
    text = _decode_with_bom(data)
    if text is not None:
        return _check_decoded(text)
    check_article_bytes(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = ""
        try:
            data.decode("cp1252")
            hint = " (it looks like Windows-1252/Latin-1: convert it with `iconv -f cp1252 -t utf-8`)"
        except UnicodeDecodeError:
            pass
        raise InputError(f"not UTF-8 text at byte {exc.start}{hint}") from None
    return _check_decoded(text)


def _check_decoded(text: str) -> str:
    if not text.strip():
        raise InputError("file is empty")
    if "\x00" in text:
        raise InputError("binary file, not text (contains NUL bytes)")
    if len(text) > MAX_CHARS:
        raise InputError(f"article too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    return text


def decode_article_bytes(data: bytes, name: str) -> str:
    """Like :func:`decode_article_text`, with ``name`` leading every error message."""
    try:
        return decode_article_text(data)
    except InputError as exc:
        raise InputError(f"{name}: {exc}") from None


def read_article_file(path: str | Path) -> str:
    """Read one article file as UTF-8 text, rejecting empty, binary, huge and mis-encoded files."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    return decode_article_bytes(read_file_bytes(path), str(path))


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a file, with a one-line error naming it when it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def paragraph_chunks(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` pieces of ``text``, each at most ``limit`` characters, cut after a paragraph
    break when there is one, else after a sentence, else after a word; blank pieces are left out.

    Concatenated, the pieces give back the text (less blank pieces), so offsets within a piece plus
    its start are offsets in the whole text.
    """
    pieces: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        end = start + limit
        cut = end  # a single "word" longer than the limit is cut where it must be
        for brk in ("\n", ". ", " "):
            found = text.rfind(brk, start, end - len(brk) + 1)
            if found > start:
                cut = found + len(brk)
                break
        pieces.append((start, cut))
        start = cut
    pieces.append((start, n))
    return [(a, b) for a, b in pieces if text[a:b].strip()]
