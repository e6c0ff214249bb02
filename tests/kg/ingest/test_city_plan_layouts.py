"""City 纲要 layouts from PDF text (invented snippets, tests/data): a 目录 whose chapters are numbered afresh in
every 篇 with 一、 sections under them, the front matter's pages numbered in Roman numerals, a chapter heading
as wide as the print above its first paragraph, and an indicator table with its cells one space apart, its
rows run over lines and its groups captioned on lines of their own (kg/ingest/spacedrows.py)."""
from __future__ import annotations

import pytest

from kg.ingest.cleanup import join_wrapped
from kg.ingest.lines import is_page_number
from kg.ingest.parse import parse_file
from tests.conftest import DATA

# A paragraph hard-wrapped at the print width (twenty lines of one width), for join_wrapped to find the width.
_WRAPPED = ["今后五年是基本实现社会主义现代化夯实基础、全面发力的关键时期，全市上下", "要保持战略定力，增强必胜信心，积极识变应变求变，以苦练内功应对外部挑战，"] * 12


def _outline(doc):
    return [(p.heading.label, [(c.heading.label, [s.heading.label for s in c.sections]) for c in p.chapters])
            for p in doc.parts]


def test_toc_with_chapters_numbered_afresh_in_every_part_is_skipped_whole():
    # (each 篇 title is printed on two lines in the body, as its 目录 entry prints it whole: one title — probe22)
    doc = parse_file(DATA / "restarting-chapters-plan.txt")
    assert doc.warnings[0] == "lines 5-22: table of contents skipped"
    assert _outline(doc) == [
        ("第1篇 锚定发展目标 奋力开创新局面", [("第1章 “十四五”时期发展成就", []),
                         ("第2章 推动现代化取得决定性进展", ["一、指导思想", "二、主要目标"])]),
        ("第2篇 坚守职责使命 全力服务保障城市功能", [("第1章 更好服务全省工作大局", ["一、在落实重大部署上走在前", "二、积极服务功能布局优化"]),
                         ("第2章 不断提升中心城区品质", ["一、营造庄重有序的城市环境", "二、塑造古今交融的老城风貌"])]),
        ("第3篇 繁荣城市文化 全面增强文化影响力", [("第1章 建设社会风气最好的城市", ["一、弘扬社会主义核心价值观", "二、提升红色文化感召力"])]),
    ]


@pytest.mark.parametrize("line, expected", [("II ", True), ("XII", True), ("iv", True), ("VIII", True),
                                            ("IIV", False), ("X光", False), ("V型", False)])
def test_roman_page_numbers(line, expected):
    assert is_page_number(line) is expected


def test_roman_page_number_is_blanked_not_joined_to_the_entry_above():
    entry = "第三节 构筑人才竞争优势 ........................................... 36 "
    lines = join_wrapped("\n".join([*_WRAPPED, entry, "II ", "第四篇 推进全域数智化转型"])).split("\n")
    assert lines[-3].strip().endswith("36") and lines[-2] == "" and lines[-1] == "第四篇 推进全域数智化转型"


def test_heading_as_wide_as_the_print_keeps_its_first_paragraph_apart():
    wrapped = ["今后五年是基本实现社会主义现代化夯实基础、全面发力的关", "键时期，全市上下要保持战略定力，增强必胜信心，积极识变"] * 12
    heading = "第一章 “十四五”时期重大成就为接续发展奠定了坚实基础"
    first = "“十四五”时期是极不平凡的五年，在党中央坚强领导下，市"
    lines = join_wrapped("\n".join([*wrapped, heading, first, "锐意进取。"])).split("\n")
    assert lines[-3] == heading and lines[-2] == first + "锐意进取。"


def test_indicator_rows_a_line_each_are_not_joined():
    rows = ["1 全社会研发经费支出占地区生产总值比重（%） 4.8 左右 预期性",
            "2 规上数字经济核心产业营业收入占规上企业营业收入比重（%） 32.5 预期性"]
    lines = join_wrapped("\n".join([*_WRAPPED, *rows])).split("\n")
    assert lines[-2:] == rows


