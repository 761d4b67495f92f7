"""``date_for_event``: which temporal expression dates an event mention.

Order of preference (docs/time.md):
1. a date inside the event span ("le raid du 23 octobre");
2. a date in the same sentence, ranked by how it attaches in the dependency
   parse: to the trigger's clause, then to a clause above it, then below it,
   then anywhere else in the sentence;
3. the closest preceding date in the same paragraph, 500 characters back at most;
4. the publication date widened to a week (flag "from_publication").
Periods ("depuis janvier"), durations, sets and deadlines never date an event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from sentinelle.extensions import TokenColumns, char_span_expand, doc_lang, doc_text, doc_value, morph_get, token_columns
from sentinelle.model import DateInterval, TimeMention
from sentinelle.temporal.lexicon import get_grammar
from sentinelle.temporal.page_text import (
    caption_kind,
    heading_day,
    in_dateline,
    live_entry,
    names_file,
    names_something,
    on_caption_line,
    usable,
)
from sentinelle.temporal.tagger import tag_times

CLAUSE_POS = {"VERB", "AUX"}
WEEK = dt.timedelta(days=6)
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7}
CARRY_REACH = 500  # characters: about three sentences of wire copy


@dataclass
class EventDate:
    """The date of one event: its interval, the text spans it came from, and how it was found."""

    interval: DateInterval
    spans: list[tuple[int, int]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


@cache
def _verbs(lang: str, field: str) -> frozenset[str]:
    """The lemmas of a verb list of ``time_names.yaml`` (``publication_verbs``, ``picture_verbs``): each entry's
    first word."""
    return frozenset(w.split()[0].lower() for w in getattr(names_file(lang), field))


def dates_a_document(doc: Doc, mention: TimeMention) -> bool:
    """The date is in a clause describing a document: "un communiqué publié ce lundi", "une vidéo diffusée
    samedi" date the publication, not the incident."""
    span = _span(doc, mention.start, mention.end)
    if span is None or len(span) == 0:
        return False
    verbs = _verbs(_lang(doc), "publication_verbs")
    for anc in span.root.ancestors:
        if anc.pos_ in CLAUSE_POS:
            return anc.dep_ == "acl" and anc.lemma_.lower() in verbs
    return False


def told_in_caption(doc: Doc, mention: TimeMention) -> bool:
    """A caption's date hung on a participle telling an incident ("Photo 2 – Les décombres du dépôt de X, frappé
    le 12 août par des missiles"; "Un immeuble détruit par un drone le 9 août"): the incident's day, not the
    picture's ("Photo prise le 3 mai", "Des habitants devant leur maison, le 14 juillet")."""
    head = _time_head(doc, mention)
    if head is None:
        return False
    verb = doc[_clause_index(token_columns(doc), head)]
    return verb.pos_ == "VERB" and "Part" in morph_get(verb, "VerbForm") \
        and verb.lemma_.lower() not in _verbs(_lang(doc), "picture_verbs")


def _lang(doc: Doc) -> str:
    """The language folder for this Doc (spaCy's language code, French by default)."""
    from sentinelle.lang import LANG_DIR

    return _lang_folder(LANG_DIR, doc_lang(doc))


@cache
def _lang_folder(lang_dir: Path, code: str) -> str:
    # asked for every time expression of every event: the file system is looked at once per language
    return code if code and (lang_dir / code / "time.yaml").is_file() else "fr"


def _mentions(doc: Doc) -> list[TimeMention]:
    mentions = doc_value(doc, "time_mentions")
    if mentions is None:
        mentions = tag_times(doc_text(doc), doc_value(doc, "published"), lang=_lang(doc))
        doc._.time_mentions = mentions
    return mentions


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return char_span_expand(doc, start, end)


def _heads_above(heads: list[int], i: int) -> int:
    """How many heads are above token ``i`` (``heads``: the Doc's head column)."""
    n = 0
    while heads[i] != i:
        i = heads[i]
        n += 1
    return n


def _top_index(span: Span) -> int:
    """The index of the token of a span nearest the root of the parse (the first on a tie); walked on the
    Doc's head column, which spares a Token for every step up from every word."""
    heads = token_columns(span.doc).head
    return min(range(span.start, span.end), key=lambda i: (_heads_above(heads, i), i))


