"""Choosing the place each candidate name designates, and whether it is a place at all.

Evidence, in the order it is gathered:

1. the name alone: kind of place, population, exact or loose match, curated name;
2. cues before the name ("près de", "la province de", "la base de", "à");
3. the article's context, from a first pass over the unambiguous mentions:
   countries named, administrative areas named ("province de Babel"), and the
   proximity of places already resolved.

A candidate is dropped when it reads as an ordinary word or a person: after a
title ("le président Salah"), inside a run of capitalised words that is not a
place ("Mohamed Salah"), a stop-listed or dictionary word without a locative
cue, or a loose match without supporting context.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from sentinelle.model import PlaceMention
from sentinelle.places.admin1 import km
from sentinelle.places.data import article_spellings, curated_spellings, load_conflict_prior, load_regions
from sentinelle.places.features import Features
from sentinelle.places.gazetteer import Entry, Hit, to_location
from sentinelle.places.matcher import Candidate
from sentinelle.places.normalize import fold, name_key, plain_key, without_generic

BIG_CITY = 100_000  # a city this large is credible on its name alone
FAR_CITY = 500_000  # a city outside the article's countries must be this large (or introduced by "à")
WORLD_CITY = 1_000_000  # a city abroad this large may be written in a spelling of its own ("Moscou", "Pékin")
REGIONAL_TOWN = 20_000  # a town of a country at war, after "à", is credible in an article about its neighbours
MIN_CONTEXT_FREE_POPULATION = 20_000  # below this, a bare name needs context (country or a locative cue)
PROXIMITY_KM = 250.0
SPELLING_RATIO = 0.7  # a loose match to a division: this close a spelling (Kirkouk/Kirkuk .92, Metina/Muthanna .57)
MAIN_CONTEXT_SHARE = 0.3
CONFLICT_PRIOR_BONUS = 1.5  # times the country's weight in conflict_prior.tsv, when the article names no country
DEMONYM_BONUS = 0.5  # a nationality adjective of the place's country in the article
CONFLICT_MIN_POPULATION = 1000  # a named town of a conflict country this large is credible on its own


@dataclass
class Context:
    """What the article as a whole says about where things are."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: set[int] = field(default_factory=set)
    points: list[tuple[int, float, float]] = field(default_factory=list)  # (candidate start, lat, lon)
    demonyms: Counter[str] = field(default_factory=Counter)  # countries of nationality adjectives, once each

    def share(self, country: str | None) -> float:
        """Share of the article's country evidence that points at ``country``."""
        total = sum(self.countries.values())
        return self.countries.get(country or "", 0) / total if total else 0.0

    def country_bonus(self, country: str | None) -> float:
        total = sum(self.countries.values())
        if not country or not total or country not in self.countries:
            return 0.0
        return 1.0 + 1.5 * self.countries[country] / total

    def proximity_bonus(self, entry: Entry, own_start: int) -> float:
        if entry.lat is None or entry.lon is None or entry.kind not in ("city", "site"):
            return 0.0
        # a point further in latitude alone than the reach (plus a margin) cannot be the nearest one within
        # it: the great-circle distance is at least the earth's radius times the difference in latitude
        lat = entry.lat
        dists = [km(lat, entry.lon, la, lo) for s, la, lo in self.points
                 if s != own_start and abs(la - lat) < _LATITUDE_REACH]
        return max(0.0, 1.0 - min(dists) / PROXIMITY_KM) if dists else 0.0


_LATITUDE_REACH = math.degrees((PROXIMITY_KM + 1.0) / 6371.0)


EXACT_SPELLING_BONUS = 1.0


