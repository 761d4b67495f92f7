"""One event per named place when a trigger's object coordinates things hit, each with its own place
(events.place_choice._coordinated_hosts), and a list member the gazetteer lacks beside one known town
(places.located._lone_list_town). Sentences written for these tests."""

import pytest

import sentinelle

# (sentence, the places the events must name, one event each)
CASES = [
    # two things hit, "ainsi que", each "près de" its own town
    ("Jeudi, des avions de la coalition ont bombardé un camp près de Zinjibar ainsi que des entrepôts près de Lawdar.",
     {"Zinjibar", "Lawdar"}),
    ("Vendredi, des jihadistes ont attaqué une caserne près de Damboa ainsi qu'un poste de police près de Gwoza.",
     {"Damboa", "Gwoza"}),
    ("Mercredi, des missiles russes ont frappé une centrale près de Kremenchouk ainsi que des entrepôts près de "
     "Poltava.", {"Kremenchouk", "Poltava"}),
    # the first thing hit with its town in apposition, the second with its town as a complement
    ("Mardi, des bandits armés ont attaqué le commissariat, à Mirebalais, et l'hôpital de Hinche.",
     {"Mirebalais", "Hinche"}),
    ("Lundi, des rebelles ont incendié l'école, à Rutshuru, et le dispensaire de Butembo.", {"Rutshuru", "Butembo"}),
    ("Dimanche, les forces du régime ont bombardé la mairie, à Saraqeb, et le marché de Jisr al-Choughour.",
     {"Saraqeb", "Jisr al-Choughour"}),
    ("Lundi, des shebabs ont attaqué la base militaire, à Baidoa, et le poste de police d'Afgooye.",
     {"Baidoa", "Afgooye"}),
    # a list of villages where names the gazetteer lacks stand beside one known town: none is lost
    ("Mardi, les localités de Bir Ouazzane, Saraqeb et Tell Mouhra ont été bombardées par l'aviation du régime.",
     {"Bir Ouazzane", "Saraqeb", "Tell Mouhra"}),
    ("Lundi, les villages de Wendou Kiré, Gorom-Gorom et Sala Fouta ont été attaqués par des hommes armés.",
     {"Wendou Kiré", "Gorom-Gorom", "Sala Fouta"}),
    # near misses: one place, what follows only locates it
    ("Dimanche, un convoi militaire a été attaqué près de Mubi, dans l'État d'Adamawa.", {"Mubi"}),
    ("Samedi, des miliciens ont attaqué un camp de déplacés près de Malakal, dans l'État du Haut-Nil.", {"Malakal"}),
    ("Mardi, des bandits armés ont attaqué le commissariat central, à Gonaïves.", {"Gonaïves"}),
    # a second thing hit without a place of its own adds no event
    ("Jeudi, des avions ont frappé une base près de Marib ainsi que des dépôts de munitions.", {"Marib"}),
    # a second clause, not a second thing hit: the place of its subject or of reinforcements adds no event
    ("Vendredi, des jihadistes ont attaqué un poste près de Damboa et les soldats de la garnison de Gwoza ont "
     "riposté.", {"Damboa"}),
    ("Jeudi, des avions ont bombardé un camp près de Zinjibar, et des renforts venus de Lawdar ont été déployés.",
     {"Zinjibar"}),
    # a count that leaves out the counted noun ("et deux sur ...") tells the same act at another place
    ("Selon la marine ukrainienne, les forces russes ont mené dans la nuit six frappes sur le port de Tchornomorsk et "
     "deux sur l'aéroport de Kherson, blessant trois employés.", {"Tchornomorsk", "aéroport de Kherson"}),
    ("Les FSR ont lancé dimanche cinq drones contre la centrale électrique de Kassala et trois contre le barrage de "
     "Merowe, selon le ministère soudanais de l'Énergie.", {"Kassala", "barrage de Merowe"}),
    ("Mardi, des hommes armés ont tendu quatre embuscades près de Damboa et deux près de Gwoza, selon l'armée.",
     {"Damboa", "Gwoza"}),
    # a name a locator places near a known town is one village, not a list
    ("Mardi, le village de Tell Mouhra, près de Saraqeb, a été bombardé par l'aviation du régime.", {"Tell Mouhra"}),
    # Syria, Ukraine, Burkina Faso: "ainsi que" after what locates or describes the first place lists one more
    ("Les forces du régime ont bombardé mardi les villages de Kafranbel et de Taftanaz, dans le sud d'Idlib, ainsi "
     "que la ville d'Ariha.", {"Kafranbel", "Taftanaz", "Ariha"}),
    ("Des combats opposent toute la journée les forces gouvernementales à des insurgés à Qardaha, berceau de la "
     "famille de l'ancien président, ainsi qu'aux abords de Jablé.", {"Qardaha", "Jablé"}),
    ("Des drones ont frappé lundi Kherson, dans le sud du pays, ainsi que la ville de Mykolaïv.", {"Kherson", "Mykolaïv"}),
    ("Des hommes armés ont attaqué lundi Djibo, dans le nord du pays, ainsi que la localité de Gorom-Gorom.",
     {"Djibo", "Gorom-Gorom"}),
    # Ukraine, Yemen, Sudan: a second thing hit by other means, told between commas, with its own town
    ("Mardi, l'armée russe a visé avec des missiles une usine de Zaporijjia et, au moyen de drones, un dépôt de "
     "carburant près de Kherson.", {"Zaporijjia", "Kherson"}),
    ("Samedi, les Houthis ont affirmé avoir visé avec des missiles la base de Marib et, au moyen de drones, un camp "
     "près de Harib.", {"Marib", "Harib"}),
    ("Dimanche, les FSR ont attaqué avec des drones l'aéroport d'El-Obeid et, à l'arme lourde, une position de "
     "l'armée près de Kadugli.", {"El-Obeid", "Kadugli"}),
    # ... and an apposition with nothing coordinated after it adds no place
    ("Un drone a frappé lundi un immeuble à Kherson, ville du sud du pays.", {"Kherson"}),
]


@pytest.mark.parametrize(("text", "places"), CASES)
def test_one_event_per_place_hit(text: str, places: set[str]) -> None:
    result = sentinelle.extract(text, published="2024-06-12", relevance_gate=False)
    names = [e.location.name for e in result.events if e.location is not None]
    assert sorted(names) == sorted(places)
