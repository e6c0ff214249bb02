"""Where a work is sited or a road runs (「在哪」「从哪到哪」「起止点」), on a made-up county plan.

The answer is the clause the work's own item prints — 「选址…」「位于…」, 「A至B」, 「南起A，北至B」 —
cited; a work whose item gives none is said to have none (never a neighbour's site), and
「在哪一章」 still asks for the heading.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "sites-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize(
    "question, site",
    [
        ("云桥物流中心在哪？", "县城东区、高铁站南侧"),
        ("云桥物流中心选址在哪里？", "县城东区、高铁站南侧"),
        ("云桥物流中心建在哪儿", "县城东区、高铁站南侧"),
        ("滨江路北段从哪到哪？", "东门路至白鹭大桥"),
        ("滨江路北段的起点和终点是哪里？", "东门路至白鹭大桥"),
        ("青云大道延伸段起止点？", "火车站路至高铁站"),
        ("南门路综合管廊南起哪里北至哪里？", "南起东门路，北至青溪二桥"),
        ("青溪再生资源产业园在哪？", "东关镇原工业园"),  # its own item, not the prose's 回收—拆解 chain
    ],
)
def test_site_from_the_works_own_item(county, question, site):
    a = county.ask(question)
    assert a.found, a.answer
    assert site in a.answer, a.answer
    assert a.citations and site.split("，")[0] in a.citations[0].text
    assert "拆解" not in a.answer and "主导产业" not in a.answer, a.answer  # the site clause only


@pytest.mark.parametrize("question", ["青溪冷链物流基地在哪？", "白鹭大桥建设工程从哪到哪？"])
def test_no_site_printed_is_said(county, question):
    a = county.ask(question)
    assert not a.found, a.answer
    assert "没有写明" in a.answer
    assert "县城东区" not in a.answer and "至" not in a.answer.replace("起止", "")


def test_chapter_asked_is_no_site(county):
    a = county.ask("云桥物流中心在规划的哪一章？")
    assert "县城东区" not in a.answer
    assert "第2章" in a.answer or "第二章" in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("青白高速多长？", "42.6km"),            # printed short in a list, its figure only under the long name
    ("青白高速全长多少公里？", "42.6km"),
    ("东河快速干道全线长多少？", "18km"),     # never printed short
])
def test_a_route_named_by_its_ends_first_characters(county, question, value):
    a = county.ask(question)
    assert a.found and value in a.answer, a.answer
