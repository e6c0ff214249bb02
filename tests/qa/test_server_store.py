"""The seed plan through a real SPARQL server: push, pull back the same graph, answer the dev questions.

A throwaway Virtuoso is started on 127.0.0.1 by ``scripts/virtuoso.sh`` for
the session and stopped at its end, pass or fail. Without
``/usr/bin/virtuoso-t`` these tests skip (CI installs the Debian package).
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from kg.errors import StoreError
from kg.graph.ontology import PK
from kg.graph.rdf import plan_iri
from kg.store.buildfolder import list_builds
from kg.store.triplestore import get_store, pull_graph, push_builds, push_graph
from qa.engine import Engine
from tests.conftest import ROOT, hash_home

pytestmark = pytest.mark.server

SCRIPT = ROOT / "scripts" / "virtuoso.sh"
EVAL = ROOT.parent / "shared" / "eval"
SEED_ID = "lingling-14th-five-year-plan"


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory) -> dict[str, str]:
    """The PLANKG_* settings of a running throwaway Virtuoso (see scripts/virtuoso.sh)."""
    if not Path("/usr/bin/virtuoso-t").exists():
        pytest.skip(
            "server tests need Virtuoso: /usr/bin/virtuoso-t is missing; install it with "
            "`bash scripts/virtuoso.sh install` (Debian package virtuoso-opensource-7-bin)"
        )
    folder = tmp_path_factory.mktemp("virtuoso")
    try:
        started = subprocess.run(["bash", str(SCRIPT), "start", str(folder)], capture_output=True, text=True, timeout=300)
        if started.returncode != 0:
            pytest.fail(f"scripts/virtuoso.sh start failed:\n{started.stderr}")
        env = {}
        for line in (folder / "plankg.env").read_text().splitlines():
            key, _, value = line.removeprefix("export ").partition("=")
            env[key] = value
        assert env["PLANKG_SPARQL_QUERY"] == started.stdout.strip()
        yield env
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", str(folder)], capture_output=True, timeout=120)


@pytest.fixture(scope="session")
def seed(tmp_path_factory):
    """(home, local graph, local engine) for the seed plan built with the hash encoder."""
    home = hash_home(tmp_path_factory, None, "seed-home")
    (build,) = list_builds(home)
    local = Graph().parse(build.graph_path, format="nt")
    return home, local, Engine.from_home(home)


@pytest.fixture(scope="session")
def pushed(virtuoso, seed):
    """The server store after the seed was pushed through the Graph Store endpoint."""
    home, _, _ = seed
    store = get_store("sparql", environ=virtuoso)
    push_builds(home, store=store)
    return store


def test_anonymous_endpoint_is_read_only(virtuoso, seed):
    reader = get_store("sparql", environ={}, query=virtuoso["PLANKG_SPARQL_QUERY"])
    with pytest.raises(StoreError, match=r"refused loading plan 'readonly'.*GRANT SPARQL_UPDATE"):
        push_graph(seed[1], store=reader, plan_id="readonly")


def test_wrong_password_is_refused(virtuoso, seed):
    wrong = get_store("sparql", environ=virtuoso, password="not-the-password")
    with pytest.raises(StoreError, match="HTTP 401 .*PLANKG_SPARQL_USER/PASSWORD"):
        push_graph(seed[1], store=wrong, plan_id="wrong-password")
    assert "wrong-password" not in wrong.plans()


def test_insert_data_round_trip(virtuoso, seed):
    # Without a Graph Store endpoint, plans go in as batched SPARQL INSERT DATA.
    store = get_store("sparql", environ=virtuoso, graph_store=None)
    _, local, _ = seed
    assert push_graph(local, store=store, plan_id=SEED_ID) == len(local)
    assert SEED_ID in store.plans()
    # Pages of 4,000 rows: the pull must stitch five pages back together.
    assert isomorphic(pull_graph(store=get_store("sparql", environ=virtuoso, page=4_000), plans=[SEED_ID]), local)


def test_push_replaces_and_drop_removes_one_plan(virtuoso):
    store = get_store("sparql", environ=virtuoso, graph_store=None)
    node = plan_iri("scratch-plan")
    first = Graph().add((node, RDF.type, PK.Plan)).add((node, RDFS.label, Literal("旧", lang="zh")))
    second = Graph().add((node, RDF.type, PK.Plan)).add((node, RDFS.label, Literal("新", lang="zh")))
    push_graph(first, store=store, plan_id="scratch-plan")
    push_graph(second, store=store, plan_id="scratch-plan")
    assert isomorphic(pull_graph(store=store, plans=["scratch-plan"]), second)
    before = set(store.plans())
    store.drop("scratch-plan")
    assert set(store.plans()) == before - {"scratch-plan"}


def test_pulled_graph_is_the_local_graph(pushed, seed):
    _, local, _ = seed
    assert pushed.plans() == [SEED_ID]
    # Pages of 25,000 rows while the server sends at most 10,000: the pull must follow the cap.
    pulled = pull_graph(store=get_store("sparql", query=pushed.query_url, environ={}, page=25_000))
    assert not any(isinstance(t, BNode) for triple in pulled for t in triple)
    assert len(pulled) == len(local) > 10_000
    assert isomorphic(pulled, local)


def test_dev_questions_through_the_server(pushed, seed):
    dev = EVAL / "dev_qa.jsonl"
    if not dev.exists():
        pytest.skip(f"dev questions not found at {dev}")
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    home, _, local = seed
    # The graph comes from the server; passages and vectors from the build folder.
    served = Engine.from_home(home, store=pushed)
    rows = [json.loads(line) for line in dev.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) == 25
    passed = 0
    for row in rows:
        answer = served.ask(row["q"]).to_json()
        assert answer == local.ask(row["q"]).to_json(), row["id"]
        passed += score.score_row(row, answer)[0]
    assert passed >= 23


def test_cli_reads_the_graph_from_the_server(virtuoso, pushed, seed, monkeypatch):
    from click.testing import CliRunner

    from cli import main

    home, local, _ = seed
    for key, value in virtuoso.items():
        monkeypatch.setenv(key, value)
    result = CliRunner().invoke(main, ["stats", "--json", "--store", "sparql", "--build-dir", str(home)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["triples"] == len(local)
