"""Figures a yearly district work plan prints in prose, asked in other words than its own (lane prose29, issue 11).

An invented plan (tests/data/prose29-plan.md) words a district's 2027 节能降碳 work arrangement as 上海 districts do:
a title naming one year, tasks saying 年内 and never 今年, figures after the verbs 新增/建设/完成/确保…达到. The classes:

- 「今年」 asked of a plan for one year (its title names that year and no span) is that year;
- the office's verbs for the plan's (修/搞 for 建设, 做完 for 完成, 新添 for 新增, 准备/打算 before the verb) and
  「各类X」 as the plan's noun (not 各 + a verb), 「…要求提到多少」, 根 as a counting word;
- a document's number (「甲发改〔2026〕5号」) holds no figure;
- trust: one year's figure is no figure of the five-year period asked as a whole, and a whole larger than the plan's
  own region (全市 of a district's plan) is another owner — both refused, saying what the plan gives.
"""
from __future__ import annotations

import pytest

from qa.checks.places import lead_places
from qa.values.prose import titled_year
from tests.conftest import DATA

PLAN = DATA / "prose29-plan.md"


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(PLAN)


# --- 今年 in a plan for one year ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("今年绿道要建多少公里？", "3公里"),
    ("今年要完成几家公共建筑能源审计？", "7家"),
    ("今年新增屋顶光伏装机多少？", "3100千瓦"),
])
def test_this_year_is_the_year_the_title_names(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer


@pytest.mark.parametrize("title, year", [
    ("关于印发《甲山区2027年节能降碳重点工作安排》的通知", (2027,)),
    ("2021年政府工作报告", (2021,)),
    ("乙区城市更新行动方案（2023-2025年）", ()),
    ("乙区“十五五”规划", ()),
    ("乙区三年行动计划（2024年）", ()),
    ("某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", ()),
])
def test_a_title_names_one_year_only_without_a_span(title, year):
    assert titled_year(title) == year


# --- the office's words for the plan's ----------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("2027年绿道准备修多长？", "3公里"),
    ("立体绿化打算搞多大面积？", "0.8万平方米"),
    ("既有建筑节能改造要做完多少面积？", "30万平方米"),
    ("各类绿地要建多少？", "6.2万平方米"),
    ("甲山2027年各类绿地要建多少？", "6.2万平方米"),
    ("上传到市平台的数据正常率要求提到多少？", "95%以上"),
    ("年内要新增多少根公用充电桩？", "150根"),
])
def test_a_figure_asked_in_the_offices_words(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer


def test_a_bare_object_after_a_clause_with_its_verb_is_made_by_that_verb(plan):
    a = plan.ask("今年要新添几座口袋公园？")  # 「新增城市公园2座，口袋公园5座」
    assert a.found and "5座" in a.answer and "2座" not in a.answer.split("原文")[0]
    assert "新增城市公园2座，口袋公园5座" in a.answer  # quoted as printed


def test_the_group_an_example_leads_is_asked_by_pointing_or_a_sum(plan):
    a = plan.ask("区中心医院那批节能改造一共几个项目？")  # 「完成区中心医院等4个节能改造项目」
    assert a.found and "4个" in a.answer
    assert not plan.ask("区中心医院节能改造几个项目？").found  # the example alone: never the group's count


def test_a_document_number_holds_no_figure(plan):
    a = plan.ask("甲山今年各类绿地要建多少？")
    assert "2026" not in a.answer.split("原文")[0]
    assert a.found and "6.2万平方米" in a.answer


def test_a_verb_of_moving_makes_no_place():
    assert lead_places("上传到市平台的数据正常率要求提到多少") == []


# --- trust: the period asked, the owner asked ---------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "“十五五”期间一共要新增多少屋顶光伏装机？",
    "十五五期间新增屋顶光伏装机多少？",
])
def test_one_years_figure_is_no_figure_of_the_period(plan, question):
    a = plan.ask(question)
    assert not a.found


def test_the_years_figure_still_answers_the_year(plan):
    a = plan.ask("2027年新增屋顶光伏装机多少？")
    assert a.found and "3100千瓦" in a.answer


@pytest.mark.parametrize("question", [
    "全市2027年新增屋顶光伏装机多少？",
    "2027年全市要建多少公里绿道？",
])
def test_a_whole_larger_than_the_plans_region_is_another_owner(plan, question):
    a = plan.ask(question)
    assert not a.found


def test_the_plans_own_whole_still_answers(plan):
    a = plan.ask("2027年全区新增屋顶光伏装机多少？")
    assert a.found and "3100千瓦" in a.answer


# --- one measure printed twice: the prose and the appendix's task table ----------------------------------------------

def test_a_change_restated_differently_in_the_appendix_is_said_beside_the_prose(engine_for):
    a = engine_for(DATA / "prose29-annex-plan.md").ask("今年新增屋顶光伏装机多少？")
    assert a.found and "3100千瓦" in a.answer and "4200千瓦" in a.answer and "附件" in a.answer


def test_a_source_named_first_is_no_part_of_the_measure(engine_for):
    a = engine_for(DATA / "prose29-annex-plan.md").ask("分工表里今年新增屋顶光伏装机多少？")
    assert a.found and "4200千瓦" in a.answer


# --- a 十四五 review's figures in other words, and the period the question picks -------------------------------------

@pytest.fixture(scope="module")
def review(engine_for):
    return engine_for(DATA / "prose29-review-plan.md")


def test_a_milestone_passed_is_no_count(review):
    a = review.ask("一般公共预算收入现在多少？")  # 「跨越百亿台阶，达到103亿元」: never 「百亿台」
    assert a.found and "103亿元" in a.answer and "百亿台" not in a.answer.split("原文")[0]


@pytest.mark.parametrize("question, value", [
    ("十四五末生产总值到了多少？", "1050亿元"),       # 由A增加到B: the end asked
    ("2020年生产总值是多少？", "820亿元"),            # the start asked
    ("社会消费品零售总额比2020年增长多少？", "28%"),
    ("2026年生产总值增长多少？", "5%左右"),           # the year's rate beside the period's
    ("十五五期间生产总值年均增长多少？", "5%左右"),
    ("十四五期间生产总值年均增长多少？", "5.1%"),
    ("城镇化率提升到多少了？", "78%"),
])
def test_review_and_target_figures_in_other_words(review, question, value):
    a = review.ask(question)
    assert a.found and value in a.answer


@pytest.mark.parametrize("question", ["2027年生产总值增长多少？", "十五五期间一般公共预算收入年均增长多少？"])
def test_a_year_or_period_the_plan_does_not_give_is_refused(review, question):
    assert not review.ask(question).found
