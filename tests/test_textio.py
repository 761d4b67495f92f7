"""Bad article files get a clear error naming the file; good ones are read exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sentinelle.errors import InputError
from sentinelle.textio import decode_article_bytes, read_article_file


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"%PDF-1.7 binary", "binary"),
        (b"abc\x00def", "binary"),
        ("Attaque à Gao, trois morts.".encode("cp1252"), "not UTF-8"),
    ],
)
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_article_file(path)
    assert "article.txt" in str(info.value)


def test_latin1_gets_a_conversion_hint(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Frappe près d'Alep, été.".encode("latin-1"))
    with pytest.raises(InputError, match="iconv"):
        read_article_file(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article_file(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="folder"):
        read_article_file(tmp_path)


def test_nbsp_and_bom_are_kept_as_text(tmp_path):
    text = "Ce dimanche\u00a0: trois roquettes ont visé la base\u202f!"
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert read_article_file(path) == text


@given(st.text(min_size=1).filter(lambda s: s.strip() and "\x00" not in s))
def test_any_utf8_text_decodes_to_itself(text):
    assert decode_article_bytes(text.encode("utf-8"), "x") == text.removeprefix("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_its_byte_order_mark_is_read(tmp_path, encoding):
    text = "Deux civils ont été tués lors d'un bombardement à Idleb, selon l'OSDH.\n"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    path = tmp_path / "article.txt"
    path.write_bytes(bom + text.encode(encoding))
    assert read_article_file(path) == text


def test_utf16_without_a_byte_order_mark_is_still_refused(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("Trois morts à Goma.".encode("utf-16-le"))
    with pytest.raises(InputError, match="binary|UTF"):
        read_article_file(path)


@given(st.lists(st.sampled_from(["a", "é", " ", ".", "\n", "Gao", ". "]), max_size=150).map("".join),
       st.integers(5, 60))
def test_paragraph_chunks_cover_the_text_in_bounded_pieces(text, limit):
    from sentinelle.textio import paragraph_chunks

    pieces = paragraph_chunks(text, limit)
    assert all(0 < b - a <= limit and text[a:b].strip() for a, b in pieces)
    bounds = [0, *(x for piece in pieces for x in piece), len(text)]
    gaps = list(zip(bounds[::2], bounds[1::2], strict=True))  # what lies between the pieces
    assert all(a <= b and not text[a:b].strip() for a, b in gaps)  # only blank text is left out


def test_paragraph_chunks_cut_after_a_paragraph_before_a_sentence():
    from sentinelle.textio import paragraph_chunks

    text = "Un. Deux trois.\n\nQuatre cinq. Six sept huit neuf."
    first = paragraph_chunks(text, 25)[0]
    assert text[first[0]:first[1]] == "Un. Deux trois.\n\n"
