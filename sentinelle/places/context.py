"""The article's context, from its unambiguous place mentions (the resolver's first pass).

Countries named, provinces introduced as such, large cities and sites tell which
country an article is about; the second pass scores every name with that context.
A large city whose name is also a town of the country that the article's *other*
evidence points at is no evidence at all: "Des déplacés de Palma sont arrivés à
Pemba" is about Mozambique, and Palma (Mallorca) must not make Spain a country of
the article, or the Mozambican Palma could never win.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sentinelle.places.gazetteer import Hit
from sentinelle.places.matcher import Candidate
from sentinelle.places.normalize import name_key, plain_key
from sentinelle.places.resolve import Context, Features, best_hit, far_from_country, is_seed

DEMONYM_WEIGHT = 0.5  # a nationality adjective: weaker than a place (an actor's nationality is not a place)


@dataclass(frozen=True)
class _Seed:
    cand: Candidate
    hit: Hit
    hits: tuple[Hit, ...]  # every entry of the name, to find a homonym in the article's country

    @property
    def weight(self) -> int:
        return 2 if self.hit.entry.kind == "country" else 1


def _own_country_homonym(seed: _Seed, country: str, lang: str) -> bool:
    """The name is also a town of ``country``, spelled as written there (or curated)."""
    return any(h.entry.country == country and h.tier == 0 and h.entry.kind in ("city", "site")
               and (h.curated or plain_key(seed.cand.text, lang) == plain_key(h.entry.name, lang))
               for h in seed.hits)


def _folded(seed: _Seed, lang: str) -> bool:
    """The name meets its town only once spellings are folded ("Wadi Sirr" for Wādī as Sīr, Jordan)."""
    return not seed.hit.curated and plain_key(seed.cand.text, lang) != plain_key(seed.hit.entry.name, lang)


def _home_elsewhere(seed: _Seed, seeds: list[_Seed], demonyms: Counter[str], lang: str) -> bool:
    """The other ``seeds`` and the nationalities point at one country, not the seed's, where its name is a town
    (or, when the name meets its town only by folded spellings, whatever it is there: "à Wadi Sirr, au Yémen" is
    no evidence of Jordan)."""
    key = seed.cand.keys[0]
    evidence: Counter[str] = Counter()
    for other in seeds:
        if other.cand.keys[0] != key:  # (the same name said again is no other evidence)
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


def _homonyms_elsewhere(seeds: list[_Seed], demonyms: Counter[str], lang: str) -> set[int]:
    """Seeds (by index) whose name is also a town of the country the rest of the article points at.

    Two such seeds may point at each other's country ("Granada" and "Medellín" both have Spanish and
    Colombian towns): a seed stays dropped only if the seeds not in doubt and the nationalities still
    point elsewhere.
    """
    doubtful = {i for i, seed in enumerate(seeds) if seed.hit.entry.kind == "city" and not seed.hit.curated
                and _home_elsewhere(seed, seeds, demonyms, lang)}
    sure = [seed for i, seed in enumerate(seeds) if i not in doubtful]
    return {i for i in doubtful if _home_elsewhere(seeds[i], sure, demonyms, lang)}


def article_context(scored: Sequence[tuple[Candidate, list[tuple[Hit, int]], Features]], demonyms: Counter[str],
                    lang: str = "fr") -> Context:
    """The context of an article from its unambiguous mentions (``scored``: candidates, their hits and features)."""
    ctx = Context()
    ctx.demonyms.update(demonyms)
    seeds: list[_Seed] = []
    for cand, hits, feats in scored:
        best = best_hit(hits, feats, None, cand.start, cand.text, cand.keys)
        # a town known by one of its alternate names ("L'Estère" for Leicester) sets no context
        # (nor does the country a launch came from: "des roquettes tirées depuis le Liban ont frappé X")
        if feats.origin and best and best[0].entry.kind == "country":
            continue
        if best and is_seed(best[0], feats) and (best[0].entry.kind != "city" or best[0].curated
                                                 or name_key(best[0].entry.name, lang) in cand.keys):
            seeds.append(_Seed(cand, best[0], tuple(h for h, _ in hits)))
    dropped = _homonyms_elsewhere(seeds, demonyms, lang)
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
