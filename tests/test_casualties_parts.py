"""Tolls whose parts, persons or sides are written apart from their figure (events/casualties.py, listed_victims.py,
toll_choice.py, tolls.py): sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in sentinelle.extract(text, published="2026-06-10", relevance_gate=False).events]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Gaza, Nigeria: a part told with "dont" is inside the whole, not one more victim (the parser makes it a second
    # subject of the verb)
    ("Jeudi, six personnes, dont trois enfants, ont été tuées dans une frappe aérienne sur Beit Lahia.", 6),
    ("Samedi, onze villageois, dont quatre femmes, ont été tués par des hommes armés près de Gwoza.", 11),
    # Yemen, Burkina Faso: one person named by a possessive after a figure adds one
    ("Lundi, une frappe de drone a tué trois ingénieurs turcs et leur guide près de Marib.", 4),
    ("Dimanche, des hommes armés ont tué quatre orpailleurs et leur chef près de Titao.", 5),
    # Lebanon, Ukraine: one person, the object of the killing verb, with no figure written
    ("Mardi, un drone a visé une moto près de Bint Jbeil, tuant son conducteur.", 1),
    ("Mercredi, un obus a frappé une maison à Nikopol, tuant le fermier.", 1),
    # ... a figure written stays the toll
    ("Mardi, un drone a visé une moto près de Bint Jbeil, tuant deux combattants.", 2),
    # DR Congo, Somalia: an aside between the figure and its passive verb
    ("Au moins neuf civils, pour la plupart des enfants, ont été tués dimanche par des obus tombés sur un marché "
     "de Mambasa.", 9),
    ("Samedi, au moins quinze personnes, selon un bilan provisoire, ont été tuées dans l'explosion d'une voiture "
     "piégée à Afgooye.", 15),
])
def test_parts_persons_and_asides(text, fatalities):
    assert _tolls(text) == [fatalities]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Burkina Faso, Mali, Niger: the armies' euphemisms for their dead
    ("Quatre militaires sont tombés sur le champ d'honneur jeudi lors d'une embuscade près de Sebba.", 4),
    ("Mardi, des terroristes ont attaqué le poste de Gorom-Gorom. Trois gendarmes sont tombés les armes à la main.", 3),
    # own losses told after the enemy's, in the next sentence ("dans ses rangs") or a clause of contrast, add up
    ("Vendredi, les soldats ont repoussé une attaque contre Hombori, laissant sur le terrain douze corps "
     "d'assaillants. L'armée déplore deux morts dans ses rangs.", 14),
    ("Samedi, l'armée a repoussé une attaque à Ayorou : trente assaillants ont été neutralisés, tandis que trois "
     "soldats sont tombés.", 33),
    # soldiers who "fell" into an ambush, with a complement, are not said to be dead
    ("Samedi, deux soldats sont tombés dans une embuscade près d'Ayorou, avant d'être secourus par leur unité.", None),
    # Niger: a base or a depot "neutralised" kills no one; the fighters killed with it are the toll
    ("Lundi, l'aviation a neutralisé un dépôt logistique et une base terroriste près d'Abala.", None),
    ("Lundi, les vecteurs aériens ont neutralisé une base terroriste près d'Abala, tuant une dizaine de combattants.",
     10),
])
def test_euphemisms_own_losses_and_things_neutralised(text, fatalities):
    assert _tolls(text) == [fatalities]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Burkina Faso, Cameroon, Nigeria, DR Congo, Haiti: each side's dead in one incident add up (ACLED counts all
    # the dead), one victim told by its article too, in a coordinated clause or a "tandis que" one
    ("Deux gendarmes ont été tués et un assaillant a été abattu samedi lors de l'attaque d'une brigade de "
     "gendarmerie à Bankilaré.", 3),
    ("Deux gendarmes ont été tués tandis qu'un assaillant a été abattu samedi lors de l'attaque d'une brigade de "
     "gendarmerie à Bankilaré.", 3),
    ("Trois policiers ont été tués tandis qu'un assaillant a été abattu lundi lors d'une attaque contre un "
     "commissariat à Kumba.", 4),
    ("Un policier a été tué et quatre bandits ont été abattus mercredi lors d'une attaque contre un poste de police "
     "à Gusau.", 5),
    ("Un casque bleu a été tué et deux assaillants ont été abattus lundi lors d'une attaque contre une base de la "
     "Monusco à Irumu.", 3),
    ("Un policier a été tué mardi à Croix-des-Bouquets lors d'un affrontement avec un gang, et un bandit a été "
     "abattu.", 2),
    # ... the second subject hung by the parser on the first verb
    ("Un soldat a été tué et six insurgés ont été abattus dimanche lors d'une attaque contre une base militaire à "
     "Kousseri.", 7),
    # ... a round figure whose participle follows its noun ("une dizaine d'assaillants neutralisés")
    ("Lors de l'attaque du camp militaire de Ménaka, jeudi, cinq militaires ont été tués et une dizaine "
     "d'assaillants neutralisés.", 15),
    # ... and in the next sentence of the account (Niger, Nigeria, DR Congo)
    ("Mardi, l'armée a repoussé une attaque contre son poste de Bankilaré. Une trentaine d'assaillants ont été "
     "neutralisés. Trois soldats sont tombés les armes à la main et quatre autres ont été blessés.", 33),
    ("Jeudi, des bandits ont attaqué un poste de police à Gusau. Cinq policiers ont été tués. Trois assaillants ont "
     "été abattus par les renforts.", 8),
    ("Dimanche, des rebelles ont attaqué un camp militaire près de Walikale. Douze assaillants ont été tués. Deux "
     "soldats ont perdu la vie.", 14),
])
def test_each_side_of_one_incident_adds_up(text, fatalities):
    assert _tolls(text) == [fatalities]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Mali, Burkina Faso, Nigeria: the army's dead and the enemies it claims, in two clauses cut at a semicolon
    ("Des combats ont opposé mardi l'armée à des jihadistes près de Tessit. Quatre soldats sont morts ; l'armée "
     "affirme avoir neutralisé 23 terroristes.", 27),
    ("Des affrontements ont opposé dimanche l'armée à des combattants jihadistes près d'Ansongo. L'état-major "
     "annonce la « neutralisation » de 18 terroristes ; trois soldats sont morts.", 21),
    # a killing told as a noun counts its "de" complement
    ("L'armée a annoncé mardi la neutralisation de 23 terroristes lors d'une opération près de Tessit.", 23),
    ("Le ministère de la Défense a fait état de la « neutralisation » de 12 terroristes lors de combats dimanche "
     "près de Dori.", 12),
    ("Une opération de l'armée près de Bourem a permis la neutralisation d'une trentaine de terroristes, lundi.", 30),
    # ... and a participle the tagger made an adjective of, hung on the toll's noun ("bilan")
    ("Des combats ont opposé vendredi l'armée à des insurgés près de Mokolo, avec un bilan de 14 terroristes "
     "neutralisés.", 14),
])
def test_semicolons_and_killings_told_as_nouns(text, fatalities):
    assert _tolls(text) == [fatalities]


@pytest.mark.parametrize(("sentence", "fatalities"), [
    # Nigeria, Sudan, Cameroon: the complement of a killing noun is the dead; things, a year, or the cause of a
    # protest are not
    ("Le gouverneur a condamné l'assassinat de deux policiers mardi à Kumba.", 2),
    ("Le massacre de trente villageois a eu lieu lundi près de Kousseri.", 30),
    ("L'armée a annoncé la neutralisation d'un dépôt d'armes.", None),
    ("Le massacre de 1994 reste dans les mémoires.", None),
    ("Des étudiants ont manifesté après l'assassinat de deux camarades.", None),
])
def test_a_killing_noun_counts_its_complement(nlp, sentence, fatalities):
    from sentinelle.events.casualties import CasualtyReader
    from sentinelle.events.lexicon import get_lexicon

    sent = next(iter(nlp(sentence).sents))
    assert CasualtyReader(get_lexicon("fr")).read(sent, [sent.root]).fatalities == fatalities


@pytest.mark.parametrize(("text", "fatalities"), [
    # Mali, DR Congo, Mozambique, Somalia: a round figure coordinated with another counts its own value, not its
    # article ("une vingtaine" is 20 inside a sum as alone)
    ("Selon des sources sécuritaires, six soldats et une vingtaine de jihadistes ont été tués lundi près de Tessit.",
     26),
    ("Cinq militaires et une dizaine de rebelles ont été tués mercredi à Kitshanga, selon l'armée.", 15),
    ("Deux soldats et une trentaine d'insurgés ont été tués vendredi près de Mueda, selon une source militaire.", 32),
    ("Sept soldats et une quarantaine de shebab ont été tués samedi à Bulo Burte, selon un officier.", 47),
    # Mali, Nigeria: after a fronted source the parser hangs the first victims on the source: they still add up
    ("Selon des sources sécuritaires, huit soldats et quinze assaillants ont été tués samedi à Ansongo.", 23),
    ("D'après la police, trois policiers et onze bandits ont été tués mercredi à Kukawa.", 14),
])
def test_coordinated_victims_add_up(text, fatalities):
    assert _tolls(text) == [fatalities]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # Niger, Mozambique, Sudan, DR Congo, Haiti: a killing or wounding participle sharing the first verb's
    # auxiliary has the figure as its object, whatever the parser hung it on (adverbs between)
    ("Mardi, des hommes armés ont encerclé le village de Tanout et abattu au moins douze éleveurs, selon un élu "
     "local.", 12, None),
    ("Les insurgés ont incendié des maisons à Nampula lundi et décapité quatre villageois, selon des témoins.", 4, None),
    ("Des paramilitaires ont pris d'assaut le camp de déplacés près de Nyala vendredi et massacré au moins trente "
     "civils, selon des médecins.", 30, None),
    ("Le 29 mai, à Rutshuru, des soldats ont fouillé les maisons au lendemain d'affrontements et exécuté "
     "sommairement au moins 45 hommes, selon les témoins.", 45, None),
    ("Dimanche, des gangs ont attaqué un commissariat à Léogâne et blessé grièvement trois policiers, selon la "
     "police.", None, 3),
    # Burkina Faso: victims of another clause's own passive verb are not the first verb's object
    ("Des hommes armés ont incendié deux maisons à Kaya jeudi et trois civils ont été blessés, selon un élu.", None, 3),
])
def test_a_participle_sharing_the_auxiliary_takes_the_figure(text, fatalities, injuries):
    events = sentinelle.extract(text, published="2026-06-10", relevance_gate=False).events
    assert [(e.fatalities, e.injuries) for e in events] == [(fatalities, injuries)]


def _killed_wounded(text: str) -> list[tuple[int | None, int | None]]:
    return [(e.fatalities, e.injuries)
            for e in sentinelle.extract(text, published="2026-06-10", relevance_gate=False).events]


@pytest.mark.parametrize(("text", "toll"), [
    # Sudan, Ukraine, DR Congo, Burkina Faso, Mozambique: the wounding verb the parser hangs on the victims as
    # their conjunct (before an inverted reporting clause) is a clause of its own; its wounded never join the dead
    ("Un drone a frappé samedi le marché de Kadugli, tuant neuf personnes et en blessant 22, a indiqué un réseau "
     "de médecins.", (9, 22)),
    ("Un drone a frappé samedi le marché de Kadugli, tuant neuf personnes et en blessant 22.", (9, 22)),
    ("Une frappe russe a touché jeudi un immeuble de Kherson, tuant deux personnes et en blessant 14, ont annoncé "
     "les autorités régionales.", (2, 14)),
    ("Des miliciens ont ouvert le feu lundi sur des fidèles à Mbandaka, tuant sept personnes et en blessant 30, "
     "selon la société civile.", (7, 30)),
    ("Un engin explosif a explosé mercredi au passage d'un bus près de Djibo, tuant six passagers et en blessant "
     "17, ont indiqué des sources locales.", (6, 17)),
    ("Les insurgés ont attaqué vendredi un convoi près de Montepuez, tuant trois soldats et en blessant 11, a "
     "rapporté une source sécuritaire.", (3, 11)),
    ("Un gang a attaqué dimanche un quartier de Hinche, tuant quatre habitants et blessant neuf autres, a affirmé "
     "la police.", (4, 9)),
])
def test_wounded_verb_conjoined_to_the_victims(text, toll):
    assert _killed_wounded(text) == [toll]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Burkina Faso, Somalia-style newsletter, DR Congo: the army's admitted toll and the armed group's claimed
    # one ("en avoir tué dix-sept": the same victims taken back by "en") are two versions; the lowest is kept
    ("Des jihadistes ont attaqué lundi à l'aube une position militaire près de Djibo. L'armée a reconnu la mort de "
     "trois soldats et affirme avoir repoussé l'assaut, tandis que le groupe jihadiste revendique sur ses canaux en "
     "avoir tué dix-sept.", 3),
    ("Des jihadistes ont attaqué lundi une position militaire près de Djibo. L'armée a reconnu la mort de trois "
     "soldats, tandis que le groupe jihadiste revendique en avoir tué dix-sept.", 3),
    ("Les rebelles ont attaqué jeudi une position de l'armée près de Mbandaka. L'armée a reconnu la mort de quatre "
     "soldats, alors que les rebelles affirment en avoir tué trente.", 4),
])
def test_admitted_and_claimed_versions_of_one_toll(text, fatalities):
    assert _tolls(text) == [fatalities]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Ukraine, Sudan, Mali: a list set off by commas after the figure, adding up to it, names the victims the figure
    # counted (an apposition), it adds none
    ("Deux patients, un garçon de 9 ans et sa mère, ont été tués mardi par un obus à Sloviansk.", 2),
    ("Trois civils, deux femmes et un enfant, ont été tués jeudi dans une attaque près de Tawila.", 3),
    ("Deux soldats, un sergent et un caporal, ont été tués lundi dans une embuscade près de Ménaka.", 2),
])
def test_victims_named_in_apposition_are_the_figure(text, fatalities):
    assert _tolls(text) == [fatalities]

