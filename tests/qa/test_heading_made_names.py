"""A heading's numbered paragraphs each ending with what they make (「…，着力建设传统风貌展示园。」): a question asking
what the verb makes (「发展目标里要着力建设哪几个“园”」) gets those names, not the paragraphs' opening clauses; on a
made-up town plan.
"""
from __future__ import annotations

import pytest

from qa.answer import Item
from qa.enumerations.lists import _made_by_verb
from tests.conftest import DATA

PLAN = DATA / "heading-made-names-plan.txt"
PARKS = ["传统风貌展示园", "非遗技艺体验园", "休闲旅游度假园"]


@pytest.fixture(scope="module")
def town(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "发展目标里要着力建设哪几个“园”？",
    "规划的发展目标要着力建设哪几个园",
    "发展目标中着力建设哪三个园？",
])
def test_names_the_verb_makes(town, question):
    a = town.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == PARKS, a.answer
    assert all(i.citation for i in a.items)


def test_an_item_without_the_verb_keeps_the_items():
    # The second paragraph names no 园 after the verb: no names are read, the items stand as the heading lists them.
    items = [Item("甲"), Item("乙")]
    assert _made_by_verb("要着力建设哪几个园？", items) == []
    assert _made_by_verb("发展目标有哪些？", items) == []
