"""A run printing one measure's value before each noun (「时速400公里高速轮轨、时速600公里高速磁悬浮等」): each value is
the noun's printed right after it, never the noun's before it — qa.values.prenominal.member_shares."""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import spaceless_labels

PLAN = DATA / "qa-measured-members-plan.md"


@pytest.fixture(scope="module")
def province(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question,value", [
    ("高速磁悬浮的交付运营时速是多少？", "600公里"),
    ("规划里高速磁悬浮时速要达到多少公里？", "600公里"),
    ("高速轮轨的交付运营时速目标是多少？", "400公里"),
    ("环湖城际铁路的设计时速是多少？", "200公里"),
    ("沿江高铁设计时速多少公里？", "350公里"),
])
def test_each_member_gets_the_value_before_it(province, question, value):
    a = province.ask(question)
    assert a.found and spaceless_labels(a) == [value], a.answer


@pytest.mark.parametrize("question,values", [
    ("高速轮轨和高速磁悬浮的交付运营时速目标分别是多少？", ["400公里", "600公里"]),
    ("高速磁悬浮和高速轮轨的运营时速各是多少？", ["600公里", "400公里"]),
    ("沿江高铁和环湖城际铁路的设计时速分别是多少？", ["350公里", "200公里"]),
])
def test_several_members_asked_at_once(province, question, values):
    a = province.ask(question)
    assert a.found and spaceless_labels(a) == values, a.answer
