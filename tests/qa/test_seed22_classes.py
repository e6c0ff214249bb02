"""Lane seed22 (issue 11): classes found by blind office-wording batches on the seed.

Each test fails without its fix; wordings are the class's, not one batch question's.
"""
from __future__ import annotations

import pytest

from qa.question.wording import read_wording
from tests.conftest import DATA


# -- class 1: a lead-in that only asks to look something up changes nothing ----------------------------------

@pytest.mark.parametrize("lead", [
    "想核对一下，", "我想核对一下", "帮我核实一下", "麻烦核对下，", "我想确认下，", "帮忙查询一下，",
    "想了解一下，", "我这边想核实一下，", "帮我查查", "请问一下，", "我想知道",
])
@pytest.mark.parametrize("asked", [
    "“十三五”期间全区生产总值年均增长多少？",
    "光荣院建多少张床位？",
])
def test_lead_in_reads_away(lead, asked):
    assert read_wording(lead + asked) == read_wording(asked)


# -- class 4: a box's sum over one kind of its members (风电场 alone, never the solar plant or the reservoir) ----

KIND_PLAN = DATA / "seed22-kind-box-plan.txt"


@pytest.mark.parametrize("question", [
    "专栏1里风电场装机加起来一共多少？",
    "专栏1中风电项目装机合计多少万千瓦？",
    "专栏1的风力发电项目总装机是多少？",
])
def test_box_sum_of_one_kind(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert a.found and "14万千瓦" in a.answer, a.answer
    assert "60MW" not in a.answer and "1.5万千瓦" not in a.answer, a.answer



def test_kind_and_head_is_no_short_name():
    """「风电项目」 names the kind: never read as the one 石门湾风电场工程项目 whose name it spells in order."""
    from qa.vocabulary import KIND_AND_HEAD
    assert all(KIND_AND_HEAD.fullmatch(w) for w in ("风电项目", "风电场", "光伏电站", "风力发电场", "水库工程"))
    assert not any(KIND_AND_HEAD.fullmatch(w) for w in ("石门湾风电场", "风电", "鹰嘴岭风电场工程项目"))


# -- a plant's power printed before its name with no 装机 word is its capacity (建设100MW太阳能光伏电站) --------------

@pytest.mark.parametrize("text, raw", [
    ("阳光电源光伏电站项目，建设100MW太阳能光伏电站。", "100MW"),
    ("富家桥风电场，建设一座5万千瓦的风电场。", "5万千瓦"),
    ("新建2×35万千瓦燃煤发电机组。", "35万千瓦"),
    ("建设100MW（以省级主管能源部门备案为准）太阳能光伏电站。", "100MW"),
])
def test_power_before_a_plant_is_its_capacity(text, raw):
    from kg.extract.units import parse_quantities
    assert [q.kind for q in parse_quantities(text, source="x") if q.raw == raw] == ["capacity"]


def test_power_without_a_plant_keeps_its_dimension():
    from kg.extract.units import parse_quantities
    assert [q.kind for q in parse_quantities("最大用电负荷达到300MW。", source="x")] == ["power"]


def test_box_sum_counts_the_solar_plant(engine_for):
    a = engine_for(KIND_PLAN).ask("专栏1里光伏电站装机合计多少？")
    assert a.found and "60" in a.answer and "8万千瓦" not in a.answer, a.answer


# -- class 5: 「第N章里有哪些X」 lists the things inside that chapter, never its sections read as them ----------------

@pytest.mark.parametrize("question", ["第一章里有哪些风电场？", "第一章中的风电场有哪些", "第1章里都有哪些风电场"])
def test_chapter_things_of_a_kind(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert a.found and {i.label for i in a.items} == {"鹰嘴岭风电场", "石门湾风电场工程项目", "青峰风力发电站（二期）"}, a.answer


@pytest.mark.parametrize("question", ["第二章的重点项目有哪些？", "第二章里有哪些重点项目", "第2章中有哪些建设项目？"])
def test_chapter_projects_are_its_box_items(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert a.found and [i.label for i in a.items] == ["青石大道北段", "北岭风电场进场道路", "顺达物流"], a.answer


def test_chapter_without_a_box_lists_no_sections_as_projects(engine_for):
    a = engine_for(KIND_PLAN).ask("第三章里有哪些重点项目？")
    assert not a.found and "加强组织领导" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["第二章下面有哪几节？", "第二章包括哪些内容？"])
def test_chapter_parts_stay_the_outline(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert a.found and "城市道路" in a.answer and "农村公路" in a.answer, a.answer


# -- class 2: a box item's own count, asked with the verb after the thing (「乡村卫生院要提升几个」) -------------------

@pytest.mark.parametrize("question, noun", [
    ("专栏31.1里乡村卫生院要提升几个", "乡村卫生院"),
    ("专栏12.1中省级孵化器创建几个？", "省级孵化器"),
    ("专栏3里篮球场要改造多少个", "篮球场"),
])
def test_counted_noun_before_its_verb(question, noun):
    from qa.values.boxes import counted_noun
    assert counted_noun(question) == noun


@pytest.mark.parametrize("question", ["专栏1中有几个风电场？", "专栏1里风电场有几个"])
def test_box_count_of_a_kind_counts_its_items(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert a.found and "3个" in a.answer and "一座" not in a.answer, a.answer


def test_chapter_works_of_a_titled_box(engine_for):
    a = engine_for(KIND_PLAN).ask("第二章里有哪些交通重点项目？")
    assert a.found and [i.label for i in a.items] == ["青石大道北段", "北岭风电场进场道路", "顺达物流"], a.answer


# -- class 4: a sum of per-name counts printed side by side (the same 1个 at each name is each one's own) ---------

@pytest.mark.parametrize("question", ["省级孵化器和省级众创空间加起来要创建几个？", "省级孵化器加上省级研发平台一共创建几个"])
def test_sum_of_counts_printed_beside_each_name(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert a.found and "2个" in a.answer, a.answer


# -- modal words of aiming (争取, 力争) ask nothing themselves -------------------------------------------------------

@pytest.mark.parametrize("question", ["全区国保单位争取达到多少处？", "国保单位力争达到几处？"])
def test_aiming_modal_asks_the_figure(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert a.found and "10处" in a.answer, a.answer


# -- class 6: a quoted term asked for its members: listed when the plan prints them, else not found ---------------

@pytest.mark.parametrize("question", ["“四个最严”具体是哪四个？", "“四个最严”包括哪些？", "“四个最严”是哪几个"])
def test_term_whose_members_are_never_printed(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert not a.found, a.answer


def test_term_whose_members_are_printed_before_it(engine_for):
    a = engine_for(KIND_PLAN).ask("“三变”改革指的是哪三变？")
    assert a.found and all(m in a.answer + "".join(i.label for i in a.items) for m in ("资源变资产", "资金变股金", "农民变股东")), a.answer


# -- a school said short as the genre does (高专 for 高等专科学校) ------------------------------------------------------

def test_school_said_short(engine_for):
    a = engine_for(KIND_PLAN).ask("青石师范高专二期要建成多少个学位？")
    assert a.found and "14610" in a.answer, a.answer


# -- a run printed whole after a verb (完成A、B、C植被恢复面积…) is one owner, never its tail after a 、 ----------------

@pytest.mark.parametrize("question", ["废渣堆场、回填区、尾砂库植被恢复面积一共多少亩？", "废渣堆场、回填区、尾砂库植被恢复面积多少亩"])
def test_run_printed_after_a_verb(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert a.found and "3000亩" in a.answer and "囗" not in a.answer, a.answer


# -- a works' content is its own item's: never the list of another item that names it as a place -------------------

def test_content_of_a_works_never_a_neighbours(engine_for):
    a = engine_for(KIND_PLAN).ask("青石大道北段建设内容包括哪些？")
    assert not a.found and "快递分拨中心" not in a.answer, a.answer


def test_content_of_the_works_that_prints_it(engine_for):
    a = engine_for(KIND_PLAN).ask("顺达物流建设内容包括哪些？")
    assert a.found and "快递分拨中心" in a.answer + "".join(i.label for i in a.items), a.answer


def test_seed_road_content_is_not_the_logistics_park_beside_it(engine):
    """专栏26.4's 潇湘大道零陵段 prints no content; 专栏26.2's 优速物流 is sited on 潇湘大道西侧 and lists its own."""
    a = engine.ask("潇湘大道零陵段建设内容包括哪些？")
    assert not a.found and "快递分拨中心" not in a.answer, a.answer


# -- class 5: 「专栏X中…」 said first is where the item is: its figure, kept only when cited from that box -----------------

def test_box_said_first_scopes_the_item(engine_for):
    a = engine_for(KIND_PLAN).ask("专栏2中青石大道北段全长多少？")
    assert a.found and "5km" in a.answer, a.answer


def test_box_said_first_refuses_an_item_of_another_box(engine_for):
    a = engine_for(KIND_PLAN).ask("专栏1里青石大道北段全长多少？")
    assert not a.found, a.answer


# -- class 6: a numbered formula whose members are printed as one run in another paragraph of its chapter ----------

@pytest.mark.parametrize("question", ["“两区一城”具体指哪些？", "两区一城是哪两区一城"])
def test_formula_members_printed_in_another_paragraph(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert a.found and [i.label for i in a.items] == ["承接产业转移示范区", "精品农业先行区", "文化旅游名城"], a.answer


def test_box_said_first_before_a_where_question(engine_for):
    a = engine_for(KIND_PLAN).ask("请问一下，专栏2里顺达物流选址在哪？")
    assert a.found and "青石大道西侧" in a.answer, a.answer
