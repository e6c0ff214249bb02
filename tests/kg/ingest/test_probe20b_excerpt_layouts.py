"""Layouts met in the unread parts of two 十五五 纲要 (bench/regression/probe20b), on invented text:

* an excerpt of an outline plan opening at 七、 (its parts 一、–六、 left out) — the parts are still the chapters,
  numbered as printed, not glued to the title;
* 1. heads with a level below them printed 「1.1标题。」 (closed by 。, the body on the next line) — the 1. heads are the
  sections;
* glossary entries closing their term with 。 instead of a colon (「1、“园区贷”。指……」, 「2、XYZ平台。一种……」).
"""
from __future__ import annotations

from kg.ingest.glossary import parse_glossary
from kg.ingest.layouts.outline import outline_start
from kg.ingest.parse import parse_document

EXCERPT = "\n".join([
    "某市国民经济和社会发展第十五个五年规划纲要", "",
    "  七、建设创新高地", "", " ", "  加快建设科创中心。", "",
    "  1.强化基础研究", "", " 1.1优化研究组织。", "实施长周期资助。", "",
    "1.2布局前沿技术。", "发展量子科技。", "",
    "  2.促进成果转化", "", " 2.1建设转化平台。", "到2030年技术合同成交额突破5000亿元。", "",
    "  八、深化改革开放", "", "  1.扩大制度型开放", "", " 1.1对接国际规则。", "深化试点。", "",
    "  2.优化营商环境", "", " 2.1完善监管。", "推行信用监管。", "",
    "  九、完善基础设施", "", "  1.建设交通网络", "", " 1.1建设轨道交通。", "到2030年运营里程达到900公里。", "",
    "  2.保障能源供应", "", " 2.1建设电网。", "实施输变电工程。", "",
])


def test_an_excerpt_opening_at_its_seventh_part_keeps_its_parts_as_chapters():
    doc = parse_document(EXCERPT, plan_id="excerpt")
    assert doc.title == "某市国民经济和社会发展第十五个五年规划纲要"
    chapters = list(doc.chapters())
    assert [(c.heading.number, c.heading.title) for c in chapters] == [
        (7, "建设创新高地"), (8, "深化改革开放"), (9, "完善基础设施")]
    assert [s.heading.title for s in chapters[0].sections] == ["强化基础研究", "促进成果转化"]
    para = next(p for p in doc.paragraphs() if "900公里" in p.text)
    assert para.path.section is not None and para.path.section.title == "建设交通网络"


def test_a_lone_later_enumerator_opens_no_excerpt():
    # 「三、」 then 「五、」: no run in order, so nothing says the text is an excerpt.
    assert outline_start(["某县规划", "三、加强管理", "正文。", "五、强化保障"]) == 1
    assert outline_start(["某县规划", "七、建设高地", "八、深化改革"]) == 1  # two in order are not enough


def test_glossary_terms_closed_by_a_full_stop():
    lines = ["1、“园区贷”。指面向园区企业的贷款。", "", "2、XYZ平台。一种数据交换平台。", "",
             "3、“两张网”。指“一网通办”和“一网统管”。"]
    entries = parse_glossary(lines, 0)
    assert [(e.number, e.name) for e in entries] == [(1, "园区贷"), (2, "XYZ平台"), (3, "两张网")]
    assert entries[0].definition == "指面向园区企业的贷款。"


def test_an_unnumbered_sentence_is_no_glossary_entry():
    # Only a number makes 「term。」 an entry: a sentence of text ending in 。 is not one.
    assert parse_glossary(["加快推进建设。后续工作另行安排：略。"], 0) == []


def test_a_decimal_head_closed_by_a_full_stop_is_one_paragraph_with_its_body():
    # 「1.1标题。」 on its own line, the body on the next: the head titles the body, as a run-in head would.
    doc = parse_document(EXCERPT, plan_id="excerpt")
    texts = [p.text for p in doc.paragraphs()]
    assert "1.1优化研究组织。实施长周期资助。" in texts
    assert "1.2布局前沿技术。发展量子科技。" in texts
    assert not any(t == "1.1优化研究组织。" for t in texts)
