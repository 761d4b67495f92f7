"""``sentinelle evaluate``: score the extractor against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from sentinelle.cli import app
from sentinelle.errors import InputError
from sentinelle.evaluate import Report, evaluate, load_predictions


def render_report(console: Console, report: Report) -> None:
    """Print the summary, the per-field accuracies and the per-document breakdown."""
    summary = Table(title="Events", title_justify="left")
    for col in ("precision", "recall", "F1", "TP", "FP", "FN", "hypotheticals as facts"):
        summary.add_column(col, justify="right")
    summary.add_row(
        f"{report.precision:.3f}", f"{report.recall:.3f}", f"{report.f1:.3f}",
        str(report.tp), str(report.fp), str(report.fn), str(report.hypotheticals_as_facts),
    )
    console.print(summary)
    fields = Table(title=f"Fields over {report.pairs} matched pairs", title_justify="left")
    fields.add_column("field")
    fields.add_column("accuracy", justify="right")
    for name, acc in report.field_accuracy().items():
        fields.add_row(name, "-" if acc is None else f"{acc:.3f}")
    median = report.median_km
    fields.add_row("median location error (km)", "-" if median is None else f"{median:.1f}")
    console.print(fields)
    docs = Table(title="Per document", title_justify="left")
    for col in ("doc", "TP", "FP", "FN", "opt.", "hyp. as facts", "missed / spurious"):
        docs.add_column(col, overflow="fold")
    for d in report.docs:
        detail = "; ".join([f"missed {m}" for m in d.missed] + [f"spurious {s}" for s in d.spurious])
        docs.add_row(d.doc_id, str(d.tp), str(d.fp), str(d.fn), str(d.optional_matched),
                     str(d.hypotheticals_as_facts), detail)
    console.print(docs)


@app.command("evaluate")
def evaluate_command(
    gold: Path = typer.Argument(..., help="Gold JSONL file (event-schema.md format).", show_default=False),
    texts: Path | None = typer.Option(None, "--texts", help="Folder holding each line's text_file (default: beside GOLD)."),
    predictions: Path | None = typer.Option(
        None, "--predictions", help="Score saved predictions (from extract --format jsonl) instead of running the extractor."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Score Sentinelle against gold events: event precision/recall/F1, field accuracies,
    median location error, hypotheticals reported as facts, and a per-document breakdown.

    Example: sentinelle evaluate ../shared/corpus/dev/gold.jsonl --texts ../shared/corpus/dev
    """
    predict = None
    if predictions:
        saved = load_predictions(predictions)
        # extract names each article after its file: a prediction answers the gold line of that doc_id, or
        # the one whose text_file it was read from
        if not saved:
            raise InputError(f"{predictions}: no predictions in it (save them with extract --format jsonl)")
        answered: set[str] = set()

        def predict(g):
            key = g.doc_id if g.doc_id in saved else (g.text_file or "")
            if key in saved:
                answered.add(key)
            return saved.get(key, [])

    report = evaluate(gold, texts, predict=predict)
    if predictions and not answered:
        # (scored as it is, the report would say 0 with nothing to tell why)
        raise InputError(f"{predictions}: none of its doc_id values ({', '.join(sorted(saved)[:3])}...) is a "
                         f"doc_id or a text_file of {gold}: were they extracted from these texts?")
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        render_report(Console(), report)
