"""「A、B、C等10个重点商圈和13个特色商圈」: places named before 等 are examples of the kinds counted, the counts the
kinds' own — asked of one kind, of two (分别, 各), or with the verb after the run (「分别建多少个」); never a place's
figure (a place's own size or count is refused), nor another year's (tests/data/example-run-counts-plan.txt, made up).
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA, hash_engine
from tests.qa.said import norm

PLAN = DATA / "example-run-counts-plan.txt"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return hash_engine(tmp_path_factory, [PLAN], "example-run-counts")


@pytest.mark.parametrize("question,values", [
    ("要打造多少个特色商圈？", ["15个"]),
    ("重点商圈有几个？", ["12个"]),
    ("地标商圈一共几个？", ["3个"]),
    ("规划打造的重点商圈和特色商圈分别有多少个？", ["重点商圈：12个", "特色商圈：15个"]),
    ("重点商圈和特色商圈各有几个？", ["重点商圈：12个", "特色商圈：15个"]),
    ("城市公园和口袋公园分别建多少个？", ["8座", "20个"]),
    ("要建成多少个口袋公园？", ["20个"]),
])
def test_a_count_after_examples_is_the_kinds(engine, question, values):
    a = engine.ask(question)
    assert a.found and all(norm(v) in norm(a.answer) for v in values), a.answer
    assert "商圈商圈" not in a.answer and "规划中未找到" not in a.answer, a.answer


@pytest.mark.parametrize("question", ["梅湖商圈的面积是多少？", "东岗有多少个商圈？", "2035年要打造多少个特色商圈？"])
def test_a_place_among_the_examples_owns_no_count(engine, question):
    a = engine.ask(question)
    assert not a.found, a.answer
