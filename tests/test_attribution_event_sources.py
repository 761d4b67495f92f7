"""The source of an incident told by the sentences around it (issue 13, item 2; event-schema.md "Conventions"): a
"selon X" closing the sentence that tells a counted strike at its place, a body that blames the incident on a group
("attribue l'attaque à"), a toll counted by a source in the next sentence, a source setting the scene of the incident
told next, an armed group that accuses another side, and a tally's source that stays out of one incident. Texts
written for these tests, from several conflicts and outlet styles."""

from __future__ import annotations

import pytest

import sentinelle


def _told(text: str) -> list[tuple[str | None, str, list[str]]]:
    res = sentinelle.extract(text, published="2025-06-16", relevance_gate=False)
    return sorted((e.location.name if e.location else None, e.modality, [s.name for s in e.sources])
                  for e in res.events)


@pytest.mark.parametrize(("text", "wanted"), [
    # Ukraine, Syria, Somalia: a count of projectiles in the sentence of the strike, closed by its source
    ("Ukraine\n\nMardi soir, deux missiles ont frappé un dépôt de carburant à Dnipro, selon l'administration "
     "régionale. Un employé a été tué.\n",
     [("Dnipro", "reported", ["l'administration régionale"])]),
    ("Syrie\n\nJeudi, trois obus sont tombés sur le marché d'Idlib, selon la Défense civile. Quatre civils ont été "
     "tués.\n",
     [("Idlib", "reported", ["la Défense civile"])]),
    ("Somalie\n\nVendredi, deux roquettes ont frappé une base militaire près de Baidoa, d'après un officier somalien. "
     "Un soldat a été blessé.\n",
     [("Baidoa", "reported", ["un officier somalien"])]),
    # near-miss: the same strike told by nobody (Ukraine)
    ("Ukraine\n\nMardi soir, deux missiles ont frappé un dépôt de carburant à Dnipro. Un employé a été tué.\n",
     [("Dnipro", "asserted", [])]),
])
def test_a_source_closing_the_sentence_of_a_counted_strike(text, wanted):
    assert _told(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali, Cameroon: "le bilan s'élève à", "le bilan est de" with a source, after the incident
    ("Mali\n\nMardi, des hommes armés ont attaqué le marché de Kayes. Selon la préfecture, le bilan s'élève à sept "
     "morts.\n",
     [("Kayes", "reported", ["la préfecture"])]),
    ("Cameroun\n\nDes séparatistes ont attaqué une école à Kumba lundi. D'après la mairie, le bilan est de trois "
     "morts.\n",
     [("Kumba", "reported", ["la mairie"])]),
    # Syria: a source that "fait état de" the dead
    ("Syrie\n\nSamedi, une frappe aérienne a touché un quartier d'Alep. L'Observatoire syrien des droits de "
     "l'homme fait état de neuf morts.\n",
     [("Alep", "reported", ["L'Observatoire syrien des droits de l'homme"])]),
    # Colombia: a role named with its holder speaks, whatever the role's word
    ("Colombie\n\nMardi, des combats ont opposé l'ELN à des dissidents des FARC près de Cúcuta. Le médiateur "
     "régional, Carlos Rueda, fait état de cinq morts.\n",
     [("Cúcuta", "reported", ["Le médiateur régional"])]),
    # near-miss: a toll with no figure and no source (Mali)
    ("Mali\n\nMardi, des hommes armés ont attaqué le marché de Kayes. Le bilan reste inconnu.\n",
     [("Kayes", "asserted", [])]),
])
def test_a_counted_toll_with_its_source_after_the_incident(text, wanted):
    assert _told(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Mozambique (a trial), Nigeria, DRC: the source of the sentence that sets the scene tells what happened there
    ("Mozambique\n\nLe premier fait remonte au 9 mai 2024. Ce jour-là, selon l'acte d'accusation, une vingtaine "
     "d'hommes armés sont entrés dans le village de Montepuez. Cinq civils ont été tués.\n",
     [("Montepuez", "reported", ["l'acte d'accusation"])]),
    ("Nigeria\n\nSelon des habitants, des combattants sont arrivés à moto dans le village de Gwoza dimanche soir. "
     "Trois hommes ont été abattus.\n",
     [("Gwoza", "reported", ["des habitants"])]),
    ("RDC\n\nD'après la société civile, des miliciens ont fait irruption lundi dans un quartier de Butembo. Deux "
     "commerçants ont été tués.\n",
     [("Butembo", "reported", ["la société civile"])]),
    # near-miss: a killing told in the next paragraph, at a place of its own (Nigeria)
    ("Nigeria\n\nSelon des habitants, des combattants sont arrivés à moto dans le village de Gwoza dimanche soir."
     "\n\nTrois hommes ont été abattus mardi à Damboa.\n",
     [("Damboa", "asserted", [])]),
])
def test_a_source_setting_the_scene_tells_the_incident_after_it(text, wanted):
    assert _told(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali, Myanmar: an armed group that accuses another side reports, it does not claim
    ("Mali\n\nUne frappe de drone a touché samedi un marché près de Koutiala, faisant six morts selon le FLA, qui "
     "accuse l'armée malienne.\n",
     [("Koutiala", "reported", ["le FLA"])]),
    ("Birmanie\n\nDes bombardements ont frappé dimanche un monastère près de Lashio, selon la TNLA, qui accuse la "
     "junte.\n",
     [("Lashio", "reported", ["la TNLA"])]),
    # ... "accuse X d'avoir", "affirme que X ont": the other side's act, told by the group (Mali)
    ("Mali\n\nLe FLA accuse l'armée malienne d'avoir bombardé samedi un campement près de Koutiala, tuant six "
     "civils.\n",
     [("Koutiala", "reported", ["Le FLA"])]),
    ("Mali\n\nLe JNIM affirme que les FAMa ont exécuté dimanche douze civils près de Koutiala.\n",
     [("Koutiala", "reported", ["Le JNIM"])]),
    # near-miss: the group telling its own fighters' act claims it (Myanmar)
    ("Birmanie\n\nDes combattants ont attaqué un poste militaire près de Lashio dimanche, selon la TNLA, qui "
     "affirme avoir tué dix soldats.\n",
     [("Lashio", "claimed", ["la TNLA"])]),
])
def test_an_armed_group_accusing_another_side_reports(text, wanted):
    assert _told(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Afghanistan, Colombia, Mozambique: a toll since the bound of a long period, with its source, is a tally
    ("Afghanistan\n\nLe 3 mars, un berger a été tué par l'explosion d'une mine près de Kunduz. Depuis la fin de la "
     "guerre, plus de 200 civils ont été tués par des mines, selon les chiffres officiels.\n",
     [("Kunduz", "asserted", [])]),
    ("Colombie\n\nLundi, un soldat a été tué par une mine près de Cúcuta. Depuis le début du conflit, plus de 300 "
     "soldats ont été tués par des mines, selon le ministère.\n",
     [("Cúcuta", "asserted", [])]),
    ("Mozambique\n\nDimanche, des insurgés ont tué deux pêcheurs près de Palma. Depuis le début de la guerre, plus "
     "de 600 civils ont été tués dans la province, selon une ONG.\n",
     [("Palma", "asserted", [])]),
])
def test_a_tallys_source_stays_out_of_one_incident(text, wanted):
    assert _told(text) == wanted
