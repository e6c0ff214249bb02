"""A target cell that prints its own year (「2028年75%，2030年持续巩固」) dates that row's target: the year the cell
prints, never the column's (examiner 17, e17-u10 answered 「2030年目标为2027年60%」 as found for 2030)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "dated-target-cells-plan.txt"


@pytest.mark.parametrize("question", ["完整社区覆盖率到2030年要达到多少？", "2030年完整社区覆盖率目标是多少",
                                      "社区托育点覆盖率2030年达到多少？"])
def test_the_column_year_is_refused(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert not a.found, a.answer
    assert "2030年目标为" not in a.answer, a.answer


@pytest.mark.parametrize("question, year, value", [
    ("完整社区覆盖率2028年要达到多少？", "2028年", "75%"),
    ("完整社区覆盖率的目标是多少", "2028年", "75%"),
    ("社区托育点覆盖率2027年要达到多少？", "2027年", "90%"),
])
def test_the_cell_year_answers(engine_for, question, year, value):
    a = engine_for(PLAN).ask(question)
    assert a.found and year in a.answer and value in a.answer, a.answer


def test_an_undated_cell_keeps_the_column_year(engine_for):
    a = engine_for(PLAN).ask("到2030年社区食堂数量要达到多少个？")
    assert a.found and "40" in a.answer, a.answer
