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


# A day set off by commas after an earlier incident's phrase and followed by its doers is that incident's (DR Congo,
# Haiti, Mali); a phrase that names no day is dated by its distance from the sentence's day (Sudan, Nigeria).
# (text, the incident's town, its day)
EARLIER_DATED = [
    ("Nos équipes ont suspendu leurs activités deux jours après le pillage de notre entrepôt à Kalehe, le lundi "
     "10 mars, par des miliciens armés.", "Kalehe", "2025-03-10"),
    ("Cette manifestation intervient cinq jours après l'attaque du commissariat de Jérémie, le dimanche 9 mars, "
     "par des membres d'un gang.", "Jérémie", "2025-03-09"),
    ("La population vit dans la peur depuis le pillage de la base de Tombouctou, le vendredi 7 mars, par des "
     "jihadistes.", "Tombouctou", "2025-03-07"),
    ("Les secours sont arrivés mercredi, deux jours après la frappe de drone contre l'hôpital d'El Geneina.",
     "El Geneina", "2025-03-10"),
    ("Mercredi 12 mars, soit trois jours après l'enlèvement de vingt élèves à Gusau, les parents attendaient "
     "toujours des nouvelles.", "Gusau", "2025-03-09"),
]


@pytest.mark.parametrize(("text", "town", "day"), EARLIER_DATED, ids=[t[:40] for t, _, _ in EARLIER_DATED])
def test_an_earlier_incident_takes_its_apposed_or_its_relative_day(text, town, day):
    events = sentinelle.extract(text, published="2025-03-14", relevance_gate=False).events
    dated = [(e.location.name, e.date.start if e.date else None) for e in events
             if e.location and e.event_type != "protests"]  # (the governing clause may tell a protest of its own)
    assert (town, day) in dated, dated


@pytest.mark.parametrize("text", [
    # without the doers after it, the day may be the governing clause's: the earlier incident does not take it
    "Trois jours après l'attaque du camp militaire de Dori, le 15 mars, l'état-major a annoncé des renforts.",
    # after a passive governing verb, the agent may be its own ("a été repris ..., par l'armée")
    "Le village de Léré a été repris trois jours après l'attaque du camp, le 10 mars, par l'armée malienne.",
])
def test_a_day_after_a_phrase_without_its_own_doers_stays_the_sentences(text):
    from sentinelle.events.references import get_reference_finder
    from sentinelle.extraction import get_pipeline

    doc = get_pipeline()(text)
    finder = get_reference_finder()
    phrases = [r for s in doc.sents for r in finder.find(doc, s)]
    assert phrases and all("mars" not in text[r.start_char:r.end_char] for r in phrases), phrases


@pytest.mark.parametrize(("text", "wanted"), [
    # Cameroon, Mali, Niger: an incident named after "après" with its day set off by commas, then its victim and its
    # place ("l'enlèvement, vendredi, d'un commerçant ... près de X"): that day's incident at that place
    ("Les affrontements ont éclaté après l'enlèvement, vendredi, d'un commerçant à un barrage près de Kaélé.",
     ("abduction_forced_disappearance", "Kaélé", "2023-06-09")),
    ("Les combats ont repris après l'assassinat, dimanche, d'un chef coutumier dans le village de Konna.",
     ("attack", "Konna", "2023-06-11")),
    ("La tension est montée après l'attaque, samedi, d'un convoi de commerçants près d'Ouallam.",
     ("attack", "Ouallam", "2023-06-10")),
])
def test_an_incident_named_with_its_day_between_commas_is_told(text, wanted):
    assert wanted in [(e.sub_event_type, e.location.name, e.date.start) for e in _events(text)]
