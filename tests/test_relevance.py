"""The relevance gate (sentinelle.relevance): which articles skip the parser, and what that can cost.

Sentences written for these tests, from several conflicts and from ordinary news. The first check
(triggers) loses nothing; the second (context, ``relevance.yaml``) is tested on short reports that must
pass and ordinary news with look-alike words that must not, and on every article of the corpora and
examples.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from sentinelle.errors import DataFileError
from sentinelle.events.lexicon import word_key
from sentinelle.extraction import LONG_TEXT, ArticleInput, extract, extract_many
from sentinelle.relevance import MODE_ENV, NO_INCIDENT_LANGUAGE, RelevanceGate, get_gate
from sentinelle.relevance_data import context_language
from tests.conftest import DEV, REPO, WIDE, WIDE2

# (conflict, sentence): each holds incident language and must reach the full pipeline
INCIDENT = [
    ("sahel", "Des hommes armés ont attaqué un poste de gendarmerie dans la nuit de samedi à dimanche."),
    ("sahel", "Trois soldats ont péri dans l'explosion d'un engin au passage de leur patrouille."),
    ("syria", "Des frappes aériennes ont visé un marché de la province, selon une ONG."),
    ("iraq", "Deux roquettes se sont abattues près de l'aéroport mardi soir."),
    ("drc", "Les rebelles ont enlevé une vingtaine de villageois près de la frontière."),
    ("somalia", "Un kamikaze s'est fait exploser devant un hôtel de la capitale."),
    ("nigeria", "Les assaillants ont incendié plusieurs maisons du village."),
    ("colombia", "Des échanges de tirs ont opposé l'armée à une faction dissidente."),
    ("haiti", "Des gangs ont pillé des entrepôts du port, faisant deux morts."),
    ("ukraine", "Des drones ont bombardé des infrastructures énergétiques dans la nuit."),
    ("ukraine", "Les bombardements ont repris sur la ville à l'aube."),
    ("kenya", "Des manifestants ont affronté la police devant le parlement."),
    # wounded "par balle" names the shooting, as "tué par balle" does (triggers.yaml shot_wounded)
    ("drc", "Une dizaine de civils ont été blessés par balle."),
]

# (conflict, sentence): casualty words or non-event cues with no trigger. They only qualify a trigger of
# their sentence, so the full pipeline finds nothing here, and the gate keeps such articles out
QUALIFIERS_ONLY = [
    ("sahel", "Trois soldats ont péri."),
    ("lebanon", "Le mouvement chiite a démenti toute implication."),
    ("lebanon", "Le chef du mouvement a menacé de riposter."),
    ("drc", "Une dizaine de civils ont été blessés par l'effondrement du pont."),
    ("iraq", "Le groupe a revendiqué l'opération dans un communiqué."),
    ("colombia", "Le bilan s'élève à quatre morts et sept blessés, selon la Défense civile."),
    ("ordinary", "Un accident de la route a fait un mort et trois blessés vendredi soir."),
    ("ordinary", "Le maire a promis une réponse rapide aux sinistrés."),
]

# ordinary news: no word of incident language, never parsed
ORDINARY = [
    "Le club a remporté la finale de la coupe au terme d'un match très disputé.",
    "La Bourse de Paris a clôturé en hausse de 1,2 % vendredi, portée par le secteur du luxe.",
    "Le chômage recule au troisième trimestre selon les chiffres publiés jeudi.",
    "Le festival de jazz accueillera cette année une quarantaine de concerts en plein air.",
    "Il pleuvra sur la Bretagne demain, avec des éclaircies l'après-midi.",
    "La nouvelle ligne de tramway sera inaugurée au printemps prochain.",
    "Le roman de l'écrivaine a reçu le prix des lycéens cette semaine.",
    "Les prix de l'énergie devraient baisser légèrement cet hiver.",
]


# (conflict, report): one- or two-sentence reports, briefs and headlines, that must reach the parser
# although most of their trigger words are everyday words ("attaque", "frappé", "tués", "enlevé")
REPORTS = [
    # a device going off, told by its own verb and nothing else
    ("nigeria", "Une bombe a explosé mardi sur le marché de Maiduguri."),
    ("ukraine", "Deux obus ont explosé près d'une école de Donetsk."),
    ("sahel", "Deux morts dans une attaque à Djibo."),
    ("sahel", "Une embuscade tendue par des jihadistes présumés a coûté la vie à quatre soldats près de Ménaka."),
    ("sahel", "Des individus armés ont incendié l'école du village dans la nuit de lundi à mardi."),
    ("sahel", "Un car de transport a sauté sur un engin explosif entre Dori et Sebba, faisant six morts."),
    ("sahel", "L'armée affirme avoir neutralisé une trentaine de terroristes lors d'une opération près de Tillabéri."),
    ("sahel", "Attaque terroriste à Titao : au moins quinze morts, selon une source locale."),
    ("sahel", "Le camp militaire de Boulkessi a été la cible d'une attaque complexe dimanche à l'aube."),
    ("sahel", "Nouvelle attaque dans le nord du pays.\nAu moins sept civils ont perdu la vie, selon des sources locales."),
    ("syria", "Une frappe de drone a visé une voiture près d'Idleb mardi, selon une ONG."),
    ("syria", "Des tirs d'artillerie ont touché plusieurs quartiers du sud de la province."),
    ("syria", "Quatre combattants kurdes ont été tués dans des affrontements avec des factions pro-turques."),
    ("iraq", "Une bombe artisanale a explosé au passage d'une patrouille de police à Kirkouk."),
    ("iraq", "Deux roquettes se sont abattues sur une base abritant des soldats étrangers."),
    ("iraq", "Des hommes armés ont enlevé un commerçant à la sortie de Bakouba."),
    ("lebanon", "L'aviation israélienne a frappé une maison à Nabatiyé, tuant trois personnes."),
    ("lebanon", "Le Hezbollah a revendiqué des tirs de missiles antichars contre une position israélienne."),
    ("drc", "Les ADF ont tué au moins dix civils dans un village du territoire de Beni."),
    ("drc", "De violents combats opposent depuis l'aube l'armée aux rebelles du M23 autour de Sake."),
    ("drc", "Une dizaine de femmes ont été enlevées par des miliciens près de Djugu."),
    ("drc", "Des militaires ont pillé des boutiques du marché central de Bunia."),
    ("somalia", "Un kamikaze s'est fait exploser à l'entrée d'un restaurant de Mogadiscio."),
    ("somalia", "Les shebab ont attaqué une base de l'armée dans la région du Bas-Shabelle."),
    ("nigeria", "Des bandits ont kidnappé plus de quatre-vingts élèves d'une école de l'Etat de Kaduna."),
    ("nigeria", "Des combattants de Boko Haram ont pillé et incendié le village de Gwoza."),
    ("nigeria", "Des heurts entre éleveurs et agriculteurs ont fait cinq morts dans l'Etat du Plateau."),
    ("colombia", "Deux policiers ont été abattus par des dissidents des FARC dans le département du Cauca."),
    ("colombia", "L'ELN a fait exploser une charge explosive sur un oléoduc de l'Arauca."),
    ("haiti", "Des membres de gangs ont ouvert le feu sur des passants à Port-au-Prince."),
    ("haiti", "Les gangs ont incendié des maisons à Carrefour, poussant des centaines d'habitants à fuir."),
    ("haiti", "Un missionnaire a été kidnappé à Croix-des-Bouquets samedi."),
    ("ukraine", "Une attaque de drones russes a touché un immeuble d'habitation à Odessa, faisant trois blessés."),
    ("ukraine", "Des bombardements ont frappé la ville de Kharkiv dans la nuit."),
    ("mexico", "Un commando a tué six personnes dans un bar de Celaya."),
    ("mexico", "Des affrontements entre l'armée et des membres d'un cartel ont fait quatre morts dans le Sinaloa."),
    ("senegal", "La police a dispersé au gaz lacrymogène des manifestants qui réclamaient la libération d'un opposant."),
    ("kenya", "Des milliers de personnes ont manifesté à Nairobi contre la hausse des impôts."),
    ("guinea", "Un jeune a été tué par balle lors d'une manifestation à Conakry."),
    ("new caledonia", "Des émeutes ont éclaté dans plusieurs quartiers de Nouméa."),
    ("france", "Des centaines d'agriculteurs se sont rassemblés devant la préfecture pour dénoncer les normes."),
    ("bangladesh", "Des étudiants ont affronté la police à Dacca, faisant des dizaines de blessés."),
    ("mali", "Trois humanitaires ont été enlevés mardi près de Gao."),
    ("mali", "La marche de l'opposition a été dispersée samedi à Bamako."),
    ("burkina", "Les forces de sécurité ont interpellé cinq suspects après l'attaque de dimanche."),
    ("tunisia", "Un opposant a été arrêté à son domicile par des agents de la garde nationale."),
    ("south africa", "Des jeunes ont saccagé et pillé des centres commerciaux de Durban."),
    ("sudan", "Les Forces de soutien rapide ont bombardé un camp de déplacés à El-Fasher."),
    ("yemen", "Les Houthis ont lancé des missiles balistiques vers un navire en mer Rouge."),
    ("mozambique", "Des insurgés ont décapité plusieurs villageois dans la province de Cabo Delgado."),
    ("pakistan", "Une explosion a fait au moins douze morts sur un marché de Peshawar."),
    ("cameroon", "Des séparatistes ont enlevé un chef traditionnel dans le Nord-Ouest."),
    ("niger", "Deux enfants tués par des hommes armés à Tillia."),
    ("chad", "Des affrontements intercommunautaires ont éclaté dimanche dans le Ouaddaï."),
]

# ordinary news with a trigger word in another sense: the first check lets them through, the second not
LOOKALIKES = [
    "L'attaquant lyonnais a frappé de l'extérieur de la surface et trouvé la lucarne.",
    "Le peloton a lancé l'offensive dans le dernier col, et le maillot jaune a craqué.",
    "La candidate a attaqué le bilan du maire lors d'un débat télévisé tendu.",
    "Les marchés ont été frappés par une vague de ventes après l'annonce de la banque centrale.",
    "Le rassemblement des amateurs de jazz a attiré cent mille spectateurs en trois jours.",
    "La grève a touché l'ensemble du réseau de bus ce lundi.",
    "Le juge a ordonné l'exécution immédiate de la décision d'expulsion.",
    "Le chef a fait exploser les saveurs avec une sauce au piment.",
    "Les pompiers ont maîtrisé l'incendie qui a parcouru trois hectares de garrigue.",
    "La campagne publicitaire cible les jeunes de moins de vingt-cinq ans.",
    "Les deux équipes se sont affrontées sous une pluie battante au Parc des Princes.",
    "Le boxeur a mis son adversaire au tapis au troisième round d'un combat très attendu.",
    "Le randonneur s'est arrêté pour porter secours à un cycliste tombé dans un fossé.",
    "Une manifestation sportive réunira un millier de coureurs dimanche matin.",
    "Le gouvernement a été la cible de critiques après la hausse des taxes.",
    "Les ventes de voitures électriques ont explosé au premier semestre.",
    "La chute des températures a surpris les vacanciers en montagne.",
    "Les militants écologistes ont enlevé les affiches publicitaires de la gare.",
    "Le député a interpellé le ministre sur la fermeture de la maternité.",
]


@pytest.fixture(scope="module")
def gate(nlp):
    return get_gate(nlp, mode="context")


@pytest.fixture(scope="module")
def trigger_gate(nlp):
    return get_gate(nlp, mode="triggers")


@pytest.mark.parametrize(("conflict", "report"), REPORTS)
def test_short_conflict_reports_pass_the_context_check(nlp, gate, conflict, report):
    doc = nlp.make_doc(report)
    assert gate.relevant(doc), f"{conflict}: {report!r} was kept out (triggers found: {gate.cues(doc)})"
    assert gate.reasons(doc)


@pytest.mark.parametrize("snippet", LOOKALIKES)
def test_lookalike_words_are_kept_out_by_the_context_check(nlp, gate, trigger_gate, snippet):
    doc = nlp.make_doc(snippet)
    assert trigger_gate.relevant(doc), f"{snippet!r} holds no trigger: it tests nothing here"
    assert not gate.relevant(doc), f"{snippet!r} passed with {gate.reasons(doc)}"


def test_a_trigger_needs_its_context_within_the_window(nlp, gate):
    """The context word counts in the trigger's sentence or the next one, not three sentences away."""
    far = "Le village a été attaqué dans la nuit. Le marché était fermé. La route était coupée. Deux soldats sont morts."
    near = "Le village a été attaqué dans la nuit. Deux soldats sont morts."
    assert gate.window == 1
    assert not gate.relevant(nlp.make_doc(far))
    assert gate.relevant(nlp.make_doc(near))


