"""组建 and 增设 after the things counted are verbs of making, no part of their name (「微型消防站要组建多少个」 asks the
微型消防站 counted in 「组建20个街道级社区微型消防站」), as 新建 and 创建 are."""
from __future__ import annotations

import pytest

from qa.question.frame import parse_frame
from qa.question.intent import classify_intent
from tests.conftest import DATA

PLAN = DATA / "titled-items-plan.md"


@pytest.mark.parametrize("question, measure", [
    ("微型消防站要组建多少个？", "微型消防站"), ("街道级社区微型消防站要组建多少个？", "街道级社区微型消防站"),
    ("小型消防站要增设几个？", "小型消防站"),
])
def test_the_making_verb_is_dropped(question, measure):
    assert parse_frame(question, classify_intent(question)).measures == (measure,)


def test_a_count_made_by_such_a_verb_is_found(engine_for):
    a = engine_for(PLAN).ask("室内避难点要增设几处？")
    assert a.found and "1处" in a.answer, a.answer

