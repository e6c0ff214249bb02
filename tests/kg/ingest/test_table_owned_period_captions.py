"""A flattened indicator table whose value captions name their place over their period, each piece a
paragraph (青林 / “十四五” / 现状, 青林 / “十五五” / 指标), on invented text.

The pieces make one caption each; a period's 指标 column holds its targets; a row one cell short (an index
with no unit) keeps its name; a name opening with a figure and a unit symbol (2000㎡以上…) is a name.
"""
from __future__ import annotations

from kg.document import HeadingPath
from kg.ingest.table import build_indicators, find_tables

CELLS = ["青林镇“十五五”生态建设主要指标", "序号", "指标名称", "单位", "属性", "青林", "“十四五”", "现状", "青林",
         "“十五五”", "指标",
         "1", "湿地保护率", "%", "约束性", "52", "55",
         "2", "水鸟多样性指数", "预期性", "－", "0.7",
         "3", "2000㎡以上绿地300米服务半径覆盖率", "%", "预期性", "90", "96"]


def _indicators():
    lines = "\n\n".join(CELLS).split("\n") + ["", "四、主要任务。这是正文的一段话，说明规划的任务。"]
    [table] = find_tables(lines)
    return table, build_indicators(table, path=HeadingPath())


def test_place_and_period_make_one_caption_each():
    table, _ = _indicators()
    assert table.header[-2:] == ["青林“十四五”现状", "青林“十五五”指标"]
    assert table.target_year == 2030


def test_rows_read_with_their_attribute_base_and_target():
    table, rows = _indicators()
    assert [(i.name, i.unit, i.attribute, i.base.raw, i.target.raw) for i in rows] == [
        ("湿地保护率", "%", "约束性", "52", "55"),
        ("水鸟多样性指数", None, "预期性", "－", "0.7"),
        ("2000㎡以上绿地300米服务半径覆盖率", "%", "预期性", "90", "96"),
    ]
    assert not table.warnings
