"""A plan for a named area of a district (「青川区松溪风貌区…规划」) is that area's own: a question naming the area
in full before the measure (「松溪风貌区的示范街区」) asks the measure itself — the area's 区 never stays on the measure
(「区示范街区」), which read the year's 完成 count as the level reached (set 18, u13)."""
from __future__ import annotations

import pytest

from tests.conftest import DATA

PLAN = DATA / "figs18-district-renewal-plan.md"


@pytest.mark.parametrize("question", [
    "到2022年末，松溪风貌区的示范街区要达到多少个？",
    "松溪风貌区示范街区规模2022年末达到多少个？",
    "2022年末松溪风貌区示范街区要达到几个？",
])
def test_level_reached_by_the_area_named_in_full(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert a.found and a.items and a.items[0].label.startswith("15个"), a.answer
    assert "区示范街区：" not in a.answer.replace("风貌区示范街区", "")


@pytest.mark.parametrize("question", [
    "到2022年末，松溪风貌区的示范公园要达到多少个？",
    "松溪风貌区2022年末社区食堂要达到多少处？",
])
def test_measure_not_printed_is_refused(engine_for, question):
    a = engine_for(PLAN).ask(question)
    assert not a.found or not any(i.label.startswith(("15", "3个", "4个")) for i in a.items), a.answer
