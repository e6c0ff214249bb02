"""Targets and figures as facts: what, how much, by when and whose — read from a plan's text."""
from __future__ import annotations

import pytest
from rdflib import Literal

from kg.extract.extractor import extract_facts
from kg.extract.targets import PlanPeriod, find_targets, normalise_measure, plan_period
from kg.graph.ontology import PK
from kg.graph.rdf import build_graph
from kg.ingest.parse import parse_document

# Invented names: ownership must follow the text's grammar, never a list of names.
PLAN = """青溪县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要

第一篇　总体要求

第一章　现实基础

2020年全县地区生产总值达到90亿元，“十三五”期间年均增长7.1%。

第二章　发展目标

到2025年，全县地区生产总值达到130亿元，单位地区生产总值能耗累计降低14%左右。

青溪县“十四五”经济社会发展主要指标

类别	序号	指标名称	2020年	2025年	年均增速［累计］	属性
绿色生态	1	森林覆盖率（%）	55	56		约束性

第二篇　产业发展

第三章　建设产业园区

第一节　壮大两个园区

城东产业园重点发展新材料，青峰工业园重点发展食品加工。力争到2025年，城东产业园产值达到80亿元，青峰工业园产值达到45亿元。

力争到2025年，城东、城西两个园区税收分别达到3亿元以上。

	专栏3.1 城东产业园重点项目

标准厂房建设项目。新建标准厂房10万平方米，总投资5亿元。

	专栏3.2 青峰工业园重点项目

标准厂房建设项目。新建标准厂房20万平方米，总投资8亿元。

第三篇　绿色发展

第四章　建设生态县

到2025年，全县森林覆盖率达到60%。
"""


@pytest.fixture(scope="module")
def facts():
    doc = parse_document(PLAN, plan_id="demo")
    return doc, extract_facts(doc)


def _targets(facts, measure):
    return [t for t in facts.targets if t.measure_name == measure]


def _owner_label(facts, t):
    return facts.entities[t.owner].label if t.owner else None


def test_region_target_with_year_direction_and_unit(facts):
    _, f = facts
    (t,) = [t for t in _targets(f, "地区生产总值") if t.year == 2025]
    assert (t.status, t.direction, t.quantity.value, t.quantity.unit) == ("target", "达到", 1.3e10, "CNY")
    assert _owner_label(f, t) == "青溪县"


def test_base_year_figure_is_an_actual(facts):
    _, f = facts
    actuals = {(t.quantity.raw, t.year, t.period) for t in _targets(f, "地区生产总值") if t.status == "actual"}
    assert ("90亿元", 2020, None) in actuals and ("7.1%", None, "十三五") in actuals


def test_cumulative_change_with_qualifier(facts):
    _, f = facts
    (t,) = _targets(f, "单位地区生产总值能耗")
    assert (t.aggregation, t.quantity.qualifier, t.direction, t.quantity.value) == ("cumulative", "≈", "降低", 14.0)


def test_one_paragraph_naming_two_parks_gives_each_its_own_figure(facts):
    _, f = facts
    got = {_owner_label(f, t): t.quantity.value for t in _targets(f, "产值")}
    assert got == {"城东产业园": 8e9, "青峰工业园": 4.5e9}


def test_distributive_statement_gives_each_owner_a_target(facts):
    _, f = facts
    got = sorted((_owner_label(f, t), t.quantity.raw, t.quantity.qualifier) for t in _targets(f, "税收"))
    assert len(got) == 2 and got[0][1:] == got[1][1:] == ("3亿元以上", "≥")
    assert {o[:2] for o, _, _ in got} == {"城东", "城西"}


