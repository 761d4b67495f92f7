"""Scoring rules of event-schema.md, on small gold/prediction pairs written for the test."""

from __future__ import annotations

import json

import pytest

from sentinelle.errors import InputError
from sentinelle.evaluate import (
    GoldArticle,
    evaluate,
    haversine_km,
    is_match,
    load_gold,
    new_report,
    same_admin1,
    score_article,
)

MOSUL = {"name": "Mossoul", "country": "IQ", "admin1": "Nineveh", "lat": 36.335, "lon": 43.119, "precision": 1}
NEAR_MOSUL = {**MOSUL, "name": "Bartella", "lat": 36.352, "lon": 43.380}  # ~23 km east
ERBIL = {"name": "Erbil", "country": "IQ", "admin1": "Erbil", "lat": 36.191, "lon": 44.009, "precision": 1}
NINEVEH_PROVINCE = {"name": "Ninive", "country": "IQ", "admin1": "Nineveh", "lat": 36.0, "lon": 42.5, "precision": 3}


def ev(loc=MOSUL, day="2021-03-04", etype="explosions_remote_violence", sub="air_drone_strike", **kw):
    e = {
        "event_type": etype, "sub_event_type": sub,
        "date": {"start": day, "end": day, "precision": "day"},
        "location": loc, "target": None, "weapon": [], "fatalities": None, "modality": "asserted",
        "evidence": [[0, 10]],
    }
    e.update(kw)
    return e


def gold(events, non_events=()):
    return GoldArticle(doc_id="t", text="x" * 500, published="2021-03-05", outlet=None,
                       events=list(events), non_events=list(non_events))


def score(g, preds):
    report = new_report()
    doc = score_article(g, preds, report)
    return report, doc


def test_haversine_known_distance():
    # Mosul to Erbil is about 80 km as the crow flies.
    assert 75 < haversine_km(MOSUL["lat"], MOSUL["lon"], ERBIL["lat"], ERBIL["lon"]) < 90


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        (ev(), True),
        (ev(loc=NEAR_MOSUL), True),  # within 30 km
        (ev(loc=ERBIL), False),  # 80 km away
        (ev(loc=NINEVEH_PROVINCE), True),  # precision 3, same admin1
        (ev(day="2021-03-05"), True),  # one day of slack
        (ev(day="2021-03-06"), False),  # two days off
        (ev(etype="battles", sub="armed_clash"), False),  # other coarse type
        (ev(loc=None), False),  # no location cannot agree with a located gold
    ],
)
def test_match_rules(pred, expected):
    assert is_match(pred, ev()) is expected


@pytest.mark.parametrize(("country", "a", "b", "same"), [
    # one division under its French, English or ACLED name (lang/*/places_admin1.tsv), or another spelling
    ("CD", "North Kivu", "Nord-Kivu", True),
    ("IQ", "Babil", "Babylon", True),
    ("IQ", "Salah ad Din", "Salah ad-Din", True),
    ("IQ", "Salah ad-Din", "Saladin", True),
    # ACLED's and the Somali/English spellings coders write: "Shabelle"/"Shabeelle"/"Shabeellaha Hoose" for the
    # package's "Shebelle", "Northern"/"Southern" for "North"/"South", "Khowst", "Aghdam", "Bangsamoro"
    ("SO", "Lower Shabelle", "Lower Shebelle", True),
    ("SO", "Shabeellaha Hoose", "Bas-Shabelle", True),
    ("SD", "Northern Darfur", "North Darfur", True),
    ("SD", "Southern Kordofan", "Kordofan du Sud", True),
    ("AF", "Khowst", "Khost", True),
    ("YE", "Taiz", "Taëz", True),
    ("PS", "Deir al-Balah", "Deir El Balah", True),
    ("AZ", "Aghdam", "Agdam", True),
    ("PH", "Bangsamoro", "Autonomous Region in Muslim Mindanao", True),
    ("MX", "Michoacán", "Michoacán de Ocampo", True),
    # two divisions stay two
    ("SO", "Lower Shabelle", "Middle Shabelle", False),
    ("SD", "Northern Darfur", "Southern Darfur", False),
    ("CD", "Ituri", "Nord-Kivu", False),
    ("CD", "North Kivu", "South Kivu", False),
    ("IQ", "Nineveh", None, False),
])
def test_same_admin1_reads_other_names_of_one_division(country, a, b, same):
    assert same_admin1(country, a, b) is same


