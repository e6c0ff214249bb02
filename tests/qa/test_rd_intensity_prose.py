"""研发投入强度 asked of a plan printing it in prose as 「研发经费投入占地区生产总值比重」 (set 14 e14-u13: found:false
「规划未给出全社会研发投入强度的数值」 while the cited sentence printed 4.0%左右). The genre's 简称 table reads the
printed measure under the asked short names; the company share beside it (70%) is never its figure. Invented plan.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "rd-intensity-prose-plan.md"


@pytest.mark.parametrize("question", [
    "到2030年全社会研发投入强度目标是多少？",
    "全社会研发经费投入强度要达到多少？",
    "研发强度目标是多少？",
])
def test_the_printed_share_answers(plan, question):
    a = plan.ask(question)
    assert a.found and "4.0%" in a.answer and "70%" not in a.answer, a.answer


def test_another_measure_is_not_borrowed(plan):
    a = plan.ask("到2030年全社会研发人员数量要达到多少？")
    assert not a.found or "4.0%" not in a.answer.split("以下段落")[0], a.answer
