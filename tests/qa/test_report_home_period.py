"""A city's work report carrying its five-year goals (lane probeE, 长沙市2021年政府工作报告 in the lane's practice set):
questions staff ask of the city's 十四五 goals in a report titled only 「2021年政府工作报告」.

On an invented report (tests/data/probee-city-report.md, 青州市): its section 「二、“十四五”时期目标和任务」 states the
five-year goals (no year printed), section 三 the 2021 targets, section 一 the 十三五 actuals.

- A goal of a section about a later period than the report's own year is said for that period's end, never for the
  report's year (「森林覆盖率稳定在52%」 is no 「规划期至2021年」 figure).
- The report's own city, printed only in its approval line 「…日青州市第十五届人民代表大会…通过」, owns its figures:
  「青州地区生产总值」 is the report's 地区生产总值.
- 「未来五年」「今后五年」 ask the plan's own period, as 「“十四五”期间」 does; they are no part of the measure.
- A not-found never offers, as a 「相近数字」, a year printed in a document's title (《…二〇三五年远景目标纲要》).
- 「经济总量」「产业总量」 ask a whole field's quantity: no count printed before a noun holding 经济 (「三大经济发展带」)
  answers them.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "probee-city-report.md"


@pytest.fixture(scope="module")
def report(engine_for):
    return engine_for(PLAN)


def _head(answer: str) -> str:
    return answer.split("原文")[0]


@pytest.mark.parametrize("question", [
    "森林覆盖率要保持在多少？",
    "森林覆盖率稳定在多少",
    "森林覆盖率目标是多少？",
])
def test_a_later_periods_goal_is_not_said_for_the_reports_year(report, question):
    a = report.ask(question)
    assert a.found, a.answer
    assert "2021" not in _head(a.answer), a.answer
    assert "2025" in _head(a.answer), a.answer


@pytest.mark.parametrize("question, value", [
    ("十四五期间青州地区生产总值年均增长目标是多少？", "6.5%"),
    ("青州市“十四五”时期地区生产总值年均增长多少", "6.5%"),
    ("青州2021年地区生产总值预期增长多少？", "7.5%"),
    ("2020年青州空气质量优良率是多少？", "86.1%"),
])
def test_the_city_of_the_approval_line_owns_the_reports_figures(report, question, value):
    a = report.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question, value", [
    ("未来五年森林覆盖率要保持在多少？", "52%"),
    ("今后五年地区生产总值年均增长多少？", "6.5%"),
    ("未来5年固定资产投资年均增长目标是多少", "8%"),
])
def test_the_next_five_years_are_the_plan_period(report, question, value):
    a = report.ask(question)
    assert a.found and value in a.answer, a.answer
    assert "2021" not in _head(a.answer), a.answer


@pytest.mark.parametrize("question", [
    "未来五年人均预期寿命要达到多少？",
    "到2035年人均预期寿命是多少？",
    "今后五年单位地区生产总值能耗降低多少",
])
def test_a_year_in_a_documents_title_is_no_near_figure(report, question):
    a = report.ask(question)
    assert not a.found, a.answer
    assert "草案" not in a.answer and "纲要" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "经济总量要达到多少？",
    "十四五末经济总量要达到多少",
    "产业总量要达到多少",
    "青州经济总量目标是多少",
])
def test_a_generic_word_left_of_a_quantity_asked_names_no_count(report, question):
    """「经济总量」「产业总量」: 总量 is what is asked of the economy; 经济 alone is no noun a count before it
    (「三大经济发展带」「2个制造业千亿产业集群」) is the value of."""
    a = report.ask(question)
    assert not any(v in a.answer for v in ("三大", "四大", "2个", "三小时")), a.answer
