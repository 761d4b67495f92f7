"""A denied reading and the true one, "ne montre pas X, mais Y" (events/contrast.py): each keeps the place and the day
written on its side of "mais", and the one after it is no denial. Sentences written for these tests."""

from __future__ import annotations

import pytest

import sentinelle


def _events(text: str) -> list[tuple[str | None, str | None, str]]:
    res = sentinelle.extract(text, published="2026-03-04", relevance_gate=False)
    return sorted((e.location.name if e.location else None, e.date.start if e.date else None, e.modality)
                  for e in res.events)


@pytest.mark.parametrize(("text", "denied", "true"), [
    # Ukraine, Mali, Syria: the denied strike is not dated from the older incident, nor placed at it; the incident the
    # images show is no denial
    ("La vidéo ne montre pas un bombardement sur l'hôpital de Kharkiv, mais un attentat à Lyman en mai 2019.",
     "Kharkiv", "Lyman"),
    ("Cette photo ne montre pas une frappe de drone sur le marché de Gao, mais une explosion accidentelle à Ansongo "
     "en 2018.", "Gao", "Ansongo"),
    ("Non, ces images ne montrent pas un bombardement sur Idleb, mais une frappe sur Alep en 2016.", "Idleb", "Alep"),
])
def test_the_denied_reading_keeps_its_own_place_and_day(text, denied, true):
    events = _events(text)
    assert (denied, "2026-02-26", "denied") in events
    assert all(modality != "denied" for place, _, modality in events if place == true)
    assert all(not day.startswith(("2016", "2018", "2019")) for place, day, _ in events if place == denied)


# Mali, Ukraine, Syria: a fact-check's headline denies a strike, the body tells the viral claim it checks
_FACT_CHECKS = [
    "VRAI OU FAUX – Non, cette vidéo ne montre pas une frappe de drone sur le marché de Sévaré\n\nUne vidéo partagée "
    "des milliers de fois depuis lundi prétend montrer une frappe de drone sur le marché de Sévaré. Les images sont "
    "anciennes.\n",
    "INTOX – Non, ces images ne montrent pas un bombardement de l'hôpital de Pokrovsk\n\nUne publication virale "
    "affirme montrer un bombardement de l'hôpital de Pokrovsk, mardi. Elle date de 2019.\n",
    "FAUX – Cette photo ne montre pas une frappe aérienne sur Idleb\n\nUne photo partagée sur les réseaux sociaux "
    "prétend montrer une frappe aérienne sur Idleb lundi.\n",
]


@pytest.mark.parametrize("text", _FACT_CHECKS)
def test_the_claim_a_fact_check_denies_is_the_denied_incident(text):
    assert [modality for _, _, modality in _events(text)] == ["denied"]


def test_a_video_in_an_article_that_denies_nothing_keeps_its_reading():
    text = "Une vidéo partagée lundi montre une frappe de drone sur le marché de Sévaré, selon des habitants.\n"
    assert [modality for _, _, modality in _events(text)] == ["reported"]
