"""Figure questions on fresh district plans (lane owner27, issue 11): trust first, then the figures printed plainly
in prose whose owner is named a clause before the number or in other words than the question's.

An invented plan (tests/data/owner27-plan.md) words a 十四五 review and a 十五五 target table as 上海 district special
plans do. The classes:

- a table row states its target for the plan's period (「招引绿色企业（五年累计）…500家」): a yearly amount asked
  (「每年要招引多少家」) is not that target — refused, saying what the table gives;
- a row linked by the words of its subject only (「绿色产业规模」) is no answer to money asked of that subject
  (「绿色产业专项资金」): the question names another measure;
- the plan's words and the speaker's differ for the same thing (泊位/车位, 交叉口/路口, 站点/站, 线路/线, 里程/公里):
  the clause fallback reads them as one, still requiring every other word;
- a bound printed before the value (超800万人次) is the clause's own linking word, quoted with the value.

Traps asking another owner's figure or a member's share of a group figure stay refused.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "owner27-plan.md"


# --- trust: a period's target is no yearly amount; a subject's size is no money of it ---------------------------

def test_a_yearly_amount_asked_of_a_row_stating_the_periods_target_is_refused(plan):
    a = plan.ask("每年要招引多少家绿色企业？")
    assert not a.found
    assert "500家" in a.answer  # it says what the table does give


def test_the_rows_target_still_answers_the_target_asked(plan):
    a = plan.ask("五年要招引多少家绿色企业？")
    assert a.found and "500家" in a.answer


def test_money_asked_of_a_subject_is_not_the_subjects_size(plan):
    a = plan.ask("绿色产业专项资金一年安排多少？")
    assert not a.found or "600亿元" not in a.answer
    a = plan.ask("绿色产业专项资金有多少？")
    assert not a.found or "600亿元" not in a.answer


def test_the_subjects_size_still_answers(plan):
    a = plan.ask("绿色产业规模期末要到多少？")
    assert a.found and "600亿元" in a.answer


# --- the plan's word and the speaker's for the same thing ---------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("轨交站点周边加了多少个非机动车车位？", "900个"),
    ("P+R停车库加了多少泊位？", "530个"),
    ("可变车道改造了多少个路口？", "26个"),
    ("定制公交一共开了几条线？", "12条"),
    ("8号线南延伸开工了几个站？", "4个"),
    ("农村公路提档升级一共多少公里？", "256.4公里"),
    ("潮汐车道改了几个路段？", "5个"),  # one part of a 、-run, picked by its own words
    ("内河码头一年的货运量是多少？", "300万吨"),  # 年货运吞吐量: its 年 is the 一年 asked
    ("五年要招多少家绿色企业？", "500家"),  # 五年: the plan's period said as such; 招 for 招引
    ("可再生能源并网量累计要到多少千瓦？", "9000千瓦"),  # 区域: the plan's own area, no owner word
])
def test_a_figure_said_in_the_speakers_words_is_answered_from_its_clause(plan, question, value):
    a = plan.ask(question)
    assert a.found, a.answer
    assert value in a.answer


def test_a_row_is_named_by_its_subject_and_the_unit_asked(plan):
    a = plan.ask("十五五农村公路提档升级要做多少公里？")
    assert a.found and "不低于80公里" in a.answer  # the row 农村公路提档升级总里程, never the review's 256.4


def test_a_bound_printed_before_the_value_is_quoted_with_it(plan):
    a = plan.ask("青石站累计客流有多少？")
    assert a.found and "800万" in a.answer
    assert "超" in a.answer


@pytest.mark.parametrize("question", [
    "东站P+R停车库有多少个泊位？",  # the group's 530 is no one station's
    "十四五新增了多少个公共充电桩？",  # a measure the plan does not give
    "可变车道改造了多少个路段？",  # 路段 are the 潮汐车道's (5), the 可变车道's are 交叉口
])
def test_traps_stay_refused(plan, question):
    assert not plan.ask(question).found


# --- the plan's own period ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["这个规划的期限是哪几年？", "规划期是哪年到哪年？"])
def test_the_plans_period_is_read_from_the_clause_setting_it(plan, question):
    a = plan.ask(question)
    assert a.found and "2026-2030年" in a.answer


def test_a_plan_setting_no_period_answers_none(engine_for):
    assert not engine_for(DATA / "refuse26-plan.md").ask("这个规划的期限是哪几年？").found


# --- a year asked with the year named as a noun -----------------------------------------------------------------------

def test_the_target_year_asked_as_a_noun_is_the_year_dating_the_thing(plan):
    a = plan.ask("规划里碳达峰的目标年份是哪年？")
    assert a.found and "2028年" in a.answer


def test_a_thing_the_plan_does_not_date_stays_refused(plan):
    assert not plan.ask("规划里碳中和的目标年份是哪年？").found
