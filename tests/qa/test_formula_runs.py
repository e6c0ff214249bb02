"""A numbered formula whose heads are words (三馆一中心: three 馆, one 中心) and whose members the paragraph prints
as one run, in the formula's order (「新建县图书馆、县文化馆、县博物馆和“城乡共享”群众文艺中心，使“三馆一中心”…」):
「X是哪三馆、哪一中心」 answers the run's members, cited; a run that does not give every part its count of members
(「两站一室」 beside two 站 and no 室) answers no member list.
"""
from __future__ import annotations

import pytest

from qa.enumerations.groups import formula_parts, run_of_parts
from tests.conftest import DATA

PLAN = DATA / "formula-run-plan.md"
MEMBERS = ["县图书馆", "县文化馆", "县博物馆", "群众文艺中心"]


@pytest.mark.parametrize("question", ["“三馆一中心”是哪三馆、哪一中心？", "“三馆一中心”具体指哪几个场馆和哪个中心？",
                                      "三馆一中心包括哪些？", "“三馆一中心”分别是什么？"])
def test_members_the_run_prints(plan, question):
    a = plan.ask(question)
    assert a.found and a.kind == "list", a.answer
    said = [m for m in MEMBERS if m in a.answer]
    assert said == MEMBERS, a.answer
    assert [a.answer.index(m) for m in said] == sorted(a.answer.index(m) for m in said), a.answer
    assert a.citations and "三馆一中心" in a.citations[0].text, a.citations


@pytest.mark.parametrize("question", ["“两站一室”是哪两站、哪一室？", "两站一室分别指什么？"])
def test_run_short_of_a_part(plan, question):
    a = plan.ask(question)
    assert not (a.found and a.kind == "list" and "文化站" in a.answer and "服务站" in a.answer), a.answer


def test_parts_with_word_heads():
    assert formula_parts("三馆一中心") == [(3, "馆", "三馆"), (1, "中心", "一中心")]
    assert formula_parts("两中心一平台") == [(2, "中心", "两中心"), (1, "平台", "一平台")]
    assert formula_parts("一核三带三园") == [(1, "核", "一核"), (3, "带", "三带"), (3, "园", "三园")]
    assert formula_parts("四个全面") == []


def test_run_in_formula_order():
    parts = formula_parts("两中心一平台")
    assert run_of_parts("建设好甲中心、乙中心和“丙”丁平台，使…", parts) == ["甲中心", "乙中心", "“丙”丁平台"]
    assert run_of_parts("建设好甲中心、乙平台和丙中心", parts) == []
    assert run_of_parts("建设好甲中心、乙中心", parts) == []
