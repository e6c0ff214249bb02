"""A count asked as it stands now (现在, 目前, 现有) is never a target the figure's sentence sets for a horizon
(到“十五五”末, 到2030年) — an invented plan. The target asked as a target, and a present count the plan prints,
still answer.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "horizon-target-now-plan.md"


@pytest.mark.parametrize("question", [
    "云泽现在有多少家专精特新企业？", "目前全县专精特新企业有多少家？", "全县现有专精特新企业多少家？",
    "现在全县有几个众创空间？",
])
def test_a_horizons_target_is_no_present_count(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer


@pytest.mark.parametrize("question, value", [
    ("到十五五末专精特新企业要达到多少家？", "80家"), ("专精特新企业的目标是多少家？", "80家"),
    ("现在有多少家高新技术企业？", "120家"),
])
def test_targets_and_present_counts_still_answer(plan, question, value):
    a = plan.ask(question)
    assert a.found and value in a.answer, a.answer
