"""events.strike_sides: a strike told with no doer takes the one state's forces the article names striking in the
same country. Articles written for these tests (Gaza, Lebanon, Ukraine, Yemen, Sudan, Russia, Mali)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "wanted"), [
    # Gaza: the lead names the side, the strikes after it name none
    ("Mardi soir, plusieurs frappes israéliennes ont ciblé Rafah. Une frappe a touché une voiture à Khan Younès, "
     "tuant deux personnes, selon la Défense civile. Plus tard, une tente a été touchée par une frappe de drone dans "
     "la zone de Deir el-Balah, tuant trois enfants.",
     {"Rafah": "Military Forces of Israel", "Khan Younès": "Military Forces of Israel",
      "Deir el-Balah": "Military Forces of Israel"}),
    # Lebanon
    ("L'aviation israélienne a mené mardi plusieurs frappes sur le sud du Liban, selon l'agence officielle. Une "
     "frappe a visé une maison à Aïta ach-Chaab, tuant deux personnes. Un drone a touché une moto près de Tyr, "
     "blessant son conducteur.",
     {"Aïta ach-Chaab": "Military Forces of Israel", "Tyr": "Military Forces of Israel"}),
    # Ukraine: drones and shells after the Russian strikes of the lead
    ("Les forces russes ont frappé Kherson dans la nuit de lundi à mardi, a indiqué le gouverneur. Un drone a touché "
     "un immeuble à Zaporijjia, tuant deux personnes. Des obus sont tombés sur un marché de Dnipro, blessant cinq "
     "civils.",
     {"Kherson": "Military Forces of Russia", "Zaporijjia": "Military Forces of Russia",
      "Dnipro": "Military Forces of Russia"}),
    # Yemen
    ("Des frappes américaines ont visé mardi des positions houthies à Hodeïda, selon le Pentagone. Une autre frappe "
     "a touché un dépôt près de Saada, selon la chaîne des rebelles.",
     {"Hodeïda": "Military Forces of the United States", "Saada": "Military Forces of the United States"}),
    # Sudan: two sides named striking, the third strike's doer is unknown
    ("L'armée soudanaise a bombardé Nyala mardi, selon des témoins. Les FSR ont frappé au drone Port-Soudan mercredi. "
     "Un drone a frappé jeudi un marché de Kosti, tuant six civils.",
     {"Kosti": "Unidentified Armed Group"}),
    # a strike in another country than the named side's strikes (Russia)
    ("Les forces russes ont pilonné Kherson mardi, a indiqué le gouverneur. Un drone a frappé mercredi une raffinerie "
     "à Belgorod, selon les autorités russes.",
     {"Kherson": "Military Forces of Russia", "Belgorod": "Unidentified Armed Group"}),
    # Mali: nobody named striking
    ("Des hommes armés ont attaqué mardi un village près de Djibo. Un drone a frappé mercredi un marché de Gao, "
     "tuant trois civils.",
     {"Gao": "Unidentified Armed Group"}),
])
def test_a_strike_with_no_doer_is_the_named_strikers(nlp, text, wanted):
    got = {e.location.name: e.actor1.normalized for e in nlp(text)._.events
           if e.location is not None and e.actor1 is not None and e.location.name in wanted}
    assert got == wanted
