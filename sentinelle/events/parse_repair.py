"""Mending one frequent misparse before the events stage reads the tree: the object after an adverbial.

When a time or manner phrase sits between a verb and its object ("ont tué par balle jeudi soir deux
agriculteurs", "a frappé mercredi peu avant minuit un immeuble", "ont opposé jeudi dernier en fin d'après-midi
les FSR et l'armée"), the French model hangs the object on the phrase's last noun ("agriculteurs" a modifier of
"soir") or even starts a new sentence at the day. Every reader of the tree then loses the object: the victims
that type a killing, the target of a strike, the sides of a clash, the toll. The same words with the time
phrase elsewhere parse right; so the object is given back to the verb here, once, for all the stages after.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sentinelle.events.lexicon import word_key
from sentinelle.extensions import morph_get, token_columns

# the parts of speech an adverbial between a verb and its object is made of ("mardi en plein jour", "dans la nuit
# de samedi", "par balle", "vers 5 heures", "tôt ce matin")
_ADVERBIAL_POS = frozenset({"ADP", "DET", "NOUN", "NUM", "ADV", "ADJ"})
_OPENERS = frozenset({"DET", "NUM"})
# opening quotes: a quoted object ("a frappé lundi soir « des infrastructures terroristes »") is still the object
_QUOTES = frozenset({"«", "“", '"', "‹"})
_LONGEST = 8  # tokens of an adverbial at most
# the caches of the stages before that read the tree (columns, sentence cuts, heads of the "from" phrases)
_PARSE_CACHES = ("sentinelle_tokens", "sentinelle_segments", "sentinelle_segment_index", "sentinelle_from_heads")


def _forget_parse(doc: Doc, mended: int) -> int:
    """After ``mended`` repairs, drop what the stages before cached of the tree (it is read anew); returns ``mended``."""
    if mended:
        for key in _PARSE_CACHES:
            doc.user_data.pop(key, None)
    return mended


def _takes_object(verb: Token) -> bool:
    """An active verb with no object yet (a passive's or "être"'s noun after the adverbial is its subject:
    "ont été tués samedi soir deux soldats")."""
    if verb.pos_ != "VERB" or verb.dep_.startswith("aux"):
        return False
    # (an "object" before the first word after the verb is its own; one inside the adverbial is the day the parser
    # took for it: "ont tué mardi en plein jour deux policiers")
    return not any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "obj" and c.i < verb.i)
                   or c.dep_.startswith(("aux:pass", "nsubj:pass", "expl"))
                   or (c.dep_.startswith("aux") and c.lemma_ == "être") for c in verb.children)


def _opens(tok: Token) -> bool:
    """A determiner or a figure opening a noun phrase (the article the tagger calls a preposition too: "des")."""
    # ("au", "aux" are "à" + the article: a complement's, never an object's: "a réagi à deux attaques aux engins")
    return tok.pos_ in _OPENERS or ("Art" in morph_get(tok, "PronType") and tok.lower_ not in ("au", "aux"))


def _a_time(tok: Token, time_words: frozenset[str]) -> bool:
    return word_key(tok.text) in time_words or word_key(tok.lemma_) in time_words


def _object_after(verb: Token, time_words: frozenset[str]) -> tuple[Token, list[Token]] | None:
    """The head of the noun phrase after an adverbial following ``verb`` that the parser hung on the adverbial,
    with the adverbial's tokens; None when the words after the verb are no such shape."""
    doc = verb.doc
    end = min(len(doc), verb.i + 1 + _LONGEST + 1)
    for n in range(verb.i + 2, end):  # (an adverbial of one word at least)
        tok = doc[n]
        if _opens(tok) and tok.head.i >= n and tok.head.pos_ in ("NOUN", "PROPN"):
            head = tok.head
            stretch = doc[verb.i + 1 : n]
            # (an object inside the adverbial must be a day or a time the parser took for one: "mardi"; a real one,
            # "a revendiqué mardi une attaque contre une position", is the verb's already)
            objects = [c for c in verb.children if c.dep_ == "obj"]
            # (hung on a word of time, "deux agriculteurs" under "soir"; or after a manner phrase with no noun phrase of
            # its own, "par balle", "sans relâche": not "a appelé à des attaques contre les troupes", a complement)
            if verb.i < head.head.i < n and all(verb.i < c.i < n and _a_time(c, time_words) for c in objects) and (
                    _a_time(head.head, time_words)
                    or (stretch[0].pos_ in ("ADP", "ADV") and not any(t.pos_ == "DET" for t in stretch))):
                return head, list(stretch)
            # ... or, quoted after a time, hung on the verb of saying whose complement the verb is ("a annoncé avoir
            # frappé lundi soir « des infrastructures terroristes »": "infrastructures" the complement of "annoncé")
            # (an "obl:arg" when the tagger took the article for a preposition: "« des infrastructures »")
            if head.head == verb.head and verb.dep_ in ("xcomp", "ccomp") and (
                    head.dep_ in ("obj", "xcomp", "ccomp") or (head.dep_ == "obl:arg" and tok.dep_ == "case")) \
                    and not objects and doc[n - 1].text in _QUOTES and any(_a_time(t, time_words) for t in stretch):
                return head, list(stretch)
        if tok.pos_ not in _ADVERBIAL_POS and not (tok.text in _QUOTES and n + 1 < end and _opens(doc[n + 1])):
            return None
    return None


