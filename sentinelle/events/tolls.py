"""Tolls told after their incident: the next sentence of the paragraph gives the dead of the one incident told just
before ("Une frappe de drone a touché un marché de X. Le bilan s'est alourdi à quatre morts")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sentinelle.events.casualties import CasualtyReader
from sentinelle.events.geo import same_place
from sentinelle.events.incidents import VIOLENT_TYPES
from sentinelle.events.lexicon import keys, resolve_type
from sentinelle.events.matching import doc_token_keys
from sentinelle.events.mention import EventMention
from sentinelle.events.wound_deaths import WoundDeaths
from sentinelle.extensions import doc_text, doc_value


@dataclass(frozen=True)
class TollWords:
    """The keys of the words that decide whether a sentence's toll belongs to the incident before it."""

    additive: frozenset[str]  # "également", "aussi": more dead, added
    telling: frozenset[str]  # speech and claim verbs, source prepositions: a speaker's own figure
    claims: frozenset[str]  # claim verbs: the incident before is a claim, its figures are the claimant's
    sources: frozenset[str] = frozenset()  # "selon", "d'après": a source given to the toll, which stays the toll
    confirming: frozenset[str] = frozenset()  # "confirmer": a side confirming the incident, whose zero is its toll


def toll_words(lang: str, additive: frozenset[str], telling: frozenset[str], claims: frozenset[str],
               sources: frozenset[str]) -> TollWords:
    """The toll words of a language: ``telling`` (speech and claim verbs) with the source words added, and the verbs
    of a side confirming an incident (``confirm_verbs`` of source_scope.yaml)."""
    from sentinelle.attribution.config import load_source_scope  # (the attribution package imports this one)

    return TollWords(additive=additive, telling=telling | sources, claims=claims, sources=sources,
                     confirming=keys(load_source_scope(lang).confirm_verbs))


