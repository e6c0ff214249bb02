"""A question names the level it wants things counted or listed at, in whatever word the user has for it
(节, 条目, 项, 条款): a phrase's occurrences are grouped by the headings of that level, not by chapter
— 「“数字”在方案的哪些条目里出现？」 asks the （一）-items of a 一、/（一） plan (issue 11 class 4, u11-22)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

OUTLINE = DATA / "layout9-items-plan.md"
SECTIONS = DATA / "layout9-sections-plan.txt"


@pytest.mark.parametrize("question", [
    "“数字”在方案的哪些条目里出现？",
    "“数字”在哪几项中提到？",
    "数字这个词在方案哪些条里出现过？",
    "“数字”在方案的哪些节里出现？",
])
def test_xref_grouped_by_the_items_asked(engine_for, question):
    a = engine_for(OUTLINE).ask(question)
    assert a.kind == "xref" and a.found, a.answer
    labels = [i.label for i in a.items]
    assert len(labels) == 3, labels
    assert ["指导思想" in labels[0], "加快数字乡村建设" in labels[1], "完善乡村人才培养体系" in labels[2]] == [True] * 3, labels
    assert "繁荣乡村文化" not in a.answer


def test_xref_by_chapter_unless_a_lower_level_is_asked(engine_for):
    a = engine_for(OUTLINE).ask("“数字”在方案的哪些章节中被提到？")
    assert a.kind == "xref" and len(a.items) == 2, a.answer  # 一、 and 二、


@pytest.mark.parametrize("question", ["“农产品”在纲要的哪些节里出现？", "农产品在哪几节提到了？"])
def test_sections_named_with_their_chapter(engine_for, question):
    a = engine_for(SECTIONS).ask(question)
    assert a.kind == "xref" and a.found, a.answer
    labels = [i.label for i in a.items]
    assert len(labels) == 3, labels
    assert "发展成就" in labels[0] and "第一章" in labels[0], labels
    assert "现代农业" in labels[1] and "第二章" in labels[1], labels
    assert "现代服务业" in labels[2], labels


@pytest.mark.parametrize("question", [
    "第二章的各节标题分别是什么？", "第二章下面各节都叫什么？", "第二章所有节的题目是什么？", "第2章的每一节分别讲什么？"])
def test_titles_of_a_chapters_sections(engine_for, question):
    a = engine_for(SECTIONS).ask(question)
    assert a.found, a.answer
    for title in ("现代农业", "先进制造业", "现代服务业"):
        assert title in a.answer, a.answer
    assert "发展成就" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["二、重点任务的各项标题分别是什么？", "“重点任务”下面各项都叫什么？"])
def test_titles_of_an_outline_parts_items(engine_for, question):
    a = engine_for(OUTLINE).ask(question)
    assert a.found, a.answer
    for title in ("加快数字乡村建设", "完善乡村人才培养体系", "繁荣乡村文化"):
        assert title in a.answer, a.answer
    assert "强化投入保障" not in a.answer, a.answer


TASKS = DATA / "layout9-tasks-plan.md"


@pytest.mark.parametrize("question", [
    "“八五”计划的基本任务一共列了几条？", "基本任务有几条？", "这个计划的基本任务有多少项？"])
def test_items_of_an_outline_heading_counted_by_its_bare_title(engine_for, question):
    """（一）基本任务 is titled 基本任务: named by its words, with or without the plan before them."""
    a = engine_for(TASKS).ask(question)
    assert a.found and "3" in a.answer, a.answer
    assert "推进现有企业技术改造" in a.answer or len(a.items) == 3, a.answer


LEADIN = DATA / "layout9-leadin-plan.txt"


@pytest.mark.parametrize("question, count, last", [
    ("“十五”期间要突出贯彻的重要指导方针一共几条？", "4条", "坚持经济和社会协调发展"),
    ("重要指导方针有几条？", "4条", "坚持经济和社会协调发展"),
    ("对工业的地区分布作了几项主要部署？", "3项", "在西部山区开始部分的工业建设"),
    ("工业的地区分布一共部署了几项？", "3项", "在西部山区开始部分的工业建设"),
])
def test_members_of_a_lead_in_list_counted(engine_for, question, count, last):
    a = engine_for(LEADIN).ask(question)
    assert a.found and count in a.answer and last in a.answer, a.answer


def test_a_figure_counted_is_no_list(engine_for):
    a = engine_for(LEADIN).ask("工业园区引进多少家企业？")
    assert "50家" in a.answer or not a.found, a.answer


TITLE_LINES = DATA / "layout9-titlelines-plan.txt"


@pytest.mark.parametrize("question, title", [
    ("第一章第一节的（二）标题是什么？", "工业的地区分布"),
    ("第1章第1节的(三)叫什么？", "地质工作"),
])
def test_a_bracketed_part_of_a_numbered_section(engine_for, question, title):
    """（一）（二）（三） printed as plain lines inside a 第N节: the one asked, not the section's own title."""
    a = engine_for(TITLE_LINES).ask(question)
    assert a.found and title in a.answer and "工业的基本建设" in a.answer, a.answer


