"""Indicator tables flattened one cell per paragraph (a portal page's table as its text extraction prints
it: every cell a line between blank lines, rows not delimited), on an invented plan.

Rows anchored on their 序号; a 类目/板块 caption printed once for its group left to the rows after it (before
or after the number); a 「其中 X」 row under a numbered row its sub-row, values right-aligned, unit and group
inherited; a cell spilled past a row's end dropped with a warning; a value equal to the next 序号 no anchor;
the last row's end found when the text after the table is short; a “十三五” caption dated by its plan's end.
"""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_file
from kg.ingest.table import find_tables
from tests.conftest import DATA

PLAN = DATA / "qa-flattened-tables-plan.md"


@pytest.fixture(scope="module")
def doc():
    return parse_file(PLAN, plan_id="flat")


def _rows(doc, title):
    table = next(t for t in doc.tables if title in (t.title or ""))
    by_id = {i.paragraph.id: i for i in doc.indicators}
    return [by_id[r] for r in table.rows]


def test_completion_table_rows(doc):
    rows = _rows(doc, "表1")
    assert [(i.name, i.unit, i.category, i.target.raw, i.actual.raw) for i in rows] == [
        ("新建供水管网", "公里", "供水保障", "40", "52.5"),
        ("主干管网", "公里", "供水保障", "12", "15.2"),
        ("供水普及率", "%", "供水保障", "99", "99.6"),
        ("节水器具", "户", "供水保障", "3000", "3"),  # its 2020 value 3 is no 序号
        ("雨污混接改造", "处", "排水治理", "200", "260"),
        ("污水收集率", "%", "排水治理", "90", "92.5%"),
        ("泵站改造", "座", "排水治理", "8", "8"),
    ]
    assert any("past its end dropped" in w for w in doc.warnings)


def test_target_table_rows_with_group_caption_before_the_number(doc):
    rows = _rows(doc, "表2")
    assert [(i.name, i.category, i.base.raw, i.target.raw) for i in rows] == [
        ("新建供水管网", "供水", "52.5", "30"),
        ("主干管网", "供水", "15.2", "10"),
        ("供水普及率", "供水", "99.6", "100"),
        ("雨污混接改造", "排水", "260", "150"),
        ("污水收集率", "排水", "92.5", "95以上"),
        ("新建调蓄池", "排水", "/", "6"),  # its target 6 is no next 序号; the heading after it no cell
    ]


def test_plan_number_captions_dated(doc):
    t1, t2 = find_tables(PLAN.read_text(encoding="utf-8").split("\n"))
    assert (t1.target_year, t1.actual_year) == (2020, 2020)
    assert (t2.base_year, t2.target_year) == (2020, 2025)


def test_table_cells_are_no_prose_and_the_note_is_kept(doc):
    prose = {p.text for p in doc.paragraphs() if p.kind == "prose"}
    assert not prose & {"节水器具", "约束性", "52.5", "其中 主干管网"}
    assert any("节水器具指标按户计" in t for t in prose)
    assert next(t for t in doc.tables if "表1" in (t.title or "")).notes


def _flat(*paragraphs: str) -> list[str]:
    """Paragraphs as a portal's converter prints them: one a paragraph, blank lines between."""
    return "\n\n".join(paragraphs).split("\n")


def test_type_column_beside_attribute_is_the_group_and_unit_caption_read():
    # 序号/类型/指标名称/指标单位/2025年目标值/属性: 类型 is the rows' group (printed once per group),
    # 指标单位 their unit; the 附件 heading after the last row is no cell of it
    lines = _flat("附件1：", "某区园林绿化“十四五”规划指标", "序号", "类型", "指标名称", "指标单位", "2025年目标值", "属性",
                  "1", "绿地建设", "新增公园数", "座", "12", "约束性",
                  "2", "新增绿道长度", "公里", ">40", "预期性",
                  "3", "管理服务", "古树名木挂牌率", "％", "100", "预期性",
                  "附件2：", "某区园林绿化重点项目清单", "序号", "项目名称", "1", "滨河公园")
    [table] = find_tables(lines)
    assert table.columns["category"] == 1 and table.columns["unit"] == 3 and table.columns["attribute"] == 5
    assert [r for _, r in table.rows] == [
        ["1", "绿地建设", "新增公园数", "座", "12", "约束性"],
        ["2", "绿地建设", "新增绿道长度", "公里", ">40", "预期性"],
        ["3", "管理服务", "古树名木挂牌率", "％", "100", "预期性"]]
    assert not table.warnings
    assert lines[table.end:].index("附件2：") >= 0 and "附件2：" not in lines[:table.end]


