"""Outline items numbered on across the plan's parts (a national special plan's （一）…（三十四）, the second
part opening at （五）) are sections as much as items restarting at （一） under each part — in Markdown
headings, plain lines and run-in heads alike; a list restarting inside a section, or a number that skips,
stays text."""
from __future__ import annotations

import pytest

from kg.ingest.layouts.runin import runin_sections
from kg.ingest.parse import parse_file
from tests.conftest import DATA


def _outline(doc):
    return [(c.heading.label, [s.heading.label for s in c.sections]) for c in doc.chapters()]


@pytest.fixture(scope="module", params=["running-count-plan.md", "running-count-plan.txt"])
def plan(request):
    return parse_file(DATA / request.param)


def test_numbering_running_on_across_parts_opens_sections(plan):
    outline = _outline(plan)
    assert outline[1] == ("二、优化产业布局", ["（一）划定生态农业功能区", "（二）建设特色产业带"])
    assert outline[2] == ("三、提升生产能力", ["（三）加强农田水利建设", "（四）推广绿色种养技术", "（五）培育经营主体"])
    assert outline[3][1][0] == "（六）加强组织领导"


def test_a_list_restarting_inside_a_section_stays_its_text(plan):
    section = list(plan.chapters())[2].sections[0]
    assert [p.text for p in section.paragraphs][1:] == ["（一）改造中型灌区。", "（二）建设小型水源工程。"]


def test_a_number_skipping_the_count_is_no_section(plan):
    chapter = list(plan.chapters())[3]
    assert [s.heading.label for s in chapter.sections] == ["（六）加强组织领导"]
    assert "（八）完善考核评估" in [p.text for p in chapter.sections[0].paragraphs]


def test_counts(plan):
    assert (len(list(plan.chapters())), len(list(plan.sections()))) == (4, 6)


def test_runin_heads_numbered_on_across_parts():
    plan = parse_file(DATA / "running-count-runin-plan.txt")
    assert _outline(plan) == [
        ("一、优化产业布局", ["（一）划定生态农业功能区", "（二）建设特色产业带"]),
        ("二、提升生产能力", ["（三）加强农田水利建设", "（四）推广绿色种养技术"]),
        ("三、强化保障措施", ["（五）加强组织领导"]),
    ]


@pytest.mark.parametrize("lines", [
    # a lone run-in line restarting at （一） is an enumerated paragraph, not the plan's structure
    ["一、任务", "（一）建设平台。加快建设。", "二、保障", "（一）加强领导。健全机制。"],
    # a lone line that skips the running count (（四） after （二）) is no section either
    ["一、任务", "（一）建设平台。加快建设。", "（二）培育企业。引进企业。", "二、保障", "（四）加强领导。健全机制。"],
])
def test_runin_lone_line_off_the_count_is_text(lines):
    found = runin_sections(lines, lambda i: lines[i].startswith(("一、", "二、")))
    assert all(not lines[i].startswith(("（一）加强", "（四）")) for i in found)
