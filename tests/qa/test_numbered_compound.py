"""A number asked inside a name the plan prints with it (「按几分钟生活圈的标准」 of 「按照十五分钟生活圈配套标准」,
「双向几车道」): the numbered name as printed in the sentence naming the asked subject, cited; a subject the plan
names with no such name (学校), or a neighbour's clause (次干道's 四车道 for 主干道), answers nothing of it.
"""
from __future__ import annotations

import pytest

from qa.values.numberedname import answer_numbered_name
from tests.conftest import DATA

PLAN = DATA / "numbered-compound-plan.txt"


@pytest.mark.parametrize("question, said", [
    ("社区嵌入式养老服务站是按几分钟生活圈的配套标准来建？", "十五分钟生活圈"),
    ("养老服务站按照几分钟生活圈配套？", "十五分钟生活圈"),
    ("城区主干道按双向几车道改造？", "六车道"),
    ("次干道按几车道标准建设？", "四车道"),
])
def test_number_inside_the_printed_name(plan, question, said):
    a = plan.ask(question)
    assert a.found and said in a.answer, a.answer
    assert a.citations and said in a.citations[0].text, a.citations


@pytest.mark.parametrize("question", ["学校按几分钟生活圈布局？", "城区支路按双向几车道建设？"])
def test_subject_printed_without_it(plan, question):
    a = plan.ask(question)
    assert not (a.found and ("十五分钟" in a.answer or "车道" in a.answer.split("原文")[0])), a.answer


def test_reader_needs_a_subject(plan):
    assert answer_numbered_name(plan.kb, "按几分钟生活圈？") is None
