"""A topic said first that the plan names as an industry (「电力这块，…」): kept in the question for its owner checks, yet
a figure the rest of the question finds under a heading titled by the topic (第二节 着力培育电力产业) answers it; a
figure found under no such heading does not (set 11, u11-04)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "layout13-topic-industry-plan.txt"


@pytest.mark.parametrize("question", [
    "电力这块，到2005年全省装机容量要到多少？",
    "电力方面，全省装机容量要达到多少？",
    "电力那块，2005年年发电量是多少？",
])
def test_figure_under_the_topic_heading(engine_for, question):
    engine = engine_for(PLAN)
    assert engine._names_owner("电力")  # the path under test: the topic is a thing the plan names
    a = engine.ask(question)
    assert a.found and ("1080万千瓦" in a.answer or "456亿千瓦时" in a.answer), a.answer


def test_figure_under_another_heading_is_not_the_topics(engine_for):
    a = engine_for(PLAN).ask("电力这块，海外旅游者要达到多少？")
    assert "150万人次" not in a.answer or not a.found, a.answer
