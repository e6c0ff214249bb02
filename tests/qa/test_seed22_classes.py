"""Lane seed22 (issue 11): classes found by blind office-wording batches on the seed.

Each test fails without its fix; wordings are the class's, not one batch question's.
"""
from __future__ import annotations

import pytest

from qa.question.wording import read_wording
from tests.conftest import DATA


# -- class 1: a lead-in that only asks to look something up changes nothing ----------------------------------

@pytest.mark.parametrize("lead", [
    "想核对一下，", "我想核对一下", "帮我核实一下", "麻烦核对下，", "我想确认下，", "帮忙查询一下，",
    "想了解一下，", "我这边想核实一下，", "帮我查查", "请问一下，", "我想知道",
])
@pytest.mark.parametrize("asked", [
    "“十三五”期间全区生产总值年均增长多少？",
    "光荣院建多少张床位？",
])
def test_lead_in_reads_away(lead, asked):
    assert read_wording(lead + asked) == read_wording(asked)


# -- class 4: a box's sum over one kind of its members (风电场 alone, never the solar plant or the reservoir) ----

KIND_PLAN = DATA / "seed22-kind-box-plan.txt"


@pytest.mark.parametrize("question", [
    "专栏1里风电场装机加起来一共多少？",
    "专栏1中风电项目装机合计多少万千瓦？",
    "专栏1的风力发电项目总装机是多少？",
])
def test_box_sum_of_one_kind(engine_for, question):
    a = engine_for(KIND_PLAN).ask(question)
    assert a.found and "14万千瓦" in a.answer, a.answer
    assert "60MW" not in a.answer and "1.5万千瓦" not in a.answer, a.answer



def test_kind_and_head_is_no_short_name():
    """「风电项目」 names the kind: never read as the one 石门湾风电场工程项目 whose name it spells in order."""
    from qa.vocabulary import KIND_AND_HEAD
    assert all(KIND_AND_HEAD.fullmatch(w) for w in ("风电项目", "风电场", "光伏电站", "风力发电场", "水库工程"))
    assert not any(KIND_AND_HEAD.fullmatch(w) for w in ("石门湾风电场", "风电", "鹰嘴岭风电场工程项目"))
