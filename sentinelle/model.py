"""The one data model of Sentinelle, mirroring ``shared/design/event-schema.md``.

Every stage, the store, the exports and the API read and write these models.
They round-trip through JSON exactly: ``ArticleResult.model_validate_json(r.model_dump_json()) == r``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "battles",
    "explosions_remote_violence",
    "violence_against_civilians",
    "protests",
    "riots",
    "strategic_developments",
]

SUB_EVENT_TYPES: dict[str, str] = {
    # sub_event_type -> coarse event_type (ACLED codebook)
    "armed_clash": "battles",
    "government_regains_territory": "battles",
    "non_state_actor_overtakes_territory": "battles",
    "chemical_weapon": "explosions_remote_violence",
    "air_drone_strike": "explosions_remote_violence",
    "suicide_bomb": "explosions_remote_violence",
    "shelling_artillery_missile_attack": "explosions_remote_violence",
    "remote_explosive_landmine_ied": "explosions_remote_violence",
    "grenade": "explosions_remote_violence",
    "sexual_violence": "violence_against_civilians",
    "attack": "violence_against_civilians",
    "abduction_forced_disappearance": "violence_against_civilians",
    "excessive_force_against_protesters": "protests",
    "protest_with_intervention": "protests",
    "peaceful_protest": "protests",
    "violent_demonstration": "riots",
    "mob_violence": "riots",
    "agreement": "strategic_developments",
    "arrests": "strategic_developments",
    "change_to_group_activity": "strategic_developments",
    "disrupted_weapons_use": "strategic_developments",
    "headquarters_or_base_established": "strategic_developments",
    "looting_property_destruction": "strategic_developments",
    "non_violent_transfer_of_territory": "strategic_developments",
    "other": "strategic_developments",
}

Modality = Literal["asserted", "reported", "claimed", "denied", "hypothetical", "threatened"]
FACTUAL_MODALITIES: frozenset[str] = frozenset({"asserted", "reported", "claimed", "denied"})
Precision = Literal["day", "week", "month", "year"]
ActorKind = Literal["state_forces", "rebels", "militia", "unidentified", "civilians", "external"]
SourceKind = Literal["media", "official", "anonymous", "armed_group", "social_media"]
WEAPONS: tuple[str, ...] = (
    "rocket", "missile", "drone", "ied", "suicide_bomber", "small_arms",
    "artillery", "airstrike", "grenade", "vehicle_bomb", "unknown",
)

Span = tuple[int, int]
"""A character span ``[start, end)`` into the article text exactly as it was passed in."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DateInterval(_Model):
    start: str | None = None  # YYYY-MM-DD
    end: str | None = None
    precision: Precision | None = None


class Location(_Model):
    name: str | None = None  # as written
    place: str | None = None  # normalised name
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Literal[1, 2, 3] | None = None
    geonameid: int | None = None
    site_id: str | None = None


class Actor(_Model):
    name: str | None = None  # as written
    normalized: str | None = None
    kind: ActorKind | None = None


class Source(_Model):
    name: str
    kind: SourceKind | None = None


class Event(_Model):
    event_type: EventType
    sub_event_type: str | None = None
    date: DateInterval | None = None
    location: Location | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    target: str | None = None
    weapon: list[str] = Field(default_factory=list)
    fatalities: int | None = None
    injuries: int | None = None
    modality: Modality = "asserted"
    sources: list[Source] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    optional: bool = False
    # Where each field came from: field name -> spans in the article text
    # ("location", "date", "actor1", "actor2", "target", "weapon", "fatalities",
    # "injuries", "modality", "sources", "trigger").
    field_evidence: dict[str, list[Span]] = Field(default_factory=dict)


class NonEvent(_Model):
    """A mention that must NOT be coded as a factual event."""

    why: Literal["hypothetical", "threatened", "habitual", "aggregate", "denied"]
    evidence: list[Span] = Field(default_factory=list)
    event_type: EventType | None = None
    sub_event_type: str | None = None
    text: str | None = None


class PlaceMention(_Model):
    """A place named in the text, resolved against the gazetteer."""

    start: int
    end: int
    text: str
    location: Location
    kind: str | None = None  # city | admin1 | country | site | region | area | located (a name located by its context)
    score: float | None = None
    covers: list[str] = Field(default_factory=list)  # an area's first-level divisions ("le nord du pays")


class TimeMention(_Model):
    """A temporal expression with its normalised interval."""

    start: int
    end: int
    text: str
    interval: DateInterval
    value: str | None = None  # TIMEX3-style value: 2021-12-05, 2021-W48, 2021-12, P2D ...
    kind: Literal["date", "period", "duration", "set"] = "date"
    flags: list[str] = Field(default_factory=list)


class ActorMention(_Model):
    """An actor named in the text, normalised through the alias dictionary."""

    start: int
    end: int
    text: str
    actor: Actor


class ArticleResult(_Model):
    """What ``sentinelle.extract`` returns for one article."""

    doc_id: str | None = None
    published: str | None = None
    outlet: str | None = None
    language: str = "fr"
    events: list[Event] = Field(default_factory=list)
    non_events: list[NonEvent] = Field(default_factory=list)
    places: list[PlaceMention] = Field(default_factory=list)
    times: list[TimeMention] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
