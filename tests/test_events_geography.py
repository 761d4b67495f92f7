"""Where events happen: one event per named place, broader words that only locate, vague areas kept.

Sentences written for these tests in the style of wire and local reporting from several conflicts.
"""

from __future__ import annotations

import pytest

import sentinelle

# (sentence, publication date, the places of the events, as written, in order)
CASES = [
    # Syria: a part of the country in apposition only says where the town is
    ("Une pluie de roquettes s'est abattue mardi sur la base américaine de Deir ez-Zor, à l'est de la Syrie.",
     "2024-10-23", ["Deir ez-Zor"]),
    # Iraq: the province after the town contains it
    ("Un engin explosif a visé lundi un convoi logistique à Jalawla, province de Diyala.", "2021-06-09", ["Jalawla"]),
    # Somalia: a village located by its region beats the country named in the same clause
    ("En Somalie, les shebab ont attaqué jeudi une base à Dhusoleeyo, dans la région de Bay.", "2015-09-05",
     ["Dhusoleeyo"]),
    # Syria: one trigger, several villages: one event each
    ("L'aviation a bombardé jeudi le secteur de Kafr Nabl, mais aussi Maarat al-Nouman et Saraqeb, dans la province "
     "d'Idleb.", "2019-05-10", ["Kafr Nabl", "Maarat al-Nouman", "Saraqeb"]),
    # Ukraine: the places of two coordinated things hit are two places ("le barrage de A et des installations à B")
    ("La Russie a lancé dans la nuit une attaque massive de missiles et de drones contre l'Ukraine, touchant "
     "notamment le barrage hydroélectrique de Zaporijjia et des installations énergétiques à Kharkiv.",
     "2024-03-22", ["Zaporijjia", "Kharkiv"]),
    # DR Congo: villages the gazetteer lacks, located by their territory, stay two places
    ("Les ADF ont tué dix civils lundi dans les villages de Mabukululu et de Kisimbaka, territoire de Beni.",
     "2023-03-08", ["Mabukululu", "Kisimbaka"]),
    # Burkina Faso: an incident told only with a part of the country is kept, at precision 3
    ("Au moins quatre civils ont été tués mardi par des hommes armés dans le nord du Burkina Faso.", "2019-08-28",
     ["nord du Burkina Faso"]),
    # Niger: the dateline is where the story was filed, not where the ambush was
    ("NIAMEY (AFP) – Des hommes armés ont tué douze soldats dimanche dans une embuscade près de Tillabéri, selon "
     "l'armée.", "2021-03-22", ["Tillabéri"]),
    # Mali: a dateline with its date; the incident is told only with a part of "the country"
    ("Bamako, 12 mars (AFP) - Au moins vingt civils ont été tués jeudi dans l'attaque de leur village dans le centre "
     "du pays, ont indiqué des élus locaux.", "2022-03-12", ["centre du pays"]),
    # CAR, Sudan, DR Congo: wire datelines with the country, the date and the agency ("VILLE (Pays), date (Agence)
    # –"); the filing town is not where the incident was
    ("KAGA-BANDORO (Centrafrique), 13 mai 2025 (APA) – Au moins six civils ont été tués dimanche lors "
     "d'affrontements entre groupes armés près de Batangafo.", "2025-05-13", ["Batangafo"]),
    ("KOSTI (Soudan), 12 mai 2025 (AFP) - Un drone a frappé dimanche un marché de Kadugli, tuant neuf personnes.",
     "2025-05-12", ["Kadugli"]),
    ("GOMA (RDC), 12 mai 2025 (ACP).- Des miliciens ont tué cinq civils dimanche à Rutshuru.", "2025-05-12",
     ["Rutshuru"]),
    # Mozambique, Mali, Niger: "Ville, le 3 mai (Reuters) —", a weekday before the date, a doubled dash
    ("Mueda, le 12 mai (Reuters) — Des insurgés ont incendié dimanche une dizaine de maisons à Muidumbe.",
     "2025-05-12", ["Muidumbe"]),
    ("Bamako, mardi 13 mai 2025 – Des hommes armés ont tué quatre villageois dimanche à Tominian.", "2025-05-13",
     ["Tominian"]),
    ("NIAMEY, 13 mai 2025 (Xinhua) -- Des hommes armés ont tué sept soldats dimanche près de Banibangou.",
     "2025-05-13", ["Banibangou"]),
    # Burkina Faso: an outlet's dateline with a bar
    ("Ouagadougou | Au moins 14 civils ont été tués jeudi à Kolbéri, un village de la commune de Pissila.",
     "2019-07-27", ["Kolbéri"]),
    # Afghanistan: provinces with a part of the country in apposition: one event per province
    ("Des frappes aériennes ont visé lundi les provinces de Nangarhar et de Laghman, également dans l'est du pays, "
     "selon les talibans.", "2025-11-25", ["Nangarhar", "Laghman"]),
    # Lebanon: villages a few kilometres apart, listed by one trigger, are one event each
    ("Les frappes israéliennes ont ciblé mardi plusieurs villages, notamment Khiam et Kfarkela, et les environs de "
     "Marjayoun, dans le sud du Liban.", "2024-08-14", ["Khiam", "Kfarkela", "Marjayoun"]),
    # Burkina Faso: "près de A et dans le sud de la province de B"
    ("Des combats ont opposé samedi l'armée aux jihadistes près de Djibo et dans le sud de la province du Soum, au "
     "Burkina Faso.", "2023-12-31", ["Djibo", "Soum"]),
    # West Bank: "A, à l'est de B" locates A, it is no list of two places
    ("Les forces israéliennes ont arrêté jeudi quatre jeunes à Beita, au sud de Naplouse, selon WAFA.", "2025-11-14",
     ["Beita"]),
    # Afghanistan: a province spelled the French way, a part of the country in apposition
    ("Des hommes armés ont enlevé vendredi trois humanitaires dans la province de Badakhchan, dans le nord de "
     "l'Afghanistan.", "2008-07-19", ["Badakhchan"]),
    # DR Congo: districts listed
    ("Des affrontements ont eu lieu mercredi dans les districts de Rutshuru et de Masisi, dans le Nord-Kivu.",
     "2024-02-09", ["Rutshuru", "Masisi"]),
    # Mali, Cameroon: the incident named again only to say where ("les faits se sont déroulés", "le drame a eu
    # lieu") places it more precisely than the part of the country told first
    ("Trois infirmiers ont été enlevés mardi dans le centre du Mali, a indiqué leur ONG. Les faits se sont déroulés "
     "dans la région de Ségou.", "2024-03-09", ["Ségou"]),
    ("Deux enseignants ont été tués lundi dans le nord du Cameroun. Le drame a eu lieu à Mora, selon les autorités.",
     "2024-03-09", ["Mora"]),
    # Burkina Faso, Nigeria, DR Congo: a stretch of road between two towns is one place (the first, precision 2)
    ("Dimanche, un véhicule a sauté sur une mine sur la route entre Dori et Sebba.", "2022-10-17", ["Dori"]),
    ("Un engin explosif a visé mardi un convoi militaire sur l'axe Maiduguri-Damboa.", "2022-10-17",
     ["Maiduguri"]),
    ("Des hommes armés ont tendu une embuscade jeudi sur le tronçon Mora-Kousseri.", "2022-10-17", ["Mora"]),
    # ... also when the second town's name is itself hyphened
    ("Un camion a sauté mardi sur une mine sur l'axe Djibo-Gorom-Gorom.", "2022-10-17", ["Djibo"]),
    # Burkina Faso, Iraq: a province in apposition right after the town only says where the town is
    ("Dimanche, le poste militaire de Djibo, dans la province du Soum, a été la cible d'une attaque de groupes armés.",
     "2022-10-17", ["Djibo"]),
    ("Une roquette est tombée lundi sur Tikrit (province de Salaheddine), selon la police.", "2022-10-17",
     ["Tikrit"]),
    # ... while two towns of an incident told apart stay two places
    ("Des combats ont eu lieu lundi à Dori et à Sebba.", "2022-10-17", ["Dori", "Sebba"]),
    # Haiti: a town coordinated as "the neighbouring commune of B" is the second place of the list
    ("La police a arrêté mardi quatre suspects à Tabarre et dans la commune voisine de Delmas.", "2024-04-10",
     ["Tabarre", "Delmas"]),
    # ... while "A, voisine de B" only locates A (Burkina Faso)
    ("Des jihadistes ont attaqué lundi Sebba, voisine de Mansila, tuant trois civils.", "2022-10-17", ["Sebba"]),
    # Nigeria: the same area told again later is the same incident
    ("Des combattants de l'Iswap ont tué six soldats samedi à Gwandaramti, une localité du nord de l'État de Borno. "
     "L'attaque a eu lieu dans le nord-est du Nigeria, selon l'armée.", "2020-09-14", ["Gwandaramti"]),
]