def tolls_told_after(doc: Doc, sents: list[Span], mentions: list[EventMention], casualties: CasualtyReader,
                     words: TollWords, wounds: WoundDeaths | None = None) -> None:
    """A toll told in the next sentence of the paragraph, with no incident word and nobody telling it, is the
    toll of the one incident told just before when that one gave none ("Une frappe a touché un marché de X.
    Le bilan s'est alourdi à quatre morts"), or adds to it with "également / aussi"; a claim or a speaker's
    statement stays theirs (a source given after the toll does not), and a day or a place of its own makes it
    another incident's. The wounded told with those dead go with them.

    A death of the wounded ("L'un d'eux a succombé à ses blessures", ``wounds``) adds to the toll when the incident
    told wounded, gave no toll, or when told of another victim ("Un autre a succombé"); its own day or place (the
    day he died, the hospital) keeps it the incident's. Told after dead alone ("Quatre personnes ont été tuées.
    Deux d'entre elles ont succombé à leurs blessures"), they are among those dead."""
    text = doc_text(doc)
    told = {m.sent_start for m in mentions}
    tkeys = doc_token_keys(doc)
    # sentences telling only a toll, by their start: the incident whose toll they told
    tolled: dict[int, EventMention] = {}
    for prev, sent in zip(sents, sents[1:], strict=False):
        if sent.start_char in told or "\n" in text[prev.end_char:sent.start_char]:
            continue
        before = [m for m in mentions if m.sent_start == prev.start_char and not m.non_event]
        # ("Un drone a touché un minibus à X. Le conducteur a été blessé. Il n'y a pas eu d'autres victimes": the
        # toll goes on after the sentence of the wounded)
        if not before and prev.start_char in tolled:
            before = [tolled[prev.start_char]]
        if len(before) != 1:
            continue
        m = before[0]
        # ("Quatre assaillants ont également péri": more dead, added to the toll told before)
        more = any(tkeys[i] & words.additive for i in range(sent.start, sent.end))
        late = wounds.read(sent) if wounds is not None else None
        if late is not None and m.fatalities is not None and not (late.other or m.injuries):
            late = None  # (told after dead alone: among them)
        if (m.fatalities is not None and not more and late is None) or m.reference:
            continue
        violent = resolve_type(m.event_type)[0] in VIOLENT_TYPES or m.generic
        figures = casualties.read(sent, [sent.root])
        # "Aucune victime n'a été signalée": the zero is what the passive telling verb says, not a speaker's (nor
        # the claimant's told before: "Le groupe a revendiqué l'attaque. Aucune victime n'a été signalée")
        zero = figures.fatality_spans if figures.fatalities == 0 and not more else []
        # ("..., le troisième est tombé dans un terrain vague, sans faire de blessé": nobody hurt, told alone)
        unhurt = figures.injury_spans if figures.injuries == 0 and figures.fatalities is None and not more else []
        zero = zero or unhurt
        # (several strikes told at once share no toll, nor does a destruction or an arrest have its own dead; but
        # nobody hurt by any of them is a toll of nobody: "Des hommes armés ont incendié des maisons. L'attaque
        # n'a pas fait de victimes")
        if (m.summary or not violent) and not zero:
            continue
        # (a side that confirms the incident saying nobody was hurt, "L'armée a confirmé que ..., sans faire de
        # blessé", tells its toll: a zero is no version to keep apart, the lowest figure is kept anyway)
        if any(tkeys[i] & words.telling and not _source_of_the_toll(doc, i, tkeys[i], words)
               and not _tells_the_zero(doc[i], zero) and not (zero and tkeys[i] & words.confirming)
               for i in range(sent.start, sent.end)) or (not zero and any(
                tkeys[i] & words.claims for i in range(prev.start, prev.end))):
            continue
        if late is not None and not m.summary and violent:
            # "... blessant deux policiers. L'un d'eux a succombé à ses blessures (mercredi, à l'hôpital de X)"
            m.fatalities = (m.fatalities or 0) + late.value
            m.add_evidence("fatalities", [late.span])
            m.fatality_victims, m.fatality_named = None, False
            tolled[sent.start_char] = m
            continue
        # ("La semaine dernière, un charnier avait été découvert avec une trentaine de corps": another incident's)
        # (nobody hurt where the incident was, "le troisième est tombé en bordure de X, sans faire de blessé", names
        # its place again: the incident's)
        if any(sent.start_char <= t.start < sent.end_char for t in doc_value(doc, "time_mentions") or []) or any(
                sent.start_char <= p.start < sent.end_char and not (zero and any(same_place(p, q) for q in m.places))
                for p in doc_value(doc, "place_mentions") or []):
            continue
        if figures.fatalities is not None or figures.injuries is not None:
            tolled[sent.start_char] = m
        if unhurt and not figures.fatality_spans:
            if m.injuries is None:
                m.injuries = 0
                m.add_evidence("injuries", unhurt)
        elif zero and m.fatalities is None:
            # "... ont incendié des maisons. L'attaque n'a pas fait de victimes": a toll of nobody (the
            # wounded's zero told with it too)
            m.fatalities = 0
            m.add_evidence("fatalities", zero)
            if figures.injuries == 0 and m.injuries is None:
                m.injuries = 0
                m.add_evidence("injuries", figures.injury_spans)
        elif figures.fatalities:
            # (who the victims were stays said only of a toll of one figure)
            m.fatality_victims = figures.fatality_victims if m.fatalities is None else None
            m.fatality_named = figures.fatality_named and m.fatalities is None
            m.fatalities = (m.fatalities or 0) + figures.fatalities
            m.add_evidence("fatalities", figures.fatality_spans)
            # "Quatre passagers ont péri et onze autres ont été blessés": the wounded told with those dead
            if figures.injuries and m.injuries is None:
                m.injuries = figures.injuries
                m.add_evidence("injuries", figures.injury_spans)
        elif figures.injuries and figures.fatalities is None and m.injuries is None and violent and not m.summary:
            # "Un drone a touché un minibus à X. Le chauffeur a été blessé": the wounded alone
            m.injuries = figures.injuries
            m.add_evidence("injuries", figures.injury_spans)


