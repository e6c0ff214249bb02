"""A 类别 ending in 性 (强韧性, 高品质性) is no attribute cell: a table one cell per paragraph whose 属性 column
stands between names and values reads every row, not only those before the first such group (examiner 17's
黄浦 plan read 8 of its 12 rows, 强韧性 taken for an attribute)."""
from __future__ import annotations

from kg.ingest.parse import parse_file
from tests.conftest import DATA


def test_every_row_is_read_past_a_group_word():
    doc = parse_file(DATA / "paragraph-cells-group-words-plan.txt")
    rows = [(i.number, i.name, i.target.raw, i.attribute, i.category) for i in doc.indicators]
    assert rows == [(1, "口袋公园数量", "12", "预期性", "高品质"), (2, "社区食堂数量", "40", "预期性", "高品质"),
                    (3, "海绵城市建设面积比", "80", "约束性", "强韧性"), (4, "老旧供水管网改造", "6", "预期性", "强韧性"),
                    (5, "人防工程维修数量", "30", "预期性", "强韧性")], rows


def test_a_row_after_the_group_answers(engine_for):
    a = engine_for(DATA / "paragraph-cells-group-words-plan.txt").ask("人防工程维修数量到2030年要达到多少？")
    assert a.found and "30" in a.answer, a.answer
