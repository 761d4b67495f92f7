"""Retractions (attribution/retractions.py): an announcement taken back is denied, not told."""

from __future__ import annotations

import pytest

import sentinelle


def _modalities(text: str) -> list[str]:
    return [e.modality for e in sentinelle.extract(text, published="2024-03-05", relevance_gate=False).events]


@pytest.mark.parametrize("text", [
    # Chad, Yemen, Haiti: the next sentence takes the announcement back
    "Lundi, l'armée a affirmé avoir repoussé une attaque près de Ngouboua. Le gouvernement est finalement revenu "
    "sur cette annonce mardi.",
    "Dimanche, les Houthis ont affirmé avoir abattu un drone américain au-dessus de Saada. L'information a été "
    "démentie lundi par le Pentagone.",
    "La police a annoncé samedi avoir tué six bandits à Mirebalais. Elle s'est rétractée dimanche.",
    # the same sentence
    "Lundi, l'armée a affirmé avoir repoussé une attaque près de Ngouboua, avant de démentir cette information.",
])
def test_an_announcement_taken_back_is_denied(text):
    assert _modalities(text) == ["denied"]


@pytest.mark.parametrize(("text", "wanted"), [
    # another incident told after it, or a taking back in another paragraph, takes nothing back
    ("Lundi, l'armée a affirmé avoir repoussé une attaque près de Ngouboua.\n\nLe ministre est revenu sur "
     "cette annonce au sujet du budget.", ["reported"]),
    ("Des hommes armés ont tué cinq civils lundi à Kaya. Ils se sont ensuite repliés vers la brousse.",
     ["asserted"]),
])
def test_no_taking_back_no_denial(text, wanted):
    assert _modalities(text) == wanted


def _events(text: str) -> list[tuple[str | None, str]]:
    res = sentinelle.extract(text, published="2025-03-12", relevance_gate=False)
    return [(e.sub_event_type or e.event_type, e.modality) for e in res.events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Haiti, Myanmar: a fact-check verdict opening the next sentence cancels the claim told before
    ("Des internautes ont affirmé qu'un drone avait frappé jeudi un marché de Hinche. C'est faux.",
     [("air_drone_strike", "denied")]),
    ("Des comptes pro-gouvernementaux assurent que les rebelles ont incendié une école de Myitkyina dimanche. Faux.",
     [("looting_property_destruction", "denied")]),
    # Haiti: opening its own sentence
    ("Faux : l'armée a bombardé jeudi le marché de Hinche, comme l'affirment des comptes anonymes.",
     [("air_drone_strike", "denied")]),
    # Iraq: "ne montre pas" the act
    ("Non, cette vidéo ne montre pas un bombardement sur l'hôpital de Baiji, le 3 mars.",
     [("shelling_artillery_missile_attack", "denied")]),
    ("Non, cette vidéo ne montre pas le bombardement de l'hôpital de Baiji, le 3 mars.",
     [("shelling_artillery_missile_attack", "denied")]),
    # Somalia: the footage is years old
    ("Une vidéo partagée des milliers de fois prétend montrer une frappe sur le marché de Beledweyne. Vérification "
     "faite, les images datent de 2019.", [("air_drone_strike", "denied")]),
    # near-misses (Yemen, Lebanon, Nigeria): footage of the day itself; a denial of what the article states itself;
    # a verdict in another paragraph; "faux" that opens no verdict
    ("Mardi, une frappe a touché un marché à Marib. Les images, qui datent de mardi, montrent des étals en feu.",
     [("air_drone_strike", "asserted")]),
    ("Mardi, une frappe aérienne a touché une école à Bint Jbeil. « C'est faux », a répondu l'armée.",
     [("air_drone_strike", "asserted")]),
    ("Des habitants affirment qu'une frappe aérienne a touché une école à Bint Jbeil mardi.\n\nLe ministre a accusé "
     "l'opposition de mentir. « C'est faux », a-t-il dit.", [("air_drone_strike", "reported")]),
    ("Faux barrages : des bandits ont enlevé samedi six voyageurs près de Gwoza.",
     [("abduction_forced_disappearance", "asserted")]),
])
def test_a_fact_check_verdict_denies_the_claim(text, wanted):
    assert _events(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Ukraine, Haiti, Nigeria, Myanmar: unconfirmed, in the next sentence or the same one: reported
    ("Mardi, de fortes explosions ont secoué le quartier nord de Kherson. Nous cherchons à confirmer.",
     [("explosions_remote_violence", "reported")]),
    ("Des tirs nourris ont éclaté lundi soir à Mirebalais. L'information n'a pas pu être confirmée.",
     [("armed_clash", "reported")]),
    ("Jeudi, des hommes armés ont enlevé cinq enseignants près de Gwoza, sans que cela puisse être confirmé de "
     "source indépendante.", [("abduction_forced_disappearance", "reported")]),
    ("Mercredi, des combats ont opposé l'armée aux rebelles près de Hpakant, une information qui n'a pas pu être "
     "vérifiée.", [("armed_clash", "reported")]),
    # near-misses (Mali, Ukraine): only the incident of the sentence before; nothing across a paragraph
    ("Mardi, des hommes armés ont tué deux bergers près d'Ansongo. Samedi, une frappe a visé un marché à Ménaka. "
     "Nous cherchons à confirmer.", [("attack", "asserted"), ("air_drone_strike", "reported")]),
    ("Lundi, un drone a frappé un dépôt à Nikopol.\n\nNous cherchons à confirmer d'autres informations.",
     [("air_drone_strike", "asserted")]),
])
def test_an_unconfirmed_incident_is_reported(text, wanted):
    assert _events(text) == wanted


