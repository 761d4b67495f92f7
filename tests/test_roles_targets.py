"""roles.choose_target on sentences written for the project: which target word is what a mention hit.

Each case gives the sentence, its trigger words (the heads the detector would pass), the event type
and the expected target. The target words are found with targets.yaml, plus a settlement entry
(``village``) to test the rule for a settlement struck.
"""

from __future__ import annotations

import pytest

from sentinelle.events.lexicon import TargetEntry, get_lexicon
from sentinelle.events.matching import PhraseIndex, doc_units
from sentinelle.events.roles import SETTLEMENT, choose_target

VILLAGE = TargetEntry(target=SETTLEMENT, category="civilians", phrases=["village", "hameau"])


@pytest.fixture(scope="module")
def target_of(nlp):
    index = PhraseIndex()
    for entry in [VILLAGE, *get_lexicon("fr").targets.targets]:
        for p in entry.phrases:
            index.add(p, entry)

    def _target(sentence: str, triggers: tuple[str, ...], event_type: str | None) -> str | None:
        doc = nlp(sentence)
        heads = [t for t in doc if t.text in triggers]
        assert len(heads) == len(triggers), [t.text for t in doc]
        targets = [(h.payload, [doc[i] for i in range(h.start, h.end)]) for h in index.find_best(doc_units(doc))]
        return choose_target(heads, targets, event_type).target

    return _target


REMOTE = "explosions_remote_violence"
VAC = "violence_against_civilians"

CASES = [
    # a settlement as the object of a strike or a shelling is the target "village" (Syria, Lebanon, Ukraine)
    ("Les frappes ont visé samedi les villages de Kafr Nabl et de Maarat Harma, dans le sud d'Idleb.",
     ("frappes", "visé"), REMOTE, "village"),
    ("L'artillerie a pilonné dimanche le village de Yaroun, près de la frontière.", ("pilonné",), REMOTE, "village"),
    ("Des obus sont tombés lundi sur plusieurs villages du district de Koupiansk.", ("tombés",), REMOTE, "village"),
    # only where it happened: no target
    ("Un drone a frappé une moto mardi dans le village de Tillia, tuant deux combattants.",
     ("frappé",), REMOTE, "vehicle"),
    ("Des affrontements ont éclaté jeudi dans le village de Mbau entre l'armée et les rebelles.",
     ("affrontements",), "battles", None),
    # a settlement attacked on the ground, or struck with its inhabitants killed: the civilians (Sahel, Myanmar)
    ("Des hommes armés ont attaqué le village de Solhan dans la nuit de vendredi.", ("attaqué",), VAC, "civilians"),
    ("Douze villageois ont été tués lors d'une frappe aérienne sur un village de la région de Magway.",
     ("tués", "frappe"), REMOTE, "civilians"),
    # the victims' own label when the words say who they were (Mali, South Sudan)
    ("Deux humanitaires ont été enlevés jeudi près de Kidal par des hommes armés.", ("enlevés",), VAC, "aid_workers"),
    ("Trois travailleurs humanitaires ont été tués lundi dans une embuscade près de Yei.", ("tués",), VAC,
     "aid_workers"),
    # a site named in another clause is not what was struck (Somalia, Nigeria, Iraq)
    ("Vingt personnes ont été tuées sur le coup lors de l'attentat de Beledweyne, tandis que cinq autres sont "
     "mortes à l'hôpital.", ("tuées", "attentat"), REMOTE, "civilians"),
    ("Le kamikaze s'est fait exploser devant le marché de Gwoza, puis les blessés ont été évacués vers "
     "l'hôpital de Damboa.", ("exploser",), REMOTE, "market"),
    ("Une roquette a visé la base de Taji, alors que les soldats se trouvaient à l'aéroport.", ("visé",), REMOTE,
     "military_base"),
    # the victims' own home is where they were killed, not what was struck (Haiti, Burkina Faso)
    ("Deux femmes ont été tuées à l'intérieur de leur maison à Cabaret, selon la police.", ("tuées",), VAC,
     "civilians"),
    ("Un obus est tombé mardi sur leur maison à Kaya, tuant trois enfants.", ("tombé",), REMOTE,
     "residential_building"),
    # a street's name or a town's head count names no target (Guinea, Haiti, Colombia)
    ("Des jeunes ont affronté la police samedi sur l'avenue de l'Hôpital, à Kindia.", ("affronté",), "riots",
     None),
    ("La police a arrêté lundi un chef de gang à Gonaïves, ville de 300 000 habitants.", ("arrêté",),
     "strategic_developments", None),
    ("Une bombe a explosé mercredi devant le marché de la rue du Commerce à Cúcuta.", ("explosé",), REMOTE,
     "market"),
    ("Les manifestants ont jeté des pierres sur les policiers au rond-point Mosquée, à Kindia.", ("jeté",),
     "riots", None),
    ("Les manifestants ont jeté des pierres sur la grande mosquée, à Kindia.", ("jeté",), "riots", "religious_site"),
]


@pytest.mark.parametrize(("sentence", "triggers", "event_type", "target"), CASES)
def test_choose_target(target_of, sentence, triggers, event_type, target):
    assert target_of(sentence, triggers, event_type) == target
