"""kg.ingest.glossary: the 名词解释 back matter."""
from __future__ import annotations

import pytest

from kg.document import HeadingPath
from kg.ingest.glossary import is_glossary_heading, parse_glossary, term_name
from kg.ingest.parse import parse_document

SEED_TERMS = [
    "三高四新战略", "园区强基", "数字政府", "双随机、一公开", "夜间经济", "四个不摘", "两不愁三保障",
    "三线一单", "枫桥经验", "甩挂运输", "无车承运人", "135工程升级版", "水十条", "上云、用数、赋智",
    "数字农业",
]


def test_seed_glossary(seed_doc):
    assert [t.name for t in seed_doc.glossary] == SEED_TERMS
    assert [t.number for t in seed_doc.glossary] == list(range(1, 16))
    assert [t.paragraph.id for t in seed_doc.glossary] == [f"gl-{n:02d}" for n in range(1, 16)]
    assert {t.paragraph.kind for t in seed_doc.glossary} == {"term"}
    assert {t.paragraph.path for t in seed_doc.glossary} == {HeadingPath()}


def test_seed_definitions(seed_doc):
    terms = {t.name: t for t in seed_doc.glossary}
    assert terms["三高四新战略"].definition.startswith("中共湖南省委十一届十二次全会提出")
    assert terms["数字政府"].definition.startswith("指在现代计算机")  # ASCII colon
    assert terms["135工程升级版"].definition.startswith("“135工程”是湖南省委")
    assert terms["上云、用数、赋智"].paragraph.text.startswith("14.“上云、用数、赋智”：")


def test_glossary_is_not_in_the_last_section(seed_doc):
    last = list(seed_doc.sections())[-1]
    assert not any("三高四新" in p.text for p in last.paragraphs)


@pytest.mark.parametrize("line", ["名词解释", "名 词 解 释", "名\u3000词\u3000解\u3000释", "附：名词解释", "\t名词解释："])
def test_heading_variants(line):
    assert is_glossary_heading(line)


@pytest.mark.parametrize("line", ["名词解释见附件。", "本章名词解释", "名词"])
def test_not_headings(line):
    assert not is_glossary_heading(line)


@pytest.mark.parametrize(
    "printed, name",
    [("“两山”理念", "两山理念"), ("“135”工程升级版", "135工程升级版"), ("「链长制」", "链长制"), ("飞地经济", "飞地经济")],
)
def test_term_name(printed, name):
    assert term_name(printed) == name


def test_entry_variants_and_continuations():
    lines = [
        "说明：以下按出现顺序排列。",
        "1.“两山”理念：指绿水青山就是金山银山。",
        "２．链长制:指由县级领导担任产业链链长的机制，",
        "统筹推进产业链招商。",
        "“飞地”经济：指异地合作建园、分享税收。",
        "4、河长制：指由各级党政负责人担任河长。",
    ]
    entries = parse_glossary(lines, 0)
    assert [(e.number, e.name) for e in entries] == [(1, "两山理念"), (2, "链长制"), (None, "飞地经济"), (4, "河长制")]
    assert entries[1].definition == "指由县级领导担任产业链链长的机制，统筹推进产业链招商。"
    assert entries[1].line == 2


def test_glossary_in_a_plan_stops_at_a_chapter():
    doc = parse_document(
        "第1章 总则\n\n发展。\n\n名 词 解 释\n\n1.“链长制”：指产业链链长机制。\n\n第2章 保障\n\n加强保障。\n",
        plan_id="t",
    )
    [term] = doc.glossary
    assert (term.name, term.paragraph.id, term.paragraph.line) == ("链长制", "gl-01", 7)
    assert [p.text for p in list(doc.chapters())[1].preamble] == ["加强保障。"]


def test_mini_plan_glossary(mini_doc):
    assert [(t.number, t.name) for t in mini_doc.glossary] == [(1, "两山理念"), (2, "链长制"), (3, "飞地经济")]


def test_back_matter_after_the_glossary_is_not_a_definition():
    doc = parse_document(
        "第1章 总则\n\n发展。\n\n名词解释\n\n1.“链长制”：指产业链链长机制。\n\n附表：重大项目表\n", plan_id="t"
    )
    [term] = doc.glossary
    assert term.definition == "指产业链链长机制。"
    assert [p.text for p in next(doc.chapters()).preamble] == ["发展。"]
    assert [p.text for p in doc.closing] == ["附表：重大项目表"]  # back matter, not the last chapter's
    assert doc.warnings == []


def test_text_after_the_glossary_stays_under_the_last_heading():
    doc = parse_document("第1章 总则\n\n发展。\n\n名词解释\n\n1.“链长制”：指产业链链长机制。\n\n另行印发。\n",
                         plan_id="t")
    assert [p.text for p in next(doc.chapters()).preamble] == ["发展。", "另行印发。"]
    assert doc.warnings == ["line 9: text after the glossary kept under the last heading"]
