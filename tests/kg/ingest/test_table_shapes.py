"""Indicator tables of other shapes (issue 11, classes 4 and 8), on invented tables.

A table reporting a period's outcome beside its targets (指标 / 2010年 / 2015年 over 规划目标 and
实现情况 / 年均增长 over the same two) in Markdown, HTML and Word with one or two header rows:
each column's caption composed from its header rows, target and actual kept apart, group rows
(经济发展) the categories of the rows under them, 〔 〕 cells cumulative, the title and the note
under the table kept; an unread table row keeps its cell boundaries; a table of tasks with a
完成情况 column is no indicator table.
"""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_document, parse_file
from tests.conftest import DATA

PLAN = DATA / "qa-outcome-table-plan.md"


def _rows(doc):
    return [(i.number, i.name, i.unit, i.category, i.base.raw, i.target.raw, i.actual.raw, i.growth.raw,
             i.actual_growth.raw) for i in doc.indicators]


EXPECTED = [
    (1, "地区生产总值", "亿元", "经济发展", "300", "480", "512.6", "10", "11.3"),
    (2, "一般公共预算收入", "亿元", "经济发展", "20", "32", "35.1", "10", "11.9"),
    (3, "高新技术产业增加值", "亿元", "经济发展", "40", "70", "64.5", "12", "10.1"),
    (4, "城镇新增就业", "万人", "民生改善", "—", "〔10〕", "〔12.4〕", "—", "—"),
    (5, "城镇居民人均可支配收入", "元", "民生改善", "18000", "28000", "27600", "9", "8.9"),
    (6, "森林覆盖率", "%", "民生改善", "58", ">60", "61.2", "〔2〕", "〔3.2〕"),
]


@pytest.fixture(scope="module")
def md_doc():
    return parse_file(PLAN, plan_id="outcome")


def test_two_header_rows_in_markdown(md_doc):
    assert _rows(md_doc) == EXPECTED
    first = md_doc.indicators[0]
    assert (first.base_year, first.target_year, first.actual_year) == (2010, 2015, 2015)
    assert [(c.column, c.year, c.status, c.growth) for c in first.cells] == [
        ("2010年", 2010, "actual", False), ("2015年·规划目标", 2015, "target", False),
        ("2015年·实现情况", 2015, "actual", False), ("年均增长（%）·规划目标", None, "target", True),
        ("年均增长（%）·实现情况", None, "actual", True)]
    assert md_doc.indicators[3].actual.qualifier == "cumulative" and md_doc.indicators[3].actual.value == 12.4


def test_title_columns_and_note_kept(md_doc):
    [table] = md_doc.tables
    assert table.title == "表1 “十二五”规划主要指标完成情况"
    assert table.columns[2] == "2015年·规划目标" and len(table.rows) == 6
    assert [n.text for n in table.notes] == ["注：2015年数据为快报数；〔 〕内为五年累计数。"]
    assert all(i.table == table.title for i in md_doc.indicators)


def test_row_sentences_keep_each_cell_under_its_column(md_doc):
    text = md_doc.indicators[0].paragraph.text
    assert text == ("经济发展类指标1 地区生产总值（亿元）：2010年为300；2015年·规划目标为480；2015年·实现情况为512.6；"
                    "年均增长（%）·规划目标为10；年均增长（%）·实现情况为11.3。")


def test_one_header_row_naming_both_words():
    text = "\n".join([
        "第一章 发展基础", "", "“十二五”信息化发展基本情况", "",
        "指　标\t规划目标 2015年\t规划目标 年均增长（%）\t实现情况 2015年\t实现情况 年均增长（%）",
        "总体发展水平\t\t\t\t",
        "1.信息化发展指数\t>79\t—\t72.45\t—",
        "信息基础设施\t\t\t\t",
        "2.网民数量（亿）\t8.5\t13.2\t6.88\t8.5",
        "3.互联网国际出口带宽（Tbps）\t6.5\t42.7\t3.8\t37.5",
    ])
    doc = parse_document(text, plan_id="one-row")
    assert [(i.number, i.name, i.category, i.target.raw, i.growth.raw, i.actual.raw, i.actual_growth.raw)
            for i in doc.indicators] == [
        (1, "信息化发展指数", "总体发展水平", ">79", "—", "72.45", "—"),
        (2, "网民数量", "信息基础设施", "8.5", "13.2", "6.88", "8.5"),
        (3, "互联网国际出口带宽", "信息基础设施", "6.5", "42.7", "3.8", "37.5")]
    assert doc.tables[0].title == "“十二五”信息化发展基本情况"
    # 6.5 and 42.7 stay two cells: no figure 6.542 in any paragraph
    assert not any("6.542" in p.text for p in doc.paragraphs())