def test_same_named_works_in_two_parks_boxes_are_two_entities(facts):
    _, f = facts
    works = [e for e in f.entities.values() if e.label.startswith("标准厂房")]
    assert len(works) == 2
    invest = sorted(q.value for e in works for q in e.quantities if q.kind == "investment")
    assert invest == [5e8, 8e8]
    parks = {}
    for e in works:
        (inv,) = [q.value for q in e.quantities if q.kind == "investment"]
        (park,) = [r.object for r in f.relations if r.subject == e.key and r.predicate == "supports"]
        parks[park] = inv
    assert parks == {"Park/城东产业园": 5e8, "Park/青峰工业园": 8e8}


def test_table_and_prose_disagreement_is_kept_and_visible(facts):
    doc, f = facts
    forest = [t for t in _targets(f, "森林覆盖率") if t.status == "target"]
    assert sorted(t.quantity.value for t in forest) == [56.0, 60.0]
    table, prose = sorted(forest, key=lambda t: t.quantity.value)
    assert table.conflicts == (prose.id,) and prose.conflicts == (table.id,)
    assert table.indicator == prose.indicator == "Indicator/森林覆盖率"
    g = build_graph(doc, f)
    targets = set(g.subjects(PK.measureName, Literal("森林覆盖率", lang="zh")))
    assert len(targets) == 3  # table target, table base value, prose target
    assert any((a, PK.conflictsWith, b) in g for a in targets for b in targets)


def test_targets_in_rdf_have_owner_value_unit_year_and_source(facts):
    doc, f = facts
    g = build_graph(doc, f)
    rows = g.query("""
        PREFIX pk: <https://plankg.org/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?measure ?value ?unit ?owner ?para WHERE {
          ?owner pk:hasTarget ?t . ?t pk:measureName ?measure ; pk:value ?value ; pk:unit ?unit ;
             pk:year 2025 ; pk:figureStatus "target" ; prov:wasDerivedFrom ?para .
        }""")
    got = {(str(r.measure), float(r.value), str(r.unit)) for r in rows}
    assert ("地区生产总值", 1.3e10, "CNY") in got and ("森林覆盖率", 60.0, "%") in got


@pytest.mark.parametrize(("title", "period"), [
    ("某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", PlanPeriod(2021, 2025, 14)),
    ("中华人民共和国国民经济和社会发展第十一个五年规划纲要", PlanPeriod(2006, 2010, 11)),
    ("中华人民共和国国民经济和社会发展“九五”计划和二〇一〇年远景目标纲要", PlanPeriod(1996, 2000, 9)),
    ("青溪县“十五五”规划", PlanPeriod(2026, 2030, 15)),
])
def test_plan_period(title, period):
    assert plan_period(title) == period


def test_chinese_numerals_and_period_frames():
    (t,) = find_targets("“九五”期间国内生产总值年均增长百分之八左右", source="p",
                        period=PlanPeriod(1996, 2000, 9))
    assert (normalise_measure(t.measure), t.quantity.value, t.aggregation, t.period, t.status) == (
        "地区生产总值", 8.0, "annual", "九五", "target")


@pytest.mark.parametrize("text", [
    "建设总库容为13000万m³的水库。",  # a figure of a work, no time frame
    "高于“十三五”时期实际。",  # no figure
    "收入结构为35.1%、40.2%、24.7%。",  # one measure, a list of values in no fixed order: not guessed
])
def test_not_a_target(text):
    assert find_targets(text, source="p", period=PlanPeriod(2021, 2025, 14)) == []


def test_comparison_base_is_not_the_target_year():
    (t,) = find_targets("到2025年，单位地区生产总值二氧化碳排放比2020年下降18%。", source="p",
                        period=PlanPeriod(2021, 2025, 14))
    assert (t.year, t.base_year, t.direction, t.quantity.value) == (2025, 2020, "下降", 18.0)


def test_a_printed_bound_is_the_direction():
    (t,) = find_targets("城镇调查失业率控制在5.5%以内。", source="p", period=PlanPeriod(2021, 2025, 14))
    assert (t.measure, t.direction, t.quantity.qualifier, t.quantity.value) == ("城镇调查失业率", "控制在", "≤", 5.5)