def test_a_trigger_is_not_its_own_context(nlp, gate):
    # "tués" is a trigger and a casualty word: alone it proves nothing ("deux seront tués dans le film")
    assert not gate.relevant(nlp.make_doc("Dans le roman, deux frères seront tués à la fin."))
    assert gate.relevant(nlp.make_doc("Deux frères ont été tués par des hommes armés."))


def test_acronyms_of_armed_groups_count_only_in_capitals(nlp, gate):
    assert gate.relevant(nlp.make_doc("Les ADF ont attaqué le village."))
    assert not gate.relevant(nlp.make_doc("Les adf ont attaqué le village."))


def _corpus_and_example_texts() -> list[tuple[str, str]]:
    from sentinelle.ingest.readers import collect_inputs, read_inputs

    out: list[tuple[str, str]] = []
    for folder in (DEV, WIDE, WIDE2):
        gold = folder / "gold.jsonl"
        if gold.is_file():
            for line in gold.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    out.append((f"{folder.name}/{rec['doc_id']}", (folder / rec["text_file"]).read_text(encoding="utf-8")))
    files, _ = collect_inputs([REPO / "examples"])
    out += [(f"examples/{i}", a.text) for i, a in enumerate(read_inputs(files)) if hasattr(a, "text")]
    return out


