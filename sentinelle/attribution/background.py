"""Tallies, trends and ongoing states: mentions that tell many incidents or a state of affairs, not one.

The verdicts here are *firm*: a day or a place named in the sentence does not make the mention one
incident again ("Le pays est confronté à la montée des attaques depuis 2015, faisant à ce jour plus de
500 morts" names a country and, through "à ce jour", a day). The words are in
``sentinelle/lang/<lang>/background.yaml``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from sentinelle.attribution.config import BackgroundFile
from sentinelle.attribution.syntax import _BOUNDARY, _Cue, _in_apposition_without, _in_clause_of, _shares_auxiliary
from sentinelle.events.lexicon import keys
from sentinelle.events.matching import PhraseIndex, doc_token_keys, doc_units, token_keys
from sentinelle.events.mention import EventMention
from sentinelle.extensions import doc_value, morph_get, token_columns

# Edges by which an incident sits in the complement of a trend word ("la montée DES ATTAQUES",
# "ont intensifié LES ATTAQUES", "de faciliter LES ATTAQUES").
_TREND_EDGES = frozenset({"nmod", "obj", "obl:arg", "xcomp", "ccomp", "iobj"})
# ... and of a grievance ("protester CONTRE LES MASSACRES").
_GRIEVANCE_EDGES = _TREND_EDGES | {"obl", "obl:mod"}
# A "since" period this short is the time of one incident still going on ("depuis mercredi").
_SHORT_PERIOD_DAYS = 14
# Relations of an object to its verb.
_OBJECT = frozenset({"obj"})
# Precisions of a period that is no day.
_PERIODS = frozenset({"week", "month", "year"})


def _own_day(noun: Token) -> bool:
    """A day read by the temporal stage in the noun's own phrase, after it ("les frappes menées la veille", "les
    bombardements de dimanche"), not the day of the verb that governs it."""
    if noun.pos_ != "NOUN":
        return False
    last = noun.right_edge
    # (with an adjective the parser split off the noun: "les frappes israéliennes menées lundi")
    nxt = noun.doc[last.i + 1] if last.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.pos_ == "ADJ" and nxt.head == noun.head:
        last = nxt.right_edge
    start, end = noun.idx + len(noun.text), last.idx + len(last.text)
    return any(tm.kind == "date" and tm.interval.precision == "day" and start <= tm.start and tm.end <= end
               and "since" not in tm.flags for tm in doc_value(noun.doc, "time_mentions") or [])


