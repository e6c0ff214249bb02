"""Figures printed in Chinese numerals in older national plans and reports (exam9's class 1).

On a made-up report in the style of the 1950s–60s (``tests/data/qa-numerals-plan.md``):
- **range**: 「四百万吨到四百五十万吨」「四亿吨至四亿五千万吨」 asked 「多少」 is answered with the range whole, never
  refused as one end nor given as one end; a year's clause 「一九七〇年计划达到…」 goes on about the measure before it;
- **scopes**: 「油料每亩平均年产量，在两种不同的地区，分别达到一百二十斤和一百六十斤」 gives the whole run, never
  its first value as the measure's;
- **amounts ending in 五** (九十五元) are amounts, never a period name like 十四五; a year in Chinese numerals before a
  measure (「一九六四年每人收入…」) is when, no narrower owner;
- **trust**: another year asked (一九六五年) is not answered with 一九七〇年's range.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import labels

PLAN = DATA / "qa-numerals-plan.md"


@pytest.fixture(scope="module")
def report(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question, whole", [
    ("一九七〇年生铁产量计划达到多少？", "四百万吨到四百五十万吨"),
    ("建议里一九七〇年生铁产量搞到多少？", "四百万吨到四百五十万吨"),
    ("生铁产量计划达到多少万吨？", "四百万吨到四百五十万吨"),
    ("按照规划要求的水平计算，全国煤炭总产量应该有多少？", "四亿吨至四亿五千万吨"),
    ("全国煤炭总产量应该达到多少？", "四亿吨至四亿五千万吨"),
])
def test_a_range_in_chinese_numerals_is_answered_whole(report, question, whole):
    a = report.ask(question)
    assert a.found and labels(a) == [whole], a.answer


@pytest.mark.parametrize("question", [
    "油料每亩平均年产量分别达到多少？",
    "规划要求油料每亩平均年产量要达到多少？",
    "油料每亩平均年产量在两种不同的地区分别达到多少？",
    "规划要求油料亩产在两类地区分别达到多少？",
])
def test_values_over_several_scopes_are_the_whole_run(report, question):
    a = report.ask(question)
    assert a.found and labels(a) == ["一百二十斤和一百六十斤"], a.answer


def test_a_single_chinese_numeral_figure_is_read(report):
    a = report.ask("一九六四年全国棉花总产量是多少？")
    assert a.found and "二百二十万吨" in labels(a), a.answer


def test_another_years_range_is_never_given(report):
    a = report.ask("一九六五年生铁产量计划达到多少？")
    assert "四百五十万吨" not in a.answer or not a.found, a.answer


@pytest.mark.parametrize("question", ["一九六四年按全国农村人口平均每人收入多少？", "一九六四年每人收入多少？",
                                      "一九六四年农村人均收入大概多少？"])
def test_an_amount_ending_in_wu_after_a_chinese_year(report, question):
    a = report.ask(question)
    assert a.found and labels(a) == ["九十五元左右"], a.answer
