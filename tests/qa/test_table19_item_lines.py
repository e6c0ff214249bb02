"""An indicator table flattened one cell per paragraph (序号 / 指标名称 / 单位 / 属性 / 2030年目标) where one row's
target is given per sub-item, one 「item：figure」 a line in a single paragraph (lane table19): the lines are one
cell and the rows after it are read, not the table cut at that row."""
from __future__ import annotations

import pytest

from kg.ingest.table import find_tables
from tests.conftest import DATA

PLAN = DATA / "table19-item-lines-plan.md"


def test_every_row_read_past_the_item_lines():
    [table] = find_tables(PLAN.read_text("utf-8").split("\n"))
    rows = [cells for _, cells in table.rows]
    assert len(rows) == 8
    assert rows[1][4] == "智能网联汽车：800亿元；生命健康：600亿元；绿色能源：450亿元"
    assert rows[2][1] == "全社会研发经费支出相当于地区生产总值比例"
    assert [r[3] for r in rows].count("约束性") == 3


@pytest.mark.parametrize("question, value", [
    ("松溪的技术合同成交额，到2030年的目标是多少亿元？", "260"),
    ("技术合同成交额目标是多少？", "260"),
    ("每万人口高价值发明专利拥有量到2030年要达到多少件？", "45"),
    ("单位生产总值生产安全事故死亡率的2030年目标是多少？", "0.021"),
    ("生活垃圾资源化利用率要达到多少？", "85"),
])
def test_rows_after_the_item_lines_answer(engine_for, question, value):
    a = engine_for(PLAN).ask(question)
    assert a.found and value in a.answer, a.answer


def test_attribute_of_a_row_after_the_item_lines(engine_for):
    a = engine_for(PLAN).ask("单位生产总值生产安全事故死亡率是约束性还是预期性指标？")
    assert a.found and "约束性" in a.answer, a.answer


@pytest.mark.parametrize("question", ["主要指标表里约束性指标有几项？", "约束性指标一共多少个？"])
def test_count_of_binding_rows(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and "3" in a.answer, a.answer


def test_row_the_table_lacks_is_refused(engine_for):
    # trap: the table has no 新增高层次人才数 row; no other row's figure may stand in for it
    a = engine_for(PLAN).ask("新增高层次人才数到2030年的目标是多少人？")
    assert not a.found, a.answer
