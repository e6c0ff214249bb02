"""Extraction: Document → Facts, on a hand-built plan, the seed plan, the mini plan and the national outline."""
from __future__ import annotations

from collections import Counter

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
from kg.extract.extractor import extract_facts
from kg.facts import ENTITY_TYPES, Facts
from kg.extract.names import normalise_name
from kg.graph.rdf import build_graph
from tests.conftest import DATA

# ------------------------------------------------------------ a hand-built plan
# Invented names throughout: extraction must find them by the genre's habits alone.

PART = Heading("part", 1, "坚持工业强县", 3)
CH1 = Heading("chapter", 1, "发展构想", 4)
GOALS = Heading("section", 1, "主要目标", 5)
ROLES = Heading("section", 2, "战略定位", 9)
CH2 = Heading("chapter", 2, "实施制造业倍增工程", 12)
PARKS = Heading("section", 1, "建设百亿园区", 13)
BOX = Heading("box", "2.1", "能源水利重点工程", 20)


def _p(pid, text, path, kind="prose"):
    return Paragraph(pid, text, path, kind)


def make_plan() -> Document:
    goals = HeadingPath(PART, CH1, GOALS)
    roles = HeadingPath(PART, CH1, ROLES)
    parks = HeadingPath(PART, CH2, PARKS)
    box = HeadingPath(PART, CH2, PARKS, BOX)
    prose = [
        _p("ch02-s1-p01", "打造新材料百亿产业园。推进新材料产业园建设，加快建设钒系材料产业园。"
                          "鼓励以鑫源钒业、华天实业为代表的龙头企业加强研发。鼓励以中科新材料为代表的企业引进高铁刹车盘项目。", parks),
        _p("ch02-s1-p02", "力争到2025年，新材料产业园产值100亿元以上。", parks),
        _p("ch02-s1-p03", "重点建设文化旅游、生物医药、电子信息等“3+1”产业链。新建青石岭风电场，推动白水观水库升级为大型水库。", parks),
    ]
    items = [
        _p("box2.1-g01", "（一）能源项目", box, "box_group"),
        _p("box2.1-i01", "青石岭风电场，建设装机8万千瓦风力发电场。", box, "box_item"),
        _p("box2.1-g02", "（二）水利项目", box, "box_group"),
        _p("box2.1-i02", "湖南省示例县白水观水库工程。项目选址青石镇，建设总库容为5000万m³的水库。", box, "box_item"),
        _p("box2.1-i03", "城市片区开发。实施滨河新城片区开发、火车站片区开发项目。", box, "box_item"),
    ]
    the_box = Box(BOX, parks, [
        BoxItem(items[1], "青石岭风电场", "（一）能源项目"),
        BoxItem(items[3], "湖南省示例县白水观水库工程", "（二）水利项目"),
        BoxItem(items[4], "城市片区开发", "（二）水利项目"),
    ], ["（一）能源项目", "（二）水利项目"], items)
    ind_para = _p("ind-01", "经济发展类指标1 地区生产总值（亿元）：2020年为100，2025年为150，年均增速［累计］为8.0%，属性为预期性。",
                  goals, "indicator")
    indicator = Indicator("经济发展", 1, "地区生产总值", "亿元", IndicatorValue("100", 100.0),
                          IndicatorValue("150", 150.0), IndicatorValue("8.0%", 8.0, None, True), "预期性", ind_para, 2020, 2025)
    term = Term(1, "三高四新战略", "着力打造国家重要先进制造业高地。",
                _p("gl-01", "1.“三高四新”战略：着力打造国家重要先进制造业高地。", HeadingPath(), "term"))
    return Document(
        plan_id="demo", title="示例县国民经济和社会发展第十四个五年规划纲要", source="demo.txt", sha256="0" * 64,
        preface=[_p("pre-p01", "依据湖南省示例县实际编制本纲要，大力实施“三高四新”战略。", HeadingPath(), "preface")],
        parts=[Part(PART, chapters=[
            Chapter(CH1, sections=[
                Section(GOALS, [_p("ch01-s1-p01", "——高质量发展迈上新台阶。经济总量进一步提升。", goals)]),
                Section(ROLES, [_p("ch01-s2-p01", "承接产业转移示范区。建设承接产业转移示范区是重要使命。", roles)]),
            ]),
            Chapter(CH2, sections=[Section(PARKS, prose, boxes=[the_box])]),
        ])],
        indicators=[indicator],
        glossary=[term],
    )


