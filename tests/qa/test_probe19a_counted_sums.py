"""A sum of things a question counts (「A及B和C这两个产业，…加起来多少」, lane probe19a): a name holding a weak join
(及, 与) is one thing when the count says so; the things may be counted where they are named, the sum asked in the
clause after; two addends answered by one figure of one passage are one thing, never added twice; two things
opening alike (智能装备, 智能终端) are no printed total of both."""
from __future__ import annotations

import pytest

from qa.values.sums import sum_parts
from tests.conftest import DATA

PLAN = DATA / "probe19a-industries-plan.txt"


@pytest.mark.parametrize("question", [
    "港口物流及航运服务和文化旅游这两个产业，到2030年规模加起来要达到多少亿元？",
    "港口物流及航运服务和文化旅游两个产业到2030年规模加起来多少亿元？",
    "港口物流及航运服务与文化旅游这两个产业规模合计多少亿元？",
])
def test_counted_sum_keeps_a_name_holding_a_weak_join(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and "1100亿元" in a.answer, a.answer


def test_an_uncounted_run_is_never_added_twice(engine_for):
    a = engine_for(PLAN).ask("港口物流及航运服务产业和文化旅游产业到2030年规模一共多少亿元？")
    assert "1900" not in a.answer and "1600" not in a.answer, a.answer
    assert not a.found or "1100亿元" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "智能装备产业和智能终端产业到2030年规模合计多少亿元？",
    "智能装备和智能终端这两个产业，规模加起来多少亿元？",
])
def test_things_opening_alike_are_added(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and "700亿元" in a.answer, a.answer


def test_a_part_without_a_figure_leaves_the_sum_unanswered(engine_for):
    a = engine_for(PLAN).ask("港口物流及航运服务和数字创意这两个产业，规模加起来多少亿元？")
    assert not a.found and "800亿元" in a.answer and "合计" not in a.answer.split("：")[0].replace("合计数", ""), a.answer


def test_count_names_the_parts():
    parts = sum_parts("港口物流及航运服务和文化旅游这两个产业，规模加起来多少亿元？", lambda text: None)
    assert parts and [p.label for p in parts] == ["港口物流及航运服务规模", "文化旅游规模"]


@pytest.mark.parametrize("question", [
    "港口物流和文化旅游，这两个产业规模分别多少？",  # each asked: no sum
    "港口物流规模多少，文化旅游加起来多少？",  # the clause before asks a figure of its own
])
def test_no_counted_sum(question):
    assert sum_parts(question, lambda text: None) is None
