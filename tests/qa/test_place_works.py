"""「东坪镇在规划里有哪些项目和安排？」: a town's, county's or district's works are those named after it (东坪西站,
东坪通用机场, 东坪工业园), grouped — not what a sentence names beside it (青山机场); the plan's own
place asks the plan's own list (invented plan: tests/data/items13-plan.txt)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "items13-plan.txt"


@pytest.mark.parametrize("question", ["东坪镇在规划里有哪些项目和安排？", "东坪镇有哪些项目？", "东坪镇规划了哪些项目？",
                                      "东坪镇在规划中安排了哪些项目？"])
def test_works_named_after_the_place(plan, question):
    a = plan.ask(question)
    assert a.found and a.kind == "related", a.answer
    for work in ("东坪西站", "东坪通用机场", "东坪工业园"):
        assert work in a.answer, a.answer
    assert "青山机场" not in a.answer, a.answer


def test_the_plans_own_place_is_not_read_as_a_part_of_it(plan):
    a = plan.ask("石川县有哪些项目？")
    assert a.kind != "related", a.answer
