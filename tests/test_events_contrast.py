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