def test_a_verdict_opening_its_explanation_denies_the_claim_before():
    # Syria: "Faux :" opens the explanation; the claim of the sentence before is what it cancels, and the past
    # strike the explanation names is not cancelled with it
    res = sentinelle.extract(
        "Des internautes affirment qu'un drone a frappé mardi une école de Saraqeb. Faux : la photo accompagne en "
        "fait la frappe aérienne qui avait tué six civils le 2 février à Binnish.",
        published="2025-03-12", relevance_gate=False)
    assert [(e.date.start if e.date else None, e.modality) for e in res.events] == [
        ("2025-03-11", "denied"), ("2025-02-02", "asserted")]


@pytest.mark.parametrize("text", [
    # Sudan: the footage shows something else
    "Une vidéo affirme montrer le bombardement du marché de Kosti dimanche. Vérification faite, les images montrent "
    "en réalité un incendie accidentel.",
])
def test_footage_showing_something_else_denies_the_claim(text):
    assert [m for _, m in _events(text)] == ["denied"]


@pytest.mark.parametrize(("text", "wanted"), [
    # Lebanon, Afghanistan: a verdict that is its whole sentence ("Cette information est fausse.") denies the claim
    # the sentence before makes, also in the article's own words
    ("Une vidéo virale présentée comme la preuve d'une frappe israélienne sur Marjayoun mardi a été tournée en 2021. "
     "Cette information est fausse.", ["denied"]),
    ("Une photo présentée comme celle d'une frappe aérienne mardi à Kunduz circule sur les réseaux. Cette photo est "
     "trompeuse.", ["denied"]),
    # near miss: a verdict with its speaker ("C'est faux, selon le gouverneur") judges only what is attributed
    ("Des hommes armés ont tué trois civils mardi à Kunduz. C'est faux, selon le gouverneur.", ["asserted"]),
])
def test_a_verdict_sentence_denies_the_claim_before(text, wanted):
    events = sentinelle.extract(text, published="2024-05-12", relevance_gate=False).events
    assert [e.modality for e in events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso, Ukraine, DRC, Nigeria, Mozambique, Yemen: no record bears the claim out (a verb of record or
    # finding negated, whose thing not found is an incident, a trace of it or the claim's own word)
    ("Une publication virale affirme que des jihadistes ont attaqué mardi le marché de Djibo. Aucun média local n'a "
     "signalé d'attaque à Djibo ce jour-là.", [("attack", "denied")]),
    ("Des comptes sur les réseaux sociaux assurent qu'un drone a frappé lundi un hôpital de Kherson. Les autorités "
     "locales n'ont enregistré aucun incident.", [("air_drone_strike", "denied")]),
    ("Selon des internautes, l'armée a bombardé jeudi un village près de Kalehe. Aucune trace de ce bombardement n'a "
     "été trouvée.", [("air_drone_strike", "denied")]),
    ("Un message diffusé sur Facebook affirme que des bandits ont enlevé vingt élèves lundi à Gusau. La police n'a "
     "reçu aucun signalement d'enlèvement.", [("abduction_forced_disappearance", "denied")]),
    ("Des comptes anonymes affirment que des miliciens ont attaqué un camp de déplacés près de Komanda. Les casques "
     "bleus n'ont fait état d'aucune attaque.", [("attack", "denied")]),
    ("Selon des publications sur Telegram, des drones ont frappé dimanche la gare de Kharkiv. Aucun incident n'a été "
     "signalé à Kharkiv ce jour-là.", [("air_drone_strike", "denied")]),
    # Yemen: footage said to be filmed years before
    ("Une vidéo partagée sur X prétend montrer une frappe sur un hôpital de Marib samedi. La vidéo a en réalité été "
     "tournée en 2017.", [("air_drone_strike", "denied")]),
    # near misses (Burkina Faso, Ukraine, Nigeria): another incident, a toll, a record missing elsewhere, an official
    # source's word, a claim of responsibility not found
    ("Des hommes armés ont tué trois civils mardi à Djibo. Aucun autre incident n'a été signalé dans la région.",
     [("attack", "asserted")]),
    ("Une frappe a touché un dépôt lundi à Nikopol. Aucune victime n'a été signalée.",
     [("air_drone_strike", "asserted")]),
    ("Selon des publications sur Telegram, des drones ont frappé dimanche la gare de Kharkiv. Aucun incident n'a été "
     "signalé à Pokrovsk.", [("air_drone_strike", "reported")]),
    ("Selon l'armée, un drone a frappé lundi un dépôt de munitions à Kherson. Aucune source indépendante n'a signalé "
     "cette frappe.", [("air_drone_strike", "reported")]),
    ("Selon des habitants, des hommes armés ont enlevé huit fidèles dimanche à Kajuru. Aucune revendication n'a été "
     "enregistrée.", [("abduction_forced_disappearance", "reported")]),
    # a record missing after the incident, or on another day, says nothing of it
    ("Selon des habitants, des hommes armés ont attaqué le village de Kajuru lundi. Aucune attaque n'a été signalée "
     "depuis.", [("attack", "reported")]),
    ("Selon des témoins, une explosion a secoué lundi un marché de Gao. Aucun incident n'a été signalé par la suite.",
     [("explosions_remote_violence", "reported")]),
    ("Selon des habitants, des hommes armés ont attaqué le village de Kajuru lundi. Aucun incident n'a été signalé "
     "mardi.", [("attack", "reported")]),
])
def test_a_claim_no_record_bears_out_is_denied(text, wanted):
    assert _events(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali, Burkina Faso: where the footage really comes from denies the claim before; the incident it comes from,
    # undated in its sentence, is not an incident of the claim's day
    ("Des internautes affirment qu'un drone a frappé mardi un marché de Ménaka. La photo a en fait été prise lors "
     "d'une attaque à Gao en 2019.", [("air_drone_strike", "denied")]),
    ("Des internautes assurent que des jihadistes ont attaqué lundi une église de Dori. Il s'agit en fait d'images "
     "d'un attentat survenu à Kaboul il y a trois ans.", [("attack", "denied")]),
    ("Des internautes assurent que des jihadistes ont attaqué lundi une église de Dori. Cette vidéo montre en réalité "
     "une attaque survenue à Kaya.", [("attack", "denied")]),
    # near miss (Mali): footage filmed during the incident told is its own
    ("Mardi, des hommes armés ont attaqué le marché de Gao. Des images filmées lors de l'attaque montrent des étals "
     "en feu.", [("attack", "asserted")]),
])
def test_where_the_footage_comes_from_denies_the_claim(text, wanted):
    assert _events(text) == wanted
