"""A figure printed for what lies outside a thing (「共建成口袋公园以外的绿地8处」, 「除中心城区外」) is never that thing's
(issue 11, class 3: never another entity's figure). Found by lane owner27 with a made-up plan: 「口袋公园新增了多少个」
was answered 8处 by answer_measures. The invented plan is tests/data/excluded-plan.md.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "excluded-plan.md"


@pytest.mark.parametrize("question", ["口袋公园新增了多少个？", "十三五期间建成了多少处口袋公园？", "口袋公园建了几处"])
def test_a_figure_of_what_lies_outside_the_asked_thing_is_refused(plan, question):
    a = plan.ask(question)
    assert not a.found
    assert "8处" not in a.answer.split("。")[0]


def test_the_figure_asked_with_the_same_exclusion_is_answered(plan):
    a = plan.ask("建成口袋公园以外的绿地多少处？")
    assert a.found and "8处" in a.answer


def test_a_sibling_figure_in_the_same_sentence_still_answers(plan):
    a = plan.ask("十三五新建了几座公园？")
    assert a.found and "5座" in a.answer
