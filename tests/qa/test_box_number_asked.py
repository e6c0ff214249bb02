"""「“X”是第几号专栏？」: 几号 asks which box as 几个 does; a quoted name that is a box's title without its leading
verb (石川英才倍增计划 ↔ 专栏2.1 实施石川英才倍增计划) names that box; a name no box has is refused
(invented plan: tests/data/items13-plan.txt)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "items13-plan.txt"


@pytest.mark.parametrize("question, box", [
    ("“石川英才倍增计划”是第几号专栏？", "专栏2.1"), ("石川英才倍增计划是几号专栏", "专栏2.1"),
    ("“石川英才倍增计划”在第几号专栏？", "专栏2.1"), ("“乡村工匠培育工程”是第几号专栏？", "专栏2.2"),
    ("哪号专栏里有乡村工匠培育工程？", "专栏2.2")])
def test_box_number_asked(plan, question, box):
    a = plan.ask(question)
    assert a.found and box in a.answer, a.answer
    assert not any(other in a.answer for other in ("专栏1.1", "专栏3.1", "专栏2.1" if box == "专栏2.2" else "专栏2.2")), a.answer


def test_a_box_the_plan_has_not_is_refused(plan):
    a = plan.ask("“石川名医倍增计划”是第几号专栏？")
    assert not a.found, a.answer
