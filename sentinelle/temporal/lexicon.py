"""Temporal vocabulary and grammar of one language, loaded from ``sentinelle/lang/<lang>/time*.yaml``.

The files are validated at load time (errors name file, line and key) and
compiled once per process into :class:`Grammar`: one regular expression per
rule plus the word -> value tables the normalisers need.
"""

from __future__ import annotations

import re
import re._constants as _sre  # the parse tree of a pattern, read by _first_class (Python >= 3.11)
import re._parser as _sre_parse
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from sentinelle.errors import DataFileError
from sentinelle.lang import lang_path, load_yaml

Unit = Literal["second", "minute", "hour", "day", "week", "weekend", "month", "year", "decade"]
Builder = Literal[
    "numeric_date", "date_range", "calendar_date", "month", "month_part", "year",
    "weekday_range", "weekday", "relative_day", "this_part", "during_part", "ago", "relative_unit",
    "recent_unit", "unit_part", "recent_period", "anaphoric", "set", "duration", "month_range", "year_part", "ignore",
]

APOS = "['’]"
MAX_DIGITS = 12
"""Longest figure read as a count or a year ('il y a 800000 jours' is read, then dropped as off the calendar)."""
SPACE = r"(?:\s+)"  # \s covers U+00A0 and U+202F in Python's Unicode regexes


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Cues(_Strict):
    since: list[str] = Field(default_factory=list)
    deadline: list[str] = Field(default_factory=list)
    report: list[str] = Field(default_factory=list)


class TimeVocabulary(_Strict):
    """Schema of ``time.yaml``."""

    weekdays: dict[str, int]
    months: dict[str, int]
    first_day: list[str]
    numbers: dict[str, int | None]
    units: dict[str, Unit]
    relative_days: dict[str, int]
    last_words: list[str]
    next_words: list[str]
    this_words: list[str]
    day_parts: list[str]
    month_parts: dict[str, tuple[int, int]]
    cues: Cues
    anaphoric: dict[str, int]
    future_cues: list[str]
    past_cues: list[str]
    # the written shape of a future verb (a regular expression on the word): a "Fut" tag from the tagger on a word
    # without it is a misread present ("Des habitants font état d'une attaque ... dimanche", "font" tagged Fut)
    future_form: str = ""
    shift_words: dict[str, int] = Field(default_factory=dict)
    approx_words: list[str] = Field(default_factory=list)
    # the parts of a year named by their rank ("le premier trimestre", "le second semestre"): the ranks, and each
    # part's length in months
    ordinals: dict[str, int] = Field(default_factory=dict)
    year_parts: dict[str, int] = Field(default_factory=dict)

    @field_validator("weekdays")
    @classmethod
    def _iso_weekday(cls, value: dict[str, int]) -> dict[str, int]:
        bad = [k for k, v in value.items() if not 1 <= v <= 7]
        if bad:
            raise ValueError(f"ISO weekday numbers are 1..7; wrong for {bad}")
        return value

    @field_validator("months")
    @classmethod
    def _month_number(cls, value: dict[str, int]) -> dict[str, int]:
        bad = [k for k, v in value.items() if not 1 <= v <= 12]
        if bad:
            raise ValueError(f"month numbers are 1..12; wrong for {bad}")
        return value

    @field_validator("future_cues", "past_cues", "future_form")
    @classmethod
    def _valid_regex(cls, value: list[str] | str) -> list[str] | str:
        for pattern in [value] if isinstance(value, str) else value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression {pattern!r}: {exc}") from None
        return value


class Rule(_Strict):
    name: str
    build: Builder
    pattern: str
    lead_required: bool = False


class TimeRules(_Strict):
    """Schema of ``time_rules.yaml``."""

    rules: list[Rule]


@dataclass(frozen=True)
class CompiledRule:
    name: str
    build: str
    regex: re.Pattern[str]  # case-insensitive
    lead_required: bool
    order: int
    lower_regex: re.Pattern[str] | None = None  # the same, for text already lower-cased (faster)
    first: str | None = None  # a character class every match starts with (see _first_class), if known


def _norm(word: str) -> str:
    """Lookup key of a matched word: lower case, single spaces, one apostrophe."""
    return re.sub(r"\s+", " ", word.lower().replace("’", "'")).strip()