@pytest.fixture(scope="module")
def plan() -> Document:
    return make_plan()


@pytest.fixture(scope="module")
def facts(plan) -> Facts:
    return extract_facts(plan)


def entity(facts: Facts, type_: str, name: str):
    """The entity of ``type_`` one of whose names normalises like ``name``."""
    key = normalise_name(name)
    hits = [e for e in facts.by_type(type_)
            if key in {normalise_name(a) for a in e.aliases | {e.label}}]
    assert hits, f"no {type_} named like {name!r} in {sorted(e.label for e in facts.by_type(type_))}"
    return hits[0]


def related(facts: Facts, predicate: str, *, subject: str | None = None, obj: str | None = None) -> set[str]:
    return {r.object if subject else r.subject for r in facts.relations
            if r.predicate == predicate and (subject is None or r.subject == subject)
            and (obj is None or r.object == obj)}


def test_box_item_is_a_project_with_its_box_group_and_figures(facts):
    wind = entity(facts, "Project", "青石岭风电场")
    assert wind.key == "Project/青石岭风电场"
    assert related(facts, "listedIn", subject=wind.key) == {"box:2.1"}
    assert related(facts, "inGroup", subject=wind.key) == {"boxgroup:2.1-g01"}
    (q,) = wind.quantities
    assert (q.kind, q.raw, q.value, q.unit, q.source) == ("capacity", "8万千瓦", 8e7, "W", "box2.1-i01")
    assert {"box2.1-i01", "ch02-s1-p03"} <= wind.sources


def test_prose_name_joins_the_box_name_as_an_alias(facts):
    dam = entity(facts, "Project", "白水观水库")
    assert dam.label == "湖南省示例县白水观水库工程"
    assert {"白水观水库", "湖南省示例县白水观水库工程"} <= dam.aliases
    assert [(q.kind, q.value, q.raw) for q in dam.quantities] == [("storage", 5e7, "5000万m³")]
    assert {"box2.1-i02", "ch02-s1-p03"} <= dam.sources
    town = entity(facts, "Place", "青石镇")
    assert town.key in related(facts, "locatedIn", subject=dam.key)


def test_category_item_lends_its_box_to_the_works_it_lists(facts):
    assert not any("城市片区开发" == e.label for e in facts.entities.values())
    listed = related(facts, "listedIn", obj="box:2.1")
    assert {entity(facts, "Project", "滨河新城片区").key, entity(facts, "Project", "火车站片区开发项目").key} <= listed


def _one_item_box(number: str, title: str, text: str) -> Facts:
    """Facts of a county plan whose only content is one box item (its name: the text before the first 。)."""
    h = Heading("box", number, title)
    p = Paragraph(f"box{number}-i01", text, HeadingPath(box=h), "box_item")
    box = Box(h, HeadingPath(box=h), [BoxItem(p, text.split("。")[0])], [], [p])
    doc = Document("t", "某县国民经济和社会发展第十四个五年规划纲要", "t.txt", "0",
                   parts=[Part(Heading("part", 1, "篇"), chapters=[Chapter(Heading("chapter", 1, "章"), boxes=[box])])])
    return extract_facts(doc)


@pytest.mark.parametrize(("item", "listed"), [
    ("铁路。建设青石至白水铁路，新建黔桂铁路扩能工程。", {"青石至白水铁路", "黔桂铁路扩能工程"}),
    ("储能电站项目。建设青石岭储能电站、白水观储能电站。", {"青石岭储能电站", "白水观储能电站"}),
    ("农村公路。改造青石至白水公路、白水至黄岭公路。", {"青石至白水公路", "白水至黄岭公路"}),
])
def test_a_kind_heading_a_box_item_is_no_work(item, listed):
    """A box item led by a kind (铁路, 储能电站项目) lists works; it is none itself (issue 10)."""
    facts = _one_item_box("3.1", "交通能源重点工程", item)
    works = {e.key: e.label for e in facts.by_type("Project")}
    assert item.split("。")[0] not in works.values()
    assert {works[k] for k in related(facts, "listedIn", obj="box:3.1")} == listed


