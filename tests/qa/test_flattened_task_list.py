"""A 行动计划's 任务清单 flattened one cell per paragraph (header cells split in two, year columns 2025年工作项目 /
2026年计划 / 2027年计划, unit cells printed once for a 主要方向's rows), on an invented three-year plan: a year's cell
of the row the question names, a row's lead unit (its own, or its 主要方向's merged one), cited; traps: a year whose
cell prints no figure (the three-year total must not stand in), a year past the list."""
from __future__ import annotations

import pytest

from qa.values.tasklist import task_rows
from tests.conftest import DATA

PLAN = DATA / "qa-flattened-task-list-plan.md"


def test_rows_read_with_their_year_cells(plan):
    years, columns, rows = task_rows(plan.kb_of(), None)
    assert years == [2025, 2026, 2027] and columns == ["牵头部门", "配合部门", "实施主体"]
    assert [r.number for r in rows] == [1, 2, 3, 4]
    assert [len(rows[3].years[y]) for y in years] == [2, 1, 2]  # a cell going on after 「；」, a 「注：」 joined


@pytest.mark.parametrize("question, value, not_value", [
    ("2026年滨江绿道新建改建计划完成多少公里？", "40公里", "120公里"),
    ("2025年滨江绿道要新建改建多少公里？", "50公里", "40公里"),
    ("到2027年滨江绿道新建改建多少公里？", "30公里", "120公里"),
    ("2026年新建口袋公园多少个？", "35个", "90个"),
    ("2025年青溪铁路沿线绿化提升多少公里？", "10公里", "45公里"),
])
def test_year_cell_of_the_named_row(plan, question, value, not_value):
    a = plan.ask(question)
    said = a.answer.split("（任务清单")[0]  # the value said; the row named after it prints the three years' total
    assert a.found and value in said and not_value not in said, a.answer
    assert any(value in c.text for c in a.citations)


@pytest.mark.parametrize("question", ["2027年计划新建多少个口袋公园？", "2027年新建口袋公园要达到多少个？"])
def test_year_cell_without_a_figure_refused(plan, question):
    a = plan.ask(question)
    assert not a.found and "没有给出具体数字" in a.answer and "持续推进口袋公园养护" in a.answer, a.answer


def test_year_past_the_list_gets_no_cell(plan):
    a = plan.ask("2028年滨江绿道新建改建多少公里？")
    assert "30公里" not in a.answer and "40公里" not in a.answer and "50公里" not in a.answer, a.answer


@pytest.mark.parametrize("question, unit, cell", [
    ("完成滨江绿道新建改建这项任务是哪个处牵头？", "绿化处", "绿化处"),
    ("口袋公园适老化改造由哪个部门牵头？", "公园处", "公园处"),  # merged: the 主要方向's first row prints it
    ("提升青溪铁路沿线绿化的牵头部门是谁？", "林业处", "林业处"),
])
def test_lead_unit_of_a_row(plan, question, unit, cell):
    a = plan.ask(question)
    assert a.found and f"牵头部门：{unit}" in a.answer, a.answer
    assert any(c.text.strip() == cell for c in a.citations), a.citations
