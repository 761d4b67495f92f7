"""Loading language knowledge from data files, validated at load time.

Language knowledge lives in ``sentinelle/lang/<iso>/`` (YAML or TSV); shared,
language-independent data in ``sentinelle/data/``. A malformed file raises
:class:`~sentinelle.errors.DataFileError` naming the file, the line and the key.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from sentinelle.errors import DataFileError

LANG_DIR = Path(__file__).parent
DATA_DIR = LANG_DIR.parent / "data"

M = TypeVar("M", bound=BaseModel)


def available_languages() -> list[str]:
    """The language folders of ``sentinelle/lang`` ("fr", ...)."""
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))


def lang_path(lang: str, filename: str) -> Path:
    """Path of a language data file, with a clear error when the language is missing."""
    folder = LANG_DIR / lang
    if not folder.is_dir():
        raise DataFileError(f"no language folder {folder}; languages available: {', '.join(available_languages())}")
    return folder / filename


def _line_of(node: yaml.Node | None, path: tuple[Any, ...]) -> int | None:
    """1-based line of the YAML node at ``path`` (the deepest one found)."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in path:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if k.value == str(key)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node = nxt
        line = node.start_mark.line + 1
    return line


@cache
def _read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        return yaml.safe_load(text), yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise DataFileError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc


def load_yaml(path: Path, schema: type[M]) -> M:
    """Load a YAML file and validate it against a pydantic model.

    Errors name the file, the line and the key path, e.g.
    ``triggers.yaml:42: triggers.3.event_type: Input should be 'battles', ...``.
    """
    data, root = _read_yaml(path)
    try:
        return schema.model_validate(data if data is not None else {})
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        line = _line_of(root, loc)
        key = ".".join(str(part) for part in loc) or "(top level)"
        raise DataFileError(f"{path}:{line}: {key}: {err['msg']}") from exc


def load_tsv(path: Path, schema: type[M]) -> list[M]:
    """Load a TSV file with a header row; each row validated against ``schema``.

    Lines starting with ``#`` and blank lines are skipped. Errors name file,
    line and column.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read: {exc.strerror}") from exc
    numbered = [(i + 1, line) for i, line in enumerate(lines) if line.strip() and not line.startswith("#")]
    if not numbered:
        raise DataFileError(f"{path}: empty file, expected a header row")
    header = next(csv.reader([numbered[0][1]], delimiter="\t"))
    rows: list[M] = []
    for lineno, line in numbered[1:]:
        values = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(values) != len(header):
            raise DataFileError(f"{path}:{lineno}: expected {len(header)} columns ({', '.join(header)}), found {len(values)}")
        record = {k: (v if v != "" else None) for k, v in zip(header, values, strict=True)}
        try:
            rows.append(schema.model_validate(record))
        except ValidationError as exc:
            err = exc.errors()[0]
            key = ".".join(str(p) for p in err["loc"])
            raise DataFileError(f"{path}:{lineno}: {key}: {err['msg']}") from exc
    return rows
