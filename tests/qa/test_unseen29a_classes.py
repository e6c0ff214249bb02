"""Figure questions on district special plans, refused before lane unseen29a (issue 11).

An invented plan (tests/data/unseen29a-plan.md) words a 十二五 review and a 十三五 task as district 市政 plans do.
The class: a question saying its verb by the first character (「拆了多少违法搭建」 for 拆除违法搭建) and putting the
noun it counts after the asked word, where the clause fallback dropped that noun with the unit and then found no
paragraph printing the rest. A trap asking a thing the plan never counts stays refused.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "unseen29a-plan.md"


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(PLAN)


def test_a_verb_said_by_its_first_character_with_the_counted_noun_after_the_asked_word(plan):
    a = plan.ask("十二五拆了多少违法搭建？")
    assert a.found and "6万平方米" in a.answer and "12万" not in a.answer


def test_a_thing_the_plan_never_counts_stays_refused(plan):
    a = plan.ask("十二五拆了多少违法广告？")
    assert not a.found or "6万" not in a.answer


# --- a counted group's members in the bracket after its quoted name ------------------------------------------------

def test_a_counted_group_is_answered_with_the_bracket_after_its_name_not_the_one_closing_before_it(plan):
    a = plan.ask("“三个统一”是哪三个？")
    assert a.found and [i.label for i in a.items] == ["统一运维管理", "统一技术标准", "统一核算机制"]
    assert "不变" not in a.answer  # 「“三个不变”（…）和“三个统一”」: the bracket before 和 is the other group's


def test_the_first_group_of_two_is_answered_with_its_own_bracket(plan):
    a = plan.ask("三个不变指的是哪三个？")
    assert a.found and [i.label for i in a.items] == ["设施权属不变", "监管职责不变", "资金渠道不变"]


# --- a yearly amount is no stock at the period's end, nor a total --------------------------------------------------

def test_a_yearly_amount_is_no_answer_to_the_stock_asked_at_the_period_end(plan):
    a = plan.ask("到十三五期末示范小区要有多少个？")
    # 「每年推进2-3个…，40-50条…，20-30个示范小区」: the run of values the yearly verb goes on counting is yearly too
    assert not a.found  # (the refusal may say what the plan gives: 每年20-30个)


def test_the_yearly_amount_still_answers_a_yearly_question(plan):
    a = plan.ask("十三五期间每年要推进多少个示范小区？")
    assert a.found and "20-30个" in a.answer


# --- a year asked is not answered by a five-year period -------------------------------------------------------------

def test_a_year_asked_is_refused_where_the_plan_dates_the_work_by_its_period_only(plan):
    a = plan.ask("智慧巡查系统要在哪一年建成？")
    assert not a.found and "十三五" in a.answer and "具体年份" in a.answer


def test_the_period_still_answers_when_it_is_asked(plan):
    a = plan.ask("智慧巡查系统什么时候开发应用？")
    assert a.found and "十三五" in a.answer


# --- teams counted in 支, owned by a company located in the plan's place --------------------------------------------

def test_a_count_of_teams_owned_by_a_company_said_to_lie_in_the_plans_place(plan):
    a = plan.ask("东片区排水公司有几支应急队伍？")  # 「青石区所在的东片区排水公司有5支应急队伍」
    assert a.found and "5支" in a.answer and "1支" not in a.answer
