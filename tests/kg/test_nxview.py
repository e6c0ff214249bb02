"""rdflib → networkx view: nodes, attributes, cited edges, neighbourhoods, name lookup, speed."""
from __future__ import annotations

import time
from collections import Counter

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from kg.document import Document, Heading, HeadingPath, Paragraph, Part, Chapter, Section
from kg.errors import EntityNotFound
from kg.facts import Entity, Facts, Quantity, Relation
from kg.graph.nxview import find_nodes, neighbourhood, to_networkx
from kg.graph.ontology import PK
from kg.graph.rdf import build_graph


@pytest.fixture
def G(graph):
    return to_networkx(graph)


def s(x):
    return str(x)


def test_nodes_are_typed_resources_but_not_statements(graph, G):
    expected = Counter()
    for subject, cls in graph.subject_objects(RDF.type):
        if cls != PK.Statement:
            expected[str(cls).rsplit("#", 1)[1]] += 1
    assert Counter(d["type"] for _, d in G.nodes(data=True)) == expected
    assert not [n for n in G if "/statement/" in n]


def test_paragraph_attributes(G, iri):
    d = G.nodes[s(iri("para", "box7.1-i01"))]
    assert d["type"] == "Paragraph" and d["pid"] == "box7.1-i01" and d["label"] == "box7.1-i01"
    assert d["text"].startswith("循环经济产业园。") and d["kind"] == "box_item"
    assert (d["part"], d["chapter"], d["section"], d["box"]) == (
        "第2篇 产业发展", "第4章 实施制造业倍增工程", "第2节 建设特色园区", "专栏7.1 特色产业园区重点项目"
    )
    assert "box" not in G.nodes[s(iri("para", "ch04-s1-p01"))]


def test_structure_attributes(G, iri):
    d = G.nodes[s(iri("chapter", "4"))]
    assert (d["type"], d["number"], d["title"], d["label"]) == ("Chapter", 4, "实施制造业倍增工程", "第4章 实施制造业倍增工程")
    assert G.nodes[s(iri("box", "7.1"))]["number"] == "7.1"


def test_quantity_and_entity_attributes(G, iri):
    project = G.nodes[s(iri("Project/年产50万吨再生铝生产线"))]
    assert project["sources"] == ["box7.1-i01"]
    assert project["quantities"] == ["capacity: 50万吨", "investment: 6亿元"]
    [q] = [v for _, v, k in G.out_edges(s(iri("Project/园区大道")), keys=True) if k == "hasQuantity"]
    assert {k: G.nodes[q][k] for k in ("type", "kind", "value", "unit", "raw")} == {
        "type": "Quantity", "kind": "length", "value": 3500.0, "unit": "m", "raw": "3.5公里"
    }
    park = G.nodes[s(iri("Park/循环经济产业园"))]
    assert park["aliases"] == ["循环园"] and park["sources"] == ["box7.1-i01", "ch04-s2-p01"]
    assert G.nodes[s(iri("Term/两型社会"))]["definition"] == "资源节约型、环境友好型社会。"
    indicator = G.nodes[s(iri("Indicator/地区生产总值年均增长"))]
    assert (indicator["attribute"], indicator["targetNumber"], indicator["targetYear"]) == ("预期性", 6.5, 2025)


def test_edges_keyed_by_predicate_with_sources(G, iri):
    park, industry = s(iri("Park/循环经济产业园")), s(iri("Industry/再生铝产业"))
    data = G.get_edge_data(park, industry, key="includes")
    assert data == {"predicate": "includes", "sources": ["box7.1-i01", "ch04-s2-p01"]}
    assert G.get_edge_data(s(iri("Project/园区大道")), s(iri("box", "7.1")), key="listedIn")["sources"] == ["box7.1-i02"]
    assert G.get_edge_data(s(iri("section", "4.2")), s(iri("chapter", "4")), key="partOf")["sources"] == []
    mention = G.get_edge_data(s(iri("para", "ch04-s2-p01")), park, key="mentions")
    assert mention["sources"] == ["ch04-s2-p01"]


def test_no_edges_to_literals_or_statements(graph, G):
    object_triples = sum(
        1 for a, p, b in graph
        if str(p).startswith(str(PK)) and a in graph.subjects(RDF.type) and (b, RDF.type, None) in graph
        and (a, RDF.type, PK.Statement) not in graph
    )
    assert G.number_of_edges() == object_triples


