"""Plans of older layouts (issue 11): figures printed the old way, year-column tables, footnote
definitions, target shapes of list items and prose. Snippets are invented in the genre's style."""
from __future__ import annotations

import pytest

from kg.extract.units import chinese_number, parse_quantities


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(q.raw, q.value, q.unit) for q in parse_quantities(text, source="p")]


@pytest.mark.parametrize("text, raw, value", [
    ("五年内新建公路约二、六五〇公里", "约二、六五〇公里", 2_650_000.0),
    ("全省组织了一二、三〇四个互助组", "一二、三〇四个", 12304.0),
    ("计划培养技术人员一、五〇〇人；", "一、五〇〇人", 1500.0),
])
def test_thousands_separator_keeps_one_number(text, raw, value):
    [(printed, got, _)] = _figures(text)
    assert printed == raw and got == value


def test_thousands_groups_read_in_chinese_number():
    assert chinese_number("三、〇〇八·五") == 3008.5


@pytest.mark.parametrize("text", ["一、二、三产业协调发展", "第一、二类项目"])
def test_enumeration_commas_are_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize("text", ["原煤 6,352,8万吨", "钢材 304,5万吨", "食用油 72,4万吨"])
def test_ocr_comma_number_is_no_figure(text):
    """A number a scan broke (6,352,8) is no value, never its cut tail (8万吨)."""
    assert _figures(text) == []


def test_thousands_comma_still_read():
    assert _figures("产量1,270万件") == [("1,270万件", 12_700_000.0, "件")]


# -- tables of figures by year (older plans print them without 指标/序号) ----------------------------

from kg.ingest.parse import parse_file  # noqa: E402


