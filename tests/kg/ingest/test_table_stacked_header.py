"""Indicator tables whose header is printed over two or three rows and flattened cell by cell, on an invented
plan (tests/data/stacked-header-tables-plan.md) in the two layouts a portal's text extraction gives them.

* One cell per line, rows apart by blank lines (「“十四五” / 完成值 / “十五五” / 目标值」 under one caption
  each): a five-year plan's caption joined with the word under it, a 一级指标 / 二级指标 pair naming each row
  by its 二级指标, the 一级 cell and the 类别 cell merged from the row above left empty, an empty value cell
  printed as nothing (a blank line), a target stated in words (「至2026年底，全面启动…；2027年…」).
* One cell per paragraph under a 专栏 title (「指标值」 over 「现状 / 近期规划」 over 「（2025年） / （2030年）」):
  each bracketed year given to the caption above it, the caption spanning them dropped, a row name with a
  long bracketed remark still a cell, a value equal to the next 序号 no row.
"""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_file
from kg.ingest.table import find_tables
from tests.conftest import DATA

PLAN = DATA / "stacked-header-tables-plan.md"


@pytest.fixture(scope="module")
def tables():
    return find_tables(PLAN.read_text(encoding="utf-8").split("\n"))


@pytest.fixture(scope="module")
def doc():
    return parse_file(PLAN, plan_id="stacked")


def _table(doc, title):
    table = next(t for t in doc.tables if title in (t.title or ""))
    by_id = {i.paragraph.id: i for i in doc.indicators}
    return [by_id[r] for r in table.rows]


def test_both_tables_found(tables):
    assert len(tables) == 2
    first, second = tables
    assert (first.actual_year, first.target_year) == (2025, 2030)
    assert (second.base_year, second.target_year) == (2025, 2030)


def test_plan_period_captions_joined_and_second_level_names_the_rows(doc):
    rows = _table(doc, "主要指标表")
    assert [(i.category, i.name, i.unit, i.attribute, i.actual.raw, i.target.raw) for i in rows] == [
        ("宜居城区", "旧住房成套改造任务", "万平方米", "预期性", "25", "1.4"),
        ("宜居城区", "老旧小区整治改造面积", "万平方米", "预期性", "240", "300"),
        ("宜居城区", "推动城中村改造项目数量", "个", "约束性", "启动8个城中村整体改造项目",
         "至2026年底，全面启动城中村整体改造项目，全面完成整治提升；2027年全面完成前期改造"),
        ("活力城区", "低效产业用地盘活面积", "亩", "预期性", "≥2000", "≥5000"),
        ("活力城区", "老旧街区改造数量", "个", "预期性", "", "≥5"),  # its 一级 cell merged, its 十四五 cell empty
        ("安全城区", "燃气老化管道改造数量", "公里", "约束性", "355", "421"),
    ]


def test_bracketed_years_go_to_the_captions_above(doc):
    rows = _table(doc, "专栏1")
    assert [(i.category, i.name, i.attribute, i.base.raw, i.target.raw) for i in rows] == [
        ("发展规模", "建设用地总规模", "约束性", "41.2", "41.1"),
        ("公共服务", "养老床位数占老年人口比例", "约束性", "/", "2.5"),
        ("公共服务", "新建建筑的绿色建筑达标率（重点地区公共建筑按绿建二星及以上标准，其他建筑按绿建一星及以上标准）",
         "约束性", "100", "100"),
        ("公共服务", "满足消防响应时间", "约束性", "/", "5分钟覆盖区超80%"),
        ("城市经济", "新增科技型企业孵化器", "预期性", "/", "6"),  # its target 6 is no next 序号
        ("城市经济", "河湖水面率", "约束性", "3.8", "3.9"),
        ("城市经济", "全社会研发经费支出相当于地区生产总值比例", "预期性", "3.7", "4.1左右"),
    ]
    assert {(i.base_year, i.target_year) for i in rows} == {(2025, 2030)}


def test_headings_after_the_tables_are_no_cells(doc):
    titles = [c.heading.title for c in doc.chapters()]
    assert any("重点任务" in t for t in titles) and any("行动任务" in t for t in titles)
    prose = {p.text for p in doc.paragraphs() if p.kind == "prose"}
    assert not prose & {"预期性", "421", "河湖水面率", "（2030年）"}


def test_rows_of_a_box_table_are_the_boxes_and_listed_once(doc):
    [box] = [b for c in doc.chapters() for b in c.boxes]
    assert [p.id for p in box.paragraphs] == [i.paragraph.id for i in _table(doc, "专栏1")]
    ids = [p.id for p in doc.paragraphs()]
    assert len(ids) == len(set(ids))