def score(hit: Hit, key_rank: int, feats: Features, ctx: Context | None, own_start: int, written: str = "") -> float:
    e = hit.entry
    kind = _level(e)
    s = hit.prior() - 0.1 * key_rank
    if hit.tier == 0 and written and (hit.curated or plain_key(written) == plain_key(e.name)):
        s += EXACT_SPELLING_BONUS  # "Djenné" is Djenné (Mali) before Jena, "Samarra" before Samara
    prefer = feats.cue.prefer if feats.cue else None
    if prefer == kind:
        s += 3.0
    elif prefer == "admin1" and kind == "city":
        s -= 1.5
    elif prefer == "city" and kind == "admin1":
        s -= 2.0
    elif prefer is None and kind == "admin1":
        s -= 0.5  # a bare "Homs" is the city; "la province de Homs" the province
    if ctx is not None and not ctx.countries and e.kind in ("city", "site"):
        # No country in the article: homonyms in countries where attacks are reported come first.
        s += CONFLICT_PRIOR_BONUS * load_conflict_prior().get(e.country or "", 0.0)
    if ctx is not None:
        s += ctx.country_bonus(e.country)
        if e.country in ctx.demonyms and e.kind in ("city", "site"):
            s += DEMONYM_BONUS
        if e.admin1_id is not None and e.admin1_id in ctx.admin1 and kind != "admin1":
            s += 1.5
        s += ctx.proximity_bonus(e, own_start)
    return s


def _named_with_article(e: Entry, written: str) -> bool:
    """Whether a town's name begins with an article ("Le Havre", the curated "Le Caire")."""
    words = fold(e.name).split()
    return (bool(words) and words[0] in ("le", "la", "les", "l")) or plain_key(written) in article_spellings("fr")


def _plausible_spelling(written: str, name: str) -> bool:
    """Whether ``written`` reads as another spelling of ``name`` (articles and generic words aside)."""
    a, b = plain_key(written), plain_key(without_generic(name))
    return not a or SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO


