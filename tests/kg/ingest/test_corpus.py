"""The real plans of ../shared/corpus build with the structure their README counts by hand."""
from __future__ import annotations

import pytest

from kg.graph.rdf import build_graph
from kg.extract.extractor import extract_facts
from kg.graph.ontology import PK
from kg.ingest.parse import parse_file
from rdflib.namespace import RDF
from tests.conftest import SHARED

CORPUS = SHARED / "corpus"


def _plan(name: str):
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus plan not found at {path}")
    return parse_file(path)


def _counts(doc) -> tuple[int, int, int]:
    return len(doc.parts), sum(1 for _ in doc.chapters()), sum(1 for _ in doc.sections())


def test_14th_outline():
    doc = _plan("national-14th-fyp-outline-2021.md")
    assert _counts(doc) == (19, 65, 192)


def test_11th_outline_text_and_picture_boxes():
    doc = _plan("national-11th-fyp-outline-2006.md")
    assert _counts(doc) == (14, 48, 142)
    boxes = list(doc.boxes())
    text = [b for b in boxes if b.image is None]
    pictures = [b for b in boxes if b.image is not None]
    assert [b.heading.number for b in text] == [str(n) for n in range(3, 19)]
    assert [b.heading.number for b in pictures] == ["1", "2"]
    assert all(not b.paragraphs for b in pictures)
    assert sum(1 for c in doc.chapters() if not c.sections) == 10
    # Blockquote items "**name**→text" are named by what precedes the arrow.
    box4 = next(b for b in text if b.heading.number == "4")
    assert box4.items[1].name == "沃土工程"


def test_11th_boxes_after_a_chapters_last_section_belong_to_the_chapter():
    doc = _plan("national-11th-fyp-outline-2006.md")
    for chapter in doc.chapters():
        for box in chapter.sections[-1].boxes if chapter.sections else []:
            last = max((p.line for p in chapter.sections[-1].paragraphs), default=0)
            assert box.heading.line < last, box.heading.label
    box6 = next(b for b in doc.boxes() if b.heading.number == "6")
    assert box6.path.section is None and box6.path.chapter.number == 11
    # ... while a box between two sections stays with the one it follows.
    box5 = next(b for b in doc.boxes() if b.heading.number == "5")
    assert box5.path.section.number == 3


def test_12th_outline_picture_boxes_keep_number_title_and_place():
    doc = _plan("national-12th-fyp-outline-2011.md")
    assert _counts(doc) == (16, 62, 167)
    boxes = list(doc.boxes())
    assert [b.heading.number for b in boxes] == [str(n) for n in range(1, 23)]
    assert all(b.image and not b.paragraphs for b in boxes)
    box5 = boxes[4]
    assert box5.heading.title == "战略性新兴产业创新发展工程"  # photo credit dropped
    assert box5.path.chapter is not None


def test_9th_outline_numbered_without_parts_or_chapters():
    doc = _plan("national-9th-fyp-outline-1996.md")
    chapters = list(doc.chapters())
    assert doc.parts == []
    assert len(chapters) == 11 and sum(len(c.sections) for c in chapters) == 39
    assert [c.heading.number for c in chapters] == list(range(1, 12))
    assert chapters[2].heading.label == "三、宏观调控目标和政策"
    assert chapters[2].sections[1].heading.label == "（二）价格总水平"  # the printed 。 closes no title
    # The preface stays the preface; the TOC (with its typos) is not counted.
    assert any(p.text == "序言" for p in doc.preface)
    assert "远县目标" not in " ".join(s.heading.title for c in chapters for s in c.sections)


def test_plan_without_parts_has_no_part_node_in_the_graph():
    doc = _plan("national-9th-fyp-outline-1996.md")
    graph = build_graph(doc, extract_facts(doc))
    assert not list(graph.subjects(RDF.type, PK.Part))
    assert "/part/" not in " ".join(str(s) for s in graph.subjects())
    assert len(list(graph.subjects(RDF.type, PK.Chapter))) == 11


def test_picture_boxes_are_marked_in_the_graph():
    doc = _plan("national-12th-fyp-outline-2011.md")
    graph = build_graph(doc, extract_facts(doc))
    boxes = list(graph.subjects(RDF.type, PK.Box))
    assert len(boxes) == 22
    assert all(graph.value(b, PK.imageSource) for b in boxes)
