"""The entity registry and the whole-plan passes over it (kg.extract.registry, kg.extract.resolve)."""
from __future__ import annotations

from kg.document import Document, HeadingPath, Paragraph
from kg.facts import Quantity
from kg.extract.registry import Registry
from kg.extract.resolve import add_sources, locate_by_name, merge_led_by_region, merge_places_named_as_works

PREFIXES = ("永州市零陵区", "永州市", "零陵区", "永州", "零陵")


def _doc(*texts: str) -> Document:
    return Document("x", "t", "x.txt", "0",
                    preface=[Paragraph(f"p{i}", t, HeadingPath()) for i, t in enumerate(texts, 1)])


def test_variants_file_under_one_node_and_the_primary_label_wins():
    reg = Registry(PREFIXES)
    a = reg.add("Project", "何仙观水库", source="p1")
    b = reg.add("Project", "永州市零陵区何仙观水库工程", source="p2", primary=True)
    c = reg.add("Project", "何仙观水库工程项目", source="p3")
    assert a == b == c
    (e,) = reg.finish("x").entities.values()
    assert e.key == "Project/永州市零陵区何仙观水库工程"
    assert {"何仙观水库", "何仙观水库工程项目", "何仙观水库工程"} <= e.aliases
    assert e.sources == {"p1", "p2", "p3"}


def test_a_park_sighting_makes_the_node_a_park():
    reg = Registry()
    nid = reg.add("Project", "永州智慧物流产业园项目", source="p1")
    assert reg.add("Park", "永州智慧物流产业园", source="p2") == nid
    (e,) = reg.finish("x").entities.values()
    assert e.type == "Park"


def test_types_do_not_mix_across_groups():
    reg = Registry()
    reg.add("Industry", "电子信息产业", source="p1")
    reg.add("Industry", "电子信息", source="p2")
    reg.add("Park", "电子信息产业园", source="p3")
    reg.add("Place", "珠山镇", source="p4")
    reg.add("Place", "珠山", source="p5")
    facts = reg.finish("x")
    assert sorted(facts.entities) == ["Industry/电子信息产业", "Park/电子信息产业园", "Place/珠山镇"]
    assert facts.entities["Place/珠山镇"].sources == {"p4", "p5"}


def test_relations_follow_merges_and_drop_self_links():
    reg = Registry(PREFIXES)
    park = reg.add("Park", "新材料百亿产业园", source="p1")
    project = reg.add("Project", "高铁刹车盘项目", source="p1")
    reg.relate(project, "supports", park, "p1")
    reg.relate(park, "supports", park, "p1")
    other = reg.add("Project", "高铁刹车盘生产线", source="p2")
    reg.merge(project, other)
    facts = reg.finish("x")
    assert [(r.subject, r.predicate, r.object) for r in facts.relations] == [
        ("Project/高铁刹车盘生产线", "supports", "Park/新材料百亿产业园")]


def test_unprinted_nodes_are_dropped_with_their_relations():
    reg = Registry()
    ghost = reg.add("Place", "湖南省")
    town = reg.add("Place", "珠山镇", source="p1")
    reg.relate(town, "locatedIn", ghost, "p1")
    facts = reg.finish("x")
    assert list(facts.entities) == ["Place/珠山镇"] and facts.relations == []


def test_quantities_are_kept_once_per_printing():
    reg = Registry()
    nid = reg.add("Project", "梁山岐风电场", source="p1")
    q = Quantity("capacity", "10万千瓦", 1e8, "W", "p1")
    reg.add_quantity(nid, q)
    reg.add_quantity(nid, q)
    assert reg.finish("x").entities["Project/梁山岐风电场"].quantities == [q]


def test_whole_plan_passes():
    doc = _doc("开工建设富家桥客运站，新建富家桥风电场。", "中国物流永州智慧物流产业园。", "永州智慧物流产业园项目。")
    reg = Registry(PREFIXES)
    bridge = reg.add("Project", "富家桥", source="p1")
    place = reg.add("Place", "富家桥", source="p1")
    farm = reg.add("Project", "富家桥风电场", source="p1")
    long = reg.add("Park", "中国物流永州智慧物流产业园", source="p2")
    reg.add("Park", "永州智慧物流产业园项目", source="p3")
    merge_places_named_as_works(reg)
    assert bridge not in reg.nodes and reg.nodes[place].type == "Place"
    locate_by_name(reg, doc)
    assert (farm, "locatedIn", place, "p1") in reg.relations
    merge_led_by_region(reg)
    assert [n for n in reg.nodes if n[0] == "works" and "智慧物流" in n[1]] == [long]
    add_sources(reg, doc)
    assert reg.nodes[long].sources == {"p2", "p3"}