def acceptable(hit: Hit, feats: Features, ctx: Context | None, keys: tuple[str, ...] = (), written: str = "") -> bool:
    """Whether a candidate, resolved to ``hit``, is a place mention at all."""
    e = hit.entry
    strong_kind = e.kind in ("country", "site") or (_level(e) == "admin1" and feats.cue is not None)
    if feats.street or (feats.person and not strong_kind):
        return False
    if feats.cue is not None and feats.cue.country and e.kind != "country" and e.country != feats.cue.country:
        return False  # "les villages libanais de X": no X of another country
    if feats.acronym and not hit.curated:
        return False
    if feats.adjective_country not in (None, e.country) and e.kind in ("admin1", "admin2", "region"):
        return False  # "le Kurdistan syrien" is neither the Iraqi region nor the Iranian province
    # Small places and loose matches need the article to be mainly about their country: a
    # passing mention of the United States does not make "al-Thaïr" a village in Missouri.
    main_context = ctx is not None and (ctx.share(e.country) >= MAIN_CONTEXT_SHARE
                                        or (e.admin1_id is not None and e.admin1_id in ctx.admin1))
    if hit.tier != 0 and not main_context:
        return False  # a loose spelling match needs the article to be about that country
    # (read after the tests above, which turn most homonyms down: the ones below need them)
    in_context = ctx is not None and e.country in ctx.countries
    out_of_context = ctx is not None and bool(ctx.countries) and not in_context
    main_name = name_key(e.name) in keys  # the text is the place's own name, not an alternate one
    if not hit.curated and _letters(written or (keys[0] if keys else "abc")) < 3:
        return False
    if feats.stop_word is not None:
        if feats.stop_word == "common_word":
            # "à Hit" among Iraqi soldiers, "à l'ouest de Hit": with no country named, the word's country is one
            # of the article's nationalities; after a place cue, a town where attacks are reported
            no_country = ctx is not None and not ctx.countries
            # (and only under the place's own spelling, article included: "l'Union" is not La Unión, "Hit" is not
            # Heath, Ohio, by one of its alternate names)
            supported = in_context or (no_country and e.country in ctx.demonyms) or (  # type: ignore[union-attr]
                cued_conflict_town(hit, feats, written))
            own_spelling = hit.curated or fold(written) == fold(e.name)
            if not feats.locative or feats.sentence_initial or not supported or not own_spelling:
                return False
        elif feats.adjective_country != e.country and (out_of_context or (
                ctx is not None and not ctx.countries and ctx.demonyms and e.country not in ctx.demonyms)):
            # "la région de l'Ouest, au Burkina Faso": a division named after a direction is that of the article's
            # country (named, or else its nationality); another country's ("Ouest", Cameroon) is not meant
            # (Burkina Faso has no region "Ouest")
            return False
        elif not (feats.cue and feats.cue.prefer in ("city", "site", "admin1")) and not (
                (feats.locative or feats.after_article) and e.kind in ("admin1", "admin2")
                and feats.adjective_country == e.country):
            # ("dans le Sahel burkinabè": the nationality says which country's division the word names)
            return False
    # "Tripoli", "Diffa": tagged as a proper noun and spelled exactly as the place is named.
    own_proper_name = feats.proper_noun and hit.tier == 0 and bool(written) and (
        plain_key(written) == plain_key(e.name)
        or (e.population >= BIG_CITY and name_key(written) == name_key(e.name)))  # "Douma" / Dūmā
    if (feats.dictionary_word or feats.plural_word) and e.kind != "country" and bool(written) \
            and plain_key(written) != plain_key(e.name):
        # "Tirs d'artillerie : ...", "Tir de roquettes sur ...": an ordinary word (or its plural) met by a loose match
        # is the word; so is one folding like a curated name ("Tyr") without being spelled as one, where only the
        # sentence's start capitalises it (inside a sentence the capital marks a name: "des missiles sur Moka", the
        # curated "Mokha")
        respelled = hit.curated and plain_key(written) not in curated_spellings("fr")
        if hit.tier != 0 or (respelled and feats.sentence_initial):
            return False
    if (feats.dictionary_word or feats.plural_word) and not hit.curated and e.kind != "country" and not own_proper_name:
        # "Résistance", "Suite", "La": ordinary words that some place is also called.
        near_cue = feats.locative and not feats.sentence_initial
        big_own_name = main_name and e.population >= BIG_CITY and hit.tier == 0
        if not (near_cue and (main_name or in_context)) and not (big_own_name and in_context):
            return False
    if feats.person_or_org and not (strong_kind or hit.curated or feats.locative or main_context):
        return False  # "Nasser", "Action contre la faim": the tagger's reading needs place evidence to overrule
    if feats.followed_by_name and e.kind == "city" and not feats.locative and e.population < BIG_CITY * 10:
        return False
    if e.kind == "region":
        # "dans le Darfour", "au nord du Sinaï", "la région du Kivu", or in an article about its country; not "le Parti
        # des travailleurs du Kurdistan" in an article about another country; a region of a country where attacks are
        # reported, placed by the words, also in an article that names only a neighbour ("des combats dans
        # l'Équatoria ont poussé des civils vers l'Ouganda")
        placed = feats.locative or feats.region_part or feats.after_article
        return (feats.cue is not None and feats.cue.prefer == "admin1") or in_context or (placed and (
            not out_of_context or load_conflict_prior().get(e.country or "", 0.0) >= 0.5))
    if hit.curated and e.kind in ("city", "site") and out_of_context and e.population < FAR_CITY \
            and _far_from_settled_context(e, ctx):
        return False  # "à Tawila" in an article about Burkina Faso is no curated Sudanese town 4,000 km away
    if e.kind == "site" and feats.cue is not None and feats.cue.prefer == "city":
        return False  # "le village de Meza" is a village, not an airport that goes by that name
    if e.kind in ("country", "site") or hit.curated:
        return True
    if hit.tier != 0 and not hit.curated and not _plausible_spelling(written, e.name):
        # "la région de Kadini" (an unknown village) is neither Kaduna state nor its town, whose consonants it only
        # shares: a place met by a loose match must be spelled close to its name ("Nangrahar", "Tillabery")
        return False
    if e.kind == "admin1":
        # "dans le Nord-Kivu", "au Borno": a province's own name after a locative word
        own_name = feats.locative and hit.tier == 0 and main_name and not feats.dictionary_word and not out_of_context
        # ("le département du Mayo-Tsanaga" in an article about Cameroon is no island of Cape Verde called Mayo
        # among its other names: a division cue needs the division's own name or the article's country)
        cued = feats.cue is not None and feats.cue.prefer == "admin1" and (main_name or not out_of_context)
        return cued or in_context or own_name
    if e.kind == "admin2":
        # "la province du Soum": a second-level division only where the words name one (or a parenthesis after a
        # town or a village: "Lanfiéra (Sourou)", the usual way of naming a Burkinabè village with its province)
        return (feats.parenthesised or (feats.cue is not None and feats.cue.prefer == "admin1")) and not out_of_context
    if hit.tier != 0:
        return True
    if ctx is not None and not ctx.countries and ctx.demonyms and e.country not in ctx.demonyms \
            and e.population < FAR_CITY and (plain_key(written or "") != plain_key(e.name) or e.population < BIG_CITY) \
            and load_conflict_prior().get(e.country or "", 0.0) < 0.5:
        # "le Sinaï" among Egyptian soldiers is not Sinnai in Sardinia: a town spelled otherwise, in a
        # country where attacks are rarely reported, that no country of the article supports; nor is a small
        # town of that name ("trois soldats maliens tués à Moura" is no village of Portugal)
        return False
    if ctx is not None and not ctx.countries and ctx.demonyms and e.country not in ctx.demonyms and e.kind == "city" \
            and (e.population < FAR_CITY or (not main_name and e.population < WORLD_CITY)) \
            and plain_key(written or "") != plain_key(e.name) and all(far_from_country(e, c) for c in ctx.demonyms):
        # "soldats maliens ... près de Boni" is no Bonny of Nigeria: a town spelled otherwise, far from every
        # country whose nationality the article names (not "des soldats israéliens" and a Lebanese village)
        return False
    # "le territoire de Mambasa", "le cercle de X": a division named after its town, not a city that goes by the
    # name only among its other names (Mombasa, Kenya), unless the article is about that city's country
    # (but "le district de Zakho", in an article naming no country, is the Iraqi town: a country where attacks are
    # reported)
    if not main_name and not in_context and e.kind == "city" and feats.cue is not None and feats.cue.admin_context \
            and not (ctx is not None and not ctx.countries and load_conflict_prior().get(e.country or "", 0.0) >= 0.5):
        return False
    if cued_conflict_town(hit, feats, written):
        return True
    # "la préfecture de Y", "le district de Y" with no division of that name: the unit named after its chief town, a
    # town of a country where attacks are reported spelled as its own name, whatever its population (GeoNames gives
    # none for many chief towns), unless the article is about another country
    if feats.cue is not None and feats.cue.admin_context and not feats.sentence_initial and hit.tier == 0 \
            and e.kind == "city" and not out_of_context and bool(written) and plain_key(written) == plain_key(e.name) \
            and load_conflict_prior().get(e.country or "", 0.0) >= 0.5:
        return True
    # "près de Metoula" among "positions israéliennes", about south Lebanon: a cued town of the country whose
    # nationality the article names, in a usual transliteration of its own name (Metula)
    if _cued_town_of_conflict_country(hit, feats) and main_name and ctx is not None and e.country in ctx.demonyms:
        return True
    if out_of_context:
        # a town of another country by one of its many alternate names ("L'Estère" for Leicester in an
        # article about Haiti) is the article's own village; only a very large city goes by an exonym
        if not main_name and e.population < FAR_CITY:
            return False
        # (nor by an alternate name of three letters, a code or a clipped form rather than an exonym: "le quartier
        # Lum de X" in an article about Congo is no Lomé, "le quartier Sul" no Seoul)
        if not main_name and _letters(written or (keys[0] if keys else "four")) <= 3:
            return False
        # "les shebab ont pris Kooshin" in an article about Somalia is not Kochi (India), which one of its other
        # names meets only once spellings are folded (doubled vowels, ch/sh): a near-shape of the article's own
        # village; a city abroad is written under another name only when it is a world city ("Moscou", "Pékin"),
        # and in a spelling of its own when the article names its nationality ("la ville russe de Koursk")
        folded = bool(written) and not hit.curated and name_key(written) != plain_key(written) \
            and e.country not in ctx.demonyms  # type: ignore[union-attr]
        if folded and (e.population < WORLD_CITY if not main_name else (
                e.population < FAR_CITY and plain_key(written) != plain_key(e.name))):
            return False
        if not main_name and feats.cue is not None and feats.cue.admin_context:
            return False
        # a town of a country at war, spelled as its own name right after "à", in a round-up of several
        # countries' news ("... à Gao. ... un poste militaire à Djibo"): that town
        regional = feats.locative and e.population >= REGIONAL_TOWN and plain_key(written or "") == plain_key(e.name) \
            and load_conflict_prior().get(e.country or "", 0.0) >= 1.0
        # a city after "à", far from every country the article is about, is a namesake of the article's own village
        # ("à Blida" among Malian towns is not the Algerian city, "à Tawila" in an article about Burkina Faso not the
        # Sudanese town) unless the article names its nationality
        near_enough = not _far_from_settled_context(e, ctx)
        return e.population >= FAR_CITY or ((feats.locative and e.population >= BIG_CITY) or regional) and near_enough
    if len(keys[0].split()) > 1 if keys else False:
        return in_context or feats.locative or e.population >= 1000  # "Tal Afar": two words rarely collide
    if e.population >= MIN_CONTEXT_FREE_POPULATION:
        return True
    if (ctx is not None and not ctx.countries and e.population >= CONFLICT_MIN_POPULATION
            and (feats.proper_noun or feats.locative) and load_conflict_prior().get(e.country or "", 0.0) >= 0.5):
        return True  # "Les habitants de Mirebalais": a town of a conflict country, no other country named
    if (ctx is not None and not ctx.countries and feats.locative and not feats.sentence_initial
            and not feats.dictionary_word and bool(written) and plain_key(written) == plain_key(e.name)
            and load_conflict_prior().get(e.country or "", 0.0) >= 1.0):
        # "un fantassin tombé à X": right after a locative word, a town of a country at war spelled exactly as its own
        # name is that town whatever its population (GeoNames gives none for many front-line villages), when the
        # article names no country
        return True
    return main_context or (feats.locative and e.population >= 1000 and not out_of_context)