def _alternation(words: list[str]) -> str:
    """Regex alternation of vocabulary entries, longest first, spaces/apostrophes flexible."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word.replace("{apos}", "'"))
        escaped = escaped.replace("'", APOS).replace(r"\ ", SPACE).replace(" ", SPACE)
        parts.append(escaped)
    return "|".join(parts)


def _word(alternation: str) -> str:
    # Letters on either side would mean we are inside a longer word ("marsupial").
    return rf"(?<![\w-])(?:{alternation})(?![\w])"


class _Unknown(Exception):
    """A construct _first_class does not read: the rule is compiled without the first-character test."""


_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
               _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


def _first_items(items: list, out: list[str]) -> bool:
    """Add to ``out`` the character-class items a match of the parsed sequence may start with (a superset
    is fine); True when the sequence may match the empty string, so that what follows may start it too."""
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: ignoring the assertion only widens the set
        if op is _sre.LITERAL:
            out.append(re.escape(chr(av)))
            return False
        if op is _sre.IN:
            for item, value in av:
                if item is _sre.LITERAL:
                    out.append(re.escape(chr(value)))
                elif item is _sre.RANGE:
                    out.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif item is _sre.CATEGORY and value in _CATEGORIES:
                    out.append(_CATEGORIES[value])
                else:
                    raise _Unknown(item)  # a negated class
            return False
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if not _first_items(sub, out) and low > 0:
                return False
        elif op is _sre.SUBPATTERN:
            if av[1] & _sre.SRE_FLAG_IGNORECASE:
                raise _Unknown("inline flag")
            if not _first_items(av[3], out):
                return False
        elif op is _sre.ATOMIC_GROUP:
            if not _first_items(av, out):
                return False
        elif op is _sre.BRANCH:
            may_be_empty = False
            for sub in av[1]:
                may_be_empty |= _first_items(sub, out)
            if not may_be_empty:
                return False
        else:
            raise _Unknown(op)  # a back-reference, any character, a conditional group...
    return True


def _first_class(pattern: str) -> str | None:
    """A character class holding every character a match of ``pattern`` (case-sensitive) can start with,
    or None when it cannot be told (the pattern may match the empty string, or uses a construct not read).

    Python's ``re`` tries a rule at every word boundary of the text, through all its optional words,
    unless it can tell the first character: this class lets it refuse most positions at once."""
    tree = _sre_parse.parse(pattern)
    if tree.state.flags & _sre.SRE_FLAG_IGNORECASE:
        return None
    out: list[str] = []
    try:
        if _first_items(list(tree), out):
            return None
    except _Unknown:
        return None
    return "[" + "".join(dict.fromkeys(out)) + "]"


def _lower_case_regex(regex: re.Pattern[str]) -> tuple[re.Pattern[str], str | None]:
    """``regex`` for text already lower-cased: case-sensitive (faster), and after its leading word boundary
    a look-ahead at the first character (same matches: the look-ahead holds wherever the rule can match);
    and that character class (None when it cannot be told: the regex is then the rule as written)."""
    source = regex.pattern
    first = _first_class(source)
    if first is None or not source.startswith(r"\b"):
        return re.compile(source), None
    return re.compile(rf"\b(?={first})" + source[2:]), first


def _start_scan(rules: list[CompiledRule]) -> tuple[re.Pattern[str] | None, frozenset[int]]:
    """One regular expression that finds, in lower-cased text, every position where one of ``rules`` matches,
    and the rules (by order) it covers.

    Each rule scanned the whole text apart, which was most of the tagger's time; a rule's matches are those
    that ``finditer`` would find, read at these positions only (see tagger._matches_at). A rule that may match
    the empty string or numbers its back-references is left out (it is scanned apart, as before).
    """
    bodies, firsts, covered = [], [], []
    for rule in rules:
        source = rule.lower_regex.pattern if rule.lower_regex is not None else ""
        if rule.first is None or re.search(r"\\[1-9]|\(\?\(", source):
            continue
        # its leading word boundary is the union's
        body = source[2:]
        if "(?P=" in body:
            # the rule's groups renamed apart (the union holds every rule's), for its back-references
            body = re.sub(r"\(\?P<(\w+)>", lambda m, n=rule.order: f"(?P<r{n}_{m[1]}>", body)
            body = re.sub(r"\(\?P=(\w+)\)", lambda m, n=rule.order: f"(?P=r{n}_{m[1]})", body)
        else:
            # the scan reads where a rule matches, not its groups: without them `re` does not save and restore
            # the union's group marks (95 of them) at every branch it tries (the scan took a third less time)
            body = re.sub(r"\(\?P<\w+>", "(?:", body)
        bodies.append(f"(?:{body})")
        firsts.append(rule.first[1:-1])
        covered.append(rule.order)
    if not bodies:
        return None, frozenset()
    try:
        scan = re.compile(rf"\b(?=[{''.join(firsts)}])(?=" + "|".join(bodies) + ")")
    except re.error:
        return None, frozenset()
    return scan, frozenset(covered)


class Grammar:
    """Compiled vocabulary and rules of one language."""

    def __init__(self, lang: str, vocab: TimeVocabulary, rules: TimeRules, rules_path: str) -> None:
        self.lang = lang
        self.vocab = vocab
        key = lambda table: {_norm(k.replace("{apos}", "'")): v for k, v in table.items()}  # noqa: E731
        self.weekdays = key(vocab.weekdays)
        self.months = key(vocab.months)
        self.numbers = key(vocab.numbers)
        self.units = key(vocab.units)
        self.relative_days = key(vocab.relative_days)
        self.month_parts = key(vocab.month_parts)
        self.anaphoric = key(vocab.anaphoric)
        self.shift_words = key(vocab.shift_words)
        self.ordinals = key(vocab.ordinals)
        self.year_parts = key(vocab.year_parts)
        self.first_day = {_norm(w) for w in vocab.first_day}
        self.last_words = {_norm(w) for w in vocab.last_words}
        self.next_words = {_norm(w) for w in vocab.next_words}
        slots = {
            "weekday": _word(_alternation(list(vocab.weekdays))),
            # a hyphen may precede a month: "mi-janvier"
            "month": rf"(?<!\w)(?:{_alternation(list(vocab.months))})(?![\w])",
            "day": rf"(?<![\d,.])(?:{_alternation(vocab.first_day)}|[12]\d|3[01]|0?[1-9])(?!\d|[,.]\d)",
            "year": r"(?<![\d,.])(?:1[89]|20)\d\d(?!\d)",
            "num": rf"(?:(?<![\d,.])\d+(?:[.,]\d+)?(?![\d])|{_word(_alternation(list(vocab.numbers)))})",
            "unit": _word(_alternation(list(vocab.units))),
            "part": _word(_alternation(vocab.day_parts)),
            "relday": _word(_alternation(list(vocab.relative_days))),
            "mpart": _word(_alternation(list(vocab.month_parts))),
            "last": _word(_alternation(vocab.last_words)),
            "next": _word(_alternation(vocab.next_words)),
            "this": _word(_alternation(vocab.this_words)),
            "anaphor": _word(_alternation(list(vocab.anaphoric))),
            "approx": rf"(?<![\w-])(?:{_alternation(vocab.approx_words)})",
            "ordinal": _word(_alternation(list(vocab.ordinals))) if vocab.ordinals else r"(?!)",
            "yearpart": _word(_alternation(list(vocab.year_parts))) if vocab.year_parts else r"(?!)",
        }
        self.rules: list[CompiledRule] = []
        for order, rule in enumerate(rules.rules):
            regex = self._compile(rule, slots, rules_path)
            self.rules.append(CompiledRule(rule.name, rule.build, regex, rule.lead_required, order,
                                           *_lower_case_regex(regex)))
        self.start_scan, self.scanned = _start_scan(self.rules)
        cue = lambda words: re.compile(rf"(?<![\w-])(?:{_alternation(words)}){SPACE}?$", re.IGNORECASE)  # noqa: E731
        self.since_cue = cue(vocab.cues.since)
        self.deadline_cue = cue(vocab.cues.deadline)
        self.report_cue = cue(vocab.cues.report) if vocab.cues.report else None
        self.future_cues = [re.compile(p, re.IGNORECASE) for p in vocab.future_cues]
        self.past_cues = [re.compile(p, re.IGNORECASE) for p in vocab.past_cues]
        self.future_form = re.compile(vocab.future_form, re.IGNORECASE) if vocab.future_form else None

    @staticmethod
    def _compile(rule: Rule, slots: dict[str, str], path: str) -> re.Pattern[str]:
        def fill(match: re.Match[str]) -> str:
            name, suffix = match.group(1), match.group(2)
            if name == "sp":
                return SPACE
            if name == "apos":
                return APOS
            if name not in slots:
                raise DataFileError(f"{path}: rule {rule.name!r}: unknown slot {{{name}}}; known: sp, apos, "
                                    + ", ".join(sorted(slots)))
            return f"(?P<{name}{suffix}>{slots[name]})"

        # Every expression starts at a word boundary; saying so lets the engine
        # skip the inside of words quickly (the tagger's main cost).
        source = r"\b" + re.sub(r"\{([a-z]+)(\d?)\}", fill, rule.pattern)
        try:
            return re.compile(source, re.IGNORECASE)
        except re.error as exc:
            raise DataFileError(f"{path}: rule {rule.name!r}: invalid pattern: {exc}") from None

    # --- word lookups used by the normalisers -----------------------------
    def number(self, text: str) -> int | None:
        key = _norm(text)
        if key.replace(",", ".").replace(".", "", 1).isdigit():
            if len(key) > MAX_DIGITS:
                raise ValueError(f"{len(key)}-digit figure")  # a float this long is inf: int() would overflow
            return int(float(key.replace(",", ".")))
        return self.numbers.get(key)

    def day(self, text: str) -> int:
        key = _norm(text)
        return 1 if key in self.first_day else int(key)

    def lookup(self, table: dict, text: str):
        return table[_norm(text)]


@cache
def get_grammar(lang: str = "fr") -> Grammar:
    """The compiled temporal grammar of ``lang`` (read once per process)."""
    vocab_path = lang_path(lang, "time.yaml")
    rules_path = lang_path(lang, "time_rules.yaml")
    vocab = load_yaml(vocab_path, TimeVocabulary)
    rules = load_yaml(rules_path, TimeRules)
    return Grammar(lang, vocab, rules, str(rules_path))
