"""Schemas and loaders of the places data files (language data and curated sites).

Every file is validated at load time; errors name the file, the line and the key
(see :mod:`sentinelle.lang`).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sentinelle.lang import DATA_DIR, lang_path, load_tsv, load_yaml
from sentinelle.places.normalize import fold, plain_key

SiteKind = Literal[
    "military_base", "airbase", "airport", "border_crossing", "oil_field", "gas_field", "camp",
    "dam", "prison", "port", "power_plant", "refinery", "square", "embassy", "landmark",
]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Site(_Row):
    """One row of ``sentinelle/data/sites.tsv``."""

    id: str
    name: str
    aliases: str | None = None  # |-separated
    country: str = Field(pattern=r"^[A-Z]{2}$")
    admin1: str | None = None
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    kind: SiteKind
    source_url: str = Field(pattern=r"^https?://")

    @property
    def all_names(self) -> list[str]:
        return [self.name, *(a.strip() for a in (self.aliases or "").split("|") if a.strip())]


class Locality(_Row):
    """One row of ``sentinelle/data/localities.tsv``: a town, quarter or named area GeoNames lacks."""

    id: str
    name: str
    aliases: str | None = None  # |-separated
    country: str = Field(pattern=r"^[A-Z]{2}$")
    admin1: str | None = None
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    kind: Literal["town", "village", "district", "area"]
    source_url: str = Field(pattern=r"^https?://")

    @property
    def all_names(self) -> list[str]:
        return [self.name, *(a.strip() for a in (self.aliases or "").split("|") if a.strip())]


class Region(_Row):
    """One row of ``sentinelle/data/regions.tsv``: a natural, historical or cultural region (precision 3).

    ``admin1`` is the division where its people live; ``covers`` every division it spans (|-separated,
    ``admin1`` among them). Without ``lat``/``lon`` the point is the centre of ``admin1``.
    """

    id: str
    name: str
    aliases: str | None = None  # |-separated
    country: str = Field(pattern=r"^[A-Z]{2}$")
    admin1: str
    covers: str | None = None  # |-separated division names
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    note: str | None = None
    source_url: str = Field(pattern=r"^https?://")

    @property
    def all_names(self) -> list[str]:
        return [self.name, *(a.strip() for a in (self.aliases or "").split("|") if a.strip())]

    @property
    def divisions(self) -> list[str]:
        """The divisions the region spans, its main one first."""
        rest = [c.strip() for c in (self.covers or "").split("|") if c.strip() and c.strip() != self.admin1]
        return [self.admin1, *rest]

    @model_validator(mode="after")
    def _point_or_divisions(self) -> Region:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("lat and lon go together")
        return self


class DivisionSeat(_Row):
    """One row of ``sentinelle/data/admin1_seats.tsv``: the town a division is governed from (its capital), where
    ACLED codes an event told only by that division."""

    country: str = Field(pattern=r"^[A-Z]{2}$")
    kind: Literal["admin1", "admin2"]
    division: str  # as the index spells it (the countrystatecity name)
    seat: str  # the GeoNames city's name in the index
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    geonameid: int
    basis: Literal["page", "known"]
    source_url: str = Field(pattern=r"^https?://")


class ConflictPrior(_Row):
    """One row of ``sentinelle/data/conflict_prior.tsv``: how often a country is the scene of reported attacks."""

    country: str = Field(pattern=r"^[A-Z]{2}$")
    weight: float = Field(ge=0, le=1)


class Exonym(_Row):
    """A French (or other) name of a gazetteer place: ``places_exonyms.tsv``."""

    name: str
    country: str = Field(pattern=r"^[A-Z]{2}$")
    target: str  # the place's name in GeoNames (any spelling the normaliser folds to its key)


class Admin1Alias(_Row):
    """Another name of a first-level division: ``places_admin1.tsv``."""

    country: str = Field(pattern=r"^[A-Z]{2}$")
    admin1: str  # name as in the admin1 source (countrystatecity)
    alias: str


class CountryAlias(_Row):
    """Another name of a country: ``places_countries.tsv``."""

    country: str = Field(pattern=r"^[A-Z]{2}$")
    alias: str


class StopWord(_Row):
    """A word that is never a place on its own: ``places_stoplist.tsv``."""

    word: str
    why: Literal["common_word", "direction", "person_name", "month", "feast", "organisation", "demonym", "region"]


class Cue(_Row):
    """A phrase before a place name that says how precise the place is or what it is."""

    phrase: str
    precision: Literal[1, 2, 3] | None = None
    prefer: Literal["site", "admin1", "city", "country"] | None = None


_LOCATOR_CLASSES = frozenset({"of", "articles", "areas", "directions", "near", "in", "distance", "quantity",
                               "settlements", "participles", "toward", "and", "list_heads"})


class PlaceCues(_Row):
    """Schema of ``places_cues.yaml``."""

    # Words that introduce a place ("à", "près de") and make a bare name more credible.
    locative: list[str]
    # Phrases that change precision or the kind of place preferred.
    cues: list[Cue]
    # Words before a capitalised name that show it is a person ("M.", "président").
    person_titles: list[str]
    # Nouns after which "de X" names the administrative area containing nearby places.
    admin_context: list[str]
    # Adjectives allowed between a cue and the name ("la base militaire américaine X").
    cue_adjectives: list[str] = Field(default_factory=list)
    # Direction adjectives that end a place's name ("le Darfour occidental", "la Ghouta orientale"): a
    # capitalised run followed by one is also looked up with it.
    name_adjectives: list[str] = Field(default_factory=list)
    # Word classes of the phrases that locate a name the gazetteer lacks ("X, à 30 km de Y");
    # see ``sentinelle.places.located``.
    locators: dict[str, list[str]] = Field(default_factory=dict)
    # Nouns before an outlet's name ("la chaîne libanaise X", "le quotidien X") and speech verbs before the one
    # spoken to ("a indiqué à X"): the name that follows is an outlet or a person, not a place.
    media_nouns: list[str] = Field(default_factory=list)
    feature_nouns: list[str] = Field(default_factory=list)
    # "sur le plateau du Golan", "dans le nord du Sinaï": words before a curated region that place it like "dans"
    region_words: list[str] = Field(default_factory=list)
    sea_nouns: list[str] = Field(default_factory=list)
    # "la rue Saint-Martin": a name after these nouns is a street's (see ``names_a_street``)
    street_nouns: list[str] = Field(default_factory=list)
    neighbourhood_nouns: list[str] = Field(default_factory=list)
    road_nouns: list[str] = Field(default_factory=list)
    town_part_nouns: list[str] = Field(default_factory=list)
    speech_to: list[str] = Field(default_factory=list)
    dative_words: list[str] = Field(default_factory=list)
    # "la faction liée à X", "les partisans de X": phrases after which a name is a person's or a group's, not a place
    allegiance_phrases: list[str] = Field(default_factory=list)
    # "tirées depuis le Liban", "lancé du Yémen": where a launch came from, no country of the article's incidents
    origin_words: list[str] = Field(default_factory=list)
    launch_participles: list[str] = Field(default_factory=list)
    # Words in the names of divisions named after a direction ("Nord", "Northern"), by direction.
    direction_names: dict[str, list[str]] = Field(default_factory=dict)
    # "les quatre provinces précitées", "ces deux villages": a phrase naming again the places listed before;
    # see ``sentinelle.places.anaphora``.
    list_anaphora: dict[str, list[str]] = Field(default_factory=dict)
    # "les blessés ont été évacués vers l'hôpital de X": X is where the victims were taken, not where the
    # incident happened (see ``sentinelle.events.destinations``)
    care_sites: list[str] = Field(default_factory=list)
    care_verbs: list[str] = Field(default_factory=list)
    # "un cultivateur qui a fui vers X", "se sont réfugiés à X": X is where people fled, not where the incident
    # happened (see ``sentinelle.events.destinations``); a verb of fleeing counts with a word of direction only
    flight_verbs: list[str] = Field(default_factory=list)
    flight_directions: list[str] = Field(default_factory=list)
    refuge_verbs: list[str] = Field(default_factory=list)
    # the relative word that opens a clause telling what happened at the place ("fui vers X, où une frappe a tué ...")
    where_relatives: list[str] = Field(default_factory=list)
    # "raconte-t-elle, assise dans une école de X", "affirme le chef, rencontré à X", "des déplacés arrivés à X
    # attribuent la frappe": where one who tells the incident is now, not where it happened
    # (see ``sentinelle.events.destinations.where_teller_is``)
    whereabouts_verbs: list[str] = Field(default_factory=list)

    @field_validator("locators")
    @classmethod
    def _all_classes(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = sorted(_LOCATOR_CLASSES - v.keys()) if v else []
        if missing:
            raise ValueError(f"locators lacks the word classes {missing}")
        return v

    @field_validator("locative", "person_titles", "admin_context")
    @classmethod
    def _not_empty(cls, v: list[str]) -> list[str]:
        if not v:
            raise ValueError("must not be empty")
        return v


SITES_PATH: Path = DATA_DIR / "sites.tsv"
LOCALITIES_PATH: Path = DATA_DIR / "localities.tsv"
CONFLICT_PRIOR_PATH: Path = DATA_DIR / "conflict_prior.tsv"
REGIONS_PATH: Path = DATA_DIR / "regions.tsv"
SEATS_PATH: Path = DATA_DIR / "admin1_seats.tsv"


@cache
def load_sites() -> tuple[Site, ...]:
    """The curated sites (bases, crossings, fields, airports, camps ...)."""
    return tuple(load_tsv(SITES_PATH, Site))


@cache
def load_localities() -> tuple[Locality, ...]:
    """The curated localities missing from GeoNames cities500."""
    return tuple(load_tsv(LOCALITIES_PATH, Locality))


@cache
def load_regions() -> tuple[Region, ...]:
    """The curated natural, historical and cultural regions (Darfour, Donbass, Sinaï ...)."""
    return tuple(load_tsv(REGIONS_PATH, Region))


@cache
def load_seats() -> tuple[DivisionSeat, ...]:
    """The seats (capitals) of first-level divisions and of Burkina Faso's provinces."""
    return tuple(load_tsv(SEATS_PATH, DivisionSeat))


