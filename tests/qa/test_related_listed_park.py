"""「跟X有关的项目有哪些」: a park a box of works lists as an item (「高端合金产业园。…新建年产5000吨仲钨酸铵…生产线」
in 专栏1.1 …重点项目) is a project X is part of, even when prose names it first as a park; a park only named in
prose is not listed as a project (invented plan: tests/data/items13-plan.txt)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "items13-plan.txt"


@pytest.mark.parametrize("question", ["跟钨有关的项目有哪些？", "钨相关的项目有哪些？", "哪些项目与钨相关？", "钨涉及哪些项目？",
                                      "钨相关的企业和项目有哪些？"])
def test_a_park_listed_in_a_project_box_is_a_project(plan, question):
    a = plan.ask(question)
    assert a.found and a.kind == "related", a.answer
    assert "高端合金产业园" in a.answer and "仲钨酸铵精深加工生产线" in a.answer, a.answer
    assert "绿色建材产业园" not in a.answer and "东坪工业园" not in a.answer, a.answer
