"""「A和B，三年分别要完成多少」: the enumerated parts end at the comma after the last one — what follows it (a time, the
asking words) is every part's, never the last part's name (「桥头跳车整治，三年」), nor a tail shared into the first.
"""
from __future__ import annotations

import pytest

from qa.values.parts import figure_parts


def _none(_text: str) -> None:
    return None


@pytest.mark.parametrize("question, labels, said", [
    ("国省干线的井盖井框处置和桥头跳车整治，三年分别要完成多少？", ["井盖井框处置", "桥头跳车整治"], "三年"),
    ("城区道路的路面修补和标线重划，到2026年分别要完成多少？", ["路面修补", "标线重划"], "2026年"),
    ("井盖处置和跳车整治，每年各完成多少？", ["井盖处置", "跳车整治"], "每年"),
    ("路面修补、标线重划和护栏更换，三年里分别是多少？", ["路面修补", "标线重划", "护栏更换"], "三年"),
])
def test_parts_end_at_the_comma(question, labels, said):
    parts = figure_parts(question, _none)
    assert [p.label for p in parts] == labels, parts
    assert all(said in p.text and p.label in p.text for p in parts), parts
