"""Curated localities of the Yemeni, Iraqi and Syrian fronts (sentinelle/data/localities.tsv, batch
"Yemen, Iraq, Syria fronts") are found and placed.

Before these rows, most of these names resolved to nothing in their country, or to a town of
another shape hundreds of kilometres away (Darkush to a village of Tartus, Suluk to Salkhad in
Suwayda, Ma'adan to Mayadin, Kamaran to Amran, Bir Ali to Bareilly in India): the events told
there were lost or misplaced. Every sentence is written for these tests in the style of agency
dispatches, army communiqués, NGO alerts, local radio and UN notes; the coordinates are those of
the public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # Syria, Idlib and Hama fronts (monitoring groups, agency dispatches)
    ("Des frappes aériennes ont visé lundi Latamné, dans le nord de la province de Hama, selon une ONG.",
     "Latamné", "sy-lataminah", "SY", "Hama", 35.32, 36.62),
    ("Les forces gouvernementales ont repris Kafr Nabuda après plusieurs jours de combats acharnés.",
     "Kafr Nabuda", "sy-kafr-nabudah", "SY", "Hama", 35.43, 36.49),
    ("Les rebelles ont lancé une contre-offensive en direction de Kernaz, à l'ouest de Khan Cheikhoun.",
     "Kernaz", "sy-karnaz", "SY", "Hama", 35.39, 36.49),
    ("Un convoi humanitaire a franchi l'Oronte à Darkoush pour rejoindre les camps de déplacés.",
     "Darkoush", "sy-darkush", "SY", "Idlib", 35.99, 36.39),
    # Syria, Aleppo countryside
    ("Des tirs d'artillerie ont frappé Anadan, au nord d'Alep, faisant deux blessés.",
     "Anadan", "sy-anadan", "SY", "Aleppo", 36.29, 37.04),
    ("L'armée syrienne affirme avoir pris la colline d'Al-Eis, qui domine l'autoroute M5.",
     "Al-Eis", "sy-al-eis", "SY", "Aleppo", 36.00, 37.00),
    # Syria, Euphrates valley (SDF and coalition communiqués, local networks)
    ("Selon les FDS, une cellule de l'EI a été démantelée à Gharanij, dans l'est de Deir ez-Zor.",
     "Gharanij", "sy-gharanij", "SY", "Deir ez-Zor", 34.78, 40.73),
    ("La coalition a mené une frappe contre une maison d'Al-Chaafa, près de la frontière irakienne.",
     "Al-Chaafa", "sy-shaafah", "SY", "Deir ez-Zor", 34.57, 40.93),
    ("Des hommes armés ont tué un responsable du conseil local à Abou Khachab, a rapporté un réseau local.",
     "Abou Khachab", "sy-abu-khashab", "SY", "Deir ez-Zor", 35.94, 40.04),
    ("Des affrontements ont opposé des combattants tribaux aux FDS à Souwar, sur le Khabour.",
     "Souwar", "sy-suwar", "SY", "Deir ez-Zor", 35.51, 40.66),
    ("Les combattants de l'EI se sont retirés de Maadan vers le sud, selon l'agence officielle.",
     "Maadan", "sy-maadan", "SY", "Al-Raqqah", 35.75, 39.61),
    ("Des drones turcs ont visé Slouk, près de la frontière, selon l'administration autonome.",
     "Slouk", "sy-suluk", "SY", "Al-Raqqah", 36.60, 39.13),
    # Syria, Daraa (UN note)
    ("Selon l'ONU, des familles ont fui Saham el-Golan après des accrochages dans le bassin du Yarmouk.",
     "Saham el-Golan", "sy-saham-al-jawlan", "SY", "Daraa", 32.78, 35.93),
    # Iraq, Anbar and Salahuddin (security sources)
    ("Un attentat à la voiture piégée a tué sept personnes à Amiriyat al-Falloujah, selon la police.",
     "Amiriyat al-Falloujah", "iq-amiriyat-al-fallujah", "IQ", "Al Anbar", 33.17, 43.87),
    ("Les forces irakiennes ont lancé une opération de ratissage autour de Garma, au nord-est de Falloujah.",
     "Garma", "iq-karmah", "IQ", "Al Anbar", 33.40, 43.91),
    ("Les jihadistes ont attaqué la localité de Khan al-Baghdadi, près de la base d'Aïn al-Assad.",
     "Khan al-Baghdadi", "iq-khan-al-baghdadi", "IQ", "Al Anbar", 33.85, 42.55),
    ("Deux membres des forces tribales ont été tués dans une embuscade près de Dhuluiya.",
     "Dhuluiya", "iq-dhuluiya", "IQ", "Saladin", 34.05, 44.20),
    # Iraq, Diyala and Nineveh (agency dispatches, NGO alert)
    ("Un engin explosif a visé une patrouille à Saadiya, au sud de Jalawla, ont indiqué des sources sécuritaires.",
     "Saadiya", "iq-saadiya", "IQ", "Diyala", 34.19, 45.12),
    ("Le marché de Khan Bani Saad a été frappé par un kamikaze, faisant des dizaines de morts.",
     "Khan Bani Saad", "iq-khan-bani-saad", "IQ", "Diyala", 33.57, 44.54),
    ("Les familles chrétiennes rentrent peu à peu à Karamlech, libérée en 2016, selon une ONG.",
     "Karamlech", "iq-karamlesh", "IQ", "Nineveh", 36.30, 43.41),
    ("Des combattants peshmergas ont été déployés pour défendre Alqosh, au nord de Mossoul.",
     "Alqosh", "iq-alqosh", "IQ", "Nineveh", 36.73, 43.10),
    ("Un double attentat a frappé la communauté yézidie de Tel Ezer, au sud du mont Sinjar.",
     "Tel Ezer", "iq-til-ezer", "IQ", "Nineveh", 36.20, 41.69),
    # Yemen (local radio, agency dispatches, UN note)
    ("Des garde-côtes ont intercepté une embarcation au large de Kamaran, en mer Rouge.",
     "Kamaran", "ye-kamaran", "YE", "Al Hudaydah", 15.35, 42.57),
    ("Selon l'ONU, des milliers de migrants ont débarqué sur la plage de Bir Ali, dans la province de Chabwa.",
     "Bir Ali", "ye-bir-ali", "YE", "Shabwah", 14.03, 48.34),
    ("Un raid des forces spéciales américaines a visé le village de Yakla, dans la province d'al-Bayda.",
     "Yakla", "ye-yakla", "YE", "Al Bayda'", 14.60, 45.06),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_locality_of_this_batch_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)