@pytest.fixture
def parse(tmp_path):
    def run(text: str, name: str = "plan.md"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return parse_file(path)
    return run


_PIPE_TABLE = """# 某省第一个五年计划

## 第一章　工业

五年内，主要产品产量的增长如下：

| 产品名称 | 1952年产量 | 1957年计划产量 | 1957年为1952年的百分比 |
| -------- | ---------- | -------------- | ---------------------- |
| 钢 | 35万吨 | 112万吨 | 320 |
| 原煤 | 1,352,8万吨 | 2,298.5万吨 | 170 |
| 内燃机 | 528台 | 1,630台 | 309 |
|  | 0.76万马力 | 6.02万马力 | 792 |
| 货车 | 792辆 | 500耕 | 63 |

以上是主要产品。
"""


def test_pipe_table_with_year_columns_is_read_as_indicators(parse):
    inds = {(i.name, i.unit): i for i in parse(_PIPE_TABLE).indicators}
    steel = inds[("钢", "万吨")]
    assert (steel.base.value, steel.target.value, steel.base_year, steel.target_year) == (35.0, 112.0, 1952, 1957)
    assert "1957年为1952年的百分比为320" in steel.paragraph.text


def test_scan_broken_cell_is_no_value_but_stays_printed(parse):
    coal = next(i for i in parse(_PIPE_TABLE).indicators if i.name == "原煤")
    assert coal.base.value is None and coal.base.raw == "1,352,8万吨"
    assert coal.target.value == 2298.5


def test_row_without_name_goes_on_with_the_row_above(parse):
    engines = [i for i in parse(_PIPE_TABLE).indicators if i.name == "内燃机"]
    assert [(i.unit, i.target.value) for i in engines] == [("台", 1630.0), ("万马力", 6.02)]


def test_cell_in_another_unit_is_no_value(parse):
    [lorry] = [i for i in parse(_PIPE_TABLE).indicators if i.name == "货车"]
    assert lorry.unit == "辆" and lorry.base.value == 792.0 and lorry.target.value is None


def test_plain_aligned_table_with_year_columns(parse):
    text = "\n".join([
        "第一章　农业", "", "牲畜的增殖指标如下：", "",
        "种类      1952年数      1957年计划数",
        "马        613万匹       834万匹",
        "猪        8,977万头     13,834万头",
        "", "完。",
    ])
    inds = {i.name: i for i in parse(text, name="plan.txt").indicators}
    assert (inds["猪"].unit, inds["猪"].target.value, inds["猪"].target_year) == ("万头", 13834.0, 1957)


def test_table_without_year_columns_is_no_indicator_table(parse):
    text = "\n".join(["第一章　人才", "", "| 部门 | 人数 |", "| --- | --- |", "| 重工业部 | 一七六、八〇〇人 |", ""])
    assert parse(text).indicators == []


# -- footnote definitions as glossary terms -----------------------------------------------------------

_FOOTNOTES = """# 某省发展国民经济的第一个五年计划

## 第一章　投资

五年内全省基本建设投资[^2]共为一二·五亿元，技术改造投资[^3]另计。

## 第二章　节约

厉行节约。

[^1]: 这里所指的产量，是一九四三年的产量。

[^2]: 基本建设投资，是指为着增加固定资产所用的资金。基本建设投资包括：（一）建筑工程的费用；（二）购置设备的费用。

[^3]: 技术改造投资系指对原有企业进行技术改造所用的资金。

[^4]: 所谓“流动资金”，指企业在生产过程中周转使用的资金。
"""


def test_footnote_definitions_become_glossary_terms(parse):
    doc = parse(_FOOTNOTES)
    terms = {t.name: t for t in doc.glossary}
    assert set(terms) == {"基本建设投资", "技术改造投资", "流动资金"}
    assert "（一）建筑工程的费用" in terms["基本建设投资"].definition
    assert terms["技术改造投资"].definition.startswith("系指对原有企业")
    assert terms["基本建设投资"].paragraph.kind == "term"
    assert not terms["基本建设投资"].paragraph.text.startswith("[^")


def test_footnote_references_leave_the_text(parse):
    doc = parse(_FOOTNOTES)
    [chapter] = [c for c in doc.loose_chapters if c.heading.number == 1]
    assert chapter.preamble[0].text == "五年内全省基本建设投资共为一二·五亿元，技术改造投资另计。"


def test_note_footnote_is_no_term(parse):
    assert "这里所指的产量" not in {t.name for t in parse(_FOOTNOTES).glossary}


# -- target shapes of older plans -----------------------------------------------------------------

from kg.extract.targets import PlanPeriod, find_targets  # noqa: E402

_TEN_YEARS = PlanPeriod(1981, 1990, None)
_FIRST = PlanPeriod(1953, 1957, 1)


def _targets(text: str, period: PlanPeriod = _TEN_YEARS, lead_in: str = "") -> list[tuple]:
    """(measure's name, value, year, status) of each target: the name when only the topic is printed."""
    return [(t.named or t.measure, t.quantity.raw, t.year, t.status)
            for t in find_targets(text, source="p", period=period, lead_in=lead_in)]


@pytest.mark.parametrize("item, measure, amount, share_measure, share", [
    ("- 能源，560亿元，占 21.5％；", "能源投资", "560亿元", "能源投资占全部投资比重", "21.5％"),
    ("- 交通运输，300亿元，占全部投资的 12％；", "交通运输投资", "300亿元", "交通运输投资占全部投资比重", "12％"),
    ("- 轻纺工业（包括纺织、食品），95亿元，占 3.6％。", "轻纺工业投资", "95亿元", "轻纺工业投资占全部投资比重", "3.6％"),
])
def test_list_item_amount_and_share_under_a_lead_in(item, measure, amount, share_measure, share):
    got = _targets(item, lead_in="十年内各部门的基本建设投资分配如下：")
    assert [(m, raw) for m, raw, _, _ in got] == [(measure, amount), (share_measure, share)]


def test_list_item_without_lead_in_states_no_target():
    assert _targets("- 能源，560亿元，占 21.5％；") == []


@pytest.mark.parametrize("item, measure, values", [
    # (担 is a mass since EXTRACTION_VERSION 18: the 1980 actual is read, in 担, as for 钢)
    ("- 棉花，由一九八〇年的五千四百万担，增加到一九八五年的六千万吨，一九九〇年的七千万吨。", "棉花产量",
     [("五千四百万担", 1980, "actual"), ("六千万吨", 1985, "target"), ("七千万吨", 1990, "target")]),
    ("- 钢，由一九八〇年的三千七百万吨，增加到一九八五年的四千万吨，一九九〇年的五千万吨。", "钢产量",
     [("三千七百万吨", 1980, "actual"), ("四千万吨", 1985, "target"), ("五千万吨", 1990, "target")]),
    ("- 铁路货运量，由一九八〇年的十一亿吨，增加到一九九〇年的十五亿吨。", "铁路货运量",
     [("十一亿吨", 1980, "actual"), ("十五亿吨", 1990, "target")]),
])
def test_topic_then_two_years(item, measure, values):
    got = _targets(item)
    assert {m for m, *_ in got} == {measure}
    printed = {t.measure for t in find_targets(item, source="p", period=_TEN_YEARS)}
    assert printed == {item[2:item.index("，")]}  # the topic as printed: asked as 钢 or as 钢产量
    assert [(raw, year, status) for _, raw, year, status in got] == values


@pytest.mark.parametrize("text, measure, values", [
    ("工程造价，1985年要比现在降低 10％，1990年降低 20％。", "工程造价", [("10％", 1985), ("20％", 1990)]),
    ("材料消耗，1985年要比目前下降5%，1990年下降8%。", "材料消耗", [("5%", 1985), ("8%", 1990)]),
])
def test_topic_with_base_now_is_the_measure(text, measure, values):
    got = _targets(text)
    assert [(m, raw, year) for m, raw, year, _ in got] == [(measure, raw, year) for raw, year in values]


@pytest.mark.parametrize("text, measure, raw", [
    ("1990年全国人口自然增长率，要求由现在的千分之十四左右，降到千分之十左右。", "人口自然增长率", "千分之十左右"),
    ("1990年全省婴儿死亡率，要求由现在的千分之三十，降\n到千分之二十。".replace("\n", ""), "婴儿死亡率", "千分之二十"),
])
def test_rate_from_now_down_to_per_mille(text, measure, raw):
    """由现在的A (no year printed) is no figure; 降到B is the target of the sentence's year."""
    assert _targets(text) == [(measure, raw, 1990, "target")]


def test_chinese_percentage_with_dot_is_a_yearly_growth():
    [(t)] = [t for t in find_targets("五年内，农业总产值平均每年递增百分之四·三。", source="p", period=_FIRST)]
    assert (t.measure, t.quantity.value, t.aggregation) == ("农业总产值", 4.3, "annual")


def test_aside_in_parentheses_does_not_cut_the_measure():
    text = "工业总产值（包括现代工业的产值，不包括手工业的产值）由一九五二年的二七〇·一亿元到一九五七年将增加为五三五·六亿元。"
    assert _targets(text, period=_FIRST) == [("工业总产值", "二七〇·一亿元", 1952, "actual"),
                                             ("工业总产值", "五三五·六亿元", 1957, "target")]


def test_per_head_figure_is_named_per_head():
    [(measure, raw, year, _)] = _targets("争取到1990年全国粮食产量按人口平均达到九百斤。")
    assert (measure, raw, year) == ("人均粮食产量", "九百斤", 1990)


def test_garbled_figure_is_no_topic():
    """A scan's 万劳 (for 万吨) leaves the item's first clause a figure, not a measure for the next clause."""
    assert _targets("原煤十二亿九千八百万劳，增加二亿二千万吨；") == []


# -- hard line breaks inside sentences (plain text copied from print) --------------------------------

def _wrapped_plan(body_lines: list[str]) -> str:
    filler = "这是为了说明排版而写的一句很长的正文，它在印刷版面上按固定的宽度折行，一直写到这里为止，"
    return "\n".join(["第一章　总体要求", ""] + [filler[:38] + "续", filler[:37] + "。", ""] * 24 + body_lines)


def test_plain_text_wrapped_sentence_is_joined(parse):
    doc = parse(_wrapped_plan([
        "人口非控制不行。1990年全省人口自然增长率，要求由现在的千分之十四左右，降",
        "到千分之十左右。要加强对计划生育工作的领导。",
    ]), name="plan.txt")
    texts = [p.text for p in doc.paragraphs()]
    assert any("降到千分之十左右" in t for t in texts)
    assert not any(t.startswith("到千分之十") for t in texts)


def test_plain_text_wrap_stops_at_heading_and_item():
    from kg.ingest.cleanup import join_wrapped
    tail = ["第二章　基本建设要集中力量打歼灭战，做好各项工作，提高投资效果和工程质",
            "一、工程造价，1985年要比现在降低10％，1990年降低20％。",
            "　　二、劳动生产率要比现在提高一倍，大中型项目平均建设周期要比现在缩短",
            "　　三、建设周期要缩短。"]
    assert join_wrapped(_wrapped_plan(tail)).split("\n")[-4:] == tail


def test_paragraph_a_line_text_is_kept(parse):
    text = "\n".join(["第一章　总则", "", "坚持稳中求进工作总基调，推动高质量发展", "到2025年地区生产总值达到500亿元。"])
    assert [p.text for p in parse(text, name="plan.txt").paragraphs()][-2:] == [
        "坚持稳中求进工作总基调，推动高质量发展", "到2025年地区生产总值达到500亿元。"]


def test_topic_with_a_modifier_and_periods():
    got = [(t.named or t.measure, t.quantity.raw, t.period, t.aggregation) for t in find_targets(
        "省预算内安排的基本建设投资，“七五”为 300亿元，“八五”为 450亿元，十年共 750亿元。",
        source="p", period=_TEN_YEARS)]
    assert got == [("省预算内安排的基本建设投资", "300亿元", "七五", None),
                   ("省预算内安排的基本建设投资", "450亿元", "八五", None),
                   ("省预算内安排的基本建设投资", "750亿元", None, "cumulative")]


def test_change_against_now_goes_on_with_the_clause_before():
    assert _targets("争取到1990年全省粮食产量按人口平均达到九百斤，比现在增加一百斤。") == [
        ("人均粮食产量", "九百斤", 1990, "target"), ("人均粮食产量", "一百斤", 1990, "target")]


def test_table_titled_in_its_first_header_with_a_unit_column(parse):
    text = "\n".join([
        "第一章　工业", "",
        "| 主要工业品产量 | 单位 | 1980年 | 1985年 | 1985年为1980年的% |",
        "| --- | --- | --- | --- | --- |",
        "| 化纤 | 万吨 | 45 | 120 | 267 |",
        "| 自行车 | 万辆 | 1,300 | 3,300 | 254 |", "",
    ])
    inds = {i.name: i for i in parse(text).indicators}
    assert (inds["自行车"].unit, inds["自行车"].base.value, inds["自行车"].target.value) == ("万辆", 1300.0, 3300.0)
    assert (inds["化纤"].base_year, inds["化纤"].target_year) == (1980, 1985)


def test_unit_printed_in_the_year_headers(parse):
    text = "\n".join([
        "第一章　农业", "",
        "| 作物 | 1980年产量（万担） | 1985年计划产量（万担） |",
        "| --- | --- | --- |",
        "| 棉花 | 5,400 | 7,200 |", "",
    ])
    [cotton] = parse(text).indicators
    assert (cotton.name, cotton.unit, cotton.target.value) == ("棉花", "万担", 7200.0)


def test_topic_is_printed_as_is_and_named_with_its_head():
    """钢 is asked as 钢 or as 钢产量: the measure keeps the printed topic, its name the implied head."""
    [t] = find_targets("- 原油，一九九〇年的二亿吨。", source="p", period=_TEN_YEARS)
    assert (t.measure, t.named) == ("原油", "原油产量")
    [amount, share] = find_targets("- 农业，484亿元，占全部投资的 10％；", source="p", period=_TEN_YEARS,
                                   lead_in="主要部门投资分配如下：")
    assert (amount.measure, amount.named, share.measure, share.named) == ("农业", "农业投资", "农业投资占全部投资比重", None)
