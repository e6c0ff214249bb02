"""A number of years printed after a verb of lengthening is a figure (lane trust8, exam set 11's u11-16: 「第二轮土地
承包到期后再延长多少年」 was not found, and a 5% of 土地利用 offered as 相近数字).

On an invented district plan (tests/data/home-place-plan.md): 「再延长30年」 answers 多少年/几年 wordings; a duration
asked that the plan does not print is never shown a figure that is no number of years.
"""
from __future__ import annotations

import pytest

from qa.values.prose import values_in
from tests.conftest import DATA

PLAN = DATA / "home-place-plan.md"


@pytest.mark.parametrize("question", [
    "第二轮土地承包到期后再延长多少年？",
    "土地承包到期后再延长多少年？",
    "第二轮土地承包到期后再延长几年？",
])
def test_a_lengthening_in_years_is_read(plan, question):
    a = plan.ask(question)
    assert a.found and "30年" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "土地承包经营权证有效期延长多少年？",
    "土地利用总体规划期限是多少年？",
])
def test_no_figure_other_than_years_is_offered_for_a_duration(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "5%" not in a.answer


@pytest.mark.parametrize("clause, values", [
    ("到期后再延长30年试点", ["30年"]),
    ("服务期限缩短2年", ["2年"]),
    ("平均受教育年限提高到11.3年", ["11.3年"]),
    ("2025年再延长试点", []),
])
def test_years_after_a_verb_of_lengthening_are_a_value(clause, values):
    assert [m.group(0) for m in values_in(clause, 0)] == values