def tolls_of_both_sides(doc: Doc, sents: list[Span], mentions: list[EventMention], casualties: CasualtyReader,
                        words: TollWords) -> None:
    """ "L'armée annonce la neutralisation de 23 terroristes ; quatre soldats sont morts", "Une trentaine
    d'assaillants ont été neutralisés. Trois soldats sont tombés les armes à la main": each side's dead of one
    incident, told in two clauses the parser cuts at a semicolon, or in two sentences of one account, add up (ACLED
    counts all the dead), when each tells a toll of its own victims and they are others. The first holds the sum;
    the second, told with it, none of its own (it may tell no incident word: "...; trois soldats sont morts", its
    toll read here). A second sentence that someone tells ("L'armée affirme avoir tué quatre terroristes"), after
    a claim, or with a day or a place of its own is another version or another incident: the tolls stay apart."""
    text = doc_text(doc)
    told = {m.sent_start for m in mentions}
    tkeys = doc_token_keys(doc)
    for prev, sent in zip(sents, sents[1:], strict=False):
        if "\n" in text[prev.end_char:sent.start_char]:
            continue
        # (a source given to the second toll, "..., a-t-il précisé", "..., selon un officier", leaves it the account's
        # own when the first is stated or given a source the same way: one account of both sides' dead; after a
        # speaker's statement, "Les rebelles affirment avoir tué ...", it is another version)
        sourced = not any(tkeys[i] & words.telling and not _source_given(doc, i, tkeys[i], words)
                          for i in range(prev.start, prev.end))
        if not text[prev.start_char:prev.end_char].rstrip().endswith(";") and (
                any(tkeys[i] & (words.telling | words.claims) and not (sourced and _source_given(doc, i, tkeys[i], words))
                    for i in range(sent.start, sent.end))
                or any(tkeys[i] & words.claims for i in range(prev.start, prev.end))
                or any(sent.start_char <= t.start < sent.end_char for t in doc_value(doc, "time_mentions") or [])
                or any(sent.start_char <= p.start < sent.end_char for p in doc_value(doc, "place_mentions") or [])):
            continue
        # (the toll of each clause, whichever mention holds it: "Des combats ont opposé l'armée à des jihadistes
        # près de X. Quatre soldats sont morts ; ..." is the toll of the clash told before)
        pair = [[m for m in mentions if not m.non_event and any(
            s.start_char <= a < s.end_char for a, _ in m.field_evidence.get("fatalities", []))] for s in (prev, sent)]
        if len(pair[0]) != 1 or len(pair[1]) > 1 or (not pair[1] and sent.start_char in told):
            continue
        a = pair[0][0]
        if resolve_type(a.event_type)[0] not in VIOLENT_TYPES:
            continue
        if pair[1]:
            b = pair[1][0]
            value, victims, spans = b.fatalities, b.fatality_victims, b.field_evidence.get("fatalities", [])
        else:
            figures = casualties.read(sent, [sent.root])
            value, victims, spans = figures.fatalities, figures.fatality_victims, figures.fatality_spans
        if not (a.fatalities and value and a.fatality_victims and victims) or a.fatality_victims == victims:
            continue
        a.fatality_parts = (a.fatalities, value)
        a.fatalities += value
        a.fatality_victims = None
        a.add_evidence("fatalities", spans)
        # "Quatre soldats ont perdu la vie et six militaires ont été blessés": the wounded told with the second
        # side's dead are the incident's too (a mention of that sentence keeps its own)
        if not pair[1] and figures.injuries and a.injuries is None:
            a.injuries = figures.injuries
            a.add_evidence("injuries", figures.injury_spans)
        if pair[1]:
            b.fatalities, b.fatality_victims = None, None
            b.field_evidence.pop("fatalities", None)


def _tells_the_zero(tok: Token, zero: list[tuple[int, int]]) -> bool:
    """ "Aucune victime n'a été signalée": a passive verb of telling whose subject is the phrase saying nobody
    died (``zero``: its character spans)."""
    return any(c.dep_ == "nsubj:pass" and any(s <= c.idx < e for s, e in zero) for c in tok.children)


def _source_given(doc: Doc, i: int, keys: frozenset[str], words: TollWords) -> bool:
    """ "..., selon un officier", "..., a-t-il précisé": a source preposition, or a speech verb in an incise after a
    comma, gives a source to what the sentence tells; a source noun ("Une source militaire reconnaît ...") or a
    speaker stating it does not."""
    if keys & words.sources and doc[i].pos_ != "ADP" and doc[i].dep_ not in ("case", "fixed"):
        return False
    return _source_of_the_toll(doc, i, keys, words)


def _source_of_the_toll(doc: Doc, i: int, keys: frozenset[str], words: TollWords) -> bool:
    """ "Cinq passagers ont péri, a-t-on appris de sources hospitalières", "..., selon un responsable": a source
    given to the toll (a source preposition, or a speech verb in an incise after a comma) leaves it the toll; a
    speaker who states it ("Le maire affirme que ...") or a claimant keeps it theirs."""
    if keys & words.claims:
        return False
    if keys & words.sources:
        return True
    k = i - 1
    while k >= 0 and (doc[k].pos_ == "AUX" or doc[k].text.startswith("-")):
        k -= 1  # "a-t-on appris", "ont indiqué"
    return k >= 0 and doc[k].text == ","
