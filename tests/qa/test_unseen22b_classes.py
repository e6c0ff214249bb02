"""Lane unseen22b's classes, on an invented special plan (tests/data/unseen22b-plan.md).

- A figure its sentence prints after a per-year word (「…需求，年均供应建设用地16平方公里左右」) answers a question
  naming none only said as yearly, the word in the answer and its quote; never a question asking the period's sum.
"""
from __future__ import annotations

import pytest

from qa.values.peryear import asks_span_total, per_year_word
from tests.conftest import DATA

from .said import QUOTE, norm

PLAN = DATA / "unseen22b-plan.md"


@pytest.mark.parametrize("sentence, value, word", [
    ("全力保障建设用地需求，年均供应建设用地16平方公里左右", "16平方公里", "年均"),
    ("每年新增造林2千亩、新增绿道12公里", "12公里", "每年"),
    ("地区生产总值年均增长6%，达到900亿元", "900亿元", None),
    ("年均新增就业1万人，到2030年失业率控制在4%", "4%", None),
    ("PM2.5年均浓度降至25微克/立方米", "25微克/立方米", None),
])
def test_per_year_word_reaches_its_run(sentence, value, word):
    per = per_year_word(sentence, value)
    assert (per[0] if per else None) == word


@pytest.mark.parametrize("question, total", [
    ("累计供应多少建设用地？", True),
    ("“十五五”期间一共供应多少建设用地？", True),
    ("五年共供应多少建设用地？", True),
    ("供应多少建设用地？", False),
    ("公共服务设施有多少？", False),
    ("“九五”时期人口自然增长率要控制在多少以内？", False),
])
def test_a_question_asking_the_period_sum(question, total):
    assert asks_span_total(question) is total


@pytest.mark.parametrize("question, word, value", [
    ("供应多少建设用地？", "年均", "16平方公里"),
    ("建设用地供应多少？", "年均", "16平方公里"),
    ("新增绿道多少公里？", "每年", "12公里"),
])
def test_yearly_figure_is_said_as_yearly(plan, question, word, value):
    a = plan.ask(question)
    if not a.found:
        return  # not answering is allowed; a bare figure is not
    said = norm(a.answer)
    assert value in said and f"{word}{value}" in norm(QUOTE.sub("", a.answer)), a.answer
    assert f"“{word}" in said, a.answer   # the quote opens at the per-year word


def test_yearly_figure_is_answered_when_asked_bare(plan):
    a = plan.ask("供应多少建设用地？")
    assert a.found and "年均16平方公里" in norm(a.answer), a.answer


