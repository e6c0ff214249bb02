"""One engine serving several plans (the three comparison plans built into one home): the engine
``over([plan])`` hands out asks that plan's questions only, as a plan set's does — a count of
「约束性指标」 is that plan's rows, never another plan's added in; asked with ``plan=`` likewise. Asked of no plan,
the count asks which plan's table is meant."""
from __future__ import annotations

import pytest

from tests.conftest import COMPARE_PLANS

CITY, COUNTY13, _ = COMPARE_PLANS
CITY_BINDING = ("单位地区生产总值能源消耗降低", "森林覆盖率", "耕地保有量")


@pytest.fixture(scope="module")
def engine(compare_engine):
    return compare_engine


def _cited_plans(answer):
    return {c.plan for c in answer.citations} | {i.citation.plan for i in answer.items if i.citation}


@pytest.mark.parametrize("question", ["约束性指标有几个？", "约束性指标有哪些", "一共有多少项约束性指标"])
def test_view_of_one_plan_counts_its_rows_only(engine, question):
    a = engine.over([CITY]).ask(question)
    assert a.found and "4项" in a.answer and all(n in a.answer for n in CITY_BINDING), a.answer
    assert _cited_plans(a) == {CITY}, _cited_plans(a)


@pytest.mark.parametrize("question", ["约束性指标有几个？", "森林覆盖率目标是多少"])
def test_view_matches_the_scoped_question(engine, question):
    for plan in (CITY, COUNTY13):
        assert engine.over([plan]).ask(question).answer == engine.ask(question, plan=plan).answer


def test_view_keeps_the_engine_for_what_is_not_a_question(engine):
    view = engine.over([CITY])
    assert view.kb is engine.kb and set(view.plan_ids) == set(engine.plan_ids)
    assert engine.over(engine.plan_ids) is engine


@pytest.mark.parametrize("question", ["约束性指标有几个？", "约束性指标有哪些", "预期性指标一共多少项"])
def test_unscoped_count_over_several_plans_asks_which(engine, question):
    a = engine.ask(question)
    assert not a.found and a.kind == "clarify" and "哪一个规划" in a.answer and "共" not in a.answer, a.answer
