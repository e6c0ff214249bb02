"""Engine loading: derived indexes come from the build, nothing heavy loads before it is needed.

Mechanisms only (issue 12); the timings themselves are measured in ``bench/``.
"""
from __future__ import annotations

import marshal
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

import qa.engine
from embeddings.encoder import Encoder
from kg.graph.nxmerge import merge_views
from kg.graph.nxview import to_networkx
from kg.graph.rdf import build_graph
from kg.errors import IndexNotBuilt
from kg.extract.extractor import extract_facts
from kg.ingest.parse import parse_file
from kg.store.buildfolder import current_build, list_builds
from qa.index.bm25 import BM25Index, load_bm25
from qa.engine import Engine
from tests.conftest import ROOT, hash_home

SEED = "lingling-14th-five-year-plan"
MINI = "mini-plan"


@pytest.fixture(scope="module")
def home(tmp_path_factory, seed_path, mini_plan_path) -> Path:
    """Two plans built with the hash encoder (fast; loading does not depend on the vectors)."""
    return hash_home(tmp_path_factory, [seed_path, mini_plan_path], "loading-home")


def _no_rebuild(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("rebuilt at load")

    monkeypatch.setattr(BM25Index, "__init__", refuse)
    monkeypatch.setattr(rdflib.Graph, "parse", refuse)
    monkeypatch.setattr(rdflib.Graph, "__init__", refuse)
    monkeypatch.setattr(qa.engine, "to_networkx", refuse)


def test_build_persists_view_and_bm25(home):
    for b in list_builds(home):
        assert b.view_path.is_file() and b.bm25_path.is_file() and b.graph_pickle_path.is_file()


def test_persisted_indexes_load_without_rebuild(home, monkeypatch):
    fresh = Engine.from_home(home).search("何仙观水库", k=3, mode="bm25")
    _no_rebuild(monkeypatch)
    engine = Engine.from_home(home)
    assert [h.passage.id for h in engine.search("何仙观水库", k=3, mode="bm25")] == [h.passage.id for h in fresh]
    assert engine.ask("何仙观水库的总库容是多少？", plan=SEED).found


def test_stale_artefacts_are_rebuilt_not_trusted(home, tmp_path):
    copy = tmp_path / "home"
    shutil.copytree(home, copy, symlinks=True)
    build = current_build(copy, SEED)
    header, state = marshal.loads(build.bm25_path.read_bytes())
    build.bm25_path.write_bytes(marshal.dumps(({**header, "code": "other-code"}, state)))
    header, view = pickle.loads(build.view_path.read_bytes())
    view.clear()  # a stale view must not be served: an empty one would lose every answer
    build.view_path.write_bytes(pickle.dumps(({**header, "source_sha256": "0" * 64}, view)))
    with pytest.raises(IndexNotBuilt, match="stale"):
        load_bm25(build.bm25_path, expect={})
    engine, fresh = Engine.from_home(copy), Engine.from_home(home)
    assert engine.G.number_of_nodes() == fresh.G.number_of_nodes() > 0
    q = "零陵古城停车场"
    assert [h.passage.id for h in engine.search(q, mode="bm25")] == [h.passage.id for h in fresh.search(q, mode="bm25")]


def test_build_key_follows_bm25_code(monkeypatch):
    from kg.store import buildfolder

    before = buildfolder.code_version()
    monkeypatch.setattr(buildfolder, "_CODE_FILES", ())
    assert buildfolder.code_version() != before


def test_scoped_question_opens_only_its_plans_indexes(home):
    engine = Engine.from_home(home)
    retriever = engine.retriever
    assert retriever.bm25.parts.loaded() == retriever.index.parts.loaded() == [False, False]
    assert engine.search("森林覆盖率", mode="hybrid", plan=MINI)
    mini = sorted([SEED, MINI]).index(MINI)
    assert retriever.bm25.parts.loaded() == retriever.index.parts.loaded() == [i == mini for i in range(2)]
    assert all(h.passage.plan == MINI for h in engine.search("森林覆盖率", plan=MINI))


def test_graph_answer_loads_no_encoder_and_no_rdf_graph(home):
    engine = Engine.from_home(home)
    assert engine.ask("何仙观水库的总库容是多少？").found
    assert not isinstance(engine.retriever._encoder, Encoder) and not isinstance(engine._graph, rdflib.Graph)
    assert len(engine.graph) > 0  # loaded on demand


def test_merged_views_equal_the_view_of_the_union(seed_path):
    graphs = []
    for plan_id in ("a-plan", "b-plan"):  # the same text as two plans: they share every named place
        doc = parse_file(seed_path, plan_id=plan_id)
        graphs.append(build_graph(doc, extract_facts(doc)))
    union = rdflib.Graph()
    for g in graphs:
        union += g
    expected, merged = to_networkx(union), merge_views([to_networkx(g) for g in graphs])
    shared = [n for n in merged if "/plan/" not in n]
    assert shared  # the test is only meaningful with shared nodes
    assert dict(merged.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(merged.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))


def test_default_encoder_does_not_import_torch(home):
    code = (
        "import sys; from qa.engine import Engine; from embeddings.encoder import get_encoder\n"
        f"e = Engine.from_home({str(home)!r}); e.ask('如何改善营商环境？')\n"
        "get_encoder().encode(['规划'])\n"
        "bad = sorted(m for m in ('torch', 'sentence_transformers') if m in sys.modules)\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=300,
                   env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"})


def test_loaded_bm25_segments_as_built_without_jiebas_full_table(home):
    from embeddings.passages import load_passages
    from qa.index.bm25 import build_bm25, entity_vocabulary
    from kg.store.views import load_rdf

    build = current_build(home, SEED)
    passages = load_passages(build.passages_path)
    fresh = build_bm25(passages, vocabulary=entity_vocabulary(load_rdf(build)))
    loaded = load_bm25(build.bm25_path, expect={})
    for text in [p.text for p in passages[::5]] + ["零陵区新材料百亿产业园和何仙观水库工程在哪里？"]:
        assert loaded.tokenize(text) == fresh.tokenize(text)
    code = (
        "from qa.index.bm25 import load_bm25, _base_tokenizer\n"
        f"index = load_bm25({str(build.bm25_path)!r}, expect={{}})\n"
        "assert index.search('何仙观水库的库容')\n"
        "assert _base_tokenizer.cache_info().currsize == 0, 'loaded jieba’s whole table'\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=300,
                   env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
