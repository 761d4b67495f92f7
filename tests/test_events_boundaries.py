"""Incident boundaries across sentences (``sentinelle/events/boundaries.py``): two days, two sides, two means,
two live-blog entries or a headline of another kind keep incidents apart; a mention that refers back, the same
toll told with the day it was reported, or a headline summing up its own incident still joins.

Each text runs through the whole pipeline; the check is on the events assembled.
"""

from __future__ import annotations

import pytest

import sentinelle
from sentinelle.events.boundaries import entry_of, entry_starts, item_headings, item_starts
from sentinelle.events.clusters import _Cluster
from sentinelle.events.lexicon import get_lexicon
from sentinelle.events.mention import EventMention
from sentinelle.events.merge import merge_event

PUBLISHED = "2024-06-12"


def _events(text: str):
    return sentinelle.extract(text, published=PUBLISHED, relevance_gate=False).events


def _found(events) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None) for e in events}


# (text, the events expected: (sub-event type, place as written)); each is one incident of its own
TOLD_APART = [
    # two means: a device on a road is no air strike, the same day at the same town (Iraq)
    ("Un engin explosif improvisé a tué deux policiers irakiens sur une route près de Tikrit. Des avions de la "
     "coalition ont bombardé des caches de l'EI près de Tikrit, tuant cinq jihadistes.",
     {("remote_explosive_landmine_ied", "Tikrit"), ("air_drone_strike", "Tikrit")}),
    # two live-blog entries: the fighting of one entry is not the exchange of fire of the next (Ukraine)
    ("10h20 — Des chars russes sont entrés dans la ville de Toretsk, selon des blogueurs militaires. Des combats "
     "opposent les soldats ukrainiens aux troupes russes.\n\n11h05 — Un soldat ukrainien a été tué lors "
     "d'échanges de tirs près de Pokrovsk, selon l'armée.",
     {("armed_clash", "Toretsk"), ("armed_clash", "Pokrovsk")}),
    # a headline naming two incidents: the night attack near one town is not the suicide bombing at another,
    # told two days later (Nigeria)
    ("Nigeria : nuit sanglante près de Dikwa, un kamikaze se fait exploser à Gwoza\n\nDans la nuit de jeudi à "
     "vendredi, des hommes armés ont fait irruption dans un hameau des environs de Dikwa. Trois civils ont été "
     "égorgés.\n\nSamedi, un kamikaze s'est fait exploser sur le marché de Gwoza, tuant quatre personnes.",
     {("suicide_bomb", "Gwoza"), ("attack", "Dikwa")}),
    # days named apart: an ambush one day, a killing of traders the next (Somalia)
    ("Samedi, des shebab ont tué quatre soldats somaliens dans une embuscade près de Jilib. Dimanche, des hommes "
     "armés ont abattu deux commerçants à Jilib.",
     {("armed_clash", "Jilib"), ("attack", "Jilib")}),
    # a headline's province holds a town of the body where another kind of incident happened (Somalia)
    ("Somalie : six soldats tués dans un attentat-suicide dans le Bas-Chébéli\n\nUn kamikaze a fait exploser mardi "
     "sa ceinture d'explosifs devant une base de l'armée près de Qoryooley, tuant six soldats.\n\nLundi, deux "
     "policiers ont été tués dans une attaque contre un poste de contrôle à Baraawe.",
     {("suicide_bomb", "Qoryooley"), ("armed_clash", "Baraawe")}),
    # a mine on Monday, an air strike on Tuesday around the same town (Niger)
    ("Trois soldats nigériens ont été tués lundi par l'explosion d'une mine au passage de leur patrouille près de "
     "Ouallam. L'aviation nigérienne a frappé mardi des positions jihadistes dans les environs de Ouallam, tuant "
     "une vingtaine de combattants.",
     {("remote_explosive_landmine_ied", "Ouallam"), ("air_drone_strike", "Ouallam")}),
    # "par ailleurs" inside the sentence: the soldier wounded near one town is not the explosives the army told of
    # in the paragraph before, nor is that paragraph at this town (Burkina Faso)
    ("Deux civils ont été tués mardi lors d'affrontements entre l'armée et des hommes armés à Kaya, selon des "
     "sources locales.\n\nL'armée a affirmé que ses soldats avaient riposté à des engins explosifs lancés par des "
     "assaillants contre une patrouille.\n\nUn soldat a par ailleurs été blessé par balle mardi soir près de "
     "Kongoussi, a indiqué l'armée.",
     {("armed_clash", "Kaya"), ("armed_clash", "Kongoussi")}),
    # "Le même jour": the other side's capture of a village is not the attack repelled near the town (Sudan)
    ("L'armée soudanaise a affirmé mardi avoir repoussé une attaque des FSR près de Babanusa, tuant trente "
     "assaillants. Le même jour, les FSR ont revendiqué la prise du village d'Al-Meiram, au sud de Babanusa.",
     {("armed_clash", "Babanusa"), ("non_state_actor_overtakes_territory", "Al-Meiram")}),
    # "En représailles": the army's bombing is the reply to the shelling, not the shelling (DR Congo)
    ("Des rebelles du M23 ont tiré des obus sur le village de Kanyabayonga mardi, blessant deux civils. En "
     "représailles, l'armée congolaise a bombardé mardi des positions rebelles près de Kanyabayonga.",
     {("shelling_artillery_missile_attack", "Kanyabayonga"), ("air_drone_strike", "Kanyabayonga")}),
    # an abduction told in the paragraph after a raid, with no place, is not the assault on a police station told
    # at another town in the next paragraph (Haiti)
    ("Des hommes armés ont fait irruption jeudi soir à Gressier, incendiant une dizaine de maisons et tuant quatre "
     "personnes, selon des témoins.\n\n« Ils tiraient partout », raconte un commerçant. Une habitante affirme que "
     "deux jeunes filles auraient été enlevées par les bandits.\n\nVendredi matin, le gang s'est dirigé vers "
     "Léogâne, où il a attaqué le sous-commissariat. Un policier a été blessé, selon la police.",
     {("attack", "Gressier"), ("armed_clash", "Léogâne")}),
    # ... nor the ambush told at another town the next day (DR Congo)
    ("Des rebelles des ADF ont attaqué mardi le village de Mangina, tuant six civils, selon une source locale.\n\n"
     "D'après des habitants, plusieurs femmes ont été enlevées pendant l'attaque.\n\nMercredi, des militaires ont "
     "été pris en embuscade près de Kasindi. Deux soldats ont été blessés.",
     {("attack", "Mangina"), ("armed_clash", "Kasindi")}),
    # a toll told after a new paragraph placed its own scene is not the clash told before at another town (Haiti)
    ("Des membres d'un gang ont attaqué lundi le commissariat de Thomonde, dans le département du Centre. Les "
     "policiers ont riposté pendant deux heures, a indiqué la PNH.\n\nMardi, la PNH a lancé une opération dans les "
     "environs de Maïssade. Selon un communiqué, quatre bandits ont été neutralisés.",
     {("armed_clash", "Thomonde"), ("armed_clash", "Maïssade")}),
    # the outskirts of a village named apart, 6 km from the town struck before, are another place (Lebanon)
    ("Une frappe israélienne a tué deux civils mardi à Kfarchouba, a annoncé le ministère de la Santé.\n\nDes obus "
     "sont tombés mardi sur les abords de Chebaa, sans faire de victimes, selon l'agence officielle.",
     {("air_drone_strike", "Kfarchouba"), ("shelling_artillery_missile_attack", "Chebaa")}),
    # a headline listing two incidents, one at a province the gazetteer lacks: neither is an event of its own, nor
    # lends its toll to the other (Pakistan)
    ("Pakistan : six soldats tués dans des attaques contre des postes au Waziristan du Nord, attentat-suicide au "
     "Baloutchistan\n\nDes insurgés ont attaqué mardi un poste de l'armée près de Miranshah, tuant quatre soldats, "
     "selon l'armée. Deux autres soldats ont été tués dans une embuscade près de Mir Ali.\n\nPar ailleurs, un "
     "kamikaze s'est fait exploser mardi près d'un marché de Turbat, au Baloutchistan, tuant trois civils.",
     {("armed_clash", "Miranshah"), ("armed_clash", "Mir Ali"), ("suicide_bomb", "Turbat")}),
    # ... nor is the topic country the place of the first member: the bombing is not in the province of the
    # attacks, nor does it take their toll (Nigeria)
    ("Nigeria : dix soldats tués dans des attaques contre des bases dans l'État de Borno, attentat-suicide dans "
     "l'État de Yobe\n\nDes combattants de l'ISWAP ont tué six soldats lundi lors d'une attaque contre une base "
     "militaire à Damboa, selon des sources sécuritaires. Quatre autres soldats ont été tués dans une embuscade près "
     "de Gwoza.\n\nMardi, une kamikaze s'est fait exploser sur le marché de Potiskum, tuant quatre personnes, a "
     "indiqué la police.",
     {("armed_clash", "Damboa"), ("armed_clash", "Gwoza"), ("suicide_bomb", "Potiskum")}),
    # a town named as the neighbour of the one before: another town, however close (West Bank)
    ("Des colons ont incendié lundi plusieurs voitures dans le village de Qusra, selon le Croissant-Rouge. Des "
     "affrontements ont ensuite éclaté entre habitants et soldats à Aqraba, la localité voisine.",
     {("looting_property_destruction", "Qusra"), ("armed_clash", "Aqraba")}),
]


