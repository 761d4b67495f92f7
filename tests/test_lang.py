"""Language data files are validated at load time with errors naming file, line and key."""

from __future__ import annotations

from typing import Literal

import pytest
from pydantic import BaseModel

from sentinelle.errors import DataFileError
from sentinelle.lang import lang_path, load_tsv, load_yaml


class Trigger(BaseModel):
    lemma: str
    event_type: Literal["battles", "riots"]


class Lexicon(BaseModel):
    triggers: list[Trigger]


class Row(BaseModel):
    alias: str
    kind: Literal["rebels", "militia"]


def test_yaml_error_names_file_line_and_key(tmp_path):
    path = tmp_path / "triggers.yaml"
    path.write_text("triggers:\n  - lemma: heurt\n    event_type: battles\n  - lemma: émeute\n    event_type: riot\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_yaml(path, Lexicon)
    message = str(info.value)
    assert "triggers.yaml:5" in message and "triggers.1.event_type" in message


def test_yaml_syntax_error_names_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("triggers:\n  - lemma: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad.yaml:\d+: not valid YAML"):
        load_yaml(path, Lexicon)


def test_tsv_errors_name_line_and_column(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text("# comment\nalias\tkind\nJNIM\trebels\nVDP\tarmy\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"actors.tsv:4: kind"):
        load_tsv(path, Row)
    path.write_text("alias\tkind\nJNIM\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"actors.tsv:2: expected 2 columns"):
        load_tsv(path, Row)


def test_tsv_loads_rows(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text("alias\tkind\nJNIM\trebels\n\nCODECO\tmilitia\n", encoding="utf-8")
    assert [r.alias for r in load_tsv(path, Row)] == ["JNIM", "CODECO"]


def test_unknown_language_is_a_clear_error():
    with pytest.raises(DataFileError, match="languages available"):
        lang_path("xx", "triggers.yaml")
