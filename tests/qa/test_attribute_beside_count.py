"""An area asked beside a count, printed without its noun after the count (an invented plan's review prose).

「完成9个既有公共建筑节能改造项目，共120.5万平方米」: 「完成了多少个…项目，面积一共多少」 gives those projects' area
— never a garden's 「总面积约8800平方米」 printed elsewhere, which the part asked alone would find.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import unquoted

PLAN = DATA / "period-table-plan.md"


@pytest.mark.parametrize("question, count, area", [
    ("十四五期间完成了多少个既有公共建筑节能改造项目，面积一共多少？", "9个", "120.5万平方米"),
    ("既有公共建筑节能改造项目完成了几个？面积多少？", "9个", "120.5万平方米"),
    ("完成了几个超低能耗建筑项目，面积多少？", "2个", "3.1万平方米"),
])
def test_the_area_after_the_count_is_its_things(plan, question, count, area):
    a = plan.ask(question)
    said = unquoted(a)
    assert a.found and count in said and area in said and "8800" not in said, a.answer


@pytest.mark.parametrize("question, measure", [
    ("十三五以来抢救被困人员多少人？", "抢救被困人员"), ("“十四五”以来新增光伏并网多少千瓦？", "新增光伏并网"),
])
def test_a_period_said_with_since_dates_the_figure(question, measure):
    # 「十三五以来」 is the review's time, never the measure's first words (「以来抢救被困人员」 owns no clause)
    from qa.question.frame import parse_frame
    from qa.question.intent import classify_intent

    assert parse_frame(question, classify_intent(question)).measures == (measure,)


def test_a_figure_since_a_period_is_found(plan):
    a = plan.ask("“十四五”以来全区新增光伏并网多少千瓦？")
    assert a.found and "8800" in unquoted(a), a.answer
