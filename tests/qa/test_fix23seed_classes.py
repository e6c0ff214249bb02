"""Sets 23/24's classes, on invented text: a box or heading said first as the question's scope
(「专栏2里的X选址在哪个镇」) is no asking for the plan's own place — the site answerer reads X's own item,
and a work whose item prints no site says so (never a box neighbour's site, never found with no site).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

SITES = DATA / "sites-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(SITES)


@pytest.mark.parametrize("question", ["专栏2里的青溪冷链物流基地选址在哪个镇？", "专栏2中青溪冷链物流基地选址在哪？",
                                      "第二章里的青溪冷链物流基地在哪？"])
def test_box_scoped_site_without_one_printed_is_said(county, question):
    a = county.ask(question)
    assert not a.found, a.answer
    assert "没有写明" in a.answer, a.answer
    assert "县城东区" not in a.answer and "东关镇" not in a.answer, a.answer


def test_box_scoped_site_printed_is_read(county):
    a = county.ask("专栏2里的云桥物流中心选址在哪？")
    assert a.found and "县城东区、高铁站南侧" in a.answer, a.answer


def test_chapter_asked_with_a_box_scope_is_still_the_heading(county):
    a = county.ask("专栏2里的云桥物流中心在规划的哪一章？")
    assert "县城东区" not in a.answer


@pytest.fixture(scope="module")
def restated(engine_for):
    return engine_for(DATA / "fix23-restated-plan.txt")


@pytest.mark.parametrize("question, table, prose", [
    ("森林覆盖率2025年的目标，指标表里写的和第三章正文里写的分别是多少？", "62", "65%"),
    ("基本养老保险参保率到2025年，表里和正文说的一样吗？各是多少？", "97", "98%"),
    ("森林覆盖率在正文和指标表中分别是多少？", "62", "65%"),
])
def test_two_sources_compared_give_both_figures(restated, question, table, prose):
    """「表里和正文分别」 names where to look: the words split no measure, and both figures are given."""
    a = restated.ask(question)
    assert a.found and table in a.answer and prose in a.answer, a.answer


@pytest.fixture(scope="module")
def grades(engine_for):
    return engine_for(DATA / "fix23-grades-plan.txt")


@pytest.mark.parametrize("question, values", [
    ("专栏1.1里县市级文保、省保、国保单位分别力争达到多少处？", ("40处", "8处", "3处")),
    ("专栏1.1里全县省保单位和国保单位分别要达到多少处？", ("8处", "3处")),
])
def test_a_box_said_first_is_no_part_of_the_first_grade(grades, question, values):
    """「专栏N里A、B、C分别…」: the box scopes every part; 「县、市级」 printed with its 、 is the 县市级 asked."""
    a = grades.ask(question)
    assert a.found and all(v in a.answer for v in values), a.answer
    assert "未找到" not in a.answer, a.answer
