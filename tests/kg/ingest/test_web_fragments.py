"""A portal page exported as text sets every inline element on a paragraph of its own: footnote
superscripts split sentences, 专栏 headings come as 专栏 / 6 / “ / 5+2+4 / ”…行动 (set 14: 广州 十五五纲要
built 0 专栏). kg/ingest/fragments.py joins them back at ingestion."""
from __future__ import annotations

import pytest

from kg.ingest.fragments import join_fragments
from kg.ingest.parse import parse_file
from tests.conftest import DATA


@pytest.fixture(scope="module")
def doc():
    return parse_file(DATA / "web_fragments_plan.txt")


def test_split_box_headings_are_boxes_with_their_whole_titles(doc):
    boxes = [(b.heading.number, b.heading.title) for b in doc.boxes()]
    assert boxes == [("1", "“十五五”时期主要指标"), ("4", "未来产业发展重点领域、重点平台"),
                     ("6", "“5+2+4”国际知名商圈建设行动"), ("10", "重点领域碳达峰行动")]


def test_split_box_keeps_its_body(doc):
    box = next(b for b in doc.boxes() if b.heading.number == "4")
    assert any("具身智能创新园" in p.text for p in box.paragraphs)


def test_footnote_numbers_no_longer_split_sentences(doc):
    texts = [p.text for c in doc.chapters() for p in c.preamble]
    assert any("“四个出新出彩”，进一步增强城市能级量级" in t and "“1312”思路举措，深入实施" in t for t in texts)
    assert any("多模态大模型、垂类大模型和智能体，培育" in t for t in texts)


@pytest.mark.parametrize("text", [
    "万元/人\n\n28\n\n36\n\n预期性",           # a table's number cells
    "　　全面完成任务。\n\n1\n\n，进一步。",       # a sentence already closed: a page number, not a footnote
    "　　建设重点项目\n\n2\n\n，推进。",           # not the first footnote of the running count
    "专栏\n\n里的项目要落实。",                    # the word 专栏 alone, no number under it
    "2025年基准\n\n2030年目标\n\n1\n\n人均公园绿地面积",  # a table's caption, then its first row's 序号
])
def test_other_lone_numbers_stay(text):
    assert join_fragments(text) == text


def test_footnote_after_a_paragraphs_opening_words():
    text = "　　加快发展量子科技\n\n1\n\n产业。推动量子科技产业创新中心建设。"
    assert join_fragments(text).split("\n")[-1] == "　　加快发展量子科技产业。推动量子科技产业创新中心建设。"


def test_footnote_on_a_line_of_its_own_without_blank_lines():
    # wrapping would otherwise run the number on to the sentence (…现代化产业体系4)
    from kg.ingest.cleanup import clean_text
    text = "　　系统谋划建设“12218”现代化产业体系\n1\n，制造业立市根基更加厚实，建成一批骨干项目。"
    assert "现代化产业体系，制造业立市根基更加厚实" in clean_text(text)
