"""A threshold asked (「单个项目门槛是多大投资」「投资门槛是多少」) read as the bound the plan prints before the name
(「引进投资3000万元以上的项目15个以上」). Set 14 e14-02 was not found while its citation printed the bound. Invented plan.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "threshold-plan.md"


@pytest.mark.parametrize("question", [
    "单个项目门槛是多大投资？",
    "项目的投资门槛是多少？",
    "单个项目投资门槛多大？",
])
def test_the_printed_bound_answers(plan, question):
    a = plan.ask(question)
    assert a.found and "3000万元" in a.answer, a.answer


def test_a_threshold_of_another_kind_is_not_the_investment(plan):
    a = plan.ask("标准厂房入驻门槛是多大面积？")
    assert "3000万元" not in a.answer.split("以下段落")[0], a.answer
