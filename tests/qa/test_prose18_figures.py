"""Figures a plan states in sentences, asked in the user's words (issue 11, class 1), on a made-up district plan
(``tests/data/prose18-plan.txt``): a thing's figure whose clause names only the measure, the thing named a clause
before and a time between (「大力发展储能电站，到“十五五”期末并网容量达到12万千瓦」); a change asked with its base year
(「比哪一年下降多少」); a measure the prose names whole beside an indicator row it would abbreviate (完整社区覆盖率);
a grade printed before a name (千亿级); a doubling (翻两番); a year of another sentence, which dates no figure; goods
counted after the verb of output (「生产各种新能源汽车12万辆」)."""
from __future__ import annotations

import pytest

from qa.values.baseyear import base_asked
from tests.conftest import DATA

PLAN = DATA / "prose18-plan.txt"


def _found(plan, question: str, *printed: str) -> None:
    a = plan.ask(question)
    assert a.found and all(p in a.answer for p in printed), a.answer


def _refused(plan, question: str) -> None:
    a = plan.ask(question)
    assert not a.found, a.answer


# -- the thing named a clause before its measure, a time printed between ------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("储能电站并网容量要达到多少？", "12万千瓦"),
    ("到“十五五”期末，储能电站并网容量要达到多少？", "12万千瓦"),
    ("十五五末储能电站要并网多大容量？", "12万千瓦"),
    ("2030年储能电站的并网容量是多少？", "12万千瓦"),
    ("储能电站调峰能力要提升到多少？", "8万千瓦"),
    ("分布式光伏装机规模到2028年要达到多少？", "6万千瓦"),
])
def test_owner_a_clause_before_a_dated_measure(plan, question, value):
    _found(plan, question, value)


@pytest.mark.parametrize("question", [
    "到2035年储能电站并网容量要达到多少？",  # a year the plan does not give
    "2027年储能电站并网容量要达到多少？",
    "2030年分布式光伏装机规模要达到多少？",  # the plan gives 2028
    "分布式光伏并网容量要达到多少？",  # the neighbour's measure
    "储能电站装机规模要达到多少？",
])
def test_owner_a_clause_before_traps(plan, question):
    _refused(plan, question)


# -- a change asked with the year it is measured from -------------------------------------------------------------

def test_base_asked_read_apart():
    assert base_asked("公共机构能耗要比哪一年下降多少？") == "公共机构能耗要下降多少？"
    assert base_asked("能耗以哪一年为基准下降多少？") == "能耗下降多少？"
    assert base_asked("哪一年能耗下降到最低？") is None and base_asked("能耗要下降多少？") is None


@pytest.mark.parametrize("question, change", [
    ("公共机构单位建筑面积能耗要比哪一年下降多少？", "较2025年下降6%"),
    ("公共机构单位建筑面积能耗以哪年为基数下降多少？", "较2025年下降6%"),
    ("公共机构单位建筑面积能耗跟哪一年比要降低多少？", "较2025年下降6%"),
    ("单位地区生产总值能耗比哪一年下降多少？", "较2025年下降14%"),
    ("单位地区生产总值能耗的基期是哪一年，要降低多少？", "较2025年下降14%"),
    ("战略性新兴产业产值要比哪一年翻几番？", "较2025年翻两番"),
])
def test_base_year_said_with_the_change(plan, question, change):
    a = plan.ask(question)
    assert a.found and change in a.answer and a.items[0].label == change, a.answer
    assert change in a.items[0].citation.text


@pytest.mark.parametrize("question", [
    "2035年单位地区生产总值能耗比哪一年下降多少？",  # a year the plan does not give
    "公共机构新能源汽车使用比例要比哪一年提高多少？",  # a level, no change, no base
    "可再生能源装机容量要比哪一年提高多少？",
    "单位地区生产总值能耗要比2020年下降多少？",  # another base than the one printed
    "公共机构单位建筑面积能耗要比2020年下降多少？",
    "战略性新兴产业产值要比2020年翻几番？",
])
def test_base_year_traps(plan, question):
    _refused(plan, question)