@pytest.mark.parametrize("question", [
    "累计供应多少建设用地？",
    "“十五五”期间一共供应多少建设用地？",
    "“十五五”期间共供应多少建设用地？",
])
def test_yearly_figure_answers_no_period_sum(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


def test_per_year_word_of_a_run_is_no_other_value(plan):
    a = plan.ask("每年新增绿道多少公里？")
    assert a.found and "12公里" in norm(a.answer), a.answer


def test_a_level_after_a_rate_is_no_yearly_figure(plan):
    a = plan.ask("到2030年地区生产总值达到多少？")
    assert a.found and "900亿元" in norm(a.answer) and "年均900" not in norm(a.answer), a.answer


# Two names joined by 和 that the plan prints together as one clause's subject with one figure
# (「乡土和适生树种在新造林中的应用比例不低于75%」) are one joint owner: the figure is theirs, never split.
@pytest.mark.parametrize("question", [
    "乡土和适生树种的应用比例是多少？",
    "新造林中乡土和适生树种的应用比例要求是多少？",
])
def test_joint_owner_printed_as_one_run_keeps_its_figure(plan, question):
    a = plan.ask(question)
    said = norm(a.answer)
    assert a.found and "75%" in said and "未能确定" not in said, a.answer


# A count asked with its members (「几项…？分别是什么？」): both from one counted list — the run printed after
# 「四项重点任务：」, or a heading's numbered children — never a count alone nor another list's members.
@pytest.mark.parametrize("question", [
    "明确了几项重点任务？分别是什么？",
    "重点任务有几项，都是哪些？",
    "规划里有几项重点任务，分别是哪些？",
])
def test_count_and_members_of_a_printed_run(plan, question):
    a = plan.ask(question)
    said = norm(a.answer)
    assert a.found and [i.label for i in a.items] == ["绿地提质", "林地扩容", "湿地修复", "河道治理"], a.answer
    assert "4项" in said or "四项" in said, a.answer


@pytest.mark.parametrize("question", [
    "保障措施定了几条？分别是什么？",
    "保障措施有几项？都是哪些？",
])
def test_count_and_members_of_a_heading(plan, question):
    a = plan.ask(question)
    said = norm(a.answer)
    assert a.found and [i.label for i in a.items] == ["加强组织领导", "强化资金保障", "严格考核评估"], a.answer
    assert "3" in said and "规划中未找到" not in said, a.answer


# A figure asked, then where the plan writes it (「…是多少？这写在规划的哪一部分？」): the figure, and the heading path of
# the paragraph it cites — never a retrieved passage's place instead of the figure. 要求 asked of a level is no part of
# the measure's name.
@pytest.mark.parametrize("question, value", [
    ("新造林里乡土和适生树种的应用比例要求是多少？这写在规划的哪一部分？", "75%"),
    ("林地保有量是多少？这个指标写在哪一章？", "9.6万亩"),
])
def test_figure_then_where_it_is_written(plan, question, value):
    a = plan.ask(question)
    said = norm(a.answer)
    assert a.found and value in said and "优化林相结构" in said, a.answer


def test_a_level_asked_as_a_requirement(plan):
    a = plan.ask("新造林里乡土和适生树种的应用比例要求是多少？")
    assert a.found and "75%" in norm(a.answer), a.answer


# 「多大面积的X要…」: an area asked before the things it measures, printed as their square kilometres before them
# (「约600平方公里建成区达到…」) — an area, never a count of them.
def test_area_asked_before_the_things_it_measures(plan):
    a = plan.ask("到2030年多大面积的建成区要达到海绵城市建设要求？")
    assert a.found and "600平方公里" in norm(a.answer), a.answer


def test_area_asked_of_things_only_counted_is_no_count(plan):
    a = plan.ask("多大面积的滨河驿站要新建？")
    assert not (a.found and "20个" in norm(QUOTE.sub("", a.answer))), a.answer


# 「X哪一年和Y同步开通」: the partner named after the time asked is dated with X when the plan prints them joined
# (「X与Y2027年同步开通」); a work printed apart from it (沪渝蓉高铁) gets no year of theirs.
@pytest.mark.parametrize("question", [
    "高铁丁港站计划哪一年和沪甬铁路二期同步开通？",
    "高铁丁港站哪一年跟沪甬铁路二期一起开通？",
])
def test_year_asked_before_the_partner_dated_with_it(plan, question):
    a = plan.ask(question)
    assert a.found and "2027" in norm(a.answer), a.answer


def test_partner_not_printed_together_lends_no_year(plan):
    a = plan.ask("沪渝蓉高铁哪一年和沪甬铁路二期同步开通？")
    assert not (a.found and "沪渝蓉高铁:2027" in norm(QUOTE.sub("", a.answer))), a.answer


# A heading's or box's position found by the words around a quoted name (the name is printed in two places: the words
# said with it tell which). Held before this lane; kept as the class's guard.
@pytest.mark.parametrize("question, place, other", [
    ("推进“清水河道”建设写在哪一部分？", "提升河道品质", "专栏1"),
    ("打造“清水河道”示范段写在哪个专栏？", "专栏1", "提升河道品质"),
    ("“丁港绿环”工程写在哪个专栏？", "专栏1", "提升河道品质"),
])
def test_position_found_by_the_words_around_a_quoted_name(plan, question, place, other):
    a = plan.ask(question)
    first = norm(a.items[0].label) if a.items else ""
    assert a.found and place in first and other not in first, a.answer