@pytest.mark.parametrize(("sentence", "published", "places"), CASES)
def test_event_places(nlp, sentence, published, places):
    from sentinelle.extraction import ArticleInput, _prepare

    doc = _prepare(nlp, ArticleInput(text=sentence, published=published))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    got = [e.location.name for e in doc._.events]
    assert got == places, [(e.sub_event_type, e.location) for e in doc._.events]


def test_a_vague_area_has_no_guessed_province(nlp):
    doc = nlp("Des frappes ont visé mercredi des positions rebelles dans le sud du Soudan du Sud.")
    areas = [e.location for e in doc._.events if e.location and e.location.precision == 3]
    assert areas and all(loc.admin1 is None for loc in areas)


def test_a_headline_place_is_not_a_dateline(nlp):
    doc = nlp("Gao : trois soldats tués dans une embuscade\n\nTrois soldats ont été tués lundi dans une embuscade.")
    assert [p.kind for p in doc._.place_mentions if p.text == "Gao"] == ["city"]


def test_a_wire_dateline_with_its_country_is_a_dateline(nlp):
    # (its town locates nothing; a name in its parentheses is the country or the agency, never the incident's place)
    doc = nlp("KAGA-BANDORO (Centrafrique), 13 mai 2025 (APA) – Des hommes armés ont tué deux civils dimanche.")
    assert [p.kind for p in doc._.place_mentions] == ["dateline", "country"]


