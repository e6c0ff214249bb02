"""Questions across plans on made-up plans with known answers: a city and a county plan of
the 14th period and the county's 13th plan (tests/data/compare/ and the mini plan)."""
from __future__ import annotations

import pytest

from qa.compare import plan_refs
from tests.conftest import COMPARE_PLANS

CITY, COUNTY13, COUNTY14 = COMPARE_PLANS


@pytest.fixture(scope="module")
def engine(compare_engine):
    return compare_engine


def test_plans_named_by_period_level_and_region(engine):
    plans = engine.comparison.plans
    assert plan_refs("杉源县十三五和十四五的森林覆盖率", plans) == [COUNTY13, COUNTY14]
    assert plan_refs("本县规划承接了市级规划的哪些指标", plans) == [COUNTY14, CITY]
    assert set(plan_refs("十四五的森林覆盖率", plans)) == {CITY, COUNTY14}
    assert plan_refs("森林覆盖率是多少", plans) == []


def test_one_measure_across_periods(engine):
    a = engine.ask("杉源县十三五和十四五的森林覆盖率目标分别是多少？")
    assert a.kind == "compare" and a.found
    assert "2020年68%" in a.answer and "2025年≥69%" in a.answer
    assert [i.citation.id for i in a.items] == ["ind-04", "ind-05"]
    assert {i.citation.plan for i in a.items} == {COUNTY13, COUNTY14}


def test_synonym_match_is_shown_and_a_silent_plan_abstains(engine):
    a = engine.ask("杉源县十三五和十四五的单位GDP能耗降低目标分别是多少")
    assert a.found
    assert "累计降低15%" in a.answer
    assert "杉源县“十四五”：未找到" in a.answer
    assert [i.detail for i in a.items][1] == "未找到" and a.items[1].citation is None


def test_take_up_of_binding_indicators(engine):
    a = engine.ask("本县规划承接了市级规划的哪些约束性指标？")
    assert a.kind == "compare" and a.found
    assert [i.label for i in a.items] == ["森林覆盖率"]
    assert "4项约束性指标" in a.answer


def test_higher_plan_targets_without_a_match(engine):
    a = engine.ask("哪些市级目标在本县规划中没有对应指标？")
    labels = [i.label for i in a.items]
    assert "耕地保有量" in labels and "农村居民人均可支配收入" in labels
    # 城镇居民人均可支配收入 is in both; 城镇/农村 are never matched to each other.
    assert "城镇居民人均可支配收入" not in labels and "森林覆盖率" not in labels
    assert all(i.citation and i.citation.plan == CITY for i in a.items)


def test_single_plan_questions_are_not_comparisons(engine):
    assert engine.ask("森林覆盖率2025年目标是多少？", plan=COUNTY14).kind != "compare"
    assert engine.ask("地区生产总值的属性是什么？").kind != "compare"


def test_one_named_period_is_not_a_comparison_even_with_two_plans_of_it(engine):
    # The city's and the county's 14th plans are both loaded; 「十四五」 names one period.
    assert engine.ask("十四五期间森林覆盖率要达到多少？").kind != "compare"
    assert engine.ask("青岚市和杉源县十四五的森林覆盖率分别是多少？").kind == "compare"
