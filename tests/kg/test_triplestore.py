"""Graph stores: registry, environment, push/pull round trips, and the errors a user sees.

The embedded back-ends (memory, oxigraph) run here in full; the SPARQL
back-end's success path needs a server (tests/qa/test_server_store.py), but
its failures are checked here against a closed port and a stub HTTP server.
"""
from __future__ import annotations

import importlib.util
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import rdflib.namespace as rns  # XSD stays off module globals: pytest probes them and XSD warns
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from kg.errors import BackendNotFound, IndexNotBuilt, StoreError
from kg.graph.ontology import PK
from kg.graph.rdf import plan_iri
from kg.store.buildfolder import list_builds
from kg.store.triplestore import (
    MemoryStore,
    OxigraphStore,
    SparqlStore,
    get_store,
    known_stores,
    pull_graph,
    push_builds,
    push_graph,
)
from tests.conftest import ROOT, hash_home

HAS_OXRDFLIB = importlib.util.find_spec("oxrdflib") is not None


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """The mini plan and the seed plan, built as the pipeline builds them."""
    return hash_home(tmp_path_factory, [ROOT / "tests" / "data" / "mini-plan.txt", ROOT / "data" / "lingling-14th-five-year-plan.txt"],
                     "home")


@pytest.fixture(params=["memory", "oxigraph"])
def store(request, tmp_path):
    if request.param == "oxigraph" and not HAS_OXRDFLIB:
        pytest.skip("oxrdflib is not installed (pip install oxrdflib)")
    options = {"path": tmp_path / "ox"} if request.param == "oxigraph" else {}
    with get_store(request.param, environ={}, **options) as s:
        yield s


def _plan_graph(plan_id: str, *labels: str) -> Graph:
    g = Graph()
    node = plan_iri(plan_id)
    g.add((node, RDF.type, PK.Plan))
    for i, label in enumerate(labels):
        item = URIRef(f"{node}/project/{i}")
        g.add((item, RDFS.label, Literal(label, lang="zh")))
        g.add((item, PK.inPlan, node))
        g.add((item, PK.value, Literal("13333.33333333", datatype=rns.XSD.double)))
    return g


# ------------------------------------------------------------------ registry and settings


def test_registry_names_and_unknown_name():
    assert known_stores() == ["memory", "oxigraph", "sparql"]
    with pytest.raises(BackendNotFound, match=r"'virtuoso'; known: memory, oxigraph, sparql"):
        get_store("virtuoso", environ={})


def test_default_store_is_memory_and_env_chooses():
    assert isinstance(get_store(environ={}), MemoryStore)
    env = {
        "PLANKG_STORE": "sparql",
        "PLANKG_SPARQL_QUERY": "http://127.0.0.1:8890/sparql",
        "PLANKG_SPARQL_USER": "u",
        "PLANKG_SPARQL_PASSWORD": "s3cret-pw",
    }
    s = get_store(environ=env)
    assert isinstance(s, SparqlStore)
    assert (s.query_url, s.update_url, s.graph_store_url) == (env["PLANKG_SPARQL_QUERY"], env["PLANKG_SPARQL_QUERY"], None)
    assert "s3cret-pw" not in repr(s)
    # Keyword options win over the environment.
    assert get_store(environ=env, update="http://127.0.0.1:8890/sparql-auth").update_url.endswith("/sparql-auth")


def test_sparql_store_needs_http_urls():
    with pytest.raises(StoreError, match="PLANKG_SPARQL_QUERY"):
        get_store("sparql", environ={})
    with pytest.raises(StoreError, match="'file:///etc/passwd' is not an http"):
        get_store("sparql", environ={}, query="file:///etc/passwd")


@pytest.mark.skipif(not HAS_OXRDFLIB, reason="oxrdflib is not installed (pip install oxrdflib)")
def test_oxigraph_path_from_env(tmp_path):
    with get_store("oxigraph", environ={"PLANKG_OXIGRAPH_PATH": str(tmp_path / "db")}) as s:
        assert isinstance(s, OxigraphStore) and s.path == tmp_path / "db"


# ------------------------------------------------------------------ round trips


def test_push_pull_round_trip(store):
    g = _plan_graph("plan-a", "风电场", "水库")
    assert push_graph(g, store=store, plan_id="plan-a") == len(g)
    assert store.plans() == ["plan-a"]
    assert isomorphic(pull_graph(store=store), g)


def test_push_replaces_and_plans_are_separate(store):
    push_graph(_plan_graph("plan-a", "风电场", "水库"), store=store, plan_id="plan-a")
    push_graph(_plan_graph("plan-b", "园区"), store=store, plan_id="plan-b")
    smaller = _plan_graph("plan-a", "风电场")
    push_graph(smaller, store=store, plan_id="plan-a")
    assert store.plans() == ["plan-a", "plan-b"]
    assert isomorphic(pull_graph(store=store, plans=["plan-a"]), smaller)
    assert len(pull_graph(store=store)) == len(smaller) + len(_plan_graph("plan-b", "园区"))
    store.drop("plan-b")
    assert store.plans() == ["plan-a"]


