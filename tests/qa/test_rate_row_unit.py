"""A figure asked in a unit of its own (天, 家) is never a table row counted in a rate (an invented plan).

「优良天数要达到多少天」 asked of a plan whose table prints only 空气质量优良天数比例（%）: 93% is a share of
days, not days — not found, saying what the table gives. The row itself, asked as a share, still answers; the
prose's own count of days (「县城空气优良天数大于320天」) answers a yearly question in days (a year's days are yearly
by nature), asked in the short wording or the table's full one — never as the whole county's (全县), the 县城's being a part.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "rate-row-unit-plan.md"


@pytest.mark.parametrize("question", [
    "每年空气质量优良天数比例要达到多少天以上？",
    "空气质量优良天数比例对应多少天？",
    "全县空气质量优良天数到2025年要达到多少天？",
    "规模以上工业企业研发机构要达到多少家？", "全县优良天数要达到多少天？",
])
def test_a_rate_row_does_not_answer_a_figure_in_a_unit(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "93%" not in a.answer.split("以下段落")[0] or "百分比" in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("空气质量优良天数比例要达到多少？", "93"),
    ("空气质量优良天数比例2025年是百分之多少？", "93"),
    ("农村自来水普及率要提高几个百分点？", "98"),
])
def test_the_rate_row_still_answers_as_a_rate(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "县城每年空气质量优良天数要达到多少天以上？", "县城每年空气优良天数要达到多少天？", "县城空气优良天数要大于多少天？",
])
def test_the_prose_count_of_days_answers(plan, question):
    a = plan.ask(question)
    assert a.found and "320天" in a.answer, a.answer