@pytest.mark.parametrize(("item", "kept", "dropped"), [
    ("农业机械化工程。实施水稻、油菜农机化示范推广项目，建设白水观农机站。", {"白水观农机站"}, {"油菜农机化示范推广项目"}),
    ("研学基地。建设研学旅行基地，新建青石岭研学基地。", {"青石岭研学基地"}, {"研学旅行基地"}),
    ("研学旅行基地。建设青石岭研学基地。", {"研学旅行基地", "青石岭研学基地"}, set()),
])
def test_a_project_outside_its_item_title_needs_a_name(item, kept, dropped):
    """Off its own 专栏 title, a kind of facility (研学旅行基地) or a name listing two (水稻、油菜…项目) is no work;
    the item's own title is the plan naming one (issue 10)."""
    facts = _one_item_box("3.1", "农业重点项目", item)
    works = {e.label for e in facts.by_type("Project")}
    assert kept <= works and not dropped & works


@pytest.mark.parametrize(("item", "listed"), [
    # the body opens by setting works in motion: the heading is their category
    ("高等教育提质项目。推进青石师范高等专科学校二期工程，建成120个教学班。", {"青石师范高等专科学校二期工程"}),
    ("土壤污染防治。实施白水废弃尾矿库治理和污染地块修复与治理项目，确保尾矿库基本完成治理。", set()),
    # the body lists two works or more
    ("产业融合发展项目。建设梦溪·田园综合体、青石田园综合体、白鹭生态科技园。",
     {"梦溪·田园综合体", "青石田园综合体", "白鹭生态科技园"}),
])
def test_a_category_heading_a_box_item_is_no_work(item, listed):
    """A box item whose heading holds nothing proper and whose body sets works going is a category (issue 10)."""
    facts = _one_item_box("23.1", "乡村振兴重点项目", item)
    works = {e.key: e.label for e in [*facts.by_type("Project"), *facts.by_type("Park")]}
    assert item.split("。")[0] not in works.values()
    assert {works[k] for k in related(facts, "listedIn", obj="box:23.1")} == listed


@pytest.mark.parametrize("item", [
    "青石汽车东站。项目占地面积140亩，建设站房和生产辅助用房。",  # no works in the body
    "白鹭路景区路网建设工程。白鹭路（长约1546 m，宽20 m）、青岚路（长约388 m）。",  # a network lists its roads
    "区级中医院能力提升项目。开展区级中医院能力提升项目建设，重点支持建设门诊综合大楼、住院大楼。",  # restated
    "青云路建设工程。全长4.5km，荔枝路至南津渡大桥连接古城路。",  # a route's ends are no list
])
def test_a_work_heading_a_box_item_stays_a_work(item):
    facts = _one_item_box("26.4", "城市建设重点项目", item)
    assert item.split("。")[0] in {e.label for e in facts.by_type("Project")}


def test_a_category_heading_is_no_work_in_prose_either():
    """推进人居环境整治工程 in prose names the category its box item heads: no node."""
    h = Heading("box", "23.1", "乡村振兴重点项目")
    item = Paragraph("box23.1-i01", "人居环境整治工程。实施乡镇污水处理厂建设项目，建设6个乡镇污水处理厂。",
                     HeadingPath(box=h), "box_item")
    box = Box(h, HeadingPath(box=h), [BoxItem(item, "人居环境整治工程")], [], [item])
    chapter = Heading("chapter", 1, "章")
    prose = Paragraph("ch01-p01", "推进人居环境整治工程，建设青石岭污水处理厂。", HeadingPath(chapter=chapter), "prose")
    doc = Document("t", "某县国民经济和社会发展第十四个五年规划纲要", "t.txt", "0",
                   parts=[Part(Heading("part", 1, "篇"), chapters=[Chapter(chapter, preamble=[prose], boxes=[box])])])
    works = {e.label for e in extract_facts(doc).by_type("Project")}
    assert "人居环境整治工程" not in works and "青石岭污水处理厂" in works