def test_every_corpus_and_example_article_passes_the_context_check(nlp, gate):
    """The corpora (when ../shared is there) and the examples are conflict news: none may be kept out."""
    articles = _corpus_and_example_texts()
    assert len(articles) >= 8  # the examples at least
    assert [name for name, text in articles if not gate.relevant(nlp.make_doc(text))] == []


def test_the_mode_comes_from_the_environment(nlp, monkeypatch):
    snippet = nlp.make_doc(LOOKALIKES[0])
    monkeypatch.setenv(MODE_ENV, "triggers")
    assert get_gate(nlp).mode == "triggers" and get_gate(nlp).relevant(snippet)
    monkeypatch.setenv(MODE_ENV, "off")
    assert get_gate(nlp).relevant(nlp.make_doc(ORDINARY[0]))
    monkeypatch.setenv(MODE_ENV, "context")
    assert not get_gate(nlp).relevant(snippet)
    monkeypatch.delenv(MODE_ENV)
    assert get_gate(nlp).mode == "context"
    monkeypatch.setenv(MODE_ENV, "sometimes")
    with pytest.raises(ValueError, match=MODE_ENV):
        get_gate(nlp)
    with pytest.raises(ValueError, match="unknown relevance mode"):
        RelevanceGate(nlp, mode="sometimes")


