"""A numbered task's run-in title asked for its works, and the plan's parts counted as 「规划分为几个部分」 (an invented plan).

- 「1.新建应急避难场所。建成…。完成…。增设…。」: 「新建应急避难场所有哪些项目/工程」「…包括哪些内容」 answer with the
  sentences the item prints after its title, each cited to it — the item holds no word 项目 to find.
- 「这个应急规划分为几个部分」: 规划 + 分为, never 规 + 划分为 (a heading titled 「这个应急规」 looked for and not found).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.qa.said import said

PLAN = DATA / "titled-items-plan.md"


@pytest.mark.parametrize("question", [
    "新建应急避难场所有哪些项目？", "“新建应急避难场所”有哪些项目？", "新建应急避难场所包括哪些内容？",
    "新建应急避难场所都有哪些工程？",
])
def test_an_items_title_asks_its_sentences(plan, question):
    a = plan.ask(question)
    assert a.found and all(w in said(a) for w in ("青岚公园应急避难场所", "滨江广场避难场所改造", "北园街道")), a.answer
    assert len(a.items) == 3 and all("1.新建应急避难场所" in c.text for c in a.citations), a.items


def test_another_items_sentences_are_its_own(plan):
    a = plan.ask("升级救援装备有哪些项目？")
    assert a.found and "排涝车3辆" in a.answer and "青岚公园" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["这个应急规划分为几个部分？", "本规划分为几个部分？", "规划一共划分为几个部分？"])
def test_the_plan_parts_are_counted(plan, question):
    a = plan.ask(question)
    assert a.found and ("3个" in a.answer or "三个" in a.answer) and "没有标题为" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["第二部分（二）下面有几条任务？", "第二部分（二）有几条？", "第二部分的（二）下面有几项举措？"])
def test_a_bracketed_number_after_a_part_counts_its_section(plan, question):
    # 「第二部分（二）」 is the （二） of 二、, never 二、 itself (whose parts are （一）（二）)
    a = plan.ask(question)
    assert a.found and "充实救援队伍" in a.answer and "完善应急设施" not in a.answer, a.answer
