"""Each part of a several-figure question answered as well as if asked alone, on a made-up plan
(tests/data/multi-part-plan.md).

- A count in a run of counted nouns (「建设2个A、4个B、1个C和250个左右D」) is the noun's right after it.
- 又 in a later part (「…又是多少个」「…又要续建多长」) says only that it follows another.
- Two measures of one owner in one parenthesis (「长约6.4 km，宽60m」) asked together: both given.
- A count per unit noun (「8321户贫困户27654人」 asked 多少户、多少人): 户 to 户, 人 to 人.
- A works named short before the verb its name goes on with (「清溪河二期要治理多长」 of 松溪县清溪河二期治理工程).
- A range asked 「提高多少」 (「提高3-5个百分点」): the range whole.
- Context carried to an elliptical part (「专栏里…又说要建多少亩」 takes the first part's measure).
"""
from __future__ import annotations

import re

import pytest

from tests.conftest import DATA
from tests.qa.said import labels

PLAN = DATA / "multi-part-plan.md"


def _unquoted(text: str) -> str:
    """An answer without the clauses it quotes (a quote may hold a neighbour's figure)."""
    return re.sub(r"原文：“.*?”(?=）)", "", text)


@pytest.mark.parametrize("question, values", [
    ("松溪技艺研究中心要建几个？", ["4个"]),
    ("松溪技艺集训基地要建设多少个？", ["250个左右"]),
    ("综合实训中心建几个？", ["2个"]),
    ("要遴选多少所示范职业学校？", ["120所左右"]),
    ("示范专业要遴选多少个？", ["260个左右"]),
    ("松溪技艺研究中心要建几个？松溪技艺集训基地又是多少个？", ["4个", "250个左右"]),
    ("要遴选多少所示范职业学校？示范专业多少个？", ["120所左右", "260个左右"]),
])
def test_a_count_in_a_run_is_the_noun_after_it(plan, question, values):
    a = plan.ask(question)
    assert a.found and labels(a) == values, a.answer
    assert "未找到" not in a.answer and "未能确定" not in a.answer, a.answer


@pytest.mark.parametrize("question, values", [
    ("清溪河二期治理工程要治理多长？城区南北防洪闭合圈又要续建多长？", ["7.5km", "12.4km"]),
    ("清溪河二期要治理多长？城区南北防洪闭合圈又要续建多长？", ["7.5km", "12.4km"]),
    ("清溪河二期治理多长？", ["7.5km"]),
    ("明德大道延伸段有多长、多宽？", ["约6.4 km", "60m"]),
    ("滨湖新区路网里那个明德大道延伸段有多长、多宽？", ["约6.4 km", "60m"]),
    ("明湖路多宽、多长？", ["32 m", "约2.2 km"]),
    ("白鹭水库灌区的干渠有几条？一共多长？", ["5条", "61.4km"]),
    ("青石到白沙那条路有多长？城东高速出口到梅岭那条呢？", ["15km", "8km"]),
])
def test_two_figures_of_one_owner_each_given(plan, question, values):
    a = plan.ask(question)
    assert a.found and [v.replace("长约", "约") for v in labels(a)] == values, a.answer
    assert "未找到" not in a.answer and "未能确定" not in a.answer and "未给出" not in a.answer, a.answer


@pytest.mark.parametrize("question, values", [
    ("十三五脱贫攻坚一共脱贫了多少户、多少人？", ["8321户", "27654人"]),
    ("有多少户贫困户、多少人脱贫？", ["8321户", "27654人"]),
    ("脱贫了多少户贫困户、多少人？", ["8321户", "27654人"]),
])
def test_a_count_per_unit_noun(plan, question, values):
    a = plan.ask(question)
    assert a.found and labels(a) == values, a.answer


@pytest.mark.parametrize("question", ["脱贫了多少户？", "十三五脱贫攻坚一共脱贫了多少户、多少人？"])
def test_a_household_count_is_never_the_peoples(plan, question):
    a = plan.ask(question)
    household = [p for p in _unquoted(a.answer).split("；") if "户" in p.split("：")[0] or p.split("：")[0].endswith("户）")]
    assert household or "27654" not in _unquoted(a.answer), a.answer
    assert all("27654" not in p for p in household), a.answer


@pytest.mark.parametrize("question", ["中西部片区专业技术人才占人才总量比例要提高多少？",
                                      "东部片区专业技术人才占人才总量比例要到多少？中西部片区呢？"])
def test_a_range_asked_is_given_whole(plan, question):
    a = plan.ask(question)
    assert a.found and "3-5个百分点" in _unquoted(a.answer), a.answer


def test_a_box_part_takes_the_first_parts_measure(plan):
    a = plan.ask("旱涝保收农田到25年要建成多少亩？专栏里农田提升工程又说要建多少亩？")
    assert a.found and "12万亩" in labels(a) and "28万亩" in labels(a), a.answer
    assert "未找到" not in a.answer and "未能确定" not in a.answer, a.answer


def test_a_part_without_its_own_figure_is_refused_alone(plan):
    a = plan.ask("松溪技艺研究中心要建几个？松溪技艺博物馆又要建几个？")
    assert a.found and labels(a) == ["4个"], a.answer
    assert "博物馆" in a.answer and ("未找到" in a.answer or "未能确定" in a.answer), a.answer


def test_two_structure_counts_in_one_question(plan):
    a = plan.ask("整个纲要一共分了几篇、多少章？")
    assert a.found and "3篇" in a.answer and "5章" in a.answer, a.answer
