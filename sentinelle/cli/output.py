"""Terminal output shared by the commands."""

from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console

SHORT_COLUMNS = frozenset({"id", "incident", "date", "type", "killed", "modality", "articles", "outlets"})
"""Columns whose values are short codes or numbers: never wrapped (a date cut in two is unreadable)."""

PIPE_WIDTH = 180


def table_console(file: TextIO | None = None) -> Console:
    """A console for tables: the terminal's width, or a wide fixed width when writing to a file or a pipe."""
    out = file or sys.stdout
    wide = not out.isatty()
    return Console(file=out, width=PIPE_WIDTH if wide else None, soft_wrap=False)
