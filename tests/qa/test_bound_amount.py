"""A bound before a noun: the amount of that noun when the question asks its unit (「1200亩以上土地储备」 asked
「土地储备多少亩」), a class of it otherwise (「5岁以下儿童」 is no figure of 儿童生长迟缓率) — qa.checks.verify."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "qa-bound-amount-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", ["每年土地储备多少亩？", "园区每年要建成多少标准厂房？每年土地储备多少亩？"])
def test_a_bound_before_the_asked_noun_in_its_unit_is_the_amount(county, question):
    a = county.ask(question)
    assert a.found and "1200亩以上" in [i.label.replace(" ", "") for i in a.items], a.answer


def test_a_bound_naming_a_class_is_no_figure(county):
    a = county.ask("农村儿童生长迟缓率控制在多少？")
    assert "5岁以下" not in " ".join(i.label for i in a.items), a.answer
