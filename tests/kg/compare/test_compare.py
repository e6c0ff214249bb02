"""kg/compare: measure normalisation, plan identity, matching with caveats, comparison links as RDF."""
from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from kg.compare.match import compatibility, key_method, match_records, measure_key
from kg.compare.measures import normalise_measure, unit_class
from kg.compare.plans import plan_info
from kg.compare.records import MeasureRecord, read_plans, read_records
from kg.compare.table import Comparison
from kg.extract.extractor import extract_facts
from kg.graph.ontology import PK
from kg.graph.rdf import build_graph
from kg.ingest.parse import parse_file
from kg.store.sparql import run_sparql
from tests.conftest import DATA


def _rec(name: str, plan: str, unit: str | None = "%", **kw) -> MeasureRecord:
    return MeasureRecord(f"https://plankg.org/plan/{plan}/x/{name}", plan, "indicator", normalise_measure(name), unit=unit, **kw)


@pytest.mark.parametrize(
    "a, b",
    [
        ("单位GDP能耗降低", "单位国内生产总值能源消耗降低"),
        ("单位地区生产总值能耗降低", "单位GDP能源消耗降幅"),
        ("研发经费投入占GDP比例", "研究与试验发展经费支出占国内生产总值比重"),
        ("服务业增加值比重", "服务业增加值占GDP比重"),
        ("每万人口发明专利拥有量", "每万人发明专利拥有量"),
        ("常住人口城镇化率", "城镇化率"),
        ("非化石能源占一次能源消费比重", "非化石能源占一次能源消耗比重"),
    ],
)
def test_same_measure_under_different_wording(a, b):
    assert measure_key(normalise_measure(a)) == measure_key(normalise_measure(b))


@pytest.mark.parametrize(
    "a, b",
    [
        ("城镇居民人均可支配收入", "农村居民人均可支配收入"),
        ("常住人口城镇化率", "户籍人口城镇化率"),
        ("每万人口发明专利拥有量", "每万人口高价值发明专利拥有量"),
        ("数字经济增加值占GDP比重", "数字经济核心产业增加值占GDP比重"),
        ("单位GDP能耗", "能源消费总量"),
        ("单位GDP二氧化碳排放降低", "单位GDP能耗降低"),
        ("服务业增加值", "服务业增加值比重"),
    ],
)
def test_different_measures_do_not_share_a_key(a, b):
    assert measure_key(normalise_measure(a)) != measure_key(normalise_measure(b))


def test_kind_direction_and_span():
    m = normalise_measure("单位地区生产总值能耗累计降低")
    assert (m.core, m.kind, m.direction, m.span) == ("单位GDP能耗", "change", "down", "cumulative")
    assert normalise_measure("国内生产总值年均增长").span == "annual"
    # 增加值 is value added, not a rise.
    assert normalise_measure("制造业增加值").kind == "level"


def test_methods_say_how_a_name_was_matched():
    assert key_method(normalise_measure("森林覆盖率")) == "same-name"
    assert key_method(normalise_measure("单位国内生产总值能源消耗")) == "synonym"
    assert key_method(normalise_measure("全社会研发经费投入占GDP比重")) == "modifier"


def test_unit_classes():
    assert unit_class("亿元") == unit_class("万亿元") == "money"
    assert unit_class("%") != unit_class("亿元")


def test_incompatible_matches_are_reported_with_a_note():
    level = _rec("单位国内生产总值能源消耗", "a", unit="吨标准煤/万元")
    change = _rec("单位GDP能耗降低", "b")
    (m,) = match_records([level, change])
    assert m.key == "单位GDP能耗" and not m.compatible
    assert "单位不同" in m.note and "水平值" in m.note
    annual = _rec("单位GDP能耗年均降低", "a")
    cumulative = _rec("单位GDP能耗累计降低", "b")
    assert compatibility(annual, cumulative) == (False, "口径不同（年均 ↔ 累计）")
    assert compatibility(_rec("森林覆盖率", "a"), _rec("森林覆盖率", "b", unit=None)) == (True, "一方未标单位")


def test_matches_are_across_plans_only_and_grouped_by_key():
    recs = [_rec("森林覆盖率", "a"), _rec("森林覆盖率", "b"), _rec("森林覆盖率", "c"), _rec("耕地保有量", "a", unit="万亩")]
    matches = match_records(recs)
    assert {(m.a.plan, m.b.plan) for m in matches} == {("a", "b"), ("a", "c"), ("b", "c")}
    assert all(m.confidence == 1.0 and m.compatible for m in matches)


