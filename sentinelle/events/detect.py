"""The ``sentinelle_events`` stage: triggers → typed event mentions with their arguments.

Per sentence: find the triggers of ``triggers.yaml`` (phrases, lemmas,
dependency patterns), type each one (its own type, or for generic words the
weapon / victims / target around it), group the triggers that describe one
incident, and read the group's arguments from the parse. Modality is left to
``sentinelle_attribution``; merging across sentences to ``sentinelle_assemble``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.events.arguments import (
    choose_actors,
    event_date,
    fallback_places,
    home_countries,
    span_of_tokens,
    usable_places,
)
from sentinelle.events.blamed_after import authors_blamed_after
from sentinelle.events.boundaries import entry_of, item_starts
from sentinelle.events.build_mention import MentionBuilder, starts_in
from sentinelle.events.casualties import CasualtyReader
from sentinelle.events.contrast import split_contrast
from sentinelle.events.doers_back import doers_told_back
from sentinelle.events.event_types import EventTyper, category_of, repeats
from sentinelle.events.geo import same_place
from sentinelle.events.incidents import (
    another_of_the_same_kind,
    figures_to_nearest,
    gapping_pattern,
    inherit_series_places,
    marked_distinct,
    outside_other_members,
    outside_other_phrases,
    split_gapped,
    unknown_place_apart,
)
from sentinelle.events.lexicon import (
    Lexicon,
    TargetEntry,
    WeaponEntry,
    get_lexicon,
    keys,
    resolve_type,
    word_key,
)
from sentinelle.events.matching import (
    PhraseIndex,
    doc_token_keys,
    doc_units,
    segments,
    token_keys,
)
from sentinelle.events.mention import EventMention
from sentinelle.events.negated_places import NegatedPlaces, move_corrected, without_denied
from sentinelle.events.parse_repair import repair_incised_days, repair_objects_after_adverbials
from sentinelle.events.parse_tree import in_clause_without, negated, tree_distance, verb_form
from sentinelle.events.place_choice import choose_places
from sentinelle.events.references import ReferencePhrase, get_reference_finder
from sentinelle.events.roles import Roles, fighters_means, object_of, side_category, victim_among
from sentinelle.events.sentence_scope import (
    comma_stretch,
    grievance_of,
    outside_issuers,
    outside_source_names,
    people_named_by_name,
    people_named_by_nationality,
    token_indices,
)
from sentinelle.events.sides import attackers_named_before
from sentinelle.events.tolls import toll_words, tolls_of_both_sides, tolls_told_after
from sentinelle.events.trigger_context import TriggerContext, _linked, _prevented, support_means
from sentinelle.events.triggers import TriggerFinder
from sentinelle.events.word_lists import CompoundFile, event_words
from sentinelle.events.wound_deaths import WoundDeaths
from sentinelle.extensions import doc_lang, doc_text, morph_get
from sentinelle.lang import lang_path, load_yaml
from sentinelle.places.component import UNKNOWN_AFTER_LOCATIVE, UNLOCATED
from sentinelle.places.data import load_demonyms

# Doc.user_data key: the article's usable places, outside phrases naming other incidents.
SCENE_PLACES = "sentinelle_scene_places"


class EventDetector(TriggerContext):
    """Finds event mentions in a Doc with one language's data files."""

    def __init__(self, lex: Lexicon, lang: str = "fr") -> None:
        self.lex = lex
        self.lang = lang
        self.time_words = event_words(lang).adverbial_time_words
        self.references = get_reference_finder(lang)
        compounds = load_yaml(lang_path(lang, "compounds.yaml"), CompoundFile)
        self.triggers = TriggerFinder(lex, frozenset(word_key(w) for w in compounds.modifier_cases),
                                      event_words(lang).party_words)
        self.weapons = PhraseIndex()
        for w in lex.weapons.weapons:
            for p in w.phrases:
                self.weapons.add(p, w)
        self.targets = PhraseIndex()
        for t in lex.targets.targets:
            for p in t.phrases:
                self.targets.add(p, t)
        self.civilian_people = next((t for t in lex.targets.targets if t.target == "civilians" and t.people), None)
        self.nationality_words = frozenset(load_demonyms(lang))  # lower-case forms, as written
        self.victim_verbs = keys(lex.casualties.killed_verbs) | keys(lex.casualties.injured_verbs)
        self.age_nouns = keys(lex.casualties.age_nouns)
        self.armed_adjectives = event_words(lang).armed_adjectives
        self.issuer_verbs = event_words(lang).issuer_verbs
        self.negated_places = NegatedPlaces(event_words(lang))
        self.casualties = CasualtyReader(lex)
        self.wound_deaths = WoundDeaths(lex)
        self.source_markers = PhraseIndex()
        for phrase in lex.modality.source_prepositions:
            self.source_markers.add(phrase, phrase)
        self.locatives = frozenset(word_key(w) for w in compounds.locatives)
        self.roles = Roles(lex)
        self.claim_verbs = keys(lex.modality.claim_verbs)
        self.speech_verbs = keys(lex.modality.speech_verbs)
        self.negation_adverbs = keys(lex.modality.scope.negation.adverbs)
        self.search_words = keys(lex.triggers.search_words)
        self.attempt_verbs = keys(lex.triggers.attempt_verbs)
        self.equipment_verbs = keys(lex.triggers.equipment_verbs)
        self.hypothetical_words = keys(lex.modality.hypothetical_words)
        self.accident_words = keys(lex.triggers.accident_words)
        self.additive_adverbs = keys(lex.triggers.additive_adverbs)
        self.toll_words = toll_words(lang, self.additive_adverbs | self.casualties.own_losses,
                                     self.speech_verbs | self.claim_verbs, self.claim_verbs, self.casualties.source_marks)
        self.contrast_marks = keys(lex.triggers.contrast_marks)
        self.gapping = gapping_pattern(lex.triggers.gapping_marks)
        self.repel_verbs = keys(lex.triggers.repel_verbs)
        self.typer = EventTyper(lex)
        self.builder = MentionBuilder(lex, self.typer, self.references, self.casualties,
                                      self.claim_verbs, self.repel_verbs, self.additive_adverbs,
                                      event_words(lang).summary_adjectives)

    def __call__(self, doc: Doc) -> Doc:
        # (before anything reads the tree: "ont tué jeudi soir deux agriculteurs" has its object back)
        repair_objects_after_adverbials(doc, self.time_words)
        repair_incised_days(doc, self.time_words, event_words(self.lang).of_cases)
        places = doc._.place_mentions
        if places is None:
            places = fallback_places(doc)
        actors = doc._.actor_mentions or []
        places = usable_places(doc, places, actors)
        sents = segments(doc)
        places = outside_source_names(doc, sents, places, self.source_markers, self.locatives)
        # (a statement's issuer is not where its incident was, when the sentence names that place)
        places = outside_issuers(doc, sents, places, self.issuer_verbs,
                                 doc.user_data.get(UNLOCATED, []) + doc.user_data.get(UNKNOWN_AFTER_LOCATIVE, []))
        # "n'a pas eu lieu à X mais à Y": X is no place of any incident
        corrections = self.negated_places.find(doc, sents, places)
        places = without_denied(places, corrections)
        home = home_countries(places)
        mentions: list[EventMention] = []
        references = [self.references.find(doc, sent) for sent in sents]
        # a date inside a phrase naming an earlier incident dates that one only, here and further on
        exclude = [(r.start_char, r.end_char) for refs in references for r in refs]
        # the places that may locate an incident told without one (see assemble: _carry_places)
        doc.user_data[SCENE_PLACES] = [p for p in places if not any(s <= p.start and p.end <= e for s, e in exclude)]
        # a newsletter's items are each about a country of their own: an item's places are no aside in it
        items = item_starts(doc_text(doc), self.lang)
        item_home = {k: home | home_countries([p for p in places if entry_of(items, p.start) == k])
                     for k in range(1, len(items) + 1)}
        for sent, refs in zip(sents, references, strict=True):
            own_home = item_home.get(entry_of(items, sent.start_char), home) if items else home
            mentions.extend(self._sentence(doc, sent, places, actors, own_home, refs, exclude))
        # "enlevé à X et un autre le lendemain à Y": the verbless second member is a second incident
        mentions = split_gapped(doc, mentions, places, self.gapping,
                                lambda start, end, ex: event_date(doc, start, end, exclude=[*exclude, *ex]))
        # "ne montre pas une frappe à X, mais un attentat à Y en 2020": each reading its own place and day
        split_contrast(doc, sents, mentions, event_words(self.lang).contrast_after_negation, self.negation_adverbs,
                       lambda start, end, other: event_date(doc, start, end, exclude=[*exclude, other]))
        inherit_series_places(doc, mentions)
        # the incident told at X before the outlet's correction ("la frappe n'a pas eu lieu à X mais à Y") is at Y
        move_corrected(mentions, corrections)
        another_of_the_same_kind(mentions)
        # "Ils ont ensuite incendié le marché", "les mêmes hommes": the doer of the act told just before
        doers_told_back(doc, mentions)
        # "les bandits", after the gang told as the attacker: that gang
        attackers_named_before(doc, mentions)
        authors_blamed_after(doc, mentions)  # "La police attribue l'attaque à X": X did it
        tolls_told_after(doc, sents, mentions, self.casualties, self.toll_words, self.wound_deaths)
        tolls_of_both_sides(doc, sents, mentions, self.casualties, self.toll_words)
        doc._.event_mentions = mentions
        return doc

    def _sentence(self, doc: Doc, sent: Span, places, actors, home=frozenset(),
                  references: list[ReferencePhrase] | None = None, exclude=()) -> list[EventMention]:
        triggers = self.triggers.find(sent)
        if not triggers:
            return []
        # "ont attaqué des positions, appuyés par des tirs d'artillerie et des drones": the means backing the assault
        # are its weapons, no incidents of their own, and they do not type it
        support = support_means(sent, event_words(self.lang).support_words)
        triggers = [t for t in triggers if t.head.i not in support] or triggers
        units = doc_units(sent)
        weapon_hits = self.weapons.find_best(units)
        target_hits = [h for h in self.targets.find_best(units)]
        target_hits += people_named_by_nationality(doc, sent, actors, target_hits, self.civilian_people,
                                                   self.nationality_words)
        target_hits += people_named_by_name(doc, sent, actors, target_hits, self.civilian_people, self.victim_verbs,
                                            self.age_nouns)
        # a lone word inside a longer weapon name is not a trigger ("hélicoptères de combat")
        # (one hyphenated word, "attentat-suicide", is both the weapon and the trigger: not inside a longer name)
        # (a verb with its auxiliary is a clause, not part of a name: "des bombes sont tombées" keeps its trigger)
        inside_weapon = {i for h in weapon_hits if h.length > 1 and h.end - h.start > 1 for i in range(h.start, h.end)
                         if not any(c.dep_.startswith("aux") for c in doc[i].children)}
        triggers = [t for t in triggers if len(t.tokens) > 1 or t.head.i not in inside_weapon]
        # "une unité appuyée par des drones explosifs": a weapon named as what supports or equips a force
        # (the word before the weapon's name, past its article and preposition: the parser often misreads these)
        weapon_words = {i for h in weapon_hits for i in range(h.start, h.end)}
        triggers = [t for t in triggers if not (t.head.i in weapon_words and self._equipped(doc, t, sent))]
        # "un rassemblement de soldats" is a gathering of troops, not a protest
        armed_words = {i for h in target_hits if h.payload.people and h.payload.category == "armed"  # type: ignore[union-attr]
                       for i in range(h.start, h.end)}
        triggers = [t for t in triggers if not (
            resolve_type(t.entry.type)[0] == "protests" and t.head.pos_ == "NOUN"
            and any(c.dep_ == "nmod" and c.i in armed_words for c in t.head.children))]
        # "des hommes armés ont érigé des barricades sur l'axe", "les miliciens ont bloqué la route pour exiger ...":
        # an armed side blocking a road or a town is neither a protest nor a riot (residents or drivers are); a mob
        # that lynches may be armed settlers or militiamen ("des colons ont lynché")
        fighter_words = {i for h in target_hits if h.payload.target == "fighters"  # type: ignore[union-attr]
                         for i in range(h.start, h.end)}
        triggers = [t for t in triggers if not (
            (resolve_type(t.entry.type)[0] == "protests" or t.entry.type == "violent_demonstration")
            and self._armed_doer(doc, actors, t.head, fighter_words))]
        # "quatre personnes ont été tuées dans une collision": with only killing or wounding words (those that need
        # victims to count) and an accident named in the sentence, the deaths are the accident's
        sent_keys = doc_token_keys(doc)[sent.start:sent.end]
        if all(t.entry.requires == "people" for t in triggers) and any(
                not keys_.isdisjoint(self.accident_words) for keys_ in sent_keys):
            return []
        # "la police a arrêté un kamikaze présumé": a person arrested, named by the act, is not the act
        arresting = {t.head.i for t in triggers if t.entry.type == "arrests"}
        triggers = [t for t in triggers if not (
            t.entry.type != "arrests" and t.head.pos_ == "NOUN" and t.head.head.i in arresting
            and t.head.dep_ in ("obj", "nsubj:pass"))]
        # "un bus a été arrêté par des miliciens": a vehicle stopped, not a person arrested
        things = {i for h in target_hits if not h.payload.people for i in range(h.start, h.end)}  # type: ignore[union-attr]
        triggers = [t for t in triggers if not (t.entry.type == "arrests" and (held := [
            c for c in t.head.children if c.dep_ in ("nsubj:pass", "obj")]) and all(c.i in things for c in held))]
        if not triggers:
            return []
        trigger_token_ids = {t.i for tr in triggers for t in tr.tokens}
        # a target word inside a trigger's words is not what was hit; the people a trigger names as its victims are
        # ("ont tiré sur les villageois")
        target_hits = [h for h in target_hits
                       if h.payload.people or not set(range(h.start, h.end)) <= trigger_token_ids]  # type: ignore[union-attr]
        # nor is a thing inside a weapon's name: "une moto piégée a explosé près du commissariat" hit the police
        # station, the motorbike was the bomb (weapons.yaml); "des tirs depuis leurs positions" is where fire came from
        weapon_words_all = {i for h in weapon_hits for i in range(h.start, h.end)}
        target_hits = [h for h in target_hits
                       if h.payload.people or not set(range(h.start, h.end)) <= weapon_words_all]  # type: ignore[union-attr]
        target_tokens = {i for h in target_hits for i in range(h.start, h.end)}
        place_tokens = token_indices(doc, places, sent)
        figures = self.casualties.read(sent, [t.head for t in triggers])
        has_figures = figures.fatalities is not None or figures.injuries is not None
        weapon_tokens = frozenset(i for h in weapon_hits for i in range(h.start, h.end))
        actor_tokens = frozenset(token_indices(doc, actors, sent))
        armed_people = {i for h in target_hits if h.payload.people and h.payload.category == "armed"  # type: ignore[union-attr]
                        for i in range(h.start, h.end)}
        # the attackers are not what was attacked: "des attaques de rebelles" has no object
        acting = self.roles.acting_side(triggers, armed_people)
        # military posts and bases (not the people in them): what an occupation holds
        post_tokens = frozenset(i for h in target_hits if not h.payload.people  # type: ignore[union-attr]
                                and h.payload.category in ("armed", "military_site")  # type: ignore[union-attr]
                                for i in range(h.start, h.end))
        told = len(triggers)
        triggers = [t for t in triggers
                    if self.triggers.satisfied(t, sent, target_tokens - acting, place_tokens, has_figures, weapon_tokens,
                                       actor_tokens - acting, post_tokens)]
        if not triggers:
            return []
        acting_told = acting  # the same triggers give the same side: read again below only if some were dropped
        # an earlier incident named to date this one ("48 heures après l'attentat de X") is its own mention
        if references is None:
            references = self.references.find(doc, sent)
        reference_of = [next((r for r in references if r.holds(t.head.i)), None) for t in triggers]

        heads = [t.head for t in triggers]

        def nearest(tokens: list[Token]) -> int:
            # a word inside a reference phrase belongs to the incident it names, one outside to the others
            ref = next((r for r in references if r.holds(tokens[0].i)), None)
            pool = [k for k in range(len(heads)) if reference_of[k] is ref] or list(range(len(heads)))
            return min(pool, key=lambda k: min(tree_distance(tok, [heads[k]]) for tok in tokens))

        weapons_of: dict[int, list[tuple[WeaponEntry, tuple[int, int]]]] = {}
        for h in weapon_hits:
            toks = [doc[i] for i in range(h.start, h.end)]
            if in_clause_without(toks[0], heads) and toks[0].i not in support:
                continue  # "la base, où l'on entretient des avions de chasse": describes the place, not the attack
            weapons_of.setdefault(nearest(toks), []).append((h.payload, span_of_tokens(toks)))  # type: ignore[arg-type]
        targets_of: dict[int, list[tuple[TargetEntry, list[Token]]]] = {}
        acting = acting_told if len(triggers) == told else self.roles.acting_side(triggers, armed_people)
        # the side read as a generic word's doer, whatever the parse made of the sentence ("Dans l'Extrême-Nord,
        # des combattants de X ont attaqué la localité de Y", "combattants" hung on the region): not what was hit
        for t in triggers:
            if t.entry.generic and armed_people:
                doer = self.builder.sides(doc, actors, t.head)[0]
                # (a doer written before the word, as a subject is; one after it may be a side hit)
                if doer is not None and doer[1][1] <= t.head.idx:
                    acting = acting | {tok.i for tok in doc.char_span(*doer[1], alignment_mode="expand") or []}
        # what the attackers came with or by is not what they hit: "les assaillants, arrivés à moto"
        head_ids = {t.head.i for t in triggers}
        fighters = [doc[h.start] for h in target_hits if h.payload.target == "fighters"]  # type: ignore[union-attr]
        for h in target_hits:
            toks = [doc[i] for i in range(h.start, h.end)]
            if h.payload.homographs and " ".join(t.text.lower() for t in toks) in h.payload.homographs:  # type: ignore[union-attr]
                continue  # "la marche de l'opposition" is no market
            if not h.payload.people and len(toks) == 1 and verb_form(toks[0]):  # type: ignore[union-attr]
                continue  # "a tenté d'attaquer": the verb "tenter", no tent; "ont marché", "basés à"
            if toks[0].i in acting:
                continue  # "des militaires ont abattu deux civils": the soldiers shot, they were not hit
            if any(f.i != toks[0].i and f.is_ancestor(toks[0]) for f in fighters) or fighters_means(toks[0], fighters, heads):
                continue
            if h.payload.people and toks[0].dep_.startswith("nsubj") and negated(toks[0].head):  # type: ignore[union-attr]
                continue  # "Personne n'a été tué", "aucun civil n'a été blessé": nobody was hit
            if self._speaker(toks) or self.casualties.heads_source_phrase(toks[0]):
                continue  # "le bilan a été confirmé par l'hôpital", "selon le maire": who tells, not what was hit
            targets_of.setdefault(nearest(toks), []).append((h.payload, toks))  # type: ignore[arg-type]
        # "une attaque jihadiste contre une église": the adjective on the word tells who did it, the church what
        # was hit (alone, "une attaque jihadiste a fait dix morts", it is all the sentence says of either side)
        for k, hits in targets_of.items():
            kept = [(e, toks) for e, toks in hits if not (toks[0].dep_ == "amod" and toks[0].head.i in head_ids)]
            if kept and any(object_of(toks[0], heads) for _, toks in kept):
                targets_of[k] = kept

        typed: list[str | None] = []
        told_how: list[bool] = []  # typed by its own word or a weapon, not by its target alone
        protesting = any(resolve_type(t.entry.type)[0] == "protests" for t in triggers)
        all_keys = doc_token_keys(doc)
        searching = not has_figures and any(not all_keys[i].isdisjoint(self.search_words)
                                            for i in range(sent.start, sent.end))
        protest_heads = {t.head.i for t in triggers if t.entry.type == "peaceful_protest"}
        for k, trig in enumerate(triggers):
            weapons = [w for w, span in weapons_of.get(k, []) if (w.weapon is not None or w.implies)
                       and not (support and starts_in(doc, span, support))]
            told_how.append(bool(weapons) or not trig.entry.generic)
            category = category_of(targets_of.get(k, []), trig)
            if searching and category == "civilians" and trig.entry.generic and trig.entry.requires == "object" \
                    and not any(t.people and t.category == "civilians" for t, _ in targets_of.get(k, [])):
                category = None  # "un raid à X, où elles ont fouillé plusieurs maisons": a search
            # a side named as hit by a verb ("l'armée a été attaquée"); a noun's "contre X" is as often a
            # campaign ("mène une offensive contre les shebabs depuis l'été") as one incident
            # (only words of assault: "les forces françaises sont visées" by a protest is no battle)
            if category is None and trig.entry.generic and trig.entry.category_types and trig.head.pos_ == "VERB":
                category = side_category(choose_actors(doc, actors, trig.head)[1])
            # "trois manifestants ont été tués": protesters killed, force used against a protest
            # (a beating too, an attack word of its own: "la police a passé à tabac des manifestants")
            if (trig.entry.generic or trig.entry.type == "attack") and trig.entry.requires == "people" \
                    and victim_among(trig.head, protest_heads):
                typed.append("excessive_force_against_protesters")
                continue
            # "ont tenté de s'emparer de l'aéroport": the complement of a verb of trying
            if trig.entry.attempted and trig.head.dep_ == "xcomp" and token_keys(trig.head.head) & self.attempt_verbs:
                typed.append(trig.entry.attempted)
                continue
            if trig.entry.by_crowd and (protesting or self.roles.by_crowd(trig.head)):
                typed.append(trig.entry.by_crowd)
                continue
            if trig.entry.by_state and not weapons:
                doer = self.builder.sides(doc, actors, trig.head)[0]
                # (a strike from afar by forces abroad too: "l'armée israélienne a frappé des sites en Iran")
                remote = resolve_type(trig.entry.by_state)[0] == "explosions_remote_violence"
                if doer is not None and doer[0].kind in (("state_forces", "external") if remote else ("state_forces",)):
                    typed.append(trig.entry.by_state)  # "l'armée a occupé le camp": taken back, not overtaken
                    continue
            typed.append(self.typer.type_of(trig, [w for w, span in weapons_of.get(k, [])
                                                   if not (support and starts_in(doc, span, support))], category,
                                       deadly=bool(figures.fatalities) and bool(trig.entry.category_types)
                                       and not armed_people))
            # "A a été frappé ..., B et C ont également été visés": the generic word repeats the act before it
            if not told_how[k] and repeats(trig.head, self.additive_adverbs):
                earlier = [typed[j] for j in range(k) if typed[j] and told_how[j]]
                if earlier:
                    typed[k] = earlier[-1]
            del weapons
        # "des frappes israéliennes ont visé des positions": a generic verb whose subject is another trigger word
        # tells that act again; the word says what hit, the verb's guess from the target does not
        for k, trig in enumerate(triggers):
            if trig.entry.generic and trig.head.pos_ == "VERB":
                subject = next((typed[j] for j, t in enumerate(triggers) if j != k and typed[j]
                                and t.head.dep_ == "nsubj" and t.head.head.i == trig.head.i), None)
                if subject is not None:
                    typed[k] = subject

        # the places a trigger may take: those of its reference phrase, or those outside every such phrase
        outside = [p for p in places if not any(r.holds_chars(p.start, p.end) for r in references)]

        def places_for(ref: ReferencePhrase | None) -> list:
            return outside if ref is None else [p for p in places if ref.holds_chars(p.start, p.end)]

        # each trigger's own place: the clauses of one sentence may tell incidents in different towns
        # (not one inside another trigger's noun phrase: "Neuf enfants ont été tués. Il a fait état d'autres
        # frappes dans les régions de X et de Y" does not put the killing at X)
        # (read when two triggers are compared, and once each: a sentence with one trigger never asks)
        own_places: dict[int, list] = {}
        verbless = not any("Fin" in morph_get(t, "VerbForm") for t in sent)

        def own_place(k: int) -> list:
            if k not in own_places:
                h = heads[k]
                pool = outside_other_phrases(
                    doc, places_for(reference_of[k]), [h], [o for j, o in enumerate(heads) if j != k])
                # "deux soldats tués près de A, frappe de drone à B": a place written in the trigger's own stretch
                # between commas is its place, whatever the parse of a verbless headline hung it on
                stretch = comma_stretch(sent, h)
                inside = [p for p in pool if stretch[0] <= p.start and p.end <= stretch[1]]
                # (... and a member naming a place no gazetteer holds, "Pakistan : six soldats tués au Waziristan du
                # Nord, attentat-suicide au Baloutchistan", has no place of another member, nor only the topic country)
                if verbless and all(p.kind == "country" for p in inside) \
                        and unknown_place_apart(doc, stretch, None, places):
                    own_places[k] = []
                    return own_places[k]
                own_places[k] = choose_places(doc, sent, inside or pool, [h], set(), home)[:1]
            return own_places[k]

        def member_apart(k: int, other) -> bool:
            """The member of a verbless line around trigger ``k`` names a place of its own that is not ``other``."""
            stretch = comma_stretch(sent, heads[k])
            named = [p for p in places if stretch[0] <= p.start and p.end <= stretch[1] and p.kind != "country"]
            if named:
                return not (stretch[0] <= other.start and other.end <= stretch[1]) \
                    and not any(same_place(p, other) for p in named)
            return unknown_place_apart(doc, stretch, other, places)

        def same_where(i: int, j: int) -> bool:
            a, b = own_place(i), own_place(j)
            # (in a headline's list, a member placed only by the topic country or by a name no gazetteer holds is
            # elsewhere than another member's province: "Pakistan : dix policiers tués au Khyber Pakhtunkhwa,
            # attentat-suicide au Baloutchistan")
            if verbless:
                coarse_a, coarse_b = not a or a[0].kind == "country", not b or b[0].kind == "country"
                if coarse_a != coarse_b:
                    k, other = (i, b[0]) if coarse_a else (j, a[0])
                    if member_apart(k, other):
                        return False
            return not a or not b or same_place(a[0], b[0])

        # group the sentence's triggers into incidents
        prevention = event_words(doc_lang(doc)).prevention_verbs
        group_of = list(range(len(triggers)))
        # "ont manifesté contre les enlèvements", "ont marché pour dénoncer les frappes": a protest's grievance is
        # not the protest, nor an incident told (attribution reads it as the aggregate it is)
        protesting = {t.head.i for t in triggers if resolve_type(t.entry.type)[0] == "protests"}
        grievance = [bool(protesting) and resolve_type(t.entry.type)[0] != "protests"
                     and grievance_of(t.head, protesting, event_words(doc_lang(doc))) for t in triggers]
        # "quatre marins ont été tués, selon la marine, qui évoque une possible prise d'otages", "n'exclut pas un
        # enlèvement": an act the sentence only supposes is not the one it tells (attribution reads it hypothetical)
        hedged = [self._hedged(t.head) for t in triggers]
        for i in range(len(triggers)):
            # "une première attaque a visé ..., tandis que la seconde frappe a visé ...": a new incident
            # (but "deux morts lors d'une deuxième attaque": the victims fell in that one)
            distinct = marked_distinct(triggers[i].head)
            for j in range(i - 1, -1, -1):  # the closest trigger first
                if reference_of[i] is not reference_of[j] or grievance[i] != grievance[j] or hedged[i] != hedged[j]:
                    continue
                if distinct and not _linked(triggers[i].head, triggers[j].head):
                    continue
                if self._contrasted(triggers[i].head, triggers[j].head):
                    continue
                if _prevented(triggers[i].head, prevention) != _prevented(triggers[j].head, prevention):
                    continue
                if same_where(i, j) and self.typer.same_group(triggers[i], typed[i], triggers[j], typed[j]):
                    gi, gj = group_of[i], group_of[j]
                    group_of = [gj if g == gi else g for g in group_of]
                    break
        mentions = []
        exclude = list(exclude) or [(r.start_char, r.end_char) for r in references]
        groups = sorted(set(group_of))
        for g in groups:
            members = [k for k in range(len(triggers)) if group_of[k] == g]
            ref = reference_of[members[0]]
            where = places_for(ref)
            if len(groups) > 1:
                own_heads = [triggers[k].head for k in members]
                other_heads = [t.head for k, t in enumerate(triggers) if group_of[k] != g]
                where = outside_other_phrases(doc, where, own_heads, other_heads)
                where = outside_other_members(doc, sent, where, own_heads, other_heads)
            m = self.builder.build(doc, sent, [triggers[k] for k in members], [typed[k] for k in members],
                              [w for k in members for w in weapons_of.get(k, [])],
                              [t for k in members for t in targets_of.get(k, [])],
                              where, actors, figures if len(groups) == 1 else None, home,
                              reference=ref, exclude_dates=exclude, means=support)
            m.grievance = all(grievance[k] for k in members)
            mentions.append(m)
        if len(mentions) > 1:
            figures_to_nearest(doc, mentions)
        return mentions


@Language.factory("sentinelle_events", default_config={"lang": "fr"})
def make_events(nlp: Language, name: str, lang: str) -> EventDetector:
    """spaCy factory of the events stage (writes ``doc._.event_mentions``)."""
    return EventDetector(get_lexicon(lang), lang)
