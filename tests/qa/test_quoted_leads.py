"""「基本要求里的几个“更加注重”分别是什么」: the list lines a quoted phrase leads, under one heading (set 14 e14-u19 was
not found while its citations held two of the four 「——更加注重…」 lines; 「“更加注重”有哪几条」 answered a wrong run
of 5 from one line's sentence). Invented plan: a set under one heading is listed; a phrase leading lines under two
headings (坚持…) is not one set and is not listed here.
"""
from __future__ import annotations

import pytest

from qa.enumerations.quotedleads import answer_quoted_leads
from tests.conftest import DATA

PLAN = DATA / "quoted-leads-plan.md"


@pytest.mark.parametrize("question", [
    "基本要求里的几个“更加注重”分别是什么？",
    "基本要求里有哪些“更加注重”？",
    "“更加注重”有哪几条？",
])
def test_the_lines_the_phrase_leads_are_listed(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == ["更加注重工商并举", "更加注重创新驱动", "更加注重统筹协调"], a.answer


@pytest.mark.parametrize("question", ["“坚持”有哪几条？", "“坚持规划引领”有哪些？", "“更加注重”是什么意思？"])
def test_no_one_set_lists_nothing_here(plan, question):
    assert answer_quoted_leads(plan.kb, question) is None
