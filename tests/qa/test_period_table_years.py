"""An indicator table dated by its title's period, and the years its row leaves out (an invented plan).

- A bare 目标值 column under a title naming the plan's period (「青岚区“十五五”期间…主要指标」) holds that period's
  targets: 2030, 十五五 and 到2030年 are the years it answers.
- A year the row gives no value for (十四五, 截至2025年底) or the present is answered from the review prose that
  states it, verified there; a year neither states (2035, or 十四五's carbon intensity when only the energy
  intensity is stated) is not found, saying what the table gives.
"""
from __future__ import annotations

import pytest

from kg.ingest.parse import parse_file
from tests.conftest import DATA
from tests.qa.said import unquoted

PLAN = DATA / "period-table-plan.md"


def test_the_title_period_dates_the_target_column():
    doc = parse_file(PLAN)
    assert [i.target_year for i in doc.indicators] == [2030] * 4


@pytest.mark.parametrize("question", [
    "十五五既有建筑节能改造面积的目标是多少？", "既有建筑节能改造面积2030年要达到多少？", "到2030年既有建筑节能改造面积目标是多少？",
])
def test_the_target_answers_its_period(plan, question):
    a = plan.ask(question)
    assert a.found and "80" in a.answer and "2030年" in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("“十四五”期间单位生产总值能耗累计下降了多少？", "16.2%"),
    ("2025年单位生产总值能耗下降了多少？", "16.2%"),
    ("截至2025年底生活垃圾回收利用率达到了多少？", "46.5%"),
    ("生活垃圾回收利用率现在是多少？", "46.5%"),
])
def test_a_year_the_row_leaves_out_is_read_in_the_prose(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in unquoted(a), a.answer


@pytest.mark.parametrize("question", [
    "到2035年生活垃圾回收利用率要达到多少？",
    "十四五期间单位生产总值碳排放下降了多少？",
    "2025年既有建筑节能改造面积是多少？",
])
def test_a_year_neither_states_is_not_found(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
