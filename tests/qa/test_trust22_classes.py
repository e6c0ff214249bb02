"""Trust classes of lane trust22, asked of an invented plan (tests/data/trust22-plan.md).

- A time word said before the plan's own area (「目前全区…」) is no place: 目前全区 is not a district 「目前区」.
- A figure its own clause gives to another, larger place (「在全省…引进5000家」 in a 名词解释 of a provincial
  programme) is not the plan's own area's.
- An indicator asked by its measure without the printed change tail (单位GDP二氧化碳排放 for the row 单位 GDP 二氧化碳
  排放降幅) is that row, with the row's own attribute.
- A figure the prose states (「“十四五”期间…能耗累计降低14%」) answers a row whose target cell holds only words
  (完成省定目标), in any of the office's wordings; the row's property asked is still the row's.
- A share of the plan's own area asked of its bare whole (占总面积) is the share printed with the area's scope word
  (占市域总面积的11.6%); a share of another whole (耕地面积) the plan never prints is refused.
- A figure asked as it stands now (现在, 目前, 现阶段; before the measure or after it) is the review's (「人均公园绿地面积达11平方米」), not the horizon's target;
  with no review figure, the target is refused.
- A grade printed once before a run (「建成市级及以上零碳园区2家、零碳工厂12家、绿色工厂40家」) holds for each member:
  「市级及以上零碳工厂」 is 12家, never the near 绿色工厂's 40家.
- A figure a clause dates by a span (“十四五”期间, 2024年-2025年) answers no single year asked (「2025年…降低多少」),
  only the span or the year it runs to (到2025年).
- A row of a rise (社会消费品零售总额年均增速) asked by its stem alone asks the level, which the row does not give:
  the prose's level answers (「2020年社会消费品零售总额达到72亿元」), never the row's rate; asked as a change, the row
  answers.
- A yearly amount (「园区每年建成标准厂房25万平方米以上」) answers no total or horizon's target asked (到2025年,
  “十四五”期间一共), only the yearly amount asked.
- A period's growth said in spoken words (「十三五GDP一年平均长了多少」) is the review's rate of that period, never the
  table's rate for the plan's own period.
- A project's money threshold asked with 投资 (投资1亿元以上的…项目) is the one the plan prints without it.
"""
from __future__ import annotations

import re

import pytest

from tests.conftest import DATA

PLAN = DATA / "trust22-plan.md"


@pytest.mark.parametrize("question, value", [
    ("目前全区市级以上龙头企业有多少家？", "28"),
    ("现在全区规模工业企业有多少家", "96"),
])
def test_a_time_word_before_the_own_area_is_no_place(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "青禾区要引进多少家创新创业企业？",
    "全区计划引进创新创业企业多少家",
])
def test_a_figure_its_clause_gives_to_a_larger_place_is_not_the_plans(plan, question):
    a = plan.ask(question)
    assert not a.found and "5000" not in a.answer.split("（")[0], a.answer


@pytest.mark.parametrize("question, said", [
    ("单位GDP二氧化碳排放的目标是多少？", "完成省定目标"),
    ("单位地区生产总值用水量的目标是什么？", "完成市下达目标"),
    ("单位GDP能源消耗这个指标是约束性的还是预期性的？", "约束性"),
])
def test_an_indicator_asked_without_its_change_tail_is_the_row(plan, question, said):
    a = plan.ask(question)
    assert a.found and said in a.answer and ("降幅" in a.answer or "降低" in a.answer), a.answer


@pytest.mark.parametrize("question", [
    "“十四五”期间单位GDP能耗要降多少？",
    "单位GDP能耗降幅是多少",
    "单位GDP能源消耗的目标是多少？",
    "能耗强度五年累计下降的目标是多少？",
    "全区单位国内生产总值能源消耗降低的约束性目标定的是多少？",
])
def test_a_prose_figure_beats_a_worded_cell(plan, question):
    a = plan.ask(question)
    assert a.found and "14%" in a.answer, a.answer


