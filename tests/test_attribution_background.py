"""Tallies over a period, tolls spread over days and places, recalled campaigns and spreads
(attribution/background.py, background.yaml): sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


def _read(text: str, published: str = "2025-06-14") -> tuple[list[tuple[str | None, str | None]], list[str]]:
    result = sentinelle.extract(text, published=published, relevance_gate=False)
    return [(e.sub_event_type, e.location.name if e.location else None) for e in result.events], \
        [n.why for n in result.non_events]


@pytest.mark.parametrize("text", [
    # Nigeria, Burkina Faso: victims of bare plural attacks over a period that is no day
    "Au moins 25 villageois ont été tués dans des attaques de bandits dans l'État de Zamfara au cours de la période.",
    "Une trentaine de civils ont péri dans des attaques jihadistes dans la province du Loroum au cours du mois écoulé.",
    # Syria: a period opening the sentence, however the parser hangs it
    "Au cours du mois écoulé, les attaques de drones ont tué 14 civils dans la province d'Idleb.",
    # Somalia, Ukraine, Myanmar: the time stage's week, month and year
    "Des frappes aériennes ont tué au moins 18 combattants shebab dans la région de Gedo cette semaine, selon le "
    "commandement.",
    "Le mois dernier, des frappes russes ont fait 40 morts dans l'oblast de Kherson.",
    "En 2024, des raids aériens de la junte avaient tué des dizaines de civils près de Lashio.",
    # DR Congo, Sudan: a toll counted since a day over two places coordinated (one the gazetteer lacks)
    "Selon l'ONU, plus de 60 personnes ont été tuées depuis samedi dans le camp de Kitchanga et à Mweso.",
    "Au moins 120 civils ont été tués depuis jeudi à Tawila et à Kutum, selon des secouristes.",
    # Mali, Burkina Faso: a recalled campaign in the pluperfect with a past year and a plural object
    "En 2022, il avait mené plusieurs embuscades contre des patrouilles près de Bourem.",
    "En 2023, ses hommes avaient attaqué des convois de l'armée près de Tenkodogo.",
    # Syria, Haiti: a spread over a whole area is no incident
    "En quelques jours, les affrontements avaient gagné tout le pays.",
    "En quelques semaines, les combats entre gangs se sont étendus à toute la capitale.",
    # Myanmar: a period opening the sentence covers the clause coordinated after it (no word of it joins an event)
    "En quelques semaines, les combats avaient gagné tout le nord du pays, et les soldats de la junte avaient été "
    "accusés d'exécutions sommaires.",
    # West Bank, Sudan: a toll since the launch of a campaign, with or without its day
    "Depuis le lancement le 21 janvier de l'opération militaire, au moins 50 personnes ont été tuées à Tulkarem.",
    "Depuis le déclenchement de l'offensive, plus de 300 civils ont été tués à Bossangoa.",
    # Chad, Sudan, West Bank: the same with the campaign's name in quotes, which the parser may take for the
    # verb's subject (the counted victims then hang under it)
    "Depuis le lancement le 3 février de l'opération « Bouclier du désert » dans l'est du pays, au moins 45 "
    "civils ont été tués autour d'Abéché, selon une ONG locale.",
    "Depuis le début de l'offensive « Aube nouvelle » au Darfour, plus de 300 personnes ont été tuées à Nyala, "
    "selon l'ONU.",
    "Depuis le lancement le 21 janvier de l'opération « Mur d'acier » dans le nord du territoire, au moins 70 "
    "Palestiniens ont été tués en Cisjordanie, et quelque 40 000 habitants des camps de Tulkarem et de Balata "
    "ont été déplacés.",
    # Yemen, Syria: a stretch of many incidents named by its length
    "Trois mois de bombardements ont fait plus de 400 morts dans la province d'Idleb.",
    "Sept semaines de frappes aériennes ont fait plus de 200 morts à Beledweyne, selon les anciens du clan.",
])
def test_tallies_and_spreads_are_aggregates(text):
    events, reasons = _read(text)
    assert events == [] and reasons == ["aggregate"], (events, reasons)


@pytest.mark.parametrize(("before", "recall"), [
    # Mali: a recall near a town, and one on a road the sentence alone does not place (a summary with no place
    # was a tally only while the sentence before lent it none)
    ("Mercredi, une frappe de drone a touché un pick-up près d'Ansongo.",
     "En 2022, il avait mené plusieurs embuscades contre des patrouilles près de Bourem."),
    ("Mercredi, une frappe de drone a touché un pick-up près d'Ansongo.",
     "En 2022, il avait mené plusieurs embuscades contre des convois sur l'axe Tessit-Ansongo."),
])
def test_a_recalled_campaign_does_not_depend_on_the_sentence_before(before, recall):
    """The same recall alone and after a dated strike stays a tally; the strike stays an event."""
    assert _read(recall) == ([], ["aggregate"])
    events, reasons = _read(before + " " + recall)
    assert events == [("air_drone_strike", "Ansongo")] and reasons == ["aggregate"], (events, reasons)


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso: plural attacks told as one moment on a stated day
    ("Des attaques simultanées ont visé mardi deux postes de l'armée à Dédougou.", [("armed_clash", "Dédougou")]),
    # Niger: one incident in a week
    ("Cette semaine, une embuscade a tué sept soldats près d'Ayorou.", [("armed_clash", "Ayorou")]),
    # Gaza: a day's strikes on one place
    ("Jeudi, des frappes israéliennes ont tué cinq personnes à Jabalia.", [("air_drone_strike", "Jabalia")]),
    # DR Congo: "des combats" over a week at one town is one fight, not a count of incidents
    ("Des combats ont opposé cette semaine l'armée et les rebelles à Kalehe.", [("armed_clash", "Kalehe")]),
    # Ukraine: a fight that reaches a named quarter on a stated day is still an incident
    ("Mardi, les combats ont gagné le quartier de la gare à Pokrovsk.", [("armed_clash", "Pokrovsk")]),
    # Somalia: a day's strikes over two places with a toll stay one event per place
    ("Mardi, des frappes aériennes ont tué douze personnes dans le village de Wanlaweyn et à Qoryoley.",
     [("air_drone_strike", "Wanlaweyn"), ("air_drone_strike", "Qoryoley")]),
    # Iraq: a toll since a day at one place is one fight still going on
    ("Depuis mercredi, quatre soldats ont été tués à Samarra.", [("armed_clash", "Samarra")]),
    # Chad: a campaign named in quotes does not make the day's counted toll a tally
    ("Lundi, au moins 12 soldats ont été tués dans une embuscade près de Mongo, au lendemain du lancement de "
     "l'opération « Bouclier du désert ».", [("armed_clash", "Mongo")]),
    # Sudan: the day's assault after a long siege is an incident; the siege's length is not its day
    ("Après des mois de siège, les rebelles ont lancé samedi un assaut contre Kalemie.", [("armed_clash", "Kalemie")]),
    # Mali: a toll on a stated day in the area around a town (not counted over a stretch) is an incident
    ("Mardi, six soldats ont été tués dans la région de Ménaka.", [("armed_clash", "Ménaka")]),
])
def test_single_incidents_stay_events(text, wanted):
    events, reasons = _read(text)
    assert events == wanted and "aggregate" not in reasons, (events, reasons)


@pytest.mark.parametrize(("text", "wanted"), [
    # Yemen, Ukraine, Sudan, Lebanon: strikes condemned with a day of their own ("menées la veille", "de dimanche")
    # are that day's incident, dated by it, not the undated grievance they would be without it
    ("Le gouvernement houthi a dénoncé mercredi les frappes américaines menées la veille contre le port de Mokha.",
     [("air_drone_strike", "port de Mokha", "2025-07-01")]),
    ("Kiev a dénoncé jeudi les frappes russes menées dans la nuit contre des infrastructures énergétiques de la "
     "région de Lviv.", [("air_drone_strike", "Lviv", "2025-07-03")]),
    ("Le gouvernement soudanais a condamné dimanche les attaques perpétrées samedi par les FSR contre le camp de "
     "Zamzam.", [("armed_clash", "camp de Zamzam", "2025-07-05")]),
    ("L'ONU a condamné mercredi les bombardements israéliens de la veille sur Tyr, qui ont fait trois morts.",
     [("shelling_artillery_missile_attack", "Tyr", "2025-07-01")]),
])
def test_condemned_strikes_with_their_own_day_are_events(text, wanted):
    result = sentinelle.extract(text, published="2025-07-08", relevance_gate=False)
    assert [(e.sub_event_type, e.location.name, e.date.start) for e in result.events] == wanted


@pytest.mark.parametrize("text", [
    # ... without one, or over a period, they stay a grievance
    "Le chef de la diplomatie houthie condamne les frappes israéliennes et promet une riposte.",
    "Le gouvernement a condamné les frappes menées depuis le début de l'année contre les infrastructures civiles.",
])
def test_condemned_strikes_without_a_day_are_aggregates(text):
    events, reasons = _read(text)
    assert events == [] and reasons == ["aggregate"], (events, reasons)


@pytest.mark.parametrize(("before", "background", "why"), [
    # Nigeria: doers described by their years of activity, a plural object, no day: what they did over the years
    ("L'armée de l'air nigériane a bombardé lundi des camps de bandits près de Tsafe, selon un porte-parole.",
     "Les bandits, qui opèrent dans la région depuis des années, ont enlevé des centaines de personnes contre rançon, "
     "selon Amnesty International.", "aggregate"),
    # Haiti, Burkina Faso: thousands killed, with no day of their own: a war's toll
    ("Des membres de gangs ont incendié jeudi une dizaine de maisons à Croix-des-Bouquets, selon la police.",
     "Les gangs, qui contrôlent la majeure partie de la capitale, ont tué des milliers de personnes, selon l'ONU.",
     "aggregate"),
    ("Des jihadistes ont attaqué mercredi un poste de gendarmerie à Djibo, selon une source sécuritaire.",
     "Ces groupes, présents dans le nord du pays depuis une dizaine d'années, ont tué des milliers de soldats et de "
     "civils.", "aggregate"),
    # Cameroon: a habit opening the sentence frames the clauses juxtaposed after it
    ("Dimanche, des hommes armés ont égorgé trois hommes à Mokolo.",
     "Chaque semaine, des greniers sont brûlés, des bœufs sont volés.", "habitual"),
])
def test_background_told_after_an_incident_is_no_incident(before, background, why):
    """The background is a non-event and leaves the incident told before it as it was."""
    alone, _ = _read(before)
    events, reasons = _read(before + "\n\n" + background)
    assert events == alone and why in reasons, (events, reasons)


@pytest.mark.parametrize(("text", "wanted"), [
    # Somalia: the doers' history told with the day of one attack
    ("Les shebab, qui combattent le gouvernement fédéral depuis 2007, ont attaqué mardi une base de l'armée près de "
     "Jowhar.", [("armed_clash", "Jowhar")]),
    # Nigeria: hundreds abducted in one raid on a stated day
    ("Des centaines d'écoliers ont été enlevés vendredi soir dans un internat de Kankara, dans l'État de Katsina.",
     [("abduction_forced_disappearance", "Kankara")]),
])
def test_doers_history_and_hundreds_keep_one_incident(text, wanted):
    events, reasons = _read(text, "2026-03-13")
    assert events == wanted and "aggregate" not in reasons, (events, reasons)


@pytest.mark.parametrize("text", [
    # DR Congo, Sudan, Mozambique: a report's toll over a period named before ("au cours de cette période",
    # "durant cette période") in a province, or over a length the time stage leaves undated (Yemen: "en six mois")
    "Le rapport couvre la période du 1er juillet au 31 décembre. Selon le document, au moins 312 civils ont été tués "
    "et 207 blessés au cours de cette période dans la province du Sud-Kivu.",
    "La mission onusienne a publié mardi son rapport trimestriel sur l'État du Nil Bleu. Au moins 180 civils ont été "
    "tués au cours de cette période, selon le rapport.",
    "L'ONG a recensé les violences commises entre janvier et juin dans la province de Niassa. Durant cette période, "
    "au moins 95 civils ont été tués, selon l'organisation.",
    "Yémen : au moins 140 civils tués dans le gouvernorat de Taëz en six mois, selon l'ONU.",
    # Somalia, Sudan: a share of a toll sorted by its causes
    "Selon l'ONU, 412 civils ont été tués dans la région de Hiraan en janvier. Plus de la moitié des victimes "
    "auraient péri lors de frappes de drones.",
    "Un tiers des victimes ont été tuées lors de bombardements aériens, selon le rapport publié mardi sur le Kordofan.",
    # DR Congo: places ranked by their tolls
    "Selon le rapport, la province du Sud-Kivu est la plus touchée (143 morts), devant celles du Kasaï (97) et de "
    "Kadugli (52).",
])
def test_a_report_summary_is_no_incident(text):
    events, reasons = _read(text, "2026-06-10")
    assert events == [] and reasons and set(reasons) == {"aggregate"}, (events, reasons)


@pytest.mark.parametrize(("text", "fatalities"), [
    # Ukraine: a share of one strike's dead, and the hardest-hit quarter of one day's strikes, leave its toll
    ("Une frappe de missile a tué vingt personnes mardi à Zaporijjia. La moitié des victimes sont des enfants, selon "
     "le gouverneur.", 20),
    ("Mardi, des frappes ont visé plusieurs quartiers de Zaporijjia. Le quartier nord est le plus touché, avec cinq "
     "morts, selon le maire.", 5),
    # Mali, Haiti: "au cours de cette attaque" is one incident's time
    ("Dimanche, des jihadistes ont attaqué le poste de Tessit. Au cours de cette attaque, six soldats ont été tués.", 6),
    ("Des gangs ont attaqué lundi le quartier de Gonaïves. Au cours de cette attaque, au moins six habitants ont été "
     "tués, selon la police.", 6),
])
def test_one_incident_with_a_share_or_a_ranking_keeps_its_toll(text, fatalities):
    events = sentinelle.extract(text, published="2026-06-10", relevance_gate=False).events
    assert [e.fatalities for e in events] == [fatalities]


@pytest.mark.parametrize(("text", "wanted"), [
    # Nigeria, Mozambique, DR Congo: an apposition telling a place's past ("théâtre depuis 2009 d'une insurrection")
    # describes the place; the incident the sentence tells around it is one, on its day
    ("Dans l'État de Yobe, théâtre depuis 2009 d'une insurrection jihadiste, des combats ont opposé jeudi l'armée à "
     "l'ISWAP près de Geidam.", [("armed_clash", "Geidam")]),
    ("Dans la province du Cabo Delgado, théâtre depuis octobre 2017 d'une insurrection, des attaques ont visé samedi "
     "deux villages près de Macomia.", [("attack", "Macomia")]),
    ("Dans le territoire de Rutshuru, théâtre depuis 2022 de combats entre l'armée et le M23, des affrontements ont "
     "éclaté mardi près de Kiwanja, selon la société civile.", [("armed_clash", "Kiwanja")]),
])
def test_a_place_s_history_in_apposition_leaves_the_incident(text, wanted):
    events, _ = _read(text, "2025-03-12")
    assert events == wanted, events


@pytest.mark.parametrize("text", [
    # DR Congo, Nigeria: the same history told as the sentence's own clause, or in a relative clause, stays a tally
    "Le territoire de Rutshuru est le théâtre depuis 2022 de combats entre l'armée et le M23.",
    "Dans le territoire de Rutshuru, des combats ont éclaté à plusieurs reprises depuis 2022.",
    "Dans l'État de Yobe, où des combats ont éclaté à plusieurs reprises depuis 2009, l'armée a renforcé ses positions.",
])
def test_a_place_s_history_in_its_own_clause_stays_background(text):
    events, reasons = _read(text, "2025-03-12")
    assert events == [] and reasons, (events, reasons)


@pytest.mark.parametrize(("text", "wanted"), [
    # Lebanon, Somalia, Yemen: "une série de communiqués" counts statements, not the incidents they tell
    ("Le Hezbollah a affirmé dans une série de communiqués avoir visé une caserne à Metoula.", [(None, "Metoula")]),
    ("Les shebab ont affirmé dans une série de messages avoir attaqué une base de l'armée près de Jowhar.",
     [("armed_clash", "Jowhar")]),
    ("Les rebelles houthis ont affirmé dans une série de déclarations avoir tiré des missiles sur un navire au large "
     "de Hodeïda.", [("shelling_artillery_missile_attack", "Hodeïda")]),
])
def test_a_series_of_statements_is_no_series_of_incidents(text, wanted):
    events, reasons = _read(text, "2025-03-12")
    assert events == wanted and "aggregate" not in reasons, (events, reasons)


@pytest.mark.parametrize("text", [
    # Somalia, Ukraine: a series of attacks or of explosions stays a tally, whatever the statements around it
    "Les shebab ont mené une série d'attaques contre des bases de l'armée dans le centre du pays.",
    "Une série d'explosions a secoué la ville de Kherson, selon de multiples communiqués.",
])
def test_a_series_of_incidents_stays_a_tally(text):
    events, reasons = _read(text, "2025-03-12")
    assert events == [] and "aggregate" in reasons, (events, reasons)


@pytest.mark.parametrize("text", [
    # Benin, Cameroon, Mali, DR Congo: plural definite incidents complained of in the present, under a caption's
    # place and date: a habit, not an incident of that day
    "Malanville (Alibori, Bénin), 12 mars 2026. Les éleveurs disent subir les exactions des groupes armés et les "
    "arrestations arbitraires.",
    "Koza (Extrême-Nord, Cameroun), le 9 février 2026. Les habitants affirment subir les incursions des jihadistes et "
    "les enlèvements.",
    "Koutiala, 20 janvier 2026. Les transporteurs disent subir les embuscades et les enlèvements sur les routes du "
    "cercle.",
    "Butembo, le 4 mai 2026. Les commerçants disent endurer les pillages et les enlèvements des miliciens.",
    # Benin: "se plaindre des" (the tagger reads "des", "de" with the article, as indefinite)
    "Ségbana, le 2 avril 2026. Les transporteurs se plaignent des embuscades et des enlèvements sur les routes.",
])
def test_a_habit_complained_of_is_no_incident(text):
    events, reasons = _read(text)
    assert events == [] and reasons == ["habitual"], (events, reasons)


@pytest.mark.parametrize(("text", "wanted"), [
    # Benin, Cameroon: one act complained of, with its day (or told in the past with its toll), stays an incident
    ("Les éleveurs de Malanville ont dénoncé lundi l'arrestation de trois bergers par des soldats.",
     [("arrests", "Malanville")]),
    ("Les habitants de Koza ont subi mardi une attaque des jihadistes qui a fait trois morts.", [("attack", "Koza")]),
    # Cameroon: soldiers under fire, told in the present, is a fight going on
    ("Les soldats subissent les tirs nourris des assaillants depuis ce matin à Koza.", [("armed_clash", "Koza")]),
])
def test_one_act_complained_of_stays_an_incident(text, wanted):
    events, _reasons = _read(text)
    assert events == wanted


@pytest.mark.parametrize("text", [
    # Sudan, DR Congo, Myanmar: plural incidents fled from are the cause of a displacement, not one incident
    "Environ 9 000 personnes sont arrivées à Nyala cette semaine, fuyant les bombardements sur Kutum.",
    "Des centaines de familles qui ont fui les combats de Rutshuru s'entassent dans les écoles de Butembo.",
    "Des milliers de civils ont gagné Lashio, fuyant les frappes aériennes sur les villages du nord de l'État.",
])
def test_incidents_fled_from_are_a_background(text):
    events, reasons = _read(text)
    assert events == [] and reasons == ["aggregate"], (events, reasons)


def test_fighting_fled_from_with_its_toll_stays_an_incident():
    """DR Congo: the fighting's own clause tells its day and toll."""
    events, _reasons = _read("Mardi, des familles ont fui les combats qui ont fait sept morts à Masisi.")
    assert events == [("armed_clash", "Masisi")]


