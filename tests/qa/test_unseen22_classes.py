"""Lane unseen22's classes, on an invented special plan (tests/data/unseen22-plan.md).

- A numbered item may open with a year (「3.2027年丙江区东塘镇休闲森林公园」): the point after its number is no
  decimal's, and the run of items goes on through it.
- A sentence counting N things with no colon (「通过6个重点工程项目的推进实施，…」) leads the numbered paragraphs after
  it when there are exactly N of them; a question naming the plan's own region (丙江) asks the same list.
"""
from __future__ import annotations

import pytest

from kg.ingest.markers import NUMBER_OF, NUMBERED
from qa.enumerations.leadin import things_counted
from tests.conftest import DATA

from .said import norm

PLAN = DATA / "unseen22-plan.md"


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


# A whole named by the parts that close it (「A、B、C、D围合形成的“X”」): the run before the verb, when X follows it.
@pytest.mark.parametrize("question", [
    "“丙江绿环”绿道环线是由哪几条河围合形成的？",
    "丙江绿环由哪些河道围合而成？",
])
def test_composed_whole_lists_its_parts(plan, question):
    a = plan.ask(question)
    assert a.found and a.kind == "list", a.answer
    assert [i.label for i in a.items] == ["东河", "西浜", "南塘", "北港"], a.answer


def test_composed_whole_the_plan_never_prints_is_not_read_from_another(plan):
    a = plan.ask("“丙江绿链”是由哪几条河围合形成的？")
    assert not (a.found and "东河" in norm(a.answer)), a.answer


# Names coined around one character (「以“千家花园”筑基、以“千业添绿”赋能…」): the run whose every name opens with it.
@pytest.mark.parametrize("question", [
    "总体目标里提到的三个“千”字品牌分别是什么？",
    "带“千”字的品牌有哪些？",
])
def test_lettered_run_is_listed(plan, question):
    a = plan.ask(question)
    assert a.found and a.kind == "list", a.answer
    assert [i.label for i in a.items] == ["千家花园", "千业添绿", "千景生辉"], a.answer   # 千绿竞秀 sums them up


def test_lettered_run_of_another_count_is_not_given(plan):
    a = plan.ask("五个“千”字品牌分别是什么？")
    assert not (a.found and "千家花园" in norm(a.answer) and "千景生辉" in norm(a.answer)), a.answer


# A yearly figure asked by any of the genre's per-year words (每年, 年均), wherever the plan prints it before the value;
# 「供应多少」 keeps its verb (应 of 供应 is no modal).
@pytest.mark.parametrize("question, value", [
    ("每年供应多少建设用地？", "12平方公里"),
    ("每年供应建设用地多少？", "12平方公里"),
    ("低效用地每年减量多少？", "3平方公里"),
])
def test_yearly_figure_asked_by_another_per_year_word(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in norm(a.answer), a.answer


def test_yearly_figures_asked_together(plan):
    a = plan.ask("每年供应多少建设用地？低效用地每年减量多少？")
    said = norm(a.answer)
    assert a.found and "12平方公里" in said and "3平方公里" in said, a.answer


def test_a_change_asked_without_its_year_word_is_not_the_yearly_one(plan):
    a = plan.ask("低效用地减量多少？")
    assert not a.found or "每年" in norm(a.answer), a.answer
