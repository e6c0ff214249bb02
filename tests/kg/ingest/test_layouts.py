"""Layout families and markup beyond 第N章: a district plan numbered 一、/（一）/1., run-together
PDF headings, odd spacing, bold lines taking over from Markdown headings."""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_document, parse_file
from tests.conftest import DATA

DISTRICT = DATA / "district-outline-plan.md"


def _parse_md(tmp_path, text: str):
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    return parse_file(path)


@pytest.fixture(scope="module")
def district():
    return parse_file(DISTRICT)


def test_district_outline_tree(district):
    assert district.parts == []
    assert [c.heading.label for c in district.chapters()] == ["一、发展基础", "二、总体要求", "三、产业发展", "四、保障措施"]
    assert [[s.heading.label for s in c.sections] for c in district.chapters()] == [
        ["（一）主要成就", "（二）面临形势"],  # Markdown headings, one closed by 。
        ["（一）指导思想", "（二）主要目标"],  # bold lines take over
        ["（一）建设先进制造业基地", "（二）发展现代服务业"],  # tab-indented, NBSP and U+2002 spacing
        ["（一）加强党的领导"],
    ]
    assert district.title == "某某市某某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert any("table of contents" in w for w in district.warnings)


def test_district_numbered_paragraphs_are_items(district):
    items = [p.text for p in district.paragraphs() if p.kind == "item"]
    assert items[:2] == ["1．经济实力稳步增强。全区完成固定资产投资累计450亿元。", "2．城乡面貌明显改善。新建改造城市道路35公里。"]


def test_ocr_letter_spaced_years_are_joined(district):
    text = district.paragraph_index()["ch01-s1-p01"].text
    assert "从2015年的120亿元增加到2020年的180亿元" in text


def test_district_box_under_its_section(district):
    [box] = district.boxes()
    assert box.heading.label == "专栏1 重点产业项目"
    assert str(box.path) == "三、产业发展 / （一）建设先进制造业基地 / 专栏1 重点产业项目"
    assert [i.name for i in box.items] == ["某某新材料产业园", "智能装备制造基地"]


def test_indicator_table_without_base_year_columns(district):
    rows = [(i.number, i.name, i.unit, i.attribute, i.base.raw, i.target.raw, i.target.value)
            for i in district.indicators]
    assert rows == [
        (1, "地区生产总值年均增长", "%", "预期性", "", "与全市保持同步", None),
        (2, "单位地区生产总值能耗降低", "%", "约束性", "", "完成市下达目标", None),
        (3, "城镇调查失业率", "%", "预期性", "", "<5.5", 5.5),
        (4, "每千人口拥有3岁以下婴幼儿托位数", "个", "预期性", "", "4.5", 4.5),  # continuation row joined
        (5, "森林覆盖率", "%", "约束性", "", "≥58", 58.0),
    ]
    assert district.indicators[0].paragraph.text == "指标1 地区生产总值年均增长（%）：目标为与全市保持同步，属性为预期性。"


def test_glossary_with_page_references(district):
    assert [(t.number, t.name) for t in district.glossary] == [(1, "智慧灯杆"), (2, "城市大脑")]


def test_indicator_table_as_html(tmp_path):
    pytest.importorskip("trafilatura")
    rows = "".join(f"<tr><td>{n}</td><td>{name}</td><td>%</td><td>{attr}</td><td>{target}</td></tr>" for n, name, attr, target in [
        (1, "地区生产总值年均增长", "预期性", "与全市保持同步"), (2, "森林覆盖率", "约束性", "≥58")])
    page = ("<html><body><div class='content'><h2>一、主要目标</h2><p>到2025年，全区综合实力明显增强，主要指标如下。</p>"
            "<table><tr><td>序号</td><td>指标名称</td><td>单位</td><td>属性</td><td>目标</td></tr>" + rows +
            "</table><h2>二、保障措施</h2><p>充分发挥党总揽全局、协调各方的领导核心作用。</p></div></body></html>")
    path = tmp_path / "district.html"
    path.write_text(page, encoding="utf-8")
    doc = parse_file(path)
    assert [c.heading.label for c in doc.chapters()] == ["一、主要目标", "二、保障措施"]
    assert [(i.name, i.target.raw) for i in doc.indicators] == [("地区生产总值年均增长", "与全市保持同步"),
                                                                ("森林覆盖率", "≥58")]


def test_headings_run_together_by_pdf_extraction():
    text = ("某县规划纲要\n\n第十九章　乡村振兴\n\n推进乡村振兴。\n\n"
            "\u3000\u3000第二十章\u3000水利建设\u3000\u3000第一节\u3000加强防洪\n\n建设堤防。\n\n"
            "第二十一章农村金融改革\n\n深化改革。\n")
    doc = parse_document(text, plan_id="t")
    assert [c.heading.label for c in doc.chapters()] == ["第19章 乡村振兴", "第20章 水利建设", "第21章 农村金融改革"]
    [section] = [s for c in doc.chapters() for s in c.sections]
    assert section.heading.label == "第1节 加强防洪" and section.heading.line == 7  # the source line
    assert doc.paragraph_index()["ch20-s1-p01"].text == "建设堤防。"


