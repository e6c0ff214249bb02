"""A numbered formula (一廊两心) whose parts each open a paragraph of their own (「“一廊”：强化滨河科创走廊…」
「“两心”：推进东城商务中心和西城文化中心…」): 「X分别指什么」 answers each part with its paragraph's first
clause, cited; a formula whose parts are defined nowhere (三区联动) answers nothing of the kind.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "formula-openers-plan.md"


@pytest.mark.parametrize("question", ["“一廊两心”分别指的是什么？", "一廊两心指什么？", "一廊两心具体是哪些？"])
def test_parts_opening_their_paragraphs(plan, question):
    a = plan.ask(question)
    assert a.found and "滨河科创走廊" in a.answer and "东城商务中心" in a.answer, a.answer
    assert a.answer.index("滨河科创走廊") < a.answer.index("东城商务中心"), a.answer
    assert len(a.citations) == 2, a.citations


def test_formula_without_defined_parts(plan):
    a = plan.ask("“三区联动”分别指的是什么？")
    assert "滨河科创走廊" not in a.answer, a.answer
