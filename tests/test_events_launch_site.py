"""Where the fire came from (events/launch_site.py): a place in a "depuis" phrase of the fire word, and what
locates it, is the launch site; it makes no event, and an incident told at its impact stays there. Sentences
written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle

PUBLISHED = "2024-06-12"

# (text, [(sub_event_type, place) of the events])
CASES = [
    # Lebanon: the launch sector and the region locating it ("au Liban-Sud", hung on the verb by the parser)
    ("L'armée israélienne a indiqué qu'une vingtaine de projectiles avaient été tirés lundi depuis le secteur de "
     "Wadi Saluki, au Liban-Sud, et que certains étaient tombés près de la frontière.", []),
    ("Une vingtaine de roquettes ont été tirées lundi depuis le secteur de Wadi Saluki, au Liban-Sud, a indiqué "
     "l'armée israélienne.", []),
    ("L'armée israélienne a indiqué que vingt roquettes avaient été tirées lundi depuis le secteur de Yaroun, au "
     "Liban-Sud, et que certaines étaient tombées dans des champs.", []),
    # DR Congo: an accusation of fire from the hills over a town names no impact: no event at the town
    ("L'armée accuse les rebelles d'avoir tiré des roquettes mardi depuis les collines surplombant Walikale.", []),
    # DR Congo: "ces obus" fell on the camp told before; the hills over another town are where they came from
    ("Mardi, des obus sont tombés sur un camp de déplacés à Kamituga, tuant quatre personnes. Les autorités "
     "accusent les rebelles d'avoir tiré ces obus depuis les collines surplombant Walikale.",
     [("shelling_artillery_missile_attack", "Kamituga")]),
    # Ukraine, Israel: the impact town, not the launch town
    ("Dimanche, des obus tirés depuis Enerhodar ont frappé Marhanets, blessant deux civils.",
     [("shelling_artillery_missile_attack", "Marhanets")]),
    ("Mardi, des roquettes tirées depuis Beit Hanoun ont frappé Sdérot.",
     [("shelling_artillery_missile_attack", "Sderot")]),
    # Ukraine: the day's window, fire from an occupied town on another: the target town only
    ("Au cours des dernières 24 heures, des tirs ont visé la localité de Toretsk depuis les positions russes de "
     "Horlivka.", [("shelling_artillery_missile_attack", "Toretsk")]),
    # Yemen: a launch with no impact place named is no event at the launch province
    ("Les Houthis ont tiré lundi un missile balistique depuis la province de Hodeïda contre un navire marchand.", []),
    # near misses: "depuis" a day, "depuis leurs positions" (no place) leave the incident's town
    ("Depuis mardi, de violents combats opposent l'armée aux rebelles à Uvira.", [("armed_clash", "Uvira")]),
    ("Samedi, les rebelles ont bombardé Fizi depuis leurs positions sur les hauteurs.",
     [("shelling_artillery_missile_attack", "Fizi")]),
]


@pytest.mark.parametrize(("text", "events"), CASES)
def test_launch_site_is_no_event_place(text, events):
    result = sentinelle.extract(text, published=PUBLISHED, relevance_gate=False)
    assert [(e.sub_event_type, e.location.place if e.location else None) for e in result.events] == events
