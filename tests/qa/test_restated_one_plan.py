"""A figure restated elsewhere is restated in the same plan only.

Two county plans served together, no --plan: 杉源县's indicator table gives 地区生产总值 125 for 2025 and 桐岭县's
prose 500亿元. 「地区生产总值目标是多少」 once gave 杉源县's 125 and went on 「另，正文第2章：500亿元…，与上不同」 —
桐岭县's figure presented as 杉源县's own prose disagreeing with its table.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA, MINI_PLAN, hash_engine


@pytest.fixture(scope="module")
def two_counties(tmp_path_factory):
    return hash_engine(tmp_path_factory, [MINI_PLAN, DATA / "tongling-prose-plan.txt"], "two-counties")


@pytest.mark.parametrize("question", ["地区生产总值目标是多少", "GDP到2025年要达到多少", "2025年地区生产总值预期达到多少亿元"])
def test_another_plans_figure_is_no_restatement(two_counties, question):
    a = two_counties.ask(question)
    assert a.found
    first = a.items[0].citation.plan
    assert all(i.citation.plan == first for i in a.items if i.citation)
    assert all(c.plan == first for c in a.citations)
    assert "与上不同" not in a.answer


def test_a_question_scoped_to_a_plan_is_answered_from_it(two_counties):
    a = two_counties.ask("桐岭县地区生产总值目标是多少", plan="tongling-prose-plan")
    assert a.found and "500亿元" in a.answer and {c.plan for c in a.citations} == {"tongling-prose-plan"}


@pytest.mark.parametrize("question, value, plan", [
    ("桐岭县地区生产总值目标是多少", "500亿元", "tongling-prose-plan"),
    ("桐岭县的GDP到2025年要达到多少", "500亿元", "tongling-prose-plan"),
    ("杉源县地区生产总值2025年目标是多少", "125亿元", "mini-plan"),
])
def test_a_question_naming_one_served_plans_region_is_answered_from_that_plan(two_counties, question, value, plan):
    """「桐岭县地区生产总值目标是多少」 with no --plan once gave 杉源县's 125亿元: the county named is the scope."""
    a = two_counties.ask(question)
    assert a.found and value in a.answer and {c.plan for c in a.citations} == {plan}
