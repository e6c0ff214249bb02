"""Read-only SPARQL: result kinds, pre-bound prefixes, refusals, errors and the time limit."""
from __future__ import annotations

import threading
import time

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import QueryError
from kg.graph.ontology import PK
from kg.store.sparql import SparqlResult, run_sparql
from kg.store.sparql_examples import EXAMPLE_QUERIES


def test_select_with_prebound_prefixes(graph):
    r = run_sparql(graph, "SELECT ?name WHERE { ?p a pk:Project ; rdfs:label ?name } ORDER BY ?name")
    assert isinstance(r, SparqlResult) and r.kind == "SELECT"
    assert r.columns == ["name"]
    assert r.rows == [["园区大道"], ["园区污水处理厂"], ["年产50万吨再生铝生产线"]]
    assert r.rows_total == 3 and not r.truncated and r.elapsed >= 0


def test_select_unbound_is_empty_string(graph):
    r = run_sparql(graph, "SELECT ?s ?alias WHERE { ?s a pk:Place OPTIONAL { ?s skos:altLabel ?alias } }")
    assert [row[1] for row in r.rows] == [""]


def test_limit_truncates(graph):
    r = run_sparql(graph, "SELECT ?p WHERE { ?p a pk:Paragraph }", limit=5)
    assert len(r.rows) == 5 and r.rows_total == 14 and r.truncated


def test_ask(graph):
    assert run_sparql(graph, 'ASK { ?i pk:attribute "约束性" }').boolean is True
    assert run_sparql(graph, "ASK { ?x a pk:Organization }").boolean is False


def test_construct_returns_turtle(graph, iri):
    r = run_sparql(graph, 'CONSTRUCT { ?p pk:listedIn ?b } WHERE { ?p pk:listedIn ?b . ?b pk:number "7.1" }')
    assert r.kind == "CONSTRUCT" and r.rows_total == 2
    result = Graph().parse(data=r.turtle, format="turtle")
    expected = Graph()
    for key in ("Project/园区大道", "Project/年产50万吨再生铝生产线"):
        expected.add((iri(key), PK.listedIn, iri("box", "7.1")))
    assert isomorphic(result, expected)


def test_describe(graph, iri):
    r = run_sparql(graph, "DESCRIBE ?b WHERE { ?b pk:number \"7.1\" }")
    assert r.kind == "DESCRIBE"
    described = Graph().parse(data=r.turtle, format="turtle")
    assert (iri("box", "7.1"), PK.number, Literal("7.1")) in described


@pytest.mark.parametrize(
    "query, where",
    [("SELECT * WHERE { ?s ?p }", "line 1, column"), ("SELECT ?s\nWHERE { ?s ?p ?o . FILTER( }", "line 2, column")],
)
def test_malformed(graph, query, where):
    with pytest.raises(QueryError, match=f"Malformed SPARQL query at {where}"):
        run_sparql(graph, query)


def test_unknown_prefix(graph):
    with pytest.raises(QueryError, match="foo"):
        run_sparql(graph, "SELECT * WHERE { ?s foo:bar ?o }")


@pytest.mark.parametrize("query", ["", "   \n"])
def test_empty(graph, query):
    with pytest.raises(QueryError, match="empty"):
        run_sparql(graph, query)


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "PREFIX ex: <urn:x#> DELETE { ?s ?p ?o } INSERT { ?s ex:q ?o } WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
        "CREATE GRAPH <urn:g>",
        "DROP ALL",
        "ADD DEFAULT TO <urn:g>",
        "MOVE DEFAULT TO <urn:g>",
        "COPY DEFAULT TO <urn:g>",
        "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
        "drop   silent   default",
    ],
)
def test_updates_are_refused(graph, query):
    before = len(graph)
    with pytest.raises(QueryError, match="read-only"):
        run_sparql(graph, query)
    assert len(graph) == before


@pytest.mark.parametrize(
    "query, match",
    [
        ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "FROM"),
        ("SELECT * FROM NAMED <http://example.org/g> WHERE { ?s ?p ?o }", "FROM"),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ],
)
def test_network_access_is_refused(graph, query, match):
    with pytest.raises(QueryError, match=match):
        run_sparql(graph, query)


def test_error_while_running_is_a_query_error(graph, monkeypatch):
    def broken(self, *args, **kwargs):
        raise RuntimeError("store broke")

    monkeypatch.setattr(Graph, "query", broken)
    with pytest.raises(QueryError, match="store broke"):
        run_sparql(graph, "SELECT * WHERE { ?s ?p ?o }")


def _chain(n: int) -> Graph:
    g = Graph()
    for i in range(n):
        g.add((URIRef(f"urn:n{i}"), PK.relatedTo, URIRef(f"urn:n{i + 1}")))
    return g


def test_timeout_stops_a_slow_query():
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 300³ rows
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"time limit of 0\.2 s"):
        run_sparql(_chain(300), slow, timeout=0.2)
    assert time.monotonic() - started < 1.5
    deadline = time.monotonic() + 2.0  # the worker notices the deadline at its next lookup and ends
    while any(t.name == "plankg-sparql" for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not any(t.name == "plankg-sparql" for t in threading.enumerate())


def test_fast_query_within_the_limit():
    assert run_sparql(_chain(300), "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c }", timeout=5).rows == [["300"]]


def test_property_paths_work_through_the_guard():
    r = run_sparql(_chain(20), "SELECT (COUNT(?x) AS ?n) WHERE { <urn:n0> pk:relatedTo+ ?x }")
    assert r.rows == [["20"]]


def test_example_queries_run_and_find_something(graph):
    from datetime import datetime, timezone

    from kg.graph.provenance import BuildInfo, add_build_provenance

    now = datetime.now(timezone.utc)  # a built graph carries its build record (pipeline.py)
    add_build_provenance(graph, BuildInfo("demo-plan", "k", "demo.txt", "0" * 64, "0.1.0", "c", "hash", now, now))
    assert 4 <= len(EXAMPLE_QUERIES) <= 7  # the PROV-O and the targets examples came in together
    for name, query in EXAMPLE_QUERIES.items():
        r = run_sparql(graph, query)
        assert r.kind == "SELECT" and r.rows, name
