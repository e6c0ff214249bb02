"""Figures whose own clause names the asked measure, the owner printed once before them (qa.values.ownclause), and a
measure the indicator table, the prose and a 专栏 state with different figures (qa.values.restated), on a made-up plan.

- The owner is named once and its figures follow by their own short measures (「城乡配电网改造，…低压线路188km」,
  「成立…融资担保公司，力争融资担保额度达到3亿元以上」, a box item's title line): the figure is the asked one.
- A count printed before its noun (「建设3个五百吨级码头」「三个客运站场」「六大特色农业」「72个…老旧小区」) answers
  「几个/多少个/几大」 of that noun.
- Never a neighbour's figure, another measure's, a noun qualified otherwise (万吨级 for 五百吨级), or another year's.
- Where the table and the prose (or a 专栏) differ, both are given with their sources; a source named first.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "own-clause-plan.md"


@pytest.mark.parametrize("question, value", [
    ("城乡配电网新建低压线路多少公里？", "188km"), ("低压线路要新建多少公里？", "188km"), ("配电网低压线路多长？", "188km"),
    ("融资担保公司担保额度要到多少？", "3亿元以上"), ("园区融资担保额度多少？", "3亿元以上"),
    ("县中心血库迁建要征地多少亩？", "15亩"), ("血库征地多少亩？", "15亩"),
    ("肉兔年出栏要达到多少万只？", "60万只以上"), ("肉羊出栏多少？", "18万只"),
    ("矿区植被恢复多少亩？", "2500亩以上"),
    ("白溪到河口有轨电车多长？", "28km"), ("有轨电车要修多长？", "28km"),
    ("专栏里高标准农田要建多少万亩？", "22万亩"),
    ("妇幼保健中心规划用地多少亩？", "12亩"), ("县妇幼保健中心用地多少亩？", "12亩"),
    ("年加工产值3000万以上的竹木加工企业要新增多少家？", "8家以上"), ("年产值过亿的企业几家？", "4家"),
    ("临港竹木产业园规划用地多少亩？", "260亩"),
    ("青岭光伏电站装机多少MW？", "60MW"), ("青岭光伏电站装机多大？", "60MW"),
    ("白溪湿地保护工程鼠害治理多少万亩？", "2万亩"),
    ("省县级文保单位要达到多少处？", "60处以上"),  # 「省、县级」 asked whole
    ("多少比例的自然村达到人居环境整治要求？", "90%"), ("到2025年多少比例的乡镇达到卫生乡镇标准？", "85%以上"),
])
def test_the_owner_named_before_its_figure(plan, question, value):
    a = plan.ask(question)
    assert a.found, a.answer
    assert a.items[0].label == value, a.answer


@pytest.mark.parametrize("question, value", [
    ("要建几个五百吨级码头？", "3个"), ("五百吨级码头建几个？", "3个"),
    ("客运站场建几个？", "三个"), ("要开工建设几个客运站场？", "三个"),
    ("规划提出几大特色农业？", "六大"), ("几条乡村振兴示范带？", "4条"),
    ("全面提升多少个乡镇医院？", "12个"), ("乡镇医院要提升几个？", "12个"),
    ("要改造多少个老旧小区？", "72个"), ("全县要建几家有病原检测能力的医疗机构？", "3家以上"),
])
def test_a_count_printed_before_its_noun(plan, question, value):
    a = plan.ask(question)
    assert a.found, a.answer
    assert a.items[0].label == value, a.answer
    assert "2000年" not in a.answer.split("原文")[0]  # 「2000年以前的」 bounds the things counted, dates no figure


@pytest.mark.parametrize("question", [
    "东岭风电场装机多少千瓦？",  # only 青岭风电场 has 装机 printed: a neighbour's figure is never read
    "城乡配电网中压线路多少公里？", "城乡配电网高压线路变压器多少公里？",  # another measure's figures
    "要建几个万吨级码头？",  # 五百吨级码头 are not 万吨级
    "2030年要建几个五百吨级码头？", "2030年矿区植被恢复多少亩？",  # another year
    "城区农贸市场要建几个？", "县中医院规划用地多少亩？", "年产值过十亿的企业几家？",
    "竹木产业园的用地面积是多少？",  # 260亩 is 临港竹木产业园's, another park
    "湿地科普中心面积多大？",  # 3个 counts them, no area
    "多少比例的社区达到人居环境整治要求？", "多少比例的自然村达到卫生乡镇标准？",  # another thing's share
])
def test_no_other_figure_is_read(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert not any(v in a.answer.split("规划给出")[0] for v in ("3个", "188km", "52km", "8万千瓦", "2500亩", "260亩", "6万亩")), a.answer


@pytest.mark.parametrize("question, first, other", [
    ("湿地保护率2025年要达到多少？", "ind-02", "55%"), ("湿地保护率要达到多少？", "ind-02", "55%"),
    ("城镇职工医疗保险参保率要达到多少？", "ind-03", "98%"),
    ("要建成多少万亩高标准农田？", "12万亩", "22万亩"),
])
def test_the_table_and_the_prose_both_given(plan, question, first, other):
    a = plan.ask(question)
    assert a.found, a.answer
    labels = [i.label for i in a.items]
    ids = [i.citation.id for i in a.items]
    assert first in labels[:1] + ids[:1] and other in labels[1:], a.answer
    assert "与上不同" in a.answer


@pytest.mark.parametrize("question, first, then", [
    ("湿地保护率正文说要达到多少？", "55%", "指标表"), ("专栏里城镇职工医疗保险参保率要达到多少？", "98%", "指标表"),
])
def test_the_source_asked_leads(plan, question, first, then):
    a = plan.ask(question)
    assert a.found and a.items[0].label == first, a.answer
    assert then in a.answer.split("另")[1]


def test_a_regions_figure_is_no_restatement(plan):
    # 西部片区's 40% is a region's figure, not the county's stated again.
    a = plan.ask("湿地保护率要达到多少？")
    assert a.found and "40%" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["湿地保护率2020年是多少？", "指标表中湿地保护率是多少？", "地区生产总值年均增长多少？"])
def test_one_source_stays_alone(plan, question):
    # 2020's 48 has no other statement; a table asked for is the table; a measure stated once is said once.
    a = plan.ask(question)
    assert a.found and "另" not in a.answer and len(a.items) == 1, a.answer


@pytest.mark.parametrize("question, values", [
    ("西坑灌区多少公里？灌多少亩？", ["9.2km", "1.8万亩"]), ("北坑水库灌区渠道多长？灌溉面积多少？", ["30km", "4.4万亩"]),
])
def test_a_later_part_is_read_right_after_the_one_before(plan, question, values):
    # 「…西坑灌区9.2km，灌溉面积1.8万亩，…」: the 灌溉面积 asked next is the clause after 西坑灌区's, no other 灌区's.
    a = plan.ask(question)
    assert a.found and [i.label for i in a.items] == values, a.answer


@pytest.mark.parametrize("question", ["水泥生产线要建几条？", "年产三十万吨的水泥生产线建几条？"])
def test_a_value_in_chinese_numerals_inside_the_measure(plan, question):
    # 「新建年产三十万吨水泥生产线两条」: the words before 两条 hold a value of their own, printed in Chinese numerals.
    a = plan.ask(question)
    assert not a.found or a.items[0].label == "两条", a.answer
