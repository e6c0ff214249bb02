"""A place every plan shares (an administrative unit, one node for all plans) is read in each plan's own paragraphs.

Two invented county plans (tests/data/sharedplace) both name 永安市: 清河县 in its ch02-p01, 双峰县 in its ch03-p01 —
and 双峰县's ch02-p01 is about something else. Paragraph ids repeat across plans, so the place's bare source ids were
looked up in the first plan only: 双峰县's 永安市 paragraph was never found, and a question scoped to 双峰县 cited
清河县's chapter.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from qa.engine import Engine
from qa.index.kb import plan_of
from tests.conftest import hash_engine

DATA = Path(__file__).resolve().parents[1] / "data" / "sharedplace"
QINGHE, SHUANGFENG = "qinghe-county", "shuangfeng-county"


@pytest.fixture(scope="module")
def counties(tmp_path_factory) -> Engine:
    engine = hash_engine(tmp_path_factory, [DATA], "shared-place")
    assert engine.plan_ids == [QINGHE, SHUANGFENG]
    return engine


def _place(engine: Engine, name: str) -> str:
    return next(n for n in engine.kb.by_type["Place"] if engine.kb.label(n) == name and plan_of(n) is None)


def test_a_shared_place_is_read_in_each_plans_own_paragraphs(counties):
    kb = counties.kb
    paras = kb.source_paragraphs(_place(counties, "永安市"))
    assert {plan_of(p) for p in paras} == {QINGHE, SHUANGFENG}
    assert all("永安市" in kb.norm_text[p] for p in paras)


@pytest.mark.parametrize("plan,pid", [(QINGHE, "ch02-p01"), (SHUANGFENG, "ch03-p01")])
def test_a_shared_place_in_one_plan(counties, plan, pid):
    kb = counties.kb
    place = _place(counties, "永安市")
    for paras in (kb.source_paragraphs(place, plan=plan), kb.mentions(place, plan=plan)):
        assert paras and {plan_of(p) for p in paras} == {plan}
        assert kb.attrs(paras[0])["pid"] == pid


@pytest.mark.parametrize("q", ["永安市在哪一章提到？", "永安市在规划的哪一章", "永安市出现在哪一章"])
def test_where_a_shared_place_is_named_in_a_scoped_plan(counties, q):
    a = counties.ask(q, plan=SHUANGFENG)
    assert a.found and "第三章" in a.answer and "第二章" not in a.answer
    assert {c.plan for c in a.citations} == {SHUANGFENG}
    assert all("永安市" in c.text for c in a.citations)
