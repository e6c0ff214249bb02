"""A run of yearly targets naming the thing in other words from clause to clause (「在2021年完成4个以上老旧住宅街区示范
创建工作，2022年完成3个以上示范街区创建」, set 18 u14): the asked year's clause of the run answers — same verb, same
counting word, every word of the measure — and a count before its noun (「4个以上老旧住宅街区」) is that count, no qualifier."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "figs18-district-renewal-plan.md"


@pytest.mark.parametrize("question", [
    "2021年和2022年各要完成几个示范街区创建？",
    "示范街区创建2021年和2022年各要完成几个？",
    "2021年、2022年分别要完成多少个示范街区创建？",
])
def test_each_year_of_the_run(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and [i.label for i in a.items] == ["4个以上", "3个以上"], a.answer


@pytest.mark.parametrize("question", ["2021年要完成几个示范街区创建？", "2021年完成多少个示范街区创建？"])
def test_the_year_in_other_words(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and [i.label for i in a.items] == ["4个以上"], a.answer


@pytest.mark.parametrize("question", [
    "2023年要完成几个示范街区创建？",  # no clause of the run is that year's
    "2021年要新建多少处社区食堂？",  # another thing, of another year
    "2021年要完成几个示范公园创建？",  # the run's clause does not name it
])
def test_no_clause_of_the_year_asked(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert not any(i.label.startswith(("4个", "3个", "6处")) for i in a.items), a.answer
