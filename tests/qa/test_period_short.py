"""A plan's number said short (「一五计划」 for 第一个五年计划) is read as the plan prints it — qa.question.aliases.readings."""
from __future__ import annotations

import pytest

from qa.question.aliases import readings
from tests.conftest import DATA

PLAN = DATA / "qa-trust5-plan.md"


@pytest.fixture(scope="module")
def kb(engine_for):
    return engine_for(PLAN).kb


@pytest.mark.parametrize("question", ["一五计划的基本任务是什么？", "“一五”计划的基本任务是什么？"])
def test_a_plan_number_said_short_is_read_as_printed(kb, question):
    assert ("第一个五年计划的基本任务是什么？", False) in readings(kb, question)


@pytest.mark.parametrize("question", ["十五计划的基本任务是什么？", "三五计划的基本任务是什么？"])
def test_a_number_the_plan_does_not_print_or_the_tenth_is_not_read(kb, question):
    assert not any("个五年计划" in q for q, _ in readings(kb, question))

