"""A small hand-built plan (Document + Facts) for the graph-layer tests.

It has what the real plans have: a preface, two parts, chapters with and
without sections, a numbered box whose printed number (7.1) does not match its
chapter (4), box groups, an unnumbered box, an indicator table and a glossary;
entities of several types with aliases, quantities and attributes; and
relations to entities and to structure nodes.
"""
from __future__ import annotations

import pytest

from kg.document import (
    Box,
    BoxItem,
    Chapter,
    Document,
    Heading,
    HeadingPath,
    Indicator,
    IndicatorValue,
    Paragraph,
    Part,
    Section,
    Term,
)
from kg.facts import Entity, Facts, Quantity, Relation, Target
from kg.graph.rdf import build_graph, entity_iri, iri_for

PLAN_ID = "demo-plan"

PART1 = Heading("part", 1, "总体要求", 5)
PART2 = Heading("part", 2, "产业发展", 20)
CH1 = Heading("chapter", 1, "发展基础", 6)
CH4 = Heading("chapter", 4, "实施制造业倍增工程", 21)
S1_1 = Heading("section", 1, "主要目标", 8)
S4_1 = Heading("section", 1, "壮大特色产业", 23)
S4_2 = Heading("section", 2, "建设特色园区", 26)
BOX71 = Heading("box", "7.1", "特色产业园区重点项目", 28)
BOX_U = Heading("box", None, "园区配套项目", 35)


def _p(pid: str, text: str, path: HeadingPath, kind: str = "prose", line: int = 0) -> Paragraph:
    return Paragraph(id=pid, text=text, path=path, kind=kind, line=line)


def make_document() -> Document:
    """The demo plan's document tree."""
    p_ch1 = HeadingPath(PART1, CH1)
    p_s11 = HeadingPath(PART1, CH1, S1_1)
    p_s41 = HeadingPath(PART2, CH4, S4_1)
    p_s42 = HeadingPath(PART2, CH4, S4_2)
    p_box = HeadingPath(PART2, CH4, S4_2, BOX71)
    p_boxu = HeadingPath(PART2, CH4, None, BOX_U)

    pre = _p("pre-p01", "“十四五”时期是示例区开启现代化建设新征程的第一个五年。", HeadingPath(), "preface", 3)
    pt1 = _p("pt01-p01", "坚持稳中求进工作总基调。", HeadingPath(PART1), line=5)
    ch1 = _p("ch01-p01", "“十三五”时期全区生产总值达到232亿元。", p_ch1, line=7)
    s11 = _p("ch01-s1-p01", "到2025年，单位GDP能耗降低完成省定目标。", p_s11, line=9)
    s41 = _p("ch04-s1-p01", "做大做强再生铝产业，打造百亿产业链。", p_s41, line=24)
    s42 = _p("ch04-s2-p01", "加快循环经济产业园建设，引进龙头企业。", p_s42, line=27)
    g1 = _p("box7.1-g01", "（一）园区项目", p_box, "box_group", 29)
    i1 = _p("box7.1-i01", "循环经济产业园。项目选址珠山镇，建设年产50万吨再生铝生产线，总投资6亿元。", p_box, "box_item", 30)
    g2 = _p("box7.1-g02", "（二）交通项目", p_box, "box_group", 31)
    i2 = _p("box7.1-i02", "园区大道。新建道路3.5公里。", p_box, "box_item", 32)
    u1 = _p("boxch04-1-i01", "园区污水处理厂。日处理污水2万吨。", p_boxu, "box_item", 36)

    box71 = Box(
        heading=BOX71,
        path=p_s42,
        items=[BoxItem(i1, "循环经济产业园", "（一）园区项目"), BoxItem(i2, "园区大道", "（二）交通项目")],
        groups=["（一）园区项目", "（二）交通项目"],
        paragraphs=[g1, i1, g2, i2],
    )
    box_u = Box(heading=BOX_U, path=HeadingPath(PART2, CH4), items=[BoxItem(u1, "园区污水处理厂")], paragraphs=[u1])

    ind_path = p_s11
    ind1 = Indicator(
        category="经济发展", number=1, name="地区生产总值年均增长", unit="%",
        base=IndicatorValue("6.74", 6.74), target=IndicatorValue(">6.5", 6.5, ">"),
        growth=IndicatorValue("—"), attribute="预期性",
        paragraph=_p("ind-01", "经济发展｜地区生产总值年均增长｜%｜6.74｜>6.5｜预期性", ind_path, "indicator", 12),
        base_year=2020, target_year=2025,
    )
    ind2 = Indicator(
        category="绿色生态", number=2, name="单位GDP能耗降低", unit="%",
        base=IndicatorValue("完成省定目标"), target=IndicatorValue("完成省定目标"),
        growth=IndicatorValue("[完成省定目标]", None, "cumulative"), attribute="约束性",
        paragraph=_p("ind-02", "绿色生态｜单位GDP能耗降低｜%｜完成省定目标｜约束性", ind_path, "indicator", 13),
        base_year=2020, target_year=2025,
    )
    term = Term(1, "两型社会", "资源节约型、环境友好型社会。", _p("gl-01", "两型社会：资源节约型、环境友好型社会。", HeadingPath(), "term", 40))

    return Document(
        plan_id=PLAN_ID,
        title="示例区国民经济和社会发展第十四个五年规划纲要",
        source="demo-plan.txt",
        sha256="0" * 64,
        preface=[pre],
        parts=[
            Part(PART1, preamble=[pt1], chapters=[Chapter(CH1, preamble=[ch1], sections=[Section(S1_1, [s11])])]),
            Part(
                PART2,
                chapters=[
                    Chapter(
                        CH4,
                        sections=[Section(S4_1, [s41]), Section(S4_2, [s42], boxes=[box71])],
                        boxes=[box_u],
                    )
                ],
            ),
        ],
        indicators=[ind1, ind2],
        glossary=[term],
    )


