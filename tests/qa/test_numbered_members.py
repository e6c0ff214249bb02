"""Members numbered 第一，…第N， through a heading with paragraphs going on between them (an old national plan's way,
the 1976 十年规划纲要): they are the heading's parts — counted, named in order, the N-th one given — while a lead-in's
「- 交通，48亿元」 list before them and the （1）（2） under one of them are no parts of it: numbering levels are read
from the order the numbering families appear under the heading (kg.ingest.markers.member_levels)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "layout13-ordinals-plan.md"


@pytest.mark.parametrize("question,count", [
    ("大力发展林业一共有几条？", "4"),
    ("“大力发展林业”这一部分一共提出了几条？", "4"),
    ("基本建设要集中力量一共有几条？", "5"),
    ("“基本建设要集中力量”下面有几条？", "5"),
])
def test_members_counted(engine_for, question, count):
    a = engine_for(PLAN).ask(question)
    assert a.found and f"{count}条" in a.answer, a.answer
    assert "交通" not in a.answer and "小城镇" not in a.answer, a.answer


@pytest.mark.parametrize("question,expected", [
    ("大力发展林业的第三条是什么？", "实行采育结合的方针"),
    ("大力发展林业第二条讲的是什么？", "切实搞好用材林、经济林、防护林三种林的布局"),
    ("基本建设要集中力量的第一条是什么？", "加强全局观念"),
    ("“基本建设要集中力量”下面的第四条是什么？", "实行投资包干"),
])
def test_nth_member(engine_for, question, expected):
    a = engine_for(PLAN).ask(question)
    assert a.found and expected in a.answer, a.answer


def test_nth_past_the_last_member(engine_for):
    a = engine_for(PLAN).ask("大力发展林业的第六条是什么？")
    assert not a.found and "4" in a.answer, a.answer


@pytest.mark.parametrize("question,number", [
    ("“封山育林”放在哪一块？", 1),                      # a paragraph going on after 第一，
    ("“油茶基地”放在大力发展林业的哪一块？", 3),          # after 第三，, before 第四，
    ("“采育结合”放在哪一块？", 3),                      # inside 第三，
    ("“责任制”放在规划的什么位置？", 4),                 # 第四， under 三、, after a lead-in's 「- 」 list
])
def test_position_names_the_member(engine_for, question, number):
    a = engine_for(PLAN).ask(question)
    assert a.found and f"第{number}条" in a.answer, a.answer


def test_a_paragraph_before_the_first_member_is_in_none(engine_for):
    a = engine_for(PLAN).ask("“生态安全”放在哪一块？")
    assert a.found and "大力发展林业" in a.answer and "条" not in a.answer, a.answer


TITLED = DATA / "layout13-titleline-plan.txt"


@pytest.mark.parametrize("question,count,first", [
    ("实现农业基本建设计划的必要措施一共有多少条？", 4, "提高农田建设的计划性"),
    ("必要措施一共有几条？", 4, "提高农田建设的计划性"),
    ("技术推广工作有几条？", 2, "建立农业技术推广站"),
    ("必要措施的第三条下面又列了几项？", 3, "在各施工单位中实行责任制"),
    ("必要措施的第三条下面有几项？", 3, "在各施工单位中实行责任制"),
])
def test_members_under_a_title_line(engine_for, question, count, first):
    # 1955 layout: （二） is a title line inside 第一节, its members 第一，…第四，, （1）…（3） under 第三，
    a = engine_for(TITLED).ask(question)
    assert a.found and f"共列{count}" in a.answer and a.items[0].label.startswith(first), a.answer


def test_a_member_with_nothing_under_it(engine_for):
    a = engine_for(TITLED).ask("必要措施的第二条下面又列了几项？")
    assert "3" not in a.answer.split("：")[0], a.answer
