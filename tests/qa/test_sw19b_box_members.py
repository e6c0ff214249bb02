"""Sums and look-ups over a box that name some of its items (lane seedwords19b).

「专栏2里A、B和C这三个风电项目，装机加起来多少」 is the named items' total — never the box's total over all its
items (which would add a solar plant and a reservoir's station), and a name the box does not hold leaves it
unanswered. 「宽度是50米的有哪几条路」 asks which roads (哪几 is no count), and a 路 asked may be printed 大道 or 街."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "sw19b-box-plan.txt"


@pytest.mark.parametrize("question", [
    "专栏2里鹰嘴岭、石门湾和青峰二期这三个风电项目，装机加起来一共多少万千瓦？",
    "专栏2中鹰嘴岭、石门湾、青峰二期装机合计多少？",
    "专栏2的鹰嘴岭风电场、石门湾风电场和青峰风力发电站装机总共多少？",
])
def test_box_sum_of_named_items(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and "14万千瓦" in a.answer, a.answer
    assert "金沙" not in a.answer and "白鹭" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "专栏2里鹰嘴岭、龙潭和青峰二期这三个风电项目，装机加起来一共多少？",
    "专栏2里鹰嘴岭和黑石岗风电场装机合计多少万千瓦？",
])
def test_box_sum_naming_an_item_the_box_lacks_is_refused(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert not a.found, a.answer
    assert "合计" not in a.answer or "未给出" in a.answer, a.answer


def test_box_sum_naming_no_items_still_totals_the_box(engine_for):
    a = engine_for(PLAN).ask("专栏2里的风电项目装机合计多少？")
    assert a.found and "14万千瓦" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "专栏1里道路宽度是50米的有哪几条路？",
    "道路宽度50米的有哪几条路？",
    "宽50米的路有哪些？",
])
def test_roads_of_a_width_by_which_few(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found, a.answer
    assert {i.label for i in a.items} == {"翠湖大道北段", "松林路延伸段", "桂花街改造工程"}, a.answer


def test_which_few_projects_of_a_printed_value(engine_for):
    a = engine_for(PLAN).ask("哪几个项目总长3.1km？")
    assert a.found and [i.label for i in a.items] == ["松林路延伸段"], a.answer


def test_no_road_of_an_unprinted_width(engine_for):
    a = engine_for(PLAN).ask("道路宽度是45米的有哪几条路？")
    assert "对应的是" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "白沙大道北段的建设内容包括哪些？",
    "白沙大道北段建设内容有哪些？",
    "白沙大道北段的建设内容都包括什么？",
])
def test_an_items_aspect_it_does_not_print_is_not_a_neighbours(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert not a.found, a.answer
    assert "土石方" not in a.answer and "路基路面" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "望江路的建设内容包括哪些？",
    "翠湖大道北段的建设内容有哪些？",
])
def test_an_items_own_aspect_is_listed(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and "路基路面" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "新建城区排污管网的有哪几个地方？",
    "新建排污管网的有哪几个地方？",
    "要在哪几个地方新建排污管网？",
])
def test_places_of_a_run_asked_by_the_word_difang(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and [i.label for i in a.items] == ["桂花街", "滨湖公园", "县人民医院东院"], a.answer


def test_places_of_a_run_the_plan_does_not_print(engine_for):
    a = engine_for(PLAN).ask("新建供热管网的有哪几个地方？")
    assert not any(i.label == "桂花街" for i in a.items), a.answer
