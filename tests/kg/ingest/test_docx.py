"""kg.ingest.formats.docx: Word's automatic heading numbers are read, as Word prints them."""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_file
from kg.ingest.read import read_source
from tests.kg.ingest.word_numbering import numbered_docx

BODY = [
    ("p", "某县国民经济和社会发展第十四个五年规划纲要"),
    ("h1", "总体要求"),
    ("h2", "发展基础"),
    ("h3", "主要成就"),
    ("item", "经济实力显著增强。"),
    ("item", "城乡面貌焕然一新。"),
    ("h3", "面临形势"),
    ("p", "发展仍面临不少挑战。"),
    ("h2", "总体思路"),
    ("p", "坚持稳中求进工作总基调。"),
    ("h1", "产业发展"),
    ("h2", "建设现代产业体系"),
    ("h3", "壮大制造业"),
    ("item", "做大做强新材料产业。"),
]


def test_word_numbered_headings_give_the_tree(tmp_path):
    path = numbered_docx(tmp_path / "plan.docx", BODY, heading_levels=[
        ("chineseCounting", "第%1篇", None), ("chineseCounting", "第%2章", 0), ("chineseCounting", "第%3节", None)])
    doc = parse_file(path)
    assert [p.heading.label for p in doc.parts] == ["第1篇 总体要求", "第2篇 产业发展"]
    # Chapters are numbered through the plan (lvlRestart 0); sections restart in every chapter.
    assert [c.heading.label for c in doc.chapters()] == ["第1章 发展基础", "第2章 总体思路", "第3章 建设现代产业体系"]
    assert [[s.heading.label for s in c.sections] for c in doc.chapters()] == [
        ["第1节 主要成就", "第2节 面临形势"], [], ["第1节 壮大制造业"]]
    items = [p.text for p in doc.paragraphs() if p.kind == "item"]
    assert items == ["1. 经济实力显著增强。", "2. 城乡面貌焕然一新。", "1. 做大做强新材料产业。"]
    assert doc.warnings == []


def test_word_outline_numbering_without_parts(tmp_path):
    body = [(kind.replace("h2", "h1").replace("h3", "h2"), text) for kind, text in BODY if kind != "h1"]
    path = numbered_docx(tmp_path / "district.docx", body, heading_levels=[
        ("chineseCounting", "%1、", None), ("chineseCounting", "（%2）", None)])
    doc = parse_file(path)
    assert doc.parts == []
    assert [c.heading.label for c in doc.chapters()] == ["一、发展基础", "二、总体思路", "三、建设现代产业体系"]
    assert [s.heading.label for s in doc.sections()] == ["（一）主要成就", "（二）面临形势", "（一）壮大制造业"]


def test_docx_without_numbering_reads_as_before(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("第一章 总则")
    document.add_paragraph("建设新城。")
    document.save(str(tmp_path / "plain.docx"))
    assert read_source(tmp_path / "plain.docx").text == "第一章 总则\n建设新城。"


def test_box_framed_as_a_one_cell_table(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in ("第一章　产业发展", "第一节　制造业", "做强工业。"):
        document.add_paragraph(text)
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "专栏1　重点项目"
    cell.add_paragraph("新材料产业园。总投资50亿元。")
    cell.add_paragraph("物流园。总投资5亿元。")
    document.add_paragraph("加快园区建设。")
    document.save(str(tmp_path / "plan.docx"))
    doc = parse_file(tmp_path / "plan.docx")
    [box] = doc.boxes()
    assert [i.name for i in box.items] == ["新材料产业园", "物流园"]
    assert [p.text for p in next(doc.sections()).paragraphs] == ["做强工业。", "加快园区建设。"]


def test_box_set_as_a_word_table_with_a_merged_title_row(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某县国民经济和社会发展第十四个五年规划纲要")
    document.add_paragraph("第一章 交通强县")
    document.add_paragraph("加快交通建设。")
    table = document.add_table(rows=5, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "专栏1 重大交通项目"
    table.cell(2, 0).merge(table.cell(2, 2)).text = "（一）公路项目"
    rows = {1: ["项目名称", "建设内容", "总投资（亿元）"], 3: ["某某高速公路", "新建高速公路80公里", "120"],
            4: ["某某大桥", "新建大桥1座", "8"]}
    for r, cells in rows.items():
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_paragraph("第二章 城乡建设")
    document.add_paragraph("推进新型城镇化。")
    document.save(str(tmp_path / "box.docx"))
    [box] = parse_file(tmp_path / "box.docx").boxes()
    assert box.heading.label == "专栏1 重大交通项目"
    assert [(i.name, i.group) for i in box.items] == [("某某高速公路", "（一）公路项目"), ("某某大桥", "（一）公路项目")]
    assert box.items[0].paragraph.text == "某某高速公路：建设内容为新建高速公路80公里，总投资为120亿元。"
