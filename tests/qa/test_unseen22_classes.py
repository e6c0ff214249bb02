"""Lane unseen22's classes, on an invented special plan (tests/data/unseen22-plan.md).

- A numbered item may open with a year (「3.2027年丙江区东塘镇休闲森林公园」): the point after its number is no
  decimal's, and the run of items goes on through it.
- A sentence counting N things with no colon (「通过6个重点工程项目的推进实施，…」) leads the numbered paragraphs after
  it when there are exactly N of them; a question naming the plan's own region (丙江) asks the same list.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.markers import NUMBER_OF, NUMBERED
from qa.enumerations.leadin import things_counted

from .said import norm

PLAN = Path(__file__).resolve().parents[1] / "data" / "unseen22-plan.md"


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("line, item", [
    ("3.2027年丙江区东塘镇休闲森林公园", True),
    ("4．2026年松江区石湖荡镇休闲森林公园", True),
    ("2.5亿元", False),
    ("1.2030年", True),
    ("3.20万吨", False),
])
def test_an_item_may_open_with_a_year(line, item):
    assert bool(NUMBERED.match(line)) is item
    assert bool(NUMBER_OF.match(line)) is item


def test_a_sentence_counts_one_kind_of_thing():
    assert things_counted("通过6个重点工程项目的推进实施，有力支撑各项目标任务实现。") == 6
    assert things_counted("新建3所高中、新建2座公园") is None   # two counts: which list it leads is not said


@pytest.mark.parametrize("question", [
    "“十五五”期间丙江要推进的6个重点工程项目是哪些？",
    "要推进哪6个重点工程项目？",
])
def test_counted_lead_in_lists_its_numbered_paragraphs(plan, question):
    a = plan.ask(question)
    said = norm(a.answer)
    assert a.found and a.kind == "list", a.answer
    for name in ("丙江新城绿环北段森林建设工程", "东塘镇休闲森林公园", "丙江再生资源回收中心改造项目"):
        assert name in said, a.answer
    assert "景观照明规划实施方案" not in said, a.answer


def test_counted_lead_in_with_another_count_says_the_plans(plan):
    a = plan.ask("要推进哪8个重点工程项目？")
    assert not a.found or "6项" in norm(a.answer), a.answer