def _far_from_settled_context(e: Entry, ctx: Context | None) -> bool:
    """The article is settled on its countries (one named, or two pieces of evidence: "au Mali", not one city alone:
    "à Tal Afar et El Fasher" names two wars) and ``e`` lies far from all of them, in a country of no nationality the
    article names."""
    return ctx is not None and sum(ctx.countries.values()) >= 2 and e.country not in ctx.demonyms \
        and all(far_from_country(e, c) for c in ctx.countries)


NATIONALITY_REACH_KM = 800.0  # a town this far from every division centre of a country is not "near" it


def far_from_country(e: Entry, country: str) -> bool:
    """``e`` lies farther than NATIONALITY_REACH_KM from every first-level division centre of ``country``."""
    if e.lat is None or e.lon is None:
        return False
    return _far_from(e.lat, e.lon, country)


@lru_cache(maxsize=1 << 16)
def _far_from(lat: float, lon: float, country: str) -> bool:
    # memoised: asked for every homonym of every name against each country of the article, and the same towns and
    # countries come back article after article (a distance to every division centre each time)
    centres = _division_centres(country)
    return bool(centres) and all(km(lat, lon, la, lo) > NATIONALITY_REACH_KM for la, lo in centres)


@lru_cache(maxsize=256)
def _division_centres(country: str) -> tuple[tuple[float, float], ...]:
    from sentinelle.places.gazetteer import get_gazetteer  # (the index is open by the time a name is resolved)

    return tuple((d.lat, d.lon) for d in get_gazetteer().divisions(country) if d.lat is not None and d.lon is not None)


