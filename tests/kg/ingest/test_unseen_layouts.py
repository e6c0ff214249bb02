"""Layouts the development plans do not show, in small made-up plans of the genre: a provincial
纲要 with 第一篇/第一章/第一节 in Chinese numerals and an indented TOC with page numbers,
第X部分 over 第N章, a TOC without its 目录 line whose entries end in page numbers."""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_document, parse_file
from tests.conftest import DATA


@pytest.fixture(scope="module")
def province():
    return parse_file(DATA / "province-plan.txt")


def test_province_tree(province):
    assert province.title == "某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert [(p.heading.label, [(c.heading.number, [s.heading.number for s in c.sections]) for c in p.chapters])
            for p in province.parts] == [
        ("第1篇 开启全面建设社会主义现代化新征程", [(1, [1, 2]), (2, [])]),
        ("第2篇 坚持创新驱动发展", [(3, [1, 2])]),
    ]
    # The indented TOC with dot leaders and page numbers is skipped, not counted.
    assert province.warnings == ["lines 4-15: table of contents skipped"]
    assert [p.text for p in province.preface] == [province.title, "序言", province.preface[2].text]


def test_province_boxes_printed_as_tables(province):
    box1, box2 = province.boxes()
    assert str(box1.path) == "第1篇 开启全面建设社会主义现代化新征程 / 第2章 总体要求 / 专栏1 “十四五”时期科技创新重大工程"
    assert [i.name for i in box1.items] == ["某某实验室", "某某创新中心"]
    assert box2.path.section.number == 1
    assert [i.paragraph.text for i in box2.items] == ["某某光源：建设内容为建设第四代同步辐射光源，总投资为60亿元。",
                                                     "某某超算中心：建设内容为建设E级超级计算机，总投资为30亿元。"]


def test_toc_without_its_heading_and_with_page_numbers():
    text = ("某市国民经济和社会发展第十四个五年规划纲要\n\n第一章　发展环境　　1\n第二章　总体要求　　4\n"
            "第三章　产业发展　　9\n\n第一章　发展环境\n\n全市经济总量突破千亿元。\n\n第二章　总体要求\n\n坚持稳中求进。\n\n"
            "第三章　产业发展\n\n发展先进制造业。\n")
    doc = parse_document(text, plan_id="t")
    assert [c.heading.label for c in doc.chapters()] == ["第1章 发展环境", "第2章 总体要求", "第3章 产业发展"]
    assert next(doc.chapters()).preamble[0].text == "全市经济总量突破千亿元。"


def test_bufen_parts_over_numbered_chapters():
    text = ("某县国民经济和社会发展第十四个五年规划纲要\n\n第一部分　发展基础\n\n第一章　发展成就\n\n第一节　经济实力\n\n"
            "全县地区生产总值达到300亿元。\n\n第二部分　主要任务\n\n第二章　产业发展\n\n第一节　先进制造业\n\n发展装备制造。\n")
    doc = parse_document(text, plan_id="t")
    assert [(p.heading.label, [c.heading.label for c in p.chapters]) for p in doc.parts] == [
        ("第1部分 发展基础", ["第1章 发展成就"]), ("第2部分 主要任务", ["第2章 产业发展"])]
    assert doc.warnings == []


def test_bian_parts_of_the_early_1980s_over_numbered_chapters():
    # 第N编 is the part level of the early national plans; PDF text may run it together with its chapter.
    text = ("某省国民经济和社会发展第六个五年计划\n\n第一编　基本任务和综合指标\n\n第一章　基本任务\n\n调整国民经济。\n\n"
            "第二编　部门发展计划　　第二章　农业\n\n发展农业生产。\n")
    doc = parse_document(text, plan_id="t")
    assert [(p.heading.label, [c.heading.label for c in p.chapters]) for p in doc.parts] == [
        ("第1编 基本任务和综合指标", ["第1章 基本任务"]), ("第2编 部门发展计划", ["第2章 农业"])]
    assert doc.warnings == []
