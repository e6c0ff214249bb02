"""The document a plan is made under (「根据…，按照《A》和《B》（文号）要求，…，制定本行动计划。」): 「这个行动计划是
按照哪个文件的要求制定的」「编制依据是什么」 answer the documents that sentence names, each with its 文号, cited — never a
task's own 「按照《标准》要求」, and never the plan's own title after 制定.
"""
from __future__ import annotations

import pytest

from qa.passages.basis import answer_made_under
from tests.conftest import DATA

PLAN = DATA / "made-under-plan.md"


@pytest.mark.parametrize("question", ["这个行动计划是按照哪个文件的要求制定的？", "本计划的编制依据是什么？",
                                      "行动计划是根据哪些文件制定的？", "这个计划依据什么文件出台的？"])
def test_documents_the_plan_is_made_under(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert "某市城市数字化转型“十五五”规划" in a.answer and "关于加快推进数字孪生城市建设的指导意见" in a.answer, a.answer
    assert "某府办发〔2025〕12号" in a.answer, a.answer
    assert "城市三维模型数据标准" not in a.answer, a.answer
    assert a.citations and "制定本行动计划" in a.citations[0].text, a.citations


def test_asks_nothing_of_the_kind(plan):
    assert answer_made_under(plan.kb, "三维建模要按照哪个标准完成？") is None
    assert answer_made_under(plan.kb, "到2028年要建成什么？") is None