def test_plan_identity_from_titles():
    p = plan_info("x", "湖南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要")
    assert (p.region, p.level, p.period, p.start) == ("湖南省", "province", 14, 2021)
    assert plan_info("y", "青岚市国民经济和社会发展第十三个五年规划纲要").level == "city"
    assert plan_info("z", "重庆市国民经济和社会发展第十四个五年规划").level == "province"


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    for name in ("qinglan-city-14th.txt", "shanyuan-county-13th.txt"):
        doc = parse_file(DATA / "compare" / name)
        g += build_graph(doc, extract_facts(doc))
    return g


def test_records_and_plans_read_from_built_graphs(graph):
    plans = read_plans(graph)
    assert {p.level for p in plans.values()} == {"city", "county"}
    recs = read_records(graph, plans=["qinglan-city-14th"])
    assert len(recs) == 9
    energy = next(r for r in recs if r.measure.core == "单位GDP能耗")
    assert (energy.attribute, energy.change, energy.paragraph) == ("约束性", "［14］", "ind-04")


def test_comparison_rows_show_gaps_and_differences(graph):
    cmp = Comparison.from_graph(graph)
    rows = {r.key: r for r in cmp.rows(["qinglan-city-14th", "shanyuan-county-13th"])}
    assert rows["耕地保有量"].missing() == ["shanyuan-county-13th"]
    assert rows["森林覆盖率"].differs and rows["森林覆盖率"].compatible
    assert rows["单位GDP能耗"].method == "synonym" and rows["单位GDP能耗"].confidence == 0.9
    # Row order: the first plan's measures first.
    assert list(rows)[0] == "GDP"


def test_links_are_queryable_with_sparql(graph):
    g = Graph() + graph
    g += Comparison.from_graph(graph).links()
    q = """PREFIX pk: <https://plankg.org/ontology#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?name ?a ?b ?method WHERE {
      ?a pk:hasMeasure ?m . ?b pk:hasMeasure ?m . ?m rdfs:label ?name .
      ?a pk:inPlan ?pa . ?b pk:inPlan ?pb . FILTER(STR(?pa) < STR(?pb))
      ?s rdf:subject ?b ; rdf:predicate pk:hasMeasure ; pk:matchMethod ?method .
    }"""
    rows = run_sparql(g, q).rows
    names = {r[0] for r in rows}
    assert {"森林覆盖率", "单位GDP能耗", "GDP", "城镇化率", "城镇居民人均可支配收入"} <= names
    assert "耕地保有量" not in names
    assert len(set(g.subjects(RDF.type, PK.Measure))) == len(Comparison.from_graph(graph).keys())


def test_a_level_row_with_a_growth_cell_compares_with_a_growth_target():
    row = _rec("地区生产总值", "a", unit="亿元", change="8.0%")
    target = _rec("国内生产总值年均增长", "b")
    assert compatibility(row, target) == (True, "按增速比较")
    assert compatibility(_rec("全国总人口", "a", unit="万人"), _rec("全国总人口", "b", unit="亿人"))[0]


def test_matching_precision_on_the_labelled_sample():
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("measure_matching", ROOT / "bench" / "measure_matching.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.score(bench.load_sample())
    assert result["rows"] >= 80 and result["predicted"] >= 40
    assert result["precision"] >= 0.9, result["wrong"]


def test_targets_from_prose_only_once_and_table_rows_as_indicators(mini_doc):
    recs = read_records(build_graph(mini_doc, extract_facts(mini_doc)))
    assert [r.measure.printed for r in recs if r.source == "indicator"][:2] == ["地区生产总值", "园区规模工业总产值"]
    # The table's cells are the rows' records; targets read from prose are records of their own.
    assert all(r.paragraph and not r.paragraph.startswith("ind-") for r in recs if r.source == "target")


def test_a_prose_target_carries_where_its_change_starts(tmp_path):
    # Made-up plan: a target printed 由…提高到… keeps its start (pk:startValue, pk:startYear) as its base value.
    plan = tmp_path / "qingshui-county-14th.txt"
    plan.write_text(
        "青水县国民经济和社会发展第十四个五年规划纲要\n"
        "第一章 发展目标\n"
        "到2025年，全县常住人口城镇化率由2020年的48.5%提高到55%，森林覆盖率达到62%。\n", encoding="utf-8")
    doc = parse_file(plan)
    recs = {r.measure.printed: r for r in read_records(build_graph(doc, extract_facts(doc))) if r.source == "target"}
    urban = recs["常住人口城镇化率"]
    assert (urban.value, urban.year, urban.base_value, urban.base_year) == ("55%", 2025, "48.5%", 2020)
    # A target printed with no start has no base value.
    assert (recs["森林覆盖率"].base_value, recs["森林覆盖率"].base_year) == (None, None)
