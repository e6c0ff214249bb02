"""The ontology: Turtle ↔ generated PK namespace, labels, and the terms the pipeline needs."""
from __future__ import annotations

import importlib.util

import pytest
from rdflib import Literal
import rdflib.namespace as rns
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.facts import ENTITY_TYPES
from kg.graph.ontology import ONTOLOGY_PATH, PK, load_ontology
from tests.conftest import ROOT

NS = str(PK)


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


@pytest.fixture(scope="module")
def ttl_terms(onto):
    return {s for s in onto.subjects(RDF.type, None) if str(s).startswith(NS) and str(s) != NS}


def _load_generator():
    spec = importlib.util.spec_from_file_location("gen_ontology", ROOT / "tools" / "gen_ontology.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dir_matches_turtle_terms(ttl_terms):
    assert set(dir(PK)) == ttl_terms
    assert len(ttl_terms) > 40


def test_mistyped_term_raises():
    with pytest.raises(AttributeError, match="suports"):
        PK.suports  # noqa: B018
    with pytest.raises(AttributeError):
        PK["Projekt"]


def test_generated_module_is_up_to_date():
    gen = _load_generator()
    assert gen.render(ONTOLOGY_PATH) == (ROOT / "kg" / "graph" / "ontology.py").read_text(encoding="utf-8"), (
        "kg/graph/ontology.py is stale: run python tools/gen_ontology.py"
    )
    assert gen.main(["--check"]) == 0


def test_generator_refuses_bad_term_names(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix pk: <https://plankg.org/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "pk:class a owl:Class .\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="'class'"):
        _load_generator().render(bad)


def test_every_term_has_zh_and_en_labels_and_comment(onto, ttl_terms):
    for term in ttl_terms:
        langs = {o.language for o in onto.objects(term, RDFS.label) if isinstance(o, Literal)}
        assert {"zh", "en"} <= langs, term
        assert any(o.language == "en" for o in onto.objects(term, RDFS.comment)), term


def test_ontology_header(onto):
    header = onto.value(predicate=RDF.type, object=OWL.Ontology)
    assert header is not None and onto.value(header, RDFS.comment) is not None


@pytest.mark.parametrize(
    "name",
    ["Plan", "Part", "Chapter", "Section", "Box", "BoxGroup", "Paragraph", "IndicatorTable", "Quantity", "Statement"],
)
def test_structure_classes(onto, name):
    assert (PK[name], RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("name", ENTITY_TYPES)
def test_every_extracted_entity_type_is_an_entity_class(onto, name):
    assert (PK[name], RDFS.subClassOf, PK.Entity) in onto


@pytest.mark.parametrize(
    "name", ["supports", "belongsTo", "locatedIn", "includes", "listedIn", "partOf", "mentions", "relatedTo",
             "inPlan", "inGroup", "hasQuantity"],
)
def test_relation_predicates_are_object_properties(onto, name):
    assert (PK[name], RDF.type, OWL.ObjectProperty) in onto


@pytest.mark.parametrize(
    "name",
    ["order", "number", "title", "headingLabel", "paragraphId", "text", "kind", "line", "chapterLabel",
     "sectionLabel", "boxLabel", "partLabel", "quantityKind", "value", "unit", "rawText", "category", "baseValue",
     "targetValue", "baseNumber", "targetNumber", "growth", "growthNumber", "qualifier", "attribute", "baseYear",
     "targetYear"],
)
def test_datatype_properties(onto, name):
    assert (PK[name], RDF.type, OWL.DatatypeProperty) in onto


def test_reuses_skos_and_prov(onto):
    assert (PK.Term, RDFS.subClassOf, SKOS.Concept) in onto
    assert (PK.value, RDFS.range, rns.XSD.double) in onto
    assert (PK.mentions, RDFS.domain, PK.Paragraph) in onto
    assert (PK.Statement, RDFS.subClassOf, RDF.Statement) in onto


def test_no_ontology_iri_strings_outside_the_ontology():
    for name in ("graph/rdf.py", "graph/nxview.py", "export.py", "store/sparql.py"):
        assert NS not in (ROOT / "kg" / name).read_text(encoding="utf-8"), name