@lru_cache(maxsize=1 << 14)
def _letters(text: str) -> int:
    """How many letters ``text`` holds (asked for every homonym of a name)."""
    return sum(c.isalpha() for c in text)


def cued_conflict_town(hit: Hit, feats: Features, written: str) -> bool:
    """ "les environs de Hasbaya", "au nord de X": a place cue introduces a town of a country where attacks are
    reported, spelled exactly as its own name: a place whatever its population (GeoNames gives none for many
    villages) and even when the article names only the attacker's country (Israël, about south Lebanon)."""
    return _cued_town_of_conflict_country(hit, feats) and bool(written) and plain_key(written) == plain_key(hit.entry.name)


def _cued_town_of_conflict_country(hit: Hit, feats: Features) -> bool:
    """A place cue introduces a town (matched on its name key) of a country where attacks are reported."""
    e = hit.entry
    return (feats.cue is not None and feats.cue.prefer in (None, "city") and not feats.sentence_initial
            and hit.tier == 0 and e.kind == "city" and load_conflict_prior().get(e.country or "", 0.0) >= 0.5)


def is_seed(hit: Hit, feats: Features) -> bool:
    """Mentions unambiguous enough to define the article's context in the first pass."""
    e = hit.entry
    if e.kind == "country" or e.kind == "site":
        return True
    if e.kind == "admin1":
        return feats.cue is not None and feats.cue.admin_context
    return hit.tier == 0 and e.population >= BIG_CITY


