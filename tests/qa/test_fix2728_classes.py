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