@pytest.mark.parametrize("text,expected", TOLD_APART)
def test_incidents_told_apart_stay_apart(text, expected):
    events = _events(text)
    assert _found(events) == expected


# (text, the one event expected)
TOLD_AGAIN = [
    # the next entry names the strike again and gives its toll (Gaza)
    ("09h10 — Une frappe aérienne a touché un immeuble de Beit Lahia, selon des témoins.\n\n10h30 — La frappe a "
     "fait six morts, selon la défense civile.", ("air_drone_strike", "Beit Lahia", 6)),
    # "cette frappe", told the next day, is the strike told before (Syria)
    ("Lundi, un drone a frappé une voiture à Sarmada, tuant deux hommes. Mardi, l'armée a affirmé que cette frappe "
     "visait un commandant jihadiste.", ("air_drone_strike", "Sarmada", 2)),
    # the same toll told with the day before: the day it was reported, said in passing (Syria)
    ("Une frappe de drone a tué trois civils dans la région d'Idleb ce mercredi, selon des secouristes. Dans un "
     "communiqué, les Casques blancs ont indiqué qu'un drone avait visé mardi une voiture à Sarmada, tuant trois "
     "personnes.", ("air_drone_strike", "Sarmada", 3)),
    # "l'explosion" after the mine is the mine's (Niger)
    ("Deux soldats ont été tués lundi par une mine près de Ouallam. L'explosion a également blessé trois autres "
     "militaires.", ("remote_explosive_landmine_ied", "Ouallam", 2)),
    # a headline summing up the incident the body tells at its own town (Mali)
    ("Mali : cinq soldats tués dans une embuscade près de Tessit\n\nCinq soldats maliens ont été tués lundi dans une "
     "embuscade tendue par des jihadistes près de Tessit.", ("armed_clash", "Tessit", 5)),
    # two entries, the later naming the strike on the same town again (Ukraine)
    ("08h30 — Des drones russes ont frappé Kherson dans la nuit, tuant un homme.\n\n09h45 — Le gouverneur de "
     "Kherson annonce que la frappe a aussi blessé deux femmes.", ("air_drone_strike", "Kherson", 1)),
    # explosives dropped by a drone: the weapon in common says one device, not a planted bomb and a strike
    # (Colombia)
    ("Un soldat a été tué mardi lors d'une attaque à l'explosif menée par l'ELN contre une base militaire à Fortul. "
     "Selon l'armée, les guérilleros ont largué les explosifs au moyen d'un drone artisanal.",
     ("air_drone_strike", "Fortul", 1)),
    # a headline that does not say how, over the department that holds the body's town, sums the body up (Colombia)
    ("Colombie : l'ELN attaque une base militaire dans le département d'Arauca, un soldat tué\n\nUn soldat a été "
     "tué mardi par l'explosion d'un engin explosif improvisé lors d'une attaque contre une base militaire à "
     "Fortul.", ("remote_explosive_landmine_ied", "Fortul", 1)),
    # a live blog's headline naming the fighting is the fighting an entry tells (Ukraine)
    ("DIRECT — Guerre en Ukraine : combats à Vovtchansk, frappes sur Kharkiv\n\n08h10 — Bienvenue dans ce direct."
     "\n\n09h25 — Des échanges de tirs nourris ont opposé les soldats ukrainiens aux troupes russes dans le nord de "
     "la ville, selon l'état-major ukrainien.", ("armed_clash", "Vovtchansk", None)),
    # "par ailleurs" on a verb of speech: what a second source adds tells the same rocket (Afghanistan)
    ("Une roquette s'est abattue mardi soir près de la base aérienne de Kandahar, selon la police. Un responsable "
     "local évoque par ailleurs un obus tombé près de la base aérienne de Kandahar.",
     ("shelling_artillery_missile_attack", "Kandahar", None)),
    # "Le même jour" before a claim naming the ambush again, with no place of its own (Mali)
    ("Des jihadistes ont tué mardi sept soldats dans une embuscade près de Tessalit. Le même jour, le JNIM a "
     "revendiqué l'embuscade dans un communiqué.", ("armed_clash", "Tessalit", 7)),
    # the hours the fighting lasted, told in the next paragraph, are the attack's, not an incident of their own
    # (Sudan)
    ("Trois soldats ont été tués lundi lors de l'attaque d'un camp militaire à Zalingei par des combattants des FSR, "
     "a indiqué l'armée.\n\nSelon l'armée, les soldats ont riposté et les combats ont duré près de trois heures.",
     ("armed_clash", "Zalingei", 3)),
    # a lede with no place sums up the paragraph below it (Mozambique)
    ("Des affrontements ont fait au moins six morts lundi, selon des sources sécuritaires.\n\nLes combats ont "
     "éclaté à l'aube près de Mueda entre l'armée et des insurgés, a indiqué un responsable local.",
     ("armed_clash", "Mueda", 6)),
    # "près de X" after the district of X is the same place (Lebanon)
    ("Des combats ont éclaté mardi dans le district de Tebnine entre des combattants et l'armée. Selon une source "
     "locale, deux combattants ont été tués près de Tebnine.", ("armed_clash", "Tebnine", 2)),
    # "d'ailleurs" (by the way) marks no other incident (Niger)
    ("Des hommes armés ont attaqué lundi le village de Banibangou, tuant six civils. Les assaillants ont d'ailleurs "
     "incendié une dizaine de maisons à Banibangou.", ("attack", "Banibangou", 6)),
]


