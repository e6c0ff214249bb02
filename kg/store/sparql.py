"""Read-only SPARQL over a plan graph, with a time limit.

The query is parsed with rdflib's SPARQL *query* grammar, which has no update
operations, so an INSERT/DELETE/LOAD/… cannot be smuggled in; a text that
parses as an update gets a clear "read-only" refusal. Dataset clauses
(``FROM``) and ``SERVICE`` are refused too: they make rdflib fetch URLs.

The query runs in a worker thread over a guarded view of the graph that
checks the deadline at every triple lookup (and every 256 triples), so a slow
query stops itself shortly after its time limit. Python cannot kill a thread:
if evaluation is stuck in a step that touches no triples (a huge ORDER BY, a
regex over a long string) the worker is abandoned — the caller gets its
``QueryError`` on time and the thread finishes in the background.
"""
from __future__ import annotations

import time
from typing import Any

from pyparsing import ParseException
from rdflib import Graph
from rdflib import namespace as rdfns
from rdflib.plugins.sparql.algebra import translateQuery, traverse
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.sparql import Query

from kg.errors import QueryError
from kg.store.sparqltext import (
    EMPTY, FAILED, MALFORMED, PREFIX_IRIS, READ_ONLY, REFUSED, TOO_SLOW, SparqlResult, in_worker, looks_like_update,
)

__all__ = ["PREFIXES", "SparqlResult", "run_sparql"]

#: Prefixes every query may use without declaring them.
PREFIXES = {name: rdfns.Namespace(iri) for name, iri in PREFIX_IRIS.items()}

_CHECK_EVERY = 256  # triples between deadline checks inside one lookup

def run_sparql(graph: Graph, query: str, *, timeout: float = 10.0, limit: int = 1000) -> SparqlResult:
    """Run a read-only SPARQL query over ``graph`` within ``timeout`` seconds.

    Parameters
    ----------
    graph : rdflib.Graph
        The plan graph (``kg.graph.rdf.build_graph`` or its Turtle).
    query : str
        A SELECT, ASK, CONSTRUCT or DESCRIBE query; the prefixes of
        :data:`PREFIXES` (``pk``, ``skos``, ``prov``, ``rdfs``, ``rdf``, ``xsd``,
        ``owl``) need no PREFIX line.
    timeout : float, optional
        Seconds the query may run.
    limit : int, optional
        Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) returned.

    Returns
    -------
    SparqlResult

    Raises
    ------
    QueryError
        If the query is malformed (with the parser's line and column), is an
        update, uses FROM or SERVICE, fails while running, or runs past ``timeout``.

    Examples
    --------
    >>> from rdflib import URIRef
    >>> from rdflib.namespace import RDF
    >>> from kg.graph.ontology import PK
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://plankg.org/plan/x/park/a"), RDF.type, PK.Park))
    >>> run_sparql(g, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pk:Park }").rows
    [['1']]
    >>> run_sparql(g, "ASK { ?p a pk:Project }").boolean
    False
    """
    prepared = _prepare(query)
    started = time.monotonic()
    deadline = started + timeout
    try:
        result = in_worker(lambda: _evaluate(_GuardedGraph(graph, deadline), prepared, limit), timeout, name="plankg-sparql")
    except (TimeoutError, _Expired):
        raise QueryError(TOO_SLOW.format(timeout=timeout)) from None
    except Exception as error:
        raise QueryError(FAILED.format(error=error)) from error
    result.elapsed = time.monotonic() - started
    return result


def _prepare(query: str) -> Query:
    """Parse and translate ``query``, refusing updates, FROM and SERVICE."""
    if not isinstance(query, str) or not query.strip():
        raise QueryError(EMPTY)
    try:
        parsed = parseQuery(query)
    except ParseException as exc:
        if _is_update(query):
            raise QueryError(READ_ONLY) from None
        raise QueryError(MALFORMED.format(line=exc.lineno, col=exc.col, msg=exc.msg, near=exc.line.strip()[:80])) from None
    try:
        prepared = translateQuery(parsed, initNs=PREFIXES)
    except Exception as exc:  # rdflib raises bare Exception for e.g. an unknown prefix
        raise QueryError(f"The query cannot be evaluated: {exc}; known prefixes: {', '.join(PREFIXES)}") from None
    if prepared.algebra.get("datasetClause"):
        raise QueryError(REFUSED["FROM"])
    services: list[Any] = []
    traverse(prepared.algebra, visitPre=lambda n: services.append(n) if getattr(n, "name", None) == "ServiceGraphPattern" else None)
    if services:
        raise QueryError(REFUSED["SERVICE"])
    return prepared


def _is_update(query: str) -> bool:
    try:
        parseUpdate(query)
        return True
    except ParseException:
        return looks_like_update(query)


def _evaluate(graph: Graph, prepared: Query, limit: int) -> SparqlResult:
    result = graph.query(prepared)
    kind = prepared.algebra.name.replace("Query", "").upper()
    if result.type == "ASK":
        return SparqlResult(kind="ASK", boolean=bool(result.askAnswer))
    if result.type == "SELECT":
        columns = [str(v) for v in result.vars or []]
        rows = [["" if term is None else str(term) for term in row] for row in result]
        return SparqlResult(
            kind="SELECT", columns=columns, rows=rows[:limit], rows_total=len(rows), truncated=len(rows) > limit
        )
    out = Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns)
    triples = sorted(result.graph, key=lambda t: tuple(term.n3() for term in t))
    for triple in triples[:limit]:
        out.add(triple)
    return SparqlResult(
        kind=kind, turtle=out.serialize(format="turtle"), rows_total=len(triples), truncated=len(triples) > limit
    )


class _Expired(Exception):
    """Raised inside the worker when the deadline has passed."""


class _GuardedGraph(Graph):
    """A view of ``source`` (same store and identifier) whose lookups stop at ``deadline``."""

    def __init__(self, source: Graph, deadline: float) -> None:
        super().__init__(store=source.store, identifier=source.identifier, namespace_manager=source.namespace_manager)
        self._deadline = deadline

    def triples(self, triple, *args: Any, **kwargs: Any):  # type: ignore[no-untyped-def, override]
        if time.monotonic() > self._deadline:
            raise _Expired()
        for i, t in enumerate(super().triples(triple, *args, **kwargs)):
            if i % _CHECK_EVERY == _CHECK_EVERY - 1 and time.monotonic() > self._deadline:
                raise _Expired()
            yield t

    def add(self, triple):  # type: ignore[no-untyped-def, override]
        raise QueryError("The SPARQL endpoint is read-only")

    def remove(self, triple):  # type: ignore[no-untyped-def, override]
        raise QueryError("The SPARQL endpoint is read-only")
