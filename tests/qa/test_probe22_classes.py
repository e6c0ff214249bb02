"""Classes probe 22 (the unread parts of the 北京 and 深圳 十五五 纲要: PDF lines with 篇 titles on two lines and
chapters numbered afresh in every 篇; districts' functions listed in one sentence) showed, on an invented plan
(tests/data/probe22-city-plan.txt).

- A list asked of one district (「东湖区要持续提升哪些功能」) is read from the run printed with that district, never
  from the next sentence's run of other districts' (北岸区作为…、青石区作为…); the district leading the run's first
  member (「提升东湖区行政、商务和文化功能」) is whose the members are, no part of one.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "probe22-city-plan.txt"


@pytest.mark.parametrize("question, members", [
    ("东湖区要持续提升哪些功能？", ["行政", "文化", "商务", "国际交往"]),
    ("西岭区要提升哪些功能？", ["科技创新", "教育", "医疗"]),
])
def test_one_districts_list_is_its_own_run(plan, question, members):
    a = plan.ask(question)
    assert a.found, a.answer
    assert all(m in a.answer for m in members), a.answer
    assert not any(other in a.answer for other in ("北岸区", "青石区", "白沙区")), a.answer
    assert not any(i.label.startswith("东湖区") for i in a.items), a.answer


@pytest.mark.parametrize("question", ["第一篇的标题是什么？", "第一篇叫什么？"])
def test_part_title_on_two_lines(plan, question):
    a = plan.ask(question)
    assert a.found and "优化发展布局" in a.answer and "构建协调发展新格局" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "科技与产业投资占比要达到多少？",
    "科技与产业投资在全部投资里的占比要推动到多少？",
])
def test_range_with_units_and_joint_owner(plan, question):
    a = plan.ask(question)
    assert a.found and "20%-25%" in a.answer, a.answer
    assert "未能确定" not in a.answer, a.answer


def test_group_asked_with_its_etc_takes_the_groups_figure(plan):
    a = plan.ask("跨境电商、市场采购和保税维修等外贸新业态进出口规模到2030年要达到多少？")
    assert a.found and "800亿元" in a.answer, a.answer


@pytest.mark.parametrize("question, musts", [
    ("对口帮扶协作一共几个市？", ["3", "甲州", "丙州"]),
    ("和丁州几个县开展对口产业协作？", ["2"]),
    ("对口帮扶协作一共几个市？和丁州几个县开展对口产业协作？", ["3个市", "2个县"]),
])
def test_count_printed_after_its_run_of_places(plan, question, musts):
    a = plan.ask(question)
    assert a.found and all(m in a.answer for m in musts), a.answer


def test_body_given_the_task_in_its_sentence(plan):
    a = plan.ask("要提升规则引领、技术支撑、交易定价能力，打造区域数据市场核心枢纽的是哪家机构？")
    assert a.found and "东江国际数据交易所" in a.answer, a.answer
    assert not plan.ask("负责建设全国碳排放权交易市场的是哪家机构？").found


@pytest.mark.parametrize("question, chapter", [
    ("健全要素价格形成机制在哪一章？", "促进要素高效配置"),
    ("完善跨境电商服务体系在哪一章？", "促进要素高效配置"),
    ("完善跨境电商服务体系写在哪一章？", "促进要素高效配置"),
])
def test_where_of_words_printed_whole(plan, question, chapter):
    a = plan.ask(question)
    assert a.found and chapter in a.answer.split("另见")[0], a.answer


EXCERPT = DATA / "probe22-excerpt-plan.txt"


def test_where_of_words_never_a_shorter_name_they_hold(engine_for):
    """An excerpt opening inside a chapter prints 「一、健全市场价格形成机制」 under no chapter: where it sits is not
    known — never where 市场 (a name the words hold) is treated."""
    a = engine_for(EXCERPT).ask("健全市场价格形成机制在哪一节？")
    assert not a.found or "促进要素资源高效配置" in a.answer, a.answer
    assert "深度开拓国内市场" not in a.answer and "建设消费中心城市" not in a.answer, a.answer
