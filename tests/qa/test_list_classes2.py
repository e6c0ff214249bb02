"""Issue 11, round 2: wordings and layouts the held-out examination found failing.

Our own questions, several wordings each, on the seed plan and on made-up plans in tests/data.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

OUTLINE = Path(__file__).resolve().parent.parent / "data" / "district-outline-plan.md"


def norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def said(a) -> str:
    return norm(a.answer) + "|" + "|".join(norm(i.label) + norm(i.detail or "") for i in a.items)


@pytest.fixture(scope="module")
def outline(engine_for):
    return engine_for(OUTLINE)


# 1. A box's parts, asked as 分哪几个方面 / 有哪几类 / 包含哪几部分 ---------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "专栏28.1（实施零陵人才倍增计划）分哪几个方面？",
        "专栏28.1分为哪几类？",
        "专栏28.1有哪几类？",
        "专栏28.1实施零陵人才倍增计划包含哪几部分？",
        "专栏28.1包括哪几个方面？",
    ],
)
def test_a_boxs_parts_in_other_wordings(engine, question):
    a = engine.ask(question)
    assert a.found and a.kind == "list"
    labels = [norm(i.label) for i in a.items]
    assert labels == ["加快重点领域人才开发", "强化本土人才队伍培养", "推进多层次人才培育和引进"]
