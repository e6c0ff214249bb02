"""A quantity in a unit asked of a thing in a named box (「专栏1.1里高标准农田要建多少亩」) is that item's figure, not a
count of a kind of thing the box would have to state (seedwords3 b3: read as 「多少个亩」, answered 专栏没有给出亩的数量);
the prose source named (正文说, 正文里) leads with the prose figure and is no word of the measure.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(DATA / "box-unit-plan.txt")


@pytest.mark.parametrize("question, expected", [
    ("专栏1.1里高标准农田要建多少亩", "20万亩"),
    ("专栏1.1说高标准农田要建多少亩？", "20万亩"),
    ("专栏2.1里北岭风电场装机多少万千瓦", "8万千瓦"),
    ("专栏1.1里要建几个农机化示范基地", "3个"),
    ("正文说高标准农田要建成多少亩", "12万亩"),
    ("到2025年正文里高标准农田要建多少亩", "12万亩"),
])
def test_box_or_prose_figure_asked_by_its_unit(plan, question, expected):
    a = plan.ask(question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "专栏1.1里高标准农田2030年要建多少亩",   # no 2030 figure
    "专栏2.1里北岭风电场要装多少台风机",      # no count of turbines
])
def test_box_figure_borrows_nothing(plan, question):
    assert not plan.ask(question).found
