"""A run's first member is no owner of the other members (lane trust8, exam set 11's e11-13: 「到2025年生猪和肉牛年出栏
分别要达到多少」 labelled 2.8万头 「生猪肉牛年出栏」: 生猪, a thing of the plan, was given to the 肉牛 part as its owner).

Each part of 「A和B＋measure」 asks its own member's measure: B's part never carries A. An owner the parts share
(「电子信息产业园…？一期投多少钱？」「白沙产业园的产值和税收」) is still every part's.
"""
from __future__ import annotations

import pytest

from qa.values.parts import figure_parts

_THINGS = ("生猪", "油茶", "白沙产业园", "电子信息产业园")


def _owner(text: str) -> str | None:
    """The invented plan's things that own figures (生猪 and 油茶 are industries it names)."""
    return next((n for n in _THINGS if n in text), None)


@pytest.mark.parametrize("question, second", [
    ("到2025年生猪和肉牛年出栏分别要达到多少？", "肉牛年出栏"),
    ("到2025年，生猪与肉牛年出栏分别是多少？", "肉牛年出栏"),
    ("生猪和肉牛年出栏分别多少？", "肉牛年出栏"),
    ("到2025年油茶和茶叶种植面积分别要达到多少？", "茶叶种植面积"),
])
def test_second_member_is_asked_alone(question, second):
    parts = figure_parts(question, _owner, _owner)
    assert parts and len(parts) == 2
    first = parts[0].label
    assert second in parts[1].text and first[:2] not in parts[1].text, parts


@pytest.mark.parametrize("question, owner", [
    ("电子信息产业园规划开发多少亩？一期投多少钱？", "电子信息产业园"),
    ("白沙产业园的产值和税收分别是多少？", "白沙产业园"),
])
def test_a_shared_owner_stays_every_parts(question, owner):
    parts = figure_parts(question, _owner, _owner)
    assert parts and all(owner in p.text for p in parts), parts
