"""「附件任务清单里一共列了多少条重点任务」: the numbered rows of the annex the question names by its title's words
((1)…(N), however its cells are flattened, the annex heading printed twice), counted (qa.outline.annexes); an annex
no title of which prints the words asked (项目清单) counts nothing.
"""
from __future__ import annotations

import pytest

from qa.outline.annexes import answer_annex_count
from tests.conftest import DATA

PLAN = DATA / "annex-list-plan.md"


@pytest.mark.parametrize("question", ["附件任务清单里一共列了多少条重点任务？", "任务清单共有几项任务？",
                                      "附件一共列了多少条任务？", "三年行动计划任务清单里有多少条具体任务？"])
def test_numbered_rows_of_the_annex(plan, question):
    a = plan.ask(question)
    assert a.found and ("5项" in a.answer or "5条" in a.answer), a.answer
    assert "任务清单" in a.answer, a.answer


def test_annex_not_named(plan):
    assert answer_annex_count(plan.kb, "项目清单里一共列了多少条？") is None
    assert answer_annex_count(plan.kb, "主要任务有几条？") is None
