"""Sources set up once for more than their sentence (attribution/sources.py): a press release or a relayed
communiqué tells every operation it lists; a paragraph that names a source and ends with a colon tells the list
below it; a statement quoted over several paragraphs, "Selon X," opening a paragraph, a press review's "revient
sur" and a source that "a confié" an incident all report it. Texts written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


def _text(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _modalities(text: str) -> list[tuple[str | None, str]]:
    res = sentinelle.extract(text, published="2025-03-10", relevance_gate=False)
    return sorted((e.location.name if e.location else None, e.modality) for e in res.events)


# Nigeria: a headquarters' communiqué listing its operations under a heading
_COMMUNIQUE = _text(
    "Nigeria : l'armée annonce des dizaines de terroristes neutralisés dans le Borno",
    'COMMUNIQUÉ DU QUARTIER GÉNÉRAL DE LA DÉFENSE',
    'Le quartier général de la défense porte à la connaissance du public les résultats des opérations '
    'menées par les troupes du 3 au 9 mars 2025.',
    'Secteur 1',
    'Le 4 mars, les troupes ont repoussé une attaque de terroristes contre leur base de Damasak. Douze '
    'assaillants ont été neutralisés.',
    'Le 6 mars, des hommes armés ont tendu une embuscade à un convoi près de Gubio. Deux soldats ont été '
    'tués.',
    'Secteur 2',
    'Le 8 mars, une frappe aérienne a détruit un camp de terroristes près de Ngala.',
)

# DRC: a communiqué relayed in the lede ("informe l'opinion que"), its other operations in the next paragraphs
_LEDE = _text(
    "RDC : l'armée dit avoir repoussé les rebelles au Nord-Kivu",
    "Dans un communiqué rendu public mardi, l'état-major des FARDC informe l'opinion que les forces "
    'loyalistes ont repoussé dimanche une attaque des rebelles près de Mangina.',
    'Le même jour, des miliciens ont incendié une dizaine de maisons à Kirumba.',
)

# Somalia: a mission's press release, with its heading line
_PRESS = _text(
    'COMMUNIQUÉ DE PRESSE',
    "La mission de l'Union africaine condamne l'attaque contre ses soldats près de Jowhar",
    "Mogadiscio, le 8 mars 2025 – La mission de l'Union africaine en Somalie condamne fermement l'attaque"
    ' perpétrée le 6 mars contre un convoi de ses soldats près de Jowhar. Deux soldats ont été tués.',
    'Le lendemain, des combattants shebab ont incendié une école à Afgooye.',
)

# Mozambique: an NGO report's list of incidents, and the same list with no source over it
_REPORT = _text(
    'Mozambique : une ONG documente des exactions au Cabo Delgado',
    'Dans un rapport publié lundi, une organisation de défense des droits humains recense les violences '
    'commises contre les civils au cours du mois de février 2025. Le rapport documente notamment les '
    'incidents suivants :',
    '- 3 février, Quissanga : des insurgés ont décapité deux pêcheurs.',
    '- 12 février, Macomia : des hommes armés ont enlevé six femmes.',
)
_WEEK = _text(
    'Mozambique : la semaine au Cabo Delgado',
    'Les principaux incidents de la semaine :',
    '- 3 mars, Quissanga : des insurgés ont décapité deux pêcheurs.',
    '- 5 mars, Macomia : des hommes armés ont enlevé six femmes.',
)

# Haiti: a mayor's statement quoted over two paragraphs, introduced beforehand
_QUOTED = _text(
    "Haïti : un maire dénonce l'inaction de l'État",
    "Le maire de la commune a tenu mardi une conférence de presse. Nous reproduisons l'essentiel de sa "
    'déclaration.',
    '« Samedi soir, des bandits armés ont attaqué un quartier de Mirebalais et tué quatre personnes. '
    "Personne n'est venu.",
    "Dimanche, ils sont revenus et ont incendié une vingtaine de maisons à Saut-d'Eau. Nous ne pouvons "
    'plus vivre ainsi. »',
)

# Somalia: "Selon X," opening a paragraph; Sudan-like near-miss: the reporter's own paragraph
_SELON = _text(
    'Somalie : des obus sur Jowhar',
    'Selon la police, les shebab ont tiré mardi des obus de mortier sur Jowhar, blessant trois civils. '
    "Mercredi, un engin explosif a tué deux soldats près d'Afgooye.",
)
_PLAIN = _text(
    'RDC : deux civils tués à Kirumba',
    'Lundi, des hommes armés ont tué deux civils à Kirumba. Les assaillants ont ensuite incendié '
    'plusieurs maisons.',
)

# Mozambique: a press review; Niger: a toll confided to a correspondent, the speaker after the person told
_REVIEW = _text(
    'Revue de presse',
    "Au Mozambique, le journal Notícias est revenu sur l'enlèvement de six femmes lundi à Macomia.",
)
_CONFIDED = _text(
    'Niger : deux gardes tués près de Tillia',
    'Mardi, un véhicule de la garde nationale a sauté sur une mine près de Tillia. Deux gardes ont été '
    'tués et trois autres blessés, a confié à notre correspondant une source sécuritaire.',
)


# Ukraine: an incise after a long enumeration that the parser takes for the speech verb's subject
_ENUMERATION = _text(
    "Ukraine : frappes sur la côte",
    "En représailles, l'aviation russe a bombardé dans la nuit du 3 au 4 mars les ports d'Izmaïl et de "
    "Tchornomorsk ainsi que la centrale électrique de Bilhorod, sur la côte de la mer Noire, a annoncé l'armée "
    "russe.",
)


@pytest.mark.parametrize(("text", "wanted"), [
    (_ENUMERATION, [("Bilhorod", "reported")]),
    (_COMMUNIQUE, [("Damasak", "reported"), ("Gubio", "reported"), ("Ngala", "reported")]),
    (_LEDE, [("Kirumba", "reported"), ("Mangina", "reported")]),
    (_PRESS, [("Afgooye", "reported"), ("Jowhar", "reported")]),
    (_REPORT, [("Macomia", "reported"), ("Quissanga", "reported")]),
    (_WEEK, [("Macomia", "asserted"), ("Quissanga", "asserted")]),
    (_SELON, [("Afgooye", "reported"), ("Jowhar", "reported")]),
    (_PLAIN, [("Kirumba", "asserted")]),
    (_REVIEW, [("Macomia", "reported")]),
    (_CONFIDED, [("Tillia", "reported")]),
])
def test_a_source_set_up_once_reports_what_it_covers(text, wanted):
    assert _modalities(text) == wanted


def test_a_statement_quoted_over_paragraphs_reports_its_later_paragraphs():
    got = dict(_modalities(_QUOTED))
    assert got.get("Saut-d'Eau") == "reported"


def test_a_fronted_day_is_not_the_speaker():
    # Egypt-style wire copy: the parser takes "Samedi" for a second subject of "avait fait état"; the army speaks
    text = _text("Il s'agit de la deuxième attaque en une semaine. Samedi déjà, l'armée avait fait état de huit "
                 "militaires tués et trois autres blessés en repoussant une attaque près de Rafah.")
    res = sentinelle.extract(text, published="2025-03-10", relevance_gate=False)
    assert [[s.name for s in e.sources] for e in res.events] == [["l'armée"]]
