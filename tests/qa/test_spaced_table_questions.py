"""Questions on an invented city 纲要 whose 主要指标 table a PDF printed with its cells one space apart
(tests/data/spaced-table-plan.txt): its rows answer figure, attribute and reverse questions; a target printed
with 左右 answers a share; a figure in one member of 「培育A超800家、B超60家」 is never given as the other's
(the check that does it today refuses the second member too: the run's leading verb 培育 reads as the first's)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "spaced-table-plan.txt"


@pytest.mark.parametrize("question, value", [
    ("到2030年研发经费支出占GDP比重要达到多少？", "3.6"),
    ("全社会研发经费支出占地区生产总值比重2030年目标是多少？", "3.6"),
    ("劳动年龄人口平均受教育年限的目标是多少？", "11.8"),
    ("2025年细颗粒物年均浓度是多少？", "31"),
])
def test_spaced_table_figures(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", ["目标值是11.8的是哪个指标？", "哪一项指标2030年要达到11.8？"])
def test_spaced_table_reverse_lookup(plan, question):
    a = plan.ask(question)
    assert a.found and "劳动年龄人口平均受教育年限" in a.answer, a.answer


@pytest.mark.parametrize("question", ["小巨人企业要培育多少家？", "专精特新小巨人企业到2030年要培育多少家？",
                                      "专精特新“小巨人”企业要超过多少家？"])
def test_figure_of_the_other_member_is_never_given(plan, question):
    a = plan.ask(question)
    assert not (a.found and "：60家" in a.answer), a.answer


@pytest.mark.parametrize("question", ["到2030年常住人口要控制在多少以内？", "常住人口2030年的目标是多少？",
                                      "某某市常住人口要控制在多少？"])
def test_measure_asked_without_its_measure_word(plan, question):
    a = plan.ask(question)
    assert a.found and "1300" in a.answer and "0.3" not in a.answer, a.answer


@pytest.mark.parametrize("question, count, names", [
    ("主要指标表里“社会文明程度高”一共有几项？", "2项", ["劳动年龄人口平均受教育年限"]),
    ("经济强方面有哪些指标？", "3项", ["地区生产总值年均增长", "规上数字经济核心产业营业收入比重"]),
    ("绿色发展类指标有几项？", "2项", ["细颗粒物年均浓度", "十万常住人口火灾死亡率"]),
])
def test_group_named_without_its_number_and_count(plan, question, count, names):
    a = plan.ask(question)
    assert a.found and count in a.answer and all(n in a.answer for n in names), a.answer


@pytest.mark.parametrize("question", ["单位GDP二氧化碳排放到2030年具体要下降百分之几？",
                                      "单位地区生产总值二氧化碳排放下降率要降低几个百分点？"])
def test_a_number_asked_of_a_target_printed_in_words(plan, question):
    a = plan.ask(question)
    assert not a.found and "完成省定目标" in a.answer, a.answer


def test_the_target_in_words_answers_what_the_target_is(plan):
    a = plan.ask("单位地区生产总值二氧化碳排放下降率的目标是多少？")
    assert a.found and "完成省定目标" in a.answer, a.answer
