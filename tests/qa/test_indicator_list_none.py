"""A list or count of 约束性 indicators where the table as read marks none (no 属性 column, or only 预期性 rows) is not
found, saying what the table gives — never 「约束性指标共0项」 as a found answer (examiner 15, e15-u03)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA


@pytest.mark.parametrize("plan", ["qa-paired-residents-plan.txt", "probef-city-plan.txt"])
@pytest.mark.parametrize("question", ["约束性指标有哪些？", "约束性指标有几个？", "规划里一共有多少项约束性指标"])
def test_no_row_marked_is_not_a_count_of_none(engine_for, plan, question):
    a = engine_for(DATA / plan).ask(question)
    assert not a.found and "共0项" not in a.answer and "没有约束性指标" in a.answer, a.answer
    assert "指标表列出" in a.answer, a.answer


def test_rows_marked_still_listed(engine_for):
    a = engine_for(DATA / "district-flat-indicator-box-plan.md").ask("约束性指标有哪些？")
    assert a.found and a.items and "共0项" not in a.answer, a.answer
