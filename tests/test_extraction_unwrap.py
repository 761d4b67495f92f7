"""Hard-wrapped paragraphs (wire copy cut at a fixed width) read as running text (sentinelle.extraction.unwrap_lines)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sentinelle.extraction import unwrap_lines

WIRE = ("    BAMAKO, 3 mars (Reuters) - Des hommes armés ont attaqué \n"
        "lundi un poste de l'armée près de la frontière avec le \n"
        "Burkina Faso, tuant au moins six soldats. \n"
        "    Selon une source sécuritaire, les assaillants ont fui. \n")


def test_lines_of_a_wrapped_paragraph_are_joined():
    out = unwrap_lines(WIRE)
    assert "attaqué  lundi" in out  # the next line starts in lower case
    assert "avec le  Burkina Faso" in out  # the line ends on an article
    assert "soldats. \n    Selon" in out  # a sentence end keeps its break


def test_headlines_and_blank_lines_keep_their_breaks():
    text = "Attaque meurtrière à Djibo\nDes hommes armés ont tué dix civils.\n\nles autorités ont réagi."
    assert unwrap_lines(text) == text


@given(st.text(alphabet=st.sampled_from(list("ab .\nDe")), max_size=60))
def test_only_line_breaks_become_spaces(text):
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out, strict=True))


def test_a_country_name_cut_by_the_wrapping_is_found_whole(nlp):
    import sentinelle

    result = sentinelle.extract("    Des combats ont opposé l'armée à des rebelles près de Yei, non loin de la \n"
                                "République démocratique du \nCongo, a indiqué l'armée sud-soudanaise.",
                                published="2024-06-15")
    countries = {p.location.country for p in result.places}
    assert "CD" in countries and "CG" not in countries
