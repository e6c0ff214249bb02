"""Structure of plans that number their tasks 1.…N. under （一）/第N节 sub-headings, on two made-up plans: an action plan
(一、 parts, （一） sections under 三、, items 1.…12. running on through the sections) and a county plan (第N章/第N节,
items 1．… restarting in every section).

A count asking for 条 or 具体任务 counts the numbered items and says how the sub-headings group them (a count of 方面/节
stays the sub-headings', noting the items); 「X放在哪个行动/哪部分下面」 names the section holding X's item; xref asked in
words naming no level (哪几块, 哪些地方) names the sections inside each chapter; 「X那边/周边规划了哪些项目」 is what the
plan names with the place; a site the clause naming the thing does not print is not found.
"""
from __future__ import annotations

import re

import pytest

from tests.conftest import DATA


@pytest.fixture(scope="module")
def action(engine_for):
    return engine_for(DATA / "struct-items-action-plan.md")


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(DATA / "struct-items-county-plan.txt")


@pytest.fixture
def plans(action, county):
    return {"action": action, "county": county}


def _says(answer, wanted, unwanted=(), kind: str | None = None) -> None:
    """``answer`` found (of ``kind``), printing every ``wanted`` string and none of ``unwanted``."""
    assert answer.found and (kind is None or answer.kind == kind), answer.answer
    assert all(w in answer.answer for w in wanted) and not any(w in answer.answer for w in unwanted), answer.answer


def _count(answer) -> int | None:
    m = re.search(r"共列(\d+)条", answer.answer)
    return int(m.group(1)) if m else None


@pytest.mark.parametrize("plan, question, count, groups", [
    ("action", "重点任务一共列了多少条具体任务？", 12, ["（一）完善培养体系（第1—3条）", "（四）推进区域协同（第10—12条）"]),
    ("action", "重点任务有几条？", 12, ["（二）推动企业培养（第4—6条）"]),
    ("action", "“三、重点任务”下面一共有多少条具体举措？", 12, ["（三）加强激励保障（第7—9条）"]),
    ("action", "主要任务一共列了多少条具体任务？", 12, []),  # the genre's other word for 重点任务
    ("county", "重点任务一共列了多少条具体任务？", 7, ["推进产业升级（第1—3条）", "推进城乡融合（第1—4条）"]),
    ("county", "规划的重点任务具体有多少条？", 7, []),
    ("action", "重点任务里一共有几条具体措施？", 12, []),
])
def test_count_of_numbered_items(plans, plan, question, count, groups):
    a = plans[plan].ask(question)
    assert a.found and _count(a) == count, a.answer
    assert len(a.items) == count and a.items[0].label.startswith("1.") and a.items[0].citation
    for group in groups:
        assert group in a.answer, a.answer


@pytest.mark.parametrize("plan, question, sections, items", [
    ("action", "重点任务分了几个方面？", 4, 12),
    ("action", "“三、重点任务”下面有几节？", 4, 12),
    ("county", "重点任务分了几个方面？", 2, 7),
])
def test_count_of_sections_notes_the_items(plans, plan, question, sections, items):
    a = plans[plan].ask(question)
    assert a.found and f"下分{sections}" in a.answer and f"共列{items}条" in a.answer, a.answer


def test_heading_without_items_counts_its_own_parts(action):
    a = action.ask("保障措施有几条？")
    assert "共列" not in a.answer, a.answer


