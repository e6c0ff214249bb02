"""A box or heading number the plan does not print is found False, naming the numbers it does print (lane trust12,
exam set 12's e12-u18: 「专栏8是什么工程？」 over a plan with 专栏1–7 answered with 专栏3's text).

On an invented outline plan (tests/data/box-range-plan.txt: 一、…三、, 专栏1–3): every wording asking a missing box
or chapter refuses with the plan's range; a box the plan prints still answers with its own text.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "box-range-plan.txt"


@pytest.mark.parametrize("question", [
    "专栏4是什么工程？",
    "专栏4讲什么？",
    "专栏5里有哪些项目？",
    "专栏4包括什么？",
    "专栏6是关于什么的？",
    "专栏4是什么项目？",
])
def test_a_box_the_plan_lacks_names_the_boxes_it_has(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "规划共有专栏1–3" in a.answer and "没有专栏" in a.answer
    assert not any(w in a.answer for w in ("液化天然气", "自动化码头", "深远海"))


@pytest.mark.parametrize("question", ["第5章讲什么？", "第五章包括哪些节？", "第4章的标题是什么？"])
def test_a_chapter_the_plan_lacks_names_the_chapters_it_has(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
    assert "规划共有第1–3章" in a.answer


@pytest.mark.parametrize("question", ["专栏2是什么工程？", "专栏2讲什么？"])
def test_a_box_the_plan_prints_still_answers(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "液化天然气" in a.answer or "绿色航运" in a.answer
