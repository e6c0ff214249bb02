"""A road said by its two ends (「虎头岭到石门观那条路」) is the route the plan prints between them (「虎头岭至石门观公路」);
ends that several printed routes share ask nothing the plan pins down (qa.question.aliases.read_spoken_ends).

Made-up plan: tests/data/spoken-ends-plan.txt.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "spoken-ends-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question, figure", [
    ("虎头岭到石门观那条路有多长？", "18km"),
    ("虎头岭到石门观的路多长？", "18km"),
    ("县城南高速出口到龙潭坳那条公路有多长？", "9km"),
])
def test_a_road_said_by_its_ends_is_the_printed_route(county, question, figure):
    a = county.ask(question)
    assert a.found and figure in a.answer, a.answer


def test_two_ends_in_one_question(county):
    a = county.ask("虎头岭到石门观那条路有多长？县城南高速出口到龙潭坳那条呢？")
    assert "18km" in a.answer and "9km" in a.answer, a.answer


def test_ends_no_one_route_runs_between_are_left_as_asked():
    from qa.question.aliases import read_spoken_ends

    class _KB:  # two routes start at 东山: 「东山到那条路」 names neither
        paragraph_nodes = ["p"]
        norm_text = {"p": "东山至西山旅游公路,全长12km。东山至北岭公路,全长7km。"}

    assert read_spoken_ends(_KB(), "东山到西山那条路有多长？") == "东山至西山旅游公路有多长？"
    assert read_spoken_ends(_KB(), "东山到南坡那条路有多长？") == "东山到南坡那条路有多长？"
