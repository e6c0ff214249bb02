"""一、 outline numbering as the part level above 第N章 chapters (older national and city plans):
a part heading counts only where the layout supports it, never a numbered paragraph."""
from __future__ import annotations

import pytest

from kg.ingest.front import toc_span
from kg.ingest.layouts.outlineparts import outline_parts
from kg.ingest.parse import parse_document, parse_file
from tests.conftest import DATA


def _tree(doc):
    return [(p.heading.label, [c.heading.number for c in p.chapters]) for p in doc.parts]


@pytest.fixture(scope="module")
def markdown_plan():
    return parse_file(DATA / "outline-parts-plan.md")


@pytest.fixture(scope="module")
def text_plan():
    return parse_file(DATA / "outline-parts-plan.txt")


def test_parts_marked_or_plain_above_chapters(markdown_plan):
    # 一、 is a ## heading over ### chapters; 二、 and 三、 are plain lines a chapter heading follows.
    assert _tree(markdown_plan) == [("一、主要任务和发展目标", [1, 2]), ("二、产业结构和产业政策", [3, 4]),
                                    ("三、教育发展及其政策", [5, 6])]
    assert markdown_plan.warnings == []
    assert [len(c.sections) for c in markdown_plan.chapters()] == [0, 0, 2, 1, 0, 1]


def test_introduction_before_the_first_part_is_the_preface(markdown_plan):
    # 总论 (绪论) heads the preface; it is not glued to the title.
    assert [(p.kind, p.text) for p in markdown_plan.preface[:2]] == [
        ("title", "某某省国民经济和社会发展第七个五年计划（摘要）"), ("title", "总论")]


def test_numbered_paragraphs_stay_paragraphs(markdown_plan):
    ch2 = list(markdown_plan.chapters())[1]
    texts = [p.text for p in ch2.preamble]
    assert "一、提高产品质量。" in texts and "二、降低物质消耗" in texts
    # The 1986 genre's （一） lines under a chapter with no 节 are not sections.
    assert "（一）工农业总产值" in texts


def test_part_paths_and_ids(markdown_plan):
    para = next(p for p in markdown_plan.paragraphs() if p.text.startswith("粮食产量"))
    assert str(para.path) == "二、产业结构和产业政策 / 第3章 农业 / 第1节 基本任务和目标"
    assert para.id == "ch03-s1-p01"


def test_toc_lists_the_parts_that_open_with_a_preamble(text_plan):
    # 二、 and 三、 have a preamble before their first chapter: only the TOC nesting supports them.
    assert _tree(text_plan) == [("一、主要任务和发展目标", [1, 2]), ("二、地区布局和地区经济发展", [3, 4]),
                                ("三、人民生活和社会保障", [5])]
    assert text_plan.parts[1].preamble[0].text.startswith("全市地区经济的发展")
    assert text_plan.parts[1].preamble[0].id == "pt02-p01"
    # The list closing chapter 2 stays in it, even numbered 二、 just before a part.
    ch2 = list(text_plan.chapters())[1]
    assert [p.text for p in ch2.preamble] == ["一、提高产品质量。", "二、降低物质消耗。"]


def test_toc_with_outline_parts_is_skipped_whole():
    # 一、 and 第一章 are both chapter-like entries: the TOC must not end at 第一章.
    lines = ["目录", "一、发展目标", "第一章 总体要求……3", "二、产业发展", "第二章 农业……9",
             "一、发展目标", "第一章　总体要求", "正文。"]
    assert toc_span(lines) == (0, 5)


def test_list_before_a_chapter_is_not_a_part():
    text = ("某县计划\n\n第一章　总体要求\n\n一、坚持改革\n\n二、坚持开放\n\n第二章　农业\n\n"
            "一、稳定粮食生产\n\n第三章　工业\n\n发展轻工业。\n")
    doc = parse_document(text, plan_id="t")
    assert doc.parts == [] and len(list(doc.chapters())) == 3


