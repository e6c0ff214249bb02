"""Classes found on real plans nobody had fitted (lane probe), on an invented 实施方案: numbered tasks with a
（责任单位：…） tail and run-in （一） heads under 三、组织保障.

「X有哪几条措施/哪几项要求」 asks the parts of the heading X titles — never the 、-run of 责任单位 in its text.
"""
from __future__ import annotations

from pathlib import Path

import pytest

PLAN = Path(__file__).resolve().parents[1] / "data" / "qa-implementation-plan.md"


@pytest.fixture(scope="module")
def plan(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "组织保障有哪几条措施？", "组织保障有哪几项措施？", "组织保障有哪几条要求？", "组织保障有哪几条？",
])
def test_heading_parts_asked_with_a_noun(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    for part in ("加强统筹协调", "落实资金保障", "做好宣传引导"):
        assert part in a.answer, a.answer
    assert "区生态局" not in a.answer.split("：", 1)[-1][:60], a.answer
