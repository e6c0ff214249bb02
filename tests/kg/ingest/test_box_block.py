"""A 专栏 printed between its chapter's lead and the chapter's first section, in an outline plan
(一、/（一）) or under 第N章 with 一、 sections: a box's first group heads the items under it, so a
（一） or 一、 after a groupless box's items is the chapter's own section — the box ends there and
the sections after it are not swallowed as its groups (made-up plans of the genre; the box printed
as one block copied from a web page, or with its title and items set off by blank lines)."""
from __future__ import annotations

from kg.ingest.parse import parse_document


def _tree(doc):
    return [(c.heading.label, [s.heading.label for s in c.sections],
             [(b.heading.title, [i.paragraph.text for i in b.items]) for b in c.boxes]
             + [(b.heading.title, [i.paragraph.text for i in b.items]) for s in c.sections for b in s.boxes])
            for c in doc.chapters()]


def test_a_box_block_before_the_chapters_first_section_ends_at_its_blank_line():
    text = ("某区供水“十四五”规划\n\n一、发展回顾\n\n（一）主要成效\n\n建成水厂3座。\n\n（二）存在问题\n\n管网老化。\n\n"
            "二、主要任务\n\n围绕供水安全，建设“两网一厂”。\n\n专栏1　“两网一厂”\n两网：改造供水管网120公里。一厂：新建水厂1座。\n\n"
            "（一）提升供水能力\n\n新建水厂1座，供水能力达到20万立方米/天。\n\n（二）改造老旧管网\n\n改造供水管网120公里。\n\n"
            "（三）加强水质监测\n\n建设水质在线监测站10个。\n")
    doc = parse_document(text, plan_id="t")
    assert _tree(doc)[1] == ("二、主要任务", ["（一）提升供水能力", "（二）改造老旧管网", "（三）加强水质监测"],
                             [("“两网一厂”", ["两网：改造供水管网120公里。一厂：新建水厂1座。"])])
    section = doc.chapters()
    assert [p.text for p in list(section)[1].sections[0].paragraphs] == ["新建水厂1座，供水能力达到20万立方米/天。"]


def test_a_second_box_block_between_sections_leaves_the_next_section_to_the_chapter():
    text = ("某县生态环境保护“十四五”规划\n\n一、总体要求\n\n（一）指导思想\n\n坚持生态优先。\n\n（二）主要目标\n\n"
            "到2025年，森林覆盖率达到60%。\n\n二、重点任务\n\n（一）治理大气污染\n\n淘汰燃煤锅炉50台。\n\n"
            "专栏2　大气治理工程\n燃煤锅炉淘汰工程。淘汰燃煤锅炉50台。\n扬尘治理工程。建设扬尘在线监测点30个。\n\n"
            "（二）治理水污染\n\n新建污水处理厂2座。\n\n（三）修复土壤\n\n完成污染地块修复5块。\n")
    doc = parse_document(text, plan_id="t")
    tasks = _tree(doc)[1]
    assert tasks[1] == ["（一）治理大气污染", "（二）治理水污染", "（三）修复土壤"]
    assert tasks[2] == [("大气治理工程", ["燃煤锅炉淘汰工程。淘汰燃煤锅炉50台。", "扬尘治理工程。建设扬尘在线监测点30个。"])]


def test_a_box_block_under_numbered_chapters_leaves_the_next_yi_section_to_the_chapter():
    text = ("某市教育事业发展“十四五”规划\n\n第一章　发展基础\n\n全市有中小学300所。\n\n第二章　主要任务\n\n"
            "专栏1　学位建设工程\n新建中小学20所，新增学位3万个。\n\n一、扩大优质教育资源\n\n新建中小学20所。\n\n"
            "二、加强教师队伍建设\n\n引进骨干教师500名。\n")
    doc = parse_document(text, plan_id="t")
    tasks = _tree(doc)[1]
    assert tasks[1] == ["一、扩大优质教育资源", "二、加强教师队伍建设"]
    assert tasks[2] == [("学位建设工程", ["新建中小学20所，新增学位3万个。"])]


def test_a_box_whose_title_stands_alone_keeps_its_items_and_not_the_next_section():
    # The title set off by a blank line: the box's items are paragraphs of their own, as in the seed.
    text = ("某区交通“十四五”规划\n\n一、发展基础\n\n（一）建设成就\n\n建成公路100公里。\n\n二、主要任务\n\n"
            "专栏1　交通重点项目\n\n环城公路项目。新建公路30公里。\n\n客运枢纽项目。新建客运站1座。\n\n"
            "（一）完善路网\n\n新建公路30公里。\n")
    doc = parse_document(text, plan_id="t")
    box = [b for c in doc.chapters() for b in c.boxes][0]
    assert [i.paragraph.text for i in box.items] == ["环城公路项目。新建公路30公里。", "客运枢纽项目。新建客运站1座。"]
    assert _tree(doc)[1][1] == ["（一）完善路网"]


def test_a_box_block_with_its_own_groups_keeps_them():
    # Groups printed inside the block go on being the box's; only the blank line after the block ends it.
    text = ("某区能源“十四五”规划\n\n一、发展基础\n\n（一）建设成就\n\n建成光伏10万千瓦。\n\n二、主要任务\n\n"
            "专栏1　能源重点工程\n（一）光伏工程\n建设屋顶光伏5万千瓦。\n（二）储能工程\n建设储能电站2座。\n\n"
            "（一）发展可再生能源\n\n建设屋顶光伏5万千瓦。\n\n（二）建设新型储能\n\n建设储能电站2座。\n")
    doc = parse_document(text, plan_id="t")
    tasks = _tree(doc)[1]
    assert tasks[1] == ["（一）发展可再生能源", "（二）建设新型储能"]
    box = [b for c in doc.chapters() for b in c.boxes][0]
    assert box.groups == ["（一）光伏工程", "（二）储能工程"]


def test_a_box_lead_in_ending_in_a_colon_still_opens_its_groups():
    text = ("某区水利“十四五”规划\n\n一、发展基础\n\n（一）建设成就\n\n建成堤防50公里。\n\n二、主要任务\n\n"
            "专栏1　水利重点工程\n围绕防洪安全，实施以下工程：\n（一）堤防工程\n加固堤防20公里。\n（二）水闸工程\n新建水闸3座。\n\n"
            "（一）完善防洪体系\n\n加固堤防20公里。\n")
    doc = parse_document(text, plan_id="t")
    box = [b for c in doc.chapters() for b in c.boxes][0]
    assert box.groups == ["（一）堤防工程", "（二）水闸工程"]
    # the box's groups end with it: the chapter's own （一） after the box is its section
    assert _tree(doc)[1][1] == ["（一）完善防洪体系"]