def test_a_bracketed_part_the_heading_lacks(engine_for):
    a = engine_for(TITLE_LINES).ask("第一章第一节的（五）标题是什么？")
    assert not a.found and "（五）" in a.answer, a.answer


@pytest.mark.parametrize("question", ["第二部分的第（二）项标题是什么？", "第二部分的（二）叫什么？"])
def test_a_bracketed_section_of_an_outline_part(engine_for, question):
    a = engine_for(TASKS).ask(question)
    assert a.found and "经济增长的规模和速度" in a.answer and "基本任务" not in a.answer.split("属于")[0], a.answer


@pytest.mark.parametrize("question", ["第一章第一节分了几个部分？", "第1章第1节下面有几个部分？"])
def test_a_sections_title_lines_counted(engine_for, question):
    a = engine_for(TITLE_LINES).ask(question)
    assert a.found and "3" in a.answer and "地质工作" in a.answer, a.answer


@pytest.mark.parametrize("question", ["第一章第一节各部分的标题是什么？", "第一章第一节的每个部分分别叫什么？"])
def test_a_sections_title_lines_listed(engine_for, question):
    a = engine_for(TITLE_LINES).ask(question)
    assert a.found, a.answer
    for title in ("工业基本建设计划是五年计划的中心", "工业的地区分布", "地质工作"):
        assert title in a.answer, a.answer
    assert "工业的生产" not in a.answer, a.answer


@pytest.mark.parametrize("question, answer", [
    ("方案正文一共列了多少项带括号编号的任务？", "6项"),
    ("带括号编号的条目一共有几个？", "6项"),
    ("（一）（二）这一级标题一共有多少个？", "6项"),
    ("一、二、这样的大标题有几个？", "3项"),
])
def test_a_level_named_by_its_numbering(engine_for, question, answer):
    """u11-19: the level asked by how it is printed (带括号编号, 一、二、这样), counted over the whole text."""
    a = engine_for(OUTLINE).ask(question)
    assert a.found and answer in a.answer, a.answer


def test_a_numbering_the_plan_does_not_print(engine_for):
    a = engine_for(SECTIONS).ask("带括号编号的任务一共有多少项？")
    assert not a.found, a.answer


GROUPS = DATA / "layout9-groups-plan.txt"


@pytest.mark.parametrize("question", ["三大支柱产业是哪三个？", "三大支柱产业指哪些？", "“三大支柱产业”包括哪些产业？"])
def test_a_counted_group_whose_members_are_a_chapters_sections(engine_for, question):
    """u11-08: the chapter's own text names the group, its 节 are the members (the verbs before them dropped)."""
    a = engine_for(GROUPS).ask(question)
    assert a.found, a.answer
    for name in ("茶叶产业", "旅游产业", "矿产业"):
        assert name in a.answer, a.answer
    assert "巩固提高" not in a.answer and "物流" not in a.answer, a.answer


def test_a_group_counted_otherwise_than_the_sections(engine_for):
    a = engine_for(GROUPS).ask("四大支柱产业是哪四个？")
    assert "茶叶产业、旅游产业、矿产业" not in a.answer, a.answer
