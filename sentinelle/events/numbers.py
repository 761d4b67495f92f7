"""Reading figures written in digits or in French words ("45 885", "quatorze", "une dizaine")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sentinelle.events.lexicon import Lexicon, word_key

_DIGITS = re.compile(r"^\d{1,3}(?:[.\u00a0\u202f ]\d{3})+$|^\d+$")


def parse_number_words(text: str, lex: Lexicon) -> int | None:
    """Value of a French number written in words ("vingt-deux", "trois cents"), else None."""
    nums = lex.numbers
    units = {word_key(k): v for k, v in nums.units.items()}
    mults = {word_key(k): v for k, v in nums.multipliers.items()}
    total, current, seen = 0, 0, False
    for part in re.split(r"[\s\-]+", text.strip()):
        key = word_key(part)
        if key in ("et", ""):
            continue
        if key in units:
            current += units[key]
        elif key in mults:
            m = mults[key]
            current = max(current, 1) * m
            if m >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def token_number(tok: Token, lex: Lexicon) -> int | None:
    """The figure a single token stands for, if it is one (digits, a number word, "une dizaine")."""
    text = tok.text
    if _DIGITS.match(text):
        return int(re.sub(r"\D", "", text))
    if tok.like_num or tok.pos_ == "NUM" or word_key(text) in {word_key(k) for k in lex.numbers.units}:
        value = parse_number_words(text, lex)
        if value is not None:
            # "un"/"une" are articles far more often than figures; callers decide.
            return value
    approx = {word_key(k): v for k, v in lex.numbers.approximate.items()}
    key = word_key(text)
    if key in approx:
        prev = tok.nbor(-1) if tok.i > tok.doc[0].i and tok.i > 0 else None
        if prev is not None and word_key(prev.text) in {word_key(d) for d in lex.numbers.approximate_determiners}:
            return approx[key]
    return None


def is_article(tok: Token) -> bool:
    """True for "un"/"une" used as an article rather than a figure."""
    return tok.lower_ in ("un", "une") and tok.pos_ == "DET"


def number_at(tok: Token, lex: Lexicon) -> tuple[int, int, int] | None:
    """(value, start_token, end_token) of the figure starting at ``tok``, joining "45 885" split in two tokens."""
    value = token_number(tok, lex)
    if value is None:
        return None
    end = tok.i + 1
    doc = tok.doc
    # spaCy may split "45 885" into "45" "885": join a following 3-digit group.
    while end < len(doc) and re.fullmatch(r"\d{3}", doc[end].text) and doc[end - 1].whitespace_ and tok.text.isdigit():
        value = value * 1000 + int(doc[end].text)
        end += 1
    return value, tok.i, end