def test_a_gated_lookalike_is_parsed_again_with_the_trigger_check_only(monkeypatch):
    text = LOOKALIKES[2]
    assert NO_INCIDENT_LANGUAGE in extract(text, published="2024-05-02").warnings
    monkeypatch.setenv(MODE_ENV, "triggers")
    assert NO_INCIDENT_LANGUAGE not in extract(text, published="2024-05-02").warnings


@pytest.mark.parametrize(("bad", "message"), [
    ("strong:\n  triggers: [no_such_trigger]\n", "unknown trigger id"),
    ("context:\n  casualties: [no_such_list]\n", "no word list of casualties.yaml"),
    ("context:\n  actor_heads: [Nobody]\n", "no `bare` name of actor_heads.tsv"),
    ("window: 9\n", "window"),
])
def test_a_bad_relevance_file_is_named(tmp_path, monkeypatch, bad, message):
    import sentinelle.lang

    lang = tmp_path / "xx"
    shutil.copytree(sentinelle.lang.LANG_DIR / "fr", lang)
    (lang / "relevance.yaml").write_text(bad, encoding="utf-8")
    monkeypatch.setattr(sentinelle.lang, "LANG_DIR", tmp_path)
    context_language.cache_clear()
    try:
        with pytest.raises(DataFileError, match=message) as err:
            context_language("xx")
        assert "relevance.yaml" in str(err.value)
    finally:
        context_language.cache_clear()


@pytest.mark.parametrize(("conflict", "sentence"), INCIDENT)
def test_incident_language_passes(nlp, gate, conflict, sentence):
    doc = nlp.make_doc(sentence)
    assert gate.relevant(doc), f"{conflict}: {sentence!r} was kept out of the parser"
    assert gate.cues(doc)


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_news_is_kept_out(nlp, gate, sentence):
    doc = nlp.make_doc(sentence)
    assert not gate.relevant(doc), f"{sentence!r} opened the gate with {gate.cues(doc)}"


@pytest.mark.parametrize(("conflict", "sentence"), QUALIFIERS_ONLY)
def test_casualty_and_modality_words_alone_start_nothing(nlp, gate, conflict, sentence):
    full = extract(sentence, published="2024-05-02", relevance_gate=False)
    assert (full.events, full.non_events) == ([], []), f"{conflict}: {sentence!r} gave an event without a trigger"
    assert not gate.relevant(nlp.make_doc(sentence)), f"{sentence!r} opened the gate with {gate.cues(nlp.make_doc(sentence))}"


