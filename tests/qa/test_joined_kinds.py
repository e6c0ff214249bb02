"""「要建成开放哪几个剧院和戏曲中心」: two kinds joined by 和/及/与/、, a phrase the plan never prints — each kind is
asked on its own and the names of either listed together (without the verb before them, 建成开放); a kind the
plan names nothing of is said so, and kinds it names nothing of at all are refused."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "ingest19-wrapped-footer-plan.txt"


@pytest.mark.parametrize("question,names", [
    ("加快“戏曲之城”建设，要建成开放哪几个剧院和戏曲中心？", ["月湖大剧院", "北岸戏曲中心"]),
    ("“戏曲之城”建设要建成开放哪些剧院和音乐厅？", ["月湖大剧院", "青禾音乐厅"]),
    ("加快“戏曲之城”建设要建成开放哪几个戏曲中心及音乐厅？", ["北岸戏曲中心", "青禾音乐厅"]),
])
def test_each_kind_joined_is_listed(engine_for, question, names):
    a = engine_for(PLAN).ask(question)
    assert a.found and sorted(i.label for i in a.items) == sorted(names), a.answer
    assert "开放月湖" not in a.answer


def test_a_kind_named_nowhere_on_the_topic_is_said_so(engine_for):
    a = engine_for(PLAN).ask("“戏曲之城”建设要建成开放哪些剧院和博物馆？")
    assert a.found and [i.label for i in a.items] == ["月湖大剧院"], a.answer
    assert "没有找到所问的博物馆" in a.answer and "青禾城市博物馆" not in a.answer


@pytest.mark.parametrize("question", [
    "加快“戏曲之城”建设，要建成开放哪几个体育馆和图书馆？",
    "青禾市要建设哪些地铁和机场？",
])
def test_kinds_the_plan_never_names_are_refused(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert not a.found and not a.items, a.answer
