"""Reading articles (.txt, .html, .jsonl, stdin) and ingesting them into the store."""

from sentinelle.ingest.jsonl import parse_jsonl_line
from sentinelle.ingest.readers import ReadFailure, collect_inputs, read_inputs
from sentinelle.ingest.runner import IngestSummary, ingest_articles, ingest_paths

__all__ = [
    "IngestSummary",
    "ReadFailure",
    "collect_inputs",
    "ingest_articles",
    "ingest_paths",
    "parse_jsonl_line",
    "read_inputs",
]
