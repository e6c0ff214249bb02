"""A heading dated in Chinese numerals is named with the year in digits (and the reverse), never another year's; a
how-answer keeps only passages on its topic, the same section's other paragraphs included.

On an invented plan (tests/data/vision-toilet-plan.txt): the seed's 「二〇三五年远景目标是什么」 was not found although
the plan has a 第2节 二〇三五年远景目标 (the question reaches the answerers as 2035年…, and 三五 in 二〇三五 was read as a
period and cut); 「规划怎么推进农村改厕」 listed the same 节's 农村危房改造 paragraph second (it shares 农村 and 改造).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "vision-toilet-plan.txt"
VISION = "基本建成生态强县、茶旅名县"


@pytest.fixture(scope="module")
def engine(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "二〇三五年远景目标是什么",
    "2035年远景目标是什么？",
    "到2035年的远景目标是什么",
    "二〇三五年的远景目标是什么？",
    "规划提出的二〇三五年远景目标是什么",
    "2035年远景目标包括哪些内容",
    "二〇三五年远景目标讲了什么",
    "远景目标是什么",
])
def test_a_heading_dated_in_either_numerals_answers_with_its_content(engine, question):
    a = engine.ask(question)
    assert a.found and VISION in a.answer, a.answer
    assert a.citations and all(c.section and "远景目标" in c.section for c in a.citations)


@pytest.mark.parametrize("question", ["2030年远景目标是什么", "二〇三〇年远景目标是什么？", "2050年的远景目标有哪些"])
def test_another_year_is_not_answered_by_the_dated_heading(engine, question):
    a = engine.ask(question)
    assert VISION not in a.answer or not a.found, a.answer


@pytest.mark.parametrize("question", [
    "规划怎么推进农村改厕",
    "如何推进农村改厕？",
    "怎样推进农村厕所改造",
    "农村厕所怎么改造？",
])
def test_a_how_answer_leaves_out_the_same_section_s_paragraph_off_its_topic(engine, question):
    a = engine.ask(question)
    assert a.found and "卫生厕所改造工程" in a.answer, a.answer
    assert not [i.label for i in a.items if "危房" in i.label or "垃圾" in i.label]
    assert not [c.text for c in a.citations if "危房" in c.text and "厕所" not in c.text]


@pytest.mark.parametrize("question", ["怎么推进老旧小区改造", "如何改造老旧小区？"])
def test_a_renovation_is_about_what_is_renovated(engine, question):
    """改造 is said of any object (危房改造, 道路提质改造): the passage on 老旧小区 answers, not the road one beside it."""
    a = engine.ask(question)
    assert a.found and "45个老旧小区" in a.answer, a.answer
    assert not [i.label for i in a.items if "道路" in i.label]
