"""Mentions that name an incident told just before (issue 13, incident boundaries): a digest item's title and the
section label over it, "l'engin" after "une grenade", "La frappe a permis de neutraliser ..." after the strike told in
its bullet, weapons seized in the fight told before, and the day of a claim counting several attacks.

Sentences written for these tests, from several conflicts (Nigeria, DR Congo, Mali, Somalia).
"""

from __future__ import annotations

import pytest

import sentinelle
from sentinelle.events.clusters import _Cluster
from sentinelle.events.lexicon import get_lexicon
from sentinelle.events.mention import EventMention
from sentinelle.events.merge import merge_event
from sentinelle.model import DateInterval


def _events(text: str, published: str):
    return sentinelle.extract(text, published=published, relevance_gate=False).events


def _found(events) -> set[tuple]:
    return {(e.sub_event_type, e.location.name, e.date.start, e.fatalities) for e in events}


# a digest of items under a label in capitals ("BORNO –", "ITURI –") and a title: the title and the label name the
# incident the item's text tells; the text's toll, told without a place, is the incident's, not another at the label
ITEMS = [
    # Nigeria: the title's town is the commune the body's hill lies in; the toll is told after "a indiqué dimanche"
    ("FAITS DIVERS\n\nBORNO – Un poste militaire attaqué à Damboa\nDes combattants de l'ISWAP ont attaqué samedi soir "
     "un poste de l'armée nigériane sur la colline de Kwatakwa, dans la zone de Damboa, a indiqué dimanche un "
     "responsable militaire. Les échanges de tirs ont duré près de deux heures. Trois soldats et cinq assaillants ont "
     "été tués, selon la même source.\n\nYOBE – Deux commerçants enlevés à Gujba\nDeux commerçants ont été enlevés "
     "lundi par des hommes armés sur la route de Gujba, selon la police.", "2025-05-15",
     {("armed_clash", "Kwatakwa", "2025-05-10", 8), ("abduction_forced_disappearance", "Gujba", "2025-05-12", None)}),
    # DR Congo: "l'engin" is the grenade told just before, not a launch at the label's province
    ("ITURI – Une grenade dans un bar : un mort\nUne grenade a été lancée samedi soir dans un bar du quartier Matonge, à "
     "Mangina, tuant un client et en blessant trois autres. Selon la police, l'engin aurait été lancé par un homme "
     "qui a pris la fuite.\n\nNORD-KIVU – Un motard abattu à Kasindi\nDimanche, un conducteur de moto a été abattu "
     "par des hommes en uniforme à Kasindi, selon des témoins.", "2025-05-15",
     {("grenade", "Mangina", "2025-05-10", 1), ("attack", "Kasindi", "2025-05-11", 1)}),
    # Mali: the title's town sums up the hamlet the body places in its commune
    ("EN BREF\n\nSÉGOU – Un camp de l'armée attaqué à Banamba\nDes jihadistes ont attaqué mardi à l'aube un camp de "
     "l'armée malienne dans le hameau de Kéréwéré, dans la commune de Banamba, a annoncé mercredi l'état-major. Deux "
     "soldats ont été tués, selon le communiqué.\n\nKAYES – Des boutiques pillées à Nioro\nDes boutiques ont été "
     "pillées jeudi par des hommes armés à Nioro, selon la mairie.", "2025-05-15",
     {("armed_clash", "Kéréwéré", "2025-05-13", 2), ("looting_property_destruction", "Nioro", "2025-05-15", None)}),
]


@pytest.mark.parametrize("text,published,expected", ITEMS)
def test_an_item_title_and_its_label_name_the_incident_its_text_tells(text, published, expected):
    assert _found(_events(text, published)) == expected


