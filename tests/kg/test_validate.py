"""SHACL: the seed and every corpus plan conform; the shapes catch each kind of break; builds validate."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.errors import ValidationError
from kg.graph.ontology import PK, load_ontology
from kg.graph.provenance import BUILD_QUERY, BuildInfo, add_build_provenance
from kg.graph.validate import check_graph, validate_graph
from kg.store.sparql import run_sparql
from tests.conftest import DATA
from tests.kg.real_graphs import PLAN_PATHS, plan_graph

T0 = datetime(2026, 1, 1, 8, 0, tzinfo=timezone.utc)


def _with_build(graph: Graph, plan_id: str) -> Graph:
    g = Graph() + graph
    for prefix, ns in graph.namespaces():
        g.bind(prefix, ns)
    add_build_provenance(g, BuildInfo(plan_id, "k0", f"/x/{plan_id}.txt", "ab" * 32, "0.1.0", "c0de", "hash", T0, T0))
    return g


def _plan_id(graph: Graph) -> str:
    return str(next(graph.subjects(RDF.type, PK.Plan))).rsplit("/", 1)[-1]


@pytest.mark.parametrize("path", PLAN_PATHS)
def test_real_plans_conform(path):
    graph = plan_graph(path)
    report = validate_graph(_with_build(graph, _plan_id(graph)))
    assert report.conforms, report.summary(limit=30)


def test_ontology_passes_its_own_shapes():
    report = validate_graph(load_ontology())
    assert report.conforms, report.summary()


def test_ontology_term_without_english_label_is_caught():
    onto = load_ontology()
    onto.remove((PK.Park, RDFS.label, Literal("Park", lang="en")))
    report = validate_graph(onto, ontology=Graph())
    assert [v.focus for v in report.violations] == [str(PK.Park)]


# ------------------------------------------------------ each kind of break


@pytest.fixture
def demo(graph, plan_id):
    """The hand-built demo plan with its build record: conforms as built."""
    g = _with_build(graph, plan_id)
    assert validate_graph(g).conforms, validate_graph(g).summary()
    return g


def _broken(demo, remove=(), add=()):
    g = Graph() + demo
    for t in remove:
        g.remove(t)
    for t in add:
        g.add(t)
    return {(v.focus, v.path) for v in validate_graph(g).violations}


def test_paragraph_directly_in_the_plan(demo, iri, plan_id):
    from kg.graph.rdf import plan_iri

    para = iri("para", "ch04-s2-p01")
    found = _broken(demo, remove=[(para, PK.partOf, None)], add=[(para, PK.partOf, plan_iri(plan_id))])
    assert found == {(str(para), str(PK.partOf))}


def test_park_as_object_of_located_in(demo, iri):
    park, project = iri("Park/循环经济产业园"), iri("Project/园区大道")
    found = _broken(demo, add=[(project, PK.locatedIn, park)])
    assert found == {(str(park), "")}  # a node shape on the object: the range pk:Place


def test_two_disjoint_classes(demo, iri):
    park = iri("Park/循环经济产业园")
    assert _broken(demo, add=[(park, RDF.type, PK.Organization)]) == {(str(park), "")}


def test_quantity_without_unit_and_statement_without_source(demo):
    q = next(demo.subjects(RDF.type, PK.Quantity))
    st = next(demo.subjects(RDF.type, PK.Statement))
    found = _broken(demo, remove=[(q, PK.unit, None), (st, PROV.wasDerivedFrom, None)])
    assert found == {(str(q), str(PK.unit)), (str(st), str(PROV.wasDerivedFrom))}


def test_indicator_without_values(demo, iri):
    ind = iri("Indicator/单位GDP能耗降低")
    found = _broken(demo, remove=[(ind, p, None) for p in (PK.baseValue, PK.targetValue, PK.growth)])
    assert found == {(str(ind), "")}


def test_unlabelled_entity_and_missing_build(demo, iri, plan_id):
    from kg.graph.rdf import plan_iri

    place = iri("Place/珠山镇")
    found = _broken(demo, remove=[(place, RDFS.label, None), (plan_iri(plan_id), PROV.wasGeneratedBy, None)])
    assert found == {(str(place), str(RDFS.label)), (str(plan_iri(plan_id)), str(PROV.wasGeneratedBy))}


def test_check_graph_raises_with_the_node(demo, iri):
    g = Graph() + demo
    g.add((iri("Park/循环经济产业园"), RDF.type, PK.Organization))
    with pytest.raises(ValidationError, match="(?s)1 SHACL violation.*park/%E5%BE%AA%E7%8E%AF.*disjoint"):
        check_graph(g, what="demo plan")


# ------------------------------------------------------------ provenance


def test_build_provenance_is_queryable(demo):
    result = run_sparql(demo, BUILD_QUERY)
    rows = [dict(zip(result.columns, r)) for r in result.rows]
    assert {r["file"] for r in rows} == {"demo-plan.txt"} and {r["sha256"] for r in rows} == {"ab" * 32}
    assert {r["agent"] for r in rows} == {"plankg 0.1.0 (code c0de)", "encoder hash"}
    assert rows[0]["started"].startswith("2026-01-01T08:00:00")


# --------------------------------------------------------- build-time hook


def _violating_build(monkeypatch):
    import pipeline

    real = pipeline.build_graph

    def build_with_a_break(doc, facts):
        g = real(doc, facts)
        park = next(g.subjects(RDF.type, PK.Park), None) or next(g.subjects(RDF.type, PK.Place))
        g.add((park, RDF.type, PK.Project))
        return g

    monkeypatch.setattr(pipeline, "build_graph", build_with_a_break)


def test_build_with_a_violation_fails_in_strict_mode(mini_plan_path, tmp_path, monkeypatch):
    from pipeline import build_plans

    _violating_build(monkeypatch)
    with pytest.raises(ValidationError, match="two classes the ontology declares disjoint"):
        build_plans([mini_plan_path], home=tmp_path, encoder="hash", shacl="fail")
    assert not list(tmp_path.glob("plans/*/current"))  # nothing published


def test_build_with_a_violation_warns_and_records_it(mini_plan_path, tmp_path, monkeypatch):
    from pipeline import build_plans

    _violating_build(monkeypatch)
    with pytest.warns(UserWarning, match="SHACL violation"):
        [report] = build_plans([mini_plan_path], home=tmp_path, encoder="hash", shacl="warn")
    validation = json.loads((report.build.dir / "manifest.json").read_text(encoding="utf-8"))["validation"]
    assert validation["conforms"] is False and validation["violations"] >= 1


def test_clean_build_records_provenance_and_conformance(mini_plan_path, tmp_path):
    from pipeline import build_plans

    [report] = build_plans([mini_plan_path], home=tmp_path, encoder="hash", shacl="fail")
    manifest = json.loads((report.build.dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["validation"]["conforms"] is True
    g = Graph().parse(report.build.dir / "graph.nt", format="nt")
    rows = run_sparql(g, BUILD_QUERY).rows
    assert rows and {r[2] for r in rows} == {manifest["source_sha256"]}
    activity = next(g.objects(None, PROV.wasGeneratedBy))
    assert str(activity).endswith(f"/build/{manifest['build_key']}")
    assert isinstance(activity, URIRef)


def test_generated_shapes_and_docs_are_up_to_date():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("gen_ontology", Path(__file__).parents[2] / "tools" / "gen_ontology.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.main(["--check"]) == 0, "kg/graph/shapes_domains.ttl or docs/ontology.md is stale: run python tools/gen_ontology.py"


def test_warnings_are_reported_but_do_not_fail(demo, iri):
    from rdflib.namespace import SH

    from kg.graph.validate import load_shapes

    shapes = Graph() + load_shapes()
    unit = next(p for p in shapes.objects(URIRef("https://plankg.org/shapes#QuantityShape"), SH.property)
                if (p, SH.path, PK.unit) in shapes)
    shapes.add((unit, SH.severity, SH.Warning))
    q = next(demo.subjects(RDF.type, PK.Quantity))
    g = Graph() + demo
    g.remove((q, PK.unit, None))
    report = validate_graph(g, shapes=shapes)
    assert report.conforms and not report.violations
    assert [(w.focus, w.severity) for w in report.warnings] == [(str(q), "Warning")]


def test_target_without_owner_or_time_frame(demo):
    target = next(demo.subjects(RDF.type, PK.Target))
    g = Graph() + demo
    g.remove((None, PK.hasTarget, target))
    g.remove((target, PK.year, None))
    g.remove((target, PK.period, None))
    report = validate_graph(g)
    assert {(v.focus, v.path) for v in report.violations} == {(str(target), f"^{PK.hasTarget}")}
    assert "owner" in report.violations[0].message
    assert [w.focus for w in report.warnings] == [str(target)]  # no year or period: reported, not failed


@pytest.mark.parametrize("name", ["guide-plan.md", "notice-county-plan.txt", "portal-plan.html", "runin-heads-plan.md"])
def test_invented_layouts_conform(name):
    """Layouts of the unseen plans: a cover letter (pk:CoverLetter, dcterms metadata), an appendix after the body
    (pk:BackMatter: no paragraph directly in the plan), run-in section heads, task tables in boxes."""
    graph = plan_graph(DATA / name)
    report = validate_graph(_with_build(graph, _plan_id(graph)))
    assert report.conforms, report.summary(limit=30)
