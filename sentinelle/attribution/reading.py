"""How one trigger word is presented: the cues of its sentence that reach it, its non-event reason (denied,
threatened, hypothetical, habitual, aggregate), its modality and the speakers it is reported by (mixed into
:class:`~sentinelle.attribution.stage.Attributor`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sentinelle.attribution.background import BackgroundReader, opens_sentence
from sentinelle.attribution.document_sources import DocumentSources
from sentinelle.attribution.negation import NegationReader
from sentinelle.attribution.scope import ScopeReader
from sentinelle.attribution.sources import SourceReader
from sentinelle.attribution.syntax import (
    _MODIFIER,
    ClauseReader,
    _Cue,
    _in_apposition_without,
    _in_clause_of,
    _is_subject,
    _path_up,
    _Reading,
    passive_with_agent_only,
)
from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import token_keys
from sentinelle.events.parse_tree import misread_claim, misread_claimant
from sentinelle.extensions import morph_get, token_columns

# Source kinds that never claim an act as its perpetrator: what they "affirm to have" done or seen they report.
_NOT_PERPETRATORS = frozenset({"official", "anonymous", "media"})

# Cue categories of the background reader (tallies, trends, open periods).
_BACKGROUND = frozenset({"tally", "trend", "since", "since_short"})


def _directed(cue: _Cue, trig: Token, path: list[tuple[str, Token]]) -> bool:
    """The trigger is the infinitive a verb of ordering or asking governs, or in that infinitive's object
    ("a demandé à l'armée de BOMBARDER les positions", "a appelé à INTENSIFIER les FRAPPES"); the parser may
    hang the infinitive on the one addressed ("a ordonné à ses combattants d'attaquer")."""
    nodes = [trig] + [head for _, head in path]
    edges = [edge for edge, _ in path]
    for k, node in enumerate(nodes[:-1]):
        if node.pos_ in ("VERB", "AUX") and "Inf" in morph_get(node, "VerbForm"):
            if nodes[k + 1].i == cue.head.i:
                return True
            return edges[k] == "acl" and k + 2 < len(nodes) and nodes[k + 2].i == cue.head.i
        if k >= len(edges) or edges[k] not in _INSIDE_OBJECT:
            return False
    return False


# the relations from a word up to the verb whose object it is part of
_INSIDE_OBJECT = frozenset({"obj", "nsubj:pass", "nmod", "obl", "obl:arg", "amod", "conj"})


class TriggerReader(ScopeReader, DocumentSources, SourceReader, ClauseReader, NegationReader):
    """The reading of one trigger word (mixed into :class:`Attributor`, whose cue lists it reads)."""

    background: BackgroundReader
    agent_nouns: frozenset[str]
    hedged_devices: frozenset[str]
    toll_verbs: frozenset[str]
    accusation: frozenset[str]

    def _read(
        self, trig: Token, sent: Span, cues: list[_Cue], selon: list[list[Token]], quotes: list[tuple[int, int]],
        trigger_ids: frozenset[int] = frozenset(),
    ) -> _Reading:
        path = _path_up(trig, sent)  # [(edge into head, head), ...]
        reading = _Reading(depth=len(path), index=trig.i)
        found: dict[str, tuple[int, _Cue]] = {}  # category -> (distance, cue)
        farther: list[tuple[int, _Cue]] = []  # every speech cue that reaches the trigger, nearest first once sorted

        def note(cat: str, dist: int, cue: _Cue) -> None:
            if cat == "speech":
                farther.append((dist, cue))
            if cat not in found or dist < found[cat][0]:
                found[cat] = (dist, cue)

        clause_tokens = self._clause_verbs(trig, path, through_adjuncts=False)
        wide_clause = self._clause_verbs(trig, path, through_adjuncts=True)
        asides = _asides(sent)
        for cue in cues:
            if cue.cat in _BACKGROUND:
                continue  # judged by the background reader below
            if any(a <= cue.head.i < b and not a <= trig.i < b for a, b in asides):
                continue  # "(certains disent que ...)": a remark in parentheses hedges its own words only
            if trig.i in cue.tokens:
                if cue.cat in ("habitual", "aggregate"):
                    note(cue.cat, 0, cue)  # "plusieurs attentats", "d'autres attaques"
                continue
            if cue.cat == "purpose":
                if self._purpose_covers(cue, trig, path):
                    note("hypothetical", 0, cue)  # "mobilisés pour une offensive contre Goma"
                continue
            if cue.cat == "directive":
                if _directed(cue, trig, path):
                    note("hypothetical", 0, cue)  # "a ordonné à ses combattants d'attaquer les convois"
                continue
            if cue.cat == "denied" and any(c.dep_ == "det" and c.i in cue.tokens for c in trig.children):
                # "le porte-parole dément toute frappe sur l'aéroport": the denial phrase holds the trigger's own
                # determiner, whatever the parse made of the verb (the tagger reads the present "dément" as an adverb)
                note("denied", 0, cue)
                continue
            dist = self._governs(cue, trig, path)
            if dist is not None:
                note(cue.cat, dist, cue)
                continue
            if cue.cat in ("claimed", "speech", "denied") and self._attached_to(cue.head, trig):
                note(cue.cat, 0, cue)  # "l'attaque, revendiquée par X", "une frappe attribuée à"
                continue
            if cue.cat == "claimed" and cue.head.pos_ == "ADJ" and misread_claim(trig, self.words["claimed"]) == cue.head:
                note("claimed", 1, cue)  # "12 juin : l'EI revendique sur Telegram une attaque contre ..."
                continue
            if cue.cat == "speech" and self._incise(cue.head):
                note("speech", 50, cue)
                continue
            if cue.cat in ("speech", "claimed", "denied"):
                continue
            # a local cue modifies the trigger or a word of its clause; totals and habits
            # may hang on the clause's verb even when the trigger is an adjunct
            if cue.cat in ("habitual", "aggregate"):
                # "Chaque semaine, des greniers sont brûlés, des bœufs sont volés": a habit that opens the sentence,
                # set off by its comma, frames every clause after it, however the parser hangs the juxtaposed ones
                if cue.cat == "habitual" and opens_sentence(cue, sent) and trig.i > max(cue.tokens):
                    note(cue.cat, 0, cue)
                    continue
                # "les attaques RÉPÉTÉES": a participle describing the trigger noun is part of it
                describes = cue.head.head.i == trig.i and cue.head.dep_ in ("amod", "acl")
                # (not from an apposition that holds no trigger: "Dans l'État de X, théâtre depuis des années
                # d'enlèvements, des bandits ont enlevé dimanche douze fidèles")
                if (describes or _in_clause_of(cue.head, wide_clause)) and not _means_of(cue.head, trig) \
                        and not _in_apposition_without(cue.head, trig):
                    note(cue.cat, 0, cue)  # "dans diverses provinces", "depuis des années"
            elif cue.head.dep_ in _MODIFIER and cue.head.head in clause_tokens and cue.head not in clause_tokens \
                    and not (cue.cat == "hypothetical" and self._gerund(cue.head)):
                # (a gerund tells the circumstances of the act, which happened: "onze soldats tués en tentant
                # de repousser l'assaut"; what it attempts stays in its own complement)
                note(cue.cat, 0, cue)

        # "Cet enlèvement, qui n'a pas été revendiqué, a été confirmé par le ministère": the parser may hang the
        # passive speech verb on the relative clause and leave the trigger noun as the root; a passive speech verb
        # with an agent and no subject of its own still tells the noun that opens the sentence
        if "speech" not in found and trig.pos_ == "NOUN" and trig.dep_ == "ROOT":
            for cue in cues:
                if cue.cat == "speech" and passive_with_agent_only(cue.head):
                    note("speech", len(path) + 1, cue)
                    break

        # -- non-events -------------------------------------------------------------
        reasons: list[tuple[int, str]] = []
        if "denied" in found:
            dist, cue = found["denied"]
            if self._involvement_denied(cue, trig, path):
                found["reported"] = found["denied"]  # the act happened; the speaker denies a part in it
            else:
                reasons.append((-1, "denied"))
        # the act itself negated in its clause ("aucune frappe n'a touché", "sans procéder à des arrestations"):
        # a non-event, never a denied record (no source denies an incident someone told)
        # ("aucun policier n'a été tué", "personne n'a été blessé" is a toll of nobody, read by the casualties stage;
        # "l'armée n'a pas tué de civils", with its object, denies the act)
        toll = bool(token_keys(trig) & self.toll_verbs) and not any(c.dep_ in ("obj", "obl:arg") for c in trig.children)
        negation = None if toll else self.negation(trig)
        if negation == "object" and any(c.head.i == trig.head.i for c in cues):
            negation = None  # a negated cue judges the act its own way: "Washington n'exclut pas des frappes"
        if negation is not None:
            reasons.append((-1, "denied"))
            reading.negated = True
        for cat in ("threatened", "hypothetical"):
            if cat in found:
                dist, cue = found[cat]
                if cat == "hypothetical" and cue.head.lemma_ and self._realis_modal(cue.head):
                    continue  # "ont pu s'emparer de": an ability that was used
                reasons.append((dist, cat))
        if self._future(clause_tokens):
            reasons.append((1, "threatened"))
        if self._si_hypothesis(trig, clause_tokens, cues, trigger_ids) or self._present_conditional(clause_tokens, found, selon):
            reasons.append((1, "hypothetical"))
        if "hedge" in found and not self._past(clause_tokens):
            reasons.append((found["hedge"][0], "hypothetical"))
        question = self._question(sent, trig, path)
        if "habitual" in found or self._relative_present(trig, clause_tokens) or self._habitual_imperfect(trig, clause_tokens):
            reasons.append((100, "habitual"))
        if "aggregate" in found:
            reasons.append((101, "aggregate"))
        firm = self.background.reason(trig, cues, path, wide_clause, self._present(wide_clause), trigger_ids)
        if firm is not None:
            reasons.append((0, firm))
        # a question asks about everything in it; a denial outranks what it denies; a threat
        # ("a averti que ses combattants pouvaient frapper") outranks the possibility it states
        order = ("denied", "threatened", "hypothetical", "habitual", "aggregate")
        reasons.sort(key=lambda r: (order.index(r[1]), r[0]))
        reading.reason = reasons[0][1] if reasons else None
        reading.firm = firm is not None and reading.reason == firm
        if question:
            reading.reason = "hypothetical" if reading.reason != "denied" else "denied"

        # -- attribution -----------------------------------------------------------
        hedged = self._past_conditional(clause_tokens) and not self._agent_subject(trig) or self._hedged_relative(trig)
        reported = bool(selon) or "speech" in found or "hedge" in found or hedged
        reported = reported or any(s <= trig.idx < e for s, e in quotes) or "reported" in found
        reading.sources = list(selon)
        # "selon un communiqué du JNIM", "d'après l'agence Amaq": the group's own word
        # (not when the sentence says it accuses another side: "..., selon le FLA, qui accuse l'armée malienne" is
        # the group's accusation, not a claim of its own act)
        reading.armed_speaker = any(np and self._np_kind(np) == "armed_group" for np in selon) \
            and not self._accuses_another(sent)
        no_perpetrator = False
        # "revendique la prise de X et accuse les militaires d'avoir incendié Y": an accusation nearer the trigger
        # than the claim tells the accused side's act; neither the claim nor an armed accuser makes it a claim
        accused = "speech" in found and bool(token_keys(found["speech"][1].head) & self.accusation)
        if accused and "claimed" in found and found["claimed"][0] > found["speech"][0]:
            del found["claimed"]
        # "« Nous avons frappé leurs positions », a déclaré un commandant de X": the speaker of the quote the
        # trigger is in, whatever the parse made of the inverted subject
        quoted = any(s <= trig.idx < e for s, e in quotes)
        for cat in ("speech", "claimed"):
            if cat in found:
                np = self._speaker(found[cat][1].head)
                if np is None and cat == "claimed" and found[cat][1].head.pos_ == "ADJ":
                    # the misread present: its subject is the noun it was hung on
                    np = misread_claimant(found[cat][1].head)
                if not np and cat == "speech":
                    # "L'agence a confirmé qu'un navire avait signalé une explosion": the nearest voice names nobody
                    # who can speak ("un navire"); the one reporting it does
                    np = next((sp for _d, cue in sorted(farther, key=lambda x: x[0])
                               if cue is not found[cat][1] for sp in (self._speaker(cue.head),) if sp), None)
                if np:
                    reading.sources.append(np)
                    if cat == "speech" and not accused and self._np_kind(np) == "armed_group" and (
                            _is_subject(np) or quoted):
                        reading.armed_speaker = True
                    # a state's forces or ministry telling their own operation are an official source
                    # ("l'armée a annoncé avoir tué vingt terroristes"): a report, not a claim; so is a witness or
                    # an outlet saying what it saw ("des habitants affirment avoir entendu des tirs"): no perpetrator
                    no_perpetrator = no_perpetrator or (
                        cat == "claimed" and self._np_kind(np) in _NOT_PERPETRATORS)
        if "claimed" in found and not no_perpetrator:
            reading.modality = "claimed"
        elif "claimed" in found:
            reading.modality = "reported"
        elif reported:
            reading.modality = "reported"
        return reading

    def _accuses_another(self, sent: Span) -> bool:
        """The sentence holds a verb of blame with someone blamed as its object ("qui accuse l'armée", "impute
        l'attaque aux milices"): its speaker tells what another side did."""
        return any(tok.pos_ == "VERB" and token_keys(tok) & self.accusation
                   and any(c.dep_ == "obj" for c in tok.children) for tok in sent)

    def _hedged_relative(self, trig: Token) -> bool:
        """A relative clause in the past conditional on the incident's word ("L'attaque, qui aurait été menée par
        X, a fait cinq morts") or on the device that struck ("le drone, qui aurait été tiré depuis X, a frappé"):
        how the incident happened is hedged. Not on the attacker: "les assaillants, qui seraient venus du Niger"."""
        holders = [] if token_keys(trig) & self.agent_nouns else [trig]
        holders += [c for c in trig.children if c.dep_ in ("nsubj", "nsubj:pass") and token_keys(c) & self.hedged_devices]
        # (set off by dashes, the relative may take the main verb in as its adjunct: "le drone – qui aurait été
        # tiré depuis X – a frappé", "frappé" parsed under "tiré")
        holders += [a.head for a in trig.ancestors if a.dep_ == "acl:relcl" and token_keys(a.head) & self.hedged_devices]
        return any(rel.dep_ == "acl:relcl" and self._past_conditional([rel]) for h in holders for rel in h.children)

    def _agent_subject(self, trig: Token) -> bool:
        """The trigger names the attacker and sits in a verb's subject ("l'un des kamikazes aurait transité")."""
        if not token_keys(trig) & self.agent_nouns:
            return False
        # (an inverted subject, "d'où aurait transité l'un des kamikazes", is parsed as an object)
        return any(t.dep_.startswith("nsubj") or t.dep_ == "obj" for t in [trig, *trig.ancestors][:3])


_MEANS_CASES = frozenset({"a", "au", "aux", "avec"})


def _asides(sent: Span) -> list[tuple[int, int]]:
    """The token ranges inside parentheses in the sentence, parentheses included."""
    out, opened = [], None
    texts = token_columns(sent.doc).text  # (the token texts as a column: no Token built per word)
    for i in range(sent.start, sent.end):
        text = texts[i]
        if text == "(" and opened is None:
            opened = i
        elif text == ")" and opened is not None:
            out.append((opened, i + 1))
            opened = None
    return out


def _means_of(cue: Token, trig: Token) -> bool:
    """ "deux attaques aux multiples engins explosifs": the quantifier counts the means of the incident
    (a noun hung on the trigger by "à"/"avec"), not incidents."""
    noun = cue.head
    return noun.i != trig.i and noun.head.i == trig.i and any(
        c.dep_ == "case" and word_key(c.text) in _MEANS_CASES for c in noun.children)

