"""Questions on an invented plan whose two indicator tables are flattened one cell per paragraph (see
tests/kg/ingest/test_table_paragraph_cells.py): a table counted by its title counts its numbered rows (a
「其中」 sub-row said apart), a group word inside the restated title asks for no group, and a figure asked
for the plan's target year comes from the table for that year, never the last period's target.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-flattened-tables-plan.md"


@pytest.mark.parametrize("question, count", [
    ("“十四五”水务发展主要指标表一共列了多少项指标？", "5项"),
    ("某区水务“十三五”规划指标完成情况一览表一共有几项指标？", "6项"),
])
def test_numbered_rows_counted(plan, question, count):
    a = plan.ask(question)
    assert a.found and count in a.answer, a.answer
    assert "主干管网" in a.answer.split("另有")[-1], a.answer


def test_group_word_in_the_title_is_no_group(plan):
    a = plan.ask("“十四五”水务发展主要指标表一共列了多少项指标？")
    assert "供水指标" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["到2025年供水普及率要达到多少？", "十四五供水普及率目标是多少？"])
def test_target_year_from_its_own_table(plan, question):
    a = plan.ask(question)
    assert a.found and "100" in a.answer and "99（" not in a.answer, a.answer


@pytest.mark.parametrize("question, value, other", [
    ("十三五供水普及率的目标是多少？", "99", "100"),
    ("“十三五”期间供水普及率实际完成了多少？", "99.6", "100"),
    ("供水普及率的目标是多少？", "100", "目标为99"),
])
def test_row_of_the_period_asked(plan, question, value, other):
    a = plan.ask(question)
    assert a.found and value in a.answer and other not in a.answer, a.answer
