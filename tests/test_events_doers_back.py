"""The doer of an act told back by a pronoun or a bare noun with its article (``sentinelle/events/doers_back.py``):
sentences written for these tests, from several conflicts; the check is on the events assembled."""

from __future__ import annotations

import pytest


def _doers(nlp, text):
    return [(e.location.name if e.location else None, e.actor1.normalized if e.actor1 else None)
            for e in nlp(text)._.events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Niger: "Ils" after the group told as the attacker of the sentence before
    ("Des combattants de l'État islamique au Sahel ont attaqué dimanche le poste de gendarmerie de Banibangou. Ils "
     "ont ensuite incendié le marché de Ouallam, selon des sources locales.",
     [("Banibangou", "Islamic State (Sahel)"), ("Ouallam", "Islamic State (Sahel)")]),
    # Nigeria: "Les mêmes hommes"
    ("Des éléments de Boko Haram ont attaqué samedi une base militaire à Gwoza, dans l'État de Borno. Les mêmes "
     "hommes ont enlevé le lendemain douze femmes près de Damboa.",
     [("Gwoza", "Boko Haram"), ("Damboa", "Boko Haram")]),
    # Sudan: a coordinated verb shares the pronoun ("Ils ont tué ... et incendié ...")
    ("Des miliciens des Forces de soutien rapide ont pris d'assaut mardi le marché de Kosti. Ils ont tué quinze "
     "civils et incendié des dizaines de maisons.",
     [("Kosti", "Rapid Support Forces (RSF)"), ("Kosti", "Rapid Support Forces (RSF)")]),
    # Somalia
    ("Des insurgés shebab ont attaqué jeudi un camp de l'armée somalienne près de Beledweyne. Ils ont ensuite "
     "exécuté trois bergers dans le village de Bulo Burte.",
     [("Beledweyne", "Al Shabaab"), ("Bulo Burte", "Al Shabaab")]),
    # Mali: "ces hommes", after a fronted day
    ("Des jihadistes du JNIM ont attaqué vendredi un convoi de l'armée malienne près de Douentza. Le lendemain, ces "
     "hommes ont enlevé quatre commerçants sur la route de Konna.",
     [("Douentza", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
      ("Konna", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)")]),
    # Haiti: a gang
    ("Des hommes du gang Village de Dieu ont attaqué mercredi le commissariat de Mirebalais. Ils ont ensuite "
     "incendié l'hôpital de la ville.",
     [("Mirebalais", "Unidentified Gang"), ("Mirebalais", "Unidentified Gang")]),
    # Nigeria, Mali, Ukraine: a singular pronoun for a side told in the singular, "elles" for "les forces"
    ("L'armée nigériane a attaqué lundi un camp de Boko Haram près de Dikwa. Elle a ensuite bombardé des positions "
     "près de Damboa.", [("Dikwa", "Military Forces of Nigeria"), ("Damboa", "Military Forces of Nigeria")]),
    ("Le JNIM a attaqué lundi un poste militaire à Tessit. Il a ensuite enlevé dix civils à Ansongo.",
     [("Tessit", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
      ("Ansongo", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)")]),
    ("Les forces russes ont frappé lundi Kharkiv. Elles ont ensuite bombardé Kherson mardi.",
     [("Kharkiv", "Military Forces of Russia"), ("Kherson", "Military Forces of Russia")]),
])
def test_a_pronoun_doer_is_the_doer_told_before(nlp, text, wanted):
    assert _doers(nlp, text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Nigeria: an indefinite subject ("des hommes armés") may be others
    ("Des combattants de Boko Haram ont attaqué lundi le village de Dikwa. Mardi, des hommes armés ont tué trois "
     "civils à Damboa.", [("Dikwa", "Boko Haram"), ("Damboa", "Unidentified Armed Group")]),
    # Mali: one army ("l'armée malienne") is not what "ils" stands for
    ("L'armée malienne a bombardé lundi des positions jihadistes près de Bankass. Mardi, ils ont incendié le marché "
     "de Douentza.", [("Bankass", "Military Forces of Mali"), ("Douentza", None)]),
    # Ukraine: "il" does not stand for "les forces russes" (a killing, not a strike: the one side named striking
    # does the article's other strikes, events.strike_sides)
    ("Les forces russes ont frappé lundi Kharkiv. Il a ensuite tué deux civils à Kherson mardi.",
     [("Kharkiv", "Military Forces of Russia"), ("Kherson", "Unidentified Armed Group")]),
])
def test_no_doer_is_told_back_where_the_words_do_not_point_back(nlp, text, wanted):
    assert _doers(nlp, text) == wanted
