"""Issue 11: 「X哪一年通车？」 answered from the clause that dates X — never a neighbour's year, never another event's.

Our own questions on a made-up county plan (tests/data/dated-works-plan.md) and on the seed.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "dated-works-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["青石江大桥的铁路桥和公路桥分别哪一年通车？", "青石江大桥的铁路桥与公路桥各在什么时候通车？"])
def test_each_part_has_its_own_year(county, question):
    a = county.ask(question)
    assert a.found and a.kind == "fact"
    assert [i.label for i in a.items] == ["铁路桥：二〇二三年", "公路桥：二〇二四年"]
    assert all(i.citation in a.citations for i in a.items)


def test_a_work_dated_through_its_parts(county):
    a = county.ask("青石江大桥啥时候通车？")
    assert a.found and "二〇二三年" in a.answer and "二〇二四年" in a.answer


@pytest.mark.parametrize("question, year", [("西环路哪年建成？", "2024年"), ("东环路什么时候建成？", "2021年"),
                                            ("白马湖隧道何时开工？", "2022年"), ("白马湖隧道哪一年建成通车？", "2025年")])
def test_the_year_of_the_asked_work_and_event(county, question, year):
    a = county.ask(question)
    assert a.found and a.items[0].label.endswith(year)
    assert a.answer.count("年（") == 1


@pytest.mark.parametrize("question", ["木鱼货运站什么时候建成？", "沙州物流园计划哪一年建成？"])
def test_a_leading_time_clause_dates_the_whole_sentence(county, question):
    a = county.ask(question)
    assert a.found and "2025年" in a.answer


@pytest.mark.parametrize("question", ["青石江大桥什么时候开工？", "红岩水库扩建哪一年完成？", "东环路哪年开工？",
                                      "青石县何时完成碳达峰？"])  # the title's 二〇三五年 dates no 碳达峰
def test_a_date_the_plan_does_not_give_is_not_found(county, question):
    a = county.ask(question)
    assert not a.found and "规划未给出" in a.answer
    assert not any(y in a.answer for y in ("2021年", "2022年", "2024年", "2025年", "二〇二三年", "二〇三五年"))


def test_seed_dates_a_target_by_its_leading_year(engine):
    a = engine.ask("农业特色产业专业村什么时候建成？")
    assert a.found and "2025年" in a.answer


@pytest.mark.parametrize("question", ["古城墙点段修缮开放计划哪一年完成？", "古城墙修缮开放什么时候完成？",
                                      "古城墙点段修缮开放预计何时完成？"])
def test_a_passage_naming_the_work_with_no_time_is_no_year(county, question):
    # the passage names the work (as 「古城墙等点段」) but sets no time: the plan's 二〇三五年 horizon is not its year
    a = county.ask(question)
    assert not a.found and not a.items
    assert a.answer.startswith("规划没有给出古城墙") and not any(y in a.answer for y in ("2025年", "二〇三五年"))


def test_a_time_asked_with_a_place_is_read_from_the_dating_clause(county):
    # 「什么时候、在哪个镇设立的」: the second ask (where) is no word the dating clause must print
    a = county.ask("青石县候鸟救护站是什么时候、在哪个镇设立的？")
    assert a.found and "2022年" in a.items[0].label and "白沙镇" in a.answer
