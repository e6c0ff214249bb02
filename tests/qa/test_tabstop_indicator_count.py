"""The indicator table printed with four-space tab stops (tests/data/tabstop_indicator_table.txt):
counted by its 序号 — a row printed in two under one number (执业医师数 / 注册护士数) is one indicator —
and looked up by a value of its target column."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "tabstop_indicator_table.txt"


@pytest.fixture(scope="module")
def city(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["“十五五”经济社会发展主要指标一共有多少项？", "主要指标有几项", "指标表一共列了多少项指标？"])
def test_count_is_the_numbered_rows(city, question):
    a = city.ask(question)
    assert a.found and "7项" in a.answer and "9项" not in a.answer, a.answer


@pytest.mark.parametrize("question, name", [("主要指标表里2030年目标值是2800的是哪项指标？", "旅游业总收入"),
                                            ("2030年目标为25%的是哪个指标", "3岁以下婴幼儿入托率")])
def test_reverse_lookup(city, question, name):
    a = city.ask(question)
    assert a.found and name in a.answer, a.answer
