"""Lane fix23unseen's classes, on an invented special plan (tests/data/fix23unseen-plan.md).

- A qualitative row (单位 定性) whose target cell prints only dates (「至2027年底…；至2030年，基本完成…」) gives no
  figure: a question asking a number in its unit (「总投资是多少亿元」) is not answered by the row's words.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "fix23unseen-plan.md"


@pytest.mark.parametrize("question", [
    "临江区3个棚户区改造项目总投资是多少亿元？",
    "棚户区改造要投入多少亿元？",
])
def test_a_dated_qualitative_row_gives_no_figure(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question", [
    "主要指标表里，哪一项是约束性指标？",
    "哪个指标是约束性指标？",
    "哪一个指标属于约束性？",
])
def test_which_row_carries_an_attribute(plan, question):
    # 「哪一项是约束性指标」 asks the table's rows of that attribute, as 「约束性指标有哪些」 does
    a = plan.ask(question)
    assert a.found and "棚户区改造" in a.answer and "旧住房成套改造" not in a.answer, a.answer


def test_a_years_figure_inside_a_target_cell(plan):
    # 「完成市、区设定指标」 / 「（其中2026年0.8万套）」: the remark on a line of its own is the cell's, and its year's figure
    # answers that year; the two years' sum 「其中2026年、2027年累计新增900张」 answers neither year
    a = plan.ask("2026年新增供应保障性租赁住房多少？")
    assert a.found and "0.8万套" in a.answer, a.answer
    b = plan.ask("2026年新增床位多少张？")
    assert "900张" not in b.answer.split("（")[0] or not b.found, b.answer
