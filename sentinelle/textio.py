"""Reading article files: UTF-8 text only, with errors that name the file and say why."""

from __future__ import annotations

from pathlib import Path

from sentinelle.errors import InputError
from sentinelle.extraction import MAX_CHARS

_BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")


def decode_article_bytes(data: bytes, name: str) -> str:
    """Bytes of an article file as text, or InputError naming ``name``."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file, not text (expected UTF-8 .txt, .html or .jsonl)")
    if len(data) > MAX_CHARS * 4:
        raise InputError(f"{name}: file too large ({len(data):,} bytes; an article may have at most {MAX_CHARS:,} characters)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = ""
        try:
            data.decode("cp1252")
            hint = " (it looks like Latin-1/Windows-1252: convert it with `iconv -f cp1252 -t utf-8`)"
        except UnicodeDecodeError:
            pass
        raise InputError(f"{name}: not UTF-8 text at byte {exc.start}{hint}") from None
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    if len(text) > MAX_CHARS:
        raise InputError(f"{name}: article too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    return text


def read_article_file(path: str | Path) -> str:
    """Read one article file as UTF-8 text, rejecting empty, binary, huge and mis-encoded files."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    return decode_article_bytes(data, str(path))