def best_hit(hits: Iterable[tuple[Hit, int]], feats: Features, ctx: Context | None, own_start: int,
             written: str = "", keys: tuple[str, ...] = ()) -> tuple[Hit, float] | None:
    """The best-scored entry that is acceptable as a place, if any."""
    hits = list(hits)
    # Only an acceptable entry can win, and most homonyms are not: the winner is the acceptable entry of highest
    # score (the lower entry id on a tie), as when every entry was scored and the ranking read until the first
    # acceptable one, but the others are not scored.
    ranked = sorted(((score(h, r, feats, ctx, own_start, written), h.entry.id, h) for h, r in hits
                     if acceptable(h, feats, ctx, keys, written)), key=lambda t: (-t[0], t[1]))
    if not ranked:
        only = _only_loose_match(hits, feats, ctx, keys)
        return None if only is None else (only, score(only, 0, feats, ctx, own_start, written))
    best = (ranked[0][2], ranked[0][0])
    if best[0].entry.kind == "city" and not best[0].curated and written and name_key(best[0].entry.name) not in keys:
        # "à Birnin Gwari" is the village of that name, not Sofo-Birnin-Gwari of the same country, which goes by
        # the short name only among its other names: a town of the winner's country spelled exactly as written wins,
        # whatever its population (the country is already found credible)
        own = [h for h, _ in hits if h.tier == 0 and h.entry.kind == "city" and h.entry.country == best[0].entry.country
               and plain_key(written) == plain_key(h.entry.name)]
        if own:
            town = max(own, key=lambda h: (h.entry.population, -h.entry.id))
            return town, score(town, 0, feats, ctx, own_start, written)
    if best[0].entry.kind == "city" and feats.cue is not None and feats.cue.admin_context:
        # "dans la région de Tillabéri", "dans le gouvernorat de X": a division named after its capital is the
        # division, not the town (the cue names a division; the town would only be "near" it)
        # (found under the town's own name: "Kharkiv" is also the oblast's, "Kirkouk" the governorate's)
        country = best[0].entry.country
        division = next(((h, value) for value, _, h in ranked if _level(h.entry) == "admin1" and h.tier == 0
                         and h.entry.country == country), None)
        if division is not None:
            return division
    if best[0].entry.kind == "city" and feats.article_before and written and not _named_with_article(best[0].entry, written):
        # "au Sinaloa", "dans le Tigré": an article before a name that is also a division's is the division (precision
        # 3), not a town of that name ("à Sinaloa"), unless the town's own name carries it ("au Caire", "au Havre")
        division = next(((h, value) for value, _, h in ranked if _level(h.entry) == "admin1" and h.tier == 0
                         and (h.curated or plain_key(written) == plain_key(without_generic(h.entry.name)))), None)
        if division is not None:
            return division
    if _level(best[0].entry) == "admin1" and ctx is not None and ctx.share(best[0].entry.country) < MAIN_CONTEXT_SHARE:
        # "la région de Beni" in an article about the Congolese town of Beni is not Bolivia's department: a
        # division abroad yields to a town of the name in the country the article is about
        town = next(((h, value) for value, _, h in ranked if h.entry.kind == "city" and h.tier == 0
                     and ctx.share(h.entry.country) >= MAIN_CONTEXT_SHARE), None)
        if town is not None:
            return town
    return best


