"""kg.ingest.table: the indicator table of the seed plan row by row, both layouts, value parsing."""
from __future__ import annotations

import pytest

from kg.document import IndicatorValue
from kg.ingest.parse import parse_document
from kg.ingest.table import find_tables, parse_value, split_unit

# category, number, name, unit, base raw, target raw, growth raw, attribute — as printed.
SEED_ROWS = [
    ("经济发展", 1, "地区生产总值", "亿元", "232", "341", "8.0%", "预期性"),
    ("经济发展", 2, "全员劳动生产率", "万元", "", "8.45", "7.50%", "预期性"),
    ("经济发展", 3, "制造业增加值占GDP比例", "%", "20", "26", "", "预期性"),
    ("经济发展", 4, "产业投资占固定资产投资比重", "%", "65", "67", "", "预期性"),
    ("经济发展", 5, "最终消费对GDP贡献率", "%", "", "61", "", "预期性"),
    ("经济发展", 6, "进出口总额占GDP比重", "%", "", "13", "", "预期性"),
    ("经济发展", 7, "地方税收占GDP比重", "%", "5.6", "5.7", "", "预期性"),
    ("经济发展", 8, "常住人口城镇化率", "%", "62.5", "66", "", "预期性"),
    ("创新驱动", 9, "研发经费投入占GDP比例", "%", "2.1", "2.5", "", "预期性"),
    ("创新驱动", 10, "每万人口有效发明专利拥有量", "件", "2.8", ">5.6", "10.00%", "预期性"),
    ("创新驱动", 11, "数字经济增加值占GDP比例", "%", "0", "45", "", "预期性"),
    ("民生福祉", 12, "居民人均可支配收入", "元", "29671", "45543", "9.00%", "预期性"),
    ("民生福祉", 13, "城镇调查失业率", "%", "5.5", "<4.7", "", "预期性"),
    ("民生福祉", 14, "劳动年龄人口平均受教育年限", "年", "10.7", "11.3", "", "预期性"),
    ("民生福祉", 15, "每千人口拥有执业（助理）医师数", "人", "2.74", "2.98", "", "预期性"),
    ("民生福祉", 16, "基本养老保险参保率", "%", "98", "100", "", "预期性"),
    ("民生福祉", 17, "每千人口拥有三岁以下婴幼儿托位数", "个", "0.33", "4", "", "预期性"),
    ("民生福祉", 18, "人均预期寿命", "岁", "78.9", "79.5", "", "预期性"),
    # Rows 19/20 print one cell for the two year columns: the target is 完成省定目标.
    ("绿色转型", 19, "单位GDP能源消耗降幅", "%", "", "完成省定目标", "-", "约束性"),
    ("绿色转型", 20, "单位GDP二氧化碳排放降幅", "%", "", "完成省定目标", "-", "约束性"),
    ("绿色转型", 21, "空气质量优良天数比例", "%", "98", "≥92", "", "约束性"),
    ("绿色转型", 22, "地表水达到或优于Ⅲ类水体比例", "%", "100", "100", "", "约束性"),
    ("绿色转型", 23, "森林覆盖率", "%", "55.94", "56", "", "约束性"),
    ("安全保障", 24, "粮食综合生产能力", "万吨", "35.6", "≥35.6", "", "约束性"),
    ("安全保障", 25, "亿元GDP生产安全事故死亡率", "%", "", "0.02", "[-30%]", "约束性"),
]

# Parsed (value, qualifier, percent) of the printed cells above that are not plain numbers.
PARSED = {
    "": (None, None, False),
    "-": (None, None, False),
    "完成省定目标": (None, None, False),
    "8.0%": (8.0, None, True),
    "7.50%": (7.5, None, True),
    "10.00%": (10.0, None, True),
    "9.00%": (9.0, None, True),
    ">5.6": (5.6, ">", False),
    "<4.7": (4.7, "<", False),
    "≥92": (92.0, "≥", False),
    "≥35.6": (35.6, "≥", False),
    "[-30%]": (-30.0, "cumulative", True),
}


def _expected(raw: str) -> tuple:
    return PARSED.get(raw) or (float(raw), None, False)


def test_seed_has_25_indicators_in_5_categories(seed_doc):
    assert len(seed_doc.indicators) == 25
    assert list(dict.fromkeys(i.category for i in seed_doc.indicators)) == [
        "经济发展", "创新驱动", "民生福祉", "绿色转型", "安全保障",
    ]


