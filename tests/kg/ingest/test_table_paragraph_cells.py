"""Indicator tables flattened one cell per paragraph (a portal page's table as its text extraction prints
it: every cell a line between blank lines, rows not delimited), on an invented plan.

Rows anchored on their 序号; a 类目/板块 caption printed once for its group left to the rows after it (before
or after the number); a 「其中 X」 row under a numbered row its sub-row, values right-aligned, unit and group
inherited; a cell spilled past a row's end dropped with a warning; a value equal to the next 序号 no anchor;
the last row's end found when the text after the table is short; a “十三五” caption dated by its plan's end.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.parse import parse_file
from kg.ingest.table import find_tables

PLAN = Path(__file__).resolve().parents[2] / "data" / "qa-flattened-tables-plan.md"


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
