"""The hand-judged extraction samples (tests/data/extraction-sample*.jsonl): shape, and seed precision.

The first sample (seed 10) is history: fixes were made from it. The second (seed 20261129),
drawn afresh after those fixes, holds targets, figures and gold paragraphs; the third (seed 3101,
targets and figures only) checks the target fixes made from the second. The fourth (seed 4242),
fifth (seed 77031) and sixth (seed 918273) are entities only, each drawn after more structural
rules for categories, kinds and parts; the sixth, drawn at the branch head, is the one entity
precision is read from.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tools.extraction_sample import _items, facts_of, item_key

from tests.conftest import DATA, ROOT

SAMPLES = (DATA / "extraction-sample.jsonl", DATA / "extraction-sample-2.jsonl")
TARGETS_ONLY = DATA / "extraction-sample-3.jsonl"
ENTITIES_ONLY = tuple(DATA / f"extraction-sample-{n}.jsonl" for n in (4, 5, 6))
SEED = "data/lingling-14th-five-year-plan.txt"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


@pytest.fixture(scope="module")
def rows():
    return _rows(SAMPLES[-1])


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_is_big_enough_and_fully_judged(path):
    rows = _rows(path)
    judged = [r for r in rows if not r.get("gold")]
    assert all(isinstance(r["judge"], bool) for r in judged)
    assert all(r.get("note") for r in judged if r["judge"] is False)
    kinds = Counter(r["kind"] for r in judged)
    assert kinds["entity"] >= 150 and kinds["target"] + kinds["figure"] >= 100
    assert len({r["plan"] for r in judged}) >= 3
    assert any(r.get("gold") and r["kind"] == "target" for r in rows)


def test_targets_only_sample_is_fully_judged():
    rows = _rows(TARGETS_ONLY)
    assert all(isinstance(r["judge"], bool) and r["kind"] in ("target", "figure") for r in rows)
    assert all(r.get("note") for r in rows if r["judge"] is False)
    assert len(rows) >= 100 and len({r["plan"] for r in rows}) >= 3


@pytest.mark.parametrize("path", (SAMPLES[-1], TARGETS_ONLY), ids=lambda p: p.name)
def test_seed_targets_and_figures_stay_precise(path):
    rows = _rows(path)
    texts, facts = facts_of(SEED, ROOT)
    current = {item_key(r) for kind in _items(SEED, texts, facts).values() for r in kind}
    for kind in ("target", "figure"):
        judged = [r for r in rows if r["plan"] == SEED and r["kind"] == kind and not r.get("gold")
                  and item_key(r) in current]
        assert len(judged) >= 15
        assert sum(r["judge"] for r in judged) / len(judged) >= 0.95, kind


@pytest.mark.parametrize("path", ENTITIES_ONLY, ids=lambda p: p.name)
def test_entity_sample_is_fully_judged(path):
    rows = _rows(path)
    assert all(isinstance(r["judge"], bool) and r["kind"] == "entity" for r in rows)
    assert all(r.get("note") for r in rows if r["judge"] is False)
    assert len(rows) >= 150 and len({r["plan"] for r in rows}) >= 3


@pytest.mark.parametrize("path", ENTITIES_ONLY, ids=lambda p: p.name)
def test_seed_entities_judged_right_are_kept(path):
    """The rules that drop kinds and categories keep the names a judge found right (recall guard),
    and the seed's entities still produced stay as precise as after the rank, level and listed-with-kinds
    rules (84.8–93.1% on samples 4–6; optimistic, those rules were made after reading them)."""
    rows = [r for r in _rows(path) if r["plan"] == SEED]
    texts, facts = facts_of(SEED, ROOT)
    current = {item_key(r) for r in _items(SEED, texts, facts)["entity"]}
    right = [r for r in rows if r["judge"]]
    assert sum(item_key(r) in current for r in right) / len(right) >= 0.95
    produced = [r for r in rows if item_key(r) in current]
    assert sum(r["judge"] for r in produced) / len(produced) >= 0.84