def test_box_set_wider_than_the_print_joins_its_wrapped_items():
    box = ["专栏1 培育壮大新兴产业和未来产业",
           "1. 新兴产业重点发展领域：生物医药及高端医疗器械、人工智能、半导体与集成电路、纳米",
           "新材料、高端仪器仪表与智能检测设备、具身智能机器人与工业母机集成化装备、光子和光制造、",
           "智能网联新能源汽车、先进光伏与新型储能、低空经济。",
           "2. 未来产业重点培育领域：商业航天、生物制造、细胞与基因技术、6G 装备与应用、量子科",
           "技、具身智能、氢能和新一代核能装备、脑机智能、前沿新材料、原子级制造。"]
    wrapped = ["今后五年是基本实现社会主义现代化夯实基础、全面发力的关", "键时期，全市上下要保持战略定力，增强必胜信心，积极识变"] * 12
    lines = join_wrapped("\n".join([*wrapped, *box])).split("\n")[-6:]
    assert lines[0] == box[0] and lines[1] == "".join(box[1:4]) and lines[4] == box[4] + box[5], lines


def test_box_item_wrapped_over_lines_keeps_the_box_open(tmp_path):
    wrapped = ["今后五年是基本实现社会主义现代化夯实基础、全面发力的关", "键时期，全市上下要保持战略定力，增强必胜信心，积极识变"] * 12
    box = ["专栏1 培育壮大新兴产业和未来产业",
           "1. 新兴产业重点发展领域：生物医药及高端医疗器械、人工智能、半导体与集成电路、纳米",
           "新材料、高端仪器仪表与智能检测设备、具身智能机器人与工业母机集成化装备、光子和光制造、",
           "智能网联新能源汽车、先进光伏与新型储能、低空经济。",
           "2. 未来产业重点培育领域：商业航天、生物制造、细胞与基因技术、6G 装备与应用、量子科",
           "技、具身智能、氢能和新一代核能装备、脑机智能、前沿新材料、原子级制造。",
           "第二章 推动产业链现代化", "注重产业链强链补链延链。"]
    plan = tmp_path / "wrapped-box-plan.txt"
    plan.write_text("\n".join(["某某市国民经济和社会发展第十五个五年规划纲要", "第一章 扩大制造业规模优势",
                               *wrapped[:-1], wrapped[-1] + "。", *box]), encoding="utf-8")
    doc = parse_file(plan)
    [box1] = list(doc.boxes())
    assert [i.name for i in box1.items] == ["新兴产业重点发展领域", "未来产业重点培育领域"]
    assert box1.items[1].paragraph.text.endswith("原子级制造。")
    assert [c.heading.label for c in doc.chapters()] == ["第1章 扩大制造业规模优势", "第2章 推动产业链现代化"]


@pytest.fixture(scope="module")
def spaced():
    return parse_file(DATA / "spaced-table-plan.txt")


def test_single_spaced_table_rows(spaced):
    first = [(i.category, i.number, i.name, i.unit, i.target.raw, i.attribute) for i in spaced.indicators[:5]]
    assert first == [
        ("一、经济强（3 项）", 1, "地区生产总值年均增长", "%", "5左右", "预期性"),
        ("一、经济强（3 项）", 2, "全社会研发经费支出占地区生产总值比重", "%", "3.6左右", "预期性"),
        ("一、经济强（3 项）", 3, "规上数字经济核心产业营业收入比重", "%", "21.5", "预期性"),
        ("二、社会文明程度高（2 项）", 4, "劳动年龄人口平均受教育年限", "年", "11.8", "约束性"),
        ("二、社会文明程度高（2 项）", 5, "单位地区生产总值二氧化碳排放下降率", "%", "完成省定目标", "约束性"),
    ]
    assert spaced.tables[0].columns == ("序号", "指标", "2030年目标", "属性")
    assert all(i.target_year == 2030 for i in spaced.indicators[:5])


def test_single_spaced_table_with_merged_category_and_rows_over_lines(spaced):
    rows = [(i.category, i.number, i.name, i.base.raw, i.target.raw, i.attribute) for i in spaced.indicators[5:]]
    assert rows == [
        ("创新发展(2项)", 1, "全社会研究与试验发展经费支出占地区生产总值比重", "3左右∗", ">3.2", "预期性"),
        ("创新发展(2项)", 2, "地区生产总值年均增速", "5.4", "4.5-5,努力争取更好结果", "预期性"),
        ("绿色发展(2项)", 3, "细颗粒物年均浓度", "31", "达到国家要求", "约束性"),
        ("绿色发展(2项)", 4, "十万常住人口火灾死亡率", "0.31", "≤0.3", "预期性"),
        ("协调发展(1项)", 5, "常住人口规模", "1230", "≤1300", "约束性"),
    ]
    assert [n.text for n in spaced.tables[1].notes] == ["注:带∗为预计数。"]
    assert spaced.indicators[5].base_year == 2025


def test_prose_after_the_table_stays_prose(spaced):
    texts = [p.text for p in spaced.paragraphs()]
    assert "在此基础上再奋斗五年，到2035年，基本实现社会主义现代化。" in texts
