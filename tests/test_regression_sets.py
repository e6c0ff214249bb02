"""The seen regression sets (bench/regression/) stay scoreable: every key is plan text.

A key the plan does not hold can never pass, and a renamed plan file silently drops its rows
from score_corpus; both have happened to hand-written sets, so they are checked here.
"""
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED_PLAN

SETS = ROOT / "bench" / "regression"


def norm(text: str) -> str:
    # The scorer's comparison: NFKC, whitespace removed, lower case.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


@lru_cache(maxsize=None)
def plan_text(plan: Path) -> str:
    return norm(plan.read_text("utf-8"))


def rows_with_plans():
    for qa in sorted(SETS.glob("seed/*.jsonl")):
        for line in qa.read_text("utf-8").splitlines():
            yield qa.stem, json.loads(line), SEED_PLAN
    for qa in sorted(SETS.glob("*/qa.jsonl")):
        for line in qa.read_text("utf-8").splitlines():
            row = json.loads(line)
            yield qa.parent.name, row, qa.parent / "plans" / row["doc"] if row.get("doc") else SEED_PLAN


ROWS = list(rows_with_plans())


def test_every_set_has_rows():
    assert {name for name, _, _ in ROWS} >= {"set11", "seedwords", "set11-unseen", "probeA", "probeB"}


@pytest.mark.parametrize("name,row,plan", ROWS, ids=[f"{n}:{r['id']}" for n, r, _ in ROWS])
def test_keys_are_text_of_their_plan(name, row, plan):
    assert plan.is_file(), f"{name} {row['id']}: no plan file {plan.name}"
    text = plan_text(plan)
    keys = [row["cite"]] if row.get("cite") else []
    keys += row.get("cite_any", [])
    missing = [k for k in keys if norm(k) not in text]
    if row.get("cite_any"):
        # One of the alternatives is enough for the scorer, so one must exist.
        missing = [k for k in missing if k not in row["cite_any"]] + (
            [] if any(norm(k) in text for k in row["cite_any"]) else row["cite_any"])
    assert not missing, f"{name} {row['id']}: not in {plan.name}: {missing}"


def test_presentation_faults_name_what_a_reader_should_not_see():
    from bench.regression import presentation_faults

    row = {"q": "新材料百亿园区的产值目标是多少？"}
    cite = {"id": "ch04-s1-p03", "text": "……"}
    clean = {"answer": "新材料百亿产业园：到2025年产值100亿元。", "items": [{"label": "产值", "citation": cite}],
             "citations": [cite]}
    assert presentation_faults(row, clean) == []
    assert presentation_faults(row, dict(clean, answer="见 ch04-s1-p03、box26.3-i01")) == ["internal id in the answer"]
    assert presentation_faults(row, dict(clean, citations=[])) == ["an item's citation is missing from citations"]
    echoed = dict(clean, answer="新材料百亿园区的产值目标是多少：100亿元")
    assert presentation_faults(row, echoed) == ["the answer repeats the question"]
    # Indicator names with digits and hyphens are the plan's words, not ids.
    assert presentation_faults(row, dict(clean, answer="PM2.5浓度、COVID-19、5G基站")) == []
