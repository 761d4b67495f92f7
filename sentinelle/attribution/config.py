"""The attribution stage's data files beyond modality.yaml: irrealis.yaml and source_scope.yaml."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from sentinelle.events.word_lists import event_words
from sentinelle.lang import lang_path, load_yaml


class IrrealisFile(BaseModel):
    """``lang/<lang>/irrealis.yaml``: phrases naming an incident as an aim, the words after which "pour"
    gives a cause instead, and the possibility cues that a past tense makes a report of what was done."""

    model_config = ConfigDict(extra="forbid")

    purpose_phrases: list[str] = []
    causal_governors: list[str] = []
    realis_when_past: list[str] = []
    conditional_auxiliaries: list[str] = []
    conditional_endings: list[str] = []
    gerund_marks: list[str] = []
    purpose_marks: list[str] = []


class SourceScopeFile(BaseModel):
    """``lang/<lang>/source_scope.yaml``: the words that make "selon X" name back a source of the paragraph."""

    model_config = ConfigDict(extra="forbid")

    anaphoric_words: list[str] = []
    anaphoric_determiners: list[str] = []
    additive_adverbs: list[str] = []
    # the subject of a sentence that tells more of an incident's people ("Quinze d'entre elles", "Ils")
    people_named_back: list[str] = []
    # "TOUJOURS selon l'état-major, ...": the source goes on from the paragraph before
    continuation_adverbs: list[str] = []
    # a press release's heading word ("COMMUNIQUÉ") and the lede phrases of a relayed communiqué ("porte à la
    # connaissance"): the whole text is the issuer's word
    document_header_words: list[str] = []
    document_lede_phrases: list[str] = []
    # the marks that open the items of a list introduced by a source ("Le rapport documente les cas suivants :")
    list_marks: list[str] = []
    # the verbs of record whose subject or agent introduces such a list ("Principaux incidents documentés par l'ONG :")
    list_record_verbs: list[str] = []
    # "selon l'organisation" after a group's claim: the group named back
    group_named_back: list[str] = []
    # "Le diocèse l'a confirmé.", "La police a confirmé l'information.": a source telling back the incident before
    told_back_verbs: list[str] = []
    told_back_nouns: list[str] = []
    told_back_pronouns: list[str] = []
    # "Le groupe affirme avoir visé X. L'armée a confirmé que ...": a claim confirmed by another side
    confirm_verbs: list[str] = []
    # "a constaté notre correspondant", "selon nos constatations": the outlet's own eyes (a possessive of the first
    # person and the noun of its reporter or of what they saw), no source but the article itself
    own_possessives: list[str] = []
    own_witness_nouns: list[str] = []
    # question-and-answer turns (attribution.turns): the labels of a question and of an answer, the dialogue dashes,
    # and the replies that open an answer denying what the question attributed to someone
    question_labels: list[str] = []
    answer_labels: list[str] = []
    dialogue_dashes: list[str] = []
    denial_replies: list[str] = []


def load_source_scope(lang: str) -> SourceScopeFile:
    path = lang_path(lang, "source_scope.yaml")
    return load_yaml(path, SourceScopeFile) if path.is_file() else SourceScopeFile()


def load_irrealis(lang: str) -> IrrealisFile:
    path = lang_path(lang, "irrealis.yaml")
    return load_yaml(path, IrrealisFile) if path.is_file() else IrrealisFile()



class BackgroundFile(BaseModel):
    """``lang/<lang>/background.yaml``: the words that make a mention a tally, a trend or an ongoing state."""

    model_config = ConfigDict(extra="forbid")

    plural_tally_phrases: list[str] = []
    trend_words: list[str] = []
    # filled from event_words.yaml's grievance_verbs by load_background (one list for both stages)
    grievance_words: list[str] = []
    # a habit complained of in the present ("disent subir les arrestations arbitraires"), and the cause of a flight
    # ("fuyant les bombardements sur X")
    complaint_verbs: list[str] = []
    suffered_verbs: list[str] = []
    flight_verbs: list[str] = []
    since_words: list[str] = []
    long_period_nouns: list[str] = []
    campaign_object_nouns: list[str] = []
    many_incidents_phrases: list[str] = []
    # thousands of victims of a killing or an abduction, with no day of their own sentence: a war's toll
    many_victims_phrases: list[str] = []
    # prepositions before a name that make it a place the gazetteer may not know ("à Sandana")
    place_prepositions: list[str] = []
    # a period that is no day ("au cours de la période", "au cours du mois écoulé"), beside the time stage's own
    period_phrases: list[str] = []
    # a stretch told as one over which things are counted ("au cours de la semaine écoulée"): a toll over it is a tally
    stretch_phrases: list[str] = []
    # incident nouns that count separate incidents when plural ("des attaques", not "des combats")
    countable_incident_nouns: list[str] = []
    # words that make plural incidents one moment ("des attaques simultanées")
    one_moment_words: list[str] = []
    # verbs of a spread ("les affrontements ont gagné toute la province") and the words of a whole area
    spread_verbs: list[str] = []
    whole_area_words: list[str] = []
    # the plural indefinite article the parser may take for a preposition ("ont attaqué des convois")
    partitive_articles: list[str] = []
    # a share of a toll told as a whole elsewhere ("plus de la moitié des victimes"), and places ranked by their
    # tolls ("la zone la plus touchée")
    share_of_toll_phrases: list[str] = []
    ranking_phrases: list[str] = []
    ranking_comparisons: list[str] = []


def load_background(lang: str) -> BackgroundFile:
    path = lang_path(lang, "background.yaml")
    background = load_yaml(path, BackgroundFile) if path.is_file() else BackgroundFile()
    # a protest's grievance verbs are the events stage's list, not a second copy to keep in step
    return background.model_copy(update={"grievance_words": sorted(event_words(lang).grievance_verbs)})
