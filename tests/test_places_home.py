"""The article's own country wins over a foreign homonym (sentinelle.places.context).

A town of the country the article's other places, country names and nationalities point at is chosen
over a larger town of the same name abroad, when the gazetteer or the curated rows hold one; a large
foreign city so named is no evidence of its own country. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from places_lookup import find

# (sentence, name, country it is in: the article's, not the larger homonym's)
HOME = [
    # Mozambique: a curated town (Palma, Cabo Delgado) against Palma de Mallorca, another town named
    ("Des déplacés de Palma sont arrivés à Pemba après l'attaque des insurgés.", "Palma", "MZ"),
    # Mozambique: only a nationality says so
    ("Les forces mozambicaines ont repris Palma, selon un communiqué.", "Palma", "MZ"),
    # Niger: Gaya (Dosso) against Gaya (Bihar, India)
    ("Des hommes armés ont attaqué Gaya, après des incursions près de Dosso et de Niamey.", "Gaya", "NE"),
    # Chad: Yao (Batha) against Yao (Osaka, Japan)
    ("Les affrontements de Yao ont fait dix morts, après ceux d'Abéché et de Mongo.", "Yao", "TD"),
    # Nigeria: Itu (Akwa Ibom) against Itu (São Paulo, Brazil)
    ("Des hommes armés ont tué six personnes à Itu, avant de fuir vers Uyo et Calabar.", "Itu", "NG"),
    # Yemen: the curated port of Mocha against Moga (India)
    ("Les rebelles houthis ont tiré des missiles sur Moka et Hodeïda.", "Moka", "YE"),
    # Colombia: both Granada and Medellín have Spanish homonyms; the nationality settles it
    ("Un attentat a visé la mairie de Granada, après des combats près de Medellín, selon l'armée colombienne.",
     "Granada", "CO"),
    # Lebanon: Tripoli among Lebanese towns, not the Libyan capital
    ("Des heurts ont éclaté à Tripoli après des tirs à Saïda et à Zghorta.", "Tripoli", "LB"),
    # ... and the same names abroad when the article is about the other country
    ("Des touristes sont arrivés à Palma, aux Baléares, en Espagne.", "Palma", "ES"),
    ("La délégation japonaise a quitté Yao pour Osaka.", "Yao", "JP"),
    ("Les supporters ont quitté Itu pour São Paulo.", "Itu", "BR"),
]


@pytest.mark.parametrize(("text", "written", "country"), HOME)
def test_a_town_of_the_articles_country_wins_over_a_foreign_homonym(places_nlp, text, written, country) -> None:
    m = find(places_nlp, text, written)
    assert m is not None and m.location.country == country


def test_a_foreign_homonym_sets_no_context_for_the_other_places(places_nlp) -> None:
    # Palma (Mallorca) must not make Spain a country of the article: the Mozambican towns keep their province
    text = "Des déplacés de Palma sont arrivés à Pemba et à Montepuez."
    found = places_nlp(text)._.place_mentions
    assert {m.location.country for m in found} == {"MZ"}
    assert {m.location.admin1 for m in found} == {"Cabo Delgado"}


def test_a_division_abroad_yields_to_the_articles_town_of_that_name(places_nlp):
    # DR Congo: "la région de Beni" is around the Congolese town, not Bolivia's department of that name
    text = ("Les ADF ont tué sept civils à Beni, dans le Nord-Kivu. Goma et Butembo ont observé une journée "
            "ville morte. La région de Beni est endeuillée depuis des années par les massacres.")
    region = next(p for p in places_nlp(text)._.place_mentions if p.start == text.index("Beni est"))
    assert region.location.country == "CD"


@pytest.mark.parametrize(("text", "country"), [
    # Haiti, Burkina Faso, Cameroon: "le département du Centre" names a division of each; the name says no country,
    # the article's town does
    ("Des membres de gangs ont incendié jeudi une quinzaine de maisons dans le département du Centre, selon la "
     "police de Mirebalais.", "HT"),
    ("Des gangs ont incendié jeudi une école dans le département du Centre, selon la mairie de Lascahobas.", "HT"),
    ("Des hommes armés ont attaqué jeudi un poste de police dans la région du Centre, selon la mairie de Komsilga.",
     "BF"),
    ("Des séparatistes ont attaqué jeudi un poste de police dans la région du Centre, selon la mairie de Mbalmayo.",
     "CM"),
])
def test_a_division_name_several_countries_share_sets_no_context(places_nlp, text, country):
    m = find(places_nlp, text, "Centre")
    assert m is not None and m.kind == "admin1" and m.location.country == country
