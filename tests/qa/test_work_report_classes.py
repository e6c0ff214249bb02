"""Classes found on two real government work reports nobody had fitted (lane probeA), tested on an invented one:
a report's 「三、2023年工作安排」 sets that year's targets in sentences that say 「今年」, after a section on the
five-year plan's horizon (到2025年).

A figure under a heading dated by one year is for that year — never the horizon of the plan the report also
describes, and never the answer to a question about another year.
"""
from __future__ import annotations

from pathlib import Path

import pytest

PLAN = Path(__file__).resolve().parents[1] / "data" / "qa-work-report-plan.md"


@pytest.fixture(scope="module")
def report(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question, value", [
    ("2023年地区生产总值预期增长多少？", "6%"),
    ("2023年GDP要增长多少？", "6%"),
    ("2023年一般公共预算收入增长多少？", "5%"),
    ("2023年要新建高标准农田多少亩？", "3.2万亩"),
    ("2023年森林覆盖率要达到多少？", "59.5%"),
])
def test_dated_heading_gives_its_year(report, question, value):
    a = report.ask(question)
    assert a.found and value in a.answer, a.answer
    assert "2025" not in a.answer, a.answer


@pytest.mark.parametrize("question, value, other", [
    ("到2025年地区生产总值要超过多少？", "240亿元", "6%"),
    ("到2025年森林覆盖率要达到多少？", "61%", "59.5%"),
])
def test_horizon_figure_is_not_the_years(report, question, value, other):
    a = report.ask(question)
    assert a.found and value in a.answer and other not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "2025年一般公共预算收入预期增长多少？",
    "2025年一般公共预算收入要增长多少？",
    "“十四五”末一般公共预算收入增长多少？",
    "2024年新建高标准农田多少亩？",
])
def test_a_years_target_answers_no_other_year(report, question):
    """5% is 2023's; the report gives no 2025 (or 2024) figure of it: not found, never 5% or 3.2万亩."""
    a = report.ask(question)
    assert not a.found, a.answer  # (it may say what the report does give: 「原文中的5%是2023年的」)


@pytest.mark.parametrize("question, word", [
    ("2023年一般公共预算收入增长多少？", "一般公共预算收入"),
    ("2022年一般公共预算收入是多少？", "一般公共预算收入"),
])
def test_a_measure_starting_with_one_is_no_number(report, question, word):
    """「一般…」 starts with the character 一: a word of the measure asked, not a number the question printed."""
    a = report.ask(question)
    assert a.found and "所问名称的一部分" not in a.answer, a.answer


@pytest.mark.parametrize("question, printed", [
    ("2023年一般公共预算收入增长多少？", "5%左右"),
    ("2023年地区生产总值增长多少？", "6%左右"),
])
def test_lead_in_item_quotes_its_own_piece(report, question, printed):
    """A lead-in and its items in one paragraph (「主要预期目标是：…增长6%左右；…增长5%左右」): the quote is the item's,
    never the paragraph's opening sentence (「今年是…关键之年」)."""
    a = report.ask(question)
    quote = a.answer.split("原文：", 1)[-1]
    assert a.found and printed in quote and "关键之年" not in quote, a.answer
