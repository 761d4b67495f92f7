"""The act itself negated or denied in its clause (attribution/negation.py, the denial phrases of modality.yaml):
"X dément toute frappe sur Y", "aucune frappe n'a touché", "n'a pas bombardé", "sans procéder à des arrestations".
An act a source denies, with a place, is a record with `modality: denied` (issue 13 item 3); an act the text itself
negates is a non-event only (why: denied). The real acts beside them stay facts. Sentences written for these tests, from
several conflicts."""

from __future__ import annotations

import pytest

import sentinelle

PUBLISHED = "2025-03-12"


def _extract(text: str) -> tuple[list[tuple[str | None, str]], list[str]]:
    res = sentinelle.extract(text, published=PUBLISHED, relevance_gate=False)
    return [(e.sub_event_type or e.event_type, e.modality) for e in res.events], sorted(n.why for n in res.non_events)


# (text, [(sub_event_type, modality) of the events]): the present "dément"/"démentent" + tout(e) + the act
PRESENT_DENIALS = [
    # DR Congo, Syria, Sudan, Ukraine (the tagger reads the present "dément" as an adverb)
    ("Le porte-parole des rebelles dément toute frappe sur le marché de Butembo.", [("air_drone_strike", "denied")]),
    ("Les autorités militaires démentent tout bombardement de l'hôpital de Saraqeb.",
     [("shelling_artillery_missile_attack", "denied")]),
    ("L'armée soudanaise dément toute attaque contre le camp de déplacés de Kosti.", [("attack", "denied")]),
    ("Le ministère ukrainien de la Défense dément toute frappe sur Nikopol.", [("air_drone_strike", "denied")]),
    # near-misses: a part in the act denied (Burkina Faso), or another act denied next to a real strike (Colombia)
    ("Lundi, des hommes armés ont attaqué le marché de Sebba, tuant quatre civils. Le JNIM dément toute implication.",
     [("attack", "asserted")]),
    ("Dimanche, un drone a frappé un entrepôt à Tumaco. L'ELN dément toute attaque contre des civils.",
     [("air_drone_strike", "asserted")]),
    # Cameroon: the present "dément que" + subjunctive
    ("Le ministère dément que des militaires aient exécuté des civils à Mora le 5 mars.", [("attack", "denied")]),
]


@pytest.mark.parametrize(("text", "events"), PRESENT_DENIALS)
def test_a_present_denial_of_any_act_denies_it(text, events):
    assert _extract(text)[0] == events


