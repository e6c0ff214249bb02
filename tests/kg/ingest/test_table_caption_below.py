"""An indicator table flattened one cell per line straight under the prose that introduces it (no blank
line between the sentence and the first caption 「序号」), its rows apart by blank lines, and its caption
printed UNDER the rows (「“十五五”主要发展指标」), as a district special plan copied from a portal page
prints it (invented snippet in that layout). The rows are indicators with their 属性 and target, the
caption below is the table's title (never a row, never a heading of the text after it), and its period
dates the bare 「“十五五”目标」 column."""
from __future__ import annotations

from pathlib import Path

from kg.ingest.parse import parse_document
from kg.ingest.table import find_tables

_TEXT = ("某区绿化“十五五”规划\n\n一、发展目标\n"
         "至“十五五”末，公园城市价值逐步凸显，市容环境综合治理效能进一步强化。\n"
         "序号\n指标名称\n属性\n单位\n“十五五”目标\n\n"
         "1\n人均公园绿地面积\n约束性\n平方米\n11.5\n\n"
         "2\n森林覆盖率\n约束性\n%\n≥20.1\n\n"
         "3\n绿道长度\n预期性\n公里\n增加25\n\n"
         "“十五五”主要发展指标\n二、重点任务\n（一）加快公园建设\n新增绿道25公里。\n")


def test_a_header_right_under_a_sentence_starts_the_table():
    doc = parse_document(_TEXT, plan_id="t")
    rows = [(i.name, i.attribute, i.unit, i.target.raw) for i in doc.indicators]
    assert rows == [("人均公园绿地面积", "约束性", "平方米", "11.5"), ("森林覆盖率", "约束性", "%", "≥20.1"),
                    ("绿道长度", "预期性", "公里", "增加25")], doc.warnings


def test_the_caption_under_the_rows_titles_the_table_and_dates_its_targets():
    doc = parse_document(_TEXT, plan_id="t")
    assert [i.target_year for i in doc.indicators] == [2030] * 3
    assert {i.table for i in doc.indicators} == {"“十五五”主要发展指标"}


def test_a_title_line_under_the_sentence_stays_the_title_over_the_header():
    # probeI's 闵行 plan: 「…宜居安居现代化主城区和新质生产力主阵地。」 then 「主要指标表」 then its captions: the title line is
    # no caption (a header read from it takes the title as a column and reads one row)
    plan = Path(__file__).resolve().parents[3] / "bench" / "regression" / "probeI" / "plans" / "minhang-urban-renewal-15th-2026.md"
    [table] = find_tables(plan.read_text("utf-8").split("\n"))
    assert len(table.rows) == 11, table.warnings
    assert [row[3] for _, row in table.rows][:2] == ["旧住房成套改造任务", "老旧小区整治改造面积"]