class BackgroundReader:
    """Finds the background cues of a sentence and judges one trigger word by them."""

    def __init__(self, background: BackgroundFile | None = None) -> None:
        background = background or BackgroundFile()
        self.tally = PhraseIndex()
        for p in background.plural_tally_phrases:
            self.tally.add(p, "tally")
        self.trend = keys(background.trend_words)
        self.grievance = keys(background.grievance_words)
        self.complaint = keys(background.complaint_verbs)
        self.suffered = keys(background.suffered_verbs)
        self.flight = keys(background.flight_verbs)
        self.since = keys(background.since_words)
        self.long_periods = keys(background.long_period_nouns)
        self.locatives = frozenset(w.lower() for w in background.place_prepositions)
        self.campaign_nouns = keys(background.campaign_object_nouns)
        self.many = PhraseIndex()
        for p in background.many_incidents_phrases:
            self.many.add(p, "many")
        self.many_victims = PhraseIndex()
        for p in background.many_victims_phrases:
            self.many_victims.add(p, "victims")
        self.periods = PhraseIndex()
        for p in background.period_phrases:
            self.periods.add(p, "period")
        self.stretches = PhraseIndex()
        for p in background.stretch_phrases:
            self.stretches.add(p, "stretch")
        self.countable = keys(background.countable_incident_nouns)
        self.one_moment = keys(background.one_moment_words)
        self.spread = keys(background.spread_verbs)
        self.whole_area = keys(background.whole_area_words)
        self.partitives = keys(background.partitive_articles)
        self.shares = PhraseIndex()
        for p in background.share_of_toll_phrases:
            self.shares.add(p, "share")
        self.rankings = PhraseIndex()
        for p in background.ranking_phrases:
            self.rankings.add(p, "ranking")
        self.comparisons = keys(background.ranking_comparisons)

    def cues(self, sent: Span) -> list[_Cue]:
        """The tally phrases, trend words and open periods ("depuis ...") of the sentence."""
        doc = sent.doc
        out: list[_Cue] = []
        for hit in self.tally.find(doc_units(sent)):
            toks = [doc[i] for i in range(hit.start, hit.end)]
            head = next((t for t in toks if not (hit.start <= t.head.i < hit.end) or t.head.i == t.i), toks[0])
            out.append(_Cue("tally", head, frozenset(range(hit.start, hit.end))))
        tkeys = doc_token_keys(doc)
        pos = token_columns(doc).pos
        for i in range(sent.start, sent.end):  # on the token columns: a Token only for a cue word
            if tkeys[i] & self.trend and pos[i] in ("NOUN", "VERB"):
                out.append(_Cue("trend", doc[i], frozenset({i})))
            elif tkeys[i] & self.grievance and pos[i] == "VERB":
                out.append(_Cue("grievance", doc[i], frozenset({i})))
        out += self._periods(sent)
        # a "since" period found by the time stage ("depuis 2015", "depuis le 18 octobre"); a period of a few
        # days ("depuis mercredi") is the time of one battle still going on, not a background
        covered: set[int] = set()
        for tm in doc_value(doc, "time_mentions") or []:
            if "since" not in tm.flags or not (sent.start_char <= tm.start < sent.end_char):
                continue
            span = doc.char_span(tm.start, tm.end, alignment_mode="expand")
            if span is None:
                continue
            covered |= set(range(span.start, span.end))
            cat = "since" if _days(tm.interval.start, tm.interval.end) > _SHORT_PERIOD_DAYS else "since_short"
            out.append(_Cue(cat, span.root, frozenset(range(span.start, span.end))))
        for i in range(sent.start, sent.end):
            if not tkeys[i] & self.since or i in covered:
                continue
            tok = doc[i]
            # a bare "Depuis, ..." opening the clause: since the incident told before
            if tok.i + 1 < sent.end and doc[tok.i + 1].text == ",":
                out.append(_Cue("since", tok, frozenset({tok.i})))
                continue
            # "depuis l'été dernier", "depuis des années": a long period the time stage leaves undated
            words = doc[tok.i + 1 : min(tok.i + 4, sent.end)]
            # ... also named as the bound of one, a noun complement of the word "depuis" governs ("depuis la fin
            # de la guerre de 2020", "depuis le début du conflit")
            bound = [n for n in tok.head.children if n.dep_ == "nmod"] if tok.head.pos_ == "NOUN" and tok.head.i > tok.i else []
            if any(token_keys(w) & self.long_periods for w in [*words, *bound]):
                toks = [tok, *words]
                span_ids = {t.i for t in toks}
                head = next((t for t in toks if t.head.i not in span_ids or t.head.i == t.i), tok)
                out.append(_Cue("since", head, frozenset(span_ids)))
        return out

    def _periods(self, sent: Span) -> list[_Cue]:
        """The periods of the sentence that are no day ("cette semaine", "en 2023", "au cours de la période"),
        when the sentence names no day: "des attaques ... cette semaine" are several days' incidents, "des
        attaques simultanées ont visé mardi deux postes" that day's."""
        doc = sent.doc
        times = [tm for tm in doc_value(doc, "time_mentions") or [] if sent.start_char <= tm.start < sent.end_char]
        if any(tm.kind == "date" and tm.interval.precision == "day" and "since" not in tm.flags for tm in times):
            return []
        spans = [doc.char_span(tm.start, tm.end, alignment_mode="expand") for tm in times
                 if tm.kind == "date" and tm.interval.precision in _PERIODS and "since" not in tm.flags]
        spans += [doc[hit.start:hit.end] for hit in self.periods.find(doc_units(sent))]
        return [_Cue("period", span.root, frozenset(range(span.start, span.end))) for span in spans if span is not None]

    def reason(self, trig: Token, cues: list[_Cue], path: list[tuple[str, Token]], wide_clause: list[Token],
               present: bool, trigger_ids: frozenset[int] = frozenset()) -> str | None:
        """A firm non-event reason for the trigger word, or None.

        ``present``: the trigger's clause is in a present tense (an ongoing state with "depuis");
        ``trigger_ids``: the mention's trigger words (a verb's subject among them tells how many incidents)."""
        incident = trig
        subjects: list[Token] = []
        if trig.pos_ in ("VERB", "AUX"):
            # "au moins cinq attaques ont ciblé": the incident noun the verb tells of
            # ("tuées, blessées ou ENLEVÉES": a participle sharing the first verb's auxiliary shares its subject)
            verb = trig
            while _shares_auxiliary(verb):
                verb = verb.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
            incident = next((c for c in subjects if c.i in trigger_ids), trig)
        plural = incident.pos_ == "NOUN" and "Plur" in morph_get(incident, "Number")
        # the incident nouns of the mention the trigger word tells ("tués dans des attaques", "des frappes ont
        # visé"): the word itself, or a trigger noun hung on the verb
        incident_nouns = [trig] if trig.pos_ == "NOUN" else [
            c for c in trig.children if c.i in trigger_ids and c.pos_ == "NOUN"]
        # over a long period, any plural subject of the verb is many ("depuis le 15 octobre, plus de 140 attaques
        # ont visé", "depuis 2013, des centaines de soldats ont été tués"); over a few days only incidents are
        many = plural or any(c.pos_ == "NOUN" and "Plur" in morph_get(c, "Number") for c in subjects)
        # ... also when the parser hung the counted victims under another word taken as the subject ("Depuis le
        # lancement de l'opération « Bouclier », au moins 70 civils ont été tués": « Bouclier » the subject)
        counted = (plural and _counted(incident)) or any(_counted_plural(t) for s in subjects for t in s.subtree)
        many = many or counted
        for cue in cues:
            if trig.i in cue.tokens:
                continue
            if cue.cat == "trend" and _in_complement(trig, cue.head, path):
                return "aggregate"
            # (not strikes with a day of their own: "a condamné mardi les frappes menées la veille contre les ports
            # de X", "les bombardements de dimanche sur Y" are that day's)
            if cue.cat == "grievance" and plural and _in_complement(trig, cue.head, path, _GRIEVANCE_EDGES) \
                    and not _own_day(incident):
                return "aggregate"
            in_clause = cue.head in wide_clause or _in_clause_of(cue.head, wide_clause)
            if in_clause and _in_apposition_without(cue.head, trig):
                continue  # (the apposition is the background of its noun, not of the incident told around it)
            if not in_clause and cue.cat == "tally":
                # "la plupart des attaques", "en proie aux attaques": the phrase governs the trigger
                in_clause = _in_complement(trig, cue.head, path) or any(
                    t.i in cue.tokens for t in (trig.head, *[h for _e, h in path[:2]])
                )
            if not in_clause and cue.cat == "period":
                # a period opening the sentence covers the clauses coordinated with its own, after it ("En quelques
                # jours, les affrontements avaient gagné la province, et les forces avaient été accusées
                # d'exécutions"; the parser may read the second as an adverbial clause)
                top = wide_clause[-1]
                in_clause = top.dep_ in ("conj", "advcl") and min(cue.tokens) < top.head.i < top.i and (
                    cue.head.head.i == top.head.i or cue.head.i == top.head.i)
                # ... and the whole sentence when it opens it, however the parser hung it ("Au cours du mois
                # écoulé, les attaques de drones ont tué ...", parsed with "cours" as the root)
                in_clause = in_clause or opens_sentence(cue, trig.sent)
            if not in_clause and cue.cat == "since" and counted and _opens_before(cue, trig):
                # a long "since" opening the sentence, however the parser split it from the clause after its comma
                # ("Depuis le lancement le 3 février de l'opération X dans l'est, au moins 45 civils ont été tués")
                return "aggregate"
            if not in_clause:
                continue
            if cue.cat == "tally" and plural:
                return "aggregate"
            if cue.cat == "since":
                if many:
                    return "aggregate"
                if present:
                    return "habitual"
            if cue.cat == "since_short" and plural and _counted(incident):
                return "aggregate"  # "depuis le 18 octobre, au moins cinq attaques ont ciblé ..."
            if cue.cat == "since_short" and not incident_nouns and self._several_places(trig):
                # "plus de 300 civils ont été tués depuis vendredi dans le camp de X et à Y": a toll over days
                # and places is no one incident's
                return "aggregate"
            if cue.cat == "period" and any(self._several(n) for n in incident_nouns):
                return "aggregate"  # "tués dans des attaques jihadistes cette semaine", "en 2023, plusieurs embuscades"
        if any(self._spread(n) for n in incident_nouns):
            return "aggregate"
        return None

    def _several_places(self, trig: Token) -> bool:
        """The verb's place complements are two places or more, coordinated ("dans le camp de X et à Y"): a place
        mention of the places stage, or a name after a place preposition the gazetteer may not know."""
        doc = trig.doc
        places = [(p.start, p.end) for p in doc_value(doc, "place_mentions") or []]

        def place(tok: Token) -> bool:
            if not any(c.dep_ == "case" for c in tok.children):
                return False
            members = [g for g in tok.children if g.dep_ == "conj"]
            own = [t for t in tok.subtree if not any(t in g.subtree for g in members)]
            return any(a <= t.idx < b for t in own for a, b in places) or (
                tok.pos_ == "PROPN" and any(c.lower_ in self.locatives for c in tok.children if c.dep_ == "case"))

        return any(c.dep_.startswith("obl") and place(c) and any(g.dep_ == "conj" and place(g) for g in c.children)
                   for c in trig.children)

    def _several(self, noun: Token) -> bool:
        """A plural countable incident noun not told as one moment: "des attaques", "plusieurs embuscades",
        not "des combats" nor "des attaques simultanées"."""
        return "Plur" in morph_get(noun, "Number") and bool(token_keys(noun) & self.countable) and not any(
            token_keys(c) & self.one_moment for c in noun.children if c.dep_ in ("amod", "acl", "advmod"))

    def _spread(self, noun: Token) -> bool:
        """Incidents as the subject of a spread, over a whole area or with no day of the sentence: "en quelques
        jours, les affrontements avaient gagné toute la province"."""
        verb = noun.head
        if noun.dep_ != "nsubj" or not token_keys(verb) & self.spread:
            return False
        whole = any(token_keys(g) & self.whole_area for c in verb.children if c.dep_ in ("obj", "obl", "obl:arg")
                    for g in c.subtree)
        sent = noun.sent
        day = any(tm.kind == "date" and tm.interval.precision == "day"
                  for tm in doc_value(noun.doc, "time_mentions") or [] if sent.start_char <= tm.start < sent.end_char)
        return whole or not day

    def many_incidents(self, m: EventMention, sent: Span) -> bool:
        """ "des dizaines de frappes" with no day of its own sentence: a campaign."""
        if "same_sentence" in m.date_flags and m.date is not None and m.date.precision == "day":
            return False
        triggers = set(m.trigger_tokens)
        return any(triggers & set(range(hit.start, hit.end)) for hit in self.many.find(doc_units(sent)))

    def thousands_hit(self, m: EventMention, sent: Span) -> bool:
        """ "ont enlevé des milliers de personnes", "ont tué des dizaines de milliers de civils" with no day of its own
        sentence: the toll of years, not one incident (the phrase is the trigger verb's object or subject)."""
        # (a crowd is no toll: "des milliers de personnes ont marché")
        if m.event_type in ("protests", "riots") or (
                "same_sentence" in m.date_flags and m.date is not None and m.date.precision == "day"):
            return False
        triggers = set(m.trigger_tokens)
        doc = sent.doc
        for hit in self.many_victims.find(doc_units(sent)):
            for i in range(hit.start, hit.end):
                tok = doc[i]
                if tok.head.i in triggers and tok.head.i != i and tok.dep_.split(":")[0] in ("obj", "nsubj"):
                    return True
        return False

    def doers_habit(self, m: EventMention, trig: Token) -> bool:
        """ "Les bandits, qui opèrent dans la région depuis des années, ont enlevé des centaines de personnes": the doers
        described by how long they have been at it (a clause on the subject with "depuis" and a long period or a year),
        a plural object and no day of the sentence's own tell what they have done over those years, not one incident.
        With a day ("... ont attaqué mardi une base") it is one incident told with its doers' history."""
        if trig.pos_ != "VERB" or ("same_sentence" in m.date_flags and m.date is not None
                                   and m.date.precision == "day"):
            return False
        subjects = [c for c in trig.children if c.dep_.split(":")[0] == "nsubj"]
        described = any(self._since_long(d) for s in subjects for c in s.children
                        if c.dep_.split(":")[0] in ("acl", "amod", "appos") for d in c.subtree)
        if not described:
            return False
        for child in trig.children:
            if child.dep_ not in _OBJECT or "Plur" not in morph_get(child, "Number"):
                continue
            dets = [c for c in child.children if c.dep_ == "det"]
            if not dets or all("Ind" in morph_get(d, "Definite") for d in dets):
                return True
        return False

    def _since_long(self, tok: Token) -> bool:
        """ "depuis" opening a long period: "depuis des années", "depuis plus d'une décennie", "depuis 2017"."""
        if not token_keys(tok) & self.since:
            return False
        after = tok.doc[tok.i + 1:min(tok.i + 6, tok.sent.end)]
        return any(token_keys(t) & self.long_periods or (t.like_num and len(t.text) == 4) for t in after)

    def period_toll(self, m: EventMention, doc) -> bool:
        """ "Six personnes ont été tuées la semaine dernière, selon les autorités": a toll over a week or more,
        told by its victims only (no incident noun) and at no place, sums up several incidents; so does one
        over a month or a year in a whole province or region ("Le mois dernier, au moins 60 civils ont été tués
        dans la région de X"), where a week's toll in a village may still be one raid. A period the time stage
        leaves undated ("au cours de cette période", "en six mois", with no day in the sentence) is read as a
        long one."""
        if m.fatalities is None and m.injuries is None:
            return False
        dated = m.date is not None and m.date.precision != "day" and "same_sentence" in m.date_flags
        long_period = dated and m.date is not None and m.date.precision in ("month", "year")
        sent = doc.char_span(m.sent_start, m.sent_end, alignment_mode="expand")
        if not dated:
            # (or a past period the time stage reads, over a month or more: "au cours des six derniers mois")
            if sent is None or self._names_a_day(sent) or not (
                    self.periods.find(doc_units(sent)) or self._long_period_in(sent)):
                return False
            long_period = True
        # "Au cours de la semaine écoulée, 23 terroristes ont été neutralisés dans les régions de A, B et C": a toll
        # counted over a stretch told as such (``stretch_phrases``, which the time stage may date as a week) is a
        # tally, as one over a month
        stretch = sent is not None and not self._names_a_day(sent) and bool(self.stretches.find(doc_units(sent)))
        long_period = long_period or stretch
        # (over such a stretch, a toll at several places counts several incidents, as one counted since a day, and so
        # does one in the area around a town, "dans la région de X"; at the town itself it may be one raid)
        # (the sentence's places, not only those the incident kept: "dans le nord de l'Irak et le nord de la Syrie,
        # dont 14 dans les régions de A et B")
        told = [p for p in doc_value(doc, "place_mentions") or [] if m.sent_start <= p.start < m.sent_end]
        several = stretch and len({(p.location.lat, p.location.lon) for p in [*m.places, *told]}) > 1
        wide = 2 if stretch else 3
        if m.places and not several and not (long_period and all((p.location.precision or 1) >= wide for p in m.places)):
            return False
        # "... la semaine dernière à Sandana": a place is named, only the gazetteer does not know it
        if not m.places and any(t.pos_ == "PROPN" and t.i > 0 and t.nbor(-1).lower_ in self.locatives
                                for t in sent or []):
            return False
        return all(doc[i].pos_ in ("VERB", "AUX") for i in m.trigger_tokens)

    def share_of_toll(self, m: EventMention, sent: Span) -> bool:
        """ "Plus de la moitié des victimes auraient péri lors de frappes de drones": a share of a toll told as a
        whole (``share_of_toll_phrases``) as the victims of the mention's clause sorts a total by its causes, it
        tells no incident. The share and a trigger word hang on one verb, however the parser hung each."""
        hits = self.shares.find(doc_units(sent))
        if not hits:
            return False
        doc = sent.doc
        verbs = {v.i for v in (_clause_verb(doc[i]) for i in m.trigger_tokens) if v is not None}
        for hit in hits:
            phrase = doc[hit.start:hit.end]
            verb = _clause_verb(phrase.root)
            if verb is not None and verb.i in verbs and verb.i > phrase.root.i:
                return True
        return False

    def ranking(self, m: EventMention, sent: Span) -> bool:
        """ "La zone de X est la plus touchée (89 morts), devant celle de Y (61)": places ranked by their tolls in
        a sentence that names no day are a report's tally by place."""
        hits = self.rankings.find(doc_units(sent))
        if not hits or self._names_a_day(sent):
            return False
        tkeys = doc_token_keys(sent.doc)
        return any(tkeys[i] & self.comparisons for i in range(hits[0].end, sent.end))

    @staticmethod
    def _long_period_in(sent: Span) -> bool:
        """The sentence names a past period of a month or more ("sur les six derniers mois"), not a "since"."""
        return any(tm.kind == "period" and "since" not in tm.flags and tm.interval.start and tm.interval.end
                   and _days(tm.interval.start, tm.interval.end) >= 28
                   for tm in sent.doc._.time_mentions or [] if sent.start_char <= tm.start < sent.end_char)

    @staticmethod
    def _names_a_day(sent: Span) -> bool:
        """The sentence names a day (a date of day precision, not the start of a "since" period)."""
        return any(tm.kind == "date" and tm.interval.precision == "day" and "since" not in tm.flags
                   for tm in doc_value(sent.doc, "time_mentions") or [] if sent.start_char <= tm.start < sent.end_char)

    def campaign(self, m: EventMention, trig: Token) -> bool:
        """ "ont attaqué des bases militaires dans la région", with no day and no toll of its own: a campaign (also
        over a period of its own sentence: "en 2023, ils avaient attaqué des convois près de X")."""
        if trig.pos_ != "VERB" or ("same_sentence" in m.date_flags and m.date is not None
                                   and m.date.precision == "day"):
            return False
        if m.fatalities is not None or m.injuries is not None:
            return False  # "ont attaqué des villages, tuant douze civils": one raid with its toll
        for child in trig.children:
            # (an object opened by a partitive the parser took for a preposition: "ont attaqué DES convois")
            partitive = child.dep_ == "obl:arg" and any(
                c.dep_ == "case" and token_keys(c) & self.partitives for c in child.children)
            if (child.dep_ not in _OBJECT and not partitive) or "Plur" not in morph_get(child, "Number"):
                continue
            dets = [c for c in child.children if c.dep_ == "det"]
            indefinite = not dets or all("Ind" in morph_get(d, "Definite") for d in dets)
            if indefinite and token_keys(child) & self.campaign_nouns:
                return True
        return False


