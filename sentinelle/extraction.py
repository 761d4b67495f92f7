"""The heart of the library: one article in, one :class:`ArticleResult` out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc

from sentinelle.errors import InputError
from sentinelle.model import ArticleResult
from sentinelle.paragraphs import parse
from sentinelle.pipeline import get_pipeline

MAX_CHARS = 1_000_000
"""Longest article accepted (characters); spaCy's own default limit."""
LONG_TEXT = 20_000
"""A longer text is read in pieces of whole paragraphs of at most this many characters (bounded
context), so that time and memory grow linearly with its length; news articles are far shorter."""
PUBLISHED_YEARS = (100, 9900)
"""Publication years used to resolve relative dates; outside them date arithmetic would leave the calendar."""


@dataclass(frozen=True)
class ArticleInput:
    """One article to process: its text exactly as published, and what is known about it."""

    text: str
    published: str | dt.date | None = None
    outlet: str | None = None
    doc_id: str | None = None


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """A publication date from ``YYYY-MM-DD``, an ISO date-time or a date, with a clear error otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text) if len(text) <= 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        # The whole value must be a date (or an ISO date-time): '2023-01-01garbage' is a typo, not a date.
        raise InputError(f"publication date {value!r} is not a date in the form YYYY-MM-DD") from None


def check_text(text: object) -> str:
    """Reject what cannot be an article, with a message that says why."""
    if not isinstance(text, str):
        raise InputError(f"article text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InputError("article text is empty")
    if "\x00" in text:
        raise InputError("article text contains NUL bytes: this looks like a binary file, not text")
    if len(text) > MAX_CHARS:
        raise InputError(f"article is too long ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    return text


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


# A line of a hard-wrapped paragraph (wire copy cut at 64 columns) goes on when the next line starts in lower
# case, or when it ends on a word that cannot end a sentence or a headline ("la République démocratique du
# \nCongo"). Such a break is read as a space, one character for one: evidence spans still index the text.
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?=\S)")
_SENTENCE_END = frozenset('.!?:;»"”)')


@cache
def _glue_words(lang: str) -> frozenset[str]:
    """Words that never end a sentence: the articles, prepositions and conjunctions of the place cues."""
    from sentinelle.places.data import load_cues

    words = load_cues(lang).locators
    return frozenset(w.lower().rstrip("'’") for k in ("of", "articles", "and") for w in words.get(k, []) if " " not in w)


def _last_word(text: str, end: int) -> str:
    """The last white-space separated word before ``end`` (read backwards: no copy of the text before it)."""
    k = end
    while k > 0 and text[k - 1].isspace():
        k -= 1
    j = k
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:k]


def unwrap_lines(text: str, lang: str = "fr") -> str:
    """``text`` with the line breaks of hard-wrapped paragraphs read as spaces (same length)."""
    if "\n" not in text:
        return text
    chars = list(text)
    glue = _glue_words(lang)
    for m in _LINE_BREAK.finditer(text):
        # (the match takes the spaces before the break: the character before it is none of them)
        if m.group(0).count("\n") != 1 or m.start() == 0 or text[m.start() - 1] == "\n":
            continue  # a blank line ends a paragraph
        before = _last_word(text, m.start())
        if not before or before[-1] in _SENTENCE_END:
            continue
        following = text[m.end()]
        if following.islower() or before.lower().rstrip("'’") in glue or before[-1] in "'’":
            chars[m.start() + m.group(0).index("\n")] = " "
    return "".join(chars)


def _prepare(nlp, article: ArticleInput) -> Doc:
    text = check_text(article.text)
    # A lone surrogate (a broken "\ud83d" escape) cannot be encoded, and spaCy hashes every token
    # as UTF-8: it becomes U+FFFD, one character for one, so evidence spans still index the caller's text.
    clean, surrogates = _LONE_SURROGATE.subn("\ufffd", text)
    doc = nlp.make_doc(unwrap_lines(clean))
    published = parse_published(article.published)
    doc._.outlet = article.outlet
    doc._.warnings = []
    if surrogates:
        doc._.warnings.append(f"text: {surrogates} unpaired surrogate character(s) read as U+FFFD")
    if published is not None and not PUBLISHED_YEARS[0] <= published.year <= PUBLISHED_YEARS[1]:
        # 0001-01-01 or 9999-12-31 is a placeholder, not a date: "hier" would fall off the calendar.
        doc._.warnings.append(
            f"published: {published.isoformat()} is outside years {PUBLISHED_YEARS[0]}-{PUBLISHED_YEARS[1]}; "
            "it is ignored and relative dates are not resolved")
        published = None
    doc._.published = published
    return doc


def _result(doc: Doc, article: ArticleInput) -> ArticleResult:
    published = doc._.published
    result = ArticleResult(
        doc_id=article.doc_id,
        published=published.isoformat() if published else None,
        outlet=article.outlet,
        language="fr",
        events=list(doc._.events or []),
        non_events=list(doc._.non_events or []),
        places=list(doc._.place_mentions or []),
        times=list(doc._.time_mentions or []),
        warnings=list(doc._.warnings or []),
    )
    _release(doc)
    return result


def _release(doc: Doc) -> None:
    """Drop what the stages left on ``doc`` once its result is built.

    The stages keep Spans (sentence segments, each token's segment) and the token columns in
    ``doc.user_data``, and each of them refers back to the Doc: the cycle Doc -> user_data -> Span -> Doc
    left every parsed Doc, with its arrays, to Python's cyclic garbage collector. Docs waited in memory
    for a full collection, and those collections (which walk every object of the process, the model's
    lemma tables among them) cost extract about 2 ms per article that bare ``nlp.pipe``, whose Docs are
    freed as soon as they are dropped, does not pay. Nothing reads the Doc after its result is built.
    """
    doc.user_data.clear()


def _skipped(nlp, doc: Doc, article: ArticleInput, relevance_gate: bool) -> ArticleResult | None:
    """The result of an article the relevance gate keeps out of the parser, or None to parse it.

    The gate (sentinelle.relevance) reads tokens only. Its first check refuses an article only when no
    token could be a trigger word (the full pipeline would have found no event in it); its second, on by
    default, also refuses one whose triggers are neither strong nor beside a word of violence, which can
    skip an act told with nothing around it (docs/relevance.md; ``SENTINELLE_RELEVANCE=triggers`` keeps the
    first check only).
    """
    if not relevance_gate:
        return None
    from sentinelle.relevance import NO_INCIDENT_LANGUAGE, get_gate

    if get_gate(nlp).relevant(doc):
        return None
    doc._.warnings.append(NO_INCIDENT_LANGUAGE)
    return _result(doc, article)


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    outlet: str | None = None,
    doc_id: str | None = None,
    relevance_gate: bool = True,
) -> ArticleResult:
    """Extract conflict events from one French news article.

    Args:
        text: the article text exactly as published; every ``evidence`` span in
            the result indexes into this string.
        published: publication date (``YYYY-MM-DD`` or a ``date``), used to
            resolve relative dates such as "ce dimanche". Optional.
        outlet: the publishing outlet, kept on the result.
        doc_id: an identifier kept on the result.
        relevance_gate: skip the parse of an article with no incident language at all (see
            :mod:`sentinelle.relevance`); it comes back with no events and the warning
            ``NO_INCIDENT_LANGUAGE``. False parses every article.

    Raises:
        InputError: the text is empty, binary, too long, or the date is malformed.
    """
    article = ArticleInput(text=text, published=published, outlet=outlet, doc_id=doc_id)
    nlp = get_pipeline()
    if isinstance(text, str) and len(text) > LONG_TEXT:
        return _extract_long(nlp, article, relevance_gate)
    doc = _prepare(nlp, article)
    return _skipped(nlp, doc, article, relevance_gate) or _result(next(parse(nlp, [doc])), article)


_CHARACTERS = re.compile(r"characters (\d+)-(\d+)")


def _extract_long(nlp, article: ArticleInput, relevance_gate: bool = True) -> ArticleResult:
    """A long text piece by piece (see LONG_TEXT), every span moved back onto the whole text.

    The pieces are read apart anyway, so the relevance gate may skip one without changing the others.
    """
    from sentinelle.textio import paragraph_chunks

    text = check_text(article.text)
    parse_published(article.published)  # a bad date fails before any work
    pieces = paragraph_chunks(text, LONG_TEXT)
    docs = (_prepare(nlp, replace(article, text=text[a:b])) for a, b in pieces)
    merged: ArticleResult | None = None
    parsed_any = False
    for (offset, end), doc in zip(pieces, docs, strict=True):
        part = _skipped(nlp, doc, article, relevance_gate)
        if part is not None:
            # this piece's own span, moved onto the whole text below like every other warning
            part.warnings = [w for w in part.warnings if not w.startswith("relevance:")]
            part.warnings.append(f"relevance: no incident language in characters 0-{end - offset}; not parsed")
        else:
            parsed_any = True
            part = _result(next(parse(nlp, [doc], batch_size=1)), article)
        for e in part.events:
            e.evidence = [(a + offset, b + offset) for a, b in e.evidence]
            e.field_evidence = {k: [(a + offset, b + offset) for a, b in v] for k, v in e.field_evidence.items()}
        for ne in part.non_events:
            ne.evidence = [(a + offset, b + offset) for a, b in ne.evidence]
        for m in [*part.places, *part.times]:
            m.start, m.end = m.start + offset, m.end + offset
        part.warnings = [_CHARACTERS.sub(lambda g, o=offset: f"characters {int(g[1]) + o}-{int(g[2]) + o}", w)
                         for w in part.warnings]
        if merged is None:
            merged = part
            continue
        merged.events += part.events
        merged.non_events += part.non_events
        merged.places += part.places
        merged.times += part.times
        merged.warnings += [w for w in part.warnings if w not in merged.warnings]
    assert merged is not None  # check_text refused a blank text
    if not parsed_any and relevance_gate:
        from sentinelle.relevance import NO_INCIDENT_LANGUAGE

        merged.warnings = [w for w in merged.warnings if not w.startswith("relevance:")] + [NO_INCIDENT_LANGUAGE]
    return merged


def _as_input(article: ArticleInput | str | dict) -> ArticleInput:
    """An article given as an :class:`ArticleInput`, a bare text, or a dict of its fields."""
    if isinstance(article, ArticleInput):
        return article
    if isinstance(article, str):
        return ArticleInput(text=article)
    if isinstance(article, dict):
        unknown = sorted(set(article) - {"text", "published", "outlet", "doc_id"})
        if unknown or "text" not in article:
            raise InputError(f"an article dict needs 'text' and may give published, outlet, doc_id (got {sorted(article)})")
        return ArticleInput(**article)
    raise InputError(f"an article is an ArticleInput, a str or a dict, not {type(article).__name__}")


def extract_many(
    articles: Iterable[ArticleInput | str | dict], *, batch_size: int = 16, relevance_gate: bool = True,
) -> Iterator[ArticleResult]:
    """Extract many articles with spaCy's ``nlp.pipe`` batching; results in input order.

    Each article is an :class:`ArticleInput` (``sentinelle.ArticleInput(text, published, outlet, doc_id)``),
    a bare text, or a dict of those fields.

    ``relevance_gate`` as in :func:`extract`: articles with no incident language skip the parser.
    Invalid articles raise :class:`InputError` before any is processed in their batch;
    callers that want to skip bad input should call :func:`check_text` first.
    """
    nlp = get_pipeline()
    batch: list[ArticleInput] = []

    def flush() -> Iterator[ArticleResult]:
        docs = [_prepare(nlp, a) for a in batch]
        skipped = [_skipped(nlp, doc, a, relevance_gate) for doc, a in zip(docs, batch, strict=True)]
        parsed = parse(nlp, (d for d, s in zip(docs, skipped, strict=True) if s is None), batch_size=batch_size)
        for article, skip in zip(batch, skipped, strict=True):
            yield skip if skip is not None else _result(next(parsed), article)
        batch.clear()

    for given in articles:
        article = _as_input(given)
        if isinstance(article.text, str) and len(article.text) > LONG_TEXT:
            yield from flush()
            yield _extract_long(nlp, article, relevance_gate)
            continue
        batch.append(article)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()
