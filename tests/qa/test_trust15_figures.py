"""Figures of one clause read whole and for their own owner (set 13's wrong figures), on an invented district water
plan (tests/data/trust15-water-plan.md).

- A rate keeps its period: 「设计规模80m3/d」 is never said 「80m3」 (a volume), nor 「3万吨/日」 「3万吨」.
- 「一年能处理多少」 asks the 年处理量 the same clause prints.
- 「排水用户…达标率」 is answered by the sentence naming 排水用户达标率, never by the table's one row ending in 达标率
  (区管河道堤防达标率): a name's tail is the kind of measure, not a short form of that row.
"""
from __future__ import annotations

import pytest

from qa.values.prose import VALUE
from tests.conftest import DATA

PLAN = DATA / "trust15-water-plan.md"


@pytest.mark.parametrize("text, value", [
    ("设计规模80m3/d，年处理量20000m3", "80m3/d"),
    ("处理规模5万m³/日", "5万m³/日"),
    ("供水规模5.5万吨每天", "5.5万吨每天"),
    ("处理能力300吨/天", "300吨/天"),
])
def test_rate_value_keeps_its_period(text, value):
    assert [m.group(0) for m in VALUE.finditer(text)][0] == value


@pytest.mark.parametrize("question, values", [
    ("污泥处理中心设计规模多大，一年能处理多少？", ("80m3/d", "20000m3")),
    ("污泥处理中心的设计规模是多少？每年能处理多少？", ("80m3/d", "20000m3")),
    ("污泥处理中心一年能处理多少？", ("20000m3",)),
    ("东岸再生水厂处理规模是多少？", ("3万吨/日",)),
])
def test_yearly_and_daily_figures_of_one_clause(plan, question, values):
    a = plan.ask(question)
    assert a.found, a.answer
    for v in values:
        assert v in a.answer, a.answer
    assert "未找到" not in a.answer


@pytest.mark.parametrize("question, values", [
    ("雨污混接整治完了以后，排水用户和排水分区的达标率分别要超过多少？", ("85%", "75%")),
    ("雨污混接整治完成后，排水用户达标率要超过多少？", ("85%",)),
    ("排水用户和排水分区的达标率分别是多少？", ("85%", "75%")),
    ("排水分区达标率要达到多少？", ("75%",)),
])
def test_measure_named_in_prose_is_not_the_rows(plan, question, values):
    a = plan.ask(question)
    assert a.found, a.answer
    for v in values:
        assert v in a.answer, a.answer
    assert "95%" not in a.answer and "堤防" not in a.answer, a.answer


def test_the_row_still_answers_its_own_name(plan):
    a = plan.ask("区管河道堤防达标率2030年目标是多少？")
    assert a.found and "95%" in a.answer, a.answer


@pytest.mark.parametrize("question, place", [
    ("杏花路积水改善工程是怎么安排的？", "杏花路"),
    ("临湖路的积水改善工程什么时候完成？", "临湖路"),
    ("规划对长宁河的整治是怎么安排的？", "长宁河"),
    ("跟白沙村有关的工程有哪些？", "白沙村"),
])
def test_a_place_the_plan_never_prints_is_refused(plan, question, place):
    """The plan names 柳湾路、石桥路、杏林路、临江路 only: another road's works are no answer for one it never prints."""
    a = plan.ask(question)
    assert not a.found, a.answer
    assert place in a.answer, a.answer  # said of the place asked, never of another road


@pytest.mark.parametrize("question", ["石桥路积水改善工程是怎么安排的？", "柳湾路的积水改善是怎么安排的？"])
def test_a_printed_place_is_answered(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer


GAPS = DATA / "trust15-box-gaps-plan.txt"


@pytest.mark.parametrize("question", ["专栏6讲的是什么内容？", "专栏5是什么工程？"])
def test_box_numbers_with_a_gap_say_the_gap(engine_for, question):
    """专栏1、2、4 printed: the refusal names the ends and the gap, never a count with a range hiding it."""
    a = engine_for(GAPS).ask(question)
    assert not a.found, a.answer
    assert "专栏1至专栏4" in a.answer and "未见专栏3" in a.answer, a.answer
    assert "专栏1–4" not in a.answer and "3个专栏" not in a.answer, a.answer
