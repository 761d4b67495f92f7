"""The events stages' working record: one mention of an incident in one sentence.

Mutable on purpose: ``sentinelle_events`` fills the arguments,
``sentinelle_attribution`` the modality and sources, ``sentinelle_assemble``
merges mentions into :class:`sentinelle.model.Event`. Not part of the public
result (that is ``Event`` / ``NonEvent``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sentinelle.model import Actor, DateInterval, PlaceMention, Source, Span


@dataclass
class EventMention:
    """One mention of an incident: its trigger(s), type, arguments and how the text presents it."""

    sent_start: int  # character span of the sentence
    sent_end: int
    trigger_tokens: list[int]  # token indices of the trigger words
    trigger_spans: list[Span]  # their character spans
    trigger_ids: list[str]  # triggers.yaml entry ids
    event_type: str | None = None
    sub_event_type: str | None = None
    generic: bool = False  # only generic words ("attaque", "viser"): corroborates, never stands alone untyped
    specific: bool = False  # typed by a specific trigger or a named weapon, not only by its victims or target
    weapons: list[str] = field(default_factory=list)
    target: str | None = None
    target_category: str | None = None  # civilians | armed | installation | convoy
    victim_category: str | None = None
    places: list[PlaceMention] = field(default_factory=list)  # one event per place (enumerations)
    date: DateInterval | None = None
    date_flags: list[str] = field(default_factory=list)
    actor1: Actor | None = None
    actor2: Actor | None = None
    fatalities: int | None = None
    fatality_parts: tuple[int, ...] = ()  # "cinq militaires et sept jihadistes": the figures the toll sums
    fatality_victims: str | None = None  # who the toll's victims were ("troops", "fighters", "civilians"), if said
    fatality_named: bool = False  # its toll is one person named with no figure ("l'instituteur a été tué")
    injuries: int | None = None
    incident_count: int | None = None  # "six attaques" → 6
    summary: bool = False  # "deux attaques distinctes", "plusieurs frappes": figures cover several incidents
    grievance: bool = False  # "ont manifesté contre les enlèvements": what a protest is against, an aggregate
    distinct: bool = False  # "une autre attaque", "la seconde frappe": not the incident mentioned before
    neighbour: bool = False  # its place is named as the neighbour of another ("à X, la localité voisine")
    scene: bool = False  # its sentence opens with its place ("À X, deux civils ont été tués"): a scene of its own
    unknown_place: bool = False  # its sentence names a place nothing locates ("le village de X"), and no other
    # the span of that name; also one named in the sentence just before, which told no incident ("ont envahi le
    # village de X. Ils ont tué onze habitants")
    unknown_name: tuple[int, int] | None = None
    contrasted: bool = False  # "ne montre pas X, mais Y": Y, the reading told as true (events/contrast.py)
    reference: bool = False  # named to date another incident ("48 heures après l'attentat de X")
    anaphoric: bool = False  # "la frappe", "cette attaque": refers back to an incident told before
    # "La frappe a permis de neutraliser onze terroristes", placeless, right after a strike told in its paragraph: the
    # sentence start of that incident (set by assemble)
    names_back: int | None = None
    listed: bool = False  # one place of an enumeration ("les convois transitant A, B et C"), split off
    series: bool = False  # "après une première attaque": an earlier incident of the same series
    recalled: bool = False  # recalled by a trial or a commemoration ("le procès de l'attentat de X"), not told
    headline: bool = False  # told in the article's first line, above its first paragraph (set by assemble)
    place_attacked: bool = False  # its trigger is a noun whose complement is its place ("une attaque contre la ville de X")
    entry: int = 0  # the live-blog entry it is told in ("14h32 — ..."), 0 outside one (set by assemble)
    also: bool = False  # "une maison a également été touchée": an additive adverb on the trigger, one more act
    more_dead: bool = False  # "Quatre assaillants ont également péri": its toll adds to the incident's
    modality: str = "asserted"
    # "Les shebab affirment avoir tué onze soldats": the claim tells only the toll of an incident, not the incident
    toll_claim: bool = False
    # "Les rebelles affirment avoir visé une base. L'armée a confirmé que ...": a claim another side confirmed (the
    # figures stay the claimant's; the incident is reported, attribution/combine.py)
    confirmed: bool = False
    sources: list[Source] = field(default_factory=list)
    negated: bool = False  # "aucune frappe n'a touché", "sans procéder à des arrestations": a non-event, no record
    non_event: str | None = None  # hypothetical | threatened | habitual | aggregate | denied
    field_evidence: dict[str, list[Span]] = field(default_factory=dict)

    @property
    def sentence(self) -> Span:
        return (self.sent_start, self.sent_end)

    def add_sources(self, sources: list[Source]) -> None:
        """Add the ``sources`` this mention does not name yet (by name, against the sources it had before)."""
        self.sources = [*self.sources, *[x for x in sources if all(x.name != y.name for y in self.sources)]]

    def add_evidence(self, name: str, spans: list[Span]) -> None:
        bucket = self.field_evidence.setdefault(name, [])
        for s in spans:
            if s not in bucket:
                bucket.append(s)