def test_the_dateline_town_named_again_locates_the_event(nlp):
    doc = nlp("MOGADISCIO (Reuters) - Une voiture piégée a explosé lundi près du port de Mogadiscio.")
    assert [p.kind for p in doc._.place_mentions][:1] == ["dateline"]
    assert [e.location.place for e in doc._.events] == ["Port of Mogadishu"]


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali: a communiqué signed in the capital; the incident is where the text says
    ("Les FAMa ont neutralisé douze terroristes lundi près de Douentza, selon l'état-major.\n\n"
     "Bamako, le 14 février 2023", [("armed_clash", "Douentza")]),
    # Burkina Faso: the signature line locates nothing
    ("Une patrouille est tombée dans une embuscade lundi, trois soldats ont été tués.\n\n"
     "Fait à Ouagadougou, le 3 mai 2023", []),
    # Senegal: the article is about one town, named twice; the clash told paragraphs later is there
    ("Au Sénégal, le rassemblement de l'opposition avait été interdit par le préfet. La police a bouclé dimanche les "
     "principales places, à Dakar.\n\nNotre correspondant à Dakar a suivi la journée.\n\nDans les ruelles voisines, des "
     "jeunes ont lancé des pierres sur les policiers, qui ont riposté par des gaz lacrymogènes.",
     [("violent_demonstration", "Dakar")]),
])
def test_signature_lines_and_the_articles_only_town(nlp, text, wanted):
    from sentinelle.extraction import ArticleInput, _prepare

    doc = _prepare(nlp, ArticleInput(text=text, published="2023-05-04"))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(e.sub_event_type, e.location.name) for e in doc._.events] == wanted


def test_an_article_naming_two_towns_lends_neither_to_an_unplaced_incident(nlp):
    # Cameroon: two towns named; the ambush told apart from both has no place of its own
    doc = nlp("Le gouverneur a visité mardi Maroua puis Mokolo.\n\nLe préfet a parlé aux élus.\n\n"
              "Une embuscade a coûté la vie à quatre soldats mardi, selon une source sécuritaire.")
    assert [e.location.name for e in doc._.events if e.location] == []