@pytest.mark.parametrize("plan, question, section, number", [
    ("action", "“推行企业新型数字学徒制”是放在哪个部分下面的？", "（二）推动企业培养", 4),
    ("action", "支持企业自主评价属于哪个方面？", "（二）推动企业培养", 6),
    ("action", "建设青禾数字产业园放在哪一块？", "（四）推进区域协同", 10),
    ("action", "“提高数字工匠待遇”放在哪部分下面？", "（三）加强激励保障", 7),
    ("action", "办好数字工匠大赛放在哪个任务下面？", "（一）完善培养体系", 3),
    ("county", "“完善交通网络”放在哪一块？", "推进城乡融合", 2),
    ("county", "扩建云溪镇中心学校放在哪个部分下面？", "推进城乡融合", 3),  # words inside item 3
    ("action", "推行企业新型数字学徒制是哪个方面的内容？", "（二）推动企业培养", 4),
    ("action", "“开展数字工匠表彰”在哪个部分里？", "（三）加强激励保障", 8),
    ("action", "建立校企合作机制是哪一块里的？", "（二）推动企业培养", 5),
])
def test_item_position(plans, plan, question, section, number):
    a = plans[plan].ask(question)
    assert a.found and a.kind == "structure", a.answer
    assert section in a.answer and f"第{number}条" in a.answer, a.answer


@pytest.mark.parametrize("plan, question, wanted, unwanted", [
    ("action", "“数字工匠大赛”在方案的哪几块提到了？",
     ["一、总体要求（1处）", "（一）完善培养体系", "（三）加强激励保障", "（四）推进区域协同"], ["（二）推动企业培养"]),
    ("action", "数字工匠大赛在哪些地方提到过？", ["（一）完善培养体系", "（四）推进区域协同"], ["（二）推动企业培养"]),
    ("county", "梧桐茶叶节在规划的哪些地方提到了？", ["“梧桐茶叶节”", "发展成就", "推进产业升级", "推进城乡融合"], ["面临形势"]),
    ("action", "方案里哪几处提到了数字工匠大赛？", ["（一）完善培养体系", "（三）加强激励保障"], ["（二）推动企业培养"]),
])
def test_xref_names_sections_when_no_level_is_asked(plans, plan, question, wanted, unwanted):
    _says(plans[plan].ask(question), wanted, unwanted, kind="xref")


def test_xref_by_chapter_when_chapters_asked(county):
    a = county.ask("梧桐茶叶节在规划哪几章提到了？")
    assert a.found and "“梧桐茶叶节”" in a.answer and "推进产业升级" not in a.answer, a.answer
    assert [i.label[:4] for i in a.items] == ["第一章 ", "第二章 "]


@pytest.mark.parametrize("plan, question, names", [
    ("action", "青禾镇那边规划了哪些项目？", ["青禾数字产业园", "青禾镇数字小镇", "石湾至青禾镇公路"]),
    ("action", "青禾镇周边有什么项目？", ["青禾数字产业园", "石湾至青禾镇公路"]),
    ("county", "云溪镇那一块有哪些项目？", ["县城至云溪镇公路", "云溪大桥", "云溪镇中心学校", "云溪古村"]),
])
def test_works_of_a_place_asked_by_where(plans, plan, question, names):
    _says(plans[plan].ask(question), names, ["北塘", "梧桐茶叶"], kind="related")


@pytest.mark.parametrize("plan, question", [
    ("action", "省级数字工匠实训中心建在哪个城市？"),
    ("action", "市级数字技能公共实训基地选址在哪？"),
    ("county", "县城物流中心建在哪个镇？"),
    ("action", "省级数字工匠实训中心落户在哪个城市？"),
    ("action", "市级数字技能公共实训基地设在哪里？"),
])
def test_site_not_printed_is_not_found(plans, plan, question):
    a = plans[plan].ask(question)
    assert not a.found and "没有写明" in a.answer, a.answer


@pytest.mark.parametrize("question, unit", [
    ("方案一共列了多少条具体任务？", "条"),
    ("一共提出了多少项具体举措？", "项"),
])
def test_count_of_items_naming_no_heading(action, question, unit):
    a = action.ask(question)
    assert a.found and f"三、重点任务下共列12{unit}" in a.answer, a.answer


