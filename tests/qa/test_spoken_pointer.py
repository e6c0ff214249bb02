"""「大庆坪那个风电场」「河西那个工业园」「石门那座客运站」: a pointer between a place and a kind whose name is a
compound of its own (风电场, 工业园, 客运站, 污水处理厂) is apposition — the place's work of that kind — never a
name the plan lacks (seedwords3: 「大庆坪那个风电场要装几台风机」 said 规划中没有提到大庆坪那个风电场).
"""
from __future__ import annotations

import pytest

from qa.followup import drop_deixis
from tests.conftest import DATA


@pytest.mark.parametrize("question, read", [
    ("大庆坪那个风电场要装几台风机？", "大庆坪风电场要装几台风机？"),
    ("河西那个工业园25年产值多少", "河西工业园25年产值多少"),
    ("石门这座客运站占地多大？", "石门客运站占地多大？"),
    ("北关那个污水处理厂日处理多少吨", "北关污水处理厂日处理多少吨"),
    ("东岭那个光伏电站装机多大", "东岭光伏电站装机多大"),
])
def test_pointer_before_a_compound_kind_is_apposition(question, read):
    assert drop_deixis(question, []) == read


@pytest.mark.parametrize("question", [
    "那个风电场装机多大？",           # at the start: which one is asked (follow-up rules)
    "规划里那个工业园产值多少？",      # after 里: no name before it
    "园区要建的那个污水处理厂多大？",  # after 的: a description, not a name
])
def test_pointer_with_no_name_before_it_stays(question):
    assert drop_deixis(question, []) == question


@pytest.fixture(scope="module")
def pointer(engine_for):
    from pathlib import Path
    return engine_for(DATA / "pointer-plan.txt")


@pytest.mark.parametrize("question, expected", [
    ("石门那个风电场要装几台风机？", "20台"),
    ("北关那个工业园25年产值要到多少", "80亿元"),
    ("东岭这个光伏电站装机多大", "100MW"),
    ("南岭那个工业园到2025年产值多少？", "60亿元"),
])
def test_pointed_work_is_answered_by_its_own_figure(pointer, question, expected):
    a = pointer.ask(question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "西坡那个风电场要装几台风机？",      # 西坡 prints its capacity, no count of turbines (石门 does)
    "北关那个工业园2030年产值多少？",    # no 2030 figure
])
def test_pointed_work_borrows_no_neighbours_figure(pointer, question):
    assert not pointer.ask(question).found
