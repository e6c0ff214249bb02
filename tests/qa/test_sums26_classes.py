"""Sums, differences and ratios of figures the plan prints one by one (lane sums26).

An invented plan (tests/data/sums26-plan.md) prints its targets as city energy plans do: two years and their two
values in one clause (「2025、2030年全市光伏装机力争达到120、260万千瓦」), a works' parts each with its own figure,
two owners' figures in clauses of their own. A year's value is the one printed in its place in the run
(qa.values.year_run); a difference or ratio is said with both figures and the arithmetic, and refused, saying
which, when a figure is not printed, or is in another unit (qa.values.difference).
"""
from __future__ import annotations

import pytest

from qa.values.restated import without_prose_source
from tests.conftest import DATA
from tests.qa.said import QUOTE

PLAN = DATA / "sums26-plan.md"


@pytest.mark.parametrize("question, value, wrong", [
    ("2025年全市光伏装机力争达到多少？", "120万千瓦", "260"),
    ("2030年全市光伏装机要达到多少？", "260万千瓦", "120"),
    ("2025年天然气供应能力是多少？", "40亿立方米左右", "55"),
    ("2030年全市风电装机多少？", "150万千瓦", "80"),
])
def test_a_year_of_a_run_of_years_gets_the_value_in_its_place(plan, question, value, wrong):
    a = plan.ask(question)
    said = QUOTE.sub("", a.answer)
    assert a.found and value in said and wrong not in said, a.answer
    assert a.items and a.items[0].label.endswith(value.replace("左右", "")) or value in a.items[0].label


@pytest.mark.parametrize("question, result, parts", [
    ("全市光伏装机2030年比2025年多多少万千瓦？", "140万千瓦", ("260万千瓦", "120万千瓦")),
    ("风电装机从2025年到2030年要增加多少？", "70万千瓦", ("150万千瓦", "80万千瓦")),
    ("天然气供应能力2030年比2025年增加多少？", "约15亿立方米", ("55亿立方米", "40亿立方米")),
    ("非化石能源占能源消费比重2030年比2025年提高几个百分点？", "4个百分点", ("22%", "18%")),
    ("北岭风电场比南塘风电场装机多多少？", "4万千瓦", ("8万千瓦", "4万千瓦")),
    ("北岭风电场的装机是南塘风电场的几倍？", "2倍", ("8万千瓦", "4万千瓦")),
    ("2030年的光伏装机目标是2025年的多少倍？", "约2.17倍", ("260万千瓦", "120万千瓦")),
    ("2030年全市光伏装机比风电装机多多少？", "110万千瓦", ("260万千瓦", "150万千瓦")),
])
def test_a_difference_or_ratio_says_both_figures_and_the_arithmetic(plan, question, result, parts):
    a = plan.ask(question)
    assert a.found and a.answer.startswith(result), a.answer
    assert all(p in a.answer for p in parts) and len(a.items) == 2, a.answer


@pytest.mark.parametrize("question, missing", [
    ("2030年生物质发电装机比2025年多多少？", "2030年生物质发电装机"),  # 2030 not printed
    ("2025年全市光伏装机是加氢站数量的几倍？", ""),  # 万千瓦 against 座
])
def test_a_difference_missing_a_figure_or_across_units_is_refused_saying_why(plan, question, missing):
    a = plan.ask(question)
    assert not a.found and missing in a.answer, a.answer


def test_a_box_counted_back_is_summed_measure_by_measure_never_one_measure_plus_another(plan):
    a = plan.ask("专栏3.1里两个特色园区到2025年产值和利税加起来各是多少？")
    assert a.found and "产值合计60亿元" in a.answer and "利税合计7亿元" in a.answer, a.answer
    assert "33亿元" not in a.answer and "34亿元" not in a.answer  # 产值 + 利税 of one park is no figure
    refused = plan.ask("专栏3.1里三个园区产值合计多少？")  # the box lists two
    assert not refused.found and "2个" in refused.answer, refused.answer


def test_the_parts_a_works_paragraph_lists_are_all_added_never_its_first_alone(plan):
    a = plan.ask("青禾灌区工程里各个灌区的灌溉面积加起来一共多少万亩？")
    assert a.found and a.answer.count("7万亩") == 1 and "3.5万亩 + 2.4万亩 + 1.1万亩" in a.answer, a.answer
    refused = plan.ask("青禾灌区工程四个灌区的灌溉面积合计多少？")  # three printed
    assert not refused.found and "3项" in refused.answer, refused.answer


def test_the_things_summed_dated_after_them_are_each_asked_for_that_year(plan):
    a = plan.ask("再生材料产业园和智能装备产业园，2025年两个园子的产值目标加起来是多少？")
    assert a.found and a.answer.startswith("合计60亿元"), a.answer


def test_a_prose_source_named_after_the_thing_is_where_to_look_not_the_measure(plan):
    assert without_prose_source("高标准农田正文里说建成多少亩？") == "高标准农田建成多少亩？"
    assert without_prose_source("生物质发电正文里又说装机达到多少？") == "生物质发电装机达到多少？"
    assert without_prose_source("公正文明城市建成多少个？") == "公正文明城市建成多少个？"  # 正文 inside words
    a = plan.ask("生物质发电正文里说2025年装机达到多少？")
    assert a.found and "30万千瓦" in a.answer, a.answer
