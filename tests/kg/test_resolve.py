"""One node per real thing across classes: works named as bodies fold into them; terms match their twins."""
from __future__ import annotations

import re
from collections import defaultdict

from rdflib.namespace import RDF, RDFS, SKOS

from kg.graph.ontology import PK
from tests.conftest import SEED_PLAN
from tests.kg.real_graphs import plan_graph

_ENTITY_CLASSES = {PK.Project, PK.Park, PK.Industry, PK.Strategy, PK.Goal, PK.Indicator, PK.Place, PK.Organization}


def _classes_by_label(graph):
    out = defaultdict(set)
    for node, cls in graph.subject_objects(RDF.type):
        if cls in _ENTITY_CLASSES:
            out[str(graph.value(node, RDFS.label))].add(cls)
    return out


def test_no_body_is_also_a_project_in_the_seed():
    twins = {label for label, classes in _classes_by_label(plan_graph(SEED_PLAN)).items()
             if {PK.Organization, PK.Project} <= classes}
    assert not twins


def test_a_school_named_as_a_project_site_is_one_cited_organization():
    g = plan_graph(SEED_PLAN)
    schools = defaultdict(set)
    for node in g.subjects(RDF.type, PK.Organization):
        if str(g.value(node, RDFS.label)).endswith(("小学", "学院")):
            schools[str(g.value(node, RDFS.label))].add(node)
    assert schools
    for label, nodes in schools.items():
        assert len(nodes) == 1 and set(g.objects(next(iter(nodes)), RDF.type)) == {PK.Organization}, label
        assert list(g.subjects(PK.mentions, next(iter(nodes)))), label
    assert {"七里店小学", "虎子岭小学"} <= set(schools)  # the sites of the seed's school-building projects


def _plain(text: str) -> str:
    return re.sub(r"[“”\"\s]", "", text)


def test_every_glossary_term_matches_its_same_named_entity():
    g = plan_graph(SEED_PLAN)
    others = defaultdict(set)
    for node, cls in g.subject_objects(RDF.type):
        if cls in _ENTITY_CLASSES:
            others[_plain(str(g.value(node, RDFS.label)))].add(node)
    pairs = 0
    for term in g.subjects(RDF.type, PK.Term):
        names = {_plain(str(n)) for n in [g.value(term, RDFS.label), *g.objects(term, SKOS.altLabel)]}
        twins = set().union(*(others.get(n, set()) for n in names))
        assert set(g.objects(term, SKOS.exactMatch)) == twins, g.value(term, RDFS.label)
        pairs += len(twins)
        for twin in twins:  # cited like every other edge
            stmt = next(g.subjects(RDF.object, twin), None)
            assert any((s, RDF.predicate, SKOS.exactMatch) in g for s in g.subjects(RDF.subject, term)), stmt
    assert pairs >= 3  # 三高四新战略, 水十条, 三线一单 … are both glossary terms and strategies in the seed
