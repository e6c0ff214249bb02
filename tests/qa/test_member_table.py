"""An invented city outline whose 专栏2 lists its industry clusters with their chains (a group → member table,
four-space tab stops) and 专栏3 its service fields with their directions (tabs): the box's groups are what it
lists, never its members."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "member-table-plan.txt"


@pytest.mark.parametrize("question", [
    "专栏2里列了哪些产业集群？",
    "“3+8”先进制造业集群体系里的产业集群是哪些？",
    "专栏2有哪些产业集群",
])
def test_box_groups_listed(plan, question):
    a = plan.ask(question)
    assert a.found, a.answer
    assert all(g in a.answer for g in ("绿色化工", "装备制造", "食品加工")), a.answer
    assert "数控机床" not in [i.label for i in a.items], a.items


def test_tabbed_box_groups_listed(plan):
    a = plan.ask("专栏3列了哪些领域？")
    assert a.found and "现代物流" in a.answer and "科技服务" in a.answer, a.answer