def test_precision3_match_on_another_name_of_the_province():
    # a coder writing "North Kivu" and the tool "Nord-Kivu", both at the province's level, agree on where
    goma = {"name": "Goma", "country": "CD", "admin1": "North Kivu", "lat": -1.68, "lon": 29.22, "precision": 1}
    province = {"name": "Nord-Kivu", "country": "CD", "admin1": "Nord-Kivu", "lat": -0.5, "lon": 28.9, "precision": 3}
    assert is_match(ev(loc=province), ev(loc=goma))


def test_precision3_other_admin1_does_not_match():
    far_province = {**NINEVEH_PROVINCE, "admin1": "Anbar", "lat": 33.0, "lon": 42.0}
    assert not is_match(ev(loc=far_province), ev())


def test_date_interval_overlap():
    week = ev()
    week["date"] = {"start": "2021-02-27", "end": "2021-03-03", "precision": "week"}
    assert is_match(week, ev(day="2021-03-04"))  # ends the day before: slack of one day


def test_precision_recall_f1_and_one_to_one():
    g = gold([ev(), ev(loc=ERBIL)])
    report, doc = score(g, [ev(), ev(loc=NEAR_MOSUL), ev(loc=ERBIL, day="2021-03-10")])
    # Only one prediction may take the Mosul gold event; the Erbil one is a week off.
    assert (doc.tp, doc.fp, doc.fn) == (1, 2, 1)
    assert report.precision == pytest.approx(1 / 3)
    assert report.recall == pytest.approx(1 / 2)
    assert report.f1 == pytest.approx(0.4)


def test_greedy_prefers_the_closer_prediction():
    g = gold([ev(fatalities=3)])
    report, _ = score(g, [ev(loc=NEAR_MOSUL, fatalities=None), ev(fatalities=3)])
    assert report.field_accuracy()["fatalities"] == 1.0
    assert report.median_km == pytest.approx(0.0)


def test_optional_gold_neither_rewarded_nor_penalised():
    opt = ev(loc=ERBIL, optional=True)
    _, doc_hit = score(gold([ev(), opt]), [ev(), ev(loc=ERBIL)])
    _, doc_miss = score(gold([ev(), opt]), [ev()])
    assert (doc_hit.tp, doc_hit.fp, doc_hit.fn, doc_hit.optional_matched) == (1, 0, 0, 1)
    assert (doc_miss.tp, doc_miss.fp, doc_miss.fn) == (1, 0, 0)


def test_non_factual_predictions_are_not_scored():
    _, doc = score(gold([]), [ev(modality="hypothetical"), ev(modality="threatened")])
    assert (doc.tp, doc.fp) == (0, 0)


def test_hypothetical_reported_as_fact_is_counted():
    g = gold([], non_events=[{"why": "hypothetical", "evidence": [[100, 160]]}])
    report, doc = score(g, [ev(evidence=[[120, 140]]), ev(loc=ERBIL, evidence=[[300, 320]])])
    assert doc.fp == 2
    assert doc.hypotheticals_as_facts == 1
    assert report.hypotheticals_by_reason == {"hypothetical": 1}


def test_field_accuracies():
    g = gold([ev(target="military_base", weapon=["drone"], fatalities=2, modality="reported")])
    p = ev(loc=NEAR_MOSUL, sub="shelling_artillery_missile_attack", target="military_base",
           weapon=["drone", "rocket"], fatalities=3, modality="reported", day="2021-03-05")
    report, _ = score(g, [p])
    acc = report.field_accuracy()
    assert acc == {"sub_event_type": 0.0, "date": 0.0, "location": 1.0, "target": 1.0, "weapon": 1.0,
                   "fatalities": 0.0, "modality": 1.0}
    assert 20 < report.median_km < 30


