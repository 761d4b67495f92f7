"""Fuzz `sentinelle.extract` with realistic, extreme and mutated French news sentences.

Usage: python benchmarks/fuzz.py [--inputs 10000] [--seed 15] [--max-seconds 5]

Each input is one to four sentences built from templates about attacks, strikes and
protests in several conflicts, with dates and figures drawn from ordinary values
and from the extremes ("il y a 3000 ans", a 20-digit toll, a 4,400-digit figure),
then sometimes mutated (characters dropped, doubled or swapped, stray Unicode, lone
surrogates), with a publication date that may be missing, ordinary, or at the edge
of the calendar (0001-01-01, 9999-12-31). The target is 0 exceptions (a clean
``InputError`` on input that is not an article counts as a rejection, not an
exception) and no input over --max-seconds. Prints a summary line and, for each
exception, the input's number, the exception and its repr (to reproduce it).

``make_input(rng)`` is shared with the property test in tests/test_robustness.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
import traceback

PLACES = [
    "Gao", "Ménaka", "Tillabéri", "Idleb", "Alep", "Deir ez-Zor", "Mossoul", "Kirkouk", "Balad", "Tyr",
    "Nabatiyé", "Goma", "Beni", "Bunia", "Mogadiscio", "Kismayo", "Maiduguri", "Zamfara", "Cauca",
    "Catatumbo", "Port-au-Prince", "Kharkiv", "Zaporijjia", "Bakhmout", "Ouagadougou", "Djibo",
]
ACTORS = [
    "des hommes armés", "des jihadistes présumés", "l'armée", "des rebelles du M23", "les shebab",
    "un drone", "des miliciens", "la police", "des manifestants", "un kamikaze", "des gangs",
    "les forces russes", "l'aviation", "des combattants de Boko Haram", "des dissidents des FARC",
]
VICTIMS = ["soldats", "civils", "policiers", "villageois", "manifestants", "personnes", "enfants", "combattants"]
VERBS = [
    "ont été tués", "ont été blessés", "ont péri", "ont été enlevés", "ont trouvé la mort",
    "auraient été tués", "pourraient avoir été tués", "ont été égorgés",
]
ACTS = [
    "ont attaqué un poste militaire", "ont tiré des roquettes sur la base", "ont visé un convoi",
    "ont frappé un marché", "ont incendié des maisons", "ont manifesté devant le gouvernorat",
    "ont bombardé le quartier", "ont fait exploser un engin explosif improvisé", "menacent d'attaquer la ville",
]
UNITS = ["jours", "semaines", "mois", "ans", "années", "heures", "siècles", "décennies", "week-ends"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
NUMBER_WORDS = ["trois", "vingt-deux", "quatre-vingt-dix-neuf", "cent vingt", "mille", "deux cents", "une dizaine",
                "des centaines", "soixante et onze", "milliard"]
STRAY = ["\u00a0", "\u202f", "\u200b", "\ufeff", "\u2028", "\t", "’", "«", "»", "…", "\u0301", "🙂", "\U0010ffff",
         "\ud83d", "\udc00"]


def number(rng: random.Random) -> str:
    """A figure as articles write them, sometimes absurdly large."""
    pick = rng.random()
    if pick < 0.45:
        return str(rng.randint(0, 120))
    if pick < 0.6:
        return rng.choice(NUMBER_WORDS)
    if pick < 0.7:
        return f"{rng.randint(1, 999)} {rng.randint(0, 999):03d}"
    if pick < 0.8:
        return str(rng.randint(10**6, 10**12))
    if pick < 0.88:
        return "".join(rng.choice("0123456789") for _ in range(rng.choice([19, 20, 25, 40])))
    if pick < 0.93:
        return "9" * rng.choice([400, 4300, 4301, 4400])
    if pick < 0.97:
        return " ".join(["mille"] * rng.randint(2, 30))
    return f"{rng.randint(1, 9)},{rng.randint(0, 99)}"


def year(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1990, 2030), rng.randint(1, 9999), 0, 10000, 99999, rng.randint(1, 99)]))


def when(rng: random.Random) -> str:
    """A temporal expression, ordinary or extreme."""
    forms = [
        lambda: f"il y a {number(rng)} {rng.choice(UNITS)}",
        lambda: f"dans {number(rng)} {rng.choice(UNITS)}",
        lambda: f"le {rng.randint(0, 40)} {rng.choice(MONTHS)} {year(rng)}",
        lambda: f"le {rng.randint(1, 31)} {rng.choice(MONTHS)}",
        lambda: f"{rng.choice(WEEKDAYS)} {rng.randint(1, 31)} {rng.choice(MONTHS)}",
        lambda: f"{rng.choice(WEEKDAYS)} dernier",
        lambda: f"{rng.choice(WEEKDAYS)} prochain",
        lambda: f"le {rng.randint(0, 39):02d}/{rng.randint(0, 19):02d}/{year(rng)}",
        lambda: f"en {year(rng)}",
        lambda: f"depuis {number(rng)} {rng.choice(UNITS)}",
        lambda: f"entre le {rng.randint(1, 31)} et le {rng.randint(1, 31)} {rng.choice(MONTHS)} {year(rng)}",
        lambda: rng.choice(["hier", "avant-hier", "aujourd'hui", "demain", "cette nuit", "la veille",
                            "le lendemain", "la semaine dernière", "le mois prochain", "l'an dernier"]),
        lambda: f"au cours des {number(rng)} derniers {rng.choice(['jours', 'mois'])}",
        lambda: f"dans la nuit de {rng.choice(WEEKDAYS)} à {rng.choice(WEEKDAYS)}",
        lambda: f"vers {rng.randint(0, 30)}h{rng.randint(0, 70):02d}",
        lambda: f"à la mi-{rng.choice(MONTHS)} {year(rng)}",
    ]
    return rng.choice(forms)()


def sentence(rng: random.Random) -> str:
    templates = [
        lambda: f"{when(rng).capitalize()}, {number(rng)} {rng.choice(VICTIMS)} {rng.choice(VERBS)} à {rng.choice(PLACES)}.",
        lambda: f"{rng.choice(ACTORS).capitalize()} {rng.choice(ACTS)} près de {rng.choice(PLACES)} {when(rng)}.",
        lambda: f"Selon un bilan provisoire, au moins {number(rng)} {rng.choice(VICTIMS)} {rng.choice(VERBS)} "
                f"{when(rng)} dans la région de {rng.choice(PLACES)}.",
        lambda: f"« Nous avons perdu {number(rng)} hommes », a déclaré {when(rng)} un responsable local "
                f"à {rng.choice(PLACES)}.",
        lambda: f"Plus de {number(rng)} attaques ont visé {rng.choice(PLACES)} depuis {when(rng)}.",
        lambda: f"{rng.choice(ACTORS).capitalize()} pourraient frapper {rng.choice(PLACES)} {when(rng)}, "
                f"selon des sources sécuritaires.",
        lambda: f"Le bilan s'élève à {number(rng)} morts et {number(rng)} blessés, {when(rng)}.",
    ]
    return rng.choice(templates)()


def mutate(text: str, rng: random.Random) -> str:
    """Typing accidents and stray characters, as copy-paste leaves them."""
    chars = list(text)
    for _ in range(rng.randint(1, 6)):
        if not chars:
            break
        i = rng.randrange(len(chars))
        op = rng.random()
        if op < 0.3:
            del chars[i]
        elif op < 0.5:
            chars.insert(i, chars[i])
        elif op < 0.7 and i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif op < 0.9:
            chars.insert(i, rng.choice(STRAY))
        else:
            chars[i] = chars[i].upper() if chars[i].islower() else chars[i].lower()
    return "".join(chars)


def published(rng: random.Random) -> str | None:
    pick = rng.random()
    if pick < 0.2:
        return None
    if pick < 0.3:
        return rng.choice(["0001-01-01", "9999-12-31", "0001-01-02", "9999-12-30", "1900-02-28", "2000-02-29"])
    if pick < 0.4:
        day = dt.date(1, 1, 1) + dt.timedelta(days=rng.randrange(3_652_059))
        return day.isoformat()
    day = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(15_000))
    return day.isoformat()


def make_input(rng: random.Random) -> tuple[str, str | None]:
    """One article text (1 to 4 sentences, sometimes mutated) and a publication date."""
    parts = [sentence(rng) for _ in range(rng.randint(1, 4))]
    text = rng.choice([" ", "\n", "\n\n"]).join(parts)
    if rng.random() < 0.35:
        text = mutate(text, rng)
    return text, published(rng)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--max-seconds", type=float, default=5.0)
    args = parser.parse_args()

    from sentinelle.errors import InputError
    from sentinelle.extraction import extract
    from sentinelle.pipeline import get_pipeline

    get_pipeline()  # load once, outside the timings
    rng = random.Random(args.seed)
    exceptions = rejected = slow = 0
    worst = 0.0
    started = time.perf_counter()
    for n in range(args.inputs):
        text, pub = make_input(rng)
        t0 = time.perf_counter()
        try:
            extract(text, published=pub)
        except InputError:
            rejected += 1
        except Exception as exc:  # noqa: BLE001 - counting them is the point
            exceptions += 1
            where = traceback.extract_tb(exc.__traceback__)[-1]
            print(f"#{n} {type(exc).__name__}: {exc} at {where.filename}:{where.lineno} "
                  f"published={pub!r} text={text!r}", file=sys.stderr)
        took = time.perf_counter() - t0
        worst = max(worst, took)
        if took > args.max_seconds:
            slow += 1
            print(f"#{n} slow: {took:.1f} s published={pub!r} text={text[:200]!r}", file=sys.stderr)
    total = time.perf_counter() - started
    print(f"inputs {args.inputs}  exceptions {exceptions}  rejected (InputError) {rejected}  "
          f"over {args.max_seconds:g} s {slow}  max time per input {worst:.2f} s  total {total:.0f} s")
    return 1 if exceptions or slow else 0


if __name__ == "__main__":
    sys.exit(main())
