"""A list printed after a page footer inside its paragraph keeps the sentence naming its owner (「加快“戏曲之城”
建设。…推出」 / 「— 7 —」 / 「更多精品剧目，建成开放A、B、C」): asked by the owner, the plan's items come back
with their paragraph; a figure or a kind the paragraph never gives is still refused."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "ingest19-wrapped-footer-plan.txt"
VENUES = ("月湖大剧院", "青禾音乐厅", "北岸戏曲中心")


@pytest.mark.parametrize("question", [
    "加快“戏曲之城”建设，要建成开放哪几个剧院、音乐厅和戏曲中心？",
    "“戏曲之城”建设要建成开放哪几个剧院、音乐厅和戏曲中心？",
    "戏曲之城要建成开放的剧院、音乐厅和戏曲中心有哪些？",
])
def test_list_after_the_footer_is_answered_by_its_owner(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found, a.answer
    assert all(venue in a.answer for venue in VENUES), a.answer
    assert any("戏曲之城" in c.text for c in a.citations), [c.text for c in a.citations]


@pytest.mark.parametrize("question", [
    "加快“戏曲之城”建设，要建成开放哪几个博物馆？",
    "戏曲之城建设计划投资多少亿元？",
])
def test_what_the_paragraph_never_gives_is_refused(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert not a.found, a.answer
    assert "青禾城市博物馆" not in a.answer and "亿元" not in a.answer.replace(question, ""), a.answer
