"""Groups of one kind told apart by their scale (3个百亿产业集群（A、B、C）、3个五十亿产业集群（D、E、F）, lane table19):
each bracket is its own run, named by the words before it, so the group asked is answered with its own members;
a table row naming another scale (百亿产业集群规模) answers no question of the 五十亿 groups."""
from __future__ import annotations

import pytest

from qa.enumerations.enumerated import enumerations_in
from tests.conftest import DATA

PLAN = DATA / "table19-scaled-groups-plan.md"


def test_each_bracketed_group_is_its_own_run():
    runs = enumerations_in("指云岭区3个百亿产业集群(智能装备、数字文创、商贸物流)、3个五十亿产业集群(精细化工、绿色建材、预制菜)和特色园区")
    assert [members for _, members in runs] == [("智能装备", "数字文创", "商贸物流"), ("精细化工", "绿色建材", "预制菜")]
    assert runs[1][0].startswith("3个五十亿产业集群")


def test_one_bracketed_group_still_read_whole():
    assert enumerations_in("大力推广十二字经验(焊、补、喷、镀)")[0][1] == ("焊", "补", "喷", "镀")


@pytest.mark.parametrize("question", [
    "云岭规划里的三个五十亿产业集群是哪三个？",
    "3个五十亿产业集群分别是哪些？",
    "三大五十亿产业集群包括哪些？",
])
def test_the_scale_asked_gets_its_own_members(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and all(m in a.answer for m in ("精细化工", "绿色建材", "预制菜")), a.answer
    assert "智能装备" not in "".join(i.label for i in a.items), a.answer
    assert "300亿元" not in a.answer, a.answer


def test_the_other_scale_gets_its_members(engine_for):
    a = engine_for(PLAN).ask("三个百亿产业集群是哪三个？")
    assert a.found and all(m in a.answer for m in ("智能装备", "数字文创", "商贸物流")), a.answer


def test_row_of_its_own_scale_still_answers(engine_for):
    a = engine_for(PLAN).ask("百亿产业集群规模2030年目标是多少？")
    assert a.found and "智能装备：300亿元" in a.answer, a.answer


def test_scale_no_group_has_is_refused_a_row_of_another(engine_for):
    # trap: the plan has no 五十亿 row in its table; the 百亿 row's figures answer nothing of it
    a = engine_for(PLAN).ask("五十亿产业集群规模2030年要达到多少亿元？")
    assert "300亿元" not in a.answer and "200亿元" not in a.answer, a.answer
