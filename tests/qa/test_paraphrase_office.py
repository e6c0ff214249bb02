"""Issue 11, one question in office wordings (lane paraphrase20b): the causes of the flips bench/paraphrase.py's second
table (``--family office``) found.

- The plan named as the source after the subject (「X规划里要达到多少」「…改造，纲要中要新建多少」) asks nothing, as
  before a comma; left in, 「X规划」 read as a plan of X and the figure was refused. After a word making it another
  plan's name (国土空间规划, 产业规划, “十四五”规划) it stays.
- 预期目标 is the target asked in the words of a 预期性 indicator; left in, 「X预期」 read as the subject.
- 多少亩地: the spoken 地 after 亩 is no part of the unit.
- 「在规划的什么章里提到」「纲要里什么地方提到X」 ask where a phrase occurs, as 哪些 does.
A trap stays a trap in every wording. Our own wordings on a made-up plan (tests/data/words5/office-wordings-plan.md).
"""
from __future__ import annotations

import pytest

from qa.question.wording import read_wording
from tests.conftest import DATA
from tests.qa.said import unquoted_with_labels


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(DATA / "words5" / "office-wordings-plan.md")


@pytest.mark.parametrize("asked, read", [
    ("中心城区公交站点规划里要做到多少米范围内全覆盖？", "中心城区公交站点要达到多少米内全覆盖？"),
    ("电网提质改造，纲要中要新建多少公里线路？", "电网提质改造，要新建多少公里线路？"),
    ("总建筑面积规划里是多少？", "总建筑面积是多少？"),
    # another plan's name: 国土空间规划, 产业规划, “十四五”规划, 市级规划
    ("国土空间规划里要划定多少耕地？", "国土空间规划里要划定多少耕地？"),
    ("数字产业规划中有几个园区？", "数字产业规划中有几个园区？"),
    ("“十四五”规划中有几个专栏？", "“十四五”规划中有几个专栏？"),
    ("市级规划里要建几个公园？", "市级规划里要建几个公园？"),
    ("规划里专栏一共几个？", "规划里专栏一共几个？"),
    # 现在 keeps its 在: the present is still asked
    ("园区现在规划里有多少家企业？", "现在园区有多少家企业？"),
])
def test_the_plan_named_after_the_subject_is_no_part_of_it(asked, read):
    assert read_wording(asked) == read


@pytest.mark.parametrize("question, value", [
    ("信息消费规模的预期目标是多少？", "60亿元"),
    ("园区每年要完成多少亩地土地储备？", "800亩"),
    ("白石古镇3号停车场规划总面积多少亩地？", "60亩"),
])
def test_a_figure_asked_in_office_words(county, question, value):
    a = county.ask(question)
    assert a.found and value in unquoted_with_labels(a), a.answer


@pytest.mark.parametrize("question", ["“白石古镇”在规划的什么章里提到？", "规划里什么地方提到白石古镇？"])
def test_where_a_phrase_occurs_asked_with_what(county, question):
    a = county.ask(question)
    assert a.found and "第三章" in a.answer and "第四章" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "白石县规划里有几个乡镇？",  # 8个 counts the 污水处理厂, never the county's 乡镇
    "白石县国土空间规划里要划定多少亩地耕地？",  # another plan named; this plan sets no such figure
    "“红石古镇”在规划的什么章里提到？",
])
def test_a_trap_stays_a_trap_in_office_words(county, question):
    assert not county.ask(question).found