def _only_loose_match(hits: list[tuple[Hit, int]], feats: Features, ctx: Context | None,
                      keys: tuple[str, ...]) -> Hit | None:
    """ "à Bur Hakabo" for Buurhakaba: a name of two words or more, right after a locative word, that the gazetteer
    holds under no spelling of its own but meets, by its consonant skeleton, one town only, of a country at war
    (weight 1 in ``conflict_prior.tsv``), in an article that names no other country: that town. (Space and doubled
    vowels are not all that differ in such spellings: "Bur Hakabo" and "Buurhakaba" differ by a vowel too, so a key
    ignoring spaces would not meet it.)"""
    entries = {h.entry.id: h for h, _ in hits}
    if len(entries) != 1 or not keys or len(keys[0].split()) < 2:
        return None
    hit = next(iter(entries.values()))
    e = hit.entry
    if hit.tier == 0 or e.kind != "city" or hit.curated or not feats.locative or feats.sentence_initial \
            or feats.person or feats.person_or_org or feats.street or feats.stop_word is not None:
        return None
    if ctx is None or (ctx.countries and e.country not in ctx.countries):
        return None
    return hit if load_conflict_prior().get(e.country or "", 0.0) >= 1.0 else None


def _level(e: Entry) -> str:
    """The kind of place an entry is, for cues: a second-level division or a region is named like a province
    ("la région du Darfour"), and like a province yields to a town of its name in the article's country."""
    return "admin1" if e.kind in ("admin2", "region") else e.kind


def precision_of(entry: Entry, feats: Features) -> int:
    if entry.kind in ("country", "admin1", "admin2", "region"):
        return 3
    if feats.cue is not None and feats.cue.precision == 2:
        return 2
    return 1


def to_mention(cand: Candidate, hit: Hit, value: float, feats: Features) -> PlaceMention:
    return PlaceMention(
        start=cand.start, end=cand.end, text=cand.text,
        location=to_location(hit.entry, cand.text, precision_of(hit.entry, feats)),
        kind=hit.entry.kind, score=round(value, 3), covers=region_divisions(hit.entry),
    )


def region_divisions(entry: Entry) -> list[str]:
    """The divisions a curated region spans (its main one first), so that a town in any of them lies in it."""
    if entry.kind != "region" or entry.site_id is None:
        return []
    return next((r.divisions for r in load_regions() if r.id == entry.site_id), [])