def test_numbers_out_of_order_are_no_items(engine_for, tmp_path):
    from qa.enumerations.numbered import numbered_items

    plan = tmp_path / "out-of-order-plan.md"
    plan.write_text((DATA / "struct-items-action-plan.md").read_text("utf-8").replace("5.建立校企合作机制", "9.建立校企合作机制"), "utf-8")
    kb = engine_for(plan).kb
    tasks = next(n for n in kb.by_type["Chapter"] if "重点任务" in kb.heading(n))
    assert numbered_items(kb, tasks) == []
    a = engine_for(plan).ask("重点任务有几条？")
    assert "共列" not in a.answer, a.answer


@pytest.mark.parametrize("plan, question, wanted", [
    ("action", "“推动企业培养”下面有几条？", "下分3条"),
    ("action", "重点任务第5条讲的是什么？", "建立校企合作机制"),
    ("action", "重点任务的第二个方面是什么？", "推动企业培养"),
    ("action", "“推动企业培养”包括哪些具体任务？", "推行企业新型数字学徒制；建立校企合作机制；支持企业自主评价"),
    ("action", "推进区域协同下面列了哪几条？", "建设青禾数字产业园；打造青禾镇数字小镇；支持北塘片区发展"),
    ("action", "重点任务包括哪些具体任务？", "共列12条：（一）完善培养体系：1.健全数字技能培训制度，2.建设数字工匠学院"),
    ("county", "重点任务下面一共有几个方面？", "下分2个方面"),
    # a site the clause prints is given
    ("action", "数字工匠学院建在哪里？", "新港区滨湖大道东侧"),
    ("county", "生态建材产业园建在哪？", "云溪镇"),
])
def test_items_of_one_section_the_nth_item_and_printed_sites(plans, plan, question, wanted):
    _says(plans[plan].ask(question), [wanted])


@pytest.mark.parametrize("question, wanted, unwanted", [
    # A box line of roads parted by ；: the clause naming the town holds its road, not the other roads' names.
    ("黄田铺镇那边规划了哪些项目？", ["黄田铺文化教育特色小镇", "黄田铺高速出口至石山脚公路"], ["国道322改线", "零陵至道县高速公路"]),
    ("珠山镇那边规划了哪些项目？", ["珠山产业重镇", "珠山工业园", "毛栗铺至珠山镇公路"], ["零陵至道县高速公路"]),
])
def test_works_of_a_town_on_the_seed(engine, question, wanted, unwanted):
    _says(engine.ask(question), wanted, unwanted, kind="related")


@pytest.mark.parametrize("question, wanted", [
    ("重点任务一共列了多少条具体任务？", ["共列12条", "（四）推进区域协同（第10—12条）"]),
    ("“推行企业新型数字学徒制”是放在哪个部分下面的？", ["（二）推动企业培养", "第4条"]),
    ("办好数字工匠大赛放在哪个任务下面？", ["三、重点任务的（一）完善培养体系下", "第3条"]),
    ("“数字工匠大赛”在方案的哪几块提到了？", ["（一）完善培养体系", "（四）推进区域协同"]),
])
def test_items_printed_as_title_lines(engine_for, question, wanted):
    """The same plan with each item's title on a line of its own (「1.健全数字技能培训制度」, its text below)."""
    _says(engine_for(DATA / "struct-items-titled-plan.md").ask(question), wanted)


@pytest.mark.parametrize("question, count, first, members", [
    ("专栏1分几类？", 2, "数字基础技能", "办公软件、网络应用"),  # a box table's 类别 column
    ("专栏1有哪几大类？", 2, "数字基础技能", "工业互联网、人工智能、大数据"),
    ("专栏2分几类？", 2, "产业平台", "青禾数字产业园、北塘数字服务中心"),  # （一）（二） item groups
    ("专栏2包括哪几类？", 2, "产业平台", "石湾至青禾镇公路"),
])
def test_categories_of_a_box(action, question, count, first, members):
    a = action.ask(question)
    assert a.found and f"分{count}类" in a.answer and members in a.answer, a.answer
    assert a.items[0].label == first and a.items[0].citation


def test_box_items_still_counted_as_items(action):
    a = action.ask("专栏1有多少项？")
    assert a.found and "5" in a.answer, a.answer
