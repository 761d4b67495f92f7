"""Sentences that tell several incidents, or name places that are not where anything happened.

Each sentence runs through the whole pipeline; the check is on the events
assembled: one per place and incident, located at the place that governs each
trigger's own clause.
"""

from __future__ import annotations

import datetime as dt

import pytest


def _events(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 6, 15)
    doc._.warnings = []
    return nlp(doc)._.events


def _where(events) -> list[tuple[str | None, str | None]]:
    return sorted((e.location.place if e.location else None, e.sub_event_type) for e in events)


def test_each_clause_takes_its_own_place(nlp):
    events = _events(
        nlp,
        "Quelques heures après que le camp militaire de Gao a été pris pour cible par des tirs d'obus, "
        "un convoi de ravitaillement a sauté sur une mine près de Tombouctou, dans le nord du Mali.",
    )
    subs = {e.location.place: e.sub_event_type for e in events if e.location}
    assert len(events) == 2, _where(events)
    assert set(subs.values()) == {"shelling_artillery_missile_attack", "remote_explosive_landmine_ied"}


def test_recap_of_attacks_merges_into_the_events_told_before(nlp):
    events = _events(
        nlp,
        "Mardi, trois roquettes se sont abattues sur la base de Gao. "
        "Le même jour, un engin explosif a visé une patrouille à Tombouctou. "
        "Selon des sources locales, les attaques contre Gao et Tombouctou n'ont pas fait de victimes.",
    )
    assert len(events) == 2, _where(events)
    assert {e.event_type for e in events} == {"explosions_remote_violence"}


@pytest.mark.parametrize(
    "text",
    [
        # a piece of an armed group's name is not a place
        "Des combattants du Hachd al-Chaabi ont été tués mardi dans une embuscade près de Samarra.",
        # a person's name is not a place
        "Des soldats israéliens ont arrêté Nasser al-Naqib et ses deux fils lors d'un raid à Naplouse.",
    ],
)
def test_names_inside_actors_or_persons_do_not_locate_events(nlp, text):
    events = _events(nlp, text)
    assert events and all(e.location and e.location.place not in ("Chaabi", "Nasser") for e in events), _where(events)
