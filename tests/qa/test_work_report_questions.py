"""A city's work report carrying its 十四五 goals, asked as office staff ask (lane probeL, found on the 西安 and 武汉
2021 reports): 「今年」 is the report's own year (its 「2021年工作安排」), so 「今年X预期增长多少」 is answered with
that year's target like 「2021年X…」, whatever the question says before it (the city's name, a second figure)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.qa.said import QUOTE, norm

PLAN = Path(__file__).resolve().parents[1] / "data" / "city-work-report-plan.md"


@pytest.fixture(scope="module")
def report(engine_for):
    return engine_for(PLAN)


def _said(answer) -> str:
    return norm(QUOTE.sub("", answer.answer))


@pytest.mark.parametrize("question, figures", [
    ("今年社会消费品零售总额预期增长多少？", ["9%"]),
    ("青岚今年社会消费品零售总额和地区生产总值各预期增长多少？", ["9%", "7%"]),
    ("今年（2021年）地区生产总值预期增长多少？", ["7%"]),
    ("本年度城镇登记失业率控制在多少？", ["4.5%"]),
])
def test_this_year_is_the_reports_own(report, question, figures):
    a = report.ask(question)
    assert a.found, a.answer
    for figure in figures:
        assert figure in _said(a), a.answer
    assert "未找到" not in a.answer, a.answer
