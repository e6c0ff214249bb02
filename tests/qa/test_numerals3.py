"""Figures in older reports on a plan: plan periods by number, the present's count, Chinese numerals with 多/担/头/名,
ranges and two-digit years read in the plan's century.

On a made-up 1961 report in the style of the 1950s–60s (``tests/data/qa-numerals3-report.md``):
- **periods by number**: 「一五是多少？二五要提到多少？」「一五的时候」「二五期间」「第二个五年计划期间」 — the clause
  printing 「第一个五年…约占…百分之三」 owns 一五's figure, 「第二个五年应该争取提高到百分之五」 二五's, and
  「由第一个五年的百分之六点四提高到百分之八」 gives 一五 its start and 二五 its end; one period's figure is never
  given for the other;
- **the present's count**: 「现在/目前有多少个X」 is the count printed with 现在 (「一万八千多个」), said as now — never
  the 「一个」 of 「平均一个基层供销社拥有…」, nor dated by a year printed earlier in the sentence;
- **units of older texts**: 担, 头 and 名 values (「四千八百万担」「三千二百名社员」) answer 多少担/多少名;
- **ranges and expectations**: 「按规划的水平算，…应该有多少？59年实际是多少？」 the range whole, then the actual;
- **two-digit years**: 59年 / 五九年 in a report of 1961 are 1959 (:mod:`qa.question.asked_time`).
"""
from __future__ import annotations

import pytest

from qa.question.asked_time import read_asked_time, short_years
from tests.conftest import DATA
from tests.qa.said import labels

PLAN = DATA / "qa-numerals3-report.md"


@pytest.fixture(scope="module")
def report(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "一五的时候科学研究的费用占财政支出的比重是多少？",
    "第一个五年科学研究的费用占财政支出的比重是多少？",
    "“一五”时期科学研究费用占财政支出的比重是多少？",
])
def test_the_first_plans_share_is_its_own(report, question):
    a = report.ask(question)
    assert a.found and labels(a) == ["百分之三左右"], a.answer


@pytest.mark.parametrize("question", [
    "二五科学研究费用占财政支出的比重要提到多少？",
    "第二个五年计划期间科学研究的费用占财政支出的比重要提高到多少？",
    "二五期间科学研究的费用占财政支出的比重打算提到多少？",
])
def test_the_second_plans_share_is_never_the_firsts(report, question):
    a = report.ask(question)
    assert a.found and labels(a) == ["百分之五左右"], a.answer
    assert "百分之三" not in "".join(labels(a))


@pytest.mark.parametrize("question, first, second", [
    ("科学研究的费用占财政支出的比重，一五是多少？二五要提到多少？", "百分之三左右", "百分之五左右"),
    ("轻工业投资的比重，一五是多少？二五打算提到多少？", "百分之六点四", "百分之八左右"),
    ("轻工业投资所占的比重一五是多少？二五呢？", "百分之六点四", "百分之八左右"),
])
def test_two_periods_asked_together_each_get_their_own(report, question, first, second):
    a = report.ask(question)
    assert a.found and labels(a) == [first, second], a.answer


@pytest.mark.parametrize("question, value", [
    ("第一个五年轻工业投资所占的比重是多少？", "百分之六点四"),
    ("一五的时候轻工业投资的比重是多少？", "百分之六点四"),
    ("二五期间轻工业投资所占比重要提高到多少？", "百分之八左右"),
])
def test_a_change_from_one_period_gives_its_start_and_end(report, question, value):
    a = report.ask(question)
    assert a.found and labels(a) == [value], a.answer


@pytest.mark.parametrize("question", ["现在有多少个基层供销社？", "目前全国有几个基层供销社？", "全国有多少个基层供销社？"])
def test_the_present_count_is_the_one_printed_with_now(report, question):
    a = report.ask(question)
    assert a.found and labels(a) == ["一万八千多个"], a.answer
    assert "1957年" not in a.answer and "现在" in a.answer, a.answer


def test_one_thing_averaged_over_is_no_count(report):
    a = report.ask("现在有多少个基层供销社？平均一个供销社有多少名社员？")
    assert a.found and labels(a) == ["一万八千多个", "三千二百名"], a.answer
    assert "一个（" not in a.answer