@cache
def load_conflict_prior() -> dict[str, float]:
    """Country (ISO2) -> prior weight (0..1) of being the scene of a reported attack."""
    return {r.country: r.weight for r in load_tsv(CONFLICT_PRIOR_PATH, ConflictPrior)}


@cache
def load_demonyms(lang: str) -> dict[str, str]:
    """Nationality adjectives ("yéménite", "israélienne") -> ISO2, read from the language's demonyms.tsv.

    The file belongs to the actors stage; only its ``iso2`` and ``adjectives`` columns are read here.
    """
    import csv

    path = lang_path(lang, "demonyms.tsv")
    out: dict[str, str] = {}
    if not path.exists():
        return out
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        for adj in (row.get("adjectives") or "").split("|"):
            if adj.strip() and row.get("iso2"):
                out[adj.strip().lower()] = row["iso2"].strip()
    return out


@cache
def load_exonyms(lang: str) -> tuple[Exonym, ...]:
    return tuple(load_tsv(lang_path(lang, "places_exonyms.tsv"), Exonym))


@cache
def load_admin1_aliases(lang: str) -> tuple[Admin1Alias, ...]:
    return tuple(load_tsv(lang_path(lang, "places_admin1.tsv"), Admin1Alias))


@cache
def load_country_aliases(lang: str) -> tuple[CountryAlias, ...]:
    return tuple(load_tsv(lang_path(lang, "places_countries.tsv"), CountryAlias))


