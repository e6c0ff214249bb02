"""Trust classes of lane trust22, asked of an invented plan (tests/data/trust22-plan.md).

- A time word said before the plan's own area (「目前全区…」) is no place: 目前全区 is not a district 「目前区」.
- A figure its own clause gives to another, larger place (「在全省…引进5000家」 in a 名词解释 of a provincial
  programme) is not the plan's own area's.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "trust22-plan.md"


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question, value", [
    ("目前全区市级以上龙头企业有多少家？", "28"),
    ("现在全区规模工业企业有多少家", "96"),
])
def test_a_time_word_before_the_own_area_is_no_place(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "青禾区要引进多少家创新创业企业？",
    "全区计划引进创新创业企业多少家",
])
def test_a_figure_its_clause_gives_to_a_larger_place_is_not_the_plans(plan, question):
    a = plan.ask(question)
    assert not a.found and "5000" not in a.answer.split("（")[0], a.answer
