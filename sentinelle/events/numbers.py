"""Reading figures written in digits or in French words ("45 885", "quatorze", "une dizaine")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sentinelle.events.lexicon import Lexicon, word_key

MAX_DIGITS = 12
"""Longest run of digits read as a figure."""
_DIGITS = re.compile(r"^\d{1,3}(?:[.\u00a0\u202f ]\d{3})+$|^\d+$")
_THREE_DIGITS = re.compile(r"\d{3}")  # (a digit group of a figure spaCy split: "45 885")


_TABLES: dict[int, tuple[dict[str, int], dict[str, int]]] = {}


def _tables(lex: Lexicon) -> tuple[dict[str, int], dict[str, int]]:
    """The number words of a lexicon by key, built once per lexicon (a hot path)."""
    found = _TABLES.get(id(lex))
    if found is None:
        found = ({word_key(k): v for k, v in lex.numbers.units.items()},
                 {word_key(k): v for k, v in lex.numbers.multipliers.items()})
        _TABLES[id(lex)] = found
    return found


# the value of each text read by parse_number_words, per lexicon (kept with its lexicon, so that its id is not reused
# meanwhile): the casualty reader asks it of the same words around every figure, and of every word it passes
_PARSED: dict[int, tuple[Lexicon, dict[str, int | None]]] = {}


def parse_number_words(text: str, lex: Lexicon) -> int | None:
    """Value of a French number written in words ("vingt-deux", "trois cents"), else None."""
    got = _PARSED.get(id(lex))
    if got is None or got[0] is not lex:
        got = _PARSED[id(lex)] = (lex, {})
    memo = got[1]
    if text in memo:
        return memo[text]
    if len(memo) > 100_000:  # bounded: a long-running feed meets new words without end
        memo.clear()
    value = memo[text] = _parse_number_words(text, lex)
    return value


def _parse_number_words(text: str, lex: Lexicon) -> int | None:
    units, mults = _tables(lex)
    total, current, seen, last = 0, 0, False, None
    for part in re.split(r"[\s\-]+", text.strip()):
        key = word_key(part)
        if key in ("et", ""):
            continue
        if key in units:
            if units[key] == 20 and last == 4:
                # "quatre-vingt(s)" is 4 x 20, not 4 + 20 ("quatre-vingt-dix" = 90)
                current += 80 - 4
            else:
                current += units[key]
            last = units[key]
        elif key in mults:
            m = mults[key]
            current = max(current, 1) * m
            if m >= 1000:
                total, current = total + current, 0
            last = m
        else:
            return None
        seen = True
    value = total + current
    return value if seen and value < 10**MAX_DIGITS else None


def token_number(tok: Token, lex: Lexicon) -> int | None:
    """The figure a single token stands for, if it is one (digits, a number word, "une dizaine")."""
    text = tok.text
    if _DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        # No toll or crowd runs to 13 digits; longer figures are codes or noise (and past 4,300
        # digits int() refuses them, past 19 SQLite cannot store them).
        return int(digits) if len(digits) <= MAX_DIGITS else None
    # every part a number word: a figure, whatever the tagger says ("Soixante-dix-huit" tagged VERB)
    if tok.like_num or tok.pos_ == "NUM" or word_key(text) in _tables(lex)[0] or "-" in text:
        value = parse_number_words(text, lex)
        if value is not None:
            # "un"/"une" are articles far more often than figures; callers decide.
            return value
    approx, determiners = _approximate(lex)
    key = word_key(text)
    if key in approx:
        prev = tok.nbor(-1) if tok.i > tok.doc[0].i and tok.i > 0 else None
        if prev is not None and word_key(prev.text) in determiners:
            return approx[key]
    return None


_APPROXIMATE: dict[int, tuple[dict[str, int], frozenset[str]]] = {}


def _approximate(lex: Lexicon) -> tuple[dict[str, int], frozenset[str]]:
    """ "dizaine" -> 10 and the determiners before it ("une", "des"), by key, built once per lexicon."""
    found = _APPROXIMATE.get(id(lex))
    if found is None:
        found = ({word_key(k): v for k, v in lex.numbers.approximate.items()},
                 frozenset(word_key(d) for d in lex.numbers.approximate_determiners))
        _APPROXIMATE[id(lex)] = found
    return found


def is_article(tok: Token) -> bool:
    """True for "un"/"une" used as an article rather than a figure."""
    return tok.lower_ in ("un", "une") and tok.pos_ == "DET"


def _is_number_word(tok: Token, lex: Lexicon) -> bool:
    """A figure written as a word ("quarante", "cent", "vingt-deux"), not digits nor "une dizaine"."""
    return not tok.text[:1].isdigit() and parse_number_words(tok.text, lex) is not None


def _word_continuation(doc, i: int, lex: Lexicon) -> int | None:
    """Index just past the number word that continues a written figure at token ``i``, else None.

    spaCy splits figures it does not list as one word: "quarante - cinq", "cent vingt", "vingt et un".
    """
    if i >= len(doc):
        return None
    tok = doc[i]
    prev = doc[i - 1]
    # a hyphen glued on both sides: "quarante-cinq" tokenized as "quarante" "-" "cinq"
    if tok.text == "-" and not prev.whitespace_ and not tok.whitespace_ and i + 1 < len(doc):
        nxt = doc[i + 1]
        return i + 2 if _is_number_word(nxt, lex) and not is_article(nxt) else None
    # "vingt et un", "soixante et onze": French writes "et" only before un/une/onze
    if word_key(tok.text) == "et" and i + 1 < len(doc) and word_key(doc[i + 1].text) in ("un", "une", "onze"):
        return i + 2
    if _is_number_word(tok, lex) and not is_article(tok) and word_key(tok.text) not in ("un", "une"):
        return i + 1
    return None


def _echo_end(doc, end: int, value: int) -> int:
    """Index just past the figure's echo in digits, "(7)" in "sept (7) terroristes" (the communiqués of armies and
    ministries repeat each figure so; leading zeros allowed: "trois (03)"), else ``end``."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].text.isdigit() \
            and int(doc[end + 1].text) == value:
        return end + 3
    return end


