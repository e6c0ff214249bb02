"""Members of a counted group each named by a clause of its own after the group (「实施“两大融城”行动，推动交通设施
融城，…。推动生态环境融城」; 「针对3个相对集中的老旧街区…。在东门老街集中区（…），…」), on a made-up county plan.

Exactly as many clauses as counted must name a member ending in the kind asked; fewer is no list.
"""
from __future__ import annotations

import pytest

from qa.enumerations.groups import answer_counted_group
from tests.conftest import DATA

PLAN = DATA / "named-after-groups-plan.txt"


@pytest.fixture(scope="module")
def county(engine_for):
    return engine_for(PLAN)


@pytest.mark.parametrize(
    "question, names",
    [
        ("“两大融城”行动具体是哪两个融城？", ["交通设施融城", "生态环境融城"]),
        ("两大融城行动分别是哪两个融城", ["交通设施融城", "生态环境融城"]),
        ("3个老旧街区分别是哪3个？", ["东门老街集中区", "西河沿线生活区", "南坡新村片区"]),
        ("改造针对的三个老旧街区分别是哪三个", ["东门老街集中区", "西河沿线生活区", "南坡新村片区"]),
    ],
)
def test_members_named_after(county, question, names):
    a = county.ask(question)
    assert a.found, a.answer
    assert [i.label for i in a.items] == names, a.answer
    assert a.citations


@pytest.mark.parametrize("question", ["三个服务中心分别是哪三个？", "四个老旧街区分别是哪四个？", "“三大融城”行动是哪三个融城？"])
def test_too_few_members_no_list(county, question):
    # one 服务中心 is named after the group of three; the plan counts no four 老旧街区 nor three 融城.
    assert answer_counted_group(county.kb, question) is None
