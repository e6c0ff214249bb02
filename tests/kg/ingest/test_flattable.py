"""Lane table27: annex tables printed one cell per paragraph (kg.ingest.flattable), and a Roman letter repeated down a
table's column kept as its cell, not dropped as a page number (kg.ingest.lines.page_number_lines)."""
from __future__ import annotations

from pathlib import Path

from kg.ingest.flattable import read_flat_tables
from kg.ingest.lines import page_number_lines
from kg.ingest.read import read_source
from tests.conftest import DATA

PLAN = DATA / "qa-table27-plan.md"


def _texts(path: Path) -> list[str]:
    return [line.strip() for line in read_source(path).text.split("\n") if line.strip()]


def test_a_project_list_and_a_zone_table_are_read_with_their_titles():
    texts = _texts(PLAN)
    projects, zones = read_flat_tables(texts)
    assert texts[projects.title] == "某区2027年城市更新试点项目清单"
    assert projects.header[0] == "序号" and projects.header[-2] == "预估项目投资(亿元)" and len(projects.header) == 8
    assert [r.key for r in projects.rows] == ["1", "2", "3", "4"]
    assert projects.rows[3].cells == ("北港泵站雨水管改造工程", "北港镇", "市政基础设施", "北港镇人民政府", "乙方市政设计院",
                                      "0.3", "900m")
    # a unit printed under its caption joins it; a 范围 cell broken after 、 is one cell; the X cells are kept
    assert zones.header == ("区域", "范围", "房屋重置单价（元/㎡）", "土地使用权基价（元/㎡）")
    assert zones.rows[0].cells == ("东湖街道、西山镇（环山路以东）、南桥街道", "X", "3100")
    assert texts[zones.note].startswith("注：X为房屋重置单价")


def test_an_indicator_table_is_no_annex_table():
    texts = ["序号", "指标名称", "属性", "目标值", "1", "森林覆盖率", "约束性", "20", "2", "绿道长度", "预期性", "50"]
    assert read_flat_tables(texts) == []


def test_rows_that_do_not_fill_the_columns_are_no_table():
    texts = ["序号", "项目名称", "建设单位", "投资", "1", "甲工程", "2", "乙工程", "3", "丙工程"]
    assert read_flat_tables(texts) == []


def test_a_letter_repeated_down_a_column_is_no_page_number():
    lines = ["正文。", "ii", "一", "甲镇", "X", "2900", "二", "乙镇", "X", "2440", "三", "丙镇", "X", "1820"]
    assert page_number_lines(lines) == {1}


def test_read_source_keeps_the_x_cells():
    text = read_source(PLAN).text.split("\n")
    assert text.count("X") == 3
