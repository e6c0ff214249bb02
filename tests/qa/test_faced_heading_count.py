"""How many items a heading lists, asked with another of the genre's verbs for what a plan faces (「列了几条“十四五”面临的
困难和问题」 of 「（二）“十四五”存在的困难和问题」), and with the heading's quoted term inside the noun counted; on a made-up
district plan. A heading the plan does not have is counted by none.
"""
from __future__ import annotations

import pytest

from qa.outline.headcount import count_frame
from tests.conftest import DATA

PLAN = DATA / "faced-difficulties-plan.txt"


@pytest.fixture(scope="module")
def district(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "规划里列了几条“十四五”面临的困难和问题？",
    "规划列出了几条“十四五”存在的困难和问题",
    "规划里一共列了几条“十四五”遇到的困难和问题？",
])
def test_faced_heading_counted(district, question):
    a = district.ask(question)
    assert a.found, a.answer
    assert "3条" in a.answer, a.answer


def test_quoted_noun_frame():
    assert count_frame("规划里列了几条“十四五”面临的困难和问题？") == (["十四五面临的困难和问题"], "条")


def test_no_such_heading(district):
    # The plan has no heading of the opportunities it faces: no count of another heading's items.
    a = district.ask("规划里列了几条“十四五”面临的机遇？")
    assert not a.found or "3条" not in a.answer, a.answer
