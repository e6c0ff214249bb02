"""A heading is numbered once, as the plan prints it: 「第17章（第十七章）」 doubled every structure answer's
numbers. A plan printing 第三章 is answered 第三章, one printing 第28章 第28章 — whichever numeral the question
uses — in the answer, its items and its citations (the labels the build keeps), and in a refusal naming the
numbers the plan has. Questions still find a heading by either numeral (qa.index.kb.heading_text)."""
from __future__ import annotations

import re

import pytest

from tests.conftest import DATA
from tests.qa.said import norm

CHINESE = DATA / "two-part-structure-plan.txt"
#: A heading number said twice: 「第17章（第十七章）」.
_DOUBLED = re.compile(r"第[0-9一二三四五六七八九十]+[篇章节]（第")


def _said(answer) -> str:
    cites = [f"{c.path}{c.text}" for c in answer.citations]
    return norm(answer.answer + "".join(i.label for i in answer.items) + "".join(cites))


@pytest.mark.parametrize("question, says", [
    ("“提升城市品质”在哪一章？", ["第三章推进城乡融合发展"]),
    ("提升城市品质这一节在第几章", ["第三章"]),
    ("第三章有几节？", ["第三章", "第一节提升城市品质", "第三节促进县域经济发展"]),
    ("第3章包括哪几节？", ["第三章", "第二节全面推进乡村振兴"]),
    ("专栏2在第几章？", ["第三章"]),
    ("“产业”在规划的哪些章节出现？", ["第一章发展基础", "第二章建设现代化产业体系", "第三章推进城乡融合发展"]),
])
def test_a_plan_printing_chinese_numerals_is_answered_in_them(engine_for, question, says):
    a = engine_for(CHINESE).ask(question)
    said = _said(a)
    assert a.found and all(norm(s) in said for s in says), a.answer
    assert not _DOUBLED.search(said) and not re.search(r"第\d+[章节]", said), a.answer


@pytest.mark.parametrize("question", ["第九章讲什么？", "第9章的标题是什么？"])
def test_a_number_the_plan_lacks_is_refused_in_the_plans_numerals(engine_for, question):
    a = engine_for(CHINESE).ask(question)
    assert not a.found and "第一章至第三章，没有第九章" in a.answer and not re.search(r"第\d", a.answer), a.answer


@pytest.mark.parametrize("question, says", [
    ("人才倍增计划那个专栏在哪一章", "第28章促进就业创业"),
    ("第二十八章有几节？", "第28章"),
    ("第28章有几节？", "第28章"),
])
def test_a_plan_printing_digits_is_answered_in_digits(engine, question, says):
    a = engine.ask(question)
    said = _said(a)
    assert a.found and norm(says) in said and not _DOUBLED.search(said), a.answer
    assert "第二十八章" not in said, a.answer
