"""Curated localities of the Central African Republic / South Sudan batch (sentinelle/data/localities.tsv)
are found in their country and prefecture or state and placed at their row.

Before these rows none of these sub-prefecture seats, county towns or armed-group villages was in the
gazetteer under these names: most found nothing, others resolved to a town of another shape abroad
(Mingala to Mongolia, Bokolobo to Pucallpa, Nzako to Nazca, Magwi to Magway). The events told there
were lost or put on another continent. Every sentence is written for these tests in the styles of wire
dispatches, army communiqués, NGO alerts, local radio and UN notes; the coordinates are those of the
public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # Central African Republic
    ("Bangui, 4 mai (AFP) - Des rebelles de la CPC se sont emparés de Tiringoulou après avoir attaqué "
     "le poste des FACA, selon une source militaire.",
     "Tiringoulou", "cf-tiringoulou", "CF", "Vakaga", 9.558, 22.134),
    ("Des hommes armés ont pillé le marché d'Am Dafock, seul point de passage vers le Soudan, "
     "rapporte une radio communautaire.",
     "Am Dafock", "cf-am-dafok", "CF", "Vakaga", 10.466, 23.301),
    ("La Minusca a déployé un détachement à Sam-Ouandja après le retrait des combattants du groupe armé.",
     "Sam-Ouandja", "cf-sam-ouandja", "CF", "Haute-Kotto", 8.528, 23.245),
    ("Les forces armées centrafricaines annoncent avoir repris Bokolobo, ancien quartier général de l'UPC.",
     "Bokolobo", "cf-bokolobo", "CF", "Ouaka", 5.419, 20.945),
    ("Une ONG signale que trois déplacés ont été tués lors de l'attaque d'un site de déplacés à Ngakobo.",
     "Ngakobo", "cf-ngakobo", "CF", "Ouaka", 5.323, 20.710),
    ("Selon le maire, des combattants de l'UPC contrôlent toujours les environs de Mingala, "
     "où les écoles restent fermées.",
     "Mingala", "cf-mingala", "CF", "Basse-Kotto", 4.833, 21.767),
    ("Des affrontements entre une milice d'autodéfense et des rebelles ont fait plusieurs morts à Bambouti, "
     "près de la frontière sud-soudanaise.",
     "Bambouti", "cf-bambouti", "CF", "Haut-Mbomou", 5.394, 27.206),
    ("Note humanitaire : l'axe Bakouma - Nzako reste impraticable, et les mineurs artisanaux de Nzako "
     "ont fui vers la brousse.",
     "Nzako", "cf-nzacko", "CF", "Mbomou", 6.126, 22.861),
    ("Des éléments armés ont brûlé une vingtaine de maisons à Ouandago, sur l'axe Kaga-Bandoro - Batangafo.",
     "Ouandago", "cf-ouandago", "CF", "Nana-Grébizi", 7.257, 18.845),
    ("Le sous-préfet d'Amada-Gaza affirme que des éleveurs armés ont enlevé deux commerçants mardi.",
     "Amada-Gaza", "cf-amada-gaza", "CF", "Mambéré-Kadéï", 4.773, 15.202),
    # South Sudan
    ("Juba, 3 janvier (Reuters) - Des combats entre l'armée et l'opposition armée ont vidé Yuai de ses "
     "habitants, selon les autorités du comté d'Uror.",
     "Yuai", "ss-yuai", "SS", "Jonglei State", 7.900, 31.883),
    ("Plus de cent personnes ont été tuées lors de l'attaque de Walgak par des jeunes armés venus du sud, "
     "indique une note de l'ONU.",
     "Walgak", "ss-walgak", "SS", "Jonglei State", 8.159, 32.240),
    ("Des inondations et des raids de bétail ont poussé des milliers de familles vers Panyagor, "
     "chef-lieu du comté de Twic East.",
     "Panyagor", "ss-panyagor", "SS", "Jonglei State", 7.170, 31.409),
    ("Le HCR s'inquiète de l'arrivée de réfugiés du Nil Bleu dans le comté de Maban, déjà sous tension.",
     "Maban", "ss-maban", "SS", "Upper Nile", 9.979, 33.750),
    ("Les familles déplacées se sont réfugiées à Nyal, dans l'État d'Unité, où l'aide alimentaire manque.",
     "Nyal", "ss-nyal", "SS", "Unity", 7.750, 30.267),
    ("Des hommes armés ont tendu une embuscade à un véhicule humanitaire entre Torit et Ikotos, "
     "tuant un chauffeur.",
     "Ikotos", "ss-ikotos", "SS", "Eastern Equatoria", 4.078, 33.109),
    ("La radio locale rapporte des affrontements intercommunautaires près de Chukudum, dans le comté de Budi.",
     "Chukudum", "ss-chukudum", "SS", "Eastern Equatoria", 4.256, 33.456),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_curated_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)
