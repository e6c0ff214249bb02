"""A topic said in the asker's short form (「文保这块，」 for 文物保护) is near a figure whose passage prints the long
form (「申报一批全国重点文物保护单位，全县国保单位达3处以上」): the question after it is answered alone, every part of
it; a topic the passage does not shorten (交通) is not near it.
"""
from __future__ import annotations

import pytest

from qa.question.topic import shortened_in
from tests.conftest import DATA

PLAN = DATA / "topic-short-form-plan.txt"


@pytest.mark.parametrize("question, said", [
    ("文保这块，全县省保单位要达到多少处以上？国保单位呢？", ["8处", "3处"]),
    ("文保那块，全县国保单位要达到几处？", ["3处"]),
    ("文保方面，省保单位和国保单位分别要达到多少处？", ["8处", "3处"]),
])
def test_short_form_topic_keeps_every_part(plan, question, said):
    a = plan.ask(question)
    assert a.found and all(s in a.answer for s in said), a.answer
    assert "未找到" not in a.answer, a.answer


def test_shortened_in():
    assert shortened_in("文保", "申报一批全国重点文物保护单位")
    assert not shortened_in("交通", "申报一批全国重点文物保护单位")
    assert not shortened_in("文保", "文化事业和社会保障")  # the characters too far apart: no short form of the words
