"""The targets export (目标与指标) of a plan whose indicator table reports the period before beside its
targets (2015年 over 规划目标 / 实现情况): the outcome columns are there, each row's actual kept apart
from its target; a plan reporting no outcomes gets no empty outcome columns."""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from webui.targets import ACTUAL_COLUMNS, target_table, write_table

PLAN = DATA / "qa-outcome-table-plan.md"


@pytest.fixture(scope="module")
def table(engine_for):
    engine = engine_for(PLAN)
    return target_table(engine, engine.plan_ids[0])


def test_targets_export_has_the_outcome_columns(table):
    assert [h for h, _ in ACTUAL_COLUMNS] == ["实现年份", "实现值", "实际年均增长"]
    assert all(h in table.headers for h, _ in ACTUAL_COLUMNS), table.headers
    rows = {r["名称"]: r for r in (dict(zip(table.headers, row)) for row in table.rows) if r["类型"] == "指标"}
    gdp = rows["地区生产总值"]
    assert (gdp["目标值"], gdp["实现值"], gdp["实现年份"]) == ("480", "512.6", "2015"), gdp
    assert (gdp["年均增长"], gdp["实际年均增长"]) == ("10", "11.3"), gdp
    assert rows["森林覆盖率"]["实际年均增长"] == "〔3.2〕", rows["森林覆盖率"]


@pytest.mark.parametrize("fmt, suffix", [("CSV", ".csv"), ("Excel", ".xlsx")])
def test_outcome_columns_written_in_both_formats(table, tmp_path, fmt, suffix):
    path = write_table(table, fmt, tmp_path, "targets")
    if fmt == "CSV":
        header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    else:
        from openpyxl import load_workbook

        header = [c.value for c in load_workbook(path).active[2]]
    assert path.suffix == suffix and "实现值" in header and "实际年均增长" in header


def test_a_plan_without_outcomes_gets_no_outcome_columns(ui_engine):
    plain = target_table(ui_engine, ui_engine.plan_ids[0])
    assert not any(h in plain.headers for h, _ in ACTUAL_COLUMNS), plain.headers


def test_a_prose_target_exported_with_where_it_starts(engine_for):
    """「常住人口城镇化率由50.2%提高到56%」: the row's 基期值 is 50.2%, not empty."""
    engine = engine_for(DATA / "qa-figures-county-plan.txt")
    table = target_table(engine, engine.plan_ids[0])
    rows = [dict(zip(table.headers, row)) for row in table.rows]
    (row,) = [r for r in rows if "城镇化率" in r["名称"] and r["类型"] != "指标" and r["目标值"] == "56%"]
    assert (row["基期值"], row["目标年份"]) == ("50.2%", "2025"), row
