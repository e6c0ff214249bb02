"""Comparison links as RDF: each fact → the shared ``pk:Measure`` it states, with how it was matched.

Every indicator or target gets ``pk:hasMeasure`` to one ``pk:Measure`` node per
measure key (``https://plankg.org/measure/<key>``), reified as a ``pk:Statement``
that carries ``pk:matchMethod``, ``pk:matchConfidence``, ``pk:measureKind`` and
``prov:wasDerivedFrom`` the fact's paragraph. Linking through a shared node keeps
the graph linear in the number of facts (n plans stating one measure need n
links, not n² pairs); the pairs are one SPARQL join away::

    SELECT ?a ?b WHERE { ?a pk:hasMeasure ?m . ?b pk:hasMeasure ?m . FILTER(?a != ?b) }
"""
from __future__ import annotations

import hashlib
from typing import Iterable
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.graph.ontology import PK

from .match import METHOD_CONFIDENCE, key_method, measure_key
from .records import MeasureRecord

__all__ = ["MEASURE_BASE", "measure_iri", "measure_kind", "measure_graph"]

MEASURE_BASE = "https://plankg.org/measure/"


def measure_iri(key: str) -> URIRef:
    """The shared IRI of a measure key (URL-quoted)."""
    return URIRef(MEASURE_BASE + quote(key, safe=""))


def measure_kind(record: MeasureRecord) -> str:
    """``level`` or ``change`` with direction and span, e.g. ``change down cumulative``.

    Examples
    --------
    >>> from kg.compare.measures import normalise_measure
    >>> measure_kind(MeasureRecord("n", "p", "target", normalise_measure("单位GDP能耗累计降低")))
    'change down cumulative'
    """
    m = record.measure
    return " ".join(x for x in (m.kind, m.direction, m.span) if x)


def measure_graph(records: Iterable[MeasureRecord]) -> Graph:
    """The comparison links of ``records`` as a new graph (add it to the plans' graph to query both).

    Parameters
    ----------
    records : iterable of MeasureRecord
        Each statement is ``prov:wasDerivedFrom`` the record's paragraph (the fact itself if unknown).

    Returns
    -------
    rdflib.Graph
        ``pk:Measure`` nodes (``rdfs:label`` and ``skos:prefLabel`` the key),
        ``pk:hasMeasure`` triples and their ``pk:Statement`` reifications.
    """
    g = Graph()
    seen: set[str] = set()
    for r in records:
        key = measure_key(r.measure)
        m = measure_iri(key)
        if key not in seen:
            seen.add(key)
            g.add((m, RDF.type, PK.Measure))
            g.add((m, RDFS.label, Literal(key, lang="zh")))
            g.add((m, SKOS.prefLabel, Literal(key, lang="zh")))
        fact = URIRef(r.node)
        g.add((fact, PK.hasMeasure, m))
        digest = hashlib.sha1(f"{r.node} {key}".encode()).hexdigest()[:12]
        stmt = URIRef(f"https://plankg.org/plan/{r.plan}/statement/measure-{digest}")
        method = key_method(r.measure)
        g.add((stmt, RDF.type, PK.Statement))
        g.add((stmt, RDF.subject, fact))
        g.add((stmt, RDF.predicate, PK.hasMeasure))
        g.add((stmt, RDF.object, m))
        g.add((stmt, PK.matchMethod, Literal(method)))
        g.add((stmt, PK.matchConfidence, Literal(METHOD_CONFIDENCE[method], datatype=XSD.double)))
        g.add((stmt, PK.measureKind, Literal(measure_kind(r))))
        g.add((stmt, PROV.wasDerivedFrom, URIRef(r.source_iri) if r.source_iri else fact))
    return g