@pytest.mark.parametrize("row", SEED_ROWS, ids=[f"row{r[1]}" for r in SEED_ROWS])
def test_seed_row(seed_doc, row):
    category, number, name, unit, base, target, growth, attribute = row
    ind = seed_doc.indicators[number - 1]
    assert (ind.category, ind.number, ind.name, ind.unit, ind.attribute) == (category, number, name, unit, attribute)
    assert (ind.base_year, ind.target_year) == (2020, 2025)
    for value, raw in ((ind.base, base), (ind.target, target), (ind.growth, growth)):
        assert value.raw == raw
        assert (value.value, value.qualifier, value.percent) == _expected(raw)


def test_seed_rows_are_indicator_paragraphs_where_the_table_sits(seed_doc):
    paras = [i.paragraph for i in seed_doc.indicators]
    assert [p.id for p in paras] == [f"ind-{n:02d}" for n in range(1, 26)]
    assert {p.kind for p in paras} == {"indicator"}
    assert {str(p.path) for p in paras} == {"第1篇 扬帆起航 开启现代化建设新征程 / 第3章 发展构想 / 第4节 主要目标"}
    first = paras[0].text
    for piece in ("经济发展", "地区生产总值", "亿元", "232", "341", "8.0%", "预期性"):
        assert piece in first
    assert "完成省定目标" in paras[18].text and "约束性" in paras[18].text


def test_seed_table_title_and_note_are_prose(seed_doc):
    section = next(s for s in seed_doc.sections() if s.heading.title == "主要目标")
    texts = {p.text: p.kind for p in section.paragraphs}
    assert texts["零陵区“十四五”经济社会发展目标预测"] == "prose"
    assert texts["注：1.[ ]表示5年累计数；2.2020年数据均为预计数。"] == "prose"
    assert not any(t in ("类别", "序号", "232", "预期性") for t in texts)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("232", IndicatorValue("232", 232.0)),
        (">5.6", IndicatorValue(">5.6", 5.6, ">")),
        ("＞5.6", IndicatorValue("＞5.6", 5.6, ">")),
        ("≥92", IndicatorValue("≥92", 92.0, "≥")),
        ("≤3", IndicatorValue("≤3", 3.0, "≤")),
        ("<4.7", IndicatorValue("<4.7", 4.7, "<")),
        ("[-30%]", IndicatorValue("[-30%]", -30.0, "cumulative", True)),
        ("［13.5］", IndicatorValue("［13.5］", 13.5, "cumulative")),
        ("8.0%", IndicatorValue("8.0%", 8.0, None, True)),
        ("完成省定目标", IndicatorValue("完成省定目标")),
        ("-", IndicatorValue("-")),
        ("—", IndicatorValue("—")),
        ("", IndicatorValue("")),
        ("  45 ", IndicatorValue("45", 45.0)),
    ],
)
def test_parse_value(raw, expected):
    assert parse_value(raw) == expected


@pytest.mark.parametrize(
    "printed, name, unit",
    [
        ("地区生产总值（亿元）", "地区生产总值", "亿元"),
        ("粮食综合生产能力（万吨）", "粮食综合生产能力", "万吨"),
        ("劳动年龄人口平均受教育年限(年)", "劳动年龄人口平均受教育年限", "年"),
        ("每千人口拥有执业（助理）医师数（人）", "每千人口拥有执业（助理）医师数", "人"),
        ("森林覆盖率", "森林覆盖率", None),
        ("单位 GDP 能源消耗降幅（%）", "单位GDP能源消耗降幅", "%"),
        ("R&D 经费投入强度（%）", "R&D经费投入强度", "%"),
    ],
)
def test_split_unit(printed, name, unit):
    assert split_unit(printed) == (name, unit)


HEADER = ["类别", "序号", "指标名称", "2020年", "2025年", "年均增速［累计］", "属性"]
ROWS = [
    ["经济发展", "1", "地区生产总值（亿元）", "86.5", "125", "7.5%", "预期性"],
    ["", "2", "园区规模工业总产值（亿元）", "42", ">80", "", "预期性"],
    ["绿色生态", "3", "森林覆盖率（%）", "68.2", "≥69", "[0.8]", "约束性"],
]


def _cell_per_line() -> str:
    blocks = ["\n".join("\t" + c for c in row) for row in [HEADER, *ROWS]]
    return "主要指标\n\n" + "\n\n".join(blocks) + "\n\n注：[ ]内为累计数。\n"


def _row_per_line() -> str:
    return "主要指标\n\n" + "\n".join("\t".join(row) for row in [HEADER, *ROWS]) + "\n\n注：[ ]内为累计数。\n"


