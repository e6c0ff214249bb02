"""Issue 11, one question in several wordings (lane paraphrase20): the causes of the flips bench/paraphrase.py found.

- The plan named as the source before a comma (根据规划，… 按照《纲要》要求，… 在规划中，…) asks nothing itself; left in,
  「根据规划」 read as the first words of the subject and every figure question after it was refused.
- 哪几个 asks the same members as 哪些 of a town's works (「X镇有哪几个项目或安排」).
- A 呢 closing a question that asks already (「…要达到多少呢？」「…是几级呢？」) is a spoken tail; left in, it was read
  as a follow-up's 呢 or as part of the last name, and the figure refused. A 呢 after no asking word still asks again.
- A term the plan advocates asked 「全县倡导的X」 or 「倡导的X」 is the plan speaking (规划里倡导的X): no part of the term.
A trap stays a trap in every wording.

Our own wordings on made-up plans (tests/data/words5/office-wordings-plan.md, tests/data/where18-plan.txt,
tests/data/paraphrase20/advocated-term-plan.md).
"""
from __future__ import annotations

import pytest

from qa.question.wording import read_wording
from tests.conftest import DATA
from tests.qa.said import unquoted_with_labels


#: The lead-ins naming the plan as the source, as askers put them before a question.
PER_PLAN = ["根据规划，", "按照规划，", "依据《纲要》，", "按照规划要求，", "根据本规划，", "在规划中，", "规划里，", "请问根据规划，"]


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(DATA / "words5" / "office-wordings-plan.md")


@pytest.fixture(scope="module")
def towns(engine_for):
    return engine_for(DATA / "where18-plan.txt")


@pytest.mark.parametrize("lead", PER_PLAN)
@pytest.mark.parametrize("question, value", [
    ("到2025年，信息消费规模要达到多少？", "60亿元"),
    ("农村户用卫生厕所普及率要达到多少？", "90%"),
    ("石桥至龙潭公路全长多少公里？", "18km"),
])
def test_a_figure_asked_after_the_plan_named_as_source(county, lead, question, value):
    a = county.ask(lead + question)
    assert a.found and value in unquoted_with_labels(a), a.answer


@pytest.mark.parametrize("lead", PER_PLAN)
def test_a_trap_stays_a_trap_after_the_plan_named_as_source(county, lead):
    # 8个 counts the 污水处理厂, never the county's 乡镇.
    assert not county.ask(lead + "白石县有几个乡镇？").found


@pytest.mark.parametrize("question, value", [
    ("绿色建筑占城镇新建建筑面积的比例要达到多少呢？", "40%"),
    ("石桥至龙潭公路按几级公路标准修建呢？", "二级"),
    ("园区每年要完成多少亩土地储备呢？", "800亩"),
])
def test_a_figure_asked_with_a_spoken_tail(county, question, value):
    a = county.ask(question)
    assert a.found and value in unquoted_with_labels(a), a.answer


@pytest.mark.parametrize("asked, read", [
    ("园区每年要建多少标准厂房呢？", "园区每年要建多少标准厂房？"),
    # a 呢 asking by itself: the second part of a question, a follow-up
    ("信息消费规模到2025年要达到多少，电子商务交易规模呢？", "信息消费规模到2025年要达到多少，电子商务交易规模呢？"),
    ("2030年呢？", "2030年呢？"),
    ("根据规划，园区每年要建多少标准厂房？", "园区每年要建多少标准厂房？"),
    ("按照《白石县纲要》的部署，园区每年要建多少标准厂房？", "园区每年要建多少标准厂房？"),
    ("从方案上，园区每年要建多少标准厂房？", "园区每年要建多少标准厂房？"),
    # no comma after it: the plan is part of what is asked (a figure the plan itself sets, a part of it)
    ("规划里专栏一共几个？", "规划里专栏一共几个？"),
    ("根据规划建设的停车场有几个？", "根据规划建设的停车场有几个？"),
    # nothing left to ask after the lead-in
    ("根据规划，呢？", "根据规划，呢？"),
])
def test_the_plan_named_as_source_is_read_as_no_part_of_the_question(asked, read):
    assert read_wording(asked) == read


@pytest.mark.parametrize("question", ["柳溪镇有哪几个项目或安排？", "柳溪镇有哪几项安排？"])
def test_which_several_of_a_towns_works_asks_its_works(towns, question):
    a = towns.ask(question)
    assert a.found, a.answer
    for work in ("柳溪客运站", "数字装备产业园", "省级物流枢纽", "高标准农田建设"):
        assert work in a.answer, a.answer
    assert "云峰机场" not in a.answer, a.answer


def test_which_several_of_a_town_the_plan_never_names(towns):
    assert not towns.ask("白沙镇有哪几个项目？").found


@pytest.fixture(scope="module")
def advocated(engine_for):
    return engine_for(DATA / "paraphrase20" / "advocated-term-plan.md")


@pytest.mark.parametrize("question", ["规划里倡导的“246”健康生活方式具体指什么？", "全县倡导的“246”健康生活方式具体指什么？",
                                      "倡导的“246”健康生活方式具体指什么？"])
def test_a_term_the_plan_advocates_asked_without_the_plan_named(advocated, question):
    # 「全县倡导的」 or a bare 「倡导的」 is the plan speaking, as 「规划里倡导的」: the term is 246健康生活方式, never “246”工程.
    a = advocated.ask(question)
    assert a.found and "每周运动4次" in a.answer, a.answer