def test_html_with_rowspan_and_colspan(tmp_path):
    rows = "".join(f"<tr><td>{n}</td>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>"
                   for n, *vals in [("地区生产总值（亿元）", "300", "480", "512.6", "10", "11.3"),
                                    ("城镇新增就业（万人）", "—", "〔10〕", "〔12.4〕", "—", "—")])
    page = ("<html><head><title>青溪市规划</title></head><body><article><h1>青溪市“十三五”规划</h1>"
            "<p>第一章 发展基础</p><p>“十二五”时期，全市经济社会发展取得显著成效，主要指标完成情况如下表，"
            "这一段正文足够长，让正文提取器把这里当作主要内容。</p><p>“十二五”主要指标完成情况</p>"
            "<table><tr><th rowspan='2'>指标</th><th rowspan='2'>2010年</th><th colspan='2'>2015年</th>"
            "<th colspan='2'>年均增长（%）</th></tr><tr><th>规划目标</th><th>实现情况</th><th>规划目标</th>"
            f"<th>实现情况</th></tr>{rows}</table><p>注：2015年数据为快报数。</p>"
            "<p>第二章 发展目标</p><p>到2020年，地区生产总值达到800亿元，这一段也是正文的一部分。</p></article></body></html>")
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    doc = parse_file(path, plan_id="html")
    # no group rows and no printed numbers here: the rows are numbered in order, with no category
    assert [row[1:3] + row[4:] for row in _rows(doc)] == [row[1:3] + row[4:] for row in (EXPECTED[0], EXPECTED[3])]
    assert [n.text for n in doc.tables[0].notes] == ["注：2015年数据为快报数。"]


def test_word_with_merged_cells(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("第一章 发展基础")
    document.add_paragraph("“十二五”主要指标完成情况")
    table = document.add_table(rows=5, cols=6)
    head = ["指标", "2010年", "2015年", "", "年均增长（%）", ""]
    sub = ["", "", "规划目标", "实现情况", "规划目标", "实现情况"]
    for c, text in enumerate(head):
        table.cell(0, c).text = text
    for c, text in enumerate(sub):
        if text:
            table.cell(1, c).text = text
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(0, 2).merge(table.cell(0, 3))
    table.cell(0, 4).merge(table.cell(0, 5))
    group = table.cell(2, 0).merge(table.cell(2, 5))
    group.text = "经济发展"
    for r, (number, name, unit, _, *values) in ((3, EXPECTED[0]), (4, EXPECTED[1])):
        for c, text in enumerate([f"{number}.{name}（{unit}）", *values]):
            table.cell(r, c).text = text
    document.add_paragraph("注：2015年数据为快报数。")
    path = tmp_path / "plan.docx"
    document.save(path)
    doc = parse_file(path, plan_id="word")
    assert _rows(doc) == EXPECTED[:2]
    assert doc.tables[0].columns[3] == "2015年·实现情况"


def test_a_task_table_with_a_completion_column_is_no_indicator_table():
    text = "\n".join(["第一章 重点任务", "", "任务\t牵头单位\t完成情况",
                      "建设智慧城市平台\t市数据局\t已完成", "推进老旧小区改造\t市住建局\t推进中"])
    doc = parse_document(text, plan_id="tasks")
    assert doc.indicators == [] and doc.tables == []
    # the rows are kept as paragraphs, each cell apart from the next
    assert any(p.text == "建设智慧城市平台 | 市数据局 | 已完成" for p in doc.paragraphs())


def test_rows_of_measures_named_by_position():
    # no 指标 in the header: the first column names the rows because they hold measures with units and figures
    text = "\n".join(["第一章 发展目标", "", "内容\t现状值\t目标值\t年均增长",
                      "常住人口（万人）\t52\t55\t1.2%", "森林覆盖率（%）\t58\t60\t〔2〕"])
    doc = parse_document(text, plan_id="measures")
    assert [(i.name, i.unit, i.base.raw, i.target.raw, i.growth.raw) for i in doc.indicators] == [
        ("常住人口", "万人", "52", "55", "1.2%"), ("森林覆盖率", "%", "58", "60", "〔2〕")]
    words = "\n".join(["第一章 重点任务", "", "内容\t现状\t目标\t进度", "智慧城市\t起步\t建成\t推进中", "数字乡村\t试点\t推广\t推进中"])
    assert parse_document(words, plan_id="words").indicators == []
