"""Two owners' figures compared or asked together (issue 11, class 2), on an invented plan.

* 「A和B哪个用地多/大」「A和B 2025年产值哪个高」: each figure verified alone, then which is more — never a verdict when one
  figure is missing;
* 「A和B规划用地分别是多少」: a whole answer giving A its 总建筑面积 (a clause naming A but not 用地) is not taken —
  each part's own 规划用地.
"""
from __future__ import annotations

import pytest

from qa.values.whichmore import compared_figures
from tests.conftest import DATA

PLAN = DATA / "seedwords2" / "compare-figures-plan.md"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("q", ["清溪北站物流园和清溪智慧物流港哪个规划用地大？", "清溪北站物流园和清溪智慧物流港规划用地分别是多少？",
                               "清溪北站物流园和清溪智慧物流港的规划用地分别是多少？", "清溪北站物流园与清溪智慧物流港哪个用地更多？"])
def test_each_owner_gets_its_own_land_never_a_floor_area(county, q):
    a = county.ask(q)
    assert a.found and "800亩" in a.answer and "450亩" in a.answer, (q, a.answer)
    assert "60万平方米" not in a.answer, a.answer


@pytest.mark.parametrize("q, more", [("清溪北站物流园和清溪智慧物流港哪个规划用地大？", "清溪北站物流园"),
                                     ("清溪冷链物流园和综合保税仓库哪个用地多？", "清溪冷链物流园"),
                                     ("清溪冷链物流园和综合保税仓库哪个用地少？", "综合保税仓库"),
                                     ("东山工业园和西岭产业园2025年产值哪个高？", "西岭产业园")])
def test_which_is_more_is_said_after_both_figures(county, q, more):
    a = county.ask(q)
    assert a.found and "两者相比" in a.answer, (q, a.answer)
    assert a.answer.split("两者相比，", 1)[1].startswith(more), (q, a.answer)


@pytest.mark.parametrize("q", ["东山工业园和综合保税仓库哪个年进出口货物量多？", "清溪冷链物流园和综合保税仓库哪个年进出口货物量大？"])
def test_no_verdict_when_one_figure_is_missing(county, q):
    a = county.ask(q)
    assert "两者相比" not in a.answer and "8万吨" in a.answer, (q, a.answer)


def test_only_a_two_owner_comparison_with_a_measure_is_read_as_one():
    assert compared_figures("清溪冷链物流园和综合保税仓库哪个用地多？").question == "清溪冷链物流园和综合保税仓库用地分别是多少？"
    assert compared_figures("哪个园区产值高？") is None
    assert compared_figures("清溪冷链物流园和综合保税仓库哪个大？") is None  # no measure named
    assert compared_figures("清溪冷链物流园用地多少？") is None
