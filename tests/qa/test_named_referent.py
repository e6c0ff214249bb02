"""A pointer after the names it means (「弃土场、临时料场这些地方」「A、B这两个地方」) refers to them: the question is
answered, never asked back; a pointer with nothing named before it is still asked back (invented plan:
tests/data/how-topic-plan.txt)."""
from __future__ import annotations

import pytest

from qa.followup import drop_deixis
from tests.conftest import DATA

PLAN = DATA / "how-topic-plan.txt"


@pytest.mark.parametrize("question, read", [
    ("弃土场、临时料场这些地方要恢复多少亩植被？", "弃土场、临时料场要恢复多少亩植被？"),
    ("采石场弃土场、排土场这两个地方要恢复多少亩植被？", "采石场弃土场、排土场要恢复多少亩植被？"),
    ("东区、西区那些园区有哪些项目？", "东区、西区有哪些项目？"),
    ("弃土场、临时料场这两处要恢复多少亩植被？", "弃土场、临时料场要恢复多少亩植被？"),
    ("这些地方要恢复多少亩植被？", "这些地方要恢复多少亩植被？"),
    ("这两处要恢复多少亩植被？", "这两处要恢复多少亩植被？"),
    ("规划里这些项目投资多少？", "规划里这些项目投资多少？"),
    ("规划提到的这些地方有哪些？", "规划提到的这些地方有哪些？"),
])
def test_pointer_after_names_is_apposition(question, read):
    assert drop_deixis(question, []) == read


@pytest.mark.parametrize("question", [
    "弃土场、临时料场这些地方要恢复多少亩植被？",
    "采石场弃土场、排土场这两个地方要恢复多少亩植被？",
    "弃土场、排土场、临时料场这几个地方要恢复多少亩植被？",
    "弃土场、临时料场这两处要恢复多少亩植被？",
])
def test_named_places_are_answered_not_asked_back(plan, question):
    a = plan.ask(question)
    assert a.kind != "clarify", a.answer
    assert a.found and "1200亩" in a.answer, a.answer
    assert "80亩" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["这些地方要恢复多少亩植被？", "它们要恢复多少亩植被？"])
def test_nothing_named_is_asked_back(plan, question):
    a = plan.ask(question)
    assert not a.found and a.kind == "clarify", a.answer