def test_missing_plans_are_reported(store):
    with pytest.raises(IndexNotBuilt, match="holds no plans; run `plankg push`"):
        pull_graph(store=store)
    push_graph(_plan_graph("plan-a"), store=store, plan_id="plan-a")
    with pytest.raises(IndexNotBuilt, match="'plan-z' is not in the"):
        pull_graph(store=store, plans=["plan-z"])


def test_blank_nodes_are_refused(store):
    g = _plan_graph("plan-a")
    g.add((BNode(), RDFS.label, Literal("x")))
    with pytest.raises(StoreError, match="plan 'plan-a' has 1 blank-node terms"):
        push_graph(g, store=store, plan_id="plan-a")
    assert store.plans() == []


def test_xsd_string_comes_back_plain(store):
    g = _plan_graph("plan-a")
    g.add((plan_iri("plan-a"), PK.kind, Literal("prose", datatype=rns.XSD.string)))
    push_graph(g, store=store, plan_id="plan-a")
    kinds = list(pull_graph(store=store).objects(plan_iri("plan-a"), PK.kind))
    assert kinds == [Literal("prose")] and kinds[0].datatype is None


@pytest.mark.skipif(not HAS_OXRDFLIB, reason="oxrdflib is not installed (pip install oxrdflib)")
def test_oxigraph_persists_and_locks(tmp_path):
    g = _plan_graph("plan-a", "风电场")
    with get_store("oxigraph", environ={}, path=tmp_path / "db") as s:
        push_graph(g, store=s, plan_id="plan-a")
        with pytest.raises(StoreError, match="Cannot open the Oxigraph database at .*db"):
            get_store("oxigraph", environ={}, path=tmp_path / "db")
    with get_store("oxigraph", environ={}, path=tmp_path / "db") as s:
        assert s.plans() == ["plan-a"]
        assert isomorphic(pull_graph(store=s), g)


def test_built_plans_have_no_blank_nodes(home):
    builds = list_builds(home)
    assert [b.plan_id for b in builds] == ["lingling-14th-five-year-plan", "mini-plan"]
    for b in builds:
        g = Graph().parse(b.graph_path, format="nt")
        assert len(g) > 100
        assert not any(isinstance(t, BNode) for triple in g for t in triple), b.plan_id


def test_push_builds_round_trip(home, store):
    build = next(b for b in list_builds(home) if b.plan_id == "mini-plan")
    local = Graph().parse(build.graph_path, format="nt")
    assert push_builds(home, store=store, plans=["mini-plan"]) == {"mini-plan": len(local)}
    assert store.plans() == ["mini-plan"]
    assert isomorphic(pull_graph(store=store), local)


def test_push_builds_of_unbuilt_plan(tmp_path):
    with pytest.raises(IndexNotBuilt, match="run `plankg build`"):
        push_builds(tmp_path, store=MemoryStore())


# ------------------------------------------------------------------ SPARQL failures a user sees


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_names_the_url():
    url = f"http://127.0.0.1:{_closed_port()}/sparql"
    s = get_store("sparql", environ={}, query=url)
    with pytest.raises(StoreError, match=f"Cannot reach the SPARQL server at {url} while listing plans .*check that it runs"):
        s.plans()
    with pytest.raises(StoreError, match=f"Cannot reach the SPARQL server at {url} while loading plan 'plan-a'"):
        push_graph(_plan_graph("plan-a"), store=s, plan_id="plan-a")


@pytest.fixture
def stub():
    """A local HTTP server answering every request with ``stub.reply = (status, body)``."""

    class Handler(BaseHTTPRequestHandler):
        def _answer(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, body = server.reply
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(body.encode())

        do_GET = do_POST = _answer

        def log_message(self, *args):
            return None

    server = HTTPServer(("127.0.0.1", 0), Handler)
    server.reply = (500, "")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    yield server
    server.shutdown()
    server.server_close()


def test_refused_update_says_what_to_check(stub):
    s = get_store("sparql", environ={}, query=stub.url, user="plankg", password="wrong")
    stub.reply = (401, "Unauthorized")
    with pytest.raises(StoreError, match=r"refused loading plan 'plan-a': HTTP 401 .*PLANKG_SPARQL_USER/PASSWORD"):
        push_graph(_plan_graph("plan-a"), store=s, plan_id="plan-a")
    stub.reply = (500, "Virtuoso 42000 Error SR186:SECURITY: No permission to execute procedure DB.DBA.SPARQL_INSERT_DICT_CONTENT\nmore")
    with pytest.raises(StoreError, match=r"HTTP 500 Virtuoso 42000 Error SR186:SECURITY: No permission .*GRANT SPARQL_UPDATE"):
        push_graph(_plan_graph("plan-a"), store=s, plan_id="plan-a")


def test_failed_query_names_the_server_message(stub):
    s = get_store("sparql", environ={}, query=stub.url)
    stub.reply = (400, "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error")
    with pytest.raises(StoreError, match=f"server at {stub.url} refused listing plans: HTTP 400 Virtuoso 37000"):
        s.plans()
