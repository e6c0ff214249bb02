"""Questions on a table as a table (issue 11, classes 4 and 8), on an invented plan whose indicator table
reports the period before beside its targets (two header rows: 2015年 over 规划目标 / 实现情况).

Its row count by its title, the rows filling a column, a value looked up in any column, a row's target
and actual kept apart, what the note under it says of a column — and the plan's own prose figures for
its own years not pre-empted by the review table.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-outcome-table-plan.md"


@pytest.mark.parametrize("question", [
    "“十二五”规划主要指标完成情况那张表一共列了多少项指标？",
    "主要指标完成情况表里有几个指标？",
    "“十二五”规划主要指标完成情况表里有哪些指标？",
])
def test_row_count_of_a_table_named_by_its_title(plan, question):
    a = plan.ask(question)
    assert a.found and "6项" in a.answer, a.answer
    assert [i.label for i in a.items][:2] == ["地区生产总值", "一般公共预算收入"]


@pytest.mark.parametrize("question, rows", [
    ("表里实现情况年均增长那一栏有数的是哪几项？",
     ["地区生产总值", "一般公共预算收入", "高新技术产业增加值", "城镇居民人均可支配收入", "森林覆盖率"]),
    ("指标表里年均增长那一栏填了具体数的是哪些？",
     ["地区生产总值", "一般公共预算收入", "高新技术产业增加值", "城镇居民人均可支配收入", "森林覆盖率"]),
    ("表里2010年那一列填了数的是哪几项？",
     ["地区生产总值", "一般公共预算收入", "高新技术产业增加值", "城镇居民人均可支配收入", "森林覆盖率"]),
])
def test_rows_filling_a_column(plan, question, rows):
    a = plan.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == rows, a.answer


@pytest.mark.parametrize("question, row", [
    ("表里实现情况2015年是35.1的是哪一项？", "一般公共预算收入"),
    ("2015年规划目标为70的是哪个指标？", "高新技术产业增加值"),
    ("表里实际年均增长10.1的是哪一项？", "高新技术产业增加值"),
])
def test_value_looked_up_in_a_column(plan, question, row):
    a = plan.ask(question)
    assert a.found and [i.label for i in a.items] == [row], a.answer


def test_target_and_actual_kept_apart(plan):
    a = plan.ask("高新技术产业增加值2015年的规划目标是多少？实际完成了多少？")
    assert a.found and "70" in a.answer and "64.5" in a.answer, a.answer
    growth = plan.ask("一般公共预算收入实际年均增长多少？")
    assert growth.found and "11.9" in growth.answer and "为10" not in growth.answer, growth.answer
    target = plan.ask("一般公共预算收入当初规划的年均增长是多少？")
    assert target.found and "10" in target.answer and "11.9" not in target.answer, target.answer
    # no value the table reports in the 实现情况 column is said for 规划目标 (and the reverse)
    assert plan.ask("表里实现情况2015年是70的是哪一项？").items == []


@pytest.mark.parametrize("question, kind", [
    ("表里2015年那一列是快报数还是实际数？", "快报数"),
    ("主要指标完成情况表里15年的数据是快报的吗？", "快报数"),
    ("表里〔 〕是什么意思？", "累计数"),
    ("2015年的数据是快报数还是实际数？", "快报数"),
])
def test_note_under_the_table_answers_a_column(plan, question, kind):
    a = plan.ask(question)
    assert a.found and a.answer.startswith(kind), a.answer
    assert any("快报数" in c.text for c in a.citations)


def test_note_silent_on_the_asked_column(plan):
    a = plan.ask("表里2010年那一列是预计数吗？")
    assert not a.found and "表注" in a.answer, a.answer


def test_the_plan_years_are_read_in_its_prose(plan):
    # the table reports 2010 and 2015: a 2020 figure is the plan's own, stated in its prose
    a = plan.ask("到2020年地区生产总值要达到多少？")
    assert a.found and "800亿元" in a.answer, a.answer
