"""Indicator tables of a web page's text export, on an invented plan (tests/data/gapped-cells-plan.txt).

表1 prints one cell per paragraph, rows told apart from cells only by more blank lines between them (a cell
broken by <br> by fewer), its “十五五”目标 caption spanning the 2030年 / 年均［累计］ row under it
(:mod:`kg.ingest.gappedrows`); 表2, printed alike, lists projects and yields no indicator. 专栏1 prints one
cell per line, a row a paragraph, the first row's 序号 in a paragraph of its own, 〔 〕 five-year totals and a
unit holding a bracket (万套（间）).
"""
from __future__ import annotations

import pytest

from kg.ingest.gappedrows import retab
from kg.ingest.parse import parse_file
from tests.conftest import DATA

PLAN = DATA / "gapped-cells-plan.txt"


@pytest.fixture(scope="module")
def doc():
    return parse_file(PLAN, plan_id="gapped")


def _rows(doc, title):
    return [i for i in doc.indicators if title in (i.table or "")]


def test_gapped_rows_read_with_the_spanning_caption(doc):
    rows = _rows(doc, "表1")
    assert [(i.name, i.unit, i.target.raw, i.growth.raw, i.attribute) for i in rows] == [
        ("地区生产总值年均增速", "%", "—", "6左右", "预期性"),
        ("森林覆盖率", "%", "＞62", "—", "约束性"),
        ("城镇污水集中收集率提升幅度", "%", "85左右", "—", "预期性"),  # a cell broken by <br>: one cell
        ("新增保障性住房", "万套（间）", "—", "［2—3］", "预期性"),
    ]
    assert {i.target_year for i in rows} == {2030}
    assert [c.column for c in rows[0].cells] == ["“十五五”目标·2030年", "“十五五”目标·年均［累计］"]


def test_a_project_table_printed_alike_is_no_indicator_table(doc):
    assert not [i for i in doc.indicators if "项目" in (i.table or "") or i.name in ("县城污水厂", "城南公园")]
    assert len(doc.indicators) == 8


def test_box_rows_with_a_lone_number_and_five_year_totals(doc):
    rows = _rows(doc, "专栏1")
    assert [(i.name, i.unit, i.base.raw, i.target.raw, i.attribute) for i in rows] == [
        ("老旧小区改造数量", "个", "〔120〕", "〔80〕", "约束性"),  # its 序号 a paragraph of its own
        ("新增保障性租赁住房", "万套（间）", "〔2.5〕", "〔3—4〕", "预期性"),
        ("商办楼宇更新数量", "栋", "/", "〔15〕", "预期性"),
        ("公园绿地服务半径覆盖率", "％", "82.5", "90", "预期性"),
    ]
    assert (rows[0].base.qualifier, rows[0].target.qualifier, rows[0].target.value) == ("cumulative", "cumulative", 80)
    assert (rows[0].base_year, rows[0].target_year) == (2025, 2030)


@pytest.mark.parametrize("gaps", [(4, 4), (0, 4)])
def test_cells_and_rows_set_apart_alike_are_no_gapped_table(gaps):
    cell, row = gaps
    pad = lambda n: [" "] * n
    lines = ["序号", *pad(cell), "指标", *pad(cell), "2030年", *pad(row), "1", *pad(cell), "森林覆盖率", *pad(cell),
             "62", *pad(row), "2", *pad(cell), "城镇化率", *pad(cell), "70"]
    assert retab(lines, 0) is None
