"""An annex opened by 「附件：」 alone, its title on the next line, its table flattened one cell a paragraph (an
invented plan): its rows counted by their running 序号 cells, named by its title or by 附件 alone (the plan's one
annex), whatever the rows are called (项, 举措).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "titled-items-plan.md"


@pytest.mark.parametrize("question", [
    "附件的重点任务一览表一共列了多少项举措？", "重点任务一览表里有多少项？", "附件里一共列了多少项？",
])
def test_the_annex_rows_are_counted(plan, question):
    a = plan.ask(question)
    assert a.found and "3项" in a.answer and "重点任务一览表" in a.answer, a.answer


def test_the_plan_parts_leave_the_annex_out(plan):
    a = plan.ask("本规划分为几个部分？")
    assert a.found and "3个" in a.answer, a.answer
