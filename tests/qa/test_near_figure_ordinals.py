"""A figure (found, or a 「相近数字」) is an amount, never an ordinal of a title (lane app13, newcomer 13: 「“十四五”时期
经济社会发展的主要目标是什么？」 was answered 「规划给出的相近数字：2025年“…国民经济和社会发展第十四个五年规划和二〇三五
远景目标纲要”」 — the plan's own title, its 「第十四个」 read as the count 十四个).

On an invented plan (tests/data/ordinal-title-plan.txt) whose title holds 第十四个 and 二〇三五年.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "ordinal-title-plan.txt"


@pytest.mark.parametrize("question", [
    "“十四五”时期经济社会发展的主要目标是什么？",
    "国民经济和社会发展的总量是多少？",
    "到2025年社会发展规模要达到多少？",
    "经济社会发展目标是多少个？",
])
def test_the_plans_title_is_never_a_figure(plan, question):
    a = plan.ask(question)
    assert "十四个五年规划" not in a.answer and "“十四个" not in a.answer and "14个" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["规划的主要目标是什么？", "主要目标是多少？", "到2025年主要指标是多少？"])
def test_a_qualifier_shared_by_another_measure_brings_no_near_figure(plan, question):
    # 主要 qualifies anything: 主要目标 is not near 「主要农作物耕种收综合机械化水平达到80%以上」.
    a = plan.ask(question)
    assert "80%" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "“十四五”时期经济社会发展的主要目标是什么？",
    "规划的主要目标是什么？",
    "主要目标是什么？",
])
def test_a_heading_asked_what_it_is_is_answered_with_its_content(plan, question):
    # With no figure near, 「X是什么」 of a heading's title reads as 「X有哪些」: the heading's content, not a refusal.
    a = plan.ask(question)
    assert a.found and "综合实力迈上新台阶" in a.answer and "生态建设取得新进步" in a.answer, a.answer