@pytest.mark.parametrize(("text", "expected"), [
    # 政通五路（长约1.3 km）in a road-network item is that road's length, not the network's
    ("青溪新城路网建设项目。修建青云路（长约3.2 km，宽42 m）、白鹭路（长约1.3 km，宽36 m）"
     "等道路，建设地下综合管廊约23 km，总投资12亿元。",
     {"青云路": ["42 m", "约3.2 km"], "白鹭路": ["36 m", "约1.3 km"], "青溪新城路网建设项目": ["12亿元", "约23 km"]}),
    # a clause going on about the sub-work just named with a figure keeps it; 总投资 after a bare list is the item's
    ("青溪灌区工程。青石水库灌区渠道21.5km，灌溉面积5.96万亩，白鹭河灌区17km，灌溉面积2.2万亩。"
     "续建青峰一路、青峰二路，总投资3亿元。",
     {"青石水库灌区": ["21.5km", "5.96万亩"], "白鹭河灌区": ["17km", "2.2万亩"], "青溪灌区工程": ["3亿元"],
      "青峰一路": [], "青峰二路": []}),  # numbered streets are names
    # a clause opening with a work of its own, even one not taken as a name, does not go on about the last one
    ("青溪灌区工程。白鹭河灌区17km，灌溉面积2.2万亩，国营泵站提水灌区渠道201km，灌溉面积12.3万亩。",
     {"白鹭河灌区": ["17km", "2.2万亩"], "青溪灌区工程": None}),
    # a work inside a segment's brackets takes no figure: 古城路（萍洲大桥至东风大桥段）全长2.7km
    ("青云路建设工程。青云路（白鹭大桥至青溪大桥段）全长2.7km，建设内容包括路基路面。",
     {"青云路建设工程": ["2.7km"], "白鹭大桥": None, "青溪大桥": None}),
])
def test_a_box_items_figures_go_to_the_work_they_are_about(text, expected):
    """A figure belongs to what its clause (or brackets, or the clause just before) names, else the item (issue 10)."""
    facts = _one_item_box("4.1", "城市道路和水利重点工程", text)
    figures = {e.label: sorted(q.raw for q in e.quantities) for e in facts.by_type("Project")}
    # None: no figures, whether or not the name is a work; a list: a work with exactly these figures
    assert {label: figures.get(label) or None if raws is None else figures.get(label)
            for label, raws in expected.items()} == expected


def test_a_work_that_only_places_another_takes_none_of_its_figures():
    """青云路沿江纳污管道改造，长度约5867m: the pipes' length, not the road's (a road with an item of its own)."""
    h = Heading("box", "4.2", "城市基础设施重点工程")
    texts = ("青云路建设工程。青云路全长2.7km，建设内容包括路基路面。",
             "海绵城市建设。青云路沿江纳污管道改造，长度约5867m；新建雨污分流管网，长度约58km。")
    items = [Paragraph(f"box4.2-i0{i}", t, HeadingPath(box=h), "box_item") for i, t in enumerate(texts, 1)]
    box = Box(h, HeadingPath(box=h), [BoxItem(p, p.text.split("。")[0]) for p in items], [], items)
    doc = Document("t", "某县国民经济和社会发展第十四个五年规划纲要", "t.txt", "0",
                   parts=[Part(Heading("part", 1, "篇"), chapters=[Chapter(Heading("chapter", 1, "章"), boxes=[box])])])
    figures = {e.label: sorted(q.raw for q in e.quantities) for e in extract_facts(doc).by_type("Project")}
    assert figures["青云路建设工程"] == ["2.7km"]
    assert not any("5867m" in raws or "约58km" in raws for label, raws in figures.items() if "青云路" in label)


def test_park_headline_collects_what_its_paragraph_names(facts):
    park = entity(facts, "Park", "新材料百亿园区")
    assert park.label == "新材料百亿产业园"
    assert "新材料产业园" in park.aliases
    supporters = related(facts, "supports", obj=park.key)
    members = related(facts, "belongsTo", obj=park.key)
    assert {entity(facts, "Park", "钒系材料产业园").key, entity(facts, "Project", "高铁刹车盘项目").key} <= supporters
    assert {f"Organization/{n}" for n in ("鑫源钒业", "华天实业", "中科新材料")} <= members
    assert [(q.kind, q.value) for q in park.quantities] == [("output_value", 1e10)]


def test_quoted_chain_includes_its_industries(facts):
    chain = entity(facts, "Strategy", "“3+1”产业链")
    names = {facts.entities[k].label for k in related(facts, "includes", subject=chain.key)}
    assert names == {"文化旅游", "生物医药", "电子信息"}


def test_goals_positionings_indicators_and_terms(facts):
    assert [g.label for g in facts.by_type("Goal")] == ["高质量发展迈上新台阶"]
    assert entity(facts, "Strategy", "承接产业转移示范区").sources >= {"ch01-s2-p01"}
    gdp = entity(facts, "Indicator", "地区生产总值")
    assert gdp.attributes == {
        "category": "经济发展", "rowNumber": "1", "unit": "亿元", "attribute": "预期性", "baseYear": "2020", "targetYear": "2025",
        "baseValue": "100", "baseNumber": "100.0", "targetValue": "150", "targetNumber": "150.0",
        "growth": "8.0%", "growthNumber": "8.0",
    }
    term = entity(facts, "Term", "三高四新战略")
    assert term.attributes["definition"] == "着力打造国家重要先进制造业高地。"
    assert "“三高四新”战略" in term.aliases and "pre-p01" in term.sources


