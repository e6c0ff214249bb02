"""「X相关的项目有哪些」: a box item naming X in its body (「循环产业示范园。…年产10万吨再生铜杆生产线」) is a work X is
part of — its title is listed before the line its sentence names, in document order; an item not naming X is not
(invented plan: tests/data/how-topic-plan.txt)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "how-topic-plan.txt"


@pytest.mark.parametrize("question", ["再生铜相关的项目有哪些？", "跟再生铜有关的项目有哪些？", "哪些项目与再生铜相关？",
                                      "再生铜涉及哪些项目？"])
def test_container_item_listed_before_its_line(plan, question):
    a = plan.ask(question)
    assert a.found and a.kind == "related", a.answer
    assert "循环产业示范园" in a.answer and "年产10万吨再生铜杆生产线" in a.answer, a.answer
    assert a.answer.index("循环产业示范园") < a.answer.index("年产10万吨再生铜杆生产线"), a.answer
    assert "智慧物流港" not in a.answer, a.answer
    assert all(i.citation is not None and i.citation.box for i in a.items), a.items


@pytest.mark.parametrize("question", ["冷链相关的项目有哪些？", "跟冷链有关的项目有哪些？"])
def test_item_of_a_project_box_is_a_work_whatever_its_head(plan, question):
    a = plan.ask(question)
    assert a.found and "顺通快运" in a.answer, a.answer
    assert "强化冷链技能培训" not in a.answer, a.answer  # a task box's item is no project


@pytest.mark.parametrize("question", ["青溪河相关的项目有哪些？", "跟青溪河有关的项目有哪些？"])
def test_a_place_begins_the_name_of_its_work(plan, question):
    # a river's name (…河) begins the one work named after it, read even when the place is an entity itself
    a = plan.ask(question)
    assert a.found and "青溪河生态廊道" in a.answer, a.answer
