"""A 实施方案 numbering its tasks 1.…N straight through its 一、 parts, some parts grouping them under （一）, each task
ending in 「（责任单位：…）」 that names districts and a university, and a short form it coins (「（简称“…”）」), on an
invented 行动方案: its parts listed, its tasks counted (the whole plan's and one part's), a task's units counted, the
short form explained; traps: a task printed without units, a term the plan never declares."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-straight-items-plan.md"
PARTS = ("夯实水网数据底座", "推进智慧水网场景应用", "打造水网创新试验区", "强化组织保障")


@pytest.mark.parametrize("question", ["这个方案分了哪几个部分？", "方案由哪几部分组成？", "行动方案分成了哪几个部分？"])
def test_parts_listed(plan, question):
    a = plan.ask(question)
    assert a.found and all(p in a.answer for p in PARTS), a.answer


@pytest.mark.parametrize("question", ["方案一共列了多少项具体任务？", "行动方案一共有多少条任务？"])
def test_tasks_counted_through_the_parts(plan, question):
    a = plan.ask(question)
    assert a.found and "12" in a.answer and "第4—7条" in a.answer, a.answer


@pytest.mark.parametrize("question", ["打造水网创新试验区这部分有几项任务？", "打造水网创新试验区这部分有几条？"])
def test_tasks_of_a_part_counted_past_its_groups(plan, question):
    a = plan.ask(question)
    assert a.found and "共列4" in a.answer and "第8—9条" in a.answer and "第10—11条" in a.answer, a.answer


def test_groups_still_counted_as_aspects(plan):
    a = plan.ask("打造水网创新试验区这部分分了几个方面？")
    assert a.found and "2个方面" in a.answer, a.answer


@pytest.mark.parametrize("question", ["创新试验区专项政策这项工作涉及几个责任单位？", "创新试验区专项政策有多少家责任单位？"])
def test_units_counted(plan, question):
    a = plan.ask(question)
    assert a.found and "共5个单位" in a.answer and "南湾区" in a.answer, a.answer


@pytest.mark.parametrize("question, units", [
    ("建设水网联合实验室由哪些单位负责？", ["市科委", "青禾理工大学", "南湾区"]),
    ("建立水网感知体系的责任单位是谁？", ["市水务局", "东湖区", "西岭区"]),
])
def test_districts_and_universities_are_units(plan, question, units):
    a = plan.ask(question)
    assert a.found and all(u in a.answer for u in units), a.answer


def test_task_without_units_refused(plan):
    a = plan.ask("推广智能水表由哪些单位负责？")
    assert not a.found and "没有写明" in a.answer, a.answer


@pytest.mark.parametrize("question", ["“水网细胞”指的是什么？", "什么是水网细胞？", "水网细胞是什么意思？"])
def test_declared_short_form_explained(plan, question):
    a = plan.ask(question)
    assert a.found and "水网最小感知单元" in a.answer and a.citations, a.answer
    assert "水网最小感知单元" in a.citations[0].text


def test_undeclared_term_is_no_short_form(plan):
    a = plan.ask("水网一张图是什么意思？")
    assert "简称" not in a.answer, a.answer
