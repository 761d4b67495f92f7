"""Places named only to be denied by a contrast, and an outlet's correction of its first version
(sentinelle.events.negated_places). Sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


def _events(text: str) -> list[tuple[str | None, str | None]]:
    res = sentinelle.extract(text, published="2026-06-15", relevance_gate=False)
    return [(e.sub_event_type, e.location.name if e.location else None) for e in res.events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali: the outlet's correction, "pas à X mais à Y"
    ("Contrairement à ce que nous indiquions, l'embuscade n'a pas eu lieu à Gao mais à Ansongo.",
     [("armed_clash", "Ansongo")]),
    # Cameroon: "non pas à X, mais à Y"
    ("L'embuscade a eu lieu samedi non pas à Koza, mais à Maroua, selon l'armée.", [("armed_clash", "Maroua")]),
    # Yemen: "Y et non X"
    ("Un drone a frappé samedi Saada et non Amran, selon les Houthis.", [("air_drone_strike", "Saada")]),
    # Ukraine: the corrected shell, in the sentence after the first version
    ("Un obus est tombé samedi sur un marché de Druzhkivka. Correction : l'obus n'est pas tombé à Druzhkivka, mais à "
     "Kostiantynivka.", [("shelling_artillery_missile_attack", "Kostiantynivka")]),
    # Burkina Faso: the first version's strike moves to the place the correction gives
    ("Une frappe de drone a touché samedi un marché de Gaoua. Contrairement à ce que nous avons écrit, la frappe n'a "
     "pas eu lieu à Gaoua mais à Diébougou.", [("air_drone_strike", "Diébougou")]),
])
def test_the_negated_alternative_is_no_place(text, wanted):
    assert _events(text) == wanted


@pytest.mark.parametrize(("text", "kept"), [
    # Mali: "pas seulement ... mais aussi" keeps both places
    ("Les jihadistes ont attaqué mardi non seulement Douentza mais aussi Sévaré.", "Douentza"),
    # Sudan: a contrast that opens no place denies none ("n'a pas commenté l'attaque de X, mais des sources ...")
    ("L'armée n'a pas commenté l'attaque de Kutum, mais des sources locales font état de douze morts.", "Kutum"),
])
def test_a_contrast_without_a_denied_place(text, kept):
    assert kept in [place for _kind, place in _events(text)]


def test_another_incident_at_the_denied_place_stays():
    """A correction moves only the incident it names again: a battle told at X on another day stays at X."""
    text = ("Le 2 juin, des jihadistes ont attaqué un poste militaire à Gaoua. Samedi, une frappe de drone a touché un "
            "marché. Contrairement à ce que nous avons écrit, la frappe n'a pas eu lieu à Gaoua mais à Diébougou.")
    assert sorted(_events(text)) == [("air_drone_strike", "Diébougou"), ("armed_clash", "Gaoua")]
