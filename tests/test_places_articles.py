"""Names with the Arabic article written with its sun-letter assimilation and a hyphen ("ech-", "ej-", "ed-",
"en-", "er-", "ez-", "es-"): one name, looked up whole, whose pieces are never places of their own.

Every sentence is written for these tests; the names of the UNKNOWN table are invented (no gazetteer holds
them) but their pieces are real towns elsewhere ("Zarqa" in Jordan, "Dahab" in Egypt, "Rimah" in Yemen).
"""

from __future__ import annotations

import pytest

from sentinelle.model import PlaceMention
from sentinelle.places import get_gazetteer
from sentinelle.places.admin1 import km
from sentinelle.places.normalize import name_key


def mentions(nlp, text: str) -> list[PlaceMention]:
    return nlp(text)._.place_mentions


# (written with the sun-letter article, the same name with "al-"/"el-" or as the gazetteer spells it)
SPELLINGS = [
    ("Meiss ej-Jabal", "Meiss el-Jabal"),
    ("Jisr ech-Choughour", "Jisr al-Choughour"),
    ("Tell ed-Dahab", "Tell al-Dahab"),
    ("Aïn ez-Zarqa", "Aïn al-Zarqa"),
    ("Beit er-Rimah", "Beit al-Rimah"),
    ("Qasr en-Nabi", "Qasr al-Nabi"),
    ("Ras esh-Shamra", "Ras ash-Shamra"),
]


@pytest.mark.parametrize(("assimilated", "plain"), SPELLINGS)
def test_the_assimilated_article_folds_like_al(assimilated: str, plain: str) -> None:
    assert name_key(assimilated) == name_key(plain)


# (sentence, name as written, country, the name as the gazetteer or the curated rows spell it)
KNOWN = [
    # Lebanon: a curated border village, written with "ej-"
    ("L'artillerie israélienne a pilonné mardi la localité de Meiss ej-Jabal, à la frontière.",
     "Meiss ej-Jabal", "LB", "Mais al-Jabal"),
    # Syria: a GeoNames town, written with "ech-"
    ("Des frappes russes ont visé la ville de Jisr ech-Choughour, dans la province d'Idleb.",
     "Jisr ech-Choughour", "SY", "Jisr ash-Shughur"),
    # Syria: "ech-" again, a town spelled the French way
    ("Une frappe a visé le marché de Khan ech-Cheikhoun, au sud d'Idleb.", "Khan ech-Cheikhoun", "SY",
     "Khan Shaykhun"),
    # Iraq: "es-" and a cue with an elided "de"
    ("Des manifestants ont bloqué la route à l'entrée de Qalaat es-Soukkar, près de Nassiriya.",
     "Qalaat es-Soukkar", "IQ", "Qal'at Sukkar"),
]


@pytest.mark.parametrize(("text", "written", "country", "usual"), KNOWN)
def test_a_name_with_an_assimilated_article_is_looked_up_whole(places_nlp, text, written, country, usual) -> None:
    start = text.index(written)
    found = [m for m in mentions(places_nlp, text) if m.start < start + len(written) and start < m.end]
    assert [(m.text, m.location.country) for m in found] == [(written, country)]
    usual_place = get_gazetteer().lookup(usual, country)[0]
    loc = found[0].location
    assert km(loc.lat, loc.lon, usual_place.lat, usual_place.lon) < 30  # type: ignore[arg-type]


# (sentence, whole name the gazetteer lacks, the place that locates it)
UNKNOWN = [
    # Syria: a division locates it
    ("Des obus sont tombés sur la localité de Tell ed-Dahab, dans la province de Hama.", "Tell ed-Dahab", "Hama"),
    # Iraq: a direction from a town
    ("Les jihadistes ont attaqué le village d'Aïn ez-Zarqa, au sud de Kirkouk.", "Aïn ez-Zarqa", "Kirkouk"),
    # Yemen: near a town
    ("Les houthis ont bombardé le village de Beit er-Rimah, près de Taëz.", "Beit er-Rimah", "Taëz"),
    # West Bank: "en-" is the article here, not the preposition joining two names
    ("Des colons ont incendié des maisons à Qasr en-Nabi, près de Tulkarem.", "Qasr en-Nabi", "Tulkarem"),
    # Syria: "es-" before a direction
    ("Un drone a frappé une voiture près de Marj es-Sultan, à l'est de Raqqa.", "Marj es-Sultan", "Raqqa"),
]


@pytest.mark.parametrize(("text", "whole", "locator"), UNKNOWN)
def test_an_unknown_name_with_an_assimilated_article_is_located_whole(places_nlp, text, whole, locator) -> None:
    found = mentions(places_nlp, text)
    start = text.index(whole)
    inside = [m for m in found if m.start < start + len(whole) and start < m.end]
    assert [(m.text, m.kind) for m in inside] == [(whole, "located")]
    y = next(m for m in found if m.text == locator)
    assert inside[0].location.country == y.location.country


def test_pieces_of_an_unknown_name_are_no_places_without_a_locator(places_nlp) -> None:
    # no locator: the whole names stay unplaced, and "Zarqa" (Jordan) or "Dahab" (Egypt) are not read in them
    text = "Une frappe a touché Aïn ez-Zarqa et Tell ed-Dahab, selon une ONG."
    assert mentions(places_nlp, text) == []


def test_two_names_each_with_its_own_article_stay_two(places_nlp) -> None:
    text = "Les forces kurdes tiennent Al-Tanf et Al-Malikiyah, selon l'opposition syrienne."
    assert [m.text for m in mentions(places_nlp, text)] == ["Al-Tanf", "Al-Malikiyah"]