def test_from_value_is_not_a_second_target():
    (t,) = find_targets("电话普及率由百分之一点一提高到百分之四点六。", source="p", period=PlanPeriod(1996, 2000, 9))
    assert (t.measure, t.direction, t.quantity.value) == ("电话普及率", "提高到", 4.6)


@pytest.mark.parametrize(("text", "start", "start_year", "value"), [
    ("到2025年，常住人口城镇化率由50.2%提高到56%，城镇新增就业累计达到2.4万人。", "50.2%", None, 56.0),
    ("到2025年，森林覆盖率由2020年的61%提高到63%。", "61%", 2020, 63.0),
    ("到2025年，单位地区生产总值能耗从0.8吨标准煤降到0.7吨标准煤，年均增长6%。", "0.8吨标准煤", None, 0.7),
])
def test_a_prose_change_target_carries_where_it_starts(text, start, start_year, value):
    targets = [t for t in find_targets(text, source="p", period=PlanPeriod(2021, 2025, 14)) if t.status == "target"]
    assert (targets[0].quantity.value, targets[0].start, targets[0].start_year) == (value, start, start_year)
    assert all(t.start is None for t in targets[1:])  # the next clause's figure starts from nothing printed
    doc = parse_document(f"青溪县国民经济和社会发展第十四个五年规划纲要\n\n第一章　发展目标\n\n{text}\n", plan_id="d")
    f = extract_facts(doc)
    (t,) = [t for t in f.targets if t.quantity.value == value and t.status == "target"]
    g = build_graph(doc, f)
    node = next(g.subjects(PK.rawText, Literal(t.quantity.raw)))
    assert str(g.value(node, PK.startValue)) == start
    assert (g.value(node, PK.startYear) and int(g.value(node, PK.startYear))) == start_year


def test_review_paragraph_figures_are_actuals_even_without_a_verb():
    got = find_targets("高新技术产业增加值占GDP的20%，合同引资320亿元。", source="p",
                       period=PlanPeriod(2021, 2025, 14), review=True)
    assert [(t.quantity.raw, t.status) for t in got] == [("20%", "actual"), ("320亿元", "actual")]


SIBLINGS = """青溪县国民经济和社会发展第十四个五年规划纲要

第一篇　产业发展

第一章　建设园区

城东产业园总投资5亿元，青峰工业园总投资8亿元，新建研发中心。

	专栏1.1 城东产业园重点项目

污水处理厂项目。日处理2万吨，总投资1亿元。

	专栏1.2 城区基础设施重点项目

污水处理厂项目。日处理5万吨，总投资3亿元。
"""


def test_figures_of_one_paragraph_go_to_the_park_each_clause_names():
    f = extract_facts(parse_document(SIBLINGS, plan_id="s"))
    invest = {e.label: [q.value for q in e.quantities if q.kind == "investment" and q.source == "ch01-p01"]
              for e in f.entities.values() if e.type == "Park"}
    assert invest["城东产业园"] == [5e8] and invest["青峰工业园"] == [8e8]


def test_a_same_named_work_listed_outside_the_park_stays_apart():
    f = extract_facts(parse_document(SIBLINGS, plan_id="s"))
    works = [e for e in f.entities.values() if e.label.startswith("污水处理厂")]
    assert sorted(q.value for e in works for q in e.quantities if q.kind == "investment") == [1e8, 3e8]
    assert len(works) == 2 and all(len([q for q in e.quantities if q.kind == "investment"]) == 1 for e in works)


def test_year_between_verb_and_figure_and_a_start_value_in_chinese_numerals():
    got = find_targets("万元国民生产总值消耗的能源由一九九五年的二点二吨标准煤下降到二〇〇〇年的一点七吨标准煤。",
                       source="p", period=PlanPeriod(1996, 2000, 9))
    assert [(t.measure, t.quantity.value, t.status, t.year) for t in got] == [
        ("万元国民生产总值消耗的能源", 2.2, "actual", 1995), ("万元国民生产总值消耗的能源", 1.7, "target", 2000)]  # tce


