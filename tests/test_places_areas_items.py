"""'du pays' in a newsletter item: the country of the item's own places, not the country most of the items are about.

Every newsletter is written for these tests, in three conflicts and two layouts (a heading line above the item's
body, a plain paragraph).
"""

from __future__ import annotations

import pytest

NEWSLETTERS = [
    ("MALI – Embuscade près de Sokolo\nDes jihadistes ont tendu une embuscade à un convoi près de Sokolo, au Mali. "
     "Quatre soldats ont été tués.\n\nMALI – Attaque à Bourem\nDes hommes armés ont attaqué un marché à Bourem.\n\n"
     "NIGER – Drones abattus\nL'armée nigérienne a abattu deux drones au-dessus de Zinder, dans le sud-est du pays.",
     "sud-est du pays", "NE"),
    ("Soudan du Sud : des combats ont éclaté à Malakal, puis à Bor, selon l'ONU.\n\nLes affrontements ont repris "
     "autour de Wau.\n\nOuganda : un engin a explosé près de Gulu, dans le nord du pays, sans faire de victime.",
     "nord du pays", "UG"),
    ("AFGHANISTAN – Des talibans ont attaqué un poste à Kunduz, puis à Hérat.\n\nLes combats ont repris près de "
     "Mazar-i-Sharif.\n\nPAKISTAN – Un attentat a visé un marché de Turbat, dans le sud-ouest du pays.",
     "sud-ouest du pays", "PK"),
]


@pytest.mark.parametrize(("text", "written", "country"), NEWSLETTERS)
def test_the_country_of_du_pays_is_the_items_own(places_nlp, text: str, written: str, country: str) -> None:
    m = next(m for m in places_nlp(text)._.place_mentions if m.text == written)
    assert m.location.country == country
