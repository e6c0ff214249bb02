"""Classes of questions examiners 27 and 28 asked that the product missed, on invented plans (lane fix2728).

* a year's rate asked as 增速 (「2024年生产总值的预期增速」) is that year's rise the plan prints 「增长6%左右」 —
  预期/目标 before the rate names no part of the measure, and a five-year 年均 rate answers no one year's rate.
"""
from __future__ import annotations

import pytest

from qa.question.frame import asked_aspect
from tests.conftest import DATA

REPORT = DATA / "fix2728-work-report.txt"


@pytest.mark.parametrize("question, figures", [
    ("2024年地区生产总值和固定资产投资的预期增速分别是多少？", ("6%左右", "8%以上")),
    ("2024年一般公共预算收入增速目标是多少？", ("5%以上",)),
    ("2024年社会消费品零售总额的预计增速定在多少？", ("7%左右",)),
])
def test_a_years_rate_asked_as_its_expected_growth(engine_for, question, figures):
    a = engine_for(REPORT).ask(question)
    assert a.found and all(f in a.answer for f in figures), a.answer
    assert "6.2%" not in a.answer and "9.1%" not in a.answer, a.answer  # the five years' 年均 rates: no year's


def test_a_bare_rate_of_one_year_is_its_rise_and_a_yearly_rate_stays_yearly():
    assert asked_aspect("2024年生产总值增速是多少？") == "change"
    assert asked_aspect("2024年生产总值年均增速是多少？") == "growth"
    assert asked_aspect("“十四五”时期生产总值增速是多少？") == "growth"


# * one measure asked at two times together — a year and a five-year period, each with what is asked of it (「今年目标和
#   “十五五”目标」), or a review year then a bound to pass (「去年多少，“十五五”要超过多少」) — each time its own part;
#   「去年」 of a work report is the year before the report's own.

@pytest.mark.parametrize("question, parts", [
    ("数字经济核心产业增加值占比，2024年目标和“十四五”目标分别是多少？",
     ["数字经济核心产业增加值占比，2024年目标是多少", "数字经济核心产业增加值占比，“十四五”目标是多少"]),
    ("研发方面，“十四五”强度目标和2024年的增长目标各是多少？",
     ["研发方面，“十四五”强度目标是多少", "研发方面，2024年的增长目标是多少"]),
    ("港口货物吞吐量2023年多少，“十四五”末要突破多少？", ["港口货物吞吐量2023年多少", "港口货物吞吐量“十四五”末多少"]),
])
def test_one_measure_at_a_year_and_a_period_is_asked_in_parts(question, parts):
    from qa.values.parts import figure_parts
    assert [p.text for p in figure_parts(question, lambda text: None)] == parts


def test_last_year_of_a_work_report_is_the_year_before_its_own():
    from qa.question.asked_time import read_asked_time
    assert read_asked_time("港口货物吞吐量去年是多少？", this_year=2024) == "港口货物吞吐量2023年是多少？"
    assert read_asked_time("上年一般公共预算收入多少？", this_year=2024) == "2023年一般公共预算收入多少？"
    assert read_asked_time("去年以来新增多少家企业？", this_year=2024) == "去年以来新增多少家企业？"


@pytest.mark.parametrize("question, figures", [
    ("数字经济核心产业增加值占生产总值比重，今年目标和“十四五”目标分别是多少？", ("11%", "12%")),
    ("港口货物吞吐量去年多少，2025年要超过多少？", ("3.2亿吨", "3.6亿吨")),
])
def test_one_measure_at_two_times_answered_each(engine_for, question, figures):
    a = engine_for(REPORT).ask(question)
    assert a.found and all(f in a.answer for f in figures), a.answer


# * a count of a table's rows (「指标表里有几项约束性指标」) cites the table itself — its title paragraph — before its rows.

@pytest.mark.parametrize("question, count", [
    ("林地保护指标表里有几项约束性指标？", "1"),
    ("主要指标一共多少项？", "4"),
    ("预期性指标有几个，是哪些？", "3"),
])
def test_a_count_of_table_rows_cites_the_table(engine_for, question, count):
    a = engine_for(DATA / "attribute-closed-two-values-plan.txt").ask(question)
    assert a.found and count in a.answer, a.answer
    assert "林地保护“十五五”主要指标" in a.citations[0].text, [c.text for c in a.citations]


# * a level printed after a milestone said in words (「X突破两千亿元大关，预计达2150亿元」): the milestone clause names
#   what the level is of, so it answers 「X到了多少」 however asked.

def test_a_level_after_a_milestone_in_words_is_the_milestones_measure():
    from kg.extract.targets import find_targets
    found = [(t.measure, t.quantity.raw) for t in find_targets(
        "税收收入跨上百亿元台阶，达到108亿元，年均增长9%。", source="p", period=None)]
    assert found == [("税收收入", "108亿元"), ("税收收入", "9%")], found


@pytest.mark.parametrize("question, figure", [
    ("2023年社会消费品零售总额到了多少？", "2150亿元"),
    ("去年社会消费品零售总额达到多少？", "2150亿元"),
    ("2023年全市社会消费品零售总额有多少亿元？", "2150亿元"),
])
def test_a_level_after_a_milestone_answers(engine_for, question, figure):
    a = engine_for(REPORT).ask(question)
    assert a.found and figure in a.answer, a.answer


# * a table's bound cell (≥5200) and the prose's level of the same row (5230公顷左右) are both the plan's word: the sign
#   is no unit, so the prose restates the row.

@pytest.mark.parametrize("question", [
    "林地保有量到2030年要达到多少？",
    "林地保有量2030年的目标是多少？",
    "林地保有量，指标表的2030年目标和正文里说的各是多少？",
])
def test_a_bound_cell_and_the_prose_level_both_said(engine_for, question):
    a = engine_for(DATA / "attribute-closed-two-values-plan.txt").ask(question)
    assert a.found and "5200" in a.answer and "5230" in a.answer, a.answer


# * trust: a place the plan never prints (a 新区 too, which the checks before knew by no list), named before a row's measure (「浦东新区…年均土地供应规模」 of a city-wide table),
#   is no more the plan's area than a place it prints — the row's figure is the whole's, never that place's.

@pytest.mark.parametrize("question", [
    "浦东新区林地保有量2030年是多少？",
    "滨江新区“十五五”年均新增造林面积是多少？",
    "两江新区森林抚育面积要达到多少？",
])
def test_an_unprinted_place_gets_no_whole_plans_row(engine_for, question):
    a = engine_for(DATA / "attribute-closed-two-values-plan.txt").ask(question)
    assert not a.found, a.answer


def test_the_plans_own_area_still_gets_its_row(engine_for):
    a = engine_for(DATA / "attribute-closed-two-values-plan.txt").ask("全区林地保有量2030年是多少？")
    assert a.found and "5200" in a.answer, a.answer