@pytest.mark.parametrize(("sentence", "opening", "name", "label", "kept"), [
    # Mali: the tagger may call a military camp named with its town a MISC entity; the town still locates
    ("Les insurgés revendiquent l'attaque du camp militaire de Tessit, où vingt soldats ont été tués.", "camp",
     "Tessit", "MISC", True),
    # Somalia: a base named with its town
    ("Les shebab ont attaqué la base militaire de Baledogle dans la nuit.", "base", "Baledogle", "MISC", True),
    # Mali: a town inside the name of an organisation is no place of the event
    ("Le Mouvement pour le salut de Ménaka a condamné l'attaque.", "Mouvement", "Ménaka", "ORG", False),
])
def test_a_site_named_with_its_town_inside_a_tagged_entity(nlp, sentence, opening, name, label, kept):
    from spacy.tokens import Span

    from sentinelle.events.arguments import usable_places

    doc = nlp(sentence)
    end = sentence.index(name) + len(name)
    span = doc.char_span(sentence.index(opening), end, alignment_mode="expand")
    doc.ents = [Span(doc, span.start, span.end, label=label)]
    places = [p for p in doc._.place_mentions if p.text == name]
    assert places, [p.text for p in doc._.place_mentions]
    assert (usable_places(doc, places, []) == places) is kept


@pytest.mark.parametrize(("sentence", "place"), [
    # DR Congo: a capital after "à" is where it happened, not the government acting ("Kinshasa accuse ...")
    ("Un commissariat a été incendié par des jeunes en colère à Kinshasa.", "Kinshasa"),
    # Mali
    ("La mairie a été saccagée par des manifestants à Bamako.", "Bamako"),
])
def test_a_capital_after_a_locative_word_is_a_place(nlp, sentence, place):
    assert [e.location.name for e in nlp(sentence)._.events if e.location] == [place]


@pytest.mark.parametrize(("text", "wanted"), [
    # Mozambique: a sentence that names its own place, unknown to the gazetteer, does not borrow the town of the
    # sentence before ("dans le district de X" 150 km away): X is in the article's one province (places/province.py)
    ("Des insurgés ont décapité lundi trois civils près de Mocímboa da Praia, dans la province de Cabo Delgado. Le "
     "lendemain, les forces rwandaises ont affronté les insurgés dans le district de Nkalowenda, tuant six d'entre "
     "eux.", ["Mocímboa da Praia", "Nkalowenda"]),
    # Burundi: a neighbourhood the gazetteer lacks is in the town the paragraph names
    ("Des heurts ont éclaté lundi à Bujumbura. Les manifestants ont affronté la police dans le quartier de "
     "Kanyosha-Rural, selon des témoins.", ["Bujumbura"]),
])
def test_an_unknown_place_named_in_the_sentence_is_not_another_town(nlp, text, wanted):
    events = nlp(text)._.events
    assert [e.location.name for e in events] == wanted
    assert all(e.location.precision == 3 for e in events if e.location.name not in e.location.place)


@pytest.mark.parametrize(("text", "wanted"), [
    # Haiti: a firefight told a paragraph later at a named street is in the town of the attack told before (at a
    # quarter of it, a curated row)
    ("Des hommes armés ont attaqué lundi le quartier de Bel-Air, à Port-au-Prince, tuant quatre personnes.\n\n"
     "Mardi, la police est intervenue. Des échanges de tirs ont opposé les policiers aux bandits sur l'avenue "
     "Christophe.", [("attack", "Bel-Air"), ("armed_clash", "Bel-Air")]),
    # Niger: a march on a named boulevard
    ("Un engin explosif a tué deux policiers lundi à Niamey.\n\nMercredi, des manifestants ont défilé sur le "
     "boulevard de l'Indépendance.", [("remote_explosive_landmine_ied", "Niamey"), ("peaceful_protest", "Niamey")]),
    # Somalia: an avenue named after a city
    ("Les shebab ont tiré des obus de mortier lundi sur Baidoa.\n\nMardi, des centaines d'habitants ont manifesté "
     "sur l'avenue Maka Al Mukarama.", [("shelling_artillery_missile_attack", "Baidoa"), ("peaceful_protest", "Baidoa")]),
    # Mali: no street named, no place carried across the paragraph break
    ("Une frappe de drone a tué trois civils lundi à Kidal.\n\nMardi, des hommes armés ont attaqué un poste de police.",
     [("air_drone_strike", "Kidal")]),
    # Mali: the incident before is placed only at a country: the street says nothing of the town
    ("Des combats ont opposé l'armée aux jihadistes lundi au Mali.\n\nMardi, des manifestants ont défilé sur le "
     "boulevard de l'Indépendance.", []),
])
def test_a_named_street_is_in_the_town_of_the_incident_told_before(nlp, text, wanted):
    assert [(e.sub_event_type, e.location.name) for e in nlp(text)._.events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Nigeria, Somalia, Haiti: a verbless headline telling a killing at a town and a dispersed march: the town is
    # the killing's member's, the march is where the article tells it
    ("Quatre soldats tués par l'ISWAP à Monguno, une manifestation dispersée\n\nQuatre soldats ont été tués lundi "
     "par des combattants de l'ISWAP à Monguno.\n\nMardi, des centaines d'habitants ont manifesté à Maiduguri contre "
     "l'insécurité. La police les a dispersés à coups de gaz lacrymogène.",
     [("protest_with_intervention", "Maiduguri"), ("armed_clash", "Monguno")]),
    ("Trois civils tués par les shebab à Afgoye, une manifestation dispersée\n\nTrois civils ont été tués lundi par "
     "les shebab à Afgoye.\n\nMardi, des centaines d'habitants ont manifesté à Mogadiscio contre l'insécurité. La "
     "police les a dispersés à coups de gaz lacrymogène.",
     [("protest_with_intervention", "Mogadiscio"), ("attack", "Afgoye")]),
    ("Trois policiers tués par des gangs à Mirebalais, une manifestation dispersée\n\nTrois policiers ont été tués "
     "lundi par des membres de gangs à Mirebalais.\n\nMardi, des centaines d'habitants ont manifesté à Hinche contre "
     "l'insécurité. La police les a dispersés à coups de gaz lacrymogène.",
     [("protest_with_intervention", "Hinche"), ("armed_clash", "Mirebalais")]),
])
def test_a_headline_member_keeps_its_place(nlp, text, wanted):
    from sentinelle.extraction import ArticleInput, _prepare

    doc = _prepare(nlp, ArticleInput(text=text, published="2024-03-13"))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [(e.sub_event_type, e.location.name) for e in doc._.events] == wanted