def test_gold_without_date_or_place_does_not_constrain():
    g_event = ev()
    g_event["date"] = None
    g_event["location"] = None
    assert is_match(ev(loc=ERBIL, day="2020-01-01"), g_event)


def test_load_gold_reports_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc_id": "a", "text": "Une attaque."}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:2: not valid JSON"):
        load_gold(path)


def test_load_gold_missing_text_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"doc_id": "a", "text_file": "absent.txt"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="absent.txt"):
        load_gold(path)


def test_evaluate_with_saved_predictions(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"doc_id": "a", "text": "Une frappe à Mossoul.", "events": [ev()]}) + "\n",
                    encoding="utf-8")
    report = evaluate(path, predict=lambda g: [ev(loc=NEAR_MOSUL)])
    assert (report.tp, report.fp, report.fn) == (1, 0, 0)
    assert report.to_dict()["events"]["f1"] == 1.0


# -- denials (event-schema.md: "A denied incident with a place is an event with modality: denied";
#    only hypothetical and threatened are non-factual) ---------------------------------------------------


def test_a_denied_event_is_scored_like_any_factual_event():
    g = gold([ev(modality="denied")])
    report, doc = score(g, [ev(modality="denied")])
    assert (doc.tp, doc.fp, doc.fn) == (1, 0, 0)
    assert report.field_accuracy()["modality"] == 1.0
    # Coded as a fact instead, it still matches, with the modality wrong.
    report, doc = score(g, [ev(modality="asserted")])
    assert doc.tp == 1 and report.field_accuracy()["modality"] == 0.0


def test_a_denied_prediction_with_no_gold_event_is_a_false_positive():
    _, doc = score(gold([]), [ev(modality="denied")])
    assert (doc.tp, doc.fp) == (0, 1)
    # and a missed denial is a false negative, not ignored like a hypothetical.
    _, doc = score(gold([ev(modality="denied")]), [])
    assert doc.fn == 1


def test_a_denial_without_place_coded_as_an_event_is_counted_against_its_non_event():
    # Gold: the denial names no place, so it is a non-event (why=denied); an event in its words is
    # a factual prediction matching a non-event, as "Scoring" in event-schema.md counts it.
    g = gold([], non_events=[{"why": "denied", "evidence": [[100, 160]]}])
    report, doc = score(g, [ev(modality="asserted", evidence=[[110, 150]])])
    assert doc.hypotheticals_as_facts == 1 and report.hypotheticals_by_reason == {"denied": 1}


def test_an_empty_gold_file_is_an_error(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="no gold article"):
        evaluate(path, predict=lambda g: [])


def test_saved_predictions_answer_their_text_file_and_say_when_nothing_matches(tmp_path, capsys):
    from sentinelle.cli.evaluate_cmd import evaluate_command

    (tmp_path / "a1.txt").write_text("Une frappe à Mossoul.", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "seed-1", "text_file": "a1.txt", "events": [ev()]}) + "\n",
                    encoding="utf-8")
    # extract names its predictions after the file read: they answer the gold line of that text_file
    named = tmp_path / "named.jsonl"
    named.write_text(json.dumps({"doc_id": "a1.txt", "events": [ev(loc=NEAR_MOSUL)]}) + "\n", encoding="utf-8")
    evaluate_command(gold, None, named, True)
    assert json.loads(capsys.readouterr().out)["events"]["tp"] == 1
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"doc_id": "b.txt", "events": [ev()]}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="none of its doc_id"):
        evaluate_command(gold, None, other, True)
    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"doc_id": "a1.txt", "events": []}], indent=1), encoding="utf-8")
    with pytest.raises(InputError, match="JSON Lines"):
        evaluate_command(gold, None, array, True)