# "La frappe", with no place, right after the strike told in its bullet or paragraph: its toll is that strike's,
# not the roadside bomb told before with a vehicle hit (what the strike also destroyed is no other target)
STRIKE_NAMED_BACK = [
    # Mali, an army communiqué in bullets
    ("Communiqué de l'état-major\n\n- Le 3 mai 2025, un véhicule d'une patrouille a heurté un engin explosif improvisé "
     "près de Ansongo. Deux soldats ont été blessés.\n- Le 4 mai 2025, les vecteurs aériens ont conduit une frappe "
     "contre une base terroriste près de Tessit. La frappe a permis de neutraliser neuf terroristes et de détruire "
     "trois véhicules.", "2025-05-06", {"remote_explosive_landmine_ied": None, "air_drone_strike": 9}),
    # Nigeria, paragraphs opened by their day
    ("Bilan des opérations\n\nLundi, un camion de l'armée nigériane a sauté sur une mine près de Gubio.\n\nMardi, "
     "l'armée de l'air a mené une frappe contre une base de l'ISWAP près de Damboa. La frappe a tué une quinzaine de "
     "combattants et détruit deux camions.", "2025-05-08",
     {"remote_explosive_landmine_ied": None, "air_drone_strike": 15}),
    # Somalia, a situation report
    ("Somalie : point de situation\n\nDimanche, un engin explosif a visé un véhicule de la police près de Luuq.\n\n"
     "Lundi, un drone américain a mené une frappe contre une base des shebab près de Dinsoor. La frappe a tué six "
     "combattants et détruit un véhicule, selon l'armée.", "2025-05-08",
     {"remote_explosive_landmine_ied": None, "air_drone_strike": 6}),
]


@pytest.mark.parametrize("text,published,expected", STRIKE_NAMED_BACK)
def test_the_strike_named_back_takes_its_toll_to_the_strike_just_told(text, published, expected):
    events = _events(text, published)
    assert {e.sub_event_type: e.fatalities for e in events} == expected


# weapons seized in a fight are its spoils: one battle, not a battle and weapons seized
SEIZED_IN_A_FIGHT = [
    ("Les shebab ont pris d'assaut mardi la base militaire de Luuq, après des tirs de mortier. Le groupe affirme avoir "
     "saisi des armes et un véhicule blindé.", "2025-05-08", "Luuq"),
    ("Des jihadistes ont attaqué dimanche le camp de l'armée malienne à Banamba. Les assaillants ont saisi des armes "
     "et des munitions avant de se retirer.", "2025-05-08", "Banamba"),
    ("Des combattants de l'ISWAP ont attaqué jeudi une base de l'armée nigériane à Gubio. Ils ont saisi des armes et "
     "un véhicule blindé, selon une source sécuritaire.", "2025-05-10", "Gubio"),
]


@pytest.mark.parametrize("text,published,place", SEIZED_IN_A_FIGHT)
def test_weapons_seized_in_a_fight_are_part_of_it(text, published, place):
    events = _events(text, published)
    assert [(e.sub_event_type, e.location.name) for e in events] == [("armed_clash", place)]


def test_weapons_seized_with_no_fight_stay_an_event():
    events = _events("Lundi, des soldats ont saisi des armes et des munitions lors d'une fouille à Gubio.", "2025-05-08")
    assert [e.sub_event_type for e in events] == ["disrupted_weapons_use"]


@pytest.mark.parametrize("summary_day,incident_day", [
    ("2025-05-07", "2025-05-06"),  # "ont revendiqué mercredi deux attaques ... ont pris d'assaut mardi 6 mai"
    ("2025-05-08", "2025-05-05"),
    ("2025-05-09", "2025-05-07"),
])
def test_the_day_of_a_sentence_counting_several_incidents_dates_none_of_them(summary_day, incident_day):
    lex = get_lexicon("fr")
    claim = EventMention(sent_start=0, sent_end=90, trigger_tokens=[5], trigger_spans=[(40, 48)], trigger_ids=["attack"],
                         event_type="battles", sub_event_type="armed_clash", summary=True, incident_count=2,
                         date=DateInterval(start=summary_day, end=summary_day, precision="day"),
                         date_flags=["same_sentence"])
    told = EventMention(sent_start=100, sent_end=200, trigger_tokens=[25], trigger_spans=[(130, 140)],
                        trigger_ids=["assault"], event_type="battles", sub_event_type="armed_clash",
                        date=DateInterval(start=incident_day, end=incident_day, precision="day"),
                        date_flags=["same_sentence"])
    event = merge_event(_Cluster([claim, told]), lex, {e.id: e for e in lex.triggers.triggers})
    assert event.date.start == incident_day
