"""A figure asked of another place than the plan's own region is no answer (lane trust8, exam set 11's e11-36:
「冷水滩区2025年地区生产总值目标是多少」 over the 零陵区 plan answered 零陵区's 341亿元 as found).

On an invented district plan (tests/data/home-place-plan.md, 青禾区): a sibling district, another county or
province, or the parent city alone asks a figure the plan does not give — found False, saying whose the printed
figure is. The plan's own region, alone or led by the places it lies in (「某省某市青禾区」), still answers; a place
the figure's own paragraph names (白沙县产业合作园) is that paragraph's to answer.
"""
from __future__ import annotations

import pytest

from qa.checks.places import lead_places
from tests.conftest import DATA

PLAN = DATA / "home-place-plan.md"


@pytest.mark.parametrize("question", [
    "红石区2025年地区生产总值目标是多少？",
    "到2025年，红石区地区生产总值要达到多少？",
    "黄岭县2025年常住人口城镇化率目标是多少？",
    "江南省2025年森林覆盖率要达到多少？",
])
def test_another_place_is_never_given_the_plans_figure(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "规划给出的是青禾区的" in a.answer
    assert not any(v in a.answer for v in ("318", "64", "55", "80万头"))


@pytest.mark.parametrize("question", [
    "红石区到2025年生猪年出栏要达到多少？",
    "黄岭县粮食播种面积稳定在多少？",
])
def test_another_places_prose_figure_is_no_answer(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert not any(v in a.answer for v in ("318", "64", "55", "80万头"))


@pytest.mark.parametrize("question, value", [
    ("青禾区2025年地区生产总值目标是多少？", "318"),
    ("2025年地区生产总值目标是多少？", "318"),
    ("江南省青州市青禾区2025年地区生产总值目标是多少？", "318"),
    ("到2025年，青禾区常住人口城镇化率要达到多少？", "64"),
    ("青禾区到2025年生猪年出栏要达到多少？", "80万头"),
])
def test_the_plans_own_region_still_answers(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


def test_a_place_the_figures_paragraph_names_is_that_paragraphs(plan):
    a = plan.ask("白沙县产业合作园到2025年实现产值多少？")
    assert a.found and "50亿元" in a.answer, a.answer


@pytest.mark.parametrize("clause, places", [
    ("冷水滩区2025年地区生产总值目标是多少", ["冷水滩区"]),
    ("到2025年，湖南省永州市零陵区常住人口多少", ["湖南省", "永州市", "零陵区"]),
    ("到2025年城区人口多少", []),
    ("大中城市数量多少", []),
    ("农村地区自来水普及率多少", []),
    ("经济开发区2025年产值多少", []),
])
def test_lead_places(clause, places):
    assert [p for p, _, _ in lead_places(clause)] == places
