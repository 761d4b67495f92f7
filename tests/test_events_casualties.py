"""Casualty figures and number words read by the events stage, on sentences written for the project.

The table in ``tests/data/event_sentences.tsv`` checks the figure of the first
event; these tests check the reading rules one by one (ranges, number words
spaCy splits, victims listed one by one, "nobody was hurt" phrases) and a few
words that must not make an event or a victim.
"""

from __future__ import annotations

import pytest

from sentinelle.events.lexicon import get_lexicon
from sentinelle.events.numbers import parse_number_words


@pytest.fixture(scope="module")
def run(run_kept):
    return run_kept


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("quarante-cinq", 45),
        ("quatre-vingt-dix", 90),
        ("quatre-vingts", 80),
        ("soixante-dix-huit", 78),
        ("vingt et un", 21),
        ("cent vingt", 120),
        ("deux cents", 200),
        ("trois mille", 3000),
        ("morts", None),
    ],
)
def test_number_words(words, value):
    assert parse_number_words(words, get_lexicon("fr")) == value


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        # ranges keep the lower bound
        ("Les bombardements sur Khan Younès ont fait entre 12 et 15 morts, selon la défense civile.", 12, None),
        ("L'attaque au mortier contre le camp de Minawao a fait cinq à huit morts.", 5, None),
        # number words the tokenizer splits
        ("Des hommes armés ont tué quarante-cinq civils à Boni, dans le centre du Mali.", 45, None),
        ("Des miliciens ont tué cent vingt villageois samedi dans le territoire de Djugu.", 120, None),
        # victims listed one by one add up
        ("Le chef du village et son fils ont été tués par l'explosion d'une mine près de Dori.", 2, None),
        # ... also when the parser hangs the second victim on the verb (Colombia, Nigeria)
        ("L'attaque a tué onze militaires et un policier lundi près de Tumaco.", 12, None),
        ("Les jihadistes ont tué six soldats et deux vigiles mardi près de Damboa.", 8, None),
        # copula and intransitive predicates
        ("Quatre soldats sont morts lorsque leur blindé a sauté sur une mine près de Ménaka.", 4, None),
        ("Deux civils ont succombé à leurs blessures après la frappe aérienne sur Ariha.", 2, None),
        # the subject of a causative predicate is the cause, not a victim
        ("Une frappe de drone a coûté la vie à six combattants shebab près de Jamame.", 6, None),
        ("Une frappe israélienne a provoqué la mort de trois secouristes mardi à Nabatieh.", 3, None),
        ("L'explosion d'une mine a entraîné la mort de quatre bergers jeudi près de Tessit.", 4, None),
        # the death told as a noun after a verb of telling, with its victims coordinated (Gaza, Colombia)
        ("La défense civile a signalé la mort de deux secouristes lors d'une frappe à Deir el-Balah.", 2, None),
        ("Le ministre a annoncé lundi la mort de neuf soldats et un policier dans l'attaque de Tumaco.", 10, None),
        # nobody hurt
        ("Les roquettes tirées sur l'aéroport d'Erbil n'ont fait aucune perte humaine.", 0, None),
        ("Le bombardement de Kramatorsk n'a fait ni morts ni blessés, selon le gouverneur.", 0, 0),
        ("Un obus est tombé près de l'hôpital de Mogadiscio sans faire de dégâts ni de victimes.", 0, None),
        # (nobody hurt by a strike is nobody killed either: the corpora code "Personne n'a été blessé", "L'équipage est
        # sain et sauf" 0 dead, 0 wounded)
        ("Le tir de roquettes contre la base de Balad n'a pas fait de blessés, selon la police.", 0, 0),
        # a day before a month is a date, and the dead hung on it still count
        ("Le 3 mars dernier au moins 24 gendarmes nigériens ont péri dans l'assaut d'un poste avancé près "
         "de Tillabéri.", 24, None),
        # the figure before a "dont" subset is the toll
        ("Au moins cinq personnes dont deux enseignants ont été tuées lundi par des hommes armés à Titao.",
         5, None),
        # victims the parser hangs on the day before them, or on a fronted source (Burkina Faso, Lebanon, DR Congo)
        ("Des hommes armés ont tué dimanche quatre civils à Dori.", 4, None),
        ("Les jihadistes ont tué jeudi soir douze soldats près de Djibo.", 12, None),
        ("Une frappe israélienne a tué mercredi trois secouristes à Naqoura.", 3, None),
        ("Selon la société civile, au moins trois civils ont été tués lundi à Beni.", 3, None),
        ("D'après des sources locales, au moins trois civils ont été tués lundi à Beni.", 3, None),
        # wounded to death is killed (Haiti)
        ("Un policier a été mortellement blessé par balle lundi à Port-au-Prince.", 1, None),
        # the toll told by "coûter la vie", a day between (Burkina Faso)
        ("Une attaque a coûté la vie lundi à huit civils à Kaya.", 8, None),
        # a figure opening the sentence, which the tagger may take for anything (Syria)
        ("Neuf soldats ont été tués jeudi près de Palmyre.", 9, None),
        # round figures of army communiqués
        ("On dénombre une vingtaine de soldats tués dans l'attaque de samedi contre le poste de Djibo.", 20, None),
        ("L'armée a annoncé avoir neutralisé une quarantaine de terroristes jeudi près d'Arbinda.", 40, None),
        # a participle right after its victims, whatever the parser hung it on
        ("Samedi, l'état-major a fait état de neuf gendarmes tués et quatre autres blessés lors d'une attaque "
         "près de Kaya.", 9, 4),
        ("Mardi, la police avait fait état de six policiers tués lors d'une embuscade près de Bangassou.", 6, None),
    ],
)
def test_figures(run, sentence, killed, injured):
    doc = run(sentence)
    assert doc._.events, sentence
    event = doc._.events[0]
    assert (event.fatalities, event.injuries) == (killed, injured)