@pytest.mark.parametrize(("text", "place"), [
    # Niger, Mali, DR Congo: a place inside a source's phrase ("selon une source à X", "selon des transporteurs
    # joints à X") is where the source was; the incident's own place wins, and it is used only when the sentence
    # names no other
    ("D'après une source sécuritaire à Maradi, des bandits ont tué six villageois mardi à Guidan Roumdji.",
     "Guidan Roumdji"),
    ("Des hommes armés ont enlevé samedi douze passagers près de Konna, selon des transporteurs joints à Sévaré.",
     "Konna"),
    ("Selon des habitants joints à Bukavu, des miliciens ont attaqué mardi le village de Kibirizi, dans le "
     "territoire de Rutshuru.", "Kibirizi"),
    # near miss: the source's town is the only place named
    ("Selon une source sécuritaire à Maradi, des bandits ont tué six villageois mardi.", "Maradi"),
])
def test_where_a_source_was_is_not_where_it_happened(text, place):
    events = sentinelle.extract(text, published="2024-05-12", relevance_gate=False).events
    assert [e.location.name for e in events if e.location] == [place]


@pytest.mark.parametrize(("text", "place"), [
    # Nigeria: a local government area is named after its headquarters ("la LGA de X", "la zone de gouvernement
    # local de X"), written with or without the accent of "État" in the state that follows
    ("Samedi, des bandits ont tué douze villageois dans la LGA de Gusau, dans l'Etat de Zamfara.", "Gusau"),
    ("Samedi, des bandits ont tué douze villageois dans la LGA de Tsafe, dans l'État de Zamfara.", "Tsafe"),
    ("Samedi, des hommes armés ont enlevé trente fidèles dans une église de la zone de gouvernement local de "
     "Kajuru, dans l'État de Kaduna.", "Kajuru"),
])
def test_a_local_government_area_is_its_headquarters(text, place):
    events = sentinelle.extract(text, published="2024-05-12", relevance_gate=False).events
    assert [(e.location.name, e.location.precision) for e in events if e.location] == [(place, 2)]


