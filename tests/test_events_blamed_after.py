"""The group an incident is blamed on in the sentence after it (events/blamed_after.py): "La police attribue
l'attaque à X", "L'armée impute l'embuscade à Y" give the doer, and who blames is the source (reported). Texts
written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


def _events(text: str) -> list[tuple[str | None, str | None, str, list[str]]]:
    res = sentinelle.extract(text, published="2025-06-16", relevance_gate=False)
    return sorted((e.location.name if e.location else None, e.actor1.normalized if e.actor1 else None, e.modality,
                   [s.name for s in e.sources]) for e in res.events)


@pytest.mark.parametrize(("text", "actor", "source"), [
    # Philippines, DRC, Nigeria: the blamed group is the doer, the one who blames the source
    ("Philippines\n\nUn milicien a été tué lors d'une attaque contre un détachement près de Zamboanga dans la nuit "
     "de lundi. La police provinciale attribue l'attaque à la Nouvelle Armée du peuple.\n",
     "New People's Army (NPA)", "La police provinciale"),
    ("RDC\n\nMardi, des hommes armés ont attaqué un poste de police à Kalemie, tuant trois policiers. L'armée impute "
     "l'attaque aux miliciens Maï-Maï.\n",
     "Mai-Mai Militia", "L'armée"),
    ("Nigeria\n\nJeudi, des hommes armés ont tendu une embuscade à un convoi près de Damboa, tuant quatre soldats. "
     "Le gouverneur attribue cette embuscade à Boko Haram.\n",
     None, "Le gouverneur"),
])
def test_a_group_blamed_after_the_incident(text, actor, source):
    (place, actor1, modality, sources), = _events(text)
    if actor is not None:
        assert actor1 == actor
    else:
        assert actor1 is not None and not actor1.startswith("Unidentified")
    assert modality == "reported" and sources == [source]


@pytest.mark.parametrize("text", [
    # near-misses: something else blamed (Mali), the blame in another paragraph (Somalia)
    "Mali\n\nMardi, des hommes armés ont attaqué le marché de Kayes. Le ministre attribue la hausse des prix à la "
    "sécheresse.\n",
    "Somalie\n\nVendredi, des hommes armés ont attaqué un hôtel de Kismayo.\n\nLe gouvernement impute l'attaque aux "
    "shebab.\n",
])
def test_no_blame_of_the_incident_no_doer(text):
    (place, actor1, modality, sources), = _events(text)
    assert actor1 is not None and actor1.startswith("Unidentified") and modality == "asserted"
