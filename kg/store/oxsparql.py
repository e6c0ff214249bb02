"""Read-only SPARQL over build folders' ``graph.nt`` with Oxigraph, for one-shot commands.

``plankg sparql`` answers one query and exits. Through rdflib that meant
importing rdflib and its SPARQL parser (~0.35 s), unpickling the plan graph
(~0.25 s) and evaluating in Python; here pyoxigraph (imported in ~6 ms) reads
the seed's N-Triples into an in-memory store in ~80 ms and evaluates the query
natively (measured in ``docs/benchmarks.md``, *One-shot commands*). Several
plans load into one default graph, so the query sees their union, as with
rdflib.

The same refusals as :mod:`kg.store.sparql`, word for word: Oxigraph parses
queries only (an update is a syntax error, reported as "read-only"), and
``FROM``/``SERVICE`` are found in the text (:func:`kg.store.sparqltext.network_clause`)
— Oxigraph would call a SERVICE endpoint over HTTP. Terms come back as
strings the way rdflib prints them: IRIs, literals' lexical forms, blank
node ids — except that Oxigraph keeps numbers, not their spelling, so a
number prints in its canonical form (``1.5`` for ``"1.50"^^xsd:decimal``,
``5000000000`` for a double written ``5000000000.0``). Turtle output
(CONSTRUCT/DESCRIBE) is Oxigraph's, not rdflib's layout. The query runs in a worker thread; pyoxigraph releases the GIL while
it evaluates, so the caller gets its time-out on time and abandons the worker.
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, Sequence

import pyoxigraph as ox

from kg.errors import QueryError
from kg.store.sparqltext import (
    EMPTY, FAILED, MALFORMED, PREFIX_IRIS, READ_ONLY, REFUSED, TOO_SLOW, UNKNOWN_PREFIX, SparqlResult, in_worker, looks_like_update,
    network_clause, query_form,
)

__all__ = ["load_store", "run_sparql_files"]

_SYNTAX = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
# The prefixed name a syntax error stopped after (``foo:bar`` → ``foo``).
_PREFIXED = re.compile(r"([A-Za-z][\w.-]*)?:[\w.-]*$")


def load_store(paths: Sequence[Path]) -> ox.Store:
    """An in-memory Oxigraph store holding the N-Triples files ``paths`` in its default graph.

    Raises
    ------
    QueryError
        If a file is missing or is not N-Triples.
    """
    store = ox.Store()
    for path in paths:
        try:
            store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
        except (OSError, SyntaxError) as exc:
            raise QueryError(f"Cannot read the graph {str(path)!r} ({exc}); run `plankg build`") from exc
    return store


def run_sparql_files(paths: Sequence[Path], query: str, *, timeout: float = 10.0, limit: int = 1000) -> SparqlResult:
    """Run a read-only SPARQL query over the union of the N-Triples files ``paths`` within ``timeout`` seconds.

    Parameters
    ----------
    paths : sequence of Path
        ``graph.nt`` of each build (:attr:`kg.store.buildfolder.PlanBuild.graph_path`).
    query, timeout, limit
        As for :func:`kg.store.sparql.run_sparql` (the same pre-bound prefixes,
        :data:`kg.store.sparqltext.PREFIX_IRIS`); reading the files does not
        count against ``timeout`` seconds.

    Returns
    -------
    SparqlResult

    Raises
    ------
    QueryError
        As :func:`kg.store.sparql.run_sparql` (empty, malformed with line and column,
        an update, FROM or SERVICE, failing, past ``timeout``), and for a missing graph file.
    """
    if not isinstance(query, str) or not query.strip():
        raise QueryError(EMPTY)
    if clause := network_clause(query):
        raise QueryError(REFUSED[clause])
    store = load_store(paths)
    started = time.monotonic()
    deadline = started + timeout
    try:
        result = in_worker(lambda: _evaluate(store, query, limit, deadline), timeout, name="plankg-oxsparql")
    except TimeoutError:
        raise QueryError(TOO_SLOW.format(timeout=timeout)) from None
    except SyntaxError as error:
        raise _syntax_error(query, error) from None
    except Exception as error:
        raise QueryError(FAILED.format(error=error)) from error
    result.elapsed = time.monotonic() - started
    return result


def _syntax_error(query: str, error: SyntaxError) -> QueryError:
    if looks_like_update(query):
        return QueryError(READ_ONLY)
    found = _SYNTAX.match(str(error))
    if not found:
        return QueryError(f"Malformed SPARQL query: {error}")
    line, col = int(found.group(1)), int(found.group(2))
    lines = query.splitlines() or [""]
    near = lines[min(line, len(lines)) - 1].strip()[:80]
    if "Prefix not found" in found.group(3):
        # Oxigraph lists every character it could take instead; say which prefix, as the rdflib runner does.
        name = _PREFIXED.search(lines[min(line, len(lines)) - 1][: col - 1])
        return QueryError(UNKNOWN_PREFIX.format(prefix=name.group(1) if name else "?"))
    # Oxigraph lists every character class it expected; the first line says enough.
    return QueryError(MALFORMED.format(line=line, col=col, msg=found.group(3).splitlines()[0][:200], near=near))


def _text(term: Any) -> str:
    """A term as rdflib's ``str`` gives it: the IRI, the lexical form, the blank node id."""
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)  # an RDF-star triple has no value


def _evaluate(store: ox.Store, query: str, limit: int, deadline: float) -> SparqlResult:
    result = store.query(query, prefixes=PREFIX_IRIS)
    if isinstance(result, ox.QueryBoolean):
        return SparqlResult(kind="ASK", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if time.monotonic() > deadline:
                raise TimeoutError
            rows.append([_text(solution[c]) for c in columns])
        return SparqlResult(kind="SELECT", columns=columns, rows=rows[:limit], rows_total=len(rows), truncated=len(rows) > limit)
    triples = sorted(result, key=lambda t: tuple(map(str, t)))
    turtle = ox.serialize(triples[:limit], format=ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS) or b""
    return SparqlResult(kind=query_form(query) or "CONSTRUCT", turtle=turtle.decode("utf-8"),
                        rows_total=len(triples), truncated=len(triples) > limit)
