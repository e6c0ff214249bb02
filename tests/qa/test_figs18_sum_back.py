"""A sum asked of things named in the clause before the one asking, counted back by it (「A和B，两条加起来一共多少
公里？」, set 18 s18-34): the parts are the things joined there, added as any sum of named things; a thing the plan
gives no figure for leaves the sum unanswered."""
from __future__ import annotations

import pytest

from qa.values.sums import sum_parts
from tests.conftest import DATA

PLAN = DATA / "figs18-roads-plan.txt"


@pytest.mark.parametrize("question", [
    "翠湖大道北段和翠湖大道南段，两条加起来一共多少公里？",
    "翠湖大道北段和翠湖大道南段，这两条路合计多长？",
    "翠湖大道北段与翠湖大道南段，二者总长加起来多少公里？",
])
def test_sum_of_things_named_before(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and "14.3" in a.answer, a.answer


def test_unprinted_part_leaves_the_sum_unanswered(engine_for):
    a = engine_for(PLAN).ask("翠湖大道北段和青山路，两条加起来一共多少公里？")
    assert not a.found and "14.3" not in a.answer and "合计6.4" not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "甲路有多长，两条加起来一共多少公里？",  # the clause before asks a figure of its own
    "甲路长41km，乙路加起来一共多少公里？",  # the asking clause names a thing, no count back
])
def test_no_sum_of_the_clause_before(question):
    assert sum_parts(question, lambda text: None) is None


def test_sum_clause_naming_nothing_reads_the_clause_before():
    parts = sum_parts("甲路和乙路，一共多少公里？", lambda text: None)
    assert parts and [p.text for p in parts] == ["甲路多少公里", "乙路多少公里"]
