"""A plan's 「…进军的第一个五年」 counts five years from a milestone: it is no 一五 plan, so no figure is dated 1957.

A newcomer's plan whose preamble printed the phrase had 「新建堤防多少公里」 answered 「12.5公里（1957年…）」 — a year the
plan never gives (tests/data/milestone-five-years-plan.txt, made up).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "milestone-five-years-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["新建堤防多少公里？", "城市防洪工程要新建多少公里堤防？"])
def test_no_first_plan_year(county, question):
    a = county.ask(question)
    assert a.found and "12.5公里" in a.answer, a.answer
    assert "1957" not in a.answer, a.answer


def test_the_first_plan_year_asked_is_not_given(county):
    a = county.ask("1957年新建堤防多少公里？")
    assert not a.found or "12.5" not in a.answer, a.answer
