"""「名词解释一共解释了多少个词」: the glossary's terms counted (set 14 e14-24 was not found although the build held 15).

Invented plans: back-matter glossaries (## 名词解释, numbered entries) and a 专栏 titled 名词解释; a plan with no glossary
gets no count.
"""
from __future__ import annotations

import pytest

from qa.enumerations.glossarycount import answer_glossary_count
from tests.conftest import DATA


@pytest.mark.parametrize("plan_file", ["words-plan.md", "words3-plan.md", "district-outline-plan.md"])
@pytest.mark.parametrize("question", [
    "文末的名词解释一共解释了多少个词？",
    "名词解释里有几个词条？",
    "规划后面的名词解释共有多少条？",
])
def test_the_glossary_is_counted(engine_for, plan_file, question):
    a = engine_for(DATA / plan_file).ask(question)
    assert a.found and "2个" in a.answer, a.answer
    assert len(a.items) == 2 and all(i.citation for i in a.items)


def test_a_plan_with_no_glossary_counts_nothing(engine_for):
    kb = engine_for(DATA / "district-flat-indicator-box-plan.md").kb
    assert answer_glossary_count(kb, "名词解释一共解释了多少个词？") is None