def _an_echo(tok: Token, lex: Lexicon) -> bool:
    """The digits of a figure's echo ("7" in "sept (7)"), no figure of their own."""
    doc, i = tok.doc, tok.i
    if i < 2 or not tok.text.isdigit() or doc[i - 1].text != "(" or i + 1 >= len(doc) or doc[i + 1].text != ")":
        return False
    for j in range(i - 2, max(i - 6, -1), -1):  # the figure before the bracket, of one token or several
        if doc[j].text[:1].isdigit():
            return False
        figure = number_at(doc[j], lex) if _is_number_word(doc[j], lex) else None
        if figure is not None:
            return figure[2] == i + 2  # (number_at reads the echo with its figure)
    return False


def _continues_figure(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is the inner or last part of a figure written in several tokens ("cinq" in "quarante-cinq"),
    or its echo in digits ("7" in "sept (7)")."""
    doc = tok.doc
    i = tok.i
    if i == 0:
        return False
    if _an_echo(tok, lex):
        return True
    # "45 885": the second digit group belongs to the first
    if _THREE_DIGITS.fullmatch(tok.text) and doc[i - 1].text.isdigit() and doc[i - 1].whitespace_:
        return True
    if not _is_number_word(tok, lex):
        return False
    prev = doc[i - 1]
    if _is_number_word(prev, lex) and not is_article(prev) and prev.whitespace_:
        return _joinable(prev, tok, lex)
    if prev.text == "-" and i >= 2 and not doc[i - 2].whitespace_ and not prev.whitespace_:
        return _is_number_word(doc[i - 2], lex)
    if word_key(prev.text) == "et" and word_key(tok.text) in ("un", "une", "onze") and i >= 2:
        return _is_number_word(doc[i - 2], lex) and not is_article(doc[i - 2])
    return False


def _joinable(left: Token, right: Token, lex: Lexicon) -> bool:
    """Two number words side by side form one figure ("cent vingt", "deux cents") only when their value grows."""
    a = parse_number_words(left.text, lex)
    b = parse_number_words(right.text, lex)
    if a is None or b is None or word_key(right.text) in ("un", "une"):
        return False
    if word_key(right.text) in {word_key(k) for k in lex.numbers.multipliers}:
        return True  # "deux cents", "trois mille"
    # a round figure followed by a smaller one: "cent vingt", "mille deux", "soixante douze"
    if a >= 20 and a % 10 == 0:
        room = 100 if a % 100 == 0 else 20 if a % 100 in (60, 80) else 10
        return b < room
    return False


def number_at(tok: Token, lex: Lexicon) -> tuple[int, int, int] | None:
    """(value, start_token, end_token) of the figure starting at ``tok``.

    Joins a figure spaCy split in several tokens: "45 885" (digit groups), "quarante-cinq"
    (an unlisted hyphenated number word), "cent vingt", "vingt et un". The later parts of such
    a figure are not figures of their own.
    """
    if _continues_figure(tok, lex):
        return None
    value = token_number(tok, lex)
    if value is None:
        return None
    end = tok.i + 1
    doc = tok.doc
    # spaCy may split "45 885" into "45" "885": join a following 3-digit group.
    while end < len(doc) and _THREE_DIGITS.fullmatch(doc[end].text) and doc[end - 1].whitespace_ and tok.text.isdigit():
        if value >= 10 ** (MAX_DIGITS - 3):
            return None  # "1 000 000 000 000 000 ..." past MAX_DIGITS: not a figure
        value = value * 1000 + int(doc[end].text)
        end += 1
    if _is_number_word(tok, lex) and not is_article(tok):
        words = [tok.text]
        while True:
            nxt = _word_continuation(doc, end, lex)
            if nxt is None:
                break
            candidate = " ".join([*words, *(t.text for t in doc[end:nxt] if t.text != "-")])
            joined = parse_number_words(candidate, lex)
            if joined is None or joined <= value or (doc[end].text != "-" and word_key(doc[end].text) != "et"
                                                     and not _joinable(doc[end - 1], doc[end], lex)):
                break
            words = candidate.split()
            value, end = joined, nxt
    if _is_number_word(tok, lex):
        end = _echo_end(doc, end, value)
    return value, tok.i, end