def test_a_single_candidate_makes_no_part_level():
    text = "某县计划\n\n一、总体要求\n\n第一章　指导思想\n\n坚持发展。\n\n第二章　主要目标\n\n增长6%。\n"
    assert parse_document(text, plan_id="t").parts == []


def test_first_part_must_hold_the_first_chapter():
    lines = ["第一章　总体要求", "正文。", "一、发展目标", "第二章　农业", "二、产业发展", "第三章　工业"]
    assert outline_parts(lines) == {}


def test_part_must_open_with_a_chapter_not_a_section():
    lines = ["一、发展目标", "第一章　总体要求", "二、产业发展", "第一节　农业", "第二章　工业"]
    assert outline_parts(lines) == {}


def test_numbered_parts_win_over_outline_numbers():
    lines = ["第一篇　总体", "一、发展目标", "第一章　总体要求", "二、产业发展", "第二章　农业"]
    assert outline_parts(lines) == {}


def test_markup_below_the_chapters_gives_no_support():
    # ### 二、 under ## chapters is a sub-heading, not a part; nothing else supports it.
    lines = ["一、发展目标", "第一章　总体要求", "正文。", "二、产业发展", "正文。", "第二章　农业"]
    assert outline_parts(lines, {1: 2, 3: 3, 5: 2}) == {}
    assert sorted(outline_parts(lines, {0: 1, 1: 2, 3: 1, 5: 2})) == [0, 3]


def test_sections_numbered_outline_under_chapters_of_outline_parts():
    # Chapters without 节, sections （一）, parts 一、 (a city plan of the 1990s).
    text = ("某市计划\n\n一、发展目标\n\n第一章　总体要求\n\n（一）指导思想\n\n坚持发展。\n\n（二）主要目标\n\n"
            "增长6%。\n\n二、产业发展\n\n第二章　农业\n\n（一）种植业\n\n稳定粮食生产。\n")
    doc = parse_document(text, plan_id="t")
    assert _tree(doc) == [("一、发展目标", [1]), ("二、产业发展", [2])]
    assert [[s.heading.label for s in c.sections] for c in doc.chapters()] == [
        ["（一）指导思想", "（二）主要目标"], ["（一）种植业"]]


def test_part_run_together_with_its_first_chapter_by_pdf_extraction():
    text = ("某省第七个五年计划\n\n一、主要任务　　第一章　主要任务\n\n保持稳定增长。\n\n第二章　经济效益\n\n提高经济效益。\n\n"
            "二、教育发展及其政策　　第三章　基础教育\n\n普及初中教育。\n")
    doc = parse_document(text, plan_id="t")
    assert _tree(doc) == [("一、主要任务", [1, 2]), ("二、教育发展及其政策", [3])]
    assert doc.parts[1].heading.line == doc.parts[1].chapters[0].heading.line == 11


def test_a_sibling_with_a_preamble_needs_no_support_of_its_own():
    # Plain text, no TOC: 二、 has a preamble before its chapter, between parts a chapter follows.
    text = ("某市第七个五年计划\n\n一、主要任务\n\n第一章　主要任务\n\n保持稳定增长。\n\n二、地区布局\n\n"
            "要正确处理东部、西部的关系。\n\n第二章　东部地区\n\n加快发展。\n\n三、人民生活\n\n第三章　人口\n\n控制人口。\n")
    doc = parse_document(text, plan_id="t")
    assert _tree(doc) == [("一、主要任务", [1]), ("二、地区布局", [2]), ("三、人民生活", [3])]
    assert doc.parts[1].preamble[0].text == "要正确处理东部、西部的关系。"


def test_the_family_needs_its_first_part_supported():
    lines = ["一、发展目标", "导语。", "第一章　总体要求", "正文。", "二、产业发展", "第二章　农业", "三、民生", "第三章　人口"]
    assert outline_parts(lines) == {}