def _space_aligned() -> str:
    """Columns padded with spaces to a fixed display width (a CJK character is two wide),
    as plain text and PDF text print them; empty cells are only spaces."""
    def pad(cell: str) -> str:
        return cell + " " * (30 - sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in cell))
    return ("主要指标\n\n" + "\n".join("".join(pad(c) for c in row).rstrip() for row in [HEADER, *ROWS])
            + "\n\n注：[ ]内为累计数。\n")


@pytest.mark.parametrize("layout", [_cell_per_line, _row_per_line, _space_aligned])
def test_all_layouts_read_the_same(layout):
    lines = layout().split("\n")
    [table] = find_tables(lines)
    assert [cells for _, cells in table.rows] == [
        ROWS[0], ["经济发展", *ROWS[1][1:]], ROWS[2],
    ]
    assert (table.base_year, table.target_year) == (2020, 2025)
    assert lines[table.title] == "主要指标"
    assert [lines[k] for k in table.notes] == ["注：[ ]内为累计数。"]


@pytest.mark.parametrize("layout", [_cell_per_line, _row_per_line, _space_aligned])
def test_table_in_a_plan(layout):
    doc = parse_document("第1章 目标\n\n" + layout() + "\n第2章 产业\n\n发展产业。\n", plan_id="t")
    assert [(i.category, i.name, i.target.raw) for i in doc.indicators] == [
        ("经济发展", "地区生产总值", "125"), ("经济发展", "园区规模工业总产值", ">80"), ("绿色生态", "森林覆盖率", "≥69"),
    ]
    chapter1, chapter2 = doc.chapters()
    assert [p.text for p in chapter1.preamble] == ["主要指标", "注：[ ]内为累计数。"]
    assert [p.text for p in chapter2.preamble] == ["发展产业。"]


def test_unit_column_wins_over_parentheses():
    text = "序号\t指标\t单位\t2020年\t2025年\t属性\n1\t城镇新增就业\t万人\t1.2\t[6]\t预期性"
    doc = parse_document("第1章 目标\n\n" + text + "\n", plan_id="t")
    [ind] = doc.indicators
    assert (ind.category, ind.name, ind.unit, ind.growth.raw) == ("", "城镇新增就业", "万人", "")
    assert ind.target == IndicatorValue("[6]", 6.0, "cumulative")


def test_short_row_with_numbers_misses_its_growth_cell():
    lines = ["\t".join(HEADER), "经济发展\t1\t地区生产总值（亿元）\t86.5\t125\t预期性"]
    [table] = find_tables(lines)
    assert table.rows[0][1] == ["经济发展", "1", "地区生产总值（亿元）", "86.5", "125", "", "预期性"]
    assert table.warnings


def test_text_without_a_header_has_no_table():
    assert find_tables(["类别很多。", "", "2020年\t2025年", "序号"]) == []
    # Prose with full-width spaces naming 指标 and years is not a header.
    assert find_tables(["　　到2025年　主要指标　2020年以来的增长速度保持在合理区间并且持续改善　属性稳定"]) == []


def test_seed_table_survives_trimmed_whitespace(seed_path, seed_doc):
    # An editor that strips trailing whitespace turns empty cells into blank lines.
    trimmed = "\n".join(line.rstrip() for line in seed_path.read_text(encoding="utf-8").split("\n"))
    doc = parse_document(trimmed, plan_id=seed_doc.plan_id)
    assert doc.indicators == seed_doc.indicators


def test_cell_per_line_rows_need_their_running_number():
    lines = ["\t序号", "\t指标名称", "\t2020年", "\t2025年", "", "\t1", "\t地区生产总值（亿元）", "\t86.5", "\t125",
             "", "\t3", "\t森林覆盖率（%）", "\t68.2", "\t69"]
    [table] = find_tables(lines)
    assert [cells[1] for _, cells in table.rows] == ["地区生产总值（亿元）"]
    assert table.end == 9


def test_cell_per_line_without_running_numbers_splits_on_blank_lines():
    lines = ["\t指标名称", "\t2020年", "\t2025年", "", "\t地区生产总值（亿元）", "\t86.5", "\t125", "",
             "\t森林覆盖率（%）", "\t", "\t≥69", "", "第2章 产业"]
    [table] = find_tables(lines)
    assert [cells for _, cells in table.rows] == [["地区生产总值（亿元）", "86.5", "125"], ["森林覆盖率（%）", "", "≥69"]]
    assert table.end == 11
