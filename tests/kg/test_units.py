"""Figures with units: parsing, base units, kinds from cue words."""
from __future__ import annotations

import pytest

from kg.extract.units import UNITS, chinese_number, parse_quantities, to_base_unit

# (text, raw, kind, value, unit, qualifier): the one figure in ``text``.
CASES = [
    ("建设总库容为13000万m³的水库", "13000万m³", "storage", 1.3e8, "m3", None),
    ("梁山岐风电场，建设装机10万千瓦风力发电场。", "10万千瓦", "capacity", 1e8, "W", None),
    ("工程装机容量50MW", "50MW", "capacity", 5e7, "W", None),
    ("计划总投资22.8亿元。", "22.8亿元", "investment", 2.28e9, "CNY", None),
    ("计划总投资约22.8亿元", "约22.8亿元", "investment", 2.28e9, "CNY", "≈"),
    ("项目规划用地面积370亩", "370亩", "land_area", 370 * 10000 / 15, "m2", None),
    ("道路宽度36m，", "36m", "width", 36.0, "m", None),
    ("湘江东路零陵段，总长9.4km", "9.4km", "length", 9400.0, "m", None),
    ("香零山大桥长约276m", "约276m", "length", 276.0, "m", "≈"),
    ("规划共布置724个停车位", "724个", "parking_spaces", 724.0, "个", None),
    ("建设规模为200张床位", "200张", "beds", 200.0, "张", None),
    ("新增床位300张", "300张", "beds", 300.0, "张", None),
    ("续建防洪闭合圈18.7 km。", "18.7 km", "length", 18700.0, "m", None),
    ("总建筑面积约2.7万平方米", "约2.7万平方米", "floor_area", 27000.0, "m2", "≈"),
    ("总灌溉面积35.63万亩", "35.63万亩", "irrigated_area", 35.63e4 * 10000 / 15, "m2", None),
    ("供水规模为5.5万吨每天", "5.5万吨每天", "supply", 5.5e7, "kg/d", None),
    ("年产1.5万吨氯化稀土精深加工生产线", "1.5万吨", "production", 1.5e7, "kg", None),
    ("累计引进外资6.22亿美元", "6.22亿美元", "investment", 6.22e8, "USD", None),
    ("零陵区110千伏变电站", "110千伏", "voltage", 1.1e5, "V", None),
    ("新建线路10kV", "10kV", "voltage", 1e4, "V", None),
    ("占地2.5平方公里", "2.5平方公里", "land_area", 2.5e6, "m2", None),
    ("保护面积1200公顷", "1200公顷", "area", 1.2e7, "m2", None),
    ("新建30000m²综合保税仓库", "30000m²", "area", 3e4, "m2", None),
    ("力争到2025年，新材料产业园产值100亿元以上。", "100亿元以上", "output_value", 1e10, "CNY", "≥"),
    ("累计签约项目120余个", "120余个", "count", 120.0, "个", ">"),
    ("每个乡镇最少建设2—3个公共厕所", "2—3个", "count", 2.0, "个", "range"),
    ("年均增长11%", "11%", "growth", 11.0, "%", None),
    ("提高5个百分点", "5个百分点", "percent", 5.0, "pp", None),
    ("供水人口为45万人左右", "45万人左右", "population", 4.5e5, "人", "≈"),
    ("总投资１２．５亿元", "１２．５亿元", "investment", 1.25e9, "CNY", None),
    ("建筑面积1,200平方米", "1,200平方米", "floor_area", 1200.0, "m2", None),
    ("年均增速［累计］为[-30%]", "-30%", "growth", -30.0, "%", None),
    ("其中仓储物流部分投资不低于10亿元", "不低于10亿元", "investment", 1e9, "CNY", "≥"),
    ("总投资1.4亿元人民币", "1.4亿元人民币", "investment", 1.4e8, "CNY", None),
]


@pytest.mark.parametrize(("text", "raw", "kind", "value", "unit", "qualifier"), CASES)
def test_one_figure(text, raw, kind, value, unit, qualifier):
    (q,) = parse_quantities(text, source="p1")
    assert (q.raw, q.kind, q.unit, q.qualifier, q.source) == (raw, kind, unit, qualifier, "p1")
    assert q.value == pytest.approx(value)
    assert raw in text  # raw is the printed span, never a rewrite


@pytest.mark.parametrize("text", [
    "G207零陵区黄田铺高速出口",  # a road code
    "到2025年，第4章",  # years and heading numbers have no unit
    "PM2.5浓度下降",  # a code with a decimal
    "推进5G网络覆盖",
    "亿元 GDP 生产安全事故死亡率",  # a unit with no number
    "“135”工程升级版",
])
def test_no_figure(text):
    assert parse_quantities(text, source="p") == []


def test_several_figures_in_order_with_their_own_kinds():
    text = "永州大庆坪风电场工程项目，新建风机23台，工程装机容量50MW，单机容量2200千瓦，总占地面积577400平方米，总建筑面积2113.86平方米。"
    got = [(q.kind, q.value, q.unit) for q in parse_quantities(text, source="x")]
    assert got == [
        ("count", 23.0, "台"),
        ("capacity", 5e7, "W"),
        ("unit_capacity", 2.2e6, "W"),
        ("land_area", 577400.0, "m2"),
        ("floor_area", 2113.86, "m2"),
    ]


