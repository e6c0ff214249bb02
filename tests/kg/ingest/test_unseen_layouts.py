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


def test_a_hard_wrapped_markdown_plan_reads_whole_paragraphs(tmp_path):
    """Plans copied from print break lines at a fixed width, mid-word and mid-number: Markdown's soft
    breaks join them back, and spaces set around figures (到 2000 年) go."""
    body = ("到 2000 年，全省钢产量达到 8000万吨以上，钢材产量5950\n万吨。城镇新增就业\n"
            "要达到300万人左右，城镇登记失业率控制\n在4%以内，居民收入稳步\n提高。\n\n")
    text = ("# 某省国民经济和社会发展十年规划和第八个五年计划纲要\n\n## 一、主要目标\n\n### （一）经济增长\n\n"
            + body * 12 + "### （二）人民生活\n\n城乡居民生活达到小康水平。\n")
    path = tmp_path / "wrapped.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    paragraphs = [p.text for p in doc.paragraphs() if "钢产量" in p.text]
    assert len(paragraphs) == 12
    assert paragraphs[0] == ("到2000年，全省钢产量达到8000万吨以上，钢材产量5950万吨。城镇新增就业要达到300万人左右，"
                             "城镇登记失业率控制在4%以内，居民收入稳步提高。")
    # a file writing one paragraph a line keeps its line breaks
    one_a_line = path.with_name("lines.md")
    one_a_line.write_text(text.replace(body, "钢材产量5950万吨\n城镇新增就业300万人。\n\n"), encoding="utf-8")
    assert "钢材产量5950万吨" in [p.text for p in parse_file(one_a_line).paragraphs()]


def test_guide_copied_from_a_web_page_one_paragraph_a_line():
    """A plan-genre 指引 copied from a web page into .md: no blank lines between headings and text (not a
    hard-wrapped text: its numbered heading lines are not joined to their paragraphs), page furniture, a date
    line under the title, a 目录 listing two entries on one line and the appendix's own （一） entries,
    headings with a subtitle after ：, an 附录 after the body."""
    doc = parse_file(DATA / "guide-plan.md")
    assert doc.title == "某某数据平台建设指引"
    assert [(c.heading.label, [s.heading.label for s in c.sections]) for c in doc.chapters()] == [
        ("一、概念内涵", []),
        ("二、建设目标", ["（一）主要目标", "（二）推进路径"]),
        ("三、重点任务", ["（一）数据汇聚：统一规范的数据汇聚", "（二）数据共享：开放普惠的数据共享"]),
        ("四、组织保障", ["（一）健全政策体系", "（二）强化人才支撑"]),
    ]
    assert [p.text for p in next(doc.chapters()).preamble] == [
        "数据平台是面向社会提供数据汇聚、共享服务的新型基础设施。", "数据平台由区域、行业平台共同构成。"]
    tasks = list(doc.chapters())[2].sections[0]
    assert [p.text for p in tasks.paragraphs] == ["图1 数据平台总体架构图", "建立统一的数据目录，实现数据广泛汇聚。"]
    assert doc.closing[0].text == "附录：术语解释" and len(doc.closing) == 6
    assert "2024年12月" in [p.text for p in doc.preface] and "前言" in [p.text for p in doc.preface]
    assert doc.warnings == ["lines 10-22: table of contents skipped"]