def _top(span: Span) -> Token:
    """The token of a span nearest the root of the parse."""
    return span.doc[_top_index(span)]


def _clause_index(cols: TokenColumns, i: int) -> int:
    """The index of the verb heading the clause token ``i`` belongs to (``i`` itself if it is one)."""
    pos, heads = cols.pos, cols.head
    while pos[i] not in CLAUSE_POS and heads[i] != i:
        i = heads[i]
    return i


def _clause(token: Token) -> Token:
    """The verb heading the clause a token belongs to (the token itself if it is one)."""
    return token.doc[_clause_index(token_columns(token.doc), token.i)]


def _pluperfect(verb: Token) -> bool:
    """A past participle with an auxiliary in the imperfect ("avaient été enlevées", "avait attaqué")."""
    return "Part" in morph_get(verb, "VerbForm") and any(
        c.dep_.startswith("aux") and "Imp" in morph_get(c, "Tense") for c in verb.children)


def _attachment(doc: Doc, event: Span, mention: TimeMention) -> int:
    """0 inside the event span, 1 same clause, 2 a governing clause, 3 a dependent clause, 4 elsewhere."""
    if mention.start < event.end_char and mention.end > event.start_char:
        return 0
    m_head = _time_head(doc, mention)
    if m_head is None:
        return 4
    # (on the Doc's head column: token indices for Tokens, an index chain for ``ancestors``)
    cols = token_columns(doc)
    heads = cols.head
    if event.start <= m_head < event.end:  # the expression modifies a word of the event mention itself
        return 1
    event_clause, m_clause = _clause_index(cols, _top_index(event)), _clause_index(cols, m_head)
    if m_clause == event_clause:
        return 1
    if m_clause in _above(heads, event_clause):
        return 2
    if event_clause in _above(heads, m_clause):
        return 3
    return 4


def _time_head(doc: Doc, mention: TimeMention) -> int | None:
    """The index of the token the time expression hangs on, when the Doc is parsed."""
    m_span = _span(doc, mention.start, mention.end)
    if m_span is None or not doc.has_annotation("DEP"):
        return None
    return token_columns(doc).head[_top_index(m_span)]


def _hangs_on(doc: Doc, words: Span, mention: TimeMention) -> bool:
    """The time expression modifies one of ``words`` ("l'enlèvement ... lundi")."""
    head = _time_head(doc, mention)
    if head is None:
        return False
    # ... or a participle describing one of them ("a condamné dimanche les attaques PERPÉTRÉES samedi")
    cols = token_columns(doc)
    if cols.dep[head] == "acl" and cols.pos[head] == "VERB":
        head = cols.head[head]
        # (hung on an adjective of the noun the parser split off: "les frappes israéliennes menées lundi")
        if cols.pos[head] == "ADJ" and head == words.end:
            head = words.end - 1
    return words.start <= head < words.end


def _above(heads: list[int], i: int) -> list[int]:
    """The indices of the heads above token ``i``, up to the root (``Token.ancestors``)."""
    out = []
    while heads[i] != i:
        i = heads[i]
        out.append(i)
    return out


def _explicitness(mention: TimeMention) -> int:
    """Prefer a written calendar date over a relative one in the same position ("hier, dimanche 26 octobre")."""
    return 0 if any(ch.isdigit() for ch in mention.text) else 1


def _sentence_bounds(doc: Doc, event: Span) -> tuple[int, int]:
    text = doc_text(doc)
    if doc.has_annotation("SENT_START"):
        sents = list(event.sents) if hasattr(event, "sents") else [event.sent]
        first, last = sents[0], sents[-1]
        # the parser may cut a sentence with no final punctuation ("à deux attaques aux multiples Engins Explosifs |
        # Improvisés (EEI), le mardi 10 janvier 2023, entre ..."): it runs on to the next one, as the events stage
        # joins it (events.matching.segments); a line break still ends it (below)
        while last.end < len(doc) and not _ends_with_stop(last):
            last = doc[last.end].sent
        while first.start > 0 and not _ends_with_stop(doc[first.start - 1].sent):
            first = doc[first.start - 1].sent
        start, end = first.start_char, last.end_char
        # the parser may run a sentence across a line break ("... de Deir ez-Zor.\n\nPlus tôt, ... lundi"):
        # a day named in the next paragraph is not the sentence's (as in events.matching.segments)
        start = max(start, text.rfind("\n", start, event.start_char) + 1)
        brk = text.find("\n", event.end_char, end)
        return start, brk if brk >= 0 else end
    left = max(text.rfind(". ", 0, event.start_char), text.rfind("\n", 0, event.start_char)) + 1
    right = min([i for i in (text.find(". ", event.end_char), text.find("\n", event.end_char)) if i >= 0],
                default=len(text))
    return left, right


