"""Figures given with their whole printed unit, and a year's mean read as a level (lane units), on an invented
city work report (tests/data/qa-city-work-report.md).

「3300万标箱」 is never answered as 「3300万」 nor 「19微克/立方米」 as 「19」: compound units (标箱, 微克/立方米,
平方米/人, 亿千瓦时, 万人次, 万吨标准煤, 个百分点) stay whole. 「PM2.5年均浓度低于21微克/立方米」 is the level of
a year, never labelled 期内年均 as a yearly average over the span is.
"""
from __future__ import annotations

import pytest

from kg.extract.units import parse_quantities
from qa.values.prose import VALUE
from tests.conftest import DATA

PLAN = DATA / "qa-city-work-report.md"


@pytest.mark.parametrize("text, value", [
    ("港口集装箱吞吐量达3300万标箱", "3300万标箱"),
    ("细颗粒物年均浓度降至19微克/立方米", "19微克/立方米"),
    ("人均公园绿地面积达15平方米/人", "15平方米/人"),
    ("新增产能100万吨/年", "100万吨/年"),
    ("机场旅客吞吐量超过7000万人次", "7000万人次"),
    ("全社会用电量达410亿千瓦时", "410亿千瓦时"),
    ("节约能源82万吨标准煤", "82万吨标准煤"),
    ("累计下降1.8个百分点", "1.8个百分点"),
])
def test_printed_value_keeps_its_whole_unit(text, value):
    assert [m.group(0) for m in VALUE.finditer(text)] == [value]


def test_code_digits_are_no_value():
    """PM2.5 names a pollutant: its 2.5 is no figure."""
    assert [m.group(0) for m in VALUE.finditer("PM2.5浓度降至19微克/立方米")] == ["19微克/立方米"]


@pytest.mark.parametrize("text, raw, unit, value", [
    ("港口集装箱吞吐量达3300万标箱", "3300万标箱", "TEU", 3.3e7),
    ("吞吐量达300万TEU", "300万TEU", "TEU", 3e6),
    ("PM2.5年均浓度降至19微克/立方米", "19微克/立方米", "μg/m3", 19),
    ("一氧化碳浓度0.8毫克/立方米", "0.8毫克/立方米", "μg/m3", 800),
    ("人均公园绿地面积达15平方米/人", "15平方米/人", "m2/人", 15),
])
def test_compound_units_are_quantities(text, raw, unit, value):
    (q,) = parse_quantities(text, source="p")
    assert (q.raw, q.unit, q.value) == (raw, unit, value)


@pytest.mark.parametrize("question, value", [
    ("到2025年青川港集装箱吞吐量要达到多少？", "1800万标箱"),
    ("青川港集装箱吞吐量2025年的目标是多少？", "1800万标箱"),
    ("2020年青川港集装箱吞吐量是多少？", "1280万标箱"),
    ("2020年PM2.5年均浓度降到了多少？", "23微克/立方米"),
    ("人均公园绿地面积是多少？", "14.6平方米/人"),
    ("2020年全社会用电量是多少？", "410亿千瓦时"),
    ("机场旅客吞吐量到2025年要超过多少？", "4000万人次"),
])
def test_answer_gives_the_whole_unit(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "到2025年PM2.5年均浓度要低于多少？",
    "PM2.5年均浓度2025年的目标是多少？",
    "PM2.5年均浓度2020年降到了多少？到2025年要低于多少？",
])
def test_annual_mean_concentration_is_a_level(plan, question):
    a = plan.ask(question)
    assert a.found and "21微克/立方米" in a.answer and "期内年均" not in a.answer, a.answer
    assert "2025年" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "2021年城乡居民人均可支配收入分别要增长多少？",
    "城乡居民人均可支配收入2021年各自增长多少？",
    "2021年城镇和农村居民人均可支配收入分别增长多少？",
])
def test_paired_word_asks_both_parts(plan, question):
    """城乡…分别 asks 城镇 and 农村: both values, each with its part — never the first alone."""
    a = plan.ask(question)
    assert a.found and "6.8%" in a.answer and "8.5%" in a.answer, a.answer
    assert "城镇" in a.answer and "农村" in a.answer, a.answer


def test_paired_word_spelt_only_where_distributed():
    from qa.question.paired import spell_paired
    assert spell_paired("城乡污水处理率分别达到95%和80%") == "城镇和农村污水处理率分别达到95%和80%"
    assert spell_paired("城乡居民收入稳步增长") == "城乡居民收入稳步增长"


@pytest.mark.parametrize("question", [
    "到2025年青川经济总量要超过多少？",
    "到2025年青川的经济总量要超过多少？",
    "青川2025年经济总量目标是多少？",
    "青川市到2025年经济总量要超过多少？",
])
def test_plan_place_known_from_its_issuer(plan, question):
    """A title naming no place (政府工作报告): the congress it is reported to names the plan's own place."""
    a = plan.ask(question)
    assert a.found and "1.2万亿元" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "到2025年青川常住人口要达到多少？",
    "青川2025年常住人口目标是多少？",
])
def test_another_place_still_owns_its_figure(plan, question):
    """临河区's population is no figure of 青川's."""
    a = plan.ask(question)
    assert not a.found or "80万人" not in a.answer, a.answer


def test_issuer_place_read_after_zai():
    from types import SimpleNamespace as NS

    import qa.index.home as home
    kb = NS(by_type={"Plan": ["https://plankg.org/plan/x"]}, label=lambda n: "政府工作报告",
            norm_text={"https://plankg.org/plan/x/para/pre-p01": "——2021年1月20日在青川市第七届人民代表大会第二次会议上"})
    assert home.home_titles(kb) == "政府工作报告 青川市"
    kb.norm_text = {"https://plankg.org/plan/x/para/pre-p01": "青川市代市长 林某某"}
    assert home.home_titles(kb) == "政府工作报告 青川市"
    kb.norm_text = {"https://plankg.org/plan/x/para/pre-p01": "青川市人民政府关于印发实施方案的通知"}
    assert home.home_titles(kb) == "政府工作报告 青川市"


@pytest.mark.parametrize("question, head, body", [
    ("青川打算怎么改善空气质量？", "持续改善空气质量", "细颗粒物和臭氧协同控制"),
    ("如何持续改善空气质量？", "持续改善空气质量", "细颗粒物和臭氧协同控制"),
    ("怎样壮大数字产业集群？", "壮大数字产业集群", "数字园区培育工程"),
    ("青川准备如何壮大数字产业集群？", "壮大数字产业集群", "数字园区培育工程"),
])
def test_how_answer_gives_the_run_in_head_with_its_body(plan, question, head, body):
    """A run-in head answers a how-question with the sentences after it, never the head alone nor the next head's."""
    a = plan.ask(question)
    assert a.found and head in a.answer and body in a.answer, a.answer


def test_run_in_head_inside_its_paragraph():
    """「…全面绿色转型。提升大气环境质量。深入实施…。巩固水环境治理成效。…」: the head mid-paragraph goes on with its body."""
    from qa.passages.extractive import _best_sentence
    text = ("践行生态文明理念，促进经济社会发展全面绿色转型。提升大气环境质量。深入实施蓝天行动计划，加强细颗粒物和臭氧协同控制，"
            "强化挥发性有机物减排。巩固水环境治理成效。推进污水收集量和进水浓度双提升。")
    for q in ("怎么提升大气环境质量？", "如何提升大气环境质量？", "打算怎样提升大气环境质量？"):
        said = _best_sentence(q, text)
        assert said.startswith("提升大气环境质量。") and "臭氧协同控制" in said and "水环境" not in said, said
