"""「X由A提高到B」 asked by either end (issue 11), on two made-up plans of the genre.

「提高到多少」 is answered by B with its year; 「原来是多少」「基期值」 by A with its year (printed, else the plan's
base year, five years before its horizon); 「从多少提高到多少」 by both, each with its year. A clause printing only
where the measure goes (「比重提高到48%」) gives no start: found false, saying what it does give.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLANS = {"county": DATA / "qa-figures-county-plan.txt", "town": DATA / "qa-figures-town-plan.txt"}


@pytest.fixture(scope="module")
def plans(engine_for):
    return {name: engine_for(path) for name, path in PLANS.items()}


@pytest.mark.parametrize(
    "plan, question, labels, years",
    [
        ("town", "常住人口城镇化率要提高到多少？", ["63%"], ["2025年"]),
        ("town", "常住人口城镇化率原来是多少？", ["58.3%"], ["2020年"]),
        ("town", "常住人口城镇化率要从多少提高到多少？", ["58.3%", "63%"], ["2020年", "2025年"]),
        ("town", "研发经费投入强度由多少提高到多少？", ["1.6%", "2.2%"], ["2020年", "2025年"]),
        ("town", "研发经费投入强度的基期值是多少？", ["1.6%"], ["2020年"]),
        ("county", "常住人口城镇化率要从多少提高到多少？", ["50.2%", "56%"], ["2020年", "2025年"]),
        ("county", "常住人口城镇化率原先是多少？", ["50.2%"], ["2020年"]),
        ("county", "常住人口城镇化率要提高到多少？", ["56%"], ["2025年"]),
    ],
)
def test_each_end_with_its_year(plans, plan, question, labels, years):
    a = plans[plan].ask(question)
    assert a.found, a.answer
    assert sorted(i.label for i in a.items) == sorted(labels), (a.answer, a.items)
    for year in years:
        assert year in a.answer, a.answer


@pytest.mark.parametrize(
    "plan, question, given",
    [
        ("county", "服务业增加值比重原来是多少？", "48%"),
        ("town", "单位地区生产总值能耗原来是多少？", "14%"),
    ],
)
def test_no_start_printed_is_not_found(plans, plan, question, given):
    a = plans[plan].ask(question)
    assert not a.found, a.answer
    assert "未给出起始数值" in a.answer and given in a.answer, a.answer
