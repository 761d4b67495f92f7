"""The ``sentinelle_assemble`` stage: event mentions → ``Event`` and ``NonEvent`` records.

* Mentions flagged by attribution (hypothetical, threatened, habitual,
  aggregate, denied) become ``NonEvent`` records, never events.
* A mention listing several places becomes one mention per place (one event
  per place, day and incident).
* Coreferent mentions are merged: compatible types, the same or a contained
  place (or none stated), overlapping dates, no conflicting target, and
  nothing saying it is "another" incident, nor days, sides, means, live-blog
  entries or a headline of another kind keeping them apart (``boundaries.py``).
  Placed, typed mentions of the body open events (a headline's, which sums
  up, join them after); mentions without a place, then generic ones
  ("l'attaque"), join the closest compatible event, or are dropped when
  there is none.
* Merged fields follow the annotation guideline (``merge.py``): the most specific
  type by ACLED precedence, the most precise place, a stated day over a
  publication-date fallback, the lowest casualty figure, every evidence span.
  Whether two mentions' dates agree is ``dates_agree.py``'s.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.events.assault_typing import armed_assault, force_hit, only_civilians_hit, typed_as
from sentinelle.events.boundaries import (
    entry_of,
    entry_starts,
    heading_places,
    headline_apart,
    item_headings,
    item_starts,
    item_titles,
    neighbour_named,
    opens_on_place,
    other_entry,
    placed_apart,
    same_name,
    told_apart,
    told_later_only,
)
from sentinelle.events.carry import (
    carry_places,
    inner_opener_pattern,
    mark_unknown_names,
    opener_pattern,
    place_by_pronoun,
    unknown_after_locative,
    unlocated_names,
)
from sentinelle.events.clusters import (
    _PEOPLE_TARGETS,
    _Cluster,
    _headline_recap,
    _headline_sums_up,
    _target_kind,
    _told_after,
)
from sentinelle.events.dates_agree import date_strength, dates_overlap
from sentinelle.events.detect import SCENE_PLACES
from sentinelle.events.fact_checks import claims_checked
from sentinelle.events.geo import norm_name as _norm
from sentinelle.events.geo import same_place
from sentinelle.events.incidents import VIOLENT_TYPES
from sentinelle.events.lexicon import Lexicon, get_lexicon, keys
from sentinelle.events.matching import token_keys
from sentinelle.events.mention import EventMention
from sentinelle.events.merge import merge_event
from sentinelle.events.ongoing import explain_heard_sounds, fold_going_on
from sentinelle.events.same_incident import other_sides_version, types_compatible
from sentinelle.events.shares import split_by_place
from sentinelle.events.strike_sides import strikers_named_elsewhere
from sentinelle.events.word_lists import event_words
from sentinelle.extensions import doc_text
from sentinelle.model import NonEvent, PlaceMention


class Assembler:
    """Builds the article's events and non-events from its mentions."""

    def __init__(self, lex: Lexicon, keep_unlocated: bool = False, lang: str = "fr") -> None:
        self.lex = lex
        self.lang = lang
        self.keep_unlocated = keep_unlocated
        self.concurrent = opener_pattern(lex.triggers.concurrent_openers + lex.triggers.distinct_openers)
        self.openers = opener_pattern(lex.triggers.continuation_openers + lex.triggers.concurrent_openers)
        self.inner_distinct = inner_opener_pattern(lex.triggers.distinct_openers)
        self.speech_verbs = keys(lex.modality.speech_verbs)
        self.place_pronouns = frozenset(w.lower() for w in lex.triggers.place_pronouns)
        self.storming = frozenset(e.id for e in lex.triggers.triggers if e.category_types)
        self.claimed_types = {e.id: e.claimed_alone for e in lex.triggers.triggers if e.claimed_alone}
        self.entries = {e.id: e for e in lex.triggers.triggers}

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc._.event_mentions or [])
        text = doc_text(doc)
        first_line = text.find("\n")
        # (the first line is a headline when it is one sentence with no final stop, not a lede or a paragraph)
        titled = first_line > 0 and text[:first_line].rstrip()[-1:] not in (".", "!", "?", "»", '"')
        unlocated = unlocated_names(doc)
        entries = entry_starts(text, self.lang)
        # a digest ("Gao : ...", "Goma : ..."): each item is a report of its own, like a live blog's entry
        items = item_headings(text, getattr(doc._, "place_mentions", None) or [], self.lang)
        if items:
            entries = sorted({*entries, *(line for line, _ in items)})
        titles = item_titles(text, sorted({*item_starts(text, self.lang), *(line for line, _ in items)}))
        for m in mentions:
            m.entry = entry_of(entries, m.sent_start)
            m.headline = titled and m.sent_start < first_line and m.sent_end <= first_line or any(
                start <= m.sent_start and m.sent_end <= end for start, end in titles)
            m.neighbour = bool(m.places) and neighbour_named(text, m.places[0], self.lang)
            m.scene = opens_on_place(text, m, self.lang)
        mark_unknown_names(doc, mentions, unlocated + unknown_after_locative(doc))
        heading_places(mentions, items)
        place_by_pronoun(doc, mentions, self.place_pronouns)
        # a denial that names its place is a record of its own ("L'armée a démenti avoir bombardé le
        # village de X"); a denial with no place stays a non-event
        # (an act the text itself says did not happen, "il n'y a pas eu de combats", is told by nobody)
        denied = [m for m in mentions if m.non_event == "denied" and m.places and m.event_type and not m.negated]
        # "elle a entendu des détonations à X. « Ils tiraient sur tout ce qui bougeait »": the sound is the shooting's
        explain_heard_sounds(doc, mentions, event_words(self.lang))
        factual = [m for m in mentions if not m.non_event]
        # "Une vidéo prétend montrer une frappe sur le marché de X", under "Non, cette vidéo ne montre pas une frappe
        # sur le marché de X": the claim the article checks is the denied incident told again
        checked = claims_checked(doc, factual, denied, event_words(self.lang).content_nouns)
        denied += checked
        factual = [m for m in factual if m not in checked]
        # "... ont attaqué un poste à X. Les tirs se poursuivaient dans la soirée": the attack going on, which
        # neither opens another event nor lends the attack its day or type
        factual = fold_going_on(doc, factual, event_words(self.lang))
        # "L'armée affirme que ses soldats ont tiré sur des « émeutiers »": the other side's account of the incident
        # told just before, which is no riot of its own
        factual = [m for m in factual if not other_sides_version(m, factual, text)]
        if self.concurrent is not None:
            text = doc_text(doc)
            for m in factual:
                # "Simultanément, des hommes armés ont tiré sur le commissariat", "Par ailleurs, ...": not the
                # incident told before (unless the mention names it again, with no place of its own: "Le même jour,
                # le JNIM a revendiqué l'embuscade"; "la prise du village de X" is a new act)
                m.distinct = m.distinct or not (m.anaphoric and not m.places) and (
                    bool(self.concurrent.match(text, m.sent_start)) or self._marked_inside(doc, m))
        names_back(factual, text)
        scene = doc.user_data.get(SCENE_PLACES, []) if hasattr(doc, "user_data") else []
        clusters = self._clusters(factual, doc_text(doc), scene)
        carry_places(doc, clusters, self.openers)
        clusters = self._join_tolls_told_after(clusters)
        kept = [c for c in clusters if self._publishable(c) and not _headline_sums_up(c, clusters)]
        events = [merge_event(c, self.lex, self.entries) for c in kept]
        # "plusieurs frappes israéliennes ont ciblé Rafah ... Une frappe a touché une voiture": the one side named
        # striking in the article did its other strikes there
        events = strikers_named_elsewhere(events, self.lang)
        recorded: list[EventMention] = []
        for c in self._clusters(denied, doc_text(doc)):
            # the incident others tell is not denied by one source's word; a denial never joins nor
            # retypes it ("ont tué trois civils à X. L'armée a démenti y avoir mené une frappe": two records)
            if self._publishable(c) and not any(self._told_by_others(c, k) for k in kept):
                events.append(merge_event(c, self.lex, self.entries, modality="denied"))
                recorded += c.mentions
        # every other denial stays findable as a non-event
        doc._.non_events = self._non_events(doc, [m for m in mentions if m.non_event and m not in recorded])
        doc._.events = sorted(events, key=lambda e: min(e.evidence) if e.evidence else (0, 0))
        return doc

    def _join_tolls_told_after(self, clusters: list[_Cluster]) -> list[_Cluster]:
        """A toll told alone after an incident, which took its place ("Des hommes armés ont attaqué X. Ils ont tué
        deux civils"), is that incident's when nothing keeps them apart."""
        for c in list(clusters):
            k = next((k for k in clusters if c.carried_from in k.mentions), None) if c.carried_from else None
            if k is not None and k is not c and all(self._compatible(k, m) for m in c.mentions):
                # an assault typed as a fight for want of victims hit only civilians after all
                if all(only_civilians_hit(m) for m in c.mentions) and not any(force_hit(x) for x in k.mentions):
                    k.mentions = [typed_as(x, "attack") if x.sub_event_type == "armed_clash"
                                  and self.storming.intersection(x.trigger_ids) else x for x in k.mentions]
                k.mentions += c.mentions
                clusters.remove(c)
        return clusters

    def _marked_inside(self, doc: Doc, m: EventMention) -> bool:
        """ "Un soldat a par ailleurs été blessé près de X": a distinct opener written inside the sentence, before the
        mention's trigger, sets it apart as well; not one on a verb of speech ("La même source évoque par ailleurs
        un missile tombé près de X", "a par ailleurs annoncé ...": what a source adds may tell the incident told
        before)."""
        if self.inner_distinct is None or not m.trigger_spans:
            return False
        text = doc_text(doc)
        for found in self.inner_distinct.finditer(text, m.sent_start, m.trigger_spans[0][0]):
            marker = doc.char_span(found.start(), found.end(), alignment_mode="expand")
            if marker is not None and not token_keys(marker.root.head) & self.speech_verbs:
                return True
        return False

    def _claimed_alone(self, m: EventMention) -> str | None:
        """The type of a word its perpetrator claims that no other mention tells ("Les shebab ont revendiqué
        l'attentat de mardi à Mogadiscio"), when it names a place and a day (``claimed_alone`` in the data)."""
        if m.modality != "claimed" or not m.places or m.places[0].kind == "country" or m.date is None \
                or m.date.precision != "day" or "from_publication" in m.date_flags or m.summary or m.listed:
            return None
        return next((self.claimed_types[t] for t in m.trigger_ids if t in self.claimed_types), None)

    def _told_by_others(self, denied: _Cluster, told: _Cluster) -> bool:
        """The denied incident is one the article tells as fact: same type, place and dates.

        (the same sub-event type when both say it: "a repoussé l'attaque ... a démenti que le poste ait été
        occupé" denies the capture, not the battle it tells)"""
        if {m.event_type for m in denied.mentions} != {m.event_type for m in told.mentions if m.event_type}:
            return False
        denied_subs = {m.sub_event_type for m in denied.mentions if m.sub_event_type}
        told_subs = {m.sub_event_type for m in told.mentions if m.sub_event_type}
        if denied_subs and told_subs and denied_subs.isdisjoint(told_subs):
            return False
        return all(self._compatible(told, m) for m in denied.mentions)

    # -- clustering --------------------------------------------------------------

    def _clusters(self, mentions: list[EventMention], text: str, scene: list[PlaceMention] | None = None
                  ) -> list[_Cluster]:
        units: list[EventMention] = []
        for m in mentions:
            units.extend(split_by_place(m, text, self.lex, self.lang))
        clusters: list[_Cluster] = []
        # mentions that say how it was done open events first; those typed only from
        # their victims or target ("les attaques contre al-Tanf") then join them
        # (a headline sums up what the body tells: it joins the body's incidents once they are open, the one whose
        # toll it gives first, rather than open one the body's mentions then join, whichever its toll is: "un
        # combattant et deux civils tués" above a raid that killed nobody and a strike that killed two civilians)
        # (a lede placed only in its country, which does not say how, sums up as the headline does: it comes after)
        coarse = [m for m in units if m.event_type and m.places and not m.specific and not m.headline
                  and m.places[0].kind == "country"]
        typed_placed = [m for m in units if m.event_type and m.places and m.specific and not m.headline]
        typed_placed += [m for m in units if m.event_type and m.places and not m.specific and not m.headline
                         and m not in coarse]
        typed_placed += [m for m in units if m.event_type and m.places and m.headline and m.specific]
        typed_placed += [m for m in units if m.event_type and m.places and m.headline and not m.specific]
        typed_placed += coarse
        typed_unplaced = [m for m in units if m.event_type and not m.places]
        generic = [m for m in units if not m.event_type]
        for m in typed_placed:
            target = self._best_cluster(clusters, m, text, scene)
            if target is None:
                clusters.append(_Cluster([m]))
            else:
                target.mentions.append(m)
        for m in typed_unplaced:
            target = self._best_cluster(clusters, m, text, scene)
            if target is None:
                clusters.append(_Cluster([m]))
            else:
                target.mentions.append(m)
        for m in generic:
            target = self._best_cluster(clusters, m, text, scene)
            if target is not None:
                target.mentions.append(m)
            elif armed_assault(m, self.storming):
                # ACLED codes an armed group's assault on a town held by others as an armed clash, one that hit only
                # civilians as an attack on them
                clusters.append(_Cluster([typed_as(m, "attack" if only_civilians_hit(m) else "armed_clash")]))
            elif (alone := self._claimed_alone(m)) is not None:
                clusters.append(_Cluster([typed_as(m, alone)]))
        for c in clusters:
            c.mentions.sort(key=lambda x: x.sent_start)
        return sorted(clusters, key=lambda c: c.mentions[0].sent_start)

    def _best_cluster(self, clusters: list[_Cluster], m: EventMention, text: str,
                      scene: list[PlaceMention] | None = None) -> _Cluster | None:
        best, best_key = None, None
        # a toll told alone, with no word of how and no place, of any type ("... a visé un campement rebelle près
        # de X. Selon une source sécuritaire, sept rebelles ont été tuées"): the incident told just before it in its
        # paragraph, whatever its family (the victims' kind types the toll, not the incident)
        toll_only = not (m.specific or m.places or m.headline) and bool(m.fatalities or m.injuries)
        # (an incident placed somewhere: a toll joined to an unplaced one would be lost with it)
        before = [x.sent_start for c in clusters if c.place is not None for x in c.mentions
                  if x.sent_end <= m.sent_start and "\n" not in text[x.sent_end:m.sent_start]]
        last_before = max(before) if toll_only and before else None
        # (an incident the body placed in a paragraph before ``m``'s: what ``m`` goes on with, when it names no place;
        # not the lede's, which may sum up the paragraphs below it, nor another entry's or item's, a report of its own)
        paragraph = text.rfind("\n", 0, m.sent_start)
        story_before = not m.places and paragraph > 0 and any(
            x.places and not x.headline and x.sent_end <= paragraph and x.entry == m.entry
            for c in clusters for x in c.mentions)
        for c in clusters:
            if not self._compatible(c, m) or _later_story(m, c, text) \
                    or placed_apart(m, c.mentions, c.place, text, scene or []) \
                    or told_later_only(m, c.mentions, text, story_before):
                continue
            place = c.place
            exact = bool(m.places and place and (_norm(m.places[0].text) == _norm(place.text) or (
                place.location.place and _norm(m.places[0].location.place or "") == _norm(place.location.place))))
            # "la double attaque suicide" goes back to the suicide bombing, not to the nearest attack
            same_kind = bool(m.sub_event_type and m.specific
                             and any(x.sub_event_type == m.sub_event_type for x in c.mentions)) \
                or any(x.sent_start == m.names_back for x in c.mentions)
            gap = min(abs(x.sent_start - m.sent_start) for x in c.mentions)
            # a word that does not say what happened ("le raid contre Damas") only corroborates an incident
            # told nearby or at its own place; it never lends its place to a placeless one (one with no place
            # of its own, "La BLA a revendiqué l'attaque", names again the incident told just before it in
            # its paragraph)
            if not m.event_type and not exact and (gap > _GENERIC_REACH or place is None and (
                    m.places or not any(x.sent_start < m.sent_start and "\n" not in text[x.sent_start:m.sent_start]
                                        for x in c.mentions))):
                continue
            # "cinq civils tués lors d'une attaque contre un abri" goes to the shelling of the shelter, not to
            # the battle told beside it
            same_target = bool(m.target and m.event_type in VIOLENT_TYPES and any(x.target == m.target for x in c.mentions))
            same_family = m.event_type is not None and any(x.event_type == m.event_type for x in c.mentions)
            # a word that does not say what happened, naming an incident again ("L'attaque n'a pas été
            # revendiquée"), points back: to an incident already told before one told only later; so does a toll
            # told alone ("... une maison à X. Au moins 12 personnes ont été tuées. Dimanche, à Y, ...")
            toll_alone = not (m.specific or m.places) and m.event_type == "violence_against_civilians" \
                and bool(m.fatalities or m.injuries)
            points_back = not m.event_type or toll_alone
            told_before = not points_back or any(x.sent_start < m.sent_start for x in c.mentions)
            if points_back and told_before:
                # (how far back: from what the incident told before it, not from a mention told after it)
                gap = min(m.sent_start - x.sent_start for x in c.mentions if x.sent_start < m.sent_start)
            # (a toll told alone names its victims, not a target: the incident before it comes first)
            right_before = last_before is not None and c.place is not None and any(
                x.sent_start == last_before for x in c.mentions)
            # a headline's toll is that of the incident of the body that counts as many dead
            other_toll = bool(m.headline and m.fatalities) and not any(
                x.fatalities == m.fatalities for x in c.mentions if not x.headline)
            key = (not exact, not same_kind, other_toll, toll_alone and not told_before, not right_before,
                   not same_target, not same_family, not told_before, gap)
            if best_key is None or key < best_key:
                best, best_key = c, key
        return best

    def _compatible(self, c: _Cluster, m: EventMention) -> bool:
        # the places of one enumeration are different places, however close ("Khiam et Kfarkela")
        if m.listed and any(x.listed and x.sentence == m.sentence and x.trigger_spans == m.trigger_spans
                            for x in c.mentions):
            return False
        # ("Deux policiers ont été blessés dans une autre attaque, à X, suite à l'explosion d'une charge": the
        # explosion told after the marker, in its sentence, is that other attack)
        if m.distinct and not all(x.summary or _told_after(x, m) for x in c.mentions):
            return False
        # ... nor is what was told before it, with no place or at another named place, that incident ("L'armée a dit
        # avoir riposté à des engins explosifs. Un soldat a par ailleurs été blessé près de X": the explosives are
        # not at X; a lede telling it at its place sums it up)
        if not (m.summary or m.headline) and any(x.distinct and x.sent_start > m.sent_start and not same_name(m, x)
                                                 for x in c.mentions):
            return False
        # a mention that names no place cannot tell which town of an enumeration it is about
        if not m.places and all(x.listed for x in c.mentions):
            return False
        # "Mardi, des jihadistes ont attaqué le village de X" (a village no gazetteer holds, on a day of its own) is
        # not the incident told at a known town the day before
        # (the day may open the sentence before, the one naming the village: "Dimanche, des bandits ont envahi le
        # village de X. Ils ont tué quatorze habitants")
        if m.unknown_place and c.place is not None and not any(x.unknown_place for x in c.mentions) \
                and _another_day(m, c.mentions, any_sentence=m.unknown_name is not None):
            return False
        # nor, whatever its day, the incident told at a town or a site named otherwise, unless it names that one back
        # ("... une patrouille à X" after "des frappes près de Y": X, unknown, will be placed in its province at best,
        # which must not make it Y's); a headline sums up ("Katsina : onze villageois tués" above "le village de X")
        if m.unknown_place and not m.anaphoric and c.place is not None and c.place.kind in ("city", "site") \
                and (c.place.location.precision or 1) <= 2 and not any(x.unknown_place for x in c.mentions) \
                and not all(x.headline for x in c.mentions):
            return False
        # an incident named to date another one in the same sentence is not that one
        if any(x.sentence == m.sentence and x.reference != m.reference for x in c.mentions):
            return False
        if m.event_type and not all(self._types_compatible(m, x) for x in c.mentions if x.event_type):
            return False
        # two days, sides or means named apart; two live-blog entries; a headline of another kind elsewhere (a
        # body incident the body already told at that place joins it whatever the headline says)
        if other_entry(c.mentions, m) or any(told_apart(m, x) for x in c.mentions) or (
                (m.headline or all(x.headline for x in c.mentions))
                and any(headline_apart(m, x) for x in c.mentions)):
            return False
        place = c.place
        if m.places and place and not same_place(m.places[0], place) and not _headline_recap(c, m):
            return False
        if not all(dates_overlap(m, x) for x in c.mentions):
            return False
        # (people hit say who the victims were, not another thing struck: they never keep two mentions apart)
        # (what "la frappe" told again also destroyed is no other target: "... une frappe contre un campement. La
        # frappe a détruit deux véhicules")
        # (nor is what was seized or shot down: "ont saisi des armes et un véhicule blindé" hit no vehicle)
        targets = {_target_kind(x.target) for x in c.mentions if x.target and x.target not in _PEOPLE_TARGETS
                   and x.sub_event_type != "disrupted_weapons_use"}
        if m.target and m.target not in _PEOPLE_TARGETS and targets and _target_kind(m.target) not in targets \
                and m.sub_event_type != "disrupted_weapons_use" \
                and not any(x.sent_start == m.names_back for x in c.mentions):
            return False
        return True

    @staticmethod
    def _types_compatible(a: EventMention, b: EventMention) -> bool:
        return types_compatible(a, b)

    def _publishable(self, c: _Cluster) -> bool:
        if not c.types:
            return False
        # an incident only recalled by a trial or a commemoration ("le procès de l'attentat de X") whose own
        # words name no day: the day of the hearing or the ceremony is not its day
        if all(m.recalled and m.date is None and "undated" in m.date_flags for m in c.mentions):
            return False
        place = c.place
        if place is None:
            return self.keep_unlocated
        # a tally of several incidents over a whole region ("deux attentats dans le sud de la Colombie")
        # is not one event; the incidents it counts are coded where the article tells them
        if all(m.summary and not m.listed for m in c.mentions) and (place.location.precision or 1) >= 3:
            return False
        # a whole country is not where an incident happened; keep it only when asked
        return place.kind != "country" or self.keep_unlocated

    @staticmethod
    def _non_events(doc: Doc, mentions: list[EventMention]) -> list[NonEvent]:
        out: list[NonEvent] = []
        seen: set[tuple[str, tuple[int, int]]] = set()
        for m in mentions:
            key = (m.non_event or "", m.sentence)
            if key in seen:
                continue
            seen.add(key)
            out.append(
                NonEvent(
                    why=m.non_event,  # type: ignore[arg-type]
                    evidence=[m.sentence],
                    event_type=m.event_type,  # type: ignore[arg-type]
                    sub_event_type=m.sub_event_type,
                    text=doc_text(doc)[m.sent_start : m.sent_end][:300],
                )
            )
        return out