def test_a_machine_shot_down_is_no_victim(run):
    doc = run("Un hélicoptère de l'armée a été abattu par les rebelles au-dessus de Rutshuru.")
    assert all(e.fatalities is None for e in doc._.events)


def test_anti_coup_fighters_are_not_a_coup(run):
    doc = run("Les combattants anti-coup d'État ont affronté les soldats de la junte près de Mindat.")
    assert "other" not in {e.sub_event_type for e in doc._.events}


def test_fighters_scattering_is_not_a_dispersed_protest(run):
    doc = run("Les assaillants se sont dispersés dans la brousse après l'attaque du poste militaire de Sebba.")
    assert "protest_with_intervention" not in {e.sub_event_type for e in doc._.events}


def test_explosives_held_are_not_an_explosion(run):
    doc = run("Les membres de la cellule démantelée à Kirkouk détenaient des bombes artisanales et des détonateurs.")
    assert "remote_explosive_landmine_ied" not in {e.sub_event_type for e in doc._.events}


@pytest.mark.parametrize(("text", "killed"), [
    # Mali, Kenya: a headline with no final stop above the lede on the next line; the lede's first word a figure
    ("Mali : attaque meurtrière près de Gao\nSix soldats ont été tués samedi dans une embuscade près de Gao, selon "
     "l'armée.", 6),
    ("Kenya : quatre policiers tués par une bombe artisanale\nQuatre policiers ont été tués samedi par une bombe "
     "artisanale près de Garissa, selon la police.", 4),
])
def test_a_line_break_ends_the_headline(text, killed):
    from sentinelle import extract

    assert [e.fatalities for e in extract(text, published="2024-06-15").events] == [killed]


@pytest.mark.parametrize(("text", "killed"), [
    # Egypt, Niger, Cameroon: a later figure that is one side of a summed toll counts that side again, it is
    # no lower estimate of the whole toll
    ("Quatre soldats et six assaillants ont été tués jeudi lors d'une attaque près de Rafah, dans le Sinaï. "
     "« Un officier et trois soldats ont été tués », a indiqué l'armée.", 10),
    ("Sept militaires et douze jihadistes ont été tués lundi lors de combats près de Ouallam. Les sept soldats "
     "ont été inhumés mardi.", 19),
])
def test_one_side_told_again_lowers_no_summed_toll(text, killed):
    import sentinelle

    events = sentinelle.extract(text, published="2024-03-05", relevance_gate=False).events
    assert [e.fatalities for e in events] == [killed]


@pytest.mark.parametrize(("text", "killed"), [
    # Cameroon, Burkina Faso: booty taken with the victims ("un important lot d'armes"), which the parser may make
    # the killing verb's object, is no victim; the figure inside quotation marks is the toll
    ("Les rebelles prétendent avoir tué « au moins neuf soldats de l'armée régulière » et récupéré « un important "
     "lot d'armes et de munitions » dimanche à Buea.", 9),
    ("Les jihadistes affirment avoir tué onze soldats et saisi un important stock de munitions lundi près de Djibo.",
     11),
])
def test_booty_is_no_victim(run, text, killed):
    assert [e.fatalities for e in run(text)._.events if e.fatalities] == [killed]