def test_region_is_a_place_inside_its_parent(facts):
    county = entity(facts, "Place", "示例县")
    assert "示例" in county.aliases
    assert related(facts, "locatedIn", subject=county.key) == {entity(facts, "Place", "湖南省").key}


def test_everything_cites_paragraphs_of_the_plan(plan, facts):
    ids = set(plan.paragraph_index())
    for e in facts.entities.values():
        assert e.sources and e.sources <= ids, e.key
        assert e.key == f"{e.type}/{e.label}" and e.type in ENTITY_TYPES
        assert all(q.source in ids for q in e.quantities)
    for r in facts.relations:
        assert r.source in ids
        for ref in (r.subject, r.object):
            assert ref in facts.entities or ref.split(":", 1)[0] in ("box", "boxgroup"), ref


def test_extraction_is_deterministic_and_reports_progress(plan, facts):
    stages: list[str] = []
    again = extract_facts(plan, progress=stages.append)
    assert again == facts
    assert stages[0] == "region" and stages[-1] == "sources"


def test_a_plan_with_no_text_gives_no_facts():
    empty = extract_facts(Document("e", "说明", "e.txt", "0"))
    assert (empty.plan_id, empty.entities, empty.relations) == ("e", {}, [])


# ------------------------------------------------------------------ the seed


@pytest.fixture(scope="module")
def seed(seed_doc) -> Facts:
    return extract_facts(seed_doc)


def test_seed_park_members(seed):
    """「哪些项目支持新材料百亿园区？」: the sub-park, the project and the enterprises all link to the park."""
    park = entity(seed, "Park", "新材料百亿园区")
    linked = {seed.entities[k].label for k in related(seed, "supports", obj=park.key) | related(seed, "belongsTo", obj=park.key)}
    for name in ("锰系材料产业园", "高铁刹车盘", "鑫城锰业", "中天荣华", "中设新材料"):
        assert any(name in label for label in linked), name


def test_seed_six_plus_one_chain(seed):
    chain = entity(seed, "Strategy", "“6+1”产业链")
    labels = {seed.entities[k].label for k in related(seed, "includes", subject=chain.key)}
    for name in ("文化旅游", "生物医药", "电子信息", "军民融合及新材料", "能源电力", "农业产业及农产品精深加工", "现代商贸物流"):
        assert any(label.startswith(name) for label in labels), name


def test_seed_box_26_3_has_eight_energy_projects(seed):
    energy = related(seed, "inGroup", obj="boxgroup:26.3-g01")
    assert len(energy) == 8
    assert all(seed.entities[k].type == "Project" for k in energy)


@pytest.mark.parametrize(("name", "kind", "raw", "value", "unit"), [
    ("何仙观水库", "storage", "13000万m³", 1.3e8, "m3"),
    ("梁山岐风电场", "capacity", "10万千瓦", 1e8, "W"),
    ("零陵古城2号停车场", "parking_spaces", "724个", 724, "个"),
    ("湘江东路零陵段", "length", "9.4km", 9400, "m"),
    ("中国物流永州智慧物流产业园", "investment", "约22.8亿元", 2.28e9, "CNY"),
    ("零陵区河道治理工程", "length", "69.5km", 69500, "m"),
])
def test_seed_figures(seed, name, kind, raw, value, unit):
    e = next(e for e in seed.entities.values() if name in e.aliases)
    assert any((q.kind, q.raw, q.unit) == (kind, raw, unit) and q.value == pytest.approx(value) for q in e.quantities)


def test_seed_aliases(seed):
    dam = entity(seed, "Project", "何仙观水库")
    assert {"永州市零陵区何仙观水库工程", "何仙观水库"} <= dam.aliases
    logistics = entity(seed, "Park", "永州智慧物流产业园项目")
    assert logistics is entity(seed, "Park", "中国物流永州智慧物流产业园")


def test_seed_places(seed):
    town = entity(seed, "Place", "黄田铺")
    assert town.label == "黄田铺镇" and len(town.sources) >= 2
    assert entity(seed, "Place", "珠山镇").key in related(seed, "locatedIn", subject=entity(seed, "Park", "循环经济产业园").key)
    assert "珠山镇原上田工业园" not in {e.label for e in seed.entities.values()}  # the town's former site, described
    assert entity(seed, "Place", "黄田铺").key in related(
        seed, "locatedIn", subject=entity(seed, "Project", "黄田铺文化教育特色小镇").key)
    assert {"G207", "G322", "湘江", "潇水"} <= {e.label for e in seed.by_type("Place")}


