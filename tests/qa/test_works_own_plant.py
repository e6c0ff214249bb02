"""「X工程的总库容？配套电站装机多大？」: the later part's 配套电站 is the X works' own plant (an invented plan), its
figure printed in X's paragraph (「装机0.85万千瓦的电站」) — not a thing of its own the paragraph must name (the
plan prints 配套电站 elsewhere, which made it read as an owner).

Not yet covered: 「…？配套电站装机多大？」 (no 的, 多大) is answered part by part, and the part alone names no works.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "works-own-plant-plan.md"


@pytest.mark.parametrize("question", [
    "石门坳水库的总库容有多大？配套电站的装机多少千瓦？",
    "石门坳水库工程的总库容有多大？配套电站的装机是多少千瓦？",
])
def test_the_works_own_plant_is_asked_of_the_works(plan, question):
    a = plan.ask(question)
    assert a.found and "8600" in a.answer and "0.85万千瓦" in a.answer, a.answer


def test_a_plant_of_no_works_asked_is_not_found(plan):
    a = plan.ask("溪岭县城供水工程配套电站装机多大？")
    assert not a.found or "0.85" not in a.answer, a.answer
