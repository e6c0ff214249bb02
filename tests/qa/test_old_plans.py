"""Questions on a plan of an older layout (issue 11): list items and a Markdown table of figures by year,
footnote definitions, figures whose measure is the sentence's topic, traps. The plan is invented."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

OLD = DATA / "qa-old-ten-year-plan.md"


@pytest.fixture(scope="module")
def old(engine_for):
    return engine_for(OLD)


@pytest.mark.parametrize("question, expected", [
    ("1990年粮食产量要达到多少？", "三百二十亿斤"),
    ("到1990年全省粮食产量要达到多少斤？", "三百二十亿斤"),
    ("1985年钢产量的目标是多少？", "一百六十万吨"),
    ("1990年全省人口自然增长率要降到多少？", "千分之十"),
    ("工程造价1990年要比现在降低多少？", "20%"),
    ("“七五”省预算内的基本建设投资是多少？", "450亿元"),
    ("十年里能源方面投资多少？占全部投资的比例是多少？", "160亿元"),
    ("1985年纯碱的计划产量是多少？", "17.6万吨"),
    ("1985年糖的计划产量是多少？", "8.6万吨"),
    ("工业总产值平均每年递增多少？", "百分之九·一"),
])
def test_old_layout_figures(old, question, expected):
    a = old.ask(question)
    assert a.found and expected in a.answer, a.answer


def test_share_of_the_asked_part(old):
    a = old.ask("十年里能源方面投资多少？占全部投资的比例是多少？")
    assert "21.3%" in a.answer and "10%" not in a.answer, a.answer


@pytest.mark.parametrize("question, wrong", [
    ("十年里化学工业投资多少？占全部投资的比例是多少？", "10%"),  # no owner of its own: never 农业's share
    ("到1995年原煤产量要达到多少？", "1995年为"),  # no such year: never a value labelled with it
    ("1990年粮食产量按人口平均要达到多少？", "三百二十亿斤"),  # per head, not the total
])
def test_old_layout_traps(old, question, wrong):
    a = old.ask(question)
    assert wrong not in a.answer, a.answer
    assert not a.found or "按人口平均" in question, a.answer


def test_footnote_definition_answers_what_a_term_includes(old):
    a = old.ask("计划里说的“基本建设投资”包括哪些费用？")
    assert a.found and "建筑工程的费用" in a.answer and "购置设备的费用" in a.answer, a.answer