_STOPS = frozenset(".!?…;:»\"")


def _ends_with_stop(sent: Span) -> bool:
    """The sentence ends with final punctuation (or a line break), not in the middle of a phrase."""
    words = [t for t in sent if t.text.strip()]
    return not words or words[-1].text[-1:] in _STOPS or "\n" in sent[-1].text_with_ws


def _paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _shift_days(doc: Doc, mentions: list[TimeMention], event: Span) -> float:
    """Days to move the date when the event is the complement of "48 heures après" (or "avant")."""
    grammar = get_grammar(_lang(doc))
    text = doc_text(doc)
    for mention in mentions:
        if mention.kind != "duration" or mention.end > event.start_char or event.start_char - mention.end > 60:
            continue
        between = text[mention.end:event.start_char]
        found = re.match(r"\s*(\w+)\b", between)
        if not found or found.group(1).lower() not in grammar.shift_words:
            continue
        # The event must be the complement itself: no clause break, a few words at most.
        if re.search(r"[,.;:!?()«»]", between) or len(between.split()) > 6:
            continue
        count = re.match(r"P(?:T)?(\d+)([HDW])", mention.value or "")
        if not count:
            continue
        days = int(count.group(1)) * {"H": 1 / 24, "D": 1, "W": 7}[count.group(2)]
        return days * grammar.shift_words[found.group(1).lower()]
    return 0


def _shifted(interval: DateInterval, days: float) -> DateInterval:
    delta = dt.timedelta(days=round(days))
    if not delta or interval.start is None or interval.end is None:
        return interval
    return DateInterval(start=(dt.date.fromisoformat(interval.start) + delta).isoformat(),
                        end=(dt.date.fromisoformat(interval.end) + delta).isoformat(), precision=interval.precision)


def _headline(text: str, start: int) -> bool:
    """Is the position in the article's first line, a title without final punctuation?"""
    first_break = text.find("\n")
    if first_break < 0 or start >= first_break:
        return False
    title = text[:first_break].strip()
    return 0 < len(title) <= 200 and not title.endswith((".", "!", "?", "»", '"'))


def _from_publication(doc: Doc, mentions: list[TimeMention], before: int) -> EventDate:
    # a photo essay's captions are in no order: a day told in one does not open the window of the next, nor
    # date the lede
    text, lang = doc_text(doc), _lang(doc)
    mentions = [m for m in mentions if not on_caption_line(text, m, lang)]
    published: dt.date | None = doc_value(doc, "published")
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is None:
        earlier = [m for m in mentions if usable(m) and m.end <= before]
        if earlier:
            m = earlier[-1]
        else:  # an undated article that names the day only further down
            later = [m for m in mentions if usable(m) and m.start >= before]
            if not later:
                return EventDate(DateInterval(), [], ["undated"])
            m = later[0]
        return EventDate(m.interval, [(m.start, m.end)], ["from_context"] + list(m.flags))
    if live_entry(text, before, lang):
        # a live entry with no day of its own: its heading's day, else the day the blog was published
        heading = heading_day(text, mentions, before)
        if heading is not None:
            return EventDate(heading.interval, [(heading.start, heading.end)],
                             ["from_publication", "live_entry"] + list(heading.flags))
        day = published.isoformat()
        return EventDate(DateInterval(start=day, end=day, precision="day"), [], ["from_publication", "live_entry"])
    start = published - WEEK
    if _headline(text, before):
        # A title tells the incident the lede dates: take the first day named
        # in the article within the publication week.
        in_week = [m for m in mentions if usable(m) and m.interval.precision == "day"
                   and start <= dt.date.fromisoformat(m.interval.start) <= published]
        # A named day ("vendredi", "le 13 novembre") before a bare "aujourd'hui",
        # which in a lede is more often about a state ("aujourd'hui en prison").
        weekdays = get_grammar(_lang(doc)).weekdays
        named = [m for m in in_week if any(c.isdigit() for c in m.text)
                 or any(w in m.text.lower() for w in weekdays)]
        for m in named or in_week:
            return EventDate(m.interval, [(m.start, m.end)], ["from_lede"] + list(m.flags))
    flags = ["from_publication"]
    # The window starts at the latest day the article has already named inside
    # that week: an undated incident told after "jeudi 19 août" is not earlier.
    # (a dateline's day is the story's publication, not a day the story has reached: "KABOUL, 20 août - ... dans
    # la nuit de lundi à mardi ...\n\n <undated paragraph>" is still that night; nor is the day of a telling
    # after the lead's day, "a annoncé dimanche matin", flag report_day)
    named = [dt.date.fromisoformat(m.interval.start) for m in mentions
             if usable(m) and m.end <= before and m.interval.precision == "day" and not _dates_the_story(doc, m)
             and "report_day" not in m.flags]
    named = [d for d in named if start < d <= published]
    if named:
        start = max(named)
        flags.append("after_named_day")
    return EventDate(DateInterval(start=start.isoformat(), end=published.isoformat(), precision="week"), [], flags)


