"""Sums of named things (qa.values.sums), a period's end read as its printed stage (qa.values.stages) and a
follow-up asking another period of the same figure (qa.values.parts) — on a small invented county plan."""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import QUOTE, norm

PLAN = DATA / "summed-periods-plan.md"


@pytest.fixture(scope="module")
def ask(engine_for):
    engine = engine_for(PLAN)
    return lambda q: engine.ask(q)


@pytest.mark.parametrize("question", ["竹木加工和食品医药产业园2025年产值合计多少？",
                                      "竹木加工、食品医药两个产业园产值加起来多少？",
                                      "竹木加工产业园和食品医药产业园产值一共多少"])
def test_a_sum_of_each_ones_figure_is_added(ask, question):
    a = ask(question)
    assert a.found and "60亿元以上" in norm(QUOTE.sub("", a.answer))


@pytest.mark.parametrize("question", ["桃溪物流园和石门仓储园规划用地合计多少亩？", "桃溪物流园、石门仓储园加起来用地多少"])
def test_a_sum_of_two_works_figures(ask, question):
    a = ask(question)
    assert a.found and "700亩" in norm(a.answer)


@pytest.mark.parametrize("question", ["竹木加工和食品医药产业园2025年产值分别是多少？"])
def test_each_asked_is_not_summed(ask, question):
    a = ask(question)
    assert "60亿元" not in norm(a.answer)


@pytest.mark.parametrize("question", ["学前三年毛入园率和公办幼儿园占比加起来多少？"])
def test_shares_are_not_summed(ask, question):
    assert not ask(question).found


@pytest.mark.parametrize("question", ["青溪和白水河一共要治理多少公里？"])
def test_a_total_the_plan_prints_answers_whole(ask, question):
    a = ask(question)
    assert a.found and "45km" in norm(a.answer)


@pytest.mark.parametrize("question", ["十三五末三次产业结构是多少？", "到“十三五”末三次产业结构是多少？"])
def test_a_period_end_is_its_printed_last_stage(ask, question):
    a = ask(question)
    said = norm(QUOTE.sub("", a.answer))
    assert a.found and "17.6%" in said and "21.5%" not in said


@pytest.mark.parametrize("question", ["十三五末三次产业结构是多少？十三五初期呢？", "十三五初期三次产业结构是多少？十三五末呢？"])
def test_a_follow_up_stage_replaces_the_earlier(ask, question):
    a = ask(question)
    said = norm(QUOTE.sub("", a.answer))
    assert a.found and "17.6%" in said and "21.5%" in said and "初期末" not in said


@pytest.mark.parametrize("question", ["十二五末三次产业结构是多少？", "城乡居民基本医疗保险参保率2020年是多少？"])
def test_a_time_not_printed_is_refused(ask, question):
    assert not ask(question).found


@pytest.mark.parametrize("question", ["每年筛选几家骨干企业实行一对一帮扶？", "每年要筛选多少家骨干企业进行一对一帮扶"])
def test_a_purpose_after_the_things_counted_is_no_part_of_the_measure(ask, question):
    a = ask(question)
    assert a.found and "15家" in norm(a.answer)


@pytest.mark.parametrize("question", ["县福利院和县妇幼保健院总建筑面积合计多少？", "县妇幼保健院和县福利院建筑面积加起来多少"])
def test_one_things_figure_is_never_the_sum(ask, question):
    a = ask(question)
    said = norm(QUOTE.sub("", a.answer))
    # found, it is the sum of both; refused, it says so — never one thing's 约6000平方米 given as the total
    assert ("30000平方米" in said) if a.found else "合计数" in said, said
