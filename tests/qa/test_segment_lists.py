"""A list question counting its members in 段 (「要加强哪几段运河的联动发展」) asks for the run the plan prints there
(「加强北关-南闸段、东坝-西渡段、龙口-石桥段等联动发展」), on a made-up county plan; a question of another verb gets none.
"""
from __future__ import annotations

import pytest

from qa.question.intent import classify_intent
from tests.conftest import DATA

PLAN = DATA / "river-segments-plan.txt"
SEGMENTS = ["北关-南闸段", "东坝-西渡段", "龙口-石桥段"]


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize("question", [
    "建设古运河大景区，要加强哪几段运河的联动发展？",
    "古运河大景区要加强哪几段的联动发展",
    "建设古运河大景区要推动哪三段运河联动发展？",
])
def test_segments_listed(county, question):
    assert classify_intent(question).kind == "list"
    a = county.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == SEGMENTS, a.answer


def test_other_verb_no_segments(county):
    # The plan lists no segments to close: the run of 联动发展 is no answer.
    a = county.ask("古运河要封闭哪几段进行改造？")
    assert not a.found or [i.label for i in a.items] != SEGMENTS, a.answer