def test_type_column_without_attribute_column_stays_the_attribute():
    lines = _flat("序号", "指标名称", "单位", "2025年", "类型", "1", "城镇新增就业", "万人", "3", "预期性",
                  "2", "耕地保有量", "万亩", "≥20", "约束性")
    [table] = find_tables(lines)
    assert table.columns["attribute"] == 4
    assert [r[4] for _, r in table.rows] == ["预期性", "约束性"]


def test_cell_broken_over_two_lines_is_one_cell():
    # a “十五五”目标 cell the converter broke in two (与全市增速 / 保持同步) keeps its row whole
    lines = _flat("某县“十五五”经济社会发展主要指标", "序号", "指标名称", "单位", "属性", "“十五五”目标",
                  "1", "地区生产总值年均增速", "%", "预期性", "与全省增速\n基本同步",
                  "2", "数字经济核心企业数", "家", "预期性", "1200左右",
                  "3", "森林覆盖率", "%", "约束性", "≥45")
    [table] = find_tables(lines)
    assert [r for _, r in table.rows] == [
        ["1", "地区生产总值年均增速", "%", "预期性", "与全省增速基本同步"],
        ["2", "数字经济核心企业数", "家", "预期性", "1200左右"],
        ["3", "森林覆盖率", "%", "约束性", "≥45"]]
    assert table.target_year == 2030


@pytest.mark.parametrize("head, tail", [("指标", "属性"), ("指标", "性质")])
def test_attribute_caption_broken_over_two_paragraphs_is_one_column(head, tail):
    # 指标 / 属性 under a header that already names its rows (指标名称): one caption (指标属性) broken in two,
    # so the rows a merged 类别 leaves one cell short still fit the header
    lines = _flat("某区排水设施“十五五”规划指标表", "序号", "类别", "指标名称", head, tail, "2025年", "现状值",
                  "2030年", "目标值",
                  "1", "排水", "雨水泵站达标率（%）", "预期性", "80", "90",
                  "2", "污水管网覆盖率（%）", "约束性", "95", "≥98",
                  "3", "河道", "河道疏浚完成率（%）", "预期性", "60", "100",
                  "4", "生态岸线比例（%）", "约束性", "40", "＞55",
                  "注：〔〕为累计数。", "一、总体要求")
    [table] = find_tables(lines)
    assert table.header[3] == head + tail and table.columns["attribute"] == 3
    assert [r for _, r in table.rows] == [
        ["1", "排水", "雨水泵站达标率（%）", "预期性", "80", "90"],
        ["2", "排水", "污水管网覆盖率（%）", "约束性", "95", "≥98"],
        ["3", "河道", "河道疏浚完成率（%）", "预期性", "60", "100"],
        ["4", "河道", "生态岸线比例（%）", "约束性", "40", "＞55"]]
    assert not table.warnings


def test_name_and_attribute_columns_printed_as_indicator_and_attribute_stay_two():
    # 序号 / 指标 / 属性: 指标 names the rows itself (no 指标名称 before it) — two columns, not one caption
    lines = _flat("序号", "指标", "属性", "2025年", "2030年",
                  "1", "绿化覆盖率（%）", "预期性", "40", "42",
                  "2", "污水处理率（%）", "约束性", "97", "99")
    [table] = find_tables(lines)
    assert table.columns["name"] == 1 and table.columns["attribute"] == 2
    assert [r[1] for _, r in table.rows] == ["绿化覆盖率（%）", "污水处理率（%）"]