def repair_objects_after_adverbials(doc: Doc, time_words: frozenset[str]) -> int:
    """Give each verb the object the parser hung on an adverbial after it; returns how many were mended."""
    mended = 0
    # (only a verb may take an object, and no repair changes a part of speech: a Token built for the verbs alone)
    for i, p in enumerate(token_columns(doc).pos):
        if p != "VERB":
            continue
        verb = doc[i]
        if not _takes_object(verb):
            continue
        found = _object_after(verb, time_words)
        if found is None:
            continue
        head, stretch = found
        if head.is_ancestor(verb):
            continue  # (the verb hangs below the noun: no cycle is made in the tree)
        # the adverbial's own head goes to the verb when the parser cut the sentence at it ("jeudi" a new root)
        for t in stretch:
            if t.head.i == t.i and not t.is_ancestor(verb):
                t.head = verb
                t.dep_ = "obl:mod"
            elif t.dep_ == "obj" and t.head == verb:
                t.dep_ = "obl:mod"  # the day the parser took for the object
        raised = head.head == verb.head  # (the object hung on the verb of saying above the verb)
        head.head = verb
        head.dep_ = "obj"
        if raised:
            # ... with the rest of the clause: "« des cibles » à X" ("à X" under the verb of saying too)
            for t in doc[head.right_edge.i + 1 : min(len(doc), head.right_edge.i + 1 + _LONGEST)]:
                if t.head == verb.head and t.dep_.startswith("obl"):
                    t.head = verb
        # what the parser hung on the adverbial after the object goes with the object, as it does when nothing stands
        # between ("une attaque contre une position près de X", "un immeuble à X")
        last = head.right_edge.i
        for t in doc[last + 1 : min(len(doc), last + 1 + _LONGEST)]:
            if t.head in stretch and t.dep_.startswith(("nmod", "obl")) and not t.is_ancestor(head):
                t.head = head
                t.dep_ = "nmod"
        mended += 1
    return _forget_parse(doc, mended)


def repair_incised_days(doc: Doc, time_words: frozenset[str], of_cases: frozenset[str]) -> int:
    """Give an incident noun back its "de" complement after a day set off by commas ("après l'enlèvement, vendredi,
    d'un marchand à un barrage près de X", "la mort, lundi, de trois soldats"): the parser hangs the day and the
    complement on the verb, and the incident named loses its day, its victim and its place. Returns how many."""
    mended = 0
    n = len(doc)
    # (read from the columns: a Token only for a noun before a comma; no repair changes a word or a part of speech)
    cols = token_columns(doc)
    pos, texts = cols.pos, cols.text
    for i in range(n - 3):
        if pos[i] != "NOUN" or texts[i + 1] != ",":
            continue
        noun = doc[i]
        # the day between the commas: words of time only ("vendredi", "le 3 mars", "dans la nuit de samedi")
        close = next((j for j in range(noun.i + 2, min(n, noun.i + 2 + _LONGEST)) if texts[j] == ","), None)
        if close is None or close + 2 >= n or not any(_a_time(t, time_words) for t in doc[noun.i + 2 : close]) \
                or not all(t.pos_ in _ADVERBIAL_POS for t in doc[noun.i + 2 : close]):
            continue
        # (a day the time stage read: "la semaine dernière" may be when the whole story went on)
        span = (doc[noun.i + 2].idx, doc[close].idx)
        if not any(tm.kind == "date" and tm.interval.precision == "day" and span[0] <= tm.start and tm.end <= span[1]
                   for tm in doc._.time_mentions or []):
            continue
        case = doc[close + 1]
        head = case.head
        if word_key(case.text) not in of_cases or case.dep_ != "case" or head.i <= close or head == noun \
                or head.head == noun or head.is_ancestor(noun) or head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            continue
        day = doc[noun.i + 2 : close]
        top = [t for t in day if t.head.i < day.start or t.head.i >= day.end or t.head == t]
        for t in top:
            if not t.is_ancestor(noun):
                t.head = noun
                t.dep_ = "nmod"
        head.head = noun
        head.dep_ = "nmod"
        mended += 1
    return _forget_parse(doc, mended)