@pytest.mark.parametrize("text,expected", TOLD_AGAIN)
def test_an_incident_told_again_stays_one(text, expected):
    events = _events(text)
    assert [(e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in events] == [expected]


# (text, the events expected: (place as written, fatalities)); two places close enough for the gazetteer's
# distance to make them one, told apart by the text
PLACES_APART = [
    # "également": one more house hit, at another place of Gaza, with its own dead
    ("Neuf personnes, dont trois enfants, ont été tuées dans le bombardement d'une école transformée en abri dans le "
     "camp de Shati, selon la Défense civile. Une maison a également été touchée à Tal al-Hawa, où cinq membres "
     "d'une même famille ont péri, d'après l'hôpital.", {("camp de Shati", 9), ("Tal al-Hawa", 5)}),
    # each sentence counts its own dead, of another kind, at its own place: not a toll revised from 12 to 1
    ("La Défense civile a fait état de 12 morts, dont cinq enfants, dans le bombardement d'une école du camp de "
     "Shati. L'armée israélienne a affirmé de son côté avoir frappé des lance-roquettes et avoir tué un commandant "
     "du Hamas à Tal al-Hawa.", {("camp de Shati", 12), ("Tal al-Hawa", 1)}),
]


@pytest.mark.parametrize("text,expected", PLACES_APART)
def test_close_places_told_apart_stay_apart(text, expected):
    events = _events(text)
    assert {(e.location.name if e.location else None, e.fatalities) for e in events} == expected


def test_two_sides_striking_at_one_place_are_two_incidents():
    # the rebels' drones on a tanker and the American strike on the port, the same day, near one town (Yemen)
    events = _events("Des drones des rebelles houthis ont visé mardi un pétrolier au large d'Al-Khawkha, selon "
                     "l'agence UKMTO. L'aviation américaine a bombardé mardi le port d'Al-Khawkha, selon la chaîne "
                     "des rebelles.")
    authors = sorted(e.actor1.normalized for e in events if e.actor1)
    assert len(events) == 2 and authors == ["Houthis (Ansar Allah)", "Military Forces of the United States"]


def test_reversed_sides_are_two_incidents():
    # the army's strike and the group's claimed reply (Lebanon): the strike is not the group's claim
    events = _events("L'armée israélienne a bombardé mardi le village de Yaroun, dans le sud du Liban. Le Hezbollah "
                     "a affirmé avoir visé des soldats israéliens avec des missiles antichars.")
    sides = {(e.actor1.name if e.actor1 else None, e.modality) for e in events}
    assert len(events) == 2, sides
    strike = next(e for e in events if e.actor1 and "Israel" in (e.actor1.normalized or ""))
    assert strike.modality != "claimed"
    assert not (strike.actor2 and "Israel" in (strike.actor2.normalized or ""))


def test_a_claim_in_one_entry_does_not_take_the_next_entry_strike():
    # the mortar fire an armed group claims in one entry is not the air strike of the next (Gaza)
    events = _events("09h40 — Les Brigades al-Qods affirment avoir tiré des obus de mortier sur des soldats "
                     "israéliens.\n\n10h15 — Quatre personnes ont été tuées dans une frappe aérienne sur une maison "
                     "de Beit Lahia, selon la défense civile.")
    strike = [e for e in events if e.sub_event_type == "air_drone_strike"]
    assert len(strike) == 1
    assert strike[0].modality != "claimed"
    assert strike[0].actor1 is None or "Jihad" not in (strike[0].actor1.normalized or "")


def test_a_headline_toll_stays_with_its_own_kind():
    # the headline's thirty dead are the attack repelled, not the mine "sans faire de victime" (Niger)
    events = _events("Niger : l'armée neutralise une trentaine de terroristes dans l'ouest du pays\n\nMardi, les "
                     "soldats du poste de Ouallam ont repoussé une attaque. Une trentaine d'assaillants ont été "
                     "neutralisés.\n\nLe même jour, un véhicule militaire a sauté sur une mine près de Banibangou, "
                     "sans faire de victime.")
    tolls = {e.sub_event_type: e.fatalities for e in events}
    assert tolls == {"armed_clash": 30, "remote_explosive_landmine_ied": 0}


def test_a_claim_names_again_the_incident_told_just_before_it():
    # each paragraph tells its own attack, and each claim is its paragraph's: the fight at the base is at the
    # base its paragraph names, not the checkpoint attack told in the next paragraph (Nigeria)
    events = _events("Dans la nuit de lundi à mardi, des combattants de l'ISWAP ont tenté de pénétrer dans la base "
                     "militaire de Damasak. Selon l'armée, six assaillants ont été tués lors des échanges de tirs. "
                     "L'ISWAP a revendiqué l'attaque.\n\nLundi, deux policiers ont été tués dans une attaque contre "
                     "un poste de contrôle à Gajiram, selon un responsable local. L'attaque a été revendiquée par "
                     "Boko Haram.")
    found = {(e.location.name if e.location else None, e.fatalities, e.actor1.normalized if e.actor1 else None)
             for e in events}
    assert found == {("Damasak", 6, "Islamic State (West Africa)"), ("Gajiram", 2, "Boko Haram")}


@pytest.mark.parametrize("target", ["residential_building", "school", "civilians"])
def test_an_arrest_hits_nothing(target):
    # "les forces ont fouillé plusieurs habitations avant d'interpeller trois hommes": the houses searched are no
    # target of the arrests (merge.py)
    lex = get_lexicon("fr")
    m = EventMention(sent_start=0, sent_end=40, trigger_tokens=[0], trigger_spans=[(0, 9)], trigger_ids=["arrests"],
                     event_type="strategic_developments", sub_event_type="arrests", specific=True, target=target)
    event = merge_event(_Cluster([m]), lex, {e.id: e for e in lex.triggers.triggers})
    assert event.sub_event_type == "arrests" and event.target is None


@pytest.mark.parametrize(
    "text,entries",
    [
        ("08h05 — Bonjour.\n\n08h40 — Des frappes.\n\n09:15 - Un bilan.", 3),
        # one time of day opening a paragraph is no live blog
        ("22h00 — Le couvre-feu est entré en vigueur.\n\nLa nuit a été calme.", 0),
        ("Des frappes ont visé la ville à 14h30.", 0),
    ],
)
def test_entry_stamps(text, entries):
    starts = entry_starts(text)
    assert len(starts) == entries
    if starts:
        assert entry_of(starts, 0) == 1 and entry_of(starts, len(text) - 1) == entries


# (a digest, its items each headed by their place: the events expected, (sub-event type, place as written))
DIGESTS = [
    # Niger: an item with no place in its sentence is at its heading, not merged into the next item's bombing
    ("Niger : l'essentiel de l'actualité sécuritaire du 11 juin\n\nOuallam : des hommes armés ont attaqué dimanche un "
     "poste de gendarmerie, tuant deux gendarmes.\n\nBanibangou : un car de transport a sauté sur un engin explosif, "
     "faisant cinq morts parmi les passagers.\n\nDiffa : des combattants de Boko Haram ont enlevé trois agriculteurs "
     "dans leurs champs samedi.",
     {("armed_clash", "Ouallam"), ("remote_explosive_landmine_ied", "Banibangou"),
      ("abduction_forced_disappearance", "Diffa")}),
    # Burkina Faso: items headed with a dash; the first heading is no dateline
    ("Burkina Faso : les brèves sécuritaires\n\nTitao — Des jihadistes ont incendié l'école du village dans la nuit de "
     "samedi à dimanche.\nDjibo — Deux civils ont été tués lundi par l'explosion d'une mine au passage de leur "
     "charrette.\nKaya — L'armée a arrêté quatre suspects lors d'une opération de fouille mardi.",
     {("looting_property_destruction", "Titao"), ("remote_explosive_landmine_ied", "Djibo"), ("arrests", "Kaya")}),
    # Ukraine: two strikes of one kind in two items are two incidents
    ("Notre tour d'horizon de la journée\n\nKherson : une frappe de drone a tué un homme dans le quartier du port.\n"
     "Zaporijia : deux missiles ont frappé une zone industrielle, blessant quatre ouvriers.\nKharkiv : des tirs "
     "d'artillerie ont endommagé une école.",
     {("air_drone_strike", "Kherson"), ("shelling_artillery_missile_attack", "Zaporijia"),
      ("shelling_artillery_missile_attack", "Kharkiv")}),
    # Somalia: an item headed by a quarter nothing locates is an item all the same: its grenade is not the item
    # above's (with no place of its own it makes no event)
    ("Bulletin de sécurité – Somalie\n\n- Kismayo : le 6 novembre, des affrontements ont opposé l'armée à des "
     "shebab près de la ville.\n- Marka : le 7 novembre, un engin explosif a visé un convoi de l'armée.\n- Wadajir "
     "(district de la capitale) : le 8 novembre, une grenade a été lancée contre un restaurant.",
     {("armed_clash", "Kismayo"), ("remote_explosive_landmine_ied", "Marka")}),
]


@pytest.mark.parametrize("text,expected", DIGESTS)
def test_each_item_of_a_digest_is_its_own_incident_at_its_heading(text, expected):
    assert _found(_events(text)) == expected


def test_a_headline_and_a_dateline_make_no_digest():
    # (a country before a headline's colon and a wire dateline: two lines opened by a name, no items)
    from sentinelle.model import Location, PlaceMention

    text = "Ukraine : deux morts dans une frappe\nKYIV (Reuters) – Une frappe a tué deux personnes."
    places = [PlaceMention(start=0, end=7, text="Ukraine", kind="country", location=Location(country="UA")),
              PlaceMention(start=37, end=41, text="KYIV", kind="dateline", location=Location(country="UA"))]
    assert item_headings(text, places) == []
    text = "Tessit : des hommes armés ont tué un berger.\nAnsongo : un engin a sauté."
    places = [PlaceMention(start=0, end=6, text="Tessit", kind="city", location=Location(country="ML")),
              PlaceMention(start=45, end=52, text="Ansongo", kind="city", location=Location(country="ML"))]
    assert [line for line, _ in item_headings(text, places)] == [0, 45]


def test_an_incident_named_back_in_a_later_paragraph_is_the_one_told_after_it():
    # Nigeria: "La double attaque suicide du jeudi 12 juin" names back the bombing the next paragraph places; a
    # placeless act told after another paragraph's incident is kept apart from an incident told only later, but
    # not when it names its incident back (its toll stays with it)
    text = ("Des hommes armés ont attaqué lundi un poste de police à Kalehe, tuant deux policiers, selon la police.\n\n"
            "La double attaque suicide du jeudi 12 juin, qui a fait 14 morts, a choqué le pays.\n\n"
            "Ce jour-là, deux kamikazes s'étaient fait exploser sur le marché de Dikwa, selon les autorités.")
    got = sorted((e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in _events(text))
    assert got == [("armed_clash", "Kalehe", 2), ("suicide_bomb", "Dikwa", 14)]


_NEWSLETTER = """La lettre du matin — mardi 3 mars 2026

Chaque jour, l'essentiel des conflits en quatre brèves.

UKRAINE. Trois morts à Berdiansk après une frappe de missiles
Des missiles russes ont frappé lundi en fin de matinée le port de Berdiansk, tuant trois personnes, a annoncé le \
gouverneur. Le même jour, un homme a été blessé par des tirs d'artillerie sur Kostiantynivka.

NIGER. Embuscade meurtrière près d'Ouallam
Des jihadistes ont tendu dimanche dans la matinée une embuscade à une patrouille de l'armée près d'Ouallam, tuant \
six soldats, selon le ministère de la Défense.

HAÏTI. Des maisons incendiées à Mirebalais
Des membres de gangs ont incendié samedi une vingtaine de maisons à Mirebalais, selon la police.

SOUDAN. Kassala de nouveau pilonnée par les FSR
Les Forces de soutien rapide ont pilonné lundi la ville de Kassala, tuant quatre civils, selon des médecins.
"""


@pytest.mark.parametrize(("text", "titles"), [
    # a newsletter's items: a title in capitals, a mark, a title with no stop, one line
    (_NEWSLETTER, ["UKRAINE.", "NIGER.", "HAÏTI.", "SOUDAN."]),
    ("Le point du soir\n\nRDC — Des combats près de Kalehe\nDes combats ont éclaté lundi.\n\n"
     "SAHEL — Une attaque à Dori\nTexte.\n",
     ["RDC —", "SAHEL —"]),
    # one kicker is a headline; a title in capitals on the first line is the article's headline
    ("ANALYSE – Au Sahel, la guerre des drones\nTexte.\n", []),
    ("DIRECT. Guerre au Soudan : frappes sur Kassala\nTexte.\n\nSOUDAN. Autre titre\nTexte.\n", []),
    # a speaker's label before a paragraph is no item
    ("PRÉSENTATEUR : Bonsoir, voici les titres. Des combats à Konna.\n\nCORRESPONDANT : Oui, les tirs ont "
     "commencé vers 20 heures.\n", []),
])
def test_newsletter_items_start_at_their_titles_in_capitals(text, titles):
    assert [text[i:].split()[0] + (" " + text[i:].split()[1] if text[i:].split()[1] in "—–" else "")
            for i in item_starts(text)] == titles


def test_a_newsletter_item_is_a_report_of_its_own():
    # Ukraine, Niger, Sudan: each item's incident at its own place, its own country's places no aside (Ouallam in a
    # letter most of whose places are Ukrainian), and no side of another item's title
    result = sentinelle.extract(_NEWSLETTER, published="2026-03-03")
    got = {(e.sub_event_type, e.location.name, e.actor1.normalized if e.actor1 else None) for e in result.events}
    assert {("shelling_artillery_missile_attack", "Berdiansk", "Military Forces of Russia"),
            ("shelling_artillery_missile_attack", "Kostiantynivka", "Unidentified Armed Group"),
            ("armed_clash", "Ouallam", "Unidentified Armed Group"),
            ("shelling_artillery_missile_attack", "Kassala", "Rapid Support Forces (RSF)")} <= got
    assert all(e.location.name == "Kassala" for e in result.events
               if e.actor1 and e.actor1.normalized == "Rapid Support Forces (RSF)")


def _tolls(text: str) -> set[tuple[str | None, str | None, int | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in _events(text)}


# A headline summing up several incidents is coreferred to the body's: its toll goes to the body incident that
# counts as many dead (not to one where nobody was killed), and its kind, side, target or claim never retype one.
HEADLINES_SUMMED = [
    # Ukraine: a raid that destroyed an empty depot, then a strike that killed two civilians
    ("Ukraine : deux civils tués dans une nouvelle journée de frappes russes dans la région de Kharkiv\n\n"
     "Un avion russe a mené mardi un raid sur un entrepôt désaffecté à Koupiansk, le détruisant entièrement, selon "
     "l'administration régionale.\n\nÀ Balakliia, deux civils, une femme et son fils, ont été tués lorsqu'une frappe a "
     "touché leur maison, a indiqué le gouverneur.",
     {("air_drone_strike", "Koupiansk", None), ("air_drone_strike", "Balakliia", 2)}),
    # Lebanon: three scenes, each opening its sentence on its own village (two of them 3 km apart)
    ("Liban : un combattant et deux civils tués dans des frappes israéliennes dans le Sud\n\nUn avion de combat "
     "israélien a mené mardi un raid sur une maison inhabitée à Markaba, la détruisant entièrement.\n\nÀ Bint Jbeil, "
     "deux civils ont été tués lorsqu'une frappe a touché leur voiture, a indiqué le ministère de la Santé.\n\n"
     "À Aitaroun, un drone a frappé une moto, tuant son conducteur, un combattant du Hezbollah, selon une source "
     "sécuritaire.",
     {("air_drone_strike", "Markaba", None), ("air_drone_strike", "Bint Jbeil", 2),
      ("air_drone_strike", "Aitaroun", 1)}),
    # Central African Republic: "dans deux attaques" does not make the killing of civilians a battle
    ("Centrafrique : un soldat et trois civils tués dans deux attaques dans le Nord\n\nDes rebelles ont attaqué lundi "
     "un poste de l'armée à Batangafo, tuant un soldat, selon une source militaire.\n\nÀ Kaga-Bandoro, trois civils "
     "ont été tués lundi par des hommes armés qui ont fait irruption dans un marché, selon la Minusca.\n\nPlus au "
     "nord, des miliciens ont incendié des greniers à Ndélé, sans faire de victimes.",
     {("armed_clash", "Batangafo", 1), ("attack", "Kaga-Bandoro", 3), ("looting_property_destruction", "Ndélé", 0)}),
    # Sudan: one side's claim and the other side's strikes in one headline make no event at the strikes' town
    ("Soudan : les FSR revendiquent des attaques contre l'armée, nouvelles frappes aériennes sur Nyala\n\nLes Forces "
     "de soutien rapide (FSR) ont affirmé mardi avoir attaqué des positions de l'armée soudanaise près d'El-Obeid, "
     "dans le Kordofan du Nord.\n\nL'aviation de l'armée a de nouveau bombardé lundi l'aéroport de Nyala, selon des "
     "témoins joints par téléphone.",
     {("air_drone_strike", "Nyala", None), ("armed_clash", "El-Obeid", None)}),
    # Haiti: the headline's attack on a police station is not what was hit at the town where two civilians died
    ("Haïti : les gangs revendiquent une attaque contre un commissariat, deux civils tués à Mirebalais\n\nDes bandits "
     "armés ont attaqué lundi le commissariat de Ganthier, selon la police. Les policiers ont résisté pendant "
     "plusieurs heures.\n\nÀ Mirebalais, deux civils ont été tués par balle lundi soir par des inconnus, selon des "
     "habitants.",
     {("attack", "Mirebalais", 2), ("armed_clash", "Ganthier", None)}),
]


@pytest.mark.parametrize("text,expected", HEADLINES_SUMMED)
def test_a_headline_summing_up_several_incidents_goes_to_the_body_ones(text, expected):
    assert _tolls(text) == expected


def test_a_headline_claim_does_not_make_the_other_side_strike_claimed():
    # Nigeria: the group's claim in the headline, the air force's raids in the body
    text = ("Nigeria : Boko Haram revendique une attaque contre des soldats, raids aériens près de Dikwa\n\nLes "
            "jihadistes de Boko Haram ont affirmé jeudi avoir tué plusieurs soldats lors d'une attaque contre une base "
            "à Gubio.\n\nL'armée de l'air nigériane a mené mercredi des raids aériens contre des positions jihadistes "
            "près de Dikwa, selon un communiqué militaire.")
    raids = [e for e in _events(text) if e.location and e.location.name == "Dikwa"]
    assert [e.modality for e in raids] == ["reported"]


def test_a_headline_target_does_not_go_to_another_incident():
    # Haiti: the police station the headline names is the attack on Ganthier's, not what was hit at Mirebalais
    killing = next(e for e in _events(HEADLINES_SUMMED[4][0]) if e.location and e.location.name == "Mirebalais")
    assert killing.target == "civilians"


# "Les combats ont duré ...", naming back with no day of its own the fight told before it, goes on with that story:
# it does not join (and retype) an incident told only in a later paragraph at another place
NAMED_BACK_BEFORE = [
    # DR Congo
    ("Lundi, des rebelles du M23 ont attaqué une position de l'armée à Kitshanga, tuant trois soldats, selon une "
     "source militaire.\n\nSelon l'armée, les assaillants ont utilisé des drones avant de lancer l'assaut. Les "
     "militaires ont riposté et les combats ont duré plusieurs heures.\n\nDans le territoire de Walikale, des "
     "miliciens auraient tué deux cultivateurs près de Pinga dimanche, selon la société civile.",
     ("attack", 2)),
    # Mali
    ("Mardi, des jihadistes ont attaqué le camp militaire de Tessalit, tuant quatre soldats, selon une source "
     "sécuritaire.\n\nSelon l'armée, les assaillants ont utilisé des drones avant de lancer l'assaut. Les soldats ont "
     "riposté et les combats ont duré toute la matinée.\n\nDans la région de Kidal, des hommes armés auraient tué "
     "trois bergers près d'Aguelhok dimanche, selon des notables.",
     ("attack", 3)),
]


@pytest.mark.parametrize("text,expected", NAMED_BACK_BEFORE)
def test_a_fight_named_back_does_not_join_a_later_paragraph(text, expected):
    last = max(_events(text), key=lambda e: min(e.evidence))
    assert (last.sub_event_type, last.fatalities) == expected
    assert last.weapon == []


def test_sentences_opening_on_two_close_towns_are_two_scenes():
    # Gaza: two towns 3 km apart, each opening its sentence
    text = ("À Beit Lahia, trois Palestiniens ont été tués lorsqu'une frappe israélienne a touché leur maison, selon la "
            "Défense civile.\n\nÀ Beit Hanoun, un drone a visé un groupe de jeunes, tuant un adolescent, a indiqué un "
            "responsable hospitalier.")
    assert {(name, f) for _, name, f in _tolls(text)} == {("Beit Lahia", 3), ("Beit Hanoun", 1)}
