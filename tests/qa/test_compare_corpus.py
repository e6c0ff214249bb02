"""Comparing real plans: the national 11th, 12th and 14th outlines and the seed (a district's 14th).

The national outlines state their targets in prose (their indicator tables are images), so
these answers come from pk:Target facts; the seed's from its indicator table."""
from __future__ import annotations

import pytest

from tests.conftest import SEED_PLAN, SHARED, hash_engine

N11, N12, N14 = "national-11th-fyp-outline-2006", "national-12th-fyp-outline-2011", "national-14th-fyp-outline-2021"
SEED = "lingling-14th-five-year-plan"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (set PLANKG_SHARED)")
    return hash_engine(tmp_path_factory, [CORPUS / f"{p}.md" for p in (N11, N12, N14)] + [SEED_PLAN], "compare-corpus")


def test_plans_are_known_by_level_and_period(engine):
    plans = engine.comparison.plans
    assert [(plans[p].level, plans[p].period) for p in (N11, N12, N14, SEED)] == [
        ("national", 11), ("national", 12), ("national", 14), ("county", 14)
    ]


def test_energy_intensity_across_two_periods(engine):
    a = engine.ask("十一五和十二五的单位GDP能耗降低目标分别是多少")
    assert a.kind == "compare" and a.found
    assert "20%左右" in a.answer and "16%" in a.answer
    assert [(i.citation.plan, i.citation.id) for i in a.items] == [(N11, "ch03-p04"), (N12, "ch03-p05")]
    assert "单位国内生产总值能源消耗" in a.items[0].citation.text


def test_forest_cover_across_three_periods_and_the_seed(engine):
    a = engine.ask("十一五、十二五和十四五的森林覆盖率目标分别是多少？")
    cells = {i.citation.plan: i.detail for i in a.items}
    assert cells[N11].startswith("20%") and cells[N12].startswith("21.66%") and cells[N14].startswith("24.1%")
    assert "56%" in cells[SEED] and "约束性" in cells[SEED]


def test_binding_indicators_need_attributes_the_national_prose_does_not_give(engine):
    a = engine.ask("本区规划承接了国家纲要的哪些约束性指标？")
    assert a.kind == "compare" and not a.found
    assert "未标注" in a.answer
    # What the plans do give: the district's binding indicators that match a national target
    # (the national prose's 单位国内生产总值能源消耗和二氧化碳排放分别降低13.5%、18% gives two).
    assert [i.label for i in a.items] == ["单位GDP能源消耗降幅", "单位GDP二氧化碳排放降幅", "森林覆盖率"]
    assert all(i.citation.plan == SEED for i in a.items)


def test_take_up_and_gaps_of_the_national_14th(engine):
    taken = engine.ask("本区规划承接了国家纲要的哪些指标？")
    labels = [i.label for i in taken.items]
    assert "森林覆盖率" in labels and "常住人口城镇化率" in labels
    assert all(i.citation.plan == SEED for i in taken.items)
    gaps = engine.ask("哪些国家目标在本区规划中没有对应指标？")
    gap_labels = {i.label for i in gaps.items}
    assert gap_labels and not gap_labels & set(labels)
    assert all(i.citation.plan == N14 for i in gaps.items)


def test_a_change_and_a_level_are_not_compared_silently(engine):
    a = engine.ask("十二五和十四五的城镇化率目标分别是多少")
    assert "4个百分点" in a.answer and "65%" in a.answer
    assert "不宜直接比较" in a.answer
