"""A size asked in the units it counts (「办学规模是多少个教学班、多少个学位」) answered by the count of those units.

Set 14 e14-12 「永州七中异地新建后办学规模是多少个教学班、多少个学位？」 was not found while its citation printed
「达成96个教学班、4800个学位的教育规模」: 办学规模 is the asker's word for the size, the units asked are what is
counted. Invented plan; a unit the plan does not count for the work stays not found.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "size-in-units-plan.md"


@pytest.mark.parametrize("question, values", [
    ("青溪一中迁建后办学规模是多少个教学班、多少个学位？", ("60个", "3000个")),
    ("青溪一中迁建项目办学规模是多少个教学班？", ("60个",)),
    ("青溪一中迁建项目的办学规模为多少个学位？", ("3000个",)),
    ("青溪县光荣院建设规模是多少张床位？", ("120张",)),
])
def test_the_counted_units_answer(plan, question, values):
    a = plan.ask(question)
    assert a.found and all(v in a.answer for v in values), a.answer


@pytest.mark.parametrize("question", ["青溪一中迁建项目办学规模是多少个实验室？", "青溪县光荣院建设规模是多少个教学班？"])
def test_a_unit_the_work_does_not_count_is_not_found(plan, question):
    a = plan.ask(question)
    assert not a.found, a.answer
