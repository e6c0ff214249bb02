"""A reverse look-up by a value asked with its unit (「哪个指标2025年基准值是3.1%」) answered by the row that prints it.

The last check (qa.checks.verify) refuses a look-up whose answer does not print the asked value; it reads the answer's
numbers by value, so a thousands comma (1,250) is dropped — but never the 「，」 between two cells (「2025年为3.1，2030年
目标为3.5左右」), which once joined them into 3.12030 and refused the row that answers (set 14, e14-u09).
"""
from __future__ import annotations

import pytest

from qa.checks.verify import _value_not_given
from tests.conftest import DATA

PLAN = DATA / "district-flat-indicator-box-plan.md"


@pytest.mark.parametrize("question", [
    "哪个指标2025年基准值是3.1%？",
    "2025年数值为3.1%的是哪个指标？",
    "现状值为3.1%的是哪项指标？",
])
def test_the_row_printing_the_value_answers(plan, question):
    a = plan.ask(question)
    assert a.found and "研发经费支出相当于地区生产总值比例" in a.answer, a.answer


@pytest.mark.parametrize("question", ["哪个指标2025年基准值是3.2%？", "2030年数值为3.6%的是哪个指标？"])
def test_a_value_no_row_prints_stays_not_found(plan, question):
    a = plan.ask(question)
    assert not a.found and "研发经费" not in a.answer.split("以下段落")[0], a.answer


@pytest.mark.parametrize("text, asked, missing", [
    ("某指标（%），2025年为45.3，2030年目标为50。", "哪个指标2025年是45.3%？", None),
    ("某项目规划用地1,250亩。", "哪个项目用地1250亩？", None),
    ("某项目规划用地1,250亩，投资3亿元。", "哪个项目用地125亩？", "125亩"),
    ("某指标（%），2025年为45.3，2030年目标为50。", "哪个指标2025年是45.32%？", "45.32%"),
])
def test_cells_are_read_apart_and_thousands_joined(text, asked, missing):
    assert _value_not_given(asked, text) == missing
