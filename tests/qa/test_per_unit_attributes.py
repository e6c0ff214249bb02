"""A per-unit attribute is answered only by a figure of that attribute (issue 11, class 3).

On a made-up plan (``tests/data/qa-trust14-plan.txt``): 「每个床位的面积」 is an area per bed — never the count of
beds (220张), nor the works' site (约6亩) or floor area (12000平方米); where the plan prints no per-bed area
(市福利院), the answer is found:false. The count and the whole area are still answered when they are asked.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import found_labels

PLAN = DATA / "qa-trust14-plan.txt"


@pytest.mark.parametrize("question", [
    "市康养中心每个床位的面积是多少",
    "市康养中心每个床位不超过多少平方米",
    "市康养中心每个床位面积最多多大",
    "市康养中心每张床位的面积上限是多少",
    "帮我查下市康养中心每个床位面积最多多大",
])
def test_a_per_unit_area_is_the_figure_printed_per_unit(plan, question):
    a = plan.ask(question)
    assert "220张" not in found_labels(a) and "12000平方米" not in found_labels(a), a.answer
    assert a.found and found_labels(a) == ["不超过45平米"], a.answer


@pytest.mark.parametrize("question", [
    "市福利院每个床位的面积是多少",
    "市福利院每个床位不超过多少平方米",
    "市福利院每张床位面积多大",
])
def test_a_per_unit_attribute_the_plan_does_not_print_is_refused(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question, figure", [
    ("市福利院有多少张床位", "120张"),
    ("市康养中心新建多少床位", "220张"),
    ("市康养中心总建筑面积是多少", "12000平方米"),
])
def test_the_count_and_the_whole_area_are_still_answered(plan, question, figure):
    a = plan.ask(question)
    assert a.found and figure in a.answer.replace(" ", ""), a.answer