def _asked_once(doc: Doc, question: str, m: TimeMention, answer: Callable[[], bool]) -> bool:
    """``answer()`` for the time mention ``m``, kept in the Doc: every event of the article asks again."""
    cache = doc.user_data.setdefault(question, {})
    held = cache.get(id(m))
    if held is None or held[0] is not m:
        held = cache[id(m)] = (m, answer())
    return held[1]


def _dates_something_else(doc: Doc, m: TimeMention) -> bool:
    """The expression names something, sits in a caption or dates a document."""
    def answer() -> bool:
        text, lang = doc_text(doc), _lang(doc)
        caption = caption_kind(text, m, lang)
        return names_something(text, m, lang) or caption == "credit" or dates_a_document(doc, m) or (
            caption == "caption" and not told_in_caption(doc, m))

    return _asked_once(doc, "sentinelle_dates_else", m, answer)


def _dates_the_story(doc: Doc, m: TimeMention) -> bool:
    """The expression is a dateline's or a signature's (:func:`in_dateline`)."""
    return _asked_once(doc, "sentinelle_dateline", m, lambda: in_dateline(doc_text(doc), m, _lang(doc)))


def _part_of(day: DateInterval, night: bool) -> DateInterval:
    """A part of ``day`` (its night runs into the next day)."""
    start = dt.date.fromisoformat(day.start) if day.start else None
    if start is None or not night:
        return DateInterval(start=day.start, end=day.start, precision="day")
    return DateInterval(start=start.isoformat(), end=(start + dt.timedelta(days=1)).isoformat(), precision="day")


def _published(doc: Doc) -> dt.date | None:
    published = doc_value(doc, "published")
    return published.date() if isinstance(published, dt.datetime) else published


