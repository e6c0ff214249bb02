"""A refusal for another place names the plan's own place as the figure's owner: the last of the places chained at
the head of its title (lane trust12, exam set 12's e12-u06: 「静安区…新增跨国公司地区总部数」 over the 上海市长宁区
plan said the figure was 上海市's, when it is 长宁区's).

Invented plan: tests/data/chained-home-plan.md (江南省临川市青禾区…纲要).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "chained-home-plan.md"


def test_the_plans_own_place_is_the_last_of_its_titles_chain(plan):
    from qa.checks.places import home_place

    assert home_place(plan.kb, None) == "青禾区"


@pytest.mark.parametrize("question", [
    "红石区2030年地区生产总值目标是多少？",
    "到2030年，红石区地区生产总值要达到多少？",
])
def test_the_refusal_never_names_a_place_the_plan_lies_in(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "临川市的" not in a.answer and "江南省的" not in a.answer