def test_seed_sources_cover_every_printing(seed, seed_doc):
    """「零陵古城在哪些章节中被提到？」: a name inside a longer name is still a mention of it."""
    old_town = next(e for e in seed.entities.values() if e.label == "零陵古城")
    index = seed_doc.paragraph_index()
    printed = {p.id for p in seed_doc.paragraphs() if "零陵古城" in p.text}
    assert old_town.sources == printed
    assert {1, 3, 24, 25, 26, 40} <= {index[s].path.chapter.number for s in old_town.sources if index[s].path.chapter}
    town = entity(seed, "Place", "黄田铺")
    assert town.sources == {p.id for p in seed_doc.paragraphs() if "黄田铺" in p.text}


def test_seed_park_entry_in_a_box(seed):
    """「循环经济产业园有哪些重点项目？」: its entry's site and output are read from its box item."""
    park = entity(seed, "Park", "循环经济产业园")
    assert related(seed, "locatedIn", subject=park.key) == {entity(seed, "Place", "珠山镇").key}
    assert ("production", "50万吨") in {(q.kind, q.raw) for q in park.quantities}
    assert related(seed, "listedIn", subject=park.key) == {"box:7.1"}


def test_seed_indicators_terms_and_goals(seed, seed_doc):
    assert len(seed.by_type("Indicator")) == len(seed_doc.indicators) == 25
    assert len(seed.by_type("Term")) == len(seed_doc.glossary)
    air = entity(seed, "Indicator", "空气质量优良天数比例")
    assert air.attributes["attribute"] == "约束性" and "92" in air.attributes["targetValue"]
    night = entity(seed, "Term", "夜间经济")
    assert "下午6点" in night.attributes["definition"]
    assert len(seed.by_type("Goal")) == 7


def test_seed_counts_are_sensible(seed):
    counts = Counter(e.type for e in seed.entities.values())
    bounds = {"Project": (150, 500), "Park": (8, 40), "Place": (20, 120), "Organization": (8, 60),
              "Industry": (20, 150), "Strategy": (20, 200), "Goal": (5, 12), "Indicator": (25, 25), "Term": (15, 15)}
    for type_, (lo, hi) in bounds.items():
        assert lo <= counts[type_] <= hi, (type_, counts[type_])


def test_seed_labels_are_names_not_clauses(seed):
    for e in seed.entities.values():
        if e.type in ("Goal", "Term", "Indicator"):
            continue
        assert len(e.label) <= 30, e.label
        assert not any(mark in e.label for mark in "，。；：！？"), e.label


def test_seed_facts_build_a_graph(seed_doc, seed):
    graph = build_graph(seed_doc, seed)
    assert len(graph) > 5000


# ------------------------------------------------------ the mini plan, the national outline


def test_mini_plan(mini_doc):
    facts = extract_facts(mini_doc)
    wind = entity(facts, "Project", "白石岭风电场")
    assert {(q.kind, q.value) for q in wind.quantities} >= {("capacity", 5e7), ("investment", 4.2e8)}
    park = entity(facts, "Park", "竹木循环产业园")
    assert len(related(facts, "supports", obj=park.key)) >= 3  # the box named after the park
    assert {"青石镇", "枫木村", "石门村"} <= {e.label for e in facts.by_type("Place")}
    assert len(facts.by_type("Indicator")) == len(mini_doc.indicators)
    assert len(facts.by_type("Term")) == len(mini_doc.glossary)


def test_national_outline(national_doc):
    facts = extract_facts(national_doc)
    counts = Counter(e.type for e in facts.entities.values())
    # a nation's prose names kinds of works far more often than works (15 of its facilities hold a proper part)
    assert counts["Goal"] >= 5 and counts["Strategy"] >= 20 and counts["Project"] >= 12
    assert {"川藏铁路", "三江源国家公园"} <= {e.label for e in facts.by_type("Project")}
    assert "Indicator" not in counts and "Term" not in counts  # its table and glossary are images
    assert any(e.label == "乡村振兴战略" for e in facts.by_type("Strategy"))
    assert all(len(e.label) <= 30 for e in facts.entities.values() if e.type != "Goal")


