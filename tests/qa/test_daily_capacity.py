"""A plant's 日处理能力 asked is printed by what it handles each day (日处理污水2.5万吨) — an invented plan; a count
of plants (5个) is never its capacity.
"""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "daily-capacity-plan.md"


@pytest.mark.parametrize("question, values", [
    ("生态环境工程要建几个镇级污水处理厂？日处理能力是多少？", ("5个", "2.5万吨")),
    ("镇级污水处理厂建几个？日处理能力有多大？", ("5个", "2.5万吨")),
    ("生活垃圾焚烧发电厂日处理能力是多少？", ("600吨",)),
])
def test_the_daily_capacity_is_read_as_printed(plan, question, values):
    a = plan.ask(question)
    assert a.found and all(v in a.answer for v in values), a.answer


@pytest.mark.parametrize("question", [
    "生态环境工程的镇级污水处理厂日处理能力是多少？", "镇级污水处理设施的处理能力有多大？",
])
def test_a_count_of_plants_is_no_capacity(plan, question):
    a = plan.ask(question)
    assert not a.found or "2.5万吨" in a.answer and "5个" not in a.answer, a.answer
