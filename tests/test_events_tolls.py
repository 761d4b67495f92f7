"""Tolls told after their incident (events/tolls.py): sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


@pytest.mark.parametrize(("text", "fatalities"), [
    # Ukraine, Somalia: a toll told in the next sentence, with no incident word and nobody telling it, is the toll
    # of the incident told just before, when that one gave none
    ("Une frappe de drone a touché mardi un marché de Kharkiv. Le bilan s'est alourdi à quatre morts.", 4),
    ("Une voiture piégée a explosé mardi près d'un hôtel de Mogadiscio. Six personnes sont mortes.", 6),
    # "ont péri", which the tagger reads as an adjective, and "également": more dead added to the toll told before
    ("Une voiture piégée a explosé mardi près d'un hôtel de Mogadiscio. Six personnes ont péri.", 6),
    ("Des jihadistes ont attaqué mardi un poste militaire à Djibo, tuant cinq soldats. Quatre assaillants ont "
     "également péri.", 9),
    # a day of its own makes it another incident's toll; a source given to the toll after it leaves it the toll
    # (tests/test_casualties_constructions.py: a speaker who states it keeps it)
    ("Une frappe de drone a touché mardi un marché de Kharkiv. La semaine dernière, six personnes sont mortes.",
     None),
    ("Une frappe de drone a touché mardi un marché de Kharkiv. Le bilan s'élève à quatre morts, selon le maire.", 4),
])
def test_a_toll_told_in_the_next_sentence(text, fatalities):
    events = sentinelle.extract(text, published="2024-03-08", relevance_gate=False).events
    assert [e.fatalities for e in events] == [fatalities]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # Ivory Coast, Niger, Colombia: "N autres" take their own verb ("un soldat a été tué et quatre autres ont été
    # blessés": four wounded, not four dead)
    ("Un soldat a été tué et quatre autres ont été blessés lundi par l'explosion d'une mine près de Kong.", 1, 4),
    ("Un policier a été tué et deux autres ont été blessés lundi lors d'une attaque à Filingué.", 1, 2),
    # ... with no verb of their own, they are more of the dead
    ("Des hommes armés ont tué cinq civils et deux autres lundi à Filingué.", 7, None),
    # each side's dead told in two coordinated clauses add up
    ("Trois soldats ont été tués et dix assaillants ont été tués lundi près de Tiquisio.", 13, None),
])
def test_figures_take_their_own_verb_and_each_side_adds_up(text, fatalities, injuries):
    events = sentinelle.extract(text, published="2024-03-08", relevance_gate=False).events
    assert [(e.fatalities, e.injuries) for e in events] == [(fatalities, injuries)]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Mali, Ukraine, Haiti, Sudan, Mozambique, Cameroon: nobody killed, told in the next sentence, is a toll of 0
    ("Plusieurs obus de mortier ont été tirés jeudi soir contre la base de la Minusma à Tombouctou. Aucune victime "
     "n'a été signalée.", 0),
    ("Un drone russe a frappé mardi un immeuble résidentiel à Lyman. Il n'y a pas eu de victimes.", 0),
    ("Des hommes armés ont incendié plusieurs maisons lundi à Léogâne. L'attaque n'a pas fait de victimes.", 0),
    ("Une roquette s'est abattue mardi près de l'aéroport de Nyala. Aucune victime n'a été signalée, selon la "
     "police.", 0),
    ("Un engin explosif a sauté au passage d'un véhicule militaire près de Limbé, vendredi. Il n'y a pas eu de "
     "victime, selon l'armée.", 0),
    ("Un obus est tombé lundi sur une école vide de Kadugli. Aucune victime n'a été déplorée.", 0),
    # ... after a sentence of the wounded
    ("Mardi, un drone russe a touché un minibus à Sloviansk. Le conducteur a été blessé. Il n'y a pas eu "
     "d'autres victimes.", 0),
    # ... after the claim of the attack (the zero is not the claimant's)
    ("Lundi soir, plusieurs roquettes ont été tirées contre une base de la Minusma à Tessit. Un groupe jihadiste a "
     "revendiqué l'attaque sur ses canaux. Aucune victime n'a été signalée.", 0),
    ("Mardi, des obus de mortier ont visé une base des forces de paix à Kismayo. Les insurgés ont revendiqué "
     "l'attaque. Aucune victime n'a été signalée.", 0),
    # ... in the same sentence, a destruction keeps it
    ("Des hommes armés ont incendié une dizaine de maisons lundi soir à Léogâne, sans faire de victimes connues.",
     0),
    # nobody known so far is no toll yet; one side's nobody leaves the other's dead
    ("Une roquette s'est abattue mardi près de l'aéroport de Nyala. Aucune victime n'a été signalée dans "
     "l'immédiat.", None),
    ("Une roquette est tombée mardi près de la base de Kupiansk. Aucune victime n'a été signalée pour l'instant.",
     None),
    ("Une frappe de drone a touché mardi un marché de Sloviansk, tuant trois civils. Il n'y a pas eu de "
     "victimes parmi les secouristes.", 3),
    ("Deux soldats ont été tués mardi dans l'explosion d'une mine près de Niafunké. Il n'y a pas eu d'autres "
     "victimes.", 2),
])
def test_nobody_killed_told_in_the_next_sentence(text, fatalities):
    events = sentinelle.extract(text, published="2024-03-08", relevance_gate=False).events
    assert [e.fatalities for e in events] == [fatalities]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Cameroon: the army's own kills, told after the victims' toll by the other side, are no lower figure of it
    ("Mardi, des militaires ont mené une opération à Fundong, où, selon des habitants, six civils auraient été "
     "exécutés et plusieurs maisons incendiées. L'armée dément ces exécutions et affirme avoir tué « trois "
     "terroristes ».", 6),
    # Mozambique, Burkina Faso, Niger: one person named is one of the dead of the toll written elsewhere
    ("L'enseignant de 48 ans a été tué le lundi 4 mars lorsque des insurgés ont attaqué le village de Mueda. "
     "Selon l'administrateur, les assaillants ont décapité deux hommes, dont l'enseignant, et incendié des "
     "maisons.", 2),
    ("Ibrahim Sawadogo a été tué samedi quand des hommes armés ont attaqué le marché de Seytenga. Les assaillants "
     "ont tué trois commerçants, dont Ibrahim Sawadogo.", 3),
    ("Le chef du village a été tué dimanche lors d'une attaque à Bankilaré. Les assaillants ont égorgé deux "
     "hommes, dont le chef du village.", 2),
    # DR Congo, Cameroon: the killers' own claim does not lead the toll over another source's count
    ("Les rebelles affirment avoir tué une quinzaine de soldats lors d'une embuscade dimanche à Walikale. Selon "
     "l'armée, trois assaillants ont été abattus et aucun soldat n'a été tué.", 3),
    ("Les séparatistes prétendent avoir tué douze soldats lors d'une embuscade dimanche près de Fundong. Une source "
     "militaire reconnaît un accrochage : « Quatre assaillants ont été neutralisés. Il n'y a eu aucun mort dans nos "
     "rangs. »", 4),
])
def test_the_incident_toll_over_other_figures(text, fatalities):
    events = sentinelle.extract(text, published="2024-03-08", relevance_gate=False).events
    assert [e.fatalities for e in events] == [fatalities]


def test_the_victims_event_keeps_its_toll_when_the_other_side_tells_its_own():
    # Cameroon, DR Congo: the army's version, another event, leaves the civilians' toll alone
    for text, dead in (
        ("Selon des témoins, sept villageois ont été exécutés mardi par des soldats à Wum. L'armée affirme avoir "
         "tué trois séparatistes.", 7),
        ("Selon des habitants, neuf civils ont été tués lundi lors d'une opération de l'armée à Kalehe. L'armée "
         "rejette ces accusations et affirme avoir tué quatre rebelles.", 9),
    ):
        events = sentinelle.extract(text, published="2024-03-08", relevance_gate=False).events
        assert [e.fatalities for e in events if e.event_type == "violence_against_civilians"] == [dead]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # Burkina Faso, Somalia, Mozambique: the other side's dead told in the next sentence add up, with the wounded
    # told with them, when a source is given to that sentence in an incise or with "selon"
    ("Le gouverneur a indiqué que dimanche, des terroristes avaient attaqué le détachement militaire de Ouahigouya. "
     "Selon lui, l'attaque a été repoussée et une trentaine d'assaillants ont été neutralisés. Quatre soldats ont "
     "malheureusement perdu la vie et six militaires ont été blessés, a-t-il précisé.", 34, 6),
    ("Des shebab ont attaqué samedi une base de l'armée à Bulo Burte. Une vingtaine d'assaillants ont été tués. Trois "
     "soldats ont péri et cinq ont été blessés, selon un officier.", 23, 5),
    ("Des insurgés ont attaqué lundi une position de l'armée près de Mueda. Quinze insurgés ont été tués. Deux "
     "soldats sont morts et quatre ont été blessés.", 17, 4),
    # DR Congo: the attackers' own claim stays apart
    ("Des rebelles ont attaqué mardi un camp de l'armée près d'Uvira. Dix rebelles ont été tués. Les rebelles "
     "affirment avoir tué trois soldats.", 10, None),
])
def test_the_other_side_told_next_with_its_source_adds_up(text, fatalities, injuries):
    events = sentinelle.extract(text, published="2026-06-10", relevance_gate=False).events
    assert [(e.fatalities, e.injuries) for e in events] == [(fatalities, injuries)]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # Niger, DR Congo, Ukraine, Mali: a death of the wounded told after the incident ("a succombé à ses blessures",
    # "est décédé des suites de ses blessures") adds to its toll when the incident told wounded, gave no toll, or
    # when it is another victim ("un autre", "un quatrième"), whatever day or hospital it gives
    ("Mardi, des hommes armés ont attaqué un poste de police à Tahoua, tuant un policier et en blessant deux "
     "autres. L'un des blessés a succombé à ses blessures mercredi.", 2, 2),
    ("Vendredi, des rebelles ont tendu une embuscade à une patrouille près de Butembo, tuant trois soldats. Un "
     "quatrième a succombé à ses blessures samedi.", 4, None),
    ("Lundi, une frappe de drone a touché un bus près de Sloviansk, blessant six passagers. Deux d'entre eux sont "
     "morts des suites de leurs blessures à l'hôpital de Dnipro.", 2, 6),
    ("Un soldat a été tué jeudi dans l'explosion d'une mine près de Ménaka. Un autre a succombé à ses blessures.",
     2, None),
    ("Un soldat a été grièvement blessé jeudi dans l'explosion d'une mine près de Ménaka. Il est décédé des suites "
     "de ses blessures.", 1, 1),
    # told after dead alone, they are among those dead; the wounded with no count give no figure
    ("Jeudi, quatre personnes ont été tuées dans une frappe sur un marché de Kherson. Deux d'entre elles ont "
     "succombé à leurs blessures à l'hôpital.", 4, None),
    ("Jeudi, des hommes armés ont attaqué le village de Tougan, tuant cinq personnes. Les blessés ont succombé à "
     "leurs blessures.", 5, None),
])
def test_a_death_of_the_wounded_told_after_the_incident(text, fatalities, injuries):
    events = sentinelle.extract(text, published="2024-03-08", relevance_gate=False).events
    assert [(e.fatalities, e.injuries) for e in events] == [(fatalities, injuries)]


@pytest.mark.parametrize(("text", "toll"), [
    # Israel, Niger, Colombia, Syria, Somalia: nobody hurt by a strike or an attack ("sans faire de blessé", "sain et
    # sauf") is nobody killed either: 0 dead, 0 wounded (merge.py), also told in the next sentence (tolls.py)
    ("Samedi, une roquette est tombée sur un champ près de Sderot, sans faire de blessé.", (0, 0)),
    ("Lundi, des hommes armés ont tiré sur un poste de police à Ouallam, sans faire de blessés.", (0, 0)),
    ("Mardi, un engin explosif a détonné au passage d'une patrouille près de Tumaco, sans faire de blessés.", (0, 0)),
    ("Jeudi, un missile a visé un pétrolier au large de Tartous, selon la marine. L'équipage est sain et sauf.",
     (0, 0)),
    # ... told by the side that confirms a claim (the zero is no version of the claimant's)
    ("Les shebab affirment avoir visé une base de l'armée à Baidoa. L'armée somalienne a confirmé que deux obus "
     "étaient tombés près du camp, sans faire de blessé.", (0, 0)),
    # near miss: drones shot down hurt nobody, a weapons disrupted keeps no dead of its own
    ("Deux drones ont été abattus mardi au-dessus de Lattaquié, sans faire de blessés.", (None, 0)),
])
def test_nobody_hurt_is_a_toll_of_nobody(text, toll):
    events = sentinelle.extract(text, published="2026-03-04", relevance_gate=False).events
    assert [(e.fatalities, e.injuries) for e in events] == [toll]


@pytest.mark.parametrize("text", [
    # Mali, Syria: what a state says it acts against ("neutraliser une menace", "éliminer le danger") kills no one
    "Mardi, l'armée a frappé un dépôt près de Tessalit, affirmant agir pour « neutraliser une menace imminente ».",
    "L'aviation a bombardé lundi des positions près de Raqqa pour éliminer le danger, selon l'armée.",
])
def test_a_threat_neutralised_is_no_toll(text):
    events = sentinelle.extract(text, published="2026-03-04", relevance_gate=False).events
    assert [e.fatalities for e in events] == [None]
