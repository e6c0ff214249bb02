"""An invented district special plan ending with two annexes flattened one cell a paragraph (a portal
conversion): 附件1, an indicator table 序号/类型/指标名称/指标单位/2025年目标值/属性 with 类型 printed once per
group, and 附件2, a 项目清单 of numbered rows. The table's rows are read (values said with their unit, the
body sentence restating a row cited), a row whose target is in words answers no count, each annex is a
heading of its own (xref, its row count) and the table's own name is its printed title.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-annex-tables-plan.md"


@pytest.mark.parametrize("question, figure", [
    ("近代建筑保护修缮面积的目标是多少？", "8.5万平方米"),
    ("遗产步道线路数到2025年要达到几条？", "3条"),
])
def test_row_value_said_with_its_unit(plan, question, figure):
    a = plan.ask(question)
    assert a.found and figure in a.answer, a.answer


def test_body_sentence_restating_the_row_cited(plan):
    a = plan.ask("近代建筑保护修缮面积的目标是多少？")
    assert any("完成近代建筑保护修缮面积8.5万平方米" in c.text for c in a.citations), a.citations


@pytest.mark.parametrize("question, attribute", [
    ("指标表里近代建筑保护修缮面积算预期性还是约束性？", "约束性"),
    ("革命旧址修缮改造这项指标是什么属性？", "预期性"),
])
def test_attribute_of_a_row(plan, question, attribute):
    a = plan.ask(question)
    assert a.found and attribute in a.answer, a.answer


def test_group_printed_once_carried_to_the_rows_below(plan):
    a = plan.ask("保护修缮类指标有哪些？")
    assert a.found and "革命旧址修缮改造" in a.answer and "遗产步道线路数" not in a.answer, a.answer


def test_target_in_words_answers_no_count(plan):
    a = plan.ask("文博场馆要新增多少名讲解员？")
    assert not a.found and "完成市下达目标" in a.answer, a.answer


@pytest.mark.parametrize("question, count", [
    ("附件2那个重点项目清单一共列了多少项？", "4项"),
    ("附件二有几个项目？", "4项"),
    ("附件1列了多少项指标？", "4项"),
])
def test_annex_rows_counted(plan, question, count):
    a = plan.ask(question)
    assert a.found and count in a.answer, a.answer


def test_annex_is_its_own_heading_in_xref(plan):
    a = plan.ask("“一址一档”在规划哪几块提到了？")
    assert a.found and "附件2" in a.answer and "前言/附录" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["那张指标表的表名叫啥？", "指标表的标题是什么？"])
def test_table_name(plan, question):
    a = plan.ask(question)
    assert a.found and "“十四五”时期某区文化遗产保护利用规划指标" in a.answer, a.answer


@pytest.mark.parametrize("question, figures", [
    ("革命旧址要修缮改造几处？遗产步道线路要打造几条？", ("6处", "3条")),
    ("近代建筑保护修缮面积定了多少；遗产步道线路数呢？", ("8.5万平方米", "3条")),
])
def test_two_rows_in_two_parts(plan, question, figures):
    a = plan.ask(question)
    assert a.found and all(f in a.answer for f in figures), a.answer
