"""Figures set 15 read wrong or refused, on an invented county plan (tests/data/trust17-plan.md).

- A round figure the measure steps past (「迈上300亿元台阶」「突破20亿元大关」) is a mark, not the level: the level
  is the figure the same sentence says it reached (318亿元).
- A second part pointing at the earlier part's span (「那五年」「这期间」) asks that period's figure, answered from the
  sentence that prints it.
- A name made of kind words only (灌区工程) inside a 专栏 item titled by the asked works is a part of those works: the
  item's figures are the works' own; a name of its own (东区水厂) still owns its figure.
- 「X全市」 is the place X市 said whole, never another place than the plan's.
"""
from __future__ import annotations

import pytest

from qa.checks.ownership import _kind_only
from qa.checks.places import lead_places
from tests.conftest import DATA

PLAN = DATA / "trust17-plan.md"


@pytest.mark.parametrize("question", [
    "“十三五”末全县生产总值到了多少？",
    "十三五末青石县生产总值达到多少？",
    "全县生产总值“十三五”末是多少亿元？",
])
def test_milestone_is_not_the_level(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "318亿元" in a.answer and "：300亿元" not in a.answer, a.answer


@pytest.mark.parametrize("question, values", [
    ("“十三五”末全县生产总值到了多少？那五年年均增长多少？", ("318亿元", "6.2%")),
    ("十三五末全县生产总值是多少，这期间年均增长多少？", ("318亿元", "6.2%")),
    ("青石全县“十三五”末生产总值到了多少？这五年年均增长多少？", ("318亿元", "6.2%")),
])
def test_span_pointer_part(plan, question, values):
    a = plan.ask(question)
    assert a.found, a.answer
    for v in values:
        assert v in a.answer, a.answer
    assert "未找到" not in a.answer and "不是" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "白鹭水库工程建成后总共能灌溉多少万亩？",
    "白鹭水库工程灌溉面积有多大？",
    "白鹭水库工程的总灌溉面积是多少？",
])
def test_titled_works_own_their_parts(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "18.6万亩" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "城乡供水工程的西区水厂规模多大？",
    "西区水厂每天供水规模多少？",
])
def test_named_part_keeps_its_figure(plan, question):
    a = plan.ask(question)
    assert "3万吨" not in a.answer, a.answer


def test_kind_only_names():
    assert _kind_only("灌区工程") and _kind_only("电站项目")
    assert not _kind_only("东区水厂") and not _kind_only("白鹭水库工程")


def test_place_said_whole():
    assert [p for p, _, _ in lead_places("青石全县生产总值多少")] == ["青石县"]


@pytest.mark.parametrize("question, values", [
    ("人均预期寿命现在多少岁，规划末要到多少岁？", ("77.2", "78.5")),
    ("人均预期寿命目前是多少？", ("77.2",)),
])
def test_goal_row_states_the_present_too(plan, question, values):
    a = plan.ask(question)
    assert a.found, a.answer
    for v in values:
        assert v in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "城乡供水工程能管多少人喝水？",
    "城乡供水工程能解决多少人吃水？",
    "城乡供水工程能供多少人用水？",
])
def test_people_served_by_water_works(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "30万人" in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("规划要推动盘活利用多少闲置厂房？", "120万平方米"),
    ("要盘活利用多少闲置厂房", "120万平方米"),
    ("闲置厂房盘活利用多少？", "120万平方米"),
])
def test_acts_asked_before_their_object(plan, question, value):
    a = plan.ask(question)
    assert a.found, a.answer
    assert value in a.answer, a.answer


def test_acts_of_another_object_refused(plan):
    a = plan.ask("要盘活利用多少闲置仓库？")
    assert not a.found or "120万平方米" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "规划打算怎样推动码头岸电设施全覆盖？",
    "码头岸电设施全覆盖怎么推进？",
])
def test_how_answer_is_no_heading_line(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "3.1推动码头岸电设施全覆盖" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "东河综合治理要治理多少公里河道？",
    "东河综合治理工程治理河道多少公里？",
    "青江治理治理河道多少公里？",
])
def test_joint_total_is_no_members(plan, question):
    a = plan.ask(question)
    assert not a.found or "45公里" not in a.answer, a.answer


def test_joint_total_is_the_joint_works(plan):
    a = plan.ask("青江治理和东河综合治理工程一共治理多少公里河道？")
    assert a.found and "45公里" in a.answer, a.answer
