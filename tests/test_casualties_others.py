"""Victims told as "N autres" after a first figure of the same role add to it (casualties.py: Figure.more).

Sentences written for the project, from several conflicts.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_kept):
    return lambda text: run_kept(text)._.events


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # the dead on the spot and those who died of their wounds are one toll
        ("Selon un médecin, 22 personnes ont été tuées sur le coup lors de la frappe sur Sumy, tandis que trois "
         "autres sont décédées de leurs blessures.", 25, None),
        ("Onze soldats ont péri dans l'embuscade près de Djibo, et deux autres ont succombé à leurs blessures le "
         "lendemain.", 13, None),
        # "autres" of another role is a figure of its own
        ("Deux policiers ont été tués samedi à Tumaco et deux autres ont été blessés.", 2, 2),
        ("Une frappe de drone a tué quatre combattants shebab près de Jamame, et deux autres ont été blessés.", 4, 2),
        ("Un kamikaze a tué neuf fidèles dans une mosquée de Damboa, et quatre autres ont été grièvement "
         "blessés.", 9, 4),
        # a bare numeral as the subject of "sont morts" (the parser's expl:subj) is the toll
        ("Selon le porte-parole, les douze sont morts samedi après avoir tendu une embuscade à un camion près "
         "de Yei.", 12, None),
    ],
)
def test_others_add_to_their_role(run, sentence, killed, injured):
    events = run(sentence)
    assert len(events) == 1, sentence
    assert (events[0].fatalities, events[0].injuries) == (killed, injured)
