"""Counts over a plan graph: nodes by class, edges by relation.

The build computes them once and keeps them in its manifest
(:func:`stamped_stats`), so ``plankg stats`` on one plan reads a file instead
of loading the graph (rdflib is imported only when counting).
"""
from __future__ import annotations

import functools
import hashlib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["graph_stats", "stamped_stats", "persisted_stats"]

#: The manifest key under which a build keeps its graph's counts.
_KEY = "graph_stats"


def _local(term) -> str:
    return str(term).split("#", 1)[-1]


def graph_stats(graph: Graph) -> dict:
    """Triples, nodes per ``pk:`` class, edges per ``pk:`` object property, and provenance links.

    Examples
    --------
    >>> from rdflib import Graph, URIRef
    >>> from rdflib.namespace import RDF
    >>> from kg.graph.ontology import PK
    >>> g = Graph()
    >>> a, b = URIRef("urn:a"), URIRef("urn:b")
    >>> g += [(a, RDF.type, PK.Project), (b, RDF.type, PK.Park), (a, PK.supports, b)]
    >>> s = graph_stats(g)
    >>> s["classes"], s["relations"], s["triples"], s["provenance"]
    ({'Park': 1, 'Project': 1}, {'supports': 1}, 3, 0)
    """
    from rdflib.namespace import PROV, RDF

    from kg.graph.ontology import PK

    ns = str(PK._NS)
    classes = Counter(_local(o) for o in graph.objects(None, RDF.type) if str(o).startswith(ns))
    relations = Counter(
        _local(p) for _, p, o in graph if str(p).startswith(ns) and not hasattr(o, "language") and not hasattr(o, "datatype")
    )
    return {
        "triples": len(graph),
        "classes": dict(sorted(classes.items())),
        "relations": dict(sorted(relations.items())),
        # prov:wasDerivedFrom links: how many facts point at the paragraph they came from.
        "provenance": sum(1 for _ in graph.triples((None, PROV.wasDerivedFrom, None))),
    }


@functools.cache
def _stamp() -> str:
    """A hash of this module: counts written by other code are not reused."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def stamped_stats(graph: Graph) -> dict[str, dict]:
    """``{"graph_stats": …}`` for a build's manifest: :func:`graph_stats` with the stamp of the code that counted."""
    return {_KEY: {"stamp": _stamp(), **graph_stats(graph)}}


def persisted_stats(manifest: Mapping[str, Any]) -> dict | None:
    """The counts a build kept in its manifest (as :func:`graph_stats` gives them), or None if absent or stale.

    Examples
    --------
    >>> persisted_stats({}) is None, persisted_stats({"graph_stats": {"stamp": "old", "triples": 3}}) is None
    (True, True)
    """
    kept = dict(manifest.get(_KEY) or {})
    if kept.pop("stamp", None) != _stamp():
        return None
    return kept
