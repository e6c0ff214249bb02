"""Run-in section heads (``（一）加快数据要素市场化流通。text…``) read as sections only where the
layout supports them: siblings numbered （一）（二）… in order, heads short and without figures."""
from __future__ import annotations

import pytest

from kg.ingest.layouts.runin import match_runin_heading, runin_sections
from kg.ingest.parse import parse_document, parse_file
from tests.conftest import DATA


@pytest.fixture(scope="module")
def plan():
    return parse_file(DATA / "runin-heads-plan.md")


def _outline(doc):
    return [(c.heading.label, [s.heading.label for s in c.sections]) for c in doc.chapters()]


def test_runin_heads_are_sections_and_their_text_the_sections_paragraph(plan):
    tasks = _outline(plan)[1]
    assert tasks == ("二、重点任务", ["（一）建设农业数字基础设施", "（二）推进农业生产智能化", "（三）发展农村电子商务"])
    section = list(plan.chapters())[1].sections[1]
    assert [p.text for p in section.paragraphs] == ["建设智慧农场和数字牧场，推广精准播种、变量施肥和智能灌溉。"]
    assert str(section.paragraphs[0].path) == "二、重点任务 / （二）推进农业生产智能化"


def test_standalone_heads_still_read(plan):
    assert _outline(plan)[0] == ("一、发展基础", ["（一）发展现状", "（二）面临形势"])


def test_enumerated_sentences_with_figures_stay_paragraphs(plan):
    chapter = list(plan.chapters())[2]
    assert chapter.sections == []
    assert [p.text[:9] for p in chapter.preamble] == ["（一）2025年，", "（二）2035年，"]


def test_a_list_restarting_under_a_section_is_not_sections(plan):
    chapter = list(plan.chapters())[3]
    assert [s.heading.label for s in chapter.sections] == ["（一）加强组织领导"]
    assert [p.text[:10] for p in chapter.sections[0].paragraphs][1:] == ["（一）强化统筹协调。", "（二）加大资金投入。"]


def test_counts(plan):
    assert (len(list(plan.chapters())), len(list(plan.sections()))) == (4, 6)


@pytest.mark.parametrize("line", [
    "（一）坚持党的全面领导，加强统筹。要把党的领导贯穿始终。",  # a clause break: a sentence
    "（二）达到7.8%。数字经济核心产业增加值占比提高。",              # a figure
    "（三）好。做好工作。",                                          # a word, not a head
    "（四）强化保障",                                                # standalone: no body
])
def test_not_a_runin_head(line):
    assert match_runin_heading(line) is None


def test_head_closed_by_a_colon():
    runin = match_runin_heading("（一）指导思想：以新发展理念为引领。")
    assert (runin.heading.title, runin.body) == ("指导思想", "以新发展理念为引领。")


def test_one_runin_line_alone_is_no_structure():
    lines = ["一、任务", "（一）建设信息网络。加快建设。", "二、保障"]
    assert runin_sections(lines, lambda i: i in (0, 2)) == {}


def test_runin_sections_under_numbered_chapters_without_sections():
    text = ("某市数字经济发展规划\n\n第一章　总体要求\n\n（一）指导思想。坚持新发展理念。\n\n（二）发展目标。"
            "到2025年数字经济占比明显提高。\n\n第二章　主要任务\n\n加快发展。\n")
    doc = parse_document(text, plan_id="t")
    assert _outline(doc) == [("第1章 总体要求", ["（一）指导思想", "（二）发展目标"]), ("第2章 主要任务", [])]


def test_runin_items_under_numbered_sections_are_not_read():
    text = ("某市规划\n\n第一章　总体要求\n\n第一节　指导思想\n\n（一）坚持创新。创新是第一动力。\n\n"
            "（二）坚持协调。协调是内在要求。\n")
    doc = parse_document(text, plan_id="t")
    assert _outline(doc) == [("第1章 总体要求", ["第1节 指导思想"])]
    assert len(list(doc.sections())[0].paragraphs) == 2


def test_heading_with_a_subtitle_after_a_colon_is_no_runin_head():
    text = ("某某指引\n\n一、总体功能\n\n（一）数据流通：开放普惠的数据流通\n\n建立数据流通机制。\n\n"
            "（二）算力供给：多元异构的算力协同\n\n推进算力协同。\n")
    doc = parse_document(text, plan_id="t")
    [chapter] = doc.chapters()
    assert [(s.heading.title, [p.text for p in s.paragraphs]) for s in chapter.sections] == [
        ("数据流通：开放普惠的数据流通", ["建立数据流通机制。"]), ("算力供给：多元异构的算力协同", ["推进算力协同。"])]