# -- a measure the prose names whole is no short form of an indicator row -----------------------------------------

@pytest.mark.parametrize("question", [
    "到2028年底中心城区和三个新城完整社区覆盖率要到多少？",
    "中心城区和三个新城完整社区覆盖率要达到多少？",
    "完整社区覆盖率要达到多少？",
    "2028年完整社区覆盖率是多少？",
])
def test_measure_printed_whole_beside_a_row(plan, question):
    a = plan.ask(question)
    assert a.found and "70%" in a.answer and "95" not in a.answer, a.answer


def test_measure_printed_whole_other_year_refused(plan):
    a = plan.ask("2030年中心城区和三个新城完整社区覆盖率要到多少？")
    assert not a.found and "2028" in a.answer, a.answer


# -- a grade printed before a name ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question, grade", [
    ("新能源产业集群要做到多大规模？", "千亿级"),
    ("要打造什么量级的新能源产业集群？", "千亿级"),
    ("新能源产业集群规模要做到多大？", "千亿级"),
    ("要培育多大规模的龙头企业？", "百亿级"),
    ("新一代信息技术要打造什么规模的外贸产业集群？", "千亿级"),
    ("先进光伏要打造什么规模的外贸产业集群？", "五百亿级"),
])
def test_grade_before_a_name(plan, question, grade):
    a = plan.ask(question)
    assert a.found and a.items[0].label.startswith(grade), a.answer


@pytest.mark.parametrize("question", [
    "储能电站要做到多大规模？",  # no grade printed for it
    "要培育多大规模的储能企业？",
    "汽车要打造什么规模的外贸产业集群？",  # the neighbours' grades are theirs
])
def test_grade_traps(plan, question):
    a = plan.ask(question)
    assert not a.found or not any(g in a.answer for g in ("千亿级", "百亿级", "五百亿级")), a.answer


# -- a doubling is a figure of change ------------------------------------------------------------------------------

@pytest.mark.parametrize("question, value", [
    ("战略性新兴产业产值要翻几番？", "翻两番"),
    ("战略性新兴产业产值要增长多少？", "翻两番"),
    ("地区生产总值规划期内要增长多少？", "翻一番"),
    ("地区生产总值要比2020年翻几番？", "翻一番"),
])
def test_doubling_answers_a_change(plan, question, value):
    _found(plan, question, value)


@pytest.mark.parametrize("question", ["可再生能源装机容量要翻几番？", "地区生产总值要达到多少？"])
def test_doubling_traps(plan, question):
    _refused(plan, question)


# -- a year dating another sentence dates no figure after it; counts of a named run --------------------------------

def test_year_of_another_sentence_dates_nothing(plan):
    _found(plan, "百亿级龙头企业要培育几家？", "3家")
    _refused(plan, "2028年百亿级龙头企业要培育几家？")


@pytest.mark.parametrize("question, value", [
    ("要建设几个产业创新平台？", "5个"),
    ("规划建设多少个产业创新平台？", "5个"),
    ("要推动多少个片区整体更新？", "3个"),
])
def test_counted_run(plan, question, value):
    _found(plan, question, value)


def test_counted_run_trap(plan):
    _refused(plan, "要建设几个产业园区？")


# -- goods counted after the verb of output (「生产各种新能源汽车12万辆」) asked 「一年要生产多少」 -------------------------

@pytest.mark.parametrize("question", ["新能源汽车一年要生产多少辆？", "2030年新能源汽车要生产多少辆？", "新能源汽车每年生产多少辆？"])
def test_goods_after_the_verb_of_output(plan, question):
    _found(plan, question, "12万辆")


@pytest.mark.parametrize("question", ["2035年新能源汽车要生产多少辆？", "燃油汽车一年要生产多少辆？", "动力电池一年要生产多少套？"])
def test_goods_after_the_verb_of_output_traps(plan, question):
    _refused(plan, question)
