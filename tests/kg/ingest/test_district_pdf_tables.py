"""Indicator tables of district and city plans in two layouts, on invented plans.

- A district plan's 专栏 of core indicators flattened one cell per paragraph under a header of three rows
  (指标值 over 现状 / 近期规划, the years （2025年） / （2030年） on a row of their own): the year remarks go to
  the captions before them, 指标值 names no column, 近期规划 is the target column, the 专栏 line is the
  table's title, and a row name long only by its bracketed remark is still a cell.
- A city plan's PDF text: the 目录 paged in Roman numerals (I, II) is skipped whole; the table printed
  one row per line with single spaces (序号 指 标 2030 年目标 属性, group captions 一、经济强（3 项）, the
  header again on the next page, a long name wrapped onto the next line); a row ending in its 属性 cell is
  never joined to the line after it.
"""
from __future__ import annotations

import pytest

from kg.ingest.lines import is_page_number
from kg.ingest.parse import parse_file
from kg.ingest.read import read_source
from kg.ingest.table import _joined_captions
from tests.conftest import DATA

BOX = DATA / "district-flat-indicator-box-plan.md"
PDF = DATA / "pdf-single-spaced-table-plan.txt"


@pytest.fixture(scope="module")
def box():
    return parse_file(BOX, plan_id="box")


@pytest.fixture(scope="module")
def pdf():
    return parse_file(PDF, plan_id="pdf")


def test_flattened_box_rows(box):
    rows = [(i.number, i.category, i.name, i.unit, i.base.raw, i.target.raw, i.attribute) for i in box.indicators]
    assert rows == [
        (1, "发展规模", "建设用地总规模", "平方千米", "30.5", "30.4", "约束性"),
        (2, "服务设施", "养老床位数占老年人口比例", "%", "/", "3.0", "约束性"),
        (3, "服务设施", "公共文化设施面积", "万平方米", "12", "15", "预期性"),
        (4, "综合交通", "道路网密度", "千米/平方千米", "6.1", "6.6", "约束性"),
        (5, "综合交通", "新建建筑的绿色建筑达标率（重点地区公共建筑按绿建二星及以上标准，其他建筑按绿建一星及以上标准）",
         "%", "100", "100", "约束性"),
        (6, "城市经济", "研发经费支出相当于地区生产总值比例", "%", "3.1", "3.5左右", "预期性"),
        (7, "城市经济", "新增科技企业孵化器", "家", "/", "8", "预期性"),
        (8, "城市经济", "高新技术产业产值占规上工业总产值比重", "%", "40", "＞45", "预期性"),
    ]
    assert {(i.base_year, i.target_year) for i in box.indicators} == {(2025, 2030)}


@pytest.mark.parametrize("cells, header", [
    (["序号", "指标项", "指标值", "现状", "近期规划", "（2025年）", "（2030年）"],
     ["序号", "指标项", "现状（2025年）", "近期规划（2030年）"]),
    (["序号", "指标", "单位", "基期值", "目标值", "（2020年）", "（2025年）"],
     ["序号", "指标", "单位", "基期值（2020年）", "目标值（2025年）"]),
    (["序号", "指标", "单位", "2025年", "属性"], ["序号", "指标", "单位", "2025年", "属性"]),
])
def test_flattened_header(cells, header):
    assert _joined_captions(cells) == header


def test_single_spaced_rows(pdf):
    rows = [(i.number, i.category, i.name, i.unit, i.target.raw, i.target_year, i.attribute) for i in pdf.indicators]
    assert rows == [
        (1, "一、经济强（3 项）", "地区生产总值年均增长", "%", "5.5左右", 2030, "预期性"),
        (2, "一、经济强（3 项）", "规上数字经济核心产业营业收入占规上企业营业收入比重", "%", "30", 2030, "预期性"),
        (3, "一、经济强（3 项）", "粮食综合生产能力", "亿斤", "＞12", 2030, "约束性"),
        (4, "二、百姓富（2 项）", "居民人均可支配收入年均增速", "%", "与地区生产总值增长同步", 2030, "预期性"),
        (5, "二、百姓富（2 项）", "3岁以下婴幼儿入托率", "%", "20", 2030, "预期性"),
    ]


def test_roman_paged_toc_skipped_whole(pdf):
    parts = [(p.heading.number, p.heading.title, [c.heading.number for c in p.chapters]) for p in pdf.parts]
    assert parts == [(1, "总体要求", [1, 2]), (2, "产业体系", [3, 4]), (3, "科技创新", [5, 6])]


def test_a_row_closed_by_its_attribute_is_never_joined(pdf):
    lines = read_source(PDF).text.split("\n")
    # as wide as the print: a wrapped paragraph's line would go on with the next
    assert "4 居民人均可支配收入年均增速（%） 与地区生产总值增长同步 预期性" in lines
    assert "5 3 岁以下婴幼儿入托率（%） 20 预期性" in lines
    assert any(line.startswith("在此基础上再奋斗五年") for line in lines)


@pytest.mark.parametrize("line, paged", [("I", True), ("XII ", True), ("VIII", True), ("IIII", False), ("VIP", False),
                                         ("V型", False)])
def test_roman_page_numbers(line, paged):
    assert is_page_number(line) is paged


def test_a_box_in_smaller_type_wraps_at_its_own_width():
    lines = [line for line in read_source(PDF).text.split("\n") if line.startswith(("1. 新兴产业", "2. 未来产业"))]
    assert lines == [
        "1. 新兴产业重点发展领域：生物医药及高端医疗器械、人工智能、半导体与集成电路、纳米新材料、高端仪器仪表与智能检测设备、"
        "具身智能机器人与工业母机集成化装备、光子和光制造、智能网联新能源汽车、先进光伏与新型储能、低空经济。",
        "2. 未来产业重点培育领域：商业航天、生物制造、细胞与基因技术、6G 装备与应用、量子科技、具身智能、氢能和新一代核能装备、"
        "脑机智能、前沿新材料、原子级制造。",
    ]


def test_a_boxs_items_go_on_over_the_lines_a_wrap_left_blank(pdf):
    [box] = list(pdf.boxes())
    assert [item.name for item in box.items] == ["新兴产业重点发展领域", "未来产业重点培育领域"]
