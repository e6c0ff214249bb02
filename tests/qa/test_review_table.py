"""A 十五五 plan printing two indicator tables: the 十四五 review (规划目标 / 2025年完成情况) and its own 十五五
targets, some rows named alike in both (tests/data/review-table-15th-plan.txt, made up after 南京's 十五五 outline).
The review's rows are the last period's outcomes: never counted among the plan's main indicators, never among its
约束性 rows, never answering a target asked of the plan's own period — and read when a question names that
period or asks what was reached. Each class in several wordings.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA, hash_engine
from tests.qa.said import norm, said

PLAN = DATA / "review-table-15th-plan.txt"


@pytest.fixture(scope="module")
def qe(tmp_path_factory):
    return hash_engine(tmp_path_factory, [PLAN], "review-table-home")


def test_review_rows_are_marked_with_the_period_they_review(qe):
    kb = qe.kb
    marked = {kb.label(n): kb.attrs(n).get("reviewPeriod") for n in kb.by_type["Indicator"]}
    assert marked["单位地区生产总值能源消耗降低"] == "十四五" and marked["全员劳动生产率"] is None
    # a name in both tables is two indicators, one marked
    both = sorted(str(kb.attrs(n).get("reviewPeriod")) for n in kb.by_type["Indicator"] if kb.label(n) == "人均预期寿命")
    assert both == ["None", "十四五"]


@pytest.mark.parametrize("question", [
    "主要指标共有几项？",
    "规划一共设置了多少项主要指标？",
    "指标表列了多少个指标？",
])
def test_the_main_indicators_counted_are_the_plans_own(qe, question):
    a = qe.ask(question)
    assert a.found and "共6项" in norm(a.answer), a.answer


@pytest.mark.parametrize("question", [
    "约束性指标有哪些？",
    "哪些指标是约束性指标？",
    "约束性指标有几个？",
])
def test_binding_rows_are_the_plans_own(qe, question):
    a = qe.ask(question)
    assert a.found and "耕地保有量" in a.answer and "能源消耗" not in a.answer, a.answer
    assert "2项" in norm(a.answer) or "共" not in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("地区生产总值年均增长目标是多少？", "5左右"),
    ("十五五期间地区生产总值年均增长多少？", "5左右"),
    ("人均预期寿命2030年目标是多少？", "83.5"),
    ("人均预期寿命的目标是多少？", "83.5"),
    ("森林覆盖率要达到多少？", "31"),
])
def test_a_target_asked_of_the_plans_period_is_its_own(qe, question, value):
    a = qe.ask(question)
    assert a.found and value in norm(said(a)), a.answer
    assert "6%" not in norm(said(a)) and "9000" not in norm(a.answer) and "82.6" not in norm(a.answer), a.answer


@pytest.mark.parametrize("question, value", [
    ("十四五时期人均预期寿命完成了多少？", "82.6"),
    ("“十四五”期间森林覆盖率实际达到多少？", "30.4"),
    ("2025年地区生产总值完成情况如何？", "8650"),
    ("十四五规划的单位地区生产总值能源消耗降低完成了多少？", "15.2"),
    ("人均预期寿命原定的规划目标是多少？", ">82"),
])
def test_the_previous_period_asked_reads_the_review(qe, question, value):
    a = qe.ask(question)
    assert a.found and value in norm(a.answer), a.answer


@pytest.mark.parametrize("question", [
    "“十四五”规划指标中约束性指标有几项？",
    "十四五规划纲要指标完成情况中有几项约束性指标？",
])
def test_the_reviews_own_count_when_its_period_is_named(qe, question):
    a = qe.ask(question)
    assert a.found and "2项" in norm(a.answer) and "能源消耗" in a.answer and "耕地" not in a.answer, a.answer