def names_back(mentions: list[EventMention], text: str) -> None:
    """A definite trigger noun with no place ("La frappe a permis de neutraliser onze terroristes"), right after an
    incident of its kind told in its paragraph, names that incident again: not an incident told further back with
    the same victims or target (an explosive device two bullets above)."""
    for m in mentions:
        if not (m.anaphoric and m.sub_event_type) or m.places or m.distinct:
            continue
        before = [x for x in mentions if x.sent_end <= m.sent_start and x.places and x.event_type
                  and "\n" not in text[x.sent_start:m.sent_start]]
        last = max(before, key=lambda x: x.sent_start, default=None)
        if last is not None and last.sub_event_type == m.sub_event_type:
            m.names_back = last.sent_start


def _another_day(m: EventMention, others: list[EventMention], any_sentence: bool = False) -> bool:
    """``m`` names a day in its own sentence (``any_sentence``: a day, wherever told), outside the days of the
    ``others``."""
    if m.date is None or not m.date.start or not (
            "same_sentence" in m.date_flags or any_sentence and m.date.precision == "day"):
        return False
    return any(x.date is not None and x.date.start and not x.date.start <= m.date.start <= (x.date.end or x.date.start)
               for x in others)


def _later_story(m: EventMention, c: _Cluster, text: str) -> bool:
    """``m`` names no place and its day, and ``c`` is told only in a later paragraph, on another day of its own.

    "Vendredi, des insurgés sont entrés dans X. Ils ont affronté les militaires ... \n\n Le lendemain, à Y,
    ils ont décapité deux pêcheurs": the fight is Friday's, at X; the next paragraph's Saturday killing at Y is
    another incident, whatever the day of slack says (it is for a day said in passing, not for a story told day
    by day). A lede that names no place still joins the paragraph that places it on its own day.
    """
    if m.places or m.headline or m.date is None or not m.date.start or date_strength(m) > 1:
        return False
    # (a headline above sums the incident up: the body is where it is told)
    body = [x for x in c.mentions if not x.headline]
    first = min((x.sent_start for x in body), default=0)
    if first <= m.sent_start or "\n" not in text[m.sent_end:first]:
        return False
    return all(_another_day(x, [m]) for x in body)


# How far from an incident a word that does not say what happened may still be one of its mentions.
_GENERIC_REACH = 1500

@Language.factory("sentinelle_assemble", default_config={"lang": "fr", "keep_unlocated": False})
def make_assemble(nlp: Language, name: str, lang: str, keep_unlocated: bool) -> Assembler:
    """spaCy factory of the assemble stage (writes ``doc._.events`` and ``doc._.non_events``)."""
    return Assembler(get_lexicon(lang), keep_unlocated=keep_unlocated, lang=lang)
