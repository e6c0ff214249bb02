"""The graphs of the seed plan and every corpus plan, built once per test session.

Round-trip and SHACL tests run on all of them: the seed (data/) and each plan
in ``shared/corpus`` beside the checkout (or under ``$PLANKG_SHARED``, for a
worktree that sits elsewhere). A corpus plan the parser cannot read
yet is skipped with the parser's message (that is the ingest tests' failure).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import ParseError
from kg.extract.extractor import extract_facts
from kg.graph.rdf import build_graph
from kg.ingest.parse import parse_file
from tests.conftest import SEED_PLAN, SHARED

__all__ = ["PLAN_PATHS", "plan_graph"]

#: The seed, then every corpus plan (sorted), as pytest params named by file.
PLAN_PATHS = [
    pytest.param(p, id=p.stem)
    for p in [SEED_PLAN, *sorted(
        f for f in (Path(os.environ.get("PLANKG_SHARED", SHARED)) / "corpus").glob("*")
        if f.suffix in (".txt", ".md", ".docx") and f.stem.upper() != "README"
    )]
]


@lru_cache(maxsize=None)
def plan_graph(path: Path) -> Graph:
    """The RDF graph of the plan at ``path`` (skips the test if it does not parse)."""
    try:
        doc = parse_file(path)
    except ParseError as exc:
        pytest.skip(f"{path.name} does not parse yet: {exc}")
    return build_graph(doc, extract_facts(doc))
