"""Figures in a run of members sharing one verb, and a part stated with 其中 (lane verbs14; probeH h-s07, probeJ
j27 and j30 on 苏州's 纲要: 「累计培育专精特新“小巨人”企业超1500家、单项冠军企业超100家」 was refused, and a
looser ownership check answered 小巨人企业 with 单项冠军's 100家).

Each member of 「累计创建A 500家，B 70家，C 5个」 or 「新建A 3000个、B 12个和C 4个」 is a target of its own, with
the run's verb and frame, its own measure and its own value; a bound (超/以上) stays the value's. A member the run
does not name is refused, never given a neighbour's figure. On an invented city plan
(``tests/data/verb-runs-plan.md``).
"""
from __future__ import annotations

import pytest

import re

from tests.conftest import DATA
from tests.qa.said import norm

PLAN = DATA / "verb-runs-plan.md"


#: A quotation of the plan, which may quote in turn (原文：“…“小巨人”企业超800家、…超60家”): not the answer's words.
_QUOTE = re.compile(r"原文：“(?:[^“”]|“[^“”]*”)*”")


def _said(a) -> str:
    return norm(_QUOTE.sub("", a.answer))


@pytest.mark.parametrize("question, value, other", [
    ("小巨人企业要培育多少家？", "超800家", "60家"),
    ("到2030年累计培育多少家专精特新“小巨人”企业？", "超800家", "60家"),
    ("专精特新小巨人企业的培育目标是多少家？", "超800家", "60家"),
    ("制造业单项冠军企业要培育多少家？", "超60家", "800家"),
    ("到2030年单项冠军企业累计培育多少家？", "超60家", "800家"),
    ("国家级绿色工厂累计创建多少家？", "70家", "500家"),
    ("到2030年要累计创建多少家国家级绿色工厂？", "70家", "500家"),
    ("市级以上绿色工厂要创建多少家？", "500家", "70家"),
    ("国家级绿色工业园区要创建几个？", "5个", "70家"),
    ("要新建多少个数据中心？", "12个", "3000个"),
    ("智能算力中心新建几个？", "4个", "12个"),
    ("2030年5G基站要新建多少个？", "3000个", "12个"),
    ("青年人才要引进多少？", "10万名以上", "2万人"),
    ("高层次人才累计引进多少人？", "2万人以上", "10万名"),
])
def test_each_member_answers_its_own_figure(plan, question, value, other):
    a = plan.ask(question)
    said = _said(a)
    assert a.found and value in said and other not in said, a.answer


def test_two_members_asked_together_each_with_its_own(plan):
    a = plan.ask("专精特新小巨人企业和制造业单项冠军企业分别要培育多少家？")
    said = _said(a)
    assert a.found and "800家" in said and "60家" in said, a.answer
    assert said.index("800家") < said.index("60家"), a.answer


@pytest.mark.parametrize("question, wrong", [
    ("专精特新中小企业要培育多少家？", ("800", "60")),
    ("省级绿色工厂要创建多少家？", ("500", "70")),
    ("省级绿色工业园区要创建几个？", ("5个",)),
    ("到2035年国家级绿色工厂累计创建多少家？", ("70家",)),
    ("要新建多少个超算中心？", ("4个", "12个")),
])
def test_a_member_the_run_does_not_name_is_refused(plan, question, wrong):
    a = plan.ask(question)
    own_words = _said(a).split("“")[0]  # a refusal may quote what the plan does give
    assert not a.found and not a.items and not any(w in own_words for w in wrong), a.answer


@pytest.mark.parametrize("question, values", [
    ("示范区推出了多少项制度创新成果，其中多少项面向全国复制推广？", ("120", "45")),
    ("十四五时期示范区推出制度创新成果多少项？", ("120",)),
    ("高校毕业生就业岗位新增了多少个？", ("12万个",)),
])
def test_a_part_stated_with_qizhong_is_its_own_figure(plan, question, values):
    a = plan.ask(question)
    said = _said(a)
    assert a.found and all(v in said for v in values), a.answer


def test_a_part_the_plan_does_not_state_is_refused(plan):
    a = plan.ask("示范区面向全省复制推广的制度创新成果有多少项？")
    assert not a.found and not a.items and "45" not in _said(a).split("“")[0], a.answer


def test_members_asked_for_the_year_the_run_is_counted_to(plan):
    # 「到2030年，累计创建…」: the count reached by 2030 is the 2030 figure asked, for every member
    a = plan.ask("到2030年市级以上绿色工厂和国家级绿色工厂各要创建多少家？")
    said = _said(a)
    assert a.found and "500家" in said and "70家" in said and "5个" not in said, a.answer


def test_a_region_opening_the_area_asked_is_no_other_scope(plan):
    # 「长三角青川创新驱动示范区推出…」 asked 「示范区推出了多少」: 长三角 opens the name of the area asked, not another region
    a = plan.ask("示范区推出了多少项制度创新成果？")
    assert a.found and "120" in _said(a), a.answer
