"""Figure questions of plans: two sibling measures asked in one breath (「A面积和B产能分别是多少」), each its own
subject's, never the first one's subject lent to the second (谷物粮食产能 is named nowhere).

On a made-up county plan (``tests/data/qa-figs8-plan.md``).
"""
from __future__ import annotations

import pytest

from qa.question.frame import parse_frame
from qa.question.intent import classify_intent
from tests.conftest import DATA
from tests.qa.said import labels

PLAN = DATA / "qa-figs8-plan.md"


@pytest.mark.parametrize("question, measures", [
    ("蔬菜面积和棉花产能的目标分别是多少？", ("蔬菜面积", "棉花产能")),
    ("蔬菜面积和棉花产能分别要达到多少？", ("蔬菜面积", "棉花产能")),
    ("油料播种面积和棉花产能各是多少？", ("油料播种面积", "棉花产能")),
    ("茶园面积和用地分别是多少？", ("茶园面积", "茶园用地")),  # a bare attribute word still borrows the subject
])
def test_sibling_measures_keep_their_own_subjects(question, measures):
    assert parse_frame(question, classify_intent(question)).measures == measures


@pytest.mark.parametrize("question", [
    "蔬菜面积和棉花产能的目标分别是多少？",
    "蔬菜面积和棉花产能分别要达到多少？",
])
def test_sibling_measures_each_answered(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["85万亩左右", "60万吨"], a.answer
    assert "未找到" not in a.answer


@pytest.mark.parametrize("question", [
    "园区提质那一章说，到2026年园区产值要达到多少？",
    "园区提质这一章里，园区产值要达到多少？",
    "园区提质工程那一节讲，园区产值要达到多少？",
])
def test_heading_named_by_its_title_scopes_the_figure(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["80亿元以上"], a.answer


@pytest.mark.parametrize("question", [
    "生态环境那一章说，园区产值要达到多少？",  # the figure stands in another chapter
    "园区提质那一章说，到2030年园区产值要达到多少？",  # a year the plan does not give
])
def test_heading_named_by_its_title_refuses_what_it_does_not_hold(plan, question):
    assert not plan.ask(question).found


@pytest.mark.parametrize("question", [
    "城区一年空气优良天数要大于多少天？",
    "城区空气优良天数不低于多少天？",
    "城区每年空气优良天数要高于多少天？",
])
def test_bound_asked_as_the_verb(plan, question):
    a = plan.ask(question)
    assert a.found and labels(a) == ["大于320天/年"], a.answer


@pytest.mark.parametrize("question", [
    "“数字”在规划的哪些条目里出现？",
    "数字在哪些条目里出现？",
    "哪些条款提到了“数字”？",
])
def test_which_items_a_term_stands_in_is_a_places_question(plan, question):
    assert classify_intent(question).kind == "xref"
    a = plan.ask(question)
    assert a.found and "四、推进数字乡村建设" in a.answer, a.answer