@pytest.mark.parametrize(("text", "wanted"), [
    # Haiti, Sudan: a known quarter or camp written with its town ("le quartier de X, à Y") is one place, the
    # quarter's: the town only says where it is
    ("Des hommes armés ont attaqué lundi le quartier de Bel-Air, à Port-au-Prince, tuant quatre personnes.",
     [("Bel-Air", 4)]),
    ("Des gangs ont incendié lundi des maisons à Tabarre, dans la capitale haïtienne.", [("Tabarre", None)]),
    # near miss, DR Congo: two towns far apart are two places
    ("Des miliciens ont attaqué lundi Bunia et Mambasa, tuant quatre personnes.", [("Bunia", None), ("Mambasa", None)]),
])
def test_a_quarter_written_with_its_town_is_one_place(text, wanted):
    events = sentinelle.extract(text, published="2024-05-12", relevance_gate=False).events
    assert [(e.location.name, e.fatalities) for e in events if e.location] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Ukraine, Yemen: a part of a town ("le district de X", "le quartier de X") that the gazetteer reads as a town of
    # that name far away is a part of the town that frames it, written right after it or earlier in the sentence
    ("Samedi, des bombardements ont touché un immeuble dans le district de Dnipro, à Kherson.", ["Kherson"]),
    ("À Taëz, des tirs de drone ont visé samedi le quartier d'Al-Rawdah.", ["Taëz"]),
    # near misses: a quarter near its town is the quarter's own place; two towns far apart stay two
    ("Des hommes armés ont attaqué lundi le quartier de Bel-Air, à Port-au-Prince.", ["Bel-Air"]),
    ("Samedi, des missiles ont frappé Kherson et Dnipro.", ["Kherson", "Dnipro"]),
])
def test_a_part_of_a_town_named_like_a_town_elsewhere(text, wanted):
    events = sentinelle.extract(text, published="2024-06-19", relevance_gate=False).events
    assert [e.location.name for e in events if e.location] == wanted


@pytest.mark.parametrize(("text", "place"), [
    # Gaza, Sudan: a place after a thing an attack hits ("une maison de X", "l'hôpital de X") locates the attack,
    # also where the tagger reads the name as a person's (unlike "les vacances de Noel")
    ("Une frappe israélienne a détruit mardi une maison de Jabalia, tuant cinq personnes.", "Jabalia"),
    ("Une frappe aérienne a touché mardi une maison de Beit Lahia, tuant trois enfants.", "Beit Lahia"),
])
def test_a_thing_hit_of_a_place(text, place):
    events = sentinelle.extract(text, published="2024-05-28", relevance_gate=False).events
    assert [e.location.name for e in events if e.location] == [place]



@pytest.mark.parametrize(("text", "place"), [
    # Mozambique, Burkina Faso, DR Congo, Nigeria, Niger, Sudan: the next sentence tells the incident without a
    # place; of "à X, un village du district de Y, à 100 km au nord de Z" it happened at X: Y only says where X is,
    # and Z, the last name written, is a reference point 100 km away
    ("Dans la nuit de samedi à dimanche, des insurgés ont fait irruption à Namaluco, un village du district de "
     "Quissanga, à une centaine de kilomètres au nord de Pemba. Selon des habitants, deux hommes ont été décapités "
     "et plusieurs maisons incendiées.", "Namaluco"),
    ("Jeudi soir, des hommes armés ont fait irruption à Nagraogo, un hameau de la commune de Barsalogho, à une "
     "quarantaine de kilomètres au nord de Kaya. Ils ont tué sept civils, selon une source locale.", "Nagraogo"),
    ("Des miliciens ont fait irruption mardi à Kikuku, une localité du territoire de Rutshuru, à environ 130 km au "
     "sud de Butembo. Quatre civils ont été tués à la machette, selon la société civile.", "Kikuku"),
    ("Des hommes armés ont fait irruption dimanche à Kwatas, un village de la zone de gouvernement local de Bokkos, "
     "à une soixantaine de kilomètres au sud de Mangu. Au moins douze villageois ont été tués, a indiqué la police.",
     "Kwatas"),
    ("Des hommes armés à moto ont fait irruption lundi à Tchoma Bangou, un village de la commune de Tondikiwindi, "
     "à une trentaine de kilomètres au nord-ouest de Ouallam. Ils ont tué quatorze villageois.", "Tchoma Bangou"),
    ("Les Forces de soutien rapide ont fait irruption mercredi à Wad Ashana, un village de la localité de Kosti, à "
     "une cinquantaine de kilomètres au sud de Rabak. Au moins vingt civils ont été tués, selon des médecins.",
     "Wad Ashana"),
    # Nigeria: a known town with its reference point ("X, à 30 km au sud de Z")
    ("Des combattants de Boko Haram ont fait irruption mardi soir à Ngoshe, une localité du district de Gwoza, à "
     "une trentaine de kilomètres au sud de Bama. Trois fermiers ont été égorgés, selon un chef de milice.",
     "Ngoshe"),
    # near miss: the incident told in the sentence itself was already at X
    ("Des insurgés ont attaqué dimanche Namaluco, un village du district de Quissanga, à une centaine de kilomètres "
     "au nord de Pemba, tuant deux civils.", "Namaluco"),
])
def test_an_incident_told_next_is_not_at_the_reference_town(text, place):
    events = sentinelle.extract(text, published="2024-03-10").events
    assert [e.location.name for e in events if e.location] == [place]