def test_gated_article_comes_back_with_its_warning_and_no_events():
    text = "\n\n".join(ORDINARY[:3])
    result = extract(text, published="2024-05-02", outlet="Le Quotidien", doc_id="o1")
    assert result.events == [] and result.non_events == []
    assert NO_INCIDENT_LANGUAGE in result.warnings
    assert (result.doc_id, result.published, result.outlet) == ("o1", "2024-05-02", "Le Quotidien")


def test_the_gate_can_be_switched_off():
    text = "\n\n".join(ORDINARY[:3])
    assert NO_INCIDENT_LANGUAGE not in extract(text, relevance_gate=False).warnings
    batch = [ArticleInput(text=t) for t in ORDINARY[:2]]
    assert all(NO_INCIDENT_LANGUAGE not in r.warnings for r in extract_many(batch, relevance_gate=False))


def test_extract_many_keeps_order_and_results_with_the_gate():
    texts = [ORDINARY[0], INCIDENT[0][1], ORDINARY[1], INCIDENT[4][1], ORDINARY[2]]
    articles = [ArticleInput(text=t, published="2024-03-10", doc_id=str(i)) for i, t in enumerate(texts)]
    gated = list(extract_many(articles, batch_size=2))
    full = list(extract_many(articles, batch_size=2, relevance_gate=False))
    assert [r.doc_id for r in gated] == [str(i) for i in range(len(texts))]
    assert [NO_INCIDENT_LANGUAGE in r.warnings for r in gated] == [True, False, True, False, True]
    # the gate never changes what the parsed articles give, nor finds less in the skipped ones
    assert [r.events for r in gated] == [r.events for r in full]
    assert [r.non_events for r in gated] == [r.non_events for r in full]


def test_a_long_text_parses_only_its_pieces_with_incident_language():
    filler = "\n\n".join(ORDINARY)
    quiet = "\n\n".join([filler] * (LONG_TEXT // len(filler) + 1))
    text = quiet + "\n\n" + "Mardi, des rebelles ont attaqué le village de Kamango, territoire de Lubero, tuant six civils."
    gated = extract(text, published="2024-03-10")
    full = extract(text, published="2024-03-10", relevance_gate=False)
    assert gated.events == full.events and gated.events
    assert NO_INCIDENT_LANGUAGE not in gated.warnings
    skipped = [w for w in gated.warnings if w.startswith("relevance:")]
    assert skipped and "characters 0-" in skipped[0]
    assert NO_INCIDENT_LANGUAGE in extract(quiet).warnings


def test_a_gated_article_is_still_stored(tmp_path):
    from sentinelle.store import Store, StoredArticleInput

    text = "\n\n".join(ORDINARY[3:6])
    result = extract(text, published="2024-05-02")
    with Store(tmp_path / "t.db") as store:
        outcome = store.ingest_result(StoredArticleInput(text=text, published="2024-05-02"), result)
        stored = store.get_article(outcome.article_id)
    assert stored is not None and stored.text == text
    assert NO_INCIDENT_LANGUAGE in stored.result.warnings


SENTENCES = Path(__file__).parent / "data" / "event_sentences.tsv"


def test_every_lemma_the_pipeline_gives_is_among_the_gate_keys(nlp, gate):
    """Why the gate is safe: whatever the tagger decides, the token's lemma key is one the gate tried."""
    with SENTENCES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    texts = [r["sentence"] for r in rows] + [s for _, s in INCIDENT] + ORDINARY
    misses = [(t.text, t.lemma_) for doc in nlp.pipe(texts) for t in doc
              if t.lemma_ and word_key(t.lemma_) not in gate.token_keys(t.text)]
    assert misses == []


def test_no_sentence_with_an_event_is_kept_out_by_the_trigger_check(nlp, gate, trigger_gate):
    """The project's sentence table, parsed in full: whatever gives an event or a non-event passes the
    first check; the second keeps nearly every sentence with an event, though each stands alone here
    (no neighbour sentence to hold its context), the hardest case for it."""
    with SENTENCES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    articles = [ArticleInput(text=r["sentence"], published="2024-06-15", doc_id=r["id"]) for r in rows]
    results = list(extract_many(articles, relevance_gate=False))
    with_events = [a for a, r in zip(articles, results, strict=True) if r.events or r.non_events]
    assert with_events  # the table is about incidents
    assert [a.doc_id for a in with_events if not trigger_gate.relevant(nlp.make_doc(a.text))] == []
    facts = [a for a, r in zip(articles, results, strict=True) if r.events]
    lost = [a.text for a in facts if not gate.relevant(nlp.make_doc(a.text))]
    # what is lost is an act told with nothing around it ("deux explosions se sont fait entendre à X")
    assert len(lost) <= 0.02 * len(facts), lost
