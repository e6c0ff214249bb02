"""Figures with the wrong owner, on an invented county plan (tests/data/trust18-plan.md).

- A figure whose subject is several works joined (「A和B工程。新建堤防18公里」「实施A工程和B工程，清淤…」「新建甲、乙
  水厂，供水规模…」) is the joint's, never one member's — with or without 共; a member named alone before its own
  figure (「…，B工程新建护岸5公里」), a clause whose act only one member's name holds (北湖清淤工程's 清淤土方), a 分别
  run and a project pointed at by a name it holds (「县医院那个项目」) are not joints of the asked one.
- The joint asked whole (「A和B工程一共/新建…多少」) is one owner: its printed figure answers first, never split into
  members that have none.
- A count is of the noun printed after it (「引进800家科技企业」): a question asking neither that noun nor its counting
  word (「标准厂房园区每年要建成多少」) is not answered by it; a figure for 三年 answers no 每年 asked.
- A count after examples and 等 (「城北小区等45个老旧小区」「东港、西港等三个货运码头」) is the kind's, never an example's.
- A 分别 run under a joint title gives the members their values in order; a short name of the one head a run
  modifies (「妇幼保健中心」 of 妇幼保健及计划生育服务中心) is that thing, no member.
- Sums of names holding 及, a title asked without a modifier (整体), things counted asked before their verb
  (「产业链企业每年要筛选多少家」): answered, with unprinted traps refused.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "trust18-plan.md"


@pytest.mark.parametrize("question, value", [
    ("南溪综合治理工程新建堤防多少公里？", "18公里"),
    ("南溪综合治理工程要建多长的堤防？", "18公里"),
    ("南溪综合治理工程整治河道多少公里？", "32公里"),
    ("西塘整治工程清淤土方多少？", "120万立方米"),
    ("乙岭水厂供水规模多少？", "6万吨"),
    ("甲山水厂每天供水多少吨？", "6万吨"),
    ("妇幼保健中心新增多少张床位？", "300张"),
])
def test_joint_figure_is_no_members(plan, question, value):
    a = plan.ask(question)
    assert not a.found or value not in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("青川治理和南溪综合治理工程新建堤防多少公里？", "18公里"),
    ("青川治理和南溪综合治理工程一共整治多少公里河道？", "32公里"),
    ("青川治理和南溪综合治理工程总共要建多少公里堤防？", "18公里"),
])
def test_joint_asked_whole(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer
    assert "未找到" not in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("西塘整治工程新建护岸多少公里？", "5公里"),   # named alone before its own figure
    ("北湖清淤工程清淤土方多少万立方米？", "120万立方米"),  # the clause's act is that member's words alone
    ("县医院那个项目新增多少张床位？", "300张"),    # the project pointed at by a name it holds
    ("县医院那个项目规划用地多少亩？", "30亩"),
])
def test_member_named_alone_or_pointed(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "标准厂房园区每年要建成多少？",
    "每年要建成多少标准厂房？",
    "园区标准厂房每年建成多少？",
])
def test_count_of_another_noun_refused(plan, question):
    a = plan.ask(question)
    assert "800家" not in a.answer or not a.found, a.answer


@pytest.mark.parametrize("question", [
    "要引进多少家科技企业？",
    "“246”工程要引进多少家企业？",
])
def test_count_of_the_asked_noun(plan, question):
    a = plan.ask(question)
    assert a.found and "800家" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "县疾控中心及计划免疫服务站建设项目和县光荣院两个项目总建筑面积加起来多少？",
    "县光荣院和县疾控中心及计划免疫服务站两个项目总建筑面积一共多少？",
])
def test_sum_of_a_name_holding_ji(plan, question):
    a = plan.ask(question)
    assert a.found and "10000平方米" in a.answer, a.answer


def test_sum_with_a_part_unprinted_refused(plan):
    a = plan.ask("县光荣院和县医院两个项目总建筑面积加起来多少？")
    assert not a.found, a.answer


@pytest.mark.parametrize("question, value", [
    ("衡阳市中心血站搬迁要征地多少亩？", "12亩"),
    ("衡阳市中心血站搬迁项目总建筑面积多少？", "8000平方米"),
])
def test_title_asked_without_a_modifier(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "产业链企业每年要筛选多少家实行一对一帮扶？",
    "产业链企业每年筛选几家？",
    "每年要筛选多少家产业链企业？",
])
def test_counted_things_asked_before_their_verb(plan, question):
    a = plan.ask(question)
    assert a.found and "15家" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "龙头企业每年要筛选多少家？",     # no 龙头企业 printed
    "科技企业每年要引进多少家？",     # 800家 is the province's, over three years
])
def test_counted_things_not_printed_refused(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question, value", [
    ("城北小区要改造多少个老旧小区？", "45个"),
    ("城北小区老旧小区改造工程有多少个？", "45个"),
    ("西港货运码头建几个？", "三个"),
    ("东港要新建几个货运码头？", "三个"),
    ("白石省级特色产业园有几个？", "6个"),
])
def test_count_after_examples_is_no_examples(plan, question, value):
    a = plan.ask(question)
    assert not a.found or value not in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("要实施多少个老旧小区改造工程？", "45个"),
    ("城北小区等多少个老旧小区要改造？", "45个"),
    ("要新建几个货运码头？", "三个"),
    ("要建设多少个省级特色产业园？", "6个"),
])
def test_count_after_examples_is_the_kinds(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question, other", [
    ("丁港码头新建泊位多少个？", "4个"),
    ("丙港新建泊位多少个？", "6个"),
])
def test_each_run_under_a_joint_title_is_the_members_in_order(plan, question, other):
    a = plan.ask(question)
    assert not a.found or other not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "县妇幼保健中心搬迁要新增几张床位？",
    "妇幼保健中心搬迁新增多少张床位？",
])
def test_short_name_of_the_one_head_a_run_modifies(plan, question):
    a = plan.ask(question)
    assert a.found and "200张" in a.answer, a.answer