def test_a_works_items_plain_parts_are_no_works():
    """A work's box item listing what it builds: parts with nothing proper (生活服务中心) are no works;
    named roads, buildings and works of a named site stay (issue 10)."""
    facts = _one_item_box("24.1", "物流重点项目", "青石智慧物流园项目。用地370亩，建设供应链服务平台、生活服务中心、"
                                               "青云路、醉月楼，配套白鹭河风光带。")
    works = {e.label for e in facts.by_type("Project")} | {e.label for e in facts.by_type("Park")}
    assert "供应链服务平台" not in works and "生活服务中心" not in works
    assert {"青云路", "醉月楼", "白鹭河风光带"} <= works


@pytest.mark.parametrize(("item", "kept"), [
    ("公共卫生→完善疾病预防控制和医疗救治体系，加强重点中医医院建设。", False),  # a field heads its works
    ("天然林资源保护→继续实施天然林资源保护工程，加强森林管护。", True),  # an action: a programme
])
def test_a_nations_box_heading_without_a_works_head(item, kept):
    h = Heading("box", "5", "公共服务重点工程")
    p = Paragraph("box5-i01", item, HeadingPath(box=h), "box_item")
    box = Box(h, HeadingPath(box=h), [BoxItem(p, item.split("→")[0])], [], [p])
    doc = Document("t", "中华人民共和国国民经济和社会发展第十一个五年规划纲要", "t.md", "0",
                   parts=[Part(Heading("part", 1, "篇"), chapters=[Chapter(Heading("chapter", 1, "章"), boxes=[box])])])
    works = {e.label for e in extract_facts(doc).by_type("Project")}
    assert (item.split("→")[0] in works) is kept


def test_enterprises_of_a_quality_are_no_firms():
    """钢铁、冶炼等高耗能企业 lists kinds of enterprise; 德福隆、盛迩威等现有制造企业 lists firms (issue 10)."""
    text = "禁止新（扩）建钢铁、冶炼等高耗能企业。加大对青岚隆、白鹭威等现有制造企业的帮扶力度。"
    chapter = Heading("chapter", 1, "章")
    doc = Document("t", "某县国民经济和社会发展第十四个五年规划纲要", "t.txt", "0",
                   parts=[Part(Heading("part", 1, "篇"), chapters=[Chapter(chapter, preamble=[
                       Paragraph("ch01-p01", text, HeadingPath(chapter=chapter), "prose")])])])
    assert {e.label for e in extract_facts(doc).by_type("Organization")} == {"青岚隆", "白鹭威"}



@pytest.mark.parametrize(("item", "kept"), [
    ("城市5G基站建设。实现城乡5G基站全覆盖。", False),  # works spread over the whole town: many, not one
    ("城镇公共充电桩建设。引进企业生产充电桩设备。", False),
    ("青石汽车东站建设。新建候车大厅。", True),
])
def test_a_box_heading_over_a_whole_area_is_no_work(item, kept):
    works = {e.label for e in _one_item_box("26.3", "基础设施重点项目", item).by_type("Project")}
    assert (item.split("。")[0] in works) is kept


def test_a_heading_over_works_each_with_its_length_is_a_category():
    """海绵城市建设。A改造，长度约…；B改造，长度约…: the heading groups measured works (sample 7's class)."""
    facts = _one_item_box("25.1", "城市建设重点项目",
                          "韧性城市建设。青云路沿河截污管道改造，长度约1200m；白鹭片区雨污分流改造，长度约300m。")
    assert "韧性城市建设" not in {e.label for e in facts.by_type("Project")}


def test_a_place_printed_only_inside_longer_names_is_a_fragment():
    """滨湖 only ever before 新城 / 康养新城, G456 before 科创走廊, name no place; S321, printed alone, is one."""
    h = HeadingPath(PART, CH1, GOALS)
    paras = [_p("ch01-p01", "开发滨湖新城和东部片区，建设滨湖康养新城，共建G456科创走廊。", h),
             _p("ch01-p02", "推进滨湖新城路网建设，改造S321，完善S321沿线设施。", h)]
    doc = Document("t", "某县国民经济和社会发展第十四个五年规划纲要", "t.txt", "0",
                   parts=[Part(PART, chapters=[Chapter(CH1, sections=[Section(GOALS, paragraphs=paras)])])])
    places = {e.label for e in extract_facts(doc).by_type("Place")}
    assert "滨湖" not in places and "G456" not in places and "S321" in places