@pytest.mark.parametrize("text", [
    # Niger, Nigeria, Mozambique, Sudan, Haiti: a report's toll over a stretch of months or a part of the year (time
    # stage: month ranges, "premier trimestre", "second semestre") or a past period of months in a region is a
    # tally, also with its source in front
    "Selon le rapport, au moins 150 civils ont été tués dans la région de Tahoua entre janvier et mars.",
    "D'après Amnesty International, au moins 90 civils ont été tués dans l'État de Zamfara au premier trimestre.",
    "Selon l'ONU, plus de 200 personnes ont été tuées dans la province de Cabo Delgado au second semestre 2025.",
    "Selon le rapport, au moins 150 civils ont été tués dans la région du Darfour-Central sur les six derniers mois.",
    "Selon le rapport, au moins 300 personnes ont été tuées dans le département du Nord-Ouest d'avril à juin.",
])
def test_a_toll_over_months_in_a_region_is_a_tally(text):
    events, reasons = _read(text, "2026-06-10")
    assert events == [] and reasons and set(reasons) == {"aggregate"}, (events, reasons)


@pytest.mark.parametrize("text", [
    # Mali, Syria, Ukraine: a toll counted over a stretch told as such ("au cours de la semaine écoulée"), in the area
    # around a town or at several places, is a tally, though the time stage dates the week
    "Au cours de la semaine écoulée, 31 jihadistes ont été neutralisés dans la région de Ménaka, a annoncé l'armée.",
    "Au cours de la semaine écoulée, 23 combattants ont été tués dans les régions de Raqqa et de Deraa, selon l'armée.",
    "Au cours du mois écoulé, 40 soldats ont été tués dans le secteur de Bakhmout, selon l'état-major.",
])
def test_a_toll_counted_over_a_stretch_is_a_tally(text):
    events, reasons = _read(text)
    assert events == [] and reasons == ["aggregate"], (events, reasons)