def test_an_enumeration_in_the_text_is_not_the_outline():
    text = ("某县规划\n\n一、发展基础\n\n主要做法有：\n\n一、抓项目。全年开工项目120个。\n\n二、抓产业。新增规模企业30家。\n\n"
            "二、总体要求\n\n（一）指导思想\n\n坚持新发展理念。\n\n（一）坚持党的领导\n")
    doc = parse_document(text, plan_id="t")
    assert [c.heading.label for c in doc.chapters()] == ["一、发展基础", "二、总体要求"]
    assert [s.heading.label for s in doc.sections()] == ["（一）指导思想"]


def test_bold_lines_take_over_from_markdown_headings(tmp_path):
    text = "## 第一章　总则\n\n正文。\n\n**第二章　产业**\n\n发展产业。\n\n**第一节　工业**\n\n做强工业。\n"
    doc = _parse_md(tmp_path, text)
    assert [c.heading.label for c in doc.chapters()] == ["第1章 总则", "第2章 产业"]
    assert [s.heading.label for s in doc.sections()] == ["第1节 工业"]


@pytest.mark.parametrize("second", ["三", "一"])
def test_parts_named_bufen_over_outline_chapters(second):
    """第N部分 stands for 篇; 一、 under a new part goes on from the part before, or restarts."""
    text = ("某市规划纲要\n\n第一部分　发展基础\n\n一、主要成就\n\n成绩显著。\n\n二、面临形势\n\n机遇与挑战并存。\n\n"
            f"第二部分　主要任务\n\n{second}、建设现代产业体系\n\n（一）壮大制造业\n\n做强工业。\n")
    doc = parse_document(text, plan_id="t")
    assert [p.heading.label for p in doc.parts] == ["第1部分 发展基础", "第2部分 主要任务"]
    assert [[c.heading.label for c in p.chapters] for p in doc.parts] == [
        ["一、主要成就", "二、面临形势"], [f"{second}、建设现代产业体系"]]
    assert [s.heading.label for s in doc.sections()] == ["（一）壮大制造业"]


def test_outline_sections_under_numbered_chapters():
    """A plan with 第N章 but no 第N节 numbers its sections 一、二、."""
    text = ("某县规划纲要\n\n第一章　发展基础\n\n一、主要成就\n\n成绩显著，主要有：\n\n一、抓项目。开工120个。\n\n"
            "二、面临形势\n\n机遇与挑战并存。\n\n第二章　主要任务\n\n一、壮大制造业\n\n（一）新材料产业\n\n做强工业。\n\n"
            "专栏三　重大产业项目\n\n一、工业项目\n\n新材料产业园。总投资50亿元。\n")
    doc = parse_document(text, plan_id="t")
    assert [[s.heading.label for s in c.sections] for c in doc.chapters()] == [
        ["一、主要成就", "二、面临形势"], ["一、壮大制造业"]]
    [box] = doc.boxes()
    assert (box.heading.number, box.heading.title) == ("3", "重大产业项目")
    assert box.groups == ["一、工业项目"] and box.items[0].group == "一、工业项目"


def test_outline_heading_after_a_box_closes_it():
    text = ("某县规划\n\n一、产业发展\n\n（一）制造业\n\n做强工业。\n\n专栏1　重点项目\n\n（一）工业项目\n\n"
            "新材料产业园。总投资50亿元。\n\n（二）服务业项目\n\n物流园。总投资5亿元。\n\n（二）服务业\n\n做优服务业。\n\n"
            "专栏2　服务业项目\n\n物流园。总投资5亿元。\n\n（三）农业\n\n做精农业。\n")
    doc = parse_document(text, plan_id="t")
    # In box 1, （二） is its second group, but a second （二） is not its third: the next section.
    assert [s.heading.label for s in doc.sections()] == ["（一）制造业", "（二）服务业", "（三）农业"]
    box1, box2 = doc.boxes()
    assert box1.groups == ["（一）工业项目", "（二）服务业项目"] and len(box1.items) == 2
    assert len(box2.items) == 1


def test_unnumbered_markdown_headings_give_the_levels(tmp_path):
    text = ("# 某县乡村振兴规划\n\n## 总体要求\n\n坚持农业农村优先发展。\n\n### 指导思想\n\n以习近平新时代中国特色社会主义思想为指导。\n\n"
            "### 主要目标\n\n到2025年，农业现代化取得重要进展。\n\n## 重点任务\n\n### 发展特色产业\n\n做强茶叶产业。\n")
    doc = _parse_md(tmp_path, text)
    assert doc.title == "某县乡村振兴规划" and doc.parts == []
    assert [c.heading.label for c in doc.chapters()] == ["总体要求", "重点任务"]
    assert [[s.heading.label for s in c.sections] for c in doc.chapters()] == [["指导思想", "主要目标"], ["发展特色产业"]]
    assert doc.paragraph_index()["ch02-s1-p01"].text == "做强茶叶产业。"
    assert not any("implicit" in w for w in doc.warnings)


