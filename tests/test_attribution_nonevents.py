"""Non-events and modality found by probes 15 and 16: a present-tense denial of an act named by a support verb
and its noun, a total over a period with a "dont" tail (or a UN total of people killed, wounded or abducted), and
the sources that make an incident reported in a whole paragraph (a toll or the victims told after it, "selon X";
a state's forces announcing their own operation). Sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle

PUBLISHED = "2024-06-12"


def _events(text: str) -> tuple[list[tuple], list[str]]:
    result = sentinelle.extract(text, published=PUBLISHED, relevance_gate=False)
    events = [(e.sub_event_type, e.location.place if e.location else None, e.fatalities, e.modality)
              for e in result.events]
    return events, sorted(n.why for n in result.non_events)


# (text, [(sub_event_type, place, fatalities, modality) of the events], reasons of the non-events)
DENIALS = [
    # Sudan, Mali, Myanmar, Yemen: "dément avoir procédé à / mené / effectué" + an act noun: the act is denied
    ("Les Forces de soutien rapide démentent avoir procédé à une frappe de drone sur le marché de Mellit samedi.",
     [("air_drone_strike", "Mellit", None, "denied")], []),
    ("L'armée malienne dément avoir mené une frappe aérienne près de Tessalit lundi.",
     [("air_drone_strike", "Tessalit", None, "denied")], []),
    ("La junte dément avoir effectué un raid aérien sur le village de Hpakant mardi.",
     [("air_drone_strike", "Hpākān", None, "denied")], []),
    ("La coalition dément avoir mené des frappes aériennes sur Marib dimanche.",
     [("air_drone_strike", "Ma'rib", None, "denied")], []),
    # DR Congo: a definite noun presupposes the attack; only a part in it is denied (as "a démenti avoir mené
    # l'attaque"): reported
    ("L'armée dément avoir mené l'attaque contre le marché de Walikale samedi.",
     [("attack", "Walikale", None, "reported")], []),
    # Sudan, Myanmar: a real attack beside the denial stays asserted, the placeless denial a non-event
    ("Des hommes armés ont tué quatre civils samedi à Kutum. L'armée dément avoir procédé à une frappe aérienne.",
     [("attack", "Kutum", 4, "asserted")], ["denied"]),
    ("Le porte-parole dément avoir procédé à une frappe aérienne. Dimanche, une frappe de drone a touché une école "
     "de Hpakant.", [("air_drone_strike", "Hpākān", None, "asserted")], ["denied"]),
    # Mali: the act told by the article, denied by somebody in a relative clause, stays a fact
    ("L'armée a procédé samedi à une frappe aérienne près de Tessalit, qu'un chef local dément.",
     [("air_drone_strike", "Tessalit", None, "asserted")], []),
]


@pytest.mark.parametrize(("text", "events", "non_events"), DENIALS)
def test_denied_support_verb(text, events, non_events):
    assert _events(text) == (events, non_events)


TOTALS = [
    # DR Congo, Nigeria, Mali, Somalia: a total since the start of the year; its "dont" tail shares out the count
    # and names no incident of its own
    ("Selon l'OCHA, 230 civils ont été tués dans la province du Sud-Kivu depuis le début de l'année, dont la "
     "plupart dans des attaques de miliciens.", [], ["aggregate"]),
    ("D'après Amnesty International, 140 personnes ont été tuées dans l'Etat de Benue depuis janvier, dont une "
     "majorité dans des raids de bandits armés.", [], ["aggregate"]),
    ("Au moins 75 soldats ont péri dans la région de Kayes depuis le début de l'année, dont une quarantaine dans "
     "des embuscades.", [], ["aggregate"]),
    ("Selon le HCR, 310 civils ont été tués ou blessés dans la région de Hiiraan depuis janvier, dont près de la "
     "moitié dans des frappes de drones.", [], ["aggregate"]),
    # Haiti: the participles share the auxiliary, the subject and the period of the first
    ("Selon l'ONU, plus de 600 personnes ont été tuées, blessées ou enlevées dans le département de la Grand'Anse "
     "depuis le début de l'année.", [], ["aggregate"]),
    # near misses: a "dont" tail on one incident's toll, a day's coordinated participles, a total beside an incident
    ("Mardi, une frappe aérienne a tué cinq personnes à Sarmada, dont deux enfants.",
     [("air_drone_strike", "Sarmada", 5, "asserted")], []),
    ("Dimanche, des jihadistes ont attaqué le village de Djibasso, tuant neuf civils, dont trois femmes.",
     [("attack", "Djibasso", 9, "asserted")], []),
    ("Depuis le début de l'année, 90 personnes ont été tuées dans le district de Mogok. Mardi, une frappe aérienne "
     "a tué six villageois à Kyaukme, dont quatre enfants.",
     [("air_drone_strike", "Kyaukme", 6, "asserted")], ["aggregate"]),
    ("Mardi, trois civils ont été tués, blessés ou enlevés à Mirebalais par des membres d'un gang.",
     [("abduction_forced_disappearance", "Mirebalais", None, "asserted"), ("attack", "Mirebalais", 3, "asserted")],
     []),
]


@pytest.mark.parametrize(("text", "events", "non_events"), TOTALS)
def test_totals_with_a_share_tail(text, events, non_events):
    assert _events(text) == (events, non_events)


REPORTS = [
    # Mali: the toll told after the strike, with its source, is the strike's (not the battle of the paragraph
    # before, though the victims are fighters): reported, with its toll
    ("Trois soldats ont été tués lundi dans une attaque contre leur poste près d'Ansongo.\n\nMardi, une frappe de "
     "drone a visé un campement jihadiste près de Léré. Selon une source sécuritaire, onze jihadistes ont été tués.",
     [("armed_clash", "Ansongo", 3, "asserted"), ("air_drone_strike", "Léré", 11, "reported")]),
    # Burkina Faso: a toll in several words ("ont perdu la vie") with its source
    ("Dimanche, un engin explosif a visé une patrouille près de Tougan. Quatre soldats ont perdu la vie, selon une "
     "source sécuritaire.", [("remote_explosive_landmine_ied", "Tougan", 4, "reported")]),
    # Nigeria: what happened to the victims next, told by relatives, tells the abduction too
    ("Jeudi, une trentaine de villageois ont été enlevés par des hommes armés près de Gwoza. Vingt d'entre eux ont "
     "été relâchés le lendemain, selon des proches.",
     [("abduction_forced_disappearance", "Gwoza", None, "reported")]),
    # near miss: no source after it, the killing stays asserted
    ("Des hommes armés ont tué trois civils samedi à Damboa. Ils ont pris la fuite à moto.",
     [("attack", "Damboa", 3, "asserted")]),
    # Chad, Somalia: a state's forces named by their country announce their own operation: reported, not claimed
    ("Mardi, les forces tchadiennes ont annoncé avoir tué quinze jihadistes près de Ngouboua.",
     [("armed_clash", "Ngouboua", 15, "reported")]),
    ("Mardi, les soldats kényans ont annoncé avoir tué dix combattants shebab près d'Afgooye.",
     [("armed_clash", "Afgooye", 10, "reported")]),
    # Burkina Faso: "Toujours selon X" opening a paragraph: the paragraph before was X's word too
    ("Samedi, des hommes armés ont attaqué le poste de gendarmerie de Djibasso. Les assaillants ont été repoussés "
     "après deux heures de combats.\n\nToujours selon l'état-major, une patrouille a sauté dimanche sur une mine "
     "près de Tougan.", [("armed_clash", "Djibasso", None, "reported"),
                         ("remote_explosive_landmine_ied", "Tougan", None, "reported")]),
    # near misses: a plain "selon X" reports its own sentence; "Toujours selon eux" inside a paragraph goes on from
    # the sentence before it, not from the paragraph before
    ("Samedi, des hommes armés ont attaqué le poste de gendarmerie de Djibasso. Les assaillants ont été repoussés "
     "après deux heures de combats.\n\nSelon l'état-major, une patrouille a sauté dimanche sur une mine près de "
     "Tougan.", [("armed_clash", "Djibasso", None, "asserted"),
                 ("remote_explosive_landmine_ied", "Tougan", None, "reported")]),
    ("Mardi, des combattants du M23 ont attaqué des positions de l'armée près de Kamituga.\n\nLundi, des obus sont "
     "tombés sur Walikale, selon des habitants. Toujours selon eux, un marché a été touché.",
     [("armed_clash", "Kamituga", None, "asserted"), ("shelling_artillery_missile_attack", "Walikale", None,
                                                       "reported")]),
    # ... an armed group announcing its own does claim it
    ("Mardi, les shebab ont annoncé avoir tué dix soldats kényans près d'Afgooye.",
     [("armed_clash", "Afgooye", 10, "claimed")]),
]


@pytest.mark.parametrize(("text", "events"), REPORTS)
def test_sources_of_a_paragraph(text, events):
    assert _events(text)[0] == events


# (text, [(sub_event_type, place, fatalities, modality) of the events], reasons of the non-events)
FEARS = [
    # CAR, Nigeria: a feared act, its aim told by a purpose infinitive under the feared clause ("ne profitent de X
    # pour attaquer Y"), is no more done than the feared act
    ("Les humanitaires craignent que les rebelles ne profitent du départ des casques bleus pour attaquer Batangafo.",
     [], ["hypothetical"]),
    ("Les autorités redoutent que les bandits ne profitent de la fête pour enlever des fidèles à Gwoza.",
     [], ["hypothetical"]),
    # Haiti, Mozambique: "de peur que", "s'inquiéter que" + subjunctive
    ("De peur que les gangs n'attaquent Mirebalais, la police a renforcé ses patrouilles.", [], ["hypothetical"]),
    ("Les habitants s'inquiètent que les insurgés n'attaquent Mueda avant la fin du mois.", [], ["hypothetical"]),
    # Niger: the attack told before the fear stays a fact
    ("Les jihadistes ont attaqué mardi le poste de gendarmerie de Téra. Les habitants redoutent que les assaillants "
     "ne profitent de l'absence de renforts pour frapper les villages environnants, où vivent des milliers "
     "d'éleveurs.", [("armed_clash", "Téra", None, "asserted")], ["hypothetical"]),
    # Nigeria, Burkina Faso: the aim of an act done, with no fear over it, changes nothing
    ("Des hommes armés ont enlevé trois enseignants à Gwoza pour obtenir une rançon.",
     [("abduction_forced_disappearance", "Gwoza", None, "asserted")], []),
    ("Des bandits ont tué deux éleveurs lundi à Djibasso afin de s'emparer de leur bétail.",
     [("attack", "Djibasso", 2, "asserted")], []),
]


@pytest.mark.parametrize(("text", "events", "non_events"), FEARS)
def test_a_feared_act_and_its_aim(text, events, non_events):
    assert _events(text) == (events, non_events)


DENIED_CLAUSES = [
    # Burkina Faso, Sudan: the reports or accusations a source rejects, and what they tell
    ("Le gouvernement réfute catégoriquement les allégations faisant état de l'exécution de civils par des militaires "
     "à Djibasso.", [("attack", "Djibasso", None, "denied")], []),
    ("Le ministère de la Défense rejette les accusations selon lesquelles ses troupes auraient bombardé un marché à "
     "Kadugli.", [("air_drone_strike", "Kadugli", None, "denied")], []),
    ("Le porte-parole de l'armée a réfuté les informations faisant état d'une frappe de drone sur Kaga-Bandoro.",
     [("air_drone_strike", "Kaga-Bandoro", None, "denied")], []),
    # Mali, Haiti: "dément que", "nie que" + subjunctive (the present "dément" is often read as an adjective)
    ("L'armée dément que des soldats aient exécuté des civils à Tominian la semaine dernière.",
     [("attack", "Tominian", None, "denied")], []),
    ("La police nie que ses agents aient tiré sur des manifestants à Mirebalais.",
     [("excessive_force_against_protesters", "Mirebalais", None, "denied")], []),
    # CAR: the accusation the denier makes of the other side in the same breath is its report, not its denial
    ("Les rebelles ont rejeté ces accusations, affirmant que leurs combattants n'étaient pas dans la zone et "
     "accusant l'armée de massacres à Paoua.", [("attack", "Paoua", None, "reported")], []),
]


@pytest.mark.parametrize(("text", "events", "non_events"), DENIED_CLAUSES)
def test_a_denied_report_or_clause(text, events, non_events):
    assert _events(text) == (events, non_events)


SUSPECTED = [
    # Niger, CAR, Nigeria: "soupçonné / suspecté d'avoir" reports the act, like "accusé d'avoir"
    ("Le même groupe est soupçonné d'avoir tendu une embuscade à un convoi militaire près de Banibangou, tuant six "
     "soldats.", [("armed_clash", "Banibangou", 6, "reported")], []),
    ("Des miliciens Zama Zama sont soupçonnés d'avoir tué quatre civils à Bozoum.",
     [("attack", "Bozoum", 4, "reported")], []),
    ("Le groupe est suspecté d'avoir attaqué un poste de police à Damasak.",
     [("armed_clash", "Damasak", None, "reported")], []),
]


@pytest.mark.parametrize(("text", "events", "non_events"), SUSPECTED)
def test_a_suspected_act_is_reported(text, events, non_events):
    assert _events(text) == (events, non_events)