@cache
def load_stoplist(lang: str) -> tuple[StopWord, ...]:
    return tuple(load_tsv(lang_path(lang, "places_stoplist.tsv"), StopWord))


@cache
def load_cues(lang: str) -> PlaceCues:
    return load_yaml(lang_path(lang, "places_cues.yaml"), PlaceCues)


def data_files(lang: str) -> list[Path]:
    """Every data file the gazetteer index is built from (for its fingerprint)."""
    names = ["places_spelling.yaml", "places_exonyms.tsv", "places_admin1.tsv", "places_countries.tsv"]
    return [SITES_PATH, LOCALITIES_PATH, REGIONS_PATH, CONFLICT_PRIOR_PATH, SEATS_PATH,
            *(lang_path(lang, n) for n in names)]


@cache
def curated_spellings(lang: str) -> frozenset[str]:
    """Every name the project's own files give a place, as plain keys: a curated place is only met under one of them
    when the word is also an ordinary word ("Tir" folds like the exonym "Tyr" but is the noun)."""
    names = [e.name for e in load_exonyms(lang)] + [a.alias for a in load_admin1_aliases(lang)]
    names += [a.alias for a in load_country_aliases(lang)]
    for row in (*load_sites(), *load_localities(), *load_regions()):
        names += row.all_names
    return frozenset(plain_key(n, lang) for n in names)


@cache
def article_spellings(lang: str) -> frozenset[str]:
    """The plain keys of the curated names that begin with an article of the language ("Le Caire"): "au Caire" is
    the town, where "au" before another town's name makes it the division's."""
    articles = {"le", "la", "les", "l"}
    names = [e.name for e in load_exonyms(lang)]
    for row in (*load_sites(), *load_localities()):
        names += row.all_names
    return frozenset(plain_key(n, lang) for n in names if fold(n, lang).split()[:1] and fold(n, lang).split()[0] in articles)
