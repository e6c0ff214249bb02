"""Headings a newspaper's OCR runs together with nothing between them: a table of contents run into
lines of several entries (its 目录 line into its first entry, its last entry into the 前言 after it),
a 篇 title line holding its first chapter's title, a chapter title run on from its number with an
OCR comma in it. The table of contents is never body; each heading is one heading."""
from __future__ import annotations

import pytest

from kg.ingest.layouts.runtogether import split_headings
from kg.ingest.parse import parse_file
from tests.conftest import DATA


@pytest.fixture(scope="module")
def plan():
    return parse_file(DATA / "layout13-ocr-news-plan.txt")


def test_every_chapter_once_under_its_part(plan):
    assert [(p.heading.number, [c.heading.number for c in p.chapters]) for p in plan.parts] == [
        (1, [1, 2]), (2, [3, 4, 5]), (3, [6])]


def test_table_of_contents_is_skipped_whole(plan):
    assert any("lines 4-7: table of contents skipped" in w for w in plan.warnings)
    assert not [w for w in plan.warnings if "was expected" in w or "kept as text" in w]


def test_preface_after_the_run_on_contents(plan):
    assert plan.title == "某某市国民经济和社会发展第十个五年计划纲要"
    assert [p.text for p in plan.preface][-1].startswith("过去五年")


def test_chapter_titles_with_a_comma_run_on_from_the_number(plan):
    chapters = {c.heading.number: c for c in plan.chapters()}
    assert chapters[4].heading.title.replace(" ", "") in ("工业,建筑业", "工业，建筑业")
    assert [s.heading.number for s in chapters[4].sections] == [1, 2]
    assert chapters[6].heading.title.replace(" ", "") in ("强化实施,加强监督", "强化实施，加强监督")


def test_a_sentence_opening_with_a_chapter_number_stays_text(plan):
    chapters = {c.heading.number: c for c in plan.chapters()}
    assert any("第三章所列项目" in p.text for p in chapters[4].sections[1].paragraphs)


@pytest.mark.parametrize("line,pieces", [
    ("第二篇产业发展第三章农业", ["第二篇产业发展", "第三章农业"]),
    ("第3篇 保障措施第6章 强化实施", ["第3篇 保障措施", "第6章 强化实施"]),
    ("第五章服务业第一节发展旅游业", ["第五章服务业", "第一节发展旅游业"]),
    ("第一章发展基础第二章指导思想第二篇产业发展", ["第一章发展基础", "第二章指导思想", "第二篇产业发展"]),
    ("第八章实施保障第九章组织领导序言", ["第八章实施保障", "第九章组织领导", "序言"]),
    ("目录前言", ["目录", "前言"]),
    ("目 录第一章总则", ["目 录", "第一章总则"]),
])
def test_run_together_headings_split(line, pieces):
    assert split_headings(line) == pieces


@pytest.mark.parametrize("line", [
    "第一章 落实第三章任务",          # a title naming another chapter: numbers out of order
    "第二章发展第二节所列产业",        # a section 2 straight under its chapter: out of order
    "第五章服务业第一节",             # a marker with no title
    "第三章所列项目，由第四章负责。",  # a sentence
    "某某工作序言",                   # no heading at all
    "目录编制说明",
])
def test_lines_that_are_not_run_together_headings(line):
    assert split_headings(line) == [line]