def test_unnumbered_word_heading_styles_give_the_levels(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("某县乡村振兴规划", level=0)
    for level, text in [(1, "总体要求"), (0, "坚持农业农村优先发展。"), (2, "指导思想"), (0, "以人民为中心。"),
                        (1, "重点任务"), (0, "做强茶叶产业。")]:
        (document.add_heading(text, level=level) if level else document.add_paragraph(text))
    path = tmp_path / "plan.docx"
    document.save(str(path))
    doc = parse_file(path)
    assert doc.title == "某县乡村振兴规划"
    assert [c.heading.label for c in doc.chapters()] == ["总体要求", "重点任务"]
    assert [s.heading.label for s in doc.sections()] == ["指导思想"]


def test_unnumbered_web_page_headings_give_the_levels(tmp_path):
    pytest.importorskip("trafilatura")
    page = ("<html><body><div class='content'><h1>某县乡村振兴规划</h1><h2>总体要求</h2>"
            "<p>坚持农业农村优先发展，全面推进乡村振兴。</p><h3>指导思想</h3><p>以人民为中心，推动共同富裕。</p>"
            "<h2>重点任务</h2><p>做强茶叶产业，建设现代农业产业园。</p></div></body></html>")
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    doc = parse_file(path)
    assert [c.heading.label for c in doc.chapters()] == ["总体要求", "重点任务"]
    assert [s.heading.label for s in doc.sections()] == ["指导思想"]


def test_closing_words_and_appendices_are_not_the_last_section():
    text = ("附件：某县规划纲要\n\n某县规划纲要\n\n第一章　总则\n\n第一节　目标\n\n建设新城。\n\n"
            "结束语\n\n全县人民要团结奋斗。\n\n附表1　重大项目表\n\n新城公园\t5亿元\n")
    doc = parse_document(text, plan_id="t")
    [section] = doc.sections()
    assert [p.text for p in section.paragraphs] == ["建设新城。"]
    assert [(p.id, p.kind, p.text) for p in doc.closing] == [
        ("end-p01", "title", "结束语"), ("end-p02", "prose", "全县人民要团结奋斗。"),
        ("end-p03", "title", "附表1 重大项目表"), ("end-p04", "title", "新城公园 5亿元")]
    assert all(p.path.chapter is None for p in doc.closing)


def test_table_of_contents_without_its_heading_is_skipped():
    """A TOC pasted without its 目录 line, with a typo the body lacks, counts nothing."""
    text = ("某县规划纲要\n\n序言\n一、发展基础\n（一）主要成桔\n（二）面临形势\n二、总体要求\n\n"
            "序言\n\n本规划依据……编制。\n\n一、发展基础\n\n（一）主要成就\n\n成绩显著。\n\n（二）面临形势\n\n"
            "机遇与挑战并存。\n\n二、总体要求\n\n坚持新发展理念。\n")
    doc = parse_document(text, plan_id="t")
    tree = [(c.heading.label, [s.heading.label for s in c.sections]) for c in doc.chapters()]
    assert tree == [("一、发展基础", ["（一）主要成就", "（二）面临形势"]), ("二、总体要求", [])]
    assert doc.warnings == ["lines 4-7: table of contents skipped"]
    assert [p.text for p in doc.preface if p.kind == "title"] == ["某县规划纲要", "序言", "序言"]


def test_box_in_a_markdown_quote_ends_with_the_quote(tmp_path):
    text = ("## 第一章　产业发展\n\n做强工业。\n\n> **专栏1　重点项目**\n>\n> **新材料产业园**→总投资50亿元。\n>\n"
            "> **物流园**→总投资5亿元。\n\n加快园区建设。\n")
    doc = _parse_md(tmp_path, text)
    [box] = doc.boxes()
    assert [i.name for i in box.items] == ["新材料产业园", "物流园"]
    assert [p.text for p in next(doc.chapters()).preamble] == ["做强工业。", "加快园区建设。"]


def test_bracketed_sections_under_numbered_chapters():
    """A plan with 第N章, no 第N节 and no 一、 numbers its sections （一）（二）."""
    text = ("某县规划纲要\n\n第一章　发展基础\n\n（一）主要成就\n\n成绩显著。\n\n（二）面临形势\n\n机遇与挑战并存。\n\n"
            "第二章　主要任务\n\n（一）壮大制造业\n\n做强工业。\n")
    doc = parse_document(text, plan_id="t")
    assert [[s.heading.label for s in c.sections] for c in doc.chapters()] == [
        ["（一）主要成就", "（二）面临形势"], ["（一）壮大制造业"]]
