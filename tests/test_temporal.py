"""The time stage's tagger: the expression table plus targeted behaviours.

The table (tests/data/temporal_expressions.tsv) holds sentences written for
Sentinelle in the style of French conflict reporting; conventions are in docs/time.md.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from sentinelle.errors import DataFileError
from sentinelle.temporal import tag_times
from sentinelle.temporal.evaluation import judge, load_table
from sentinelle.temporal.event_date import usable

ROWS = load_table()
# Rows without a publication date infer the year from a weekday; a fixed window
# keeps them independent of the day the tests run.
WINDOW = (1995, 2025)


def test_table_is_big_enough() -> None:
    assert len(ROWS) >= 150
    assert sum(row.kind == "none" for row in ROWS) >= 30


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.id}-{r.expr}" for r in ROWS])
def test_expression_table(row) -> None:
    mentions = tag_times(row.sentence, row.ref, year_window=WINDOW)
    ok, found = judge(row, mentions)
    assert ok, f"{row.expr!r} (ref {row.ref}): expected {row.kind} {row.start}..{row.end} {row.precision}, got {found}"


def _one(text: str, published: dt.date | None, needle: str):
    found = [m for m in tag_times(text, published, year_window=WINDOW) if needle in m.text]
    assert found, f"no mention containing {needle!r} in {text!r}"
    return found[0]


def test_spans_index_the_exact_text_with_narrow_no_break_spaces() -> None:
    text = "Selon l'armée, le 14\u202fjuillet, puis le 15\u00a0juillet\u00a02023, des obus sont tombés."
    mentions = tag_times(text, dt.date(2023, 7, 20))
    assert [text[m.start:m.end] for m in mentions] == [m.text for m in mentions]
    assert [m.interval.start for m in mentions] == ["2023-07-14", "2023-07-15"]


def test_weekday_that_contradicts_the_date_is_flagged() -> None:
    # 13 December 2021 is a Monday, not a Sunday.
    m = _one("Dimanche 13 décembre 2021, un convoi a été visé près de Hit.", None, "13")
    assert "weekday_mismatch" in m.flags
    assert m.interval.start == "2021-12-13"


def test_weekday_chooses_the_year_next_to_the_publication_date() -> None:
    m = _one("Une réunion doit avoir lieu lundi 13 décembre à Bagdad.", dt.date(2021, 12, 5), "13")
    assert m.interval.start == "2021-12-13" and "weekday_mismatch" not in m.flags


def test_future_tense_allows_a_future_reading_and_flags_it() -> None:
    future = _one("Le scrutin se tiendra le 20 octobre dans tout le pays.", dt.date(2021, 10, 1), "20 octobre")
    past = _one("Le poste a été attaqué le 20 octobre par des hommes armés.", dt.date(2021, 10, 1), "20 octobre")
    assert (future.interval.start, "future" in future.flags) == ("2021-10-20", True)
    assert (past.interval.start, "future" in past.flags) == ("2020-10-20", False)


def test_undated_article_carries_the_weekday_anchor() -> None:
    text = ("Vendredi 20 novembre, trente camions ont franchi le poste d'al-Walid. "
            "Samedi, deux drones ont survolé la base. Le 25 novembre, un convoi a été visé.")
    mentions = [m for m in tag_times(text, None, year_window=WINDOW) if usable(m)]
    assert [m.interval.start for m in mentions] == ["2020-11-20", "2020-11-21", "2020-11-25"]
    assert "year_from_weekday" in mentions[0].flags and "anchored" in mentions[2].flags


@pytest.mark.parametrize(("text", "expected"), [
    # a night across two named days anchors an undated article at its last day (Sahel, wire style)
    ("Dans la nuit du samedi 21 au dimanche 22 novembre, des hommes armés ont attaqué un poste. "
     "Le 9 novembre, une embuscade avait visé une patrouille.", ["2020-11-21", "2020-11-09"]),
    # a span of days with weekdays (eastern DRC, NGO bulletin)
    ("Du lundi 16 au mercredi 18 novembre, les combats ont fait rage. Le 2 novembre, un camp avait été pillé.",
     ["2020-11-16", "2020-11-02"]),
])
def test_undated_article_is_anchored_by_a_range_of_named_days(text: str, expected: list[str]) -> None:
    mentions = [m for m in tag_times(text, None, year_window=WINDOW) if usable(m)]
    assert [m.interval.start for m in mentions] == expected
    assert mentions[0].interval.end > mentions[0].interval.start  # the range keeps its last day
    assert "anchored" in mentions[1].flags


def test_without_any_anchor_a_weekday_stays_unresolved() -> None:
    m = _one("Mercredi, des tirs ont visé la patrouille.", None, "Mercredi")
    assert m.interval.start is None and m.value == "XXXX-WXX-3"


@pytest.mark.parametrize(("text", "value"), [
    ("La semaine dernière, un poste a été attaqué.", "2022-W10"),
    ("En février, les combats ont repris.", "2022-02"),
    ("En 2020, la base a été évacuée.", "2020"),
    ("Les combats ont duré 48 heures.", "PT48H"),
    ("Le siège dure depuis trois mois.", "P3M"),
    ("Des obus tombent chaque vendredi.", "XXXX-WXX-5"),
])
def test_timex_values(text: str, value: str) -> None:
    assert value in [m.value for m in tag_times(text, dt.date(2022, 3, 14))]


@pytest.mark.parametrize(("text", "kind"), [
    ("Les combats ont duré 48 heures.", "duration"),
    ("Depuis janvier 2021, les attaques se multiplient.", "period"),
    ("Les convois sont visés plusieurs fois par semaine.", "set"),
    ("Les drones se sont multipliés ces derniers mois.", "period"),
])
def test_kinds(text: str, kind: str) -> None:
    assert [m.kind for m in tag_times(text, dt.date(2022, 3, 14))] == [kind]


def test_deadline_is_read_forward_and_flagged() -> None:
    m = _one("Les soldats doivent partir avant le 31 décembre.", dt.date(2021, 12, 5), "31")
    assert m.interval.start == "2021-12-31" and "deadline" in m.flags and not usable(m)


def test_since_widens_the_span_over_the_cue() -> None:
    m = _one("Depuis le 24 février, les frappes sont quotidiennes.", dt.date(2022, 3, 14), "24")
    assert m.text == "Depuis le 24 février" and m.kind == "period"
    assert (m.interval.start, m.interval.end) == ("2022-02-24", "2022-03-14")


def test_impossible_dates_are_dropped() -> None:
    assert not [m for m in tag_times("Le 31 février, rien ne s'est passé.", dt.date(2022, 3, 1)) if usable(m)]
    assert not tag_times("Le 45/13/2020 est une date impossible.", dt.date(2022, 3, 1))


def _copy_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rules_text: str) -> str:
    import sentinelle.lang as lang_module
    from sentinelle.temporal import lexicon

    src = Path(lang_module.__file__).parent / "fr"
    dst = tmp_path / "xx"
    dst.mkdir()
    shutil.copy(src / "time.yaml", dst / "time.yaml")
    (dst / "time_rules.yaml").write_text(rules_text, encoding="utf-8")
    monkeypatch.setattr(lang_module, "LANG_DIR", tmp_path)
    lexicon.get_grammar.cache_clear()
    return "xx"


def test_unknown_slot_in_a_rule_is_reported_with_file_and_rule(tmp_path, monkeypatch) -> None:
    lang = _copy_lang(tmp_path, monkeypatch, "rules:\n  - name: broken\n    build: weekday\n    pattern: '{weekdy}'\n")
    from sentinelle.temporal import lexicon

    with pytest.raises(DataFileError, match=r"time_rules.yaml.*broken.*weekdy"):
        lexicon.get_grammar(lang)
    lexicon.get_grammar.cache_clear()


def test_bad_builder_is_reported_with_line(tmp_path, monkeypatch) -> None:
    lang = _copy_lang(tmp_path, monkeypatch, "rules:\n  - name: broken\n    build: nonsense\n    pattern: 'x'\n")
    from sentinelle.temporal import lexicon

    with pytest.raises(DataFileError, match=r"time_rules.yaml:3: rules.0.build"):
        lexicon.get_grammar(lang)
    lexicon.get_grammar.cache_clear()


@pytest.mark.parametrize(("text", "published", "needle", "start", "end"), [
    # a chronology's day range written without spaces (Mali, Somalia), and across two months (DR Congo)
    ("15-16 juin : des affrontements ont opposé l'armée à des combattants jihadistes près de Léré.",
     dt.date(2024, 6, 20), "juin", "2024-06-15", "2024-06-16"),
    ("- 8–9 mai : les shebab ont attaqué une base de l'armée près de Gao.", dt.date(2025, 5, 12), "mai",
     "2025-05-08", "2025-05-09"),
    ("30 avril-1er mai : des combats ont opposé les FARDC aux rebelles près de Rutshuru.", dt.date(2025, 5, 12),
     "mai", "2025-04-30", "2025-05-01"),
    # two weekdays told together, from the first to the second (DR Congo, Ukraine, Sudan)
    ("Mardi et mercredi, des combats ont opposé l'armée aux rebelles autour de Minova.", dt.date(2025, 2, 21),
     "mercredi", "2025-02-18", "2025-02-19"),
    ("Les combats ont fait rage samedi soir et dimanche à Kupiansk.", dt.date(2025, 2, 21), "dimanche",
     "2025-02-15", "2025-02-16"),
    ("Jeudi et le vendredi, des drones ont visé la ville de Kadugli.", dt.date(2025, 5, 12), "vendredi",
     "2025-05-08", "2025-05-09"),
    # a night between two numbered days (Ukraine, Sudan)
    ("Dans la nuit de vendredi 14 à samedi 15 mars, des drones ont frappé le port de Tchornomorsk.",
     dt.date(2025, 3, 15), "mars", "2025-03-14", "2025-03-15"),
    ("Dans la nuit du 3 au 4 mai, les paramilitaires ont attaqué Kadugli.", dt.date(2025, 5, 6), "mai",
     "2025-05-03", "2025-05-04"),
])
def test_a_range_of_days_runs_from_the_first_to_the_last(text, published, needle, start, end) -> None:
    m = _one(text, published, needle)
    assert (m.interval.start, m.interval.end, m.interval.precision) == (start, end, "day"), m


@pytest.mark.parametrize(("text", "published"), [
    # figures joined by a hyphen with no month after them are no days
    ("Les garçons de 15-16 ans ont été enrôlés de force par le groupe armé.", dt.date(2025, 5, 12)),
    ("Le match s'est terminé sur le score de 2-1 devant le stade de Gao.", dt.date(2025, 5, 12)),
])
def test_figures_joined_by_a_hyphen_are_no_range(text, published) -> None:
    assert [m for m in tag_times(text, published, year_window=WINDOW) if m.kind == "date"] == []


def test_a_day_told_after_the_story_day_is_a_report_day() -> None:
    # Ukraine: "a annoncé dimanche matin" tells the night's toll; it is not a day the story moved to
    text = ("Dans la nuit de vendredi 14 à samedi 15 mars, des drones ont frappé le port de Tchornomorsk, "
            "a annoncé samedi matin l'armée de l'air.")
    first, told = tag_times(text, dt.date(2025, 3, 15))
    assert "report_day" not in first.flags and "report_day" in told.flags


@pytest.mark.parametrize(("text", "published", "needle", "start", "end"), [
    # stretches of whole months and ranked parts of a year, which a report's tally is counted over
    ("Au moins 90 civils ont été tués entre janvier et mars dans la province.", dt.date(2025, 4, 20), "janvier",
     "2025-01-01", "2025-03-31"),
    ("Les attaques se sont multipliées d'avril à juin 2024 dans la région.", dt.date(2025, 4, 20), "avril",
     "2024-04-01", "2024-06-30"),
    ("Entre novembre et février, le conflit a fait 300 morts.", dt.date(2025, 4, 20), "novembre",
     "2024-11-01", "2025-02-28"),
    ("Plus de 200 civils ont été tués au cours du premier trimestre, selon l'ONU.", dt.date(2025, 5, 2),
     "trimestre", "2025-01-01", "2025-03-31"),
    ("Le second semestre 2023 a été le plus meurtrier.", dt.date(2025, 5, 2), "semestre", "2023-07-01",
     "2023-12-31"),
    # a part of the year still to come at publication is last year's
    ("Au troisième trimestre, les enlèvements ont doublé.", dt.date(2025, 5, 2), "trimestre", "2024-07-01",
     "2024-09-30"),
])
def test_month_ranges_and_parts_of_a_year(text, published, needle, start, end) -> None:
    m = _one(text, published, needle)
    assert (m.interval.start, m.interval.end, m.interval.precision) == (start, end, "month")
