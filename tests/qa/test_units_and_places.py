"""Where a thing is, lists and how-answers on an area plan's layout (invented plan: tests/data/where18-plan.txt).

- 「“X”放在哪个重点区域里打造」: the part of 三、重点区域 printing X (or the unit X's sentence names); a thing under no
  heading of the kind is refused with its place, never given a neighbouring area.
- 「柳溪镇有哪些项目或安排」: works named after the town, and those the plan sites there by other names (项目选址柳溪镇…,
  …落户青禾（柳溪镇）, 在A、柳溪镇、B等地区开展…) — never what a sentence names beside it (云峰机场).
- 「专栏1里智能装备以哪几个地方为核心布局」: the run printed 「以A、B、C为核心」, whatever verb the asker adds.
- 「怎样推动内河航运绿色化转型」: a numbered heading line kept as a paragraph answers with the paragraph under it.
- 「重点发展哪些产业」: names ending with the kind's word, not clauses holding it (产业转移, 产业体系).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "where18-plan.txt"


@pytest.mark.parametrize("question, area", [
    ("“国际茶文化展示中心”放在哪个重点区域里打造？", "滨江区域"),
    ("国际茶文化展示中心布局在哪个区域？", "滨江区域"),
    ("青禾非遗工坊集聚区放在哪个重点区域？", "古镇片区"),
    ("老街风貌修缮安排在哪个区域？", "古镇片区"),
    # printed first under the tasks, then under its area: the area's heading answers
    ("码头仓库改造放在哪个重点区域？", "滨江区域"),
    # asked the other way round
    ("哪个重点区域要打造国际茶文化展示中心？", "滨江区域"),
    ("哪个区域推进老街风貌修缮？", "古镇片区"),
])
def test_the_area_heading_a_thing_is_printed_under(plan, question, area):
    a = plan.ask(question)
    assert a.found and area in a.answer and "重点区域" in a.answer, a.answer
    assert a.citations, a.answer
    assert not any(other in a.answer for other in {"滨江区域", "古镇片区", "北部组团"} - {area}), a.answer


@pytest.mark.parametrize("question, park", [("北湖装备检测中心放在哪个园区？", "智能装备产业园"),
                                            ("青禾药谷孵化器布局在哪个园区？", "生物医药产业园")])
def test_the_park_a_run_in_title_names(plan, question, park):
    # 「（五）建设两个特色园区」 prints its parks as run-in titles (「打造智能装备产业园。…」)
    a = plan.ask(question)
    assert a.found and park in a.answer, a.answer
    other = ({"智能装备产业园", "生物医药产业园"} - {park}).pop()
    assert other not in a.answer, a.answer


def test_the_unit_its_own_sentence_names(plan):
    a = plan.ask("低空经济产业园布局在哪个片区？")
    assert a.found and "江南新片区" in a.answer, a.answer


@pytest.mark.parametrize("question", ["青禾国际设计之都放在哪个重点区域里？", "“海洋牧场”放在哪个重点区域？",
                                      "青禾药谷孵化器放在哪个片区？", "哪个重点区域要建设海洋牧场？",
                                      # words only a heading prints (（五）建设两个特色园区): that heading is under no area
                                      "两个特色园区建在哪个片区？"])
def test_a_thing_under_no_area_is_refused(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert not any(area in a.answer for area in ("滨江区域", "古镇片区", "北部组团")), a.answer


@pytest.mark.parametrize("question", ["柳溪镇有哪些项目或安排？", "柳溪镇在规划里有哪些项目和安排？", "柳溪镇有哪些项目？"])
def test_works_sited_in_a_town(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    for work in ("柳溪客运站", "数字装备产业园", "省级物流枢纽", "高标准农田建设"):
        assert work in a.answer, a.answer
    assert "云峰机场" not in a.answer, a.answer


def test_a_town_only_listed_among_others(plan):
    a = plan.ask("石桥镇有哪些项目？")
    assert a.found and "高标准农田建设" in a.answer, a.answer
    assert "柳溪客运站" not in a.answer and "数字装备产业园" not in a.answer, a.answer


def test_a_town_the_plan_never_names(plan):
    a = plan.ask("白沙镇有哪些项目？")
    assert not a.found, a.answer


@pytest.mark.parametrize("question", ["专栏1里智能装备以哪几个地方为核心布局？", "智能装备以哪些区为核心？",
                                      "专栏1中智能装备以哪几个区为核心打造产业创新带？"])
def test_a_run_given_a_role(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == ["滨江", "古镇", "北湖"], a.answer


def test_a_role_the_plan_does_not_print(plan):
    # 生物医药 is printed 「重点布局滨江、北湖、石桥」: no run 为核心
    a = plan.ask("生物医药以哪几个地方为核心布局？")
    assert not a.found, a.answer


@pytest.mark.parametrize("question", ["怎样推动内河航运绿色化转型？", "规划打算怎么推动内河航运绿色化转型？",
                                      "内河航运绿色化转型要怎么推进？"])
def test_a_how_answer_under_a_heading_line(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "绿色燃料加注中心" in a.answer, a.answer
    assert not a.answer.startswith("规划中的相关表述：1.1"), a.answer


@pytest.mark.parametrize("question", ["规划重点发展哪些产业？", "重点发展哪些产业？", "规划提出要发展哪些产业？"])
def test_industries_named_not_clauses(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    for industry in ("智能装备产业", "生物医药产业", "工业软件"):
        assert industry in a.answer, a.answer
    assert "沿海地区产业" not in a.answer and "构建产业" not in a.answer, a.answer
    # the goals a sentence announces holding 产业 somewhere (「奋斗目标是：高端产业引领力…」) are no industries
    assert "城区功能实现新跃升" not in a.answer, a.answer