def test_turtle_round_trip_gives_the_same_view(graph, G):
    again = to_networkx(Graph().parse(data=graph.serialize(format="turtle"), format="turtle"))
    assert dict(again.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(again.edges(keys=True)) == sorted(G.edges(keys=True))


# ---------------------------------------------------------- neighbourhood


def test_neighbourhood_skips_paragraphs_quantities_and_plan(G, iri):
    start = s(iri("Park/循环经济产业园"))
    one = neighbourhood(G, start)
    assert {G.nodes[n]["type"] for n in one} == {"Park", "Place", "Industry", "Project"}
    two = neighbourhood(G, [start], hops=2)
    types = Counter(d["type"] for _, d in two.nodes(data=True))
    assert types["Paragraph"] == types["Quantity"] == types["Plan"] == 0
    assert s(iri("box", "7.1")) in two and s(iri("chapter", "4")) in two
    assert set(one) < set(two)
    for u, v, k in one.edges(keys=True):
        assert G.has_edge(u, v, k)


def test_neighbourhood_options(G, iri):
    start = s(iri("Park/循环经济产业园"))
    assert list(neighbourhood(G, start, hops=0)) == [start]
    with_paras = neighbourhood(G, start, include_paragraphs=True)
    assert s(iri("para", "ch04-s2-p01")) in with_paras
    road = s(iri("Project/园区大道"))
    with_q = neighbourhood(G, road, include_quantities=True)
    assert any(d["type"] == "Quantity" for _, d in with_q.nodes(data=True))


def test_neighbourhood_is_a_copy(G, iri):
    sub = neighbourhood(G, s(iri("Place/珠山镇")))
    sub.nodes[s(iri("Place/珠山镇"))]["label"] = "changed"
    assert G.nodes[s(iri("Place/珠山镇"))]["label"] == "珠山镇"


def test_neighbourhood_unknown_node(G):
    with pytest.raises(EntityNotFound, match="nowhere"):
        neighbourhood(G, "https://plankg.org/nowhere")


# ------------------------------------------------------------- find_nodes


def test_find_nodes(G, iri):
    park = s(iri("Park/循环经济产业园"))
    assert find_nodes(G, "循环经济产业园") == [park]
    assert find_nodes(G, " 循环园 ") == [park]  # alias, spaces ignored
    assert find_nodes(G, "gdp能耗") == [s(iri("Indicator/单位GDP能耗降低"))]  # substring, case-folded
    hits = find_nodes(G, "园区")
    assert hits[0] == s(iri("Project/园区大道"))  # shortest label first
    assert s(iri("box", "7.1")) in hits
    assert find_nodes(G, "box7.1-i01") == [] and find_nodes(G, "  ") == []


# ------------------------------------------------------------------- speed


def _big_plan(n_paras: int = 2000, n_entities: int = 1000) -> tuple[Document, Facts]:
    part, chapter, section = Heading("part", 1, "篇"), Heading("chapter", 1, "章"), Heading("section", 1, "节")
    path = HeadingPath(part, chapter, section)
    paras = [Paragraph(f"ch01-s1-p{i:04d}", f"第{i}段。", path, line=i + 1) for i in range(n_paras)]
    doc = Document("big", "大规划", "big.txt", "0", parts=[Part(part, chapters=[Chapter(chapter, sections=[Section(section, paras)])])])
    facts = Facts("big")
    for i in range(n_entities):
        key = f"Project/项目{i}"
        pid = paras[i % n_paras].id
        facts.entities[key] = Entity(key, "Project", f"项目{i}", {f"别名{i}"}, {pid, paras[(i + 7) % n_paras].id},
                                     [Quantity("investment", f"{i}亿元", i * 1e8, "元", pid)])
        if i:
            facts.relations.append(Relation(key, "supports", f"Project/项目{i - 1}", pid))
    return doc, facts


def test_conversion_is_fast():
    doc, facts = _big_plan()
    graph = build_graph(doc, facts)
    assert len(graph) > 40_000
    started = time.process_time()  # CPU time: other processes on a busy machine do not count
    G = to_networkx(graph)
    elapsed = time.process_time() - started
    assert G.number_of_nodes() == 2000 + 1000 + 1000 + 4  # paragraphs, projects, quantities, plan/part/chapter/section
    assert elapsed < 3.0, f"to_networkx took {elapsed:.2f} s for {len(graph)} triples"
