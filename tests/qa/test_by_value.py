"""Reverse look-up of a work by its own figure (issue 11, class 8), on a made-up county plan.

「哪个项目规划用地800亩？」 names the work whose extracted figure has that value in that unit;
the kind word after 哪个 narrows the owners; a figure of another kind (an output value for an
investment, a width for a length) or a value no work holds answers nothing here.
"""
from __future__ import annotations

import pytest

from qa.values.by_value import answer_work_by_value
from tests.conftest import DATA

PLAN = DATA / "qa-several-figures-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize(
    "question, owner",
    [
        ("哪个项目规划用地800亩？", "青石新能源产业园"),
        ("规划用地500亩的是哪个园区？", "青溪航空航天新型材料产业园"),
        ("总投资2.6亿的是哪个项目？", "云桥物流中心"),
        ("哪个项目投资2.6亿元？", "云桥物流中心"),
        ("用地150亩的是哪个项目", "云桥物流中心"),
    ],
)
def test_work_named_by_its_figure(county, question, owner):
    a = county.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == [owner], a.answer
    assert a.citations and all(c.text for c in a.citations)


@pytest.mark.parametrize(
    "question",
    [
        "哪个项目规划用地700亩？",   # no work holds the value
        "哪个项目年产值2.6亿元？",   # 2.6亿元 is an investment, not an output value
        "哪个项目规划用地800平方米？",  # 800亩 is no 800平方米
        "哪个指标2020年是96.5？",    # the indicator table's look-up, not a work's
    ],
)
def test_no_work_holds_the_asked_figure(county, question):
    assert answer_work_by_value(county.kb, question) is None


def test_a_value_inside_a_name_is_no_look_up(engine_for):
    # 「110千伏东关变电站」 is named by its voltage: 「110千伏变电站是哪个」 asks for the name, not for a figure's owner.
    sites = engine_for(DATA / "sites-plan.txt")
    assert answer_work_by_value(sites.kb, "青溪县110千伏变电站是哪个？") is None
