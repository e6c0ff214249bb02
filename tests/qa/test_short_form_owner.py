"""A measure asked in the genre's 简称 (固废, 危废) whose words also name a project (工业固废综合利用项目): the figure
of the sentence printing the long form (工业固体废弃物综合利用率) is the asked measure's — the check reads the short
form as printed (seedwords3 b3: 「25年工业固废综合利用处理率要到多少」 denied 85% as 工业固废综合利用项目's rival).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(DATA / "short-forms-plan.txt")


@pytest.mark.parametrize("question, expected", [
    ("25年工业固废综合利用处理率要到多少", "90%"),
    ("工业固废综合利用处理率打算提到多少？", "90%"),
])
def test_short_form_measure_takes_the_long_forms_figure(plan, question, expected):
    a = plan.ask(question)
    assert a.found and expected in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "工业固废综合利用处理率2030年要到多少",   # no 2030 figure
    "危废处置项目总投资多少？",           # the project prints capacity, no investment
])
def test_short_form_borrows_nothing(plan, question):
    assert not plan.ask(question).found


@pytest.mark.parametrize("question", [
    "危废处置率要达到多少", "2025年危废处置率是多少？", "危废处置率打算提到多少", "危废处置率能到多少？",
])
def test_a_rate_is_never_a_projects_amount(plan, question):
    """危废处置项目 prints 年处置能力2万吨: no rate. The rate asked is 100% or not found — never 2万吨."""
    a = plan.ask(question)
    assert "2万吨" not in a.answer, a.answer
    assert not a.found or "100%" in a.answer, a.answer
