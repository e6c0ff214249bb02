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


TWO_VALUES = DATA / "attribute-closed-two-values-plan.txt"


def test_rows_of_two_value_columns_closed_by_their_attribute():
    # 指标名称 / 2025年 / 2030年 / 指标性质, no 序号: a name broken over lines or with its unit under it, a value's
    # period under it (on its own paragraph or the value's), a new indicator's base left as —
    rows = [(i.name, i.unit, i.base.raw if i.base else None, i.target.raw, i.attribute)
            for i in parse_file(TWO_VALUES).indicators]
    assert rows == [("林地保有量", "公顷", "5120", "≥5200", "约束性"),
                    ("年均新增造林面积", "公顷", "80（2021年-2025年）", "100左右", "预期性"),
                    ("森林抚育面积", "公顷", "—", "600", "预期性"),
                    ("林业有害生物成灾率", "‰", "0.8（2025年较2020年下降）", "力争低于0.5（2030年）", "预期性")], rows


def test_two_value_rows_answer(engine_for):
    engine = engine_for(TWO_VALUES)
    a = engine.ask("林地保有量到2030年是多少，属于什么性质的指标？")
    assert a.found and "5200" in a.answer and "约束性" in a.answer, a.answer
    a = engine.ask("林地保护主要指标里约束性指标有几项？")
    assert a.found and "1" in a.answer, a.answer
