"""A reverse look-up naming the table it reads (「表1里2030年目标写的“85左右”是哪个指标」): the table's number is
no value asked (set 15, e15-u02 looked for a 2030 value of 1); a value no row prints is still refused."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "gapped-cells-plan.txt"


@pytest.mark.parametrize("question, name", [
    ("表1里2030年目标写的“85左右”是哪个指标？", "城镇污水集中收集率提升幅度"),
    ("表1中2030年目标是＞62的是哪个指标？", "森林覆盖率"),
    ("专栏1里2025年基期值是82.5的是哪个指标？", "公园绿地服务半径覆盖率"),
])
def test_the_row_printing_the_value_answers(plan, question, name):
    a = plan.ask(question)
    assert a.found and name in a.answer, a.answer


@pytest.mark.parametrize("question", ["表1里2030年目标为1的是哪个指标？", "表1里2030年目标写的“77左右”是哪个指标？"])
def test_a_value_no_row_prints_is_refused(plan, question):
    assert not plan.ask(question).found