def test_a_box_items_status_is_no_part_of_its_name():
    facts = _one_item_box("31.1", "社会事业重点项目", "青石康复医院搬迁项目续建。规划用地20亩，新增床位200张。")
    assert "青石康复医院搬迁项目" in {e.label for e in facts.by_type("Project")}


# ------------------------------------------------- county prose: kinds, roles and headings (issue 10, ents5)


def _county(*texts: str, section: str = "推进基础设施建设", items: tuple[str, ...] = ()) -> Facts:
    """Facts of an invented county plan: ``texts`` as prose paragraphs of one section, ``items`` as one box."""
    path = HeadingPath(PART, CH1, Heading("section", 1, section, 5))
    prose = [_p(f"ch01-s1-p{i + 1:02d}", t, path) for i, t in enumerate(texts)]
    boxes = []
    if items:
        h = Heading("box", "1.1", "重点项目")
        paras = [Paragraph(f"box1.1-i{i + 1:02d}", t, HeadingPath(PART, CH1, box=h), "box_item") for i, t in enumerate(items)]
        boxes = [Box(h, HeadingPath(PART, CH1), [BoxItem(p, p.text.split("。")[0]) for p in paras], [], paras)]
    doc = Document("t", "湖南省示例县国民经济和社会发展第十四个五年规划纲要", "t.txt", "0",
                   parts=[Part(PART, chapters=[Chapter(CH1, sections=[Section(path.section, prose, boxes=boxes)])])])
    return extract_facts(doc)


def _works(facts: Facts) -> set[str]:
    return {e.label for e in facts.entities.values() if e.type in ("Project", "Park")}


def test_a_positioning_is_no_work_anywhere():
    """A 定位 headline (生态宜居新城) is a role the plan gives its region: no work where prose repeats it."""
    facts = _county("生态宜居新城。示例县生态优美。", "加快建设生态宜居新城，建设青石岭风电场。", section="战略定位")
    assert entity(facts, "Strategy", "生态宜居新城")
    assert "生态宜居新城" not in _works(facts) and "青石岭风电场" in _works(facts)


@pytest.mark.parametrize(("item", "is_work"), [
    ("卫生应急能力建设项目。加强疾控中心实验室能力建设，完善应急物资储备。", False),  # measures of a field
    ("县中医院能力提升项目。开展县中医院能力提升项目建设。", True),  # an institution's capacity: one work
    ("老旧小区改造。56个2000年以前的城镇老旧小区改造。", False),  # counts many estates
    ("白水观小区改造。改造白水观小区住宅12栋。", True),
])
def test_a_box_heading_over_measures_or_many_works_is_no_work(item, is_work):
    facts = _county("推进示例县建设。", items=(item,))
    assert (item.split("。")[0] in _works(facts)) is is_work


def test_a_facility_name_part_must_be_one_the_plan_uses():
    """jieba tags 博士后 as a person: printed in one compound only, it names no facility; 白水观 (rare) and
    东岭 (printed in two compounds) do."""
    facts = _county("支持博士后工作站建设，新建白水观农机站。", "建设东岭变电站，开发东岭景区。")
    assert "博士后工作站" not in _works(facts)
    assert {"白水观农机站", "东岭变电站"} <= _works(facts)


def test_a_kind_listed_with_kinds_needs_a_name_the_plan_uses():
    """安宁 is a place word to jieba; the plan prints it only in 安宁疗护中心, listed with kinds."""
    facts = _county("完善养老机构与康复医院、护理院、安宁疗护中心等接续性医疗机构协作机制。")
    assert "安宁疗护中心" not in _works(facts)


def test_a_rerouting_needs_a_named_road():
    facts = _county("推进国省道提级改造和过境段绕城改线，加快建设国道322改线。")
    assert "过境段绕城改线" not in _works(facts) and "国道322改线" in _works(facts)


def test_rows_named_alike_in_two_tables_are_two_indicators():
    """The last period's outcome table and this plan's target table both list 供水普及率: two indicators,
    each with its own table's values, never one row's cells over the other's."""
    from pathlib import Path

    from kg.ingest.parse import parse_file
    doc = parse_file(DATA / "qa-flattened-tables-plan.md", plan_id="flat")
    rows = [e for e in extract_facts(doc).entities.values()
            if e.type == "Indicator" and e.label == "供水普及率"]
    assert sorted((r.attributes.get("targetValue"), r.attributes.get("tableTitle", "")[:3]) for r in rows) \
        == [("100", "表2 "), ("99", "表1 ")]