@pytest.mark.parametrize("question, value", [
    ("59年全国生猪存栏数是多少？", "一亿八千万头"),
    ("五九年全国棉花总产量是多少担？", "四千八百万担"),
    ("1959年全国棉花总产量是多少？", "四千八百万担"),
    ("平均一个基层供销社有多少亩耕地？", "四万六千亩"),
])
def test_chinese_numeral_figures_of_older_units(report, question, value):
    a = report.ask(question)
    assert a.found and labels(a) == [value], a.answer


@pytest.mark.parametrize("question, printed", [
    ("按规划的水平算，全国生猪存栏数应该有多少？59年实际是多少？", ["二亿头到二亿二千万头", "一亿八千万头"]),
    ("全国生猪存栏数应该有多少？", ["二亿头到二亿二千万头"]),
    ("社员每人平均收入要达到多少？", ["一百五十元至二百元"]),
])
def test_a_range_is_answered_whole_and_the_actual_apart(report, question, printed):
    a = report.ask(question)
    assert a.found and labels(a) == printed, a.answer


def test_another_years_actual_is_never_given(report):
    a = report.ask("1957年全国生猪存栏数是多少？")
    assert not a.found or "一亿八千万头" not in labels(a), a.answer


@pytest.mark.parametrize("text, era, read", [
    ("59年粮食总产量是多少？", 1962, "1959年粮食总产量是多少？"),
    ("五九年呢？", 1960, "1959年呢？"),
    ("25年定了多少？", 2025, "2025年定了多少？"),
    ("到50年要达到多少？", 2035, "到2050年要达到多少？"),
    ("到50年要达到多少？", None, "到1950年要达到多少？"),
    ("85年是多少？", 1990, "1985年是多少？"),
    ("近20年来增长多少？", 2025, "近20年来增长多少？"),
    ("30年内建成", 2025, "30年内建成"),
    ("二〇三五年", 2035, "二〇三五年"),
])
def test_two_digit_years_are_read_in_the_plans_century(text, era, read):
    assert short_years(text, era) == read


@pytest.mark.parametrize("text, numbers, read", [
    ("比重一五是多少？二五要降到多少？", "一二", "比重“一五”是多少？“二五”要降到多少？"),
    ("一五的时候进口占多少？", "一二", "“一五”的时候进口占多少？"),
    ("一五的时候进口占多少？", "二", "一五的时候进口占多少？"),  # a plan printing no 第一个五年: left as said
    ("二五计划的基本任务", "二", "二五计划的基本任务"),  # read as 第二个五年计划 by qa.question.aliases
    ("二五年要达到多少？", "二", "2025年要达到多少？"),
    ("“十二五”时期呢？", "二", "“十二五”时期呢？"),
    ("一五一十地说", "一", "一五一十地说"),
])
def test_a_plan_said_by_number_is_its_period_where_the_plan_prints_it(text, numbers, read):
    assert read_asked_time(text, numbers=frozenset(numbers)) == read


@pytest.mark.parametrize("question, verdict", [
    ("现在全国有一万八千多个基层供销社，对吗？", "是的"),
    ("现在有一万个基层供销社吗？", "不是"),
    ("平均一个基层供销社拥有四万六千亩耕地吗？", "是的"),
    ("59年全国生猪存栏数是一亿八千万头吗？", "是的"),
    ("1959年全国棉花总产量是五千万担对吗？", "不是"),
])
def test_a_figure_stated_in_chinese_numerals_is_checked_by_value(report, question, verdict):
    a = report.ask(question)
    assert a.found and a.answer.startswith(verdict), a.answer


MODERN = DATA / "qa-numerals3-modern.md"


@pytest.mark.parametrize("question, value", [
    ("50年森林覆盖率要达到多少？", "65%"),  # a 2021–2035 plan's 50年 is 2050, never 1950
    ("35年森林覆盖率要达到多少？", "60%"),
    ("90年森林覆盖率是多少？", "30%"),  # and its 90年 is 1990
])
def test_a_modern_plans_short_years_are_read_in_its_century(engine_for, question, value):
    a = engine_for(MODERN).ask(question)
    assert a.found and labels(a) == [value], a.answer