def _days(start: str | None, end: str | None) -> int:
    """Length of a period in days (a long one when a bound is unknown)."""
    try:
        return (dt.date.fromisoformat(end or "") - dt.date.fromisoformat(start or "")).days
    except ValueError:
        return 10_000


def opens_sentence(cue: _Cue, sent: Span) -> bool:
    """The cue's words open the sentence and a comma closes them ("Au cours du mois écoulé, ...")."""
    first, last = min(cue.tokens), max(cue.tokens)
    doc = sent.doc
    if any(not doc[i].is_punct for i in range(sent.start, first)):
        return False
    return any(doc[i].text == "," for i in range(last + 1, min(last + 4, sent.end)))


def _opens_before(cue: _Cue, trig: Token) -> bool:
    """The cue's words open the trigger's sentence and a comma closes their phrase before the trigger."""
    sent = trig.sent
    doc = sent.doc
    first, last = min(cue.tokens), max(cue.tokens)
    if any(not doc[i].is_punct for i in range(sent.start, first)):
        return False
    return any(doc[i].text == "," for i in range(last + 1, trig.i))


def _clause_verb(tok: Token) -> Token | None:
    """The first verb at or above ``tok`` (up to four steps): the verb of its clause."""
    for _ in range(5):
        if tok.pos_ == "VERB":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _counted_plural(tok: Token) -> bool:
    """ "au moins 70 civils", "des dizaines de soldats": a plural noun with a number of its own (also one the
    tagger read as an adjective, "plus de 200 civils": counted, it is a noun)."""
    return tok.pos_ in ("NOUN", "ADJ") and "Plur" in morph_get(tok, "Number") and _counted(tok)


def _counted(trig: Token) -> bool:
    """ "cinq attaques", "plusieurs frappes": a number of incidents."""
    return any(c.dep_ == "nummod" or c.like_num for c in trig.children) or any(
        c.dep_ == "det" and c.lower_ in ("plusieurs", "quelques", "nombreuses", "nombreux") for c in trig.children
    )


def _in_complement(trig: Token, head: Token, path: list[tuple[str, Token]],
                   edges: frozenset[str] = _TREND_EDGES) -> bool:
    """Whether the trigger hangs on ``head`` through complement ``edges`` only, within one clause."""
    for edge, above in path:
        if edge in _BOUNDARY:
            return False
        if above.i == head.i:
            return edge in edges
        if edge not in edges and edge not in ("case", "det", "amod", "nsubj", "nsubj:pass"):
            return False
    return False
