"""A plan saved from a government portal's page: navigation menu, cover letter, a 目录 whose first
篇 title runs past 40 characters, then the body (set 14: 广州 十五五纲要 built 20 篇 with its TOC)."""
from __future__ import annotations

from kg.ingest.parse import parse_file
from tests.conftest import DATA


def test_portal_page_counts_the_body_once_and_keeps_the_title():
    doc = parse_file(DATA / "portal_page_plan.txt")
    assert doc.title == "某市国民经济和社会发展第十五个五年规划纲要"
    assert [p.heading.number for p in doc.parts] == [1, 2]
    assert len(list(doc.chapters())) == 2 and len(list(doc.sections())) == 3
    assert doc.parts[0].heading.title.startswith("锚定排头兵")
    assert any("table of contents skipped" in w for w in doc.warnings)
