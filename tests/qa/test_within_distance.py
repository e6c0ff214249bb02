"""A radius asked (「多少米范围内全覆盖」「几公里以内可达」) read as plans print it (「500m内全覆盖」「1公里以内可达」).

Set 14 e14-09 「中心城区公交站点要做到多少米范围内全覆盖？」 was not found while its citation printed 「公交站点500m内全覆盖」:
范围 and 以 are the asker's words for the radius, not words the figure's clause must print. Invented plan.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "within-distance-plan.md"


@pytest.mark.parametrize("question, value", [
    ("中心城区公交站点要做到多少米范围内全覆盖？", "500m"),
    ("中心城区公交站点多少米以内全覆盖？", "500m"),
    ("中心城区公交站点要实现多少米之内全覆盖？", "500m"),
    ("城镇居民步行多少公里范围内可达社区便民服务中心？", "1公里"),
])
def test_the_radius_is_answered(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "中心城区充电站要做到多少米范围内全覆盖？",   # no radius printed for 充电站
    "到2035年中心城区公交站点要做到多少米范围内全覆盖？",
])
def test_a_radius_the_plan_does_not_give_is_not_found(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
