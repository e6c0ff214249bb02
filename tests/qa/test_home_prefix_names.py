"""A thing printed with and without the plan's own place before it (戊川工业园创新创业孵化基地, 工业园创新创业孵化基地) is
one thing: a short form of both asks no question back (seedwords3 b4: 「创新创业孵化基地要培育多少家高新企业」 asked
which of 工业园… and 零陵工业园…); a prefix naming anything else (航空航天) is still another thing.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(DATA / "home-prefix-plan.txt")


@pytest.mark.parametrize("question", [
    "创新创业孵化基地要培育多少家高新企业", "孵化基地要培育几家高新企业？", "创新创业孵化基地打算培育多少家高新企业",
])
def test_one_thing_printed_with_its_home_place(plan, question):
    a = plan.ask(question)
    assert a.kind != "clarify", a.answer
    assert a.found and "30家" in a.answer, a.answer


def test_a_prefix_naming_another_thing_is_not_collapsed(plan):
    a = plan.ask("新材料产业园2025年产值多少")
    assert a.found and "80亿元" in a.answer and "40亿元" not in a.answer.split("另")[0], a.answer
