"""The hand-judged extraction sample (tests/data/extraction-sample.jsonl): shape, and seed precision."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tools.extraction_sample import _items, facts_of, item_key

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "extraction-sample.jsonl"
ROOT = Path(__file__).resolve().parents[2]
SEED = "data/lingling-14th-five-year-plan.txt"


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in SAMPLE.open(encoding="utf-8") if line.strip()]


def test_sample_is_big_enough_and_fully_judged(rows):
    judged = [r for r in rows if not r.get("gold")]
    assert all(isinstance(r["judge"], bool) for r in judged)
    assert all(r.get("note") for r in judged if r["judge"] is False)
    kinds = Counter(r["kind"] for r in judged)
    assert kinds["entity"] >= 150 and kinds["target"] + kinds["figure"] >= 100
    assert len({r["plan"] for r in judged}) >= 3


def test_seed_targets_and_figures_stay_precise(rows):
    texts, facts = facts_of(SEED, ROOT)
    current = {item_key(r) for kind in _items(SEED, texts, facts).values() for r in kind}
    for kind in ("target", "figure"):
        judged = [r for r in rows if r["plan"] == SEED and r["kind"] == kind and not r.get("gold")
                  and item_key(r) in current]
        assert len(judged) >= 20
        assert sum(r["judge"] for r in judged) / len(judged) >= 0.95, kind