@pytest.mark.parametrize(("text", "place"), [
    # Central African Republic, Burkina Faso, Nigeria, Somalia: "à 20 km de A, sur la route de B": the distance the
    # clause gives measures from A where it happened; B only says where the road leads
    ("Des hommes armés ont attaqué mardi un convoi humanitaire à 20 km de Kaga-Bandoro, sur la route de Mbrès, "
     "tuant un chauffeur.", "Kaga-Bandoro"),
    ("Un engin explosif a frappé lundi un véhicule de l'armée à une vingtaine de kilomètres de Kaya, en direction de "
     "Dori, tuant trois soldats.", "Kaya"),
    ("Des bandits ont enlevé dimanche une trentaine de passagers à une dizaine de kilomètres de Gusau, sur la route "
     "de Tsafe.", "Gusau"),
    ("Les shebab ont tendu une embuscade jeudi à un convoi de l'Union africaine à 15 km de Baidoa, sur la route de "
     "Bardale, tuant quatre soldats.", "Baidoa"),
    # the same after a town and its reference point: one incident, at the town
    ("Des jihadistes ont attaqué lundi Silgadji, à 40 km de Djibo, sur la route de Tongomayel, tuant six civils.",
     "Silgadji"),
    # told in the next sentence: near the first town of the road, not its far end
    ("Mardi, une patrouille de Casques bleus circulait à une quinzaine de kilomètres au sud de Kaga-Bandoro, sur "
     "l'axe Kaga-Bandoro-Mbrès. Des hommes armés ont ouvert le feu sur elle, tuant un Casque bleu.", "Kaga-Bandoro"),
    ("Jeudi matin, un convoi de ravitaillement roulait sur l'axe Kaya-Dori. Un engin explosif a sauté au passage "
     "d'un camion, tuant deux soldats.", "Kaya"),
    # near miss: a road named alone is near the town it leads to
    ("Des bandits ont enlevé dimanche une trentaine de passagers sur la route de Tsafe.", "Tsafe"),
])
def test_a_distance_from_a_town_on_the_road_to_another(text, place):
    events = sentinelle.extract(text, published="2024-03-10").events
    assert [e.location.name for e in events if e.location] == [place]


@pytest.mark.parametrize(("text", "place", "precision"), [
    # South Sudan, Niger, DR Congo, Mozambique, Ukraine: the division that opens the clause ("Dans le comté d'A, ...")
    # sets the scene; the place the clause names in it is where it happened, however the division is named
    ("Dans le comté d'Akobo, des miliciens ont attaqué mardi un campement de bétail à Walgak, tuant neuf éleveurs.",
     "Walgak", 1),
    ("Toujours dans le département de Tillabéri, à Dareybangou, trois commerçants ont été enlevés samedi sur la "
     "route du marché.", "Dareybangou", 3),
    # (a name only placed in the province is near the town its division is called after)
    ("Dans le territoire de Rutshuru, des rebelles ont enlevé dimanche six agriculteurs à Kisharo, selon la société "
     "civile.", "Kisharo", 2),
    ("Dans la province de Cabo Delgado, les insurgés ont attaqué lundi un poste de police à Ancuabe.", "Ancuabe", 3),
    ("Dans l'oblast de Kharkiv, un drone russe a frappé mardi un entrepôt à Balakliïa, blessant deux employés.",
     "Balakliïa", 1),
    # near miss: "le district d'A de la ville de B" names a part of B, not a scene
    ("Des hommes armés ont tué quatre civils dans le district de Bent de la ville de Chabahar, selon l'agence "
     "officielle.", "Bent", 2),
])
def test_a_division_opening_the_clause_frames_its_place(text, place, precision):
    events = sentinelle.extract(text, published="2024-03-10").events
    assert [(e.location.name, e.location.precision) for e in events if e.location] == [(place, precision)]
