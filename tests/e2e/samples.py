"""Sample articles for the web tests, written for this project (not real reporting),
with hand-made extraction results whose evidence spans are found in the text.

The web layer is tested over the real store with these results, so the tests do not
depend on how good the extractor is today. One article is full of HTML/JS payloads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sentinelle.model import Actor, ArticleResult, DateInterval, Event, Location, NonEvent, Source
from sentinelle.store import Store, StoredArticleInput


def span(text: str, phrase: str, nth: int = 1) -> tuple[int, int]:
    """The ``nth`` occurrence of ``phrase`` in ``text`` as a ``[start, end)`` span (code points)."""
    start = -1
    for _ in range(nth):
        start = text.find(phrase, start + 1)
        if start < 0:
            raise ValueError(f"{phrase!r} (occurrence {nth}) is not in the sample text")
    return (start, start + len(phrase))


@dataclass
class Sample:
    key: str
    article: StoredArticleInput
    result: ArticleResult
    article_id: int | None = None
    event_ids: list[int] = field(default_factory=list)


BALAD = (
    "Trois roquettes se sont abattues dimanche soir sur la base aérienne de Balad, au nord de Bagdad, "
    "selon une source sécuritaire irakienne. L'attaque n'a pas fait de victimes, a précisé la même source.\n"
    "Un groupe armé pro-iranien aurait revendiqué le tir sur Telegram. Des responsables américains craignent "
    "que de nouvelles frappes puissent viser Erbil dans les prochains jours."
)

IDLEB_A = (
    "Une frappe de drone a tué quatre civils mardi à Sarmada, dans la province d'Idleb, "
    "a annoncé la Défense civile syrienne. Six autres personnes ont été blessées."
)

IDLEB_B = (
    "Au moins cinq personnes, dont deux enfants, ont été tuées mardi par un drone à Sarmada (nord-ouest "
    "de la Syrie), selon l'Observatoire syrien des droits de l'homme (OSDH)."
)

DJIBO = (
    "Des affrontements ont opposé l'armée burkinabè à des jihadistes samedi près de Djibo, dans le nord "
    "du pays. Douze soldats ont été tués, selon un communiqué de l'état-major."
)

# A denial with a place is an event with modality "denied"; one with no place stays a non-event.
DENIAL = (
    "L'armée malienne a démenti avoir bombardé samedi le village de Ténenkou, dans la région de Mopti. "
    "L'état-major a également démenti toute frappe contre des civils."
)

# Untrusted text: every payload here must show up as plain text in the page.
XSS = (
    "<script>window.__xss = 'script';</script> Une explosion a frappé jeudi le marché de Mogadiscio "
    "<img src=x onerror=\"window.__xss='img'\"> faisant 3 morts "
    "<svg onload=\"window.__xss='svg'\"></svg> selon la police <a href=\"javascript:window.__xss='a'\">ici</a>."
)


def _balad() -> Sample:
    t = BALAD
    event = Event(
        event_type="explosions_remote_violence",
        sub_event_type="shelling_artillery_missile_attack",
        date=DateInterval(start="2024-01-07", end="2024-01-07", precision="day"),
        location=Location(name="Balad", place="Balad Air Base", country="IQ", admin1="Salah ad Din",
                          lat=33.9402, lon=44.3614, precision=1),
        actor1=Actor(name="Un groupe armé pro-iranien", normalized="Pro-Iranian militia", kind="militia"),
        target="military_base",
        weapon=["rocket"],
        fatalities=0,
        modality="reported",
        sources=[Source(name="source sécuritaire irakienne", kind="official")],
        evidence=[span(t, t.split(". ")[0])],
        field_evidence={
            "trigger": [span(t, "se sont abattues")],
            "location": [span(t, "base aérienne de Balad")],
            "date": [span(t, "dimanche soir")],
            "weapon": [span(t, "roquettes")],
            "target": [span(t, "base aérienne")],
            "fatalities": [span(t, "n'a pas fait de victimes")],
            "sources": [span(t, "source sécuritaire irakienne")],
            "modality": [span(t, "selon"), span(t, "aurait revendiqué")],
            "actor1": [span(t, "Un groupe armé pro-iranien")],
        },
    )
    threat = Event(
        event_type="explosions_remote_violence",
        date=None,
        location=Location(name="Erbil", place="Erbil", country="IQ", admin1="Erbil", lat=36.19, lon=44.01, precision=1),
        modality="hypothetical",
        evidence=[span(t, "de nouvelles frappes puissent viser Erbil")],
        field_evidence={"trigger": [span(t, "frappes")], "location": [span(t, "Erbil")],
                        "modality": [span(t, "puissent")]},
    )
    non_event = NonEvent(why="hypothetical", evidence=[span(t, "de nouvelles frappes puissent viser Erbil")],
                         event_type="explosions_remote_violence")
    return Sample(
        "balad",
        StoredArticleInput(text=t, published="2024-01-10", outlet="Agence Exemple", title="Roquettes sur Balad",
                           url="https://example.org/balad", doc_id="sample-balad"),
        ArticleResult(doc_id="sample-balad", published="2024-01-10", outlet="Agence Exemple",
                      events=[event, threat], non_events=[non_event]),
    )


def _idleb(key: str, text: str, outlet: str, fatalities: int, source: str, source_kind: str,
           casualties: str, weapon: str, trigger: str) -> Sample:
    event = Event(
        event_type="explosions_remote_violence",
        sub_event_type="air_drone_strike",
        date=DateInterval(start="2024-01-09", end="2024-01-09", precision="day"),
        location=Location(name="Sarmada", place="Sarmada", country="SY", admin1="Idlib", lat=36.1886, lon=36.7214,
                          precision=1),
        target="civilians",
        weapon=["drone"],
        fatalities=fatalities,
        modality="reported",
        sources=[Source(name=source, kind=source_kind)],
        evidence=[span(text, text.split(". ")[0])],
        field_evidence={
            "trigger": [span(text, trigger)],
            "location": [span(text, "Sarmada")],
            "date": [span(text, "mardi")],
            "weapon": [span(text, weapon)],
            "fatalities": [span(text, casualties)],
            "sources": [span(text, source)],
        },
    )
    return Sample(
        key,
        StoredArticleInput(text=text, published="2024-01-10", outlet=outlet, title=f"Frappe de drone à Sarmada ({outlet})",
                           doc_id=f"sample-{key}"),
        ArticleResult(doc_id=f"sample-{key}", published="2024-01-10", outlet=outlet, events=[event]),
    )


def _djibo() -> Sample:
    t = DJIBO
    event = Event(
        event_type="battles",
        sub_event_type="armed_clash",
        date=DateInterval(start="2024-01-13", end="2024-01-13", precision="day"),
        location=Location(name="Djibo", place="Djibo", country="BF", admin1="Sahel", lat=14.1022, lon=-1.6306,
                          precision=2),
        actor1=Actor(name="l'armée burkinabè", normalized="Military Forces of Burkina Faso", kind="state_forces"),
        actor2=Actor(name="des jihadistes", normalized="Unidentified jihadist group", kind="rebels"),
        fatalities=12,
        modality="asserted",
        sources=[Source(name="état-major", kind="official")],
        evidence=[span(t, t.split(". ")[0])],
        field_evidence={
            "trigger": [span(t, "affrontements")],
            "location": [span(t, "près de Djibo")],
            "date": [span(t, "samedi")],
            "actor1": [span(t, "l'armée burkinabè")],
            "actor2": [span(t, "jihadistes")],
            "fatalities": [span(t, "Douze soldats ont été tués")],
            "sources": [span(t, "état-major")],
        },
    )
    return Sample(
        "djibo",
        StoredArticleInput(text=t, published="2024-01-14", outlet="Radio Exemple", title="Combats près de Djibo",
                           doc_id="sample-djibo"),
        ArticleResult(doc_id="sample-djibo", published="2024-01-14", outlet="Radio Exemple", events=[event]),
    )


def _denial() -> Sample:
    t = DENIAL
    event = Event(
        event_type="explosions_remote_violence",
        sub_event_type="air_drone_strike",
        date=DateInterval(start="2024-01-13", end="2024-01-13", precision="day"),
        location=Location(name="Ténenkou", place="Ténenkou", country="ML", admin1="Mopti", lat=14.4572, lon=-4.9169,
                          precision=1),
        actor1=Actor(name="L'armée malienne", normalized="Military Forces of Mali", kind="state_forces"),
        target="civilians",
        modality="denied",
        sources=[Source(name="L'armée malienne", kind="official")],
        evidence=[span(t, t.split(". ")[0])],
        field_evidence={
            "trigger": [span(t, "bombardé")],
            "location": [span(t, "village de Ténenkou")],
            "date": [span(t, "samedi")],
            "modality": [span(t, "a démenti")],
            "actor1": [span(t, "L'armée malienne")],
        },
    )
    denial = NonEvent(why="denied", evidence=[span(t, "L'état-major a également démenti toute frappe contre des civils.")],
                      event_type="explosions_remote_violence", text="L'état-major a également démenti toute frappe")
    return Sample(
        "denial",
        StoredArticleInput(text=t, published="2024-01-15", outlet="Journal Exemple", title="Démenti de l'armée",
                           doc_id="sample-denial"),
        ArticleResult(doc_id="sample-denial", published="2024-01-15", outlet="Journal Exemple", events=[event],
                      non_events=[denial]),
    )


def _xss() -> Sample:
    t = XSS
    event = Event(
        event_type="explosions_remote_violence",
        sub_event_type="remote_explosive_landmine_ied",
        date=DateInterval(start="2024-01-11", end="2024-01-11", precision="day"),
        location=Location(name="<img src=x onerror=\"window.__xss='place'\">", place="Mogadishu <b>market</b>",
                          country="SO", admin1="Banaadir", lat=2.0469, lon=45.3182, precision=1),
        target="market",
        fatalities=3,
        modality="reported",
        sources=[Source(name="<script>window.__xss='source'</script>", kind="official")],
        evidence=[span(t, t)],
        field_evidence={
            "trigger": [span(t, "Une explosion a frappé")],
            "location": [span(t, "le marché de Mogadiscio <img src=x onerror=\"window.__xss='img'\">")],
            "date": [span(t, "jeudi")],
            "fatalities": [span(t, "3 morts <svg onload=\"window.__xss='svg'\"></svg>")],
            "sources": [span(t, "<a href=\"javascript:window.__xss='a'\">")],
            "modality": [span(t, "<script>window.__xss = 'script';</script>")],
        },
    )
    return Sample(
        "xss",
        StoredArticleInput(text=t, published="2024-01-12", outlet="<b onmouseover=\"window.__xss='outlet'\">X</b>",
                           title="<script>window.__xss='title'</script>Explosion à Mogadiscio",
                           url="javascript:window.__xss='url'", doc_id="sample-xss"),
        ArticleResult(doc_id="sample-xss", published="2024-01-12", outlet="X", events=[event]),
    )


def samples() -> list[Sample]:
    return [
        _balad(),
        _idleb("idleb-a", IDLEB_A, "Agence Exemple", 4, "Défense civile syrienne", "official",
               "tué quatre civils", "drone", "frappe de drone"),
        _idleb("idleb-b", IDLEB_B, "Journal Exemple", 5, "Observatoire syrien des droits de l'homme", "media",
               "cinq personnes, dont deux enfants, ont été tuées", "drone", "tuées"),
        _djibo(),
        _xss(),
        _denial(),
    ]


def build_sample_db(path: Path) -> dict[str, Sample]:
    """Store the samples in a fresh database at ``path``; returns them by key, with their store ids."""
    out: dict[str, Sample] = {}
    with Store(path) as store:
        for sample in samples():
            outcome = store.ingest_result(sample.article, sample.result)
            sample.article_id = outcome.article_id
            stored = store.get_article(outcome.article_id)
            assert stored is not None
            sample.event_ids = [e.id for e in stored.events]
            out[sample.key] = sample
    return out
