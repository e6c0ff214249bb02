"""The Oxigraph runner of one-shot ``plankg sparql`` gives what the rdflib runner gives, and refuses the same."""
from __future__ import annotations

import time

import pytest
from rdflib import Graph

from kg.errors import QueryError
from kg.graph.ontology import PK
from kg.store.oxsparql import run_sparql_files
from kg.store.sparql import PREFIXES, run_sparql
from kg.store.sparql_examples import EXAMPLE_QUERIES
from kg.store.sparqltext import PREFIX_IRIS, network_clause, query_form


@pytest.fixture
def nt(graph, tmp_path):
    path = tmp_path / "graph.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    return path


def test_prefixes_are_the_rdflib_runners():
    assert {k: str(v) for k, v in PREFIXES.items()} == PREFIX_IRIS
    assert PREFIX_IRIS["pk"] == str(PK._NS)


def _values(rows):
    """Rows with numbers as numbers: Oxigraph prints a numeric literal canonically (5000000000.0 → 5000000000)."""

    def value(cell):
        try:
            return float(cell)
        except ValueError:
            return cell

    return sorted(([value(c) for c in row] for row in rows), key=repr)


@pytest.mark.parametrize("name", [n for n in EXAMPLE_QUERIES if "PROV-O" not in n])
def test_example_queries_give_rdflibs_rows(graph, nt, name):
    ours, theirs = run_sparql_files([nt], EXAMPLE_QUERIES[name]), run_sparql(graph, EXAMPLE_QUERIES[name])
    assert ours.columns == theirs.columns
    # Both orders follow ORDER BY; rows tied on every key may come in either order.
    assert _values(ours.rows) == _values(theirs.rows) and ours.rows_total == theirs.rows_total


def test_select_ask_and_limit(graph, nt):
    q = "SELECT ?p ?label WHERE { ?p a pk:Project ; rdfs:label ?label } ORDER BY ?label"
    assert run_sparql_files([nt], q).rows == run_sparql(graph, q).rows
    assert run_sparql_files([nt], 'ASK { ?i pk:attribute "约束性" }').boolean is True
    r = run_sparql_files([nt], "SELECT ?p WHERE { ?p a pk:Paragraph }", limit=5)
    assert len(r.rows) == 5 and r.truncated and r.rows_total > 5


def test_construct_is_turtle_with_the_prefixes(graph, nt):
    q = 'CONSTRUCT { ?p pk:listedIn ?b } WHERE { ?p pk:listedIn ?b . ?b pk:number "7.1" }'
    ours, theirs = run_sparql_files([nt], q), run_sparql(graph, q)
    assert ours.kind == "CONSTRUCT" and ours.rows_total == theirs.rows_total > 0
    back = Graph().parse(data=ours.turtle, format="turtle")
    assert set(back) == set(Graph().parse(data=theirs.turtle, format="turtle"))
    assert "@prefix pk:" in ours.turtle


def test_several_files_are_one_union(graph, nt, tmp_path):
    other = tmp_path / "other.nt"
    other.write_text(f"<urn:x> <{PK.relatedTo}> <urn:y> .\n", "utf-8")
    n = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert run_sparql_files([nt, other, nt], n).rows == [[str(len(graph) + 1)]]


@pytest.mark.parametrize(
    "query, match",
    [
        ("", "empty"),
        ("DELETE WHERE { ?s ?p ?o }", "read-only"),
        ("PREFIX ex: <urn:x#> INSERT DATA { ex:a ex:b ex:c }", "read-only"),
        ("SELECT * WHERE { ?s ?p }", "Malformed SPARQL query at line 1, column"),
        ("SELECT ?s\nWHERE { ?s ?p ?o . FILTER( }", "Malformed SPARQL query at line 2, column"),
        ("SELECT * WHERE { ?s foo:bar ?o }", "unknown prefix foo:"),
        ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "FROM"),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        # A keyword spelt with a codepoint escape is no keyword to Oxigraph: malformed, never called.
        ("SELECT * WHERE { SERVIC\\u0045 <http://example.org/sparql> { ?s ?p ?o } }", "Malformed"),
    ],
)
def test_refusals(nt, query, match):
    with pytest.raises(QueryError, match=match):
        run_sparql_files([nt], query)


def test_keywords_inside_strings_iris_and_names_are_not_clauses():
    q = 'SELECT ?from ?service WHERE { ?from <urn:service> "SERVICE" ; pk:from ?service } # FROM <x>'
    assert network_clause(q) is None
    assert query_form("PREFIX ex: <urn:ask#>\n# SELECT\nCONSTRUCT WHERE { ?s ex:p ?o }") == "CONSTRUCT"


def test_time_limit(tmp_path):
    path = tmp_path / "chain.nt"
    path.write_text("".join(f"<urn:n{i}> <{PK.relatedTo}> <urn:n{i + 1}> .\n" for i in range(300)), "utf-8")
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # 300⁴ rows
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"time limit of 0\.2 s"):
        run_sparql_files([path], slow, timeout=0.2)
    assert time.monotonic() - started < 1.5


def test_missing_graph_file_is_a_clear_error(tmp_path):
    with pytest.raises(QueryError, match="plankg build"):
        run_sparql_files([tmp_path / "gone.nt"], "ASK {}")


def test_terms_print_as_rdflib_prints_them(tmp_path):
    path = tmp_path / "g.nt"
    path.write_text('<urn:a> <urn:p> "" .\n<urn:a> <urn:q> "1.50"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n'
                    '<urn:a> <urn:r> "名"@zh .\n<urn:a> <urn:s> _:b0 .\n', "utf-8")
    g = Graph().parse(path, format="nt")
    q = "SELECT ?p ?o WHERE { <urn:a> ?p ?o FILTER(!isBlank(?o)) } ORDER BY ?p"
    assert run_sparql(g, q).rows == [["urn:p", ""], ["urn:q", "1.50"], ["urn:r", "名"]]
    assert run_sparql_files([path], q).rows == [["urn:p", ""], ["urn:q", "1.5"], ["urn:r", "名"]]  # canonical number


@pytest.mark.parametrize("query, prefix", [
    ("SELECT * WHERE { ?s foo:bar ?o }", "foo"),
    ("SELECT ?t WHERE {\n  ?s gov:title ?t .\n}", "gov"),
    ("SELECT * WHERE { ?s a ex:Thing ; pk:name ?n }", "ex"),
])
def test_an_unknown_prefix_is_named_as_the_rdflib_runner_names_it(nt, graph, query, prefix):
    """`plankg sparql` once answered an undeclared prefix with Oxigraph's list of expected characters
    (「expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' | '\\u{00B7}' …」)."""
    from webui.messages import zh_message

    with pytest.raises(QueryError) as ours:
        run_sparql_files([nt], query)
    with pytest.raises(QueryError) as theirs:
        run_sparql(graph, query)
    for refused in (ours.value, theirs.value):
        assert f"{prefix}" in str(refused) and "known prefixes: pk" in str(refused) and "\\u{" not in str(refused)
        assert "未定义的前缀" in zh_message(refused)
