"""A toll split by place (events/shares.py, and its use by arguments' place lists and assemble's split by
place): sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

from sentinelle.events.lexicon import get_lexicon
from sentinelle.events.shares import next_share, share_before, split_toll

LEX = get_lexicon("fr")


@pytest.mark.parametrize(("text", "place", "value"), [
    ("six civils, quatre à Kherson", "Kherson", 4),
    ("ont tué cinq civils à Mopti", "Mopti", 5),
    ("douze morts : vingt-deux soldats dans la ville de Gwoza", "Gwoza", 22),
    ("sept à Idleb, trois à Ariha et un à Saraqeb", "Saraqeb", 1),
    ("deux morts, dont 14 policiers près de Mubi", "Mubi", 14),
    # no figure right before the place, or an article rather than a share
    ("des frappes ont touché Kherson", "Kherson", None),
    ("ont tué un civil à Mopti", "Mopti", None),
    ("au moins trois attaques dans la région, notamment à Ouallam", "Ouallam", None),
])
def test_share_before_a_place(text, place, value):
    found = share_before(text, text.index(place), LEX)
    assert (found[0] if found else None) == value
    if found:
        start, end = found[1]
        assert text[start:end].lower() in {"quatre", "cinq", "vingt-deux", "un", "14"}


@pytest.mark.parametrize(("gap", "expected"), [
    (" et deux à ", True),
    (", trois à ", True),
    (" et trois autres à ", True),
    (" et 5 assaillants à ", True),
    (" et un à ", True),
    (" et à ", False),  # a plain list: no share
    (", à l'est de ", False),
    (" et les environs de ", False),
])
def test_next_share(gap, expected):
    assert next_share(gap, LEX) is expected


@pytest.mark.parametrize(("total", "shares", "expected"), [
    (6, [4, 2], True),  # the shares add up to the total
    (5, [5, 3], True),  # the total read was the first share ("cinq civils à A et trois autres à B")
    (10, [4, 2], False),  # the shares do not split this total
    (None, [4, 2], False),
    (4, [4], False),
])
def test_split_toll(total, shares, expected):
    assert split_toll(total, shares) is expected


@pytest.mark.parametrize(("text", "wanted"), [
    # Ukraine: a total, then its shares by town
    ("Des bombardements russes ont tué six civils lundi, quatre à Kherson et deux à Nikopol, selon les autorités "
     "régionales.", [("Kherson", 4), ("Nikopol", 2)]),
    # Burkina Faso: the first share is the toll read, "autres" marks the next one
    ("Lundi, des hommes armés ont tué cinq civils à Djibo et trois autres à Sebba, selon des sources locales.",
     [("Djibo", 5), ("Sebba", 3)]),
    # Syria: a colon opens the distribution, "un" after a comma is a share
    ("Les frappes aériennes ont fait onze morts mardi : sept à Idleb, trois à Ariha et un à Saraqeb.",
     [("Idleb", 7), ("Ariha", 3), ("Saraqeb", 1)]),
    # Mali: shares with their own noun
    ("Les combats ont fait 14 morts dimanche, dont 9 soldats à Mopti et 5 assaillants à Ansongo.",
     [("Mopti", 9), ("Ansongo", 5)]),
    # Nigeria: a plain list of places keeps the toll unsplit (it cannot be shared out)
    ("Des jihadistes ont tué douze personnes jeudi à Gwoza et à Mubi.", [("Gwoza", None), ("Mubi", None)]),
])
def test_a_toll_split_by_place_gives_each_place_its_share(nlp, text, wanted):
    events = nlp(text)._.events
    assert sorted((e.location.name, e.fatalities) for e in events) == sorted(wanted)
