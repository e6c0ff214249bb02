"""An indicator table flattened one cell per paragraph with its 类别 after the 序号 and a cell broken over two
paragraphs (「经济发展」/「指标」, 「高于全市」/「平均水平」, 「微克/」/「立方米」, lane probe19a): the pieces are one cell and every
row is read; a number asked in its unit (「多少微克/立方米」) of a target printed in words is not given."""
from __future__ import annotations

import pytest

from kg.ingest.table import find_tables
from tests.conftest import DATA

PLAN = DATA / "probe19a-broken-cells-plan.txt"


def test_rows_read_with_broken_cells_joined():
    [table] = find_tables(PLAN.read_text("utf-8").split("\n"))
    rows = [cells for _, cells in table.rows]
    assert len(rows) == 6
    assert rows[0][1] == "经济发展指标" and rows[2][5] == "高于全市平均水平" and rows[4][3] == "微克/立方米"
    assert [r[4] for r in rows] == ["预期性", "预期性", "预期性", "预期性", "约束性", "约束性"]


@pytest.mark.parametrize("question, value", [
    ("工业增加值2030年要达到多少亿元？", "1500"),
    ("每万人口发明专利拥有量的目标是多少？", "60"),
    ("研发经费投入强度的目标是什么？", "高于全市平均水平"),
    ("森林覆盖率目标定的多少？", "20"),
])
def test_row_values(engine_for, question, value):
    a = engine_for(PLAN).ask(question)
    assert a.found and value in a.answer, a.answer


def test_count_of_indicators(engine_for):
    a = engine_for(PLAN).ask("主要指标表一共有几项指标？")
    assert a.found and "6" in a.answer, a.answer


def test_binding_rows_listed(engine_for):
    a = engine_for(PLAN).ask("哪些指标是约束性的？")
    labels = a.answer + "".join(i.label for i in a.items)
    assert a.found and "细颗粒物年均浓度" in labels and "森林覆盖率" in labels and "工业增加值" not in labels, a.answer


@pytest.mark.parametrize("question", [
    "细颗粒物年均浓度的目标是多少微克/立方米？",
    "细颗粒物年均浓度到2030年要降到多少微克/立方米？",
])
def test_number_in_a_unit_of_a_worded_target_is_not_given(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert not a.found and "完成市下达目标" in a.answer, a.answer


def test_target_asked_without_a_unit_is_its_words(engine_for):
    a = engine_for(PLAN).ask("细颗粒物年均浓度的目标是什么？")
    assert a.found and "完成市下达目标" in a.answer, a.answer