IMPLIED = """白河县国民经济和社会发展第十四个五年规划纲要

第一篇　总体要求

第一章　发展基础

全县粮食产量稳定在30万吨，城镇化率提高到48%。

第二章　发展目标

单位地区生产总值二氧化碳排放累计下降18%，城镇调查失业率控制在5.5%以内。

到2025年，全县地区生产总值达到150亿元。
"""


def test_a_figure_with_no_printed_time_frame_is_for_the_plans_period_marked_implied():
    """A five-year plan's targets are for its period; review figures are the previous period's (issue 10)."""
    doc = parse_document(IMPLIED, plan_id="implied")
    f = extract_facts(doc)
    got = {t.quantity.raw: (t.status, t.year, t.period, t.implied) for t in f.targets}
    assert got["18%"] == ("target", None, "十四五", True)
    assert got["控制在5.5%以内"] == ("target", None, "十四五", True)
    assert got["150亿元"] == ("target", 2025, None, False)  # printed: not implied
    assert got["48%"] == ("actual", None, "十三五", True)
    g = build_graph(doc, f)
    implied = {str(g.value(s, PK.rawText)) for s in g.subjects(PK.timeFrameImplied, Literal(True))}
    assert implied == {"18%", "控制在5.5%以内", "30万吨", "48%"}


def test_a_plan_dated_by_years_implies_its_end_year():
    from kg.extract.extractor import _time_frame
    from kg.extract.targets import TargetMention

    (t,) = find_targets("森林覆盖率提高到60%。", source="p", period=PlanPeriod(2021, 2030, None))
    assert isinstance(t, TargetMention)
    assert _time_frame(t, PlanPeriod(2021, 2030, None), review=False) == (2030, None, True)
    assert PlanPeriod(2006, 2010, 11).name() == "十一五" and PlanPeriod(1991, 1995, 8).name(-1) == "七五"


@pytest.mark.parametrize(("text", "expected"), [
    ("三次产业结构由2020年的12.5%、40.3%、47.2%调整为10.0%、38.0%、52.0%。",
     [("第一产业比重", "12.5%"), ("第二产业比重", "40.3%"), ("第三产业比重", "47.2%"),
      ("第一产业比重", "10.0%"), ("第二产业比重", "38.0%"), ("第三产业比重", "52.0%")]),
    ("到2025年，三次产业比重为8.5%、41.5%、50.0%左右。",
     [("第一产业比重", "8.5%"), ("第二产业比重", "41.5%"), ("第三产业比重", "50.0%左右")]),
    ("产业结构不断优化，三次产业结构“十三五”初期为20.1%、45.0%、34.9%，期末达到17.2%、40.1%、42.7%。",
     [("第一产业比重", "20.1%"), ("第二产业比重", "45.0%"), ("第三产业比重", "34.9%"),
      ("第一产业比重", "17.2%"), ("第二产业比重", "40.1%"), ("第三产业比重", "42.7%")]),
])
def test_three_sector_shares_pair_in_the_genres_order(text, expected):
    got = find_targets(text, source="p", period=PlanPeriod(2021, 2025, 14))
    assert [(normalise_measure(t.measure), t.quantity.raw) for t in got if "产业" in t.measure] == expected


@pytest.mark.parametrize("text", [
    "收入结构为35.1%、40.2%、24.7%。",
    "三次产业结构调整为10.0%、38.0%。",  # two values for three sectors: no order to read
    "产业结构为10.0%、38.0%、52.0%。",  # not the three sectors by name
])
def test_other_lists_for_one_measure_are_not_paired_by_guess(text):
    assert find_targets(text, source="p", period=PlanPeriod(2021, 2025, 14)) == []


