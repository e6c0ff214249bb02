"""Counts over a plan graph: nodes by class, edges by relation."""
from __future__ import annotations

from collections import Counter

from rdflib import Graph
from rdflib.namespace import PROV, RDF

from kg.graph.ontology import PK

__all__ = ["graph_stats"]


def _local(term) -> str:
    return str(term).split("#", 1)[-1]


def graph_stats(graph: Graph) -> dict:
    """Triples, nodes per ``pk:`` class, edges per ``pk:`` object property, and provenance links.

    Examples
    --------
    >>> from rdflib import URIRef
    >>> g = Graph()
    >>> a, b = URIRef("urn:a"), URIRef("urn:b")
    >>> g += [(a, RDF.type, PK.Project), (b, RDF.type, PK.Park), (a, PK.supports, b)]
    >>> s = graph_stats(g)
    >>> s["classes"], s["relations"], s["triples"], s["provenance"]
    ({'Park': 1, 'Project': 1}, {'supports': 1}, 3, 0)
    """
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
