"""An indicator table flattened one cell per paragraph right under its numbered title (「2.主要指标」,
「（二）主要指标」), with captions broken over two lines (「指标」/「属性」, 「基准值」/「（2020年）」) and values
printed with their unit on the next line (「36.40」/「平方公里」), as a district plan copied from a web page
prints it (invented snippets). The title is the table's title, never its first caption; a caption ending in
属性 is the attribute column though it starts with 指标; 基准值 is the base; a second 目标值 column with its
own year (2035年) is a further horizon's targets, kept beside the first."""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_document

_TABLE = ("序号\n\n指标名称\n\n指标\n属性\n\n基准值\n（2020年）\n\n目标值\n（2025年）\n\n目标值\n（2035年）\n\n"
          "1\n\n防洪堤达标率\n\n预期性\n\n52％\n\n≥80％\n\n100％\n\n"
          "2\n\n河湖蓝线面积\n\n约束性\n\n36.40\n平方公里\n\n38.15\n平方公里\n\n41.60\n平方公里\n\n"
          "3\n\n污水处理率\n\n约束性\n\n93％\n\n≥98％\n\n100％\n\n")


@pytest.mark.parametrize("title", ["2.主要指标", "（二）主要指标", "2、主要指标", "表1　主要指标"])
def test_a_numbered_title_over_a_flattened_table_is_its_title(title):
    text = (f"某区防洪“十四五”规划\n\n一、发展目标\n\n（一）总体目标\n\n建成防洪体系。\n\n{title}\n\n{_TABLE}"
            "二、主要任务\n\n加固堤防。\n")
    doc = parse_document(text, plan_id="t")
    rows = [(i.name, i.attribute, i.base.raw, i.target.raw) for i in doc.indicators]
    assert rows == [("防洪堤达标率", "预期性", "52％", "≥80％"), ("河湖蓝线面积", "约束性", "36.40平方公里", "38.15平方公里"),
                    ("污水处理率", "约束性", "93％", "≥98％")], doc.warnings
    assert [i.unit for i in doc.indicators][1] == "平方公里"
    assert [(i.base_year, i.target_year) for i in doc.indicators] == [(2020, 2025)] * 3
    # the further horizon's column is the row's too: a cell of its own, and said in the row's sentence
    area = doc.indicators[1]
    assert [(c.year, c.value.value, c.status) for c in area.cells] == [(2020, 36.4, "actual"), (2025, 38.15, "target"),
                                                                      (2035, 41.6, "target")]
    assert "目标值（2035年）为41.60平方公里" in area.paragraph.text
