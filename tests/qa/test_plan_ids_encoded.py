"""A plan whose file name holds Chinese (零陵规划.txt) is answered like any other.

Its id is percent-encoded in the graph's IRIs (https://plankg.org/plan/%E9%9B%B6…) but named as printed everywhere
else (--plan 零陵规划, the build folder); a newcomer's build was searchable yet `ask` found nothing in it, with or
without --plan, because the two forms were compared.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa.index.kb import plan_of

PLAN = Path(__file__).resolve().parents[2] / "tests" / "data" / "milestone-five-years-plan.txt"


@pytest.fixture(scope="module")
def chinese_named(engine_for, tmp_path_factory):
    plan = tmp_path_factory.mktemp("cn") / "防洪规划.txt"
    shutil.copy(PLAN, plan)
    return engine_for(plan)


def test_plan_of_decodes_the_iri():
    assert plan_of("https://plankg.org/plan/%E9%98%B2%E6%B4%AA/para/ch01-p02") == "防洪"


@pytest.mark.parametrize("scoped", [False, True])
def test_a_chinese_named_plan_answers(chinese_named, scoped):
    plans = chinese_named.kb.plan_ids
    assert plans == ["防洪规划"]
    a = chinese_named.ask("新建堤防多少公里？", plan=plans[0] if scoped else None)
    assert a.found and "12.5公里" in a.answer, a.answer
