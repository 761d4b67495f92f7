"""The article's context, from its unambiguous place mentions (the resolver's first pass).

Countries named, provinces introduced as such, large cities and sites tell which
country an article is about; the second pass scores every name with that context.
A large city whose name is also a town of the country that the article's *other*
evidence points at is no evidence at all: "Des déplacés de Palma sont arrivés à
Pemba" is about Mozambique, and Palma (Mallorca) must not make Spain a country of
the article, or the Mozambican Palma could never win.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sentinelle.places.data import load_conflict_prior
from sentinelle.places.features import Features
from sentinelle.places.gazetteer import Hit
from sentinelle.places.matcher import Candidate
from sentinelle.places.normalize import name_key, plain_key
from sentinelle.places.resolve import Context, best_hit, far_from_country, is_seed

DEMONYM_WEIGHT = 0.5  # a nationality adjective: weaker than a place (an actor's nationality is not a place)
TOWN_WEIGHT = 0.5  # a small town whose own name is one country's only: weaker than a large city or a country named
OWN_NAME_DOMINANCE = 10  # a town's own name is "one country's" when its namesakes abroad are this much smaller


@dataclass(frozen=True)
class _Seed:
    cand: Candidate
    hit: Hit
    hits: tuple[Hit, ...]  # every entry of the name, to find a homonym in the article's country
    town: bool = False  # a small town seeding on its own name alone (``_own_name_country``)
    exact: bool = False  # ... spelled as written

    @property
    def weight(self) -> float:
        return 2 if self.hit.entry.kind == "country" else TOWN_WEIGHT if self.town else 1


def _own_country_homonym(seed: _Seed, country: str, lang: str) -> bool:
    """The name is also a town of ``country``, spelled as written there (or curated)."""
    return any(h.entry.country == country and h.tier == 0 and h.entry.kind in ("city", "site")
               and (h.curated or plain_key(seed.cand.text, lang) == plain_key(h.entry.name, lang))
               for h in seed.hits)


def _folded(seed: _Seed, lang: str) -> bool:
    """The name meets its town only once spellings are folded ("Wadi Sirr" for Wādī as Sīr, Jordan)."""
    return not seed.hit.curated and plain_key(seed.cand.text, lang) != plain_key(seed.hit.entry.name, lang)


_SENTENCE_END = re.compile(r"[.!?\n]\s")


def _same_sentence(text: str, a: Candidate, b: Candidate) -> bool:
    """No sentence ends between the two names (``text`` empty: not known, taken as one sentence)."""
    start, end = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return not text or not _SENTENCE_END.search(text, start, max(start, end))


def _home_elsewhere(seed: _Seed, seeds: list[_Seed], demonyms: Counter[str], lang: str, text: str = "") -> bool:
    """The other ``seeds`` and the nationalities point at one country, not the seed's, where its name is a town
    (or, when the name meets its town only by folded spellings, whatever it is there: "à Wadi Sirr, au Yémen" is
    no evidence of Jordan)."""
    key = seed.cand.keys[0]
    evidence: Counter[str] = Counter()
    for other in seeds:
        # (the same name said again is no other evidence; a small town is evidence against another name only in its
        # sentence: "à X, sur la route de Y" are one area, "à Djibo. Mardi, ... à Gao" a round-up of two countries)
        if other.cand.keys[0] != key and (not other.town or _same_sentence(text, other.cand, seed.cand)):
            evidence[other.hit.entry.country or ""] += other.weight
    for country in demonyms:
        evidence[country] += DEMONYM_WEIGHT
    ranked = evidence.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return False
    home, own = ranked[0][0], seed.hit.entry.country or ""
    # (or, far from the country the rest points at twice at least, and of no nationality the article names: "à Blida"
    # among Malian towns, "au Mali", is no evidence of Algeria; one town alone is no such evidence, or "Des déplacés de
    # Palma sont arrivés à Pemba" would doubt Pemba too)
    return bool(home) and home != own and evidence[home] > evidence[own] and (
        _own_country_homonym(seed, home, lang) or _folded(seed, lang)
        or (evidence[home] >= 2 and own not in demonyms and far_from_country(seed.hit.entry, home)))


def _homonyms_elsewhere(seeds: list[_Seed], demonyms: Counter[str], lang: str, text: str = "") -> set[int]:
    """Seeds (by index) whose name is also a town of the country the rest of the article points at.

    Two such seeds may point at each other's country ("Granada" and "Medellín" both have Spanish and
    Colombian towns): a seed stays dropped only if the seeds not in doubt and the nationalities still
    point elsewhere.
    """
    doubtful = {i for i, seed in enumerate(seeds) if seed.hit.entry.kind == "city" and not seed.hit.curated
                and _home_elsewhere(seed, seeds, demonyms, lang, text)}
    sure = [seed for i, seed in enumerate(seeds) if i not in doubtful]
    return {i for i in doubtful if _home_elsewhere(seeds[i], sure, demonyms, lang, text)}


def _own_name_country(cand: Candidate, hits: Sequence[Hit], lang: str) -> tuple[str, bool] | None:
    """The one country where attacks are reported (``conflict_prior.tsv``) whose town the name is, by the town's own
    name ("Zalizne", "Taftanaz"), if there is one, and whether it is spelled as written.

    Towns spelled as written count first (the gazetteer's own names, not its alternate ones): a namesake ten times
    smaller (a hamlet of no population) does not make the name another country's. Failing those, towns whose own name
    meets the written one once spellings are folded, and then only one country's (a name that folded spellings
    meet in two countries is no evidence). Towns of other countries are left aside: conflict reporting names them rarely,
    and their namesakes are many (a name that is mostly a town of the United States may also be a Yemeni village)."""
    prior = load_conflict_prior()
    towns = [h for h in hits if h.tier == 0 and h.entry.kind == "city" and prior.get(h.entry.country or "", 0.0) > 0]
    exact = [h for h in towns if h.curated or plain_key(cand.text, lang) == plain_key(h.entry.name, lang)]
    own = exact or [h for h in towns if name_key(h.entry.name, lang) in cand.keys]
    largest: dict[str, int] = {}
    for h in own:
        country = h.entry.country or ""
        largest[country] = max(largest.get(country, 0), h.entry.population)
    if not largest or (not exact and len(largest) > 1):
        return None
    ranked = sorted(largest.items(), key=lambda kv: -kv[1])
    if not ranked[0][0] or (len(ranked) > 1 and ranked[0][1] < OWN_NAME_DOMINANCE * max(1, ranked[1][1])):
        return None
    return ranked[0][0], bool(exact)


def _agreeing_towns(towns: list[_Seed]) -> list[_Seed]:
    """The small towns of the one country they agree on.

    Those spelled as written speak when there are any, else the folded ones ("le village de Kounti, dans le cercle
    de Y": a Malian Y spelled as written outweighs an Indian town that "Kounti" meets only once folded). Towns of two
    countries say nothing, also when one name has a small namesake in the other country: "à Djibo ... à Gao" is a
    round-up of two countries, not a Burkinabè village called Gao."""
    speaking = [t for t in towns if t.exact] or towns
    countries = {t.hit.entry.country for t in speaking}
    if len(countries) != 1:
        return []
    return [t for t in towns if t.hit.entry.country in countries]


def article_context(scored: Sequence[tuple[Candidate, list[tuple[Hit, int]], Features]], demonyms: Counter[str],
                    lang: str = "fr", inside: frozenset[tuple[int, int]] = frozenset(), text: str = "") -> Context:
    """The context of an article from its unambiguous mentions (``scored``: candidates, their hits and features;
    ``inside``: spans of candidates that cannot be a small town's evidence: words of a longer capitalised name, "Rouge"
    of "la Croix-Rouge", names the tagger reads as something else that no place word introduces; ``text``: the
    article's, to tell which names share a sentence)."""
    ctx = Context()
    ctx.demonyms.update(demonyms)
    seeds: list[_Seed] = []
    towns: dict[str, _Seed] = {}  # small towns of one country by their own name, once per name
    for cand, hits, feats in scored:
        best = best_hit(hits, feats, None, cand.start, cand.text, cand.keys)
        if best is None or not is_seed(best[0], feats):
            # "près de Zalizne et de Niou-York": a small town is evidence of its country when its own name is
            # that country's only, and it reads as a place with no country named (the conflict prior, a locative
            # word or a proper noun: ``acceptable`` with an empty context), so that a near-spelling abroad
            # (Newark, England) does not outrank the article's village
            # (not an ordinary word, nor a word of a longer name: "la Croix-Rouge" is no town called Rouge)
            own = None if feats.dictionary_word or (cand.start, cand.end) in inside else _own_name_country(
                cand, [h for h, _ in hits], lang)
            weak = best_hit(hits, feats, Context(), cand.start, cand.text, cand.keys) if own else None
            if own and weak is not None and weak[0].entry.country == own[0] and weak[0].entry.kind == "city" \
                    and weak[0].tier == 0 and cand.keys[0] not in towns \
                    and (weak[0].curated or name_key(weak[0].entry.name, lang) in cand.keys):
                towns[cand.keys[0]] = _Seed(cand, weak[0], tuple(h for h, _ in hits), town=True, exact=own[1])
            continue
        # a town known by one of its alternate names ("L'Estère" for Leicester) sets no context
        # (nor does the country a launch came from: "des roquettes tirées depuis le Liban ont frappé X")
        if feats.origin and best and best[0].entry.kind == "country":
            continue
        # (nor does a country standing for its state, "Israël a frappé une maison à X": a nationality, like
        # "les forces israéliennes", that only breaks ties)
        if feats.state and best[0].entry.kind == "country":
            ctx.demonyms[best[0].entry.country or ""] += 1
            continue
        # (a division whose name other countries' divisions share, "le département du Centre", "la région du Nord",
        # says no country: Haiti, Cameroon and Burkina Faso all have a Centre; the article's towns do)
        if best[0].entry.kind == "admin1" and any(
                h.tier == 0 and h.entry.kind == "admin1" and h.entry.country != best[0].entry.country for h, _ in hits):
            continue
        if best[0].entry.kind != "city" or best[0].curated or name_key(best[0].entry.name, lang) in cand.keys:
            seeds.append(_Seed(cand, best[0], tuple(h for h, _ in hits)))
    seeds += [t for t in _agreeing_towns(list(towns.values()))
              if not any(s.cand.keys[0] == t.cand.keys[0] for s in seeds)]
    dropped = _homonyms_elsewhere(seeds, demonyms, lang, text)
    for i, seed in enumerate(seeds):
        if i in dropped:
            continue
        e = seed.hit.entry
        ctx.countries[e.country or ""] += seed.weight
        if e.kind == "admin1":
            ctx.admin1.add(e.id)
        if e.lat is not None and e.lon is not None and e.kind in ("city", "site"):
            ctx.points.append((seed.cand.start, e.lat, e.lon))
    return ctx
