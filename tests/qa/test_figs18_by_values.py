"""Reverse look-up of a road by two printed figures (「哪条路道路宽度60m、总长6.4km？」, set 18 s18-15): the work
holding every figure asked is named; one holding only some of them (the same width, another length) is not, and
no work holding them all gives no road."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "figs18-roads-plan.txt"


@pytest.mark.parametrize("question", [
    "规划里哪条路道路宽度60m、总长6.4km？",
    "道路宽度60m、总长6.4km的是哪条路？",
    "哪条路宽60m、长6.4km？",
    "总长6.4km、宽度60m的是哪条道路？",
])
def test_road_holding_both_figures(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and [i.label for i in a.items] == ["翠湖大道北段"], a.answer


@pytest.mark.parametrize("question", [
    "规划里哪条路道路宽度60m、总长7.4km？",
    "哪条路宽42m、长7.9km？",
])
def test_no_road_holds_them_all(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert not any(i.label in ("翠湖大道北段", "翠湖大道南段", "松林路延伸段") for i in a.items), a.answer
    assert "对应的是" not in a.answer