def test_a_share_of_the_bare_whole_is_the_printed_scoped_share(plan):
    a = plan.ask("永久基本农田面积占总面积的比例是多少？")
    assert a.found and "11.6%" in a.answer, a.answer
    b = plan.ask("永久基本农田占全区耕地面积的比重是多少？")
    assert not b.found and "11.6" not in b.answer, b.answer


@pytest.mark.parametrize("question, value", [
    ("青禾区现在的人均公园绿地面积是多少？", "11平方米"),
    ("目前全区森林覆盖率是多少", "52.1%"),
    ("青禾区森林覆盖率现在达到多少了", "52.1%"),
    ("现阶段青禾区的森林覆盖率是多少", "52.1%"),
    ("到2025年人均公园绿地面积要达到多少？", "12.5平方米"),
])
def test_a_present_asked_is_the_reviews_figure(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


def test_a_present_asked_of_a_target_only_is_refused(plan):
    a = plan.ask("青禾区目前已经建成各类公园多少座？")
    assert not a.found, a.answer


@pytest.mark.parametrize("question, value", [
    ("到2025年要建成多少家市级及以上零碳工厂？", "12家"),
    ("市级及以上零碳园区要建成几家", "2家"),
])
def test_a_grade_printed_before_a_run_holds_for_each_member(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer and "40家" not in a.answer.split("原文")[0], a.answer


# (「2025年单位GDP能耗要降低多少」 of 「“十四五”期间…累计降低14%」 is left open: the verify check refusing a named span's
# figure for one year also refused 「2020年GDP是多少」 beside its level, and was taken out — qa.values.dating still keeps
# a 2024年-2025年 figure from one year)
@pytest.mark.parametrize("question", [
    "2025年要新建城区污水管网多少公里？",
])
def test_a_spans_figure_answers_no_single_year(plan, question):
    a = plan.ask(question)
    # the refusal names the span the plan does give, however the dash is printed
    assert not a.found and ("期间" in a.answer or re.search(r"2024年?[-—－至到]2025年", a.answer)), a.answer


@pytest.mark.parametrize("question, value", [
    ("到2025年单位GDP能耗累计要降低多少？", "14%"),
    ("2024年-2025年要新建城区污水管网多少公里？", "36公里"),
])
def test_a_spans_figure_answers_the_span(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


def test_a_rise_row_answers_no_level(plan):
    a = plan.ask("社会消费品零售总额达到了多少？")
    assert a.found and "72亿元" in a.answer and "高于全市平均水平" not in a.answer, a.answer
    b = plan.ask("社会消费品零售总额年均增长多少？")
    assert b.found and "高于全市平均水平" in b.answer, b.answer


@pytest.mark.parametrize("question", [
    "每年要引进投资1亿元以上的先进制造业项目多少个？",
    "每年要引进1亿元以上的先进制造业项目多少个？",
])
def test_a_money_threshold_said_with_or_without_investment(plan, question):
    a = plan.ask(question)
    assert a.found and "6个" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "到2025年园区标准厂房要建成多少万平方米？",
    "“十四五”期间园区一共要建成多少标准厂房？",
])
def test_a_yearly_amount_answers_no_total(plan, question):
    a = plan.ask(question)
    # refused; the yearly figure may be said as what the plan gives, but only with its 每年
    said = a.answer.split("以下段落")[0]
    assert not a.found and ("25万" not in said or "每年建成标准厂房25万" in said), a.answer


def test_the_yearly_amount_asked_yearly(plan):
    a = plan.ask("园区每年要建成多少标准厂房？")
    assert a.found and "25万平方米" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "十三五GDP一年平均长了多少？",
    "“十三五”期间全区生产总值平均每年长了多少",
    "十三五时期地区生产总值年均增长多少",
])
def test_a_periods_growth_in_spoken_words(plan, question):
    a = plan.ask(question)
    assert a.found and "6.35%" in a.answer and "8.1%" not in a.answer, a.answer