def test_one_value_for_several_measures_sharing_a_head_goes_to_each():
    got = find_targets("化学需氧量、二氧化硫排放分别减少8%，氨氮、氮氧化物排放分别减少10%。", source="p",
                       period=PlanPeriod(2011, 2015, 12))
    assert [(t.measure, t.quantity.raw) for t in got] == [
        ("化学需氧量排放", "8%"), ("二氧化硫排放", "8%"), ("氨氮排放", "10%"), ("氮氧化物排放", "10%")]


def test_start_and_end_of_a_period_are_years():
    got = find_targets("耕地面积“十三五”初期为80万亩，城镇化率“十三五”末达到48%。", source="p",
                       period=PlanPeriod(2021, 2025, 14), review=True)
    assert [(t.quantity.raw, t.year, t.period) for t in got] == [("80万亩", 2016, None), ("48%", 2020, None)]


def test_a_rate_of_new_buildings_keeps_its_subject():
    (t,) = find_targets("到2025年，新建建筑现行节能标准执行率100%。", source="p", period=PlanPeriod(2021, 2025, 14))
    assert (t.measure, t.direction) == ("新建建筑现行节能标准执行率", None)


def test_standard_coal_is_its_own_unit():
    (t,) = find_targets("吨钢综合能耗力争降到一点四五吨标准煤以下。", source="p", period=PlanPeriod(1996, 2000, 9))
    assert (t.quantity.value, t.quantity.unit, t.quantity.qualifier) == (1.45, "tce", "≤")


def test_figures_under_a_goals_heading_are_targets_without_a_verb():
    text = "经济平稳较快发展，城镇新增就业4500万人，人均预期寿命74.5岁。"
    p = PlanPeriod(2011, 2015, 12)
    assert find_targets(text, source="p", period=p) == []  # no verb, no frame: not read as a target
    got = find_targets(text, source="p", period=p, goals=True)
    assert [(t.measure, t.quantity.raw, t.status) for t in got] == [
        ("城镇新增就业", "4500万人", "target"), ("人均预期寿命", "74.5岁", "target")]
    assert find_targets("粮食四亿九千万～五亿吨。", source="p", period=PlanPeriod(1996, 2000, 9), goals=True) == []


def test_goal_headings_in_the_plan_tree_make_targets():
    doc = parse_document(GOALS_PLAN, plan_id="goals")
    got = {t.quantity.raw: t.period for t in extract_facts(doc).targets}
    assert got == {"4500万人": "十二五", "1岁": "十二五"}


GOALS_PLAN = """某省国民经济和社会发展第十二个五年规划纲要

第一篇　总体要求

第一章　指导思想

坚持发展是硬道理，城镇新增就业300万人。

第二章　主要目标

——人民生活持续改善。城镇新增就业4500万人，人均预期寿命提高1岁。
"""


@pytest.mark.parametrize(("text", "expected"), [
    ("单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18%。",  # the per-unit lead is both measures'
     [("单位国内生产总值能源消耗", "13.5%"), ("单位国内生产总值二氧化碳排放", "18%")]),
    ("单位地区生产总值能耗和用水量分别下降14%、16%。",
     [("单位地区生产总值能耗", "14%"), ("单位地区生产总值用水量", "16%")]),
    ("基本养老保险参保率提高到95%，基本医疗保险参保率稳定在97%。",  # 基本 names the scheme here
     [("基本养老保险参保率", "95%"), ("基本医疗保险参保率", "97%")]),
])
def test_shared_leads_and_scheme_names_stay_in_the_measure(text, expected):
    got = find_targets(text, source="p", period=PlanPeriod(2021, 2025, 14))
    assert [(t.measure, t.quantity.raw) for t in got] == expected


def test_a_start_value_names_no_frame():
    got = find_targets("资本系数由“八五”的三点六降为三左右。全社会劳动生产率平均每年提高百分之六点五。",
                       source="p", period=PlanPeriod(1996, 2000, 9))
    assert [(t.quantity.raw, t.status, t.period) for t in got] == [("百分之六点五", "target", None)]
