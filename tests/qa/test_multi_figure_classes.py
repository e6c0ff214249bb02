"""Several figures in one question, and figures dated in unusual places, on a made-up plan (tests/data/multi-figure-plan.md).

- The second figure of a two-figure question is read beside the first one's (the same 、-enumeration, an owner
  printed inside the noun's own name, a noun asked with its verb after it), never denied when the plan prints it.
- Members of one run asked together are answered by the run's total, said as the run's; one member alone never is.
- A stage of a period (收关期, 初期, spoken 收关的时候) takes that stage's clause, never the stage before it.
- A period's end (十三五末) asked where the plan prints the year before it: the figure with its own year, said so.
- 「从多少降到多少」: both ends of the 由…到 clause naming the asked measure.
- A follow-up measure (「…呢？」) asks what the part before it asks: a sum over the same span of years.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import labels

PLAN = DATA / "multi-figure-plan.md"


@pytest.mark.parametrize("question, values", [
    ("青禾水库灌区有几条支渠？总干渠多长？", ["33条", "18.6km"]),
    ("青禾水库灌区总干渠有多长？支渠有几条？", ["18.6km", "33条"]),
    ("绿色优质稻米基地要建多少万亩？鲜食直供蔬菜基地要建几个？", ["60万亩", "12个"]),
    ("稻米基地建多少亩？蔬菜基地建几个？", ["60万亩", "12个"]),
    ("园区每年建成标准厂房多少平方米？每年完成多少亩土地储备？", ["20万平方米以上", "800亩以上"]),
    ("园区每年要建多少标准厂房？土地储备每年多少亩？", ["20万平方米以上", "800亩以上"]),
])
def test_the_second_figure_is_read_beside_the_first(plan, question, values):
    a = plan.ask(question)
    assert a.found and labels(a) == values, a.answer
    assert "未找到" not in a.answer and "未能确定" not in a.answer, a.answer


@pytest.mark.parametrize("question, said", [
    ("尾矿库、采空区要复绿多少亩？临时便道和临时料场呢？", ["2400亩以上", "150亩以上"]),
    ("尾矿库和排土场复绿面积分别是多少？", ["2400亩以上"]),
    ("排土场、采空区各复绿多少亩？", ["2400亩以上"]),
])
def test_members_asked_together_get_the_runs_total_said_as_its(plan, question, said):
    a = plan.ask(question)
    assert a.found and labels(a) == said, a.answer
    # said as the run's total, naming every member it covers — never as each member's own
    assert "合计" in a.answer and "尾矿库、排土场、采空区" in a.answer, a.answer


@pytest.mark.parametrize("question", ["尾矿库复绿面积是多少？", "排土场要复绿多少亩？", "临时料场复绿多少亩？",
                                      "排土场复绿多少亩？临时料场呢？"])
def test_one_member_alone_never_gets_the_runs_total(plan, question):
    a = plan.ask(question)
    assert not a.items, a.answer
    assert not a.found, a.answer


@pytest.mark.parametrize("question, values", [
    ("三次产业结构到十三五收关的时候是多少？", ["17.6%", "38.2%", "44.2%"]),
    ("“十三五”收关期三次产业结构是多少？", ["17.6%", "38.2%", "44.2%"]),
    ("十三五收官那年三次产业结构是多少？", ["17.6%", "38.2%", "44.2%"]),
    ("十三五初期三次产业结构是多少？", ["21.3%", "43.5%", "35.2%"]),
])
def test_a_stage_takes_its_own_clause(plan, question, values):
    a = plan.ask(question)
    assert a.found, a.answer
    assert all(v in a.answer for v in values), a.answer
    other = ["21.3%"] if values[0] != "21.3%" else ["17.6%"]
    assert not any(v in "".join(labels(a)) for v in other), a.answer


def test_a_stage_of_another_period_is_not_found(plan):
    a = plan.ask("十二五末期三次产业结构是多少？")
    assert not a.found and not a.items, a.answer


@pytest.mark.parametrize("question, values", [
    ("十三五末财政总收入有多少？", ["12亿元"]),
    ("“十三五”期末财政总收入是多少？年均增长多少？", ["12亿元", "9.35%"]),
    ("十三五末财政总收入有多少？年均涨了多少？", ["12亿元", "9.35%"]),
])
def test_a_period_end_is_answered_with_the_year_printed(plan, question, values):
    a = plan.ask(question)
    # the value as printed, a bound it carries aside (突破12亿元)
    assert a.found and len(a.items) == len(values) and all(v in l for v, l in zip(values, labels(a))), a.answer
    # the year the plan prints, never relabelled as the period's end
    assert "2019年" in a.answer and "2020年的数值" in a.answer, a.answer


@pytest.mark.parametrize("question", ["2020年财政总收入是多少？", "2020年财政总收入达到多少？"])
def test_an_explicit_year_the_plan_does_not_give_is_not_found(plan, question):
    a = plan.ask(question)
    assert not a.found and not a.items, a.answer


@pytest.mark.parametrize("question, ends", [
    ("与上一个五年相比，道路交通事故起数和死亡人数各是从多少降到多少？", ["46起", "19起", "38人", "15人"]),
    ("道路交通事故由多少起下降到多少起？", ["46起", "19起"]),
    ("交通事故起数从多少降到了多少？", ["46起", "19起"]),
    ("交通事故死亡人数从多少降到了多少？", ["38人", "15人"]),
    ("死亡人数由多少减少到多少？", ["38人", "15人"]),
])
def test_both_ends_of_a_change_with_their_measure(plan, question, ends):
    a = plan.ask(question)
    assert a.found and labels(a) == ends, a.answer


def test_a_change_not_printed_by_its_ends_is_not_found(plan):
    # 「社会消费品零售总额年均增长10.4%」: a rate, no start or end
    a = plan.ask("社会消费品零售总额从多少增长到多少？")
    assert not a.found and not a.items, a.answer


@pytest.mark.parametrize("question, values", [
    ("2016至2020年税收五年累计完成多少？规模工业产值呢？", ["48.6亿元", "860亿元"]),
    ("规模工业产值五年累计完成多少？税收呢？", ["860亿元", "48.6亿元"]),
    ("十三五期间规模工业产值和税收五年累计分别完成多少？", ["860亿元", "48.6亿元"]),
])
def test_a_follow_up_measure_asks_the_same_span(plan, question, values):
    a = plan.ask(question)
    assert a.found and labels(a) == values, a.answer


@pytest.mark.parametrize("question", ["2020年规模工业产值是多少？", "规模工业产值2020年达到多少？"])
def test_a_count_of_firms_is_no_amount(plan, question):
    # 「排名前20家骨干企业工业产值占比…」: 20家 counts firms, it is no 产值
    a = plan.ask(question)
    assert not any("家" in l for l in labels(a)), a.answer


@pytest.mark.parametrize("question, value", [
    ("前20家骨干企业工业产值占比2015年是多少？", "41%"),
    ("2015年排名前20家骨干企业工业产值占比多少？", "41%"),
    ("农产品电商交易额2015年是多少？", "不足3亿元"),   # the bound printed before the start stays with it
    ("2015年农产品电商交易额有多少？", "不足3亿元"),
])
def test_the_year_a_change_starts_from_is_its_start(plan, question, value):
    # 「由2015年的41%提高到2020年的55%」: 2015 asked is where the change starts, printed in the same clause.
    a = plan.ask(question)
    assert a.found and value in labels(a), a.answer


@pytest.mark.parametrize("question", ["农产品电商交易额2017年是多少？", "前20家骨干企业工业产值占比2018年是多少？"])
def test_a_year_between_the_ends_is_not_found(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
