"""Document + Facts → RDF: structure, paragraphs, entities, quantities, cited relations, errors."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import rdflib.namespace as rns
from rdflib import BNode, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.document import Box, Heading
from kg.errors import EntityNotFound, OntologyError
from kg.facts import Entity, Facts, Quantity, Relation
from kg.graph.nxview import to_networkx
from kg.graph.ontology import PK
from kg.graph.rdf import build_graph, entity_iri, iri_for, plan_iri

SEED = Path(__file__).resolve().parents[2] / "data" / "lingling-14th-five-year-plan.txt"


def zh(text):
    return Literal(text, lang="zh")


# ------------------------------------------------------------------ IRIs


def test_iri_scheme():
    assert str(iri_for("p", "section", "4.2")) == "https://plankg.org/plan/p/section/4.2"
    assert str(iri_for("p", "para", "box7.1-i02", base="https://example.org/")) == (
        "https://example.org/plan/p/para/box7.1-i02"
    )
    assert str(entity_iri("p", "Project/A/B 线", "Project")) == "https://plankg.org/plan/p/project/A%2FB%20%E7%BA%BF"


def test_iri_for_unknown_kind():
    with pytest.raises(OntologyError, match="'chapterr'"):
        iri_for("p", "chapterr", "1")


def test_no_blank_nodes_and_prefixes(graph):
    assert not any(isinstance(t, BNode) for triple in graph for t in triple)
    bound = {p for p, _ in graph.namespaces()}
    assert {"pk", "skos", "prov", "rdfs", "xsd"} <= bound


def test_build_is_deterministic(doc, facts):
    first, second = build_graph(doc, facts), build_graph(doc, facts)
    assert isomorphic(first, second)
    assert first.serialize(format="turtle") == second.serialize(format="turtle")


def test_base_is_used(doc, facts):
    g = build_graph(doc, facts, base="https://example.org/")
    assert all(str(s).startswith(("https://example.org/", str(PK))) for s in g.subjects())


# ------------------------------------------------------------- structure


def test_plan_node(graph, doc, plan_id):
    plan = plan_iri(plan_id)
    assert (plan, RDF.type, PK.Plan) in graph
    assert graph.value(plan, RDFS.label) == zh(doc.title)


def test_heading_nodes_and_partof_chain(graph, iri, plan_id):
    part, chapter, section = iri("part", "2"), iri("chapter", "4"), iri("section", "4.2")
    assert (section, PK.partOf, chapter) in graph
    assert (chapter, PK.partOf, part) in graph
    assert (part, PK.partOf, plan_iri(plan_id)) in graph
    assert graph.value(chapter, PK.number) == Literal(4)
    assert graph.value(chapter, PK.title) == zh("实施制造业倍增工程")
    assert graph.value(chapter, PK.headingLabel) == zh("第4章 实施制造业倍增工程")
    assert graph.value(chapter, PK.line) == Literal(21)
    assert graph.value(section, RDFS.label) == zh("第2节 建设特色园区")
    assert [graph.value(iri("section", k), PK.order).toPython() for k in ("1.1", "4.1", "4.2")] == [1, 2, 3]
    for s in (part, chapter, section):
        assert (s, PK.inPlan, plan_iri(plan_id)) in graph


def test_boxes_keep_printed_number_and_real_position(graph, iri):
    box = iri("box", "7.1")
    assert (box, RDF.type, PK.Box) in graph
    assert graph.value(box, PK.number) == Literal("7.1")
    assert (box, PK.partOf, iri("section", "4.2")) in graph


def test_unnumbered_box_key_comes_from_its_paragraph_ids(graph, iri):
    box = iri("box", "ch04-1")
    assert (box, RDF.type, PK.Box) in graph
    assert (box, PK.partOf, iri("chapter", "4")) in graph
    assert (iri("para", "boxch04-1-i01"), PK.partOf, box) in graph


def test_box_groups(graph, iri):
    g1, g2 = iri("boxgroup", "7.1-g01"), iri("boxgroup", "7.1-g02")
    assert (g1, RDF.type, PK.BoxGroup) in graph and (g1, PK.partOf, iri("box", "7.1")) in graph
    assert graph.value(g2, PK.title) == zh("（二）交通项目")
    assert (iri("para", "box7.1-i01"), PK.partOf, g1) in graph
    assert (iri("para", "box7.1-i02"), PK.partOf, g2) in graph
    assert (iri("para", "box7.1-g02"), PK.partOf, g2) in graph


def test_duplicate_printed_box_numbers_get_distinct_iris(doc, facts, iri):
    chapter = doc.parts[1].chapters[0]
    twin = Box(heading=Heading("box", "7.1", "另一个专栏", 50), path=chapter.sections[0].paragraphs[0].path)
    chapter.sections[0].boxes.append(twin)
    g = build_graph(doc, facts)
    labels = {str(g.value(b, PK.title)) for b in g.subjects(PK.number, Literal("7.1"))}
    assert labels == {"特色产业园区重点项目", "另一个专栏"}
    assert (iri("box", "7.1-2"), RDF.type, PK.Box) in g
    # "box:7.1" cited from an item of the second box resolves to the box holding the item
    [box] = g.objects(iri("Project/园区大道"), PK.listedIn)
    assert box == iri("box", "7.1-2") and g.value(box, PK.title) == Literal("特色产业园区重点项目", lang="zh")
    [group] = g.objects(iri("Project/园区大道"), PK.inGroup)
    assert (group, PK.partOf, box) in g


def test_every_paragraph_with_its_citation_path(graph, doc, iri, plan_id):
    paragraphs = list(doc.paragraphs())
    assert len(set(graph.subjects(RDF.type, PK.Paragraph))) == len(paragraphs)
    for order, para in enumerate(paragraphs, 1):
        p = iri("para", para.id)
        assert graph.value(p, PK.paragraphId) == Literal(para.id)
        assert graph.value(p, PK.text) == zh(para.text)
        assert graph.value(p, PK.kind) == Literal(para.kind)
        assert graph.value(p, PK.order) == Literal(order)
        assert graph.value(p, PK.inPlan) == plan_iri(plan_id)
        assert graph.value(p, PK.partOf) is not None
        assert graph.value(p, PK.line) == Literal(para.line)
    item = iri("para", "box7.1-i01")
    assert graph.value(item, PK.partLabel) == zh("第2篇 产业发展")
    assert graph.value(item, PK.chapterLabel) == zh("第4章 实施制造业倍增工程")
    assert graph.value(item, PK.sectionLabel) == zh("第2节 建设特色园区")
    assert graph.value(item, PK.boxLabel) == zh("专栏7.1 特色产业园区重点项目")
    assert graph.value(iri("para", "pre-p01"), PK.chapterLabel) is None


def test_innermost_containers(graph, iri, plan_id):
    front = iri("front", "preface")  # the front matter is a container too: no paragraph hangs off the plan
    assert (iri("para", "pre-p01"), PK.partOf, front) in graph
    assert (front, RDF.type, PK.FrontMatter) in graph and (front, PK.partOf, plan_iri(plan_id)) in graph
    assert (iri("para", "pt01-p01"), PK.partOf, iri("part", "1")) in graph
    assert (iri("para", "ch01-p01"), PK.partOf, iri("chapter", "1")) in graph
    assert (iri("para", "ch04-s1-p01"), PK.partOf, iri("section", "4.1")) in graph


def test_indicator_table_and_glossary(graph, iri):
    table, glossary = iri("table", "indicators"), iri("glossary", "terms")
    assert (table, RDF.type, PK.IndicatorTable) in graph
    assert (table, PK.partOf, iri("section", "1.1")) in graph  # where its rows sit
    assert (iri("para", "ind-02"), PK.partOf, table) in graph
    assert (glossary, RDF.type, PK.Glossary) in graph
    assert (iri("para", "gl-01"), PK.partOf, glossary) in graph


# -------------------------------------------------------------- entities


def test_entities_typed_labelled_and_cited(graph, facts, iri):
    for e in facts.entities.values():
        subject = iri(e.key)
        assert (subject, RDF.type, PK[e.type]) in graph
        assert graph.value(subject, RDFS.label) == zh(e.label)
        assert {str(o) for o in graph.objects(subject, SKOS.altLabel)} == e.aliases - {e.label}
        cited = {str(graph.value(p, PK.paragraphId)) for p in graph.objects(subject, PROV.wasDerivedFrom)}
        assert cited == e.sources
        for pid in e.sources:
            assert (iri("para", pid), PK.mentions, subject) in graph


def test_term_is_a_skos_concept_with_definition(graph, iri):
    term = iri("Term/两型社会")
    assert graph.value(term, SKOS.prefLabel) == zh("两型社会")
    assert graph.value(term, SKOS.definition) == zh("资源节约型、环境友好型社会。")


def test_indicator_attributes_are_typed_literals(graph, iri):
    binding = iri("Indicator/单位GDP能耗降低")
    assert graph.value(binding, PK.attribute) == Literal("约束性")
    assert graph.value(binding, PK.baseValue) == Literal("完成省定目标")  # snake_case key
    assert graph.value(binding, PK.targetYear) == Literal(2025)
    gdp = iri("Indicator/地区生产总值年均增长")
    assert graph.value(gdp, PK.targetNumber) == Literal(6.5, datatype=rns.XSD.double)
    assert graph.value(gdp, PK.qualifier) == Literal(">")
    assert graph.value(gdp, PK.baseYear).datatype == rns.XSD.integer


def test_quantities(graph, iri):
    project = iri("Project/年产50万吨再生铝生产线")
    qs = list(graph.objects(project, PK.hasQuantity))
    assert len(qs) == 2 and len(set(qs)) == 2
    by_kind = {str(graph.value(q, PK.quantityKind)): q for q in qs}
    inv = by_kind["investment"]
    assert (inv, RDF.type, PK.Quantity) in graph
    assert graph.value(inv, PK.value) == Literal(6e8, datatype=rns.XSD.double)
    assert graph.value(inv, PK.unit) == Literal("元")
    assert graph.value(inv, PK.rawText) == Literal("6亿元")
    assert graph.value(inv, PROV.wasDerivedFrom) == iri("para", "box7.1-i01")
    assert "/quantity/" in str(inv)
    assert graph.value(inv, PK.qualifier) is None
    assert graph.value(by_kind["capacity"], PK.qualifier) == Literal("≥")


# ------------------------------------------------------------- relations


def statements(graph, s, p, o):
    return [
        st for st in graph.subjects(RDF.subject, s)
        if graph.value(st, RDF.predicate) == p and graph.value(st, RDF.object) == o
    ]


def test_relations_are_direct_and_reified(graph, facts, iri):
    for r in facts.relations:
        cited = set()
        s = iri(r.subject)
        p = PK[r.predicate]
        os_ = [o for o in graph.objects(s, p)]
        assert os_, r
        for o in os_:
            for st in statements(graph, s, p, o):
                assert (st, RDF.type, PK.Statement) in graph
                cited |= {str(graph.value(x, PK.paragraphId)) for x in graph.objects(st, PROV.wasDerivedFrom)}
        assert r.source in cited


def test_one_statement_per_triple_with_every_source(graph, iri):
    park, industry = iri("Park/循环经济产业园"), iri("Industry/再生铝产业")
    [st] = statements(graph, park, PK.includes, industry)
    assert set(graph.objects(st, PROV.wasDerivedFrom)) == {iri("para", "box7.1-i01"), iri("para", "ch04-s2-p01")}


def test_structural_references_resolve(graph, iri):
    industry = iri("Industry/再生铝产业")
    assert (industry, PK.partOf, iri("chapter", "4")) in graph
    assert (industry, PK.relatedTo, iri("section", "4.1")) in graph
    assert (iri("Project/园区大道"), PK.listedIn, iri("box", "7.1")) in graph
    assert (iri("Indicator/单位GDP能耗降低"), PK.relatedTo, iri("para", "ch01-s1-p01")) in graph


def test_box_group_references_resolve(graph, iri):
    road = iri("Project/园区大道")
    assert list(graph.objects(road, PK.inGroup)) == [iri("boxgroup", "7.1-g02")]
    [st] = statements(graph, road, PK.inGroup, iri("boxgroup", "7.1-g02"))
    assert graph.value(st, PROV.wasDerivedFrom) == iri("para", "box7.1-i02")
    assert (iri("Project/园区污水处理厂"), PK.listedIn, iri("box", "ch04-1")) in graph


# ---------------------------------------------------------------- errors


def test_unknown_entity_type(doc, facts):
    facts.entities["Projekt/x"] = Entity("Projekt/x", "Projekt", "x", sources={"pre-p01"})
    with pytest.raises(OntologyError, match="'Projekt'"):
        build_graph(doc, facts)


@pytest.mark.parametrize("predicate", ["suports", "text", "Project"])
def test_unknown_or_non_relation_predicate(doc, facts, predicate):
    facts.relations.append(Relation("Park/循环经济产业园", predicate, "Place/珠山镇", "box7.1-i01"))
    with pytest.raises(OntologyError, match=repr(predicate)):
        build_graph(doc, facts)


def test_unknown_attribute(doc, facts):
    facts.entities["Place/珠山镇"].attributes["population"] = "1"
    with pytest.raises(OntologyError, match="'population'"):
        build_graph(doc, facts)


def test_numeric_attribute_must_be_a_number(doc, facts):
    facts.entities["Indicator/单位GDP能耗降低"].attributes["target_number"] = "完成省定目标"
    with pytest.raises(OntologyError, match="完成省定目标"):
        build_graph(doc, facts)


@pytest.mark.parametrize("ref", ["box:9.9", "chapter:99", "boxgroup:7.1-g09", "Project/无此项目", "group:7.1"])
def test_dangling_reference(doc, facts, ref):
    facts.relations.append(Relation("Park/循环经济产业园", "relatedTo", ref, "box7.1-i01"))
    with pytest.raises(EntityNotFound, match=repr(ref)):
        build_graph(doc, facts)


def test_unknown_source_paragraph(doc, facts):
    e = facts.entities["Place/珠山镇"]
    e.quantities.append(Quantity("area", "5平方公里", 5e6, "m2", "ch99-p01"))
    with pytest.raises(EntityNotFound, match="'ch99-p01'"):
        build_graph(doc, facts)


def test_plan_mismatch(doc, facts):
    with pytest.raises(ValueError, match="other-plan"):
        build_graph(doc, dataclasses.replace(facts, plan_id="other-plan"))


# ------------------------------------------------------------------ seed


@pytest.mark.slow
def test_seed_plan_builds():
    parse = pytest.importorskip("kg.ingest.parse")
    doc = parse.parse_file(SEED)
    try:
        from kg.extract.extractor import extract_facts
    except ImportError:
        facts = Facts(plan_id=doc.plan_id)
    else:
        facts = extract_facts(doc)
    g = build_graph(doc, facts)
    assert len(set(g.subjects(RDF.type, PK.Paragraph))) == len(doc.paragraph_index())
    assert len(set(g.subjects(RDF.type, PK.Box))) == len(list(doc.boxes()))
    assert len(set(g.subjects(RDF.type, PK.Chapter))) == len(list(doc.chapters()))
    assert not any(isinstance(t, BNode) for triple in g for t in triple)
    G = to_networkx(g)
    cited = {"supports", "belongsTo", "locatedIn", "includes", "listedIn", "inGroup", "relatedTo"}
    edges = [d for *_, k, d in G.edges(keys=True, data=True) if k in cited]
    assert len(edges) == len({(r.subject, r.predicate, r.object) for r in facts.relations if r.predicate in cited})
    assert all(d["sources"] for d in edges)
