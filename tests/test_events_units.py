"""Unit tests of the events building blocks: data-file validation, phrase keys, numbers, assembly rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentinelle.errors import DataFileError
from sentinelle.events.assemble import Assembler, same_place
from sentinelle.events.lexicon import TriggerFile, compile_phrase, get_lexicon, word_key
from sentinelle.events.mention import EventMention
from sentinelle.events.numbers import parse_number_words
from sentinelle.lang import load_yaml
from sentinelle.model import DateInterval, Location, PlaceMention


@pytest.mark.parametrize(
    ("word", "key"),
    [("Frappes", "frappe"), ("aériennes", "aerienne"), ("d’artillerie", "d'artillerie"), ("obus", "obu"), ("gaz", "gaz")],
)
def test_word_key(word, key):
    assert word_key(word) == key


def test_phrase_alternatives_of_different_widths_become_variants():
    variants = compile_phrase("explosion d'une|de bombe")
    assert [len(v.items) for v in variants] == [4, 3]


@pytest.mark.parametrize(
    ("text", "value"),
    [("quatorze", 14), ("vingt-deux", 22), ("trois cents", 300), ("deux mille", 2000), ("soixante-dix", 70), ("foo", None)],
)
def test_number_words(text, value):
    assert parse_number_words(text, get_lexicon("fr")) == value


def test_every_language_file_loads():
    lex = get_lexicon("fr")
    assert {t.id for t in lex.triggers.triggers} >= {"clash", "air_strike", "ied", "suicide_bombing", "abduction", "protest"}
    # every sub-event type a trigger can produce is ranked for ACLED precedence
    for t in lex.triggers.triggers:
        assert t.type is None or t.type in lex.triggers.precedence, t.id


def test_bad_trigger_file_names_file_line_and_key(tmp_path: Path):
    bad = tmp_path / "triggers.yaml"
    bad.write_text(
        "triggers:\n  - id: x\n    type: bombing\n    phrases: [a]\n"
        "generic_types: {civilians: attack, armed: armed_clash, installation: null, convoy: null, default: null}\n"
        "precedence: [attack]\nseparate_families: []\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match=r"triggers.yaml:3: triggers.0.type: .*unknown event type 'bombing'"):
        load_yaml(bad, TriggerFile)


def _place(text: str, lat: float, lon: float, *, kind: str = "city", precision: int = 1, admin1: str = "A") -> PlaceMention:
    loc = Location(name=text, place=text, country="IQ", admin1=admin1, lat=lat, lon=lon, precision=precision)
    return PlaceMention(start=0, end=len(text), text=text, location=loc, kind=kind)


def test_two_towns_named_apart_are_two_places_beyond_a_few_km():
    # neighbouring villages 6.5 km apart ("Khiam et Kfar Kila") are two places; a site in a town is not
    khiam = _place("Khiam", 33.3283, 35.6108)
    kfar_kila = _place("Kfar Kila", 33.2773, 35.5520)
    assert not same_place(khiam, kfar_kila)
    hospital = _place("Hôpital de Khiam", 33.3290, 35.6100, kind="site")
    assert same_place(khiam, hospital)


def test_same_place_within_a_few_km_or_contained():
    town = _place("Khan Younès", 31.34, 34.30)
    camp = _place("Al-Mawasi", 31.36, 34.27)
    far = _place("Gaza", 31.50, 34.46, admin1="B")  # about 23 km away
    province = _place("Province A", 33.0, 44.0, kind="admin1", precision=3)
    assert same_place(town, camp)
    assert not same_place(town, far)
    assert same_place(province, town)


def _mention(start: int, place: PlaceMention | None, *, sub: str = "air_drone_strike", day: str = "2024-01-02", **kw):
    m = EventMention(sent_start=start, sent_end=start + 10, trigger_tokens=[0], trigger_spans=[(start, start + 3)],
                     trigger_ids=["x"], event_type="explosions_remote_violence", sub_event_type=sub,
                     places=[place] if place else [], date=DateInterval(start=day, end=day, precision="day"), **kw)
    m.add_evidence("trigger", m.trigger_spans)
    return m


class _Doc:
    """The two Doc attributes the assembler reads and writes."""

    def __init__(self, mentions):
        self._ = type("U", (), {})()
        self._.event_mentions = mentions
        self.text = "x" * 500


def _assemble(mentions):
    doc = _Doc(mentions)
    Assembler(get_lexicon("fr"))(doc)
    return doc._.events, doc._.non_events


def test_coreferent_mentions_merge_with_lowest_figure_and_all_evidence():
    p = _place("Sinjar", 36.32, 41.87)
    events, _ = _assemble([_mention(0, p, fatalities=3), _mention(100, p, fatalities=2), _mention(200, None, fatalities=5)])
    assert len(events) == 1
    assert events[0].fatalities == 2
    assert events[0].evidence == [(0, 10), (100, 110), (200, 210)]


def test_another_attack_and_other_dates_stay_apart():
    p = _place("Sinjar", 36.32, 41.87)
    events, _ = _assemble([_mention(0, p), _mention(100, p, distinct=True), _mention(200, p, day="2023-10-20")])
    assert len(events) == 3


def test_enumerated_places_give_one_event_each_and_non_events_never_become_events():
    places = [_place("Nasiriyah", 31.04, 46.26), _place("Samawah", 31.31, 45.28, admin1="B")]
    m = _mention(0, None, fatalities=6)
    m.places = places
    hyp = _mention(100, places[0], non_event="hypothetical")
    events, non_events = _assemble([m, hyp])
    assert [e.location.place for e in events] == ["Nasiriyah", "Samawah"]
    assert all(e.fatalities is None for e in events)  # one figure for the whole list cannot be split
    assert [n.why for n in non_events] == ["hypothetical"]


def test_unidentified_attacker_by_default():
    events, _ = _assemble([_mention(0, _place("Sinjar", 36.32, 41.87))])
    assert events[0].actor1.normalized == "Unidentified Armed Group" and events[0].actor1.kind == "unidentified"


def test_recap_without_a_how_joins_the_specific_event_there_and_keeps_its_type_and_date():
    p = _place("Sinjar", 36.32, 41.87)
    specific = _mention(0, p, specific=True, date_flags=["same_sentence"])
    # "les attaques contre Sinjar": typed a battle only from its victims, dated from the lede
    recap = _mention(300, p, sub="armed_clash", day="2024-01-03", date_flags=["from_lede"])
    recap.event_type = "battles"
    events, _ = _assemble([recap, specific])
    assert len(events) == 1
    assert (events[0].event_type, events[0].sub_event_type) == ("explosions_remote_violence", "air_drone_strike")
    assert events[0].date.start == "2024-01-02"


def test_two_specific_types_or_places_far_apart_stay_apart():
    sinjar, mosul = _place("Sinjar", 36.32, 41.87), _place("Mossoul", 36.34, 43.13, admin1="B")
    clash = _mention(100, sinjar, sub="armed_clash", specific=True)
    clash.event_type = "battles"
    events, _ = _assemble([_mention(0, sinjar, specific=True), clash, _mention(200, mosul, specific=True)])
    assert len(events) == 3


def test_dates_a_day_apart_are_one_incident_but_not_a_week_apart():
    p = _place("Sinjar", 36.32, 41.87)
    flags = ["same_sentence"]
    near, _ = _assemble([_mention(0, p, date_flags=flags), _mention(100, p, day="2024-01-03", date_flags=flags)])
    far, _ = _assemble([_mention(0, p, date_flags=flags), _mention(100, p, day="2024-01-09", date_flags=flags)])
    assert (len(near), len(far)) == (1, 2)


def test_a_named_province_locates_the_event_better_than_a_part_of_the_country():
    part = _place("centre du pays", 34.8, 67.7, kind="region", precision=3, admin1="A")
    province = _place("province de Daï Kundi", 33.7, 66.1, kind="admin1", precision=3, admin1="A")
    events, _ = _assemble([_mention(0, part), _mention(100, province)])
    assert [e.location.name for e in events] == ["province de Daï Kundi"]


def test_a_mention_dated_by_the_publication_is_not_an_incident_dated_months_before():
    p = _place("Khiam", 33.33, 35.61)
    recent = _mention(0, p, day="2024-08-13", date_flags=["from_publication"])
    old = _mention(100, p, day="2023-10-08", date_flags=["same_sentence"])
    days_before = _mention(100, p, day="2024-08-06", date_flags=["same_sentence"])
    apart, _ = _assemble([recent, old])
    together, _ = _assemble([_mention(0, p, day="2024-08-13", date_flags=["from_publication"]), days_before])
    assert (len(apart), len(together)) == (2, 1)


@pytest.mark.parametrize(
    ("sentence", "sub_type", "weapons"),
    [
        # a weapon named in a clause that describes the place is not the attack's weapon
        ("Trois roquettes se sont abattues mercredi sur la base de Balad, où travaillent des techniciens chargés "
         "de l'entretien des avions de chasse.", "shelling_artillery_missile_attack", ["rocket"]),
        ("Deux obus sont tombés jeudi sur l'aéroport de Goma, qui accueille des hélicoptères de l'ONU.",
         "shelling_artillery_missile_attack", ["artillery"]),
        # ... but a weapon in the trigger's own clause still counts
        ("Des avions de chasse ont bombardé mardi le village de Kfar Kila, au Liban.", "air_drone_strike", ["airstrike"]),
    ],
)
def test_weapons_in_descriptive_clauses_do_not_type_the_event(nlp, sentence, sub_type, weapons):
    from sentinelle.extraction import ArticleInput, extract_many

    (result,) = list(extract_many([ArticleInput(text=sentence, published="2024-03-08")]))
    assert result.events, sentence
    event = result.events[0]
    assert event.sub_event_type == sub_type
    assert set(weapons) <= set(event.weapon)
    assert "airstrike" not in event.weapon or sub_type == "air_drone_strike"


def test_town_beats_the_region_that_locates_it(nlp):
    from sentinelle.extraction import ArticleInput, extract_many

    text = ("Au moins trois soldats maliens ont été tués dimanche dans l'explosion d'un engin explosif improvisé "
            "au passage de leur convoi près de Douentza, dans la région de Mopti, selon une source sécuritaire.")
    (result,) = list(extract_many([ArticleInput(text=text, published="2024-03-11")]))
    assert result.events[0].location.place == "Douentza"


def _mentions(nlp, text: str):
    import datetime as dt

    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 6, 15)
    doc._.warnings = []
    return nlp(doc)._.event_mentions


def _name(actor) -> str | None:
    return actor.normalized if actor else None


# Who acted and who was hit, read from subject / object / "par" / "contre" / "de" roles.
@pytest.mark.parametrize(
    ("sentence", "actor1", "actor2"),
    [
        # a passive with its agent: the army was attacked, Boko Haram attacked
        ("L'armée a été attaquée dans la nuit de samedi à Diffa par des éléments de Boko Haram.",
         "Boko Haram", "Military Forces"),
        # an active compound tense the parser reads as passive ("nsubj:pass" under "ont ... attaqué")
        ("Dans la nuit de lundi à mardi, des hommes armés de la coalition Viv Ansanm ont une nouvelle fois attaqué "
         "Solino, un quartier de Port-au-Prince.", "Viv Ansanm gang coalition", None),
        # the fighters "de" an incursion are the attackers, not its victims
        ("Quatre civils ont été tués lors d'une incursion de combattants de Boko Haram dans le village de Kerawa.",
         "Boko Haram", "Civilians"),
        # "attribuée aux rebelles": the authors
        ("Au moins sept civils ont été tués mardi lors d'une attaque attribuée aux rebelles ADF à Oicha.",
         "Allied Democratic Forces (ADF)", "Civilians"),
        # an infinitive after "a annoncé" has the announcer as its subject
        ("L'armée russe a affirmé avoir pris le contrôle du village d'Ocheretyne.", "Military Forces of Russia", None),
        # whoever claims the incident did it
        ("L'attentat a été revendiqué par les shebabs dans un message diffusé samedi à Mogadiscio.",
         "Al Shabaab", None),
        ("Le JNIM a revendiqué l'attaque de Boni dimanche.", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", None),
        # a headline parsed together with the first paragraph lends it no side
        ("Liban-Sud : une femme tuée à Khiam, plusieurs villages frontaliers pilonnés\n\nL'artillerie israélienne a "
         "bombardé ce mardi plusieurs localités du Liban-Sud.", None, None),
    ],
)
def test_sides_come_from_the_roles_of_the_sentence(nlp, sentence, actor1, actor2):
    m = _mentions(nlp, sentence)[0]
    assert (_name(m.actor1), _name(m.actor2)) == (actor1, actor2)


def test_a_killing_and_a_protest_in_one_sentence_are_two_incidents(nlp):
    mentions = _mentions(nlp, "Au moins sept civils tués par les rebelles à Beni, une marche contre l'insécurité "
                              "dispersée à Butembo.")
    kinds = sorted((m.sub_event_type, m.fatalities) for m in mentions)
    # the march is not the killing's: its own incident, without the dead and without the rebels as protesters
    assert kinds == [("attack", 7), ("protest_with_intervention", None)], kinds
    assert all(m.actor1 is None for m in mentions if m.sub_event_type == "protest_with_intervention")


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        # the headline's artillery is not lost to the parse running across the line break
        ("Liban-Sud : une femme tuée à Khiam\n\nL'artillerie israélienne a bombardé ce mardi plusieurs localités "
         "du Liban-Sud.", "shelling_artillery_missile_attack"),
        # stormed, a military site is a battle; struck by an "attentat", remote violence
        ("Des jihadistes ont attaqué samedi la garnison de Boulkessi.", "armed_clash"),
        ("Un attentat a visé samedi la garnison de Boulkessi.", None),
    ],
)
def test_how_a_military_site_was_hit_types_the_event(nlp, sentence, sub_type):
    mentions = _mentions(nlp, sentence)
    assert mentions[-1].sub_event_type == sub_type


@pytest.mark.parametrize(
    "sentence",
    [
        "Des hommes armés ont tué deux civils et enlevé trois autres samedi à Mopti.",
        "Samedi à Kalehe, des rebelles du M23 ont enlevé quatre agriculteurs et tué un chef de village.",
    ],
)
def test_a_killing_and_an_abduction_are_two_incidents(nlp, sentence):
    mentions = _mentions(nlp, sentence)
    kinds = sorted(m.sub_event_type for m in mentions)
    assert kinds == ["abduction_forced_disappearance", "attack"]
    # the dead are the killing's, and both have the gunmen as the acting side
    assert [m.fatalities for m in mentions if m.sub_event_type == "abduction_forced_disappearance"] == [None]
    assert all(m.actor1 is not None for m in mentions)


def test_a_protest_against_a_massacre_is_not_where_the_massacre_was(nlp):
    mentions = _mentions(nlp, "Des centaines de manifestants ont défilé samedi à Conakry pour dénoncer le massacre "
                              "de dix paysans à Kankan.")
    where = {m.sub_event_type: [p.text for p in m.places] for m in mentions}
    assert where == {"peaceful_protest": ["Conakry"], "attack": ["Kankan"]}
    # the villagers "de" the massacre are its victims, not its authors
    massacre = next(m for m in mentions if m.sub_event_type == "attack")
    assert massacre.actor1 is None and massacre.actor2 is not None and massacre.actor2.kind == "civilians"


def test_what_the_attackers_came_by_is_not_what_they_hit(nlp):
    mentions = _mentions(nlp, "Les assaillants, arrivés en grand nombre à moto, ont attaqué le poste militaire de "
                              "Diapaga dimanche.")
    assert [m.target for m in mentions] == ["military_base"]


def test_a_full_stop_glued_to_a_word_still_ends_the_sentence(nlp):
    # "sur X. Il a fait état ...": the tokenizer keeps "X." whole; the killing is not placed with the other strikes
    mentions = _mentions(nlp, "« Dans la province de Khost, les forces pakistanaises ont bombardé la maison d'un civil. "
                              "Neuf enfants ont été tués », a écrit le porte-parole sur X. Il a fait état d'autres "
                              "frappes dans les régions de Kunar et de Paktika.")
    places = sorted({p.text for m in mentions if m.fatalities for p in m.places})
    assert places in ([], ["Khost"])


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        # a raid that searches houses, nobody hurt: a search operation, not an attack on civilians
        ("Les forces israéliennes ont mené un raid à Qabatiya, où elles ont fouillé plusieurs maisons.", None),
        ("Des militaires ont mené un raid dans le quartier de Bangui, perquisitionnant plusieurs habitations.", None),
        # with victims it is an attack
        ("Des hommes armés ont attaqué le village de Dioura mardi et fouillé les maisons, tuant deux civils.", "attack"),
    ],
)
def test_a_search_raid_is_not_an_attack(nlp, sentence, sub_type):
    assert [m.sub_event_type for m in _mentions(nlp, sentence)] == [sub_type]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # civilians killed at home or at the market: the target is the civilians
        ("Des hommes armés ont tué trois civils dans leur maison samedi à Beni.", "civilians"),
        ("Des assaillants ont ouvert le feu sur des commerçants au marché de Gao, tuant quatre civils.", "civilians"),
        # a building hit from afar stays the target
        ("Une frappe aérienne a détruit une maison à Ariha samedi, tuant deux civils.", "residential_building"),
    ],
)
def test_an_attack_on_civilians_hits_the_civilians(nlp, sentence, target):
    assert [m.target for m in _mentions(nlp, sentence)] == [target]