def _at_story_day(doc: Doc, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with each time of day that names no day ("dans la soirée", "en fin de journée",
    "quelques heures plus tôt": ``part_of_story_day``) moved to the day the story is at: the last day named
    before it in its paragraph, else (in the publication week) in the paragraph before, else the article's
    first day, the lead's ("Mardi, ... \n\n Dans la soirée, ..." is Tuesday evening, not the evening of
    publication; a day told in a quote three paragraphs up is not). A day of the telling ("a annoncé
    mercredi", flag ``report_day``) is not the story's. With no such day, the tagger's reading (the
    publication day) stays."""
    text = doc_text(doc)
    published = _published(doc)
    out: list[TimeMention] = []
    days: list[TimeMention] = []  # the days the story has been at so far, in text order
    for m in mentions:
        if "part_of_story_day" in m.flags and usable(m):
            paragraph = _paragraph_start(text, m.start)
            before = _paragraph_start(text, len(text[:paragraph].rstrip()))  # the last non-blank line before
            recent = [d for d in days if d.start < paragraph and (
                published is None or published - WEEK <= dt.date.fromisoformat(d.interval.start) <= published)]
            story = [d for d in days if paragraph <= d.start and d.end <= m.start] \
                or [d for d in recent if before <= d.start] or recent[:1]
            if story:
                interval = _part_of(story[-1].interval, night="night" in m.flags)
                m = m.model_copy(update={"interval": interval, "value": interval.start,
                                         "flags": m.flags + ["story_day"]})
        elif usable(m) and m.interval.precision == "day" and ("report_day" not in m.flags or not days) \
                and "future" not in m.flags and not _dates_the_story(doc, m):
            # (the first day of the story counts though told after a dateline: "13 juin - Les rebelles ont
            # affirmé mercredi soir ...")
            days.append(m)
        out.append(m)
    return out


def date_for_event(
    doc: Doc, start_char: int, end_char: int, exclude: Sequence[tuple[int, int]] = (),
    anchor: tuple[int, int] | None = None,
) -> EventDate:
    """The date of the event mentioned at ``[start_char, end_char)`` of a parsed Doc.

    Uses ``doc._.time_mentions`` (computed with ``doc._.published`` when the
    time stage has not run). Returns the interval (precision day/week/month/
    year), the character spans of the expression(s) used, and flags saying
    how it was found: "from_publication", "after_named_day", "from_lede",
    "from_context", "shifted", "same_sentence", "same_paragraph", "undated", plus the
    mention's own flags ("inferred_year", "future"...). Expressions inside the
    ``exclude`` character spans (a phrase naming another incident, "après
    l'attaque du 20 octobre") are not considered. ``anchor``: the trigger's own characters; of two days in
    the clause, the one hung on the trigger wins ("La police a confirmé mardi l'enlèvement de dix élèves
    lundi": Monday).
    """
    mentions = [m for m in _mentions(doc) if not any(s <= m.start and m.end <= e for s, e in exclude)
                and not _dates_something_else(doc, m)]
    mentions = _at_story_day(doc, mentions)
    event = _span(doc, start_char, end_char)
    if event is None or len(event) == 0:
        return _from_publication(doc, mentions, start_char)
    # (a dateline's date still dates an undated article's incidents when nothing else does: _from_publication)
    candidates = [m for m in mentions if usable(m) and not _dates_the_story(doc, m)]
    sent_start, sent_end = _sentence_bounds(doc, event)
    # (an expression the parser cut in two belongs to the sentence it ends in: "Mardi | et mercredi, des combats
    # ont ...", "- 11 | -12 juin : ...")
    in_sentence = [m for m in candidates if m.end > sent_start and m.start < sent_end]
    shift = _shift_days(doc, mentions, event)
    # "ont fait savoir dimanche que des femmes AVAIENT ÉTÉ enlevées": the day of the telling, in the governing
    # clause, is after an incident told in the pluperfect
    if in_sentence and _pluperfect(_clause(_top(event))):
        telling = [m for m in in_sentence if _attachment(doc, event, m) == 2]
        in_sentence = [m for m in in_sentence if m not in telling]
        candidates = [m for m in candidates if m not in telling]
    paragraph = _paragraph_start(doc_text(doc), start_char)
    if in_sentence:
        trigger = _span(doc, *anchor) if anchor else None
        best = min(in_sentence, key=lambda m: (_attachment(doc, event, m),
                                               trigger is not None and not _hangs_on(doc, trigger, m),
                                               _explicitness(m), abs(m.start - start_char)))
        interval, flags = best.interval, ["same_sentence"] + list(best.flags)
        # ("Lundi, des combats ont éclaté à X. Dans la nuit, l'armée a bombardé Y": the night of the day told
        # before, _at_story_day)
        if shift:
            interval, flags = _shifted(interval, shift), flags + ["shifted"]
        return EventDate(interval, [(best.start, best.end)], flags)
    # a date carries over to the next sentences of its paragraph, not to the far end of a long one
    preceding = [m for m in candidates if paragraph <= m.start and m.end <= start_char
                 and start_char - m.end <= CARRY_REACH]
    if preceding:
        best = preceding[-1]
        interval, flags = best.interval, ["same_paragraph"] + list(best.flags)
        if shift:  # "Lundi, ... Les secours sont arrivés deux jours après l'attaque": the day told, moved
            interval, flags = _shifted(interval, shift), flags + ["shifted"]
        return EventDate(interval, [(best.start, best.end)], flags)
    return _from_publication(doc, mentions, start_char)
