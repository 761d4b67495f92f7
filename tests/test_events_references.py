"""Reference phrases (events/references.py): an earlier incident named inside the sentence of another
story keeps only the date and place of its own words.

Sentences written for Sentinelle; the towns are not those of the annotated corpora.
"""

from __future__ import annotations

import pytest

import sentinelle

PUBLISHED = "2023-06-12"  # a Monday


def _events(text: str) -> list:
    return sentinelle.extract(text, published=PUBLISHED, relevance_gate=False).events


# A trial, a sentence, a commemoration or a tribute is told with its own day and town: neither is the
# recalled incident's. (text, a town the incident must not be placed at, a day it must not be dated)
RECALLED = [
    ("Trois miliciens ont été condamnés jeudi à Butembo pour le massacre de mars 2021 à Ayorou.",
     "Butembo", "2023-06-08"),
    ("Des centaines d'habitants se sont rassemblés dimanche à Ayorou pour commémorer l'attaque qui avait tué "
     "dix-huit civils il y a deux ans.", None, "2023-06-11"),
    ("Vendredi, la ville de Kadugli a rendu hommage aux victimes du bombardement du marché, il y a un an jour "
     "pour jour, qui avait fait quarante morts.", None, "2023-06-09"),
    ("Le procès des auteurs présumés de l'attentat du 14 mai 2022 à Baidoa s'est ouvert lundi à Mogadiscio.",
     "Mogadishu", "2023-06-12"),
    ("Samedi, les habitants de Marawi ont commémoré le siège de la ville par les jihadistes, il y a six ans, "
     "qui avait fait plus de mille morts.", None, "2023-06-10"),
]


@pytest.mark.parametrize(("text", "not_at", "not_on"), RECALLED, ids=[t[:40] for t, _, _ in RECALLED])
def test_a_recalled_incident_takes_neither_the_day_nor_the_town_of_the_story(text, not_at, not_on):
    for e in _events(text):
        if e.event_type == "protests":
            continue  # the gathering itself may be a protest of its own
        assert e.date is None or e.date.start != not_on, e
        assert not_at is None or e.location is None or e.location.place != not_at, e


def test_a_recalled_incident_with_its_own_date_and_place_is_coded_there():
    events = [e for e in _events(RECALLED[0][0]) if e.event_type != "protests"]
    assert [(e.location.place, e.date.start[:7]) for e in events] == [("Ayorou", "2021-03")]


# The relative clause in the pluperfect goes on telling the recalled incident, after a comma and a time
# expression too: its toll and its date are that incident's.
def test_a_pluperfect_relative_clause_dates_the_recalled_incident():
    text = ("L'anniversaire de l'embuscade de Diapaga, qui avait coûté la vie à douze gendarmes en août 2021, "
            "a été célébré samedi à Fada N'Gourma.")
    events = _events(text)
    assert all(e.date.start != "2023-06-10" for e in events), events
    for e in events:
        assert e.date.start.startswith("2021-08") and e.fatalities == 12, e


@pytest.mark.xfail(strict=True, reason="two tolls in one sentence: the governing incident's own toll (3) is lost to "
                   "the recalled one's; the casualty reader reads the whole sentence for each incident")
def test_a_new_incident_beside_a_recalled_one_is_still_told():
    text = ("Des hommes armés ont attaqué lundi le poste de police de Tessit, tuant trois policiers, "
            "un an après l'attaque qui avait coûté la vie à 42 soldats dans la même localité.")
    new = [e for e in _events(text) if e.date and e.date.start == "2023-06-12"]
    assert [(e.location.place, e.fatalities) for e in new] == [("Tessit", 3)]


@pytest.mark.parametrize("text", [
    # DR Congo, Burkina Faso: the accused named by a participle before their noun ("présumés miliciens", which the
    # tagger may read as a verb heading the phrase): the incident they are tried for is still in the trial's phrase
    "Sud-Kivu : ouverture à Uvira du procès de dix-huit présumés miliciens Maï-Maï pour le massacre de Kalehe",
    "Sahel : ouverture à Kaya du procès de dix-huit présumés jihadistes pour l'attaque de Djibo",
])
def test_a_trial_of_presumed_fighters_codes_no_incident_of_the_day(text):
    assert [e for e in _events(text) if e.date is not None and e.date.start == PUBLISHED] == []


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo, Ukraine, Mali: "après" inside a hyphenated word ("dimanche après-midi", "l'après-guerre") opens no
    # reference phrase, so the places after it stay the incident's
    ("Des combats ont opposé dimanche après-midi les FARDC et les rebelles du M23 autour de Minova.",
     [("armed_clash", "Minova")]),
    ("Des tirs d'artillerie ont visé samedi après-midi un quartier de Sloviansk.",
     [("shelling_artillery_missile_attack", "Sloviansk")]),
])
def test_a_piece_of_a_hyphenated_word_is_no_reference_marker(text, wanted):
    events = sentinelle.extract(text, published=PUBLISHED, relevance_gate=False).events
    assert [(e.sub_event_type, e.location.name) for e in events] == wanted