def make_facts() -> Facts:
    """Facts as kg.extract.extractor would produce them for the demo plan."""
    ents = [
        Entity(
            "Park/循环经济产业园", "Park", "循环经济产业园", {"循环园"}, {"ch04-s2-p01", "box7.1-i01"},
        ),
        Entity(
            "Project/年产50万吨再生铝生产线", "Project", "年产50万吨再生铝生产线", set(), {"box7.1-i01"},
            quantities=[
                Quantity("investment", "6亿元", 6e8, "元", "box7.1-i01"),
                Quantity("capacity", "50万吨", 5e8, "kg", "box7.1-i01", "≥"),
            ],
        ),
        Entity(
            "Project/园区大道", "Project", "园区大道", set(), {"box7.1-i02"},
            quantities=[Quantity("length", "3.5公里", 3500.0, "m", "box7.1-i02")],
        ),
        Entity("Project/园区污水处理厂", "Project", "园区污水处理厂", set(), {"boxch04-1-i01"}),
        Entity("Industry/再生铝产业", "Industry", "再生铝产业", {"再生铝"}, {"ch04-s1-p01", "box7.1-i01"}),
        Entity("Place/珠山镇", "Place", "珠山镇", set(), {"box7.1-i01"}),
        Entity(
            "Indicator/单位GDP能耗降低", "Indicator", "单位GDP能耗降低", set(), {"ind-02"},
            attributes={"category": "绿色生态", "attribute": "约束性", "unit": "%", "base_value": "完成省定目标",
                        "target_value": "完成省定目标", "base_year": "2020", "target_year": "2025"},
        ),
        Entity(
            "Indicator/地区生产总值年均增长", "Indicator", "地区生产总值年均增长", set(), {"ind-01"},
            attributes={"category": "经济发展", "attribute": "预期性", "unit": "%", "baseValue": "6.74",
                        "baseNumber": "6.74", "targetValue": ">6.5", "targetNumber": "6.5", "qualifier": ">",
                        "baseYear": "2020", "targetYear": "2025"},
        ),
        Entity("Term/两型社会", "Term", "两型社会", set(), {"gl-01"}, attributes={"definition": "资源节约型、环境友好型社会。"}),
    ]
    rels = [
        Relation("Project/年产50万吨再生铝生产线", "listedIn", "box:7.1", "box7.1-i01"),
        Relation("Project/园区大道", "listedIn", "box:7.1", "box7.1-i02"),
        Relation("Project/年产50万吨再生铝生产线", "inGroup", "boxgroup:7.1-g01", "box7.1-i01"),
        Relation("Project/园区大道", "inGroup", "boxgroup:7.1-g02", "box7.1-i02"),
        Relation("Project/园区污水处理厂", "listedIn", "box:ch04-1", "boxch04-1-i01"),
        Relation("Project/年产50万吨再生铝生产线", "supports", "Industry/再生铝产业", "box7.1-i01"),
        Relation("Project/年产50万吨再生铝生产线", "belongsTo", "Park/循环经济产业园", "box7.1-i01"),
        Relation("Park/循环经济产业园", "locatedIn", "Place/珠山镇", "box7.1-i01"),
        Relation("Park/循环经济产业园", "includes", "Industry/再生铝产业", "box7.1-i01"),
        Relation("Park/循环经济产业园", "includes", "Industry/再生铝产业", "ch04-s2-p01"),
        Relation("Industry/再生铝产业", "partOf", "chapter:4", "ch04-s1-p01"),
        Relation("Industry/再生铝产业", "relatedTo", "section:4.1", "ch04-s1-p01"),
        Relation("Project/园区污水处理厂", "supports", "Park/循环经济产业园", "boxch04-1-i01"),
        Relation("Indicator/单位GDP能耗降低", "relatedTo", "para:ch01-s1-p01", "ch01-s1-p01"),
    ]
    targets = [
        Target("ch04-s2-p01-t01", "产值", "产值", Quantity("output_value", "50亿元以上", 5e9, "CNY", "ch04-s2-p01", "≥"),
               "ch04-s2-p01", owner="Park/循环经济产业园", direction="达到", year=2025),
        Target("ind-01-target", "地区生产总值年均增长", "地区生产总值年均增长",
               Quantity("indicator", ">6.5", 6.5, "%", "ind-01", ">"), "ind-01", year=2025,
               indicator="Indicator/地区生产总值年均增长"),
    ]
    return Facts(plan_id=PLAN_ID, entities={e.key: e for e in ents}, relations=rels, targets=targets)


@pytest.fixture
def doc() -> Document:
    return make_document()


@pytest.fixture
def facts() -> Facts:
    return make_facts()


@pytest.fixture
def graph(doc, facts):
    return build_graph(doc, facts)


@pytest.fixture
def plan_id() -> str:
    return PLAN_ID


@pytest.fixture
def iri():
    """``iri("box", "7.1")`` for a structure node, ``iri("Park/循环经济产业园")`` for an entity key."""

    def make(kind_or_key: str, key: str | None = None):
        if key is None:
            return entity_iri(PLAN_ID, kind_or_key, kind_or_key.split("/", 1)[0])
        return iri_for(PLAN_ID, kind_or_key, key)

    return make
