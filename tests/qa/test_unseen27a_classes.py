"""Classes lane unseen27a (issue 11) found on district 垃圾分类 plans plankg had never seen.

An invented plan (tests/data/unseen27a-plan.md) is worded as a district's three-year action plan is: yearly targets
in paragraphs led by their year (「2019年，一是…；二是…」), tasks numbered through parts, a 职责分工 part, an appendix
of the city's notes (「全市9座…」). The classes: a paragraph opening with a bare year dates every clause after it
(the period's end does not); the city's figure (全市) is not the district's when the district is asked; the genre's
names for itself with a modifier (这个行动计划, 本工作方案) are the plan when a part of it is asked; a bound said before
a bare spoken verb (至少建几条) prints nothing of the measure; 每月几号 asks a day of the month.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import unquoted

PLAN = DATA / "unseen27a-plan.md"


# --- a paragraph led by its year dates its clauses ----------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("2019年绿色账户要覆盖多少户居民？", "21.2万户"),
    ("2018年绿色账户覆盖居民多少户？", "18.6万户"),
    ("2019年要新建多少个回收服务点位？", "55个"),
])
def test_a_figure_in_a_paragraph_led_by_its_year_is_that_years(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in unquoted(a), a.answer


@pytest.mark.parametrize("question", [
    "2020年绿色账户居住区累计要达到多少个？",  # 480 is 2018's, 540 2019's: the plan gives none for 2020
    "2020年绿色账户要覆盖多少户居民？",
    "2020年要新建多少个回收服务点位？",
])
def test_a_year_led_paragraphs_figure_does_not_answer_the_periods_end(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


# --- the city's figure is not the district's ----------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "青溪区要建成几座湿垃圾资源化处置设施？",
    "青溪区到2020年要完成多少座设施的湿垃圾品质监控识别装置安装？",
    "全区要完成多少座设施的湿垃圾品质监控识别装置安装？",
])
def test_a_figure_the_city_is_said_to_reach_does_not_answer_for_the_district(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


def test_the_citys_figure_still_answers_when_the_city_is_asked(plan):
    a = plan.ask("全市要建成几座湿垃圾资源化处置设施？")
    assert a.found and "9座" in unquoted(a), a.answer


# --- the genre's names for itself ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "职责分工在这个行动计划的第几部分？",
    "职责分工在本行动计划的哪一部分？",
])
def test_a_part_asked_of_the_plan_by_its_genre_name_with_a_modifier(plan, question):
    a = plan.ask(question)
    assert a.found and "四" in a.answer and "职责分工" in a.answer, a.answer


# --- spoken wordings ----------------------------------------------------------------------------------------------

def test_a_bound_before_a_bare_spoken_verb_prints_nothing_of_the_measure(plan):
    a = plan.ask("智慧收运示范线路到2020年至少建几条？")
    assert a.found and "3条" in unquoted(a), a.answer


def test_which_day_of_the_month_is_asked_by_jihao(plan):
    a = plan.ask("垃圾分类志愿者宣传活动每月几号搞？")
    assert a.found and "10日" in a.answer, a.answer


# --- a count of people or households is not a count of sites ------------------------------------------------------

def test_a_household_count_asked_is_not_answered_by_a_count_of_sites():
    from qa.checks.ownership import _other_unit

    assert _other_unit("2019年绿色账户要覆盖多少户居民？", "51个")
    assert _other_unit("绿色账户小区累计要达到多少个？", "24.3万户")
    assert _other_unit("要培训多少名志愿者？", "12个")
    assert _other_unit("2019年绿色账户要覆盖多少户居民？", "26.5万户") is None
    assert _other_unit("要新建多少个服务点？", "55座") is None  # things counted by another thing's word
    assert _other_unit("要引进多少人？", "300名") is None


def test_the_plan_said_by_a_short_name_before_a_comma_is_a_lead_in(plan):
    from qa.question.wording import read_wording

    assert read_wording("青溪垃圾分类三年计划里，2019年要新建多少个回收服务点位？") == "2019年要新建多少个回收服务点位？"
    a = plan.ask("青溪垃圾分类三年计划里，2019年要新建多少个回收服务点位？")
    assert a.found and "55个" in unquoted(a), a.answer


def test_a_question_naming_no_place_asks_the_districts_own_figure_not_the_citys(plan):
    a = plan.ask("到2020年要完成多少座设施的湿垃圾品质监控识别装置安装？")
    assert not a.found, a.answer


# --- a duty list's numbered unit owns the figures of its paragraph ------------------------------------------------

def test_a_numbered_units_duty_paragraph_owns_its_figure(plan):
    a = plan.ask("区城管执法局的结案率要达到多少？")
    assert a.found and "95%" in unquoted(a), a.answer


def test_another_units_figure_is_not_read_from_a_duty_paragraph(plan):
    a = plan.ask("区绿化市容局的结案率要达到多少？")
    assert not a.found, a.answer


# --- a figure given to each unit is no whole's --------------------------------------------------------------------

def test_a_figure_each_street_gets_does_not_answer_the_whole(plan):
    a = plan.ask("面向居民的惠民回收服务点要设多少个？")
    assert not a.found or "3-5" not in unquoted(a), a.answer


def test_a_figure_each_street_gets_answers_when_each_is_asked(plan):
    a = plan.ask("每个街镇要设多少个面向居民的惠民回收服务点？")
    assert a.found and "3-5个" in unquoted(a), a.answer


# --- what already stands, printed where the plan sets its tasks ---------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("已经建成的精品小区有多少个？", "30个"),  # 已经 for the plan's 已; 已建成的N个 under a task heading is what stands now
    ("现有多少个绿色账户小区已经在搞湿垃圾定时定点投放？", "200个"),  # 在搞 for 开展; 现有 asked once
])
def test_a_count_that_already_stands_is_read_under_a_task_heading(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in unquoted(a), a.answer


def test_a_target_under_a_task_heading_is_still_no_present_count(plan):
    a = plan.ask("现在已建成多少个精品小区改造？")
    assert not a.found or "12个" not in unquoted(a), a.answer


# --- a month a one-year programme dates a task by -----------------------------------------------------------------

def test_a_task_dated_by_a_month_answers_when(plan):
    a = plan.ask("数据源切换要在什么时候之前完成？")
    assert a.found and "6月底前" in a.answer, a.answer


# --- a task list one cell per paragraph, a task cell running over several ------------------------------------------

@pytest.mark.parametrize("question, unit", [
    ("对青溪火车站开展专项监督检查的是哪个单位？", "区站管委办"),  # the doer asked after 的是
    ("推动滨江商圈精细化分类样板区域建设由哪个单位负责？", "区绿化市容局"),  # an item of a cell of three
    ("打造节约型学校食堂由哪个单位负责？", "区教育局"),
])
def test_a_task_lists_unit_cell_answers_who_is_responsible(plan, question, unit):
    a = plan.ask(question)
    assert a.found and unit in a.answer, a.answer
