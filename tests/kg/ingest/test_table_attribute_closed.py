"""An indicator table one cell per paragraph with no 序号 column, each row closed by its 属性 cell (约束性 /
预期性[1]), a 类别 printed once before its rows and a value broken over two paragraphs (完成区级 / 下达任务) —
read row by row (kg/ingest/attributerows.py; examiner 17's 松江 plan read 0 of its 7 rows)."""
from __future__ import annotations

from kg.ingest.parse import parse_file
from tests.conftest import DATA

PLAN = DATA / "attribute-closed-rows-plan.txt"


def test_rows_closed_by_their_attribute():
    doc = parse_file(PLAN)
    rows = [(i.name, i.target.raw, i.attribute, i.category, i.target_year) for i in doc.indicators]
    assert rows == [("化学需氧量排放总量减少", "完成区级下达任务", "约束性", "污染减排", 2030),
                    ("城市生活污水集中收集率", "85", "预期性", "污染减排", 2030),
                    ("中心城区绿色出行比例", "75", "预期性", "绿色出行", 2030),
                    ("新增公共充电桩覆盖率", "100", "预期性", "绿色出行", 2030)], rows


def test_a_project_table_printed_alike_is_no_indicator_table():
    names = {i.name for i in parse_file(PLAN).indicators}
    assert not names & {"滨河公园", "北湖湿地", "项目名称"}, names


def test_answers_from_the_rows(engine_for):
    engine = engine_for(PLAN)
    a = engine.ask("中心城区绿色出行比例到2030年要达到多少？")
    assert a.found and "75" in a.answer, a.answer
    a = engine.ask("城市生活污水集中收集率是约束性还是预期性指标？")
    assert a.found and "预期性" in a.answer, a.answer
    a = engine.ask("主要指标一共有几项？")
    assert a.found and "4" in a.answer, a.answer
