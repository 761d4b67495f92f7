"""Reading article files: every kind of bad input is reported and skipped, never raised."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sentinelle.errors import InputError
from sentinelle.ingest import ReadFailure, collect_inputs, parse_jsonl_line, read_inputs
from sentinelle.ingest.jsonl import MAX_TEXT_CHARS

ARTICLE = "Des roquettes ont frappé la base aérienne de Balad ce mercredi, selon une source sécuritaire."
HTML = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Irak : roquettes sur Balad - Le Courrier Exemple</title>
<meta property="og:site_name" content="Le Courrier Exemple">
<meta property="article:published_time" content="2021-06-09T08:00:00+00:00">
</head><body><nav>Accueil | Monde | Sports</nav>
<article><h1>Irak : roquettes sur Balad</h1>
<p>Trois roquettes se sont abattues mercredi soir sur la base aérienne de Balad, au nord de Bagdad, sans faire
de victimes, a indiqué une source sécuritaire irakienne citée par plusieurs médias.</p>
<p>L'attaque n'a pas été revendiquée. Des tirs similaires ont visé la base à plusieurs reprises ces derniers mois,
selon les autorités, qui ont ouvert une enquête pour identifier les auteurs des tirs.</p>
</article><footer>© Le Courrier Exemple - Mentions légales - Newsletter</footer></body></html>"""


def _read(paths, **kw):
    files, failures = collect_inputs(paths, kw.pop("manifest", None))
    return failures + list(read_inputs(files, kw.pop("published", None)))


def _failures(items):
    return {f.origin.rsplit("/", 1)[-1]: f.reason for f in items if isinstance(f, ReadFailure)}


