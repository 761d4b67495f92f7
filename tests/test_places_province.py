"""A name nothing locates, placed in the article's one province (sentinelle.places.province).

Every sentence is written for these tests, in the style of wire and local reporting from many conflicts; the
village names are invented or absent from the gazetteer (so that no gazetteer row places them), the towns and
provinces around them are real. The province expected is read from the article's own places, not written here.
"""

from __future__ import annotations

import pytest
from places_lookup import find

# (article, the unknown name after "à", a known place of the article whose province it should take)
PLACED = [
    # Cameroon: two towns of the Far North
    ("Deux soldats camerounais ont été tués dimanche à Mozogo par des combattants de Boko Haram. L'armée a "
     "renforcé sa présence à Mokolo et à Maroua.", "Mozogo", "Mokolo"),
    # Niger: a region named and one of its towns
    ("Des bandits ont tué six personnes à Galkoshé. Les autorités de la région de Tillabéri ont décrété un "
     "couvre-feu à Ouallam.", "Galkoshé", "Ouallam"),
    # Burkina Faso: two towns of the Sahel region
    ("Des hommes armés ont tué quatre civils à Kolbéré. Les forces de sécurité ont été déployées à Djibo et à "
     "Arbinda.", "Kolbéré", "Djibo"),
    # Nigeria: the state alone, named by the police
    ("Des bandits ont enlevé vingt élèves à Wanzalé, selon la police de l'État de Zamfara.", "Wanzalé", "Zamfara"),
    # DR Congo: two towns of Ituri
    ("Des miliciens ont tué cinq civils à Mutembwe. L'armée a renforcé ses positions à Bunia et à Djugu.",
     "Mutembwe", "Bunia"),
    # Mozambique: where the villagers fled, in Cabo Delgado
    ("Des insurgés ont décapité deux hommes à Chikweta. Les habitants ont fui vers Montepuez et Pemba.",
     "Chikweta", "Montepuez"),
    # Syria: a two-word village, two towns of Hasakah
    ("Une frappe de drone a tué trois combattants à Tell Rimah. Des renforts ont été envoyés à Hassaké et à "
     "Qamichli.", "Tell Rimah", "Hassaké"),
    # Haiti: two communes of the Ouest department
    ("Des gangs ont incendié des maisons à Fondwa. La police a déployé des unités à Léogâne et à Gressier.",
     "Fondwa", "Léogâne"),
    # Somalia: where the troops fell back, in Lower Shabelle
    ("Les shebab ont attaqué une base à Dhusoleeyo. Les troupes se sont repliées sur Afgooye et Merka.",
     "Dhusoleeyo", "Afgooye"),
    # Mali: a place cue introduces a name that is also an ordinary word; the region named in the same sentence
    ("Un commerçant a été enlevé près de Boni par des hommes armés, selon un élu de la région de Mopti.", "Boni",
     "Mopti"),
]


@pytest.mark.parametrize(("text", "written", "witness"), PLACED)
def test_a_name_nothing_locates_is_in_the_articles_one_province(nlp, text, written, witness):
    known = find(nlp, text, witness)
    assert known is not None and known.location.admin1, f"{witness!r} is not found"
    got = find(nlp, text, written)
    assert got is not None, f"{written!r} is not placed"
    loc = got.location
    assert got.kind == "located" and loc.name == written and loc.precision == 3
    assert (loc.country, loc.admin1) == (known.location.country, known.location.admin1)


NOT_PLACED = [
    # one town only: no province is supported
    ("Les shebab ont pris jeudi le contrôle de Kooshin. Des renforts ont quitté Mogadiscio.", "Kooshin"),
    # towns of two provinces (Sahel, Centre-Nord): no province is guessed
    ("Des hommes armés ont tué quatre civils à Kolbéré. Des renforts sont arrivés de Djibo et de Kaya.", "Kolbéré"),
    # the dateline is where the story was filed, no evidence of where the village is
    ("MAROUA (AFP) - Deux soldats ont été tués à Mozogo, a annoncé l'armée camerounaise.", "Mozogo"),
    # an armed group after "à"
    ("L'attaque a été attribuée à Ansaroul Islam. Les forces ont été déployées à Djibo et à Arbinda.", "Ansaroul"),
    # the one spoken to
    ("Le porte-parole a déclaré à Kalemba que l'armée tenait Bunia et Djugu.", "Kalemba"),
    # "jusqu'à X" ends a stretch; "vers X" is where one goes
    ("Les miliciens ont avancé de Djugu jusqu'à Kasenyi-Lac. L'armée tient toujours Bunia.", "Kasenyi-Lac"),
    # a person named with two words after "à"
    ("L'armée a rendu hommage à Ibrahim Kolbéré, tué à Djibo, et aux soldats d'Arbinda.", "Ibrahim"),
    # who did it, not where: "attribuée à X", a surname
    ("L'embuscade a été attribuée à Kouyaté. Les renforts sont arrivés à Djibo et à Arbinda.", "Kouyaté"),
    # a force of the actors' lexicon, named by words the name only starts
    ("Le village a été repris à Volontaires pour la défense de la patrie, selon des habitants de Djibo et d'Arbinda.",
     "Volontaires"),
    # a feast: when, not where
    ("Des hommes armés ont tué six fidèles à Pâques, près de l'église de Djibo, puis à Arbinda.", "Pâques"),
    # Chad: a feast in another article, two towns of Lac province
    ("Les attaques se sont multipliées à Tabaski autour de Bol et de Baga Sola.", "Tabaski"),
]


@pytest.mark.parametrize(("text", "written"), NOT_PLACED)
def test_no_province_without_support_or_for_what_is_no_place(nlp, text, written):
    got = find(nlp, text, written)
    assert got is None or got.kind != "located", got


def test_the_event_keeps_the_written_name_at_the_province(nlp):
    text = ("Des hommes armés ont tué quatre civils dimanche à Kolbéré, selon des sources locales. Les forces de "
            "sécurité ont été déployées à Djibo et à Arbinda.")
    djibo = find(nlp, text, "Djibo")
    events = nlp(text)._.events
    assert [e.location.name for e in events] == ["Kolbéré"]
    loc = events[0].location
    assert (loc.country, loc.admin1, loc.precision) == (djibo.location.country, djibo.location.admin1, 3)
