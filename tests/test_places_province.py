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


# (article of several provinces, the unknown name a place cue introduces, a known place whose province it takes)
LOCAL = [
    # Burkina Faso and Niger: the paragraph names its province before the village
    ("Sahel : une semaine de violences au Burkina Faso et au Niger\n\nBurkina Faso. Dans la province du Yagha, des "
     "hommes armés ont attaqué lundi un poste de gendarmerie à Sebba. Mardi, cinq bergers ont été tués près de "
     "Wendouga-Kolel, selon des sources locales.\n\nNiger. Dans la région de Dosso, l'armée a repoussé une attaque à "
     "Gaya.", "Wendouga-Kolel", "Sebba"),
    # DR Congo: a paragraph that names no place, under a headline naming one province
    ("RDC : nouvelles violences dans le Nord-Kivu\n\nLes combats se poursuivent dans l'est du pays. Au Sud-Kivu, la "
     "situation reste calme à Bukavu.\n\nJeudi, des miliciens ont attaqué le village de Kibwe-Lusenge, tuant sept "
     "civils.", "Kibwe-Lusenge", "Nord-Kivu"),
    # Sudan: the paragraph's own division and town, another division named after
    ("Au Darfour-Nord, les FSR ont bombardé mercredi le marché de Kutum. Jeudi, des combattants des FSR ont attaqué "
     "le village d'Um-Kadoka-Ashar, selon un groupe de défense des droits humains.\n\nAu Kordofan-Sud, l'armée a "
     "repoussé une attaque contre Kadugli.", "Um-Kadoka-Ashar", "Kutum"),
    # Ethiopia: a headline of two regions; the sentence that last named places, a paragraph before
    ("Éthiopie : les combats s'étendent au Tigray et dans l'Amhara\n\nDes affrontements ont opposé lundi les forces "
     "fédérales à des combattants près d'Adigrat et d'Axoum, selon des habitants.\n\nMardi, un drone a frappé le "
     "marché du village d'Edaga-Hamus-Tsebri, tuant au moins douze civils.\n\nDans la région Amhara, des heurts ont "
     "été signalés à Dessie.", "Edaga-Hamus-Tsebri", "Adigrat"),
    # Nigeria: the paragraph's state and towns; another state in the next paragraph
    ("Dans l'État de Zamfara, des bandits armés ont tué onze villageois dimanche à Gusau et à Tsafe. Lundi soir, ils "
     "ont attaqué le village de Kurmin-Dangi-Bakwai, enlevant vingt personnes.\n\nDans l'État de Kaduna, la police "
     "a arrêté trois suspects à Zaria.", "Kurmin-Dangi-Bakwai", "Gusau"),
    # Syria: the province named at the head of the paragraph, another province in the next
    ("Syrie. Dans la province de Raqqa, une voiture piégée a explosé samedi à Tabqa. Dimanche, des tirs ont visé "
     "une patrouille près de Hawijat-Chnan, selon l'OSDH.\n\nDans la province d'Alep, le calme est revenu à "
     "Al-Bab.", "Hawijat-Chnan", "Tabqa"),
    # Ukraine: an oblast's towns, then another oblast
    ("Dans la région de Zaporijjia, des frappes russes ont touché Orikhiv et Houliaïpole. Un civil a été tué près "
     "du hameau de Novo-Kamianka-Dalnia.\n\nDans la région de Kharkiv, des bombardements ont visé Koupiansk.",
     "Novo-Kamianka-Dalnia", "Orikhiv"),
]


@pytest.mark.parametrize(("text", "written", "witness"), LOCAL)
def test_in_an_article_of_several_provinces_the_nearest_words_say_the_province(nlp, text, written, witness):
    known = find(nlp, text, witness)
    assert known is not None and known.location.admin1, f"{witness!r} is not found"
    got = find(nlp, text, written)
    assert got is not None, f"{written!r} is not placed"
    loc = got.location
    assert got.kind == "located" and loc.name == written and loc.precision == 3
    assert (loc.country, loc.admin1) == (known.location.country, known.location.admin1)


LOCAL_NOT_PLACED = [
    # Mozambique and Tanzania, no headline: the only place is named after the village, another story
    ("Des insurgés ont incendié vendredi une vingtaine de maisons dans le village de Nacuale-Sede, tuant trois "
     "civils, selon des sources locales. En Tanzanie, la police a renforcé les contrôles à Mtwara.", "Nacuale-Sede"),
    # Burkina Faso and Niger: the sentence that names places names two provinces
    ("Les jihadistes ont multiplié les attaques autour de Sebba et de Gaya. Mardi, cinq bergers ont été tués près "
     "de Wendouga-Kolel, selon des sources locales.", "Wendouga-Kolel"),
    # Burkina Faso and Niger: the sentence before names only a commune nothing locates, which is the nearer context
    ("Des heurts ont eu lieu à Sebba. Au Niger, la situation est calme à Gaya.\n\nLundi, une école de la commune de "
     "Zanguébé-Kouré a été incendiée.\n\nDébut mars, une attaque contre le village de Tonga-Bérédi avait fait douze "
     "morts.", "Tonga-Bérédi"),
    # Nigeria and Niger: a bare "à" (a person spoken to) is placed only where it is an incident's place
    ("Les bandits ont tué dix villageois à Gusau. Au Niger, les autorités de Gaya ont réagi.\n\nLe gouverneur a "
     "rendu visite à Kabiru-Danladi mardi.", "Kabiru-Danladi"),
]


@pytest.mark.parametrize(("text", "written"), LOCAL_NOT_PLACED)
def test_no_local_province_from_later_words_two_provinces_or_an_unknown_context(nlp, text, written):
    got = find(nlp, text, written)
    assert got is None or got.kind != "located", got