def test_folder_is_read_recursively_in_order_with_its_manifest(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(ARTICLE + " Bis.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "published.tsv").write_text("file\tpublished\toutlet\na.txt\t2021-06-09\tAgence X\n", encoding="utf-8")
    items = _read([tmp_path], published="2020-01-01")
    assert [i.doc_id for i in items] == ["a.txt", "c.txt"]
    assert (items[0].published, items[0].outlet) == ("2021-06-09", "Agence X")
    assert (items[1].published, items[1].outlet) == ("2020-01-01", None)  # --published fills the gap


def test_html_gives_main_text_title_date_and_outlet(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    [item] = _read([tmp_path / "page.html"])
    assert "Trois roquettes se sont abattues" in item.text and "Newsletter" not in item.text and "Accueil" not in item.text
    assert item.title == "Irak : roquettes sur Balad"
    assert (item.published, item.outlet) == ("2021-06-09", "Le Courrier Exemple")


def test_jsonl_fields_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"text": ARTICLE, "published": "2021-06-09T10:00:00Z", "url": "http://x/1", "outlet": "X",
                    "title": "T", "id": "a1"}),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": ARTICLE, "published": "mercredi"}),
        json.dumps({"text": ARTICLE, "outlet": 3}),
        json.dumps({"text": ARTICLE, "language": "en"}),
    ]
    path = tmp_path / "a.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "\xff\xfe caf\xe9"}\n')
    items = _read([path])
    good = items[0]
    assert (good.text, good.published, good.url, good.outlet, good.title, good.doc_id) == (
        ARTICLE, "2021-06-09", "http://x/1", "X", "T", "a1")
    reasons = {f.origin.rsplit(":", 1)[-1]: f.reason for f in items[1:]}
    assert set(reasons) == {"3", "4", "5", "6", "7", "8", "9", "10"}  # line 2 is blank: skipped silently
    assert "malformed JSON" in reasons["3"] and "JSON object" in reasons["4"]
    assert "no 'text' field" in reasons["5"] and "empty" in reasons["6"]
    assert "YYYY-MM-DD" in reasons["7"] and "'outlet' must be a string" in reasons["8"]
    assert "not supported" in reasons["9"] and "not UTF-8" in reasons["10"]


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("nul.txt", b"abc\x00def" * 10, "binary"),
        ("latin1.txt", "Attaque à Gao, l'armée malienne a riposté.".encode("cp1252"), "iconv"),
        ("broken.txt", b"\xc3\x28\xa0\xa1 bad utf8", "not UTF-8"),
        ("huge.txt", b"a" * (MAX_TEXT_CHARS + 1), "too long"),
        ("huge-bytes.txt", b"a" * (MAX_TEXT_CHARS * 4 + 1), "too large"),
        ("empty.jsonl", b"\n\n", "empty"),
        ("binary.jsonl", b"PK\x03\x04\x00\x00zip", "binary"),
        ("nothing.html", b"<html><body><nav>menu</nav></body></html>", "no article text"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_bad_files_are_reported_with_a_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    items = _read([path, tmp_path / "ok.txt"])
    assert reason in _failures(items)[name]
    assert [i.doc_id for i in items if not isinstance(i, ReadFailure)] == ["ok.txt"]  # the batch goes on


def test_missing_path_and_bad_manifest_are_reported(tmp_path):
    (tmp_path / "published.tsv").write_text("name\tdate\nx\ty\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    items = _read([tmp_path / "nope.txt", tmp_path])
    fails = _failures(items)
    assert fails["nope.txt"] == "no such file or folder"
    assert "'file'" in fails["published.tsv"] and "'id'" in fails["published.tsv"]
    assert any(not isinstance(i, ReadFailure) for i in items)


def test_bad_date_in_a_manifest_fails_only_that_file(tmp_path):
    (tmp_path / "published.tsv").write_text("file\tpublished\na.txt\thier\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE + " 2", encoding="utf-8")
    items = _read([tmp_path])
    assert "YYYY-MM-DD" in _failures(items)["a.txt"]
    assert [i.doc_id for i in items if not isinstance(i, ReadFailure)] == ["b.txt"]


def test_a_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert len(_read([tmp_path / "a.txt", tmp_path])) == 1


# -- property tests of the JSON Lines parser ------------------------------------------------------

field_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
article_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1,
                       max_size=200).filter(str.strip)


@given(
    text=article_text,
    published=st.none() | st.dates().map(lambda d: d.isoformat()),
    url=st.none() | field_text, outlet=st.none() | field_text, title=st.none() | field_text,
    extra=st.dictionaries(st.text(max_size=5).filter(lambda k: k not in {"text", "published", "url", "outlet",
                                                                       "title", "id", "doc_id", "language"}),
                          st.integers() | field_text, max_size=3),
    ascii_only=st.booleans(),
)
def test_jsonl_parser_round_trips_any_valid_record(text, published, url, outlet, title, extra, ascii_only):
    record = {"text": text, "published": published, "url": url, "outlet": outlet, "title": title, **extra}
    line = json.dumps(record, ensure_ascii=ascii_only)
    article = parse_jsonl_line(line.encode("utf-8"))
    assert article.text == text and article.published == published
    for name, value in (("url", url), ("outlet", outlet), ("title", title)):
        assert getattr(article, name) == ((value.strip() or None) if value is not None else None)


@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_jsonl_parser_never_fails_with_anything_but_input_error(line):
    try:
        article = parse_jsonl_line(line)
    except InputError as exc:
        assert str(exc)
    else:
        assert article.text.strip()
        article.text.encode("utf-8")  # storable: no lone surrogates


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | field_text,
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(field_text, inner, max_size=3)))
def test_jsonl_parser_rejects_any_json_value_without_a_usable_text(value):
    line = json.dumps({"text": value} if not isinstance(value, str) else value)
    try:
        article = parse_jsonl_line(line)
    except InputError:
        return
    assert isinstance(article.text, str) and article.text.strip()


def test_lone_surrogate_escapes_are_rejected():
    with pytest.raises(InputError, match="surrogate"):
        parse_jsonl_line('{"text": "attaque \\ud800 ici"}')
    with pytest.raises(InputError, match="nested too deeply"):
        parse_jsonl_line("[" * 100_000)


@pytest.mark.parametrize("value", ["2023-01-01garbage", "2023-01-01 ou 02", "2023-02-30"])
def test_a_date_with_trailing_garbage_is_not_a_date(value):
    from sentinelle.ingest.jsonl import normalise_published

    with pytest.raises(InputError, match="YYYY-MM-DD"):
        normalise_published(value)


def test_an_iso_date_time_gives_its_day():
    from sentinelle.ingest.jsonl import normalise_published

    assert normalise_published("2021-12-05T08:00:00Z") == "2021-12-05"
    assert normalise_published("2021-12-05T23:30:00+01:00") == "2021-12-05"


def test_a_json_error_message_says_its_column_once(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text('{"text": "un texte\tavec une tabulation"}\n{"text": "sans fin\n', encoding="utf-8")
    reasons = [f.reason for f in _read([path])]
    assert reasons and all("at at" not in r and "column" in r for r in reasons), reasons
