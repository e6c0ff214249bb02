"""Counts and lists of the noun asked, never a neighbour's, on a made-up plan (tests/data/heritage-runs-plan.md).

- In a run of counted nouns joined by 、/以及/与 (「12条A、9条B以及31个C」) each noun's count is the one printed
  right before it — asked alone, or as one part of a question of several nouns (「A、B、C各有多少」).
- A measure printed right before the asked thing's name (「启动12万平方米传统民居全项目修缮」) is its own, whatever
  name stands before it (「一批重大工程、重点项目加快实施，」).
- A list question naming a count (「四大X是哪四个」) takes the run printed with that kind and count
  (「东岭、西湾、南塘以及北苑等4处X」), never a run of another count and kind under a heading of the kind.
"""
from __future__ import annotations

import re

import pytest

from tests.conftest import DATA

PLAN = DATA / "heritage-runs-plan.md"


def _unquoted(text: str) -> str:
    """An answer without the clauses it quotes (a quote holds the neighbours' counts)."""
    return re.sub(r"原文：“.*?”", "", text)


@pytest.mark.parametrize("question, noun, count", [
    ("全区有多少条历史巷弄？", "历史巷弄", "9条"),
    ("历史巷弄有几条？", "历史巷弄", "9条"),
    ("目前全区有多少个传统院落？", "传统院落", "31个"),
    ("风貌保护道路有多少条？", "风貌保护道路", "12条"),
    ("公共停车场新建了几个？", "公共停车场", "7个"),
    ("观景平台建了多少处？", "观景平台", "15处"),
])
def test_a_noun_of_a_run_gets_its_own_count(plan, question, noun, count):
    a = plan.ask(question)
    assert a.found and count in _unquoted(a.answer), a.answer
    others = {"9条", "31个", "12条", "7个", "15处", "4座"} - {count}
    assert not any(f"：{o}" in _unquoted(a.answer) for o in others), a.answer


@pytest.mark.parametrize("question, counts", [
    ("风貌保护道路、历史巷弄、传统院落各有多少？", ["12条", "9条", "31个"]),
    ("历史巷弄和传统院落分别有多少？", ["9条", "31个"]),
    ("传统院落、历史巷弄各有多少？", ["31个", "9条"]),
])
def test_each_part_of_a_run_question_gets_its_own_count(plan, question, counts):
    a = plan.ask(question)
    parts = _unquoted(a.answer).split("；")
    assert a.found and len(parts) == len(counts), a.answer
    for part, count in zip(parts, counts):
        assert f"：{count}" in part, a.answer  # never the next noun's count


@pytest.mark.parametrize("question, counts", [
    ("游客服务中心、公共停车场、观景平台各新建了多少？", ["4座", "7个", "15处"]),
    ("公共停车场和观景平台分别新建了几个？", ["7个", "15处"]),
])
def test_no_part_gets_a_neighbours_count(plan, question, counts):
    """A part may still be refused (qa.values.parts), but never given the count of another noun of the run."""
    a = plan.ask(question)
    for part, count in zip(_unquoted(a.answer).split("；"), counts):
        assert re.search(r"：(?:\d+[座个处条]|规划中)", part) and (f"：{count}" in part or "规划中" in part), a.answer


@pytest.mark.parametrize("question", [
    "四大传统村落集中区是哪四个？",
    "青溪的四大传统村落集中区是哪几个？",
    "区里四个传统村落集中区分别是哪些？",
])
def test_a_counted_list_is_the_run_of_the_kind(plan, question):
    a = plan.ask(question)
    assert a.found and [i.label for i in a.items] == ["东岭", "西湾", "南塘", "北苑"], a.answer
    assert "建筑风貌" not in a.answer, a.answer


@pytest.mark.parametrize("question, values", [
    ("传统民居全项目修缮面积是多少？", ["12万平方米"]),
    ("传统民居全项目修缮要启动多少平方米？", ["12万平方米"]),
    ("老街立面改造面积定了多少？传统民居全项目修缮面积呢？", ["5万平方米", "12万平方米"]),
])
def test_a_measure_before_its_owner_is_the_owners(plan, question, values):
    a = plan.ask(question)
    assert a.found and [i.label for i in a.items] == values, a.answer
    assert "未找到" not in a.answer and "未能确定" not in a.answer, a.answer
