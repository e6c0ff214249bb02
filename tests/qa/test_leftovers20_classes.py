"""Classes other lanes left open, asked in other words on an invented plan (tests/data/leftovers20-plan.md).

- A measure whose words the plan prints turned round (高压线路 asked, 「新建线路35千伏高压28km」 printed) is that
  measure; a sum of it and a sibling is theirs added, and the grade between the words (35千伏) is no length. A word
  pair printed round for another thing (低压线路 has no 高压) is not it.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import QUOTE

PLAN = DATA / "leftovers20-plan.md"


@pytest.mark.parametrize("question, value", [
    ("城乡配电网改造升级，高压线路新建多少公里？", "28km"),
    ("配电网改造升级中高压线路要新建几公里", "28km"),
    ("燃气管网延伸工程新建次高压管道多少公里？", "12公里"),
])
def test_a_measure_printed_with_its_words_turned_round(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in QUOTE.sub("", a.answer), a.answer
    assert "35千伏" not in QUOTE.sub("", a.answer), a.answer


@pytest.mark.parametrize("question, total", [
    ("城乡配电网改造升级，高压线路和低压线路加起来一共新建多少公里？", "178km"),
    ("高压线路和中压线路加起来一共多少公里", "91km"),
])
def test_a_sum_of_measures_printed_turned_round(plan, question, total):
    a = plan.ask(question)
    assert a.found and total in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "城乡配电网改造升级，超高压线路新建多少公里？",
    "燃气管网延伸工程新建低压管道多少公里？",
])
def test_a_turned_pair_of_other_words_is_not_the_measure(plan, question):
    a = plan.ask(question)
    assert not a.found or not any(v in QUOTE.sub("", a.answer) for v in ("28km", "12公里", "40公里")), a.answer


# A name whose head the plan quotes (「“246”绿色出行方式」), asked unquoted, is that name, not the thing the head
# alone names (「“246”工程」); the head asked alone, or with the other name's words, is still that other thing.
@pytest.mark.parametrize("question, chapter, not_chapter", [
    ("246绿色出行方式在哪一章", "第三章", "第二章"),
    ("规划里246绿色出行方式是在哪一章提出的？", "第三章", "第二章"),
    ("246工程在哪一章", "第二章", "第三章"),
])
def test_a_name_with_a_quoted_head_asked_unquoted(plan, question, chapter, not_chapter):
    a = plan.ask(question)
    lead = a.answer.split("另见")[0]
    assert a.found and chapter in lead and not_chapter not in lead, a.answer


# A spoken 呢 after a question that asks already changes nothing (「是第几号专栏呢」); 哪几个/哪几项 of measures asks
# them as 哪些 does — the section's measures, not one sentence read as a list.
@pytest.mark.parametrize("question", [
    "桐溪英才集聚计划是第几号专栏呢？",
    "“桐溪英才集聚计划”是第几号专栏呢？",
    "桐溪英才集聚计划是第几号专栏？",
])
def test_a_box_number_asked_with_a_spoken_tail(plan, question):
    a = plan.ask(question)
    assert a.found and "专栏2" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "持续优化政务服务环境有哪几个具体举措？",
    "持续优化政务服务环境的主要措施有哪几项",
    "持续优化政务服务环境有哪些具体举措？",
])
def test_measures_asked_with_which_several(plan, question):
    a = plan.ask(question)
    assert a.found and all(w in a.answer for w in ("一网通办", "拖欠中小企业账款", "双随机")), a.answer


# The plan's own place said after a verb of coming (「…落地入驻桐溪」) is where every such firm comes, no part of the
# measure; another place there is not the plan's. A linked park's own figures (投资, 用地) never pre-empt a count asked
# of it (几大功能区).
@pytest.mark.parametrize("question", [
    "有几个“世界500强”企业落地入驻桐溪？",
    "有几个“世界500强”企业落地入驻桐溪区？",
])
def test_the_own_place_after_a_verb_of_coming(plan, question):
    a = plan.ask(question)
    assert a.found and "5个" in QUOTE.sub("", a.answer), a.answer


def test_another_place_after_a_verb_of_coming_is_not_the_plans(plan):
    a = plan.ask("有几个“世界500强”企业落地入驻青岚区？")
    assert not a.found or "5个" not in QUOTE.sub("", a.answer), a.answer


@pytest.mark.parametrize("question, value", [
    ("桐溪智慧物流园主要规划建设几大功能区？", "四大"),
    ("桐溪智慧物流园项目主要规划建设几大功能区", "四大"),
])
def test_a_count_asked_of_a_park_with_figures_of_its_own(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in QUOTE.sub("", a.answer) and "30亿元" not in QUOTE.sub("", a.answer), a.answer


def test_a_count_the_park_does_not_print(plan):
    a = plan.ask("桐溪智慧物流园规划建设几个停车场？")
    assert not a.found or not any(v in QUOTE.sub("", a.answer) for v in ("四", "800亩", "30亿元")), a.answer