def test_cue_of_another_clause_does_not_leak():
    # 装机 belongs to the first clause; the second figure is a length.
    kinds = [q.kind for q in parse_quantities("装机5万千瓦，新建线路46km", source="x")]
    assert kinds == ["capacity", "length"]


def test_cue_must_fit_the_dimension():
    # 投资 is a money cue; a length after it is still a length.
    (q,) = parse_quantities("投资建设道路12km", source="x")
    assert q.kind == "length"


@pytest.mark.parametrize(("number", "unit", "value", "base"), [
    (13000, "万m³", 1.3e8, "m3"),
    (10, "万千瓦", 1e8, "W"),
    (100, "MW", 1e8, "W"),
    (22.8, "亿元", 2.28e9, "CNY"),
    (1.5, "万吨", 1.5e7, "kg"),
    (3, "亩", 2000.0, "m2"),
    (9.4, "km", 9400.0, "m"),
    (2, "亿立方米", 2e8, "m3"),
    (5, "万美元", 5e4, "USD"),
])
def test_to_base_unit(number, unit, value, base):
    got, got_base = to_base_unit(number, unit)
    assert got == pytest.approx(value) and got_base == base


def test_to_base_unit_rejects_unknown_units():
    with pytest.raises(KeyError):
        to_base_unit(1, "光年")


def test_every_unit_has_a_positive_factor():
    assert all(u.factor > 0 for u in UNITS.values())


# Chinese numerals read like Arabic ones: (text, raw, kind, value, unit, qualifier).
CHINESE = [
    ("国内生产总值年均增长百分之四点五", "百分之四点五", "growth", 4.5, "%", None),
    ("二〇〇〇年国民生产总值达到五万七千六百亿元", "五万七千六百亿元", "gdp", 5.76e12, "CNY", None),
    ("钢产量一二〇万吨", "一二〇万吨", "production", 1.2e9, "kg", None),
    ("城镇化率达到百分之六二·五", "百分之六二·五", "share", 62.5, "%", None),
    ("人均占有一点七吨", "一点七吨", "mass", 1700.0, "kg", None),
    ("发电量一万亿千瓦时", "一万亿千瓦时", "generation", 1e12, "kWh", None),
    ("粮食产量达到四千九百亿至五千亿公斤", "四千九百亿至五千亿公斤", "production", 4.9e11, "kg", "range"),
    ("新增就业三千万人以上", "三千万人以上", "count", 3e7, "人", "≥"),
    ("出口总额超过一千六百亿美元", "超过一千六百亿美元", "money", 1.6e11, "USD", ">"),
    ("人口自然增长率控制在千分之十点五五", "控制在千分之十点五五", "share", 10.55, "‰", "≤"),
    ("下降两个百分点", "两个百分点", "percent", 2.0, "pp", None),
    ("国内生产总值达到5万亿元", "5万亿元", "gdp", 5e12, "CNY", None),
]


@pytest.mark.parametrize(("text", "raw", "kind", "value", "unit", "qualifier"), CHINESE)
def test_chinese_numerals(text, raw, kind, value, unit, qualifier):
    (q,) = parse_quantities(text, source="p1")
    assert (q.raw, q.kind, q.unit, q.qualifier) == (raw, kind, unit, qualifier)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "一方面，建设一批项目",  # 一方 is not a volume, 一批 not a count
    "建成三条高速公路",  # a count in Chinese numerals needs a place value
    "第一个百分点",  # an ordinal
    "几十万人参与",  # an estimate
    "“十四五”时期",  # a period, no unit
])
def test_chinese_idiom_is_not_a_figure(text):
    assert parse_quantities(text, source="p") == []


@pytest.mark.parametrize(("text", "value"), [
    ("四点五", 4.5), ("五万七千六百亿", 5.76e12), ("一二〇万", 1.2e6), ("六二·五", 62.5),
    ("一点七", 1.7), ("十二", 12.0), ("一百零五", 105.0), ("一亿二千万", 1.2e8), ("二〇三五", 2035.0),
    ("四点五亿", 4.5e8), ("12.5", 12.5),
])
def test_chinese_number(text, value):
    assert chinese_number(text) == pytest.approx(value)


def test_chinese_number_rejects_other_text():
    with pytest.raises(ValueError):
        chinese_number("多个")


@pytest.mark.parametrize(("text", "raw", "kg"), [
    ("全国棉花总产量达到四千八百万担", "四千八百万担", 2.4e9),  # 市担: 50 kg
    ("棉花产量五千万担以上", "五千万担以上", 2.5e9),
    ("粮食产量一百万公担", "一百万公担", 1e8),  # 公担: 100 kg
])
def test_older_texts_weigh_in_dan(text, raw, kg):
    (q,) = parse_quantities(text, source="p")
    assert q.raw == raw and q.unit == "kg" and q.value == pytest.approx(kg)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("现在已经合并改组成为二万四千多个人民公社", 24000, "个"),
    ("已经有五百零四个县", 504, "个"),
    ("平均一个人民公社拥有六万四千亩耕地", 64000 * 10000 / 15, "m2"),
])
def test_chinese_numeral_counts_and_areas_of_older_reports(text, value, unit):
    (q,) = parse_quantities(text, source="p")
    assert q.unit == unit and q.value == pytest.approx(value)