# (text, events, non-event reasons): the act negated by its own determiner, its verb's "ne ... pas", or after a
# negated verb
NEGATED_ACTS = [
    # Syria, Yemen, Ukraine, Somalia: "aucun(e) N ne ..."
    ("Aucune frappe n'a été signalée mardi à Idlib.", [], ["denied"]),
    ("Contrairement à des rumeurs, aucun drone n'a frappé Marib lundi.", [], ["denied"]),
    ("La mairie assure qu'aucun obus n'est tombé sur Nikopol dimanche.",
     [], ["denied"]),
    ("Selon la police, aucune attaque n'a visé le convoi samedi près de Baidoa.",
     [], ["denied"]),
    # Burkina Faso, Iraq, Somalia: the verb negated, an act after a negated verb
    ("L'armée n'a pas bombardé le village de Titao lundi, a assuré le gouverneur.",
     [], ["denied"]),
    ("Les forces de sécurité n'ont mené aucune frappe dimanche à Tal Afar.", [], ["denied"]),
    ("Il n'y a pas eu d'affrontements lundi à Beledweyne, selon des habitants.", [], ["denied"]),
    ("L'armée n'a pas tué de civils samedi à Sebba, affirme le ministre.", [], ["denied"]),
    # near-misses: a toll of nobody (Burkina Faso), a negated claim (Somalia), a negated verb above the act (DR
    # Congo), an expletive "ne" (Nigeria), a negated act beside a real one (Burkina Faso)
    ("Lundi, des jihadistes ont attaqué un poste de police à Gayéri. Aucun policier n'a été tué.",
     [("armed_clash", "asserted")], []),
    ("Mercredi, une frappe de drone a touché un camion à Afgooye. L'attaque n'a pas été revendiquée.",
     [("air_drone_strike", "asserted")], []),
    ("Les rebelles n'ont pas hésité à bombarder Uvira jeudi.", [("air_drone_strike", "asserted")], []),
    ("Jeudi, les assaillants ont incendié le marché de Mubi avant que les soldats ne prennent position.",
     [("looting_property_destruction", "asserted")], []),
    ("Samedi, des hommes armés ont tué deux bergers à Sebba, mais n'ont pas tué les enfants.",
     [("attack", "asserted")], []),
    # Burkina Faso, DR Congo, Iraq: the act as the subject of a negated verb happened
    ("Mardi, une attaque contre un poste militaire de Titao n'a fait aucune victime.",
     [("armed_clash", "asserted")], []),
    ("Mardi, des tirs de mortier sur Uvira n'ont pas fait de victimes.",
     [("shelling_artillery_missile_attack", "asserted")], []),
    ("Une explosion n'a pas fait de blessés lundi à Baiji.", [("explosions_remote_violence", "asserted")], []),
    # DR Congo: a witness says there was no fighting, and tells the strike: the strike, and no record of fighting
    ("« Il n'y a pas eu de combats, mais ils ont bombardé le marché », a raconté mardi un habitant de Kalehe.",
     [("air_drone_strike", "reported")], ["denied"]),
]


@pytest.mark.parametrize(("text", "events", "non_events"), NEGATED_ACTS)
def test_a_negated_act_is_no_fact(text, events, non_events):
    assert _extract(text) == (events, non_events)


PRIVATIVE = [
    # Niger, Haiti: "sans procéder à des/aucune arrestation(s)": no arrest, and no denied record of one
    ("Samedi, les gendarmes ont fouillé plusieurs maisons à Diffa, sans procéder à des arrestations.",
     [], ["denied"]),
    ("Jeudi, la police a perquisitionné le siège du parti à Jacmel sans procéder à aucune arrestation.",
     [], ["denied"]),
    # Haiti: the dispersal stays, the arrests it made none of do not (the word is left out of its evidence)
    ("Vendredi, la police a dispersé une manifestation à Hinche sans procéder à des arrestations.",
     [("protest_with_intervention", "asserted")], []),
    # near-misses: "sans" + a word that is no act (Burkina Faso, Nigeria, DR Congo)
    ("Mardi, des hommes armés ont attaqué le village de Sebba sans faire de victimes.", [("attack", "asserted")], []),
    ("Mercredi, des soldats ont arrêté trois suspects à Damasak, sans rencontrer de résistance.",
     [("arrests", "asserted")], []),
    ("Lundi, la police a arrêté deux journalistes à Butembo sans mandat.", [("arrests", "asserted")], []),
]


@pytest.mark.parametrize(("text", "events", "non_events"), PRIVATIVE)
def test_an_act_under_sans_did_not_happen(text, events, non_events):
    assert _extract(text) == (events, non_events)


@pytest.mark.parametrize("text", [
    # Mali, Syria, Ukraine: "ni ... ni" with the verb's "ne" negates each noun it opens: no incident told
    "« Il n'y a eu ni explosion ni victime au marché de Sévaré », a déclaré un porte-parole de la police.",
    "Selon le gouverneur, il n'y a eu ni frappe ni blessé à Lattaquié mardi.",
    "« Il n'y a eu ni bombardement ni incendie à Pokrovsk cette nuit », affirme l'administration militaire.",
])
def test_neither_nor_negates_the_act(text):
    events, why = _extract(text)
    assert events == [] and "denied" in why, (events, why)
