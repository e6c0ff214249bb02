"""A plan's persisted answering indexes (``kb.pickle``, issue 12): read back, joined, invalidated.

Mechanisms only; what a cold load costs is measured in ``bench/scale.py``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import qa.index.kbstore
from kg.graph.nxmerge import merge_views
from kg.store.buildfolder import list_builds
from kg.store.views import load_view
from qa.engine import Engine
from qa.index.kb import KB
from qa.index.kbstore import KB_FILE, load_kb, merge_kbs, read_kb



@pytest.fixture(scope="module")
def home(four_plan_home) -> Path:
    return four_plan_home


def _state(kb: KB) -> dict:
    """Everything a KB holds, comparable (lists of link entries as sets: their order is never read)."""
    out = {k: v for k, v in vars(kb).items() if k not in ("G", "index")}
    out["by_type"] = dict(out["by_type"])
    out["_quantities"] = dict(out["_quantities"])
    idx = kb.index
    out["index.meta"] = idx._meta
    out["index.forms"] = {f: set(e) for f, e in idx._forms.items()}
    out["index.lengths"] = idx._lengths
    out["index.bigram_forms"] = set(idx._bigram_forms)
    out["nodes"] = dict(kb.G.nodes(data=True))
    out["edges"] = sorted((u, v, k, json.dumps(d, sort_keys=True)) for u, v, k, d in kb.G.edges(keys=True, data=True))
    return out


def _fresh(home: Path):
    return sorted(list_builds(home), key=lambda b: b.plan_id)


def test_build_writes_a_kb_equal_to_one_built_from_the_view(home):
    for b in _fresh(home):
        assert (b.dir / KB_FILE).is_file()
        assert _state(read_kb(b)) == _state(KB(load_view(b)))


def test_joined_kbs_equal_the_kb_of_the_joined_views(home):
    builds = _fresh(home)
    joined = merge_kbs([read_kb(b) for b in builds])
    built = KB(merge_views(load_view(b) for b in builds))
    assert _state(joined) == _state(built)


def test_engine_over_several_plans_answers_as_before(home):
    # The merged engine (joined KBs) against one whose KB is built from the joined views.
    builds = _fresh(home)
    engine = Engine.from_home(home, route=False)
    reference = Engine(engine._graph, engine.retriever, builds=builds,
                       G=merge_views(load_view(b) for b in builds))
    for q in ("何仙观水库的总库容是多少？", "第5篇包括哪些章？", "杉源县十三五和十四五的森林覆盖率目标分别是多少？"):
        assert engine.ask(q).to_json() == reference.ask(q).to_json()


@pytest.fixture
def one_build(home, tmp_path):
    """A copy of one build folder, to damage."""
    import shutil

    b = _fresh(home)[0]
    folder = tmp_path / b.dir.name
    shutil.copytree(b.dir, folder)
    return type(b)(b.plan_id, folder, b.manifest)


@pytest.mark.parametrize("damage", ["truncate", "flip", "header", "empty"])
def test_damaged_file_is_refused_and_rebuilt(one_build, damage):
    path = one_build.dir / KB_FILE
    data = path.read_bytes()
    head, _, payload = data.partition(b"\n")
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flip":  # one byte inside the pickle: only the checksum can tell
        i = len(head) + 1 + len(payload) // 2
        path.write_bytes(data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:])
    elif damage == "header":
        path.write_bytes(b"not json\n" + payload)
    else:
        path.write_bytes(b"")
    with pytest.raises(ValueError):
        read_kb(one_build)
    kb = load_kb(one_build)  # derived from the view again, and written back
    assert _state(kb) == _state(KB(load_view(one_build)))
    assert _state(read_kb(one_build)) == _state(kb)


def test_changed_code_or_source_makes_the_file_stale(one_build, monkeypatch):
    read_kb(one_build)
    monkeypatch.setattr(qa.index.kbstore, "kb_stamp", lambda: "other-code")
    with pytest.raises(ValueError, match="stale"):
        read_kb(one_build)
    monkeypatch.undo()
    moved = type(one_build)(one_build.plan_id, one_build.dir, {**one_build.manifest, "source_sha256": "0" * 64})
    with pytest.raises(ValueError, match="stale"):
        read_kb(moved)


def test_changed_code_rebuilds_the_file(one_build, monkeypatch):
    monkeypatch.setattr(qa.index.kbstore, "kb_stamp", lambda: "next-version")
    before = (one_build.dir / KB_FILE).read_bytes()
    load_kb(one_build)
    after = (one_build.dir / KB_FILE).read_bytes()
    assert after != before and json.loads(after.partition(b"\n")[0])["code"] == "next-version"
    read_kb(one_build)  # the rewritten file is current for this code


def test_stamp_follows_the_kb_code():
    assert set(qa.index.kbstore._KB_CODE) >= {"index/kb.py", "question/link.py"} and len(qa.index.kbstore.kb_stamp()) == 12
