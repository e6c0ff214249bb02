"""Classes of seen sets 25/26 (lane fix2526): a figure clause with a note after it, a total said as 共需经费, a share
said as 占总量, and the unit a 职责分工 list gives a duty.

An invented plan (tests/data/fix2526-plan.md) prints them as the genre does; the questions are worded off them.
Traps: a year, period or duty the plan does not give stays refused.
"""
from __future__ import annotations

import pytest

from qa.values.clausefallback import asked_noun
from qa.passages.dutyowner import duties_of
from tests.conftest import DATA
from tests.qa.said import QUOTE

PLAN = DATA / "fix2526-plan.md"


@pytest.mark.parametrize("question, value", [
    ("2025年前需完成总目标的百分之多少？", "60%"),  # 「60%(详见附件2)」: the bracket is a note, no word of the measure
    ("十四五期间规划改造提升一共需要多少经费？", "3200万元"),  # the noun asked (经费) printed by the clause (共需经费约…)
    ("一级避灾点面积至少占总面积多少？", "25%"),  # 占 said of a share printed 「其中…应不少于总面积的25%」
    ("庭院绿化要覆盖全县多少个行政村（社区）？", "85个"),  # 覆盖 said of the places a work completes
])
def test_a_clause_with_a_note_or_a_noun_asked_answers(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in QUOTE.sub("", a.answer), a.answer


@pytest.mark.parametrize("question", [
    "2030年前需完成总目标的百分之多少？",  # the plan gives 2025 and 2035 only
    "十三五期间规划改造提升一共需要多少经费？",  # another period
    "庭院绿化要覆盖全县多少个自然村？",  # a noun the clause does not print
])
def test_a_time_the_clause_does_not_give_stays_refused(plan, question):
    assert not plan.ask(question).found


def test_the_noun_asked_after_the_asked_word():
    assert asked_noun("规划期内一共需要多少资金？") == "资金"
    assert asked_noun("有多少栋？") == ""


@pytest.mark.parametrize("question, unit, other", [
    ("全县避灾点的开放启用由谁负责？", "县应急管理局", "县自然资源局"),
    ("避灾点用地保障由哪个部门负责？", "县自然资源局", "县应急管理局"),
    # both units print the duty; the one leading it (负责制定), not the one taking part (参与制定)
    ("避灾点布局规划由哪个部门负责制定？", "县自然资源局", "县应急管理局"),
])
def test_the_unit_before_the_colon_owns_its_duties(plan, question, unit, other):
    a = plan.ask(question)
    assert a.found and unit in a.answer and other not in QUOTE.sub("", a.answer), a.answer


def test_a_duty_no_unit_prints_is_not_given_to_one(plan):
    a = plan.ask("避灾点物资储备由谁负责？")
    assert not a.found or ("应急管理局" not in a.answer and "自然资源局" not in a.answer), a.answer


def test_a_role_label_is_no_unit_owning_duties():
    assert duties_of("p", "牵头单位：县水利局；配合单位：县财政局") == []
    assert [d.unit for d in duties_of("p", "县水利局：负责河道整治；参与验收。")] == ["县水利局", "县水利局"]


@pytest.mark.parametrize("question, holders", [
    ("避灾点建设工作专班的组长和副组长分别是谁？", ["分管副县长", "县应急管理局主要负责人"]),
    ("工作专班的副组长由谁担任？", ["县应急管理局主要负责人"]),
])
def test_the_holders_of_a_working_bodys_roles(plan, question, holders):
    a = plan.ask(question)
    assert a.found and all(h in a.answer for h in holders), a.answer
    if len(holders) == 1:
        assert "分管副县长" not in a.answer  # 副组长 asked: the 组长 is no answer


def test_a_role_the_plan_does_not_fill_is_not_given(plan):
    a = plan.ask("工作专班的秘书长由谁担任？")
    assert not a.found or "分管副县长" not in a.answer, a.answer


@pytest.mark.parametrize("question, values", [
    # the item's name leads its paragraph and the box it stands in is said first: both own the figures after them
    ("重大产业项目里那个新材料产业园，总投资多少，一期投多少？", ["85亿元", "30亿元"]),
    # 其中…至少投: the part's bound printed 「其中冷链仓储部分投资不低于6亿元」
    ("青川冷链物流园计划总投资多少？其中冷链仓储至少投多少？", ["12.5亿元", "6亿元"]),
])
def test_two_figures_of_one_project(plan, question, values):
    a = plan.ask(question)
    assert a.found and all(v in QUOTE.sub("", a.answer) for v in values), a.answer


def test_a_stage_the_project_does_not_print_stays_refused(plan):
    a = plan.ask("新材料产业园二期投多少？")
    assert not a.found or "30亿元" not in QUOTE.sub("", a.answer) and "85亿元" not in QUOTE.sub("", a.answer), a.answer


def test_the_members_of_a_quoted_name_are_the_labels_under_its_heading(plan):
    a = plan.ask("“星火”计划包括哪两项？")
    assert a.found and [i.label for i in a.items] == ["百个口袋公园", "千个休憩点"], a.answer


def test_a_count_other_than_the_labels_is_not_answered_by_them(plan):
    a = plan.ask("“星火”计划包括哪三项？")
    assert not a.found or [i.label for i in a.items] != ["百个口袋公园", "千个休憩点"], a.answer


def test_a_count_never_printed_is_the_members_the_plan_lists(plan):
    a = plan.ask("打算申报省重点文物保护单位的有几处？")
    assert a.found and "3处" in a.answer and "8处" not in QUOTE.sub("", a.answer), a.answer


def test_a_count_of_members_the_plan_does_not_list_stays_refused(plan):
    a = plan.ask("打算申报全国重点文物保护单位的有几处？")
    assert not a.found or "3处" not in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("新建甲类一级避灾点每个所需资金多少？", "600万元/个"),  # one member of a 、-run pairing labels with rates
    ("新建乙类一级避灾点每个所需资金多少？", "250万元/个"),
])
def test_a_rate_per_unit_from_a_run_of_labelled_rates(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in QUOTE.sub("", a.answer), a.answer


def test_a_label_the_run_does_not_hold_stays_refused(plan):
    a = plan.ask("新建丙类一级避灾点每个所需资金多少？")
    assert not a.found, a.answer


def test_a_share_counted_before_its_name_in_the_next_clause(plan):
    a = plan.ask("县级避灾示范社区认定了几个，其中国家级的有几个？")
    assert a.found and "24个" in a.answer and "6个" in QUOTE.sub("", a.answer), a.answer


def test_a_share_the_clause_does_not_name_stays_unanswered(plan):
    a = plan.ask("县级避灾示范社区认定了几个，其中市级的有几个？")
    assert "6个" not in QUOTE.sub("", a.answer), a.answer


@pytest.mark.parametrize("question", [
    "到2025年底打算申报省重点文物保护单位的有几处？",  # a count at a date is a figure, not the members listed
    "全县老旧文物有几处？",  # no sentence listing members prints these words
])
def test_a_dated_or_uncovered_count_is_not_the_members_listed(plan, question):
    a = plan.ask(question)
    assert "3处" not in a.answer, a.answer


def test_a_run_of_figures_is_no_members_to_count(plan):
    a = plan.ask("全县计划新建一级避灾点多少个？")
    assert "规划列出" not in a.answer, a.answer
